"""A seventy-fifth check set for the extractor, written blind: figures in words and round talk -- English news
features, columns, earnings-call remarks, keynotes and investor letters that say their sizes and rates rather than
print them ("half a trillion dollars", "north of $40bn", "just shy of $12 billion", "more than doubled", "a fifth
larger", "fell by half", "two-thirds of the market", "one in every five dollars", "last year" in a dated piece, "by
decade's end"), and Chinese and Traditional Chinese news, commentary, briefings and brokers' morning notes in Chinese
numerals and mixed forms (三千二百亿元, 1.2万亿, 近两千亿元, 逾800亿, 翻了一番, 增长近三成, 占比近六成, 每五元中就有一元, 去年, 前年, 十四五期间);
with vague sizes that are no figures ("a multibillion-dollar market", "hundreds of millions", 千亿级市场, 数百亿, 万亿赛道), rates
that are no figures ("mid-teens growth", "double-digit"), and keynote slides and 要点 tables with "~$45B", "2x", "flat",
约450亿 and 翻倍 cells.

Conventions: as in the sixty-eighth set (its module docstring states them). A rate said as a fraction ("up by a
quarter", "a fifth larger", "fell by half") is a growth of 25, 20 and -50 percent; a rate said only in words in
Chinese (增长近三成, 下降近一半) and "flat" are expected nowhere; "by decade's end" fixes no year.
"""

from __future__ import annotations

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a news feature: "roughly tripled over three years from ... in 2021" (x3 over 2021-2024), "approaching half a
    #    trillion dollars by 2029" (500 in the series' USD billion, an estimate), "a pace of about 24% a year"
    #    (inferred); "two-thirds of the market" a fraction in words, nowhere
    dict(
        text=(
            "NEW YORK, Sept. 22, 2025 — Spending on servers and networking gear for AI data centres came to $168 "
            "billion in 2024, having roughly tripled over three years from $54 billion in 2021, the consultancy "
            "Harrow & Vale said on Monday. Its central case has the market approaching half a trillion dollars by "
            "2029, a pace of about 24% a year. Hyperscale cloud providers buy two-thirds of the market."
        ),
        obs=[
            ("Total", 2021, 54, "USD billion", "actual"),
            ("Total", 2024, 168, "USD billion", "actual"),
            ("Total", 2029, 500, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 168 / 54 = 3.111: roughly tripled
            ("cagr", 24, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (500 / 168) ** (1 / 5) - 1 = 24.375% -> 24 (bounds, half a trillion at half of 0.1 trillion either way:
            # (450 / 168.5) -> 21.709%, (550 / 167.5) -> 26.844%)
            ("cagr|period", "exact"),
        ],
    ),
    # 2. an earnings call: the addressable market "north of $40bn in calendar 2024" (approximate, the Total), "it more
    #    than doubled from $18bn in 2022" (x2 over 2022-2024), a part "roughly $26bn of that, about 65%", a range "$75bn to
    #    $80bn by 2027"; the fiscal quarter and the company's "mid-teens" growth nowhere
    dict(
        text=(
            "Edited transcript — Corvex Semiconductor, second-quarter fiscal 2026 results call, 27 August 2025\n"
            "Chief executive: Let me frame the opportunity first. By our count the addressable market for AI "
            "networking silicon was north of $40bn in calendar 2024; it more than doubled from $18bn in 2022. "
            "Switching chips for data-centre fabrics were roughly $26bn of that, about 65%. We think the market "
            "reaches $75bn to $80bn by 2027. As for us, revenue grew at a mid-teens rate in the quarter, and we are "
            "guiding to mid-teens growth again in the second half."
        ),
        obs=[
            ("Switching chips for data-centre fabrics", 2024, 26, "USD billion", "actual"),
            ("Total", 2024, 40, "USD billion", "actual"),
            ("Total", 2022, 18, "USD billion", "actual"),
        ],
        claims=[
            ("share", 65, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 40 / 18 = 2.222: more than doubled
            ("value", 75, "USD billion", 2027, 2027, None),
            ("value", 80, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 26 / 40 = 65.000% -> 65 (bounds 25.5 / 40.5 -> 62.963%, 26.5 / 39.5 -> 67.089%)
        ],
    ),
    # 3. a conference keynote as delivered: "Last year, IT services was a $1.3-trillion market" (2024, USD trillion),
    #    "The year before, it was $1.22 trillion" (2023), "growth of 6.6%", "by decade's end ... clear $2 trillion" (2030,
    #    read as the decade's last year, an approximate estimate); "One in every five dollars" nowhere
    dict(
        text=(
            "Opening keynote as delivered — Digital Enterprise Forum, Lisbon, 4 June 2025\n"
            "\"Good morning. Let me start with one number. Last year, IT services was a $1.3-trillion market. The "
            "year before, it was $1.22 trillion, which is growth of 6.6% in a year when everyone told us budgets were "
            "frozen. One in every five dollars of it now goes to moving workloads to the cloud. And by decade's end? "
            "We expect the market to clear $2 trillion.\""
        ),
        obs=[
            ("Total", 2024, 1.3, "USD trillion", "actual"),
            ("Total", 2023, 1.22, "USD trillion", "actual"),
            ("Total", 2030, 2, "USD trillion", "estimate"),
        ],
        claims=[("growth", 6.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.3 / 1.22 - 1 = 6.557% -> 6.6 (bounds 1.25 / 1.225 -> 2.041%, 1.35 / 1.215 -> 11.111%)
        ],
    ),
    # 4. a podcast's show notes with timestamps: "some $700m last year" (2024, USD million), "up by a third from $525m in
    #    2023" (33.3%), "$1.1bn by 2027" (1100 in the series' USD million), "roughly 16% a year from last year's base"
    #    (inferred); the episode number, the timestamps, "hundreds of millions" and "a multibillion-dollar category"
    #    nowhere
    dict(
        text=(
            "The Back Office — episode 87 show notes (published 12 February 2025)\n"
            "Guest: Mira Okafor, principal analyst at Lanthorn Research.\n"
            "02:40 Why Mira sizes the US market for accounts-payable automation software at some $700m last year, up "
            "by a third from $525m in 2023.\n"
            "11:15 The mid-market: where she still sees hundreds of millions of dollars of untapped spend.\n"
            "23:50 Her outlook: $1.1bn by 2027, roughly 16% a year from last year's base.\n"
            "31:05 Listener question: is this a multibillion-dollar category yet? (Short answer: not yet.)"
        ),
        obs=[
            ("Total", 2024, 700, "USD million", "actual"),
            ("Total", 2023, 525, "USD million", "actual"),
            ("Total", 2027, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # 700 / 525 - 1 = 33.333% -> a third, 33.3 (bounds 699.5 / 525.5 -> 33.111%, 700.5 / 524.5 -> 33.556%)
            ("cagr|implied", "exact"),
            # (1100 / 700) ** (1 / 3) - 1 = 16.260% -> 16 (bounds, $1.1bn at half of 0.1 billion either way:
            # (1050 / 700.5) -> 14.444%, (1150 / 699.5) -> 18.024%)
            ("cagr|period", "exact"),
        ],
    ),
    # 5. an investor letter: "fell by half in 2023, to $29.3 billion from $58.6 billion in 2022" (-50%), "grew
    #    two-and-a-half times last year, to $73.5 billion" (x2.5 over 2023-2024, "last year" 2024 from the letter's
    #    date); "high-single-digit growth this year" nowhere
    dict(
        text=(
            "Halvard Capital Partners — letter to limited partners, 21 January 2025\n"
            "Dear partners,\n"
            "Memory is the most cyclical corner of the chip business, and the past three years showed why. Worldwide "
            "NAND flash revenue fell by half in 2023, to $29.3 billion from $58.6 billion in 2022, as phone and PC "
            "makers stopped buying. Then it grew two-and-a-half times last year, to $73.5 billion, on the back of AI "
            "servers' appetite for solid-state storage. We expect no better than high-single-digit growth this year, "
            "and we have trimmed our position accordingly."
        ),
        obs=[
            ("Total", 2022, 58.6, "USD billion", "actual"),
            ("Total", 2023, 29.3, "USD billion", "actual"),
            ("Total", 2024, 73.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -50, "percent", 2022, 2023, 1.0),
            ("multiple", 2.5, "multiple", 2023, 2024, 1.0),  # 73.5 / 29.3 = 2.509: two-and-a-half times
        ],
        verdicts=[
            # 29.3 / 58.6 - 1 = -50.000% -> by half, -50 (bounds 29.25 / 58.65 -> -50.128%, 29.35 / 58.55 -> -49.872%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 6. a news feature in euros: "three hundred million euros ... last year" (2024, 300 EUR million), "a fifth larger
    #    than the €250 million of 2023" (20%); "about a quarter of that spending" and "double-digit growth" nowhere
    dict(
        text=(
            "PARIS, 3 March 2025 — French farms spent three hundred million euros on precision-agriculture drones, "
            "and on the contractors who fly them, last year — a fifth larger than the €250 million of 2023, the "
            "growers' federation Terres Connectées estimates. Vineyards account for about a quarter of that spending. "
            "The federation expects double-digit growth again this year as sprayer drones win approval for more crops."
        ),
        obs=[
            ("Total", 2024, 300, "EUR million", "actual"),
            ("Total", 2023, 250, "EUR million", "actual"),
        ],
        claims=[("growth", 20, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 300 / 250 - 1 = 20.000% -> a fifth, 20 (bounds 299.5 / 250.5 -> 19.561%, 300.5 / 249.5 -> 20.441%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 7. a column: "just shy of $12 billion last year" (2024, approximate), "up some 31% on the $9.1 billion of 2023"
    #    (reached only at the rounding of the round 12), "upward of $20 billion by 2027" (an approximate estimate);
    #    "billions" nowhere
    dict(
        text=(
            "COLUMN · The orbit economy, 18 April 2025\n"
            "For a decade we were promised billions from satellite broadband. They have, more or less, arrived. "
            "Subscriptions worldwide brought in just shy of $12 billion last year, up some 31% on the $9.1 billion of "
            "2023, by the count of Polaris Orbital Analytics, and the firm reckons revenue will be upward of $20 "
            "billion by 2027. Whether the operators ever earn back the cost of their constellations is another column."
        ),
        obs=[
            ("Total", 2024, 12, "USD billion", "actual"),
            ("Total", 2023, 9.1, "USD billion", "actual"),
            ("Total", 2027, 20, "USD billion", "estimate"),
        ],
        claims=[("growth", 31, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 12 / 9.1 - 1 = 31.868%, not 31 +- 0.5; bounds (11.5 / 9.15) -> 25.683%, (12.5 / 9.05) -> 38.122%:
            # 31 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. an earnings call's prepared remarks: the addressable market "as a $2.5 billion-plus opportunity in 2024"
    #    (approximate), "against $2.1 billion in 2023", "roughly 19% growth"; the company's revenue, its rate and
    #    "high-single-digit growth in operating expenses" nowhere
    dict(
        text=(
            "Transcript, fourth-quarter 2024 earnings call, Ostrava Industrial Security (11 February 2025)\n"
            "Chief financial officer: A word on the market before the numbers. We size the addressable market for "
            "industrial cybersecurity, by which we mean protecting the operational-technology networks of plants, "
            "pipelines and utilities, as a $2.5 billion-plus opportunity in 2024, against $2.1 billion in 2023, so "
            "roughly 19% growth. Our own revenue rose 27% to $412 million, and for 2025 we are planning for "
            "high-single-digit growth in operating expenses."
        ),
        obs=[
            ("Total", 2024, 2.5, "USD billion", "actual"),
            ("Total", 2023, 2.1, "USD billion", "actual"),
        ],
        claims=[("growth", 19, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.5 / 2.1 - 1 = 19.048% -> 19 (bounds 2.45 / 2.15 -> 13.953%, 2.55 / 2.05 -> 24.390%)
        ],
    ),
    # 9. a news item in sterling: "about £1.9 billion last year" (2024), "roughly 18% a year over the next five years,
    #    reaching £4.4 billion" (2029, an estimate; the CAGR's span counted from the dated base, its stated/inferred left
    #    open); "mid-teens growth in 2025" and "three in four" nowhere
    dict(
        text=(
            "LONDON, 14 January 2025 — Britain's heat-pump installation market was worth about £1.9 billion last year, "
            "and the installers' trade body HeatLink expects it to grow by roughly 18% a year over the next five "
            "years, reaching £4.4 billion. Member firms are bracing for mid-teens growth in 2025 as grant money is "
            "topped up; three in four of the units they fit are air-source models."
        ),
        obs=[
            ("Total", 2024, 1.9, "GBP billion", "actual"),
            ("Total", 2029, 4.4, "GBP billion", "estimate"),
        ],
        claims=[("cagr", 18, "percent", 2024, 2029, None)],
        verdicts=[
            # (4.4 / 1.9) ** (1 / 5) - 1 = 18.288% -> 18 (bounds (4.35 / 1.95) -> 17.406%, (4.45 / 1.85) -> 19.189%)
            ("cagr|period", "exact"),
        ],
    ),
    # 10. a wire story: "some $480 billion ... last year" (2024), "4% more than the $455 billion of the year before"
    #     (2023; a rate its amounts contradict), "roughly $500 billion this year" (2025, an estimate); the $800 price
    #     line and "close to half of that" nowhere
    dict(
        text=(
            "TAIPEI, Jan. 30, 2025 — Handset makers worldwide took in some $480 billion from smartphone sales last "
            "year, 4% more than the $455 billion of the year before, according to a tally by the research house "
            "Meridian Handset Tracker. Phones priced above $800 brought in close to half of that, and the tracker sees "
            "the market edging up to roughly $500 billion this year."
        ),
        obs=[
            ("Total", 2024, 480, "USD billion", "actual"),
            ("Total", 2023, 455, "USD billion", "actual"),
            ("Total", 2025, 500, "USD billion", "estimate"),
        ],
        claims=[("growth", 4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 480 / 455 - 1 = 5.495%; bounds (479.5 / 455.5) -> 5.269%, (480.5 / 454.5) -> 5.721%: 4 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. a trade weekly: "shrank by a quarter in 2023, to $6.3 billion from $8.4 billion in 2022" (-25%), "Last year they
    #     recovered to $7.0 billion, up 11%" (2024), "Mirrorless bodies accounted for $4.9 billion ..., or 70%" (a part with
    #     its share)
    dict(
        text=(
            "Imaging Trade Weekly, 6 March 2025\n"
            "Camera sales have come back, if not all the way. Worldwide sales of interchangeable-lens cameras shrank by "
            "a quarter in 2023, to $6.3 billion from $8.4 billion in 2022, as phones kept eating the entry level. Last "
            "year they recovered to $7.0 billion, up 11%. Mirrorless bodies accounted for $4.9 billion of the 2024 "
            "total, or 70%."
        ),
        obs=[
            ("Mirrorless bodies", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2022, 8.4, "USD billion", "actual"),
            ("Total", 2023, 6.3, "USD billion", "actual"),
            ("Total", 2024, 7.0, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -25, "percent", 2022, 2023, 1.0),
            ("growth", 11, "percent", 2023, 2024, 1.0),
            ("share", 70, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 6.3 / 8.4 - 1 = -25.000% -> a quarter, -25 (bounds 6.25 / 8.45 -> -26.036%, 6.35 / 8.35 -> -23.952%)
            ("cagr|implied", "exact"),
            ("cagr|implied", "exact"),  # 7.0 / 6.3 - 1 = 11.111% -> 11 (bounds 6.95 / 6.35 -> 9.449%, 7.05 / 6.25 -> 12.800%)
            ("arithmetic", "exact"),  # 4.9 / 7.0 = 70.000% -> 70 (bounds 4.85 / 7.05 -> 68.794%, 4.95 / 6.95 -> 71.223%)
        ],
    ),
    # 12. a news story in sterling: "just over £410 million ... last year" (2024, GBP million), "23% more than the £335
    #     million they spent in 2023" (reached only at the rounding), "pass half a billion pounds this year" (2025, 500 in
    #     the series' GBP million, an estimate); "one in every three of those pounds" nowhere
    dict(
        text=(
            "LONDON, 11 September 2025 — Britons spent just over £410 million on cloud-gaming subscriptions last year, "
            "23% more than the £335 million they spent in 2023, according to the UK Interactive Leisure Association. "
            "The association reckons the market will pass half a billion pounds this year; console owners, it says, "
            "pay roughly one in every three of those pounds."
        ),
        obs=[
            ("Total", 2024, 410, "GBP million", "actual"),
            ("Total", 2023, 335, "GBP million", "actual"),
            ("Total", 2025, 500, "GBP million", "estimate"),
        ],
        claims=[("growth", 23, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 410 / 335 - 1 = 22.388%, not 23 +- 0.5; bounds (409.5 / 335.5) -> 22.057%, (410.5 / 334.5) -> 22.720%:
            # 23 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. an investor day's remarks: "Last year customers spent $18.5 billion" (2024), "$31 billion in 2028, a 16% compound
    #     rate" (inferred, contradicted by its amounts), "upwards of $40 billion" out to 2030 (an approximate estimate);
    #     the event's title year and "low single digits" nowhere
    dict(
        text=(
            "Investor Day 2025, New York, 13 May 2025 — remarks by the chief strategy officer (transcript excerpt)\n"
            "\"When we last met, automation software was a sideshow. Last year customers spent $18.5 billion on it, "
            "and we see that at $31 billion in 2028, a 16% compound rate. Out to 2030 we think it is upwards of $40 "
            "billion. Our own share is in the low single digits, which is exactly why we are excited.\""
        ),
        obs=[
            ("Total", 2024, 18.5, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
            ("Total", 2030, 40, "USD billion", "estimate"),
        ],
        claims=[("cagr", 16, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            # (31 / 18.5) ** (1 / 4) - 1 = 13.775%; bounds (30.5 / 18.55) -> 13.237%, (31.5 / 18.45) -> 14.309%:
            # 16 +- 0.5 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 14. a news feature: "a multibillion-dollar market" nowhere, "nearly quadrupled between 2021 and 2024, to $2.3
    #     billion from $610 million" (x4 over 2021-2024; 2021 in the series' USD billion, 0.61), "Chinese models
    #     accounted for $1.4 billion, or 61% of last year's total" (a part with its share)
    dict(
        text=(
            "SAN JOSE, Calif., July 8, 2025 — Three years ago automotive lidar was a curiosity; today it is a "
            "multibillion-dollar market. Sales of lidar sensors to carmakers nearly quadrupled between 2021 and 2024, "
            "to $2.3 billion from $610 million, according to Vantor Mobility Research. Chinese models accounted for "
            "$1.4 billion, or 61% of last year's total."
        ),
        obs=[
            ("Chinese models", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2021, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 2.3 / 0.61 = 3.770: nearly quadrupled
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.4 / 2.3 = 60.870% -> 61 (bounds 1.35 / 2.35 -> 57.447%, 1.45 / 2.25 -> 64.444%)
        ],
    ),
    # 15. a keynote recap in euros: "roughly €4.7 billion ... last year" (2024), "€15 billion by 2030, a compound annual
    #     growth rate of 22% over 2024-2030" (stated, reached only at the rounding); "about a quarter of that revenue"
    #     and "hundreds of thousands more plugs" nowhere
    dict(
        text=(
            "Keynote recap — EV Charging Europe, Amsterdam, 23 October 2025\n"
            "Opening the conference, the chief executive of the charge-point operator Voltera told delegates that "
            "Europe's public charging networks took in roughly €4.7 billion in charging revenue last year and should "
            "bring in €15 billion by 2030, a compound annual growth rate of 22% over 2024-2030. Motorway fast chargers "
            "earn about a quarter of that revenue today, she said, and the continent still needs hundreds of thousands "
            "more plugs."
        ),
        obs=[
            ("Total", 2024, 4.7, "EUR billion", "actual"),
            ("Total", 2030, 15, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 22, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (15 / 4.7) ** (1 / 6) - 1 = 21.339%, not 22 +- 0.5; bounds (14.5 / 4.75) -> 20.442%, (15.5 / 4.65) ->
            # 22.221%: 22 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 16. a podcast transcript, figures spoken: "about four point four billion dollars last year" (2024), "The year
    #     before, four billion even" (2023), "up a tenth" (10%), "seven billion in 2029, call it ten percent a year"
    #     (inferred); the episode number, "a quarter of it", "high-single-digit growth" and "mid-teens" nowhere
    dict(
        text=(
            "Transcript excerpt — The Supply Side, episode 212 (recorded 6 May 2025)\n"
            "HOST: So how big is cold-chain logistics software these days?\n"
            "GUEST: Globally, about four point four billion dollars last year. The year before, four billion even, so "
            "up a tenth.\n"
            "HOST: And where does it go from there?\n"
            "GUEST: We model seven billion in 2029, call it ten percent a year. Pharma is maybe a quarter of it. I'd "
            "expect high-single-digit growth in North America and mid-teens in Southeast Asia."
        ),
        obs=[
            ("Total", 2024, 4.4, "USD billion", "actual"),
            ("Total", 2023, 4.0, "USD billion", "actual"),
            ("Total", 2029, 7.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 10, "percent", 2023, 2024, 1.0),
            ("cagr", 10, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # 4.4 / 4.0 - 1 = 10.000% -> a tenth, 10 (bounds, four billion at half a billion either way:
            # 4.35 / 4.5 -> -3.333%, 4.45 / 3.5 -> 27.143%)
            ("cagr|implied", "exact"),
            # (7.0 / 4.4) ** (1 / 5) - 1 = 9.731% -> 10 (bounds (6.5 / 4.45) -> 7.872%, (7.5 / 4.35) -> 11.510%)
            ("cagr|period", "exact"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 17. a keynote slide copied as a pipe table: "~$45B" cells (approximate, USD billion), a 2028E column (estimate), a
    #     "Growth" column of "2x" cells (x2 over 2024-2028), a Total row; the slide number nowhere
    dict(
        text=(
            "Helix Compute developer conference keynote, 14 May 2025 — slide 9, \"The inference opportunity\"\n"
            "| Segment | 2024 | 2028E | Growth |\n"
            "|---|---|---|---|\n"
            "| Cloud inference | ~$45B | ~$95B | 2x |\n"
            "| Enterprise on-prem | ~$12B | ~$26B | 2x |\n"
            "| Edge devices | ~$8B | ~$17B | 2x |\n"
            "| Total | ~$65B | ~$138B | 2x |\n"
            "Source: Helix Compute estimates; E = estimate."
        ),
        obs=[
            ("Cloud inference", 2024, 45, "USD billion", "actual"),
            ("Cloud inference", 2028, 95, "USD billion", "estimate"),
            ("Enterprise on-prem", 2024, 12, "USD billion", "actual"),
            ("Enterprise on-prem", 2028, 26, "USD billion", "estimate"),
            ("Edge devices", 2024, 8, "USD billion", "actual"),
            ("Edge devices", 2028, 17, "USD billion", "estimate"),
            ("Total", 2024, 65, "USD billion", "actual"),
            ("Total", 2028, 138, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 95 / 45 = 2.111
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 26 / 12 = 2.167
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 17 / 8 = 2.125
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 138 / 65 = 2.123
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 45 + 12 + 8 = 65; 95 + 26 + 17 = 138
        ],
    ),
    # 18. an investor letter's appendix as a pipe table, amounts as "$1.2 tn" and "$850 bn" mixed: each row a market of
    #     its own, its series in the unit its 2024 cell prints (a 2030F "$1.1 tn" beside "$850 bn" is 1100 USD billion),
    #     2030F an estimate, a "CAGR 2024-30" column (stated)
    dict(
        text=(
            "Appendix to our January 2025 investor letter — markets we track (house estimates)\n"
            "| Market | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| IT services | $1.2 tn | $1.7 tn | 6.0% |\n"
            "| Consumer electronics | $850 bn | $1.1 tn | 4.4% |\n"
            "| Public cloud services | $680 bn | $1.6 tn | 15.3% |\n"
            "| Semiconductors | $630 bn | $1.1 tn | 9.7% |\n"
            "| Cybersecurity | $210 bn | $380 bn | 10.4% |"
        ),
        obs=[
            ("IT services", 2024, 1.2, "USD trillion", "actual"),
            ("IT services", 2030, 1.7, "USD trillion", "estimate"),
            ("Consumer electronics", 2024, 850, "USD billion", "actual"),
            ("Consumer electronics", 2030, 1100, "USD billion", "estimate"),
            ("Public cloud services", 2024, 680, "USD billion", "actual"),
            ("Public cloud services", 2030, 1600, "USD billion", "estimate"),
            ("Semiconductors", 2024, 630, "USD billion", "actual"),
            ("Semiconductors", 2030, 1100, "USD billion", "estimate"),
            ("Cybersecurity", 2024, 210, "USD billion", "actual"),
            ("Cybersecurity", 2030, 380, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 6.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 4.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 9.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 10.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1.7 / 1.2) ** (1 / 6) - 1 = 5.977% -> 6.0 (bounds 4.736% .. 7.248%)
            ("cagr", "exact"),  # (1100 / 850) ** (1 / 6) - 1 = 4.391% -> 4.4 (bounds 3.574% .. 5.177%)
            ("cagr", "exact"),  # (1600 / 680) ** (1 / 6) - 1 = 15.328% -> 15.3 (bounds 14.705% .. 15.935%)
            ("cagr", "exact"),  # (1100 / 630) ** (1 / 6) - 1 = 9.734% -> 9.7 (bounds 8.872% .. 10.565%)
            ("cagr", "exact"),  # (380 / 210) ** (1 / 6) - 1 = 10.389% -> 10.4 (bounds 10.321% .. 10.457%)
        ],
    ),
    # 19. a trade council's space-aligned table in "(US$ billion)": 2023 and 2024 columns, a "Change" column with "+18%"
    #     cells and one "flat" (no printed rate, nowhere), a Total row
    dict(
        text=(
            "Streaming Trade Council — press materials, 20 February 2025\n"
            "US streaming-video revenue by service type (US$ billion)\n"
            "Service type             2023      2024    Change\n"
            "Subscription (SVOD)      61.2      72.2      +18%\n"
            "Ad-supported (AVOD)      19.5      23.6      +21%\n"
            "Transactional (TVOD)      6.4       6.4      flat\n"
            "Total                    87.1     102.2      +17%"
        ),
        obs=[
            ("Subscription (SVOD)", 2023, 61.2, "USD billion", "actual"),
            ("Subscription (SVOD)", 2024, 72.2, "USD billion", "actual"),
            ("Ad-supported (AVOD)", 2023, 19.5, "USD billion", "actual"),
            ("Ad-supported (AVOD)", 2024, 23.6, "USD billion", "actual"),
            ("Transactional (TVOD)", 2023, 6.4, "USD billion", "actual"),
            ("Transactional (TVOD)", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2023, 87.1, "USD billion", "actual"),
            ("Total", 2024, 102.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 72.2 / 61.2 - 1 = 17.974% -> 18 (bounds 17.796% .. 18.152%)
            ("cagr|implied", "exact"),  # 23.6 / 19.5 - 1 = 21.026% -> 21 (bounds 20.460% .. 21.594%)
            ("cagr|implied", "exact"),  # 102.2 / 87.1 - 1 = 17.336% -> 17 (bounds 17.212% .. 17.461%)
            ("hierarchy", "exact"),  # 61.2 + 19.5 + 6.4 = 87.1; 72.2 + 23.6 + 6.4 = 102.2
        ],
    ),
    # 20. a newsletter's vertical tab table headed by its unit only ("US$ bn", the Total): years as rows, a "YoY" column
    #     ("—" for the first year, nowhere), a "2025E" row with "~23" (an approximate estimate); the notes nowhere
    dict(
        text=(
            "Edge data centres: global spending by year (our tally, updated 3 March 2025)\n"
            "Year\tUS$ bn\tYoY\n"
            "2021\t11.8\t—\n"
            "2022\t14.3\t+21%\n"
            "2023\t15.9\t+11%\n"
            "2024\t19.4\t+22%\n"
            "2025E\t~23\t+19%\n"
            "E = estimate; ~ = rounded."
        ),
        obs=[
            ("Total", 2021, 11.8, "USD billion", "actual"),
            ("Total", 2022, 14.3, "USD billion", "actual"),
            ("Total", 2023, 15.9, "USD billion", "actual"),
            ("Total", 2024, 19.4, "USD billion", "actual"),
            ("Total", 2025, 23, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2021, 2022, 1.0),
            ("growth", 11, "percent", 2022, 2023, 1.0),
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.3 / 11.8 - 1 = 21.186% -> 21 (bounds 20.253% .. 22.128%)
            ("cagr|implied", "exact"),  # 15.9 / 14.3 - 1 = 11.189% -> 11 (bounds 10.453% .. 11.930%)
            ("cagr|implied", "exact"),  # 19.4 / 15.9 - 1 = 22.013% -> 22 (bounds 21.317% .. 22.713%)
            ("cagr|implied", "exact"),  # 23 / 19.4 - 1 = 18.557% -> 19 (bounds 22.5 / 19.45 -> 15.681%, 23.5 / 19.35 -> 21.447%)
        ],
    ),

    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 21. a provincial press conference reported as news: 去年 and 前年 from the dateline, amounts in Chinese numerals
    #    (三千二百亿元, 两千四百六十亿元) with an exact rate, 较2021年翻了一番 (x2 over 2021-2024, no 2021 amount); a part's
    #    增长近三成 is a rate in words, expected nowhere
    dict(
        text=(
            "本报讯（记者 林晓 2025年3月6日）在省政府新闻办今天举行的发布会上，省发展改革委副主任介绍，去年全省低空经济"
            "产业规模达到三千二百亿元，比前年的两千四百六十亿元增长30.1%，较2021年翻了一番。其中，无人机整机制造产值增长近"
            "三成，全省低空飞行服务企业超过1,300家。"
        ),
        obs=[
            ("Total", 2024, 3200, "CNY 100 million", "actual"),
            ("Total", 2023, 2460, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2021, 2024, 3.0),  # 翻了一番: x2; the 2021 amount is not printed
        ],
        verdicts=[
            # 3200 / 2460 - 1 = 30.081% -> 30.1 (三千二百 to the hundred, 两千四百六十 to the ten: bounds (3150 / 2465)
            # -> 27.789%, (3250 / 2455) -> 32.383%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. a commentary: 几十亿, 千亿级市场, 万亿赛道 and 数百亿 are size talk, no figures (expected nowhere); the one measured
    #    market with its base and an exact rate
    dict(
        text=(
            "【评论】储能别被“万亿赛道”冲昏了头\n"
            "几年前，工商业储能还只是一门几十亿的小生意；如今，“千亿级市场”“万亿赛道”之类的说法在各种路演上随处可见。热闹归"
            "热闹，账还得算清楚。据储联研究院统计，2024年我国新型储能系统市场规模约为1,860亿元，较2023年的1,420亿元增长"
            "31.0%；真正能跑通盈利模式的户用储能，一年也不过数百亿的体量。"
        ),
        obs=[
            ("Total", 2024, 1860, "CNY 100 million", "actual"),
            ("Total", 2023, 1420, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1860 / 1420 - 1 = 30.986% -> 31.0
        ],
    ),
    # 23. a broker's 晨会纪要 dated 2024-11-20: 今年 (2024, an estimate) and 明年 (2025) with a rate reached only at the
    #    rounding; 海外市场 a second market in 亿美元 with its 约合 conversion nowhere; 2030年前后……1.2万亿元 2030's
    #    approximate estimate converted to the series' unit (12000); the rating nowhere
    dict(
        text=(
            "【晨会纪要】2024年11月20日 星期三\n"
            "电子组（AI服务器）：我们测算今年国内AI服务器市场规模约为2,150亿元，明年有望达到2,780亿元，同比增长29.4%；海外市场"
            "明年约为1,250亿美元（约合人民币9,000亿元）。远期看，国内市场规模在2030年前后有望达到1.2万亿元。维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2024, 2150, "CNY 100 million", "estimate"),
            ("Total", 2025, 2780, "CNY 100 million", "estimate"),
            ("海外市场", 2025, 1250, "USD 100 million", "estimate"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 29.4, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 2780 / 2150 - 1 = 29.302%, not 29.4 +- 0.05; bounds (2779.5 / 2150.5) -> 29.249%, (2780.5 / 2149.5) ->
            # 49.356%: 29.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. a 公众号 article under its 原创 line: the year with its bracketed base and an exact rate; 占比近六成, 约占三分之一,
    #    已经过半 and 每五元中就有一元 are shares in words, expected nowhere
    dict(
        text=(
            "原创 数智观察 2025年01月08日 19:30 北京\n"
            "智能座舱这块蛋糕，到底谁在分？\n"
            "2024年，国内智能座舱市场规模达到1,385亿元，同比增长22.6%（2023年为1,130亿元）。从构成看，车载显示屏占比近六成，"
            "域控制器等计算平台约占三分之一；从客户看，自主品牌的采购额已经过半。换个说法：今天一辆新车的电子电气支出里，"
            "每五元中就有一元花在了座舱上。"
        ),
        obs=[
            ("Total", 2024, 1385, "CNY 100 million", "actual"),
            ("Total", 2023, 1130, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 22.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1385 / 1130 - 1 = 22.566% -> 22.6
        ],
    ),
    # 25. a Taiwan newspaper in Traditional Chinese dated 2025-02-12: 去年……1.52兆元 opens the series in TWD trillion, so
    #    前年的9,860億元 is expected converted (0.986); 年增率58.6% is contradicted by them; 今年可望突破2兆元 (2025, an
    #    approximate estimate) 將是2023年的兩倍以上 (x2 over 2023-2025)
    dict(
        text=(
            "（本報記者台北2025年2月12日電）台灣電子產業研究中心今天表示，去年台灣伺服器產值達新台幣1.52兆元，較前年的9,860億元"
            "大幅成長，年增率達58.6%；受AI伺服器拉貨帶動，今年產值可望突破2兆元，將是2023年的兩倍以上。"
        ),
        obs=[
            ("Total", 2024, 1.52, "TWD trillion", "actual"),
            ("Total", 2023, 0.986, "TWD trillion", "actual"),
            ("Total", 2025, 2, "TWD trillion", "estimate"),
        ],
        claims=[
            ("growth", 58.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2025, 2.0),  # 2 / 0.986 = 2.028: 兩倍以上 as x2
        ],
        verdicts=[
            # 21.52 / 0.986 - 1 = 54.158%; bounds (1.515 / 0.98605) -> 53.643%, (1.525 / 0.98595) -> 54.673%:
            # 78.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a Hong Kong paper in Traditional Chinese dated December 2024: 今年 (2024, an estimate) in 億港元 with a rate whose
    #    base is not printed, 較2020年的45億港元翻了兩番 (x4 over 2020-2024), 明年 (2025) with an exact 增幅約; 佔比過半 a
    #    share in words, nowhere
    dict(
        text=(
            "【財經日報】2024年12月16日\n"
            "本港金融科技市場持續擴張。據香港金融科技研究院估算，今年市場規模預計達到約182億港元，按年增長12.3%，較2020年的"
            "45億港元翻了兩番；研究院預期明年可增至205億港元，增幅約12.6%。當中支付相關業務佔比過半。"
        ),
        obs=[
            ("Total", 2024, 182, "HKD 100 million", "estimate"),
            ("Total", 2020, 45, "HKD 100 million", "actual"),
            ("Total", 2025, 205, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2020, 2024, 4.0),  # 182 / 45 = 4.044: 翻了兩番 as x4
            ("growth", 12.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 205 / 182 - 1 = 12.637% -> 12.6
        ],
    ),
    # 27. a city's “十四五” press conference dated 2025-03-12: 2020年的五千一百亿元 in Chinese numerals, 去年首次突破一万亿元，
    #    达到10,280亿元 expected once (10280), its rate on 2023's amount exact, 较2020年翻了一番 (x2 over 2020-2024) and
    #    今年有望超过一万一千亿元 2025's approximate estimate; the period's name nowhere
    dict(
        text=(
            "2025年3月12日，在市政府“十四五”成就系列发布会上，市经信局局长表示：“十四五”期间，全市数字经济核心产业营业收入"
            "从2020年的五千一百亿元起步，去年首次突破一万亿元，达到10,280亿元，比2023年的8,970亿元增长14.6%，较2020年翻了"
            "一番。今年有望超过一万一千亿元。"
        ),
        obs=[
            ("Total", 2020, 5100, "CNY 100 million", "actual"),
            ("Total", 2024, 10280, "CNY 100 million", "actual"),
            ("Total", 2023, 8970, "CNY 100 million", "actual"),
            ("Total", 2025, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),  # 10280 / 5100 = 2.016: 翻了一番 as x2
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10280 / 8970 - 1 = 14.604% -> 14.6
        ],
    ),
    # 28. a news page with a headline and a source line dated 2025-01-15: the headline's 逾800亿元 restates the body's 812
    #    (expected once), an exact rate on 2023's amount, 约是2022年（540亿元）的1.5倍 (x1.5 over 2022-2024) beside
    #    较2020年则增长了1.5倍 (增长N倍 keeps its printed N: x1.5 over 2020-2024, no 2020 amount)
    dict(
        text=(
            "充电运营市场规模逾800亿元\n"
            "2025-01-15 08:30 来源：能源日报网\n"
            "据电联充电研究中心统计，去年我国公共充电运营市场交易规模达812亿元，同比增长24.2%，2023年为653.6亿元。这一规模约是"
            "2022年（540亿元）的1.5倍，较2020年则增长了1.5倍。"
        ),
        obs=[
            ("Total", 2024, 812, "CNY 100 million", "actual"),
            ("Total", 2023, 653.6, "CNY 100 million", "actual"),
            ("Total", 2022, 540, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2022, 2024, 2.0),  # 812 / 540 = 1.504 -> x1.5
            ("multiple", 1.5, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 812 / 653.6 - 1 = 24.235% -> 24.2
        ],
    ),
    # 29. a news item dated 2025-01-20: 去年……降至近两千亿元 (2024, approximate, 2000), 较前年缩水三分之一 a decline of a
    #    third (-33.3, no 2023 amount), 对欧洲出口同比下降近一半 a part's decline of about half (-50), 中东市场 a part with
    #    both years and an exact rate, 储能电池出口 a second market from 2023 to 2024 同比增长超过一倍 (x2 over one year)
    dict(
        text=(
            "（2025年1月20日）受组件价格持续走低影响，去年我国光伏组件出口额降至近两千亿元，较前年缩水三分之一。分市场看，"
            "对欧洲出口同比下降近一半；中东市场逆势增长，出口额为312亿元，同比增长41.8%，2023年为220亿元。与之形成对比的是，"
            "储能电池出口从2023年的320亿元增至约680亿元，同比增长超过一倍。"
        ),
        obs=[
            ("Total", 2024, 2000, "CNY 100 million", "actual"),
            ("中东市场", 2024, 312, "CNY 100 million", "actual"),
            ("中东市场", 2023, 220, "CNY 100 million", "actual"),
            ("储能电池出口", 2023, 320, "CNY 100 million", "actual"),
            ("储能电池出口", 2024, 680, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -33.3, "percent", 2023, 2024, 1.0),  # 缩水三分之一, as "fell by a third"
            ("growth", -50, "percent", 2023, 2024, 1.0),  # 对欧洲出口 下降近一半, as "fell by half" (approximate)
            ("growth", 41.8, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2024, 1.0),  # 680 / 320 = 2.125: 增长超过一倍 as x2
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 220 - 1 = 41.818% -> 41.8
        ],
    ),
    # 30. a 公众号 post dated 2024-06-18 in 亿美元: 2023's figure, 较上年增长两成多 a rate in words and 国产化率不足一成 a
    #     localisation rate in words (both nowhere), 未来五年 from the dated 2023 base to 2028 (a span in words,
    #     inferred), reached only at the rounding of its amounts
    dict(
        text=(
            "原创 车芯研究社 2024-06-18 10:02 发表于上海\n"
            "据赛恩咨询测算，2023年中国车规级MCU市场规模约为38亿美元，较上年增长两成多，国产化率仍不足一成。赛恩咨询预计，"
            "未来五年该市场年均复合增长率约为17.7%，到2028年规模将达到85亿美元。"
        ),
        obs=[
            ("Total", 2023, 38, "USD 100 million", "actual"),
            ("Total", 2028, 85, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 17.7, "percent", 2023, 2028, None, "inferred")],
        verdicts=[
            # (85 / 38) ** (1 / 5) - 1 = 17.470%, not 17.7 +- 0.05; bounds (84.5 / 38.5) -> 17.025%, (85.5 / 37.5) ->
            # 37.920%: 17.7 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. a Taiwan tech news site in Traditional Chinese dated 2025/04/02: 去年 (2024) in 新台幣億元, 五年間成長了四倍 (x4
    #     over 2019-2024, no 2019 amount), 約三分之二 a share in words (nowhere), 2027's estimate and a stated
    #     2024至2027年 CAGR, exact
    dict(
        text=(
            "科技新報網 2025/04/02\n"
            "台灣資料中心營運市場近年快速擴張，去年規模達新台幣612億元，五年間成長了四倍，其中雲端服務商貢獻了約三分之二的"
            "需求。研調機構預計，2027年市場規模將擴大至新台幣1,050億元，2024至2027年年複合成長率約19.7%。"
        ),
        obs=[
            ("Total", 2024, 612, "TWD 100 million", "actual"),
            ("Total", 2027, 1050, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2019, 2024, 5.0),
            ("cagr", 19.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (1050 / 612) ** (1 / 3) - 1 = 19.714% -> 19.7 (bounds (1049.5 / 612.5) -> 19.663%, (1050.5 / 611.5) ->
            # 39.766%)
            ("cagr", "exact"),
        ],
    ),
    # 32. a Hong Kong trade body in Traditional Chinese dated 2025-02-26: 去年 in 億港元 (its 約合 US$ conversion nowhere),
    #     按年增長 exact against 前年則為, 今年 (2025) an estimate; a part's 增長近三成 and 每十元……就有約三元 words, nowhere
    dict(
        text=(
            "（2025年2月26日）香港網購商會今日公布，去年本港網上零售銷貨額為486億港元（約合62億美元），按年增長12.8%；前年則為"
            "430.9億港元。其中透過手機下單的金額增長近三成，每十元網購消費中就有約三元花在跨境平台上。商會預計，今年銷貨額可達"
            "540億港元。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 430.9, "HKD 100 million", "actual"),
            ("Total", 2025, 540, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 12.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 430.9 - 1 = 12.787% -> 12.8
        ],
    ),
    # 33. a Taiwan institute in Traditional Chinese dated 2024-11-28: 今年 (2024, an estimate) with a rate whose base is
    #     not printed, 明年 (2025) with a 年增率 reached only at the rounding, 2028年前後……上看三千億元 2028's approximate
    #     estimate in Chinese numerals; 今（28）日 and 約占四成 nowhere
    dict(
        text=(
            "（2024年11月28日）產業科技策略研究所今（28）日發布預測，今年台灣公有雲服務市場規模預估為新台幣1,280億元，年增"
            "21.5%；明年可望成長至1,560億元，年增率21.8%。該所並預估，2028年前後市場規模將上看三千億元，其中SaaS約占四成。"
        ),
        obs=[
            ("Total", 2024, 1280, "TWD 100 million", "estimate"),
            ("Total", 2025, 1560, "TWD 100 million", "estimate"),
            ("Total", 2028, 3000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1560 / 1280 - 1 = 21.875%, not 21.8 +- 0.05; bounds (1559.5 / 1280.5) -> 21.788%, (1560.5 / 1279.5) ->
            # 41.962%: 21.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. a city news item dated 2024-12-09: 今年……超过百亿元，达到约106亿元 expected once (2024, an estimate, 106) with an
    #     exact rate on 2023's amount, 明年力争 (2025) a target; 上千亿元级的……产业集群 a size class, nowhere
    dict(
        text=(
            "（2024年12月9日）记者从市工信局获悉，今年全市人工智能核心产业规模预计将超过百亿元，达到约106亿元，同比增长35.9%，"
            "2023年为78亿元。按照行动方案，明年力争达到150亿元，到2027年培育形成上千亿元级的人工智能产业集群。"
        ),
        obs=[
            ("Total", 2024, 106, "CNY 100 million", "estimate"),
            ("Total", 2023, 78, "CNY 100 million", "actual"),
            ("Total", 2025, 150, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 35.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 106 / 78 - 1 = 35.897% -> 35.9
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 35. a broker's 晨会纪要 要点 table (pipe, key/value, 人民币): 约450亿 (2024, the market's), 翻倍 (x2 over 2023-2024,
    #     no 2023 amount), 约780亿 (2025, an estimate) with an exact 同比增长; the 渗透率 and the rating nowhere
    dict(
        text=(
            "晨会纪要（2025年1月6日）传媒互联网组·AIGC应用要点（人民币）\n"
            "| 要点 | 内容 |\n"
            "|---|---|\n"
            "| 2024年国内AIGC应用市场规模 | 约450亿 |\n"
            "| 较2023年 | 翻倍 |\n"
            "| 2025年预测 | 约780亿，同比增长73% |\n"
            "| C端付费渗透率 | 不足5% |\n"
            "| 行业评级 | 维持“推荐” |"
        ),
        obs=[
            ("Total", 2024, 450, "CNY 100 million", "actual"),
            ("Total", 2025, 780, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("growth", 73, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 780 / 450 - 1 = 73.333% -> 73
        ],
    ),
    # 36. a broker's aligned table mixing 亿元 and 万亿元: each row a market of its own in the unit its first cell prints,
    #     智能网联汽车's 1.05万亿元 converted to its row's 亿元 (10500); 2025E estimates, 同比 exact
    dict(
        text=(
            "华岳证券研究所：重点赛道规模测算（2025年2月）\n"
            "赛道                2024年          2025E          同比\n"
            "数据中心            2,860亿元       3,310亿元      15.7%\n"
            "工业互联网          1.35万亿元      1.49万亿元     10.4%\n"
            "智能网联汽车        8,600亿元       1.05万亿元     22.1%\n"
            "数字经济核心产业    13.2万亿元      14.3万亿元      8.3%\n"
            "注：2025E为本所预测。"
        ),
        obs=[
            ("数据中心", 2024, 2860, "CNY 100 million", "actual"),
            ("数据中心", 2025, 3310, "CNY 100 million", "estimate"),
            ("工业互联网", 2024, 1.35, "CNY trillion", "actual"),
            ("工业互联网", 2025, 1.49, "CNY trillion", "estimate"),
            ("智能网联汽车", 2024, 8600, "CNY 100 million", "actual"),
            ("智能网联汽车", 2025, 10500, "CNY 100 million", "estimate"),
            ("数字经济核心产业", 2024, 13.2, "CNY trillion", "actual"),
            ("数字经济核心产业", 2025, 14.3, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 15.7, "percent", 2024, 2025, 1.0),
            ("growth", 10.4, "percent", 2024, 2025, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
            ("growth", 8.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3310 / 2860 - 1 = 15.734% -> 15.7
            ("cagr|implied", "exact"),  # 1.49 / 1.35 - 1 = 10.370% -> 10.4
            ("cagr|implied", "exact"),  # 10500 / 8600 - 1 = 22.093% -> 22.1
            ("cagr|implied", "exact"),  # 14.3 / 13.2 - 1 = 8.333% -> 8.3
        ],
    ),
    # 37. a vertical pipe table in Traditional Chinese (新台幣億元): 市場規模 each year with 年增率 (2021's dash no rate,
    #     2024's contradicted by its figures), 2025年（預估） an estimate; the source line nowhere
    dict(
        text=(
            "台灣網路零售市場規模（單位：新台幣億元）\n"
            "| 年度 | 市場規模 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2021年 | 4,512 | — |\n"
            "| 2022年 | 4,986 | 10.5% |\n"
            "| 2023年 | 5,430 | 8.9% |\n"
            "| 2024年 | 5,872 | 9.6% |\n"
            "| 2025年（預估） | 6,360 | 8.3% |\n"
            "資料來源：商業發展研究所，2025年3月。"
        ),
        obs=[
            ("市場規模", 2021, 4512, "TWD 100 million", "actual"),
            ("市場規模", 2022, 4986, "TWD 100 million", "actual"),
            ("市場規模", 2023, 5430, "TWD 100 million", "actual"),
            ("市場規模", 2024, 5872, "TWD 100 million", "actual"),
            ("市場規模", 2025, 6360, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.5, "percent", 2021, 2022, 1.0),
            ("growth", 8.9, "percent", 2022, 2023, 1.0),
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", 8.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4986 / 4512 - 1 = 10.505% -> 10.5
            ("cagr|implied", "exact"),  # 5430 / 4986 - 1 = 8.905% -> 8.9
            # 5872 / 5430 - 1 = 8.140%; bounds (5871.5 / 5430.5) -> 8.121%, (5872.5 / 5429.5) -> 8.159%:
            # 29.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 6360 / 5872 - 1 = 8.311% -> 8.3
        ],
    ),
    # 38. a development commission's tab table in 亿元: 2024's 规模 by 环节 with 占比 (shares with part and whole) and
    #     同比增长 (no bases; 低空运营's 翻番 x2 over one year), a 合计 row; its 100.0% and the source line nowhere
    dict(
        text=(
            "表3 2024年全市低空经济产业规模构成（单位：亿元）\n"
            "环节\t规模\t占比\t同比增长\n"
            "低空制造\t412.6\t48.3%\t26.4%\n"
            "低空运营\t186.2\t21.8%\t翻番\n"
            "低空保障\t98.5\t11.5%\t18.2%\n"
            "综合服务\t157.1\t18.4%\t22.7%\n"
            "合计\t854.4\t100.0%\t35.4%\n"
            "数据来源：市发展改革委，2025年3月。"
        ),
        obs=[
            ("低空制造", 2024, 412.6, "CNY 100 million", "actual"),
            ("低空运营", 2024, 186.2, "CNY 100 million", "actual"),
            ("低空保障", 2024, 98.5, "CNY 100 million", "actual"),
            ("综合服务", 2024, 157.1, "CNY 100 million", "actual"),
            ("合计", 2024, 854.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 48.3, "percent", 2024, 2024, None),
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("share", 21.8, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("share", 11.5, "percent", 2024, 2024, None),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 35.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412.6 / 854.4 = 48.291% -> 48.3
            ("arithmetic", "exact"),  # 186.2 / 854.4 = 21.793% -> 21.8
            ("arithmetic", "exact"),  # 98.5 / 854.4 = 11.529% -> 11.5
            ("arithmetic", "exact"),  # 157.1 / 854.4 = 18.387% -> 18.4
            ("hierarchy", "exact"),  # 412.6 + 186.2 + 98.5 + 157.1 = 854.4
        ],
    ),
    # 39. a broker's 晨会纪要 aligned table (亿元): 2024A actual, 2025E and 2026E estimates, two parts adding to 合计, and a
    #     同比（合计） row whose rates are exact; the dash no rate
    dict(
        text=(
            "晨会纪要·新能源组（2025年2月10日）储能系统出货额预测（亿元）\n"
            "项目            2024A      2025E      2026E\n"
            "国内储能        1,186      1,520      1,890\n"
            "海外储能          742      1,065      1,372\n"
            "合计            1,928      2,585      3,262\n"
            "同比（合计）       —        34.1%      26.2%"
        ),
        obs=[
            ("国内储能", 2024, 1186, "CNY 100 million", "actual"),
            ("国内储能", 2025, 1520, "CNY 100 million", "estimate"),
            ("国内储能", 2026, 1890, "CNY 100 million", "estimate"),
            ("海外储能", 2024, 742, "CNY 100 million", "actual"),
            ("海外储能", 2025, 1065, "CNY 100 million", "estimate"),
            ("海外储能", 2026, 1372, "CNY 100 million", "estimate"),
            ("合计", 2024, 1928, "CNY 100 million", "actual"),
            ("合计", 2025, 2585, "CNY 100 million", "estimate"),
            ("合计", 2026, 3262, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.1, "percent", 2024, 2025, 1.0),
            ("growth", 26.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2585 / 1928 - 1 = 34.077% -> 34.1
            ("cagr|implied", "exact"),  # 3262 / 2585 - 1 = 26.190% -> 26.2
            # 1186 + 742 = 1928; 1520 + 1065 = 2585; 1890 + 1372 = 3262
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a tab table of 算力 segments, each a market of its own in 亿元 with word cells: 逾60亿元 and 约78亿元 at their
    #     printed figures, 增长近三成 a rate in words (nowhere), 翻倍 x2 over 2023-2024 (320 / 152 = 2.105), and one
    #     exact 增速
    dict(
        text=(
            "表 算力产业链细分领域规模（2025年3月整理）\n"
            "细分领域\t2023年\t2024年\t增速\n"
            "智算中心建设\t1,260亿元\t1,580亿元\t25.4%\n"
            "大模型一体机\t逾60亿元\t约78亿元\t增长近三成\n"
            "算力租赁\t152亿元\t约320亿元\t翻倍"
        ),
        obs=[
            ("智算中心建设", 2023, 1260, "CNY 100 million", "actual"),
            ("智算中心建设", 2024, 1580, "CNY 100 million", "actual"),
            ("大模型一体机", 2023, 60, "CNY 100 million", "actual"),
            ("大模型一体机", 2024, 78, "CNY 100 million", "actual"),
            ("算力租赁", 2023, 152, "CNY 100 million", "actual"),
            ("算力租赁", 2024, 320, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1580 / 1260 - 1 = 25.397% -> 25.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 6, 'exact': 56}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'roughly tripled over three years',
    'half a trillion dollars',
    'north of $40bn',
    'more than doubled',
    'mid-teens growth',
    'a $1.3-trillion market',
    "by decade's end",
    'some $700m',
    'up by a third',
    'hundreds of millions',
    'fell by half',
    'grew two-and-a-half times',
    'high-single-digit growth',
    'three hundred million euros',
    'a fifth larger',
    'just shy of $12 billion',
    'upward of $20',
    '$2.5 billion-plus',
    'over the next five years',
    'shrank by a quarter',
    'a multibillion-dollar market',
    'One in every five dollars',
    '| ~$45B | ~$95B | 2x |',
    '| $850 bn | $1.1 tn |',
    '6.4      flat',
    '三千二百亿元',
    '千亿级市场',
    '万亿赛道',
    '数百亿的体量',
    '约合人民币9,000亿元',
    '2030年前后有望达到1.2万亿元',
    '占比近六成',
    '每五元中就有一元',
    '1.52兆元，較前年的9,860億元',
    '翻了兩番',
    '“十四五”期间',
    '首次突破一万亿元',
    '的1.5倍，较2020年则增长了1.5倍',
    '近两千亿元，较前年缩水三分之一',
    '同比下降近一半',
    '同比增长超过一倍',
    '增长两成多',
    '未来五年',
    '五年間成長了四倍',
    '約三分之二',
    '超过百亿元',
    '上千亿元级',
    '| 约450亿 |',
    '| 翻倍 |',
    '1.05万亿元',
)
#: the set's blind score (written without reading or running the extractor, scored once, and kept unread while the
#: tables' readings chosen on the seventy-fourth set were checked on it): 95 figures, 40 rates, 43 verdicts and no false
#: inconsistent; 119, 58, 55 and 0 after those readings; its two false inconsistent under the prose readings that
#: followed were read and mended (a multiple said "last year", "our own revenue"), so it is chosen on since
FLOORS = {"figures_found": 142, "rates_found": 70, "verdicts_right": 62}
#: the false inconsistent verdicts the set may draw; at most this: one since the day a line opens on
#: ("（2025年1月20日）") no longer dates its yearless figures, so snippet 29's 41.8% is checked over 2023-2024, against
#: the 320 of the sentence after, whose subject (储能电池出口) is read as the Middle East's
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset75.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
