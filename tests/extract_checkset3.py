"""A third check set for the extractor, written blind: snippets phrased apart from its rules and the earlier sets.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without reading the extractor's rules and without running it on them, after the forms press releases,
report summaries, results statements and PDF tables take in English and Chinese (simplified and traditional),
and on markets, publishers and word orders the two earlier sets do not use. The figures are plausible; the
sentences are the project's own. The arithmetic behind each figure and verdict is worked out beside it (a CAGR is
(end / start) ** (1 / years) - 1; its bounds take each printed input at half its last digit either way: exact
when the recomputed rate rounds to the printed one, rounding when only some reading of the inputs reaches it,
inconsistent when none does).

Conventions, as in the earlier sets: a figure in prose belongs to item ``Total``, a table's to its row label as
printed (a column header's label without its bracketed unit when years are rows); a stated CAGR carries no
``period_years`` (its years say it), a year-on-year rate carries 1, a multiple between two years carries their
distance; a rate's period is ``stated`` when the sentence gives its span or length and ``inferred`` when only
the years of its amounts do (then the audit may read the span either as start..end or start+1..end, and the
verdict row allows ``cagr|period``); a range gives two ``value`` claims for its year, and so does a lower bound
("more than", "超过", "逾"), as one; a ``share`` has its year as both start and end; the base of a forecast is
``actual`` and the figure a forecast cue governs ``estimate``. One series keeps one unit (the first its text
prints), so a later figure in another scale is expected converted to it.
``python tests/extract_checkset3.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ---------------------------------------------------------------- English prose
    dict(  # 1: a publisher leads; "was valued at ... anticipated to climb to ... registering a CAGR of"
        text="According to Halvorsen & Kite Research, the AI in agriculture market was valued at USD 5.82 billion in "
             "2023 and is anticipated to climb to USD 35.6 billion by 2030, registering a CAGR of 29.5% during the "
             "forecast period.",
        obs=[("Total", 2023, 5.82, "USD billion", "actual"), ("Total", 2030, 35.6, "USD billion", "estimate")],
        claims=[("cagr", 29.5, "percent", 2023, 2030, None, "inferred")],
        # (35.6 / 5.82) ** (1/7) - 1 = 29.53%, which rounds to 29.5%: exact over 2023-2030
        verdicts=[("cagr|period", "exact")]),
    dict(  # 2: "grew X% year over year to" before the year, an attribution after it
        text="Contact-centre AI software revenue grew 31% year over year to $4.6 billion in 2024, the research firm "
             "said on Tuesday.",
        obs=[("Total", 2024, 4.6, "USD billion", "actual")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)],
        # implies 4.6 / 1.31 = 3.51 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 3: a range in words, "between 18 and 22 billion US dollars", the currency spelled out after both ends
        text="Analysts put the 2029 market for automotive AI chips at somewhere between 18 and 22 billion US dollars.",
        obs=[],
        claims=[("value", 18.0, "USD billion", 2029, 2029, None), ("value", 22.0, "USD billion", 2029, 2029, None)],
        verdicts=[]),
    dict(  # 4: "three times its 2024 level", target before base, both values given
        text="By 2027, AI data-labelling revenue should be three times its 2024 level, climbing to $10.2 billion from "
             "$3.4 billion.",
        obs=[("Total", 2024, 3.4, "USD billion", "actual"), ("Total", 2027, 10.2, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],
        # 10.2 / 3.4 = 3.000 exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 5: "accounted for X% of" the market whose size the same sentence gives
        text="North American buyers accounted for 38.4% of the USD 9.1 billion spent on AI-enabled retail analytics "
             "in 2024.",
        obs=[("Total", 2024, 9.1, "USD billion", "actual")],
        claims=[("share", 38.4, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 6: a results statement dated by "the year ended", the prior year restated in "(2023: £...)"
        text="For the year ended 31 December 2024, AI solutions revenue was \u00a3489.2m (2023: \u00a3412.1m), an "
             "increase of 18.7%.",
        obs=[("Total", 2024, 489.2, "GBP million", "actual"), ("Total", 2023, 412.1, "GBP million", "actual")],
        claims=[("growth", 18.7, "percent", 2023, 2024, 1.0)],
        # 489.2 / 412.1 - 1 = 18.71%, which rounds to 18.7%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 7: a heading over "* " bullets, each a label, a year and an amount, the span with the CAGR
        text="AI in logistics: market snapshot\n* 2023 value: US$11.9 billion\n* 2031 projection: US$71.6 billion\n"
             "* CAGR, 2023\u20132031: 25.1%",
        obs=[("Total", 2023, 11.9, "USD billion", "actual"), ("Total", 2031, 71.6, "USD billion", "estimate")],
        claims=[("cagr", 25.1, "percent", 2023, 2031, None, "stated")],
        # (71.6 / 11.9) ** (1/8) - 1 = 25.15%, which rounds to 25.1%
        verdicts=[("cagr", "exact")]),
    dict(  # 8: a stated span whose rate the figures do not bear out
        text="Speech and voice recognition revenue reached USD 14.8 billion in 2022 and is predicted to hit USD 49.2 "
             "billion by 2029, expanding at a CAGR of 21.4% between 2022 and 2029.",
        obs=[("Total", 2022, 14.8, "USD billion", "actual"), ("Total", 2029, 49.2, "USD billion", "estimate")],
        claims=[("cagr", 21.4, "percent", 2022, 2029, None, "stated")],
        # (49.2 / 14.8) ** (1/7) - 1 = 18.72%; the bounds (49.15 / 14.85) and (49.25 / 14.75) give 18.65% to
        # 18.80%, nowhere near 21.4%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 9: "more than" a figure is a lower bound; the base in units after "up from"
        text="Shipments of smartphones able to run generative AI on the device are forecast at more than 900 million "
             "units in 2028, up from 234 million in 2024.",
        obs=[("Total", 2024, 234.0, "count million", "actual")],
        claims=[("value", 900.0, "count million", 2028, 2028, None)],
        verdicts=[]),
    dict(  # 10: a decline "year on year" in euro millions, a reason after the figure
        text="Revenue from standalone machine-translation licences declined 6.5% year on year to EUR 312 million in "
             "2024 as customers moved to bundled language-model services.",
        obs=[("Total", 2024, 312.0, "EUR million", "actual")],
        claims=[("growth", -6.5, "percent", 2023, 2024, 1.0)],
        # implies 312 / 0.935 = 333.7 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 11: PDF text: the base's unit and the span's end year each on the line after; holds only by rounding
        text="The global market for AI-based medical imaging software was worth USD 3.47\nbillion in 2024 and is "
             "forecast to grow at a CAGR of 36.0% from 2024 to\n2030, reaching USD 21.9 billion in 2030.",
        obs=[("Total", 2024, 3.47, "USD billion", "actual"), ("Total", 2030, 21.9, "USD billion", "estimate")],
        claims=[("cagr", 36.0, "percent", 2024, 2030, None, "stated")],
        # (21.9 / 3.47) ** (1/6) - 1 = 35.94% (rounds to 35.9%, not 36.0%); (21.95 / 3.465) ** (1/6) - 1 = 36.03%
        # reaches 36.0%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 12: target first, base after "up from", the rate after "advancing at"
        text="The AI-driven pharmacovigilance market is projected to hit $2.34 billion in 2032, up from $0.61 billion "
             "in 2024, advancing at a CAGR of 18.3%.",
        obs=[("Total", 2024, 0.61, "USD billion", "actual"), ("Total", 2032, 2.34, "USD billion", "estimate")],
        claims=[("cagr", 18.3, "percent", 2024, 2032, None, "inferred")],
        # (2.34 / 0.61) ** (1/8) - 1 = 18.30%: exact over 2024-2032
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: a fractional multiple, "2.5 times the ... raised in 2021"
        text="Venture funding for AI robotics start-ups totalled $7.5 billion in 2024, 2.5 times the $3.0 billion "
             "raised in 2021.",
        obs=[("Total", 2024, 7.5, "USD billion", "actual"), ("Total", 2021, 3.0, "USD billion", "actual")],
        claims=[("multiple", 2.5, "multiple", 2021, 2024, 3.0)],
        # 7.5 / 3.0 = 2.500 exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 14: "compared with" the prior year, the rise last and above 100%
        text="Sales of data-centre AI accelerators came to $115.2 billion in 2024, compared with $47.8 billion in "
             "2023, an increase of 141%.",
        obs=[("Total", 2024, 115.2, "USD billion", "actual"), ("Total", 2023, 47.8, "USD billion", "actual")],
        claims=[("growth", 141.0, "percent", 2023, 2024, 1.0)],
        # 115.2 / 47.8 - 1 = 141.00%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: "a five-year CAGR" after both figures: the period is stated by its length
        text="The AI-in-insurance market is expected to expand from $8.6 billion in 2024 to $35.7 billion in 2029, "
             "a five-year CAGR of 32.9%.",
        obs=[("Total", 2024, 8.6, "USD billion", "actual"), ("Total", 2029, 35.7, "USD billion", "estimate")],
        claims=[("cagr", 32.9, "percent", 2024, 2029, None, "stated")],
        # (35.7 / 8.6) ** (1/5) - 1 = 32.93%, which rounds to 32.9%
        verdicts=[("cagr", "exact")]),
    dict(  # 16: fiscal years, "rose X% to A from B a year earlier", and the rise misprinted
        text="Annual recurring revenue from the company's AI assistants rose 24% to $1.86 billion in fiscal 2025 "
             "from $1.62 billion a year earlier.",
        obs=[("Total", 2025, 1.86, "USD billion", "actual"), ("Total", 2024, 1.62, "USD billion", "actual")],
        claims=[("growth", 24.0, "percent", 2024, 2025, 1.0)],
        # 1.86 / 1.62 - 1 = 14.81%; the bounds 1.855 / 1.625 - 1 = 14.15% and 1.865 / 1.615 - 1 = 15.48% are far
        # from 24%: inconsistent
        verdicts=[("cagr|implied", "inconsistent")]),
    # ---------------------------------------------------------------- Simplified Chinese prose
    dict(  # 17: a forecast with no base; "五年复合增长率" states a five-year span ending at the target
        text="据业内机构预测，到2028年中国人工智能总投资规模将达到1,011亿美元，五年复合增长率约为24.1%。",
        obs=[("Total", 2028, 1011.0, "USD 100 million", "estimate")],
        claims=[("cagr", 24.1, "percent", 2023, 2028, None, "stated")],
        # implies 1011 / 1.241 ** 5 = 343.5 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 18: the year in full-width parentheses after 去年; 同比增长…至 before the level
        text="去年（2024年）我国智能网联汽车AI软件市场同比增长22.6%至287.5亿元。",
        obs=[("Total", 2024, 287.5, "CNY 100 million", "actual")],
        claims=[("growth", 22.6, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 19: 同比减少 (a decline) before the level, 全年仅出货 and 万台
        text="2024年，国内消费级无人机AI模组出货量同比减少11.2%，全年仅出货612万台。",
        obs=[("Total", 2024, 612.0, "count 10 thousand", "actual")],
        claims=[("growth", -11.2, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 20: 万亿元 target printed first, 亿元 base after 而, a rate 接近 a round figure
        text="有研究机构预计，到2030年我国人工智能核心产业规模将达到1.73万亿元，而2024年约为5,800亿元，年均复合增长率接近20%。",
        # one series keeps one unit, the first printed: 5,800亿元 = 0.58 CNY trillion
        obs=[("Total", 2030, 1.73, "CNY trillion", "estimate"), ("Total", 2024, 0.58, "CNY trillion", "actual")],
        claims=[("cagr", 20.0, "percent", 2024, 2030, None, "inferred")],
        # (17300 / 5800) ** (1/6) - 1 = 19.98%, which rounds to 20%: exact over 2024-2030
        verdicts=[("cagr|period", "exact")]),
    dict(  # 21: 分别为 over three years joined by 、 and 和, then a stated span; holds only by rounding
        text="2022年、2023年和2024年，我国AI训练数据服务市场规模分别为38.6亿元、52.1亿元和71.9亿元，2022-2024年复合增长率为36.6%。",
        obs=[("Total", 2022, 38.6, "CNY 100 million", "actual"), ("Total", 2023, 52.1, "CNY 100 million", "actual"),
             ("Total", 2024, 71.9, "CNY 100 million", "actual")],
        claims=[("cagr", 36.6, "percent", 2022, 2024, None, "stated")],
        # (71.9 / 38.6) ** (1/2) - 1 = 36.48% (rounds to 36.5%); (71.95 / 38.55) ** (1/2) - 1 = 36.62% reaches
        # 36.6%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 22: 由…年的…增长至…年的…, 亿美元, 年复合增长率达 at the end
        text="全球AI芯片市场规模由2020年的175亿美元增长至2024年的712亿美元，年复合增长率达42.0%。",
        obs=[("Total", 2020, 175.0, "USD 100 million", "actual"), ("Total", 2024, 712.0, "USD 100 million", "actual")],
        claims=[("cagr", 42.0, "percent", 2020, 2024, None, "inferred")],
        # (712 / 175) ** (1/4) - 1 = 42.02%, which rounds to 42.0%: exact over 2020-2024
        verdicts=[("cagr|period", "exact")]),
    dict(  # 23: 从…扩大到…, the span in parentheses after 期间; the rate does not hold
        text="预计中国AI教育市场规模将从2024年的312亿元扩大到2029年的1,046亿元，期间（2024-2029年）年复合增长率为31.5%。",
        obs=[("Total", 2024, 312.0, "CNY 100 million", "actual"), ("Total", 2029, 1046.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.5, "percent", 2024, 2029, None, "stated")],
        # (1046 / 312) ** (1/5) - 1 = 27.37%; the bounds give 27.32% to 27.43%, not 31.5%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 24: 超过 a figure is a lower bound for the forecast year; the base before it is actual
        text="2024年中国大模型市场规模为294.2亿元，有机构预计2025年将超过500亿元。",
        obs=[("Total", 2024, 294.2, "CNY 100 million", "actual")],
        claims=[("value", 500.0, "CNY 100 million", 2025, 2025, None)],
        verdicts=[]),
    dict(  # 25: 约为2023年的3.4倍 against a year whose value is not given
        text="2024年我国AI手机出货量为3,740万台，约为2023年的3.4倍。",
        obs=[("Total", 2024, 3740.0, "count 10 thousand", "actual")],
        claims=[("multiple", 3.4, "multiple", 2023, 2024, 1.0)],
        # implies 3740 / 3.4 = 1100 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 26: two years each with its own 同比 rate, a fall then a rise, split by a semicolon
        text="2023年中国人工智能领域融资总额为1,028亿元，同比下降18.6%；2024年回升至1,247亿元，同比增长21.3%。",
        obs=[("Total", 2023, 1028.0, "CNY 100 million", "actual"), ("Total", 2024, 1247.0, "CNY 100 million", "actual")],
        claims=[("growth", -18.6, "percent", 2022, 2023, 1.0), ("growth", 21.3, "percent", 2023, 2024, 1.0)],
        # 1247 / 1028 - 1 = 21.30%; the fall implies 1028 / 0.814 = 1263 in 2022, which the text does not give
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 27: PDF text broken inside the unit (亿美 / 元) and before the target; a bare "CAGR为"
        text="2024年全球AI+医疗市场规模约为\n146.3亿美\n元，预计2030年将达到\n692.8亿美元，CAGR为29.6%。",
        obs=[("Total", 2024, 146.3, "USD 100 million", "actual"), ("Total", 2030, 692.8, "USD 100 million", "estimate")],
        claims=[("cagr", 29.6, "percent", 2024, 2030, None, "inferred")],
        # (692.8 / 146.3) ** (1/6) - 1 = 29.59%, which rounds to 29.6%: exact over 2024-2030
        verdicts=[("cagr|period", "exact")]),
    # ---------------------------------------------------------------- Traditional Chinese prose
    dict(  # 28: 逾 a figure is a lower bound, then a share of the whole (比重約為)
        text="2024年全球AI PC出貨量逾5,000萬台，占整體PC出貨量的比重約為19%。",
        obs=[],
        claims=[("value", 5000.0, "count 10 thousand", 2024, 2024, None), ("share", 19.0, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 29: 年增率 after the level, then 預估…可望成長至 a forecast for the next year
        text="2024年台灣AI伺服器出口金額達432.6億美元，年增率85.3%，預估2025年可望成長至601億美元。",
        obs=[("Total", 2024, 432.6, "USD 100 million", "actual"), ("Total", 2025, 601.0, "USD 100 million", "estimate")],
        claims=[("growth", 85.3, "percent", 2023, 2024, 1.0)],
        # implies 432.6 / 1.853 = 233.5 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 30: 自…攀升至…, the span 2024至2030年間 before 年複合成長率約
        text="全球生成式AI軟體支出預計自2024年的370億美元攀升至2030年的2,630億美元，2024至2030年間年複合成長率約38.7%。",
        obs=[("Total", 2024, 370.0, "USD 100 million", "actual"), ("Total", 2030, 2630.0, "USD 100 million", "estimate")],
        claims=[("cagr", 38.7, "percent", 2024, 2030, None, "stated")],
        # (2630 / 370) ** (1/6) - 1 = 38.66%, which rounds to 38.7%
        verdicts=[("cagr", "exact")]),
    # ---------------------------------------------------------------- tables
    dict(  # 31: Markdown pipes, "(USD million)" in the caption, 2024 / 2025E / 2030F and "CAGR 2025-2030", a total
        text="Global AI in manufacturing market by component (USD million)\n"
             "| Component | 2024 | 2025E | 2030F | CAGR 2025-2030 |\n|---|---|---|---|---|\n"
             "| Hardware | 1,842.5 | 2,271.0 | 6,915.4 | 24.9% |\n| Software | 2,406.8 | 3,118.2 | 12,604.7 | 32.2% |\n"
             "| Services | 1,120.3 | 1,402.6 | 4,388.9 | 25.6% |\n| Total | 5,369.6 | 6,791.8 | 23,909.0 | 28.6% |",
        obs=[("Hardware", 2024, 1842.5, "USD million", "actual"), ("Hardware", 2025, 2271.0, "USD million", "estimate"),
             ("Hardware", 2030, 6915.4, "USD million", "estimate"),
             ("Software", 2024, 2406.8, "USD million", "actual"), ("Software", 2025, 3118.2, "USD million", "estimate"),
             ("Software", 2030, 12604.7, "USD million", "estimate"),
             ("Services", 2024, 1120.3, "USD million", "actual"), ("Services", 2025, 1402.6, "USD million", "estimate"),
             ("Services", 2030, 4388.9, "USD million", "estimate"),
             ("Total", 2024, 5369.6, "USD million", "actual"), ("Total", 2025, 6791.8, "USD million", "estimate"),
             ("Total", 2030, 23909.0, "USD million", "estimate")],
        claims=[("cagr", 24.9, "percent", 2025, 2030, None, "stated"), ("cagr", 32.2, "percent", 2025, 2030, None, "stated"),
                ("cagr", 25.6, "percent", 2025, 2030, None, "stated"), ("cagr", 28.6, "percent", 2025, 2030, None, "stated")],
        # 1842.5 + 2406.8 + 1120.3 = 5369.6, 2271.0 + 3118.2 + 1402.6 = 6791.8, 6915.4 + 12604.7 + 4388.9 = 23909.0;
        # (6915.4/2271.0)^(1/5) - 1 = 24.95%, (12604.7/3118.2)^(1/5) - 1 = 32.23%, (4388.9/1402.6)^(1/5) - 1 = 25.63%,
        # (23909.0/6791.8)^(1/5) - 1 = 28.62%: each rounds to the printed rate
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 32: tab-separated "FY2023 FY2024 Change", "(£m)" in the caption, a decline with a minus sign
        text="AI division results (\u00a3m)\nSegment\tFY2023\tFY2024\tChange\nLicences\t214.6\t251.9\t17.4%\n"
             "Platform\t98.4\t131.7\t33.8%\nSupport\t57.3\t52.8\t-7.9%\nTotal\t370.3\t436.4\t17.9%",
        obs=[("Licences", 2023, 214.6, "GBP million", "actual"), ("Licences", 2024, 251.9, "GBP million", "actual"),
             ("Platform", 2023, 98.4, "GBP million", "actual"), ("Platform", 2024, 131.7, "GBP million", "actual"),
             ("Support", 2023, 57.3, "GBP million", "actual"), ("Support", 2024, 52.8, "GBP million", "actual"),
             ("Total", 2023, 370.3, "GBP million", "actual"), ("Total", 2024, 436.4, "GBP million", "actual")],
        claims=[("growth", 17.4, "percent", 2023, 2024, 1.0), ("growth", 33.8, "percent", 2023, 2024, 1.0),
                ("growth", -7.9, "percent", 2023, 2024, 1.0), ("growth", 17.9, "percent", 2023, 2024, 1.0)],
        # 214.6 + 98.4 + 57.3 = 370.3, 251.9 + 131.7 + 52.8 = 436.4; 251.9/214.6 - 1 = 17.38%,
        # 131.7/98.4 - 1 = 33.84%, 52.8/57.3 - 1 = -7.85%, 436.4/370.3 - 1 = 17.85%: each rounds to the printed one
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 33: space-aligned, "(EUR billion)", a two-digit end year "CAGR 2022-24"; one row's rate is wrong
        text="European enterprise AI spend by category (EUR billion)\n"
             "Category         2022    2023    2024    CAGR 2022-24\n"
             "Software         3.84    4.61    5.52    19.9%\n"
             "Cloud services   1.27    1.93    2.88    45.6%\n"
             "Consulting       0.92    1.05    1.21    14.7%\n"
             "Total            6.03    7.59    9.61    26.2%",
        obs=[("Software", 2022, 3.84, "EUR billion", "actual"), ("Software", 2023, 4.61, "EUR billion", "actual"),
             ("Software", 2024, 5.52, "EUR billion", "actual"),
             ("Cloud services", 2022, 1.27, "EUR billion", "actual"), ("Cloud services", 2023, 1.93, "EUR billion", "actual"),
             ("Cloud services", 2024, 2.88, "EUR billion", "actual"),
             ("Consulting", 2022, 0.92, "EUR billion", "actual"), ("Consulting", 2023, 1.05, "EUR billion", "actual"),
             ("Consulting", 2024, 1.21, "EUR billion", "actual"),
             ("Total", 2022, 6.03, "EUR billion", "actual"), ("Total", 2023, 7.59, "EUR billion", "actual"),
             ("Total", 2024, 9.61, "EUR billion", "actual")],
        claims=[("cagr", 19.9, "percent", 2022, 2024, None, "stated"), ("cagr", 45.6, "percent", 2022, 2024, None, "stated"),
                ("cagr", 14.7, "percent", 2022, 2024, None, "stated"), ("cagr", 26.2, "percent", 2022, 2024, None, "stated")],
        # 3.84 + 1.27 + 0.92 = 6.03, 4.61 + 1.93 + 1.05 = 7.59, 5.52 + 2.88 + 1.21 = 9.61;
        # (5.52/3.84)^(1/2) - 1 = 19.90%, (1.21/0.92)^(1/2) - 1 = 14.68%, (9.61/6.03)^(1/2) - 1 = 26.24%: exact;
        # (2.88/1.27)^(1/2) - 1 = 50.59%, bounds 50.17% to 51.01%, not 45.6%: inconsistent
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "inconsistent")]),
    dict(  # 34: a simplified Chinese table, 单位 on its own line under the caption, "2025年E", a 合计 row
        text="表3 中国人工智能产业规模（按层级）\n单位：亿元\n层级\t2023年\t2024年\t2025年E\n"
             "基础层\t412.8\t486.3\t571.9\n技术层\t268.4\t331.7\t402.5\n应用层\t905.6\t1,142.9\t1,436.2\n"
             "合计\t1,586.8\t1,960.9\t2,410.6",
        obs=[("基础层", 2023, 412.8, "CNY 100 million", "actual"), ("基础层", 2024, 486.3, "CNY 100 million", "actual"),
             ("基础层", 2025, 571.9, "CNY 100 million", "estimate"),
             ("技术层", 2023, 268.4, "CNY 100 million", "actual"), ("技术层", 2024, 331.7, "CNY 100 million", "actual"),
             ("技术层", 2025, 402.5, "CNY 100 million", "estimate"),
             ("应用层", 2023, 905.6, "CNY 100 million", "actual"), ("应用层", 2024, 1142.9, "CNY 100 million", "actual"),
             ("应用层", 2025, 1436.2, "CNY 100 million", "estimate"),
             ("合计", 2023, 1586.8, "CNY 100 million", "actual"), ("合计", 2024, 1960.9, "CNY 100 million", "actual"),
             ("合计", 2025, 2410.6, "CNY 100 million", "estimate")],
        claims=[],
        # 412.8 + 268.4 + 905.6 = 1586.8, 486.3 + 331.7 + 1142.9 = 1960.9, 571.9 + 402.5 + 1436.2 = 2410.6
        verdicts=[("hierarchy", "exact")]),
    dict(  # 35: a traditional Chinese table, space-aligned, 單位：億美元 in the caption, a 年增率 column, a 合計 row
        text="表4\u3000台灣AI相關出口值（單位：億美元）\n"
             "項目        2023年     2024年     年增率\n"
             "伺服器      686.4      1,013.7    47.7%\n"
             "網通設備    142.9      201.3      40.9%\n"
             "合計        829.3      1,215.0    46.5%",
        obs=[("伺服器", 2023, 686.4, "USD 100 million", "actual"), ("伺服器", 2024, 1013.7, "USD 100 million", "actual"),
             ("網通設備", 2023, 142.9, "USD 100 million", "actual"), ("網通設備", 2024, 201.3, "USD 100 million", "actual"),
             ("合計", 2023, 829.3, "USD 100 million", "actual"), ("合計", 2024, 1215.0, "USD 100 million", "actual")],
        claims=[("growth", 47.7, "percent", 2023, 2024, 1.0), ("growth", 40.9, "percent", 2023, 2024, 1.0),
                ("growth", 46.5, "percent", 2023, 2024, 1.0)],
        # 686.4 + 142.9 = 829.3, 1013.7 + 201.3 = 1215.0; 1013.7/686.4 - 1 = 47.68%, 201.3/142.9 - 1 = 40.87%,
        # 1215.0/829.3 - 1 = 46.51%: each rounds to the printed rate
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 36: a space-aligned table with a source line and a page footer between its rows
        text="Table 7: Enterprise AI platform revenue by vertical (USD million)\n"
             "Vertical              2023     2024\n"
             "Financial services   126.4    171.9\n"
             "Healthcare            88.7    113.2\n"
             "Source: company filings; analyst estimates              Page 14 of 52\n"
             "Retail                47.5     69.8\n"
             "Manufacturing         21.3     30.6\n"
             "Total                283.9    385.5",
        obs=[("Financial services", 2023, 126.4, "USD million", "actual"),
             ("Financial services", 2024, 171.9, "USD million", "actual"),
             ("Healthcare", 2023, 88.7, "USD million", "actual"), ("Healthcare", 2024, 113.2, "USD million", "actual"),
             ("Retail", 2023, 47.5, "USD million", "actual"), ("Retail", 2024, 69.8, "USD million", "actual"),
             ("Manufacturing", 2023, 21.3, "USD million", "actual"), ("Manufacturing", 2024, 30.6, "USD million", "actual"),
             ("Total", 2023, 283.9, "USD million", "actual"), ("Total", 2024, 385.5, "USD million", "actual")],
        claims=[],
        # 126.4 + 88.7 + 47.5 + 21.3 = 283.9, 171.9 + 113.2 + 69.8 + 30.6 = 385.5
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: years as rows (one with an E mark), the unit in a column header, "n/a" for the first growth
        text="Global AI PC shipments\nYear     Shipments (million units)     YoY growth\n"
             "2022     21.4                          n/a\n2023     50.2                          134.6%\n"
             "2024     98.7                          96.6%\n2025E    143.5                         45.4%",
        obs=[("Shipments", 2022, 21.4, "count million", "actual"), ("Shipments", 2023, 50.2, "count million", "actual"),
             ("Shipments", 2024, 98.7, "count million", "actual"), ("Shipments", 2025, 143.5, "count million", "estimate")],
        claims=[("growth", 134.6, "percent", 2022, 2023, 1.0), ("growth", 96.6, "percent", 2023, 2024, 1.0),
                ("growth", 45.4, "percent", 2024, 2025, 1.0)],
        # 50.2/21.4 - 1 = 134.58%, 98.7/50.2 - 1 = 96.61%, 143.5/98.7 - 1 = 45.39%: each rounds to the printed rate
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 38: Markdown with alignment colons, "(CNY billion)" in the caption, "CAGR 2024–30" with an en dash
        text="China AI agent platform spending, 2024-2030 (CNY billion)\n| Buyer | 2024 | 2030F | CAGR 2024\u201330 |\n"
             "| :--- | ---: | ---: | ---: |\n| Large enterprises | 38.2 | 215.6 | 33.4% |\n| SMEs | 17.5 | 64.3 | 24.2% |\n"
             "| Total | 55.7 | 279.9 | 30.9% |",
        obs=[("Large enterprises", 2024, 38.2, "CNY billion", "actual"),
             ("Large enterprises", 2030, 215.6, "CNY billion", "estimate"),
             ("SMEs", 2024, 17.5, "CNY billion", "actual"), ("SMEs", 2030, 64.3, "CNY billion", "estimate"),
             ("Total", 2024, 55.7, "CNY billion", "actual"), ("Total", 2030, 279.9, "CNY billion", "estimate")],
        claims=[("cagr", 33.4, "percent", 2024, 2030, None, "stated"), ("cagr", 24.2, "percent", 2024, 2030, None, "stated"),
                ("cagr", 30.9, "percent", 2024, 2030, None, "stated")],
        # 38.2 + 17.5 = 55.7, 215.6 + 64.3 = 279.9; (215.6/38.2)^(1/6) - 1 = 33.43%, (64.3/17.5)^(1/6) - 1 = 24.22%,
        # (279.9/55.7)^(1/6) - 1 = 30.88%: each rounds to the printed rate
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 39: a key-metrics table whose rows carry their own units in brackets, a "y/y" column
        text="Key metrics\tFY2023\tFY2024\ty/y\nRevenue (USD million)\t438.9\t612.4\t39.5%\n"
             "Connected devices (million units)\t9.3\t14.8\t59.1%",
        obs=[("Revenue", 2023, 438.9, "USD million", "actual"), ("Revenue", 2024, 612.4, "USD million", "actual"),
             ("Connected devices", 2023, 9.3, "count million", "actual"),
             ("Connected devices", 2024, 14.8, "count million", "actual")],
        claims=[("growth", 39.5, "percent", 2023, 2024, 1.0), ("growth", 59.1, "percent", 2023, 2024, 1.0)],
        # 612.4/438.9 - 1 = 39.53%, 14.8/9.3 - 1 = 59.14%: each rounds to the printed rate
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 40: Markdown, the year and the unit in one column header, a "Share" column, a total of 100.0%
        text="AI accelerator spend by workload\n| Workload | 2024 (USD billion) | Share |\n|---|---|---|\n"
             "| Training | 48.6 | 58.2% |\n| Inference | 34.9 | 41.8% |\n| Total | 83.5 | 100.0% |",
        obs=[("Training", 2024, 48.6, "USD billion", "actual"), ("Inference", 2024, 34.9, "USD billion", "actual"),
             ("Total", 2024, 83.5, "USD billion", "actual")],
        claims=[("share", 58.2, "percent", 2024, 2024, None), ("share", 41.8, "percent", 2024, 2024, None)],
        # 48.6 + 34.9 = 83.5; 48.6/83.5 = 58.20%, 34.9/83.5 = 41.80%
        verdicts=[("hierarchy", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 3, "rounding": 2, "exact": 12}
#: forms of report text the set is meant to cover, each in some snippet
FORMS = (
    'valued at',
    'year over year',
    'three times',
    '2.5 times',
    'accounted for',
    '(2023: £',
    'more than 900',
    '3.47\nbillion',
    'to\n2030',
    '22 billion US dollars',
    'five-year CAGR',
    '\n* ',
    '分别为',
    '同比增长',
    '同比下降',
    '同比减少',
    '年复合增长率',
    '万亿元',
    '亿美元',
    '由2020年',
    '倍',
    '超过',
    '逾',
    '亿美\n元',
    '年複合成長率',
    '年增率',
    '2025E',
    '2030F',
    'CAGR 2025-2030',
    'FY2023\tFY2024\tChange',
    '(USD million)',
    '(£m)',
    '单位：亿元',
    '單位：億美元',
    'Page 14 of 52',
    '2025年E',
    'Total\t',
    '合计',
    '合計',
    '| :--- |',
    'n/a',
)
#: scored once blind, after the frames table and the fixes the second set showed: figures 117/134 (87%), rates
#: 45/49 (92%), verdicts 30/34 (88%), false inconsistent 0. The classes of failure it showed were then fixed, each
#: with a frame or a snippet of the project's own (a range in words with "US dollars" after the scale, a count
#: after "more than" as a lower bound, "to A from B" after "N times its 2024 level", "compared with A in YEAR, an
#: increase of R", 自…攀升至, "亿美" / "元" broken across lines, a year header cell with its unit in brackets, a
#: five-year CAGR's length, a key-metrics table whose rows state their own units, a "Share" column); these
#: floors hold what that gave.
FLOORS = {"figures_found": 134, "rates_found": 49, "verdicts_right": 34}


if __name__ == "__main__":  # python tests/extract_checkset3.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
