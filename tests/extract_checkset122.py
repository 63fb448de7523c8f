"""A hundred-and-twenty-second check set for the extractor, written blind: generative AI in content and media, in English and Chinese
(Simplified and Traditional) -- AIGC, AI video and image generation, virtual humans and digital avatars, AI music and
audio, AI in games and film, AI companions sold by subscription, sized in money by media research firms, app
trackers, brokers, city plans, Japanese and Taiwanese associations and consultancies; monthly active users,
downloads, models registered with a regulator, subscription prices, a company's own revenue, funding rounds and
valuations, one film's box office, hours of video generated and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated news story (English): AI music tools, "$412 million for such tools last year, 38% more than the
    #    $298 million ... in 2023"; tests "last year" from the dateline; distractors: a Series B, a valuation,
    #    monthly users, a survey answer
    dict(
        text=(
            "LONDON, 12 February 2025 — Spending on AI music and audio-generation tools is no longer a rounding "
            "error for the record business. Harrowgate Media Analytics estimates that labels, publishers, "
            "podcasters and advertisers worldwide paid $412 million for such tools last year, 38% more than the "
            "$298 million they spent in 2023. Money is also flowing to the toolmakers themselves: the voice-cloning "
            "start-up Lyrebell closed an $85 million Series B in January at a $1.1 billion valuation, and says 14 "
            "million people use its free app each month. In Harrowgate's survey of 600 music executives, 41% said "
            "they plan to raise their AI budgets this year."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2023, 298, "USD million", "actual"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),  # "38% more than"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 298 - 1 = 38.26% -> 38
        ],
    ),
    # 2. an industry report's outlook (English): "growing from $14.2 billion in 2024 to $61.8 billion in 2030, a
    #    compound annual growth rate of 27.8% over 2024-2030" (stated span); a segment share with no amount;
    #    distractors: edition year, vendor and buyer counts, number of models cleared
    dict(
        text=(
            "Generative AI in Media and Entertainment: Market Outlook, 2025 edition. Our base case has the global "
            "market for generative-AI software and services sold to media, entertainment and marketing firms "
            "growing from $14.2 billion in 2024 to $61.8 billion in 2030, a compound annual growth rate of 27.8% "
            "over 2024-2030. Video generation accounted for 31% of 2024 revenue and is the fastest-growing segment. "
            "The estimate covers 1,850 vendors and draws on interviews with 230 buyers; by comparison, the number "
            "of generative models cleared for public release in China passed 180 during the year."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2030, 61.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.8, "percent", 2024, 2030, None, "stated"),
            ("share", 31.0, "percent", 2024, 2024, None),  # video's share; its amount is not printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.8 / 14.2) ** (1/6) - 1 = 27.78% -> 27.8
        ],
    ),
    # 3. an earnings call (English): a CEO sizes the total addressable market for AI avatars, "about $2.4 billion
    #    this year ... $9 billion by 2028, more than tripling"; distractors: the company's own and fourth-quarter
    #    revenue, its growth, headcount, a price target and its upside
    dict(
        text=(
            "Brightfold Media used its fourth-quarter call on 20 February 2025 to make the case for AI avatars. "
            "Chief executive Dana Okafor told analysts that the total addressable market for AI-presenter and "
            "digital-avatar video in corporate communications is about $2.4 billion this year and should reach "
            "$9 billion by 2028, more than tripling. Brightfold's own revenue rose 64% to $212 million in fiscal "
            "2024, including $61 million in the fourth quarter, and the company now employs 1,150 people. Ashby "
            "Lane Securities kept its Buy rating and a $48 price target, 30% above Thursday's close."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),  # "this year" on a 2025 call, approximate
            ("Total", 2028, 9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2025, 2028, 3.0),  # "more than tripling" -> x3, no verdict
        ],
        verdicts=[],
    ),
    # 4. an app-intelligence tracker's release (English): AI companion apps, "$1.36 billion ... in 2024 ... a 52%
    #    jump from $980 million in 2023" -- the rate contradicts its figures; the 2023 figure is converted to the
    #    series' unit (USD billion); distractors: downloads, a price range, percentage points, a paying-user rate,
    #    a quarter's spending
    dict(
        text=(
            "AI companions are turning into a subscription business. Consumers spent $1.36 billion on AI companion "
            "and character-chat apps in 2024, app-intelligence tracker Appvane said on Tuesday, a 52% jump from "
            "$980 million in 2023. Downloads of the category reached 420 million, and the most popular apps charge "
            "$9.99 to $19.99 a month. The proportion of users who pay rose 2.1 percentage points to 6.8%. In the "
            "fourth quarter alone, spending came to $402 million."
        ),
        obs=[
            ("Total", 2024, 1.36, "USD billion", "actual"),
            ("Total", 2023, 0.98, "USD billion", "actual"),  # "$980 million" in the series' unit
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.36 / 0.98 - 1 = 38.78%; bounds 1.355 / 0.9805 - 1 = 38.19% .. 1.365 / 0.9795 - 1 = 39.36%;
            # 52 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. a Japanese association in yen (English): "¥128.5 billion in fiscal 2024, up 46.2% from ¥87.9 billion a
    #    year earlier", a fiscal-2028 projection; distractors: member companies, a survey answer, percentage points
    dict(
        text=(
            "TOKYO — The Japan Association for Creative AI estimates that the domestic market for generative-AI "
            "tools and services used in anime, game and advertising production reached ¥128.5 billion in fiscal "
            "2024, up 46.2% from ¥87.9 billion a year earlier. It projects ¥410 billion in fiscal 2028. The "
            "association's 1,240 member companies include most of the large animation studios; in its member "
            "survey, 62% of studios said they already use image generation for storyboards, and the proportion "
            "with a written AI policy rose 19 percentage points."
        ),
        obs=[
            ("Total", 2024, 128.5, "JPY billion", "actual"),
            ("Total", 2023, 87.9, "JPY billion", "actual"),
            ("Total", 2028, 410, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128.5 / 87.9 - 1 = 46.19% -> 46.2
        ],
    ),
    # 6. a broker's initiation note (English): "US$4.3bn in 2024, rising to US$12.6bn in 2029E, a 2024-29E CAGR of
    #    24.3%" -- reached only within rounding; distractors: the company's own revenue (RMB), its forecast revenue,
    #    a price target and its upside, a stock code
    dict(
        text=(
            "Initiation: Qilin Digital (9987.HK). We size China's virtual-human and digital-avatar market at "
            "US$4.3bn in 2024, rising to US$12.6bn in 2029E, a 2024-29E CAGR of 24.3%. Qilin, the number-two "
            "vendor, booked RMB1.86bn of revenue in 2024 and we forecast RMB2.41bn for 2025E. We initiate at "
            "Outperform with a price target of HK$58, implying 27% upside."
        ),
        obs=[
            ("Total", 2024, 4.3, "USD billion", "actual"),
            ("Total", 2029, 12.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (12.6 / 4.3) ** (1/5) - 1 = 23.99% -> 24.0, not 24.3; bounds (12.55 / 4.35) ** (1/5) - 1 = 23.60% ..
            # (12.65 / 4.25) ** (1/5) - 1 = 24.38%; 24.3 is within reach
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. a dated news story (English): games and film pre-production, "rose 26% to $3.9 billion in 2024 from $3.1
    #    billion in 2023 ... a further 28% increase to $5.0 billion this year"; distractors: hours of animation
    #    generated, one film's box-office takings
    dict(
        text=(
            "SAN FRANCISCO, 18 March 2025 — Game studios are spending more on generative AI even as they cut "
            "staff. Spending on generative-AI tools for game development and film pre-production rose 26% to $3.9 "
            "billion in 2024 from $3.1 billion in 2023, according to Pixelgrove Research, and the firm expects a "
            "further 28% increase to $5.0 billion this year. Studios produced an estimated 2.3 million hours of "
            "AI-assisted animation in 2024. The animated feature 'Tidewater', which used AI-generated backgrounds, "
            "has so far taken $310 million at the global box office."
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2025, 5.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9 / 3.1 - 1 = 25.81% -> 26
            ("cagr|implied", "exact"),  # 5.0 / 3.9 - 1 = 28.21% -> 28
        ],
    ),
    # 8. a segment breakdown in prose (English): "Of the $8.4 billion ... text generation took $3.3 billion, or 39%"
    #    -- parts named as printed, shares with part and whole printed (arithmetic); distractors: percentage points,
    #    a vendor count
    dict(
        text=(
            "How the money splits. Of the $8.4 billion that businesses worldwide spent on generative-AI content "
            "tools in 2024, text generation took $3.3 billion, or 39%, and image generation $2.9 billion, or 35%. "
            "Video generation brought in $1.6 billion (19%) and audio and voice the remaining $0.6 billion. Video's "
            "slice was up 6 percentage points on 2023, according to Corvane Insights, which tracked 312 vendors."
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Text generation", 2024, 3.3, "USD billion", "actual"),
            ("Image generation", 2024, 2.9, "USD billion", "actual"),
            ("Video generation", 2024, 1.6, "USD billion", "actual"),
            ("Audio and voice", 2024, 0.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 39.0, "percent", 2024, 2024, None),
            ("share", 35.0, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.3 / 8.4 = 39.29% -> 39
            ("arithmetic", "exact"),  # 2.9 / 8.4 = 34.52% -> 35
            ("arithmetic", "exact"),  # 1.6 / 8.4 = 19.05% -> 19
        ],
    ),
    # 9. a research firm's forecast (English): "$720 million in 2024 ... $4.1 billion by 2030, compounding at 33.6% a
    #    year" -- span not printed (inferred, cagr|period); the 2030 figure converted to the series' USD million;
    #    distractors: clips generated, a quarter's monthly users, a funding round
    dict(
        text=(
            "Streamview Research puts worldwide revenue from AI video-generation apps and APIs at $720 million in "
            "2024. It expects the figure to reach $4.1 billion by 2030, compounding at 33.6% a year, as advertisers "
            "move from tests to production. Users generated about 1.2 billion clips on the leading platforms in "
            "2024, and the category's most-downloaded app passed 90 million monthly active users in the third "
            "quarter. Its closest rival, Framewell, raised $600 million in a round led by sovereign funds."
        ),
        obs=[
            ("Total", 2024, 720, "USD million", "actual"),
            ("Total", 2030, 4100, "USD million", "estimate"),  # "$4.1 billion" in the series' unit
        ],
        claims=[
            ("cagr", 33.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4100 / 720) ** (1/6) - 1 = 33.63% -> 33.6
        ],
    ),
    # 10. a city action plan (Simplified Chinese): target "到2026年全市AIGC产业规模突破500亿元", "2024年...达到244亿元，
    #     同比增长31.2%，2023年为186亿元"; distractors: plan title years, firm counts, models completing 备案
    dict(
        text=(
            "《江澜市促进生成式人工智能产业发展行动方案（2024—2026年）》日前印发。方案提出，到2026年全市AIGC产业规模"
            "突破500亿元，集聚相关企业300家以上，培育10个以上行业大模型并完成备案。据市经信局统计，2024年全市AIGC"
            "产业规模达到244亿元，同比增长31.2%，2023年为186亿元。"
        ),
        obs=[
            ("Total", 2026, 500, "CNY 100 million", "estimate"),
            ("Total", 2024, 244, "CNY 100 million", "actual"),
            ("Total", 2023, 186, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 244 / 186 - 1 = 31.18% -> 31.2
        ],
    ),
    # 11. a consultancy report (Simplified Chinese): 亿元 series with a 万亿元 target, "到2030年...将达到1.15万亿元"
    #     expected as 11500 亿元; "2023—2030年复合增长率约为34.4%" stated; distractors: report title year, monthly
    #     users (亿 without 元), a company's own revenue
    dict(
        text=(
            "灵析咨询最新发布的《2025中国AIGC产业全景报告》显示，2023年中国AIGC市场规模为1450亿元，2024年增至2010亿元。"
            "报告预计，到2030年市场规模将达到1.15万亿元，2023—2030年复合增长率约为34.4%。报告统计的AIGC应用月活跃用户"
            "已超过2.3亿，头部企业星阑科技2024年营收为12.3亿元。"
        ),
        obs=[
            ("Total", 2023, 1450, "CNY 100 million", "actual"),
            ("Total", 2024, 2010, "CNY 100 million", "actual"),
            ("Total", 2030, 11500, "CNY 100 million", "estimate"),  # 1.15万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 34.4, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11500 / 1450) ** (1/7) - 1 = 34.42% -> 34.4
        ],
    ),
    # 12. a research institute on digital humans (Simplified Chinese): "由2021年的62.2亿元增长至2024年的290.5亿元，
    #     三年间增长3.7倍" (two amounts -> x4.7) and "2024年同比增长46.1%" against 205.1亿元 -- contradicted;
    #     distractors: 千亿级, a count of firms
    dict(
        text=(
            "据远岫研究院统计，中国虚拟数字人核心市场规模由2021年的62.2亿元增长至2024年的290.5亿元，三年间增长3.7倍。"
            "其中2024年同比增长46.1%，2023年市场规模为205.1亿元。研究院认为，数字人带动的周边产业已达千亿级，但行业"
            "集中度仍低，全国相关企业超过1.1万家。"
        ),
        obs=[
            ("Total", 2021, 62.2, "CNY 100 million", "actual"),
            ("Total", 2024, 290.5, "CNY 100 million", "actual"),
            ("Total", 2023, 205.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.7, "multiple", 2021, 2024, 3.0),  # 增长3.7倍 between two printed amounts -> x4.7
            ("growth", 46.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 290.5 / 205.1 - 1 = 41.64%; bounds 290.45 / 205.15 - 1 = 41.58% .. 290.55 / 205.05 - 1 = 41.70%;
            # 46.1 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. a Taiwanese association (Traditional Chinese): "新台幣86.4億元，較2023年的65.4億元成長32.1%", "今年...可望突破
    #     新台幣110億元" (dateline 2025 -> estimate), "2027年更將上看200億元"; distractors: firm count, a survey
    #     answer, average spend per firm in 萬元
    dict(
        text=(
            "【2025年3月10日／台北】台灣數位內容產業協進會今（10）日發布調查指出，2024年國內生成式AI影音內容服務市場"
            "規模達新台幣86.4億元，較2023年的65.4億元成長32.1%。協會預估，今年市場規模可望突破新台幣110億元，2027年更"
            "將上看200億元。調查也顯示，受訪的312家業者中有57%已導入AI配音或AI剪輯，平均每家投入約新台幣420萬元。"
        ),
        obs=[
            ("Total", 2024, 86.4, "TWD 100 million", "actual"),
            ("Total", 2023, 65.4, "TWD 100 million", "actual"),
            ("Total", 2025, 110, "TWD 100 million", "estimate"),
            ("Total", 2027, 200, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 65.4 - 1 = 32.11% -> 32.1
        ],
    ),
    # 14. a Hong Kong research centre (Traditional Chinese): "約為38.6億港元，預計2028年將增至95億港元，2024至2028年
    #     的年均複合增長率為25.4%" -- reached only within rounding; distractors: studio count, a listed company's
    #     game revenue in 億港元, viewing hours of virtual streamers
    dict(
        text=(
            "香港數碼娛樂研究中心發表報告，估計2024年本港AI遊戲及互動娛樂市場規模約為38.6億港元，預計2028年將增至95億"
            "港元，2024至2028年的年均複合增長率為25.4%。報告指出，本地已有逾70間遊戲工作室使用生成式AI製作美術素材；"
            "其中一間上市公司2024年的遊戲收入為4.86億港元。研究中心又指，AI虛擬主播的每月觀看時數已突破1,200萬小時。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2028, 95, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (95 / 38.6) ** (1/4) - 1 = 25.25% -> 25.3, not 25.4; bounds (94.5 / 38.65) ** (1/4) - 1 = 25.05% ..
            # (95.5 / 38.55) ** (1/4) - 1 = 25.46%; 25.4 is within reach
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. a pipe table (English): segments by year with E columns and a Total row, plus a prose "2024-26E CAGR of
    #     59.6%" for video; tests E-column estimates and hierarchy per year; distractor: the exhibit number
    dict(
        text=(
            "Exhibit 4: Global AIGC market by content type, US$ million\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Text | 2,140 | 2,860 | 3,710 | 4,690 |\n"
            "| Image | 1,520 | 2,070 | 2,740 | 3,520 |\n"
            "| Video | 680 | 1,150 | 1,880 | 2,930 |\n"
            "| Audio & music | 310 | 450 | 640 | 880 |\n"
            "| Total | 4,650 | 6,530 | 8,970 | 12,020 |\n"
            "Source: Meridale Partners estimates. Video remains the smallest visual segment but grows fastest, at a "
            "2024-26E CAGR of 59.6%."
        ),
        obs=[
            ("Text", 2023, 2140, "USD million", "actual"),
            ("Text", 2024, 2860, "USD million", "actual"),
            ("Text", 2025, 3710, "USD million", "estimate"),
            ("Text", 2026, 4690, "USD million", "estimate"),
            ("Image", 2023, 1520, "USD million", "actual"),
            ("Image", 2024, 2070, "USD million", "actual"),
            ("Image", 2025, 2740, "USD million", "estimate"),
            ("Image", 2026, 3520, "USD million", "estimate"),
            ("Video", 2023, 680, "USD million", "actual"),
            ("Video", 2024, 1150, "USD million", "actual"),
            ("Video", 2025, 1880, "USD million", "estimate"),
            ("Video", 2026, 2930, "USD million", "estimate"),
            ("Audio & music", 2023, 310, "USD million", "actual"),
            ("Audio & music", 2024, 450, "USD million", "actual"),
            ("Audio & music", 2025, 640, "USD million", "estimate"),
            ("Audio & music", 2026, 880, "USD million", "estimate"),
            ("Total", 2023, 4650, "USD million", "actual"),
            ("Total", 2024, 6530, "USD million", "actual"),
            ("Total", 2025, 8970, "USD million", "estimate"),
            ("Total", 2026, 12020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 59.6, "percent", 2024, 2026, None, "stated"),  # video, "2024-26E CAGR"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2930 / 1150) ** (1/2) - 1 = 59.62% -> 59.6
            ("hierarchy", "exact"),  # 2023: 2140 + 1520 + 680 + 310 = 4650
            ("hierarchy", "exact"),  # 2024: 2860 + 2070 + 1150 + 450 = 6530
            ("hierarchy", "exact"),  # 2025E: 3710 + 2740 + 1880 + 640 = 8970
            ("hierarchy", "exact"),  # 2026E: 4690 + 3520 + 2930 + 880 = 12020
        ],
    ),
    # 16. a pipe table (Simplified Chinese) in 亿元 with a 合计 row whose 2024 total is off by 0.1 (hierarchy within
    #     rounding) and a 2025年E column; a prose line with two video shares (arithmetic) and 个百分点 (nowhere);
    #     distractors: table number and title years
    dict(
        text=(
            "表2 2023—2025年中国AIGC市场细分结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 文本生成 | 512.4 | 698.7 | 921.3 |\n"
            "| 图像生成 | 386.1 | 547.9 | 742.6 |\n"
            "| 视频生成 | 143.8 | 262.5 | 468.2 |\n"
            "| 音频生成 | 72.6 | 101.4 | 139.8 |\n"
            "| 合计 | 1114.9 | 1610.6 | 2271.9 |\n"
            "视频生成占比由2023年的12.9%提升至2024年的16.3%，提升3.4个百分点。"
        ),
        obs=[
            ("文本生成", 2023, 512.4, "CNY 100 million", "actual"),
            ("文本生成", 2024, 698.7, "CNY 100 million", "actual"),
            ("文本生成", 2025, 921.3, "CNY 100 million", "estimate"),
            ("图像生成", 2023, 386.1, "CNY 100 million", "actual"),
            ("图像生成", 2024, 547.9, "CNY 100 million", "actual"),
            ("图像生成", 2025, 742.6, "CNY 100 million", "estimate"),
            ("视频生成", 2023, 143.8, "CNY 100 million", "actual"),
            ("视频生成", 2024, 262.5, "CNY 100 million", "actual"),
            ("视频生成", 2025, 468.2, "CNY 100 million", "estimate"),
            ("音频生成", 2023, 72.6, "CNY 100 million", "actual"),
            ("音频生成", 2024, 101.4, "CNY 100 million", "actual"),
            ("音频生成", 2025, 139.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 1114.9, "CNY 100 million", "actual"),
            ("合计", 2024, 1610.6, "CNY 100 million", "actual"),
            ("合计", 2025, 2271.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 12.9, "percent", 2023, 2023, None),
            ("share", 16.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 143.8 / 1114.9 = 12.898% -> 12.9
            ("arithmetic", "exact"),  # 262.5 / 1610.6 = 16.298% -> 16.3
            ("hierarchy", "exact"),  # 2023: 512.4 + 386.1 + 143.8 + 72.6 = 1114.9
            # 2024: 698.7 + 547.9 + 262.5 + 101.4 = 1610.5 vs 1610.6 printed; parts at +-0.05 each give
            # 1610.3 .. 1610.7 and the total 1610.55 .. 1610.65 -> reached only within rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 921.3 + 742.6 + 468.2 + 139.8 = 2271.9
        ],
    ),
    # 17. two tab-separated tables (English): monthly active users (no observation) beside consumer spending in
    #     US$ million by region with a Total row; "Spending grew 44.9%" (exact) and users "rose 40%" (nowhere);
    #     distractors: table numbers, the users table
    dict(
        text=(
            "Table 5. AI companion apps: monthly active users (million)\n"
            "Region\t2023\t2024\n"
            "North America\t38.2\t51.6\n"
            "Europe\t29.5\t40.1\n"
            "Asia-Pacific\t64.0\t92.7\n"
            "Total\t131.7\t184.4\n"
            "\n"
            "Table 6. AI companion apps: consumer spending (US$ million)\n"
            "Region\t2023\t2024\n"
            "North America\t412\t583\n"
            "Europe\t198\t276\n"
            "Asia-Pacific\t305\t467\n"
            "Total\t915\t1,326\n"
            "Spending grew 44.9% in 2024, while monthly active users rose 40%."
        ),
        obs=[
            ("North America", 2023, 412, "USD million", "actual"),
            ("North America", 2024, 583, "USD million", "actual"),
            ("Europe", 2023, 198, "USD million", "actual"),
            ("Europe", 2024, 276, "USD million", "actual"),
            ("Asia-Pacific", 2023, 305, "USD million", "actual"),
            ("Asia-Pacific", 2024, 467, "USD million", "actual"),
            ("Total", 2023, 915, "USD million", "actual"),
            ("Total", 2024, 1326, "USD million", "actual"),
        ],
        claims=[
            ("growth", 44.9, "percent", 2023, 2024, 1.0),  # spending; the users' 40% is no market money
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1326 / 915 - 1 = 44.92% -> 44.9
            ("hierarchy", "exact"),  # 2023: 412 + 198 + 305 = 915
            ("hierarchy", "exact"),  # 2024: 583 + 276 + 467 = 1326
        ],
    ),
    # 18. a vertical table (English, years as rows) of Japan's AI voice and dubbing market, a lone value column
    #     headed "¥ billion" (the Total), fiscal years, an F row, a YoY column with one rate reached only within
    #     rounding; a prose target "pass ¥50 billion in fiscal 2027"; distractor: a listener panel's answer
    dict(
        text=(
            "AI voice and dubbing services, Japan (fiscal years)\n"
            "Year | ¥ billion | YoY\n"
            "FY2021 | 8.6 | —\n"
            "FY2022 | 11.9 | 38.4%\n"
            "FY2023 | 17.2 | 44.7%\n"
            "FY2024 | 24.1 | 40.1%\n"
            "FY2025F | 32.8 | 36.1%\n"
            "Source: Sakuragi Media Lab. Sakuragi expects the market to pass ¥50 billion in fiscal 2027; its panel "
            "of 2,000 listeners rated 28% of AI-dubbed clips indistinguishable from human voices."
        ),
        obs=[
            ("Total", 2021, 8.6, "JPY billion", "actual"),
            ("Total", 2022, 11.9, "JPY billion", "actual"),
            ("Total", 2023, 17.2, "JPY billion", "actual"),
            ("Total", 2024, 24.1, "JPY billion", "actual"),
            ("Total", 2025, 32.8, "JPY billion", "estimate"),
            ("Total", 2027, 50, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 38.4, "percent", 2021, 2022, 1.0),
            ("growth", 44.7, "percent", 2022, 2023, 1.0),
            ("growth", 40.1, "percent", 2023, 2024, 1.0),
            ("growth", 36.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.9 / 8.6 - 1 = 38.37% -> 38.4
            # 17.2 / 11.9 - 1 = 44.54% -> 44.5, not 44.7; bounds 17.15 / 11.95 - 1 = 43.51% ..
            # 17.25 / 11.85 - 1 = 45.57%; 44.7 is within reach
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 24.1 / 17.2 - 1 = 40.12% -> 40.1
            ("cagr|implied", "exact"),  # 32.8 / 24.1 - 1 = 36.10% -> 36.1
        ],
    ),
    # 19. a space-aligned vertical table (Simplified Chinese, years as rows) with two value columns -- two markets,
    #     虚拟偶像 and AI配音, never summed; 2025E row; prose YoY and a stated 2020—2025 CAGR for AI配音;
    #     distractors: 千亿级, models newly 备案
    dict(
        text=(
            "2020—2025年中国虚拟偶像与AI配音市场规模（单位：亿元）\n"
            "年份      虚拟偶像    AI配音\n"
            "2020      34.6        8.2\n"
            "2021      52.7        11.5\n"
            "2022      88.4        17.9\n"
            "2023      131.6       26.4\n"
            "2024      176.9       38.7\n"
            "2025E     228.0       55.3\n"
            "AI配音市场2024年同比增长46.6%，2020—2025年复合增长率预计为46.5%。虚拟偶像带动的周边消费已达千亿级，"
            "2024年新增备案的虚拟人相关模型27个。"
        ),
        obs=[
            ("虚拟偶像", 2020, 34.6, "CNY 100 million", "actual"),
            ("虚拟偶像", 2021, 52.7, "CNY 100 million", "actual"),
            ("虚拟偶像", 2022, 88.4, "CNY 100 million", "actual"),
            ("虚拟偶像", 2023, 131.6, "CNY 100 million", "actual"),
            ("虚拟偶像", 2024, 176.9, "CNY 100 million", "actual"),
            ("虚拟偶像", 2025, 228.0, "CNY 100 million", "estimate"),
            ("AI配音", 2020, 8.2, "CNY 100 million", "actual"),
            ("AI配音", 2021, 11.5, "CNY 100 million", "actual"),
            ("AI配音", 2022, 17.9, "CNY 100 million", "actual"),
            ("AI配音", 2023, 26.4, "CNY 100 million", "actual"),
            ("AI配音", 2024, 38.7, "CNY 100 million", "actual"),
            ("AI配音", 2025, 55.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.6, "percent", 2023, 2024, 1.0),
            ("cagr", 46.5, "percent", 2020, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.7 / 26.4 - 1 = 46.59% -> 46.6
            ("cagr|implied", "exact"),  # (55.3 / 8.2) ** (1/5) - 1 = 46.48% -> 46.5
        ],
    ),
    # 20. a space-aligned table (Traditional Chinese) in 新台幣百萬元 (TWD million): segments by year with a (F)
    #     column, a 合計 row and a 2024 share column whose parts and whole are printed (arithmetic); the 100.0 total
    #     share is no claim; distractor: a member-firm count
    dict(
        text=(
            "台灣生成式AI內容服務市場規模（單位：新台幣百萬元）\n"
            "項目          2023      2024      2025(F)    2024占比\n"
            "文字生成      1,820     2,310     2,850      26.7%\n"
            "圖像生成      1,460     1,980     2,540      22.9%\n"
            "影音生成      1,130     1,790     2,660      20.7%\n"
            "數位人        2,130     2,560     3,020      29.6%\n"
            "合計          6,540     8,640     11,070     100.0%\n"
            "資料來源：台灣數位內容產業協進會，調查涵蓋會員廠商186家。"
        ),
        obs=[
            ("文字生成", 2023, 1820, "TWD million", "actual"),
            ("文字生成", 2024, 2310, "TWD million", "actual"),
            ("文字生成", 2025, 2850, "TWD million", "estimate"),
            ("圖像生成", 2023, 1460, "TWD million", "actual"),
            ("圖像生成", 2024, 1980, "TWD million", "actual"),
            ("圖像生成", 2025, 2540, "TWD million", "estimate"),
            ("影音生成", 2023, 1130, "TWD million", "actual"),
            ("影音生成", 2024, 1790, "TWD million", "actual"),
            ("影音生成", 2025, 2660, "TWD million", "estimate"),
            ("數位人", 2023, 2130, "TWD million", "actual"),
            ("數位人", 2024, 2560, "TWD million", "actual"),
            ("數位人", 2025, 3020, "TWD million", "estimate"),
            ("合計", 2023, 6540, "TWD million", "actual"),
            ("合計", 2024, 8640, "TWD million", "actual"),
            ("合計", 2025, 11070, "TWD million", "estimate"),
        ],
        claims=[
            ("share", 26.7, "percent", 2024, 2024, None),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("share", 20.7, "percent", 2024, 2024, None),
            ("share", 29.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2310 / 8640 = 26.74% -> 26.7
            ("arithmetic", "exact"),  # 1980 / 8640 = 22.92% -> 22.9
            ("arithmetic", "exact"),  # 1790 / 8640 = 20.72% -> 20.7
            ("arithmetic", "exact"),  # 2560 / 8640 = 29.63% -> 29.6
            ("hierarchy", "exact"),  # 2023: 1820 + 1460 + 1130 + 2130 = 6540
            ("hierarchy", "exact"),  # 2024: 2310 + 1980 + 1790 + 2560 = 8640
            ("hierarchy", "exact"),  # 2025(F): 2850 + 2540 + 2660 + 3020 = 11070
        ],
    ),
    # 21. English dated news: "$1.18 billion last year, up 46% from $810 million in 2023" (series in USD billion,
    #    810 million converted), stated CAGR "between 2024 and 2029"; downloads, a monthly price, a poll are distractors
    dict(
        text=(
            "SINGAPORE, 12 February 2025 — Short clips made by machines have become a real line item for marketers. "
            "Spending on AI video-generation software and services worldwide reached $1.18 billion last year, up 46% "
            "from $810 million in 2023, according to app-intelligence tracker Quillmetric. The firm expects the market "
            "to hit $5.2 billion in 2029, a compound annual growth rate of 34.5% between 2024 and 2029. The "
            "category's most popular app was downloaded 41 million times in 2024, and its pro tier costs $29.99 a "
            "month. In a Quillmetric poll of 1,500 agencies, 62% said they had already run generated footage in a "
            "paid campaign."
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2023, 0.81, "USD billion", "actual"),
            ("Total", 2029, 5.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
            ("cagr", 34.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.18 / 0.81 - 1 = 45.679% -> 46
            ("cagr|implied", "exact"),  # (5.2 / 1.18) ** (1/5) - 1 = 34.532% -> 34.5
        ],
    ),
    # 22. English earnings-call transcript: a company sizes the TAM of AI companion subscriptions ("roughly $3.5
    #    billion this year", "$14 billion by 2027", "a fourfold increase in two years"); its own subscribers,
    #    bookings, margin and an analyst's price target are distractors
    dict(
        text=(
            "Kestrel Social, fourth-quarter 2024 earnings call, 20 February 2025. Chief executive Dana Whitlock: "
            "\"We closed the quarter with 3.1 million paying subscribers and bookings of $212 million, up 40% year on "
            "year, and gross margin came in at 71%. When we size the opportunity, we think the total addressable "
            "market for AI companion apps sold by subscription is roughly $3.5 billion this year and reaches $14 "
            "billion by 2027, a fourfold increase in two years.\" Priya Ansel of Penmoor Securities, which has a "
            "$48 price target on the shares, asked how much of that growth would come from outside the US."
        ),
        obs=[
            ("Total", 2025, 3.5, "USD billion", "estimate"),
            ("Total", 2027, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2025, 2027, 2.0),  # "fourfold" -> x4, no verdict
        ],
        verdicts=[],
    ),
    # 23. English industry-report excerpt on AI music and audio: series opens in USD million, "$3.2 billion by
    #    2030" converted; a CAGR with no printed span (inferred) only within rounding; a share with no part
    #    printed; report number, funding round, valuation and "multibillion-dollar opportunity" are distractors
    dict(
        text=(
            "From 'Synthetic Sound 2025' (Report No. HA-0417), Harrowgate Audio Insight: The global market for "
            "AI-generated music and audio stood at $620 million in 2023 and $890 million in 2024. Harrowgate "
            "projects it to reach $3.2 billion by 2030, a compound annual growth rate of 23.5%. Music generation "
            "accounted for 58% of 2024 revenue, with voice and speech synthesis making up most of the rest. "
            "Investors plainly see a multibillion-dollar opportunity: one song-generation start-up raised $75 "
            "million last autumn at a $1.2 billion valuation."
        ),
        obs=[
            ("Total", 2023, 620, "USD million", "actual"),
            ("Total", 2024, 890, "USD million", "actual"),
            ("Total", 2030, 3200, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "inferred"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3200 / 890) ** (1/6) - 1 = 23.773% -> 23.8, not 23.5; bounds 3150..3250, 889.5..890.5:
            # (3150 / 890.5) ** (1/6) - 1 = 23.437%, (3250 / 889.5) ** (1/6) - 1 = 24.105% -> 23.5 reached
            ("cagr|period", "rounding"),
        ],
    ),
    # 24. English news from Japan in ¥ billion and fiscal years: "up 31% from ¥97.6 billion a year earlier",
    #    "more than triple to ¥410 billion by fiscal 2028"; member count, percentage points, a survey share
    #    and a listed company's own sales are distractors
    dict(
        text=(
            "TOKYO — Japan's market for generative-AI content services, from character voices to illustration and "
            "short video made to order, was worth ¥128 billion in fiscal 2024, according to the Japan Creative "
            "Synthesis Association, up 31% from ¥97.6 billion a year earlier. The association, whose 214 member "
            "companies include most of the large anime studios, projects that the market will more than triple to "
            "¥410 billion by fiscal 2028. The share of studios using AI in pre-production rose 12 percentage points "
            "to 47%, its survey found. Among listed players, Hoshimori Holdings said its own AI-related sales rose "
            "18% to ¥21.4 billion."
        ),
        obs=[
            ("Total", 2024, 128, "JPY billion", "actual"),
            ("Total", 2023, 97.6, "JPY billion", "actual"),
            ("Total", 2028, 410, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),  # "more than triple" -> x3, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 97.6 - 1 = 31.148% -> 31
        ],
    ),
    # 25. English games feature: a stated 2024-2028 rate its own amounts contradict; a rival firm's 2024 figure,
    #    a quarter's contracts, one film's box office and a headcount are distractors
    dict(
        text=(
            "Game studios spent $2.4 billion on generative-AI tools and services in 2024, estimates Brackenridge "
            "Research, which expects the figure to climb to $9.8 billion in 2028, annual growth of 48% from 2024 to "
            "2028 by its reckoning. A rival tally from Osterly Partners puts 2024 spending at $3.0 billion. In the "
            "first quarter of 2025 alone, Brackenridge counted $780 million of new contracts. Outside games, the "
            "AI-assisted animated feature Paper Lanterns has taken $312 million at the global box office, and its "
            "studio now employs 1,400 people."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2028, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 48, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.8 / 2.4) ** (1/4) - 1 = 42.152%; bounds (9.75 / 2.45) -> 41.241%, (9.85 / 2.35) -> 43.084%;
            # 48 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Simplified Chinese dated news on AIGC: 亿元 series with a 2030 target in 万亿元 ("超过1.1万亿元" ->
    #    11000), 2024-2030 CAGR "约为40%" only within rounding; 备案 count, users and 千亿级 are distractors
    dict(
        text=(
            "本报北京2025年3月18日电 记者从智衡研究院获悉，2024年我国AIGC市场规模达到1520亿元，较2023年的1050亿元"
            "增长44.8%。该院预计，到2030年我国AIGC市场规模将超过1.1万亿元，2024—2030年年均复合增长率约为40%。"
            "截至2024年底，已有190余款生成式人工智能服务完成备案，生成式AI产品用户规模达2.3亿人。"
            "业内人士认为，AIGC已成为又一个千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 1520, "CNY 100 million", "actual"),
            ("Total", 2023, 1050, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 44.8, "percent", 2023, 2024, 1.0),
            ("cagr", 40, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1520 / 1050 - 1 = 44.762% -> 44.8
            # (11000 / 1520) ** (1/6) - 1 = 39.078% -> 39, not 40; bounds 10500..11500, 1519.5..1520.5:
            # (10500 / 1520.5) -> 37.996%, (11500 / 1519.5) -> 40.120% -> 40 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Simplified Chinese city plan on 数字人: target "到2027年…突破500亿元", 2024 base, a CAGR with no printed
    #    span (inferred); the plan title's years, counts of firms and scenes and a firm revenue threshold are
    #    distractors
    dict(
        text=(
            "《澜州市促进数字人产业高质量发展行动方案（2025—2027年）》近日印发。方案提出，到2027年，全市数字人产业"
            "规模突破500亿元，培育10家以上营业收入超10亿元的骨干企业，建设20个以上数字人应用示范场景。据市经信局"
            "测算，2024年全市数字人产业规模为210亿元，按此推算，年均复合增长率约为33.5%。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
            ("Total", 2024, 210, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 33.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 210) ** (1/3) - 1 = 33.531% -> 33.5
        ],
    ),
    # 28. Traditional Chinese (Taiwan) survey in 新台幣億元: yoy rate, stated 2024-2027 CAGR, a segment share with
    #    no part printed; count of firms and a survey answer are distractors
    dict(
        text=(
            "台灣數位內容產業研究中心最新調查指出，2024年台灣生成式AI內容服務市場規模達新台幣86億元，較2023年的"
            "新台幣61億元成長41%。研究中心預估，2027年市場規模將擴大至新台幣215億元，2024至2027年複合成長率為"
            "35.7%。以類別區分，影音生成占整體市場的38%，其次為圖像生成。目前國內已有逾320家業者投入相關服務，"
            "但受訪企業中僅有27%表示已從中獲利。"
        ),
        obs=[
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("Total", 2023, 61, "TWD 100 million", "actual"),
            ("Total", 2027, 215, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("cagr", 35.7, "percent", 2024, 2027, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 61 - 1 = 40.984% -> 41
            ("cagr|implied", "exact"),  # (215 / 86) ** (1/3) - 1 = 2.5 ** (1/3) - 1 = 35.721% -> 35.7
        ],
    ),
    # 29. Traditional Chinese (Hong Kong) news in 億港元: "約為48.6億港元…按年增長30.1%" only within rounding;
    #    a quarter's spending, a company's revenue, a count of firms and 近六成 are distractors
    dict(
        text=(
            "【香港訊，2025年4月9日】本地研究機構港灣數碼研究所昨日發表報告，估計2024年香港生成式AI營銷內容市場"
            "規模約為48.6億港元，較2023年的37.4億港元按年增長30.1%。報告預期，市場規模將於2026年增至78億港元。"
            "報告又指，今年首季本地品牌在AI生成廣告上的開支為13.2億港元；本地一家虛擬主播公司去年收入則為1.2億港元。"
            "研究所訪問的300家企業中，近六成已在社交平台使用AI生成內容。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 37.4, "HKD 100 million", "actual"),
            ("Total", 2026, 78, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 68.6 / 37.4 - 1 = 29.947% -> 29.9, not 30.1; bounds (48.55 / 37.45) -> 29.640%,
            # (48.65 / 37.35) -> 30.254% -> 30.1 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Traditional Chinese on Japan's virtual-human / VTuber market in 億日圓 (fiscal years): exact yoy rate,
    #     a stated 2024-2028 CAGR its amounts contradict; a headcount and a company's quarterly revenue are
    #     distractors
    dict(
        text=(
            "日本一般社團法人數位角色產業協會公布，2024年度日本虛擬人及VTuber相關市場規模為1,265億日圓，較上年度"
            "的1,012億日圓成長25%。協會預測，2028年度市場規模將達2,900億日圓，2024至2028年度複合成長率約為18%。"
            "另據統計，主要VTuber事務所旗下藝人已超過3,000名，頭部事務所單季營收突破120億日圓。"
        ),
        obs=[
            ("Total", 2024, 1265, "JPY 100 million", "actual"),
            ("Total", 2023, 1012, "JPY 100 million", "actual"),
            ("Total", 2028, 2900, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1265 / 1012 - 1 = 25.000% -> 25
            # (2900 / 1265) ** (1/4) - 1 = 23.049%; bounds (2899.5 / 1265.5) -> 23.031%,
            # (2900.5 / 1264.5) -> 23.066%; 18 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Simplified Chinese broker research on AI video generation: exact yoy, a 2024-2028 CAGR only within
    #     rounding; rating, price target and its upside, hours generated and MAU are distractors
    dict(
        text=(
            "东衡证券传媒组在最新研报中指出，我们测算2023年国内AI视频生成市场规模为28亿元，2024年为65亿元，同比增长"
            "132%；预计2028年将达到620亿元，2024—2028年CAGR为75.8%。个股方面，我们维持对平川影像的“买入”评级，"
            "目标价48.5元，较现价有32%的上涨空间。据不完全统计，国内视频生成模型累计生成视频时长已超过1亿小时，"
            "头部产品月活跃用户突破3000万。"
        ),
        obs=[
            ("Total", 2023, 28, "CNY 100 million", "actual"),
            ("Total", 2024, 65, "CNY 100 million", "actual"),
            ("Total", 2028, 620, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 132, "percent", 2023, 2024, 1.0),
            ("cagr", 75.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 65 / 28 - 1 = 132.143% -> 132
            # (620 / 65) ** (1/4) - 1 = 75.740% -> 75.7, not 75.8; bounds (619.5 / 65.5) -> 75.368%,
            # (620.5 / 64.5) -> 76.115% -> 75.8 reached
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Simplified Chinese report on AI companion subscriptions: a yoy rate its two amounts contradict; a
    #     quarter's figure, MAU, a price range in 元, a funding round and a valuation are distractors
    dict(
        text=(
            "青岚数据发布的《2025年AI陪伴应用行业观察》显示，2024年国内AI陪伴类应用订阅市场规模为32.5亿元，较2023年"
            "的18.2亿元增长52%。报告显示，今年第一季度该市场规模为11.3亿元，行业月活跃用户达到4100万，主流应用的"
            "会员月费在18元至30元之间。融资方面，头部企业星伴科技年初完成8亿元B轮融资，投后估值达30亿美元。"
        ),
        obs=[
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
            ("Total", 2023, 18.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 52.5 / 18.2 - 1 = 78.571%; bounds (32.45 / 18.25) -> 77.808%, (32.55 / 18.15) -> 79.339%;
            # 52 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Simplified Chinese on AI in film production: "较2021年增长4倍" between two printed amounts -> x5 over 3
    #     years; a part (特效后期) with its share of the printed whole; one film's box office and a time saving
    #     are distractors
    dict(
        text=(
            "AI正在改变影视后期的生产方式。据影联智库统计，2021年我国AI影视制作服务市场规模仅为12亿元，2024年已增至"
            "60亿元，较2021年增长4倍。其中，特效后期规模为21亿元，占比35%。今年春节档一部使用AI生成镜头的动画电影"
            "票房突破30亿元，制作方称AI将其后期周期缩短了40%。"
        ),
        obs=[
            ("Total", 2021, 12, "CNY 100 million", "actual"),
            ("Total", 2024, 60, "CNY 100 million", "actual"),
            ("特效后期", 2024, 21, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2021, 2024, 3.0),  # 增长4倍 between two amounts -> x5, no verdict
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21 / 60 = 35.0% -> 35
        ],
    ),
    # 34. Simplified Chinese white paper on 虚拟数字人: one-amount yoy rate (no verdict), a 2030 range as two
    #     value claims; shares only in words (约占四成, 占比超过一半) and a respondent count are distractors
    dict(
        text=(
            "数智未来研究院在最新白皮书中估算，2024年中国虚拟数字人核心市场规模为260亿元，同比增长36.1%。白皮书预计，"
            "到2030年核心市场规模将在1200亿元至1500亿元之间。白皮书同时指出，服务型数字人在核心市场中约占四成，"
            "身份型数字人占比超过一半；在接受调研的1200名企业用户中，多数计划在两年内增加预算。"
        ),
        obs=[
            ("Total", 2024, 260, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.1, "percent", 2023, 2024, 1.0),  # only one amount printed: no verdict
            ("value", 1200, "CNY 100 million", 2030, 2030, None),
            ("value", 1500, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 35. English pipe table by modality and year with a Total row and an E column; 2024's total only within
    #     rounding of its rows; table and note numbers and a user count are distractors
    dict(
        text=(
            "Table 3. Global generative-AI content market by modality (USD billion)\n"
            "| Modality | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Text | 4.1 | 5.6 | 7.2 |\n"
            "| Image | 2.3 | 3.4 | 4.6 |\n"
            "| Video | 1.2 | 2.5 | 4.4 |\n"
            "| Audio | 0.6 | 0.9 | 1.3 |\n"
            "| Total | 8.2 | 12.5 | 17.5 |\n"
            "Source: Pellinore Media Research. Note 2: E = estimate. Pellinore also counts 1.9 billion monthly "
            "active users of generative-AI apps."
        ),
        obs=[
            ("Text", 2023, 4.1, "USD billion", "actual"),
            ("Text", 2024, 5.6, "USD billion", "actual"),
            ("Text", 2025, 7.2, "USD billion", "estimate"),
            ("Image", 2023, 2.3, "USD billion", "actual"),
            ("Image", 2024, 3.4, "USD billion", "actual"),
            ("Image", 2025, 4.6, "USD billion", "estimate"),
            ("Video", 2023, 1.2, "USD billion", "actual"),
            ("Video", 2024, 2.5, "USD billion", "actual"),
            ("Video", 2025, 4.4, "USD billion", "estimate"),
            ("Audio", 2023, 0.6, "USD billion", "actual"),
            ("Audio", 2024, 0.9, "USD billion", "actual"),
            ("Audio", 2025, 1.3, "USD billion", "estimate"),
            ("Total", 2023, 8.2, "USD billion", "actual"),
            ("Total", 2024, 12.5, "USD billion", "actual"),
            ("Total", 2025, 17.5, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 4.1 + 2.3 + 1.2 + 0.6 = 8.2
            ("hierarchy", "rounding"),  # 2024: 5.6 + 3.4 + 2.5 + 0.9 = 12.4 vs 12.5; rows' bounds 12.2..12.6
                                        # reach 12.45..12.55
            ("hierarchy", "exact"),     # 2025E: 7.2 + 4.6 + 4.4 + 1.3 = 17.5
        ],
    ),
    # 36. Simplified Chinese: a users table (万人, no observation) beside a market-value table (亿元) by
    #     application with a 合计 row; table numbers and title years are distractors
    dict(
        text=(
            "表1  2024年主要AIGC应用用户规模（万人）\n"
            "应用类型    用户规模\n"
            "AI写作      9800\n"
            "AI绘画      6200\n"
            "AI视频      4100\n"
            "\n"
            "表2  2022—2024年AIGC应用市场规模（亿元）\n"
            "应用类型    2022年    2023年    2024年\n"
            "AI写作      45.2      71.8      103.5\n"
            "AI绘画      30.6      52.3      80.1\n"
            "AI视频      8.4       19.7      47.6\n"
            "合计        84.2      143.8     231.2\n"
            "资料来源：星图传媒研究"
        ),
        obs=[
            ("AI写作", 2022, 45.2, "CNY 100 million", "actual"),
            ("AI写作", 2023, 71.8, "CNY 100 million", "actual"),
            ("AI写作", 2024, 103.5, "CNY 100 million", "actual"),
            ("AI绘画", 2022, 30.6, "CNY 100 million", "actual"),
            ("AI绘画", 2023, 52.3, "CNY 100 million", "actual"),
            ("AI绘画", 2024, 80.1, "CNY 100 million", "actual"),
            ("AI视频", 2022, 8.4, "CNY 100 million", "actual"),
            ("AI视频", 2023, 19.7, "CNY 100 million", "actual"),
            ("AI视频", 2024, 47.6, "CNY 100 million", "actual"),
            ("合计", 2022, 84.2, "CNY 100 million", "actual"),
            ("合计", 2023, 143.8, "CNY 100 million", "actual"),
            ("合计", 2024, 231.2, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 45.2 + 30.6 + 8.4 = 84.2
            ("hierarchy", "exact"),  # 2023: 71.8 + 52.3 + 19.7 = 143.8
            ("hierarchy", "exact"),  # 2024: 103.5 + 80.1 + 47.6 = 231.2
        ],
    ),
    # 37. English tab-separated vertical table (rows are years) with two named value columns (each column's
    #     header is its item), F rows as estimates, the unit in the caption; a prose yoy rate; a campaign count
    #     is a distractor
    dict(
        text=(
            "Digital humans in advertising: spending by format, USD million (2025F-2026F are Marlowe Analytics "
            "forecasts)\n"
            "Year\tDigital avatars\tVoice cloning\n"
            "2022\t410\t95\n"
            "2023\t585\t140\n"
            "2024\t830\t212\n"
            "2025F\t1,140\t305\n"
            "2026F\t1,520\t418\n"
            "Avatar spending rose 41.9% in 2024, Marlowe says, based on 2,300 campaigns it tracked."
        ),
        obs=[
            ("Digital avatars", 2022, 410, "USD million", "actual"),
            ("Digital avatars", 2023, 585, "USD million", "actual"),
            ("Digital avatars", 2024, 830, "USD million", "actual"),
            ("Digital avatars", 2025, 1140, "USD million", "estimate"),
            ("Digital avatars", 2026, 1520, "USD million", "estimate"),
            ("Voice cloning", 2022, 95, "USD million", "actual"),
            ("Voice cloning", 2023, 140, "USD million", "actual"),
            ("Voice cloning", 2024, 212, "USD million", "actual"),
            ("Voice cloning", 2025, 305, "USD million", "estimate"),
            ("Voice cloning", 2026, 418, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 41.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 830 / 585 - 1 = 41.880% -> 41.9
        ],
    ),
    # 38. Traditional Chinese pipe table in 新台幣億元 by category with a 總計 row and a (E) column; the 2025(E)
    #     total contradicts its rows; a paying-user count is a distractor
    dict(
        text=(
            "表五　台灣AI影音內容市場規模（新台幣億元）\n"
            "| 類別 | 2023年 | 2024年 | 2025年(E) |\n"
            "| --- | --- | --- | --- |\n"
            "| 影像生成 | 18.4 | 26.1 | 35.0 |\n"
            "| 影音生成 | 12.6 | 22.3 | 36.8 |\n"
            "| 語音生成 | 5.2 | 7.9 | 11.4 |\n"
            "| 總計 | 36.2 | 56.3 | 85.2 |\n"
            "資料來源：台灣數位影音協會；2025年為預估值。協會另估計，2024年國內AI影音工具付費用戶約為85萬人。"
        ),
        obs=[
            ("影像生成", 2023, 18.4, "TWD 100 million", "actual"),
            ("影像生成", 2024, 26.1, "TWD 100 million", "actual"),
            ("影像生成", 2025, 35.0, "TWD 100 million", "estimate"),
            ("影音生成", 2023, 12.6, "TWD 100 million", "actual"),
            ("影音生成", 2024, 22.3, "TWD 100 million", "actual"),
            ("影音生成", 2025, 36.8, "TWD 100 million", "estimate"),
            ("語音生成", 2023, 5.2, "TWD 100 million", "actual"),
            ("語音生成", 2024, 7.9, "TWD 100 million", "actual"),
            ("語音生成", 2025, 11.4, "TWD 100 million", "estimate"),
            ("總計", 2023, 36.2, "TWD 100 million", "actual"),
            ("總計", 2024, 56.3, "TWD 100 million", "actual"),
            ("總計", 2025, 85.2, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 18.4 + 12.6 + 5.2 = 36.2
            ("hierarchy", "exact"),         # 2024: 26.1 + 22.3 + 7.9 = 56.3
            ("hierarchy", "inconsistent"),  # 2025E: 35.0 + 36.8 + 11.4 = 83.2; rows' bounds 83.05..83.35
                                            # miss 85.15..85.25
        ],
    ),
    # 39. Simplified Chinese space-aligned vertical table (rows are years) with a lone 亿元 column (-> Total) and
    #     a 同比 column; 2023's rate only within rounding; registered users and a paying rate are distractors
    dict(
        text=(
            "附表：中国AI音乐市场规模\n"
            "年份        亿元      同比\n"
            "2021年      6.8       —\n"
            "2022年      10.5      54.4%\n"
            "2023年      17.2      64.1%\n"
            "2024年      26.9      56.4%\n"
            "2025年E     40.1      49.1%\n"
            "注：2024年国内AI音乐生成平台注册用户超过5000万，付费率约3.2%。"
        ),
        obs=[
            ("Total", 2021, 6.8, "CNY 100 million", "actual"),
            ("Total", 2022, 10.5, "CNY 100 million", "actual"),
            ("Total", 2023, 17.2, "CNY 100 million", "actual"),
            ("Total", 2024, 26.9, "CNY 100 million", "actual"),
            ("Total", 2025, 40.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 54.4, "percent", 2021, 2022, 1.0),
            ("growth", 64.1, "percent", 2022, 2023, 1.0),
            ("growth", 56.4, "percent", 2023, 2024, 1.0),
            ("growth", 49.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 10.5 / 6.8 - 1 = 54.412% -> 54.4
            # 37.2 / 10.5 - 1 = 63.810% -> 63.8, not 64.1; bounds (17.15 / 10.55) -> 62.559%,
            # (17.25 / 10.45) -> 65.072% -> 64.1 reached
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 26.9 / 17.2 - 1 = 56.395% -> 56.4
            ("cagr|implied", "exact"),     # 40.1 / 26.9 - 1 = 49.071% -> 49.1
        ],
    ),
    # 40. English space-aligned exhibit on AI in game production by use case: 2024 amounts with a share column,
    #     2028F amounts and a "CAGR 2024-28F" column (stated), Total row; exhibit number, studio count and a
    #     survey answer are distractors
    dict(
        text=(
            "Exhibit 7: AI in game production, by use case\n"
            "                        2024 (USD m)   Share 2024   2028F (USD m)   CAGR 2024-28F\n"
            "Asset generation                 960        44.7%           3,900           42.0%\n"
            "NPC dialogue & voice             540        25.1%           2,480           46.4%\n"
            "QA and testing                   650        30.2%           1,710           27.4%\n"
            "Total                          2,150       100.0%           8,090           39.3%\n"
            "Based on interviews with 85 studios; 71% of developers surveyed said AI had shortened their "
            "production schedules."
        ),
        obs=[
            ("Asset generation", 2024, 960, "USD million", "actual"),
            ("Asset generation", 2028, 3900, "USD million", "estimate"),
            ("NPC dialogue & voice", 2024, 540, "USD million", "actual"),
            ("NPC dialogue & voice", 2028, 2480, "USD million", "estimate"),
            ("QA and testing", 2024, 650, "USD million", "actual"),
            ("QA and testing", 2028, 1710, "USD million", "estimate"),
            ("Total", 2024, 2150, "USD million", "actual"),
            ("Total", 2028, 8090, "USD million", "estimate"),
        ],
        claims=[
            ("share", 44.7, "percent", 2024, 2024, None),
            ("share", 25.1, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("cagr", 42.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 46.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 27.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 39.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 960 / 2150 = 44.651% -> 44.7
            ("arithmetic", "exact"),    # 540 / 2150 = 25.116% -> 25.1
            ("arithmetic", "exact"),    # 650 / 2150 = 30.233% -> 30.2
            ("cagr|implied", "exact"),  # (3900 / 960) ** (1/4) - 1 = 41.971% -> 42.0
            ("cagr|implied", "exact"),  # (2480 / 540) ** (1/4) - 1 = 46.391% -> 46.4
            ("cagr|implied", "exact"),  # (1710 / 650) ** (1/4) - 1 = 27.356% -> 27.4
            ("cagr|implied", "exact"),  # (8090 / 2150) ** (1/4) - 1 = 39.276% -> 39.3
            ("hierarchy", "exact"),     # 2024: 960 + 540 + 650 = 2150
            ("hierarchy", "exact"),     # 2028F: 3900 + 2480 + 1710 = 8090
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 10, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '38% more than the',
    'a compound annual growth rate of 27.8%',
    'total addressable market',
    'more than tripling',
    'a 52% jump from',
    'up 46.2% from ¥87.9 billion a year earlier',
    'a 2024-29E CAGR of 24.3%',
    'rose 26% to $3.9 billion in 2024 from',
    'or 39%',
    'compounding at 33.6% a year',
    '突破500亿元',
    '1.15万亿元',
    '三年间增长3.7倍',
    '新台幣86.4億元',
    '年均複合增長率為25.4%',
    '| 2025E | 2026E |',
    '| 合计 |',
    'Region\t2023\t2024',
    'Year | ¥ billion | YoY',
    '新台幣百萬元',
    'reached $1.18 billion last year, up 46% from $810 million in 2023',
    'a compound annual growth rate of 34.5% between 2024 and 2029',
    'total addressable market for AI companion apps',
    'a fourfold increase in two years',
    'a compound annual growth rate of 23.5%',
    'will more than triple to ¥410 billion by fiscal 2028',
    'A rival tally from Osterly Partners puts 2024 spending at $3.0 billion',
    '将超过1.1万亿元',
    '按此推算，年均复合增长率约为33.5%',
    '較2023年的新台幣61億元成長41%',
    '較2023年的37.4億港元按年增長30.1%',
    '較上年度的1,012億日圓成長25%',
    '2024—2028年CAGR为75.8%',
    '较2021年增长4倍',
    '将在1200亿元至1500亿元之间',
    '| Total | 8.2 | 12.5 | 17.5 |',
    'Year\tDigital avatars\tVoice cloning',
    '| 總計 | 36.2 | 56.3 | 85.2 |',
    '年份        亿元      同比',
    'CAGR 2024-28F',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 229
#: figures, 48 rates, 77 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-twentieth set: 230, 52, 82 and 1
FLOORS = {"figures_found": 230, "rates_found": 52, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset122.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
