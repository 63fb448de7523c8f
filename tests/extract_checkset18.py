"""An eighteenth check set for the extractor, written blind: the wires, the white papers and the long tail of where
and how a market's figures appear.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: earnings-call transcripts and annual-report passages where a company sizes its
addressable market ("roughly $90 billion in fiscal 2027", "call it 34%", ITEM 1. BUSINESS); Chinese brokerage notes
and their tables (亿元, 万台, 2025E, 同比, 图表12); trade press and newsletters (em dashes, "up from", "versus",
"compared with", "puts it at"); a listicle of figures followed by a colon ("$2.1 billion: the size of"); a city's
statistical bulletin and a provincial release (比上年增长, 其中, 占, 年均复合增长率) and a plan's target (力争实现翻番);
English coverage of Japan, Korea, India and Saudi Arabia in yen, won, rupees and riyals beside a dollar figure; a
trade article setting two research houses' figures for one market side by side; fractions and words ("grew by
half", "about a third of the market", "nearly tripled", "five-fold", 翻了一番多, 增长4倍); approximate figures
("roughly", "nearly", "just over", "pass", 约为, 近, 逾, 超过, 突破); footnote marks on figures and footnotes that
hold a replaced figure and a bull case; restated figures; and tables as pipe markdown, tab-separated and
space-aligned text, with units in a header, a caption or a units line, total rows (合計 among them), shares beside
amounts, a CAGR column, a year-on-year column and a quarter's columns beside the fiscal years. Markets vary (AI
inference chips, AI data centres' power, vector databases, AI coding assistants, AI in retail, AI in insurance, AI
for drug discovery, humanoid robots, AI cameras, AI in education, large-model API calls, 智能驾驶, 具身智能, AI服务器);
publishers and companies are invented, the sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a
company sizes is the market (``Total``). A second market named beside the first is an item of its own name, never
summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit;
an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed figure. When
an article sets a second publisher's figure for the same year beside the first publisher's, the first one (whose
base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives two
``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base
case, a share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of
the market (a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled
unit table holds (yen) is the year's observation in that currency, and a rough dollar conversion printed beside it
is none; an amount in a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$
figure printed beside it is the year's observation, and its stated rate is a claim and gets its verdict from the
amounts in that currency. A fiscal year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is
the year before the dateline's, "this year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR,
None); a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is ``stated`` when its span is
printed, ``inferred`` when only the years of its amounts give it (its verdict then read as ``cagr|period``); a
year-on-year rate carries 1 (its verdict read as ``cagr|implied``; "grew by half" is 50%); a multiple between two
years carries their distance ("nearly tripled" as x3, "five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍
-- grew by four times over -- as x5) and gets no verdict. The base of a forecast is ``actual``; a figure a forecast
cue or a target governs (expects, project, could be, 预计, 預估, 力争, 突破), an E or F column, or a year after the
dateline's, ``estimate``. A share whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two
amounts are printed a ``cagr`` one and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when
the recomputed figure rounds to the printed one, ``rounding`` when only some reading of the printed inputs (each at
half its last digit either way) reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with
the arithmetic and its bounds in the comment beside each verdict. ``python tests/extract_checkset18.py [-v]`` prints
the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: an earnings-call transcript: a TAM in a fiscal year, "up from about", a rate spoken loosely; a margin
        text="Tarrow Semiconductor, Q4 fiscal 2024 earnings call, prepared remarks\n"
             "CFO: On the opportunity in front of us, we now size the total addressable market for inference "
             "accelerators at roughly $90 billion in fiscal 2027, up from about $38 billion in fiscal 2024. Call it "
             "34% a year compounded. Our own gross margin held at 71% in the quarter.",
        obs=[("Total", 2024, 38.0, "USD billion", "actual"), ("Total", 2027, 90.0, "USD billion", "estimate")],
        claims=[("cagr", 34.0, "percent", 2024, 2027, None, "inferred")],
        # (90 / 38) ** (1/3) - 1 = 33.30%, not 34; bounds 89.5 / 38.5 .. 90.5 / 37.5: 32.47 .. 34.13 reach 34
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 2: an annual report's business section: the company's market estimate, a headcount (none)
        text="ITEM 1. BUSINESS\n"
             "Market opportunity. We estimate that spending on AI coding assistants was $4.8 billion in 2024 and "
             "expect it to grow to $25.7 billion by 2029, a compound annual growth rate of approximately 40%. As of "
             "December 31, 2024, we had approximately 3,200 full-time employees.",
        obs=[("Total", 2024, 4.8, "USD billion", "actual"), ("Total", 2029, 25.7, "USD billion", "estimate")],
        claims=[("cagr", 40.0, "percent", 2024, 2029, None, "inferred")],
        # (25.7 / 4.8) ** (1/5) - 1 = 39.87% -> 40 exact (bounds 25.65 / 4.85 .. 25.75 / 4.75: 39.53 .. 40.22)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 3: a newsletter paragraph: em dashes, "up from", "last year" from the dateline; "versus" in a survey (none)
        text="RETAIL TECH BRIEF, March 3, 2025\n"
             "Retailers spent $11.6 billion on AI last year — up from $8.9 billion in 2023 — a 30% jump, according "
             "to Corvane Insights. Nearly 58% of the grocers it polled now use machine learning for demand planning, "
             "versus 41% a year earlier.",
        obs=[("Total", 2023, 8.9, "USD billion", "actual"), ("Total", 2024, 11.6, "USD billion", "actual")],
        claims=[("growth", 30.0, "percent", 2023, 2024, 1.0)],
        # 11.6 / 8.9 - 1 = 30.34% -> 30 exact (bounds 11.55 / 8.95 .. 11.65 / 8.85: 29.05 .. 31.64)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 4: a listicle: figures before a colon, a CAGR "in between", a survey answer (none), the list's count (none)
        text="5 numbers that explain AI in insurance\n"
             "$2.1 billion: the size of the AI-in-insurance market in 2024.\n"
             "$14.8 billion: where Brackley Research thinks it could be by 2032.\n"
             "27.6%: the compound annual growth rate in between.\n"
             "62%: claims handlers who say AI triage saves them an hour a day.\n"
             "1 in 4: carriers that already price policies with machine learning.",
        obs=[("Total", 2024, 2.1, "USD billion", "actual"), ("Total", 2032, 14.8, "USD billion", "estimate")],
        claims=[("cagr", 27.6, "percent", 2024, 2032, None, "inferred")],
        # (14.8 / 2.1) ** (1/8) - 1 = 27.65% -> 27.6 exact (bounds 14.75 / 2.15 .. 14.85 / 2.05: 27.22 .. 28.08)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 5: Japan in yen with a rough dollar conversion (none), fiscal years, a year-on-year rate with its base
        text="TOKYO -- Japan's market for AI cameras grew 14.2% in fiscal 2024 to ¥186.0 billion (about $1.2 "
             "billion), from ¥162.9 billion a year earlier, Sakuraba Research said on Thursday. Retail and "
             "logistics sites bought most of the new units.",
        obs=[("Total", 2023, 162.9, "JPY billion", "actual"), ("Total", 2024, 186.0, "JPY billion", "actual")],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0)],
        # 186.0 / 162.9 - 1 = 14.18% -> 14.2 exact (bounds 185.95 / 162.95 .. 186.05 / 162.85: 14.11 .. 14.25)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: Korea in won (no observation) beside a dollar figure (the year's); the rate checked on the won amounts
        text="SEOUL (Hanbit Wire) — South Korea's AI in education market is projected to reach 4.1 trillion won "
             "($3.0 billion) in 2027, up from 1.9 trillion won in 2023, an average annual growth of 21.2%, the Hanbit "
             "Institute for Learning said.",
        obs=[("Total", 2027, 3.0, "USD billion", "estimate")],
        claims=[("cagr", 21.2, "percent", 2023, 2027, None, "inferred")],
        # (4.1 / 1.9) ** (1/4) - 1 = 21.20% -> 21.2 exact (bounds 4.05 / 1.95 .. 4.15 / 1.85: 20.05 .. 22.38)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 7: India in rupees (crore, no observation) beside a US$ figure; a stated CAGR the rupee amounts contradict
        text="MUMBAI, May 14, 2025 -- AI in insurance in India is worth 8,400 crore rupees (US$1.0 billion) in "
             "FY24 and will climb to 31,500 crore rupees by FY30, a CAGR of 26.5% over FY24-FY30, Devgiri Analytics "
             "estimates. Motor claims automation is the largest use.",
        obs=[("Total", 2024, 1.0, "USD billion", "actual")],
        claims=[("cagr", 26.5, "percent", 2024, 2030, None, "stated")],
        # (31500 / 8400) ** (1/6) - 1 = 24.64%; bounds 31499.5 / 8400.5 .. 31500.5 / 8399.5: 24.64 .. 24.65, nowhere
        # near 26.5
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 8: the Gulf in riyals (none) beside a dollar figure; "nearly tripled since"; gigawatts of capacity (none)
        text="RIYADH — Power supplied to AI data centres in Saudi Arabia was a SAR 5.6 billion ($1.5 billion) "
             "business in 2024, having nearly tripled since 2021, Qasr Energy Advisory says. Another 1.1 GW of "
             "capacity is under construction.",
        obs=[("Total", 2024, 1.5, "USD billion", "actual")],
        claims=[("multiple", 3.0, "multiple", 2021, 2024, 3.0)],
        verdicts=[]),
    dict(  # 9: two publishers for one market: the first one's base, target and rate; the second's 2024 figure none
        text="How big is the vector database market? It depends whom you ask. Lindqvist Research puts it at $2.2 "
             "billion in 2024, growing to $10.6 billion by 2032 at a CAGR of 21.7%; Orrin Analytics, which counts "
             "only managed services, pegs 2024 at $1.5 billion.",
        obs=[("Total", 2024, 2.2, "USD billion", "actual"), ("Total", 2032, 10.6, "USD billion", "estimate")],
        claims=[("cagr", 21.7, "percent", 2024, 2032, None, "inferred")],
        # (10.6 / 2.2) ** (1/8) - 1 = 21.72% -> 21.7 exact (bounds 10.55 / 2.25 .. 10.65 / 2.15: 21.31 .. 22.14)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 10: "grew by half" between two printed amounts; a share as a fraction in words (none)
        text="Spending on AI tutoring software grew by half in 2024, from $2.6 billion in 2023 to $3.9 billion, "
             "Whitlow EdTech Monitor reports. Homework-help apps hold about a third of the market.",
        obs=[("Total", 2023, 2.6, "USD billion", "actual"), ("Total", 2024, 3.9, "USD billion", "actual")],
        claims=[("growth", 50.0, "percent", 2023, 2024, 1.0)],
        # 3.9 / 2.6 - 1 = 50.00% -> 50 exact (bounds 3.85 / 2.65 .. 3.95 / 2.55: 45.28 .. 54.90)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 11: approximate figures ("nearly", "pass") and an "about" rate that only rounding reaches
        text="The humanoid-robot market was worth nearly $1.2 billion in 2024, according to Brightwater Robotics "
             "Review, and is on course to pass $15 billion by 2030 — a compound rate of about 53%.",
        obs=[("Total", 2024, 1.2, "USD billion", "actual"), ("Total", 2030, 15.0, "USD billion", "estimate")],
        claims=[("cagr", 53.0, "percent", 2024, 2030, None, "inferred")],
        # (15 / 1.2) ** (1/6) - 1 = 52.34%, not 53; bounds 14.5 / 1.25 .. 15.5 / 1.15: 50.46 .. 54.27 reach 53
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 12: a white paper with footnote marks on its figures; the footnotes hold a replaced figure and a bull case
        text="Ardent Bio Insights, AI for Drug Discovery 2025\n"
             "The market for AI in drug discovery reached $1.9 billion in 2024¹ and we project $6.8 billion in 2030², "
             "a CAGR of 23.7%.\n"
             "¹ Revised from $1.7 billion in our previous edition.\n"
             "² Base case; our bull case is $8.1 billion.",
        obs=[("Total", 2024, 1.9, "USD billion", "actual"), ("Total", 2030, 6.8, "USD billion", "estimate")],
        claims=[("cagr", 23.7, "percent", 2024, 2030, None, "inferred")],
        # (6.8 / 1.9) ** (1/6) - 1 = 23.68% -> 23.7 exact (bounds 6.75 / 1.95 .. 6.85 / 1.85: 22.99 .. 24.38)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: two markets in one snippet, never merged: inference chips (the Total) and training accelerators
        text="Keswick Semiconductor Research sizes the AI inference chip market at $31.4 billion for 2024 and $102.5 "
             "billion for 2028, a 34.4% CAGR. The separate market for training accelerators, it says, will go from "
             "$48.0 billion to $71.0 billion over the same years.",
        obs=[("Total", 2024, 31.4, "USD billion", "actual"), ("Total", 2028, 102.5, "USD billion", "estimate"),
             ("Training accelerators", 2024, 48.0, "USD billion", "actual"),
             ("Training accelerators", 2028, 71.0, "USD billion", "estimate")],
        claims=[("cagr", 34.4, "percent", 2024, 2028, None, "inferred")],
        # (102.5 / 31.4) ** (1/4) - 1 = 34.42% -> 34.4 exact (bounds 102.45 / 31.45 .. 102.55 / 31.35: 34.35 .. 34.49)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 14: a restated figure (the replaced one none); "this year" from the dateline, a rise with its base
        text="June 10, 2025 -- Revenue from large-model API calls came to $6.2 billion in 2024, Fenwick & Moor said "
             "on Tuesday, restating an earlier figure of $5.5 billion. The firm expects a 58% rise this year, to $9.8 "
             "billion.",
        obs=[("Total", 2024, 6.2, "USD billion", "actual"), ("Total", 2025, 9.8, "USD billion", "estimate")],
        claims=[("growth", 58.0, "percent", 2024, 2025, 1.0)],
        # 9.8 / 6.2 - 1 = 58.06% -> 58 exact (bounds 9.75 / 6.25 .. 9.85 / 6.15: 56.00 .. 60.16)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: percentages that are no share (adoption "compared with" a year before, a margin); "doubled from"
        text="AI coding assistants have gone mainstream: 76% of professional developers now use one, compared with "
             "44% in 2023, a Pellam survey found. Vendors' gross margins hover near 60%. Revenue doubled from $2.6 "
             "billion in 2022 to $5.3 billion in 2024, Pellam estimates.",
        obs=[("Total", 2022, 2.6, "USD billion", "actual"), ("Total", 2024, 5.3, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0)],  # 5.3 / 2.6 = 2.04 -> 2
        verdicts=[]),
    dict(  # 16: "five-fold" with no printed first amount, "just over"; a range for a forecast year
        text="AI in education grew five-fold between 2019 and 2024 to just over $7.9 billion, Oakhurst Advisory "
             "estimates. For 2030 its range is $28 billion to $34 billion, depending on how fast schools buy.",
        obs=[("Total", 2024, 7.9, "USD billion", "actual")],
        claims=[("multiple", 5.0, "multiple", 2019, 2024, 5.0), ("value", 28.0, "USD billion", 2030, 2030, None),
                ("value", 34.0, "USD billion", 2030, 2030, None)],
        verdicts=[]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a brokerage note: 预计 with 同比 and its base in brackets; a margin and a rating (none)
        text="【华盛证券·AI服务器深度报告】2025年1月8日\n"
             "我们预计2025年我国AI服务器市场规模将达到2,180亿元，同比增长41.6%（2024年为1,540亿元）。"
             "行业龙头毛利率约为12%，维持“买入”评级。",
        obs=[("Total", 2024, 1540.0, "CNY 100 million", "actual"),
             ("Total", 2025, 2180.0, "CNY 100 million", "estimate")],
        claims=[("growth", 41.6, "percent", 2024, 2025, 1.0)],
        # 2180 / 1540 - 1 = 41.56% -> 41.6 exact (bounds 2179.5 / 1540.5 .. 2180.5 / 1539.5: 41.48 .. 41.64)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 18: a city's statistical bulletin: 比上年增长 with no base printed, 其中 a part and its share; 逾 firms (none)
        text="江洲市2024年国民经济和社会发展统计公报（节选）\n"
             "全年人工智能核心产业规模612亿元，比上年增长18.3%。其中，硬件146亿元，占23.9%。"
             "年末全市人工智能企业逾1,200家。",
        obs=[("Total", 2024, 612.0, "CNY 100 million", "actual"), ("硬件", 2024, 146.0, "CNY 100 million", "actual")],
        claims=[("growth", 18.3, "percent", 2023, 2024, 1.0), ("share", 23.9, "percent", 2024, 2024, None)],
        # 146 / 612 = 23.86% -> 23.9 exact (bounds 145.5 / 612.5 .. 146.5 / 611.5: 23.76 .. 23.96)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 19: 约为, 翻了一番多 (more than doubled, x2) with no first amount, 突破 a target
        text="据启衡研究院统计，2024年我国具身智能市场规模约为86亿元，较2022年翻了一番多；"
             "该院预计2027年市场规模将突破400亿元。",
        obs=[("Total", 2024, 86.0, "CNY 100 million", "actual"),
             ("Total", 2027, 400.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0)],
        verdicts=[]),
    dict(  # 20: 增长4倍 (grew by four times over: x5) between two printed amounts; "L2级" a level, not a figure
        text="智能驾驶方面，2020年国内L2级辅助驾驶解决方案市场规模仅120亿元，到2024年已达610亿元，四年间增长4倍。",
        obs=[("Total", 2020, 120.0, "CNY 100 million", "actual"),
             ("Total", 2024, 610.0, "CNY 100 million", "actual")],
        claims=[("multiple", 5.0, "multiple", 2020, 2024, 4.0)],  # 610 / 120 = 5.08 -> 5
        verdicts=[]),
    dict(  # 21: 近 and 超过 (approximate figures), 较...的...增长 with its base; 渗透率 (none)
        text="据观澜咨询测算，2024年中国AI+教育市场规模近700亿元，较2023年的583亿元增长20.1%，"
             "预计2027年将超过1,200亿元。目前K12阶段AI学习产品的渗透率约为18%。",
        obs=[("Total", 2023, 583.0, "CNY 100 million", "actual"),
             ("Total", 2024, 700.0, "CNY 100 million", "actual"),
             ("Total", 2027, 1200.0, "CNY 100 million", "estimate")],
        claims=[("growth", 20.1, "percent", 2023, 2024, 1.0)],
        # 700 / 583 - 1 = 20.07% -> 20.1 exact (bounds 699.5 / 583.5 .. 700.5 / 582.5: 19.88 .. 20.26)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 22: Hong Kong news in Traditional Chinese: 據, 億美元, 預估, 年複合成長率 with no span printed
        text="【港灣研究】據港灣研究統計，全球人形機器人市場規模2024年為21.5億美元，"
             "預估2029年將達到152.3億美元，年複合成長率為47.9%。",
        obs=[("Total", 2024, 21.5, "USD 100 million", "actual"),
             ("Total", 2029, 152.3, "USD 100 million", "estimate")],
        claims=[("cagr", 47.9, "percent", 2024, 2029, None, "inferred")],
        # (152.3 / 21.5) ** (1/5) - 1 = 47.93% -> 47.9 exact (bounds 152.25 / 21.55 .. 152.35 / 21.45: 47.85 .. 48.01)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 23: Taiwanese news in Traditional Chinese: 新台幣 (no observation), 去年/今年, 年增 its amounts contradict
        text="（中央社台北2025年3月12日電）據資策產研調查，台灣保險業導入AI的市場規模去年為新台幣86億元，"
             "今年預估成長至新台幣103億元，年增21.8%；壽險業者的導入率已達64%。",
        obs=[],
        claims=[("growth", 21.8, "percent", 2024, 2025, 1.0)],
        # 103 / 86 - 1 = 19.77%; bounds 102.5 / 86.5 .. 103.5 / 85.5: 18.50 .. 21.05, short of 21.75
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 24: Traditional Chinese: 萬台 shipments, 較...的...成長 with its base, 突破 a forecast
        text="據光譜產研調查，2024年全球AI攝影機出貨量為1,850萬台，較2023年的1,498萬台成長23.5%，"
             "預估2025年出貨量可望突破2,200萬台。",
        obs=[("Total", 2023, 1498.0, "count 10 thousand", "actual"),
             ("Total", 2024, 1850.0, "count 10 thousand", "actual"),
             ("Total", 2025, 2200.0, "count 10 thousand", "estimate")],
        claims=[("growth", 23.5, "percent", 2023, 2024, 1.0)],
        # 1850 / 1498 - 1 = 23.50% -> 23.5 exact (bounds 1849.5 / 1498.5 .. 1850.5 / 1497.5: 23.42 .. 23.57)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 25: large-model API calls: 约为 amounts, 同比 within rounding only; a margin below a level (none)
        text="2024年国内大模型API调用市场规模约为52亿元，2023年约为31亿元，同比增长67.3%。"
             "价格战之下，头部厂商的API业务毛利率已降至不足20%。",
        obs=[("Total", 2023, 31.0, "CNY 100 million", "actual"),
             ("Total", 2024, 52.0, "CNY 100 million", "actual")],
        claims=[("growth", 67.3, "percent", 2023, 2024, 1.0)],
        # 52 / 31 - 1 = 67.74%, not 67.3; bounds 51.5 / 31.5 .. 52.5 / 30.5: 63.49 .. 72.13 reach 67.3
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 26: AI for drug discovery: 同比 with its base in brackets; a fourth quarter's figure (none)
        text="晨岚医药研究：2024年中国AI制药市场规模为43.6亿元，同比增长31.3%（2023年为33.2亿元）；"
             "其中第四季度单季实现9.8亿元。",
        obs=[("Total", 2023, 33.2, "CNY 100 million", "actual"),
             ("Total", 2024, 43.6, "CNY 100 million", "actual")],
        claims=[("growth", 31.3, "percent", 2023, 2024, 1.0)],
        # 43.6 / 33.2 - 1 = 31.33% -> 31.3 exact (bounds 43.55 / 33.25 .. 43.65 / 33.15: 30.98 .. 31.67)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 27: a provincial release: 年均复合增长率 with its span printed (an em-dash span)
        text="据江洲省工业和信息化厅消息，全省AI数据中心供配电市场2024年规模为356亿元，预计2028年达到812亿元，"
             "2024—2028年年均复合增长率为22.9%。",
        obs=[("Total", 2024, 356.0, "CNY 100 million", "actual"),
             ("Total", 2028, 812.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 22.9, "percent", 2024, 2028, None, "stated")],
        # (812 / 356) ** (1/4) - 1 = 22.89% -> 22.9 exact (bounds 811.5 / 356.5 .. 812.5 / 355.5: 22.83 .. 22.95)
        verdicts=[("cagr", "exact")]),
    dict(  # 28: two markets (AI servers the Total, general-purpose servers their own item); a 增长 its amounts contradict
        text="2024年中国AI服务器市场规模为1,650亿元，较2023年的980亿元增长64.8%；"
             "同期通用服务器市场规模为2,100亿元，与上年基本持平。",
        obs=[("Total", 2023, 980.0, "CNY 100 million", "actual"),
             ("Total", 2024, 1650.0, "CNY 100 million", "actual"),
             ("通用服务器", 2024, 2100.0, "CNY 100 million", "actual")],
        claims=[("growth", 64.8, "percent", 2023, 2024, 1.0)],
        # 1650 / 980 - 1 = 68.37%; bounds 1649.5 / 980.5 .. 1650.5 / 979.5: 68.23 .. 68.50, nowhere near 64.8
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 29: AI in retail: parts with amounts and shares (其中...占)
        text="2024年AI+零售市场规模为420亿元。其中，智能营销248亿元，占59.0%；智能供应链96亿元，占22.9%。",
        obs=[("Total", 2024, 420.0, "CNY 100 million", "actual"),
             ("智能营销", 2024, 248.0, "CNY 100 million", "actual"),
             ("智能供应链", 2024, 96.0, "CNY 100 million", "actual")],
        claims=[("share", 59.0, "percent", 2024, 2024, None), ("share", 22.9, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact"),  # 248 / 420 = 59.05% -> 59.0 (bounds 247.5 / 420.5 .. 248.5 / 419.5:
                  # 58.86 .. 59.24)
                  ("arithmetic", "exact")]),  # 96 / 420 = 22.86% -> 22.9 (bounds 95.5 / 420.5 .. 96.5 / 419.5:
                  # 22.71 .. 23.00)
    dict(  # 30: a plan's target: 力争实现翻番 (x2) to a printed amount, its base in brackets; the title's years none
        text="《江洲市AI+保险发展行动方案（2025—2027年）》提出，到2027年全市AI+保险市场规模力争实现翻番，"
             "达到300亿元以上（2024年为148亿元）。",
        obs=[("Total", 2024, 148.0, "CNY 100 million", "actual"),
             ("Total", 2027, 300.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2024, 2027, 3.0)],  # 300 / 148 = 2.03 -> 2
        verdicts=[]),
    # ------------------------------------------------------------------------------------------------ tables (31-40)
    dict(  # 31: a brokerage pipe table: 万台 in the caption, E columns, a 同比 row (the first year's rate has no base)
        text="表3：全球AI服务器出货量预测（万台）\n"
             "| 项目 | 2023 | 2024 | 2025E | 2026E |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| 出货量 | 118.0 | 165.2 | 214.8 | 268.5 |\n"
             "| 同比 | 38.4% | 40.0% | 30.0% | 25.0% |\n"
             "资料来源：华盛证券研究所",
        obs=[("出货量", 2023, 118.0, "count 10 thousand", "actual"),
             ("出货量", 2024, 165.2, "count 10 thousand", "actual"),
             ("出货量", 2025, 214.8, "count 10 thousand", "estimate"),
             ("出货量", 2026, 268.5, "count 10 thousand", "estimate")],
        claims=[("growth", 38.4, "percent", 2022, 2023, 1.0), ("growth", 40.0, "percent", 2023, 2024, 1.0),
                ("growth", 30.0, "percent", 2024, 2025, 1.0), ("growth", 25.0, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 165.2 / 118.0 - 1 = 40.00% -> 40.0 (bounds 165.15 / 118.05 ..
                  # 165.25 / 117.95: 39.90 .. 40.10)
                  ("cagr|implied", "exact"),  # 214.8 / 165.2 - 1 = 30.02% -> 30.0 (bounds 214.75 / 165.25 ..
                  # 214.85 / 165.15: 29.95 .. 30.09)
                  ("cagr|implied", "exact")]),  # 268.5 / 214.8 - 1 = 25.00% -> 25.0 (bounds 268.45 / 214.85 ..
                  # 268.55 / 214.75: 24.95 .. 25.05)
    dict(  # 32: a tab-separated table with a units line, an F column and a total row; a growth line under it
        text="AI in retail: spending by use case\n"
             "Units: USD million\n"
             "Use case\t2023\t2024\t2025F\n"
             "Personalised recommendations\t2,310\t2,940\t3,650\n"
             "Inventory and replenishment\t1,480\t1,870\t2,330\n"
             "Checkout and loss prevention\t905\t1,240\t1,610\n"
             "Total\t4,695\t6,050\t7,590\n"
             "Total spending rose 28.9% in 2024.",
        obs=[("Personalised recommendations", 2023, 2310.0, "USD million", "actual"),
             ("Personalised recommendations", 2024, 2940.0, "USD million", "actual"),
             ("Personalised recommendations", 2025, 3650.0, "USD million", "estimate"),
             ("Inventory and replenishment", 2023, 1480.0, "USD million", "actual"),
             ("Inventory and replenishment", 2024, 1870.0, "USD million", "actual"),
             ("Inventory and replenishment", 2025, 2330.0, "USD million", "estimate"),
             ("Checkout and loss prevention", 2023, 905.0, "USD million", "actual"),
             ("Checkout and loss prevention", 2024, 1240.0, "USD million", "actual"),
             ("Checkout and loss prevention", 2025, 1610.0, "USD million", "estimate"),
             ("Total", 2023, 4695.0, "USD million", "actual"), ("Total", 2024, 6050.0, "USD million", "actual"),
             ("Total", 2025, 7590.0, "USD million", "estimate")],
        claims=[("growth", 28.9, "percent", 2023, 2024, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 2,310 + 1,480 + 905 = 4,695; 2,940 + 1,870 + 1,240 = 6,050;
                  # 3,650 + 2,330 + 1,610 = 7,590
                  ("cagr|implied", "exact")]),  # 6,050 / 4,695 - 1 = 28.86% -> 28.9 (bounds 6,049.5 / 4,695.5 ..
                  # 6,050.5 / 4,694.5: 28.84 .. 28.88)
    dict(  # 33: space-aligned, a quarter's columns between two fiscal years (none of the quarters), a growth line
        text="Global AI camera market by quarter, USD million (published February 2026)\n"
             "                 FY2024    Q1 2025   Q2 2025   Q3 2025   Q4 2025    FY2025\n"
             "AI cameras      1,402.6      412.5     438.0     471.2     506.3   1,828.0\n"
             "Full-year growth, FY2025: 30.3%",
        obs=[("AI cameras", 2024, 1402.6, "USD million", "actual"),
             ("AI cameras", 2025, 1828.0, "USD million", "actual")],
        claims=[("growth", 30.3, "percent", 2024, 2025, 1.0)],
        # 1,828.0 / 1,402.6 - 1 = 30.33% -> 30.3 exact (bounds 1,827.95 / 1,402.65 .. 1,828.05 / 1,402.55:
        # 30.32 .. 30.34); the quarters add to the year: 412.5 + 438.0 + 471.2 + 506.3 = 1,828.0
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 34: a pipe table with shares beside amounts, a total row; one share its amounts contradict
        text="Vector databases by deployment, 2024\n"
             "| Deployment | 2024 (USD million) | Share |\n"
             "|---|---|---|\n"
             "| Managed cloud | 1,126 | 51.2% |\n"
             "| Self-hosted open source | 648 | 29.5% |\n"
             "| Embedded / on-device | 426 | 18.4% |\n"
             "| Total | 2,200 | 100.0% |",
        obs=[("Managed cloud", 2024, 1126.0, "USD million", "actual"),
             ("Self-hosted open source", 2024, 648.0, "USD million", "actual"),
             ("Embedded / on-device", 2024, 426.0, "USD million", "actual"),
             ("Total", 2024, 2200.0, "USD million", "actual")],
        claims=[("share", 51.2, "percent", 2024, 2024, None), ("share", 29.5, "percent", 2024, 2024, None),
                ("share", 18.4, "percent", 2024, 2024, None)],
        verdicts=[("hierarchy", "exact"),  # 1,126 + 648 + 426 = 2,200
                  ("arithmetic", "exact"),  # 1,126 / 2,200 = 51.18% -> 51.2 (bounds 1,125.5 / 2,200.5 .. 1,126.5 /
                  # 2,199.5: 51.15 .. 51.22)
                  ("arithmetic", "exact"),  # 648 / 2,200 = 29.45% -> 29.5 (bounds 647.5 / 2,200.5 .. 648.5 /
                  # 2,199.5: 29.43 .. 29.48)
                  ("arithmetic", "inconsistent")]),  # 426 / 2,200 = 19.36%; bounds 425.5 / 2,200.5 .. 426.5 /
                  # 2,199.5: 19.34 .. 19.39, nowhere near 18.4
    dict(  # 35: a brokerage exhibit, space-aligned, years as rows with A/E marks, a column headed by its unit only
        text="图表12：中国智能驾驶解决方案市场规模预测\n"
             "年份          亿元        同比\n"
             "2023A          486          —\n"
             "2024A          702       44.4%\n"
             "2025E          968       37.9%\n"
             "2026E        1,285       32.7%\n"
             "2027E        1,640       27.6%\n"
             "资料来源：启衡研究院，华盛证券研究所预测",
        obs=[("Total", 2023, 486.0, "CNY 100 million", "actual"),
             ("Total", 2024, 702.0, "CNY 100 million", "actual"),
             ("Total", 2025, 968.0, "CNY 100 million", "estimate"),
             ("Total", 2026, 1285.0, "CNY 100 million", "estimate"),
             ("Total", 2027, 1640.0, "CNY 100 million", "estimate")],
        claims=[("growth", 44.4, "percent", 2023, 2024, 1.0), ("growth", 37.9, "percent", 2024, 2025, 1.0),
                ("growth", 32.7, "percent", 2025, 2026, 1.0), ("growth", 27.6, "percent", 2026, 2027, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 702 / 486 - 1 = 44.44% -> 44.4 (bounds 701.5 / 486.5 .. 702.5 /
                  # 485.5: 44.19 .. 44.70)
                  ("cagr|implied", "exact"),  # 968 / 702 - 1 = 37.89% -> 37.9 (bounds 967.5 / 702.5 .. 968.5 /
                  # 701.5: 37.72 .. 38.06)
                  ("cagr|implied", "exact"),  # 1,285 / 968 - 1 = 32.75% -> 32.7 (bounds 1,284.5 / 968.5 .. 1,285.5
                  # / 967.5: 32.63 .. 32.87)
                  ("cagr|implied", "exact")]),  # 1,640 / 1,285 - 1 = 27.63% -> 27.6 (bounds 1,639.5 / 1,285.5 ..
                  # 1,640.5 / 1,284.5: 27.54 .. 27.72)
    dict(  # 36: a Traditional Chinese tab-separated table: 單位 in the caption, 預估 columns, a 合計 total row
        text="全球AI伺服器市場規模（單位：億美元）\n"
             "地區\t2024年\t2025年（預估）\t2026年（預估）\n"
             "北美\t1,020\t1,365\t1,690\n"
             "中國\t310\t402\t488\n"
             "其他\t170\t233\t302\n"
             "合計\t1,500\t2,000\t2,480",
        obs=[("北美", 2024, 1020.0, "USD 100 million", "actual"),
             ("北美", 2025, 1365.0, "USD 100 million", "estimate"),
             ("北美", 2026, 1690.0, "USD 100 million", "estimate"),
             ("中國", 2024, 310.0, "USD 100 million", "actual"),
             ("中國", 2025, 402.0, "USD 100 million", "estimate"),
             ("中國", 2026, 488.0, "USD 100 million", "estimate"),
             ("其他", 2024, 170.0, "USD 100 million", "actual"),
             ("其他", 2025, 233.0, "USD 100 million", "estimate"),
             ("其他", 2026, 302.0, "USD 100 million", "estimate"),
             ("合計", 2024, 1500.0, "USD 100 million", "actual"),
             ("合計", 2025, 2000.0, "USD 100 million", "estimate"),
             ("合計", 2026, 2480.0, "USD 100 million", "estimate")],
        claims=[],
        # 1,020 + 310 + 170 = 1,500; 1,365 + 402 + 233 = 2,000; 1,690 + 488 + 302 = 2,480
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: a pipe table with a CAGR column whose span its header prints; the unit in the caption
        text="AI in drug discovery, revenue by application (USD million)\n"
             "| Application | 2024 | 2029F | CAGR 2024-29 |\n"
             "|---|---|---|---|\n"
             "| Target identification | 612 | 1,580 | 20.9% |\n"
             "| Lead optimisation | 845 | 2,410 | 23.3% |\n"
             "| Clinical trial design | 298 | 1,020 | 27.9% |",
        obs=[("Target identification", 2024, 612.0, "USD million", "actual"),
             ("Target identification", 2029, 1580.0, "USD million", "estimate"),
             ("Lead optimisation", 2024, 845.0, "USD million", "actual"),
             ("Lead optimisation", 2029, 2410.0, "USD million", "estimate"),
             ("Clinical trial design", 2024, 298.0, "USD million", "actual"),
             ("Clinical trial design", 2029, 1020.0, "USD million", "estimate")],
        claims=[("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
                ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
                ("cagr", 27.9, "percent", 2024, 2029, None, "stated")],
        verdicts=[("cagr", "exact"),  # (1,580 / 612) ** (1/5) - 1 = 20.89% -> 20.9 (bounds 1,579.5 / 612.5 ..
                  # 1,580.5 / 611.5: 20.86 .. 20.91)
                  ("cagr", "exact"),  # (2,410 / 845) ** (1/5) - 1 = 23.32% -> 23.3 (bounds 2,409.5 / 845.5 ..
                  # 2,410.5 / 844.5: 23.30 .. 23.34)
                  ("cagr", "exact")]),  # (1,020 / 298) ** (1/5) - 1 = 27.90% -> 27.9 (bounds 1,019.5 / 298.5 ..
                  # 1,020.5 / 297.5: 27.85 .. 27.96)
    dict(  # 38: space-aligned with a units line, an F column, regions adding to a total row, a CAGR line under it
        text="Power equipment and supply for AI data centres\n"
             "Units: USD billion\n"
             "Region            2024     2030F\n"
             "North America     18.4      61.2\n"
             "Asia-Pacific       9.7      38.5\n"
             "Europe             4.1      12.9\n"
             "Rest of world      1.8       6.4\n"
             "Total             34.0     119.0\n"
             "Total CAGR 2024-2030F: 23.2%",
        obs=[("North America", 2024, 18.4, "USD billion", "actual"),
             ("North America", 2030, 61.2, "USD billion", "estimate"),
             ("Asia-Pacific", 2024, 9.7, "USD billion", "actual"),
             ("Asia-Pacific", 2030, 38.5, "USD billion", "estimate"),
             ("Europe", 2024, 4.1, "USD billion", "actual"), ("Europe", 2030, 12.9, "USD billion", "estimate"),
             ("Rest of world", 2024, 1.8, "USD billion", "actual"),
             ("Rest of world", 2030, 6.4, "USD billion", "estimate"),
             ("Total", 2024, 34.0, "USD billion", "actual"), ("Total", 2030, 119.0, "USD billion", "estimate")],
        claims=[("cagr", 23.2, "percent", 2024, 2030, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 18.4 + 9.7 + 4.1 + 1.8 = 34.0; 61.2 + 38.5 + 12.9 + 6.4 = 119.0
                  ("cagr", "exact")]),  # (119.0 / 34.0) ** (1/6) - 1 = 23.22% -> 23.2 (bounds 118.95 / 34.05 ..
                  # 119.05 / 33.95: 23.18 .. 23.26)
    dict(  # 39: a brokerage pipe table, the unit in its first header cell, E columns, a CAGR column; one only rounding
        text="表5：具身智能细分市场规模及预测\n"
             "| 细分（亿元） | 2024 | 2025E | 2026E | 2027E | CAGR（24-27E） |\n"
             "| --- | --- | --- | --- | --- | --- |\n"
             "| 人形机器人 | 28 | 52 | 95 | 168 | 81.7% |\n"
             "| 四足机器人 | 19 | 27 | 37 | 49 | 37.1% |\n"
             "| 具身智能大模型 | 9 | 16 | 27 | 44 | 69.8% |",
        obs=[("人形机器人", 2024, 28.0, "CNY 100 million", "actual"),
             ("人形机器人", 2025, 52.0, "CNY 100 million", "estimate"),
             ("人形机器人", 2026, 95.0, "CNY 100 million", "estimate"),
             ("人形机器人", 2027, 168.0, "CNY 100 million", "estimate"),
             ("四足机器人", 2024, 19.0, "CNY 100 million", "actual"),
             ("四足机器人", 2025, 27.0, "CNY 100 million", "estimate"),
             ("四足机器人", 2026, 37.0, "CNY 100 million", "estimate"),
             ("四足机器人", 2027, 49.0, "CNY 100 million", "estimate"),
             ("具身智能大模型", 2024, 9.0, "CNY 100 million", "actual"),
             ("具身智能大模型", 2025, 16.0, "CNY 100 million", "estimate"),
             ("具身智能大模型", 2026, 27.0, "CNY 100 million", "estimate"),
             ("具身智能大模型", 2027, 44.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 81.7, "percent", 2024, 2027, None, "stated"),
                ("cagr", 37.1, "percent", 2024, 2027, None, "stated"),
                ("cagr", 69.8, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr", "exact"),  # (168 / 28) ** (1/3) - 1 = 81.71% -> 81.7 (bounds 167.5 / 28.5 .. 168.5 /
                  # 27.5: 80.46 .. 82.99)
                  ("cagr", "exact"),  # (49 / 19) ** (1/3) - 1 = 37.13% -> 37.1 (bounds 48.5 / 19.5 .. 49.5 / 18.5:
                  # 35.49 .. 38.83)
                  ("cagr", "rounding")]),  # (44 / 9) ** (1/3) - 1 = 69.72%, not 69.8; bounds 43.5 / 9.5 .. 44.5 /
                  # 8.5: 66.06 .. 73.64 reach 69.8
    dict(  # 40: a tab-separated table with the unit in each year's header and a YoY column
        text="AI coding assistants: revenue by customer type\n"
             "Customer type\t2023 (USD bn)\t2024 (USD bn)\tYoY\n"
             "Enterprise\t1.42\t2.31\t62.7%\n"
             "SMB and teams\t0.63\t1.05\t66.7%\n"
             "Individual developers\t0.35\t0.54\t54.3%",
        obs=[("Enterprise", 2023, 1.42, "USD billion", "actual"), ("Enterprise", 2024, 2.31, "USD billion", "actual"),
             ("SMB and teams", 2023, 0.63, "USD billion", "actual"),
             ("SMB and teams", 2024, 1.05, "USD billion", "actual"),
             ("Individual developers", 2023, 0.35, "USD billion", "actual"),
             ("Individual developers", 2024, 0.54, "USD billion", "actual")],
        claims=[("growth", 62.7, "percent", 2023, 2024, 1.0), ("growth", 66.7, "percent", 2023, 2024, 1.0),
                ("growth", 54.3, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 2.31 / 1.42 - 1 = 62.68% -> 62.7 (bounds 2.305 / 1.425 .. 2.315 /
                  # 1.415: 61.75 .. 63.60)
                  ("cagr|implied", "exact"),  # 1.05 / 0.63 - 1 = 66.67% -> 66.7 (bounds 1.045 / 0.635 .. 1.055 /
                  # 0.625: 64.57 .. 68.80)
                  ("cagr|implied", "exact")]),  # 0.54 / 0.35 - 1 = 54.29% -> 54.3 (bounds 0.535 / 0.355 .. 0.545 /
                  # 0.345: 50.70 .. 57.97)
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'in fiscal 2027, up from about',
    'Call it 34%',
    'ITEM 1. BUSINESS',
    '— up from $8.9 billion in 2023 —',
    'versus 41%',
    '$2.1 billion: the size of',
    '¥186.0 billion (about $1.2',
    'trillion won',
    'crore rupees (US$1.0 billion)',
    'SAR 5.6 billion ($1.5 billion)',
    'nearly tripled',
    'puts it at',
    'grew by half',
    'a third of the market',
    'nearly $1.2 billion',
    '2024¹',
    'restating an earlier figure',
    'compared with',
    'doubled from',
    'five-fold',
    'just over',
    '$28 billion to $34 billion',
    '同比增长',
    '比上年增长',
    '翻了一番多',
    '增长4倍',
    '近700亿元',
    '超过1,200亿元',
    '逾1,200家',
    '突破',
    '力争实现翻番',
    '年複合成長率',
    '年增',
    '萬台',
    '新台幣',
    '渗透率',
    '毛利率',
    '2025E',
    'Q1 2025',
    'Units: USD million',
    '合計',
    '（預估）',
    '| Share |',
    'CAGR 2024-29',
    '2023 (USD bn)',
    '2027E        1,640',
)
#: Scored once, blind, on the extractor as it stood when the set was written: figures 123/141 (87%), rates 37/49
#: (76%), verdicts 40/51 (78%), false inconsistent 0; with rules already written then (from the fifteenth to the
#: seventeenth sets' misses: a change by a fraction in words, a multiple to be reached by a year, a plan's deadline,
#: a subject before 'is worth'), read before this set was: 123/141, 38/49, 40/51, false inconsistent 0. Then
#: mended (other currencies after an amount, 'last year' after an amount's words, 'a 30% jump', the year of an
#: amount after a dated base, 'this year' in its own sentence): 128/141, 40/49, 44/51. A rise after the year
#: before's level stated second ('2023年约为31亿元，同比增长67.3%'): 45/49, 47/51. An official release's whole year
#: (全年, 1-12月) as the year its title names: 136/141, 46/49, 48/51.
FLOORS = {"figures_found": 138, "rates_found": 47, "verdicts_right": 49}


if __name__ == "__main__":  # python tests/extract_checkset18.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
