"""A ninth check set for the extractor, written blind: parts of a market, their wholes and their shares.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. Every snippet states a PART of a market (a region, a segment, a product, a customer group, a
company) and its SHARE of the WHOLE, in the ways press releases, news items and Chinese industry reports put it: a
part that "accounted for" / "made up" / "represented" / "contributed" a share, "the largest share, at N%", "N% of
global revenue came from", a share that rose, several parts' shares in one sentence with or without the verb
repeated, a share followed by the part's amount (", or $X billion", "(USD X billion)", "，約合X億美元") or an amount
followed by its share, 占全球 / 占比 / 市场份额为 / 份额达 / 其中…占…, a "Share" / 占比 column in a table, shares
that do not add up, a whole stated in another sentence than its part, shares of a count (units, users, firms),
a whole that is not named, and percents near a part's name that are growth rates and no share. The figures are
plausible; the sentences are the project's own.

Conventions, as in the corpus: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals ("the software segment" -> "Software
segment"); a table's figure to its row label as printed. Each (item, year) is expected once, in its printed unit.
A share is ("share", N, "percent", YEAR, YEAR, None); the whole's own 100% in a table's total row is no claim. A
figure after "over" / "more than" / "nearly" / "超过" / "逾" / "近" is a bound, a ``value`` claim with no verdict. A
stated CAGR carries no ``period_years`` (its years say it), a year-on-year rate carries 1; a rate's period is
``stated`` when the sentence or column gives its span, ``inferred`` when only the years of the amounts give it.
The base of a forecast is ``actual``; a figure a forecast cue governs, or of a year after the document's date,
``estimate``. Where a snippet gives a part's amount, its whole's amount (same year, same unit) and the part's share,
the share gets an ``arithmetic`` verdict: ``exact`` when part / whole * 100 rounds to the printed share,
``exact|rounding`` when only some reading of the printed inputs (each at half its last digit either way) reaches
it, ``inconsistent`` when none does; the comment beside it gives part / whole * 100 and those bounds. A share
whose amounts the snippet does not give gets no verdict row. A CAGR is (end / start) ** (1 / years) - 1, with
bounds the same way. ``python tests/extract_checkset9.py [-v]`` prints the measures (and each miss).
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose
    dict(  # 1: a region's share with two decimals, then its amount after ", or $"; the whole earlier in the sentence
        text="The global computer vision market generated $27.84 billion in revenue in 2024, according to "
             "Brightwater Analytics. North America accounted for 36.21% of that total, or $10.08 billion, helped by "
             "early adoption in retail and logistics.",
        obs=[("Total", 2024, 27.84, "USD billion", "actual"), ("North America", 2024, 10.08, "USD billion", "actual")],
        claims=[("share", 36.21, "percent", 2024, 2024, None)],
        # 10.08 / 27.84 * 100 = 36.207 -> 36.21 exact (bounds 10.075 / 27.845 = 36.18 .. 10.085 / 27.835 = 36.23)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 2: a dateline, the part's amount, then "the largest share, at N%" that the amounts contradict
        text="NEW YORK, Jan. 27, 2025 /PRNewswire/ -- Global outlays for AI-enabled cybersecurity totaled USD 24.6 "
             "billion in 2023, Norland Insights said today. The banking sector was the largest buyer, spending USD "
             "6.9 billion and taking the largest share, at 31.4%.",
        obs=[("Total", 2023, 24.6, "USD billion", "actual"), ("Banking sector", 2023, 6.9, "USD billion", "actual")],
        claims=[("share", 31.4, "percent", 2023, 2023, None)],
        # 6.9 / 24.6 * 100 = 28.05; bounds 6.85 / 24.65 = 27.79 .. 6.95 / 24.55 = 28.31, far below 31.35: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 3: a stated CAGR that holds, then "N% of global revenue came from" a segment with no amount of its own
        text="Global revenue from AI-powered drug discovery platforms was $1.86 billion in 2024 and is forecast to "
             "reach $7.95 billion by 2032, a CAGR of 19.9% from 2024 to 2032. In 2024, 44% of global revenue came "
             "from oncology programs.",
        obs=[("Total", 2024, 1.86, "USD billion", "actual"), ("Total", 2032, 7.95, "USD billion", "estimate")],
        claims=[("cagr", 19.9, "percent", 2024, 2032, None, "stated"), ("share", 44.0, "percent", 2024, 2024, None)],
        # (7.95 / 1.86) ** (1 / 8) - 1 = 19.91% -> 19.9 exact; the oncology share has no amount: no verdict
        verdicts=[("cagr", "exact")]),
    dict(  # 4: percents beside regions' names that are year-on-year growth, not shares
        text="Enterprise spending on generative AI software rose to $19.3 billion in 2024 from $13.6 billion in 2023, "
             "Corlin Group said. Spending climbed 33% in Europe and 29% in Japan, while the rest of Asia posted the "
             "fastest gains.",
        obs=[("Total", 2023, 13.6, "USD billion", "actual"), ("Total", 2024, 19.3, "USD billion", "actual")],
        claims=[("growth", 33.0, "percent", 2023, 2024, 1.0), ("growth", 29.0, "percent", 2023, 2024, 1.0)],
        # the two rates are the regions', whose amounts are not given: no verdict (the total itself rose 41.9%)
        verdicts=[]),
    dict(  # 5: a verb-less list of segment shares after "led with", the whole in the sentence before
        text="The AI in manufacturing market stood at $5.94 billion in 2024. By component, software led with a 52.6% "
             "revenue share that year, hardware 31.0% and services 16.4%.",
        obs=[("Total", 2024, 5.94, "USD billion", "actual")],
        claims=[("share", 52.6, "percent", 2024, 2024, None), ("share", 31.0, "percent", 2024, 2024, None),
                ("share", 16.4, "percent", 2024, 2024, None)],
        # shares only (52.6 + 31.0 + 16.4 = 100.0); no part's amount: no verdict
        verdicts=[]),
    dict(  # 6: the verb repeated, each share with its amount in parentheses, the whole at the end of the sentence
        text="In 2025, Asia Pacific accounted for 41.5% (USD 9.13 billion), North America accounted for 30.2% (USD "
             "6.64 billion) and Europe accounted for 19.8% (USD 4.36 billion) of the USD 22.0 billion smart-factory "
             "AI market.",
        obs=[("Total", 2025, 22.0, "USD billion", "actual"), ("Asia Pacific", 2025, 9.13, "USD billion", "actual"),
             ("North America", 2025, 6.64, "USD billion", "actual"), ("Europe", 2025, 4.36, "USD billion", "actual")],
        claims=[("share", 41.5, "percent", 2025, 2025, None), ("share", 30.2, "percent", 2025, 2025, None),
                ("share", 19.8, "percent", 2025, 2025, None)],
        # 9.13 / 22.0 = 41.50 -> 41.5; 6.64 / 22.0 = 30.18 -> 30.2; 4.36 / 22.0 = 19.82 -> 19.8: all exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 7: a CAGR that holds only within rounding, and a segment's share that rose between two years
        text="The AI platform market grew from $11.2 billion in 2022 to $18.9 billion in 2024, a CAGR of 30.2% over "
             "2022-2024. Cloud deployments' share of the AI platform market rose to 68% in 2024 from 61% in 2022.",
        obs=[("Total", 2022, 11.2, "USD billion", "actual"), ("Total", 2024, 18.9, "USD billion", "actual")],
        claims=[("cagr", 30.2, "percent", 2022, 2024, None, "stated"), ("share", 68.0, "percent", 2024, 2024, None),
                ("share", 61.0, "percent", 2022, 2022, None)],
        # (18.9 / 11.2) ** (1 / 2) - 1 = 29.90%, not 30.2; bounds (18.85 / 11.25) ** 0.5 - 1 = 29.44% ..
        # (18.95 / 11.15) ** 0.5 - 1 = 30.37% hold 30.2: rounding; the shares have no amounts
        verdicts=[("cagr", "rounding")]),
    dict(  # 8: a share of units shipped, "made up ... of the total, or N million units"
        text="Global shipments of AI PCs reached 48.5 million units in 2024, according to Tallis Data. Windows "
             "machines made up 79.6% of the total, or 38.6 million units, with Apple's Mac line taking most of the "
             "rest.",
        obs=[("Total", 2024, 48.5, "count million", "actual"),
             ("Windows machines", 2024, 38.6, "count million", "actual")],
        claims=[("share", 79.6, "percent", 2024, 2024, None)],
        # 38.6 / 48.5 * 100 = 79.59 -> 79.6 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 9: a share of users that holds only within the rounding of the counts
        text="Of the 316 million people who used an AI assistant at least once a month in 2024, 37.5% were in "
             "South Asia, or 118 million users.",
        obs=[("Total", 2024, 316.0, "people million", "actual"), ("South Asia", 2024, 118.0, "people million", "actual")],
        claims=[("share", 37.5, "percent", 2024, 2024, None)],
        # 118 / 316 * 100 = 37.34, not 37.5; bounds 117.5 / 316.5 = 37.12 .. 118.5 / 315.5 = 37.56 reach 37.45:
        # within rounding
        verdicts=[("arithmetic", "exact|rounding")]),
    dict(  # 10: a company's sales and the share they "represented" of a market named by its size only
        text="SEATTLE, April 9, 2025 /PRNewswire/ -- Halvorsen Systems, the third-largest vendor, sold $3.42 billion "
             "of AI accelerators in 2024, which represented 12.7% of a $27.0 billion market, according to figures "
             "released today by Ardent Research.",
        obs=[("Total", 2024, 27.0, "USD billion", "actual"),
             ("Halvorsen Systems", 2024, 3.42, "USD billion", "actual")],
        claims=[("share", 12.7, "percent", 2024, 2024, None)],
        # 3.42 / 27.0 * 100 = 12.67 -> 12.7 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 11: the whole named only as "it", a vertical's share that its amount contradicts
        text="The speech recognition market was worth $15.7 billion in 2023. Healthcare contributed 18.5% of it, at "
             "$2.95 billion, ahead of automotive and consumer electronics.",
        obs=[("Total", 2023, 15.7, "USD billion", "actual"), ("Healthcare", 2023, 2.95, "USD billion", "actual")],
        claims=[("share", 18.5, "percent", 2023, 2023, None)],
        # 2.95 / 15.7 * 100 = 18.79; bounds 2.945 / 15.75 = 18.70 .. 2.955 / 15.65 = 18.88, above 18.55: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 12: a region's share in two years ("a year earlier") and another's, with no whole named or sized
        text="Europe's share stood at 24.3% in 2024, up from 22.8% a year earlier, while Latin America held just "
             "6.1%, Kestrel Data said in a note that gave no market size.",
        obs=[],
        claims=[("share", 24.3, "percent", 2024, 2024, None), ("share", 22.8, "percent", 2023, 2023, None),
                ("share", 6.1, "percent", 2024, 2024, None)],
        # shares only: no verdict
        verdicts=[]),
    dict(  # 13: a segment's amount first, then "a N% share of the $X billion" whole
        text="The software segment brought in $62.5 billion in 2025, a 45.1% share of the $138.6 billion enterprise "
             "AI market, Quillon Research said.",
        obs=[("Total", 2025, 138.6, "USD billion", "actual"),
             ("Software segment", 2025, 62.5, "USD billion", "actual")],
        claims=[("share", 45.1, "percent", 2025, 2025, None)],
        # 62.5 / 138.6 * 100 = 45.09 -> 45.1 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 14: a share of a count of firms, the count and its share between commas
        text="Of the 1,240 AI startups that raised funding in 2024, 412, or 33.2%, were based in the San Francisco "
             "Bay Area.",
        obs=[("Total", 2024, 1240.0, "count", "actual"), ("San Francisco Bay Area", 2024, 412.0, "count", "actual")],
        claims=[("share", 33.2, "percent", 2024, 2024, None)],
        # 412 / 1240 * 100 = 33.23 -> 33.2 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 15: a forecast CAGR over "the forecast period", a share in "percent" of a forecast year, one "commanded"
        text="PUNE, India, Feb. 18, 2026 (GLOBE NEWSWIRE) -- The AI-driven predictive maintenance market is projected "
             "to grow from USD 1.12 billion in 2025 to USD 4.87 billion in 2032, at a CAGR of 23.4% during the "
             "forecast period. Asia Pacific is expected to hold 39 percent of the market by 2032, while North "
             "America commanded 33.8% in 2025.",
        obs=[("Total", 2025, 1.12, "USD billion", "actual"), ("Total", 2032, 4.87, "USD billion", "estimate")],
        claims=[("cagr", 23.4, "percent", 2025, 2032, None, "inferred"), ("share", 39.0, "percent", 2032, 2032, None),
                ("share", 33.8, "percent", 2025, 2025, None)],
        # (4.87 / 1.12) ** (1 / 7) - 1 = 23.36% -> 23.4 exact; the shares have no amounts
        verdicts=[("cagr", "exact")]),
    dict(  # 16: amounts with their shares in parentheses, the verb given once; one share the amounts contradict
        text="The conversational AI market reached $14.8 billion in 2024. BFSI accounted for $4.07 billion (27.5%), "
             "retail for $3.27 billion (22.1%) and healthcare for $2.87 billion (23.4%).",
        obs=[("Total", 2024, 14.8, "USD billion", "actual"), ("BFSI", 2024, 4.07, "USD billion", "actual"),
             ("Retail", 2024, 3.27, "USD billion", "actual"), ("Healthcare", 2024, 2.87, "USD billion", "actual")],
        claims=[("share", 27.5, "percent", 2024, 2024, None), ("share", 22.1, "percent", 2024, 2024, None),
                ("share", 23.4, "percent", 2024, 2024, None)],
        # 4.07 / 14.8 = 27.50 -> 27.5 exact; 3.27 / 14.8 = 22.09 -> 22.1 exact; 2.87 / 14.8 = 19.39, bounds
        # 2.865 / 14.85 = 19.29 .. 2.875 / 14.75 = 19.49, far from 23.4: inconsistent
        verdicts=[("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
    # ------------------------------------------------------------------ Chinese prose (22 to 25 in Traditional Chinese)
    dict(  # 17: 其中 a country's count, then 占全球…的N%
        text="2024年全球AI服务器出货量为186.5万台，其中中国为52.3万台，占全球出货量的28.0%。",
        obs=[("Total", 2024, 186.5, "count 10 thousand", "actual"), ("中国", 2024, 52.3, "count 10 thousand", "actual")],
        claims=[("share", 28.0, "percent", 2024, 2024, None)],
        # 52.3 / 186.5 * 100 = 28.04 -> 28.0 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 18: the whole in one sentence, 其中 a field's amount and 占比 in the next, the share off
        text="2023年我国智能语音市场规模为297.4亿元。其中，医疗领域规模为38.6亿元，占比12.8%。",
        obs=[("Total", 2023, 297.4, "CNY 100 million", "actual"), ("医疗领域", 2023, 38.6, "CNY 100 million", "actual")],
        claims=[("share", 12.8, "percent", 2023, 2023, None)],
        # 38.6 / 297.4 * 100 = 12.98; bounds 38.55 / 297.45 = 12.96 .. 38.65 / 297.35 = 13.00, above 12.85: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 19: a company's 市场份额为N%, then its sales after 约
        text="据统计，2024年中国AI加速卡市场规模为1420亿元，启明科技的市场份额为18.3%，销售额约260亿元。",
        obs=[("Total", 2024, 1420.0, "CNY 100 million", "actual"), ("启明科技", 2024, 260.0, "CNY 100 million", "actual")],
        claims=[("share", 18.3, "percent", 2024, 2024, None)],
        # 260 / 1420 * 100 = 18.31 -> 18.3 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 20: a count of firms whose whole is only a bound (超过), so the share 份额达N% cannot be checked
        text="截至2024年底，全国人工智能企业超过4500家，其中长三角地区1562家，份额达34.7%。",
        obs=[("长三角地区", 2024, 1562.0, "count", "actual")],
        claims=[("value", 4500.0, "count", 2024, 2024, None), ("share", 34.7, "percent", 2024, 2024, None)],
        # the whole is a bound, not an amount: no verdict
        verdicts=[]),
    dict(  # 21: 其中 two parts, each an amount and 占N%, in one sentence
        text="2024年中国AI大模型市场规模为294.2亿元，其中语言大模型196.8亿元，占66.9%；多模态大模型97.4亿元，占33.1%。",
        obs=[("Total", 2024, 294.2, "CNY 100 million", "actual"),
             ("语言大模型", 2024, 196.8, "CNY 100 million", "actual"),
             ("多模态大模型", 2024, 97.4, "CNY 100 million", "actual")],
        claims=[("share", 66.9, "percent", 2024, 2024, None), ("share", 33.1, "percent", 2024, 2024, None)],
        # 196.8 / 294.2 = 66.89 -> 66.9; 97.4 / 294.2 = 33.11 -> 33.1: both exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 22: Traditional: 占比達N%, then the part's amount after 約合, in 億美元
        text="根據市調機構統計，2024年全球AI伺服器市場規模為1,870億美元，其中北美占比達63.5%，約合1,187億美元。",
        obs=[("Total", 2024, 1870.0, "USD 100 million", "actual"), ("北美", 2024, 1187.0, "USD 100 million", "actual")],
        claims=[("share", 63.5, "percent", 2024, 2024, None)],
        # 1187 / 1870 * 100 = 63.48 -> 63.5 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 23: Traditional: a CAGR with no span that holds only within rounding, and a region's 市占率
        text="2023年全球AI程式碼助理軟體營收為29億美元，預計2028年將增至145億美元，年複合成長率達38.3%。亞太地區2023年"
             "市占率為21.6%。",
        obs=[("Total", 2023, 29.0, "USD 100 million", "actual"), ("Total", 2028, 145.0, "USD 100 million", "estimate")],
        claims=[("cagr", 38.3, "percent", 2023, 2028, None, "inferred"), ("share", 21.6, "percent", 2023, 2023, None)],
        # (145 / 29) ** (1 / 5) - 1 = 37.97%, not 38.3; bounds (144.5 / 29.5) ** 0.2 - 1 = 37.41% ..
        # (145.5 / 28.5) ** 0.2 - 1 = 38.55% hold 38.3: rounding; the share has no amount
        verdicts=[("cagr", "rounding")]),
    dict(  # 24: Traditional: a verb-less list of 佔N% shares of a count of chips, the rest unstated
        text="研調機構統計，2024年全球資料中心AI加速器出貨量為612萬顆，其中GPU佔81.4%、ASIC佔16.2%，其餘為FPGA等晶片。",
        obs=[("Total", 2024, 612.0, "count 10 thousand", "actual")],
        claims=[("share", 81.4, "percent", 2024, 2024, None), ("share", 16.2, "percent", 2024, 2024, None)],
        # shares only: no verdict
        verdicts=[]),
    dict(  # 25: Traditional: two parts of a regional whole, each amount with its share; the first share off
        text="2024年亞太地區AI市場規模為865億美元，其中中國大陸為392億美元，占亞太市場的47.3%；日本為138億美元，占16.0%。",
        obs=[("Total", 2024, 865.0, "USD 100 million", "actual"), ("中國大陸", 2024, 392.0, "USD 100 million", "actual"),
             ("日本", 2024, 138.0, "USD 100 million", "actual")],
        claims=[("share", 47.3, "percent", 2024, 2024, None), ("share", 16.0, "percent", 2024, 2024, None)],
        # 392 / 865 = 45.32, bounds 391.5 / 865.5 = 45.23 .. 392.5 / 864.5 = 45.40, far from 47.3: inconsistent;
        # 138 / 865 = 15.95 -> 16.0 exact
        verdicts=[("arithmetic", "inconsistent"), ("arithmetic", "exact")]),
    dict(  # 26: a region's growth after 其中, which is no share; the whole's own growth without its base
        text="2024年全国智能安防市场规模为1068亿元，同比增长12.4%；其中华南地区增长23.5%，增速居各区域之首。",
        obs=[("Total", 2024, 1068.0, "CNY 100 million", "actual")],
        claims=[("growth", 12.4, "percent", 2023, 2024, 1.0), ("growth", 23.5, "percent", 2023, 2024, 1.0)],
        # 2023's amounts are not given: no verdict
        verdicts=[]),
    dict(  # 27: domestic chips' sales and their 份额由…提升至… over two years
        text="2024年国内AI芯片市场规模为1447亿元，国产芯片实现销售额455.8亿元，份额由2023年的22.8%提升至31.5%。",
        obs=[("Total", 2024, 1447.0, "CNY 100 million", "actual"),
             ("国产芯片", 2024, 455.8, "CNY 100 million", "actual")],
        claims=[("share", 31.5, "percent", 2024, 2024, None), ("share", 22.8, "percent", 2023, 2023, None)],
        # 455.8 / 1447 * 100 = 31.50 -> 31.5 exact; 2023's amounts are not given
        verdicts=[("arithmetic", "exact")]),
    dict(  # 28: a province's amount and 占全国的N%, the national whole stated in the next sentence
        text="2024年，广东省人工智能核心产业规模达到1,146亿元，占全国的19.8%。同期全国核心产业规模为5,784亿元。",
        obs=[("广东省", 2024, 1146.0, "CNY 100 million", "actual"), ("Total", 2024, 5784.0, "CNY 100 million", "actual")],
        claims=[("share", 19.8, "percent", 2024, 2024, None)],
        # 1146 / 5784 * 100 = 19.81 -> 19.8 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 29: a year-on-year rise with both amounts, then three vendors' 市场份额分别为 with no amounts
        text="2024年中国公有云AI服务市场规模达到385.6亿元，较2023年的273.1亿元同比增长41.2%。其中天枢云、星河云和北辰云的"
             "市场份额分别为26.1%、18.4%和12.7%。",
        obs=[("Total", 2023, 273.1, "CNY 100 million", "actual"), ("Total", 2024, 385.6, "CNY 100 million", "actual")],
        claims=[("growth", 41.2, "percent", 2023, 2024, 1.0), ("share", 26.1, "percent", 2024, 2024, None),
                ("share", 18.4, "percent", 2024, 2024, None), ("share", 12.7, "percent", 2024, 2024, None)],
        # 385.6 / 273.1 - 1 = 41.19% -> 41.2 exact; the shares have no amounts
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 30: the whole unnamed ("该市场"), a region 以X亿元 first with 占比达N%, the next 次之 with its share only
        text="2024年，该市场规模为862.5亿元。华东地区以335.5亿元的规模居首，占比达38.9%；华北地区次之，占比21.7%。",
        obs=[("Total", 2024, 862.5, "CNY 100 million", "actual"),
             ("华东地区", 2024, 335.5, "CNY 100 million", "actual")],
        claims=[("share", 38.9, "percent", 2024, 2024, None), ("share", 21.7, "percent", 2024, 2024, None)],
        # 335.5 / 862.5 * 100 = 38.90 -> 38.9 exact; 华北地区 has no amount
        verdicts=[("arithmetic", "exact")]),
    # ------------------------------------------------------------------ tables
    dict(  # 31: a Markdown table with a Share column and a Total row whose share cell is a dash
        text="Table 3. AI-enabled medical imaging revenue by region, 2024\n"
             "| Region | Revenue (USD billion) | Share |\n"
             "|---|---:|---:|\n"
             "| North America | 14.62 | 40.1% |\n"
             "| Europe | 8.35 | 22.9% |\n"
             "| Asia Pacific | 10.96 | 30.1% |\n"
             "| Rest of world | 2.53 | 6.9% |\n"
             "| Total | 36.46 | — |",
        obs=[("North America", 2024, 14.62, "USD billion", "actual"), ("Europe", 2024, 8.35, "USD billion", "actual"),
             ("Asia Pacific", 2024, 10.96, "USD billion", "actual"),
             ("Rest of world", 2024, 2.53, "USD billion", "actual"), ("Total", 2024, 36.46, "USD billion", "actual")],
        claims=[("share", 40.1, "percent", 2024, 2024, None), ("share", 22.9, "percent", 2024, 2024, None),
                ("share", 30.1, "percent", 2024, 2024, None), ("share", 6.9, "percent", 2024, 2024, None)],
        # 14.62 + 8.35 + 10.96 + 2.53 = 36.46; 14.62 / 36.46 = 40.10, 8.35 / 36.46 = 22.90, 10.96 / 36.46 = 30.06,
        # 2.53 / 36.46 = 6.94: all exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 32: a tab-separated Chinese table, two years of amounts, a 2024年占比 column and a 合计 row
        text="表1 2023-2024年中国智能客服市场结构（单位：亿元）\n"
             "细分领域\t2023年\t2024年\t2024年占比\n"
             "金融\t28.4\t35.2\t38.8%\n"
             "电商零售\t21.7\t26.9\t29.7%\n"
             "政务\t9.6\t12.8\t14.1%\n"
             "其他\t12.3\t15.8\t17.4%\n"
             "合计\t72.0\t90.7\t100.0%",
        obs=[("金融", 2023, 28.4, "CNY 100 million", "actual"), ("金融", 2024, 35.2, "CNY 100 million", "actual"),
             ("电商零售", 2023, 21.7, "CNY 100 million", "actual"), ("电商零售", 2024, 26.9, "CNY 100 million", "actual"),
             ("政务", 2023, 9.6, "CNY 100 million", "actual"), ("政务", 2024, 12.8, "CNY 100 million", "actual"),
             ("其他", 2023, 12.3, "CNY 100 million", "actual"), ("其他", 2024, 15.8, "CNY 100 million", "actual"),
             ("合计", 2023, 72.0, "CNY 100 million", "actual"), ("合计", 2024, 90.7, "CNY 100 million", "actual")],
        claims=[("share", 38.8, "percent", 2024, 2024, None), ("share", 29.7, "percent", 2024, 2024, None),
                ("share", 14.1, "percent", 2024, 2024, None), ("share", 17.4, "percent", 2024, 2024, None)],
        # 2023: 28.4 + 21.7 + 9.6 + 12.3 = 72.0; 2024: 35.2 + 26.9 + 12.8 + 15.8 = 90.7; 35.2 / 90.7 = 38.81,
        # 26.9 / 90.7 = 29.66, 12.8 / 90.7 = 14.11, 15.8 / 90.7 = 17.42: all exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 33: a space-aligned table of unit shipments with CAGRs and a 2024 share column; one share off
        text="AI-capable chip shipments by device type, million units (2029 forecast)\n"
             "Device type      2024      2029   CAGR 2024-29   2024 share\n"
             "Smartphones     612.0     884.0       7.6%         71.9%\n"
             "PCs              98.5     241.0      19.6%         11.6%\n"
             "Automotive       41.2     118.6      23.5%          4.8%\n"
             "Other            99.3     162.4      10.3%         13.7%\n"
             "Total           851.0    1406.0      10.6%",
        obs=[("Smartphones", 2024, 612.0, "count million", "actual"),
             ("Smartphones", 2029, 884.0, "count million", "estimate"),
             ("PCs", 2024, 98.5, "count million", "actual"), ("PCs", 2029, 241.0, "count million", "estimate"),
             ("Automotive", 2024, 41.2, "count million", "actual"),
             ("Automotive", 2029, 118.6, "count million", "estimate"),
             ("Other", 2024, 99.3, "count million", "actual"), ("Other", 2029, 162.4, "count million", "estimate"),
             ("Total", 2024, 851.0, "count million", "actual"), ("Total", 2029, 1406.0, "count million", "estimate")],
        claims=[("cagr", 7.6, "percent", 2024, 2029, None, "stated"), ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
                ("cagr", 23.5, "percent", 2024, 2029, None, "stated"), ("cagr", 10.3, "percent", 2024, 2029, None, "stated"),
                ("cagr", 10.6, "percent", 2024, 2029, None, "stated"),
                ("share", 71.9, "percent", 2024, 2024, None), ("share", 11.6, "percent", 2024, 2024, None),
                ("share", 4.8, "percent", 2024, 2024, None), ("share", 13.7, "percent", 2024, 2024, None)],
        # 2024: 612.0 + 98.5 + 41.2 + 99.3 = 851.0; 2029: 884.0 + 241.0 + 118.6 + 162.4 = 1406.0
        # CAGRs over 5 years: (884.0 / 612.0) = 7.63% -> 7.6; (241.0 / 98.5) = 19.60% -> 19.6; (118.6 / 41.2) =
        # 23.55% -> 23.5 (23.549); (162.4 / 99.3) = 10.34% -> 10.3; (1406.0 / 851.0) = 10.56% -> 10.6: all exact
        # shares: 612.0 / 851.0 = 71.92, 98.5 / 851.0 = 11.57, 41.2 / 851.0 = 4.84: exact; Other 99.3 / 851.0 =
        # 11.67 (bounds 11.66 .. 11.68) against 13.7: inconsistent (the column adds to 102.0)
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("arithmetic", "exact"),
                  ("arithmetic", "inconsistent")]),
    dict(  # 34: a Markdown table of vendors' unit shipments with a 市场份额 column, the whole in the intro sentence
        text="2024年中国智能驾驶域控制器出货量为486.2万套，主要厂商的出货量及市场份额如下：\n"
             "| 厂商 | 出货量（万套） | 市场份额 |\n"
             "|---|---|---|\n"
             "| 云峰电子 | 171.4 | 35.3% |\n"
             "| 华擎智驾 | 97.6 | 20.1% |\n"
             "| 新曜科技 | 65.8 | 13.5% |",
        obs=[("Total", 2024, 486.2, "count 10 thousand", "actual"),
             ("云峰电子", 2024, 171.4, "count 10 thousand", "actual"),
             ("华擎智驾", 2024, 97.6, "count 10 thousand", "actual"),
             ("新曜科技", 2024, 65.8, "count 10 thousand", "actual")],
        claims=[("share", 35.3, "percent", 2024, 2024, None), ("share", 20.1, "percent", 2024, 2024, None),
                ("share", 13.5, "percent", 2024, 2024, None)],
        # 171.4 / 486.2 = 35.25 -> 35.3; 97.6 / 486.2 = 20.07 -> 20.1; 65.8 / 486.2 = 13.53 -> 13.5: all exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 35: a tab-separated table of customer groups, CAGRs (one only within rounding) and shares of a forecast year
        text="Generative AI spending by customer group, USD billion\n"
             "Customer group\t2024\t2028\tCAGR 2024-2028\tShare of 2028 spending\n"
             "Large enterprises\t38.4\t97.2\t26.1%\t62.0%\n"
             "Mid-size firms\t14.9\t41.5\t29.2%\t26.5%\n"
             "Small businesses\t5.1\t18.1\t37.6%\t11.5%",
        obs=[("Large enterprises", 2024, 38.4, "USD billion", "actual"),
             ("Large enterprises", 2028, 97.2, "USD billion", "estimate"),
             ("Mid-size firms", 2024, 14.9, "USD billion", "actual"),
             ("Mid-size firms", 2028, 41.5, "USD billion", "estimate"),
             ("Small businesses", 2024, 5.1, "USD billion", "actual"),
             ("Small businesses", 2028, 18.1, "USD billion", "estimate")],
        claims=[("cagr", 26.1, "percent", 2024, 2028, None, "stated"), ("cagr", 29.2, "percent", 2024, 2028, None, "stated"),
                ("cagr", 37.6, "percent", 2024, 2028, None, "stated"),
                ("share", 62.0, "percent", 2028, 2028, None), ("share", 26.5, "percent", 2028, 2028, None),
                ("share", 11.5, "percent", 2028, 2028, None)],
        # over 4 years: (97.2 / 38.4) = 26.13% -> 26.1 exact; (41.5 / 14.9) = 29.19% -> 29.2 exact;
        # (18.1 / 5.1) = 37.26%, not 37.6, bounds (18.05 / 5.15) = 36.83% .. (18.15 / 5.05) = 37.69%: rounding.
        # No whole is printed: the shares get no verdict
        verdicts=[("cagr", "exact"), ("cagr", "rounding")]),
    dict(  # 36: a space-aligned Chinese table of regions with 占比 and a 全国 row that is more than their sum
        text="2024年我国人工智能产业区域分布（单位：亿元）\n"
             "地区        规模      占比\n"
             "京津冀     1,286     22.4%\n"
             "长三角     2,014     35.1%\n"
             "粤港澳     1,158     20.2%\n"
             "成渝         402      8.0%\n"
             "全国       5,740    100.0%",
        obs=[("京津冀", 2024, 1286.0, "CNY 100 million", "actual"), ("长三角", 2024, 2014.0, "CNY 100 million", "actual"),
             ("粤港澳", 2024, 1158.0, "CNY 100 million", "actual"), ("成渝", 2024, 402.0, "CNY 100 million", "actual"),
             ("全国", 2024, 5740.0, "CNY 100 million", "actual")],
        claims=[("share", 22.4, "percent", 2024, 2024, None), ("share", 35.1, "percent", 2024, 2024, None),
                ("share", 20.2, "percent", 2024, 2024, None), ("share", 8.0, "percent", 2024, 2024, None)],
        # the four regions add to 4,860 of 5,740 (the rest unlisted); 1286 / 5740 = 22.40, 2014 / 5740 = 35.09,
        # 1158 / 5740 = 20.17: exact; 402 / 5740 = 7.00 (bounds 6.99 .. 7.01) against 8.0: inconsistent
        verdicts=[("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
    dict(  # 37: a Markdown table of vendors' revenue and Market share, the whole in a note under it
        text="Top vendors of AI contact-center software, 2024\n"
             "| Vendor | Revenue (USD million) | Market share |\n"
             "|---|---:|---:|\n"
             "| Veltra | 412 | 18.9% |\n"
             "| Quorent | 287 | 13.2% |\n"
             "| Nimbal | 197 | 9.1% |\n"
             "Market total: USD 2,180 million.",
        obs=[("Veltra", 2024, 412.0, "USD million", "actual"), ("Quorent", 2024, 287.0, "USD million", "actual"),
             ("Nimbal", 2024, 197.0, "USD million", "actual"), ("Total", 2024, 2180.0, "USD million", "actual")],
        claims=[("share", 18.9, "percent", 2024, 2024, None), ("share", 13.2, "percent", 2024, 2024, None),
                ("share", 9.1, "percent", 2024, 2024, None)],
        # 412 / 2180 = 18.90 -> 18.9 exact; 287 / 2180 = 13.17 -> 13.2 exact; 197 / 2180 = 9.04, not 9.1, bounds
        # 196.5 / 2180.5 = 9.01 .. 197.5 / 2179.5 = 9.06 reach 9.05: within rounding
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact|rounding")]),
    dict(  # 38: a tab-separated Traditional Chinese table of unit shipments with a 占比 column and a 合計 row
        text="表2 2023–2024年全球AI伺服器出貨結構（單位：萬台）\n"
             "品類\t2023年\t2024年\t2024年占比\n"
             "GPU伺服器\t18.6\t27.9\t62.8%\n"
             "ASIC伺服器\t6.2\t10.4\t23.4%\n"
             "其他\t5.1\t6.1\t13.7%\n"
             "合計\t29.9\t44.4\t100.0%",
        obs=[("GPU伺服器", 2023, 18.6, "count 10 thousand", "actual"), ("GPU伺服器", 2024, 27.9, "count 10 thousand", "actual"),
             ("ASIC伺服器", 2023, 6.2, "count 10 thousand", "actual"),
             ("ASIC伺服器", 2024, 10.4, "count 10 thousand", "actual"),
             ("其他", 2023, 5.1, "count 10 thousand", "actual"), ("其他", 2024, 6.1, "count 10 thousand", "actual"),
             ("合計", 2023, 29.9, "count 10 thousand", "actual"), ("合計", 2024, 44.4, "count 10 thousand", "actual")],
        claims=[("share", 62.8, "percent", 2024, 2024, None), ("share", 23.4, "percent", 2024, 2024, None),
                ("share", 13.7, "percent", 2024, 2024, None)],
        # 2023: 18.6 + 6.2 + 5.1 = 29.9; 2024: 27.9 + 10.4 + 6.1 = 44.4; 27.9 / 44.4 = 62.84, 10.4 / 44.4 = 23.42,
        # 6.1 / 44.4 = 13.74: all exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 39: a space-aligned table of users by region with a Share column and a Worldwide row; one share off
        text="Monthly active users of AI assistants by region, 2025\n"
             "Region                 Users (million)   Share\n"
             "North America              142.6        21.4%\n"
             "Europe                     131.9        19.8%\n"
             "Asia Pacific               298.4        44.8%\n"
             "Latin America               58.7         9.8%\n"
             "Middle East & Africa        34.4         5.2%\n"
             "Worldwide                  666.0       100.0%",
        obs=[("North America", 2025, 142.6, "people million", "actual"), ("Europe", 2025, 131.9, "people million", "actual"),
             ("Asia Pacific", 2025, 298.4, "people million", "actual"),
             ("Latin America", 2025, 58.7, "people million", "actual"),
             ("Middle East & Africa", 2025, 34.4, "people million", "actual"),
             ("Worldwide", 2025, 666.0, "people million", "actual")],
        claims=[("share", 21.4, "percent", 2025, 2025, None), ("share", 19.8, "percent", 2025, 2025, None),
                ("share", 44.8, "percent", 2025, 2025, None), ("share", 9.8, "percent", 2025, 2025, None),
                ("share", 5.2, "percent", 2025, 2025, None)],
        # 142.6 + 131.9 + 298.4 + 58.7 + 34.4 = 666.0; 142.6 / 666.0 = 21.41, 131.9 / 666.0 = 19.80, 298.4 / 666.0 =
        # 44.80, 34.4 / 666.0 = 5.17: exact; 58.7 / 666.0 = 8.81 (bounds 8.81 .. 8.82) against 9.8: inconsistent
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
    dict(  # 40: a Markdown Chinese table of segments with a forecast year, CAGRs (one only within rounding) and 2030年占比
        text="2024-2030年中国车载AI细分市场规模预测\n"
             "| 细分市场 | 2024年（亿元） | 2030年E（亿元） | 年均复合增长率（2024-2030） | 2030年占比 |\n"
             "|---|---|---|---|---|\n"
             "| 智能驾驶 | 312 | 1,580 | 31.0% | 63.9% |\n"
             "| 智能座舱 | 186 | 624 | 22.4% | 25.2% |\n"
             "| 车路协同 | 47 | 268 | 33.9% | 10.8% |",
        obs=[("智能驾驶", 2024, 312.0, "CNY 100 million", "actual"),
             ("智能驾驶", 2030, 1580.0, "CNY 100 million", "estimate"),
             ("智能座舱", 2024, 186.0, "CNY 100 million", "actual"),
             ("智能座舱", 2030, 624.0, "CNY 100 million", "estimate"),
             ("车路协同", 2024, 47.0, "CNY 100 million", "actual"),
             ("车路协同", 2030, 268.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.0, "percent", 2024, 2030, None, "stated"), ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
                ("cagr", 33.9, "percent", 2024, 2030, None, "stated"),
                ("share", 63.9, "percent", 2030, 2030, None), ("share", 25.2, "percent", 2030, 2030, None),
                ("share", 10.8, "percent", 2030, 2030, None)],
        # over 6 years: (1580 / 312) = 31.04% -> 31.0 exact; (624 / 186) = 22.35% -> 22.4 exact; (268 / 47) = 33.66%,
        # not 33.9, bounds (267.5 / 47.5) = 33.38% .. (268.5 / 46.5) = 33.94%: rounding. No whole is printed: the
        # shares get no verdict
        verdicts=[("cagr", "exact"), ("cagr", "rounding")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 8, "rounding": 4, "exact": 34}
#: forms of stating a part and its share of the whole the set is meant to cover, each in some snippet
FORMS = (
    'accounted for 36.21% of that total, or $',
    'taking the largest share, at',
    '% of global revenue came from',
    'climbed 33% in Europe',
    'led with a 52.6% revenue share',
    ', hardware 31.0% and services',
    '(USD 9.13 billion)',
    "share of the AI platform market rose to",
    'made up',
    'million units',
    'million users',
    'represented',
    'contributed',
    'of it, at',
    "Europe's share stood at",
    'a year earlier',
    'held just',
    'a 45.1% share of the',
    ', or 33.2%,',
    '39 percent of the market',
    'commanded',
    'retail for $3.27 billion (22.1%)',
    '占全球',
    '其中',
    '占比',
    '市场份额为',
    '份额达',
    '超过4500家',
    '占66.9%',
    '占比達',
    '約合',
    '市占率',
    '佔81.4%、ASIC佔',
    '占亞太市場的',
    '增长23.5%',
    '份额由',
    '占全国的',
    '分别为',
    '该市场',
    '以335.5亿元',
    '次之',
    '| Share |',
    '| Total | 36.46 | — |',
    '2024年占比',
    '合计',
    '合計',
    '2024 share',
    '| 市场份额 |',
    'Share of 2028 spending',
    '全国       5,740',
    '| Market share |',
    'Market total:',
    'Worldwide',
    '2030年占比',
)
#: read blind once: figures 93/206 (45%), rates 6/20 (30%), verdicts 8/48 (17%), false inconsistent 0. The classes of
#: failure were then mended, each with a test of its own (a part named before its verb and its whole after "of", in
#: English and Chinese; a part's amount before or after its share; a whole named again in short; a table's share
#: column headed with its year, with a blank cell on its total row, under 市场份额, with the 100% row as its whole or
#: with no whole printed; a percent in brackets after an amount; a rate listed after a rate; a base amount after
#: 较YEAR年的; users counted as people; a base year taken as a share's year); these floors hold what that gave.
#: Raised when parts named side by side with their verb said once were read (a rule written for other sets).
FLOORS = {"figures_found": 199, "rates_found": 20, "verdicts_right": 37}


if __name__ == "__main__":  # python tests/extract_checkset9.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
