"""A twelfth check set for the extractor, written blind: report pages and news items as PDFs and web pages give them.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. Each snippet is the text an analyst pastes or extracts: a report's market-size page (a
paragraph, a bullet list of key figures under a heading that names the market and the year, a small table), an
executive summary, a forecast table with a CAGR column and an "E = estimate" footnote, a news item from financial
and tech media (wire items in English; 证券时报 / 36氪 / 财联社-style items in Chinese, some in Traditional), an
investor-presentation bullet page, and web pages with their noise (breadcrumbs, "Share this article", "Related
reports", a cookie line, "Page 3 of 12" running headers, footnote markers, "Source:" lines under tables). Among
them: figures in words ("two billion dollars"), ranges, units in a table's header or a caption line, fiscal years,
growth stated as "up 38% on the year", "a year-on-year rise of", 同比增长 and 环比, forecasts ("is expected to",
预计, 將達), a revised figure, two markets in one item (China and global, hardware and software), percentages that
are no market share (margins, penetration, adoption), and amounts in other currencies (EUR, JPY, KRW, TWD, 亿日元,
新台幣). Markets vary (AI chips, data-centre GPUs, robotics, AI PCs, smart speakers, autonomous trucks, AI in
finance, LLM APIs, computer vision, AI agents); publishers and companies are invented, the sentences are the
project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too). Each (item, year) is expected once, at its most precise statement, in its
printed unit; two markets in one item are two items, never summed. A range gives two ``value`` claims for its year.
Boilerplate figures (page numbers, slide numbers, footnote markers, dates) are expected nowhere; so are a quarter's
figure or rate in a yearly document, the figure a revised estimate replaces, and a percentage that is no share of
the market (a margin, a penetration or adoption rate). An amount in a currency or scale the bundled unit table does
not hold (KRW, TWD, 新台幣, 亿日元) is expected as no observation, but its stated rate is a claim and gets its
verdict. A fiscal year counts as its number (fiscal 2024, FY2024 -> 2024). A share is ("share", N, "percent", YEAR,
YEAR, None); a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is ``stated`` when its
span is printed, ``inferred`` when only the years of its amounts give it (its verdict then read as
``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a multiple between two years
carries their distance ("more than double" as x2). The base of a forecast is ``actual``; a figure a forecast cue
governs, an E or F column, or a year after the document's date, ``estimate``. A share whose part and whole are
printed gets an ``arithmetic`` verdict and a rate whose two amounts are printed a ``cagr`` one: ``exact`` when the
recomputed figure rounds to the printed one, ``rounding`` when only some reading of the printed inputs (each at half
its last digit either way) reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with the
arithmetic and its bounds in the comment beside each verdict.
``python tests/extract_checkset12.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: a wire item, growth "up X% on the year" with both years' amounts; sign-off noise
        text="SAN JOSE, Calif., May 6, 2025 (Tidewater Wire) - Revenue from AI accelerator chips reached $71.3 "
             "billion in 2024, up 38% on the year from $51.6 billion in 2023, according to estimates published on "
             "Tuesday by Halvorsen Research.\nDemand from cloud operators accounted for most of the increase, the "
             "firm said.\nReporting by Dana Kerr; Editing by Paul Iverson\nShare this article",
        obs=[("Total", 2024, 71.3, "USD billion", "actual"), ("Total", 2023, 51.6, "USD billion", "actual")],
        claims=[("growth", 38.0, "percent", 2023, 2024, 1.0)],
        # 71.3 / 51.6 - 1 = 38.18% -> 38 exact (bounds 37.95 .. 38.41)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 2: a report's market-size page: paragraph, "Key figures, 2024:" bullets with a share, running footer
        text="3.2 Market size\nThe data-centre GPU market was worth USD 98.4 billion in 2024 and is expected to "
             "reach USD 286.5 billion by 2030, a CAGR of 19.5% over 2024-2030.\nKey figures, 2024:\n"
             "• Training workloads: USD 61.2 billion\n• Inference workloads: USD 37.2 billion\n"
             "• Inference as a share of the market: 37.8%\nPage 14 of 52",
        obs=[("Training workloads", 2024, 61.2, "USD billion", "actual"),
             ("Inference workloads", 2024, 37.2, "USD billion", "actual"),
             ("Total", 2024, 98.4, "USD billion", "actual"), ("Total", 2030, 286.5, "USD billion", "estimate")],
        claims=[("cagr", 19.5, "percent", 2024, 2030, None, "stated"), ("share", 37.8, "percent", 2024, 2024, None)],
        # (286.5 / 98.4) ** (1/6) - 1 = 19.50% -> 19.5 exact (bounds 19.48 .. 19.51);
        # 37.2 / 98.4 = 37.80% -> 37.8 exact (bounds 37.73 .. 37.87); 61.2 + 37.2 = 98.4
        verdicts=[("cagr", "exact"), ("arithmetic", "exact"), ("hierarchy", "exact")]),
    dict(  # 3: an executive summary in euros, a margin that is no share
        text="Executive summary\nEurope's service robotics market generated €8.6 billion in 2024. Ardenne Insight "
             "expects it to grow to €21.9 billion in 2029, a compound annual growth rate of 20.6% between 2024 and "
             "2029. Operating margins among the ten largest vendors averaged 14% last year.",
        obs=[("Total", 2024, 8.6, "EUR billion", "actual"), ("Total", 2029, 21.9, "EUR billion", "estimate")],
        claims=[("cagr", 20.6, "percent", 2024, 2029, None, "stated")],
        # (21.9 / 8.6) ** (1/5) - 1 = 20.56% -> 20.6 exact (bounds 20.36 .. 20.75)
        verdicts=[("cagr", "exact")]),
    dict(  # 4: a wire item on unit shipments, a multiple in words, a penetration rate that is no share
        text="NEW YORK, February 11, 2025 (Kestrel News) -- Shipments of AI PCs rose to 48.2 million units in "
             "2024, lifting their penetration to 18% of all personal computers sold, tracker Lindqvist Data said. "
             "Shipments are expected to more than double to 114 million units in 2027 as older machines are "
             "replaced.",
        obs=[("Total", 2024, 48.2, "count million", "actual"), ("Total", 2027, 114.0, "count million", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2024, 2027, 3.0)],
        # 114 / 48.2 = 2.37, "more than double"
        verdicts=[]),
    dict(  # 5: a web page: breadcrumbs, an update line, a revised estimate (the old one expected nowhere), a decline
        text="Home › Research › Consumer AI\nSmart speaker revenue estimate revised\nUpdated 12 March 2025\n"
             "We have revised our estimate of global smart speaker revenue for 2024 to $13.8 billion, down from "
             "$14.6 billion in our November outlook. On the new figure, revenue fell 4.2% from $14.4 billion in "
             "2023 as replacement cycles lengthened.\nWe use cookies to improve your experience. Accept all\n"
             "Related reports: Voice assistants in the car; Home robotics outlook",
        obs=[("Total", 2024, 13.8, "USD billion", "actual"), ("Total", 2023, 14.4, "USD billion", "actual")],
        claims=[("growth", -4.2, "percent", 2023, 2024, 1.0)],
        # 13.8 / 14.4 - 1 = -4.17% -> -4.2 exact (bounds -4.84 .. -3.48)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 6: a range for the forecast year (two value claims), the base year's amount
        text="DETROIT, April 2, 2025 (Fairline Business Wire) -- Autonomous trucking could be worth between $3.5 "
             "billion and $4.8 billion by 2030, up from $0.62 billion in 2024, according to a study by Corbeck "
             "Mobility Partners. Freight operators in Texas and Arizona lead early deployments.\nShare this article",
        obs=[("Total", 2024, 0.62, "USD billion", "actual")],
        claims=[("value", 3.5, "USD billion", 2030, 2030, None), ("value", 4.8, "USD billion", 2030, 2030, None)],
        verdicts=[]),
    dict(  # 7: an investor-presentation bullet page, CAGR beside the forecast year (span inferred), a margin target
        text="Investor Day 2025 - AI in financial services\n- Addressable market 2024: US$42.7bn\n"
             "- 2028E: US$97.3bn (CAGR 22.9%)\n- Gross margin target: 65%\n- Slide 7",
        obs=[("Total", 2024, 42.7, "USD billion", "actual"), ("Total", 2028, 97.3, "USD billion", "estimate")],
        claims=[("cagr", 22.9, "percent", 2024, 2028, None, "inferred")],
        # (97.3 / 42.7) ** (1/4) - 1 = 22.86% -> 22.9 exact (bounds 22.81 .. 22.91)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 8: China inside the global market: a share and China's own growth, the two never merged
        text="SINGAPORE, January 20, 2025 (Meridian Tech Desk) - Global spending on large language model APIs "
             "reached $9.4 billion in 2024, of which China accounted for $1.3 billion, or about 14% of the total. "
             "China's spending is expected to grow 52% to $1.98 billion in 2025, analysts at Qiantang Capital wrote.",
        obs=[("Total", 2024, 9.4, "USD billion", "actual"), ("China", 2024, 1.3, "USD billion", "actual"),
             ("China", 2025, 1.98, "USD billion", "estimate")],
        claims=[("share", 14.0, "percent", 2024, 2024, None), ("growth", 52.0, "percent", 2024, 2025, 1.0)],
        # 1.3 / 9.4 = 13.83% -> 14 exact (bounds 13.23 .. 14.44); 1.98 / 1.3 - 1 = 52.31% -> 52 exact
        verdicts=[("arithmetic", "exact"), ("cagr|implied", "exact")]),
    dict(  # 9: yen, a fiscal year, "a year-on-year rise of"
        text="TOKYO, June 18, 2025 (Kanto Wire) - Japan's computer vision market grew to 412.5 billion yen in "
             "fiscal 2024, a year-on-year rise of 11.4% from 370.3 billion yen, industry group Hokusei Vision "
             "Council said on Wednesday.",
        obs=[("Total", 2024, 412.5, "JPY billion", "actual"), ("Total", 2023, 370.3, "JPY billion", "actual")],
        claims=[("growth", 11.4, "percent", 2023, 2024, 1.0)],
        # 412.5 / 370.3 - 1 = 11.40% -> 11.4 exact (bounds 11.37 .. 11.42)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 10: a CAGR its amounts contradict
        text="The AI agents market stood at $5.1 billion in 2024 and is projected to reach $47.1 billion by 2030, "
             "growing at a CAGR of 41.2% over 2024-2030, says a new report from Pellham & Rowe. Adoption among "
             "large enterprises reached 23% in 2024.",
        obs=[("Total", 2024, 5.1, "USD billion", "actual"), ("Total", 2030, 47.1, "USD billion", "estimate")],
        claims=[("cagr", 41.2, "percent", 2024, 2030, None, "stated")],
        # (47.1 / 5.1) ** (1/6) - 1 = 44.85%, not 41.2; bounds 47.05 / 5.15 .. 47.15 / 5.05: 44.59 .. 45.11
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 11: won (a currency the unit table does not hold): no observation, its CAGR (span from the amounts) judged
        text="SEOUL, March 27, 2025 (Hanul Economic Daily) -- South Korea's AI chip market is forecast to grow from "
             "5.8 trillion won in 2024 to 14.2 trillion won in 2029, a compound annual growth rate of 19.6%, the "
             "Korea Semiconductor Forum said in a report.",
        obs=[],
        claims=[("cagr", 19.6, "percent", 2024, 2029, None, "inferred")],
        # (14.2 / 5.8) ** (1/5) - 1 = 19.61% -> 19.6 exact (bounds 19.32 .. 19.90)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 12: the base year's amount in words, an average annual rate between the amounts' years
        text="Collaborative robot revenue passed a milestone last year: sales reached two billion dollars in 2024, "
             "according to Brannock Automation Review (March 2025). The firm forecasts $3.4 billion in 2026, an "
             "average annual increase of 30.4%.",
        obs=[("Total", 2024, 2.0, "USD billion", "actual"), ("Total", 2026, 3.4, "USD billion", "estimate")],
        claims=[("cagr", 30.4, "percent", 2024, 2026, None, "inferred")],
        # (3.4 / 2) ** (1/2) - 1 = 30.38% -> 30.4 exact
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: new Taiwan dollars (not in the unit table): the growth judged, no observation
        text="TAIPEI, February 5, 2025 (Formosa Markets Daily) - The output of Taiwan's AI PC supply chain "
             "reached NT$386 billion in 2024, up 27% year-on-year from NT$304 billion in 2023, the island's "
             "electronics association said.",
        obs=[],
        claims=[("growth", 27.0, "percent", 2023, 2024, 1.0)],
        # 386 / 304 - 1 = 26.97% -> 27 exact (bounds 26.60 .. 27.35)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 14: a web page: a part, the whole and a share that does not follow from them
        text="Insights › Financial services › AI spending\nBanks spent $31.5 billion on artificial intelligence "
             "in 2024, Strathmore Advisory estimates. Fraud detection made up $9.8 billion, or 34% of the total, "
             "ahead of customer service.\nRelated reports\nAI in insurance 2025\nPayments and machine learning",
        obs=[("Total", 2024, 31.5, "USD billion", "actual"), ("Fraud detection", 2024, 9.8, "USD billion", "actual")],
        claims=[("share", 34.0, "percent", 2024, 2024, None)],
        # 9.8 / 31.5 = 31.11%, not 34; bounds 9.75 / 31.55 .. 9.85 / 31.45: 30.90 .. 31.32
        verdicts=[("arithmetic", "inconsistent")]),
    dict(  # 15: hardware and software in one item: two parts, two growth rates, never merged
        text="LONDON, January 29, 2025 (Harrow Financial Newswire) - Revenue from AI server hardware rose 41% to "
             "$126.0 billion in 2024 from $89.5 billion a year earlier, while AI software revenue rose 24% to $71.8 "
             "billion from $57.9 billion, Calder Group analysts said.",
        obs=[("AI server hardware", 2023, 89.5, "USD billion", "actual"),
             ("AI server hardware", 2024, 126.0, "USD billion", "actual"),
             ("AI software", 2023, 57.9, "USD billion", "actual"),
             ("AI software", 2024, 71.8, "USD billion", "actual")],
        claims=[("growth", 41.0, "percent", 2023, 2024, 1.0), ("growth", 24.0, "percent", 2023, 2024, 1.0)],
        # 126.0 / 89.5 - 1 = 40.78% -> 41 exact (bounds 40.65 .. 40.92);
        # 71.8 / 57.9 - 1 = 24.01% -> 24 exact (bounds 23.81 .. 24.20)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 16: a growth rate only the rounding of its inputs allows
        text="Data-centre GPU shipments reached 3.85 million units in 2024, up 44% from 2.7 million in 2023, "
             "according to Vantrell Semiconductor Tracker (February 2025 edition).",
        obs=[("Total", 2024, 3.85, "count million", "actual"), ("Total", 2023, 2.7, "count million", "actual")],
        claims=[("growth", 44.0, "percent", 2023, 2024, 1.0)],
        # 3.85 / 2.7 - 1 = 42.59%, not 44; bounds 3.845 / 2.75 .. 3.855 / 2.65: 39.82 .. 45.47: rounding
        verdicts=[("cagr|implied", "rounding")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: 证券时报-style item: 同比增长 with both amounts, 预计 and a CAGR over a printed span
        text="证券时报网讯，据澜川研究院3月10日发布的数据，2024年中国AI芯片市场规模达1425亿元，同比增长36.8%，"
             "2023年为1042亿元。该机构预计，2027年市场规模将达到3580亿元，2024—2027年年均复合增长率为35.9%。\n"
             "（责任编辑：周敏）",
        obs=[("Total", 2023, 1042.0, "CNY 100 million", "actual"), ("Total", 2024, 1425.0, "CNY 100 million", "actual"),
             ("Total", 2027, 3580.0, "CNY 100 million", "estimate")],
        claims=[("growth", 36.8, "percent", 2023, 2024, 1.0), ("cagr", 35.9, "percent", 2024, 2027, None, "stated")],
        # 1425 / 1042 - 1 = 36.76% -> 36.8 exact (bounds 36.64 .. 36.87);
        # (3580 / 1425) ** (1/3) - 1 = 35.94% -> 35.9 exact (bounds 35.92 .. 35.96)
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    dict(  # 18: 36氪-style item on AI agents, 预计 and a CAGR
        text="36氪获悉，咨询机构栖云智库近日发布报告称，2024年中国AI智能体市场规模为58.6亿元，"
             "预计到2028年将增长至521亿元，2024-2028年复合增长率达72.7%。报告认为，企业服务是最先落地的场景。",
        obs=[("Total", 2024, 58.6, "CNY 100 million", "actual"), ("Total", 2028, 521.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 72.7, "percent", 2024, 2028, None, "stated")],
        # (521 / 58.6) ** (1/4) - 1 = 72.68% -> 72.7 exact (bounds 72.60 .. 72.76)
        verdicts=[("cagr", "exact")]),
    dict(  # 19: 财联社-style flash: a quarter's 环比 (no expectation), the year's 同比 with both amounts, 万台
        text="财联社3月12日电，据衡远咨询统计，2024年第四季度国内AI服务器出货量环比增长18%。"
             "全年出货量为42.1万台，同比增长29.5%，2023年为32.5万台。",
        obs=[("Total", 2024, 42.1, "count 10 thousand", "actual"),
             ("Total", 2023, 32.5, "count 10 thousand", "actual")],
        claims=[("growth", 29.5, "percent", 2023, 2024, 1.0)],
        # 42.1 / 32.5 - 1 = 29.54% -> 29.5 exact (bounds 29.19 .. 29.89)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 20: global and China in one item, in two currencies: two series, never merged
        text="据望川数据发布的报告，2024年全球计算机视觉市场规模为238亿美元；其中中国市场规模为512亿元，"
             "同比增长17.4%，2023年为436亿元。",
        obs=[("Total", 2024, 238.0, "USD 100 million", "actual"), ("中国市场", 2024, 512.0, "CNY 100 million", "actual"),
             ("中国市场", 2023, 436.0, "CNY 100 million", "actual")],
        claims=[("growth", 17.4, "percent", 2023, 2024, 1.0)],
        # 512 / 436 - 1 = 17.43% -> 17.4 exact (bounds 17.18 .. 17.68)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 21: 万台, a penetration rate (no share), a forecast year's 同比增长
        text="上海，2025年1月8日——据蔚衡科技研究院统计，2024年国内AI PC出货量达到1180万台，在PC整体出货中的"
             "渗透率为24%。预计2025年出货量将达1950万台，同比增长65%。",
        obs=[("Total", 2024, 1180.0, "count 10 thousand", "actual"),
             ("Total", 2025, 1950.0, "count 10 thousand", "estimate")],
        claims=[("growth", 65.0, "percent", 2024, 2025, 1.0)],
        # 1950 / 1180 - 1 = 65.25% -> 65 exact (bounds 65.14 .. 65.37)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 22: a 同比增长 its amounts contradict
        text="中国服务机器人产业联盟发布数据显示，2024年我国服务机器人市场规模为1,083亿元，较上年的865亿元"
             "同比增长28.2%，其中医疗康复机器人增速最快。",
        obs=[("Total", 2024, 1083.0, "CNY 100 million", "actual"), ("Total", 2023, 865.0, "CNY 100 million", "actual")],
        claims=[("growth", 28.2, "percent", 2023, 2024, 1.0)],
        # 1083 / 865 - 1 = 25.20%, not 28.2; bounds 1082.5 / 865.5 .. 1083.5 / 864.5: 25.07 .. 25.33
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 23: 亿日元 (a scale the unit table does not hold): no observation, its CAGR (span from the amounts) judged
        text="据日本调研机构三岛综研预测，日本生成式AI市场规模将从2024年的1,016亿日元扩大至2030年的17,774亿日元，"
             "年均复合增长率为61.1%。",
        obs=[],
        claims=[("cagr", 61.1, "percent", 2024, 2030, None, "inferred")],
        # (17774 / 1016) ** (1/6) - 1 = 61.12% -> 61.1 exact (bounds 61.11 .. 61.13)
        verdicts=[("cagr|period", "exact")]),
    dict(  # 24: a part's share before its amount
        text="北京，2025年2月19日——汇鼎金融科技研究中心发布报告，2024年中国金融业AI市场规模为386亿元，"
             "其中智能风控占比41.5%，规模为160亿元。",
        obs=[("Total", 2024, 386.0, "CNY 100 million", "actual"), ("智能风控", 2024, 160.0, "CNY 100 million", "actual")],
        claims=[("share", 41.5, "percent", 2024, 2024, None)],
        # 160 / 386 = 41.45% -> 41.5 exact (bounds 41.27 .. 41.63)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 25: a range for a forecast year (two value claims) after the base year's amount
        text="记者从行业人士处了解到，2024年中国大模型API调用市场规模为78.3亿元。多家机构预计，"
             "2026年该市场规模将在180亿元至220亿元之间。",
        obs=[("Total", 2024, 78.3, "CNY 100 million", "actual")],
        claims=[("value", 180.0, "CNY 100 million", 2026, 2026, None),
                ("value", 220.0, "CNY 100 million", 2026, 2026, None)],
        verdicts=[]),
    dict(  # 26: a decline stated as 同比下降, an earlier estimate that is replaced (expected nowhere)
        text="据知衡咨询2025年1月发布的数据，2024年中国智能音箱销量为2,450万台，同比下降8.6%，2023年为2,680万台。"
             "该机构此前曾预计2024年销量为2,600万台。",
        obs=[("Total", 2024, 2450.0, "count 10 thousand", "actual"),
             ("Total", 2023, 2680.0, "count 10 thousand", "actual")],
        claims=[("growth", -8.6, "percent", 2023, 2024, 1.0)],
        # 2450 / 2680 - 1 = -8.58% -> -8.6 exact (bounds -8.62 .. -8.55)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 27: Traditional: 新台幣 in two scales (兆, 億), no observation, 年增 judged
        text="【台北訊】資策研究所指出，台灣AI伺服器產值2024年達新台幣1.2兆元，年增67.8%，"
             "2023年為新台幣7,150億元，主要受雲端業者擴大採購帶動。",
        obs=[],
        claims=[("growth", 67.8, "percent", 2023, 2024, 1.0)],
        # 12000 / 7150 - 1 = 67.83% -> 67.8 exact (bounds 67.12 .. 68.54, 1.2兆 at 0.05兆 either way)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 28: Traditional: 億美元, 預計 ... 將達, 年複合成長率
        text="據研究機構恆域顧問估計，2024年全球自動駕駛卡車市場規模為18.4億美元，預計2030年將達92.7億美元，"
             "2024至2030年的年複合成長率為30.9%。",
        obs=[("Total", 2024, 18.4, "USD 100 million", "actual"), ("Total", 2030, 92.7, "USD 100 million", "estimate")],
        claims=[("cagr", 30.9, "percent", 2024, 2030, None, "stated")],
        # (92.7 / 18.4) ** (1/6) - 1 = 30.93% -> 30.9 exact (bounds 30.86 .. 31.00)
        verdicts=[("cagr", "exact")]),
    dict(  # 29: Traditional: a part's amount, then its share (佔比)
        text="中國機器視覺產業聯盟資料顯示，2024年中國機器視覺市場規模為211.6億元，其中3D視覺為48.3億元，"
             "佔比22.8%。",
        obs=[("Total", 2024, 211.6, "CNY 100 million", "actual"), ("3D視覺", 2024, 48.3, "CNY 100 million", "actual")],
        claims=[("share", 22.8, "percent", 2024, 2024, None)],
        # 48.3 / 211.6 = 22.83% -> 22.8 exact (bounds 22.80 .. 22.86)
        verdicts=[("arithmetic", "exact")]),
    dict(  # 30: Traditional: a growth rate only the rounding of its inputs allows
        text="亞太區金融業AI支出2024年為96億美元，較2023年的78億美元增長24%，據香港金融科技協會最新報告。",
        obs=[("Total", 2024, 96.0, "USD 100 million", "actual"), ("Total", 2023, 78.0, "USD 100 million", "actual")],
        claims=[("growth", 24.0, "percent", 2023, 2024, 1.0)],
        # 96 / 78 - 1 = 23.08%, not 24; bounds 95.5 / 78.5 .. 96.5 / 77.5: 21.66 .. 24.52: rounding
        verdicts=[("cagr|implied", "rounding")]),
    # ------------------------------------------------------------------------------------------------ tables (31-40)
    dict(  # 31: a forecast table with a CAGR column, an E column and its footnote, a total row; one CAGR rounded
        text="Table 4: AI chip revenue by segment (USD billion)\n"
             "| Segment | 2023 | 2024 | 2027E | CAGR 2024-27 |\n|---|---|---|---|---|\n"
             "| GPU | 48.0 | 68.5 | 132.0 | 24.4% |\n| ASIC | 9.2 | 14.1 | 38.6 | 39.9% |\n"
             "| Total | 57.2 | 82.6 | 170.6 | 27.3% |\nE = estimate. Source: Corvale Analytics",
        obs=[("GPU", 2023, 48.0, "USD billion", "actual"), ("GPU", 2024, 68.5, "USD billion", "actual"),
             ("GPU", 2027, 132.0, "USD billion", "estimate"), ("ASIC", 2023, 9.2, "USD billion", "actual"),
             ("ASIC", 2024, 14.1, "USD billion", "actual"), ("ASIC", 2027, 38.6, "USD billion", "estimate"),
             ("Total", 2023, 57.2, "USD billion", "actual"), ("Total", 2024, 82.6, "USD billion", "actual"),
             ("Total", 2027, 170.6, "USD billion", "estimate")],
        claims=[("cagr", 24.4, "percent", 2024, 2027, None, "stated"),
                ("cagr", 39.9, "percent", 2024, 2027, None, "stated"),
                ("cagr", 27.3, "percent", 2024, 2027, None, "stated")],
        # (132.0 / 68.5) ** (1/3) - 1 = 24.44% -> 24.4 exact (bounds 24.39 .. 24.49);
        # (38.6 / 14.1) ** (1/3) - 1 = 39.89% -> 39.9 exact (bounds 39.67 .. 40.12);
        # (170.6 / 82.6) ** (1/3) - 1 = 27.35%, not 27.3; bounds 170.55 / 82.65 .. 170.65 / 82.55: 27.31 .. 27.39;
        # 48.0 + 9.2 = 57.2, 68.5 + 14.1 = 82.6, 132.0 + 38.6 = 170.6
        verdicts=[("cagr", "exact"), ("cagr", "exact"), ("cagr", "rounding"), ("hierarchy", "exact")]),
    dict(  # 32: a PDF exhibit as tab-separated text, the unit in the caption, a YoY row, F = forecast
        text="Exhibit 7 Data-centre GPU shipments, million units\nMetric\t2022\t2023\t2024\t2025F\n"
             "Shipments\t1.6\t2.9\t3.9\t5.2\nYoY\t\t81%\t34%\t33%\n"
             "Source: Brightwell Partners estimates. F = forecast.",
        obs=[("Shipments", 2022, 1.6, "count million", "actual"), ("Shipments", 2023, 2.9, "count million", "actual"),
             ("Shipments", 2024, 3.9, "count million", "actual"),
             ("Shipments", 2025, 5.2, "count million", "estimate")],
        claims=[("growth", 81.0, "percent", 2022, 2023, 1.0), ("growth", 34.0, "percent", 2023, 2024, 1.0),
                ("growth", 33.0, "percent", 2024, 2025, 1.0)],
        # 2.9 / 1.6 - 1 = 81.25% -> 81 exact; 3.9 / 2.9 - 1 = 34.48% -> 34 exact; 5.2 / 3.9 - 1 = 33.33% -> 33 exact
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 33: the unit in the header cell, a CAGR column over a printed span, one CAGR its amounts contradict
        text="| Robotics market (EUR million) | 2024 | 2030F | CAGR (2024-2030) |\n|---|---|---|---|\n"
             "| Logistics robots | 2,140 | 6,890 | 21.5% |\n| Surgical robots | 1,310 | 3,020 | 16.9% |\n"
             "Note: F = forecast.\nPage 3 of 12",
        obs=[("Logistics robots", 2024, 2140.0, "EUR million", "actual"),
             ("Logistics robots", 2030, 6890.0, "EUR million", "estimate"),
             ("Surgical robots", 2024, 1310.0, "EUR million", "actual"),
             ("Surgical robots", 2030, 3020.0, "EUR million", "estimate")],
        claims=[("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
                ("cagr", 16.9, "percent", 2024, 2030, None, "stated")],
        # (6890 / 2140) ** (1/6) - 1 = 21.52% -> 21.5 exact (bounds 21.51 .. 21.52);
        # (3020 / 1310) ** (1/6) - 1 = 14.94%, not 16.9; bounds 14.93 .. 14.95
        verdicts=[("cagr", "exact"), ("cagr", "inconsistent")]),
    dict(  # 34: a Chinese table with 同比增长 column and a 合计 row, the unit in the caption
        text="表2 中国大模型API市场结构（单位：亿元）\n| 类别 | 2023年 | 2024年 | 同比增长 |\n|---|---|---|---|\n"
             "| 通用大模型API | 21.4 | 46.8 | 118.7% |\n| 行业大模型API | 9.6 | 17.2 | 79.2% |\n"
             "| 合计 | 31.0 | 64.0 | 106.5% |\n数据来源：启衡研究院",
        obs=[("通用大模型API", 2023, 21.4, "CNY 100 million", "actual"),
             ("通用大模型API", 2024, 46.8, "CNY 100 million", "actual"),
             ("行业大模型API", 2023, 9.6, "CNY 100 million", "actual"),
             ("行业大模型API", 2024, 17.2, "CNY 100 million", "actual"),
             ("合计", 2023, 31.0, "CNY 100 million", "actual"), ("合计", 2024, 64.0, "CNY 100 million", "actual")],
        claims=[("growth", 118.7, "percent", 2023, 2024, 1.0), ("growth", 79.2, "percent", 2023, 2024, 1.0),
                ("growth", 106.5, "percent", 2023, 2024, 1.0)],
        # 46.8 / 21.4 - 1 = 118.69% -> 118.7 exact; 17.2 / 9.6 - 1 = 79.17% -> 79.2 exact;
        # 64.0 / 31.0 - 1 = 106.45% -> 106.5 exact (bounds 105.96 .. 106.95); 21.4 + 9.6 = 31.0, 46.8 + 17.2 = 64.0
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("hierarchy", "exact")]),
    dict(  # 35: a Traditional table: 億美元 in the caption, a 預估 column and 年增率
        text="台灣AI相關產品出口值（單位：億美元）\n| 項目 | 2024年 | 2025年(預估) | 年增率 |\n|---|---|---|---|\n"
             "| AI晶片出口 | 1,286 | 1,754 | 36.4% |\n| AI伺服器出口 | 968 | 1,402 | 44.8% |\n資料來源：經貿研析中心",
        obs=[("AI晶片出口", 2024, 1286.0, "USD 100 million", "actual"),
             ("AI晶片出口", 2025, 1754.0, "USD 100 million", "estimate"),
             ("AI伺服器出口", 2024, 968.0, "USD 100 million", "actual"),
             ("AI伺服器出口", 2025, 1402.0, "USD 100 million", "estimate")],
        claims=[("growth", 36.4, "percent", 2024, 2025, 1.0), ("growth", 44.8, "percent", 2024, 2025, 1.0)],
        # 1754 / 1286 - 1 = 36.39% -> 36.4 exact (bounds 36.30 .. 36.48);
        # 1402 / 968 - 1 = 44.83% -> 44.8 exact (bounds 44.71 .. 44.96)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 36: fiscal years as column heads, a YoY with a plus sign that its amounts contradict
        text="Generative AI API revenue, Japan (JPY billion)\n| | FY2023 | FY2024 | YoY |\n|---|---|---|---|\n"
             "| API revenue | 58.2 | 97.4 | +71.2% |\nSource: Sakuragi Securities research, May 2025",
        obs=[("API revenue", 2023, 58.2, "JPY billion", "actual"),
             ("API revenue", 2024, 97.4, "JPY billion", "actual")],
        claims=[("growth", 71.2, "percent", 2023, 2024, 1.0)],
        # 97.4 / 58.2 - 1 = 67.35%, not 71.2; bounds 97.35 / 58.25 .. 97.45 / 58.15: 67.12 .. 67.58
        verdicts=[("cagr|implied", "inconsistent")]),
    dict(  # 37: PDF text whose columns are runs of spaces, a footnote marker on the unit, a running footer
        text="Smart speaker revenue by region, USD million¹\n"
             "Region          2023     2024     2026E\n"
             "North America   5,420    5,180    5,610\n"
             "China           3,870    4,260    5,050\n"
             "¹ Excludes smart displays. E = estimate.\nPage 9 of 40",
        obs=[("North America", 2023, 5420.0, "USD million", "actual"),
             ("North America", 2024, 5180.0, "USD million", "actual"),
             ("North America", 2026, 5610.0, "USD million", "estimate"),
             ("China", 2023, 3870.0, "USD million", "actual"),
             ("China", 2024, 4260.0, "USD million", "actual"), ("China", 2026, 5050.0, "USD million", "estimate")],
        claims=[],
        verdicts=[]),
    dict(  # 38: an investor deck's segment table for a fiscal year: shares and a 100% total row
        text="Segment revenue, FY2024 (USD million)\n| Segment | Revenue | Share |\n|---|---|---|\n"
             "| Fraud analytics | 412 | 46% |\n| Credit scoring | 298 | 33% |\n| Robo-advice | 186 | 21% |\n"
             "| Total | 896 | 100% |",
        obs=[("Fraud analytics", 2024, 412.0, "USD million", "actual"),
             ("Credit scoring", 2024, 298.0, "USD million", "actual"),
             ("Robo-advice", 2024, 186.0, "USD million", "actual"), ("Total", 2024, 896.0, "USD million", "actual")],
        claims=[("share", 46.0, "percent", 2024, 2024, None), ("share", 33.0, "percent", 2024, 2024, None),
                ("share", 21.0, "percent", 2024, 2024, None)],
        # 412 / 896 = 45.98% -> 46 exact; 298 / 896 = 33.26% -> 33 exact; 186 / 896 = 20.76% -> 21 exact;
        # 412 + 298 + 186 = 896
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact"), ("hierarchy", "exact")]),
    dict(  # 39: columns as runs of spaces, the CAGR in the "Source:" line under the table, rounded
        text="Global computer vision market (USD billion)\n"
             "Year           2024    2025E    2029E\n"
             "Market size    22.6    26.9     48.1\n"
             "Source: Meridale Insight. Five-year CAGR 2024-2029: 16.4%",
        obs=[("Market size", 2024, 22.6, "USD billion", "actual"),
             ("Market size", 2025, 26.9, "USD billion", "estimate"),
             ("Market size", 2029, 48.1, "USD billion", "estimate")],
        claims=[("cagr", 16.4, "percent", 2024, 2029, None, "stated")],
        # (48.1 / 22.6) ** (1/5) - 1 = 16.31%, not 16.4; bounds 48.05 / 22.65 .. 48.15 / 22.55: 16.23 .. 16.38
        verdicts=[("cagr", "rounding")]),
    dict(  # 40: a Chinese table of unit counts with a margin row (no share) and a multiple in the note
        text="表3 人形机器人出货量与毛利率（出货量单位：台）\n| 指标 | 2023年 | 2024年 | 2025年E |\n|---|---|---|---|\n"
             "| 出货量 | 2,300 | 5,100 | 12,400 |\n| 毛利率 | 18% | 21% | 25% |\n"
             "注：E为预测值；2025年出货量约为2024年的2.4倍。",
        obs=[("出货量", 2023, 2300.0, "count", "actual"), ("出货量", 2024, 5100.0, "count", "actual"),
             ("出货量", 2025, 12400.0, "count", "estimate")],
        claims=[("multiple", 2.4, "multiple", 2024, 2025, 1.0)],
        # 12400 / 5100 = 2.43 -> x2.4
        verdicts=[]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twelfth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 5, "rounding": 4, "exact": 40}
#: forms of report pages, news items and web pages and the noise they carry that the set is meant to cover
FORMS = (
    'up 38% on the year',
    'a year-on-year rise of',
    'Share this article',
    'Related reports',
    'We use cookies',
    'Home › Research',
    'Page 14 of 52',
    'Page 3 of 12',
    'Key figures, 2024:',
    'E = estimate',
    'Source:',
    'USD million¹',
    'revised our estimate',
    'between $3.5 billion and $4.8 billion',
    'two billion dollars',
    'fiscal 2024',
    'FY2024',
    '€8.6 billion',
    'billion yen',
    'trillion won',
    'NT$386 billion',
    'US$42.7bn',
    'Gross margin',
    'penetration',
    'more than double',
    'is expected to',
    'CAGR 2024-27',
    '同比增长',
    '同比下降',
    '环比',
    '预计',
    '將達',
    '年複合成長率',
    '新台幣',
    '亿日元',
    '万台',
    '渗透率',
    '毛利率',
    '佔比',
    '（单位：亿元）',
    '| 合计 |',
    '年增率',
    'Exhibit 7',
)
#: read blind once: figures 91/114 (80%), rates 33/43 (77%), verdicts 35/53 (66%), false inconsistent 2 (bullets of a
#: market's parts read as the market; two markets' rates in one sentence joined to one). Then mended, each with a
#: test of its own: a rate to a target "from" its prior year's amount; a rate naming its own market; a margin and
#: a replaced forecast give no figure; a change row with a blank first year, a "+" before a number, a margin's row
#: under amounts, 人形 counting no people, a digit in a part's name; bullets under "Key figures" as parts of the
#: market above. These floors hold what that gave.
FLOORS = {"figures_found": 108, "rates_found": 42, "verdicts_right": 52}


if __name__ == "__main__":  # python tests/extract_checkset12.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
