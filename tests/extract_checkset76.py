"""A seventy-sixth check set for the extractor, written blind: figures in words and round talk -- English news
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
    # 1. a dated news feature: "three hundred million euros" last year, "up by a third from ... the year before";
    #    "double-digit growth" and "the billions promised" nowhere
    dict(
        text=(
            "PARIS, 4 March 2025 — Sovereign cloud has gone from a talking point to a budget line. French public "
            "bodies and regulated companies spent three hundred million euros on certified sovereign-cloud services "
            "last year, up by a third from €225 million the year before, according to a tally kept by the "
            "consultancy Orsenne Conseil. Orsenne expects double-digit growth to carry on, though it warns that the "
            "billions promised by the big American providers for local data centres have yet to be spent."
        ),
        obs=[
            ("Total", 2024, 300, "EUR million", "actual"),
            ("Total", 2023, 225, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2023, 2024, 1.0),  # "up by a third"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 300 / 225 - 1 = 33.333% -> 33.3 ("a third")
        ],
    ),
    # 2. an earnings-call transcript: "a $1.3-trillion market by decade's end" (2030) opens the series in USD trillion,
    #    "Last year ... roughly half a trillion dollars" (2024, 0.5); "mid-teens growth" and the company's own growth
    #    nowhere
    dict(
        text=(
            "Corvane Systems, fiscal fourth-quarter 2024 earnings call, 19 February 2025 (transcript excerpt)\n"
            "CEO: Let me frame the opportunity before Maria takes you through the numbers. Enterprise process "
            "automation is, on our estimate, heading toward a $1.3-trillion market by decade's end. Last year it was "
            "roughly half a trillion dollars, so you are looking at mid-teens growth, compounded, for the rest of "
            "the decade. We grew our own revenue 22% in the year, well ahead of that."
        ),
        obs=[
            ("Total", 2030, 1.3, "USD trillion", "estimate"),
            ("Total", 2024, 0.5, "USD trillion", "actual"),  # half a trillion, in the series' unit
        ],
        claims=[],
        verdicts=[],
    ),
    # 3. a conference keynote recap: "grew two-and-a-half times in three years" (x2.5 over 2021-2024) between two
    #    printed amounts, "north of $40bn this year" (2025, an approximate estimate) with "a rise of about 27%";
    #    "one in every five dollars" nowhere
    dict(
        text=(
            "SAN FRANCISCO, 14 May 2025 — Opening the Edge Silicon Summit on Wednesday, the chief executive of the "
            "chip designer Marlow Semiconductor told the audience that the market for edge AI processors grew "
            "two-and-a-half times in three years, from $12.6 billion in 2021 to $31.5 billion last year. She expects "
            "it to be north of $40bn this year — a rise of about 27% — and said one in every five dollars now goes on "
            "chips for cars."
        ),
        obs=[
            ("Total", 2021, 12.6, "USD billion", "actual"),
            ("Total", 2024, 31.5, "USD billion", "actual"),
            ("Total", 2025, 40, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),  # 31.5 / 12.6 = 2.500: two-and-a-half times
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 40 / 31.5 - 1 = 26.984% -> 27
        ],
    ),
    # 4. a podcast's show notes dated June 2025: "some $700m" in 2022 opens the series in USD million, "more than
    #    doubled to $1.6bn last year" (2024, 1600 in the series' unit; x2 over 2022-2024); "hundreds of millions",
    #    "high-single-digit growth" and the episode number nowhere
    dict(
        text=(
            "Show notes — The Grid Edge Podcast, episode 212 (published 3 June 2025)\n"
            "This week we talk home batteries with the analyst Priya Raman. The quick numbers from the conversation: "
            "US residential battery storage was a business of some $700m in 2022, and Priya reckons it more than "
            "doubled to $1.6bn last year. Federal credits are still worth hundreds of millions a year to installers, "
            "and she sees high-single-digit growth as the floor for this year. Links and a full transcript below."
        ),
        obs=[
            ("Total", 2022, 700, "USD million", "actual"),
            ("Total", 2024, 1600, "USD million", "actual"),  # $1.6bn in the series' unit
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 1600 / 700 = 2.286: more than doubled
        ],
        verdicts=[],
    ),
    # 5. an investor letter: "just shy of $12 billion in 2024" and "upward of $17 billion in 2029" (approximate
    #    figures at their printed values), "roughly 7.5% a year" an inferred CAGR reached only at the rounding; the
    #    fund's own return nowhere
    dict(
        text=(
            "Letter to our limited partners, January 2025\n"
            "We continue to like industrial machine-vision software. By our count the market was worth just shy of "
            "$12 billion in 2024, and we expect it to be upward of $17 billion in 2029, which works out to roughly "
            "7.5% a year. The fund returned 14.2% net of fees over the same calendar year."
        ),
        obs=[
            ("Total", 2024, 12, "USD billion", "actual"),
            ("Total", 2029, 17, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 7.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (17 / 12) ** (1/5) - 1 = 7.215%, not 7.5 +- 0.05; bounds (16.5 / 12.5) ** (1/5) - 1 -> 5.710%,
            # (17.5 / 11.5) ** (1/5) - 1 -> 8.760%: 7.5 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. a dated news feature in pounds: "a fifth larger than the £1.8 billion they spent the year before" (20%, 2023),
    #    "two-thirds of the market" nowhere, "marketplace sellers handled 38% of all sales" a share without its part
    dict(
        text=(
            "LONDON, 11 February 2025 — Britain's taste for second-hand electronics shows no sign of fading. "
            "Consumers spent £2.16 billion on refurbished phones, laptops and tablets in 2024, a fifth larger than "
            "the £1.8 billion they spent the year before, according to the Circular Tech Council. Phones made up "
            "two-thirds of the market, and online marketplace sellers handled 38% of all sales."
        ),
        obs=[
            ("Total", 2024, 2.16, "GBP billion", "actual"),
            ("Total", 2023, 1.8, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),  # "a fifth larger"
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.16 / 1.8 - 1 = 20.000% -> 20 ("a fifth")
        ],
    ),
    # 7. a newspaper column: "a multibillion-dollar market" nowhere, "fell by half in 2024, to ... from ..." (-50%)
    #    between two printed amounts, a second market's "roughly tripled over three years, to ... in 2024" (x3 over
    #    2021-2024, Smart glasses)
    dict(
        text=(
            "COLUMN: The headset hangover. By Dana Whitcombe, 7 April 2025. Consumer virtual-reality headsets were "
            "supposed to be a multibillion-dollar market by now. Instead, worldwide spending on them fell by half in "
            "2024, to $3.1 billion from $6.2 billion in 2023, by the count of the tracker Lumen Devices. The money "
            "has drifted to lighter hardware: sales of smart glasses roughly tripled over three years, to $2.4 "
            "billion in 2024."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2023, 6.2, "USD billion", "actual"),
            ("Smart glasses", 2024, 2.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -50, "percent", 2023, 2024, 1.0),  # "fell by half"
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # smart glasses: roughly tripled, the 2021 amount unprinted
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.1 / 6.2 - 1 = -50.000% -> -50 ("by half")
        ],
    ),
    # 8. an earnings-call Q&A dated November 2025: "This year ... a $2.5 billion-plus market" (2025, an approximate
    #    estimate) against "about $2.1 billion last year" (2024), "up roughly 19%"; "double-digit rates" and the
    #    company's quarterly guidance nowhere
    dict(
        text=(
            "Q3 fiscal 2025 earnings call — 6 November 2025\n"
            "Analyst (Brenner & Co.): How big is the market for retail shelf-scanning robots at this point?\n"
            "CFO: This year we'd call it a $2.5 billion-plus market, against about $2.1 billion last year, so up "
            "roughly 19%. We think it compounds at double-digit rates from here. For our part, we are guiding to "
            "fourth-quarter revenue of $182 million."
        ),
        obs=[
            ("Total", 2025, 2.5, "USD billion", "estimate"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.5 / 2.1 - 1 = 19.048% -> 19
        ],
    ),
    # 9. a dated feature in euros: "last year, 9.8% more than the ... they spent in 2023" contradicted by its amounts,
    #    Germany a part with its share, "one in every five euros" nowhere, "north of €100bn by 2027" an approximate
    #    estimate
    dict(
        text=(
            "FRANKFURT, 9 April 2025 — European companies spent €86.4bn on cybersecurity products and services last "
            "year, 9.8% more than the €77.7bn they spent in 2023, the industry group CyberEurope said on Wednesday. "
            "Germany accounted for €21.6bn, or 25% of the total. Roughly one in every five euros went on managed "
            "detection and response, and the group sees spending north of €100bn by 2027."
        ),
        obs=[
            ("Total", 2024, 86.4, "EUR billion", "actual"),
            ("Total", 2023, 77.7, "EUR billion", "actual"),
            ("Germany", 2024, 21.6, "EUR billion", "actual"),
            ("Total", 2027, 100, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 86.4 / 77.7 - 1 = 11.197%; bounds (86.35 / 77.75) -> 11.061%, (86.45 / 77.65) -> 11.333%:
            # 9.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 21.6 / 86.4 = 25.000% -> 25
        ],
    ),
    # 10. a keynote in October 2025: 2024's amount, "should nearly double over the next five years" from that dated
    #     base (x2 over 2024-2029, the 2029 amount unprinted), "By decade's end ... upward of $30 billion" (2030, an
    #     approximate estimate); "Fewer than a quarter of U.S. homes" a penetration, nowhere
    dict(
        text=(
            "AUSTIN, Texas, 9 October 2025 — In her keynote at the Heat & Home Expo, the trade group's president "
            "said U.S. sales of residential heat pumps came to $14.2 billion in 2024 and should nearly double over "
            "the next five years as households replace ageing gas furnaces. By decade's end, she said, the category "
            "could be worth upward of $30 billion. Fewer than a quarter of U.S. homes have one today."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2030, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2029, 5.0),  # nearly double over the five years from 2024
        ],
        verdicts=[],
    ),
    # 11. a podcast's show notes dated January 2025: "slipped 12% last year to ... from ... in 2023" reached only at
    #     the rounding; "Billions in venture money", the guest's 2027 and the timestamps nowhere
    dict(
        text=(
            "Episode 47 show notes (posted 20 January 2025): Where did the plant-based boom go? Our guest, the food "
            "analyst Tomas Berg, walks through the numbers. US retail sales of plant-based meat slipped 12% last "
            "year to $1.1 billion, from $1.3 billion in 2023. Billions in venture money poured into the category "
            "after 2019, he notes, and he does not expect a rebound before 2027. Timestamps: 04:10 the numbers; "
            "18:30 what went wrong; 41:05 listener questions."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2023, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.1 / 1.3 - 1 = -15.385%, not -12 +- 0.5; bounds (1.05 / 1.35) -> -22.222%, (1.15 / 1.25) -> -8.000%:
            # -12 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. a shareholder letter dated January 2025: "last year, by our reckoning, up from ... in 2023, a gain of 16%";
    #     "one dog in twenty" (a penetration) and "mid-teens growth" nowhere
    dict(
        text=(
            "To our shareholders (letter dated 28 January 2025): The North American pet-insurance market reached "
            "$5.7 billion in gross written premiums last year, by our reckoning, up from $4.9 billion in 2023, a gain "
            "of 16%. Only about one dog in twenty is insured, which is why we believe mid-teens growth can last for "
            "years rather than quarters."
        ),
        obs=[
            ("Total", 2024, 5.7, "USD billion", "actual"),
            ("Total", 2023, 4.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.7 / 4.9 - 1 = 16.327% -> 16
        ],
    ),
    # 13. an analysis piece: "about $310 billion in 2024" opens the series in USD billion, "approach half a trillion
    #     dollars by 2028" (500, an estimate), "a pace of roughly 12.7% a year" an inferred CAGR; "well over half"
    #     nowhere
    dict(
        text=(
            "Analysis: the construction bill for AI. Worldwide spending on building and fitting out data centres "
            "came to about $310 billion in 2024, according to estimates from the property consultancy Harcourt Vane. "
            "Its partners reckon the annual bill will approach half a trillion dollars by 2028, a pace of roughly "
            "12.7% a year, with North America taking well over half."
        ),
        obs=[
            ("Total", 2024, 310, "USD billion", "actual"),
            ("Total", 2028, 500, "USD billion", "estimate"),  # half a trillion, in the series' unit
        ],
        claims=[
            ("cagr", 12.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 310) ** (1/4) - 1 = 12.694% -> 12.7
        ],
    ),
    # 14. a dated release in yen: "crossed the one-trillion-yen mark" (a threshold, nowhere), "reaching ¥1.04
    #     trillion" last year opens the series in JPY trillion, "up 8% from ¥963 billion in 2023" (0.963 in the
    #     series' unit), a share without its part
    dict(
        text=(
            "TOKYO, 5 March 2025 — Japan's paid video-streaming market crossed the one-trillion-yen mark for the "
            "first time last year, reaching ¥1.04 trillion, up 8% from ¥963 billion in 2023, the Digital Content "
            "Association of Japan said. Services run by domestic companies held 58% of the total."
        ),
        obs=[
            ("Total", 2024, 1.04, "JPY trillion", "actual"),
            ("Total", 2023, 0.963, "JPY trillion", "actual"),  # ¥963 billion in the series' unit
        ],
        claims=[
            ("growth", 8, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1040 / 963 - 1 = 7.996% -> 8
        ],
    ),
    # 15. an investor day: the TAM "at $18 billion in fiscal 2024", "$30bn-plus by fiscal 2027" (an approximate
    #     estimate), "Call it 24% compounded" an inferred CAGR its amounts contradict; the company's "a fifth of that
    #     market" (a share target) nowhere
    dict(
        text=(
            "Halvorsen Robotics investor day, 12 March 2025 — remarks by the chief strategy officer\n"
            "We size the total addressable market for warehouse automation at $18 billion in fiscal 2024, and we see "
            "it getting to $30bn-plus by fiscal 2027. Call it 24% compounded. Our ambition is to own a fifth of that "
            "market ourselves."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2027, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (30 / 18) ** (1/3) - 1 = 18.563%; bounds (29.5 / 18.5) ** (1/3) - 1 -> 16.829%, (30.5 / 17.5) ** (1/3)
            # - 1 -> 20.343%: 24 +- 0.5 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 16. a trade newsletter's report: "up 6.1% from $4.1 billion the year before" (2023), "A quarter of those
    #     sales" nowhere, "anywhere between $5 billion and $5.5 billion" for 2026 a range (two value claims)
    dict(
        text=(
            "U.S. sales of electric bicycles reached $4.35 billion in 2024, up 6.1% from $4.1 billion the year "
            "before, the trade newsletter Spoke & Motor reported on 18 February 2025. A quarter of those sales went "
            "to cargo models. For 2026 the newsletter's industry sources expect anywhere between $5 billion and $5.5 "
            "billion."
        ),
        obs=[
            ("Total", 2024, 4.35, "USD billion", "actual"),
            ("Total", 2023, 4.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 6.1, "percent", 2023, 2024, 1.0),
            ("value", 5.0, "USD billion", 2026, 2026, None),
            ("value", 5.5, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.35 / 4.1 - 1 = 6.098% -> 6.1
        ],
    ),
    # ------------------------------------------------------------------------------------------------ tables
    # 17. a keynote slide copied as a pipe table (June 2025): "~$45B" cells for 2024 (actual), "~$120B" for the 2028
    #     outlook (estimate), a "Since 2021" column of "2x" multiples (over 2021-2024, no 2021 amounts); the slide
    #     number nowhere
    dict(
        text=(
            "Slide 14 — The opportunity, by segment (keynote, Infra Forward 2025, San Jose, 17 June 2025)\n"
            "| Segment | Size in 2024 | Since 2021 | 2028 outlook |\n"
            "|---|---|---|---|\n"
            "| AI inference chips | ~$45B | 2x | ~$120B |\n"
            "| AI networking | ~$12B | 3x | ~$40B |\n"
            "| Edge AI modules | ~$6B | 2.5x | ~$17B |\n"
            "| Liquid cooling | ~$3B | 4x | ~$11B |"
        ),
        obs=[
            ("AI inference chips", 2024, 45, "USD billion", "actual"),
            ("AI inference chips", 2028, 120, "USD billion", "estimate"),
            ("AI networking", 2024, 12, "USD billion", "actual"),
            ("AI networking", 2028, 40, "USD billion", "estimate"),
            ("Edge AI modules", 2024, 6, "USD billion", "actual"),
            ("Edge AI modules", 2028, 17, "USD billion", "estimate"),
            ("Liquid cooling", 2024, 3, "USD billion", "actual"),
            ("Liquid cooling", 2028, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
            ("multiple", 4, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 18. a space-aligned table with "$680 bn" / "$1.4 tn" mixed: each row one market, its series in the unit of its
    #     first (2024) cell (a later "tn" converted: $1.4 tn -> 1400 USD billion; E-commerce opens in tn), 2029F an
    #     estimate, a "CAGR 2024-29" column (stated; one reached only at the rounding); no total row
    dict(
        text=(
            "Selected technology markets, worldwide (consultancy estimates, US dollars)\n"
            "Market                 2024        2029F       CAGR 2024-29\n"
            "Cloud services         $680 bn     $1.4 tn     15.5%\n"
            "Semiconductors         $630 bn     $1.05 tn    10.8%\n"
            "Digital advertising    $850 bn     $1.2 tn     7.8%\n"
            "E-commerce             $6.3 tn     $8.9 tn     7.2%\n"
            "Cybersecurity          $210 bn     $370 bn     12.0%"
        ),
        obs=[
            ("Cloud services", 2024, 680, "USD billion", "actual"),
            ("Cloud services", 2029, 1400, "USD billion", "estimate"),
            ("Semiconductors", 2024, 630, "USD billion", "actual"),
            ("Semiconductors", 2029, 1050, "USD billion", "estimate"),
            ("Digital advertising", 2024, 850, "USD billion", "actual"),
            ("Digital advertising", 2029, 1200, "USD billion", "estimate"),
            ("E-commerce", 2024, 6.3, "USD trillion", "actual"),
            ("E-commerce", 2029, 8.9, "USD trillion", "estimate"),
            ("Cybersecurity", 2024, 210, "USD billion", "actual"),
            ("Cybersecurity", 2029, 370, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 10.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 7.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 7.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 12.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1400 / 680) ** (1/5) - 1 = 15.538% -> 15.5
            ("cagr", "exact"),  # (1050 / 630) ** (1/5) - 1 = 10.757% -> 10.8
            # (1200 / 850) ** (1/5) - 1 = 7.140%, not 7.8 +- 0.05; bounds (1150 / 850.5) ** (1/5) - 1 -> 6.220%,
            # (1250 / 849.5) ** (1/5) - 1 -> 8.031% ($1.2 tn read as 1.15 to 1.25 tn): reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (8.9 / 6.3) ** (1/5) - 1 = 7.154% -> 7.2
            ("cagr", "exact"),  # (370 / 210) ** (1/5) - 1 = 11.994% -> 12.0
        ],
    ),
    # 19. a tab table in US$ million whose change column says "+18%" and "flat" (no figure, nowhere), a total row
    dict(
        text=(
            "US physical music sales by format (US$ million)\n"
            "Format\t2023\t2024\tChange\n"
            "Vinyl LPs\t1,420\t1,676\t+18%\n"
            "CDs\t538\t541\tflat\n"
            "Cassettes\t24\t31\t+29%\n"
            "Total physical\t1,982\t2,248\t+13%"
        ),
        obs=[
            ("Vinyl LPs", 2023, 1420, "USD million", "actual"),
            ("Vinyl LPs", 2024, 1676, "USD million", "actual"),
            ("CDs", 2023, 538, "USD million", "actual"),
            ("CDs", 2024, 541, "USD million", "actual"),
            ("Cassettes", 2023, 24, "USD million", "actual"),
            ("Cassettes", 2024, 31, "USD million", "actual"),
            ("Total physical", 2023, 1982, "USD million", "actual"),
            ("Total physical", 2024, 2248, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            # CDs' "flat" prints no figure (541 / 538 - 1 = 0.558%): expected nowhere
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("growth", 13, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1676 / 1420 - 1 = 18.028% -> 18
            ("cagr|implied", "exact"),  # 31 / 24 - 1 = 29.167% -> 29
            ("cagr|implied", "exact"),  # 2248 / 1982 - 1 = 13.421% -> 13
            # 1420 + 538 + 24 = 1982; 1676 + 541 + 31 = 2248
            ("hierarchy", "exact"),
        ],
    ),
    # 20. a pipe table from an annual letter (January 2025) with "$9.8bn" cells: regions with their 2024 spend, a
    #     "vs 2023" column (rates without their bases) and a "Share" column, a Total row (its 100% no claim)
    dict(
        text=(
            "From our annual letter (30 January 2025): where the world's home-fitness equipment money went\n"
            "| Region | Spend, 2024 | vs 2023 | Share |\n"
            "|---|---|---|---|\n"
            "| North America | $9.8bn | +12% | 41% |\n"
            "| Europe | $6.1bn | +9% | 26% |\n"
            "| Asia-Pacific | $5.9bn | +31% | 25% |\n"
            "| Rest of world | $1.9bn | +15% | 8% |\n"
            "| Total | $23.7bn | +16% | 100% |"
        ),
        obs=[
            ("North America", 2024, 9.8, "USD billion", "actual"),
            ("Europe", 2024, 6.1, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 5.9, "USD billion", "actual"),
            ("Rest of world", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2024, 23.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("growth", 9, "percent", 2023, 2024, 1.0),
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 9.8 + 6.1 + 5.9 + 1.9 = 23.7
            ("arithmetic", "exact"),  # 9.8 / 23.7 = 41.350% -> 41
            ("arithmetic", "exact"),  # 6.1 / 23.7 = 25.738% -> 26
            ("arithmetic", "exact"),  # 5.9 / 23.7 = 24.895% -> 25
            ("arithmetic", "exact"),  # 1.9 / 23.7 = 8.017% -> 8
        ],
    ),

    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 21. a provincial news item with Chinese numerals: 去年……三千二百亿元 (2024), 较前年的两千七百五十亿元 (2023) with an exact
    #    rate; 约占三分之一 a fraction in words, the platforms and the firms nowhere
    dict(
        text=(
            "本报讯（记者 林晓）2025年2月26日，省工业和信息化厅召开年度工作通报会。会上披露，去年全省工业互联网产业规模达到"
            "三千二百亿元，较前年的两千七百五十亿元增长16.4%；其中，平台及解决方案服务收入约占三分之一。截至去年底，全省累计培育"
            "省级工业互联网平台86个，带动上云企业超过4.2万家。"
        ),
        obs=[
            ("Total", 2024, 3200, "CNY 100 million", "actual"),
            ("Total", 2023, 2750, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 16.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3200 / 2750 - 1 = 16.364% -> 16.4
        ],
    ),
    # 22. a city press conference in quoted speech: 首次跨过一万亿元大关，达到1.06万亿元 (2024, once, at 1.06 in CNY trillion, the
    #    series' unit), 比2023年的9,800亿元 (converted: 0.98), 万亿赛道 nowhere, 力争到2027年前后达到1.5万亿元 (a target, estimate)
    #    and 年均增长12%左右 (its span from the amounts' years: inferred)
    dict(
        text=(
            "（2025年1月15日）市政府新闻办今天上午举行发布会。市工业和信息化局局长在介绍时说：“去年，我市数字经济核心产业规模首次"
            "跨过一万亿元大关，达到1.06万亿元，比2023年的9,800亿元增长8.2%。下一步，我们要在这条万亿赛道上继续发力，力争到2027年"
            "前后达到1.5万亿元，年均增长12%左右。”"
        ),
        obs=[
            ("Total", 2024, 1.06, "CNY trillion", "actual"),
            ("Total", 2023, 0.98, "CNY trillion", "actual"),
            ("Total", 2027, 1.5, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 8.2, "percent", 2023, 2024, 1.0),
            ("cagr", 12, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.06 / 0.98 - 1 = 8.163% -> 8.2
            # (1.5 / 1.06) ** (1 / 3) - 1 = 12.270% -> 12 (bounds (1.45 / 1.065) -> 10.834%, (1.55 / 1.055) -> 13.682%)
            ("cagr|period", "exact"),
        ],
    ),
    # 23. a broker's morning-meeting notes: 去年……约1.2万亿 (2024, approximate, CNY trillion), 增长近三成 (a rate in words) and
    #    占比近六成 (a fraction in words) nowhere, 今年 (2025) and 明年 (2026) estimates with 增速约25%; the rating, the price
    #    target and 千亿级市场 nowhere
    dict(
        text=(
            "【晨会纪要·2025年3月18日】\n"
            "计算机组：信创进入全面替代阶段。我们测算，去年国内信创市场规模约1.2万亿，同比增长近三成，其中党政以外的行业信创"
            "占比近六成；今年有望达到1.5万亿元，增速约25%；明年有望进一步扩容至1.8万亿元。重点推荐A公司，维持“买入”评级，"
            "目标价45元。\n"
            "电子组：先进封装是千亿级市场，国产设备商仍处于导入期，关注验证进度。"
        ),
        obs=[
            ("Total", 2024, 1.2, "CNY trillion", "actual"),
            ("Total", 2025, 1.5, "CNY trillion", "estimate"),
            ("Total", 2026, 1.8, "CNY trillion", "estimate"),
        ],
        claims=[("growth", 25, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.5 / 1.2 - 1 = 25.000% -> 25
        ],
    ),
    # 24. a WeChat account's article: 2024's 86亿元 较2022年的41亿元翻了一番 (x2 over 2022-2024), 过半 and 每五元……就有一元
    #    fractions in words nowhere, 到2030年前后……突破300亿元 (2030, an approximate estimate); the post's date and time nowhere
    dict(
        text=(
            "原创 储能观察 2025-04-09 08:30 上海\n"
            "储能温控：被忽视的“隐形赛道”\n"
            "据行业机构测算，2024年国内储能温控市场规模为86亿元，较2022年的41亿元翻了一番。液冷方案的份额已经过半，而用户"
            "每五元温控支出中就有一元花在了运维服务上。如果大储项目保持现在的节奏，到2030年前后，行业规模有望突破300亿元。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2022, 41, "CNY 100 million", "actual"),
            ("Total", 2030, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 86 / 41 = 2.098: 翻了一番
        ],
        verdicts=[],
    ),
    # 25. a commentary: 去年……124.6亿元 (2024), 前年的186.2亿元 (2023), 缩水三分之一 and 下降近一半 (fractions in words) nowhere, 同比
    #    降幅达到36.1% a decline its amounts contradict, 2021年约240亿元 an approximate figure; 几十亿 in the headline nowhere
    dict(
        text=(
            "【评论】VR头显还有几十亿的想象空间吗？\n"
            "（2025年3月3日）热闹了几年的VR头显，正在经历一轮明显的退潮。据一家第三方研究机构统计，国内VR头显市场规模去年为"
            "124.6亿元，比前年的186.2亿元缩水三分之一，同比降幅达到36.1%；与2021年约240亿元的高点相比，更是下降近一半。"
            "内容生态跟不上，是硬件卖不动的根本原因。"
        ),
        obs=[
            ("Total", 2024, 124.6, "CNY 100 million", "actual"),
            ("Total", 2023, 186.2, "CNY 100 million", "actual"),
            ("Total", 2021, 240, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -36.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 144.6 / 186.2 - 1 = -33.083%; bounds (124.55 / 186.25) -> -33.128%, (124.65 / 186.15) -> -33.038%:
            # -36.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a federation's release: 同比增长超过一倍 (x1 over 2023-2024, the printed N kept; a bound, its base not printed), 与2022年
    #    相比……增长了1.5倍 (x1.5 over 2022-2024, the printed N kept), 今年 (2025) 52亿元左右, 到2029年 125亿元 and 未来五年年均
    #    复合增长率约34% (a span in words from the 2024 base: stated)
    dict(
        text=(
            "（2025年1月22日）中国消费电子行业联合会发布数据：2024年国内AI眼镜市场规模达到28.6亿元，同比增长超过一倍；与2022年"
            "相比，市场规模增长了1.5倍。联合会预计，今年市场规模将扩大至52亿元左右，到2029年有望达到125亿元，未来五年年均复合"
            "增长率约34%。"
        ),
        obs=[
            ("Total", 2024, 28.6, "CNY 100 million", "actual"),
            ("Total", 2025, 52, "CNY 100 million", "estimate"),
            ("Total", 2029, 125, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1, "multiple", 2023, 2024, 1.0),  # 增长超过一倍: the printed N kept as the multiple's value
            ("multiple", 1.5, "multiple", 2022, 2024, 2.0),  # 增长了1.5倍: the printed N kept as the multiple's value
            ("cagr", 34, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (125 / 28.6) ** (1 / 5) - 1 = 34.310% -> 34 (bounds (124.5 / 28.65) -> 34.156%, (125.5 / 28.55) -> 34.464%)
            ("cagr", "exact"),
        ],
    ),
    # 27. a chamber's export statistics: 近两千亿元 (2024, approximate) with 约合275亿美元 (a conversion, nowhere), 比2023年的
    #    1,780亿元增长12.4% (exact), 是2020年1,320亿元的1.5倍 (x1.5 over 2020-2024); 约占三分之二 a fraction in words nowhere
    dict(
        text=(
            "（2025年4月2日）中国机电产品进出口商会最新统计显示，2024年我国储能系统出口额近两千亿元，约合275亿美元，比2023年的"
            "1,780亿元增长12.4%，是2020年1,320亿元的1.5倍。从流向看，欧洲市场约占三分之二，中东和拉美增长最快。"
        ),
        obs=[
            ("Total", 2024, 2000, "CNY 100 million", "actual"),
            ("Total", 2023, 1780, "CNY 100 million", "actual"),
            ("Total", 2020, 1320, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2020, 2024, 4.0),  # 2000 / 1320 = 1.515: 是……的1.5倍
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2000 / 1780 - 1 = 12.360% -> 12.4
        ],
    ),
    # 28. a State Council Information Office briefing: 十四五期间 (no figure), 去年……逾800亿元 (2024, approximate), 五年间增长了四倍
    #    (x4 over 2019-2024, the printed N kept), 上千亿元级 (a size class) nowhere, 今年有望超过千亿元 (2025, an approximate
    #    estimate of 1,000)
    dict(
        text=(
            "国新办2025年2月举行的“高质量完成‘十四五’规划”系列发布会上，国家能源局有关负责人介绍，‘十四五’期间我国充电基础设施"
            "建设明显提速，正在成长为一个上千亿元级的产业。去年全国充电设施产业规模逾800亿元，五年间增长了四倍；今年有望超过"
            "千亿元。"
        ),
        obs=[
            ("Total", 2024, 800, "CNY 100 million", "actual"),
            ("Total", 2025, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2019, 2024, 5.0),  # 五年间增长了四倍: the printed N kept, its base not printed
        ],
        verdicts=[],
    ),
    # 29. a self-media post dated in January: 数百亿赛道 in the title nowhere, 去年……已经超过百亿元 (2024, approximate, 100),
    #    增长两成多 (a rate in words) nowhere, 2023年……约为82亿元, 明年 (2026) 180亿元 an estimate
    dict(
        text=(
            "标题：AI玩具会是下一个数百亿赛道吗？\n"
            "发布于2025年1月6日\n"
            "先说结论：会，但没那么快。按我们梳理的行业数据，去年国内AI玩具市场规模已经超过百亿元，增长两成多，2023年这一数字"
            "约为82亿元。比较乐观的机构给出的判断是，明年市场规模能到180亿元。"
        ),
        obs=[
            ("Total", 2024, 100, "CNY 100 million", "actual"),
            ("Total", 2023, 82, "CNY 100 million", "actual"),
            ("Total", 2026, 180, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 30. a Taiwan newspaper (Traditional): 去年……新台幣一千二百億元 (2024, TWD 100 million), 較前年的1,065億元成長12.7%
    #     (exact), 到2030年前後……上看新台幣2,500億元 (2030 estimate); 千億級 nowhere
    dict(
        text=(
            "【記者陳怡君／台北報導】（2025/3/12）經濟部產業發展署今日公布，去年台灣智慧醫療產業產值達新台幣一千二百億元，較前年"
            "的1,065億元成長12.7%。署方預計，到2030年前後，產值可望上看新台幣2,500億元，屆時智慧醫療將成為另一個千億級的"
            "重點產業。"
        ),
        obs=[
            ("Total", 2024, 1200, "TWD 100 million", "actual"),
            ("Total", 2023, 1065, "TWD 100 million", "actual"),
            ("Total", 2030, 2500, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 12.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1200 / 1065 - 1 = 12.676% -> 12.7
        ],
    ),
    # 31. Hong Kong media (Traditional): 去年……約為52億港元 (2024, HKD 100 million) with 約合6.7億美元 (a conversion) nowhere,
    #     較2020年的13億港元翻了兩番 (x4 over 2020-2024), 佔比過半 nowhere, 明年 (2026) 約75億港元 an estimate
    dict(
        text=(
            "（2025年4月8日）香港網絡安全服務市場近年急速擴張。據本地研究機構港數通估算，去年市場規模約為52億港元（約合6.7億"
            "美元），較2020年的13億港元翻了兩番，其中金融機構的採購佔比過半。該機構預計，明年市場規模將增至約75億港元。"
        ),
        obs=[
            ("Total", 2024, 52, "HKD 100 million", "actual"),
            ("Total", 2020, 13, "HKD 100 million", "actual"),
            ("Total", 2026, 75, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2020, 2024, 4.0),  # 52 / 13 = 4.000: 翻了兩番
        ],
        verdicts=[],
    ),
    # 32. a Taiwan alliance's report (Traditional): 去年……約新台幣8億6千萬元 (2024, 8.6 in TWD 100 million), 較前年成長近四成
    #     (a rate in words) and 每五元中就有一元 (a fraction in words) nowhere, 今年可突破新台幣10億元 (2025, approximate estimate)
    dict(
        text=(
            "（2025年2月18日）台灣數位廣告統計聯盟今天發布報告指出，去年台灣Podcast廣告市場規模約新台幣8億6千萬元，較前年"
            "成長近四成；在數位音訊廣告的預算中，每五元中就有一元流向Podcast節目。聯盟預計，今年市場規模可突破新台幣10億元。"
        ),
        obs=[
            ("Total", 2024, 8.6, "TWD 100 million", "actual"),
            ("Total", 2025, 10, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 33. a minister at a Taiwan cabinet press conference (Traditional): 去年……新台幣950億元，年增14.8%，前年為828億元 (reached
    #     only at the rounding), 已是2020年的兩倍 (x2 over 2020-2024, its base not printed), 目標是2027年突破1,500億元 (a target)
    dict(
        text=(
            "行政院今天（2025年3月20日）院會聽取資安產業推動方案報告。數位發展部長會後在記者會上表示：「去年我國資安產業產值"
            "達到新台幣950億元，年增14.8%，前年為828億元；產值已是2020年的兩倍。我們的目標是2027年突破1,500億元。」"
        ),
        obs=[
            ("Total", 2024, 950, "TWD 100 million", "actual"),
            ("Total", 2023, 828, "TWD 100 million", "actual"),
            ("Total", 2027, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),  # 是2020年的兩倍, its base not printed
        ],
        verdicts=[
            # 950 / 828 - 1 = 14.734%, not 14.8 +- 0.05; bounds (949.5 / 828.5) -> 14.605%, (950.5 / 827.5) -> 14.864%:
            # 34.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. a Taiwan research house's December forecast (Traditional): 今年……新台幣1.23兆元 (2024, an estimate, TWD trillion),
    #     較去年的約6,300億元 (2023, converted: 0.63) 成長95.2% (exact), 明年……再成長三成 (a rate in words) nowhere, 上看1.6兆元
    #     (2025, an estimate)
    dict(
        text=(
            "（2024年12月5日）研調機構集邦觀察今日發表報告預估，今年台灣AI伺服器產值將達新台幣1.23兆元，較去年的約6,300億元"
            "成長95.2%；明年在新平台放量帶動下可望再成長三成，上看1.6兆元。"
        ),
        obs=[
            ("Total", 2024, 1.23, "TWD trillion", "estimate"),
            ("Total", 2023, 0.63, "TWD trillion", "actual"),
            ("Total", 2025, 1.6, "TWD trillion", "estimate"),
        ],
        claims=[("growth", 95.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.23 / 0.63 - 1 = 95.238% -> 95.2
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 35. a 要点 pipe table: 约450亿 (2024, approximate, CNY 100 million by the title's 人民币), 翻倍 against 2022 (x2), 超过900亿
    #     (2027, an approximate estimate), 2024-2027年复合增速 26.0% (stated); 过半 and 上千家 nowhere
    dict(
        text=(
            "一图读懂：中国智能客服市场（人民币）\n"
            "| 要点 | 数据 |\n"
            "|---|---|\n"
            "| 2024年市场规模 | 约450亿 |\n"
            "| 较2022年 | 翻倍 |\n"
            "| 2027年预计规模 | 超过900亿 |\n"
            "| 2024-2027年复合增速 | 26.0% |\n"
            "| 头部五家厂商份额 | 过半 |\n"
            "| 服务企业数 | 上千家 |\n"
            "数据来源：鸣川研究院，2025年3月"
        ),
        obs=[
            ("Total", 2024, 450, "CNY 100 million", "actual"),
            ("Total", 2027, 900, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 翻倍, its base not printed
            ("cagr", 26.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (900 / 450) ** (1 / 3) - 1 = 25.992% -> 26.0 (bounds (899.5 / 450.5) -> 25.922%, (900.5 / 449.5) -> 26.062%)
            ("cagr", "exact"),
        ],
    ),
    # 36. a province's aligned table mixing 万亿元 and 亿元: each row in its own unit, 软件业务收入's 1.02万亿元 converted to its
    #     series' unit (10,200亿元); 互联网业务收入's 7.8% contradicted by its amounts; the title's year nowhere
    dict(
        text=(
            "表1 2024年全省数字产业主要指标\n"
            "指标                        2023年         2024年        同比增长\n"
            "电子信息制造业营业收入      1.86万亿元     2.01万亿元      8.1%\n"
            "软件业务收入                9,860亿元      1.02万亿元      3.4%\n"
            "互联网业务收入              1,246亿元      1,318亿元       7.8%\n"
            "电信业务收入                1,652亿元      1,708亿元       3.4%"
        ),
        obs=[
            ("电子信息制造业营业收入", 2023, 1.86, "CNY trillion", "actual"),
            ("电子信息制造业营业收入", 2024, 2.01, "CNY trillion", "actual"),
            ("软件业务收入", 2023, 9860, "CNY 100 million", "actual"),
            ("软件业务收入", 2024, 10200, "CNY 100 million", "actual"),
            ("互联网业务收入", 2023, 1246, "CNY 100 million", "actual"),
            ("互联网业务收入", 2024, 1318, "CNY 100 million", "actual"),
            ("电信业务收入", 2023, 1652, "CNY 100 million", "actual"),
            ("电信业务收入", 2024, 1708, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("growth", 3.4, "percent", 2023, 2024, 1.0),
            ("growth", 7.8, "percent", 2023, 2024, 1.0),
            ("growth", 3.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.01 / 1.86 - 1 = 8.065% -> 8.1
            ("cagr|implied", "exact"),  # 10200 / 9860 - 1 = 3.448% -> 3.4
            # 1318 / 1246 - 1 = 5.778%; bounds (1317.5 / 1246.5) -> 5.696%, (1318.5 / 1245.5) -> 5.861%: 7.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1708 / 1652 - 1 = 3.390% -> 3.4
        ],
    ),
    # 37. a Taiwan pipe table in 新台幣億元 (Traditional): 2023年, 2024年 and 年增率 (one reached only at the rounding), a 總計 row
    dict(
        text=(
            "表2 2024年台灣資訊服務業營業額（單位：新台幣億元）\n"
            "| 業別 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 系統整合 | 1,284 | 1,402 | 9.2% |\n"
            "| 雲端服務 | 516 | 648 | 25.6% |\n"
            "| 資料處理 | 342 | 361 | 5.6% |\n"
            "| 資安服務 | 96 | 112 | 16.1% |\n"
            "| 總計 | 2,238 | 2,523 | 12.7% |"
        ),
        obs=[
            ("系統整合", 2023, 1284, "TWD 100 million", "actual"),
            ("系統整合", 2024, 1402, "TWD 100 million", "actual"),
            ("雲端服務", 2023, 516, "TWD 100 million", "actual"),
            ("雲端服務", 2024, 648, "TWD 100 million", "actual"),
            ("資料處理", 2023, 342, "TWD 100 million", "actual"),
            ("資料處理", 2024, 361, "TWD 100 million", "actual"),
            ("資安服務", 2023, 96, "TWD 100 million", "actual"),
            ("資安服務", 2024, 112, "TWD 100 million", "actual"),
            ("總計", 2023, 2238, "TWD 100 million", "actual"),
            ("總計", 2024, 2523, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("growth", 12.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1402 / 1284 - 1 = 9.190% -> 9.2
            ("cagr|implied", "exact"),  # 648 / 516 - 1 = 25.581% -> 25.6
            ("cagr|implied", "exact"),  # 361 / 342 - 1 = 5.556% -> 5.6
            # 112 / 96 - 1 = 16.667%, not 16.1 +- 0.05; bounds (111.5 / 96.5) -> 15.544%, (112.5 / 95.5) -> 17.801%:
            # 36.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2523 / 2238 - 1 = 12.735% -> 12.7
            # 1284 + 516 + 342 + 96 = 2238; 1402 + 648 + 361 + 112 = 2523
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a broker's vertical tab table of years under a lone 亿元 column (the market's Total): 2025E and 2030E estimates
    #     (约310, 约800 approximate), a 同比 column (2021's "—" no rate, 2022-2023's reached only at the rounding)
    dict(
        text=(
            "华岳证券研究所：国内储能变流器（PCS）市场规模测算\n"
            "年份\t亿元\t同比\n"
            "2021\t58\t—\n"
            "2022\t127\t119.0%\n"
            "2023\t186\t46.9%\n"
            "2024\t242\t30.1%\n"
            "2025E\t约310\t28.1%\n"
            "2030E\t约800\t—\n"
            "资料来源：行业协会，华岳证券研究所预测"
        ),
        obs=[
            ("Total", 2021, 58, "CNY 100 million", "actual"),
            ("Total", 2022, 127, "CNY 100 million", "actual"),
            ("Total", 2023, 186, "CNY 100 million", "actual"),
            ("Total", 2024, 242, "CNY 100 million", "actual"),
            ("Total", 2025, 310, "CNY 100 million", "estimate"),
            ("Total", 2030, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 119.0, "percent", 2021, 2022, 1.0),
            ("growth", 46.9, "percent", 2022, 2023, 1.0),
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 127 / 58 - 1 = 118.966% -> 119.0
            # 186 / 127 - 1 = 46.457%, not 46.9 +- 0.05; bounds (185.5 / 127.5) -> 45.490%, (186.5 / 126.5) -> 47.431%:
            # 66.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 242 / 186 - 1 = 30.108% -> 30.1
            ("cagr|implied", "exact"),  # 310 / 242 - 1 = 28.099% -> 28.1
        ],
    ),
    # 39. a broker's aligned sizing table in 亿美元: 2024A (actual), 2025E and 2026E (estimates), a 24-26年CAGR column
    #     (stated), a 合计 row; the chart number nowhere
    dict(
        text=(
            "图表12：全球AI服务器液冷市场空间测算（亿美元）\n"
            "细分              2024A     2025E     2026E     24-26年CAGR\n"
            "冷板式             28.6      52.4      86.3       73.7%\n"
            "浸没式              6.2      12.8      24.5       98.8%\n"
            "配套CDU及其他       9.4      15.6      23.2       57.1%\n"
            "合计               44.2      80.8     134.0       74.1%"
        ),
        obs=[
            ("冷板式", 2024, 28.6, "USD 100 million", "actual"),
            ("冷板式", 2025, 52.4, "USD 100 million", "estimate"),
            ("冷板式", 2026, 86.3, "USD 100 million", "estimate"),
            ("浸没式", 2024, 6.2, "USD 100 million", "actual"),
            ("浸没式", 2025, 12.8, "USD 100 million", "estimate"),
            ("浸没式", 2026, 24.5, "USD 100 million", "estimate"),
            ("配套CDU及其他", 2024, 9.4, "USD 100 million", "actual"),
            ("配套CDU及其他", 2025, 15.6, "USD 100 million", "estimate"),
            ("配套CDU及其他", 2026, 23.2, "USD 100 million", "estimate"),
            ("合计", 2024, 44.2, "USD 100 million", "actual"),
            ("合计", 2025, 80.8, "USD 100 million", "estimate"),
            ("合计", 2026, 134.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 73.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 98.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 57.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 74.1, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (86.3 / 28.6) ** (1 / 2) - 1 = 73.709% -> 73.7
            ("cagr", "exact"),  # (24.5 / 6.2) ** (1 / 2) - 1 = 98.787% -> 98.8
            ("cagr", "exact"),  # (23.2 / 9.4) ** (1 / 2) - 1 = 57.101% -> 57.1
            ("cagr", "exact"),  # (134.0 / 44.2) ** (1 / 2) - 1 = 74.117% -> 74.1
            # 48.6 + 6.2 + 9.4 = 44.2; 52.4 + 12.8 + 15.6 = 80.8; 86.3 + 24.5 + 23.2 = 134.0
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a WeChat data card's pipe table: 2024's revenue by segment in 亿元 with 占比 (shares with arithmetic verdicts; the
    #     100% total no claim) and 同比 (rates without their bases; 增长近五成 a rate in words nowhere), a 合计 row
    dict(
        text=(
            "数说：2024年国内游戏市场收入结构\n"
            "| 细分市场 | 2024年收入（亿元） | 占比 | 同比 |\n"
            "|---|---|---|---|\n"
            "| 移动游戏 | 2,382 | 73.1% | 5.0% |\n"
            "| 客户端游戏 | 679 | 20.8% | 3.6% |\n"
            "| 主机及其他 | 196 | 6.0% | 增长近五成 |\n"
            "| 合计 | 3,257 | 100% | 7.5% |"
        ),
        obs=[
            ("移动游戏", 2024, 2382, "CNY 100 million", "actual"),
            ("客户端游戏", 2024, 679, "CNY 100 million", "actual"),
            ("主机及其他", 2024, 196, "CNY 100 million", "actual"),
            ("合计", 2024, 3257, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 73.1, "percent", 2024, 2024, None),
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
            ("share", 20.8, "percent", 2024, 2024, None),
            ("growth", 3.6, "percent", 2023, 2024, 1.0),
            ("share", 6.0, "percent", 2024, 2024, None),
            ("growth", 7.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2382 / 3257 = 73.135% -> 73.1
            ("arithmetic", "exact"),  # 679 / 3257 = 20.847% -> 20.8
            ("arithmetic", "exact"),  # 196 / 3257 = 6.018% -> 6.0
            ("hierarchy", "exact"),  # 2382 + 679 + 196 = 3257
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 6, 'exact': 52}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'three hundred million euros',
    'up by a third',
    'a $1.3-trillion market',
    'half a trillion dollars',
    "by decade's end",
    'mid-teens growth',
    'grew two-and-a-half times',
    'north of $40bn',
    'one in every five dollars',
    'some $700m',
    'more than doubled',
    'hundreds of millions',
    'just shy of $12 billion',
    'upward of $17 billion',
    'a fifth larger',
    'two-thirds of the market',
    'fell by half',
    'a multibillion-dollar market',
    'roughly tripled over three years',
    '$2.5 billion-plus',
    'over the next five years',
    '| ~$45B | 2x |',
    '$1.05 tn',
    '541\tflat',
    'the year before',
    '三千二百亿元',
    '较前年的两千七百五十亿元',
    '首次跨过一万亿元大关',
    '力争到2027年前后达到1.5万亿元',
    '万亿赛道',
    '约1.2万亿，同比增长近三成',
    '占比近六成',
    '千亿级市场',
    '翻了一番',
    '每五元温控支出中就有一元',
    '缩水三分之一',
    '下降近一半',
    '同比增长超过一倍',
    '增长了1.5倍',
    '近两千亿元，约合275亿美元',
    '是2020年1,320亿元的1.5倍',
    '逾800亿元，五年间增长了四倍',
    '上千亿元级',
    '超过百亿元，增长两成多',
    '新台幣一千二百億元',
    '翻了兩番',
    '8億6千萬元',
    '| 约450亿 |',
    '1.02万亿元',
    '2030E\t约800',
)
#: the set's blind score (written without reading or running the extractor, kept unread, and scored on the code before
#: the readings of figures in words, chosen on the seventy-fourth and seventy-fifth sets): 96 figures, 35 rates, 32
#: verdicts and 1 false inconsistent; 114, 47, 42 and 1 after the tables' readings; 118, 50, 46 and 1 after the prose
#: readings; 129, 52, 51 and 1 after the tables' second round (rows in their own scale, changes said in words, years
#: named relative to the text's) and the prose readings that followed
FLOORS = {"figures_found": 136, "rates_found": 59, "verdicts_right": 56}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset76.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
