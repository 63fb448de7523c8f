"""A hundred-and-ninety-third check set for the extractor, written blind: AI in dentistry and oral care: AI that reads
dental X-rays and intraoral scans, AI treatment planning for orthodontics and implants, AI in dental practice software
(scheduling, claims, patient messaging), AI-guided toothbrushes and oral-care devices, AI for dental laboratories
(crown and aligner design); sized in money by dental associations, dental-supply distributors' investor days, health
ministries' plans, brokers and research houses in the United States, Canada, the United Kingdom, Germany, Switzerland,
South Korea, Japan, Australia, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the
whole dental market beside the AI part, numbers of dentists or clinics, patients screened, aligner units shipped, a
company's own revenue or margin, the price of one scan, a funding round and valuation, a quarter's figures, a survey's
percentages, regulatory clearances counted.

Snippets 1-20: Twenty snippets on AI in dentistry: eight English prose pieces (a Chicago wire release, a Tokyo broker
note in fiscal years and yen, a Basel research briefing with segment shares, a Toronto news story quoting two research
houses, a New York investor-day transcript sizing a TAM, a Berlin ministry strategy with a "this year" figure, a
Sydney research note with a correction and a 2029 range, an investor's blog), seven Chinese prose pieces (four
Simplified, three Traditional: an industry report, a provincial action plan with 力争 targets and 增长3倍, a wire story
quoting two institutes, a Taiwanese association white paper, a Hong Kong story in 億港元, a Shenzhen story using
去年/今年/明年, a Hong Kong broker deep-dive) and five tables (markdown with E/F columns, space-aligned years with YoY,
tab-separated 亿元 with 合计, tab-separated fiscal years with a CAGR column, Traditional pipe table in 新台幣百萬元 with
shares). Left out: whole dental markets, dentists, clinics, screenings, shipments, company revenue, margins, share
targets, prices, funding rounds, quarters, surveys, clearances, a second house's figure, a corrected figure.
Inconsistent: the 19% growth (7) and 24.8% YoY (17). Rounding only: 16.6% (2), 31% share (3), 16% (8), 26% (12), 16.2%
share (20), the 2024 column total (16).

Snippets 21-40: Twenty snippets (21-40) on AI in dentistry and oral care. English prose: a Toronto earnings call
sizing a TAM, a US working-paper abstract with a multiple, a Sydney analyst's thread, a German article with a
correction, a Basel shareholder letter, US investor-day bullets, a forum answer citing a second research house, a
Seoul broker note with won asides. Chinese prose: a Xinhua-style release, a Zhejiang plan, a Taiwanese MIC-style
release, a Hong Kong report and a PTT post (Traditional), a brokerage abstract with a range, a results-briefing
transcript. Tables: UK markdown segments, a tab-separated yen table with YoY, a Chinese 合计 table, a regional CAGR
table, a German share table. Left out: whole dental markets, dentists, clinics, labs, screenings, aligner cases,
prices, company revenue and margins, share targets, funding rounds, clearances, surveys, penetration, shares in words,
won, Canadian and Australian dollars, a superseded figure, a second house's number. Inconsistent: Basel's 18%, the
forum's 15%, Latin America's 19.6%. Rounding only: the thread's 22%, Xinhua's 31.2%, the MIC 24.1%, Hong Kong's 35%
share, Japan's 27.5%, Middle East & Africa's 20.9%, the 41.1% imaging share, the UK 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release from a research firm: YoY growth with both amounts, CAGR with printed span; the
    #    2030 figure in billions is converted to the series' USD million. Expected nowhere: the report title year,
    #    dentists, FDA clearances counted, practice owners surveyed and the survey's 62%.
    dict(
        text=(
            "CHICAGO, April 15, 2025 /PRNewswire/ -- Dental practices in the United States spent $412 million in 2024 "
            "on artificial-intelligence software that reads bitewing, periapical and panoramic X-rays, a 27% jump from "
            "$325 million in 2023, according to the 2025 Dental AI Adoption Monitor released today by Lakeshore Dental "
            "Economics. The Chicago-based research firm projects the market will climb to $1.38 billion by 2030, "
            "implying a compound annual growth rate of 22.3% over 2024-2030. Adoption is still thin: of the roughly "
            "202,000 dentists practicing in the U.S., fewer than one in five uses an AI reader, and the FDA has so far "
            "cleared 31 dental AI devices. The firm surveyed 1,140 practice owners; 62% of them said insurers' "
            "tougher claim reviews were the main reason they signed up."
        ),
        obs=[
            ("Total", 2023, 325, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1380, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 325) ** (1 / 1) - 1 = 26.77% -> 27
            ("cagr|implied", "exact"),  # (1380 / 412) ** (1 / 6) - 1 = 22.32% -> 22.3
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; a CAGR whose span only the amounts' years give, printed 16.6%
    #    while the amounts give 16.51%. Expected nowhere: the whole dental-care market (¥3.2tn), dentists and clinics,
    #    the covered company's sales, growth and margin, its target price and upside, a quarter's orders growth.
    dict(
        text=(
            "JAPAN HEALTHCARE | Dental equipment & software | Sector note | Tokyo, 9 June 2025\n"
            "AI at the chairside: small, profitable and compounding. We size Japan's market for AI dental-imaging and "
            "CAD design software at ¥18.4bn in FY2024 and forecast ¥39.5bn by FY2029e, a CAGR of 16.6%. Set against a "
            "dental-care market of roughly ¥3.2tn that is still a sliver, but with some 105,000 licensed dentists and "
            "67,000 clinics the installed base is there. Our top pick, Shirakawa Dental Systems (BUY, TP ¥4,350, 22% "
            "upside), grew FY2024 sales 11% to ¥62.1bn at an operating margin of 14.8%; its 4Q AI-software orders "
            "rose 38% YoY."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2029, 39.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (39.5 / 18.4) ** (1 / 5) - 1 = 16.51% -> 16.5, not 16.6; bounds (39.45 / 18.45) ** (1/5) - 1 = 16.42%,
            # (39.55 / 18.35) ** (1/5) - 1 = 16.60% -> 16.6 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Basel research institute briefing: a total and two segments with their shares; one share holds only by
    #    rounding. Expected nowhere: laboratories polled and countries, the labs' EUR 38 billion prosthetics billing
    #    (the whole market beside the AI part), the per-crown price.
    dict(
        text=(
            "Basel, 3 June 2025 - Dental laboratories worldwide spent EUR 1.26 billion on AI-assisted design software "
            "in 2024, according to a research briefing from the Helvetia Dental Technology Institute. Crown and bridge "
            "design accounted for EUR 0.54 billion of that, or 43%, and clear-aligner set-up for EUR 0.40 billion "
            "(31%); implant-guide and denture design made up the rest. The institute, which polled 5,800 laboratories "
            "in 41 countries, expects spending to reach EUR 2.9 billion by 2029. That is still small next to the "
            "roughly EUR 38 billion that labs bill for prosthetics each year, and automated design typically costs a "
            "lab less than EUR 4.50 per crown."
        ),
        obs=[
            ("Total", 2024, 1.26, "EUR billion", "actual"),
            ("Crown and bridge design", 2024, 0.54, "EUR billion", "actual"),
            ("Clear-aligner set-up", 2024, 0.4, "EUR billion", "actual"),
            ("Total", 2029, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.54 / 1.26 = 42.86% -> 43
            # 0.40 / 1.26 = 31.75% -> 32, not 31; bounds 0.395 / 1.265 = 31.23%, 0.405 / 1.255 = 32.27%
            # -> 31 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Toronto news article quoting two research houses: the first house's base, target and stated CAGR.
    #    Expected nowhere: the second house's 2024 figure, dental-plan enrollees, dental offices, the C$ Series B and
    #    valuation.
    dict(
        text=(
            "TORONTO, Sept. 22, 2025 - Canadian dentists are handing the front desk to software. The country's market "
            "for AI tools in dental practice management - scheduling, insurance claims and patient messaging - was "
            "worth US$186 million in 2024 and is expected to reach US$512 million by 2031, a compound annual growth "
            "rate of 15.6% between 2024 and 2031, according to Ottawa-based Maple Ridge Health Analytics. Montreal's "
            "Boreal Insights is more aggressive, putting 2024 spending at US$230 million. Demand has been stoked by the "
            "federal dental-care plan, which has enrolled more than 3.4 million people, and by staff shortages at many "
            "of the country's roughly 16,000 dental offices. Toronto start-up ChairDesk AI closed a C$28 million "
            "Series B in August at a valuation of about C$240 million."
        ),
        obs=[
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2031, 512, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (512 / 186) ** (1 / 7) - 1 = 15.56% -> 15.6
        ],
    ),
    # 5. New York investor-day transcript of a dental-supply distributor sizing its TAM (the market, Total) with
    #    approximate figures and a multiple. Expected nowhere: the event's title year, practices served, the
    #    company's own AI revenue and gross margin, a quarter's bookings growth, its 30% share ambition.
    dict(
        text=(
            "Northway Dental Supply - Investor Day 2025, New York, March 11, 2025 (edited transcript)\n"
            "Karen Oyelaran, Chief Digital Officer: Let me size the opportunity. When we add up AI across the "
            "practice - radiograph reads, treatment planning, the front office and claims - the total addressable "
            "market in North America comes to roughly $4.1 billion in 2024. By 2029 we think it's about $9.4 billion, "
            "so call it 2.3 times in five years. We already serve about 38,000 practices, and our own AI software "
            "revenue was $212 million last year at a gross margin of 71%. Fourth-quarter AI bookings were up 44%. "
            "Our ambition is to hold 30% of that TAM by 2029."
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2029, 9.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[],  # a multiple gets no verdict (9.4 / 4.1 = 2.29)
    ),
    # 6. Berlin: a health ministry's strategy with a 2030 target and a "this year" figure (dateline 2024, so an
    #    estimate); stated CAGR between the 2023 base and the target. Expected nowhere: the strategy's title year, the
    #    EUR 35 million pilot funding, practising dentists, statutory insurers' dental spending.
    dict(
        text=(
            "Berlin, 14 November 2024 - The Federal Ministry of Health wants artificial intelligence in every dental "
            "practice by the end of the decade. Its 'Digitale Zahnmedizin 2030' strategy, presented this week, puts "
            "the German market for AI applications in dental care - from caries detection on bitewing X-rays to "
            "automated billing with the statutory insurers - at €212 million in 2023 and expects it to reach around "
            "€255 million this year. The target is €600 million by 2030, which would mean average growth of 16.0% a "
            "year between 2023 and 2030. The ministry will put €35 million into pilot projects in 2025 and 2026. "
            "Germany has about 72,000 practising dentists, and statutory health insurers spent €16.4 billion on "
            "dental treatment last year."
        ),
        obs=[
            ("Total", 2023, 212, "EUR million", "actual"),
            ("Total", 2024, 255, "EUR million", "estimate"),
            ("Total", 2030, 600, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (600 / 212) ** (1 / 7) - 1 = 16.02% -> 16.0
        ],
    ),
    # 7. Sydney research note carrying a correction and a 2029 range; the growth rate is a typo, inconsistent with
    #    its amounts. Expected nowhere: the withdrawn US$1.21bn, brush shipments, a quarter's sell-in growth, the A$
    #    handle price.
    dict(
        text=(
            "Ridgeline Research | Oral-care devices | Sydney, 28 May 2025\n"
            "Correction: our 14 May note gave the 2024 global market for AI-guided toothbrushes and connected "
            "oral-care devices as US$1.21bn. The correct figure is US$1.12bn; the 2023 base and our forecasts are "
            "unchanged.\n"
            "On the corrected numbers, the market grew 19% in 2024, from US$0.98bn in 2023, as app-linked brushing "
            "coaching moved from premium into mid-priced lines. Shipments of AI-enabled brushes reached 14.5 million "
            "units. We now see 2029 sales of US$2.6-3.1bn, the spread hinging on whether insurers in Australia and "
            "Japan start reimbursing coaching subscriptions. Sell-in rose 9% in 1Q25, and the leading brands still "
            "charge A$299 or more for a flagship handle."
        ),
        obs=[
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("value", 2.6, "USD billion", 2029, 2029, None),
            ("value", 3.1, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            # (1.12 / 0.98) ** (1 / 1) - 1 = 14.29% -> 14, not 19; bounds 1.115 / 0.985 - 1 = 13.20%,
            # 1.125 / 0.975 - 1 = 15.38% -> 19 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. An investor's blog post: approximate figures, series unit USD million (the 2027 figure in billions converted),
    #    a CAGR whose span only the amounts' years give, holding only by rounding. Expected nowhere: the per-case
    #    price, a Series C valuation, aligner cases shipped, the readers' poll.
    dict(
        text=(
            "Chairside Capital - notes from a dentist-turned-investor | posted 6 January 2025\n"
            "Why I keep buying the picks and shovels of AI treatment planning. By my count, software that plans "
            "implant and orthodontic cases with AI was a roughly $740 million market in 2022. Put the vendors' "
            "guidance together and you get to nearly $1.6 billion in 2027 - call it 16% a year. That's not "
            "hype-cycle growth, and I like it that way. One planning vendor I own charges about $35 per AI-planned "
            "case; another just raised a Series C at a $1.1 billion valuation, which I think is rich. The biggest "
            "aligner maker shipped some 2.6 million cases last year, and when I polled my readers, 58% of the "
            "dentists among them said they already plan with AI."
        ),
        obs=[
            ("Total", 2022, 740, "USD million", "actual"),
            ("Total", 2027, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2022, 2027, None, "inferred"),
        ],
        verdicts=[
            # (1600 / 740) ** (1 / 5) - 1 = 16.68% -> 17, not 16; bounds (1550 / 740.5) ** (1/5) - 1 = 15.92%,
            # (1650 / 739.5) ** (1/5) - 1 = 17.41% -> 16 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. Chinese industry report (Simplified): growth with both amounts, CAGR with printed span. Expected nowhere:
    #    the report's title year, the whole oral-care services market (2300亿元), dentists, institutions surveyed,
    #    the per-read fee.
    dict(
        text=(
            "《2025中国口腔数字化与人工智能产业发展报告》近日在北京发布。报告显示，2024年我国口腔AI影像辅助诊断市场规模为"
            "18.6亿元，较2023年的14.0亿元增长32.9%；预计到2030年将达到92.4亿元，2024—2030年年均复合增长率为30.6%。"
            "报告同时指出，我国口腔医疗服务市场整体规模已超过2300亿元，AI应用仍处于起步阶段。目前全国口腔类别执业（助理）"
            "医师约33万人，课题组共调研了412家口腔医疗机构，AI单次阅片收费普遍在5至10元之间。"
        ),
        obs=[
            ("Total", 2023, 14.0, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2030, 92.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.9, "percent", 2023, 2024, 1.0),
            ("cagr", 30.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.0) ** (1 / 1) - 1 = 32.86% -> 32.9
            ("cagr|implied", "exact"),  # (92.4 / 18.6) ** (1 / 6) - 1 = 30.63% -> 30.6
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets, an approximate base and 增长3倍 (kept as x3).
    #     Expected nowhere: the plan's title years, the number of firms to cultivate, the 80% screening coverage
    #     (a penetration rate), children screened.
    dict(
        text=(
            "2024年6月18日，四川省卫生健康委等六部门联合印发《口腔健康智能化发展行动计划（2024—2027年）》。《计划》提出，"
            "到2027年，全省口腔智能诊疗产业规模力争突破60亿元，较2023年增长3倍；其中，智能正畸与种植规划软件规模力争达到"
            "18亿元。2023年，全省口腔智能诊疗产业规模约15亿元。《计划》还明确，培育10家以上年营收超亿元的骨干企业，"
            "基层医疗机构口腔AI筛查覆盖率达到80%以上，累计开展儿童龋齿AI筛查500万人次。"
        ),
        obs=[
            ("Total", 2023, 15, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
            ("智能正畸与种植规划软件", 2027, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],  # a multiple gets no verdict
    ),
    # 11. Wire story (Simplified) quoting two institutes: the first institute's base, target and stated CAGR.
    #     Expected nowhere: the second institute's 2024 figure (约31亿元), new aligner cases, design time, the number
    #     of financed firms and the 5亿元 Series B.
    dict(
        text=(
            "中商财讯北京9月5日电（记者 林晓雯）记者5日从华夏口腔产业研究院获悉，2024年我国隐形正畸AI方案设计软件市场规模为"
            "27.5亿元，预计2029年将增长至68.2亿元，2024—2029年年均复合增长率达19.9%。另据北辰医疗器械研究所测算，"
            "2024年该市场规模约为31亿元。研究院指出，2024年全国隐形正畸新增病例约65万例，AI自动排牙已将单个病例的方案设计"
            "时间从数小时缩短至20分钟以内。今年以来已有3家相关企业完成融资，其中一家完成5亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("Total", 2029, 68.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68.2 / 27.5) ** (1 / 5) - 1 = 19.92% -> 19.9
        ],
    ),
    # 12. Taiwanese association white paper (Traditional, 新台幣億元): growth exact, approximate CAGR with printed span
    #     that holds only by rounding. Expected nowhere: the white paper's title year, dentists and clinics, 不到兩成
    #     (a fraction in words), approved AI devices, the NHI dental budget (the whole market beside the AI part).
    dict(
        text=(
            "（鼎新社記者陳怡君台北2025年4月10日電）台灣牙科人工智慧發展協會今天發布《2025台灣牙科AI產業白皮書》指出，"
            "2024年國內牙科AI市場規模達新台幣12.6億元，較2023年的9.8億元成長28.6%；協會預估，2028年市場可望達到新台幣"
            "31億元，2024至2028年複合成長率約26%。協會理事長表示，全台約1.6萬名牙醫師、7,000家牙醫診所中，已導入AI影像"
            "判讀者不到兩成；衛福部至今核准的牙科AI醫療器材共23項。相較之下，健保牙醫門診總額一年約新台幣500億元，"
            "AI支出仍是零頭。"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2028, 31, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            # (31 / 12.6) ** (1 / 4) - 1 = 25.24% -> 25, not 26; bounds (30.5 / 12.65) ** (1/4) - 1 = 24.61%,
            # (31.5 / 12.55) ** (1/4) - 1 = 25.87% -> 26 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional, 億港元) dated 2025: 去年 = 2024 (actual), two parts with their shares.
    #     Expected nowhere: 約佔四分之一 (a fraction in words, no amount), registered dentists, clinics surveyed and
    #     their 約四成 answer, the 3,800萬港元 Series A.
    dict(
        text=(
            "【本報訊】（2025年7月8日）香港牙科科技商會今日公布調查，本港牙科人工智能應用市場去年規模達8.6億港元。"
            "其中，X光及口腔掃描影像分析佔3.1億港元，約佔整體36%；AI修復體設計（主要供牙科技工所使用）為1.9億港元，"
            "佔22%；診所管理及預約系統則約佔四分之一。商會預計，市場規模將於2027年增至14.2億港元。全港現有約2,900名"
            "註冊牙醫，受訪的326間診所中約四成表示未來一年會增加AI投資。本地初創齒析科技上月完成3,800萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("X光及口腔掃描影像分析", 2024, 3.1, "HKD 100 million", "actual"),
            ("AI修復體設計", 2024, 1.9, "HKD 100 million", "actual"),
            ("Total", 2027, 14.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.1 / 8.6 = 36.05% -> 36
            ("arithmetic", "exact"),  # 1.9 / 8.6 = 22.09% -> 22
        ],
    ),
    # 14. Shenzhen newspaper story (Simplified) dated 12 March 2025 using 去年 (2024, actual), 今年 (2025, estimate)
    #     and 明年 (2026, estimate) with approximate figures (超过, 接近). Expected nowhere: the fourth quarter's
    #     figure, private clinics, member firms.
    dict(
        text=(
            "深圳商报讯（记者 黄嘉琪）2025年3月12日，深圳市口腔医疗器械行业协会发布数据显示，去年全市AI口腔扫描与种植导航"
            "相关产品市场规模达到36.8亿元，比2023年的26.0亿元增长41.5%，其中第四季度单季约11.3亿元。协会预计，今年这一"
            "规模将超过50亿元，明年有望接近70亿元。协会秘书长介绍，目前全市约有2100家民营口腔诊所，协会现有会员企业186家。"
        ),
        obs=[
            ("Total", 2023, 26.0, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
            ("Total", 2026, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 26.0) ** (1 / 1) - 1 = 41.54% -> 41.5
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) on a mainland market in 人民幣億元; a CAGR whose span only the
    #     amounts' years give. Expected nowhere: the rating, target price and upside, the report date, the company's
    #     revenue, gross margin, cases designed, first-half growth and its 25% share target.
    dict(
        text=(
            "【首次覆蓋｜深度報告】時代齒科科技（H股）：AI隱形矯治設計的隱形冠軍\n"
            "評級：買入｜目標價：港幣48.60元（上行空間32%）｜報告日期：2025年8月20日\n"
            "我們測算，2024年中國口腔AI輔助診療市場規模約為人民幣46億元，至2027年將達到人民幣98億元，年複合增長率"
            "28.7%，其中隱形矯治方案設計是滲透最快的環節。公司2024年收入人民幣12.3億元，毛利率58.4%，全年完成AI設計"
            "病例約42萬例，今年上半年收入同比增長27%。我們預計公司2027年市佔率有望提升至25%。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2027, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (98 / 46) ** (1 / 3) - 1 = 28.67% -> 28.7
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row (US$ million); the 2024 column adds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 4. Global AI-in-dentistry software market by segment (US$ million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Imaging & diagnostics | 412.6 | 538.1 | 689.4 | 1,318.0 |\n"
            "| Orthodontic & implant planning | 236.4 | 301.9 | 382.7 | 742.5 |\n"
            "| Practice management | 188.3 | 240.2 | 301.5 | 566.8 |\n"
            "| Dental lab CAD | 121.5 | 152.7 | 190.3 | 361.0 |\n"
            "| Total | 958.8 | 1,233.0 | 1,563.9 | 2,988.3 |\n"
            "\n"
            "Source: Corbel & Finch Research, March 2025. Excludes intraoral scanners and other hardware."
        ),
        obs=[
            ("Imaging & diagnostics", 2023, 412.6, "USD million", "actual"),
            ("Imaging & diagnostics", 2024, 538.1, "USD million", "actual"),
            ("Imaging & diagnostics", 2025, 689.4, "USD million", "estimate"),
            ("Imaging & diagnostics", 2028, 1318.0, "USD million", "estimate"),
            ("Orthodontic & implant planning", 2023, 236.4, "USD million", "actual"),
            ("Orthodontic & implant planning", 2024, 301.9, "USD million", "actual"),
            ("Orthodontic & implant planning", 2025, 382.7, "USD million", "estimate"),
            ("Orthodontic & implant planning", 2028, 742.5, "USD million", "estimate"),
            ("Practice management", 2023, 188.3, "USD million", "actual"),
            ("Practice management", 2024, 240.2, "USD million", "actual"),
            ("Practice management", 2025, 301.5, "USD million", "estimate"),
            ("Practice management", 2028, 566.8, "USD million", "estimate"),
            ("Dental lab CAD", 2023, 121.5, "USD million", "actual"),
            ("Dental lab CAD", 2024, 152.7, "USD million", "actual"),
            ("Dental lab CAD", 2025, 190.3, "USD million", "estimate"),
            ("Dental lab CAD", 2028, 361.0, "USD million", "estimate"),
            ("Total", 2023, 958.8, "USD million", "actual"),
            ("Total", 2024, 1233.0, "USD million", "actual"),
            ("Total", 2025, 1563.9, "USD million", "estimate"),
            ("Total", 2028, 2988.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 236.4 + 188.3 + 121.5 = 958.8 = 958.8
            # 2024: 538.1 + 301.9 + 240.2 + 152.7 = 1232.9 vs 1233.0; rows at +0.05 each reach 1233.1 and the total
            # at -0.05 is 1232.95 -> only some reading closes the gap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 689.4 + 382.7 + 301.5 + 190.3 = 1563.9 = 1563.9
            ("hierarchy", "exact"),  # 2028F: 1318.0 + 742.5 + 566.8 + 361.0 = 2988.3 = 2988.3
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (Total) and a YoY column; the
    #     2023 YoY is a transposition typo. Expected nowhere: dental clinics and MFDS approvals in the note.
    dict(
        text=(
            "South Korea - AI dental imaging software market\n"
            "(Hanul Medical Insight, Seoul; won converted at annual average rates)\n"
            "\n"
            "Year      US$ million      YoY\n"
            "2021             58.4        -\n"
            "2022             74.9    28.3%\n"
            "2023             96.2    24.8%\n"
            "2024            121.7    26.5%\n"
            "2025E           150.3    23.5%\n"
            "\n"
            "Note: Korea had 19,400 dental clinics at end-2024; 112 dental AI products have MFDS approval."
        ),
        obs=[
            ("Total", 2021, 58.4, "USD million", "actual"),
            ("Total", 2022, 74.9, "USD million", "actual"),
            ("Total", 2023, 96.2, "USD million", "actual"),
            ("Total", 2024, 121.7, "USD million", "actual"),
            ("Total", 2025, 150.3, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2021, 2022, 1.0),
            ("growth", 24.8, "percent", 2022, 2023, 1.0),
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 74.9 / 58.4 - 1 = 28.25% -> 28.3
            # 96.2 / 74.9 - 1 = 28.44% -> 28.4, not 24.8; bounds 96.15 / 74.95 - 1 = 28.29%,
            # 96.25 / 74.85 - 1 = 28.59% -> 24.8 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 121.7 / 96.2 - 1 = 26.51% -> 26.5
            ("cagr|implied", "exact"),  # 150.3 / 121.7 - 1 = 23.50% -> 23.5
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column. Expected nowhere: the table number,
    #     the title years, the source date.
    dict(
        text=(
            "表3  2023—2025年中国口腔AI市场细分结构（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "影像辅助诊断\t21.4\t28.7\t37.9\n"
            "正畸与种植方案设计\t15.8\t20.6\t27.1\n"
            "诊所管理与患者服务\t9.3\t12.1\t15.6\n"
            "义齿加工AI设计\t6.2\t8.3\t11.0\n"
            "合计\t52.7\t69.7\t91.6\n"
            "资料来源：华研智库口腔产业数据库，2025年5月"
        ),
        obs=[
            ("影像辅助诊断", 2023, 21.4, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2024, 28.7, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2025, 37.9, "CNY 100 million", "estimate"),
            ("正畸与种植方案设计", 2023, 15.8, "CNY 100 million", "actual"),
            ("正畸与种植方案设计", 2024, 20.6, "CNY 100 million", "actual"),
            ("正畸与种植方案设计", 2025, 27.1, "CNY 100 million", "estimate"),
            ("诊所管理与患者服务", 2023, 9.3, "CNY 100 million", "actual"),
            ("诊所管理与患者服务", 2024, 12.1, "CNY 100 million", "actual"),
            ("诊所管理与患者服务", 2025, 15.6, "CNY 100 million", "estimate"),
            ("义齿加工AI设计", 2023, 6.2, "CNY 100 million", "actual"),
            ("义齿加工AI设计", 2024, 8.3, "CNY 100 million", "actual"),
            ("义齿加工AI设计", 2025, 11.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 52.7, "CNY 100 million", "actual"),
            ("合计", 2024, 69.7, "CNY 100 million", "actual"),
            ("合计", 2025, 91.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 15.8 + 9.3 + 6.2 = 52.7
            ("hierarchy", "exact"),  # 2024: 28.7 + 20.6 + 12.1 + 8.3 = 69.7
            ("hierarchy", "exact"),  # 2025E: 37.9 + 27.1 + 15.6 + 11.0 = 91.6
        ],
    ),
    # 19. Tab-separated fiscal-year table (GBP million) with e columns, a total row and a CAGR column whose header
    #     prints its span. Expected nowhere: the exhibit number, registered dentists, companies covered.
    dict(
        text=(
            "Exhibit 12: UK dental practices - spend on AI software (GBP million, fiscal years)\n"
            "Segment\tFY2023\tFY2024\tFY2025e\tFY2027e\tCAGR FY24-27e\n"
            "AI imaging & diagnostics\t38.6\t49.2\t61.8\t94.5\t24.3%\n"
            "AI practice & claims software\t22.1\t27.4\t33.6\t49.8\t22.0%\n"
            "AI lab design\t11.9\t14.8\t18.3\t27.2\t22.5%\n"
            "Total\t72.6\t91.4\t113.7\t171.5\t23.3%\n"
            "Source: Thameside Securities estimates. c.44,000 GDC-registered dentists; we cover 11 listed companies."
        ),
        obs=[
            ("AI imaging & diagnostics", 2023, 38.6, "GBP million", "actual"),
            ("AI imaging & diagnostics", 2024, 49.2, "GBP million", "actual"),
            ("AI imaging & diagnostics", 2025, 61.8, "GBP million", "estimate"),
            ("AI imaging & diagnostics", 2027, 94.5, "GBP million", "estimate"),
            ("AI practice & claims software", 2023, 22.1, "GBP million", "actual"),
            ("AI practice & claims software", 2024, 27.4, "GBP million", "actual"),
            ("AI practice & claims software", 2025, 33.6, "GBP million", "estimate"),
            ("AI practice & claims software", 2027, 49.8, "GBP million", "estimate"),
            ("AI lab design", 2023, 11.9, "GBP million", "actual"),
            ("AI lab design", 2024, 14.8, "GBP million", "actual"),
            ("AI lab design", 2025, 18.3, "GBP million", "estimate"),
            ("AI lab design", 2027, 27.2, "GBP million", "estimate"),
            ("Total", 2023, 72.6, "GBP million", "actual"),
            ("Total", 2024, 91.4, "GBP million", "actual"),
            ("Total", 2025, 113.7, "GBP million", "estimate"),
            ("Total", 2027, 171.5, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (94.5 / 49.2) ** (1 / 3) - 1 = 24.31% -> 24.3
            ("cagr|implied", "exact"),  # (49.8 / 27.4) ** (1 / 3) - 1 = 22.04% -> 22.0
            ("cagr|implied", "exact"),  # (27.2 / 14.8) ** (1 / 3) - 1 = 22.49% -> 22.5
            ("cagr|implied", "exact"),  # (171.5 / 91.4) ** (1 / 3) - 1 = 23.34% -> 23.3
            ("hierarchy", "exact"),  # FY2023: 38.6 + 22.1 + 11.9 = 72.6
            ("hierarchy", "exact"),  # FY2024: 49.2 + 27.4 + 14.8 = 91.4
            ("hierarchy", "exact"),  # FY2025e: 61.8 + 33.6 + 18.3 = 113.7
            ("hierarchy", "exact"),  # FY2027e: 94.5 + 49.8 + 27.2 = 171.5
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column; one share holds only by rounding; the
    #     100.0% total is no claim. Expected nowhere: the table number, the source date, firms surveyed.
    dict(
        text=(
            "表2　2024年台灣牙科AI市場結構（單位：新台幣百萬元）\n"
            "\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| 影像判讀 | 486 | 38.6% |\n"
            "| 植牙與矯正規劃 | 312 | 24.8% |\n"
            "| 數位假牙設計 | 205 | 16.2% |\n"
            "| 診所管理與病患溝通 | 256 | 20.3% |\n"
            "| 合計 | 1,259 | 100.0% |\n"
            "\n"
            "資料來源：台灣醫療科技產業研究中心（2025年3月）；受訪廠商共48家。"
        ),
        obs=[
            ("影像判讀", 2024, 486, "TWD million", "actual"),
            ("植牙與矯正規劃", 2024, 312, "TWD million", "actual"),
            ("數位假牙設計", 2024, 205, "TWD million", "actual"),
            ("診所管理與病患溝通", 2024, 256, "TWD million", "actual"),
            ("合計", 2024, 1259, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 486 / 1259 = 38.60% -> 38.6
            ("arithmetic", "exact"),  # 312 / 1259 = 24.78% -> 24.8
            # 205 / 1259 = 16.28% -> 16.3, not 16.2; bounds 204.5 / 1259.5 = 16.237%, 205.5 / 1258.5 = 16.329%
            # -> 16.2 is reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 256 / 1259 = 20.33% -> 20.3
            ("hierarchy", "exact"),  # 486 + 312 + 205 + 256 = 1259
        ],
    ),
    # 21. Toronto dental-software company's Q3 earnings-call transcript; the CEO sizes the U.S./Canada TAM ("this year"
    #     = 2025, estimate). Expected nowhere: the quarter's C$ revenue, practices on the platform, the EBITDA margin,
    #     the "mid-teens share" ambition.
    dict(
        text=(
            "Maplecrest Dental Systems Inc. (TSX: MDS) - Q3 2025 Earnings Call - November 6, 2025\n"
            "Operator: Our next question comes from Julien Roy with Beaumont Capital Markets. Please go ahead.\n"
            "Julien Roy: Thanks, good morning. Dana, could you frame how big the opportunity for the AI front-office "
            "suite really is?\n"
            "Dana Whitcombe, President and CEO: Happy to, Julien. When we size it we're talking about AI for "
            "scheduling, insurance claims and patient messaging in dental practices across the U.S. and Canada. We put "
            "that total addressable market at about US$2.4 billion this year, and we think it gets to US$4.1 billion "
            "by 2029 - call it a 14% compound rate from 2025 through 2029. For context, revenue in the quarter was "
            "C$118 million, we're now live in just over 9,300 practices, and adjusted EBITDA margin came in at 21.5%. "
            "Frankly, we'd be disappointed with anything less than a mid-teens share of that TAM."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2029, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.4) ** (1 / 4) - 1 = 14.33% -> 14
        ],
    ),
    # 22. U.S. working-paper abstract on AI radiograph analysis; "about 2.6 times" is x2.6 over 2022-2024; the 23%
    #     rate's span given only by its amounts' years; $1.05 billion converted to the series' unit. Expected nowhere:
    #     the paper number, 4.7 million radiograph series, "nearly a third" in words, the per-series fee, 19 FDA
    #     clearances, the 11 percentage points.
    dict(
        text=(
            "Center for Oral Health Economics | Working Paper 2025-07 | Revised April 2025\n"
            "Who Pays for the Algorithm? Reimbursement and the Adoption of AI Radiograph Analysis in U.S. Dentistry\n"
            "Abstract. Using claims records that cover 4.7 million bitewing and periapical series read between 2021 and "
            "2024, we estimate that U.S. dental practices spent $310 million on AI radiograph-analysis software in "
            "2024, about 2.6 times the $120 million they spent in 2022. Nearly a third of that spending came from "
            "practices belonging to dental service organizations, and the median subscription worked out at roughly "
            "$4.50 per analyzed series. By the end of 2024 the FDA had cleared 19 dental-imaging algorithms. Our "
            "baseline projection puts spending at $1.05 billion in 2030, implying annual growth of about 23%. "
            "Detection of interproximal caries rose 11 percentage points in adopting practices."
        ),
        obs=[
            ("Total", 2022, 120, "USD million", "actual"),
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),  # $1.05 billion converted to the series' unit
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2022, 2024, 2.0),
            ("cagr", 23, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 310) ** (1 / 6) - 1 = 22.55% -> 23
        ],
    ),
    # 23. Sydney dental analyst's social-media thread on AI-guided toothbrushes (global, USD); the +22% holds only by
    #     rounding. Expected nowhere: post numbers, the A$ figure for Australia, 6.8m units shipped, the 41% survey
    #     answer, the report price, likes and reposts.
    dict(
        text=(
            "@gumline_grace · 14 Feb 2025\n"
            "1/5 Quick thread on \"smart\" toothbrushes, because the new Bondi Street Research report just landed on "
            "my desk 🪥\n"
            "2/5 Global sales of AI-guided toothbrushes & oral-care devices (position tracking + app coaching): "
            "US$1.9bn in 2023, US$2.3bn in 2024. They call that +22% y/y.\n"
            "3/5 Forecast: US$4.0bn by 2028, roughly 15% a year from 2024 to 2028.\n"
            "4/5 Australia barely registers - about A$95m of that last year. ~6.8m units shipped worldwide in 2024, "
            "and 41% of surveyed Aussie owners say they open the app weekly 🙃\n"
            "5/5 Report costs A$2,400 so no, I can't share it. /end\n"
            "♥ 864   ↻ 203"
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2028, 4.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 2.3 / 1.9 - 1 = 21.05% -> 21, not 22; bounds 2.25 / 1.95 - 1 = 15.38%, 2.35 / 1.85 - 1 = 27.03%
            # -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4.0 / 2.3) ** (1 / 4) - 1 = 14.84% -> 15
        ],
    ),
    # 24. German dental trade website article with a correction; the corrected €148 million is the 2024 figure, the
    #     superseded €184 million is expected nowhere; the ~15% rate's span only given by its amounts' years.
    #     Expected nowhere: 7,400 labs, the €31 billion dental market, the start-up's Series A.
    dict(
        text=(
            "Dentalwelt Online | Berlin | 9 September 2025 | Updated 11 September 2025\n"
            "AI takes over the CAD station in Germany's dental labs\n"
            "German dental laboratories spent €148 million on AI-assisted design software for crowns, bridges and "
            "aligners in 2024, up 19% from €124 million a year earlier, according to a study by the Düsseldorf "
            "consultancy Rhein-Dental Analytics. The firm expects that figure to reach €260 million by 2028, which "
            "works out at around 15% a year. Roughly 7,400 commercial labs operate in Germany, and the country's "
            "dental market as a whole is worth some €31 billion. Munich start-up Kronwerk AI raised €18 million in a "
            "Series A round last month.\n"
            "Correction (11 September 2025): An earlier version of this article put 2024 spending at €184 million. "
            "The correct figure is €148 million; the growth rate and the forecast were not affected."
        ),
        obs=[
            ("Total", 2023, 124, "EUR million", "actual"),
            ("Total", 2024, 148, "EUR million", "actual"),
            ("Total", 2028, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148 / 124 - 1 = 19.35% -> 19
            ("cagr|period", "exact"),  # (260 / 148) ** (1 / 4) - 1 = 15.13% -> 15
        ],
    ),
    # 25. Basel implant maker's annual-report letter to shareholders (global market in USD); "exceed USD 1.5 billion"
    #     at its printed figure, converted to the series' USD million; the 18% CAGR is inconsistent. Expected
    #     nowhere: the report's title year, the company's CHF sales, growth and margin, the dividend, headcount.
    dict(
        text=(
            "Annual Report 2024 - Letter to Shareholders\n"
            "Dear Shareholders,\n"
            "Digital planning is where implant dentistry is heading, and 2024 confirmed it. We estimate the global "
            "market for AI-driven implant and guided-surgery planning software at USD 620 million in 2024, up 23% "
            "from USD 505 million in 2023, and we expect it to exceed USD 1.5 billion by 2030 - a compound annual "
            "growth rate of 18% between 2024 and 2030. Alpenkiefer's own net sales rose 6.4% to CHF 2.31 billion, "
            "with a core EBIT margin of 24.1%, and the Board proposes a dividend of CHF 3.10 per share. We thank our "
            "11,800 colleagues for their commitment.\n"
            "Basel, 4 March 2025\n"
            "Dr. Regula Imhof, Chair | Marc-Andre Furrer, CEO\n"
            "Alpenkiefer Holding AG"
        ),
        obs=[
            ("Total", 2023, 505, "USD million", "actual"),
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2030, 1500, "USD million", "estimate"),  # USD 1.5 billion converted to the series' unit
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 620 / 505 - 1 = 22.77% -> 23
            # (1500 / 620) ** (1 / 6) - 1 = 15.86% -> 16, not 18; bounds (1450 / 625) ** (1/6) - 1 = 15.06%,
            # (1550 / 615) ** (1/6) - 1 = 16.66% -> 18 is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. U.S. dental-supply distributor's investor-day slide bullets; two segments with shares of the TAM; the ~12%
    #     CAGR's span given only by its amounts' years. Expected nowhere: slide number, customer practices, the
    #     company's software revenue and margin, its 20% share goal.
    dict(
        text=(
            "Pinnacle Dental Supply Co. | Investor Day 2025 | New York, June 10, 2025\n"
            "Slide 14 - The AI opportunity inside the dental practice\n"
            "• U.S. addressable market for AI-enabled dental practice software: $3.2B in 2024 → $5.6B in 2029E "
            "(~12% CAGR)\n"
            "• Imaging & diagnostics AI: $0.9B (28% of TAM)\n"
            "• Practice management & claims AI: $1.4B (44%)\n"
            "• Patient engagement & messaging AI: ~$0.6B\n"
            "• Pinnacle today: 41,000 customer practices; 2024 software revenue $486M at a 31% operating margin\n"
            "• Goal: 20% share of the AI TAM by 2029"
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 5.6, "USD billion", "estimate"),
            ("Imaging & diagnostics AI", 2024, 0.9, "USD billion", "actual"),
            ("Practice management & claims AI", 2024, 1.4, "USD billion", "actual"),
            ("Patient engagement & messaging AI", 2024, 0.6, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 12, "percent", 2024, 2029, None, "inferred"),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.6 / 3.2) ** (1 / 5) - 1 = 11.84% -> 12
            ("arithmetic", "exact"),  # 0.9 / 3.2 = 28.13% -> 28
            ("arithmetic", "exact"),  # 1.4 / 3.2 = 43.75% -> 44
        ],
    ),
    # 27. Calgary orthodontist's forum answer quoting a research house; the "about 15%" growth is inconsistent;
    #     $1.9 billion converted to USD million. Expected nowhere: the second house's 2024 figure ($950 million),
    #     2.9 million aligner cases, the per-case fee, the poster's years in practice, the post's date and time.
    dict(
        text=(
            "Re: Is AI treatment planning for aligners a real market or just hype?\n"
            "Posted by OrthoNerd_DDS (Calgary) » Thu Mar 20, 2025 9:42 pm\n"
            "Short answer: it's real money. The number everyone quotes is from Kessler & Vance Research. They put "
            "global spending on AI orthodontic treatment planning (automated staging, tooth-movement simulation, the "
            "lot) at $780 million in 2024, up from $655 million in 2023, which they describe as growth of about 15%. "
            "Their forecast is $1.9 billion in 2030, a 16% CAGR over 2024-2030. Ortelia Insights has 2024 at $950 "
            "million, but they fold in aligner manufacturing software, so I wouldn't compare the two. For a sense of "
            "scale, something like 2.9 million clear-aligner cases were started worldwide last year, and our clinic "
            "pays about $35 a case for the planning module. 22 years in practice and I haven't seen anything move "
            "this fast."
        ),
        obs=[
            ("Total", 2023, 655, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),  # $1.9 billion converted to the series' unit
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 780 / 655 - 1 = 19.08% -> 19, not 15; bounds 775 / 660 - 1 = 17.42%, 785 / 650 - 1 = 20.77%
            # -> 15 is never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1900 / 780) ** (1 / 6) - 1 = 16.00% -> 16
        ],
    ),
    # 28. Seoul broker's industry note on dental imaging AI (global, USD) with asides in won; a segment with its
    #     share. Expected nowhere: the won domestic market, 18,900 clinics, 27 MFDS approvals, the target price and
    #     upside, the pick's won revenue and growth, the note's date.
    dict(
        text=(
            "HANBIT INVESTMENT & SECURITIES | Healthcare | Industry Note | Seoul, 17 April 2025\n"
            "Dental AI: Korea's next export story\n"
            "We size the global market for AI analysis of dental radiographs and intraoral scans at US$1.12bn in 2024 "
            "and forecast US$3.4bn by 2030E, a 20.3% CAGR over 2024-30E. Intraoral-scan analysis, where Korean vendors "
            "are strongest, accounted for US$0.41bn, or 37% of the 2024 total. At home we estimate the domestic market "
            "at ₩182bn last year, spread across roughly 18,900 dental clinics, with MFDS approvals for 27 dental AI "
            "products to date. Top pick: Dentivue (BUY, TP ₩48,000, 35% upside), whose 2024 revenue grew 52% to "
            "₩61.4bn."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
            ("Intraoral-scan analysis", 2024, 0.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.12) ** (1 / 6) - 1 = 20.33% -> 20.3
            ("arithmetic", "exact"),  # 0.41 / 1.12 = 36.61% -> 37
        ],
    ),
    # 29. Xinhua-style release (Simplified, 亿元); the 31.2% holds only by rounding; 突破90亿元 at its printed figure.
    #     Expected nowhere: 1.2万家 institutions, 占比超过一半 in words, 2600万人次 screened, 27 registration
    #     certificates, the 2400亿元 whole dental-services market.
    dict(
        text=(
            "新华社北京5月18日电（记者周敏）记者18日从中国口腔数字化产业联盟获悉，2024年我国口腔AI影像辅助诊断市场规模达"
            "38.6亿元，较上年的29.4亿元增长31.2%。联盟发布的年度报告显示，目前全国已有逾1.2万家口腔医疗机构接入AI影像"
            "辅助诊断系统，其中民营口腔诊所占比超过一半；全年借助AI完成的龋病、牙周病筛查超过2600万人次。截至今年4月，"
            "国家药监局已批准27个口腔AI三类医疗器械注册证。报告预计，到2027年该市场规模将突破90亿元。"
            "业内人士指出，我国口腔医疗服务市场整体规模约2400亿元，AI应用仍处于起步阶段。"
        ),
        obs=[
            ("Total", 2023, 29.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.6 / 29.4 - 1 = 31.29% -> 31.3, not 31.2; bounds 38.55 / 29.45 - 1 = 30.90%,
            # 38.65 / 29.35 - 1 = 31.69% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Provincial health commission implementation plan (Simplified); 较2024年增长1.5倍 is x1.5 over 2024-2027;
    #     the 约36% annual rate's span only given by its amounts' years. Expected nowhere: the document number and
    #     title years, 46 firms, 100 demonstration institutions, 5000 dentists trained, the 90% screening coverage.
    dict(
        text=(
            "浙江省卫生健康委员会 浙江省经济和信息化厅关于印发《浙江省口腔健康人工智能应用推进实施方案（2025—2027年）》的通知\n"
            "浙卫发〔2025〕14号\n"
            "一、发展基础\n"
            "2024年，全省口腔人工智能相关产业规模约20亿元，集聚口腔AI企业46家，AI影像辅助诊断已在11个设区市推广应用。\n"
            "二、主要目标\n"
            "到2027年，全省建成口腔AI应用示范机构100家，培训基层口腔医师5000名，儿童龋病AI筛查覆盖率达到90%以上；"
            "口腔人工智能应用产业规模力争达到50亿元，较2024年增长1.5倍，年均增速约36%。"
        ),
        obs=[
            ("Total", 2024, 20, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
            ("cagr", 36, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (50 / 20) ** (1 / 3) - 1 = 35.72% -> 36
        ],
    ),
    # 31. Taiwanese MIC-style research-institute release (Traditional, 新台幣億元); the 24.1% CAGR holds only by
    #     rounding. Expected nowhere: the release date, 7,100 clinics, 約占三成 in words, the 62% survey answer.
    dict(
        text=(
            "【新聞稿】數位健康產業研究所（DHRI）　2025年6月10日　台北\n"
            "DHRI：AI牙科影像判讀與植牙規劃需求升溫　2024年台灣市場規模達新台幣12.8億元\n"
            "數位健康產業研究所今（10）日發布最新研究指出，2024年台灣牙科AI市場（含X光影像判讀、口掃分析與植牙規劃軟體）"
            "規模達新台幣12.8億元，較2023年的10.3億元成長24.3%。DHRI預估，2027年市場規模將達新台幣24.5億元，"
            "2024至2027年年複合成長率為24.1%。DHRI資深產業分析師指出，全台約7,100家牙醫診所中，已導入AI影像判讀者"
            "約占三成；調查亦顯示，62%受訪牙醫師計畫於兩年內增購AI工具。"
        ),
        obs=[
            ("Total", 2023, 10.3, "TWD 100 million", "actual"),
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2027, 24.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 24.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.8 / 10.3 - 1 = 24.27% -> 24.3
            # (24.5 / 12.8) ** (1 / 3) - 1 = 24.16% -> 24.2, not 24.1; bounds (24.45 / 12.85) ** (1/3) - 1 = 23.92%,
            # (24.55 / 12.75) ** (1/3) - 1 = 24.41% -> 24.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong newspaper report (Traditional, 億港元); 去年 = 2024, 今年 = 2025 (estimate); the 35% share holds
    #     only by rounding. Expected nowhere: 2,800 dentists, the HK$800 scan fee, the HK$1.2億 round and valuation.
    dict(
        text=(
            "【本報訊】2025年3月12日\n"
            "香港數碼牙科協會昨日公布調查，本港私營牙科診所去年在人工智能軟件上的開支達3.2億港元，較2023年的2.6億港元"
            "增長23%，其中AI影像判讀佔1.1億港元，約佔35%。協會預料，今年相關開支將升至3.9億港元。協會會長指出，全港現有"
            "約2,800名註冊牙醫，但一次AI口腔掃描收費約800港元，不少長者仍覺偏貴。另外，本地初創「齒覓科技」上月完成1.2億"
            "港元A輪融資，估值約8億港元。"
        ),
        obs=[
            ("Total", 2023, 2.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2025, 3.9, "HKD 100 million", "estimate"),
            ("AI影像判讀", 2024, 1.1, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.2 / 2.6 - 1 = 23.08% -> 23
            # 1.1 / 3.2 = 34.38% -> 34, not 35; bounds 1.05 / 3.25 = 32.31%, 1.15 / 3.15 = 36.51%
            # -> 35 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. PTT forum post (Traditional, 新台幣億) summarising a report on AI toothbrushes in Taiwan; 是2024年的2倍多 is
    #     x2 over 2024-2028; the 22% rate's span only given by its amounts' years; 破20億 in the title is superseded
    #     by the precise 21億. Expected nowhere: the NT$3,990 brush, the 58% survey answer, 30 patients a day.
    dict(
        text=(
            "作者  toothfairy88 (牙仙子)\n"
            "看板  Health\n"
            "標題  [情報] AI智慧牙刷市場 研究機構估2028年破20億\n"
            "時間  Sat Jul 19 21:14:03 2025\n"
            "\n"
            "看到新聞引用寶島消費電子研究社的報告\n"
            "台灣AI智慧牙刷＋口腔照護裝置市場\n"
            "2024年大概新台幣9.6億\n"
            "2028年預估會到21億，是2024年的2倍多\n"
            "年複合成長率說是22%左右\n"
            "\n"
            "我自己去年買了一支NT$3,990的 說實話APP用兩週就懶了\n"
            "報告裡問卷說有58%的人願意換AI牙刷 我是很懷疑\n"
            "牙醫朋友說他一天要看30幾個病人 根本沒空看什麼刷牙數據\n"
            "--\n"
            "推 molarbear: 2倍多還好吧 手機漲得都比這快"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2028, 21, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21 / 9.6) ** (1 / 4) - 1 = 21.61% -> 22
        ],
    ),
    # 34. Brokerage sector research abstract (Simplified, 亿元) with a 2030 range (two value claims, no obs).
    #     Expected nowhere: the report date and series number, 约占三成 in words, 62万例 aligner cases, the 14%
    #     penetration rate, the rating and the 68元 target price.
    dict(
        text=(
            "华岳证券｜医药生物行业深度报告｜2025年8月21日\n"
            "口腔数字化系列之三：AI重塑隐形正畸与种植诊疗\n"
            "投资要点：\n"
            "我们测算，2024年国内口腔AI市场规模约46亿元，其中隐形正畸AI方案设计约14亿元，约占三成；种植导板AI规划约"
            "9亿元。随着种植集采后手术量上行、隐形矫治渗透率提升（2024年国内隐形正畸案例约62万例，渗透率约14%），"
            "我们预计2030年国内口腔AI市场规模有望达到180-220亿元。\n"
            "投资建议：维持行业“增持”评级，重点推荐数字化龙头瓷睿口腔（买入，目标价68元）。\n"
            "风险提示：集采降价超预期；AI产品审批进度不及预期。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("隐形正畸AI方案设计", 2024, 14, "CNY 100 million", "actual"),
            ("种植导板AI规划", 2024, 9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("value", 180, "CNY 100 million", 2030, 2030, None),
            ("value", 220, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 35. Listed dental-digitalisation company's results-briefing transcript (Simplified, 亿元); 去年 = 2024,
    #     今年 = 2025 (estimate). Expected nowhere: the company's revenue, gross margin and Q1 orders, 2万家 labs.
    dict(
        text=(
            "瓷睿数字口腔股份有限公司2024年度暨2025年第一季度业绩说明会文字实录（2025年5月9日）\n"
            "问：请问公司如何看待AI义齿设计这一技工端市场的空间？\n"
            "董事长 陈立衡：感谢您的关注。根据我们的测算，国内义齿加工所使用的AI设计软件及服务市场，去年大约是9.5亿元，"
            "今年有望达到12亿元，同比增长约26%；到2028年有望达到25亿元，2025年至2028年年复合增长率接近28%。"
            "公司2024年实现营业收入7.86亿元，毛利率52.3%，一季度新增订单1.9亿元。全国目前有约2万家义齿加工所，"
            "AI设计的渗透率还很低，我们认为空间非常大。"
        ),
        obs=[
            ("Total", 2024, 9.5, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
            ("Total", 2028, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12 / 9.5 - 1 = 26.32% -> 26
            ("cagr|implied", "exact"),  # (25 / 12) ** (1 / 3) - 1 = 27.72% -> 28
        ],
    ),
    # 36. Markdown pipe table of UK dental-practice AI spend by segment with a Total row; 2025F estimates; the 2024
    #     column adds only by rounding. Expected nowhere: the table number, NHS dental spending in the note.
    dict(
        text=(
            "Table 2.3 UK: spending on AI in dentistry, by segment (GBP million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025F |\n"
            "|---|---:|---:|---:|\n"
            "| Radiograph and scan analysis | 41.6 | 55.2 | 71.8 |\n"
            "| Practice software | 28.3 | 36.9 | 46.5 |\n"
            "| Orthodontic and implant planning | 17.4 | 23.6 | 31.2 |\n"
            "| Laboratory design | 9.8 | 12.7 | 16.4 |\n"
            "| Total | 97.1 | 128.5 | 165.9 |\n"
            "\n"
            "Source: Harrowgate Dental Intelligence, UK Dental Technology Review, March 2025. Segments are rounded "
            "independently. NHS dental spending in England (about £3.1bn) is not included."
        ),
        obs=[
            ("Radiograph and scan analysis", 2023, 41.6, "GBP million", "actual"),
            ("Radiograph and scan analysis", 2024, 55.2, "GBP million", "actual"),
            ("Radiograph and scan analysis", 2025, 71.8, "GBP million", "estimate"),
            ("Practice software", 2023, 28.3, "GBP million", "actual"),
            ("Practice software", 2024, 36.9, "GBP million", "actual"),
            ("Practice software", 2025, 46.5, "GBP million", "estimate"),
            ("Orthodontic and implant planning", 2023, 17.4, "GBP million", "actual"),
            ("Orthodontic and implant planning", 2024, 23.6, "GBP million", "actual"),
            ("Orthodontic and implant planning", 2025, 31.2, "GBP million", "estimate"),
            ("Laboratory design", 2023, 9.8, "GBP million", "actual"),
            ("Laboratory design", 2024, 12.7, "GBP million", "actual"),
            ("Laboratory design", 2025, 16.4, "GBP million", "estimate"),
            ("Total", 2023, 97.1, "GBP million", "actual"),
            ("Total", 2024, 128.5, "GBP million", "actual"),
            ("Total", 2025, 165.9, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41.6 + 28.3 + 17.4 + 9.8 = 97.1 = 97.1
            # 2024: 55.2 + 36.9 + 23.6 + 12.7 = 128.4, not 128.5; bounds 128.2 .. 128.6 (each row +/-0.05)
            # -> 128.5 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 71.8 + 46.5 + 31.2 + 16.4 = 165.9 = 165.9
        ],
    ),
    # 37. Tab-separated vertical table for Japan headed only by its unit (JPY 100 million -> Total) with a YoY column;
    #     fiscal years; FY2025E estimate; the FY2023 27.5% holds only by rounding. Expected nowhere: the figure
    #     number, 1,120 clinics surveyed.
    dict(
        text=(
            "Figure 4. Japan: market for AI dental imaging and practice software\n"
            "Fiscal year\tJPY 100 million\tYoY\n"
            "FY2021\t84\t-\n"
            "FY2022\t103\t22.6%\n"
            "FY2023\t131\t27.5%\n"
            "FY2024\t162\t23.7%\n"
            "FY2025E\t198\t22.2%\n"
            "Source: Shinagawa Healthcare Research, June 2025; based on a survey of 1,120 dental clinics and vendor "
            "interviews."
        ),
        obs=[
            ("Total", 2021, 84, "JPY 100 million", "actual"),
            ("Total", 2022, 103, "JPY 100 million", "actual"),
            ("Total", 2023, 131, "JPY 100 million", "actual"),
            ("Total", 2024, 162, "JPY 100 million", "actual"),
            ("Total", 2025, 198, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2021, 2022, 1.0),
            ("growth", 27.5, "percent", 2022, 2023, 1.0),
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 103 / 84 - 1 = 22.62% -> 22.6
            # 131 / 103 - 1 = 27.18% -> 27.2, not 27.5; bounds 130.5 / 103.5 - 1 = 26.09%,
            # 131.5 / 102.5 - 1 = 28.29% -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 162 / 131 - 1 = 23.66% -> 23.7
            ("cagr|implied", "exact"),  # 198 / 162 - 1 = 22.22% -> 22.2
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) by segment with a 合计 row; 2025E estimates.
    #     Expected nowhere: the table number and title years, the 2400亿元 dental-services market in the note.
    dict(
        text=(
            "表3  2023—2025年中国口腔AI市场细分结构\n"
            "单位：亿元\n"
            "细分领域                2023年    2024年    2025E\n"
            "AI影像辅助诊断            29.4      38.6      50.2\n"
            "正畸与种植AI规划          15.8      21.3      28.7\n"
            "义齿AI设计                 7.6       9.5      12.1\n"
            "诊所管理与患者服务AI       6.2       8.4      11.3\n"
            "合计                      59.0      77.8     102.3\n"
            "资料来源：齿贝咨询，2025年4月。注：2024年我国口腔医疗服务市场规模约2400亿元，不含在上表内。"
        ),
        obs=[
            ("AI影像辅助诊断", 2023, 29.4, "CNY 100 million", "actual"),
            ("AI影像辅助诊断", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI影像辅助诊断", 2025, 50.2, "CNY 100 million", "estimate"),
            ("正畸与种植AI规划", 2023, 15.8, "CNY 100 million", "actual"),
            ("正畸与种植AI规划", 2024, 21.3, "CNY 100 million", "actual"),
            ("正畸与种植AI规划", 2025, 28.7, "CNY 100 million", "estimate"),
            ("义齿AI设计", 2023, 7.6, "CNY 100 million", "actual"),
            ("义齿AI设计", 2024, 9.5, "CNY 100 million", "actual"),
            ("义齿AI设计", 2025, 12.1, "CNY 100 million", "estimate"),
            ("诊所管理与患者服务AI", 2023, 6.2, "CNY 100 million", "actual"),
            ("诊所管理与患者服务AI", 2024, 8.4, "CNY 100 million", "actual"),
            ("诊所管理与患者服务AI", 2025, 11.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 59.0, "CNY 100 million", "actual"),
            ("合计", 2024, 77.8, "CNY 100 million", "actual"),
            ("合计", 2025, 102.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 29.4 + 15.8 + 7.6 + 6.2 = 59.0 = 59.0
            ("hierarchy", "exact"),  # 2024: 38.6 + 21.3 + 9.5 + 8.4 = 77.8 = 77.8
            ("hierarchy", "exact"),  # 2025E: 50.2 + 28.7 + 12.1 + 11.3 = 102.3 = 102.3
        ],
    ),
    # 39. Regional space-aligned table of AI dental-imaging spend with a CAGR 2024-30F column (stated spans);
    #     Latin America's 19.6% is inconsistent, Middle East & Africa's 20.9% holds only by rounding.
    #     Expected nowhere: the exhibit number, hardware sales excluded in the note.
    dict(
        text=(
            "Exhibit 9. AI dental radiograph and scan analysis, by region (USD million)\n"
            "Region                  2024    2030F   CAGR 2024-30F\n"
            "North America            468    1,390       19.9%\n"
            "Europe                   301      905       20.1%\n"
            "Asia-Pacific             256      930       24.0%\n"
            "Latin America             54      148       19.6%\n"
            "Middle East & Africa      41      127       20.9%\n"
            "Global                 1,120    3,500       20.9%\n"
            "Source: Lindqvist & Amari Healthcare Insights, Dental AI Monitor, May 2025. Excludes sales of X-ray "
            "and intraoral-scanner hardware."
        ),
        obs=[
            ("North America", 2024, 468, "USD million", "actual"),
            ("North America", 2030, 1390, "USD million", "estimate"),
            ("Europe", 2024, 301, "USD million", "actual"),
            ("Europe", 2030, 905, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 256, "USD million", "actual"),
            ("Asia-Pacific", 2030, 930, "USD million", "estimate"),
            ("Latin America", 2024, 54, "USD million", "actual"),
            ("Latin America", 2030, 148, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 41, "USD million", "actual"),
            ("Middle East & Africa", 2030, 127, "USD million", "estimate"),
            ("Global", 2024, 1120, "USD million", "actual"),
            ("Global", 2030, 3500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1390 / 468) ** (1 / 6) - 1 = 19.89% -> 19.9
            ("cagr|implied", "exact"),  # (905 / 301) ** (1 / 6) - 1 = 20.14% -> 20.1
            ("cagr|implied", "exact"),  # (930 / 256) ** (1 / 6) - 1 = 23.99% -> 24.0
            # (148 / 54) ** (1 / 6) - 1 = 18.30% -> 18.3, not 19.6; bounds (147.5 / 54.5) ** (1/6) - 1 = 18.05%,
            # (148.5 / 53.5) ** (1/6) - 1 = 18.55% -> 19.6 is never reached
            ("cagr|implied", "inconsistent"),
            # (127 / 41) ** (1 / 6) - 1 = 20.74% -> 20.7, not 20.9; bounds (126.5 / 41.5) ** (1/6) - 1 = 20.41%,
            # (127.5 / 40.5) ** (1/6) - 1 = 21.06% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3500 / 1120) ** (1 / 6) - 1 = 20.91% -> 20.9
            ("hierarchy", "exact"),  # 2024: 468 + 301 + 256 + 54 + 41 = 1120 = 1120
            ("hierarchy", "exact"),  # 2030F: 1390 + 905 + 930 + 148 + 127 = 3500 = 3500
        ],
    ),
    # 40. German federal-style statistics table (EUR million) with a share column; the 100.0 total share is no claim;
    #     the 41.1% imaging share holds only by rounding. Expected nowhere: the table number, 38,600 practices and
    #     7,400 laboratories covered, the sector's total turnover.
    dict(
        text=(
            "Bundesamt für Gesundheitsstatistik | Wiesbaden, October 2025\n"
            "Table 7. Spending on AI software by dental practices and laboratories in Germany, 2024\n"
            "Application                           EUR million    Share (%)\n"
            "Radiograph and scan analysis                  212         41.1\n"
            "Practice administration and billing           144         28.0\n"
            "Orthodontic and implant planning               86         16.7\n"
            "Laboratory CAD design                          73         14.2\n"
            "Total                                         515        100.0\n"
            "Coverage: 38,600 dental practices and 7,400 commercial dental laboratories. Total turnover of the dental "
            "sector: EUR 31.4 billion."
        ),
        obs=[
            ("Radiograph and scan analysis", 2024, 212, "EUR million", "actual"),
            ("Practice administration and billing", 2024, 144, "EUR million", "actual"),
            ("Orthodontic and implant planning", 2024, 86, "EUR million", "actual"),
            ("Laboratory CAD design", 2024, 73, "EUR million", "actual"),
            ("Total", 2024, 515, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.1, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 16.7, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 212 / 515 = 41.17% -> 41.2, not 41.1; bounds 211.5 / 515.5 = 41.03%, 212.5 / 514.5 = 41.30%
            # -> 41.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 144 / 515 = 27.96% -> 28.0
            ("arithmetic", "exact"),  # 86 / 515 = 16.70% -> 16.7
            ("arithmetic", "exact"),  # 73 / 515 = 14.17% -> 14.2
            ("hierarchy", "exact"),  # 212 + 144 + 86 + 73 = 515 = 515
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 14, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 27% jump from',
    'a compound annual growth rate of 22.3% over 2024-2030',
    'forecast ¥39.5bn by FY2029e, a CAGR of 16.6%',
    'EUR 0.54 billion of that, or 43%',
    'for EUR 0.40 billion (31%)',
    'Boreal Insights is more aggressive',
    'comes to roughly $4.1 billion in 2024',
    'so call it 2.3 times in five years',
    'expects it to reach around €255 million this year',
    'The correct figure is US$1.12bn',
    'We now see 2029 sales of US$2.6-3.1bn',
    'nearly $1.6 billion in 2027 - call it 16% a year',
    '2024—2030年年均复合增长率为30.6%',
    '力争突破60亿元，较2023年增长3倍',
    '另据北辰医疗器械研究所测算',
    '2024至2028年複合成長率約26%',
    '佔3.1億港元，約佔整體36%',
    '去年全市AI口腔扫描与种植导航',
    '今年这一规模将超过50亿元，明年有望接近70亿元',
    '至2027年將達到人民幣98億元，年複合增長率',
    '| 2025E | 2028F |',
    'Year      US$ million      YoY',
    '合计\t52.7\t69.7\t91.6',
    'CAGR FY24-27e',
    '| 數位假牙設計 | 205 | 16.2% |',
    'about US$2.4 billion this year',
    'call it a 14% compound rate from 2025 through 2029',
    'about 2.6 times the $120 million they spent in 2022',
    'implying annual growth of about 23%',
    'US$1.9bn in 2023, US$2.3bn in 2024. They call that +22% y/y',
    'roughly 15% a year from 2024 to 2028',
    'The correct figure is €148 million',
    'expect it to exceed USD 1.5 billion by 2030',
    '$3.2B in 2024 → $5.6B in 2029E (~12% CAGR)',
    'Imaging & diagnostics AI: $0.9B (28% of TAM)',
    'Ortelia Insights has 2024 at $950 million',
    'a 20.3% CAGR over 2024-30E',
    '较上年的29.4亿元增长31.2%',
    '到2027年该市场规模将突破90亿元',
    '较2024年增长1.5倍，年均增速约36%',
    '2024至2027年年複合成長率為24.1%',
    '去年在人工智能軟件上的開支達3.2億港元',
    '其中AI影像判讀佔1.1億港元，約佔35%',
    '2028年預估會到21億，是2024年的2倍多',
    '有望达到180-220亿元',
    '今年有望达到12亿元，同比增长约26%',
    '| Total | 97.1 | 128.5 | 165.9 |',
    'FY2023\t131\t27.5%',
    '合计                      59.0      77.8     102.3',
    'Latin America             54      148       19.6%',
    'Radiograph and scan analysis                  212',
)
LAYOUT = (40, 8, 14, 18)
#: the set's blind score (written without reading or running the extractor, and kept unread): 214
#: figures, 54 rates, 87 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 216, "rates_found": 54, "verdicts_right": 87}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset193.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
