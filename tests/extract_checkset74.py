"""A seventy-fourth check set for the extractor, written blind: figures in words and round talk -- English news
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
    # 1. a news feature: "last year" and "the year before" from the dateline, "half a trillion dollars" joining the
    #    series in USD billion (500); "in the mid-teens" is no figure
    dict(
        text=(
            "SAN FRANCISCO, June 12, 2025 — Worldwide spending on public cloud infrastructure came to $312 billion "
            "last year, up from $251 billion the year before, a rise of 24.3%, according to Tallis Market "
            "Intelligence. Tallis thinks the market will be worth half a trillion dollars by 2028. Growth this year "
            "should settle somewhere in the mid-teens, the firm added."
        ),
        obs=[
            ("Total", 2024, 312, "USD billion", "actual"),
            ("Total", 2023, 251, "USD billion", "actual"),
            ("Total", 2028, 500, "USD billion", "estimate"),
        ],
        claims=[("growth", 24.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 312 / 251 - 1 = 24.303% -> 24.3 (bounds 311.5 / 251.5 .. 312.5 / 250.5: 23.857 .. 24.750)
            ("cagr|implied", "exact"),
        ],
    ),
    # 2. an earnings-call remark: the TAM "last year" and "a $1.3-trillion market" by 2030 (1300 in the series' USD
    #    billion), "roughly sevenfold" x7; the company's own revenue "north of $40bn" and its high-single-digit
    #    guidance nowhere
    dict(
        text=(
            "Transcript excerpt — Kestrel Semiconductor, fourth-quarter fiscal 2025 earnings call, February 19, 2025\n"
            "Mara Lindqvist, chief executive: We think of data-centre accelerators as a market that was worth about "
            "$180 billion last year. By 2030 we see a $1.3-trillion market, roughly sevenfold, and the roadmap we "
            "laid out in November is built for that. For the fiscal year we just closed, our own revenue came in "
            "north of $40bn, and for the first quarter we are guiding to high-single-digit growth."
        ),
        obs=[
            ("Total", 2024, 180, "USD billion", "actual"),
            ("Total", 2030, 1300, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 7.0, "multiple", 2024, 2030, 6.0),  # 1300 / 180 = 7.22: "roughly sevenfold" as x7
        ],
        verdicts=[],
    ),
    # 3. an investor letter: "three hundred million euros" in words, "up by a quarter" (25%) on an amount in digits;
    #    "one in every five euros" a fraction in words and the fund's own mark-up nowhere
    dict(
        text=(
            "Harrow Lane Capital — letter to limited partners, 10 April 2025\n"
            "Dear partners,\n"
            "The market our industrial-security fund backs kept growing. By our count, European spending on "
            "operational-technology security services reached three hundred million euros in 2024, up by a quarter "
            "on the 240 million euros spent in 2023. Roughly one in every five euros went to the energy sector. "
            "Fund II marked up its holdings by 14% over the quarter."
        ),
        obs=[
            ("Total", 2024, 300, "EUR million", "actual"),
            ("Total", 2023, 240, "EUR million", "actual"),
        ],
        claims=[("growth", 25.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 300 / 240 - 1 = 25.000% -> "by a quarter" (bounds 299.5 / 240.5 .. 300.5 / 239.5: 24.532 .. 25.470)
            ("cagr|implied", "exact"),
        ],
    ),
    # 4. a keynote transcript: "Four years ago, in 2021" and "Last year" from the keynote's date, "grew
    #    two-and-a-half times in three years" x2.5; "two-thirds of the market" a fraction in words
    dict(
        text=(
            "Keynote transcript, Edge Systems Forum, Amsterdam, 14 October 2025\n"
            "\"Four years ago, in 2021, the edge AI hardware market was worth about $6.2 billion. Last year it reached "
            "$15.4 billion. It grew two-and-a-half times in three years. And two-thirds of the market is still "
            "industrial and automotive, which tells you where the next wave comes from.\""
        ),
        obs=[
            ("Total", 2021, 6.2, "USD billion", "actual"),
            ("Total", 2024, 15.4, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),  # 15.4 / 6.2 = 2.48: "two-and-a-half times" as x2.5
        ],
        verdicts=[],
    ),
    # 5. a podcast's show notes: "just shy of $12 billion last year" (approximate, at its printed figure), "more than
    #    doubled from ... in 2022" x2; "double-digit growth" and the timestamps nowhere
    dict(
        text=(
            "The Build Log, episode 212 — show notes (published 9 September 2025)\n"
            "This week Priya Raman of Halden Research joins us to size the US market for AI coding assistants. Her "
            "estimate: it came in just shy of $12 billion last year, having more than doubled from $5.1 billion in "
            "2022. We also get into why she expects double-digit growth to last, and whether per-seat pricing "
            "survives.\n"
            "00:00 Intro\n"
            "04:12 Sizing the market\n"
            "31:40 Pricing"
        ),
        obs=[
            ("Total", 2024, 12, "USD billion", "actual"),
            ("Total", 2022, 5.1, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2022, 2024, 2.0),  # 12 / 5.1 = 2.35: "more than doubled" as x2
        ],
        verdicts=[],
    ),
    # 6. a column: "some $700m last year" opens a series in USD million, "roughly tripled over three years" x3 from
    #    2021, "upward of $1.1bn by 2027" converted to the series' unit (1100)
    dict(
        text=(
            "The Ledger column, 2 May 2025\n"
            "Britain's regtech market is small but no longer tiny. Fenwick Analytics puts it at some $700m last "
            "year, against $230m in 2021: the market has roughly tripled over three years. Fenwick expects upward "
            "of $1.1bn by 2027 as the new reporting rules bite."
        ),
        obs=[
            ("Total", 2024, 700, "USD million", "actual"),
            ("Total", 2021, 230, "USD million", "actual"),
            ("Total", 2027, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 700 / 230 = 3.04: "roughly tripled" as x3
        ],
        verdicts=[],
    ),
    # 7. a feature: "a fifth larger in 2024 than a year earlier" (20%) with both amounts; "One in every five ... ad
    #    dollars" a fraction in words, "double-digit gains" no figure
    dict(
        text=(
            "NEW YORK, March 18, 2025 — Retail media has become advertising's fastest lane. US spending on ads "
            "placed on retailers' sites and apps was a fifth larger in 2024 than a year earlier, at $54.6 billion "
            "against $45.5 billion, according to Corbett Insights. One in every five digital ad dollars now goes to "
            "a retailer, the firm said, and it expects double-digit gains again this year."
        ),
        obs=[
            ("Total", 2024, 54.6, "USD billion", "actual"),
            ("Total", 2023, 45.5, "USD billion", "actual"),
        ],
        claims=[("growth", 20.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 54.6 / 45.5 - 1 = 20.000% -> "a fifth" (bounds 54.55 / 45.55 .. 54.65 / 45.45: 19.759 .. 20.242)
            ("cagr|implied", "exact"),
        ],
    ),
    # 8. an annual investor letter: "fell by half in 2023" (-50%) with both amounts, "last year" (2024) from the
    #    letter's date; "Hundreds of millions of dollars" no figure
    dict(
        text=(
            "Quarry Hill Partners, annual letter, 24 January 2025\n"
            "A word on a market we left. Global spending on cryptocurrency-mining hardware fell by half in 2023, to "
            "$3.1 billion from $6.2 billion in 2022, by the count of our research team, and it recovered only in "
            "part last year, to $4.4 billion. Hundreds of millions of dollars of rigs are still sitting idle in "
            "warehouses."
        ),
        obs=[
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2022, 6.2, "USD billion", "actual"),
            ("Total", 2024, 4.4, "USD billion", "actual"),
        ],
        claims=[("growth", -50.0, "percent", 2022, 2023, 1.0)],
        verdicts=[
            # 3.1 / 6.2 - 1 = -50.000% -> "by half" (bounds 3.05 / 6.25 .. 3.15 / 6.15: -51.200 .. -48.780)
            ("cagr|implied", "exact"),
        ],
    ),
    # 9. a keynote: "a $2.5 billion-plus business" last year (approximate, at its printed figure), "growing 38% from"
    #    2023's amount (reached only at the rounding); "a multibillion-dollar market" no figure
    dict(
        text=(
            "Opening keynote, Robotics Summit, Boston, 6 May 2025\n"
            "\"Last year warehouse robotics software became a $2.5 billion-plus business, growing 38% from $1.8 "
            "billion in 2023. Nobody in this room needs me to tell you it's a multibillion-dollar market. What "
            "matters is who captures it.\""
        ),
        obs=[
            ("Total", 2024, 2.5, "USD billion", "actual"),
            ("Total", 2023, 1.8, "USD billion", "actual"),
        ],
        claims=[("growth", 38, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.5 / 1.8 - 1 = 38.889%, not 38 +- 0.5; bounds (2.45 / 1.85) -> 32.432%, (2.55 / 1.75) -> 45.714%:
            # 38 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. an earnings call's CFO: the market "grew 17% last year to ..., from ... in 2023" (contradicted by its
    #     amounts), "north of $25 billion this year" (2025, an approximate estimate); the company's own mid-teens
    #     and double-digit growth nowhere
    dict(
        text=(
            "Harlow Networks, third-quarter 2025 earnings call, October 28, 2025\n"
            "Tom Okafor, CFO: On the market, the third-party data shows campus Wi-Fi equipment grew 17% last year to "
            "$23.9 billion, from $21.0 billion in 2023, and we expect it to be north of $25 billion this year. Our "
            "own product revenue grew in the mid-teens in the quarter, and we now see double-digit growth for the "
            "full year."
        ),
        obs=[
            ("Total", 2024, 23.9, "USD billion", "actual"),
            ("Total", 2023, 21.0, "USD billion", "actual"),
            ("Total", 2025, 25, "USD billion", "estimate"),
        ],
        claims=[("growth", 17, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 23.9 / 21.0 - 1 = 13.810%;
            # bounds (23.85 / 21.05) -> 13.302%, (23.95 / 20.95) -> 14.320%: 17 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. a conference recap: "a $3.4 billion market this year" (2025, an estimate), "compound at 22% a year over the
    #     next five years, to about $9.2 billion" (2030, span in words: stated); "raising billions" no figure
    dict(
        text=(
            "Conference recap: FinOps Live, London, 12 November 2025\n"
            "The headline number from the analyst panel: cloud cost-management software will be a $3.4 billion "
            "market this year, and Gartley Research expects it to compound at 22% a year over the next five years, "
            "to about $9.2 billion. Vendors are raising billions on that story, one panellist noted, though few of "
            "them are profitable yet."
        ),
        obs=[
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2030, 9.2, "USD billion", "estimate"),
        ],
        claims=[("cagr", 22, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            # (9.2 / 3.4) ** (1 / 5) - 1 = 22.029% -> 22 (bounds 9.15 / 3.45 .. 9.25 / 3.35: 21.540 .. 22.523)
            ("cagr", "exact"),
        ],
    ),
    # 12. a trade association's release: "compared with ... the year before" (2023), "a gain of 17.0%", a part with its
    #     share; an operator's subscribers "up by a third" nowhere
    dict(
        text=(
            "PARIS, 3 April 2025 — Revenue from satellite broadband services in Europe reached €4.62 billion in "
            "2024, compared with €3.95 billion the year before, a gain of 17.0%, the European Space Connectivity "
            "Association said. Consumer plans brought in €3.06 billion, or 66.2% of the total. One operator, "
            "Nordsat, said its own subscriber base was up by a third."
        ),
        obs=[
            ("Total", 2024, 4.62, "EUR billion", "actual"),
            ("Total", 2023, 3.95, "EUR billion", "actual"),
            ("Consumer plans", 2024, 3.06, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
            ("share", 66.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.62 / 3.95 - 1 = 16.962% -> 17.0
            ("arithmetic", "exact"),  # 3.06 / 4.62 = 66.234% -> 66.2
        ],
    ),
    # 13. an opinion column: "up 6% from" (reached only at the rounding); "mid-single-digit growth" no figure, and a
    #     market "twice that size by decade's end" has no year the text fixes and is expected nowhere
    dict(
        text=(
            "Opinion, 21 July 2025. Fitness trackers have stopped being exciting, and the numbers show it. Global "
            "sales of wearable fitness devices came to $48 billion last year, up 6% from $45 billion in 2023, "
            "according to Brightwater Data: mid-single-digit growth, in other words. Brightwater's bulls talk of a "
            "market twice that size by decade's end. I'd take the under."
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2023, 45, "USD billion", "actual"),
        ],
        claims=[("growth", 6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 48 / 45 - 1 = 6.667%, not 6 +- 0.5; bounds (47.5 / 45.5) -> 4.396%, (48.5 / 44.5) -> 8.989%:
            # 6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. a podcast transcript: "Our number for last year ... up 12.5% on the ... we had for 2023" (contradicted by
    #     its amounts), "Call it $8.5 billion" for this year (2025, an estimate); "in the mid-teens" no figure
    dict(
        text=(
            "Cloud Talk, episode 88 (recorded 4 March 2025)\n"
            "HOST: So how big is managed Kubernetes, really?\n"
            "GUEST: Our number for last year is $7.4 billion, up 12.5% on the $6.8 billion we had for 2023.\n"
            "HOST: And this year?\n"
            "GUEST: Call it $8.5 billion. Growth is still in the mid-teens, give or take."
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2023, 6.8, "USD billion", "actual"),
            ("Total", 2025, 8.5, "USD billion", "estimate"),
        ],
        claims=[("growth", 12.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 7.4 / 6.8 - 1 = 8.824%; bounds (7.35 / 6.85) -> 7.299%, (7.45 / 6.75) -> 10.370%: 12.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. an investor day: the TAM "roughly ... last year" and "upward of ... by 2027", "about 13% a year" (span from
    #     the amounts' years: inferred), a region's share of last year's total; "about a quarter of demand" and the
    #     company's own share target nowhere
    dict(
        text=(
            "Corvid Payments Investor Day, New York, 11 June 2025\n"
            "Lena Broussard, chief strategy officer: The total addressable market for B2B payment automation was "
            "roughly $62 billion last year, and we see it at upward of $90 billion by 2027, which works out to about "
            "13% a year. Asia-Pacific accounted for 41% of last year's total, and about a quarter of demand comes "
            "from mid-sized firms. We expect our own share to reach 8% by 2027."
        ),
        obs=[
            ("Total", 2024, 62, "USD billion", "actual"),
            ("Total", 2027, 90, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2027, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (90 / 62) ** (1 / 3) - 1 = 13.227% -> 13 (bounds 89.5 / 62.5 .. 90.5 / 61.5: 12.715 .. 13.743)
            ("cagr|period", "exact"),
        ],
    ),
    # 16. a radio segment's transcript: amounts spoken in words ("two point seven billion dollars"), a rate in words
    #     ("about seventeen per cent"), "could be four billion dollars" by 2027 (an estimate); "hundreds of millions"
    #     no figure
    dict(
        text=(
            "Transcript, Morning Markets radio segment, 15 January 2025\n"
            "\"Americans spent about two point seven billion dollars on home energy-management systems last year, "
            "up from two point three billion in 2023. That's about seventeen per cent growth, and utility rebate "
            "programmes are worth hundreds of millions on top. By 2027, the analysts I spoke to say, it could be "
            "four billion dollars.\""
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2027, 4.0, "USD billion", "estimate"),
        ],
        claims=[("growth", 17, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.7 / 2.3 - 1 = 17.391% -> 17 (bounds 2.65 / 2.35 .. 2.75 / 2.25: 12.766 .. 22.222)
            ("cagr|implied", "exact"),
        ],
    ),
    # 17. a keynote slide as a pipe table: "~$45B" cells (approximate, at their printed figures), a 2027E column
    #     (estimate) and "2x" cells (x2 over 2024-2027); the slide number nowhere; rows add to the Total row
    dict(
        text=(
            "Slide 12 — Why now: the AI data-centre silicon opportunity (keynote, Infra Summit, Austin, 3 June 2025)\n"
            "| Segment | 2024 | 2027E | Change |\n"
            "|---|---|---|---|\n"
            "| Training | ~$45B | ~$95B | 2x |\n"
            "| Inference | ~$30B | ~$70B | ~2x |\n"
            "| Networking | ~$10B | ~$20B | 2x |\n"
            "| Total | ~$85B | ~$185B | 2x |"
        ),
        obs=[
            ("Training", 2024, 45, "USD billion", "actual"),
            ("Training", 2027, 95, "USD billion", "estimate"),
            ("Inference", 2024, 30, "USD billion", "actual"),
            ("Inference", 2027, 70, "USD billion", "estimate"),
            ("Networking", 2024, 10, "USD billion", "actual"),
            ("Networking", 2027, 20, "USD billion", "estimate"),
            ("Total", 2024, 85, "USD billion", "actual"),
            ("Total", 2027, 185, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 95 / 45 = 2.11
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 70 / 30 = 2.33
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 20 / 10 = 2.00
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 185 / 85 = 2.18
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 45 + 30 + 10 = 85; 95 + 70 + 20 = 185
        ],
    ),
    # 18. a research firm's tab table with "$850 bn" and "$1.24 tn" mixed: each row keeps the unit of its first
    #     printed figure (Data centre systems' "$1.02 tn" is 1020 USD billion); 2025F an estimate; one "Change" reached
    #     only at the rounding; no total row
    dict(
        text=(
            "Worldwide technology spending by segment (Halvern Research, January 2025)\n"
            "Segment\t2024\t2025F\tChange\n"
            "Devices\t$734 bn\t$781 bn\t6.4%\n"
            "Data centre systems\t$850 bn\t$1.02 tn\t20.0%\n"
            "Software\t$1.09 tn\t$1.24 tn\t13.8%\n"
            "IT services\t$1.59 tn\t$1.73 tn\t9.1%"
        ),
        obs=[
            ("Devices", 2024, 734, "USD billion", "actual"),
            ("Devices", 2025, 781, "USD billion", "estimate"),
            ("Data centre systems", 2024, 850, "USD billion", "actual"),
            ("Data centre systems", 2025, 1020, "USD billion", "estimate"),
            ("Software", 2024, 1.09, "USD trillion", "actual"),
            ("Software", 2025, 1.24, "USD trillion", "estimate"),
            ("IT services", 2024, 1.59, "USD trillion", "actual"),
            ("IT services", 2025, 1.73, "USD trillion", "estimate"),
        ],
        claims=[
            ("growth", 6.4, "percent", 2024, 2025, 1.0),
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
            ("growth", 13.8, "percent", 2024, 2025, 1.0),
            ("growth", 9.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 781 / 734 - 1 = 6.403% -> 6.4
            ("cagr|implied", "exact"),  # 1020 / 850 - 1 = 20.000% -> 20.0
            ("cagr|implied", "exact"),  # 1.24 / 1.09 - 1 = 13.761% -> 13.8
            # 1.73 / 1.59 - 1 = 8.805%, not 9.1 +- 0.05; bounds (1.725 / 1.595) -> 8.150%, (1.735 / 1.585) -> 9.464%:
            # 9.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 19. an aligned table in "(US$ billion)" whose growth column says "+18%" and "flat" ("flat" is no figure and is
    #     expected nowhere); rows add to the Total row
    dict(
        text=(
            "Enterprise software spending by region (US$ billion), Marlowe Research, 28 February 2025\n"
            "Region             2023      2024    Growth\n"
            "North America     312.4     368.6      +18%\n"
            "Europe            141.0     141.3      flat\n"
            "Asia-Pacific       96.5     108.1      +12%\n"
            "Rest of world      31.2      33.0       +6%\n"
            "Total             581.1     651.0      +12%"
        ),
        obs=[
            ("North America", 2023, 312.4, "USD billion", "actual"),
            ("North America", 2024, 368.6, "USD billion", "actual"),
            ("Europe", 2023, 141.0, "USD billion", "actual"),
            ("Europe", 2024, 141.3, "USD billion", "actual"),
            ("Asia-Pacific", 2023, 96.5, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 108.1, "USD billion", "actual"),
            ("Rest of world", 2023, 31.2, "USD billion", "actual"),
            ("Rest of world", 2024, 33.0, "USD billion", "actual"),
            ("Total", 2023, 581.1, "USD billion", "actual"),
            ("Total", 2024, 651.0, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("growth", 6, "percent", 2023, 2024, 1.0),
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 368.6 / 312.4 - 1 = 17.990% -> 18
            ("cagr|implied", "exact"),  # 108.1 / 96.5 - 1 = 12.021% -> 12
            ("cagr|implied", "exact"),  # 33.0 / 31.2 - 1 = 5.769% -> 6
            ("cagr|implied", "exact"),  # 651.0 / 581.1 - 1 = 12.029% -> 12
            # 312.4 + 141.0 + 96.5 + 31.2 = 581.1; 368.6 + 141.3 + 108.1 + 33.0 = 651.0
            ("hierarchy", "exact"),
        ],
    ),
    # 20. an investor letter's appendix, a vertical aligned table of years under a lone "US$ bn" column (the market's
    #     Total), 2025E an estimate, a "YoY" column (the first year's dash nowhere) and a CAGR line with its span
    dict(
        text=(
            "Appendix to our letter of 14 February 2025: the global observability software market\n"
            "Year        US$ bn      YoY\n"
            "2021          38.5        —\n"
            "2022          44.9    +16.6%\n"
            "2023          51.2    +14.0%\n"
            "2024          55.0     +7.4%\n"
            "2025E         61.5    +11.8%\n"
            "CAGR 2021-2025E: 12.4%. E = our estimate."
        ),
        obs=[
            ("Total", 2021, 38.5, "USD billion", "actual"),
            ("Total", 2022, 44.9, "USD billion", "actual"),
            ("Total", 2023, 51.2, "USD billion", "actual"),
            ("Total", 2024, 55.0, "USD billion", "actual"),
            ("Total", 2025, 61.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16.6, "percent", 2021, 2022, 1.0),
            ("growth", 14.0, "percent", 2022, 2023, 1.0),
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("growth", 11.8, "percent", 2024, 2025, 1.0),
            ("cagr", 12.4, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 44.9 / 38.5 - 1 = 16.623% -> 16.6
            ("cagr|implied", "exact"),  # 51.2 / 44.9 - 1 = 14.031% -> 14.0
            ("cagr|implied", "exact"),  # 55.0 / 51.2 - 1 = 7.422% -> 7.4
            ("cagr|implied", "exact"),  # 61.5 / 55.0 - 1 = 11.818% -> 11.8
            # (61.5 / 38.5) ** (1 / 4) - 1 = 12.423% -> 12.4 (bounds 61.45 / 38.55 .. 61.55 / 38.45: 12.363 .. 12.482)
            ("cagr", "exact"),
        ],
    ),

    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 21. a news agency's wire under its dateline (2025): 去年 (2024) in Chinese numerals, 比前年的 (2023) its base, a rate
    #    in words (百分之十四点三) with its amounts; 占比近六成 a fraction in words and 万亿赛道 a vague size nowhere
    dict(
        text=(
            "华夏通讯社北京2025年3月6日电 记者从工业和信息化部获悉，去年我国工业软件产品收入达到三千二百亿元，比前年的"
            "二千八百亿元增长百分之十四点三，其中研发设计类软件占比近六成。业内人士认为，随着国产替代提速，工业软件有望在"
            "未来五年成长为又一条万亿赛道。"
        ),
        obs=[
            ("Total", 2024, 3200, "CNY 100 million", "actual"),
            ("Total", 2023, 2800, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 14.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 3200 / 2800 - 1 = 14.286% -> 14.3 (the numerals read at their hundreds: bounds (3150 / 2850) -> 10.526%,
            # (3250 / 2750) -> 18.182%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. a 公众号 commentary (August 2025): 去年……约1.2万亿元 opens the series in CNY trillion, 是2021年7,960亿元的1.5倍 (x1.5
    #    with both amounts, 2021 converted to 0.796), a part's 较2022年增长了1.5倍 (x1.5, the printed N; no base);
    #    万亿赛道 nowhere
    dict(
        text=(
            "2025年8月18日 发表于上海\n"
            "智能网联汽车早已不是一个概念。据车智研究院测算，去年全国智能网联汽车产业规模约1.2万亿元，是2021年7,960亿元的"
            "1.5倍；其中车载软件与服务收入较2022年增长了1.5倍，增速远超硬件。一条真正的万亿赛道已经成型，而它的下半场才"
            "刚刚开始。"
        ),
        obs=[
            ("Total", 2024, 1.2, "CNY trillion", "actual"),
            ("Total", 2021, 0.796, "CNY trillion", "actual"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2021, 2024, 3.0),  # 1.2 / 0.796 = 1.508: 是……的1.5倍
            ("multiple", 1.5, "multiple", 2022, 2024, 2.0),  # 增长了1.5倍: the printed N kept; its 2022 base not printed
        ],
        verdicts=[],
    ),
    # 23. a provincial press conference in January 2026: “十四五”期间 from 2020's 两千九百亿元 to 去年 (2025) 六千一百亿元, 五年翻了一番多
    #    (x2), 年均增长16%左右 (a span in words: inferred), 今年力争突破七千亿元 (2026), 到2030年前后……1万亿元 (10000 in the series'
    #    unit); 上千亿元级 clusters nowhere
    dict(
        text=(
            "（2026年1月20日）在省政府新闻办举行的发布会上，省工业和信息化厅负责人介绍：“十四五”期间，全省软件业务收入由2020年"
            "的两千九百亿元增长到去年的六千一百亿元，五年翻了一番多，年均增长16%左右。今年力争突破七千亿元，到2030年前后有望"
            "达到1万亿元。目前全省已形成3个上千亿元级的软件产业集群。"
        ),
        obs=[
            ("Total", 2020, 2900, "CNY 100 million", "actual"),
            ("Total", 2025, 6100, "CNY 100 million", "actual"),
            ("Total", 2026, 7000, "CNY 100 million", "estimate"),
            ("Total", 2030, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2025, 5.0),  # 6100 / 2900 = 2.103: 翻了一番多 as x2
            ("cagr", 16, "percent", 2020, 2025, None, "inferred"),
        ],
        verdicts=[
            # (6100 / 2900) ** (1 / 5) - 1 = 16.034% -> 16 (bounds (6050 / 2950) -> 15.448%, (6150 / 2850) -> 16.629%)
            ("cagr|period", "exact"),
        ],
    ),
    # 24. a broker's 晨会纪要 (June 2025): 去年……约为一千八百亿元 (2024), 今年有望增长近三成 (a rate in words) and 占比过半 nowhere,
    #    明年或将突破三千亿元 (2026, approximate), a CAGR over a printed span without its end amount; rating and target price
    #    nowhere
    dict(
        text=(
            "【晨会纪要·2025年6月12日】\n"
            "电子：我们测算，国内AI服务器市场去年规模约为一千八百亿元，今年有望增长近三成，明年或将突破三千亿元；其中推理服务器"
            "出货占比过半。2024-2027年行业复合增速有望维持在35%左右。维持行业“推荐”评级，首选标的目标价上调至86元。"
        ),
        obs=[
            ("Total", 2024, 1800, "CNY 100 million", "actual"),
            ("Total", 2026, 3000, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2024, 2027, None, "stated")],
        verdicts=[],
    ),
    # 25. a 公众号 article (April 2025): 几十亿 and 数百亿 vague sizes nowhere, 2024年……逾800亿元 (approximate), 较2021年翻了两番
    #    (x4, its base not printed), 每五元中就有一元 a fraction in words nowhere
    dict(
        text=(
            "2025-04-09 公众号「出海笔记」\n"
            "三年前，车载语音交互还只是个小众生意，不少初创公司的估值不过几十亿元；如今，行业里动辄谈论数百亿的增量空间。据声研"
            "咨询统计，2024年国内智能座舱语音交互市场规模逾800亿元，较2021年翻了两番，每五元中就有一元来自海外车企的订单。"
        ),
        obs=[("Total", 2024, 800, "CNY 100 million", "actual")],
        claims=[("multiple", 4, "multiple", 2021, 2024, 3.0)],  # 翻了两番: x4, its 2021 amount not printed
        verdicts=[],
    ),
    # 26. a Taiwan newspaper in Traditional Chinese (May 2025): 去年……約新台幣六千八百億元 (2024), 較前年成長兩成多 (a rate in words,
    #    nowhere), 預估今年……7,480億元，年增10.0% (2025, exact), 到2030年前後上看1.2兆元 (12000 in the series' unit)
    dict(
        text=(
            "（2025/05/20 經貿日報記者陳怡君）臺灣半導體封測產業持續回溫。產研所統計，去年國內封測產值約新台幣六千八百億元，"
            "較前年成長兩成多；預估今年產值可達7,480億元，年增10.0%，到2030年前後上看1.2兆元。"
        ),
        obs=[
            ("Total", 2024, 6800, "TWD 100 million", "actual"),
            ("Total", 2025, 7480, "TWD 100 million", "estimate"),
            ("Total", 2030, 12000, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 10.0, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 7480 / 6800 - 1 = 10.000% -> 10.0 (bounds, 六千八百 at its hundreds: (7479.5 / 6850) -> 9.190%,
            # (7480.5 / 6750) -> 10.822%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 27. a Hong Kong newspaper in Traditional Chinese (April 2025): 去年……約四百六十億港元 (2024, HKD 100 million) with its
    #    約合……億美元 conversion nowhere, 增長近三成 and 佔比過半 nowhere, 未來五年……年均增長約12%，到2029年……八百一十億港元 (a span
    #    in words: inferred)
    dict(
        text=(
            "【本報訊】（2025年4月2日）本地研究機構港數智庫昨日發表報告指，去年香港金融科技市場規模約四百六十億港元（約合59億"
            "美元），較前年增長近三成，其中支付及跨境匯款佔比過半。報告預計，未來五年市場年均增長約12%，到2029年可達八百一十"
            "億港元。"
        ),
        obs=[
            ("Total", 2024, 460, "HKD 100 million", "actual"),
            ("Total", 2029, 810, "HKD 100 million", "estimate"),
        ],
        claims=[("cagr", 12, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            # (810 / 460) ** (1 / 5) - 1 = 11.981% -> 12 (the numerals read at their tens: bounds (805 / 465) -> 11.601%,
            # (815 / 455) -> 12.365%)
            ("cagr|period", "exact"),
        ],
    ),
    # 28. a Taiwan commentary in Traditional Chinese (February 2025): 去年……約新台幣二百八十億元 (2024), 2021年高峰時的五百四十億元,
    #    縮水三分之一 and 下降近一半 rates in words (nowhere), 今年……三百億元上下 (2025, approximate)
    dict(
        text=(
            "（2025年2月11日 科技評論）臺灣桌上型電腦零售市場已連續三年衰退。據通路業者統計，去年市場規模約新台幣二百八十億元，"
            "較前年縮水三分之一；與2021年高峰時的五百四十億元相比，更是下降近一半。業者預估，今年市場可望回穩在三百億元上下。"
        ),
        obs=[
            ("Total", 2024, 280, "TWD 100 million", "actual"),
            ("Total", 2021, 540, "TWD 100 million", "actual"),
            ("Total", 2025, 300, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 29. a Hong Kong official at a press briefing, Traditional Chinese (June 2025): 去年……約一百二十億港元 (2024), 與2019年相比，
    #    五年間增長了四倍 (x4, the printed N; its base not printed), 到2030年前後可突破三百億港元 (2030, approximate); 三分之二 a
    #    fraction in words nowhere
    dict(
        text=(
            "（2025年6月5日）創新科技及工業局局長在記者會上表示，本港數據中心服務市場去年收益約一百二十億港元，與2019年相比，"
            "五年間增長了四倍；預計到2030年前後可突破三百億港元。他又指，業界約三分之二的新增需求來自人工智能相關租戶。"
        ),
        obs=[
            ("Total", 2024, 120, "HKD 100 million", "actual"),
            ("Total", 2030, 300, "HKD 100 million", "estimate"),
        ],
        claims=[("multiple", 4, "multiple", 2019, 2024, 5.0)],  # 增長了四倍: the printed N kept; 2019 not printed
        verdicts=[],
    ),
    # 30. a news item from Tokyo (March 2025) in yen: 约1.2万亿日元 (JPY trillion) with its 约合人民币 conversion nowhere,
    #     同比增长超过一倍 (x1, the printed N; its base not printed), 预计2025年……1.9万亿日元，增幅约58% (exact)
    dict(
        text=(
            "（2025年3月14日 东京）日本生成式AI市场去年迎来爆发。据当地调研机构和研总研统计，2024年日本生成式AI市场规模约1.2万亿"
            "日元（约合人民币570亿元），同比增长超过一倍；该机构预计，2025年将达到1.9万亿日元，增幅约58%。"
        ),
        obs=[
            ("Total", 2024, 1.2, "JPY trillion", "actual"),
            ("Total", 2025, 1.9, "JPY trillion", "estimate"),
        ],
        claims=[
            ("multiple", 1, "multiple", 2023, 2024, 1.0),  # 增长超过一倍: the printed N kept as the multiple's value
            ("growth", 58, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 21.9 / 1.2 - 1 = 58.333% -> 58 (bounds (1.85 / 1.25) -> 48.0%, (1.95 / 1.15) -> 69.565%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 31. a newspaper's 评论员文章 (April 2025): 千亿级市场 nowhere, 去年……约五千零六十亿元 and 前年为三千七百八十亿元 with 增长33.8%
    #     (reached only at the rounding), 今年……再增长两成多 nowhere, 到2030年将突破两万亿元 (20000 in the series' unit)
    dict(
        text=(
            "（2025年4月15日 本报评论员）低空经济为何被各地当作千亿级市场来争抢？看看数字便知：去年全国低空经济规模约五千零六十"
            "亿元，前年为三千七百八十亿元，增长33.8%。今年这一数字有望再增长两成多，有机构更预计到2030年将突破两万亿元。热度之下，"
            "更需冷静。"
        ),
        obs=[
            ("Total", 2024, 5060, "CNY 100 million", "actual"),
            ("Total", 2023, 3780, "CNY 100 million", "actual"),
            ("Total", 2030, 20000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 33.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 5060 / 3780 - 1 = 33.862%, not 33.8 +- 0.05; bounds (the numerals read at their tens) (5055 / 3785) ->
            # 53.554%, (5065 / 3775) -> 34.172%: 33.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. a news item (January 2025): 去年首次超过百亿元，达到一百一十二亿元 (2024, expected once at 112), 较前年增长了1.5倍 (x1.5, the
    #     printed N; its base not printed); 约三分之二 a fraction in words and 数百亿量级 a vague size nowhere
    dict(
        text=(
            "（2025年1月22日）国内AI编程助手市场去年首次超过百亿元，达到一百一十二亿元，较前年增长了1.5倍。其中，企业级订阅贡献"
            "了约三分之二的收入。业内普遍认为，这仍是一个数百亿量级的市场，远未触及天花板。"
        ),
        obs=[("Total", 2024, 112, "CNY 100 million", "actual")],
        claims=[("multiple", 1.5, "multiple", 2023, 2024, 1.0)],  # 增长了1.5倍: the printed N kept; 2023 not printed
        verdicts=[],
    ),
    # 33. a press conference (March 2025): 去年……1.05万亿元，首次突破一万亿元大关 (2024, expected once at 1.05), a part's
    #     近两千亿元 (its own series, in 亿元) with 占比近两成 nowhere, 今年有望达到1.2万亿元，增长约14% (2025, exact)
    dict(
        text=(
            "国家数据管理部门2025年3月28日举行新闻发布会。据介绍，去年全国数据产业规模达到1.05万亿元，首次突破一万亿元大关，"
            "其中数据服务收入近两千亿元，占比近两成；今年有望达到1.2万亿元，增长约14%。"
        ),
        obs=[
            ("Total", 2024, 1.05, "CNY trillion", "actual"),
            ("数据服务", 2024, 2000, "CNY 100 million", "actual"),
            ("Total", 2025, 1.2, "CNY trillion", "estimate"),
        ],
        claims=[("growth", 14, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.2 / 1.05 - 1 = 14.286% -> 14 (bounds (1.15 / 1.055) -> 9.005%, (1.25 / 1.045) -> 19.617%)
        ],
    ),
    # 34. a broker's 晨会纪要 (May 2025): 一千四百二十亿元 in 2024 较2022年的七百亿元翻了一番 (x2 with both amounts), 两年复合增速达52%
    #     (a span in words: inferred) that the amounts contradict, 预计2025年……将超过两千亿元 (approximate)
    dict(
        text=(
            "【晨会纪要】2025年5月8日 计算机组：据我们测算，2024年国内智算中心服务市场规模约为一千四百二十亿元，较2022年的七百"
            "亿元翻了一番，两年复合增速达52%；考虑到大模型推理需求放量，预计2025年市场规模将超过两千亿元。"
        ),
        obs=[
            ("Total", 2024, 1420, "CNY 100 million", "actual"),
            ("Total", 2022, 700, "CNY 100 million", "actual"),
            ("Total", 2025, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 1420 / 700 = 2.029: 翻了一番 as x2
            ("cagr", 52, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            # (1420 / 700) ** (1 / 2) - 1 = 42.428%; bounds (1415 / 750) -> 37.356%, (1425 / 650) -> 48.064%:
            # 52 +- 0.5 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 35. a broker's 要点 pipe table (人民币): 市场规模 cells 约220亿, 约450亿 and 近千亿 (2026年E, an estimate), 翻倍 and 翻倍有余
    #     cells (x2 over each two years), 份额 in words (约四成, 过半) nowhere; the source line's date nowhere
    dict(
        text=(
            "【要点】国内AI陪伴硬件市场一览（人民币）\n"
            "| 指标 | 2022年 | 2024年 | 2026年E |\n"
            "|---|---|---|---|\n"
            "| 市场规模 | 约220亿 | 约450亿 | 近千亿 |\n"
            "| 两年变化 | — | 翻倍 | 翻倍有余 |\n"
            "| 头部五家合计份额 | 约四成 | 过半 | — |\n"
            "资料来源：启辰证券研究所，2025年3月"
        ),
        obs=[
            ("市场规模", 2022, 220, "CNY 100 million", "actual"),
            ("市场规模", 2024, 450, "CNY 100 million", "actual"),
            ("市场规模", 2026, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 450 / 220 = 2.045: 翻倍
            ("multiple", 2, "multiple", 2024, 2026, 2.0),  # 1000 / 450 = 2.222: 翻倍有余 as x2
        ],
        verdicts=[],
    ),
    # 36. a vertical pipe table whose 产业规模 cells mix 亿元 and 万亿元: the series keeps 亿元 (1.21万亿元 -> 12,100), 2025年E
    #     an estimate, 同比增长 each year (one reached only at the rounding); the title's years nowhere
    dict(
        text=(
            "表3 2021—2025年我国算力产业规模\n"
            "| 年份 | 产业规模 | 同比增长 |\n"
            "|---|---|---|\n"
            "| 2021年 | 8,450亿元 | — |\n"
            "| 2022年 | 9,870亿元 | 16.8% |\n"
            "| 2023年 | 1.21万亿元 | 22.6% |\n"
            "| 2024年 | 1.46万亿元 | 20.2% |\n"
            "| 2025年E | 1.75万亿元 | 19.9% |\n"
            "数据来源：中算研究院，2025年6月"
        ),
        obs=[
            ("产业规模", 2021, 8450, "CNY 100 million", "actual"),
            ("产业规模", 2022, 9870, "CNY 100 million", "actual"),
            ("产业规模", 2023, 12100, "CNY 100 million", "actual"),
            ("产业规模", 2024, 14600, "CNY 100 million", "actual"),
            ("产业规模", 2025, 17500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2021, 2022, 1.0),
            ("growth", 22.6, "percent", 2022, 2023, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9870 / 8450 - 1 = 16.805% -> 16.8
            ("cagr|implied", "exact"),  # 12100 / 9870 - 1 = 22.594% -> 22.6 (bounds 22.025-23.163)
            # 14600 / 12100 - 1 = 20.661%, not 20.2 +- 0.05; bounds (1.21万亿 and 1.46万亿 at half their last digit,
            # +-50) (14550 / 12150) -> 19.753%, (14650 / 12050) -> 21.577%: 20.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 17500 / 14600 - 1 = 19.863% -> 19.9 (bounds 19.113-20.619)
        ],
    ),
    # 37. a Taiwan research centre's tab table in Traditional Chinese (新台幣億元): 2023年, 2024年 and 年增率 (one contradicted by
    #     its figures), a 總計 row
    dict(
        text=(
            "臺灣雲端服務市場規模（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t年增率\n"
            "公有雲\t642\t798\t24.3%\n"
            "私有雲\t215\t236\t12.8%\n"
            "混合雲\t143\t171\t19.6%\n"
            "總計\t1,000\t1,205\t20.5%\n"
            "資料來源：資策研究中心，2025年4月"
        ),
        obs=[
            ("公有雲", 2023, 642, "TWD 100 million", "actual"),
            ("公有雲", 2024, 798, "TWD 100 million", "actual"),
            ("私有雲", 2023, 215, "TWD 100 million", "actual"),
            ("私有雲", 2024, 236, "TWD 100 million", "actual"),
            ("混合雲", 2023, 143, "TWD 100 million", "actual"),
            ("混合雲", 2024, 171, "TWD 100 million", "actual"),
            ("總計", 2023, 1000, "TWD 100 million", "actual"),
            ("總計", 2024, 1205, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 798 / 642 - 1 = 24.299% -> 24.3
            # 236 / 215 - 1 = 9.767%; bounds (235.5 / 215.5) -> 9.281%, (236.5 / 214.5) -> 10.256%: 12.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 171 / 143 - 1 = 19.580% -> 19.6
            ("cagr|implied", "exact"),  # 1205 / 1000 - 1 = 20.500% -> 20.5
            ("hierarchy", "exact"),  # 642 + 215 + 143 = 1000; 798 + 236 + 171 = 1205
        ],
    ),
    # 38. a broker's 晨会 table aligned with spaces (人民币): cells in 约1,650亿, 近600亿, 超900亿, 逾百亿 (approximate figures),
    #     2025年E estimates, a 同比 column with a 翻倍 cell (x2 over one year)
    dict(
        text=(
            "晨会纪要·电子组 2025年3月3日\n"
            "AI算力产业链细分市场规模（人民币）\n"
            "细分领域        2024年         2025年E        同比\n"
            "AI服务器        约1,650亿      约2,200亿      33%\n"
            "光模块          近600亿        超900亿        50%\n"
            "液冷            逾百亿         约200亿        翻倍\n"
            "注：E为我们的预测。"
        ),
        obs=[
            ("AI服务器", 2024, 1650, "CNY 100 million", "actual"),
            ("AI服务器", 2025, 2200, "CNY 100 million", "estimate"),
            ("光模块", 2024, 600, "CNY 100 million", "actual"),
            ("光模块", 2025, 900, "CNY 100 million", "estimate"),
            ("液冷", 2024, 100, "CNY 100 million", "actual"),
            ("液冷", 2025, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
            ("growth", 50, "percent", 2024, 2025, 1.0),
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 200 / 100 = 2.0: 翻倍
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2200 / 1650 - 1 = 33.333% -> 33
            ("cagr|implied", "exact"),  # 900 / 600 - 1 = 50.000% -> 50
        ],
    ),
    # 39. a province's “十四五” plan table, tab-separated, printed in December 2021: 2020年 (actual) and 2025年目标 (estimate)
    #     for 软件业务收入 (亿元) and 软件业务出口 (亿美元), a 年均增长 column (its span from the columns' years: inferred); the
    #     table number and the note's date nowhere
    dict(
        text=(
            "表1 “十四五”时期全省软件和信息技术服务业发展主要指标\n"
            "指标\t2020年\t2025年目标\t年均增长\n"
            "软件业务收入（亿元）\t2,860\t5,000\t11.8%\n"
            "软件业务出口（亿美元）\t42\t60\t7.4%\n"
            "注：本规划于2021年12月印发。"
        ),
        obs=[
            ("软件业务收入", 2020, 2860, "CNY 100 million", "actual"),
            ("软件业务收入", 2025, 5000, "CNY 100 million", "estimate"),
            ("软件业务出口", 2020, 42, "USD 100 million", "actual"),
            ("软件业务出口", 2025, 60, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 11.8, "percent", 2020, 2025, None, "inferred"),
            ("cagr", 7.4, "percent", 2020, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5000 / 2860) ** (1 / 5) - 1 = 11.820% -> 11.8
            ("cagr|period", "exact"),  # (60 / 42) ** (1 / 5) - 1 = 7.394% -> 7.4 (bounds 6.961-7.830)
        ],
    ),
    # 40. a 公众号 chart aligned with spaces under its date (July 2025): 前年, 去年 and 今年E columns (2023, 2024, 2025 an
    #     estimate), a 合计 row, a 合计同比 row (the second reached only at the rounding)
    dict(
        text=(
            "2025年7月10日 公众号「家电观察」\n"
            "智能清洁电器线上零售额（亿元）\n"
            "品类            前年      去年      今年E\n"
            "扫地机器人      186       212       245\n"
            "洗地机           98       131       160\n"
            "合计            284       343       405\n"
            "合计同比          —     20.8%     17.9%"
        ),
        obs=[
            ("扫地机器人", 2023, 186, "CNY 100 million", "actual"),
            ("扫地机器人", 2024, 212, "CNY 100 million", "actual"),
            ("扫地机器人", 2025, 245, "CNY 100 million", "estimate"),
            ("洗地机", 2023, 98, "CNY 100 million", "actual"),
            ("洗地机", 2024, 131, "CNY 100 million", "actual"),
            ("洗地机", 2025, 160, "CNY 100 million", "estimate"),
            ("合计", 2023, 284, "CNY 100 million", "actual"),
            ("合计", 2024, 343, "CNY 100 million", "actual"),
            ("合计", 2025, 405, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 343 / 284 - 1 = 20.775% -> 20.8
            # 405 / 343 - 1 = 18.076%, not 17.9 +- 0.05; bounds (404.5 / 343.5) -> 17.758%, (405.5 / 342.5) -> 18.394%:
            # 37.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
            # 186 + 98 = 284; 212 + 131 = 343; 245 + 160 = 405
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 5, 'inconsistent': 4, 'rounding': 6, 'exact': 42}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'half a trillion dollars',
    'a $1.3-trillion market',
    'north of $40bn',
    'high-single-digit growth',
    'three hundred million euros',
    'up by a quarter',
    'one in every five euros',
    'grew two-and-a-half times',
    'two-thirds of the market',
    'just shy of $12 billion',
    'more than doubled',
    'some $700m',
    'roughly tripled over three years',
    'upward of $1.1bn',
    'a fifth larger',
    'fell by half',
    'Hundreds of millions',
    '$2.5 billion-plus',
    'a multibillion-dollar market',
    'over the next five years',
    "by decade's end",
    'two point seven billion dollars',
    '| ~$45B | ~$95B | 2x |',
    '$850 bn\t$1.02 tn',
    '141.3      flat',
    '三千二百亿元',
    '比前年的二千八百亿元增长百分之十四点三',
    '约1.2万亿元，是2021年7,960亿元的1.5倍',
    '较2022年增长了1.5倍',
    '“十四五”期间',
    '到2030年前后有望达到1万亿元',
    '上千亿元级',
    '今年有望增长近三成，明年或将突破三千亿元',
    '逾800亿元，较2021年翻了两番',
    '每五元中就有一元',
    '較前年成長兩成多',
    '（約合59億美元）',
    '未來五年市場年均增長約12%',
    '縮水三分之一',
    '下降近一半',
    '五年間增長了四倍',
    '同比增长超过一倍',
    '千亿级市场',
    '首次超过百亿元，达到一百一十二亿元',
    '首次突破一万亿元大关，其中数据服务收入近两千亿元',
    '| 市场规模 | 约220亿 | 约450亿 | 近千亿 |',
    '| 2023年 | 1.21万亿元 | 22.6% |',
    '總計\t1,000\t1,205\t20.5%',
    '逾百亿         约200亿        翻倍',
    '品类            前年      去年      今年E',
)
#: the set's blind score (written without reading or running the extractor, scored once): 79 figures, 34 rates, 35
#: verdicts and no false inconsistent; chosen on since (cells said roughly, of two scales, multiples in change columns;
#: figures and rates said in words)
FLOORS = {"figures_found": 138, "rates_found": 61, "verdicts_right": 51}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset74.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
