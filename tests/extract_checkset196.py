"""A hundred-and-ninety-sixth check set for the extractor, written blind: AI in printing, packaging and labels: AI for
print-job scheduling and colour management, AI vision inspection on packaging and label lines, AI packaging design and
artwork proofing, AI demand planning for corrugated-box makers, AI for smart labels and track-and-trace; sized in
money by printing and packaging trade associations, packaging groups' capital-markets days, industry ministries'
plans, brokers and research houses in Germany, Italy, the Netherlands, the United Kingdom, the United States, Mexico,
India, Japan, South Korea, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole
printing or packaging market beside the AI part, tonnes of board produced, presses installed, a company's own revenue
or margin, price per thousand labels, a funding round and valuation, a quarter's figures, a survey's percentages,
plant employment.

Snippets 1-20: Twenty snippets on AI in printing, packaging and labels. Eight English prose pieces: a Duesseldorf wire
release, a Mumbai fiscal-year broker note, an Amsterdam briefing with segment shares, a London story quoting two
houses, an investor-day TAM transcript, a Japanese ministry roadmap, a Milan note with a correction and a 2029 range,
and a blog using last year/this year. Seven Chinese prose pieces (three Traditional): an industry report, a Zhejiang
action plan with 增长3倍, a wire story quoting two institutes, a Taiwanese association report, a Hong Kong story in 億港元
with a part and its share, a 去年/今年 story and a broker deep-dive. Five tables: markdown with E/F columns, years-as-rows
with YoY, a Chinese 合计 table, a fiscal-year table, a Traditional table with shares. Left out: whole print or packaging
markets, tonnes, presses, company revenue, margins and target prices, prices per thousand labels, funding rounds,
quarter figures, survey percentages, a rupee figure, a rival house's figure. Inconsistent: 11's 28.2% CAGR, 17's 32.5%
YoY. Only by rounding: 2's ~23% CAGR, 3's 33% share, 9's 24.2% CAGR, 17's 21.1% YoY, 20's 23.7% share, table 16's 2023
total.

Snippets 21-40: Twenty snippets (21-40) on AI in printing, packaging and labels. Eight are English prose: a Chicago
label converter's earnings call sizing its TAM, a Bologna working-paper abstract, a social-media thread, a UK trade
article with a correction, a Dutch annual-report letter, Milan investor-day bullets, a forum answer, and a Mumbai note
with a rupee aside. Seven are Chinese prose (Xinhua-style release, ministry plan, Taiwanese MIC-style release, Hong
Kong report, PTT post, brokerage abstract with a range, results briefing; three Traditional). Five are tables (German
markdown by segment, Japanese tab-separated vertical table headed by its unit with YoY, Chinese space-aligned with 合计,
Mexican regional with CAGR, Korean statistics with shares). Left out: whole printing and packaging markets, tonnes,
presses, company revenue, margins and share targets, quarter figures, funding rounds, prices, survey percentages,
headcounts, shares in words, a second publisher's 2023 figure, the pre-correction figure, won and rupee amounts.
Inconsistent: the 19% CAGR in 27, the 2026F YoY in 37. Rounding only: the CAGR in 28, the YoY in 29 and 32, Middle
East & Africa's CAGR in 39, the smart-label share in 40, the 2025E total in 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Duesseldorf wire press release: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the edition number, 260 converters / 19 countries, the ~$1.1 trillion packaging industry.
    dict(
        text=(
            "DÜSSELDORF, Germany, Feb. 18, 2025 /PRNewswire/ -- Converters and brand owners spent $1.26 billion on "
            "AI-based vision inspection for packaging and label lines in 2024, 18% more than the $1.07 billion they "
            "spent in 2023, according to the fourth annual Packaging Vision Index released today by Rheinfeld "
            "Analytik GmbH. The Düsseldorf firm, which interviewed 260 converters across 19 countries, projects the "
            "segment will climb to $3.9 billion by 2030, implying a compound annual growth rate of 20.7% over "
            "2024-2030. Even so, AI inspection remains a sliver of a global packaging industry the firm values at "
            "about $1.1 trillion. \"Camera-based defect detection is moving from premium pharma lines into corrugated "
            "and flexibles,\" said managing director Katrin Vollmer."
        ),
        obs=[
            ("Total", 2023, 1.07, "USD billion", "actual"),
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.26 / 1.07) ** (1 / 1) - 1 = 17.76% -> 18
            ("cagr|implied", "exact"),  # (3.9 / 1.26) ** (1 / 6) - 1 = 20.72% -> 20.7
        ],
    ),
    # 2. Mumbai broker thematic note in fiscal years; series unit USD million, so US$1.1bn is 1100; CAGR span only
    #    inferred from the amounts' years, "about 23%" reached only by rounding. Expected nowhere: the rupee (crore)
    #    India figure, containerboard tonnes, utilisation, the company's revenue, margin, TP and upside, the date.
    dict(
        text=(
            "PACKAGING & PAPER | Sector thematic | Mumbai, 14 January 2025\n"
            "Boxes get a brain. We size global spend on AI demand-planning software built for corrugated-box makers "
            "at US$400mn in FY2024 and see it at US$1.1bn by FY2029e - a CAGR of about 23%. India's slice is still "
            "small: we put domestic spend at roughly Rs540 crore. Indian containerboard output touched 21.5mn "
            "tonnes in FY2024, and converters running at 80%-plus utilisation are the natural buyers. We initiate "
            "on Kraftline Packaging (BUY, TP Rs865, 24% upside); FY2024 revenue rose 17% to Rs2,310 crore at an "
            "EBITDA margin of 14.2%."
        ),
        obs=[
            ("Total", 2024, 400, "USD million", "actual"),
            ("Total", 2029, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 400) ** (1 / 5) - 1 = 22.42% -> 22, not 23; bounds (1050 / 400.5) ** (1/5) - 1 = 21.26%,
            # (1150 / 399.5) ** (1/5) - 1 = 23.55% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Amsterdam research briefing: a total, two segments with shares, a 2028 forecast in billions converted to
    #    the series' EUR million. Expected nowhere: the ~EUR 78 billion commercial print sector, 1,900 presses.
    dict(
        text=(
            "Amsterdam, 9 April 2025 - European printers spent EUR 780 million on AI-driven job scheduling and "
            "colour-management software in 2024, according to a research briefing from Zuiderzee Print "
            "Intelligence. Colour management accounted for EUR 312 million, or 40% of the total, while press "
            "scheduling and workflow orchestration took EUR 253 million (33%); the remainder went on predictive "
            "maintenance and ink-consumption tools. Zuiderzee expects the market to reach EUR 1.4 billion in 2028. "
            "For context, Europe's commercial print sector turned over roughly EUR 78 billion last year, and some "
            "1,900 new sheetfed and web presses were installed across the region."
        ),
        obs=[
            ("Total", 2024, 780, "EUR million", "actual"),
            ("Colour management", 2024, 312, "EUR million", "actual"),
            ("Press scheduling and workflow orchestration", 2024, 253, "EUR million", "actual"),
            ("Total", 2028, 1400, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312 / 780 = 40.00% -> 40
            # 253 / 780 = 32.44% -> 32, not 33; bounds 252.5 / 780.5 = 32.35%, 253.5 / 779.5 = 32.52% -> 33 reached
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. London news story quoting two research houses; the first house gives base, target and rate.
    #    Expected nowhere: Beacon & Hart's 2024 figure, the Series A and valuation, the UK packaging industry
    #    and its headcount.
    dict(
        text=(
            "LONDON, Sept 3 2025 - Supermarkets are rewriting their packaging artwork faster than ever, and software "
            "is doing more of the checking. The UK market for AI-powered packaging design and artwork proofing tools "
            "was worth £185 million last year, according to Thameside Research, which forecasts it will reach £520 "
            "million by 2030, growth of 18.8% a year between 2024 and 2030. Rival consultancy Beacon & Hart puts "
            "the 2024 figure higher, at £240 million. Among the beneficiaries is Leeds-based ProofPilot, which this "
            "week raised £18 million in a Series A round valuing it at about £95 million. The wider UK packaging "
            "industry turns over some £11 billion a year and employs 85,000 people."
        ),
        obs=[
            ("Total", 2024, 185, "GBP million", "actual"),
            ("Total", 2030, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 185) ** (1 / 6) - 1 = 18.80% -> 18.8
        ],
    ),
    # 5. New York investor-day transcript: the TAM a packaging group sizes is the market; approximate figures, a
    #    multiple and a CAGR whose span only the amounts' years give. Expected nowhere: the company's revenue,
    #    margin and share target, the price per thousand labels, the third-quarter order growth.
    dict(
        text=(
            "Corvane Packaging Investor Day - New York, November 18, 2025 - Transcript excerpt\n"
            "Dana Whitlock, Chief Strategy Officer: So let me size the opportunity for you. We think the total "
            "addressable market for AI-enabled smart labels and track-and-trace - serialization, authentication and "
            "the data layer that sits on top - was roughly $6.4 billion in 2024. By 2030 we see it at around $14 "
            "billion, so call it 2.2 times, or about 14% a year. Our own business there did $410 million of revenue "
            "last year at a mid-teens margin, and we're targeting a 20% share of that TAM by the end of the decade. "
            "Pricing is holding up, too: we still get about $4.50 per thousand labels for an RFID-enabled inlay, "
            "and in the third quarter alone smart-label orders were up 31%."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2024, 2030, 6.0),
            ("cagr", 14, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (14 / 6.4) ** (1 / 6) - 1 = 13.94% -> 14
        ],
    ),
    # 6. Japanese ministry roadmap in fiscal years with a target, a multiple ("roughly triple", x3) and a CAGR with
    #    printed span. Expected nowhere: the ¥12 billion subsidy budget, the 2,000 printers, the ~¥4.7 trillion
    #    of printing shipments, the count of years of decline.
    dict(
        text=(
            "TOKYO, 27 June 2024 - Japan's industry ministry on Thursday adopted a roadmap to digitise the country's "
            "printing and packaging plants, setting a target for the domestic market for AI-based print scheduling, "
            "inspection and press automation to reach ¥150 billion by fiscal 2030, from ¥48.5 billion in fiscal "
            "2023. That would roughly triple the market, an average annual increase of 17.5% between fiscal 2023 and "
            "fiscal 2030. The plan earmarks ¥12 billion in subsidies over three years for about 2,000 small and "
            "mid-sized printers. Printing-industry shipments totalled about ¥4.7 trillion in 2023, down for an "
            "eleventh straight year."
        ),
        obs=[
            ("Total", 2023, 48.5, "JPY billion", "actual"),
            ("Total", 2030, 150, "JPY billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2030, 7.0),
            ("cagr", 17.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 48.5) ** (1 / 7) - 1 = 17.50% -> 17.5
        ],
    ),
    # 7. Milan equity-research note carrying a correction and a 2029 range. Expected nowhere: the withdrawn €386
    #    million base, the note dates, the ~€2.1 billion label-printing market, 380 presses, €6.80 per thousand.
    dict(
        text=(
            "EQUITY RESEARCH | Italy Industrials | Milano, 22 May 2025\n"
            "Correction: this note replaces the version issued on 20 May, which gave the 2023 base of the Italian "
            "market as €386 million; the correct figure is €368 million.\n"
            "AI eyes on the label press. We estimate that Italian converters spent €421 million on AI-based "
            "inspection for label and flexible-packaging lines in 2024, up 14% from €368 million in 2023. For 2029 "
            "we see a range of €950 million to €1,150 million, depending on how quickly mid-sized label shops in "
            "Emilia-Romagna and the Veneto retrofit their lines. The broader Italian label-printing market is worth "
            "about €2.1 billion; 380 new narrow-web presses were installed last year, and AI-inspected labels now "
            "sell for €6.80 per thousand on average."
        ),
        obs=[
            ("Total", 2023, 368, "EUR million", "actual"),
            ("Total", 2024, 421, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("value", 950, "EUR million", 2029, 2029, None),
            ("value", 1150, "EUR million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (421 / 368) ** (1 / 1) - 1 = 14.40% -> 14
        ],
    ),
    # 8. US investor's blog post dated May 2025: "last year" is 2024 (actual), "this year" 2025 (estimate);
    #    approximate figures. Expected nowhere: the ~$9 billion US label market, the $35 million round and $240
    #    million valuation, the survey's 150 converters and 62%, the Q1 bookings growth.
    dict(
        text=(
            "Margin of Safety Notes - posted May 14, 2025\n"
            "Why I keep buying the picks-and-shovels of label inspection\n"
            "Nobody at the dinner table wants to talk about label presses, which is exactly why I like them. By my "
            "count, US converters spent roughly $430 million last year on AI vision systems that catch colour drift, "
            "missing print and unreadable barcodes, and I expect something like $520 million this year - call it "
            "21% growth. Compare that with the $9 billion or so the US label market turns over and you see how early "
            "this is. A startup I follow, InspectaLabel, just raised $35 million at a $240 million valuation. In a "
            "quick survey I ran of 150 converters, 62% said they plan to add inline AI inspection within two years. "
            "Meanwhile, Q1 bookings at the listed players rose 12%."
        ),
        obs=[
            ("Total", 2024, 430, "USD million", "actual"),
            ("Total", 2025, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 430) ** (1 / 1) - 1 = 20.93% -> 21
        ],
    ),
    # 9. Chinese industry report (Simplified): YoY with both amounts, a CAGR with printed span that holds only by
    #    rounding. Expected nowhere: the report's title year, ~1.42万亿元 print output, 9.6万家 firms, 260万人
    #    employed, 1,236 questionnaires.
    dict(
        text=(
            "《2025中国印刷业智能化发展报告》指出，2024年我国印刷企业在人工智能排产与色彩管理领域的投入规模达到"
            "38.6亿元，同比增长24.5%，2023年该数字为31.0亿元。报告预计，到2028年这一市场将扩大至92亿元，"
            "2024—2028年年均复合增长率为24.2%。作为参照，同期全国印刷总产值约1.42万亿元，印刷企业9.6万家，"
            "从业人员约260万人。报告由华印数智研究院牵头编制，共回收有效问卷1,236份。"
        ),
        obs=[
            ("Total", 2023, 31.0, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2028, 92, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("cagr", 24.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.0) ** (1 / 1) - 1 = 24.52% -> 24.5
            # (92 / 38.6) ** (1 / 4) - 1 = 24.25% -> 24.3, not 24.2; bounds (91.5 / 38.65) ** (1/4) - 1 = 24.04%,
            # (92.5 / 38.55) ** (1/4) - 1 = 24.46% -> 24.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Zhejiang provincial action plan with 力争 targets and 增长3倍 (kept as x3 over 2023-2027).
    #     Expected nowhere: the plan's title years, 50 demonstration plants, ~2,300亿元 industry output,
    #     1,860 firms above scale.
    dict(
        text=(
            "2024年5月20日，浙江省经济和信息化厅印发《浙江省印刷包装产业数智化转型行动方案（2024—2027年）》。"
            "方案提出，到2025年，全省印刷包装领域人工智能应用市场规模力争达到60亿元；到2027年力争突破120亿元，"
            "较2023年增长3倍，培育省级AI示范工厂50家以上。据统计，2023年全省该市场规模约为30亿元，"
            "同年全省印刷包装工业总产值约2,300亿元，规模以上企业1,860家。"
        ),
        obs=[
            ("Total", 2023, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Chinese wire story quoting two institutes; the first gives base, target and rate, whose CAGR is a typo
    #     (inconsistent). Expected nowhere: the second institute's ~60亿元 for 2024, the dateline, 1.3万亿元 of
    #     packaging revenue, 1.1万条 lines.
    dict(
        text=(
            "华夏经济通讯社北京2025年3月12日电 中包智造研究院12日发布的报告显示，2024年我国包装行业AI视觉检测"
            "市场规模为52.3亿元，预计2027年将达到105亿元，2024—2027年年均复合增长率为28.2%。另一家机构东方数智"
            "研究所的统计口径更宽，估计2024年该市场规模约为60亿元。报告称，去年全国包装行业规模以上企业营业收入"
            "约1.3万亿元，已部署AI检测系统的产线超过1.1万条，食品、医药和电子包装是主要应用场景。"
        ),
        obs=[
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2027, 105, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (105 / 52.3) ** (1 / 3) - 1 = 26.15%; bounds (104.5 / 52.35) ** (1/3) - 1 = 25.91%,
            # (105.5 / 52.25) ** (1/3) - 1 = 26.39% -> 28.2 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association annual report (Traditional), 新台幣億元. Expected nowhere: the year in 今（2025）年,
    #     ~1,850億元 printing output, 312 member firms, 四成 of members (a fraction of firms).
    dict(
        text=(
            "台灣區印刷暨包裝智慧化協會今（2025）年4月發布年度報告指出，2024年國內印刷包裝業導入AI視覺檢測與標籤"
            "追溯的市場規模達新台幣48.6億元，較2023年的42.2億元年增15.2%。協會預估，隨著食品與電子業客戶對品質"
            "追溯的要求提高，2027年市場規模可望達新台幣80億元。報告同時指出，2024年全台印刷業總產值約新台幣"
            "1,850億元，協會312家會員廠中已有四成導入AI檢測設備。"
        ),
        obs=[
            ("Total", 2023, 42.2, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 80, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 42.2) ** (1 / 1) - 1 = 15.17% -> 15.2
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part with its share, a second part whose share
    #     is only a fraction in words (no claim). Expected nowhere: the label printer's HK$4.86億 revenue and margin,
    #     the price per thousand RFID labels, the dateline.
    dict(
        text=(
            "【本報訊】（2025年6月12日）港島數碼物流研究中心昨日公布報告，2024年本港智能標籤及產品追溯AI方案"
            "市場規模達12.8億港元。按應用劃分，食品及飲料佔5.1億港元，比重為39.8%；醫藥約3.3億港元，約佔四分之一。"
            "中心預計，市場規模於2028年可增至23億港元。本地一家上市標籤印刷商去年營業額為4.86億港元，毛利率約21%；"
            "RFID標籤每千張售價約380港元。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("食品及飲料", 2024, 5.1, "HKD 100 million", "actual"),
            ("醫藥", 2024, 3.3, "HKD 100 million", "actual"),
            ("Total", 2028, 23, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 39.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.1 / 12.8 = 39.84% -> 39.8
        ],
    ),
    # 14. Chinese news story (Simplified) dated March 2025 using 去年 (2024, actual) and 今年 (2025, estimate) with
    #     approximate figures. Expected nowhere: the Q1 contract value, the B round and valuation, board tonnes.
    dict(
        text=(
            "（2025年3月18日 东莞）走进东莞一家纸箱厂的排产室，大屏上滚动的已不是手工排出的订单表，而是算法给出的"
            "次日开机计划。据行业协会测算，去年国内纸箱企业在AI需求预测与智能排产软件上的支出约为27亿元，今年有望"
            "突破35亿元，同比增长约30%。今年一季度，头部软件商箱算科技新签合同额6.2亿元，并于2月完成3亿元B轮融资，"
            "投后估值约25亿元。2024年全国箱板瓦楞纸产量约7,100万吨。"
        ),
        obs=[
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2025, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35 / 27) ** (1 / 1) - 1 = 29.63% -> 30
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元 with a CAGR of printed span. Expected nowhere: the
    #     company's 新台幣32.4億元 revenue, its growth and margin, the rating, the target price and its upside.
    dict(
        text=(
            "【產業深度報告】元晟證券投顧　2025年7月8日\n"
            "AI標籤檢測迎來換機潮，首次評等鼎新智檢「買進」\n"
            "我們估算，2024年全球AI標籤與包裝檢測市場規模約18.5億美元，2025年預估成長至22.6億美元，至2028年可達"
            "41億美元，2024至2028年年複合成長率（CAGR）達22%。鼎新智檢2024年營收新台幣32.4億元，年增18%，毛利率"
            "46%。給予目標價新台幣268元，潛在上漲空間27%。"
        ),
        obs=[
            ("Total", 2024, 18.5, "USD 100 million", "actual"),
            ("Total", 2025, 22.6, "USD 100 million", "estimate"),
            ("Total", 2028, 41, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41 / 18.5) ** (1 / 4) - 1 = 22.01% -> 22
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row; the 2023 column adds only by rounding.
    #     Expected nowhere: the table number, the source date, the ~US$1.2 trillion packaging market.
    dict(
        text=(
            "Table 4. Global AI in packaging and labels, by application (US$ billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Vision inspection | 0.42 | 0.51 | 0.62 | 0.93 |\n"
            "| Artwork and design proofing | 0.31 | 0.38 | 0.47 | 0.71 |\n"
            "| Corrugated demand planning | 0.18 | 0.23 | 0.29 | 0.45 |\n"
            "| Smart labels and track-and-trace | 0.27 | 0.33 | 0.41 | 0.64 |\n"
            "| Total | 1.19 | 1.45 | 1.79 | 2.73 |\n"
            "\n"
            "Source: Harrow & Finch Research, Packaging Intelligence Monitor, June 2025. Figures may not add due to "
            "rounding. For reference, the global packaging market was about US$1.2 trillion in 2024."
        ),
        obs=[
            ("Vision inspection", 2023, 0.42, "USD billion", "actual"),
            ("Vision inspection", 2024, 0.51, "USD billion", "actual"),
            ("Vision inspection", 2025, 0.62, "USD billion", "estimate"),
            ("Vision inspection", 2027, 0.93, "USD billion", "estimate"),
            ("Artwork and design proofing", 2023, 0.31, "USD billion", "actual"),
            ("Artwork and design proofing", 2024, 0.38, "USD billion", "actual"),
            ("Artwork and design proofing", 2025, 0.47, "USD billion", "estimate"),
            ("Artwork and design proofing", 2027, 0.71, "USD billion", "estimate"),
            ("Corrugated demand planning", 2023, 0.18, "USD billion", "actual"),
            ("Corrugated demand planning", 2024, 0.23, "USD billion", "actual"),
            ("Corrugated demand planning", 2025, 0.29, "USD billion", "estimate"),
            ("Corrugated demand planning", 2027, 0.45, "USD billion", "estimate"),
            ("Smart labels and track-and-trace", 2023, 0.27, "USD billion", "actual"),
            ("Smart labels and track-and-trace", 2024, 0.33, "USD billion", "actual"),
            ("Smart labels and track-and-trace", 2025, 0.41, "USD billion", "estimate"),
            ("Smart labels and track-and-trace", 2027, 0.64, "USD billion", "estimate"),
            ("Total", 2023, 1.19, "USD billion", "actual"),
            ("Total", 2024, 1.45, "USD billion", "actual"),
            ("Total", 2025, 1.79, "USD billion", "estimate"),
            ("Total", 2027, 2.73, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 0.42 + 0.31 + 0.18 + 0.27 = 1.18 vs 1.19; rows span 1.16-1.20, total 1.185-1.195 -> overlap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 0.51 + 0.38 + 0.23 + 0.33 = 1.45
            ("hierarchy", "exact"),  # 2025E: 0.62 + 0.47 + 0.29 + 0.41 = 1.79
            ("hierarchy", "exact"),  # 2027F: 0.93 + 0.71 + 0.45 + 0.64 = 2.73
        ],
    ),
    # 17. Space-aligned table with years as rows, a lone value column headed by its unit (Total) and a YoY column;
    #     2023's rate holds only by rounding, 2024's 32.5% is a typo for 23.5%. Expected nowhere: the source date,
    #     the ¥4.6 trillion printing shipments.
    dict(
        text=(
            "Japan: AI print-job scheduling and colour-management software\n"
            "Year       ¥ billion      YoY\n"
            "2021            12.4        -\n"
            "2022            15.1    21.8%\n"
            "2023            18.3    21.1%\n"
            "2024            22.6    32.5%\n"
            "2025E           27.0    19.5%\n"
            "2026E           31.9    18.1%\n"
            "Source: Kansai Print Research Institute, Osaka, March 2025. For reference, domestic printing shipments "
            "were ¥4.6 trillion in 2024."
        ),
        obs=[
            ("Total", 2021, 12.4, "JPY billion", "actual"),
            ("Total", 2022, 15.1, "JPY billion", "actual"),
            ("Total", 2023, 18.3, "JPY billion", "actual"),
            ("Total", 2024, 22.6, "JPY billion", "actual"),
            ("Total", 2025, 27.0, "JPY billion", "estimate"),
            ("Total", 2026, 31.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2021, 2022, 1.0),
            ("growth", 21.1, "percent", 2022, 2023, 1.0),
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("growth", 19.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.4 - 1 = 21.77% -> 21.8
            # 18.3 / 15.1 - 1 = 21.19% -> 21.2, not 21.1; bounds 18.25 / 15.15 - 1 = 20.46%,
            # 18.35 / 15.05 - 1 = 21.93% -> 21.1 reached only by some reading
            ("cagr|implied", "rounding"),
            # 22.6 / 18.3 - 1 = 23.50%; bounds 22.55 / 18.35 - 1 = 22.89%, 22.65 / 18.25 - 1 = 24.11% -> 32.5 never
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 27.0 / 22.6 - 1 = 19.47% -> 19.5
            ("cagr|implied", "exact"),  # 31.9 / 27.0 - 1 = 18.15% -> 18.1
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column; all columns add exactly.
    #     Expected nowhere: the table number, the title's years, the source date.
    dict(
        text=(
            "表3 2023—2025年中国包装行业人工智能应用市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "视觉检测\t21.4\t27.9\t35.6\n"
            "包装设计与打样\t9.8\t13.2\t17.5\n"
            "纸箱需求预测\t6.1\t8.4\t11.3\n"
            "智能标签与追溯\t12.7\t16.5\t21.4\n"
            "合计\t50.0\t66.0\t85.8\n"
            "资料来源：中包智造研究院，2025年4月"
        ),
        obs=[
            ("视觉检测", 2023, 21.4, "CNY 100 million", "actual"),
            ("视觉检测", 2024, 27.9, "CNY 100 million", "actual"),
            ("视觉检测", 2025, 35.6, "CNY 100 million", "estimate"),
            ("包装设计与打样", 2023, 9.8, "CNY 100 million", "actual"),
            ("包装设计与打样", 2024, 13.2, "CNY 100 million", "actual"),
            ("包装设计与打样", 2025, 17.5, "CNY 100 million", "estimate"),
            ("纸箱需求预测", 2023, 6.1, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2024, 8.4, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2025, 11.3, "CNY 100 million", "estimate"),
            ("智能标签与追溯", 2023, 12.7, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2024, 16.5, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2025, 21.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 50.0, "CNY 100 million", "actual"),
            ("合计", 2024, 66.0, "CNY 100 million", "actual"),
            ("合计", 2025, 85.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 9.8 + 6.1 + 12.7 = 50.0
            ("hierarchy", "exact"),  # 2024: 27.9 + 13.2 + 8.4 + 16.5 = 66.0
            ("hierarchy", "exact"),  # 2025E: 35.6 + 17.5 + 11.3 + 21.4 = 85.8
        ],
    ),
    # 19. Tab-separated fiscal-year broker exhibit by region with a Total row; FY2025E/FY2026E are estimates.
    #     Expected nowhere: the exhibit number, the containerboard tonnes memo row, the report date.
    dict(
        text=(
            "Exhibit 7: AI demand-planning software for corrugated-box makers - spend by region (US$ mn)\n"
            "Region\tFY2023\tFY2024\tFY2025E\tFY2026E\n"
            "North America\t142\t171\t204\t243\n"
            "Europe\t118\t139\t163\t190\n"
            "Asia-Pacific\t96\t124\t158\t199\n"
            "Rest of world\t31\t38\t46\t55\n"
            "Total\t387\t472\t571\t687\n"
            "Memo: global containerboard output (mn t)\t182\t186\t190\t194\n"
            "Source: Company data, Sahyadri Capital estimates; fiscal years end March. Report dated 10 February 2025."
        ),
        obs=[
            ("North America", 2023, 142, "USD million", "actual"),
            ("North America", 2024, 171, "USD million", "actual"),
            ("North America", 2025, 204, "USD million", "estimate"),
            ("North America", 2026, 243, "USD million", "estimate"),
            ("Europe", 2023, 118, "USD million", "actual"),
            ("Europe", 2024, 139, "USD million", "actual"),
            ("Europe", 2025, 163, "USD million", "estimate"),
            ("Europe", 2026, 190, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 96, "USD million", "actual"),
            ("Asia-Pacific", 2024, 124, "USD million", "actual"),
            ("Asia-Pacific", 2025, 158, "USD million", "estimate"),
            ("Asia-Pacific", 2026, 199, "USD million", "estimate"),
            ("Rest of world", 2023, 31, "USD million", "actual"),
            ("Rest of world", 2024, 38, "USD million", "actual"),
            ("Rest of world", 2025, 46, "USD million", "estimate"),
            ("Rest of world", 2026, 55, "USD million", "estimate"),
            ("Total", 2023, 387, "USD million", "actual"),
            ("Total", 2024, 472, "USD million", "actual"),
            ("Total", 2025, 571, "USD million", "estimate"),
            ("Total", 2026, 687, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 142 + 118 + 96 + 31 = 387
            ("hierarchy", "exact"),  # FY2024: 171 + 139 + 124 + 38 = 472
            ("hierarchy", "exact"),  # FY2025E: 204 + 163 + 158 + 46 = 571
            ("hierarchy", "exact"),  # FY2026E: 243 + 190 + 199 + 55 = 687
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; one share holds only by
    #     rounding; the 100.0% total is no claim. Expected nowhere: the table number, the source date.
    dict(
        text=(
            "表五　2024年台灣印刷包裝業AI應用市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| AI視覺檢測 | 1,820 | 37.9% |\n"
            "| AI排程與色彩管理 | 1,135 | 23.7% |\n"
            "| AI包裝設計與打樣 | 905 | 18.9% |\n"
            "| 智慧標籤與追溯 | 940 | 19.6% |\n"
            "| 合計 | 4,800 | 100.0% |\n"
            "資料來源：台灣智慧包裝研究中心（2025年5月）"
        ),
        obs=[
            ("AI視覺檢測", 2024, 1820, "TWD million", "actual"),
            ("AI排程與色彩管理", 2024, 1135, "TWD million", "actual"),
            ("AI包裝設計與打樣", 2024, 905, "TWD million", "actual"),
            ("智慧標籤與追溯", 2024, 940, "TWD million", "actual"),
            ("合計", 2024, 4800, "TWD million", "actual"),
        ],
        claims=[
            ("share", 37.9, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 19.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1820 / 4800 = 37.92% -> 37.9
            # 1135 / 4800 = 23.65% (23.646) -> 23.6, not 23.7; bounds 1134.5 / 4800.5 = 23.633%,
            # 1135.5 / 4799.5 = 23.659% -> 23.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 905 / 4800 = 18.85% (18.854) -> 18.9
            ("arithmetic", "exact"),  # 940 / 4800 = 19.58% -> 19.6
            ("hierarchy", "exact"),  # 1820 + 1135 + 905 + 940 = 4800
        ],
    ),
    # 21. Chicago label converter's Q2 earnings-call transcript sizing the TAM; CAGR with printed span ("last year" =
    #     2024). Expected nowhere: quarter net sales and growth, EBITDA margin and basis points, presses running the
    #     stack, the analyst's price target.
    dict(
        text=(
            "Lakeshore Label Group (NASDAQ: LKLB) Q2 2025 Earnings Call Transcript - August 6, 2025\n"
            "Dana Whitcombe, Chief Executive Officer: Thanks, operator. Net sales for the quarter came in at $212.4 "
            "million, up 6%, and adjusted EBITDA margin expanded 80 basis points to 17.4%. We now have 38 of our "
            "digital presses running the Sentinel inspection stack. Let me spend a minute on why we keep leaning in. "
            "We size the total addressable market for AI-driven label inspection and track-and-trace at roughly "
            "$4.1 billion last year, and our work says it gets to $9.8 billion by 2030. That's a compound rate of "
            "about 15.6% over 2024 through 2030, and frankly we expect to take more than our fair share of it.\n"
            "Operator: Our next question comes from Mark Ellery with Greylock Partners, who has a $48 target on the "
            "stock."
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 4.1) ** (1 / 6) - 1 = 15.63% -> 15.6
        ],
    ),
    # 22. Bologna working-paper abstract; the 2028 figure in billions converted to the series' EUR million; CAGR with
    #     printed span. Expected nowhere: paper number, surveyed firms and the 38% using ML, the EUR 79 billion
    #     commercial print market, JEL codes.
    dict(
        text=(
            "Working Paper No. 2025/14 - Department of Management, University of Bologna\n"
            "Who schedules the press? Algorithmic job planning and colour control in European commercial printing\n"
            "Abstract: Drawing on a survey of 146 print service providers in Italy, Germany and Spain, of whom 38% "
            "report using some form of machine learning on the shop floor, we estimate that European spending on "
            "AI-based print-job scheduling and colour-management software reached EUR 412 million in 2023. Using "
            "vendor shipment data, we project the segment to grow to EUR 1.06 billion by 2028, a compound annual "
            "growth rate of 20.8% over 2023-2028. This remains a sliver of a European commercial print market worth "
            "some EUR 79 billion. JEL codes: L67, O33."
        ),
        obs=[
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2028, 1060, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1060 / 412) ** (1 / 5) - 1 = 20.80% -> 20.8
        ],
    ),
    # 23. Social-media thread quoting one research house; the 2026 figure in billions converted to USD million;
    #     "nearly 3x" a multiple over four years. Expected nowhere: the Series A and valuation, "about a third" of
    #     brand owners, "1 in 4" recalls.
    dict(
        text=(
            "@packagingnerd - Thread - 3 Feb 2025\n"
            "1/ Everyone talks about AI on the press. The sleeper is AI packaging design and artwork proofing: "
            "catching the wrong allergen line or a broken barcode before plates are made.\n"
            "2/ Numbers from Packlytics' new report: the market was $380M in 2022, $540M in 2023 and $707M last "
            "year. That last step is +31% YoY.\n"
            "3/ They see $1.1B by 2026 - nearly 3x the 2022 level in four years.\n"
            "4/ Money is following. ProofPilot just raised a $25M Series A at a ~$180M valuation, and about a third "
            "of the brand owners Packlytics surveyed already run AI proofing on some SKUs.\n"
            "5/ Caveat: artwork errors still sit behind roughly 1 in 4 packaging recalls. Lots of runway. /end"
        ),
        obs=[
            ("Total", 2022, 380, "USD million", "actual"),
            ("Total", 2023, 540, "USD million", "actual"),
            ("Total", 2024, 707, "USD million", "actual"),
            ("Total", 2026, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2022, 2026, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (707 / 540) ** (1 / 1) - 1 = 30.93% -> 31
        ],
    ),
    # 24. UK trade web article carrying a correction (the corrected GBP 184 million is the 2024 figure); YoY with both
    #     amounts; a yearly rate whose span only the amounts' years give. Expected nowhere: the GBP 148 million
    #     pre-correction figure, the GBP 11 billion packaging sector, 85,000 employees, the 22% waste cut.
    dict(
        text=(
            "Print & Pack Weekly | News | 14 May 2025\n"
            "Vision systems move from the end of the line to the heart of it\n"
            "Britain's converters are spending more on cameras that think. According to the Converters' Technology "
            "Forum, the UK market for AI vision inspection on packaging and label lines reached GBP 184 million in "
            "2024, up 14% on the previous year's GBP 161 million, and the forum forecasts GBP 305 million by 2028, "
            "implying growth of about 13.5% a year. The wider UK packaging manufacturing sector turns over around "
            "GBP 11 billion and employs some 85,000 people. At Midlands carton maker Harcourt Fold, the line-side "
            "system has cut waste by 22%, says operations director Sian Pryor.\n"
            "Correction, 15 May 2025: An earlier version of this article gave the 2024 market size as GBP 148 "
            "million. The correct figure is GBP 184 million."
        ),
        obs=[
            ("Total", 2023, 161, "GBP million", "actual"),
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Total", 2028, 305, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184 / 161) ** (1 / 1) - 1 = 14.29% -> 14
            ("cagr|period", "exact"),  # (305 / 184) ** (1 / 4) - 1 = 13.47% -> 13.5
        ],
    ),
    # 25. Dutch packaging group's annual-report letter quoting a consultancy; YoY with both amounts. Expected nowhere:
    #     group revenue and growth, plants, tonnes of board, EBITDA margin, "roughly a fifth", the 10% share target,
    #     6,200 colleagues.
    dict(
        text=(
            "Letter from the CEO - Veldhoven Packaging Group N.V., Annual Report 2024 (Amsterdam, 27 February 2025)\n"
            "Dear shareholders, 2024 was a year of patient building. Group revenue rose 3.1% to EUR 2.31 billion, our "
            "14 corrugated plants produced 1.9 million tonnes of board, and the adjusted EBITDA margin held at 13.8%. "
            "We are also, in a small way, becoming a software company. Box-plant planners have always guessed at "
            "demand; our ForeCase platform replaces the guessing with machine learning. Rijnmond Insights puts the "
            "European market for AI demand-planning tools serving corrugated-box makers at EUR 640 million in 2024, "
            "up 17% from EUR 548 million in 2023, and roughly a fifth of it is bought by integrated paper groups like "
            "ours. We aim to hold a 10% share of that market by 2027. My thanks go to our 6,200 colleagues in nine "
            "countries."
        ),
        obs=[
            ("Total", 2023, 548, "EUR million", "actual"),
            ("Total", 2024, 640, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 548) ** (1 / 1) - 1 = 16.79% -> 17
        ],
    ),
    # 26. Milan label maker's capital-markets-day slide bullets: TAM, CAGR with printed span, two parts with shares.
    #     Expected nowhere: the 2028 revenue, margin and 12% share targets, presses and plants, price per 1,000
    #     labels, the slide number.
    dict(
        text=(
            "Etichetta Nova S.p.A. - Capital Markets Day 2025, Milan, 18 March 2025\n"
            "Slide 14 | Smart labels: the opportunity\n"
            "\u2022 AI-enabled smart-label & track-and-trace TAM: \u20ac2.4bn (2024) \u2192 \u20ac5.1bn (2029E)\n"
            "\u2022 16% CAGR 2024-29E, driven by the EU Digital Product Passport\n"
            "\u2022 Europe = \u20ac0.92bn of 2024 TAM (38%)\n"
            "\u2022 Pharma serialisation ~\u20ac0.55bn (23%)\n"
            "\u2022 Our 2028 targets: revenue \u20ac1.5bn, EBITDA margin >20%, 12% share of European TAM\n"
            "\u2022 60 digital presses installed across 11 plants\n"
            "\u2022 Average price per 1,000 RFID-enabled labels: \u20ac68"
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2029, 5.1, "EUR billion", "estimate"),
            ("Europe", 2024, 0.92, "EUR billion", "actual"),
            ("Pharma serialisation", 2024, 0.55, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 2.4) ** (1 / 5) - 1 = 16.27% -> 16
            ("arithmetic", "exact"),  # 0.92 / 2.4 = 38.33% -> 38
            ("arithmetic", "exact"),  # 0.55 / 2.4 = 22.92% -> 23
        ],
    ),
    # 27. Forum answer quoting one research house; a yearly rate whose span only its amounts' years give, and which
    #     the amounts do not support. Expected nowhere: the $80 billion commercial-print industry, years of
    #     experience, presses, payback months, the 41% survey answer, the Q2 quarter-on-quarter rise.
    dict(
        text=(
            "Re: Is AI scheduling software for print shops actually a real market?\n"
            "Answer from inkandmetal (prepress manager, 19 yrs in the trade) - September 2024\n"
            "Short answer: yes, but smaller than the vendors want you to think. PrintTech Research (the people who "
            "run the annual shop-floor survey) put US spending on AI print-job scheduling at about $265 million in "
            "2023 and expect $410 million in 2026. They describe that as 19% annual growth, which doesn't square "
            "with their own numbers, but whatever. For scale, US commercial printing is roughly an $80 billion "
            "industry. We run 7 presses and our scheduler paid for itself in about 14 months. Their survey also says "
            "41% of shops with more than 50 employees are piloting something, and Q2 licence sales were reportedly "
            "up 9% quarter on quarter, for what that's worth."
        ),
        obs=[
            ("Total", 2023, 265, "USD million", "actual"),
            ("Total", 2026, 410, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            # (410 / 265) ** (1 / 3) - 1 = 15.66%; bounds (409.5 / 265.5) ** (1/3) - 1 = 15.54%,
            # (410.5 / 264.5) ** (1/3) - 1 = 15.78% -> 19 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 28. Mumbai research-house thematic note; CAGR with printed span that holds only by rounding. Expected nowhere:
    #     the rupee (crore, lakh) figures, the US$85bn Indian packaging industry, the target price and upside, the
    #     covered company's revenue growth.
    dict(
        text=(
            "Deccan Equity Research | Thematic note | Mumbai, 9 June 2025\n"
            "Packaging's quality-control upgrade\n"
            "We estimate the global market for AI vision inspection on packaging lines at US$1.9bn in 2024 and see "
            "it reaching US$3.5bn in 2028, a CAGR of 16.2% over 2024-28. India is still a small slice: we put "
            "domestic spend at roughly Rs1,450 crore, even though the Indian packaging industry itself is worth "
            "about US$85bn. Pharma blister lines are the early adopters, with a full inspection cell costing about "
            "Rs45 lakh per line. Our preferred play is Sahyadri Flexipack (BUY, TP Rs720, 24% upside), whose FY25 "
            "revenue grew 19%."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 3.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (3.5 / 1.9) ** (1 / 4) - 1 = 16.50% -> 16.5, not 16.2; bounds (3.45 / 1.95) ** (1/4) - 1 = 15.33%,
            # (3.55 / 1.85) ** (1/4) - 1 = 17.70% -> 16.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Xinhua-style release quoting an industry association; YoY with both amounts (rounding only), a part with
    #     its share. Expected nowhere: the 1.4万亿元 printing output, 6000 firms, 320 surveyed firms and the 45% answer.
    dict(
        text=(
            "新华社北京3月18日电（记者王晓晨）记者18日从中国印刷及设备器材工业协会获悉，2024年我国印刷包装领域"
            "人工智能应用市场规模达到86.3亿元，较2023年的69.2亿元同比增长24.6%。其中，包装视觉检测市场规模为"
            "31.5亿元，占比约36.5%。协会预计，2025年市场规模有望突破110亿元。与此同时，全国印刷业总产值约1.4万亿元，"
            "规模以上印刷企业超过6000家。协会对320家企业的调查显示，约45%的企业已在生产环节部署AI质检。"
        ),
        obs=[
            ("Total", 2023, 69.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.3, "CNY 100 million", "actual"),
            ("包装视觉检测", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (86.3 / 69.2) ** (1 / 1) - 1 = 24.71% -> 24.7, not 24.6; bounds 86.25 / 69.25 - 1 = 24.55%,
            # 86.35 / 69.15 - 1 = 24.87% -> 24.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 31.5 / 86.3 = 36.50% -> 36.5
        ],
    ),
    # 30. Ministry implementation plan: a 2027 target with a CAGR over a printed span, its 2024 base. Expected nowhere:
    #     the plan's title years and document number, 100 benchmark firms, the 75% numerical-control rate, tonnes of
    #     paper containers.
    dict(
        text=(
            "工业和信息化部 国家市场监督管理总局关于印发《包装行业智能化改造实施方案（2025—2027年）》的通知\n"
            "工信部联消费〔2025〕41号\n"
            "二、主要目标\n"
            "到2027年，包装行业人工智能视觉检测、智能排产和需求预测等解决方案市场规模超过200亿元，2024—2027年"
            "年均复合增长率达到20%以上；培育100家以上智能制造标杆企业，规模以上包装企业关键工序数控化率达到75%。"
            "2024年，上述解决方案市场规模约为115亿元，全国纸和纸板容器产量约3500万吨。"
        ),
        obs=[
            ("Total", 2024, 115, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (200 / 115) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional): YoY without its base (no verdict), CAGR with printed span.
    #     Expected nowhere: 212 surveyed firms and the 37% answer, "約占四成", the NT$1,600億元 printing output.
    dict(
        text=(
            "2025/07/15 新聞稿\n"
            "資策會產業情報研究所（MIC）今（15）日發布研究指出，台灣印刷與包裝產業導入人工智慧的解決方案市場，2024年"
            "規模達新台幣48.6億元，年增18.2%，其中外商解決方案約占四成；受惠於品牌商對包材追溯與標籤合規的要求，MIC"
            "預估2026年市場規模將達新台幣72億元，2024至2026年複合成長率約21.7%。MIC調查的212家業者中，有37%表示未來"
            "兩年將擴大AI預算。相較之下，台灣印刷業整體產值約新台幣1,600億元，AI應用比重仍低。"
        ),
        obs=[
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2026, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 21.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 48.6) ** (1 / 2) - 1 = 21.72% -> 21.7
        ],
    ),
    # 32. Hong Kong press report (Traditional), dateline 2025: 去年 = 2024, 前年 = 2023, 明年 = 2026 (estimate);
    #     YoY holding only by rounding. Expected nowhere: 2.1萬 workers, the 逾百億港元 industry output, the
    #     8,000萬港元 round and 6億港元 valuation.
    dict(
        text=(
            "【本報訊】2025年4月22日 本港印刷及包裝業正加快引入人工智能。香港印刷業商會昨日發表報告指，去年本地"
            "包裝及標籤生產線的AI視覺檢測及追溯系統市場規模約4.86億港元，按年增長15.3%，前年則為4.2億港元；商會"
            "預計明年市場可達6.5億港元。報告又指，全港印刷及包裝業從業員約2.1萬人，業界整體產值逾百億港元。初創"
            "企業「標智科技」上月完成8,000萬港元A輪融資，估值約6億港元。"
        ),
        obs=[
            ("Total", 2023, 4.2, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2026, 6.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.86 / 4.2) ** (1 / 1) - 1 = 15.71% -> 15.7, not 15.3; bounds 4.855 / 4.25 - 1 = 14.24%,
            # 4.865 / 4.15 - 1 = 17.23% -> 15.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): one consultancy's series, "是2023年的3倍多" a x3 ratio over five
    #     years. Expected nowhere: the second institute's 2023 figure (7億元), the 40萬 licence price, "省一半",
    #     the board's 63% poll answer.
    dict(
        text=(
            "[心得] AI包裝設計／稿件校對這塊到底有多大？\n"
            "作者 boxdesigner (紙盒人)  看板 Tech_Job\n"
            "時間 2025/05/03\n"
            "做包裝設計十年，最近公司在評估AI校稿工具，順手整理一下數字給板友參考：\n"
            "1. 拓墨顧問的報告說，台灣AI包裝設計與稿件校對市場2023年約新台幣9.6億元，2024年成長到12.1億元，預估"
            "2028年可達新台幣31億元，大概是2023年的3倍多。\n"
            "2. 不過另一家研究機構「綠點研究」估的2023年只有新台幣7億元左右，差蠻多的，大家自己判斷。\n"
            "3. 我們廠一套授權一年大概40萬，打樣成本可以省一半左右。\n"
            "4. 板上之前的小調查，63%的人說校稿最常出錯的是條碼跟成分表。\n"
            "結論：市場不大但長很快，設計師不用怕被取代，要怕的是不會用的人。"
        ),
        obs=[
            ("Total", 2023, 9.6, "TWD 100 million", "actual"),
            ("Total", 2024, 12.1, "TWD 100 million", "actual"),
            ("Total", 2028, 31, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[],
    ),
    # 34. Brokerage research abstract: YoY with both amounts, a 2030 range (two value claims, no obs). Expected
    #     nowhere: tonnes of boxes, the CR5 under 15%, the rating and target price, the report date.
    dict(
        text=(
            "【东岳证券·轻工制造】瓦楞纸箱智能化深度报告：AI排产与需求预测打开第二成长曲线（2025-06-12）\n"
            "投资要点：我们测算2024年国内瓦楞纸箱行业AI需求预测与智能排产软件市场规模为14.8亿元，同比增长28.1%"
            "（2023年为11.55亿元）；随着头部纸包装企业推进数字化工厂建设，预计2030年市场规模将达到45-60亿元。2024年"
            "全国瓦楞纸箱产量约3,400万吨，行业CR5不足15%。首次覆盖华瓯包装，给予“买入”评级，目标价6.8元。"
            "风险提示：下游需求不及预期、原纸价格大幅波动。"
        ),
        obs=[
            ("Total", 2023, 11.55, "CNY 100 million", "actual"),
            ("Total", 2024, 14.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2030, 2030, None),
            ("value", 60, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 11.55) ** (1 / 1) - 1 = 28.14% -> 28.1
        ],
    ),
    # 35. Listed label printer's results-briefing transcript: 今年 (2025) an estimate, "接近翻一番" a x2 over 2024-2027.
    #     Expected nowhere: company revenue and growth, the fourth-quarter revenue, gross margin, the 8% share
    #     target, presses and headcount.
    dict(
        text=(
            "嘉印智能（301628）2024年度业绩说明会文字实录（2025年4月28日）\n"
            "问：请问公司如何看待智能标签与追溯业务的市场空间？\n"
            "董事长 陈立峰：谢谢这位投资者。公司2024年实现营业收入18.6亿元，同比增长11.2%，其中第四季度收入5.3亿元，"
            "综合毛利率26.4%。关于市场空间，我们测算国内AI智能标签与产品追溯解决方案的市场规模2024年约为62亿元，"
            "今年有望达到78亿元，到2027年将接近翻一番，达到120亿元左右。公司的目标是三年内市场占有率提升到8%。\n"
            "问：新建产线进展如何？\n"
            "答：今年新增12台数字印刷机，员工人数增加到2,300人左右。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 36. Düsseldorf market brief, markdown table by segment with a total row; 2023 and 2024 add exactly, the 2025E
    #     column only by rounding. Expected nowhere: the brief number, German printing turnover, presses installed.
    dict(
        text=(
            "Rheinland Druck & Daten GmbH, Duesseldorf - Market brief 03/2025\n"
            "AI applications in German printing and packaging (EUR million)\n\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Print-job scheduling & colour management | 58.4 | 71.2 | 86.0 |\n"
            "| AI vision inspection (packaging & labels) | 92.7 | 113.5 | 136.9 |\n"
            "| Packaging design & artwork proofing | 31.6 | 40.3 | 51.2 |\n"
            "| Demand planning (corrugated) | 24.9 | 29.8 | 35.6 |\n"
            "| Smart labels & track-and-trace | 40.2 | 52.6 | 68.7 |\n"
            "| Total | 247.8 | 307.4 | 378.6 |\n\n"
            "Note: German printing industry turnover was EUR 19.8 billion in 2024; some 1,450 presses with "
            "closed-loop colour control are installed."
        ),
        obs=[
            ("Print-job scheduling & colour management", 2023, 58.4, "EUR million", "actual"),
            ("Print-job scheduling & colour management", 2024, 71.2, "EUR million", "actual"),
            ("Print-job scheduling & colour management", 2025, 86.0, "EUR million", "estimate"),
            ("AI vision inspection (packaging & labels)", 2023, 92.7, "EUR million", "actual"),
            ("AI vision inspection (packaging & labels)", 2024, 113.5, "EUR million", "actual"),
            ("AI vision inspection (packaging & labels)", 2025, 136.9, "EUR million", "estimate"),
            ("Packaging design & artwork proofing", 2023, 31.6, "EUR million", "actual"),
            ("Packaging design & artwork proofing", 2024, 40.3, "EUR million", "actual"),
            ("Packaging design & artwork proofing", 2025, 51.2, "EUR million", "estimate"),
            ("Demand planning (corrugated)", 2023, 24.9, "EUR million", "actual"),
            ("Demand planning (corrugated)", 2024, 29.8, "EUR million", "actual"),
            ("Demand planning (corrugated)", 2025, 35.6, "EUR million", "estimate"),
            ("Smart labels & track-and-trace", 2023, 40.2, "EUR million", "actual"),
            ("Smart labels & track-and-trace", 2024, 52.6, "EUR million", "actual"),
            ("Smart labels & track-and-trace", 2025, 68.7, "EUR million", "estimate"),
            ("Total", 2023, 247.8, "EUR million", "actual"),
            ("Total", 2024, 307.4, "EUR million", "actual"),
            ("Total", 2025, 378.6, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 92.7 + 31.6 + 24.9 + 40.2 = 247.8
            ("hierarchy", "exact"),  # 2024: 71.2 + 113.5 + 40.3 + 29.8 + 52.6 = 307.4
            # 2025E: 86.0 + 136.9 + 51.2 + 35.6 + 68.7 = 378.4, not 378.6; bounds 378.15 .. 378.65 reach
            # 378.55 .. 378.65 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Osaka institute's tab-separated vertical table headed only by its unit (the market's Total) with a YoY
    #     column; the 2026F YoY does not fit its amounts. Expected nowhere: the table number, the publication date,
    #     the JPY 4.6 trillion printing shipments.
    dict(
        text=(
            "Table 2. Japan: AI-based inspection and colour control in printing and packaging\n"
            "Source: Kansai Print Economics Institute, Osaka, 10 September 2025\n"
            "Year\t\u00a5 billion\tYoY\n"
            "2021\t18.4\t-\n"
            "2022\t21.9\t19.0%\n"
            "2023\t25.7\t17.4%\n"
            "2024\t30.6\t19.1%\n"
            "2025E\t36.2\t18.3%\n"
            "2026F\t43.5\t21.2%\n"
            "Note: excludes hardware-only camera sales. Japan's printing shipments totalled \u00a54.6 trillion in 2024."
        ),
        obs=[
            ("Total", 2021, 18.4, "JPY billion", "actual"),
            ("Total", 2022, 21.9, "JPY billion", "actual"),
            ("Total", 2023, 25.7, "JPY billion", "actual"),
            ("Total", 2024, 30.6, "JPY billion", "actual"),
            ("Total", 2025, 36.2, "JPY billion", "estimate"),
            ("Total", 2026, 43.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2021, 2022, 1.0),
            ("growth", 17.4, "percent", 2022, 2023, 1.0),
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2024, 2025, 1.0),
            ("growth", 21.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21.9 / 18.4 - 1 = 19.02% -> 19.0
            ("cagr|implied", "exact"),  # 25.7 / 21.9 - 1 = 17.35% -> 17.4
            ("cagr|implied", "exact"),  # 30.6 / 25.7 - 1 = 19.07% -> 19.1
            ("cagr|implied", "exact"),  # 36.2 / 30.6 - 1 = 18.30% -> 18.3
            # 43.5 / 36.2 - 1 = 20.17%; bounds 43.45 / 36.25 - 1 = 19.86%, 43.55 / 36.15 - 1 = 20.47% -> 21.2 out of
            # reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 38. Space-aligned Simplified Chinese table with a 合计 row; both year columns add exactly. Expected nowhere:
    #     the table number, title years, the 1.3万亿元 packaging revenue in the note.
    dict(
        text=(
            "表3  2023—2024年中国印刷包装AI应用细分市场规模（单位：亿元）\n"
            "数据来源：中印智研院，2025年1月\n\n"
            "细分领域                 2023年     2024年\n"
            "印刷排产与色彩管理         12.6       15.9\n"
            "包装视觉检测               24.3       30.8\n"
            "包装设计与稿件校对          8.7       11.4\n"
            "纸箱需求预测                9.1       11.8\n"
            "智能标签与追溯             17.5       22.6\n"
            "合计                       72.2       92.5\n\n"
            "注：同期全国包装工业营业收入约1.3万亿元。"
        ),
        obs=[
            ("印刷排产与色彩管理", 2023, 12.6, "CNY 100 million", "actual"),
            ("印刷排产与色彩管理", 2024, 15.9, "CNY 100 million", "actual"),
            ("包装视觉检测", 2023, 24.3, "CNY 100 million", "actual"),
            ("包装视觉检测", 2024, 30.8, "CNY 100 million", "actual"),
            ("包装设计与稿件校对", 2023, 8.7, "CNY 100 million", "actual"),
            ("包装设计与稿件校对", 2024, 11.4, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2023, 9.1, "CNY 100 million", "actual"),
            ("纸箱需求预测", 2024, 11.8, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2023, 17.5, "CNY 100 million", "actual"),
            ("智能标签与追溯", 2024, 22.6, "CNY 100 million", "actual"),
            ("合计", 2023, 72.2, "CNY 100 million", "actual"),
            ("合计", 2024, 92.5, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.6 + 24.3 + 8.7 + 9.1 + 17.5 = 72.2
            ("hierarchy", "exact"),  # 2024: 15.9 + 30.8 + 11.4 + 11.8 + 22.6 = 92.5
        ],
    ),
    # 39. Mexico City consultancy's regional table with a CAGR column (span printed in the header) and a Global row;
    #     a note sizing Mexico. Middle East & Africa's CAGR holds only by rounding. Expected nowhere: Mexico's
    #     packaging tonnes, the 40 firms interviewed.
    dict(
        text=(
            "Consultoria Altiplano, Mexico City, March 2025\n"
            "AI vision inspection for packaging and label lines, by region (USD million)\n\n"
            "| Region | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|\n"
            "| North America | 612 | 1,398 | 14.8% |\n"
            "| Europe | 548 | 1,176 | 13.6% |\n"
            "| Asia-Pacific | 701 | 1,905 | 18.1% |\n"
            "| Latin America | 96 | 268 | 18.7% |\n"
            "| Middle East & Africa | 43 | 109 | 16.9% |\n"
            "| Global | 2,000 | 4,856 | 15.9% |\n\n"
            "Mexico accounted for USD 38 million of the Latin American figure in 2024. Based on interviews with 40 "
            "converters and integrators; Mexico's packaging output reached 12.4 million tonnes."
        ),
        obs=[
            ("North America", 2024, 612, "USD million", "actual"),
            ("North America", 2030, 1398, "USD million", "estimate"),
            ("Europe", 2024, 548, "USD million", "actual"),
            ("Europe", 2030, 1176, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 701, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1905, "USD million", "estimate"),
            ("Latin America", 2024, 96, "USD million", "actual"),
            ("Latin America", 2030, 268, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 43, "USD million", "actual"),
            ("Middle East & Africa", 2030, 109, "USD million", "estimate"),
            ("Global", 2024, 2000, "USD million", "actual"),
            ("Global", 2030, 4856, "USD million", "estimate"),
            ("Mexico", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1398 / 612) ** (1 / 6) - 1 = 14.76% -> 14.8
            ("cagr|implied", "exact"),  # (1176 / 548) ** (1 / 6) - 1 = 13.57% -> 13.6
            ("cagr|implied", "exact"),  # (1905 / 701) ** (1 / 6) - 1 = 18.13% -> 18.1
            ("cagr|implied", "exact"),  # (268 / 96) ** (1 / 6) - 1 = 18.66% -> 18.7
            # (109 / 43) ** (1 / 6) - 1 = 16.77% -> 16.8, not 16.9; bounds (108.5 / 43.5) ** (1/6) - 1 = 16.46%,
            # (109.5 / 42.5) ** (1/6) - 1 = 17.09% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4856 / 2000) ** (1 / 6) - 1 = 15.93% -> 15.9
            ("hierarchy", "exact"),  # 2024: 612 + 548 + 701 + 96 + 43 = 2000
            ("hierarchy", "exact"),  # 2030F: 1398 + 1176 + 1905 + 268 + 109 = 4856
        ],
    ),
    # 40. Korean association's statistics table (tab-separated) with a share column; the total row's 100.0 is no
    #     claim; the smart-label share holds only by rounding. Expected nowhere: the table number, the won amount,
    #     the 1,140 surveyed firms and their 27% answer.
    dict(
        text=(
            "Korea Packaging & Printing Technology Association - Statistics on AI adoption, 2024 (Seoul, June 2025)\n"
            "Table 5-2. Spending by application (USD million; share of total, %)\n"
            "Application\tSpending\tShare (%)\n"
            "Vision inspection\t214.6\t41.3\n"
            "Print-job scheduling & colour management\t96.8\t18.6\n"
            "Smart labels & track-and-trace\t88.1\t16.9\n"
            "Demand planning\t67.5\t13.0\n"
            "Design & artwork proofing\t52.7\t10.1\n"
            "Total\t519.7\t100.0\n"
            "Note: converted from won at the 2024 average rate (KRW 708 billion in won terms). Survey of 1,140 firms; "
            "27% of respondents plan to raise AI budgets in 2025."
        ),
        obs=[
            ("Vision inspection", 2024, 214.6, "USD million", "actual"),
            ("Print-job scheduling & colour management", 2024, 96.8, "USD million", "actual"),
            ("Smart labels & track-and-trace", 2024, 88.1, "USD million", "actual"),
            ("Demand planning", 2024, 67.5, "USD million", "actual"),
            ("Design & artwork proofing", 2024, 52.7, "USD million", "actual"),
            ("Total", 2024, 519.7, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 16.9, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("share", 10.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 214.6 / 519.7 = 41.29% -> 41.3
            ("arithmetic", "exact"),  # 96.8 / 519.7 = 18.63% -> 18.6
            # 88.1 / 519.7 = 16.952% -> 17.0, not 16.9; bounds 88.05 / 519.75 = 16.941%, 88.15 / 519.65 = 16.963%
            # -> 16.9 (16.85 .. 16.95) reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 67.5 / 519.7 = 12.99% -> 13.0
            ("arithmetic", "exact"),  # 52.7 / 519.7 = 10.14% -> 10.1
            ("hierarchy", "exact"),  # 214.6 + 96.8 + 88.1 + 67.5 + 52.7 = 519.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 12, 'exact': 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '18% more than the $1.07 billion they spent in 2023',
    'a compound annual growth rate of 20.7% over 2024-2030',
    'US$1.1bn by FY2029e - a CAGR of about 23%',
    'EUR 312 million, or 40% of the total',
    'took EUR 253 million (33%)',
    'was worth £185 million last year',
    'growth of 18.8% a year between 2024 and 2030',
    'was roughly $6.4 billion in 2024',
    'so call it 2.2 times, or about 14% a year',
    'That would roughly triple the market',
    'a range of €950 million to €1,150 million',
    'roughly $430 million last year',
    'something like $520 million this year',
    '同比增长24.5%，2023年该数字为31.0亿元',
    '2024—2028年年均复合增长率为24.2%',
    '到2027年力争突破120亿元，较2023年增长3倍',
    '估计2024年该市场规模约为60亿元',
    '較2023年的42.2億元年增15.2%',
    '食品及飲料佔5.1億港元，比重為39.8%',
    '去年国内纸箱企业在AI需求预测与智能排产软件',
    '今年有望突破35亿元，同比增长约30%',
    '2024至2028年年複合成長率（CAGR）達22%',
    '| Total | 1.19 | 1.45 | 1.79 | 2.73 |',
    '2025E           27.0    19.5%',
    '合计\t50.0\t66.0\t85.8',
    '| AI排程與色彩管理 | 1,135 | 23.7% |',
    'roughly $4.1 billion last year',
    'about 15.6% over 2024 through 2030',
    'EUR 1.06 billion by 2028',
    '$540M in 2023 and $707M last year',
    'nearly 3x the 2022 level in four years',
    'The correct figure is GBP 184 million',
    'implying growth of about 13.5% a year',
    'up 17% from EUR 548 million in 2023',
    '€2.4bn (2024) → €5.1bn (2029E)',
    'Europe = €0.92bn of 2024 TAM (38%)',
    'They describe that as 19% annual growth',
    'a CAGR of 16.2% over 2024-28',
    '较2023年的69.2亿元同比增长24.6%',
    '2025年市场规模有望突破110亿元',
    '年均复合增长率达到20%以上',
    '2024至2026年複合成長率約21.7%',
    '約4.86億港元，按年增長15.3%，前年則為4.2億港元',
    '大概是2023年的3倍多',
    '预计2030年市场规模将达到45-60亿元',
    '今年有望达到78亿元，到2027年将接近翻一番',
    '| Total | 247.8 | 307.4 | 378.6 |',
    'Year\t¥ billion\tYoY',
    '合计                       72.2       92.5',
    '| Middle East & Africa | 43 | 109 | 16.9% |',
    'Smart labels & track-and-trace\t88.1\t16.9',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 214
#: figures, 50 rates, 76 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-ninety-eighth set: 214, 51, 76 and 0
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 214, "rates_found": 50, "verdicts_right": 76}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset196.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
