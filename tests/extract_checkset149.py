"""A hundred-and-forty-ninth check set for the extractor, written blind: AI in games and entertainment: AI tools for game
development (asset generation, NPC dialogue, testing), AI in film and TV post-production and dubbing, music-generation
and recommendation engines, AI in live streaming and short video, virtual idols and digital humans, sized in money by
games-industry trackers, entertainment consultancies, brokers, publishers' associations, city cultural-industry plans,
Japanese, Korean, Southeast Asian and Taiwanese research houses. Distractors a careful reader leaves out: players,
downloads, hours watched, box office, titles released, a studio's own revenue or bookings, a game's budget, average
revenue per user, a quarter's figures, the whole games or film market beside the AI part.

Snippets 1-20: AI in games and entertainment: generative AI tools for game development (asset generation, NPC
dialogue, automated testing), AI dubbing, subtitling and post-production for film and TV, AI music generation and
recommendation, AI tools for live streaming and short video, and virtual idols and digital humans. 1-8 are English
prose: a dated wire press release, a broker initiation note with a price target and a later figure in another scale, a
news article that quotes two publishers (a CAGR only rounding reaches), a games publisher's investor-day transcript
sizing a TAM, a European games federation yearbook whose growth rate was left on a superseded base (inconsistent), a
Japanese research house's yen release on anime-production AI with a revised figure, a blog post on virtual idols with
a 2.5x multiple and a range, and a Singapore research house's release on Southeast Asian live-streaming AI with a
rupiah amount. 9-15 are Chinese prose: a city action plan on virtual digital humans with targets, a broker report on
game AIGC tools with a share only rounding reaches, a Taiwanese institute release with a multiple, a Hong Kong news
item on AI post-production whose year-on-year rate is a typo (inconsistent), a Taiwanese magazine article quoting two
publishers (those three in Traditional Chinese), a Xinhua-style wire on AI music with 增长4倍 and a quarter, and a white
paper on online audiovisual AIGC with a figure in 万亿元. 16-20 are tables: a markdown pipe table with E/F columns and a
total row that adds only by rounding, a space-aligned Korean table with years as rows and a YoY column, a
tab-separated Simplified Chinese post-production table with 合计 and a CAGR column, a space-aligned Japanese table in 億円
with its total row printed first, and a Traditional Chinese markdown table with years as rows under a lone unit-only
column. Distractors a careful reader leaves out: players, monthly active users, hours watched, concurrent viewers,
subscribers, tickets sold, box office, titles aired and released, songs generated, the whole games, anime or
video-games market beside the AI part, a studio's own revenue, bookings and margin, a share goal, a price target and
its upside, engineers, studios, firms, animators and creators counted, survey answers, a penetration rate, percentage
points, a quarter's figure, won and rupiah amounts, report and table numbers, title years, document numbers, a second
publisher's figure and superseded (revised) figures.

Snippets 21-40: AI in games and entertainment: eight English prose excerpts (an earnings call sizing its TAM, a
research abstract with a range and a survey, a forum answer quoting two trackers, a Japanese integrated report in yen,
investor-day slide bullets, a web article carrying a correction, a Southeast Asian broker's initiation note, a London
trade-body press release whose CAGR its amounts contradict), seven Chinese prose excerpts (a Hangzhou
cultural-industry action plan, a broker's note with 增长N倍, an association report with a part and its share, a Taiwanese
research release, a Hong Kong industry survey in 億港元, a PTT forum post in 新台幣億元 with an inconsistent rate and a second
institute's figure, a Zhihu answer whose 万亿元 target joins an 亿元 series), and five tables (a markdown segment table
whose 2024 total is off by rounding, a tab-separated yen table with a YoY column, a space-aligned Chinese table whose
rows are years under a unit-only column, a markdown regional table with shares of its total, and a space-aligned
exhibit with a CAGR column and an 'All applications' total row). Distractors left out throughout: datelines, issue,
table, exhibit and slide numbers, report-title years, a company's own revenue and quarter, price targets and upside,
creators, players, live-sellers, hours played, titles released, box office, the whole games market beside its AI part,
headcounts, ages, survey answers and respondent counts, percentage points, fractions in words (四成, 三分之一), ARPU and
paying users, and a figure a correction replaced.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English). Year-on-year growth with both amounts and a stated 2024-2030 CAGR.
    #    Expected nowhere: report title years 2025-2030, ref. PGR-GD-0211, 640 studios, 3.3 billion players.
    dict(
        text=(
            "SAN FRANCISCO, Feb. 11, 2025 /PRNewswire/ -- Pixelgrid Research today published \"Generative AI in "
            "Game Development: Global Market Outlook 2025-2030\" (ref. PGR-GD-0211). The report finds that spending "
            "on generative AI tools for game development -- spanning 2D and 3D asset generation, NPC dialogue "
            "systems and automated playtesting -- reached $2.87 billion in 2024, up 31.7% from $2.18 billion in "
            "2023. Pixelgrid expects the market to climb to $10.9 billion by 2030, a compound annual growth rate of "
            "24.9% from 2024 through 2030. The findings draw on interviews with 640 studios; the global player base "
            "now tops 3.3 billion people."
        ),
        obs=[
            ("Total", 2023, 2.18, "USD billion", "actual"),
            ("Total", 2024, 2.87, "USD billion", "actual"),
            ("Total", 2030, 10.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("cagr", 24.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.87 / 2.18 - 1 = 31.651% -> 31.7
            ("cagr|implied", "exact"),  # (10.9 / 2.87) ** (1 / 6) - 1 = 24.908% -> 24.9
        ],
    ),
    # 2. Broker initiation note (English). A part with its share of the printed whole; the 2028 figure printed in US$bn
    #    is converted to the series' US$ million; CAGR span only from the amounts' years (inferred).
    #    Expected nowhere: PT US$38 and 22% upside, Melodia's US$84m FY24 revenue, 68% gross margin, 41m MAU in 1Q25.
    dict(
        text=(
            "Harbor Lane Securities | Internet & Media | 27 May 2025\n"
            "Melodia Labs (MLDA US) -- Initiate at Overweight; PT US$38 implies 22% upside\n"
            "We size the generative AI music market -- text-to-music, stem generation and adaptive game scores -- "
            "at US$640m in 2024. B2B licensing (game studios, advertisers, short-video platforms) accounted for "
            "US$228m of that, or 36%. As label licensing terms settle, we expect the market to reach US$1.9bn by "
            "2028, a 31% compound rate. Melodia itself booked US$84m of revenue in FY24 at a 68% gross margin and "
            "ended 1Q25 with 41m monthly active users."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("B2B licensing", 2024, 228, "USD million", "actual"),
            ("Total", 2028, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 31, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 228 / 640 = 35.625% -> 36
            ("cagr|period", "exact"),   # (1900 / 640) ** (1 / 4) - 1 = 31.263% -> 31
        ],
    ),
    # 3. News article quoting two publishers (English). Meridian gives base, target and a stated 2024-2031 CAGR that
    #    only ROUNDING reaches. Expected nowhere: Stonebridge's $0.97 billion for 2024 (second publisher), the
    #    $33.9 billion box office, 600 titles, 40 languages.
    dict(
        text=(
            "LOS ANGELES, June 9, 2025 -- Hollywood's localisation houses are quietly rebuilding around synthetic "
            "voices. How big is the business? Meridian Media Research puts the global market for AI dubbing and "
            "subtitling in film and television at $1.24 billion in 2024 and forecasts $4.05 billion in 2031, a "
            "compound annual growth rate of 18.5% over 2024-2031. Stonebridge Analytics, whose definition leaves "
            "out subtitling, counted only $0.97 billion for the same year. For scale, the global box office took in "
            "$33.9 billion last year, and streamers dubbed more than 600 original titles into at least 40 languages."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2031, 4.05, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (4.05 / 1.24) ** (1 / 7) - 1 = 18.422% -> 18.4, not 18.5; bounds (4.045 / 1.245) .. (4.055 / 1.235)
            # -> 18.333% .. 18.512%, which reaches 18.5
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Investor-day transcript (English). The TAM the company sizes is the market (Total); "this year" = 2025, an
    #    estimate; CAGR inferred from the amounts' years. Expected nowhere: the company's $1.21 billion FY2025 net
    #    bookings, 48 million monthly players in the June quarter, its 15% share goal, 600 engineers.
    dict(
        text=(
            "Helio Interactive Investor Day -- Los Angeles, 16 September 2025. Transcript excerpt, Chief Financial "
            "Officer:\n"
            "\"Net bookings for fiscal 2025 came in at $1.21 billion, and our live games averaged 48 million monthly "
            "players in the June quarter. But the reason we're all here is AI characters. We size the total "
            "addressable market for AI-driven characters and companions in games at roughly $9 billion this year, "
            "and we see it at about $30 billion by 2030 -- a compound rate of around 27%. Our goal is to capture 15% "
            "of that, and we have 600 engineers on it today.\""
        ),
        obs=[
            ("Total", 2025, 9, "USD billion", "estimate"),
            ("Total", 2030, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (30 / 9) ** (1 / 5) - 1 = 27.226% -> 27
        ],
    ),
    # 5. Games federation yearbook (English, euros). The 28% rate is INCONSISTENT with the printed amounts: it was
    #    left on the superseded 2023 base (418 / 326 - 1 = 28.2%). A later figure in another scale (€1.1 billion) is
    #    converted to the series' EUR million. Expected nowhere: the superseded €326 million, section 4.2, the
    #    €25.7 billion European games market, 5,200 studios, 98,000 people.
    dict(
        text=(
            "Games Europe Federation -- Annual Yearbook 2025, section 4.2 \"AI in production\" (published 5 May "
            "2025). European studios spent \u20ac418 million on AI-driven game testing and quality-assurance services "
            "in 2024, up 28% year on year. The 2023 figure has been restated to \u20ac337 million (previously \u20ac326 "
            "million) after two outsourcing vendors were reclassified. The federation expects the segment to exceed "
            "\u20ac1.1 billion by 2028. The wider European video games market was worth some \u20ac25.7 billion, and the "
            "sector counts around 5,200 studios employing 98,000 people."
        ),
        obs=[
            ("Total", 2023, 337, "EUR million", "actual"),
            ("Total", 2024, 418, "EUR million", "actual"),
            ("Total", 2028, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 418 / 337 - 1 = 24.036%; bounds 417.5 / 337.5 .. 418.5 / 336.5 -> 23.704% .. 24.368%; 28 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Japanese research house release (English, yen, fiscal years, a revised figure). Growth, a part with its share
    #    and a stated FY2024-FY2028 rate. Expected nowhere: the superseded ¥27.2 billion flash estimate, ~300 TV anime
    #    series, 2,100 animators.
    dict(
        text=(
            "TOKYO, Aug. 28, 2025 -- Hoshizora Research Institute today released its survey of AI tools used in "
            "anime production. The domestic market, covering in-betweening, colouring, background generation and "
            "lip-sync, reached \u00a528.5 billion in fiscal 2024 (revised from \u00a527.2 billion in the flash estimate), "
            "up 30.1% from \u00a521.9 billion in fiscal 2023. In-betweening and colouring tools accounted for "
            "\u00a511.6 billion, or 40.7%. The institute forecasts \u00a572.0 billion in fiscal 2028, average annual "
            "growth of 26.1% between fiscal 2024 and fiscal 2028. Roughly 300 TV anime series aired in Japan in "
            "2024, and the survey drew answers from 2,100 animators."
        ),
        obs=[
            ("Total", 2023, 21.9, "JPY billion", "actual"),
            ("Total", 2024, 28.5, "JPY billion", "actual"),
            ("In-betweening and colouring tools", 2024, 11.6, "JPY billion", "actual"),
            ("Total", 2028, 72.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("share", 40.7, "percent", 2024, 2024, None),
            ("cagr", 26.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.5 / 21.9 - 1 = 30.137% -> 30.1
            ("arithmetic", "exact"),    # 11.6 / 28.5 = 40.702% -> 40.7
            ("cagr|implied", "exact"),  # (72.0 / 28.5) ** (1 / 4) - 1 = 26.073% -> 26.1
        ],
    ),
    # 7. Blog post (English). "Last year" = 2024 (posted March 2025); "2.5x between 2021 and last year" is x2.5 over
    #    3 years; a range gives two value claims and no observation. Expected nowhere: 1.1 billion hours watched,
    #    25 talents, 4.5 million concurrent viewers.
    dict(
        text=(
            "Virtual idols are a real business now (posted 3 March 2025)\n"
            "I've followed VTubers since the days of one rigged avatar and a webcam. By the best count I have, the "
            "virtual idol economy -- concerts, merch, licensing and the AI voice and motion tooling behind it -- "
            "grew 2.5x between 2021 and last year, to roughly $4.3 billion. The forecasters I've read land somewhere "
            "between $9 billion and $12 billion for 2030. Streams logged 1.1 billion hours watched in 2024, the "
            "biggest agency now manages 25 talents, and one idol's record stream drew 4.5 million concurrent viewers."
        ),
        obs=[
            ("Total", 2024, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
            ("value", 9, "USD billion", 2030, 2030, None),
            ("value", 12, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Singapore research house release (English). "This year" = 2025, an estimate, printed in US$ billion and
    #    converted to the series' US$ million; a part with its share. Expected nowhere: the first quarter's
    #    US$342 million, Rp 4.9 trillion (currency not in the unit table), 38% of 1,500 creators (survey answer).
    dict(
        text=(
            "SINGAPORE, 14 May 2025 -- Straits Digital Insight said on Wednesday that AI tools for live streaming "
            "and short video in Southeast Asia -- virtual hosts, real-time effects, automatic clipping and AI "
            "translation -- generated US$1,120 million in 2024. Indonesia accounted for US$310 million of that, or "
            "27.7%. The firm expects the regional market to reach US$1.46 billion this year, up 30.4%. First-quarter "
            "spending came to US$342 million. In Indonesia alone, sellers spent some Rp 4.9 trillion on livestream "
            "commerce production, and 38% of the 1,500 creators surveyed said they already use an AI clipping tool."
        ),
        obs=[
            ("Total", 2024, 1120, "USD million", "actual"),
            ("Indonesia", 2024, 310, "USD million", "actual"),
            ("Total", 2025, 1460, "USD million", "estimate"),
        ],
        claims=[
            ("share", 27.7, "percent", 2024, 2024, None),
            ("growth", 30.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 310 / 1120 = 27.679% -> 27.7
            ("cagr|implied", "exact"),  # 1460 / 1120 - 1 = 30.357% -> 30.4
        ],
    ),
    # 9. City action plan (Simplified Chinese). A target (力争突破) is an estimate; a stated 年均 rate whose span (2024—2027年)
    #    is printed. Expected nowhere: document number 〔2025〕23号, title years
    #    2025—2027, 320家 firms, 10家 / 亿元 threshold, 50个 scenarios.
    dict(
        text=(
            "海州市人民政府办公厅关于印发《海州市虚拟数字人产业创新发展行动方案（2025—2027年）》的通知"
            "（海政办〔2025〕23号）。一、发展基础：2024年，全市虚拟数字人产业规模达到186亿元，比2023年的140.4亿元"
            "增长32.5%，集聚相关企业320家。二、主要目标：到2027年，全市虚拟数字人产业规模力争突破400亿元，"
            "2024—2027年年均增长29%左右；培育营业收入超亿元企业10家以上，打造虚拟偶像演出、数字人直播等"
            "示范应用场景50个。"
        ),
        obs=[
            ("Total", 2023, 140.4, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 140.4 - 1 = 32.479% -> 32.5
            ("cagr|implied", "exact"),  # (400 / 186) ** (1 / 3) - 1 = 29.077% -> 29
        ],
    ),
    # 10. Broker industry report (Simplified Chinese). A part's share that only ROUNDING reaches; a stated
    #     2024-2027E CAGR. Expected nowhere: the 3,257.8亿元 whole domestic games market, 6.74亿 players, the company's
    #     28.6亿元 revenue forecast, 目标价52元, report date.
    dict(
        text=(
            "【启航证券｜传媒行业深度报告｜2025年10月16日】AIGC重塑游戏研发管线。我们测算，2024年中国游戏AIGC"
            "工具市场规模约62.4亿元，其中美术资产生成（原画、3D模型、贴图）规模27.1亿元，占比43.5%，为第一大细分。"
            "预计2027E市场规模将达到118亿元，2024—2027E CAGR为23.7%。相比之下，2024年国内游戏市场实际销售收入为"
            "3,257.8亿元，用户规模6.74亿人。我们预计公司2025年营收28.6亿元，维持“买入”评级，目标价52元。"
        ),
        obs=[
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("美术资产生成", 2024, 27.1, "CNY 100 million", "actual"),
            ("Total", 2027, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 43.5, "percent", 2024, 2024, None),
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 27.1 / 62.4 = 43.429% -> 43.4, not 43.5; bounds 27.05 / 62.45 .. 27.15 / 62.35 -> 43.315% .. 43.545%,
            # which reaches 43.5
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (118 / 62.4) ** (1 / 3) - 1 = 23.661% -> 23.7
        ],
    ),
    # 11. Taiwanese institute release (Traditional Chinese, NT$). Year-on-year growth, "2020年的3.2倍" as x3.2 over
    #     4 years, 今年 = 2025 an estimate. Expected nowhere: 今（3）日, 216家 firms, 68% survey answer, the
    #     新台幣520億元 whole Taiwanese games market.
    dict(
        text=(
            "【2025/09/03 中央社訊】創研產業研究院今（3）日發布調查指出，台灣遊戲產業AI應用市場（含美術素材生成、"
            "AI NPC對話、自動化測試）2024年規模達新台幣34.6億元，年增27.7%，2023年為27.1億元，規模已是2020年的"
            "3.2倍。該院預估，今年可望成長至44億元。調查也發現，受訪的216家遊戲業者中，有68%已導入生成式AI工具；"
            "台灣遊戲市場整體產值則約新台幣520億元。"
        ),
        obs=[
            ("Total", 2023, 27.1, "TWD 100 million", "actual"),
            ("Total", 2024, 34.6, "TWD 100 million", "actual"),
            ("Total", 2025, 44, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("multiple", 3.2, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 34.6 / 27.1 - 1 = 27.675% -> 27.7
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese, HK$). 去年 = 2024, 前年 = 2023 (dateline 2025). The 18.3% rate is
    #     INCONSISTENT with the two amounts (a typo for 13.2%). Expected nowhere: the 11.2億港元 box office, 40部 films,
    #     1.2萬 workers.
    dict(
        text=(
            "（香港2025年4月2日電）本地顧問機構港創研究今日發表報告指出，香港影視後期製作及配音的人工智能應用市場"
            "去年規模達8.6億港元，按年增長18.3%，前年則為7.6億港元。該機構預計，市場規模至2027年將增至15億港元。"
            "報告又指，去年本地電影票房約11.2億港元，全年上映港產片約40部，業界從業員約1.2萬人。"
        ),
        obs=[
            ("Total", 2023, 7.6, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("Total", 2027, 15, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 8.6 / 7.6 - 1 = 13.158%; bounds 8.55 / 7.65 .. 8.65 / 7.55 -> 11.765% .. 14.570%; 18.3 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Taiwanese magazine article quoting two publishers (Traditional Chinese, 億美元). The first publisher gives
    #     base, target and rate; Hanul's 61億美元 for 2024 is expected nowhere, as are 320萬 subscribers and 2萬 tickets.
    dict(
        text=(
            "2025/04/15 數位時代 -- 虛擬偶像正從ACG小眾走向主流。鼎新產業研究院最新報告指出，全球虛擬偶像市場"
            "（含虛擬YouTuber、虛擬歌手及AI數位人藝人）2024年規模約52億美元，預估2029年將達148億美元，2024至2029年"
            "年複合成長率（CAGR）為23.3%。不過，韓國研調機構Hanul Research估算2024年規模為61億美元，主因是將周邊"
            "商品銷售一併計入。國內一支虛擬偶像團體的YouTube頻道訂閱數已突破320萬，去年兩場演唱會共售出2萬張門票。"
        ),
        obs=[
            ("Total", 2024, 52, "USD 100 million", "actual"),
            ("Total", 2029, 148, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148 / 52) ** (1 / 5) - 1 = 23.268% -> 23.3
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese). "较2021年增长4倍" keeps its printed 4 (x4 over 2021-2024); 今年 = 2025
    #     an estimate with a stated year-on-year rate. Expected nowhere: the first quarter's 4.1亿元, 1.2亿首 songs,
    #     3,000万 creators.
    dict(
        text=(
            "新华社上海2025年5月20日电（记者 林晓）记者从上海市数字音乐行业协会获悉，2024年我国AI音乐生成市场规模"
            "达到14.5亿元，较2021年增长4倍。今年一季度，市场规模为4.1亿元。协会预计，今年全年市场规模有望达到"
            "20亿元，同比增长约38%。目前国内主要AI音乐平台累计生成歌曲已超过1.2亿首，注册创作者超过3,000万人。"
        ),
        obs=[
            ("Total", 2024, 14.5, "CNY 100 million", "actual"),
            ("Total", 2025, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),
            ("growth", 38, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 20 / 14.5 - 1 = 37.931% -> 38
        ],
    ),
    # 15. Industry white paper (Simplified Chinese). A later 万亿元 figure converted to the series' 亿元 (1.1万亿 ->
    #     11000); a part with its share. Expected nowhere: 3.6个百分点, 约占直播场景的四成 (fraction in words), the 23%
    #     penetration rate, title year (2025).
    dict(
        text=(
            "《中国网络视听AIGC应用发展报告（2025）》显示，2024年我国网络视听领域AIGC应用市场规模约2,200亿元，"
            "同比增长41.2%（2023年为1,558亿元），增速较上年提高3.6个百分点。其中，短视频与直播场景规模为1,296亿元，"
            "占比58.9%，虚拟主播带货约占直播场景的四成。报告预计，到2030年市场规模将突破1.1万亿元，2024—2030年"
            "复合增长率约30.8%。目前短视频平台AIGC内容渗透率已达23%。"
        ),
        obs=[
            ("Total", 2023, 1558, "CNY 100 million", "actual"),
            ("Total", 2024, 2200, "CNY 100 million", "actual"),
            ("短视频与直播场景", 2024, 1296, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("share", 58.9, "percent", 2024, 2024, None),
            ("cagr", 30.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2200 / 1558 - 1 = 41.207% -> 41.2
            ("arithmetic", "exact"),    # 1296 / 2200 = 58.909% -> 58.9
            ("cagr|implied", "exact"),  # (11000 / 2200) ** (1 / 6) - 1 = 30.766% -> 30.8
        ],
    ),
    # 16. Markdown pipe table (English), years as columns with E/F columns and a total row; dated February 2025 so
    #     2024E is an estimate. 2024E's rows add to the total only by ROUNDING; a stated CAGR in the note.
    #     Expected nowhere: "Exhibit 4 of 11", 310 studios.
    dict(
        text=(
            "Northlight Games Research | Sector update | 20 February 2025\n"
            "Exhibit 4: Global spending on AI tools in game development, by use case (US$ million)\n"
            "| Use case | 2022 | 2023 | 2024E | 2025F | 2027F |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| Asset & art generation | 412 | 598 | 861 | 1,190 | 2,050 |\n"
            "| NPC dialogue & behaviour | 126 | 207 | 338 | 521 | 1,040 |\n"
            "| Automated testing & QA | 188 | 241 | 309 | 392 | 610 |\n"
            "| Procedural level design | 74 | 98 | 131 | 172 | 280 |\n"
            "| Total | 800 | 1,144 | 1,640 | 2,275 | 3,980 |\n"
            "Note: 2024E is a preliminary estimate; F = forecast. Totals may not sum due to rounding. Total spending "
            "grows at a 34.4% CAGR over 2024E-2027F. Exhibit 4 of 11; source: Northlight survey of 310 studios."
        ),
        obs=[
            ("Asset & art generation", 2022, 412, "USD million", "actual"),
            ("Asset & art generation", 2023, 598, "USD million", "actual"),
            ("Asset & art generation", 2024, 861, "USD million", "estimate"),
            ("Asset & art generation", 2025, 1190, "USD million", "estimate"),
            ("Asset & art generation", 2027, 2050, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2022, 126, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2023, 207, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2024, 338, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2025, 521, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2027, 1040, "USD million", "estimate"),
            ("Automated testing & QA", 2022, 188, "USD million", "actual"),
            ("Automated testing & QA", 2023, 241, "USD million", "actual"),
            ("Automated testing & QA", 2024, 309, "USD million", "estimate"),
            ("Automated testing & QA", 2025, 392, "USD million", "estimate"),
            ("Automated testing & QA", 2027, 610, "USD million", "estimate"),
            ("Procedural level design", 2022, 74, "USD million", "actual"),
            ("Procedural level design", 2023, 98, "USD million", "actual"),
            ("Procedural level design", 2024, 131, "USD million", "estimate"),
            ("Procedural level design", 2025, 172, "USD million", "estimate"),
            ("Procedural level design", 2027, 280, "USD million", "estimate"),
            ("Total", 2022, 800, "USD million", "actual"),
            ("Total", 2023, 1144, "USD million", "actual"),
            ("Total", 2024, 1640, "USD million", "estimate"),
            ("Total", 2025, 2275, "USD million", "estimate"),
            ("Total", 2027, 3980, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 34.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3980 / 1640) ** (1 / 3) - 1 = 34.384% -> 34.4
            ("hierarchy", "exact"),     # 2022: 412 + 126 + 188 + 74 = 800
            ("hierarchy", "exact"),     # 2023: 598 + 207 + 241 + 98 = 1144
            # 2024E: 861 + 338 + 309 + 131 = 1639, not 1640; bounds 1639 -/+ 2.0 -> 1637 .. 1641, which reaches 1640
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025F: 1190 + 521 + 392 + 172 = 2275
            ("hierarchy", "exact"),     # 2027F: 2050 + 1040 + 610 + 280 = 3980
        ],
    ),
    # 17. Space-aligned table with years as rows (English, Korean research house, US$ million); each value column's
    #     header is its item, the YoY column the Total's year-on-year rate. Dated July 2025: 2025F an estimate.
    #     Expected nowhere: "Table 2", KRW 823 billion (won).
    dict(
        text=(
            "Daon Research (Seoul) -- Digital Human Market Report, 22 July 2025\n"
            "Table 2. Korea: virtual idol and AI digital human market (US$ million)\n"
            "Year     Virtual idols   AI digital humans   Total     YoY\n"
            "2021               142                  88     230      --\n"
            "2022               198                 131     329   43.0%\n"
            "2023               265                 190     455   38.3%\n"
            "2024               341                 262     603   32.5%\n"
            "2025F              430                 350     780   29.4%\n"
            "Note: converted from won at annual average rates; the 2024 total equals about KRW 823 billion. 2025F is "
            "a forecast. AI digital humans include virtual shopping hosts and AI news anchors."
        ),
        obs=[
            ("Virtual idols", 2021, 142, "USD million", "actual"),
            ("Virtual idols", 2022, 198, "USD million", "actual"),
            ("Virtual idols", 2023, 265, "USD million", "actual"),
            ("Virtual idols", 2024, 341, "USD million", "actual"),
            ("Virtual idols", 2025, 430, "USD million", "estimate"),
            ("AI digital humans", 2021, 88, "USD million", "actual"),
            ("AI digital humans", 2022, 131, "USD million", "actual"),
            ("AI digital humans", 2023, 190, "USD million", "actual"),
            ("AI digital humans", 2024, 262, "USD million", "actual"),
            ("AI digital humans", 2025, 350, "USD million", "estimate"),
            ("Total", 2021, 230, "USD million", "actual"),
            ("Total", 2022, 329, "USD million", "actual"),
            ("Total", 2023, 455, "USD million", "actual"),
            ("Total", 2024, 603, "USD million", "actual"),
            ("Total", 2025, 780, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 43.0, "percent", 2021, 2022, 1.0),
            ("growth", 38.3, "percent", 2022, 2023, 1.0),
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("growth", 29.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 329 / 230 - 1 = 43.043% -> 43.0
            ("cagr|implied", "exact"),  # 455 / 329 - 1 = 38.298% -> 38.3
            ("cagr|implied", "exact"),  # 603 / 455 - 1 = 32.527% -> 32.5
            ("cagr|implied", "exact"),  # 780 / 603 - 1 = 29.353% -> 29.4
            ("hierarchy", "exact"),     # 2021: 142 + 88 = 230
            ("hierarchy", "exact"),     # 2022: 198 + 131 = 329
            ("hierarchy", "exact"),     # 2023: 265 + 190 = 455
            ("hierarchy", "exact"),     # 2024: 341 + 262 = 603
            ("hierarchy", "exact"),     # 2025F: 430 + 350 = 780
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified, 亿元), years as columns, E columns, a 合计 row and a CAGR column
    #     whose span (2024—2026E) is printed. 智能剪辑's CAGR is reached only by ROUNDING. Dated August 2025.
    #     Expected nowhere: 表3, title years 2023—2026E, the source's date.
    dict(
        text=(
            "表3  2023—2026E年中国影视后期制作AI应用市场规模（单位：亿元）\n"
            "细分领域\t2023\t2024\t2025E\t2026E\t2024—2026E CAGR\n"
            "智能剪辑\t18.6\t25.3\t33.9\t44.1\t32.2%\n"
            "AI调色与特效\t12.4\t16.8\t22.5\t29.7\t33.0%\n"
            "AI配音与字幕\t9.7\t14.2\t20.6\t28.8\t42.4%\n"
            "合计\t40.7\t56.3\t77.0\t102.6\t35.0%\n"
            "注：E为预测值；CAGR按未取整数据计算。资料来源：星河影视研究院，2025年8月。"
        ),
        obs=[
            ("智能剪辑", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能剪辑", 2024, 25.3, "CNY 100 million", "actual"),
            ("智能剪辑", 2025, 33.9, "CNY 100 million", "estimate"),
            ("智能剪辑", 2026, 44.1, "CNY 100 million", "estimate"),
            ("AI调色与特效", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI调色与特效", 2024, 16.8, "CNY 100 million", "actual"),
            ("AI调色与特效", 2025, 22.5, "CNY 100 million", "estimate"),
            ("AI调色与特效", 2026, 29.7, "CNY 100 million", "estimate"),
            ("AI配音与字幕", 2023, 9.7, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2024, 14.2, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2025, 20.6, "CNY 100 million", "estimate"),
            ("AI配音与字幕", 2026, 28.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 40.7, "CNY 100 million", "actual"),
            ("合计", 2024, 56.3, "CNY 100 million", "actual"),
            ("合计", 2025, 77.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 102.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 33.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 42.4, "percent", 2024, 2026, None, "stated"),
            ("cagr", 35.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (44.1 / 25.3) ** (1 / 2) - 1 = 32.026% -> 32.0, not 32.2; bounds (44.05 / 25.35) .. (44.15 / 25.25)
            # -> 31.821% .. 32.231%, which reaches 32.2
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (29.7 / 16.8) ** (1 / 2) - 1 = 32.961% -> 33.0
            ("cagr|implied", "exact"),  # (28.8 / 14.2) ** (1 / 2) - 1 = 42.414% -> 42.4
            ("cagr|implied", "exact"),  # (102.6 / 56.3) ** (1 / 2) - 1 = 34.996% -> 35.0
            ("hierarchy", "exact"),     # 2023: 18.6 + 12.4 + 9.7 = 40.7
            ("hierarchy", "exact"),     # 2024: 25.3 + 16.8 + 14.2 = 56.3
            ("hierarchy", "exact"),     # 2025E: 33.9 + 22.5 + 20.6 = 77.0
            ("hierarchy", "exact"),     # 2026E: 44.1 + 29.7 + 28.8 = 102.6
        ],
    ),
    # 19. Space-aligned table (English, Japanese research house, ¥100 million = 億円, fiscal years) with its total row
    #     ("Market total") printed first and a CAGR column whose span (FY24-28F) is printed. Dated October 2025.
    #     Expected nowhere: "Chart 3", 164 companies, the report's title year.
    dict(
        text=(
            "Fujimi Research Institute -- AI Entertainment Software Market in Japan 2025 (published 10 October 2025)\n"
            "Chart 3: Market size by segment (\u00a5100 million)\n"
            "                                      FY2023   FY2024   FY2025E   FY2028F   CAGR FY24-28F\n"
            "Market total                             420      572       754     1,498           27.2%\n"
            "  AI voice & dubbing                     182      246       318       640           27.0%\n"
            "  Music generation & recommendation       95      121       152       268           22.0%\n"
            "  Game development tools                 143      205       284       590           30.2%\n"
            "Note: fiscal years begin in April. FY2025E is an estimate and FY2028F a forecast. Survey of 164 "
            "companies."
        ),
        obs=[
            ("Market total", 2023, 420, "JPY 100 million", "actual"),
            ("Market total", 2024, 572, "JPY 100 million", "actual"),
            ("Market total", 2025, 754, "JPY 100 million", "estimate"),
            ("Market total", 2028, 1498, "JPY 100 million", "estimate"),
            ("AI voice & dubbing", 2023, 182, "JPY 100 million", "actual"),
            ("AI voice & dubbing", 2024, 246, "JPY 100 million", "actual"),
            ("AI voice & dubbing", 2025, 318, "JPY 100 million", "estimate"),
            ("AI voice & dubbing", 2028, 640, "JPY 100 million", "estimate"),
            ("Music generation & recommendation", 2023, 95, "JPY 100 million", "actual"),
            ("Music generation & recommendation", 2024, 121, "JPY 100 million", "actual"),
            ("Music generation & recommendation", 2025, 152, "JPY 100 million", "estimate"),
            ("Music generation & recommendation", 2028, 268, "JPY 100 million", "estimate"),
            ("Game development tools", 2023, 143, "JPY 100 million", "actual"),
            ("Game development tools", 2024, 205, "JPY 100 million", "actual"),
            ("Game development tools", 2025, 284, "JPY 100 million", "estimate"),
            ("Game development tools", 2028, 590, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 27.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 30.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1498 / 572) ** (1 / 4) - 1 = 27.212% -> 27.2
            ("cagr|implied", "exact"),  # (640 / 246) ** (1 / 4) - 1 = 27.002% -> 27.0
            ("cagr|implied", "exact"),  # (268 / 121) ** (1 / 4) - 1 = 21.994% -> 22.0
            ("cagr|implied", "exact"),  # (590 / 205) ** (1 / 4) - 1 = 30.249% -> 30.2
            ("hierarchy", "exact"),     # FY2023: 182 + 95 + 143 = 420
            ("hierarchy", "exact"),     # FY2024: 246 + 121 + 205 = 572
            ("hierarchy", "exact"),     # FY2025E: 318 + 152 + 284 = 754
            ("hierarchy", "exact"),     # FY2028F: 640 + 268 + 590 = 1498
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese) with years as rows under a lone column headed by its unit only
    #     (新台幣億元 -> Total, TWD 100 million) and a 年增率 column; 2023's rate is reached only by ROUNDING. Dated
    #     June 2025: 2025(F) an estimate. Expected nowhere: the superseded 28.6億元, 表4, 1,050位 creators.
    dict(
        text=(
            "表4  台灣AI短影音與直播內容生成市場規模（2025年6月版）\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "|:---:|---:|---:|\n"
            "| 2021 | 12.4 | — |\n"
            "| 2022 | 16.9 | 36.3% |\n"
            "| 2023 | 22.1 | 30.5% |\n"
            "| 2024 | 29.8 | 34.8% |\n"
            "| 2025(F) | 38.5 | 29.2% |\n"
            "註：2024年數值由前版的28.6億元上修為29.8億元；2025(F)為預測值；年增率以未四捨五入數值計算。"
            "資料來源：本研究整理，受訪創作者1,050位。"
        ),
        obs=[
            ("Total", 2021, 12.4, "TWD 100 million", "actual"),
            ("Total", 2022, 16.9, "TWD 100 million", "actual"),
            ("Total", 2023, 22.1, "TWD 100 million", "actual"),
            ("Total", 2024, 29.8, "TWD 100 million", "actual"),
            ("Total", 2025, 38.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2021, 2022, 1.0),
            ("growth", 30.5, "percent", 2022, 2023, 1.0),
            ("growth", 34.8, "percent", 2023, 2024, 1.0),
            ("growth", 29.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 12.4 - 1 = 36.290% -> 36.3
            # 22.1 / 16.9 - 1 = 30.769% -> 30.8, not 30.5; bounds 22.05 / 16.95 .. 22.15 / 16.85 -> 30.088% .. 31.454%,
            # which reaches 30.5
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 29.8 / 22.1 - 1 = 34.842% -> 34.8
            ("cagr|implied", "exact"),  # 38.5 / 29.8 - 1 = 29.195% -> 29.2
        ],
    ),
    # 21. Earnings-call prepared remarks (dateline Feb 2025): the TAM the company sizes is the market (Total),
    # a part with amount and share, a CAGR with span printed. Nowhere: Q4 revenue, its 24%, creators, countries.
    dict(
        text=(
            "Loomworks Interactive (NASDAQ: LOOM) Q4 2024 earnings call, February 26, 2025. Prepared remarks, "
            "CEO Dana Whitfield: \"Before I get to the quarter, a word on the opportunity. By our internal sizing, "
            "the total addressable market for AI-assisted content creation in games was about $4.2 billion in 2024, "
            "and asset generation accounts for roughly $1.6 billion of that, or 38%. We expect the TAM to reach "
            "$11.5 billion in 2028, a compound annual growth rate of about 29% from 2024 to 2028. As for us, "
            "fourth-quarter revenue came in at $186 million, up 24% year on year, and we now serve 2.3 million "
            "monthly active creators across 140 countries.\""
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Asset generation", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2028, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 1.6 / 4.2 = 38.10% -> 38
            ("cagr|implied", "exact"),   # (11.5 / 4.2) ** (1 / 4) - 1 = 28.64% -> 29
        ],
    ),
    # 22. Research abstract: one actual figure, a share with no part amount, a 2030 range (two value claims, no
    # observation). Nowhere: 38 interviews, 212 houses, the 44% and 9% survey answers, volume/issue/pages.
    dict(
        text=(
            "Abstract. Synthetic speech has moved from festival curiosity to routine tool in audiovisual "
            "localization. Drawing on vendor filings, 38 expert interviews and a survey of 212 post-production "
            "houses, we estimate that the global market for AI-driven dubbing and voice localization stood at "
            "USD 1.18 billion in 2023, of which streaming platforms accounted for 61%. Under our baseline scenario "
            "the market reaches USD 2.95-3.40 billion in 2030. Forty-four percent of surveyed houses reported at "
            "least one synthetic-voice pilot in 2023, yet only 9% had used one on a theatrical release. "
            "(Journal of Media Economics and Technology, Vol. 17, No. 3, 2024, pp. 211-236.)"
        ),
        obs=[
            ("Total", 2023, 1.18, "USD billion", "actual"),
        ],
        claims=[
            ("share", 61, "percent", 2023, 2023, None),
            ("value", 2.95, "USD billion", 2030, 2030, None),
            ("value", 3.40, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 23. Forum answer quoting a tracker, with a second publisher's figure for the same year (nowhere).
    # Nowhere: $910M, a AAA budget, hours played, post points.
    dict(
        text=(
            "Re: Is 'AI NPC' tech actually a real market or just hype? (posted by u/quest_flag_set, 3 Sep 2024, "
            "41 points)\n"
            "Short answer: it's real but small. The number I trust most is Ludex Research's tracker: spending on "
            "AI NPC dialogue middleware (LLM-driven conversation, voice, memory systems) was $640M in 2023, up 38% "
            "from $466M in 2022. Another shop, Vantage Play Insights, puts 2023 at $910M, but they fold in general "
            "voice synthesis, so it's not apples to apples. For scale, a single AAA budget can top $200M, and the "
            "most NPC-heavy RPG on Steam logged 1.2 billion hours played last year."
        ),
        obs=[
            ("Total", 2022, 466, "USD million", "actual"),
            ("Total", 2023, 640, "USD million", "actual"),
        ],
        claims=[
            ("growth", 38, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 640 / 466 - 1 = 37.34% -> 37; bounds 639.5/466.5 - 1 = 37.08% to 640.5/465.5 - 1 = 37.59% -> 38 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. Japanese integrated report in English, yen, fiscal years: YoY rate with no prior amount, a multiple
    # against fiscal 2020, a CAGR with span printed. Nowhere: the Group's net sales, talents, employees, title year.
    dict(
        text=(
            "From Hoshizora Holdings' Integrated Report 2024 (fiscal year ended March 31, 2024), 'Market "
            "Environment': According to Sakura Media Research, the domestic market for virtual talent (VTubers, "
            "virtual idols and the AI voice and motion tools behind them) expanded to ¥80.0 billion in fiscal 2023, "
            "up 31.2% year on year and roughly 2.5 times the fiscal 2020 level. The firm forecasts ¥125.0 billion "
            "in fiscal 2025, a CAGR of 25% between fiscal 2023 and fiscal 2025. Against this backdrop the Group's "
            "net sales rose to ¥38.2 billion, and our roster grew to 214 talents supported by 1,024 employees."
        ),
        obs=[
            ("Total", 2023, 80.0, "JPY billion", "actual"),
            ("Total", 2025, 125.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2022, 2023, 1.0),
            ("multiple", 2.5, "multiple", 2020, 2023, 3.0),
            ("cagr", 25, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # (125.0 / 80.0) ** (1 / 2) - 1 = 25.00% -> 25
        ],
    ),
    # 25. Investor-day slide bullets (2025): TAM with an E year, CAGR whose span only the amounts' years give,
    # a second market named beside it (own item). Nowhere: FY24 revenue, subscribers, labels, slide numbers.
    dict(
        text=(
            "Cadenza Labs Investor Day 2025, slide 14, 'Why now'\n"
            "- AI music generation TAM: $2.1B (2024) -> $6.8B (2029E), 27% CAGR\n"
            "- Music recommendation engines: $3.4B (2024), an adjacent market we already serve\n"
            "- Cadenza FY24 revenue: $420M; 12M paying subscribers\n"
            "- 3 of the top 5 labels under license\n"
            "Source: company estimates. Slide 14 of 38."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2029, 6.8, "USD billion", "estimate"),
            ("Music recommendation engines", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (6.8 / 2.1) ** (1 / 5) - 1 = 26.49% -> 26; bounds (6.75/2.15) -> 25.71% to (6.85/2.05) -> 27.29%: 27 reached
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Web article with a correction (June 2025): the corrected $870M is the figure, the $780M nowhere; YoY rate
    # with both amounts; a part with amount and share. Nowhere: issue number, titles released, percentage points, 163 studios.
    dict(
        text=(
            "How much are studios spending on AI playtesting? GameOps Weekly, issue #212. Updated June 12, 2025.\n"
            "Correction: An earlier version of this article put the 2024 market for AI-driven game testing at "
            "$780 million. The correct figure, per Brightline Analytics, is $870 million.\n"
            "AI-driven game testing (automated playtesting bots, crash triage, localisation QA) was an $870 million "
            "market in 2024, Brightline says, 21% more than 2023's $720 million. Mobile game testing accounted for "
            "$390 million of it, about 45%. Steam alone saw more than 18,000 new titles released last year, and "
            "automated testing's share of QA budgets rose 6 percentage points. Brightline surveyed 163 studios."
        ),
        obs=[
            ("Total", 2023, 720, "USD million", "actual"),
            ("Total", 2024, 870, "USD million", "actual"),
            ("Mobile game testing", 2024, 390, "USD million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 870 / 720 - 1 = 20.83% -> 21
            ("arithmetic", "exact"),     # 390 / 870 = 44.83% -> 45
        ],
    ),
    # 27. Southeast Asian broker initiation (Feb 2025): share without a part amount, stated CAGR over 2024-28.
    # Nowhere: target price and upside, live-sellers, the company's own FY24 revenue.
    dict(
        text=(
            "Straits Harbour Securities | Regional Media & Internet | 18 February 2025\n"
            "Initiation: LiveFrame Holdings (LFH SP), BUY, TP S$4.20 (18% upside).\n"
            "We estimate the Southeast Asian market for AI tools in live streaming and short video (virtual hosts, "
            "auto-clipping, real-time translation, AI try-on overlays) at US$1.35bn in 2024, with Indonesia making "
            "up about 38% of it. We forecast US$3.9bn by 2028, implying a 31% CAGR over 2024-28. The region "
            "already counts some 2.1 million active live-sellers; LiveFrame's own FY24 revenue was S$96m."
        ),
        obs=[
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2028, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 31, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (3.9 / 1.35) ** (1 / 4) - 1 = 30.37% -> 30; bounds (3.85/1.355) -> 29.83% to (3.95/1.345) -> 30.91%: 31 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. London trade-body press release: the stated 24% CAGR is contradicted by its own amounts (deliberately
    # inconsistent, as if computed off another base); "more than double" is a x2 multiple. Nowhere: members, age, box office.
    dict(
        text=(
            "LONDON, 14 May 2025 -- UK spending on artificial-intelligence tools in film and television "
            "post-production reached £212 million in 2024, according to the Screen Craft Alliance's annual "
            "Post-Production Technology Survey, published today. The figure, up from £148 million in 2022, "
            "represents a compound annual growth rate of 24% over 2022-2024, the Alliance said. VFX clean-up and "
            "de-ageing remain the biggest uses, ahead of automated subtitling and AI dubbing. The Alliance expects "
            "spending to more than double by 2027, to £450 million. \"Our 640 member companies are no longer "
            "experimenting,\" said chief executive Priya Anand, 52. UK cinema box office, by comparison, was "
            "£980 million last year."
        ),
        obs=[
            ("Total", 2022, 148, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2027, 450, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2024, None, "stated"),
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (212 / 148) ** (1 / 2) - 1 = 19.68% -> 20; bounds (211.5/148.5) -> 19.34% to (212.5/147.5) -> 20.03%: 24 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. City cultural-industry action plan (2025): 约 base, 力争突破 target (estimate at its printed figure), a CAGR
    # whose span only the amounts' years give. Nowhere: document number, title years, firm counts, 四成, talents, parks.
    dict(
        text=(
            "（杭文创办〔2025〕12号）《杭州市促进数字人与虚拟偶像产业高质量发展行动方案（2025—2027年）》提出："
            "2024年，全市数字人及虚拟偶像产业规模约为152亿元，集聚相关企业逾800家，其中虚拟偶像演艺及直播约占四成。"
            "到2027年，全市数字人及虚拟偶像产业规模力争突破300亿元，年均增长约25%，培育10家以上具有国际影响力的"
            "龙头企业，建设5个以上特色产业园区，引进和培养高端人才500名。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),    # (300 / 152) ** (1 / 3) - 1 = 25.44% -> 25
        ],
    ),
    # 30. Broker sector note (Mar 2025): YoY rate with the prior year in brackets, 较2024年增长2.6倍 kept as x2.6.
    # Nowhere: short-drama users, quarterly call volume, the 35% upside.
    dict(
        text=(
            "申联证券传媒行业深度报告（2025年3月）：AI重塑短视频与直播内容生产。我们测算，2024年国内AIGC在短视频与"
            "直播领域（含AI剪辑、数字人主播、AI短剧制作等）的市场规模为86.4亿元，同比增长67.1%（2023年为51.7亿元）；"
            "预计2027年将达到310亿元，较2024年增长2.6倍。需求端看，短剧用户规模已达5.76亿人，头部平台单季度AI剪辑"
            "调用量超过40亿次。给予行业“增持”评级，重点公司目标价对应约35%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 51.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 310, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 67.1, "percent", 2023, 2024, 1.0),
            ("multiple", 2.6, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 86.4 / 51.7 - 1 = 67.12% -> 67.1
        ],
    ),
    # 31. Association report excerpt: total spend, a part with amount and share, another part with 增长1.5倍 (x1.5).
    # Nowhere: the whole games market's 3257.83亿元, players, firms surveyed.
    dict(
        text=(
            "《中国游戏产业AI应用报告》（节选）：2024年，国内游戏企业在美术资产生成、智能NPC、自动化测试等环节的"
            "AI工具采购与服务支出约为48.6亿元。其中，AI美术资产生成为21.3亿元，占比43.8%；智能NPC为9.8亿元，较上年"
            "增长1.5倍。同期国内游戏市场实际销售收入3257.83亿元，游戏用户规模6.74亿人；本次调研覆盖游戏企业326家。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("AI美术资产生成", 2024, 21.3, "CNY 100 million", "actual"),
            ("智能NPC", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 43.8, "percent", 2024, 2024, None),
            ("multiple", 1.5, "multiple", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 21.3 / 48.6 = 43.83% -> 43.8
        ],
    ),
    # 32. Taiwanese research release, Traditional Chinese (Apr 2025): 新台幣億元, CAGR with span printed.
    # Nowhere: 今（8）日, the title year, players, the 62% survey answer, the first quarter's purchases.
    dict(
        text=(
            "台灣數位內容研究院（TDCI）今（8）日發布《2025遊戲科技趨勢報告》指出，台灣遊戲業者導入AI開發工具（含美術"
            "素材生成、關卡設計輔助與自動化測試）的市場規模，2024年為新台幣38.5億元，預估2026年將達62億元，2024至"
            "2026年年複合成長率達27%。報告也指出，國內遊戲玩家約1,400萬人，受訪業者中有62%已在正式專案使用生成式AI；"
            "今年第1季相關採購金額為新台幣11.2億元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2026, 62, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # (62 / 38.5) ** (1 / 2) - 1 = 26.90% -> 27
        ],
    ),
    # 33. Hong Kong industry survey, Traditional Chinese: 億港元 series, 翻了一番 (x2 over two years), stated CAGR,
    # two parts with amounts. Nowhere: 三分之一 (fraction in words), firms surveyed, age, box office, title year.
    dict(
        text=(
            "香港數碼娛樂業協會《2025年度業界調查》顯示，本港虛擬人及數碼人服務市場規模由2022年的4.6億港元增至2024年的"
            "9.2億港元，兩年間翻了一番，2022至2024年複合年增長率約41.4%。細分來看，AI直播主持佔3.1億港元，約為整體"
            "三分之一；數碼替身服務則為1.86億港元，主要來自電影及廣告。調查訪問了逾120間公司，受訪者平均年齡34歲。同期"
            "本港電影票房為11.9億港元。"
        ),
        obs=[
            ("Total", 2022, 4.6, "HKD 100 million", "actual"),
            ("Total", 2024, 9.2, "HKD 100 million", "actual"),
            ("AI直播主持", 2024, 3.1, "HKD 100 million", "actual"),
            ("數碼替身服務", 2024, 1.86, "HKD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2022, 2024, 2.0),
            ("cagr", 41.4, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # (9.2 / 4.6) ** (1 / 2) - 1 = 41.42% -> 41.4
        ],
    ),
    # 34. PTT forum post, Traditional Chinese (May 2025): the 35% is contradicted by its amounts (deliberately
    # inconsistent, perhaps the prior year's rate); a second institute's 18億 is nowhere; 今年 -> 2025 estimate.
    # Nowhere: 推文數, paying users, ARPU.
    dict(
        text=(
            "[情報] 台灣AI音樂生成/推薦市場規模？\n"
            "作者 beatmaker0923  時間 2025/05/17  推文數 57\n"
            "整理一下：根據樂思研究的報告，2024年台灣AI音樂生成與推薦服務市場規模約為新台幣12.4億元，較2023年的"
            "8.6億元成長35%。另一家機構估計2024年是18億元，不過他們把串流平台的廣告營收也算進去，口徑不太一樣。"
            "報告預估今年有望突破16億元。\n"
            "補充：台灣串流音樂付費用戶大約450萬人，ARPU每月約新台幣130元。"
        ),
        obs=[
            ("Total", 2023, 8.6, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 16, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 12.4 / 8.6 - 1 = 44.19% -> 44; bounds 12.35/8.65 - 1 = 42.77% to 12.45/8.55 - 1 = 45.61%: 35 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Zhihu answer (Mar 2025): an 亿元 series whose 2027 figure is printed as 接近1万亿元 (expected converted to
    # 10000 亿元); YoY and a CAGR with span printed. Nowhere: years in trade, upvotes, the answerer's firm's revenue, viewers.
    dict(
        text=(
            "知乎回答｜数字人到底是不是风口？（答主：某MCN技术负责人，从业8年；2,316人赞同；编辑于2025-03-02）\n"
            "说点数据。按赛文智库的口径，虚拟数字人带动的产业市场规模2023年为3334.7亿元，2024年增至4620亿元，同比"
            "增长38.5%；机构预计2027年将接近1万亿元，2024—2027年年均复合增长率约29%。注意这是“带动”规模，不是数字人"
            "本身的营收。我们公司去年数字人直播业务营收才两千多万，直播间日均观看人次也就十几万。"
        ),
        obs=[
            ("Total", 2023, 3334.7, "CNY 100 million", "actual"),
            ("Total", 2024, 4620, "CNY 100 million", "actual"),
            ("Total", 2027, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 4620 / 3334.7 - 1 = 38.54% -> 38.5
            ("cagr|implied", "exact"),   # (10000 / 4620) ** (1 / 3) - 1 = 29.36% -> 29
        ],
    ),
    # 36. Markdown table, years as columns with an E column and a Total row; 2024 rows sum to 1,382 against a printed
    # 1,383 (rounding). Nowhere: table number, the forecast's January 2025 date.
    dict(
        text=(
            "Table 4. Global spending on AI tools in game development, by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Asset generation | 512 | 688 | 905 |\n"
            "| NPC dialogue & behaviour | 214 | 331 | 498 |\n"
            "| Testing & QA | 178 | 236 | 301 |\n"
            "| Other | 96 | 127 | 160 |\n"
            "| Total | 1,000 | 1,383 | 1,864 |\n"
            "\n"
            "Note: 2025E is a Pixelcount Research forecast as of January 2025; columns may not sum because of rounding."
        ),
        obs=[
            ("Asset generation", 2023, 512, "USD million", "actual"),
            ("Asset generation", 2024, 688, "USD million", "actual"),
            ("Asset generation", 2025, 905, "USD million", "estimate"),
            ("NPC dialogue & behaviour", 2023, 214, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2024, 331, "USD million", "actual"),
            ("NPC dialogue & behaviour", 2025, 498, "USD million", "estimate"),
            ("Testing & QA", 2023, 178, "USD million", "actual"),
            ("Testing & QA", 2024, 236, "USD million", "actual"),
            ("Testing & QA", 2025, 301, "USD million", "estimate"),
            ("Other", 2023, 96, "USD million", "actual"),
            ("Other", 2024, 127, "USD million", "actual"),
            ("Other", 2025, 160, "USD million", "estimate"),
            ("Total", 2023, 1000, "USD million", "actual"),
            ("Total", 2024, 1383, "USD million", "actual"),
            ("Total", 2025, 1864, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),      # 2023: 512 + 214 + 178 + 96 = 1000 = 1,000
            ("hierarchy", "rounding"),   # 2024: 688 + 331 + 236 + 127 = 1382 vs 1,383; rows at +/-0.5 give 1380..1384, total 1382.5..1383.5: reached
            ("hierarchy", "exact"),      # 2025E: 905 + 498 + 301 + 160 = 1864 = 1,864
        ],
    ),
    # 37. Tab-separated yen table from a Japanese research house, fiscal-year columns, an F column and a YoY column
    # (one year-on-year claim per row). Nowhere: the figure number, the report-title year.
    dict(
        text=(
            "Japan: AI-generated music and voice market by segment (¥ billion)\n"
            "Source: Kinoshita Research Institute, 'AI Content Market Outlook 2025', Figure 7\n"
            "Segment\tFY2023\tFY2024\tFY2025F\tYoY FY2024 (%)\n"
            "Music generation\t14.2\t19.8\t26.5\t39.4\n"
            "Voice synthesis & AI dubbing\t22.6\t28.4\t35.1\t25.7\n"
            "Recommendation & curation\t9.7\t11.3\t12.9\t16.5\n"
            "Total\t46.5\t59.5\t74.5\t28.0\n"
            "Note: fiscal years end in March. FY2025F is a forecast."
        ),
        obs=[
            ("Music generation", 2023, 14.2, "JPY billion", "actual"),
            ("Music generation", 2024, 19.8, "JPY billion", "actual"),
            ("Music generation", 2025, 26.5, "JPY billion", "estimate"),
            ("Voice synthesis & AI dubbing", 2023, 22.6, "JPY billion", "actual"),
            ("Voice synthesis & AI dubbing", 2024, 28.4, "JPY billion", "actual"),
            ("Voice synthesis & AI dubbing", 2025, 35.1, "JPY billion", "estimate"),
            ("Recommendation & curation", 2023, 9.7, "JPY billion", "actual"),
            ("Recommendation & curation", 2024, 11.3, "JPY billion", "actual"),
            ("Recommendation & curation", 2025, 12.9, "JPY billion", "estimate"),
            ("Total", 2023, 46.5, "JPY billion", "actual"),
            ("Total", 2024, 59.5, "JPY billion", "actual"),
            ("Total", 2025, 74.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 19.8 / 14.2 - 1 = 39.44% -> 39.4
            ("cagr|implied", "exact"),   # 28.4 / 22.6 - 1 = 25.66% -> 25.7
            ("cagr|implied", "exact"),   # 11.3 / 9.7 - 1 = 16.495% -> 16.5
            ("cagr|implied", "exact"),   # 59.5 / 46.5 - 1 = 27.96% -> 28.0
            ("hierarchy", "exact"),      # FY2023: 14.2 + 22.6 + 9.7 = 46.5
            ("hierarchy", "exact"),      # FY2024: 19.8 + 28.4 + 11.3 = 59.5
            ("hierarchy", "exact"),      # FY2025F: 26.5 + 35.1 + 12.9 = 74.5
        ],
    ),
    # 38. Chinese space-aligned table whose rows are years; the lone value column is headed by its unit only (亿元),
    # so it is the market's Total; a 同比 column gives one YoY claim per year with a prior (2021's dash none).
    # Nowhere: 表3, the title's 2021—2025 span, the source date.
    dict(
        text=(
            "表3  2021—2025年中国虚拟偶像核心市场规模及增速\n"
            "年份       亿元     同比(%)\n"
            "2021       62.2       —\n"
            "2022      120.8     94.2\n"
            "2023      205.2     69.9\n"
            "2024      302.6     47.5\n"
            "2025E     418.0     38.1\n"
            "注：2025E为预测值；核心市场指虚拟偶像本身产生的演出、直播打赏、代言及周边收入，不含带动市场。"
            "资料来源：星汉文娱研究院，2025年1月。"
        ),
        obs=[
            ("Total", 2021, 62.2, "CNY 100 million", "actual"),
            ("Total", 2022, 120.8, "CNY 100 million", "actual"),
            ("Total", 2023, 205.2, "CNY 100 million", "actual"),
            ("Total", 2024, 302.6, "CNY 100 million", "actual"),
            ("Total", 2025, 418.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 94.2, "percent", 2021, 2022, 1.0),
            ("growth", 69.9, "percent", 2022, 2023, 1.0),
            ("growth", 47.5, "percent", 2023, 2024, 1.0),
            ("growth", 38.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 120.8 / 62.2 - 1 = 94.21% -> 94.2
            ("cagr|implied", "exact"),   # 205.2 / 120.8 - 1 = 69.87% -> 69.9
            ("cagr|implied", "exact"),   # 302.6 / 205.2 - 1 = 47.47% -> 47.5
            ("cagr|implied", "exact"),   # 418.0 / 302.6 - 1 = 38.14% -> 38.1
        ],
    ),
    # 39. Markdown table of one year with a share-of-total column: each row's share has its part and whole printed;
    # the 100.0% total row is no claim. Nowhere: the tracker edition's quarter.
    dict(
        text=(
            "AI music-generation revenue by region, 2024 (US$ million)\n"
            "\n"
            "| Region | 2024 | Share of total |\n"
            "|:--|--:|--:|\n"
            "| North America | 612 | 39.7% |\n"
            "| Asia-Pacific | 451 | 29.3% |\n"
            "| Europe | 388 | 25.2% |\n"
            "| Rest of world | 89 | 5.8% |\n"
            "| Total | 1,540 | 100.0% |\n"
            "\n"
            "Source: Soundgrid Analytics, Generative Audio Tracker, Q1 2025 edition. Note: subscription and licensing "
            "revenue of generation platforms; excludes streaming royalties."
        ),
        obs=[
            ("North America", 2024, 612, "USD million", "actual"),
            ("Asia-Pacific", 2024, 451, "USD million", "actual"),
            ("Europe", 2024, 388, "USD million", "actual"),
            ("Rest of world", 2024, 89, "USD million", "actual"),
            ("Total", 2024, 1540, "USD million", "actual"),
        ],
        claims=[
            ("share", 39.7, "percent", 2024, 2024, None),
            ("share", 29.3, "percent", 2024, 2024, None),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("share", 5.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 612 / 1540 = 39.74% -> 39.7
            ("arithmetic", "exact"),     # 451 / 1540 = 29.29% -> 29.3
            ("arithmetic", "exact"),     # 388 / 1540 = 25.19% -> 25.2
            ("arithmetic", "exact"),     # 89 / 1540 = 5.78% -> 5.8
            ("hierarchy", "exact"),      # 612 + 451 + 388 + 89 = 1540 = 1,540
        ],
    ),
    # 40. Space-aligned exhibit with E columns and a CAGR 2024-30E column (span printed: stated); the total row is
    # labelled "All applications" and keeps that label. Nowhere: the exhibit number, the publication month.
    dict(
        text=(
            "Exhibit 12: Digital humans and virtual idols, global market by application (US$ bn)\n"
            "                                   2024    2027E    2030E    CAGR 2024-30E\n"
            "Virtual idols & VTubers             3.1      5.4      8.9        19.5%\n"
            "Digital-human live-stream hosts     2.4      4.6      8.2        22.7%\n"
            "Film & TV digital doubles           1.2      1.9      2.8        15.2%\n"
            "All applications                    6.7     11.9     19.9        19.9%\n"
            "Source: Meridian Entertainment Consulting estimates, published March 2025. Note: E = estimate."
        ),
        obs=[
            ("Virtual idols & VTubers", 2024, 3.1, "USD billion", "actual"),
            ("Virtual idols & VTubers", 2027, 5.4, "USD billion", "estimate"),
            ("Virtual idols & VTubers", 2030, 8.9, "USD billion", "estimate"),
            ("Digital-human live-stream hosts", 2024, 2.4, "USD billion", "actual"),
            ("Digital-human live-stream hosts", 2027, 4.6, "USD billion", "estimate"),
            ("Digital-human live-stream hosts", 2030, 8.2, "USD billion", "estimate"),
            ("Film & TV digital doubles", 2024, 1.2, "USD billion", "actual"),
            ("Film & TV digital doubles", 2027, 1.9, "USD billion", "estimate"),
            ("Film & TV digital doubles", 2030, 2.8, "USD billion", "estimate"),
            ("All applications", 2024, 6.7, "USD billion", "actual"),
            ("All applications", 2027, 11.9, "USD billion", "estimate"),
            ("All applications", 2030, 19.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (8.9 / 3.1) ** (1 / 6) - 1 = 19.22% -> 19.2; bounds (8.85/3.15) -> 18.79% to (8.95/3.05) -> 19.65%: 19.5 reached
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),   # (8.2 / 2.4) ** (1 / 6) - 1 = 22.73% -> 22.7
            ("cagr|implied", "exact"),   # (2.8 / 1.2) ** (1 / 6) - 1 = 15.17% -> 15.2
            ("cagr|implied", "exact"),   # (19.9 / 6.7) ** (1 / 6) - 1 = 19.89% -> 19.9
            ("hierarchy", "exact"),      # 2024: 3.1 + 2.4 + 1.2 = 6.7
            ("hierarchy", "exact"),      # 2027E: 5.4 + 4.6 + 1.9 = 11.9
            ("hierarchy", "exact"),      # 2030E: 8.9 + 8.2 + 2.8 = 19.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 10, 'exact': 87}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'SAN FRANCISCO, Feb. 11, 2025 /PRNewswire/ --',
    'up 31.7% from $2.18 billion in 2023',
    'PT US$38 implies 22% upside',
    'accounted for US$228m of that, or 36%',
    'to reach US$1.9bn by 2028, a 31% compound rate',
    'Stonebridge Analytics, whose definition leaves out subtitling, counted only $0.97 billion for the same year',
    'We size the total addressable market for AI-driven characters and companions in games at roughly $9 billion this year',
    'The 2023 figure has been restated to €337 million (previously €326 million)',
    '(revised from ¥27.2 billion in the flash estimate)',
    'grew 2.5x between 2021 and last year, to roughly $4.3 billion',
    'somewhere between $9 billion and $12 billion for 2030',
    'sellers spent some Rp 4.9 trillion',
    '力争突破400亿元，2024—2027年年均增长29%左右',
    '2024年国内游戏市场实际销售收入为3,257.8亿元',
    '規模已是2020年的3.2倍',
    '去年規模達8.6億港元，按年增長18.3%，前年則為7.6億港元',
    '韓國研調機構Hanul Research估算2024年規模為61億美元',
    '较2021年增长4倍。今年一季度，市场规模为4.1亿元',
    '将突破1.1万亿元',
    '| Total | 800 | 1,144 | 1,640 | 2,275 | 3,980 |',
    '2025F              430                 350     780   29.4%',
    '合计\t40.7\t56.3\t77.0\t102.6\t35.0%',
    'Market total                             420      572       754     1,498           27.2%',
    '| 年度 | 新台幣億元 | 年增率 |',
    'the total addressable market for AI-assisted content creation in games was about $4.2 billion in 2024',
    'or 38%',
    'USD 2.95-3.40 billion in 2030',
    'Forty-four percent of surveyed houses',
    'Another shop, Vantage Play Insights, puts 2023 at $910M',
    'roughly 2.5 times the fiscal 2020 level',
    '$2.1B (2024) -> $6.8B (2029E), 27% CAGR',
    'The correct figure, per Brightline Analytics, is $870 million.',
    'TP S$4.20 (18% upside)',
    'spending to more than double by 2027',
    '力争突破300亿元，年均增长约25%',
    '较2024年增长2.6倍',
    '占比43.8%',
    '新台幣38.5億元',
    '兩年間翻了一番',
    '另一家機構估計2024年是18億元',
    '報告預估今年有望突破16億元',
    '接近1万亿元',
    '| Total | 1,000 | 1,383 | 1,864 |',
    'Segment\tFY2023\tFY2024\tFY2025F\tYoY FY2024 (%)',
    '年份       亿元     同比(%)',
    '| Total | 1,540 | 100.0% |',
    'CAGR 2024-30E',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 215
#: figures, 65 rates, 98 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-forty-eighth and -fiftieth sets (it kept unread): 216, 66, 98 and 2
FLOORS = {"figures_found": 220, "rates_found": 66, "verdicts_right": 100}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset149.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
