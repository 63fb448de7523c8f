"""A hundred-and-ninety-fourth check set for the extractor, written blind: AI in sports betting, lotteries and online
gaming: AI odds-setting and trading engines, AI for responsible-gambling and problem-play detection, AI fraud and
bonus-abuse detection at betting operators, AI player-personalisation for online casinos and lotteries, AI for
integrity monitoring of matches; sized in money by gaming regulators, lottery operators' annual reports, betting trade
bodies, suppliers' capital-markets days, brokers and research houses in the United Kingdom, Malta, Sweden, the United
States, Canada, Australia, Brazil, India, Macau, Taiwan and the Philippines. Distractors a careful reader leaves out:
the whole gambling or lottery market beside the AI part, gross gaming revenue of one operator, amounts wagered
(handle), numbers of accounts or bettors, tax rates and tax take, a quarter's figures, a funding round and valuation,
a survey's percentages, fines imposed.

Snippets 1-20: Twenty snippets on AI in sports betting, lotteries and online gaming. Eight English prose pieces: a
London wire release (GBP), a Mumbai broker note in fiscal years (USD, CAGR inferred from its amounts), a Stockholm
briefing with segment shares (EUR), a Sydney news story quoting two research houses (second house's 2024 figure left
out; 2032 figure converted to USD million), a Las Vegas capital-markets-day TAM with a 2.4x multiple, a Malta
government strategy with targets, a Toronto research note with a correction and a 2028 range, and an investor's blog
using last year/this year. Seven Chinese prose pieces (Taiwan, Hong Kong and Macau in Traditional) and five tables
(markdown E/F with total row, space-aligned years-as-rows with YoY, tab-separated 亿元 with 合计, fiscal-year JPY with a
CAGR column, Traditional pipe table in 新台幣百萬元 with shares). Distractors: lottery sales, handle, taxes, fines, counts,
surveys, quarters, company revenue, margins, target prices, funding rounds. Inconsistent: the blog's 32%, the Xinhua
19.8% CAGR, the Canadian table's 42.4% YoY. Rounding only: Stockholm 23% share, lottery report 24.3% CAGR, Hong Kong
24% share, broker 22.6% CAGR, Canadian 21.1% YoY, Taiwan 10.7% share, and the totals of 2027F (table 16) and 2024
(table 18).

Snippets 21-40: Twenty snippets (21-40) on AI in sports betting, lotteries and online gaming. English prose: a Toronto
earnings call sizing a TAM, a Nordic working-paper abstract with a multiple, a Brazilian thread, a Maltese article
with a correction, an Australian lottery chair's letter, investor-day bullets, a forum answer on India citing a second
house, and a Manila broker note with a peso aside. Chinese prose: a Xinhua-style release, a city plan, a Taiwanese
MIC-style release, a Hong Kong report and a PTT post (those three Traditional), a brokerage abstract with a range and
a results-briefing transcript. Tables: markdown segments with a total, a tab-separated yen table with YoY, a Chinese
合计 table, a regional CAGR table and a British share table. Left out: whole gambling and lottery markets, handle, GGR,
accounts, taxes, fines, funding rounds, quarters, survey and penetration percentages, company revenue, margins,
targets, shares in words, real, rupee, peso and krona amounts, a superseded figure, a second house's number.
Inconsistent: 28%, Kaveri's 22%, Latin America's 26.4%. Rounding only: 47%, MIC's 18.9%, Hong Kong's 25% share, the
briefing's 35%, Japan's 24.0%, the Middle East & Africa 24.1%, the bingo 5.8% and the 2024 markdown total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release from a research firm: YoY growth with both amounts, CAGR with printed span (GBP).
    #    Expected nowhere: Gambling Commission fines, the industry's gross gambling yield, the count of adults gambling.
    dict(
        text=(
            "LONDON, 3 February 2025 /PRNewswire/ -- British betting and gaming operators spent \u00a3186 million in 2024 "
            "on artificial-intelligence tools that flag problem play and trigger safer-gambling interventions, up 17% "
            "on the \u00a3159 million they spent in 2023, according to the Safer Play Technology Monitor released today "
            "by Thornbury Gaming Research. The Leeds-based firm forecasts that the market will grow at a compound "
            "annual rate of 17.2% between 2024 and 2029 to reach \u00a3412 million. The report lands as the Gambling "
            "Commission, which imposed fines totalling \u00a319.6 million last year, presses licensees to spot harm "
            "earlier. Britain's licensed gambling industry generated a gross gambling yield of \u00a315.1 billion in the "
            "12 months to March 2024, and about 22 million adults say they gambled in the past four weeks."
        ),
        obs=[
            ("Total", 2023, 159, "GBP million", "actual"),
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Total", 2029, 412, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 159) ** (1 / 1) - 1 = 16.98% -> 17
            ("cagr|implied", "exact"),  # (412 / 186) ** (1 / 5) - 1 = 17.24% -> 17.2
        ],
    ),
    # 2. Mumbai broker sector update in fiscal years; CAGR span given only by its amounts' years ("~19%").
    #    Expected nowhere: the 3-5% of deposits lost to fraud, the rupee (crore) spend, the 28% GST, the covered
    #    company's revenue and growth, its target price and upside, the note's date.
    dict(
        text=(
            "INDIA ONLINE GAMING | Sector update | Mumbai, 18 November 2024\n"
            "Fraud is the tax nobody books. Real-money gaming platforms lose 3-5% of deposits to bonus abuse, "
            "multi-accounting and collusion, and the tools that fight it are getting smarter. We estimate the "
            "Asia-Pacific market for AI-based fraud and bonus-abuse detection at online betting and gaming operators at "
            "US$1.35bn in FY2024, and see it reaching US$3.2bn in FY2029e, implying a CAGR of ~19%. India is a small "
            "slice today: domestic operators spend perhaps Rs1,100 crore a year on risk tooling, a figure the 28% GST "
            "on full deposit value keeps in check. Our preferred play, ShieldStack Technologies (BUY, TP Rs780, 24% "
            "upside), reported FY2024 revenue of Rs214 crore, up 41%."
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2029, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.2 / 1.35) ** (1 / 5) - 1 = 18.84% -> 19
        ],
    ),
    # 3. Stockholm research briefing with segment amounts and shares (EUR); one share holds only by rounding, one
    #    segment's share is given only in words ("about a fifth"). Expected nowhere: Europe's online gambling GGR, the
    #    Swedish 22% tax, the 81% survey answer.
    dict(
        text=(
            "Stockholm, 9 May 2025 - European online casino and lottery operators spent EUR 2.46 billion on AI "
            "systems in 2024, according to a briefing published today by Nordvik Gaming Analytics. Player "
            "personalisation - recommendation engines, dynamic bonusing and churn prediction - took the largest slice, "
            "EUR 0.87 billion or 35% of the total. Responsible-gambling and problem-play detection came to EUR 0.55 "
            "billion (23%), lifted by duty-of-care rules in Sweden and the Netherlands, while fraud and bonus-abuse "
            "detection accounted for EUR 0.48 billion, about a fifth. Nordvik expects total spend to pass EUR 4 "
            "billion in 2027. For context, Europe's online gambling gross gaming revenue was roughly EUR 47 billion "
            "in 2024; in Sweden, where licensees pay a 22% tax on GGR, 81% of surveyed players said they had never "
            "noticed an AI-triggered intervention."
        ),
        obs=[
            ("Total", 2024, 2.46, "EUR billion", "actual"),
            ("Player personalisation", 2024, 0.87, "EUR billion", "actual"),
            ("Responsible-gambling and problem-play detection", 2024, 0.55, "EUR billion", "actual"),
            ("Fraud and bonus-abuse detection", 2024, 0.48, "EUR billion", "actual"),
            ("Total", 2027, 4, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.87 / 2.46 = 35.37% -> 35
            # 0.55 / 2.46 = 22.36% -> 22, not 23; bounds 0.545 / 2.465 = 22.11%, 0.555 / 2.455 = 22.61% -> 23 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Sydney news story quoting two research houses; the series unit is USD million, so the 2032 figure in
    #    billions is converted (1.02 bn -> 1020). Expected nowhere: Meridian's 2024 figure, the A$ wagered, the count
    #    of suspicious-betting alerts, the A$ Series A and valuation.
    dict(
        text=(
            "SYDNEY, 21 August 2025 - The AI systems that watch for suspicious betting around tennis, cricket and the "
            "NRL are turning into a sizeable business. Global spending on AI-based sports-integrity monitoring reached "
            "US$214 million in 2024 and should climb to US$1.02 billion by 2032, a compound annual growth rate of 21.6% "
            "from 2024 to 2032, according to Melbourne-based Wattle Street Research. Singapore's Meridian Insight is "
            "more upbeat, estimating 2024 spending at US$260 million. Australians wagered about A$50 billion with "
            "corporate bookmakers and the TABs last financial year, and integrity units worldwide logged 1,180 "
            "suspicious betting alerts in 2024. Sydney start-up FairPlay Signals raised A$18 million in a Series A "
            "last month, valuing it at A$95 million."
        ),
        obs=[
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2032, 1020.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 214) ** (1 / 8) - 1 = 21.56% -> 21.6
        ],
    ),
    # 5. Capital-markets-day transcript, Las Vegas supplier sizing its TAM (the market, Total); a 2.4x multiple and
    #    a CAGR with printed span. Expected nowhere: US handle, number of states, the company's own revenue, growth,
    #    margin, second-quarter figure and its 25% share target.
    dict(
        text=(
            "Transcript excerpt - Kestrel Gaming Technologies Capital Markets Day, Las Vegas, 10 September 2025\n"
            "DANA OKAFOR, CHIEF STRATEGY OFFICER: So let me size the opportunity. We define our total addressable "
            "market as AI-driven odds compilation, in-play trading and risk management sold to sportsbooks and "
            "lotteries worldwide. We put that TAM at $3.4 billion in 2024, and we think it gets to $8.2 billion by "
            "2029 - that's about 2.4x in five years, or a compound growth rate of roughly 19% between 2024 and 2029. "
            "For context, U.S. sportsbooks took around $150 billion of handle last year across 38 states plus D.C. "
            "Our own trading revenue was $412 million in fiscal 2024, up 28%, at a 31% adjusted EBITDA margin, and "
            "the second quarter alone brought in $118 million. We are targeting a 25% share of that TAM by 2029."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 8.2, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2029, 5.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.2 / 3.4) ** (1 / 5) - 1 = 19.25% -> 19
        ],
    ),
    # 6. Malta government strategy with spending targets (EUR million) for the market and for one part.
    #    Expected nowhere: the strategy's title years, the 7.5% of gross value added, employees, licensed companies,
    #    the MGA's penalties.
    dict(
        text=(
            "Valletta, March 2025 - Ministry for the Economy, Enterprise and Strategic Projects\n"
            "Malta Gaming AI Strategy 2025-2030 (excerpt). Malta-licensed operators and their B2B suppliers spent "
            "EUR 148 million on artificial-intelligence systems in 2024, covering player protection, anti-money-"
            "laundering and fraud analytics, game personalisation and odds automation. Government's objective is to "
            "raise this to EUR 260 million by 2027 and EUR 420 million by 2030, equivalent to average annual growth "
            "of about 19% from 2024 to 2030. The plan sets a separate target for player-protection AI, whose spend "
            "should rise from EUR 31 million in 2024 to EUR 80 million in 2030. The gaming sector contributes around "
            "7.5% of gross value added and employs some 9,800 people across more than 300 licensed companies; the "
            "Malta Gaming Authority imposed administrative penalties of EUR 2.3 million in 2024."
        ),
        obs=[
            ("Total", 2024, 148, "EUR million", "actual"),
            ("Total", 2027, 260, "EUR million", "estimate"),
            ("Total", 2030, 420, "EUR million", "estimate"),
            ("Player-protection AI", 2024, 31, "EUR million", "actual"),
            ("Player-protection AI", 2030, 80, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (420 / 148) ** (1 / 6) - 1 = 18.99% -> 19
        ],
    ),
    # 7. Toronto research note carrying a correction (US$0.58bn withdrawn, US$0.52bn stands) and a 2028 range.
    #    Expected nowhere: the withdrawn figure, the correction's date, operator and state counts, the C$ lottery
    #    budget, Ontario wagers.
    dict(
        text=(
            "Maple Leaf Equity Research - Gaming & Lottery Technology | Toronto, 6 June 2025\n"
            "CORRECTION: The version of this note published on 2 June gave the 2024 North American market for AI "
            "player-personalisation at online casinos and lotteries as US$0.58bn. The correct figure is US$0.52bn; "
            "our forecasts are unchanged.\n"
            "Ontario's open market, now home to some 50 operators, and seven US iGaming states drive demand. We "
            "estimate the market grew 30% in 2024 from US$0.40bn in 2023, and we see it at US$1.1bn to US$1.4bn in "
            "2028, depending on how quickly more states legalise online casino. Provincial lotteries are moving too: "
            "OLG and Loto-Qu\u00e9bec together budgeted C$46m for digital personalisation this fiscal year, and Ontario "
            "iGaming wagers reached C$82.7bn in fiscal 2025."
        ),
        obs=[
            ("Total", 2023, 0.4, "USD billion", "actual"),
            ("Total", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2028, 2028, None),
            ("value", 1.4, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.52 / 0.40) ** (1 / 1) - 1 = 30.00% -> 30
        ],
    ),
    # 8. Investor's blog post dated 14 March 2025: "last year" = 2024 (actual), "this year" = 2025 (estimate),
    #    approximate figures; the 32% jump is a typo for 23%. Expected nowhere: iGaming GGR, one operator's GGR,
    #    state count, the reader survey (140 readers, 62%), the funding round and valuation.
    dict(
        text=(
            "Posted 14 March 2025 by Ravi Castellano | The Long Odds Letter\n"
            "Why I'm still long the picks-and-shovels of iGaming. Everybody wants to talk about handle; I want to talk "
            "about the software that decides which bonus you see. By my count, US online casinos and lottery apps "
            "spent roughly $740 million on AI personalisation and retention tooling last year, and I think that gets "
            "to around $910 million this year - a 32% jump, if operators keep moving marketing dollars from TV to "
            "in-app offers. (That's my estimate, not anyone's guidance.) For scale, US iGaming gross gaming revenue "
            "was about $8.4 billion last year across seven states, and one operator alone booked $1.9 billion of it. "
            "In a poll I ran of 140 readers, 62% said a personalised offer had kept them playing longer. Disclosure: I "
            "hold shares in two of the suppliers; the newer one raised $85 million at a $1.1 billion valuation in "
            "January."
        ),
        obs=[
            ("Total", 2024, 740, "USD million", "actual"),
            ("Total", 2025, 910, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (910 / 740) ** (1 / 1) - 1 = 22.97%; bounds 909.5 / 740.5 - 1 = 22.82%, 910.5 / 739.5 - 1 = 23.12%
            # -> 32 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Simplified Chinese industry report summary (亿元): YoY with both amounts, a segment share, a CAGR that holds
    #    only by rounding. Expected nowhere: the report's title year, national lottery sales and their 7.6% growth,
    #    the count of sales outlets.
    dict(
        text=(
            "《2025中国彩票行业数字化发展报告》摘要\n"
            "报告显示，2024年我国彩票行业人工智能应用市场规模达到38.6亿元，较2023年的31.0亿元同比增长24.5%。"
            "其中，智能风控与反欺诈系统规模为11.2亿元，占比29.0%；责任彩票与异常购彩行为识别系统规模为6.4亿元。"
            "报告预计，到2028年该市场规模将达到92.4亿元，2024—2028年年均复合增长率约为24.3%。同期，全国彩票"
            "销售额为6234.9亿元，同比增长7.6%；全国共有彩票销售网点约20万个。"
        ),
        obs=[
            ("Total", 2023, 31.0, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("智能风控与反欺诈系统", 2024, 11.2, "CNY 100 million", "actual"),
            ("责任彩票与异常购彩行为识别系统", 2024, 6.4, "CNY 100 million", "actual"),
            ("Total", 2028, 92.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 29.0, "percent", 2024, 2024, None),
            ("cagr", 24.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 31.0 - 1 = 24.52% -> 24.5
            ("arithmetic", "exact"),  # 11.2 / 38.6 = 29.02% -> 29.0
            # (92.4 / 38.6) ** (1 / 4) - 1 = 24.39% -> 24.4, not 24.3; bounds (92.35 / 38.65) ** 0.25 - 1 = 24.33%,
            # (92.45 / 38.55) ** 0.25 - 1 = 24.44% -> 24.3 reachable only at the low end
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Provincial action plan (Simplified) with 突破/力争 targets and 增长2倍 (kept as x2 over 2023-2027).
    #     Expected nowhere: the plan's title years, the 10 firms to cultivate, the 1.2万 outlets, sports-lottery sales.
    dict(
        text=(
            "浙江省推动人工智能赋能体育彩票高质量发展行动方案（2024—2027年）\n"
            "二、主要目标\n"
            "到2025年，全省体育彩票人工智能应用（含智能风控、责任彩票监测、赛事诚信监控）市场规模突破3亿元；"
            "到2027年，力争达到6.6亿元，较2023年增长2倍，培育省级以上AI彩票技术骨干企业10家以上，建成覆盖全省"
            "1.2万个销售网点的智能监测体系。2023年，全省该领域市场规模为2.2亿元，全省体育彩票销售额为386亿元。"
        ),
        obs=[
            ("Total", 2023, 2.2, "CNY 100 million", "actual"),
            ("Total", 2025, 3, "CNY 100 million", "estimate"),
            ("Total", 2027, 6.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua wire story quoting two institutes (亿美元); the first institute's base, target and CAGR stand, the
    #     CAGR 19.8% is a transposition typo for 18.9%; a region with its share. Expected nowhere: the second
    #     institute's 2024 figure, global betting handle.
    dict(
        text=(
            "新华社伦敦2025年7月15日电 英国市场研究机构泰晤士数据公司15日发布报告称，2024年全球体育博彩人工智能"
            "赔率设定与交易引擎市场规模约为18.5亿美元，预计到2030年将增至52.3亿美元，2024年至2030年年均复合增长率"
            "为19.8%。其中，北美地区2024年规模为7.4亿美元，占全球的40%。另一家机构、美国北极星咨询公司则估计，"
            "2024年该市场规模为21亿美元。报告指出，去年全球体育博彩投注额超过1.5万亿美元，实时投注占比持续上升。"
        ),
        obs=[
            ("Total", 2024, 18.5, "USD 100 million", "actual"),
            ("Total", 2030, 52.3, "USD 100 million", "estimate"),
            ("北美地区", 2024, 7.4, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (52.3 / 18.5) ** (1 / 6) - 1 = 18.91%; bounds (52.25 / 18.55) ** (1/6) - 1 = 18.84%,
            # (52.35 / 18.45) ** (1/6) - 1 = 18.98% -> 19.8 never reached
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 7.4 / 18.5 = 40.00% -> 40
        ],
    ),
    # 12. Taiwanese association report (Traditional, 新台幣億元): YoY with both amounts, a 2026 forecast (左右) and its
    #     CAGR. Expected nowhere: the report's title year, sports-lottery sales, the contribution to the sports fund,
    #     dealer and member counts.
    dict(
        text=(
            "台灣運動彩券暨數位娛樂協會《2025年度產業觀察報告》\n"
            "報告指出，國內運動彩券發行機構與經銷體系導入人工智慧的支出持續成長。2024年，應用於賠率調整、賽事誠信"
            "監控及會員個人化推薦的AI解決方案市場規模達新台幣18.6億元，較2023年的15.2億元年增22.4%；預估2026年"
            "可望達到新台幣27億元左右，2024至2026年年複合成長率約20.5%。協會並指出，2024年運動彩券全年銷售額突破"
            "新台幣700億元，挹注運動發展基金逾新台幣50億元；全台經銷商約1,700家，會員人數超過120萬人。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2026, 27, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6 / 15.2 - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (27 / 18.6) ** (1 / 2) - 1 = 20.48% -> 20.5
        ],
    ),
    # 13. Hong Kong story (Traditional, 億港元): total, two parts with shares, one share holding only by rounding.
    #     Expected nowhere: the Jockey Club's turnover, betting and profits tax, the arrests last year.
    dict(
        text=(
            "【香港2025年6月3日訊】本地研究機構維港智庫今日發表報告，估算2024年香港博彩及彩票業的人工智能應用市場"
            "規模約為12.4億港元，其中「賠率與風險管理」系統佔5.1億港元，比重約41%；「負責任博彩偵測」系統為2.9億"
            "港元，佔24%。報告預期，整體市場規模將於2027年增至19.8億港元。香港賽馬會2023/24年度總投注額達2,900億"
            "港元，向政府繳交博彩稅及利得稅約240億港元；警方去年打擊非法賭博行動中拘捕逾千人。"
        ),
        obs=[
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("賠率與風險管理", 2024, 5.1, "HKD 100 million", "actual"),
            ("負責任博彩偵測", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2027, 19.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.1 / 12.4 = 41.13% -> 41
            # 2.9 / 12.4 = 23.39% -> 23, not 24; bounds 2.85 / 12.45 = 22.89%, 2.95 / 12.35 = 23.89% -> 24 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Macau story (Traditional) dated 10 April 2025 using 去年 (2024, actual) and 今年 (2025, estimate), 億美元.
    #     Expected nowhere: gross gaming revenue in patacas (full year and first quarter), the 40% tax, table cap.
    dict(
        text=(
            "【澳門2025年4月10日電】多名業界人士表示，澳門六家博彩承批公司正加快在賭場引入人工智能。據本地顧問公司"
            "濠江博彩研究估算，去年各承批公司在AI賭枱監控、玩家行為分析及個人化推廣方面的投入約為3.2億美元，今年"
            "預計增至4.1億美元，增幅約28%。澳門去年全年博彩毛收入為2,263億澳門元，實際稅率約40%；今年第一季博彩"
            "毛收入約583億澳門元。全澳賭枱數目維持在6,000張上限。"
        ),
        obs=[
            ("Total", 2024, 3.2, "USD 100 million", "actual"),
            ("Total", 2025, 4.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.1 / 3.2 - 1 = 28.13% -> 28
        ],
    ),
    # 15. Simplified Chinese broker deep-dive with a target price: CAGR holding only by rounding, region share.
    #     Expected nowhere: the covered company's revenue, growth and gross margin, target price and upside, date.
    dict(
        text=(
            "【深度报告】全球博彩科技：AI反欺诈步入高速增长期 | 华岳证券研究所 | 2025年5月12日\n"
            "我们测算，2024年全球博彩运营商在AI反欺诈及奖金滥用检测方面的支出约为21亿美元，2029E有望达到58亿美元，"
            "对应2024—2029年CAGR为22.6%。其中亚太地区2024年约为6.3亿美元，占比30%。覆盖标的星睿科技（H股）"
            "2024年营收12.8亿港元，同比增长35%，毛利率61%；首次覆盖给予“买入”评级，目标价46港元，较现价有27%"
            "上涨空间。"
        ),
        obs=[
            ("Total", 2024, 21, "USD 100 million", "actual"),
            ("Total", 2029, 58, "USD 100 million", "estimate"),
            ("亚太地区", 2024, 6.3, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
            ("share", 30, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (58 / 21) ** (1 / 5) - 1 = 22.53% -> 22.5, not 22.6; bounds (57.5 / 21.5) ** 0.2 - 1 = 21.74%,
            # (58.5 / 20.5) ** 0.2 - 1 = 23.33% -> 22.6 reachable
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 6.3 / 21 = 30.00% -> 30
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row (USD million); the 2027F column adds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3: Global AI spend by sports-betting and lottery operators, by application (US$ million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Odds-setting and trading engines | 612 | 738 | 872 | 1,190 |\n"
            "| Fraud and bonus-abuse detection | 341 | 417 | 503 | 706 |\n"
            "| Responsible gambling and problem-play detection | 188 | 243 | 309 | 471 |\n"
            "| Integrity monitoring | 96 | 118 | 141 | 197 |\n"
            "| Total | 1,237 | 1,516 | 1,825 | 2,563 |\n"
            "\n"
            "Source: Halvard Research, March 2025. Figures may not add up because of rounding."
        ),
        obs=[
            ("Odds-setting and trading engines", 2023, 612, "USD million", "actual"),
            ("Odds-setting and trading engines", 2024, 738, "USD million", "actual"),
            ("Odds-setting and trading engines", 2025, 872, "USD million", "estimate"),
            ("Odds-setting and trading engines", 2027, 1190, "USD million", "estimate"),
            ("Fraud and bonus-abuse detection", 2023, 341, "USD million", "actual"),
            ("Fraud and bonus-abuse detection", 2024, 417, "USD million", "actual"),
            ("Fraud and bonus-abuse detection", 2025, 503, "USD million", "estimate"),
            ("Fraud and bonus-abuse detection", 2027, 706, "USD million", "estimate"),
            ("Responsible gambling and problem-play detection", 2023, 188, "USD million", "actual"),
            ("Responsible gambling and problem-play detection", 2024, 243, "USD million", "actual"),
            ("Responsible gambling and problem-play detection", 2025, 309, "USD million", "estimate"),
            ("Responsible gambling and problem-play detection", 2027, 471, "USD million", "estimate"),
            ("Integrity monitoring", 2023, 96, "USD million", "actual"),
            ("Integrity monitoring", 2024, 118, "USD million", "actual"),
            ("Integrity monitoring", 2025, 141, "USD million", "estimate"),
            ("Integrity monitoring", 2027, 197, "USD million", "estimate"),
            ("Total", 2023, 1237, "USD million", "actual"),
            ("Total", 2024, 1516, "USD million", "actual"),
            ("Total", 2025, 1825, "USD million", "estimate"),
            ("Total", 2027, 2563, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 341 + 188 + 96 = 1237 = 1,237
            ("hierarchy", "exact"),  # 2024: 738 + 417 + 243 + 118 = 1516 = 1,516
            ("hierarchy", "exact"),  # 2025E: 872 + 503 + 309 + 141 = 1825 = 1,825
            # 2027F: 1190 + 706 + 471 + 197 = 2564 vs 2,563; rows' bounds 2562-2566 cover 2562.5-2563.5
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (Total) and a YoY column; the
    #     2024 YoY 42.4% is a typo for 24.4%, the 2026E 21.1% holds only by rounding. Expected nowhere: the source's
    #     date.
    dict(
        text=(
            "Canada: AI-driven player personalisation spend, online casino and lottery\n"
            "Source: Northwind Gaming Data, Toronto, January 2025\n"
            "\n"
            "Year        US$ m      YoY\n"
            "2021          112        -\n"
            "2022          141    25.9%\n"
            "2023          176    24.8%\n"
            "2024          219    42.4%\n"
            "2025E         268    22.4%\n"
            "2026E         324    21.1%\n"
        ),
        obs=[
            ("Total", 2021, 112, "USD million", "actual"),
            ("Total", 2022, 141, "USD million", "actual"),
            ("Total", 2023, 176, "USD million", "actual"),
            ("Total", 2024, 219, "USD million", "actual"),
            ("Total", 2025, 268, "USD million", "estimate"),
            ("Total", 2026, 324, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2021, 2022, 1.0),
            ("growth", 24.8, "percent", 2022, 2023, 1.0),
            ("growth", 42.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
            ("growth", 21.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 141 / 112 - 1 = 25.89% -> 25.9
            ("cagr|implied", "exact"),  # 176 / 141 - 1 = 24.82% -> 24.8
            # 219 / 176 - 1 = 24.43%; bounds 218.5 / 176.5 - 1 = 23.80%, 219.5 / 175.5 - 1 = 25.07% -> 42.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 268 / 219 - 1 = 22.37% -> 22.4
            # 324 / 268 - 1 = 20.90% -> 20.9, not 21.1; bounds 323.5 / 268.5 - 1 = 20.48%, 324.5 / 267.5 - 1 = 21.31%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with a 合计 row; the 2024 column adds only by rounding.
    #     Expected nowhere: the table number, the title's years, the source line.
    dict(
        text=(
            "表2 2023—2025年我国体育彩票人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能风控与反欺诈\t4.82\t6.05\t7.46\n"
            "责任彩票监测\t2.13\t2.71\t3.38\n"
            "个性化营销与推荐\t3.37\t4.26\t5.29\n"
            "赛事诚信监控\t0.96\t1.18\t1.45\n"
            "合计\t11.28\t14.21\t17.58\n"
            "资料来源：中体智研，2025年4月"
        ),
        obs=[
            ("智能风控与反欺诈", 2023, 4.82, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2024, 6.05, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2025, 7.46, "CNY 100 million", "estimate"),
            ("责任彩票监测", 2023, 2.13, "CNY 100 million", "actual"),
            ("责任彩票监测", 2024, 2.71, "CNY 100 million", "actual"),
            ("责任彩票监测", 2025, 3.38, "CNY 100 million", "estimate"),
            ("个性化营销与推荐", 2023, 3.37, "CNY 100 million", "actual"),
            ("个性化营销与推荐", 2024, 4.26, "CNY 100 million", "actual"),
            ("个性化营销与推荐", 2025, 5.29, "CNY 100 million", "estimate"),
            ("赛事诚信监控", 2023, 0.96, "CNY 100 million", "actual"),
            ("赛事诚信监控", 2024, 1.18, "CNY 100 million", "actual"),
            ("赛事诚信监控", 2025, 1.45, "CNY 100 million", "estimate"),
            ("合计", 2023, 11.28, "CNY 100 million", "actual"),
            ("合计", 2024, 14.21, "CNY 100 million", "actual"),
            ("合计", 2025, 17.58, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.82 + 2.13 + 3.37 + 0.96 = 11.28
            # 2024: 6.05 + 2.71 + 4.26 + 1.18 = 14.20 vs 14.21; rows' bounds 14.18-14.22 cover 14.205-14.215
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 7.46 + 3.38 + 5.29 + 1.45 = 17.58
        ],
    ),
    # 19. Tab-separated fiscal-year table (JPY billion, FY -> its number, e columns estimates) with a total row and a
    #     CAGR FY24-26e column (span printed). Expected nowhere: the source's date.
    dict(
        text=(
            "Japan public-sports betting: AI spend by application (\u00a5 billion, fiscal years ending March)\n"
            "Application\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "Race-outcome and pool forecasting\t6.8\t8.1\t9.7\t11.5\t19.2%\n"
            "Fraud and account-sharing detection\t3.1\t3.9\t4.8\t5.9\t23.0%\n"
            "Member personalisation\t2.4\t3.2\t4.1\t5.0\t25.0%\n"
            "Total\t12.3\t15.2\t18.6\t22.4\t21.4%\n"
            "Source: Sakura Securities estimates, June 2025"
        ),
        obs=[
            ("Race-outcome and pool forecasting", 2023, 6.8, "JPY billion", "actual"),
            ("Race-outcome and pool forecasting", 2024, 8.1, "JPY billion", "actual"),
            ("Race-outcome and pool forecasting", 2025, 9.7, "JPY billion", "estimate"),
            ("Race-outcome and pool forecasting", 2026, 11.5, "JPY billion", "estimate"),
            ("Fraud and account-sharing detection", 2023, 3.1, "JPY billion", "actual"),
            ("Fraud and account-sharing detection", 2024, 3.9, "JPY billion", "actual"),
            ("Fraud and account-sharing detection", 2025, 4.8, "JPY billion", "estimate"),
            ("Fraud and account-sharing detection", 2026, 5.9, "JPY billion", "estimate"),
            ("Member personalisation", 2023, 2.4, "JPY billion", "actual"),
            ("Member personalisation", 2024, 3.2, "JPY billion", "actual"),
            ("Member personalisation", 2025, 4.1, "JPY billion", "estimate"),
            ("Member personalisation", 2026, 5.0, "JPY billion", "estimate"),
            ("Total", 2023, 12.3, "JPY billion", "actual"),
            ("Total", 2024, 15.2, "JPY billion", "actual"),
            ("Total", 2025, 18.6, "JPY billion", "estimate"),
            ("Total", 2026, 22.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 6.8 + 3.1 + 2.4 = 12.3
            ("hierarchy", "exact"),  # FY2024: 8.1 + 3.9 + 3.2 = 15.2
            ("hierarchy", "exact"),  # FY2025e: 9.7 + 4.8 + 4.1 = 18.6
            ("hierarchy", "exact"),  # FY2026e: 11.5 + 5.9 + 5.0 = 22.4
            ("cagr|implied", "exact"),  # (11.5 / 8.1) ** (1 / 2) - 1 = 19.15% -> 19.2
            ("cagr|implied", "exact"),  # (5.9 / 3.9) ** (1 / 2) - 1 = 23.00% -> 23.0
            ("cagr|implied", "exact"),  # (5.0 / 3.2) ** (1 / 2) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (22.4 / 15.2) ** (1 / 2) - 1 = 21.40% -> 21.4
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; the 10.7% share holds only
    #     by rounding; the 100.0% total is no claim. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "表4　2024年台灣彩券業AI應用支出結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 個人化推薦與行銷 | 412 | 38.1% |\n"
            "| 詐欺與異常交易偵測 | 356 | 32.9% |\n"
            "| 負責任博彩監測 | 198 | 18.3% |\n"
            "| 開獎與銷售稽核 | 115 | 10.7% |\n"
            "| 合計 | 1,081 | 100.0% |\n"
            "資料來源：台灣彩券產業研究中心，2025年3月"
        ),
        obs=[
            ("個人化推薦與行銷", 2024, 412, "TWD million", "actual"),
            ("詐欺與異常交易偵測", 2024, 356, "TWD million", "actual"),
            ("負責任博彩監測", 2024, 198, "TWD million", "actual"),
            ("開獎與銷售稽核", 2024, 115, "TWD million", "actual"),
            ("合計", 2024, 1081, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.1, "percent", 2024, 2024, None),
            ("share", 32.9, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 412 + 356 + 198 + 115 = 1081 = 1,081
            ("arithmetic", "exact"),  # 412 / 1081 = 38.11% -> 38.1
            ("arithmetic", "exact"),  # 356 / 1081 = 32.93% -> 32.9
            ("arithmetic", "exact"),  # 198 / 1081 = 18.32% -> 18.3
            # 115 / 1081 = 10.64% -> 10.6, not 10.7; bounds 114.5 / 1081.5 = 10.59%, 115.5 / 1080.5 = 10.69% -> 10.7
            ("arithmetic", "rounding"),
        ],
    ),
    # 21. Toronto supplier's Q3 2025 earnings-call transcript; the CEO sizes a global TAM ("this year" = 2025, estimate).
    #     Expected nowhere: the quarter's handle and revenue (C$), the 47 operators, the 2.1 million active accounts.
    dict(
        text=(
            "Northline Gaming Technologies Inc. (TSX: NGT) - Q3 2025 Earnings Conference Call - November 6, 2025\n"
            "Operator: The next question comes from Marc Tremblay with Laurentian Capital. Please go ahead.\n"
            "Marc Tremblay: Good morning. You've spent a lot of time on the new trading engine today. How big is that "
            "market, really?\n"
            "Dana Okafor, President and CEO: Fair question, Marc. When we size the total addressable market for AI "
            "trading and odds-compilation engines globally - pre-match pricing, in-play risk, liability management - "
            "we get to about US$2.3 billion this year, and we think it's US$4.1 billion in 2029. So call it 15.5% "
            "compounded annually, 2025 through 2029. For context, in the quarter our operator partners ran C$3.8 "
            "billion of handle through the platform, our revenue came in at C$61.2 million, and we're now live with "
            "47 operators covering more than 2.1 million active accounts."
        ),
        obs=[
            ("Total", 2025, 2.3, "USD billion", "estimate"),
            ("Total", 2029, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.3) ** (1 / 4) - 1 = 15.548% -> 15.5
        ],
    ),
    # 22. Nordic working-paper abstract; "close to three times" is x3 over 2021-2024 and the 43% a year has only its
    #     amounts' years for a span. Expected nowhere: the paper number, 2.6 million accounts, the 17% deposit cut,
    #     the 41% of surveyed operators, the SEK fines, the 22% licence tax.
    dict(
        text=(
            "Nordic Centre for Gambling Research | Working Paper 2025:07 | April 2025\n"
            "Algorithms at the Gate: Machine-Learning Problem-Gambling Detection in Nordic Online Markets\n"
            "Abstract - Online operators in Sweden, Denmark, Norway and Finland spent an estimated EUR 112 million on "
            "AI-based problem-play detection in 2024, close to three times the EUR 38 million they spent in 2021 - an "
            "average expansion of 43% a year. Using account-level data on 2.6 million player accounts from four "
            "operators, we show that players flagged by the models cut their deposits by 17% in the following "
            "quarter, while 41% of surveyed operators say the tools still produce too many false positives. "
            "Regulators levied fines of SEK 214 million for duty-of-care breaches in 2023, and we argue that "
            "enforcement, rather than the 22% licence tax, explains most of the spending."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2024, 112, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 43, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (112 / 38) ** (1 / 3) - 1 = 43.377% -> 43
        ],
    ),
    # 23. Brazilian analyst's social-media thread (March 2025); the +47% holds only by rounding. Expected nowhere: the
    #     70-odd licences, the 12% GGR tax, R$24bn GGR, 1.2m blocked accounts in Q1, the R$ Series B and valuation.
    dict(
        text=(
            "@rafa_bets_data - Mar 4, 2025\n"
            "1/ Brazil's regulated fixed-odds market went live on Jan 1. 70-odd operators now hold federal licences, "
            "GGR is taxed at 12%, and all of them are suddenly shopping for fraud tooling. A thread on the numbers\n"
            "2/ Per Rio consultancy Atlântico Research, spend on AI fraud and bonus-abuse detection by Brazilian "
            "'bets' was US$48m in 2024 and should hit US$71m this year. That's +47% YoY.\n"
            "3/ Their 2028 call: US$160m, i.e. ~31%/yr over 2025-28. Multi-accounting and CPF-sharing rings are the "
            "big driver.\n"
            "4/ For scale: the whole market did roughly R$24bn of GGR last year, and operators blocked 1.2m accounts "
            "in Q1 alone. One vendor, Sao Paulo's Vigia.ai, just raised an R$85m Series B at a ~R$600m valuation.\n"
            "5/ My take: the 2028 number looks conservative. /end"
        ),
        obs=[
            ("Total", 2024, 48, "USD million", "actual"),
            ("Total", 2025, 71, "USD million", "estimate"),
            ("Total", 2028, 160, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 47, "percent", 2024, 2025, 1.0),
            ("cagr", 31, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (71 / 48) ** (1 / 1) - 1 = 47.917% -> 48, not 47; bounds 70.5 / 48.5 - 1 = 45.361%,
            # 71.5 / 47.5 - 1 = 50.526% -> 47 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (160 / 71) ** (1 / 3) - 1 = 31.105% -> 31
        ],
    ),
    # 24. Maltese iGaming web article with a correction; the 2029 figure in billions is converted to EUR million.
    #     Expected nowhere: the superseded €640 million, "roughly a third" in words, the €420,000 fine, the 5% tax.
    dict(
        text=(
            "iGaming Malta Today - Tech\n"
            "Personalisation is eating the casino tech budget\n"
            "By Karl Camilleri | 14 May 2025 | Updated 15 May 2025\n"
            "Game recommendations, bonus targeting and churn prediction are now the fastest-growing line in "
            "online-casino technology budgets. European operators spent €460 million on AI player-personalisation in "
            "2024, up 18% from €390 million a year earlier, according to Valletta consultancy Xemxija Partners. "
            "Roughly a third of that was spent by Malta-licensed brands. The firm expects the market to reach €1.1 "
            "billion by 2029, which it puts at a 19% compound annual growth rate over 2024-2029. The boom comes as "
            "regulators tighten up: the MGA fined one licensee €420,000 last month over bonus practices, and "
            "Malta's 5% gaming tax is under review.\n"
            "Correction (15 May 2025): An earlier version of this article gave the 2024 market size as €640 "
            "million. The correct figure is €460 million."
        ),
        obs=[
            ("Total", 2023, 390, "EUR million", "actual"),
            ("Total", 2024, 460, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),  # €1.1 billion converted to the series' unit
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (460 / 390) ** (1 / 1) - 1 = 17.949% -> 18
            ("cagr|implied", "exact"),  # (1100 / 460) ** (1 / 5) - 1 = 19.049% -> 19
        ],
    ),
    # 25. Australian lottery operator's annual-report letter from the chair (fiscal years); the 28% is inconsistent.
    #     Expected nowhere: ticket sales, lottery taxes and fees (A$), 4.6 million accounts, the dividend, the date.
    dict(
        text=(
            "Southern Cross Lotteries Limited - Annual Report 2025\n"
            "Letter from the Chair\n"
            "Dear Shareholders,\n"
            "This was the year our investment in data science began to pay its way. Group ticket sales rose to A$4.1 "
            "billion, we returned A$1.6 billion to state governments in lottery taxes and licence fees, and our "
            "online player base passed 4.6 million registered accounts. We are not alone in this push. We estimate "
            "that the worldwide market for AI-driven player engagement in lotteries - personalised offers, churn "
            "models and responsible-play nudges - was worth about US$1.62 billion in FY2025, up from US$1.31 billion "
            "in FY2024, an increase of 28%. Your Board has declared a fully franked final dividend of 8.5 cents per "
            "share.\n"
            "Fiona Marsh\n"
            "Chair\n"
            "21 August 2025"
        ),
        obs=[
            ("Total", 2024, 1.31, "USD billion", "actual"),
            ("Total", 2025, 1.62, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (1.62 / 1.31) ** (1 / 1) - 1 = 23.664% -> 24, not 28; bounds 1.615 / 1.315 - 1 = 22.814%,
            # 1.625 / 1.305 - 1 = 24.521% -> 28 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. New York investor-day slide bullets; the 2030E figure in billions is converted to USD million.
    #     Expected nowhere: competitions and partners counted, the FY2027 revenue, margin and market-share targets.
    dict(
        text=(
            "Sentinel Integrity Inc. | Investor Day 2025 | New York, 11 September 2025\n"
            "Slide 14 - The integrity opportunity\n"
            "• AI sports-betting integrity monitoring TAM: $540M (2024) → $1.2B (2030E)\n"
            "• ~14% CAGR, 2024-30\n"
            "• Of which in-play anomaly detection: $210M in 2024, 39% of TAM\n"
            "• 1,800+ competitions monitored; 62 federation and league partners\n"
            "• FY2027 targets: revenue $150M+, adj. EBITDA margin ~30%, 25% market share"
        ),
        obs=[
            ("Total", 2024, 540, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),  # $1.2B converted to the series' unit
            ("In-play anomaly detection", 2024, 210, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1200 / 540) ** (1 / 6) - 1 = 14.235% -> 14
            ("arithmetic", "exact"),  # 210 / 540 = 38.889% -> 39
        ],
    ),
    # 27. Forum answer on India's real-money gaming; Kaveri's 22% is inconsistent with its own amounts. Expected
    #     nowhere: Deccan Research's 2024 figure, the rupee (crore) amounts, 450 million users, the 28% GST.
    dict(
        text=(
            "Q: How big is the market for AI in Indian real-money gaming and fantasy sports?\n"
            "Answer - Vikram Rao, former product lead at a fantasy-sports platform - 19 January 2025\n"
            "Depends on whose numbers you trust. Bengaluru's Kaveri Insights puts what Indian real-money gaming and "
            "fantasy platforms spent on AI - fraud and collusion detection, matchmaking, personalisation, pricing for "
            "the opinion-trading apps - at about $310 million in 2024, and has it climbing to $780 million by 2029, "
            "which it labels a 22% compound growth rate for 2024-29. Another shop, Deccan Research, is more cautious "
            "at $260 million for 2024. In rupee terms Kaveri's figure is roughly ₹2,600 crore, against an online "
            "gaming industry of around ₹33,000 crore with something like 450 million users - and the 28% GST on "
            "deposits since October 2023 has squeezed everyone's budgets."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 780, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (780 / 310) ** (1 / 5) - 1 = 20.267% -> 20, not 22; bounds (779.5 / 310.5) ** (1/5) - 1 = 20.213%,
            # (780.5 / 309.5) ** (1/5) - 1 = 20.321% -> 22 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Manila broker note; the peso equivalent of the market is no observation; CAGR span only from the amounts.
    #     Expected nowhere: ₱3.7 billion, e-games GGR, 68 licensed platforms, the top pick's TP, upside and Q1 revenue.
    dict(
        text=(
            "Harbour Point Securities | Philippines | Gaming | 3 June 2025\n"
            "Post-POGO, compliance is the growth business\n"
            "With offshore operators banned, PAGCOR is pushing its domestic e-gaming licensees hard on "
            "know-your-customer checks and anti-money-laundering controls. We estimate that licensed online operators "
            "spent US$66 million on AI-based fraud, KYC and AML analytics in 2024 - roughly ₱3.7 billion - and we "
            "expect that to reach US$152 million in 2028, a CAGR of about 23%. For scale, e-games gross gaming revenue "
            "came to ₱155 billion last year, and the regulator now lists 68 licensed platforms. Our top pick, Bayside "
            "Digital Holdings (BUY, TP ₱42.00, 31% upside), booked first-quarter revenue of ₱4.8 billion."
        ),
        obs=[
            ("Total", 2024, 66, "USD million", "actual"),
            ("Total", 2028, 152, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (152 / 66) ** (1 / 4) - 1 = 23.190% -> 23
        ],
    ),
    # 29. Xinhua-style release (Simplified); YoY growth with both amounts and a segment share; "突破70亿元" kept at 70.
    #     Expected nowhere: national lottery sales, 20万 outlets, the report title's year.
    dict(
        text=(
            "新华社北京2025年3月18日电（记者 周立言）记者18日从2025中国彩票科技创新大会上获悉，2024年我国彩票"
            "行业人工智能应用市场规模达到36.8亿元，比2023年的29.6亿元增长24.3%。其中，智能风控与反欺诈仍是最大"
            "板块，规模为14.2亿元，占比38.6%。大会发布的《2025彩票行业智能化发展报告》显示，2024年全国共销售彩票"
            "6234.9亿元，全国彩票销售网点超过20万个。报告预计，到2027年，行业人工智能应用市场规模将突破70亿元。"
        ),
        obs=[
            ("Total", 2023, 29.6, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2027, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 29.6) ** (1 / 1) - 1 = 24.324% -> 24.3
            ("arithmetic", "exact"),  # 14.2 / 36.8 = 38.587% -> 38.6
        ],
    ),
    # 30. City implementation plan (Simplified); "较2024年增长2倍" is x2 over 2024-2027; a target segment share.
    #     Expected nowhere: the document number, plan title years, 5 firms, the 90% terminal coverage, lottery sales.
    dict(
        text=(
            "滨江市体育局 滨江市财政局关于印发《滨江市体育彩票智能化发展实施方案（2025—2027年）》的通知\n"
            "滨体发〔2025〕12号\n"
            "二、主要目标\n"
            "到2027年，全市体育彩票智能化水平显著提升，体育彩票领域人工智能应用市场规模力争达到6亿元，较2024年"
            "增长2倍；其中，责任彩票智能监测规模达到1.8亿元，占比30%。培育5家以上人工智能+体育彩票示范企业，实体"
            "渠道智能终端覆盖率达到90%以上，全市体育彩票年销售额稳定在60亿元以上。"
        ),
        obs=[
            ("Total", 2027, 6, "CNY 100 million", "estimate"),
            ("责任彩票智能监测", 2027, 1.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
            ("share", 30, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.8 / 6 = 30.000% -> 30
        ],
    ),
    # 31. Taiwanese MIC-style release (Traditional); the 18.9% holds only by rounding. Expected nowhere: the date in
    #     parentheses, "約四成" in words, sports-lottery sales (handle), the 62% survey answer.
    dict(
        text=(
            "2025/07/22 台北訊\n"
            "資策會產業情報研究所（MIC）今（22）日發布運動彩券科技應用趨勢研究指出，隨著即時投注比重攀升，經銷與"
            "營運體系對AI賠率模型、即時風險控管及異常投注偵測的需求快速成長。MIC估計，2024年台灣運動彩券相關AI系統"
            "投入金額達新台幣18.6億元，預估2027年將成長至新台幣31.2億元，2024至2027年年複合成長率達18.9%；其中約"
            "四成用於異常投注偵測。對照之下，2024年運彩全年銷售額已突破新台幣700億元。MIC調查亦顯示，62%的受訪經銷"
            "商計畫於兩年內導入生成式AI客服。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2027, 31.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (31.2 / 18.6) ** (1 / 3) - 1 = 18.818% -> 18.8, not 18.9; bounds (31.15 / 18.65) ** (1/3) - 1 = 18.648%,
            # (31.25 / 18.55) ** (1/3) - 1 = 18.988% -> 18.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional); 去年 = 2024, 前年 = 2023; the 25% share holds only by rounding.
    #     Expected nowhere: the HKJC's turnover and betting duty, Macau's GGR (patacas), the 1,020 respondents and 31%.
    dict(
        text=(
            "【本報訊】（2025年4月9日）本地研究機構維港數碼智庫昨日發表報告指，去年本港博彩及彩票相關的人工智能應用"
            "市場規模約8.6億港元，較前年的7.1億港元增長約21%；其中負責任博彩及問題賭博偵測系統佔2.2億港元，約佔25%，"
            "其餘主要為賠率運算及反洗錢監測。報告預計，市場規模到2027年可增至14億港元。報告又引述數字指，香港賽馬會"
            "上個財政年度的投注總額超過2,900億港元，向政府繳付博彩稅約250億港元；澳門去年博彩毛收入則達2,260億澳門元。"
            "智庫同時訪問了1,020名市民，當中31%支持政府加強打擊非法賭波網站。"
        ),
        obs=[
            ("Total", 2023, 7.1, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("負責任博彩及問題賭博偵測系統", 2024, 2.2, "HKD 100 million", "actual"),
            ("Total", 2027, 14, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 7.1) ** (1 / 1) - 1 = 21.127% -> 21
            # 2.2 / 8.6 = 25.581% -> 26, not 25; bounds 2.15 / 8.65 = 24.855%, 2.25 / 8.55 = 26.316%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional, August 2025; 今年 = 2025, estimate); "是2023年的2倍多" is x2 over
    #     2023-2025. Expected nowhere: lottery sales, the jackpot, the 3.5 million app members in the push reply.
    dict(
        text=(
            "作者 moneyball77 (數據派)\n"
            "看板 Lottery\n"
            "標題 [閒聊] 台彩也開始用AI做會員推薦了\n"
            "時間 Sun Aug 17 21:05:33 2025\n"
            "\n"
            "看到某研究機構的簡報，台灣彩券業在AI精準行銷、會員個人化推薦這塊，2023年市場大概新台幣4.2億，2024年"
            "6.3億，年增50%，今年預估衝到新台幣9億，是2023年的2倍多......\n"
            "說真的這跟一年賣1,500多億的公益彩券比起來根本零頭，但成長速度很驚人\n"
            "威力彩頭獎上看20億的時候，APP推播應該會被AI玩到爆\n"
            "\n"
            "推 lucky168: 台彩APP會員好像已經破350萬了\n"
            "→ moneyball77: 對 所以資料量夠大"
        ),
        obs=[
            ("Total", 2023, 4.2, "TWD 100 million", "actual"),
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2025, 9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 50, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2025, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 4.2) ** (1 / 1) - 1 = 50.000% -> 50
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2030 range. Expected nowhere: "约占四成" in words, the
    #     report date, sports-lottery sales, the 0.5% penetration, the rating and target price.
    dict(
        text=(
            "证券研究报告 | 行业深度 | 传媒\n"
            "2025年6月10日\n"
            "AI+体育竞猜：从风控工具到增长引擎\n"
            "行业评级：增持（维持）\n"
            "投资要点：我们测算，2024年我国体育彩票竞猜型游戏及彩票渠道AI应用市场规模为58亿元，同比增长31%（2023年为"
            "44.3亿元），其中智能风控约占四成。随着赛事数据实时化与责任彩票要求趋严，我们预计2030年市场规模将达到"
            "210-260亿元。2024年竞猜型体育彩票销售额达1,400亿元以上，AI渗透率不足0.5%。推荐标的：中体数科（目标价"
            "38.5元）。风险提示：监管政策趋严、重大赛事停摆。"
        ),
        obs=[
            ("Total", 2023, 44.3, "CNY 100 million", "actual"),
            ("Total", 2024, 58, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 210, "CNY 100 million", 2030, 2030, None),
            ("value", 260, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 44.3) ** (1 / 1) - 1 = 30.926% -> 31
        ],
    ),
    # 35. Results-briefing transcript (Simplified, April 2025; 去年 = 2024, 今年 = 2025 estimate); the 35% holds only
    #     by rounding. Expected nowhere: the company's revenue, segment revenue, margin, Q1 revenue, share target.
    dict(
        text=(
            "星竞数据（300987）2024年度网上业绩说明会文字实录\n"
            "时间：2025年4月25日 15:00-17:00\n"
            "问：请问公司如何看待体育竞猜赛事数据和AI赔率分析服务的市场空间？\n"
            "董事长 陈志远：谢谢您的关注。根据我们内部测算，去年国内体育竞猜赛事数据与AI赔率分析服务市场大概在18.6"
            "亿元，今年这个盘子有望做到25亿元，比去年多35%左右。公司去年营业收入4.32亿元，其中相关业务收入1.1亿元，"
            "毛利率58.3%；一季度实现营收0.96亿元。我们的目标是三年内市占率做到20%以上。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2025, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (25 / 18.6) ** (1 / 1) - 1 = 34.409% -> 34, not 35; bounds 24.5 / 18.65 - 1 = 31.367%,
            # 25.5 / 18.55 - 1 = 37.466% -> 35 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Research house's markdown table by application with a Total row; the 2024 total adds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3. Global AI spend by sports-betting and iGaming operators, by application (US$ million)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Odds-setting & trading | 612.4 | 748.9 | 902.3 |\n"
            "| Fraud & bonus-abuse detection | 388.7 | 471.2 | 569.8 |\n"
            "| Responsible gambling & player protection | 201.5 | 262.8 | 338.4 |\n"
            "| Player personalisation | 455.0 | 553.6 | 664.1 |\n"
            "| Integrity monitoring | 96.3 | 118.4 | 143.7 |\n"
            "| Total | 1,753.9 | 2,155.1 | 2,618.3 |\n"
            "Source: Harbourline Gaming Research, April 2025. Figures may not sum due to rounding."
        ),
        obs=[
            ("Odds-setting & trading", 2023, 612.4, "USD million", "actual"),
            ("Odds-setting & trading", 2024, 748.9, "USD million", "actual"),
            ("Odds-setting & trading", 2025, 902.3, "USD million", "estimate"),
            ("Fraud & bonus-abuse detection", 2023, 388.7, "USD million", "actual"),
            ("Fraud & bonus-abuse detection", 2024, 471.2, "USD million", "actual"),
            ("Fraud & bonus-abuse detection", 2025, 569.8, "USD million", "estimate"),
            ("Responsible gambling & player protection", 2023, 201.5, "USD million", "actual"),
            ("Responsible gambling & player protection", 2024, 262.8, "USD million", "actual"),
            ("Responsible gambling & player protection", 2025, 338.4, "USD million", "estimate"),
            ("Player personalisation", 2023, 455.0, "USD million", "actual"),
            ("Player personalisation", 2024, 553.6, "USD million", "actual"),
            ("Player personalisation", 2025, 664.1, "USD million", "estimate"),
            ("Integrity monitoring", 2023, 96.3, "USD million", "actual"),
            ("Integrity monitoring", 2024, 118.4, "USD million", "actual"),
            ("Integrity monitoring", 2025, 143.7, "USD million", "estimate"),
            ("Total", 2023, 1753.9, "USD million", "actual"),
            ("Total", 2024, 2155.1, "USD million", "actual"),
            ("Total", 2025, 2618.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 612.4 + 388.7 + 201.5 + 455.0 + 96.3 = 1753.9 = 1753.9
            # 748.9 + 471.2 + 262.8 + 553.6 + 118.4 = 2154.9 vs 2155.1; off by 0.2, within the 0.3 the six
            # printed figures allow (5 x 0.05 + 0.05) -> adds only by rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 902.3 + 569.8 + 338.4 + 664.1 + 143.7 = 2618.3 = 2618.3
        ],
    ),
    # 37. Tab-separated vertical yen table headed only by its unit (so Total) with a YoY column; 2024's 24.0% holds
    #     only by rounding. Expected nowhere: the 2021 dash, public-race betting sales in the note (¥ trillion).
    dict(
        text=(
            "Japan: spend on AI demand-forecasting and odds analytics in public-race betting (keiba, keirin, boat "
            "and auto racing)\n"
            "Year\tJPY bn\tYoY\n"
            "2021\t8.4\t-\n"
            "2022\t10.1\t20.2%\n"
            "2023\t12.3\t21.8%\n"
            "2024\t15.2\t24.0%\n"
            "2025E\t18.6\t22.4%\n"
            "2026E\t22.4\t20.4%\n"
            "Source: Kanda Leisure Research Institute, February 2025. E = estimate. Note: public-race betting "
            "sales totalled about ¥8.1 trillion in 2024."
        ),
        obs=[
            ("Total", 2021, 8.4, "JPY billion", "actual"),
            ("Total", 2022, 10.1, "JPY billion", "actual"),
            ("Total", 2023, 12.3, "JPY billion", "actual"),
            ("Total", 2024, 15.2, "JPY billion", "actual"),
            ("Total", 2025, 18.6, "JPY billion", "estimate"),
            ("Total", 2026, 22.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2021, 2022, 1.0),
            ("growth", 21.8, "percent", 2022, 2023, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
            ("growth", 20.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.1 / 8.4) ** (1 / 1) - 1 = 20.238% -> 20.2
            ("cagr|implied", "exact"),  # (12.3 / 10.1) ** (1 / 1) - 1 = 21.782% -> 21.8
            # (15.2 / 12.3) ** (1 / 1) - 1 = 23.577% -> 23.6, not 24.0; bounds 15.15 / 12.35 - 1 = 22.672%,
            # 15.25 / 12.25 - 1 = 24.490% -> 24.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.368% -> 22.4
            ("cagr|implied", "exact"),  # (22.4 / 18.6) ** (1 / 1) - 1 = 20.430% -> 20.4
        ],
    ),
    # 38. Space-aligned Simplified Chinese table with a 合计 row; both columns add exactly.
    #     Expected nowhere: the table number, the title's years, the source's date.
    dict(
        text=(
            "表2  2024—2025年我国彩票行业AI应用市场结构\n"
            "单位：亿元\n"
            "细分领域                2024年     2025年E\n"
            "智能风控与反欺诈          15.6        19.8\n"
            "责任彩票监测               7.4         9.7\n"
            "精准营销与会员运营        10.3        13.6\n"
            "赛事数据与赔率分析         5.9         7.5\n"
            "合计                      39.2        50.6\n"
            "资料来源：华韵彩票研究院，2025年5月"
        ),
        obs=[
            ("智能风控与反欺诈", 2024, 15.6, "CNY 100 million", "actual"),
            ("智能风控与反欺诈", 2025, 19.8, "CNY 100 million", "estimate"),
            ("责任彩票监测", 2024, 7.4, "CNY 100 million", "actual"),
            ("责任彩票监测", 2025, 9.7, "CNY 100 million", "estimate"),
            ("精准营销与会员运营", 2024, 10.3, "CNY 100 million", "actual"),
            ("精准营销与会员运营", 2025, 13.6, "CNY 100 million", "estimate"),
            ("赛事数据与赔率分析", 2024, 5.9, "CNY 100 million", "actual"),
            ("赛事数据与赔率分析", 2025, 7.5, "CNY 100 million", "estimate"),
            ("合计", 2024, 39.2, "CNY 100 million", "actual"),
            ("合计", 2025, 50.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 15.6 + 7.4 + 10.3 + 5.9 = 39.2 = 39.2
            ("hierarchy", "exact"),  # 19.8 + 9.7 + 13.6 + 7.5 = 50.6 = 50.6
        ],
    ),
    # 39. Regional exhibit with a CAGR column (span printed in the header); Latin America's 26.4% is inconsistent,
    #     the Middle East & Africa's 24.1% holds only by rounding. Expected nowhere: the exhibit number, the date.
    dict(
        text=(
            "Exhibit 7: AI fraud and bonus-abuse detection spend at betting and iGaming operators, by region "
            "(US$ million)\n"
            "Region                   2024    2029F   CAGR 2024-29\n"
            "North America             182      428        18.7%\n"
            "Europe                    214      391        12.8%\n"
            "Latin America              58      201        26.4%\n"
            "Asia-Pacific               96      237        19.8%\n"
            "Middle East & Africa       17       49        24.1%\n"
            "Global                    567    1,306        18.2%\n"
            "Source: Calloway & Finch Research estimates, July 2025"
        ),
        obs=[
            ("North America", 2024, 182, "USD million", "actual"),
            ("North America", 2029, 428, "USD million", "estimate"),
            ("Europe", 2024, 214, "USD million", "actual"),
            ("Europe", 2029, 391, "USD million", "estimate"),
            ("Latin America", 2024, 58, "USD million", "actual"),
            ("Latin America", 2029, 201, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 96, "USD million", "actual"),
            ("Asia-Pacific", 2029, 237, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 17, "USD million", "actual"),
            ("Middle East & Africa", 2029, 49, "USD million", "estimate"),
            ("Global", 2024, 567, "USD million", "actual"),
            ("Global", 2029, 1306, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 12.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (428 / 182) ** (1 / 5) - 1 = 18.652% -> 18.7
            ("cagr|implied", "exact"),  # (391 / 214) ** (1 / 5) - 1 = 12.811% -> 12.8
            # (201 / 58) ** (1 / 5) - 1 = 28.219% -> 28.2, not 26.4; bounds (200.5 / 58.5) ** (1/5) - 1 = 27.936%,
            # (201.5 / 57.5) ** (1/5) - 1 = 28.505% -> 26.4 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (237 / 96) ** (1 / 5) - 1 = 19.811% -> 19.8
            # (49 / 17) ** (1 / 5) - 1 = 23.580% -> 23.6, not 24.1; bounds (48.5 / 17.5) ** (1/5) - 1 = 22.614%,
            # (49.5 / 16.5) ** (1/5) - 1 = 24.573% -> 24.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1306 / 567) ** (1 / 5) - 1 = 18.160% -> 18.2
            ("hierarchy", "exact"),  # 182 + 214 + 58 + 96 + 17 = 567 = 567
            ("hierarchy", "exact"),  # 428 + 391 + 201 + 237 + 49 = 1306 = 1306
        ],
    ),
    # 40. British statistics-bulletin table with a share column; the 5.8% bingo share holds only by rounding; the
    #     100.0 total share is no claim. Expected nowhere: bulletin and table numbers, remote GGY, 2,417 operators.
    dict(
        text=(
            "Statistics Bulletin 2025/14 - Safer-gambling technology - published 28 August 2025\n"
            "Table 6: Licensed operators' spend on AI safer-gambling and player-protection tools by sector, "
            "Great Britain, 2024\n"
            "Sector                  £m     Share of total (%)\n"
            "Remote betting         41.3    38.2\n"
            "Remote casino          33.8    31.3\n"
            "Land-based betting     12.6    11.7\n"
            "National Lottery       14.1    13.1\n"
            "Bingo & arcades         6.2     5.8\n"
            "Total                 108.0   100.0\n"
            "Notes: 1. Shares are calculated from unrounded figures. 2. Remote gross gambling yield in the same "
            "period was £7.1bn. 3. Based on regulatory returns from 2,417 licensed operators."
        ),
        obs=[
            ("Remote betting", 2024, 41.3, "GBP million", "actual"),
            ("Remote casino", 2024, 33.8, "GBP million", "actual"),
            ("Land-based betting", 2024, 12.6, "GBP million", "actual"),
            ("National Lottery", 2024, 14.1, "GBP million", "actual"),
            ("Bingo & arcades", 2024, 6.2, "GBP million", "actual"),
            ("Total", 2024, 108.0, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 31.3, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
            ("share", 13.1, "percent", 2024, 2024, None),
            ("share", 5.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.3 / 108.0 = 38.241% -> 38.2
            ("arithmetic", "exact"),  # 33.8 / 108.0 = 31.296% -> 31.3
            ("arithmetic", "exact"),  # 12.6 / 108.0 = 11.667% -> 11.7
            ("arithmetic", "exact"),  # 14.1 / 108.0 = 13.056% -> 13.1
            # 6.2 / 108.0 = 5.741% -> 5.7, not 5.8; bounds 6.15 / 108.05 = 5.692%, 6.25 / 107.95 = 5.790%
            # -> 5.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 41.3 + 33.8 + 12.6 + 14.1 + 6.2 = 108.0 = 108.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 16, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 17% on the £159 million they spent in 2023',
    'at a compound annual rate of 17.2% between 2024 and 2029',
    'US$3.2bn in FY2029e, implying a CAGR of ~19%',
    'EUR 0.87 billion or 35% of the total',
    'pass EUR 4 billion in 2027',
    'estimating 2024 spending at US$260 million',
    "that's about 2.4x in five years",
    'We put that TAM at $3.4 billion in 2024',
    "Government's objective is to raise this to EUR 260 million",
    'The correct figure is US$0.52bn',
    'US$1.1bn to US$1.4bn in 2028',
    'roughly $740 million on AI personalisation',
    'to around $910 million this year - a 32% jump',
    '较2023年的31.0亿元同比增长24.5%',
    '力争达到6.6亿元，较2023年增长2倍',
    '赛事诚信监控）市场规模突破3亿元',
    '另一家机构、美国北极星咨询公司则估计',
    '較2023年的15.2億元年增22.4%',
    '可望達到新台幣27億元左右',
    '「負責任博彩偵測」系統為2.9億港元，佔24%',
    '去年各承批公司在AI賭枱監控',
    '2029E有望达到58亿美元',
    '| Total | 1,237 | 1,516 | 1,825 | 2,563 |',
    '2024          219    42.4%',
    '合计\t11.28\t14.21\t17.58',
    'CAGR FY24-26e',
    'we get to about US$2.3 billion this year',
    'So call it 15.5% compounded annually, 2025 through 2029',
    'close to three times the EUR 38 million they spent in 2021',
    'an average expansion of 43% a year',
    "US$71m this year. That's +47% YoY",
    'US$160m, i.e. ~31%/yr over 2025-28',
    'up 18% from €390 million a year earlier',
    'The correct figure is €460 million.',
    'up from US$1.31 billion in FY2024, an increase of 28%',
    '$540M (2024) → $1.2B (2030E)',
    '$210M in 2024, 39% of TAM',
    'which it labels a 22% compound growth rate for 2024-29',
    'US$152 million in 2028, a CAGR of about 23%',
    '比2023年的29.6亿元增长24.3%',
    '市场规模将突破70亿元',
    '力争达到6亿元，较2024年增长2倍',
    '2024至2027年年複合成長率達18.9%',
    '佔2.2億港元，約佔25%',
    '是2023年的2倍多',
    '我们预计2030年市场规模将达到210-260亿元',
    '今年这个盘子有望做到25亿元，比去年多35%左右',
    '| Total | 1,753.9 | 2,155.1 | 2,618.3 |',
    '2024\t15.2\t24.0%',
    '合计                      39.2        50.6',
    'Latin America              58      201        26.4%',
    'Bingo & arcades         6.2     5.8',
)
LAYOUT = (40, 9, 12, 19)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 54 rates, 79 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-ninety-second set: 218, 55, 88 and 1
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 218, "rates_found": 54, "verdicts_right": 88}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset194.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
