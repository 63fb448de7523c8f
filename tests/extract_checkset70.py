"""A seventieth check set for the extractor, written blind: a market's history told over many years rather than two
points -- features, reviews and annual reports in English that walk a market from a decade ago to last year (a climb,
a pandemic dip and a rebound, a peak and a fall, a record year, a recovery to a former level, "respectively" after a
run of amounts, growth "in each of the past three years", a figure revised in a later sentence, "nearly fivefold
since"), and Chinese and Traditional Chinese 回顾 paragraphs, 发展历程 timelines in bullets, 分别为 and 依次为 runs, 先降后升,
峰值 and 回落, 十年间增长了N倍, 创历史新高, 经修订, Taiwan's 歷年 產值 and Hong Kong's 億港元 histories; with history tables of years
as rows and a change column, and of years as columns over segments and a total row.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a feature's path over many years with a dateline: "from ... in 2015 ... climbed to ... slipped to ... as the
    #    pandemic grounded fleets, then rebounded to ... and reached ... last year" (2023), "a 24% gain"; the aircraft
    #    count nowhere
    dict(
        text=(
            "SEATTLE, April 22, 2024 — Few corners of aviation have had a bumpier decade than in-flight connectivity. "
            "Airlines and their passengers spent $1.1 billion worldwide on onboard internet service in 2015; from there "
            "the market climbed to $2.4 billion in 2019, slipped to $1.3 billion in 2020 as the pandemic grounded "
            "fleets, then rebounded to $2.9 billion in 2022 and reached $3.6 billion last year, a 24% gain, according "
            "to the consultancy Skyward Link Analytics. Some 11,400 aircraft now carry a connectivity system."
        ),
        obs=[
            ("Total", 2015, 1.1, "USD billion", "actual"),
            ("Total", 2019, 2.4, "USD billion", "actual"),
            ("Total", 2020, 1.3, "USD billion", "actual"),
            ("Total", 2022, 2.9, "USD billion", "actual"),
            ("Total", 2023, 3.6, "USD billion", "actual"),
        ],
        claims=[("growth", 24, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.6 / 2.9 - 1 = 24.138% -> 24 (bounds 20.339-28.070)
        ],
    ),
    # 2. a review's year-by-year run "$1.2bn, $1.9bn and $2.7bn in 2021, 2022 and 2023 respectively", "The 58% jump in
    #    2022" and "2023's 42% gain"; the vendor count nowhere
    dict(
        text=(
            "Review of the year. Worldwide spending on software that monitors the condition of industrial machinery "
            "came to $1.2bn, $1.9bn and $2.7bn in 2021, 2022 and 2023 respectively, by our count of 214 vendors. The "
            "58% jump in 2022 owed much to retrofits in European plants; 2023's 42% gain was more evenly spread "
            "across regions."
        ),
        obs=[
            ("Total", 2021, 1.2, "USD billion", "actual"),
            ("Total", 2022, 1.9, "USD billion", "actual"),
            ("Total", 2023, 2.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 58, "percent", 2021, 2022, 1.0),
            ("growth", 42, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.9 / 1.2 - 1 = 58.333% -> 58 (bounds 48.000-69.565)
            ("cagr|implied", "exact"),  # 2.7 / 1.9 - 1 = 42.105% -> 42 (bounds 35.897-48.649)
        ],
    ),
    # 3. an annual report's ten-year summary: "a record $6.9 billion in 2024", "A decade earlier the market was worth"
    #    (2014), "it has since roughly tripled" (x3 over ten years) and "an average of 11.6% a year" (inferred); the
    #    publication date and the member companies nowhere
    dict(
        text=(
            "From the ten-year summary of the Great Lakes Automation Federation, published March 2025: Sales of "
            "industrial robots and robotic systems in North America reached a record $6.9 billion in 2024. A decade "
            "earlier the market was worth $2.3 billion; it has since roughly tripled, which works out at an average "
            "of 11.6% a year. The federation has 212 member companies."
        ),
        obs=[
            ("Total", 2024, 6.9, "USD billion", "actual"),
            ("Total", 2014, 2.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2014, 2024, 10.0),  # 6.9 / 2.3 = 3.000: roughly tripled
            ("cagr", 11.6, "percent", 2014, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.9 / 2.3) ** (1 / 10) - 1 = 11.612% -> 11.6 (bounds 11.292-11.939)
        ],
    ),
    # 4. a peak and decline: "peaked at $14.1 billion in 2021 before falling 18% in 2022, to ..., and a further 7% in
    #    2023, to ..." (the second decline contradicted by its amounts)
    dict(
        text=(
            "Worldwide sales of cryptocurrency mining rigs peaked at $14.1 billion in 2021 before falling 18% in 2022, "
            "to $11.6 billion, and a further 7% in 2023, to $10.4 billion, as the price of bitcoin slumped and energy "
            "costs rose, according to the latest hardware review from Hashline Insights."
        ),
        obs=[
            ("Total", 2021, 14.1, "USD billion", "actual"),
            ("Total", 2022, 11.6, "USD billion", "actual"),
            ("Total", 2023, 10.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -18, "percent", 2021, 2022, 1.0),
            ("growth", -7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.6 / 14.1 - 1 = -17.730% -> -18 (bounds -18.375 to -17.082)
            # 10.4 / 11.6 - 1 = -10.345%; bounds (10.35 / 11.65) -> -11.159%, (10.45 / 11.55) -> -9.524%:
            # -7 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. a recovery back to a former level: "collapsed by 61.5% to ... in 2020" (reached only at the rounding), 2021
    #    without a figure, "Only in 2023, at ..., 14% up on the year, did it climb back above its pre-pandemic level"
    dict(
        text=(
            "Cinema advertising in Europe needed four years to get back to where it had been. Revenue of €1.42 "
            "billion in 2019 collapsed by 61.5% to €0.55 billion in 2020 as screens went dark, recovered only partly "
            "in 2021, and reached €1.27 billion in 2022. Only in 2023, at €1.45 billion, 14% up on the year, did it "
            "climb back above its pre-pandemic level, the Screen Advertising Association of Europe reported."
        ),
        obs=[
            ("Total", 2019, 1.42, "EUR billion", "actual"),
            ("Total", 2020, 0.55, "EUR billion", "actual"),
            ("Total", 2022, 1.27, "EUR billion", "actual"),
            ("Total", 2023, 1.45, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -61.5, "percent", 2019, 2020, 1.0),
            ("growth", 14, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 0.55 / 1.42 - 1 = -61.268%, not -61.5 +- 0.05; bounds (0.545 / 1.425) -> -61.754%, (0.555 / 1.415) ->
            # -60.777%: -61.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.45 / 1.27 - 1 = 14.173% -> 14 (bounds 13.333-15.020)
        ],
    ),
    # 6. growth "in each of the past three years" with the years' rates listed (February 2025: "last year" is 2024),
    #    "against £3.92 billion the year before" (the last rate reached only at the rounding)
    dict(
        text=(
            "LONDON, 12 February 2025 — The UK market for smart-meter installation services has now grown in each of "
            "the past three years: by 6.2% in 2022, by 8.9% in 2023 and by 11.4% last year, when it was worth £4.37 "
            "billion against £3.92 billion the year before, the Metering Contractors' Group said on Wednesday."
        ),
        obs=[
            ("Total", 2024, 4.37, "GBP billion", "actual"),
            ("Total", 2023, 3.92, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2021, 2022, 1.0),
            ("growth", 8.9, "percent", 2022, 2023, 1.0),
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 4.37 / 3.92 - 1 = 11.480%, not 11.4 +- 0.05; bounds (4.365 / 3.925) -> 11.210%, (4.375 / 3.915) ->
            # 11.750%: 11.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. a record year: "hit a record $52.6 billion last year" (2024), "the previous high of $49.8 billion set in 2021",
    #    "had dipped to $43.5 billion in 2023", "last year's rebound came to 20.9%"; "about a third" nowhere
    dict(
        text=(
            "HONG KONG, March 5, 2025 — Global sales of smartphone camera modules hit a record $52.6 billion last "
            "year, surpassing the previous high of $49.8 billion set in 2021, according to Opticon Analytics. Sales "
            "had dipped to $43.5 billion in 2023, so last year's rebound came to 20.9%, the sharpest since the "
            "research house began tracking the market. Modules with three or more lenses made up about a third of "
            "the total."
        ),
        obs=[
            ("Total", 2024, 52.6, "USD billion", "actual"),
            ("Total", 2021, 49.8, "USD billion", "actual"),
            ("Total", 2023, 43.5, "USD billion", "actual"),
        ],
        claims=[("growth", 20.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.6 / 43.5 - 1 = 20.920% -> 20.9 (bounds 20.666-21.174)
        ],
    ),
    # 8. a market that shrank: "£412 million" opens the series in GBP million, "down 18% on the £502 million of
    #    2023", "At their height in 2008 they were worth £2.45 billion" (expected as 2450) and "an average of 10.5% a
    #    year" since then (inferred, a decline); the run of years nowhere
    dict(
        text=(
            "LONDON, 9 January 2025 — Physical video sales in Britain shrank for the sixteenth year in a row in 2024, "
            "to £412 million, down 18% on the £502 million of 2023, the Entertainment Retailers Forum said. At their "
            "height in 2008 they were worth £2.45 billion; since then the market has contracted at an average of "
            "10.5% a year."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 502, "GBP million", "actual"),
            ("Total", 2008, 2450, "GBP million", "actual"),
        ],
        claims=[
            ("growth", -18, "percent", 2023, 2024, 1.0),
            ("cagr", -10.5, "percent", 2008, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 502 - 1 = -17.928% -> -18 (bounds -18.109 to -17.747)
            # (412 / 2450) ** (1 / 16) - 1 = -10.544% -> -10.5 (bounds (411.5 / 2455) -> -10.562%, (412.5 / 2445) ->
            # -10.526%)
            ("cagr|period", "exact"),
        ],
    ),
    # 9. the same history with one figure revised in a later sentence: "$5.6 billion in 2022" replaced by "revises the
    #    2022 figure down to $5.4 billion" (5.6 nowhere), "growth in 2023 at 16.7%" against the revised figure
    dict(
        text=(
            "U.S. school districts spent $4.8 billion on classroom technology in 2021, $5.6 billion in 2022 and $6.3 "
            "billion in 2023, according to the annual spending survey of the Education Technology Buyers Council. In "
            "a note appended to the survey, the council revises the 2022 figure down to $5.4 billion after "
            "re-examining district budgets, which puts growth in 2023 at 16.7%."
        ),
        obs=[
            ("Total", 2021, 4.8, "USD billion", "actual"),
            ("Total", 2022, 5.4, "USD billion", "actual"),
            ("Total", 2023, 6.3, "USD billion", "actual"),
        ],
        claims=[("growth", 16.7, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.3 / 5.4 - 1 = 16.667% -> 16.7 (against the revised 2022 figure)
        ],
    ),
    # 10. a multiple over many years: "grown nearly fivefold since 2016, when installations were worth ..." (x5 over
    #     2016-2024) and "a compound pace of 21.6% a year" (inferred)
    dict(
        text=(
            "Residential battery storage has been one of the quieter success stories of America's energy "
            "transition. Spending has grown nearly fivefold since 2016, when installations were worth $0.38 "
            "billion, reaching $1.82 billion in 2024 — a compound pace of 21.6% a year, the Home Energy Storage "
            "Alliance says in its market retrospective."
        ),
        obs=[
            ("Total", 2016, 0.38, "USD billion", "actual"),
            ("Total", 2024, 1.82, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2016, 2024, 8.0),  # 1.82 / 0.38 = 4.789: nearly fivefold
            ("cagr", 21.6, "percent", 2016, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.82 / 0.38) ** (1 / 8) - 1 = 21.629% -> 21.6 (bounds 21.388-21.872)
        ],
    ),
    # 11. years told relative to a printed one: "A year later" (2020), "two years after that" (2022), then "this year"
    #     (2025, an estimate) and "last year's" (2024) from the dateline, "13% more than" with its verdict
    dict(
        text=(
            "NEW YORK, May 14, 2025 — Podcast advertising revenue in the United States was $0.7 billion in 2019. A "
            "year later it had reached $0.9 billion, and two years after that $1.8 billion; the Interactive Audio "
            "Bureau now expects $2.6 billion this year, 13% more than last year's $2.3 billion."
        ),
        obs=[
            ("Total", 2019, 0.7, "USD billion", "actual"),
            ("Total", 2020, 0.9, "USD billion", "actual"),
            ("Total", 2022, 1.8, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2024, 2.3, "USD billion", "actual"),
        ],
        claims=[("growth", 13, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.6 / 2.3 - 1 = 13.043% -> 13 (bounds 8.511-17.778)
        ],
    ),
    # 12. a stated CAGR over a nine-year span its amounts contradict: "Between 2015 and 2024 ... grew at a compound
    #     annual rate of 7.8%, from ... to ..."; the congress number and the practices nowhere
    dict(
        text=(
            "Between 2015 and 2024, sales of hearing aids in Western Europe grew at a compound annual rate of 7.8%, "
            "from €3.9 billion to €6.3 billion, the European Hearing Industry Forum said in a retrospective prepared "
            "for its 25th congress. Over the same span the number of independent audiology practices in the region "
            "rose to 14,200."
        ),
        obs=[
            ("Total", 2015, 3.9, "EUR billion", "actual"),
            ("Total", 2024, 6.3, "EUR billion", "actual"),
        ],
        claims=[("cagr", 7.8, "percent", 2015, 2024, None, "stated")],
        verdicts=[
            # (6.3 / 3.9) ** (1 / 9) - 1 = 5.473%; bounds (6.25 / 3.95) -> 5.231%, (6.35 / 3.85) -> 5.717%:
            # 7.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 13. a fiscal-year history in yen: fiscal 2018, "passed the ¥100 billion mark for the first time in fiscal 2021, at
    #     ...", a dip in fiscal 2022, and fiscal 2024 "31.2% more than the ¥121.0 billion of fiscal 2023"
    dict(
        text=(
            "TOKYO, June 2025 — Japan's market for commercial drone services, counted in fiscal years, was worth "
            "¥54.2 billion in fiscal 2018. It passed the ¥100 billion mark for the first time in fiscal 2021, at "
            "¥103.6 billion, dipped to ¥98.1 billion in fiscal 2022, and came to ¥158.7 billion in fiscal 2024, "
            "31.2% more than the ¥121.0 billion of fiscal 2023, the Unmanned Aviation Industry Council of Japan said."
        ),
        obs=[
            ("Total", 2018, 54.2, "JPY billion", "actual"),
            ("Total", 2021, 103.6, "JPY billion", "actual"),
            ("Total", 2022, 98.1, "JPY billion", "actual"),
            ("Total", 2024, 158.7, "JPY billion", "actual"),
            ("Total", 2023, 121.0, "JPY billion", "actual"),
        ],
        claims=[("growth", 31.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 158.7 / 121.0 - 1 = 31.157% -> 31.2 (bounds 31.062-31.253)
        ],
    ),
    # 14. a peak, two declines with their rates given together ("by 14.3% and 13.9%, to ... in 2019 and ... in 2020"),
    #     then a recovery and "last year set a new high" (2024)
    dict(
        text=(
            "LOS ANGELES, Feb. 11, 2025 — After peaking at $4.2 billion in 2018, global sales of action cameras fell "
            "for two years running, by 14.3% and 13.9%, to $3.6 billion in 2019 and $3.1 billion in 2020. The market "
            "has since turned: it recovered to $3.9 billion in 2023 and last year set a new high of $4.3 billion, "
            "according to Lumen Consumer Research."
        ),
        obs=[
            ("Total", 2018, 4.2, "USD billion", "actual"),
            ("Total", 2019, 3.6, "USD billion", "actual"),
            ("Total", 2020, 3.1, "USD billion", "actual"),
            ("Total", 2023, 3.9, "USD billion", "actual"),
            ("Total", 2024, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -14.3, "percent", 2018, 2019, 1.0),
            ("growth", -13.9, "percent", 2019, 2020, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.6 / 4.2 - 1 = -14.286% -> -14.3
            ("cagr|implied", "exact"),  # 3.1 / 3.6 - 1 = -13.889% -> -13.9
        ],
    ),
    # 15. "more than quadrupled since 2018" (x4 over 2018-2024, "last year" from the dateline), a region a part with its
    #     share; the fourth quarter nowhere
    dict(
        text=(
            "SINGAPORE, 3 March 2025 — Global spending on managed cloud-security services has more than quadrupled "
            "since 2018, from $4.6 billion that year to $19.7 billion last year, according to Meridian Tech "
            "Research. Asia-Pacific accounted for $5.3 billion of last year's total, or 26.9%. Fourth-quarter "
            "spending alone came to $5.6 billion."
        ),
        obs=[
            ("Asia-Pacific", 2024, 5.3, "USD billion", "actual"),
            ("Total", 2018, 4.6, "USD billion", "actual"),
            ("Total", 2024, 19.7, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2018, 2024, 6.0),  # 19.7 / 4.6 = 4.283: more than quadrupled
            ("share", 26.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.3 / 19.7 = 26.904% -> 26.9 (bounds 26.582-27.226)
        ],
    ),
    # 16. a ten-year review: "In the ten years to 2024 ... grew from ... to ..., a compound rate of 8.1% a year" (a span
    #     in words: inferred), "It shrank only once ... in 2020, when it dropped 6.5% to ... from ..."; "about
    #     two-thirds" nowhere
    dict(
        text=(
            "Annual review of the Cyber Security Providers' Association. In the ten years to 2024 the UK market for "
            "cyber-security services grew from £1.85 billion to £4.02 billion, a compound rate of 8.1% a year. It "
            "shrank only once over that period: in 2020, when it dropped 6.5% to £2.72 billion from £2.91 billion. "
            "Business customers accounted for about two-thirds of the 2024 total."
        ),
        obs=[
            ("Total", 2014, 1.85, "GBP billion", "actual"),
            ("Total", 2024, 4.02, "GBP billion", "actual"),
            ("Total", 2020, 2.72, "GBP billion", "actual"),
            ("Total", 2019, 2.91, "GBP billion", "actual"),
        ],
        claims=[
            ("cagr", 8.1, "percent", 2014, 2024, None, "inferred"),
            ("growth", -6.5, "percent", 2019, 2020, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.02 / 1.85) ** (1 / 10) - 1 = 8.070% -> 8.1 (bounds 8.027-8.113)
            ("cagr|implied", "exact"),  # 2.72 / 2.91 - 1 = -6.529% -> -6.5 (bounds -6.861 to -6.196)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------ tables
    # 17. a ten-year history pipe table, years as rows, a lone "US$ million" column (the market's Total) and a "Change"
    #     column (2019's reached only at the rounding); the table number and the title's years nowhere
    dict(
        text=(
            "Table 4. Global spending on video-conferencing hardware, 2015–2024\n"
            "| Year | US$ million | Change |\n"
            "|---|---|---|\n"
            "| 2015 | 2,140 | — |\n"
            "| 2016 | 2,385 | 11.4% |\n"
            "| 2017 | 2,610 | 9.4% |\n"
            "| 2018 | 2,874 | 10.1% |\n"
            "| 2019 | 3,102 | 8.0% |\n"
            "| 2020 | 5,486 | 76.9% |\n"
            "| 2021 | 6,012 | 9.6% |\n"
            "| 2022 | 5,238 | -12.9% |\n"
            "| 2023 | 4,957 | -5.4% |\n"
            "| 2024 | 5,130 | 3.5% |\n"
            "Source: Conferencing Equipment Monitor; 2024 figures are preliminary."
        ),
        obs=[
            ("Total", 2015, 2140, "USD million", "actual"),
            ("Total", 2016, 2385, "USD million", "actual"),
            ("Total", 2017, 2610, "USD million", "actual"),
            ("Total", 2018, 2874, "USD million", "actual"),
            ("Total", 2019, 3102, "USD million", "actual"),
            ("Total", 2020, 5486, "USD million", "actual"),
            ("Total", 2021, 6012, "USD million", "actual"),
            ("Total", 2022, 5238, "USD million", "actual"),
            ("Total", 2023, 4957, "USD million", "actual"),
            ("Total", 2024, 5130, "USD million", "actual"),
        ],
        claims=[
            ("growth", 11.4, "percent", 2015, 2016, 1.0),
            ("growth", 9.4, "percent", 2016, 2017, 1.0),
            ("growth", 10.1, "percent", 2017, 2018, 1.0),
            ("growth", 8.0, "percent", 2018, 2019, 1.0),
            ("growth", 76.9, "percent", 2019, 2020, 1.0),
            ("growth", 9.6, "percent", 2020, 2021, 1.0),
            ("growth", -12.9, "percent", 2021, 2022, 1.0),
            ("growth", -5.4, "percent", 2022, 2023, 1.0),
            ("growth", 3.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2385 / 2140 - 1 = 11.449% -> 11.4
            ("cagr|implied", "exact"),  # 2610 / 2385 - 1 = 9.434% -> 9.4
            ("cagr|implied", "exact"),  # 2874 / 2610 - 1 = 10.115% -> 10.1
            # 3102 / 2874 - 1 = 7.933%, not 8.0 +- 0.05; bounds (3101.5 / 2874.5) -> 7.897%, (3102.5 / 2873.5) ->
            # 7.969%: 8.0 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 5486 / 3102 - 1 = 76.854% -> 76.9
            ("cagr|implied", "exact"),  # 6012 / 5486 - 1 = 9.588% -> 9.6
            ("cagr|implied", "exact"),  # 5238 / 6012 - 1 = -12.874% -> -12.9
            ("cagr|implied", "exact"),  # 4957 / 5238 - 1 = -5.365% -> -5.4
            ("cagr|implied", "exact"),  # 5130 / 4957 - 1 = 3.490% -> 3.5
        ],
    ),
    # 18. a pipe table with years as columns over three segments and a Total row, a "CAGR 2021–24" column (stated);
    #     the exhibit number nowhere
    dict(
        text=(
            "Exhibit 2: Satellite broadband service revenue by segment, worldwide (US$ billion)\n"
            "| Segment | 2021 | 2022 | 2023 | 2024 | CAGR 2021–24 |\n"
            "|:--|--:|--:|--:|--:|--:|\n"
            "| Consumer | 3.2 | 4.1 | 5.6 | 7.4 | 32.2% |\n"
            "| Enterprise | 2.5 | 2.8 | 3.3 | 3.9 | 16.0% |\n"
            "| Maritime and aviation | 1.1 | 1.3 | 1.7 | 2.0 | 22.1% |\n"
            "| Total | 6.8 | 8.2 | 10.6 | 13.3 | 25.1% |"
        ),
        obs=[
            ("Consumer", 2021, 3.2, "USD billion", "actual"),
            ("Consumer", 2022, 4.1, "USD billion", "actual"),
            ("Consumer", 2023, 5.6, "USD billion", "actual"),
            ("Consumer", 2024, 7.4, "USD billion", "actual"),
            ("Enterprise", 2021, 2.5, "USD billion", "actual"),
            ("Enterprise", 2022, 2.8, "USD billion", "actual"),
            ("Enterprise", 2023, 3.3, "USD billion", "actual"),
            ("Enterprise", 2024, 3.9, "USD billion", "actual"),
            ("Maritime and aviation", 2021, 1.1, "USD billion", "actual"),
            ("Maritime and aviation", 2022, 1.3, "USD billion", "actual"),
            ("Maritime and aviation", 2023, 1.7, "USD billion", "actual"),
            ("Maritime and aviation", 2024, 2.0, "USD billion", "actual"),
            ("Total", 2021, 6.8, "USD billion", "actual"),
            ("Total", 2022, 8.2, "USD billion", "actual"),
            ("Total", 2023, 10.6, "USD billion", "actual"),
            ("Total", 2024, 13.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 32.2, "percent", 2021, 2024, None, "stated"),
            ("cagr", 16.0, "percent", 2021, 2024, None, "stated"),
            ("cagr", 22.1, "percent", 2021, 2024, None, "stated"),
            ("cagr", 25.1, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (7.4 / 3.2) ** (1 / 3) - 1 = 32.239% -> 32.2 (bounds 31.261-33.234)
            ("cagr", "exact"),  # (3.9 / 2.5) ** (1 / 3) - 1 = 15.978% -> 16.0 (bounds 14.720-17.258)
            ("cagr", "exact"),  # (2.0 / 1.1) ** (1 / 3) - 1 = 22.052% -> 22.1 (bounds 19.246-24.984)
            ("cagr", "exact"),  # (13.3 / 6.8) ** (1 / 3) - 1 = 25.059% -> 25.1 (bounds 24.597-25.524)
            # 3.2 + 2.5 + 1.1 = 6.8; 4.1 + 2.8 + 1.3 = 8.2; 5.6 + 3.3 + 1.7 = 10.6; 7.4 + 3.9 + 2.0 = 13.3
            ("hierarchy", "exact"),
        ],
    ),
    # 19. a small tab table of a shrinking market, years as rows, "Revenue" in "(£ million)" with a "Change on year"
    #     column (the first year's "n/a" no rate)
    dict(
        text=(
            "UK fixed-line voice revenue (£ million)\n"
            "Year\tRevenue\tChange on year\n"
            "2019\t3,912\tn/a\n"
            "2020\t3,604\t-7.9%\n"
            "2021\t3,297\t-8.5%\n"
            "2022\t3,018\t-8.5%\n"
            "2023\t2,741\t-9.2%\n"
            "2024\t2,486\t-9.3%"
        ),
        obs=[
            ("Revenue", 2019, 3912, "GBP million", "actual"),
            ("Revenue", 2020, 3604, "GBP million", "actual"),
            ("Revenue", 2021, 3297, "GBP million", "actual"),
            ("Revenue", 2022, 3018, "GBP million", "actual"),
            ("Revenue", 2023, 2741, "GBP million", "actual"),
            ("Revenue", 2024, 2486, "GBP million", "actual"),
        ],
        claims=[
            ("growth", -7.9, "percent", 2019, 2020, 1.0),
            ("growth", -8.5, "percent", 2020, 2021, 1.0),
            ("growth", -8.5, "percent", 2021, 2022, 1.0),
            ("growth", -9.2, "percent", 2022, 2023, 1.0),
            ("growth", -9.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3604 / 3912 - 1 = -7.873% -> -7.9
            ("cagr|implied", "exact"),  # 3297 / 3604 - 1 = -8.518% -> -8.5
            ("cagr|implied", "exact"),  # 3018 / 3297 - 1 = -8.462% -> -8.5
            ("cagr|implied", "exact"),  # 2741 / 3018 - 1 = -9.178% -> -9.2
            ("cagr|implied", "exact"),  # 2486 / 2741 - 1 = -9.303% -> -9.3
        ],
    ),
    # 20. an aligned vertical table of fiscal years (FY2019 -> 2019) in "(¥ billion)": two segment columns and a Total
    #     column that they add to, the Total's "YoY"
    dict(
        text=(
            "Japan's e-book market by fiscal year (¥ billion)\n"
            "Fiscal year    E-comics    Other e-books    Total     YoY\n"
            "FY2019            342.0             79.2    421.2       —\n"
            "FY2020            413.3             88.7    502.0   19.2%\n"
            "FY2021            466.0             92.1    558.1   11.2%\n"
            "FY2022            511.4             94.9    606.3    8.6%\n"
            "FY2023            548.3             96.7    645.0    6.4%\n"
            "FY2024            578.1             99.3    677.4    5.0%"
        ),
        obs=[
            ("E-comics", 2019, 342.0, "JPY billion", "actual"),
            ("E-comics", 2020, 413.3, "JPY billion", "actual"),
            ("E-comics", 2021, 466.0, "JPY billion", "actual"),
            ("E-comics", 2022, 511.4, "JPY billion", "actual"),
            ("E-comics", 2023, 548.3, "JPY billion", "actual"),
            ("E-comics", 2024, 578.1, "JPY billion", "actual"),
            ("Other e-books", 2019, 79.2, "JPY billion", "actual"),
            ("Other e-books", 2020, 88.7, "JPY billion", "actual"),
            ("Other e-books", 2021, 92.1, "JPY billion", "actual"),
            ("Other e-books", 2022, 94.9, "JPY billion", "actual"),
            ("Other e-books", 2023, 96.7, "JPY billion", "actual"),
            ("Other e-books", 2024, 99.3, "JPY billion", "actual"),
            ("Total", 2019, 421.2, "JPY billion", "actual"),
            ("Total", 2020, 502.0, "JPY billion", "actual"),
            ("Total", 2021, 558.1, "JPY billion", "actual"),
            ("Total", 2022, 606.3, "JPY billion", "actual"),
            ("Total", 2023, 645.0, "JPY billion", "actual"),
            ("Total", 2024, 677.4, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2019, 2020, 1.0),
            ("growth", 11.2, "percent", 2020, 2021, 1.0),
            ("growth", 8.6, "percent", 2021, 2022, 1.0),
            ("growth", 6.4, "percent", 2022, 2023, 1.0),
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 502.0 / 421.2 - 1 = 19.183% -> 19.2
            ("cagr|implied", "exact"),  # 558.1 / 502.0 - 1 = 11.175% -> 11.2
            ("cagr|implied", "exact"),  # 606.3 / 558.1 - 1 = 8.636% -> 8.6
            ("cagr|implied", "exact"),  # 645.0 / 606.3 - 1 = 6.383% -> 6.4
            ("cagr|implied", "exact"),  # 677.4 / 645.0 - 1 = 5.023% -> 5.0
            # 342.0 + 79.2 = 421.2; 413.3 + 88.7 = 502.0; 466.0 + 92.1 = 558.1; 511.4 + 94.9 = 606.3;
            # 548.3 + 96.7 = 645.0; 578.1 + 99.3 = 677.4
            ("hierarchy", "exact"),
        ],
    ),

    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 21. a 回顾 paragraph: 2018年至2023年……分别为 six amounts, 近五年年均复合增长率 (inferred, 2018-2023)
    dict(
        text=(
            "（2024年6月）灵犀产业研究院在其年度报告中回顾：2018年至2023年，我国智能语音市场规模分别为186.4亿元、"
            "231.7亿元、268.9亿元、342.5亿元、401.3亿元和478.6亿元，近五年年均复合增长率为20.8%。研究院认为，行业正"
            "从技术驱动转向场景驱动，目前国内从事智能语音业务的企业约1,300家。"
        ),
        obs=[
            ("Total", 2018, 186.4, "CNY 100 million", "actual"),
            ("Total", 2019, 231.7, "CNY 100 million", "actual"),
            ("Total", 2020, 268.9, "CNY 100 million", "actual"),
            ("Total", 2021, 342.5, "CNY 100 million", "actual"),
            ("Total", 2022, 401.3, "CNY 100 million", "actual"),
            ("Total", 2023, 478.6, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 20.8, "percent", 2018, 2023, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (478.6 / 186.4) ** (1 / 5) - 1 = 20.755% -> 20.8 (bounds 20.746-20.764)
        ],
    ),
    # 22. 先降后升: a dip in 2020 (同比下降), a recovery in 2021 (reached only at the rounding) and 2023 above its
    #    pre-pandemic level with an exact rate
    dict(
        text=(
            "受疫情冲击，我国商用投影机市场在2020年出现明显下滑，此后逐年回暖，整体呈先降后升的走势。2019年市场规模为"
            "132.6亿元，2020年降至104.8亿元，同比下降21.0%；2021年回升至121.3亿元，同比增长15.8%；2022年为128.9亿元；"
            "2023年达到141.2亿元，同比增长9.5%，首次超过疫情前水平。"
        ),
        obs=[
            ("Total", 2019, 132.6, "CNY 100 million", "actual"),
            ("Total", 2020, 104.8, "CNY 100 million", "actual"),
            ("Total", 2021, 121.3, "CNY 100 million", "actual"),
            ("Total", 2022, 128.9, "CNY 100 million", "actual"),
            ("Total", 2023, 141.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -21.0, "percent", 2019, 2020, 1.0),
            ("growth", 15.8, "percent", 2020, 2021, 1.0),
            ("growth", 9.5, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 104.8 / 132.6 - 1 = -20.965% -> -21.0
            # 141.3 / 104.8 - 1 = 15.744%, not 15.8 +- 0.05; bounds (121.25 / 104.85) -> 15.641%, (121.35 / 104.75)
            # -> 15.847%: 15.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 141.2 / 128.9 - 1 = 9.542% -> 9.5
        ],
    ),
    # 23. a peak and a fall: 2021年达到峰值……，2022年回落至……，同比下降14.8% (its amounts contradict it), 去年 (2024, under a
    #    February 2025 dateline) with an exact rate; the 个百分点 nowhere
    dict(
        text=(
            "2025年2月，教育智能硬件专业委员会发布年度观察：国内学习机市场2019年规模为86.2亿元，2020年跃升至124.5亿元，"
            "2021年达到峰值168.4亿元，2022年回落至139.7亿元，同比下降14.8%，2023年继续下滑至131.2亿元。去年市场重拾升势，"
            "规模为145.6亿元，同比增长11.0%，线上渠道占比提高3.2个百分点。"
        ),
        obs=[
            ("Total", 2019, 86.2, "CNY 100 million", "actual"),
            ("Total", 2020, 124.5, "CNY 100 million", "actual"),
            ("Total", 2021, 168.4, "CNY 100 million", "actual"),
            ("Total", 2022, 139.7, "CNY 100 million", "actual"),
            ("Total", 2023, 131.2, "CNY 100 million", "actual"),
            ("Total", 2024, 145.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -14.8, "percent", 2021, 2022, 1.0),
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 159.7 / 168.4 - 1 = -17.043%; bounds (139.65 / 168.45) -> -17.097%, (139.75 / 168.35) -> -16.988%:
            # -14.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 145.6 / 131.2 - 1 = 10.976% -> 11.0
        ],
    ),
    # 24. 十年间增长了4倍 (x4 over 2014-2024, the printed N kept), 连续三年保持20%以上的增速 (no figure), 同比增长 without its
    #    base, 预计2027年将突破 an approximate estimate
    dict(
        text=(
            "（2025年1月20日）据机器视觉产业联盟统计，2014年我国工业机器视觉市场规模仅61亿元，到2024年已达到268亿元，"
            "十年间增长了4倍；2022年至2024年，行业连续三年保持20%以上的增速，其中2024年同比增长23.4%。联盟预计，2027年"
            "市场规模将突破500亿元。"
        ),
        obs=[
            ("Total", 2014, 61, "CNY 100 million", "actual"),
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2014, 2024, 10.0),  # 268 / 61 = 4.393: 增长了4倍, the printed N kept
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 25. a history with a revised figure: 2021年、2022年……分别为, 2023年……经修订为 (初值 nowhere), 2024's rate against the
    #    revised figure, a stated 2021-2024 CAGR and a part with its share
    dict(
        text=(
            "中国数据中心液冷市场研究报告（2025年4月）：2021年、2022年，国内液冷市场规模分别为48.6亿元和72.3亿元；2023年"
            "规模经修订为101.8亿元（初值为98.5亿元）。2024年市场规模达到146.2亿元，同比增长43.6%，2021-2024年年均复合"
            "增长率为44.4%。按技术路线看，冷板式液冷规模114.6亿元，占比为78.4%。"
        ),
        obs=[
            ("Total", 2021, 48.6, "CNY 100 million", "actual"),
            ("Total", 2022, 72.3, "CNY 100 million", "actual"),
            ("Total", 2023, 101.8, "CNY 100 million", "actual"),
            ("Total", 2024, 146.2, "CNY 100 million", "actual"),
            ("冷板式液冷", 2024, 114.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 43.6, "percent", 2023, 2024, 1.0),
            ("cagr", 44.4, "percent", 2021, 2024, None, "stated"),
            ("share", 78.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 146.2 / 101.8 - 1 = 43.615% -> 43.6 (against the revised 2023 figure)
            ("cagr", "exact"),  # (146.2 / 48.6) ** (1 / 3) - 1 = 44.357% -> 44.4 (bounds 44.291-44.423)
            ("arithmetic", "exact"),  # 114.6 / 146.2 = 78.386% -> 78.4
        ],
    ),
    # 26. a 发展历程 timeline in bullet lines: 首次突破10亿元 (2019, approximate at its printed figure), 首次突破50亿元 beside
    #    the year's precise 56.3, two exact rates, 2025年（预计）……有望 an estimate
    dict(
        text=(
            "储能温控行业发展历程（储能产业观察，2025年3月）\n"
            "• 2019年：市场规模首次突破10亿元\n"
            "• 2020年：规模达到15.8亿元\n"
            "• 2021年：规模增至27.4亿元，同比增长73.4%\n"
            "• 2022年：规模首次突破50亿元，全年达到56.3亿元\n"
            "• 2023年：规模为82.9亿元\n"
            "• 2024年：规模达到103.6亿元，同比增长25.0%\n"
            "• 2025年（预计）：有望达到130亿元"
        ),
        obs=[
            ("Total", 2019, 10, "CNY 100 million", "actual"),
            ("Total", 2020, 15.8, "CNY 100 million", "actual"),
            ("Total", 2021, 27.4, "CNY 100 million", "actual"),
            ("Total", 2022, 56.3, "CNY 100 million", "actual"),
            ("Total", 2023, 82.9, "CNY 100 million", "actual"),
            ("Total", 2024, 103.6, "CNY 100 million", "actual"),
            ("Total", 2025, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 73.4, "percent", 2020, 2021, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.4 / 15.8 - 1 = 73.418% -> 73.4
            ("cagr|implied", "exact"),  # 103.6 / 82.9 - 1 = 24.970% -> 25.0
        ],
    ),
    # 27. 依次为 five years of shipments in 万台 (count 10 thousand) and a stated 2020-2024年 CAGR
    dict(
        text=(
            "服务机器人产业白皮书显示，2020-2024年，国内商用服务机器人出货量依次为412万台、538万台、601万台、735万台和"
            "886万台，2020-2024年年均复合增长率为21.1%。白皮书共调研整机企业156家。"
        ),
        obs=[
            ("Total", 2020, 412, "count 10 thousand", "actual"),
            ("Total", 2021, 538, "count 10 thousand", "actual"),
            ("Total", 2022, 601, "count 10 thousand", "actual"),
            ("Total", 2023, 735, "count 10 thousand", "actual"),
            ("Total", 2024, 886, "count 10 thousand", "actual"),
        ],
        claims=[("cagr", 21.1, "percent", 2020, 2024, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (886 / 412) ** (1 / 4) - 1 = 21.097% -> 21.1 (bounds 21.043-21.151)
        ],
    ),
    # 28. three years' amounts 分别达到 with their rates 分别比上年增长, the first year's amount after them; the firms nowhere
    dict(
        text=(
            "（2025年6月）工业软件市场年度盘点：2022年、2023年和2024年，我国工业软件市场规模分别达到2,407亿元、2,824亿元"
            "和3,268亿元，分别比上年增长14.3%、17.3%和15.7%，而2021年这一数字为2,106亿元。目前国内工业软件企业数量超过"
            "4,200家。"
        ),
        obs=[
            ("Total", 2022, 2407, "CNY 100 million", "actual"),
            ("Total", 2023, 2824, "CNY 100 million", "actual"),
            ("Total", 2024, 3268, "CNY 100 million", "actual"),
            ("Total", 2021, 2106, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.3, "percent", 2021, 2022, 1.0),
            ("growth", 17.3, "percent", 2022, 2023, 1.0),
            ("growth", 15.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2407 / 2106 - 1 = 14.292% -> 14.3
            ("cagr|implied", "exact"),  # 2824 / 2407 - 1 = 17.324% -> 17.3
            ("cagr|implied", "exact"),  # 3268 / 2824 - 1 = 15.722% -> 15.7
        ],
    ),
    # 29. a Taiwan 產值 history in Traditional Chinese (歷年, 新台幣億元, 年增率, 衰退): five years, three exact rates
    dict(
        text=(
            "（2025年3月）半導體封測產業年鑑整理台灣IC封測業歷年產值：2020年為新台幣5,346億元；2021年成長至6,108億元，年增率"
            "14.3%；2022年續增至6,539億元；2023年受終端需求疲弱影響，產值衰退10.4%至5,860億元；2024年回升至6,212億元，"
            "年增6.0%。"
        ),
        obs=[
            ("Total", 2020, 5346, "TWD 100 million", "actual"),
            ("Total", 2021, 6108, "TWD 100 million", "actual"),
            ("Total", 2022, 6539, "TWD 100 million", "actual"),
            ("Total", 2023, 5860, "TWD 100 million", "actual"),
            ("Total", 2024, 6212, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.3, "percent", 2020, 2021, 1.0),
            ("growth", -10.4, "percent", 2022, 2023, 1.0),
            ("growth", 6.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6108 / 5346 - 1 = 14.254% -> 14.3
            ("cagr|implied", "exact"),  # 5860 / 6539 - 1 = -10.384% -> -10.4
            ("cagr|implied", "exact"),  # 6212 / 5860 - 1 = 6.007% -> 6.0
        ],
    ),
    # 30. a Hong Kong history in 億港元 with 按年 rates (Traditional Chinese): a rise, a dip and a recovery, all exact
    dict(
        text=(
            "香港網購零售業務收益走勢回顧（2025年2月）：2019年收益為256億港元，2020年按年上升38.7%至355億港元；2021年再增至"
            "412億港元，2022年則回落至398億港元，按年減少3.4%；2023年為421億港元，2024年為447億港元，按年增長6.2%。"
        ),
        obs=[
            ("Total", 2019, 256, "HKD 100 million", "actual"),
            ("Total", 2020, 355, "HKD 100 million", "actual"),
            ("Total", 2021, 412, "HKD 100 million", "actual"),
            ("Total", 2022, 398, "HKD 100 million", "actual"),
            ("Total", 2023, 421, "HKD 100 million", "actual"),
            ("Total", 2024, 447, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 38.7, "percent", 2019, 2020, 1.0),
            ("growth", -3.4, "percent", 2021, 2022, 1.0),
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 355 / 256 - 1 = 38.672% -> 38.7
            ("cagr|implied", "exact"),  # 398 / 412 - 1 = -3.398% -> -3.4
            ("cagr|implied", "exact"),  # 447 / 421 - 1 = 6.176% -> 6.2
        ],
    ),
    # 31. Taiwan (Traditional Chinese): 創歷史新高, 較2015年的……成長2倍 (x2 over 2015-2024, the printed N kept) and a stated
    #     2019至2024年 CAGR whose base is printed after it
    dict(
        text=(
            "2025年4月，雲端產業推進辦公室指出，台灣雲端服務市場規模於2024年達到新台幣1,286億元，創歷史新高，較2015年的560億元"
            "成長2倍；2019至2024年的年均複合成長率為16.5%，2019年的市場規模則為598億元。"
        ),
        obs=[
            ("Total", 2024, 1286, "TWD 100 million", "actual"),
            ("Total", 2015, 560, "TWD 100 million", "actual"),
            ("Total", 2019, 598, "TWD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2015, 2024, 9.0),  # 1286 / 560 = 2.296: 成長2倍, the printed N kept
            ("cagr", 16.5, "percent", 2019, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1286 / 598) ** (1 / 5) - 1 = 16.549% -> 16.5 (bounds 16.520-16.577)
        ],
    ),
    # 32. Taiwan in 兆元 (TWD trillion, Traditional Chinese): 2024's rate against 2023's 修正為 figure (原公布 nowhere),
    #     reached only at the rounding; 回顧歷年 two earlier years
    dict(
        text=(
            "設備產業統計小組公布，2024年台灣半導體設備產值為新台幣1.32兆元，較上年成長4.0%；2023年產值修正為1.26兆元"
            "（原公布1.24兆元）。回顧歷年，2021年產值為1.18兆元，2022年增至1.23兆元。"
        ),
        obs=[
            ("Total", 2024, 1.32, "TWD trillion", "actual"),
            ("Total", 2023, 1.26, "TWD trillion", "actual"),
            ("Total", 2021, 1.18, "TWD trillion", "actual"),
            ("Total", 2022, 1.23, "TWD trillion", "actual"),
        ],
        claims=[("growth", 4.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 21.32 / 1.26 - 1 = 4.762%, not 4.0 +- 0.05; bounds (1.315 / 1.265) -> 3.953%, (1.325 / 1.255) -> 5.578%:
            # 24.0 is reached only at the rounding (against the revised 2023 figure)
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. a series in 万亿元 (CNY trillion) with an earlier year in 亿元 converted to it (4,350亿元 -> 0.435), 是……的4.3倍
    #     (x4.3 over 2015-2024), 首次突破1万亿元 (2019, approximate) and 同比增长 without its base
    dict(
        text=(
            "数字内容产业研究中心（2025年4月）：2024年我国数字内容产业规模达到1.86万亿元，同比增长11.4%，是2015年4,350亿元"
            "的4.3倍。其间，产业规模于2019年首次突破1万亿元，2022年为1.52万亿元。"
        ),
        obs=[
            ("Total", 2015, 0.435, "CNY trillion", "actual"),
            ("Total", 2019, 1, "CNY trillion", "actual"),
            ("Total", 2022, 1.52, "CNY trillion", "actual"),
            ("Total", 2024, 1.86, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
            ("multiple", 4.3, "multiple", 2015, 2024, 9.0),  # 1.86 / 0.435 = 4.276: 4.3倍
        ],
        verdicts=[],
    ),
    # 34. a Traditional Chinese 發展歷程 timeline in bullet lines (Taiwan): 首次突破新台幣30億元 (approximate), an exact 年增率,
    #     創歷史新高, 預計 a year after the dateline's an estimate
    dict(
        text=(
            "嵐峰產業研究所（2025年1月）整理台灣無人機產業發展歷程：\n"
            "• 2020年：產業規模首次突破新台幣30億元\n"
            "• 2021年：規模達到41.5億元\n"
            "• 2022年：規模為52.6億元\n"
            "• 2023年：規模增至68.9億元，年增率31.0%\n"
            "• 2024年：規模達到92.4億元，創歷史新高\n"
            "• 2026年：預計將達到150億元"
        ),
        obs=[
            ("Total", 2020, 30, "TWD 100 million", "actual"),
            ("Total", 2021, 41.5, "TWD 100 million", "actual"),
            ("Total", 2022, 52.6, "TWD 100 million", "actual"),
            ("Total", 2023, 68.9, "TWD 100 million", "actual"),
            ("Total", 2024, 92.4, "TWD 100 million", "actual"),
            ("Total", 2026, 150, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 31.0, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.9 / 52.6 - 1 = 30.989% -> 31.0
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 35. a 历年 pipe table, years as rows, 市场规模 and a 同比 column (2017's a dash; 2023's reached only at the
    #     rounding); the title's years and table number nowhere
    dict(
        text=(
            "表2 2017-2024年中国激光雷达市场规模（单位：亿元）\n"
            "| 年份 | 市场规模 | 同比 |\n"
            "|---|---|---|\n"
            "| 2017 | 8.6 | — |\n"
            "| 2018 | 12.4 | 44.2% |\n"
            "| 2019 | 15.1 | 21.8% |\n"
            "| 2020 | 17.9 | 18.5% |\n"
            "| 2021 | 26.3 | 46.9% |\n"
            "| 2022 | 38.7 | 47.1% |\n"
            "| 2023 | 56.8 | 46.6% |\n"
            "| 2024 | 84.2 | 48.2% |"
        ),
        obs=[
            ("市场规模", 2017, 8.6, "CNY 100 million", "actual"),
            ("市场规模", 2018, 12.4, "CNY 100 million", "actual"),
            ("市场规模", 2019, 15.1, "CNY 100 million", "actual"),
            ("市场规模", 2020, 17.9, "CNY 100 million", "actual"),
            ("市场规模", 2021, 26.3, "CNY 100 million", "actual"),
            ("市场规模", 2022, 38.7, "CNY 100 million", "actual"),
            ("市场规模", 2023, 56.8, "CNY 100 million", "actual"),
            ("市场规模", 2024, 84.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 44.2, "percent", 2017, 2018, 1.0),
            ("growth", 21.8, "percent", 2018, 2019, 1.0),
            ("growth", 18.5, "percent", 2019, 2020, 1.0),
            ("growth", 46.9, "percent", 2020, 2021, 1.0),
            ("growth", 47.1, "percent", 2021, 2022, 1.0),
            ("growth", 46.6, "percent", 2022, 2023, 1.0),
            ("growth", 48.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.4 / 8.6 - 1 = 44.186% -> 44.2
            ("cagr|implied", "exact"),  # 15.1 / 12.4 - 1 = 21.774% -> 21.8
            ("cagr|implied", "exact"),  # 17.9 / 15.1 - 1 = 18.543% -> 18.5
            ("cagr|implied", "exact"),  # 26.3 / 17.9 - 1 = 46.927% -> 46.9
            ("cagr|implied", "exact"),  # 38.7 / 26.3 - 1 = 47.148% -> 47.1
            # 76.8 / 38.7 - 1 = 46.770%, not 46.6 +- 0.05; bounds (56.75 / 38.75) -> 46.452%, (56.85 / 38.65) ->
            # 67.089%: 46.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 84.2 / 56.8 - 1 = 48.239% -> 48.2
        ],
    ),
    # 36. years as columns, aligned by spaces: segment rows, a 合计 row and a 2024年同比 column
    dict(
        text=(
            "2021-2024年我国工业互联网平台市场细分结构\n"
            "单位：亿元\n"
            "细分领域    2021年    2022年    2023年    2024年    2024年同比\n"
            "硬件         312.4     356.8     398.5     441.2       10.7%\n"
            "软件         186.3     224.9     271.6     330.4       21.6%\n"
            "服务          94.7     118.2     146.8     183.9       25.3%\n"
            "合计         593.4     699.9     816.9     955.5       17.0%\n"
            "资料来源：启明工业研究院"
        ),
        obs=[
            ("硬件", 2021, 312.4, "CNY 100 million", "actual"),
            ("硬件", 2022, 356.8, "CNY 100 million", "actual"),
            ("硬件", 2023, 398.5, "CNY 100 million", "actual"),
            ("硬件", 2024, 441.2, "CNY 100 million", "actual"),
            ("软件", 2021, 186.3, "CNY 100 million", "actual"),
            ("软件", 2022, 224.9, "CNY 100 million", "actual"),
            ("软件", 2023, 271.6, "CNY 100 million", "actual"),
            ("软件", 2024, 330.4, "CNY 100 million", "actual"),
            ("服务", 2021, 94.7, "CNY 100 million", "actual"),
            ("服务", 2022, 118.2, "CNY 100 million", "actual"),
            ("服务", 2023, 146.8, "CNY 100 million", "actual"),
            ("服务", 2024, 183.9, "CNY 100 million", "actual"),
            ("合计", 2021, 593.4, "CNY 100 million", "actual"),
            ("合计", 2022, 699.9, "CNY 100 million", "actual"),
            ("合计", 2023, 816.9, "CNY 100 million", "actual"),
            ("合计", 2024, 955.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 441.2 / 398.5 - 1 = 10.715% -> 10.7
            ("cagr|implied", "exact"),  # 330.4 / 271.6 - 1 = 21.649% -> 21.6
            ("cagr|implied", "exact"),  # 183.9 / 146.8 - 1 = 25.272% -> 25.3
            ("cagr|implied", "exact"),  # 955.5 / 816.9 - 1 = 16.967% -> 17.0
            # 332.4 + 186.3 + 94.7 = 593.4; 356.8 + 224.9 + 118.2 = 699.9; 398.5 + 271.6 + 146.8 = 816.9;
            # 461.2 + 330.4 + 183.9 = 955.5
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Traditional Chinese tab table of years (Taiwan, 新台幣億元): 產值 and 年增率(%) (2019's without its base, 2023's
    #     衰退 contradicted by its figures)
    dict(
        text=(
            "台灣電路板產業歷年產值（單位：新台幣億元）\n"
            "年度\t產值\t年增率(%)\n"
            "2019\t6,512\t-1.8\n"
            "2020\t7,046\t8.2\n"
            "2021\t8,234\t16.9\n"
            "2022\t8,867\t7.7\n"
            "2023\t7,491\t-12.8\n"
            "2024\t8,043\t7.4\n"
            "資料來源：電路板產業協會；2024年為初估數據。"
        ),
        obs=[
            ("產值", 2019, 6512, "TWD 100 million", "actual"),
            ("產值", 2020, 7046, "TWD 100 million", "actual"),
            ("產值", 2021, 8234, "TWD 100 million", "actual"),
            ("產值", 2022, 8867, "TWD 100 million", "actual"),
            ("產值", 2023, 7491, "TWD 100 million", "actual"),
            ("產值", 2024, 8043, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", -1.8, "percent", 2018, 2019, 1.0),
            ("growth", 8.2, "percent", 2019, 2020, 1.0),
            ("growth", 16.9, "percent", 2020, 2021, 1.0),
            ("growth", 7.7, "percent", 2021, 2022, 1.0),
            ("growth", -12.8, "percent", 2022, 2023, 1.0),
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7046 / 6512 - 1 = 8.200% -> 8.2
            ("cagr|implied", "exact"),  # 8234 / 7046 - 1 = 16.861% -> 16.9
            ("cagr|implied", "exact"),  # 8867 / 8234 - 1 = 7.688% -> 7.7
            # 7491 / 8867 - 1 = -15.518%; bounds (7490.5 / 8867.5) -> -15.529%, (7491.5 / 8866.5) -> -15.508%:
            # -12.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 8043 / 7491 - 1 = 7.369% -> 7.4
        ],
    ),
    # 38. a Hong Kong pipe table in 億港元 (Traditional Chinese): years as columns, segment rows, a 總計 row and a
    #     2024年按年變動(%) column
    dict(
        text=(
            "香港資訊科技服務收益（億港元）\n"
            "| 類別 | 2022年 | 2023年 | 2024年 | 2024年按年變動(%) |\n"
            "|---|---|---|---|---|\n"
            "| 軟件開發 | 128.6 | 141.3 | 152.8 | +8.1 |\n"
            "| 雲端及數據服務 | 86.4 | 103.7 | 126.5 | +22.0 |\n"
            "| 資訊科技顧問 | 54.2 | 57.9 | 60.6 | +4.7 |\n"
            "| 總計 | 269.2 | 302.9 | 339.9 | +12.2 |\n"
            "註：數字經四捨五入。"
        ),
        obs=[
            ("軟件開發", 2022, 128.6, "HKD 100 million", "actual"),
            ("軟件開發", 2023, 141.3, "HKD 100 million", "actual"),
            ("軟件開發", 2024, 152.8, "HKD 100 million", "actual"),
            ("雲端及數據服務", 2022, 86.4, "HKD 100 million", "actual"),
            ("雲端及數據服務", 2023, 103.7, "HKD 100 million", "actual"),
            ("雲端及數據服務", 2024, 126.5, "HKD 100 million", "actual"),
            ("資訊科技顧問", 2022, 54.2, "HKD 100 million", "actual"),
            ("資訊科技顧問", 2023, 57.9, "HKD 100 million", "actual"),
            ("資訊科技顧問", 2024, 60.6, "HKD 100 million", "actual"),
            ("總計", 2022, 269.2, "HKD 100 million", "actual"),
            ("總計", 2023, 302.9, "HKD 100 million", "actual"),
            ("總計", 2024, 339.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
            ("growth", 12.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152.8 / 141.3 - 1 = 8.139% -> 8.1
            ("cagr|implied", "exact"),  # 126.5 / 103.7 - 1 = 21.986% -> 22.0
            ("cagr|implied", "exact"),  # 60.6 / 57.9 - 1 = 4.663% -> 4.7
            ("cagr|implied", "exact"),  # 339.9 / 302.9 - 1 = 12.215% -> 12.2
            # 148.6 + 86.4 + 54.2 = 269.2; 141.3 + 103.7 + 57.9 = 302.9; 152.8 + 126.5 + 60.6 = 339.9
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a horizontal tab table, years across: a 市场规模 row and a 同比增长 row, 2025年E an estimate (2020's rate without
    #     its base)
    dict(
        text=(
            "中国智慧停车市场规模及增速（单位：亿元，%）\n"
            "指标\t2020年\t2021年\t2022年\t2023年\t2024年\t2025年E\n"
            "市场规模\t642\t786\t903\t1,058\t1,247\t1,460\n"
            "同比增长\t11.3\t22.4\t14.9\t17.2\t17.9\t17.1\n"
            "注：E为预测值。"
        ),
        obs=[
            ("市场规模", 2020, 642, "CNY 100 million", "actual"),
            ("市场规模", 2021, 786, "CNY 100 million", "actual"),
            ("市场规模", 2022, 903, "CNY 100 million", "actual"),
            ("市场规模", 2023, 1058, "CNY 100 million", "actual"),
            ("市场规模", 2024, 1247, "CNY 100 million", "actual"),
            ("市场规模", 2025, 1460, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.3, "percent", 2019, 2020, 1.0),
            ("growth", 22.4, "percent", 2020, 2021, 1.0),
            ("growth", 14.9, "percent", 2021, 2022, 1.0),
            ("growth", 17.2, "percent", 2022, 2023, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 17.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 786 / 642 - 1 = 22.430% -> 22.4
            ("cagr|implied", "exact"),  # 903 / 786 - 1 = 14.885% -> 14.9
            ("cagr|implied", "exact"),  # 1058 / 903 - 1 = 17.165% -> 17.2
            ("cagr|implied", "exact"),  # 1247 / 1058 - 1 = 17.864% -> 17.9
            ("cagr|implied", "exact"),  # 1460 / 1247 - 1 = 17.081% -> 17.1
        ],
    ),
    # 40. years as columns aligned by spaces with a 2025E column (estimates), segment rows, a 合计 row and a stated
    #     2021-2025E CAGR line under the table
    dict(
        text=(
            "车联网市场规模预测（亿元）\n"
            "细分        2021年    2022年    2023年    2024年    2025E\n"
            "芯片及模组     48.2      61.5      79.8      98.6    121.4\n"
            "终端设备      115.6     132.9     150.3     171.2    196.8\n"
            "平台与应用     36.4      47.7      62.5      81.9    106.3\n"
            "合计          200.2     242.1     292.6     351.7    424.5\n"
            "2021-2025E年复合增长率：20.7%"
        ),
        obs=[
            ("芯片及模组", 2021, 48.2, "CNY 100 million", "actual"),
            ("芯片及模组", 2022, 61.5, "CNY 100 million", "actual"),
            ("芯片及模组", 2023, 79.8, "CNY 100 million", "actual"),
            ("芯片及模组", 2024, 98.6, "CNY 100 million", "actual"),
            ("芯片及模组", 2025, 121.4, "CNY 100 million", "estimate"),
            ("终端设备", 2021, 115.6, "CNY 100 million", "actual"),
            ("终端设备", 2022, 132.9, "CNY 100 million", "actual"),
            ("终端设备", 2023, 150.3, "CNY 100 million", "actual"),
            ("终端设备", 2024, 171.2, "CNY 100 million", "actual"),
            ("终端设备", 2025, 196.8, "CNY 100 million", "estimate"),
            ("平台与应用", 2021, 36.4, "CNY 100 million", "actual"),
            ("平台与应用", 2022, 47.7, "CNY 100 million", "actual"),
            ("平台与应用", 2023, 62.5, "CNY 100 million", "actual"),
            ("平台与应用", 2024, 81.9, "CNY 100 million", "actual"),
            ("平台与应用", 2025, 106.3, "CNY 100 million", "estimate"),
            ("合计", 2021, 200.2, "CNY 100 million", "actual"),
            ("合计", 2022, 242.1, "CNY 100 million", "actual"),
            ("合计", 2023, 292.6, "CNY 100 million", "actual"),
            ("合计", 2024, 351.7, "CNY 100 million", "actual"),
            ("合计", 2025, 424.5, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 20.7, "percent", 2021, 2025, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (424.5 / 200.2) ** (1 / 4) - 1 = 20.671% -> 20.7 (bounds 20.660-20.682), 合计 row
            # 68.2 + 115.6 + 36.4 = 200.2; 61.5 + 132.9 + 47.7 = 242.1; 79.8 + 150.3 + 62.5 = 292.6;
            # 118.6 + 171.2 + 81.9 = 351.7; 121.4 + 196.8 + 106.3 = 424.5
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 6, 'exact': 90}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'slipped to $1.3 billion in 2020 as the pandemic grounded',
    'reached $3.6 billion last year, a 24% gain',
    'in 2021, 2022 and 2023 respectively',
    '58% jump in 2022',
    'A decade earlier the market was worth',
    'it has since roughly tripled',
    'peaked at $14.1 billion in 2021 before falling 18% in 2022',
    'did it climb back above its pre-pandemic level',
    'grown in each of the past three years',
    'hit a record $52.6 billion last year',
    'the previous high of $49.8 billion set in 2021',
    'At their height in 2008 they were worth £2.45 billion',
    'revises the 2022 figure down to $5.4 billion',
    'nearly fivefold since 2016',
    'A year later it had reached $0.9 billion, and two years after that',
    'grew at a compound annual rate of 7.8%',
    '31.2% more than the ¥121.0 billion of fiscal 2023',
    'fell for two years running, by 14.3% and 13.9%',
    'has more than quadrupled since 2018',
    'In the ten years to 2024',
    '| Year | US$ million | Change |',
    '| CAGR 2021–24 |',
    'Year\tRevenue\tChange on year',
    'Fiscal year    E-comics',
    '2018年至2023年，我国智能语音市场规模分别为',
    '近五年年均复合增长率为20.8%',
    '先降后升',
    '2021年达到峰值168.4亿元，2022年回落至139.7亿元，同比下降14.8%',
    '十年间增长了4倍',
    '连续三年保持20%以上的增速',
    '经修订为101.8亿元（初值为98.5亿元）',
    '• 2019年：市场规模首次突破10亿元',
    '依次为412万台',
    '分别比上年增长14.3%、17.3%和15.7%',
    '歷年產值',
    '產值衰退10.4%',
    '按年上升38.7%至355億港元',
    '創歷史新高',
    '成長2倍',
    '年均複合成長率為16.5%',
    '產值修正為1.26兆元',
    '是2015年4,350亿元的4.3倍',
    '• 2026年：預計將達到150億元',
    '| 年份 | 市场规模 | 同比 |',
    '合计         593.4',
    '年度\t產值\t年增率(%)',
    '2024年按年變動(%)',
    '2025年E',
    '2021-2025E年复合增长率',
)
#: the set's blind score (written without reading or running the extractor, scored on two commits, before and after
#: the rules chosen on the sixty-ninth, alike): 230 figures, 77 rates, 80 verdicts and 2 false inconsistent; 235, 88
#: and 91 after the rules chosen on it (changes headed "Change on year", a row of changes under a caption naming
#: percent beside its unit, 依次为), and 240, 89, 92 and 1 after the next ("reached $3.6 billion last year" after 2022 in a
#: text dated 2024, "A year later", "two years after that", "A decade earlier")
#: 241, 90, 93 after "2025年2月，…发布" dated the text, 91 rates after "其中2024年同比增长" was read as that year's rise, 92
#: after "，2020年按年上升38.7%" was; 97 rates and 96 verdicts after rates listed before the amounts they reach ("fell … by
#: 14.3% and 13.9%, to … in 2019 and … in 2020")
FLOORS = {"figures_found": 241, "rates_found": 100, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset70.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
