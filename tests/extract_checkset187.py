"""A hundred-and-eighty-seventh check set for the extractor, written blind: AI in pets and veterinary care: AI diagnostic
imaging for veterinary clinics, AI-enabled pet wearables and smart feeders, AI triage and telehealth for pet owners,
AI in animal-health drug discovery, AI practice-management software for clinics; sized in money by animal-health
associations, pet-food and pet-care groups' capital-markets days, insurers, agriculture and veterinary ministries,
brokers and research houses in the United States, the United Kingdom, Germany, Brazil, Australia, Japan, Thailand,
mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole pet-care or animal-health
market beside the AI part, the number of pets or clinics, a vet group's own revenue or profit, insurance premiums per
pet, a funding round and valuation, a quarter's figures, a survey's percentages, livestock counts.

Snippets 1-20: Twenty pet and veterinary AI snippets: eight English prose pieces (a Denver wire release, a Tokyo
broker note in fiscal years and yen, a London briefing with segment shares, a Sydney news story quoting two research
houses, a Frankfurt capital-markets-day transcript sizing a TAM, a Thai ministry plan with targets, a Boston research
note carrying a correction and a 2030 range, a venture investor's blog post), seven Chinese prose pieces (three
Traditional: a Taiwanese association report, a Hong Kong story in 億港元, a Taipei wire story with 去年/今年) and five tables
(markdown with E/F columns, a space-aligned yearly table with a YoY column, a tab-separated 亿元 table with a 合计 row, a
tab-separated fiscal-year table, a Traditional pipe table in 新台幣百萬元 with shares). Distractors left out: whole pet-care
and animal-health markets, pet, clinic and livestock counts, survey percentages, penetration rates, premiums, funding
rounds, quarters, company revenue, target prices, a corrected figure, baht and reais amounts, a second house's base.
Inconsistent: the blog's 19% CAGR and the Brazil table's 32.3% YoY typo. Rounding only: the London feeder share and
CAGR, the Boston 21% growth, the Hong Kong 36% share, the UK FY2025e 22.0% YoY and the markdown table's 2024 total.

Snippets 21-40: Twenty snippets (21-40) on AI in pets and veterinary care: eight English prose pieces (an earnings
call sizing an imaging-AI TAM, a working-paper abstract, a social-media thread, a UK article with a correction, an
annual-report letter, investor-day slides, a forum answer quoting two research houses, a Sao Paulo note with a
Brazilian real aside), seven Chinese prose pieces (Xinhua-style release, ministry implementation plan, Taiwanese
research-house release, Hong Kong press report, PTT forum post, brokerage abstract with a 2026 range, results-briefing
transcript; three in Traditional Chinese) and five tables (markdown segments with a total, a tab-separated vertical
table headed by its unit with YoY, a space-aligned 合计 table, a regional table with CAGRs, a Japanese statistics table
with shares). Left out: whole pet-care and animal-health markets, pet and clinic counts, livestock, company revenue,
margins, quarters, premiums, funding rounds, surveys, penetration rates, target prices, shares in words, a second
publisher's 2024 figure, a superseded wrong figure and Brazilian real amounts. Inconsistent: 23's 19% growth, 32's 22%
growth, 39's Middle East & Africa CAGR. Rounding only: 25's 20% growth, 26's Europe share, 29's 31.2% growth, 33's 52%
share, 37's 2026E YoY and 36's 2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release: YoY growth with both amounts, CAGR with printed span; the 2031 figure in billions is
    #    converted to the series' USD million. Expected nowhere: report edition year, practice owners polled and the 63%
    #    answer, the whole US pet spending ($152 billion), the clinic count.
    dict(
        text=(
            "DENVER, Feb. 18, 2025 /PRNewswire/ -- Global spending on AI-assisted veterinary diagnostic imaging, the "
            "software that reads radiographs, ultrasound clips and cytology slides for companion-animal practices, "
            "climbed 27.4% to $612.5 million in 2024 from $480.8 million in 2023, according to the 2025 Veterinary AI "
            "Imaging Monitor released today by Front Range Animal Health Analytics. The Colorado firm projects the "
            "market will reach $2.31 billion by 2031, implying compound annual growth of 20.9% between 2024 and 2031. "
            "Of the 1,140 practice owners it polled, 63% said they already use at least one AI reading tool. The niche "
            "is still tiny beside the roughly $152 billion Americans spent on their pets last year, spread across some "
            "32,000 companion-animal clinics."
        ),
        obs=[
            ("Total", 2023, 480.8, "USD million", "actual"),
            ("Total", 2024, 612.5, "USD million", "actual"),
            ("Total", 2031, 2310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612.5 / 480.8) - 1 = 27.392% -> 27.4
            ("cagr|implied", "exact"),  # (2.31 / 0.6125) ** (1 / 7) - 1 = 20.881% -> 20.9
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years, yen: YoY growth into an FY2024e estimate, a five-year CAGR whose span
    #    only the amounts' years give. Expected nowhere: dog and cat count, the July-September quarter's sales, the
    #    covered company's target price, upside and 1H sales and growth.
    dict(
        text=(
            "JAPAN PET TECH | Sector update | Tokyo, 14 November 2024\n"
            "Feeders first, collars next. We put Japan's market for AI-enabled pet wearables and smart feeders at "
            "¥21.4bn in FY2023 and see it rising 21% to ¥25.9bn in FY2024e as camera feeders with food-intake "
            "recognition go mainstream. By FY2028e we forecast ¥58bn, a five-year CAGR of roughly 22%. With 15.9 "
            "million dogs and cats in Japanese homes, and their owners ageing alongside them, remote monitoring sells "
            "itself. In the July-September quarter, category sales at the major electronics chains reached ¥6.8bn. Top "
            "pick Nikko PetWorks (Buy, TP ¥3,450, 27% upside) booked 1H FY2024 sales of ¥8.2bn, up 31% YoY."
        ),
        obs=[
            ("Total", 2023, 21.4, "JPY billion", "actual"),
            ("Total", 2024, 25.9, "JPY billion", "estimate"),
            ("Total", 2028, 58, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25.9 / 21.4) - 1 = 21.028% -> 21
            ("cagr|period", "exact"),  # (58 / 21.4) ** (1 / 5) - 1 = 22.068% -> 22
        ],
    ),
    # 3. London research briefing: a total, two segments with shares (one holds only by rounding) and a stated CAGR
    #    that holds only by rounding. Expected nowhere: the dog premium, the pet count, the Series A and valuation.
    dict(
        text=(
            "London, 9 September 2025 - UK pet owners spent GBP 214 million on AI-enabled wearables and smart feeding "
            "devices for their animals in 2024, according to a briefing from the Thamesbridge Pet Economy Unit. "
            "Activity and health-monitoring collars made up GBP 121 million of that, or 57%, while connected smart "
            "feeders took GBP 67 million (32%). The unit expects spending to reach GBP 390 million in 2029, a compound "
            "annual rate of 12.7% between 2024 and 2029. Insurers are paying attention: the average annual premium for "
            "a dog policy has climbed to £402, and Britain's 12.5 million dogs and cats generate a lot of claims data. "
            "Earlier this year, collar maker Wagtail Labs raised £9 million at a £60 million valuation."
        ),
        obs=[
            ("Total", 2024, 214, "GBP million", "actual"),
            ("Activity and health-monitoring collars", 2024, 121, "GBP million", "actual"),
            ("Connected smart feeders", 2024, 67, "GBP million", "actual"),
            ("Total", 2029, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 57, "percent", 2024, 2024, None),
            ("share", 32, "percent", 2024, 2024, None),
            ("cagr", 12.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 121 / 214 = 56.542% -> 57
            # 67 / 214 = 31.308% -> 31, not 32; bounds 66.5 / 214.5 = 31.002%, 67.5 / 213.5 = 31.616% -> 32 reachable
            ("arithmetic", "rounding"),
            # (390 / 214) ** (1 / 5) - 1 = 12.754% -> 12.8, not 12.7; bounds (389.5 / 214.5) ** (1/5) - 1 = 12.672%,
            # (390.5 / 213.5) ** (1/5) - 1 = 12.835% -> 12.7 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Sydney news article quoting two research houses; series unit USD million, the 2030 figure in billions converted;
    #    CAGR without printed span. Expected nowhere: the second house's 2024 figure (US$790 million), consultations,
    #    the A$ round and valuation, the pet count, "one in five" insured.
    dict(
        text=(
            "SYDNEY, May 21 2025 - When Bella the kelpie started limping at 2am, her owner didn't ring an emergency vet; "
            "she opened an app. Across Asia-Pacific, AI-powered triage and telehealth for pet owners was worth US$845 "
            "million in 2024 and will reach US$2.6 billion by 2030, growing at 20.6% a year, according to "
            "Melbourne-based Wattle Street Research. Singapore's Lionsgate Analytics is more cautious about the base, "
            "putting the 2024 market at US$790 million. Sydney start-up PawCall, which says it handled 410,000 "
            "consultations last year, raised A$18 million in March at a valuation of about A$95 million. Australians "
            "own some 28.7 million pets, and fewer than one in five of them is insured."
        ),
        obs=[
            ("Total", 2024, 845, "USD million", "actual"),
            ("Total", 2030, 2600, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 0.845) ** (1 / 6) - 1 = 20.602% -> 20.6
        ],
    ),
    # 5. Frankfurt capital-markets-day transcript: the CFO sizes a TAM (Total), a multiple and an approximate CAGR whose
    #    span the amounts give. Expected nowhere: the group's own digital revenue, its 12% share target and margin,
    #    the dog and cat count, "roughly a fifth" for Germany.
    dict(
        text=(
            "Rheinauer Heimtier AG | Capital Markets Day | Frankfurt, 26 June 2025 | Transcript excerpt\n"
            "KATRIN VOLLMER, CFO: Let me put a number on the opportunity. We size the total addressable market for "
            "AI-enabled pet health in Europe - connected feeders, health wearables, symptom triage, the whole loop - at "
            "about EUR 2.4 billion in 2024. By 2030 we see that TAM at EUR 6.0 billion, so 2.5x in six years, or "
            "roughly 16.5% a year. Our own digital revenue was EUR 186 million last year, and our ambition is a 12% "
            "share of that TAM by 2030 at an EBIT margin in the mid-teens. Remember, there are around 127 million dogs "
            "and cats in European households.\n"
            "JONAS KEHL, Hanseatic Securities: How much of the 2.4 billion sits in Germany?\n"
            "VOLLMER: Roughly a fifth, and growing faster than the rest."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2030, 6.0, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("cagr", 16.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.0 / 2.4) ** (1 / 6) - 1 = 16.499% -> 16.5
        ],
    ),
    # 6. Bangkok government plan with targets: base and 2028 target, an implied average growth, a part of the target
    #    with its share. Expected nowhere: the plan's title years, the baht equivalent, the 60% clinic-adoption aim
    #    (a penetration rate), the clinic count, the grant programme, livestock and poultry counts.
    dict(
        text=(
            "BANGKOK, 4 March 2025 - Thailand's Ministry of Agriculture and Cooperatives has approved the Smart Animal "
            "Health Plan 2025-2028, which sets out to lift the domestic market for AI-assisted veterinary services and "
            "animal-health analytics to US$150 million by 2028, from US$52 million in 2024 (about 1.8 billion baht). "
            "That implies average annual growth of about 30%. Livestock disease surveillance, chiefly camera and sensor "
            "systems that flag sick pigs and poultry, is to account for US$60 million of the 2028 total, or 40%. The "
            "plan also wants AI tools in use at 60% of the country's 1,900 registered animal clinics, backed by a 450 "
            "million baht grant programme. Thailand keeps about 17 million head of cattle and buffalo."
        ),
        obs=[
            ("Total", 2024, 52, "USD million", "actual"),
            ("Total", 2028, 150, "USD million", "estimate"),
            ("Livestock disease surveillance", 2028, 60, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
            ("share", 40, "percent", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 52) ** (1 / 4) - 1 = 30.323% -> 30
            ("arithmetic", "exact"),  # 60 / 150 = 40.000% -> 40
        ],
    ),
    # 7. Boston research note with a correction and a 2030 range; YoY growth holding only by rounding. Expected nowhere:
    #    the withdrawn US$1.48bn, the whole animal-health market, the Series C and valuation.
    dict(
        text=(
            "Animal Health | Research note | Boston, 3 April 2025\n"
            "Correction: the version of this note published on 28 March put the 2024 market at US$1.48bn. The correct "
            "figure is US$1.18bn; our growth rate and 2030 range are unchanged.\n"
            "AI in animal-health drug discovery - target identification, in-silico screening and adaptive trial design "
            "for companion-animal and livestock medicines - drew US$1.18bn of spending in 2024, up 21% from US$0.98bn "
            "in 2023. For 2030 we see a range of US$2.9bn to US$3.6bn, the spread depending mostly on how quickly "
            "regulators accept AI-derived efficacy data. That is still a sliver of an animal-health market worth "
            "roughly US$50bn. Among private names, Ferrox Bio raised a US$65m Series C at a US$410m valuation in February."
        ),
        obs=[
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("value", 2.9, "USD billion", 2030, 2030, None),
            ("value", 3.6, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # (1.18 / 0.98) - 1 = 20.408% -> 20, not 21; bounds 1.175 / 0.985 - 1 = 19.289%,
            # 1.185 / 0.975 - 1 = 21.538% -> 21 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Investor's blog post with approximate figures and "last year" under a dateline; the CAGR is inconsistent.
    #    Expected nowhere: Brazil's reais figure, the survey, the Series A and post-money valuation, Q4 bookings.
    dict(
        text=(
            "Posted March 3, 2025 by Dana Whitcombe, partner, Larkspur Ventures\n"
            "Why we keep writing cheques into vet-clinic software. By my count, clinics worldwide spent roughly $1.9 "
            "billion on AI-enabled practice-management software last year - scheduling, ambient note-taking, billing, "
            "stock control. The forecasts I trust land at nearly $4.8 billion by 2030, which works out to a 19% CAGR. "
            "Brazil alone spent about R$640 million, and nobody there is talking about it. In a survey we ran with 380 "
            "practice managers, 41% said they lose more than five hours a week to admin. That's why we led Clinivo's "
            "$14 million Series A last autumn at a $70 million post-money valuation, and why its Q4 bookings of $1.1 "
            "million didn't surprise me."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 4.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (4.8 / 1.9) ** (1 / 6) - 1 = 16.703% -> 17; bounds (4.75 / 1.95) ** (1/6) - 1 = 15.996%,
            # (4.85 / 1.85) ** (1/6) - 1 = 17.425% -> 19 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. Simplified Chinese industry report: YoY with both amounts, a part with its share, a stated CAGR.
    #    Expected nowhere: the report's title year, dog and cat count, hospital count, the whole pet-medical market
    #    (近980亿元), the surveyed hospitals and their 62%.
    dict(
        text=(
            "近日发布的《2025中国宠物医疗人工智能发展报告》显示，2024年我国宠物AI影像诊断市场规模达到14.6亿元，"
            "较2023年的11.0亿元增长32.7%。其中，X光片智能判读8.5亿元，占58.2%，仍是最成熟的应用场景。报告预计，"
            "到2029年该市场规模将达到48.3亿元，2024-2029年复合增长率为27.0%。从需求端看，全国城镇犬猫数量约1.24亿只，"
            "宠物医院约2.8万家，整体宠物医疗市场规模已接近980亿元；报告调研的612家医院中，有62%表示计划在两年内引入AI阅片。"
        ),
        obs=[
            ("Total", 2023, 11.0, "CNY 100 million", "actual"),
            ("Total", 2024, 14.6, "CNY 100 million", "actual"),
            ("X光片智能判读", 2024, 8.5, "CNY 100 million", "actual"),
            ("Total", 2029, 48.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.7, "percent", 2023, 2024, 1.0),
            ("share", 58.2, "percent", 2024, 2024, None),
            ("cagr", 27.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 11.0) - 1 = 32.727% -> 32.7
            ("arithmetic", "exact"),  # 8.5 / 14.6 = 58.219% -> 58.2
            ("cagr|implied", "exact"),  # (48.3 / 14.6) ** (1 / 5) - 1 = 27.034% -> 27.0
        ],
    ),
    # 10. Provincial action plan with 力争 targets and 增长2倍 (x2 over 2023-2027); 突破 is expected at its printed
    #     figure. Expected nowhere: the plan's title years and document number, the 10亿元 company-revenue threshold,
    #     5 leading firms, 300 smart hospitals, the dog and cat count.
    dict(
        text=(
            "2024年9月，四川省农业农村厅等六部门联合印发《四川省智慧宠物产业高质量发展行动方案（2024—2027年）》"
            "（川农发〔2024〕37号）。方案提出，到2027年，全省宠物智能硬件及AI健康服务产业规模力争突破25亿元，"
            "较2023年增长2倍；其中AI宠物问诊服务规模达到6亿元。2023年，全省相关产业规模为8.6亿元。方案同时提出，"
            "培育年营收超10亿元的龙头企业5家，建成智慧宠物医院300家。目前全省犬猫数量已超过1500万只。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
            ("AI宠物问诊服务", 2027, 6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story quoting two institutes; the first gives base, target and stated CAGR. Expected nowhere: the second
    #     institute's 2024 figure (约27亿元), the platform's first-quarter consultations and 70%, the survey's 57%.
    dict(
        text=(
            "中新网北京2025年6月12日电（记者 林晓）宠物生病先问AI，正在成为不少年轻宠物主的习惯。艾维咨询12日发布的"
            "报告显示，2024年中国AI宠物在线问诊市场规模为23.8亿元，预计2030年将达到91.5亿元，2024—2030年年均复合"
            "增长率为25.2%。另一家机构华研智库的估算更为乐观，认为2024年该市场规模约为27亿元。记者了解到，某头部问诊"
            "平台今年一季度问诊量同比增长70%；艾维咨询调查的2000名宠物主中，有57%曾使用过AI问诊。"
        ),
        obs=[
            ("Total", 2024, 23.8, "CNY 100 million", "actual"),
            ("Total", 2030, 91.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (91.5 / 23.8) ** (1 / 6) - 1 = 25.162% -> 25.2
        ],
    ),
    # 12. Taiwanese association report (Traditional) in 新台幣億元: YoY with both amounts, stated approximate CAGR.
    #     Expected nowhere: the 今（2025）年 dateline, registered dog and cat count, clinic count, member firms, the
    #     survey's 46%.
    dict(
        text=(
            "台灣寵物智慧照護協會今（2025）年4月發布年度產業報告指出，2024年台灣AI寵物穿戴裝置與智慧餵食器市場規模達"
            "新台幣6.3億元，較2023年的5.4億元成長16.7%。協會預估，隨著具進食辨識功能的攝影餵食器普及，2028年市場規模"
            "將達新台幣11.5億元，2024至2028年年複合成長率約16.2%。報告並指出，全台登記犬貓已突破300萬隻，寵物醫院約"
            "1,600家；協會會員廠商達120家，問卷中有46%飼主表示願意為健康監測功能多付費。"
        ),
        obs=[
            ("Total", 2023, 5.4, "TWD 100 million", "actual"),
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2028, 11.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("cagr", 16.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 5.4) - 1 = 16.667% -> 16.7
            ("cagr|implied", "exact"),  # (11.5 / 6.3) ** (1 / 4) - 1 = 16.236% -> 16.2
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元: a total, a part and its share holding only by rounding, a 2027
    #     forecast. Expected nowhere: clinic and household counts, the vet chain's own revenue, the monthly premium.
    dict(
        text=(
            "【本報訊】本港寵物醫療正加快擁抱人工智能。香港動物醫療科技協會昨日（2025年8月14日）公布調查，2024年本港"
            "寵物醫療AI市場規模約為3.28億港元，其中AI影像診斷佔1.2億港元，約佔整體36%，其餘主要為網上分診及診所管理"
            "系統。協會預期，2027年市場規模將增至5.6億港元。協會指出，全港現有約200間獸醫診所，飼養貓狗的家庭約40萬戶；"
            "本地最大連鎖獸醫集團去年收入約2.6億港元，而一般寵物保險月費約為300港元。"
        ),
        obs=[
            ("Total", 2024, 3.28, "HKD 100 million", "actual"),
            ("AI影像診斷", 2024, 1.2, "HKD 100 million", "actual"),
            ("Total", 2027, 5.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1.2 / 3.28 = 36.585% -> 37, not 36; bounds 1.15 / 3.285 = 35.008%, 1.25 / 3.275 = 38.168% -> 36 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Taipei wire story (Traditional) using 去年/今年 under a 2025 dateline: 去年 = 2024 actual, 今年 = 2025 estimate.
    #     Expected nowhere: the platform's first-quarter consultations, its funding round and valuation, the
    #     insured fraction (不到一成), the monthly premium.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年3月9日電）深夜毛孩嘔吐、抽搐，越來越多飼主先打開手機求助AI。業者估計，去年"
            "台灣AI寵物遠距問診與分流服務市場規模約新台幣5億元，今年可望成長30%至6.5億元。其中一家平台今年第一季問診量"
            "已達18萬次，並於1月完成新台幣3億元募資，估值約新台幣25億元。不過目前全台投保寵物險的比例仍不到一成，"
            "貓狗每月保費多在新台幣500元上下。"
        ),
        obs=[
            ("Total", 2024, 5, "TWD 100 million", "actual"),
            ("Total", 2025, 6.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.5 / 5) - 1 = 30.000% -> 30
        ],
    ),
    # 15. Mainland broker deep-dive with a target price: base, a 2025 estimate, a 2027 target and a stated CAGR.
    #     Expected nowhere: report date, hospital count, the 12% penetration rate, the covered company's revenue and
    #     growth, the target price and PE multiple.
    dict(
        text=(
            "东衡证券研究所｜行业深度报告｜2025年7月8日\n"
            "宠物医院数字化：AI管理软件进入放量期\n"
            "我们测算，2024年国内宠物医院AI管理软件（含智能病历、影像辅助与经营分析）市场规模为6.8亿元，2025年有望达到"
            "8.9亿元，2027年将达到15.6亿元，2024-2027年CAGR为31.9%。目前全国宠物医院约2.9万家，AI管理软件渗透率仅约12%，"
            "提升空间广阔。重点推荐宠联科技：公司2024年营收3.1亿元，同比增长28%，给予目标价48.6元，对应2025年35倍PE，"
            "维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2025, 8.9, "CNY 100 million", "estimate"),
            ("Total", 2027, 15.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.6 / 6.8) ** (1 / 3) - 1 = 31.888% -> 31.9
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a Total row; the 2024 column adds only by rounding.
    #     Expected nowhere: the table number, the source date, the wider animal-health market (US$49bn).
    dict(
        text=(
            "Table 3: Global AI in veterinary care by segment (US$ million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Diagnostic imaging | 412 | 521 | 648 | 990 |\n"
            "| Triage & telehealth | 655 | 803 | 981 | 1,460 |\n"
            "| Wearables & smart feeders | 538 | 641 | 760 | 1,070 |\n"
            "| Practice-management software | 1,120 | 1,318 | 1,540 | 2,110 |\n"
            "| Drug discovery | 820 | 962 | 1,110 | 1,580 |\n"
            "| Total | 3,545 | 4,246 | 5,039 | 7,210 |\n"
            "Source: Greyhound Animal Health Research, January 2025. Totals may not add due to rounding. For reference, "
            "the wider animal-health market was about US$49bn in 2024."
        ),
        obs=[
            ("Diagnostic imaging", 2023, 412, "USD million", "actual"),
            ("Diagnostic imaging", 2024, 521, "USD million", "actual"),
            ("Diagnostic imaging", 2025, 648, "USD million", "estimate"),
            ("Diagnostic imaging", 2027, 990, "USD million", "estimate"),
            ("Triage & telehealth", 2023, 655, "USD million", "actual"),
            ("Triage & telehealth", 2024, 803, "USD million", "actual"),
            ("Triage & telehealth", 2025, 981, "USD million", "estimate"),
            ("Triage & telehealth", 2027, 1460, "USD million", "estimate"),
            ("Wearables & smart feeders", 2023, 538, "USD million", "actual"),
            ("Wearables & smart feeders", 2024, 641, "USD million", "actual"),
            ("Wearables & smart feeders", 2025, 760, "USD million", "estimate"),
            ("Wearables & smart feeders", 2027, 1070, "USD million", "estimate"),
            ("Practice-management software", 2023, 1120, "USD million", "actual"),
            ("Practice-management software", 2024, 1318, "USD million", "actual"),
            ("Practice-management software", 2025, 1540, "USD million", "estimate"),
            ("Practice-management software", 2027, 2110, "USD million", "estimate"),
            ("Drug discovery", 2023, 820, "USD million", "actual"),
            ("Drug discovery", 2024, 962, "USD million", "actual"),
            ("Drug discovery", 2025, 1110, "USD million", "estimate"),
            ("Drug discovery", 2027, 1580, "USD million", "estimate"),
            ("Total", 2023, 3545, "USD million", "actual"),
            ("Total", 2024, 4246, "USD million", "actual"),
            ("Total", 2025, 5039, "USD million", "estimate"),
            ("Total", 2027, 7210, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 655 + 538 + 1120 + 820 = 3545 = 3545
            # 2024: 521 + 803 + 641 + 1318 + 962 = 4245, not 4246; bounds 4242.5 .. 4247.5 -> 4246 reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 648 + 981 + 760 + 1540 + 1110 = 5039 = 5039
            ("hierarchy", "exact"),  # 2027F: 990 + 1460 + 1070 + 2110 + 1580 = 7210 = 7210
        ],
    ),
    # 17. Space-aligned vertical table, years as rows, a lone value column headed by its unit (Total) and a YoY column;
    #     the 2023 YoY is a typo (32.3% for 23.3%). Expected nowhere: the source date, the dog and cat count.
    dict(
        text=(
            "Brazil - AI-enabled pet care (devices, triage and clinic software)\n"
            "Source: Vale Verde Pesquisa, Sao Paulo, August 2025\n"
            "\n"
            "Year      US$ million      YoY\n"
            "2021             96.4        -\n"
            "2022            121.8    26.3%\n"
            "2023            150.2    32.3%\n"
            "2024            181.0    20.5%\n"
            "2025E           214.6    18.6%\n"
            "2026E           250.9    16.9%\n"
            "\n"
            "Note: Brazil had an estimated 62 million dogs and cats in 2024; values converted at average annual "
            "exchange rates."
        ),
        obs=[
            ("Total", 2021, 96.4, "USD million", "actual"),
            ("Total", 2022, 121.8, "USD million", "actual"),
            ("Total", 2023, 150.2, "USD million", "actual"),
            ("Total", 2024, 181.0, "USD million", "actual"),
            ("Total", 2025, 214.6, "USD million", "estimate"),
            ("Total", 2026, 250.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2021, 2022, 1.0),
            ("growth", 32.3, "percent", 2022, 2023, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
            ("growth", 16.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 121.8 / 96.4 - 1 = 26.349% -> 26.3
            # 150.2 / 121.8 - 1 = 23.317%; bounds 150.15 / 121.85 - 1 = 23.225%, 150.25 / 121.75 - 1 = 23.409%
            # -> 32.3 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 181.0 / 150.2 - 1 = 20.506% -> 20.5
            ("cagr|implied", "exact"),  # 214.6 / 181.0 - 1 = 18.564% -> 18.6
            ("cagr|implied", "exact"),  # 250.9 / 214.6 - 1 = 16.915% -> 16.9
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with a 合计 row and an E column. Expected nowhere: the table
    #     number, the source date, the dog and cat count in the note.
    dict(
        text=(
            "表2　中国宠物AI细分市场规模（亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI影像诊断\t9.8\t12.9\t16.8\n"
            "AI在线问诊\t18.5\t23.6\t29.7\n"
            "智能喂食器\t21.3\t25.8\t30.4\n"
            "宠物可穿戴设备\t12.6\t15.9\t19.8\n"
            "医院管理软件\t5.2\t6.7\t8.6\n"
            "合计\t67.4\t84.9\t105.3\n"
            "数据来源：沪江宠物产业研究院，2025年5月。注：2024年全国城镇犬猫数量约1.24亿只。"
        ),
        obs=[
            ("AI影像诊断", 2023, 9.8, "CNY 100 million", "actual"),
            ("AI影像诊断", 2024, 12.9, "CNY 100 million", "actual"),
            ("AI影像诊断", 2025, 16.8, "CNY 100 million", "estimate"),
            ("AI在线问诊", 2023, 18.5, "CNY 100 million", "actual"),
            ("AI在线问诊", 2024, 23.6, "CNY 100 million", "actual"),
            ("AI在线问诊", 2025, 29.7, "CNY 100 million", "estimate"),
            ("智能喂食器", 2023, 21.3, "CNY 100 million", "actual"),
            ("智能喂食器", 2024, 25.8, "CNY 100 million", "actual"),
            ("智能喂食器", 2025, 30.4, "CNY 100 million", "estimate"),
            ("宠物可穿戴设备", 2023, 12.6, "CNY 100 million", "actual"),
            ("宠物可穿戴设备", 2024, 15.9, "CNY 100 million", "actual"),
            ("宠物可穿戴设备", 2025, 19.8, "CNY 100 million", "estimate"),
            ("医院管理软件", 2023, 5.2, "CNY 100 million", "actual"),
            ("医院管理软件", 2024, 6.7, "CNY 100 million", "actual"),
            ("医院管理软件", 2025, 8.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 67.4, "CNY 100 million", "actual"),
            ("合计", 2024, 84.9, "CNY 100 million", "actual"),
            ("合计", 2025, 105.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.8 + 18.5 + 21.3 + 12.6 + 5.2 = 67.4 = 67.4
            ("hierarchy", "exact"),  # 2024: 12.9 + 23.6 + 25.8 + 15.9 + 6.7 = 84.9 = 84.9
            ("hierarchy", "exact"),  # 2025E: 16.8 + 29.7 + 30.4 + 19.8 + 8.6 = 105.3 = 105.3
        ],
    ),
    # 19. Tab-separated fiscal-year broker table in £m with a YoY row; FY2025e's 22.0% holds only by rounding.
    #     Expected nowhere: the exhibit number, the covered group's revenue row, the vet-practice count row.
    dict(
        text=(
            "Exhibit 7: UK AI veterinary software market, fiscal years to March (Kestrel Hill Securities, Edinburgh, "
            "2 June 2025)\n"
            "£m unless stated\tFY2022\tFY2023\tFY2024\tFY2025e\tFY2026e\n"
            "AI veterinary software\t58.4\t71.9\t88.6\t108.0\t129.5\n"
            "YoY growth (%)\t–\t23.1\t23.2\t22.0\t19.9\n"
            "Pawsmith Group revenue\t41.2\t47.5\t55.0\t63.8\t72.1\n"
            "UK vet practices (no.)\t5,210\t5,260\t5,300\t5,340\t5,380\n"
            "Source: company data, Kestrel Hill Securities estimates"
        ),
        obs=[
            ("AI veterinary software", 2022, 58.4, "GBP million", "actual"),
            ("AI veterinary software", 2023, 71.9, "GBP million", "actual"),
            ("AI veterinary software", 2024, 88.6, "GBP million", "actual"),
            ("AI veterinary software", 2025, 108.0, "GBP million", "estimate"),
            ("AI veterinary software", 2026, 129.5, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2022, 2023, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2024, 2025, 1.0),
            ("growth", 19.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.9 / 58.4 - 1 = 23.116% -> 23.1
            ("cagr|implied", "exact"),  # 88.6 / 71.9 - 1 = 23.227% -> 23.2
            # 108.0 / 88.6 - 1 = 21.896% -> 21.9, not 22.0; bounds 107.95 / 88.65 - 1 = 21.771%,
            # 108.05 / 88.55 - 1 = 22.021% -> 22.0 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 129.5 / 108.0 - 1 = 19.907% -> 19.9
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100.0% is no claim).
    #     Expected nowhere: the table number, the source date, the registered dog and cat count.
    dict(
        text=(
            "表4　2024年台灣寵物AI應用市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| AI影像判讀 | 412 | 23.5% |\n"
            "| 遠距問診與分流 | 538 | 30.7% |\n"
            "| 智慧穿戴裝置 | 365 | 20.8% |\n"
            "| 智慧餵食器 | 291 | 16.6% |\n"
            "| 診所管理系統 | 147 | 8.4% |\n"
            "| 合計 | 1,753 | 100.0% |\n"
            "資料來源：台灣動物醫療資訊學會，2025年6月。註：2024年底全台登記犬貓約312萬隻。"
        ),
        obs=[
            ("AI影像判讀", 2024, 412, "TWD million", "actual"),
            ("遠距問診與分流", 2024, 538, "TWD million", "actual"),
            ("智慧穿戴裝置", 2024, 365, "TWD million", "actual"),
            ("智慧餵食器", 2024, 291, "TWD million", "actual"),
            ("診所管理系統", 2024, 147, "TWD million", "actual"),
            ("合計", 2024, 1753, "TWD million", "actual"),
        ],
        claims=[
            ("share", 23.5, "percent", 2024, 2024, None),
            ("share", 30.7, "percent", 2024, 2024, None),
            ("share", 20.8, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 8.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 1753 = 23.503% -> 23.5
            ("arithmetic", "exact"),  # 538 / 1753 = 30.690% -> 30.7
            ("arithmetic", "exact"),  # 365 / 1753 = 20.821% -> 20.8
            ("arithmetic", "exact"),  # 291 / 1753 = 16.600% -> 16.6
            ("arithmetic", "exact"),  # 147 / 1753 = 8.386% -> 8.4
            ("hierarchy", "exact"),  # 412 + 538 + 365 + 291 + 147 = 1753 = 1753
        ],
    ),
    # 21. US animal-health company's Q4 2024 earnings-call transcript; the CEO sizes the imaging-AI TAM (Total), CAGR
    #     span only from the amounts' years. Expected nowhere: the clinic count, Q4 revenue and its growth, the
    #     "a third of that market" ambition, the analyst's firm.
    dict(
        text=(
            "Brightpaw Animal Health, Inc. (BPAH) Q4 2024 Earnings Call Transcript - February 20, 2025\n"
            "Operator: Our next question comes from Lena Okafor with Cobalt Ridge Capital. Please go ahead.\n"
            "Lena Okafor: Hi, thanks for taking the question. You've talked up imaging AI all year. How big is the "
            "prize, really?\n"
            "Dr. Martin Halvorsen, President and CEO: Fair question, Lena. If you take every general practice and "
            "specialty hospital in North America and Europe that owns a digital X-ray or an ultrasound unit, the "
            "addressable market for AI-assisted diagnostic reads was about $2.1 billion in 2024, and we think it gets "
            "to something like $6.5 billion by 2030. That's a compound rate in the low twenties - internally we model "
            "21%. We're live in roughly 9,400 clinics today, fourth-quarter revenue came in at $412 million, up 11%, "
            "and over time we'd be disappointed not to serve a third of that market."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 6.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.5 / 2.1) ** (1 / 6) - 1 = 20.72% -> 21
        ],
    ),
    # 22. Australian university working-paper abstract on AI in animal-health drug discovery; CAGR with printed span.
    #     Expected nowhere: the paper number, deal and platform counts, the US$52 billion animal-health market,
    #     "about two-thirds" (share in words), the title.
    dict(
        text=(
            "Centre for Veterinary Economics, University of Eastmoor (Brisbane) | Working Paper No. 2025-11 | May 2025\n"
            "Machines in the Pipeline: Artificial Intelligence and the Economics of Animal-Health Drug Discovery\n"
            "Abstract. We assemble 318 licensing deals and 74 discovery platforms to measure what the animal-health "
            "industry spends on artificial intelligence in early-stage drug discovery. Such spending came to an "
            "estimated US$1.36 billion in 2023 - a sliver of a global animal-health market worth roughly US$52 billion "
            "- and we project it will climb to US$3.9 billion by 2030, a compound annual growth rate of 16.2% over "
            "2023-2030. Companion-animal programmes absorb about two-thirds of the total. We find that AI shortens "
            "target identification more than it shortens trials, so the savings accrue early and are easy to overstate."
        ),
        obs=[
            ("Total", 2023, 1.36, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.9 / 1.36) ** (1 / 7) - 1 = 16.24% -> 16.2
        ],
    ),
    # 23. Social-media thread (April 2025) on AI pet wearables; "last year" = 2024; the printed 19% growth does not
    #     follow from $0.97B -> $1.18B; "5x" is a multiple 2022-2028. Expected nowhere: US dog count, "fewer than
    #     1 in 10" (penetration), the 62% survey answer, the Series B and valuation, tweet numbering.
    dict(
        text=(
            "@tailsandtech \u00b7 Apr 9, 2025\n"
            "1/ Thread on AI pet wearables, since half my mentions ask whether smart collars are a fad. Numbers below "
            "are from the new Corbel & Finch connected-pet report.\n"
            "2/ Global spend on AI-enabled pet wearables (health/activity collars, GPS tags that flag anomalies) hit "
            "$1.18B last year. Report says that's up 19% on 2023's $0.97B.\n"
            "3/ Their forecast: $4.3B by 2028, which would be 5x the $0.86B the category was worth in 2022.\n"
            "4/ For scale: roughly 41M dogs in the US alone, and fewer than 1 in 10 wear anything smarter than a "
            "name tag. In their owner survey 62% said they'd pay for health alerts.\n"
            "5/ The money is following. PawSignal closed a $65M Series B last week at a $480M valuation. /end"
        ),
        obs=[
            ("Total", 2022, 0.86, "USD billion", "actual"),
            ("Total", 2023, 0.97, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2028, 4.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("multiple", 5, "multiple", 2022, 2028, 6.0),
        ],
        verdicts=[
            # (1.18 / 0.97) ** (1 / 1) - 1 = 21.65% -> 22, not 19; bounds (1.175 / 0.975) - 1 = 20.51%,
            # (1.185 / 0.965) - 1 = 22.80% -> 19 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK trade-news web article with a correction note; YoY growth with both amounts, CAGR with printed span.
    #     Expected nowhere: the superseded GBP148 million, insured-pet count, the average premium, the vet group's
    #     revenue, the dates of update and correction.
    dict(
        text=(
            "Vet Business Weekly | News | Updated 15 May 2025\n"
            "Pet owners ask the chatbot before they ring the surgery\n"
            "Britain's market for AI symptom-checkers, triage tools and video consultations aimed at pet owners was "
            "worth \u00a3184 million in 2024, up 23% from \u00a3150 million in 2023, according to figures compiled by the "
            "Companion Animal Digital Forum (CADF). The forum expects it to reach \u00a3520 million by 2030, a compound "
            "annual growth rate of 18.9% between 2024 and 2030. Demand is being pushed by cost: around 5.1 million UK "
            "pets are now insured, the average annual premium for a dog has climbed past \u00a3400, and the country's "
            "largest vet group, Meridian Vets, reported revenue of \u00a32.3 billion last year.\n"
            "Correction, 15 May 2025: An earlier version of this article gave the 2024 market as \u00a3148 million. "
            "The correct figure is \u00a3184 million."
        ),
        obs=[
            ("Total", 2023, 150, "GBP million", "actual"),
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Total", 2030, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184 / 150) ** (1 / 1) - 1 = 22.67% -> 23
            ("cagr|implied", "exact"),  # (520 / 184) ** (1 / 6) - 1 = 18.90% -> 18.9
        ],
    ),
    # 25. Hamburg vet group's CEO letter in its 2024 annual report; "some 20%" holds only by rounding; "double again
    #     by 2029" is a x2 multiple 2024-2029. Expected nowhere: new clinics and network size, group revenue and its
    #     growth, EBITDA margin, the report's year in its title.
    dict(
        text=(
            "Annual Report 2024 | Letter from the Chief Executive | Vetaris SE, Hamburg\n"
            "Dear Shareholders,\n"
            "2024 was the year in which software stopped being a back-office topic for us. We opened 61 clinics, "
            "bringing our network to 1,140 practices in eight countries, and group revenue rose 7% to EUR 2.9 billion "
            "at an adjusted EBITDA margin of 17.8%. At the same time, the tools our vets use every day changed "
            "faster than at any point I can remember. We estimate that the European market for AI-based "
            "practice-management software for veterinary clinics - scheduling, clinical note-taking, billing and "
            "stock control - reached EUR 0.64 billion in 2024, an increase of some 20% on the EUR 0.53 billion of "
            "2023. We expect that market to double again by 2029, and we intend to be both its largest customer "
            "and, through Vetaris Cloud, one of its leading suppliers.\n"
            "Yours sincerely,\nDr. Katrin Albers, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 0.53, "EUR billion", "actual"),
            ("Total", 2024, 0.64, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # (0.64 / 0.53) ** (1 / 1) - 1 = 20.75% -> 21, not 20; bounds (0.635 / 0.535) - 1 = 18.69%,
            # (0.645 / 0.525) - 1 = 22.86% -> 20 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Pet-food group's capital-markets-day slide bullets: connected-feeding TAM (Total), CAGR with printed span,
    #     two regions with shares (Europe's 28% holds only by rounding). Expected nowhere: slide number, household
    #     count, "1 in 3" survey answer and sample, organic-growth and margin targets, the 15% share ambition.
    dict(
        text=(
            "Nordvale Petcare | Capital Markets Day 2025 | London, 10 June 2025\n"
            "Slide 14 - Connected feeding: a new growth platform\n"
            "\u2022 Smart-feeder & connected-feeding TAM: $3.8B (2024) \u2192 $9.6B (2030E); 16.7% CAGR 2024-30\n"
            "\u2022 North America $1.6B (42% of 2024 TAM); Europe $1.1B (28%); rest of world the balance\n"
            "\u2022 ~78M pet-owning households in our core markets; 1 in 3 would pay for AI portion tracking "
            "(Nordvale owner survey, n=6,200)\n"
            "\u2022 Group targets to FY2027: organic sales growth 5-7% p.a., adjusted operating margin >19%\n"
            "\u2022 Ambition: 15% share of the connected-feeding TAM by 2030"
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
            ("North America", 2024, 1.6, "USD billion", "actual"),
            ("Europe", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 6) - 1 = 16.70% -> 16.7
            ("arithmetic", "exact"),  # 1.6 / 3.8 = 42.11% -> 42
            # 1.1 / 3.8 = 28.95% -> 29, not 28; bounds 1.05 / 3.85 = 27.27%, 1.15 / 3.75 = 30.67%
            # -> 28 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Vet forum answer on US AI radiology, quoting two research houses; the first (Lakemont) gives base, target
    #     and rates, so Prairie's 2024 figure is expected nowhere. Expected nowhere: the poster's years in practice,
    #     the monthly subscription, the study-group count and "about half".
    dict(
        text=(
            "VetForum \u203a Practice Management \u203a Is AI radiology actually worth it for a small-animal practice?\n"
            "Reply #7 - DrKeller_DVM (practice owner, 18 yrs) - posted 3 March 2025\n"
            "Short answer: the vendors certainly think so. Lakemont Group's latest report sized the US market for AI "
            "radiograph and ultrasound interpretation at $286 million in 2023 and $348 million in 2024, so roughly "
            "22% growth in a year. Lakemont expects $780 million by 2028, which works out to a compound 22.4% a year "
            "for 2024-28. Another shop, Prairie Analytics, puts 2024 at $410 million, but they lump in the hardware. "
            "For what it's worth, my two-doctor practice pays $650 a month for unlimited reads, and of the 30-odd "
            "owners in my study group about half have signed up with someone."
        ),
        obs=[
            ("Total", 2023, 286, "USD million", "actual"),
            ("Total", 2024, 348, "USD million", "actual"),
            ("Total", 2028, 780, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (348 / 286) ** (1 / 1) - 1 = 21.68% -> 22
            ("cagr|implied", "exact"),  # (780 / 348) ** (1 / 4) - 1 = 22.36% -> 22.4
        ],
    ),
    # 28. Sao Paulo research-house note on Latin American pet telehealth; the series unit is USD million (first
    #     printed), so US$1.05 billion is expected as 1050. Expected nowhere: the Brazilian real (R$) aside, "about
    #     half", the pet count, the rating, target price and upside, the retailer's 2Q25 revenue and growth.
    dict(
        text=(
            "Tordesilhas Research | LatAm Consumer & Health | Industry note | S\u00e3o Paulo, 22 September 2025\n"
            "Pet telehealth: the vet will see you on WhatsApp now\n"
            "We size the Latin American market for AI-assisted pet triage and telehealth (symptom checkers, chat "
            "triage, remote follow-ups) at US$410 million in 2024 and see it reaching US$1.05 billion in 2029, a CAGR "
            "of 20.7% for 2024-29. Brazil is about half of that; on our numbers Brazilian spend came to roughly "
            "R$1.1 billion last year, which is what 160 million-odd pets and a thin vet network outside the big "
            "capitals will do. We reiterate Buy on PetVida (target R$18.50, 34% upside); the chain's 2Q25 revenue "
            "grew 14% to R$870 million."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 410) ** (1 / 5) - 1 = 20.69% -> 20.7
        ],
    ),
    # 29. Xinhua-style release on China's pet-medical AI market; 31.2% growth holds only by rounding; "突破100亿元"
    #     is an approximate 2027 target at its printed figure. Expected nowhere: the dog and cat count, the
    #     hospital count, the RMB 300.2 billion pet-consumption market, "约四成" (a fraction in words).
    dict(
        text=(
            "新华社北京2025年3月18日电（记者刘思远）记者18日从中国宠物诊疗产业联盟获悉，随着人工智能影像辅助诊断、"
            "智能问诊等技术在宠物医院加快落地，2024年我国宠物医疗人工智能市场规模达到48.6亿元，较2023年的37.0亿元"
            "增长31.2%。联盟发布的报告显示，目前全国城镇犬猫数量已超过1.2亿只，宠物医院约2.8万家，宠物消费市场"
            "整体规模达3002亿元。报告预计，到2027年我国宠物医疗人工智能市场规模有望突破100亿元。联盟秘书长表示，"
            "二线以上城市约四成宠物医院已引入AI阅片工具，下一步将推动行业数据标准建设。"
        ),
        obs=[
            ("Total", 2023, 37.0, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (48.6 / 37.0) ** (1 / 1) - 1 = 31.35% -> 31.4, not 31.2; bounds (48.55 / 37.05) - 1 = 31.04%,
            # (48.65 / 36.95) - 1 = 31.66% -> 31.2 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Ministry implementation plan for veterinary AI; "较2023年的50亿元增长3倍" keeps its printed 3 as the
    #     multiple 2023-2027 (no verdict). Expected nowhere: the document number, the plan's title years, base
    #     and training counts, the 60% equipment coverage (a penetration rate), the hog inventory (livestock count).
    dict(
        text=(
            "农业农村部办公厅关于印发《兽医领域人工智能应用推进实施方案（2025—2027年）》的通知\n"
            "农办牧〔2025〕12号\n"
            "……\n"
            "二、主要目标\n"
            "到2027年，兽医领域人工智能应用取得明显成效。建成国家级动物疫病智能诊断示范基地30个，培训基层兽医"
            "人员5万人次；规模养殖场智能监测设备覆盖率达到60%以上；兽医人工智能辅助诊疗相关产业规模突破200亿元，"
            "较2023年的50亿元增长3倍。在保障全国生猪存栏稳定在4.1亿头左右的基础上，重大动物疫病早期预警能力"
            "明显提升。\n"
            "三、重点任务\n"
            "（一）推进宠物诊疗智能化。支持宠物医院应用AI影像判读、智能问诊分诊和诊所管理系统……"
        ),
        obs=[
            ("Total", 2023, 50, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese research-house press release (Traditional) in NT$100 million; a part with its share and a CAGR
    #     with printed span. Expected nowhere: the dog and cat count, the children comparison, the 1,200 owners
    #     surveyed and their 57% answer, the release date.
    dict(
        text=(
            "產業情報觀測所（TIIO）新聞稿｜2025年7月8日\n"
            "毛孩經濟智慧化：AI寵物穿戴與餵食器市場四年後上看86億元\n"
            "TIIO最新研究指出，台灣AI寵物智慧穿戴與智慧餵食器市場規模2024年達新台幣38.5億元，其中智慧餵食器為新台幣"
            "15.9億元，占41.3%；預估2028年整體市場將成長至新台幣86億元，2024至2028年年複合成長率（CAGR）達22.3%。"
            "TIIO資深產業分析師陳怡君表示，台灣登記犬貓數已超過300萬隻，首度超越15歲以下兒童人數；TIIO今年針對"
            "1,200名飼主的調查亦顯示，有57%願意為健康異常預警功能付費，顯示需求端已相當成熟。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("智慧餵食器", 2024, 15.9, "TWD 100 million", "actual"),
            ("Total", 2028, 86, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 15.9 / 38.5 = 41.30% -> 41.3
            ("cagr|implied", "exact"),  # (86 / 38.5) ** (1 / 4) - 1 = 22.25% -> 22.3
        ],
    ),
    # 32. Hong Kong press report (Traditional), June 2025: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate); the
    #     printed 22% growth does not follow from 4.12 -> 4.86. Expected nowhere: "約佔…一成" (share in words), the
    #     pet and clinic counts, the start-up's US$ round, the monthly premiums.
    dict(
        text=(
            "【港聞日報】2025年6月12日\n"
            "寵物睇醫生都用AI　市場去年近五億\n"
            "本港寵物AI市場急速擴張。香港寵物醫療科技協會昨日公布，本港寵物AI診斷及遙距診症服務市場規模去年達4.86億"
            "港元，按年增長22%，前年則為4.12億港元；協會預計今年可增至5.7億港元，2028年更會突破9.5億港元。協會主席"
            "黃家豪指，全港約有56萬隻寵物貓狗，獸醫診所約170間，AI服務目前約佔整體寵物醫療開支一成。他又提到，本地"
            "初創「毛毛醫」上月完成1,200萬美元A輪融資；一般寵物保險月費則約250至400港元。"
        ),
        obs=[
            ("Total", 2023, 4.12, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 5.7, "HKD 100 million", "estimate"),
            ("Total", 2028, 9.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.86 / 4.12) ** (1 / 1) - 1 = 17.96% -> 18, not 22; bounds (4.855 / 4.125) - 1 = 17.70%,
            # (4.865 / 4.115) - 1 = 18.23% -> 22 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional) on veterinary imaging AI, in 億美元; 北美's 52% holds only by
    #     rounding; CAGR with printed span. Expected nowhere: the post time, the clinic's X-ray count, the NT$1.5萬
    #     monthly quote, the dog and cat count in a reply.
    dict(
        text=(
            "作者 vetcat0923 (貓奴獸醫)\n看板 Vet_Tech\n標題 [討論] 獸醫影像AI到底有沒有搞頭？\n"
            "時間 Sat Aug 16 21:47:03 2025\n\n"
            "最近診所一直被業務敲門要導入AI判讀X光，順手查了一下市場數據分享給大家：\n"
            "國外研調的報告說，2024年全球獸醫影像AI市場約11.6億美元，其中北美6.1億美元，占52%，亞太還很小。"
            "報告預估2030年會到35億美元，2024~2030年CAGR 20.2%。\n"
            "我們家是兩個醫師的小診所，一年X光大概拍2,400張，廠商報價一個月1.5萬台幣吃到飽，還在考慮…\n\n"
            "推 dogdoc: 北美果然是大宗\n"
            "\u2192 catlover88: 台灣犬貓加起來快300萬隻了，市場應該會起來"
        ),
        obs=[
            ("Total", 2024, 11.6, "USD 100 million", "actual"),
            ("北美", 2024, 6.1, "USD 100 million", "actual"),
            ("Total", 2030, 35, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 52, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 6.1 / 11.6 = 52.59% -> 53, not 52; bounds 6.05 / 11.65 = 51.93%, 6.15 / 11.55 = 53.25%
            # -> 52 is reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (35 / 11.6) ** (1 / 6) - 1 = 20.21% -> 20.2
        ],
    ),
    # 34. Brokerage research abstract (Simplified) on pet smart hardware: YoY growth with both amounts and a 2026
    #     range (two value claims, no obs). Expected nowhere: the 18% penetration rate, the covered company's target
    #     price, PE multiple, revenue and growth, the report date.
    dict(
        text=(
            "【华岳证券】宠物智能硬件行业深度报告：从\u201c能用\u201d到\u201c好用\u201d，AI重塑养宠体验（2025年4月）\n"
            "投资要点：\n"
            "\u25cf 市场规模：2024年国内宠物智能硬件（智能喂食器、智能猫砂盆、AI健康项圈等）市场规模为52.3亿元，"
            "同比增长24.5%（2023年为42.0亿元）。我们预计2026年市场规模有望达到85-95亿元。\n"
            "\u25cf 渗透率仍低：目前城镇养宠家庭智能硬件渗透率约18%，对标日本仍有较大提升空间。\n"
            "\u25cf 重点公司：推荐趣宠科技（目标价38元，对应2025年25倍PE），公司2024年营收12.6亿元，同比增长31%。\n"
            "\u25cf 风险提示：行业竞争加剧；原材料价格波动；AI功能落地不及预期。"
        ),
        obs=[
            ("Total", 2023, 42.0, "CNY 100 million", "actual"),
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2026, 2026, None),
            ("value", 95, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.3 / 42.0) ** (1 / 1) - 1 = 24.52% -> 24.5
        ],
    ),
    # 35. A-share pet company's results-briefing transcript; the chairman sizes AI pet-health management (Total),
    #     CAGR span only from the amounts' years. Expected nowhere: company revenue, growth, profit, gross margin,
    #     the Q4 revenue, the 10% share target, the partner-hospital count.
    dict(
        text=(
            "宠康股份（301xx6）2024年度业绩说明会文字实录（2025年5月9日）\n"
            "问：请介绍一下公司2024年的经营情况。\n"
            "答（董事会秘书 李明）：公司2024年实现营业收入18.7亿元，同比增长16.2%；归母净利润2.1亿元，毛利率41.5%。"
            "其中第四季度实现营业收入5.3亿元。\n"
            "问：公司如何看待AI宠物健康管理的市场空间？\n"
            "答（董事长 张伟）：根据我们的测算，国内AI宠物健康管理（包括AI问诊分诊、智能健康监测等）市场2024年约为"
            "26亿元，预计到2029年将达到95亿元，年均复合增长率约30%。公司力争到2029年在该领域取得10%以上的市场份额，"
            "目前合作宠物医院已超过3,600家。"
        ),
        obs=[
            ("Total", 2024, 26, "CNY 100 million", "actual"),
            ("Total", 2029, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (95 / 26) ** (1 / 5) - 1 = 29.58% -> 30
        ],
    ),
    # 36. Research-house markdown table by segment with a total row, 2024 and 2025E (estimate); the 2024 column adds
    #     exactly, the 2025E column only by rounding. Expected nowhere: the issue and table numbers, the note.
    dict(
        text=(
            "Harbourline Research | Animal Health AI Monitor, Issue 7 | March 2025\n"
            "Table 2: Global AI in veterinary care market by segment, 2024-2025E (USD million)\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---:|---:|\n"
            "| Diagnostic imaging | 612.4 | 748.1 |\n"
            "| Practice-management software | 488.9 | 571.2 |\n"
            "| Triage & telehealth | 355.7 | 447.9 |\n"
            "| Wearables & smart feeders | 702.3 | 836.5 |\n"
            "| Drug discovery | 241.6 | 290.7 |\n"
            "| Total | 2,400.9 | 2,894.6 |\n"
            "Note: excludes sales of imaging hardware and of pet food."
        ),
        obs=[
            ("Diagnostic imaging", 2024, 612.4, "USD million", "actual"),
            ("Practice-management software", 2024, 488.9, "USD million", "actual"),
            ("Triage & telehealth", 2024, 355.7, "USD million", "actual"),
            ("Wearables & smart feeders", 2024, 702.3, "USD million", "actual"),
            ("Drug discovery", 2024, 241.6, "USD million", "actual"),
            ("Total", 2024, 2400.9, "USD million", "actual"),
            ("Diagnostic imaging", 2025, 748.1, "USD million", "estimate"),
            ("Practice-management software", 2025, 571.2, "USD million", "estimate"),
            ("Triage & telehealth", 2025, 447.9, "USD million", "estimate"),
            ("Wearables & smart feeders", 2025, 836.5, "USD million", "estimate"),
            ("Drug discovery", 2025, 290.7, "USD million", "estimate"),
            ("Total", 2025, 2894.6, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 612.4 + 488.9 + 355.7 + 702.3 + 241.6 = 2400.9 -> 2400.9
            # 748.1 + 571.2 + 447.9 + 836.5 + 290.7 = 2894.4, not 2894.6; bounds 2894.15..2894.65
            # -> 2894.6 is reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. German association's tab-separated vertical table whose lone value column is headed by its unit (Total),
    #     with a YoY column; 2025E and 2026E are estimates; the 2026E YoY holds only by rounding. Expected nowhere:
    #     the EUR 4.1 billion companion-animal medicines market in the note, the monitor's year.
    dict(
        text=(
            "Bundesverband Digitale Tiermedizin e.V. - Marktmonitor 2025\n"
            "AI-enabled veterinary services in Germany (imaging AI, triage, practice software)\n"
            "Year\tEUR million\tYoY\n"
            "2021\t142\t-\n"
            "2022\t171\t20.4%\n"
            "2023\t205\t19.9%\n"
            "2024\t243\t18.5%\n"
            "2025E\t284\t16.9%\n"
            "2026E\t327\t15.3%\n"
            "Note: excludes the EUR 4.1 billion companion-animal medicines market. E = association estimate."
        ),
        obs=[
            ("Total", 2021, 142, "EUR million", "actual"),
            ("Total", 2022, 171, "EUR million", "actual"),
            ("Total", 2023, 205, "EUR million", "actual"),
            ("Total", 2024, 243, "EUR million", "actual"),
            ("Total", 2025, 284, "EUR million", "estimate"),
            ("Total", 2026, 327, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2021, 2022, 1.0),
            ("growth", 19.9, "percent", 2022, 2023, 1.0),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 16.9, "percent", 2024, 2025, 1.0),
            ("growth", 15.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171 / 142) - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # (205 / 171) - 1 = 19.88% -> 19.9
            ("cagr|implied", "exact"),  # (243 / 205) - 1 = 18.54% -> 18.5
            ("cagr|implied", "exact"),  # (284 / 243) - 1 = 16.87% -> 16.9
            # (327 / 284) - 1 = 15.14% -> 15.1, not 15.3; bounds (326.5 / 284.5) - 1 = 14.76%,
            # (327.5 / 283.5) - 1 = 15.52% -> 15.3 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. Consultancy's space-aligned Simplified Chinese table with a 合计 row (item 合计), 2023-2025E in 亿元; all
    #     three columns add exactly. Expected nowhere: the table number, the source line's date.
    dict(
        text=(
            "表3  2023-2025年中国宠物医疗AI细分市场规模（单位：亿元）\n"
            "细分领域              2023年    2024年    2025年E\n"
            "AI影像诊断              12.4      16.1      20.6\n"
            "AI问诊与分诊             8.7      11.5      15.2\n"
            "智能穿戴与喂食          15.2      19.8      24.7\n"
            "诊所管理软件             6.3       7.9       9.8\n"
            "合计                    42.6      55.3      70.3\n"
            "资料来源：艾观咨询，2025年6月"
        ),
        obs=[
            ("AI影像诊断", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2023, 8.7, "CNY 100 million", "actual"),
            ("智能穿戴与喂食", 2023, 15.2, "CNY 100 million", "actual"),
            ("诊所管理软件", 2023, 6.3, "CNY 100 million", "actual"),
            ("合计", 2023, 42.6, "CNY 100 million", "actual"),
            ("AI影像诊断", 2024, 16.1, "CNY 100 million", "actual"),
            ("AI问诊与分诊", 2024, 11.5, "CNY 100 million", "actual"),
            ("智能穿戴与喂食", 2024, 19.8, "CNY 100 million", "actual"),
            ("诊所管理软件", 2024, 7.9, "CNY 100 million", "actual"),
            ("合计", 2024, 55.3, "CNY 100 million", "actual"),
            ("AI影像诊断", 2025, 20.6, "CNY 100 million", "estimate"),
            ("AI问诊与分诊", 2025, 15.2, "CNY 100 million", "estimate"),
            ("智能穿戴与喂食", 2025, 24.7, "CNY 100 million", "estimate"),
            ("诊所管理软件", 2025, 9.8, "CNY 100 million", "estimate"),
            ("合计", 2025, 70.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 12.4 + 8.7 + 15.2 + 6.3 = 42.6
            ("hierarchy", "exact"),  # 16.1 + 11.5 + 19.8 + 7.9 = 55.3
            ("hierarchy", "exact"),  # 20.6 + 15.2 + 24.7 + 9.8 = 70.3
        ],
    ),
    # 39. Research-house regional table with a CAGR column (span printed in its header) and a Global row; 2030F is
    #     an estimate; Middle East & Africa's 21.7% does not follow from its amounts. Expected nowhere: the exhibit
    #     number, the source line.
    dict(
        text=(
            "Exhibit 5. AI veterinary diagnostic imaging market by region (USD million)\n"
            "Region                     2024     2030F    CAGR 2024-30\n"
            "North America             518.6    1476.2    19.0%\n"
            "Europe                    311.2     889.5    19.1%\n"
            "Asia-Pacific              208.7     781.4    24.6%\n"
            "Latin America              61.3     171.8    18.7%\n"
            "Middle East & Africa       24.9      69.7    21.7%\n"
            "Global                   1124.7    3388.6    20.2%\n"
            "Source: Kestrel & Vane Partners, Companion Animal Imaging Outlook, August 2025."
        ),
        obs=[
            ("North America", 2024, 518.6, "USD million", "actual"),
            ("Europe", 2024, 311.2, "USD million", "actual"),
            ("Asia-Pacific", 2024, 208.7, "USD million", "actual"),
            ("Latin America", 2024, 61.3, "USD million", "actual"),
            ("Middle East & Africa", 2024, 24.9, "USD million", "actual"),
            ("Global", 2024, 1124.7, "USD million", "actual"),
            ("North America", 2030, 1476.2, "USD million", "estimate"),
            ("Europe", 2030, 889.5, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 781.4, "USD million", "estimate"),
            ("Latin America", 2030, 171.8, "USD million", "estimate"),
            ("Middle East & Africa", 2030, 69.7, "USD million", "estimate"),
            ("Global", 2030, 3388.6, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1476.2 / 518.6) ** (1 / 6) - 1 = 19.05% -> 19.0
            ("cagr|implied", "exact"),  # (889.5 / 311.2) ** (1 / 6) - 1 = 19.13% -> 19.1
            ("cagr|implied", "exact"),  # (781.4 / 208.7) ** (1 / 6) - 1 = 24.61% -> 24.6
            ("cagr|implied", "exact"),  # (171.8 / 61.3) ** (1 / 6) - 1 = 18.74% -> 18.7
            # (69.7 / 24.9) ** (1 / 6) - 1 = 18.71% -> 18.7, not 21.7; bounds (69.65 / 24.95) ** (1/6) - 1 = 18.66%,
            # (69.75 / 24.85) ** (1/6) - 1 = 18.77% -> 21.7 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3388.6 / 1124.7) ** (1 / 6) - 1 = 20.18% -> 20.2
            ("hierarchy", "exact"),  # 518.6 + 311.2 + 208.7 + 61.3 + 24.9 = 1124.7
            ("hierarchy", "exact"),  # 1476.2 + 889.5 + 781.4 + 171.8 + 69.7 = 3388.6
        ],
    ),
    # 40. Japanese statistics table (tab-separated) by category for FY2024 in JPY 100 million with a share column;
    #     the total's 100.0 is no claim. Expected nowhere: the table number, respondents, the dog and cat counts,
    #     the whole small-animal veterinary market in the note.
    dict(
        text=(
            "Japan Companion Animal Statistics Office - Companion Animal Industry Statistics 2025\n"
            "Table 4-2  AI-enabled veterinary services in Japan by category, FY2024 (unit: JPY 100 million; %)\n"
            "Category\tMarket size\tShare\n"
            "Diagnostic imaging support\t86.4\t35.2\n"
            "Remote consultation and triage\t52.7\t21.5\n"
            "Wearable health monitoring\t61.3\t25.0\n"
            "Clinic management systems\t44.9\t18.3\n"
            "Total\t245.3\t100.0\n"
            "Notes: 1. Compiled from responses by 412 businesses. 2. Dogs kept: 6.8 million; cats kept: 9.1 million. "
            "3. The small-animal veterinary medical market as a whole is estimated at JPY 4,310 (100 million)."
        ),
        obs=[
            ("Diagnostic imaging support", 2024, 86.4, "JPY 100 million", "actual"),
            ("Remote consultation and triage", 2024, 52.7, "JPY 100 million", "actual"),
            ("Wearable health monitoring", 2024, 61.3, "JPY 100 million", "actual"),
            ("Clinic management systems", 2024, 44.9, "JPY 100 million", "actual"),
            ("Total", 2024, 245.3, "JPY 100 million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 86.4 / 245.3 = 35.22% -> 35.2
            ("arithmetic", "exact"),  # 52.7 / 245.3 = 21.48% -> 21.5
            ("arithmetic", "exact"),  # 61.3 / 245.3 = 24.99% -> 25.0
            ("arithmetic", "exact"),  # 44.9 / 245.3 = 18.30% -> 18.3
            ("hierarchy", "exact"),  # 86.4 + 52.7 + 61.3 + 44.9 = 245.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed 27.4% to $612.5 million in 2024 from $480.8 million',
    'compound annual growth of 20.9% between 2024 and 2031',
    'see it rising 21% to ¥25.9bn in FY2024e',
    'a five-year CAGR of roughly 22%',
    'made up GBP 121 million of that, or 57%',
    'feeders took GBP 67 million (32%)',
    'will reach US$2.6 billion by 2030, growing at 20.6% a year',
    'so 2.5x in six years, or roughly 16.5% a year',
    'is to account for US$60 million of the 2028 total, or 40%',
    'we see a range of US$2.9bn to US$3.6bn',
    'up 21% from US$0.98bn in 2023',
    'roughly $1.9 billion',
    'nearly $4.8 billion by 2030, which works out to a 19% CAGR',
    '较2023年的11.0亿元增长32.7%',
    '2024-2029年复合增长率为27.0%',
    '力争突破25亿元，较2023年增长2倍',
    '2024—2030年年均复合增长率为25.2%',
    '較2023年的5.4億元成長16.7%',
    '其中AI影像診斷佔1.2億港元，約佔整體36%',
    '去年台灣AI寵物遠距問診與分流服務市場規模約新台幣5億元',
    '今年可望成長30%至6.5億元',
    '2024-2027年CAGR为31.9%',
    '| Total | 3,545 | 4,246 | 5,039 | 7,210 |',
    '2023            150.2    32.3%',
    '合计\t67.4\t84.9\t105.3',
    'YoY growth (%)\t–\t23.1\t23.2\t22.0\t19.9',
    'was about $2.1 billion in 2024',
    'a compound annual growth rate of 16.2% over',
    "hit $1.18B last year. Report says that's up 19%",
    'which would be 5x the $0.86B',
    'up 23% from £150 million in 2023',
    'an increase of some 20% on the EUR 0.53 billion',
    'double again by 2029',
    '$3.8B (2024) → $9.6B (2030E); 16.7% CAGR 2024-30',
    'Europe $1.1B (28%)',
    'a compound 22.4% a year',
    'Prairie Analytics, puts 2024 at $410 million',
    'US$1.05 billion in 2029',
    '较2023年的37.0亿元增长31.2%',
    '市场规模有望突破100亿元',
    '较2023年的50亿元增长3倍',
    '15.9億元，占41.3%',
    '年複合成長率（CAGR）達22.3%',
    '去年達4.86億港元，按年增長22%',
    '北美6.1億美元，占52%',
    '有望达到85-95亿元',
    '年均复合增长率约30%',
    '| Total | 2,400.9 | 2,894.6 |',
    'Year\tEUR million\tYoY',
    '合计                    42.6      55.3      70.3',
    'Middle East & Africa       24.9      69.7    21.7%',
    'Total\t245.3\t100.0',
)
LAYOUT = (40, 8, 14, 18)
#: the set's blind score (written without reading or running the extractor, and kept unread): 204
#: figures, 53 rates, 78 verdicts and 4 false inconsistent
FLOORS = {"figures_found": 205, "rates_found": 55, "verdicts_right": 81}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset187.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
