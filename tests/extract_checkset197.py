"""A hundred-and-ninety-seventh check set for the extractor, written blind: AI in printing, packaging and labels: AI for
print-job scheduling and colour management, AI vision inspection on packaging and label lines, AI packaging design and
artwork proofing, AI demand planning for corrugated-box makers, AI for smart labels and track-and-trace; sized in
money by printing and packaging trade associations, packaging groups' capital-markets days, industry ministries'
plans, brokers and research houses in Germany, Italy, the Netherlands, the United Kingdom, the United States, Mexico,
India, Japan, South Korea, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole
printing or packaging market beside the AI part, tonnes of board produced, presses installed, a company's own revenue
or margin, price per thousand labels, a funding round and valuation, a quarter's figures, a survey's percentages,
plant employment.

Snippets 1-20: Twenty snippets on AI in printing, packaging and labels. Eight English prose pieces (a Chicago wire
release, a Mumbai broker note in fiscal years, an Amsterdam briefing with segment shares, a London news story quoting
two research houses, a Milan capital-markets-day transcript sizing a TAM, a Berlin ministry plan with targets, a New
York note carrying a correction and a 2029 range, an investor's blog post), seven Chinese prose pieces (three in
Traditional: a Taiwanese association white paper, a Hong Kong story in 億港元 with a part and its share, a Taiwanese
broker deep-dive), and five tables (markdown with E/F columns, space-aligned years-as-rows with YoY, tab-separated 亿元
with 合计, tab-separated fiscal years in yen, Traditional pipe table in 新台幣百萬元 with shares). Distractors left out: whole
printing or packaging markets, tonnes, presses and systems installed, company revenue, margins, orders and share
targets, price per thousand labels, funding rounds and valuations, a quarter's spend, survey percentages, a second
house's same-year figure, a retracted figure, headcounts. Inconsistent: the blog's 24% CAGR (8) and the 2023 YoY typo
in table 17. Holding only by rounding: CAGRs in 2, 5, 11, 12, the 39% share in 3, and the 2025E total in 16.

Snippets 21-40: Twenty snippets (21-40) on AI in printing, packaging and labels. Eight are English prose: a US
packaging group's earnings call sizing its inspection TAM, a Tilburg working-paper abstract, a social-media thread, a
UK web article with a correction, an Italian label converter's chair letter, Mexican investor-day bullets, a forum
answer citing two publishers, and a Mumbai broker note with a rupee aside. Seven are Chinese prose (Xinhua-style
release, ministry plan, Taiwanese MIC-style release, Hong Kong report, PTT post, brokerage abstract with a range,
results briefing; three in Traditional), and five are tables (markdown by application, tab-separated Japanese vertical
table with YoY, space-aligned Chinese with 合计, regional with CAGR, German statistics with shares). Left out: whole
printing and packaging markets, board tonnes, presses installed, company revenue, margins and share targets, price per
thousand labels, funding rounds, quarters, survey percentages, employment, shares in words, a second publisher's 2023
figure, the pre-correction figure, won and rupee amounts. Inconsistent: the 24% CAGR in 28, the FY2023 YoY in 37,
Middle East & Africa's CAGR in 39. Rounding only: +17% in 26, 约21% in 32, the FY2024 YoY in 37, Latin America's CAGR
in 39, one share in 40, the 2024 total in 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release from an institute: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the report title year, the packaging-machinery spend, survey counts and percentages.
    dict(
        text=(
            "CHICAGO, Feb. 11, 2025 /PRNewswire/ -- Converters and brand owners spent $1.26 billion on AI-based "
            "vision inspection for packaging and label lines in 2024, up 17.3% from $1.074 billion in 2023, "
            "according to the 2025 Packaging Line Intelligence Monitor released today by the Lakeshore Packaging "
            "Institute. The institute projects the segment will reach $2.74 billion by 2029, which works out to a "
            "compound annual growth rate of 16.8% over 2024-2029. That is still a sliver of the roughly $52 billion "
            "the industry lays out on packaging machinery each year. In a survey of 340 converters conducted for the "
            "report, 61% named defect escapes on high-speed flexo and digital label presses as their top quality "
            "concern, and 27% plan to retrofit cameras on existing lines within 18 months."
        ),
        obs=[
            ("Total", 2023, 1.074, "USD billion", "actual"),
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2029, 2.74, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.26 / 1.074) ** (1 / 1) - 1 = 17.32% -> 17.3
            ("cagr|implied", "exact"),  # (2.74 / 1.26) ** (1 / 5) - 1 = 16.81% -> 16.8
        ],
    ),
    # 2. Mumbai broker sector note in fiscal years; FY2029e figure in bn converted to the series' USD million; CAGR
    #    span only from the amounts' years, "roughly 21%" while the amounts give 20.46%. Expected nowhere: the rupee
    #    crore figure for India, containerboard tonnes, the covered company's TP, upside, revenue and margin.
    dict(
        text=(
            "PACKAGING & PAPER | Sector update | Mumbai, 14 July 2025\n"
            "Boxed in by forecasts no more. Corrugated-box makers are finally buying software that tells them what "
            "to make and when. We size the global market for AI demand-planning and order-forecasting tools sold to "
            "corrugators at US$410mn in FY2024 and see it climbing to US$1.04bn by FY2029e, a CAGR of roughly 21%. "
            "India is a sliver of that - we estimate domestic spend at about Rs 310 crore - even though the country "
            "produced some 14.5mn tonnes of containerboard last year. Our preferred play, Deccan Corrugated Systems "
            "(BUY, TP Rs 865, 24% upside), lifted FY2024 revenue 19% to Rs 1,142 crore at an EBITDA margin of 17.8%."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 1040, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1040 / 410) ** (1 / 5) - 1 = 20.46% -> 20, not 21; bounds (1035 / 410.5) ** (1/5) - 1 = 20.32%,
            # (1045 / 409.5) ** (1/5) - 1 = 20.61% (1.04bn read +-0.005bn) -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Amsterdam research briefing: total and two segments with shares; the 39% holds only by rounding.
    #    Expected nowhere: Dutch packaging tonnes, the number of brand owners interviewed.
    dict(
        text=(
            "Amsterdam, 9 April 2025 - Software that designs packaging and checks artwork before it goes to press "
            "generated EUR 1.46 billion worldwide in 2024, according to a research briefing from Grachtwerk Insights. "
            "Artwork proofing - automated comparison of files against regulatory copy, barcodes and brand colour "
            "libraries - took EUR 0.58 billion, or 39% of the total, while structural packaging design accounted for "
            "EUR 0.41 billion (28%). The balance went on label layout, dieline generation and translation tools. "
            "Grachtwerk expects the market to reach EUR 2.9 billion in 2028. For scale, Dutch producers turned out "
            "about 3.2 million tonnes of paper and board packaging last year; the briefing draws on interviews with "
            "85 brand owners."
        ),
        obs=[
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Artwork proofing", 2024, 0.58, "EUR billion", "actual"),
            ("Structural packaging design", 2024, 0.41, "EUR billion", "actual"),
            ("Total", 2028, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 0.58 / 1.46 = 39.73% -> 40, not 39; bounds 0.575 / 1.465 = 39.25%, 0.585 / 1.455 = 40.21% -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 0.41 / 1.46 = 28.08% -> 28
        ],
    ),
    # 4. London news story quoting two research houses; series unit GBP million, so the 2030 bn figure is converted;
    #    CAGR span only from the amounts' years. Expected nowhere: Tamsin's higher 2024 figure, UK print turnover,
    #    employment, the start-up's Series A and valuation.
    dict(
        text=(
            "LONDON, 22 September 2025 - Britain's printers are handing the job board to algorithms. UK spending on "
            "AI tools that schedule print jobs, balance press loads and manage colour stood at £186 million in 2024 "
            "and will climb to £0.52 billion by 2030, growing at a compound 18.7% a year, according to Fleetbridge "
            "Research. Leeds-based Tamsin Analytics, which counts workflow software differently, puts last year's "
            "spend higher, at £240 million. Either way it is small beside the £13.9 billion turnover of the UK "
            "printing industry, which employs some 110,000 people. Bristol start-up PressMind raised £14 million in a "
            "Series A this summer that valued it at around £70 million."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Total", 2030, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (520 / 186) ** (1 / 6) - 1 = 18.69% -> 18.7
        ],
    ),
    # 5. Milan capital-markets-day transcript: the CEO's TAM is the market (Total); a 2.4x multiple; "around 15%"
    #    while the amounts give 15.61%. Expected nowhere: the 8% share ambition, plants, headcount, group revenue,
    #    EBITDA margin, third-quarter orders and their growth.
    dict(
        text=(
            "Verdana Packaging Group - Capital Markets Day 2025, Milan, 18 November 2025 - transcript excerpt\n"
            "Luca Ferraris, Chief Executive Officer: So let me size the opportunity. We put the total addressable "
            "market for AI-enabled inspection, serialisation and track-and-trace on packaging lines at about EUR 3.1 "
            "billion in 2024. By 2030 we think it's EUR 7.4 billion - roughly 2.4x - which is a compound rate of "
            "around 15% from 2024 to 2030. Our ambition is to win 8% of that pool. Today, as you know, we run 46 "
            "plants with 9,200 people, and group revenue last year was EUR 2.84 billion at a 14.6% adjusted EBITDA "
            "margin. Third-quarter orders for our vision modules were EUR 61 million, up 22%."
        ),
        obs=[
            ("Total", 2024, 3.1, "EUR billion", "actual"),
            ("Total", 2030, 7.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2030, 6.0),
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.4 / 3.1) ** (1 / 6) - 1 = 15.61% -> 16, not 15; bounds (7.35 / 3.15) ** (1/6) - 1 = 15.17%,
            # (7.45 / 3.05) ** (1/6) - 1 = 16.05% -> 15 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. Berlin federal ministry programme with targets; series unit EUR million, so the 2030 bn target is converted.
    #    Expected nowhere: the programme's EUR 120 million funding, firm and employee counts, packaging tonnes.
    dict(
        text=(
            "Berlin, 3 June 2025 - The federal economics ministry has set out a 'Smart Label 2030' programme that "
            "aims to lift German spending on AI-driven smart labels, serialisation and track-and-trace from EUR 215 "
            "million in 2024 to EUR 450 million by 2027 and EUR 0.9 billion by 2030 - an average increase of 27% a "
            "year between 2024 and 2030. The ministry will put EUR 120 million of funding behind pilot lines at "
            "small and mid-sized label printers. Germany's roughly 7,800 printing firms employ about 125,000 people, "
            "and the country's packaging industry produced 19.6 million tonnes of packaging in 2023."
        ),
        obs=[
            ("Total", 2024, 215, "EUR million", "actual"),
            ("Total", 2027, 450, "EUR million", "estimate"),
            ("Total", 2030, 900, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (900 / 215) ** (1 / 6) - 1 = 26.95% -> 27
        ],
    ),
    # 7. New York research note carrying a correction and a 2029 range (two value claims, no obs).
    #    Expected nowhere: the retracted $1.23 billion, systems shipped, price per thousand labels, the note dates.
    dict(
        text=(
            "Hudson Ridge Research | Print Technology | New York, 12 March 2025\n"
            "CORRECTION: The version of this note sent on 10 March gave the 2024 market size as $1.23 billion because "
            "of a transposition error; the correct figure is $1.32 billion, and the growth rate below has been "
            "amended.\n"
            "AI colour management - closed-loop spectral measurement and automatic ink-key correction on offset, "
            "flexo and digital presses - was a $1.32 billion market in 2024, up 21% from $1.09 billion in 2023. We "
            "see it reaching between $2.9 billion and $3.4 billion in 2029, depending on how fast label converters "
            "retire older presses. Installations support the bull case: vendors shipped about 4,100 closed-loop "
            "systems last year. Pricing does not: label buyers now pay as little as $11 per thousand for short-run "
            "pressure-sensitive labels."
        ),
        obs=[
            ("Total", 2023, 1.09, "USD billion", "actual"),
            ("Total", 2024, 1.32, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("value", 2.9, "USD billion", 2029, 2029, None),
            ("value", 3.4, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.32 / 1.09) ** (1 / 1) - 1 = 21.10% -> 21
        ],
    ),
    # 8. Investor's blog post: approximate base, 2030 figure in bn converted to the series' USD million, and a 24%
    #    CAGR the amounts do not give (typo/hype). Expected nowhere: the post date, inlay price per thousand, the
    #    Series B and valuation, the retailer survey's 62%.
    dict(
        text=(
            "Posted June 2, 2025 - The Long Shelf (an investor's notebook)\n"
            "Why I'm watching smart labels. Strip away the hype and the numbers are still decent. By my reading of "
            "the vendor filings, brands spent roughly $640 million in 2024 on AI software that sits on top of RFID "
            "and NFC labels - authentication, recall tracing, shelf-level replenishment. The better forecasts put "
            "that at $1.95 billion by 2030, which the bulls call a 24% CAGR from 2024 to 2030. (Run it yourself; I "
            "don't get 24.) Inlays keep getting cheaper - around $45 per thousand for UHF tags in volume - and that "
            "is the real unlock. TagLoom's $38 million Series B at a $410 million valuation shows the VC crowd "
            "agrees. In a retailer survey I saw, 62% of respondents said they plan item-level tagging by 2027."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1950, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1950 / 640) ** (1 / 6) - 1 = 20.40%; bounds (1945 / 640.5) ** (1/6) - 1 = 20.34%,
            # (1955 / 639.5) ** (1/6) - 1 = 20.47% (1.95bn read +-0.005bn) -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, CAGR with printed span.
    #    Expected nowhere: the report title year, national print output (万亿元), board tonnes, firms surveyed.
    dict(
        text=(
            "《2025中国智能包装设计发展报告》日前由中国包装印刷数字化联盟发布。报告显示，2024年我国AI包装设计与印前稿件审校"
            "市场规模达到38.6亿元，较2023年的30.3亿元增长27.4%。报告预计，随着快消、医药品牌加快上新节奏，该市场将在2028年"
            "达到96.5亿元，2024—2028年年均复合增长率为25.7%。作为对比，2024年全国印刷业总产值约1.37万亿元，纸和纸板包装产量"
            "超过3,500万吨；报告共调研了412家印刷包装企业。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2028, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("cagr|implied", "exact"),  # (96.5 / 38.6) ** (1 / 4) - 1 = 25.74% -> 25.7
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) with 力争 targets and 较2023年增长4倍 (x4, no verdict).
    #     Expected nowhere: the plan's title years, demonstration factories, the 85% coverage rate, total print output.
    dict(
        text=(
            "浙江省经济和信息化厅近日印发《浙江省印刷包装产业智能化改造行动方案（2024—2027年）》。方案显示，2023年全省印刷"
            "包装领域人工智能应用市场规模约31亿元；到2025年，力争达到65亿元；到2027年，力争突破150亿元，较2023年增长4倍。"
            "方案同时提出，到2027年培育智能印刷示范工厂30家，规上印刷企业数字化改造覆盖率达到85%以上，全省印刷业总产值稳定在"
            "2,200亿元左右。"
        ),
        obs=[
            ("Total", 2023, 31, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Beijing wire story quoting two institutes (Simplified); the first institute's base, target and rate count,
    #     its 30.6% holds only by rounding. Expected nowhere: 华铭咨询's 2024 figure, box tonnes, firm counts.
    dict(
        text=(
            "中经快讯北京3月18日电（记者 周岚）瓦楞纸箱企业正在把排产“交给算法”。赛研智库最新数据显示，2024年中国瓦楞纸箱"
            "行业AI需求预测与智能排产软件市场规模为12.4亿元，预计2027年将增至27.8亿元，2024—2027年年均复合增长率达30.6%。"
            "另一家机构华铭咨询的测算则更为乐观，认为2024年该市场规模已达15亿元左右。行业协会数据显示，2024年全国瓦楞纸箱产量"
            "约为4,100万吨，规模以上纸箱企业约2,600家。"
        ),
        obs=[
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2027, 27.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (27.8 / 12.4) ** (1 / 3) - 1 = 30.88% -> 30.9, not 30.6; bounds (27.75 / 12.45) ** (1/3) - 1 = 30.63%,
            # (27.85 / 12.35) ** (1/3) - 1 = 31.14% -> 30.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwanese association white paper (Traditional) in 新台幣億元; YoY exact, CAGR 23.3% only by rounding.
    #     Expected nowhere: the date (28日), title year, print-industry output, member count, price per thousand labels.
    dict(
        text=(
            "台灣智慧包印產業協會今（28）日發布《2025台灣包裝印刷AI應用白皮書》指出，2024年國內AI智慧標籤與產品追溯市場"
            "規模達新台幣48.6億元，較2023年的39.8億元成長22.1%。協會預估，在食品、藥品追溯法規趨嚴下，2028年市場將擴大至"
            "新台幣112億元，2024至2028年年複合成長率為23.3%。協會理事長表示，目前國內印刷業年產值約新台幣1,500億元，會員"
            "廠商逾380家；短版標籤每千張報價約新台幣350元，價格競爭依舊激烈。"
        ),
        obs=[
            ("Total", 2023, 39.8, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2028, 112, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("cagr", 23.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.8) ** (1 / 1) - 1 = 22.11% -> 22.1
            # (112 / 48.6) ** (1 / 4) - 1 = 23.21% -> 23.2, not 23.3; bounds (111.5 / 48.65) ** (1/4) - 1 = 23.04%,
            # (112.5 / 48.55) ** (1/4) - 1 = 23.38% -> 23.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 with a part and its share, approximate share, CAGR with span.
    #     Expected nowhere: employment, the start-up's 4,800萬港元 round and 3億港元 valuation.
    dict(
        text=(
            "【本報訊】本港包裝及標籤生產線正加快引入人工智能。香港印刷及包裝科技研究中心昨日公布，2024年本港AI視覺檢測"
            "系統市場規模達7.8億港元，其中食品及飲品包裝佔3.1億港元，佔整體約40%。中心預計，2024至2027年間市場將按年均約"
            "17%增長，至2027年達12.5億港元。本港印刷及包裝業現時僱用約2.1萬人；本地初創視橙科技上月完成4,800萬港元A輪融資，"
            "估值約3億港元。"
        ),
        obs=[
            ("Total", 2024, 7.8, "HKD 100 million", "actual"),
            ("食品及飲品包裝", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2027, 12.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.1 / 7.8 = 39.74% -> 40
            ("cagr|implied", "exact"),  # (12.5 / 7.8) ** (1 / 3) - 1 = 17.02% -> 17
        ],
    ),
    # 14. Dongguan newspaper story (Simplified) dated 2025-05-20 using 去年 (2024, actual) and 今年 (2025, estimate).
    #     Expected nowhere: the first-quarter spend, the survey's 300 firms and 68%, the industry's gross margin.
    dict(
        text=(
            "本报东莞2025年5月20日电 记者走访珠三角多家印刷厂发现，AI排产与色彩管理正从“锦上添花”变成“标配”。据粤港澳"
            "印刷智造联盟测算，去年国内印刷企业在AI排产与色彩管理系统上的投入约为21.5亿元，同比增长18.1%；今年这一数字有望"
            "突破26亿元，同比增长约21%。今年一季度，相关采购额约为5.8亿元。联盟一项覆盖300家企业的调查显示，68%的受访企业"
            "计划在两年内上线智能排产系统，但行业平均毛利率已降至12%左右。"
        ),
        obs=[
            ("Total", 2024, 21.5, "CNY 100 million", "actual"),
            ("Total", 2025, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 18.1%: no 2023 amount printed -> no verdict
            ("cagr|implied", "exact"),  # (26 / 21.5) ** (1 / 1) - 1 = 20.93% -> 21
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元; YoY with both amounts, CAGR span inferred.
    #     Expected nowhere: the report date, the rating, target price and upside, company revenue and gross margin.
    dict(
        text=(
            "【深度報告】印前軟體｜晴川證券投顧研究部｜2025年3月6日\n"
            "AI色彩管理與印刷排程：從工具走向平台。我們估算全球AI印前色彩管理與印刷排程軟體市場2024年規模為18.2億美元，較"
            "2023年的15.1億美元年增20.5%；預估至2027年將達31.5億美元，年複合成長率約20%。首次評等台灣龍頭捷印科技「買進」，"
            "目標價新台幣420元，較現價仍有18%上漲空間；該公司2024年營收新台幣52.3億元，毛利率41.5%。"
        ),
        obs=[
            ("Total", 2023, 15.1, "USD 100 million", "actual"),
            ("Total", 2024, 18.2, "USD 100 million", "actual"),
            ("Total", 2027, 31.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.2 / 15.1) ** (1 / 1) - 1 = 20.53% -> 20.5
            ("cagr|period", "exact"),  # (31.5 / 18.2) ** (1 / 3) - 1 = 20.06% -> 20
        ],
    ),
    # 16. Markdown pipe table, USD million, E/F columns and a Total row; the 2025E total adds only by rounding.
    #     Expected nowhere: the source month, the ~$1.1 trillion global packaging market.
    dict(
        text=(
            "Global AI in packaging & labels by application, USD million (Delfthaven Research, May 2025)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Vision inspection | 812.4 | 968.1 | 1,142.6 | 1,566.0 |\n"
            "| Artwork & design proofing | 356.8 | 431.2 | 519.7 | 748.3 |\n"
            "| Print scheduling & colour management | 402.5 | 468.9 | 544.0 | 731.5 |\n"
            "| Demand planning (corrugated) | 141.3 | 178.6 | 224.1 | 349.8 |\n"
            "| Smart labels & track-and-trace | 488.0 | 597.4 | 731.8 | 1,093.2 |\n"
            "| Total | 2,201.0 | 2,644.2 | 3,162.3 | 4,488.8 |\n"
            "E = estimate, F = forecast; totals may not add due to rounding. Excludes hardware. For reference, the "
            "global packaging market was worth about $1.1 trillion in 2024."
        ),
        obs=[
            ("Vision inspection", 2023, 812.4, "USD million", "actual"),
            ("Vision inspection", 2024, 968.1, "USD million", "actual"),
            ("Vision inspection", 2025, 1142.6, "USD million", "estimate"),
            ("Vision inspection", 2027, 1566.0, "USD million", "estimate"),
            ("Artwork & design proofing", 2023, 356.8, "USD million", "actual"),
            ("Artwork & design proofing", 2024, 431.2, "USD million", "actual"),
            ("Artwork & design proofing", 2025, 519.7, "USD million", "estimate"),
            ("Artwork & design proofing", 2027, 748.3, "USD million", "estimate"),
            ("Print scheduling & colour management", 2023, 402.5, "USD million", "actual"),
            ("Print scheduling & colour management", 2024, 468.9, "USD million", "actual"),
            ("Print scheduling & colour management", 2025, 544.0, "USD million", "estimate"),
            ("Print scheduling & colour management", 2027, 731.5, "USD million", "estimate"),
            ("Demand planning (corrugated)", 2023, 141.3, "USD million", "actual"),
            ("Demand planning (corrugated)", 2024, 178.6, "USD million", "actual"),
            ("Demand planning (corrugated)", 2025, 224.1, "USD million", "estimate"),
            ("Demand planning (corrugated)", 2027, 349.8, "USD million", "estimate"),
            ("Smart labels & track-and-trace", 2023, 488.0, "USD million", "actual"),
            ("Smart labels & track-and-trace", 2024, 597.4, "USD million", "actual"),
            ("Smart labels & track-and-trace", 2025, 731.8, "USD million", "estimate"),
            ("Smart labels & track-and-trace", 2027, 1093.2, "USD million", "estimate"),
            ("Total", 2023, 2201.0, "USD million", "actual"),
            ("Total", 2024, 2644.2, "USD million", "actual"),
            ("Total", 2025, 3162.3, "USD million", "estimate"),
            ("Total", 2027, 4488.8, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 812.4 + 356.8 + 402.5 + 141.3 + 488.0 = 2201.0
            ("hierarchy", "exact"),  # 2024: 968.1 + 431.2 + 468.9 + 178.6 + 597.4 = 2644.2
            # 2025E: 1142.6 + 519.7 + 544.0 + 224.1 + 731.8 = 3162.2, printed 3162.3; bounds 3161.95 to 3162.45
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 1566.0 + 748.3 + 731.5 + 349.8 + 1093.2 = 4488.8
        ],
    ),
    # 17. Space-aligned vertical table (years as rows) with a lone "USD million" column (the Total) and YoY; the 2023
    #     YoY is a typo (18.9% for 19.8%). Expected nowhere: the source month, camera systems installed.
    dict(
        text=(
            "North America - AI vision inspection on label and flexible-packaging lines\n"
            "Source: Cobalt Ridge Partners, Jan 2025\n"
            "\n"
            "Year      USD million      YoY\n"
            "2020            168.5        -\n"
            "2021            204.9    21.6%\n"
            "2022            251.6    22.8%\n"
            "2023            301.4    18.9%\n"
            "2024            353.0    17.1%\n"
            "2025E           409.7    16.1%\n"
            "\n"
            "Camera systems installed (cumulative, 2024): c. 6,800 lines."
        ),
        obs=[
            ("Total", 2020, 168.5, "USD million", "actual"),
            ("Total", 2021, 204.9, "USD million", "actual"),
            ("Total", 2022, 251.6, "USD million", "actual"),
            ("Total", 2023, 301.4, "USD million", "actual"),
            ("Total", 2024, 353.0, "USD million", "actual"),
            ("Total", 2025, 409.7, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2020, 2021, 1.0),
            ("growth", 22.8, "percent", 2021, 2022, 1.0),
            ("growth", 18.9, "percent", 2022, 2023, 1.0),
            ("growth", 17.1, "percent", 2023, 2024, 1.0),
            ("growth", 16.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 204.9 / 168.5 - 1 = 21.60% -> 21.6
            ("cagr|implied", "exact"),  # 251.6 / 204.9 - 1 = 22.79% -> 22.8
            # 301.4 / 251.6 - 1 = 19.79%; bounds 301.35 / 251.65 - 1 = 19.75%, 301.45 / 251.55 - 1 = 19.84% -> 18.9 no
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 353.0 / 301.4 - 1 = 17.12% -> 17.1
            ("cagr|implied", "exact"),  # 409.7 / 353.0 - 1 = 16.06% -> 16.1
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row; all columns add exactly.
    #     Expected nowhere: the table number (表3), title years, source date, board tonnes.
    dict(
        text=(
            "表3  2022—2025年中国印刷包装AI应用市场细分规模（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "视觉质检\t21.4\t27.9\t35.6\t44.8\n"
            "包装设计与稿件审校\t8.7\t11.5\t15.2\t19.9\n"
            "印刷排产与色彩管理\t10.3\t12.6\t15.4\t18.7\n"
            "智能标签与追溯\t14.9\t19.2\t24.7\t31.6\n"
            "合计\t55.3\t71.2\t90.9\t115.0\n"
            "注：E为预测值。资料来源：华研印包研究院，2025年4月。同期全国纸和纸板包装产量约3,600万吨。"
        ),
        obs=[
            ("视觉质检", 2022, 21.4, "CNY 100 million", "actual"),
            ("视觉质检", 2023, 27.9, "CNY 100 million", "actual"),
            ("视觉质检", 2024, 35.6, "CNY 100 million", "actual"),
            ("视觉质检", 2025, 44.8, "CNY 100 million", "estimate"),
            ("包装设计与稿件审校", 2022, 8.7, "CNY 100 million", "actual"),
            ("包装设计与稿件审校", 2023, 11.5, "CNY 100 million", "actual"),
            ("包装设计与稿件审校", 2024, 15.2, "CNY 100 million", "actual"),
            ("包装设计与稿件审校", 2025, 19.9, "CNY 100 million", "estimate"),
            ("印刷排产与色彩管理", 2022, 10.3, "CNY 100 million", "actual"),
            ("印刷排产与色彩管理", 2023, 12.6, "CNY 100 million", "actual"),
            ("印刷排产与色彩管理", 2024, 15.4, "CNY 100 million", "actual"),
            ("印刷排产与色彩管理", 2025, 18.7, "CNY 100 million", "estimate"),
            ("智能标签与追溯", 2022, 14.9, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2023, 19.2, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2024, 24.7, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2025, 31.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 55.3, "CNY 100 million", "actual"),
            ("合计", 2023, 71.2, "CNY 100 million", "actual"),
            ("合计", 2024, 90.9, "CNY 100 million", "actual"),
            ("合计", 2025, 115.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 21.4 + 8.7 + 10.3 + 14.9 = 55.3
            ("hierarchy", "exact"),  # 2023: 27.9 + 11.5 + 12.6 + 19.2 = 71.2
            ("hierarchy", "exact"),  # 2024: 35.6 + 15.2 + 15.4 + 24.7 = 90.9
            ("hierarchy", "exact"),  # 2025E: 44.8 + 19.9 + 18.7 + 31.6 = 115.0
        ],
    ),
    # 19. Tab-separated fiscal-year table (Japan, ¥ billion; FY2024 counts as 2024), Total row adds exactly.
    #     Expected nowhere: the source month, presses installed, domestic printing shipments (¥4.6 trillion).
    dict(
        text=(
            "Japan: AI print-job scheduling and colour management software, by end market "
            "(¥ billion; fiscal years ending March)\n"
            "Segment\tFY2022\tFY2023\tFY2024\tFY2025E\n"
            "Commercial print\t14.2\t16.8\t19.5\t22.9\n"
            "Packaging print\t9.6\t12.1\t15.3\t19.4\n"
            "Label print\t4.1\t5.3\t6.9\t8.8\n"
            "Total\t27.9\t34.2\t41.7\t51.1\n"
            "Source: Marunouchi Print Research, June 2025. Memo: presses fitted with AI scheduling modules in Japan, "
            "FY2024: 2,950 units; domestic printing shipments, FY2024: ¥4.6 trillion."
        ),
        obs=[
            ("Commercial print", 2022, 14.2, "JPY billion", "actual"),
            ("Commercial print", 2023, 16.8, "JPY billion", "actual"),
            ("Commercial print", 2024, 19.5, "JPY billion", "actual"),
            ("Commercial print", 2025, 22.9, "JPY billion", "estimate"),
            ("Packaging print", 2022, 9.6, "JPY billion", "actual"),
            ("Packaging print", 2023, 12.1, "JPY billion", "actual"),
            ("Packaging print", 2024, 15.3, "JPY billion", "actual"),
            ("Packaging print", 2025, 19.4, "JPY billion", "estimate"),
            ("Label print", 2022, 4.1, "JPY billion", "actual"),
            ("Label print", 2023, 5.3, "JPY billion", "actual"),
            ("Label print", 2024, 6.9, "JPY billion", "actual"),
            ("Label print", 2025, 8.8, "JPY billion", "estimate"),
            ("Total", 2022, 27.9, "JPY billion", "actual"),
            ("Total", 2023, 34.2, "JPY billion", "actual"),
            ("Total", 2024, 41.7, "JPY billion", "actual"),
            ("Total", 2025, 51.1, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2022: 14.2 + 9.6 + 4.1 = 27.9
            ("hierarchy", "exact"),  # FY2023: 16.8 + 12.1 + 5.3 = 34.2
            ("hierarchy", "exact"),  # FY2024: 19.5 + 15.3 + 6.9 = 41.7
            ("hierarchy", "exact"),  # FY2025E: 22.9 + 19.4 + 8.8 = 51.1
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a 2024 share column and a 合計 row (its 100% no claim).
    #     Expected nowhere: the table number (表二), the source date.
    dict(
        text=(
            "表二、台灣包裝印刷AI應用市場規模（單位：新台幣百萬元）\n"
            "| 應用領域 | 2023年 | 2024年 | 2024年占比 | 2025年(F) |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI視覺瑕疵檢測 | 1,052 | 1,286 | 41% | 1,540 |\n"
            "| 智慧標籤與追溯 | 614 | 802 | 26% | 1,015 |\n"
            "| 包裝設計與印前打樣 | 455 | 566 | 18% | 690 |\n"
            "| 印刷排程與色彩管理 | 382 | 467 | 15% | 558 |\n"
            "| 合計 | 2,503 | 3,121 | 100% | 3,803 |\n"
            "資料來源：台灣印刷研究所（2025年5月）；F為預測值。"
        ),
        obs=[
            ("AI視覺瑕疵檢測", 2023, 1052, "TWD million", "actual"),
            ("AI視覺瑕疵檢測", 2024, 1286, "TWD million", "actual"),
            ("AI視覺瑕疵檢測", 2025, 1540, "TWD million", "estimate"),
            ("智慧標籤與追溯", 2023, 614, "TWD million", "actual"),
            ("智慧標籤與追溯", 2024, 802, "TWD million", "actual"),
            ("智慧標籤與追溯", 2025, 1015, "TWD million", "estimate"),
            ("包裝設計與印前打樣", 2023, 455, "TWD million", "actual"),
            ("包裝設計與印前打樣", 2024, 566, "TWD million", "actual"),
            ("包裝設計與印前打樣", 2025, 690, "TWD million", "estimate"),
            ("印刷排程與色彩管理", 2023, 382, "TWD million", "actual"),
            ("印刷排程與色彩管理", 2024, 467, "TWD million", "actual"),
            ("印刷排程與色彩管理", 2025, 558, "TWD million", "estimate"),
            ("合計", 2023, 2503, "TWD million", "actual"),
            ("合計", 2024, 3121, "TWD million", "actual"),
            ("合計", 2025, 3803, "TWD million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1286 / 3121 = 41.20% -> 41
            ("arithmetic", "exact"),  # 802 / 3121 = 25.70% -> 26
            ("arithmetic", "exact"),  # 566 / 3121 = 18.14% -> 18
            ("arithmetic", "exact"),  # 467 / 3121 = 14.96% -> 15
            ("hierarchy", "exact"),  # 2023: 1052 + 614 + 455 + 382 = 2503
            ("hierarchy", "exact"),  # 2024: 1286 + 802 + 566 + 467 = 3121
            ("hierarchy", "exact"),  # 2025F: 1540 + 1015 + 690 + 558 = 3803
        ],
    ),
    # 21. US packaging group's Q3 earnings-call transcript sizing its TAM ("this year" = 2025, an estimate); CAGR with
    #     printed span. Expected nowhere: the quarter's net sales and decline, systems shipped, the EBITDA margin,
    #     "one line in five".
    dict(
        text=(
            "Crestline Packaging Corp. (NYSE: CRPK) Third-Quarter 2025 Earnings Conference Call - October 29, 2025\n"
            "Marcus Ellery, President and Chief Executive Officer: Thank you, and good morning. Before Janine takes "
            "you through the quarter, I want to spend a minute on why we keep putting capital into Sightline, our "
            "inspection business. Across corrugated, folding-carton and flexible-packaging lines worldwide, we see a "
            "total addressable market for AI vision inspection of about $1.8 billion this year, and our work says "
            "that gets to $3.9 billion by 2030 - a compound annual growth rate of roughly 17% between 2025 and 2030. "
            "Today fewer than one line in five runs any kind of learned inspection. In the quarter itself, net sales "
            "were $1.26 billion, down 2% on softer containerboard volumes, we shipped 38 Sightline systems, and "
            "adjusted EBITDA margin came in at 17.4%."
        ),
        obs=[
            ("Total", 2025, 1.8, "USD billion", "estimate"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.9 / 1.8) ** (1 / 5) - 1 = 16.72% -> 17
        ],
    ),
    # 22. Tilburg working-paper abstract; an "average annual gain" whose span only its amounts' years give.
    #     Expected nowhere: the paper number, the 27 converters, European corrugated output in tonnes, the 9%
    #     inventory cut, the percentage points of waste.
    dict(
        text=(
            "Tilburg School of Operations - Working Paper TSO-2025-014\n"
            "Forecasting the box: machine learning in corrugated demand planning\n"
            "Abstract. Corrugated-box makers plan production against volatile orders from e-commerce and food "
            "customers. Drawing on licence data from 27 European converters, we estimate that spending on AI "
            "demand-planning and order-forecasting software by European corrugated producers grew from EUR 148 "
            "million in 2021 to EUR 231 million in 2024, an average annual gain of about 16%. Over the same period "
            "European corrugated output was broadly flat at around 48 million tonnes. Plants that adopted the tools "
            "cut finished-goods inventory by 9% and trimmed board waste by 1.3 percentage points.\n"
            "Keywords: demand forecasting; packaging; corrugated board; machine learning."
        ),
        obs=[
            ("Total", 2021, 148, "EUR million", "actual"),
            ("Total", 2024, 231, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 16, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (231 / 148) ** (1 / 3) - 1 = 16.00% -> 16
        ],
    ),
    # 23. Social-media thread; series unit USD million (the first printed), so $1.5B is expected as 1500. A 1.6x
    #     multiple over two years. Expected nowhere: thread numbering, the 30,000 artwork changes, the Series B and
    #     its valuation.
    dict(
        text=(
            "1/ Quick thread on AI packaging design & artwork proofing - the unglamorous software that checks every "
            "barcode, allergen line and Pantone callout before a label goes to press. \U0001f9f5\n"
            "2/ Numbers from Bramwell Partners: the global market was $640M in 2024, up from $410M in 2022. "
            "That's ~1.6x in two years.\n"
            "3/ Their forecast is $1.5B by 2029, i.e. a ~19% CAGR for 2024-2029.\n"
            "4/ Why? A big CPG brand can push 30,000+ artwork changes a year, and one recall over a misprinted "
            "allergen costs millions.\n"
            "5/ Money is following: proofing start-up Kernwell raised a $38M Series B last week at a $260M "
            "valuation. Not advice, just nerding out. /end"
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 1.6, "multiple", 2022, 2024, 2.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1500 / 640) ** (1 / 5) - 1 = 18.57% -> 19
        ],
    ),
    # 24. UK trade web article with a correction (the corrected GBP 212 million stands); YoY growth with both amounts,
    #     CAGR with printed span. Expected nowhere: the pre-correction GBP 221 million, "about a third", the whole UK
    #     printing industry's turnover, employment, the dateline.
    dict(
        text=(
            "PrintFloor Insight | 14 May 2025\n"
            "AI colour and scheduling tools win over Britain's printers\n"
            "Britain's commercial printers spent \u00a3212 million on AI colour-management and print-job scheduling "
            "software in 2024, up 14% from \u00a3186 million in 2023, according to figures from the British Print "
            "Technology Association (BPTA). The association expects spending to reach \u00a3390 million by 2029, "
            "growth of about 13% a year between 2024 and 2029. Colour management accounts for about a third of the "
            "total, with scheduling and press-room optimisation making up the rest. The wider UK printing industry "
            "turned over some \u00a313.8 billion last year and employs around 110,000 people.\n"
            "Correction, 16 May 2025: An earlier version of this article gave 2024 spending as \u00a3221 million. "
            "The correct figure is \u00a3212 million."
        ),
        obs=[
            ("Total", 2023, 186, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2029, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 186) ** (1 / 1) - 1 = 13.98% -> 14
            ("cagr|implied", "exact"),  # (390 / 212) ** (1 / 5) - 1 = 12.97% -> 13
        ],
    ),
    # 25. Italian label converter's letter to shareholders; series unit EUR million, so EUR 1.7 billion is expected
    #     as 1700. Expected nowhere: group revenue and growth, the EBITDA margin, plants, labels printed, the 10%
    #     share ambition, the fall in price per thousand labels, the letter's date.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was a year of two halves for Etichettificio Valsesia. Group revenue rose 6% to "
            "EUR 412 million and our EBITDA margin held at 14.8%, while our 11 plants in Italy, Spain and Poland "
            "printed some 19 billion labels. The opportunity we are building toward is larger than our own line of "
            "business. We estimate that label and narrow-web converters worldwide spent EUR 960 million on AI vision "
            "inspection in 2024, and we expect that figure to reach EUR 1.7 billion in 2028, which implies compound "
            "growth of about 15% a year from 2024 to 2028. Our ambition is to win a 10% share of that market with "
            "our Occhio platform by 2028. Pricing remains tight: the average price per thousand self-adhesive "
            "labels fell 3% over the year.\n"
            "Alessandra Morandi, Chair - Milan, 20 March 2025"
        ),
        obs=[
            ("Total", 2024, 960, "EUR million", "actual"),
            ("Total", 2028, 1700, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1700 / 960) ** (1 / 4) - 1 = 15.36% -> 15
        ],
    ),
    # 26. Mexican packaging group's investor-day slide bullets; Latin American TAM. The +17% y/y holds only by
    #     rounding. Expected nowhere: slide numbers, the 12% share target, plants, employees, segment revenue in
    #     pesos and its margin, the dateline.
    dict(
        text=(
            "Grupo Envases del Baj\u00edo - Investor Day 2025 | Monterrey, 11 June 2025\n"
            "Slide 14 - Smart labels & track-and-trace: the opportunity\n"
            "\u2022 Latin American TAM for AI smart-label and track-and-trace platforms: US$0.93bn in 2024\n"
            "\u2022 US$1.1bn 2025e, +17% y/y\n"
            "\u2022 US$2.6bn 2030e; 19% CAGR 2025e-30e\n"
            "\u2022 Drivers: pharma serialisation and food-traceability rules in Mexico, Brazil and Colombia\n"
            "Slide 15 - Our plan\n"
            "\u2022 Target: 12% share of the regional TAM by 2030\n"
            "\u2022 6 converting plants, 2,400 employees\n"
            "\u2022 Segment revenue MXN 1,850m in 2024; EBITDA margin 21%"
        ),
        obs=[
            ("Total", 2024, 0.93, "USD billion", "actual"),
            ("Total", 2025, 1.1, "USD billion", "estimate"),
            ("Total", 2030, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # 1.1 / 0.93 - 1 = 18.28% -> 18, not 17; bounds 1.05 / 0.935 - 1 = 12.30%,
            # 1.15 / 0.925 - 1 = 24.32% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2.6 / 1.1) ** (1 / 5) - 1 = 18.77% -> 19
        ],
    ),
    # 27. Forum answer quoting two research houses; the first (base, forecast and rate given) is the figure.
    #     Expected nowhere: InkMetrics' 2023 estimate, print establishments, digital presses installed, the survey's
    #     41%, price per thousand impressions, "15 years".
    dict(
        text=(
            "Re: How big is the market for AI job scheduling in print shops? (asking for a business plan)\n"
            "Answer from inkandmargins (MIS consultant, 15 years in commercial print):\n"
            "Depends whose number you use. Pressline Research, which I'd trust most because they actually count "
            "seats, put US spending on AI print-job scheduling and MIS optimisation software at $385 million in 2023 "
            "and forecast $720 million in 2028, which they describe as a 13.3% CAGR for 2023-2028. InkMetrics has "
            "a much fatter 2023 estimate of $510 million, but they lump in prepress workflow tools. For context, "
            "there are roughly 24,000 commercial print establishments in the US and something like 6,500 digital "
            "presses went in over the last three years. In a survey I ran for a client, 41% of shop owners named "
            "scheduling as their biggest bottleneck. And don't build your model on price per thousand impressions - "
            "it's all over the place."
        ),
        obs=[
            ("Total", 2023, 385, "USD million", "actual"),
            ("Total", 2028, 720, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (720 / 385) ** (1 / 5) - 1 = 13.34% -> 13.3
        ],
    ),
    # 28. Mumbai broker's sector update, fiscal years; the 24% CAGR is inconsistent with its amounts. Expected
    #     nowhere: the rupee (crore) figure, the covered company's revenue, growth and margin, its TP and upside,
    #     the date.
    dict(
        text=(
            "ANAND & KAPUR SECURITIES | Packaging | Sector update | Mumbai, 3 February 2025\n"
            "Pharma packaging: machines that see. We size India's market for AI vision inspection on pharmaceutical "
            "packaging lines (blister, carton and serialisation checks) at US$142m in FY2024 and see it reaching "
            "US$390m by FY2029e, a CAGR of 24% over FY2024-29e. In local terms the FY2024 figure is roughly "
            "Rs1,180 crore. US FDA warning letters citing packaging defects remain the near-term catalyst. We "
            "initiate on Vistara Inspection Systems with a BUY and a TP of Rs865 (27% upside); the company grew "
            "FY2024 revenue 31% to Rs214 crore at a 19% EBITDA margin."
        ),
        obs=[
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2029, 390, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (390 / 142) ** (1 / 5) - 1 = 22.39%; bounds (389.5 / 142.5) ** (1/5) - 1 = 22.28%,
            # (390.5 / 141.5) ** (1/5) - 1 = 22.51% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified); YoY growth with both amounts; "突破70亿元" expected at its printed
    #     figure. Expected nowhere: national printing output, paper and board tonnes, inspection units installed.
    dict(
        text=(
            "新华社北京3月18日电（记者 林晓舟）记者从中国包装印刷智能化产业联盟获悉，2024年我国印刷包装行业人工智能"
            "视觉检测市场规模达到38.6亿元，较2023年的31.0亿元同比增长24.5%。联盟预计，到2027年该市场规模将突破70亿元。"
            "据介绍，2024年全国印刷总产值约1.42万亿元，纸和纸板产量约1.6亿吨；目前全行业已安装在线视觉检测设备约2.3万台。"
            "联盟秘书长表示，缺陷识别准确率的提升正推动检测环节由人工抽检向全检转变。"
        ),
        obs=[
            ("Total", 2023, 31.0, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 31.0 - 1 = 24.52% -> 24.5
        ],
    ),
    # 30. Ministry implementation plan (Simplified); a target year (estimate) and a ratio "是2024年的2倍以上" (x2).
    #     Expected nowhere: the document number, the plan's title years, demonstration firms, the 40% penetration
    #     rate, "占比超过一半", the packaging industry's revenue.
    dict(
        text=(
            "关于印发《包装印刷行业人工智能赋能行动实施方案（2025—2027年）》的通知\n"
            "工信部联消费〔2025〕46号\n"
            "二、主要目标\n"
            "到2027年，包装印刷行业人工智能应用市场规模超过200亿元，是2024年（约95亿元）的2倍以上；培育100家以上"
            "智能工厂示范企业，规模以上包装印刷企业AI质量检测渗透率达到40%，其中智能标签与追溯类应用占比超过一半。"
            "包装工业营业收入稳定在2.5万亿元以上，绿色化、数字化水平显著提升。"
        ),
        obs=[
            ("Total", 2024, 95, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional); CAGR with printed span; North America's share without its part
    #     (no verdict). Expected nowhere: the dateline, the number of Taiwanese vendors, artwork-change counts.
    dict(
        text=(
            "台灣產業情報研究中心（TIRC）2025年7月9日發布最新研究指出，全球AI包裝設計與稿件校對市場規模2024年為12.4億美元，"
            "預估2028年將達27.1億美元，2024至2028年年複合成長率（CAGR）為21.6%。以區域來看，2024年北美市場占38%居首，"
            "歐洲次之。TIRC資深產業分析師陳怡君表示，大型品牌商每年需處理數以萬計的包材稿件變更，AI自動比對條碼、"
            "營養標示與色票可大幅縮短打樣時程；台灣目前約有40家業者投入相關解決方案。"
        ),
        obs=[
            ("Total", 2024, 12.4, "USD 100 million", "actual"),
            ("Total", 2028, 27.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.1 / 12.4) ** (1 / 4) - 1 = 21.59% -> 21.6
        ],
    ),
    # 32. Hong Kong press report (Traditional); 去年 = 2024 (actual), 今年 = 2025 (estimate); 約21% holds only by
    #     rounding. Expected nowhere: the industry's gross output, employment, members surveyed and their 43%, the
    #     start-up's Series A and valuation.
    dict(
        text=(
            "【本報訊】（2025年4月22日）香港印藝科技協會昨日公布調查結果，本港印刷及包裝企業採用人工智能色彩管理及"
            "生產排程系統的開支，去年約3.2億港元，預計今年將增至3.9億港元，按年增長約21%。協會指出，全港印刷業去年"
            "總產值約180億港元，從業員約2.6萬人；受訪的312家會員企業中，有43%表示計劃兩年內引入AI排程。另外，本地"
            "初創「印智科技」上月完成A輪融資4,800萬港元，估值約3億港元。"
        ),
        obs=[
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2025, 3.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 3.9 / 3.2 - 1 = 21.88% -> 22, not 21; bounds 3.85 / 3.25 - 1 = 18.46%,
            # 3.95 / 3.15 - 1 = 25.40% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional); a CAGR whose span only its amounts' years give; 2025 (the
    #     post's year) is an estimate. Expected nowhere: years in the industry, board tonnes, the price rise per
    #     tonne, the poster's plant's Q2 revenue growth.
    dict(
        text=(
            "作者 boxman0716 (瓦楞人)\n"
            "看板 Industry\n"
            "標題 [心得] 紙箱廠導入AI需求預測的一些觀察\n"
            "時間 Sat Aug 16 21:40:11 2025\n"
            "\n"
            "在紙箱廠待了快十年，分享一下最近看到的數字。\n"
            "根據某顧問公司的簡報，台灣瓦楞紙箱業者花在AI需求預測和排程軟體的錢，2023年大概新台幣4.8億元，"
            "2025年預估會到6.9億元，年複合成長率算起來大概20%。\n"
            "但老實說這跟整個產業比起來很小，台灣一年瓦楞紙板產量大概150多萬噸，原紙價格上季又漲了每噸800元。\n"
            "我們廠今年Q2營收年增8%，老闆還是覺得導入AI太貴……\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 4.8, "TWD 100 million", "actual"),
            ("Total", 2025, 6.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2023, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.9 / 4.8) ** (1 / 2) - 1 = 19.90% -> 20
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a range for 2027 (two value claims, no obs) and "较2021年增长
    #     2倍" (x2 over 2021-2024, no verdict). Expected nowhere: RFID unit price, the rating, target price, the
    #     covered company's revenue and growth.
    dict(
        text=(
            "【东方长垣证券·行业深度】智能标签与追溯：AI重塑包装“身份证”\n"
            "投资要点：我们测算，2024年我国AI智能标签与追溯解决方案市场规模约46亿元，较2021年增长2倍，主要受药品追溯码"
            "全面实施及食品、酒类防伪需求拉动。展望未来，随着RFID标签单价下探至0.3元/枚以下，叠加视觉识别与大模型在"
            "赋码、读码环节的渗透，预计2027年市场规模将达到95-110亿元。首次覆盖瑞标科技，给予“买入”评级，目标价28.6元；"
            "公司2024年实现营收12.3亿元，同比增长18%。\n"
            "风险提示：政策推进不及预期；标签原材料价格波动。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("value", 95, "CNY 100 million", 2027, 2027, None),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 35. Listed company's results-briefing transcript (Simplified), April 2025: 今年 = 2025 (estimate); a CAGR
    #     whose span only its amounts' years give. Expected nowhere: the company's revenue, growth, AI-service
    #     revenue, gross margin, Q1 orders growth and order backlog.
    dict(
        text=(
            "嘉印包装2024年度暨2025年第一季度业绩说明会文字实录（2025年4月25日）\n"
            "投资者：请问公司AI包装设计平台面对的市场空间有多大？\n"
            "董事长 周立群：谢谢提问。我们判断，今年国内AI包装设计与打样校稿的可触达市场（TAM）大概在28亿元左右，"
            "到2028年有望达到60亿元，年均复合增速接近29%。公司2024年实现营业收入21.7亿元，同比增长9.6%，其中AI设计"
            "服务收入1.9亿元，综合毛利率24.3%；一季度新签订单同比增长15%，目前在手订单约6.8亿元。"
        ),
        obs=[
            ("Total", 2025, 28, "CNY 100 million", "estimate"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 28) ** (1 / 3) - 1 = 28.92% -> 29
        ],
    ),
    # 36. Rotterdam research house's markdown table by application with a Total row (USD billion); 2028F is an
    #     estimate. 2023 and 2028F add exactly; 2024 adds only by rounding. Expected nowhere: the table number, the
    #     monitor's title year, the global packaging market in the source line.
    dict(
        text=(
            "Table 3. Global AI spend in printing and packaging by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2028F |\n"
            "|---|---:|---:|---:|\n"
            "| Vision inspection | 1.12 | 1.36 | 2.71 |\n"
            "| Colour management & job scheduling | 0.58 | 0.69 | 1.24 |\n"
            "| Packaging design & artwork proofing | 0.47 | 0.60 | 1.38 |\n"
            "| Corrugated demand planning | 0.31 | 0.38 | 0.83 |\n"
            "| Smart labels & track-and-trace | 0.52 | 0.64 | 1.52 |\n"
            "| Total | 3.00 | 3.68 | 7.68 |\n"
            "Source: Veldhuis Packaging Research, Global Print & Pack AI Monitor 2025. F = forecast. The global "
            "packaging market (USD 1.1 trillion in 2024) is shown for reference in Table 1."
        ),
        obs=[
            ("Vision inspection", 2023, 1.12, "USD billion", "actual"),
            ("Vision inspection", 2024, 1.36, "USD billion", "actual"),
            ("Vision inspection", 2028, 2.71, "USD billion", "estimate"),
            ("Colour management & job scheduling", 2023, 0.58, "USD billion", "actual"),
            ("Colour management & job scheduling", 2024, 0.69, "USD billion", "actual"),
            ("Colour management & job scheduling", 2028, 1.24, "USD billion", "estimate"),
            ("Packaging design & artwork proofing", 2023, 0.47, "USD billion", "actual"),
            ("Packaging design & artwork proofing", 2024, 0.60, "USD billion", "actual"),
            ("Packaging design & artwork proofing", 2028, 1.38, "USD billion", "estimate"),
            ("Corrugated demand planning", 2023, 0.31, "USD billion", "actual"),
            ("Corrugated demand planning", 2024, 0.38, "USD billion", "actual"),
            ("Corrugated demand planning", 2028, 0.83, "USD billion", "estimate"),
            ("Smart labels & track-and-trace", 2023, 0.52, "USD billion", "actual"),
            ("Smart labels & track-and-trace", 2024, 0.64, "USD billion", "actual"),
            ("Smart labels & track-and-trace", 2028, 1.52, "USD billion", "estimate"),
            ("Total", 2023, 3.00, "USD billion", "actual"),
            ("Total", 2024, 3.68, "USD billion", "actual"),
            ("Total", 2028, 7.68, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.12 + 0.58 + 0.47 + 0.31 + 0.52 = 3.00
            # 2024: 1.36 + 0.69 + 0.60 + 0.38 + 0.64 = 3.67, not 3.68; bounds 3.67 -/+ 5 x 0.005 = 3.645 to 3.695
            # -> 3.68 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028F: 2.71 + 1.24 + 1.38 + 0.83 + 1.52 = 7.68
        ],
    ),
    # 37. Japanese research institute's tab-separated vertical table: fiscal years as rows, one value column headed
    #     only by its unit (億円, the market's Total), a YoY column; (E) rows are estimates. FY2023's 12.7% is
    #     inconsistent; FY2024's 15.0% holds only by rounding. Expected nowhere: the white paper's title year, the
    #     publication date, the note numbers.
    dict(
        text=(
            "国内パッケージ・ラベル印刷向けAI外観検査システム市場規模推移\n"
            "出典：日本印刷DX総研「印刷AI市場白書2025」（2025年7月）\n"
            "年度\t億円\t前年度比\n"
            "2021年度\t112\t\u2014\n"
            "2022年度\t131\t17.0%\n"
            "2023年度\t149\t12.7%\n"
            "2024年度\t172\t15.0%\n"
            "2025年度(E)\t196\t14.0%\n"
            "2026年度(E)\t223\t13.8%\n"
            "注1：メーカー出荷金額ベース。注2：(E)は予測値。"
        ),
        obs=[
            ("Total", 2021, 112, "JPY 100 million", "actual"),
            ("Total", 2022, 131, "JPY 100 million", "actual"),
            ("Total", 2023, 149, "JPY 100 million", "actual"),
            ("Total", 2024, 172, "JPY 100 million", "actual"),
            ("Total", 2025, 196, "JPY 100 million", "estimate"),
            ("Total", 2026, 223, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2021, 2022, 1.0),
            ("growth", 12.7, "percent", 2022, 2023, 1.0),
            ("growth", 15.0, "percent", 2023, 2024, 1.0),
            ("growth", 14.0, "percent", 2024, 2025, 1.0),
            ("growth", 13.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131 / 112 - 1 = 16.96% -> 17.0
            # 149 / 131 - 1 = 13.74%; bounds 148.5 / 131.5 - 1 = 12.93%, 149.5 / 130.5 - 1 = 14.56%
            # -> 12.7 unreachable
            ("cagr|implied", "inconsistent"),
            # 172 / 149 - 1 = 15.44% -> 15.4, not 15.0; bounds 171.5 / 149.5 - 1 = 14.72%,
            # 172.5 / 148.5 - 1 = 16.16% -> 15.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 196 / 172 - 1 = 13.95% -> 14.0
            ("cagr|implied", "exact"),  # 223 / 196 - 1 = 13.78% -> 13.8
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by application with a 合计 row (亿元); 2025年E is an estimate; all
    #     three columns add exactly. Expected nowhere: the table number, the title's year span, the packaging
    #     industry's revenue in the note.
    dict(
        text=(
            "表2  2023-2025年中国印刷包装AI细分市场规模（单位：亿元）\n"
            "细分领域                2023年    2024年    2025年E\n"
            "视觉质量检测              14.2      17.9      22.3\n"
            "色彩管理与排产调度         6.8       8.1       9.9\n"
            "包装设计与稿件校对         4.5       5.9       7.6\n"
            "纸箱需求预测               2.9       3.7       4.8\n"
            "智能标签与追溯             5.6       7.2       9.4\n"
            "合计                      34.0      42.8      54.0\n"
            "资料来源：华东印刷产业研究院；注：E为预测值，同期包装工业营业收入约2.5万亿元，未计入本表。"
        ),
        obs=[
            ("视觉质量检测", 2023, 14.2, "CNY 100 million", "actual"),
            ("视觉质量检测", 2024, 17.9, "CNY 100 million", "actual"),
            ("视觉质量检测", 2025, 22.3, "CNY 100 million", "estimate"),
            ("色彩管理与排产调度", 2023, 6.8, "CNY 100 million", "actual"),
            ("色彩管理与排产调度", 2024, 8.1, "CNY 100 million", "actual"),
            ("色彩管理与排产调度", 2025, 9.9, "CNY 100 million", "estimate"),
            ("包装设计与稿件校对", 2023, 4.5, "CNY 100 million", "actual"),
            ("包装设计与稿件校对", 2024, 5.9, "CNY 100 million", "actual"),
            ("包装设计与稿件校对", 2025, 7.6, "CNY 100 million", "estimate"),
            ("纸箱需求预测", 2023, 2.9, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2024, 3.7, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2025, 4.8, "CNY 100 million", "estimate"),
            ("智能标签与追溯", 2023, 5.6, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2024, 7.2, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2025, 9.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 34.0, "CNY 100 million", "actual"),
            ("合计", 2024, 42.8, "CNY 100 million", "actual"),
            ("合计", 2025, 54.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 6.8 + 4.5 + 2.9 + 5.6 = 34.0
            ("hierarchy", "exact"),  # 2024: 17.9 + 8.1 + 5.9 + 3.7 + 7.2 = 42.8
            ("hierarchy", "exact"),  # 2025E: 22.3 + 9.9 + 7.6 + 4.8 + 9.4 = 54.0
        ],
    ),
    # 39. Seoul research house's regional exhibit (space-aligned) with a CAGR column whose header prints the span;
    #     the World row adds exactly in both columns. Latin America's 17.5% holds only by rounding; Middle East &
    #     Africa's 20.9% is inconsistent. Expected nowhere: the figure number, the Korean market in won.
    dict(
        text=(
            "Figure 12. AI smart-label and track-and-trace platforms: market by region (US$ mn)\n"
            "Source: Hanbit Market Intelligence (Seoul), March 2025\n"
            "Region                    2024     2030F   CAGR 24-30F\n"
            "North America              438     1,120      16.9%\n"
            "Europe                     371       905      16.0%\n"
            "Asia-Pacific               284       866      20.4%\n"
            "Latin America               57       152      17.5%\n"
            "Middle East & Africa        33        95      20.9%\n"
            "World                    1,183     3,138      17.7%\n"
            "Note: Korea's domestic market (KRW 182 billion in 2024) is included in Asia-Pacific."
        ),
        obs=[
            ("North America", 2024, 438, "USD million", "actual"),
            ("North America", 2030, 1120, "USD million", "estimate"),
            ("Europe", 2024, 371, "USD million", "actual"),
            ("Europe", 2030, 905, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 284, "USD million", "actual"),
            ("Asia-Pacific", 2030, 866, "USD million", "estimate"),
            ("Latin America", 2024, 57, "USD million", "actual"),
            ("Latin America", 2030, 152, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 33, "USD million", "actual"),
            ("Middle East & Africa", 2030, 95, "USD million", "estimate"),
            ("World", 2024, 1183, "USD million", "actual"),
            ("World", 2030, 3138, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1120 / 438) ** (1 / 6) - 1 = 16.94% -> 16.9
            ("cagr|implied", "exact"),  # (905 / 371) ** (1 / 6) - 1 = 16.02% -> 16.0
            ("cagr|implied", "exact"),  # (866 / 284) ** (1 / 6) - 1 = 20.42% -> 20.4
            # (152 / 57) ** (1 / 6) - 1 = 17.76% -> 17.8, not 17.5; bounds (151.5 / 57.5) ** (1/6) - 1 = 17.52%,
            # (152.5 / 56.5) ** (1/6) - 1 = 18.00% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
            # (95 / 33) ** (1 / 6) - 1 = 19.27%; bounds (94.5 / 33.5) ** (1/6) - 1 = 18.87%,
            # (95.5 / 32.5) ** (1/6) - 1 = 19.68% -> 20.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3138 / 1183) ** (1 / 6) - 1 = 17.66% -> 17.7
            ("hierarchy", "exact"),  # 2024: 438 + 371 + 284 + 57 + 33 = 1183
            ("hierarchy", "exact"),  # 2030F: 1120 + 905 + 866 + 152 + 95 = 3138
        ],
    ),
    # 40. German statistics office's table with a share column (2024, EUR million); rows add exactly to the Total;
    #     the 100.0% total is no claim. Demand planning's 10.5% holds only by rounding. Expected nowhere: the report
    #     and table numbers, firms surveyed, sector employees, the printing industry's sales.
    dict(
        text=(
            "Federal Print & Media Statistics Office - Statistical Report 2025/08\n"
            "Table 4.2  Spending by German printing and packaging companies on AI applications, by area of use, 2024\n"
            "Area of use                            EUR million    Share (%)\n"
            "Quality and vision inspection                148.6         39.9\n"
            "Colour management and job scheduling          96.2         25.8\n"
            "Artwork design and proofing                   61.4         16.5\n"
            "Demand planning (corrugated)                  38.9         10.5\n"
            "Smart labels and traceability                 27.3          7.3\n"
            "Total                                        372.4        100.0\n"
            "Firms surveyed: 1,846. Employees in the sector: 118,300. Sales of the printing industry: EUR 19.6 "
            "billion."
        ),
        obs=[
            ("Quality and vision inspection", 2024, 148.6, "EUR million", "actual"),
            ("Colour management and job scheduling", 2024, 96.2, "EUR million", "actual"),
            ("Artwork design and proofing", 2024, 61.4, "EUR million", "actual"),
            ("Demand planning (corrugated)", 2024, 38.9, "EUR million", "actual"),
            ("Smart labels and traceability", 2024, 27.3, "EUR million", "actual"),
            ("Total", 2024, 372.4, "EUR million", "actual"),
        ],
        claims=[
            ("share", 39.9, "percent", 2024, 2024, None),
            ("share", 25.8, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
            ("share", 7.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148.6 / 372.4 = 39.90% -> 39.9
            ("arithmetic", "exact"),  # 96.2 / 372.4 = 25.83% -> 25.8
            ("arithmetic", "exact"),  # 61.4 / 372.4 = 16.49% -> 16.5
            # 38.9 / 372.4 = 10.446% -> 10.4, not 10.5; bounds 38.85 / 372.45 = 10.431%,
            # 38.95 / 372.35 = 10.461% -> 10.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 27.3 / 372.4 = 7.33% -> 7.3
            ("hierarchy", "exact"),  # 148.6 + 96.2 + 61.4 + 38.9 + 27.3 = 372.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 12, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 17.3% from $1.074 billion in 2023',
    'compound annual growth rate of 16.8% over 2024-2029',
    'US$1.04bn by FY2029e, a CAGR of roughly 21%',
    'took EUR 0.58 billion, or 39% of the total',
    'EUR 0.41 billion (28%)',
    'will climb to £0.52 billion by 2030',
    "puts last year's spend higher, at £240 million",
    'EUR 7.4 billion - roughly 2.4x',
    'an average increase of 27% a year between',
    'between $2.9 billion and $3.4 billion in 2029',
    'the correct figure is $1.32 billion',
    'spent roughly $640 million in 2024',
    '较2023年的30.3亿元增长27.4%',
    '力争突破150亿元，较2023年增长4倍',
    '认为2024年该市场规模已达15亿元左右',
    '2024至2028年年複合成長率為23.3%',
    '其中食品及飲品包裝佔3.1億港元，佔整體約40%',
    '去年国内印刷企业在AI排产与色彩管理系统上的投入约为21.5亿元',
    '今年这一数字有望突破26亿元',
    '較2023年的15.1億美元年增20.5%',
    '| Total | 2,201.0 | 2,644.2 | 3,162.3 | 4,488.8 |',
    '2023            301.4    18.9%',
    '合计\t55.3\t71.2\t90.9\t115.0',
    'Segment\tFY2022\tFY2023\tFY2024\tFY2025E',
    '| AI視覺瑕疵檢測 | 1,052 | 1,286 | 41% | 1,540 |',
    'of about $1.8 billion this year',
    'roughly 17% between 2025 and 2030',
    'an average annual gain of about 16%',
    "That's ~1.6x in two years.",
    'a ~19% CAGR for 2024-2029',
    'up 14% from £186 million in 2023',
    'The correct figure is £212 million.',
    'growth of about 15% a year from 2024 to 2028',
    'US$1.1bn 2025e, +17% y/y',
    '19% CAGR 2025e-30e',
    'which they describe as a 13.3% CAGR for 2023-2028',
    'a much fatter 2023 estimate of $510 million',
    'a CAGR of 24% over FY2024-29e',
    '较2023年的31.0亿元同比增长24.5%',
    '是2024年（约95亿元）的2倍以上',
    '2024至2028年年複合成長率（CAGR）為21.6%',
    '去年約3.2億港元，預計今年將增至3.9億港元',
    '年複合成長率算起來大概20%',
    '较2021年增长2倍',
    '预计2027年市场规模将达到95-110亿元',
    '可触达市场（TAM）大概在28亿元左右',
    '| Total | 3.00 | 3.68 | 7.68 |',
    '2023年度\t149\t12.7%',
    '合计                      34.0      42.8      54.0',
    'Latin America               57       152      17.5%',
    '38.9         10.5',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 227
#: figures, 52 rates, 82 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 227, "rates_found": 52, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset197.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
