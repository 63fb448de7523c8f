"""A seventy-second check set for the extractor, written blind: markets split by region, country and segment, and
money that is no market -- English releases and report summaries that give a global market with its regions' shares
and growth ("North America held the largest share", "Asia Pacific is projected to grow at the fastest CAGR"), a
country's own figure in its own currency beside the global one in dollars, segments by component, deployment and end
user, shares of a region rather than of the whole, and tables of regions with a Global row, of segment shares by year
and of a country in two currencies; and Chinese and Traditional Chinese news, 券商研报 and government notes where one or
two market sizes stand among funding rounds, valuations, capital spending, a company's own revenue and profit,
guidance funds, subsidies, tenders, orders, a data centre's investment, computing power and shipments (none of them a
market figure), with a market's regional shares, company tables under a market sentence and project tables.

Conventions: as in the sixty-eighth set (its module docstring states them). A company's revenue, a funding round, a
valuation, capital spending, a fund, a subsidy, a tender, an order, an investment, computing power and unit prices
are expected nowhere.
"""

from __future__ import annotations

CHECKSET = [
    # 1. a research firm's release: the market's base, target and rate "between 2024 and 2032"; four regions' shares of
    #    2024 summing to 100% ("the remaining regions together made up"); Asia Pacific's "fastest CAGR" over its own
    #    span with no amount of its own (no verdict)
    dict(
        text=(
            "PUNE, India, March 18, 2025 -- The global AI-based payment fraud detection market reached USD 12.46 "
            "billion in 2024 and is forecast to climb to USD 51.83 billion by 2032, registering a CAGR of 19.5% "
            "between 2024 and 2032, according to a study released today by Halvorsen Market Insights. North America "
            "held the largest share, at 38.2%, in 2024, ahead of Europe on 27.6% and Asia Pacific on 22.9%; the "
            "remaining regions together made up 11.3%. Asia Pacific is projected to grow at the fastest CAGR of 23.8% "
            "over 2025-2032 as banks in India and Indonesia shift real-time payment screening to machine-learning "
            "models."
        ),
        obs=[
            ("Total", 2024, 12.46, "USD billion", "actual"),
            ("Total", 2032, 51.83, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2032, None, "stated"),
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
            ("cagr", 23.8, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            # (51.83 / 12.46) ** (1 / 8) - 1 = 19.504% -> 19.5 (bounds 19.497-19.512); the shares have no amounts
            # (38.2 + 27.6 + 22.9 + 11.3 = 100.0) and Asia Pacific's 23.8% no amounts of its own: no verdicts
            ("cagr", "exact"),
        ],
    ),
    # 2. a region's amount with its share of the world, "the U.S. market alone was valued at" with its share of the
    #    region (not of the whole), the next year's forecast with its rate
    dict(
        text=(
            "AUSTIN, Texas, Feb. 11, 2025 -- Worldwide spending on cloud-native application protection platforms "
            "totalled USD 7.84 billion in 2024, Corvane Research estimates in its first regional breakdown. North "
            "America contributed USD 3.62 billion, 46.2% of the worldwide figure, and the U.S. market alone was valued "
            "at USD 3.17 billion, or 87.6% of North American spending; Canada made up the balance. Corvane expects "
            "worldwide spending of USD 9.59 billion in 2025, an increase of 22.3%."
        ),
        obs=[
            ("Total", 2024, 7.84, "USD billion", "actual"),
            ("North America", 2024, 3.62, "USD billion", "actual"),
            ("U.S.", 2024, 3.17, "USD billion", "actual"),
            ("Total", 2025, 9.59, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 46.2, "percent", 2024, 2024, None),
            ("share", 87.6, "percent", 2024, 2024, None),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # North America: 3.62 / 7.84 = 46.173% -> 46.2 (bounds 46.080-46.267)
            # U.S. of North America (the region, not the world): 3.17 / 3.62 = 87.569% -> 87.6 (bounds 87.310-87.828)
            ("arithmetic", "exact"),
            ("cagr|implied", "exact"),  # 9.59 / 7.84 - 1 = 22.321% -> 22.3 (bounds 22.180-22.463)
        ],
    ),
    # 3. the worldwide market in dollars, then a country's own market in yen (its fiscal years, its rate and its
    #    forecast with "an annual growth rate of about 14%", inferred)
    dict(
        text=(
            "TOKYO, May 22, 2025 -- Sakuragawa Research Institute puts the worldwide market for AI-assisted medical "
            "imaging software at US$4.92 billion in calendar 2024. In its country chapter, the institute says Japan's "
            "market grew 17.3% in fiscal 2024 to ¥148.6 billion, from ¥126.7 billion a year earlier, making it the "
            "largest national market in Asia. It forecasts Japanese sales of ¥290 billion in fiscal 2029, an annual "
            "growth rate of about 14%."
        ),
        obs=[
            ("Total", 2024, 4.92, "USD billion", "actual"),
            ("Japan", 2024, 148.6, "JPY billion", "actual"),
            ("Japan", 2023, 126.7, "JPY billion", "actual"),
            ("Japan", 2029, 290, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148.6 / 126.7 - 1 = 17.285% -> 17.3 (bounds 17.199-17.371)
            ("cagr|period", "exact"),  # (290 / 148.6) ** (1 / 5) - 1 = 14.308% -> 14 (bounds 14.261-14.355)
        ],
    ),
    # 4. "By component, software accounted for more than 60% of revenue" (a share at its printed figure), "the services
    #    segment is expected to register a CAGR of 27%" over its own span (no amount); the market's rate reached only at
    #    the rounding; "accounted for nearly half" nowhere
    dict(
        text=(
            "LONDON, 9 April 2025 -- Revenue from AI-driven supply chain planning software and services reached USD "
            "6.73 billion in 2024 and is set to rise to USD 23.9 billion in 2031, a compound annual growth rate of "
            "19.9% over 2024-2031, Ashgrove Analytics says in its latest outlook. By component, software accounted "
            "for more than 60% of revenue in 2024, while the services segment is expected to register a CAGR of 27% "
            "from 2025 to 2031 as mid-sized manufacturers pay for integration help. Cloud deployment accounted for "
            "nearly half of the contracts signed last year."
        ),
        obs=[
            ("Total", 2024, 6.73, "USD billion", "actual"),
            ("Total", 2031, 23.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2031, None, "stated"),
            ("share", 60, "percent", 2024, 2024, None),
            ("cagr", 27, "percent", 2025, 2031, None, "stated"),
        ],
        verdicts=[
            # (23.9 / 6.73) ** (1 / 7) - 1 = 19.847%, not 19.9 +- 0.05; bounds (23.85 / 6.735) -> 19.798%,
            # (23.95 / 6.725) -> 19.895%: 19.9 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 5. deployment: "Cloud deployments generated ... of the ... spent", its share; on-premises "the remaining" amount
    #    with its 2023 base and decline; cloud's rate without its base
    dict(
        text=(
            "SINGAPORE, 3 June 2025 -- Cloud deployments generated USD 3.42 billion of the USD 5.18 billion that "
            "enterprises worldwide spent on conversational AI platforms in 2024, a 66.0% share, Tanjong Insights said "
            "on Tuesday. On-premises installations brought in the remaining USD 1.76 billion, down 4.3% from USD 1.84 "
            "billion in 2023, while cloud revenue rose 31.2% over the same period."
        ),
        obs=[
            ("Cloud deployments", 2024, 3.42, "USD billion", "actual"),
            ("Total", 2024, 5.18, "USD billion", "actual"),
            ("On-premises installations", 2024, 1.76, "USD billion", "actual"),
            ("On-premises installations", 2023, 1.84, "USD billion", "actual"),
        ],
        claims=[
            ("share", 66.0, "percent", 2024, 2024, None),
            ("growth", -4.3, "percent", 2023, 2024, 1.0),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.42 / 5.18 = 66.023% -> 66.0 (bounds 65.863-66.184)
            ("cagr|implied", "exact"),  # 1.76 / 1.84 - 1 = -4.348% -> -4.3 (bounds -4.878 to -3.815)
        ],
    ),
    # 6. end users: BFSI, healthcare, retail and e-commerce shares with no amounts; the market's stated rate its
    #    amounts contradict; the healthcare segment's "fastest growth" over its own span (no amount)
    dict(
        text=(
            "BENGALURU, Jan. 28, 2025 -- Veritrack Research values the global AI-powered identity verification market "
            "at USD 2.96 billion in 2024 and predicts it will reach USD 11.47 billion by 2033, expanding at a CAGR of "
            "17.8% from 2024 to 2033. Among end users, BFSI led with a 31.4% share of 2024 revenue, followed by "
            "healthcare at 18.7% and retail and e-commerce at 15.2%. The healthcare segment is anticipated to post the "
            "fastest growth, a CAGR of 21.6% over 2025-2033, as hospitals digitise patient onboarding."
        ),
        obs=[
            ("Total", 2024, 2.96, "USD billion", "actual"),
            ("Total", 2033, 11.47, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2033, None, "stated"),
            ("share", 31.4, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
            ("cagr", 21.6, "percent", 2025, 2033, None, "stated"),
        ],
        verdicts=[
            # (11.47 / 2.96) ** (1 / 9) - 1 = 16.242%; bounds (11.465 / 2.965) -> 16.215%, (11.475 / 2.955) ->
            # 16.270%: 17.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 7. the global market in dollars, Europe's own figure in euros with Germany's share of Europe (not of the whole,
    #    no amount), the Middle East's own amounts in USD million (its 2030 figure in billions converted) and its
    #    "compound rate ... a year" (inferred)
    dict(
        text=(
            "BERLIN, 15 October 2025 -- Rheinfeld Consulting sizes the global market for machine-vision AI in "
            "factories at USD 9.62 billion in 2024. In a regional supplement, the firm puts Europe's own market at EUR "
            "3.84 billion that year, with Germany alone accounting for 31.5% of the European total. The Middle East is "
            "smaller but growing faster: it was worth USD 418 million in 2024 and should reach USD 1.46 billion in "
            "2030, equal to a compound rate of 23.2% a year."
        ),
        obs=[
            ("Total", 2024, 9.62, "USD billion", "actual"),
            ("Europe", 2024, 3.84, "EUR billion", "actual"),
            ("Middle East", 2024, 418, "USD million", "actual"),
            ("Middle East", 2030, 1460, "USD million", "estimate"),
        ],
        claims=[
            ("share", 31.5, "percent", 2024, 2024, None),
            ("cagr", 23.2, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # Middle East: (1460 / 418) ** (1 / 6) - 1 = 23.177% -> 23.2 (bounds (1455 / 418.5) -> 23.082%,
            # (1465 / 417.5) -> 23.272%); Germany's share has no amount: no verdict
            ("cagr|period", "exact"),
        ],
    ),
    # 8. "last year" against 2023 with an exact rate; "accounted for nearly half" nowhere; a region named only by its
    #    share (Latin America); Europe's amount with a rate whose base is not printed
    dict(
        text=(
            "SEATTLE, March 4, 2025 -- Spending on AI observability tools climbed to $2.31 billion last year from "
            "$1.72 billion in 2023, a 34.3% jump, according to Pinecrest Data. Buyers in North America accounted for "
            "nearly half of that total, and Latin America's share was 4.8%. In Europe, spending rose 29% to $0.61 "
            "billion."
        ),
        obs=[
            ("Total", 2024, 2.31, "USD billion", "actual"),
            ("Total", 2023, 1.72, "USD billion", "actual"),
            ("Europe", 2024, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 34.3, "percent", 2023, 2024, 1.0),
            ("share", 4.8, "percent", 2024, 2024, None),
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.31 / 1.72 - 1 = 34.302% -> 34.3 (bounds 33.623-34.985)
        ],
    ),
    # 9. the global figure, then Asia Pacific's two amounts and its stated rate (reached only at the rounding of the
    #    region's own amounts), a country inside the region in renminbi (CNY billion)
    dict(
        text=(
            "HONG KONG, Aug. 19, 2025 -- Harbourline Research sizes the global generative AI in banking market at "
            "US$5.12 billion in 2024. Asia Pacific, the fastest-growing region, accounted for US$1.38 billion of that "
            "and is expected to reach US$6.92 billion by 2030, advancing at a CAGR of 30.9% from 2024 to 2030. Within "
            "the region, China is the largest country market, at RMB 4.26 billion in 2024, and India the second."
        ),
        obs=[
            ("Total", 2024, 5.12, "USD billion", "actual"),
            ("Asia Pacific", 2024, 1.38, "USD billion", "actual"),
            ("Asia Pacific", 2030, 6.92, "USD billion", "estimate"),
            ("China", 2024, 4.26, "CNY billion", "actual"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # Asia Pacific: (6.92 / 1.38) ** (1 / 6) - 1 = 30.829%, not 30.9 +- 0.05; bounds (6.915 / 1.385) ->
            # 30.735%, (6.925 / 1.375) -> 30.924%: 30.9 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 10. "Of a global market ... at $14.9 billion", a country's own figure in pounds with its forecast and "a compound
    #     annual growth rate of 19.2% over the five years" (inferred)
    dict(
        text=(
            "LONDON, 24 February 2025 -- Of a global market for AI in legal services that Fenwick Lane Partners puts "
            "at $14.9 billion in 2024, the UK accounted for £1.27 billion, making it the largest national market in "
            "Europe. The consultancy expects UK revenue to reach £3.06 billion in 2029, a compound annual growth rate "
            "of 19.2% over the five years, with contract review and e-discovery leading."
        ),
        obs=[
            ("Total", 2024, 14.9, "USD billion", "actual"),
            ("UK", 2024, 1.27, "GBP billion", "actual"),
            ("UK", 2029, 3.06, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # UK: (3.06 / 1.27) ** (1 / 5) - 1 = 19.229% -> 19.2 (bounds 19.097-19.363)
        ],
    ),
    # 11. a regional market (the Middle East and Africa, the snippet's whole): "this year" (2025, an estimate) against
    #     2024; Saudi Arabia's share with an amount in riyals (no observation); the UAE a part with its share; the
    #     GCC states' share
    dict(
        text=(
            "DUBAI, Nov. 5, 2025 -- Spending on AI platforms for smart-city operations across the Middle East and "
            "Africa will total USD 2.74 billion this year, up 24.0% from USD 2.21 billion in 2024, Qasr Analytics "
            "forecasts. Saudi Arabia accounts for 36.8% of the regional total, with spending of SAR 3.78 billion, and "
            "the United Arab Emirates for USD 0.69 billion, or 25.2%. The six GCC states together represent 71.5% of "
            "the region."
        ),
        obs=[
            ("Total", 2025, 2.74, "USD billion", "estimate"),
            ("Total", 2024, 2.21, "USD billion", "actual"),
            ("United Arab Emirates", 2025, 0.69, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
            ("share", 36.8, "percent", 2025, 2025, None),
            ("share", 25.2, "percent", 2025, 2025, None),
            ("share", 71.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.74 / 2.21 - 1 = 23.982% -> 24.0 (bounds 23.476-24.490)
            ("arithmetic", "exact"),  # UAE: 0.69 / 2.74 = 25.182% -> 25.2 (bounds 24.954-25.411)
        ],
    ),
    # 12. a broker's note: the global total split by country in a list ("we attribute ... to"), "all other countries
    #     sharing" the rest (parts in prose: no hierarchy verdict); the U.S. rate against its 2023 amount
    dict(
        text=(
            "Our 2024 estimate of the global AI-in-insurance claims market is $9.8 billion. By country, we attribute "
            "$4.1 billion to the United States, $1.7 billion to China and $0.52 billion to Germany, with all other "
            "countries sharing $3.48 billion. U.S. spending grew 21.3% from $3.38 billion in 2023, a faster pace than "
            "in any other large country. (Brookhollow Securities, sector note, 12 May 2025)"
        ),
        obs=[
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("United States", 2024, 4.1, "USD billion", "actual"),
            ("China", 2024, 1.7, "USD billion", "actual"),
            ("Germany", 2024, 0.52, "USD billion", "actual"),
            ("All other countries", 2024, 3.48, "USD billion", "actual"),
            ("United States", 2023, 3.38, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # United States: 4.1 / 3.38 - 1 = 21.302% -> 21.3 (bounds 19.645-22.963); 4.1 + 1.7 + 0.52 + 3.48 = 9.8
            # (parts in prose: no hierarchy verdict)
            ("cagr|implied", "exact"),
        ],
    ),
    # 13. the market's base, target and stated rate; North America's share with no amount; Europe's own amounts in
    #     euros, "expected to more than double" (x2 over 2024-2030, no verdict)
    dict(
        text=(
            "DALLAS, June 10, 2025 -- Global spending on AI-enabled video surveillance analytics reached USD 8.35 "
            "billion in 2024 and will rise to USD 24.6 billion in 2030, a CAGR of 19.7% over 2024-2030, Lonestar "
            "Market Research projects. North America generated 33.1% of 2024 revenue. Europe's revenue is expected to "
            "more than double, from EUR 1.12 billion in 2024 to EUR 2.47 billion in 2030, as retailers and transport "
            "operators renew camera fleets."
        ),
        obs=[
            ("Total", 2024, 8.35, "USD billion", "actual"),
            ("Total", 2030, 24.6, "USD billion", "estimate"),
            ("Europe", 2024, 1.12, "EUR billion", "actual"),
            ("Europe", 2030, 2.47, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("share", 33.1, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2030, 6.0),  # Europe: 2.47 / 1.12 = 2.205: more than double
        ],
        verdicts=[
            ("cagr", "exact"),  # (24.6 / 8.35) ** (1 / 6) - 1 = 19.731% -> 19.7 (bounds 19.679-19.784)
        ],
    ),
    # 14. the global market's two years and exact rate; a region's share ("Asia Pacific excluding China"); a country's
    #     own market in won (no observation) with its rate, a claim
    dict(
        text=(
            "SEOUL, March 27, 2025 -- Global sales of AI accelerator chips for data centres rose 56.4% to US$71.3 "
            "billion in 2024 from US$45.6 billion in 2023, Hanbit Semiconductor Research said. Asia Pacific excluding "
            "China took 18.2% of global sales. South Korea's domestic market came to KRW 3.2 trillion, up 41.6% on the "
            "year, as the country's three largest cloud operators expanded capacity."
        ),
        obs=[
            ("Total", 2024, 71.3, "USD billion", "actual"),
            ("Total", 2023, 45.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 56.4, "percent", 2023, 2024, 1.0),
            ("share", 18.2, "percent", 2024, 2024, None),
            ("growth", 41.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.3 / 45.6 - 1 = 56.360% -> 56.4 (bounds 56.079-56.641)
        ],
    ),
    # 15. a report's key findings as bullets (January 2025): 2025's worldwide estimate against 2024; the 2025 regional
    #     split, each region "USD ... billion (N%)", shares summing to 100%; the edition's date nowhere
    dict(
        text=(
            "Key findings -- Tidewater Analytics, AI-driven predictive maintenance, January 2025 edition\n"
            "- Worldwide revenue is expected to reach USD 11.82 billion in 2025, up 22.6% from USD 9.64 billion in "
            "2024.\n"
            "- Regionally, the 2025 split is forecast as follows: North America, USD 4.87 billion (41.2%); Europe, USD "
            "2.96 billion (25.0%); Asia Pacific, USD 3.21 billion (27.2%); rest of world, USD 0.78 billion (6.6%).\n"
            "- Manufacturing remains the largest end-use industry."
        ),
        obs=[
            ("Total", 2025, 11.82, "USD billion", "estimate"),
            ("Total", 2024, 9.64, "USD billion", "actual"),
            ("North America", 2025, 4.87, "USD billion", "estimate"),
            ("Europe", 2025, 2.96, "USD billion", "estimate"),
            ("Asia Pacific", 2025, 3.21, "USD billion", "estimate"),
            ("Rest of world", 2025, 0.78, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("share", 41.2, "percent", 2025, 2025, None),
            ("share", 25.0, "percent", 2025, 2025, None),
            ("share", 27.2, "percent", 2025, 2025, None),
            ("share", 6.6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.82 / 9.64 - 1 = 22.614% -> 22.6 (bounds 22.499-22.730)
            ("arithmetic", "exact"),  # 4.87 / 11.82 = 41.201% -> 41.2 (bounds 41.142-41.261)
            ("arithmetic", "exact"),  # 2.96 / 11.82 = 25.042% -> 25.0 (bounds 24.989-25.095)
            ("arithmetic", "exact"),  # 3.21 / 11.82 = 27.157% -> 27.2 (bounds 27.104-27.211)
            ("arithmetic", "exact"),  # 0.78 / 11.82 = 6.599% -> 6.6 (bounds 6.554-6.644)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 16. a region pipe table with 2024, 2030 and "CAGR 2024-2030" columns and a Global row (one region's rate
    #     contradicted by its amounts); the source line's date nowhere
    dict(
        text=(
            "Table 4. Edge AI hardware market by region, 2024 and 2030 (USD billion)\n"
            "| Region | 2024 | 2030 | CAGR 2024-2030 |\n"
            "|---|---|---|---|\n"
            "| North America | 6.18 | 17.42 | 18.9% |\n"
            "| Europe | 4.05 | 11.96 | 19.8% |\n"
            "| Asia Pacific | 5.73 | 21.38 | 24.5% |\n"
            "| Latin America | 0.74 | 2.11 | 19.1% |\n"
            "| Middle East & Africa | 0.52 | 1.63 | 23.4% |\n"
            "| Global | 17.22 | 54.50 | 21.2% |\n"
            "Source: Brightwater Research, Edge AI Hardware Outlook, May 2025."
        ),
        obs=[
            ("North America", 2024, 6.18, "USD billion", "actual"),
            ("North America", 2030, 17.42, "USD billion", "estimate"),
            ("Europe", 2024, 4.05, "USD billion", "actual"),
            ("Europe", 2030, 11.96, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 5.73, "USD billion", "actual"),
            ("Asia Pacific", 2030, 21.38, "USD billion", "estimate"),
            ("Latin America", 2024, 0.74, "USD billion", "actual"),
            ("Latin America", 2030, 2.11, "USD billion", "estimate"),
            ("Middle East & Africa", 2024, 0.52, "USD billion", "actual"),
            ("Middle East & Africa", 2030, 1.63, "USD billion", "estimate"),
            ("Global", 2024, 17.22, "USD billion", "actual"),
            ("Global", 2030, 54.50, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (17.42 / 6.18) ** (1 / 6) - 1 = 18.853% -> 18.9 (bounds 18.831-18.875)
            ("cagr", "exact"),  # (11.96 / 4.05) ** (1 / 6) - 1 = 19.779% -> 19.8 (bounds 19.746-19.812)
            ("cagr", "exact"),  # (21.38 / 5.73) ** (1 / 6) - 1 = 24.540% -> 24.5 (bounds 24.517-24.563)
            ("cagr", "exact"),  # (2.11 / 0.74) ** (1 / 6) - 1 = 19.081% -> 19.1 (bounds 18.900-19.262)
            # (1.63 / 0.52) ** (1 / 6) - 1 = 20.975%; bounds (1.625 / 0.525) -> 20.721%, (1.635 / 0.515) -> 21.232%:
            # 23.4 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (54.50 / 17.22) ** (1 / 6) - 1 = 21.170% -> 21.2 (bounds 21.162-21.177)
            # 6.18 + 4.05 + 5.73 + 0.74 + 0.52 = 17.22; 17.42 + 11.96 + 21.38 + 2.11 + 1.63 = 54.50
            ("hierarchy", "exact"),
        ],
    ),
    # 17. a segment table of shares by year, aligned with spaces: each deployment mode's share of 2022, 2023 and 2024
    #     (no amounts: no verdicts), the 100.0 total row no claim; the vendor count and the source's year nowhere
    dict(
        text=(
            "Share of contact-centre AI software revenue by deployment mode (%)\n"
            "Deployment        2022     2023     2024\n"
            "Cloud             58.4     62.7     66.9\n"
            "On-premises       32.1     28.6     24.8\n"
            "Hybrid             9.5      8.7      8.3\n"
            "Total            100.0    100.0    100.0\n"
            "Source: Larkspur Research survey of 40 vendors, 2025."
        ),
        obs=[],
        claims=[
            ("share", 58.4, "percent", 2022, 2022, None),
            ("share", 62.7, "percent", 2023, 2023, None),
            ("share", 66.9, "percent", 2024, 2024, None),
            ("share", 32.1, "percent", 2022, 2022, None),
            ("share", 28.6, "percent", 2023, 2023, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2022, 2022, None),
            ("share", 8.7, "percent", 2023, 2023, None),
            ("share", 8.3, "percent", 2024, 2024, None),
        ],
        verdicts=[],  # 58.4 + 32.1 + 9.5 = 62.7 + 28.6 + 8.7 = 66.9 + 24.8 + 8.3 = 100.0 (shares only)
    ),
    # 18. a country pipe table in two currencies: each country's 2023 and 2024 in its own currency (billions) with
    #     its "Change", and a 2024 US$ column -- a conversion beside a held currency (yen, pounds, euros, yuan) is
    #     none, the won is no observation so South Korea's US$ figure is its 2024 observation (its rate no verdict);
    #     the Global row is no sum of the countries listed (no hierarchy verdict)
    dict(
        text=(
            "Country markets for AI-powered cybersecurity, 2023-2024\n"
            "Local-currency figures in billions of each country's currency; the last column converts 2024 at average "
            "exchange rates.\n"
            "| Country | Currency | 2023 | 2024 | Change | 2024, US$ bn |\n"
            "|---|---|---|---|---|---|\n"
            "| United States | USD | 9.84 | 11.92 | 21.1% | 11.92 |\n"
            "| Japan | JPY | 212.4 | 248.9 | 17.2% | 1.64 |\n"
            "| United Kingdom | GBP | 1.46 | 1.71 | 17.1% | 2.18 |\n"
            "| Germany | EUR | 1.62 | 1.88 | 16.0% | 2.03 |\n"
            "| China | CNY | 14.3 | 17.6 | 23.1% | 2.45 |\n"
            "| South Korea | KRW | 1,840 | 2,260 | 22.8% | 1.66 |\n"
            "| Global | USD | 24.71 | 29.93 | 21.1% | 29.93 |"
        ),
        obs=[
            ("United States", 2023, 9.84, "USD billion", "actual"),
            ("United States", 2024, 11.92, "USD billion", "actual"),
            ("Japan", 2023, 212.4, "JPY billion", "actual"),
            ("Japan", 2024, 248.9, "JPY billion", "actual"),
            ("United Kingdom", 2023, 1.46, "GBP billion", "actual"),
            ("United Kingdom", 2024, 1.71, "GBP billion", "actual"),
            ("Germany", 2023, 1.62, "EUR billion", "actual"),
            ("Germany", 2024, 1.88, "EUR billion", "actual"),
            ("China", 2023, 14.3, "CNY billion", "actual"),
            ("China", 2024, 17.6, "CNY billion", "actual"),
            ("South Korea", 2024, 1.66, "USD billion", "actual"),
            ("Global", 2023, 24.71, "USD billion", "actual"),
            ("Global", 2024, 29.93, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("growth", 17.1, "percent", 2023, 2024, 1.0),
            ("growth", 16.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.92 / 9.84 - 1 = 21.138% -> 21.1 (bounds 21.026-21.251)
            ("cagr|implied", "exact"),  # 248.9 / 212.4 - 1 = 17.185% -> 17.2 (bounds 17.133-17.236)
            ("cagr|implied", "exact"),  # 1.71 / 1.46 - 1 = 17.123% -> 17.1 (bounds 16.382-17.869)
            ("cagr|implied", "exact"),  # 1.88 / 1.62 - 1 = 16.049% -> 16.0 (bounds 15.385-16.718)
            ("cagr|implied", "exact"),  # 17.6 / 14.3 - 1 = 23.077% -> 23.1 (bounds 22.300-23.860)
            # South Korea: 2260 / 1840 - 1 = 22.826% in won, no observation: no verdict
            ("cagr|implied", "exact"),  # 29.93 / 24.71 - 1 = 21.125% -> 21.1 (bounds 21.080-21.170)
        ],
    ),
    # 19. an end-user tab table in US$ million: 2023, 2024 and YoY (one reached only at the rounding), a Total row
    dict(
        text=(
            "Intelligent document processing: revenue by end user (US$ million)\n"
            "End user\t2023\t2024\tYoY\n"
            "BFSI\t413\t538\t30.3%\n"
            "Healthcare\t237\t327\t38.0%\n"
            "Retail\t188\t230\t22.6%\n"
            "Government\t142\t168\t18.3%\n"
            "Other\t97\t113\t16.5%\n"
            "Total\t1,077\t1,376\t27.8%\n"
            "Source: Quillfeather Analytics, April 2025."
        ),
        obs=[
            ("BFSI", 2023, 413, "USD million", "actual"),
            ("BFSI", 2024, 538, "USD million", "actual"),
            ("Healthcare", 2023, 237, "USD million", "actual"),
            ("Healthcare", 2024, 327, "USD million", "actual"),
            ("Retail", 2023, 188, "USD million", "actual"),
            ("Retail", 2024, 230, "USD million", "actual"),
            ("Government", 2023, 142, "USD million", "actual"),
            ("Government", 2024, 168, "USD million", "actual"),
            ("Other", 2023, 97, "USD million", "actual"),
            ("Other", 2024, 113, "USD million", "actual"),
            ("Total", 2023, 1077, "USD million", "actual"),
            ("Total", 2024, 1376, "USD million", "actual"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538 / 413 - 1 = 30.266% -> 30.3 (bounds 29.988-30.545)
            ("cagr|implied", "exact"),  # 327 / 237 - 1 = 37.975% -> 38.0 (bounds 37.474-38.478)
            # 230 / 188 - 1 = 22.340%, not 22.6 +- 0.05; bounds (229.5 / 188.5) -> 21.751%, (230.5 / 187.5) -> 22.933%:
            # 22.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 168 / 142 - 1 = 18.310% -> 18.3 (bounds 17.544-19.081)
            ("cagr|implied", "exact"),  # 113 / 97 - 1 = 16.495% -> 16.5 (bounds 15.385-17.617)
            ("cagr|implied", "exact"),  # 1376 / 1077 - 1 = 27.762% -> 27.8 (bounds 27.657-27.868)
            # 413 + 237 + 188 + 142 + 97 = 1077; 538 + 327 + 230 + 168 + 113 = 1376
            ("hierarchy", "exact"),
        ],
    ),
    # 20. a region exhibit aligned with spaces: 2024 with its "Share 2024" column (parts of the Worldwide row), 2025E and
    #     2032F estimates and a "CAGR 2025-32" column (a span in short digits), a Worldwide row
    dict(
        text=(
            "Exhibit 7: AI-based energy management systems, revenue by region (USD billion)\n"
            "Region          2024   Share 2024   2025E   2032F   CAGR 2025-32\n"
            "North America   3.84      38.6%      4.52   13.71      17.2%\n"
            "Europe          2.61      26.2%      3.05    8.94      16.6%\n"
            "Asia Pacific    2.93      29.4%      3.62   14.36      21.8%\n"
            "LAMEA           0.58       5.8%      0.69    2.41      19.6%\n"
            "Worldwide       9.96     100.0%     11.88   39.42      18.7%\n"
            "E = estimate; F = forecast. Source: Orrin & Vale Research."
        ),
        obs=[
            ("North America", 2024, 3.84, "USD billion", "actual"),
            ("North America", 2025, 4.52, "USD billion", "estimate"),
            ("North America", 2032, 13.71, "USD billion", "estimate"),
            ("Europe", 2024, 2.61, "USD billion", "actual"),
            ("Europe", 2025, 3.05, "USD billion", "estimate"),
            ("Europe", 2032, 8.94, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 2.93, "USD billion", "actual"),
            ("Asia Pacific", 2025, 3.62, "USD billion", "estimate"),
            ("Asia Pacific", 2032, 14.36, "USD billion", "estimate"),
            ("LAMEA", 2024, 0.58, "USD billion", "actual"),
            ("LAMEA", 2025, 0.69, "USD billion", "estimate"),
            ("LAMEA", 2032, 2.41, "USD billion", "estimate"),
            ("Worldwide", 2024, 9.96, "USD billion", "actual"),
            ("Worldwide", 2025, 11.88, "USD billion", "estimate"),
            ("Worldwide", 2032, 39.42, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("cagr", 17.2, "percent", 2025, 2032, None, "stated"),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("cagr", 16.6, "percent", 2025, 2032, None, "stated"),
            ("share", 29.4, "percent", 2024, 2024, None),
            ("cagr", 21.8, "percent", 2025, 2032, None, "stated"),
            ("share", 5.8, "percent", 2024, 2024, None),
            ("cagr", 19.6, "percent", 2025, 2032, None, "stated"),
            ("cagr", 18.7, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.84 / 9.96 = 38.554% -> 38.6 (bounds 38.485-38.624)
            ("cagr", "exact"),  # (13.71 / 4.52) ** (1 / 7) - 1 = 17.177% -> 17.2 (bounds 17.152-17.202)
            ("arithmetic", "exact"),  # 2.61 / 9.96 = 26.205% -> 26.2 (bounds 26.141-26.268)
            ("cagr", "exact"),  # (8.94 / 3.05) ** (1 / 7) - 1 = 16.606% -> 16.6 (bounds 16.569-16.642)
            ("arithmetic", "exact"),  # 2.93 / 9.96 = 29.418% -> 29.4 (bounds 29.353-29.483)
            ("cagr", "exact"),  # (14.36 / 3.62) ** (1 / 7) - 1 = 21.757% -> 21.8 (bounds 21.726-21.787)
            ("arithmetic", "exact"),  # 0.58 / 9.96 = 5.823% -> 5.8 (bounds 5.770-5.876)
            ("cagr", "exact"),  # (2.41 / 0.69) ** (1 / 7) - 1 = 19.563% -> 19.6 (bounds 19.404-19.722)
            ("cagr", "exact"),  # (39.42 / 11.88) ** (1 / 7) - 1 = 18.690% -> 18.7 (bounds 18.681-18.699)
            # 3.84 + 2.61 + 2.93 + 0.58 = 9.96; 4.52 + 3.05 + 3.62 + 0.69 = 11.88; 13.71 + 8.94 + 14.36 + 2.41 = 39.42
            ("hierarchy", "exact"),
        ],
    ),

    # 21. 36氪-style financing news: a B round, the post-money valuation, a government guidance fund leading, the
    #    start-up's own 营收 and its growth (all nowhere); the consultancy's market figure 由……升至……，同比增长 (exact)
    dict(
        text=(
            "36氪独家获悉，具身智能企业“星衡动力”已于近日完成8亿元B轮融资，由某市政府引导基金领投，多家老股东超额跟投，本轮投后"
            "估值约60亿元。星衡动力创始人介绍，公司2024年营收1.2亿元，同比增长240%，订单已排至明年二季度。知衡咨询的报告显示，"
            "中国服务机器人市场规模已由2023年的612亿元升至2024年的745亿元，同比增长21.7%。"
        ),
        obs=[
            ("Total", 2023, 612, "CNY 100 million", "actual"),
            ("Total", 2024, 745, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 21.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 745 / 612 - 1 = 21.732% -> 21.7
        ],
    ),
    # 22. a 券商研报 headline: 约2,180亿元 (2024) and 2025E有望达……，同比+39.9% (an estimate with its rate); the cloud vendors'
    #    资本开支 with its 同比+55% and 同比翻倍, the rating and the risk note nowhere
    dict(
        text=(
            "【华策证券·计算机行业深度】AI服务器：从训练走向推理。我们测算2024年国内AI服务器市场规模约2,180亿元，2025E有望达"
            "3,050亿元，同比+39.9%。需求端，海外四家云厂商2024年资本开支合计约2,290亿美元，同比+55%，国内头部互联网厂商资本"
            "开支同比翻倍。维持行业“强于大市”评级。风险提示：下游资本开支不及预期。"
        ),
        obs=[
            ("Total", 2024, 2180, "CNY 100 million", "actual"),
            ("Total", 2025, 3050, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 39.9, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3050 / 2180 - 1 = 39.908% -> 39.9
        ],
    ),
    # 23. a listed GPU maker's annual report: its 营业收入, 归母净利润, their growth and its 毛利率 nowhere; the market it cites,
    #    较2023年的……增长32.5% (exact)
    dict(
        text=(
            "3月28日晚，国产GPU厂商曜芯科技披露2024年年报：全年实现营业收入46.8亿元，同比增长63.2%；归母净利润5.1亿元，同比"
            "增长118%，毛利率提升至41.5%。年报援引第三方机构数据称，2024年中国GPU市场规模为1,063亿元，较2023年的802亿元增长"
            "32.5%，国产化进程仍处于早期阶段。"
        ),
        obs=[
            ("Total", 2024, 1063, "CNY 100 million", "actual"),
            ("Total", 2023, 802, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 32.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1063 / 802 - 1 = 32.544% -> 32.5
        ],
    ),
    # 24. a provincial government's policy note (dateline 2025): the 引导基金's 总规模, the 10% 补贴 and its per-firm cap
    #    nowhere; the industry's 2024 size 比2023年的……增长 (exact) and 力争到2027年突破 (an approximate target, estimate)
    dict(
        text=(
            "（2025年2月20日）江屿省人民政府办公厅印发《加快低空经济高质量发展若干措施》，明确设立总规模100亿元的省级低空经济"
            "产业引导基金，对运营企业新购置的eVTOL航空器按购置价的10%给予补贴，单家企业每年最高2,000万元。文件介绍，2024年"
            "全省低空经济产业规模达到862亿元，比2023年的677亿元增长27.3%；力争到2027年突破1,500亿元。"
        ),
        obs=[
            ("Total", 2024, 862, "CNY 100 million", "actual"),
            ("Total", 2023, 677, "CNY 100 million", "actual"),
            ("Total", 2027, 1500, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 27.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 862 / 677 - 1 = 27.326% -> 27.3
        ],
    ),
    # 25. a carrier's 集采 result and a vendor's contract: the tender's unit count, 估算总金额, a bidder's 中标份额 and the
    #    销售合同 amount nowhere; the consultancy's market figure 较2023年的……增长38.2% (exact)
    dict(
        text=(
            "运营商集采结果出炉：华通移动近日公示2025年至2026年人工智能通用计算服务器集中采购中标候选人，采购规模约8,000台，"
            "估算总金额约91亿元（含税），排名第一的候选人中标份额为35%。同日，某服务器厂商公告与华通移动签署金额12.6亿元的"
            "算力设备销售合同。据赛尔顾问统计，2024年我国智算服务器市场规模为1,426亿元，较2023年的1,032亿元增长38.2%。"
        ),
        obs=[
            ("Total", 2024, 1426, "CNY 100 million", "actual"),
            ("Total", 2023, 1032, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 38.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1426 / 1032 - 1 = 38.178% -> 38.2
        ],
    ),
    # 26. a news-agency item on a data-centre project: its 总投资 and its 算力规模 in P nowhere, the city's 智能算力 in EFLOPS
    #    nowhere; the 算力产业规模 同比增长28.6%，2023年为 (exact) and 预计2025年……400亿元以上 (an approximate estimate)
    dict(
        text=(
            "新华社宁川3月18日电 总投资约120亿元的西部算力枢纽宁川智算中心项目一期日前正式投运，一期算力规模达4,000P。宁川市"
            "数据局介绍，2024年全市算力产业规模为315亿元，同比增长28.6%，2023年为245亿元；全市智能算力总规模已超过12 EFLOPS。"
            "预计2025年算力产业规模将增至400亿元以上。"
        ),
        obs=[
            ("Total", 2024, 315, "CNY 100 million", "actual"),
            ("Total", 2023, 245, "CNY 100 million", "actual"),
            ("Total", 2025, 400, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 28.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 315 / 245 - 1 = 28.571% -> 28.6
        ],
    ),
    # 27. 出货量 beside 市场规模: the product's shipments (智能眼镜, count 10 thousand) with a rate whose base is not printed, the
    #    market's 较上年的……增长 (exact), and 区域分布 shares (华东地区占比, 粤港澳大湾区占比) without their amounts
    dict(
        text=(
            "启明数据研究院最新报告显示，2024年中国智能眼镜出货量为286万台，同比增长62.5%；按零售额计算，市场规模为58.4亿元，"
            "较上年的37.9亿元增长54.1%。从区域分布看，华东地区占比38.0%，位居首位；粤港澳大湾区占比21.6%，增速最快。"
        ),
        obs=[
            ("智能眼镜", 2024, 286, "count 10 thousand", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("Total", 2023, 37.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 62.5, "percent", 2023, 2024, 1.0),
            ("growth", 54.1, "percent", 2023, 2024, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.4 / 37.9 - 1 = 54.090% -> 54.1
        ],
    ),
    # 28. a market in 万亿元 with a rate whose base is not printed, 长三角地区 a part with its share of 全国 (reached only at the
    #    rounding), two regions' shares without amounts; a leading firm's 营收同比 and 净利润同比 nowhere
    dict(
        text=(
            "软件产业观察研究中心日前发布数据：2024年我国信息技术服务市场规模达2.48万亿元，同比增长11.6%。分区域看，长三角地区"
            "市场规模为1.02万亿元，占全国的41.3%；粤港澳大湾区占比18.7%；京津冀地区占比16.2%。同期，行业龙头衡信软件营收同比"
            "增长9.2%，净利润同比下降14.5%，增速明显低于行业平均水平。"
        ),
        obs=[
            ("Total", 2024, 2.48, "CNY trillion", "actual"),
            ("长三角地区", 2024, 1.02, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 21.02 / 2.48 = 41.129%, not 41.3 +- 0.05; bounds (1.015 / 2.485) -> 40.845%, (1.025 / 2.475) -> 41.414%:
            # 61.3 is reached only at the rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 29. a broker's sector note in 亿美元: 2024 and 预计2029年 (estimate) with 2024-2029年CAGR约16% (stated); the leader's 在手订单,
    #    资本开支计划, PE, 目标价 and rating nowhere
    dict(
        text=(
            "光通信行业跟踪（2025年4月）：据光研智库统计，2024年全球光模块市场规模为176亿美元，预计2029年将达到370亿美元，"
            "2024-2029年CAGR约16%。龙头公司在手订单金额超过90亿元，2025年资本开支计划约30亿元，当前股价对应2025年PE约22倍，"
            "给予目标价128元，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 176, "USD 100 million", "actual"),
            ("Total", 2029, 370, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 16, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            # (370 / 176) ** (1 / 5) - 1 = 16.021% -> 16 (bounds (369.5 / 176.5) -> 15.924%, (370.5 / 175.5) -> 16.119%)
            ("cagr", "exact"),
        ],
    ),
    # 30. a Taiwan foundry's 法人說明會 (Traditional Chinese): its 合併營收, 年增 and 今年資本支出預算 nowhere; the industry's 產值
    #     in 兆元 (TWD trillion) 較2023年的……成長22.4%, reached only at the rounding
    dict(
        text=(
            "（2025/02/14）晶圓代工廠聯華晶創昨日舉行法人說明會，公布2024年合併營收新台幣2,318億元，年增4.6%，並宣布今年資本"
            "支出預算為新台幣320億元，較去年增加約一成。產業經濟研究中心同日發表報告指出，2024年台灣半導體產業產值達新台幣"
            "5.32兆元，較2023年的4.34兆元成長22.4%，創歷史新高。"
        ),
        obs=[
            ("Total", 2024, 5.32, "TWD trillion", "actual"),
            ("Total", 2023, 4.34, "TWD trillion", "actual"),
        ],
        claims=[("growth", 22.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 25.32 / 4.34 - 1 = 22.581%, not 22.4 +- 0.05; bounds (5.315 / 4.345) -> 22.325%, (5.325 / 4.335) ->
            # 42.837%: 22.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. a Taiwan start-up's A輪募資 and 投後估值 (Traditional Chinese, nowhere); the market 約為 (2024), 預估2027年 (estimate)
    #     and 2024至2027年年複合成長率 (stated)
    dict(
        text=(
            "台灣生成式AI新創雲渡智能今（12）日宣布完成A輪募資新台幣12億元，由國發基金與兩家創投共同領投，投後估值約新台幣60億元。"
            "數位經濟研究所估計，2024年台灣生成式AI應用市場規模約為新台幣486億元，預估2027年將成長至1,320億元，2024至2027年"
            "年複合成長率達39.5%。"
        ),
        obs=[
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2027, 1320, "TWD 100 million", "estimate"),
        ],
        claims=[("cagr", 39.5, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            # (1320 / 486) ** (1 / 3) - 1 = 39.523% -> 39.5 (bounds (1319.5 / 486.5) -> 39.458%, (1320.5 / 485.5) ->
            # 59.589%)
            ("cagr", "exact"),
        ],
    ),
    # 32. a Hong Kong government funding scheme (Traditional Chinese): the 撥款 and the per-project cap nowhere; the
    #     statistics department's 業務收益 較2023年的……增加8.3% (exact, HKD 100 million) and 雲端服務 a share without its amount
    dict(
        text=(
            "香港特區政府今日宣布撥款30億港元推出「人工智能資助計劃」，每個獲批項目最高可獲1,000萬港元資助，申請期為期兩年。"
            "政府統計處資料顯示，2024年本港資訊科技服務業的業務收益為1,286億港元，較2023年的1,187億港元增加8.3%；當中雲端服務"
            "收益所佔比重為27.4%。"
        ),
        obs=[
            ("Total", 2024, 1286, "HKD 100 million", "actual"),
            ("Total", 2023, 1187, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.3, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1187 - 1 = 8.340% -> 8.3
        ],
    ),
    # 33. a Hong Kong IPO filing (Traditional Chinese): the 募資, the company's 收入 and its growth and the 估值 nowhere; the
    #     prospectus's market in 億元人民幣 由2020年的……增長至2024年的…… with 年複合增長率 (inferred: only the amounts' years give
    #     its span) and 預計於2029年 (estimate) with 2024年至2029年的年複合增長率 (stated)
    dict(
        text=(
            "（2025年6月）醫療AI企業睿影科技向港交所遞交上市申請，擬募資約20億港元。招股書顯示，公司2024年收入為3.6億元人民幣，"
            "較上年增長58%，仍處於虧損狀態，上一輪融資後估值約120億元人民幣。招股書引述衡博諮詢報告，中國AI醫學影像市場規模由"
            "2020年的12.6億元人民幣增長至2024年的48.3億元人民幣，年複合增長率為39.9%，並預計於2029年達到156.2億元人民幣，"
            "2024年至2029年的年複合增長率為26.5%。"
        ),
        obs=[
            ("Total", 2020, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 48.3, "CNY 100 million", "actual"),
            ("Total", 2029, 156.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 39.9, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 26.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (48.3 / 12.6) ** (1 / 4) - 1 = 39.925% -> 39.9 (bounds (48.25 / 12.65) -> 39.750%, (48.35 / 12.55) ->
            # 60.100%)
            ("cagr|period", "exact"),
            # (156.2 / 48.3) ** (1 / 5) - 1 = 26.458% -> 26.5 (bounds (156.15 / 48.35) -> 26.424%, (156.25 / 48.25) ->
            # 46.493%)
            ("cagr", "exact"),
        ],
    ),
    # 34. a Taiwan ministry's tender (Traditional Chinese, May 2025): the 預算 and the 決標金額 nowhere; the market 約為 (2024)
    #     with 年增15.6% (no base), 北部地區占比約62% a share, 預估明年……可望突破 (2026, an approximate estimate)
    dict(
        text=(
            "（2025年5月8日）數位發展部今年編列新台幣120億元預算推動主權AI算力中心建置，首期標案已決標，決標金額為新台幣38.5億元，"
            "由國內系統整合商聯合承攬。部長在記者會上表示，2024年台灣資料中心市場規模約為新台幣842億元，年增15.6%，其中北部地區"
            "占比約62%；預估明年規模可望突破新台幣1,000億元。"
        ),
        obs=[
            ("Total", 2024, 842, "TWD 100 million", "actual"),
            ("Total", 2026, 1000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 35. a Taiwan industry statistic (Traditional Chinese): 產值為……較2023年的……成長24.6%, a rate its amounts contradict;
    #     a maker's 去年營收, 年增31% and 今年資本支出倍增至20億元 nowhere
    dict(
        text=(
            "（2025年1月22日）產業發展署統計，2024年台灣電動車充電設備產值為新台幣186億元，較2023年的152億元成長24.6%。龍頭廠"
            "華創能源去年營收約42億元，年增31%，董事會並通過今年資本支出倍增至20億元，用於擴建桃園新廠。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 152, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 24.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 186 / 152 - 1 = 22.368%; bounds (185.5 / 152.5) -> 21.639%, (186.5 / 151.5) -> 23.102%: 24.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 36. a market sentence (上年为……，同比增长6.3%, reached only at the rounding) over a pipe table of listed companies'
    #     营业收入, 营收同比 and 归母净利润: the table holds no market figure and is expected nowhere
    dict(
        text=(
            "高驰机器人研究所：2024年国内工业机器人市场销售额786亿元，上年为739亿元，同比增长6.3%。主要上市公司2024年业绩一览：\n"
            "| 公司 | 营业收入（亿元） | 营收同比 | 归母净利润（亿元） |\n"
            "|---|---|---|---|\n"
            "| 埃科自动化 | 52.4 | 12.6% | 1.8 |\n"
            "| 新拓智能 | 38.9 | -4.2% | 0.3 |\n"
            "| 汇博机器人 | 21.7 | 18.3% | 2.4 |\n"
            "资料来源：公司公告，研究所整理"
        ),
        obs=[
            ("Total", 2024, 786, "CNY 100 million", "actual"),
            ("Total", 2023, 739, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 6.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 786 / 739 - 1 = 6.360%, not 6.3 +- 0.05; bounds (785.5 / 739.5) -> 6.220%, (786.5 / 738.5) -> 6.500%:
            # 26.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 37. a region-share table of one market, space-aligned in 亿元: each 区域 its 市场规模 and 占比 (all exact), a 合计 row
    #     (its 100.0% no claim); the note on 长三角 and 粤港澳大湾区 nowhere
    dict(
        text=(
            "2024年中国数据中心服务市场区域分布（单位：亿元）\n"
            "区域          市场规模      占比\n"
            "华东地区        1,126.4     37.6%\n"
            "华北地区          812.7     27.1%\n"
            "华南地区          598.3     20.0%\n"
            "西部地区          364.9     12.2%\n"
            "东北地区           96.2      3.2%\n"
            "合计            2,998.5    100.0%\n"
            "注：华东地区含长三角，华南地区含粤港澳大湾区。资料来源：云擎研究院"
        ),
        obs=[
            ("华东地区", 2024, 1126.4, "CNY 100 million", "actual"),
            ("华北地区", 2024, 812.7, "CNY 100 million", "actual"),
            ("华南地区", 2024, 598.3, "CNY 100 million", "actual"),
            ("西部地区", 2024, 364.9, "CNY 100 million", "actual"),
            ("东北地区", 2024, 96.2, "CNY 100 million", "actual"),
            ("合计", 2024, 2998.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 37.6, "percent", 2024, 2024, None),
            ("share", 27.1, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 3.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1126.4 / 2998.5 = 37.565% -> 37.6
            ("arithmetic", "exact"),  # 812.7 / 2998.5 = 27.104% -> 27.1
            ("arithmetic", "exact"),  # 598.3 / 2998.5 = 19.953% -> 20.0
            ("arithmetic", "exact"),  # 364.9 / 2998.5 = 12.169% -> 12.2
            ("arithmetic", "exact"),  # 96.2 / 2998.5 = 3.208% -> 3.2
            ("hierarchy", "exact"),  # 1126.4 + 812.7 + 598.3 + 364.9 + 96.2 = 2998.5
        ],
    ),
    # 38. a provincial development commission's note (较2023年的……增长18.7%, exact) over a tab table of key projects: each
    #     项目's 所在地, 投资额 and 规划算力 (P), and their 合计, nowhere
    dict(
        text=(
            "宁江省发展改革委2025年3月发布：2024年全省算力产业规模达到1,240亿元，较2023年的1,045亿元增长18.7%。2025年首批省级"
            "重点算力基础设施项目如下。\n"
            "项目\t所在地\t投资额（亿元）\t规划算力（P）\n"
            "宁江智算中心二期\t江州市\t85.0\t6,000\n"
            "西岭绿色数据中心\t西岭市\t62.5\t3,500\n"
            "临港液冷算力集群\t临港区\t48.0\t2,800\n"
            "合计\t—\t195.5\t12,300"
        ),
        obs=[
            ("Total", 2024, 1240, "CNY 100 million", "actual"),
            ("Total", 2023, 1045, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 18.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1240 / 1045 - 1 = 18.660% -> 18.7
        ],
    ),
    # 39. a Traditional Chinese pipe table in 新台幣億元: each 產業別 its 2023年產值 and 2024年產值 and 年增率 (封裝's contradicted by
    #     its figures), a 總計 row; the 2024年資本支出 column (a company outlay, no market) and the note nowhere
    dict(
        text=(
            "表2 臺灣半導體產業產值與資本支出（單位：新台幣億元）\n"
            "| 產業別 | 2023年產值 | 2024年產值 | 年增率 | 2024年資本支出 |\n"
            "|---|---|---|---|---|\n"
            "| IC設計 | 10,328 | 12,563 | 21.6% | 386 |\n"
            "| 晶圓製造 | 24,107 | 31,024 | 28.7% | 9,420 |\n"
            "| 封裝 | 3,412 | 3,706 | 9.6% | 512 |\n"
            "| 測試 | 1,795 | 1,918 | 6.9% | 298 |\n"
            "| 總計 | 39,642 | 49,211 | 24.1% | 10,616 |\n"
            "註：資本支出為業者自行申報數字。"
        ),
        obs=[
            ("IC設計", 2023, 10328, "TWD 100 million", "actual"),
            ("IC設計", 2024, 12563, "TWD 100 million", "actual"),
            ("晶圓製造", 2023, 24107, "TWD 100 million", "actual"),
            ("晶圓製造", 2024, 31024, "TWD 100 million", "actual"),
            ("封裝", 2023, 3412, "TWD 100 million", "actual"),
            ("封裝", 2024, 3706, "TWD 100 million", "actual"),
            ("測試", 2023, 1795, "TWD 100 million", "actual"),
            ("測試", 2024, 1918, "TWD 100 million", "actual"),
            ("總計", 2023, 39642, "TWD 100 million", "actual"),
            ("總計", 2024, 49211, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.7, "percent", 2023, 2024, 1.0),
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12563 / 10328 - 1 = 21.640% -> 21.6
            ("cagr|implied", "exact"),  # 31024 / 24107 - 1 = 28.693% -> 28.7
            # 3706 / 3412 - 1 = 8.617%; bounds (3705.5 / 3412.5) -> 8.586%, (3706.5 / 3411.5) -> 8.647%:
            # 29.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1918 / 1795 - 1 = 6.852% -> 6.9
            ("cagr|implied", "exact"),  # 49211 / 39642 - 1 = 24.139% -> 24.1
            # 10328 + 24107 + 3412 + 1795 = 39642; 12563 + 31024 + 3706 + 1918 = 49211
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a vertical tab table of years: 市场规模 (亿元) with its 同比 (2022's "—"), 出货量 (万台, count 10 thousand) an item of its
    #     header, 2025E and 2026E estimates; the 均价 (元/台) column, the title's years and the note nowhere
    dict(
        text=(
            "表3 中国AI学习机市场规模及出货量（2022-2026E）\n"
            "年份\t市场规模（亿元）\t同比\t出货量（万台）\t均价（元/台）\n"
            "2022\t168.4\t—\t486.2\t3,464\n"
            "2023\t196.5\t16.7%\t532.0\t3,694\n"
            "2024\t243.8\t24.1%\t617.5\t3,948\n"
            "2025E\t301.2\t23.5%\t722.0\t4,172\n"
            "2026E\t356.0\t18.2%\t815.0\t4,368\n"
            "注：E为预测值；均价=市场规模/出货量。"
        ),
        obs=[
            ("市场规模", 2022, 168.4, "CNY 100 million", "actual"),
            ("市场规模", 2023, 196.5, "CNY 100 million", "actual"),
            ("市场规模", 2024, 243.8, "CNY 100 million", "actual"),
            ("市场规模", 2025, 301.2, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 356.0, "CNY 100 million", "estimate"),
            ("出货量", 2022, 486.2, "count 10 thousand", "actual"),
            ("出货量", 2023, 532.0, "count 10 thousand", "actual"),
            ("出货量", 2024, 617.5, "count 10 thousand", "actual"),
            ("出货量", 2025, 722.0, "count 10 thousand", "estimate"),
            ("出货量", 2026, 815.0, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2022, 2023, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 196.5 / 168.4 - 1 = 16.686% -> 16.7
            ("cagr|implied", "exact"),  # 243.8 / 196.5 - 1 = 24.071% -> 24.1
            ("cagr|implied", "exact"),  # 301.2 / 243.8 - 1 = 23.544% -> 23.5
            ("cagr|implied", "exact"),  # 356.0 / 301.2 - 1 = 18.194% -> 18.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 6, 'exact': 77}
#: snippets in all, in English prose, in Chinese prose, and tables
LAYOUT = (40, 15, 15, 10)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'North America held the largest share, at 38.2%, in 2024',
    'the remaining regions together made up 11.3%',
    'is projected to grow at the fastest CAGR of 23.8% over 2025-2032',
    'the U.S. market alone was valued at USD 3.17 billion',
    'or 87.6% of North American spending',
    "Japan's market grew 17.3% in fiscal 2024 to ¥148.6 billion",
    'software accounted for more than 60% of revenue',
    'the services segment is expected to register a CAGR of 27%',
    'accounted for nearly half',
    'Cloud deployments generated USD 3.42 billion of the USD 5.18 billion',
    'Among end users, BFSI led with a 31.4% share',
    'Germany alone accounting for 31.5% of the European total',
    "Latin America's share was 4.8%",
    'at RMB 4.26 billion in 2024',
    'the UK accounted for £1.27 billion',
    'with spending of SAR 3.78 billion',
    'with all other countries sharing $3.48 billion',
    "Europe's revenue is expected to more than double",
    'KRW 3.2 trillion, up 41.6% on the year',
    'North America, USD 4.87 billion (41.2%)',
    '| Region | 2024 | 2030 | CAGR 2024-2030 |',
    'End user\t2023\t2024\tYoY',
    'Total            100.0    100.0    100.0',
    '| 2024, US$ bn |',
    'Region          2024   Share 2024   2025E   2032F   CAGR 2025-32',
    '完成8亿元B轮融资',
    '投后估值约60亿元',
    '资本开支合计约2,290亿美元',
    '2025E有望达3,050亿元，同比+39.9%',
    '归母净利润5.1亿元',
    '总规模100亿元的省级低空经济产业引导基金',
    '按购置价的10%给予补贴',
    '中标份额为35%',
    '签署金额12.6亿元的算力设备销售合同',
    '总投资约120亿元',
    '超过12 EFLOPS',
    '出货量为286万台',
    '华东地区占比38.0%',
    '长三角地区市场规模为1.02万亿元，占全国的41.3%',
    '营收同比增长9.2%',
    '在手订单金额超过90亿元',
    '今年資本支出預算為新台幣320億元',
    '產值達新台幣5.32兆元',
    '完成A輪募資新台幣12億元',
    '撥款30億港元',
    '擬募資約20億港元',
    '決標金額為新台幣38.5億元',
    '| 公司 | 营业收入（亿元） | 营收同比 |',
    '投资额（亿元）\t规划算力（P）',
    '| 2024年資本支出 |',
)
#: the set's blind score (written without reading or running the extractor, scored once): 177 figures, 75 rates, 78
#: verdicts and 2 false inconsistent; 187 and 79 after a region's own market after the whole's was read as its part;
#: 200, 80 and 1 after a column of currencies, a year set off by commas and a rate of a clause set against another;
#: 201 and 81 after a region's short name ("U.S.") was read as its full one; 202 after a people's adjective after a
#: verb of sizing ("forecasts Japanese sales of"); no false inconsistent after a share "of North American spending" was
#: held to North America's figure
FLOORS = {"figures_found": 202, "rates_found": 75, "verdicts_right": 81}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset72.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
