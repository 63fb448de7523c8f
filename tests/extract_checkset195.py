"""A hundred-and-ninety-fifth check set for the extractor, written blind: AI in sports betting, lotteries and online
gaming: AI odds-setting and trading engines, AI for responsible-gambling and problem-play detection, AI fraud and
bonus-abuse detection at betting operators, AI player-personalisation for online casinos and lotteries, AI for
integrity monitoring of matches; sized in money by gaming regulators, lottery operators' annual reports, betting trade
bodies, suppliers' capital-markets days, brokers and research houses in the United Kingdom, Malta, Sweden, the United
States, Canada, Australia, Brazil, India, Macau, Taiwan and the Philippines. Distractors a careful reader leaves out:
the whole gambling or lottery market beside the AI part, gross gaming revenue of one operator, amounts wagered
(handle), numbers of accounts or bettors, tax rates and tax take, a quarter's figures, a funding round and valuation,
a survey's percentages, fines imposed.

Snippets 1-20: Twenty snippets on AI in sports betting, lotteries and online gaming. Eight English prose pieces: a
London wire release, a Sydney broker note in fiscal years, a Valletta briefing with segment shares, a Toronto story
quoting two research houses, a Stockholm capital-markets-day TAM, a Manila regulator's roadmap with a fourfold target,
a New York note with a correction and a 2028 range, an investor's blog using last year/this year. Seven Chinese pieces
(three in Traditional: a Taiwanese association report, a Hong Kong story in 億港元 with parts and shares, a Taipei broker
deep-dive) and five tables (markdown E/F, space-aligned years with YoY, Chinese tab table in 亿元, fiscal-year tab
table, Traditional pipe table with shares). Left out: whole gambling or lottery sales, handle, GGR in pesos or
patacas, A$ and C$ sums, taxes, fines, funding rounds, surveys, a quarter's spend, company revenue, margin and share
target, a rival house's figure, a misstated figure. Inconsistent: the Stockholm CAGR, the Xinhua CAGR, the 2024 YoY
typo. Rounding only: the Sydney, Hong Kong and Taipei CAGRs, the 23% and 15.6% shares, the markdown table's 2023
total.

Snippets 21-40: Twenty snippets (21-40) on AI in sports betting, lotteries and online gaming. Eight are English prose:
a Toronto supplier's earnings call sizing its TAM, a Valletta working-paper abstract, a social-media thread, a US web
article with a correction, a UK lottery chair's letter, Sydney investor-day bullets, a forum answer quoting two
publishers, and a Sao Paulo broker note with a reais aside. Seven are Chinese prose (Xinhua-style release, ministry
plan, Taiwanese MIC-style release, Hong Kong report on Macau, PTT post, brokerage abstract with a range, results
briefing; four in Traditional), and five are tables (markdown by segment, tab-separated vertical with YoY,
space-aligned Chinese with 合计, regional with CAGR, Maltese statistics with shares). Distractors left out: lottery
sales, handle, GGR, tax, quarter and half-year figures, company revenue and orders, funding rounds, fines, survey
answers, shares in words, a second publisher's figure, the pre-correction figure, price targets. Inconsistent: the
18.5% CAGR in 28, the 2024 YoY in 37, Latin America's CAGR in 39. Rounding only: +18% in 26, 约22% in 32, the 2023 YoY
in 37, Rest of world's CAGR in 39, one share in 40, the 2027F total in 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release from a consultancy: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the Gambling Commission's fines, Britain's gross gambling yield, operator and account counts.
    dict(
        text=(
            "LONDON, 4 March 2025 /PRNewswire/ -- UK-licensed betting and gaming operators spent £184 million in 2024 on "
            "artificial-intelligence tools that flag harmful or problem play, up 27% on the £145 million spent in 2023, "
            "according to the Safer Play Technology Monitor released today by Ashcombe Partners, a London consultancy "
            "that advises operators and regulators. The monitor expects spending to reach £520 million by 2030, implying "
            "a compound annual growth rate of 18.9% over 2024-2030. The rise comes as the Gambling Commission steps up "
            "enforcement: regulatory settlements and fines totalled £19.6 million in the 2023-24 financial year, while "
            "Britain's gross gambling yield stood at £15.1 billion. The findings draw on interviews with 48 operators "
            "holding some 31 million active customer accounts."
        ),
        obs=[
            ("Total", 2023, 145, "GBP million", "actual"),
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Total", 2030, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184 / 145) ** (1 / 1) - 1 = 26.90% -> 27
            ("cagr|implied", "exact"),  # (520 / 184) ** (1 / 6) - 1 = 18.90% -> 18.9
        ],
    ),
    # 2. Sydney broker sector note in fiscal years; CAGR "roughly 18%" whose span only the amounts' years give and which
    #    holds only by rounding. Expected nowhere: the A$ wagering turnover (handle), the covered company's revenue and
    #    growth, its price target and upside, point-of-consumption tax rates, the note's date.
    dict(
        text=(
            "AUSTRALIAN WAGERING | Sector update | Sydney, 19 August 2024\n"
            "Machines now set the price. We estimate the global market for AI odds-setting and trading engines at "
            "US$1.9bn in FY2024 and see it growing to US$4.2bn by FY2029e, a CAGR of roughly 18%. Local punters "
            "wagered about A$50bn with licensed bookmakers in FY2024, but technology spend is the better-quality growth "
            "stream. Our preferred exposure, Quokka Trading Systems (OVERWEIGHT, PT A$7.40, 26% upside), lifted FY2024 "
            "revenue 31% to A$118m. Point-of-consumption tax rates now sit between 15% and 25% across the states."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 4.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (4.2 / 1.9) ** (1 / 5) - 1 = 17.19% -> 17, not 18; bounds (4.15 / 1.95) ** (1/5) - 1 = 16.31%,
            # (4.25 / 1.85) ** (1/5) - 1 = 18.10% -> 18 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Valletta research briefing: a total, two segments with shares (one holds only by rounding), CAGR with span.
    #    Expected nowhere: Malta's gaming-sector GGR, the licensee count, the MGA's penalties.
    dict(
        text=(
            "Valletta, 11 June 2025 - Online casino and betting operators licensed in Europe spent €2.46 billion on "
            "artificial-intelligence systems in 2024, according to a briefing from the Mediterranean iGaming Research "
            "Centre. Player personalisation was the biggest slice at €0.98 billion, or 40% of the total, followed by "
            "fraud and bonus-abuse detection at €0.58 billion (23%). The centre expects overall AI spend to reach "
            "€4.1 billion in 2028, a compound 13.6% a year over 2024-28. By comparison, Malta's gaming sector generated "
            "gross gaming revenue of around €1.6 billion from more than 300 licensees, and the Malta Gaming Authority "
            "imposed administrative penalties of €2.3 million last year."
        ),
        obs=[
            ("Total", 2024, 2.46, "EUR billion", "actual"),
            ("Player personalisation", 2024, 0.98, "EUR billion", "actual"),
            ("Fraud and bonus-abuse detection", 2024, 0.58, "EUR billion", "actual"),
            ("Total", 2028, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
            ("cagr", 13.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.98 / 2.46 = 39.84% -> 40
            # 0.58 / 2.46 = 23.58% -> 24, not 23; bounds 0.575 / 2.465 = 23.33%, 0.585 / 2.455 = 23.83%
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (4.1 / 2.46) ** (1 / 4) - 1 = 13.62% -> 13.6
        ],
    ),
    # 4. Toronto news article quoting two research houses; series unit is the first printed (USD million), so the 2030
    #    figure in billions is converted. Expected nowhere: the rival house's 2024 figure, Ontario wagers (C$ handle),
    #    player accounts, matches monitored, the Series B and valuation.
    dict(
        text=(
            "TORONTO, Sept 16 2025 - As Ontario's regulated betting market matures, the software that watches for fixed "
            "matches is becoming a business in its own right. Global spending on AI-powered sports integrity monitoring "
            "reached US$420 million in 2024 and is projected to hit US$1.15 billion by 2030, a compound annual growth "
            "rate of 18.3% between 2024 and 2030, according to Montreal-based Laurentian Market Intelligence. Rival firm "
            "Baywater Analytics puts last year's market higher, at US$505 million. Ontario players wagered C$82.7 "
            "billion in the 12 months to March across more than 1.6 million active accounts. Toronto start-up "
            "SignalPitch, which monitors some 90,000 matches a year, raised US$38 million in a Series B round this "
            "summer that valued it at about US$260 million."
        ),
        obs=[
            ("Total", 2024, 420, "USD million", "actual"),
            ("Total", 2030, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1150 / 420) ** (1 / 6) - 1 = 18.28% -> 18.3
        ],
    ),
    # 5. Stockholm capital-markets-day transcript: the CFO sizes a TAM "this year" (an estimate) and for 2030; the
    #    stated 21% CAGR is inconsistent with the amounts. Expected nowhere: the company's revenue, EBITDA margin,
    #    its 15% share ambition, headcount and offices.
    dict(
        text=(
            "Nordvik Gaming Technologies AB - Capital Markets Day, Stockholm, 19 November 2025 - edited transcript\n"
            "Karin Lindqvist, Chief Financial Officer: Let me start with the opportunity. We size the total addressable "
            "market for AI-driven player personalisation and retention in regulated online casino and lottery at "
            "roughly €3.2 billion this year, and we see it reaching €7.5 billion in 2030. That's a compound annual "
            "growth rate of 21% from 2025 to 2030. Our own revenue was €412 million last year with an adjusted EBITDA "
            "margin of 34%, and our ambition is to hold around 15% of that market by 2030. We now have 1,150 "
            "colleagues in nine offices."
        ),
        obs=[
            ("Total", 2025, 3.2, "EUR billion", "estimate"),
            ("Total", 2030, 7.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.5 / 3.2) ** (1 / 5) - 1 = 18.57% -> 19, not 21; bounds (7.45 / 3.25) ** (1/5) - 1 = 18.05%,
            # (7.55 / 3.15) ** (1/5) - 1 = 19.10% -> 21 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Manila regulator's roadmap with a target and a multiple ("roughly a fourfold increase", no verdict).
    #    Expected nowhere: the roadmap's title years, the 2026 deadline, peso GGR, accounts, the 35% tax rate,
    #    the operator count and peso fines.
    dict(
        text=(
            "MANILA, 27 January 2025 - The Philippine Amusement and Gaming Corporation (PAGCOR) has published its "
            "Responsible Gaming Technology Roadmap 2025-2028, setting targets for how licensed online operators protect "
            "players. Under the plan, licensees' spending on AI-based responsible-gaming and player-protection systems "
            "should climb from US$62 million in 2024 to US$250 million by 2028, roughly a fourfold increase. The "
            "regulator wants every licensed platform running automated problem-play detection by the end of 2026. "
            "Licensed e-games and e-bingo operators generated gross gaming revenue of ₱154.5 billion in 2024 from about "
            "3.1 million registered accounts and are taxed at 35% of GGR; PAGCOR fined 12 operators a combined "
            "₱48 million last year for lapses in age and identity checks."
        ),
        obs=[
            ("Total", 2024, 62, "USD million", "actual"),
            ("Total", 2028, 250, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[],
    ),
    # 7. New York research note carrying a correction and a 2028 range (two value claims, no obs for 2028).
    #    Expected nowhere: the misstated $1.38 billion, the fourth-quarter spend, the state count, handle,
    #    New York's tax rate, the note's dates.
    dict(
        text=(
            "Harbor Point Research | US Sports Betting Technology | New York, 22 May 2025\n"
            "Correction: an earlier version of this note, published 20 May, gave the 2024 market size as $1.38 billion. "
            "The correct figure is $1.83 billion; our forecasts are unchanged.\n"
            "US sportsbooks spent $1.83 billion on AI odds-setting and trading engines in 2024, 19% more than the $1.54 "
            "billion they spent in 2023. Fourth-quarter spend alone was about $520 million. We expect the market to be "
            "worth between $3.5 billion and $4.2 billion in 2028, depending on how many more states legalise mobile "
            "wagering; 38 states plus Washington, D.C. now allow some form of sports betting. Handle rose to roughly "
            "$150 billion last year, while New York's 51% tax rate keeps squeezing operator margins."
        ),
        obs=[
            ("Total", 2023, 1.54, "USD billion", "actual"),
            ("Total", 2024, 1.83, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("value", 3.5, "USD billion", 2028, 2028, None),
            ("value", 4.2, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.83 / 1.54) ** (1 / 1) - 1 = 18.83% -> 19
        ],
    ),
    # 8. Investor's blog post dated 3 February 2025: "last year" = 2024 (actual), "this year" = 2025 (estimate),
    #    approximate figures. Expected nowhere: the survey's respondents and 71%, the 3% of GGR, the Series C and
    #    valuation.
    dict(
        text=(
            "The Long Ball - notes from a gaming-tech investor\n"
            "Posted 3 February 2025\n"
            "Everyone wants to talk about AI odds models, but the quieter money is in catching cheats. By my count, "
            "operators worldwide spent roughly $780 million last year on AI fraud and bonus-abuse detection, up 24% "
            "from $630 million in 2023. I think this year comes in around $950 million, another 22% or so. Why so "
            "confident? In a survey I ran of 85 risk managers, 71% said bonus abuse was their single biggest fraud "
            "headache, and one large European book told me abusers cost it close to 3% of GGR. Valuations are catching "
            "up too: ShieldPlay raised a $45 million Series C in December at a $600 million valuation."
        ),
        obs=[
            ("Total", 2023, 630, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2025, 950, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 630) ** (1 / 1) - 1 = 23.81% -> 24
            ("cagr|implied", "exact"),  # (950 / 780) ** (1 / 1) - 1 = 21.79% -> 22
        ],
    ),
    # 9. Chinese industry report (Simplified): YoY with both amounts, CAGR with printed span.
    #    Expected nowhere: the report's title year, national lottery sales, welfare funds raised, the 126 firms surveyed.
    dict(
        text=(
            "《2025中国彩票行业智能化发展报告》显示，2024年我国彩票行业人工智能应用市场规模达到38.6亿元，较2023年的"
            "31.5亿元同比增长22.5%。报告指出，智能选号推荐、渠道风控与反欺诈、责任彩票监测是目前投入最集中的三个方向。"
            "报告预计，到2029年该市场规模将达到105.0亿元，2024—2029年年均复合增长率为22.2%。同期，全国彩票销售额为"
            "6215.3亿元，筹集彩票公益金约1790亿元。本次调研共覆盖126家彩票技术服务企业。"
        ),
        obs=[
            ("Total", 2023, 31.5, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2029, 105.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.5) ** (1 / 1) - 1 = 22.54% -> 22.5
            ("cagr|implied", "exact"),  # (105.0 / 38.6) ** (1 / 5) - 1 = 22.16% -> 22.2
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2023-2027, no verdict); the 2023
    #     base is approximate (约3亿元). Expected nowhere: the plan's title years and document number, the count of
    #     firms to foster, sports-lottery sales.
    dict(
        text=(
            "湖南省体育彩票智能化发展三年行动方案（2025—2027年）（湘体彩发〔2025〕4号）\n"
            "一、总体目标。2023年，全省彩票领域人工智能风控与责任彩票服务产业规模约为3亿元。到2025年，产业规模达到6亿元；"
            "到2027年，力争产业规模达到12亿元，较2023年增长3倍，培育10家以上具有核心竞争力的骨干企业，"
            "全省体育彩票年销量突破300亿元。"
        ),
        obs=[
            ("Total", 2023, 3, "CNY 100 million", "actual"),
            ("Total", 2025, 6, "CNY 100 million", "estimate"),
            ("Total", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes; the stated 16.8% CAGR is a typo for ~18.8% (inconsistent).
    #     Expected nowhere: the second institute's 2024 figure, suspicious-match count, global betting handle.
    dict(
        text=(
            "新华社北京2025年6月9日电（记者周宁）随着全球体育博彩监管趋严，人工智能赛事诚信监测正成为新的增长点。"
            "中研智库发布的报告显示，2024年全球体育赛事诚信监测AI市场规模约为4.2亿美元，预计2030年将增至11.8亿美元，"
            "2024—2030年年均复合增长率为16.8%。另一家机构北辰产业研究院则估算，2024年该市场规模为5.1亿美元。"
            "报告称，2024年全球共发现可疑比赛约1300场，全球体育博彩投注额超过1.5万亿美元。"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD 100 million", "actual"),
            ("Total", 2030, 11.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (11.8 / 4.2) ** (1 / 6) - 1 = 18.79% -> 18.8, not 16.8; bounds (11.75 / 4.25) ** (1/6) - 1 = 18.47%,
            # (11.85 / 4.15) ** (1/6) - 1 = 19.11% -> 16.8 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association report (Traditional), 新台幣億元: YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: sports-lottery sales (handle), lottery surplus, member companies, bettor accounts.
    dict(
        text=(
            "台灣運動彩券產業協會（台北，2025年4月15日）發布年度產業報告指出，2024年國內運動彩券AI賠率與風險管理系統"
            "市場規模約新台幣18.5億元，較2023年的15.2億元成長21.7%。協會預估，在賽中即時投注比重持續提高下，2028年"
            "市場規模將達41億元，2024至2028年年複合成長率約22%。報告同時指出，2024年運彩全年銷售額達新台幣680億元，"
            "挹注公益彩券盈餘約新台幣76億元；協會目前共有27家會員公司，運彩投注會員突破150萬人。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.5, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.5 / 15.2) ** (1 / 1) - 1 = 21.71% -> 21.7
            ("cagr|implied", "exact"),  # (41 / 18.5) ** (1 / 4) - 1 = 22.01% -> 22
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元: a total, two parts with shares, a CAGR that holds only by rounding.
    #     Expected nowhere: the Jockey Club's 2023/24 turnover (handle), betting duty, Macau GGR in patacas.
    dict(
        text=(
            "【香港2025年7月8日訊】本港博彩及彩票業對人工智能的投入持續增加。本地研究機構港灣數據研究所最新報告顯示，"
            "2024年本港博彩及彩票業人工智能應用市場規模達26.4億港元，其中負責任博彩及問題賭博偵測佔6.1億港元，佔比約23%；"
            "反詐騙及賽事誠信監測為8.7億港元，佔33%。報告預計，市場規模將於2027年增至41億港元，2024至2027年年均增長約15%。"
            "作為對照，香港賽馬會2023/24年度投注總額約3,000億港元，向政府繳納博彩稅約260億港元；澳門去年幸運博彩毛收入"
            "則達2,260億澳門元。"
        ),
        obs=[
            ("Total", 2024, 26.4, "HKD 100 million", "actual"),
            ("負責任博彩及問題賭博偵測", 2024, 6.1, "HKD 100 million", "actual"),
            ("反詐騙及賽事誠信監測", 2024, 8.7, "HKD 100 million", "actual"),
            ("Total", 2027, 41, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 23, "percent", 2024, 2024, None),
            ("share", 33, "percent", 2024, 2024, None),
            ("cagr", 15, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.1 / 26.4 = 23.11% -> 23
            ("arithmetic", "exact"),  # 8.7 / 26.4 = 32.95% -> 33
            # (41 / 26.4) ** (1 / 3) - 1 = 15.81% -> 16, not 15; bounds (40.5 / 26.45) ** (1/3) - 1 = 15.26%,
            # (41.5 / 26.35) ** (1/3) - 1 = 16.35% -> 15 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Chinese newspaper story (Simplified) dated 18 March 2025 using 去年 (2024, actual) and 今年 (2025, estimate;
    #     突破13亿元 taken at its printed figure). The 31% has no base printed: no verdict. Expected nowhere: the
    #     funding round and valuation, the survey's 67%, the fines.
    dict(
        text=(
            "《经济参考报》2025年3月18日讯 记者从业内获悉，去年我国彩票渠道人工智能反欺诈市场规模达9.8亿元，同比增长31%；"
            "随着各地彩票销售渠道数字化改造提速，今年市场规模有望突破13亿元，增速约33%。某头部风控企业日前完成2亿元B轮"
            "融资，投后估值约15亿元。一项面向彩票代销者的调查显示，67%的受访者认为AI识别异常投注“效果明显”。去年，"
            "相关部门对违规销售彩票行为累计处以罚款逾3000万元。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 13, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13 / 9.8) ** (1 / 1) - 1 = 32.65% -> 33
        ],
    ),
    # 15. Taipei broker deep-dive (Traditional) with a target price; CAGR "約18%" with span only from the amounts'
    #     years, holding only by rounding. Expected nowhere: the stock code, the company's revenue, growth and gross
    #     margin (in TWD), Philippine GGR in pesos, the target price and upside.
    dict(
        text=(
            "【深度報告】博弈科技｜鼎峰數位（6789）｜台北，2025年5月6日\n"
            "菲律賓線上博弈需求帶動AI個人化商機。我們估算全球線上博弈AI玩家個人化市場2024年為21.6億美元，預估2027年將達"
            "36.0億美元，年複合成長率約18%。鼎峰數位為菲律賓多家持牌業者提供推薦引擎與留存模型，2024年營收新台幣62.4億元、"
            "年增28%，毛利率54%。菲律賓線上博弈毛收入2024年達1,545億披索。首次評等給予「買進」，目標價新台幣485元，"
            "較現價有23%上漲空間。"
        ),
        obs=[
            ("Total", 2024, 21.6, "USD 100 million", "actual"),
            ("Total", 2027, 36.0, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (36.0 / 21.6) ** (1 / 3) - 1 = 18.56% -> 19, not 18; bounds (35.95 / 21.65) ** (1/3) - 1 = 18.42%,
            # (36.05 / 21.55) ** (1/3) - 1 = 18.71% -> 18 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 16. Markdown pipe table, US$ million, E and F columns, a Total row; the 2023 total adds only by rounding.
    #     Expected nowhere: the table number, the source date, global sports-betting GGR in the note.
    dict(
        text=(
            "Table 2: AI in sports betting, global spend by application (US$ million)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Odds-setting and trading engines | 612 | 748 | 905 | 1,310 |\n"
            "| Fraud and bonus-abuse detection | 284 | 351 | 432 | 640 |\n"
            "| Responsible-gambling tools | 143 | 187 | 240 | 372 |\n"
            "| Integrity monitoring | 96 | 118 | 146 | 215 |\n"
            "| Total | 1,136 | 1,404 | 1,723 | 2,537 |\n"
            "Source: Redfern Gaming Analytics, March 2025. E = estimate, F = forecast. Totals may not sum because of "
            "rounding. For reference, global sports-betting GGR was about US$96 billion in 2024."
        ),
        obs=[
            ("Odds-setting and trading engines", 2023, 612, "USD million", "actual"),
            ("Odds-setting and trading engines", 2024, 748, "USD million", "actual"),
            ("Odds-setting and trading engines", 2025, 905, "USD million", "estimate"),
            ("Odds-setting and trading engines", 2027, 1310, "USD million", "estimate"),
            ("Fraud and bonus-abuse detection", 2023, 284, "USD million", "actual"),
            ("Fraud and bonus-abuse detection", 2024, 351, "USD million", "actual"),
            ("Fraud and bonus-abuse detection", 2025, 432, "USD million", "estimate"),
            ("Fraud and bonus-abuse detection", 2027, 640, "USD million", "estimate"),
            ("Responsible-gambling tools", 2023, 143, "USD million", "actual"),
            ("Responsible-gambling tools", 2024, 187, "USD million", "actual"),
            ("Responsible-gambling tools", 2025, 240, "USD million", "estimate"),
            ("Responsible-gambling tools", 2027, 372, "USD million", "estimate"),
            ("Integrity monitoring", 2023, 96, "USD million", "actual"),
            ("Integrity monitoring", 2024, 118, "USD million", "actual"),
            ("Integrity monitoring", 2025, 146, "USD million", "estimate"),
            ("Integrity monitoring", 2027, 215, "USD million", "estimate"),
            ("Total", 2023, 1136, "USD million", "actual"),
            ("Total", 2024, 1404, "USD million", "actual"),
            ("Total", 2025, 1723, "USD million", "estimate"),
            ("Total", 2027, 2537, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 612 + 284 + 143 + 96 = 1135 vs printed 1,136; bounds 1133..1137 (each row +-0.5) -> reached only by rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 748 + 351 + 187 + 118 = 1404
            ("hierarchy", "exact"),  # 905 + 432 + 240 + 146 = 1723
            ("hierarchy", "exact"),  # 1310 + 640 + 372 + 215 = 2537
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (-> Total), YoY column; the 2024
    #     YoY is a typo (32.7% printed, 23.7% computed). Expected nowhere: global lottery sales in the note.
    dict(
        text=(
            "Worldwide spend on AI player personalisation by lottery operators\n"
            "Year      US$ million      YoY\n"
            "2021            182.0        -\n"
            "2022            221.5    21.7%\n"
            "2023            268.0    21.0%\n"
            "2024            331.4    32.7%\n"
            "2025E           402.0    21.3%\n"
            "2026E           478.5    19.0%\n"
            "Source: Northgate Lottery Insights; E = estimate. Global lottery sales were roughly US$340 billion in 2024."
        ),
        obs=[
            ("Total", 2021, 182.0, "USD million", "actual"),
            ("Total", 2022, 221.5, "USD million", "actual"),
            ("Total", 2023, 268.0, "USD million", "actual"),
            ("Total", 2024, 331.4, "USD million", "actual"),
            ("Total", 2025, 402.0, "USD million", "estimate"),
            ("Total", 2026, 478.5, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2021, 2022, 1.0),
            ("growth", 21.0, "percent", 2022, 2023, 1.0),
            ("growth", 32.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2024, 2025, 1.0),
            ("growth", 19.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 221.5 / 182.0 - 1 = 21.70% -> 21.7
            ("cagr|implied", "exact"),  # 268.0 / 221.5 - 1 = 20.99% -> 21.0
            # 331.4 / 268.0 - 1 = 23.66% -> 23.7, not 32.7; bounds 331.35 / 268.05 - 1 = 23.62%,
            # 331.45 / 267.95 - 1 = 23.70% -> 32.7 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 402.0 / 331.4 - 1 = 21.30% -> 21.3
            ("cagr|implied", "exact"),  # 478.5 / 402.0 - 1 = 19.03% -> 19.0
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column; all three columns add exactly.
    #     Expected nowhere: the table number, the title's years, the source date.
    dict(
        text=(
            "表3 2023—2025年中国彩票行业AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能风控与反欺诈\t12.4\t15.3\t18.9\n"
            "责任彩票与异常投注识别\t6.8\t8.6\t10.9\n"
            "用户画像与个性化推荐\t9.1\t11.2\t13.8\n"
            "赛事与开奖诚信监测\t3.2\t3.5\t4.1\n"
            "合计\t31.5\t38.6\t47.7\n"
            "资料来源：华信彩票研究院，2025年4月。注：E为预测值。"
        ),
        obs=[
            ("智能风控与反欺诈", 2023, 12.4, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2024, 15.3, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2025, 18.9, "CNY 100 million", "estimate"),
            ("责任彩票与异常投注识别", 2023, 6.8, "CNY 100 million", "actual"),
            ("责任彩票与异常投注识别", 2024, 8.6, "CNY 100 million", "actual"),
            ("责任彩票与异常投注识别", 2025, 10.9, "CNY 100 million", "estimate"),
            ("用户画像与个性化推荐", 2023, 9.1, "CNY 100 million", "actual"),
            ("用户画像与个性化推荐", 2024, 11.2, "CNY 100 million", "actual"),
            ("用户画像与个性化推荐", 2025, 13.8, "CNY 100 million", "estimate"),
            ("赛事与开奖诚信监测", 2023, 3.2, "CNY 100 million", "actual"),
            ("赛事与开奖诚信监测", 2024, 3.5, "CNY 100 million", "actual"),
            ("赛事与开奖诚信监测", 2025, 4.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 31.5, "CNY 100 million", "actual"),
            ("合计", 2024, 38.6, "CNY 100 million", "actual"),
            ("合计", 2025, 47.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 12.4 + 6.8 + 9.1 + 3.2 = 31.5
            ("hierarchy", "exact"),  # 15.3 + 8.6 + 11.2 + 3.5 = 38.6
            ("hierarchy", "exact"),  # 18.9 + 10.9 + 13.8 + 4.1 = 47.7
        ],
    ),
    # 19. Tab-separated fiscal-year broker table (US$ m): two parts, a total row and a YoY row for the total; e columns
    #     are estimates. Expected nowhere: the exhibit number, the covered company's revenue row.
    dict(
        text=(
            "Exhibit 7: AI wagering technology, global market vs. Kestrel Bet (fiscal years ending June)\n"
            "US$ m\tFY2023\tFY2024\tFY2025e\tFY2026e\n"
            "AI trading and risk platforms\t410\t492\t585\t690\n"
            "AI customer-protection tools\t155\t198\t251\t318\n"
            "Total AI wagering tech\t565\t690\t836\t1,008\n"
            "YoY growth (%)\t-\t22.1\t21.2\t20.6\n"
            "Kestrel Bet revenue\t88\t104\t127\t151\n"
            "Source: Barrow Street Securities estimates; e = estimate."
        ),
        obs=[
            ("AI trading and risk platforms", 2023, 410, "USD million", "actual"),
            ("AI trading and risk platforms", 2024, 492, "USD million", "actual"),
            ("AI trading and risk platforms", 2025, 585, "USD million", "estimate"),
            ("AI trading and risk platforms", 2026, 690, "USD million", "estimate"),
            ("AI customer-protection tools", 2023, 155, "USD million", "actual"),
            ("AI customer-protection tools", 2024, 198, "USD million", "actual"),
            ("AI customer-protection tools", 2025, 251, "USD million", "estimate"),
            ("AI customer-protection tools", 2026, 318, "USD million", "estimate"),
            ("Total AI wagering tech", 2023, 565, "USD million", "actual"),
            ("Total AI wagering tech", 2024, 690, "USD million", "actual"),
            ("Total AI wagering tech", 2025, 836, "USD million", "estimate"),
            ("Total AI wagering tech", 2026, 1008, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2024, 2025, 1.0),
            ("growth", 20.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 690 / 565 - 1 = 22.12% -> 22.1
            ("cagr|implied", "exact"),  # 836 / 690 - 1 = 21.16% -> 21.2
            ("cagr|implied", "exact"),  # 1008 / 836 - 1 = 20.57% -> 20.6
            ("hierarchy", "exact"),  # 410 + 155 = 565
            ("hierarchy", "exact"),  # 492 + 198 = 690
            ("hierarchy", "exact"),  # 585 + 251 = 836
            ("hierarchy", "exact"),  # 690 + 318 = 1008
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a 2024 share column; one share holds only by rounding
    #     (the shares were forced to sum to 100.0%). The 100.0% total is no claim. Expected nowhere: the table number,
    #     the source date.
    dict(
        text=(
            "表五　台灣博弈科技業者AI解決方案產值（單位：新台幣百萬元）\n"
            "| 應用領域 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---:|---:|---:|\n"
            "| AI賠率與交易引擎 | 604 | 745 | 41.2% |\n"
            "| 詐欺與紅利濫用偵測 | 388 | 462 | 25.6% |\n"
            "| 負責任博彩工具 | 251 | 318 | 17.6% |\n"
            "| 賽事誠信監測 | 214 | 283 | 15.6% |\n"
            "| 合計 | 1,457 | 1,808 | 100.0% |\n"
            "資料來源：台灣數位娛樂科技協會，2025年3月；占比經四捨五入。"
        ),
        obs=[
            ("AI賠率與交易引擎", 2023, 604, "TWD million", "actual"),
            ("AI賠率與交易引擎", 2024, 745, "TWD million", "actual"),
            ("詐欺與紅利濫用偵測", 2023, 388, "TWD million", "actual"),
            ("詐欺與紅利濫用偵測", 2024, 462, "TWD million", "actual"),
            ("負責任博彩工具", 2023, 251, "TWD million", "actual"),
            ("負責任博彩工具", 2024, 318, "TWD million", "actual"),
            ("賽事誠信監測", 2023, 214, "TWD million", "actual"),
            ("賽事誠信監測", 2024, 283, "TWD million", "actual"),
            ("合計", 2023, 1457, "TWD million", "actual"),
            ("合計", 2024, 1808, "TWD million", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 15.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 745 / 1808 = 41.21% -> 41.2
            ("arithmetic", "exact"),  # 462 / 1808 = 25.55% -> 25.6
            ("arithmetic", "exact"),  # 318 / 1808 = 17.59% -> 17.6
            # 283 / 1808 = 15.65% -> 15.7, not 15.6; bounds 282.5 / 1808.5 = 15.62%, 283.5 / 1807.5 = 15.68%
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 604 + 388 + 251 + 214 = 1457
            ("hierarchy", "exact"),  # 745 + 462 + 318 + 283 = 1808
        ],
    ),
    # 21. Toronto supplier's Q2 earnings-call transcript sizing the TAM ("this year" = 2025, an estimate); CAGR with
    #     printed span. Expected nowhere: the quarter's revenue and growth, handle through the platform, operator and
    #     jurisdiction counts, EBITDA margin.
    dict(
        text=(
            "Northfield Trading Systems Inc. (TSX: NFTS) Q2 2025 Earnings Call, August 7, 2025\n"
            "Dana Okafor, Chief Executive Officer: Thanks, operator, and good morning, everyone. Before Priya walks "
            "through the numbers, let me step back to the opportunity. We size the total addressable market for AI "
            "odds-setting and automated trading engines at about US$2.4 billion this year, and we think it gets to "
            "roughly US$5.3 billion by 2029 - call it a compound growth rate of around 22% from 2025 through 2029. "
            "We are a long way from saturating that. Revenue in the quarter was US$61.2 million, up 31%, and our "
            "sportsbook partners pushed US$14.8 billion of handle through the platform. We now serve 43 operators in "
            "19 jurisdictions, and adjusted EBITDA margin came in at 27%."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2029, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.3 / 2.4) ** (1 / 4) - 1 = 21.90% -> 22
        ],
    ),
    # 22. Valletta think-tank working-paper abstract; a CAGR ("average annual increase") whose span only its amounts'
    #     years give. Expected nowhere: the paper number, surveyed operators and their percentages, the 12% deposit
    #     reduction, the 30 days, JEL codes.
    dict(
        text=(
            "Valletta Centre for Gaming Policy - Working Paper No. 2025-07\n"
            "Abstract. Using supplier invoices and licence filings, we measure how much European online gambling "
            "operators spend on machine-learning systems that flag problem play. Spending on AI responsible-gambling "
            "and player-protection tools across the EU and UK is estimated at EUR 287 million in 2021 and EUR 412 "
            "million in 2023, an average annual increase of roughly 20%. Adoption is uneven: in our survey of 64 "
            "operators, 71% of Swedish licensees but only 38% of Maltese ones ran a real-time risk model. Model-"
            "triggered interventions cut deposits by flagged accounts by 12% within 30 days. JEL: L83, D18, I18."
        ),
        obs=[
            ("Total", 2021, 287, "EUR million", "actual"),
            ("Total", 2023, 412, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 20, "percent", 2021, 2023, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (412 / 287) ** (1 / 2) - 1 = 19.81% -> 20
        ],
    ),
    # 23. Social-media thread; series unit USD million (first printed), so $1.9B is expected as 1900. A 1.5x multiple.
    #     Expected nowhere: thread numbering, duplicate accounts blocked, the UK fine, the Series C and valuation.
    dict(
        text=(
            "\U0001f9f5 Thread on a corner of gaming tech nobody talks about: fraud & bonus-abuse detection. (1/5)\n"
            "2/ Ridgeway Research sizes the global market for AI fraud and bonus-abuse detection at betting operators "
            "at $780M in 2024. Back in 2022 it was $520M, so that's 1.5x in two years.\n"
            "3/ Their forecast: $1.9B by 2028. That's a ~25% CAGR over 2024-28 if you're counting.\n"
            "4/ Why now? Multi-accounting rings. One Indian fantasy platform says it blocked 2.3M duplicate accounts "
            "last year, and a UK operator was fined \u00a311.6M in March for weak checks.\n"
            "5/ Money is following: FraudShield just raised a $45M Series C at a ~$600M valuation. Not advice. /end"
        ),
        obs=[
            ("Total", 2022, 520, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2028, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2022, 2024, 2.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1900 / 780) ** (1 / 4) - 1 = 24.93% -> 25
        ],
    ),
    # 24. US web article with a correction: the corrected 2024 figure ($312 million) stands. YoY growth with both
    #     amounts. Expected nowhere: the superseded $412 million, legal sports handle, state tax take.
    dict(
        text=(
            "Sports integrity goes algorithmic\n"
            "By Marcus Lee | Updated May 14, 2025, 4:12 p.m. ET\n"
            "Every legal wager placed in New Jersey or Ohio now passes, in some form, through a model hunting for "
            "something odd: a late flood of money on a second-set tiebreak, a cluster of new accounts backing the same "
            "obscure prop. US spending on AI-based match-integrity monitoring reached $312 million in 2024, up 18% from "
            "$264 million in 2023, according to Lakeshore Gaming Analytics, which expects it to hit $590 million by "
            "2027. The stakes are large: Americans legally wagered about $150 billion on sports last year, and states "
            "collected roughly $2.9 billion in tax on it.\n"
            "Correction: An earlier version of this article gave the 2024 market size as $412 million. The correct "
            "figure is $312 million."
        ),
        obs=[
            ("Total", 2023, 264, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2027, 590, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 264) ** (1 / 1) - 1 = 18.18% -> 18
        ],
    ),
    # 25. UK lottery operator's annual-report chair's letter; CAGR "over the period" (span only from the amounts'
    #     years). Expected nowhere: "about a quarter" (share in words), ticket sales, good-causes returns, lottery duty
    #     and its 12% rate, registered players, the regulator's penalty, the letter's date.
    dict(
        text=(
            "Chair's letter\n"
            "Dear shareholders,\n"
            "This was the year in which data science stopped being a side project for us. By our estimate, the market "
            "for AI-driven player personalisation across UK online casino and lottery play was worth some \u00a3310 "
            "million in 2024, and we expect it to reach around \u00a3540 million by 2027, a compound rate of 20% a "
            "year over the period. Lottery-specific personalisation accounted for about a quarter of that spend. Our "
            "own ticket sales rose to \u00a38.2 billion, returns to good causes reached \u00a31.9 billion and we paid "
            "\u00a31.0 billion in lottery duty at the 12% rate. We have 14.6 million registered players, and in "
            "November we paid a \u00a32.4 million penalty over age-verification lapses, for which I apologise.\n"
            "Eleanor Whitcombe, Chair, 18 March 2025"
        ),
        obs=[
            ("Total", 2024, 310, "GBP million", "actual"),
            ("Total", 2027, 540, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (540 / 310) ** (1 / 3) - 1 = 20.32% -> 20
        ],
    ),
    # 26. Sydney supplier's capital-markets-day slide bullets; 2025e and 2030e columns are estimates. The +18% y/y
    #     holds only by rounding. Expected nowhere: slide number, share target, Australian wagering turnover and
    #     point-of-consumption tax rates, headcount and offices.
    dict(
        text=(
            "Capital Markets Day 2025 | Sydney, 19 November 2025 | Slide 14: A bigger pool\n"
            "\u2022 Global TAM for AI trading, pricing & integrity services: US$2.7bn (2024A)\n"
            "\u2022 US$3.2bn in 2025e, +18% y/y\n"
            "\u2022 Heading to US$7.0bn by 2030e: 17% CAGR 2025e-30e\n"
            "\u2022 Our ambition: 25% share of that TAM by FY2030\n"
            "\u2022 Context: Australian wagering turnover A$54bn; point-of-consumption taxes 10-15%\n"
            "\u2022 1,150 people in 9 offices"
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2030, 7.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (3.2 / 2.7) ** (1 / 1) - 1 = 18.52% -> 19, not 18; bounds (3.15 / 2.75) - 1 = 14.55%,
            # (3.25 / 2.65) - 1 = 22.64% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (7.0 / 3.2) ** (1 / 5) - 1 = 16.95% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses; Kingsley Data's series (first, with base, target and rate) is the
    #     snippet's; series unit USD million so $2.3 billion is expected as 2300. Expected nowhere: Orbis Insight's
    #     2023 figure, upvotes, the peso GGR, the licensee count.
    dict(
        text=(
            "Q: How big is the market for AI personalisation in online casinos? Thinking of building a recommender "
            "for PH operators.\n"
            "A (reel_dev, 212 upvotes): Depends who you ask. The number I trust most is Kingsley Data's: they put "
            "global spend on AI player-personalisation for online casinos and lotteries at $940 million in 2023 and "
            "see it hitting $2.3 billion in 2028, which they call a 19.6% CAGR for 2023-2028. Orbis Insight has a much "
            "bigger 2023 number, $1.2 billion, but they lump in generic CRM software. For the Philippines nobody "
            "publishes a clean figure; PAGCOR's 40-odd online licensees booked roughly P150 billion of GGR, so do your "
            "own bottom-up."
        ),
        obs=[
            ("Total", 2023, 940, "USD million", "actual"),
            ("Total", 2028, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2300 / 940) ** (1 / 5) - 1 = 19.60% -> 19.6
        ],
    ),
    # 28. Sao Paulo broker sector note with an aside in reais (not in the unit table, so no observation); the
    #     printed 18.5% CAGR does not follow from its amounts. Expected nowhere: Brazil's R$ figure, the GGR tax rate,
    #     the licence fee, licence applicants, fined operators, the note's date.
    dict(
        text=(
            "LATAM GAMING | Sector note | Sao Paulo, 3 September 2025\n"
            "Brazil's regulated market, live since 1 January, has turned responsible-gambling tech from a nice-to-have "
            "into a compliance line item. Globally, we estimate spend on AI responsible-gambling and problem-play "
            "detection at US$1.05bn in 2024, rising to US$2.6bn by 2030, which we model as an 18.5% CAGR over 2024-30. "
            "Brazil alone could absorb R$640m of that by 2027 (the 12% GGR tax and the R$30m licence fee are pushing "
            "operators to automate). 182 operators have applied for federal licences, and the regulator has already "
            "fined nine for advertising breaches."
        ),
        obs=[
            ("Total", 2024, 1.05, "USD billion", "actual"),
            ("Total", 2030, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.6 / 1.05) ** (1 / 6) - 1 = 16.31%; bounds (2.55 / 1.055) ** (1/6) - 1 = 15.85%,
            # (2.65 / 1.045) ** (1/6) - 1 = 16.78% -> 18.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified); YoY growth with both amounts, a 2025 forecast (有望突破, approximate).
    #     Expected nowhere: 约占四成 (share in words), national lottery sales, lottery public-welfare funds, dateline.
    dict(
        text=(
            "新华社北京2025年3月18日电（记者王晓晨）记者从日前举行的彩票行业数字化发展论坛上获悉，2024年我国彩票行业"
            "人工智能应用市场规模达到38.6亿元，较2023年的31.0亿元同比增长24.5%，其中智能风控与反欺诈类应用约占四成。"
            "同期，全国共销售彩票6234.59亿元，筹集彩票公益金约1780亿元。与会专家认为，随着责任彩票建设持续推进，"
            "2025年相关市场规模有望突破48亿元。"
        ),
        obs=[
            ("Total", 2023, 31.0, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2025, 48, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.0) ** (1 / 1) - 1 = 24.52% -> 24.5
        ],
    ),
    # 30. Ministry implementation plan (Simplified); targets are estimates; 是2024年的2倍以上 is a x2 multiple over
    #     2024-2027. Expected nowhere: title years, document number, outlet count, 95% accuracy (no share),
    #     占比超过一半 (share in words).
    dict(
        text=(
            "关于加快彩票行业智能化转型的实施方案（2025—2027年）\n"
            "财综〔2025〕17号\n"
            "二、主要目标\n"
            "到2025年底，彩票行业人工智能应用市场规模达到50亿元左右，负责任彩票智能识别系统在重点玩法中全面上线。"
            "到2027年，彩票行业人工智能应用市场规模力争突破90亿元，是2024年的2倍以上；智能识别系统覆盖全部20万个以上"
            "实体销售网点，高风险购彩行为识别准确率达到95%以上，其中风险防控类应用占比超过一半。"
        ),
        obs=[
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional); CAGR with printed span, NT$ 億元. Expected nowhere: the report's
    #     title year, sports-lottery sales (去年 = 2024), public-welfare surplus, retailer count and the 63% survey answer.
    dict(
        text=(
            "【新聞稿】2025/06/24 台北\n"
            "創研產業情報中心（IRIC）今日發布「2025運動彩券科技趨勢」研究指出，隨著運彩投注加速線上化，台灣運動彩券"
            "AI賠率與風險控管解決方案市場規模於2024年達新台幣18.4億元，預估2028年將成長至新台幣41.2億元，2024至2028年"
            "年複合成長率（CAGR）為22.3%。IRIC資深產業分析師林怡君表示，去年台灣運彩全年銷售額達新台幣785億元，創下"
            "歷史新高，挹注公益盈餘逾新台幣90億元；而在受訪的120家經銷商中，有63%表示已導入AI推薦工具。"
        ),
        obs=[
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2028, 41.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.2 / 18.4) ** (1 / 4) - 1 = 22.33% -> 22.3
        ],
    ),
    # 32. Hong Kong newspaper report on Macau (Traditional); 去年 = 2024, 今年 = 2025 (estimate); 約22% holds only by
    #     rounding. Expected nowhere: the first quarter's spend, GGR and gaming tax in patacas, fines on junkets.
    dict(
        text=(
            "【本報訊】澳門博彩業加快以科技打擊洗錢及清查「疊碼」活動。香港研究機構卓衡顧問昨日（2025年4月9日）發表"
            "報告指，澳門博彩營運商在人工智能反詐騙、反洗錢及負責任博彩系統上的投入，去年合共約12.6億港元，預計今年"
            "將增至15.3億港元，增長約22%。報告又指，六大承批公司今年第一季的相關開支已達3.1億港元。另外，澳門去年全年"
            "博彩毛收入為2,263億澳門元，政府博彩稅收入逾800億澳門元；博監局去年亦向兩間中介人公司開出合共約480萬港元"
            "的罰款。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (15.3 / 12.6) ** (1 / 1) - 1 = 21.43% -> 21, not 22; bounds (15.25 / 12.65) - 1 = 20.55%,
            # (15.35 / 12.55) - 1 = 22.31% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional) quoting a foreign report; CAGR (左右) whose span only the amounts'
    #     years give. Expected nowhere: global sports-betting handle (1.1 兆美元), suspicious-match alerts, the poster's
    #     own losses, the post's time, the push comment.
    dict(
        text=(
            "作者 luckyfish (小魚)  看板 Lottery\n"
            "標題 [閒聊] 其實運彩AI最有搞頭的是誠信監測？\n"
            "時間 Sun Feb 16 21:47:03 2025\n"
            "最近翻了一份國外報告（Veritas Sports Data 出的），說全球AI體育賽事誠信監測市場 2023年大約 4.2 億美元，"
            "到2030年上看 13.5 億美元，年複合成長率算起來18%左右。比起大家天天在研究的賠率模型，這塊反而長得比較快XD\n"
            "報告還說去年全球運動博彩投注總額超過 1.1 兆美元，可疑賽事通報有 1,200 多件。\n"
            "我自己去年玩運彩輸了快3萬，還是乖乖看報告就好 QQ\n"
            "--\n"
            "推 hoopsfan: 13.5億美元也太猛 02/16 21:52"
        ),
        obs=[
            ("Total", 2023, 4.2, "USD 100 million", "actual"),
            ("Total", 2030, 13.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (13.5 / 4.2) ** (1 / 7) - 1 = 18.15% -> 18
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2026 range (two value claims, no obs); 较2021年增长2倍 keeps
    #     its printed 2 as the multiple over 2021-2024. Expected nowhere: report date, rating, target price, the 22x PE.
    dict(
        text=(
            "【华鼎证券】海外博彩科技行业深度报告：AI反欺诈成为运营商必选项（2025年7月15日）\n"
            "投资要点：博彩运营商AI反欺诈与防套利需求快速释放。据我们测算，2024年全球博彩运营商AI反欺诈及奖金滥用检测"
            "市场规模约为28.7亿美元，较2021年增长2倍；预计2026年市场规模将达到45-52亿美元。多账户套利、盗刷与洗钱"
            "团伙化趋势明显，头部运营商正将风控预算向AI实时模型倾斜。首次覆盖某平台公司，给予“买入”评级，目标价36.5港元，"
            "对应2025年22倍PE。风险提示：监管政策变化、技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2024, 28.7, "USD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("value", 45, "USD 100 million", 2026, 2026, None),
            ("value", 52, "USD 100 million", 2026, 2026, None),
        ],
        verdicts=[],
    ),
    # 35. HK-listed lottery-tech company's interim results-briefing transcript (Simplified); the TAM it sizes is the
    #     market; 今年 = 2025 (estimate); CAGR span only from the amounts' years. Expected nowhere: half-year revenue
    #     and growth, gross margin, AI orders, outlet count, the 20% share target.
    dict(
        text=(
            "鸿彩科技2025年中期业绩说明会文字实录（2025年8月26日）\n"
            "投资者：公司怎么看AI在彩票渠道的空间？\n"
            "董事长 陈立新：我们自己测算过，国内彩票渠道AI个性化推荐和智能营销这一块，今年的可触达市场（TAM）大概在"
            "25亿元左右，到2028年有望做到60亿元，年均复合增速接近34%。公司上半年实现营业收入4.82亿元，同比增长18.6%，"
            "毛利率41.3%，AI相关订单超过1.2亿元，服务的销售网点已超过3.6万家。我们的目标是三年内拿到这块市场20%的份额。"
        ),
        obs=[
            ("Total", 2025, 25, "CNY 100 million", "estimate"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 25) ** (1 / 3) - 1 = 33.89% -> 34
        ],
    ),
    # 36. London research house's markdown table by segment with a Total row; 2027F is an estimate. 2023 and 2024 add
    #     exactly; 2027F rows add to 4.75 against a printed 4.77 (rounding). Expected nowhere: the table number, the
    #     report number, the memo line on online gambling GGR.
    dict(
        text=(
            "Table 4. Global spending on AI in betting and gaming, by application (US$ bn)\n"
            "| Application | 2023 | 2024 | 2027F |\n"
            "|---|---|---|---|\n"
            "| AI odds-setting & trading engines | 0.52 | 0.64 | 1.24 |\n"
            "| Responsible gambling & problem-play detection | 0.31 | 0.38 | 0.71 |\n"
            "| Fraud & bonus-abuse detection | 0.41 | 0.49 | 0.93 |\n"
            "| Player personalisation | 0.63 | 0.78 | 1.48 |\n"
            "| Match-integrity monitoring | 0.17 | 0.21 | 0.39 |\n"
            "| Total | 2.04 | 2.50 | 4.77 |\n"
            "F = forecast. Totals may not add due to rounding. Memo: global online gambling GGR, 2024: US$105bn.\n"
            "Source: Castellan Insight, Report No. 118, February 2025."
        ),
        obs=[
            ("AI odds-setting & trading engines", 2023, 0.52, "USD billion", "actual"),
            ("AI odds-setting & trading engines", 2024, 0.64, "USD billion", "actual"),
            ("AI odds-setting & trading engines", 2027, 1.24, "USD billion", "estimate"),
            ("Responsible gambling & problem-play detection", 2023, 0.31, "USD billion", "actual"),
            ("Responsible gambling & problem-play detection", 2024, 0.38, "USD billion", "actual"),
            ("Responsible gambling & problem-play detection", 2027, 0.71, "USD billion", "estimate"),
            ("Fraud & bonus-abuse detection", 2023, 0.41, "USD billion", "actual"),
            ("Fraud & bonus-abuse detection", 2024, 0.49, "USD billion", "actual"),
            ("Fraud & bonus-abuse detection", 2027, 0.93, "USD billion", "estimate"),
            ("Player personalisation", 2023, 0.63, "USD billion", "actual"),
            ("Player personalisation", 2024, 0.78, "USD billion", "actual"),
            ("Player personalisation", 2027, 1.48, "USD billion", "estimate"),
            ("Match-integrity monitoring", 2023, 0.17, "USD billion", "actual"),
            ("Match-integrity monitoring", 2024, 0.21, "USD billion", "actual"),
            ("Match-integrity monitoring", 2027, 0.39, "USD billion", "estimate"),
            ("Total", 2023, 2.04, "USD billion", "actual"),
            ("Total", 2024, 2.50, "USD billion", "actual"),
            ("Total", 2027, 4.77, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.52 + 0.31 + 0.41 + 0.63 + 0.17 = 2.04
            ("hierarchy", "exact"),  # 2024: 0.64 + 0.38 + 0.49 + 0.78 + 0.21 = 2.50
            # 2027F: 1.24 + 0.71 + 0.93 + 1.48 + 0.39 = 4.75, not 4.77; bounds 4.725 to 4.775 (each row +/-0.005)
            # -> 4.77 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Trade body's tab-separated vertical table: years as rows, one value column headed only by its unit (the
    #     market's Total), a YoY column. 2023's 17.4% holds only by rounding; 2024's 18.7% is inconsistent.
    #     Expected nowhere: the review's title year, the table number, the note number.
    dict(
        text=(
            "UK operator spend on AI safer-gambling and player-protection tools\n"
            "Source: Betting & Gaming Standards Council, Annual Review 2025, table 6\n"
            "Year\t\u00a3m\tYoY\n"
            "2020\t48.2\t-\n"
            "2021\t61.5\t27.6%\n"
            "2022\t74.9\t21.8%\n"
            "2023\t88.0\t17.4%\n"
            "2024\t103.6\t18.7%\n"
            "2025E\t121.0\t16.8%\n"
            "Note 2: excludes in-house data-science staff costs."
        ),
        obs=[
            ("Total", 2020, 48.2, "GBP million", "actual"),
            ("Total", 2021, 61.5, "GBP million", "actual"),
            ("Total", 2022, 74.9, "GBP million", "actual"),
            ("Total", 2023, 88.0, "GBP million", "actual"),
            ("Total", 2024, 103.6, "GBP million", "actual"),
            ("Total", 2025, 121.0, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2020, 2021, 1.0),
            ("growth", 21.8, "percent", 2021, 2022, 1.0),
            ("growth", 17.4, "percent", 2022, 2023, 1.0),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.5 / 48.2 - 1 = 27.59% -> 27.6
            ("cagr|implied", "exact"),  # 74.9 / 61.5 - 1 = 21.79% -> 21.8
            # 88.0 / 74.9 - 1 = 17.49% -> 17.5, not 17.4; bounds 87.95 / 74.95 - 1 = 17.34%,
            # 88.05 / 74.85 - 1 = 17.64% -> 17.4 reached only by some reading
            ("cagr|implied", "rounding"),
            # 103.6 / 88.0 - 1 = 17.73%; bounds 103.55 / 88.05 - 1 = 17.60%, 103.65 / 87.95 - 1 = 17.85%
            # -> 18.7 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 121.0 / 103.6 - 1 = 16.80% -> 16.8
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by application with a 合计 row (亿元); 2025年E is an estimate; all
    #     three columns add exactly. Expected nowhere: the table number, the source's date, lottery sales in the note.
    dict(
        text=(
            "表3  中国彩票行业人工智能应用市场规模（按应用类型）            单位：亿元\n"
            "应用类型                2023年     2024年     2025年E\n"
            "智能风控与反欺诈          12.4       15.6       19.3\n"
            "个性化推荐与营销           9.8       12.1       15.2\n"
            "负责任彩票与防沉迷         5.3        7.0        9.1\n"
            "开奖与运营智能化           3.5        3.9        4.6\n"
            "合计                      31.0       38.6       48.2\n"
            "资料来源：中彩研究院，2025年4月。注：不含彩票销售额（2024年全国为6234.6亿元）。"
        ),
        obs=[
            ("智能风控与反欺诈", 2023, 12.4, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2024, 15.6, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2025, 19.3, "CNY 100 million", "estimate"),
            ("个性化推荐与营销", 2023, 9.8, "CNY 100 million", "actual"),
            ("个性化推荐与营销", 2024, 12.1, "CNY 100 million", "actual"),
            ("个性化推荐与营销", 2025, 15.2, "CNY 100 million", "estimate"),
            ("负责任彩票与防沉迷", 2023, 5.3, "CNY 100 million", "actual"),
            ("负责任彩票与防沉迷", 2024, 7.0, "CNY 100 million", "actual"),
            ("负责任彩票与防沉迷", 2025, 9.1, "CNY 100 million", "estimate"),
            ("开奖与运营智能化", 2023, 3.5, "CNY 100 million", "actual"),
            ("开奖与运营智能化", 2024, 3.9, "CNY 100 million", "actual"),
            ("开奖与运营智能化", 2025, 4.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 31.0, "CNY 100 million", "actual"),
            ("合计", 2024, 38.6, "CNY 100 million", "actual"),
            ("合计", 2025, 48.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 9.8 + 5.3 + 3.5 = 31.0
            ("hierarchy", "exact"),  # 2024: 15.6 + 12.1 + 7.0 + 3.9 = 38.6
            ("hierarchy", "exact"),  # 2025E: 19.3 + 15.2 + 9.1 + 4.6 = 48.2
        ],
    ),
    # 39. Regional exhibit (space-aligned) with a CAGR column whose header prints the span; Global row adds exactly
    #     in both year columns. Rest of world's 23.4% holds only by rounding; Latin America's 29.4% is inconsistent.
    #     Expected nowhere: the exhibit number, the footnote's Asian handle in won.
    dict(
        text=(
            "Exhibit 7: AI integrity-monitoring and trading-risk spend by region (USD million)\n"
            "Region            2024     2029F    CAGR 2024-29\n"
            "North America      412     1,018        19.8%\n"
            "Europe             356       742        15.8%\n"
            "Asia-Pacific       148       421        23.3%\n"
            "Latin America       61       205        29.4%\n"
            "Rest of world       23        64        23.4%\n"
            "Global           1,000     2,450        19.6%\n"
            "F = forecast. Korea's sports-toto sales (KRW 6.7 trillion) shown for context only in the appendix."
        ),
        obs=[
            ("North America", 2024, 412, "USD million", "actual"),
            ("North America", 2029, 1018, "USD million", "estimate"),
            ("Europe", 2024, 356, "USD million", "actual"),
            ("Europe", 2029, 742, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 148, "USD million", "actual"),
            ("Asia-Pacific", 2029, 421, "USD million", "estimate"),
            ("Latin America", 2024, 61, "USD million", "actual"),
            ("Latin America", 2029, 205, "USD million", "estimate"),
            ("Rest of world", 2024, 23, "USD million", "actual"),
            ("Rest of world", 2029, 64, "USD million", "estimate"),
            ("Global", 2024, 1000, "USD million", "actual"),
            ("Global", 2029, 2450, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 15.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1018 / 412) ** (1 / 5) - 1 = 19.83% -> 19.8
            ("cagr|implied", "exact"),  # (742 / 356) ** (1 / 5) - 1 = 15.82% -> 15.8
            ("cagr|implied", "exact"),  # (421 / 148) ** (1 / 5) - 1 = 23.25% -> 23.3
            # (205 / 61) ** (1 / 5) - 1 = 27.43%; bounds (204.5 / 61.5) ** (1/5) - 1 = 27.16%,
            # (205.5 / 60.5) ** (1/5) - 1 = 27.71% -> 29.4 unreachable
            ("cagr|implied", "inconsistent"),
            # (64 / 23) ** (1 / 5) - 1 = 22.71% -> 22.7, not 23.4; bounds (63.5 / 23.5) ** (1/5) - 1 = 21.99%,
            # (64.5 / 22.5) ** (1/5) - 1 = 23.45% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2450 / 1000) ** (1 / 5) - 1 = 19.63% -> 19.6
            ("hierarchy", "exact"),  # 2024: 412 + 356 + 148 + 61 + 23 = 1000
            ("hierarchy", "exact"),  # 2029F: 1018 + 742 + 421 + 205 + 64 = 2450
        ],
    ),
    # 40. Maltese regulator's statistics table with a share column (2024, EUR m); rows add exactly to the Total; the
    #     100.0 total share is no claim. Responsible gambling tools' 23.7% holds only by rounding. Expected nowhere:
    #     the table number, the report's title year, respondents, sector GGR.
    dict(
        text=(
            "Table 2.3  AI expenditure by function, MGA-licensed B2C operators, 2024\n"
            "Function                             EUR m    % of total\n"
            "Fraud and bonus-abuse detection       58.4       31.2\n"
            "Player personalisation                52.7       28.2\n"
            "Responsible gambling tools            44.2       23.7\n"
            "Odds-setting and trading              19.8       10.6\n"
            "Integrity monitoring                  11.9        6.4\n"
            "Total                                187.0      100.0\n"
            "Source: Malta Gaming Authority, Annual Report 2024, Statistical Annex. Respondents: 296 licensees. "
            "Gaming-sector GGR (EUR 1,412 million) not shown."
        ),
        obs=[
            ("Fraud and bonus-abuse detection", 2024, 58.4, "EUR million", "actual"),
            ("Player personalisation", 2024, 52.7, "EUR million", "actual"),
            ("Responsible gambling tools", 2024, 44.2, "EUR million", "actual"),
            ("Odds-setting and trading", 2024, 19.8, "EUR million", "actual"),
            ("Integrity monitoring", 2024, 11.9, "EUR million", "actual"),
            ("Total", 2024, 187.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 28.2, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 10.6, "percent", 2024, 2024, None),
            ("share", 6.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.4 / 187.0 = 31.23% -> 31.2
            ("arithmetic", "exact"),  # 52.7 / 187.0 = 28.18% -> 28.2
            # 44.2 / 187.0 = 23.64% -> 23.6, not 23.7; bounds 44.15 / 187.05 = 23.60%, 44.25 / 186.95 = 23.67%
            # -> 23.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 19.8 / 187.0 = 10.59% -> 10.6
            ("arithmetic", "exact"),  # 11.9 / 187.0 = 6.36% -> 6.4
            ("hierarchy", "exact"),  # 58.4 + 52.7 + 44.2 + 19.8 + 11.9 = 187.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 12, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% on the £145 million spent in 2023',
    'a compound annual growth rate of 18.9% over 2024-2030',
    'US$4.2bn by FY2029e, a CAGR of roughly 18%',
    '€0.58 billion (23%)',
    'a compound 13.6% a year over 2024-28',
    "puts last year's market higher, at US$505 million",
    'roughly €3.2 billion this year',
    'roughly a fourfold increase',
    'The correct figure is $1.83 billion',
    'between $3.5 billion and $4.2 billion in 2028',
    'spent roughly $780 million last year',
    'this year comes in around $950 million',
    '较2023年的31.5亿元同比增长22.5%',
    '力争产业规模达到12亿元，较2023年增长3倍',
    '2024—2030年年均复合增长率为16.8%',
    '約新台幣18.5億元，較2023年的15.2億元成長21.7%',
    '佔6.1億港元，佔比約23%',
    '2024至2027年年均增長約15%',
    '去年我国彩票渠道人工智能反欺诈市场规模达9.8亿元',
    '今年市场规模有望突破13亿元，增速约33%',
    '預估2027年將達36.0億美元，年複合成長率約18%',
    '| Total | 1,136 | 1,404 | 1,723 | 2,537 |',
    '2024            331.4    32.7%',
    '合计\t31.5\t38.6\t47.7',
    'YoY growth (%)\t-\t22.1\t21.2\t20.6',
    '| 賽事誠信監測 | 214 | 283 | 15.6% |',
    'at about US$2.4 billion this year',
    'a compound growth rate of around 22% from 2025 through 2029',
    'an average annual increase of roughly 20%',
    "so that's 1.5x in two years",
    '~25% CAGR over 2024-28',
    'up 18% from $264 million in 2023',
    'The correct figure is $312 million.',
    'a compound rate of 20% a year over the period',
    'US$3.2bn in 2025e, +18% y/y',
    '17% CAGR 2025e-30e',
    'which they call a 19.6% CAGR for 2023-2028',
    'Orbis Insight has a much bigger 2023 number',
    'which we model as an 18.5% CAGR over 2024-30',
    '较2023年的31.0亿元同比增长24.5%',
    '是2024年的2倍以上',
    '2024至2028年年複合成長率（CAGR）為22.3%',
    '去年合共約12.6億港元，預計今年將增至15.3億港元',
    '年複合成長率算起來18%左右',
    '较2021年增长2倍',
    '预计2026年市场规模将达到45-52亿美元',
    '今年的可触达市场（TAM）大概在25亿元左右',
    '| Total | 2.04 | 2.50 | 4.77 |',
    '2023\t88.0\t17.4%',
    '合计                      31.0       38.6       48.2',
    'Rest of world       23        64        23.4%',
    'Responsible gambling tools            44.2       23.7',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 200
#: figures, 54 rates, 83 verdicts and 0 false inconsistent
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (54)
FLOORS = {"figures_found": 206, "rates_found": 53, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset195.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
