"""A hundred-and-ninety-second check set for the extractor, written blind: AI in dentistry and oral care: AI that reads
dental X-rays and intraoral scans, AI treatment planning for orthodontics and implants, AI in dental practice software
(scheduling, claims, patient messaging), AI-guided toothbrushes and oral-care devices, AI for dental laboratories
(crown and aligner design); sized in money by dental associations, dental-supply distributors' investor days, health
ministries' plans, brokers and research houses in the United States, Canada, the United Kingdom, Germany, Switzerland,
South Korea, Japan, Australia, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the
whole dental market beside the AI part, numbers of dentists or clinics, patients screened, aligner units shipped, a
company's own revenue or margin, the price of one scan, a funding round and valuation, a quarter's figures, a survey's
percentages, regulatory clearances counted.

Snippets 1-20: Twenty snippets on AI in dentistry and oral care: eight English prose pieces (a Chicago wire release, a
Tokyo broker note in fiscal years, a Zurich briefing with segment shares, a Sydney story quoting two research houses,
an investor-day transcript sizing a TAM, a UK government plan, a Frankfurt note with a correction and a 2028 range, an
investor's blog using last year/this year), seven Chinese prose pieces (three in Traditional characters) and five
tables (markdown with E/F columns and a total row, a space-aligned Korean series with YoY, a tab-separated 亿元 table
with 合计, a fiscal-year table with a CAGR column, a 新台幣百萬元 table with shares). Left out: whole dental markets, dentist
and clinic counts, clearances, patients screened, shipments, scan prices, funding rounds, company revenue and margins,
quarters, survey and coverage percentages, the superseded pre-correction figure and a second house's figure.
Inconsistent: the investor-day 24% CAGR (19.8%) and the Korean 2023 YoY typo 21.5% (25.1%). Only by rounding: the
Zurich 28% share, the 24.8% CAGR in the wire story, the Taiwanese 23% growth, the Hong Kong 41% share, the ANZ 21.0%
CAGR and the markdown table's 2025E total.

Snippets 21-40: Snippets 21-40 cover AI in dentistry and oral care. Eight English prose pieces: a distributor's
earnings-call transcript sizing a practice-software TAM, a Basel working-paper abstract, an analyst's thread on X, a
US web article with a correction and a rival estimate, a German implant maker's shareholder letter, Toronto
investor-day slide bullets, a Canadian dentist's forum answer and a Seoul broker note with a won aside. Seven Chinese
prose pieces: a Xinhua-style release, a provincial implementation plan, a Taiwanese MIC release, a Hong Kong press
report and a PTT post (all three in Traditional characters), a brokerage abstract with a 2026 range and a
results-briefing transcript. Five tables: markdown segments with a total, a tab-separated yen column with YoY, a
space-aligned 合计 table, a regional CAGR table and a UK statistics table with shares. Distractors left out: dentist and
clinic counts, shipments, scan prices, company revenue and margins, funding rounds, survey and penetration
percentages, share targets, the misstated pre-correction figure, a rival publisher's figure and shares in words.
Inconsistent: 27, 28 and 35. Holding only by rounding: the share in 26, the CAGRs in 31 and 39, a YoY in 37, a share
in 40 and the 2029F total in 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release from a dental research firm: YoY with both amounts, CAGR with printed span; the
    #    2030 figure in billions is converted to the series' USD million. Expected nowhere: the report's title year,
    #    the practice owners interviewed, FDA clearances counted, total U.S. dental spending.
    dict(
        text=(
            "CHICAGO, Feb. 11, 2025 /PRNewswire/ -- U.S. dental practices spent $412 million on artificial-intelligence "
            "software that reads radiographs and intraoral scans in 2024, up 27% from $325 million in 2023, according to "
            "the 2025 Dental AI Adoption Report released today by Lakeshore Health Analytics. The Chicago-based firm, "
            "which interviewed 1,140 practice owners, counts 14 FDA 510(k) clearances for dental AI products issued last "
            "year alone. Lakeshore projects the segment will grow to $1.38 billion by 2030, a compound annual growth rate "
            "of 22.3% over 2024-2030. Even then it will remain a sliver of a U.S. dental services market that topped "
            "$174 billion in 2024."
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
    # 2. Tokyo broker sector note in fiscal years; CAGR span given only by the amounts' years. Expected nowhere: the
    #    note's date, dentist and clinic counts, national dental expenditure, the covered company's sales, growth and
    #    margin, its target price and upside.
    dict(
        text=(
            "JAPAN HEALTHCARE | Dental equipment | Sector update | Tokyo, 9 June 2025\n"
            "AI moves from the chairside to the back office. We estimate the domestic market for AI-assisted dental "
            "imaging and clinic software at ¥19.0bn in FY2024 and forecast ¥42.0bn by FY2029e, a CAGR of roughly "
            "17%. That is tiny next to the ¥3.2tn Japan spends on dental care each year, but with some 105,000 "
            "practising dentists and about 67,000 clinics, many of them single-chair, labour savings are the pitch. "
            "Our top pick, Sakura Dental Systems (Buy, TP ¥3,450, 22% upside), grew FY2024 sales 11% to ¥28.7bn "
            "at an operating margin of 14.2%."
        ),
        obs=[
            ("Total", 2024, 19.0, "JPY billion", "actual"),
            ("Total", 2029, 42.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (42.0 / 19.0) ** (1 / 5) - 1 = 17.19% -> 17
        ],
    ),
    # 3. Zurich research briefing with segment shares; the aligner share holds only by rounding. Expected nowhere:
    #    the lab count, crown units, the European dental-lab market as a whole.
    dict(
        text=(
            "Zurich, 2 April 2025 - Europe's dental laboratories spent EUR 486 million on AI-driven design software in "
            "2024, the Limmat Institute for Dental Technology estimates in a briefing published on Wednesday. Crown and "
            "bridge design accounted for EUR 212 million of that, or 44%, while clear-aligner design came to EUR 139 "
            "million, roughly 28%. The region's some 11,800 labs milled or printed about 9.4 million crown units last "
            "year, within an overall dental-laboratory market the institute puts at EUR 7.1 billion. It expects "
            "spending on AI design tools to reach EUR 820 million in 2028."
        ),
        obs=[
            ("Total", 2024, 486, "EUR million", "actual"),
            ("Crown and bridge design", 2024, 212, "EUR million", "actual"),
            ("Clear-aligner design", 2024, 139, "EUR million", "actual"),
            ("Total", 2028, 820, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 44, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 212 / 486 = 43.62% -> 44
            # 139 / 486 = 28.60% -> 29, not 28; bounds 138.5 / 486.5 = 28.47%, 139.5 / 485.5 = 28.73%
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Sydney news article quoting two research houses; the 2030 figure in billions is converted to USD million.
    #    Expected nowhere: the second house's 2024 figure, the A$ Series A and valuation, units shipped, the fraction.
    dict(
        text=(
            "SYDNEY, 14 August 2025 - Your toothbrush is about to start grading you. The Asia-Pacific market for "
            "AI-enabled toothbrushes and other smart oral-care devices was worth US$780 million in 2024 and is forecast "
            "to hit US$1.9 billion by 2030, a compound annual growth rate of 16.0%, according to Melbourne-based "
            "research house Tasman Health Insights. Singapore's Meridian Consumer Research is more upbeat, putting the "
            "2024 market at US$910 million. Australians bought roughly 2.3 million smart brushes last year, and about "
            "one in three adults has untreated decay. Brisbane start-up Brushwise closed an A$18 million Series A in "
            "July at a valuation of A$95 million."
        ),
        obs=[
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1900 / 780) ** (1 / 6) - 1 = 16.00% -> 16.0
        ],
    ),
    # 5. New York investor-day transcript of a dental-supply distributor sizing a TAM; the CAGR (span from the
    #    amounts' years) does not fit its amounts. Expected nowhere: the company's software revenue, margin,
    #    practices served, a quarter's bookings.
    dict(
        text=(
            "Harbor Dental Supply - 2025 Investor Day, New York, 16 September 2025 - prepared remarks (excerpt)\n"
            "MAYA OKAFOR, CHIEF DIGITAL OFFICER: Let me size the opportunity. We put the total addressable market for AI "
            "inside dental practice software - scheduling, insurance claims, patient messaging, charting - at about "
            "$3.2 billion across the U.S. and Canada in 2024. By 2027 we see that at $5.5 billion, so you're compounding "
            "at roughly 24% a year. Today we serve more than 42,000 practices; our software revenue was $418 million "
            "last year at a 31% operating margin, and in the third quarter alone AI add-on bookings came to $37 million."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2027, 5.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (5.5 / 3.2) ** (1 / 3) - 1 = 19.79%, not 24; bounds (5.45 / 3.25) ** (1/3) - 1 = 18.81%,
            # (5.55 / 3.15) ** (1/3) - 1 = 20.78% -> 24 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 6. UK government plan with a 2030 target, a multiple and a CAGR with printed span. Expected nowhere: the plan's
    #    date, NHS dentist numbers, the NHS dental budget, pilot practices, patients screened, the survey share.
    dict(
        text=(
            "Department of Health and Social Care - Smile Digital: a plan for AI in dentistry, 5 March 2025\n"
            "The UK market for AI tools in dentistry was worth £96 million in 2024. Our ambition is for it to more "
            "than triple, to £300 million by 2030, an annual growth rate of around 21% between 2024 and 2030. The "
            "NHS already spends some £3.4 billion a year on dental care delivered by around 24,000 dentists. A "
            "first wave of 300 practices will pilot AI caries detection, building on a trial that screened 180,000 "
            "patients; 58% of dentists surveyed for this plan said they would use such a tool."
        ),
        obs=[
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Total", 2030, 300, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 96) ** (1 / 6) - 1 = 20.91% -> 21
        ],
    ),
    # 7. Frankfurt research note carrying a correction (2023 is EUR 221 million, not 212) and a 2028 range.
    #    Expected nowhere: the superseded 212, the note number, dentist numbers, the cost of one plan.
    dict(
        text=(
            "Frankfurt, 22 May 2025 (Research note 14/2025, corrected) - Germany's market for AI-based treatment "
            "planning in implantology and orthodontics reached €268 million in 2024, up 21% on 2023's €221 "
            "million, according to Rheintal Dental Research. For 2028 the authors give a range of €520 million to "
            "€610 million, depending on whether statutory insurers start reimbursing digital plans. Producing one "
            "AI-assisted implant plan costs a practice around €85, they estimate, and only a minority of the "
            "country's roughly 72,000 dentists use one routinely.\n"
            "Correction: an earlier version of this note put the 2023 market at €212 million. The correct figure "
            "is €221 million."
        ),
        obs=[
            ("Total", 2023, 221, "EUR million", "actual"),
            ("Total", 2024, 268, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("value", 520, "EUR million", 2028, 2028, None),
            ("value", 610, "EUR million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 221) ** (1 / 1) - 1 = 21.27% -> 21
        ],
    ),
    # 8. Investor's blog post dated March 2025: "last year" is 2024, "this year" 2025 (an estimate); a CAGR whose span
    #    only the amounts' years give, and a one-year growth. Expected nowhere: the Series B and valuation, aligner
    #    cases, the price of a scan, the informal poll.
    dict(
        text=(
            "Posted March 3, 2025 - Why I'm still bullish on dental AI\n"
            "Last year, software that plans orthodontic and implant treatment with AI brought in some $540 million "
            "worldwide, by Brightline Research's count - up from $395 million in 2022, or roughly 17% a year. Brightline "
            "thinks it reaches $650 million this year, which would be 20% growth. That is why we led ToothGrid's $28 "
            "million Series B at a $210 million post-money valuation. ToothGrid's planner touched 1.2 million aligner "
            "cases in 2024 and charges about $45 per scan; 38% of orthodontists in my informal poll want more of it."
        ),
        obs=[
            ("Total", 2022, 395, "USD million", "actual"),
            ("Total", 2024, 540, "USD million", "actual"),
            ("Total", 2025, 650, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2022, 2024, None, "inferred"),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (540 / 395) ** (1 / 2) - 1 = 16.92% -> 17
            ("cagr|implied", "exact"),  # (650 / 540) ** (1 / 1) - 1 = 20.37% -> 20
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts and a CAGR with printed span. Expected nowhere:
    #    the report's title year, dentist numbers, the whole dental-services market, registration certificates.
    dict(
        text=(
            "《2025中国口腔人工智能产业发展报告》"
            "显示，2024年我国口腔AI影像诊断市场规模"
            "达到12.6亿元，较2023年的9.8亿元同比增长28.6%。"
            "报告预计，到2028年该市场规模将达到38.5亿"
            "元，2024—2028年年均复合增长率为32.2%。相比"
            "之下，我国口腔医疗服务市场整体规模"
            "已超过2100亿元，全国执业（助理）口腔"
            "医师约32万人。截至去年底，已有23款口腔"
            "AI产品获得国家药监局三类医疗器械注册"
            "证。"
        ),
        obs=[
            ("Total", 2023, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2028, 38.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("cagr", 32.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("cagr|implied", "exact"),  # (38.5 / 12.6) ** (1 / 4) - 1 = 32.21% -> 32.2
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 over 2023 (kept as x3). Expected nowhere: the
    #     plan's title years, firm counts, demonstration clinics, the county coverage rate, people screened.
    dict(
        text=(
            "浙江省推动口腔智能诊疗产业高质量发展行动方案（2024—2027年）\n"
            "二、主要目标\n"
            "2023年，全省口腔智能诊疗产业规模为12.5亿元。到2025年，产业规模力争达到25亿元；到2027年，力争突破"
            "50亿元，较2023年增长3倍，培育年营业收入超亿元的骨干企业10家以上，建设智慧口腔示范门诊200家，县域"
            "口腔诊疗机构AI辅助诊断覆盖率达到60%，累计开展AI口腔健康筛查500万人次。"
        ),
        obs=[
            ("Total", 2023, 12.5, "CNY 100 million", "actual"),
            ("Total", 2025, 25, "CNY 100 million", "estimate"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style wire story (Simplified) quoting two institutes; the first's CAGR holds only by rounding.
    #     Expected nowhere: the second institute's 2024 figure, aligner cases, the scan-price range.
    dict(
        text=(
            "新华社北京2025年4月8日电 口腔正畸正在变得越来越“数字化”。据中国口腔医疗器械产业联盟测算，2024年"
            "我国口腔正畸AI方案设计市场规模为8.7亿元，预计2029年将达到26.4亿元，2024年至2029年年均复合增长率"
            "为24.8%。另据华衡智库估计，2024年该市场规模约为10.2亿元。业内人士介绍，去年国内隐形矫治新增病例约"
            "310万例，一次口内数字化扫描收费在200元至400元之间。"
        ),
        obs=[
            ("Total", 2024, 8.7, "CNY 100 million", "actual"),
            ("Total", 2029, 26.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (26.4 / 8.7) ** (1 / 5) - 1 = 24.86% -> 24.9, not 24.8; bounds (26.35 / 8.75) ** (1/5) - 1 = 24.67%,
            # (26.45 / 8.65) ** (1/5) - 1 = 25.05%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwanese association white paper (Traditional), 新台幣億元; the 23% growth holds only by rounding.
    #     Expected nowhere: the survey share, approved devices, clinic count, the publication date.
    dict(
        text=(
            "台灣數位牙醫學會今（2025）年3月發布《台灣牙科人工智慧應用白皮書》指出，2024年國內牙科AI市場規模達"
            "新台幣18.3億元，較2023年的14.8億元成長23%，預估2028年可望達到新台幣40億元。學會調查顯示，62%受訪"
            "牙醫師已在臨床使用至少一項AI工具；目前衛福部已核准19項牙科AI醫療器材，全台牙醫診所約7,100家。"
        ),
        obs=[
            ("Total", 2023, 14.8, "TWD 100 million", "actual"),
            ("Total", 2024, 18.3, "TWD 100 million", "actual"),
            ("Total", 2028, 40, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.3 / 14.8) ** (1 / 1) - 1 = 23.65% -> 24, not 23; bounds 18.25 / 14.85 - 1 = 22.90%,
            # 18.35 / 14.75 - 1 = 24.41%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 dated May 2025: 去年 is 2024, 今年 2025 (estimate); a part
    #     and its share, which holds only by rounding. Expected nowhere: registered dentists, the HK$ funding round
    #     and valuation, the price per scan.
    dict(
        text=(
            "【本報訊】（2025年5月20日）人工智能正走進香港牙科診所。據本地研究機構港睿健康研究所估算，香港牙科"
            "人工智能市場去年規模約3.6億港元，其中X光及口腔掃描影像判讀佔1.5億港元，約佔41%。研究所預計，今年"
            "整體市場可達4.3億港元。全港現有約2,700名註冊牙醫；本地初創「齒科智研」上月完成8,000萬港元A輪融資，"
            "估值約6億港元，每次AI輔助掃描收費約350港元。"
        ),
        obs=[
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("X光及口腔掃描影像判讀", 2024, 1.5, "HKD 100 million", "actual"),
            ("Total", 2025, 4.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1.5 / 3.6 = 41.67% -> 42, not 41; bounds 1.45 / 3.65 = 39.73%, 1.55 / 3.55 = 43.66%
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Consumer story (Simplified) dated 18 June 2025 using 去年/今年: 2024 actual, 2025 estimate; the 2024 growth has
    #     no base, the 2025 growth has both amounts. Expected nowhere: units shipped, average price, one brand's
    #     sales, the whole oral-care market.
    dict(
        text=(
            "（2025年6月18日）又到“618”，智能牙刷成了不少电商平台的热门品类。行业机构口腔消费研究院数据显示，去年"
            "我国具备AI功能的智能电动牙刷及口腔护理设备市场规模约为46亿元，同比增长18%；今年有望突破55亿元，同比"
            "增长约20%。去年相关产品出货量约1350万台，线上均价约289元。某头部品牌透露，其“618”首日销售额已超过"
            "3.2亿元。放眼整个口腔护理市场，规模已超过600亿元。"
        ),
        obs=[
            ("Total", 2024, 46, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (55 / 46) ** (1 / 1) - 1 = 19.57% -> 20
        ],
    ),
    # 15. Taipei broker deep-dive (Traditional) in 億美元 with a part and its share and a CAGR with printed span.
    #     Expected nowhere: the stock code, target price and upside, the company's revenue, gross margin and Q1 growth.
    dict(
        text=(
            "鼎泰證券投顧｜產業深度報告｜2025年7月15日\n"
            "牙科AI：從影像判讀走向全流程\n"
            "我們估算2024年全球牙科AI市場規模約18.5億美元，預估2027年將達37億美元，2024~2027年CAGR達26%。其中"
            "牙技所AI設計軟體2024年規模約3.1億美元，占比約17%。首次涵蓋精齒科技（6847 TT），給予「買進」評等，"
            "目標價新台幣680元，潛在上漲空間27%；公司2024年營收新台幣42億元，毛利率58%，2025年第一季營收年增31%。"
        ),
        obs=[
            ("Total", 2024, 18.5, "USD 100 million", "actual"),
            ("Total", 2027, 37, "USD 100 million", "estimate"),
            ("牙技所AI設計軟體", 2024, 3.1, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2027, None, "stated"),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (37 / 18.5) ** (1 / 3) - 1 = 25.99% -> 26
            ("arithmetic", "exact"),  # 3.1 / 18.5 = 16.76% -> 17
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row; the 2025E total adds only by rounding.
    #     Expected nowhere: the table number, the source date, dental equipment sales.
    dict(
        text=(
            "Table 3 - Global AI-in-dentistry market by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Imaging & diagnostics | 612 | 768 | 951 | 1,402 |\n"
            "| Treatment planning | 384 | 471 | 575 | 842 |\n"
            "| Practice software | 298 | 366 | 447 | 655 |\n"
            "| Dental lab design | 171 | 209 | 254 | 368 |\n"
            "| Oral-care devices | 143 | 176 | 214 | 309 |\n"
            "| Total | 1,608 | 1,990 | 2,442 | 3,576 |\n"
            "\n"
            "Source: Kestrel Dental Insights (March 2025). Totals may not add due to rounding. Excludes dental equipment "
            "sales (about USD 48 billion in 2024)."
        ),
        obs=[
            ("Imaging & diagnostics", 2023, 612, "USD million", "actual"),
            ("Imaging & diagnostics", 2024, 768, "USD million", "actual"),
            ("Imaging & diagnostics", 2025, 951, "USD million", "estimate"),
            ("Imaging & diagnostics", 2027, 1402, "USD million", "estimate"),
            ("Treatment planning", 2023, 384, "USD million", "actual"),
            ("Treatment planning", 2024, 471, "USD million", "actual"),
            ("Treatment planning", 2025, 575, "USD million", "estimate"),
            ("Treatment planning", 2027, 842, "USD million", "estimate"),
            ("Practice software", 2023, 298, "USD million", "actual"),
            ("Practice software", 2024, 366, "USD million", "actual"),
            ("Practice software", 2025, 447, "USD million", "estimate"),
            ("Practice software", 2027, 655, "USD million", "estimate"),
            ("Dental lab design", 2023, 171, "USD million", "actual"),
            ("Dental lab design", 2024, 209, "USD million", "actual"),
            ("Dental lab design", 2025, 254, "USD million", "estimate"),
            ("Dental lab design", 2027, 368, "USD million", "estimate"),
            ("Oral-care devices", 2023, 143, "USD million", "actual"),
            ("Oral-care devices", 2024, 176, "USD million", "actual"),
            ("Oral-care devices", 2025, 214, "USD million", "estimate"),
            ("Oral-care devices", 2027, 309, "USD million", "estimate"),
            ("Total", 2023, 1608, "USD million", "actual"),
            ("Total", 2024, 1990, "USD million", "actual"),
            ("Total", 2025, 2442, "USD million", "estimate"),
            ("Total", 2027, 3576, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 384 + 298 + 171 + 143 = 1608 -> 1,608
            ("hierarchy", "exact"),  # 2024: 768 + 471 + 366 + 209 + 176 = 1990 -> 1,990
            # 2025E: 951 + 575 + 447 + 254 + 214 = 2441, printed 2,442; bounds 2438.5 .. 2443.5 (five rows +/- 0.5)
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 1402 + 842 + 655 + 368 + 309 = 3576 -> 3,576
        ],
    ),
    # 17. Space-aligned vertical table (years as rows) with a YoY column; the lone value column headed by its unit is
    #     the Total; the 2023 YoY is a typo (21.5% where the amounts give 25.1%). Expected nowhere: clinic count,
    #     licences approved.
    dict(
        text=(
            "South Korea - AI dental imaging software market\n"
            "(Hanbit Research, Seoul; won figures converted at average annual rates)\n"
            "\n"
            "Year      USD million      YoY\n"
            "2021             58.0        -\n"
            "2022             74.5    28.4%\n"
            "2023             93.2    21.5%\n"
            "2024            118.6    27.3%\n"
            "2025E           146.0    23.1%\n"
            "\n"
            "Memo: dental clinics in Korea, end-2024: 19,600; AI reading products approved by MFDS: 41"
        ),
        obs=[
            ("Total", 2021, 58.0, "USD million", "actual"),
            ("Total", 2022, 74.5, "USD million", "actual"),
            ("Total", 2023, 93.2, "USD million", "actual"),
            ("Total", 2024, 118.6, "USD million", "actual"),
            ("Total", 2025, 146.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2021, 2022, 1.0),
            ("growth", 21.5, "percent", 2022, 2023, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 74.5 / 58.0 - 1 = 28.45% -> 28.4
            # 93.2 / 74.5 - 1 = 25.10%, not 21.5; bounds 93.15 / 74.55 - 1 = 24.95%, 93.25 / 74.45 - 1 = 25.25%
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 118.6 / 93.2 - 1 = 27.25% -> 27.3
            ("cagr|implied", "exact"),  # 146.0 / 118.6 - 1 = 23.10% -> 23.1
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column. Expected nowhere: the table number, the
    #     title's years, the source date.
    dict(
        text=(
            "表2　2023—2025年中国口腔AI细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "影像诊断\t9.8\t12.6\t16.3\n"
            "正畸方案设计\t6.1\t8.7\t11.5\n"
            "种植导航规划\t3.4\t4.6\t6.0\n"
            "诊所管理与患者服务\t2.9\t3.8\t5.1\n"
            "合计\t22.2\t29.7\t38.9\n"
            "资料来源：华衡智库，2025年3月"
        ),
        obs=[
            ("影像诊断", 2023, 9.8, "CNY 100 million", "actual"),
            ("影像诊断", 2024, 12.6, "CNY 100 million", "actual"),
            ("影像诊断", 2025, 16.3, "CNY 100 million", "estimate"),
            ("正畸方案设计", 2023, 6.1, "CNY 100 million", "actual"),
            ("正畸方案设计", 2024, 8.7, "CNY 100 million", "actual"),
            ("正畸方案设计", 2025, 11.5, "CNY 100 million", "estimate"),
            ("种植导航规划", 2023, 3.4, "CNY 100 million", "actual"),
            ("种植导航规划", 2024, 4.6, "CNY 100 million", "actual"),
            ("种植导航规划", 2025, 6.0, "CNY 100 million", "estimate"),
            ("诊所管理与患者服务", 2023, 2.9, "CNY 100 million", "actual"),
            ("诊所管理与患者服务", 2024, 3.8, "CNY 100 million", "actual"),
            ("诊所管理与患者服务", 2025, 5.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 22.2, "CNY 100 million", "actual"),
            ("合计", 2024, 29.7, "CNY 100 million", "actual"),
            ("合计", 2025, 38.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.8 + 6.1 + 3.4 + 2.9 = 22.2 -> 22.2
            ("hierarchy", "exact"),  # 2024: 12.6 + 8.7 + 4.6 + 3.8 = 29.7 -> 29.7
            ("hierarchy", "exact"),  # 2025E: 16.3 + 11.5 + 6.0 + 5.1 = 38.9 -> 38.9
        ],
    ),
    # 19. Tab-separated fiscal-year broker exhibit with e columns and a CAGR column whose span the header prints; the
    #     practice-automation CAGR holds only by rounding. Expected nowhere: the exhibit number, the source date.
    dict(
        text=(
            "Exhibit 7: ANZ dental AI spend by category (USD million, fiscal years to June)\n"
            "Category\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "AI radiograph reading\t31.4\t39.8\t49.5\t61.2\t24.0%\n"
            "Practice automation AI\t22.7\t27.1\t32.9\t39.6\t21.0%\n"
            "Smart oral-care devices\t12.5\t15.2\t18.4\t22.1\t20.6%\n"
            "Source: Coral Sea Securities estimates, 12 February 2025"
        ),
        obs=[
            ("AI radiograph reading", 2023, 31.4, "USD million", "actual"),
            ("AI radiograph reading", 2024, 39.8, "USD million", "actual"),
            ("AI radiograph reading", 2025, 49.5, "USD million", "estimate"),
            ("AI radiograph reading", 2026, 61.2, "USD million", "estimate"),
            ("Practice automation AI", 2023, 22.7, "USD million", "actual"),
            ("Practice automation AI", 2024, 27.1, "USD million", "actual"),
            ("Practice automation AI", 2025, 32.9, "USD million", "estimate"),
            ("Practice automation AI", 2026, 39.6, "USD million", "estimate"),
            ("Smart oral-care devices", 2023, 12.5, "USD million", "actual"),
            ("Smart oral-care devices", 2024, 15.2, "USD million", "actual"),
            ("Smart oral-care devices", 2025, 18.4, "USD million", "estimate"),
            ("Smart oral-care devices", 2026, 22.1, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.2 / 39.8) ** (1 / 2) - 1 = 24.00% -> 24.0
            # (39.6 / 27.1) ** (1 / 2) - 1 = 20.88% -> 20.9, not 21.0; bounds (39.55 / 27.15) ** (1/2) - 1 = 20.70%,
            # (39.65 / 27.05) ** (1/2) - 1 = 21.07%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (22.1 / 15.2) ** (1 / 2) - 1 = 20.58% -> 20.6
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 總計 row (its 100.0% is no claim).
    #     Expected nowhere: the table number, the clinic count in the note.
    dict(
        text=(
            "表4　2024年台灣牙科AI市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 影像判讀 | 762 | 41.6% |\n"
            "| 數位矯正規劃 | 418 | 22.8% |\n"
            "| 植牙導引設計 | 287 | 15.7% |\n"
            "| 診所管理系統 | 235 | 12.8% |\n"
            "| 牙技所設計軟體 | 130 | 7.1% |\n"
            "| 總計 | 1,832 | 100.0% |\n"
            "資料來源：台灣數位牙醫學會；註：全台牙醫診所約7,100家。"
        ),
        obs=[
            ("影像判讀", 2024, 762, "TWD million", "actual"),
            ("數位矯正規劃", 2024, 418, "TWD million", "actual"),
            ("植牙導引設計", 2024, 287, "TWD million", "actual"),
            ("診所管理系統", 2024, 235, "TWD million", "actual"),
            ("牙技所設計軟體", 2024, 130, "TWD million", "actual"),
            ("總計", 2024, 1832, "TWD million", "actual"),
        ],
        claims=[
            ("share", 41.6, "percent", 2024, 2024, None),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("share", 15.7, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
            ("share", 7.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 762 / 1832 = 41.59% -> 41.6
            ("arithmetic", "exact"),  # 418 / 1832 = 22.82% -> 22.8
            ("arithmetic", "exact"),  # 287 / 1832 = 15.67% -> 15.7
            ("arithmetic", "exact"),  # 235 / 1832 = 12.83% -> 12.8
            ("arithmetic", "exact"),  # 130 / 1832 = 7.10% -> 7.1
            ("hierarchy", "exact"),  # 762 + 418 + 287 + 235 + 130 = 1832 -> 1,832
        ],
    ),
    # 21. US dental distributor's Q2 2025 earnings-call transcript; CEO sizes a North American practice-software AI
    #     TAM "this year" (2025 estimate) and for 2029; CAGR span only from the amounts' years.
    #     Expected nowhere: quarterly software revenue and growth, practices on the platform, share goal, margin.
    dict(
        text=(
            "Harlow Dental Supply (HDS) Q2 2025 Earnings Call Transcript - August 6, 2025\n"
            "Operator: Our next question comes from Dana Whitcomb with Pelham Securities. Please go ahead.\n"
            "Dana Whitcomb: Thanks. Marcus, you keep talking about AI in the front office. Can you put a size on "
            "that opportunity for us?\n"
            "Marcus Ellery, Chief Executive Officer: Sure, Dana. Just for context, second-quarter software revenue "
            "was $118 million, up 9%, and about 31,000 practices now run on CloudChair. When we add up AI "
            "scheduling, insurance-claims scrubbing and automated patient messaging across North American dental "
            "practices, we think the addressable market is somewhere around $2.4 billion this year. We see that "
            "getting to $5.5 billion by 2029, so call it a 23% compound rate. Our ambition is to win at least 15% "
            "of that spend, and we can do it while holding software gross margin above 70%."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2029, 5.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.5 / 2.4) ** (1 / 4) - 1 = 23.04% -> 23
        ],
    ),
    # 22. Basel working-paper abstract; series unit USD million, so the 2028 figure in billions is converted; CAGR
    #     span only from its amounts' years; a segment with its share.
    #     Expected nowhere: paper number, surveyed practices and countries, the 38% of dentists using AI, JEL codes.
    dict(
        text=(
            "Working Paper 25/07 (March 2025), Rheinknie Centre for Health Economics, Basel\n"
            "Reading the radiograph: the market for AI in dental image analysis\n"
            "Abstract. This paper sizes the global market for artificial-intelligence software that interprets dental "
            "radiographs and intraoral scans. Drawing on vendor disclosures, reimbursement data and a survey of 1,240 "
            "practices in 14 countries, we estimate spending at USD 612 million in 2023, up from USD 455 million in "
            "2021, an average annual growth of 16.0%. Caries and periapical-lesion detection make up USD 259 million, "
            "or 42% of the total. Projecting adoption curves forward, we expect spending to reach USD 1.48 billion in "
            "2028. Among surveyed dentists, 38% report using at least one AI reading tool, but only a minority are "
            "reimbursed for it. JEL: I11, L65, O33."
        ),
        obs=[
            ("Total", 2021, 455, "USD million", "actual"),
            ("Total", 2023, 612, "USD million", "actual"),
            ("Caries and periapical-lesion detection", 2023, 259, "USD million", "actual"),
            ("Total", 2028, 1480, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2021, 2023, None, "inferred"),
            ("share", 42, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (612 / 455) ** (1 / 2) - 1 = 15.98% -> 16.0
            ("arithmetic", "exact"),  # 259 / 612 = 42.32% -> 42
        ],
    ),
    # 23. Australian analyst's thread on X about AI-guided toothbrushes and oral-care devices; series unit USD million,
    #     so $2.4B (2030) is expected as 2400; a multiple; a segment "last year" (2024) with its share.
    #     Expected nowhere: thread numbers, brushes shipped, average selling price, Series B and valuation.
    dict(
        text=(
            "Maya Tran @mayatran_dentech - 3 Jun 2025\n"
            "1/ Quick thread on AI-guided toothbrushes & oral-care devices, because the numbers in the new Coral Bay "
            "Research report are wild\n"
            "2/ Global market: US$950M in 2024 -> US$2.4B by 2030. That's ~17% a year, or roughly 2.5x in six years.\n"
            "3/ Biggest slice? Pressure-sensing + app-coached brushes: US$410M last year, ~43% of the market.\n"
            "4/ Shipments hit 6.8M smart brushes in 2024, and the average selling price is still ~US$140 a unit.\n"
            "5/ Meanwhile Brisbane's Plaqtiq just raised a US$35M Series B at a US$260M valuation. Not financial "
            "advice."
        ),
        obs=[
            ("Total", 2024, 950, "USD million", "actual"),
            ("Total", 2030, 2400, "USD million", "estimate"),
            ("Pressure-sensing + app-coached brushes", 2024, 410, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2400 / 950) ** (1 / 6) - 1 = 16.70% -> 17
            ("arithmetic", "exact"),  # 410 / 950 = 43.16% -> 43
        ],
    ),
    # 24. US web article with a correction appended; YoY growth with both amounts; "top $2 billion" by 2029 is an
    #     approximate figure expected as printed, converted to the series unit (USD million).
    #     Expected nowhere: the misstated $870 million, Cascadia's rival 2024 figure, dentist counts, "about a third",
    #     the per-read price.
    dict(
        text=(
            "AI that reads your X-rays is becoming a standard line item for U.S. dental offices\n"
            "By Jenna Ortiz | Updated April 22, 2025\n"
            "When Dr. Alana Brooks added an AI second reader to her two-chair practice in Columbus, she expected "
            "pushback from patients. Instead they asked to see the colour-coded overlays. She is far from alone. "
            "Spending by U.S. dental practices on AI radiograph and intraoral-scan analysis reached $780 million in "
            "2024, up 18% from $661 million in 2023, according to Bellwether Health Analytics, which projects the "
            "category will top $2 billion by 2029. A separate estimate from Cascadia Market Intelligence puts 2024 "
            "spending higher, at $845 million. About a third of the country's roughly 200,000 practicing dentists now "
            "use such a tool, and an AI-assisted read of a full-mouth series is typically billed at around $25.\n"
            "Correction, April 22, 2025: An earlier version of this article misstated Bellwether's 2024 estimate as "
            "$870 million. The correct figure is $780 million."
        ),
        obs=[
            ("Total", 2023, 661, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2029, 2000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 661) ** (1 / 1) - 1 = 18.00% -> 18
        ],
    ),
    # 25. German implant maker's annual-report letter to shareholders; market YoY with both amounts; "double by 2028"
    #     as a multiple (x2, no verdict, no 2028 observation).
    #     Expected nowhere: company revenue and growth, EBITDA margin, employees, implants placed, the report's year.
    dict(
        text=(
            "Letter from the Chief Executive Officer\n"
            "Dear Shareholders,\n"
            "2024 was a year in which Kestrel Dental Systems AG proved that software and hardware belong together. Our "
            "revenue rose 6.4% to EUR 1.27 billion, the adjusted EBITDA margin reached 24.1%, and our team grew past "
            "9,600 colleagues. Much of the excitement, however, sits in planning. The market for AI-assisted implant "
            "and orthodontic treatment planning was worth around EUR 340 million in 2024, by our own estimate, an "
            "increase of 19% on the EUR 285 million of a year earlier, and we expect it to double by 2028. With more "
            "than 1.4 million implants placed in Europe every year, every clinic that plans digitally is a clinic we "
            "can serve.\n"
            "Freiburg im Breisgau, March 2025\n"
            "Dr. Henrike Sauer, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 285, "EUR million", "actual"),
            ("Total", 2024, 340, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 285) ** (1 / 1) - 1 = 19.30% -> 19
        ],
    ),
    # 26. Toronto dental-lab distributor's investor-day slide bullets; CAGR with printed span; a segment share that
    #     holds only by rounding.
    #     Expected nowhere: slide number, lab count, "<30% fully digital", the 25% share target, C$ lab-software revenue.
    dict(
        text=(
            "Northmark Dental (TSX: NMD) | Investor Day 2025 | Toronto\n"
            "Slide 14 - Digital lab: where AI design fits\n"
            "\u2022 AI crown, bridge & aligner design software: US$1.1bn addressable market (2024)\n"
            "\u2022 Growing to US$2.3bn by 2028E - ~20% CAGR 2024-28E\n"
            "\u2022 Digital denture design: US$0.36bn of that in 2024 (32%)\n"
            "\u2022 ~8,500 dental labs in North America; <30% fully digital\n"
            "\u2022 Our target: 25% share of Canadian lab software by 2028\n"
            "\u2022 Lab-software revenue FY2024: C$96m (+14% y/y)"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2028, 2.3, "USD billion", "estimate"),
            ("Digital denture design", 2024, 0.36, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.3 / 1.1) ** (1 / 4) - 1 = 20.25% -> 20
            # 0.36 / 1.1 = 32.73% -> 33, not 32; bounds 0.355 / 1.15 = 30.87%, 0.365 / 1.05 = 34.76% -> 32 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Canadian dentist's forum answer; "last year" = 2024 (post dated Feb 2025); US$1.3B is converted to the series
    #     unit (USD million); the quoted 24% a year is inconsistent with the amounts.
    #     Expected nowhere: monthly fee per operatory, operatory count, the 14% more lesions flagged, "about half".
    dict(
        text=(
            "Re: Is AI caries detection worth it for a small practice?\n"
            "Posted by drkpatel_ON \u00bb Tue Feb 11, 2025 9:42 pm\n"
            "I went down this rabbit hole before signing up, so here's what I found. The market deck a rep showed me "
            "at the Toronto meeting (Lakeshore Dental Insights, I think) had North American spending on AI X-ray "
            "reading at roughly US$480M last year, and they project ~US$1.3B by 2029, which they called about 24% a "
            "year. Take that with a grain of salt - it's a sales deck. For my office it's $199/month per operatory and "
            "I have 3 ops. In my own charts it flagged 14% more incipient lesions than I did on my own over six "
            "months. About half the dentists in my study club use something like it now. Worth it for me, mostly "
            "for case acceptance."
        ),
        obs=[
            ("Total", 2024, 480, "USD million", "actual"),
            ("Total", 2029, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1300 / 480) ** (1 / 5) - 1 = 22.05%; bounds (1250 / 485) ** (1/5) - 1 = 20.85%,
            # (1350 / 475) ** (1/5) - 1 = 23.23%; 24 (23.5-24.5) not reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 28. Seoul broker's sector note; CAGR with printed span inconsistent with its amounts; an aside in won.
    #     Expected nowhere: the KRW 180bn domestic market (won not in the unit table), scanners shipped, the target
    #     price, the covered company's 2Q25 revenue and growth, the note's date.
    dict(
        text=(
            "[Hanbit Investment & Securities] Dental AI: Korea's imaging champions go global | Seoul, 17 September "
            "2025\n"
            "We estimate the global market for AI dental imaging analysis at US$1.36bn in 2024 and forecast US$4.1bn "
            "in 2030, a 2024-30 CAGR of 21.4%. At home the market is still small - we put domestic spending at roughly "
            "KRW 180bn this year - yet Korean intraoral-scanner makers shipped more than 95,000 units abroad last "
            "year, and bundling AI reading with the hardware is how they plan to defend price. Top pick: Seorin "
            "Medical (BUY, TP KRW 62,000), whose 2Q25 revenue rose 28% YoY to KRW 41.2bn."
        ),
        obs=[
            ("Total", 2024, 1.36, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (4.1 / 1.36) ** (1 / 6) - 1 = 20.19%; bounds (4.05 / 1.365) ** (1/6) - 1 = 19.87%,
            # (4.15 / 1.355) ** (1/6) - 1 = 20.51%; 21.4 not reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified); YoY with both amounts; a segment with its share; "突破百亿元" by 2027 is
    #     an approximate figure expected at its printed 100 (亿元).
    #     Expected nowhere: dentist and clinic counts, children screened, the forum's year.
    dict(
        text=(
            "新华社北京5月20日电（记者林晓阳）记者20日从2025中国口腔医学数字化发展论坛上获悉，2024年我国口腔人工智能"
            "市场规模达到38.6亿元，较上年的30.3亿元增长27.4%。其中，口腔影像AI辅助诊断市场规模为15.2亿元，占比"
            "39.4%。论坛发布的报告预计，到2027年，这一市场规模有望突破百亿元。据介绍，目前全国执业（助理）口腔医师"
            "已超过32万人，口腔医疗机构约11.8万家，去年借助AI完成的儿童龋齿筛查超过2600万人次。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("口腔影像AI辅助诊断", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 39.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("arithmetic", "exact"),  # 15.2 / 38.6 = 39.38% -> 39.4
        ],
    ),
    # 30. Provincial implementation plan (Simplified); target 2027 with a 2024 base; CAGR span only from the amounts.
    #     Expected nowhere: document number, the plan's title years, demonstration institutions, training and
    #     screening coverage rates, number of backbone firms.
    dict(
        text=(
            "江苏省卫生健康委员会 江苏省工业和信息化厅\n"
            "关于印发《江苏省口腔健康智能化提升行动实施方案（2025—2027年）》的通知\n"
            "苏卫口腔〔2025〕12号\n"
            "……\n"
            "二、主要目标\n"
            "到2027年，全省建成50家以上智慧口腔示范机构，基层口腔医生AI辅助诊断培训覆盖率达到90%，12岁儿童龋齿"
            "AI筛查覆盖率达到85%以上。口腔人工智能相关产业规模由2024年的35亿元增长到60亿元左右，年均增长20%左右，"
            "培育10家以上骨干企业，形成一批可复制推广的应用场景。"
        ),
        obs=[
            ("Total", 2024, 35, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 35) ** (1 / 3) - 1 = 19.68% -> 20
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional); CAGR with printed span that holds only by rounding; a segment
    #     amount whose share is given only in words (約占四成三, expected nowhere).
    #     Expected nowhere: the report's title year, the clinic count, the 61% survey answer.
    dict(
        text=(
            "【2025/10/12 台北訊】資策會產業情報研究所(MIC)今(12)日發布「2025年智慧醫療產業趨勢」研究指出，2024年"
            "台灣牙科AI市場規模達新台幣18.5億元，預估2028年將成長至新台幣41億元，2024至2028年年複合成長率(CAGR)"
            "達22.3%。MIC資深產業分析師陳怡君表示，其中AI牙科影像判讀規模最大，達新台幣7.9億元，約占四成三；全台"
            "約7,100家牙醫診所中，受訪者有61%計畫在兩年內導入AI排程或電子病歷系統，將帶動診所管理軟體需求。"
        ),
        obs=[
            ("Total", 2024, 18.5, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
            ("AI牙科影像判讀", 2024, 7.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (41 / 18.5) ** (1 / 4) - 1 = 22.01% -> 22.0, not 22.3; bounds (40.5 / 18.55) ** (1/4) - 1 = 21.56%,
            # (41.5 / 18.45) ** (1/4) - 1 = 22.47% -> 22.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional); 去年 = 2024 (dated July 2025); YoY with both amounts; "是去年的3倍"
    #     read as a ratio multiple (x3, 2024-2029).
    #     Expected nowhere: registered dentists, the per-scan fee range, 約七成 private clinics (share in words).
    dict(
        text=(
            "（2025年7月3日 香港訊）本港牙科診所近年積極引入人工智能。香港牙科科技協會昨日發表報告指，本港牙科AI市場"
            "規模去年約為4.2億港元，較2023年的3.5億港元按年增長20%，其中私人診所佔市場約七成。報告預計，2029年市場"
            "規模將達12.6億港元，是去年的3倍。協會主席梁志恆表示，本港現有註冊牙醫約2,700名，一次AI輔助口腔掃描收費"
            "約800至1,200港元，價格仍是普及的最大障礙。"
        ),
        obs=[
            ("Total", 2023, 3.5, "HKD 100 million", "actual"),
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("Total", 2029, 12.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.5) ** (1 / 1) - 1 = 20.00% -> 20
        ],
    ),
    # 33. Taiwanese PTT stock-board post (Traditional) relaying a research firm; amounts in 億美元; CAGR span only from
    #     the amounts' years.
    #     Expected nowhere: post header and time, list numbers, the distributor's revenue growth, the NT$ monthly fee,
    #     the push comments.
    dict(
        text=(
            "作者 toothfairy88 (牙仙子)\n"
            "看板 Stock\n"
            "標題 [情報] 全球AI牙科影像市場 2030年上看42億美元\n"
            "時間 Thu Mar 13 21:05:44 2025\n"
            "1.新聞來源：研調機構報告\n"
            "2.內容：研調機構Veridian Insights最新報告指出，2024年全球AI牙科影像市場規模約13.2億美元，預估2030年"
            "上看42億美元，年複合成長率約21%，其中亞太區成長最快。國內牙材通路商去年營收也成長了15%。\n"
            "3.心得：牙醫朋友說診所一套AI判讀系統月費大概新台幣6,000元，比請一個助理便宜多了，感覺是長線題材。\n"
            "推 dentistlin: 台灣市場才幾億台幣而已啦\n"
            "噓 cashking: 又是研調報告 看看就好"
        ),
        obs=[
            ("Total", 2024, 13.2, "USD 100 million", "actual"),
            ("Total", 2030, 42, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (42 / 13.2) ** (1 / 6) - 1 = 21.28% -> 21
        ],
    ),
    # 34. Brokerage industry-report abstract (Simplified); YoY with both amounts; a 2026 range (two value claims, no
    #     obs); segment shares only in words (约占四成, 接近三成).
    #     Expected nowhere: report date, analyst registration number, rating, target price.
    dict(
        text=(
            "【东方澄远证券】医疗器械行业深度报告：口腔AI，从影像辅助诊断走向全流程\n"
            "报告日期：2025年6月9日  分析师：周启明（执业证书编号：S0860523070002）\n"
            "投资要点：\n"
            "口腔AI市场进入高速成长期。我们测算，2024年中国口腔AI市场规模约24.8亿元，同比增长31.2%（2023年为18.9"
            "亿元）；预计2026年市场规模为45亿-55亿元。从结构看，隐形正畸AI方案设计约占四成，种植导航规划占比接近"
            "三成，影像辅助诊断仍处于收费模式探索期。维持行业“推荐”评级，重点推荐牙智科技（目标价68元）。\n"
            "风险提示：集采降价超预期；AI三类证审批进度不及预期。"
        ),
        obs=[
            ("Total", 2023, 18.9, "CNY 100 million", "actual"),
            ("Total", 2024, 24.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2026, 2026, None),
            ("value", 55, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.8 / 18.9) ** (1 / 1) - 1 = 31.22% -> 31.2
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified); 今年 = 2025 estimate; CAGR span only from the
    #     amounts' years, and 35% is inconsistent with them.
    #     Expected nowhere: the company's revenue, growth and first-quarter revenue, registration certificates counted,
    #     partner labs.
    dict(
        text=(
            "臻齿科技2024年度暨2025年第一季度业绩说明会文字实录（2025年5月14日）\n"
            "问：请问公司如何看待口腔数字化AI设计软件的市场空间？\n"
            "答（董事长 韩立峰）：感谢您的关注。根据我们的测算，国内口腔数字化AI设计软件（包括冠桥、种植导板和隐形矫治"
            "方案设计）的市场空间今年大约在32亿元，到2028年有望达到70亿元，年复合增速在35%左右。公司2024年实现营业"
            "收入5.62亿元，同比增长18.3%；一季度实现营收1.31亿元。截至目前，公司累计取得9张二类、3张三类医疗器械"
            "注册证，合作义齿加工所超过1,600家。"
        ),
        obs=[
            ("Total", 2025, 32, "CNY 100 million", "estimate"),
            ("Total", 2028, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (70 / 32) ** (1 / 3) - 1 = 29.81%; bounds (69.5 / 32.5) ** (1/3) - 1 = 28.84%,
            # (70.5 / 31.5) ** (1/3) - 1 = 30.81%; 35 not reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 36. Markdown pipe table by segment with a Total row (USD million); 2029F column is an estimate; the 2029F total
    #     adds only by rounding.
    #     Expected nowhere: the exhibit number, the source line's date.
    dict(
        text=(
            "Exhibit 3. Global AI in dentistry market by segment, USD million\n"
            "| Segment | 2023 | 2024 | 2029F |\n"
            "|---|---:|---:|---:|\n"
            "| X-ray & intraoral-scan analysis | 598 | 742 | 1,910 |\n"
            "| Orthodontic & implant planning | 411 | 503 | 1,285 |\n"
            "| Practice software | 356 | 447 | 1,160 |\n"
            "| Lab design (crowns, aligners) | 214 | 268 | 705 |\n"
            "| AI oral-care devices | 305 | 362 | 820 |\n"
            "| Total | 1,884 | 2,322 | 5,882 |\n"
            "Source: Granite Peak Research, May 2025. Totals may not add due to rounding."
        ),
        obs=[
            ("X-ray & intraoral-scan analysis", 2023, 598, "USD million", "actual"),
            ("X-ray & intraoral-scan analysis", 2024, 742, "USD million", "actual"),
            ("X-ray & intraoral-scan analysis", 2029, 1910, "USD million", "estimate"),
            ("Orthodontic & implant planning", 2023, 411, "USD million", "actual"),
            ("Orthodontic & implant planning", 2024, 503, "USD million", "actual"),
            ("Orthodontic & implant planning", 2029, 1285, "USD million", "estimate"),
            ("Practice software", 2023, 356, "USD million", "actual"),
            ("Practice software", 2024, 447, "USD million", "actual"),
            ("Practice software", 2029, 1160, "USD million", "estimate"),
            ("Lab design (crowns, aligners)", 2023, 214, "USD million", "actual"),
            ("Lab design (crowns, aligners)", 2024, 268, "USD million", "actual"),
            ("Lab design (crowns, aligners)", 2029, 705, "USD million", "estimate"),
            ("AI oral-care devices", 2023, 305, "USD million", "actual"),
            ("AI oral-care devices", 2024, 362, "USD million", "actual"),
            ("AI oral-care devices", 2029, 820, "USD million", "estimate"),
            ("Total", 2023, 1884, "USD million", "actual"),
            ("Total", 2024, 2322, "USD million", "actual"),
            ("Total", 2029, 5882, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 598 + 411 + 356 + 214 + 305 = 1884
            ("hierarchy", "exact"),  # 2024: 742 + 503 + 447 + 268 + 362 = 2322
            # 2029F: 1910 + 1285 + 1160 + 705 + 820 = 5880, not 5882; bounds 5877.5-5882.5 reach 5882
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated vertical table from a Tokyo research institute, one value column headed by its unit only
    #     (Total, JPY 100 million) and a YoY column; E rows are estimates; the 2024 YoY holds only by rounding.
    #     Expected nowhere: the dash for 2021's YoY, the publication month.
    dict(
        text=(
            "Japan: AI dental diagnostic-support software market (Sakuragawa Research Institute, Tokyo, July 2025)\n"
            "Year\tJPY 100 million\tYoY\n"
            "2021\t46\t-\n"
            "2022\t61\t32.6%\n"
            "2023\t79\t29.5%\n"
            "2024\t98\t24.4%\n"
            "2025E\t121\t23.5%\n"
            "2026E\t147\t21.5%\n"
            "Note: vendor shipment value basis; includes cloud subscriptions."
        ),
        obs=[
            ("Total", 2021, 46, "JPY 100 million", "actual"),
            ("Total", 2022, 61, "JPY 100 million", "actual"),
            ("Total", 2023, 79, "JPY 100 million", "actual"),
            ("Total", 2024, 98, "JPY 100 million", "actual"),
            ("Total", 2025, 121, "JPY 100 million", "estimate"),
            ("Total", 2026, 147, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2021, 2022, 1.0),
            ("growth", 29.5, "percent", 2022, 2023, 1.0),
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
            ("growth", 21.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61 / 46 - 1 = 32.61% -> 32.6
            ("cagr|implied", "exact"),  # 79 / 61 - 1 = 29.51% -> 29.5
            # 98 / 79 - 1 = 24.05% -> 24.1, not 24.4; bounds 97.5 / 79.5 - 1 = 22.64%, 98.5 / 78.5 - 1 = 25.48%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 121 / 98 - 1 = 23.47% -> 23.5
            ("cagr|implied", "exact"),  # 147 / 121 - 1 = 21.49% -> 21.5
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) with a 合计 row; 2025年E column is an estimate.
    #     Expected nowhere: the table number, the source line's date.
    dict(
        text=(
            "表2  中国口腔AI细分市场规模（单位：亿元）\n"
            "细分领域              2023年    2024年    2025年E\n"
            "影像辅助诊断           11.6      15.2      19.8\n"
            "正畸与种植规划          8.3      10.9      14.1\n"
            "诊所管理软件            4.2       5.6       7.3\n"
            "义齿加工AI设计          3.5       4.6       6.0\n"
            "智能口腔护理设备        2.7       3.3       4.1\n"
            "合计                   30.3      39.6      51.3\n"
            "资料来源：华研智库，2025年8月"
        ),
        obs=[
            ("影像辅助诊断", 2023, 11.6, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2024, 15.2, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2025, 19.8, "CNY 100 million", "estimate"),
            ("正畸与种植规划", 2023, 8.3, "CNY 100 million", "actual"),
            ("正畸与种植规划", 2024, 10.9, "CNY 100 million", "actual"),
            ("正畸与种植规划", 2025, 14.1, "CNY 100 million", "estimate"),
            ("诊所管理软件", 2023, 4.2, "CNY 100 million", "actual"),
            ("诊所管理软件", 2024, 5.6, "CNY 100 million", "actual"),
            ("诊所管理软件", 2025, 7.3, "CNY 100 million", "estimate"),
            ("义齿加工AI设计", 2023, 3.5, "CNY 100 million", "actual"),
            ("义齿加工AI设计", 2024, 4.6, "CNY 100 million", "actual"),
            ("义齿加工AI设计", 2025, 6.0, "CNY 100 million", "estimate"),
            ("智能口腔护理设备", 2023, 2.7, "CNY 100 million", "actual"),
            ("智能口腔护理设备", 2024, 3.3, "CNY 100 million", "actual"),
            ("智能口腔护理设备", 2025, 4.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 30.3, "CNY 100 million", "actual"),
            ("合计", 2024, 39.6, "CNY 100 million", "actual"),
            ("合计", 2025, 51.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 11.6 + 8.3 + 4.2 + 3.5 + 2.7 = 30.3
            ("hierarchy", "exact"),  # 2024: 15.2 + 10.9 + 5.6 + 4.6 + 3.3 = 39.6
            ("hierarchy", "exact"),  # 2025E: 19.8 + 14.1 + 7.3 + 6.0 + 4.1 = 51.3
        ],
    ),
    # 39. Regional table (USD million) with a CAGR column whose span the header prints; the Global row is the total
    #     row (its label as printed); Latin America & MEA's CAGR holds only by rounding.
    #     Expected nowhere: the table number, the publisher's address.
    dict(
        text=(
            "Table 5: AI dental imaging & treatment-planning software market by region (USD million)\n"
            "Region                2024     2030F    CAGR 2024-30\n"
            "North America          512     1,540       20.1%\n"
            "Europe                 338     1,020       20.2%\n"
            "Asia-Pacific           276     1,110       26.1%\n"
            "Latin America & MEA     74       205       18.4%\n"
            "Global               1,200     3,875       21.6%\n"
            "Source: Alpenblick Market Analytics, Zug, Switzerland"
        ),
        obs=[
            ("North America", 2024, 512, "USD million", "actual"),
            ("North America", 2030, 1540, "USD million", "estimate"),
            ("Europe", 2024, 338, "USD million", "actual"),
            ("Europe", 2030, 1020, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 276, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1110, "USD million", "estimate"),
            ("Latin America & MEA", 2024, 74, "USD million", "actual"),
            ("Latin America & MEA", 2030, 205, "USD million", "estimate"),
            ("Global", 2024, 1200, "USD million", "actual"),
            ("Global", 2030, 3875, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1540 / 512) ** (1 / 6) - 1 = 20.15% -> 20.1
            ("cagr|implied", "exact"),  # (1020 / 338) ** (1 / 6) - 1 = 20.21% -> 20.2
            ("cagr|implied", "exact"),  # (1110 / 276) ** (1 / 6) - 1 = 26.11% -> 26.1
            # (205 / 74) ** (1 / 6) - 1 = 18.51% -> 18.5, not 18.4; bounds (204.5 / 74.5) ** (1/6) - 1 = 18.33%,
            # (205.5 / 73.5) ** (1/6) - 1 = 18.69% -> 18.4 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3875 / 1200) ** (1 / 6) - 1 = 21.58% -> 21.6
            ("hierarchy", "exact"),  # 2024: 512 + 338 + 276 + 74 = 1200
            ("hierarchy", "exact"),  # 2030F: 1540 + 1020 + 1110 + 205 = 3875
        ],
    ),
    # 40. UK statistics table (GBP million) with a share column; the 100.0 total share is no claim; the first row's
    #     share holds only by rounding.
    #     Expected nowhere: the table and release numbers, responding practices.
    dict(
        text=(
            "Table 4.2: Expenditure on AI tools in dentistry by category, United Kingdom, 2024\n"
            "Category                                      GBP million    Share of total (%)\n"
            "Radiograph and scan analysis                         48.6                 38.8\n"
            "Practice management and patient messaging            31.2                 25.0\n"
            "Orthodontic and implant planning                     22.4                 17.9\n"
            "Dental laboratory design                             14.7                 11.8\n"
            "Oral-care devices                                     8.1                  6.5\n"
            "Total                                               125.0                100.0\n"
            "Source: UK Dental Technology Observatory, Statistical Release 2025/14. Based on returns from 1,842 "
            "practices and 212 laboratories; shares calculated from unrounded figures."
        ),
        obs=[
            ("Radiograph and scan analysis", 2024, 48.6, "GBP million", "actual"),
            ("Practice management and patient messaging", 2024, 31.2, "GBP million", "actual"),
            ("Orthodontic and implant planning", 2024, 22.4, "GBP million", "actual"),
            ("Dental laboratory design", 2024, 14.7, "GBP million", "actual"),
            ("Oral-care devices", 2024, 8.1, "GBP million", "actual"),
            ("Total", 2024, 125.0, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.8, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 11.8, "percent", 2024, 2024, None),
            ("share", 6.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 48.6 / 125.0 = 38.88% -> 38.9, not 38.8; bounds 48.55 / 125.05 = 38.82%, 48.65 / 124.95 = 38.94%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31.2 / 125.0 = 24.96% -> 25.0
            ("arithmetic", "exact"),  # 22.4 / 125.0 = 17.92% -> 17.9
            ("arithmetic", "exact"),  # 14.7 / 125.0 = 11.76% -> 11.8
            ("arithmetic", "exact"),  # 8.1 / 125.0 = 6.48% -> 6.5
            ("hierarchy", "exact"),  # 48.6 + 31.2 + 22.4 + 14.7 + 8.1 = 125.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from $325 million in 2023',
    'a compound annual growth rate of 22.3% over 2024-2030',
    'forecast ¥42.0bn by FY2029e, a CAGR of roughly',
    'accounted for EUR 212 million of that, or 44%',
    'is forecast to hit US$1.9 billion by 2030',
    'putting the 2024 market at US$910 million',
    "so you're compounding at roughly 24% a year",
    'more than triple, to £300 million by 2030',
    'a range of €520 million to €610 million',
    'Correction: an earlier version of this note',
    'Last year, software that plans orthodontic',
    'reaches $650 million this year, which would be 20% growth',
    '较2023年的9.8亿元同比增长28.6%',
    '力争突破50亿元，较2023年增长3倍',
    '2024年至2029年年均复合增长率为24.8%',
    '另据华衡智库估计，2024年该市场规模约为10.2亿元',
    '較2023年的14.8億元成長23%',
    '市場去年規模約3.6億港元',
    '佔1.5億港元，約佔41%',
    '今年有望突破55亿元，同比增长约20%',
    '2024~2027年CAGR達26%',
    '| Segment | 2023 | 2024 | 2025E | 2027F |',
    '2023             93.2    21.5%',
    '合计\t22.2\t29.7\t38.9',
    'CAGR FY24-26e',
    '| 影像判讀 | 762 | 41.6% |',
    'somewhere around $2.4 billion this year',
    'call it a 23% compound rate',
    'up from USD 455 million in 2021, an average annual growth',
    'US$950M in 2024 -> US$2.4B by 2030',
    'roughly 2.5x in six years',
    'up 18% from $661 million in 2023',
    'The correct figure is $780 million.',
    'A separate estimate from Cascadia Market Intelligence',
    'we expect it to double by 2028',
    '~20% CAGR 2024-28E',
    'US$0.36bn of that in 2024 (32%)',
    'roughly US$480M last year',
    'a 2024-30 CAGR of 21.4%',
    '较上年的30.3亿元增长27.4%',
    '到2027年，这一市场规模有望突破百亿元',
    '由2024年的35亿元增长到60亿元左右',
    '年複合成長率(CAGR)達22.3%',
    '2029年市場規模將達12.6億港元，是去年的3倍',
    '市場規模約13.2億美元，預估2030年',
    '预计2026年市场规模为45亿-55亿元',
    '市场空间今年大约在32亿元',
    '| Total | 1,884 | 2,322 | 5,882 |',
    'Year\tJPY 100 million\tYoY',
    '合计                   30.3',
    'CAGR 2024-30',
    'Share of total (%)',
)
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 213
#: figures, 48 rates, 77 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-ninety-fourth set: 218, 51, 80 and 1
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (51)
FLOORS = {"figures_found": 218, "rates_found": 50, "verdicts_right": 80}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset192.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
