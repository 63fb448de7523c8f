"""A thirteenth check set for the extractor, written blind: new kinds of sources, and the marks their text carries.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources are ones the earlier sets did not lean on: spending guides of IT analyst firms
("Worldwide spending on ... will reach", "a five-year CAGR of"), official and association statistics (a ministry,
a statistics bureau, an industry association: 规模以上, 主营业务收入, 同比), sell-side notes (a TAM with bear, base
and bull cases, "we estimate", "our base case"), annual and quarterly results releases of AI companies (segment
revenue, fiscal years, "quarter-on-quarter", 环比), keynote and government-plan targets ("by 2027 ... will exceed",
力争到2027年) and trade-press pieces that cite two publishers with different figures for one market. The text
arrives as an analyst gets it: lines a PDF wrapped mid-sentence, a word hyphenated across a line break, footnote
markers glued to figures ("$4.2 billion¹", "42.1%[3]"), thousands separators in several styles ("1,842.6",
"4 812,6" and "4.187,2" in European releases, "1.234" for one thousand two hundred and thirty-four where the decimal
commas around it make that plain), non-breaking spaces, full-width digits and percent signs (１４．２％), and tables
whose columns are runs of spaces, tabs or pipes, with the unit in a caption or header. Markets vary (AI servers,
inference chips, industrial robots, AI in healthcare, speech recognition, AI code assistants, edge AI, AI for drug
discovery, smart manufacturing, AI governance software); publishers, companies and officials are invented, the
sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too). Each (item, year) is expected once, at its most precise statement, in its
printed unit; two markets in one item are two items, never summed. A range gives two ``value`` claims for its year.
Boilerplate figures (page numbers, stock codes, footnote markers, dates, a plan's title years) are expected
nowhere; so are a quarter's figure or rate (a results release's quarter, its quarter-on-quarter or 环比 rate), the
figure a restated one replaces, a change in percentage points, a sell-side note's bear and bull cases beside its
base case, and a percentage that is no share of the market (a margin, a penetration, adoption or 普及率 rate). A
company's revenue in its own release is its ``Total``. An amount in a currency the bundled unit table does not
hold (KRW, INR, TWD, 新台幣, 亿日元) is expected as no observation, but its stated rate is a claim and gets its
verdict. A fiscal year counts as its number (fiscal 2025, FY2024 -> 2025, 2024). Figures are read in the
separators their text uses ("4 812,6" and "4.187,2" as 4812.6 and 4187.2, full-width digits as their digits). A
share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give
it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``); a multiple between two years carries their distance (翻一番 as x2). The base of a forecast is
``actual``; a figure a forecast cue or a target governs (预计, 力争, "will exceed", 預估), an E, F or "plan" column,
or a year after the document's date, ``estimate``. A share whose part and whole are printed gets an ``arithmetic``
verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row a
``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some
reading of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none
does; (end / start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.
``python tests/extract_checkset13.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: an IT analyst firm's spending guide, "will grow at a five-year CAGR of" with both ends printed
        text="WALTHAM, Mass., March 12, 2024 - Worldwide spending on AI servers will reach $218.6 billion in 2028, "
             "according to the new Worldwide AI Infrastructure Spending Guide from Corvane Data Group. Spending will "
             "grow at a five-year CAGR of 27.3% from $65.4 billion in 2023, with cloud providers making more than "
             "half of all purchases throughout the forecast.",
        obs=[("Total", 2028, 218.6, "USD billion", "estimate"), ("Total", 2023, 65.4, "USD billion", "actual")],
        claims=[("cagr", 27.3, "percent", 2023, 2028, None, "stated")],
        # (218.6 / 65.4) ** (1/5) - 1 = 27.30% -> 27.3 exact (bounds 218.55 / 65.45 .. 218.65 / 65.35: 27.27 .. 27.32)
        verdicts=[("cagr", "exact")]),
    dict(  # 2: a PDF page: a word hyphenated across a line break, lines wrapped mid-sentence, a footnote marker
        text="2.1 Market overview\nThe global inference chip mar-\nket reached $4.2 billion¹ in 2023 and is forecast "
             "to grow to\n$21.7 billion by 2030, a compound annual growth rate of 26.5%\nbetween 2023 and 2030, as "
             "edge deployments spread beyond phones.\n¹ Merchant silicon only; in-house accelerators are excluded."
             "\n12",
        obs=[("Total", 2023, 4.2, "USD billion", "actual"), ("Total", 2030, 21.7, "USD billion", "estimate")],
        claims=[("cagr", 26.5, "percent", 2023, 2030, None, "stated")],
        # (21.7 / 4.2) ** (1/7) - 1 = 26.44%, not 26.5; bounds 21.65 / 4.25 .. 21.75 / 4.15: 26.19 .. 26.70: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 3: a sell-side note: the base case is the figure, bear and bull cases none; a share of the market
        text="Kestrel Ridge Securities - Software - 14 January 2025\nAI code assistants: initiating coverage\n"
             "We size the AI code assistant market at $5.1 billion in 2024, and we estimate that enterprise licences "
             "made up about 64% of it. In our base case it reaches $24.6 billion in 2030, a 30.0% CAGR; our bear "
             "case puts 2030 at $15.2 billion and our bull case at $38.9 billion.",
        obs=[("Total", 2024, 5.1, "USD billion", "actual"), ("Total", 2030, 24.6, "USD billion", "estimate")],
        claims=[("cagr", 30.0, "percent", 2024, 2030, None, "inferred"), ("share", 64.0, "percent", 2024, 2024, None)],
        # (24.6 / 5.1) ** (1/6) - 1 = 29.99% -> 30.0 exact (bounds 24.55 / 5.15 .. 24.65 / 5.05: 29.73 .. 30.24)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 4: a results release: fiscal years, a quarter's figure and its quarter-on-quarter rate (none), a margin
        text="Quillon Systems Reports Fourth Quarter and Fiscal 2025 Results\nSANTA CLARA, Calif., Feb. 26, 2025 - "
             "Quillon Systems, Inc. (NASDAQ: QLN) today reported revenue of $3.62 billion for fiscal 2025, up 41% "
             "from $2.57 billion in fiscal 2024. Fourth-quarter revenue was $1.05 billion, up 9% quarter-on-quarter "
             "and 52% from a year ago. GAAP gross margin for the year was 68.7%.\n\"Inference demand carried the "
             "year,\" said chief executive Mara Lindqvist.",
        obs=[("Total", 2025, 3.62, "USD billion", "actual"), ("Total", 2024, 2.57, "USD billion", "actual")],
        claims=[("growth", 41.0, "percent", 2024, 2025, 1.0)],
        # 3.62 / 2.57 - 1 = 40.86% -> 41 exact (bounds 3.615 / 2.575 .. 3.625 / 2.565: 40.39 .. 41.33)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 5: a keynote target, "by 2027 ... will exceed", in trillions of yuan against a base in billions
        text="Speaking at the opening keynote of the Lingang AI Conference on Thursday, a vice-minister said that "
             "by 2027 the core AI industry will exceed 1 trillion yuan, up from 578.4 billion yuan in 2024, and "
             "that public computing capacity would keep expanding to support it.",
        obs=[("Total", 2027, 1.0, "CNY trillion", "estimate"), ("Total", 2024, 578.4, "CNY billion", "actual")],
        claims=[],
        verdicts=[]),
    dict(  # 6: trade press citing two publishers with different figures: each its own years, each its own rate
        text="March 3, 2025 - How big is the AI-in-healthcare market? It depends whom you ask. Brightwater Insights "
             "values it at $19.3 billion in 2024 and sees it reaching $148.4 billion by 2030, a CAGR of 40.5% over "
             "2024-2030. Lomond Research is more cautious: it expects $27.1 billion in 2025 and $187.9 billion in "
             "2032, growing 33.4% a year between 2025 and 2032. The gap lies mostly in whether hospital IT upgrades "
             "are counted, analysts say.",
        obs=[("Total", 2024, 19.3, "USD billion", "actual"), ("Total", 2030, 148.4, "USD billion", "estimate"),
             ("Total", 2025, 27.1, "USD billion", "estimate"), ("Total", 2032, 187.9, "USD billion", "estimate")],
        claims=[("cagr", 40.5, "percent", 2024, 2030, None, "stated"),
                ("cagr", 33.4, "percent", 2025, 2032, None, "stated")],
        # (148.4 / 19.3) ** (1/6) - 1 = 40.49% -> 40.5 exact (bounds 40.42 .. 40.56);
        # (187.9 / 27.1) ** (1/7) - 1 = 31.87%, not 33.4; bounds 187.85 / 27.15 .. 187.95 / 27.05: 31.83 .. 31.91
        verdicts=[("cagr", "exact"), ("cagr", "inconsistent")]),
    dict(  # 7: a European association release: spaces between thousands, decimal commas, "7,9 %"
        text="Frankfurt, 4 June 2025. Members of the Association of Automation Suppliers reported turnover from "
             "industrial robots of EUR 4 812,6 million for 2024, an increase of 7,9 % over the previous year "
             "(2023: EUR 4 460,3 million). For 2025 the association expects a decline of 3 %.",
        obs=[("Total", 2024, 4812.6, "EUR million", "actual"), ("Total", 2023, 4460.3, "EUR million", "actual")],
        claims=[("growth", 7.9, "percent", 2023, 2024, 1.0), ("growth", -3.0, "percent", 2024, 2025, 1.0)],
        # 4812.6 / 4460.3 - 1 = 7.90% -> 7.9 exact (bounds 4812.55 / 4460.35 .. 4812.65 / 4460.25: 7.896 .. 7.901)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 8: a translated release where "1.234" is a count of one thousand and more (its decimals are commas)
        text="Press release, Berlin, 11 March 2025: Hospitals in Germany, Austria and Switzerland put 1.234 "
             "AI-assisted surgical robots into service in 2024, compared with 1.018 in 2023, a rise of 21,2 %. "
             "Of the new systems, 386 went to university clinics.",
        obs=[("Total", 2024, 1234.0, "count", "actual"), ("Total", 2023, 1018.0, "count", "actual"),
             ("University clinics", 2024, 386.0, "count", "actual")],
        claims=[("growth", 21.2, "percent", 2023, 2024, 1.0)],
        # 1234 / 1018 - 1 = 21.22% -> 21.2 exact (bounds 1233.5 / 1018.5 .. 1234.5 / 1017.5: 21.11 .. 21.33)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 9: a restated figure with non-breaking spaces: the replaced figure gives none
        text="Edge AI hardware: revised estimates\nNorthgate Analytics has restated its 2023 figure for the edge AI "
             "hardware market to USD\u00a011.8\u00a0billion, from USD\u00a012.6\u00a0billion published last year, "
             "after moving smart cameras to another category. For 2024 it now reports USD\u00a015.1\u00a0billion, "
             "up 28% year on year, and it keeps its 2027 forecast of USD\u00a029.4\u00a0billion.",
        obs=[("Total", 2023, 11.8, "USD billion", "actual"), ("Total", 2024, 15.1, "USD billion", "actual"),
             ("Total", 2027, 29.4, "USD billion", "estimate")],
        claims=[("growth", 28.0, "percent", 2023, 2024, 1.0)],
        # 15.1 / 11.8 - 1 = 27.97% -> 28 exact (bounds 15.05 / 11.85 .. 15.15 / 11.75: 27.00 .. 28.94)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 10: a market and one country's part of it, with its share; a range for a forecast year
        text="Speech recognition: China's part grows\nThe global speech recognition market reached $14.8 billion in "
             "2024, according to Harrowgate Research, of which China accounted for $3.9 billion, or 26.4%. The firm "
             "expects the global market to be worth between $27 billion and $31 billion in 2029.",
        obs=[("Total", 2024, 14.8, "USD billion", "actual"), ("China", 2024, 3.9, "USD billion", "actual")],
        claims=[("share", 26.4, "percent", 2024, 2024, None),
                ("value", 27.0, "USD billion", 2029, 2029, None), ("value", 31.0, "USD billion", 2029, 2029, None)],
        # 3.9 / 14.8 = 26.35% -> 26.4 exact (bounds 3.85 / 14.85 .. 3.95 / 14.75: 25.93 .. 26.78)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 11: hardware and software of one market, two items never summed; the software rate over its span
        text="Smart manufacturing spend splits two ways. Hardware (controllers, sensors, vision systems) came to "
             "$142.7 billion in 2024 and software to $58.3 billion, Ostrava Partners said in its annual outlook. "
             "Software is the faster-growing half: the firm forecasts a CAGR of 14.2% for it over 2024-2029, to "
             "$113.2 billion.",
        obs=[("Hardware", 2024, 142.7, "USD billion", "actual"), ("Software", 2024, 58.3, "USD billion", "actual"),
             ("Software", 2029, 113.2, "USD billion", "estimate")],
        claims=[("cagr", 14.2, "percent", 2024, 2029, None, "stated")],
        # (113.2 / 58.3) ** (1/5) - 1 = 14.19% -> 14.2 exact (bounds 113.15 / 58.35 .. 113.25 / 58.25: 14.16 .. 14.22)
        verdicts=[("cagr", "exact")]),
    dict(  # 12: adoption rates are no share; the market's own growth without its prior amount
        text="Survey: 62% of professional developers now use an AI code assistant\nAdoption climbed from 44% a year "
             "earlier, the Tallis Developer Survey 2025 found. Revenue in the AI code assistant market grew 47% to "
             "$3.3 billion in 2024, and respondents expect to spend more this year.",
        obs=[("Total", 2024, 3.3, "USD billion", "actual")],
        claims=[("growth", 47.0, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 13: yen in billions over fiscal years, "an average annual growth" whose span only the amounts give
        text="TOKYO, Oct. 8, 2024 - Japan's market for AI in drug discovery was worth ¥48.2 billion in fiscal 2023 "
             "and will reach ¥131.5 billion in fiscal 2029, Shirakawa Research Institute said, an average annual "
             "growth of 18.2%. The institute counts software licences, contract research and in-house platforms.",
        obs=[("Total", 2023, 48.2, "JPY billion", "actual"), ("Total", 2029, 131.5, "JPY billion", "estimate")],
        claims=[("cagr", 18.2, "percent", 2023, 2029, None, "inferred")],
        # (131.5 / 48.2) ** (1/6) - 1 = 18.21% -> 18.2 exact (bounds 131.45 / 48.25 .. 131.55 / 48.15: 18.18 .. 18.24)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 14: rupees over Indian fiscal years: no observation, the rate a claim with its verdict
        text="NEW DELHI, 19 June 2024 - Revenue from AI services in India reached INR 412 billion in FY2024, up 35% "
             "from INR 305 billion in FY2023, according to Banyan Advisory. The firm expects demand from banks and "
             "telecom operators to keep the pace high through FY2027.",
        obs=[],
        claims=[("growth", 35.0, "percent", 2023, 2024, 1.0)],
        # 412 / 305 - 1 = 35.08% -> 35 exact (bounds 411.5 / 305.5 .. 412.5 / 304.5: 34.70 .. 35.47)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 15: a results release in won: the year's rate a claim, the quarter's none, a margin none
        text="SEOUL, Jan. 23, 2025 - Hanmir Semiconductor said sales of memory for AI servers rose 61% to 14.3 "
             "trillion won in 2024 from 8.9 trillion won a year earlier. Fourth-quarter AI memory sales were 4.4 "
             "trillion won, up 12% quarter-on-quarter. The company's operating margin widened to 31%.",
        obs=[],
        claims=[("growth", 61.0, "percent", 2023, 2024, 1.0)],
        # 14.3 / 8.9 - 1 = 60.67% -> 61 exact (bounds 14.25 / 8.95 .. 14.35 / 8.85: 59.22 .. 62.15)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 16: figures in words, in two scales, and a rate whose span the amounts give
        text="Spending on AI governance software will climb steeply, from nine hundred "
             "million dollars in 2024 to three billion dollars in 2028, an annual growth rate of about 35%, "
             "Wrenfield Group forecasts. Tighter rules in Europe are the main driver, it said.",
        obs=[("Total", 2024, 900.0, "USD million", "actual"), ("Total", 2028, 3.0, "USD billion", "estimate")],
        claims=[("cagr", 35.0, "percent", 2024, 2028, None, "inferred")],
        # (3000 / 900) ** (1/4) - 1 = 35.12% -> 35 exact (in USD million; bounds at half a hundred million and half
        # a billion either way: 2500 / 950 .. 3500 / 850: 27.37 .. 42.45)
        verdicts=[("cagr|period", "exact")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a provincial department's statistics: 规模以上, 主营业务收入, 同比 with last year's amount, a part in prose
        text="江屿省工业和信息化厅发布数据：2024年，全省规模以上工业机器人制造企业实现主营业务收入286.4亿元，同比增长13.8%，"
             "上年同期为251.6亿元；其中，协作机器人实现收入32.3亿元。",
        obs=[("Total", 2024, 286.4, "CNY 100 million", "actual"), ("Total", 2023, 251.6, "CNY 100 million", "actual"),
             ("协作机器人", 2024, 32.3, "CNY 100 million", "actual")],
        claims=[("growth", 13.8, "percent", 2023, 2024, 1.0)],
        # 286.4 / 251.6 - 1 = 13.83% -> 13.8 exact (bounds 286.35 / 251.65 .. 286.45 / 251.55: 13.79 .. 13.87)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 18: a research institute's white paper: a CAGR over a printed span, a target "突破" a round figure
        text="据华数信息通信研究院发布的白皮书，我国智能语音市场规模由2022年的251.7亿元增长至2024年的386.2亿元，"
             "2022—2024年年均复合增长率为23.9%。白皮书预计，到2026年市场规模有望突破600亿元。",
        obs=[("Total", 2022, 251.7, "CNY 100 million", "actual"), ("Total", 2024, 386.2, "CNY 100 million", "actual"),
             ("Total", 2026, 600.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 23.9, "percent", 2022, 2024, None, "stated")],
        # (386.2 / 251.7) ** (1/2) - 1 = 23.87% -> 23.9 exact
        # (bounds 386.15 / 251.75 .. 386.25 / 251.65: 23.85 .. 23.89)
        verdicts=[("cagr", "exact")]),
    dict(  # 19: a city statistics bureau's line in full-width digits, a count in 万套, a change in percentage points
        text="临川市统计局数据显示，２０２４年全市工业机器人产量３．８万套，同比增长１４．２％，增速比上年加快"
             "２１．１个百分点。",
        obs=[("Total", 2024, 3.8, "count 10 thousand", "actual")],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 20: a Taiwanese results item in 新台幣 (Traditional): no observation, the rate and a multiple claims
        text="鴻碩科技今（15）日公布2024年營運成果，AI伺服器相關營收達新台幣4,210億元，較前一年的新台幣1,863億元"
             "成長126%。公司表示，今年AI伺服器營收可望再倍增。",
        obs=[],
        claims=[("growth", 126.0, "percent", 2023, 2024, 1.0), ("multiple", 2.0, "multiple", 2024, 2025, 1.0)],
        # 4210 / 1863 - 1 = 125.98% -> 126 exact (bounds 4209.5 / 1863.5 .. 4210.5 / 1862.5: 125.89 .. 126.07)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 21: a Taiwanese forecast in 新台幣 (Traditional): a stated 年複合成長率 over its printed span
        text="據台灣產業研究機構晴川研究估計，臺灣邊緣AI市場規模2024年為新台幣312億元，預估2028年將成長至新台幣"
             "896億元，2024至2028年年複合成長率達30.2%。",
        obs=[],
        claims=[("cagr", 30.2, "percent", 2024, 2028, None, "stated")],
        # (896 / 312) ** (1/4) - 1 = 30.18% -> 30.2 exact (bounds 895.5 / 312.5 .. 896.5 / 311.5: 30.11 .. 30.25)
        verdicts=[("cagr", "exact")]),
    dict(  # 22: a Traditional report summary in 億美元, a rate only its amounts' years span, a region's share
        text="根據市調機構遠岫顧問的報告，全球AI藥物研發市場規模將由2024年的17.6億美元，增至2030年的79.3億美元，"
             "年均複合增長率為28.6%；2024年北美地區佔比約為45%。",
        obs=[("Total", 2024, 17.6, "USD 100 million", "actual"), ("Total", 2030, 79.3, "USD 100 million", "estimate")],
        claims=[("cagr", 28.6, "percent", 2024, 2030, None, "inferred"), ("share", 45.0, "percent", 2024, 2024, None)],
        # (79.3 / 17.6) ** (1/6) - 1 = 28.52%, not 28.6; bounds 79.25 / 17.65 .. 79.35 / 17.55: 28.44 .. 28.59: rounding
        verdicts=[("cagr|period", "rounding")]),
    dict(  # 23: a broker's note: 我们测算, the 中性 case the figure, 乐观 and 悲观 cases none; risk boilerplate
        text="【华岭证券·计算机】AI编程助手行业深度报告\n我们测算，2024年国内AI编程助手市场规模为23.5亿元；中性情形下，"
             "2027年将达到96.8亿元，对应年均复合增速60.3%；乐观情形下2027年可达132亿元，悲观情形下为61亿元。\n"
             "风险提示：技术迭代不及预期；行业竞争加剧。",
        obs=[("Total", 2024, 23.5, "CNY 100 million", "actual"), ("Total", 2027, 96.8, "CNY 100 million", "estimate")],
        claims=[("cagr", 60.3, "percent", 2024, 2027, None, "inferred")],
        # (96.8 / 23.5) ** (1/3) - 1 = 60.30% -> 60.3 exact (bounds 96.75 / 23.55 .. 96.85 / 23.45: 60.16 .. 60.44)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 24: an annual report item: a stock code, the year's 同比 that its amounts contradict, a quarter's 环比
        text="星衡智能（股票代码：688317）发布2024年年度报告：公司全年实现营业收入86.37亿元，较上年的66.52亿元同比增长"
             "31.2%；第四季度实现营业收入27.10亿元，环比增长18.6%。报告期内公司综合毛利率为38.4%。",
        obs=[("Total", 2024, 86.37, "CNY 100 million", "actual"), ("Total", 2023, 66.52, "CNY 100 million", "actual")],
        claims=[("growth", 31.2, "percent", 2023, 2024, 1.0)],
        # 86.37 / 66.52 - 1 = 29.84%, not 31.2; bounds 86.365 / 66.525 .. 86.375 / 66.515: 29.82 .. 29.86
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 25: a government plan's target: 力争到2027年 ... 突破, 翻一番 on a base year, a 普及率 (no share)
        text="《滨海市智能制造高质量发展行动方案（2024—2027年）》提出，力争到2027年，全市智能制造装备产业规模突破"
             "5000亿元，较2023年的2460亿元实现翻一番，工业互联网平台普及率达到55%。",
        obs=[("Total", 2027, 5000.0, "CNY 100 million", "estimate"),
             ("Total", 2023, 2460.0, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2023, 2027, 4.0)],
        # 5000 / 2460 = 2.03 -> x2
        verdicts=[]),
    dict(  # 26: two publishers with different figures for one market, each its own years
        text="国内AI医疗影像市场到底有多大？两家机构的测算差异不小：沐川咨询估计2024年市场规模为62.4亿元，到2030年将"
             "达到310.5亿元，对应年均复合增长率30.7%；青禾研究院则预计2026年市场规模为118亿元。",
        obs=[("Total", 2024, 62.4, "CNY 100 million", "actual"), ("Total", 2030, 310.5, "CNY 100 million", "estimate"),
             ("Total", 2026, 118.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 30.7, "percent", 2024, 2030, None, "inferred")],
        # (310.5 / 62.4) ** (1/6) - 1 = 30.66% -> 30.7 exact (bounds 310.45 / 62.45 .. 310.55 / 62.35: 30.64 .. 30.68)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 27: a Japanese market in 亿日元 (no observation), its 同比 contradicted by the prior year's amount
        text="据日本调研机构白濑研究所统计，2024年度日本AI语音识别市场规模为1,820亿日元，同比增长12.3%（2023年度为"
             "1,618亿日元），预计2027年度将达到2,600亿日元。",
        obs=[],
        claims=[("growth", 12.3, "percent", 2023, 2024, 1.0)],
        # 1820 / 1618 - 1 = 12.48%, not 12.3; bounds 1819.5 / 1618.5 .. 1820.5 / 1617.5: 12.42 .. 12.55
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 28: a global market and China's part of it in 亿美元, with its 占比
        text="2024年全球边缘AI芯片市场规模为186亿美元，其中中国为52亿美元，占比约28%。机构预计，到2028年全球规模将"
             "增至412亿美元。",
        obs=[("Total", 2024, 186.0, "USD 100 million", "actual"), ("中国", 2024, 52.0, "USD 100 million", "actual"),
             ("Total", 2028, 412.0, "USD 100 million", "estimate")],
        claims=[("share", 28.0, "percent", 2024, 2024, None)],
        # 52 / 186 = 27.96% -> 28 exact (bounds 51.5 / 186.5 .. 52.5 / 185.5: 27.61 .. 28.30)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 29: a PDF page in Chinese: lines wrapped between a number's sentence and its unit, a page footer
        text="三、市场规模\n2024年我国AI治理与合规软件市场规模为\n18.7亿元，同比增长41.6%，预计2026年将达到\n36.9亿元，"
             "2024—2026年年均复合增长率约为40.7%。\n— 16 —",
        obs=[("Total", 2024, 18.7, "CNY 100 million", "actual"), ("Total", 2026, 36.9, "CNY 100 million", "estimate")],
        claims=[("growth", 41.6, "percent", 2023, 2024, 1.0), ("cagr", 40.7, "percent", 2024, 2026, None, "stated")],
        # (36.9 / 18.7) ** (1/2) - 1 = 40.47%, not 40.7; bounds 36.85 / 18.75 .. 36.95 / 18.65: 40.19 .. 40.76: rounding
        verdicts=[("cagr", "rounding")]),
    dict(  # 30: hardware and software parts of a market in prose with their whole; 普及率 and 数控化率 no shares
        text="2024年，我国智能制造解决方案市场规模达到3,870亿元，其中硬件为2,410亿元、软件为1,460亿元。规模以上工业"
             "企业中，数字化研发设计工具普及率达到81.2%，关键工序数控化率为62.9%。",
        obs=[("硬件", 2024, 2410.0, "CNY 100 million", "actual"), ("软件", 2024, 1460.0, "CNY 100 million", "actual"),
             ("Total", 2024, 3870.0, "CNY 100 million", "actual")],
        claims=[],
        # 2410 + 1460 = 3870
        verdicts=[("hierarchy", "exact")]),
    # ----------------------------------------------------------------------------------------------- tables (31-40)
    dict(  # 31: a spending guide's table in runs of spaces, the unit in its caption, an F column and a CAGR column
        text="Table 3. Worldwide AI spending by technology group, USD billion\n"
             "Technology group    2023     2024     2028F    CAGR 2023-28\n"
             "Hardware            52.1     66.8     141.9    22.2%\n"
             "Software            38.4     49.7     120.6    25.7%\n"
             "Services            21.2     26.5      60.3    23.3%\n"
             "Total              111.7    143.0     322.8    23.6%\n"
             "F = forecast. Source: Corvane Data Group, 2025.",
        obs=[("Hardware", 2023, 52.1, "USD billion", "actual"), ("Hardware", 2024, 66.8, "USD billion", "actual"),
             ("Hardware", 2028, 141.9, "USD billion", "estimate"),
             ("Software", 2023, 38.4, "USD billion", "actual"), ("Software", 2024, 49.7, "USD billion", "actual"),
             ("Software", 2028, 120.6, "USD billion", "estimate"),
             ("Services", 2023, 21.2, "USD billion", "actual"), ("Services", 2024, 26.5, "USD billion", "actual"),
             ("Services", 2028, 60.3, "USD billion", "estimate"),
             ("Total", 2023, 111.7, "USD billion", "actual"), ("Total", 2024, 143.0, "USD billion", "actual"),
             ("Total", 2028, 322.8, "USD billion", "estimate")],
        claims=[("cagr", 22.2, "percent", 2023, 2028, None, "stated"),
                ("cagr", 25.7, "percent", 2023, 2028, None, "stated"),
                ("cagr", 23.3, "percent", 2023, 2028, None, "stated"),
                ("cagr", 23.6, "percent", 2023, 2028, None, "stated")],
        # (141.9 / 52.1) ** (1/5) - 1 = 22.19% -> 22.2 exact (bounds 22.16 .. 22.22);
        # (120.6 / 38.4) ** (1/5) - 1 = 25.72% -> 25.7 exact (bounds 25.68 .. 25.76);
        # (60.3 / 21.2) ** (1/5) - 1 = 23.25% -> 23.3 exact (bounds 23.17 .. 23.33);
        # (322.8 / 111.7) ** (1/5) - 1 = 23.64% -> 23.6 exact (bounds 23.63 .. 23.66);
        # 52.1 + 38.4 + 21.2 = 111.7, 66.8 + 49.7 + 26.5 = 143.0, 141.9 + 120.6 + 60.3 = 322.8
        verdicts=[("cagr", "exact"), ("cagr", "exact"), ("cagr", "exact"), ("cagr", "exact"), ("hierarchy", "exact")]),
    dict(  # 32: a ministry's table in tabs, the unit on its own line, a 同比 column (one row's rate a digit swap)
        text="表2  2023—2024年规模以上智能制造装备企业主营业务收入\n单位：亿元\n"
             "行业\t2023年\t2024年\t同比增长\n"
             "工业机器人\t1018.4\t1139.7\t11.9%\n"
             "增材制造装备\t412.6\t487.3\t18.1%\n"
             "智能检测装备\t689.2\t768.5\t11.5%\n"
             "智能物流装备\t1275.0\t1398.6\t7.9%",
        obs=[("工业机器人", 2023, 1018.4, "CNY 100 million", "actual"),
             ("工业机器人", 2024, 1139.7, "CNY 100 million", "actual"),
             ("增材制造装备", 2023, 412.6, "CNY 100 million", "actual"),
             ("增材制造装备", 2024, 487.3, "CNY 100 million", "actual"),
             ("智能检测装备", 2023, 689.2, "CNY 100 million", "actual"),
             ("智能检测装备", 2024, 768.5, "CNY 100 million", "actual"),
             ("智能物流装备", 2023, 1275.0, "CNY 100 million", "actual"),
             ("智能物流装备", 2024, 1398.6, "CNY 100 million", "actual")],
        claims=[("growth", 11.9, "percent", 2023, 2024, 1.0), ("growth", 18.1, "percent", 2023, 2024, 1.0),
                ("growth", 11.5, "percent", 2023, 2024, 1.0), ("growth", 7.9, "percent", 2023, 2024, 1.0)],
        # 1139.7 / 1018.4 - 1 = 11.91% -> 11.9 exact (bounds 11.90 .. 11.92);
        # 487.3 / 412.6 - 1 = 18.10% -> 18.1 exact (bounds 18.08 .. 18.13);
        # 768.5 / 689.2 - 1 = 11.51% -> 11.5 exact (bounds 11.49 .. 11.52);
        # 1398.6 / 1275.0 - 1 = 9.69%, not 7.9; bounds 1398.55 / 1275.05 .. 1398.65 / 1274.95: 9.69 .. 9.70
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "inconsistent")]),
    dict(  # 33: a sell-side exhibit: A and E columns, a base-case TAM by deployment, bear and bull totals under it
        text="Exhibit 9: AI inference chip TAM by deployment, base case (US$bn)\n"
             "                     2024A    2027E    2030E\n"
             "Data center           24.8     61.5    118.0\n"
             "Edge and device        6.7     17.9     41.3\n"
             "Total TAM             31.5     79.4    159.3\n"
             "Bear / bull 2030E total TAM: US$104.0bn / US$221.6bn. CAGR 2024A-30E (base): 31.0%.",
        obs=[("Data center", 2024, 24.8, "USD billion", "actual"),
             ("Data center", 2027, 61.5, "USD billion", "estimate"),
             ("Data center", 2030, 118.0, "USD billion", "estimate"),
             ("Edge and device", 2024, 6.7, "USD billion", "actual"),
             ("Edge and device", 2027, 17.9, "USD billion", "estimate"),
             ("Edge and device", 2030, 41.3, "USD billion", "estimate"),
             ("Total TAM", 2024, 31.5, "USD billion", "actual"), ("Total TAM", 2027, 79.4, "USD billion", "estimate"),
             ("Total TAM", 2030, 159.3, "USD billion", "estimate")],
        claims=[("cagr", 31.0, "percent", 2024, 2030, None, "stated")],
        # (159.3 / 31.5) ** (1/6) - 1 = 31.01% -> 31.0 exact (bounds 159.25 / 31.55 .. 159.35 / 31.45: 30.97 .. 31.06);
        # 24.8 + 6.7 = 31.5, 61.5 + 17.9 = 79.4, 118.0 + 41.3 = 159.3
        verdicts=[("cagr", "exact"), ("hierarchy", "exact")]),
    dict(  # 34: a results release's segment table: fiscal-year columns, thousands commas, a change column, "(12)%"
        text="Sarnova Robotics - Revenue by segment (in millions of U.S. dollars)\n"
             "Segment              FY2024     FY2025     Change\n"
             "Data center AI      1,842.6    2,973.1       61%\n"
             "Edge devices          612.4      701.9       15%\n"
             "Licensing             118.0      104.2     (12)%\n"
             "Total               2,573.0    3,779.2       47%",
        obs=[("Data center AI", 2024, 1842.6, "USD million", "actual"),
             ("Data center AI", 2025, 2973.1, "USD million", "actual"),
             ("Edge devices", 2024, 612.4, "USD million", "actual"),
             ("Edge devices", 2025, 701.9, "USD million", "actual"),
             ("Licensing", 2024, 118.0, "USD million", "actual"), ("Licensing", 2025, 104.2, "USD million", "actual"),
             ("Total", 2024, 2573.0, "USD million", "actual"), ("Total", 2025, 3779.2, "USD million", "actual")],
        claims=[("growth", 61.0, "percent", 2024, 2025, 1.0), ("growth", 15.0, "percent", 2024, 2025, 1.0),
                ("growth", -12.0, "percent", 2024, 2025, 1.0), ("growth", 47.0, "percent", 2024, 2025, 1.0)],
        # 2973.1 / 1842.6 - 1 = 61.35% -> 61 exact; 701.9 / 612.4 - 1 = 14.61% -> 15 exact;
        # 104.2 / 118.0 - 1 = -11.69% -> -12 exact; 3779.2 / 2573.0 - 1 = 46.88% -> 47 exact (bounds within 0.1);
        # 1842.6 + 612.4 + 118.0 = 2573.0, 2973.1 + 701.9 + 104.2 = 3779.2
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact"), ("hierarchy", "exact")]),
    dict(  # 35: a European association's table in tabs: dots between thousands, decimal commas, "+5,2 %"
        text="Turnover by segment, EUR million (preliminary)\n"
             "Segment\t2023\t2024\tChange\n"
             "Industrial robotics\t4.187,2\t4.405,1\t+5,2 %\n"
             "Machine vision\t2.964,8\t3.118,6\t+5,2 %\n"
             "Integrated assembly\t8.316,5\t7.891,2\t-5,1 %\n"
             "Total\t15.468,5\t15.414,9\t-0,3 %",
        obs=[("Industrial robotics", 2023, 4187.2, "EUR million", "actual"),
             ("Industrial robotics", 2024, 4405.1, "EUR million", "actual"),
             ("Machine vision", 2023, 2964.8, "EUR million", "actual"),
             ("Machine vision", 2024, 3118.6, "EUR million", "actual"),
             ("Integrated assembly", 2023, 8316.5, "EUR million", "actual"),
             ("Integrated assembly", 2024, 7891.2, "EUR million", "actual"),
             ("Total", 2023, 15468.5, "EUR million", "actual"), ("Total", 2024, 15414.9, "EUR million", "actual")],
        claims=[("growth", 5.2, "percent", 2023, 2024, 1.0), ("growth", 5.2, "percent", 2023, 2024, 1.0),
                ("growth", -5.1, "percent", 2023, 2024, 1.0), ("growth", -0.3, "percent", 2023, 2024, 1.0)],
        # 4405.1 / 4187.2 - 1 = 5.20% -> 5.2 exact; 3118.6 / 2964.8 - 1 = 5.19% -> 5.2 exact;
        # 7891.2 / 8316.5 - 1 = -5.11% -> -5.1 exact; 15414.9 / 15468.5 - 1 = -0.35% -> -0.3 exact (bounds within 0.01);
        # 4187.2 + 2964.8 + 8316.5 = 15468.5, 4405.1 + 3118.6 + 7891.2 = 15414.9
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact"), ("hierarchy", "exact")]),
    dict(  # 36: a Traditional table of shipments in 萬台 by region, a 預估 column, a 年增 note under it
        text="全球AI伺服器出貨量（單位：萬台）\n"
             "地區          2023年    2024年    2025年(預估)\n"
             "北美            68.2      95.7     121.4\n"
             "中國大陸        27.5      38.1      49.6\n"
             "其他地區        22.9      31.4      43.0\n"
             "全球合計       118.6     165.2     214.0\n"
             "註：2024年全球出貨量年增39.3%。資料來源：晴川研究，2025年3月",
        obs=[("北美", 2023, 68.2, "count 10 thousand", "actual"), ("北美", 2024, 95.7, "count 10 thousand", "actual"),
             ("北美", 2025, 121.4, "count 10 thousand", "estimate"),
             ("中國大陸", 2023, 27.5, "count 10 thousand", "actual"),
             ("中國大陸", 2024, 38.1, "count 10 thousand", "actual"),
             ("中國大陸", 2025, 49.6, "count 10 thousand", "estimate"),
             ("其他地區", 2023, 22.9, "count 10 thousand", "actual"),
             ("其他地區", 2024, 31.4, "count 10 thousand", "actual"),
             ("其他地區", 2025, 43.0, "count 10 thousand", "estimate"),
             ("全球合計", 2023, 118.6, "count 10 thousand", "actual"),
             ("全球合計", 2024, 165.2, "count 10 thousand", "actual"),
             ("全球合計", 2025, 214.0, "count 10 thousand", "estimate")],
        claims=[("growth", 39.3, "percent", 2023, 2024, 1.0)],
        # 165.2 / 118.6 - 1 = 39.29% -> 39.3 exact (bounds 165.15 / 118.65 .. 165.25 / 118.55: 39.19 .. 39.39);
        # 68.2 + 27.5 + 22.9 = 118.6, 95.7 + 38.1 + 31.4 = 165.2, 121.4 + 49.6 + 43.0 = 214.0
        verdicts=[("cagr|implied", "exact"), ("hierarchy", "exact")]),
    dict(  # 37: a Japanese company's segment table in pipes, yen in the caption, a plan column, a margin row (none)
        text="Segment revenue and margin, FY2023-FY2025 (¥ billion unless stated)\n"
             "| | FY2023 | FY2024 | FY2025 (plan) |\n|---|---|---|---|\n"
             "| AI solutions | 84.6 | 112.3 | 140.0 |\n"
             "| Robotics | 51.2 | 57.9 | 63.0 |\n"
             "| Total revenue | 135.8 | 170.2 | 203.0 |\n"
             "| Operating margin | 8.1% | 9.4% | 10.5% |\n"
             "FY = fiscal year ending March. FY2025 is the company's plan.",
        obs=[("AI solutions", 2023, 84.6, "JPY billion", "actual"),
             ("AI solutions", 2024, 112.3, "JPY billion", "actual"),
             ("AI solutions", 2025, 140.0, "JPY billion", "estimate"),
             ("Robotics", 2023, 51.2, "JPY billion", "actual"), ("Robotics", 2024, 57.9, "JPY billion", "actual"),
             ("Robotics", 2025, 63.0, "JPY billion", "estimate"),
             ("Total revenue", 2023, 135.8, "JPY billion", "actual"),
             ("Total revenue", 2024, 170.2, "JPY billion", "actual"),
             ("Total revenue", 2025, 203.0, "JPY billion", "estimate")],
        claims=[],
        # 84.6 + 51.2 = 135.8, 112.3 + 57.9 = 170.2, 140.0 + 63.0 = 203.0
        verdicts=[("hierarchy", "exact")]),
    dict(  # 38: a vendor table in pipes with a footnote marker glued to a share; one share its amounts contradict
        text="Speech recognition software, vendor revenue 2024 (USD million)\n"
             "| Vendor | Revenue | Share |\n|---|---|---|\n"
             "| Auralis | 1,512.4 | 42.1%[3] |\n"
             "| Vocanta | 986.0 | 29.4% |\n"
             "| Others | 1,094.1 | 30.5% |\n"
             "| Total | 3,592.5 | 100.0% |\n"
             "[3] Includes licensing income from automotive partners.",
        obs=[("Auralis", 2024, 1512.4, "USD million", "actual"), ("Vocanta", 2024, 986.0, "USD million", "actual"),
             ("Others", 2024, 1094.1, "USD million", "actual"), ("Total", 2024, 3592.5, "USD million", "actual")],
        claims=[("share", 42.1, "percent", 2024, 2024, None), ("share", 29.4, "percent", 2024, 2024, None),
                ("share", 30.5, "percent", 2024, 2024, None)],
        # 1512.4 / 3592.5 = 42.10% -> 42.1 exact; 986.0 / 3592.5 = 27.45%, not 29.4 (bounds 27.44 .. 27.45);
        # 1094.1 / 3592.5 = 30.46% -> 30.5 exact (bounds 30.45 .. 30.46); 1512.4 + 986.0 + 1094.1 = 3592.5
        verdicts=[("arithmetic", "exact"), ("arithmetic", "inconsistent"), ("arithmetic", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 39: a Chinese table in pipes, the unit in the caption, a 占比 column and a 合计 row at 100%
        text="表4 2024年我国AI医疗细分市场规模及占比（单位：亿元）\n"
             "| 细分领域 | 市场规模 | 占比 |\n|---|---|---|\n"
             "| 医学影像 | 58.6 | 35.2% |\n"
             "| 辅助诊断 | 41.3 | 24.8% |\n"
             "| 药物研发 | 27.9 | 16.8% |\n"
             "| 健康管理 | 38.7 | 23.2% |\n"
             "| 合计 | 166.5 | 100% |",
        obs=[("医学影像", 2024, 58.6, "CNY 100 million", "actual"), ("辅助诊断", 2024, 41.3, "CNY 100 million", "actual"),
             ("药物研发", 2024, 27.9, "CNY 100 million", "actual"), ("健康管理", 2024, 38.7, "CNY 100 million", "actual"),
             ("合计", 2024, 166.5, "CNY 100 million", "actual")],
        claims=[("share", 35.2, "percent", 2024, 2024, None), ("share", 24.8, "percent", 2024, 2024, None),
                ("share", 16.8, "percent", 2024, 2024, None), ("share", 23.2, "percent", 2024, 2024, None)],
        # 58.6 / 166.5 = 35.20% (bounds 35.15 .. 35.24); 41.3 / 166.5 = 24.80% (24.77 .. 24.84);
        # 27.9 / 166.5 = 16.76% (16.72 .. 16.79); 38.7 / 166.5 = 23.24% (23.21 .. 23.28): all exact;
        # 58.6 + 41.3 + 27.9 + 38.7 = 166.5
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 40: China and the world in one table (never summed), whole numbers, an E column and a CAGR column
        text="AI服务器市场规模（亿美元）\n"
             "区域      2023年    2024年    2027年E    2024-2027年CAGR\n"
             "中国         87       126       268         28.8%\n"
             "全球        403       612     1,290         28.2%\n"
             "注：E为预测值。",
        obs=[("中国", 2023, 87.0, "USD 100 million", "actual"), ("中国", 2024, 126.0, "USD 100 million", "actual"),
             ("中国", 2027, 268.0, "USD 100 million", "estimate"),
             ("全球", 2023, 403.0, "USD 100 million", "actual"), ("全球", 2024, 612.0, "USD 100 million", "actual"),
             ("全球", 2027, 1290.0, "USD 100 million", "estimate")],
        claims=[("cagr", 28.8, "percent", 2024, 2027, None, "stated"),
                ("cagr", 28.2, "percent", 2024, 2027, None, "stated")],
        # (268 / 126) ** (1/3) - 1 = 28.60%, not 28.8; bounds 267.5 / 126.5 .. 268.5 / 125.5: 28.35 .. 28.85: rounding;
        # (1290 / 612) ** (1/3) - 1 = 28.22% -> 28.2 exact (bounds 1289.5 / 612.5 .. 1290.5 / 611.5: 28.17 .. 28.27)
        verdicts=[("cagr", "rounding"), ("cagr", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 5, "rounding": 4, "exact": 40}
#: sources, wordings and the marks of how their text arrives that the set is meant to cover
FORMS = (
    'Worldwide spending on',
    'five-year CAGR of',
    'mar-\nket',
    '$4.2 billion¹',
    '42.1%[3]',
    'our base case',
    'we estimate',
    'bear case',
    'fiscal 2025',
    'FY2024',
    'quarter-on-quarter',
    'by 2027 the core AI industry will exceed',
    'EUR 4 812,6 million',
    '4.187,2',
    '1.234',
    '7,9 %',
    '\u00a0billion',
    'restated',
    'between $27 billion and $31 billion',
    'nine hundred million dollars',
    '¥48.2 billion',
    'trillion won',
    'INR 412 billion',
    '(12)%',
    'Operating margin',
    'Adoption',
    '规模以上',
    '主营业务收入',
    '１４．２％',
    '个百分点',
    '环比',
    '力争到2027年',
    '翻一番',
    '我们测算',
    '新台幣',
    '亿日元',
    '年複合成長率',
    '普及率',
    '单位：亿元',
    '萬台',
    '\t',
)
#: read blind once: figures 100/152 (66%), rates 38/50 (76%), verdicts 43/62 (69%), false inconsistent 0. Then
#: mended, each with a test of its own: European numbers ("4.187,2", "4 812,6") in prose and tables; a caption "in
#: millions of U.S. dollars"; footnote marks in brackets after figures; a year column marked as a plan; a stated
#: length counted on from the amount a CAGR grows from; a sentence's end stopping a subject; bear and bull cases as
#: asides; "of which China accounted for $3.9 billion, or 26.4%"; a survey's clauses, not its sentence's amounts;
#: "上年同期为…" after a year-on-year rate; amounts listed after 其中 as parts. These floors hold what that gave. Left:
#: "1.234 robots" (a point as a thousands separator with no decimal comma is ambiguous), a ¥ read as yuan where
#: only a fiscal year ending in March hints at yen, a bound ("will exceed 1 trillion yuan", "有望突破600亿元") kept
#: as a bound, a series kept in one unit, and parts listed in prose not summed against their whole.
#: Raised when parts named side by side with their verb said once were read.
FLOORS = {"figures_found": 146, "rates_found": 49, "verdicts_right": 57}


if __name__ == "__main__":  # python tests/extract_checkset13.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
