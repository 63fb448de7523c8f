"""A hundred-and-ninety-ninth check set for the extractor, written blind: AI for charities, nonprofits and fundraising:
AI donor-prospecting and fundraising platforms, AI grant-writing and grant-management tools, AI for volunteer matching
and case management at charities, AI translation and chatbots for humanitarian agencies, AI fraud checks on donations;
sized in money by charity regulators, fundraising associations, foundations' reports, nonprofit-software vendors'
investor days, brokers and research houses in the United Kingdom, Ireland, the United States, Canada, Australia,
Germany, the Netherlands, Kenya, India, Singapore, mainland China, Taiwan and Hong Kong. Distractors a careful reader
leaves out: total charitable giving beside the AI part, numbers of charities or volunteers, donations to one appeal, a
vendor's own revenue or margin, the price of a licence per seat, a funding round and valuation, a quarter's figures, a
survey's percentages, grants awarded.

Snippets 1-20: Twenty snippets on AI for charities and fundraising. Eight English prose pieces: a New York wire
release, a London broker note in fiscal years, an Amsterdam briefing with segment shares, a Sydney article quoting two
houses, an investor-day transcript sizing a TAM, a Dublin strategy with last-year/this-year figures and targets, a
Frankfurt note with a correction and a 2029 range, a Toronto investor's blog with a tripling. Seven Chinese prose
pieces (industry report, Zhejiang plan with 力争 and 增长3倍, wire story quoting two institutes, Taiwanese white paper,
Hong Kong story in 億港元, Taipei story with 去年/今年, broker deep-dive) and five tables (markdown with E/F columns,
vertical YoY table, 亿元 table with 合计, fiscal-year table with CAGR column, 新台幣百萬元 table with shares). Left out: total
giving, charity and volunteer counts, appeal donations, vendors' revenue, margins, seat prices, funding rounds,
quarters, survey answers, grant funds, a superseded figure, a second house's estimate. Inconsistent: the blog's 31%
and the broker's 35.0% CAGRs. Rounding only: the London 21%, Amsterdam 34%, Taiwan 25%, Hong Kong 28%, the 22.9% YoY,
28.2% CAGR, 15.9% share and the markdown table's 2025E total.

Snippets 21-40: Snippets 21-40 cover AI for charities, nonprofits and fundraising. Eight English prose pieces (a US
earnings-call answer sizing a TAM, a Dublin working-paper abstract, a social-media thread, a Toronto web article with
a correction, a Dutch annual-report letter, investor-day slide bullets, a forum answer quoting two research houses, a
Nairobi research note with a shilling aside), seven Chinese prose pieces (Xinhua-style release, provincial plan,
Taiwanese research release, Hong Kong report, PTT post, broker abstract with a range, results-briefing transcript;
three in Traditional Chinese) and five tables (markdown by segment, tab-separated vertical table with YoY, Chinese
space-aligned table with a 合计 row, regional CAGR table, statistics table with shares). Distractors left out: total
giving, charity and volunteer counts, appeal takings, vendor revenue, margins, seat prices, survey percentages, title
years, a second publisher's figure, a superseded figure and shares in words. Inconsistent: the working paper's 41% and
the Asia-Pacific 25.3% CAGR. Holding only by rounding: the Canadian 18%, the forum's 17.5% CAGR, the broker's 31.2%,
Singapore's 2024 YoY of 28.6%, two German shares (16.4%, 12.1%) and the UK table's 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. New York wire press release: YoY growth with both amounts, CAGR with printed span; 2030 figure in billions
    #    converted to the series' unit (USD million). Expected nowhere: the index's title year, the 1,140 polled
    #    directors, total US charitable giving, the 64% survey answer.
    dict(
        text=(
            "NEW YORK, Feb. 18, 2025 /PRNewswire/ -- U.S. nonprofits spent $486 million on AI-powered donor-prospecting "
            "and fundraising platforms in 2024, up 27% from $383 million in 2023, according to the 2025 Nonprofit Tech "
            "Spend Index released today by Beacon Hill Philanthropy Analytics. The Boston firm, which polled 1,140 "
            "development directors, projects outlays of $1.9 billion by 2030, a compound annual growth rate of 25.5% "
            "over 2024-2030. For context, Americans gave an estimated $592.5 billion to charity in 2024. Some 64% of "
            "respondents said they had already piloted a generative-AI tool for donor outreach."
        ),
        obs=[
            ("Total", 2023, 383, "USD million", "actual"),
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 383) ** (1 / 1) - 1 = 26.89% -> 27
            ("cagr|implied", "exact"),  # (1900 / 486) ** (1 / 6) - 1 = 25.51% -> 25.5
        ],
    ),
    # 2. London broker sector note in fiscal years; CAGR span only from the amounts' years, printed "about 21%" while the
    #    amounts give 21.51%. Expected nowhere: the dateline, total UK giving, the covered company's revenue, growth,
    #    margin, target price and upside, the per-seat price.
    dict(
        text=(
            "UK CHARITY SERVICES | Sector note | London, 14 May 2025\n"
            "Fundraising gets a co-pilot. We size the UK market for AI fundraising and supporter-analytics software at "
            "\u00a3148m in FY2024 (year to March) and forecast \u00a3392m by FY2029e, a CAGR of about 21%. That is still "
            "small change beside the \u00a315.4bn the public gave to charity last year, but the direction is clear. Our "
            "preferred play, Tessellate Giving plc (BUY, TP 310p, 27% upside), lifted FY2024 revenue 18% to \u00a341.2m "
            "at a 23% EBITDA margin and charges roughly \u00a355 per seat per month."
        ),
        obs=[
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2029, 392, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (392 / 148) ** (1 / 5) - 1 = 21.51% -> 22, not 21; bounds (391.5 / 148.5) ** (1/5) - 1 = 21.40%,
            # (392.5 / 147.5) ** (1/5) - 1 = 21.62% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Amsterdam research briefing: a total and three segments with shares; one share holds only by rounding.
    #    Expected nowhere: the 48 agencies interviewed, Dutch household giving, the count of ANBIs.
    dict(
        text=(
            "AMSTERDAM, 2 October 2025 - Charities and humanitarian NGOs in the Netherlands spent \u20ac212 million on "
            "AI tools in 2024, a briefing from the Grachtenhuis Institute for Civil Society finds. Donor-prospecting "
            "and fundraising platforms took the largest slice, \u20ac71 million or about 34%, followed by grant-management "
            "software at \u20ac46 million (22%). Fraud screening of donations came to \u20ac19 million, some 9% of the "
            "total. The institute, which interviewed 48 agencies, expects spending to reach \u20ac480 million in 2028. "
            "Dutch households gave \u20ac5.6 billion to good causes in 2023, and the country counts roughly 43,000 "
            "registered public-benefit organisations."
        ),
        obs=[
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Donor-prospecting and fundraising platforms", 2024, 71, "EUR million", "actual"),
            ("Grant-management software", 2024, 46, "EUR million", "actual"),
            ("Fraud screening of donations", 2024, 19, "EUR million", "actual"),
            ("Total", 2028, 480, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 71 / 212 = 33.49% -> 33, not 34; bounds 70.5 / 212.5 = 33.18%, 71.5 / 211.5 = 33.81% -> 34 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 46 / 212 = 21.70% -> 22
            ("arithmetic", "exact"),  # 19 / 212 = 8.96% -> 9
        ],
    ),
    # 4. Sydney news article quoting two research houses; series unit USD million, so US$0.21 billion is 210.
    #    Expected nowhere: the second house's 2024 figure, the volunteer count, the A$ funding round and valuation,
    #    the A$ bushfire-appeal donations.
    dict(
        text=(
            "SYDNEY, 21 August 2025 - Australian charities are turning to software to keep their volunteer armies "
            "organised. Spending on AI volunteer-matching and case-management platforms reached US$74 million in 2024 "
            "and should hit US$0.21 billion by 2030, a compound annual growth rate of 19% between 2024 and 2030, "
            "Melbourne-based Wattle Lane Research estimates. Harbourview Insights in Sydney pegs the 2024 market "
            "higher, at US$88 million. The sector leans on roughly 5.9 million volunteers, and Brisbane start-up "
            "ShiftMate last month raised A$12 million at a A$70 million valuation. Separately, a bushfire appeal run "
            "by one national charity has drawn A$46 million in donations since January."
        ),
        obs=[
            ("Total", 2024, 74, "USD million", "actual"),
            ("Total", 2030, 210, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 74) ** (1 / 6) - 1 = 18.99% -> 19
        ],
    ),
    # 5. Nonprofit-software vendor's investor-day transcript sizing its TAM (the market, Total); approximate figures.
    #    Expected nowhere: the company's revenue, gross margin, customer count, seat price, a quarter's new ARR.
    dict(
        text=(
            "Harbor & Elm Software - Investor Day 2025, prepared remarks (transcript), 16 September 2025\n"
            "MARIA OKAFOR, CHIEF STRATEGY OFFICER: So let's talk about the size of the prize. When we add up donor "
            "prospecting, grant writing and grant management, and the case-management work that sits underneath "
            "programs, we get a total addressable market for AI in the nonprofit sector of roughly $7 billion in 2024. "
            "By 2029 we think that's about $18 billion, which works out to something like a 21% compound rate. Now, "
            "where are we in that? We closed fiscal 2024 with $412 million of revenue, a 72% gross margin and just over "
            "14,000 nonprofit customers. Our AI add-on lists at $65 per seat per month, and in Q2 alone it added "
            "$9 million of new ARR."
        ),
        obs=[
            ("Total", 2024, 7, "USD billion", "actual"),
            ("Total", 2029, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (18 / 7) ** (1 / 5) - 1 = 20.79% -> 21
        ],
    ),
    # 6. Dublin report on a government strategy: "last year" (2024) and "this year" (2025, an estimate) with a dateline,
    #    a 2030 target. Expected nowhere: the strategy's title years, the grant fund and grant size, the charity count.
    dict(
        text=(
            "DUBLIN, 9 July 2025 - The Government's new Digital Charities Strategy 2025-2030 sets a target for AI "
            "adoption across the sector for the first time. According to figures prepared for the Department of Rural "
            "and Community Development, Irish charities spent \u20ac38 million on AI tools - chiefly fundraising "
            "analytics, grant-writing assistants and chatbots - last year, and that outlay is expected to rise 21% to "
            "\u20ac46 million this year. The strategy aims to lift it to \u20ac120 million by 2030, which implies annual "
            "growth of about 21% from last year's base. A \u20ac5 million AI Readiness Fund will award grants of up to "
            "\u20ac50,000 each to some of the country's 11,500 registered charities."
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2025, 46, "EUR million", "estimate"),
            ("Total", 2030, 120, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21
            ("cagr|period", "exact"),  # (120 / 38) ** (1 / 6) - 1 = 21.12% -> 21
        ],
    ),
    # 7. Frankfurt research note carrying a correction and a 2029 range (two value claims, no obs).
    #    Expected nowhere: the superseded EUR 113 million, the association count, total German donations, the
    #    start-up's Series A and valuation.
    dict(
        text=(
            "Mainfeld Research | Sector note: Non-profit technology, Germany | Frankfurt, 3 April 2025\n"
            "CORRECTION: The version of this note distributed on 28 March misstated the 2024 market size as "
            "\u20ac113 million. The correct figure is \u20ac131 million; all other figures are unchanged.\n"
            "German charities, foundations and welfare associations spent \u20ac131 million on AI-based fundraising, "
            "grant-management and donation-screening tools in 2024, up 18% from \u20ac111 million in 2023. Adoption is "
            "uneven: only one in five of the 600,000-odd registered associations uses any AI tool at all. We see the "
            "market at between \u20ac290 million and \u20ac340 million in 2029, depending on how fast the big welfare "
            "federations move. Total private donations in Germany came to \u20ac5.7 billion last year, and Berlin-based "
            "Spendenwerk closed a \u20ac9 million Series A this quarter at a \u20ac55 million post-money valuation."
        ),
        obs=[
            ("Total", 2023, 111, "EUR million", "actual"),
            ("Total", 2024, 131, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("value", 290, "EUR million", 2029, 2029, None),
            ("value", 340, "EUR million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 111) ** (1 / 1) - 1 = 18.02% -> 18
        ],
    ),
    # 8. Toronto investor's blog post: a tripling (multiple, no verdict) and a CAGR inconsistent with its amounts (typo).
    #    Expected nowhere: the charity count, the portfolio company's seat price, Q4 revenue, round and valuation.
    dict(
        text=(
            "Notes from the cap table - posted 3 March 2025, Toronto\n"
            "I keep getting asked why we backed a donation-fraud start-up. Short answer: the Canadian market for AI "
            "screening of charitable donations has roughly tripled since 2021, to about US$45 million in 2024, and I "
            "think it could be a US$150 million market by 2028 - a 31% compound annual growth rate from 2024 to 2028. "
            "There are about 86,000 registered charities in Canada, and most still check gifts by hand. Our portfolio "
            "company, ClearGift, charges C$39 per seat per month, booked C$1.1 million of revenue in Q4 and last month "
            "raised C$14 million at an C$80 million valuation."
        ),
        obs=[
            ("Total", 2024, 45, "USD million", "actual"),
            ("Total", 2028, 150, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 31, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (150 / 45) ** (1 / 4) - 1 = 35.12% -> 35, not 31; bounds (149.5 / 45.5) ** (1/4) - 1 = 34.63%,
            # (150.5 / 44.5) ** (1/4) - 1 = 35.61% -> 31 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, a part with its share, a CAGR with printed span.
    #    Expected nowhere: the report's title year, the charity count, total social donations, the 63% survey answer.
    dict(
        text=(
            "《2025中国公益慈善数字化发展报告》日前在京发布。报告显示,2024年我国公益慈善领域人工智能应用市场规模"
            "达到18.6亿元,较2023年的13.8亿元增长34.8%。其中,智能筹款工具市场规模为7.9亿元,占比42.5%,是最大的"
            "细分领域。报告预计,到2028年该市场规模将达到52.3亿元,2024—2028年复合增长率为29.5%。报告同时指出,"
            "截至2024年底全国登记认定的慈善组织超过1.6万家,当年全国社会捐赠总额约1,500亿元,受访机构中有63%已在"
            "尝试使用生成式AI撰写项目书。"
        ),
        obs=[
            ("Total", 2023, 13.8, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("智能筹款工具", 2024, 7.9, "CNY 100 million", "actual"),
            ("Total", 2028, 52.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.8, "percent", 2023, 2024, 1.0),
            ("share", 42.5, "percent", 2024, 2024, None),
            ("cagr", 29.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 13.8) ** (1 / 1) - 1 = 34.78% -> 34.8
            ("arithmetic", "exact"),  # 7.9 / 18.6 = 42.47% -> 42.5
            ("cagr|implied", "exact"),  # (52.3 / 18.6) ** (1 / 4) - 1 = 29.49% -> 29.5
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) with 力争 targets and 较2023年增长3倍 (x3 over 2023-2027, no
    #     verdict); 突破30亿元 expected at 30. Expected nowhere: the plan's title years, the 50 model institutions,
    #     the registered-volunteer target, the 2亿元 special fund.
    dict(
        text=(
            "浙江省民政厅、省经信厅近日联合印发《浙江省“人工智能+慈善”行动方案(2025—2027年)》。方案提出,到2027年,"
            "力争全省慈善领域人工智能应用市场规模突破30亿元,较2023年增长3倍;其中智能志愿服务匹配平台市场规模力争"
            "达到8亿元。据测算,2024年全省该市场规模约为9.6亿元。方案还明确,将培育50家“智慧慈善”示范机构,"
            "注册志愿者规模达到1,800万人,省级财政安排2亿元专项资金支持慈善组织数字化改造。"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
            ("智能志愿服务匹配平台", 2027, 8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes; CAGR span only from the amounts' years.
    #     Expected nowhere: the second institute's 2024 figure, last year's online-platform donations, one appeal's
    #     single-day take.
    dict(
        text=(
            "【华信社北京2025年3月18日电】中善数字公益研究院18日发布报告称,2024年我国人工智能捐赠风控市场规模为"
            "6.4亿元,预计2027年增至15.2亿元,年均复合增长率达33.4%。报告认为,随着大额捐赠和跨境捐赠增多,慈善组织"
            "对智能反欺诈、反洗钱筛查的需求明显上升。另一家机构清源公益智库则给出了不同的估算,认为2024年该市场规模"
            "为7.1亿元。据统计,去年全国互联网公开募捐平台共筹款超过130亿元,其中一场地震救灾募捐单日筹款逾3亿元。"
        ),
        obs=[
            ("Total", 2024, 6.4, "CNY 100 million", "actual"),
            ("Total", 2027, 15.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15.2 / 6.4) ** (1 / 3) - 1 = 33.42% -> 33.4
        ],
    ),
    # 12. Taiwanese association white paper (Traditional) in 新台幣億元; approximate figures; the inferred CAGR "約25%"
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 412 groups surveyed and 58%
    #     answer, the count of registered organisations, total private donations.
    dict(
        text=(
            "台灣非營利數位發展協會今(2025)年6月發布《2025台灣公益科技白皮書》指出,2024年國內非營利組織在AI募款、"
            "捐款管理與詐捐偵測系統上的支出約新台幣12.5億元,較2023年的9.8億元成長27.6%。協會預估,2027年市場規模"
            "可望達到新台幣24億元,年複合成長率約25%。白皮書調查412個團體,其中58%表示已試用生成式AI撰寫募款文案;"
            "全台登記有案的社團法人與財團法人超過6萬個,2024年民間捐款總額約新台幣900億元。"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.5, "TWD 100 million", "actual"),
            ("Total", 2027, 24, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.5 / 9.8) ** (1 / 1) - 1 = 27.55% -> 27.6
            # (24 / 12.5) ** (1 / 3) - 1 = 24.29% -> 24, not 25; bounds (23.5 / 12.55) ** (1/3) - 1 = 23.26%,
            # (24.5 / 12.45) ** (1/3) - 1 = 25.31% -> 25 only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 13. Hong Kong news story (Traditional) in 億港元: a part and its share (rounding only), a 2027 estimate.
    #     Expected nowhere: the dateline, the charity count, the walk's HK$ donations, the start-up's HK$ round.
    dict(
        text=(
            "【港聞社記者/香港2025年5月6日】人工智能正走進本港社福界。香港社會服務科技聯盟最新報告指,2024年本港社福"
            "機構及慈善團體在人工智能方面的開支達4.86億港元,其中人工智能翻譯及聊天機械人佔1.3億港元,約佔整體28%,"
            "主要用於為少數族裔及難民提供多語言支援。報告預計,2027年整體開支將增至約9億港元。本港現有逾9,000間"
            "獲豁免繳稅的慈善團體;今年一項慈善步行籌得約3,200萬港元,本地初創「善聯科技」上月亦完成3,800萬港元"
            "A輪融資。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("人工智能翻譯及聊天機械人", 2024, 1.3, "HKD 100 million", "actual"),
            ("Total", 2027, 9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1.3 / 4.86 = 26.75% -> 27, not 28; bounds 1.25 / 4.865 = 25.69%, 1.35 / 4.855 = 27.81% -> 28 by some
            # reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Taipei news story (Traditional) using 去年 (2024) and 今年 (2025, an estimate) under a 2025 dateline.
    #     Expected nowhere: the first quarter's figure, the volunteer count, the per-seat licence fee, the funding round.
    dict(
        text=(
            "〔記者林郁庭/台北報導〕2025年8月12日 - 志工招募不再只靠口耳相傳。研究機構「新程研究」今天發表報告指出,"
            "去年國內AI志工媒合與個案管理平台市場規模約新台幣3.2億元,今年可望成長25%至4億元。不過今年第一季市場"
            "規模僅約0.9億元,業者坦言下半年才是採購旺季。全台志工人數超過110萬人,一套主流平台的授權費約每席每月"
            "新台幣1,200元;龍頭業者「志工通」今年初完成新台幣1.5億元B輪募資。"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4 / 3.2) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified) with a target price; the printed CAGR is inconsistent (typo).
    #     Expected nowhere: the report date, the company's revenue, growth, margin and client count, the rating,
    #     target price, upside and PE.
    dict(
        text=(
            "【深度报告】公益SaaS:AI重塑筹款与项目管理 | 华岳证券研究所 | 2025年4月22日\n"
            "我们测算,2024年国内公益SaaS中AI模块(智能筹款、智能项目书撰写、捐赠风控等)市场规模为11.2亿元,2027年"
            "有望达到26.5亿元,2024-2027年CAGR为35.0%。公司层面,善云科技2024年实现营业收入3.2亿元,同比增长41%,"
            "毛利率68%,付费机构客户约2,300家。首次覆盖,给予“买入”评级,目标价48.6元,较现价有27%上涨空间,对应"
            "2025年35倍PE。"
        ),
        obs=[
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2027, 26.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (26.5 / 11.2) ** (1 / 3) - 1 = 33.25% -> 33.3, not 35.0; bounds (26.45 / 11.25) ** (1/3) - 1 = 32.97%,
            # (26.55 / 11.15) ** (1/3) - 1 = 33.54% -> 35.0 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. Markdown pipe table, GBP million, E and F columns, a Total row; the 2025E total adds only by rounding.
    #     Expected nowhere: the table number, the benchmark's title year, the 1,214 charities surveyed.
    dict(
        text=(
            "Table 3: UK charity spend on AI software by segment (\u00a3m)\n\n"
            "| Segment | 2023 | 2024 | 2025E | 2026F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Donor prospecting & fundraising | 42.6 | 55.1 | 70.3 | 88.0 |\n"
            "| Grant writing & management | 18.3 | 24.8 | 32.6 | 41.5 |\n"
            "| Volunteer matching & case management | 11.7 | 15.2 | 19.8 | 25.1 |\n"
            "| Translation & chatbots | 6.4 | 8.9 | 11.6 | 14.7 |\n"
            "| Total | 79.0 | 104.0 | 134.4 | 169.3 |\n\n"
            "Source: Charity Digital Benchmark 2025 survey of 1,214 charities; Fenwick & Gray estimates. "
            "Figures may not sum due to rounding."
        ),
        obs=[
            ("Donor prospecting & fundraising", 2023, 42.6, "GBP million", "actual"),
            ("Donor prospecting & fundraising", 2024, 55.1, "GBP million", "actual"),
            ("Donor prospecting & fundraising", 2025, 70.3, "GBP million", "estimate"),
            ("Donor prospecting & fundraising", 2026, 88.0, "GBP million", "estimate"),
            ("Grant writing & management", 2023, 18.3, "GBP million", "actual"),
            ("Grant writing & management", 2024, 24.8, "GBP million", "actual"),
            ("Grant writing & management", 2025, 32.6, "GBP million", "estimate"),
            ("Grant writing & management", 2026, 41.5, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2023, 11.7, "GBP million", "actual"),
            ("Volunteer matching & case management", 2024, 15.2, "GBP million", "actual"),
            ("Volunteer matching & case management", 2025, 19.8, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2026, 25.1, "GBP million", "estimate"),
            ("Translation & chatbots", 2023, 6.4, "GBP million", "actual"),
            ("Translation & chatbots", 2024, 8.9, "GBP million", "actual"),
            ("Translation & chatbots", 2025, 11.6, "GBP million", "estimate"),
            ("Translation & chatbots", 2026, 14.7, "GBP million", "estimate"),
            ("Total", 2023, 79.0, "GBP million", "actual"),
            ("Total", 2024, 104.0, "GBP million", "actual"),
            ("Total", 2025, 134.4, "GBP million", "estimate"),
            ("Total", 2026, 169.3, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 42.6 + 18.3 + 11.7 + 6.4 = 79.0
            ("hierarchy", "exact"),  # 2024: 55.1 + 24.8 + 15.2 + 8.9 = 104.0
            # 2025E: 70.3 + 32.6 + 19.8 + 11.6 = 134.3, printed 134.4; bounds 134.1 to 134.5 -> 134.4 by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2026F: 88.0 + 41.5 + 25.1 + 14.7 = 169.3
        ],
    ),
    # 17. Space-aligned vertical table, years as rows, a lone value column headed by its unit (Total) and a YoY
    #     column; the 2023 rate holds only by rounding. Expected nowhere: the exhibit number, the survey count.
    dict(
        text=(
            "Exhibit 4. U.S. spending on AI grant-writing and grant-management tools\n\n"
            "Year      US$ million     YoY\n"
            "2021             212       -\n"
            "2022             259   22.2%\n"
            "2023             318   22.9%\n"
            "2024             391   23.0%\n"
            "2025E            474   21.2%\n\n"
            "Source: Foundation Tech Review survey of 1,030 grantmakers and grantseekers; 2025E is a forecast."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 259, "USD million", "actual"),
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 391, "USD million", "actual"),
            ("Total", 2025, 474, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2021, 2022, 1.0),
            ("growth", 22.9, "percent", 2022, 2023, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 259 / 212 - 1 = 22.17% -> 22.2
            # 318 / 259 - 1 = 22.78% -> 22.8, not 22.9; bounds 317.5 / 259.5 - 1 = 22.35%, 318.5 / 258.5 - 1 = 23.21%
            # -> 22.9 by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 391 / 318 - 1 = 22.96% -> 23.0
            ("cagr|implied", "exact"),  # 474 / 391 - 1 = 21.23% -> 21.2
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; 2025年E is an estimate.
    #     Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表2 2023—2025年中国公益慈善AI市场细分规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能募捐\t6.2\t8.3\t10.9\n"
            "智能项目管理\t4.1\t5.6\t7.4\n"
            "志愿服务匹配\t2.7\t3.5\t4.6\n"
            "捐赠风控\t1.8\t2.4\t3.2\n"
            "合计\t14.8\t19.8\t26.1\n"
            "资料来源:公益数字化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("智能募捐", 2023, 6.2, "CNY 100 million", "actual"),
            ("智能募捐", 2024, 8.3, "CNY 100 million", "actual"),
            ("智能募捐", 2025, 10.9, "CNY 100 million", "estimate"),
            ("智能项目管理", 2023, 4.1, "CNY 100 million", "actual"),
            ("智能项目管理", 2024, 5.6, "CNY 100 million", "actual"),
            ("智能项目管理", 2025, 7.4, "CNY 100 million", "estimate"),
            ("志愿服务匹配", 2023, 2.7, "CNY 100 million", "actual"),
            ("志愿服务匹配", 2024, 3.5, "CNY 100 million", "actual"),
            ("志愿服务匹配", 2025, 4.6, "CNY 100 million", "estimate"),
            ("捐赠风控", 2023, 1.8, "CNY 100 million", "actual"),
            ("捐赠风控", 2024, 2.4, "CNY 100 million", "actual"),
            ("捐赠风控", 2025, 3.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 14.8, "CNY 100 million", "actual"),
            ("合计", 2024, 19.8, "CNY 100 million", "actual"),
            ("合计", 2025, 26.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.2 + 4.1 + 2.7 + 1.8 = 14.8
            ("hierarchy", "exact"),  # 2024: 8.3 + 5.6 + 3.5 + 2.4 = 19.8
            ("hierarchy", "exact"),  # 2025E: 10.9 + 7.4 + 4.6 + 3.2 = 26.1
        ],
    ),
    # 19. Tab-separated fiscal-year table (Indian broker, US$ mn) with a Total row and a CAGR column with printed span;
    #     one row's CAGR holds only by rounding. Expected nowhere: the exhibit number, the NGO count.
    dict(
        text=(
            "Exhibit 7: India - AI tools for NGOs, market size by segment (US$ mn; fiscal years ending March)\n"
            "Segment\tFY24\tFY25E\tFY26E\tFY27E\tFY24-27E CAGR\n"
            "Donor-prospecting platforms\t38.0\t47.5\t59.0\t72.8\t24.2%\n"
            "Grant-management tools\t21.4\t26.0\t31.9\t38.6\t21.7%\n"
            "Donation fraud screening\t9.6\t12.3\t15.8\t20.1\t28.2%\n"
            "Total\t69.0\t85.8\t106.7\t131.5\t24.0%\n"
            "Source: Company data, Kaveri Securities estimates. India had ~3.3 lakh registered NGOs as of FY24."
        ),
        obs=[
            ("Donor-prospecting platforms", 2024, 38.0, "USD million", "actual"),
            ("Donor-prospecting platforms", 2025, 47.5, "USD million", "estimate"),
            ("Donor-prospecting platforms", 2026, 59.0, "USD million", "estimate"),
            ("Donor-prospecting platforms", 2027, 72.8, "USD million", "estimate"),
            ("Grant-management tools", 2024, 21.4, "USD million", "actual"),
            ("Grant-management tools", 2025, 26.0, "USD million", "estimate"),
            ("Grant-management tools", 2026, 31.9, "USD million", "estimate"),
            ("Grant-management tools", 2027, 38.6, "USD million", "estimate"),
            ("Donation fraud screening", 2024, 9.6, "USD million", "actual"),
            ("Donation fraud screening", 2025, 12.3, "USD million", "estimate"),
            ("Donation fraud screening", 2026, 15.8, "USD million", "estimate"),
            ("Donation fraud screening", 2027, 20.1, "USD million", "estimate"),
            ("Total", 2024, 69.0, "USD million", "actual"),
            ("Total", 2025, 85.8, "USD million", "estimate"),
            ("Total", 2026, 106.7, "USD million", "estimate"),
            ("Total", 2027, 131.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2027, None, "stated"),
            ("cagr", 28.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72.8 / 38.0) ** (1 / 3) - 1 = 24.20% -> 24.2
            ("cagr|implied", "exact"),  # (38.6 / 21.4) ** (1 / 3) - 1 = 21.73% -> 21.7
            # (20.1 / 9.6) ** (1 / 3) - 1 = 27.93% -> 27.9, not 28.2; bounds (20.05 / 9.65) ** (1/3) - 1 = 27.60%,
            # (20.15 / 9.55) ** (1/3) - 1 = 28.26% -> 28.2 by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (131.5 / 69.0) ** (1 / 3) - 1 = 23.98% -> 24.0
            ("hierarchy", "exact"),  # FY24: 38.0 + 21.4 + 9.6 = 69.0
            ("hierarchy", "exact"),  # FY25E: 47.5 + 26.0 + 12.3 = 85.8
            ("hierarchy", "exact"),  # FY26E: 59.0 + 31.9 + 15.8 = 106.7
            ("hierarchy", "exact"),  # FY27E: 72.8 + 38.6 + 20.1 = 131.5
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100.0% is no claim);
    #     one share holds only by rounding. Expected nowhere: the table number, the source's date, the n=386.
    dict(
        text=(
            "表一、2024年台灣非營利組織AI應用市場結構\n"
            "| 應用類別 | 市場規模(新台幣百萬元) | 占比 |\n"
            "|---|---|---|\n"
            "| AI募款與捐款分析 | 512 | 46.5% |\n"
            "| AI補助申請撰寫 | 286 | 26.0% |\n"
            "| AI志工媒合 | 174 | 15.9% |\n"
            "| AI客服與翻譯 | 128 | 11.6% |\n"
            "| 合計 | 1,100 | 100.0% |\n"
            "資料來源:台灣公益資訊協會,2025年3月;受訪團體n=386。"
        ),
        obs=[
            ("AI募款與捐款分析", 2024, 512, "TWD million", "actual"),
            ("AI補助申請撰寫", 2024, 286, "TWD million", "actual"),
            ("AI志工媒合", 2024, 174, "TWD million", "actual"),
            ("AI客服與翻譯", 2024, 128, "TWD million", "actual"),
            ("合計", 2024, 1100, "TWD million", "actual"),
        ],
        claims=[
            ("share", 46.5, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
            ("share", 11.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 512 / 1100 = 46.55% -> 46.5
            ("arithmetic", "exact"),  # 286 / 1100 = 26.00% -> 26.0
            # 174 / 1100 = 15.82% -> 15.8, not 15.9; bounds 173.5 / 1100.5 = 15.77%, 174.5 / 1099.5 = 15.87%
            # -> 15.9 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 128 / 1100 = 11.64% -> 11.6
            ("hierarchy", "exact"),  # 512 + 286 + 174 + 128 = 1100
        ],
    ),
    # 21. US nonprofit-software vendor's earnings call, CEO sizes the TAM ("this year" = 2025, an estimate); CAGR span
    #     inferred from the amounts. Expected nowhere: quarter's revenue and growth, seat price, customer counts.
    dict(
        text=(
            "Causeway Giving Inc. (CWGV) Q3 Fiscal 2025 Earnings Call, November 6, 2025\n"
            "Operator: Our next question comes from Dana Whitfield with Brookline Securities.\n"
            "Dana Whitfield: Thanks. Maya, can you frame how big the opportunity is for the AI fundraising suite?\n"
            "Maya Okafor, Chief Executive Officer: Sure. When we add up donor prospecting, wealth screening and the "
            "AI copilots for gift officers, we think the total addressable market is about $4.2 billion this year, "
            "and we see it getting to $9.8 billion by 2029 - call it a 24% compound rate. For context, we did $61.7 "
            "million of revenue in the quarter, up 19%, and the AI add-on lists at $38 per seat per month. We're "
            "still early: only about 2,300 of our 14,000 customers have switched it on."
        ),
        obs=[
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.8 / 4.2) ** (1 / 4) - 1 = 23.59% -> 24
        ],
    ),
    # 22. Dublin working-paper abstract; CAGR span only from the amounts' years and inconsistent with them.
    #     Expected nowhere: paper number, title years, charity and fundraiser counts, survey percentages, grant
    #     income, "more than half of it".
    dict(
        text=(
            "Liffey Institute for Civil Society, Working Paper No. 25-07\n"
            "Machines at the grant desk: AI adoption among UK and Irish charities, 2019-2024\n"
            "Abstract. Drawing on procurement records from 1,842 registered charities, we estimate that spending by "
            "UK and Irish grant-seeking organisations on AI grant-writing and grant-management software grew from "
            "£96 million in 2021 to £241 million in 2024, an average annual rate of 41%. Spending is lopsided: "
            "the largest 5% of charities account for more than half of it. Survey evidence from 611 fundraisers "
            "suggests that 58% now use generative AI for first drafts, yet only 12% tell funders they do. Grant "
            "income itself was broadly flat at about £21 billion. We find no evidence that AI-assisted "
            "applications succeed more often."
        ),
        obs=[
            ("Total", 2021, 96, "GBP million", "actual"),
            ("Total", 2024, 241, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 41, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (241 / 96) ** (1 / 3) - 1 = 35.91%; bounds (240.5 / 96.5) ** (1/3) - 1 = 35.58%,
            # (241.5 / 95.5) ** (1/3) - 1 = 36.24% -> 41 is never reached
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (Feb 2025); series in USD million, so $1.02B and $2.6B are converted; a multiple.
    #     Expected nowhere: US giving growth, the poll's 62% and its n, the hospital appeal's $250M.
    dict(
        text=(
            "Thread by @ellie_givingdata - 3 Feb 2025\n"
            "1/ Everyone keeps asking how big 'AI for fundraising' really is. Quick numbers on AI donor-prospecting "
            "platforms in the US and Canada, pieced together from vendor filings and Cobalt Philanthropy Research's "
            "tracker.\n"
            "2/ The market was $780M in 2023. In 2024 it hit $1.02B. That's +31% in a single year, while overall "
            "US giving crept up ~3%.\n"
            "3/ Who's buying? In my poll last week 62% of you said your shop already runs some AI screening tool "
            "(n=1,140, not scientific).\n"
            "4/ My base case: $2.6B by 2028. Roughly 2.5x where we ended 2024.\n"
            "5/ Caveat: one mega-campaign (the $250M Harlow Children's Hospital appeal) skews the wealth-screening "
            "numbers. /end"
        ),
        obs=[
            ("Total", 2023, 780, "USD million", "actual"),
            ("Total", 2024, 1020, "USD million", "actual"),
            ("Total", 2028, 2600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 780) ** (1 / 1) - 1 = 30.77% -> 31
        ],
    ),
    # 24. Toronto web article with a correction; the corrected 2024 figure is the one expected, the superseded
    #     US$184 million nowhere. Expected nowhere: charity count, volunteer drop, licence price.
    dict(
        text=(
            "The Maple Ledger | Toronto, Sept. 22, 2025 (updated Sept. 24)\n"
            "Canadian charities are leaning on software to do more with fewer hands. Spending on AI-driven "
            "volunteer-matching and case-management software by Canadian registered charities reached US$148 "
            "million in 2024, up 18% from US$126 million in 2023, according to Ottawa-based Trillium Sector "
            "Analytics. The firm, which follows some 86,000 registered charities, reckons the pool of active "
            "volunteers has shrunk by roughly 1.1 million since 2019, and it expects the market to pass US$300 "
            "million by 2028. Licences typically run around US$40 per user a month.\n"
            "Correction: An earlier version of this article gave the 2024 market as US$184 million. The correct "
            "figure is US$148 million."
        ),
        obs=[
            ("Total", 2023, 126, "USD million", "actual"),
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2028, 300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (148 / 126) - 1 = 17.46% -> 17, not 18; bounds (147.5 / 126.5) - 1 = 16.60%,
            # (148.5 / 125.5) - 1 = 18.33% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Utrecht vendor's annual-report chair letter; series in EUR million, EUR1.1 billion converted; CAGR span
    #     inferred. Expected nowhere: "roughly a fifth", own revenue and growth, EBITDA margin, client count, dividend.
    dict(
        text=(
            "Annual Report 2024 - Letter from the Chair\n"
            "Goedhart Giving Technologies N.V., Utrecht, 27 March 2025\n"
            "Dear shareholders, the market we serve - AI tools for donor prospecting, wealth screening and "
            "legacy-giving analytics used by European charities - was worth some €420 million in 2024. "
            "Independent estimates suggest it will reach €1.1 billion by 2028, equivalent to growth of about 27% "
            "a year, and we believe we already hold roughly a fifth of it. Our own revenue rose 23% to €58.3 "
            "million, and the adjusted EBITDA margin widened to 21.4%. We now work with 1,930 charities in nine "
            "countries, and the Board proposes a dividend of €0.42 per share."
        ),
        obs=[
            ("Total", 2024, 420, "EUR million", "actual"),
            ("Total", 2028, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1100 / 420) ** (1 / 4) - 1 = 27.21% -> 27
        ],
    ),
    # 26. New York investor-day slide bullets: TAM with stated CAGR span and two segments with shares.
    #     Expected nowhere: customer count, attach rate, NRR, the FY2028 ARR target and margin target.
    dict(
        text=(
            "Brightwell Philanthropy Cloud - Investor Day 2025 - New York, March 11, 2025\n"
            "Slide 14 | The opportunity\n"
            "\u2022 Nonprofit AI TAM: $11.5B in 2025E, rising to $19.0B by 2028E (18% CAGR '25-'28E)\n"
            "\u2022 AI grant management & grant writing: $2.1B of 2025E TAM (18%)\n"
            "\u2022 Donation fraud & payment risk: $0.9B (8%)\n"
            "\u2022 2.4K customers today; AI attach rate 27%; NRR 114%\n"
            "\u2022 FY2028 targets: $1B ARR, 30%+ non-GAAP operating margin"
        ),
        obs=[
            ("Total", 2025, 11.5, "USD billion", "estimate"),
            ("Total", 2028, 19.0, "USD billion", "estimate"),
            ("AI grant management & grant writing", 2025, 2.1, "USD billion", "estimate"),
            ("Donation fraud & payment risk", 2025, 0.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2028, None, "stated"),
            ("share", 18, "percent", 2025, 2025, None),
            ("share", 8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.0 / 11.5) ** (1 / 3) - 1 = 18.22% -> 18
            ("arithmetic", "exact"),  # 2.1 / 11.5 = 18.26% -> 18
            ("arithmetic", "exact"),  # 0.9 / 11.5 = 7.83% -> 8
        ],
    ),
    # 27. Forum answer quoting Civic Ledger (base, target, rate) and Northgate's 2024 figure (expected nowhere).
    #     Also nowhere: the charity's headcount, seat price, "roughly a third" of the donor list.
    dict(
        text=(
            "Re: Is there any reliable number for the size of the AI fundraising software market?\n"
            "Posted by grantsguy_uk - 14 May 2025 - 37 replies\n"
            "The figure most people quote comes from Civic Ledger Research in Boston. They put global spending on AI "
            "fundraising tools and donor-CRM AI add-ons at $2.3 billion in 2024 and project $5.1 billion in 2029, "
            "which they describe as a 17.5% CAGR for 2024-2029. Treat it with some care: Northgate Advisory's 2024 "
            "number is $3.0 billion, because it also counts payment processors' fraud tools. For what it's worth, "
            "we're a 40-person charity, we pay about $90 per seat per month for our AI add-on, and roughly a third "
            "of our donor list turned out to be duplicates once we ran it."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2029, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (5.1 / 2.3) ** (1 / 5) - 1 = 17.27% -> 17.3, not 17.5; bounds (5.05 / 2.35) ** (1/5) - 1 = 16.53%,
            # (5.15 / 2.25) ** (1/5) - 1 = 18.01% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Nairobi research-house thematic note: stated CAGR and one part with its share; an aside in Kenyan
    #     shillings (not in the unit table). Expected nowhere: KSh 2.9 billion, refugee count, the 38% funding ratio.
    dict(
        text=(
            "Savanna Capital Research | East Africa Humanitarian Tech | Nairobi, 18 August 2025\n"
            "Talking to the displaced. We estimate that humanitarian agencies working in Africa spent US$86 million "
            "on AI translation, interpretation and chatbot services in 2024, and we model US$212 million by 2030, a "
            "16.2% CAGR over 2024-30. Chatbot deployments made up US$31 million of the 2024 total, or 36%. Kenya "
            "alone accounted for an estimated KSh 2.9 billion, helped by the Kakuma and Dadaab camps, which host "
            "more than 700,000 refugees between them. Aid budgets remain the swing factor: UN appeals for the region "
            "were only 38% funded in the first half."
        ),
        obs=[
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2030, 212, "USD million", "estimate"),
            ("Chatbot deployments", 2024, 31, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 86) ** (1 / 6) - 1 = 16.23% -> 16.2
            ("arithmetic", "exact"),  # 31 / 86 = 36.05% -> 36
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part and its share, a 2027 forecast.
    #     Expected nowhere: report title year, total social donations, count of charities.
    dict(
        text=(
            "新华社北京2025年4月17日电（记者林晓）记者从中华公益科技促进会17日发布的《2025中国慈善科技发展报告》"
            "中获悉，2024年我国公益慈善领域人工智能应用市场规模达到38.6亿元，同比增长27.4%。其中，AI智能筹款平台"
            "市场规模为17.2亿元，占比44.6%。报告显示，2023年该市场规模为30.3亿元。同期全国社会捐赠总额约1500亿元，"
            "登记认定的慈善组织超过1.5万家。报告预计，到2027年，这一市场规模将突破80亿元。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI智能筹款平台", 2024, 17.2, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 44.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) - 1 = 27.39% -> 27.4
            ("arithmetic", "exact"),  # 17.2 / 38.6 = 44.56% -> 44.6
        ],
    ),
    # 30. Provincial implementation plan (Simplified) with a 2027 target and "增长3倍" (x3 over 2023-2027).
    #     Expected nowhere: title years, firm and scenario counts, coverage rate, charity and volunteer counts.
    dict(
        text=(
            "江川省民政厅 江川省发展和改革委员会\n"
            "关于推进人工智能赋能慈善事业高质量发展的实施方案（2025—2027年）\n"
            "一、发展基础。2023年，全省慈善领域人工智能应用市场规模约6.5亿元，登记认定慈善组织1860家，"
            "注册志愿者超过1200万人。\n"
            "二、主要目标。到2027年，人工智能在慈善募捐、项目管理、志愿服务等场景实现规模化应用，全省慈善领域"
            "人工智能应用市场规模突破26亿元，较2023年增长3倍；培育50家以上具有示范引领作用的慈善科技企业，"
            "打造20个典型应用场景，重点慈善组织智能化管理覆盖率达到60%以上。"
        ),
        obs=[
            ("Total", 2023, 6.5, "CNY 100 million", "actual"),
            ("Total", 2027, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese research-institute release (Traditional), NT$ 億元, stated CAGR span.
    #     Expected nowhere: respondent count, the 37% adoption answer, "一成", total charitable solicitation takings.
    dict(
        text=(
            "【新聞稿】2025/06/24 台北\n"
            "數位產業研究院（DIRI）今（24）日發布「非營利組織AI應用趨勢」研究指出，台灣非營利組織導入AI募款、"
            "捐款詐欺偵測與捐款人關係管理解決方案的市場規模，2024年達新台幣18.5億元，預估2028年將成長至新台幣"
            "41.2億元，2024至2028年年複合成長率（CAGR）達22.2%。資深產業分析師陳怡君表示，在受訪的412家非營利組織中，"
            "已有37%導入生成式AI工具，但僅一成訂有AI治理規範；2024年全台公益勸募活動募得金額約新台幣215億元。"
        ),
        obs=[
            ("Total", 2024, 18.5, "TWD 100 million", "actual"),
            ("Total", 2028, 41.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.2 / 18.5) ** (1 / 4) - 1 = 22.16% -> 22.2
        ],
    ),
    # 32. Hong Kong press report (Traditional), HK$ 億: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate).
    #     Expected nowhere: respondent count, the 42% survey answer, the walk's HK$30 million takings.
    dict(
        text=(
            "【本報訊】2025年5月8日——本地慈善機構加快引入人工智能。香港社福科技聯會昨日公布調查結果，本港慈善"
            "團體在AI捐款防詐、個案管理及聊天機械人方面的開支，去年達4.86億港元，較前年的3.9億港元增長約25%，"
            "預料今年可增至6.1億港元。聯會指出，受訪的326間機構中有42%已使用AI核對捐款紀錄；另外，今年初一項"
            "慈善步行籌款活動籌得逾3000萬港元，創歷來新高。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 6.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.9) - 1 = 24.62% -> 25
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): figures in NT$ 億, "是2023年的2.5倍" read as a ratio.
    #     Expected nowhere: the association's volunteer count, seat licence fee, national volunteer count.
    dict(
        text=(
            "作者 npo_coder (非營利碼農)\n"
            "看板 NPO\n"
            "標題 [心得] 台灣志工媒合/個案管理AI市場到底多大？\n"
            "時間 Wed Jul 16 21:42:05 2025\n"
            "最近在幫協會評估要不要買AI個案管理系統，順手翻了一下慈科研究的報告。\n"
            "台灣志工媒合與個案管理AI工具市場：\n"
            "2023年 大概新台幣6.2億\n"
            "2025年 預估8.9億\n"
            "報告說2030年會來到15.5億，是2023年的2.5倍\n"
            "不過我們協會才80個志工，一個帳號每月授權費就要新台幣1,200元，老實說有點肉痛……\n"
            "衛福部那邊說全台志工大概110萬人，市場應該還很大吧\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 6.2, "TWD 100 million", "actual"),
            ("Total", 2025, 8.9, "TWD 100 million", "estimate"),
            ("Total", 2030, 15.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2030, 7.0),
        ],
        verdicts=[],
    ),
    # 34. Mainland broker research abstract (Simplified) with a 2026 range; YoY holds only by rounding.
    #     Expected nowhere: target price, rating, the covered firm's H1 revenue and growth, report date.
    dict(
        text=(
            "【华岳证券】慈善科技行业深度报告：AI重塑募捐链条（2025年9月3日）\n"
            "投资要点\n"
            "- 市场快速扩容：据我们测算，2024年中国AI筹款与捐赠反欺诈市场规模为28.7亿元，较2023年的21.9亿元"
            "增长31.2%。\n"
            "- 我们预计2026年市场规模将达到45-52亿元，大型基金会与互联网募捐平台是主要采购方。\n"
            "- 核心标的：善联科技（目标价38.5元，维持“买入”评级），2025H1营收3.1亿元，同比+42%。\n"
            "- 风险提示：监管政策变化，捐赠总量下滑。"
        ),
        obs=[
            ("Total", 2023, 21.9, "CNY 100 million", "actual"),
            ("Total", 2024, 28.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2026, 2026, None),
            ("value", 52, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            # (28.7 / 21.9) - 1 = 31.05% -> 31.1, not 31.2; bounds (28.65 / 21.95) - 1 = 30.52%,
            # (28.75 / 21.85) - 1 = 31.58% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Listed company's 2025 annual results-briefing transcript (Simplified, March 2026): company-sized market
    #     space is the Total; CAGR span inferred. Expected nowhere: "约占四成", own revenue, growth, gross margin,
    #     Q4 new contracts, client count.
    dict(
        text=(
            "善数云科技股份有限公司2025年度业绩说明会文字实录（2026年3月28日）\n"
            "问：请问管理层如何看待公益数字化和AI募捐服务的市场空间？\n"
            "答（董事长周明远）：感谢提问。根据公司内部测算，国内公益组织在AI募捐、项目管理和志愿者服务方面的"
            "市场空间，2025年约为62亿元，到2028年有望达到120亿元，年复合增速约25%，其中头部基金会的需求约占四成。"
            "公司2025年实现营业收入4.37亿元，同比增长18.6%，毛利率61.2%；第四季度单季新签合同1.2亿元。"
            "目前公司服务的公益组织客户超过3400家。"
        ),
        obs=[
            ("Total", 2025, 62, "CNY 100 million", "actual"),
            ("Total", 2028, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 62) ** (1 / 3) - 1 = 24.62% -> 25
        ],
    ),
    # 36. UK fundraising association's markdown table by application with a Total row; 2025F column estimates;
    #     the 2024 column adds only by rounding. Expected nowhere: table number, survey count, publication date.
    dict(
        text=(
            "Table 3. AI spending by UK charities, by application (£ million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| Donor prospecting & wealth screening | 48.2 | 63.1 | 80.4 |\n"
            "| Grant writing & management | 31.5 | 40.8 | 52.6 |\n"
            "| Volunteer matching & case management | 22.7 | 29.4 | 38.1 |\n"
            "| Chatbots & translation | 14.9 | 19.7 | 26.0 |\n"
            "| Donation fraud checks | 9.6 | 12.3 | 15.8 |\n"
            "| Total | 126.9 | 165.4 | 212.9 |\n"
            "\n"
            "Source: Chartered Fundraising Circle, survey of 1,150 charities, published 2 June 2025. "
            "Figures may not sum due to rounding."
        ),
        obs=[
            ("Donor prospecting & wealth screening", 2023, 48.2, "GBP million", "actual"),
            ("Donor prospecting & wealth screening", 2024, 63.1, "GBP million", "actual"),
            ("Donor prospecting & wealth screening", 2025, 80.4, "GBP million", "estimate"),
            ("Grant writing & management", 2023, 31.5, "GBP million", "actual"),
            ("Grant writing & management", 2024, 40.8, "GBP million", "actual"),
            ("Grant writing & management", 2025, 52.6, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2023, 22.7, "GBP million", "actual"),
            ("Volunteer matching & case management", 2024, 29.4, "GBP million", "actual"),
            ("Volunteer matching & case management", 2025, 38.1, "GBP million", "estimate"),
            ("Chatbots & translation", 2023, 14.9, "GBP million", "actual"),
            ("Chatbots & translation", 2024, 19.7, "GBP million", "actual"),
            ("Chatbots & translation", 2025, 26.0, "GBP million", "estimate"),
            ("Donation fraud checks", 2023, 9.6, "GBP million", "actual"),
            ("Donation fraud checks", 2024, 12.3, "GBP million", "actual"),
            ("Donation fraud checks", 2025, 15.8, "GBP million", "estimate"),
            ("Total", 2023, 126.9, "GBP million", "actual"),
            ("Total", 2024, 165.4, "GBP million", "actual"),
            ("Total", 2025, 212.9, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 48.2 + 31.5 + 22.7 + 14.9 + 9.6 = 126.9
            # 2024: 63.1 + 40.8 + 29.4 + 19.7 + 12.3 = 165.3, not 165.4; bounds 165.3 -/+ 5 * 0.05 =
            # 165.05 .. 165.55 -> 165.4 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 80.4 + 52.6 + 38.1 + 26.0 + 15.8 = 212.9
        ],
    ),
    # 37. Singapore research house's tab-separated vertical table headed only by its unit (the Total) with a YoY
    #     column; 2025E/2026F estimates; 2024's 28.6% holds only by rounding. Expected nowhere: the charity count.
    dict(
        text=(
            "Singapore: spending on AI fundraising and donor-management platforms by charities and IPCs\n"
            "Source: Lion City Social Sector Research, July 2025\n"
            "Year\tUSD million\tYoY\n"
            "2021\t18.4\t-\n"
            "2022\t23.9\t29.9%\n"
            "2023\t31.2\t30.5%\n"
            "2024\t40.1\t28.6%\n"
            "2025E\t50.8\t26.7%\n"
            "2026F\t63.0\t24.0%\n"
            "Note: IPC = institution of a public character; about 2,900 registered charities at end-2024."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 23.9, "USD million", "actual"),
            ("Total", 2023, 31.2, "USD million", "actual"),
            ("Total", 2024, 40.1, "USD million", "actual"),
            ("Total", 2025, 50.8, "USD million", "estimate"),
            ("Total", 2026, 63.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 30.5, "percent", 2022, 2023, 1.0),
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.7, "percent", 2024, 2025, 1.0),
            ("growth", 24.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            ("cagr|implied", "exact"),  # 31.2 / 23.9 - 1 = 30.54% -> 30.5
            # 40.1 / 31.2 - 1 = 28.53% -> 28.5, not 28.6; bounds 40.05 / 31.25 - 1 = 28.16%,
            # 40.15 / 31.15 - 1 = 28.89% -> 28.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 50.8 / 40.1 - 1 = 26.68% -> 26.7
            ("cagr|implied", "exact"),  # 63.0 / 50.8 - 1 = 24.02% -> 24.0
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by application with a 合计 row (亿元), two year columns.
    #     Expected nowhere: table number, title years, sample count, blue-book year.
    dict(
        text=(
            "表2  2023—2024年我国慈善组织人工智能应用支出构成（单位：亿元）\n"
            "应用领域                  2023年     2024年\n"
            "智能募捐平台                11.8       15.6\n"
            "项目申报与资助管理           7.2        9.4\n"
            "志愿者匹配与个案管理         4.9        6.3\n"
            "智能客服与多语种翻译         3.5        4.8\n"
            "捐赠反欺诈                   1.7        2.4\n"
            "合计                        29.1       38.5\n"
            "注：根据对1236家慈善组织的抽样调查推算。资料来源：南山公益研究院《2025慈善科技蓝皮书》。"
        ),
        obs=[
            ("智能募捐平台", 2023, 11.8, "CNY 100 million", "actual"),
            ("智能募捐平台", 2024, 15.6, "CNY 100 million", "actual"),
            ("项目申报与资助管理", 2023, 7.2, "CNY 100 million", "actual"),
            ("项目申报与资助管理", 2024, 9.4, "CNY 100 million", "actual"),
            ("志愿者匹配与个案管理", 2023, 4.9, "CNY 100 million", "actual"),
            ("志愿者匹配与个案管理", 2024, 6.3, "CNY 100 million", "actual"),
            ("智能客服与多语种翻译", 2023, 3.5, "CNY 100 million", "actual"),
            ("智能客服与多语种翻译", 2024, 4.8, "CNY 100 million", "actual"),
            ("捐赠反欺诈", 2023, 1.7, "CNY 100 million", "actual"),
            ("捐赠反欺诈", 2024, 2.4, "CNY 100 million", "actual"),
            ("合计", 2023, 29.1, "CNY 100 million", "actual"),
            ("合计", 2024, 38.5, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 11.8 + 7.2 + 4.9 + 3.5 + 1.7 = 29.1
            ("hierarchy", "exact"),  # 2024: 15.6 + 9.4 + 6.3 + 4.8 + 2.4 = 38.5
        ],
    ),
    # 39. Amsterdam research house's regional table with a CAGR 2024-30 column and a Global total row;
    #     Asia-Pacific's 25.3% is inconsistent with its amounts. Expected nowhere: report number, vendor count.
    dict(
        text=(
            "Oranje Impact Research - Report 2025/14 - AI volunteer-matching and case-management software for "
            "nonprofits, by region (USD million)\n"
            "Region            2024     2030F    CAGR 2024-30\n"
            "North America      412     1,050       16.9%\n"
            "Europe             236       660       18.7%\n"
            "Asia-Pacific       148       520       25.3%\n"
            "Rest of world       54       140       17.2%\n"
            "Global             850     2,370       18.6%\n"
            "Based on interviews with 87 vendors. Amsterdam, 9 October 2025."
        ),
        obs=[
            ("North America", 2024, 412, "USD million", "actual"),
            ("North America", 2030, 1050, "USD million", "estimate"),
            ("Europe", 2024, 236, "USD million", "actual"),
            ("Europe", 2030, 660, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 148, "USD million", "actual"),
            ("Asia-Pacific", 2030, 520, "USD million", "estimate"),
            ("Rest of world", 2024, 54, "USD million", "actual"),
            ("Rest of world", 2030, 140, "USD million", "estimate"),
            ("Global", 2024, 850, "USD million", "actual"),
            ("Global", 2030, 2370, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9
            ("cagr|implied", "exact"),  # (660 / 236) ** (1 / 6) - 1 = 18.70% -> 18.7
            # (520 / 148) ** (1 / 6) - 1 = 23.30%; bounds (519.5 / 148.5) ** (1/6) - 1 = 23.21%,
            # (520.5 / 147.5) ** (1/6) - 1 = 23.39% -> 25.3 is never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (140 / 54) ** (1 / 6) - 1 = 17.21% -> 17.2
            ("cagr|implied", "exact"),  # (2370 / 850) ** (1 / 6) - 1 = 18.64% -> 18.6
            ("hierarchy", "exact"),  # 2024: 412 + 236 + 148 + 54 = 850
            ("hierarchy", "exact"),  # 2030F: 1050 + 660 + 520 + 140 = 2370
        ],
    ),
    # 40. German statistics table (tab-separated) with a share column; two shares hold only by rounding; the
    #     Total's 100.0 is no claim. Expected nowhere: table number, respondent organisations count.
    dict(
        text=(
            "Table 7: Expenditure of non-profit organisations in Germany on AI applications, 2024\n"
            "Source: Stiftungsstatistik Rhein-Main e.V., Frankfurt, November 2025; 2,418 reporting organisations\n"
            "Application\tEUR million\tShare of total (%)\n"
            "Donor prospecting and CRM analytics\t75\t41.9\n"
            "Grant writing and management\t41\t22.9\n"
            "Volunteer matching and case management\t29\t16.4\n"
            "Chatbots and translation\t22\t12.1\n"
            "Donation fraud screening\t12\t6.7\n"
            "Total\t179\t100.0"
        ),
        obs=[
            ("Donor prospecting and CRM analytics", 2024, 75, "EUR million", "actual"),
            ("Grant writing and management", 2024, 41, "EUR million", "actual"),
            ("Volunteer matching and case management", 2024, 29, "EUR million", "actual"),
            ("Chatbots and translation", 2024, 22, "EUR million", "actual"),
            ("Donation fraud screening", 2024, 12, "EUR million", "actual"),
            ("Total", 2024, 179, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.9, "percent", 2024, 2024, None),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
            ("share", 6.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 75 / 179 = 41.90% -> 41.9
            ("arithmetic", "exact"),  # 41 / 179 = 22.91% -> 22.9
            # 29 / 179 = 16.20%, not 16.4; bounds 28.5 / 179.5 = 15.88%, 29.5 / 178.5 = 16.53% -> rounding
            ("arithmetic", "rounding"),
            # 22 / 179 = 12.29%, not 12.1; bounds 21.5 / 179.5 = 11.98%, 22.5 / 178.5 = 12.61% -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12 / 179 = 6.70% -> 6.7
            ("hierarchy", "exact"),  # 75 + 41 + 29 + 22 + 12 = 179
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 15, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from $383 million in 2023',
    'projects outlays of $1.9 billion by 2030',
    'forecast £392m by FY2029e, a CAGR of about 21%',
    '€71 million or about 34%',
    'should hit US$0.21 billion by 2030',
    'pegs the 2024 market higher, at US$88 million',
    'total addressable market for AI in the nonprofit sector',
    'something like a 21% compound rate',
    'expected to rise 21% to €46 million this year',
    'between €290 million and €340 million in 2029',
    'misstated the 2024 market size as',
    'has roughly tripled since 2021',
    '较2023年的13.8亿元增长34.8%',
    '力争全省慈善领域人工智能应用',
    '突破30亿元,较2023年增长3倍',
    '年均复合增长率达33.4%',
    '較2023年的9.8億元成長27.6%',
    '佔1.3億港元,約佔整體28%',
    '今年可望成長25%至4億元',
    '2024-2027年CAGR为35.0%',
    '| 2025E | 2026F |',
    '2023             318   22.9%',
    '合计\t14.8\t19.8\t26.1',
    'FY24-27E CAGR',
    '| AI志工媒合 | 174 | 15.9% |',
    'total addressable market is about $4.2 billion this year',
    'call it a 24% compound rate',
    'an average annual rate of 41%',
    "In 2024 it hit $1.02B. That's +31% in a single year",
    'Roughly 2.5x where we ended 2024',
    'up 18% from US$126 million in 2023',
    'An earlier version of this article gave the 2024 market',
    'equivalent to growth of about 27% a year',
    '$11.5B in 2025E, rising to $19.0B by 2028E',
    '$2.1B of 2025E TAM (18%)',
    'which they describe as a 17.5% CAGR for 2024-2029',
    'a 16.2% CAGR over 2024-30',
    'made up US$31 million of the 2024 total, or 36%',
    '市场规模达到38.6亿元，同比增长27.4%',
    '市场规模突破26亿元，较2023年增长3倍',
    '年複合成長率（CAGR）達22.2%',
    '去年達4.86億港元，較前年的3.9億港元增長約25%',
    '是2023年的2.5倍',
    '2026年市场规模将达到45-52亿元',
    '年复合增速约25%，其中头部基金会的需求约占四成',
    '| Total | 126.9 | 165.4 | 212.9 |',
    'Year\tUSD million\tYoY',
    '合计                        29.1       38.5',
    'Region            2024     2030F    CAGR 2024-30',
    'Total\t179\t100.0',
)
LAYOUT = (40, 11, 13, 16)
#: the set's blind score (written without reading or running the extractor, and kept unread): 212
#: figures, 49 rates, 84 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 213, "rates_found": 49, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset199.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
