"""A tenth check set for the extractor, written blind: the parts of a market over time, their wholes and shares.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. Each snippet is a short whole document (one to eight lines) about the PARTS of a market
(regions, segments, vendors, applications, levels of autonomy): a part's amount and its share of the whole in
every order (the share first, the amount first, both in brackets, the whole before, after or in another
sentence), a part's growth next to the whole's or another part's, growth against a named base amount ("up from $X
billion a year earlier", 较2023年的X亿元), quantities that are not money (computing power, data-centre power, data,
units, users), several parts listed in one sentence with or without their verb, a percent in brackets after an
amount, shares in tables ("Share", "Share (%)", 占比, 市场份额 columns, with or without a total row), and a region's
rate that is not the whole's. Markets vary (chips, cloud, robotics, autonomous driving, AI software, data centres,
large-model services); the sentences are the project's own and the figures plausible.

Conventions, as in the corpus: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals ("the inference segment" -> "Inference
segment"); a table's figure to its row label as printed (a total row's label too). Each (item, year) is expected
once, in its printed unit; a figure in a unit the bundled unit table does not hold (EFLOPS, GW, ZB) is expected as
no observation, but its share is a claim and, where the part and whole are printed, gets its verdict. A share is
("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` (its years say it) and is ``stated`` when its span is printed; a year-on-year rate carries 1. The
base of a forecast is ``actual``; a figure a forecast cue governs ``estimate``. Where a snippet gives a part's
amount, its whole's amount (same year, same unit) and the part's share, the share gets an ``arithmetic`` verdict:
``exact`` when part / whole * 100 rounds to the printed share, ``exact|rounding`` when only some reading of the
printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; the comment
beside it gives part / whole * 100 and those bounds. A growth rate or CAGR whose two amounts are printed is read
the same way, (end / start) ** (1 / years) - 1. ``python tests/extract_checkset10.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose
    dict(  # 1: the share first with its whole, the part's amount after it ("worth $")
        text="Cloud-based deployments captured 58.3% of the $41.2 billion AI infrastructure software market in 2024, "
             "worth $24.0 billion, according to Halvorsen Research.",
        obs=[("Total", 2024, 41.2, "USD billion", "actual"),
             ("Cloud-based deployments", 2024, 24.0, "USD billion", "actual")],
        claims=[("share", 58.3, "percent", 2024, 2024, None)],
        # 24.0 / 41.2 * 100 = 58.25 -> 58.3 exact (bounds 23.95 / 41.25 = 58.06 .. 24.05 / 41.15 = 58.45)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 2: the amount first, its share in brackets, the whole after "of"
        text="North America generated $76.4 billion (41.8%) of worldwide AI chip revenue of $182.9 billion in 2024, "
             "according to the Semiconductor Tracker.",
        obs=[("North America", 2024, 76.4, "USD billion", "actual"), ("Total", 2024, 182.9, "USD billion", "actual")],
        claims=[("share", 41.8, "percent", 2024, 2024, None)],
        # 76.4 / 182.9 * 100 = 41.77 -> 41.8 exact (bounds 41.73 .. 41.81)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 3: a segment's amount and a share that its whole, stated in the next sentence, contradicts
        text="The software segment brought in $12.7 billion in 2025 and held a 47% share. Overall, the enterprise AI "
             "market reached $26.1 billion that year, Meridian Data said.",
        obs=[("Software segment", 2025, 12.7, "USD billion", "actual"), ("Total", 2025, 26.1, "USD billion", "actual")],
        claims=[("share", 47.0, "percent", 2025, 2025, None)],
        # 12.7 / 26.1 * 100 = 48.66; bounds 12.65 / 26.15 = 48.37 .. 12.75 / 26.05 = 48.94, above 47.5: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 4: two segments' growth rates side by side, the whole's amounts with no stated rate of its own
        text="Software revenue grew 31% while hardware rose 12% in 2024, Tallis Partners said in its annual robotics "
             "review. The market as a whole reached $48.5 billion, up from $40.9 billion a year earlier.",
        obs=[("Total", 2023, 40.9, "USD billion", "actual"), ("Total", 2024, 48.5, "USD billion", "actual")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0), ("growth", 12.0, "percent", 2023, 2024, 1.0)],
        # the rates are the segments', whose amounts are not given: no verdict (the whole itself rose 18.6%)
        verdicts=[]),
    dict(  # 5: growth against a named base amount, holding only within the rounding of the amounts
        text="Spending on autonomous-driving compute reached $9.84 billion in 2025, up 27.4% from $7.72 billion a year "
             "earlier.",
        obs=[("Total", 2024, 7.72, "USD billion", "actual"), ("Total", 2025, 9.84, "USD billion", "actual")],
        claims=[("growth", 27.4, "percent", 2024, 2025, 1.0)],
        # 9.84 / 7.72 - 1 = 27.46% -> 27.5, not 27.4; bounds 9.835 / 7.725 = 27.31% .. 9.845 / 7.715 = 27.61%: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 6: data-centre power in GW (no unit of the unit table): a share with the part's amount in brackets
        text="Hyperscale operators accounted for 62% of the 14.8 GW of AI data-centre capacity in operation in the "
             "United States at the end of 2024 (9.2 GW), Gridline Energy Research said.",
        obs=[],
        claims=[("share", 62.0, "percent", 2024, 2024, None)],
        # 9.2 / 14.8 * 100 = 62.16 -> 62 exact (bounds 9.15 / 14.85 = 61.62 .. 9.25 / 14.75 = 62.71)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 7: a verb-less list of shares after the first with its verb; the whole inside the first clause
        text="By application, natural language processing held 38.2% of the $15.6 billion market in 2024, computer "
             "vision 27.5% and speech recognition 14.1%.",
        obs=[("Total", 2024, 15.6, "USD billion", "actual")],
        claims=[("share", 38.2, "percent", 2024, 2024, None), ("share", 27.5, "percent", 2024, 2024, None),
                ("share", 14.1, "percent", 2024, 2024, None)],
        # shares only, no part's amount: no verdict
        verdicts=[]),
    dict(  # 8: a share of a count, then the part and the whole as "N of M units" after a colon
        text="Asia Pacific accounted for 44.6% of the industrial robots installed worldwide in 2024: 241,300 of "
             "541,000 units, Voss Robotics Review reported.",
        obs=[("Asia Pacific", 2024, 241300.0, "count", "actual"), ("Total", 2024, 541000.0, "count", "actual")],
        claims=[("share", 44.6, "percent", 2024, 2024, None)],
        # 241,300 / 541,000 * 100 = 44.60 -> 44.6 exact (bounds 44.55 .. 44.65)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 9: users, the part first and its share of the whole's users after "a N% share of the"
        text="ChatLuma had 182 million monthly users in 2025, a 23.9% share of the 761 million people who used a "
             "generative AI assistant that year.",
        obs=[("ChatLuma", 2025, 182.0, "people million", "actual"), ("Total", 2025, 761.0, "people million", "actual")],
        claims=[("share", 23.9, "percent", 2025, 2025, None)],
        # 182 / 761 * 100 = 23.92 -> 23.9 exact (bounds 181.5 / 761.5 = 23.83 .. 182.5 / 760.5 = 24.00)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 10: a region's rate that is not the whole's, in another currency; the whole's own rate after "which"
        text="In Europe, AI software revenue grew 24.5% to EUR 11.3 billion in 2024, faster than the global market, "
             "which expanded 19.8% to $98.0 billion.",
        obs=[("Europe", 2024, 11.3, "EUR billion", "actual"), ("Total", 2024, 98.0, "USD billion", "actual")],
        claims=[("growth", 24.5, "percent", 2023, 2024, 1.0), ("growth", 19.8, "percent", 2023, 2024, 1.0)],
        # no 2023 amounts: no verdict
        verdicts=[]),
    dict(  # 11: a forecast with a CAGR that holds, then the largest segment's share with no amount
        text="The AI-in-retail market is expected to grow from $8.41 billion in 2024 to $31.7 billion in 2030, a CAGR "
             "of 24.8%. E-commerce held the largest share in 2024, at 35.9%.",
        obs=[("Total", 2024, 8.41, "USD billion", "actual"), ("Total", 2030, 31.7, "USD billion", "estimate")],
        claims=[("cagr", 24.8, "percent", 2024, 2030, None, "inferred"), ("share", 35.9, "percent", 2024, 2024, None)],
        # (31.7 / 8.41) ** (1 / 6) - 1 = 24.75% -> 24.8 exact; E-commerce has no amount: no verdict
        verdicts=[("cagr", "exact")]),
    dict(  # 12: a share that fell over two years, then the part "of a" whole in the next sentence
        text="Hardware's share of AI server spending fell from 71.2% in 2023 to 66.5% in 2024 as software and "
             "services gained. Hardware sales were $93.6 billion of a $140.8 billion total in 2024.",
        obs=[("Hardware", 2024, 93.6, "USD billion", "actual"), ("Total", 2024, 140.8, "USD billion", "actual")],
        claims=[("share", 71.2, "percent", 2023, 2023, None), ("share", 66.5, "percent", 2024, 2024, None)],
        # 93.6 / 140.8 * 100 = 66.48 -> 66.5 exact (bounds 66.42 .. 66.54); 2023's amounts are not given
        verdicts=[("arithmetic", "exact")]),
    dict(  # 13: three parts "with $X (N%)" in one sentence, the whole at the end after "out of a total of"
        text="In 2024, the top three regions were North America with $18.27 billion (39.4%), Asia Pacific with $14.05 "
             "billion (30.3%) and Europe with $9.61 billion (20.7%), out of a total of $46.38 billion.",
        obs=[("North America", 2024, 18.27, "USD billion", "actual"), ("Asia Pacific", 2024, 14.05, "USD billion", "actual"),
             ("Europe", 2024, 9.61, "USD billion", "actual"), ("Total", 2024, 46.38, "USD billion", "actual")],
        claims=[("share", 39.4, "percent", 2024, 2024, None), ("share", 30.3, "percent", 2024, 2024, None),
                ("share", 20.7, "percent", 2024, 2024, None)],
        # 18.27 / 46.38 = 39.39 -> 39.4, 14.05 / 46.38 = 30.29 -> 30.3, 9.61 / 46.38 = 20.72 -> 20.7: all exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 14: "made up N% of", the part's sales and the overall market after "with ... against"
        text="Automotive applications made up 18.5% of AI chip demand in 2024, Kestrel Semiconductor Analysis said, "
             "with sales of $14.2 billion against an overall market of $71.9 billion.",
        obs=[("Automotive applications", 2024, 14.2, "USD billion", "actual"),
             ("Total", 2024, 71.9, "USD billion", "actual")],
        claims=[("share", 18.5, "percent", 2024, 2024, None)],
        # 14.2 / 71.9 * 100 = 19.75; bounds 14.15 / 71.95 = 19.67 .. 14.25 / 71.85 = 19.83, above 18.55: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 15: a dateline, a segment's amount "representing N% of the" whole
        text="SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- The inference segment generated revenue of USD 21.9 "
             "billion in 2024, representing 54.1% of the USD 40.5 billion AI accelerator market, Ardent Insights "
             "said in a report released today.",
        obs=[("Inference segment", 2024, 21.9, "USD billion", "actual"), ("Total", 2024, 40.5, "USD billion", "actual")],
        claims=[("share", 54.1, "percent", 2024, 2024, None)],
        # 21.9 / 40.5 * 100 = 54.07 -> 54.1 exact (bounds 53.88 .. 54.27)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 16: "contributed $X, or N%, of the" whole: the share holds only within the rounding of the amounts
        text="Large language model services contributed $4.6 billion, or 28.7%, of the $16.2 billion generative AI "
             "services market in 2024.",
        obs=[("Large language model services", 2024, 4.6, "USD billion", "actual"),
             ("Total", 2024, 16.2, "USD billion", "actual")],
        claims=[("share", 28.7, "percent", 2024, 2024, None)],
        # 4.6 / 16.2 * 100 = 28.40, not 28.7; bounds 4.55 / 16.25 = 28.00 .. 4.65 / 16.15 = 28.79 reach 28.65
        verdicts=[("arithmetic", "exact|rounding")]),
    # ------------------------------------------------------------------ Chinese prose
    dict(  # 17: computing power in EFLOPS (no unit of the unit table): the whole's growth, a region's amount and 占比
        text="2024年我国智能算力规模达到725.3 EFLOPS，同比增长74.1%。其中东部地区智能算力为381.5 EFLOPS，占比52.6%。",
        obs=[],
        claims=[("growth", 74.1, "percent", 2023, 2024, 1.0), ("share", 52.6, "percent", 2024, 2024, None)],
        # 381.5 / 725.3 * 100 = 52.60 -> 52.6 exact (bounds 52.59 .. 52.61); 2023's amount is not given
        verdicts=[("arithmetic", "exact")]),
    dict(  # 18: growth against a named base (较2023年的X亿元增长Y%), a segment's 占比 with no amount
        text="2024年中国大模型服务市场规模为294.6亿元，较2023年的147.2亿元增长100.1%，其中通用大模型占比61.3%。",
        obs=[("Total", 2023, 147.2, "CNY 100 million", "actual"), ("Total", 2024, 294.6, "CNY 100 million", "actual")],
        claims=[("growth", 100.1, "percent", 2023, 2024, 1.0), ("share", 61.3, "percent", 2024, 2024, None)],
        # 294.6 / 147.2 - 1 = 100.14% -> 100.1 exact; 通用大模型 has no amount: no verdict
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 19: regions' year-on-year rates after 分区域看, none of them the whole's, listed with and without 同比
        text="2024年，中国工业机器人市场销售额为612亿元，同比增长9.4%。分区域看，华东地区同比增长18.2%，华南增长15.6%，"
             "华北增长4.8%。",
        obs=[("Total", 2024, 612.0, "CNY 100 million", "actual")],
        claims=[("growth", 9.4, "percent", 2023, 2024, 1.0), ("growth", 18.2, "percent", 2023, 2024, 1.0),
                ("growth", 15.6, "percent", 2023, 2024, 1.0), ("growth", 4.8, "percent", 2023, 2024, 1.0)],
        # no 2023 amounts: no verdict
        verdicts=[]),
    dict(  # 20: the whole in USD 100 million first, then a market's 占N% and its amount after 达到
        text="2024年全球AI服务器市场规模为1251亿美元，中国市场占27.4%，达到342.8亿美元。",
        obs=[("Total", 2024, 1251.0, "USD 100 million", "actual"),
             ("中国市场", 2024, 342.8, "USD 100 million", "actual")],
        claims=[("share", 27.4, "percent", 2024, 2024, None)],
        # 342.8 / 1251 * 100 = 27.40 -> 27.4 exact (bounds 27.39 .. 27.42)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 21: a leading vendor's revenue and 市场份额为 a share its amounts contradict
        text="据华策咨询统计，2024年中国自动驾驶解决方案市场规模为186.5亿元，其中头部厂商智行科技营收52.3亿元，"
             "市场份额为30.2%。",
        obs=[("Total", 2024, 186.5, "CNY 100 million", "actual"),
             ("智行科技", 2024, 52.3, "CNY 100 million", "actual")],
        claims=[("share", 30.2, "percent", 2024, 2024, None)],
        # 52.3 / 186.5 * 100 = 28.04; bounds 52.25 / 186.55 = 28.01 .. 52.35 / 186.45 = 28.08, far below 30.15:
        # inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 22: Traditional Chinese, the part's 營收 and 占比 after the whole
        text="2024年全球AI晶片市場規模為1,124億美元，其中GPU營收為806億美元，占比71.7%。",
        obs=[("Total", 2024, 1124.0, "USD 100 million", "actual"), ("GPU", 2024, 806.0, "USD 100 million", "actual")],
        claims=[("share", 71.7, "percent", 2024, 2024, None)],
        # 806 / 1124 * 100 = 71.71 -> 71.7 exact (bounds 805.5 / 1124.5 = 71.63 .. 806.5 / 1123.5 = 71.78)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 23: Traditional Chinese, a region's growth against its named base, 占全球市場的N%, the whole after 同期
        text="2024年亞太地區雲端AI服務營收達218億美元，較2023年的163億美元成長33.7%，占全球市場的31.5%；同期全球市場"
             "規模為692億美元。",
        obs=[("亞太地區", 2023, 163.0, "USD 100 million", "actual"), ("亞太地區", 2024, 218.0, "USD 100 million", "actual"),
             ("Total", 2024, 692.0, "USD 100 million", "actual")],
        claims=[("growth", 33.7, "percent", 2023, 2024, 1.0), ("share", 31.5, "percent", 2024, 2024, None)],
        # 218 / 163 - 1 = 33.74% -> 33.7 exact; 218 / 692 * 100 = 31.50 -> 31.5 exact (bounds 31.41 .. 31.60)
        verdicts=[("cagr|implied", "exact"), ("arithmetic", "exact")]),
    dict(  # 24: Traditional Chinese, a part's 營收 and 佔N% that the amounts contradict
        text="據統計，2024年全球自駕車感測器市場規模為96.4億美元，其中光達營收29.8億美元，佔28.3%。",
        obs=[("Total", 2024, 96.4, "USD 100 million", "actual"), ("光達", 2024, 29.8, "USD 100 million", "actual")],
        claims=[("share", 28.3, "percent", 2024, 2024, None)],
        # 29.8 / 96.4 * 100 = 30.91; bounds 29.75 / 96.45 = 30.85 .. 29.85 / 96.35 = 30.98, far above 28.35: inconsistent
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 25: three parts' amounts and shares with 分别为 twice, the whole after them
        text="2024年中国AI芯片市场中，GPU、ASIC和FPGA的销售额分别为1,020亿元、312亿元和86亿元，占比分别为70.2%、"
             "21.5%和5.9%，市场总规模为1,453亿元。",
        obs=[("GPU", 2024, 1020.0, "CNY 100 million", "actual"), ("ASIC", 2024, 312.0, "CNY 100 million", "actual"),
             ("FPGA", 2024, 86.0, "CNY 100 million", "actual"), ("Total", 2024, 1453.0, "CNY 100 million", "actual")],
        claims=[("share", 70.2, "percent", 2024, 2024, None), ("share", 21.5, "percent", 2024, 2024, None),
                ("share", 5.9, "percent", 2024, 2024, None)],
        # 1020 / 1453 = 70.20 -> 70.2, 312 / 1453 = 21.47 -> 21.5, 86 / 1453 = 5.92 -> 5.9: all exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 26: parts' amounts each with its share in Chinese brackets （N%）
        text="2024年，中国智能驾驶市场规模为1,238亿元，其中L2级辅助驾驶为874亿元（70.6%），L3及以上为121亿元（9.8%）。",
        obs=[("Total", 2024, 1238.0, "CNY 100 million", "actual"),
             ("L2级辅助驾驶", 2024, 874.0, "CNY 100 million", "actual"),
             ("L3及以上", 2024, 121.0, "CNY 100 million", "actual")],
        claims=[("share", 70.6, "percent", 2024, 2024, None), ("share", 9.8, "percent", 2024, 2024, None)],
        # 874 / 1238 = 70.60 -> 70.6 exact; 121 / 1238 = 9.77 -> 9.8 exact
        verdicts=[("arithmetic", "exact")]),
    dict(  # 27: units in 万台, the part's 销量 and 占N% holding only within the rounding of the amounts
        text="2024年全球工业机器人销量为54.1万台，中国销量为27.6万台，占51.1%。",
        obs=[("Total", 2024, 54.1, "count 10 thousand", "actual"), ("中国", 2024, 27.6, "count 10 thousand", "actual")],
        claims=[("share", 51.1, "percent", 2024, 2024, None)],
        # 27.6 / 54.1 * 100 = 51.02 -> 51.0, not 51.1; bounds 27.55 / 54.15 = 50.88 .. 27.65 / 54.05 = 51.16 reach 51.05
        verdicts=[("arithmetic", "exact|rounding")]),
    dict(  # 28: data in ZB (no unit of the unit table): a country's amount and 占全球的N%
        text="2024年全球数据总量达到149ZB，中国数据量为32.9ZB，占全球的22.1%。",
        obs=[],
        claims=[("share", 22.1, "percent", 2024, 2024, None)],
        # 32.9 / 149 * 100 = 22.08 -> 22.1 exact (bounds 32.85 / 149.5 = 21.97 .. 32.95 / 148.5 = 22.19)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 29: users in 亿人 at the end of a year, a group's count and 占比
        text="截至2024年底，我国生成式人工智能产品用户规模达2.49亿人，其中办公类应用用户为0.73亿人，占比29.3%。",
        obs=[("Total", 2024, 2.49, "people 100 million", "actual"),
             ("办公类应用用户", 2024, 0.73, "people 100 million", "actual")],
        claims=[("share", 29.3, "percent", 2024, 2024, None)],
        # 0.73 / 2.49 * 100 = 29.32 -> 29.3 exact (bounds 0.725 / 2.495 = 29.06 .. 0.735 / 2.485 = 29.58)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 30: a forecast with 年均复合增长率 that holds only within the rounding of its integer amounts
        text="预计中国具身智能机器人市场规模将从2024年的86亿元增长至2030年的973亿元，年均复合增长率达49.9%。",
        obs=[("Total", 2024, 86.0, "CNY 100 million", "actual"), ("Total", 2030, 973.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 49.9, "percent", 2024, 2030, None, "inferred")],
        # (973 / 86) ** (1 / 6) - 1 = 49.83% -> 49.8, not 49.9; bounds 972.5 / 86.5 = 49.67% .. 973.5 / 85.5 = 49.99%
        verdicts=[("cagr", "rounding")]),
    # ------------------------------------------------------------------ tables
    dict(  # 31: a Markdown table with a Share column and a Total row at 100.0%; one share only within rounding
        text="Exhibit 4. Worldwide LLM API revenue by region, 2024\n"
             "| Region | Revenue (USD billion) | Share |\n"
             "|---|---:|---:|\n"
             "| North America | 7.84 | 52.4% |\n"
             "| Europe | 2.91 | 19.4% |\n"
             "| Asia Pacific | 3.46 | 23.1% |\n"
             "| Rest of world | 0.77 | 5.1% |\n"
             "| Total | 14.98 | 100.0% |",
        obs=[("North America", 2024, 7.84, "USD billion", "actual"), ("Europe", 2024, 2.91, "USD billion", "actual"),
             ("Asia Pacific", 2024, 3.46, "USD billion", "actual"), ("Rest of world", 2024, 0.77, "USD billion", "actual"),
             ("Total", 2024, 14.98, "USD billion", "actual")],
        claims=[("share", 52.4, "percent", 2024, 2024, None), ("share", 19.4, "percent", 2024, 2024, None),
                ("share", 23.1, "percent", 2024, 2024, None), ("share", 5.1, "percent", 2024, 2024, None)],
        # 7.84 + 2.91 + 3.46 + 0.77 = 14.98; 2.91 / 14.98 = 19.43, 3.46 / 14.98 = 23.10, 0.77 / 14.98 = 5.14: exact;
        # 7.84 / 14.98 = 52.34 -> 52.3, not 52.4, but 7.845 / 14.975 = 52.39 reaches 52.35
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact|rounding")]),
    dict(  # 32: a tab-separated Chinese table, two years, a 同比增长 column, a 2024年占比 column and a 合计 row
        text="表2 2023-2024年中国AI服务器市场规模（单位：亿元）\n"
             "应用场景\t2023年\t2024年\t同比增长\t2024年占比\n"
             "互联网\t512.6\t688.3\t34.3%\t64.0%\n"
             "运营商\t138.4\t176.9\t27.8%\t16.4%\n"
             "金融\t96.2\t118.5\t23.2%\t11.0%\n"
             "政府\t74.8\t92.1\t23.1%\t8.6%\n"
             "合计\t822.0\t1075.8\t30.9%\t100.0%",
        obs=[("互联网", 2023, 512.6, "CNY 100 million", "actual"), ("互联网", 2024, 688.3, "CNY 100 million", "actual"),
             ("运营商", 2023, 138.4, "CNY 100 million", "actual"), ("运营商", 2024, 176.9, "CNY 100 million", "actual"),
             ("金融", 2023, 96.2, "CNY 100 million", "actual"), ("金融", 2024, 118.5, "CNY 100 million", "actual"),
             ("政府", 2023, 74.8, "CNY 100 million", "actual"), ("政府", 2024, 92.1, "CNY 100 million", "actual"),
             ("合计", 2023, 822.0, "CNY 100 million", "actual"), ("合计", 2024, 1075.8, "CNY 100 million", "actual")],
        claims=[("growth", 34.3, "percent", 2023, 2024, 1.0), ("growth", 27.8, "percent", 2023, 2024, 1.0),
                ("growth", 23.2, "percent", 2023, 2024, 1.0), ("growth", 23.1, "percent", 2023, 2024, 1.0),
                ("growth", 30.9, "percent", 2023, 2024, 1.0),
                ("share", 64.0, "percent", 2024, 2024, None), ("share", 16.4, "percent", 2024, 2024, None),
                ("share", 11.0, "percent", 2024, 2024, None), ("share", 8.6, "percent", 2024, 2024, None)],
        # 2023: 512.6 + 138.4 + 96.2 + 74.8 = 822.0; 2024: 688.3 + 176.9 + 118.5 + 92.1 = 1075.8
        # growth: 688.3 / 512.6 = 34.28%, 176.9 / 138.4 = 27.82%, 118.5 / 96.2 = 23.18%, 92.1 / 74.8 = 23.13%,
        # 1075.8 / 822.0 = 30.88%: all exact; shares: 688.3 / 1075.8 = 63.98, 176.9 / 1075.8 = 16.44,
        # 118.5 / 1075.8 = 11.02, 92.1 / 1075.8 = 8.56: all exact
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact"), ("arithmetic", "exact")]),
    dict(  # 33: a space-aligned table with a stated CAGR column and a 2024 share column; one CAGR only within rounding
        text="Service and humanoid robot revenue by segment, USD billion (2030 forecast)\n"
             "Segment          2024      2030   CAGR 2024-30   2024 share\n"
             "Logistics        6.42     21.80      22.6%         52.8%\n"
             "Healthcare       3.15     12.40      25.7%         25.9%\n"
             "Hospitality      1.88      5.05      17.9%         15.5%\n"
             "Humanoid         0.71      9.96      55.4%          5.8%\n"
             "Total           12.16     49.21      26.2%",
        obs=[("Logistics", 2024, 6.42, "USD billion", "actual"), ("Logistics", 2030, 21.80, "USD billion", "estimate"),
             ("Healthcare", 2024, 3.15, "USD billion", "actual"), ("Healthcare", 2030, 12.40, "USD billion", "estimate"),
             ("Hospitality", 2024, 1.88, "USD billion", "actual"), ("Hospitality", 2030, 5.05, "USD billion", "estimate"),
             ("Humanoid", 2024, 0.71, "USD billion", "actual"), ("Humanoid", 2030, 9.96, "USD billion", "estimate"),
             ("Total", 2024, 12.16, "USD billion", "actual"), ("Total", 2030, 49.21, "USD billion", "estimate")],
        claims=[("cagr", 22.6, "percent", 2024, 2030, None, "stated"), ("cagr", 25.7, "percent", 2024, 2030, None, "stated"),
                ("cagr", 17.9, "percent", 2024, 2030, None, "stated"), ("cagr", 55.4, "percent", 2024, 2030, None, "stated"),
                ("cagr", 26.2, "percent", 2024, 2030, None, "stated"),
                ("share", 52.8, "percent", 2024, 2024, None), ("share", 25.9, "percent", 2024, 2024, None),
                ("share", 15.5, "percent", 2024, 2024, None), ("share", 5.8, "percent", 2024, 2024, None)],
        # 2024: 6.42 + 3.15 + 1.88 + 0.71 = 12.16; 2030: 21.80 + 12.40 + 5.05 + 9.96 = 49.21
        # CAGRs over 6 years: 21.80 / 6.42 -> 22.60%, 12.40 / 3.15 -> 25.66%, 5.05 / 1.88 -> 17.90%, 49.21 / 12.16 ->
        # 26.24%: exact; 9.96 / 0.71 -> 55.30%, not 55.4, bounds 9.955 / 0.715 = 55.10% .. 9.965 / 0.705 = 55.49%: rounding
        # shares: 6.42 / 12.16 = 52.80, 3.15 / 12.16 = 25.90, 1.88 / 12.16 = 15.46, 0.71 / 12.16 = 5.84: all exact
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "rounding"), ("arithmetic", "exact")]),
    dict(  # 34: a Markdown table of vendors' units with a 市场份额 column, the whole in the intro sentence, no total row
        text="2024年中国协作机器人销量为4.62万台，主要厂商销量及市场份额如下：\n"
             "| 厂商 | 销量（万台） | 市场份额 |\n"
             "| --- | --- | --- |\n"
             "| 启明机器人 | 1.08 | 23.4% |\n"
             "| 方舟智造 | 0.86 | 18.6% |\n"
             "| 衡科自动化 | 0.57 | 12.8% |\n"
             "| 其他 | 2.11 | 45.7% |",
        obs=[("Total", 2024, 4.62, "count 10 thousand", "actual"),
             ("启明机器人", 2024, 1.08, "count 10 thousand", "actual"),
             ("方舟智造", 2024, 0.86, "count 10 thousand", "actual"),
             ("衡科自动化", 2024, 0.57, "count 10 thousand", "actual"), ("其他", 2024, 2.11, "count 10 thousand", "actual")],
        claims=[("share", 23.4, "percent", 2024, 2024, None), ("share", 18.6, "percent", 2024, 2024, None),
                ("share", 12.8, "percent", 2024, 2024, None), ("share", 45.7, "percent", 2024, 2024, None)],
        # 1.08 / 4.62 = 23.38, 0.86 / 4.62 = 18.61, 2.11 / 4.62 = 45.67: exact; 0.57 / 4.62 = 12.34, bounds
        # 0.565 / 4.625 = 12.22 .. 0.575 / 4.615 = 12.46, below 12.75: inconsistent (the column adds to 100.5)
        verdicts=[("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
    dict(  # 35: a Traditional Chinese Markdown table with a 占比 column and a 合計 row
        text="2024年全球AI加速晶片營收（單位：億美元）\n"
             "| 地區 | 營收 | 占比 |\n"
             "|---|---|---|\n"
             "| 北美 | 612.4 | 55.1% |\n"
             "| 亞太 | 298.7 | 26.9% |\n"
             "| 歐洲 | 163.5 | 14.7% |\n"
             "| 其他 | 36.9 | 3.3% |\n"
             "| 合計 | 1111.5 | 100.0% |",
        obs=[("北美", 2024, 612.4, "USD 100 million", "actual"), ("亞太", 2024, 298.7, "USD 100 million", "actual"),
             ("歐洲", 2024, 163.5, "USD 100 million", "actual"), ("其他", 2024, 36.9, "USD 100 million", "actual"),
             ("合計", 2024, 1111.5, "USD 100 million", "actual")],
        claims=[("share", 55.1, "percent", 2024, 2024, None), ("share", 26.9, "percent", 2024, 2024, None),
                ("share", 14.7, "percent", 2024, 2024, None), ("share", 3.3, "percent", 2024, 2024, None)],
        # 612.4 + 298.7 + 163.5 + 36.9 = 1111.5; 612.4 / 1111.5 = 55.10, 298.7 / 1111.5 = 26.87, 163.5 / 1111.5 =
        # 14.71, 36.9 / 1111.5 = 3.32: all exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 36: a table of shares only under "Share of spending", the whole in a sentence after it
        text="Autonomous-driving software spending by level of autonomy, 2024\n"
             "| Level | Share of spending |\n"
             "|---|---|\n"
             "| L2/L2+ | 61.8% |\n"
             "| L3 | 9.4% |\n"
             "| L4 robotaxi | 24.1% |\n"
             "| Other | 4.7% |\n"
             "Spending totalled $6.35 billion in 2024.",
        obs=[("Total", 2024, 6.35, "USD billion", "actual")],
        claims=[("share", 61.8, "percent", 2024, 2024, None), ("share", 9.4, "percent", 2024, 2024, None),
                ("share", 24.1, "percent", 2024, 2024, None), ("share", 4.7, "percent", 2024, 2024, None)],
        # shares only (61.8 + 9.4 + 24.1 + 4.7 = 100.0); no part's amount: no verdict
        verdicts=[]),
    dict(  # 37: a tab-separated English table of units in thousands with a Share column and a Total row
        text="AI accelerator shipments to data centres by type, 2024 (thousand units)\n"
             "Type\tUnits\tShare\n"
             "Merchant GPUs\t4,210\t78.9%\n"
             "Custom ASICs\t980\t18.4%\n"
             "FPGAs and other\t145\t2.7%\n"
             "Total\t5,335\t100.0%",
        obs=[("Merchant GPUs", 2024, 4210.0, "count thousand", "actual"),
             ("Custom ASICs", 2024, 980.0, "count thousand", "actual"),
             ("FPGAs and other", 2024, 145.0, "count thousand", "actual"),
             ("Total", 2024, 5335.0, "count thousand", "actual")],
        claims=[("share", 78.9, "percent", 2024, 2024, None), ("share", 18.4, "percent", 2024, 2024, None),
                ("share", 2.7, "percent", 2024, 2024, None)],
        # 4,210 + 980 + 145 = 5,335; 4210 / 5335 = 78.91, 980 / 5335 = 18.37, 145 / 5335 = 2.72: all exact
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 38: a Markdown table of two years with a Growth column and a Total row, thousands separators
        text="European cloud AI revenue by service model (EUR million)\n"
             "| Service model | 2023 | 2024 | Growth |\n"
             "|---|---:|---:|---:|\n"
             "| GPU cloud (IaaS) | 2,140 | 3,380 | 57.9% |\n"
             "| Model APIs (PaaS) | 1,265 | 1,902 | 50.4% |\n"
             "| AI-enabled SaaS | 3,870 | 4,655 | 20.3% |\n"
             "| Total | 7,275 | 9,937 | 36.6% |",
        obs=[("GPU cloud (IaaS)", 2023, 2140.0, "EUR million", "actual"),
             ("GPU cloud (IaaS)", 2024, 3380.0, "EUR million", "actual"),
             ("Model APIs (PaaS)", 2023, 1265.0, "EUR million", "actual"),
             ("Model APIs (PaaS)", 2024, 1902.0, "EUR million", "actual"),
             ("AI-enabled SaaS", 2023, 3870.0, "EUR million", "actual"),
             ("AI-enabled SaaS", 2024, 4655.0, "EUR million", "actual"),
             ("Total", 2023, 7275.0, "EUR million", "actual"), ("Total", 2024, 9937.0, "EUR million", "actual")],
        claims=[("growth", 57.9, "percent", 2023, 2024, 1.0), ("growth", 50.4, "percent", 2023, 2024, 1.0),
                ("growth", 20.3, "percent", 2023, 2024, 1.0), ("growth", 36.6, "percent", 2023, 2024, 1.0)],
        # 2023: 2,140 + 1,265 + 3,870 = 7,275; 2024: 3,380 + 1,902 + 4,655 = 9,937
        # 3380 / 2140 = 57.94%, 1902 / 1265 = 50.36%, 4655 / 3870 = 20.28%, 9937 / 7275 = 36.59%: all exact
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 39: a space-aligned Chinese table with a 市场份额 column and a 合计 row; one share only within rounding
        text="2024年中国大模型平台市场份额（单位：亿元）\n"
             "厂商            收入      市场份额\n"
             "云启智能        46.2       24.6%\n"
             "深言科技        38.9       20.7%\n"
             "北辰大模型      27.4       14.6%\n"
             "星河AI           9.5        5.0%\n"
             "其他            65.7       35.0%\n"
             "合计           187.7      100.0%",
        obs=[("云启智能", 2024, 46.2, "CNY 100 million", "actual"), ("深言科技", 2024, 38.9, "CNY 100 million", "actual"),
             ("北辰大模型", 2024, 27.4, "CNY 100 million", "actual"), ("星河AI", 2024, 9.5, "CNY 100 million", "actual"),
             ("其他", 2024, 65.7, "CNY 100 million", "actual"), ("合计", 2024, 187.7, "CNY 100 million", "actual")],
        claims=[("share", 24.6, "percent", 2024, 2024, None), ("share", 20.7, "percent", 2024, 2024, None),
                ("share", 14.6, "percent", 2024, 2024, None), ("share", 5.0, "percent", 2024, 2024, None),
                ("share", 35.0, "percent", 2024, 2024, None)],
        # 46.2 + 38.9 + 27.4 + 9.5 + 65.7 = 187.7; 46.2 / 187.7 = 24.61, 38.9 / 187.7 = 20.72, 27.4 / 187.7 = 14.60,
        # 65.7 / 187.7 = 35.00: exact; 9.5 / 187.7 = 5.06 -> 5.1, not 5.0, but 9.45 / 187.75 = 5.03 reaches 5.05
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact|rounding")]),
    dict(  # 40: a Markdown table with a "Share (%)" column of bare numbers and a Total row; one share off
        text="AI data-centre construction spending by country, 2024 (USD billion)\n"
             "| Country | Spending | Share (%) |\n"
             "|---|---:|---:|\n"
             "| United States | 58.6 | 61.9 |\n"
             "| China | 17.9 | 18.9 |\n"
             "| Japan | 3.8 | 5.9 |\n"
             "| Other | 14.4 | 15.2 |\n"
             "| Total | 94.7 | 100.0 |",
        obs=[("United States", 2024, 58.6, "USD billion", "actual"), ("China", 2024, 17.9, "USD billion", "actual"),
             ("Japan", 2024, 3.8, "USD billion", "actual"), ("Other", 2024, 14.4, "USD billion", "actual"),
             ("Total", 2024, 94.7, "USD billion", "actual")],
        claims=[("share", 61.9, "percent", 2024, 2024, None), ("share", 18.9, "percent", 2024, 2024, None),
                ("share", 5.9, "percent", 2024, 2024, None), ("share", 15.2, "percent", 2024, 2024, None)],
        # 58.6 + 17.9 + 3.8 + 14.4 = 94.7; 58.6 / 94.7 = 61.88, 17.9 / 94.7 = 18.90, 14.4 / 94.7 = 15.21: exact;
        # Japan 3.8 / 94.7 = 4.01, bounds 3.75 / 94.75 = 3.96 .. 3.85 / 94.65 = 4.07, far below 5.85: inconsistent
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "inconsistent")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "tenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 6, "rounding": 3, "exact": 30}
#: forms of stating the parts of a market, their wholes and shares the set is meant to cover, each in some snippet
FORMS = (
    'captured 58.3% of the $41.2 billion',
    'worth $',
    '$76.4 billion (41.8%) of',
    'held a 47% share',
    'grew 31% while hardware rose 12%',
    'up from $40.9 billion a year earlier',
    'up 27.4% from $7.72 billion',
    'accounted for',
    ' GW',
    ', computer vision 27.5% and speech',
    ': 241,300 of 541,000 units',
    'million monthly users',
    'a 23.9% share of the',
    'faster than the global market, which expanded',
    'held the largest share in 2024, at',
    'fell from 71.2% in 2023 to 66.5% in 2024',
    'of a $140.8 billion total',
    'with $14.05 billion (30.3%)',
    'out of a total of',
    'made up',
    'against an overall market of',
    'representing',
    ', or 28.7%, of the',
    'EFLOPS',
    '占比',
    '较2023年的147.2亿元增长',
    '华东地区同比增长18.2%，华南增长15.6%',
    '中国市场占27.4%，达到',
    '市场份额为',
    '較2023年的163億美元成長',
    '占全球市場的',
    '同期全球市場',
    '佔28.3%',
    '分别为',
    '（70.6%）',
    '万台',
    'ZB',
    '占全球的',
    '亿人',
    '年均复合增长率',
    '| Share |',
    '| Total | 14.98 | 100.0% |',
    '同比增长\t2024年占比',
    'CAGR 2024-30   2024 share',
    '| 市场份额 |',
    '| 占比 |',
    '合計',
    'Share of spending',
    'thousand units',
    '| Growth |',
    '合计           187.7',
    'Share (%)',
)
#: read blind once, after the ninth set's classes of failure were mended: figures 152/186 (82%), rates 26/28 (93%),
#: verdicts 33/51 (65%), false inconsistent 1 (the extractor before those mends: 107/186, 16/28, 18/51, 1). Then mended,
#: each with a test of its own: a rate naming its own subject joined a later amount of the whole (the false
#: inconsistent), a whole's amount inside its name, a part named before its amount's verb, a share in brackets after
#: an amount, a verb-less list of parts, 销量 closing a part's name, a base year taken as a share's year; these floors
#: hold what that gave.
FLOORS = {"figures_found": 173, "rates_found": 27, "verdicts_right": 39}


if __name__ == "__main__":  # python tests/extract_checkset10.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
