"""A two-hundred-and-twenty-fifth check set for the extractor, written blind: AI in dating apps and matchmaking: AI match-
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
wire release on U.S. match-ranking and compatibility scoring, a Tokyo broker note in fiscal years and yen on AI in
konkatsu apps and agencies, a London briefing on trust-and-safety tools with three segments and shares, a Berlin article
on profile and photo coaching quoting two research houses, a Dallas investor-day TAM for AI dating assistants, a Tokyo
metropolitan strategy with last-year/this-year figures and a 2030 target, a correction notice on Canadian safety
screening with a range, a Brazilian blog post with 'nearly 3x'), seven Chinese prose texts (an industry report, a
Zhejiang plan with 力争到 and 增长3倍, a Xinhua story on social-discovery apps quoting two institutes, a Taiwan white paper in
新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive on AI chat and companion services with a
range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical
table of years with YoY, a tab-separated segment table). Left out: whole online-dating markets beside the AI part,
users, swipes, matches, registrants and paying subscribers, monthly prices, apps' revenue and margins, funding rounds
and valuations, quarter figures, survey answers, fraud losses, won, rupee, real and krona amounts, a second house's
figure, a correction's wrong range, a share in words. Inconsistent: the Berlin 24.8% CAGR, the Hong Kong 28.5% YoY, the
Swedish 2024 YoY and the Singapore 2024 Total. Only by rounding: the Tokyo broker's CAGR, the London fake-profile share,
the Zhejiang 32.8% and broker 38.1% YoYs, the Taiwan CAGR, the French safety-screening CAGR, the 2025年E 合计 and the
Korean scam-screening share.

Snippets 21-40: Twenty snippets on AI in dating apps and matchmaking, numbered 21-40: eight English prose pieces (a US
earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date and a 2.8x multiple, a
Stockholm working-paper abstract on Germany, France and Sweden whose 2029 figure in billions is converted to the series'
millions, a numbered social-media thread on Japanese AI matchmaking in yen, a Canadian web article on AI safety
screening with a correction line, a UK annual-report letter whose 'nearly £0.5 billion' is converted to millions and
whose CAGR span is inferred, San Francisco investor-day slide bullets, a forum answer quoting two research houses on US
AI profile coaching, and a Korean broker note in won that gives claims but no observations), seven Chinese prose pieces
(a Xinhua-style release, a Chengdu plan in 万元 whose 1.2亿元 target is converted, a Taipei research release, a Hong Kong
association report in 億港元, a PTT post, a broker abstract with a 2027 range, a results-briefing transcript) and five
tables (markdown US dollars with a CAGR column, tab-separated yen with a YoY column and a decline, space-aligned euros
with a share column, a vertical Singapore table whose rows are years and whose two value columns are the items, a
Traditional Chinese table in 新台幣億元 with a 合計 row). Left out everywhere: the whole online-dating markets beside the AI
part, users, members, paying subscribers and fake accounts, monthly prices and membership fees, apps' own revenue,
margins and share targets, funding rounds and valuations, a quarter's figures, survey answers and penetration rates,
fractions in words, reais, rupees, Canadian-dollar and won amounts, a second house's figure and a corrected misprint.
Inconsistent: the thread's 27% CAGR, the Hong Kong report's 28% growth, the broker abstract's 35% growth and the Taiwan
table's 2025 合計. Holding only by rounding: the working paper's 26.6% growth, the slides' 28% growth, the forum's 27.0%
CAGR, the PTT post's 36% growth, the match-ranking CAGR in the markdown table, France's share in the euro table and the
Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Austin wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the index's title year, the 2,050 singles and 36 operators surveyed, the $3.4 billion U.S. online-dating
    #    market, the $29.99 monthly price, the 2.6 billion weekly swipes, the 58% survey answer.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- U.S. dating apps and matchmaking services spent $538 million "
            "on AI match-ranking and compatibility-scoring systems in 2024, up 31% from $411 million in 2023, according "
            "to the 2025 Connected Hearts AI Index released today by Lonestar Social Research. The Austin firm, which "
            "surveyed 2,050 single adults and 36 platform operators, projects spending of $1.7 billion by 2030, a "
            "compound annual growth rate of 21.1% from 2024 to 2030. The AI layer is still a small part of the roughly "
            "$3.4 billion U.S. online-dating market, where a premium subscription runs about $29.99 a month. Platforms "
            "in the index logged some 2.6 billion swipes a week, and 58% of respondents said they would let an AI pick "
            "their first-date match."
        ),
        obs=[
            ("Total", 2023, 411, "USD million", "actual"),
            ("Total", 2024, 538, "USD million", "actual"),
            ("Total", 2030, 1700, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (538 / 411) ** (1 / 1) - 1 = 30.90% -> 31
            ("cagr|implied", "exact"),  # (1700 / 538) ** (1 / 6) - 1 = 21.14% -> 21.1
        ],
    ),
    # 2. Tokyo broker initiation in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 22%" where the amounts give 21.42%. Expected nowhere: the dateline, the ¥120
    #    billion online-dating market, Korean spending in won, the covered firm's sales, growth, margin, target price
    #    and upside, its 1.9 million paying members.
    dict(
        text=(
            "Tokyo, 27 May 2025. Japan Internet: matchmaking goes algorithmic (initiation of coverage). We size the "
            "domestic market for AI in marriage-hunting (konkatsu) apps and matchmaking agencies, covering "
            "compatibility scoring, AI profile coaching and identity and scam screening, at ¥21.6 billion in FY2024 "
            "(year to March 2025) and forecast ¥57 billion by FY2029e, a CAGR of about 22%. The whole online-dating "
            "market in Japan is some ¥120 billion. In South Korea, by our estimate, platforms spend about ₩95 billion "
            "on similar tools. Our top pick, Musubi Link (Buy, TP ¥2,480, 31% upside), grew FY2024 sales 19% to ¥14.8 "
            "billion at an 18.2% operating margin and counts 1.9 million paying members."
        ),
        obs=[
            ("Total", 2024, 21.6, "JPY billion", "actual"),
            ("Total", 2029, 57, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (57 / 21.6) ** (1 / 5) - 1 = 21.42% -> 21, not 22; bounds (56.5 / 21.65) ** (1/5) - 1 = 21.15%,
            # (57.5 / 21.55) ** (1/5) - 1 = 21.69% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (the fake-profile share of
    #    28% holds only by rounding); a 2029 forecast. Expected nowhere: the 41 platforms interviewed, the £92.9
    #    million lost to romance fraud, the 4.9 million Britons on dating apps.
    dict(
        text=(
            "LONDON, 3 September 2025 - British dating apps and matchmaking services spent £94 million on AI "
            "trust-and-safety tools in 2024, a briefing from the Marylebone Centre for Online Safety finds. Scam and "
            "romance-fraud detection took the largest slice, £38 million or about 40%, followed by fake-profile and "
            "identity verification at £27 million (28%). AI moderation of chat messages came to £17 million, some 18% "
            "of the total. The centre, which interviewed 41 platforms, expects the market to reach £260 million in "
            "2029. Victims reported losing £92.9 million to romance fraud last year, and around 4.9 million Britons "
            "used a dating app in the past month."
        ),
        obs=[
            ("Total", 2024, 94, "GBP million", "actual"),
            ("Scam and romance-fraud detection", 2024, 38, "GBP million", "actual"),
            ("Fake-profile and identity verification", 2024, 27, "GBP million", "actual"),
            ("AI moderation of chat messages", 2024, 17, "GBP million", "actual"),
            ("Total", 2029, 260, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38 / 94 = 40.43% -> 40
            # 27 / 94 = 28.72% -> 29, not 28; bounds 26.5 / 94.5 = 28.04%, 27.5 / 93.5 = 29.41% -> 28 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 17 / 94 = 18.09% -> 18
        ],
    ),
    # 4. Berlin article quoting two research houses: the first house's (Domstadt Digital Research) base, target and
    #    rates are the snippet's; its "up 37%" holds, its 24.8% CAGR is inconsistent. Expected nowhere: Elbwerk
    #    Analytics' €46 million for 2024, the 8.6 million users, the €19.99 monthly price, the 44% survey answer.
    dict(
        text=(
            "BERLIN, 15 July 2025 - German dating apps spent €52 million on AI profile and photo coaching in 2024, "
            "tools that pick a user's best pictures, rewrite bios and suggest opening lines, up 37% from €38 million in "
            "2023, according to the Cologne research house Domstadt Digital Research. It expects the market to reach "
            "€141 million in 2029, a compound annual growth rate of 24.8% between 2024 and 2029. Hamburg-based Elbwerk "
            "Analytics puts the 2024 market lower, at €46 million, because it leaves out photo-editing add-ons. Some "
            "8.6 million Germans use a dating app, a premium tier costs around €19.99 a month, and 44% of users polled "
            "said an AI-written bio would put them off."
        ),
        obs=[
            ("Total", 2023, 38, "EUR million", "actual"),
            ("Total", 2024, 52, "EUR million", "actual"),
            ("Total", 2029, 141, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52 / 38) ** (1 / 1) - 1 = 36.84% -> 37
            # (141 / 52) ** (1 / 5) - 1 = 22.08% -> 22.1, not 24.8; bounds (140.5 / 52.5) ** (1/5) - 1 = 21.76%,
            # (141.5 / 51.5) ** (1/5) - 1 = 22.40% -> 24.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Dallas): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly an 18% CAGR" over a printed span. Expected nowhere: the ₹9,000 crore Indian figure,
    #    the 3.2 million paying subscribers, the company's revenue and EBITDA margin, its 10% share goal, the third
    #    quarter's revenue.
    dict(
        text=(
            "Kindred Labs Investor Day, Dallas, October 7, 2025 - transcript excerpt. Marcus Oyelaran, chief executive "
            "officer: \"Let me size the prize. The total addressable market for AI dating assistants, meaning "
            "compatibility scoring, AI wingmen that coach you through a chat and safety screening that catches "
            "scammers before they message you, was $6.4 billion globally in 2024, and we expect it to reach $17 "
            "billion by 2030. That's roughly an 18% CAGR from 2024 to 2030. India alone is a ₹9,000 crore opportunity "
            "on our numbers. We ended the year with 3.2 million paying subscribers, revenue of $486 million and a 24% "
            "adjusted EBITDA margin, and we want 10% of that market by 2030. Third-quarter revenue was $131 million.\""
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2030, 17, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17 / 6.4) ** (1 / 6) - 1 = 17.68% -> 18
        ],
    ),
    # 6. Tokyo metropolitan strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate) printed as ¥1.1
    #    billion and expected converted to the series' unit (JPY million), a 2030 target likewise converted. Expected
    #    nowhere: the ¥380 million budget for the government's own app and its 11,000 registrants, the 0.96 fertility
    #    rate, the 34% survey answer.
    dict(
        text=(
            "TOKYO, February 20, 2025 - The Tokyo Metropolitan Government's marriage-support strategy, published "
            "today, estimates that matchmaking agencies, marriage-hunting apps and municipal marriage-support centres "
            "in the capital spent ¥860 million on AI matching and compatibility systems last year and expects ¥1.1 "
            "billion this year, an increase of about 28%. The strategy sets a target of ¥3 billion by 2030. The "
            "metropolitan government will put ¥380 million into its own AI matchmaking app, which has drawn some 11,000 "
            "registrants since launch, and notes that the capital's total fertility rate fell to 0.96. In a survey "
            "attached to the plan, 34% of unmarried residents said they would try an AI-recommended match."
        ),
        obs=[
            ("Total", 2024, 860, "JPY million", "actual"),
            ("Total", 2025, 1100, "JPY million", "estimate"),
            ("Total", 2030, 3000, "JPY million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 860) ** (1 / 1) - 1 = 27.91% -> 28
        ],
    ),
    # 7. Correction notice on a Canadian safety-screening story (amounts in US dollars): the 2030 range gives two
    #    value claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    US$280-330 million, the C$58 million lost to romance scams (Canadian dollars, and losses), the 1,100 police
    #    reports, the 7 million users; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 14 November 2025: An earlier version of this article misstated the 2030 forecast. Maple Trust "
            "Analytics expects Canadian spending to reach US$180 million to US$230 million in 2030, not US$280 million "
            "to US$330 million.\n"
            "Canadian dating and social-discovery apps spent US$64 million on AI safety screening in 2024, from "
            "scam-message detection to fake-profile and deepfake-photo checks, according to Maple Trust Analytics, a "
            "Montreal firm. It expects spending to reach US$180 million to US$230 million in 2030 as regulators press "
            "platforms to act on romance fraud. Canadians reported losing C$58 million to romance scams last year, "
            "police logged about 1,100 reports, and the firm counts some 7 million Canadians on dating apps."
        ),
        obs=[
            ("Total", 2024, 64, "USD million", "actual"),
        ],
        claims=[
            ("value", 180, "USD million", 2030, 2030, None),
            ("value", 230, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Brazilian dating-industry blog post (amounts in US dollars, reais as an aside): "nearly 3x" between 2022 and
    #    2024 is a multiple x3 over 2 years (no verdict). Expected nowhere: the R$370 million aside, the $410 million
    #    online-dating market, the R$39.90 monthly price, the start-up's $12 million round and $90 million valuation,
    #    the first quarter's 52% rise in sessions, the 18 million monthly users.
    dict(
        text=(
            "Match Point Brasil, a dating-industry blog, August 5, 2025 - Your profile, now with a ghostwriter. "
            "Brazilian dating apps spent $24 million on AI photo and profile coaching in 2022; by 2024 the figure was "
            "nearly 3x that, at $68 million (about R$370 million at today's rates), according to São Paulo-based "
            "Ipanema Insights. It is still a small slice of the $410 million the country's online-dating market took "
            "in. A premium coaching plan costs R$39.90 a month, and the Curitiba start-up Flerte.ai raised $12 million "
            "in May at a $90 million valuation. In the first quarter of 2025, AI coaching sessions rose 52%, and the "
            "apps now count some 18 million monthly users."
        ),
        obs=[
            ("Total", 2022, 24, "USD million", "actual"),
            ("Total", 2024, 68, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (反诈骗与虚假资料识别) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 约210亿元 whole dating-industry
    #    market, the 约1.3亿 users and 约1,900万 paying users, the 62% survey answer.
    dict(
        text=(
            "《2025中国婚恋交友行业AI应用发展报告》近日在杭州发布。报告显示，2024年我国婚恋交友平台AI应用（智能匹配与"
            "兼容度评分、AI形象顾问、AI聊天助手、反诈骗与虚假资料识别等）市场规模达到48.6亿元，同比增长35.4%，2023年为"
            "35.9亿元。其中，反诈骗与虚假资料识别市场规模为9.8亿元，占比20.2%，是监管关注度最高的细分领域。报告预计，到"
            "2029年该市场规模将达到132亿元，2024—2029年复合增长率为22.1%。报告同时指出，2024年我国婚恋交友行业整体市场"
            "规模约为210亿元，在线婚恋交友用户规模约1.3亿人，付费用户约1,900万人；受访单身用户中有62%愿意尝试由AI推荐的"
            "相亲对象。"
        ),
        obs=[
            ("Total", 2023, 35.9, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("反诈骗与虚假资料识别", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2029, 132, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.4, "percent", 2023, 2024, 1.0),
            ("share", 20.2, "percent", 2024, 2024, None),
            ("cagr", 22.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 35.9) ** (1 / 1) - 1 = 35.38% -> 35.4
            ("arithmetic", "exact"),  # 9.8 / 48.6 = 20.16% -> 20.2
            ("cagr|implied", "exact"),  # (132 / 48.6) ** (1 / 5) - 1 = 22.12% -> 22.1
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长32.8% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长3倍 kept as a
    #     multiple x3 over 4 years (no verdict). Expected nowhere: the plan's title years, the 20 model agencies, the
    #     100 marriage-registration offices, the 30% subsidy rate and its 10万元 cap.
    dict(
        text=(
            "浙江省民政厅等六部门日前联合印发《浙江省婚恋服务数字化提升行动方案（2025—2027年）》。方案显示，2023年全省"
            "婚恋服务领域AI应用（含婚介机构智能匹配系统、相亲平台AI红娘、交友安全核验等）市场规模为5.2亿元，2024年达到"
            "6.9亿元，同比增长32.8%。方案提出，力争到2027年全省相关市场规模突破20亿元，较2023年增长3倍；培育20家以上"
            "数字化婚恋服务示范机构，推动100个以上婚姻登记机关设立婚恋服务站，并对采购AI匹配系统的婚介机构按合同金额的"
            "30%给予最高10万元补贴。"
        ),
        obs=[
            ("Total", 2023, 5.2, "CNY 100 million", "actual"),
            ("Total", 2024, 6.9, "CNY 100 million", "actual"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.8, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (6.9 / 5.2) ** (1 / 1) - 1 = 32.69% -> 32.7, not 32.8; bounds 6.85 / 5.25 - 1 = 30.48%,
            # 6.95 / 5.15 - 1 = 34.95% -> 32.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 南方数智研究所's 约31亿元 for 2024, the forum's title
    #     year, the 1.6亿 monthly active users and 4,500万 daily matches, the 25元 monthly fee.
    dict(
        text=(
            "新华社广州9月12日电（记者 陈思远）记者从日前举行的2025中国社交互联网发展论坛上获悉，据中国移动社交研究院"
            "测算，2024年我国社交发现与兴趣交友类App的AI应用（AI破冰话题、兴趣图谱匹配、AI语音陪聊与内容安全审核等）"
            "市场规模为27.4亿元，比2023年的19.6亿元增长39.8%，预计2025年将达到36亿元。另据南方数智研究所统计，2024年"
            "这一市场规模约为31亿元。今年上半年，主要兴趣交友App月活跃用户合计超过1.6亿，日均匹配次数约4,500万次，会员"
            "月费普遍在25元左右。"
        ),
        obs=[
            ("Total", 2023, 19.6, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("Total", 2025, 36, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 19.6) ** (1 / 1) - 1 = 39.80% -> 39.8
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 25.8% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約420家 matchmaking agencies, the
    #     約310萬 active users, the 3,600 fraud cases and the 約新台幣18億元 fraud losses.
    dict(
        text=(
            "數位發展部委託台灣數位社交產業協會編撰的《2025臺灣AI交友與婚戀服務白皮書》指出，2024年國內交友App與婚友社"
            "採用的AI服務（含AI配對推薦、AI照片與自介優化、詐騙與假帳號偵測）市場規模達新台幣9.6億元，較2023年的新台幣"
            "7.3億元成長31.5%。其中，詐騙與假帳號偵測市場規模為新台幣2.8億元，占比29.2%。白皮書預估，2028年市場規模將達"
            "新台幣24億元，2024至2028年年複合成長率為25.8%。白皮書也指出，國內立案婚友社約420家，交友App活躍用戶約310萬"
            "人，去年警方受理交友詐騙案件逾3,600件，財損約新台幣18億元。"
        ),
        obs=[
            ("Total", 2023, 7.3, "TWD 100 million", "actual"),
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("詐騙與假帳號偵測", 2024, 2.8, "TWD 100 million", "actual"),
            ("Total", 2028, 24, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 29.2, "percent", 2024, 2024, None),
            ("cagr", 25.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.3) ** (1 / 1) - 1 = 31.51% -> 31.5
            ("arithmetic", "exact"),  # 2.8 / 9.6 = 29.17% -> 29.2
            # (24 / 9.6) ** (1 / 4) - 1 = 25.74% -> 25.7, not 25.8; bounds (23.5 / 9.65) ** (1/4) - 1 = 24.92%,
            # (24.5 / 9.55) ** (1/4) - 1 = 26.56% -> 25.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): the 28.5% YoY is inconsistent; 約4.3億港元 expected
    #     at its printed figure, its 約22% CAGR exact. Expected nowhere: the 8,600 dates arranged, the 3,880港元 monthly
    #     fee, the 約四成 survey share (in words), the start-up's 2,000萬港元 funding round.
    dict(
        text=(
            "香港婚姻介紹及交友服務協會昨日發表報告指出，2024年本港婚姻介紹所及交友平台採用的AI服務（包括AI配對及相容度"
            "評分、AI形象顧問、防騙及真人認證）市場規模為1.92億港元，較2023年的1.53億港元增長28.5%。報告預計，2028年市場"
            "規模將增至約4.3億港元，2024至2028年年均複合增長率約22%。報告又指，協會會員機構去年共安排約8,600次配對約會，"
            "高端婚介計劃月費約3,880港元，約四成受訪單身人士曾使用AI修飾個人照片。本地初創公司緣聚科技上月完成2,000萬港元"
            "A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.53, "HKD 100 million", "actual"),
            ("Total", 2024, 1.92, "HKD 100 million", "actual"),
            ("Total", 2028, 4.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1.92 / 1.53) ** (1 / 1) - 1 = 25.49% -> 25.5, not 28.5; bounds 1.915 / 1.535 - 1 = 24.76%,
            # 1.925 / 1.525 - 1 = 26.23% -> 28.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4.3 / 1.92) ** (1 / 4) - 1 = 22.33% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's 1.5億元, the
    #     platform's own revenue and gross margin, the 450元 monthly fee, the 280萬 registered members.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年6月10日電）市調機構群智數據研究今天表示，去年台灣交友App的AI聊天助理與真人驗證"
            "服務市場規模約新台幣5.4億元，今年在生成式AI對話教練功能帶動下，可望成長24%至6.7億元。不過今年第一季市場規模"
            "約新台幣1.5億元，略低於預期。國內交友平台龍頭心橋互動去年營收新台幣12.3億元，毛利率約61%，進階會員月費約"
            "新台幣450元，平台註冊會員突破280萬人。"
        ),
        obs=[
            ("Total", 2024, 5.4, "TWD 100 million", "actual"),
            ("Total", 2025, 6.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.7 / 5.4) ** (1 / 1) - 1 = 24.07% -> 24
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI chat assistants and companion services: 2023/2024 actuals with a 38.1% YoY
    #     that holds only by rounding; the 2027 range 40亿—50亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its
    #     third-quarter paying-user growth and 620万 paying users.
    dict(
        text=(
            "中泰星证券研究所2025年11月深度报告《AI陪伴与社交发现：从“划卡”到“懂你”》。我们测算，2024年国内社交发现与"
            "婚恋平台的AI聊天助手及AI陪伴服务市场规模为17.1亿元，同比增长38.1%，2023年为12.4亿元。随着多模态大模型成本"
            "下降和用户付费意愿提升，我们预计2027年市场规模将达到40亿—50亿元。行业龙头心动互娱2024年营收58.6亿元，毛利率"
            "67%，给予“买入”评级，目标价42元；公司三季度付费用户同比增长21%，达到620万。"
        ),
        obs=[
            ("Total", 2023, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 17.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 38.1, "percent", 2023, 2024, 1.0),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("value", 50, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (17.1 / 12.4) ** (1 / 1) - 1 = 37.90% -> 37.9, not 38.1; bounds 17.05 / 12.45 - 1 = 36.95%,
            # 17.15 / 12.35 - 1 = 38.87% -> 38.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (France, EUR million) with a CAGR 2024-30 column and a Total row: each row's CAGR is stated
    #     (span in the header); the safety-screening row's 19.6% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 4. France: AI in dating and matchmaking apps by function (EUR million)\n"
            "| Function | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Match ranking and compatibility scoring | 58 | 171 | 19.7% |\n"
            "| Profile and photo coaching | 24 | 83 | 23.0% |\n"
            "| Chat assistants | 19 | 71 | 24.6% |\n"
            "| Safety screening | 33 | 96 | 19.6% |\n"
            "| Total | 134 | 421 | 21.0% |\n"
            "Source: Seine Numérique Études, Dating Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("Match ranking and compatibility scoring", 2024, 58, "EUR million", "actual"),
            ("Match ranking and compatibility scoring", 2030, 171, "EUR million", "estimate"),
            ("Profile and photo coaching", 2024, 24, "EUR million", "actual"),
            ("Profile and photo coaching", 2030, 83, "EUR million", "estimate"),
            ("Chat assistants", 2024, 19, "EUR million", "actual"),
            ("Chat assistants", 2030, 71, "EUR million", "estimate"),
            ("Safety screening", 2024, 33, "EUR million", "actual"),
            ("Safety screening", 2030, 96, "EUR million", "estimate"),
            ("Total", 2024, 134, "EUR million", "actual"),
            ("Total", 2030, 421, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171 / 58) ** (1 / 6) - 1 = 19.75% -> 19.7
            ("cagr|implied", "exact"),  # (83 / 24) ** (1 / 6) - 1 = 22.97% -> 23.0
            ("cagr|implied", "exact"),  # (71 / 19) ** (1 / 6) - 1 = 24.57% -> 24.6
            # (96 / 33) ** (1 / 6) - 1 = 19.48% -> 19.5, not 19.6; bounds (95.5 / 33.5) ** (1/6) - 1 = 19.08%,
            # (96.5 / 32.5) ** (1/6) - 1 = 19.89% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (421 / 134) ** (1 / 6) - 1 = 21.02% -> 21.0
            ("hierarchy", "exact"),  # 2024: 58 + 24 + 19 + 33 = 134
            ("hierarchy", "exact"),  # 2030F: 171 + 83 + 71 + 96 = 421
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is an
    #     estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国婚恋交友平台AI技术服务采购规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能匹配与推荐\t8.4\t11.2\t14.6\n"
            "AI形象与资料优化\t3.1\t4.5\t6.3\n"
            "AI聊天助手\t2.6\t4.1\t6.2\n"
            "安全风控与实名核验\t4.7\t6.3\t8.2\n"
            "合计\t18.8\t26.1\t35.4\n"
            "资料来源：婚恋科技产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能匹配与推荐", 2023, 8.4, "CNY 100 million", "actual"),
            ("智能匹配与推荐", 2024, 11.2, "CNY 100 million", "actual"),
            ("智能匹配与推荐", 2025, 14.6, "CNY 100 million", "estimate"),
            ("AI形象与资料优化", 2023, 3.1, "CNY 100 million", "actual"),
            ("AI形象与资料优化", 2024, 4.5, "CNY 100 million", "actual"),
            ("AI形象与资料优化", 2025, 6.3, "CNY 100 million", "estimate"),
            ("AI聊天助手", 2023, 2.6, "CNY 100 million", "actual"),
            ("AI聊天助手", 2024, 4.1, "CNY 100 million", "actual"),
            ("AI聊天助手", 2025, 6.2, "CNY 100 million", "estimate"),
            ("安全风控与实名核验", 2023, 4.7, "CNY 100 million", "actual"),
            ("安全风控与实名核验", 2024, 6.3, "CNY 100 million", "actual"),
            ("安全风控与实名核验", 2025, 8.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 18.8, "CNY 100 million", "actual"),
            ("合计", 2024, 26.1, "CNY 100 million", "actual"),
            ("合计", 2025, 35.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 3.1 + 2.6 + 4.7 = 18.8
            ("hierarchy", "exact"),  # 2024: 11.2 + 4.5 + 4.1 + 6.3 = 26.1
            # 2025E: 14.6 + 6.3 + 6.2 + 8.2 = 35.3, not 35.4; bounds 35.1..35.5 (each part +/-0.05)
            # reach 35.35..35.45 -> 35.4 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (South Korea, USD million, 2024) with a share column and a Total row: four shares (the
    #     scam-screening row's 25.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the won conversion rate and the ₩161.6 billion in won.
    dict(
        text=(
            "South Korea: AI spending by dating and matchmaking platforms, 2024\n"
            "Function                                   USD m      Share\n"
            "Match ranking and compatibility scoring     41.2      34.8%\n"
            "Matchmaking-agency AI systems               29.6      25.0%\n"
            "Profile and photo coaching                  17.3      14.6%\n"
            "Scam and fake-profile screening             30.4      25.6%\n"
            "Total                                      118.5     100.0%\n"
            "Note 3: converted from won at ₩1,364 to the dollar (₩161.6 billion in all). Source: Han River Consumer "
            "Internet Tracker."
        ),
        obs=[
            ("Match ranking and compatibility scoring", 2024, 41.2, "USD million", "actual"),
            ("Matchmaking-agency AI systems", 2024, 29.6, "USD million", "actual"),
            ("Profile and photo coaching", 2024, 17.3, "USD million", "actual"),
            ("Scam and fake-profile screening", 2024, 30.4, "USD million", "actual"),
            ("Total", 2024, 118.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 34.8, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.2 / 118.5 = 34.77% -> 34.8
            ("arithmetic", "exact"),  # 29.6 / 118.5 = 24.98% -> 25.0
            ("arithmetic", "exact"),  # 17.3 / 118.5 = 14.60% -> 14.6
            # 30.4 / 118.5 = 25.654% -> 25.7, not 25.6; bounds 30.35 / 118.55 = 25.601%, 30.45 / 118.45 = 25.707%
            # -> 25.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 41.2 + 29.6 + 17.3 + 30.4 = 118.5
        ],
    ),
    # 19. Vertical table (Sweden) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 23.8% is inconsistent. Expected nowhere: the
    #     source's month and year, the note on krona conversion, the 1.4 million users, the 2021 dash.
    dict(
        text=(
            "Sweden: AI features in dating and social-discovery apps, spending\n"
            "Year | EUR million | YoY\n"
            "2021 | 14.2 | -\n"
            "2022 | 19.5 | 37.3%\n"
            "2023 | 25.8 | 32.3%\n"
            "2024 | 33.1 | 23.8%\n"
            "2025E | 41.6 | 25.7%\n"
            "Source: Nordic Social Apps Monitor, June 2025; krona spending converted at average annual rates; some 1.4 "
            "million Swedes used a dating app in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 14.2, "EUR million", "actual"),
            ("Total", 2022, 19.5, "EUR million", "actual"),
            ("Total", 2023, 25.8, "EUR million", "actual"),
            ("Total", 2024, 33.1, "EUR million", "actual"),
            ("Total", 2025, 41.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 37.3, "percent", 2021, 2022, 1.0),
            ("growth", 32.3, "percent", 2022, 2023, 1.0),
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.5 / 14.2) ** (1 / 1) - 1 = 37.32% -> 37.3
            ("cagr|implied", "exact"),  # (25.8 / 19.5) ** (1 / 1) - 1 = 32.31% -> 32.3
            # (33.1 / 25.8) ** (1 / 1) - 1 = 28.29% -> 28.3, not 23.8; bounds 33.05 / 25.85 - 1 = 27.85%,
            # 33.15 / 25.75 - 1 = 28.74% -> 23.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (41.6 / 33.1) ** (1 / 1) - 1 = 25.68% -> 25.7
        ],
    ),
    # 20. Tab-separated segment table (Singapore, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (54 printed, 48 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     conversion from Singapore dollars.
    dict(
        text=(
            "Singapore: AI in dating and matchmaking by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI match ranking for dating apps\t14\t19\t25\n"
            "AI safety and scam screening\t9\t13\t17\n"
            "AI coaching and chat assistants\t6\t9\t13\n"
            "AI systems for matchmaking agencies\t5\t7\t9\n"
            "Total\t34\t54\t64\n"
            "Source: Lion City Digital Research; Singapore-dollar figures converted at average annual rates; "
            "2025F = forecast."
        ),
        obs=[
            ("AI match ranking for dating apps", 2023, 14, "USD million", "actual"),
            ("AI match ranking for dating apps", 2024, 19, "USD million", "actual"),
            ("AI match ranking for dating apps", 2025, 25, "USD million", "estimate"),
            ("AI safety and scam screening", 2023, 9, "USD million", "actual"),
            ("AI safety and scam screening", 2024, 13, "USD million", "actual"),
            ("AI safety and scam screening", 2025, 17, "USD million", "estimate"),
            ("AI coaching and chat assistants", 2023, 6, "USD million", "actual"),
            ("AI coaching and chat assistants", 2024, 9, "USD million", "actual"),
            ("AI coaching and chat assistants", 2025, 13, "USD million", "estimate"),
            ("AI systems for matchmaking agencies", 2023, 5, "USD million", "actual"),
            ("AI systems for matchmaking agencies", 2024, 7, "USD million", "actual"),
            ("AI systems for matchmaking agencies", 2025, 9, "USD million", "estimate"),
            ("Total", 2023, 34, "USD million", "actual"),
            ("Total", 2024, 54, "USD million", "actual"),
            ("Total", 2025, 64, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14 + 9 + 6 + 5 = 34
            # 2024: 19 + 13 + 9 + 7 = 48, not 54; bounds 46..50 (each part +/-0.5) miss 53.5..54.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 25 + 17 + 13 + 9 = 64
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion), call dated November 2025: "this year" is 2025
    #     (estimate), "last year" 2024 (actual); YoY with both amounts; "roughly 2.8x" between 2025 and 2030 is a
    #     multiple (no verdict). Expected nowhere: the call's date and quarter, the ~$10 billion online-dating
    #     category, the third-quarter revenue, growth and margin, the 5.8 million paying subscribers, the $29.99 price.
    dict(
        text=(
            "Hartwell Match Group Q3 2025 earnings call, November 6, 2025 - Q&A\n"
            "Analyst (Priya Menon, Stonegate Securities): How big can the AI layer in dating get?\n"
            "CEO Daniel Okafor: We size the total addressable market for AI in dating, meaning match ranking, profile "
            "and photo coaching, chat assistance and safety screening, at about $2.6 billion this year, up nearly 37% "
            "from $1.9 billion last year. By 2030 we think it reaches $7.3 billion, roughly 2.8x this year's level. "
            "That still sits inside an online-dating category worth something like $10 billion globally. For our own "
            "business, third-quarter revenue was $412 million, up 9%, with an adjusted EBITDA margin of 34%; we ended "
            "the quarter with 5.8 million paying subscribers, and our premium tier costs $29.99 a month."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2030, 7.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2024, 2025, 1.0),
            ("multiple", 2.8, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 1.9) ** (1 / 1) - 1 = 36.84% -> 37
        ],
    ),
    # 22. Stockholm working-paper abstract (EUR million): YoY with both amounts that holds only by rounding; a 2029
    #     figure printed in billions converted to the series' unit (EUR 1,100 million); CAGR with printed span.
    #     Expected nowhere: the paper number, the 31 million users, the €14.99 price, the ~€2.4 billion online-dating
    #     market, the JEL codes.
    dict(
        text=(
            "Stockholm School of Platform Economics, Working Paper SSPE-WP 2025/14. Abstract: Using app-store receipts "
            "and vendor filings, we size the market for AI features in dating apps (match ranking, compatibility "
            "scoring, profile coaching and fake-profile detection) in Germany, France and Sweden. Spending reached "
            "€318 million in 2023 and €402 million in 2024, a rise of 26.6%. Our baseline projects €1.1 billion in "
            "2029, a compound annual growth rate of 22.3% over 2024-2029. The three countries count some 31 million "
            "active dating-app users, and the median premium subscription costs €14.99 a month. For comparison, the "
            "whole online-dating market in the three countries is worth about €2.4 billion. Keywords: matching "
            "markets, recommender systems, platform safety. JEL: D83, L86."
        ),
        obs=[
            ("Total", 2023, 318, "EUR million", "actual"),
            ("Total", 2024, 402, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("cagr", 22.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (402 / 318) ** (1 / 1) - 1 = 26.42% -> 26.4, not 26.6; bounds 401.5 / 318.5 - 1 = 26.06%,
            # 402.5 / 317.5 - 1 = 26.77% -> 26.6 reached only by some reading
            ("cagr|implied", "rounding"),
            # (1100 / 402) ** (1 / 5) - 1 = 22.30% -> 22.3; bounds (1050 / 402.5) ** (1/5) - 1 = 21.14%,
            # (1150 / 401.5) ** (1/5) - 1 = 23.43%
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. Numbered social-media thread on Japan (JPY billion): YoY with both amounts, a part with its share, a CAGR
    #     with printed span that no reading reaches (inconsistent). Expected nowhere: the 3,800 agencies, the 1.2
    #     million members, the ¥15,000 monthly fee, the 2,000 singles polled and their 58%.
    dict(
        text=(
            "1/ New numbers on Japan's AI matchmaking boom from the Tokyo consultancy Hoshizora Research. A short "
            "thread on the konkatsu industry going algorithmic.\n"
            "2/ Spending on AI for marriage-hunting agencies and matchmaking apps hit ¥12.4 billion in 2024, up 28% "
            "from ¥9.7 billion in 2023.\n"
            "3/ Compatibility scoring is the biggest piece at ¥5.1 billion, about 41% of the market. Profile coaching "
            "and chat assistants share the rest.\n"
            "4/ Hoshizora sees ¥30 billion by 2028 and calls that a 27% CAGR for 2024-2028.\n"
            "5/ For scale: some 3,800 registered agencies, 1.2 million members, and a typical agency fee of ¥15,000 "
            "a month.\n"
            "6/ In its survey of 2,000 singles, 58% said they would trust an AI-suggested match. /end"
        ),
        obs=[
            ("Total", 2023, 9.7, "JPY billion", "actual"),
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Compatibility scoring", 2024, 5.1, "JPY billion", "actual"),
            ("Total", 2028, 30, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.7) ** (1 / 1) - 1 = 27.84% -> 28
            ("arithmetic", "exact"),  # 5.1 / 12.4 = 41.13% -> 41
            # (30 / 12.4) ** (1 / 4) - 1 = 24.72%; bounds (29.5 / 12.45) ** (1/4) - 1 = 24.07%,
            # (30.5 / 12.35) ** (1/4) - 1 = 25.36% -> 27 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Canadian web article with a correction line (USD million): YoY with both amounts, two parts, one with its
    #     share. Expected nowhere: the update date, the misprinted US$46 million, the C$59 million romance-scam losses
    #     (Canadian dollars are not in the unit table, and losses are no market), the 4.1 million fake accounts, the
    #     52% poll answer.
    dict(
        text=(
            "AI bouncers: Canada's dating apps pay up to keep scammers out\n"
            "By Owen Tremblay, Maple Ledger Online, updated April 9, 2025\n"
            "Canadian dating and social-discovery apps spent US$84 million on AI safety screening in 2024, up 31% from "
            "US$64 million in 2023, estimates the Halifax firm Tidewater Digital Research. Fake-profile detection "
            "accounted for US$51 million, or 61% of the total, and romance-scam detection for the remaining US$33 "
            "million. Canadians reported C$59 million in romance-scam losses last year, the apps removed some 4.1 "
            "million fake accounts, and 52% of users in a Tidewater poll said they felt safer than a year earlier.\n"
            "Correction: An earlier version of this story said 2023 spending was US$46 million. It was US$64 million."
        ),
        obs=[
            ("Total", 2023, 64, "USD million", "actual"),
            ("Total", 2024, 84, "USD million", "actual"),
            ("Fake-profile detection", 2024, 51, "USD million", "actual"),
            ("Romance-scam detection", 2024, 33, "USD million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84 / 64) ** (1 / 1) - 1 = 31.25% -> 31
            ("arithmetic", "exact"),  # 51 / 84 = 60.71% -> 61
        ],
    ),
    # 25. UK annual-report letter to shareholders (GBP million), dated 2025: "last year" is 2024 (actual); YoY with
    #     both amounts; "nearly £0.5 billion" by 2029 (printed figure, estimate) converted to the series' unit; the
    #     CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the company's revenue, growth
    #     and margin, the 1.4 million paying members, the £19.99 price, the ~£1.3 billion UK online-dating spend, the
    #     letter's date.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, AI has become the reason people choose one dating app over another. By our estimate, "
            "UK singles and the apps serving them spent £176 million on AI match ranking, profile coaching and chat "
            "assistants last year, 24% more than the £142 million of 2023, and we expect the market to reach nearly "
            "£0.5 billion by 2029, compound growth of about 23% a year. Kindred Lane's own revenue grew 17% to £88.6 "
            "million and our operating margin widened to 12%. We now have 1.4 million paying members, and Kindred "
            "Premium costs £19.99 a month. Across all of UK online dating, consumers spent roughly £1.3 billion.\n"
            "Eleanor Whitcombe, Chair, Kindred Lane plc, Bristol, 18 March 2025"
        ),
        obs=[
            ("Total", 2023, 142, "GBP million", "actual"),
            ("Total", 2024, 176, "GBP million", "actual"),
            ("Total", 2029, 500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (176 / 142) ** (1 / 1) - 1 = 23.94% -> 24
            ("cagr|period", "exact"),  # (500 / 176) ** (1 / 5) - 1 = 23.22% -> 23
        ],
    ),
    # 26. San Francisco investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total);
    #     2025E and 2028E are estimates; a YoY that holds only by rounding and a CAGR with printed span. Expected
    #     nowhere: the slide number, the company's revenue and margin, the 96M users and 7.1M subscribers, the
    #     R$ 1.2B Brazil aside (reais are not in the unit table), the Series E round and valuation.
    dict(
        text=(
            "Lumen Social Investor Day, San Francisco, September 16, 2025\n"
            "Slide 9: AI match ranking and compatibility scoring, global TAM\n"
            "- 2024 TAM: $3.4B\n"
            "- 2025E TAM: $4.3B\n"
            "- 2028E TAM: $8.9B\n"
            "- 2024-2025E growth: 28%\n"
            "- 2025E-2028E CAGR: 27%\n"
            "- Lumen FY2024 revenue: $640M; adj. EBITDA margin 21%\n"
            "- 96M monthly active users; 7.1M paying subscribers\n"
            "- Brazil: R$ 1.2B further opportunity (not in TAM)\n"
            "- Series E (2022): $180M raised at a $2.6B valuation"
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.3, "USD billion", "estimate"),
            ("Total", 2028, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
            ("cagr", 27, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (4.3 / 3.4) ** (1 / 1) - 1 = 26.47% -> 26, not 28; bounds 4.25 / 3.45 - 1 = 23.19%,
            # 4.35 / 3.35 - 1 = 29.85% -> 28 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (8.9 / 4.3) ** (1 / 3) - 1 = 27.44% -> 27
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house's figures are the snippet's; YoY
    #     with both amounts; a 2029 figure in billions converted to the series' unit; CAGR with printed span that
    #     holds only by rounding. Expected nowhere: the second house's $520 million for 2024, the ~$6 billion US
    #     dating-app spend, the $19.99 price, the $22 million round and $140 million valuation, the Rs 310 crore India
    #     aside (rupees are not in the unit table), the upvotes.
    dict(
        text=(
            "Re: Is AI profile coaching for dating apps actually a real market?\n"
            "Answer by swipe_economist (32 upvotes)\n"
            "Depends on whose numbers you trust. Corvel Insights estimates that US consumers and apps spent $410 "
            "million on AI profile and photo coaching in 2024, up 41% from $290 million in 2023, and forecasts $1.35 "
            "billion in 2029, a CAGR of 27.0% for 2024-2029. Brightwater Analytics, by contrast, has 2024 at $520 "
            "million. Either way it is a sliver of the roughly $6 billion Americans spend on dating apps overall. The "
            "coaching apps I've tried charge about $19.99 a month, and one of them just raised a $22 million Series A "
            "at a $140 million valuation. For anyone asking about India, Corvel puts the market there at Rs 310 crore."
        ),
        obs=[
            ("Total", 2023, 290, "USD million", "actual"),
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("cagr", 27.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (410 / 290) ** (1 / 1) - 1 = 41.38% -> 41
            # (1350 / 410) ** (1 / 5) - 1 = 26.91% -> 26.9, not 27.0; bounds (1345 / 410.5) ** (1/5) - 1 = 26.79%,
            # (1355 / 409.5) ** (1/5) - 1 = 27.04% -> 27.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Korean broker note in won: won are not in the unit table, so no observation; its YoY, CAGR, multiple and
    #     share are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline,
    #     the ₩214 billion, the 4.6 million users, the ₩29,000 monthly price, the target price and upside, the pick's
    #     4Q24 margin, its ₩45 billion round and ₩600 billion valuation.
    dict(
        text=(
            "Hanbit Securities - Korea Internet - Seoul, 3 March 2025\n"
            "Love, optimised. We estimate Korea's market for AI features in dating and social-discovery apps at ₩214 "
            "billion in 2024, up 34% year on year, and forecast a CAGR of 24% over 2024-2028, which would leave it at "
            "about 2.4x its 2024 size. Safety screening and identity verification account for 46% of spend, "
            "reflecting tough rules on fake profiles. Korea has some 4.6 million monthly dating-app users, and paying "
            "users spend an average ₩29,000 a month. Our top pick, Dalbit Corp (BUY, TP ₩38,000, 29% upside), posted "
            "a 27% operating margin in 4Q24 and recently raised ₩45 billion at a ₩600 billion valuation."
        ),
        obs=[],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
            ("multiple", 2.4, "multiple", 2024, 2028, 4.0),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 今年 figure (2025,
    #     有望突破, printed figure, estimate). Expected nowhere: the dateline, the 3.1亿 users, the 30-68元 monthly fees,
    #     the ~185亿元 online-dating market.
    dict(
        text=(
            "新华社上海2025年2月26日电(记者林书遥)记者从中国婚恋服务行业协会获悉,2024年我国婚恋交友领域人工智能应用"
            "市场规模达到46.3亿元,较2023年的35.8亿元增长29.3%。其中,AI智能匹配与契合度评分市场规模为19.6亿元,占比"
            "42.3%。协会预计,今年我国婚恋交友AI应用市场规模有望突破60亿元。数据显示,我国在线婚恋交友用户规模约3.1亿"
            "人,主要平台付费会员月费普遍在30元至68元之间,2024年在线婚恋交友整体市场规模约为185亿元。业内人士表示,"
            "AI“红娘”正在从简单推荐走向全流程陪伴。"
        ),
        obs=[
            ("Total", 2023, 35.8, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("AI智能匹配与契合度评分", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("share", 42.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 35.8) ** (1 / 1) - 1 = 29.33% -> 29.3
            ("arithmetic", "exact"),  # 19.6 / 46.3 = 42.33% -> 42.3
        ],
    ),
    # 30. Chengdu municipal plan (Simplified, 万元): 2024 base 6,200万元 (actual) and a 2027 target printed as 1.2亿元
    #     (超过, printed figure, estimate) expected converted to the series' unit (12,000 万元); the CAGR's span is
    #     given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 50 agencies, the
    #     200 events, the 10万人次, the 60% adoption rate (a penetration rate, no share of the market).
    dict(
        text=(
            "《成都市推进人工智能赋能婚恋服务高质量发展实施方案(2025—2027年)》近日印发。方案提出,鼓励婚姻介绍机构和"
            "婚恋交友平台应用AI智能匹配、AI形象顾问和身份核验反诈等技术。2024年,全市婚恋服务领域人工智能应用规模为"
            "6,200万元;到2027年,力争超过1.2亿元,年均增长约25%。方案同时提出,到2027年培育规范化AI婚介服务机构50家,"
            "举办公益相亲联谊活动200场以上,服务单身青年10万人次,全市婚姻介绍机构AI技术应用率达到60%。"
        ),
        obs=[
            ("Total", 2024, 6200, "CNY 10 thousand", "actual"),
            ("Total", 2027, 12000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (12000 / 6200) ** (1 / 3) - 1 = 24.62% -> 25; bounds (11500 / 6200.5) ** (1/3) - 1 = 22.86%,
            # (12500 / 6199.5) ** (1/3) - 1 = 26.33%
            ("cagr|period", "exact"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a part with its share, a CAGR with
    #     printed span. Expected nowhere: the release day, the 1,200 users surveyed and their 44%, the 540萬 active
    #     users, the 300-450元 monthly prices.
    dict(
        text=(
            "【台北訊】台灣數位生活研究所今(21)日發布調查指出,2024年台灣交友App的AI功能市場(含AI配對、AI聊天助理與"
            "防詐驗證)規模達新台幣23.6億元,較2023年的17.9億元成長31.8%;其中,防詐與假帳號偵測為8.4億元,占整體市場"
            "35.6%。研究所預估,2027年市場規模將達新台幣52億元,2024至2027年年複合成長率約30%。此次調查訪問1,200名使用"
            "者,其中44%曾付費使用AI功能;國內交友App活躍用戶約540萬人,付費方案月費多在新台幣300至450元之間。"
        ),
        obs=[
            ("Total", 2023, 17.9, "TWD 100 million", "actual"),
            ("Total", 2024, 23.6, "TWD 100 million", "actual"),
            ("防詐與假帳號偵測", 2024, 8.4, "TWD 100 million", "actual"),
            ("Total", 2027, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("share", 35.6, "percent", 2024, 2024, None),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 17.9) ** (1 / 1) - 1 = 31.84% -> 31.8
            ("arithmetic", "exact"),  # 8.4 / 23.6 = 35.59% -> 35.6
            ("cagr|implied", "exact"),  # (52 / 23.6) ** (1 / 3) - 1 = 30.13% -> 30
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts that no reading reaches
    #     (inconsistent), a CAGR with printed span. Expected nowhere: the report's title year, the shares given only
    #     as fractions in words (約佔四成, 約佔三成), the 62 member agencies, the 120萬 users, the 8,000-30,000港元
    #     membership fees.
    dict(
        text=(
            "香港婚戀服務業聯會今日發表《2025香港婚戀科技發展報告》,指出2024年本港婚姻介紹所及交友平台的AI應用市場規模"
            "為4.8億港元,較2023年的3.9億港元按年增長28%。報告預期,2026年市場規模將升至7.1億港元,2024至2026年年均複合"
            "增長率約22%。按功能劃分,AI配對及性格評估約佔四成,防騙身份核實約佔三成。聯會現有會員機構62間,本港交友App"
            "月活躍用戶約120萬,一般婚介會籍收費約8,000至30,000港元。聯會主席表示,AI有助減少假帳戶及感情騙案。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("Total", 2026, 7.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (4.8 / 3.9) ** (1 / 1) - 1 = 23.08%; bounds 4.75 / 3.95 - 1 = 20.25%, 4.85 / 3.85 - 1 = 25.97%
            # -> 28 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (7.1 / 4.8) ** (1 / 2) - 1 = 21.62% -> 22
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: 去年 2024 (約, printed figure, actual), 今年 2025 (預估,
    #     estimate) with a YoY that holds only by rounding, a 2028 figure (上看, estimate), a CAGR with printed span.
    #     The title's 8億 is the less precise statement of the 2025 figure (8.4). Expected nowhere: the post time, the
    #     180萬 monthly users, the 199元 monthly price.
    dict(
        text=(
            "作者 tofuheart (豆腐心)\n"
            "看板 Boy-Girl\n"
            "標題 [情報] AI幫你聊天把妹?台灣AI戀愛助理市場今年上看8億\n"
            "時間 Sat May 10 22:41:05 2025\n"
            "1.新聞來源:經濟快報\n"
            "2.內容:研究機構「鏡湖市場顧問」公布,台灣交友App上的AI聊天助理與破冰建議服務,市場規模去年約新台幣6.2億元,"
            "預估今年成長36%至8.4億元,2028年上看15億元,2025至2028年複合成長率約21%。報告也提到,國內約有180萬人每月"
            "使用AI幫忙回訊息,付費版月費約新台幣199元。\n"
            "3.心得:連聊天都要外包給AI,那見面的時候怎麼辦...有沒有人用過,推不推?"
        ),
        obs=[
            ("Total", 2024, 6.2, "TWD 100 million", "actual"),
            ("Total", 2025, 8.4, "TWD 100 million", "estimate"),
            ("Total", 2028, 15, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (8.4 / 6.2) ** (1 / 1) - 1 = 35.48% -> 35, not 36; bounds 8.35 / 6.25 - 1 = 33.60%,
            # 8.45 / 6.15 - 1 = 37.40% -> 36 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (15 / 8.4) ** (1 / 3) - 1 = 21.32% -> 21
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts that no
    #     reading reaches (inconsistent). Expected nowhere: the report date, the 2.6亿 users and 2,100万 paying
    #     users, the 25-40元 monthly fees, the target price and upside, the pick's revenue and gross margin, its
    #     8亿元 round and 110亿元 valuation.
    dict(
        text=(
            "【鼎元证券】婚恋社交AI行业深度报告:算法红娘的商业化拐点(2025年6月17日)\n"
            "摘要:我们测算,2024年我国婚恋及社交发现类应用的AI服务市场规模为58.4亿元,较2023年的44.1亿元同比增长35%;"
            "预计2027年市场规模将达到120—150亿元。其中,AI聊天陪伴与破冰助手是增长最快的细分领域。目前国内主要婚恋社交"
            "平台月活跃用户合计约2.6亿,付费用户约2,100万,会员月费多在25—40元。首次覆盖给予行业“推荐”评级,重点推荐"
            "心桥科技(目标价42元,上涨空间28%),公司2024年营业收入17.6亿元,毛利率71%;公司此前完成B轮融资8亿元,投后"
            "估值110亿元。"
        ),
        obs=[
            ("Total", 2023, 44.1, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (58.4 / 44.1) ** (1 / 1) - 1 = 32.43%; bounds 58.35 / 44.15 - 1 = 32.16%, 58.45 / 44.05 - 1 = 32.69%
            # -> 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 去年 2024 (大约, printed figure, actual), 今年
    #     2025 (有望, estimate) with a YoY (左右), 2027 (超过, printed figure, estimate), a CAGR with printed span
    #     (今年到2027年). Expected nowhere: the company's revenue and gross margin, the first quarter's revenue and
    #     growth, the 1.1亿 users and 920万 paying users, the share target given as a fraction in words (两成以上).
    dict(
        text=(
            "遇见科技2024年度业绩说明会文字实录(2025年4月18日)\n"
            "投资者:公司怎么看社交发现和交友类应用里AI功能的市场空间?\n"
            "首席执行官 宋嘉禾:按我们的测算,国内社交发现与交友类应用AI功能(包括AI匹配、AI聊天助手和AI安全审核)的市场"
            "规模去年大约是38亿元,今年有望达到50亿元,增长32%左右;到2027年将超过80亿元,今年到2027年年均复合增长约26%。"
            "公司去年实现营业收入21.4亿元,毛利率64%,今年一季度营收5.6亿元,同比增长18%。目前平台月活跃用户约1.1亿,"
            "付费用户920万。我们希望到2027年在这一市场拿到两成以上的份额。"
        ),
        obs=[
            ("Total", 2024, 38, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
            ("cagr", 26, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (50 / 38) ** (1 / 1) - 1 = 31.58% -> 32
            ("cagr|implied", "exact"),  # (80 / 50) ** (1 / 2) - 1 = 26.49% -> 26
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column; 2028F is an estimate; rows add to the Total row;
    #     the match-ranking CAGR holds only by rounding. Expected nowhere: the table number, the title's year span, the
    #     source's date, the USD 6.1 billion online-dating market and the 58.6 million adults in the note.
    dict(
        text=(
            "Table 2. United States: AI in dating apps by segment, 2023-2028F (USD million)\n"
            "| Segment | 2023 | 2024 | 2028F | CAGR 2024-28 |\n"
            "|---|---|---|---|---|\n"
            "| AI match ranking and compatibility scoring | 512 | 634 | 1,380 | 21.4% |\n"
            "| AI profile and photo coaching | 188 | 252 | 690 | 28.6% |\n"
            "| AI chat assistants | 96 | 147 | 468 | 33.6% |\n"
            "| AI safety screening | 214 | 268 | 560 | 20.2% |\n"
            "| Total | 1,010 | 1,301 | 3,098 | 24.2% |\n"
            "Source: Redwood Consumer Internet Tracker, San Jose, March 2025. Note: F = forecast. The whole US "
            "online-dating market was about USD 6.1 billion in 2024, and 58.6 million US adults used a dating app."
        ),
        obs=[
            ("AI match ranking and compatibility scoring", 2023, 512, "USD million", "actual"),
            ("AI match ranking and compatibility scoring", 2024, 634, "USD million", "actual"),
            ("AI match ranking and compatibility scoring", 2028, 1380, "USD million", "estimate"),
            ("AI profile and photo coaching", 2023, 188, "USD million", "actual"),
            ("AI profile and photo coaching", 2024, 252, "USD million", "actual"),
            ("AI profile and photo coaching", 2028, 690, "USD million", "estimate"),
            ("AI chat assistants", 2023, 96, "USD million", "actual"),
            ("AI chat assistants", 2024, 147, "USD million", "actual"),
            ("AI chat assistants", 2028, 468, "USD million", "estimate"),
            ("AI safety screening", 2023, 214, "USD million", "actual"),
            ("AI safety screening", 2024, 268, "USD million", "actual"),
            ("AI safety screening", 2028, 560, "USD million", "estimate"),
            ("Total", 2023, 1010, "USD million", "actual"),
            ("Total", 2024, 1301, "USD million", "actual"),
            ("Total", 2028, 3098, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 28.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 33.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1380 / 634) ** (1 / 4) - 1 = 21.46% -> 21.5, not 21.4; bounds (1379.5 / 634.5) ** (1/4) - 1 = 21.43%,
            # (1380.5 / 633.5) ** (1/4) - 1 = 21.50% -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (690 / 252) ** (1 / 4) - 1 = 28.64% -> 28.6
            ("cagr|implied", "exact"),  # (468 / 147) ** (1 / 4) - 1 = 33.58% -> 33.6
            ("cagr|implied", "exact"),  # (560 / 268) ** (1 / 4) - 1 = 20.23% -> 20.2
            ("cagr|implied", "exact"),  # (3098 / 1301) ** (1 / 4) - 1 = 24.22% -> 24.2
            ("hierarchy", "exact"),  # 2023: 512 + 188 + 96 + 214 = 1010
            ("hierarchy", "exact"),  # 2024: 634 + 252 + 147 + 268 = 1301
            ("hierarchy", "exact"),  # 2028F: 1380 + 690 + 468 + 560 = 3098
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY million), fiscal years, with a YoY column including a decline
    #     (a negative rate); rows add to the Total row. Expected nowhere: the exhibit number, the 460 agencies
    #     surveyed, the source's date, the JPY 62 billion of membership fees in the note.
    dict(
        text=(
            "Exhibit 4: Japan, AI services for marriage agencies and matchmaking apps (JPY million)\n"
            "Service\tFY2023\tFY2024\tYoY\n"
            "AI compatibility scoring\t4,120\t5,260\t27.7%\n"
            "AI profile and photo coaching\t1,880\t2,410\t28.2%\n"
            "AI chat assistants\t1,350\t2,090\t54.8%\n"
            "Identity and fake-profile screening\t2,240\t2,730\t21.9%\n"
            "AI icebreaker cards\t610\t560\t-8.2%\n"
            "Total\t10,200\t13,050\t27.9%\n"
            "Note: fiscal years ending March. Source: Kizuna Data Research, survey of 460 agencies, July 2025. "
            "Excludes agency membership fees (about JPY 62 billion)."
        ),
        obs=[
            ("AI compatibility scoring", 2023, 4120, "JPY million", "actual"),
            ("AI compatibility scoring", 2024, 5260, "JPY million", "actual"),
            ("AI profile and photo coaching", 2023, 1880, "JPY million", "actual"),
            ("AI profile and photo coaching", 2024, 2410, "JPY million", "actual"),
            ("AI chat assistants", 2023, 1350, "JPY million", "actual"),
            ("AI chat assistants", 2024, 2090, "JPY million", "actual"),
            ("Identity and fake-profile screening", 2023, 2240, "JPY million", "actual"),
            ("Identity and fake-profile screening", 2024, 2730, "JPY million", "actual"),
            ("AI icebreaker cards", 2023, 610, "JPY million", "actual"),
            ("AI icebreaker cards", 2024, 560, "JPY million", "actual"),
            ("Total", 2023, 10200, "JPY million", "actual"),
            ("Total", 2024, 13050, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("growth", 54.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", -8.2, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5260 / 4120 - 1 = 27.67% -> 27.7
            ("cagr|implied", "exact"),  # 2410 / 1880 - 1 = 28.19% -> 28.2
            ("cagr|implied", "exact"),  # 2090 / 1350 - 1 = 54.81% -> 54.8
            ("cagr|implied", "exact"),  # 2730 / 2240 - 1 = 21.875% -> 21.9
            ("cagr|implied", "exact"),  # 560 / 610 - 1 = -8.20% -> -8.2
            ("cagr|implied", "exact"),  # 13050 / 10200 - 1 = 27.94% -> 27.9
            ("hierarchy", "exact"),  # FY2023: 4120 + 1880 + 1350 + 2240 + 610 = 10200
            ("hierarchy", "exact"),  # FY2024: 5260 + 2410 + 2090 + 2730 + 560 = 13050
        ],
    ),
    # 38. Space-aligned European table (EUR million, 2024) with a share column: rows add to the Total row; the
    #     Total's 100.0% is no claim; France's share holds only by rounding. Expected nowhere: the 24 million paying
    #     users and the source's date in the note.
    dict(
        text=(
            "Europe: spending on AI features in dating apps by country, 2024\n"
            "Country          EUR million     Share\n"
            "Germany                168.4     38.2%\n"
            "France                 131.7     29.8%\n"
            "Sweden                  54.5     12.4%\n"
            "Rest of EU              86.5     19.6%\n"
            "Total                  441.1    100.0%\n"
            "Note: AI match ranking, profile coaching, chat assistants and safety screening bought by apps and their "
            "users; excludes plain subscription revenue from some 24 million paying users. Source: Nordlys Consumer "
            "Tech Monitor, Gothenburg, May 2025."
        ),
        obs=[
            ("Germany", 2024, 168.4, "EUR million", "actual"),
            ("France", 2024, 131.7, "EUR million", "actual"),
            ("Sweden", 2024, 54.5, "EUR million", "actual"),
            ("Rest of EU", 2024, 86.5, "EUR million", "actual"),
            ("Total", 2024, 441.1, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 29.8, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("share", 19.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 168.4 / 441.1 = 38.18% -> 38.2
            # 131.7 / 441.1 = 29.857% -> 29.9, not 29.8; bounds 131.65 / 441.15 = 29.842%,
            # 131.75 / 441.05 = 29.872% -> 29.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 54.5 / 441.1 = 12.36% -> 12.4
            ("arithmetic", "exact"),  # 86.5 / 441.1 = 19.61% -> 19.6
            ("hierarchy", "exact"),  # 168.4 + 131.7 + 54.5 + 86.5 = 441.1
        ],
    ),
    # 39. Vertical pipe table whose rows are years, with two value columns (USD million): each column's header is its
    #     item; 2025E and 2026E are estimates; the note's CAGRs and YoY have printed spans. Expected nowhere: the
    #     title's year span, the S$24.90 monthly price (Singapore dollars are not in the unit table), the 410,000
    #     users, the source's date.
    dict(
        text=(
            "Singapore: AI features in dating and friendship apps, 2022-2026E (USD million)\n"
            "Year | Dating apps | Friendship apps\n"
            "2022 | 14.2 | 4.6\n"
            "2023 | 18.9 | 6.3\n"
            "2024 | 24.1 | 8.9\n"
            "2025E | 30.2 | 12.1\n"
            "2026E | 37.0 | 15.8\n"
            "Note: E = estimate. Dating apps CAGR 2022-2024: 30%; dating apps CAGR 2024-2026E: 24%; friendship apps "
            "growth 2023-2024: 41%. Some 410,000 residents use an AI-assisted dating or friendship app, and a typical "
            "premium plan costs S$24.90 a month. Source: Merlion Digital Consumer Survey, August 2025."
        ),
        obs=[
            ("Dating apps", 2022, 14.2, "USD million", "actual"),
            ("Dating apps", 2023, 18.9, "USD million", "actual"),
            ("Dating apps", 2024, 24.1, "USD million", "actual"),
            ("Dating apps", 2025, 30.2, "USD million", "estimate"),
            ("Dating apps", 2026, 37.0, "USD million", "estimate"),
            ("Friendship apps", 2022, 4.6, "USD million", "actual"),
            ("Friendship apps", 2023, 6.3, "USD million", "actual"),
            ("Friendship apps", 2024, 8.9, "USD million", "actual"),
            ("Friendship apps", 2025, 12.1, "USD million", "estimate"),
            ("Friendship apps", 2026, 15.8, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2022, 2024, None, "stated"),
            ("cagr", 24, "percent", 2024, 2026, None, "stated"),
            ("growth", 41, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.1 / 14.2) ** (1 / 2) - 1 = 30.28% -> 30
            ("cagr|implied", "exact"),  # (37.0 / 24.1) ** (1 / 2) - 1 = 23.91% -> 24
            ("cagr|implied", "exact"),  # (8.9 / 6.3) ** (1 / 1) - 1 = 41.27% -> 41
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024
    #     合計 holds only by rounding and the 2025 合計 exceeds its rows' sum beyond rounding (inconsistent). Expected
    #     nowhere: the table number, the source's date, the 540萬 users in the note.
    dict(
        text=(
            "表3 台灣交友與婚戀服務AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI配對與相容性評分 | 6.8 | 8.9 | 11.6\n"
            "AI個人檔案與照片優化 | 3.1 | 4.2 | 5.5\n"
            "AI聊天助理 | 2.6 | 3.7 | 5.1\n"
            "防詐與假帳號偵測 | 5.4 | 6.9 | 8.6\n"
            "婚友社AI服務 | 1.2 | 1.5 | 1.9\n"
            "合計 | 19.1 | 25.3 | 33.1\n"
            "資料來源:台灣婚戀科技研究中心,2025年6月;2025年(預估)為預估值;國內交友App活躍用戶約540萬人。"
        ),
        obs=[
            ("AI配對與相容性評分", 2023, 6.8, "TWD 100 million", "actual"),
            ("AI配對與相容性評分", 2024, 8.9, "TWD 100 million", "actual"),
            ("AI配對與相容性評分", 2025, 11.6, "TWD 100 million", "estimate"),
            ("AI個人檔案與照片優化", 2023, 3.1, "TWD 100 million", "actual"),
            ("AI個人檔案與照片優化", 2024, 4.2, "TWD 100 million", "actual"),
            ("AI個人檔案與照片優化", 2025, 5.5, "TWD 100 million", "estimate"),
            ("AI聊天助理", 2023, 2.6, "TWD 100 million", "actual"),
            ("AI聊天助理", 2024, 3.7, "TWD 100 million", "actual"),
            ("AI聊天助理", 2025, 5.1, "TWD 100 million", "estimate"),
            ("防詐與假帳號偵測", 2023, 5.4, "TWD 100 million", "actual"),
            ("防詐與假帳號偵測", 2024, 6.9, "TWD 100 million", "actual"),
            ("防詐與假帳號偵測", 2025, 8.6, "TWD 100 million", "estimate"),
            ("婚友社AI服務", 2023, 1.2, "TWD 100 million", "actual"),
            ("婚友社AI服務", 2024, 1.5, "TWD 100 million", "actual"),
            ("婚友社AI服務", 2025, 1.9, "TWD 100 million", "estimate"),
            ("合計", 2023, 19.1, "TWD 100 million", "actual"),
            ("合計", 2024, 25.3, "TWD 100 million", "actual"),
            ("合計", 2025, 33.1, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 3.1 + 2.6 + 5.4 + 1.2 = 19.1
            # 2024: 8.9 + 4.2 + 3.7 + 6.9 + 1.5 = 25.2 vs 25.3; rows' bounds 24.95-25.45, total's 25.25-25.35
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 11.6 + 5.5 + 5.1 + 8.6 + 1.9 = 32.7 vs 33.1; rows' bounds 32.45-32.95, total's 33.05-33.15
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 15, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 18% of the total',
    'Hamburg-based Elbwerk Analytics puts the 2024 market lower',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长3倍',
    '新台幣9.6億元',
    '1.92億港元',
    '中央社記者陳怡君台北2025年6月10日電',
    '| Function | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 33.1 | 23.8%',
    'Q3 2025 earnings call, November 6, 2025',
    'Working Paper SSPE-WP 2025/14. Abstract:',
    '2/ Spending on AI for marriage-hunting agencies',
    'Correction: An earlier version of this story',
    'Letter to shareholders',
    '- 2025E TAM: $4.3B',
    'Brightwater Analytics, by contrast, has 2024 at $520',
    'up 34% year on year, and forecast a CAGR of 24%',
    '新华社上海2025年2月26日电',
    '標題 [情報] AI幫你聊天把妹?',
    '预计2027年市场规模将达到120—150亿元',
    '| Segment | 2023 | 2024 | 2028F | CAGR 2024-28 |',
    '合計 | 19.1 | 25.3 | 33.1',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 218
#: figures, 64 rates, 96 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 219, "rates_found": 66, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset225.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
