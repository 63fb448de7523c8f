"""A seventy-third check set for the extractor, written blind: where the money is -- English newspaper features, wire
stories, bank notes, trade associations' and companies' releases that split a market by country, region, city,
channel or customer group ("Of the $X spent worldwide, American buyers accounted for", "followed by China ($Y) and
Japan ($Z)", "Europe's share slipped to 21% from 24%", "excluding China", "the rest of the world", a state's or a
city's figure, a country's figure in its own currency with dollars in brackets, a company's revenue from one region),
and Chinese and Traditional Chinese local government reports, statistics bureaus' and industry departments' releases,
brokers' notes and news that give a market or an industry by province, city and region (占全国的比重, 居全国首位, 全省, 全市,
长三角, 珠三角, 京津冀, 成渝, a city's planned target beside its actual, 台灣's north, centre and south, Hong Kong and Macao); with
country, region, channel, 分地区 and 城市排名 tables.

Conventions: as in the sixty-eighth set (its module docstring states them). A part named by a people's adjective is
named as printed ("American buyers"); a company's revenue from a region is expected nowhere.
"""

from __future__ import annotations

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a wire story: "Of the $... that players spent worldwide ..., American buyers accounted for $... and Chinese
    #    players for $..." (demonyms as the parts' names), the worldwide rate against 2023; a share without its part
    dict(
        text=(
            "LOS ANGELES, Feb. 19, 2025 (Pacific Wire) — Of the $184.3 billion that players spent worldwide on games "
            "in 2024, American buyers accounted for $51.6 billion and Chinese players for $44.8 billion, Lodestar "
            "Games Data said on Wednesday. Worldwide spending edged up 1.9% from $180.9 billion in 2023. Mobile titles "
            "took 49% of the total."
        ),
        obs=[
            ("Total", 2024, 184.3, "USD billion", "actual"),
            ("American buyers", 2024, 51.6, "USD billion", "actual"),
            ("Chinese players", 2024, 44.8, "USD billion", "actual"),
            ("Total", 2023, 180.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 1.9, "percent", 2023, 2024, 1.0),
            ("share", 49, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 184.3 / 180.9 - 1 = 1.879% -> 1.9 (bounds 1.824-1.935)
        ],
    ),
    # 2. a wire story in "EUR ...bn": "Sales of e-bikes in Germany rose 11.8% to ... from ...", "while French sales fell
    #    6.4%" (a part's rate without its amount), the EU's total "last year" (2024) and Germany's share of it
    dict(
        text=(
            "BRUSSELS, 26 March 2025 (Continental Wire) — Sales of e-bikes in Germany rose 11.8% to EUR 3.42bn in "
            "2024 from EUR 3.06bn, while French sales fell 6.4%, the Federation of European Cycle Makers said on "
            "Wednesday. Across the 27 EU member states, e-bike sales reached EUR 12.85bn last year, giving Germany a "
            "26.6% share."
        ),
        obs=[
            ("Germany", 2024, 3.42, "EUR billion", "actual"),
            ("Germany", 2023, 3.06, "EUR billion", "actual"),
            ("Total", 2024, 12.85, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 11.8, "percent", 2023, 2024, 1.0),
            ("growth", -6.4, "percent", 2023, 2024, 1.0),
            ("share", 26.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # Germany: 3.42 / 3.06 - 1 = 11.765% -> 11.8 (bounds (3.415 / 3.065) -> 11.419%, (3.425 / 3.055) ->
            # 12.111%); France's fall has no amounts: no verdict
            ("cagr|implied", "exact"),
            ("arithmetic", "exact"),  # 3.42 / 12.85 = 26.615% -> 26.6 (bounds 26.566-26.664)
        ],
    ),
    # 3. a newspaper feature: "the United States remains by far the biggest market ..., worth about $... last year,
    #    followed by China ($...) and Japan ($...)" (2024 from the June 2025 dateline, approximate at its printed
    #    figure), the worldwide total in trillions and the US share of it
    dict(
        text=(
            "NEW YORK, June 3, 2025 — For all the talk of emerging markets, the United States remains by far the "
            "biggest market for prescription medicines, worth about $634 billion last year, followed by China ($171 "
            "billion) and Japan ($76 billion), according to figures compiled by the health-data firm Meridale "
            "Analytics. Worldwide, spending on medicines came to $1.61 trillion in 2024, so the US alone made up "
            "39.4% of it."
        ),
        obs=[
            ("United States", 2024, 634, "USD billion", "actual"),
            ("China", 2024, 171, "USD billion", "actual"),
            ("Japan", 2024, 76, "USD billion", "actual"),
            ("Total", 2024, 1.61, "USD trillion", "actual"),
        ],
        claims=[("share", 39.4, "percent", 2024, 2024, None)],
        verdicts=[
            # 634 / 1610 = 39.379% -> 39.4 (bounds (633.5 / 1615) -> 39.226%, (634.5 / 1605) -> 39.533%)
            ("arithmetic", "exact"),
        ],
    ),
    # 4. a trade group's study: "Europe's share ... slipped to 21% last year from 24% in 2023" (two shares, no
    #    amounts), the whole market's decline with both amounts, "American consumers spent" a part (demonym)
    dict(
        text=(
            "MILAN, 12 March 2025 — Europe's share of worldwide spending on personal luxury goods slipped to 21% last "
            "year from 24% in 2023, as American shoppers returned in force and Chinese demand cooled, the Italian "
            "luxury makers' committee Comitato Alto Lusso said in its annual study. The market as a whole shrank 1.4% "
            "to €363 billion, from €368 billion. American consumers spent €92 billion, more than any other "
            "nationality."
        ),
        obs=[
            ("Total", 2024, 363, "EUR billion", "actual"),
            ("Total", 2023, 368, "EUR billion", "actual"),
            ("American consumers", 2024, 92, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2023, 2023, None),
            ("growth", -1.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # Europe's shares have no amounts: no verdicts
            ("cagr|implied", "exact"),  # 363 / 368 - 1 = -1.359% -> -1.4 (bounds -1.628 to -1.088)
        ],
    ),
    # 5. a council's release in yen with dollar equivalents in brackets: "Japanese households spent ¥... trillion ($...
    #    billion)" (the yen figure the observation, the dollars nowhere), "5.1% more than the ¥... of 2023", Tokyo a
    #    part in JPY billion; the count of pet cats nowhere
    dict(
        text=(
            "TOKYO, April 8, 2025 — Japanese households spent ¥2.47 trillion ($16.5 billion) on pet food, supplies "
            "and veterinary care in 2024, 5.1% more than the ¥2.35 trillion ($16.7 billion) of 2023, according to the "
            "Japan Companion Animal Products Council. Tokyo alone accounted for ¥318 billion. Dog owners still "
            "outspend cat owners, though the 9.2 million cats kept as pets now outnumber dogs."
        ),
        obs=[
            ("Total", 2024, 2.47, "JPY trillion", "actual"),
            ("Total", 2023, 2.35, "JPY trillion", "actual"),
            ("Tokyo", 2024, 318, "JPY billion", "actual"),
        ],
        claims=[("growth", 5.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.47 / 2.35 - 1 = 5.106% -> 5.1 (bounds 4.671-5.544)
        ],
    ),
    # 6. an Indian association in rupees (no observation) with dollar equivalents in brackets (the observations):
    #    FY2025 (the twelve months to March 2025, actual), a rate whose base is not printed, two states' combined share
    #    (no part printed), Uttar Pradesh a part with its share
    dict(
        text=(
            "NEW DELHI, May 14, 2025 — Indian households and offices bought room air conditioners worth Rs 318 "
            "billion ($3.8 billion) in FY2025, the twelve months to March, up 27.4% on the year, the Indian Cooling "
            "Appliances Association said. Tamil Nadu and Maharashtra together made up 29% of the national total, "
            "while Uttar Pradesh, at Rs 41 billion ($0.49 billion), or 12.9% of sales, was the largest single state."
        ),
        obs=[
            ("Total", 2025, 3.8, "USD billion", "actual"),
            ("Uttar Pradesh", 2025, 0.49, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2024, 2025, 1.0),
            ("share", 29, "percent", 2025, 2025, None),
            ("share", 12.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # Uttar Pradesh: 0.49 / 3.8 = 12.895% -> 12.9 (bounds 12.597-13.200; in rupees 41 / 318 = 12.893% too)
            ("arithmetic", "exact"),
        ],
    ),
    # 7. a dealers' alliance: "Americans bought $... worth" (the whole), "up 6.9% from ... in 2023", a state's figure
    #    ("California alone accounted for ... of that, or 34.7% of the national figure") and Texas a part
    dict(
        text=(
            "SACRAMENTO, Calif., March 5, 2025 — Americans bought $71.4 billion worth of new battery-electric cars in "
            "2024, up 6.9% from $66.8 billion in 2023, the Electric Drive Dealers Alliance said. California alone "
            "accounted for $24.8 billion of that, or 34.7% of the national figure, and Texas for $5.9 billion."
        ),
        obs=[
            ("Total", 2024, 71.4, "USD billion", "actual"),
            ("Total", 2023, 66.8, "USD billion", "actual"),
            ("California", 2024, 24.8, "USD billion", "actual"),
            ("Texas", 2024, 5.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
            ("share", 34.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.4 / 66.8 - 1 = 6.886% -> 6.9 (bounds 6.731-7.041)
            ("arithmetic", "exact"),  # 24.8 / 71.4 = 34.734% -> 34.7 (bounds 34.640-34.828)
        ],
    ),
    # 8. a wire story in yuan: "climbed 20.7% to ... last year from ... in 2023" (2024 from the January 2025 dateline),
    #    a city's figure ("Shenzhen ... accounted for ... yuan ($... billion)", the dollars nowhere) with its share
    dict(
        text=(
            "BEIJING, Jan. 16, 2025 — Sales of civilian drones in China climbed 20.7% to 62.4 billion yuan last year "
            "from 51.7 billion yuan in 2023, the China Unmanned Aircraft Industry Association said on Thursday. "
            "Shenzhen, the southern tech hub that is home to most makers, accounted for 38.7 billion yuan ($5.3 "
            "billion) of the total, a 62.0% share."
        ),
        obs=[
            ("Total", 2024, 62.4, "CNY billion", "actual"),
            ("Total", 2023, 51.7, "CNY billion", "actual"),
            ("Shenzhen", 2024, 38.7, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("share", 62.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 62.4 / 51.7 - 1 = 20.696% -> 20.7 (bounds 20.483-20.910)
            ("arithmetic", "exact"),  # 38.7 / 62.4 = 62.019% -> 62.0 (bounds 61.890-62.149)
        ],
    ),
    # 9. a producers' association: "Germans spent €... on ..., up 5.7% from €..." (reached only at the rounding), a
    #    state's figure (Bavaria), a channel's rate without its amount
    dict(
        text=(
            "MUNICH, 12 February 2025 — Germans spent €16.1 billion on organic food and drink in 2024, up 5.7% from "
            "€15.3 billion the year before, the Association of Organic Food Producers said at the Nuremberg trade "
            "fair. Bavaria, the biggest regional market, accounted for €3.2 billion. Sales through specialist "
            "organic shops grew 3.1%, more slowly than in supermarkets and discounters."
        ),
        obs=[
            ("Total", 2024, 16.1, "EUR billion", "actual"),
            ("Total", 2023, 15.3, "EUR billion", "actual"),
            ("Bavaria", 2024, 3.2, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 5.7, "percent", 2023, 2024, 1.0),
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 16.1 / 15.3 - 1 = 5.229%, not 5.7 +- 0.05; bounds (16.05 / 15.35) -> 4.560%, (16.15 / 15.25) -> 5.902%:
            # 5.7 is reached only at the rounding; the specialist shops' rate has no amounts: no verdict
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. a company release: its own sales, "revenue from the Americas up 9%" and "business outside the US made up 61%
    #     of the group total" nowhere (a company's revenue, in francs besides); the market the company sizes in its
    #     annual report with its 2023 base and North America a part with its share
    dict(
        text=(
            "ZURICH, Feb. 20, 2025 — Alpenhorn Instruments reported 2024 sales of CHF 4.12 billion, with revenue from "
            "the Americas up 9% to CHF 1.53 billion; business outside the US made up 61% of the group total. In its "
            "annual report the company puts the worldwide market for laboratory weighing equipment at $3.86 billion "
            "in 2024, up 4.3% from $3.70 billion a year earlier. North America, at $1.31 billion, made up 33.9% of "
            "that market."
        ),
        obs=[
            ("Total", 2024, 3.86, "USD billion", "actual"),
            ("Total", 2023, 3.70, "USD billion", "actual"),
            ("North America", 2024, 1.31, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 4.3, "percent", 2023, 2024, 1.0),
            ("share", 33.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.86 / 3.70 - 1 = 4.324% -> 4.3 (bounds 4.049-4.601)
            ("arithmetic", "exact"),  # 1.31 / 3.86 = 33.938% -> 33.9 (bounds 33.765-34.112)
        ],
    ),
    # 11. a research firm's regional figures: the region's whole, China a part, "Asia Pacific excluding China" a part
    #     with its 2023 amount and rate, "India's market grew 11% to about $27 billion" (approximate, no base)
    dict(
        text=(
            "SINGAPORE, Feb. 3, 2025 — Smartphone buyers across Asia Pacific spent $148.2 billion on new handsets in "
            "2024, research firm Strandline Insights said on Monday. China, the largest single market, took $86.9 "
            "billion, while Asia Pacific excluding China accounted for $61.3 billion, up 7.4% from $57.1 billion a "
            "year earlier. India's market grew 11% to about $27 billion."
        ),
        obs=[
            ("Total", 2024, 148.2, "USD billion", "actual"),
            ("China", 2024, 86.9, "USD billion", "actual"),
            ("Asia Pacific excluding China", 2024, 61.3, "USD billion", "actual"),
            ("Asia Pacific excluding China", 2023, 57.1, "USD billion", "actual"),
            ("India", 2024, 27, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("growth", 11, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # Asia Pacific excluding China: 61.3 / 57.1 - 1 = 7.356% -> 7.4 (bounds 7.174-7.537); India's rate has
            # no base; 86.9 + 61.3 = 148.2 (parts in prose: no hierarchy verdict)
            ("cagr|implied", "exact"),
        ],
    ),
    # 12. an exporters' association: "fell 3.8% to £... from £..." (reached only at the rounding), the largest
    #     destination in £ million, regions "with the rest of the world accounting for the remaining £..."
    dict(
        text=(
            "EDINBURGH, 13 February 2025 — Exports of Scotch whisky fell 3.8% to £5.44 billion in 2024 from £5.65 "
            "billion, the Scotch Spirits Association said. The United States remained the largest single "
            "destination, at £971 million. By region, the European Union took £1.29 billion, North America £1.10 "
            "billion and Asia £1.65 billion, with the rest of the world accounting for the remaining £1.40 billion."
        ),
        obs=[
            ("Total", 2024, 5.44, "GBP billion", "actual"),
            ("Total", 2023, 5.65, "GBP billion", "actual"),
            ("United States", 2024, 971, "GBP million", "actual"),
            ("European Union", 2024, 1.29, "GBP billion", "actual"),
            ("North America", 2024, 1.10, "GBP billion", "actual"),
            ("Asia", 2024, 1.65, "GBP billion", "actual"),
            ("Rest of the world", 2024, 1.40, "GBP billion", "actual"),
        ],
        claims=[("growth", -3.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 5.44 / 5.65 - 1 = -3.717%, not -3.8 +- 0.05; bounds (5.435 / 5.655) -> -3.890%, (5.445 / 5.645) ->
            # -3.543%: -3.8 is reached only at the rounding; 1.29 + 1.10 + 1.65 + 1.40 = 5.44 (parts in prose: no
            # hierarchy verdict)
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. a bank's note: the global total "(2023: $...)" with its decline, North America a part with its share of the
    #     world total, "Chinese cinemas" (demonym) in yuan with their own decline (the dollars nowhere), the bank's
    #     2025 expectation with its rate
    dict(
        text=(
            "Hollins Bank Research · Media & Leisure · 14 March 2025\n"
            "Where the box office is\n"
            "Global box-office receipts fell 9.1% to $30.8 billion in 2024 (2023: $33.9 billion). In North America "
            "takings came to $8.7 billion, 28.2% of the world total. Chinese cinemas took 42.5 billion yuan ($5.9 "
            "billion), 22.6% less than the 54.9 billion yuan of 2023. We expect the global total to recover to $33.2 "
            "billion in 2025, a gain of 7.8%."
        ),
        obs=[
            ("Total", 2024, 30.8, "USD billion", "actual"),
            ("Total", 2023, 33.9, "USD billion", "actual"),
            ("North America", 2024, 8.7, "USD billion", "actual"),
            ("Chinese cinemas", 2024, 42.5, "CNY billion", "actual"),
            ("Chinese cinemas", 2023, 54.9, "CNY billion", "actual"),
            ("Total", 2025, 33.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -9.1, "percent", 2023, 2024, 1.0),
            ("share", 28.2, "percent", 2024, 2024, None),
            ("growth", -22.6, "percent", 2023, 2024, 1.0),
            ("growth", 7.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 30.8 / 33.9 - 1 = -9.145% -> -9.1 (bounds -9.426 to -8.863)
            ("arithmetic", "exact"),  # 8.7 / 30.8 = 28.247% -> 28.2 (bounds 28.039-28.455)
            # Chinese cinemas (in yuan): 42.5 / 54.9 - 1 = -22.587% -> -22.6 (bounds -22.748 to -22.425)
            ("cagr|implied", "exact"),
            ("cagr|implied", "exact"),  # 33.2 / 30.8 - 1 = 7.792% -> 7.8 (bounds 7.455-8.130)
        ],
    ),
    # 14. a retail monitor: "British shoppers spent £... on toys in 2024, 3.4% less than the £... of 2023" (its amounts
    #     contradict it), a customer group ("Adult collectors") a part with its share
    dict(
        text=(
            "LONDON, 22 January 2025 — British shoppers spent £3.91 billion on toys in 2024, 3.4% less than the £4.02 "
            "billion of 2023, according to the Toy Retail Monitor compiled for the British Toy Makers' Association. "
            "Adult collectors, the so-called kidults, accounted for £1.07 billion, 27.4% of the market, and were the "
            "only customer group to spend more than a year earlier."
        ),
        obs=[
            ("Total", 2024, 3.91, "GBP billion", "actual"),
            ("Total", 2023, 4.02, "GBP billion", "actual"),
            ("Adult collectors", 2024, 1.07, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", -3.4, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.91 / 4.02 - 1 = -2.736%; bounds (3.905 / 4.025) -> -2.981%, (3.915 / 4.015) -> -2.491%:
            # -3.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.07 / 3.91 = 27.366% -> 27.4 (bounds 27.203-27.529)
        ],
    ),
    # 15. a newspaper story on an annual survey: "$... worth of art in 2024, 12% less than the $... of 2023", "The US
    #     kept its place as the largest market, with sales of $... or 43% of the total, followed by the UK (18%) and
    #     China (15%)" (shares in brackets without amounts), China's fall without its amounts
    dict(
        text=(
            "NEW YORK, April 2, 2025 (Newsline) — Dealers and auction houses sold $57.5 billion worth of art in 2024, "
            "12% less than the $65.1 billion of 2023, according to the annual survey by Castellan Art Economics. The "
            "US kept its place as the largest market, with sales of $24.8 billion or 43% of the total, followed by the "
            "UK (18%) and China (15%). Sales in China slumped 31%."
        ),
        obs=[
            ("Total", 2024, 57.5, "USD billion", "actual"),
            ("Total", 2023, 65.1, "USD billion", "actual"),
            ("US", 2024, 24.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -12, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
            ("growth", -31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 57.5 / 65.1 - 1 = -11.674% -> -12 (bounds -11.819 to -11.530)
            ("arithmetic", "exact"),  # 24.8 / 57.5 = 43.130% -> 43 (bounds 43.006-43.255)
        ],
    ),
    # 16. a statistics office in Hong Kong dollars (held) with a US$ equivalent in brackets (nowhere): "fell 18.2% to
    #     HK$... (US$...) in 2024, from HK$... in 2023"; "roughly half" nowhere; a jeweller's own revenue from Hong
    #     Kong and Macau and its rate nowhere
    dict(
        text=(
            "HONG KONG, Feb. 3, 2025 — The value of retail sales of jewellery, watches and valuable gifts in Hong "
            "Kong fell 18.2% to HK$61.6 billion (US$7.9 billion) in 2024, from HK$75.3 billion in 2023, the "
            "territory's statistics office said. Visitors from the mainland, who once made up the bulk of such "
            "purchases, now account for roughly half. Jeweller Kam Fung Holdings said separately that its revenue "
            "from Hong Kong and Macau dropped 21% to HK$12.4 billion."
        ),
        obs=[
            ("Total", 2024, 61.6, "HKD billion", "actual"),
            ("Total", 2023, 75.3, "HKD billion", "actual"),
        ],
        claims=[("growth", -18.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.6 / 75.3 - 1 = -18.194% -> -18.2 (bounds -18.315 to -18.073)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 17. a council's country pipe table in "(US$ million)": 2023, 2024 and "Change" (Germany's contradicted by its
    #     figures), a "Rest of world" row and a "World" row the countries add to; the report's date nowhere
    dict(
        text=(
            "Global Music Trade Council · Annual report, 25 March 2025\n"
            "Recorded-music trade revenue by country (US$ million)\n"
            "| Country | 2023 | 2024 | Change |\n"
            "|---|---|---|---|\n"
            "| United States | 11,834 | 12,176 | +2.9% |\n"
            "| Japan | 3,017 | 2,930 | -2.9% |\n"
            "| United Kingdom | 1,982 | 2,103 | +6.1% |\n"
            "| Germany | 1,891 | 1,957 | +5.3% |\n"
            "| China | 1,142 | 1,386 | +21.4% |\n"
            "| France | 1,126 | 1,170 | +3.9% |\n"
            "| Rest of world | 7,380 | 8,012 | +8.6% |\n"
            "| World | 28,372 | 29,734 | +4.8% |"
        ),
        obs=[
            ("United States", 2023, 11834, "USD million", "actual"),
            ("United States", 2024, 12176, "USD million", "actual"),
            ("Japan", 2023, 3017, "USD million", "actual"),
            ("Japan", 2024, 2930, "USD million", "actual"),
            ("United Kingdom", 2023, 1982, "USD million", "actual"),
            ("United Kingdom", 2024, 2103, "USD million", "actual"),
            ("Germany", 2023, 1891, "USD million", "actual"),
            ("Germany", 2024, 1957, "USD million", "actual"),
            ("China", 2023, 1142, "USD million", "actual"),
            ("China", 2024, 1386, "USD million", "actual"),
            ("France", 2023, 1126, "USD million", "actual"),
            ("France", 2024, 1170, "USD million", "actual"),
            ("Rest of world", 2023, 7380, "USD million", "actual"),
            ("Rest of world", 2024, 8012, "USD million", "actual"),
            ("World", 2023, 28372, "USD million", "actual"),
            ("World", 2024, 29734, "USD million", "actual"),
        ],
        claims=[
            ("growth", 2.9, "percent", 2023, 2024, 1.0),
            ("growth", -2.9, "percent", 2023, 2024, 1.0),
            ("growth", 6.1, "percent", 2023, 2024, 1.0),
            ("growth", 5.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 3.9, "percent", 2023, 2024, 1.0),
            ("growth", 8.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12176 / 11834 - 1 = 2.890% -> 2.9
            ("cagr|implied", "exact"),  # 2930 / 3017 - 1 = -2.884% -> -2.9
            ("cagr|implied", "exact"),  # 2103 / 1982 - 1 = 6.105% -> 6.1
            # 1957 / 1891 - 1 = 3.490%; bounds (1956.5 / 1891.5) -> 3.436%, (1957.5 / 1890.5) -> 3.544%:
            # 5.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1386 / 1142 - 1 = 21.366% -> 21.4
            ("cagr|implied", "exact"),  # 1170 / 1126 - 1 = 3.908% -> 3.9
            ("cagr|implied", "exact"),  # 8012 / 7380 - 1 = 8.564% -> 8.6
            ("cagr|implied", "exact"),  # 29734 / 28372 - 1 = 4.801% -> 4.8
            # 11834 + 3017 + 1982 + 1891 + 1142 + 1126 + 7380 = 28372;
            # 12176 + 2930 + 2103 + 1957 + 1386 + 1170 + 8012 = 29734
            ("hierarchy", "exact"),
        ],
    ),
    # 18. an observatory's region table aligned with spaces in "(€ billion)": 2023, 2024, "Change" and "Share 2024"
    #     (each region's share of the World row), a World row (its 100.0% no claim); the title's years and the source's
    #     date nowhere
    dict(
        text=(
            "World wine imports by region, 2023-2024 (€ billion)\n"
            "Region                    2023     2024    Change   Share 2024\n"
            "Europe                   16.42    16.05    -2.3%      45.2%\n"
            "North America             9.86    10.21    +3.5%      28.7%\n"
            "Asia                      6.73     6.94    +3.1%      19.5%\n"
            "Latin America             1.12     1.18    +5.4%       3.3%\n"
            "Africa and Middle East    0.54     0.57    +5.6%       1.6%\n"
            "Oceania                   0.61     0.58    -4.9%       1.6%\n"
            "World                    35.28    35.53    +0.7%     100.0%\n"
            "Shares may not sum to 100 because of rounding. Source: International Wine Trade Observatory, April 2025."
        ),
        obs=[
            ("Europe", 2023, 16.42, "EUR billion", "actual"),
            ("Europe", 2024, 16.05, "EUR billion", "actual"),
            ("North America", 2023, 9.86, "EUR billion", "actual"),
            ("North America", 2024, 10.21, "EUR billion", "actual"),
            ("Asia", 2023, 6.73, "EUR billion", "actual"),
            ("Asia", 2024, 6.94, "EUR billion", "actual"),
            ("Latin America", 2023, 1.12, "EUR billion", "actual"),
            ("Latin America", 2024, 1.18, "EUR billion", "actual"),
            ("Africa and Middle East", 2023, 0.54, "EUR billion", "actual"),
            ("Africa and Middle East", 2024, 0.57, "EUR billion", "actual"),
            ("Oceania", 2023, 0.61, "EUR billion", "actual"),
            ("Oceania", 2024, 0.58, "EUR billion", "actual"),
            ("World", 2023, 35.28, "EUR billion", "actual"),
            ("World", 2024, 35.53, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -2.3, "percent", 2023, 2024, 1.0),
            ("share", 45.2, "percent", 2024, 2024, None),
            ("growth", 3.5, "percent", 2023, 2024, 1.0),
            ("share", 28.7, "percent", 2024, 2024, None),
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("growth", 5.4, "percent", 2023, 2024, 1.0),
            ("share", 3.3, "percent", 2024, 2024, None),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("share", 1.6, "percent", 2024, 2024, None),
            ("growth", -4.9, "percent", 2023, 2024, 1.0),
            ("share", 1.6, "percent", 2024, 2024, None),
            ("growth", 0.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.05 / 16.42 - 1 = -2.253% -> -2.3 (bounds -2.314 to -2.193)
            ("arithmetic", "exact"),  # 16.05 / 35.53 = 45.173% -> 45.2 (bounds 45.153-45.194)
            ("cagr|implied", "exact"),  # 10.21 / 9.86 - 1 = 3.550% -> 3.5 (bounds 3.447-3.653)
            ("arithmetic", "exact"),  # 10.21 / 35.53 = 28.736% -> 28.7 (bounds 28.718-28.754)
            ("cagr|implied", "exact"),  # 6.94 / 6.73 - 1 = 3.120% -> 3.1 (bounds 2.970-3.271)
            ("arithmetic", "exact"),  # 6.94 / 35.53 = 19.533% -> 19.5 (bounds 19.516-19.550)
            ("cagr|implied", "exact"),  # 1.18 / 1.12 - 1 = 5.357% -> 5.4 (bounds 4.444-6.278)
            ("arithmetic", "exact"),  # 1.18 / 35.53 = 3.321% -> 3.3 (bounds 3.307-3.336)
            ("cagr|implied", "exact"),  # 0.57 / 0.54 - 1 = 5.556% -> 5.6 (bounds 3.670-7.477)
            ("arithmetic", "exact"),  # 0.57 / 35.53 = 1.604% -> 1.6 (bounds 1.590-1.619)
            ("cagr|implied", "exact"),  # 0.58 / 0.61 - 1 = -4.918% -> -4.9 (bounds -6.504 to -3.306)
            ("arithmetic", "exact"),  # 0.58 / 35.53 = 1.632% -> 1.6 (bounds 1.618-1.647)
            ("cagr|implied", "exact"),  # 35.53 / 35.28 - 1 = 0.709% -> 0.7 (bounds 0.680-0.737)
            # 16.42 + 9.86 + 6.73 + 1.12 + 0.54 + 0.61 = 35.28; 16.05 + 10.21 + 6.94 + 1.18 + 0.57 + 0.58 = 35.53
            ("hierarchy", "exact"),
        ],
    ),
    # 19. a council's tab table whose rows are channels, "£ million": 2023, 2024 and "% change" (Other outlets' reached
    #     only at the rounding), an "All channels" row; the source line's date nowhere
    dict(
        text=(
            "UK consumer book sales by channel, £ million\n"
            "Channel\t2023\t2024\t% change\n"
            "Online retailers\t1,482\t1,547\t4.4\n"
            "Bookshop chains\t1,026\t1,089\t6.1\n"
            "Independent bookshops\t412\t448\t8.7\n"
            "Supermarkets\t318\t291\t-8.5\n"
            "Other outlets\t205\t198\t-3.1\n"
            "All channels\t3,443\t3,573\t3.8\n"
            "Source: Booksellers' and Publishers' Council, market report, February 2025."
        ),
        obs=[
            ("Online retailers", 2023, 1482, "GBP million", "actual"),
            ("Online retailers", 2024, 1547, "GBP million", "actual"),
            ("Bookshop chains", 2023, 1026, "GBP million", "actual"),
            ("Bookshop chains", 2024, 1089, "GBP million", "actual"),
            ("Independent bookshops", 2023, 412, "GBP million", "actual"),
            ("Independent bookshops", 2024, 448, "GBP million", "actual"),
            ("Supermarkets", 2023, 318, "GBP million", "actual"),
            ("Supermarkets", 2024, 291, "GBP million", "actual"),
            ("Other outlets", 2023, 205, "GBP million", "actual"),
            ("Other outlets", 2024, 198, "GBP million", "actual"),
            ("All channels", 2023, 3443, "GBP million", "actual"),
            ("All channels", 2024, 3573, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 4.4, "percent", 2023, 2024, 1.0),
            ("growth", 6.1, "percent", 2023, 2024, 1.0),
            ("growth", 8.7, "percent", 2023, 2024, 1.0),
            ("growth", -8.5, "percent", 2023, 2024, 1.0),
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
            ("growth", 3.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1547 / 1482 - 1 = 4.386% -> 4.4
            ("cagr|implied", "exact"),  # 1089 / 1026 - 1 = 6.140% -> 6.1
            ("cagr|implied", "exact"),  # 448 / 412 - 1 = 8.738% -> 8.7
            ("cagr|implied", "exact"),  # 291 / 318 - 1 = -8.491% -> -8.5
            # 198 / 205 - 1 = -3.415%, not -3.1 +- 0.05; bounds (197.5 / 205.5) -> -3.893%, (198.5 / 204.5) ->
            # -2.934%: -3.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 3573 / 3443 - 1 = 3.776% -> 3.8
            # 1482 + 1026 + 412 + 318 + 205 = 3443; 1547 + 1089 + 448 + 291 + 198 = 3573
            ("hierarchy", "exact"),
        ],
    ),
    # 20. an association's pipe table of customer groups in "($ billion)": 2024 (actual) and 2025E (estimate) with the
    #     forecast year's "Change", a Total row; the "E =" note and the publication date nowhere
    dict(
        text=(
            "Home and business security spending in the US, by customer group ($ billion)\n"
            "| Customer group | 2024 | 2025E | Change |\n"
            "|---|---|---|---|\n"
            "| Homeowners | 18.42 | 19.37 | 5.2% |\n"
            "| Renters | 3.16 | 3.48 | 10.1% |\n"
            "| Small businesses | 6.07 | 6.51 | 7.2% |\n"
            "| Large enterprises | 9.84 | 10.22 | 3.9% |\n"
            "| Total | 37.49 | 39.58 | 5.6% |\n"
            "E = association estimate. Security Industry Outlook, published 10 March 2025."
        ),
        obs=[
            ("Homeowners", 2024, 18.42, "USD billion", "actual"),
            ("Homeowners", 2025, 19.37, "USD billion", "estimate"),
            ("Renters", 2024, 3.16, "USD billion", "actual"),
            ("Renters", 2025, 3.48, "USD billion", "estimate"),
            ("Small businesses", 2024, 6.07, "USD billion", "actual"),
            ("Small businesses", 2025, 6.51, "USD billion", "estimate"),
            ("Large enterprises", 2024, 9.84, "USD billion", "actual"),
            ("Large enterprises", 2025, 10.22, "USD billion", "estimate"),
            ("Total", 2024, 37.49, "USD billion", "actual"),
            ("Total", 2025, 39.58, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 5.2, "percent", 2024, 2025, 1.0),
            ("growth", 10.1, "percent", 2024, 2025, 1.0),
            ("growth", 7.2, "percent", 2024, 2025, 1.0),
            ("growth", 3.9, "percent", 2024, 2025, 1.0),
            ("growth", 5.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 19.37 / 18.42 - 1 = 5.157% -> 5.2 (bounds 5.102-5.213)
            ("cagr|implied", "exact"),  # 3.48 / 3.16 - 1 = 10.127% -> 10.1 (bounds 9.795-10.460)
            ("cagr|implied", "exact"),  # 6.51 / 6.07 - 1 = 7.249% -> 7.2 (bounds 7.078-7.420)
            ("cagr|implied", "exact"),  # 10.22 / 9.84 - 1 = 3.862% -> 3.9 (bounds 3.758-3.965)
            ("cagr|implied", "exact"),  # 39.58 / 37.49 - 1 = 5.575% -> 5.6 (bounds 5.547-5.602)
            # 18.42 + 3.16 + 6.07 + 9.84 = 37.49; 19.37 + 3.48 + 6.51 + 10.22 = 39.58
            ("hierarchy", "exact"),
        ],
    ),

    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 21. a province's 政府工作报告: 全省 revenue 较2023年的……增长 (exact), 居全国首位 and 连续34年 nowhere, 深圳市 a part with
    #    占全省的 share, 2025年力争……突破5.2万亿元 the plan's approximate estimate
    dict(
        text=(
            "（2025年1月14日）在广东省第十四届人民代表大会第三次会议上，省长代表省政府作工作报告。报告显示，2024年全省"
            "电子信息制造业实现营业收入4.86万亿元，较2023年的4.53万亿元增长7.3%，产业规模连续34年居全国首位；其中深圳市"
            "完成2.71万亿元，占全省的55.8%。报告同时明确，2025年力争全省电子信息制造业营业收入突破5.2万亿元。"
        ),
        obs=[
            ("Total", 2024, 4.86, "CNY trillion", "actual"),
            ("Total", 2023, 4.53, "CNY trillion", "actual"),
            ("深圳市", 2024, 2.71, "CNY trillion", "actual"),
            ("Total", 2025, 5.2, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2023, 2024, 1.0),
            ("share", 55.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 4.53 - 1 = 7.285% -> 7.3
            ("arithmetic", "exact"),  # 2.71 / 4.86 = 55.761% -> 55.8
        ],
    ),
    # 22. a news agency's story on an alliance's figures: the national market with 上年为 its base, 长三角地区 a part with
    #    its 占全国的 share, 珠三角和京津冀分别占 two shares without amounts, 成渝地区……增速最快 a region's rate alone
    dict(
        text=(
            "2025年2月21日电（记者 林嘉）华夏机器人产业联盟最新统计显示，2024年我国工业机器人市场销售额为612亿元，上年为"
            "563亿元，同比增长8.7%。从区域格局看，长三角地区实现销售额282.7亿元，占全国的46.2%，继续领跑；珠三角和京津冀"
            "分别占27.5%和12.4%；成渝地区虽然体量不大，但增速最快，同比增长31.6%。"
        ),
        obs=[
            ("Total", 2024, 612, "CNY 100 million", "actual"),
            ("Total", 2023, 563, "CNY 100 million", "actual"),
            ("长三角地区", 2024, 282.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.7, "percent", 2023, 2024, 1.0),
            ("share", 46.2, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 563 - 1 = 8.703% -> 8.7
            ("arithmetic", "exact"),  # 282.7 / 612 = 46.193% -> 46.2
        ],
    ),
    # 23. a provincial 经济和信息化厅: 全省 software revenue with a rate whose base is not printed, 占全国的比重 (no national
    #    figure printed), 杭州市 a part with 占全省的 share, 宁波市增长最快 a city's rate alone; 全国第四 and the firm count
    #    nowhere
    dict(
        text=(
            "浙江省经济和信息化厅3月5日通报，2024年全省软件和信息技术服务业完成软件业务收入10,842亿元，同比增长12.1%，占全国"
            "的比重为7.9%，规模继续保持全国第四。分城市看，杭州市实现8,936亿元，占全省的82.4%；宁波市增长最快，同比增长"
            "17.3%。全省软件业务收入超百亿元的企业达到14家。"
        ),
        obs=[
            ("Total", 2024, 10842, "CNY 100 million", "actual"),
            ("杭州市", 2024, 8936, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("share", 7.9, "percent", 2024, 2024, None),
            ("share", 82.4, "percent", 2024, 2024, None),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8936 / 10842 = 82.420% -> 82.4
        ],
    ),
    # 24. a city's 统计公报: 全市 output 首次突破2,000亿元，达到 (the precise figure is the year's) with a rate its 2023
    #    amount contradicts, the city's 规划 target for 2027 an estimate; 居全国城市第二位 nowhere
    dict(
        text=(
            "合肥市统计局发布的《合肥市2024年国民经济和社会发展统计公报》显示，全年全市新能源汽车产业产值首次突破2,000亿元，"
            "达到2,136亿元，同比增长41.5%；2023年全市该产业产值为1,562亿元。按照《合肥市新能源汽车产业发展规划》，到2027年"
            "全市新能源汽车产业产值将达到5,000亿元。全市新能源汽车产量居全国城市第二位。"
        ),
        obs=[
            ("Total", 2024, 2136, "CNY 100 million", "actual"),
            ("Total", 2023, 1562, "CNY 100 million", "actual"),
            ("Total", 2027, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2136 / 1562 - 1 = 36.748%; bounds (2135.5 / 1562.5) -> 36.672%, (2136.5 / 1561.5) -> 36.824%:
            # 61.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. a broker's sector report (April 2025): 我们测算 the 2024 market at 约3,480亿元 (approximate, actual) with a rate
    #    whose base is not printed, 东部地区约2,130亿元，占比 a part with its share, 中西部增速最快 a region's rate alone; the
    #    company's 华东区营收, its rate and its share of the company's revenue, the rating and the 目标价 nowhere
    dict(
        text=(
            "东岳证券研究所《算力基础设施行业深度报告》（2025年4月）：我们测算，2024年全国智算中心服务市场规模约为3,480亿元，"
            "同比增长15.3%。分区域看，东部地区约2,130亿元，占比61.2%，依旧是需求核心；在“东数西算”工程带动下，中西部增速"
            "最快，同比增长24.7%。重点推荐云岭数科：公司2024年华东区营收28.6亿元，同比增长19.2%，占公司总营收的43.5%；"
            "维持“买入”评级，目标价46.8元。"
        ),
        obs=[
            ("Total", 2024, 3480, "CNY 100 million", "actual"),
            ("东部地区", 2024, 2130, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("share", 61.2, "percent", 2024, 2024, None),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2130 / 3480 = 61.207% -> 61.2
        ],
    ),
    # 26. two provincial departments' joint release on 成渝地区双城经济圈: the region's revenue, 同比增长 and 2023年为 (reached
    #    only at the rounding), 约占全国的七分之一 nowhere, 四川省 a part in 万亿元 and 重庆市 a part in 亿元 (its own series)
    dict(
        text=(
            "四川省经济和信息化厅、重庆市经济和信息化委员会近日联合发布数据：2024年成渝地区双城经济圈电子信息制造业营业收入"
            "达到2.18万亿元，同比增长9.6%，2023年为1.99万亿元，约占全国的七分之一。分省市看，四川省为1.26万亿元，重庆市为"
            "9,236亿元。"
        ),
        obs=[
            ("Total", 2024, 2.18, "CNY trillion", "actual"),
            ("Total", 2023, 1.99, "CNY trillion", "actual"),
            ("四川省", 2024, 1.26, "CNY trillion", "actual"),
            ("重庆市", 2024, 9236, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 22.18 / 1.99 - 1 = 9.548%, not 9.6 +- 0.05; bounds (2.175 / 1.995) -> 9.023%, (2.185 / 1.985) -> 10.076%:
            # 29.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. a Taiwan association in Traditional Chinese: 產值為新台幣……億元，較2023年的……成長 (exact), 北部地區, 南部地區 and
    #    中部地區 parts with their 占比 (all exact; three parts in prose, no hierarchy verdict)
    dict(
        text=(
            "臺灣半導體產業協會今（2025年2月18日）公布統計，2024年台灣半導體產業產值為新台幣53,150億元，較2023年的43,510億元"
            "成長22.2%，創歷史新高。依區域來看，北部地區產值25,830億元，占比48.6%；南部地區受惠於先進製程擴產，產值達"
            "19,012億元，占35.8%；中部地區產值8,308億元，占15.6%。"
        ),
        obs=[
            ("Total", 2024, 53150, "TWD 100 million", "actual"),
            ("Total", 2023, 43510, "TWD 100 million", "actual"),
            ("北部地區", 2024, 25830, "TWD 100 million", "actual"),
            ("南部地區", 2024, 19012, "TWD 100 million", "actual"),
            ("中部地區", 2024, 8308, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("share", 48.6, "percent", 2024, 2024, None),
            ("share", 35.8, "percent", 2024, 2024, None),
            ("share", 15.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 53150 / 43510 - 1 = 22.156% -> 22.2
            ("arithmetic", "exact"),  # 25830 / 53150 = 48.598% -> 48.6
            ("arithmetic", "exact"),  # 19012 / 53150 = 35.770% -> 35.8
            ("arithmetic", "exact"),  # 8308 / 53150 = 15.631% -> 15.6
        ],
    ),
    # 28. a Hong Kong research centre in Traditional Chinese: 收益為……億港元，按年增長 with 2023年則為 (exact, HKD 100
    #    million), 新界 佔全港收益的 a share without its amount; 澳門's 億澳門元 no observation (patacas are not in the unit
    #    table) though its 按年上升 rate is a claim; the operators nowhere
    dict(
        text=(
            "（2025年3月18日）香港數碼基建研究中心發表年度報告指出，2024年本港數據中心服務收益為182.4億港元，按年增長11.6%，"
            "2023年則為163.4億港元。以地區劃分，新界（主要為將軍澳及荃灣）佔全港收益的58.7%。同期澳門數據中心服務收益為"
            "12.6億澳門元，按年上升18.3%，業界共有9家營運商。"
        ),
        obs=[
            ("Total", 2024, 182.4, "HKD 100 million", "actual"),
            ("Total", 2023, 163.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("share", 58.7, "percent", 2024, 2024, None),
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182.4 / 163.4 - 1 = 11.628% -> 11.6
        ],
    ),
    # 29. a Taiwan city government in Traditional Chinese: 產值為新台幣……億元，年增 with 2023年為 (exact), 占全台 a share
    #    without the island's figure, 力拚2030年產值達到1兆元 the city's target, an estimate converted to the series' unit
    #    (10,000 億元); the jobs nowhere
    dict(
        text=(
            "高雄市政府經濟發展局日前表示，受惠於晶圓大廠擴產，2024年高雄市半導體材料及設備產業產值為新台幣3,862億元，年增"
            "17.9%，2023年為3,275億元，占全台該產業產值的21.4%。市府並訂下目標，力拚2030年產值達到1兆元，帶動新增就業"
            "2.5萬人。"
        ),
        obs=[
            ("Total", 2024, 3862, "TWD 100 million", "actual"),
            ("Total", 2023, 3275, "TWD 100 million", "actual"),
            ("Total", 2030, 10000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("share", 21.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3862 / 3275 - 1 = 17.924% -> 17.9
        ],
    ),
    # 30. a Taiwan promotion centre's yearbook in Traditional Chinese and Minguo years (113年 -> 2024, 112年 -> 2023): the
    #     national figure with a rate whose base is not printed, 臺北市 (exact) and 新北市 (reached only at the rounding)
    #     parts with their shares, 高雄市……成長最快 a city's rate alone; the yearbook's title year nowhere
    dict(
        text=(
            "數位內容產業推動中心發布《2025數位內容產業年鑑》指出，113年全國數位內容產業產值達新台幣6,480億元，較112年成長"
            "8.6%。以縣市別觀察，臺北市產值3,386億元，居全國之冠，比重達52.3%；新北市1,021億元，占15.7%；高雄市則成長最快，"
            "年增14.2%。"
        ),
        obs=[
            ("Total", 2024, 6480, "TWD 100 million", "actual"),
            ("臺北市", 2024, 3386, "TWD 100 million", "actual"),
            ("新北市", 2024, 1021, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.6, "percent", 2023, 2024, 1.0),
            ("share", 52.3, "percent", 2024, 2024, None),
            ("share", 15.7, "percent", 2024, 2024, None),
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3386 / 6480 = 52.253% -> 52.3
            # 1021 / 6480 = 15.756%, not 15.7 +- 0.05; bounds (1020.5 / 6480.5) -> 15.747%, (1021.5 / 6479.5) ->
            # 35.765%: 15.7 is reached only at the rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 31. a Hong Kong paper in Traditional Chinese on the Greater Bay Area's mainland cities: 人民幣……萬億元 (CNY trillion),
    #     較上年的……增長 (reached only at the rounding), 深圳佔比 and 東莞、惠州兩市合計佔 shares without amounts; the start-ups
    #     count nowhere
    dict(
        text=(
            "（本報訊）據廣東省統計部門資料，2024年粵港澳大灣區內地九市電子資訊製造業營業收入為人民幣4.32萬億元，較上年的"
            "3.98萬億元增長8.6%，其中深圳佔比達61.8%，東莞、惠州兩市合計佔22.4%。香港方面，本港科技初創企業數目增至4,694家。"
        ),
        obs=[
            ("Total", 2024, 4.32, "CNY trillion", "actual"),
            ("Total", 2023, 3.98, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 8.6, "percent", 2023, 2024, 1.0),
            ("share", 61.8, "percent", 2024, 2024, None),
            ("share", 22.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 24.32 / 3.98 - 1 = 8.543%, not 8.6 +- 0.05; bounds (4.315 / 3.985) -> 8.281%, (4.325 / 3.975) -> 8.805%:
            # 28.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. a provincial statistics bureau: 江苏省 (a part of the national market, named) 比上年的……增长 (exact), 占全国的比重
    #     checked against the national figure printed after it (the Total, with a rate whose base is not printed),
    #     南京市 a part; 居全省首位 nowhere
    dict(
        text=(
            "江苏省统计局2025年2月发布：2024年江苏省软件业务收入达到14,286亿元，比上年的13,010亿元增长9.8%，占全国的比重为"
            "10.4%。其中南京市以7,032亿元居全省首位。据工业和信息化部数据，同期全国软件业务收入137,276亿元，同比增长10.0%。"
        ),
        obs=[
            ("江苏省", 2024, 14286, "CNY 100 million", "actual"),
            ("江苏省", 2023, 13010, "CNY 100 million", "actual"),
            ("南京市", 2024, 7032, "CNY 100 million", "actual"),
            ("Total", 2024, 137276, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("share", 10.4, "percent", 2024, 2024, None),
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14286 / 13010 - 1 = 9.808% -> 9.8
            ("arithmetic", "exact"),  # 14286 / 137276 = 10.407% -> 10.4
        ],
    ),
    # 33. a city's 政府工作报告 (January 2025): 过去一年 (2024) the market with a rate whose base is not printed, a part with
    #     its share, 今年的预期目标……力争突破2万亿元 (2025, the plan's approximate estimate)
    dict(
        text=(
            "杭州市市长在2025年1月召开的市十四届人大五次会议上作政府工作报告。报告回顾，过去一年全市数字经济核心产业实现"
            "营业收入1.86万亿元，同比增长8.9%，其中软件与信息服务业营业收入1.21万亿元，占核心产业的65.1%。报告提出今年的"
            "预期目标：数字经济核心产业营业收入力争突破2万亿元。"
        ),
        obs=[
            ("Total", 2024, 1.86, "CNY trillion", "actual"),
            ("软件与信息服务业", 2024, 1.21, "CNY trillion", "actual"),
            ("Total", 2025, 2, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 8.9, "percent", 2023, 2024, 1.0),
            ("share", 65.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.21 / 1.86 = 65.054% -> 65.1
        ],
    ),
    # 34. the ministry's operating report by region: the national revenue with a rate whose base is not printed, 东部地区
    #     a part with its rate and 占比 (exact), 中部, 西部 and 东北 parts with their rates (a decline), no bases printed;
    #     four parts in prose, no hierarchy verdict
    dict(
        text=(
            "工业和信息化部发布的2024年互联网和相关服务业运行情况显示，全年规模以上互联网企业完成互联网业务收入17,854亿元，"
            "同比增长2.8%。从区域分布看，东部地区实现收入15,963亿元，增长2.9%，在全国互联网业务收入中的占比为89.4%；中部"
            "地区实现682亿元，增速最高，达5.6%；西部地区实现1,096亿元，增长1.2%；东北地区实现113亿元，下降4.5%。"
        ),
        obs=[
            ("Total", 2024, 17854, "CNY 100 million", "actual"),
            ("东部地区", 2024, 15963, "CNY 100 million", "actual"),
            ("中部地区", 2024, 682, "CNY 100 million", "actual"),
            ("西部地区", 2024, 1096, "CNY 100 million", "actual"),
            ("东北地区", 2024, 113, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 2.8, "percent", 2023, 2024, 1.0),
            ("growth", 2.9, "percent", 2023, 2024, 1.0),
            ("share", 89.4, "percent", 2024, 2024, None),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("growth", 1.2, "percent", 2023, 2024, 1.0),
            ("growth", -4.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 15963 / 17854 = 89.409% -> 89.4
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 35. a 分地区 table aligned with spaces: each province its 营业收入（亿元）, a 比上年增长（%） without its base and a
    #     占全国比重（%） share (all exact), a 全国 row (its 100.0 no claim); the table number nowhere
    dict(
        text=(
            "表3 2024年分地区计算机、通信和其他电子设备制造业营业收入\n"
            "地区          营业收入（亿元）    比上年增长（%）    占全国比重（%）\n"
            "广东               46,218               4.1               28.8\n"
            "江苏               33,570               7.6               20.9\n"
            "浙江               12,846               9.2                8.0\n"
            "四川               12,173              11.8                7.6\n"
            "其他地区           55,893               6.3               34.8\n"
            "全国              160,700               6.4              100.0"
        ),
        obs=[
            ("广东", 2024, 46218, "CNY 100 million", "actual"),
            ("江苏", 2024, 33570, "CNY 100 million", "actual"),
            ("浙江", 2024, 12846, "CNY 100 million", "actual"),
            ("四川", 2024, 12173, "CNY 100 million", "actual"),
            ("其他地区", 2024, 55893, "CNY 100 million", "actual"),
            ("全国", 2024, 160700, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 4.1, "percent", 2023, 2024, 1.0),
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("growth", 11.8, "percent", 2023, 2024, 1.0),
            ("growth", 6.3, "percent", 2023, 2024, 1.0),
            ("growth", 6.4, "percent", 2023, 2024, 1.0),
            ("share", 28.8, "percent", 2024, 2024, None),
            ("share", 20.9, "percent", 2024, 2024, None),
            ("share", 8.0, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2024, 2024, None),
            ("share", 34.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46218 / 160700 = 28.760% -> 28.8
            ("arithmetic", "exact"),  # 33570 / 160700 = 20.890% -> 20.9
            ("arithmetic", "exact"),  # 12846 / 160700 = 7.994% -> 8.0
            ("arithmetic", "exact"),  # 12173 / 160700 = 7.575% -> 7.6
            ("arithmetic", "exact"),  # 55893 / 160700 = 34.781% -> 34.8
            ("hierarchy", "exact"),  # 46218 + 33570 + 12846 + 12173 + 55893 = 160700
        ],
    ),
    # 36. a 城市排名 pipe table: the 排名 column nowhere, each city its 2023年 and 2024年 and 同比增长 (北京市's contradicted
    #     by its figures), no total row; the source line nowhere
    dict(
        text=(
            "2024年主要城市集成电路产业规模排名（单位：亿元）\n"
            "| 排名 | 城市 | 2023年 | 2024年 | 同比增长 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 上海市 | 3,126 | 3,591 | 14.9% |\n"
            "| 2 | 北京市 | 2,018 | 2,307 | 12.6% |\n"
            "| 3 | 无锡市 | 2,046 | 2,193 | 7.2% |\n"
            "| 4 | 深圳市 | 1,586 | 2,012 | 26.9% |\n"
            "| 5 | 合肥市 | 612 | 742 | 21.2% |\n"
            "资料来源：各市统计局、行业协会，芯谷研究整理"
        ),
        obs=[
            ("上海市", 2023, 3126, "CNY 100 million", "actual"),
            ("上海市", 2024, 3591, "CNY 100 million", "actual"),
            ("北京市", 2023, 2018, "CNY 100 million", "actual"),
            ("北京市", 2024, 2307, "CNY 100 million", "actual"),
            ("无锡市", 2023, 2046, "CNY 100 million", "actual"),
            ("无锡市", 2024, 2193, "CNY 100 million", "actual"),
            ("深圳市", 2023, 1586, "CNY 100 million", "actual"),
            ("深圳市", 2024, 2012, "CNY 100 million", "actual"),
            ("合肥市", 2023, 612, "CNY 100 million", "actual"),
            ("合肥市", 2024, 742, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3591 / 3126 - 1 = 14.875% -> 14.9
            # 2307 / 2018 - 1 = 14.321%; bounds (2306.5 / 2018.5) -> 14.268%, (2307.5 / 2017.5) -> 14.374%:
            # 32.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 2193 / 2046 - 1 = 7.185% -> 7.2
            ("cagr|implied", "exact"),  # 2012 / 1586 - 1 = 26.860% -> 26.9
            ("cagr|implied", "exact"),  # 742 / 612 - 1 = 21.242% -> 21.2
        ],
    ),
    # 37. a region-share tab table: each 区域 its 2024年规模（亿元） and 2024年占比 (all exact), and a 2023年占比 without
    #     2023 amounts (shares, no verdicts); a 全国 row (its 100.0% no claim)
    dict(
        text=(
            "2024年我国工业互联网平台市场区域结构\n"
            "区域\t2024年规模（亿元）\t2024年占比\t2023年占比\n"
            "长三角\t1,386.4\t40.2%\t41.0%\n"
            "珠三角\t742.9\t21.6%\t20.8%\n"
            "京津冀\t618.2\t17.9%\t18.4%\n"
            "成渝\t286.5\t8.3%\t7.6%\n"
            "其他地区\t412.7\t12.0%\t12.2%\n"
            "全国\t3,446.7\t100.0%\t100.0%"
        ),
        obs=[
            ("长三角", 2024, 1386.4, "CNY 100 million", "actual"),
            ("珠三角", 2024, 742.9, "CNY 100 million", "actual"),
            ("京津冀", 2024, 618.2, "CNY 100 million", "actual"),
            ("成渝", 2024, 286.5, "CNY 100 million", "actual"),
            ("其他地区", 2024, 412.7, "CNY 100 million", "actual"),
            ("全国", 2024, 3446.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.2, "percent", 2024, 2024, None),
            ("share", 41.0, "percent", 2023, 2023, None),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 20.8, "percent", 2023, 2023, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2023, 2023, None),
            ("share", 8.3, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2023, 2023, None),
            ("share", 12.0, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1386.4 / 3446.7 = 40.224% -> 40.2
            ("arithmetic", "exact"),  # 742.9 / 3446.7 = 21.554% -> 21.6
            ("arithmetic", "exact"),  # 618.2 / 3446.7 = 17.936% -> 17.9
            ("arithmetic", "exact"),  # 286.5 / 3446.7 = 8.312% -> 8.3
            ("arithmetic", "exact"),  # 412.7 / 3446.7 = 11.974% -> 12.0
            ("hierarchy", "exact"),  # 1386.4 + 742.9 + 618.2 + 286.5 + 412.7 = 3446.7
        ],
    ),
    # 38. a Traditional Chinese pipe table in 新台幣億元: each 園區 its 2023年, 2024年 and 年增率 (all exact), a 合計 row;
    #     the table number and the source line nowhere
    dict(
        text=(
            "表2 2024年三大科學園區營業額（單位：新台幣億元）\n"
            "| 園區 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 新竹科學園區 | 13,486 | 14,902 | 10.5% |\n"
            "| 中部科學園區 | 9,874 | 10,318 | 4.5% |\n"
            "| 南部科學園區 | 10,215 | 12,640 | 23.7% |\n"
            "| 合計 | 33,575 | 37,860 | 12.8% |\n"
            "資料來源：科學園區管理統計"
        ),
        obs=[
            ("新竹科學園區", 2023, 13486, "TWD 100 million", "actual"),
            ("新竹科學園區", 2024, 14902, "TWD 100 million", "actual"),
            ("中部科學園區", 2023, 9874, "TWD 100 million", "actual"),
            ("中部科學園區", 2024, 10318, "TWD 100 million", "actual"),
            ("南部科學園區", 2023, 10215, "TWD 100 million", "actual"),
            ("南部科學園區", 2024, 12640, "TWD 100 million", "actual"),
            ("合計", 2023, 33575, "TWD 100 million", "actual"),
            ("合計", 2024, 37860, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.5, "percent", 2023, 2024, 1.0),
            ("growth", 4.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14902 / 13486 - 1 = 10.500% -> 10.5
            ("cagr|implied", "exact"),  # 10318 / 9874 - 1 = 4.497% -> 4.5
            ("cagr|implied", "exact"),  # 12640 / 10215 - 1 = 23.740% -> 23.7
            ("cagr|implied", "exact"),  # 37860 / 33575 - 1 = 12.762% -> 12.8
            # 13486 + 9874 + 10215 = 33575; 14902 + 10318 + 12640 = 37860
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a city's 分区 table aligned with spaces: each 区域 its 2023年, 2024年 and 增长（%） (all exact), a 全市 row
    dict(
        text=(
            "深圳市2024年分区软件和信息服务业营业收入（单位：亿元）\n"
            "区域          2023年      2024年     增长（%）\n"
            "南山区         8,126       8,947       10.1\n"
            "龙岗区         1,986       2,104        5.9\n"
            "福田区         1,342       1,418        5.7\n"
            "宝安区           702         816       16.2\n"
            "其他各区       1,184       1,263        6.7\n"
            "全市          13,340      14,548        9.1"
        ),
        obs=[
            ("南山区", 2023, 8126, "CNY 100 million", "actual"),
            ("南山区", 2024, 8947, "CNY 100 million", "actual"),
            ("龙岗区", 2023, 1986, "CNY 100 million", "actual"),
            ("龙岗区", 2024, 2104, "CNY 100 million", "actual"),
            ("福田区", 2023, 1342, "CNY 100 million", "actual"),
            ("福田区", 2024, 1418, "CNY 100 million", "actual"),
            ("宝安区", 2023, 702, "CNY 100 million", "actual"),
            ("宝安区", 2024, 816, "CNY 100 million", "actual"),
            ("其他各区", 2023, 1184, "CNY 100 million", "actual"),
            ("其他各区", 2024, 1263, "CNY 100 million", "actual"),
            ("全市", 2023, 13340, "CNY 100 million", "actual"),
            ("全市", 2024, 14548, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.1, "percent", 2023, 2024, 1.0),
            ("growth", 5.9, "percent", 2023, 2024, 1.0),
            ("growth", 5.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 6.7, "percent", 2023, 2024, 1.0),
            ("growth", 9.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8947 / 8126 - 1 = 10.103% -> 10.1
            ("cagr|implied", "exact"),  # 2104 / 1986 - 1 = 5.942% -> 5.9
            ("cagr|implied", "exact"),  # 1418 / 1342 - 1 = 5.663% -> 5.7
            ("cagr|implied", "exact"),  # 816 / 702 - 1 = 16.239% -> 16.2
            ("cagr|implied", "exact"),  # 1263 / 1184 - 1 = 6.672% -> 6.7
            ("cagr|implied", "exact"),  # 14548 / 13340 - 1 = 9.055% -> 9.1
            # 8126 + 1986 + 1342 + 702 + 1184 = 13340; 8947 + 2104 + 1418 + 816 + 1263 = 14548
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a broker's exhibit as a pipe table: each 区域 its 2024A (actual), 2025E and 2026E (estimates) and a stated
    #     CAGR（2024-2026E） (all exact), a 合计 row; the exhibit number and the source line nowhere
    dict(
        text=(
            "图表15：中国储能系统集成市场分区域规模及预测（亿元）\n"
            "| 区域 | 2024A | 2025E | 2026E | CAGR（2024-2026E） |\n"
            "|---|---|---|---|---|\n"
            "| 华东 | 186.4 | 262.8 | 358.1 | 38.6% |\n"
            "| 西北 | 142.7 | 205.3 | 281.6 | 40.5% |\n"
            "| 华北 | 98.5 | 131.2 | 170.4 | 31.5% |\n"
            "| 其他 | 75.3 | 96.8 | 122.5 | 27.5% |\n"
            "| 合计 | 502.9 | 696.1 | 932.6 | 36.2% |\n"
            "资料来源：储能产业研究院，东岳证券研究所预测"
        ),
        obs=[
            ("华东", 2024, 186.4, "CNY 100 million", "actual"),
            ("华东", 2025, 262.8, "CNY 100 million", "estimate"),
            ("华东", 2026, 358.1, "CNY 100 million", "estimate"),
            ("西北", 2024, 142.7, "CNY 100 million", "actual"),
            ("西北", 2025, 205.3, "CNY 100 million", "estimate"),
            ("西北", 2026, 281.6, "CNY 100 million", "estimate"),
            ("华北", 2024, 98.5, "CNY 100 million", "actual"),
            ("华北", 2025, 131.2, "CNY 100 million", "estimate"),
            ("华北", 2026, 170.4, "CNY 100 million", "estimate"),
            ("其他", 2024, 75.3, "CNY 100 million", "actual"),
            ("其他", 2025, 96.8, "CNY 100 million", "estimate"),
            ("其他", 2026, 122.5, "CNY 100 million", "estimate"),
            ("合计", 2024, 502.9, "CNY 100 million", "actual"),
            ("合计", 2025, 696.1, "CNY 100 million", "estimate"),
            ("合计", 2026, 932.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 40.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 31.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 27.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 36.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (358.1 / 186.4) ** (1 / 2) - 1 = 38.605% -> 38.6
            ("cagr", "exact"),  # (281.6 / 142.7) ** (1 / 2) - 1 = 40.477% -> 40.5
            ("cagr", "exact"),  # (170.4 / 98.5) ** (1 / 2) - 1 = 31.528% -> 31.5
            ("cagr", "exact"),  # (122.5 / 75.3) ** (1 / 2) - 1 = 27.547% -> 27.5
            ("cagr", "exact"),  # (932.6 / 502.9) ** (1 / 2) - 1 = 36.178% -> 36.2
            # 206.4 + 142.7 + 98.5 + 75.3 = 502.9; 262.8 + 205.3 + 131.2 + 96.8 = 696.1;
            # 378.1 + 281.6 + 170.4 + 122.5 = 932.6
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 6, 'exact': 107}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Of the $184.3 billion that players spent worldwide',
    'American buyers accounted for $51.6 billion',
    'Sales of e-bikes in Germany rose 11.8% to EUR 3.42bn',
    'while French sales fell 6.4%',
    'remains by far the biggest market',
    'followed by China ($171 billion) and Japan ($76 billion)',
    "Europe's share of worldwide spending on personal luxury goods slipped to 21% last",
    '¥2.47 trillion ($16.5 billion)',
    'Rs 318 billion ($3.8 billion)',
    'California alone accounted for $24.8 billion',
    'Shenzhen, the southern tech hub',
    'Bavaria, the biggest regional market',
    'business outside the US made up 61% of the group total',
    'Asia Pacific excluding China accounted for $61.3 billion',
    'the rest of the world accounting for the remaining',
    '(2023: $33.9 billion)',
    'Chinese cinemas took 42.5 billion yuan ($5.9',
    'Adult collectors, the so-called kidults',
    'followed by the UK (18%) and China (15%)',
    'HK$61.6 billion (US$7.9 billion)',
    '| Rest of world | 7,380 | 8,012 | +8.6% |',
    'World                    35.28',
    'Share 2024',
    'All channels\t3,443',
    '| Customer group | 2024 | 2025E | Change |',
    '产业规模连续34年居全国首位',
    '占全省的55.8%',
    '2025年力争全省',
    '珠三角和京津冀分别占27.5%和12.4%',
    '成渝地区虽然体量不大，但增速最快',
    '占全国的比重为7.9%',
    '宁波市增长最快',
    '首次突破2,000亿元，达到2,136亿元',
    '东部地区约2,130亿元，占比61.2%',
    '中西部增速最快',
    '华东区营收28.6亿元',
    '约占全国的七分之一',
    '重庆市为9,236亿元',
    '北部地區產值25,830億元',
    '12.6億澳門元',
    '力拚2030年產值達到1兆元',
    '113年全國數位內容產業產值',
    '人民幣4.32萬億元',
    '过去一年全市',
    '今年的预期目标',
    '占全国比重（%）',
    '| 排名 | 城市 |',
    '2024年占比\t2023年占比',
    '| 合計 | 33,575 |',
    '| 2024A | 2025E | 2026E |',
)
#: the set's blind score (written without reading or running the extractor, scored once, and on the code before the
#: seventy-second set's rules for comparison): 225 figures, 93 rates, 101 verdicts and 3 false inconsistent (before
#: them 225, 93, 100 and 4); 228, 93, 104 and 2 after a province or a city after the national figure was read as its
#: part
FLOORS = {"figures_found": 241, "rates_found": 94, "verdicts_right": 109}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset73.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
