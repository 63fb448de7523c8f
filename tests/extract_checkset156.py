"""A hundred-and-fifty-sixth check set for the extractor, written blind: AI in sports and fitness: AI sports analytics
for clubs and leagues, computer-vision officiating and player tracking, AI coaching in fitness apps and connected gym
equipment, AI in sports betting risk and broadcasting highlights, AI injury prediction and athlete health, sized in
money by sports-business analysts, league and federation reports, consultancies, brokers, national sports-industry
plans and provincial fitness plans, Japanese, Korean, Australian and European research houses. Distractors a careful
reader leaves out: attendance and viewers, tickets sold, members and subscribers, wearables shipped in units, a club's
own revenue, media-rights deals, transfer fees, prize money, a quarter's figures, the whole sports or fitness market
beside the AI part.

Snippets 1-20: AI in sports and fitness (analytics for clubs and leagues, computer-vision officiating and player
tracking, AI coaching in fitness apps and connected gym equipment, AI in betting risk and broadcast highlights, injury
prediction and athlete health). Eight English prose pieces (a dated wire press release, a broker note with a unit
change from US$ million to US$ billion, a news article setting a second research house's figure beside the first, a
Tokyo research house in yen and fiscal years, an earnings-call TAM with a range, a European association yearbook in
euros, a UK consultancy note with a revised figure and a carried-over CAGR, a Seoul research house using "last year"
and won), seven Chinese prose pieces (a provincial action plan with 力争 targets and 增长N倍, a news report quoting two
publishers with 万亿元 converted to 亿元, a Taipei white paper in 新台幣億元 with 今年, a Hong Kong report in 億港元 with a second
publisher, a broker note in 亿美元 with a price target and quarter, a Taiwan sports-agency plan, a provincial fitness
circular with 去年/今年 and 近), and five tables (markdown pipe with E columns and a rounding total, space-aligned euros
with the total row printed first, a tab-separated Chinese table with years as rows and a 同比 column holding a rate on a
superseded base, a tab-separated yen table with a share column, a Chinese pipe table of plan targets with a 合计 row and
a CAGR column). Distractors: report numbers and title years, ages, headcounts and counts of clubs, vendors and
respondents, survey percentages and participation rates, viewers, spectators, visits, members and subscribers, company
revenue, share targets, margins, price targets, P/E multiples, quarterly figures, media-rights deals, fund budgets,
won amounts, the whole sports, fitness or gambling market beside the AI part, second publishers' figures and
superseded figures.

Snippets 21-40: AI in sports and fitness (AI performance analytics and optical player tracking for clubs and leagues,
computer-vision officiating, AI coaching in fitness apps and connected gym equipment, AI risk and integrity tools for
sportsbooks, automated highlights for broadcasters, AI injury prediction and athlete health). Eight English prose
pieces (a sports-tech company's earnings call sizing its TAM, a research abstract with a part and its share, a
LinkedIn post naming a second publisher, investor-day slide bullets with a multiple and a second market's range, a
Japanese research house's release in yen on fiscal years, a news page with a correction that left its growth rate on
the wrong figure, a German research house's release revising its own earlier figure and switching scale, a Reddit
answer with Australian-dollar figures), seven Chinese prose pieces (a provincial action plan, a broker note, a
Taiwanese sports administration survey in TWD, a Hong Kong newspaper in HKD, a PTT post with an inconsistent CAGR, a
WeChat article with 增长3倍 and 今年/去年, a Xinhua wire on national statistics; three in Traditional Chinese), and five
tables (a markdown table by application with E/F columns and a total row that rounding moves, a tab-separated vertical
Korean table with a lone unit column and a YoY column, a Simplified Chinese space-aligned table with a share column, a
Traditional Chinese pipe table in TWD million with a growth column, a space-aligned European regional table with CAGR
and share columns). Distractors left out: companies' own revenue, bookings and share goals, quarter figures, price
targets and upside, attendance, viewers, members, users and subscribers, wearables and machines shipped in units,
clubs, leagues and firms counted, media-rights deals, betting handle and gross gaming revenue, the whole sports,
sports-tech or fitness market beside the AI part, shares given only in words, penetration rates and survey answers,
Australian-dollar amounts, a second publisher's figure for the same year, an earlier figure a correction or revision
replaces, report, table, document and issue numbers and title years. Two rates are inconsistent (a news story's YoY
left on the figure its correction withdrew; a PTT post's CAGR the amounts cannot give).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Wire press release (London, May 2025): YoY, stated-span CAGR, a segment share with part and whole.
    #    Nowhere: report number, title years 2025-2030, 412 clubs, 37 countries, 68% survey answer, age 46.
    dict(
        text=(
            "LONDON, 14 May 2025 /PRNewswire/ -- Halden Sports Intelligence today published \"AI in Sports 2025-2030\" "
            "(report HSI-2291), its fourth annual study of the sector. The global market for artificial intelligence in "
            "sports reached $1.84 billion in 2024, up 21% from $1.52 billion a year earlier, as clubs and leagues "
            "stepped up spending on performance analytics, player tracking and automated officiating. Performance "
            "analytics alone accounted for $0.71 billion, or 38.6% of the 2024 total. Halden forecasts the market will "
            "reach $5.36 billion by 2030, a compound annual growth rate (CAGR) of 19.5% over 2024-2030. The study draws "
            "on interviews with 412 clubs in 37 countries; 68% of respondents said they plan to raise AI budgets next "
            "season. \"Every top-flight club is now a data business,\" said managing director Claire Okafor, 46."
        ),
        obs=[
            ("Total", 2023, 1.52, "USD billion", "actual"),
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 5.36, "USD billion", "estimate"),
            ("Performance analytics", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.84 / 1.52) ** (1 / 1) - 1 = 21.05% -> 21
            ("cagr|implied", "exact"),  # (5.36 / 1.84) ** (1 / 6) - 1 = 19.51% -> 19.5
            ("arithmetic", "exact"),    # 0.71 / 1.84 = 38.59% -> 38.6
        ],
    ),
    # 2. Broker note (March 2025): series in US$ million, a later US$1.8 billion converted to 1800; a multiple; a
    #    CAGR that only rounding reaches. Nowhere: Q4 US$190m, company FY revenue, share target, margin, PT, upside.
    dict(
        text=(
            "Kestrel Securities | Asia-Pacific Equity Research | Sports Technology | 3 March 2025\n"
            "AI officiating & player tracking: the referee is now a camera\n"
            "We size the global market for computer-vision officiating and player tracking at US$640 million in 2024, "
            "2.1x the US$310 million it was worth in 2020. With football, cricket and tennis bodies moving from trials to "
            "full rollout of semi-automated offside and line-calling, we model the market at US$1.8 billion in 2029E, a "
            "24% CAGR over 2024-29E. Fourth-quarter 2024 contract awards alone came to US$190 million. Our top pick, "
            "Skyline Vision (SKV US, Buy, PT US$48, 31% upside), booked FY2024 revenue of US$212 million, is aiming for "
            "a 30% share of the market by 2027 and runs a 62% gross margin."
        ),
        obs=[
            ("Total", 2020, 310, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1800, "USD million", "estimate"),  # printed US$1.8 billion, series unit USD million
        ],
        claims=[
            ("multiple", 2.1, "multiple", 2020, 2024, 4.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1800 / 640) ** (1 / 5) - 1 = 22.98% -> 23, not 24; bounds with 1.75-1.85 bn and 639.5-640.5 m:
            # (1750 / 640.5) ** 0.2 - 1 = 22.27% .. (1850 / 639.5) ** 0.2 - 1 = 23.67% -> 24 reached at the top
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. News article (Sydney, Sept 2025) quoting two research houses: the first house's figures are the snippet's;
    #    its 31% contradicts its own amounts (typo). Nowhere: Vektor's US$2.1bn, the US$96bn fitness-club industry,
    #    4.1bn visits, 1.4m subscribers, third-quarter revenue.
    dict(
        text=(
            "Fitness tech's AI boom: two research houses, two numbers\n"
            "SYDNEY, 9 September 2025 - Artificial-intelligence coaching is the fastest-growing corner of the fitness "
            "business, according to Sydney research house Coastline Insights, which values the global market for AI "
            "coaching in fitness apps and connected gym equipment at US$2.35 billion in 2024, up 31 per cent on 2023's "
            "US$1.87 billion. Coastline expects spending to reach US$2.9 billion this year as gym chains retrofit "
            "treadmills and rowers with camera-based form correction. Berlin-based Vektor Research is more cautious, "
            "putting the 2024 market at US$2.1 billion. Both agree the sums are small beside the roughly US$96 billion "
            "global fitness-club industry, which logged 4.1 billion visits last year. Connected-equipment maker "
            "Pulsewave, which has 1.4 million paying subscribers, said third-quarter revenue rose to US$88 million."
        ),
        obs=[
            ("Total", 2023, 1.87, "USD billion", "actual"),
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2025, 2.9, "USD billion", "estimate"),  # "this year" of a 2025 dateline
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.35 / 1.87) ** (1 / 1) - 1 = 25.67%; bounds (2.345 / 1.875) - 1 = 25.07% .. (2.355 / 1.865) - 1 = 26.27%
            # -> 31 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Tokyo research house press release in yen, fiscal years; YoY reached only by rounding; stated-span average
    #    rate; a sport's share. Nowhere: April 2024-March 2025 bracket years, 186 companies surveyed.
    dict(
        text=(
            "TOKYO, 2 June 2025 - Kanda Market Research Co. said on Monday that Japan's domestic market for AI "
            "sports-analytics services - video tagging, tracking data and tactical analysis sold to professional "
            "clubs, universities and broadcasters - grew 14.2% year on year to \u00a538.6 billion in fiscal 2024 (April "
            "2024-March 2025), from \u00a533.9 billion in fiscal 2023. Baseball remained the biggest buyer at \u00a514.3 "
            "billion, or 37% of the total. The researcher projects the market will expand to \u00a561 billion in fiscal "
            "2028, an average annual growth rate of 12.1% between fiscal 2024 and fiscal 2028. The survey covered 186 "
            "companies between January and April, and values are based on vendors' sales."
        ),
        obs=[
            ("Total", 2023, 33.9, "JPY billion", "actual"),
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2028, 61, "JPY billion", "estimate"),
            ("Baseball", 2024, 14.3, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("cagr", 12.1, "percent", 2024, 2028, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (38.6 / 33.9) ** (1 / 1) - 1 = 13.86% -> 13.9, not 14.2; bounds (38.55 / 33.95) - 1 = 13.55% ..
            # (38.65 / 33.85) - 1 = 14.18% -> 14.2 reached at the top
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (61 / 38.6) ** (1 / 4) - 1 = 12.12% -> 12.1
            ("arithmetic", "exact"),    # 14.3 / 38.6 = 37.05% -> 37
        ],
    ),
    # 5. Earnings-call prepared remarks (Aug 2025): the TAM the company sizes is Total; a range for 2030 gives two
    #    value claims and no observation. Nowhere: quarterly revenue and its 38%, gross margin, 25% share goal,
    #    214 teams, 11 leagues.
    dict(
        text=(
            "Q2 FY2025 earnings call - prepared remarks, 7 August 2025\n"
            "CEO Dana Whitfield: \"Let me step back to the opportunity. We size the total addressable market for AI "
            "injury prediction and athlete-health monitoring at about $3.2 billion this year - roughly 2.5x where it "
            "stood in 2021, when we first sized it at around $1.3 billion. By 2030 we think the TAM lands somewhere "
            "between $7 billion and $8 billion as every professional and collegiate program adopts AI load management. "
            "As for us, second-quarter revenue was $41.7 million, up 38% year over year, gross margin was 71%, and we "
            "remain on track for our goal of a 25% share of that market by 2028. We now work with 214 teams across 11 "
            "leagues.\""
        ),
        obs=[
            ("Total", 2021, 1.3, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),  # "this year" on a 2025 call
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2025, 4.0),
            ("value", 7, "USD billion", 2030, 2030, None),
            ("value", 8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 6. Association yearbook in euros: YoY, "more than fivefold" as x5, two segments in prose, one share.
    #    Nowhere: yearbook year and page/table numbers, EUR 5.6bn media-rights deals, 2.1bn viewers.
    dict(
        text=(
            "European Sports Technology Association - Yearbook 2025, Chapter 4 (p. 62)\n"
            "4.3 AI in broadcasting and highlights\n"
            "European clubs, leagues and rights-holders spent \u20ac412 million on AI-driven broadcast production in "
            "2024 - automated camera work, real-time graphics and machine-cut highlights - 27% more than the \u20ac324 "
            "million spent in 2023 and more than fivefold the 2019 level. Automated highlight clipping made up \u20ac158 "
            "million of the 2024 total (38%), with AI commentary and translation a further \u20ac61 million. For "
            "context, the top five leagues' domestic media-rights deals are worth some \u20ac5.6 billion a season, and "
            "European football broadcasts drew an estimated 2.1 billion viewers in 2024. Table 4.7 (p. 71) breaks "
            "spending down by country."
        ),
        obs=[
            ("Total", 2023, 324, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Automated highlight clipping", 2024, 158, "EUR million", "actual"),
            ("AI commentary and translation", 2024, 61, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 324) ** (1 / 1) - 1 = 27.16% -> 27
            ("arithmetic", "exact"),    # 158 / 412 = 38.35% -> 38
        ],
    ),
    # 7. UK consultancy note (Feb 2025) in sterling: a revised 2024 figure (the superseded GBP 301m expected nowhere)
    #    and a CAGR carried over from the earlier edition that the new amounts contradict. Nowhere: 64% adoption
    #    (penetration), 118 firms surveyed, GBP 15.1bn gross gambling yield, 9% margin.
    dict(
        text=(
            "Harcourt & Lane | Insight note | 12 February 2025\n"
            "Betting integrity goes machine-first\n"
            "Our updated model puts the UK market for AI in sports-betting risk management - real-time trading models, "
            "bet-pattern anomaly detection and integrity monitoring sold to bookmakers and exchanges - at \u00a3286 "
            "million in 2024 (revised from \u00a3301 million in the previous edition, after we excluded in-house spend). "
            "We forecast \u00a3540 million in 2028, implying a 2024-28 CAGR of 19%. Adoption is broad: 64% of licensed "
            "operators now run at least one AI risk tool, according to our survey of 118 firms. The wider UK gambling "
            "industry's gross gambling yield was \u00a315.1 billion in the year to March 2024, and operators' average "
            "margin on sports books is about 9%."
        ),
        obs=[
            ("Total", 2024, 286, "GBP million", "actual"),
            ("Total", 2028, 540, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (540 / 286) ** (1 / 4) - 1 = 17.22%; bounds (539.5 / 286.5) ** 0.25 - 1 = 17.14% ..
            # (540.5 / 285.5) ** 0.25 - 1 = 17.30% -> 19 never reached (rate left over from the old edition)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Seoul research house (Jan 2026): "last year" = 2025; a multiple; a CAGR whose span only its amounts give.
    #    Nowhere: 45 billion won fund (won is no observation), 3.4 million spectators, 12th report, 57 vendors.
    dict(
        text=(
            "SEOUL, 20 January 2026 - Hanbit Research, a Seoul-based market research firm, said on Tuesday that the "
            "global market for AI scouting and recruitment platforms - software that ranks prospects from match video "
            "and tracking data - reached $1.18 billion last year, 2.4 times its size in 2021. The firm forecasts the "
            "market will grow about 13% a year to $2.2 billion in 2030. Separately, the sports ministry has set aside "
            "45 billion won for sports-tech start-ups this year, and the K League drew a record 3.4 million "
            "spectators in 2025. Hanbit's report, its 12th on sports technology, is based on interviews with 57 vendors."
        ),
        obs=[
            ("Total", 2025, 1.18, "USD billion", "actual"),
            ("Total", 2030, 2.2, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2021, 2025, 4.0),
            ("cagr", 13, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.2 / 1.18) ** (1 / 5) - 1 = 13.27% -> 13
        ],
    ),
    # 9. Provincial action plan (Simplified, March 2025): 力争 target is an estimate, the 2024 base actual; 增长1.4倍
    #    keeps 1.4; 年均增长 with span only from the amounts. Nowhere: plan years 2025—2027, 10 firms, 50 venues,
    #    the 5000亿元 whole sports industry, the 2亿元 annual fund.
    dict(
        text=(
            "2025年3月18日，省体育局、省工业和信息化厅联合印发《“人工智能+体育”产业高质量发展行动方案（2025—2027年）》"
            "（以下简称《方案》）。《方案》提出，到2027年，全省人工智能+体育产业规模力争达到300亿元，较2024年的126亿元"
            "增长1.4倍，年均增长33.5%；培育10家以上智能体育领军企业，建设50个AI智慧健身示范场馆，带动全省体育产业总规模"
            "突破5000亿元。《方案》明确，省级财政每年安排专项资金2亿元予以支持。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.4, "multiple", 2024, 2027, 3.0),
            ("cagr", 33.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 126) ** (1 / 3) - 1 = 33.53% -> 33.5
        ],
    ),
    # 10. News report (Simplified, July 2025) on a white paper, with a second publisher: 1.1万亿元 converted to the
    #     series' 亿元 (11000); YoY; share; stated-span CAGR. Nowhere: 智研观察's 3900亿元, the 3.6万亿元 whole
    #     sports industry, the 37.2% participation rate.
    dict(
        text=(
            "新华财经北京2025年7月8日电（记者 王琳）鼎衡咨询8日发布的《2025中国AI+体育产业发展白皮书》显示，2024年我国"
            "智能体育市场规模达到4318亿元，同比增长24.6%（2023年为3466亿元）。其中，AI健身指导（含智能健身镜、AI私教App"
            "等）市场规模为1536亿元，占比35.6%。白皮书预计，到2030年我国智能体育市场规模将超过1.1万亿元，2024—2030年"
            "复合增长率约16.9%。另据智研观察测算，2024年这一市场规模约为3900亿元。值得一提的是，2024年全国体育产业总规模"
            "已达3.6万亿元，经常参加体育锻炼人数比例达37.2%。"
        ),
        obs=[
            ("Total", 2023, 3466, "CNY 100 million", "actual"),
            ("Total", 2024, 4318, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),  # 超过1.1万亿元, at its printed figure
            ("AI健身指导", 2024, 1536, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 35.6, "percent", 2024, 2024, None),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4318 / 3466) ** (1 / 1) - 1 = 24.58% -> 24.6
            ("arithmetic", "exact"),    # 1536 / 4318 = 35.57% -> 35.6
            ("cagr|implied", "exact"),  # (11000 / 4318) ** (1 / 6) - 1 = 16.87% -> 16.9
        ],
    ),
    # 11. Taipei white-paper release (Traditional, April 2025) in 新台幣億元: YoY reached only by rounding; share;
    #     今年 = 2025 estimate. Nowhere: 今（22）日, the 5,800億元 sports industry, gym members, 354萬人次 attendance.
    dict(
        text=(
            "【台北訊】（2025年4月22日）台灣運動科技產業研究中心今（22）日發布《2025台灣運動科技產業白皮書》指出，"
            "2024年台灣AI運動科技市場規模達新台幣68.4億元，較2023年的55.2億元成長24.1%；其中，AI運動傷害預防與健康管理"
            "為新台幣19.6億元，占整體市場28.7%。研究中心預估，今年市場規模可望突破新台幣85億元。白皮書也提到，全台運動"
            "產業產值約新台幣5,800億元，健身房會員人數已逾百萬，中華職棒2024年進場觀眾達354萬人次。"
        ),
        obs=[
            ("Total", 2023, 55.2, "TWD 100 million", "actual"),
            ("Total", 2024, 68.4, "TWD 100 million", "actual"),
            ("Total", 2025, 85, "TWD 100 million", "estimate"),
            ("AI運動傷害預防與健康管理", 2024, 19.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("share", 28.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (68.4 / 55.2) ** (1 / 1) - 1 = 23.91% -> 23.9, not 24.1; bounds (68.35 / 55.25) - 1 = 23.71% ..
            # (68.45 / 55.15) - 1 = 24.12% -> 24.1 reached at the top
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 19.6 / 68.4 = 28.655% -> 28.7
        ],
    ),
    # 12. Hong Kong newspaper (Traditional, Oct 2025) in 億港元 with a second publisher: 增長2倍 keeps 2; stated-span
    #     CAGR. Nowhere: 信衡顧問's 11億港元, gym members, a chain's own revenue, the third quarter's 9%.
    dict(
        text=(
            "（香港經濟日報訊 2025年10月14日）本地研究機構恒峰研究最新發表的報告顯示，2024年香港AI健身市場（包括AI私人"
            "教練應用程式、智能健身器材及體態分析服務）規模約為12.6億港元，較2020年增長2倍。報告預計，市場規模今年將升至"
            "14.8億港元，2028年可達21億港元，2024至2028年複合年增長率約13.6%。不過，另一研究機構信衡顧問的估算較保守，"
            "認為2024年市場規模僅11億港元。報告又指，全港健身中心會員約45萬人，本地最大健身連鎖集團上年度收入為18.3億"
            "港元；今年第三季智能健身器材銷售額按年增長9%。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 14.8, "HKD 100 million", "estimate"),
            ("Total", 2028, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("cagr", 13.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21 / 12.6) ** (1 / 4) - 1 = 13.62% -> 13.6
        ],
    ),
    # 13. Broker deep-dive (Simplified, Nov 2025) in 亿美元: multiple 3.2 over 2021-2024; CAGR with span from the
    #     amounts only. Nowhere: target price, 28x P/E, a company's nine-month revenue and its 41%, the quarter's
    #     2.1亿元, the ~15亿美元 rights deal.
    dict(
        text=(
            "华岳证券 | 传媒行业深度报告 | 2025年11月3日\n"
            "AI重塑体育转播：从“看比赛”到“看集锦”\n"
            "核心观点：我们测算，2024年全球AI体育转播与智能集锦生成市场规模约为52亿美元，是2021年的3.2倍；随着各大联赛"
            "开放AI自动剪辑授权，预计2027年市场规模将达到98亿美元，年复合增速23.5%。公司层面，重点推荐星链传媒（目标价"
            "42.6元，对应2026年PE 28倍），其2025年前三季度营收9.8亿元，同比增长41%，第三季度单季AI集锦业务收入2.1亿元。"
            "风险提示：版权政策变化；海外赛事转播权（单一赛季约15亿美元）续约不及预期。"
        ),
        obs=[
            ("Total", 2024, 52, "USD 100 million", "actual"),
            ("Total", 2027, 98, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.2, "multiple", 2021, 2024, 3.0),
            ("cagr", 23.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (98 / 52) ** (1 / 3) - 1 = 23.52% -> 23.5
        ],
    ),
    # 14. Taiwan sports-agency plan (Traditional, May 2025): a 2028 target (estimate) against a 2024 base; 為…的2.3倍
    #     is x2.3; 年均成長約24% inferred. Nowhere: plan years 2025-2028, the 12億元 budget, 100 start-ups.
    dict(
        text=(
            "（2025年5月6日）教育部體育署日前公布《運動科技產業推動方案（2025－2028年）》，目標於2028年帶動國內AI運動賽事"
            "分析與轉播產值達新台幣150億元，為2024年新台幣64億元的2.3倍，年均成長約24%。方案四年編列預算新台幣12億元，"
            "將輔導100家運動科技新創，並推動職業運動聯盟導入AI判決輔助與自動轉播。"
        ),
        obs=[
            ("Total", 2024, 64, "TWD 100 million", "actual"),
            ("Total", 2028, 150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2028, 4.0),
            ("cagr", 24, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 64) ** (1 / 4) - 1 = 23.73% -> 24
        ],
    ),
    # 15. Provincial sports-bureau circular (Simplified, June 2025): 去年 = 2024 (actual, 近58 at its printed figure),
    #     今年 = 2025 estimate; YoY only rounding reaches; 增长2.5倍 keeps 2.5. Nowhere: the 3120亿元 whole sports
    #     industry, the first quarter's 12%, the 62.5% survey answer.
    dict(
        text=(
            "省体育局2025年6月通报：去年全省AI健身产业（智能健身器材、AI运动指导服务及线上智能课程）营业收入近58亿元，"
            "同比增长18.2%（2023年为49.1亿元），较2020年增长2.5倍；今年有望超过70亿元。同期全省体育产业总规模达到3120亿元，"
            "一季度全省健身器材出口额同比增长12%。抽样调查显示，62.5%的受访者使用过AI健身App。"
        ),
        obs=[
            ("Total", 2023, 49.1, "CNY 100 million", "actual"),
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (58 / 49.1) ** (1 / 1) - 1 = 18.13% -> 18.1, not 18.2; bounds (57.5 / 49.15) - 1 = 16.99% ..
            # (58.5 / 49.05) - 1 = 19.27% -> 18.2 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown pipe table (consultancy exhibit), years as columns with E columns and a Total row; 2026E total
    #     reached only by rounding. Nowhere: exhibit number, title years, 27 vendor interviews.
    dict(
        text=(
            "Exhibit 3: Global AI-in-sports market by segment, 2023-2026E (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Performance analytics | 512 | 618 | 744 | 889 |\n"
            "| Officiating & tracking | 284 | 341 | 415 | 502 |\n"
            "| Fan engagement & highlights | 233 | 297 | 372 | 468 |\n"
            "| Total | 1,029 | 1,256 | 1,531 | 1,860 |\n"
            "\n"
            "Note: E = estimate. Totals may not sum due to rounding. Source: Brightwater Partners analysis of company "
            "filings and 27 vendor interviews."
        ),
        obs=[
            ("Performance analytics", 2023, 512, "USD million", "actual"),
            ("Performance analytics", 2024, 618, "USD million", "actual"),
            ("Performance analytics", 2025, 744, "USD million", "estimate"),
            ("Performance analytics", 2026, 889, "USD million", "estimate"),
            ("Officiating & tracking", 2023, 284, "USD million", "actual"),
            ("Officiating & tracking", 2024, 341, "USD million", "actual"),
            ("Officiating & tracking", 2025, 415, "USD million", "estimate"),
            ("Officiating & tracking", 2026, 502, "USD million", "estimate"),
            ("Fan engagement & highlights", 2023, 233, "USD million", "actual"),
            ("Fan engagement & highlights", 2024, 297, "USD million", "actual"),
            ("Fan engagement & highlights", 2025, 372, "USD million", "estimate"),
            ("Fan engagement & highlights", 2026, 468, "USD million", "estimate"),
            ("Total", 2023, 1029, "USD million", "actual"),
            ("Total", 2024, 1256, "USD million", "actual"),
            ("Total", 2025, 1531, "USD million", "estimate"),
            ("Total", 2026, 1860, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 512 + 284 + 233 = 1029 = 1,029
            ("hierarchy", "exact"),     # 2024: 618 + 341 + 297 = 1256 = 1,256
            ("hierarchy", "exact"),     # 2025E: 744 + 415 + 372 = 1531 = 1,531
            # 2026E: 889 + 502 + 468 = 1859, not 1,860; bounds 1857.5 .. 1860.5 (each row +-0.5) -> 1,860 reached
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned table (European research house) in EUR million, F columns, the Total row printed first;
    #     a stated CAGR in the note. Nowhere: table number, 2026F (omitted), 64 makers interviewed, 3rd edition.
    dict(
        text=(
            "Table 2.4  European market for AI-enabled connected fitness equipment, by country (EUR million)\n"
            "\n"
            "                    2022     2023     2024    2025F    2027F\n"
            "Total              1,118    1,302    1,497    1,716    2,240\n"
            "Germany              301      352      405      466      612\n"
            "United Kingdom       276      318      362      411      528\n"
            "France               188      219      252      289      378\n"
            "Spain                 97      114      132      152      201\n"
            "Rest of Europe       256      299      346      398      521\n"
            "\n"
            "F = forecast; 2026F omitted for space. Market CAGR 2024-2027F: 14.4%. Based on interviews with 64 "
            "equipment makers and gym operators.\n"
            "Source: Ostrava Market Partners, European Connected Fitness Monitor, 3rd edition."
        ),
        obs=[
            ("Total", 2022, 1118, "EUR million", "actual"),
            ("Total", 2023, 1302, "EUR million", "actual"),
            ("Total", 2024, 1497, "EUR million", "actual"),
            ("Total", 2025, 1716, "EUR million", "estimate"),
            ("Total", 2027, 2240, "EUR million", "estimate"),
            ("Germany", 2022, 301, "EUR million", "actual"),
            ("Germany", 2023, 352, "EUR million", "actual"),
            ("Germany", 2024, 405, "EUR million", "actual"),
            ("Germany", 2025, 466, "EUR million", "estimate"),
            ("Germany", 2027, 612, "EUR million", "estimate"),
            ("United Kingdom", 2022, 276, "EUR million", "actual"),
            ("United Kingdom", 2023, 318, "EUR million", "actual"),
            ("United Kingdom", 2024, 362, "EUR million", "actual"),
            ("United Kingdom", 2025, 411, "EUR million", "estimate"),
            ("United Kingdom", 2027, 528, "EUR million", "estimate"),
            ("France", 2022, 188, "EUR million", "actual"),
            ("France", 2023, 219, "EUR million", "actual"),
            ("France", 2024, 252, "EUR million", "actual"),
            ("France", 2025, 289, "EUR million", "estimate"),
            ("France", 2027, 378, "EUR million", "estimate"),
            ("Spain", 2022, 97, "EUR million", "actual"),
            ("Spain", 2023, 114, "EUR million", "actual"),
            ("Spain", 2024, 132, "EUR million", "actual"),
            ("Spain", 2025, 152, "EUR million", "estimate"),
            ("Spain", 2027, 201, "EUR million", "estimate"),
            ("Rest of Europe", 2022, 256, "EUR million", "actual"),
            ("Rest of Europe", 2023, 299, "EUR million", "actual"),
            ("Rest of Europe", 2024, 346, "EUR million", "actual"),
            ("Rest of Europe", 2025, 398, "EUR million", "estimate"),
            ("Rest of Europe", 2027, 521, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 301 + 276 + 188 + 97 + 256 = 1118
            ("hierarchy", "exact"),     # 2023: 352 + 318 + 219 + 114 + 299 = 1302
            ("hierarchy", "exact"),     # 2024: 405 + 362 + 252 + 132 + 346 = 1497
            ("hierarchy", "exact"),     # 2025F: 466 + 411 + 289 + 152 + 398 = 1716
            ("hierarchy", "exact"),     # 2027F: 612 + 528 + 378 + 201 + 521 = 2240
            ("cagr|implied", "exact"),  # (2240 / 1497) ** (1 / 3) - 1 = 14.38% -> 14.4
        ],
    ),
    # 18. Tab-separated Chinese table with years as rows; the lone value column is headed by its unit only (亿元),
    #     so it is Total; a 同比 column gives YoY claims; the 2023 rate was left on the pre-revision 2022 base
    #     (62.0亿元, superseded, expected nowhere). Nowhere: table number, title years, source date.
    dict(
        text=(
            "表3  2020—2027年中国AI运动康复与伤病预测市场规模\n"
            "年份\t亿元\t同比增速\n"
            "2020\t38.2\t—\n"
            "2021\t51.6\t35.1%\n"
            "2022\t63.9\t23.8%\n"
            "2023\t82.4\t32.9%\n"
            "2024\t109.7\t33.1%\n"
            "2025E\t138.5\t26.3%\n"
            "2026E\t171.0\t23.5%\n"
            "2027E\t207.3\t21.2%\n"
            "注：E为预测值。2022年数据经修订（原值62.0亿元），2023年增速沿用修订前口径。资料来源：睿体研究院，2025年9月。"
        ),
        obs=[
            ("Total", 2020, 38.2, "CNY 100 million", "actual"),
            ("Total", 2021, 51.6, "CNY 100 million", "actual"),
            ("Total", 2022, 63.9, "CNY 100 million", "actual"),
            ("Total", 2023, 82.4, "CNY 100 million", "actual"),
            ("Total", 2024, 109.7, "CNY 100 million", "actual"),
            ("Total", 2025, 138.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 171.0, "CNY 100 million", "estimate"),
            ("Total", 2027, 207.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.1, "percent", 2020, 2021, 1.0),
            ("growth", 23.8, "percent", 2021, 2022, 1.0),
            ("growth", 32.9, "percent", 2022, 2023, 1.0),
            ("growth", 33.1, "percent", 2023, 2024, 1.0),
            ("growth", 26.3, "percent", 2024, 2025, 1.0),
            ("growth", 23.5, "percent", 2025, 2026, 1.0),
            ("growth", 21.2, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (51.6 / 38.2) ** (1 / 1) - 1 = 35.08% -> 35.1
            ("cagr|implied", "exact"),  # (63.9 / 51.6) - 1 = 23.84% -> 23.8
            # (82.4 / 63.9) - 1 = 28.95%; bounds (82.35 / 63.95) - 1 = 28.77% .. (82.45 / 63.85) - 1 = 29.13%
            # -> 32.9 never reached (it is 82.4 / 62.0 - 1, the superseded base)
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (109.7 / 82.4) - 1 = 33.13% -> 33.1
            ("cagr|implied", "exact"),  # (138.5 / 109.7) - 1 = 26.25% -> 26.3
            ("cagr|implied", "exact"),  # (171.0 / 138.5) - 1 = 23.47% -> 23.5
            ("cagr|implied", "exact"),  # (207.3 / 171.0) - 1 = 21.23% -> 21.2
        ],
    ),
    # 19. Tab-separated table (Tokyo broker) in yen billion, fiscal-year columns with E, a Total row and a share
    #     column (the Total's 100.0% is no claim). Nowhere: 12 leagues, n=43 vendors.
    dict(
        text=(
            "Japan: AI player-tracking and performance-analysis systems market by sport (Unit: \u00a5 billion)\n"
            "\tFY2022\tFY2023\tFY2024\tFY2025E\tFY2027E\tShare FY2024\n"
            "Baseball\t9.8\t11.9\t14.3\t16.6\t21.5\t41.9%\n"
            "Football\t6.1\t7.4\t9.0\t10.7\t14.2\t26.4%\n"
            "Basketball\t2.3\t3.1\t4.2\t5.4\t8.1\t12.3%\n"
            "Other sports\t4.4\t5.3\t6.6\t7.9\t11.0\t19.4%\n"
            "Total\t22.6\t27.7\t34.1\t40.6\t54.8\t100.0%\n"
            "Note: Fiscal years begin in April. E = Sakura Capital Research estimates. Covers 12 professional leagues; "
            "vendor sample n=43."
        ),
        obs=[
            ("Baseball", 2022, 9.8, "JPY billion", "actual"),
            ("Baseball", 2023, 11.9, "JPY billion", "actual"),
            ("Baseball", 2024, 14.3, "JPY billion", "actual"),
            ("Baseball", 2025, 16.6, "JPY billion", "estimate"),
            ("Baseball", 2027, 21.5, "JPY billion", "estimate"),
            ("Football", 2022, 6.1, "JPY billion", "actual"),
            ("Football", 2023, 7.4, "JPY billion", "actual"),
            ("Football", 2024, 9.0, "JPY billion", "actual"),
            ("Football", 2025, 10.7, "JPY billion", "estimate"),
            ("Football", 2027, 14.2, "JPY billion", "estimate"),
            ("Basketball", 2022, 2.3, "JPY billion", "actual"),
            ("Basketball", 2023, 3.1, "JPY billion", "actual"),
            ("Basketball", 2024, 4.2, "JPY billion", "actual"),
            ("Basketball", 2025, 5.4, "JPY billion", "estimate"),
            ("Basketball", 2027, 8.1, "JPY billion", "estimate"),
            ("Other sports", 2022, 4.4, "JPY billion", "actual"),
            ("Other sports", 2023, 5.3, "JPY billion", "actual"),
            ("Other sports", 2024, 6.6, "JPY billion", "actual"),
            ("Other sports", 2025, 7.9, "JPY billion", "estimate"),
            ("Other sports", 2027, 11.0, "JPY billion", "estimate"),
            ("Total", 2022, 22.6, "JPY billion", "actual"),
            ("Total", 2023, 27.7, "JPY billion", "actual"),
            ("Total", 2024, 34.1, "JPY billion", "actual"),
            ("Total", 2025, 40.6, "JPY billion", "estimate"),
            ("Total", 2027, 54.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 41.9, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
            ("share", 19.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # FY2022: 9.8 + 6.1 + 2.3 + 4.4 = 22.6
            ("hierarchy", "exact"),   # FY2023: 11.9 + 7.4 + 3.1 + 5.3 = 27.7
            ("hierarchy", "exact"),   # FY2024: 14.3 + 9.0 + 4.2 + 6.6 = 34.1
            ("hierarchy", "exact"),   # FY2025E: 16.6 + 10.7 + 5.4 + 7.9 = 40.6
            ("hierarchy", "exact"),   # FY2027E: 21.5 + 14.2 + 8.1 + 11.0 = 54.8
            ("arithmetic", "exact"),  # 14.3 / 34.1 = 41.94% -> 41.9
            ("arithmetic", "exact"),  # 9.0 / 34.1 = 26.39% -> 26.4
            ("arithmetic", "exact"),  # 4.2 / 34.1 = 12.32% -> 12.3
            ("arithmetic", "exact"),  # 6.6 / 34.1 = 19.35% -> 19.4
        ],
    ),
    # 20. Chinese markdown pipe table of provincial plan targets (亿元): 2024 actual, 预计 and 目标 columns estimates,
    #     a 合计 row (its label as printed) and a CAGR column whose span the header prints. Nowhere: table number,
    #     the 3,812亿元 whole sports industry in the note.
    dict(
        text=(
            "表5　全省智能健身与AI体育重点领域发展目标（单位：亿元）\n"
            "\n"
            "| 领域 | 2024年 | 2025年（预计） | 2027年（目标） | 2024—2027年均增速 |\n"
            "|---|---|---|---|---|\n"
            "| 智能健身器材 | 42.6 | 51.3 | 74.0 | 20.2% |\n"
            "| AI运动指导服务 | 18.9 | 24.7 | 39.5 | 27.9% |\n"
            "| 赛事AI分析与转播 | 11.2 | 14.5 | 23.0 | 27.1% |\n"
            "| 合计 | 72.7 | 90.5 | 136.5 | 23.4% |\n"
            "\n"
            "注：2024年为统计快报数，2025年为预计数，2027年为《全民健身智能化发展规划》目标值。同期全省体育产业总规模为"
            "3,812亿元，不在本表统计范围。"
        ),
        obs=[
            ("智能健身器材", 2024, 42.6, "CNY 100 million", "actual"),
            ("智能健身器材", 2025, 51.3, "CNY 100 million", "estimate"),
            ("智能健身器材", 2027, 74.0, "CNY 100 million", "estimate"),
            ("AI运动指导服务", 2024, 18.9, "CNY 100 million", "actual"),
            ("AI运动指导服务", 2025, 24.7, "CNY 100 million", "estimate"),
            ("AI运动指导服务", 2027, 39.5, "CNY 100 million", "estimate"),
            ("赛事AI分析与转播", 2024, 11.2, "CNY 100 million", "actual"),
            ("赛事AI分析与转播", 2025, 14.5, "CNY 100 million", "estimate"),
            ("赛事AI分析与转播", 2027, 23.0, "CNY 100 million", "estimate"),
            ("合计", 2024, 72.7, "CNY 100 million", "actual"),
            ("合计", 2025, 90.5, "CNY 100 million", "estimate"),
            ("合计", 2027, 136.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 27.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 42.6 + 18.9 + 11.2 = 72.7
            ("hierarchy", "exact"),     # 2025: 51.3 + 24.7 + 14.5 = 90.5
            ("hierarchy", "exact"),     # 2027: 74.0 + 39.5 + 23.0 = 136.5
            ("cagr|implied", "exact"),  # (74.0 / 42.6) ** (1 / 3) - 1 = 20.21% -> 20.2
            ("cagr|implied", "exact"),  # (39.5 / 18.9) ** (1 / 3) - 1 = 27.85% -> 27.9
            ("cagr|implied", "exact"),  # (23.0 / 11.2) ** (1 / 3) - 1 = 27.11% -> 27.1
            ("cagr|implied", "exact"),  # (136.5 / 72.7) ** (1 / 3) - 1 = 23.37% -> 23.4
        ],
    ),
    # 21. Earnings-call excerpt (27 Feb 2025): the TAM the CEO sizes is the Total; "last year" = 2024 (actual), "this
    # year" = 2025 (estimate, "about" kept at its printed figure). Fiscal 2024 and Q4 revenue, the 1,450 clubs and 38
    # leagues, 9.6 million tracked minutes and the "quarter of that market" ambition are expected nowhere.
    dict(
        text=(
            "Q4 and full-year fiscal 2024 results call - 27 February 2025 (edited transcript, excerpt)\n"
            "CFO: Total revenue for fiscal 2024 was $286 million, up 31%, and the fourth quarter contributed $81 "
            "million of that.\n"
            "CEO: Thanks. Before questions, a word on the opportunity. We size the total addressable market for AI "
            "performance analytics and optical player tracking - clubs, leagues and federations, from academy level "
            "up - at about $4.1 billion this year, up roughly 21% from $3.4 billion last year. Looking out to 2030, we "
            "put it at $10.2 billion, which is something like 20% a year compounded. We ended the year with 1,450 "
            "clubs in 38 leagues and processed 9.6 million minutes of match footage, and over time we think a "
            "quarter of that market is a reasonable aspiration for us."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.1, "USD billion", "estimate"),
            ("Total", 2030, 10.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 3.4) ** (1 / 1) - 1 = 20.59% -> 21
            ("cagr|period", "exact"),   # (10.2 / 4.1) ** (1 / 5) - 1 = 19.99% -> 20
        ],
    ),
    # 22. Research abstract (2025): the market and a part with its share; a stated CAGR (2024-2032) that the
    # rounded 2032 figure reaches only at its upper bound. 2,310 athlete-seasons, 11 leagues, AUC 0.81, "23% fewer"
    # injuries (no share), the journal's volume/issue/pages are expected nowhere.
    dict(
        text=(
            "Abstract\n"
            "Background: Professional clubs now buy machine-learning tools that flag athletes at elevated risk of "
            "soft-tissue injury, but the size of this market has not been measured. Methods: We combined vendor "
            "disclosures, procurement records and interviews, and validated one commercial model on 2,310 "
            "athlete-seasons from 11 leagues (AUC 0.81). Results: We estimate the global market for AI-based injury "
            "prediction and athlete health monitoring at USD 1.18 billion in 2024, of which professional team sports "
            "accounted for USD 0.47 billion (39.8%). Clubs that used such a tool for a full season recorded 23% fewer "
            "time-loss injuries than matched controls. On current adoption curves the market would reach USD 3.9 "
            "billion by 2032, a compound annual growth rate of 16.3% over 2024-2032. "
            "(Int. J. Sports Sci. Technol. 2025; 19(3): 211-229)"
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Professional team sports", 2024, 0.47, "USD billion", "actual"),
            ("Total", 2032, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 39.8, "percent", 2024, 2024, None),
            ("cagr", 16.3, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.47 / 1.18 = 39.83% -> 39.8
            # (3.9 / 1.18) ** (1 / 8) - 1 = 16.12% -> 16.1, not 16.3; bounds (3.85 / 1.185) ** (1/8) - 1 = 15.87%
            # .. (3.95 / 1.175) ** (1/8) - 1 = 16.36%, which reaches 16.3 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post (14 May 2024): the first publisher's base, "this year" estimate and 2028 target with a
    # stated CAGR (2023-28); Kinetiq's 2023 figure (second publisher, same year) is expected nowhere, as are app
    # downloads, subscribers, the 38% survey answer, a start-up's ARR and 537 million wearables shipped.
    dict(
        text=(
            "Maya Lindqvist \u00b7 Head of Growth, FitLoop \u00b7 14 May 2024\n"
            "Everyone keeps asking me how big \"AI coaching\" in fitness really is, so here's my go-to number. "
            "\U0001F447\n\n"
            "Stridewell Research sizes AI-personalised coaching inside fitness apps and connected equipment at $2.9B "
            "in 2023. Their estimate for this year is $3.5B, and they have it at $7.4B in 2028 - a 20.6% CAGR over "
            "2023-28.\n\n"
            "(Kinetiq Insights puts 2023 at $4.2B, but they fold in plain workout-tracking subscriptions, which "
            "isn't really AI coaching.)\n\n"
            "For context: our app crossed 1.3M downloads last month, 38% of users in our survey said they'd pay more "
            "for adaptive plans, and we just passed $6M ARR. Meanwhile 537 million wearables shipped worldwide last "
            "year. The hardware is there - the coaching layer is the opportunity.\n\n"
            "#AI #fitnesstech #connectedfitness"
        ),
        obs=[
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2024, 3.5, "USD billion", "estimate"),
            ("Total", 2028, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.4 / 2.9) ** (1 / 5) - 1 = 20.61% -> 20.6
        ],
    ),
    # 24. Investor-day slide bullets (19 Nov 2024): the officiating-and-tracking TAM is the Total; 2024E and 2027E
    # are estimates; "3x" over 2022-2027E a multiple; a stated CAGR; Football a part with its share. The second
    # market (automated highlights) gives a range: two value claims, no observation. Venues, leagues, the company's
    # 2024E revenue and the 20% share target are expected nowhere.
    dict(
        text=(
            "INVESTOR DAY 2024 | 19 November 2024 | Slide 7 - Why now\n"
            "\u2022 Officiating & tracking TAM: $2.1B (2022) \u2192 $6.3B (2027E) - 3x in five years\n"
            "\u2022 24.6% CAGR 2022-27E, driven by semi-automated offside, ball-in/out and player tracking\n"
            "\u2022 Football: $1.5B of the $3.6B 2024E TAM (42%)\n"
            "\u2022 Adjacent: automated highlights & broadcast AI, $1.2-1.5B by 2027E\n"
            "\u2022 Installed in 400+ venues across 60 leagues; FY2024E revenue ~$190M\n"
            "\u2022 Ambition: 20% share of TAM by 2027"
        ),
        obs=[
            ("Total", 2022, 2.1, "USD billion", "actual"),
            ("Total", 2024, 3.6, "USD billion", "estimate"),
            ("Football", 2024, 1.5, "USD billion", "estimate"),
            ("Total", 2027, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2022, 2027, 5.0),
            ("cagr", 24.6, "percent", 2022, 2027, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
            ("value", 1.2, "USD billion", 2027, 2027, None),  # range, low end (second market)
            ("value", 1.5, "USD billion", 2027, 2027, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 2.1) ** (1 / 5) - 1 = 24.57% -> 24.6
            ("arithmetic", "exact"),    # 1.5 / 3.6 = 41.67% -> 42
        ],
    ),
    # 25. Japanese research house's English release (Tokyo, 18 Mar 2025), yen on fiscal years: FY2023 actual;
    # FY2024 (not yet closed, "projected") and FY2028 estimates; Team sports a part with its share. The YoY rate
    # reaches its printed value only at the bounds. The 214 firms surveyed, the ¥302 billion sports-tech market,
    # J.League attendance and the report's title year are expected nowhere.
    dict(
        text=(
            "TOKYO, March 18, 2025 - Seiran Research Institute today released the results of its survey of the "
            "domestic market for AI sports analytics and coaching solutions (2025 edition).\n"
            "Based on interviews with 214 vendors, clubs and facility operators, the market for fiscal 2024 (April "
            "2024 to March 2025) is projected at \u00a518.4 billion, up 27.3% from \u00a514.5 billion in fiscal 2023. "
            "Team sports accounted for \u00a57.9 billion, or 42.9%, as professional baseball and J.League clubs "
            "extended tracking and video analysis to their farm and youth teams. J.League matches drew a record "
            "12.5 million spectators in 2024. The institute forecasts the market at \u00a541.0 billion in fiscal 2028, "
            "a CAGR of 22.2% over fiscal 2024-2028. For reference, it sizes the overall domestic sports-technology "
            "market at \u00a5302 billion."
        ),
        obs=[
            ("Total", 2023, 14.5, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "estimate"),
            ("Team sports", 2024, 7.9, "JPY billion", "estimate"),
            ("Total", 2028, 41.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("share", 42.9, "percent", 2024, 2024, None),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 18.4 / 14.5 - 1 = 26.90% -> 26.9, not 27.3; bounds 18.35 / 14.55 - 1 = 26.12% .. 18.45 / 14.45 - 1
            # = 27.68%, which reaches 27.3 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 7.9 / 18.4 = 42.93% -> 42.9
            ("cagr|implied", "exact"),  # (41.0 / 18.4) ** (1 / 4) - 1 = 22.18% -> 22.2
        ],
    ),
    # 26. News web page with a correction (9 Sep 2024, corrected 10 Sep): the corrected 2023 figure ($1.6B) is the
    # figure; the withdrawn $1.9B is expected nowhere. The story's "up 73%" was computed on the withdrawn figure and
    # left unchanged - deliberately inconsistent with the printed amounts. Betting handle, a sportsbook's Q2 revenue,
    # flagged bets and the 30 operators are expected nowhere.
    dict(
        text=(
            "Sportsbooks lean on AI to spot sharp bettors and match-fixing\n"
            "By Dana Whitcombe | September 9, 2024 | Updated September 10, 2024\n"
            "Spending by sportsbooks on AI-driven risk, trading and integrity tools reached $1.6 billion in 2023, "
            "up 73% from $1.1 billion in 2022, according to Linebreak Analytics, which expects the segment to reach "
            "$4.4 billion by 2028. The tools price in-play markets, limit accounts that look professional and flag "
            "suspicious patterns: one integrity provider said its models flagged 2.3 million bets last season across "
            "the 30 operators it serves. Americans wagered $121 billion legally on sports in 2023, and one large "
            "operator reported second-quarter revenue of $1.1 billion.\n"
            "Correction, Sept. 10, 2024: An earlier version of this article misstated Linebreak Analytics' estimate "
            "of 2023 spending. It was $1.6 billion, not $1.9 billion."
        ),
        obs=[
            ("Total", 2022, 1.1, "USD billion", "actual"),
            ("Total", 2023, 1.6, "USD billion", "actual"),
            ("Total", 2028, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 73, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 1.6 / 1.1 - 1 = 45.45%, not 73; bounds 1.55 / 1.15 - 1 = 34.78% .. 1.65 / 1.05 - 1 = 57.14%, none
            # reaches 73 (it was 1.9 / 1.1 - 1 = 72.7% on the withdrawn figure) -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. German research house's release (Munich, 12 Mar 2025), EUR: "last year" = 2024; its own earlier €590
    # million for 2024 is revised away (nowhere); the series' unit is EUR million, so €1.52 billion for 2029 is
    # expected as 1520 EUR million. Commercial clubs a part with its share. Gym members, the €33.4 billion fitness
    # market, 63,000 clubs, 215,000 machines shipped and a Q4 figure are expected nowhere.
    dict(
        text=(
            "Munich, 12 March 2025 - Europe's gyms are buying machines that coach. According to the new edition of "
            "the Alpenblick Marktforschung study, the European market for AI-enabled connected gym equipment - "
            "strength trainers that set the load themselves, treadmills and bikes with adaptive programmes - was "
            "worth \u20ac640 million last year, revised up from the \u20ac590 million the institute published in its "
            "spring 2024 edition. Commercial clubs took \u20ac410 million of it, or 64%, home users the rest. "
            "Alpenblick expects sales to reach \u20ac1.52 billion in 2029, a compound annual growth rate of 18.9% "
            "between 2024 and 2029. Some 215,000 such machines were installed in 2024, about 58,000 of them in the "
            "fourth quarter alone. The wider European fitness market, with 71.6 million members in roughly 63,000 "
            "clubs, generated \u20ac33.4 billion."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Commercial clubs", 2024, 410, "EUR million", "actual"),
            ("Total", 2029, 1520, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 64, "percent", 2024, 2024, None),
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 410 / 640 = 64.06% -> 64
            ("cagr|implied", "exact"),  # (1520 / 640) ** (1 / 5) - 1 = 18.89% -> 18.9
        ],
    ),
    # 28. Reddit answer (3 Aug 2024), Australian: the first publisher's global figures; the series starts in USD
    # million, so "about $3.7 billion" for 2030 is expected as 3700 USD million (approximate, at its printed figure);
    # "~4.5x" over 2023-2030 a multiple; "~24% a year" a CAGR whose span only the amounts give. The A$ figures
    # (no observation), the rights deal, AFL viewers and a Q2 number are expected nowhere.
    dict(
        text=(
            "r/sportsbusiness \u00b7 Re: Who actually pays for AI highlight clipping? (3 Aug 2024)\n"
            "Broadcasters and leagues, mostly. Oceanic Sport Insights had the global market for AI-generated "
            "highlights and automated production at $820 million in 2023 and reckons it'll be about $3.7 billion by "
            "2030 - so ~4.5x, or ~24% a year. Their Australian cut is A$260 million by 2030, but I'd take that with a "
            "grain of salt. Context for the Aussies here: the AFL's rights deal is A$4.5bn over seven years and the "
            "grand final pulled 3.1 million metro and regional viewers, so clubs and networks have plenty of content "
            "to clip. One of the clipping start-ups said Q2 was its best quarter ever at A$9 million, for what "
            "that's worth."
        ),
        obs=[
            ("Total", 2023, 820, "USD million", "actual"),
            ("Total", 2030, 3700, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2023, 2030, 7.0),
            ("cagr", 24, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3700 / 820) ** (1 / 7) - 1 = 24.02% -> 24
        ],
    ),
    # 29. Provincial action plan (Simplified, April 2025): 2024 base actual; 突破300亿元 by 2027 a target
    # (estimate, at its printed figure); 年均增长17%以上 over 2024-2027 a stated CAGR. The document number, plan
    # title years, the 5,900亿元 sports industry, 1,200 smart fitness stations, 30 firms and the 41% exercise rate
    # are expected nowhere.
    dict(
        text=(
            "江苏省人民政府办公厅关于印发《江苏省“人工智能+体育”行动方案（2025—2027年）》的通知\n"
            "苏政办发〔2025〕18号\n"
            "……（二）发展基础。2024年，全省体育产业总规模约5900亿元，其中人工智能赛事分析、智能健身、智慧场馆等"
            "“人工智能+体育”相关产业规模达到186亿元，累计建成智能健身驿站1200个，经常参加体育锻炼人数比例达41%。\n"
            "（三）主要目标。到2027年，培育30家以上具有核心竞争力的智能体育企业，“人工智能+体育”相关产业规模力争"
            "突破300亿元，2024—2027年年均增长17%以上。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 186) ** (1 / 3) - 1 = 17.27% -> 17
        ],
    ),
    # 30. Broker note (Simplified, March 2025): 2023/2024 actual, 2027 a forecast (预计); YoY and a stated CAGR;
    # 视觉判罚系统 a part with its share. The covered company's revenue, the 目标价 and its upside, the rating,
    # 观赛人次 and the report number are expected nowhere.
    dict(
        text=(
            "【证券研究报告·行业深度】AI+体育：从“看比赛”到“算比赛”  2025年3月12日\n"
            "核心观点：我们测算，2024年我国AI体育赛事分析与判罚市场规模为31.2亿元，同比增长32.2%（2023年为23.6亿元），"
            "其中视觉判罚系统11.4亿元，占比36.5%。随着职业联赛全面引入半自动越位识别和球员追踪，预计2027年市场规模"
            "将达到68亿元，2024-2027年CAGR为29.7%。2024年全国职业联赛现场观赛人次超过3,100万。重点推荐公司2024年"
            "营业收入4.3亿元，同比增长41%，给予目标价38.5元，较现价有27%上涨空间，维持“买入”评级。\n"
            "（报告编号：HY-2025-0312）"
        ),
        obs=[
            ("Total", 2023, 23.6, "CNY 100 million", "actual"),
            ("Total", 2024, 31.2, "CNY 100 million", "actual"),
            ("视觉判罚系统", 2024, 11.4, "CNY 100 million", "actual"),
            ("Total", 2027, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.2, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
            ("cagr", 29.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.2 / 23.6 - 1 = 32.20% -> 32.2
            ("arithmetic", "exact"),    # 11.4 / 31.2 = 36.54% -> 36.5
            ("cagr|implied", "exact"),  # (68 / 31.2) ** (1 / 3) - 1 = 29.65% -> 29.7
        ],
    ),
    # 31. Taiwanese sports administration survey (Traditional, June 2025), TWD 億元: 2023/2024 actual; 智慧健身器材 a part with
    # its share; the 2026 goal (力拚…突破) an estimate at its printed figure. The survey's title year, 312 firms,
    # the 35.2% regular-exercise rate and the 4,270億元 sports industry are expected nowhere.
    dict(
        text=(
            "【中央社臺北2025年6月18日電】教育部體育署今（18）日公布《2025運動科技產業調查報告》。調查312家業者後推估，2024年臺灣AI運動科技產值達新台幣"
            "62.4億元，較2023年的48.7億元成長28.1%；其中智慧健身器材27.4億元，占43.9%，為最大宗，其次為運動數據分析"
            "與智慧裁判系統。同期全國運動產業總產值約4,270億元，規律運動人口比例為35.2%。體育署表示，將持續推動"
            "場館智慧化與選手健康監測，力拚2026年AI運動科技產值突破新台幣100億元。"
        ),
        obs=[
            ("Total", 2023, 48.7, "TWD 100 million", "actual"),
            ("Total", 2024, 62.4, "TWD 100 million", "actual"),
            ("智慧健身器材", 2024, 27.4, "TWD 100 million", "actual"),
            ("Total", 2026, 100, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("share", 43.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 62.4 / 48.7 - 1 = 28.13% -> 28.1
            ("arithmetic", "exact"),    # 27.4 / 62.4 = 43.91% -> 43.9
        ],
    ),
    # 32. Hong Kong newspaper (Traditional, 4 Mar 2025), HKD 億港元: 去年 = 2024 actual; 今年 (2025) an estimate;
    # 2028 a forecast; a YoY rate the rounded 2023 base reaches only at its bounds; a stated CAGR. Members, a listed
    # gym chain's revenue, a Q4 figure and the whole 95億港元 fitness market are expected nowhere.
    dict(
        text=(
            "2025年3月4日  經濟版\n【本報訊】AI私人教練走進本港健身房。市場研究機構港研智庫昨日發表報告指，本港AI健身市場（包括AI教練應用程式"
            "及連網健身器材）去年規模達4.86億港元，較2023年的3.9億港元增長26%，今年可望達5.9億港元；報告預測2028年"
            "市場規模將增至9.1億港元，2024至2028年年均複合增長約17%。目前本港健身中心會員約38萬人，整體健身市場規模"
            "約95億港元。另一邊廂，某上市健身集團去年收入12.6億港元，第四季收入按年增長9%。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 5.9, "HKD 100 million", "estimate"),
            ("Total", 2028, 9.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 4.86 / 3.9 - 1 = 24.62% -> 25, not 26; bounds 4.855 / 3.95 - 1 = 22.91% .. 4.865 / 3.85 - 1 = 26.36%,
            # which reaches 26 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (9.1 / 4.86) ** (1 / 4) - 1 = 16.98% -> 17
        ],
    ),
    # 33. PTT post (Traditional, 8 Jul 2024), USD 億美元: 約28億 in 2023 (actual, at its printed figure); 明年 = 2025
    # (estimate); 2030 (上看, estimate). The stated 23.5% CAGR over 2023-2030 cannot come from 28 and 96 -
    # deliberately inconsistent. CPBL attendance, a rights fee, push counts and the poster's ID are expected nowhere.
    dict(
        text=(
            "作者 bullpen_ace (牛棚王牌)  看板 Baseball\n"
            "標題 [閒聊] AI球員追蹤跟轉播到底多大的市場？\n"
            "時間 Mon Jul  8 21:14:03 2024\n"
            "看到中職今年進場人次破紀錄（上半季就超過180萬），順便查了一下AI追蹤跟自動轉播這塊。\n"
            "外電引用的研調數字：全球AI球員追蹤與賽事轉播市場2023年約28億美元，明年會到38億美元左右，"
            "2030年上看96億美元，報告寫2023-2030年年複合成長率23.5%。\n"
            "但我自己拿計算機按一下好像沒那麼高？有沒有懂的大大解釋一下\n"
            "另外聽說某電視台三年轉播權利金砸了5億台幣，這錢應該不算在裡面吧\n"
            "--\n"
            "推 curveball99: 成長率應該是用別的基期算的吧 07/08 21:20"
        ),
        obs=[
            ("Total", 2023, 28, "USD 100 million", "actual"),
            ("Total", 2025, 38, "USD 100 million", "estimate"),
            ("Total", 2030, 96, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (96 / 28) ** (1 / 7) - 1 = 19.25%, not 23.5; bounds (95.5 / 28.5) ** (1/7) - 1 = 18.86% ..
            # (96.5 / 27.5) ** (1/7) - 1 = 19.64%, none reaches 23.5 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. WeChat article (Simplified, 18 Feb 2025): 去年 = 2024 (约, actual), 较2021年增长3倍 a multiple kept at 3
    # (no verdict); 今年 = 2025 (有望突破, estimate); 2027 (预计, estimate). Users, wristbands shipped, a brand's
    # revenue, 约占四成 (share in words) and the 8.6% penetration rate are expected nowhere.
    dict(
        text=(
            "AI私教来了，健身房会被取代吗？｜运动商业观察  2025-02-18\n"
            "过去三年，AI健身几乎是“从0到1”的速度。据艾动研究统计，去年中国AI智能健身市场规模约为152亿元，较2021年的38亿元"
            "增长3倍；今年有望突破190亿元，预计2027年将达到约300亿元。其中，AI私教应用约占四成。用户端，AI健身用户规模已达"
            "1.2亿人，但在全部健身人群中的渗透率仅8.6%；硬件端，去年智能手环出货量约4300万台。头部品牌去年营收21亿元，"
            "同比增长18%。"
        ),
        obs=[
            ("Total", 2021, 38, "CNY 100 million", "actual"),
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2025, 190, "CNY 100 million", "estimate"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长3倍 keeps its printed 3
        ],
        verdicts=[],
    ),
    # 35. Xinhua wire (Simplified, 20 May 2025) on national statistics: the AI-related part of the sports
    # industry is the market (Total); 智能健身 a part with its share. The 3.9万亿元 sports industry, its 1.4万亿元
    # value added and 1.1% of GDP, 484万个 venues and 5.4亿 regular exercisers are expected nowhere.
    dict(
        text=(
            "新华社北京5月20日电（记者 林晓）国家体育总局、国家统计局20日联合发布数据显示，2024年全国体育产业总规模约"
            "3.9万亿元，增加值1.4万亿元，占国内生产总值的比重为1.1%。其中，体育与人工智能融合相关产业规模为412亿元，"
            "比上年的339亿元增长21.5%；分领域看，智能健身176亿元，占42.7%，赛事智能分析、智慧场馆运营等紧随其后。"
            "截至2024年底，全国体育场地达484万个，经常参加体育锻炼人数约5.4亿人。"
        ),
        obs=[
            ("Total", 2023, 339, "CNY 100 million", "actual"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("智能健身", 2024, 176, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 42.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 339 - 1 = 21.53% -> 21.5
            ("arithmetic", "exact"),    # 176 / 412 = 42.72% -> 42.7
        ],
    ),
    # 36. Markdown table, years as columns with E/F (April 2025), USD million from the title line: each row label is
    # an item, the Total row too; the note's CAGR is stated. The 2025E total is two above its rows' sum. Exhibit
    # number, title years, note numbers and the USD 31.4 billion sports-technology market are expected nowhere.
    dict(
        text=(
            "Exhibit 3: Global AI in sports, by application, 2023-2028F (USD million)\n"
            "Source: Halden & Price Sports Advisory, April 2025\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Performance analytics & player tracking | 1,843 | 2,262 | 2,741 | 4,655 |\n"
            "| Computer-vision officiating | 608 | 757 | 932 | 1,618 |\n"
            "| AI coaching (apps & connected equipment) | 1,317 | 1,709 | 2,168 | 4,083 |\n"
            "| Betting risk & integrity | 879 | 1,094 | 1,331 | 2,306 |\n"
            "| Injury prediction & athlete health | 426 | 538 | 671 | 1,187 |\n"
            "| Total | 5,073 | 6,360 | 7,845 | 13,849 |\n"
            "Notes: 1. Totals are computed before rounding. 2. CAGR 2024-2028F (Total): 21.5%. 3. The sports "
            "technology market as a whole was USD 31.4 billion in 2024."
        ),
        obs=[
            ("Performance analytics & player tracking", 2023, 1843, "USD million", "actual"),
            ("Performance analytics & player tracking", 2024, 2262, "USD million", "actual"),
            ("Performance analytics & player tracking", 2025, 2741, "USD million", "estimate"),
            ("Performance analytics & player tracking", 2028, 4655, "USD million", "estimate"),
            ("Computer-vision officiating", 2023, 608, "USD million", "actual"),
            ("Computer-vision officiating", 2024, 757, "USD million", "actual"),
            ("Computer-vision officiating", 2025, 932, "USD million", "estimate"),
            ("Computer-vision officiating", 2028, 1618, "USD million", "estimate"),
            ("AI coaching (apps & connected equipment)", 2023, 1317, "USD million", "actual"),
            ("AI coaching (apps & connected equipment)", 2024, 1709, "USD million", "actual"),
            ("AI coaching (apps & connected equipment)", 2025, 2168, "USD million", "estimate"),
            ("AI coaching (apps & connected equipment)", 2028, 4083, "USD million", "estimate"),
            ("Betting risk & integrity", 2023, 879, "USD million", "actual"),
            ("Betting risk & integrity", 2024, 1094, "USD million", "actual"),
            ("Betting risk & integrity", 2025, 1331, "USD million", "estimate"),
            ("Betting risk & integrity", 2028, 2306, "USD million", "estimate"),
            ("Injury prediction & athlete health", 2023, 426, "USD million", "actual"),
            ("Injury prediction & athlete health", 2024, 538, "USD million", "actual"),
            ("Injury prediction & athlete health", 2025, 671, "USD million", "estimate"),
            ("Injury prediction & athlete health", 2028, 1187, "USD million", "estimate"),
            ("Total", 2023, 5073, "USD million", "actual"),
            ("Total", 2024, 6360, "USD million", "actual"),
            ("Total", 2025, 7845, "USD million", "estimate"),
            ("Total", 2028, 13849, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13849 / 6360) ** (1 / 4) - 1 = 21.48% -> 21.5
            ("hierarchy", "exact"),     # 2023: 1843 + 608 + 1317 + 879 + 426 = 5073
            ("hierarchy", "exact"),     # 2024: 2262 + 757 + 1709 + 1094 + 538 = 6360
            # 2025E: 2741 + 932 + 2168 + 1331 + 671 = 7843 vs 7845; rows at +0.5 each give up to 7845.5 and the
            # total may be as low as 7844.5 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2028F: 4655 + 1618 + 4083 + 2306 + 1187 = 13849
        ],
    ),
    # 37. Tab-separated vertical table, years as rows (May 2025): the lone value column is headed by its unit only,
    # so it is the Total; 2025F an estimate; each YoY cell a growth claim with period 1. The 2023 YoY is reached only
    # at the bounds. The table number, the Q1 2025 figure, the KRW note and the won amount are expected nowhere.
    dict(
        text=(
            "Table 2-4. Korea: AI sports analytics and broadcast automation market\n"
            "Year\tUSD million\tYoY (%)\n"
            "2020\t41.2\t-\n"
            "2021\t52.8\t28.2\n"
            "2022\t66.9\t26.7\n"
            "2023\t84.5\t26.5\n"
            "2024\t104.6\t23.8\n"
            "2025F\t127.9\t22.3\n"
            "Source: Hanbit Sports Analytics Lab (Seoul), May 2025. YoY computed on unrounded data. Q1 2025 "
            "sales were USD 29.6 million. The KBO's domestic broadcast rights alone are worth KRW 54 billion a year."
        ),
        obs=[
            ("Total", 2020, 41.2, "USD million", "actual"),
            ("Total", 2021, 52.8, "USD million", "actual"),
            ("Total", 2022, 66.9, "USD million", "actual"),
            ("Total", 2023, 84.5, "USD million", "actual"),
            ("Total", 2024, 104.6, "USD million", "actual"),
            ("Total", 2025, 127.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.2, "percent", 2020, 2021, 1.0),
            ("growth", 26.7, "percent", 2021, 2022, 1.0),
            ("growth", 26.5, "percent", 2022, 2023, 1.0),
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.8 / 41.2 - 1 = 28.16% -> 28.2
            ("cagr|implied", "exact"),  # 66.9 / 52.8 - 1 = 26.70% -> 26.7
            # 84.5 / 66.9 - 1 = 26.31% -> 26.3, not 26.5; bounds 84.45 / 66.95 - 1 = 26.14% .. 84.55 / 66.85 - 1
            # = 26.48%, which reaches 26.5 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 104.6 / 84.5 - 1 = 23.79% -> 23.8
            ("cagr|implied", "exact"),  # 127.9 / 104.6 - 1 = 22.28% -> 22.3
        ],
    ),
    # 38. Simplified Chinese space-aligned table with a share column (2024, published 2025): each row label an
    # item, 合计 too; each share of its printed part and whole gets an arithmetic verdict (one reached only at the
    # bounds); the 100.0% total is no claim. The table number, white paper's title year, the 3,150亿元 fitness
    # market and 1.1亿 users are expected nowhere.
    dict(
        text=(
            "表3  2024年中国AI健身市场细分结构\n"
            "单位：亿元\n"
            "细分领域            规模      占比\n"
            "AI私教应用          58.6     34.7%\n"
            "智能健身镜          31.2     18.5%\n"
            "连网力量训练器      27.9     16.6%\n"
            "智能单车与跑步机    36.4     21.6%\n"
            "其他                14.6      8.7%\n"
            "合计               168.7    100.0%\n"
            "资料来源：运动科技研究院《2025中国智能健身产业白皮书》。注：占比按未经四舍五入的数据计算；同期我国健身市场"
            "总规模约3150亿元，AI健身用户约1.1亿人。"
        ),
        obs=[
            ("AI私教应用", 2024, 58.6, "CNY 100 million", "actual"),
            ("智能健身镜", 2024, 31.2, "CNY 100 million", "actual"),
            ("连网力量训练器", 2024, 27.9, "CNY 100 million", "actual"),
            ("智能单车与跑步机", 2024, 36.4, "CNY 100 million", "actual"),
            ("其他", 2024, 14.6, "CNY 100 million", "actual"),
            ("合计", 2024, 168.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 34.7, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 58.6 / 168.7 = 34.74% -> 34.7
            ("arithmetic", "exact"),    # 31.2 / 168.7 = 18.49% -> 18.5
            # 27.9 / 168.7 = 16.54% -> 16.5, not 16.6; bounds 27.85 / 168.75 = 16.50% .. 27.95 / 168.65 = 16.57%,
            # which reaches 16.6 -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),    # 36.4 / 168.7 = 21.58% -> 21.6
            ("arithmetic", "exact"),    # 14.6 / 168.7 = 8.65% -> 8.7
            ("hierarchy", "exact"),     # 58.6 + 31.2 + 27.9 + 36.4 + 14.6 = 168.7
        ],
    ),
    # 39. Traditional Chinese pipe table in 新台幣百萬元 (TWD million), years as columns with a (F) column and a
    # 2024 growth column (August 2025): each row label an item, 合計 too; each growth cell a YoY claim 2023->2024.
    # The table number and the 7,600億元 sports industry in the note are expected nowhere.
    dict(
        text=(
            "表2 臺灣AI運動科技產值\n"
            "單位：新台幣百萬元\n"
            "| 項目 | 2023年 | 2024年 | 2025年(F) | 2024年成長率 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| 運動數據分析 | 1,486 | 1,902 | 2,380 | 28.0% |\n"
            "| 智慧裁判與賽事影像 | 612 | 835 | 1,064 | 36.4% |\n"
            "| AI健身教練與器材 | 2,075 | 2,618 | 3,217 | 26.2% |\n"
            "| 運動傷害預測與健康管理 | 398 | 527 | 702 | 32.4% |\n"
            "| 合計 | 4,571 | 5,882 | 7,363 | 28.7% |\n"
            "註：2025年為預估值。資料來源：財團法人運動科技發展中心（2025年8月）。同期運動產業整體產值約新台幣7,600億元。"
        ),
        obs=[
            ("運動數據分析", 2023, 1486, "TWD million", "actual"),
            ("運動數據分析", 2024, 1902, "TWD million", "actual"),
            ("運動數據分析", 2025, 2380, "TWD million", "estimate"),
            ("智慧裁判與賽事影像", 2023, 612, "TWD million", "actual"),
            ("智慧裁判與賽事影像", 2024, 835, "TWD million", "actual"),
            ("智慧裁判與賽事影像", 2025, 1064, "TWD million", "estimate"),
            ("AI健身教練與器材", 2023, 2075, "TWD million", "actual"),
            ("AI健身教練與器材", 2024, 2618, "TWD million", "actual"),
            ("AI健身教練與器材", 2025, 3217, "TWD million", "estimate"),
            ("運動傷害預測與健康管理", 2023, 398, "TWD million", "actual"),
            ("運動傷害預測與健康管理", 2024, 527, "TWD million", "actual"),
            ("運動傷害預測與健康管理", 2025, 702, "TWD million", "estimate"),
            ("合計", 2023, 4571, "TWD million", "actual"),
            ("合計", 2024, 5882, "TWD million", "actual"),
            ("合計", 2025, 7363, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1902 / 1486 - 1 = 27.99% -> 28.0
            ("cagr|implied", "exact"),  # 835 / 612 - 1 = 36.44% -> 36.4
            ("cagr|implied", "exact"),  # 2618 / 2075 - 1 = 26.17% -> 26.2
            ("cagr|implied", "exact"),  # 527 / 398 - 1 = 32.41% -> 32.4
            ("cagr|implied", "exact"),  # 5882 / 4571 - 1 = 28.68% -> 28.7
            ("hierarchy", "exact"),     # 2023: 1486 + 612 + 2075 + 398 = 4571
            ("hierarchy", "exact"),     # 2024: 1902 + 835 + 2618 + 527 = 5882
            ("hierarchy", "exact"),     # 2025(F): 2380 + 1064 + 3217 + 702 = 7363
        ],
    ),
    # 40. Space-aligned English table by region (Amsterdam, January 2025), EUR million, with a CAGR column (span in
    # its header: stated) and a 2024 share column: each region an item, the Total row too; 2029F estimates; the
    # 100.0% total is no claim. Gross gaming revenue, the operator count and the report number in the note are
    # expected nowhere.
    dict(
        text=(
            "AI risk, trading and integrity tools for sportsbooks, by region\n"
            "EUR million\n"
            "Region              2024    2029F   CAGR 24-29F   Share 2024\n"
            "Europe               412    1,018        19.8%        43.1%\n"
            "North America        338    1,006        24.4%        35.4%\n"
            "Asia-Pacific         121      348        23.5%        12.7%\n"
            "Rest of world         85      209        19.7%         8.9%\n"
            "Total                956    2,581        22.0%       100.0%\n"
            "Source: Oranje Gaming Research, report OGR-25/02, Amsterdam, January 2025. Vendor revenue only; "
            "excludes operators' in-house teams. For scale, European online sports betting GGR was EUR 18.7 billion "
            "in 2024 across 389 licensed operators."
        ),
        obs=[
            ("Europe", 2024, 412, "EUR million", "actual"),
            ("Europe", 2029, 1018, "EUR million", "estimate"),
            ("North America", 2024, 338, "EUR million", "actual"),
            ("North America", 2029, 1006, "EUR million", "estimate"),
            ("Asia-Pacific", 2024, 121, "EUR million", "actual"),
            ("Asia-Pacific", 2029, 348, "EUR million", "estimate"),
            ("Rest of world", 2024, 85, "EUR million", "actual"),
            ("Rest of world", 2029, 209, "EUR million", "estimate"),
            ("Total", 2024, 956, "EUR million", "actual"),
            ("Total", 2029, 2581, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
            ("share", 43.1, "percent", 2024, 2024, None),
            ("share", 35.4, "percent", 2024, 2024, None),
            ("share", 12.7, "percent", 2024, 2024, None),
            ("share", 8.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1018 / 412) ** (1 / 5) - 1 = 19.83% -> 19.8
            ("cagr|implied", "exact"),  # (1006 / 338) ** (1 / 5) - 1 = 24.38% -> 24.4
            ("cagr|implied", "exact"),  # (348 / 121) ** (1 / 5) - 1 = 23.53% -> 23.5
            ("cagr|implied", "exact"),  # (209 / 85) ** (1 / 5) - 1 = 19.71% -> 19.7
            ("cagr|implied", "exact"),  # (2581 / 956) ** (1 / 5) - 1 = 21.97% -> 22.0
            ("arithmetic", "exact"),    # 412 / 956 = 43.10% -> 43.1
            ("arithmetic", "exact"),    # 338 / 956 = 35.36% -> 35.4
            ("arithmetic", "exact"),    # 121 / 956 = 12.66% -> 12.7
            ("arithmetic", "exact"),    # 85 / 956 = 8.89% -> 8.9
            ("hierarchy", "exact"),     # 2024: 412 + 338 + 121 + 85 = 956
            ("hierarchy", "exact"),     # 2029F: 1018 + 1006 + 348 + 209 = 2581
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 11, 'exact': 99}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 14 May 2025 /PRNewswire/',
    'up 21% from $1.52 billion a year earlier',
    '2.1x the US$310 million it was worth in 2020',
    'US$1.8 billion in 2029E, a 24% CAGR over 2024-29E',
    'Berlin-based Vektor Research is more cautious',
    'US$2.9 billion this year',
    'in fiscal 2024 (April 2024-March 2025)',
    'total addressable market',
    'somewhere between $7 billion and $8 billion',
    'more than fivefold the 2019 level',
    '(revised from £301 million in the previous edition',
    'reached $1.18 billion last year',
    '45 billion won',
    '力争达到300亿元，较2024年的126亿元增长1.4倍',
    '将超过1.1万亿元',
    '另据智研观察测算',
    '成長24.1%',
    '較2020年增長2倍',
    '為2024年新台幣64億元的2.3倍',
    '去年全省AI健身产业',
    '| Total | 1,029 | 1,256 | 1,531 | 1,860 |',
    'Total              1,118',
    '年份\t亿元\t同比增速',
    '2022年数据经修订（原值62.0亿元）',
    '\tFY2022\tFY2023\tFY2024\tFY2025E\tFY2027E\tShare FY2024',
    '| 合计 | 72.7 | 90.5 | 136.5 | 23.4% |',
    'at about $4.1 billion this year, up roughly 21% from $3.4 billion last year',
    'something like 20% a year compounded',
    'of which professional team sports accounted for USD 0.47 billion (39.8%)',
    'a compound annual growth rate of 16.3% over 2024-2032',
    '(Kinetiq Insights puts 2023 at $4.2B',
    '$2.1B (2022) → $6.3B (2027E) - 3x in five years',
    '$1.2-1.5B by 2027E',
    'the market for fiscal 2024 (April 2024 to March 2025) is projected at ¥18.4 billion',
    'It was $1.6 billion, not $1.9 billion.',
    'revised up from the €590 million',
    '€1.52 billion in 2029',
    'so ~4.5x, or ~24% a year',
    'Their Australian cut is A$260 million by 2030',
    '力争突破300亿元，2024—2027年年均增长17%以上',
    '同比增长32.2%（2023年为23.6亿元）',
    '给予目标价38.5元，较现价有27%上涨空间',
    '力拚2026年AI運動科技產值突破新台幣100億元',
    '去年規模達4.86億港元，較2023年的3.9億港元增長26%',
    '明年會到38億美元左右',
    '较2021年的38亿元增长3倍',
    '其中，AI私教应用约占四成',
    'Year\tUSD million\tYoY (%)',
    '| 合計 | 4,571 | 5,882 | 7,363 | 28.7% |',
    'Region              2024    2029F   CAGR 24-29F   Share 2024',
)
LAYOUT = (40, 12, 13, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 262
#: figures, 67 rates, 109 verdicts and 4 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-eighth, -sixtieth and -sixty-second sets: 270, 73, 112 and 0
FLOORS = {"figures_found": 270, "rates_found": 73, "verdicts_right": 112}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset156.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
