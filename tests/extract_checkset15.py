"""A fifteenth check set for the extractor, written blind: the wires, the white papers and the long tail of how
documents phrase a market's figures.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: newswire releases from market-research firms in unusual word orders ("Valued at
$2.1 billion in 2024, the ... market", "By 2030, revenue ... will climb to", "a market that stood at ... last
year"), key-findings bullet lists ("Key stats:", "- 2024 market size: US$1.9bn"), listicles and explainers ("5
numbers that explain", figures in words), results releases and earnings-call transcripts ("rose 64% year over year
to", "more than doubled", a guidance range), Chinese white papers and statistical bulletins (规模达到, 较上年的...增长,
比上年增长, 年均复合增长率, 翻番), Indian and Malaysian market reports (INR crore and RM beside US$), notes with
parenthetical figures ("(US$4.6bn, or 38.7%)"), abbreviations (bn, mn, tn, B, M), year spans with an en dash, a
two-digit end or fiscal years ("2024–2031", "2024-30", "FY25-FY28", 2020—2024年), relative spans ("last year",
"over the next five years", "by the end of the decade", 去年) that the dateline fixes, half-year and quarter figures
beside yearly ones, Taiwanese and Hong Kong news in Traditional Chinese (億美元, 新台幣, 港元, 年複合成長率, 預估),
and tables: pipe, tab and space-aligned, horizontal and vertical, with yoy rows, CAGR columns and lines, estimate
marks (2025E, 2027F, 2030F, 2023A) and a quarter column. Markets vary (AI chips for cars, edge AI, AI in
agriculture, AI voice assistants, machine vision, AI drug discovery, conversational AI, AI servers, smart
manufacturing, large language model services, AI in banking, robotaxis, AI code assistants); publishers and
companies are invented, the sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). Each (item, year) is expected once, at its most
precise statement, in its printed unit; two markets side by side are two items, never summed. A range gives two
``value`` claims for its year. Boilerplate figures (datelines, stock codes, table numbers, list numbers, counts of
molecules) are expected nowhere; so are a half-year's or a quarter's figure beside yearly ones, the figure a
restated one replaces, and a percentage that is no share of the market (a margin, a penetration, adoption or
搭載率 rate, a survey's answer). A company's revenue in its own release is its ``Total``. An amount in a currency the
bundled unit table does not hold (INR crore, RM, NT$, 新台幣, 港元) is expected as no observation, but its stated rate
is a claim and gets its verdict; a US$ figure printed beside it is the year's observation. A fiscal year counts as
its number (fiscal 2025, FY25, FY2024 -> 2025, 2025, 2024). A relative span takes its years from the dateline or
another sentence: "last year" / 去年 is the year before the dateline's, "the end of the decade" 2030, and "over the
next five years" runs five years from its base (such a CAGR's ``stated`` or ``inferred`` is left open). A share is
("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it
(its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a
multiple between two years carries their distance ("nearly 30-fold" as x30, "triple" as x3, "more than doubled",
翻番, 翻一番 and 翻倍 as x2) and gets no verdict. The base of a forecast is ``actual``; a figure a forecast cue governs
(expects, projects, guided to, 预计, 預估), an E or F column, or a year after the dateline's, ``estimate``. A share
whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one
and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the
printed one, ``rounding`` when only some reading of the printed inputs (each at half its last digit either way)
reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the arithmetic and its bounds in
the comment beside each verdict. ``python tests/extract_checkset15.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: a wire release that opens on the base year's value; an en-dash span
        text="PUNE, India, April 8, 2025 /Newswire/ -- Valued at $2.1 billion in 2024, the global AI in agriculture "
             "market is set to reach $7.4 billion by 2031, expanding at a CAGR of 19.7% over 2024–2031, according to "
             "a new report from Fernhill Market Research. Precision farming was the largest application last year, "
             "while livestock monitoring is expected to grow fastest.",
        obs=[("Total", 2024, 2.1, "USD billion", "actual"), ("Total", 2031, 7.4, "USD billion", "estimate")],
        claims=[("cagr", 19.7, "percent", 2024, 2031, None, "stated")],
        # (7.4 / 2.1) ** (1/7) - 1 = 19.71% -> 19.7 exact (bounds 7.35 / 2.15 .. 7.45 / 2.05: 19.20 .. 20.24)
        verdicts=[("cagr", "exact")]),
    dict(  # 2: the target year first ("By 2030, revenue ... will climb to"); a rate its amounts contradict
        text="NEW YORK, March 3, 2025 -- By 2030, revenue from AI voice assistants will climb to $31.6 billion, up "
             "from $11.2 billion in 2024, Larkspur Insights said in a report released Monday, putting the market's "
             "compound annual growth at 20.9%. The market grew 26% last year as carmakers and appliance brands "
             "built voice control into their products.",
        obs=[("Total", 2030, 31.6, "USD billion", "estimate"), ("Total", 2024, 11.2, "USD billion", "actual")],
        claims=[("cagr", 20.9, "percent", 2024, 2030, None, "inferred"), ("growth", 26.0, "percent", 2023, 2024, 1.0)],
        # (31.6 / 11.2) ** (1/6) - 1 = 18.87% (bounds 31.55 / 11.25 .. 31.65 / 11.15: 18.75 .. 18.99); over five
        # years 23.05% (22.90 .. 23.20), over seven 15.97%: 20.9 holds on no count. 2023's amount is not printed.
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 3: "a market that stood at ... last year", "by the end of the decade", a multiple, a trillion as "tn"
        text="SAN FRANCISCO, June 10, 2025 -- Robotaxi operators are chasing a market that stood at $1.3 billion "
             "last year and that Quillon Research expects to reach $38.5 billion by the end of the decade, a nearly "
             "30-fold increase. In its long-range outlook the firm sees fares and fleet services worth $1.1tn by "
             "2040.",
        obs=[("Total", 2024, 1.3, "USD billion", "actual"), ("Total", 2030, 38.5, "USD billion", "estimate"),
             ("Total", 2040, 1.1, "USD trillion", "estimate")],
        claims=[("multiple", 30.0, "multiple", 2024, 2030, 6.0)],
        # 38.5 / 1.3 = 29.6, "nearly 30-fold": rounds to 30
        verdicts=[]),
    dict(  # 4: a key-findings bullet list; a segment's share with no amount; adoption among manufacturers (none)
        text="Key stats: edge AI hardware\nSource: Brantwood Research, May 2025\n- 2024 market size: US$1.9bn\n"
             "- 2030 forecast: US$6.8bn\n- CAGR 2024-30: 23.7%\n- Smart cameras' share of 2024 revenue: 31%\n"
             "- Manufacturers piloting edge AI on the line: 44%",
        obs=[("Total", 2024, 1.9, "USD billion", "actual"), ("Total", 2030, 6.8, "USD billion", "estimate")],
        claims=[("cagr", 23.7, "percent", 2024, 2030, None, "stated"), ("share", 31.0, "percent", 2024, 2024, None)],
        # (6.8 / 1.9) ** (1/6) - 1 = 23.68% -> 23.7 exact (bounds 6.75 / 1.95 .. 6.85 / 1.85: 22.99 .. 24.38)
        verdicts=[("cagr", "exact")]),
    dict(  # 5: a listicle; numbered lines, a count of molecules and a survey answer (none)
        text="5 numbers that explain the AI drug discovery boom\n1. $1.7 billion: what the AI drug discovery market "
             "was worth in 2024, by Tamsin Bio Analytics' count.\n2. 29.5%: the yearly growth Tamsin expects from "
             "here to 2029.\n3. $6.3 billion: where that growth takes the market in 2029.\n4. 75: AI-discovered "
             "molecules now in human trials.\n5. 40%: pharma research heads in a Tamsin survey who say AI already "
             "shapes their choice of targets.",
        obs=[("Total", 2024, 1.7, "USD billion", "actual"), ("Total", 2029, 6.3, "USD billion", "estimate")],
        claims=[("cagr", 29.5, "percent", 2024, 2029, None, "inferred")],
        # (6.3 / 1.7) ** (1/5) - 1 = 29.95%, not 29.5; bounds 6.25 / 1.75 .. 6.35 / 1.65: 28.99 .. 30.94: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 6: a results release: fiscal years, a quarter's revenue (none), a margin (none)
        text="Orvane Systems (NASDAQ: ORVN) said revenue from its AI code assistant rose 64% year over year to $3.2 "
             "billion in fiscal 2025, from $1.95 billion in fiscal 2024. Fourth-quarter revenue was $962 million, "
             "and gross margin was 71.5%.",
        obs=[("Total", 2025, 3.2, "USD billion", "actual"), ("Total", 2024, 1.95, "USD billion", "actual")],
        claims=[("growth", 64.0, "percent", 2024, 2025, 1.0)],
        # 3.2 / 1.95 - 1 = 64.10% -> 64 exact (bounds 3.15 / 1.955 .. 3.25 / 1.945: 61.13 .. 67.10)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 7: "more than doubled" with B for billion; guidance for next year and its growth
        text="Hallin Compute said AI server revenue more than doubled in 2024, to $14.8B from $6.9B in 2023, and "
             "guided to about $21B for 2025, a rise of 42%.",
        obs=[("Total", 2024, 14.8, "USD billion", "actual"), ("Total", 2023, 6.9, "USD billion", "actual"),
             ("Total", 2025, 21.0, "USD billion", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0), ("growth", 42.0, "percent", 2024, 2025, 1.0)],
        # 14.8 / 6.9 = 2.14: "more than doubled" as x2. 21 / 14.8 - 1 = 41.89% -> 42 exact (bounds 20.5 / 14.85 ..
        # 21.5 / 14.75: 38.05 .. 45.76)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 8: an Indian report: INR crore (no observation) beside a US$ figure; fiscal years as FY24-FY30
        text="MUMBAI, Aug. 19, 2025 -- India's AI in banking market, valued at INR 12,400 crore (around US$1.5 "
             "billion) in FY24, is projected to reach INR 41,730 crore by FY30, registering a CAGR of 22.4% over "
             "FY24-FY30, says a report by Kestrel Advisory. Private-sector lenders accounted for most of the spending.",
        obs=[("Total", 2024, 1.5, "USD billion", "actual")],
        claims=[("cagr", 22.4, "percent", 2024, 2030, None, "stated")],
        # (41730 / 12400) ** (1/6) - 1 = 22.42% -> 22.4 exact (bounds 41729.5 / 12400.5 .. 41730.5 / 12399.5:
        # 22.41 .. 22.42)
        verdicts=[("cagr", "exact")]),
    dict(  # 9: a Malaysian report: ringgit (no observation) beside a US$ figure; a rate only rounding reaches
        text="KUALA LUMPUR, Feb. 26, 2025 -- Malaysia's machine vision market reached RM 3.1 billion (US$0.7 "
             "billion) in 2024 and is expected to grow 14.2% a year to RM 6.9 billion in 2030 as electronics plants "
             "in Penang automate inspection, Serai Research said.",
        obs=[("Total", 2024, 0.7, "USD billion", "actual")],
        claims=[("cagr", 14.2, "percent", 2024, 2030, None, "inferred")],
        # (6.9 / 3.1) ** (1/6) - 1 = 14.27%, not 14.2; bounds 6.85 / 3.15 .. 6.95 / 3.05: 13.82 .. 14.71: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 10: a note with the part's amount and share in brackets
        text="Research note, Oct. 2025. Smart manufacturing: software took the largest slice (US$4.6bn, or 38.7%) "
             "of the US$11.9bn spent on AI in factories in 2024; hardware and services shared the rest.",
        obs=[("Total", 2024, 11.9, "USD billion", "actual"), ("Software", 2024, 4.6, "USD billion", "actual")],
        claims=[("share", 38.7, "percent", 2024, 2024, None)],
        # 4.6 / 11.9 = 38.66% -> 38.7 exact (bounds 4.55 / 11.95 .. 4.65 / 11.85: 38.08 .. 39.24)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 11: "last year" and "over the next five years" from a dateline
        text="LONDON, 14 January 2025 -- The conversational AI market, worth $13.2 billion last year, will grow at "
             "a compound annual rate of 23.8% over the next five years to $38.4 billion, according to Ashdown & "
             "Pryce.",
        obs=[("Total", 2024, 13.2, "USD billion", "actual"), ("Total", 2029, 38.4, "USD billion", "estimate")],
        claims=[("cagr", 23.8, "percent", 2024, 2029, None)],
        # (38.4 / 13.2) ** (1/5) - 1 = 23.81% -> 23.8 exact (bounds 38.35 / 13.25 .. 38.45 / 13.15: 23.68 .. 23.94)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 12: the world and China in one sentence: two items, never summed; China's share; a pace a year
        text="Worldwide sales of AI chips for cars reached $6.4 billion in 2024, Pellham Semiconductor Research "
             "estimates; China alone accounted for $2.5 billion, or 39% of the total. The firm expects the global "
             "figure to hit $18.9 billion in 2030, a 19.8% annual pace.",
        obs=[("Total", 2024, 6.4, "USD billion", "actual"), ("China", 2024, 2.5, "USD billion", "actual"),
             ("Total", 2030, 18.9, "USD billion", "estimate")],
        claims=[("share", 39.0, "percent", 2024, 2024, None), ("cagr", 19.8, "percent", 2024, 2030, None, "inferred")],
        verdicts=[("arithmetic", "exact"),  # 2.5 / 6.4 = 39.06% -> 39 (bounds 2.45 / 6.45 .. 2.55 / 6.35:
                  # 37.98 .. 40.16)
                  ("cagr|period", "exact")]),  # (18.9 / 6.4) ** (1/6) - 1 = 19.78% -> 19.8 (bounds 18.85 / 6.45
                  # .. 18.95 / 6.35: 19.57 .. 19.99)
    dict(  # 13: an explainer with figures in words; growth as "triple"
        text="Explainer: what is the LLM services market worth?\nEstimates vary, but Corvid Research counts about "
             "six and a half billion dollars spent on large language model services in 2024, and it expects the "
             "figure to triple to roughly twenty billion dollars in 2027 as companies move pilots into production.",
        obs=[("Total", 2024, 6.5, "USD billion", "actual"), ("Total", 2027, 20.0, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],
        # 20 / 6.5 = 3.08: "triple" as x3
        verdicts=[]),
    dict(  # 14: Japanese fiscal years written FY25 and FY28, yen, a FY25-FY28 CAGR
        text="OSAKA, July 2025 -- Sales of AI servers in Japan reached 812 billion yen in FY25, the year to March "
             "2025, Kurose Securities said, and it forecasts 1,390 billion yen in FY28, a FY25-FY28 CAGR of 19.6%.",
        obs=[("Total", 2025, 812.0, "JPY billion", "actual"), ("Total", 2028, 1390.0, "JPY billion", "estimate")],
        claims=[("cagr", 19.6, "percent", 2025, 2028, None, "stated")],
        # (1390 / 812) ** (1/3) - 1 = 19.62% -> 19.6 exact (bounds 1389.5 / 812.5 .. 1390.5 / 811.5: 19.59 .. 19.66)
        verdicts=[("cagr", "exact")]),
    dict(  # 15: a restated base (the replaced figure none), a half-year figure (none), the full-year projection
        text="Revised: Marlow Data now puts 2024 machine vision revenue at $15.6 billion, restated from $16.2 "
             "billion after it dropped consumer cameras from its scope. The market took in $8.3 billion in the first "
             "half of 2025; for the full year Marlow projects $17.4 billion, growth of 11.5%.",
        obs=[("Total", 2024, 15.6, "USD billion", "actual"), ("Total", 2025, 17.4, "USD billion", "estimate")],
        claims=[("growth", 11.5, "percent", 2024, 2025, 1.0)],
        # 17.4 / 15.6 - 1 = 11.54% -> 11.5 exact (bounds 17.35 / 15.65 .. 17.45 / 15.55: 10.86 .. 12.22)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 16: an earnings-call transcript: M for million, "the year before", a guidance range
        text="Edited transcript, fourth-quarter 2024 earnings call\nChief Financial Officer: Our robotaxi business "
             "did $412M of fare revenue in 2024, up from $263M the year before, so call it 57% growth. For 2025 we "
             "are guiding to between $540M and $580M.",
        obs=[("Total", 2024, 412.0, "USD million", "actual"), ("Total", 2023, 263.0, "USD million", "actual")],
        claims=[("growth", 57.0, "percent", 2023, 2024, 1.0), ("value", 540.0, "USD million", 2025, 2025, None),
                ("value", 580.0, "USD million", 2025, 2025, None)],
        # 412 / 263 - 1 = 56.65% -> 57 exact (bounds 411.5 / 263.5 .. 412.5 / 262.5: 56.17 .. 57.14)
        verdicts=[("cagr|implied", "exact")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a white paper: 规模达到, 较上年的...增长
        text="《2025年工业人工智能发展白皮书》（澄远研究院发布）显示，2024年我国工业人工智能市场规模达到1,280亿元，"
             "较上年的1,052亿元增长21.7%，质检、排产和设备预测性维护是落地最多的三类场景。",
        obs=[("Total", 2024, 1280.0, "CNY 100 million", "actual"),
             ("Total", 2023, 1052.0, "CNY 100 million", "actual")],
        claims=[("growth", 21.7, "percent", 2023, 2024, 1.0)],
        # 1280 / 1052 - 1 = 21.67% -> 21.7 exact (bounds 1279.5 / 1052.5 .. 1280.5 / 1051.5: 21.57 .. 21.78)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 18: a statistical bulletin: 比上年增长 with no base printed, a part after 其中 with its share
        text="湖滨市2024年国民经济和社会发展统计公报（节选）：全年人工智能核心产业规模5,784亿元，比上年增长13.9%。"
             "其中，智能语音412亿元，占7.1%。",
        obs=[("Total", 2024, 5784.0, "CNY 100 million", "actual"), ("智能语音", 2024, 412.0, "CNY 100 million", "actual")],
        claims=[("growth", 13.9, "percent", 2023, 2024, 1.0), ("share", 7.1, "percent", 2024, 2024, None)],
        # 412 / 5784 = 7.12% -> 7.1 exact (bounds 411.5 / 5784.5 .. 412.5 / 5783.5: 7.11 .. 7.13); 2023 not printed
        verdicts=[("arithmetic", "exact")]),
    dict(  # 19: a consultancy's estimate: 预计到...将达到, 年均复合增长率约为 (span from the amounts only)
        text="据澜石咨询测算，2024年中国AI药物研发市场规模为38.6亿元，预计到2029年将达到152.3亿元，"
             "年均复合增长率约为31.6%。",
        obs=[("Total", 2024, 38.6, "CNY 100 million", "actual"), ("Total", 2029, 152.3, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.6, "percent", 2024, 2029, None, "inferred")],
        # (152.3 / 38.6) ** (1/5) - 1 = 31.59% -> 31.6 exact (bounds 152.25 / 38.65 .. 152.35 / 38.55: 31.55 .. 31.63)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 20: 翻番 and 再翻一番: two multiples over three years each
        text="2024年我国农业人工智能市场规模约为96亿元，较2021年的47亿元实现翻番；禾川智库预计，到2027年市场规模将"
             "再翻一番，达到约200亿元。",
        obs=[("Total", 2024, 96.0, "CNY 100 million", "actual"), ("Total", 2021, 47.0, "CNY 100 million", "actual"),
             ("Total", 2027, 200.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2021, 2024, 3.0), ("multiple", 2.0, "multiple", 2024, 2027, 3.0)],
        # 96 / 47 = 2.04 and 200 / 96 = 2.08: both x2
        verdicts=[]),
    dict(  # 21: 同比增长 with the base in brackets; a half-year figure (none)
        text="弘典数据发布的报告显示，2024年中国大模型服务市场规模为47.9亿元，同比增长215%（2023年为15.2亿元）；"
             "2025年上半年市场规模已达30.7亿元。",
        obs=[("Total", 2024, 47.9, "CNY 100 million", "actual"), ("Total", 2023, 15.2, "CNY 100 million", "actual")],
        claims=[("growth", 215.0, "percent", 2023, 2024, 1.0)],
        # 47.9 / 15.2 - 1 = 215.13% -> 215 exact (bounds 47.85 / 15.25 .. 47.95 / 15.15: 213.77 .. 216.50)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 22: 亿美元 in simplified Chinese; the base after the rate; a rate only rounding reaches
        text="2024年中国AI服务器市场规模达221亿美元，同比增长134%，2023年这一数字为94亿美元。锐川研究预计2025年将增至"
             "约310亿美元。",
        obs=[("Total", 2024, 221.0, "USD 100 million", "actual"), ("Total", 2023, 94.0, "USD 100 million", "actual"),
             ("Total", 2025, 310.0, "USD 100 million", "estimate")],
        claims=[("growth", 134.0, "percent", 2023, 2024, 1.0)],
        # 221 / 94 - 1 = 135.11%, not 134; bounds 220.5 / 94.5 .. 221.5 / 93.5: 133.33 .. 136.90: rounding
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 23: Taiwanese news: 新台幣 (no observation) with a US$ figure in brackets; 年增 and 年複合成長率
        text="【台北訊】資研產業研究中心指出，台灣機器視覺市場規模2024年達新台幣486億元（約15億美元），年增12.8%；"
             "預估2028年將成長至新台幣812億元，年複合成長率為13.7%。",
        obs=[("Total", 2024, 15.0, "USD 100 million", "actual")],
        claims=[("growth", 12.8, "percent", 2023, 2024, 1.0), ("cagr", 13.7, "percent", 2024, 2028, None, "inferred")],
        # (812 / 486) ** (1/4) - 1 = 13.69% -> 13.7 exact (bounds 811.5 / 486.5 .. 812.5 / 485.5: 13.65 .. 13.74)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 24: Hong Kong news: the world's figure in 億美元 and Hong Kong's in 港元 (none), 去年 from the dateline
        text="（香港，2025年3月）恒匯研究報告指出，全球銀行業人工智能支出2024年為312億美元，預估2030年將增至1,046億美元，"
             "年複合成長率為22.3%。香港銀行業的相關投入去年約為38億港元。",
        obs=[("Total", 2024, 312.0, "USD 100 million", "actual"),
             ("Total", 2030, 1046.0, "USD 100 million", "estimate")],
        claims=[("cagr", 22.3, "percent", 2024, 2030, None, "inferred")],
        # (1046 / 312) ** (1/6) - 1 = 22.34% -> 22.3 exact (bounds 1045.5 / 312.5 .. 1046.5 / 311.5: 22.30 .. 22.38)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 25: Taiwanese news: 由...成長至, 年複合成長率達; an attach rate (搭載率, none)
        text="拓墨研究預估，全球車用AI晶片市場將由2024年的64億美元，成長至2030年的221億美元，年複合成長率達23%；"
             "屆時高階輔助駕駛車款的AI晶片搭載率將超過八成。",
        obs=[("Total", 2024, 64.0, "USD 100 million", "actual"), ("Total", 2030, 221.0, "USD 100 million", "estimate")],
        claims=[("cagr", 23.0, "percent", 2024, 2030, None, "inferred")],
        # (221 / 64) ** (1/6) - 1 = 22.94% -> 23 exact (bounds 220.5 / 64.5 .. 221.5 / 63.5: 22.74 .. 23.15)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 26: Taiwanese news: the world's forecast and Taiwan's output in 新台幣 (none) that 翻倍成長
        text="（2025年11月）市調機構晴研預估，全球AI伺服器市場規模2025年將達2,980億美元，年增46%；台灣AI伺服器產值"
             "則可望達新台幣1.2兆元，較2024年的6,200億元翻倍成長。",
        obs=[("Total", 2025, 2980.0, "USD 100 million", "estimate")],
        claims=[("growth", 46.0, "percent", 2024, 2025, 1.0), ("multiple", 2.0, "multiple", 2024, 2025, 1.0)],
        # 2024's world figure is not printed; Taiwan's 12,000 / 6,200 = 1.94: 翻倍 as x2
        verdicts=[]),
    dict(  # 27: a white paper: 同比增长 with no base, a stated span 2020—2024年 whose two amounts are printed
        text="根据中智联合研究院发布的《2025中国智能制造系统解决方案白皮书》，2024年我国智能制造系统解决方案市场规模达到"
             "3,860亿元，同比增长15.2%；2020年这一规模为1,980亿元，2020—2024年年均复合增长率为18.2%。",
        obs=[("Total", 2024, 3860.0, "CNY 100 million", "actual"),
             ("Total", 2020, 1980.0, "CNY 100 million", "actual")],
        claims=[("growth", 15.2, "percent", 2023, 2024, 1.0), ("cagr", 18.2, "percent", 2020, 2024, None, "stated")],
        # (3860 / 1980) ** (1/4) - 1 = 18.16% -> 18.2 exact (bounds 3859.5 / 1980.5 .. 3860.5 / 1979.5: 18.15 .. 18.17)
        verdicts=[("cagr", "exact")]),
    dict(  # 28: a survey answer first (none), then the market, 上年为 and 同比增长
        text="艾观调研的问卷显示，68.5%的受访者每周至少使用一次AI语音助手。该机构测算，2024年中国AI语音助手市场规模为"
             "265亿元，上年为224亿元，同比增长18.3%。",
        obs=[("Total", 2024, 265.0, "CNY 100 million", "actual"), ("Total", 2023, 224.0, "CNY 100 million", "actual")],
        claims=[("growth", 18.3, "percent", 2023, 2024, 1.0)],
        # 265 / 224 - 1 = 18.30% -> 18.3 exact (bounds 264.5 / 224.5 .. 265.5 / 223.5: 17.82 .. 18.79)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 29: a broker's forecast with its span printed; the rate fits no count of years
        text="2024年中国Robotaxi市场规模约为47亿元，鼎石证券预计到2030年将达到1,560亿元，2024—2030年年均复合增长率"
             "约为86%。",
        obs=[("Total", 2024, 47.0, "CNY 100 million", "actual"),
             ("Total", 2030, 1560.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 86.0, "percent", 2024, 2030, None, "stated")],
        # (1560 / 47) ** (1/6) - 1 = 79.27% (bounds 1559.5 / 47.5 .. 1560.5 / 46.5: 78.94 .. 79.60); over five years
        # 101.47% (101.03 .. 101.91): 86 holds on neither count
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 30: a part after 其中 with 占比, a penetration rate (none), next year's 同比增长...达到
        text="2024年中国AI代码助手市场规模为18.4亿元，其中企业级产品11.2亿元，占比60.9%；个人开发者的付费渗透率仅为7%"
             "左右。知码智库预计，2025年市场规模将同比增长62%，达到29.8亿元。",
        obs=[("Total", 2024, 18.4, "CNY 100 million", "actual"), ("企业级产品", 2024, 11.2, "CNY 100 million", "actual"),
             ("Total", 2025, 29.8, "CNY 100 million", "estimate")],
        claims=[("share", 60.9, "percent", 2024, 2024, None), ("growth", 62.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("arithmetic", "exact"),  # 11.2 / 18.4 = 60.87% -> 60.9 (bounds 11.15 / 18.45 .. 11.25 / 18.35:
                  # 60.43 .. 61.31)
                  ("cagr|implied", "exact")]),  # 29.8 / 18.4 - 1 = 61.96% -> 62 (bounds 29.75 / 18.45 .. 29.85 /
                  # 18.35: 61.25 .. 62.67)
    # ------------------------------------------------------------------------------------------------- tables (31-40)
    dict(  # 31: a pipe table by application with a total row and an estimate column
        text="Table 2. AI in agriculture market by application (US$ million)\n| Application | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|\n| Precision farming | 612 | 738 | 880 |\n| Livestock monitoring | 241 | 296 | 362 |\n"
             "| Drones and imaging | 318 | 377 | 451 |\n| Total | 1,171 | 1,411 | 1,693 |\nSource: Oakhurst Agritech "
             "Analytics",
        obs=[("Precision farming", 2023, 612.0, "USD million", "actual"),
             ("Precision farming", 2024, 738.0, "USD million", "actual"),
             ("Precision farming", 2025, 880.0, "USD million", "estimate"),
             ("Livestock monitoring", 2023, 241.0, "USD million", "actual"),
             ("Livestock monitoring", 2024, 296.0, "USD million", "actual"),
             ("Livestock monitoring", 2025, 362.0, "USD million", "estimate"),
             ("Drones and imaging", 2023, 318.0, "USD million", "actual"),
             ("Drones and imaging", 2024, 377.0, "USD million", "actual"),
             ("Drones and imaging", 2025, 451.0, "USD million", "estimate"),
             ("Total", 2023, 1171.0, "USD million", "actual"), ("Total", 2024, 1411.0, "USD million", "actual"),
             ("Total", 2025, 1693.0, "USD million", "estimate")],
        claims=[],
        # 612 + 241 + 318 = 1171; 738 + 296 + 377 = 1411; 880 + 362 + 451 = 1693
        verdicts=[("hierarchy", "exact")]),
    dict(  # 32: a vertical tab table, its lone value column headed by its unit, a YoY column; one rate only rounds
        text="Large language model services revenue, worldwide\nYear\tUS$ bn\tYoY\n2022\t1.8\t-\n2023\t3.9\t116.7%\n"
             "2024\t7.6\t94.8%\n2025E\t13.1\t72.4%\n2026E\t20.5\t56.5%\nSource: Vantrell Research, Jan. 2025",
        obs=[("Total", 2022, 1.8, "USD billion", "actual"), ("Total", 2023, 3.9, "USD billion", "actual"),
             ("Total", 2024, 7.6, "USD billion", "actual"), ("Total", 2025, 13.1, "USD billion", "estimate"),
             ("Total", 2026, 20.5, "USD billion", "estimate")],
        claims=[("growth", 116.7, "percent", 2022, 2023, 1.0), ("growth", 94.8, "percent", 2023, 2024, 1.0),
                ("growth", 72.4, "percent", 2024, 2025, 1.0), ("growth", 56.5, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 3.9 / 1.8 - 1 = 116.67% -> 116.7 (bounds 108.11 .. 125.71)
                  ("cagr|implied", "rounding"),  # 7.6 / 3.9 - 1 = 94.87%, not 94.8; bounds 7.55 / 3.95 .. 7.65 /
                  # 3.85: 91.14 .. 98.70
                  ("cagr|implied", "exact"),  # 13.1 / 7.6 - 1 = 72.37% -> 72.4 (bounds 70.59 .. 74.17)
                  ("cagr|implied", "exact")]),  # 20.5 / 13.1 - 1 = 56.49% -> 56.5 (bounds 55.51 .. 57.47)
    dict(  # 33: a broker's table: 单位：亿元 in the caption, A and E columns, a 同比 row; one rate contradicts
        text="图表12：中国机器视觉市场规模及增速（单位：亿元）\n\t2023A\t2024A\t2025E\t2026E\n市场规模\t185.3\t211.6\t247.0"
             "\t289.5\n同比\t12.4%\t14.2%\t16.7%\t18.2%\n资料来源：华岳证券研究所",
        obs=[("市场规模", 2023, 185.3, "CNY 100 million", "actual"), ("市场规模", 2024, 211.6, "CNY 100 million", "actual"),
             ("市场规模", 2025, 247.0, "CNY 100 million", "estimate"),
             ("市场规模", 2026, 289.5, "CNY 100 million", "estimate")],
        claims=[("growth", 12.4, "percent", 2022, 2023, 1.0), ("growth", 14.2, "percent", 2023, 2024, 1.0),
                ("growth", 16.7, "percent", 2024, 2025, 1.0), ("growth", 18.2, "percent", 2025, 2026, 1.0)],
        # 2022's amount is not printed: 12.4% has nothing to check it against
        verdicts=[("cagr|implied", "exact"),  # 211.6 / 185.3 - 1 = 14.19% -> 14.2 (bounds 14.14 .. 14.25)
                  ("cagr|implied", "exact"),  # 247.0 / 211.6 - 1 = 16.73% -> 16.7 (bounds 16.68 .. 16.78)
                  ("cagr|implied", "inconsistent")]),  # 289.5 / 247.0 - 1 = 17.21%; bounds 289.45 / 247.05 ..
                  # 289.55 / 246.95: 17.16 .. 17.25, nowhere near 18.2
    dict(  # 34: a Traditional-Chinese table: 單位：億美元, a 預測 column, a CAGR column, a 合計 row; one rate wrong
        text="全球邊緣AI晶片市場規模預測（單位：億美元）\n應用\t2024年\t2027年(預測)\t年複合成長率(2024-2027)\n"
             "智慧型手機\t86\t142\t18.2%\n個人電腦\t21\t58\t45.3%\n物聯網裝置\t35\t61\t20.3%\n合計\t142\t261\t22.5%\n"
             "資料來源：曜宇科技研究",
        obs=[("智慧型手機", 2024, 86.0, "USD 100 million", "actual"),
             ("智慧型手機", 2027, 142.0, "USD 100 million", "estimate"),
             ("個人電腦", 2024, 21.0, "USD 100 million", "actual"), ("個人電腦", 2027, 58.0, "USD 100 million", "estimate"),
             ("物聯網裝置", 2024, 35.0, "USD 100 million", "actual"),
             ("物聯網裝置", 2027, 61.0, "USD 100 million", "estimate"),
             ("合計", 2024, 142.0, "USD 100 million", "actual"), ("合計", 2027, 261.0, "USD 100 million", "estimate")],
        claims=[("cagr", 18.2, "percent", 2024, 2027, None, "stated"),
                ("cagr", 45.3, "percent", 2024, 2027, None, "stated"),
                ("cagr", 20.3, "percent", 2024, 2027, None, "stated"),
                ("cagr", 22.5, "percent", 2024, 2027, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 86 + 21 + 35 = 142; 142 + 58 + 61 = 261
                  ("cagr", "exact"),  # (142 / 86) ** (1/3) - 1 = 18.19% -> 18.2 (bounds 17.83 .. 18.56)
                  ("cagr", "inconsistent"),  # (58 / 21) ** (1/3) - 1 = 40.30%; bounds 57.5 / 21.5 .. 58.5 / 20.5:
                  # 38.81 .. 41.84, nowhere near 45.3
                  ("cagr", "exact"),  # (61 / 35) ** (1/3) - 1 = 20.34% -> 20.3 (bounds 19.45 .. 21.25)
                  ("cagr", "exact")]),  # (261 / 142) ** (1/3) - 1 = 22.49% -> 22.5 (bounds 22.27 .. 22.72)
    dict(  # 35: a space-aligned table with an F column and a CAGR column written 2024-27, a total row
        text="AI voice assistant revenue by device (USD billion)\nDevice            2024    2027F   CAGR 2024-27\n"
             "Smartphones       4.82    7.95    18.2%\nSmart speakers    2.10    2.64    7.9%\n"
             "Cars              1.36    3.02    30.5%\nTotal             8.28    13.61   18.0%",
        obs=[("Smartphones", 2024, 4.82, "USD billion", "actual"),
             ("Smartphones", 2027, 7.95, "USD billion", "estimate"),
             ("Smart speakers", 2024, 2.1, "USD billion", "actual"),
             ("Smart speakers", 2027, 2.64, "USD billion", "estimate"),
             ("Cars", 2024, 1.36, "USD billion", "actual"), ("Cars", 2027, 3.02, "USD billion", "estimate"),
             ("Total", 2024, 8.28, "USD billion", "actual"), ("Total", 2027, 13.61, "USD billion", "estimate")],
        claims=[("cagr", 18.2, "percent", 2024, 2027, None, "stated"),
                ("cagr", 7.9, "percent", 2024, 2027, None, "stated"),
                ("cagr", 30.5, "percent", 2024, 2027, None, "stated"),
                ("cagr", 18.0, "percent", 2024, 2027, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 4.82 + 2.10 + 1.36 = 8.28; 7.95 + 2.64 + 3.02 = 13.61
                  ("cagr", "exact"),  # (7.95 / 4.82) ** (1/3) - 1 = 18.15% -> 18.2 (bounds 18.09 .. 18.22)
                  ("cagr", "exact"),  # (2.64 / 2.10) ** (1/3) - 1 = 7.93% -> 7.9 (bounds 7.77 .. 8.08)
                  ("cagr", "exact"),  # (3.02 / 1.36) ** (1/3) - 1 = 30.46% -> 30.5 (bounds 30.23 .. 30.70)
                  ("cagr", "exact")]),  # (13.61 / 8.28) ** (1/3) - 1 = 18.02% -> 18.0 (bounds 17.98 .. 18.05)
    dict(  # 36: a vertical Chinese table, years as rows, the value column headed 亿元 alone, a 同比增长 column
        text="中国银行业人工智能技术投入\n年份\t亿元\t同比增长\n2020\t312.6\t-\n2021\t386.2\t23.5%\n2022\t451.9\t17.0%\n"
             "2023\t529.7\t17.2%\n2024\t618.2\t16.7%\n数据来源：金栈研究院",
        obs=[("Total", 2020, 312.6, "CNY 100 million", "actual"), ("Total", 2021, 386.2, "CNY 100 million", "actual"),
             ("Total", 2022, 451.9, "CNY 100 million", "actual"), ("Total", 2023, 529.7, "CNY 100 million", "actual"),
             ("Total", 2024, 618.2, "CNY 100 million", "actual")],
        claims=[("growth", 23.5, "percent", 2020, 2021, 1.0), ("growth", 17.0, "percent", 2021, 2022, 1.0),
                ("growth", 17.2, "percent", 2022, 2023, 1.0), ("growth", 16.7, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 386.2 / 312.6 - 1 = 23.54% -> 23.5 (bounds 23.51 .. 23.58)
                  ("cagr|implied", "exact"),  # 451.9 / 386.2 - 1 = 17.01% -> 17.0 (bounds 16.98 .. 17.04)
                  ("cagr|implied", "exact"),  # 529.7 / 451.9 - 1 = 17.22% -> 17.2 (bounds 17.19 .. 17.24)
                  ("cagr|implied", "exact")]),  # 618.2 / 529.7 - 1 = 16.71% -> 16.7 (bounds 16.68 .. 16.73)
    dict(  # 37: a results table: fiscal-year columns, a YoY column, a quarter's column (none), a total row
        text="Brightwater Systems: revenue by segment (US$ million)\nSegment\tFY2024\tFY2025\tYoY\tQ4 FY2025\n"
             "AI servers\t8,412\t13,906\t65.3%\t4,105\nNetworking\t1,257\t1,874\t49.1%\t532\n"
             "Services\t642\t711\t11.7%\t183\nTotal\t10,311\t16,491\t59.9%\t4,820",
        obs=[("AI servers", 2024, 8412.0, "USD million", "actual"),
             ("AI servers", 2025, 13906.0, "USD million", "actual"),
             ("Networking", 2024, 1257.0, "USD million", "actual"),
             ("Networking", 2025, 1874.0, "USD million", "actual"),
             ("Services", 2024, 642.0, "USD million", "actual"), ("Services", 2025, 711.0, "USD million", "actual"),
             ("Total", 2024, 10311.0, "USD million", "actual"), ("Total", 2025, 16491.0, "USD million", "actual")],
        claims=[("growth", 65.3, "percent", 2024, 2025, 1.0), ("growth", 49.1, "percent", 2024, 2025, 1.0),
                ("growth", 11.7, "percent", 2024, 2025, 1.0), ("growth", 59.9, "percent", 2024, 2025, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 8412 + 1257 + 642 = 10311; 13906 + 1874 + 711 = 16491
                  ("cagr|implied", "exact"),  # 13906 / 8412 - 1 = 65.31% -> 65.3 (bounds 65.30 .. 65.33)
                  ("cagr|implied", "exact"),  # 1874 / 1257 - 1 = 49.09% -> 49.1 (bounds 48.99 .. 49.18)
                  ("cagr|implied", "inconsistent"),  # 711 / 642 - 1 = 10.75%; bounds 710.5 / 642.5 .. 711.5 / 641.5:
                  # 10.58 .. 10.91, nowhere near 11.7
                  ("cagr|implied", "exact")]),  # 16491 / 10311 - 1 = 59.94% -> 59.9 (bounds 59.92 .. 59.95)
    dict(  # 38: a structure table: the year in the caption, amounts and 占比, a 合计 row at 100.0% (no claim)
        text="2024年中国边缘AI市场结构（单位：亿元）\n细分领域\t规模\t占比\n边缘AI芯片\t168.4\t51.5%\n边缘服务器\t97.2\t29.7%\n"
             "边缘软件与平台\t61.5\t18.8%\n合计\t327.1\t100.0%",
        obs=[("边缘AI芯片", 2024, 168.4, "CNY 100 million", "actual"), ("边缘服务器", 2024, 97.2, "CNY 100 million", "actual"),
             ("边缘软件与平台", 2024, 61.5, "CNY 100 million", "actual"), ("合计", 2024, 327.1, "CNY 100 million", "actual")],
        claims=[("share", 51.5, "percent", 2024, 2024, None), ("share", 29.7, "percent", 2024, 2024, None),
                ("share", 18.8, "percent", 2024, 2024, None)],
        verdicts=[("hierarchy", "exact"),  # 168.4 + 97.2 + 61.5 = 327.1
                  ("arithmetic", "exact"),  # 168.4 / 327.1 = 51.48% -> 51.5 (bounds 51.46 .. 51.51)
                  ("arithmetic", "exact"),  # 97.2 / 327.1 = 29.72% -> 29.7 (bounds 29.70 .. 29.74)
                  ("arithmetic", "exact")]),  # 61.5 / 327.1 = 18.80% -> 18.8 (bounds 18.78 .. 18.82)
    dict(  # 39: a space-aligned table by region: an actual, an E and an F column, a CAGR 2025-30 column
        text="AI in smart manufacturing: spending by region, US$ billion\n"
             "Region           2024    2025E   2030F   CAGR 2025-30\n"
             "North America    12.4    14.1    29.8    16.2%\nEurope           9.6     10.8    21.5    14.8%\n"
             "Asia Pacific     15.3    17.9    43.6    19.5%\nTotal            37.3    42.8    94.9    17.3%",
        obs=[("North America", 2024, 12.4, "USD billion", "actual"),
             ("North America", 2025, 14.1, "USD billion", "estimate"),
             ("North America", 2030, 29.8, "USD billion", "estimate"),
             ("Europe", 2024, 9.6, "USD billion", "actual"), ("Europe", 2025, 10.8, "USD billion", "estimate"),
             ("Europe", 2030, 21.5, "USD billion", "estimate"),
             ("Asia Pacific", 2024, 15.3, "USD billion", "actual"),
             ("Asia Pacific", 2025, 17.9, "USD billion", "estimate"),
             ("Asia Pacific", 2030, 43.6, "USD billion", "estimate"),
             ("Total", 2024, 37.3, "USD billion", "actual"), ("Total", 2025, 42.8, "USD billion", "estimate"),
             ("Total", 2030, 94.9, "USD billion", "estimate")],
        claims=[("cagr", 16.2, "percent", 2025, 2030, None, "stated"),
                ("cagr", 14.8, "percent", 2025, 2030, None, "stated"),
                ("cagr", 19.5, "percent", 2025, 2030, None, "stated"),
                ("cagr", 17.3, "percent", 2025, 2030, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 12.4 + 9.6 + 15.3 = 37.3; 14.1 + 10.8 + 17.9 = 42.8; 29.8 + 21.5 + 43.6
                  # = 94.9
                  ("cagr", "rounding"),  # (29.8 / 14.1) ** (1/5) - 1 = 16.14%, not 16.2; bounds 29.75 / 14.15 ..
                  # 29.85 / 14.05: 16.02 .. 16.27
                  ("cagr", "exact"),  # (21.5 / 10.8) ** (1/5) - 1 = 14.76% -> 14.8 (bounds 14.60 .. 14.92)
                  ("cagr", "exact"),  # (43.6 / 17.9) ** (1/5) - 1 = 19.49% -> 19.5 (bounds 19.39 .. 19.58)
                  ("cagr", "exact")]),  # (94.9 / 42.8) ** (1/5) - 1 = 17.26% -> 17.3 (bounds 17.22 .. 17.30)
    dict(  # 40: a vertical pipe table in US$ mn, years with E marks as rows, a CAGR line under it
        text="Conversational AI platforms, worldwide revenue\n| Year | US$ mn |\n|---|---|\n| 2024 | 10,840 |\n"
             "| 2025E | 13,260 |\n| 2026E | 16,150 |\n| 2027E | 19,530 |\n| 2028E | 23,410 |\n| 2029E | 27,900 |\n"
             "CAGR 2024-2029: 20.8%",
        obs=[("Total", 2024, 10840.0, "USD million", "actual"), ("Total", 2025, 13260.0, "USD million", "estimate"),
             ("Total", 2026, 16150.0, "USD million", "estimate"), ("Total", 2027, 19530.0, "USD million", "estimate"),
             ("Total", 2028, 23410.0, "USD million", "estimate"), ("Total", 2029, 27900.0, "USD million", "estimate")],
        claims=[("cagr", 20.8, "percent", 2024, 2029, None, "stated")],
        # (27900 / 10840) ** (1/5) - 1 = 20.81% -> 20.8 exact (bounds 27899.5 / 10840.5 .. 27900.5 / 10839.5:
        # 20.80 .. 20.83)
        verdicts=[("cagr", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Valued at $2.1 billion in 2024',
    '2024–2031',
    'By 2030, revenue',
    'a market that stood at',
    'by the end of the decade',
    'nearly 30-fold',
    '$1.1tn',
    'Key stats:',
    '- 2024 market size: US$1.9bn',
    'CAGR 2024-30',
    '5 numbers that explain',
    'year over year',
    'Fourth-quarter revenue',
    'more than doubled',
    '$14.8B',
    'INR 12,400 crore',
    'RM 3.1 billion',
    '(US$4.6bn, or 38.7%)',
    'over the next five years',
    'six and a half billion dollars',
    'to triple',
    'FY25-FY28',
    'restated from',
    'first half of 2025',
    'between $540M and $580M',
    '规模达到',
    '较上年',
    '比上年增长',
    '统计公报',
    '年均复合增长率',
    '翻番',
    '再翻一番',
    '上半年',
    '亿美元',
    '新台幣',
    '年複合成長率',
    '預估',
    '港元',
    '翻倍成長',
    '2020—2024年',
    '渗透率',
    '| 2025E |',
    'US$ mn',
    '2027F',
    'CAGR 2025-30',
    'Q4 FY2025',
    '2023A',
    '合計',
    '占比',
)
#: Scored once, blind, on the extractor as it stood when the set was added (parts side by side with their verb said
#: once already read): figures 126/144 (88%), rates 52/64 (81%), verdicts 53/65 (82%), false inconsistent 0. Rules
#: were then written for its misses (years the dateline fixes, "over the next five years to", FY25, ringgit and
#: crore, an equivalent in brackets, a half year's amount, "restated from", "guided to", "China alone", 上年为):
#: figures 139/144, rates 56/64, verdicts 59/65; 60/65 after the sixteenth set's tables. Still missed: a listicle's "$1.7 billion: what the market was worth
#: in 2024", a share in brackets before its whole, "再翻一番" counted from the year before its target, a 同比 cell of
#: a table's first year.
FLOORS = {"figures_found": 141, "rates_found": 63, "verdicts_right": 63}


if __name__ == "__main__":  # python tests/extract_checkset15.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
