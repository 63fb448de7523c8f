"""An eleventh check set for the extractor, written blind: whole press releases, news items and report pages.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. Each snippet is a whole short document as an analyst meets it, from many publishers: a
headline with a figure, a dateline ("PUNE, India, March 4, 2025 /PRNewswire/ --", "北京，2025年3月4日——"), a body
with a base year's amount, a forecast year's amount and the CAGR between them, and the noise such documents carry
(an "About" paragraph with a founding year and a head count, offices in N countries, a telephone number, a report
ID and page count, a survey's "62% of respondents", a discount). Among them: a whole stated before its parts ("Of
the $26.7 billion spent, 41.2% went to"), a part's title before its name ("Leading vendor", 头部厂商), bare counts
("412 deals, or 33.2% of the total"), a revised forecast ("raised its 2027 forecast to $X from $Y"), a range
("between $58 billion and $66 billion"), fiscal years (FY2024, 2024财年), a quarter's figure inside a yearly
document, scenarios in a table, several currencies (EUR, GBP, JPY, INR; 亿元, 万亿元, 亿美元), growth stated as a
multiple ("more than triple", 增长2.3倍) and amounts in words ("$1.2 trillion", "nearly USD 500 million", 十亿美元).
Markets vary (generative AI, AI chips, edge AI, AI in healthcare, conversational AI, computer vision, AI servers,
smart manufacturing, autonomous driving, AI agents); publishers and companies are invented, the sentences are the
project's own and the figures plausible.

Conventions, as in the corpus: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the" and a title before it ("Leading vendor Orinth Semiconductor" -> "Orinth
Semiconductor"), first letter in capitals; a table's figure to its row label as printed (a total row's label too).
Each (item, year) is expected once, at its most precise statement, in its printed unit; a headline that restates a
body figure rounder is a ``value`` claim of its year with a ``narrative`` verdict; a figure after "nearly" / "more
than" / "超" / "突破" is a bound, a ``value`` claim with no verdict, and a range gives two ``value`` claims for its
year. Boilerplate figures (founding years, staff, offices, telephone numbers, report IDs, pages, survey percentages,
discounts) are expected nowhere; so are a quarter's figure in a yearly document and the figure a revised forecast
replaces. An amount in a currency the bundled unit table does not hold (INR) is expected as no observation, but its
CAGR is a claim and gets its verdict. A fiscal year counts as its number (FY2024, 2024财年 -> 2024). A share is
("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` (its years say it) and is ``stated`` when its span is printed, ``inferred`` when only the years of
its amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``); a multiple between two years carries their distance (增长2.3倍 as printed, x2.3; "more than triple"
as x3). The base of a forecast is ``actual``; a figure a forecast cue governs, an E or F column, or a year after the
document's date, ``estimate``. Where a snippet gives a part's amount, its whole's amount (same year, same unit) and
the part's share, the share gets an ``arithmetic`` verdict: ``exact`` when part / whole * 100 rounds to the printed
share, ``exact|rounding`` when only some reading of the printed inputs (each at half its last digit either way)
reaches it, ``inconsistent`` when none does. A growth rate or CAGR whose two amounts are printed is read the same
way, (end / start) ** (1 / years) - 1; the comment beside each verdict gives the arithmetic and its bounds.
``python tests/extract_checkset11.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose
    dict(  # 1: headline, PRNewswire dateline, base and target with the CAGR's span; report ID, pages, About, phone
        text="Generative AI Market to Reach $356 Billion by 2030, Says Veridian Insights\n"
             "PUNE, India, March 4, 2025 /PRNewswire/ -- The global generative AI market was valued at USD 71.36 "
             "billion in 2024 and is projected to reach USD 356.10 billion by 2030, expanding at a CAGR of 30.7% "
             "from 2024 to 2030, according to a new report by Veridian Insights.\n"
             "The report (Report ID: VI-48213, 212 pages) profiles 35 vendors.\n"
             "About Veridian Insights: Founded in 2011, Veridian Insights has more than 450 analysts. "
             "Contact: +1-646-555-0193",
        obs=[("Total", 2024, 71.36, "USD billion", "actual"), ("Total", 2030, 356.10, "USD billion", "estimate")],
        claims=[("value", 356.0, "USD billion", 2030, 2030, None),
                ("cagr", 30.7, "percent", 2024, 2030, None, "stated")],
        # (356.10 / 71.36) ** (1/6) - 1 = 30.72% -> 30.7 exact (bounds 356.095 / 71.365 .. 356.105 / 71.355:
        # 30.72 .. 30.73); the headline's $356 billion is 356.10 rounded to the unit: narrative exact
        verdicts=[("cagr", "exact"), ("narrative", "exact")]),
    dict(  # 2: GlobeNewswire dateline, growth against the year before, a next-year figure; discount and report ID
        text="AI Chip Revenue Climbs to $71 Billion\n"
             "DUBLIN, Jan. 14, 2025 (GLOBE NEWSWIRE) -- Worldwide AI chip revenue rose to $71.3 billion in 2024, "
             "up 33% from $53.6 billion in 2023, Larkspur Research said in a report added to its catalogue this "
             "week. Data-centre accelerators made up the bulk of sales.\n"
             "Larkspur expects revenue to reach $92.0 billion in 2025.\n"
             "Readers who order before January 31 receive a 20% discount. Report ID: 6134207.",
        obs=[("Total", 2023, 53.6, "USD billion", "actual"), ("Total", 2024, 71.3, "USD billion", "actual"),
             ("Total", 2025, 92.0, "USD billion", "estimate")],
        claims=[("value", 71.0, "USD billion", 2024, 2024, None), ("growth", 33.0, "percent", 2023, 2024, 1.0)],
        # 71.3 / 53.6 - 1 = 33.02% -> 33 exact (bounds 71.25 / 53.65 .. 71.35 / 53.55: 32.81 .. 33.24);
        # the headline's $71 billion is 71.3 rounded: narrative exact
        verdicts=[("cagr|implied", "exact"), ("narrative", "exact")]),
    dict(  # 3: a range for the target year, the base after "up from"; a survey's percentage, offices abroad
        text="SAN JOSE, Calif., June 10, 2025 /PRNewswire/ -- Edge AI revenue will land between $58 billion and $66 "
             "billion by 2030, up from $21.4 billion in 2024, according to Quillon Partners' latest outlook.\n"
             "In a survey conducted for the study, 62% of respondents said they plan to move inference to the edge "
             "within two years.\n"
             "Quillon Partners has offices in 30 countries.",
        obs=[("Total", 2024, 21.4, "USD billion", "actual")],
        claims=[("value", 58.0, "USD billion", 2030, 2030, None), ("value", 66.0, "USD billion", 2030, 2030, None)],
        verdicts=[]),
    dict(  # 4: the whole stated before its parts, each part's share then its amount in brackets
        text="Hospitals Lift AI Budgets\n"
             "BOSTON, Feb. 26, 2025 /PRNewswire/ -- Of the $26.7 billion spent on AI in healthcare in 2024, 41.2% "
             "went to medical imaging ($11.0 billion) and 18% to clinical documentation ($5.1 billion), Ashgrove "
             "Health Analytics said on Wednesday.\n"
             "The firm, founded in 2004, tracks 1,800 hospitals.",
        obs=[("Total", 2024, 26.7, "USD billion", "actual"), ("Medical imaging", 2024, 11.0, "USD billion", "actual"),
             ("Clinical documentation", 2024, 5.1, "USD billion", "actual")],
        claims=[("share", 41.2, "percent", 2024, 2024, None), ("share", 18.0, "percent", 2024, 2024, None)],
        # 11.0 / 26.7 * 100 = 41.20 -> 41.2 exact (bounds 10.95 / 26.75 = 40.93 .. 11.05 / 26.65 = 41.46);
        # 5.1 / 26.7 * 100 = 19.10; bounds 5.05 / 26.75 = 18.88 .. 5.15 / 26.65 = 19.32, above 18.5: inconsistent
        verdicts=[("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
    dict(  # 5: pounds in "bn", an increase "on" the year before; staff, offices and a telephone number
        text="LONDON, 6 February 2025 -- UK businesses spent £2.38bn on conversational AI in 2024, an increase of "
             "24.6% on the £1.91bn spent in 2023, according to Harrowgate Research.\n"
             "Spending is forecast to reach £4.05bn in 2027.\n"
             "Harrowgate Research employs 310 people and has offices in 12 countries. Media enquiries: "
             "+44 20 7946 0321.",
        obs=[("Total", 2023, 1.91, "GBP billion", "actual"), ("Total", 2024, 2.38, "GBP billion", "actual"),
             ("Total", 2027, 4.05, "GBP billion", "estimate")],
        claims=[("growth", 24.6, "percent", 2023, 2024, 1.0)],
        # 2.38 / 1.91 - 1 = 24.61% -> 24.6 exact (bounds 2.375 / 1.915 .. 2.385 / 1.905: 24.02 .. 25.20)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: a revised forecast (the old figure replaced), the base in another sentence, the implied CAGR's span
        text="Kestrel Analytics Raises Computer Vision Outlook\n"
             "CHICAGO, April 2, 2025 /PRNewswire/ -- Kestrel Analytics has raised its 2027 forecast for the global "
             "computer vision market to $48.9 billion from $41.5 billion, citing faster adoption in logistics and "
             "retail. The market reached $22.6 billion in 2024; the new forecast implies a compound annual growth "
             "rate of 29.3% over 2024-2027.",
        obs=[("Total", 2024, 22.6, "USD billion", "actual"), ("Total", 2027, 48.9, "USD billion", "estimate")],
        claims=[("cagr", 29.3, "percent", 2024, 2027, None, "stated")],
        # (48.9 / 22.6) ** (1/3) - 1 = 29.34% -> 29.3 exact (bounds 48.85 / 22.65 .. 48.95 / 22.55: 29.20 .. 29.48)
        verdicts=[("cagr", "exact")]),
    dict(  # 7: a quarter's figure inside a yearly release (no observation), next year's growth
        text="TAIPEI, Feb. 18, 2025 /PRNewswire/ -- Global AI server revenue totalled $125.1 billion in 2024, Corvane "
             "Research estimates, with the fourth quarter alone contributing $38.2 billion as cloud providers took "
             "delivery of new accelerator racks.\n"
             "For 2025, Corvane expects revenue of $187.0 billion, up 49.5% year over year.",
        obs=[("Total", 2024, 125.1, "USD billion", "actual"), ("Total", 2025, 187.0, "USD billion", "estimate")],
        claims=[("growth", 49.5, "percent", 2024, 2025, 1.0)],
        # 187.0 / 125.1 - 1 = 49.48% -> 49.5 exact (bounds 186.95 / 125.15 .. 187.05 / 125.05: 49.38 .. 49.58)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 8: euros, "from ... to ..." with a CAGR whose span only the amounts' years give; founding year, staff
        text="MUNICH, March 12, 2025 -- Europe's market for AI in smart manufacturing is set to grow from €14.8 "
             "billion in 2024 to €39.5 billion in 2030, a compound annual growth rate of 17.8%, according to "
             "Brenner & Vogt Consulting.\n"
             "Founded in 1998, Brenner & Vogt employs 1,200 people across 14 offices.",
        obs=[("Total", 2024, 14.8, "EUR billion", "actual"), ("Total", 2030, 39.5, "EUR billion", "estimate")],
        claims=[("cagr", 17.8, "percent", 2024, 2030, None, "inferred")],
        # (39.5 / 14.8) ** (1/6) - 1 = 17.78% -> 17.8 exact (bounds 39.45 / 14.85 .. 39.55 / 14.75: 17.69 .. 17.87);
        # over five periods 21.69%, so only 2024..2030 holds
        verdicts=[("cagr|period", "exact")]),
    dict(  # 9: yen, fiscal years, the CAGR's span in fiscal years; an interview count
        text="TOKYO, Jan. 28, 2025 -- Japan's market for autonomous driving software and sensors reached JPY 418.6 "
             "billion in FY2024 and will grow to JPY 1,265 billion in FY2030, a CAGR of 20.2% over FY2024-FY2030, "
             "Hoshino Mobility Research said.\n"
             "The study was based on interviews with 85 automakers and suppliers.",
        obs=[("Total", 2024, 418.6, "JPY billion", "actual"), ("Total", 2030, 1265.0, "JPY billion", "estimate")],
        claims=[("cagr", 20.2, "percent", 2024, 2030, None, "stated")],
        # (1265 / 418.6) ** (1/6) - 1 = 20.24% -> 20.2 exact (bounds 1264.5 / 418.65 .. 1265.5 / 418.55: 20.23 .. 20.25)
        verdicts=[("cagr", "exact")]),
    dict(  # 10: growth as a multiple, "more than triple", in the headline and the body; a survey count and percent
        text="AI Agents Set to More Than Triple by 2027\n"
             "SEATTLE, May 20, 2025 /PRNewswire/ -- Spending on AI agents will more than triple from $5.4 billion "
             "in 2024 to $18.1 billion in 2027, Tamarind Group projects.\n"
             "Tamarind surveyed 1,050 IT leaders; 71% said they already run at least one agent in production.",
        obs=[("Total", 2024, 5.4, "USD billion", "actual"), ("Total", 2027, 18.1, "USD billion", "estimate")],
        # 18.1 / 5.4 = 3.35: more than three times
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],
        verdicts=[]),
    dict(  # 11: an amount in trillions, a CAGR with its span but no base amount; coverage counts
        text="AI Spending Headed Past the Trillion-Dollar Mark\n"
             "NEW YORK, Sept. 9, 2025 /PRNewswire/ -- Worldwide spending on artificial intelligence, including "
             "hardware, software and services, will reach $1.2 trillion in 2028, according to Oakridge Data, a "
             "compound annual growth rate of 29.0% over 2023-2028.\n"
             "Oakridge Data's spending guide covers 27 industries and 53 countries.",
        obs=[("Total", 2028, 1.2, "USD trillion", "estimate")],
        claims=[("cagr", 29.0, "percent", 2023, 2028, None, "stated")],
        verdicts=[]),
    dict(  # 12: bare counts, a part's count "or N% of the total"; a database size with no year
        text="AI Dealmaking Concentrates in Generative Models\n"
             "SAN FRANCISCO, Jan. 22, 2025 -- Venture investors closed 1,241 AI deals in 2024, Pinecrest Capital "
             "Monitor reported. Generative AI companies took 412 deals, or 33.2% of the total.\n"
             "Pinecrest's database holds records on more than 90,000 private companies.",
        obs=[("Total", 2024, 1241.0, "count", "actual"), ("Generative AI companies", 2024, 412.0, "count", "actual")],
        claims=[("share", 33.2, "percent", 2024, 2024, None)],
        # 412 / 1241 * 100 = 33.20 -> 33.2 exact (bounds 411.5 / 1241.5 = 33.15 .. 412.5 / 1240.5 = 33.25)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 13: rupees (no unit in the table: no observation), the CAGR "between" its years; phone and page count
        text="MUMBAI, India, Nov. 18, 2024 /PRNewswire/ -- India's AI in healthcare market is estimated at INR 27.4 "
             "billion in 2024 and is forecast to reach INR 115.6 billion by 2030, growing at a CAGR of 27.1% between "
             "2024 and 2030, Sahyadri Market Insights said.\n"
             "Call +91 20 4856 7000 to order the 180-page study.",
        obs=[],
        claims=[("cagr", 27.1, "percent", 2024, 2030, None, "stated")],
        # (115.6 / 27.4) ** (1/6) - 1 = 27.12% -> 27.1 exact (bounds 115.55 / 27.45 .. 115.65 / 27.35: 27.07 .. 27.16)
        verdicts=[("cagr", "exact")]),
    dict(  # 14: a bound in the headline ("Nearly USD 500 Million"), millions in the body, growth on the year before
        text="Edge AI Accelerator Sales Reach Nearly USD 500 Million\n"
             "AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Sales of edge AI accelerators reached $486.3 million in "
             "2024, up 41.2% from $344.4 million in 2023, according to Bramwell Semiconductor Research.",
        obs=[("Total", 2023, 344.4, "USD million", "actual"), ("Total", 2024, 486.3, "USD million", "actual")],
        claims=[("value", 500.0, "USD million", 2024, 2024, None), ("growth", 41.2, "percent", 2023, 2024, 1.0)],
        # 486.3 / 344.4 - 1 = 41.20% -> 41.2 exact (bounds 486.25 / 344.45 .. 486.35 / 344.35: 41.17 .. 41.24)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: a part's title before its name, its share of a named whole, then its amount; a rival's bare share
        text="HSINCHU, Taiwan, Feb. 5, 2025 /PRNewswire/ -- Leading vendor Orinth Semiconductor held 64.5% of the "
             "$92.4 billion data-centre AI accelerator market in 2024, with revenue of $59.6 billion, Tiberon "
             "Research said. Second-placed Calder Devices had a 12.1% share.",
        obs=[("Total", 2024, 92.4, "USD billion", "actual"),
             ("Orinth Semiconductor", 2024, 59.6, "USD billion", "actual")],
        claims=[("share", 64.5, "percent", 2024, 2024, None), ("share", 12.1, "percent", 2024, 2024, None)],
        # 59.6 / 92.4 * 100 = 64.50 -> 64.5 exact (bounds 59.55 / 92.45 = 64.41 .. 59.65 / 92.35 = 64.59)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 16: a CAGR its own amounts contradict; the headline rounds the target; founding year, client count
        text="Conversational AI Market Worth $50 Billion by 2030\n"
             "NEW DELHI, Jan. 8, 2025 /PRNewswire/ -- The conversational AI market is expected to grow from USD 13.2 "
             "billion in 2024 to USD 49.9 billion by 2030, at a CAGR of 26.8% during 2024-2030, according to "
             "Marigold Research.\n"
             "Marigold Research, founded in 2009, serves 7,000 clients.",
        obs=[("Total", 2024, 13.2, "USD billion", "actual"), ("Total", 2030, 49.9, "USD billion", "estimate")],
        claims=[("value", 50.0, "USD billion", 2030, 2030, None),
                ("cagr", 26.8, "percent", 2024, 2030, None, "stated")],
        # (49.9 / 13.2) ** (1/6) - 1 = 24.81%; bounds 49.85 / 13.25 .. 49.95 / 13.15: 24.71 .. 24.91, far below
        # 26.75: inconsistent; the headline's $50 billion is 49.9 rounded: narrative exact
        verdicts=[("cagr", "inconsistent"), ("narrative", "exact")]),
    # ------------------------------------------------------------------ Chinese prose
    dict(  # 17: a headline bound, a Beijing dateline, base and target with the CAGR's span; an About line
        text="《2025中国生成式AI市场研究报告》发布：2030年市场规模将超8000亿元\n"
             "北京，2025年3月4日——云岫研究院今日发布报告称，2024年中国生成式AI市场规模为1,035亿元，预计2030年将达到"
             "8,246亿元，2024-2030年复合增长率为41.3%。\n"
             "关于云岫研究院：成立于2013年，现有分析师200余名。",
        obs=[("Total", 2024, 1035.0, "CNY 100 million", "actual"),
             ("Total", 2030, 8246.0, "CNY 100 million", "estimate")],
        claims=[("value", 8000.0, "CNY 100 million", 2030, 2030, None),
                ("cagr", 41.3, "percent", 2024, 2030, None, "stated")],
        # (8246 / 1035) ** (1/6) - 1 = 41.32% -> 41.3 exact (bounds 8245.5 / 1035.5 .. 8246.5 / 1034.5: 41.31 .. 41.34)
        verdicts=[("cagr", "exact")]),
    dict(  # 18: the whole and its growth, then a part's title before its name (头部厂商), its amount and share
        text="2024年中国AI芯片市场规模达到1,412亿元，同比增长38.6%。其中，头部厂商华芯科技收入为326亿元，占比23.1%。\n"
             "来源：砺石咨询 2025-02-11",
        obs=[("Total", 2024, 1412.0, "CNY 100 million", "actual"), ("华芯科技", 2024, 326.0, "CNY 100 million", "actual")],
        claims=[("growth", 38.6, "percent", 2023, 2024, 1.0), ("share", 23.1, "percent", 2024, 2024, None)],
        # 326 / 1412 * 100 = 23.09 -> 23.1 exact (bounds 325.5 / 1412.5 = 23.04 .. 326.5 / 1411.5 = 23.13)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 19: 万亿元, growth against a named base; a survey's percentage
        text="工信观察网 2025年1月16日讯 2024年我国智能制造装备产业规模达3.2万亿元，较2023年的2.84万亿元增长12.6%。\n"
             "报告显示，62%的受访企业计划在未来三年内加大智能化改造投入。",
        obs=[("Total", 2023, 2.84, "CNY trillion", "actual"), ("Total", 2024, 3.2, "CNY trillion", "actual")],
        claims=[("growth", 12.6, "percent", 2023, 2024, 1.0)],
        # 3.2 / 2.84 - 1 = 12.68% -> 12.7, not 12.6; bounds 3.15 / 2.845 .. 3.25 / 2.835: 10.72 .. 14.64: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 20: 亿美元, growth stated as a multiple (增长2.3倍, read x2.3) to a printed target
        text="全球L4级自动驾驶市场规模2024年为38亿美元。灵犀智库预测，到2028年该市场将增长2.3倍，达到87亿美元。",
        obs=[("Total", 2024, 38.0, "USD 100 million", "actual"), ("Total", 2028, 87.0, "USD 100 million", "estimate")],
        # 87 / 38 = 2.29 -> 2.3
        claims=[("multiple", 2.3, "multiple", 2024, 2028, 4.0)],
        verdicts=[]),
    dict(  # 21: a headline bound in words (十亿美元, ten 亿), a Shanghai dateline, a growth with no base printed
        text="中国AI智能体市场规模首次突破十亿美元\n"
             "上海，2025年4月9日——据星图咨询统计，2024年中国AI智能体市场规模为11.6亿美元，同比增长152%；预计2027年将达到"
             "68.3亿美元。",
        obs=[("Total", 2024, 11.6, "USD 100 million", "actual"), ("Total", 2027, 68.3, "USD 100 million", "estimate")],
        claims=[("value", 10.0, "USD 100 million", 2024, 2024, None), ("growth", 152.0, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 22: Traditional: a Taipei dateline, 年增 against a named base, a forecast for next year
        text="臺北，2025年1月20日——研調機構鼎泰研究指出，2024年全球AI伺服器市場規模達1,251億美元，年增46.3%，較2023年的"
             "855億美元大幅成長；預估2025年將達1,786億美元。",
        obs=[("Total", 2023, 855.0, "USD 100 million", "actual"), ("Total", 2024, 1251.0, "USD 100 million", "actual"),
             ("Total", 2025, 1786.0, "USD 100 million", "estimate")],
        claims=[("growth", 46.3, "percent", 2023, 2024, 1.0)],
        # 1251 / 855 - 1 = 46.32% -> 46.3 exact (bounds 1250.5 / 855.5 .. 1251.5 / 854.5: 46.17 .. 46.46)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 23: Traditional: 由…增至 with the CAGR's span, a rate its amounts contradict; a Hong Kong dateline
        text="香港，2025年5月6日——嘉禾市場研究發布報告，預估亞太區邊緣AI市場規模將由2024年的142億美元增至2030年的"
             "512億美元，2024至2030年年複合成長率為27.5%。",
        obs=[("Total", 2024, 142.0, "USD 100 million", "actual"),
             ("Total", 2030, 512.0, "USD 100 million", "estimate")],
        claims=[("cagr", 27.5, "percent", 2024, 2030, None, "stated")],
        # (512 / 142) ** (1/6) - 1 = 23.83%; bounds 511.5 / 142.5 .. 512.5 / 141.5: 23.74 .. 23.92, far below
        # 27.45: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 24: Traditional: a part (其中…佔) with its amount after its share, a later year of the whole
        text="根據康衡顧問最新報告，2024年全球醫療AI市場規模為268億美元，其中醫學影像佔41.8%，規模約112億美元。預估2029年"
             "整體市場將達到1,022億美元。",
        obs=[("Total", 2024, 268.0, "USD 100 million", "actual"), ("醫學影像", 2024, 112.0, "USD 100 million", "actual"),
             ("Total", 2029, 1022.0, "USD 100 million", "estimate")],
        claims=[("share", 41.8, "percent", 2024, 2024, None)],
        # 112 / 268 * 100 = 41.79 -> 41.8 exact (bounds 111.5 / 268.5 = 41.53 .. 112.5 / 267.5 = 42.06)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 25: fiscal years (2024财年), growth against the year before's printed amount
        text="据恒川咨询统计，印度AI服务市场2024财年规模达到58亿美元，较2023财年的44亿美元增长31%。",
        obs=[("Total", 2023, 44.0, "USD 100 million", "actual"), ("Total", 2024, 58.0, "USD 100 million", "actual")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)],
        # 58 / 44 - 1 = 31.82% -> 32, not 31; bounds 57.5 / 44.5 .. 58.5 / 43.5: 29.21 .. 34.48: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 26: a headline that rounds the body's figure, a source line, an About line with staff, offices, phone
        text="【睿观数据】中国计算机视觉市场2024年规模为468亿元\n"
             "来源：睿观数据 2025-01-09\n"
             "睿观数据发布的报告显示，2024年中国计算机视觉市场规模为468.2亿元，比上年增长15.4%，预计2029年将增至1,030亿元。\n"
             "关于睿观数据：公司成立于2009年，员工逾600人，在30个国家设有办事处。咨询电话：400-820-6618。",
        obs=[("Total", 2024, 468.2, "CNY 100 million", "actual"),
             ("Total", 2029, 1030.0, "CNY 100 million", "estimate")],
        claims=[("value", 468.0, "CNY 100 million", 2024, 2024, None), ("growth", 15.4, "percent", 2023, 2024, 1.0)],
        # the headline's 468亿元 is 468.2 rounded: narrative exact
        verdicts=[("narrative", "exact")]),
    dict(  # 27: a white paper's date line, a CAGR ("年均复合增长率约为") its amounts contradict
        text="2025年6月，青禾智库发布《对话式AI产业白皮书》。白皮书显示，2024年我国对话式AI市场规模为186亿元，预计到2028年"
             "将达到512亿元，2024-2028年年均复合增长率约为31.5%。",
        obs=[("Total", 2024, 186.0, "CNY 100 million", "actual"),
             ("Total", 2028, 512.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.5, "percent", 2024, 2028, None, "stated")],
        # (512 / 186) ** (1/4) - 1 = 28.81%; bounds 511.5 / 186.5 .. 512.5 / 185.5: 28.69 .. 28.93, below 31.45:
        # inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 28: a range for the target year (在…至…之间), an approximate base
        text="据远川研究所测算，2024年国内Robotaxi市场规模约为41亿元，预计2030年规模将在1,800亿元至2,200亿元之间。",
        obs=[("Total", 2024, 41.0, "CNY 100 million", "actual")],
        claims=[("value", 1800.0, "CNY 100 million", 2030, 2030, None),
                ("value", 2200.0, "CNY 100 million", 2030, 2030, None)],
        verdicts=[]),
    dict(  # 29: Traditional: a quarter's figure inside a yearly statement (no observation), a later year's forecast
        text="據宏遠產業研究統計，2024年全球AI晶片出貨金額為1,160億美元，其中第四季單季即達352億美元；預計2026年將成長至"
             "2,050億美元。",
        obs=[("Total", 2024, 1160.0, "USD 100 million", "actual"),
             ("Total", 2026, 2050.0, "USD 100 million", "estimate")],
        claims=[],
        verdicts=[]),
    dict(  # 30: a revised forecast (由…上调至, the old figure replaced), the base in another sentence, the CAGR's span
        text="华信咨询上调边缘AI市场预测：将2027年中国边缘AI市场规模预测值由980亿元上调至1,150亿元。该机构数据显示，2024年"
             "市场规模为426亿元，对应2024-2027年复合增长率39.2%。",
        obs=[("Total", 2024, 426.0, "CNY 100 million", "actual"),
             ("Total", 2027, 1150.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 39.2, "percent", 2024, 2027, None, "stated")],
        # (1150 / 426) ** (1/3) - 1 = 39.24% -> 39.2 exact (bounds 1149.5 / 426.5 .. 1150.5 / 425.5: 39.17 .. 39.31)
        verdicts=[("cagr", "exact")]),
    # ------------------------------------------------------------------ tables
    dict(  # 31: scenarios as rows (base / optimistic / conservative), a forecast column and a CAGR column with its span
        text="Generative AI software revenue by scenario (USD billion), Alder & Finch, March 2025\n"
             "| Scenario | 2024 | 2030F | CAGR 2024-2030 |\n"
             "|---|---|---|---|\n"
             "| Base case | 35.8 | 165.8 | 29.1% |\n"
             "| Optimistic | 35.8 | 231.4 | 36.5% |\n"
             "| Conservative | 35.8 | 118.0 | 22.0% |",
        obs=[("Base case", 2024, 35.8, "USD billion", "actual"), ("Base case", 2030, 165.8, "USD billion", "estimate"),
             ("Optimistic", 2024, 35.8, "USD billion", "actual"),
             ("Optimistic", 2030, 231.4, "USD billion", "estimate"),
             ("Conservative", 2024, 35.8, "USD billion", "actual"),
             ("Conservative", 2030, 118.0, "USD billion", "estimate")],
        claims=[("cagr", 29.1, "percent", 2024, 2030, None, "stated"),
                ("cagr", 36.5, "percent", 2024, 2030, None, "stated"),
                ("cagr", 22.0, "percent", 2024, 2030, None, "stated")],
        # (165.8 / 35.8) ** (1/6) - 1 = 29.11% -> 29.1 exact (bounds 29.07 .. 29.14);
        # (231.4 / 35.8) ** (1/6) - 1 = 36.48% -> 36.5 exact (bounds 36.45 .. 36.52);
        # (118.0 / 35.8) ** (1/6) - 1 = 21.99% -> 22.0 exact (bounds 21.96 .. 22.03)
        verdicts=[("cagr", "exact"), ("cagr", "exact"), ("cagr", "exact")]),
    dict(  # 32: tab-separated applications with a total row and a growth column; a source line with ID and pages
        text="AI in healthcare revenue by application, USD million\n"
             "Application\t2023\t2024\tGrowth\n"
             "Medical imaging\t4,120\t5,390\t30.8%\n"
             "Drug discovery\t1,870\t2,610\t39.6%\n"
             "Clinical workflow\t2,310\t2,940\t27.3%\n"
             "Total\t8,300\t10,940\t31.8%\n"
             "Source: Fenwick Health Data. Report ID 20931; 146 pages.",
        obs=[("Medical imaging", 2023, 4120.0, "USD million", "actual"),
             ("Medical imaging", 2024, 5390.0, "USD million", "actual"),
             ("Drug discovery", 2023, 1870.0, "USD million", "actual"),
             ("Drug discovery", 2024, 2610.0, "USD million", "actual"),
             ("Clinical workflow", 2023, 2310.0, "USD million", "actual"),
             ("Clinical workflow", 2024, 2940.0, "USD million", "actual"),
             ("Total", 2023, 8300.0, "USD million", "actual"), ("Total", 2024, 10940.0, "USD million", "actual")],
        claims=[("growth", 30.8, "percent", 2023, 2024, 1.0), ("growth", 39.6, "percent", 2023, 2024, 1.0),
                ("growth", 27.3, "percent", 2023, 2024, 1.0), ("growth", 31.8, "percent", 2023, 2024, 1.0)],
        # 4,120 + 1,870 + 2,310 = 8,300; 5,390 + 2,610 + 2,940 = 10,940: hierarchy exact.
        # 5390 / 4120 - 1 = 30.83% -> 30.8; 2610 / 1870 - 1 = 39.57% -> 39.6; 2940 / 2310 - 1 = 27.27% -> 27.3;
        # 10940 / 8300 - 1 = 31.81% -> 31.8: each exact
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 33: space-aligned Chinese table, years as columns, an E year, a 同比 row under its row
        text="表1 中国AI服务器市场规模（亿元）\n"
             "指标          2022     2023     2024    2025E\n"
             "市场规模       412      638    1,027    1,486\n"
             "同比增速         —    54.9%    61.0%    44.7%",
        obs=[("市场规模", 2022, 412.0, "CNY 100 million", "actual"), ("市场规模", 2023, 638.0, "CNY 100 million", "actual"),
             ("市场规模", 2024, 1027.0, "CNY 100 million", "actual"),
             ("市场规模", 2025, 1486.0, "CNY 100 million", "estimate")],
        claims=[("growth", 54.9, "percent", 2022, 2023, 1.0), ("growth", 61.0, "percent", 2023, 2024, 1.0),
                ("growth", 44.7, "percent", 2024, 2025, 1.0)],
        # 638 / 412 - 1 = 54.85% -> 54.9 exact (bounds 54.55 .. 55.16); 1027 / 638 - 1 = 60.97% -> 61.0 exact
        # (bounds 60.77 .. 61.18); 1486 / 1027 - 1 = 44.69% -> 44.7 exact (bounds 44.57 .. 44.81)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 34: Traditional: regions with an 占比 column and a 合計 row, one share off by rounding
        text="全球AI晶片市場規模（億美元）\n"
             "| 區域 | 2024年 | 占比 |\n"
             "|---|---|---|\n"
             "| 北美 | 482 | 62.1% |\n"
             "| 亞太 | 196 | 25.3% |\n"
             "| 歐洲 | 97 | 12.5% |\n"
             "| 合計 | 775 | 100.0% |",
        obs=[("北美", 2024, 482.0, "USD 100 million", "actual"), ("亞太", 2024, 196.0, "USD 100 million", "actual"),
             ("歐洲", 2024, 97.0, "USD 100 million", "actual"), ("合計", 2024, 775.0, "USD 100 million", "actual")],
        claims=[("share", 62.1, "percent", 2024, 2024, None), ("share", 25.3, "percent", 2024, 2024, None),
                ("share", 12.5, "percent", 2024, 2024, None)],
        # 482 + 196 + 97 = 775: hierarchy exact. 482 / 775 = 62.19%, not 62.1, but 481.5 / 775.5 = 62.09 .. 482.5 /
        # 774.5 = 62.30 reaches it: exact|rounding; 196 / 775 = 25.29 -> 25.3 exact; 97 / 775 = 12.52 -> 12.5 exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact|rounding"), ("arithmetic", "exact"),
                  ("arithmetic", "exact")]),
    dict(  # 35: fiscal-year columns in yen, segments and a total, a CAGR of the total in the sentence above
        text="Japan AI systems market (JPY billion), Sakuragi Research, February 2025. The total is forecast to grow "
             "at a CAGR of 18.6% from FY2024 to FY2028.\n"
             "| Segment | FY2023 | FY2024 | FY2028F |\n"
             "|---|---|---|---|\n"
             "| Hardware | 312.5 | 388.0 | 721.4 |\n"
             "| Software | 204.8 | 259.3 | 598.6 |\n"
             "| Services | 151.2 | 173.5 | 304.0 |\n"
             "| Total | 668.5 | 820.8 | 1,624.0 |",
        obs=[("Hardware", 2023, 312.5, "JPY billion", "actual"), ("Hardware", 2024, 388.0, "JPY billion", "actual"),
             ("Hardware", 2028, 721.4, "JPY billion", "estimate"),
             ("Software", 2023, 204.8, "JPY billion", "actual"), ("Software", 2024, 259.3, "JPY billion", "actual"),
             ("Software", 2028, 598.6, "JPY billion", "estimate"),
             ("Services", 2023, 151.2, "JPY billion", "actual"), ("Services", 2024, 173.5, "JPY billion", "actual"),
             ("Services", 2028, 304.0, "JPY billion", "estimate"),
             ("Total", 2023, 668.5, "JPY billion", "actual"), ("Total", 2024, 820.8, "JPY billion", "actual"),
             ("Total", 2028, 1624.0, "JPY billion", "estimate")],
        claims=[("cagr", 18.6, "percent", 2024, 2028, None, "stated")],
        # 312.5 + 204.8 + 151.2 = 668.5; 388.0 + 259.3 + 173.5 = 820.8; 721.4 + 598.6 + 304.0 = 1,624.0: hierarchy
        # exact. (1624.0 / 820.8) ** (1/4) - 1 = 18.60% -> 18.6 exact (bounds 18.598 .. 18.603)
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 36: space-aligned regions with a Share column and a total row, one share wrong; a running page footer
        text="Table 3. Computer vision market by region, 2024 (USD billion)\n"
             "Region           Revenue   Share\n"
             "North America      9.84     38.6%\n"
             "Europe             6.12     24.0%\n"
             "Asia Pacific       7.95     33.2%\n"
             "Rest of world      1.59      6.2%\n"
             "Total             25.50    100.0%\n"
             "Halden Research | AI Market Outlook 2025 | page 41",
        obs=[("North America", 2024, 9.84, "USD billion", "actual"), ("Europe", 2024, 6.12, "USD billion", "actual"),
             ("Asia Pacific", 2024, 7.95, "USD billion", "actual"),
             ("Rest of world", 2024, 1.59, "USD billion", "actual"),
             ("Total", 2024, 25.50, "USD billion", "actual")],
        claims=[("share", 38.6, "percent", 2024, 2024, None), ("share", 24.0, "percent", 2024, 2024, None),
                ("share", 33.2, "percent", 2024, 2024, None), ("share", 6.2, "percent", 2024, 2024, None)],
        # 9.84 + 6.12 + 7.95 + 1.59 = 25.50: hierarchy exact. 9.84 / 25.50 = 38.59 -> 38.6 exact; 6.12 / 25.50 =
        # 24.00 exact; 7.95 / 25.50 = 31.18, bounds 7.945 / 25.505 = 31.15 .. 7.955 / 25.495 = 31.20, far below
        # 33.15: inconsistent; 1.59 / 25.50 = 6.24 -> 6.2 exact (bounds 6.21 .. 6.26)
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("arithmetic", "inconsistent"), ("arithmetic", "exact")]),
    dict(  # 37: tab-separated vendors with an amount column (unit in its header), a 市场份额 column, 合计 row
        text="2024年中国大模型平台市场厂商份额\n"
             "厂商\t收入（亿元）\t市场份额\n"
             "云启智能\t38.6\t21.4%\n"
             "墨岚科技\t29.9\t16.6%\n"
             "星川AI\t22.1\t12.3%\n"
             "其他\t89.8\t49.8%\n"
             "合计\t180.4\t100%",
        obs=[("云启智能", 2024, 38.6, "CNY 100 million", "actual"), ("墨岚科技", 2024, 29.9, "CNY 100 million", "actual"),
             ("星川AI", 2024, 22.1, "CNY 100 million", "actual"), ("其他", 2024, 89.8, "CNY 100 million", "actual"),
             ("合计", 2024, 180.4, "CNY 100 million", "actual")],
        claims=[("share", 21.4, "percent", 2024, 2024, None), ("share", 16.6, "percent", 2024, 2024, None),
                ("share", 12.3, "percent", 2024, 2024, None), ("share", 49.8, "percent", 2024, 2024, None)],
        # 38.6 + 29.9 + 22.1 + 89.8 = 180.4: hierarchy exact. 38.6 / 180.4 = 21.40; 29.9 / 180.4 = 16.57;
        # 22.1 / 180.4 = 12.25 (bounds 12.22 .. 12.28); 89.8 / 180.4 = 49.78: each rounds to its printed share, exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("arithmetic", "exact")]),
    dict(  # 38: Traditional: E years, a CAGR column with its span, one rate only within rounding, a 合計 row
        text="表：中國邊緣AI市場規模預測（億元）\n"
             "| 類別 | 2024年 | 2025E | 2029E | 2024-2029年複合成長率 |\n"
             "|---|---|---|---|---|\n"
             "| 邊緣AI硬體 | 318 | 402 | 867 | 22.2% |\n"
             "| 邊緣AI軟體 | 96 | 131 | 342 | 29.1% |\n"
             "| 合計 | 414 | 533 | 1,209 | 23.9% |",
        obs=[("邊緣AI硬體", 2024, 318.0, "CNY 100 million", "actual"),
             ("邊緣AI硬體", 2025, 402.0, "CNY 100 million", "estimate"),
             ("邊緣AI硬體", 2029, 867.0, "CNY 100 million", "estimate"),
             ("邊緣AI軟體", 2024, 96.0, "CNY 100 million", "actual"),
             ("邊緣AI軟體", 2025, 131.0, "CNY 100 million", "estimate"),
             ("邊緣AI軟體", 2029, 342.0, "CNY 100 million", "estimate"),
             ("合計", 2024, 414.0, "CNY 100 million", "actual"), ("合計", 2025, 533.0, "CNY 100 million", "estimate"),
             ("合計", 2029, 1209.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
                ("cagr", 29.1, "percent", 2024, 2029, None, "stated"),
                ("cagr", 23.9, "percent", 2024, 2029, None, "stated")],
        # 318 + 96 = 414; 402 + 131 = 533; 867 + 342 = 1,209: hierarchy exact.
        # (867 / 318) ** (1/5) - 1 = 22.21% -> 22.2 exact (bounds 22.16 .. 22.27);
        # (342 / 96) ** (1/5) - 1 = 28.93% -> 28.9, not 29.1, but 342.5 / 95.5 gives 29.10: rounding
        # (bounds 28.76 .. 29.10);
        # (1209 / 414) ** (1/5) - 1 = 23.90% -> 23.9 exact (bounds 23.86 .. 23.94)
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "rounding"), ("cagr", "exact")]),
    dict(  # 39: euros in millions, space-aligned, labels holding digits (Level 2/2+), a short CAGR span header
        text="European ADAS and autonomous driving software revenue (EUR million), forecast from 2025\n"
             "                 2023     2024     2030F    CAGR 2024-30\n"
             "Level 2/2+      2,840    3,310    6,920      13.1%\n"
             "Level 3           145      262    2,180      42.4%\n"
             "Level 4            38       71    1,460      65.5%",
        obs=[("Level 2/2+", 2023, 2840.0, "EUR million", "actual"),
             ("Level 2/2+", 2024, 3310.0, "EUR million", "actual"),
             ("Level 2/2+", 2030, 6920.0, "EUR million", "estimate"),
             ("Level 3", 2023, 145.0, "EUR million", "actual"), ("Level 3", 2024, 262.0, "EUR million", "actual"),
             ("Level 3", 2030, 2180.0, "EUR million", "estimate"),
             ("Level 4", 2023, 38.0, "EUR million", "actual"), ("Level 4", 2024, 71.0, "EUR million", "actual"),
             ("Level 4", 2030, 1460.0, "EUR million", "estimate")],
        claims=[("cagr", 13.1, "percent", 2024, 2030, None, "stated"),
                ("cagr", 42.4, "percent", 2024, 2030, None, "stated"),
                ("cagr", 65.5, "percent", 2024, 2030, None, "stated")],
        # (6920 / 3310) ** (1/6) - 1 = 13.08% -> 13.1 exact (bounds 13.07 .. 13.08);
        # (2180 / 262) ** (1/6) - 1 = 42.35% -> 42.4 exact (bounds 42.30 .. 42.40);
        # (1460 / 71) ** (1/6) - 1 = 65.52% -> 65.5 exact (bounds 65.32 .. 65.72)
        verdicts=[("cagr", "exact"), ("cagr", "exact"), ("cagr", "exact")]),
    dict(  # 40: a quarter's column inside a yearly table (no observation), a y/y row under its row, one y/y rounded
        text="AI agent platform revenue (USD billion), Wexley & Marsh, January 2025\n"
             "| Metric | 2023 | 2024 | Q4 2024 | 2025E |\n"
             "|---|---|---|---|---|\n"
             "| Revenue | 3.8 | 6.1 | 2.0 | 10.4 |\n"
             "| y/y | — | 62.0% | — | 70.5% |",
        obs=[("Revenue", 2023, 3.8, "USD billion", "actual"), ("Revenue", 2024, 6.1, "USD billion", "actual"),
             ("Revenue", 2025, 10.4, "USD billion", "estimate")],
        claims=[("growth", 62.0, "percent", 2023, 2024, 1.0), ("growth", 70.5, "percent", 2024, 2025, 1.0)],
        # 6.1 / 3.8 - 1 = 60.53%, not 62.0; bounds 6.05 / 3.85 .. 6.15 / 3.75: 57.14 .. 64.00: rounding;
        # 10.4 / 6.1 - 1 = 70.49% -> 70.5 exact (bounds 68.29 .. 72.73)
        verdicts=[("cagr|implied", "rounding"), ("cagr|implied", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eleventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 6, "inconsistent": 5, "rounding": 4, "exact": 50}
#: forms of whole documents and the noise they carry that the set is meant to cover, each in some snippet
FORMS = (
    '/PRNewswire/ --',
    '(GLOBE NEWSWIRE) --',
    'Report ID',
    'pages',
    'Founded in',
    'Contact: +1',
    '62% of respondents',
    'offices in 30 countries',
    'a 20% discount',
    'Of the $26.7 billion spent',
    'Leading vendor',
    '412 deals, or 33.2% of the total',
    'raised its 2027 forecast',
    'between $58 billion and $66 billion',
    'FY2024',
    'fourth quarter alone',
    '£2.38bn',
    '€14.8 billion',
    'JPY',
    'INR',
    'more than triple',
    '$1.2 trillion',
    'Nearly USD 500 Million',
    '北京，2025年3月4日——',
    '头部厂商',
    '万亿元',
    '增长2.3倍',
    '十亿美元',
    '2024财年',
    '62%的受访企业',
    '关于',
    '上调至',
    '之间',
    '年增',
    '年複合成長率',
    '第四季',
    '| Optimistic |',
    'Growth',
    '同比增速',
    '| 占比 |',
    'FY2028F',
    'Share',
    '市场份额',
    '2024-2029年複合成長率',
    'CAGR 2024-30',
    'Q4 2024',
    'y/y',
)
#: read blind once: figures 140/154 (91%), rates 40/42 (95%), verdicts 54/63 (86%), false inconsistent 1 (a company's
#: head count in its About paragraph held to another boilerplate number). Then mended, each with a test of its own:
#: a dateline's place and date, About and contact paragraphs, a survey's answers, a discount and a quarter named as
#: a part of the year give no figure; a part's title before its name; a part's amount after its share ("with revenue
#: of", "，規模約"); a whole named first ("Of the $26.7 billion spent ..."); counts of deals and units; a quarter's
#: column among a table's years; a headline's yearless amount of the year of the body's figure it rounds; 超 and a
#: numeral-less 十亿; a rate of "the total" beside a table, and a caption sharing its line with a sentence. These floors
#: hold what that gave.
FLOORS = {"figures_found": 154, "rates_found": 42, "verdicts_right": 63}


if __name__ == "__main__":  # python tests/extract_checkset11.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
