"""A seventeenth check set for the extractor, written blind: text as analysts receive it, messy and in pieces, and
the long tail of how it phrases a market's figures.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: text pasted from PDF reports (a sentence broken across lines, a word hyphenated
at a line end, a running page header between two halves of a sentence, footnote marks after figures, a table's
caption parted from its table by a paragraph); slide-deck bullets with no verb ("AI PC shipments: 48M (2024) →
167M (2028E)"); interviews and Q&A in English and Chinese (Q:/A:, 问：/答：, "today", 今年, 明年); academic papers and
policy briefs citing sizes with a bracketed citation ("(Ashford, 2023)", "[14]"); provincial action plans with
targets (到2027年, 突破, 力争, 年均增长...以上); European releases with decimal commas ("EUR 4,2 billion", "bn");
Hong Kong and Taiwan news in Traditional Chinese (據, 預估, 年增, 年複合成長率, 萬台); and tables pasted from PDFs:
space-aligned with a units line and a "Source:" line, one with a half-year column, one with years as rows, tab and
pipe tables, a share column and a CAGR column. Growth is stated as a CAGR, year on year, "3.5-fold", "doubled",
增长2倍 (grew by twice over: x3) and 翻两番 (quadrupled: x4); there are restated figures, two markets in one
snippet, parts with amounts and shares, percentages that are no share (margins, adoption, survey answers, 渗透率,
国产化率) and amounts in yen, euros and pounds. Markets vary (AI PCs, AI smartphones, AI chips, machine translation,
AI in logistics, AI in energy, smart cities, AI in agriculture, AIGC, AI compute, AI in finance, service robots,
AI in legal services); publishers and companies are invented, the sentences are the project's own and the figures
plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). A second market named beside the first is an item of
its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in
its printed unit. A range gives two ``value`` claims for its year. Boilerplate figures (datelines, page numbers,
citation years and reference numbers, footnote marks, counts of firms surveyed) are expected nowhere; so are a
half year's figure beside yearly ones, the figure a restatement replaces, a rough conversion into another currency,
and a percentage that is no share of the market (a margin, a penetration or localisation rate, adoption, a survey's
answer). A target (到2027年...突破, 力争) is an ``estimate`` at its printed figure. "Today" / 今年 is the dateline's
year, "last year" / 去年 the year before, 明年 the year after. A share is ("share", N, "percent", YEAR, YEAR, None);
a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is ``stated`` when its span is
printed, ``inferred`` when only the years of its amounts give it (its verdict then read as ``cagr|period``); a
year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a multiple between two years carries their
distance and gets no verdict. The base of a forecast is ``actual``; a figure a forecast cue governs (expects,
forecast, projected, 预计, 預估), an E or F column, or a year after the dateline's, ``estimate``. A share whose part
and whole are printed gets an ``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a
table whose rows add to its total row a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the
printed one, ``rounding`` when only some reading of the printed inputs (each at half its last digit either way)
reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the arithmetic and its bounds in
the comment beside each verdict. ``python tests/extract_checkset17.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: pasted from a PDF: a sentence broken across lines, a hyphenated word, a running header in between
        text="Halden Partners, Logistics Outlook 2025, published 9 April 2025\n"
             "The global market for AI in logis-\n"
             "tics reached USD 14.6 billion in 2024 and is forecast to\n"
             "HALDEN PARTNERS -- LOGISTICS OUTLOOK 2025 -- PAGE 12\n"
             "reach USD 41.9 billion by 2030, a CAGR of 19.2% over 2024-2030. Fewer than a third of the\n"
             "carriers we interviewed run route optimisation in production.",
        obs=[("Total", 2024, 14.6, "USD billion", "actual"), ("Total", 2030, 41.9, "USD billion", "estimate")],
        claims=[("cagr", 19.2, "percent", 2024, 2030, None, "stated")],
        # (41.9 / 14.6) ** (1/6) - 1 = 19.21% -> 19.2 exact (bounds 41.85 / 14.65 .. 41.95 / 14.55: 19.12 .. 19.30)
        verdicts=[("cagr", "exact")]),
    dict(  # 2: slide-deck bullets with no verb: "48M (2024) → 167M (2028E)", a CAGR bullet; an attach rate (none)
        text="Investor Day 2025 -- Slide 7: The AI PC opportunity\n"
             "- AI PC shipments: 48M (2024) → 167M (2028E)\n"
             "- Implied CAGR: ~37%\n"
             "- Attach rate of NPU-equipped designs: 60% of premium notebooks by 2027\n"
             "- Our design wins: 11 of the top 15 OEM platforms",
        obs=[("Total", 2024, 48.0, "count million", "actual"), ("Total", 2028, 167.0, "count million", "estimate")],
        claims=[("cagr", 37.0, "percent", 2024, 2028, None, "inferred")],
        # (167 / 48) ** (1/4) - 1 = 36.57% -> 37 exact (bounds 166.5 / 48.5 .. 167.5 / 47.5: 36.12 .. 37.03)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 3: an interview: Q and A, "today" the dateline's year, "heading for"; a rate in words beside it
        text="Interview, 2 October 2025. Q: How big is the market for AI in financial services right now? "
             "A: Roughly $30 billion today, heading for $100 billion by 2030. That works out at about 27% a year, "
             "and I think banks, not insurers, will do most of the spending. Q: And your own share? A: Small. "
             "We have 140 clients.",
        obs=[("Total", 2025, 30.0, "USD billion", "actual"), ("Total", 2030, 100.0, "USD billion", "estimate")],
        claims=[("cagr", 27.0, "percent", 2025, 2030, None, "inferred")],
        # (100 / 30) ** (1/5) - 1 = 27.23% -> 27 exact (bounds 99.5 / 30.5 .. 100.5 / 29.5: 26.68 .. 27.78)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 4: an academic paper: bracketed citations, a citation year and a reference number (none)
        text="2. Background\n"
             "Commercial machine translation has grown well beyond its research origins. The market was valued at "
             "USD 1.1 billion in 2022 (Ashford, 2023) and is expected to reach USD 3.4 billion by 2030 [14], a "
             "compound annual growth rate of roughly 15%. Adoption among translation agencies stood at 71% in a "
             "2023 survey of 212 firms [15].",
        obs=[("Total", 2022, 1.1, "USD billion", "actual"), ("Total", 2030, 3.4, "USD billion", "estimate")],
        claims=[("cagr", 15.0, "percent", 2022, 2030, None, "inferred")],
        # (3.4 / 1.1) ** (1/8) - 1 = 15.15% -> 15 exact (bounds 3.35 / 1.15 .. 3.45 / 1.05: 14.30 .. 16.03)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 5: a European release in English: decimal commas, "bn"; an adoption rate (none)
        text="Brussels, 14 March 2025 -- Europe's market for artificial intelligence in the energy sector reached "
             "EUR 4,2 billion in 2024, up 23,5% from EUR 3,4 bn in 2023, according to figures released today by the "
             "European Grid Analytics Association. Some 38% of distribution system operators now use AI for load "
             "forecasting.",
        obs=[("Total", 2024, 4.2, "EUR billion", "actual"), ("Total", 2023, 3.4, "EUR billion", "actual")],
        claims=[("growth", 23.5, "percent", 2023, 2024, 1.0)],
        # 4.2 / 3.4 - 1 = 23.53% -> 23.5 exact (bounds 4.15 / 3.45 .. 4.25 / 3.35: 20.29 .. 26.87)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: two markets in one snippet, never merged: AI smartphones (the Total) and AI PCs (its own item)
        text="Shenwick Devices Tracker, 21 January 2025: Generative AI smartphone shipments rose to 234 million "
             "units in 2024 and are expected to reach 912 million units in 2028. AI PCs, a separate market we track "
             "on its own, came to 43 million units in 2024.",
        obs=[("Total", 2024, 234.0, "count million", "actual"), ("Total", 2028, 912.0, "count million", "estimate"),
             ("AI PCs", 2024, 43.0, "count million", "actual")],
        claims=[],
        verdicts=[]),
    dict(  # 7: a restated figure: the replaced one is none; a forecast and its stated CAGR
        text="Corrigendum, 5 May 2025. Lexbridge Research has revised its estimate of the 2024 market for AI in "
             "legal services from $9.1 billion to $8.6 billion after removing e-discovery hosting fees. The "
             "forecast of $25.3 billion in 2030 is unchanged, which now implies a 2024-2030 CAGR of 19.7%.",
        obs=[("Total", 2024, 8.6, "USD billion", "actual"), ("Total", 2030, 25.3, "USD billion", "estimate")],
        claims=[("cagr", 19.7, "percent", 2024, 2030, None, "stated")],
        # (25.3 / 8.6) ** (1/6) - 1 = 19.70% -> 19.7 exact (bounds 25.25 / 8.65 .. 25.35 / 8.55: 19.55 .. 19.86)
        verdicts=[("cagr", "exact")]),
    dict(  # 8: parts of a market with their amounts and shares
        text="Smart cities spending report, Orlen Grey Advisory, June 2025. Worldwide spending on smart city "
             "platforms totalled $52.4 billion in 2024. Video surveillance analytics was the largest part at "
             "$19.1 billion, or 36.5% of the total, followed by traffic management at $11.3 billion (21.6%).",
        obs=[("Total", 2024, 52.4, "USD billion", "actual"),
             ("Video surveillance analytics", 2024, 19.1, "USD billion", "actual"),
             ("Traffic management", 2024, 11.3, "USD billion", "actual")],
        claims=[("share", 36.5, "percent", 2024, 2024, None), ("share", 21.6, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact"),  # 19.1 / 52.4 = 36.45% -> 36.5 (bounds 19.05 / 52.45 .. 19.15 / 52.35:
                  # 36.32 .. 36.58)
                  ("arithmetic", "exact")]),  # 11.3 / 52.4 = 21.56% -> 21.6 (bounds 11.25 / 52.45 .. 11.35 / 52.35:
                  # 21.45 .. 21.68)
    dict(  # 9: figures in words and a doubling with no printed second amount
        text="Field notes, September 2025: The market for AI in agriculture was worth about four billion dollars "
             "in 2024, and most of the growers' cooperatives we spoke to expect it to double by 2028 as yield "
             "models move from pilots to whole farms. Two in five of them already buy satellite crop scoring.",
        obs=[("Total", 2024, 4.0, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2024, 2028, 4.0)],
        verdicts=[]),
    dict(  # 10: percentages that are no share: a margin and a survey answer; a year-on-year rate with its base
        text="Marlow Robotics Review, 12 February 2026 -- The service robot market grew 18% year on year to "
             "$23.8 billion in 2025, from $20.1 billion in 2024. Operating margins across the listed vendors "
             "averaged 12%, and 35% of the hotel groups surveyed said they plan to add delivery robots this year.",
        obs=[("Total", 2025, 23.8, "USD billion", "actual"), ("Total", 2024, 20.1, "USD billion", "actual")],
        claims=[("growth", 18.0, "percent", 2024, 2025, 1.0)],
        # 23.8 / 20.1 - 1 = 18.41% -> 18 exact (bounds 23.75 / 20.15 .. 23.85 / 20.05: 17.87 .. 18.95)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 11: a stated CAGR its two amounts contradict
        text="PRESS RELEASE -- Calloway Market Intelligence, 30 July 2024. The AIGC market will grow from "
             "$12.4 billion in 2023 to $86.0 billion in 2028, a CAGR of 52.3% over the forecast period, driven by "
             "image and video generation for marketing teams.",
        obs=[("Total", 2023, 12.4, "USD billion", "actual"), ("Total", 2028, 86.0, "USD billion", "estimate")],
        claims=[("cagr", 52.3, "percent", 2023, 2028, None, "inferred")],
        # (86.0 / 12.4) ** (1/5) - 1 = 47.30%; bounds 85.95 / 12.45 .. 86.05 / 12.35: 47.17 .. 47.44, nowhere near
        # 52.3
        verdicts=[("cagr|period", "inconsistent")]),
    dict(  # 12: "3.5-fold" between two printed amounts
        text="Sales of AI chips grew 3.5-fold from $17 billion in 2021 to $60 billion in 2024, according to "
             "Tessaly Semiconductor Watch (report dated 3 March 2025), as hyperscalers bought accelerators for "
             "training clusters.",
        obs=[("Total", 2021, 17.0, "USD billion", "actual"), ("Total", 2024, 60.0, "USD billion", "actual")],
        claims=[("multiple", 3.5, "multiple", 2021, 2024, 3.0)],  # 60 / 17 = 3.53 -> 3.5
        verdicts=[]),
    dict(  # 13: a policy brief in pounds with a bracketed author-year citation
        text="Policy brief No. 7, November 2025\n"
             "The UK market for AI in financial services was worth £3.8 billion in 2024 (Whitcombe and Rao, 2025) "
             "and is projected to reach £9.6 billion by 2029, a 20.4% compound annual growth rate. Regulators "
             "should plan for that scale.",
        obs=[("Total", 2024, 3.8, "GBP billion", "actual"), ("Total", 2029, 9.6, "GBP billion", "estimate")],
        claims=[("cagr", 20.4, "percent", 2024, 2029, None, "inferred")],
        # (9.6 / 3.8) ** (1/5) - 1 = 20.36% -> 20.4 exact (bounds 9.55 / 3.85 .. 9.65 / 3.75: 19.92 .. 20.81)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 14: PDF footnote marks after figures, and the footnotes themselves
        text="Edge AI chip revenue was $6.3bn¹ in 2024 and we forecast $18.7bn² in 2029, a five-year CAGR of "
             "24.3%.\n"
             "¹ Includes automotive SoCs. ² Base case; see Appendix B, page 41.",
        obs=[("Total", 2024, 6.3, "USD billion", "actual"), ("Total", 2029, 18.7, "USD billion", "estimate")],
        claims=[("cagr", 24.3, "percent", 2024, 2029, None, "inferred")],
        # (18.7 / 6.3) ** (1/5) - 1 = 24.31% -> 24.3 exact (bounds 18.65 / 6.35 .. 18.75 / 6.25: 24.05 .. 24.57)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 15: "doubled" between two printed amounts
        text="Counsel & Code newsletter, 18 March 2025: Revenue from AI tools sold to law firms doubled from "
             "$1.6 billion in 2022 to $3.2 billion in 2024. Contract review remains the first use case, cited by "
             "64% of the general counsel we asked.",
        obs=[("Total", 2022, 1.6, "USD billion", "actual"), ("Total", 2024, 3.2, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0)],  # 3.2 / 1.6 = 2
        verdicts=[]),
    dict(  # 16: yen with a rough dollar conversion (none), fiscal years, a year-on-year rate with its base
        text="Tokyo, 11 June 2025 -- Japan's market for AI in agriculture reached ¥68.5 billion in fiscal 2024 "
             "(about $450 million), up 12.1% from ¥61.1 billion in fiscal 2023, Kagawa Field Research said.",
        obs=[("Total", 2024, 68.5, "JPY billion", "actual"), ("Total", 2023, 61.1, "JPY billion", "actual")],
        claims=[("growth", 12.1, "percent", 2023, 2024, 1.0)],
        # 68.5 / 61.1 - 1 = 12.11% -> 12.1 exact (bounds 68.45 / 61.15 .. 68.55 / 61.05: 11.94 .. 12.29)
        verdicts=[("cagr|implied", "exact")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: a provincial action plan: a base year, a target (突破) and a lower-bound yearly rate (年均增长...以上)
        text="《某省推动人工智能产业高质量发展行动计划（2025—2027年）》印发。2024年，全省人工智能核心产业规模为580亿元。"
             "到2027年，全省人工智能核心产业规模突破1000亿元，力争年均增长20%以上，培育10家以上领军企业。",
        obs=[("Total", 2024, 580.0, "CNY 100 million", "actual"),
             ("Total", 2027, 1000.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 20.0, "percent", 2024, 2027, None, "inferred")],
        # (1000 / 580) ** (1/3) - 1 = 19.91% -> 20 exact (bounds 999.5 / 580.5 .. 1000.5 / 579.5: 19.86 .. 19.96)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 18: AI compute: 同比增长 with the base year printed; a count of data centres (none)
        text="（2025年3月20日）据某算力产业联盟发布的年度报告，2024年我国智能算力市场规模达到2,600亿元，同比增长35.4%，"
             "2023年为1,920亿元。报告统计的在建智算中心共有43个。",
        obs=[("Total", 2024, 2600.0, "CNY 100 million", "actual"),
             ("Total", 2023, 1920.0, "CNY 100 million", "actual")],
        claims=[("growth", 35.4, "percent", 2023, 2024, 1.0)],
        # 2600 / 1920 - 1 = 35.42% -> 35.4 exact (bounds 2599.5 / 1920.5 .. 2600.5 / 1919.5: 35.35 .. 35.48)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 19: 翻两番 (quadrupled) between two printed amounts
        text="2024年6月，某研究院发布报告称，2023年中国AIGC市场规模为143亿元，预计到2027年将翻两番，达到约570亿元。",
        obs=[("Total", 2023, 143.0, "CNY 100 million", "actual"),
             ("Total", 2027, 570.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2023, 2027, 4.0)],  # 570 / 143 = 3.99 -> 4
        verdicts=[]),
    dict(  # 20: 增长2倍 (grew by twice over: x3) between two printed amounts
        text="某物流研究中心2025年1月的报告显示，人工智能在物流领域的应用市场规模从2021年的80亿元增长到2024年的240亿元，"
             "三年增长2倍。",
        obs=[("Total", 2021, 80.0, "CNY 100 million", "actual"), ("Total", 2024, 240.0, "CNY 100 million", "actual")],
        claims=[("multiple", 3.0, "multiple", 2021, 2024, 3.0)],  # 240 / 80 = 3
        verdicts=[]),
    dict(  # 21: AI chips: 同比增长 with its base; 国产化率 and a gross margin (none)
        text="研究机构某芯智库2025年2月发布数据：2024年中国AI芯片市场规模为1,412亿元，同比增长32.6%，2023年为1,065亿元。"
             "其中国产化率约为30%，行业平均毛利率为45%。",
        obs=[("Total", 2024, 1412.0, "CNY 100 million", "actual"),
             ("Total", 2023, 1065.0, "CNY 100 million", "actual")],
        claims=[("growth", 32.6, "percent", 2023, 2024, 1.0)],
        # 1412 / 1065 - 1 = 32.58% -> 32.6 exact (bounds 1411.5 / 1065.5 .. 1412.5 / 1064.5: 32.47 .. 32.69)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 22: smart cities: a part with its amount and 占比
        text="2025年5月，某咨询公司发布报告：2024年中国智慧城市市场规模为2,480亿元，其中智慧交通720亿元，占比29.0%。"
             "受访城市中有62%已建成城市大脑平台。",
        obs=[("Total", 2024, 2480.0, "CNY 100 million", "actual"),
             ("智慧交通", 2024, 720.0, "CNY 100 million", "actual")],
        claims=[("share", 29.0, "percent", 2024, 2024, None)],
        # 720 / 2480 = 29.03% -> 29.0 exact (bounds 719.5 / 2480.5 .. 720.5 / 2479.5: 29.01 .. 29.06)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 23: an interview in Chinese: 问/答, 今年 and 明年 from the dateline, 增长...左右
        text="（2025年11月8日专访）问：今年AI金融市场有多大？答：今年是380亿元左右，明年大概能到450亿元，增长18%左右。"
             "问：贵公司客户数？答：目前服务了60多家银行。",
        obs=[("Total", 2025, 380.0, "CNY 100 million", "actual"),
             ("Total", 2026, 450.0, "CNY 100 million", "estimate")],
        claims=[("growth", 18.0, "percent", 2025, 2026, 1.0)],
        # 450 / 380 - 1 = 18.42% -> 18 exact (bounds 449.5 / 380.5 .. 450.5 / 379.5: 18.13 .. 18.71)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 24: Hong Kong news in Traditional Chinese: 據, 億美元, 年複合成長率 with its span printed
        text="【本報訊】2025年4月2日，據研究機構某智庫預測，全球AI伺服器市場規模將由2024年的1,250億美元，"
             "增至2028年的2,980億美元，2024至2028年年複合成長率達24.3%。",
        obs=[("Total", 2024, 1250.0, "USD 100 million", "actual"),
             ("Total", 2028, 2980.0, "USD 100 million", "estimate")],
        claims=[("cagr", 24.3, "percent", 2024, 2028, None, "stated")],
        # (2980 / 1250) ** (1/4) - 1 = 24.26% -> 24.3 exact (bounds 2979.5 / 1250.5 .. 2980.5 / 1249.5: 24.24 .. 24.28)
        verdicts=[("cagr", "exact")]),
    dict(  # 25: Taiwanese news in Traditional Chinese: 萬台, 預估, 年增 within rounding only
        text="（2025年9月15日）市調機構預估，今年台灣AI PC出貨量將達57.2萬台，年增52.6%，去年為37.5萬台。"
             "業者表示，商用機種占比逐步提高。",
        obs=[("Total", 2025, 57.2, "count 10 thousand", "estimate"),
             ("Total", 2024, 37.5, "count 10 thousand", "actual")],
        claims=[("growth", 52.6, "percent", 2024, 2025, 1.0)],
        # 57.2 / 37.5 - 1 = 52.53%, not 52.6; bounds 57.15 / 37.55 .. 57.25 / 37.45: 52.20 .. 52.87
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 26: Traditional Chinese: service robots, 產值 in 億元人民幣, a stated span, a penetration rate (none)
        text="2025年7月，某產業研究所發布報告指出，中國服務機器人市場規模2024年為126億元人民幣，預計2027年將達245億元人民幣，"
             "2024至2027年年均複合成長率為24.8%。餐飲業滲透率目前僅約8%。",
        obs=[("Total", 2024, 126.0, "CNY 100 million", "actual"),
             ("Total", 2027, 245.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 24.8, "percent", 2024, 2027, None, "stated")],
        # (245 / 126) ** (1/3) - 1 = 24.81% -> 24.8 exact (bounds 244.5 / 126.5 .. 245.5 / 125.5: 24.57 .. 25.07)
        verdicts=[("cagr", "exact")]),
    dict(  # 27: AI in legal services: a stated CAGR its amounts contradict
        text="据某法律科技研究院2025年3月发布的报告，2024年中国智慧法律服务市场规模约为58.6亿元，"
             "预计2028年达到142.5亿元，2024—2028年年均复合增长率为26.9%。",
        obs=[("Total", 2024, 58.6, "CNY 100 million", "actual"),
             ("Total", 2028, 142.5, "CNY 100 million", "estimate")],
        claims=[("cagr", 26.9, "percent", 2024, 2028, None, "stated")],
        # (142.5 / 58.6) ** (1/4) - 1 = 24.88%; bounds 142.45 / 58.65 .. 142.55 / 58.55: 24.84 .. 24.91, nowhere
        # near 26.9
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 28: AI in agriculture: 渗透率 (none); a year-on-year rate within rounding only
        text="2025年4月，某农业信息中心发布数据：2024年我国智慧农业人工智能应用市场规模为118.0亿元，同比增长22.3%，"
             "2023年为96.4亿元；大田作物的AI技术渗透率约为11%。",
        obs=[("Total", 2024, 118.0, "CNY 100 million", "actual"),
             ("Total", 2023, 96.4, "CNY 100 million", "actual")],
        claims=[("growth", 22.3, "percent", 2023, 2024, 1.0)],
        # 118.0 / 96.4 - 1 = 22.41%, not 22.3; bounds 117.95 / 96.45 .. 118.05 / 96.35: 22.29 .. 22.52
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 29: machine translation in 亿美元: a year-on-year rate within rounding only; two-decimal amounts
        text="某语言服务协会2025年2月发布报告称，2024年全球机器翻译市场规模为2.90亿美元，较2023年的2.35亿美元增长23.6%。",
        obs=[("Total", 2024, 2.9, "USD 100 million", "actual"), ("Total", 2023, 2.35, "USD 100 million", "actual")],
        claims=[("growth", 23.6, "percent", 2023, 2024, 1.0)],
        # 2.90 / 2.35 - 1 = 23.40%, not 23.6; bounds 2.895 / 2.355 .. 2.905 / 2.345: 22.93 .. 23.88
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 30: AI in energy: two markets in one snippet (电力 the Total, 油气 its own item); a stated CAGR
        text="某能源研究院2025年6月预计，电力行业人工智能市场规模将从2024年的96亿元增长到2026年的168亿元，"
             "年均复合增长率32.3%；油气行业人工智能市场2024年规模为41亿元。",
        obs=[("Total", 2024, 96.0, "CNY 100 million", "actual"),
             ("Total", 2026, 168.0, "CNY 100 million", "estimate"),
             ("油气行业人工智能市场", 2024, 41.0, "CNY 100 million", "actual")],
        claims=[("cagr", 32.3, "percent", 2024, 2026, None, "inferred")],
        # (168 / 96) ** (1/2) - 1 = 32.29% -> 32.3 exact (bounds 167.5 / 96.5 .. 168.5 / 95.5: 31.75 .. 32.83)
        verdicts=[("cagr|period", "exact")]),
    # ------------------------------------------------------------------------------------------------ tables (31-40)
    dict(  # 31: a space-aligned table pasted from a PDF: a units line, an E column, a total row, a "Source:" line
        text="Exhibit 4: AI in logistics, revenue by application\n"
             "Units: USD million\n"
             "Application                2023      2024     2025E\n"
             "Warehouse automation      1,240     1,580     1,990\n"
             "Route optimisation          860     1,050     1,290\n"
             "Demand forecasting          410       520       660\n"
             "Total                     2,510     3,150     3,940\n"
             "Source: Halvard Analytics estimates, March 2025",
        obs=[("Warehouse automation", 2023, 1240.0, "USD million", "actual"),
             ("Warehouse automation", 2024, 1580.0, "USD million", "actual"),
             ("Warehouse automation", 2025, 1990.0, "USD million", "estimate"),
             ("Route optimisation", 2023, 860.0, "USD million", "actual"),
             ("Route optimisation", 2024, 1050.0, "USD million", "actual"),
             ("Route optimisation", 2025, 1290.0, "USD million", "estimate"),
             ("Demand forecasting", 2023, 410.0, "USD million", "actual"),
             ("Demand forecasting", 2024, 520.0, "USD million", "actual"),
             ("Demand forecasting", 2025, 660.0, "USD million", "estimate"),
             ("Total", 2023, 2510.0, "USD million", "actual"), ("Total", 2024, 3150.0, "USD million", "actual"),
             ("Total", 2025, 3940.0, "USD million", "estimate")],
        claims=[],
        # 1,240 + 860 + 410 = 2,510; 1,580 + 1,050 + 520 = 3,150; 1,990 + 1,290 + 660 = 3,940
        verdicts=[("hierarchy", "exact")]),
    dict(  # 32: a half-year column beside yearly ones (none); regions adding to the total; a growth line
        text="AI smartphone shipments by region (million units)\n"
             "Region            2024    1H2025    2025E\n"
             "China             98.0      61.2    146.0\n"
             "Rest of world    136.0      79.5    224.0\n"
             "Total            234.0     140.7    370.0\n"
             "Total growth 2025E: 58.1%\n"
             "Source: Pellham Mobile Research, August 2025",
        obs=[("China", 2024, 98.0, "count million", "actual"), ("China", 2025, 146.0, "count million", "estimate"),
             ("Rest of world", 2024, 136.0, "count million", "actual"),
             ("Rest of world", 2025, 224.0, "count million", "estimate"),
             ("Total", 2024, 234.0, "count million", "actual"), ("Total", 2025, 370.0, "count million", "estimate")],
        claims=[("growth", 58.1, "percent", 2024, 2025, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 98.0 + 136.0 = 234.0; 146.0 + 224.0 = 370.0
                  ("cagr|implied", "exact")]),  # 370.0 / 234.0 - 1 = 58.12% -> 58.1 (bounds 369.95 / 234.05 ..
                  # 370.05 / 233.95: 58.06 .. 58.17)
    dict(  # 33: a vertical table with years as rows, headed by its unit only, decimal commas, a YoY column, a CAGR line
        text="AI in the energy sector, EU-27\n"
             "Year      EUR m      YoY\n"
             "2022      412,6        -\n"
             "2023      538,0    30,4%\n"
             "2024      701,3    30,4%\n"
             "2025F     905,0    31,0%\n"
             "CAGR 2022-2025F: 29,9%\n"
             "Source: Nordvik Energy Data, 2025",
        obs=[("Total", 2022, 412.6, "EUR million", "actual"), ("Total", 2023, 538.0, "EUR million", "actual"),
             ("Total", 2024, 701.3, "EUR million", "actual"), ("Total", 2025, 905.0, "EUR million", "estimate")],
        claims=[("growth", 30.4, "percent", 2022, 2023, 1.0), ("growth", 30.4, "percent", 2023, 2024, 1.0),
                ("growth", 31.0, "percent", 2024, 2025, 1.0), ("cagr", 29.9, "percent", 2022, 2025, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 538.0 / 412.6 - 1 = 30.39% -> 30.4 (bounds 30.36 .. 30.42)
                  ("cagr|implied", "exact"),  # 701.3 / 538.0 - 1 = 30.35% -> 30.4 (bounds 30.33 .. 30.37)
                  ("cagr|implied", "inconsistent"),  # 905.0 / 701.3 - 1 = 29.05%; bounds 904.95 / 701.35 ..
                  # 905.05 / 701.25: 29.03 .. 29.06, nowhere near 31.0
                  ("cagr", "exact")]),  # (905.0 / 412.6) ** (1/3) - 1 = 29.93% -> 29.9 (bounds 29.92 .. 29.94)
    dict(  # 34: a Traditional Chinese table: 單位 line, 預估 column, a total row (合計), a growth line
        text="台灣伺服器產值\n"
             "單位：億美元\n"
             "項目          2023年    2024年    2025年（預估）\n"
             "AI伺服器        310       560       780\n"
             "一般伺服器      420       390       400\n"
             "合計            730       950      1180\n"
             "AI伺服器2024年年增率：80.6%\n"
             "資料來源：某產業研究中心",
        obs=[("AI伺服器", 2023, 310.0, "USD 100 million", "actual"),
             ("AI伺服器", 2024, 560.0, "USD 100 million", "actual"),
             ("AI伺服器", 2025, 780.0, "USD 100 million", "estimate"),
             ("一般伺服器", 2023, 420.0, "USD 100 million", "actual"),
             ("一般伺服器", 2024, 390.0, "USD 100 million", "actual"),
             ("一般伺服器", 2025, 400.0, "USD 100 million", "estimate"),
             ("合計", 2023, 730.0, "USD 100 million", "actual"), ("合計", 2024, 950.0, "USD 100 million", "actual"),
             ("合計", 2025, 1180.0, "USD 100 million", "estimate")],
        claims=[("growth", 80.6, "percent", 2023, 2024, 1.0)],
        verdicts=[("hierarchy", "exact"),  # 310 + 420 = 730; 560 + 390 = 950; 780 + 400 = 1180
                  ("cagr|implied", "exact")]),  # 560 / 310 - 1 = 80.65% -> 80.6 (bounds 559.5 / 310.5 .. 560.5 /
                  # 309.5: 80.19 .. 81.10)
    dict(  # 35: a Chinese table with a 占比 column: one share its amounts contradict
        text="表3  2024年中国AI+金融市场结构\n"
             "细分领域      规模（亿元）    占比\n"
             "银行            412.0       56.4%\n"
             "保险            186.5       25.5%\n"
             "证券            131.5       19.0%\n"
             "合计            730.0        100%\n"
             "数据来源：某金融科技研究院",
        obs=[("银行", 2024, 412.0, "CNY 100 million", "actual"), ("保险", 2024, 186.5, "CNY 100 million", "actual"),
             ("证券", 2024, 131.5, "CNY 100 million", "actual"), ("合计", 2024, 730.0, "CNY 100 million", "actual")],
        claims=[("share", 56.4, "percent", 2024, 2024, None), ("share", 25.5, "percent", 2024, 2024, None),
                ("share", 19.0, "percent", 2024, 2024, None)],
        verdicts=[("hierarchy", "exact"),  # 412.0 + 186.5 + 131.5 = 730.0
                  ("arithmetic", "exact"),  # 412.0 / 730.0 = 56.44% -> 56.4 (bounds 56.43 .. 56.45)
                  ("arithmetic", "exact"),  # 186.5 / 730.0 = 25.55% -> 25.5 (bounds 25.54 .. 25.56)
                  ("arithmetic", "inconsistent")]),  # 131.5 / 730.0 = 18.01%; bounds 131.45 / 730.05 .. 131.55 /
                  # 729.95: 18.01 .. 18.02, nowhere near 19.0
    dict(  # 36: a tab-separated table with a CAGR column: AI chips by type
        text="AI chip revenue by type, USD billion\n"
             "Type\t2024\t2025\t2026E\tCAGR 2024-26E\n"
             "GPU\t78.2\t112.5\t148.0\t37.6%\n"
             "ASIC\t14.6\t23.1\t36.4\t57.9%\n"
             "Source: Corrin & Welles chip tracker, January 2026",
        obs=[("GPU", 2024, 78.2, "USD billion", "actual"), ("GPU", 2025, 112.5, "USD billion", "actual"),
             ("GPU", 2026, 148.0, "USD billion", "estimate"), ("ASIC", 2024, 14.6, "USD billion", "actual"),
             ("ASIC", 2025, 23.1, "USD billion", "actual"), ("ASIC", 2026, 36.4, "USD billion", "estimate")],
        claims=[("cagr", 37.6, "percent", 2024, 2026, None, "stated"),
                ("cagr", 57.9, "percent", 2024, 2026, None, "stated")],
        verdicts=[("cagr", "exact"),  # (148.0 / 78.2) ** (1/2) - 1 = 37.57% -> 37.6 (bounds 147.95 / 78.25 ..
                  # 148.05 / 78.15: 37.50 .. 37.64)
                  ("cagr", "exact")]),  # (36.4 / 14.6) ** (1/2) - 1 = 57.90% -> 57.9 (bounds 36.35 / 14.65 ..
                  # 36.45 / 14.55: 57.52 .. 58.28)
    dict(  # 37: a pipe table: service robots by segment with a CAGR column, one rate wrong
        text="| Segment (USD bn) | 2024 | 2027E | CAGR 24-27E |\n"
             "|---|---|---|---|\n"
             "| Cleaning robots | 18.2 | 31.4 | 19.9% |\n"
             "| Delivery robots | 4.82 | 7.95 | 18.9% |\n"
             "Source: Quillon Automation Review, 2025",
        obs=[("Cleaning robots", 2024, 18.2, "USD billion", "actual"),
             ("Cleaning robots", 2027, 31.4, "USD billion", "estimate"),
             ("Delivery robots", 2024, 4.82, "USD billion", "actual"),
             ("Delivery robots", 2027, 7.95, "USD billion", "estimate")],
        claims=[("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
                ("cagr", 18.9, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr", "exact"),  # (31.4 / 18.2) ** (1/3) - 1 = 19.94% -> 19.9 (bounds 31.35 / 18.25 ..
                  # 31.45 / 18.15: 19.76 .. 20.11)
                  ("cagr", "inconsistent")]),  # (7.95 / 4.82) ** (1/3) - 1 = 18.15%; bounds 7.945 / 4.825 ..
                  # 7.955 / 4.815: 18.09 .. 18.22, nowhere near 18.9
    dict(  # 38: a table's caption parted from its table by a paragraph; a total row; a rate stated in prose
        text="Table 2. Machine translation revenue by deployment (USD billion)\n\n"
             "The figures below exclude human post-editing. Cloud API revenue grows 13.0% a year over 2024-2026E.\n\n"
             "Deployment       2024     2026E\n"
             "Cloud API        3.18      4.06\n"
             "On-premise       1.02      1.21\n"
             "Total            4.20      5.27\n"
             "Source: Varga Language Technology Monitor",
        obs=[("Cloud API", 2024, 3.18, "USD billion", "actual"), ("Cloud API", 2026, 4.06, "USD billion", "estimate"),
             ("On-premise", 2024, 1.02, "USD billion", "actual"), ("On-premise", 2026, 1.21, "USD billion", "estimate"),
             ("Total", 2024, 4.2, "USD billion", "actual"), ("Total", 2026, 5.27, "USD billion", "estimate")],
        claims=[("cagr", 13.0, "percent", 2024, 2026, None, "stated")],
        verdicts=[("hierarchy", "exact"),  # 3.18 + 1.02 = 4.20; 4.06 + 1.21 = 5.27
                  ("cagr", "exact")]),  # (4.06 / 3.18) ** (1/2) - 1 = 12.99% -> 13.0 (bounds 4.055 / 3.185 ..
                  # 4.065 / 3.175: 12.83 .. 13.15)
    dict(  # 39: a Chinese vertical table, years as rows, headed by its unit only, a 同比 column, an E row
        text="中国农业人工智能市场规模\n"
             "年份        亿元      同比\n"
             "2022年      45.2        --\n"
             "2023年      58.6     29.6%\n"
             "2024年      75.1     28.2%\n"
             "2025年E     95.0     26.5%\n"
             "数据来源：某农业科技研究中心",
        obs=[("Total", 2022, 45.2, "CNY 100 million", "actual"), ("Total", 2023, 58.6, "CNY 100 million", "actual"),
             ("Total", 2024, 75.1, "CNY 100 million", "actual"),
             ("Total", 2025, 95.0, "CNY 100 million", "estimate")],
        claims=[("growth", 29.6, "percent", 2022, 2023, 1.0), ("growth", 28.2, "percent", 2023, 2024, 1.0),
                ("growth", 26.5, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 58.6 / 45.2 - 1 = 29.65% -> 29.6 (bounds 58.55 / 45.25 .. 58.65 /
                  # 45.15: 29.39 .. 29.90)
                  ("cagr|implied", "exact"),  # 75.1 / 58.6 - 1 = 28.16% -> 28.2 (bounds 27.96 .. 28.35)
                  ("cagr|implied", "exact")]),  # 95.0 / 75.1 - 1 = 26.50% -> 26.5 (bounds 26.35 .. 26.65)
    dict(  # 40: a space-aligned table with A/E marks, a note and a source line; segments adding to the total
        text="Smart city AI platforms, global (USD bn)\n"
             "Segment             2024A    2025E    2026E\n"
             "Public safety        12.4     14.9     17.6\n"
             "Transport             8.1      9.8     11.9\n"
             "Utilities             5.3      6.6      8.0\n"
             "Total                25.8     31.3     37.5\n"
             "Note: 2025E and 2026E are forecasts. Source: Brightmoor Urban Tech, October 2025",
        obs=[("Public safety", 2024, 12.4, "USD billion", "actual"),
             ("Public safety", 2025, 14.9, "USD billion", "estimate"),
             ("Public safety", 2026, 17.6, "USD billion", "estimate"),
             ("Transport", 2024, 8.1, "USD billion", "actual"), ("Transport", 2025, 9.8, "USD billion", "estimate"),
             ("Transport", 2026, 11.9, "USD billion", "estimate"),
             ("Utilities", 2024, 5.3, "USD billion", "actual"), ("Utilities", 2025, 6.6, "USD billion", "estimate"),
             ("Utilities", 2026, 8.0, "USD billion", "estimate"),
             ("Total", 2024, 25.8, "USD billion", "actual"), ("Total", 2025, 31.3, "USD billion", "estimate"),
             ("Total", 2026, 37.5, "USD billion", "estimate")],
        claims=[],
        # 12.4 + 8.1 + 5.3 = 25.8; 14.9 + 9.8 + 6.6 = 31.3; 17.6 + 11.9 + 8.0 = 37.5
        verdicts=[("hierarchy", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventeenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'logis-\ntics',
    '-- PAGE 12\n',
    '48M (2024) → 167M (2028E)',
    'Q: How big is the market',
    'heading for $100 billion by 2030',
    '(Ashford, 2023)',
    '[14]',
    'EUR 4,2 billion',
    'EUR 3,4 bn',
    'a separate market',
    'has revised its estimate',
    'about four billion dollars',
    'to double by 2028',
    '3.5-fold',
    'doubled from',
    '$6.3bn¹',
    '£3.8 billion',
    '¥68.5 billion in fiscal 2024',
    '突破1000亿元',
    '力争年均增长20%以上',
    '翻两番',
    '增长2倍',
    '国产化率',
    '问：',
    '年複合成長率',
    '萬台',
    '年增',
    '渗透率',
    '滲透率',
    'Units: USD million',
    '1H2025',
    '2025F',
    '30,4%',
    '2025年（預估）',
    '占比',
    'CAGR 2024-26E',
    '| CAGR 24-27E |',
    'Table 2.',
    '2025年E',
    '2024A',
    'Source:',
)
#: Scored once, blind: on the extractor as it stood before the fifteenth and sixteenth sets' rules, figures 120/135
#: (89%), rates 31/41 (76%), verdicts 36/48 (75%), false inconsistent 1; with those rules, the same figures, rates
#: and verdicts, and false inconsistent 2 (a rate line under a table that names one of its rows, read as the total's).
#: Then mended: that line is the row's, and a figure "revised ... from $9.1 billion to $8.6 billion" replaces the
#: first (figures 121/135, rates 31/41, verdicts 38/48, false inconsistent 0); then a column headed "EUR m" alone,
#: a CAGR line under a table of years as rows, "CAGR 24-27E": 125/135, 33/41, 40/48. Still missed: a slide's counts
#: with no noun ("48M (2024) → 167M (2028E)"), "突破1000亿元" with "力争年均增长20%以上" as a target, "增长2倍" and 翻两番
#: over their years.
FLOORS = {"figures_found": 130, "rates_found": 38, "verdicts_right": 45}


if __name__ == "__main__":  # python tests/extract_checkset17.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
