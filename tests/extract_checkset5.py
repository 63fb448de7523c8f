"""A fifth, blind check set for the extractor: forty snippets written apart from its rules, with what each states.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, at the corpus it is tuned on or at the snippets of the earlier
check sets, and without drafting them: sixteen in English prose, fourteen in Chinese prose (four of them in
Traditional characters) and ten tables, on markets and in wordings the earlier sets do not use. The figures are
plausible; the sentences are the project's own. The arithmetic behind each figure and verdict is worked out by
hand in the comment beside it (a CAGR is (end / start) ** (1 / years) - 1; its bounds take each printed input at
half its last digit either way).

Conventions, as in the corpus: a figure in prose belongs to item ``Total``, a table's to its row label as
printed (or, with years as rows, to its column's label without the unit); a stated CAGR carries no
``period_years`` (its years say it), a year-on-year rate carries 1, a multiple between two years carries their
distance; a range gives two ``value`` claims for its year, and so does a figure after "more than", "over",
"超过" or "逾" (a lower bound, not an observation); a ``share`` has its year as both start and end. A rate's
period is ``stated`` when the sentence gives its span or length with the rate and ``inferred`` when only the
years of the amounts give it (the audit then tries both readings, start..end and start+1..end). The base of a
forecast is ``actual``, a target a forecast cue governs (and an E or F column) ``estimate``. One series keeps one
unit (the first its text prints), so a later figure in another scale is expected converted to it.
``python tests/extract_checkset5.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ---------------------------------------------------------------- English prose
    dict(  # 1: "valued at" leading the sentence, the market named after it, the span given with the rate
        text="Valued at USD 4.62 billion in 2024, the global market for AI in agriculture is expected to reach "
             "USD 15.71 billion by 2032, registering a CAGR of 16.5% from 2024 to 2032.",
        obs=[("Total", 2024, 4.62, "USD billion", "actual"), ("Total", 2032, 15.71, "USD billion", "estimate")],
        claims=[("cagr", 16.5, "percent", 2024, 2032, None, "stated")],
        # (15.71 / 4.62) ** (1/8) - 1 = 16.53%, which rounds to 16.5%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 2: a company's growth "year over year to" in a fiscal year, no prior value
        text="Northwind Robotics said revenue from its autonomous mobile robots grew 38% year over year to "
             "$1.27 billion in fiscal 2024.",
        obs=[("Total", 2024, 1.27, "USD billion", "actual")],
        claims=[("growth", 38.0, "percent", 2023, 2024, 1.0)],
        # implies 1.27 / 1.38 = 0.92 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 3: a range with an en dash and one unit for both ends
        text="Synthetic data generation should be a USD 2.6\u20133.4 billion opportunity by 2028, the consultancy "
             "says, depending on whether its base or upside case plays out.",
        obs=[],
        claims=[("value", 2.6, "USD billion", 2028, 2028, None), ("value", 3.4, "USD billion", 2028, 2028, None)],
        verdicts=[]),
    dict(  # 4: "roughly triple", both values after the verb
        text="Sales of AI coding assistants are set to roughly triple between 2024 and 2027, rising from "
             "$1.9 billion to $5.8 billion, the analyst firm estimates.",
        obs=[("Total", 2024, 1.9, "USD billion", "actual"), ("Total", 2027, 5.8, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],
        # 5.8 / 1.9 = 3.05, which rounds to 3: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 5: a share "accounted for" with no amount
        text="Cloud-hosted deployments accounted for 38% of enterprise speech analytics revenue in 2024, the "
             "survey found.",
        obs=[],
        claims=[("share", 38.0, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 6: a results line with the restated prior year "(2023: £412m)"
        text="Revenue at the claims-automation division rose 17% to \u00a3482m in 2024 (2023: \u00a3412m), helped by "
             "two new motor insurers.",
        obs=[("Total", 2024, 482.0, "GBP million", "actual"), ("Total", 2023, 412.0, "GBP million", "actual")],
        claims=[("growth", 17.0, "percent", 2023, 2024, 1.0)],
        # 482 / 412 - 1 = 16.99%, which rounds to 17%: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 7: bullets under a heading, each a label with a year and an amount, the CAGR a bullet of its own
        text="MLOps platforms at a glance:\n- Market size, 2023: USD 2.19 billion\n- Forecast, 2030: USD 16.6 billion"
             "\n- CAGR 2023-2030: 33.5%",
        obs=[("Total", 2023, 2.19, "USD billion", "actual"), ("Total", 2030, 16.6, "USD billion", "estimate")],
        claims=[("cagr", 33.5, "percent", 2023, 2030, None, "stated")],
        # (16.6 / 2.19) ** (1/7) - 1 = 33.56%, which rounds to 33.6%, not 33.5%; the printed digits allow
        # (16.55 / 2.195) ** (1/7) - 1 = 33.46% up to 33.66%, which holds 33.5%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 8: "estimated at ... forecast to hit", a bare rate whose figures do not give it under either reading
        text="The humanoid robot market, estimated at $2.03 billion in 2024, is forecast to hit $13.8 billion in "
             "2029, a compound annual growth rate of 52.1%.",
        obs=[("Total", 2024, 2.03, "USD billion", "actual"), ("Total", 2029, 13.8, "USD billion", "estimate")],
        claims=[("cagr", 52.1, "percent", 2024, 2029, None, "inferred")],
        # over five years (13.8 / 2.03) ** (1/5) - 1 = 46.72% (bounds 46.5% to 46.9%); over four years
        # 61.47% (bounds 61.2% to 61.7%): 52.1% is neither: inconsistent
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 9: "More than" opening the sentence (a lower bound on a count of people), a plain count before it
        text="More than 385 million people used an AI translation app at least once a month in 2024, up from "
             "265 million two years earlier, in 2022.",
        obs=[("Total", 2022, 265.0, "people million", "actual")],
        claims=[("value", 385.0, "people million", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 10: PDF text broken between a number and its scale word; the span as "over 2024-2031"
        text="Global spending on AI-driven radiology software reached USD 2.46\nbillion in 2024 and is anticipated "
             "to climb to USD 9.24 billion by 2031,\nexpanding at a CAGR of 20.8% over 2024-2031.",
        obs=[("Total", 2024, 2.46, "USD billion", "actual"), ("Total", 2031, 9.24, "USD billion", "estimate")],
        claims=[("cagr", 20.8, "percent", 2024, 2031, None, "stated")],
        # (9.24 / 2.46) ** (1/7) - 1 = 20.81%, which rounds to 20.8%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 11: the target first, "compared with" the base, a "five-year CAGR" after a dash
        text="Conversational commerce platforms will generate $28.4 billion in 2029, the firm forecasts, compared "
             "with $11.6 billion in 2024 \u2014 a five-year CAGR of 19.6%.",
        obs=[("Total", 2024, 11.6, "USD billion", "actual"), ("Total", 2029, 28.4, "USD billion", "estimate")],
        claims=[("cagr", 19.6, "percent", 2024, 2029, None, "stated")],
        # (28.4 / 11.6) ** (1/5) - 1 = 19.61%, which rounds to 19.6%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 12: "four times the ... booked in 2024", the target first
        text="Digital twin software sales should reach $41.5 billion in 2030, four times the $10.2 billion booked "
             "in 2024.",
        obs=[("Total", 2024, 10.2, "USD billion", "actual"), ("Total", 2030, 41.5, "USD billion", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2030, 6.0)],
        # 41.5 / 10.2 = 4.07, which rounds to 4: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 13: a decline as "a 6.4% decline on the prior year" after the level
        text="Western European shipments of AI-enabled smart speakers totalled 18.2 million units in 2024, a 6.4% "
             "decline on the prior year.",
        obs=[("Total", 2024, 18.2, "count million", "actual")],
        claims=[("growth", -6.4, "percent", 2023, 2024, 1.0)],
        # implies 18.2 / 0.936 = 19.4 million in 2023, which the text does not give
        verdicts=[]),
    dict(  # 14: the rate and its span first, then the target, the base last; a footnote mark at the end
        text="The data-labeling services market is forecast to grow at a CAGR of 24.5% between 2025 and 2030, to "
             "USD 17.4 billion in 2030 from USD 5.8 billion in 2025.\u00b9",
        obs=[("Total", 2025, 5.8, "USD billion", "actual"), ("Total", 2030, 17.4, "USD billion", "estimate")],
        claims=[("cagr", 24.5, "percent", 2025, 2030, None, "stated")],
        # (17.4 / 5.8) ** (1/5) - 1 = 3 ** 0.2 - 1 = 24.57%, which rounds to 24.6%, not 24.5%; the bounds
        # (17.35 / 5.85) ** 0.2 - 1 = 24.29% to (17.45 / 5.75) ** 0.2 - 1 = 24.86% hold 24.5%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 15: "over" a sum of money (a lower bound) and a share of it
        text="Insurers spent over $3.5 billion on AI claims tools in 2024; fraud screening alone made up 41% of "
             "that outlay.",
        obs=[],
        claims=[("value", 3.5, "USD billion", 2024, 2024, None), ("share", 41.0, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 16: euros, a stated span and a rate the figures do not give
        text="Estimated at EUR 6.8 billion in 2023, Europe's AI cybersecurity market is set to reach EUR 19.9 "
             "billion by 2030, advancing at a CAGR of 18.9% from 2023 to 2030.",
        obs=[("Total", 2023, 6.8, "EUR billion", "actual"), ("Total", 2030, 19.9, "EUR billion", "estimate")],
        claims=[("cagr", 18.9, "percent", 2023, 2030, None, "stated")],
        # (19.9 / 6.8) ** (1/7) - 1 = 16.58%; the bounds (19.85 / 6.85) ** (1/7) - 1 = 16.42% to
        # (19.95 / 6.75) ** (1/7) - 1 = 16.74% are far from 18.9%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    # ---------------------------------------------------------------- Chinese prose (simplified)
    dict(  # 17: a level and its rise in one clause, 亿元 with a thousands separator
        text="2024年中国智慧农业市场规模达到1,025.6亿元，同比增长13.8%，增速较上年放缓。",
        obs=[("Total", 2024, 1025.6, "CNY 100 million", "actual")],
        claims=[("growth", 13.8, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 18: a publisher's forecast in 万亿元, 约为 before the base, 约 before a bare rate at the end
        text="据中商产业研究院预测，中国人工智能核心产业规模2024年约为0.58万亿元，预计2029年将达到1.73万亿元，"
             "年复合增长率约24.4%。",
        obs=[("Total", 2024, 0.58, "CNY trillion", "actual"), ("Total", 2029, 1.73, "CNY trillion", "estimate")],
        claims=[("cagr", 24.4, "percent", 2024, 2029, None, "inferred")],
        # (1.73 / 0.58) ** (1/5) - 1 = 24.43%, which rounds to 24.4%: exact
        verdicts=[("cagr|period", "exact")]),
    dict(  # 19: 分别为 over three named years, counts in 万套
        text="2022年、2023年和2024年，我国服务机器人产量分别为645.8万套、783.3万套和1,051.9万套。",
        obs=[("Total", 2022, 645.8, "count 10 thousand", "actual"), ("Total", 2023, 783.3, "count 10 thousand", "actual"),
             ("Total", 2024, 1051.9, "count 10 thousand", "actual")],
        claims=[], verdicts=[]),
    dict(  # 20: 由2020年的…增长至2024年的…, the years only on the amounts
        text="中国AI医学影像市场规模由2020年的21.4亿元增长至2024年的83.6亿元，年均复合增长率达40.6%。",
        obs=[("Total", 2020, 21.4, "CNY 100 million", "actual"), ("Total", 2024, 83.6, "CNY 100 million", "actual")],
        claims=[("cagr", 40.6, "percent", 2020, 2024, None, "inferred")],
        # (83.6 / 21.4) ** (1/4) - 1 = 40.59%, which rounds to 40.6%: exact (over three years 57.5%)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 21: a cause first, then the level in 万套 and 同比下降
        text="受价格战影响，2024年国内智能门锁出货量为1,780万套，同比下降4.2%。",
        obs=[("Total", 2024, 1780.0, "count 10 thousand", "actual")],
        claims=[("growth", -4.2, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 22: 超过 before a sum in 亿美元 (a lower bound) and a share 占比约
        text="IDC数据显示，2024年全球人工智能支出超过2,350亿美元，其中生成式AI占比约17%。",
        obs=[],
        claims=[("value", 2350.0, "USD 100 million", 2024, 2024, None), ("share", 17.0, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 23: 逾 before a sum in 亿元 (a lower bound)
        text="2024年我国大模型相关企业融资总额逾650亿元，较上年明显回暖。",
        obs=[],
        claims=[("value", 650.0, "CNY 100 million", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 24: 约为2022年的4.6倍, the earlier value not given
        text="2024年中国AI陪伴类应用收入为36.5亿元，约为2022年的4.6倍。",
        obs=[("Total", 2024, 36.5, "CNY 100 million", "actual")],
        claims=[("multiple", 4.6, "multiple", 2022, 2024, 2.0)],
        # implies 36.5 / 4.6 = 7.9 in 2022, which the text does not give
        verdicts=[]),
    dict(  # 25: PDF text broken between the number and its unit (96.4 / 亿元); a three-year CAGR stated by its length
        text="2023年国内AI视觉检测设备市场规模为96.4\n亿元，预计2026年将达到182.3亿元，三年年复合增长率为23.6%。",
        obs=[("Total", 2023, 96.4, "CNY 100 million", "actual"),
             ("Total", 2026, 182.3, "CNY 100 million", "estimate")],
        claims=[("cagr", 23.6, "percent", 2023, 2026, None, "stated")],
        # (182.3 / 96.4) ** (1/3) - 1 = 23.66%, which rounds to 23.7%, not 23.6%; the bounds
        # (182.25 / 96.45) ** (1/3) - 1 = 23.63% to 23.69% reach 23.6% within its half step (23.65%): rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 26: the target first, the base in a second clause, a stated span whose rate does not hold
        text="预计到2030年，中国自动驾驶出租车市场规模将达到2,850亿元，2025年为128亿元，2025-2030年复合增长率约为75%。",
        obs=[("Total", 2025, 128.0, "CNY 100 million", "actual"),
             ("Total", 2030, 2850.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 75.0, "percent", 2025, 2030, None, "stated")],
        # (2850 / 128) ** (1/5) - 1 = 86.01%; the bounds (2849.5 / 128.5) ** 0.2 - 1 = 85.85% to 86.16% are far
        # from 75%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    # ---------------------------------------------------------------- Chinese prose (traditional)
    dict(  # 27: 億美元, 約為, 預估…將成長至, 年複合成長率達 without years
        text="2024年全球生成式AI市場規模約為670億美元，預估2030年將成長至3,560億美元，年複合成長率達32.1%。",
        obs=[("Total", 2024, 670.0, "USD 100 million", "actual"),
             ("Total", 2030, 3560.0, "USD 100 million", "estimate")],
        claims=[("cagr", 32.1, "percent", 2024, 2030, None, "inferred")],
        # (3560 / 670) ** (1/6) - 1 = 32.10%, which rounds to 32.1%: exact
        verdicts=[("cagr|period", "exact")]),
    dict(  # 28: 兆美元 target first, the 億美元 base inside 約為…的N倍
        text="研究機構預估，2028年全球AI晶片市場規模將達1.2兆美元，約為2024年4,120億美元的2.9倍。",
        # one series keeps one unit, the first printed: 4,120億美元 = 0.412 USD trillion
        obs=[("Total", 2028, 1.2, "USD trillion", "estimate"), ("Total", 2024, 0.412, "USD trillion", "actual")],
        claims=[("multiple", 2.9, "multiple", 2024, 2028, 4.0)],
        # 1.2 / 0.412 = 2.91, which rounds to 2.9: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 29: 億台 and 年減 after the level
        text="受庫存調整影響，2024年全球傳統筆電出貨量為1.38億台，年減3.5%。",
        obs=[("Total", 2024, 1.38, "count 100 million", "actual")],
        claims=[("growth", -3.5, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 30: 分別為 over four years with the unit only on the last figure; a three-year rate within rounding
        text="2022至2025年，亞太地區AI雲端服務市場規模分別為182億、236億、301億與384億美元，三年複合成長率為28.2%。",
        obs=[("Total", 2022, 182.0, "USD 100 million", "actual"), ("Total", 2023, 236.0, "USD 100 million", "actual"),
             ("Total", 2024, 301.0, "USD 100 million", "actual"),
             ("Total", 2025, 384.0, "USD 100 million", "actual")],
        claims=[("cagr", 28.2, "percent", 2022, 2025, None, "stated")],
        # (384 / 182) ** (1/3) - 1 = 28.26%, which rounds to 28.3%, not 28.2%; the bounds (383.5 / 182.5) ** (1/3)
        # - 1 = 28.09% to (384.5 / 181.5) ** (1/3) - 1 = 28.43% hold 28.2%: rounding
        verdicts=[("cagr", "rounding")]),
    # ---------------------------------------------------------------- tables
    dict(  # 31: Markdown pipes with alignment colons, "(USD million)" in the caption, 2024 / 2025E / 2030F and a
        #      "CAGR 2025-2030" column, a totals row
        text="Exhibit 2: AI in insurance, revenue by line (USD million)\n"
             "| Line | 2024 | 2025E | 2030F | CAGR 2025-2030 |\n|:--|--:|--:|--:|--:|\n"
             "| Claims | 612.4 | 735.0 | 2,148.7 | 23.9% |\n| Underwriting | 388.1 | 452.6 | 1,206.3 | 21.7% |\n"
             "| Total | 1,000.5 | 1,187.6 | 3,355.0 | 23.1% |",
        obs=[("Claims", 2024, 612.4, "USD million", "actual"), ("Claims", 2025, 735.0, "USD million", "estimate"),
             ("Claims", 2030, 2148.7, "USD million", "estimate"),
             ("Underwriting", 2024, 388.1, "USD million", "actual"),
             ("Underwriting", 2025, 452.6, "USD million", "estimate"),
             ("Underwriting", 2030, 1206.3, "USD million", "estimate"),
             ("Total", 2024, 1000.5, "USD million", "actual"), ("Total", 2025, 1187.6, "USD million", "estimate"),
             ("Total", 2030, 3355.0, "USD million", "estimate")],
        claims=[("cagr", 23.9, "percent", 2025, 2030, None, "stated"), ("cagr", 21.7, "percent", 2025, 2030, None, "stated"),
                ("cagr", 23.1, "percent", 2025, 2030, None, "stated")],
        # 612.4 + 388.1 = 1000.5, 735.0 + 452.6 = 1187.6, 2148.7 + 1206.3 = 3355.0; CAGRs (2148.7/735.0)^(1/5) - 1
        # = 23.93%, (1206.3/452.6)^(1/5) - 1 = 21.66%, (3355.0/1187.6)^(1/5) - 1 = 23.09%: all round to the rates
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 32: tab-separated "FY2023 FY2024 Change", "(£m)" in the caption, a totals row
        text="Segment revenue (\u00a3m)\nSegment\tFY2023\tFY2024\tChange\nData platforms\t214.6\t251.3\t17.1%\n"
             "AI services\t98.2\t131.7\t34.1%\nTotal\t312.8\t383.0\t22.4%",
        obs=[("Data platforms", 2023, 214.6, "GBP million", "actual"),
             ("Data platforms", 2024, 251.3, "GBP million", "actual"),
             ("AI services", 2023, 98.2, "GBP million", "actual"), ("AI services", 2024, 131.7, "GBP million", "actual"),
             ("Total", 2023, 312.8, "GBP million", "actual"), ("Total", 2024, 383.0, "GBP million", "actual")],
        claims=[("growth", 17.1, "percent", 2023, 2024, 1.0), ("growth", 34.1, "percent", 2023, 2024, 1.0),
                ("growth", 22.4, "percent", 2023, 2024, 1.0)],
        # 214.6 + 98.2 = 312.8, 251.3 + 131.7 = 383.0; 251.3/214.6 = 1.1710, 131.7/98.2 = 1.3411,
        # 383.0/312.8 = 1.2244: each rounds to the printed change
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 33: space-aligned, thousands of units in the caption, 2024 / 2025E / 2030F and a CAGR column
        text="Humanoid robot shipments by use (thousand units)\n"
             "                2024     2025E     2030F    CAGR 2025-2030\n"
             "Industrial      13.8      24.5     312.0    66.3%\n"
             "Logistics        5.2      10.1     168.4    75.6%\n"
             "Total           19.0      34.6     480.4    69.2%",
        obs=[("Industrial", 2024, 13.8, "count thousand", "actual"),
             ("Industrial", 2025, 24.5, "count thousand", "estimate"),
             ("Industrial", 2030, 312.0, "count thousand", "estimate"),
             ("Logistics", 2024, 5.2, "count thousand", "actual"), ("Logistics", 2025, 10.1, "count thousand", "estimate"),
             ("Logistics", 2030, 168.4, "count thousand", "estimate"),
             ("Total", 2024, 19.0, "count thousand", "actual"), ("Total", 2025, 34.6, "count thousand", "estimate"),
             ("Total", 2030, 480.4, "count thousand", "estimate")],
        claims=[("cagr", 66.3, "percent", 2025, 2030, None, "stated"), ("cagr", 75.6, "percent", 2025, 2030, None, "stated"),
                ("cagr", 69.2, "percent", 2025, 2030, None, "stated")],
        # 13.8 + 5.2 = 19.0, 24.5 + 10.1 = 34.6, 312.0 + 168.4 = 480.4; CAGRs (312.0/24.5)^(1/5) - 1 = 66.34%,
        # (168.4/10.1)^(1/5) - 1 = 75.55%, (480.4/34.6)^(1/5) - 1 = 69.24%: all round to the printed rates
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 34: a Chinese table, 单位：亿元 in the caption, 年 on the actual years and an E year, a 合计 row
        text="表3 中国AI算力服务市场结构（单位：亿元）\n类别\t2023年\t2024年\t2025E\n智算中心租赁\t412.5\t586.3\t802.1\n"
             "模型推理服务\t138.7\t241.9\t395.4\n合计\t551.2\t828.2\t1,197.5",
        obs=[("智算中心租赁", 2023, 412.5, "CNY 100 million", "actual"),
             ("智算中心租赁", 2024, 586.3, "CNY 100 million", "actual"),
             ("智算中心租赁", 2025, 802.1, "CNY 100 million", "estimate"),
             ("模型推理服务", 2023, 138.7, "CNY 100 million", "actual"),
             ("模型推理服务", 2024, 241.9, "CNY 100 million", "actual"),
             ("模型推理服务", 2025, 395.4, "CNY 100 million", "estimate"),
             ("合计", 2023, 551.2, "CNY 100 million", "actual"), ("合计", 2024, 828.2, "CNY 100 million", "actual"),
             ("合计", 2025, 1197.5, "CNY 100 million", "estimate")],
        claims=[],
        # 412.5 + 138.7 = 551.2, 586.3 + 241.9 = 828.2, 802.1 + 395.4 = 1197.5
        verdicts=[("hierarchy", "exact")]),
    dict(  # 35: a Traditional Chinese table, 單位：億美元, "(預估)" forecast columns, a 合計 row
        text="表4\u3000AI伺服器出貨金額（單位：億美元）\n項目\t2024\t2025(預估)\t2026(預估)\n"
             "GPU伺服器\t1,186.0\t1,642.5\t1,978.3\nASIC伺服器\t214.4\t356.8\t529.7\n合計\t1,400.4\t1,999.3\t2,508.0",
        obs=[("GPU伺服器", 2024, 1186.0, "USD 100 million", "actual"),
             ("GPU伺服器", 2025, 1642.5, "USD 100 million", "estimate"),
             ("GPU伺服器", 2026, 1978.3, "USD 100 million", "estimate"),
             ("ASIC伺服器", 2024, 214.4, "USD 100 million", "actual"),
             ("ASIC伺服器", 2025, 356.8, "USD 100 million", "estimate"),
             ("ASIC伺服器", 2026, 529.7, "USD 100 million", "estimate"),
             ("合計", 2024, 1400.4, "USD 100 million", "actual"), ("合計", 2025, 1999.3, "USD 100 million", "estimate"),
             ("合計", 2026, 2508.0, "USD 100 million", "estimate")],
        claims=[],
        # 1186.0 + 214.4 = 1400.4, 1642.5 + 356.8 = 1999.3, 1978.3 + 529.7 = 2508.0
        verdicts=[("hierarchy", "exact")]),
    dict(  # 36: a tab-separated table broken by a page footer that has a pipe and "page 7"
        text="Table 6 AI chip revenue by customer type (USD million)\nCustomer\t2023\t2024\nHyperscalers\t6,842\t11,305\n"
             "Enterprises\t2,417\t3,188\nAnnual Report 2024 | page 12\nGovernments\t905\t1,276\nTotal\t10,164\t15,769",
        obs=[("Hyperscalers", 2023, 6842.0, "USD million", "actual"),
             ("Hyperscalers", 2024, 11305.0, "USD million", "actual"),
             ("Enterprises", 2023, 2417.0, "USD million", "actual"), ("Enterprises", 2024, 3188.0, "USD million", "actual"),
             ("Governments", 2023, 905.0, "USD million", "actual"), ("Governments", 2024, 1276.0, "USD million", "actual"),
             ("Total", 2023, 10164.0, "USD million", "actual"), ("Total", 2024, 15769.0, "USD million", "actual")],
        claims=[],
        # 6842 + 2417 + 905 = 10164, 11305 + 3188 + 1276 = 15769
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: the unit on a line of its own between the caption and the table, a three-year CAGR column
        text="Figure 4: Spending on AI infrastructure by component\nUSD billion\n"
             "| Component | 2024 | 2027F | CAGR 2024-2027 |\n| --- | --- | --- | --- |\n"
             "| Compute | 96.2 | 189.5 | 25.4% |\n| Storage | 21.7 | 35.6 | 17.9% |\n| Networking | 14.1 | 30.8 | 29.8% |\n"
             "| Total | 132.0 | 255.9 | 24.7% |",
        obs=[("Compute", 2024, 96.2, "USD billion", "actual"), ("Compute", 2027, 189.5, "USD billion", "estimate"),
             ("Storage", 2024, 21.7, "USD billion", "actual"), ("Storage", 2027, 35.6, "USD billion", "estimate"),
             ("Networking", 2024, 14.1, "USD billion", "actual"), ("Networking", 2027, 30.8, "USD billion", "estimate"),
             ("Total", 2024, 132.0, "USD billion", "actual"), ("Total", 2027, 255.9, "USD billion", "estimate")],
        claims=[("cagr", 25.4, "percent", 2024, 2027, None, "stated"), ("cagr", 17.9, "percent", 2024, 2027, None, "stated"),
                ("cagr", 29.8, "percent", 2024, 2027, None, "stated"), ("cagr", 24.7, "percent", 2024, 2027, None, "stated")],
        # 96.2 + 21.7 + 14.1 = 132.0, 189.5 + 35.6 + 30.8 = 255.9; CAGRs (189.5/96.2)^(1/3) - 1 = 25.36%,
        # (35.6/21.7)^(1/3) - 1 = 17.94%, (30.8/14.1)^(1/3) - 1 = 29.75%, (255.9/132.0)^(1/3) - 1 = 24.69%: all
        # round to the printed rates
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 38: years as rows, tab-separated, the growth column before the amounts with a dash for the first year
        text="Speech AI licence revenue\nYear\tGrowth\tRevenue (EUR million)\n2021\t-\t118.4\n2022\t22.6%\t145.2\n"
             "2023\t19.4%\t173.4\n2024\t15.2%\t199.8",
        obs=[("Revenue", 2021, 118.4, "EUR million", "actual"), ("Revenue", 2022, 145.2, "EUR million", "actual"),
             ("Revenue", 2023, 173.4, "EUR million", "actual"), ("Revenue", 2024, 199.8, "EUR million", "actual")],
        claims=[("growth", 22.6, "percent", 2021, 2022, 1.0), ("growth", 19.4, "percent", 2022, 2023, 1.0),
                ("growth", 15.2, "percent", 2023, 2024, 1.0)],
        # 145.2/118.4 = 1.2264, 173.4/145.2 = 1.1942, 199.8/173.4 = 1.1522: each rounds to the printed rate
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 39: Markdown, an "'25-'30" CAGR header, no total row; one row's rate its figures contradict
        text="AI agent software market by buyer (USD billion)\n| Buyer | 2025 | 2030E | CAGR '25-'30 |\n"
             "|---|---|---|---|\n| Large enterprises | 4.1 | 22.6 | 40.7% |\n| SMBs | 1.3 | 9.8 | 36.2% |",
        obs=[("Large enterprises", 2025, 4.1, "USD billion", "actual"),
             ("Large enterprises", 2030, 22.6, "USD billion", "estimate"),
             ("SMBs", 2025, 1.3, "USD billion", "actual"), ("SMBs", 2030, 9.8, "USD billion", "estimate")],
        claims=[("cagr", 40.7, "percent", 2025, 2030, None, "stated"), ("cagr", 36.2, "percent", 2025, 2030, None, "stated")],
        # (22.6/4.1)^(1/5) - 1 = 40.69%, which rounds to 40.7%: exact; (9.8/1.3)^(1/5) - 1 = 49.78%, and the
        # bounds (9.75/1.35)^(1/5) - 1 = 48.50% to (9.85/1.25)^(1/5) - 1 = 51.11% are far from 36.2%: inconsistent
        verdicts=[("cagr", "exact"), ("cagr", "inconsistent")]),
    dict(  # 40: Markdown, a "YoY" column, a totals row; one row's change holds only within rounding
        text="European AI services revenue (EUR billion)\n| Service | 2023 | 2024 | YoY |\n|---|---|---|---|\n"
             "| Consulting | 8.4 | 10.2 | 21.4% |\n| Managed AI | 5.7 | 7.3 | 28.6% |\n| Total | 14.1 | 17.5 | 24.1% |",
        obs=[("Consulting", 2023, 8.4, "EUR billion", "actual"), ("Consulting", 2024, 10.2, "EUR billion", "actual"),
             ("Managed AI", 2023, 5.7, "EUR billion", "actual"), ("Managed AI", 2024, 7.3, "EUR billion", "actual"),
             ("Total", 2023, 14.1, "EUR billion", "actual"), ("Total", 2024, 17.5, "EUR billion", "actual")],
        claims=[("growth", 21.4, "percent", 2023, 2024, 1.0), ("growth", 28.6, "percent", 2023, 2024, 1.0),
                ("growth", 24.1, "percent", 2023, 2024, 1.0)],
        # 8.4 + 5.7 = 14.1, 10.2 + 7.3 = 17.5; 10.2/8.4 = 1.2143 and 17.5/14.1 = 1.2411 round to the printed
        # changes: exact; 7.3/5.7 = 1.2807 rounds to 28.1%, not 28.6%, but 7.35/5.65 = 1.3009 allows it: rounding
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "rounding")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 3, "rounding": 3, "exact": 15}
#: forms of report text the set is meant to cover, each in some snippet
FORMS = (
    'Valued at',
    'estimated at',
    'year over year to',
    'decline on the prior year',
    'triple',
    'four times the',
    'accounted for',
    '(2023: £',
    '2.6–3.4 billion',
    '\n- ',
    'More than 385',
    'over $3.5',
    '2.46\nbillion',
    'five-year CAGR',
    '¹',
    '分别为',
    '同比增长',
    '同比下降',
    '年复合增长率',
    '万亿元',
    '亿美元',
    '由2020年',
    '倍',
    '超过',
    '逾',
    '96.4\n亿元',
    '三年',
    '年複合成長率',
    '兆美元',
    '分別為',
    '年減',
    '2025E',
    '2030F',
    'CAGR 2025-2030',
    'FY2023\tFY2024\tChange',
    '(USD million)',
    '(£m)',
    '单位：亿元',
    '單位：億美元',
    '(預估)',
    'page 12',
    '合计',
    '合計',
    '|:--|',
    'component\nUSD billion\n',
    '\nYear\t',
    '\t-\t',
    "'25-'30",
    'YoY',
    'thousand units',
)
#: scored once blind, after the fixes the fourth set showed (and after mending a crash it found first: a footnote
#: mark after a year, "in 2025.¹"): figures 112/127 (88%), rates 39/44 (89%), verdicts 31/34 (91%), false
#: inconsistent 0. The classes of failure it showed were then fixed, each with a frame or a snippet of the project's
#: own (superscript footnote marks, a base's year after a comma, a decline named after its rate, 分别为 with counts
#: in 套, a list taking the last member's currency, "三年年复合增长率", "2025(预估)" columns, a change column before
#: its values); these floors hold what that gave.
FLOORS = {"figures_found": 126, "rates_found": 44, "verdicts_right": 34}


if __name__ == "__main__":  # python tests/extract_checkset5.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
