"""A fourteenth check set for the extractor, written blind: one market seen from several sides, and the layouts
analysts meet beside prose.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: comparison articles that set two publishers' figures for one market side by side
("puts the market at", "is more cautious"), market-map pages with a region-by-region breakdown (amounts and shares
for North America, Europe, Asia Pacific, China, Japan), forecast-revision notes ("raised its forecast ... from",
上调至, "restated"), vertical tables (years as rows, one or more value columns, a growth column), wide tables with a
CAGR column and estimate marks (2025E, 2026F, 2027P), Chinese brokers' industry reports (行业深度报告, 单位：亿元, a
``yoy`` row under the value row, 2024A and 2025E columns), Japanese, Korean and Taiwanese market news in English
and in Traditional Chinese, investor-day slides flattened to text ("TAM 2027: $400B", SAM, SOM) and FAQ pages
("How big is the ... market?", 问：/答：). Markets vary (AI accelerators, AI smartphones and PCs, AI in retail,
autonomous driving software, humanoid robots, AI cybersecurity, generative AI in media, AI data labelling, digital
twins, AI-enabled medical imaging); publishers and companies are invented, the sentences are the project's own and
the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On a slide, the TAM is the market (``Total``) and
the SAM and SOM are parts named as printed. Each (item, year) is expected once, at its most precise statement, in
its printed unit; two markets side by side are two items, never summed. When an article sets a second publisher's
figure for the same year beside the first publisher's, the first one (whose base, target and rate the text gives)
is the snippet's figure and the second is expected nowhere: it is another source's, and a draft must not check the
first publisher's rate against it. A range gives two ``value`` claims for its year. Boilerplate figures (stock
codes, slide and table numbers, dates, counts of hospital beds) are expected nowhere; so are the figure a revised
or restated one replaces and a percentage that is no share of the market (a margin, a penetration, adoption or
滲透率/渗透率 rate). A company's revenue in its own release is its ``Total``. An amount in a currency the bundled
unit table does not hold (KRW, 韓元, NT$, 新台幣, 億日圓) is expected as no observation, but its stated rate is a claim
and gets its verdict. A fiscal year counts as its number (fiscal 2025, FY2024 -> 2025, 2024). A share is ("share",
N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is
``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it (its verdict then read
as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a multiple between two
years carries their distance ("nearly fivefold" as x5). The base of a forecast is ``actual``; a figure a forecast
cue governs (expects, projects, 预计, 預估), an E, F or P column, or a year after the document's date,
``estimate``. A share whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two amounts are
printed a ``cagr`` one and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when the
recomputed figure rounds to the printed one, ``rounding`` when only some reading of the printed inputs (each at half
its last digit either way) reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the
arithmetic and its bounds in the comment beside each verdict. ``python tests/extract_checkset14.py [-v]`` prints the
measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: an FAQ page: the question, then the answer's sentence; a segment's share with no amount
        text="Frequently asked questions\nHow big is the AI data labelling market?\nThe AI data labelling market was "
             "valued at USD 3.87 billion in 2024 and is projected to reach USD 17.1 billion by 2032.\nHow fast is it "
             "growing?\nIt is expected to expand at a compound annual growth rate (CAGR) of 20.4% from 2024 to 2032."
             "\nWhich segment leads?\nImage and video annotation held the largest share of revenue, 41.5%, in 2024.",
        obs=[("Total", 2024, 3.87, "USD billion", "actual"), ("Total", 2032, 17.1, "USD billion", "estimate")],
        claims=[("cagr", 20.4, "percent", 2024, 2032, None, "stated"), ("share", 41.5, "percent", 2024, 2024, None)],
        # (17.1 / 3.87) ** (1/8) - 1 = 20.41% -> 20.4 exact (bounds 17.05 / 3.875 .. 17.15 / 3.865: 20.35 .. 20.47)
        verdicts=[("cagr", "exact")]),
    dict(  # 2: a comparison article: the first publisher's base, target and rate; the second's 2030 figure is none
        text="How far apart are the forecasts? Halvorsen Research puts the AI accelerator market at $117.5 billion in "
             "2024 and expects it to reach $402 billion in 2029, growing 27.9% a year. Brightmoor Analytics, which "
             "builds its model from shipment data, is more cautious and sizes 2029 at $311 billion.",
        obs=[("Total", 2024, 117.5, "USD billion", "actual"), ("Total", 2029, 402.0, "USD billion", "estimate")],
        claims=[("cagr", 27.9, "percent", 2024, 2029, None, "inferred")],
        # (402 / 117.5) ** (1/5) - 1 = 27.89% -> 27.9 exact (bounds 401.5 / 117.55 .. 402.5 / 117.45: 27.85 .. 27.93)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 3: a market-map page: regions with amounts and shares, two countries inside Asia Pacific; one share wrong
        text="AI in retail: market map 2024 (Corlane Insights)\nThe AI in retail market totalled $11.8 billion in "
             "2024. North America led with $4.6 billion, or 39% of the total; Europe followed with $3.1 billion "
             "(26.3%) and Asia Pacific with $2.9 billion (27.4%). Within Asia Pacific, China contributed $1.3 billion "
             "and Japan $0.6 billion.",
        obs=[("Total", 2024, 11.8, "USD billion", "actual"), ("North America", 2024, 4.6, "USD billion", "actual"),
             ("Europe", 2024, 3.1, "USD billion", "actual"), ("Asia Pacific", 2024, 2.9, "USD billion", "actual"),
             ("China", 2024, 1.3, "USD billion", "actual"), ("Japan", 2024, 0.6, "USD billion", "actual")],
        claims=[("share", 39.0, "percent", 2024, 2024, None), ("share", 26.3, "percent", 2024, 2024, None),
                ("share", 27.4, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact"),  # 4.6 / 11.8 = 38.98% -> 39 (bounds 4.55 / 11.85 .. 4.65 / 11.75:
                  # 38.40 .. 39.57)
                  ("arithmetic", "exact"),  # 3.1 / 11.8 = 26.27% -> 26.3 (bounds 25.74 .. 26.81)
                  ("arithmetic", "inconsistent")]),  # 2.9 / 11.8 = 24.58%; bounds 2.85 / 11.85 .. 2.95 / 11.75:
                  # 24.05 .. 25.11, nowhere near 27.4 +- 0.05
    dict(  # 4: a forecast-revision note: the raised figure, not the one it replaces; a growth rate from this year
        text="Nov. 18, 2025 - Tallis Partners has raised its forecast for AI smartphone shipments in 2027 to 522 "
             "million units, from 470 million in its June edition, citing faster uptake of on-device assistants in "
             "mid-range models. The firm now expects 398 million units to ship in 2026, up 31% from this year.",
        obs=[("Total", 2027, 522.0, "count million", "estimate"), ("Total", 2026, 398.0, "count million", "estimate")],
        claims=[("growth", 31.0, "percent", 2025, 2026, 1.0)],
        # 2025's shipments are not printed: 398 / 1.31 = 303.8 is implied, nothing to check it against
        verdicts=[]),
    dict(  # 5: an investor-day slide flattened to text: TAM, SAM, SOM, a CAGR line, a margin target (none)
        text="Meridian Vision Investor Day 2025\nSlide 14 - Our market opportunity\nTAM 2027: $400B\nSAM 2027: $150B"
             "\nSOM 2027: $12B\nTAM 2024: $185B\nTAM CAGR 2024-2027: 29%\nSlide 15 - Long-term model\nGross margin "
             "target: 62%",
        obs=[("Total", 2027, 400.0, "USD billion", "estimate"), ("SAM", 2027, 150.0, "USD billion", "estimate"),
             ("SOM", 2027, 12.0, "USD billion", "estimate"), ("Total", 2024, 185.0, "USD billion", "actual")],
        claims=[("cagr", 29.0, "percent", 2024, 2027, None, "stated")],
        # (400 / 185) ** (1/3) - 1 = 29.31% -> 29 exact (bounds 399.5 / 185.5 .. 400.5 / 184.5: 29.14 .. 29.48)
        verdicts=[("cagr", "exact")]),
    dict(  # 6: Japanese market news in English: yen, a fiscal year ending in March, adoption (none), a bed count
        text="TOKYO, Sept. 9, 2025 - Japan's market for AI-enabled medical imaging software reached 41.2 billion yen "
             "in fiscal 2024, which ended in March 2025, up 18.4% from 34.8 billion yen a year earlier, according to "
             "a survey by the Shirane Research Institute. The institute projects 96.5 billion yen for fiscal 2030, "
             "when it expects adoption at hospitals with 200 or more beds to pass 70%.",
        obs=[("Total", 2024, 41.2, "JPY billion", "actual"), ("Total", 2023, 34.8, "JPY billion", "actual"),
             ("Total", 2030, 96.5, "JPY billion", "estimate")],
        claims=[("growth", 18.4, "percent", 2023, 2024, 1.0)],
        # 41.2 / 34.8 - 1 = 18.39% -> 18.4 exact (bounds 41.15 / 34.85 .. 41.25 / 34.75: 18.08 .. 18.71)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 7: Korean market news in English: won amounts (no observation), their stated rate still checked
        text="SEOUL, Oct. 2, 2025 - South Korea's humanoid robot market will grow from KRW 395 billion in 2024 to "
             "KRW 2,140 billion in 2030, a compound annual growth rate of 32.5%, the Hanul Institute for Robotics said "
             "in a report on Thursday, as carmakers and logistics groups begin pilot deployments.",
        obs=[],
        claims=[("cagr", 32.5, "percent", 2024, 2030, None, "inferred")],
        # (2140 / 395) ** (1/6) - 1 = 32.53% -> 32.5 exact (bounds 2139.5 / 395.5 .. 2140.5 / 394.5: 32.49 .. 32.56)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 8: a company's results: fiscal years, revenue is its Total, margins none, a guidance range
        text="Labelwise Inc. (NYSE: LBW) reported revenue of $1,280 million for fiscal 2025, up 64% from $780 "
             "million in fiscal 2024, as model developers bought more expert-annotated data. Adjusted operating "
             "margin widened to 14.2% from 9.8%. The company guided to fiscal 2026 revenue of $1,750 million to "
             "$1,850 million.",
        obs=[("Total", 2025, 1280.0, "USD million", "actual"), ("Total", 2024, 780.0, "USD million", "actual")],
        claims=[("growth", 64.0, "percent", 2024, 2025, 1.0), ("value", 1750.0, "USD million", 2026, 2026, None),
                ("value", 1850.0, "USD million", 2026, 2026, None)],
        # 1280 / 780 - 1 = 64.10% -> 64 exact (bounds 1279.5 / 780.5 .. 1280.5 / 779.5: 63.93 .. 64.27)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 9: figures in words, and growth stated as a multiple
        text="Pembury & Co. estimates that autonomous driving software earned its vendors about two and a half "
             "billion dollars in 2023. By 2030 the firm sees twelve billion dollars, a nearly fivefold increase, as "
             "carmakers license driving stacks instead of building their own.",
        obs=[("Total", 2023, 2.5, "USD billion", "actual"), ("Total", 2030, 12.0, "USD billion", "estimate")],
        claims=[("multiple", 5.0, "multiple", 2023, 2030, 7.0)],
        # 12 / 2.5 = 4.8, "nearly fivefold": rounds to 5
        verdicts=[]),
    dict(  # 10: a range for a forecast year (two value claims), an adoption rate from a survey (none)
        text="The AI cybersecurity market stood at $22.4 billion in 2023. Ashgrove Analytics expects it to be worth "
             "between $60 billion and $68 billion in 2028, depending on how quickly security teams automate alert "
             "triage. In its latest survey, 61% of large enterprises said they already use AI-based threat detection.",
        obs=[("Total", 2023, 22.4, "USD billion", "actual")],
        claims=[("value", 60.0, "USD billion", 2028, 2028, None), ("value", 68.0, "USD billion", 2028, 2028, None)],
        verdicts=[]),
    dict(  # 11: a restated base year (the old figure none), then a CAGR with its span printed
        text="Ostrava Insight has restated its estimate of the 2023 generative AI in media market to $2.9 billion, "
             "from $3.4 billion in last year's report, after moving advertising-technology revenue out of scope. On "
             "the new basis it forecasts $14.6 billion in 2028, a CAGR of 38.1% over 2023-2028.",
        obs=[("Total", 2023, 2.9, "USD billion", "actual"), ("Total", 2028, 14.6, "USD billion", "estimate")],
        claims=[("cagr", 38.1, "percent", 2023, 2028, None, "stated")],
        # (14.6 / 2.9) ** (1/5) - 1 = 38.16%, not 38.1; bounds 14.55 / 2.95 .. 14.65 / 2.85: 37.60 .. 38.74: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 12: an FAQ in Q/A form; the stated CAGR matches neither six nor seven years of its amounts
        text="Q: What is the growth rate of the digital twin market?\nA: According to Fenwick Market Intelligence, "
             "the global digital twin market is expected to grow from USD 16.8 billion in 2024 to USD 105 billion in "
             "2030, at a CAGR of 31.7% during the forecast period.\nQ: Which industry uses digital twins the most?\n"
             "A: Manufacturing, with about 29% of revenue in 2024.",
        obs=[("Total", 2024, 16.8, "USD billion", "actual"), ("Total", 2030, 105.0, "USD billion", "estimate")],
        claims=[("cagr", 31.7, "percent", 2024, 2030, None, "inferred"), ("share", 29.0, "percent", 2024, 2024, None)],
        # (105 / 16.8) ** (1/6) - 1 = 35.72% (bounds 104.5 / 16.85 .. 105.5 / 16.75: 35.55 .. 35.90); over seven
        # years 29.93%: 31.7 holds on neither count
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 13: Taiwanese market news in English: NT$ amounts (none), two year-on-year rates
        text="TAIPEI, Jan. 15, 2026 - Taiwan's output of AI servers reached NT$1.6 trillion in 2025, up 150% from a "
             "year earlier, and is set to grow a further 45% in 2026 as new rack-scale systems ramp, the Lianhe "
             "Industrial Research Center said on Thursday.",
        obs=[],
        claims=[("growth", 150.0, "percent", 2024, 2025, 1.0), ("growth", 45.0, "percent", 2025, 2026, 1.0)],
        verdicts=[]),
    dict(  # 14: euros; a CAGR "over the period" whose span only its amounts' years give; a part in prose
        text="BRUSSELS, 4 March 2025 - Spending on AI in European retail amounted to EUR 2.35 billion in 2024 and "
             "will rise to EUR 6.8 billion in 2029, a compound annual growth rate of 23.7% over the period, according "
             "to Valcourt Research. Personalisation engines made up EUR 0.94 billion of the 2024 total.",
        obs=[("Total", 2024, 2.35, "EUR billion", "actual"), ("Total", 2029, 6.8, "EUR billion", "estimate"),
             ("Personalisation engines", 2024, 0.94, "EUR billion", "actual")],
        claims=[("cagr", 23.7, "percent", 2024, 2029, None, "inferred")],
        # (6.8 / 2.35) ** (1/5) - 1 = 23.68% -> 23.7 exact (bounds 6.75 / 2.355 .. 6.85 / 2.345: 23.44 .. 23.91)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 15: a whole and its two parts in prose, one part with its share
        text="Global revenue from AI-enabled medical imaging reached $1.94 billion in 2024, of which software "
             "accounted for $1.21 billion, or 62.4%, and services for the remaining $0.73 billion.",
        obs=[("Total", 2024, 1.94, "USD billion", "actual"), ("Software", 2024, 1.21, "USD billion", "actual"),
             ("Services", 2024, 0.73, "USD billion", "actual")],
        claims=[("share", 62.4, "percent", 2024, 2024, None)],
        # 1.21 / 1.94 = 62.37% -> 62.4 exact (bounds 1.205 / 1.945 .. 1.215 / 1.935: 61.95 .. 62.79)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 16: a multiple over two fiscal years, a gross margin (none)
        text="Kintaro Data Services, a Tokyo-listed labelling firm, said revenue for fiscal 2025 was $412 million, "
             "2.4 times the $172 million it booked in fiscal 2023. Gross margin held at 31%.",
        obs=[("Total", 2025, 412.0, "USD million", "actual"), ("Total", 2023, 172.0, "USD million", "actual")],
        claims=[("multiple", 2.4, "multiple", 2023, 2025, 2.0)],
        # 412 / 172 = 2.395 -> 2.4
        verdicts=[]),
    # ----------------------------------------------------------------------------------------- Chinese prose (17-30)
    dict(  # 17: a broker's industry report: 我们测算, 同比 with no base printed, a CAGR with its span
        text="【行业深度报告】AI数据标注：从劳动密集走向专家标注\n我们测算，2024年中国AI数据标注市场规模约为85.6亿元，"
             "同比增长31.7%；预计2027年将达到212亿元，2024-2027年复合增速为35.3%。风险提示：下游需求不及预期。",
        obs=[("Total", 2024, 85.6, "CNY 100 million", "actual"),
             ("Total", 2027, 212.0, "CNY 100 million", "estimate")],
        claims=[("growth", 31.7, "percent", 2023, 2024, 1.0), ("cagr", 35.3, "percent", 2024, 2027, None, "stated")],
        # (212 / 85.6) ** (1/3) - 1 = 35.30% -> 35.3 exact (bounds 211.5 / 85.65 .. 212.5 / 85.55: 35.16 .. 35.43)
        verdicts=[("cagr", "exact")]),
    dict(  # 18: regions as parts in prose with their shares (占比); one share wrong
        text="2024年中国人形机器人市场规模为27.6亿元。分区域看，华东地区贡献9.8亿元，占比35.5%；华南地区贡献6.1亿元，"
             "占比24.1%。",
        obs=[("Total", 2024, 27.6, "CNY 100 million", "actual"),
             ("华东地区", 2024, 9.8, "CNY 100 million", "actual"),
             ("华南地区", 2024, 6.1, "CNY 100 million", "actual")],
        claims=[("share", 35.5, "percent", 2024, 2024, None), ("share", 24.1, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact"),  # 9.8 / 27.6 = 35.51% -> 35.5 (bounds 9.75 / 27.65 .. 9.85 / 27.55:
                  # 35.26 .. 35.75)
                  ("arithmetic", "inconsistent")]),  # 6.1 / 27.6 = 22.10%; bounds 21.88 .. 22.32, not 24.1
    dict(  # 19: a revision note in Chinese: 由…上调至 (the old figure none), 预计 and 同比 for next year
        text="11月20日，智途研究发布报告，将2026年中国自动驾驶软件市场规模预测由318亿元上调至356亿元，并预计2025年"
             "市场规模为247亿元，同比增长38%。",
        obs=[("Total", 2026, 356.0, "CNY 100 million", "estimate"),
             ("Total", 2025, 247.0, "CNY 100 million", "estimate")],
        claims=[("growth", 38.0, "percent", 2024, 2025, 1.0)],
        verdicts=[]),
    dict(  # 20: Traditional Chinese, Taiwan: 新台幣 (no observation), 年增率, a penetration rate (none)
        text="台北訊／受雲端服務商擴大資本支出帶動，台灣AI伺服器產值2025年預估達新台幣1.6兆元，年增率約58%；研究機構"
             "鼎新產研指出，液冷方案在新建AI機櫃中的滲透率將升至35%。",
        obs=[],
        claims=[("growth", 58.0, "percent", 2024, 2025, 1.0)],
        verdicts=[]),
    dict(  # 21: Traditional Chinese, Hong Kong: 人民幣億元, 年複合成長率 with no span of its own, 滲透率 (none)
        text="【香港財經】據弘晟顧問最新報告，中國AI醫學影像市場規模2023年為人民幣42.8億元，預計2028年將增至人民幣163.5"
             "億元，年複合成長率約30.8%。報告指出，三級醫院的AI影像滲透率已超過60%。",
        obs=[("Total", 2023, 42.8, "CNY 100 million", "actual"),
             ("Total", 2028, 163.5, "CNY 100 million", "estimate")],
        claims=[("cagr", 30.8, "percent", 2023, 2028, None, "inferred")],
        # (163.5 / 42.8) ** (1/5) - 1 = 30.74%, not 30.8; bounds 163.45 / 42.85 .. 163.55 / 42.75: 30.70 .. 30.78,
        # which 30.8 - 0.05 = 30.75 reaches: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 22: Traditional Chinese, Japan: 億日圓 amounts (none), 1兆7,774億 mixed scales; the rates are claims
        text="東京電／日本調查機構星野總研公布，日本生成式AI市場2024年規模達1,016億日圓，較上年成長47.2%，並預測2030年"
             "將擴大至1兆7,774億日圓，2024至2030年的年複合成長率為61.1%。",
        obs=[],
        claims=[("growth", 47.2, "percent", 2023, 2024, 1.0), ("cagr", 61.1, "percent", 2024, 2030, None, "stated")],
        # 1兆7,774億 = 17,774億; (17774 / 1016) ** (1/6) - 1 = 61.12% -> 61.1 exact (bounds 61.11 .. 61.13)
        verdicts=[("cagr", "exact")]),
    dict(  # 23: Traditional Chinese, Taiwan: 萬支 as a count in ten thousands, 年增, 滲透率 (none)
        text="市調機構凱德資訊預估，2025年台灣AI手機出貨量可達312萬支，較2024年的205萬支年增52.2%，AI手機在整體手機"
             "市場的滲透率將提升至48%。",
        obs=[("Total", 2025, 312.0, "count 10 thousand", "estimate"),
             ("Total", 2024, 205.0, "count 10 thousand", "actual")],
        claims=[("growth", 52.2, "percent", 2024, 2025, 1.0)],
        # 312 / 205 - 1 = 52.20% -> 52.2 exact (bounds 312.5 / 204.5 .. : 51.58 .. 52.81)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 24: 据…统计, both years, 同比, a part (其中) and its 占比
        text="据安衡智库统计，2023年中国AI网络安全市场规模为56.4亿元，2024年增至73.9亿元，同比增长31.0%；其中，AI威胁"
             "检测产品收入为28.7亿元，占比38.8%。",
        obs=[("Total", 2023, 56.4, "CNY 100 million", "actual"), ("Total", 2024, 73.9, "CNY 100 million", "actual"),
             ("AI威胁检测产品", 2024, 28.7, "CNY 100 million", "actual")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0), ("share", 38.8, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "exact"),  # 73.9 / 56.4 - 1 = 31.03% -> 31.0 (bounds 30.82 .. 31.23)
                  ("arithmetic", "exact")]),  # 28.7 / 73.9 = 38.84% -> 38.8 (bounds 38.74 .. 38.93)
    dict(  # 25: 亿部 as a count in hundred millions; two 渗透率 (none), one a bound
        text="据鲸象研究数据，2024年中国AI手机出货量约为1.18亿部，渗透率约为41%；预计2025年出货量将达到1.65亿部，同比"
             "增长39.8%，渗透率有望超过55%。",
        obs=[("Total", 2024, 1.18, "count 100 million", "actual"),
             ("Total", 2025, 1.65, "count 100 million", "estimate")],
        claims=[("growth", 39.8, "percent", 2024, 2025, 1.0)],
        # 1.65 / 1.18 - 1 = 39.83% -> 39.8 exact (bounds 1.645 / 1.185 .. 1.655 / 1.175: 38.82 .. 40.85)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 26: an FAQ in Chinese (问/答), a 年均复合增长率 whose span its amounts give
        text="问：中国数字孪生市场规模有多大？\n答：根据澄观咨询的数据，2024年中国数字孪生市场规模约为198亿元，预计2029"
             "年将达到716亿元，年均复合增长率为29.3%。\n问：哪个领域应用最多？\n答：智能制造领域应用最为广泛。",
        obs=[("Total", 2024, 198.0, "CNY 100 million", "actual"),
             ("Total", 2029, 716.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 29.3, "percent", 2024, 2029, None, "inferred")],
        # (716 / 198) ** (1/5) - 1 = 29.32% -> 29.3 exact (bounds 715.5 / 198.5 .. 716.5 / 197.5: 29.23 .. 29.40)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 27: a range in Chinese (在…至…之间), the year before it a 预计 figure
        text="据瀚海产业研究院预测，2025年中国生成式AI传媒应用市场规模预计为356亿元，2026年将在480亿元至520亿元之间。",
        obs=[("Total", 2025, 356.0, "CNY 100 million", "estimate")],
        claims=[("value", 480.0, "CNY 100 million", 2026, 2026, None),
                ("value", 520.0, "CNY 100 million", 2026, 2026, None)],
        verdicts=[]),
    dict(  # 28: 亿元 and 万亿元 in one sentence, each in its printed unit
        text="长岳证券研究所认为，2024年中国AI加速芯片市场规模约为2,650亿元，到2030年有望达到1.2万亿元。",
        obs=[("Total", 2024, 2650.0, "CNY 100 million", "actual"),
             ("Total", 2030, 1.2, "CNY trillion", "estimate")],
        claims=[],
        verdicts=[]),
    dict(  # 29: two publishers in Chinese: the first one's figures, its 同比; the second's figure for 2024 none
        text="对于2024年中国AI零售市场的规模，各家机构的估算差异不小：艾锐咨询测算为412亿元，同比增长27.5%，并预计"
             "到2028年将达到1,085亿元；博衡数据给出的2024年数字则为365亿元。",
        obs=[("Total", 2024, 412.0, "CNY 100 million", "actual"),
             ("Total", 2028, 1085.0, "CNY 100 million", "estimate")],
        claims=[("growth", 27.5, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 30: Korean news in Chinese: 万亿韩元 (no observation), 年均增长 as a CAGR its amounts' years give
        text="据韩国媒体报道，韩国AI半导体市场规模2024年为8.2万亿韩元，预计2030年将增至33.6万亿韩元，年均增长26.5%。",
        obs=[],
        claims=[("cagr", 26.5, "percent", 2024, 2030, None, "inferred")],
        # (33.6 / 8.2) ** (1/6) - 1 = 26.50% -> 26.5 exact (bounds 33.55 / 8.25 .. 33.65 / 8.15: 26.34 .. 26.66)
        verdicts=[("cagr|period", "exact")]),
    # ------------------------------------------------------------------------------------------------ tables (31-40)
    dict(  # 31: a vertical table in runs of spaces: years as rows, two value columns and their total, a YoY column
        text="Table 2. Data-center and edge AI accelerator revenue, USD billion\n"
             "Year     Data center   Edge    Total    YoY\n"
             "2022     28.4          6.1     34.5     -\n"
             "2023     51.7          9.8     61.5     78.3%\n"
             "2024     83.2          15.6    98.8     60.7%\n"
             "2025E    112.9         24.3    137.2    38.9%\n"
             "2026E    141.0         35.1    176.1    28.4%\n"
             "Source: Quarry Lane Research estimates.",
        obs=[("Data center", 2022, 28.4, "USD billion", "actual"), ("Data center", 2023, 51.7, "USD billion", "actual"),
             ("Data center", 2024, 83.2, "USD billion", "actual"),
             ("Data center", 2025, 112.9, "USD billion", "estimate"),
             ("Data center", 2026, 141.0, "USD billion", "estimate"),
             ("Edge", 2022, 6.1, "USD billion", "actual"), ("Edge", 2023, 9.8, "USD billion", "actual"),
             ("Edge", 2024, 15.6, "USD billion", "actual"), ("Edge", 2025, 24.3, "USD billion", "estimate"),
             ("Edge", 2026, 35.1, "USD billion", "estimate"),
             ("Total", 2022, 34.5, "USD billion", "actual"), ("Total", 2023, 61.5, "USD billion", "actual"),
             ("Total", 2024, 98.8, "USD billion", "actual"), ("Total", 2025, 137.2, "USD billion", "estimate"),
             ("Total", 2026, 176.1, "USD billion", "estimate")],
        claims=[("growth", 78.3, "percent", 2022, 2023, 1.0), ("growth", 60.7, "percent", 2023, 2024, 1.0),
                ("growth", 38.9, "percent", 2024, 2025, 1.0), ("growth", 28.4, "percent", 2025, 2026, 1.0)],
        # 28.4 + 6.1 = 34.5; 51.7 + 9.8 = 61.5; 83.2 + 15.6 = 98.8; 112.9 + 24.3 = 137.2; 141.0 + 35.1 = 176.1
        verdicts=[("hierarchy", "exact"),
                  ("cagr|implied", "exact"),  # 61.5 / 34.5 - 1 = 78.26% -> 78.3 (bounds 77.86 .. 78.66)
                  ("cagr|implied", "exact"),  # 98.8 / 61.5 - 1 = 60.65% -> 60.7 (bounds 60.44 .. 60.86)
                  ("cagr|implied", "exact"),  # 137.2 / 98.8 - 1 = 38.87% -> 38.9 (bounds 38.75 .. 38.99)
                  ("cagr|implied", "exact")]),  # 176.1 / 137.2 - 1 = 28.35% -> 28.4 (bounds 28.27 .. 28.44)
    dict(  # 32: a wide table: E, F and P marks, a CAGR column; one row only within rounding, one contradicted
        text="AI cybersecurity market by region (USD billion)\n"
             "| Region | 2024 | 2025E | 2026F | 2027P | CAGR 2024-27 |\n"
             "|---|---|---|---|---|---|\n"
             "| North America | 10.2 | 12.9 | 16.1 | 20.0 | 25.4% |\n"
             "| Europe | 5.4 | 6.7 | 8.3 | 10.2 | 23.6% |\n"
             "| Asia Pacific | 4.1 | 5.3 | 6.9 | 8.8 | 29.0% |\n"
             "| Rest of world | 1.3 | 1.6 | 2.0 | 2.4 | 18.5% |\n"
             "| Total | 21.0 | 26.5 | 33.3 | 41.4 | 25.4% |",
        obs=[("North America", 2024, 10.2, "USD billion", "actual"),
             ("North America", 2025, 12.9, "USD billion", "estimate"),
             ("North America", 2026, 16.1, "USD billion", "estimate"),
             ("North America", 2027, 20.0, "USD billion", "estimate"),
             ("Europe", 2024, 5.4, "USD billion", "actual"), ("Europe", 2025, 6.7, "USD billion", "estimate"),
             ("Europe", 2026, 8.3, "USD billion", "estimate"), ("Europe", 2027, 10.2, "USD billion", "estimate"),
             ("Asia Pacific", 2024, 4.1, "USD billion", "actual"),
             ("Asia Pacific", 2025, 5.3, "USD billion", "estimate"),
             ("Asia Pacific", 2026, 6.9, "USD billion", "estimate"),
             ("Asia Pacific", 2027, 8.8, "USD billion", "estimate"),
             ("Rest of world", 2024, 1.3, "USD billion", "actual"),
             ("Rest of world", 2025, 1.6, "USD billion", "estimate"),
             ("Rest of world", 2026, 2.0, "USD billion", "estimate"),
             ("Rest of world", 2027, 2.4, "USD billion", "estimate"),
             ("Total", 2024, 21.0, "USD billion", "actual"), ("Total", 2025, 26.5, "USD billion", "estimate"),
             ("Total", 2026, 33.3, "USD billion", "estimate"), ("Total", 2027, 41.4, "USD billion", "estimate")],
        claims=[("cagr", r, "percent", 2024, 2027, None, "stated") for r in (25.4, 23.6, 29.0, 18.5, 25.4)],
        # 10.2 + 5.4 + 4.1 + 1.3 = 21.0; 12.9 + 6.7 + 5.3 + 1.6 = 26.5; 16.1 + 8.3 + 6.9 + 2.0 = 33.3;
        # 20.0 + 10.2 + 8.8 + 2.4 = 41.4
        verdicts=[("hierarchy", "exact"),
                  ("cagr", "rounding"),  # (20.0 / 10.2) ** (1/3) - 1 = 25.16%, not 25.4; bounds 19.95 / 10.25 ..
                  # 20.05 / 10.15: 24.86 .. 25.47: rounding
                  ("cagr", "exact"),  # (10.2 / 5.4) ** (1/3) - 1 = 23.61% -> 23.6 (bounds 23.03 .. 24.20)
                  ("cagr", "exact"),  # (8.8 / 4.1) ** (1/3) - 1 = 28.99% -> 29.0 (bounds 28.23 .. 29.77)
                  ("cagr", "inconsistent"),  # (2.4 / 1.3) ** (1/3) - 1 = 22.67%; bounds 2.35 / 1.35 .. 2.45 / 1.25:
                  # 20.29 .. 25.15, not 18.5
                  ("cagr", "exact")]),  # (41.4 / 21.0) ** (1/3) - 1 = 25.39% -> 25.4 (bounds 25.24 .. 25.54)
    dict(  # 33: a broker's table in tabs: 单位：亿元 on a line of its own, A and E years, a yoy row under the values
        text="表5：中国人形机器人市场规模及预测\n单位：亿元\n"
             "\t2023A\t2024A\t2025E\t2026E\t2027E\n"
             "市场规模\t18.7\t26.3\t38.9\t56.4\t79.8\n"
             "yoy\t\t40.6%\t47.9%\t45.0%\t41.5%\n"
             "资料来源：鸿途证券研究所测算",
        obs=[("市场规模", 2023, 18.7, "CNY 100 million", "actual"), ("市场规模", 2024, 26.3, "CNY 100 million", "actual"),
             ("市场规模", 2025, 38.9, "CNY 100 million", "estimate"),
             ("市场规模", 2026, 56.4, "CNY 100 million", "estimate"),
             ("市场规模", 2027, 79.8, "CNY 100 million", "estimate")],
        claims=[("growth", 40.6, "percent", 2023, 2024, 1.0), ("growth", 47.9, "percent", 2024, 2025, 1.0),
                ("growth", 45.0, "percent", 2025, 2026, 1.0), ("growth", 41.5, "percent", 2026, 2027, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 26.3 / 18.7 - 1 = 40.64% -> 40.6 (bounds 40.00 .. 41.29)
                  ("cagr|implied", "exact"),  # 38.9 / 26.3 - 1 = 47.91% -> 47.9 (bounds 47.44 .. 48.38)
                  ("cagr|implied", "exact"),  # 56.4 / 38.9 - 1 = 44.99% -> 45.0 (bounds 44.67 .. 45.30)
                  ("cagr|implied", "exact")]),  # 79.8 / 56.4 - 1 = 41.49% -> 41.5 (bounds 41.28 .. 41.70)
    dict(  # 34: a market-map table in runs of spaces: amounts, shares and a total; two countries in a note below
        text="AI-enabled medical imaging: revenue by region, 2024\n"
             "Region            Revenue (USD million)   Share\n"
             "North America     842                     43.4%\n"
             "Europe            491                     25.3%\n"
             "Asia Pacific      468                     24.1%\n"
             "Rest of world     140                     7.2%\n"
             "Total             1,941                   100.0%\n\n"
             "In Asia Pacific, China accounted for USD 203 million and Japan for USD 151 million.",
        obs=[("North America", 2024, 842.0, "USD million", "actual"), ("Europe", 2024, 491.0, "USD million", "actual"),
             ("Asia Pacific", 2024, 468.0, "USD million", "actual"),
             ("Rest of world", 2024, 140.0, "USD million", "actual"), ("Total", 2024, 1941.0, "USD million", "actual"),
             ("China", 2024, 203.0, "USD million", "actual"), ("Japan", 2024, 151.0, "USD million", "actual")],
        claims=[("share", 43.4, "percent", 2024, 2024, None), ("share", 25.3, "percent", 2024, 2024, None),
                ("share", 24.1, "percent", 2024, 2024, None), ("share", 7.2, "percent", 2024, 2024, None)],
        # 842 + 491 + 468 + 140 = 1,941
        verdicts=[("hierarchy", "exact"),
                  ("arithmetic", "exact"),  # 842 / 1941 = 43.38% -> 43.4 (bounds 43.34 .. 43.42)
                  ("arithmetic", "exact"),  # 491 / 1941 = 25.30% -> 25.3 (bounds 25.26 .. 25.33)
                  ("arithmetic", "exact"),  # 468 / 1941 = 24.11% -> 24.1 (bounds 24.08 .. 24.14)
                  ("arithmetic", "exact")]),  # 140 / 1941 = 7.21% -> 7.2 (bounds 7.19 .. 7.24)
    dict(  # 35: two markets side by side with no total row: never summed; a YoY column for the forecast year
        text="AI device shipments, million units\n"
             "| Device | 2023 | 2024 | 2025E | YoY 2025E |\n"
             "| AI smartphones | 102.4 | 234.0 | 370.5 | 58.3% |\n"
             "| AI PCs | 19.8 | 48.2 | 103.6 | 114.9% |\n"
             "Note: the two categories are tracked separately and are not additive.",
        obs=[("AI smartphones", 2023, 102.4, "count million", "actual"),
             ("AI smartphones", 2024, 234.0, "count million", "actual"),
             ("AI smartphones", 2025, 370.5, "count million", "estimate"),
             ("AI PCs", 2023, 19.8, "count million", "actual"), ("AI PCs", 2024, 48.2, "count million", "actual"),
             ("AI PCs", 2025, 103.6, "count million", "estimate")],
        claims=[("growth", 58.3, "percent", 2024, 2025, 1.0), ("growth", 114.9, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 370.5 / 234.0 - 1 = 58.33% -> 58.3 (bounds 58.28 .. 58.39)
                  ("cagr|implied", "exact")]),  # 103.6 / 48.2 - 1 = 114.94% -> 114.9 (bounds 114.61 .. 115.26)
    dict(  # 36: a Japanese table in tabs: yen, fiscal years as FY columns, a forecast column, a CAGR column
        text="Japan digital twin market by industry (JPY billion, fiscal years ending March)\n"
             "Industry\tFY2022\tFY2023\tFY2024\tFY2025F\tCAGR FY22-25\n"
             "Manufacturing\t38.6\t47.9\t59.2\t72.4\t23.3%\n"
             "Construction\t12.1\t15.8\t20.4\t26.1\t29.2%\n"
             "Other\t9.5\t11.4\t13.9\t16.8\t20.9%\n"
             "Total\t60.2\t75.1\t93.5\t115.3\t24.2%",
        obs=[("Manufacturing", 2022, 38.6, "JPY billion", "actual"),
             ("Manufacturing", 2023, 47.9, "JPY billion", "actual"),
             ("Manufacturing", 2024, 59.2, "JPY billion", "actual"),
             ("Manufacturing", 2025, 72.4, "JPY billion", "estimate"),
             ("Construction", 2022, 12.1, "JPY billion", "actual"),
             ("Construction", 2023, 15.8, "JPY billion", "actual"),
             ("Construction", 2024, 20.4, "JPY billion", "actual"),
             ("Construction", 2025, 26.1, "JPY billion", "estimate"),
             ("Other", 2022, 9.5, "JPY billion", "actual"), ("Other", 2023, 11.4, "JPY billion", "actual"),
             ("Other", 2024, 13.9, "JPY billion", "actual"), ("Other", 2025, 16.8, "JPY billion", "estimate"),
             ("Total", 2022, 60.2, "JPY billion", "actual"), ("Total", 2023, 75.1, "JPY billion", "actual"),
             ("Total", 2024, 93.5, "JPY billion", "actual"), ("Total", 2025, 115.3, "JPY billion", "estimate")],
        claims=[("cagr", r, "percent", 2022, 2025, None, "stated") for r in (23.3, 29.2, 20.9, 24.2)],
        # 38.6 + 12.1 + 9.5 = 60.2; 47.9 + 15.8 + 11.4 = 75.1; 59.2 + 20.4 + 13.9 = 93.5; 72.4 + 26.1 + 16.8 = 115.3
        verdicts=[("hierarchy", "exact"),
                  ("cagr", "exact"),  # (72.4 / 38.6) ** (1/3) - 1 = 23.32% -> 23.3 (bounds 23.24 .. 23.41)
                  ("cagr", "exact"),  # (26.1 / 12.1) ** (1/3) - 1 = 29.21% -> 29.2 (bounds 28.95 .. 29.47)
                  ("cagr", "exact"),  # (16.8 / 9.5) ** (1/3) - 1 = 20.93% -> 20.9 (bounds 20.60 .. 21.26)
                  ("cagr", "exact")]),  # (115.3 / 60.2) ** (1/3) - 1 = 24.19% -> 24.2 (bounds 24.14 .. 24.24)
    dict(  # 37: a Traditional Chinese table in pipes: 億元人民幣 in the caption, a 預估 column, a 合計 row, 年增率 row
        text="表三　中國數位孿生市場規模（單位：億元人民幣）\n"
             "領域 | 2023年 | 2024年 | 2025年(預估)\n"
             "製造業 | 60.7 | 80.5 | 104.7\n"
             "智慧城市 | 42.6 | 53.1 | 66.9\n"
             "能源電力 | 19.8 | 26.4 | 35.7\n"
             "合計 | 123.1 | 160.0 | 207.3\n"
             "年增率 | | 30.0% | 29.6%",
        obs=[("製造業", 2023, 60.7, "CNY 100 million", "actual"), ("製造業", 2024, 80.5, "CNY 100 million", "actual"),
             ("製造業", 2025, 104.7, "CNY 100 million", "estimate"),
             ("智慧城市", 2023, 42.6, "CNY 100 million", "actual"), ("智慧城市", 2024, 53.1, "CNY 100 million", "actual"),
             ("智慧城市", 2025, 66.9, "CNY 100 million", "estimate"),
             ("能源電力", 2023, 19.8, "CNY 100 million", "actual"), ("能源電力", 2024, 26.4, "CNY 100 million", "actual"),
             ("能源電力", 2025, 35.7, "CNY 100 million", "estimate"),
             ("合計", 2023, 123.1, "CNY 100 million", "actual"), ("合計", 2024, 160.0, "CNY 100 million", "actual"),
             ("合計", 2025, 207.3, "CNY 100 million", "estimate")],
        claims=[("growth", 30.0, "percent", 2023, 2024, 1.0), ("growth", 29.6, "percent", 2024, 2025, 1.0)],
        # 60.7 + 42.6 + 19.8 = 123.1; 80.5 + 53.1 + 26.4 = 160.0; 104.7 + 66.9 + 35.7 = 207.3
        verdicts=[("hierarchy", "exact"),
                  ("cagr|implied", "exact"),  # 160.0 / 123.1 - 1 = 29.98% -> 30.0 (bounds 29.88 .. 30.07)
                  ("cagr|implied", "exact")]),  # 207.3 / 160.0 - 1 = 29.56% -> 29.6 (bounds 29.49 .. 29.63)
    dict(  # 38: a broker's industry-report chart table: 图表, 单位：亿元, segments and 合计, the CAGRs in a line below
        text="图表12：中国AI加速芯片市场结构预测（单位：亿元）\n"
             "产品\t2023A\t2024A\t2025E\t2026E\n"
             "GPU\t1,420\t2,010\t2,760\t3,580\n"
             "ASIC\t310\t520\t830\t1,240\n"
             "FPGA及其他\t85\t120\t160\t205\n"
             "合计\t1,815\t2,650\t3,750\t5,025\n"
             "2023-2026年CAGR：GPU 36.1%，ASIC 58.7%，合计 40.4%",
        obs=[("GPU", 2023, 1420.0, "CNY 100 million", "actual"), ("GPU", 2024, 2010.0, "CNY 100 million", "actual"),
             ("GPU", 2025, 2760.0, "CNY 100 million", "estimate"), ("GPU", 2026, 3580.0, "CNY 100 million", "estimate"),
             ("ASIC", 2023, 310.0, "CNY 100 million", "actual"), ("ASIC", 2024, 520.0, "CNY 100 million", "actual"),
             ("ASIC", 2025, 830.0, "CNY 100 million", "estimate"),
             ("ASIC", 2026, 1240.0, "CNY 100 million", "estimate"),
             ("FPGA及其他", 2023, 85.0, "CNY 100 million", "actual"),
             ("FPGA及其他", 2024, 120.0, "CNY 100 million", "actual"),
             ("FPGA及其他", 2025, 160.0, "CNY 100 million", "estimate"),
             ("FPGA及其他", 2026, 205.0, "CNY 100 million", "estimate"),
             ("合计", 2023, 1815.0, "CNY 100 million", "actual"), ("合计", 2024, 2650.0, "CNY 100 million", "actual"),
             ("合计", 2025, 3750.0, "CNY 100 million", "estimate"), ("合计", 2026, 5025.0, "CNY 100 million", "estimate")],
        claims=[("cagr", r, "percent", 2023, 2026, None, "stated") for r in (36.1, 58.7, 40.4)],
        # 1420 + 310 + 85 = 1815; 2010 + 520 + 120 = 2650; 2760 + 830 + 160 = 3750; 3580 + 1240 + 205 = 5025
        verdicts=[("hierarchy", "exact"),
                  ("cagr", "exact"),  # (3580 / 1420) ** (1/3) - 1 = 36.10% -> 36.1 (bounds 36.08 .. 36.12)
                  ("cagr", "exact"),  # (1240 / 310) ** (1/3) - 1 = 58.74% -> 58.7 (bounds 58.63 .. 58.85)
                  ("cagr", "exact")]),  # (5025 / 1815) ** (1/3) - 1 = 40.42% -> 40.4 (bounds 40.40 .. 40.43)
    dict(  # 39: segments with amounts, shares and a total; one share misprinted (the shares add to 101.9)
        text="Generative AI in media: revenue by content type, 2024\n"
             "| Segment | USD billion | Share |\n"
             "| Video | 2.31 | 38.2% |\n"
             "| Image | 1.45 | 24.0% |\n"
             "| Text | 1.42 | 25.3% |\n"
             "| Music and audio | 0.87 | 14.4% |\n"
             "| Total | 6.05 | 100% |",
        obs=[("Video", 2024, 2.31, "USD billion", "actual"), ("Image", 2024, 1.45, "USD billion", "actual"),
             ("Text", 2024, 1.42, "USD billion", "actual"), ("Music and audio", 2024, 0.87, "USD billion", "actual"),
             ("Total", 2024, 6.05, "USD billion", "actual")],
        claims=[("share", 38.2, "percent", 2024, 2024, None), ("share", 24.0, "percent", 2024, 2024, None),
                ("share", 25.3, "percent", 2024, 2024, None), ("share", 14.4, "percent", 2024, 2024, None)],
        # 2.31 + 1.45 + 1.42 + 0.87 = 6.05
        verdicts=[("hierarchy", "exact"),
                  ("arithmetic", "exact"),  # 2.31 / 6.05 = 38.18% -> 38.2 (bounds 38.07 .. 38.30)
                  ("arithmetic", "exact"),  # 1.45 / 6.05 = 23.97% -> 24.0 (bounds 23.86 .. 24.07)
                  ("arithmetic", "inconsistent"),  # 1.42 / 6.05 = 23.47%; bounds 1.415 / 6.055 .. 1.425 / 6.045:
                  # 23.37 .. 23.57, not 25.3
                  ("arithmetic", "exact")]),  # 0.87 / 6.05 = 14.38% -> 14.4 (bounds 14.29 .. 14.47)
    dict(  # 40: a vertical table with one value column headed by its unit (the Total) and a growth column whose
        # rates were worked from unrounded figures: three only within rounding of the printed ones
        text="Global AI in retail market size\n"
             "Year | USD billion | Growth\n"
             "2021 | 5.1 | -\n"
             "2022 | 6.9 | 34.8%\n"
             "2023 | 9.1 | 31.2%\n"
             "2024 | 11.8 | 30.3%\n"
             "2025F | 15.2 | 28.8%\n"
             "2026F | 19.3 | 27.0%",
        obs=[("Total", 2021, 5.1, "USD billion", "actual"), ("Total", 2022, 6.9, "USD billion", "actual"),
             ("Total", 2023, 9.1, "USD billion", "actual"), ("Total", 2024, 11.8, "USD billion", "actual"),
             ("Total", 2025, 15.2, "USD billion", "estimate"), ("Total", 2026, 19.3, "USD billion", "estimate")],
        claims=[("growth", 34.8, "percent", 2021, 2022, 1.0), ("growth", 31.2, "percent", 2022, 2023, 1.0),
                ("growth", 30.3, "percent", 2023, 2024, 1.0), ("growth", 28.8, "percent", 2024, 2025, 1.0),
                ("growth", 27.0, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "rounding"),  # 6.9 / 5.1 - 1 = 35.29%; bounds 6.85 / 5.15 .. 6.95 / 5.05:
                  # 33.01 .. 37.62
                  ("cagr|implied", "rounding"),  # 9.1 / 6.9 - 1 = 31.88%; bounds 30.22 .. 33.58
                  ("cagr|implied", "rounding"),  # 11.8 / 9.1 - 1 = 29.67%; bounds 28.42 .. 30.94
                  ("cagr|implied", "exact"),  # 15.2 / 11.8 - 1 = 28.81% -> 28.8 (bounds 27.85 .. 29.79)
                  ("cagr|implied", "exact")]),  # 19.3 / 15.2 - 1 = 26.97% -> 27.0 (bounds 26.23 .. 27.72)
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fourteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'How big is the AI data labelling market?',
    'puts the AI accelerator market at',
    'is more cautious',
    'market map',
    'Within Asia Pacific',
    'has raised its forecast',
    'TAM 2027: $400B',
    'SOM 2027',
    'fiscal 2024, which ended in March 2025',
    'billion yen',
    'KRW 2,140 billion',
    'two and a half billion dollars',
    'nearly fivefold',
    'between $60 billion and $68 billion',
    'has restated its estimate',
    'Q: What is the growth rate',
    'NT$1.6 trillion',
    'Gross margin',
    '2.4 times',
    '【行业深度报告】',
    '我们测算',
    '占比',
    '由318亿元上调至356亿元',
    '新台幣',
    '年複合成長率',
    '億日圓',
    '萬支',
    '滲透率',
    '问：',
    '万亿韩元',
    '单位：亿元',
    '\nyoy\t',
    '2025E',
    '2026F',
    '2027P',
    'CAGR 2024-27',
    'FY2025F',
    '合計',
    '2025年(預估)',
    'not additive',
)
#: read blind once: figures 163/190 (86%), rates 46/56 (82%), verdicts 52/68 (76%), false inconsistent 3 (a slide's
#: TAM, SAM and SOM read as one market's figures; a restated estimate's replaced figure kept; a penetration rate read
#: as a second growth rate). Then mended, each with a test of its own: a line "label year: amount" measures what its
#: label names; a replaced figure "in last year's report" (past a decimal point) is an aside; 渗透率, penetration and
#: adoption rates are shares; a "2027P" year column is projected; a CAGR column "CAGR FY22-25"; regions that "led
#: with" and "followed with" their amounts; years as rows under a column headed by its unit alone; a rate naming its
#: own year ("a further 45% in 2026"). These floors
#: hold what that gave. Left: a part with its verb left out ("and Asia Pacific with $2.9 billion"), parts with no
#: share after them, TAM's SAM and SOM kept as measures of their own rather than its parts.
#: Raised when parts named side by side with their verb said once, and 贡献 before a part's amount, were read.
FLOORS = {"figures_found": 185, "rates_found": 56, "verdicts_right": 68}


if __name__ == "__main__":  # python tests/extract_checkset14.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
