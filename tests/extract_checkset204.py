"""A two-hundred-and-fourth check set for the extractor, written blind: AI in funeral, cemetery and deathcare services:
AI memorial and grief-support chatbots, digital-legacy and "griefbot" platforms, AI scheduling and arrangement software
for funeral homes, AI-generated tributes and obituary writing, smart columbarium and cemetery-management systems, AI
pricing and pre-need plan sales tools; sized in money by funeral directors' associations, deathcare consultancies,
brokers covering listed funeral groups, research houses and vendors' investor days, in the United States, the United
Kingdom, Canada, Australia, Japan, South Korea, Singapore, Germany, the Netherlands, mainland China, Taiwan and Hong
Kong. Distractors a careful reader leaves out: total funeral-service revenue beside the AI part, numbers of deaths,
funerals or funeral homes, a funeral group's own revenue or margin, pre-need trust balances, the price of a plot or a
service, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: AI in funeral, cemetery and deathcare services. Eight English prose snippets (a Chicago wire release, a
London broker note in fiscal years, a Berlin briefing with segment shares, an article quoting two research houses, an
investor-day TAM transcript, a Tokyo strategy with last-year, this-year and target yen figures, a Dutch note with a
correction and a range, a UK blog post with a multiple), seven Chinese prose snippets (an industry report, a provincial
plan with 力争 and 增长2倍, a wire story quoting two institutes, a Taiwanese white paper, a Hong Kong story in 億港元, a Taipei
story with 去年/今年, a broker deep-dive) and five tables (markdown with a CAGR column, tab-separated in yen, space-aligned
with a share column, a vertical year table with YoY, a Chinese table with a 合计 row). Left out: total funeral revenue,
deaths and funeral homes, groups' revenue and margins, pre-need trusts, prices, funding rounds, quarters, surveys,
penetration rates, a corrected figure, second sources' figures, Australian dollars. Inconsistent: the deep-dive's
2024-2027 CAGR, the obituaries row's CAGR, the independent directors' share. Only by rounding: the London CAGR, the
Berlin cemetery share, the white paper's CAGR, the yen table's 2024 total, the cemeteries share, the 2025E YoY, the
2025年E 合计.

Snippets 21-40: twenty invented passages on AI in funeral, cemetery and deathcare services. Eight are English prose: an
earnings-call answer sizing a TAM, a working-paper abstract, a social-media thread, a web article with a correction, a
Japanese annual-report letter in yen, investor-day slide bullets, a forum answer quoting two research houses and a
Korean broker note in won (claims only, no observation). Seven are Chinese prose: a Xinhua-style release, a municipal
plan, a Taiwanese research release, a Hong Kong report, a PTT post, a broker abstract with a range and a
results-briefing transcript. Five are tables: markdown with a CAGR column, tab-separated with YoY, space-aligned with
shares, a vertical table whose rows are years, and a Chinese table with a total row. Left out: deaths, funeral-home
counts, total funeral revenue, funeral groups' own revenue and margins, pre-need trust balances, plot and service
prices, funding rounds, price targets, half-year figures, survey answers, a second publisher's figure and a corrected
misprint. Inconsistent: the thread's 48% growth (amounts give 60.5%) and the PTT post's 35% (28.1%). Only by rounding:
the paper's 23.4% CAGR, the forum's 19.8%, Xinhua's 40.5% share, the Taiwanese 20.6% CAGR, the markdown table's
smart-cemetery 20.2%, the vertical table's 2022 YoY of 19.0%, the tab-separated 2023 total and the Chinese 2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release: YoY growth with both amounts, CAGR with printed span; 2030 figure in billions
    #    converted to the series' unit (USD million). Expected nowhere: the dateline, the 860 surveyed funeral
    #    directors, US funeral-service revenue, the count of deaths, the 41% survey answer.
    dict(
        text=(
            "CHICAGO, March 11, 2025 /PRNewswire/ -- Spending by U.S. funeral homes and cemeteries on "
            "artificial-intelligence software, from arrangement schedulers to AI-drafted obituaries and "
            "grief-support chatbots, reached $312 million in 2024, up 24% from $252 million in 2023, according to a "
            "study released today by Larkspur Deathcare Advisors. The Chicago consultancy, which surveyed 860 "
            "funeral directors, expects the market to reach $1.1 billion by 2030, a compound annual growth rate of "
            "23.4% over 2024-2030. U.S. funeral-service revenue totaled roughly $23 billion last year, when the "
            "country recorded about 3.07 million deaths. Some 41% of respondents said families had asked them "
            "about an AI-written tribute."
        ),
        obs=[
            ("Total", 2023, 252, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 252) ** (1 / 1) - 1 = 23.81% -> 24
            ("cagr|implied", "exact"),  # (1100 / 312) ** (1 / 6) - 1 = 23.37% -> 23.4
        ],
    ),
    # 2. London broker sector note in fiscal years (year to March): YoY with both amounts; CAGR whose span only the
    #    amounts' years give, printed "about 25%" while the amounts give 25.66%. Expected nowhere: the dateline, the
    #    wider UK funeral market, deaths a year, the covered group's revenue, growth, margin, target price, upside and
    #    pre-need trust balance.
    dict(
        text=(
            "UK DEATHCARE - Sector update - London, 9 June 2025\n"
            "Algorithms at the graveside. We estimate UK spending by funeral directors and crematoria on AI "
            "arrangement, pricing and memorial software at \u00a338.5m in FY2024 (year to March), up 33% from "
            "\u00a329.0m in FY2023, and forecast \u00a396m by FY2028e, a CAGR of about 25%. The wider UK funeral market "
            "is worth roughly \u00a32.4bn, with some 570,000 deaths a year. Our top pick, Ashgrove Memorial Group plc "
            "(BUY, TP 455p, 22% upside), grew FY2024 revenue 6% to \u00a3312m at a 19% operating margin; its pre-need "
            "trust holds \u00a31.1bn of client funds."
        ),
        obs=[
            ("Total", 2023, 29.0, "GBP million", "actual"),
            ("Total", 2024, 38.5, "GBP million", "actual"),
            ("Total", 2028, 96, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 29.0) ** (1 / 1) - 1 = 32.76% -> 33
            # (96 / 38.5) ** (1 / 4) - 1 = 25.66% -> 26, not 25; bounds (95.5 / 38.55) ** (1/4) - 1 = 25.46%,
            # (96.5 / 38.45) ** (1/4) - 1 = 25.87% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Berlin research briefing: a total and three segments with shares; the third share holds only by rounding.
    #    Expected nowhere: the dateline, German deaths, undertakers' total takings, the average burial price.
    dict(
        text=(
            "BERLIN, 24 September 2025 - German funeral homes, cemetery administrations and crematoria spent "
            "\u20ac146 million on artificial-intelligence tools in 2024, according to a briefing from the Lindenhof "
            "Institute for Funeral Culture. Arrangement and scheduling software was the largest category at "
            "\u20ac52 million, or 36%, followed by AI-generated tributes and online memorial pages at \u20ac38 million "
            "(26%). Smart cemetery-management and grave-registry systems came to \u20ac21 million, some 15% of the "
            "total. The institute expects the market to reach \u20ac390 million by 2029. Germany registered about "
            "1.01 million deaths in 2024, undertakers took in an estimated \u20ac2.9 billion, and an average burial now "
            "costs around \u20ac8,000."
        ),
        obs=[
            ("Total", 2024, 146, "EUR million", "actual"),
            ("Arrangement and scheduling software", 2024, 52, "EUR million", "actual"),
            ("AI-generated tributes and online memorial pages", 2024, 38, "EUR million", "actual"),
            ("Smart cemetery-management and grave-registry systems", 2024, 21, "EUR million", "actual"),
            ("Total", 2029, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 52 / 146 = 35.62% -> 36
            ("arithmetic", "exact"),  # 38 / 146 = 26.03% -> 26
            # 21 / 146 = 14.38% -> 14, not 15; bounds 20.5 / 146.5 = 13.99%, 21.5 / 145.5 = 14.78% -> 15 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Feature article quoting two research houses: YoY with both amounts, CAGR with printed span, series in
    #    USD billion. Expected nowhere: the second house's 2024 figure, the start-up's funding round and valuation,
    #    the 28% poll answer.
    dict(
        text=(
            "Griefbots go mainstream. The global market for digital-legacy and 'griefbot' platforms, services that "
            "let families talk to a chatbot trained on a late relative's messages and voice notes, was worth $1.24 "
            "billion in 2024, up 26.5% from $0.98 billion in 2023, according to Marlowe & Finch Research. The firm "
            "forecasts $4.6 billion by 2031, a compound annual rate of 20.6% from 2024 to 2031. Quillon Insights is "
            "more bullish, putting the 2024 market at $1.5 billion. Eterna Voice, a San Francisco start-up, raised "
            "$42 million last month at a $310 million valuation, and 28% of US adults in one poll said such a "
            "service would comfort them."
        ),
        obs=[
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2031, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 0.98) ** (1 / 1) - 1 = 26.53% -> 26.5
            ("cagr|implied", "exact"),  # (4.6 / 1.24) ** (1 / 7) - 1 = 20.60% -> 20.6
        ],
    ),
    # 5. Investor-day transcript: the CEO sizes a North American TAM (Total) this year (estimate) and for 2030; an
    #    implied growth rate whose span only the years give; a part in another scale with its share.
    #    Expected nowhere: the dateline, the company's own revenue and margin, the funeral homes served, the
    #    third-quarter bookings.
    dict(
        text=(
            "Requiem Systems Investor Day, New York, 5 November 2025 - edited transcript\n"
            "DANA WHITCOMBE, CEO: Let me size the opportunity. We put the total addressable market for AI software "
            "in North American deathcare, meaning arrangement and scheduling, pre-need sales and pricing tools, and "
            "digital memorials, at $2.8 billion this year, growing to $5.1 billion by 2030, so roughly 13% a year. "
            "Pre-need sales tools alone are about $900 million of that, or 32%. For context, we did $184 million of "
            "revenue last year at a 21% adjusted EBITDA margin, we serve roughly 6,200 funeral homes, and "
            "third-quarter bookings came in at $52 million."
        ),
        obs=[
            ("Total", 2025, 2.8, "USD billion", "estimate"),
            ("Total", 2030, 5.1, "USD billion", "estimate"),
            ("Pre-need sales tools", 2025, 900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2025, 2030, None, "inferred"),
            ("share", 32, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.1 / 2.8) ** (1 / 5) - 1 = 12.74% -> 13
            ("arithmetic", "exact"),  # 900 / 2800 = 32.14% -> 32
        ],
    ),
    # 6. Tokyo council strategy: last year (2024, actual) and this year (2025, estimate) from the dateline, a 2028
    #    target, yen amounts (JPY billion); two YoY rates and a target rate whose span only the years give.
    #    Expected nowhere: the dateline, the 60% penetration target, deaths, the average funeral cost.
    dict(
        text=(
            "TOKYO, 14 April 2025 - The All-Japan Memorial Services Council today published its Digital Deathcare "
            "Strategy. Last year, the council estimates, Japanese funeral operators, temples and cemetery managers "
            "spent \u00a518.4 billion on AI tools such as arrangement planners, AI-drafted eulogies and smart "
            "columbarium systems, up 15% from \u00a516.0 billion in 2023. Spending is expected to rise about 17% this "
            "year to \u00a521.5 billion, and the strategy targets \u00a540 billion by 2028, roughly 23% a year. It also "
            "aims to put AI planners in 60% of member halls. Japan recorded 1.6 million deaths last year, and the "
            "average funeral cost \u00a51.18 million."
        ),
        obs=[
            ("Total", 2023, 16.0, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2025, 21.5, "JPY billion", "estimate"),
            ("Total", 2028, 40, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 23, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 16.0) ** (1 / 1) - 1 = 15.00% -> 15
            ("cagr|implied", "exact"),  # (21.5 / 18.4) ** (1 / 1) - 1 = 16.85% -> 17
            ("cagr|period", "exact"),  # (40 / 21.5) ** (1 / 3) - 1 = 22.99% -> 23
        ],
    ),
    # 7. Utrecht consultancy note with a correction line and a 2030 range: YoY with both amounts, two value claims
    #    for the range. Expected nowhere: the erroneous earlier €64 million, the correction's date, deaths, the
    #    cremation rate, the co-operative insurer's premiums.
    dict(
        text=(
            "Correction, 3 July 2025: An earlier version of this note gave the 2024 market as \u20ac64 million; the "
            "correct figure is \u20ac46 million.\n"
            "UTRECHT - Dutch undertakers, crematoria and cemetery foundations spent \u20ac46 million on AI software in "
            "2024, up 18% from \u20ac39 million in 2023, according to deathcare consultancy Van Leeuwen & Brink. AI "
            "scheduling of ceremonies and digital condolence registers account for most of it. The consultancy "
            "expects spending of \u20ac120 million to \u20ac150 million by 2030. The Netherlands recorded about 169,000 "
            "deaths in 2023, cremation rates exceed 70%, and co-operative insurer Meridiaan reported funeral-policy "
            "premiums of \u20ac1.3 billion."
        ),
        obs=[
            ("Total", 2023, 39, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("value", 120, "EUR million", 2030, 2030, None),
            ("value", 150, "EUR million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 39) ** (1 / 1) - 1 = 17.95% -> 18
        ],
    ),
    # 8. UK trade blog post: two amounts five years apart with "more than fivefold" (x5, no verdict); an Australian
    #    rate kept as a claim though its A$ amount is no observation. Expected nowhere: the post date, the A$9m, the
    #    funeral price, the start-up's funding, the 38% poll answer.
    dict(
        text=(
            "Posted 22 January 2025 by Harriet Okafor, The Undertaker's Desk\n"
            "Five years ago almost nobody in my trade had heard of an AI-written eulogy. Now look: by my reckoning, "
            "drawing on supplier filings, UK spending on AI tribute-writing, obituary and memorial-video tools rose "
            "from \u00a33.2m in 2019 to \u00a317.5m in 2024, more than fivefold. Australia is following, with the same "
            "category up 40% last year to about A$9m. Meanwhile a basic funeral still costs around \u00a34,200, a "
            "tribute start-up just raised \u00a36m, and 38% of readers who answered my poll said they had used a "
            "chatbot to draft a eulogy."
        ),
        obs=[
            ("Total", 2019, 3.2, "GBP million", "actual"),
            ("Total", 2024, 17.5, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("growth", 40, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # no verdict: a multiple (17.5 / 3.2 = 5.47x), and the Australian rate's base is not printed
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, a part with its share, a CAGR with printed
    #    span. Expected nowhere: the report's title year, total funeral-service revenue, deaths, the count of
    #    funeral parlours, the 57% survey answer.
    dict(
        text=(
            "《2025中国殡葬服务数字化发展报告》近日在北京发布。报告显示,2024年我国殡葬领域人工智能应用市场规模"
            "达到23.7亿元,较2023年的17.9亿元增长32.4%。其中,智慧墓园管理系统市场规模为6.8亿元,占比28.7%。"
            "报告预计,到2028年该市场规模将达到61.5亿元,2024—2028年复合增长率为26.9%。报告同时指出,2024年全国"
            "殡葬服务业总收入约2,300亿元,全国死亡人口约1,093万人,各类殡仪馆1,700余家;受访殡葬机构中有57%已试用"
            "AI撰写讣告。"
        ),
        obs=[
            ("Total", 2023, 17.9, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("智慧墓园管理系统", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2028, 61.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("share", 28.7, "percent", 2024, 2024, None),
            ("cagr", 26.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.7 / 17.9) ** (1 / 1) - 1 = 32.40% -> 32.4
            ("arithmetic", "exact"),  # 6.8 / 23.7 = 28.69% -> 28.7
            ("cagr|implied", "exact"),  # (61.5 / 23.7) ** (1 / 4) - 1 = 26.92% -> 26.9
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets: 增长2倍 kept as x2 over 2024-2027, an annual rate
    #     whose span only the years give, a part's target. Expected nowhere: the plan's title years, the 90%
    #     coverage and 65% eco-burial rates, the counts of funeral parlours and cemeteries, cremations, the average
    #     funeral spend.
    dict(
        text=(
            "浙江省民政厅日前印发《浙江省智慧殡葬三年行动方案(2025—2027年)》。方案提出,2024年全省殡葬领域人工智能"
            "应用市场规模为4.2亿元,力争到2027年达到12.6亿元,较2024年增长2倍,年均增长约44%;其中AI追思与数字纪念"
            "服务力争达到3.5亿元。方案同时要求,到2027年全省殡仪馆智能调度系统覆盖率达到90%,节地生态安葬率达到65%"
            "以上。据统计,全省现有殡仪馆88家、经营性公墓300余个,2024年火化遗体约36万具,平均每场丧事支出约2.8万元。"
        ),
        obs=[
            ("Total", 2024, 4.2, "CNY 100 million", "actual"),
            ("Total", 2027, 12.6, "CNY 100 million", "estimate"),
            ("AI追思与数字纪念服务", 2027, 3.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
            ("cagr", 44, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12.6 / 4.2) ** (1 / 3) - 1 = 44.22% -> 44 (the multiple gets no verdict)
        ],
    ),
    # 11. Beijing wire story (Simplified) quoting two institutes: the first gives base, YoY and target; the second
    #     institute's 2024 figure is expected nowhere. Approximate figures (约, 突破) at their printed values.
    #     Expected nowhere: the dateline, the digital-human price range, the first quarter's order growth, the
    #     start-up's funding round and valuation.
    dict(
        text=(
            "中新网北京4月2日电(记者 刘思远)清明将至,“AI复活”亲人的数字追思服务再度走热。据华策殡葬研究院测算,"
            "2024年我国AI哀伤陪伴与数字纪念服务市场规模约为9.6亿元,同比增长41.2%(2023年为6.8亿元),预计2027年"
            "将突破25亿元。另据艾观咨询估算,2024年该市场规模为12.3亿元。业内人士介绍,目前制作一个亲人数字人的价格"
            "在数百元至数千元不等;今年一季度,某头部平台订单量同比增长近3倍,另一家初创企业刚完成1.5亿元A轮融资,"
            "投后估值约10亿元。"
        ),
        obs=[
            ("Total", 2023, 6.8, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 6.8) ** (1 / 1) - 1 = 41.18% -> 41.2
        ],
    ),
    # 12. Taiwanese white paper (Traditional) in 新台幣億元: YoY with both amounts, a part with its share, a CAGR
    #     with printed span that holds only by rounding. Expected nowhere: the title year, the industry's total
    #     output, deaths, the count of funeral-service firms, the pre-need trust balance.
    dict(
        text=(
            "臺灣生命產業研究協會發布的《2025臺灣殯葬科技白皮書》指出,2024年國內殯葬業人工智慧應用市場規模達新台幣"
            "18.2億元,較2023年的14.6億元成長24.7%;其中AI生命紀念與線上追思平台為5.1億元,占比28%。白皮書預估,"
            "2028年市場規模將達新台幣41.5億元,2024至2028年年複合成長率為22.8%。相較之下,全台殯葬服務業年產值約"
            "新台幣700億元,去年死亡人數約20萬人,禮儀服務業者逾4,000家,生前契約信託專戶餘額則超過新台幣900億元。"
        ),
        obs=[
            ("Total", 2023, 14.6, "TWD 100 million", "actual"),
            ("Total", 2024, 18.2, "TWD 100 million", "actual"),
            ("AI生命紀念與線上追思平台", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2028, 41.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
            ("cagr", 22.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.2 / 14.6) ** (1 / 1) - 1 = 24.66% -> 24.7
            ("arithmetic", "exact"),  # 5.1 / 18.2 = 28.02% -> 28
            # (41.5 / 18.2) ** (1 / 4) - 1 = 22.88% -> 22.9, not 22.8; bounds (41.45 / 18.25) ** (1/4) - 1 = 22.76%,
            # (41.55 / 18.15) ** (1/4) - 1 = 23.01% -> 22.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 (HKD 100 million): YoY with both amounts, a part with its
    #     share, a CAGR with printed span. Expected nowhere: deaths last year, the niche price, the listed funeral
    #     group's revenue.
    dict(
        text=(
            "【本報訊】人工智能正走進本港殯儀業。香港殯儀科技研究中心昨日發表報告,估計2024年本港殯儀館、墳場及骨灰龕"
            "營運者在人工智能方面的支出為3.86億港元,按年增長20.2%(2023年為3.21億港元);其中智慧骨灰龕管理系統佔"
            "1.42億港元,約佔36.8%。報告預計,2028年相關支出將增至7.5億港元,2024至2028年複合年增長率為18.1%。本港"
            "去年約有5.1萬人離世,私營骨灰龕位售價動輒數十萬港元,而上市殯儀集團永恆生命控股去年收入為12.6億港元。"
        ),
        obs=[
            ("Total", 2023, 3.21, "HKD 100 million", "actual"),
            ("Total", 2024, 3.86, "HKD 100 million", "actual"),
            ("智慧骨灰龕管理系統", 2024, 1.42, "HKD 100 million", "actual"),
            ("Total", 2028, 7.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 18.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.86 / 3.21) ** (1 / 1) - 1 = 20.25% -> 20.2
            ("arithmetic", "exact"),  # 1.42 / 3.86 = 36.79% -> 36.8
            ("cagr|implied", "exact"),  # (7.5 / 3.86) ** (1 / 4) - 1 = 18.06% -> 18.1
        ],
    ),
    # 14. Taipei newspaper story (Traditional) dated 2025: 去年 -> 2024 (actual), 今年 -> 2025 (estimate), a 2027
    #     突破 figure at its printed value; YoY with both amounts. Expected nowhere: the dateline, the 七成 survey
    #     answer, Taipei deaths, daily farewell services, the 四成 eco-burial proportion.
    dict(
        text=(
            "2025-03-18 14:32〔記者林怡君/台北報導〕清明連假將至,台灣殯葬資訊協會今天表示,去年國內殯葬業者導入AI"
            "排程、AI訃聞與線上追思服務的市場規模約新台幣9.3億元,今年可望成長至11.6億元,年增約25%,預估2027年將"
            "突破20億元。協會調查也發現,七成禮儀公司已試用生成式AI撰寫訃聞。台北市殯葬管理處指出,去年北市死亡人數"
            "約2.4萬人,第二殯儀館每日平均舉辦約60場告別式,樹葬、海葬等環保自然葬比例已達四成。"
        ),
        obs=[
            ("Total", 2024, 9.3, "TWD 100 million", "actual"),
            ("Total", 2025, 11.6, "TWD 100 million", "estimate"),
            ("Total", 2027, 20, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.6 / 9.3) ** (1 / 1) - 1 = 24.73% -> 25
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): two CAGRs with printed spans; the 2024-2027 one contradicts its
    #     amounts. Expected nowhere: the industry's total size, the 1% penetration rate, the covered company's rating,
    #     target price, upside, revenue and gross margin.
    dict(
        text=(
            "【华信证券】殡葬行业深度报告:AI重塑“最后一公里”\n"
            "我们测算,2024年国内殡葬AI市场(含智能定价与预需销售工具、AI数字人追思、智慧陵园系统)规模为31.5亿元,"
            "较2021年的12.4亿元明显提升,2021—2024年CAGR为36.4%;预计2027年将达到78亿元,2024—2027年CAGR为37.5%。"
            "对比来看,2024年全国殡葬行业总规模约3,000亿元,AI渗透率仍仅约1%。首次覆盖安和园控股,给予“买入”评级,"
            "目标价7.8港元,对应上涨空间32%;公司2024年营收21.4亿元,毛利率76.5%。风险提示:政策变化、死亡人数波动。"
        ),
        obs=[
            ("Total", 2021, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2027, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.4, "percent", 2021, 2024, None, "stated"),
            ("cagr", 37.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 12.4) ** (1 / 3) - 1 = 36.45% -> 36.4
            # (78 / 31.5) ** (1 / 3) - 1 = 35.29%; bounds (77.5 / 31.55) ** (1/3) - 1 = 34.93%,
            # (78.5 / 31.45) ** (1/3) - 1 = 35.65% -> 37.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. Markdown pipe table (exhibit) with a CAGR column; rows add to the Total row in both years; the obituaries
    #     row's CAGR contradicts its amounts. Expected nowhere: the exhibit number, worldwide funeral-service revenue.
    dict(
        text=(
            "Exhibit 7: Global AI deathcare software market by segment (US$ million)\n"
            "| Segment | 2024 | 2030E | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|\n"
            "| Arrangement & scheduling software | 412 | 1,180 | 19.2% |\n"
            "| Grief-support & griefbot platforms | 236 | 905 | 25.1% |\n"
            "| AI obituaries & tributes | 118 | 352 | 21.0% |\n"
            "| Pre-need pricing & sales tools | 174 | 563 | 21.6% |\n"
            "| Total | 940 | 3,000 | 21.3% |\n"
            "Source: Cypress Row Deathcare Consulting estimates. Excludes funeral-service revenue of roughly US$140 "
            "billion worldwide."
        ),
        obs=[
            ("Arrangement & scheduling software", 2024, 412, "USD million", "actual"),
            ("Arrangement & scheduling software", 2030, 1180, "USD million", "estimate"),
            ("Grief-support & griefbot platforms", 2024, 236, "USD million", "actual"),
            ("Grief-support & griefbot platforms", 2030, 905, "USD million", "estimate"),
            ("AI obituaries & tributes", 2024, 118, "USD million", "actual"),
            ("AI obituaries & tributes", 2030, 352, "USD million", "estimate"),
            ("Pre-need pricing & sales tools", 2024, 174, "USD million", "actual"),
            ("Pre-need pricing & sales tools", 2030, 563, "USD million", "estimate"),
            ("Total", 2024, 940, "USD million", "actual"),
            ("Total", 2030, 3000, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1180 / 412) ** (1 / 6) - 1 = 19.17% -> 19.2
            ("cagr|implied", "exact"),  # (905 / 236) ** (1 / 6) - 1 = 25.11% -> 25.1
            # (352 / 118) ** (1 / 6) - 1 = 19.98%; bounds (351.5 / 118.5) ** (1/6) - 1 = 19.87%,
            # (352.5 / 117.5) ** (1/6) - 1 = 20.09% -> 21.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (563 / 174) ** (1 / 6) - 1 = 21.62% -> 21.6
            ("cagr|implied", "exact"),  # (3000 / 940) ** (1 / 6) - 1 = 21.34% -> 21.3
            ("hierarchy", "exact"),  # 2024: 412 + 236 + 118 + 174 = 940
            ("hierarchy", "exact"),  # 2030E: 1180 + 905 + 352 + 563 = 3000
        ],
    ),
    # 17. Tab-separated Japanese table in ¥ billion (JPY billion), three years and a Total row; the 2024 total holds
    #     only by rounding. Expected nowhere: the table number, the funeral industry's ¥1.6 trillion, the count of halls.
    dict(
        text=(
            "Table 3. Japan: smart columbarium and cemetery-management systems, sales by type (\u00a5 billion)\n"
            "Type\t2022\t2023\t2024\n"
            "Automated conveyor columbariums\t3.42\t3.87\t4.31\n"
            "Cemetery-management and plot-mapping software\t1.26\t1.48\t1.77\n"
            "Online visitation and memorial streaming\t0.84\t1.03\t1.25\n"
            "AI grave-care scheduling\t0.31\t0.44\t0.58\n"
            "Total\t5.83\t6.82\t7.92\n"
            "Source: Sakuragaoka Research Institute; calendar years. For scale, Japan's funeral industry took in "
            "about \u00a51.6 trillion in 2024 across some 9,000 halls."
        ),
        obs=[
            ("Automated conveyor columbariums", 2022, 3.42, "JPY billion", "actual"),
            ("Automated conveyor columbariums", 2023, 3.87, "JPY billion", "actual"),
            ("Automated conveyor columbariums", 2024, 4.31, "JPY billion", "actual"),
            ("Cemetery-management and plot-mapping software", 2022, 1.26, "JPY billion", "actual"),
            ("Cemetery-management and plot-mapping software", 2023, 1.48, "JPY billion", "actual"),
            ("Cemetery-management and plot-mapping software", 2024, 1.77, "JPY billion", "actual"),
            ("Online visitation and memorial streaming", 2022, 0.84, "JPY billion", "actual"),
            ("Online visitation and memorial streaming", 2023, 1.03, "JPY billion", "actual"),
            ("Online visitation and memorial streaming", 2024, 1.25, "JPY billion", "actual"),
            ("AI grave-care scheduling", 2022, 0.31, "JPY billion", "actual"),
            ("AI grave-care scheduling", 2023, 0.44, "JPY billion", "actual"),
            ("AI grave-care scheduling", 2024, 0.58, "JPY billion", "actual"),
            ("Total", 2022, 5.83, "JPY billion", "actual"),
            ("Total", 2023, 6.82, "JPY billion", "actual"),
            ("Total", 2024, 7.92, "JPY billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 3.42 + 1.26 + 0.84 + 0.31 = 5.83
            ("hierarchy", "exact"),  # 2023: 3.87 + 1.48 + 1.03 + 0.44 = 6.82
            # 2024: 4.31 + 1.77 + 1.25 + 0.58 = 7.91, not 7.92; parts' bounds 7.89-7.93 (each +/-0.005) overlap the
            # total's 7.915-7.925 -> holds only by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned French table with a share column: rows add to the Total row; one share contradicts its
    #     amounts, one holds only by rounding; the 100.0% total is no claim. Expected nowhere: the 312 surveyed
    #     operators, deaths, the average funeral price.
    dict(
        text=(
            "France: AI software spend in deathcare by buyer type, 2024\n"
            "\n"
            "Buyer type                          EUR m    Share\n"
            "Funeral groups and co-operatives     18.6    41.3%\n"
            "Independent funeral directors        12.9    26.7%\n"
            "Cemeteries and crematoria             8.1    18.1%\n"
            "Direct-to-consumer memorial apps      5.4    12.0%\n"
            "Total                                45.0   100.0%\n"
            "\n"
            "Source: Observatoire Lumiere du Funeraire, survey of 312 operators. France recorded about 640,000 "
            "deaths in 2024; the average funeral cost EUR 4,500."
        ),
        obs=[
            ("Funeral groups and co-operatives", 2024, 18.6, "EUR million", "actual"),
            ("Independent funeral directors", 2024, 12.9, "EUR million", "actual"),
            ("Cemeteries and crematoria", 2024, 8.1, "EUR million", "actual"),
            ("Direct-to-consumer memorial apps", 2024, 5.4, "EUR million", "actual"),
            ("Total", 2024, 45.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 26.7, "percent", 2024, 2024, None),
            ("share", 18.1, "percent", 2024, 2024, None),
            ("share", 12.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.6 / 45.0 = 41.33% -> 41.3
            # 12.9 / 45.0 = 28.67%; bounds 12.85 / 45.05 = 28.52%, 12.95 / 44.95 = 28.81% -> 26.7 reached by no reading
            ("arithmetic", "inconsistent"),
            # 8.1 / 45.0 = 18.00% -> 18.0, not 18.1; bounds 8.05 / 45.05 = 17.87%, 8.15 / 44.95 = 18.13% -> 18.1 by
            # some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 5.4 / 45.0 = 12.00% -> 12.0
            ("hierarchy", "exact"),  # 2024: 18.6 + 12.9 + 8.1 + 5.4 = 45.0
        ],
    ),
    # 19. Vertical markdown table whose rows are years: a lone value column headed by its unit only (Total) and a
    #     YoY column; 2025E an estimate; the 2025E YoY holds only by rounding. Expected nowhere: the source's date,
    #     the first quarter's revenue.
    dict(
        text=(
            "US digital-legacy and griefbot platforms: market revenue, 2020-2025E\n"
            "| Year | USD million | YoY |\n"
            "|---|---:|---:|\n"
            "| 2020 | 61.4 | - |\n"
            "| 2021 | 78.9 | 28.5% |\n"
            "| 2022 | 104.2 | 32.1% |\n"
            "| 2023 | 139.6 | 34.0% |\n"
            "| 2024 | 181.3 | 29.9% |\n"
            "| 2025E | 229.0 | 26.2% |\n"
            "Source: Harbor & Vale Research, March 2025. 2025E is a forecast; first-quarter 2025 revenue of "
            "US$51.7 million is not annualised here."
        ),
        obs=[
            ("Total", 2020, 61.4, "USD million", "actual"),
            ("Total", 2021, 78.9, "USD million", "actual"),
            ("Total", 2022, 104.2, "USD million", "actual"),
            ("Total", 2023, 139.6, "USD million", "actual"),
            ("Total", 2024, 181.3, "USD million", "actual"),
            ("Total", 2025, 229.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2020, 2021, 1.0),
            ("growth", 32.1, "percent", 2021, 2022, 1.0),
            ("growth", 34.0, "percent", 2022, 2023, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78.9 / 61.4) ** (1 / 1) - 1 = 28.50% -> 28.5
            ("cagr|implied", "exact"),  # (104.2 / 78.9) ** (1 / 1) - 1 = 32.07% -> 32.1
            ("cagr|implied", "exact"),  # (139.6 / 104.2) ** (1 / 1) - 1 = 33.97% -> 34.0
            ("cagr|implied", "exact"),  # (181.3 / 139.6) ** (1 / 1) - 1 = 29.87% -> 29.9
            # (229.0 / 181.3) ** (1 / 1) - 1 = 26.31% -> 26.3, not 26.2; bounds 228.95 / 181.35 - 1 = 26.25%,
            # 229.05 / 181.25 - 1 = 26.37% -> 26.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; 2025年E is an estimate; the 2025年E 合计
    #     holds only by rounding. Expected nowhere: the table number, the excluded total funeral-service revenue.
    dict(
        text=(
            "表5 我国殡葬AI应用市场分产品规模(单位:亿元)\n"
            "产品类别\t2023年\t2024年\t2025年E\n"
            "智慧殡仪服务调度\t5.6\t7.2\t9.1\n"
            "AI数字人追思与哀伤陪伴\t3.9\t5.6\t7.6\n"
            "智慧陵园管理系统\t5.1\t6.8\t8.5\n"
            "AI定价与预需销售工具\t3.3\t4.1\t5.2\n"
            "合计\t17.9\t23.7\t30.5\n"
            "数据来源:华策殡葬研究院;2025年E为预测值;殡葬服务业总收入(约2,300亿元)未计入本表。"
        ),
        obs=[
            ("智慧殡仪服务调度", 2023, 5.6, "CNY 100 million", "actual"),
            ("智慧殡仪服务调度", 2024, 7.2, "CNY 100 million", "actual"),
            ("智慧殡仪服务调度", 2025, 9.1, "CNY 100 million", "estimate"),
            ("AI数字人追思与哀伤陪伴", 2023, 3.9, "CNY 100 million", "actual"),
            ("AI数字人追思与哀伤陪伴", 2024, 5.6, "CNY 100 million", "actual"),
            ("AI数字人追思与哀伤陪伴", 2025, 7.6, "CNY 100 million", "estimate"),
            ("智慧陵园管理系统", 2023, 5.1, "CNY 100 million", "actual"),
            ("智慧陵园管理系统", 2024, 6.8, "CNY 100 million", "actual"),
            ("智慧陵园管理系统", 2025, 8.5, "CNY 100 million", "estimate"),
            ("AI定价与预需销售工具", 2023, 3.3, "CNY 100 million", "actual"),
            ("AI定价与预需销售工具", 2024, 4.1, "CNY 100 million", "actual"),
            ("AI定价与预需销售工具", 2025, 5.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 17.9, "CNY 100 million", "actual"),
            ("合计", 2024, 23.7, "CNY 100 million", "actual"),
            ("合计", 2025, 30.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.6 + 3.9 + 5.1 + 3.3 = 17.9
            ("hierarchy", "exact"),  # 2024: 7.2 + 5.6 + 6.8 + 4.1 = 23.7
            # 2025E: 9.1 + 7.6 + 8.5 + 5.2 = 30.4, not 30.5; parts' bounds 30.2-30.6 (each +/-0.05) overlap the
            # total's 30.45-30.55 -> holds only by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. US funeral group's Q3 earnings call, Q&A answer sizing a TAM: "this year" estimate, "last year" actual,
    #     YoY with both amounts, a 2029 figure in billions converted to USD million, a CAGR whose span only the
    #     amounts' years give. Expected nowhere: the quarter's revenue and margin, the 19,000 funeral homes, the
    #     1,480 served, the preneed trust balance, the call's date.
    dict(
        text=(
            "Evergreen Memorial Partners (NYSE: EVMP), Q3 2025 earnings call, October 29, 2025. Q&A excerpt.\n"
            "Dana Whitcomb, Halvorsen & Co.: How big can the Aftercare AI suite get?\n"
            "Priya Castellanos, Chief Digital Officer: We size the total addressable market for AI arrangement, "
            "scheduling and pre-need sales software across North American funeral homes at about $640 million this "
            "year, up 23% from $520 million last year, and we see it reaching $1.2 billion by 2029, so call it 17% "
            "compounded. There are roughly 19,000 funeral homes out there and we serve 1,480 of them. For the quarter, "
            "revenue was $412.6 million at a 31.4% adjusted EBITDA margin, and preneed trust balances ended at "
            "$3.8 billion."
        ),
        obs=[
            ("Total", 2024, 520, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "estimate"),
            ("Total", 2029, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 520) ** (1 / 1) - 1 = 23.08% -> 23
            ("cagr|period", "exact"),  # (1200 / 640) ** (1 / 4) - 1 = 17.02% -> 17
        ],
    ),
    # 22. Leiden working-paper abstract in euros: CAGR with printed span that holds only by rounding, a country's
    #     part with its share. Expected nowhere: the paper number, the 4.8 million deaths, the 6% survey answer,
    #     the 3,150 adults surveyed.
    dict(
        text=(
            "Working Paper No. 25/117, Institute for Digital Society Studies, Leiden, March 2025.\n"
            "Griefbots, Data Estates and the Digital Afterlife Economy in Europe.\n"
            "Abstract. Drawing on vendor filings and app-store revenue data, we estimate that households and funeral "
            "providers in the EU-27 spent \u20ac182 million on digital-legacy and griefbot platforms in 2024, up from "
            "\u20ac97 million in 2021, a compound annual growth rate of 23.4% over 2021-2024. Germany accounted for "
            "\u20ac51 million (28%). With about 4.8 million deaths a year across the Union, uptake remains thin: only 6% "
            "of bereaved respondents in our survey of 3,150 adults had used a memorial chatbot. We discuss consent, "
            "data protection and pricing."
        ),
        obs=[
            ("Total", 2021, 97, "EUR million", "actual"),
            ("Total", 2024, 182, "EUR million", "actual"),
            ("Germany", 2024, 51, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2021, 2024, None, "stated"),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (182 / 97) ** (1 / 3) - 1 = 23.34% -> 23.3, not 23.4; bounds (181.5 / 97.5) ** (1/3) - 1 = 23.01%,
            # (182.5 / 96.5) ** (1/3) - 1 = 23.66% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 51 / 182 = 28.02% -> 28
        ],
    ),
    # 23. Social-media thread quoting an advisory: YoY rate contradicted by its own amounts, a "2.5x" multiple,
    #     an approximate 2028 figure. Expected nowhere: the post numbers, US deaths, funeral-home count, the
    #     funeral price, the 41% poll answer and 900 directors, the startup's round and valuation.
    dict(
        text=(
            "@mortalitymarkets thread on AI in US deathcare\n"
            "1/ Everyone's arguing about griefbots. The real money is in AI obituary & tribute writing.\n"
            "2/ Per Tallis Deathcare Advisory, US spend on AI obit and tribute tools hit $61M in 2024, up 48% from "
            "$38M in 2023.\n"
            "3/ Tallis sees ~$150M by 2028. That's roughly 2.5x in four years.\n"
            "4/ Context: ~3.1M US deaths in 2024, about 19k funeral homes, and a median funeral with viewing and "
            "burial runs $8,300.\n"
            "5/ Their poll of 900 directors: 41% already use AI for obits. Tribute startup Quillrest just raised $14M "
            "at a $90M valuation. Not advice."
        ),
        obs=[
            ("Total", 2023, 38, "USD million", "actual"),
            ("Total", 2024, 61, "USD million", "actual"),
            ("Total", 2028, 150, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 48, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (61 / 38) ** (1 / 1) - 1 = 60.53%, not 48; bounds 60.5 / 38.5 - 1 = 57.14%, 61.5 / 37.5 - 1 = 64.00%
            # -> 48 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK web article with an appended correction: YoY with both amounts, CAGR with printed span. Expected
    #     nowhere: the misprinted GBP 24.7m, the wider sector turnover, deaths registered, the start-up's round and
    #     valuation, the funeral price, the update date.
    dict(
        text=(
            "Deathcare Tech Weekly, updated 12 March 2025\n"
            "UK funeral directors hand the diary to AI\n"
            "British funeral directors spent \u00a327.4m on AI scheduling and arrangement software in 2024, up 14% on "
            "\u00a324.0m a year earlier, according to consultancy Harrowgate Deathcare. It forecasts \u00a358m by 2030, "
            "a compound annual growth rate of 13.3% between 2024 and 2030. The wider funeral sector turned over about "
            "\u00a32.6bn, with some 569,000 deaths registered. Leeds start-up Lumen Rest raised \u00a36m at a \u00a340m "
            "valuation last month, and the average basic funeral now costs \u00a34,285.\n"
            "Correction: An earlier version of this article gave the 2024 market as \u00a324.7m. The correct figure is "
            "\u00a327.4m."
        ),
        obs=[
            ("Total", 2023, 24.0, "GBP million", "actual"),
            ("Total", 2024, 27.4, "GBP million", "actual"),
            ("Total", 2030, 58, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 24.0) ** (1 / 1) - 1 = 14.17% -> 14
            ("cagr|implied", "exact"),  # (58 / 27.4) ** (1 / 6) - 1 = 13.31% -> 13.3
        ],
    ),
    # 25. Japanese funeral group's annual-report letter in yen and fiscal years: YoY with both amounts, a part with
    #     its share, a CAGR whose span only the amounts' years give. Expected nowhere: Japan's deaths, families
    #     served and halls, the group's revenue, operating margin and dividend, the letter's date.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2024 (the year ended March 31, 2025) was the year AI moved from pilot to practice in Japanese "
            "funeral services. By our estimate, the domestic market for AI-enabled arrangement, memorial and "
            "columbarium services reached \u00a518.2 billion in fiscal 2024, up 12% from \u00a516.3 billion. Smart "
            "columbarium management systems made up \u00a55.1 billion, or 28% of it. We expect the market to reach "
            "\u00a531 billion in fiscal 2027, a compound rate of about 19%. Japan recorded 1.6 million deaths, and our "
            "group served 74,000 families through 212 halls. Consolidated revenue rose to \u00a596.4 billion at an "
            "operating margin of 8.7%, and we raised the annual dividend to \u00a548 per share.\n"
            "Kenji Morisawa, President and CEO, Shion Holdings Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 16.3, "JPY billion", "actual"),
            ("Total", 2024, 18.2, "JPY billion", "actual"),
            ("Smart columbarium management systems", 2024, 5.1, "JPY billion", "actual"),
            ("Total", 2027, 31, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
            ("cagr", 19, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.2 / 16.3) ** (1 / 1) - 1 = 11.66% -> 12
            ("arithmetic", "exact"),  # 5.1 / 18.2 = 28.02% -> 28
            ("cagr|period", "exact"),  # (31 / 18.2) ** (1 / 3) - 1 = 19.43% -> 19
        ],
    ),
    # 26. US vendor's investor-day slide bullets: TAM in USD billion (series unit), CAGR with printed span, an
    #     adjacent market as its own item in USD million. Expected nowhere: slide number, US deaths, the "1 in 4"
    #     survey fraction, the company's revenue guidance range and gross margin, the funding round and valuation,
#     the 640 customers and 38 states.
    dict(
        text=(
            "Tributary Technologies Investor Day 2025, Slide 9: The market we serve\n"
            "- AI memorial and grief-support chatbot TAM: $0.9B in 2025E, rising to $2.4B in 2030E\n"
            "- 21.7% CAGR, 2025E-2030E\n"
            "- Adjacent: digital-legacy vaults, a $350M TAM in 2025E\n"
            "- 2.9M deaths in the US last year; 1 in 4 families asked their funeral home about a memorial bot\n"
            "- FY2025 revenue guide: $118M-$124M; gross margin 71%\n"
            "- Series D (2023): $85M raised at a $1.1B valuation\n"
            "- 640 funeral-home customers across 38 states"
        ),
        obs=[
            ("Total", 2025, 0.9, "USD billion", "estimate"),
            ("Total", 2030, 2.4, "USD billion", "estimate"),
            ("Digital-legacy vaults", 2025, 350, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.4 / 0.9) ** (1 / 5) - 1 = 21.67% -> 21.7
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house's base, target and stated CAGR (holds only by
    #     rounding); the second house's 2024 figure is expected nowhere. Also nowhere: US funeral industry revenue,
    #     the home's 340 services, the pre-need contract price, the upvotes.
    dict(
        text=(
            "Re: How big is the grief tech market, really?\n"
            "Answer from hollis_m, funeral director in Ohio:\n"
            "Depends who you ask. Northvale Research puts the global market for AI griefbots, memorial chatbots and "
            "digital-legacy platforms at $312 million in 2024 and expects $920 million by 2030, a 19.8% CAGR over "
            "2024-2030. Marlowe Insights is more bullish at $455 million for 2024, but it counts hologram hardware. "
            "Either way it's a rounding error next to the roughly $23 billion US funeral homes take in. We ran 340 "
            "services last year and maybe a dozen families asked about a chatbot. A basic pre-need contract here runs "
            "$9,500.\n"
            "41 upvotes"
        ),
        obs=[
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2030, 920, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (920 / 312) ** (1 / 6) - 1 = 19.749% -> 19.7, not 19.8; bounds (919.5 / 312.5) ** (1/6) - 1 = 19.71%,
            # (920.5 / 311.5) ** (1/6) - 1 = 19.79% -> 19.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note with amounts in won (no observation): a YoY rate and a CAGR with printed span, a share
    #     without printed part, all claims without verdicts. Expected nowhere: the won amount, Korea's deaths, the
    #     93% cremation rate, the three operators, the target price and upside, the operator's margin.
    dict(
        text=(
            "Hanbit Investment & Securities, Korea Deathcare, 7 April 2025\n"
            "AI memorials go mainstream. We estimate Korea's market for AI memorial videos, griefbot services and "
            "smart charnel-house management at \u20a9148 billion in 2024, up 18% y/y, and forecast a 21% CAGR over "
            "2024-2028 as the three listed operators roll out digital enshrinement. Smart charnel management "
            "accounted for 46% of the market in 2024. Korea recorded 358,000 deaths last year and the cremation rate "
            "reached 93%. We initiate Preed Life Services at BUY with a target price of \u20a938,000 (27% upside); its "
            "2024 operating margin was 14.2%."
        ),
        obs=[],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part whose share holds only by rounding,
    #     a second part, an approximate 2027 target (突破). Expected nowhere: the report's title year, funeral-home
    #     count, cremations, total funeral-service revenue, the 58% survey answer.
    dict(
        text=(
            "新华社北京4月3日电(记者王晓岚)中国殡葬数字化研究中心3日发布的《2025中国殡葬业数字化发展报告》显示,"
            "2024年我国殡葬领域人工智能应用市场规模达到27.6亿元,同比增长31.4%,2023年该规模为21.0亿元。其中,"
            "智慧陵园管理系统市场规模11.2亿元,占比40.5%;AI追思与哀伤陪伴服务规模为5.3亿元。报告预计,到2027年"
            "市场规模将突破60亿元。数据显示,2024年全国共有殡仪馆1770余家,全年火化遗体约620万具,殡葬服务业总收入"
            "约1100亿元。调查显示,近58%的受访家庭愿意尝试云祭扫。"
        ),
        obs=[
            ("Total", 2023, 21.0, "CNY 100 million", "actual"),
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
            ("智慧陵园管理系统", 2024, 11.2, "CNY 100 million", "actual"),
            ("AI追思与哀伤陪伴服务", 2024, 5.3, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.6 / 21.0) ** (1 / 1) - 1 = 31.43% -> 31.4
            # 11.2 / 27.6 = 40.58% -> 40.6, not 40.5; bounds 11.15 / 27.65 = 40.33%, 11.25 / 27.55 = 40.83%
            # -> 40.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal five-year plan (Simplified), issued January 2026: 2025 base actual, 2030 targets, an average
    #     annual growth whose span only the amounts' years give, a part with 增长1.5倍 kept as x1.5. Expected nowhere:
    #     the plan's title years, the 70% eco-burial rate, the 20 smart cemeteries, deaths, the grave price.
    dict(
        text=(
            "《杭州市殡葬事业发展“十五五”规划(2026—2030年)》日前印发,提出全面推进“智慧殡葬”建设。规划显示,2025年"
            "全市智慧殡葬相关产业规模约8.5亿元,其中AI哀伤陪伴与数字纪念服务约1.2亿元。到2030年,全市智慧殡葬产业"
            "规模力争达到15亿元,年均增长12%左右;AI哀伤陪伴与数字纪念服务规模达到3亿元,较2025年增长1.5倍。规划"
            "同时要求,节地生态安葬率达到70%,全市建成智慧公墓20座,殡仪馆实现网上预约全覆盖。2025年全市死亡人口"
            "约7.6万人,经营性公墓墓穴均价约12万元。(杭州市民政局2026年1月)"
        ),
        obs=[
            ("Total", 2025, 8.5, "CNY 100 million", "actual"),
            ("AI哀伤陪伴与数字纪念服务", 2025, 1.2, "CNY 100 million", "actual"),
            ("Total", 2030, 15, "CNY 100 million", "estimate"),
            ("AI哀伤陪伴与数字纪念服务", 2030, 3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12, "percent", 2025, 2030, None, "inferred"),
            ("multiple", 1.5, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15 / 8.5) ** (1 / 5) - 1 = 12.03% -> 12
        ],
    ),
    # 31. Taiwanese research release (Traditional) in 新台幣億元: YoY with both amounts, a part with its share, a
    #     CAGR with printed span that holds only by rounding. Expected nowhere: the report's title year, the
    #     dateline day, deaths, funeral-industry output, the pre-need trust balance, the 62% survey answer.
    dict(
        text=(
            "【台北訊】聚星產業研究所今(18)日發布《2025台灣殯葬科技趨勢報告》指出,台灣AI殯葬服務市場規模2024年達"
            "新台幣12.8億元,較2023年的10.6億元成長20.8%;其中AI追思影片與數位紀念平台約4.9億元,占38.3%。研究所"
            "預估,2027年市場規模將達新台幣22.4億元,2024至2027年複合成長率為20.6%。報告也指出,2024年全台死亡人數"
            "逾20萬人,殯葬服務業產值約新台幣700億元,生前契約信託餘額已突破新台幣1,000億元;受訪業者中有62%計畫於"
            "兩年內導入AI排程系統。"
        ),
        obs=[
            ("Total", 2023, 10.6, "TWD 100 million", "actual"),
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("AI追思影片與數位紀念平台", 2024, 4.9, "TWD 100 million", "actual"),
            ("Total", 2027, 22.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("share", 38.3, "percent", 2024, 2024, None),
            ("cagr", 20.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.6) ** (1 / 1) - 1 = 20.75% -> 20.8
            ("arithmetic", "exact"),  # 4.9 / 12.8 = 38.28% -> 38.3
            # (22.4 / 12.8) ** (1 / 3) - 1 = 20.51% -> 20.5, not 20.6; bounds (22.35 / 12.85) ** (1/3) - 1 = 20.26%,
            # (22.45 / 12.75) ** (1/3) - 1 = 20.75% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong trade-body report (Traditional) in 億港元: YoY with both amounts, a part with its share, a CAGR
    #     with printed span. Expected nowhere: deaths, public niche supply, the private niche price, the 45% survey
    #     answer, the report's month.
    dict(
        text=(
            "香港殯儀業商會聯同智庫「銀河策略研究」2025年6月發表的《香港殯葬服務數碼化報告》指出,2024年本港殯儀及"
            "墳場服務的人工智能應用市場規模約為3.6億港元,較2023年的3.1億港元上升16.1%。其中,智能骨灰龕管理系統"
            "佔1.4億港元,即約38.9%。報告預期,2028年市場規模可達7.2億港元,2024至2028年複合年增長率為18.9%。"
            "本港去年約有5.1萬人離世,公營骨灰龕位累計供應約50萬個,私營龕位售價動輒逾百萬港元;受訪市民中有45%"
            "表示接受以AI製作悼念影片。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("智能骨灰龕管理系統", 2024, 1.4, "HKD 100 million", "actual"),
            ("Total", 2028, 7.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("share", 38.9, "percent", 2024, 2024, None),
            ("cagr", 18.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 3.1) ** (1 / 1) - 1 = 16.13% -> 16.1
            ("arithmetic", "exact"),  # 1.4 / 3.6 = 38.89% -> 38.9
            ("cagr|implied", "exact"),  # (7.2 / 3.6) ** (1 / 4) - 1 = 18.92% -> 18.9
        ],
    ),
    # 33. PTT Gossiping post (Traditional, Taiwan), dated March 2025: 去年 actual, 今年 estimate, a YoY rate its own
    #     amounts contradict. Expected nowhere: the quoted price of a service and a video, deaths, the 3,000-plus
    #     funeral firms, the pusher's 三成 of customers, the post time.
    dict(
        text=(
            "作者 sadpanda77 (熊貓不哭) 看板 Gossiping\n"
            "標題 [問卦] AI做告別式影片是不是很好賺?\n"
            "時間 Sat Mar 15 21:04:33 2025\n"
            "如題,剛看到某投顧報告說,台灣AI追思影片跟線上告別式的市場去年大約新台幣3.2億,今年上看4.1億,一年成長"
            "35%欸。家裡長輩走的時候,禮儀社一場報價就要30萬,影片另外加1萬5。全台一年走20萬人,禮儀公司也有三千"
            "多家,現在連骨灰罐都能掃QR code看AI生成的回憶影片。有沒有八卦?\n"
            "推 kuroneko: 我家也有做,三成客人會加購"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.1 / 3.2) ** (1 / 1) - 1 = 28.13%, not 35; bounds 4.05 / 3.25 - 1 = 24.62%, 4.15 / 3.15 - 1 = 31.75%
            # -> 35 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Mainland broker abstract (Simplified) with a 2025 range (two value claims, no observation), a CAGR with
    #     printed span, a part's 2030 target. Expected nowhere: the report month, the covered group's revenue and
    #     gross margin, rating and target price, the deaths, the 3% penetration rate.
    dict(
        text=(
            "【华瑞证券·殡葬行业深度报告】AI重塑殡葬服务价值链(2025年9月)\n"
            "摘要:我们测算,2024年国内殡葬AI应用(含智慧陵园、AI追思、生前契约智能营销等)市场规模约28.3亿元,"
            "2025年有望达到35—40亿元,到2030年有望达到120亿元,2024—2030年复合增速约27.2%。其中智慧陵园管理系统"
            "2030年有望达到46亿元。龙头松鹤园集团2024年营业收入26.8亿元,毛利率79.5%,首次覆盖给予“买入”评级,"
            "目标价18.6港元。全国每年死亡人口约1100万,殡葬AI渗透率仍不足3%。风险提示:政策推进不及预期。"
        ),
        obs=[
            ("Total", 2024, 28.3, "CNY 100 million", "actual"),
            ("Total", 2030, 120, "CNY 100 million", "estimate"),
            ("智慧陵园管理系统", 2030, 46, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("value", 35, "CNY 100 million", 2025, 2025, None),
            ("value", 40, "CNY 100 million", 2025, 2025, None),
            ("cagr", 27.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (120 / 28.3) ** (1 / 6) - 1 = 27.22% -> 27.2
        ],
    ),
    # 35. Hong Kong-listed funeral group's results-briefing transcript (Traditional), 27 March 2025: management
    #     sizes the Greater Bay Area market in 人民幣億元 (今年 estimate, 去年 actual), YoY with both amounts, a
    #     2027 target and a growth rate whose span only the amounts' years give. Expected nowhere: the stock code,
    #     the group's revenue and gross margin, second-half contract count, trust balance, deaths.
    dict(
        text=(
            "永恆生命服務集團(股份代號:1897)2024年度業績發布會實錄(2025年3月27日,香港)\n"
            "問(分析師):管理層如何看待AI殯葬服務的市場空間?\n"
            "答(首席執行官梁志遠):我們估計,大灣區內地九市的智慧殯葬與AI紀念服務市場今年約有人民幣12億元,較去年"
            "的9.8億元增長約22%;到2027年可望達到人民幣20億元,即年均增長約29%。集團去年收入15.6億港元,毛利率68%,"
            "下半年簽約的生前契約約2.1萬份,信託資金餘額約38億港元。大灣區每年約有45萬人離世,我們會先在廣州、佛山"
            "兩地推出AI追思服務。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 29, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.8) ** (1 / 1) - 1 = 22.45% -> 22
            ("cagr|period", "exact"),  # (20 / 12) ** (1 / 2) - 1 = 29.10% -> 29
        ],
    ),
    # 36. Markdown pipe table (English) with a CAGR column over a printed span, four segments and a Total row;
    #     the smart-cemetery CAGR holds only by rounding. Expected nowhere: the exhibit number, the excluded ERP and
    #     trust-administration spend, US deaths in the note.
    dict(
        text=(
            "Exhibit 4: Global AI deathcare software spend by segment (USD million)\n"
            "| Segment | 2022 | 2025E | CAGR 2022-25E |\n"
            "|---|---:|---:|---:|\n"
            "| Memorial & grief-support chatbots | 84 | 196 | 32.6% |\n"
            "| Funeral-home scheduling & arrangement | 142 | 231 | 17.6% |\n"
            "| Obituary & tribute generation | 37 | 88 | 33.5% |\n"
            "| Smart cemetery management | 65 | 112 | 20.2% |\n"
            "| Total | 328 | 627 | 24.1% |\n"
            "Source: Corvane Partners estimates, built from 46 vendor interviews; E = estimate. Excludes funeral-home "
            "ERP and pre-need trust administration, worth a further $1.4 billion. For scale, the US alone recorded "
            "3.1 million deaths in 2024."
        ),
        obs=[
            ("Memorial & grief-support chatbots", 2022, 84, "USD million", "actual"),
            ("Memorial & grief-support chatbots", 2025, 196, "USD million", "estimate"),
            ("Funeral-home scheduling & arrangement", 2022, 142, "USD million", "actual"),
            ("Funeral-home scheduling & arrangement", 2025, 231, "USD million", "estimate"),
            ("Obituary & tribute generation", 2022, 37, "USD million", "actual"),
            ("Obituary & tribute generation", 2025, 88, "USD million", "estimate"),
            ("Smart cemetery management", 2022, 65, "USD million", "actual"),
            ("Smart cemetery management", 2025, 112, "USD million", "estimate"),
            ("Total", 2022, 328, "USD million", "actual"),
            ("Total", 2025, 627, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 32.6, "percent", 2022, 2025, None, "stated"),
            ("cagr", 17.6, "percent", 2022, 2025, None, "stated"),
            ("cagr", 33.5, "percent", 2022, 2025, None, "stated"),
            ("cagr", 20.2, "percent", 2022, 2025, None, "stated"),
            ("cagr", 24.1, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (196 / 84) ** (1 / 3) - 1 = 32.64% -> 32.6
            ("cagr|implied", "exact"),  # (231 / 142) ** (1 / 3) - 1 = 17.61% -> 17.6
            ("cagr|implied", "exact"),  # (88 / 37) ** (1 / 3) - 1 = 33.48% -> 33.5
            # (112 / 65) ** (1 / 3) - 1 = 19.89% -> 19.9, not 20.2; bounds (111.5 / 65.5) ** (1/3) - 1 = 19.40%,
            # (112.5 / 64.5) ** (1/3) - 1 = 20.37% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (627 / 328) ** (1 / 3) - 1 = 24.11% -> 24.1
            ("hierarchy", "exact"),  # 2022: 84 + 142 + 37 + 65 = 328
            ("hierarchy", "exact"),  # 2025E: 196 + 231 + 88 + 112 = 627
        ],
    ),
    # 37. Tab-separated UK table in GBP million with a YoY column; the 2023 Total row exceeds its parts by 0.1 and
    #     holds only by rounding. Expected nowhere: the table number, the 412 firms surveyed, UK deaths, the survey
    #     title's year.
    dict(
        text=(
            "Table 2. UK AI funeral-planning software by segment, \u00a3m\n"
            "Segment\t2023\t2024\tYoY\n"
            "Pre-need plan sales & pricing\t11.8\t14.6\t23.7%\n"
            "Arrangement & scheduling\t9.4\t10.9\t16.0%\n"
            "Online tributes & memorial AI\t5.2\t6.8\t30.8%\n"
            "Total\t26.5\t32.3\t21.9%\n"
            "Source: Pellingham Funeral Insight, Deathcare Tech Survey 2025 (412 firms responding). Totals are computed "
            "from unrounded data and may not add. For reference, 569,000 deaths were registered in the UK in 2024 and "
            "the average funeral cost \u00a34,285."
        ),
        obs=[
            ("Pre-need plan sales & pricing", 2023, 11.8, "GBP million", "actual"),
            ("Pre-need plan sales & pricing", 2024, 14.6, "GBP million", "actual"),
            ("Arrangement & scheduling", 2023, 9.4, "GBP million", "actual"),
            ("Arrangement & scheduling", 2024, 10.9, "GBP million", "actual"),
            ("Online tributes & memorial AI", 2023, 5.2, "GBP million", "actual"),
            ("Online tributes & memorial AI", 2024, 6.8, "GBP million", "actual"),
            ("Total", 2023, 26.5, "GBP million", "actual"),
            ("Total", 2024, 32.3, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.6 / 11.8 - 1 = 23.73% -> 23.7
            ("cagr|implied", "exact"),  # 10.9 / 9.4 - 1 = 15.96% -> 16.0
            ("cagr|implied", "exact"),  # 6.8 / 5.2 - 1 = 30.77% -> 30.8
            ("cagr|implied", "exact"),  # 32.3 / 26.5 - 1 = 21.89% -> 21.9
            # 2023: 11.8 + 9.4 + 5.2 = 26.4, not 26.5; bounds of the sum 26.25..26.55 overlap the total's 26.45..26.55
            # -> 26.5 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 14.6 + 10.9 + 6.8 = 32.3
        ],
    ),
    # 38. Space-aligned European table in EUR million with a share column and a Total row (its 100.0% is no claim).
    #     Expected nowhere: German funeral-sector revenue, German deaths, the count of funeral homes.
    dict(
        text=(
            "AI deathcare spend in selected European markets, 2024 (EUR million)\n"
            "Country          2024     Share\n"
            "Germany          48.6     41.2%\n"
            "Netherlands      23.1     19.6%\n"
            "Belgium          14.2     12.0%\n"
            "Austria          19.7     16.7%\n"
            "Switzerland      12.4     10.5%\n"
            "Total           118.0    100.0%\n"
            "Covers griefbots, digital-legacy platforms, AI arrangement software and smart cemetery systems. "
            "Source: Van Aalst & Brandt Deathcare Consulting. By comparison, German funeral homes turned over about "
            "EUR 4.9 billion in 2024, the country counted 1.0 million deaths and roughly 4,000 funeral businesses."
        ),
        obs=[
            ("Germany", 2024, 48.6, "EUR million", "actual"),
            ("Netherlands", 2024, 23.1, "EUR million", "actual"),
            ("Belgium", 2024, 14.2, "EUR million", "actual"),
            ("Austria", 2024, 19.7, "EUR million", "actual"),
            ("Switzerland", 2024, 12.4, "EUR million", "actual"),
            ("Total", 2024, 118.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 19.6, "percent", 2024, 2024, None),
            ("share", 12.0, "percent", 2024, 2024, None),
            ("share", 16.7, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 118.0 = 41.19% -> 41.2
            ("arithmetic", "exact"),  # 23.1 / 118.0 = 19.58% -> 19.6
            ("arithmetic", "exact"),  # 14.2 / 118.0 = 12.03% -> 12.0
            ("arithmetic", "exact"),  # 19.7 / 118.0 = 16.69% -> 16.7
            ("arithmetic", "exact"),  # 12.4 / 118.0 = 10.51% -> 10.5
            ("hierarchy", "exact"),  # 2024: 48.6 + 23.1 + 14.2 + 19.7 + 12.4 = 118.0
        ],
    ),
    # 39. Vertical tab-separated Japanese table whose rows are years, a lone value column headed by its unit only
    #     (the market's Total, JPY billion), a YoY column; 2025F an estimate; the 2022 YoY holds only by rounding.
    #     Expected nowhere: the funeral-services market, Japan's deaths, the survey's 1,020 firms.
    dict(
        text=(
            "Japan: AI-enabled funeral and memorial services market\n"
            "Year\tJPY bn\tYoY\n"
            "2021\t6.8\t-\n"
            "2022\t8.1\t19.0%\n"
            "2023\t9.9\t22.2%\n"
            "2024\t12.3\t24.2%\n"
            "2025F\t15.0\t22.0%\n"
            "Source: Kasumi Research Institute survey of 1,020 funeral operators and software vendors; F = forecast. "
            "Covers AI arrangement and booking software, AI-written eulogies and memorial videos, and automated "
            "columbarium management. Growth rates are computed on unrounded figures. Japan's funeral services market "
            "was about JPY 1.6 trillion in 2024, with 1.6 million deaths."
        ),
        obs=[
            ("Total", 2021, 6.8, "JPY billion", "actual"),
            ("Total", 2022, 8.1, "JPY billion", "actual"),
            ("Total", 2023, 9.9, "JPY billion", "actual"),
            ("Total", 2024, 12.3, "JPY billion", "actual"),
            ("Total", 2025, 15.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2021, 2022, 1.0),
            ("growth", 22.2, "percent", 2022, 2023, 1.0),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 8.1 / 6.8 - 1 = 19.12% -> 19.1, not 19.0; bounds 8.05 / 6.85 - 1 = 17.52%, 8.15 / 6.75 - 1 = 20.74%
            # -> 19.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 9.9 / 8.1 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # 12.3 / 9.9 - 1 = 24.24% -> 24.2
            ("cagr|implied", "exact"),  # 15.0 / 12.3 - 1 = 21.95% -> 22.0
        ],
    ),
    # 40. Chinese markdown table (Simplified) in 亿元 with a 合计 row; 2025年E an estimate; the 2025E total exceeds
    #     its parts by 0.1 and holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the source's sample of 312 firms.
    dict(
        text=(
            "表3 2023—2025年中国殡葬AI应用市场结构(单位:亿元)\n"
            "|细分领域|2023年|2024年|2025年E|\n"
            "|---|---|---|---|\n"
            "|智慧陵园管理|8.4|10.9|13.8|\n"
            "|殡仪服务预约与调度|5.2|6.7|8.5|\n"
            "|AI追思与哀伤陪伴|3.6|5.4|7.9|\n"
            "|生前契约智能营销|2.3|3.1|4.2|\n"
            "|合计|19.5|26.1|34.5|\n"
            "资料来源:鹤鸣咨询对全国312家殡葬服务机构及殡葬软件厂商的问卷调研与访谈;2025年E为本机构预测值;合计按未经四舍五入的数据计算,"
            "可能与分项之和略有出入。"
        ),
        obs=[
            ("智慧陵园管理", 2023, 8.4, "CNY 100 million", "actual"),
            ("智慧陵园管理", 2024, 10.9, "CNY 100 million", "actual"),
            ("智慧陵园管理", 2025, 13.8, "CNY 100 million", "estimate"),
            ("殡仪服务预约与调度", 2023, 5.2, "CNY 100 million", "actual"),
            ("殡仪服务预约与调度", 2024, 6.7, "CNY 100 million", "actual"),
            ("殡仪服务预约与调度", 2025, 8.5, "CNY 100 million", "estimate"),
            ("AI追思与哀伤陪伴", 2023, 3.6, "CNY 100 million", "actual"),
            ("AI追思与哀伤陪伴", 2024, 5.4, "CNY 100 million", "actual"),
            ("AI追思与哀伤陪伴", 2025, 7.9, "CNY 100 million", "estimate"),
            ("生前契约智能营销", 2023, 2.3, "CNY 100 million", "actual"),
            ("生前契约智能营销", 2024, 3.1, "CNY 100 million", "actual"),
            ("生前契约智能营销", 2025, 4.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 19.5, "CNY 100 million", "actual"),
            ("合计", 2024, 26.1, "CNY 100 million", "actual"),
            ("合计", 2025, 34.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 5.2 + 3.6 + 2.3 = 19.5
            ("hierarchy", "exact"),  # 2024: 10.9 + 6.7 + 5.4 + 3.1 = 26.1
            # 2025E: 13.8 + 8.5 + 7.9 + 4.2 = 34.4, not 34.5; bounds of the sum 34.2..34.6 overlap the total's
            # 34.45..34.55 -> 34.5 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 15, 'exact': 83}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- Spending by U.S. funeral homes',
    'UK DEATHCARE - Sector update - London, 9 June 2025',
    'Quillon Insights is more bullish',
    'We put the total addressable market for AI software',
    'Correction, 3 July 2025: An earlier version of this note',
    'up 40% last year to about A$9m',
    '力争到2027年达到12.6亿元,较2024年增长2倍',
    '另据艾观咨询估算,2024年该市场规模为12.3亿元',
    '2024至2028年年複合成長率為22.8%',
    '今年可望成長至11.6億元,年增約25%',
    '| AI obituaries & tributes | 118 | 352 | 21.0% |',
    'Independent funeral directors        12.9    26.7%',
    '合计\t17.9\t23.7\t30.5',
    'We size the total addressable market for AI arrangement',
    'a compound annual growth rate of 23.4% over 2021-2024',
    'up 48% from $38M in 2023',
    'Correction: An earlier version of this article',
    '21.7% CAGR, 2025E-2030E',
    'Marlowe Insights is more bullish at $455 million',
    '₩148 billion in 2024, up 18% y/y',
    '新华社北京4月3日电(记者王晓岚)',
    '2024至2027年複合成長率為20.6%',
    '今年上看4.1億,一年成長35%欸',
    '2025年有望达到35—40亿元',
    '| Total | 328 | 627 | 24.1% |',
    '|合计|19.5|26.1|34.5|',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 191
#: figures, 66 rates, 97 verdicts and 3 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (200, 202, 204, 206): 211, 70, 100 and 3
FLOORS = {"figures_found": 211, "rates_found": 70, "verdicts_right": 101}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset204.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
