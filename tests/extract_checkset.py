"""An independent check set for the extractor: snippets written apart from its rules, with what each states.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules or at the corpus it is tuned on, modelled on the forms that
market-research press releases, report summaries, filings' tables and PDF text take, and phrased away from the
commonest templates on purpose, as held-out text is. The figures are plausible, some are real; the sentences
are the project's own. The arithmetic behind each figure and verdict is worked out by hand in the comment
beside it (a CAGR is (end / start) ** (1 / years) - 1; its bounds take each printed input at half its last
digit either way).

Conventions, as in the corpus: a figure in prose belongs to item ``Total``, a table's to its row label as
printed; a stated CAGR carries no ``period_years`` (its years say it), a year-on-year rate carries 1, a multiple
between two years carries their distance; a range gives two ``value`` claims for its year; a ``share`` has its
year as both start and end. One series keeps one unit (the first its text prints), so a later figure in another
scale is expected converted to it. ``python tests/extract_checkset.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ---------------------------------------------------------------- English prose
    dict(  # 1: a parenthesised year after "last year"; the CAGR's period comes from the two figures
        text="Spending on conversational AI platforms came to USD 10.7 billion last year (2023); the firm projects "
             "USD 29.8 billion in 2028, which works out to a compound annual rate of 22.7%.",
        obs=[("Total", 2023, 10.7, "USD billion", "actual"), ("Total", 2028, 29.8, "USD billion", "estimate")],
        claims=[("cagr", 22.7, "percent", 2023, 2028, None, "inferred")],
        # (29.8 / 10.7) ** (1/5) - 1 = 22.73%, which rounds to 22.7%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 2: target year first, base year second; the period printed after the rate
        text="Worth an estimated $184 billion by 2030, the edge AI hardware market stood at $38.9 billion in 2023, "
             "the publisher says, implying compound annual growth of 24.8% over 2023-2030.",
        obs=[("Total", 2023, 38.9, "USD billion", "actual"), ("Total", 2030, 184.0, "USD billion", "estimate")],
        claims=[("cagr", 24.8, "percent", 2023, 2030, None, "stated")],
        # (184 / 38.9) ** (1/7) - 1 = 24.86% (rounds to 24.9%, not 24.8%); 184 printed to 1 allows
        # (183.5 / 38.95) ** (1/7) - 1 = 24.79% up to 24.93%, which holds 24.8%: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 3: a decline in units, "slipped ... from a year earlier"
        text="Shipments of discrete AI accelerator cards for workstations slipped 14% from a year earlier, to "
             "2.15 million units in 2024.",
        obs=[("Total", 2024, 2.15, "count million", "actual")],
        claims=[("growth", -14.0, "percent", 2023, 2024, 1.0)],
        # implies 2.15 / 0.86 = 2.5 million in 2023, which the text does not give
        verdicts=[]),
    dict(  # 4: a range for one year
        text="For 2027 the consultancy puts the opportunity somewhere between $150 billion and $210 billion.",
        obs=[],
        claims=[("value", 150.0, "USD billion", 2027, 2027, None), ("value", 210.0, "USD billion", 2027, 2027, None)],
        verdicts=[]),
    dict(  # 5: "four-fold" between two years, both values given
        text="Inference chip revenue is forecast to climb four-fold between 2024 and 2028, from $9.5 billion to "
             "$38 billion.",
        obs=[("Total", 2024, 9.5, "USD billion", "actual"), ("Total", 2028, 38.0, "USD billion", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2028, 4.0)],
        # 38 / 9.5 = 4.000 exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: "doubled" with FY years
        text="Revenue from the AI segment doubled from $3.1bn in FY2022 to $6.2bn in FY2024.",
        obs=[("Total", 2022, 3.1, "USD billion", "actual"), ("Total", 2024, 6.2, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0)],
        # 6.2 / 3.1 = 2.000 exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 7: a publisher's name leads; target before base; "a 2024-2028 CAGR of"
        text="IDC expects worldwide AI spending to reach $632 billion in 2028, up from $235 billion in 2024, "
             "a 2024-2028 CAGR of 28.1%.",
        obs=[("Total", 2024, 235.0, "USD billion", "actual"), ("Total", 2028, 632.0, "USD billion", "estimate")],
        claims=[("cagr", 28.1, "percent", 2024, 2028, None, "stated")],
        # (632 / 235) ** (1/4) - 1 = 28.06%, which rounds to 28.1%
        verdicts=[("cagr", "exact")]),
    dict(  # 8: decimal commas throughout, the rate in parentheses without years
        text="The European AI services market reached EUR 14,6 billion in 2023 and should grow to EUR 31,2 billion "
             "in 2028 (CAGR 16,4%).",
        obs=[("Total", 2023, 14.6, "EUR billion", "actual"), ("Total", 2028, 31.2, "EUR billion", "estimate")],
        claims=[("cagr", 16.4, "percent", 2023, 2028, None, "inferred")],
        # (31.2 / 14.6) ** (1/5) - 1 = 16.40%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 9: PDF text hard-wrapped mid-phrase, the unit on the line after its number
        text="The market for AI in drug discovery was\nestimated at USD 1.8\nbillion in 2023 and is projected to\n"
             "reach USD 7.9 billion by 2030, at a\nCAGR of 23.5%.",
        obs=[("Total", 2023, 1.8, "USD billion", "actual"), ("Total", 2030, 7.9, "USD billion", "estimate")],
        claims=[("cagr", 23.5, "percent", 2023, 2030, None, "inferred")],
        # (7.9 / 1.8) ** (1/7) - 1 = 23.53%, which rounds to 23.5%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 10: a word hyphenated across a line break and a superscript footnote mark after the target
        text="Agentic AI software revenue is antici-\npated to rise from US$5.1 billion in 2024 to US$47.1 billion "
             "in 2030,\u00b9 a CAGR of 44.8%.",
        obs=[("Total", 2024, 5.1, "USD billion", "actual"), ("Total", 2030, 47.1, "USD billion", "estimate")],
        claims=[("cagr", 44.8, "percent", 2024, 2030, None, "inferred")],
        # (47.1 / 5.1) ** (1/6) - 1 = 44.85%, which rounds to 44.8%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 11: a results statement, the prior year in parentheses "(2023: ...)"
        text="Group revenue for 2024 increased by 21.0% to \u00a3512.0m (2023: \u00a3423.1m).",
        obs=[("Total", 2024, 512.0, "GBP million", "actual"), ("Total", 2023, 423.1, "GBP million", "actual")],
        claims=[("growth", 21.0, "percent", 2023, 2024, 1.0)],
        # 512.0 / 423.1 - 1 = 21.01%, which rounds to 21.0%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 12: a negative CAGR (a shrinking market) with "bn" and the euro sign
        text="Spend on legacy rule-based fraud tools is expected to shrink from \u20ac4.2bn in 2023 to \u20ac3.4bn "
             "in 2028, a CAGR of -4.1%.",
        obs=[("Total", 2023, 4.2, "EUR billion", "actual"), ("Total", 2028, 3.4, "EUR billion", "estimate")],
        claims=[("cagr", -4.1, "percent", 2023, 2028, None, "inferred")],
        # (3.4 / 4.2) ** (1/5) - 1 = -4.14%, which rounds to -4.1%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: two shares, the second dated only by "a year before"
        text="Generative AI made up 17% of enterprise AI budgets in 2024, against 9% a year before.",
        obs=[],
        claims=[("share", 17.0, "percent", 2024, 2024, None), ("share", 9.0, "percent", 2023, 2023, None)],
        verdicts=[]),
    dict(  # 14: target first, in trillions; base after "up from just", in billions
        text="By 2032 the generative AI market could be worth $1.3 trillion, up from just $40 billion in 2022.",
        # one series keeps one unit, the first printed: $40 billion = 0.04 USD trillion
        obs=[("Total", 2032, 1.3, "USD trillion", "estimate"), ("Total", 2022, 0.04, "USD trillion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 15: "a year over the next five years" with no target value
        text="The vision AI market, at $19.6 billion in 2024, should expand by 19.1% a year over the next five years.",
        obs=[("Total", 2024, 19.6, "USD billion", "actual")],
        claims=[("cagr", 19.1, "percent", 2024, 2029, None)],
        # 19.6 * 1.191 ** 5 = 47.1 in 2029, which the text does not give
        verdicts=[]),
    dict(  # 16: "about seven times" a base given after the target
        text="The AI governance software segment will be a $15.8 billion business by 2030, about seven times its "
             "2024 size of $2.2 billion.",
        obs=[("Total", 2024, 2.2, "USD billion", "actual"), ("Total", 2030, 15.8, "USD billion", "estimate")],
        claims=[("multiple", 7.0, "multiple", 2024, 2030, 6.0)],
        # 15.8 / 2.2 = 7.18, which rounds to 7
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 17: yen in trillions, a decline, "fell for a second straight year"
        text="Japan's conventional industrial robot sales fell for a second straight year, down 3.2% in 2024 to "
             "JPY 1.46 trillion.",
        obs=[("Total", 2024, 1.46, "JPY trillion", "actual")],
        claims=[("growth", -3.2, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    # ---------------------------------------------------------------- Simplified Chinese prose
    dict(  # 18: a publisher's estimate; 亿元 base and 万亿元 target
        text="据艾瑞咨询测算，2023年中国AIGC产业规模约为143亿元，预计到2030年将达到1.1万亿元。",
        # one series keeps one unit, the first printed: 1.1万亿元 = 11,000 hundred million yuan
        obs=[("Total", 2023, 143.0, "CNY 100 million", "actual"), ("Total", 2030, 11000.0, "CNY 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 19: 分别为 over four years, joined by 、 and 和
        text="2021年至2024年，中国智能语音市场规模分别为184.2亿元、236.5亿元、290.7亿元和351.3亿元。",
        obs=[("Total", 2021, 184.2, "CNY 100 million", "actual"), ("Total", 2022, 236.5, "CNY 100 million", "actual"),
             ("Total", 2023, 290.7, "CNY 100 million", "actual"), ("Total", 2024, 351.3, "CNY 100 million", "actual")],
        claims=[], verdicts=[]),
    dict(  # 20: a decline in units of 万台
        text="2024年国内AI安防摄像机出货量为3,268万台，同比下降8.3%。",
        obs=[("Total", 2024, 3268.0, "count 10 thousand", "actual")],
        claims=[("growth", -8.3, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 21: target first, base "较2023年的", an em-dash period and 年均复合增速约为
        text="预计到2028年，中国AI芯片市场规模将达到2,764亿元，较2023年的712亿元大幅增加，2023—2028年年均复合增速约为31%。",
        obs=[("Total", 2023, 712.0, "CNY 100 million", "actual"),
             ("Total", 2028, 2764.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.0, "percent", 2023, 2028, None, "stated")],
        # (2764 / 712) ** (1/5) - 1 = 31.16%, which rounds to 31%
        verdicts=[("cagr", "exact")]),
    dict(  # 22: target first, base after 而…仅为, the period given only as 五年间
        text="到2027年，中国智能驾驶解决方案市场有望达到1,258.6亿元，而2022年仅为328.4亿元，五年间复合增长率为30.8%。",
        obs=[("Total", 2022, 328.4, "CNY 100 million", "actual"),
             ("Total", 2027, 1258.6, "CNY 100 million", "estimate")],
        claims=[("cagr", 30.8, "percent", 2022, 2027, None)],
        # (1258.6 / 328.4) ** (1/5) - 1 = 30.83%, which rounds to 30.8%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 23: 翻了一番 (doubled) against a year whose value is not given
        text="2024年中国大模型应用市场规模达到47.6亿元，较2022年翻了一番。",
        obs=[("Total", 2024, 47.6, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0)],
        # implies 47.6 / 2 = 23.8 in 2022, which the text does not give
        verdicts=[]),
    dict(  # 24: 万亿元 and a share of GDP
        text="2024年我国数字经济规模达到53.9万亿元，占GDP比重为42.8%。",
        obs=[("Total", 2024, 53.9, "CNY trillion", "actual")],
        claims=[("share", 42.8, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 25: 亿美元, 增至, and a bare rate at the end of the sentence
        text="全球AI服务器市场2023年规模为1,228亿美元，预计2027年将增至2,953亿美元，年复合增长率24.5%。",
        obs=[("Total", 2023, 1228.0, "USD 100 million", "actual"),
             ("Total", 2027, 2953.0, "USD 100 million", "estimate")],
        claims=[("cagr", 24.5, "percent", 2023, 2027, None, "inferred")],
        # (2953 / 1228) ** (1/4) - 1 = 24.53%, which rounds to 24.5%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 26: PDF text broken inside the amount (亿 / 元) and before the rate
        text="2023年中国机器视觉市场规模为\n185.6亿\n元，同比增长\n12.4%。",
        obs=[("Total", 2023, 185.6, "CNY 100 million", "actual")],
        claims=[("growth", 12.4, "percent", 2022, 2023, 1.0)],
        verdicts=[]),
    dict(  # 27: 人民币 before each number, 由…增长至…, and the word order 复合年增长率
        text="2019-2023年期间，中国智能客服SaaS收入由人民币12.6亿元增长至人民币41.3亿元，复合年增长率为34.6%。",
        obs=[("Total", 2019, 12.6, "CNY 100 million", "actual"), ("Total", 2023, 41.3, "CNY 100 million", "actual")],
        claims=[("cagr", 34.6, "percent", 2019, 2023, None, "stated")],
        # (41.3 / 12.6) ** (1/4) - 1 = 34.55%, which rounds to 34.6%
        verdicts=[("cagr", "exact")]),
    dict(  # 28: 增长了3倍 over three years (x3 or x4), no earlier value
        text="2024年该平台AI算力租赁收入为18.4亿元，比2021年增长了3倍。",
        obs=[("Total", 2024, 18.4, "CNY 100 million", "actual")],
        claims=[("multiple", 3.0, "multiple", 2021, 2024, 3.0)],
        verdicts=[]),
    dict(  # 29: people in 亿人 and a share of the population
        text="截至2024年底，我国生成式人工智能用户规模达2.49亿人，占整体人口的17.7%。",
        obs=[("Total", 2024, 2.49, "people 100 million", "actual")],
        claims=[("share", 17.7, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 30: a range 在…至…之间 for a forecast year
        text="预计2025年中国具身智能市场规模在52亿元至68亿元之间。",
        obs=[],
        claims=[("value", 52.0, "CNY 100 million", 2025, 2025, None),
                ("value", 68.0, "CNY 100 million", 2025, 2025, None)],
        verdicts=[]),
    dict(  # 31: the growth rate before the level, 亿元人民币 order reversed to 人民币…亿元
        text="2024年，全球AI语音助手市场同比增长19.6%，规模达到人民币563.8亿元。",
        obs=[("Total", 2024, 563.8, "CNY 100 million", "actual")],
        claims=[("growth", 19.6, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    # ---------------------------------------------------------------- Traditional Chinese prose
    dict(  # 32: target first, base after 僅, a stated period whose rate does not hold
        text="根據資策會MIC預估，2025年全球生成式AI市場規模將達1,152億美元，2022年僅316億美元，2022至2025年複合成長率高達54.2%。",
        obs=[("Total", 2022, 316.0, "USD 100 million", "actual"),
             ("Total", 2025, 1152.0, "USD 100 million", "estimate")],
        claims=[("cagr", 54.2, "percent", 2022, 2025, None, "stated")],
        # (1152 / 316) ** (1/3) - 1 = 53.91%; at most (1152.5 / 315.5) ** (1/3) - 1 = 54.01% with rounding: not 54.2%
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 33: 兆 as a trillion (Taiwan usage), 年增, and 億元 in the same sentence
        text="2024年中國大陸AI核心產業規模約人民幣9,186億元，年增24.1%；預估2025年將達人民幣1.2兆元。",
        # one series keeps one unit, the first printed: 1.2兆元 = 1.2 trillion = 12,000 hundred million yuan
        obs=[("Total", 2024, 9186.0, "CNY 100 million", "actual"), ("Total", 2025, 12000.0, "CNY 100 million", "estimate")],
        claims=[("growth", 24.1, "percent", 2023, 2024, 1.0)],
        # 9186 / 1.241 = 7402 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 34: 萬億美元 target, 億美元 base, 由…擴大至…; a CAGR across the two units
        text="市調機構預測，全球AI市場規模將由2024年的2,335億美元擴大至2030年的1.81萬億美元，年複合成長率為40.7%。",
        obs=[("Total", 2024, 2335.0, "USD 100 million", "actual"),
             ("Total", 2030, 18100.0, "USD 100 million", "estimate")],  # in the series' first unit
        claims=[("cagr", 40.7, "percent", 2024, 2030, None, "inferred")],
        # 1.81 trillion = 18,100 hundred million; (18100 / 2335) ** (1/6) - 1 = 40.68%, which rounds to 40.7%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 35: 年減 (a decline) before the level, 萬台
        text="受庫存調整影響，2023年全球AI PC出貨量年減6.2%，降至1,874萬台。",
        obs=[("Total", 2023, 1874.0, "count 10 thousand", "actual")],
        claims=[("growth", -6.2, "percent", 2022, 2023, 1.0)],
        verdicts=[]),
    dict(  # 36: bullets with full-width colons and the period in full-width parentheses
        text="重點數據\n・2023年市場規模：86.2億美元\n・2028年預估：254.7億美元\n・年複合成長率（2023-2028）：24.2%",
        obs=[("Total", 2023, 86.2, "USD 100 million", "actual"),
             ("Total", 2028, 254.7, "USD 100 million", "estimate")],
        claims=[("cagr", 24.2, "percent", 2023, 2028, None, "stated")],
        # (254.7 / 86.2) ** (1/5) - 1 = 24.20%
        verdicts=[("cagr", "exact")]),
    # ---------------------------------------------------------------- English bullets
    dict(  # 37: a heading over bullets, each a label, a year and an amount
        text="Key findings \u2014 AI in cybersecurity\n\u2022 Market size, 2024: USD 25.4 billion\n"
             "\u2022 Forecast, 2032: USD 134.6 billion\n\u2022 CAGR 2024-2032: 23.2%",
        obs=[("Total", 2024, 25.4, "USD billion", "actual"), ("Total", 2032, 134.6, "USD billion", "estimate")],
        claims=[("cagr", 23.2, "percent", 2024, 2032, None, "stated")],
        # (134.6 / 25.4) ** (1/8) - 1 = 23.18%, which rounds to 23.2%
        verdicts=[("cagr", "exact")]),
    dict(  # 38: a fiscal-year heading over bullets that carry no year of their own; "up 64% y/y"; an outlook
        text="Highlights for FY2024\n- AI cloud revenue of $8.9bn, up 64% y/y\n- Full-year outlook (FY2025): $13.3bn",
        obs=[("Total", 2024, 8.9, "USD billion", "actual"), ("Total", 2025, 13.3, "USD billion", "estimate")],
        claims=[("growth", 64.0, "percent", 2023, 2024, 1.0)],
        # implies 8.9 / 1.64 = 5.43 in FY2023, which the text does not give
        verdicts=[]),
    # ---------------------------------------------------------------- tables
    dict(  # 39: Markdown pipes, the unit in the caption, an F year and a "CAGR 2024-2029" column
        text="Table 3. Global AI software revenue by deployment (USD billion)\n"
             "| Deployment | 2024 | 2029F | CAGR 2024-2029 |\n|---|---|---|---|\n"
             "| Cloud | 78.4 | 214.6 | 22.3% |\n| On-premises | 41.2 | 63.5 | 9.0% |\n| Total | 119.6 | 278.1 | 18.4% |",
        obs=[("Cloud", 2024, 78.4, "USD billion", "actual"), ("Cloud", 2029, 214.6, "USD billion", "estimate"),
             ("On-premises", 2024, 41.2, "USD billion", "actual"),
             ("On-premises", 2029, 63.5, "USD billion", "estimate"),
             ("Total", 2024, 119.6, "USD billion", "actual"), ("Total", 2029, 278.1, "USD billion", "estimate")],
        claims=[("cagr", 22.3, "percent", 2024, 2029, None, "stated"), ("cagr", 9.0, "percent", 2024, 2029, None, "stated"),
                ("cagr", 18.4, "percent", 2024, 2029, None, "stated")],
        # 78.4 + 41.2 = 119.6 and 214.6 + 63.5 = 278.1; CAGRs (214.6/78.4)^(1/5) - 1 = 22.31%,
        # (63.5/41.2)^(1/5) - 1 = 9.04%, (278.1/119.6)^(1/5) - 1 = 18.38%: all round to the printed rates
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 40: tab-separated, FY columns, a y/y column, US$ million in the caption, thousands separators
        text="AI segment results (US$ million)\nSegment\tFY2023\tFY2024\ty/y\nHardware\t1,482\t2,116\t42.8%\n"
             "Software\t905\t1,164\t28.6%\nServices\t611\t702\t14.9%\nTotal\t2,998\t3,982\t32.8%",
        obs=[("Hardware", 2023, 1482.0, "USD million", "actual"), ("Hardware", 2024, 2116.0, "USD million", "actual"),
             ("Software", 2023, 905.0, "USD million", "actual"), ("Software", 2024, 1164.0, "USD million", "actual"),
             ("Services", 2023, 611.0, "USD million", "actual"), ("Services", 2024, 702.0, "USD million", "actual"),
             ("Total", 2023, 2998.0, "USD million", "actual"), ("Total", 2024, 3982.0, "USD million", "actual")],
        claims=[("growth", 42.8, "percent", 2023, 2024, 1.0), ("growth", 28.6, "percent", 2023, 2024, 1.0),
                ("growth", 14.9, "percent", 2023, 2024, 1.0), ("growth", 32.8, "percent", 2023, 2024, 1.0)],
        # 1482 + 905 + 611 = 2998, 2116 + 1164 + 702 = 3982; 2116/1482 = 1.4278, 1164/905 = 1.2862,
        # 702/611 = 1.1489, 3982/2998 = 1.3282: each y/y rounds to the printed one
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 41: space-aligned columns, A and E years, units (not money) in the caption
        text="Edge AI chipset shipments (million units)\n"
             "                 2022A    2023A    2024E    2025E\n"
             "Smartphones      412.5    455.0    521.3    580.9\n"
             "PCs               18.7     24.3     51.6     88.2\n"
             "Total            431.2    479.3    572.9    669.1",
        obs=[("Smartphones", 2022, 412.5, "count million", "actual"), ("Smartphones", 2023, 455.0, "count million", "actual"),
             ("Smartphones", 2024, 521.3, "count million", "estimate"),
             ("Smartphones", 2025, 580.9, "count million", "estimate"),
             ("PCs", 2022, 18.7, "count million", "actual"), ("PCs", 2023, 24.3, "count million", "actual"),
             ("PCs", 2024, 51.6, "count million", "estimate"), ("PCs", 2025, 88.2, "count million", "estimate"),
             ("Total", 2022, 431.2, "count million", "actual"), ("Total", 2023, 479.3, "count million", "actual"),
             ("Total", 2024, 572.9, "count million", "estimate"), ("Total", 2025, 669.1, "count million", "estimate")],
        claims=[],
        # 412.5 + 18.7 = 431.2, 455.0 + 24.3 = 479.3, 521.3 + 51.6 = 572.9, 580.9 + 88.2 = 669.1
        verdicts=[("hierarchy", "exact")]),
    dict(  # 42: a Chinese table, 单位 in the caption, 年 in the headers, a 同比增速 column, a 合计 row
        text="表2 中国人工智能细分市场规模（单位：亿元）\n细分市场\t2023年\t2024年\t同比增速\n"
             "计算机视觉\t342.7\t395.1\t15.3%\n智能语音\t290.7\t351.3\t20.8%\n合计\t633.4\t746.4\t17.8%",
        obs=[("计算机视觉", 2023, 342.7, "CNY 100 million", "actual"), ("计算机视觉", 2024, 395.1, "CNY 100 million", "actual"),
             ("智能语音", 2023, 290.7, "CNY 100 million", "actual"), ("智能语音", 2024, 351.3, "CNY 100 million", "actual"),
             ("合计", 2023, 633.4, "CNY 100 million", "actual"), ("合计", 2024, 746.4, "CNY 100 million", "actual")],
        claims=[("growth", 15.3, "percent", 2023, 2024, 1.0), ("growth", 20.8, "percent", 2023, 2024, 1.0),
                ("growth", 17.8, "percent", 2023, 2024, 1.0)],
        # 342.7 + 290.7 = 633.4, 395.1 + 351.3 = 746.4; 395.1/342.7 = 1.1529, 351.3/290.7 = 1.2085,
        # 746.4/633.4 = 1.1784: each rounds to the printed rate
        verdicts=[("hierarchy", "exact")]),
    dict(  # 43: a Traditional Chinese table, 單位：億美元, an ideographic space, a "(F)" forecast column
        text="表1\u3000全球AI伺服器出貨金額（單位：億美元）\n年度\t2023\t2024\t2025(F)\n"
             "訓練型\t512.4\t768.9\t1,035.2\n推論型\t203.6\t322.5\t496.0\n合計\t716.0\t1,091.4\t1,531.2",
        obs=[("訓練型", 2023, 512.4, "USD 100 million", "actual"), ("訓練型", 2024, 768.9, "USD 100 million", "actual"),
             ("訓練型", 2025, 1035.2, "USD 100 million", "estimate"),
             ("推論型", 2023, 203.6, "USD 100 million", "actual"), ("推論型", 2024, 322.5, "USD 100 million", "actual"),
             ("推論型", 2025, 496.0, "USD 100 million", "estimate"),
             ("合計", 2023, 716.0, "USD 100 million", "actual"), ("合計", 2024, 1091.4, "USD 100 million", "actual"),
             ("合計", 2025, 1531.2, "USD 100 million", "estimate")],
        claims=[],
        # 512.4 + 203.6 = 716.0, 768.9 + 322.5 = 1091.4, 1035.2 + 496.0 = 1531.2
        verdicts=[("hierarchy", "exact")]),
    dict(  # 44: years as rows, the unit in a column header, a growth column with a dash for the first year
        text="Year | Revenue (EUR million) | Growth\n2021 | 212.4 | \u2013\n2022 | 268.9 | 26.6%\n"
             "2023 | 331.0 | 23.1%\n2024 | 402.7 | 21.7%",
        obs=[("Revenue", 2021, 212.4, "EUR million", "actual"), ("Revenue", 2022, 268.9, "EUR million", "actual"),
             ("Revenue", 2023, 331.0, "EUR million", "actual"), ("Revenue", 2024, 402.7, "EUR million", "actual")],
        claims=[("growth", 26.6, "percent", 2021, 2022, 1.0), ("growth", 23.1, "percent", 2022, 2023, 1.0),
                ("growth", 21.7, "percent", 2023, 2024, 1.0)],
        # 268.9/212.4 = 1.2660, 331.0/268.9 = 1.2309, 402.7/331.0 = 1.2166: each rounds to the printed rate
        verdicts=[]),
    dict(  # 45: Markdown with alignment colons and a "'23-'28 CAGR" header; one row holds only within rounding
        text="AI PC installed base by region (million units)\n| Region | 2023 | 2028E | '23-'28 CAGR |\n"
             "|:--|--:|--:|--:|\n| North America | 14.2 | 61.8 | 34.2% |\n| Europe | 9.6 | 44.1 | 35.6% |\n"
             "| Rest of world | 11.3 | 71.5 | 44.6% |\n| Total | 35.1 | 177.4 | 38.3% |",
        obs=[("North America", 2023, 14.2, "count million", "actual"),
             ("North America", 2028, 61.8, "count million", "estimate"),
             ("Europe", 2023, 9.6, "count million", "actual"), ("Europe", 2028, 44.1, "count million", "estimate"),
             ("Rest of world", 2023, 11.3, "count million", "actual"),
             ("Rest of world", 2028, 71.5, "count million", "estimate"),
             ("Total", 2023, 35.1, "count million", "actual"), ("Total", 2028, 177.4, "count million", "estimate")],
        claims=[("cagr", 34.2, "percent", 2023, 2028, None, "stated"), ("cagr", 35.6, "percent", 2023, 2028, None, "stated"),
                ("cagr", 44.6, "percent", 2023, 2028, None, "stated"), ("cagr", 38.3, "percent", 2023, 2028, None, "stated")],
        # 14.2 + 9.6 + 11.3 = 35.1, 61.8 + 44.1 + 71.5 = 177.4. CAGRs: 34.20%, 44.63%, 38.27% round to the printed
        # rates; Europe (44.1/9.6)^(1/5) - 1 = 35.65% rounds to 35.7%, but (44.05/9.65)^(1/5) - 1 = 35.48% allows
        # 35.6%: rounding
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "rounding")]),
    dict(  # 46: an exhibit whose parts do not add up to its stated total
        text="Exhibit 5: China AI spending by layer, 2024 (CNY billion)\nLayer\t2024\nInfrastructure\t182.4\n"
             "Models and platforms\t64.9\nApplications\t97.3\nTotal\t352.6",
        obs=[("Infrastructure", 2024, 182.4, "CNY billion", "actual"),
             ("Models and platforms", 2024, 64.9, "CNY billion", "actual"),
             ("Applications", 2024, 97.3, "CNY billion", "actual"), ("Total", 2024, 352.6, "CNY billion", "actual")],
        claims=[],
        # 182.4 + 64.9 + 97.3 = 344.6, not 352.6 (off by 8.0, far beyond rounding of 0.05 a cell)
        verdicts=[("hierarchy", "inconsistent")]),
    dict(  # 47: space-aligned, accounting negatives "(9.9)%" for declines, a "Change" column
        text="Legacy analytics licence revenue (USD million)\nProduct line    FY2023    FY2024    Change\n"
             "On-premise BI     812.0     731.6    (9.9)%\nDesktop tools     264.3     215.8   (18.4)%\n"
             "Total           1,076.3     947.4   (12.0)%",
        obs=[("On-premise BI", 2023, 812.0, "USD million", "actual"), ("On-premise BI", 2024, 731.6, "USD million", "actual"),
             ("Desktop tools", 2023, 264.3, "USD million", "actual"), ("Desktop tools", 2024, 215.8, "USD million", "actual"),
             ("Total", 2023, 1076.3, "USD million", "actual"), ("Total", 2024, 947.4, "USD million", "actual")],
        claims=[("growth", -9.9, "percent", 2023, 2024, 1.0), ("growth", -18.4, "percent", 2023, 2024, 1.0),
                ("growth", -12.0, "percent", 2023, 2024, 1.0)],
        # 812.0 + 264.3 = 1076.3, 731.6 + 215.8 = 947.4; 731.6/812.0 - 1 = -9.90%, 215.8/264.3 - 1 = -18.35%,
        # 947.4/1076.3 - 1 = -11.98%: each rounds to the printed change
        verdicts=[("hierarchy", "exact")]),
    dict(  # 48: a Chinese Markdown table without a total row, "CAGR(2024-2030E)" header, 亿元 in the caption
        text="中国AI智能体市场规模预测（亿元）\n| 类别 | 2024 | 2030E | CAGR(2024-2030E) |\n| --- | --- | --- | --- |\n"
             "| 企业级 | 48.6 | 512.3 | 48.1% |\n| 消费级 | 21.3 | 187.5 | 43.7% |",
        obs=[("企业级", 2024, 48.6, "CNY 100 million", "actual"), ("企业级", 2030, 512.3, "CNY 100 million", "estimate"),
             ("消费级", 2024, 21.3, "CNY 100 million", "actual"), ("消费级", 2030, 187.5, "CNY 100 million", "estimate")],
        claims=[("cagr", 48.1, "percent", 2024, 2030, None, "stated"), ("cagr", 43.7, "percent", 2024, 2030, None, "stated")],
        # (512.3 / 48.6) ** (1/6) - 1 = 48.08%, (187.5 / 21.3) ** (1/6) - 1 = 43.69%: both round to the printed rates
        verdicts=[("cagr", "exact")]),
    # ---------------------------------------------------------------- more forms, written after a first run
    dict(  # 49: an English "respectively" list over three years
        text="Revenues for 2022, 2023 and 2024 were $1.21 billion, $1.64 billion and $2.37 billion, respectively.",
        obs=[("Total", 2022, 1.21, "USD billion", "actual"), ("Total", 2023, 1.64, "USD billion", "actual"),
             ("Total", 2024, 2.37, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 50: a share and a change in percentage points, which is no growth rate
        text="AI workloads accounted for 14.5% of data-centre power use in 2024, up 3.8 percentage points from 2023.",
        obs=[],
        claims=[("share", 14.5, "percent", 2024, 2024, None)],
        # 14.5 - 3.8 = 10.7% in 2023; a growth of 3.8% would be a misreading
        verdicts=[]),
    dict(  # 51: 翻两番 (quadrupled) against a year whose value is not given
        text="预计2030年中国AI医疗影像市场规模将达到186.4亿元，较2025年翻两番。",
        obs=[("Total", 2030, 186.4, "CNY 100 million", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2025, 2030, 5.0)],
        # implies 186.4 / 4 = 46.6 in 2025, which the text does not give
        verdicts=[]),
    dict(  # 52: a two-digit end year "2019-24 CAGR" before the figures
        text="China's AI server market grew at a 2019-24 CAGR of 27.4%, reaching US$21.3 billion in 2024 from "
             "US$6.4 billion in 2019.",
        obs=[("Total", 2019, 6.4, "USD billion", "actual"), ("Total", 2024, 21.3, "USD billion", "actual")],
        claims=[("cagr", 27.4, "percent", 2019, 2024, None, "stated")],
        # (21.3 / 6.4) ** (1/5) - 1 = 27.19% (rounds to 27.2%); (21.35 / 6.35) ** (1/5) - 1 = 27.45% allows 27.4%:
        # rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 53: a Traditional Chinese Markdown table, 年 in the headers, a 年增率 column
        text="台灣AI伺服器出口（單位：億美元）\n| 項目 | 2023年 | 2024年 | 年增率 |\n|---|---|---|---|\n"
             "| 出口值 | 236.8 | 512.6 | 116.5% |",
        obs=[("出口值", 2023, 236.8, "USD 100 million", "actual"), ("出口值", 2024, 512.6, "USD 100 million", "actual")],
        claims=[("growth", 116.5, "percent", 2023, 2024, 1.0)],
        # 512.6 / 236.8 - 1 = 116.47%, which rounds to 116.5%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 54: a Chinese table of units (万台), one row, years in a 年份 row with E marks
        text="2022-2025年中国AI摄像头出货量（单位：万台）\n年份\t2022\t2023\t2024E\t2025E\n出货量\t2,865\t3,564\t4,213\t4,978",
        obs=[("出货量", 2022, 2865.0, "count 10 thousand", "actual"), ("出货量", 2023, 3564.0, "count 10 thousand", "actual"),
             ("出货量", 2024, 4213.0, "count 10 thousand", "estimate"),
             ("出货量", 2025, 4978.0, "count 10 thousand", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 55: "mn" and "three times" the previous fiscal year, both values given
        text="Subscriptions to the assistant generated $312mn in fiscal 2024, three times the $104mn of fiscal 2023.",
        obs=[("Total", 2024, 312.0, "USD million", "actual"), ("Total", 2023, 104.0, "USD million", "actual")],
        claims=[("multiple", 3.0, "multiple", 2023, 2024, 1.0)],
        # 312 / 104 = 3.000 exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 56: a product name with digits (H100) that is no figure; "up 217% on fiscal 2023"
        text="Demand for H100-class GPUs lifted the vendor's data-centre revenue to $47.5 billion in fiscal 2024, "
             "up 217% on fiscal 2023.",
        obs=[("Total", 2024, 47.5, "USD billion", "actual")],
        claims=[("growth", 217.0, "percent", 2023, 2024, 1.0)],
        # implies 47.5 / 3.17 = 14.98 in fiscal 2023, which the text does not give
        verdicts=[]),
    dict(  # 57: a negative CAGR in Chinese, 从…降至…
        text="受替代技术冲击，传统语音识别硬件市场规模预计将从2024年的42.7亿元降至2029年的31.5亿元，年均复合增长率为-5.9%。",
        obs=[("Total", 2024, 42.7, "CNY 100 million", "actual"), ("Total", 2029, 31.5, "CNY 100 million", "estimate")],
        claims=[("cagr", -5.9, "percent", 2024, 2029, None, "inferred")],
        # (31.5 / 42.7) ** (1/5) - 1 = -5.90%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 58: Traditional Chinese, the CAGR and its years in full-width parentheses, the base after the target
        text="預估2030年全球邊緣AI市場將達到1,436億美元（2024-2030年CAGR為22.0%），2024年約為436億美元。",
        obs=[("Total", 2024, 436.0, "USD 100 million", "actual"),
             ("Total", 2030, 1436.0, "USD 100 million", "estimate")],
        claims=[("cagr", 22.0, "percent", 2024, 2030, None, "stated")],
        # (1436 / 436) ** (1/6) - 1 = 21.98%, which rounds to 22.0%
        verdicts=[("cagr", "exact")]),
    dict(  # 59: the CAGR column before the year columns, "B" suffixes in the cells, a two-digit end year, no caption
        text="| Segment | CAGR 2023-30 | 2023 | 2030F |\n|---|---|---|---|\n| Chips | 30.5% | $53.7B | $346.6B |\n"
             "| Software | 26.9% | $18.2B | $96.4B |",
        obs=[("Chips", 2023, 53.7, "USD billion", "actual"), ("Chips", 2030, 346.6, "USD billion", "estimate"),
             ("Software", 2023, 18.2, "USD billion", "actual"), ("Software", 2030, 96.4, "USD billion", "estimate")],
        claims=[("cagr", 30.5, "percent", 2023, 2030, None, "stated"), ("cagr", 26.9, "percent", 2023, 2030, None, "stated")],
        # (346.6 / 53.7) ** (1/7) - 1 = 30.53%, (96.4 / 18.2) ** (1/7) - 1 = 26.89%: both round to the printed rates
        verdicts=[("cagr", "exact")]),
    dict(  # 60: a table broken by a page footer, its caption and header repeated on the next page
        text="Revenue by region (USD million)\nRegion\t2023\t2024\nAmericas\t842.6\t1,015.3\nEurope\t401.2\t466.9\n"
             "\u2014 12 \u2014\nRevenue by region (USD million)\nRegion\t2023\t2024\nAsia-Pacific\t355.8\t472.4\n"
             "Total\t1,599.6\t1,954.6",
        obs=[("Americas", 2023, 842.6, "USD million", "actual"), ("Americas", 2024, 1015.3, "USD million", "actual"),
             ("Europe", 2023, 401.2, "USD million", "actual"), ("Europe", 2024, 466.9, "USD million", "actual"),
             ("Asia-Pacific", 2023, 355.8, "USD million", "actual"), ("Asia-Pacific", 2024, 472.4, "USD million", "actual"),
             ("Total", 2023, 1599.6, "USD million", "actual"), ("Total", 2024, 1954.6, "USD million", "actual")],
        claims=[],
        # 842.6 + 401.2 + 355.8 = 1599.6, 1015.3 + 466.9 + 472.4 = 1954.6
        verdicts=[("hierarchy", "exact")]),
]


#: its name in the measures' line
NAME = "check set"


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


if __name__ == "__main__":  # python tests/extract_checkset.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
