"""An eighth check set for the extractor, written blind: whole short documents, with what each states.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. Where the earlier sets hold single sentences and single tables, every snippet here is a
whole document as an analyst receives it: a press release or news item (headline, dateline, body, bullets, a quote,
an "About" paragraph), a Chinese industry news item (标题, 来源 and date line, 正文, 要点, 关于 line), or a table with
its title, intro sentence, caption unit and source note. The figures are plausible; the sentences are the
project's own. The arithmetic behind each figure and verdict is worked out by hand in the comment beside it (a
CAGR is (end / start) ** (1 / years) - 1; its bounds take each printed input at half its last digit either way).

Conventions, as in the corpus: a figure in prose belongs to item ``Total``, a table's to its row label as
printed (to its column label when the years run down the rows); each (item, year) is expected once, at its most
precise statement in the document (the body's figure, not the headline's rounder one); a headline or quote that
restates a body figure is a ``value`` claim of its year in its own printed unit, with a ``narrative`` verdict; a
figure after "over" / "more than" / "nearly" / "超过" / "逾" / "近" is a bound, a ``value`` claim with no verdict;
boilerplate figures with no year (clients, staff, founding year) are expected nowhere. A stated CAGR carries no
``period_years`` (its years say it), a year-on-year rate carries 1, a multiple between two years carries their
distance; a ``share`` has its year as both start and end. A rate's period is ``stated`` when the sentence gives
its span or length, ``inferred`` when only the years of the amounts give it (the audit then tries start..end and
start+1..end). The base of a forecast is ``actual``; a figure a forecast cue governs, or of a year after the
document's date, ``estimate``. ``python tests/extract_checkset8.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ------------------------------------------------------------------ English press releases and news items
    dict(  # 1: a rounder headline over the body's figure, a dateline, a share and an About paragraph
        text="AI Inference Chip Market to Hit $297 Billion by 2030, Says Corvane Research\n"
             "LONDON, March 4, 2025 /PRNewswire/ -- The global AI inference chip market, valued at USD 84.3 billion "
             "in 2024, is projected to reach USD 296.8 billion by 2030, advancing at a CAGR of 23.3% over the "
             "forecast period, according to a new report by Corvane Research.\n"
             "Data-center accelerators accounted for 61.5% of revenue in 2024, while edge devices are the "
             "fastest-growing segment.\n"
             "About Corvane Research\n"
             "Corvane Research, founded in 2009, serves more than 4,000 clients from offices in London, Pune and "
             "Austin.",
        obs=[("Total", 2024, 84.3, "USD billion", "actual"), ("Total", 2030, 296.8, "USD billion", "estimate")],
        claims=[("value", 297.0, "USD billion", 2030, 2030, None),
                ("cagr", 23.3, "percent", 2024, 2030, None, "inferred"),
                ("share", 61.5, "percent", 2024, 2024, None)],
        # (296.8 / 84.3) ** (1 / 6) - 1 = 23.34% -> 23.3 exact; 296.8 -> 297 at the headline's last digit: exact
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 2: an ALL-CAPS headline with the body's own figure, a GlobeNewswire dateline and Key findings bullets
        text="CONVERSATIONAL AI MARKET TO REACH USD 61.7 BILLION BY 2032\n"
             "Pune, India, Jan. 22, 2025 (GLOBE NEWSWIRE) -- The conversational AI market size was USD 13.2 billion "
             "in 2024 and is expected to grow to USD 61.7 billion by 2032, exhibiting a CAGR of 21.3% during "
             "2024-2032, Stellarix Insights said in a report released today.\n"
             "Key findings:\n"
             "- North America held a 38.0% share of the market in 2024.\n"
             "- The solutions segment is forecast to grow at a CAGR of 19.8% from 2025 to 2032.\n"
             "- Chatbots for customer service remain the leading use case.\n"
             "About Stellarix Insights\n"
             "Stellarix Insights employs over 350 analysts and has published market studies since 2014.",
        obs=[("Total", 2024, 13.2, "USD billion", "actual"), ("Total", 2032, 61.7, "USD billion", "estimate")],
        claims=[("value", 61.7, "USD billion", 2032, 2032, None),
                ("cagr", 21.3, "percent", 2024, 2032, None, "stated"),
                ("share", 38.0, "percent", 2024, 2024, None),
                ("cagr", 19.8, "percent", 2025, 2032, None, "stated")],
        # (61.7 / 13.2) ** (1 / 8) - 1 = 21.26% -> 21.3 exact; the headline repeats 61.7: exact; 19.8% has no values
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 3: a headline rate the body does not repeat, a forecast and a quote with a further rate
        text="Edge AI Software Revenue Up 31% in 2024\n"
             "STAMFORD, Conn., Feb. 11, 2025 /PRNewswire/ -- Worldwide edge AI software revenue totaled $8.92 "
             "billion in 2024, up from $6.81 billion in 2023, according to Halden Partners. The firm expects "
             "revenue to climb to $19.4 billion in 2027 as factories and retailers move inference onto local "
             "hardware.\n"
             "\"Edge deployments have moved past pilots,\" said Maria Okafor, research director at Halden Partners. "
             "\"We expect a further 28% increase in 2025.\"\n"
             "About Halden Partners\n"
             "Halden Partners has 1,900 employees in 30 countries.",
        obs=[("Total", 2023, 6.81, "USD billion", "actual"), ("Total", 2024, 8.92, "USD billion", "actual"),
             ("Total", 2027, 19.4, "USD billion", "estimate")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0), ("growth", 28.0, "percent", 2024, 2025, 1.0)],
        # 8.92 / 6.81 - 1 = 30.98% -> 31 exact; 2025's value is not given, so 28% stands unchecked
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 4: a Business Wire item whose headline figure the body contradicts beyond rounding
        text="Healthcare AI Market Set to Reach $52 Billion by 2029\n"
             "May 06, 2024 05:30 AM Eastern Daylight Time\n"
             "DUBLIN--(BUSINESS WIRE)--The \"Healthcare Artificial Intelligence Market - Forecast 2024-2029\" report "
             "has been added to Meridian Reports' offering.\n"
             "The healthcare AI market was valued at USD 14.6 billion in 2023 and is expected to reach USD 47.9 "
             "billion by 2029, rising at a CAGR of 21.9%. Hospitals accounted for 44% of spending in 2023.\n"
             "Meridian Reports is a leading source of international market research.",
        obs=[("Total", 2023, 14.6, "USD billion", "actual"), ("Total", 2029, 47.9, "USD billion", "estimate")],
        claims=[("value", 52.0, "USD billion", 2029, 2029, None),
                ("cagr", 21.9, "percent", 2023, 2029, None, "inferred"),
                ("share", 44.0, "percent", 2023, 2023, None)],
        # (47.9 / 14.6) ** (1 / 6) - 1 = 21.90% -> exact; the headline's 52 lies outside 47.9's 51.5..52.5: inconsistent
        verdicts=[("cagr", "exact"), ("narrative", "inconsistent")]),
    dict(  # 5: a headline in trillions over a body in billions, "worldwide spending" as the subject
        text="Worldwide AI Infrastructure Spending to Reach $0.4 Trillion in 2028\n"
             "NEEDHAM, Mass., October 8, 2024 (BUSINESS WIRE) -- Worldwide spending on AI infrastructure will grow "
             "from $142.5 billion in 2024 to $376.1 billion in 2028, a compound annual growth rate of 27.5% over "
             "2024-2028, according to a new forecast from Telford Data. In 2024 alone, spending rose 37% year over "
             "year.\n"
             "Servers will make up 72% of the total in 2028, with storage and networking sharing the rest.\n"
             "Telford Data is a subsidiary of Telford Group, which has offices in 50 countries.",
        # 2024's base is an estimate: the release is dated October 2024, before the year was over (the convention of
        # the later sets, which expect a figure of the dateline's year as an estimate)
        obs=[("Total", 2024, 142.5, "USD billion", "estimate"), ("Total", 2028, 376.1, "USD billion", "estimate")],
        claims=[("value", 0.4, "USD trillion", 2028, 2028, None),
                ("cagr", 27.5, "percent", 2024, 2028, None, "stated"),
                ("growth", 37.0, "percent", 2023, 2024, 1.0),
                ("share", 72.0, "percent", 2028, 2028, None)],
        # (376.1 / 142.5) ** (1 / 4) - 1 = 27.46% -> 27.5 exact; 376.1 billion = 0.3761 trillion -> 0.4: exact
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 6: "triple" in the headline, a CAGR only within the rounding of one-decimal inputs
        text="AI in Agriculture Market Expected to Triple by 2030\n"
             "CHICAGO, Aug. 19, 2025 /PRNewswire/ -- AI in agriculture, a market worth $3.2 billion in 2024, is "
             "forecast to reach $9.6 billion in 2030, growing at a CAGR of 20.5% from 2024 to 2030, finds a study "
             "by Fieldmark Analytics. Precision spraying and yield forecasting lead adoption.\n"
             "About Fieldmark Analytics\n"
             "Founded in 2015, Fieldmark Analytics advises more than 600 agribusiness firms.",
        obs=[("Total", 2024, 3.2, "USD billion", "actual"), ("Total", 2030, 9.6, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2030, 6.0),
                ("cagr", 20.5, "percent", 2024, 2030, None, "stated")],
        # 9.6 / 3.2 = 3.0; (9.6 / 3.2) ** (1 / 6) - 1 = 20.09%, not 20.5; bounds (9.55 / 3.25) ** (1 / 6) - 1 =
        # 19.68% .. (9.65 / 3.15) ** (1 / 6) - 1 = 20.51%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 7: an ALL-CAPS headline with a doubling, Highlights bullets and a count beside revenue
        text="AI CODE ASSISTANT REVENUE DOUBLED IN 2024 TO $4.1 BILLION\n"
             "SAN FRANCISCO, Jan. 30, 2025 /PRNewswire/ -- Revenue from AI coding assistants reached $4.08 billion "
             "in 2024, up 107% year on year from $1.97 billion in 2023, according to DevMetric's annual tracker.\n"
             "Highlights\n"
             "- Paid enterprise seats: 18.5 million in 2024\n"
             "- Subscriptions made up 83% of 2024 revenue\n"
             "- Usage-based plans are gaining ground with large teams\n"
             "About DevMetric\n"
             "DevMetric tracks more than 12,000 software vendors.",
        obs=[("Total", 2024, 18.5, "count million", "actual"), ("Total", 2023, 1.97, "USD billion", "actual"),
             ("Total", 2024, 4.08, "USD billion", "actual")],
        claims=[("value", 4.1, "USD billion", 2024, 2024, None), ("multiple", 2.0, "multiple", 2023, 2024, 1.0),
                ("growth", 107.0, "percent", 2023, 2024, 1.0), ("share", 83.0, "percent", 2024, 2024, None)],
        # 4.08 / 1.97 = 2.071 -> "doubled" 2; 2.071 - 1 = 107.1% -> 107 exact; 4.08 -> 4.1: exact
        verdicts=[("cagr|implied", "exact"), ("narrative", "exact")]),
    dict(  # 8: an "over" bound in the headline and a quote with a rate for "last year"
        text="AI Cybersecurity Market Projected at Over $90 Billion by 2030\n"
             "BOSTON, Feb. 26, 2025 /PRNewswire/ -- The AI in cybersecurity market is projected to reach $93.75 "
             "billion by 2030 from $24.8 billion in 2024, expanding at a CAGR of 24.8% during the forecast period, "
             "according to Brightline Intelligence.\n"
             "\"With attacks now automated end to end, spending on AI-driven defense grew 29% last year alone,\" "
             "said Tom Reyes, principal analyst at Brightline Intelligence.\n"
             "About Brightline Intelligence: Brightline Intelligence has served security buyers and vendors since "
             "2012.",
        obs=[("Total", 2024, 24.8, "USD billion", "actual"), ("Total", 2030, 93.75, "USD billion", "estimate")],
        claims=[("value", 90.0, "USD billion", 2030, 2030, None),
                ("cagr", 24.8, "percent", 2024, 2030, None, "inferred"),
                ("growth", 29.0, "percent", 2023, 2024, 1.0)],
        # (93.75 / 24.8) ** (1 / 6) - 1 = 24.81% -> 24.8 exact; "over $90 Billion" is a bound: no verdict
        verdicts=[("cagr", "exact")]),
    dict(  # 9: a UK news item in pounds, "bn" in the headline and the body's "up 18% on 2023's"
        text="UK AI Sector Revenue Hits £14.2bn in 2024\n"
             "LONDON, 12 June 2025 - Revenue from the UK's AI sector reached £14.2 billion in 2024, up 18% on "
             "2023's £12.0 billion, a report by the Westbury Institute finds. The institute expects sector revenue "
             "to reach £23.5 billion by 2028 if investment holds at current levels.\n"
             "The Westbury Institute is an independent think tank founded in 2011.",
        obs=[("Total", 2023, 12.0, "GBP billion", "actual"), ("Total", 2024, 14.2, "GBP billion", "actual"),
             ("Total", 2028, 23.5, "GBP billion", "estimate")],
        claims=[("value", 14.2, "GBP billion", 2024, 2024, None), ("growth", 18.0, "percent", 2023, 2024, 1.0)],
        # 14.2 / 12.0 - 1 = 18.33% -> 18 exact; the headline repeats 14.2: exact
        verdicts=[("cagr|implied", "exact"), ("narrative", "exact")]),
    dict(  # 10: a stated CAGR the figures contradict
        text="AI-Powered Drug Discovery Market to Reach USD 9.1 Billion by 2031\n"
             "NEW YORK, Sept. 9, 2024 (GLOBE NEWSWIRE) -- The AI-powered drug discovery market stood at USD 1.86 "
             "billion in 2023 and will reach USD 9.12 billion by 2031, registering a CAGR of 24.1% between 2023 "
             "and 2031, according to Kestrel Market Insights.\n"
             "\"Partnerships between model developers and large pharma are shortening early discovery,\" the "
             "report notes.\n"
             "About Kestrel Market Insights\n"
             "Kestrel Market Insights has offices in New York and Hyderabad.",
        obs=[("Total", 2023, 1.86, "USD billion", "actual"), ("Total", 2031, 9.12, "USD billion", "estimate")],
        claims=[("value", 9.1, "USD billion", 2031, 2031, None),
                ("cagr", 24.1, "percent", 2023, 2031, None, "stated")],
        # (9.12 / 1.86) ** (1 / 8) - 1 = 21.99%, far from 24.1 even at the inputs' bounds: inconsistent;
        # 9.12 -> 9.1: exact
        verdicts=[("cagr", "inconsistent"), ("narrative", "exact")]),
    dict(  # 11: "nearly" in a headline of units, shipments and revenue side by side
        text="Worldwide AI Smartphone Shipments to Reach Nearly 600 Million Units in 2028\n"
             "SINGAPORE, Feb. 3, 2025 /PRNewswire/ -- AI-capable smartphones shipped 234.2 million units "
             "worldwide in 2024, 19.0% of all smartphones, according to Parallax Devices Research. The firm "
             "forecasts shipments of 587.6 million units in 2028, a CAGR of 25.9% for 2024-2028, and revenue from "
             "these devices of $298.5 billion in 2028.\n"
             "Parallax Devices Research, founded in 2006, covers 80 device markets.",
        obs=[("Total", 2028, 298.5, "USD billion", "estimate"), ("Total", 2024, 234.2, "count million", "actual"),
             ("Total", 2028, 587.6, "count million", "estimate")],
        claims=[("value", 600.0, "count million", 2028, 2028, None), ("share", 19.0, "percent", 2024, 2024, None),
                ("cagr", 25.9, "percent", 2024, 2028, None, "stated")],
        # (587.6 / 234.2) ** (1 / 4) - 1 = 25.86% -> 25.9 exact; "nearly 600" is a bound: no verdict
        verdicts=[("cagr", "exact")]),
    dict(  # 12: a European market in euros, a country's share and a quote with a bound
        text="European Computer Vision Market to Grow to €31.5 Billion by 2030\n"
             "PARIS, April 15, 2025 /PRNewswire/ -- The European computer vision market, worth €11.2 billion in "
             "2024, is forecast to grow to €31.5 billion in 2030, a CAGR of 18.8%, according to Lumiere Conseil. "
             "Germany accounted for 27% of the regional market in 2024.\n"
             "\"Manufacturers alone will spend more than €9 billion on vision systems in 2030,\" said Claire "
             "Dubois, partner at Lumiere Conseil.\n"
             "About Lumiere Conseil\n"
             "Lumiere Conseil is a strategy consultancy with 220 consultants in six European cities.",
        obs=[("Total", 2024, 11.2, "EUR billion", "actual"), ("Total", 2030, 31.5, "EUR billion", "estimate")],
        claims=[("value", 31.5, "EUR billion", 2030, 2030, None),
                ("cagr", 18.8, "percent", 2024, 2030, None, "inferred"),
                ("share", 27.0, "percent", 2024, 2024, None), ("value", 9.0, "EUR billion", 2030, 2030, None)],
        # (31.5 / 11.2) ** (1 / 6) - 1 = 18.81% -> 18.8 exact; the headline repeats 31.5: exact; "more than €9
        # billion" is a bound
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 13: a long-span CAGR only within rounding, a sub-headline
        text="AI Voice Generator Market Size to Grow Sixfold Through 2033\n"
             "Text-to-speech for media and customer service drives demand\n"
             "AUSTIN, Texas, Jan. 7, 2025 (GLOBE NEWSWIRE) -- The AI voice generator market, worth USD 3.5 "
             "billion in 2024, is set to reach USD 21.8 billion in 2033, growing at a CAGR of 22.7% from 2024 to "
             "2033, Orbis Data Labs reported.\n"
             "Media and entertainment held a 31.4% share in 2024.\n"
             "Orbis Data Labs has delivered syndicated research since 2010.",
        obs=[("Total", 2024, 3.5, "USD billion", "actual"), ("Total", 2033, 21.8, "USD billion", "estimate")],
        claims=[("multiple", 6.0, "multiple", 2024, 2033, 9.0),
                ("cagr", 22.7, "percent", 2024, 2033, None, "stated"),
                ("share", 31.4, "percent", 2024, 2024, None)],
        # 21.8 / 3.5 = 6.23 -> sixfold 6; (21.8 / 3.5) ** (1 / 9) - 1 = 22.54%, not 22.7; bounds (21.75 / 3.55) **
        # (1 / 9) - 1 = 22.31% .. (21.85 / 3.45) ** (1 / 9) - 1 = 22.76%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 14: a headline figure the body contradicts, the second of its kind
        text="AI Data Labeling Market Forecast to Reach $17 Billion by 2030\n"
             "TORONTO, July 8, 2025 /PRNewswire/ -- The AI data labeling market, valued at USD 3.9 billion in "
             "2024, is anticipated to reach USD 14.8 billion by 2030, growing at a CAGR of 24.9% over 2024-2030, "
             "says a new study from Northgate Analysts. Image and video annotation represented 47% of demand in "
             "2024.\n"
             "About Northgate Analysts\n"
             "Northgate Analysts is headquartered in Toronto and serves more than 1,500 clients.",
        obs=[("Total", 2024, 3.9, "USD billion", "actual"), ("Total", 2030, 14.8, "USD billion", "estimate")],
        claims=[("value", 17.0, "USD billion", 2030, 2030, None),
                ("cagr", 24.9, "percent", 2024, 2030, None, "stated"),
                ("share", 47.0, "percent", 2024, 2024, None)],
        # (14.8 / 3.9) ** (1 / 6) - 1 = 24.89% -> 24.9 exact; the headline's 17 lies outside 14.8's 14.75..14.85
        # and 14.8 -> 15 at its digit: inconsistent
        verdicts=[("cagr", "exact"), ("narrative", "inconsistent")]),
    dict(  # 15: "the X industry" with a year-on-year rate only within rounding, a quote restating and a bound
        text="Southeast Asia AI Services Industry Grew 34% in 2024\n"
             "SINGAPORE, 20 March 2025 - The AI services industry in Southeast Asia generated US$6.42 billion in "
             "2024, up 34.1% from US$4.79 billion a year earlier, according to the Meranti Digital Economy "
             "Review.\n"
             "\"At US$6.4 billion in 2024, the region is now a serious market, and we expect the industry to pass "
             "US$10 billion in 2026,\" said Lim Wei Jie, lead author of the review.\n"
             "Meranti Advisory was founded in 2016 and has offices in Singapore and Jakarta.",
        obs=[("Total", 2023, 4.79, "USD billion", "actual"), ("Total", 2024, 6.42, "USD billion", "actual")],
        claims=[("growth", 34.1, "percent", 2023, 2024, 1.0), ("value", 6.4, "USD billion", 2024, 2024, None),
                ("value", 10.0, "USD billion", 2026, 2026, None)],
        # 6.42 / 4.79 - 1 = 34.03%, not 34.1; bounds 6.415 / 4.795 - 1 = 33.79% .. 6.425 / 4.785 - 1 = 34.27%:
        # rounding; the headline's 34% is 34.03 at its digit; 6.42 -> 6.4: exact; "pass US$10 billion" a bound
        verdicts=[("cagr|implied", "rounding"), ("narrative", "exact")]),
    dict(  # 16: an ALL-CAPS "GLOBAL" headline in billions over a body in millions
        text="GLOBAL AI GOVERNANCE SOFTWARE MARKET TO REACH $3.6 BILLION BY 2029 - NEW REPORT\n"
             "SEATTLE, Jan. 14, 2025 /PRNewswire/ -- The global AI governance software market will grow from USD "
             "890 million in 2024 to USD 3,586 million by 2029, at a CAGR of 32.1%, according to Ashford Tech "
             "Research.\n"
             "Key findings:\n"
             "- Large enterprises accounted for 68.4% of revenue in 2024.\n"
             "- Europe is the fastest-growing region, with a CAGR of 35.1% from 2024 to 2029.\n"
             "About Ashford Tech Research\n"
             "Ashford Tech Research has tracked enterprise software markets for over 15 years.",
        obs=[("Total", 2024, 890.0, "USD million", "actual"), ("Total", 2029, 3586.0, "USD million", "estimate")],
        claims=[("value", 3.6, "USD billion", 2029, 2029, None),
                ("cagr", 32.1, "percent", 2024, 2029, None, "inferred"),
                ("share", 68.4, "percent", 2024, 2024, None),
                ("cagr", 35.1, "percent", 2024, 2029, None, "stated")],
        # (3,586 / 890) ** (1 / 5) - 1 = 32.14% -> 32.1 exact; 3,586 million = 3.586 billion -> 3.6: exact;
        # Europe's 35.1% has no values of its own
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    # ------------------------------------------------------------------ Chinese news items
    dict(  # 17: a "突破" bound in the 标题, a year-on-year rate with no prior value and a stated CAGR
        text="2024年中国AI服务器市场规模突破1000亿元\n"
             "来源：华研智库  2025-03-18\n"
             "华研智库发布的报告显示，2024年中国AI服务器市场规模达到1,086.5亿元，同比增长41.3%。报告预计，"
             "到2027年市场规模将达到2,312亿元，2024—2027年年复合增长率为28.6%。\n"
             "关于华研智库：成立于2012年，专注于信息技术产业研究。",
        obs=[("Total", 2024, 1086.5, "CNY 100 million", "actual"),
             ("Total", 2027, 2312.0, "CNY 100 million", "estimate")],
        claims=[("value", 1000.0, "CNY 100 million", 2024, 2024, None),
                ("growth", 41.3, "percent", 2023, 2024, 1.0),
                ("cagr", 28.6, "percent", 2024, 2027, None, "stated")],
        # (2,312 / 1,086.5) ** (1 / 3) - 1 = 28.62% -> 28.6 exact; 2023 is not given
        verdicts=[("cagr", "exact")]),
    dict(  # 18: Traditional; a 兆美元 headline over a body in 億美元
        text="全球生成式AI市場規模2030年將達1.3兆美元\n"
             "來源：資策研究院  發布時間：2024-11-05\n"
             "根據資策研究院最新報告，全球生成式AI市場規模2023年為672億美元，預估2030年將達到12,870億美元，"
             "2023至2030年年複合成長率達52.5%。2023年軟體占比為58%。\n"
             "關於資策研究院：成立於2009年，擁有逾200名研究人員。",
        obs=[("Total", 2023, 672.0, "USD 100 million", "actual"),
             ("Total", 2030, 12870.0, "USD 100 million", "estimate")],
        claims=[("value", 1.3, "USD trillion", 2030, 2030, None),
                ("cagr", 52.5, "percent", 2023, 2030, None, "stated"),
                ("share", 58.0, "percent", 2023, 2023, None)],
        # (12,870 / 672) ** (1 / 7) - 1 = 52.47% -> 52.5 exact; 12,870 億 = 1.287 兆 -> 1.3: exact
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 19: 要点 bullets holding the prior year and the forecast
        text="2024年智能语音市场规模达385亿元\n"
             "来源：语联研究中心  2025-01-09\n"
             "2024年中国智能语音市场规模为385.2亿元，同比增长16.8%；其中，智能客服占比为34.5%。\n"
             "要点：\n"
             "- 2023年市场规模为329.8亿元\n"
             "- 预计2028年市场规模将达到712亿元\n"
             "- 2024—2028年年复合增长率约为16.6%\n"
             "关于语联研究中心：成立于2014年，已服务超过300家企业客户。",
        obs=[("Total", 2023, 329.8, "CNY 100 million", "actual"), ("Total", 2024, 385.2, "CNY 100 million", "actual"),
             ("Total", 2028, 712.0, "CNY 100 million", "estimate")],
        claims=[("value", 385.0, "CNY 100 million", 2024, 2024, None),
                ("growth", 16.8, "percent", 2023, 2024, 1.0), ("share", 34.5, "percent", 2024, 2024, None),
                ("cagr", 16.6, "percent", 2024, 2028, None, "stated")],
        # 385.2 / 329.8 - 1 = 16.80% -> exact; (712 / 385.2) ** (1 / 4) - 1 = 16.60% -> exact; 385.2 -> 385: exact
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 20: Traditional; units in 萬台 and a 逾 bound in 億台, a CAGR the figures contradict
        text="AI PC出貨量2028年將逾1億台\n"
             "來源：電子時報研究  2025-02-27\n"
             "研究機構指出，2024年全球AI PC出貨量約為4,800萬台，預估2028年將增至11,350萬台，"
             "2024至2028年年複合成長率為28.5%。\n"
             "關於電子時報研究：專注於半導體與終端產品研究，成立於2001年。",
        obs=[("Total", 2024, 4800.0, "count 10 thousand", "actual"),
             ("Total", 2028, 11350.0, "count 10 thousand", "estimate")],
        claims=[("value", 1.0, "count 100 million", 2028, 2028, None),
                ("cagr", 28.5, "percent", 2024, 2028, None, "stated")],
        # (11,350 / 4,800) ** (1 / 4) - 1 = 24.00%, nowhere near 28.5 at the inputs' bounds: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 21: a "近" bound in the 标题, the prior year in the body, a stated CAGR
        text="医学影像AI市场规模2030年有望达到近300亿元\n"
             "发布时间：2025-05-22  来源：健康科技观察\n"
             "2024年，中国医学影像AI市场规模为58.6亿元，较上年的47.6亿元同比增长23.1%。报告预计，2030年市场规模"
             "将达到291.4亿元，2024—2030年复合增长率为30.6%。\n"
             "关于健康科技观察：成立于2016年，员工逾600人。",
        obs=[("Total", 2023, 47.6, "CNY 100 million", "actual"), ("Total", 2024, 58.6, "CNY 100 million", "actual"),
             ("Total", 2030, 291.4, "CNY 100 million", "estimate")],
        claims=[("value", 300.0, "CNY 100 million", 2030, 2030, None),
                ("growth", 23.1, "percent", 2023, 2024, 1.0),
                ("cagr", 30.6, "percent", 2024, 2030, None, "stated")],
        # 58.6 / 47.6 - 1 = 23.11% -> exact; (291.4 / 58.6) ** (1 / 6) - 1 = 30.65% -> 30.6 exact
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    dict(  # 22: the 标题 repeats the body's figure and rate; a 万亿元 bound for the forecast
        text="2024年人工智能核心产业规模达5784亿元 同比增长13.9%\n"
             "发布时间：2025年4月2日  来源：信息产业周报\n"
             "报告显示，2024年我国人工智能核心产业规模达到5,784亿元，同比增长13.9%。其中，计算机视觉领域"
             "占比为31.2%。报告预计，2030年核心产业规模将突破1.7万亿元。\n"
             "关于信息产业周报：创刊于1998年。",
        obs=[("Total", 2024, 5784.0, "CNY 100 million", "actual")],
        claims=[("value", 5784.0, "CNY 100 million", 2024, 2024, None),
                ("growth", 13.9, "percent", 2023, 2024, 1.0), ("share", 31.2, "percent", 2024, 2024, None),
                ("value", 1.7, "CNY trillion", 2030, 2030, None)],
        # the 标题 repeats 5,784: exact; 2023 is not given; "突破1.7万亿元" is a bound
        verdicts=[("narrative", "exact")]),
    dict(  # 23: 同比下降 for two measures, an upper bound in the 标题 and a recovery forecast
        text="2024年智能音箱出货量跌破2000万台\n"
             "来源：声谷数据  2025-02-14\n"
             "2024年中国智能音箱市场出货量为1,890万台，同比下降14.2%；销售额为102.3亿元，同比下降9.6%。"
             "带屏和大模型语音助手产品表现相对较好。预计2025年出货量将回升至1,950万台。\n"
             "关于声谷数据：成立于2013年，专注于消费电子零售监测。",
        obs=[("Total", 2024, 1890.0, "count 10 thousand", "actual"),
             ("Total", 2024, 102.3, "CNY 100 million", "actual"),
             ("Total", 2025, 1950.0, "count 10 thousand", "estimate")],
        claims=[("value", 2000.0, "count 10 thousand", 2024, 2024, None),
                ("growth", -14.2, "percent", 2023, 2024, 1.0), ("growth", -9.6, "percent", 2023, 2024, 1.0)],
        # no 2023 values: the two falls stand unchecked; "跌破2000万台" is a bound
        verdicts=[]),
    dict(  # 24: Traditional (Hong Kong); "增至四倍" in the 標題 and 人民幣億元
        text="內地大模型市場五年內料增至四倍\n"
             "來源：港研資訊  2025-05-20\n"
             "報告指出，中國內地AI大模型市場規模2024年達294.2億元人民幣，預計2029年將增至1,187.5億元，"
             "年複合增長率達32.2%。\n"
             "關於港研資訊：成立於2010年，總部位於香港。",
        obs=[("Total", 2024, 294.2, "CNY 100 million", "actual"),
             ("Total", 2029, 1187.5, "CNY 100 million", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2029, 5.0),
                ("cagr", 32.2, "percent", 2024, 2029, None, "inferred")],
        # 1,187.5 / 294.2 = 4.04 -> 4; (1,187.5 / 294.2) ** (1 / 5) - 1 = 32.19% -> 32.2 exact
        verdicts=[("cagr", "exact")]),
    dict(  # 25: 亿美元, the 标题's figure without a thousands comma, a GPU share with 约
        text="全球AI芯片市场规模2030年将达3110亿美元\n"
             "来源：芯智研究  2025-06-03\n"
             "芯智研究报告显示，2024年全球AI芯片市场规模为1,023亿美元，预计2030年将达到3,110亿美元，"
             "2024—2030年年复合增长率为20.4%。其中，2024年GPU占比约为78%。\n"
             "关于芯智研究：成立于2018年，在北京、上海和深圳设有办公室。",
        obs=[("Total", 2024, 1023.0, "USD 100 million", "actual"),
             ("Total", 2030, 3110.0, "USD 100 million", "estimate")],
        claims=[("value", 3110.0, "USD 100 million", 2030, 2030, None),
                ("cagr", 20.4, "percent", 2024, 2030, None, "stated"), ("share", 78.0, "percent", 2024, 2024, None)],
        # (3,110 / 1,023) ** (1 / 6) - 1 = 20.36% -> 20.4 exact; the 标题 repeats 3,110: exact
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 26: Traditional (Taiwan); 年增 and 比重 for a year the document dates as a forecast
        text="2025年全球AI伺服器產值估達2,980億美元 年增32.4%\n"
             "來源：科研觀測站  2025-06-30\n"
             "根據研究機構調查，2024年全球AI伺服器產值為2,251億美元，預估2025年將成長至2,980億美元，年增32.4%，"
             "占整體伺服器產值比重將升至72.5%。\n"
             "關於科研觀測站：成立於2013年，提供科技產業分析。",
        obs=[("Total", 2024, 2251.0, "USD 100 million", "actual"),
             ("Total", 2025, 2980.0, "USD 100 million", "estimate")],
        claims=[("value", 2980.0, "USD 100 million", 2025, 2025, None),
                ("growth", 32.4, "percent", 2024, 2025, 1.0), ("share", 72.5, "percent", 2025, 2025, None)],
        # 2,980 / 2,251 - 1 = 32.39% -> 32.4 exact; the 標題 repeats 2,980: exact
        verdicts=[("cagr|implied", "exact"), ("narrative", "exact")]),
    dict(  # 27: 年均增速 over two years, a share and its change in 百分点, a 超过 bound
        text="银行业AI投入规模2024年约为312亿元\n"
             "来源：金融科技观察  2025-03-26\n"
             "2024年，我国银行业人工智能技术投入规模达到311.6亿元，2022年为222.4亿元，2022年至2024年年均增速"
             "为18.4%。人工智能投入占银行业金融科技总投入的比例提升至9.8%，较上年提高1.3个百分点。预计到2027年，"
             "投入规模将超过500亿元。\n"
             "关于金融科技观察：成立于2017年。",
        obs=[("Total", 2022, 222.4, "CNY 100 million", "actual"), ("Total", 2024, 311.6, "CNY 100 million", "actual")],
        claims=[("value", 312.0, "CNY 100 million", 2024, 2024, None),
                ("cagr", 18.4, "percent", 2022, 2024, None, "stated"), ("share", 9.8, "percent", 2024, 2024, None),
                ("value", 500.0, "CNY 100 million", 2027, 2027, None)],
        # (311.6 / 222.4) ** (1 / 2) - 1 = 18.37% -> 18.4 exact; 311.6 -> 312: exact; "超过500亿元" a bound
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 28: Traditional; 億美元 with an Asia-Pacific share and a 將近 bound in the 標題
        text="全球工業AI市場2028年將近700億美元\n"
             "來源：產業情報網　發布時間：2024/09/12\n"
             "全球工業AI市場規模2023年為182億美元，預估到2028年將達到674億美元，年複合成長率為29.9%。"
             "2023年亞太地區占比約41%。\n"
             "關於產業情報網：成立於2008年，提供製造業數據服務。",
        obs=[("Total", 2023, 182.0, "USD 100 million", "actual"),
             ("Total", 2028, 674.0, "USD 100 million", "estimate")],
        claims=[("value", 700.0, "USD 100 million", 2028, 2028, None),
                ("cagr", 29.9, "percent", 2023, 2028, None, "inferred"), ("share", 41.0, "percent", 2023, 2023, None)],
        # (674 / 182) ** (1 / 5) - 1 = 29.93% -> 29.9 exact; "將近700億美元" a bound
        verdicts=[("cagr", "exact")]),
    dict(  # 29: 万亿元 on both sides, a CAGR only within the rounding of one-decimal trillions
        text="AI+制造市场2030年将达2.6万亿元\n"
             "来源：智造产业研究院  2025-04-11\n"
             "2024年中国人工智能+制造业市场规模约为0.9万亿元，预计2030年将达到2.6万亿元，年复合增长率为19.6%。"
             "工业质检和预测性维护是落地最快的两个场景。\n"
             "关于智造产业研究院：成立于2019年。",
        obs=[("Total", 2024, 0.9, "CNY trillion", "actual"), ("Total", 2030, 2.6, "CNY trillion", "estimate")],
        claims=[("value", 2.6, "CNY trillion", 2030, 2030, None),
                ("cagr", 19.6, "percent", 2024, 2030, None, "inferred")],
        # (2.6 / 0.9) ** (1 / 6) - 1 = 19.34%, not 19.6; bounds (2.55 / 0.95) ** (1 / 6) - 1 = 17.89% ..
        # (2.65 / 0.85) ** (1 / 6) - 1 = 20.87%: rounding; the 标题 repeats 2.6: exact
        verdicts=[("cagr", "rounding"), ("narrative", "exact")]),
    dict(  # 30: three years in one 分别为 sentence, a year-on-year rate and a 突破 bound
        text="数据标注市场规模2024年达78.1亿元\n"
             "来源：数智产业网  2025-01-21\n"
             "2022年、2023年和2024年，中国数据标注市场规模分别为50.8亿元、62.3亿元和78.1亿元，其中2024年同比增长"
             "25.4%。\n"
             "要点：\n"
             "- 自动驾驶和大模型训练是主要需求来源\n"
             "- 预计2027年市场规模将突破150亿元\n"
             "关于数智产业网：成立于2015年，聚焦数字经济。",
        obs=[("Total", 2022, 50.8, "CNY 100 million", "actual"), ("Total", 2023, 62.3, "CNY 100 million", "actual"),
             ("Total", 2024, 78.1, "CNY 100 million", "actual")],
        claims=[("value", 78.1, "CNY 100 million", 2024, 2024, None),
                ("growth", 25.4, "percent", 2023, 2024, 1.0), ("value", 150.0, "CNY 100 million", 2027, 2027, None)],
        # 78.1 / 62.3 - 1 = 25.36% -> 25.4 exact; the 标题 repeats 78.1: exact; "突破150亿元" a bound
        verdicts=[("cagr|implied", "exact"), ("narrative", "exact")]),
    # ------------------------------------------------------------------ whole documents around a table
    dict(  # 31: Markdown, years as columns with E marks, a caption unit, an intro CAGR and a source line
        text="Table 3. Global AI software revenue by segment, 2024-2027 (USD billion)\n"
             "AI software revenue is forecast to rise at a 22.2% CAGR from 2024 to 2027.\n"
             "| Segment | 2024 | 2025E | 2026E | 2027E |\n"
             "|---|---|---|---|---|\n"
             "| Platforms | 47.5 | 58.9 | 72.4 | 88.1 |\n"
             "| Applications | 61.3 | 74.6 | 91.2 | 110.5 |\n"
             "| Total | 108.8 | 133.5 | 163.6 | 198.6 |\n"
             "Source: Lantern Analytics estimates, 2025",
        obs=[("Platforms", 2024, 47.5, "USD billion", "actual"), ("Platforms", 2025, 58.9, "USD billion", "estimate"),
             ("Platforms", 2026, 72.4, "USD billion", "estimate"), ("Platforms", 2027, 88.1, "USD billion", "estimate"),
             ("Applications", 2024, 61.3, "USD billion", "actual"),
             ("Applications", 2025, 74.6, "USD billion", "estimate"),
             ("Applications", 2026, 91.2, "USD billion", "estimate"),
             ("Applications", 2027, 110.5, "USD billion", "estimate"),
             ("Total", 2024, 108.8, "USD billion", "actual"), ("Total", 2025, 133.5, "USD billion", "estimate"),
             ("Total", 2026, 163.6, "USD billion", "estimate"), ("Total", 2027, 198.6, "USD billion", "estimate")],
        claims=[("cagr", 22.2, "percent", 2024, 2027, None, "stated")],
        # 47.5 + 61.3 = 108.8, 58.9 + 74.6 = 133.5, 72.4 + 91.2 = 163.6, 88.1 + 110.5 = 198.6;
        # (198.6 / 108.8) ** (1 / 3) - 1 = 22.21% -> 22.2 exact
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 32: tab-separated, years as rows with a growth column, 单位 and 注 lines under it
        text="表2 2021—2026年中国智能客服市场规模及增长率\n"
             "2021—2026年中国智能客服市场规模年复合增长率预计为23.4%。\n"
             "年份\t市场规模\t增长率\n"
             "2021\t48.3\t-\n"
             "2022\t59.1\t22.4%\n"
             "2023\t75.8\t28.3%\n"
             "2024\t94.6\t24.8%\n"
             "2025E\t115.7\t22.3%\n"
             "2026E\t138.2\t19.4%\n"
             "单位：亿元\n"
             "注：E为预测值。来源：云启研究院，2025年2月",
        obs=[("市场规模", 2021, 48.3, "CNY 100 million", "actual"), ("市场规模", 2022, 59.1, "CNY 100 million", "actual"),
             ("市场规模", 2023, 75.8, "CNY 100 million", "actual"), ("市场规模", 2024, 94.6, "CNY 100 million", "actual"),
             ("市场规模", 2025, 115.7, "CNY 100 million", "estimate"),
             ("市场规模", 2026, 138.2, "CNY 100 million", "estimate")],
        claims=[("cagr", 23.4, "percent", 2021, 2026, None, "stated"),
                ("growth", 22.4, "percent", 2021, 2022, 1.0), ("growth", 28.3, "percent", 2022, 2023, 1.0),
                ("growth", 24.8, "percent", 2023, 2024, 1.0), ("growth", 22.3, "percent", 2024, 2025, 1.0),
                ("growth", 19.4, "percent", 2025, 2026, 1.0)],
        # (138.2 / 48.3) ** (1 / 5) - 1 = 23.40% -> exact; 59.1 / 48.3 = 22.36%, 75.8 / 59.1 = 28.26%,
        # 94.6 / 75.8 = 24.80%, 115.7 / 94.6 = 22.30%, 138.2 / 115.7 = 19.45%: each exact at one decimal
        verdicts=[("cagr", "exact"), ("cagr|implied", "exact")]),
    dict(  # 33: space-aligned regions with F marks, a caption in USD million and an intro share
        text="Exhibit 5: AI-enabled medical device revenue by region (USD million)\n"
             "North America is expected to keep 44.9% of revenue in 2028.\n"
             "Region            2024      2026F     2028F\n"
             "North America     2,140     3,050     4,310\n"
             "Europe            1,280     1,820     2,560\n"
             "Asia Pacific        960     1,510     2,240\n"
             "Rest of world       220       330       480\n"
             "Total             4,600     6,710     9,590\n"
             "Source: Calder Health Insights, 2025. F = forecast.",
        obs=[("North America", 2024, 2140.0, "USD million", "actual"),
             ("North America", 2026, 3050.0, "USD million", "estimate"),
             ("North America", 2028, 4310.0, "USD million", "estimate"),
             ("Europe", 2024, 1280.0, "USD million", "actual"), ("Europe", 2026, 1820.0, "USD million", "estimate"),
             ("Europe", 2028, 2560.0, "USD million", "estimate"),
             ("Asia Pacific", 2024, 960.0, "USD million", "actual"),
             ("Asia Pacific", 2026, 1510.0, "USD million", "estimate"),
             ("Asia Pacific", 2028, 2240.0, "USD million", "estimate"),
             ("Rest of world", 2024, 220.0, "USD million", "actual"),
             ("Rest of world", 2026, 330.0, "USD million", "estimate"),
             ("Rest of world", 2028, 480.0, "USD million", "estimate"),
             ("Total", 2024, 4600.0, "USD million", "actual"), ("Total", 2026, 6710.0, "USD million", "estimate"),
             ("Total", 2028, 9590.0, "USD million", "estimate")],
        claims=[("share", 44.9, "percent", 2028, 2028, None)],
        # 2,140 + 1,280 + 960 + 220 = 4,600; 3,050 + 1,820 + 1,510 + 330 = 6,710; 4,310 + 2,560 + 2,240 + 480 = 9,590;
        # 4,310 / 9,590 = 44.94% -> 44.9
        verdicts=[("hierarchy", "exact")]),
    dict(  # 34: Traditional Markdown, 單位 in the caption, a 合計 row and an intro 年增率
        text="表1　全球AI晶片市場規模（依類型）　單位：億美元\n"
             "2025年全球AI晶片市場規模預估達1,172億美元，年增率為31.4%。\n"
             "| 類型 | 2023 | 2024 | 2025(預估) |\n"
             "|:--|--:|--:|--:|\n"
             "| GPU | 452 | 628 | 815 |\n"
             "| ASIC | 96 | 148 | 221 |\n"
             "| FPGA及其他 | 58 | 116 | 136 |\n"
             "| 合計 | 606 | 892 | 1,172 |\n"
             "資料來源：產研所，2025年3月",
        obs=[("GPU", 2023, 452.0, "USD 100 million", "actual"), ("GPU", 2024, 628.0, "USD 100 million", "actual"),
             ("GPU", 2025, 815.0, "USD 100 million", "estimate"),
             ("ASIC", 2023, 96.0, "USD 100 million", "actual"), ("ASIC", 2024, 148.0, "USD 100 million", "actual"),
             ("ASIC", 2025, 221.0, "USD 100 million", "estimate"),
             ("FPGA及其他", 2023, 58.0, "USD 100 million", "actual"),
             ("FPGA及其他", 2024, 116.0, "USD 100 million", "actual"),
             ("FPGA及其他", 2025, 136.0, "USD 100 million", "estimate"),
             ("合計", 2023, 606.0, "USD 100 million", "actual"), ("合計", 2024, 892.0, "USD 100 million", "actual"),
             ("合計", 2025, 1172.0, "USD 100 million", "estimate")],
        claims=[("growth", 31.4, "percent", 2024, 2025, 1.0)],
        # 452 + 96 + 58 = 606; 628 + 148 + 116 = 892; 815 + 221 + 136 = 1,172; 1,172 / 892 - 1 = 31.39% -> 31.4 exact
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 35: tab-separated, years as rows, the unit on the title line, a note saying which years are forecasts
        text="On-device AI smart speakers: global shipments (million units)\n"
             "Shipments are projected to reach 96.4 million units in 2027, a 2024-2027 CAGR of 14.9%.\n"
             "Year\tShipments\tYoY growth\n"
             "2022\t48.2\t—\n"
             "2023\t55.0\t14.1%\n"
             "2024\t63.5\t15.5%\n"
             "2025\t73.1\t15.1%\n"
             "2026\t84.0\t14.9%\n"
             "2027\t96.4\t14.8%\n"
             "Source: Quillon Research, January 2025. Figures for 2025-2027 are forecasts.",
        obs=[("Shipments", 2022, 48.2, "count million", "actual"), ("Shipments", 2023, 55.0, "count million", "actual"),
             ("Shipments", 2024, 63.5, "count million", "actual"),
             ("Shipments", 2025, 73.1, "count million", "estimate"),
             ("Shipments", 2026, 84.0, "count million", "estimate"),
             ("Shipments", 2027, 96.4, "count million", "estimate")],
        claims=[("cagr", 14.9, "percent", 2024, 2027, None, "stated"),
                ("growth", 14.1, "percent", 2022, 2023, 1.0), ("growth", 15.5, "percent", 2023, 2024, 1.0),
                ("growth", 15.1, "percent", 2024, 2025, 1.0), ("growth", 14.9, "percent", 2025, 2026, 1.0),
                ("growth", 14.8, "percent", 2026, 2027, 1.0)],
        # (96.4 / 63.5) ** (1 / 3) - 1 = 14.93% -> exact; 55.0 / 48.2 = 14.11%, 63.5 / 55.0 = 15.45%,
        # 73.1 / 63.5 = 15.12%, 84.0 / 73.1 = 14.91%, 96.4 / 84.0 = 14.76%: each exact at one decimal
        verdicts=[("cagr", "exact"), ("cagr|implied", "exact")]),
    dict(  # 36: Markdown with a CAGR column, EUR million, an intro bound in billions
        text="European AI services spending by country, 2024 and 2029 (EUR million)\n"
             "Combined spending in these markets is set to pass EUR 20 billion in 2029.\n"
             "| Country | 2024 | 2029F | CAGR 2024–2029 |\n"
             "|:--|--:|--:|--:|\n"
             "| Germany | 3,420 | 7,610 | 17.3% |\n"
             "| United Kingdom | 2,910 | 6,690 | 18.1% |\n"
             "| France | 2,350 | 5,480 | 18.5% |\n"
             "| Others | 1,180 | 3,020 | 20.7% |\n"
             "| Total | 9,860 | 22,800 | 18.3% |\n"
             "Source: Norrland Advisory, European AI Outlook, April 2025",
        obs=[("Germany", 2024, 3420.0, "EUR million", "actual"), ("Germany", 2029, 7610.0, "EUR million", "estimate"),
             ("United Kingdom", 2024, 2910.0, "EUR million", "actual"),
             ("United Kingdom", 2029, 6690.0, "EUR million", "estimate"),
             ("France", 2024, 2350.0, "EUR million", "actual"), ("France", 2029, 5480.0, "EUR million", "estimate"),
             ("Others", 2024, 1180.0, "EUR million", "actual"), ("Others", 2029, 3020.0, "EUR million", "estimate"),
             ("Total", 2024, 9860.0, "EUR million", "actual"), ("Total", 2029, 22800.0, "EUR million", "estimate")],
        claims=[("value", 20.0, "EUR billion", 2029, 2029, None),
                ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
                ("cagr", 18.1, "percent", 2024, 2029, None, "stated"),
                ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
                ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
                ("cagr", 18.3, "percent", 2024, 2029, None, "stated")],
        # 3,420 + 2,910 + 2,350 + 1,180 = 9,860; 7,610 + 6,690 + 5,480 + 3,020 = 22,800;
        # (7,610 / 3,420) ** (1 / 5) - 1 = 17.35%, (6,690 / 2,910) -> 18.12%, (5,480 / 2,350) -> 18.45%,
        # (3,020 / 1,180) -> 20.68%, (22,800 / 9,860) -> 18.25%: each exact at one decimal
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 37: space-aligned Chinese segments with 年 in the year heads, a 合计 row and an intro 占比
        text="表4 中国大模型应用市场结构\n"
             "2024年，智能办公在大模型应用市场中占比最高，达到36.2%。\n"
             "细分领域      2023年     2024年     2025年E\n"
             "智能办公        38.6       61.4       89.5\n"
             "智能营销        29.7       44.8       63.2\n"
             "代码生成        14.3       27.6       45.1\n"
             "其他            12.5       35.8       52.0\n"
             "合计            95.1      169.6      249.8\n"
             "单位：亿元；E为预测值\n"
             "资料来源：启明产业研究，2025年5月",
        obs=[("智能办公", 2023, 38.6, "CNY 100 million", "actual"), ("智能办公", 2024, 61.4, "CNY 100 million", "actual"),
             ("智能办公", 2025, 89.5, "CNY 100 million", "estimate"),
             ("智能营销", 2023, 29.7, "CNY 100 million", "actual"), ("智能营销", 2024, 44.8, "CNY 100 million", "actual"),
             ("智能营销", 2025, 63.2, "CNY 100 million", "estimate"),
             ("代码生成", 2023, 14.3, "CNY 100 million", "actual"), ("代码生成", 2024, 27.6, "CNY 100 million", "actual"),
             ("代码生成", 2025, 45.1, "CNY 100 million", "estimate"),
             ("其他", 2023, 12.5, "CNY 100 million", "actual"), ("其他", 2024, 35.8, "CNY 100 million", "actual"),
             ("其他", 2025, 52.0, "CNY 100 million", "estimate"),
             ("合计", 2023, 95.1, "CNY 100 million", "actual"), ("合计", 2024, 169.6, "CNY 100 million", "actual"),
             ("合计", 2025, 249.8, "CNY 100 million", "estimate")],
        claims=[("share", 36.2, "percent", 2024, 2024, None)],
        # 38.6 + 29.7 + 14.3 + 12.5 = 95.1; 61.4 + 44.8 + 27.6 + 35.8 = 169.6; 89.5 + 63.2 + 45.1 + 52.0 = 249.8;
        # 61.4 / 169.6 = 36.20% -> 36.2
        verdicts=[("hierarchy", "exact")]),
    dict(  # 38: Markdown, years as rows and regions as columns with a Total column, F marks, an intro share
        text="AI PC shipments by region, 2023-2026 (million units)\n"
             "AI PCs are forecast to make up 43% of all PC shipments in 2026.\n"
             "| Year | Americas | EMEA | Asia Pacific | Total |\n"
             "|---|---|---|---|---|\n"
             "| 2023 | 8.4 | 6.1 | 9.8 | 24.3 |\n"
             "| 2024 | 17.9 | 12.6 | 21.3 | 51.8 |\n"
             "| 2025F | 32.5 | 24.0 | 39.7 | 96.2 |\n"
             "| 2026F | 46.8 | 33.9 | 58.6 | 139.3 |\n"
             "Note: F = forecast. Source: Orrin Data, PC Tracker, Q4 2024.",
        obs=[("Americas", 2023, 8.4, "count million", "actual"), ("Americas", 2024, 17.9, "count million", "actual"),
             ("Americas", 2025, 32.5, "count million", "estimate"),
             ("Americas", 2026, 46.8, "count million", "estimate"),
             ("EMEA", 2023, 6.1, "count million", "actual"), ("EMEA", 2024, 12.6, "count million", "actual"),
             ("EMEA", 2025, 24.0, "count million", "estimate"), ("EMEA", 2026, 33.9, "count million", "estimate"),
             ("Asia Pacific", 2023, 9.8, "count million", "actual"),
             ("Asia Pacific", 2024, 21.3, "count million", "actual"),
             ("Asia Pacific", 2025, 39.7, "count million", "estimate"),
             ("Asia Pacific", 2026, 58.6, "count million", "estimate"),
             ("Total", 2023, 24.3, "count million", "actual"), ("Total", 2024, 51.8, "count million", "actual"),
             ("Total", 2025, 96.2, "count million", "estimate"), ("Total", 2026, 139.3, "count million", "estimate")],
        claims=[("share", 43.0, "percent", 2026, 2026, None)],
        # 8.4 + 6.1 + 9.8 = 24.3; 17.9 + 12.6 + 21.3 = 51.8; 32.5 + 24.0 + 39.7 = 96.2; 46.8 + 33.9 + 58.6 = 139.3
        verdicts=[("hierarchy", "exact")]),
    dict(  # 39: tab-separated two years and a Change column, GBP million, an intro restating the total's change
        text="UK AI consulting fee income by client sector (GBP million)\n"
             "Total fee income rose 21.6% in 2024 to GBP 1,843 million.\n"
             "Sector\t2023\t2024\tChange\n"
             "Financial services\t612\t738\t20.6%\n"
             "Public sector\t341\t402\t17.9%\n"
             "Retail\t258\t329\t27.5%\n"
             "Other\t305\t374\t22.6%\n"
             "Total\t1,516\t1,843\t21.6%\n"
             "Source: Harcourt Survey of AI Consultancies, 2025",
        obs=[("Financial services", 2023, 612.0, "GBP million", "actual"),
             ("Financial services", 2024, 738.0, "GBP million", "actual"),
             ("Public sector", 2023, 341.0, "GBP million", "actual"),
             ("Public sector", 2024, 402.0, "GBP million", "actual"),
             ("Retail", 2023, 258.0, "GBP million", "actual"), ("Retail", 2024, 329.0, "GBP million", "actual"),
             ("Other", 2023, 305.0, "GBP million", "actual"), ("Other", 2024, 374.0, "GBP million", "actual"),
             ("Total", 2023, 1516.0, "GBP million", "actual"), ("Total", 2024, 1843.0, "GBP million", "actual")],
        claims=[("growth", 20.6, "percent", 2023, 2024, 1.0), ("growth", 17.9, "percent", 2023, 2024, 1.0),
                ("growth", 27.5, "percent", 2023, 2024, 1.0), ("growth", 22.6, "percent", 2023, 2024, 1.0),
                ("growth", 21.6, "percent", 2023, 2024, 1.0)],
        # 612 + 341 + 258 + 305 = 1,516; 738 + 402 + 329 + 374 = 1,843; 738 / 612 = 20.59%, 402 / 341 = 17.89%,
        # 329 / 258 = 27.52%, 374 / 305 = 22.62%, 1,843 / 1,516 = 21.57%: each exact at one decimal
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 40: tab-separated years as columns with a 同比增长 row, 单位 and 资料来源 lines
        text="表6 2020—2024年中国AI训练数据服务市场规模及增速\n"
             "2020—2024年，中国AI训练数据服务市场规模年复合增长率为38.8%。\n"
             "指标\t2020\t2021\t2022\t2023\t2024\n"
             "市场规模\t14.2\t19.8\t27.1\t38.5\t52.7\n"
             "同比增长\t-\t39.4%\t36.9%\t42.1%\t36.9%\n"
             "单位：亿元\n"
             "资料来源：数源咨询，2025年1月",
        obs=[("市场规模", 2020, 14.2, "CNY 100 million", "actual"), ("市场规模", 2021, 19.8, "CNY 100 million", "actual"),
             ("市场规模", 2022, 27.1, "CNY 100 million", "actual"), ("市场规模", 2023, 38.5, "CNY 100 million", "actual"),
             ("市场规模", 2024, 52.7, "CNY 100 million", "actual")],
        claims=[("cagr", 38.8, "percent", 2020, 2024, None, "stated"),
                ("growth", 39.4, "percent", 2020, 2021, 1.0), ("growth", 36.9, "percent", 2021, 2022, 1.0),
                ("growth", 42.1, "percent", 2022, 2023, 1.0), ("growth", 36.9, "percent", 2023, 2024, 1.0)],
        # (52.7 / 14.2) ** (1 / 4) - 1 = 38.80% -> exact; 19.8 / 14.2 = 39.44%, 27.1 / 19.8 = 36.87%,
        # 38.5 / 27.1 = 42.07%, 52.7 / 38.5 = 36.88%: each exact at one decimal
        verdicts=[("cagr", "exact"), ("cagr|implied", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 4, "rounding": 4, "exact": 15}
#: forms of whole documents the set is meant to cover, each in some snippet
FORMS = (
    '/PRNewswire/ --',
    '(GLOBE NEWSWIRE) --',
    '--(BUSINESS WIRE)--',
    'About ',
    'Key findings:',
    'Highlights\n',
    '"Edge deployments',
    'said Maria Okafor',
    'CONVERSATIONAL AI MARKET TO REACH',
    'GLOBAL AI GOVERNANCE SOFTWARE MARKET',
    'to Hit $297 Billion',
    '$0.4 Trillion',
    'Over $90 Billion',
    'Nearly 600 Million Units',
    'Expected to Triple',
    'Grow Sixfold',
    '£14.2bn',
    'up 18% on',
    'last year alone',
    'founded in 2009',
    'more than 4,000 clients',
    'Worldwide spending on',
    'AI services industry in Southeast Asia',
    '来源：',
    '發布時間：',
    '要点：',
    '关于',
    '關於',
    '突破',
    '跌破',
    '近300亿元',
    '將逾1億台',
    '增至四倍',
    '兆美元',
    '万亿元',
    '同比下降',
    '年均增速',
    '百分点',
    '分别为',
    '单位：亿元',
    '單位：億美元',
    '注：E为预测值',
    '2025(預估)',
    '2025E',
    '2026F',
    '|:--|--:|',
    'CAGR 2024–2029',
    'Year\tShipments\tYoY growth',
    '\tChange\n',
    '合计',
    '合計',
    'Source: Lantern Analytics estimates, 2025',
    '(USD million)',
)
#: scored once blind: figures 183/226 (81%), rates 66/72 (92%), verdicts 55/66 (83%), false inconsistent 2. Then the
#: classes of failure it showed were fixed, each with a snippet or test of the project's own (a dateline's wire name
#: inside a subject, one subject in several phrasings, words holding a verb taken for a subject, a sentence over a
#: table taken for its caption and unit, a unit note under a table of years as rows, a bound judged as a value, a
#: bound of a year with no value, 比重 and 的比例 as shares, a count or a rate over a table, a Chinese headline without
#: its country, a headline's multiple in capitals or with a deadline, a rate followed by its word of movement,
#: percentage points, datelines and notes that name the forecast years, a rise dated "last year"); these floors hold
#: what that gave.
FLOORS = {"figures_found": 219, "rates_found": 70, "verdicts_right": 62}


if __name__ == "__main__":  # python tests/extract_checkset8.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
