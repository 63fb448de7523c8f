"""A hundred-and-forty-eighth check set for the extractor, written blind: AI in games and entertainment: AI tools for
game development (asset generation, NPC dialogue, testing), AI in film and TV post-production and dubbing,
music-generation and recommendation engines, AI in live streaming and short video, virtual idols and digital humans,
sized in money by games-industry trackers, entertainment consultancies, brokers, publishers' associations, city
cultural-industry plans, Japanese, Korean, Southeast Asian and Taiwanese research houses. Distractors a careful reader
leaves out: players, downloads, hours watched, box office, titles released, a studio's own revenue or bookings, a
game's budget, average revenue per user, a quarter's figures, the whole games or film market beside the AI part.

Snippets 1-20: AI in games and entertainment: AI tools for game development (asset generation, NPC dialogue, automated
testing), AI dubbing and post-production for film and TV, music generation and recommendation engines, AI in live
streaming and short video, virtual idols, VTubers and digital humans. 1-8 are English prose: a dated wire press
release from a games-industry tracker, a broker note with a price target, a news article quoting two publishers (whose
first publisher's stated CAGR its own amounts contradict), an earnings-call transcript sizing a TAM, a UK publishers'
association yearbook in pounds with a later figure in another scale, a Japanese research house's yen release with a
revised figure, a December blog post with "this year", a multiple and a range, and a Singapore research house's
release with a rupiah figure and "next year". 9-15 are Chinese prose: a city cultural-industry action plan with
targets and a GDP-ratio goal, a broker industry report with a part and a fraction in words, a Taiwanese MIC-style
release whose year-on-year rate is inconsistent, a Hong Kong news item with 去年/前年, 增長2倍 and box office, a Taiwanese
magazine article quoting two publishers (those three in Traditional Chinese), a Xinhua-style wire with a 万亿元 figure
converted to 亿元 and a two-month figure, and a publishers' association report with 增长1.5倍, a part's share and the whole
games market. 16-20 are tables: a markdown pipe table with E/F columns and a total row that adds only by rounding, a
space-aligned Japanese table in ¥100 million with fiscal years as rows and a revised figure in its note, a
tab-separated Simplified Chinese table with a 合计 row and a CAGR column, a space-aligned Korean table with a share
column, a YoY column and a won figure in its note, and a Traditional Chinese markdown table with years as rows, a lone
unit-only column and a quarter row. Distractors a careful reader leaves out: players, users, hours watched,
subscribers, box office, titles released, a studio's own revenue, bookings and R&D, ARPU, a quarter's or two months'
figures, price targets, upside and P/E, share targets, survey answers, counts of studios, agencies, vendors and staff,
report and table numbers, title years, issue numbers, the whole games market beside the AI part, a second publisher's
figure, a superseded figure, won and rupiah amounts, and a GDP ratio.

Snippets 21-40: AI in games and entertainment (AI tools for game development -- asset generation, NPC dialogue,
automated playtesting; AI in film and TV post-production and dubbing; music generation; AI in live streaming and short
video; virtual idols, VTubers and digital humans). Eight English prose items (a working-paper abstract, an engine
maker's earnings-call remarks sizing a TAM, a Tokyo research house in yen, a music-production forum reply, a Hong Kong
industry body in HK dollars with a later figure in another scale, capital-markets-day slide bullets, a government
statistics page carrying a correction, a Singapore research note with a rival estimate), seven Chinese prose items (a
city cultural-industry plan with 力争突破 and 增长N倍, a broker note, a Zhihu answer with 去年/今年/明年, an association white
paper with shares; and in Traditional Chinese a Taipei research release in 新台幣億元, a Hong Kong newspaper item in 億港元
and a PTT reply with a second publisher's figure) and five tables (a markdown use-case table with E columns and a
Total row, a tab-separated vertical table with years as rows in euros, a Simplified Chinese table with a 同比 column
holding a typo, a space-aligned yen table with a share column and a total row, a Traditional Chinese NT-dollar table
with E/F columns and a CAGR column). Distractors: datelines, working-paper, slide, exhibit and table numbers, title
years, studio, vendor, business and respondent counts, jobs, players, gamers, users, creators, songs generated per
day, titles on Steam, box office, per-minute prices, the whole games, anime or film market beside the AI part, a
company's own quarterly revenue, bookings, guidance, retention and share target, a price target and its upside, a
quarter's figure, percentage points, penetration and survey percentages, markets in won and dong, a second publisher's
figure for the same year, a superseded figure, and shares given only as fractions in words.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release from a games-industry tracker (English). Growth with both amounts; stated CAGR.
    #    Expected nowhere: report title years 2025-2030, 3.4 billion players, 512 studios surveyed, the $187.7bn
    #    games market.
    dict(
        text=(
            "SAN FRANCISCO, May 6, 2025 /PRNewswire/ -- Questline Intelligence, which tracks spending across the "
            "interactive entertainment supply chain, today published AI in Game Development: Market Outlook "
            "2025-2030. The report finds that studios worldwide spent $2.84 billion on AI tools for asset "
            "generation, NPC dialogue and automated playtesting in 2024, a 31.5% jump from $2.16 billion in 2023. "
            "Questline expects the market to reach $11.7 billion in 2030, a compound annual growth rate of 26.6% from "
            "2024 to 2030. \"AI is still a rounding error next to a $187.7 billion games business that serves 3.4 "
            "billion players,\" said research director Dana Whitlock, \"but it is now in almost every production "
            "pipeline.\" The study draws on interviews with 512 studios."
        ),
        obs=[
            ("Total", 2023, 2.16, "USD billion", "actual"),
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2030, 11.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("cagr", 26.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.84 / 2.16 - 1 = 31.481% -> 31.5
            ("cagr|implied", "exact"),  # (11.7 / 2.84) ** (1 / 6) - 1 = 26.613% -> 26.6
        ],
    ),
    # 2. Broker note (English). A part with its share of the printed whole; a CAGR whose span only its amounts' years
    #    give. Expected nowhere: PT $41 and 23% upside, Harmonia's $96m FY24 revenue and $27m 1Q25 revenue,
    #    44 million MAU, 5 million tracks a day.
    dict(
        text=(
            "Equity Research -- Media & Internet -- 9 June 2025\n"
            "Harmonia Audio (HRMN): Outperform, price target $41 (23% upside)\n"
            "Generative music is moving from novelty to line item. We estimate the AI music generation market at "
            "$1.18bn in 2024; consumer text-to-music apps accounted for $0.41bn of that (35%), with the rest coming "
            "from game studios, advertisers and production-music libraries licensing models. Our base case has the "
            "market at $3.9bn in 2028, a compound annual growth rate of roughly 35%. Harmonia booked revenue of $96m "
            "in FY24 and $27m in 1Q25; its apps have 44 million monthly active users who create about 5 million "
            "tracks a day."
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Consumer text-to-music apps", 2024, 0.41, "USD billion", "actual"),
            ("Total", 2028, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("cagr", 35, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.41 / 1.18 = 34.746% -> 35
            ("cagr|period", "exact"),   # (3.9 / 1.18) ** (1 / 4) - 1 = 34.833% -> 35
        ],
    ),
    # 3. News article quoting two publishers (English). Reelmark's stated CAGR is INCONSISTENT with its own amounts
    #    (a rate left over from an earlier edition). Expected nowhere: Meridian's $0.9bn for 2024 (second publisher),
    #    the $30.5bn global box office, 1,400 titles, 60 languages.
    dict(
        text=(
            "LOS ANGELES, Oct. 14, 2025 -- How big is AI dubbing? It depends whom you ask. Reelmark Research values "
            "the market for AI dubbing and voice localisation of film and TV at $1.26 billion in 2024 and says it "
            "will climb to $3.35 billion by 2030 -- growth the firm puts at a 19.8% CAGR over 2024-2030. Meridian "
            "Media Analytics, which counts only finished deliverables sold to distributors, puts last year's figure "
            "at a more modest $0.9 billion. For perspective, global box office came to about $30.5 billion last "
            "year, and one streamer alone released some 1,400 titles with synthetic dubs in up to 60 languages."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2030, 3.35, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3.35 / 1.26) ** (1 / 6) - 1 = 17.701%; bounds (3.345 / 1.265) .. (3.355 / 1.255) -> 17.594% .. 17.808%;
            # 19.8 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Earnings-call transcript (English). The TAM the company sizes is the market (Total); "this year" = 2025, an
    #    estimate; CAGR span only from the amounts' years. Expected nowhere: quarter revenue $412m, $1.1bn bookings,
    #    1.9 million creators, the 15% share ambition, the $190bn games market.
    dict(
        text=(
            "Q3 2025 Earnings Call -- November 5, 2025 -- Chief Financial Officer:\n"
            "\"Third-quarter revenue was $412 million and bookings came in at $1.1 billion, with 1.9 million monthly "
            "active creators on the platform. Let me put our AI roadmap in context. Against a games industry of "
            "roughly $190 billion, we size the total addressable market for AI-assisted 3D and game content creation "
            "at about $9 billion this year, and we see it getting to around $25 billion in 2029. That's roughly a "
            "29% compound annual rate, and our aim is to win 15% of it.\""
        ),
        obs=[
            ("Total", 2025, 9, "USD billion", "estimate"),
            ("Total", 2029, 25, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (25 / 9) ** (1 / 4) - 1 = 29.099% -> 29
        ],
    ),
    # 5. UK publishers' association yearbook (English, pounds). "More than double" since 2021 is x2 over 3 years; a
    #    later figure in another scale is converted to the series' unit (£0.7bn -> 700 GBP million). Expected
    #    nowhere: section 4.2, yearbook year, 2,400 studios, 47,000 staff, 61% of respondents, the £7.6bn market.
    dict(
        text=(
            "UK Games Publishers' Association, Annual Yearbook 2025, section 4.2 (published 15 May 2025)\n"
            "British studios spent \u00a3412 million on AI development tools -- procedural art, voice and dialogue "
            "systems, automated QA -- in 2024. That was 29.6% more than the \u00a3318 million spent in 2023 and more "
            "than double the 2021 figure. Members expect the total to approach \u00a30.7 billion by 2027. The UK's "
            "2,400 studios employ about 47,000 people, and 61% of respondents to our members' survey said they now "
            "use generative tools weekly; the consumer games market as a whole was worth \u00a37.6 billion."
        ),
        obs=[
            ("Total", 2023, 318, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2027, 700, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 318 - 1 = 29.560% -> 29.6
        ],
    ),
    # 6. Japanese research house release (English, yen, fiscal years, a revised figure). The year-on-year rate is
    #    reached only by ROUNDING. Expected nowhere: the superseded ¥85.0 billion, 320 agencies, the viewers' average
    #    age of 27.
    dict(
        text=(
            "TOKYO, August 26, 2025 -- Shirakawa Research Institute announced the results of its survey of the "
            "domestic market for AI-driven virtual idols and VTuber production (avatar animation, synthetic voice "
            "and AI-assisted streaming tools). The market grew to \u00a588.4 billion in fiscal 2024 -- an upward "
            "revision from the \u00a585.0 billion given in the preliminary report -- up 18.8% on fiscal 2023's "
            "\u00a574.5 billion. The institute forecasts \u00a5160.0 billion in fiscal 2028, a CAGR of 16.0% for "
            "fiscal 2024-2028. The survey covered 320 talent agencies and platforms; the average viewer is 27."
        ),
        obs=[
            ("Total", 2023, 74.5, "JPY billion", "actual"),
            ("Total", 2024, 88.4, "JPY billion", "actual"),
            ("Total", 2028, 160.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("cagr", 16.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 88.4 / 74.5 - 1 = 18.658% -> 18.7, not 18.8; bounds 88.35 / 74.55 .. 88.45 / 74.45 -> 18.511% .. 18.805%,
            # which reaches 18.8
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (160.0 / 88.4) ** (1 / 4) - 1 = 15.989% -> 16.0
        ],
    ),
    # 7. Blog post dated December 2024 (English). "This year" = 2024, an estimate; "roughly 2.5 times the 2022 level"
    #    is x2.5 over 2 years; a range gives two value claims and no observation. Expected nowhere: 31 billion hours
    #    watched, ARPU $4.10, the third quarter's $1.4 billion.
    dict(
        text=(
            "The streamer's new co-host is a model (posted 9 December 2024)\n"
            "Virtual co-hosts, auto-clipping, live translation, beauty filters that used to need a GPU farm: by my "
            "tally, AI tools in live streaming and short video will bring in about $5.3 billion this year, roughly "
            "2.5 times the 2022 level. The third quarter alone was worth $1.4 billion. Ask three analysts where this "
            "goes and you'll hear anything from $7 billion to $8.5 billion by 2027. Meanwhile viewers keep watching: "
            "31 billion hours on the big live platforms so far this year, at an average revenue per user of $4.10 a "
            "month."
        ),
        obs=[
            ("Total", 2024, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2022, 2024, 2.0),
            ("value", 7.0, "USD billion", 2027, 2027, None),
            ("value", 8.5, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 8. Singapore research house release (English). A part's share that only ROUNDING reaches; "next year" = 2026;
    #    a growth rate with no base amount gets a claim and no verdict. Expected nowhere: Rp 2.4 trillion (currency
    #    not in the unit table), 1,100 studios, 38,000 artists and testers.
    dict(
        text=(
            "SINGAPORE, 3 July 2025 -- Lintang Research said today that Southeast Asia's market for AI-assisted game "
            "art and QA outsourcing reached US$0.64 billion in 2024, up 22% on 2023, as publishers in Japan, Korea "
            "and China moved asset and test work to regional studios running generative pipelines. Vietnam "
            "accounted for US$0.18 billion, or 28.6% of the total, while Indonesian providers earned about Rp 2.4 "
            "trillion. Lintang expects the regional market to reach US$0.83 billion next year. The region's 1,100 "
            "outsourcing studios employ some 38,000 artists and testers."
        ),
        obs=[
            ("Total", 2024, 0.64, "USD billion", "actual"),
            ("Vietnam", 2024, 0.18, "USD billion", "actual"),
            ("Total", 2026, 0.83, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 0.18 / 0.64 = 28.125% -> 28.1, not 28.6; bounds 0.175 / 0.645 .. 0.185 / 0.635 -> 27.132% .. 29.134%,
            # which reaches 28.6
            ("arithmetic", "rounding"),
        ],
    ),
    # 9. City cultural-industry action plan (Simplified Chinese). A target (力争突破) is an estimate; stated 2024-2027
    #    rate (年均增长24%左右). Expected nowhere: document number, title years 2025—2027, the 62亿元 increment, 5亿元
    #    revenue threshold, 20家 firms, 100个 scenarios, 3届 conferences, the 8% GDP ratio.
    dict(
        text=(
            "《滨江市促进人工智能赋能数字文化产业发展三年行动方案（2025—2027年）》（滨政办发〔2025〕7号）近日印发。"
            "方案显示，2024年全市AIGC+动漫游戏产业规模达到312亿元，同比增长24.8%，比2023年的250亿元增加62亿元。"
            "方案提出，到2027年，全市AIGC+动漫游戏产业规模力争突破600亿元，年均增长24%左右；"
            "培育营业收入超5亿元的骨干企业20家，打造100个“AI+文娱”典型应用场景，连续举办3届国际数字文娱大会，"
            "数字文化产业增加值占全市GDP比重达到8%。"
        ),
        obs=[
            ("Total", 2023, 250, "CNY 100 million", "actual"),
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2027, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 250 - 1 = 24.800% -> 24.8
            ("cagr|implied", "exact"),  # (600 / 312) ** (1 / 3) - 1 = 24.356% -> 24
        ],
    ),
    # 10. Broker industry report (Simplified Chinese). Part and its share of the printed whole; a stated CAGR to
    #     2027E. Expected nowhere: 约占四成 (fraction in words), the company's 12.4亿元 R&D, 目标价52元, 25倍PE, 6.74亿 users.
    dict(
        text=(
            "【东岳证券｜传媒行业深度报告｜2025年8月21日】AI正在重塑游戏研发管线。我们测算，2024年中国游戏行业AI工具"
            "市场规模为46.3亿元，其中AI美术资产生成19.6亿元，占比42.3%；AI NPC对话与智能测试两项合计约占四成。"
            "随着大模型在原画、关卡与测试环节全面渗透，预计2027E市场规模将达118亿元，2024-2027E CAGR为36.6%。"
            "国内游戏用户规模已达6.74亿人。重点推荐公司2024年研发投入12.4亿元，维持“买入”评级，目标价52元，"
            "对应2025年25倍PE。"
        ),
        obs=[
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("AI美术资产生成", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2027, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 42.3, "percent", 2024, 2024, None),
            ("cagr", 36.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 19.6 / 46.3 = 42.333% -> 42.3
            ("cagr|implied", "exact"),  # (118 / 46.3) ** (1 / 3) - 1 = 36.595% -> 36.6
        ],
    ),
    # 11. Taiwanese research institute release (Traditional Chinese, NT$). The year-on-year rate is INCONSISTENT with
    #     the two printed amounts (a typo in the release). Expected nowhere: 800家 brands, the 38% survey answer,
    #     1.6小時 watch time.
    dict(
        text=(
            "【2025/06/12 本報訊】資策會產業情報研究所（MIC）今日發布研究指出，台灣虛擬網紅與數位人服務市場"
            "2024年規模達新台幣42.7億元，較2023年的35.1億元年增24.1%，品牌行銷與直播帶貨是主要動能。"
            "MIC預估，2026年市場規模可望挑戰60億元。調查並顯示，受訪的800家品牌中有38%曾與虛擬網紅合作，"
            "而虛擬主播單場直播平均觀看時長約1.6小時。"
        ),
        obs=[
            ("Total", 2023, 35.1, "TWD 100 million", "actual"),
            ("Total", 2024, 42.7, "TWD 100 million", "actual"),
            ("Total", 2026, 60, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 42.7 / 35.1 - 1 = 21.652%; bounds 42.65 / 35.15 .. 42.75 / 35.05 -> 21.337% .. 21.969%; 24.1 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese, HK$). 去年 = 2024, 前年 = 2023 (dateline 2025); 較2021年增長2倍 keeps
    #     its printed 2 (x2 over 2021-2024). Expected nowhere: the 9.5億港元 box office, 43部 films, 180間 members.
    dict(
        text=(
            "（本報訊）2025年9月3日——香港影視科技協會今日發表報告指出，本港影視後期製作人工智能服務市場"
            "（包括AI剪接、調色、視覺特效及配音）去年規模達4.86億港元，按年增長24.6%（前年為3.9億港元），"
            "較2021年增長2倍。協會預計，至2027年市場規模可達9億港元。同期本港全年電影票房約9.5億港元，"
            "上映港產片43部；協會現有會員公司約180間。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2027, 9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.615% -> 24.6
        ],
    ),
    # 13. Taiwanese magazine article quoting two publishers (Traditional Chinese, 億美元). The first publisher gives
    #     base, target and rate; the second's 2024 figure (29億美元) is expected nowhere, as are 約佔三成 (fraction in
    #     words), 7億 subscribers and the 4.6美元 ARPU.
    dict(
        text=(
            "數位時代 2025年10月2日——生成式AI正改寫音樂產業的生產與分發。根據工研院產科國際所報告，全球AI音樂生成與"
            "推薦引擎市場2024年規模為38億美元，預估2030年將成長至112億美元，2024至2030年年複合成長率達19.7%，"
            "其中AI音樂生成約佔三成。不過，美國研調機構Soundscope Analytics的估算較為保守，認為2024年市場僅29億美元。"
            "另一方面，全球音樂串流付費訂閱用戶已突破7億人，每位用戶每月平均營收（ARPU）約4.6美元。"
        ),
        obs=[
            ("Total", 2024, 38, "USD 100 million", "actual"),
            ("Total", 2030, 112, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112 / 38) ** (1 / 6) - 1 = 19.740% -> 19.7
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese). A later 万亿元 figure converted to the series' 亿元 (1.05万亿 -> 10500).
    #     Expected nowhere: 10.4亿 users, 150分钟 daily use, the 380亿元 January-February GMV (part of a year).
    dict(
        text=(
            "新华社北京2025年3月18日电（记者 林嘉）中国网络视听协会18日在京发布的报告显示，2024年我国短视频与直播"
            "领域人工智能应用市场规模达1,860亿元，同比增长28.1%（2023年为1,452亿元），虚拟主播、智能剪辑和AI特效"
            "成为增长最快的应用。报告预计，到2030年该市场规模将接近1.05万亿元，2024—2030年复合增长率约33%。"
            "报告还显示，我国短视频用户规模达10.4亿人，人均单日使用时长超过150分钟；今年1至2月，"
            "AI虚拟主播直播带货成交额约380亿元。"
        ),
        obs=[
            ("Total", 2023, 1452, "CNY 100 million", "actual"),
            ("Total", 2024, 1860, "CNY 100 million", "actual"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("cagr", 33, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1860 / 1452 - 1 = 28.099% -> 28.1
            ("cagr|implied", "exact"),  # (10500 / 1860) ** (1 / 6) - 1 = 33.438% -> 33
        ],
    ),
    # 15. Publishers' association report (Simplified Chinese). The year-on-year rate is reached only by ROUNDING;
    #     较2022年增长1.5倍 is x1.5 over 2 years; a part and its share. Expected nowhere: report title year, 第三期, the
    #     3,257.8亿元 games market, 6.74亿 players, 超过六成 of respondents.
    dict(
        text=(
            "中国音像与数字出版协会游戏出版工作委员会近日发布《2024年中国游戏产业AI应用报告》（第三期）。报告显示，"
            "2024年游戏AI相关技术服务市场收入128.6亿元，同比增长32.1%（2023年为97.4亿元），较2022年增长1.5倍。"
            "其中，AI测试与运维收入21.9亿元，占17.0%。同期国内游戏市场实际销售收入3,257.8亿元，游戏用户规模6.74亿人；"
            "超过六成的受访企业表示已在研发环节使用生成式AI。"
        ),
        obs=[
            ("Total", 2023, 97.4, "CNY 100 million", "actual"),
            ("Total", 2024, 128.6, "CNY 100 million", "actual"),
            ("AI测试与运维", 2024, 21.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2022, 2024, 2.0),
            ("share", 17.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 128.6 / 97.4 - 1 = 32.033% -> 32.0, not 32.1; bounds 128.55 / 97.45 .. 128.65 / 97.35 -> 31.914% ..
            # 32.152%, which reaches 32.1
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 21.9 / 128.6 = 17.030% -> 17.0
        ],
    ),
    # 16. Markdown pipe table (English), years as columns with E/F columns and a total row; dated March 2025 so 2024
    #     is actual. 2025E's rows add to the total only by ROUNDING. Expected nowhere: "Exhibit 4", 146 vendors.
    dict(
        text=(
            "Pixelforge Analytics | Games Tech Tracker | 18 March 2025\n"
            "Exhibit 4: Global AI tools for game development, by segment (US$ million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026F | 2027F |\n"
            "|:--|--:|--:|--:|--:|--:|\n"
            "| Asset generation | 612 | 884 | 1,236 | 1,690 | 2,248 |\n"
            "| NPC dialogue & behaviour | 298 | 455 | 689 | 1,013 | 1,437 |\n"
            "| Automated QA testing | 241 | 318 | 417 | 538 | 680 |\n"
            "| Other | 117 | 146 | 181 | 222 | 270 |\n"
            "| Total | 1,268 | 1,803 | 2,524 | 3,463 | 4,635 |\n"
            "E = estimate, F = forecast; totals may not sum because of rounding. The total grows at a 37.0% CAGR over "
            "2024-2027F. Coverage: 146 vendors."
        ),
        obs=[
            ("Asset generation", 2023, 612, "USD million", "actual"),
            ("Asset generation", 2024, 884, "USD million", "actual"),
            ("Asset generation", 2025, 1236, "USD million", "estimate"),
            ("Asset generation", 2026, 1690, "USD million", "estimate"),
            ("Asset generation", 2027, 2248, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2023, 298, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2024, 455, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2025, 689, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2026, 1013, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2027, 1437, "USD million", "estimate"),
            ("Automated QA testing", 2023, 241, "USD million", "actual"),
            ("Automated QA testing", 2024, 318, "USD million", "actual"),
            ("Automated QA testing", 2025, 417, "USD million", "estimate"),
            ("Automated QA testing", 2026, 538, "USD million", "estimate"),
            ("Automated QA testing", 2027, 680, "USD million", "estimate"),
            ("Other", 2023, 117, "USD million", "actual"),
            ("Other", 2024, 146, "USD million", "actual"),
            ("Other", 2025, 181, "USD million", "estimate"),
            ("Other", 2026, 222, "USD million", "estimate"),
            ("Other", 2027, 270, "USD million", "estimate"),
            ("Total", 2023, 1268, "USD million", "actual"),
            ("Total", 2024, 1803, "USD million", "actual"),
            ("Total", 2025, 2524, "USD million", "estimate"),
            ("Total", 2026, 3463, "USD million", "estimate"),
            ("Total", 2027, 4635, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 37.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4635 / 1803) ** (1 / 3) - 1 = 36.989% -> 37.0
            ("hierarchy", "exact"),     # 2023: 612 + 298 + 241 + 117 = 1268
            ("hierarchy", "exact"),     # 2024: 884 + 455 + 318 + 146 = 1803
            # 2025E: 1236 + 689 + 417 + 181 = 2523, not 2524; bounds 2523 -/+ 4 x 0.5 -> 2521 .. 2525, which reaches 2524
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2026F: 1690 + 1013 + 538 + 222 = 3463
            ("hierarchy", "exact"),     # 2027F: 2248 + 1437 + 680 + 270 = 4635
        ],
    ),
    # 17. Space-aligned table with fiscal years as rows (English, Japanese research house, ¥100 million); each value
    #     column's header is its item, the Total column included. Dated August 2025: FY2024 actual, E rows estimates.
    #     Expected nowhere: the superseded FY2024 total of 376, 214 companies, survey months.
    dict(
        text=(
            "Kiriya Research Institute -- press material, 28 August 2025\n"
            "Japan: AI-assisted anime and game production market (unit: \u00a5100 million)\n"
            "FY       Anime production   Game development   Total\n"
            "2021                   38                112     150\n"
            "2022                   57                149     206\n"
            "2023                   84                203     287\n"
            "2024                  121                268     389\n"
            "2025E                 166                341     507\n"
            "2026E                 219                420     639\n"
            "Notes: FY runs April-March; E = forecast. The FY2024 total is revised from 376 in the previous edition. "
            "The total is expected to grow 28.2% a year from FY2024 to FY2026E. Survey period May-July 2025, "
            "214 companies."
        ),
        obs=[
            ("Anime production", 2021, 38, "JPY 100 million", "actual"),
            ("Anime production", 2022, 57, "JPY 100 million", "actual"),
            ("Anime production", 2023, 84, "JPY 100 million", "actual"),
            ("Anime production", 2024, 121, "JPY 100 million", "actual"),
            ("Anime production", 2025, 166, "JPY 100 million", "estimate"),
            ("Anime production", 2026, 219, "JPY 100 million", "estimate"),
            ("Game development", 2021, 112, "JPY 100 million", "actual"),
            ("Game development", 2022, 149, "JPY 100 million", "actual"),
            ("Game development", 2023, 203, "JPY 100 million", "actual"),
            ("Game development", 2024, 268, "JPY 100 million", "actual"),
            ("Game development", 2025, 341, "JPY 100 million", "estimate"),
            ("Game development", 2026, 420, "JPY 100 million", "estimate"),
            ("Total", 2021, 150, "JPY 100 million", "actual"),
            ("Total", 2022, 206, "JPY 100 million", "actual"),
            ("Total", 2023, 287, "JPY 100 million", "actual"),
            ("Total", 2024, 389, "JPY 100 million", "actual"),
            ("Total", 2025, 507, "JPY 100 million", "estimate"),
            ("Total", 2026, 639, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (639 / 389) ** (1 / 2) - 1 = 28.167% -> 28.2
            ("hierarchy", "exact"),     # FY2021: 38 + 112 = 150
            ("hierarchy", "exact"),     # FY2022: 57 + 149 = 206
            ("hierarchy", "exact"),     # FY2023: 84 + 203 = 287
            ("hierarchy", "exact"),     # FY2024: 121 + 268 = 389
            ("hierarchy", "exact"),     # FY2025E: 166 + 341 = 507
            ("hierarchy", "exact"),     # FY2026E: 219 + 420 = 639
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified, 亿元), years as columns, E columns, a 合计 row and a CAGR column
    #     whose span is printed. 服务型数字人's CAGR is reached only by ROUNDING. Expected nowhere: 图表7, the source date.
    dict(
        text=(
            "图表7：中国虚拟数字人市场规模及结构（单位：亿元）\n"
            "类型\t2023\t2024\t2025E\t2026E\t2024-2026E CAGR\n"
            "虚拟偶像\t48.6\t61.2\t75.9\t92.4\t22.9%\n"
            "虚拟主播\t72.3\t98.5\t130.1\t168.0\t30.6%\n"
            "服务型数字人\t84.5\t112.7\t146.8\t186.2\t28.6%\n"
            "合计\t205.4\t272.4\t352.8\t446.6\t28.0%\n"
            "资料来源：艾思咨询，鸿远证券研究所整理（2025年7月）。注：E为预测值；CAGR按未取整数据计算。"
        ),
        obs=[
            ("虚拟偶像", 2023, 48.6, "CNY 100 million", "actual"),
            ("虚拟偶像", 2024, 61.2, "CNY 100 million", "actual"),
            ("虚拟偶像", 2025, 75.9, "CNY 100 million", "estimate"),
            ("虚拟偶像", 2026, 92.4, "CNY 100 million", "estimate"),
            ("虚拟主播", 2023, 72.3, "CNY 100 million", "actual"),
            ("虚拟主播", 2024, 98.5, "CNY 100 million", "actual"),
            ("虚拟主播", 2025, 130.1, "CNY 100 million", "estimate"),
            ("虚拟主播", 2026, 168.0, "CNY 100 million", "estimate"),
            ("服务型数字人", 2023, 84.5, "CNY 100 million", "actual"),
            ("服务型数字人", 2024, 112.7, "CNY 100 million", "actual"),
            ("服务型数字人", 2025, 146.8, "CNY 100 million", "estimate"),
            ("服务型数字人", 2026, 186.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 205.4, "CNY 100 million", "actual"),
            ("合计", 2024, 272.4, "CNY 100 million", "actual"),
            ("合计", 2025, 352.8, "CNY 100 million", "estimate"),
            ("合计", 2026, 446.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 30.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 28.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 28.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (92.4 / 61.2) ** (1 / 2) - 1 = 22.874% -> 22.9
            ("cagr|implied", "exact"),  # (168.0 / 98.5) ** (1 / 2) - 1 = 30.598% -> 30.6
            # (186.2 / 112.7) ** (1 / 2) - 1 = 28.537% -> 28.5, not 28.6; bounds (186.15 / 112.75) .. (186.25 / 112.65)
            # -> 28.491% .. 28.583%, which reaches 28.6
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (446.6 / 272.4) ** (1 / 2) - 1 = 28.043% -> 28.0
            ("hierarchy", "exact"),     # 2023: 48.6 + 72.3 + 84.5 = 205.4
            ("hierarchy", "exact"),     # 2024: 61.2 + 98.5 + 112.7 = 272.4
            ("hierarchy", "exact"),     # 2025E: 75.9 + 130.1 + 146.8 = 352.8
            ("hierarchy", "exact"),     # 2026E: 92.4 + 168.0 + 186.2 = 446.6
        ],
    ),
    # 19. Space-aligned table (English, Korean research house, US$ million) with a 2024 share column, a 2025E YoY
    #     column and the total row printed last; its 100.0% is no claim. Expected nowhere: 1.1 trillion won (currency
    #     not in the unit table), 62 platforms.
    dict(
        text=(
            "Hanul Insight (Seoul) -- Streaming & Short-Video AI Monitor, 14 May 2025\n"
            "Global AI spending in live streaming and short video, by application (US$ million)\n"
            "Application                       2024    Share   2025E     YoY\n"
            "Virtual hosts & digital humans   1,284    27.9%   1,722   34.1%\n"
            "AI effects & filters               962    20.9%   1,146   19.1%\n"
            "Auto-editing & highlight clips     873    19.0%   1,158   32.6%\n"
            "Recommendation engines           1,483    32.2%   1,760   18.7%\n"
            "All applications                 4,602   100.0%   5,786   25.7%\n"
            "Note: 2025E is a forecast. Korea's own spending, about 1.1 trillion won in 2024, is included in the "
            "global figures. Based on data from 62 platforms."
        ),
        obs=[
            ("Virtual hosts & digital humans", 2024, 1284, "USD million", "actual"),
            ("Virtual hosts & digital humans", 2025, 1722, "USD million", "estimate"),
            ("AI effects & filters", 2024, 962, "USD million", "actual"),
            ("AI effects & filters", 2025, 1146, "USD million", "estimate"),
            ("Auto-editing & highlight clips", 2024, 873, "USD million", "actual"),
            ("Auto-editing & highlight clips", 2025, 1158, "USD million", "estimate"),
            ("Recommendation engines", 2024, 1483, "USD million", "actual"),
            ("Recommendation engines", 2025, 1760, "USD million", "estimate"),
            ("All applications", 2024, 4602, "USD million", "actual"),
            ("All applications", 2025, 5786, "USD million", "estimate"),
        ],
        claims=[
            ("share", 27.9, "percent", 2024, 2024, None),
            ("share", 20.9, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 32.2, "percent", 2024, 2024, None),
            ("growth", 34.1, "percent", 2024, 2025, 1.0),
            ("growth", 19.1, "percent", 2024, 2025, 1.0),
            ("growth", 32.6, "percent", 2024, 2025, 1.0),
            ("growth", 18.7, "percent", 2024, 2025, 1.0),
            ("growth", 25.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1284 / 4602 = 27.901% -> 27.9
            ("arithmetic", "exact"),    # 962 / 4602 = 20.904% -> 20.9
            ("arithmetic", "exact"),    # 873 / 4602 = 18.970% -> 19.0
            ("arithmetic", "exact"),    # 1483 / 4602 = 32.225% -> 32.2
            ("cagr|implied", "exact"),  # 1722 / 1284 - 1 = 34.112% -> 34.1
            ("cagr|implied", "exact"),  # 1146 / 962 - 1 = 19.127% -> 19.1
            ("cagr|implied", "exact"),  # 1158 / 873 - 1 = 32.646% -> 32.6
            ("cagr|implied", "exact"),  # 1760 / 1483 - 1 = 18.678% -> 18.7
            ("cagr|implied", "exact"),  # 5786 / 4602 - 1 = 25.728% -> 25.7
            ("hierarchy", "exact"),     # 2024: 1284 + 962 + 873 + 1483 = 4602
            ("hierarchy", "exact"),     # 2025E: 1722 + 1146 + 1158 + 1760 = 5786
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese, NT$ million) with years as rows, a lone value column headed by
    #     its unit only (-> Total), a 年增率 column and a quarter row. Dated April 2025: 2024 actual, 2025(F) estimate.
    #     Expected nowhere: the 2025年第一季 row's 702, 表1-3, 78家 firms.
    dict(
        text=(
            "瀚宇產業研究院｜產業快訊｜2025年4月15日\n"
            "表1-3　台灣遊戲AI開發工具市場規模\n"
            "| 年度 | 新台幣百萬元 | 年增率 |\n"
            "|:--|--:|--:|\n"
            "| 2021 | 1,146 | — |\n"
            "| 2022 | 1,482 | 29.3% |\n"
            "| 2023 | 1,905 | 28.5% |\n"
            "| 2024 | 2,573 | 35.1% |\n"
            "| 2025(F) | 3,310 | 28.6% |\n"
            "| 2025年第一季 | 702 | — |\n"
            "註：2025(F)為預估值，第一季為初估數；統計範圍涵蓋78家遊戲開發商與工具供應商。"
        ),
        obs=[
            ("Total", 2021, 1146, "TWD million", "actual"),
            ("Total", 2022, 1482, "TWD million", "actual"),
            ("Total", 2023, 1905, "TWD million", "actual"),
            ("Total", 2024, 2573, "TWD million", "actual"),
            ("Total", 2025, 3310, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2021, 2022, 1.0),
            ("growth", 28.5, "percent", 2022, 2023, 1.0),
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
            ("growth", 28.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1482 / 1146 - 1 = 29.319% -> 29.3
            ("cagr|implied", "exact"),  # 1905 / 1482 - 1 = 28.543% -> 28.5
            ("cagr|implied", "exact"),  # 2573 / 1905 - 1 = 35.066% -> 35.1
            ("cagr|implied", "exact"),  # 3310 / 2573 - 1 = 28.644% -> 28.6
        ],
    ),
    # 21. Working-paper abstract: CAGR with its span printed and both amounts; a part with its share of the whole.
    # Nowhere: working paper No. 24-17, 212 studios, 48 vendors, the US$184 billion global games market.
    dict(
        text=(
            "Abstract -- Generative and machine-learning tools used in game production (procedural asset "
            "generation, NPC dialogue systems, automated playtesting and QA) formed a global market of US$2.36 "
            "billion in 2024, according to a bottom-up model built from interviews at 212 studios and 48 tool "
            "vendors. We project the segment to reach US$9.85 billion in 2031, a compound annual growth rate of "
            "22.6% over 2024-2031. Asset generation is the largest category, at US$1.02 billion or 43.2% of the "
            "2024 total. Set against a global games market of roughly US$184 billion, AI tooling remains a "
            "rounding error for now. (Centre for Interactive Media Economics, Working Paper No. 24-17)"
        ),
        obs=[
            ("Total", 2024, 2.36, "USD billion", "actual"),
            ("Total", 2031, 9.85, "USD billion", "estimate"),
            ("Asset generation", 2024, 1.02, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2031, None, "stated"),
            ("share", 43.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.85 / 2.36) ** (1 / 7) - 1 = 22.644% -> 22.6
            ("arithmetic", "exact"),    # 1.02 / 2.36 = 43.220% -> 43.2
        ],
    ),
    # 22. Engine maker's earnings call (6 Nov 2025): the TAM it sizes is the Total; "this year" = 2025, an
    # estimate; "more than three times that ... by 2029" a multiple x3 over 4 years. Nowhere: Q3 revenue $412m
    # and its 18%, bookings $1.71bn, 1.3 million creators, net expansion 112%, guidance $1.62bn-$1.65bn.
    dict(
        text=(
            "Third-quarter fiscal 2025 results call, 6 November 2025 -- transcript excerpt\n"
            "Chief executive: Revenue for the quarter was $412 million, up 18%, and trailing twelve-month "
            "bookings passed $1.71 billion. We now have 1.3 million monthly active creators, and net expansion "
            "among our top studios is running at 112%. On the opportunity in front of us: we think the total "
            "addressable market for AI-assisted content creation in games -- texture, 3D asset and animation "
            "generation, plus runtime NPC dialogue -- is around $4.5 billion this year, and we expect it to be "
            "more than three times that, some $14 billion, by 2029. For the full year we are reiterating "
            "revenue guidance of $1.62 billion to $1.65 billion."
        ),
        obs=[
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2029, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2029, 4.0),  # 14 / 4.5 = 3.11, "more than three times"
        ],
        verdicts=[],
    ),
    # 23. Tokyo research house in yen, fiscal years: a year-on-year rate whose printed 17.9% only a reading of the
    # rounded amounts reaches. Nowhere: 63 companies, the ¥3.3 trillion anime industry, the Korean market in won.
    dict(
        text=(
            "TOKYO, 30 September 2024 -- Spending in Japan on AI tools for anime and video post-production, "
            "covering automatic in-betweening and colouring, upscaling and restoration, and AI dubbing, rose "
            "17.9% to ¥38.4 billion in fiscal 2023 from ¥32.6 billion in fiscal 2022, Shiodome Content Research "
            "said on Monday, based on a survey of 63 production houses and tool vendors. It forecasts ¥96.0 "
            "billion in fiscal 2028 as studios short of animators automate more of the pipeline. That is still "
            "a sliver of an anime industry worth some ¥3.3 trillion. For South Korea the firm puts the "
            "equivalent market at about 410 billion won."
        ),
        obs=[
            ("Total", 2022, 32.6, "JPY billion", "actual"),
            ("Total", 2023, 38.4, "JPY billion", "actual"),
            ("Total", 2028, 96.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 38.4 / 32.6 - 1 = 17.791% -> 17.8, not 17.9; bounds
                                           # 38.35/32.65 - 1 = 17.458% .. 38.45/32.55 - 1 = 18.126%: reaches 17.9
        ],
    ),
    # 24. Forum reply dated 9 Mar 2025: "last year" = 2024; both years in USD billion; "+36%" a year-on-year rate;
    # a range for 2030 gives two value claims. Nowhere: 12M users, ~100k tracks a day, the $0.99 plan.
    dict(
        text=(
            "Re: Is AI music actually a real business yet? -- posted by loopsmith, 9 Mar 2025\n"
            "Depends what you count. The number most people quote (Halvard Analytics) has AI music generation at "
            "about $0.45B in 2023 and ~$0.61B last year, so +36%. Their 2030 range is $2.4B-$3.0B, which assumes "
            "licensing deals with the majors actually land. For scale, the big generator app claims 12M users "
            "and something like 100k tracks a day, but most of those are on the $0.99 starter plan, so don't "
            "confuse usage with revenue."
        ),
        obs=[
            ("Total", 2023, 0.45, "USD billion", "actual"),
            ("Total", 2024, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("value", 2.4, "USD billion", 2030, 2030, None),
            ("value", 3.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.61 / 0.45 - 1 = 35.556% -> 36
        ],
    ),
    # 25. Hong Kong industry body in HK dollars (18 Jun 2025): "last year" = 2024. The printed 27% is INCONSISTENT
    # with HK$372m -> HK$486m (apparently the previous year's rate carried over). The series' unit is HKD million,
    # so "HK$1.2 billion" in 2028 is expected as 1200. Nowhere: 58 members, a concert's HK$23 million ticket sales.
    dict(
        text=(
            "HONG KONG, 18 June 2025 -- Spending on virtual idols, VTubers and AI-driven digital humans in Hong "
            "Kong reached HK$486 million last year, up 27% from HK$372 million in 2023, the Hong Kong Digital "
            "Entertainment Alliance said in its annual review. Brand campaigns and live-commerce hosts drove "
            "most of the gain. The alliance, whose 58 members include agencies and motion-capture studios, "
            "expects the market to reach HK$1.2 billion by 2028. A single virtual-idol concert at AsiaWorld-Expo "
            "in March took HK$23 million in ticket sales."
        ),
        obs=[
            ("Total", 2023, 372, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2028, 1200, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 486 / 372 - 1 = 30.645%; bounds 485.5/372.5 - 1 = 30.336% ..
                                               # 486.5/371.5 - 1 = 30.956%: 27 not reached
        ],
    ),
    # 26. Capital-markets-day slide bullets (20 May 2025): TAM is the Total; "~27% CAGR" with no span printed ->
    # inferred from the amounts' years (2024, 2029E); a part with its share. Nowhere: slide 9, the "2025" of the
    # title, 1.4B MAU, 15% share target, 71% gross margin.
    dict(
        text=(
            "Capital Markets Day 2025 (20 May 2025) | Slide 9 -- AI for live streaming & short video\n"
            "* TAM for AI creator and streaming tools (auto-clipping, virtual hosts, real-time translation): "
            "$11.6B (2024) -> $38.0B (2029E)\n"
            "* ~27% CAGR; fastest growth in Southeast Asia and LatAm\n"
            "* Virtual hosts: $3.4B of the 2024 TAM (29%)\n"
            "* 1.4B MAU across partner short-video platforms\n"
            "* Our ambition: 15% share of TAM by 2029 at a 71% gross margin"
        ),
        obs=[
            ("Total", 2024, 11.6, "USD billion", "actual"),
            ("Total", 2029, 38.0, "USD billion", "estimate"),
            ("Virtual hosts", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2029, None, "inferred"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.0 / 11.6) ** (1 / 5) - 1 = 26.784% -> 27
            ("arithmetic", "exact"),   # 3.4 / 11.6 = 29.310% -> 29
        ],
    ),
    # 27. Government statistics page with a correction: the revised 2023 figure (£214m) is the figure, the £221m it
    # replaced is expected nowhere; growth rate recomputed on it; a part with its share. Nowhere: 1,340
    # businesses, 4,100 jobs, the Q2 2025 £71m, the £5.6bn film and TV production spend.
    dict(
        text=(
            "Official Statistics -- AI-enabled localisation services in the creative industries, 2024 "
            "(provisional). Published 17 July 2025; last updated 2 September 2025.\n"
            "Turnover of UK businesses supplying AI-enabled dubbing, subtitling and localisation to film, "
            "television and games was £263 million in 2024, an increase of 22.9% on 2023 (£214 million). AI voice "
            "dubbing accounted for £151 million, or 57.4% of the total. The sector comprised an estimated 1,340 "
            "businesses employing around 4,100 people. Quarterly returns put turnover in Q2 2025 at £71 million. "
            "For context, film and high-end TV production spend in the UK was £5.6 billion in 2024.\n"
            "Correction, 2 September 2025: the 2023 turnover estimate has been revised to £214 million (previously "
            "£221 million) following late survey returns; the growth rate above has been updated accordingly."
        ),
        obs=[
            ("Total", 2023, 214, "GBP million", "actual"),
            ("Total", 2024, 263, "GBP million", "actual"),
            ("AI voice dubbing", 2024, 151, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("share", 57.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 263 / 214 - 1 = 22.897% -> 22.9
            ("arithmetic", "exact"),    # 151 / 263 = 57.414% -> 57.4
        ],
    ),
    # 28. Singapore research note (21 Aug 2025): "more than fourfold" since 2020 a multiple x4 over 4 years; a
    # CAGR with its span printed; Indonesia's part with its share. A rival house's US$290m for 2024 is expected
    # nowhere, as are 280 million gamers and Vietnam's market in dong.
    dict(
        text=(
            "SINGAPORE, 21 August 2025 -- Southeast Asian game developers and publishers spent US$318 million on "
            "AI tools and services for development and live operations in 2024, more than fourfold the US$74 "
            "million of 2020, Lion City Digital Research estimates. Indonesia was the biggest buyer with US$97 "
            "million (30.5%). The firm forecasts US$905 million by 2027, a compound annual rate of 41.7% for "
            "2024-2027. A separate estimate by a Kuala Lumpur consultancy puts 2024 spending at US$290 million. "
            "The region has around 280 million gamers; in Vietnam alone, the note sizes AI game tooling at "
            "roughly 1.9 trillion dong."
        ),
        obs=[
            ("Total", 2020, 74, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2027, 905, "USD million", "estimate"),
            ("Indonesia", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 318 / 74 = 4.30, "more than fourfold"
            ("share", 30.5, "percent", 2024, 2024, None),
            ("cagr", 41.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 97 / 318 = 30.503% -> 30.5
            ("cagr|implied", "exact"),  # (905 / 318) ** (1 / 3) - 1 = 41.712% -> 41.7
        ],
    ),
    # 29. City cultural-industry plan (Simplified): a target (力争突破) is an estimate at its printed figure;
    # 增长1.7倍 keeps 1.7 as the multiple; a part's target. Nowhere: the plan's title years 2025—2027, 5 leading
    # firms, the 10亿元 revenue threshold, 20 demonstration scenarios.
    dict(
        text=(
            "《杭州市数字文化产业高质量发展行动计划（2025—2027年）》（2025年3月印发）提出：到2027年，全市虚拟数字人及"
            "AIGC影视、游戏相关产业规模力争突破300亿元，较2024年的112亿元增长1.7倍；其中AIGC游戏研发服务规模达到"
            "80亿元。培育年营收超10亿元的龙头企业5家，打造20个以上示范应用场景，推动AI配音、智能剪辑、虚拟制片等"
            "技术在影视基地规模化应用。"
        ),
        obs=[
            ("Total", 2024, 112, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("AIGC游戏研发服务", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.7, "multiple", 2024, 2027, 3.0),  # 300 / 112 = 2.68, i.e. an increase of 1.68 times
        ],
        verdicts=[],
    ),
    # 30. Broker note (8 Apr 2025, Simplified): a year-on-year rate with both amounts; a CAGR with its span
    # printed whose 53.8% only a reading of the rounded amounts reaches. Nowhere: the 3257.8亿元 games market,
    # 6.74亿 players, the company's own 2.1亿元 AI revenue, Q1 14.2亿元, target price 45元 and 23% upside.
    dict(
        text=(
            "【传媒互联网】AI+游戏深度报告：降本增效进入兑现期（2025年4月8日）\n"
            "我们测算，2024年国内游戏行业AI工具及服务（含美术资产生成、智能NPC、自动化测试）市场规模约为46.3亿元，"
            "同比增长58.0%（2023年为29.3亿元）；预计2027年将达到168亿元，2024-2027年CAGR约53.8%。作为对照，2024年"
            "国内游戏市场实际销售收入3257.8亿元，用户规模6.74亿人。重点公司方面，其2024年AI相关业务收入2.1亿元，"
            "2025年一季度总营收14.2亿元；维持“买入”评级，目标价45元，对应23%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 29.3, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2027, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.0, "percent", 2023, 2024, 1.0),
            ("cagr", 53.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 46.3 / 29.3 - 1 = 58.020% -> 58.0
            ("cagr|implied", "rounding"),  # (168 / 46.3) ** (1 / 3) - 1 = 53.665% -> 53.7, not 53.8; bounds
                                           # (167.5/46.35) ** (1/3) - 1 = 53.458% .. (168.5/46.25) ** (1/3) - 1
                                           # = 53.873%: reaches 53.8
        ],
    ),
    # 31. Zhihu answer edited 2025-02-11 (Simplified): 去年 = 2024 actual, 今年 = 2025 estimate at its printed
    # 左右 figure, 明年 = 2026 with 有望突破; the 45% is 2024 -> 2025. Another firm's 21亿元 for 2024 is expected
    # nowhere, as are 10万首 songs a day and the 8元 monthly fee.
    dict(
        text=(
            "问：AI音乐生成现在到底有多大市场？\n"
            "答（编辑于 2025-02-11）：说下我看到的数据。按某咨询机构口径，去年中国AI音乐生成市场大概18.6亿元，"
            "今年预计能到27亿元左右，增速45%上下；明年有望突破40亿元。另一家机构给的去年数字是21亿元，但它把AI"
            "有声书也算进去了，口径不一样。平台上每天新生成的歌曲已经超过10万首，不过大部分用户还停留在每月8元的"
            "基础会员，变现远没有想象中快。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2025, 27, "CNY 100 million", "estimate"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27 / 18.6 - 1 = 45.161% -> 45
        ],
    ),
    # 32. Association white paper (Simplified, Jan 2025): two parts with their shares of the 2024 whole; 较2021年
    # 增长3倍 keeps 3 as the multiple. Nowhere: the title's 2024, 3257.83亿元 games market, the 62.7% of firms
    # surveyed, 约占三成 (a fraction in words), 428 firms.
    dict(
        text=(
            "《2024中国游戏产业AI应用白皮书》（2025年1月发布）显示，2024年中国游戏AI应用市场规模达到87.5亿元，"
            "较2021年（21.9亿元）增长3倍。从结构看，AI美术与资产生成39.4亿元，占比45.0%；AI测试与质检12.1亿元，"
            "占比13.8%；智能NPC与对话系统约占三成。同期国内游戏市场实际销售收入为3257.83亿元。对428家游戏企业的"
            "调研显示，62.7%的企业已在研发环节部署AI工具。"
        ),
        obs=[
            ("Total", 2021, 21.9, "CNY 100 million", "actual"),
            ("Total", 2024, 87.5, "CNY 100 million", "actual"),
            ("AI美术与资产生成", 2024, 39.4, "CNY 100 million", "actual"),
            ("AI测试与质检", 2024, 12.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 87.5 / 21.9 = 3.995, an increase of 3 times
            ("share", 45.0, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 39.4 / 87.5 = 45.029% -> 45.0
            ("arithmetic", "exact"),  # 12.1 / 87.5 = 13.829% -> 13.8
        ],
    ),
    # 33. Taipei research release (Traditional, May 2025) in 新台幣億元: a year-on-year rate with both amounts; a
    # CAGR printed with no span, inferred from the amounts' years 2024 and 2026. Nowhere: 112 firms surveyed,
    # the NT$3.4 billion box office, NT$300 per minute.
    dict(
        text=(
            "【台北訊】產業科技研究所（2025年5月）調查指出，2024年台灣AI影音後製與配音服務市場規模達新台幣38.6億元，"
            "較2023年的29.7億元成長30.0%，主因串流平台加速以AI進行多語配音、字幕與畫質修復。該所預估2026年可望"
            "擴大至新台幣71億元，年複合成長率約35.6%。本次共訪查112家業者；業者表示AI配音報價已降至每分鐘約新台幣"
            "300元。同年全台電影票房約新台幣34億元。"
        ),
        obs=[
            ("Total", 2023, 29.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 71, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("cagr", 35.6, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 29.7 - 1 = 29.966% -> 30.0
            ("cagr|period", "exact"),   # (71 / 38.6) ** (1 / 2) - 1 = 35.624% -> 35.6
        ],
    ),
    # 34. Hong Kong newspaper item (Traditional, Jun 2025) in 億港元: 去年 = 2024 with a part and its share;
    # 今年 = 2025 estimate; 明年 = 2026. Nowhere: 120萬名 viewers, a listed platform's first-quarter revenue,
    # 約佔四成 (a fraction in words).
    dict(
        text=(
            "【本報訊】香港數碼娛樂科技協會昨日（2025年6月）發表報告，指本港直播及短片AI工具市場去年規模為4.2億港元，"
            "其中虛擬主播相關服務佔1.5億港元，即35.7%；短片自動剪輯工具約佔四成。協會估計今年市場約5.1億港元，按年增長"
            "約21%，明年可增至6.3億港元。報告引述，全港經常收看直播的觀眾約120萬名；另一家上市直播平台今年第一季收入"
            "為2.8億港元。"
        ),
        obs=[
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("虛擬主播相關服務", 2024, 1.5, "HKD 100 million", "actual"),
            ("Total", 2025, 5.1, "HKD 100 million", "estimate"),
            ("Total", 2026, 6.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 35.7, "percent", 2024, 2024, None),
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.5 / 4.2 = 35.714% -> 35.7
            ("cagr|implied", "exact"),  # 5.1 / 4.2 - 1 = 21.429% -> 21
        ],
    ),
    # 35. PTT reply (Traditional, 14 Jan 2025) in 億美元: 去年 = 2024; 成長超過3倍 keeps 3 as the multiple over
    # 2023-2028. Another firm's 21億美元 for 2023 is expected nowhere, as are the 7,000 Steam titles and the
    # poster's studio's 40% cost saving.
    dict(
        text=(
            "作者 pixelnomad  看板 GameDesign\n"
            "標題 Re: [討論] AI美術工具到底會不會取代外包？\n"
            "時間 Tue Jan 14 21:37:05 2025\n"
            "※ 引述《kuma0921》之銘言：\n"
            ": 感覺現在大家都在吹AI，但市場真的有那麼大嗎？\n"
            "\n"
            "我手邊的研究報告：全球AI遊戲開發工具市場2023年約18億美元，去年大概23億美元，2028年預估74億美元，"
            "五年成長超過3倍。另一家顧問公司說2023年是21億美元，但他們把遊戲內AI客服也算進去，不建議混著看。"
            "Steam上去年標示使用生成式AI的新作已超過7,000款，我們工作室導入後美術外包成本大約省了40%，但原畫師"
            "還是不能少。"
        ),
        obs=[
            ("Total", 2023, 18, "USD 100 million", "actual"),
            ("Total", 2024, 23, "USD 100 million", "actual"),
            ("Total", 2028, 74, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2023, 2028, 5.0),  # 74 / 18 = 4.11, an increase of more than 3 times
        ],
        verdicts=[],
    ),
    # 36. Markdown table, years as columns with E columns and a Total row (US$ million); the 2024 Total of 1,741
    # only reconciles with its rows (1,740) by rounding. Nowhere: exhibit number 7, title span 2022-2026E.
    dict(
        text=(
            "Exhibit 7: Global spend on AI in game development by use case, 2022-2026E (US$ million)\n"
            "\n"
            "| Use case | 2022 | 2023 | 2024 | 2025E | 2026E |\n"
            "|:---|---:|---:|---:|---:|---:|\n"
            "| Asset & texture generation | 412 | 538 | 702 | 905 | 1,160 |\n"
            "| NPC dialogue & behaviour | 286 | 371 | 488 | 640 | 826 |\n"
            "| Automated playtesting & QA | 198 | 247 | 318 | 402 | 503 |\n"
            "| Animation & motion capture | 154 | 189 | 232 | 281 | 338 |\n"
            "| Total | 1,050 | 1,345 | 1,741 | 2,228 | 2,827 |\n"
            "\n"
            "Source: Pinecrest Games Intelligence. E = estimate. Excludes studios' in-house tooling headcount; "
            "totals may not add because of rounding."
        ),
        obs=[
            ("Asset & texture generation", 2022, 412, "USD million", "actual"),
            ("Asset & texture generation", 2023, 538, "USD million", "actual"),
            ("Asset & texture generation", 2024, 702, "USD million", "actual"),
            ("Asset & texture generation", 2025, 905, "USD million", "estimate"),
            ("Asset & texture generation", 2026, 1160, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2022, 286, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2023, 371, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2024, 488, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2025, 640, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2026, 826, "USD million", "estimate"),
            ("Automated playtesting & QA", 2022, 198, "USD million", "actual"),
            ("Automated playtesting & QA", 2023, 247, "USD million", "actual"),
            ("Automated playtesting & QA", 2024, 318, "USD million", "actual"),
            ("Automated playtesting & QA", 2025, 402, "USD million", "estimate"),
            ("Automated playtesting & QA", 2026, 503, "USD million", "estimate"),
            ("Animation & motion capture", 2022, 154, "USD million", "actual"),
            ("Animation & motion capture", 2023, 189, "USD million", "actual"),
            ("Animation & motion capture", 2024, 232, "USD million", "actual"),
            ("Animation & motion capture", 2025, 281, "USD million", "estimate"),
            ("Animation & motion capture", 2026, 338, "USD million", "estimate"),
            ("Total", 2022, 1050, "USD million", "actual"),
            ("Total", 2023, 1345, "USD million", "actual"),
            ("Total", 2024, 1741, "USD million", "actual"),
            ("Total", 2025, 2228, "USD million", "estimate"),
            ("Total", 2026, 2827, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 412 + 286 + 198 + 154 = 1050
            ("hierarchy", "exact"),     # 2023: 538 + 371 + 247 + 189 = 1345
            ("hierarchy", "rounding"),  # 2024: 702 + 488 + 318 + 232 = 1740 vs 1741; rows at +-0.5 each give
                                        # 1738 .. 1742, which reaches 1741
            ("hierarchy", "exact"),     # 2025E: 905 + 640 + 402 + 281 = 2228
            ("hierarchy", "exact"),     # 2026E: 1160 + 826 + 503 + 338 = 2827
        ],
    ),
    # 37. Tab-separated vertical table (years as rows) in EUR million: each figure belongs to its column's header;
    # F rows are estimates; the Total column adds up every year. Nowhere: table number 4.2, the title span.
    dict(
        text=(
            "Table 4.2 Western Europe: AI in film and TV post-production by application, 2021-2026F (EUR million)\n"
            "Year\tAI dubbing & voice\tAI VFX & editing\tAI subtitling & captioning\tTotal\n"
            "2021\t38\t52\t17\t107\n"
            "2022\t61\t68\t22\t151\n"
            "2023\t104\t89\t28\t221\n"
            "2024\t167\t118\t35\t320\n"
            "2025F\t246\t151\t41\t438\n"
            "2026F\t342\t190\t47\t579\n"
            "Note: F = forecast. Covers the EU-15, the UK, Norway and Switzerland; excludes cinema box office and "
            "broadcasters' in-house staff."
        ),
        obs=[
            ("AI dubbing & voice", 2021, 38, "EUR million", "actual"),
            ("AI dubbing & voice", 2022, 61, "EUR million", "actual"),
            ("AI dubbing & voice", 2023, 104, "EUR million", "actual"),
            ("AI dubbing & voice", 2024, 167, "EUR million", "actual"),
            ("AI dubbing & voice", 2025, 246, "EUR million", "estimate"),
            ("AI dubbing & voice", 2026, 342, "EUR million", "estimate"),
            ("AI VFX & editing", 2021, 52, "EUR million", "actual"),
            ("AI VFX & editing", 2022, 68, "EUR million", "actual"),
            ("AI VFX & editing", 2023, 89, "EUR million", "actual"),
            ("AI VFX & editing", 2024, 118, "EUR million", "actual"),
            ("AI VFX & editing", 2025, 151, "EUR million", "estimate"),
            ("AI VFX & editing", 2026, 190, "EUR million", "estimate"),
            ("AI subtitling & captioning", 2021, 17, "EUR million", "actual"),
            ("AI subtitling & captioning", 2022, 22, "EUR million", "actual"),
            ("AI subtitling & captioning", 2023, 28, "EUR million", "actual"),
            ("AI subtitling & captioning", 2024, 35, "EUR million", "actual"),
            ("AI subtitling & captioning", 2025, 41, "EUR million", "estimate"),
            ("AI subtitling & captioning", 2026, 47, "EUR million", "estimate"),
            ("Total", 2021, 107, "EUR million", "actual"),
            ("Total", 2022, 151, "EUR million", "actual"),
            ("Total", 2023, 221, "EUR million", "actual"),
            ("Total", 2024, 320, "EUR million", "actual"),
            ("Total", 2025, 438, "EUR million", "estimate"),
            ("Total", 2026, 579, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2021: 38 + 52 + 17 = 107
            ("hierarchy", "exact"),  # 2022: 61 + 68 + 22 = 151
            ("hierarchy", "exact"),  # 2023: 104 + 89 + 28 = 221
            ("hierarchy", "exact"),  # 2024: 167 + 118 + 35 = 320
            ("hierarchy", "exact"),  # 2025F: 246 + 151 + 41 = 438
            ("hierarchy", "exact"),  # 2026F: 342 + 190 + 47 = 579
        ],
    ),
    # 38. Simplified Chinese table (亿元) with a 同比 column and a 合计 row: each row's rate has both amounts; the
    # 智能剪辑与特效 rate 45.1% is INCONSISTENT (a transposed 54.1). Nowhere: table number 3, title span 2023—2024.
    dict(
        text=(
            "表3  2023—2024年中国直播与短视频AI工具市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 同比增长 |\n"
            "|---|---|---|---|\n"
            "| 虚拟主播与数字人直播 | 58.6 | 92.4 | 57.7% |\n"
            "| 智能剪辑与特效 | 41.2 | 63.5 | 45.1% |\n"
            "| AI字幕与多语种翻译 | 12.7 | 21.9 | 72.4% |\n"
            "| 智能推荐与投放优化 | 76.3 | 104.9 | 37.5% |\n"
            "| 合计 | 188.8 | 282.7 | 49.7% |\n"
            "注：统计口径为面向主播、MCN机构及平台的AI工具与服务收入，不含平台打赏流水及广告收入。"
        ),
        obs=[
            ("虚拟主播与数字人直播", 2023, 58.6, "CNY 100 million", "actual"),
            ("虚拟主播与数字人直播", 2024, 92.4, "CNY 100 million", "actual"),
            ("智能剪辑与特效", 2023, 41.2, "CNY 100 million", "actual"),
            ("智能剪辑与特效", 2024, 63.5, "CNY 100 million", "actual"),
            ("AI字幕与多语种翻译", 2023, 12.7, "CNY 100 million", "actual"),
            ("AI字幕与多语种翻译", 2024, 21.9, "CNY 100 million", "actual"),
            ("智能推荐与投放优化", 2023, 76.3, "CNY 100 million", "actual"),
            ("智能推荐与投放优化", 2024, 104.9, "CNY 100 million", "actual"),
            ("合计", 2023, 188.8, "CNY 100 million", "actual"),
            ("合计", 2024, 282.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 57.7, "percent", 2023, 2024, 1.0),
            ("growth", 45.1, "percent", 2023, 2024, 1.0),
            ("growth", 72.4, "percent", 2023, 2024, 1.0),
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
            ("growth", 49.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 92.4 / 58.6 - 1 = 57.679% -> 57.7
            ("cagr|implied", "inconsistent"),  # 63.5 / 41.2 - 1 = 54.126%; bounds 63.45/41.25 - 1 = 53.818% ..
                                               # 63.55/41.15 - 1 = 54.435%: 45.1 not reached
            ("cagr|implied", "exact"),         # 21.9 / 12.7 - 1 = 72.441% -> 72.4
            ("cagr|implied", "exact"),         # 104.9 / 76.3 - 1 = 37.484% -> 37.5
            ("cagr|implied", "exact"),         # 282.7 / 188.8 - 1 = 49.735% -> 49.7
            ("hierarchy", "exact"),            # 2023: 58.6 + 41.2 + 12.7 + 76.3 = 188.8
            ("hierarchy", "exact"),            # 2024: 92.4 + 63.5 + 21.9 + 104.9 = 282.7
        ],
    ),
    # 39. Space-aligned yen table (¥100 million = JPY 100 million), fiscal years, a share column for FY2024 and a
    # total row "All segments" (its 100.0% is no claim). Nowhere: the 1,900 VTubers counted in the note.
    dict(
        text=(
            "Japan: virtual idol, VTuber and digital human market by segment (¥100 million)\n"
            "Segment                              FY2023    FY2024    Share FY2024\n"
            "Live streaming & fan tipping             312       366           38.7%\n"
            "AI digital human production              148       211           22.3%\n"
            "Voice & motion AI tools                   96       143           15.1%\n"
            "Licensing & brand tie-ups                205       226           23.9%\n"
            "All segments                             761       946          100.0%\n"
            "Note: fiscal years to March. Based on revenue of agencies, platforms and tool vendors; about 1,900 "
            "active VTubers were tracked."
        ),
        obs=[
            ("Live streaming & fan tipping", 2023, 312, "JPY 100 million", "actual"),
            ("Live streaming & fan tipping", 2024, 366, "JPY 100 million", "actual"),
            ("AI digital human production", 2023, 148, "JPY 100 million", "actual"),
            ("AI digital human production", 2024, 211, "JPY 100 million", "actual"),
            ("Voice & motion AI tools", 2023, 96, "JPY 100 million", "actual"),
            ("Voice & motion AI tools", 2024, 143, "JPY 100 million", "actual"),
            ("Licensing & brand tie-ups", 2023, 205, "JPY 100 million", "actual"),
            ("Licensing & brand tie-ups", 2024, 226, "JPY 100 million", "actual"),
            ("All segments", 2023, 761, "JPY 100 million", "actual"),
            ("All segments", 2024, 946, "JPY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.7, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 15.1, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 366 / 946 = 38.689% -> 38.7
            ("arithmetic", "exact"),  # 211 / 946 = 22.304% -> 22.3
            ("arithmetic", "exact"),  # 143 / 946 = 15.116% -> 15.1
            ("arithmetic", "exact"),  # 226 / 946 = 23.890% -> 23.9
            ("hierarchy", "exact"),   # FY2023: 312 + 148 + 96 + 205 = 761
            ("hierarchy", "exact"),   # FY2024: 366 + 211 + 143 + 226 = 946
        ],
    ),
    # 40. Traditional Chinese table in 新台幣億元 with (E)/(F) columns, a 合計 row and a CAGR column whose span is
    # printed in its header; the 虛擬偶像與數位人 CAGR 26.2% is reached only by a reading of the rounded amounts.
    # Nowhere: the title span 2024–2027.
    dict(
        text=(
            "2024–2027年台灣AI遊戲與娛樂應用市場規模（單位：新台幣億元）\n"
            "| 應用領域 | 2024 | 2025(E) | 2027(F) | 年複合成長率(2024–2027) |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI遊戲開發工具 | 18.4 | 24.7 | 43.9 | 33.6% |\n"
            "| AI影音後製與配音 | 22.6 | 28.3 | 44.2 | 25.1% |\n"
            "| 虛擬偶像與數位人 | 13.5 | 16.9 | 27.1 | 26.2% |\n"
            "| AI音樂與推薦 | 9.8 | 12.1 | 18.1 | 22.7% |\n"
            "| 合計 | 64.3 | 82.0 | 133.3 | 27.5% |\n"
            "資料來源：產業科技研究所整理，2025年8月。E為預估值，F為預測值。"
        ),
        obs=[
            ("AI遊戲開發工具", 2024, 18.4, "TWD 100 million", "actual"),
            ("AI遊戲開發工具", 2025, 24.7, "TWD 100 million", "estimate"),
            ("AI遊戲開發工具", 2027, 43.9, "TWD 100 million", "estimate"),
            ("AI影音後製與配音", 2024, 22.6, "TWD 100 million", "actual"),
            ("AI影音後製與配音", 2025, 28.3, "TWD 100 million", "estimate"),
            ("AI影音後製與配音", 2027, 44.2, "TWD 100 million", "estimate"),
            ("虛擬偶像與數位人", 2024, 13.5, "TWD 100 million", "actual"),
            ("虛擬偶像與數位人", 2025, 16.9, "TWD 100 million", "estimate"),
            ("虛擬偶像與數位人", 2027, 27.1, "TWD 100 million", "estimate"),
            ("AI音樂與推薦", 2024, 9.8, "TWD 100 million", "actual"),
            ("AI音樂與推薦", 2025, 12.1, "TWD 100 million", "estimate"),
            ("AI音樂與推薦", 2027, 18.1, "TWD 100 million", "estimate"),
            ("合計", 2024, 64.3, "TWD 100 million", "actual"),
            ("合計", 2025, 82.0, "TWD 100 million", "estimate"),
            ("合計", 2027, 133.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.6, "percent", 2024, 2027, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 26.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2027, None, "stated"),
            ("cagr", 27.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (43.9 / 18.4) ** (1 / 3) - 1 = 33.623% -> 33.6
            ("cagr|implied", "exact"),     # (44.2 / 22.6) ** (1 / 3) - 1 = 25.056% -> 25.1
            ("cagr|implied", "rounding"),  # (27.1 / 13.5) ** (1 / 3) - 1 = 26.147% -> 26.1, not 26.2; bounds
                                           # (27.05/13.55) ** (1/3) - 1 = 25.915% .. (27.15/13.45) ** (1/3) - 1
                                           # = 26.381%: reaches 26.2
            ("cagr|implied", "exact"),     # (18.1 / 9.8) ** (1 / 3) - 1 = 22.692% -> 22.7
            ("cagr|implied", "exact"),     # (133.3 / 64.3) ** (1 / 3) - 1 = 27.509% -> 27.5
            ("hierarchy", "exact"),        # 2024: 18.4 + 22.6 + 13.5 + 9.8 = 64.3
            ("hierarchy", "exact"),        # 2025(E): 24.7 + 28.3 + 16.9 + 12.1 = 82.0
            ("hierarchy", "exact"),        # 2027(F): 43.9 + 44.2 + 27.1 + 18.1 = 133.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 9, 'exact': 96}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'SAN FRANCISCO, May 6, 2025 /PRNewswire/ --',
    'a 31.5% jump from $2.16 billion in 2023',
    'price target $41 (23% upside)',
    'consumer text-to-music apps accounted for $0.41bn of that (35%)',
    'growth the firm puts at a 19.8% CAGR over 2024-2030',
    "puts last year's figure at a more modest $0.9 billion",
    'at about $9 billion this year, and we see it getting to around $25 billion in 2029',
    'more than double the 2021 figure',
    'expect the total to approach £0.7 billion by 2027',
    'an upward revision from the ¥85.0 billion given in the preliminary report',
    'roughly 2.5 times the 2022 level',
    'anything from $7 billion to $8.5 billion by 2027',
    'Indonesian providers earned about Rp 2.4 trillion',
    'to reach US$0.83 billion next year',
    '力争突破600亿元，年均增长24%左右',
    '占全市GDP比重达到8%',
    '两项合计约占四成',
    '較2023年的35.1億元年增24.1%',
    '去年規模達4.86億港元，按年增長24.6%（前年為3.9億港元），較2021年增長2倍',
    '認為2024年市場僅29億美元',
    '将接近1.05万亿元',
    '较2022年增长1.5倍',
    '| Total | 1,268 | 1,803 | 2,524 | 3,463 | 4,635 |',
    '2025E                 166                341     507',
    '合计\t205.4\t272.4\t352.8\t446.6\t28.0%',
    'All applications                 4,602   100.0%   5,786   25.7%',
    '| 2025年第一季 | 702 | — |',
    'a compound annual growth rate of 22.6% over 2024-2031',
    'Working Paper No. 24-17',
    'around $4.5 billion this year',
    'more than three times that, some $14 billion, by 2029',
    'rose 17.9% to ¥38.4 billion in fiscal 2023',
    'about 410 billion won',
    '~$0.61B last year, so +36%',
    'Their 2030 range is $2.4B-$3.0B',
    'expects the market to reach HK$1.2 billion by 2028',
    '$11.6B (2024) -> $38.0B (2029E)',
    '~27% CAGR',
    '(previously £221 million)',
    'more than fourfold the US$74',
    'roughly 1.9 trillion dong',
    '力争突破300亿元，较2024年的112亿元增长1.7倍',
    '目标价45元，对应23%上涨空间',
    '今年预计能到27亿元左右',
    '较2021年（21.9亿元）增长3倍',
    '較2023年的29.7億元成長30.0%',
    '其中虛擬主播相關服務佔1.5億港元，即35.7%',
    '五年成長超過3倍',
    '| Total | 1,050 | 1,345 | 1,741 | 2,228 | 2,827 |',
    '2025F\t246\t151\t41\t438',
    '| 同比增长 |',
    'All segments                             761       946          100.0%',
    '年複合成長率(2024–2027)',
)
LAYOUT = (40, 15, 14, 11)
#: the set's blind score (written without reading or running the extractor, and kept unread): 251
#: figures, 58 rates, 101 verdicts and 4 false inconsistent
#: after the readings chosen on it and the hundred-and-fiftieth set: 266, 60, 107 and 0
FLOORS = {"figures_found": 267, "rates_found": 60, "verdicts_right": 108}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset148.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
