"""A seventy-first check set for the extractor, written blind: market sizes as analysts derive them -- bank and
consultancy notes in English that build a market from its drivers ("we size the 2030 TAM at", units times an ASP, a
bottom-up build, "our 2027E ... implies a CAGR from 2024's"), bear, base and bull cases of which the base is the
figure, a note that revises its own earlier estimate ("up from our prior"), and Chinese and Traditional Chinese 券商研报
and 研調 notes (我们测算, 市场空间, 中性假设下, 对应市场规模约, 上调至, 此前预测为, 產值 and 新台幣億元); with driver tables of units, prices and
market size across 2024A-2030E columns (only the market size row a market figure), scenario tables, segment tables with
a total row and sensitivity grids of penetration against price (no market figures).

Conventions: as in the sixty-eighth set (its module docstring states them). In prose only the base or neutral case is a
figure; a table of scenarios gives each row as an item of its own name, as the eleventh and fifty-seventh sets read one
(the eighteenth snippet's expectations were set so after its first scoring, which had expected its base row alone). A
note's own earlier estimate, volumes, prices, ASPs and penetration rates are expected nowhere.
"""

from __future__ import annotations

CHECKSET = [
    # 1. a bank note sizes a TAM from its drivers: "We size the 2030 TAM at US$37.8bn (2.1mn units x an ASP of
    #    US$18,000)" against "roughly US$1.6bn" in 2024, "about 69%" compound growth (inferred span); the units and the
    #    ASP are drivers, expected nowhere
    dict(
        text=(
            "Harbourline Securities · Global Industrials · 9 April 2025\n"
            "Humanoid robots: the next hardware cycle\n"
            "We size the 2030 TAM at US$37.8bn (2.1mn units x an ASP of US$18,000), against roughly US$1.6bn of "
            "humanoid sales in 2024, a compound growth rate of about 69%. Early volumes come from car plants and "
            "parcel hubs, where pilots are already running."
        ),
        obs=[
            ("Total", 2030, 37.8, "USD billion", "estimate"),
            ("Total", 2024, 1.6, "USD billion", "actual"),
        ],
        claims=[("cagr", 69, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (37.8 / 1.6) ** (1 / 6) - 1 = 69.393% -> 69 (bounds (37.75 / 1.65) -> 68.564%, (37.85 / 1.55) -> 70.254%)
            ("cagr|period", "exact"),
        ],
    ),
    # 2. a sector note's bottom-up build: "A bottom-up build gets us to a 2028E ... market of US$41.6bn" (GW and
    #    per-MW content nowhere), "up from our prior US$34bn" (nowhere), 2024's spend and "a CAGR of 44% across the
    #    four years" (inferred span)
    dict(
        text=(
            "Beaumont Partners — Sector note, 3 June 2025. Thermal management for AI data centres.\n"
            "A bottom-up build gets us to a 2028E liquid-cooling market of US$41.6bn: 52 GW of AI capacity "
            "commissioned that year, each MW carrying about US$0.8mn of cooling content. That is up from our prior "
            "US$34bn and compares with US$9.7bn spent in 2024, a CAGR of 44% across the four years."
        ),
        obs=[
            ("Total", 2028, 41.6, "USD billion", "estimate"),
            ("Total", 2024, 9.7, "USD billion", "actual"),
        ],
        claims=[("cagr", 44, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            # (41.6 / 9.7) ** (1 / 4) - 1 = 43.906% -> 44 (bounds (41.55 / 9.75) -> 43.678%, (41.65 / 9.65) -> 44.136%)
            ("cagr|period", "exact"),
        ],
    ),
    # 3. "Our 2027E of $18.9bn ... implies a 24% CAGR from 2024's $9.9bn" (inferred span); a company's share of the
    #    whole 2024 market is a share; the price target and its upside nowhere
    dict(
        text=(
            "NEW YORK, 21 May 2025 (Castlegate Research) — Our 2027E of $18.9bn for edge AI inference silicon "
            "implies a 24% CAGR from 2024's $9.9bn. Norvik, our top pick, held about 27% of that 2024 market, on our "
            "estimates. We reiterate Buy with a price target of $142, 31% upside."
        ),
        obs=[
            ("Total", 2027, 18.9, "USD billion", "estimate"),
            ("Total", 2024, 9.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (18.9 / 9.9) ** (1 / 3) - 1 = 24.053% -> 24 (bounds (18.85 / 9.95) -> 23.736%, (18.95 / 9.85) -> 24.372%)
            ("cagr|period", "exact"),
        ],
    ),
    # 4. a note that revises its own estimate: "We lift our 2026E ... to US$14.2bn, up from our prior US$12.8bn"
    #    (nowhere), units and ASP nowhere, "30% growth on the US$10.9bn ... for 2025E" and "18% above last year's" (a
    #    rate whose 2024 base is not printed)
    dict(
        text=(
            "Oriel Capital Markets, 17 September 2025. Smart glasses: raising the bar again. We lift our 2026E "
            "estimate for the smart-glasses market to US$14.2bn, up from our prior US$12.8bn, on 9.5mn units at a "
            "blended ASP near US$1,500. The new number implies 30% growth on the US$10.9bn we now pencil in for "
            "2025E, itself 18% above last year's spend."
        ),
        obs=[
            ("Total", 2026, 14.2, "USD billion", "estimate"),
            ("Total", 2025, 10.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2025, 2026, 1.0),
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 14.2 / 10.9 - 1 = 30.275% -> 30 (bounds (14.15 / 10.95) -> 29.224%, (14.25 / 10.85) -> 31.336%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 5. an initiation: 2024 "by our count" and 2027E "roughly 18% a year" (inferred span); the leader's share of the
    #    2024 total a share, its share of one segment (not the whole market) nowhere
    dict(
        text=(
            "Fenwick Lyle Research, 2 October 2025 — Cloud contact-centre software: initiating coverage. By our "
            "count, the market came to $7.4bn in 2024, and we look for $12.1bn in 2027E, roughly 18% a year. "
            "Talvera, the category leader, took 22% of the 2024 total; in the mid-market segment its share is "
            "closer to 41%."
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2027, 12.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.1 / 7.4) ** (1 / 3) - 1 = 17.811% -> 18 (bounds (12.05 / 7.45) -> 17.384%, (12.15 / 7.35) -> 18.240%)
            ("cagr|period", "exact"),
        ],
    ),
    # 6. a seat-based sizing in "mn": seats and price per seat nowhere, 2025E "US$474mn, 9.2% above the US$434mn we
    #    count for 2024"
    dict(
        text=(
            "Dental practice software, a seat-based sizing (Alder Row Advisors, 11 February 2025). A bottom-up seat "
            "count of 412,000 US seats at US$1,150 a seat a year puts the 2025E market at US$474mn, 9.2% above the "
            "US$434mn we count for 2024."
        ),
        obs=[
            ("Total", 2025, 474, "USD million", "estimate"),
            ("Total", 2024, 434, "USD million", "actual"),
        ],
        claims=[("growth", 9.2, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 474 / 434 - 1 = 9.217% -> 9.2 (bounds (473.5 / 434.5) -> 8.976%, (474.5 / 433.5) -> 9.458%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 7. a euro note: "more than doubling, from €2.9bn in 2024 to €6.3bn in 2028E" (x2 over 2024-2028); the
    #    penetration rates and the installations nowhere
    dict(
        text=(
            "Vennard & Co., Utilities and Clean Tech, 30 January 2025. European home EV chargers: we see the market "
            "more than doubling, from €2.9bn in 2024 to €6.3bn in 2028E, as penetration of wallboxes among "
            "battery-EV owners climbs from 46% to 71% and annual installations pass 1.9mn units."
        ),
        obs=[
            ("Total", 2024, 2.9, "EUR billion", "actual"),
            ("Total", 2028, 6.3, "EUR billion", "estimate"),
        ],
        claims=[("multiple", 2, "multiple", 2024, 2028, 4.0)],  # 6.3 / 2.9 = 2.172: more than doubling
        verdicts=[],
    ),
    # 8. a TAM from subscribers and ARPU (nowhere): "US$95bn ... a 28% compound annual rate of growth from 2024's
    #    US$24bn" (inferred span), a rate its amounts contradict
    dict(
        text=(
            "Strathmore Equity Research, 14 March 2025. Direct-to-device satellite broadband. We put the 2030E TAM "
            "at US$95bn (61mn subscribers paying US$130 a month), a 28% compound annual rate of growth from 2024's "
            "US$24bn."
        ),
        obs=[
            ("Total", 2030, 95, "USD billion", "estimate"),
            ("Total", 2024, 24, "USD billion", "actual"),
        ],
        claims=[("cagr", 28, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (95 / 24) ** (1 / 6) - 1 = 25.772%; bounds (94.5 / 24.5) -> 25.231%, (95.5 / 23.5) -> 26.325%:
            # 28 +- 0.5 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. amounts in "mn": "our base case has the US market at US$842mn in 2024 ... rising to US$1,310mn by 2026E,
    #    or growth of roughly 25% a year" (inferred span); the users and the price a year nowhere
    dict(
        text=(
            "Clinical AI scribes (Pellham Health Partners, 6 August 2025): our base case has the US market at "
            "US$842mn in 2024, built from 71,000 physician users at US$11,860 a year, rising to US$1,310mn by "
            "2026E, or growth of roughly 25% a year."
        ),
        obs=[
            ("Total", 2024, 842, "USD million", "actual"),
            ("Total", 2026, 1310, "USD million", "estimate"),
        ],
        claims=[("cagr", 25, "percent", 2024, 2026, None, "inferred")],
        verdicts=[
            # (1310 / 842) ** (1 / 2) - 1 = 24.732% -> 25 (bounds (1309.5 / 842.5) -> 24.672%, (1310.5 / 841.5) ->
            # 24.793%)
            ("cagr|period", "exact"),
        ],
    ),
    # 10. a consultancy in "EUR bn": 2025E from units and an installed price (nowhere), "With 2024's actual at EUR
    #     6.2bn, our forecast implies growth of 24%", a rate its amounts contradict
    dict(
        text=(
            "Corlan & Weiss — Germany heat pumps, 25 April 2025. We estimate the installation market at EUR 7.9bn "
            "for 2025E, derived from 410,000 units at an average installed price of EUR 19,300. With 2024's actual "
            "at EUR 6.2bn, our forecast implies growth of 24%."
        ),
        obs=[
            ("Total", 2025, 7.9, "EUR billion", "estimate"),
            ("Total", 2024, 6.2, "EUR billion", "actual"),
        ],
        claims=[("growth", 24, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 7.9 / 6.2 - 1 = 27.419%; bounds (7.85 / 6.25) -> 25.600%, (7.95 / 6.15) -> 29.268%: 24 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. bear, base and bull in prose: only the base case ($214bn in 2028E) is the figure, units and ASP nowhere,
    #     "From 2024A's $58bn ... a CAGR of 38.9% over 2024A-28E" (stated span) reached only at the rounding
    dict(
        text=(
            "Kelso Brothers Global Tech, 8 July 2025 — AI PCs. In our base case the global AI PC market reaches "
            "$214bn in 2028E, on 190mn units at an average $1,125; the bear case is $151bn and the bull case $286bn. "
            "From 2024A's $58bn, the base case is a CAGR of 38.9% over 2024A-28E."
        ),
        obs=[
            ("Total", 2028, 214, "USD billion", "estimate"),
            ("Total", 2024, 58, "USD billion", "actual"),
        ],
        claims=[("cagr", 38.9, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            # (214 / 58) ** (1 / 4) - 1 = 38.595%, not 38.9 +- 0.05; bounds (213.5 / 58.5) -> 38.217%, (214.5 / 57.5) ->
            # 38.976%: 38.9 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 12. sterling: "reached £2.8bn in 2024, by our tally 14% more than 2023's £2.5bn" (reached only at the rounding),
    #     2025E an estimate; the penetration rate nowhere
    dict(
        text=(
            "LONDON, 19 February 2025 — UK managed security services: spending reached £2.8bn in 2024, by our tally "
            "14% more than 2023's £2.5bn, and we model £3.2bn for 2025E. Public-sector buyers, where penetration of "
            "outsourced SOC services is still only 23%, are the swing factor."
        ),
        obs=[
            ("Total", 2024, 2.8, "GBP billion", "actual"),
            ("Total", 2023, 2.5, "GBP billion", "actual"),
            ("Total", 2025, 3.2, "GBP billion", "estimate"),
        ],
        claims=[("growth", 14, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.8 / 2.5 - 1 = 12.000%, not 14 +- 0.5; bounds (2.75 / 2.55) -> 7.843%, (2.85 / 2.45) -> 16.327%:
            # 14 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. "US$ bn" with a space: 2029E "about eightfold the US$ 0.42 bn of 2024" (x8 over 2024-2029), the parcels and
    #     the price a parcel nowhere, "Drone traffic management, an adjacent market" an item of its own name
    dict(
        text=(
            "Aster Ridge Consulting, 2 December 2025. Drone delivery services: we size the global market at US$ 3.4 bn "
            "in 2029E, about eightfold the US$ 0.42 bn of 2024, on 1.1bn parcels a year at roughly US$ 3.10 each. "
            "Drone traffic management, an adjacent market we size separately, adds US$ 0.9 bn in 2029E."
        ),
        obs=[
            ("Drone traffic management", 2029, 0.9, "USD billion", "estimate"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
            ("Total", 2024, 0.42, "USD billion", "actual"),
        ],
        claims=[("multiple", 8, "multiple", 2024, 2029, 5.0)],  # 3.4 / 0.42 = 8.095: about eightfold
        verdicts=[],
    ),
    # 14. a TAM split: "Of our 2028E TAM of US$52.0bn, training accelerators account for US$31.4bn, or 60%" (a part
    #     with its share); the penetration of custom ASICs nowhere
    dict(
        text=(
            "Greyfriars Securities, 10 June 2025. AI accelerators: who gets the dollars. Of our 2028E TAM of "
            "US$52.0bn, training accelerators account for US$31.4bn, or 60%, and inference chips for the "
            "remainder. We assume custom ASICs reach 35% penetration of accelerator units by then."
        ),
        obs=[
            ("Total", 2028, 52.0, "USD billion", "estimate"),
            ("Training accelerators", 2028, 31.4, "USD billion", "estimate"),
        ],
        claims=[("share", 60, "percent", 2028, 2028, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 31.4 / 52.0 = 60.385% -> 60
        ],
    ),
    # 15. a build from GWh and a price per kWh (nowhere): "a US$98bn market, roughly triple 2024's US$33bn" (x3 over
    #     2024-2029)
    dict(
        text=(
            "Marlowe Bank, Energy Transition Research, 24 February 2025. Grid-scale storage integration: deployments "
            "of 410 GWh in 2029E at US$240 per kWh installed would make a US$98bn market, roughly triple 2024's "
            "US$33bn."
        ),
        obs=[
            ("Total", 2029, 98, "USD billion", "estimate"),
            ("Total", 2024, 33, "USD billion", "actual"),
        ],
        claims=[("multiple", 3, "multiple", 2024, 2029, 5.0)],  # 98 / 33 = 2.970: roughly triple
        verdicts=[],
    ),
    # 16. a Japanese broker in yen and fiscal years: "¥412bn in FY2027E, up from ¥305bn in FY2024, a CAGR of 10.5%"
    #     (inferred span); the systems shipped nowhere
    dict(
        text=(
            "TOKYO, 12 May 2025 — Kanda Securities sizes Japan's market for factory-automation vision systems at "
            "¥412bn in FY2027E, up from ¥305bn in FY2024, a CAGR of 10.5%, on annual shipments of about 148,000 "
            "systems."
        ),
        obs=[
            ("Total", 2027, 412, "JPY billion", "estimate"),
            ("Total", 2024, 305, "JPY billion", "actual"),
        ],
        claims=[("cagr", 10.5, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            # (412 / 305) ** (1 / 3) - 1 = 10.543% -> 10.5 (bounds (411.5 / 305.5) -> 10.438%, (412.5 / 304.5) ->
            # 10.649%)
            ("cagr|period", "exact"),
        ],
    ),
    # 17. a driver table (pipe) across 2024A-2030E: installations and ASP rows nowhere, only the "Market size
    #     (US$bn)" row a market figure (item "Market size"), its "CAGR 2024A-30E" (stated) under the table
    dict(
        text=(
            "Exhibit 4: Residential solar inverters, market model (global)\n"
            "| Driver | 2024A | 2025E | 2026E | 2028E | 2030E |\n"
            "|---|---|---|---|---|---|\n"
            "| Installations (GW) | 118 | 131 | 146 | 178 | 214 |\n"
            "| Inverter ASP (US$/W) | 0.052 | 0.049 | 0.047 | 0.043 | 0.040 |\n"
            "| Market size (US$bn) | 6.1 | 6.4 | 6.9 | 7.7 | 8.6 |\n"
            "Market size CAGR 2024A-30E: 5.9%. Source: Tillbury Bank estimates, May 2025."
        ),
        obs=[
            ("Market size", 2024, 6.1, "USD billion", "actual"),
            ("Market size", 2025, 6.4, "USD billion", "estimate"),
            ("Market size", 2026, 6.9, "USD billion", "estimate"),
            ("Market size", 2028, 7.7, "USD billion", "estimate"),
            ("Market size", 2030, 8.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 5.9, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (8.6 / 6.1) ** (1 / 6) - 1 = 5.892% -> 5.9 (bounds (8.55 / 6.15) -> 5.645%, (8.65 / 6.05) -> 6.139%)
            ("cagr", "exact"),
        ],
    ),
    # 18. a bear/base/bull table (space-aligned, "($bn)"): a table of scenarios gives each row as an item of its own
    #     name, as the eleventh and fifty-seventh sets read one, each with its "CAGR 24A-30E" (stated); the Base row's
    #     reached only at the rounding
    dict(
        text=(
            "Figure 7: Robotaxi fare revenue by scenario ($bn)\n"
            "Scenario    2024A    2027E    2030E    CAGR 24A-30E\n"
            "Bear          2.6      5.9     14.2        32.7%\n"
            "Base          2.6      9.8     31.0        51.5%\n"
            "Bull          2.6     15.4     58.5        68.0%\n"
            "Source: Quarry Lane Research, 5 November 2025."
        ),
        obs=[
            ("Bear", 2024, 2.6, "USD billion", "actual"),
            ("Bear", 2027, 5.9, "USD billion", "estimate"),
            ("Bear", 2030, 14.2, "USD billion", "estimate"),
            ("Base", 2024, 2.6, "USD billion", "actual"),
            ("Base", 2027, 9.8, "USD billion", "estimate"),
            ("Base", 2030, 31.0, "USD billion", "estimate"),
            ("Bull", 2024, 2.6, "USD billion", "actual"),
            ("Bull", 2027, 15.4, "USD billion", "estimate"),
            ("Bull", 2030, 58.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 51.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 68.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (14.2 / 2.6) ** (1 / 6) - 1 = 32.705% -> 32.7
            # (31.0 / 2.6) ** (1 / 6) - 1 = 51.146%, not 51.5 +- 0.05; bounds (30.95 / 2.65) -> 50.627%, (31.05 / 2.55)
            # -> 51.677%: 51.5 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (58.5 / 2.6) ** (1 / 6) - 1 = 68.021% -> 68.0
        ],
    ),
    # 19. a segment table (tab-separated, "US$ mn") with A and E columns and a Total row adding its segments
    dict(
        text=(
            "Industrial OT cybersecurity market by segment (US$ mn)\n"
            "Segment\t2024A\t2025E\t2026E\n"
            "Network security\t2,184\t2,520\t2,902\n"
            "Endpoint protection\t1,146\t1,327\t1,531\n"
            "Identity and access\t763\t905\t1,068\n"
            "Services\t1,507\t1,698\t1,906\n"
            "Total\t5,600\t6,450\t7,407\n"
            "Source: Brackwell Advisory sizing, March 2025; A = actual, E = estimate."
        ),
        obs=[
            ("Network security", 2024, 2184, "USD million", "actual"),
            ("Network security", 2025, 2520, "USD million", "estimate"),
            ("Network security", 2026, 2902, "USD million", "estimate"),
            ("Endpoint protection", 2024, 1146, "USD million", "actual"),
            ("Endpoint protection", 2025, 1327, "USD million", "estimate"),
            ("Endpoint protection", 2026, 1531, "USD million", "estimate"),
            ("Identity and access", 2024, 763, "USD million", "actual"),
            ("Identity and access", 2025, 905, "USD million", "estimate"),
            ("Identity and access", 2026, 1068, "USD million", "estimate"),
            ("Services", 2024, 1507, "USD million", "actual"),
            ("Services", 2025, 1698, "USD million", "estimate"),
            ("Services", 2026, 1906, "USD million", "estimate"),
            ("Total", 2024, 5600, "USD million", "actual"),
            ("Total", 2025, 6450, "USD million", "estimate"),
            ("Total", 2026, 7407, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2184 + 1146 + 763 + 1507 = 5600; 2520 + 1327 + 905 + 1698 = 6450; 2902 + 1531 + 1068 + 1906 = 7407
            ("hierarchy", "exact"),
        ],
    ),
    # 20. a sensitivity grid of penetration against ASP (space-aligned): its cells are no market figures; the base
    #     case under it ("a 2030E TAM of US$6.0bn, up from US$2.2bn in 2024A, an 18% CAGR", inferred span) is
    dict(
        text=(
            "Exhibit 11: 2030E heat-pump tumble dryer TAM (US$bn), sensitivity to penetration and ASP\n"
            "Penetration    ASP US$700    ASP US$800    ASP US$900\n"
            "10%                   3.5           4.0           4.5\n"
            "15%                   5.3           6.0           6.8\n"
            "20%                   7.0           8.0           9.0\n"
            "Our base case (15% penetration of 50mn annual dryer sales at an ASP of US$800) gives a 2030E TAM of "
            "US$6.0bn, up from US$2.2bn in 2024A, an 18% CAGR. Source: Penrose Bank, 16 October 2025."
        ),
        obs=[
            ("Total", 2030, 6.0, "USD billion", "estimate"),
            ("Total", 2024, 2.2, "USD billion", "actual"),
        ],
        claims=[("cagr", 18, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (6.0 / 2.2) ** (1 / 6) - 1 = 18.201% -> 18 (bounds (5.95 / 2.25) -> 17.595%, (6.05 / 2.15) -> 18.819%)
            ("cagr|period", "exact"),
        ],
    ),

    # ------------------------------------------------------------------------------------ Chinese prose (Simplified)
    # 21. a broker's deep-dive: 我们测算，2030年全球……市场空间有望达到……亿美元（出货量……万台×单价……万美元） (2030, an estimate; the
    #    drivers nowhere), 2024's base and a 2024-2030E CAGR (stated); the title's date, the 渗透率 and risk note nowhere
    dict(
        text=(
            "【东岳证券·机械设备】人形机器人行业深度报告（2025年4月）\n"
            "我们测算，2030年全球人形机器人本体市场空间有望达到1,530亿美元（出货量340万台×单价4.5万美元），而2024年全球市场"
            "规模仅约14.8亿美元，2024-2030E CAGR约为116.6%。以工业场景计，2030年人形机器人渗透率约为6%。\n"
            "风险提示：量产进度不及预期；核心零部件降本不及预期。"
        ),
        obs=[
            ("Total", 2030, 1530, "USD 100 million", "estimate"),
            ("Total", 2024, 14.8, "USD 100 million", "actual"),
        ],
        claims=[("cagr", 116.6, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (1530 / 14.8) ** (1 / 6) - 1 = 116.640% -> 116.6 (bounds (1529.5 / 14.85) -> 116.506%,
            # (1530.5 / 14.75) -> 116.774%)
            ("cagr", "exact"),
        ],
    ),
    # 22. a broker's electronics team: 中性假设下 ... 销量 × 均价, 对应市场规模约225亿元 (2027, approximate estimate), its
    #    2024-2027年 CAGR (stated) against the 2024 figure printed last; 乐观/悲观 cases, units and price nowhere
    dict(
        text=(
            "国信达证券电子组（2025年2月18日）：AI眼镜有望成为端侧AI的下一个爆款终端。中性假设下，我们预计2027年国内AI眼镜"
            "销量达到1,250万副，按均价1,800元计算，对应市场规模约225亿元，2024-2027年年均复合增速约80%；乐观假设下市场规模"
            "可达340亿元，悲观假设下约为140亿元。据我们统计，2024年国内AI眼镜市场规模为38.6亿元。"
        ),
        obs=[
            ("Total", 2027, 225, "CNY 100 million", "estimate"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 80, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            # (225 / 38.6) ** (1 / 3) - 1 = 79.969% -> 80 (bounds (224.5 / 38.65) -> 79.758%, (225.5 / 38.55) ->
            # 100.180%)
            ("cagr", "exact"),
        ],
    ),
    # 23. a broker's model update: 预测上调至182亿美元，此前预测为146亿美元 (2026, the replaced figure nowhere), 2025 预计 with its
    #    同比 against 2024 in brackets, and 2026's 同比增速有望 rate
    dict(
        text=(
            "华岳证券通信团队更新光模块行业模型：受海外云厂商AI集群建设超预期驱动，我们将2026年全球800G及以上高速光模块"
            "市场规模预测上调至182亿美元，此前预测为146亿美元。2025年市场规模预计为121亿美元，同比增长68.1%（2024年为72亿"
            "美元）；2026年同比增速有望维持在50.4%。"
        ),
        obs=[
            ("Total", 2026, 182, "USD 100 million", "estimate"),
            ("Total", 2025, 121, "USD 100 million", "estimate"),
            ("Total", 2024, 72, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 68.1, "percent", 2024, 2025, 1.0),
            ("growth", 50.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 121 / 72 - 1 = 68.056% -> 68.1
            ("cagr|implied", "exact"),  # 182 / 121 - 1 = 50.413% -> 50.4
        ],
    ),
    # 24. a thematic note: 渗透率 and 单颗ASP (no market figures), 下降超过五成 (a fraction in words) nowhere; 我们测算2028年……有望
    #    达到 (an estimate) 约为2024年……的3.6倍 (a multiple over 2024-2028)
    dict(
        text=(
            "车载激光雷达专题（2025年3月）：2024年国内乘用车激光雷达前装渗透率约为6.2%，单颗ASP已降至约2,800元，较2022年"
            "下降超过五成。随着渗透率提升，我们测算2028年国内车载激光雷达市场规模有望达到286亿元，约为2024年79亿元的3.6倍。"
        ),
        obs=[
            ("Total", 2028, 286, "CNY 100 million", "estimate"),
            ("Total", 2024, 79, "CNY 100 million", "actual"),
        ],
        claims=[("multiple", 3.6, "multiple", 2024, 2028, 4.0)],  # 286 / 79 = 3.620 -> x3.6
        verdicts=[],
    ),
    # 25. an industry comment: 由2024年的……增长至2030年的…… with a 2024-2030E CAGR its amounts contradict; the value per
    #    kilowatt and the GW of racks nowhere
    dict(
        text=(
            "数据中心液冷行业点评：单机柜功率密度持续抬升，液冷正从可选项变为必选项。我们预计中国数据中心液冷市场规模将由"
            "2024年的186亿元增长至2030年的1,120亿元，2024-2030E CAGR达38.4%，其中冷板式方案仍将占据主导。按单千瓦液冷系统"
            "价值量约5,500元测算，2030年新增液冷机柜功率需约20GW。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2030, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 38.4, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (1120 / 186) ** (1 / 6) - 1 = 34.881%; bounds (1119.5 / 186.5) -> 34.811%, (1120.5 / 185.5) -> 34.952%:
            # 58.4 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 26. a mid-year strategy: 新增装机……GWh × 系统均价……元/Wh, 对应市场规模约1,612亿元 (2025, approximate estimate) with its 同比,
    #    2024's base after it; the GWh, the price and its decline nowhere
    dict(
        text=(
            "储能行业2025年中期策略：我们测算，2025年全球新型储能新增装机约260GWh，若储能系统均价按0.62元/Wh计算，对应市场"
            "规模约1,612亿元，同比增长21.7%；2024年该市场规模约为1,325亿元。储能系统均价较2024年下降约14%。"
        ),
        obs=[
            ("Total", 2025, 1612, "CNY 100 million", "estimate"),
            ("Total", 2024, 1325, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 21.7, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1612 / 1325 - 1 = 21.660% -> 21.7
        ],
    ),
    # 27. a consultancy's study: 2024's market with 其中……占比 (a part with its share), 预计2027年 and a 2024-2027年 CAGR
    #    (stated); the report title and the firms interviewed nowhere
    dict(
        text=(
            "恒谱咨询发布《中国半导体量检测设备市场研究》：2024年中国大陆半导体量测与检测设备市场规模为326亿元，其中前道量测"
            "设备218亿元，占比66.9%。在国产替代与先进制程扩产带动下，预计2027年该市场规模将达到478亿元，2024-2027年复合增速"
            "13.6%。报告共访谈了62家晶圆厂与设备厂商。"
        ),
        obs=[
            ("Total", 2024, 326, "CNY 100 million", "actual"),
            ("前道量测设备", 2024, 218, "CNY 100 million", "actual"),
            ("Total", 2027, 478, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 66.9, "percent", 2024, 2024, None),
            ("cagr", 13.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 218 / 326 = 66.871% -> 66.9
            # (478 / 326) ** (1 / 3) - 1 = 13.607% -> 13.6 (bounds (477.5 / 326.5) -> 13.509%, (478.5 / 325.5) ->
            # 33.704%)
            ("cagr", "exact"),
        ],
    ),
    # 28. a broker's supply-demand model: 2025年……约为346亿美元，较2024年的……增长94.7% (reached only at the rounding); 约三成 (a
    #    fraction in words) and the per-GB price nowhere
    dict(
        text=(
            "申泰证券半导体：HBM需求持续超预期。根据我们的供需模型，2025年全球HBM市场规模约为346亿美元，较2024年的178亿美元"
            "增长94.7%；HBM在DRAM总产值中的比重将升至约三成，对应2025年单位容量均价约为每GB 15美元。"
        ),
        obs=[
            ("Total", 2025, 346, "USD 100 million", "estimate"),
            ("Total", 2024, 178, "USD 100 million", "actual"),
        ],
        claims=[("growth", 94.7, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 346 / 178 - 1 = 94.382%, not 94.7 +- 0.05; bounds (345.5 / 178.5) -> 93.557%, (346.5 / 177.5) -> 95.211%:
            # 114.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ----------------------------------------------------------------------------------- Chinese prose (Traditional)
    # 29. a Taiwan research institute's 預估: 產值將達新台幣1,286億元，年增18.4% (2025, an estimate) with 2024's 產值 after it,
    #    水冷散熱 a part's approximate estimate (可望突破); the dateline and 業者家數 nowhere
    dict(
        text=(
            "（2025/02/26）台灣產經研究院預估，受AI伺服器散熱需求帶動，2025年台灣散熱模組產業產值將達新台幣1,286億元，年增"
            "18.4%，2024年產值為1,086億元。其中水冷散熱產值可望突破300億元，業者家數約140家。"
        ),
        obs=[
            ("Total", 2025, 1286, "TWD 100 million", "estimate"),
            ("Total", 2024, 1086, "TWD 100 million", "actual"),
            ("水冷散熱", 2025, 300, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 18.4, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1086 - 1 = 18.416% -> 18.4
        ],
    ),
    # 30. a Hong Kong broker's deep-dive in Traditional characters: 中性假設下……預估2028年……將達到約785億美元 (an estimate), 2024年
    #     為 and a 2024-2028E 年複合成長率 (stated); 樂觀/悲觀 cases and 超過四成 nowhere
    dict(
        text=(
            "【港灣證券・半導體】先進封裝產業深度報告\n"
            "中性假設下，我們預估2028年全球CoWoS等先進封裝市場規模將達到約785億美元，2024年為296億美元，2024-2028E年複合"
            "成長率為27.6%；樂觀假設下可上看960億美元，悲觀假設下則為610億美元。預估2028年先進封裝占整體封裝市場比重將超過"
            "四成。"
        ),
        obs=[
            ("Total", 2028, 785, "USD 100 million", "estimate"),
            ("Total", 2024, 296, "USD 100 million", "actual"),
        ],
        claims=[("cagr", 27.6, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            # (785 / 296) ** (1 / 4) - 1 = 27.613% -> 27.6 (bounds (784.5 / 296.5) -> 27.539%, (785.5 / 295.5) ->
            # 47.687%)
            ("cagr", "exact"),
        ],
    ),
    # 31. a Taiwan investment adviser's revision: 預估上調至2,980億美元，此前預測為 (2026, the replaced figure nowhere), 預計2025年
    #     ……較2024年的……成長 and 2026年再年增 (both exact)
    dict(
        text=(
            "昇揚投顧最新報告將2026年全球AI伺服器市場規模預估上調至2,980億美元，此前預測為2,450億美元，上調主因是雲端服務商"
            "資本支出持續擴大。報告預計2025年市場規模為2,210億美元，較2024年的1,605億美元成長37.7%，2026年再年增34.8%。"
        ),
        obs=[
            ("Total", 2026, 2980, "USD 100 million", "estimate"),
            ("Total", 2025, 2210, "USD 100 million", "estimate"),
            ("Total", 2024, 1605, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.7, "percent", 2024, 2025, 1.0),
            ("growth", 34.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2210 / 1605 - 1 = 37.695% -> 37.7
            ("cagr|implied", "exact"),  # 2980 / 2210 - 1 = 34.842% -> 34.8
        ],
    ),
    # 32. a Taiwan research centre's statistics: 產值為新台幣1,532億元，年增23.5%，2023年為 (its amounts contradict the rate),
    #     預估2025年……可望 (an estimate); the 滲透率 and 一成 nowhere
    dict(
        text=(
            "據台灣半導體產研中心統計，2024年台灣半導體設備產業產值為新台幣1,532億元，年增23.5%，2023年為1,318億元；該中心"
            "預估，2025年產值可望再成長至1,760億元。本土設備在晶圓廠新增採購中的滲透率仍低於一成。"
        ),
        obs=[
            ("Total", 2024, 1532, "TWD 100 million", "actual"),
            ("Total", 2023, 1318, "TWD 100 million", "actual"),
            ("Total", 2025, 1760, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 23.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1532 / 1318 - 1 = 16.237%; bounds (1531.5 / 1318.5) -> 16.155%, (1532.5 / 1317.5) -> 16.319%:
            # 43.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. a Taiwan adviser's note in Traditional characters: 我們測算，2030年……市場空間可望達到96億美元（出貨量……萬隻×單價……美元）
    #     (an estimate; the drivers nowhere), 2024's base and a 2024-2030E 年複合成長率 (stated); the title's date nowhere
    dict(
        text=(
            "【群益達投顧】機器人靈巧手產業報告（2025年5月）\n"
            "我們測算，2030年全球機器人靈巧手市場空間可望達到96億美元（出貨量800萬隻×單價1,200美元），2024年市場規模約為1.6億"
            "美元，2024-2030E年複合成長率約97.9%。"
        ),
        obs=[
            ("Total", 2030, 96, "USD 100 million", "estimate"),
            ("Total", 2024, 1.6, "USD 100 million", "actual"),
        ],
        claims=[("cagr", 97.9, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (96 / 1.6) ** (1 / 6) - 1 = 97.860% -> 97.9 (bounds (95.5 / 1.65) -> 96.677%, (96.5 / 1.55) -> 99.082%)
            ("cagr", "exact"),
        ],
    ),
    # 34. a Hong Kong broker on a mainland market in 億元人民幣: 預計2025年……約為312億元人民幣，較2024年的268億元增長16.7%
    #     (reached only at the rounding); 滲透率 and 單車平均價值（ASP） nowhere
    dict(
        text=(
            "恒研證券研究部（2025年3月）指出，中國智能座艙市場正由高端車型向中低端車型下沉。預計2025年中國座艙域控制器市場"
            "規模約為312億元人民幣，較2024年的268億元增長16.7%；目前座艙域控制器的滲透率約為35%，單車平均價值（ASP）約為"
            "4,200元。"
        ),
        obs=[
            ("Total", 2025, 312, "CNY 100 million", "estimate"),
            ("Total", 2024, 268, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 16.7, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 312 / 268 - 1 = 16.418%, not 16.7 +- 0.05; bounds (311.5 / 268.5) -> 16.015%, (312.5 / 267.5) -> 16.822%:
            # 36.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ----------------------------------------------------------------------------------------------------- tables
    # 35. a broker's 测算 pipe table across 2024A-2030E: only the 市场规模（亿元） row is a market figure (2024A actual, the E
    #     columns estimates); 出货量（万台） and 单价（元） rows and the source line nowhere
    dict(
        text=(
            "表3：国内商用清洁机器人市场规模测算\n"
            "| 指标 | 2024A | 2025E | 2026E | 2027E | 2028E | 2029E | 2030E |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 出货量（万台） | 2.6 | 3.8 | 5.4 | 7.5 | 10.2 | 13.6 | 17.8 |\n"
            "| 单价（元） | 68,000 | 62,000 | 57,000 | 53,000 | 50,000 | 47,500 | 45,000 |\n"
            "| 市场规模（亿元） | 17.7 | 23.6 | 30.8 | 39.8 | 51.0 | 64.6 | 80.1 |\n"
            "资料来源：公司公告，本所测算"
        ),
        obs=[
            ("市场规模", 2024, 17.7, "CNY 100 million", "actual"),
            ("市场规模", 2025, 23.6, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 30.8, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 39.8, "CNY 100 million", "estimate"),
            ("市场规模", 2028, 51.0, "CNY 100 million", "estimate"),
            ("市场规模", 2029, 64.6, "CNY 100 million", "estimate"),
            ("市场规模", 2030, 80.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 36. a scenario tab table (乐观/中性/悲观 rows, each its own item) with 2024A, 2030E and a 2024-2030E CAGR column (stated;
    #     中性's reached only at the rounding); the note nowhere
    dict(
        text=(
            "表6 低空经济eVTOL整机市场规模情景测算（单位：亿元）\n"
            "情景\t2024A\t2030E\t2024-2030E CAGR\n"
            "乐观\t18.6\t236.5\t52.8%\n"
            "中性\t18.6\t158.4\t43.0%\n"
            "悲观\t18.6\t96.0\t31.5%\n"
            "注：中性情景为我们的基准假设。"
        ),
        obs=[
            ("乐观", 2024, 18.6, "CNY 100 million", "actual"),
            ("乐观", 2030, 236.5, "CNY 100 million", "estimate"),
            ("中性", 2024, 18.6, "CNY 100 million", "actual"),
            ("中性", 2030, 158.4, "CNY 100 million", "estimate"),
            ("悲观", 2024, 18.6, "CNY 100 million", "actual"),
            ("悲观", 2030, 96.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 52.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 43.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 31.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (236.5 / 18.6) ** (1 / 6) - 1 = 52.775% -> 52.8
            # (158.4 / 18.6) ** (1 / 6) - 1 = 42.903%, not 43.0 +- 0.05; bounds (158.35 / 18.65) -> 42.831%,
            # (158.45 / 18.55) -> 42.974%: 43.0 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (96.0 / 18.6) ** (1 / 6) - 1 = 31.460% -> 31.5
        ],
    ),
    # 37. a segment table aligned by spaces: each 细分领域 its 2024A (actual) and 2027E (estimate) with a 2024-2027E CAGR
    #     (stated), adding to a 合计 row
    dict(
        text=(
            "数据中心电源市场规模测算（亿元）\n"
            "细分领域        2024A      2027E     2024-2027E CAGR\n"
            "UPS             186.4      241.0       8.9%\n"
            "HVDC             42.7      118.5      40.5%\n"
            "服务器电源      312.8      586.2      23.3%\n"
            "合计            541.9      945.7      20.4%"
        ),
        obs=[
            ("UPS", 2024, 186.4, "CNY 100 million", "actual"),
            ("UPS", 2027, 241.0, "CNY 100 million", "estimate"),
            ("HVDC", 2024, 42.7, "CNY 100 million", "actual"),
            ("HVDC", 2027, 118.5, "CNY 100 million", "estimate"),
            ("服务器电源", 2024, 312.8, "CNY 100 million", "actual"),
            ("服务器电源", 2027, 586.2, "CNY 100 million", "estimate"),
            ("合计", 2024, 541.9, "CNY 100 million", "actual"),
            ("合计", 2027, 945.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 8.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 40.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (241.0 / 186.4) ** (1 / 3) - 1 = 8.941% -> 8.9
            ("cagr", "exact"),  # (118.5 / 42.7) ** (1 / 3) - 1 = 40.528% -> 40.5
            ("cagr", "exact"),  # (586.2 / 312.8) ** (1 / 3) - 1 = 23.290% -> 23.3
            ("cagr", "exact"),  # (945.7 / 541.9) ** (1 / 3) - 1 = 20.396% -> 20.4
            # 206.4 + 42.7 + 312.8 = 541.9; 241.0 + 118.5 + 586.2 = 945.7
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a Taiwan pipe table in 新台幣億元 (Traditional): each 產業別 its 2024年 (actual) and 2025年(預估) (estimate) with 年增率,
    #     adding to a 總計 row; the title's year and the source line nowhere
    dict(
        text=(
            "2025年台灣半導體產業產值預估（單位：新台幣億元）\n"
            "| 產業別 | 2024年 | 2025年(預估) | 年增率 |\n"
            "|---|---|---|---|\n"
            "| IC設計 | 12,980 | 14,860 | 14.5% |\n"
            "| 晶圓代工 | 30,120 | 36,540 | 21.3% |\n"
            "| 記憶體及其他製造 | 2,610 | 2,780 | 6.5% |\n"
            "| 封裝 | 3,720 | 4,050 | 8.9% |\n"
            "| 測試 | 1,940 | 2,110 | 8.8% |\n"
            "| 總計 | 51,370 | 60,340 | 17.5% |\n"
            "資料來源：台灣半導體產研中心，2025年2月"
        ),
        obs=[
            ("IC設計", 2024, 12980, "TWD 100 million", "actual"),
            ("IC設計", 2025, 14860, "TWD 100 million", "estimate"),
            ("晶圓代工", 2024, 30120, "TWD 100 million", "actual"),
            ("晶圓代工", 2025, 36540, "TWD 100 million", "estimate"),
            ("記憶體及其他製造", 2024, 2610, "TWD 100 million", "actual"),
            ("記憶體及其他製造", 2025, 2780, "TWD 100 million", "estimate"),
            ("封裝", 2024, 3720, "TWD 100 million", "actual"),
            ("封裝", 2025, 4050, "TWD 100 million", "estimate"),
            ("測試", 2024, 1940, "TWD 100 million", "actual"),
            ("測試", 2025, 2110, "TWD 100 million", "estimate"),
            ("總計", 2024, 51370, "TWD 100 million", "actual"),
            ("總計", 2025, 60340, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2024, 2025, 1.0),
            ("growth", 21.3, "percent", 2024, 2025, 1.0),
            ("growth", 6.5, "percent", 2024, 2025, 1.0),
            ("growth", 8.9, "percent", 2024, 2025, 1.0),
            ("growth", 8.8, "percent", 2024, 2025, 1.0),
            ("growth", 17.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14860 / 12980 - 1 = 14.484% -> 14.5
            ("cagr|implied", "exact"),  # 36540 / 30120 - 1 = 21.315% -> 21.3
            ("cagr|implied", "exact"),  # 2780 / 2610 - 1 = 6.513% -> 6.5
            ("cagr|implied", "exact"),  # 4050 / 3720 - 1 = 8.871% -> 8.9
            ("cagr|implied", "exact"),  # 2110 / 1940 - 1 = 8.763% -> 8.8
            ("cagr|implied", "exact"),  # 60340 / 51370 - 1 = 17.462% -> 17.5
            # 12980 + 30120 + 2610 + 3720 + 1940 = 51370; 14860 + 36540 + 2780 + 4050 + 2110 = 60340
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a 敏感性分析 grid in Traditional characters (滲透率 rows x ASP columns): every cell a what-if, expected nowhere, as
    #     are the title's year and the note's assumption
    dict(
        text=(
            "表7：2030年全球AI眼鏡市場規模敏感性分析（單位：億美元）\n"
            "滲透率＼ASP\t250美元\t300美元\t350美元\n"
            "2%\t65\t78\t91\n"
            "4%\t130\t156\t182\n"
            "6%\t195\t234\t273\n"
            "註：假設2030年全球智慧型手機出貨量13億支，AI眼鏡出貨量＝手機出貨量×滲透率。"
        ),
        obs=[],
        claims=[],
        verdicts=[],
    ),
    # 40. a vertical pipe table of years: 市场规模（亿元） each year (2025E, 2026E estimates) with its 同比 (2022's "—" none);
    #     the 前装渗透率 column, the title's years and the source line nowhere
    dict(
        text=(
            "图表12：2022-2026E中国车载HUD市场规模及前装渗透率\n"
            "| 年份 | 前装渗透率 | 市场规模（亿元） | 同比 |\n"
            "|---|---|---|---|\n"
            "| 2022 | 7.6% | 38.5 | — |\n"
            "| 2023 | 10.1% | 54.2 | 40.8% |\n"
            "| 2024 | 13.4% | 76.9 | 41.9% |\n"
            "| 2025E | 16.8% | 101.3 | 31.7% |\n"
            "| 2026E | 20.5% | 128.6 | 26.9% |\n"
            "资料来源：行业协会，本所整理"
        ),
        obs=[
            ("市场规模", 2022, 38.5, "CNY 100 million", "actual"),
            ("市场规模", 2023, 54.2, "CNY 100 million", "actual"),
            ("市场规模", 2024, 76.9, "CNY 100 million", "actual"),
            ("市场规模", 2025, 101.3, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 128.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.8, "percent", 2022, 2023, 1.0),
            ("growth", 41.9, "percent", 2023, 2024, 1.0),
            ("growth", 31.7, "percent", 2024, 2025, 1.0),
            ("growth", 26.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 54.2 / 38.5 - 1 = 40.779% -> 40.8
            ("cagr|implied", "exact"),  # 76.9 / 54.2 - 1 = 41.882% -> 41.9
            ("cagr|implied", "exact"),  # 101.3 / 76.9 - 1 = 31.730% -> 31.7
            ("cagr|implied", "exact"),  # 128.6 / 101.3 - 1 = 26.950% -> 26.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 6, 'exact': 42}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(2.1mn units x an ASP of US$18,000)',
    'A bottom-up build gets us to',
    'up from our prior US$34bn',
    'Our 2027E of $18.9bn',
    "implies a 24% CAGR from 2024's $9.9bn",
    'held about 27% of that 2024 market',
    'We lift our 2026E estimate',
    'in the mid-market segment its share is closer to 41%',
    'puts the 2025E market at US$474mn',
    'more than doubling',
    '(61mn subscribers paying US$130 a month)',
    'US$1,310mn by 2026E',
    'EUR 7.9bn for 2025E',
    'the bear case is $151bn and the bull case $286bn',
    'over 2024A-28E',
    "by our tally 14% more than 2023's £2.5bn",
    'US$ 3.4 bn',
    'an adjacent market we size separately',
    '410 GWh in 2029E at US$240 per kWh',
    '¥412bn in FY2027E',
    '| Inverter ASP (US$/W) |',
    'CAGR 24A-30E',
    'by scenario ($bn)',
    'Identity and access\t763',
    'sensitivity to penetration and ASP',
    '市场空间有望达到1,530亿美元（出货量340万台×单价4.5万美元）',
    '2024-2030E CAGR约为116.6%',
    '中性假设下',
    '对应市场规模约225亿元',
    '预测上调至182亿美元，此前预测为146亿美元',
    '单颗ASP已降至约2,800元',
    '约为2024年79亿元的3.6倍',
    '2024-2030E CAGR达38.4%',
    '若储能系统均价按0.62元/Wh计算',
    '其中前道量测设备218亿元，占比66.9%',
    '比重将升至约三成',
    '產業產值將達新台幣1,286億元，年增18.4%',
    '中性假設下，我們預估',
    '2024-2028E年複合成長率為27.6%',
    '預估上調至2,980億美元，此前預測為2,450億美元',
    '年增23.5%，2023年為1,318億元',
    '（出貨量800萬隻×單價1,200美元）',
    '312億元人民幣',
    '| 市场规模（亿元） | 17.7 |',
    '| 指标 | 2024A | 2025E |',
    '情景\t2024A\t2030E\t2024-2030E CAGR',
    '合计            541.9',
    '| 2025年(預估) |',
    '敏感性分析',
    '| 年份 | 前装渗透率 | 市场规模（亿元） | 同比 |',
)
#: the set's blind score (written without reading or running the extractor, scored on two commits, before and after
#: the rules chosen on the sixty-ninth and seventieth, alike): 123 figures, 47 rates, 44 verdicts and 2 false
#: inconsistent; with the eighteenth snippet's expectations set as the earlier sets read a table of scenarios, 132, 47,
#: 44 and 2 on the same code; 132, 50, 47 after a CAGR column headed with actual and estimate marks ("CAGR 24A-30E"),
#: 133 after a unit's price ("paying US$130 a month", an ASP, 单价) was read as no size of the market; 135 and 48 after
#: the drivers multiplied in brackets ("（出货量340万台×单价4.5万美元）") and a place's market after its named one; 51
#: rates once a CAGR after a forecast's target starts at its latest history (the hundred-and-third gained a rate and
#: lost a false inconsistent by it)
FLOORS = {"figures_found": 136, "rates_found": 51, "verdicts_right": 49}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset71.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
