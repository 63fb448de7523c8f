"""A two-hundred-and-twenty-fourth check set for the extractor, written blind: AI in dating apps and matchmaking: AI match-
ranking and compatibility scoring, AI profile and photo coaching, AI chat assistants and safety screening (scam and
fake-profile detection), AI for matchmaking agencies and marriage bureaus, AI in social-discovery and friendship apps;
sized in money by dating-industry bodies, consumer-internet trackers, brokers, consultancies, research houses and app
companies' investor days, in the United States, Canada, the United Kingdom, Germany, France, Sweden, Brazil (reais only
as an aside), India (rupees only as an aside), Japan, South Korea (won only as an aside), Singapore, mainland China,
Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: the whole online-dating market beside the AI part, numbers of users, matches, swipes or paying subscribers,
a monthly subscription price, an app's own revenue or margin, a funding round and valuation, a quarter's figures, a
survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in dating apps and matchmaking: eight English prose texts (an Austin
wire release on U.S. dating-app AI with a YoY and a printed-span CAGR, a London broker note in fiscal years and pounds
whose CAGR span only its amounts' years give, a Berlin briefing with a total and three segments with shares, a Paris
article quoting two research houses, a Dallas investor-day TAM for AI dating and relationship coaching, a Tokyo
marriage-support strategy in yen with last-year/this-year figures and a 2030 target, a correction notice on Southeast
Asian safety screening with a US-dollar range, a Brazilian blog post with 'nearly 3x'), seven Chinese prose texts (a
Shanghai industry report with 同比增长, a part's share and a CAGR, a Zhejiang plan with 力争到 and 增长3倍, a Xinhua story on
social-discovery apps quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story on marriage agencies in
億港元, a CNA story with 去年/今年, a broker deep-dive on AI matchmakers with a 2027 range) and five tables (markdown with a
CAGR column, tab-separated with a 合计 row, space-aligned Korean table with shares, a vertical Indian table of years with
YoY, a tab-separated Swedish segment table with a Total row). Left out: whole online-dating markets beside the AI part,
counts of users, matches, swipes, paying subscribers, agencies and marriages, monthly and membership prices, funding
rounds and valuations, quarter figures, survey answers, apps' own revenue, margins, ratings and targets, won, rupee,
real and Singapore-dollar amounts, a second house's or institute's figure, a correction's wrong range. Inconsistent: the
Paris 26.5% CAGR, the Hong Kong 約27% CAGR, the Indian 2023 YoY and the Swedish 2024 Total. Only by rounding: the London
CAGR, the Berlin chat-assistant share, the Zhejiang 30.8% YoY, the Taiwan 25.8% CAGR, the broker 35.9% YoY, the profile-
coaching row's CAGR, the 2024年 合计 and the Korean safety share.

Snippets 21-40: Twenty snippets on AI in dating apps and matchmaking, numbered 21-40: eight English prose pieces (a US
earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date, a Chicago working-paper
abstract on US match-ranking spend whose 2022 and 2023 figures in billions are converted to the series' millions, a
numbered social-media thread on AI safety screening with a reais aside, a Berlin web article on AI photo coaching with a
correction line, a Japanese annual-report letter in yen, Stockholm investor-day slide bullets, a forum answer quoting
two research houses on Canada, and a Korean broker note in won that gives claims but no observations), seven Chinese
prose pieces (a Xinhua-style release, a Hangzhou plan, a Taipei research release, a Hong Kong association report in 億港元,
a PTT post whose title figure yields to the body's, a broker abstract with a 2026 range, a results-briefing transcript)
and five tables (markdown pounds with a CAGR column, tab-separated yen with a YoY column, space-aligned US dollars with
a share column, a vertical table of years headed by its unit only, a Traditional Chinese table in 新台幣百萬元 with a 合計 row).
Left out everywhere: the whole online-dating market beside the AI part, users, members, subscribers, dates and matches,
monthly prices, apps' own revenue, margins, dividends and share targets, a quarter's figures, survey percentages,
fractions in words, rupee, real and won amounts, a second house's figure and a corrected misprint. Inconsistent: the
thread's 27% CAGR, the Hong Kong report's 29% growth, the French table's 2023 YoY and the Taiwan table's 2025 合計.
Holding only by rounding: the working paper's 33.8% CAGR, the slides' 20% 2025E-2030E CAGR, the forum's 19.6% CAGR, the
briefing's 30% growth, the chat-assistant CAGR in the UK table, the safety-screening YoY in the yen table, the chat-
assistant share in the Singapore table and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Austin wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 1,250 leaders surveyed, the $3.4 billion Americans spent on online dating
    #    overall, the $29.99 monthly price, the 61% survey answer.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- U.S. dating and matchmaking apps spent $418 million on AI "
            "features, from match-ranking and compatibility scoring to AI chat assistants and romance-scam screening, "
            "in 2024, up 31% from $319 million in 2023, according to the 2025 Dating Tech Spend Report released today "
            "by Lonestar Consumer Insights. The Austin research firm, which surveyed 1,250 product and trust-and-safety "
            "leaders, forecasts spending of $1.46 billion by 2030, a compound annual growth rate of 23.2% over "
            "2024-2030. The AI layer is still a small part of the roughly $3.4 billion Americans spent on online dating "
            "overall last year. A typical premium tier now costs $29.99 a month, and 61% of singles polled said they "
            "would welcome an AI wingman that drafts the first message."
        ),
        obs=[
            ("Total", 2023, 319, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2030, 1460, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 319) ** (1 / 1) - 1 = 31.03% -> 31
            ("cagr|implied", "exact"),  # (1460 / 418) ** (1 / 6) - 1 = 23.18% -> 23.2
        ],
    ),
    # 2. London broker sector note in fiscal years and pounds (GBP million): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 21%" where the amounts give 21.58%. Expected nowhere: the dateline, the
    #    £420m UK online-dating market, the 2.1 million paying subscribers, the £24.99 monthly price, the covered
    #    company's revenue, growth, margin, target price and upside.
    dict(
        text=(
            "UK CONSUMER INTERNET - Sector note - London, 3 June 2025\n"
            "Swipe smarter. We size the UK market for AI in dating apps, meaning compatibility scoring, photo and "
            "profile coaching, chat assistants and fake-profile screening, at \u00a396m in FY2024 (year to March) and "
            "forecast \u00a3255m by FY2029e, a CAGR of about 21%. That is a sliver of the \u00a3420m Britons spent on "
            "dating subscriptions last year, but it is where the product roadmaps are. Our preferred play, Heartline "
            "Group plc (BUY, TP 420p, 31% upside), grew FY2024 revenue 14% to \u00a358.3m at a 26% EBITDA margin, has "
            "2.1 million paying subscribers and charges about \u00a324.99 a month for its top tier."
        ),
        obs=[
            ("Total", 2024, 96, "GBP million", "actual"),
            ("Total", 2029, 255, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (255 / 96) ** (1 / 5) - 1 = 21.58% -> 22, not 21; bounds (254.5 / 96.5) ** (1/5) - 1 = 21.40%,
            # (255.5 / 95.5) ** (1/5) - 1 = 21.75% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Berlin research briefing: a total in EUR million and three segments with shares (the chat-assistant share
    #    of 30% holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR million.
    #    Expected nowhere: the 35 operators interviewed, the €280 million spent on dating subscriptions overall, the
    #    8.6 million monthly users.
    dict(
        text=(
            "BERLIN, 24 September 2025 - Dating and matchmaking platforms serving Germany spent \u20ac146 million on AI "
            "tools in 2024, a briefing from the Spree Institute for Digital Society finds. Match-ranking and "
            "compatibility scoring took the largest slice, \u20ac58 million or about 40%, followed by AI chat "
            "assistants and conversation starters at \u20ac43 million (30%). Scam and fake-profile screening came to "
            "\u20ac24 million, some 16% of the total. The institute, which interviewed 35 platform operators, expects "
            "spending to reach \u20ac0.39 billion in 2029. Germans spent about \u20ac280 million on dating "
            "subscriptions overall last year, and 8.6 million people opened a dating app at least once a month."
        ),
        obs=[
            ("Total", 2024, 146, "EUR million", "actual"),
            ("Match-ranking and compatibility scoring", 2024, 58, "EUR million", "actual"),
            ("AI chat assistants and conversation starters", 2024, 43, "EUR million", "actual"),
            ("Scam and fake-profile screening", 2024, 24, "EUR million", "actual"),
            ("Total", 2029, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 30, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58 / 146 = 39.73% -> 40
            # 43 / 146 = 29.45% -> 29, not 30; bounds 42.5 / 146.5 = 29.01%, 43.5 / 145.5 = 29.90% -> 30 reached
            # only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 24 / 146 = 16.44% -> 16
        ],
    ),
    # 4. Paris article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 36%" holds, its 26.5% CAGR is inconsistent. Expected nowhere: Observatoire Rive Gauche's €81 million for
    #    2024, the 2.3 million French users, the €19.99 monthly price, the 54% survey answer.
    dict(
        text=(
            "PARIS, 5 November 2025 - French dating apps spent \u20ac68 million on AI in 2024, from photo and profile "
            "coaching to compatibility scoring and AI icebreakers, up 36% from \u20ac50 million in 2023, according to "
            "Lut\u00e8ce Num\u00e9rique Conseil. The Paris firm expects the market to reach \u20ac190 million by 2029, "
            "a compound annual growth rate of 26.5% over 2024-2029. Rival house Observatoire Rive Gauche puts the 2024 "
            "market higher, at \u20ac81 million, because it counts AI features sold inside general social apps. Some "
            "2.3 million French people now use an app with an AI coach, premium plans cost about \u20ac19.99 a month, "
            "and 54% of users surveyed said they distrust AI-written profiles."
        ),
        obs=[
            ("Total", 2023, 50, "EUR million", "actual"),
            ("Total", 2024, 68, "EUR million", "actual"),
            ("Total", 2029, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("cagr", 26.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68 / 50) ** (1 / 1) - 1 = 36.00% -> 36
            # (190 / 68) ** (1 / 5) - 1 = 22.81%, not 26.5; bounds (189.5 / 68.5) ** (1/5) - 1 = 22.57%,
            # (190.5 / 67.5) ** (1/5) - 1 = 23.06% -> 26.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Dallas): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly a 19% CAGR" over a printed span. Expected nowhere: the company's revenue and
    #    adjusted EBITDA margin, its 4.3 million paying subscribers, its 20% share goal, the fourth quarter's revenue.
    dict(
        text=(
            "Kindred Labs Investor Day, Dallas, May 20, 2025 - transcript excerpt. Marcus Ellery, chief executive: "
            "\"Let me frame the opportunity. The total addressable market for AI dating and relationship coaching, "
            "meaning compatibility scoring, profile and photo coaching, AI date planning and conversation assistants, "
            "was $5.6 billion in 2024, and we think it reaches $15.8 billion by 2030. That's roughly a 19% CAGR from "
            "2024 to 2030. We did $1.12 billion of revenue last year at a 34% adjusted EBITDA margin, we have 4.3 "
            "million paying subscribers, and we want a 20% share of that market by 2030. Fourth-quarter revenue was "
            "$296 million.\""
        ),
        obs=[
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2030, 15.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 5.6) ** (1 / 6) - 1 = 18.87% -> 19
        ],
    ),
    # 6. Tokyo metropolitan marriage-support strategy (yen, JPY billion): "last year" is 2024 (actual), "this year"
    #    2025 (an estimate), a 2030 target (an estimate). Expected nowhere: the ¥380 million budget for the city's
    #    own AI matchmaking service, its 11,000 users and ¥11,000 two-year fee, the 27% survey answer, the ages.
    dict(
        text=(
            "TOKYO, February 14, 2025 - Tokyo's new marriage and partnership support strategy, released today by the "
            "metropolitan government, estimates that marriage agencies, matchmaking bureaus and dating apps in Japan "
            "spent \u00a514.5 billion on AI matching, compatibility scoring and identity-verification tools last year, "
            "and expects \u00a518.2 billion this year, a rise of 26%. The strategy sets a target of \u00a542 billion "
            "by 2030. It budgets \u00a5380 million for the metropolitan government's own AI matchmaking service, which "
            "signed up some 11,000 users in its first months and charges \u00a511,000 for two years of membership, and "
            "cites a survey in which 27% of single residents aged 20 to 39 said they had used a dating app."
        ),
        obs=[
            ("Total", 2024, 14.5, "JPY billion", "actual"),
            ("Total", 2025, 18.2, "JPY billion", "estimate"),
            ("Total", 2030, 42, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.2 / 14.5) ** (1 / 1) - 1 = 25.52% -> 26
        ],
    ),
    # 7. Correction notice on a Southeast Asian safety-screening story (US dollars): the 2030 range gives two value
    #    claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    US$580-650 million, the S$35.8 million of romance-scam losses (a currency the table does not hold, and no
    #    market), the 2.4 million fake profiles removed; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 2 July 2025: An earlier version of this article misstated the 2030 forecast. Merlion Digital "
            "Research expects the region's market to reach US$380 million to US$450 million in 2030, not US$580 "
            "million to US$650 million.\n"
            "Southeast Asia's market for AI safety screening on dating and social-discovery apps, from fake-profile "
            "and romance-scam detection to selfie and ID verification, was worth US$126 million in 2024, according to "
            "Merlion Digital Research, a Singapore firm. It expects the market to reach US$380 million to US$450 "
            "million in 2030 as regulators press apps to curb romance scams. Victims in Singapore lost some S$35.8 "
            "million to such scams last year, and apps in the region removed about 2.4 million fake profiles."
        ),
        obs=[
            ("Total", 2024, 126, "USD million", "actual"),
        ],
        claims=[
            ("value", 380, "USD million", 2030, 2030, None),
            ("value", 450, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Brazilian dating-industry blog post (US dollars): "nearly 3x" between 2022 and 2024 is a multiple x3 over 2
    #    years (no verdict). Expected nowhere: the R$340 million (reais, an aside), the US$390 million online-dating
    #    market overall, the R$39.90 monthly price, the start-up's funding round and valuation, the first quarter's
    #    22% rise in swipes, the 15 million users.
    dict(
        text=(
            "Amor & Algoritmo, a dating-industry blog, August 4, 2025 - Your wingman is a model now. Brazilian dating "
            "and friendship apps spent US$22 million on AI profile and photo coaching and chat assistants in 2022; by "
            "2024 that spending was nearly 3x as large, at US$63 million (roughly R$340 million), according to the "
            "S\u00e3o Paulo consultancy Paulista Insights. The whole Brazilian online-dating market is still far "
            "bigger, at some US$390 million. A premium plan costs about R$39.90 a month, and the Recife start-up "
            "Xod\u00f3 raised US$12 million in April at a US$80 million valuation. In the first quarter of 2025, "
            "swipes on AI-coached profiles rose 22%, across some 15 million active users."
        ),
        obs=[
            ("Total", 2022, 22, "USD million", "actual"),
            ("Total", 2024, 63, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Shanghai industry report (Simplified): 同比增长 with both amounts, a part (AI智能匹配与兼容性评估) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 约160亿元 online-dating industry
    #    overall, the 约1.1亿 monthly users, the 58% survey answer.
    dict(
        text=(
            "《2025中国婚恋交友行业人工智能应用发展报告》日前在上海发布。报告显示，2024年我国婚恋交友领域人工智能应用（含AI"
            "智能匹配、AI形象与资料优化、AI聊天助手及安全风控）市场规模达到26.4亿元，同比增长31.3%，2023年为20.1亿元。"
            "其中，AI智能匹配与兼容性评估市场规模为10.2亿元，占比38.6%，是最大的细分领域。报告预计，到2028年该市场规模将"
            "达到68.5亿元，2024—2028年复合增长率为26.9%。报告同时指出，2024年我国在线婚恋交友行业整体规模约160亿元，婚恋"
            "交友类App月活跃用户约1.1亿人，受访单身用户中有58%愿意尝试AI“僚机”功能。"
        ),
        obs=[
            ("Total", 2023, 20.1, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
            ("AI智能匹配与兼容性评估", 2024, 10.2, "CNY 100 million", "actual"),
            ("Total", 2028, 68.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
            ("cagr", 26.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.4 / 20.1) ** (1 / 1) - 1 = 31.34% -> 31.3
            ("arithmetic", "exact"),  # 10.2 / 26.4 = 38.64% -> 38.6
            ("cagr|implied", "exact"),  # (68.5 / 26.4) ** (1 / 4) - 1 = 26.92% -> 26.9
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长30.8% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长3倍 kept as a
    #     multiple x3 over 4 years (no verdict). Expected nowhere: the plan's title years, the 10 leading firms, the
    #     30% subsidy rate and its 50万元 cap, the 约22.6万对 marriages registered.
    dict(
        text=(
            "浙江省近日印发《“AI+婚恋服务”高质量发展行动方案（2025—2027年）》。方案显示，2024年全省婚恋服务领域人工智能"
            "应用（智能红娘、AI相亲匹配、婚恋平台安全核验等）市场规模为4.7亿元，2023年为3.6亿元，同比增长30.8%。方案提出，"
            "力争到2027年全省该市场规模突破14亿元，较2023年增长3倍，培育10家以上AI婚恋服务骨干企业。对经认定的婚介机构"
            "智能化改造项目，按投资额的30%给予补助，单个项目最高50万元。2024年全省办理结婚登记约22.6万对。"
        ),
        obs=[
            ("Total", 2023, 3.6, "CNY 100 million", "actual"),
            ("Total", 2024, 4.7, "CNY 100 million", "actual"),
            ("Total", 2027, 14, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (4.7 / 3.6) ** (1 / 1) - 1 = 30.56% -> 30.6, not 30.8; bounds 4.65 / 3.65 - 1 = 27.40%,
            # 4.75 / 3.55 - 1 = 33.80% -> 30.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 星河数智研究所's 约42亿元 for 2024, the conference's
    #     title year, the 3亿 monthly users, the 15元 to 30元 monthly fees.
    dict(
        text=(
            "新华社北京2025年9月20日电（记者王一鸣）记者从2025中国数字社交产业大会上获悉，据中国网络社交研究院测算，2024年"
            "我国社交发现与交友类App的人工智能应用市场规模为38.5亿元，较2023年的29.6亿元增长30.1%，预计2025年将达到49亿"
            "元。AI破冰助手、兴趣匹配和虚假账号识别是增长最快的三个方向。另一家机构星河数智研究所估算的2024年市场规模约为"
            "42亿元。目前我国社交交友类App月活跃用户已超过3亿人，会员月费多在15元至30元之间。"
        ),
        obs=[
            ("Total", 2023, 29.6, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
            ("Total", 2025, 49, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 29.6) ** (1 / 1) - 1 = 30.07% -> 30.1
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 25.8% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約320家 matchmaking agencies, the
    #     約480萬 monthly users, the 450元 monthly fee.
    dict(
        text=(
            "數位發展部委託台灣數位社交產業協會編撰的《2025臺灣AI交友與婚戀服務白皮書》指出，2024年國內交友App與婚友社導入"
            "AI服務（含AI配對推薦、AI照片與自介優化、詐騙與假帳號偵測）的市場規模達新台幣12.6億元，較2023年的新台幣9.8億元"
            "成長28.6%。其中，AI配對推薦市場規模為新台幣5.1億元，占比40.5%。白皮書預估，2028年市場規模將達新台幣31.5億元，"
            "2024至2028年年複合成長率為25.8%。白皮書也指出，國內立案婚友社約320家，交友App月活躍用戶約480萬人，付費會員"
            "月費約新台幣450元。"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("AI配對推薦", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2028, 31.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
            ("cagr", 25.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("arithmetic", "exact"),  # 5.1 / 12.6 = 40.48% -> 40.5
            # (31.5 / 12.6) ** (1 / 4) - 1 = 25.74% -> 25.7, not 25.8; bounds (31.45 / 12.65) ** (1/4) - 1 = 25.57%,
            # (31.55 / 12.55) ** (1/4) - 1 = 25.92% -> 25.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on marriage agencies and dating apps: 約3.6億港元
    #     expected at its printed figure; the YoY holds, the 約27% CAGR is inconsistent. Expected nowhere: the 約230間
    #     agencies, the 5萬港元 membership fee, the 1,300宗 romance-scam cases, the start-up's 2,500萬港元 funding round.
    dict(
        text=(
            "香港婚戀服務業協會昨日發表報告指出，2024年本港婚姻介紹所及交友應用程式採用的AI服務（包括AI配對、AI形象顧問及"
            "防騙身份核實）市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2028年市場規模將增至8.1億港元，"
            "2024至2028年年均複合增長率約27%。報告又指，本港現有約230間已登記婚姻介紹所，高端配對服務會費動輒5萬港元，"
            "去年警方接獲逾1,300宗網上情緣騙案。本地初創公司緣算科技上月完成2,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2028, 8.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            # (8.1 / 3.6) ** (1 / 4) - 1 = 22.47%, not 27; bounds (8.05 / 3.65) ** (1/4) - 1 = 21.86%,
            # (8.15 / 3.55) ** (1/4) - 1 = 23.09% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on dating-app AI features: 去年 is 2024 (actual,
    #     約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first
    #     quarter's 2.1億元, the platform's own revenue and gross margin, the 390元 monthly fee, the 310萬 single users.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年3月18日電）市調機構聯詠消費研究今天表示，去年台灣交友App的AI功能（AI配對、AI聊天"
            "助理與真人認證）市場規模約新台幣8.3億元，今年在生成式AI聊天助理帶動下，可望成長24%至10.3億元。不過今年第一季"
            "市場規模約新台幣2.1億元，低於預期。交友平台心遇科技去年營收新台幣15.8億元，毛利率約61%，AI進階方案月費約新台幣"
            "390元。調查也顯示，全台約有310萬名單身成年人使用過交友App。"
        ),
        obs=[
            ("Total", 2024, 8.3, "TWD 100 million", "actual"),
            ("Total", 2025, 10.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.3 / 8.3) ** (1 / 1) - 1 = 24.10% -> 24
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI matchmakers: 2023/2024 actuals with a 35.9% YoY that holds only by
    #     rounding; the 2027 range 75亿—90亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter paying users, the
    #     480万次 matches on 七夕.
    dict(
        text=(
            "中衡证券研究所2025年11月深度报告《AI红娘：婚恋服务的智能化拐点》。我们测算，2024年国内婚介机构与婚恋平台的AI"
            "服务（智能红娘、AI相亲匹配、AI约会规划）市场规模为33.5亿元，同比增长35.9%，2023年为24.7亿元。随着大模型降本"
            "和线下婚介数字化改造，我们预计2027年市场规模将达到75亿—90亿元。行业龙头佳缘智联2024年营收18.2亿元，毛利率"
            "67%，给予“买入”评级，目标价42元；公司三季度付费用户同比增长21%。今年“七夕”期间，平台单日匹配量约480万次。"
        ),
        obs=[
            ("Total", 2023, 24.7, "CNY 100 million", "actual"),
            ("Total", 2024, 33.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.9, "percent", 2023, 2024, 1.0),
            ("value", 75, "CNY 100 million", 2027, 2027, None),
            ("value", 90, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (33.5 / 24.7) ** (1 / 1) - 1 = 35.63% -> 35.6, not 35.9; bounds 33.45 / 24.75 - 1 = 35.15%,
            # 33.55 / 24.65 - 1 = 36.11% -> 35.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (United States, USD million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the profile-coaching row's 22.9% holds only by rounding; rows add to the Total
    #     in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. United States: AI in dating apps by feature (USD million)\n"
            "| Feature | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Match-ranking and compatibility scoring | 312 | 968 | 20.8% |\n"
            "| Profile and photo coaching | 148 | 512 | 22.9% |\n"
            "| Chat assistants and date planning | 205 | 746 | 24.0% |\n"
            "| Scam and fake-profile detection | 187 | 498 | 17.7% |\n"
            "| Total | 852 | 2724 | 21.4% |\n"
            "Source: Harborview Consumer Internet Research, Dating Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("Match-ranking and compatibility scoring", 2024, 312, "USD million", "actual"),
            ("Match-ranking and compatibility scoring", 2030, 968, "USD million", "estimate"),
            ("Profile and photo coaching", 2024, 148, "USD million", "actual"),
            ("Profile and photo coaching", 2030, 512, "USD million", "estimate"),
            ("Chat assistants and date planning", 2024, 205, "USD million", "actual"),
            ("Chat assistants and date planning", 2030, 746, "USD million", "estimate"),
            ("Scam and fake-profile detection", 2024, 187, "USD million", "actual"),
            ("Scam and fake-profile detection", 2030, 498, "USD million", "estimate"),
            ("Total", 2024, 852, "USD million", "actual"),
            ("Total", 2030, 2724, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (968 / 312) ** (1 / 6) - 1 = 20.77% -> 20.8
            # (512 / 148) ** (1 / 6) - 1 = 22.98% -> 23.0, not 22.9; bounds (511.5 / 148.5) ** (1/6) - 1 = 22.89%,
            # (512.5 / 147.5) ** (1/6) - 1 = 23.07% -> 22.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (746 / 205) ** (1 / 6) - 1 = 24.02% -> 24.0
            ("cagr|implied", "exact"),  # (498 / 187) ** (1 / 6) - 1 = 17.73% -> 17.7
            ("cagr|implied", "exact"),  # (2724 / 852) ** (1 / 6) - 1 = 21.37% -> 21.4
            ("hierarchy", "exact"),  # 2024: 312 + 148 + 205 + 187 = 852
            ("hierarchy", "exact"),  # 2030F: 968 + 512 + 746 + 498 = 2724
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国婚恋交友AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI智能匹配\t8.6\t11.3\t14.5\n"
            "AI形象与资料优化\t3.9\t5.4\t7.2\n"
            "AI聊天助手\t5.2\t7.6\t10.6\n"
            "安全风控与实名核验\t4.4\t5.9\t7.7\n"
            "婚介机构AI服务\t2.8\t3.5\t4.3\n"
            "合计\t24.9\t33.8\t44.3\n"
            "资料来源：数字婚恋产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("AI智能匹配", 2023, 8.6, "CNY 100 million", "actual"),
            ("AI智能匹配", 2024, 11.3, "CNY 100 million", "actual"),
            ("AI智能匹配", 2025, 14.5, "CNY 100 million", "estimate"),
            ("AI形象与资料优化", 2023, 3.9, "CNY 100 million", "actual"),
            ("AI形象与资料优化", 2024, 5.4, "CNY 100 million", "actual"),
            ("AI形象与资料优化", 2025, 7.2, "CNY 100 million", "estimate"),
            ("AI聊天助手", 2023, 5.2, "CNY 100 million", "actual"),
            ("AI聊天助手", 2024, 7.6, "CNY 100 million", "actual"),
            ("AI聊天助手", 2025, 10.6, "CNY 100 million", "estimate"),
            ("安全风控与实名核验", 2023, 4.4, "CNY 100 million", "actual"),
            ("安全风控与实名核验", 2024, 5.9, "CNY 100 million", "actual"),
            ("安全风控与实名核验", 2025, 7.7, "CNY 100 million", "estimate"),
            ("婚介机构AI服务", 2023, 2.8, "CNY 100 million", "actual"),
            ("婚介机构AI服务", 2024, 3.5, "CNY 100 million", "actual"),
            ("婚介机构AI服务", 2025, 4.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 24.9, "CNY 100 million", "actual"),
            ("合计", 2024, 33.8, "CNY 100 million", "actual"),
            ("合计", 2025, 44.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.6 + 3.9 + 5.2 + 4.4 + 2.8 = 24.9
            # 2024: 11.3 + 5.4 + 7.6 + 5.9 + 3.5 = 33.7, not 33.8; bounds 33.45..33.95 (each part +/-0.05)
            # reach 33.75..33.85 -> 33.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 14.5 + 7.2 + 10.6 + 7.7 + 4.3 = 44.3
        ],
    ),
    # 18. Space-aligned table (South Korea, USD million, 2024) with a share column and a Total row: four shares (the
    #     safety row's 25.0% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the won conversion rate, the 3.2 million monthly users.
    dict(
        text=(
            "South Korea: AI spending by dating and social-discovery apps, 2024\n"
            "Segment                                   USD m      Share\n"
            "Match-ranking and compatibility            48.6      41.4%\n"
            "Profile and photo coaching                 22.1      18.8%\n"
            "AI chat assistants                         17.5      14.9%\n"
            "Safety and identity verification           29.3      25.0%\n"
            "Total                                     117.5     100.0%\n"
            "Note 4: converted from won at 1,364 won to the dollar; the apps count some 3.2 million monthly users. "
            "Source: Hangang Digital Insights."
        ),
        obs=[
            ("Match-ranking and compatibility", 2024, 48.6, "USD million", "actual"),
            ("Profile and photo coaching", 2024, 22.1, "USD million", "actual"),
            ("AI chat assistants", 2024, 17.5, "USD million", "actual"),
            ("Safety and identity verification", 2024, 29.3, "USD million", "actual"),
            ("Total", 2024, 117.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.4, "percent", 2024, 2024, None),
            ("share", 18.8, "percent", 2024, 2024, None),
            ("share", 14.9, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 117.5 = 41.36% -> 41.4
            ("arithmetic", "exact"),  # 22.1 / 117.5 = 18.81% -> 18.8
            ("arithmetic", "exact"),  # 17.5 / 117.5 = 14.89% -> 14.9
            # 29.3 / 117.5 = 24.936% -> 24.9, not 25.0; bounds 29.25 / 117.55 = 24.883%, 29.35 / 117.45 = 24.989%
            # -> 25.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 48.6 + 22.1 + 17.5 + 29.3 = 117.5
        ],
    ),
    # 19. Vertical table (India) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 34.9% is inconsistent. Expected nowhere: the
    #     source's month and year, the rupee conversion rate, the 2021 dash.
    dict(
        text=(
            "India: AI spending by dating and matrimony apps\n"
            "Year | USD million | YoY\n"
            "2021 | 18.4 | -\n"
            "2022 | 26.9 | 46.2%\n"
            "2023 | 37.5 | 34.9%\n"
            "2024 | 50.8 | 35.5%\n"
            "2025E | 66.9 | 31.7%\n"
            "Source: Mumbai Matrimony Tech Tracker, June 2025; rupee spending converted at 83 rupees to the dollar. "
            "E = estimate."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 26.9, "USD million", "actual"),
            ("Total", 2023, 37.5, "USD million", "actual"),
            ("Total", 2024, 50.8, "USD million", "actual"),
            ("Total", 2025, 66.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2021, 2022, 1.0),
            ("growth", 34.9, "percent", 2022, 2023, 1.0),
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("growth", 31.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.9 / 18.4) ** (1 / 1) - 1 = 46.20% -> 46.2
            # (37.5 / 26.9) ** (1 / 1) - 1 = 39.41% -> 39.4, not 34.9; bounds 37.45 / 26.95 - 1 = 38.96%,
            # 37.55 / 26.85 - 1 = 39.85% -> 34.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (50.8 / 37.5) ** (1 / 1) - 1 = 35.47% -> 35.5
            ("cagr|implied", "exact"),  # (66.9 / 50.8) ** (1 / 1) - 1 = 31.69% -> 31.7
        ],
    ),
    # 20. Tab-separated segment table (Sweden, EUR million) with a Total row: rows add to the Total in 2023 and 2025F
    #     but not in 2024 (38.8 printed, 37.8 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     conversion from kronor.
    dict(
        text=(
            "Sweden: AI in dating and social-discovery apps by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "Match-ranking and compatibility scoring\t12.4\t15.8\t19.9\n"
            "Profile and photo coaching\t5.1\t6.9\t9.2\n"
            "Chat assistants and icebreakers\t4.6\t6.3\t8.5\n"
            "Scam and fake-profile screening\t7.2\t8.8\t10.7\n"
            "Total\t29.3\t38.8\t48.3\n"
            "Source: \u00d6resund Digital Research; figures converted from kronor at average annual rates."
        ),
        obs=[
            ("Match-ranking and compatibility scoring", 2023, 12.4, "EUR million", "actual"),
            ("Match-ranking and compatibility scoring", 2024, 15.8, "EUR million", "actual"),
            ("Match-ranking and compatibility scoring", 2025, 19.9, "EUR million", "estimate"),
            ("Profile and photo coaching", 2023, 5.1, "EUR million", "actual"),
            ("Profile and photo coaching", 2024, 6.9, "EUR million", "actual"),
            ("Profile and photo coaching", 2025, 9.2, "EUR million", "estimate"),
            ("Chat assistants and icebreakers", 2023, 4.6, "EUR million", "actual"),
            ("Chat assistants and icebreakers", 2024, 6.3, "EUR million", "actual"),
            ("Chat assistants and icebreakers", 2025, 8.5, "EUR million", "estimate"),
            ("Scam and fake-profile screening", 2023, 7.2, "EUR million", "actual"),
            ("Scam and fake-profile screening", 2024, 8.8, "EUR million", "actual"),
            ("Scam and fake-profile screening", 2025, 10.7, "EUR million", "estimate"),
            ("Total", 2023, 29.3, "EUR million", "actual"),
            ("Total", 2024, 38.8, "EUR million", "actual"),
            ("Total", 2025, 48.3, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 5.1 + 4.6 + 7.2 = 29.3
            # 2024: 15.8 + 6.9 + 6.3 + 8.8 = 37.8, not 38.8; bounds 37.6..38.0 (each part +/-0.05) miss 38.75..38.85
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 19.9 + 9.2 + 8.5 + 10.7 = 48.3
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span (2025 to 2029). Expected nowhere: the
    #     dateline, the third quarter's revenue, the 3.9 million paying subscribers, the $24.99 monthly tier, the whole
    #     online dating market's $10 billion.
    dict(
        text=(
            "Hearthline Inc. Q3 2025 earnings call, November 5, 2025 - Q&A\n"
            "Analyst (Priya Nandakumar, Castlegate Securities): Can you size the opportunity for AI matchmaking "
            "features?\n"
            "CEO Daniel Okafor: We put the total addressable market for AI in dating, meaning compatibility scoring, "
            "profile and photo coaching, chat assistants and safety screening, at about $3.4 billion this year, up "
            "roughly 31% from $2.6 billion last year, and we think it reaches $7.6 billion by 2029, a compound rate "
            "of about 22% from 2025 to 2029. On our side, third-quarter revenue was $187 million, paying subscribers "
            "rose to 3.9 million, and our premium tier costs $24.99 a month. The online dating market as a whole is "
            "far bigger, around $10 billion, but the AI layer is where the growth is."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2029, 7.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.6) ** (1 / 1) - 1 = 30.77% -> 31
            ("cagr|implied", "exact"),  # (7.6 / 3.4) ** (1 / 4) - 1 = 22.27% -> 22
        ],
    ),
    # 22. Chicago working-paper abstract: series unit USD million (first printed); $1.02 billion and $1.32 billion
    #     converted to 1020 and 1320; CAGR with printed span holds only by rounding; YoY with both amounts.
    #     Expected nowhere: the paper number, the 18 platforms, the 2.3 million users, the 11% match-rate lift, the
    #     rupee aside, the JEL codes.
    dict(
        text=(
            "Working Paper No. 24-117, Lakeshore Institute for Digital Markets, Chicago, revised April 2025\n"
            "Abstract: We assemble invoices and vendor disclosures from 18 dating platforms to measure how much US "
            "apps spend on AI match-ranking and compatibility-scoring systems. Spending rose from $410 million in "
            "2019 to $1.32 billion in 2023, a compound annual growth rate of 33.8% over 2019-2023, and grew 29% in "
            "2023 alone, from $1.02 billion in 2022. Using swipe logs from 2.3 million users, we find that "
            "model-ranked feeds raise mutual-match rates by 11% but concentrate attention on the top decile of "
            "profiles. Indian apps, which we treat separately, spent about Rs 900 crore on comparable tools. "
            "JEL codes: D83, L86."
        ),
        obs=[
            ("Total", 2019, 410, "USD million", "actual"),
            ("Total", 2022, 1020, "USD million", "actual"),
            ("Total", 2023, 1320, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 33.8, "percent", 2019, 2023, None, "stated"),
            ("growth", 29, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # (1320 / 410) ** (1 / 4) - 1 = 33.95% -> 34.0, not 33.8; bounds (1315 / 410.5) ** (1/4) - 1 = 33.78%,
            # (1325 / 409.5) ** (1/4) - 1 = 34.12% -> 33.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1320 / 1020) ** (1 / 1) - 1 = 29.41% -> 29
        ],
    ),
    # 23. Social-media thread (numbered posts) on AI safety screening (USD million): YoY with both amounts; "~27% a
    #     year" whose span only the amounts' years give is inconsistent; $1.5B converted to 1500. Expected nowhere:
    #     the post numbers, the whole dating market's ~$9.8B, the 350M users, Brazil's R$380 million (reais are not in
    #     the unit table), the 44% survey answer.
    dict(
        text=(
            "@safeswipe_data, 9 Jan 2025\n"
            "1/ Everyone wants to talk about AI wingmen. Let's talk about the unglamorous money: scam and "
            "fake-profile detection on dating apps.\n"
            "2/ Harrow & Kemp says the market for AI safety screening on dating apps was $640M in 2024, up 28% from "
            "$500M in 2023.\n"
            "3/ Their 2028 call is $1.5B. That works out to ~27% a year, they say.\n"
            "4/ For scale, the whole online dating market is ~$9.8B and the big apps have 350M+ users between them. "
            "Brazil's apps alone put R$380 million into screening last year (reais, so I'm leaving it out of my "
            "sheet).\n"
            "5/ Fun stat from their survey: 44% of women say they quit an app after a scam attempt. /end"
        ),
        obs=[
            ("Total", 2023, 500, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2028, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 500) ** (1 / 1) - 1 = 28.00% -> 28
            # (1500 / 640) ** (1 / 4) - 1 = 23.73%; bounds (1450 / 640.5) ** (1/4) - 1 = 22.66%,
            # (1550 / 639.5) ** (1/4) - 1 = 24.77% -> 27 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 24. Berlin web article on AI profile and photo coaching (EUR million) with a correction line: the corrected 2023
    #     figure is expected, the misprint nowhere; YoY with both amounts, CAGR with printed span. Expected nowhere:
    #     the 8.6 million users, the EUR 34.99 membership, the operator's own 9% revenue growth, the correction date.
    dict(
        text=(
            "BERLIN, June 3, 2025 - German dating and matchmaking platforms spent \u20ac186 million on AI profile and "
            "photo coaching in 2024, up 24% from \u20ac150 million in 2023, according to Munich consultancy Rheinblick "
            "Digital. Tools that pick a user's best photos, rewrite bios and flag blurry selfies are now standard on "
            "most large apps. Rheinblick expects the market to reach \u20ac410 million in 2028, a compound annual "
            "growth rate of 21.8% over 2024-2028. The country has about 8.6 million active dating-app users, and "
            "premium memberships run to \u20ac34.99 a month. One listed operator said its AI features lifted its own "
            "revenue 9% last year.\n"
            "Correction, June 4, 2025: An earlier version of this article gave the 2023 figure as \u20ac105 million. "
            "The correct figure is \u20ac150 million."
        ),
        obs=[
            ("Total", 2023, 150, "EUR million", "actual"),
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2028, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 150) ** (1 / 1) - 1 = 24.00% -> 24
            ("cagr|implied", "exact"),  # (410 / 186) ** (1 / 4) - 1 = 21.85% -> 21.8
        ],
    ),
    # 25. Tokyo annual-report letter to shareholders (JPY billion, fiscal years): YoY with both amounts ("a year
    #     earlier" = fiscal 2023), a part with its share, "exceed" 100 at its printed figure (estimate). Expected
    #     nowhere: the company's own revenue, growth and margin, the 1.3 million members, the 90,000 meetings, the
    #     dividend per share.
    dict(
        text=(
            "Enmusubi Holdings, Annual Report fiscal 2024, Tokyo, June 2025\n"
            "To our shareholders,\n"
            "Fiscal 2024 was the year artificial intelligence moved to the centre of how people in Japan meet. By our "
            "estimate, Japan's market for AI in matchmaking, from compatibility scoring at marriage agencies to match "
            "ranking in dating apps, reached \u00a548.2 billion in fiscal 2024, up 19% from \u00a540.5 billion a year "
            "earlier. AI chat assistants accounted for \u00a512.6 billion, or 26% of the total. We expect the market to "
            "exceed \u00a5100 billion in fiscal 2028. Our own revenue rose 12% to \u00a521.4 billion at an operating "
            "margin of 14%, our 1.3 million members arranged more than 90,000 first meetings, and we raised the annual "
            "dividend to \u00a538 per share.\n"
            "Kenji Morisawa, President and CEO"
        ),
        obs=[
            ("Total", 2023, 40.5, "JPY billion", "actual"),
            ("Total", 2024, 48.2, "JPY billion", "actual"),
            ("AI chat assistants", 2024, 12.6, "JPY billion", "actual"),
            ("Total", 2028, 100, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.2 / 40.5) ** (1 / 1) - 1 = 19.01% -> 19
            ("arithmetic", "exact"),  # 12.6 / 48.2 = 26.14% -> 26
        ],
    ),
    # 26. Stockholm investor-day slide bullets (USD billion): 2022A actual, 2025E and 2030E estimates; two CAGRs with
    #     printed spans, the second holding only by rounding. Expected nowhere: the dateline, the slide number, the
    #     6.4M monthly users and 410k paying subscribers, the SEK price, the company's SEK revenue and margin.
    dict(
        text=(
            "Kindra Social AB - Capital Markets Day 2025, Stockholm, 11 March 2025\n"
            "Slide 14: The AI dating opportunity (global, US$)\n"
            "- 2022A TAM: $2.9B\n"
            "- 2025E TAM: $5.8B\n"
            "- 2030E TAM: $14B\n"
            "- CAGR 2022A-2025E: 26%\n"
            "- CAGR 2025E-2030E: 20%\n"
            "- Drivers: AI match ranking, profile coaching, chat co-pilots, scam and fake-profile screening\n"
            "- Kindra today: 6.4M monthly active users, 410k paying subscribers across the Nordics\n"
            "- Premium: SEK 179 per month; 2024 net revenue SEK 1.1bn, EBITDA margin 23%"
        ),
        obs=[
            ("Total", 2022, 2.9, "USD billion", "actual"),
            ("Total", 2025, 5.8, "USD billion", "estimate"),
            ("Total", 2030, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2022, 2025, None, "stated"),
            ("cagr", 20, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 2.9) ** (1 / 3) - 1 = 25.99% -> 26
            # (14 / 5.8) ** (1 / 5) - 1 = 19.27% -> 19, not 20; bounds (13.5 / 5.85) ** (1/5) - 1 = 18.21%,
            # (14.5 / 5.75) ** (1/5) - 1 = 20.32% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses on Canada (USD million): the first house's base, 2024 figure and
    #     target are the snippet's; its CAGR's span only from the amounts' years, holding only by rounding. Expected
    #     nowhere: Ashgrove's US$260 million, the US$1.1 billion overall dating spend, the 5.5 million users, the C$30
    #     plan.
    dict(
        text=(
            "Re: How big is the AI matchmaking market in Canada? (r/CanadianInvestor)\n"
            "Answer by maple_quant, 14 Feb 2025:\n"
            "Two houses have numbers. Northvale Research puts AI features in Canadian dating and matchmaking apps "
            "(ranking, compatibility scores, chat helpers, fake-profile filters) at US$212 million in 2024, about 24% "
            "above the US$171 million of 2023, and expects US$520 million by 2029, which they call a 19.6% CAGR. "
            "Ashgrove Insights has 2024 higher, at US$260 million, but gives no forecast. Either way it's small next to "
            "the roughly US$1.1 billion Canadians spend on dating overall. Canada has about 5.5 million dating-app "
            "users, and a premium plan costs around C$30 a month. Disclosure: I own shares in two of the apps."
        ),
        obs=[
            ("Total", 2023, 171, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2029, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19.6, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 171) ** (1 / 1) - 1 = 23.98% -> 24
            # (520 / 212) ** (1 / 5) - 1 = 19.66% -> 19.7, not 19.6; bounds (519.5 / 212.5) ** (1/5) - 1 = 19.58%,
            # (520.5 / 211.5) ** (1/5) - 1 = 19.74% -> 19.6 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won: won is not in the unit table, so no observation; its YoY, CAGR (printed span) and
    #     share are claims, with no held amounts, so no verdicts. Expected nowhere: the dateline, KRW 318 billion, the
    #     1,300 marriage-information companies, the target price and upside, the pick's quarter revenue and margin,
    #     the 2.1 million monthly users.
    dict(
        text=(
            "Hanbit Investment & Securities, Korea Internet, Seoul, 3 September 2025\n"
            "Matchmaking goes algorithmic. We size Korea's market for AI matchmaking, from compatibility scoring at "
            "marriage-information companies to recommendation engines in dating apps, at KRW 318 billion in 2024, up "
            "27% year on year, and forecast a CAGR of 22% over 2024-2029. Safety screening against romance scams and "
            "fake profiles takes 18% of that spend. The country has roughly 1,300 registered marriage-information "
            "companies. Our top pick, Yeonri Corp. (BUY, TP KRW 48,000, 31% upside), booked 2Q25 revenue of KRW 92 "
            "billion at a 17% operating margin and has 2.1 million monthly users."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, 2025 有望突破 55 at
    #     its printed figure (estimate). Expected nowhere: the dateline, the report's title year, the 3.1亿 users, the
    #     whole 婚恋交友 market's 210亿元, the 58% survey answer.
    dict(
        text=(
            "新华社北京2025年3月18日电(记者 周明远)中国互联网社交发展研究院18日发布的《2025中国婚恋交友数字化发展报告》"
            "显示,2024年我国婚恋交友领域人工智能应用市场规模达到42.7亿元,较2023年的33.8亿元增长26.3%。其中,AI安全审核"
            "市场规模为11.9亿元,占比27.9%,主要用于识别“杀猪盘”诈骗和虚假资料。报告预计,2025年该市场规模有望突破55亿元。"
            "报告同时显示,截至2024年底我国婚恋交友平台用户规模约3.1亿人,婚恋交友行业整体市场规模约为210亿元;受访用户中"
            "有58%表示愿意使用AI生成个人简介。"
        ),
        obs=[
            ("Total", 2023, 33.8, "CNY 100 million", "actual"),
            ("Total", 2024, 42.7, "CNY 100 million", "actual"),
            ("AI安全审核", 2024, 11.9, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("share", 27.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.7 / 33.8) ** (1 / 1) - 1 = 26.33% -> 26.3
            ("arithmetic", "exact"),  # 11.9 / 42.7 = 27.87% -> 27.9
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified, 亿元): 2024 base (actual), 2027 target 突破60 at its printed figure
    #     (estimate); 年均增长20%以上 whose span only the amounts' years give. Expected nowhere: the plan's title
    #     years, the 5 firms and their 亿元 revenue bar, the 10 scenarios, the 100万人次 served, the 500万元 subsidy cap.
    dict(
        text=(
            "杭州市人民政府办公厅2025年2月印发《杭州市智能婚恋社交服务产业发展行动计划(2025—2027年)》。计划提出,到2027年,"
            "全市婚恋交友与社交发现领域人工智能应用产业规模突破60亿元,较2024年的34.5亿元年均增长20%以上;培育5家以上年营收"
            "超亿元的骨干企业,打造10个“AI红娘”应用示范场景,每年服务单身青年100万人次。对经认定的重点项目,市级财政给予最高"
            "500万元补助。计划还要求,平台须对AI生成的照片和个人资料进行显著标识,并建立虚假账号快速处置机制。"
        ),
        obs=[
            ("Total", 2024, 34.5, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 34.5) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a part with its share, a CAGR
    #     with printed span (2024至2027年). Expected nowhere: the dateline, the 1,200 respondents, the 62% survey
    #     answer, the NT$390 monthly fee.
    dict(
        text=(
            "臺北,2025年5月14日 — 台灣數位生活研究中心今(14)日發布《交友服務AI應用調查》指出,2024年台灣交友軟體與婚友社"
            "導入AI功能的市場規模達新台幣18.6億元,較2023年的14.2億元成長31.0%;其中AI照片與個人檔案優化服務為新台幣5.1億元,"
            "占27.4%。該中心預估,2027年市場規模將達新台幣35億元,2024至2027年複合成長率約23.5%。本次調查共訪問1,200名單身"
            "成年人,其中62%表示願意為AI配對建議付費;主流交友App的月費約新台幣390元。"
        ),
        obs=[
            ("Total", 2023, 14.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI照片與個人檔案優化服務", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2027, 35, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("cagr", 23.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31.0
            ("arithmetic", "exact"),  # 5.1 / 18.6 = 27.42% -> 27.4
            ("cagr|implied", "exact"),  # (35 / 18.6) ** (1 / 3) - 1 = 23.46% -> 23.5
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): 約 4.8 at its printed figure; YoY with both amounts is
    #     inconsistent; a part's amount without a numeric share (約佔四成 is a fraction in words); 2026 estimate.
    #     Expected nowhere: the dateline, the report's title year, the 86 member agencies, the 2.4萬 dates, the 七成
    #     survey answer, the 1.2萬港元 joining fee.
    dict(
        text=(
            "香港,2025年6月10日 — 香港婚姻介紹業協會今日發表《2025年香港婚介及交友服務數碼化報告》。報告指出,2024年本港婚介所"
            "及交友平台在人工智能配對、相容度評分及安全審核方面的支出約為4.8億港元,較2023年的3.9億港元增長29%。其中,AI相容度"
            "評分系統支出為1.9億港元,約佔四成。報告預計,2026年相關支出將增至7.1億港元。協會現有86間會員機構,去年共為會員安排"
            "約2.4萬次約會;受訪會員中有七成認為AI配對建議「比紅娘更準」,而本港婚介服務的平均入會費約為1.2萬港元。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("AI相容度評分系統", 2024, 1.9, "HKD 100 million", "actual"),
            ("Total", 2026, 7.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.8 / 3.9) ** (1 / 1) - 1 = 23.08%; bounds 4.75 / 3.95 - 1 = 20.25%, 4.85 / 3.85 - 1 = 25.97%
            # -> 29 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: 去年 2024 (actual), 今年 2025 預估 (estimate); YoY with both
    #     amounts; 兩年增長約1.6倍 a multiple kept at its printed 1.6 (no verdict). The title's 上看10億 yields to the
    #     body's more precise 10.2. Expected nowhere: the 300萬 users, the NT$299 fee, a leading app's quarter revenue.
    dict(
        text=(
            "作者 lonelycoder (寫扣的邊緣人)\n"
            "看板 Soft_Job\n"
            "標題 [情報] 交友軟體AI聊天助理+防詐 今年上看10億\n"
            "時間 Tue Jul 22 21:14:08 2025\n"
            "\n"
            "看到一份國內研究機構的報告,整理重點給版友參考:\n"
            "台灣交友App在AI聊天助理與防詐偵測上的支出,2023年為新台幣6.4億元,去年為8.1億元,年增26.6%;今年預估達10.2億元,"
            "兩年增長約1.6倍。\n"
            "報告估計國內交友App用戶約300萬人,付費會員月費多在NT$299上下,某龍頭App上季營收1.3億元。\n"
            "自己用過AI幫忙回訊息,配對數真的有變多 XD\n"
            "\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 6.4, "TWD 100 million", "actual"),
            ("Total", 2024, 8.1, "TWD 100 million", "actual"),
            ("Total", 2025, 10.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("multiple", 1.6, "multiple", 2023, 2025, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.4) ** (1 / 1) - 1 = 26.56% -> 26.6
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range: two value claims and no 2026 observation; YoY with
    #     both amounts. Expected nowhere: the dateline, 占比有望超过一半 (a fraction in words), the target price and
    #     the 28倍 P/E, the pick's revenue, margin and 180万 paying users.
    dict(
        text=(
            "申川证券研究所 互联网行业深度报告摘要(2025年9月8日)\n"
            "我们测算,2024年中国婚恋社交AI市场(含AI匹配推荐、AI形象与资料优化、AI聊天助手及安全风控)规模为31.6亿元,同比"
            "增长29.0%(2023年为24.5亿元)。随着大模型“AI红娘”在头部平台全面上线,我们预计2026年市场规模将达到55亿至62亿元,"
            "其中AI聊天助手占比有望超过一半。首次覆盖给予行业“推荐”评级,首选心语科技(目标价42元,对应2025年28倍市盈率),其"
            "2024年营业收入9.2亿元,毛利率71%,付费用户约180万。"
        ),
        obs=[
            ("Total", 2023, 24.5, "CNY 100 million", "actual"),
            ("Total", 2024, 31.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("value", 55, "CNY 100 million", 2026, 2026, None),
            ("value", 62, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.6 / 24.5) ** (1 / 1) - 1 = 28.98% -> 29.0
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 去年 2024 (大约, printed figure, actual), 今年
    #     2025 (预计, 左右, estimate) with a YoY that holds only by rounding, 2028 有望超过130 (printed figure,
    #     estimate). Expected nowhere: the company's half-year revenue and growth, the second quarter's revenue, the
    #     260万 paying users, the 68% gross margin, the 10% share target.
    dict(
        text=(
            "缘来网络2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "投资者:请问公司如何看待AI婚恋服务的市场空间?\n"
            "董事长 林晓岚:按我们的测算,国内婚恋交友AI服务的市场规模去年大约是52亿元,今年预计在68亿元左右,增长约30%;到"
            "2028年有望超过130亿元。公司上半年实现营业收入7.6亿元,同比增长14%,其中二季度营收4.1亿元;目前付费用户约260万,"
            "毛利率68%。我们的目标是三年内在这个市场拿到10%的份额。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2025, 68, "CNY 100 million", "estimate"),
            ("Total", 2028, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (68 / 52) ** (1 / 1) - 1 = 30.77% -> 31, not 30; bounds 67.5 / 52.5 - 1 = 28.57%, 68.5 / 51.5 - 1 = 33.01%
            # -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table by segment, UK (GBP million), with a CAGR column (span printed in the header) and a Total row;
    #     2029F estimates. One CAGR holds only by rounding. Expected nowhere: the table number, the wider UK
    #     online-dating market's £370 million, the 7.9 million users.
    dict(
        text=(
            "Table 4. UK: AI in dating and matchmaking by segment (\u00a3 million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| Match ranking and compatibility scoring | 58.4 | 141.0 | 19.3% |\n"
            "| Profile and photo coaching | 21.7 | 67.5 | 25.5% |\n"
            "| Chat assistants | 14.9 | 52.8 | 28.7% |\n"
            "| Safety screening | 31.2 | 70.5 | 17.7% |\n"
            "| Total | 126.2 | 331.8 | 21.3% |\n"
            "Source: Fenwick Lane Research, London, consumer-internet tracker, October 2025. F = forecast. The wider UK "
            "online-dating market, about \u00a3370 million in 2024, and the country's 7.9 million app users are not "
            "included."
        ),
        obs=[
            ("Match ranking and compatibility scoring", 2024, 58.4, "GBP million", "actual"),
            ("Match ranking and compatibility scoring", 2029, 141.0, "GBP million", "estimate"),
            ("Profile and photo coaching", 2024, 21.7, "GBP million", "actual"),
            ("Profile and photo coaching", 2029, 67.5, "GBP million", "estimate"),
            ("Chat assistants", 2024, 14.9, "GBP million", "actual"),
            ("Chat assistants", 2029, 52.8, "GBP million", "estimate"),
            ("Safety screening", 2024, 31.2, "GBP million", "actual"),
            ("Safety screening", 2029, 70.5, "GBP million", "estimate"),
            ("Total", 2024, 126.2, "GBP million", "actual"),
            ("Total", 2029, 331.8, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 28.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (141.0 / 58.4) ** (1 / 5) - 1 = 19.28% -> 19.3
            ("cagr|implied", "exact"),  # (67.5 / 21.7) ** (1 / 5) - 1 = 25.48% -> 25.5
            # (52.8 / 14.9) ** (1 / 5) - 1 = 28.79% -> 28.8, not 28.7; bounds (52.75 / 14.95) ** (1/5) - 1 = 28.68%,
            # (52.85 / 14.85) ** (1/5) - 1 = 28.90% -> 28.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (70.5 / 31.2) ** (1 / 5) - 1 = 17.71% -> 17.7
            ("cagr|implied", "exact"),  # (331.8 / 126.2) ** (1 / 5) - 1 = 21.33% -> 21.3
            ("hierarchy", "exact"),  # 2024: 58.4 + 21.7 + 14.9 + 31.2 = 126.2
            ("hierarchy", "exact"),  # 2029F: 141.0 + 67.5 + 52.8 + 70.5 = 331.8
        ],
    ),
    # 37. Tab-separated table, Japan (JPY billion, fiscal years), with a YoY column and a Total row; one YoY holds only
    #     by rounding. Expected nowhere: the 62 operators surveyed, the whole ¥96 billion dating-app market.
    dict(
        text=(
            "Japan: AI spending by matchmaking services, fiscal years (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Marriage agencies (AI compatibility scoring)\t9.8\t12.1\t23.5%\n"
            "Dating apps (AI match ranking)\t18.6\t22.4\t20.4%\n"
            "Safety screening\t6.3\t8.0\t26.6%\n"
            "Total\t34.7\t42.5\t22.5%\n"
            "Source: Tokyo Consumer Internet Lab, survey of 62 operators. Fiscal years to March. The whole \u00a596 "
            "billion Japanese dating-app market is not shown."
        ),
        obs=[
            ("Marriage agencies (AI compatibility scoring)", 2023, 9.8, "JPY billion", "actual"),
            ("Marriage agencies (AI compatibility scoring)", 2024, 12.1, "JPY billion", "actual"),
            ("Dating apps (AI match ranking)", 2023, 18.6, "JPY billion", "actual"),
            ("Dating apps (AI match ranking)", 2024, 22.4, "JPY billion", "actual"),
            ("Safety screening", 2023, 6.3, "JPY billion", "actual"),
            ("Safety screening", 2024, 8.0, "JPY billion", "actual"),
            ("Total", 2023, 34.7, "JPY billion", "actual"),
            ("Total", 2024, 42.5, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.1 / 9.8) ** (1 / 1) - 1 = 23.47% -> 23.5
            ("cagr|implied", "exact"),  # (22.4 / 18.6) ** (1 / 1) - 1 = 20.43% -> 20.4
            # (8.0 / 6.3) ** (1 / 1) - 1 = 26.98% -> 27.0, not 26.6; bounds 7.95 / 6.35 - 1 = 25.20%,
            # 8.05 / 6.25 - 1 = 28.80% -> 26.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (42.5 / 34.7) ** (1 / 1) - 1 = 22.48% -> 22.5
            ("hierarchy", "exact"),  # FY2023: 9.8 + 18.6 + 6.3 = 34.7
            ("hierarchy", "exact"),  # FY2024: 12.1 + 22.4 + 8.0 = 42.5
        ],
    ),
    # 38. Space-aligned table, Singapore (USD million), with a share column and a Total row (its 100.0% is no claim);
    #     one share holds only by rounding. Expected nowhere: the edition year, the 1.1 million users, the S$24.90
    #     plans.
    dict(
        text=(
            "Singapore: AI in dating, social-discovery and friendship apps, 2024\n"
            "Segment                              US$ million     Share\n"
            "Match ranking and compatibility             14.6     38.0%\n"
            "Chat assistants and icebreakers              9.2     23.8%\n"
            "Safety and identity screening                8.1     21.1%\n"
            "Friendship and group matching                6.5     16.9%\n"
            "Total                                       38.4    100.0%\n"
            "Source: Merlion Digital Consumer Tracker, 2025 edition. Shares are of the AI total; Singapore's 1.1 "
            "million dating-app users and S$24.90 monthly plans are covered elsewhere."
        ),
        obs=[
            ("Match ranking and compatibility", 2024, 14.6, "USD million", "actual"),
            ("Chat assistants and icebreakers", 2024, 9.2, "USD million", "actual"),
            ("Safety and identity screening", 2024, 8.1, "USD million", "actual"),
            ("Friendship and group matching", 2024, 6.5, "USD million", "actual"),
            ("Total", 2024, 38.4, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.0, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("share", 21.1, "percent", 2024, 2024, None),
            ("share", 16.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.6 / 38.4 = 38.02% -> 38.0
            # 9.2 / 38.4 = 23.96% -> 24.0, not 23.8; bounds 9.15 / 38.45 = 23.80%, 9.25 / 38.35 = 24.12%
            # -> 23.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 8.1 / 38.4 = 21.09% -> 21.1
            ("arithmetic", "exact"),  # 6.5 / 38.4 = 16.93% -> 16.9
            ("hierarchy", "exact"),  # 14.6 + 9.2 + 8.1 + 6.5 = 38.4
        ],
    ),
    # 39. Vertical markdown table, France, rows are years, the lone value column headed by its unit only (EUR
    #     million) -> Total; 2025E an estimate; YoY column, the 2023 rate inconsistent. Expected nowhere: the
    #     source's year, the €640 million whole online-dating market, the 2.6 million paying subscribers.
    dict(
        text=(
            "France: AI in dating and matchmaking apps\n"
            "| Year | \u20ac million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 38 | - |\n"
            "| 2022 | 51 | 34% |\n"
            "| 2023 | 66 | 33% |\n"
            "| 2024 | 84 | 27% |\n"
            "| 2025E | 107 | 27% |\n"
            "Source: Atelier Num\u00e9rique Conseil, Paris, 2025. E = estimate. Excludes the \u20ac640 million French "
            "online-dating market as a whole and its 2.6 million paying subscribers."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 51, "EUR million", "actual"),
            ("Total", 2023, 66, "EUR million", "actual"),
            ("Total", 2024, 84, "EUR million", "actual"),
            ("Total", 2025, 107, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2021, 2022, 1.0),
            ("growth", 33, "percent", 2022, 2023, 1.0),
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (51 / 38) ** (1 / 1) - 1 = 34.21% -> 34
            # (66 / 51) ** (1 / 1) - 1 = 29.41%; bounds 65.5 / 51.5 - 1 = 27.18%, 66.5 / 50.5 - 1 = 31.68%
            # -> 33 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (84 / 66) ** (1 / 1) - 1 = 27.27% -> 27
            ("cagr|implied", "exact"),  # (107 / 84) ** (1 / 1) - 1 = 27.38% -> 27
        ],
    ),
    # 40. Tab-separated Traditional Chinese table, Taiwan (新台幣百萬元 = TWD million) with a 合計 row; 2025年(預估)
    #     estimates. 2024 合計 holds only by rounding, 2025 合計 is inconsistent. Expected nowhere: the table number,
    #     the 380萬 users in the note.
    dict(
        text=(
            "表3 臺灣交友與婚友服務AI應用市場規模(單位:新台幣百萬元)\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "AI配對推薦\t512\t648\t803\n"
            "AI照片與檔案優化\t214\t286\t371\n"
            "AI聊天助理\t158\t233\t322\n"
            "防詐與假帳號偵測\t301\t388\t476\n"
            "合計\t1,185\t1,556\t1,982\n"
            "資料來源:台灣社群經濟研究室;2025年為預估值。國內交友App使用者約380萬人,未列入本表。"
        ),
        obs=[
            ("AI配對推薦", 2023, 512, "TWD million", "actual"),
            ("AI配對推薦", 2024, 648, "TWD million", "actual"),
            ("AI配對推薦", 2025, 803, "TWD million", "estimate"),
            ("AI照片與檔案優化", 2023, 214, "TWD million", "actual"),
            ("AI照片與檔案優化", 2024, 286, "TWD million", "actual"),
            ("AI照片與檔案優化", 2025, 371, "TWD million", "estimate"),
            ("AI聊天助理", 2023, 158, "TWD million", "actual"),
            ("AI聊天助理", 2024, 233, "TWD million", "actual"),
            ("AI聊天助理", 2025, 322, "TWD million", "estimate"),
            ("防詐與假帳號偵測", 2023, 301, "TWD million", "actual"),
            ("防詐與假帳號偵測", 2024, 388, "TWD million", "actual"),
            ("防詐與假帳號偵測", 2025, 476, "TWD million", "estimate"),
            ("合計", 2023, 1185, "TWD million", "actual"),
            ("合計", 2024, 1556, "TWD million", "actual"),
            ("合計", 2025, 1982, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 512 + 214 + 158 + 301 = 1,185
            # 2024: 648 + 286 + 233 + 388 = 1,555, not 1,556; bounds 1,553 to 1,557 -> 1,556 reached only by some reading
            ("hierarchy", "rounding"),
            # 2025: 803 + 371 + 322 + 476 = 1,972; bounds 1,970 to 1,974 -> 1,982 unreachable
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'Rival house Observatoire Rive Gauche puts the 2024',
    'total addressable market',
    'last year, and expects',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长3倍',
    '新台幣12.6億元',
    '億港元',
    '中央社記者陳怡君台北2025年3月18日電',
    '| Feature | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 37.5 | 34.9%',
    'Q3 2025 earnings call, November 5, 2025 - Q&A',
    'Working Paper No. 24-117',
    '3/ Their 2028 call is $1.5B.',
    'Correction, June 4, 2025:',
    'To our shareholders,',
    '- 2025E TAM: $5.8B',
    'Ashgrove Insights has 2024 higher',
    'KRW 318 billion in 2024, up 27% year on year',
    '新华社北京2025年3月18日电',
    '標題 [情報] 交友軟體AI聊天助理+防詐 今年上看10億',
    '約為4.8億港元',
    '55亿至62亿元',
    '| Year | € million | YoY |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 63 rates, 91 verdicts and 1 false inconsistent
#: after the readings chosen on it and the two-hundred-and-twenty-sixth set: 205, 63, 92 and 1
FLOORS = {"figures_found": 205, "rates_found": 64, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset224.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
