"""A hundred-and-eighty-sixth check set for the extractor, written blind: AI in pets and veterinary care: AI diagnostic
imaging for veterinary clinics, AI-enabled pet wearables and smart feeders, AI triage and telehealth for pet owners,
AI in animal-health drug discovery, AI practice-management software for clinics; sized in money by animal-health
associations, pet-food and pet-care groups' capital-markets days, insurers, agriculture and veterinary ministries,
brokers and research houses in the United States, the United Kingdom, Germany, Brazil, Australia, Japan, Thailand,
mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole pet-care or animal-health
market beside the AI part, the number of pets or clinics, a vet group's own revenue or profit, insurance premiums per
pet, a funding round and valuation, a quarter's figures, a survey's percentages, livestock counts.

Snippets 1-20: Twenty invented snippets on AI in pets and veterinary care. English prose: a Denver wire release, a
Tokyo broker note in fiscal years and yen, a London briefing with segment shares, a Melbourne story quoting two
research houses, a Hamburg capital-markets-day TAM, a German ministry plan, a Sao Paulo note with a correction and a
range, and an investor's blog. Chinese prose: a mainland report, a Guangdong plan (力争, 增长3倍), a wire story quoting two
institutes, a Taiwanese association report, a Hong Kong story in 億港元, a 去年/今年 story and a Traditional broker
deep-dive. Tables: markdown E/F with a total, years-as-rows with YoY, tab-separated 亿元 with 合计, a Thai fiscal-year
table with a CAGR column, 新台幣百萬元 with shares. Left out: pet and clinic counts, livestock, premiums, funding rounds,
company revenue and margins, quarters, surveys, whole pet markets, rival estimates, A$ and R$ amounts, target prices.
Inconsistent: the blog's 29% CAGR and the 27.3% YoY. Rounding only: 25.9%, roughly 23%, 28%, 約31%, 19.3%, 17.7%, and
the 1,896 and 56.5 totals.

Snippets 21-40: Twenty snippets (21-40) on AI in pets and veterinary care. Eight English prose pieces: an
earnings-call transcript sizing a TAM, a Brazilian working-paper abstract, a social-media thread, a UK web article
with a correction, an Australian annual-report letter, investor-day bullets, a vet-forum answer and a Bangkok broker
note with a baht aside. Seven Chinese pieces: a Xinhua-style release, a ministry plan, a Taiwanese MIC-style release,
a Hong Kong press report, a Taiwanese forum post (these three Traditional), a brokerage abstract with a 2030 range and
a results-briefing transcript. Five tables: markdown by segment, a tab-separated yen table headed by its unit with
YoY, a space-aligned 合计 table, a regional CAGR table and a German share table. Left out: whole pet markets, pet,
clinic and livestock counts, own revenue, quarters, margins, premiums, funding rounds, survey and penetration rates,
shares in words, a second publisher's figure, a baht amount and an uncorrected figure. The CAGRs in 25 and 28 are
inconsistent; 26, 27, 31, 37 (2024), 39 (Middle East & Africa), 40 (small-animal share) and 36's 2024 total hold only
by rounding.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release: YoY growth with both amounts; a CAGR with printed span that holds only by
    #    rounding; the 2030 figure in billions converted to the series' USD million. Expected nowhere: the report's
    #    title year, clinic counts, the start-up's Series C and valuation.
    dict(
        text=(
            "DENVER, May 6, 2025 /PRNewswire/ -- Veterinary practices in the United States and Canada spent $486 "
            "million on AI-assisted diagnostic imaging in 2024, 27% more than the $382 million they spent in 2023, "
            "according to the 2025 Companion Animal Imaging Monitor released today by Larkspur Animal Health "
            "Research. Larkspur projects the market will reach $1.93 billion by 2030, implying compound annual growth "
            "of 25.9% over 2024-2030. Radiograph reads still make up most of the volume, but ultrasound and cytology "
            "tools are catching up. Adoption remains patchy: the firm counts roughly 9,700 of the region's 34,000 "
            "small-animal clinics using an AI read today, and Boulder-based ScanPaw's $58 million Series C, closed "
            "last November at a $410 million valuation, was the largest funding round in the field last year."
        ),
        obs=[
            ("Total", 2023, 382, "USD million", "actual"),
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2030, 1930, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 25.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 382) ** (1 / 1) - 1 = 27.23% -> 27
            # (1930 / 486) ** (1 / 6) - 1 = 25.84% -> 25.8, not 25.9; bounds (1925 / 486.5) -> 25.76%,
            # (1935 / 485.5) -> 25.92%; 25.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; a CAGR whose span only the amounts' years give, "roughly
    #    23%" holding only by rounding. Expected nowhere: the dog-and-cat count, the top pick's sales, growth, target
    #    price, upside and margin, the note's date.
    dict(
        text=(
            "JAPAN PET CARE | Sector report | Tokyo, 18 February 2025\n"
            "Collars that listen, bowls that count. Japan keeps roughly 15.9 million dogs and cats, more pets than "
            "children under 15, and their owners are starting to pay for devices that watch them. We size the "
            "domestic market for AI-enabled pet wearables and smart feeders at ¥17.9bn in FY2024 and look for "
            "¥40.3bn by FY2028e, a CAGR of roughly 23%. Feeders with camera-based intake tracking are the "
            "fastest-growing line, helped by insurers that discount premiums for monitored cats. Our top pick, "
            "Hoshino Pet Devices (Buy, TP ¥2,860, 21% upside), lifted FY2024 sales 31% to ¥9.2bn, and we think its "
            "operating margin can reach 14% by FY2026."
        ),
        obs=[
            ("Total", 2024, 17.9, "JPY billion", "actual"),
            ("Total", 2028, 40.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (40.3 / 17.9) ** (1 / 4) - 1 = 22.49% -> 22, not 23; bounds (40.25 / 17.95) -> 22.37%,
            # (40.35 / 17.85) -> 22.62%; 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing with two segments and their shares (one holds only by rounding).
    #    Expected nowhere: the practice count, the dog-insurance premium, the listed vet group's revenue.
    dict(
        text=(
            "London, 3 July 2025 - UK veterinary practices spent £212 million on AI-enabled practice-management "
            "software in 2024, according to a briefing from the Redmoor Veterinary Economics Unit. Scheduling and "
            "billing tools took £97 million of that, or 46%, while AI clinical-note assistants, which draft consult "
            "records and discharge letters from a recording of the appointment, accounted for £58 million (28%). The "
            "rest went on stock-control and analytics add-ons. Redmoor counts about 5,300 practices in Great Britain "
            "and notes that the average annual premium to insure a dog reached £398 last year, while the largest "
            "listed group, Thornbury Vets, booked revenue of £681 million. It expects software spend to reach £390 "
            "million by 2028."
        ),
        obs=[
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Scheduling and billing tools", 2024, 97, "GBP million", "actual"),
            ("AI clinical-note assistants", 2024, 58, "GBP million", "actual"),
            ("Total", 2028, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 46, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 97 / 212 = 45.75% -> 46
            # 58 / 212 = 27.36% -> 27, not 28; bounds 57.5 / 212.5 = 27.06%, 58.5 / 211.5 = 27.66%;
            # 28 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Melbourne news story quoting two research houses; CAGR without printed span ("about 21.4% a year").
    #    Expected nowhere: the rival house's 2024 figure, the survey's respondents and percentage, the A$ round
    #    and valuation.
    dict(
        text=(
            "MELBOURNE, 14 August 2025 - Before they ring the vet, more Australians are asking a chatbot. Spending "
            "on AI symptom-checkers and tele-triage services for pet owners in Australia and New Zealand reached "
            "US$142 million in 2024 and should hit US$455 million by 2030, growing at about 21.4% a year, Brisbane "
            "research house Coral Sea Analytics said this week. Auckland's Tasman Insight is less cautious, putting "
            "the 2024 market at US$171 million. In a survey of 2,100 owners commissioned by Coral Sea, 38% said they "
            "had used an online triage tool in the past year. Sydney start-up VetNow raised A$36 million last month "
            "at a valuation of about A$240 million."
        ),
        obs=[
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2030, 455, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (455 / 142) ** (1 / 6) - 1 = 21.42% -> 21.4
        ],
    ),
    # 5. Hamburg capital-markets-day transcript sizing a TAM; "this year" is the dateline's 2025, an estimate.
    #    Expected nowhere: the company's own revenue and margin target, "about a quarter" (a share in words), the
    #    pet count and households reached.
    dict(
        text=(
            "Nordhafen Petcare AG - Capital Markets Day, Hamburg, 25 September 2025 - edited transcript\n"
            "JULIA BRANDT, CHIEF DIGITAL OFFICER: So how big is the prize? We size the total addressable market for "
            "AI-connected feeding and nutrition devices in Europe at roughly EUR 1.6 billion this year, and we see "
            "that TAM at EUR 3.9 billion in 2030. That's about 19.5% a year, compounded. For reference, our own "
            "connected-device revenue was EUR 142 million last year, and we're targeting an adjusted EBITDA margin "
            "of 18% in that unit by 2028.\n"
            "ANALYST (Hanseatic Securities): How much of the TAM is Germany?\n"
            "BRANDT: About a quarter of it. There are some 127 million cats and dogs in European homes, and our "
            "devices reach about 9 million of them today."
        ),
        obs=[
            ("Total", 2025, 1.6, "EUR billion", "estimate"),
            ("Total", 2030, 3.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.6) ** (1 / 5) - 1 = 19.51% -> 19.5
        ],
    ),
    # 6. German federal ministry action plan with targets: "roughly triple" as a multiple, an interim milestone,
    #    the 2030 target converted to the series' EUR million. Expected nowhere: the plan's title year, section
    #    number, the EUR 85 million funding budget, livestock and practice counts.
    dict(
        text=(
            "Federal Ministry of Food and Agriculture | Action Plan 'Digital Animal Health 2030' | Berlin, March "
            "2025\n"
            "4.2 Targets\n"
            "In 2024 the German market for artificial-intelligence applications in veterinary diagnostics and "
            "animal-health drug discovery stood at EUR 415 million. The Federal Government aims to roughly triple "
            "it, to EUR 1.25 billion, by 2030, equivalent to average growth of about 20% a year; an interim "
            "milestone of EUR 700 million is set for 2027. The programme will provide EUR 85 million in funding over "
            "five years. With around 11 million cattle, 21 million pigs and some 10,000 veterinary practices, "
            "Germany offers a broad base for validating new tools in the field."
        ),
        obs=[
            ("Total", 2024, 415, "EUR million", "actual"),
            ("Total", 2027, 700, "EUR million", "estimate"),
            ("Total", 2030, 1250, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
            ("cagr", 20, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1250 / 415) ** (1 / 6) - 1 = 20.17% -> 20
        ],
    ),
    # 7. Sao Paulo research note carrying a correction and a 2029 range. Expected nowhere: the withdrawn
    #    US$146 million, the R$ figure (currency not in the unit table), dog and cat counts, the whole pet market.
    dict(
        text=(
            "Pampa Agro & Pet Research | Brazil Pet Tech | Sao Paulo, 2 June 2025\n"
            "[Corrected 4 June 2025: an earlier version of this note put the 2024 market at US$146 million; the "
            "correct figure is US$164 million.]\n"
            "Brazil's market for AI tools in companion-animal care, chiefly imaging reads, tele-triage and clinic "
            "software, was worth US$164 million in 2024, up 19% from US$138 million a year earlier, or roughly R$890 "
            "million in local currency. With some 62 million dogs and 30 million cats, and vet fees rising faster than "
            "incomes, we see the market at between US$420 million and US$510 million by 2029, depending on how fast "
            "the large clinic chains roll out AI reads. The wider Brazilian pet market, food included, was worth "
            "about US$14 billion last year."
        ),
        obs=[
            ("Total", 2023, 138, "USD million", "actual"),
            ("Total", 2024, 164, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("value", 420, "USD million", 2029, 2029, None),
            ("value", 510, "USD million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (164 / 138) ** (1 / 1) - 1 = 18.84% -> 19
        ],
    ),
    # 8. Investor's blog post: "last year" is 2024 (dated March 2025); an approximate base; a 2.5x multiple and a
    #    typo'd 29% CAGR. Expected nowhere: the whole animal-health industry, the Series B and post-money value.
    dict(
        text=(
            "Posted March 9, 2025 | Notes from a small-cap animal-health investor\n"
            "People keep asking me whether AI drug discovery in animal health is real or a slide-deck story. My "
            "rough take: the slice of R&D spending that goes on AI platforms (target ID, molecule design, in-silico "
            "trials for dog and cat drugs) was something like $310 million last year. I think it's about $780 "
            "million by 2028, so roughly 2.5x, which works out to a 29% CAGR. For context, the whole animal-health "
            "industry is north of $50 billion, so we're talking crumbs. The deal that got my attention was Kestrel "
            "Bio's $120M Series B at a $900M post-money. Disclosure: I own shares in two of the companies mentioned."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2028, 780, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (780 / 310) ** (1 / 4) - 1 = 25.95%; bounds (779.5 / 310.5) -> 25.87%, (780.5 / 309.5) -> 26.02%;
            # 29 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, CAGR with printed span.
    #    Expected nowhere: the report's title year, the whole pet-medical market, hospital and pet counts.
    dict(
        text=(
            "《2025中国宠物医疗数字化发展报告》显示，2024年我国宠物AI影像诊断市场规模达到12.6亿元，较2023年的9.1亿元"
            "同比增长38.5%。报告认为，随着DR、超声和病理切片AI判读在连锁宠物医院加速铺开，该市场将在2029年达到48.3亿元，"
            "2024—2029年年均复合增长率为30.8%。相比之下，同期全国宠物医疗整体市场规模约为900亿元，AI影像仍是其中很小的"
            "一块。报告统计，截至2024年底全国宠物医院约2.8万家，城镇犬猫数量达1.24亿只。"
        ),
        obs=[
            ("Total", 2023, 9.1, "CNY 100 million", "actual"),
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2029, 48.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
            ("cagr", 30.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.1) ** (1 / 1) - 1 = 38.46% -> 38.5
            ("cagr|implied", "exact"),  # (48.3 / 12.6) ** (1 / 5) - 1 = 30.83% -> 30.8
        ],
    ),
    # 10. Guangdong provincial action plan with 力争 targets and 增长3倍 (kept as x3, 2023 to 2027); approximate
    #     base (约) and 突破 target. Expected nowhere: the plan's title years, firm revenue threshold and count,
    #     demonstration hospitals, vet headcount.
    dict(
        text=(
            "广东省促进宠物经济高质量发展行动方案（2024—2027年）\n"
            "二、主要目标\n"
            "2023年，全省宠物智能硬件与AI诊疗服务产业规模约22.6亿元。到2025年，产业规模达到45亿元；到2027年，力争突破"
            "90亿元，较2023年增长3倍，培育年营业收入超10亿元的龙头企业5家以上，建成省级宠物AI诊疗示范医院100家，全省"
            "持证执业兽医达到1.2万人。"
        ),
        obs=[
            ("Total", 2023, 22.6, "CNY 100 million", "actual"),
            ("Total", 2025, 45, "CNY 100 million", "estimate"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Beijing wire story quoting two institutes (Simplified): YoY without its base, CAGR with printed span.
    #     Expected nowhere: the second institute's 2024 figure, the third-quarter figure, the survey.
    dict(
        text=(
            "本报北京11月20日电（记者 李然）华辰智库20日发布的《宠物智能设备产业白皮书（2025）》显示，2024年我国AI宠物"
            "智能喂食器及可穿戴设备市场规模为56.2亿元，同比增长24.1%；预计到2028年将达到131亿元，2024—2028年年均复合"
            "增长率为23.6%。另据启明消费研究院测算，2024年该市场规模约为61亿元。白皮书称，今年第三季度该市场规模为"
            "17.3亿元；一项覆盖3200名养宠人的调查显示，63%的受访者愿意为AI健康监测功能额外付费。"
        ),
        obs=[
            ("Total", 2024, 56.2, "CNY 100 million", "actual"),
            ("Total", 2028, 131, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 23.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 56.2) ** (1 / 4) - 1 = 23.56% -> 23.6
        ],
    ),
    # 12. Taiwanese association report (Traditional) in 新台幣億元: YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the report date and title year, dog/cat and hospital counts, the 58% survey answer.
    dict(
        text=(
            "臺灣伴侶動物產業發展協會今（15）日發布《2025臺灣寵物數位健康產業調查報告》指出，2024年國內寵物AI遠距問診與"
            "線上分診服務市場規模約新台幣14.2億元，較2023年的11.6億元成長22%。協會預估，受惠於AI分診準確度提升與夜間急診"
            "需求，2027年市場規模可望達新台幣27億元，2024至2027年年複合成長率約24%。報告並指出，全台登記犬貓數已逾294萬"
            "隻，動物醫院約1,500家，受訪飼主中有58%曾使用線上問診服務。"
        ),
        obs=[
            ("Total", 2023, 11.6, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2027, 27, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22
            ("cagr|implied", "exact"),  # (27 / 14.2) ** (1 / 3) - 1 = 23.89% -> 24
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 with a part and its share (holds only by rounding); YoY
    #     without its base. Expected nowhere: the cat/dog count, the insurance premium, the HK$80m Series A.
    dict(
        text=(
            "【本報訊】本港養寵家庭增加，帶動寵物醫療科技應用。香港寵物醫療科技聯盟昨日發表報告指出，2024年本港寵物醫療AI"
            "應用市場規模達9.8億港元，按年增長17%，其中AI影像診斷佔3.1億港元，佔整體約31%。報告預計，2028年市場規模將增至"
            "18.5億港元。聯盟指，全港現約有52萬隻貓狗，寵物保險平均保費每年約4,200港元；本地初創「毛孩醫聯」上月完成"
            "8,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("AI影像診斷", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2028, 18.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.1 / 9.8 = 31.63% -> 32, not 31; bounds 3.05 / 9.85 = 30.96%, 3.15 / 9.75 = 32.31%;
            # 31 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Shanghai story (Simplified) using 去年/今年 with a 2025 dateline: 去年 = 2024 actual, 今年 = 2025 estimate.
    #     Expected nowhere: the first-quarter consultation count, the platform's revenue and member count.
    dict(
        text=(
            "财讯网上海2025年3月18日电 记者从日前在上海举行的宠物产业数字化论坛上获悉，去年国内AI宠物问诊与分诊平台市场"
            "规模约为23.5亿元，今年有望突破30亿元，同比增长约28%。仅今年一季度，主要平台的在线问诊量就超过1800万次。某头部"
            "平台负责人透露，该平台去年营收6.2亿元，付费会员数突破400万。"
        ),
        obs=[
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30 / 23.5) ** (1 / 1) - 1 = 27.66% -> 28
        ],
    ),
    # 15. Traditional-script broker deep-dive on animal-health AI drug discovery in China (億元人民幣), CAGR whose
    #     span only the amounts' years give. Expected nowhere: the date, stock code, HK$ target price and upside,
    #     the company's revenue and gross margin.
    dict(
        text=(
            "【行業深度】動物保健AI新藥研發：從實驗室走向診間｜2025年4月10日\n"
            "我們預計，中國動物保健AI藥物研發市場規模將由2024年的7.8億元人民幣增至2028年的25.6億元，年複合增長率約35%，"
            "主要受寵物慢性病新藥及獸用疫苗AI設計需求帶動。首次覆蓋康瑞動保（2459.HK），給予「買入」評級，目標價38.5港元，"
            "較現價有24%上升空間。公司2024年收入3.6億元人民幣，毛利率61%。"
        ),
        obs=[
            ("Total", 2024, 7.8, "CNY 100 million", "actual"),
            ("Total", 2028, 25.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (25.6 / 7.8) ** (1 / 4) - 1 = 34.60% -> 35
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a Total row; the 2027F total adds only by rounding.
    #     Expected nowhere: the table number, the source date.
    dict(
        text=(
            "Table 2: Global AI-enabled pet wearables and smart feeders by segment, US$ million\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Smart feeders | 412 | 498 | 596 | 842 |\n"
            "| Health & activity collars | 356 | 431 | 519 | 735 |\n"
            "| Smart litter boxes | 138 | 171 | 212 | 318 |\n"
            "| Total | 906 | 1,100 | 1,327 | 1,896 |\n"
            "Source: Brightwater Pet Insights, January 2025. E = estimate, F = forecast; totals may not add due to "
            "rounding."
        ),
        obs=[
            ("Smart feeders", 2023, 412, "USD million", "actual"),
            ("Smart feeders", 2024, 498, "USD million", "actual"),
            ("Smart feeders", 2025, 596, "USD million", "estimate"),
            ("Smart feeders", 2027, 842, "USD million", "estimate"),
            ("Health & activity collars", 2023, 356, "USD million", "actual"),
            ("Health & activity collars", 2024, 431, "USD million", "actual"),
            ("Health & activity collars", 2025, 519, "USD million", "estimate"),
            ("Health & activity collars", 2027, 735, "USD million", "estimate"),
            ("Smart litter boxes", 2023, 138, "USD million", "actual"),
            ("Smart litter boxes", 2024, 171, "USD million", "actual"),
            ("Smart litter boxes", 2025, 212, "USD million", "estimate"),
            ("Smart litter boxes", 2027, 318, "USD million", "estimate"),
            ("Total", 2023, 906, "USD million", "actual"),
            ("Total", 2024, 1100, "USD million", "actual"),
            ("Total", 2025, 1327, "USD million", "estimate"),
            ("Total", 2027, 1896, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 356 + 138 = 906
            ("hierarchy", "exact"),  # 2024: 498 + 431 + 171 = 1100
            ("hierarchy", "exact"),  # 2025E: 596 + 519 + 212 = 1327
            # 2027F: 842 + 735 + 318 = 1895, not 1896; bounds 1893.5 to 1896.5 -> 1896 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned table with years as rows, a unit-only value column (the market's Total) and a YoY column;
    #     the 2023 rate is a typo (27.3 for 22.3), the 2025E rate holds only by rounding. Expected nowhere: the
    #     source date, the first row's dash.
    dict(
        text=(
            "UK AI-enabled pet tele-triage and video-consult market\n"
            "Year       GBP m      YoY\n"
            "2021        38.5        -\n"
            "2022        47.9    24.4%\n"
            "2023        58.6    27.3%\n"
            "2024        71.2    21.5%\n"
            "2025E       85.0    19.3%\n"
            "2026E      101.3    19.2%\n"
            "Source: Harrowgate Pet Economics, March 2025"
        ),
        obs=[
            ("Total", 2021, 38.5, "GBP million", "actual"),
            ("Total", 2022, 47.9, "GBP million", "actual"),
            ("Total", 2023, 58.6, "GBP million", "actual"),
            ("Total", 2024, 71.2, "GBP million", "actual"),
            ("Total", 2025, 85.0, "GBP million", "estimate"),
            ("Total", 2026, 101.3, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2021, 2022, 1.0),
            ("growth", 27.3, "percent", 2022, 2023, 1.0),
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("growth", 19.3, "percent", 2024, 2025, 1.0),
            ("growth", 19.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47.9 / 38.5 - 1 = 24.42% -> 24.4
            # 58.6 / 47.9 - 1 = 22.34%; bounds 58.55 / 47.95 -> 22.11%, 58.65 / 47.85 -> 22.57%; 27.3 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 71.2 / 58.6 - 1 = 21.50% -> 21.5
            # 85.0 / 71.2 - 1 = 19.38% -> 19.4, not 19.3; bounds 84.95 / 71.25 -> 19.23%, 85.05 / 71.15 -> 19.54%;
            # 19.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 101.3 / 85.0 - 1 = 19.18% -> 19.2
        ],
    ),
    # 18. Tab-separated Simplified-Chinese table in 亿元 with a 合计 row; the 2024 total adds only by rounding.
    #     Expected nowhere: the table number, the title years, the source year.
    dict(
        text=(
            "表3　2022—2025年中国宠物AI医疗细分市场规模（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "AI影像诊断\t6.4\t9.1\t12.6\t17.2\n"
            "AI问诊与分诊\t11.8\t16.5\t23.5\t30.0\n"
            "诊所管理SaaS\t8.3\t10.2\t12.7\t15.6\n"
            "AI新药研发\t3.9\t5.6\t7.8\t10.9\n"
            "合计\t30.4\t41.4\t56.5\t73.7\n"
            "资料来源：华辰智库，2025年；E为预测值，合计数因四舍五入与分项之和略有出入。"
        ),
        obs=[
            ("AI影像诊断", 2022, 6.4, "CNY 100 million", "actual"),
            ("AI影像诊断", 2023, 9.1, "CNY 100 million", "actual"),
            ("AI影像诊断", 2024, 12.6, "CNY 100 million", "actual"),
            ("AI影像诊断", 2025, 17.2, "CNY 100 million", "estimate"),
            ("AI问诊与分诊", 2022, 11.8, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2023, 16.5, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2024, 23.5, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2025, 30.0, "CNY 100 million", "estimate"),
            ("诊所管理SaaS", 2022, 8.3, "CNY 100 million", "actual"),
            ("诊所管理SaaS", 2023, 10.2, "CNY 100 million", "actual"),
            ("诊所管理SaaS", 2024, 12.7, "CNY 100 million", "actual"),
            ("诊所管理SaaS", 2025, 15.6, "CNY 100 million", "estimate"),
            ("AI新药研发", 2022, 3.9, "CNY 100 million", "actual"),
            ("AI新药研发", 2023, 5.6, "CNY 100 million", "actual"),
            ("AI新药研发", 2024, 7.8, "CNY 100 million", "actual"),
            ("AI新药研发", 2025, 10.9, "CNY 100 million", "estimate"),
            ("合计", 2022, 30.4, "CNY 100 million", "actual"),
            ("合计", 2023, 41.4, "CNY 100 million", "actual"),
            ("合计", 2024, 56.5, "CNY 100 million", "actual"),
            ("合计", 2025, 73.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 6.4 + 11.8 + 8.3 + 3.9 = 30.4
            ("hierarchy", "exact"),  # 2023: 9.1 + 16.5 + 10.2 + 5.6 = 41.4
            # 2024: 12.6 + 23.5 + 12.7 + 7.8 = 56.6, not 56.5; bounds 56.4 to 56.8 -> 56.5 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 17.2 + 30.0 + 15.6 + 10.9 = 73.7
        ],
    ),
    # 19. Tab-separated fiscal-year table from a Thai pet group's annual report (US$ million) with a CAGR column
    #     whose span is printed in its header. Expected nowhere: the report's fiscal year, the table number, the
    #     fiscal year-end date, the dog-and-cat population.
    dict(
        text=(
            "Siam Pet Holdings PCL - Annual Report FY2024, Table 7: Addressable market for AI pet-care products, "
            "Thailand (US$ million; fiscal years ending 30 September)\n"
            "Segment\tFY2023\tFY2024\tFY2025F\tFY2027F\tCAGR FY24-27F\n"
            "AI clinic software\t18.2\t22.6\t27.9\t41.5\t22.5%\n"
            "Smart feeders & wearables\t25.4\t31.8\t39.6\t60.3\t23.8%\n"
            "Tele-triage apps\t9.7\t12.9\t16.8\t27.4\t28.5%\n"
            "Note: Thailand's registered dog and cat population was about 12.4 million in 2024."
        ),
        obs=[
            ("AI clinic software", 2023, 18.2, "USD million", "actual"),
            ("AI clinic software", 2024, 22.6, "USD million", "actual"),
            ("AI clinic software", 2025, 27.9, "USD million", "estimate"),
            ("AI clinic software", 2027, 41.5, "USD million", "estimate"),
            ("Smart feeders & wearables", 2023, 25.4, "USD million", "actual"),
            ("Smart feeders & wearables", 2024, 31.8, "USD million", "actual"),
            ("Smart feeders & wearables", 2025, 39.6, "USD million", "estimate"),
            ("Smart feeders & wearables", 2027, 60.3, "USD million", "estimate"),
            ("Tele-triage apps", 2023, 9.7, "USD million", "actual"),
            ("Tele-triage apps", 2024, 12.9, "USD million", "actual"),
            ("Tele-triage apps", 2025, 16.8, "USD million", "estimate"),
            ("Tele-triage apps", 2027, 27.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 28.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.5 / 22.6) ** (1 / 3) - 1 = 22.46% -> 22.5
            ("cagr|implied", "exact"),  # (60.3 / 31.8) ** (1 / 3) - 1 = 23.77% -> 23.8
            ("cagr|implied", "exact"),  # (27.4 / 12.9) ** (1 / 3) - 1 = 28.54% -> 28.5
        ],
    ),
    # 20. Traditional-Chinese pipe table in 新台幣百萬元 with a 2024 share column and a 合計 row; the 遠距問診平台
    #     share holds only by rounding; the 100.0% total is no claim. Expected nowhere: the table number, the
    #     source date.
    dict(
        text=(
            "表4　臺灣寵物AI應用市場規模（單位：新台幣百萬元）\n"
            "| 項目 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---:|---:|---:|\n"
            "| AI影像判讀 | 312 | 405 | 23.9% |\n"
            "| 智慧餵食器及穿戴裝置 | 518 | 634 | 37.4% |\n"
            "| 遠距問診平台 | 236 | 301 | 17.7% |\n"
            "| 診所管理系統 | 287 | 355 | 20.9% |\n"
            "| 合計 | 1,353 | 1,695 | 100.0% |\n"
            "資料來源：臺灣寵物科技產業研究中心推估，2025年3月"
        ),
        obs=[
            ("AI影像判讀", 2023, 312, "TWD million", "actual"),
            ("AI影像判讀", 2024, 405, "TWD million", "actual"),
            ("智慧餵食器及穿戴裝置", 2023, 518, "TWD million", "actual"),
            ("智慧餵食器及穿戴裝置", 2024, 634, "TWD million", "actual"),
            ("遠距問診平台", 2023, 236, "TWD million", "actual"),
            ("遠距問診平台", 2024, 301, "TWD million", "actual"),
            ("診所管理系統", 2023, 287, "TWD million", "actual"),
            ("診所管理系統", 2024, 355, "TWD million", "actual"),
            ("合計", 2023, 1353, "TWD million", "actual"),
            ("合計", 2024, 1695, "TWD million", "actual"),
        ],
        claims=[
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 37.4, "percent", 2024, 2024, None),
            ("share", 17.7, "percent", 2024, 2024, None),
            ("share", 20.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 405 / 1695 = 23.89% -> 23.9
            ("arithmetic", "exact"),  # 634 / 1695 = 37.40% -> 37.4
            # 301 / 1695 = 17.76% -> 17.8, not 17.7; bounds 300.5 / 1695.5 = 17.72%, 301.5 / 1694.5 = 17.79%;
            # 17.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 355 / 1695 = 20.94% -> 20.9
            ("hierarchy", "exact"),  # 2023: 312 + 518 + 236 + 287 = 1353
            ("hierarchy", "exact"),  # 2024: 405 + 634 + 301 + 355 = 1695
        ],
    ),
    # 21. US earnings-call transcript (Q&A): the CEO sizes the TAM for AI-read imaging "last year" (dateline 2025 ->
    #     2024) and for 2029; CAGR span only inferred. Expected nowhere: the 2,400 clinics, the quarter's imaging revenue
    #     and its 41% growth, the 71% gross margin, the call date.
    dict(
        text=(
            "Corvane Animal Diagnostics (NASDAQ: CRVN) Q3 2025 Earnings Call, November 6, 2025\n"
            "Operator: Our next question comes from Priya Natarajan with Halvorsen Securities. Please go ahead.\n"
            "Priya Natarajan: Thanks, and congrats on the quarter. Now that the imaging AI is live in, what, 2,400 "
            "clinics, how big do you think this can get?\n"
            "Dana Whitcombe, Chief Executive Officer: Good question, Priya. The way we frame it, the total addressable "
            "market for AI-read veterinary radiology and ultrasound across the U.S. and Europe was roughly $1.9 billion "
            "last year, and our internal work has it at $5.2 billion by 2029, so call it a 22% compound rate. We booked "
            "$38.7 million of imaging revenue in the quarter, up 41%, so we're still a small slice of that pie, and "
            "gross margin on the software line held at 71%."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 5.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.2 / 1.9) ** (1 / 5) - 1 = 22.31% -> 22
        ],
    ),
    # 22. Brazilian university working-paper abstract: series in USD million, the 2030 figure printed in billions is
    #     converted (1.37 bn -> 1370). Expected nowhere: the paper number, 187 partnerships, 46 R&D heads, the USD 48
    #     billion animal-health market, the 238 million cattle.
    dict(
        text=(
            "Working Paper No. 2025-14 | Centro de Estudos em Saúde Animal, Universidade Paulista de Campinas\n"
            "Machine learning at the bench: the economics of AI in animal-health drug discovery\n"
            "Abstract. Drawing on 187 disclosed partnerships and interviews with 46 R&D heads, we estimate that "
            "animal-health companies and their contract partners spent USD 412 million on AI-enabled drug discovery in "
            "2023, a sliver of the roughly USD 48 billion animal-health market. Under our baseline scenario that outlay "
            "rises to USD 1.37 billion in 2030, a compound annual growth rate of 18.7% over 2023-2030, with the largest "
            "gains in parasiticides and vaccines for Brazil's herd of some 238 million cattle. We find that AI shortens "
            "lead optimisation but not regulatory review, and that returns accrue mainly to firms with proprietary "
            "field data."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2030, 1370, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1370 / 412) ** (1 / 7) - 1 = 18.73% -> 18.7
        ],
    ),
    # 23. Social-media thread by an analyst: YoY with both amounts, a part's share, "tripled in four years" as a x3
    #     multiple. Expected nowhere: "most of the rest" (share in words), 84M households, the $45M Series C and the
    #     ~$600M valuation, the thread numbering.
    dict(
        text=(
            "@tailwag_analyst · Thread 🧵 (1/5)\n"
            "AI pet wearables are not a gimmick anymore. Some numbers from the new Pawmetrics Research report 👇\n"
            "(2/5) Global spend on AI-enabled collars, harnesses & tags: $2.1B in 2024 vs $1.6B in 2023. That's +31% "
            "y/y in a year when most consumer hardware went sideways.\n"
            "(3/5) Health-monitoring collars are the big slice at $1.3B, i.e. 62% of the total. GPS-only trackers make "
            "up most of the rest.\n"
            "(4/5) Zoom out: the category was just $0.7B in 2020, so it has tripled in four years. Meanwhile ~84M US "
            "households own a pet, so plenty of runway.\n"
            "(5/5) Money keeps coming in: Snoutly raised a $45M Series C last week at a ~$600M valuation. Not "
            "investment advice 🙃"
        ),
        obs=[
            ("Total", 2020, 0.7, "USD billion", "actual"),
            ("Total", 2023, 1.6, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Health-monitoring collars", 2024, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.1 / 1.6) ** (1 / 1) - 1 = 31.25% -> 31
            ("arithmetic", "exact"),  # 1.3 / 2.1 = 61.90% -> 62
        ],
    ),
    # 24. UK web article with a correction note: the corrected 2028 figure (GBP 312m) is expected, the erroneous GBP
    #     412m nowhere. Expected nowhere: the 38% poll answer, the GBP 396 average premium, 12.5 million dogs, the
    #     update date.
    dict(
        text=(
            "Vets on call, via an algorithm: inside Britain's pet-triage boom\n"
            "By Harriet Coles | Updated 14 May 2025\n"
            "Correction: an earlier version of this article said the market was expected to reach £412 million by "
            "2028. The correct figure is £312 million. We apologise for the error.\n"
            "When her spaniel swallowed a sock at 2am, Leeds nurse Amira Shah did not ring a vet first; she typed the "
            "symptoms into an app. She is far from alone. Britain's market for AI-powered pet triage and telehealth "
            "services reached £148 million in 2024, up 17% from £126 million the year before, according to analysts "
            "at Fenwick Lowe. The firm now expects it to hit £312 million in 2028, implying compound growth of 20.5% a "
            "year from 2024 to 2028. Uptake is uneven: in a poll commissioned for the report, 38% of owners said they "
            "had used a symptom checker, and with some 12.5 million dogs in the UK and average annual dog-insurance "
            "premiums now at £396, cheaper first-line advice has obvious appeal."
        ),
        obs=[
            ("Total", 2023, 126, "GBP million", "actual"),
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2028, 312, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148 / 126) ** (1 / 1) - 1 = 17.46% -> 17
            ("cagr|implied", "exact"),  # (312 / 148) ** (1 / 4) - 1 = 20.496% -> 20.5
        ],
    ),
    # 25. Australian annual-report letter: fiscal years count as their number; the "around 14% a year" has no printed
    #     span and is inconsistent with its amounts. Expected nowhere: group revenue A$684m and its 9% rise, EBITDA
    #     A$97m, 212 clinics, 6.4 million dogs.
    dict(
        text=(
            "Letter from the Chair and Managing Director | Brindabella Pet Health Group Limited, Annual Report 2025\n"
            "Dear shareholders,\n"
            "Fiscal 2025 was a year of investment. Group revenue rose 9% to A$684 million and underlying EBITDA was "
            "A$97 million across our 212 clinics in Australia and New Zealand, home between them to some 6.4 million "
            "dogs. We remain convinced that software is where the next decade's value sits. Independent analysis we "
            "commissioned from Tasman Strategy sizes the Australian and New Zealand market for AI practice-management "
            "and clinical-notes software at US$164 million in fiscal 2025, rising to US$290 million by fiscal 2030 - "
            "growth the consultants put at around 14% a year. Our own platform, VetLedger, is now used by every clinic "
            "in the group and by 140 independent practices."
        ),
        obs=[
            ("Total", 2025, 164, "USD million", "actual"),
            ("Total", 2030, 290, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (290 / 164) ** (1 / 5) - 1 = 12.08% -> 12, not 14; bounds (289.5 / 164.5) ** (1/5) - 1 = 11.97%,
            # (290.5 / 163.5) ** (1/5) - 1 = 12.18% -> 14 is never reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 26. European pet-food group's capital-markets-day slide bullets: the connected-feeding TAM is the Total; the
    #     smart-feeder share holds only by rounding. Expected nowhere: slide number, 148m pets, 19% app users (survey),
    #     the EUR 250m own-revenue ambition, the >15% margin, the ~30% share target.
    dict(
        text=(
            "Halvard Petfood | Capital Markets Day 2025 | Slide 14: Connected feeding\n"
            "• Connected feeding TAM (Europe + North America): €1.2bn in 2024 → €3.1bn in 2030E\n"
            "• ~17% CAGR 2024-2030E, led by AI portion control and early health alerts\n"
            "• Smart feeders 45% of 2024 TAM (€0.55bn); fountains and sensor bowls the rest\n"
            "• 148m dogs and cats in our core markets; 19% of owners already use a feeding app\n"
            "• Our ambition: €250m connected revenue by 2030, EBIT margin >15%, #1 position with ~30% share"
        ),
        obs=[
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2030, 3.1, "EUR billion", "estimate"),
            ("Smart feeders", 2024, 0.55, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.2) ** (1 / 6) - 1 = 17.14% -> 17
            # 0.55 / 1.2 = 45.83% -> 46, not 45; bounds 0.545 / 1.25 = 43.60%, 0.555 / 1.15 = 48.26% -> 45 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. US vet-forum answer quoting an association: series in USD million, the 2030 "$1.1B" converted to 1100; the
    #     "~21% CAGR over the period" has no printed span and holds only by rounding. Expected nowhere: the post date,
    #     18 months, the $40B vet-services market, the $599/month plan, 30 studies a week.
    dict(
        text=(
            "Re: Is AI radiology worth it for a two-doctor practice?\n"
            "Reply from DrMarcyDVM (Ohio) » Tue Mar 11, 2025 9:42 pm\n"
            "We signed up about 18 months ago and honestly it has paid for itself in after-hours calls alone. On the "
            "'is this a fad' question: the Lakeshore Veterinary Economics Group pegs U.S. spending on AI veterinary "
            "imaging at about $310M in 2023 and projects roughly $1.1B by 2030, which they call a ~21% CAGR over the "
            "period. For perspective, total U.S. vet services are north of $40B, so AI is still a rounding error. Our "
            "plan runs $599/month per DVM and we send maybe 30 studies a week. YMMV, but I wouldn't go back."
        ),
        obs=[
            ("Total", 2023, 310, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 310) ** (1 / 7) - 1 = 19.83% -> 20, not 21; bounds (1050 / 315) ** (1/7) - 1 = 18.77%,
            # (1150 / 305) ** (1/7) - 1 = 20.88% -> 21 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Bangkok research-house note with a baht aside (currency not in the unit list): the printed 2024-29 CAGR is
    #     inconsistent. Expected nowhere: Bt2.0 billion, the US$1.9 billion Thai pet market, 9.6 million dogs and cats,
    #     the TP and its upside, the note date.
    dict(
        text=(
            "Siam Horizon Research | Thailand Consumer | Pet care | 22 July 2025\n"
            "AI comes to the Bangkok vet clinic\n"
            "We estimate Thailand's market for AI-enabled pet-care services - imaging reads, triage chatbots and clinic "
            "software - at US$58 million in 2024, and forecast US$131 million by 2029, a 2024-29 CAGR of 19.4%. In "
            "local terms the 2024 figure is roughly Bt2.0 billion. That is still small beside a broader Thai pet "
            "market of some US$1.9 billion, but the base is there: about 9.6 million dogs and cats are now under "
            "regular veterinary care. Our preferred play is Chao Phraya Vet Group (BUY, TP Bt18.50, 24% upside)."
        ),
        obs=[
            ("Total", 2024, 58, "USD million", "actual"),
            ("Total", 2029, 131, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (131 / 58) ** (1 / 5) - 1 = 17.70% -> 17.7, not 19.4; bounds (130.5 / 58.5) ** (1/5) - 1 = 17.41%,
            # (131.5 / 57.5) ** (1/5) - 1 = 17.99% -> 19.4 is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a segment and its share, a 2027 "突破100亿元" target.
    #     Expected nowhere: the report title's year, 2.8万家 clinics, 1.24亿只 dogs and cats, the 3000亿元 whole pet
    #     industry, the date.
    dict(
        text=(
            "新华社北京3月18日电（记者周立新）记者18日从中国小动物诊疗行业协会获悉，该协会发布的《2025中国宠物诊疗"
            "数字化发展报告》显示，2024年我国宠物医疗人工智能应用市场规模达到48.6亿元，较2023年的38.2亿元增长"
            "27.2%，其中AI影像辅助诊断为21.4亿元，占比44%。报告预计，到2027年该市场规模将突破100亿元。"
            "目前，全国宠物诊疗机构已超过2.8万家，城镇犬猫数量达1.24亿只，宠物行业整体规模突破3000亿元。"
            "协会有关负责人表示，人工智能正在从影像判读向问诊分诊、慢病管理等环节延伸。"
        ),
        obs=[
            ("Total", 2023, 38.2, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("AI影像辅助诊断", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 38.2) ** (1 / 1) - 1 = 27.23% -> 27.2
            ("arithmetic", "exact"),  # 21.4 / 48.6 = 44.03% -> 44
        ],
    ),
    # 30. Ministry implementation plan (Simplified): base 2024 "约86亿元", 2027 target "150亿元以上", "年均增长20%左右"
    #     with span only from the amounts' years. Expected nowhere: document number, the 2025-2027 title years, 50
    #     firms, 100 demonstration hospitals, the 60% usage rate, 4.3亿头 pigs.
    dict(
        text=(
            "农业农村部办公厅关于印发《“人工智能+兽医”行动实施方案（2025—2027年）》的通知\n"
            "农办牧〔2025〕17号\n"
            "……\n"
            "二、主要目标\n"
            "到2027年，兽医领域人工智能技术应用取得明显成效。全国动物诊疗人工智能应用市场规模由2024年的约86亿元"
            "增长到150亿元以上，年均增长20%左右；培育50家以上骨干企业，建设100个人工智能辅助诊疗示范动物医院，"
            "执业兽医人工智能工具使用率达到60%。生猪存栏稳定在4.3亿头左右，重大动物疫病监测预警能力明显增强。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 86) ** (1 / 3) - 1 = 20.37% -> 20
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional): NT$ 億元 amounts and a stated 2024-2028 CAGR that holds only by
    #     rounding. Expected nowhere: 約占四成 (share in words), the 62% survey answer, 300萬隻 dogs and cats, the
    #     新台幣800億元 whole pet industry, the release date.
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（2025年9月24日）發布最新研究指出，台灣寵物AI智慧裝置市場（含AI穿戴裝置、"
            "智慧餵食器與智慧貓砂盆）2024年規模達新台幣38.5億元，預估2028年將成長至新台幣81億元，2024至2028年"
            "複合成長率（CAGR）達21%。MIC資深產業分析師陳怡君表示，其中智慧餵食器約占四成，是最大品類。MIC調查也"
            "發現，62%的受訪飼主願意為AI健康監測功能多付費。據農業部統計，全台犬貓登記數已突破300萬隻，寵物產業"
            "整體產值則約新台幣800億元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2028, 81, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (81 / 38.5) ** (1 / 4) - 1 = 20.44% -> 20, not 21; bounds (80.5 / 38.55) ** (1/4) - 1 = 20.21%,
            # (81.5 / 38.45) ** (1/4) - 1 = 20.66% -> 21 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional), dateline 2025: 去年 -> 2024, 今年 -> 2025 estimate; a second
    #     institute's 2024 figure (5.3億港元) is expected nowhere. Also nowhere: 22萬隻 dogs, the 280港元 monthly
    #     premium, the 3,000萬港元 Series A.
    dict(
        text=(
            "【2025年6月12日 本報訊】毛孩半夜不適，愈來愈多主人先問AI。本地研究機構維港消費研究昨日發表報告指，本港"
            "寵物遠程診症及AI分流服務市場規模去年達4.86億港元，按年增長18.5%，2023年則為4.1億港元；報告預計今年"
            "市場可增至約5.7億港元。另一機構亞太寵物經濟研究所則估計，去年市場規模為5.3億港元。報告引述漁護署數字，"
            "全港登記狗隻約22萬隻；業界估計寵物保險平均每月保費約280港元。本地初創PawPal早前完成3,000萬港元A輪"
            "融資，計劃把AI分流服務擴展至大灣區。"
        ),
        obs=[
            ("Total", 2023, 4.1, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 5.7, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 4.1) ** (1 / 1) - 1 = 18.54% -> 18.5
        ],
    ),
    # 33. Taiwanese PTT-style forum post (Traditional): NT$ 億 amounts, "上看12億元" and a CAGR whose span the amounts'
    #     years give. Expected nowhere: the post time, 1,500 clinics, the NT$8,000 monthly fee, 15 films a day,
    #     "一半以上" (fraction in words).
    dict(
        text=(
            "[心得] 診所導入AI X光判讀半年，說說真實感想\n"
            "作者 vetlin0812 (林醫師)  看板 Veterinary\n"
            "時間 Sun Aug 17 21:03:44 2025\n"
            "先講結論：有幫助，但不要期待它取代你自己看片。順便分享一下產業數字，上個月去獸醫師公會的研討會，講者"
            "引用研究機構的報告：台灣動物醫院AI影像判讀市場2024年大概新台幣5.6億元，預估2027年上看12億元，年複合"
            "成長率約29%。全台動物醫院大概1,500多家，我們這種小診所一個月訂閱費新台幣8,000元，一天判讀大概15張片。"
            "身邊同業大概一半以上還在觀望，有問題可以站內信。"
        ),
        obs=[
            ("Total", 2024, 5.6, "TWD 100 million", "actual"),
            ("Total", 2027, 12, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12 / 5.6) ** (1 / 3) - 1 = 28.92% -> 29
        ],
    ),
    # 34. Mainland brokerage research abstract (Simplified): a segment share with both amounts, a stated 2024-2027 CAGR
    #     and a 2030 range (two value claims, no obs). Expected nowhere: the report date, 1.24亿只 dogs and cats, the
    #     "不足10%" penetration rate, the rating.
    dict(
        text=(
            "东方鼎信证券 | 行业深度报告 | 2025年7月8日\n"
            "宠物智能硬件：AI赋能，从“可选”走向“刚需”\n"
            "投资要点：我们测算2024年中国宠物AI智能硬件（智能喂食器、智能猫砂盆、智能穿戴设备）市场规模约为62亿元，"
            "其中智能喂食器23.6亿元，占比约38%。预计2027年市场规模有望达到110亿元，2024-2027年CAGR为21.1%；"
            "2030年市场规模有望达到180-210亿元。当前城镇犬猫数量约1.24亿只，智能硬件渗透率不足10%，提升空间广阔。"
            "首次覆盖，给予行业“推荐”评级。\n"
            "风险提示：消费需求不及预期；行业竞争加剧；海外供应链波动。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("智能喂食器", 2024, 23.6, "CNY 100 million", "actual"),
            ("Total", 2027, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 21.1, "percent", 2024, 2027, None, "stated"),
            ("value", 180, "CNY 100 million", 2030, 2030, None),
            ("value", 210, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 23.6 / 62 = 38.06% -> 38
            ("cagr|implied", "exact"),  # (110 / 62) ** (1 / 3) - 1 = 21.06% -> 21.1
        ],
    ),
    # 35. Mainland listed company's results-briefing transcript (Simplified), dated April 2025: 去年 -> 2024, 今年 ->
    #     2025 estimate, "是2023年的3倍" a x3 multiple over 2023-2028. Expected nowhere: the company's revenue, its
    #     growth, its software revenue, the first-quarter revenue, 3,200 clinics, the 15% share target.
    dict(
        text=(
            "瑞宠医疗2024年度业绩说明会文字实录（2025年4月28日）\n"
            "投资者提问：公司如何看待宠物医院AI管理软件的市场空间？\n"
            "董事会秘书何静：感谢您的关注。根据第三方机构测算，国内宠物医院SaaS及AI诊疗管理软件市场规模从2023年的"
            "15.0亿元增长到去年的18.6亿元，增幅24%，今年预计在23亿元左右；到2028年有望达到45亿元，是2023年的3倍。"
            "公司2024年实现营业收入7.32亿元，同比增长16.8%，其中软件业务收入0.86亿元；今年一季度实现营收1.91亿元。"
            "目前公司软件服务的宠物医院超过3,200家，我们的目标是到2027年软件业务市占率达到15%。"
        ),
        obs=[
            ("Total", 2023, 15.0, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2025, 23, "CNY 100 million", "estimate"),
            ("Total", 2028, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.0) ** (1 / 1) - 1 = 24.00% -> 24
        ],
    ),
    # 36. US research house's markdown table by segment with a Total row; 2025E column estimates; the 2024 total adds
    #     only by rounding. Expected nowhere: the exhibit number, "June 2025".
    dict(
        text=(
            "Exhibit 7: Global AI in veterinary and pet care, by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Diagnostic imaging AI | 612 | 758 | 931 |\n"
            "| Wearables & smart feeders | 1,604 | 2,096 | 2,655 |\n"
            "| Triage & telehealth | 388 | 471 | 566 |\n"
            "| Practice-management software | 529 | 640 | 762 |\n"
            "| Drug discovery | 318 | 377 | 446 |\n"
            "| Total | 3,451 | 4,343 | 5,360 |\n"
            "Source: Brightwater Animal Health Research estimates, June 2025. Excludes livestock monitoring. Figures "
            "may not add due to rounding."
        ),
        obs=[
            ("Diagnostic imaging AI", 2023, 612, "USD million", "actual"),
            ("Diagnostic imaging AI", 2024, 758, "USD million", "actual"),
            ("Diagnostic imaging AI", 2025, 931, "USD million", "estimate"),
            ("Wearables & smart feeders", 2023, 1604, "USD million", "actual"),
            ("Wearables & smart feeders", 2024, 2096, "USD million", "actual"),
            ("Wearables & smart feeders", 2025, 2655, "USD million", "estimate"),
            ("Triage & telehealth", 2023, 388, "USD million", "actual"),
            ("Triage & telehealth", 2024, 471, "USD million", "actual"),
            ("Triage & telehealth", 2025, 566, "USD million", "estimate"),
            ("Practice-management software", 2023, 529, "USD million", "actual"),
            ("Practice-management software", 2024, 640, "USD million", "actual"),
            ("Practice-management software", 2025, 762, "USD million", "estimate"),
            ("Drug discovery", 2023, 318, "USD million", "actual"),
            ("Drug discovery", 2024, 377, "USD million", "actual"),
            ("Drug discovery", 2025, 446, "USD million", "estimate"),
            ("Total", 2023, 3451, "USD million", "actual"),
            ("Total", 2024, 4343, "USD million", "actual"),
            ("Total", 2025, 5360, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 1604 + 388 + 529 + 318 = 3451 = 3451
            # 2024: 758 + 2096 + 471 + 640 + 377 = 4342, not 4343; bounds 4342 -/+ 5 x 0.5 = 4339.5 to 4344.5
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 931 + 2655 + 566 + 762 + 446 = 5360 = 5360
        ],
    ),
    # 37. Japanese institute's tab-separated vertical table whose lone value column is headed by its unit only (Total,
    #     JPY billion) with a YoY column; 2025F an estimate; the 2024 YoY holds only by rounding. Expected nowhere:
    #     the table number, the source date, 15.9 million dogs and cats, the yen premium per pet.
    dict(
        text=(
            "Table 2. Japan: AI-enabled pet health services (diagnostics, wearables, telehealth), market size\n"
            "Year\t¥ billion\tYoY\n"
            "2021\t14.2\t-\n"
            "2022\t17.8\t+25.4%\n"
            "2023\t21.9\t+23.0%\n"
            "2024\t26.4\t+20.8%\n"
            "2025F\t31.3\t+18.6%\n"
            "Source: Kitamura Pet Economy Institute, March 2025. Memo: registered dogs and cats in Japan, 15.9 "
            "million (2024); average pet-insurance premium ¥38,400 per insured animal per year."
        ),
        obs=[
            ("Total", 2021, 14.2, "JPY billion", "actual"),
            ("Total", 2022, 17.8, "JPY billion", "actual"),
            ("Total", 2023, 21.9, "JPY billion", "actual"),
            ("Total", 2024, 26.4, "JPY billion", "actual"),
            ("Total", 2025, 31.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 25.4, "percent", 2021, 2022, 1.0),
            ("growth", 23.0, "percent", 2022, 2023, 1.0),
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.8 / 14.2 - 1 = 25.35% -> 25.4
            ("cagr|implied", "exact"),  # 21.9 / 17.8 - 1 = 23.03% -> 23.0
            # 26.4 / 21.9 - 1 = 20.55% -> 20.5, not 20.8; bounds 26.35 / 21.95 - 1 = 20.05%,
            # 26.45 / 21.85 - 1 = 21.05% -> 20.8 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 31.3 / 26.4 - 1 = 18.56% -> 18.6
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by segment with a 合计 row; 2025年E an estimate; every column adds
    #     exactly. Expected nowhere: the table number, the source line.
    dict(
        text=(
            "表4  中国宠物医疗AI细分市场规模（单位：亿元）\n"
            "细分领域              2023年    2024年    2025年E\n"
            "AI影像诊断              16.8      21.4      27.1\n"
            "AI问诊与分诊             7.9      10.6      13.8\n"
            "智能穿戴与监测           9.3      11.2      13.5\n"
            "诊疗管理软件             4.2       5.4       6.9\n"
            "合计                    38.2      48.6      61.3\n"
            "资料来源：中国小动物诊疗行业协会，东方鼎信证券研究所整理"
        ),
        obs=[
            ("AI影像诊断", 2023, 16.8, "CNY 100 million", "actual"),
            ("AI影像诊断", 2024, 21.4, "CNY 100 million", "actual"),
            ("AI影像诊断", 2025, 27.1, "CNY 100 million", "estimate"),
            ("AI问诊与分诊", 2023, 7.9, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2024, 10.6, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2025, 13.8, "CNY 100 million", "estimate"),
            ("智能穿戴与监测", 2023, 9.3, "CNY 100 million", "actual"),
            ("智能穿戴与监测", 2024, 11.2, "CNY 100 million", "actual"),
            ("智能穿戴与监测", 2025, 13.5, "CNY 100 million", "estimate"),
            ("诊疗管理软件", 2023, 4.2, "CNY 100 million", "actual"),
            ("诊疗管理软件", 2024, 5.4, "CNY 100 million", "actual"),
            ("诊疗管理软件", 2025, 6.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 38.2, "CNY 100 million", "actual"),
            ("合计", 2024, 48.6, "CNY 100 million", "actual"),
            ("合计", 2025, 61.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 16.8 + 7.9 + 9.3 + 4.2 = 38.2
            ("hierarchy", "exact"),  # 2024: 21.4 + 10.6 + 11.2 + 5.4 = 48.6
            ("hierarchy", "exact"),  # 2025E: 27.1 + 13.8 + 13.5 + 6.9 = 61.3
        ],
    ),
    # 39. Research house's space-aligned regional table with a "CAGR 2024-30" column and a Global total row; 2030F an
    #     estimate. Middle East & Africa's CAGR holds only by rounding. Expected nowhere: the table number, the
    #     "Q2 2025 edition".
    dict(
        text=(
            "Table 5 | AI pet-care and veterinary software & devices, by region (USD million)\n"
            "Region                    2024      2030F    CAGR 2024-30\n"
            "North America            1,842      5,210        18.9%\n"
            "Europe                   1,126      3,045        18.0%\n"
            "Asia-Pacific               968      3,322        22.8%\n"
            "Latin America              214        655        20.5%\n"
            "Middle East & Africa        93        246        17.7%\n"
            "Global                   4,243     12,478        19.7%\n"
            "Source: Northgate Insights, Animal Health AI Tracker, Q2 2025 edition."
        ),
        obs=[
            ("North America", 2024, 1842, "USD million", "actual"),
            ("North America", 2030, 5210, "USD million", "estimate"),
            ("Europe", 2024, 1126, "USD million", "actual"),
            ("Europe", 2030, 3045, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 968, "USD million", "actual"),
            ("Asia-Pacific", 2030, 3322, "USD million", "estimate"),
            ("Latin America", 2024, 214, "USD million", "actual"),
            ("Latin America", 2030, 655, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 93, "USD million", "actual"),
            ("Middle East & Africa", 2030, 246, "USD million", "estimate"),
            ("Global", 2024, 4243, "USD million", "actual"),
            ("Global", 2030, 12478, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5210 / 1842) ** (1 / 6) - 1 = 18.92% -> 18.9
            ("cagr|implied", "exact"),  # (3045 / 1126) ** (1 / 6) - 1 = 18.03% -> 18.0
            ("cagr|implied", "exact"),  # (3322 / 968) ** (1 / 6) - 1 = 22.82% -> 22.8
            ("cagr|implied", "exact"),  # (655 / 214) ** (1 / 6) - 1 = 20.496% -> 20.5
            # (246 / 93) ** (1 / 6) - 1 = 17.60% -> 17.6, not 17.7; bounds (245.5 / 93.5) ** (1/6) - 1 = 17.46%,
            # (246.5 / 92.5) ** (1/6) - 1 = 17.75% -> 17.7 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (12478 / 4243) ** (1 / 6) - 1 = 19.70% -> 19.7
            ("hierarchy", "exact"),  # 2024: 1842 + 1126 + 968 + 214 + 93 = 4243
            ("hierarchy", "exact"),  # 2030F: 5210 + 3045 + 3322 + 655 + 246 = 12478
        ],
    ),
    # 40. German veterinary association's statistics table (markdown) with a share column and a Total row (2024);
    #     the Total's 100.0 is no claim; the small-animal practices' share holds only by rounding. Expected nowhere:
    #     the release and table numbers, the 1,214 responding practices.
    dict(
        text=(
            "Deutscher Verband der Kleintierpraxen | Statistical release 2025/08: AI tools in German veterinary practice\n"
            "Table 3. Expenditure on AI software and services by practice type, Germany, 2024\n"
            "| Practice type | EUR million | Share of total (%) |\n"
            "|:--|--:|--:|\n"
            "| Small-animal practices | 41.3 | 34.9 |\n"
            "| Small-animal clinics (24h) | 38.6 | 32.5 |\n"
            "| Mixed practices | 17.2 | 14.5 |\n"
            "| Equine practices | 9.8 | 8.3 |\n"
            "| Farm-animal practices | 11.7 | 9.9 |\n"
            "| Total | 118.6 | 100.0 |\n"
            "Practices responding: 1,214. Excludes VAT and hardware leasing."
        ),
        obs=[
            ("Small-animal practices", 2024, 41.3, "EUR million", "actual"),
            ("Small-animal clinics (24h)", 2024, 38.6, "EUR million", "actual"),
            ("Mixed practices", 2024, 17.2, "EUR million", "actual"),
            ("Equine practices", 2024, 9.8, "EUR million", "actual"),
            ("Farm-animal practices", 2024, 11.7, "EUR million", "actual"),
            ("Total", 2024, 118.6, "EUR million", "actual"),
        ],
        claims=[
            ("share", 34.9, "percent", 2024, 2024, None),
            ("share", 32.5, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
            ("share", 8.3, "percent", 2024, 2024, None),
            ("share", 9.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 41.3 / 118.6 = 34.82% -> 34.8, not 34.9; bounds 41.25 / 118.65 = 34.77%, 41.35 / 118.55 = 34.88%
            # -> 34.9 reachable
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 38.6 / 118.6 = 32.55% -> 32.5
            ("arithmetic", "exact"),  # 17.2 / 118.6 = 14.50% -> 14.5
            ("arithmetic", "exact"),  # 9.8 / 118.6 = 8.26% -> 8.3
            ("arithmetic", "exact"),  # 11.7 / 118.6 = 9.87% -> 9.9
            ("hierarchy", "exact"),  # 41.3 + 38.6 + 17.2 + 9.8 + 11.7 = 118.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 15, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '27% more than the $382 million they spent in 2023',
    'implying compound annual growth of 25.9% over 2024-2030',
    'at ¥17.9bn in FY2024 and look for ¥40.3bn by FY2028e',
    '£97 million of that, or 46%',
    'accounted for £58 million (28%)',
    'growing at about 21.4% a year',
    "Auckland's Tasman Insight is less cautious",
    'at roughly EUR 1.6 billion this year',
    'roughly triple it, to EUR 1.25 billion, by 2030',
    'an earlier version of this note put the 2024 market',
    'between US$420 million and US$510 million by 2029',
    'was something like $310 million last year',
    'so roughly 2.5x, which works out to a 29% CAGR',
    '较2023年的9.1亿元同比增长38.5%',
    '力争突破90亿元，较2023年增长3倍',
    '另据启明消费研究院测算，2024年该市场规模约为61亿元',
    '約新台幣14.2億元，較2023年的11.6億元成長22%',
    '其中AI影像診斷佔3.1億港元，佔整體約31%',
    '去年国内AI宠物问诊与分诊平台市场规模约为23.5亿元',
    '今年有望突破30亿元，同比增长约28%',
    '由2024年的7.8億元人民幣增至2028年的25.6億元',
    '| Total | 906 | 1,100 | 1,327 | 1,896 |',
    '2025E       85.0    19.3%',
    '合计\t30.4\t41.4\t56.5\t73.7',
    'CAGR FY24-27F',
    '| 遠距問診平台 | 236 | 301 | 17.7% |',
    'was roughly $1.9 billion last year',
    'so call it a 22% compound rate',
    'rises to USD 1.37 billion in 2030',
    "$2.1B in 2024 vs $1.6B in 2023. That's +31%",
    'so it has tripled in four years',
    'The correct figure is £312 million.',
    'up 17% from £126 million the year before',
    'growth the consultants put at around 14% a year',
    '~17% CAGR 2024-2030E',
    'Smart feeders 45% of 2024 TAM (€0.55bn)',
    'which they call a ~21% CAGR over the period',
    'a 2024-29 CAGR of 19.4%',
    '较2023年的38.2亿元增长27.2%',
    '到2027年该市场规模将突破100亿元',
    '增长到150亿元以上，年均增长20%左右',
    '2024至2028年複合成長率（CAGR）達21%',
    '去年達4.86億港元，按年增長18.5%',
    '另一機構亞太寵物經濟研究所則估計',
    '預估2027年上看12億元，年複合成長率約29%',
    '2030年市场规模有望达到180-210亿元',
    '到2028年有望达到45亿元，是2023年的3倍',
    '| Total | 3,451 | 4,343 | 5,360 |',
    'Year\t¥ billion\tYoY',
    '合计                    38.2      48.6      61.3',
    'Middle East & Africa        93        246        17.7%',
    '| Small-animal practices | 41.3 | 34.9 |',
)
LAYOUT = (40, 7, 13, 20)
#: the set's blind score (written without reading or running the extractor, and kept unread): 210
#: figures, 52 rates, 79 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-eighty-fourth, eighty-eighth and ninetieth sets: 217, 54, 83
#: and 0
FLOORS = {"figures_found": 217, "rates_found": 54, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset186.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
