"""A hundred-and-twenty-third check set for the extractor, written blind: generative AI in content and media, in English and Chinese
(Simplified and Traditional) -- AIGC, AI video and image generation, virtual humans and digital avatars, AI music and
audio, AI in games and film, AI companions sold by subscription, sized in money by media research firms, app
trackers, brokers, city plans, Japanese and Taiwanese associations and consultancies; monthly active users,
downloads, models registered with a regulator, subscription prices, a company's own revenue, funding rounds and
valuations, one film's box office, hours of video generated and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. app-intelligence press release: "$1.38 billion ... up 52.0% from $908 million" (series keeps USD billion,
    #    908 million converted to 0.908); downloads, a monthly price, a fourth-quarter figure and a share of MAU nowhere
    dict(
        text=(
            "SAN FRANCISCO, 20 January 2025 — Subscription chat companions were the fastest-growing corner of the "
            "app stores last year. Consumer spending on AI companion and chat apps reached $1.38 billion worldwide "
            "in 2024, up 52.0% from $908 million in 2023, according to the app-intelligence firm Pocketlens. "
            "Downloads rose to 410 million, and the median subscription now costs $9.99 a month. Fourth-quarter "
            "spending alone came to $431 million, while the ten biggest apps held 71% of monthly active users."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2023, 0.908, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38 / 0.908 - 1 = 51.982% -> 52.0
        ],
    ),
    # 2. earnings-call transcript: the CEO sizes the total addressable market (Total), "this year" = 2024 estimate,
    #    stated 2024-2029 CAGR; the company's own quarterly revenue, its growth, customer count and NRR nowhere
    dict(
        text=(
            "Framewise Inc., third-quarter 2024 earnings call, 6 November 2024. Renata Olsson, chief executive: "
            "\"Let me size the opportunity again. We put the total addressable market for AI video generation at "
            "$7.5 billion this year, and we expect it to reach $38 billion in 2029 — a 2024-2029 CAGR of 38.3%. "
            "Our own revenue in the quarter was $184 million, up 61% year over year, and we now serve 2,300 "
            "enterprise customers. Net revenue retention came in at 134%.\""
        ),
        obs=[
            ("Total", 2024, 7.5, "USD billion", "estimate"),
            ("Total", 2029, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 7.5) ** (1/5) - 1 = 38.339% -> 38.3
        ],
    ),
    # 3. broker's sector note: AI music "$520 million ... $3.1 billion by 2030", stated CAGR 34.5% that holds only
    #    within rounding; price target, its upside, one company's bookings and a subscriber count nowhere
    dict(
        text=(
            "Hartwell Securities | Media & Entertainment | 3 June 2025. We estimate global revenue from AI music "
            "generation and licensing at $520 million in 2024 and model $3.1 billion by 2030, a CAGR of 34.5% over "
            "2024-2030. Labels are now licensing catalogues to model builders rather than suing them. We reiterate "
            "Buy on Chorda Labs with a price target of $46, implying 28% upside; Chorda's own bookings rose to $61 "
            "million last year. Paid subscribers across the category passed 9 million in May."
        ),
        obs=[
            ("Total", 2024, 520, "USD million", "actual"),
            ("Total", 2030, 3100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 34.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3100 / 520) ** (1/6) - 1 = 34.656% -> 34.7, not 34.5;
            # bounds: (3050 / 520.5) ** (1/6) - 1 = 34.270%, (3150 / 519.5) ** (1/6) - 1 = 35.037% -> 34.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Japanese association release in yen: "¥186.0 billion in fiscal 2024 ... ¥612.0 billion in fiscal 2029",
    #    "average annual growth of 26.9% over fiscal 2024-2029"; member count and a survey answer nowhere
    dict(
        text=(
            "TOKYO, 18 April 2025 — The Japan Association for Generative Media, whose 214 member companies include "
            "broadcasters and anime studios, estimates that the domestic market for AI-generated image and video "
            "content was worth ¥186.0 billion in fiscal 2024. It forecasts ¥612.0 billion in fiscal 2029, implying "
            "average annual growth of 26.9% over fiscal 2024-2029. In the association's survey, 38% of anime "
            "production companies said they already use generative tools for background art."
        ),
        obs=[
            ("Total", 2024, 186.0, "JPY billion", "actual"),
            ("Total", 2029, 612.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612.0 / 186.0) ** (1/5) - 1 = 26.896% -> 26.9
        ],
    ),
    # 5. segment split in prose: "Of the $14.2 billion ... video generation took $3.55 billion, a 25.0% share";
    #    audio's amount printed without a share; "about a third" (fraction in words) and a survey's 44% nowhere
    dict(
        text=(
            "Studio spending on generative tools split unevenly. Of the $14.2 billion that media and entertainment "
            "companies spent on generative-AI content tools worldwide in 2024, video generation took $3.55 billion, "
            "a 25.0% share, and audio and voice $1.42 billion, according to Brightwater Analytics. Image tools "
            "accounted for about a third. In Brightwater's survey of 600 studios, 44% said they planned to raise "
            "such budgets in 2025."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Video generation", 2024, 3.55, "USD billion", "actual"),
            ("Audio and voice", 2024, 1.42, "USD billion", "actual"),
        ],
        claims=[
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.55 / 14.2 = 25.000% -> 25.0
        ],
    ),
    # 6. trade-press item whose year-on-year rate its own figures contradict: "$2.6 billion ... up 45% from
    #    $1.6 billion"; percentage points, a share of art budgets, a studio count and one studio's bookings nowhere
    dict(
        text=(
            "Game studios are paying for AI-generated assets faster than anyone planned. Outlays on AI-assisted "
            "game-asset production — textures, 3D models, voice lines — reached $2.6 billion in 2024, up 45% from "
            "$1.6 billion in 2023, according to Quillon Games Research. AI tools' share of studios' art budgets rose "
            "6 percentage points to 17%. Quillon counts 1,150 studios using such tools; one of them, Redmoor "
            "Interactive, said its own AI-related bookings were $88 million."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2023, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 45.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2.6 / 1.6 - 1 = 62.5%; bounds 2.55 / 1.65 - 1 = 54.55%, 2.65 / 1.55 - 1 = 70.97% -> 45 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. dated feature with "last year" (= 2024, actual) and a range "between $3.5 billion and $4.2 billion in
    #    2028" (two value claims); a funding round, a valuation and hours of dubbed content nowhere
    dict(
        text=(
            "BERLIN, 9 September 2025 — Synthetic dubbing is becoming a line item for streamers. Spending on AI "
            "dubbing and voice localisation reached $1.1 billion last year, and Vossberg Analysts expects it to be "
            "worth between $3.5 billion and $4.2 billion in 2028. Dubly, a Munich start-up, closed a $120 million "
            "Series C this summer at a $1.9 billion valuation. Streaming services dubbed some 40,000 hours of "
            "content with AI in the first half."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("value", 3.5, "USD billion", 2028, 2028, None),
            ("value", 4.2, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 8. "will grow 38.3% a year to $2.87 billion in 2029" from "$410 million in 2023": a CAGR whose span only the
    #    amounts' years give (inferred, cagr|period), "roughly sevenfold" (x7 over 6 years, no verdict); a film's
    #    box-office takings and a panel headcount nowhere
    dict(
        text=(
            "AI film-production tools — previsualisation, de-ageing, crowd generation — are still a small business, "
            "but a fast one. Studios spent $410 million on them in 2023, and Carradine Media Research forecasts the "
            "market will grow 38.3% a year to $2.87 billion in 2029, roughly sevenfold. Last summer's biggest "
            "release, which used generated crowds in four scenes, took $1.2 billion at the box office. Carradine "
            "interviewed 48 visual-effects supervisors for the study."
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2029, 2870, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2023, 2029, None, "inferred"),
            ("multiple", 7, "multiple", 2023, 2029, 6.0),  # "roughly sevenfold"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2870 / 410) ** (1/6) - 1 = 7 ** (1/6) - 1 = 38.309% -> 38.3
        ],
    ),
    # 9. competing forecasters: the first publisher's base, target and stated CAGR are the figures, a second
    #    publisher's 2024 figure is nowhere; a second market named beside the first is its own item; rupees nowhere
    dict(
        text=(
            "Forecasters have yet to agree on how big the digital-avatar business is. Lindqvist Partners puts the "
            "global market for virtual humans and digital avatars at $5.8 billion in 2024 and expects it to reach "
            "$19.6 billion in 2030, a 2024-2030 CAGR of 22.5%. Halden Research, using a broader definition, puts the "
            "2024 figure at $7.1 billion. Virtual-influencer marketing, which Lindqvist treats as a separate market, "
            "came to $1.9 billion in 2024. In India, avatar services were put at ₹3,400 crore."
        ),
        obs=[
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Total", 2030, 19.6, "USD billion", "estimate"),
            ("Virtual-influencer marketing", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.6 / 5.8) ** (1/6) - 1 = 22.501% -> 22.5
        ],
    ),
    # 10. Simplified Chinese news: AIGC市场规模 "1,460亿元，同比增长41.7%" from "1,030亿元", target "将超过1.2万亿元"
    #     (approximate; series in 亿元 so 12000), stated 2024-2030年 CAGR; 备案 model count and MAU nowhere
    dict(
        text=(
            "【本报讯】2025年3月18日，研究机构智岚咨询发布报告称，2024年中国AIGC市场规模达到1,460亿元，同比增长41.7%；"
            "2023年这一数字为1,030亿元。报告预计，到2030年中国AIGC市场规模将超过1.2万亿元，2024-2030年复合增长率约为42.1%。"
            "截至2024年底，全国已有302款生成式人工智能服务完成备案，头部应用月活跃用户超过1亿。"
        ),
        obs=[
            ("Total", 2024, 1460, "CNY 100 million", "actual"),
            ("Total", 2023, 1030, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.7, "percent", 2023, 2024, 1.0),
            ("cagr", 42.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1460 / 1030 - 1 = 41.748% -> 41.7
            ("cagr|implied", "exact"),  # (12000 / 1460) ** (1/6) - 1 = 42.060% -> 42.1
        ],
    ),
    # 11. Simplified Chinese city action plan: title years boilerplate, "168亿元" base and "突破500亿元" target,
    #     "较2024年增长近2倍" between two printed amounts = x3; firm count and "千亿级" nowhere
    dict(
        text=(
            "2025年1月，临江市印发《临江市促进数字人产业高质量发展行动计划（2025—2027年）》。计划显示，2024年全市数字人"
            "核心产业规模为168亿元，集聚相关企业420家。到2027年，力争全市数字人核心产业规模突破500亿元，较2024年增长近2倍，"
            "并带动形成千亿级数字内容产业集群。"
        ),
        obs=[
            ("Total", 2024, 168, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2027, 3.0),  # 增长近2倍 between two printed amounts -> x(2+1)
        ],
        verdicts=[],
    ),
    # 12. Traditional Chinese (Taiwan) association release in 新台幣億元: "126億元，較2023年的88億元成長43.2%",
    #     2027 forecast with stated 2024至2027年 CAGR; member count, 六成 survey answer and 百分點 nowhere
    dict(
        text=(
            "【台北訊】臺灣生成影音產業協會2025年5月12日發布調查指出，2024年台灣生成式AI影音市場規模達新台幣126億元，"
            "較2023年的88億元成長43.2%。協會預估，2027年市場規模可望達新台幣310億元，2024至2027年複合成長率約35.0%。"
            "在受訪的312家會員中，有六成已導入AI剪輯工具；影音類應用占企業生成式AI支出的比重較去年提高4個百分點。"
        ),
        obs=[
            ("Total", 2024, 126, "TWD 100 million", "actual"),
            ("Total", 2023, 88, "TWD 100 million", "actual"),
            ("Total", 2027, 310, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.2, "percent", 2023, 2024, 1.0),
            ("cagr", 35.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 126 / 88 - 1 = 43.182% -> 43.2
            ("cagr|implied", "exact"),  # (310 / 126) ** (1/3) - 1 = 34.999% -> 35.0
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) in 億港元: "約為18.6億港元，按年增長21.5%" from "15.3億港元" (rounding),
    #     "今年" = 2025 estimate; one developer's own revenue and a download count nowhere
    dict(
        text=(
            "（香港，2025年2月26日）本地研究機構恒思研究表示，香港AI遊戲及互動娛樂製作市場2024年規模約為18.6億港元，"
            "按年增長21.5%，2023年則為15.3億港元。恒思預期，市場今年將進一步擴大至23億港元。另一方面，本地遊戲開發商"
            "星澄互動去年AI相關收入為1.2億港元，旗下AI陪伴遊戲累計下載量突破800萬次。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2023, 15.3, "HKD 100 million", "actual"),
            ("Total", 2025, 23, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 18.6 / 15.3 - 1 = 21.569% -> 21.6, not 21.5;
            # bounds 18.55 / 15.35 - 1 = 20.847%, 18.65 / 15.25 - 1 = 22.295% -> 21.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese tracker item: AI陪伴 "32亿元 ... 186亿元，2023-2028年复合增长率为28.5%" which its own
    #     amounts contradict; a quarter's 流水, subscription prices, a funding round and valuation nowhere
    dict(
        text=(
            "据鲸测数据统计，2023年中国AI陪伴类应用市场规模为32亿元，预计2028年将达到186亿元，2023-2028年复合增长率为28.5%。"
            "2024年第四季度，该类应用单季流水约11亿元；主流产品会员订阅价格在每月30元至68元之间。"
            "某头部平台近日宣布完成5亿美元B轮融资，投后估值30亿美元。"
        ),
        obs=[
            ("Total", 2023, 32, "CNY 100 million", "actual"),
            ("Total", 2028, 186, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (186 / 32) ** (1/5) - 1 = 42.191%; bounds (185.5 / 32.5) ** (1/5) - 1 = 41.675%,
            # (186.5 / 31.5) ** (1/5) - 1 = 42.716% -> 28.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. English pipe table by modality with E columns and a Total row; table number boilerplate; four columns
    #     each adding exactly to the Total row
    dict(
        text=(
            "Table 3. Global generative-AI content market by modality, USD billion (Meridale Research, March 2025)\n"
            "| Modality | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Text | 4.8 | 6.9 | 9.4 | 12.3 |\n"
            "| Image | 3.1 | 4.6 | 6.2 | 8.0 |\n"
            "| Video | 1.2 | 2.5 | 4.6 | 7.8 |\n"
            "| Audio | 0.7 | 1.1 | 1.7 | 2.6 |\n"
            "| Total | 9.8 | 15.1 | 21.9 | 30.7 |\n"
            "Meridale expects video to overtake image in 2026; the estimates assume no new copyright levies."
        ),
        obs=[
            ("Text", 2023, 4.8, "USD billion", "actual"),
            ("Text", 2024, 6.9, "USD billion", "actual"),
            ("Text", 2025, 9.4, "USD billion", "estimate"),
            ("Text", 2026, 12.3, "USD billion", "estimate"),
            ("Image", 2023, 3.1, "USD billion", "actual"),
            ("Image", 2024, 4.6, "USD billion", "actual"),
            ("Image", 2025, 6.2, "USD billion", "estimate"),
            ("Image", 2026, 8.0, "USD billion", "estimate"),
            ("Video", 2023, 1.2, "USD billion", "actual"),
            ("Video", 2024, 2.5, "USD billion", "actual"),
            ("Video", 2025, 4.6, "USD billion", "estimate"),
            ("Video", 2026, 7.8, "USD billion", "estimate"),
            ("Audio", 2023, 0.7, "USD billion", "actual"),
            ("Audio", 2024, 1.1, "USD billion", "actual"),
            ("Audio", 2025, 1.7, "USD billion", "estimate"),
            ("Audio", 2026, 2.6, "USD billion", "estimate"),
            ("Total", 2023, 9.8, "USD billion", "actual"),
            ("Total", 2024, 15.1, "USD billion", "actual"),
            ("Total", 2025, 21.9, "USD billion", "estimate"),
            ("Total", 2026, 30.7, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.8 + 3.1 + 1.2 + 0.7 = 9.8
            ("hierarchy", "exact"),  # 2024: 6.9 + 4.6 + 2.5 + 1.1 = 15.1
            ("hierarchy", "exact"),  # 2025E: 9.4 + 6.2 + 4.6 + 1.7 = 21.9
            ("hierarchy", "exact"),  # 2026E: 12.3 + 8.0 + 7.8 + 2.6 = 30.7
        ],
    ),
    # 16. Simplified Chinese tab-separated table in 亿元 with a 合计 row (its label as printed) and a 2025E column;
    #     the 2024 column adds up only within rounding; sample-firm count nowhere
    dict(
        text=(
            "表2 中国数字人市场规模（单位：亿元）\n"
            "细分市场\t2022\t2023\t2024\t2025E\n"
            "服务型数字人\t64.3\t98.7\t141.2\t196.5\n"
            "身份型数字人\t57.9\t83.4\t117.6\t158.3\n"
            "合计\t122.2\t182.1\t258.9\t354.8\n"
            "注：2025E为预测值；身份型数字人含虚拟偶像、虚拟主播。数据来源：澄观研究院，样本企业共186家。"
        ),
        obs=[
            ("服务型数字人", 2022, 64.3, "CNY 100 million", "actual"),
            ("服务型数字人", 2023, 98.7, "CNY 100 million", "actual"),
            ("服务型数字人", 2024, 141.2, "CNY 100 million", "actual"),
            ("服务型数字人", 2025, 196.5, "CNY 100 million", "estimate"),
            ("身份型数字人", 2022, 57.9, "CNY 100 million", "actual"),
            ("身份型数字人", 2023, 83.4, "CNY 100 million", "actual"),
            ("身份型数字人", 2024, 117.6, "CNY 100 million", "actual"),
            ("身份型数字人", 2025, 158.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 122.2, "CNY 100 million", "actual"),
            ("合计", 2023, 182.1, "CNY 100 million", "actual"),
            ("合计", 2024, 258.9, "CNY 100 million", "actual"),
            ("合计", 2025, 354.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 64.3 + 57.9 = 122.2
            ("hierarchy", "exact"),     # 2023: 98.7 + 83.4 = 182.1
            ("hierarchy", "rounding"),  # 2024: 141.2 + 117.6 = 258.8 != 258.9; max 141.25 + 117.65 = 258.90 reaches it
            ("hierarchy", "exact"),     # 2025E: 196.5 + 158.3 = 354.8
        ],
    ),
    # 17. vertical pipe table whose rows are years, lone value column headed "USD million" (Total), a YoY column
    #     and a 2025F row: one rate exact, one rounding, one inconsistent, one exact; a track count nowhere
    dict(
        text=(
            "AI music generation — worldwide revenue (Tembrook Audio Insights, February 2025)\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 112 | — |\n"
            "| 2022 | 168 | 50.0% |\n"
            "| 2023 | 259 | 54.1% |\n"
            "| 2024 | 372 | 46.3% |\n"
            "| 2025F | 530 | 42.5% |\n"
            "Excludes streaming royalties. Tracks made with AI tools passed 40 million in 2024."
        ),
        obs=[
            ("Total", 2021, 112, "USD million", "actual"),
            ("Total", 2022, 168, "USD million", "actual"),
            ("Total", 2023, 259, "USD million", "actual"),
            ("Total", 2024, 372, "USD million", "actual"),
            ("Total", 2025, 530, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 50.0, "percent", 2021, 2022, 1.0),
            ("growth", 54.1, "percent", 2022, 2023, 1.0),
            ("growth", 46.3, "percent", 2023, 2024, 1.0),
            ("growth", 42.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 168 / 112 - 1 = 50.000% -> 50.0
            ("cagr|implied", "rounding"),      # 259 / 168 - 1 = 54.167% -> 54.2, not 54.1;
                                               # bounds 258.5 / 168.5 - 1 = 53.412%, 259.5 / 167.5 - 1 = 54.925%
            ("cagr|implied", "inconsistent"),  # 372 / 259 - 1 = 43.629%; bounds 371.5 / 259.5 - 1 = 43.160%,
                                               # 372.5 / 258.5 - 1 = 44.101% -> 46.3 unreachable
            ("cagr|implied", "exact"),         # 530 / 372 - 1 = 42.473% -> 42.5
        ],
    ),
    # 18. a users table beside a value table (space-aligned): only the spending table's figures are observations;
    #     its regions add exactly to Total; MAU and a quarter's spending nowhere
    dict(
        text=(
            "Table A. AI companion apps: monthly active users (million)\n"
            "Region            2023     2024\n"
            "North America     38.2     51.6\n"
            "Europe            29.5     40.3\n"
            "Asia-Pacific      61.0     88.4\n"
            "\n"
            "Table B. AI companion apps: consumer spending (USD million)\n"
            "Region            2023     2024\n"
            "North America      398      583\n"
            "Europe             214      331\n"
            "Asia-Pacific       287      452\n"
            "Total              899     1366\n"
            "Fourth-quarter 2024 spending was USD 402 million. Source: Appvane Intelligence."
        ),
        obs=[
            ("North America", 2023, 398, "USD million", "actual"),
            ("North America", 2024, 583, "USD million", "actual"),
            ("Europe", 2023, 214, "USD million", "actual"),
            ("Europe", 2024, 331, "USD million", "actual"),
            ("Asia-Pacific", 2023, 287, "USD million", "actual"),
            ("Asia-Pacific", 2024, 452, "USD million", "actual"),
            ("Total", 2023, 899, "USD million", "actual"),
            ("Total", 2024, 1366, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 398 + 214 + 287 = 899
            ("hierarchy", "exact"),  # 2024: 583 + 331 + 452 = 1366
        ],
    ),
    # 19. Japanese forum's table in 億円 (JPY 100 million), FY columns with e, comma thousands, a Total row, and a
    #     stated FY2024-FY2028 CAGR under it; edition year boilerplate
    dict(
        text=(
            "Japan: generative-AI content market by use (¥100 million / 億円). Japan Digital Creators Forum, 2025 edition\n"
            "Use                        FY2023   FY2024   FY2025e   FY2028e\n"
            "Anime & film production       410      620       880     1,950\n"
            "Games                         530      790     1,120     2,400\n"
            "Advertising & marketing       680      940     1,260     2,300\n"
            "Music & voice                 120      190       270       610\n"
            "Total                       1,740    2,540     3,530     7,260\n"
            "The Forum expects the total to grow at a CAGR of 30.0% over FY2024-FY2028."
        ),
        obs=[
            ("Anime & film production", 2023, 410, "JPY 100 million", "actual"),
            ("Anime & film production", 2024, 620, "JPY 100 million", "actual"),
            ("Anime & film production", 2025, 880, "JPY 100 million", "estimate"),
            ("Anime & film production", 2028, 1950, "JPY 100 million", "estimate"),
            ("Games", 2023, 530, "JPY 100 million", "actual"),
            ("Games", 2024, 790, "JPY 100 million", "actual"),
            ("Games", 2025, 1120, "JPY 100 million", "estimate"),
            ("Games", 2028, 2400, "JPY 100 million", "estimate"),
            ("Advertising & marketing", 2023, 680, "JPY 100 million", "actual"),
            ("Advertising & marketing", 2024, 940, "JPY 100 million", "actual"),
            ("Advertising & marketing", 2025, 1260, "JPY 100 million", "estimate"),
            ("Advertising & marketing", 2028, 2300, "JPY 100 million", "estimate"),
            ("Music & voice", 2023, 120, "JPY 100 million", "actual"),
            ("Music & voice", 2024, 190, "JPY 100 million", "actual"),
            ("Music & voice", 2025, 270, "JPY 100 million", "estimate"),
            ("Music & voice", 2028, 610, "JPY 100 million", "estimate"),
            ("Total", 2023, 1740, "JPY 100 million", "actual"),
            ("Total", 2024, 2540, "JPY 100 million", "actual"),
            ("Total", 2025, 3530, "JPY 100 million", "estimate"),
            ("Total", 2028, 7260, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 410 + 530 + 680 + 120 = 1740
            ("hierarchy", "exact"),     # FY2024: 620 + 790 + 940 + 190 = 2540
            ("hierarchy", "exact"),     # FY2025e: 880 + 1120 + 1260 + 270 = 3530
            ("hierarchy", "exact"),     # FY2028e: 1950 + 2400 + 2300 + 610 = 7260
            ("cagr|implied", "exact"),  # (7260 / 2540) ** (1/4) - 1 = 30.025% -> 30.0
        ],
    ),
    # 20. Simplified Chinese pipe table of one year's structure: 市场规模 and 占比 columns, 合计 row (its 100.0% no
    #     claim); each share's part and whole printed -> arithmetic verdicts; rows add to 合计; 百分点 note nowhere
    dict(
        text=(
            "2024年中国AIGC应用市场结构（单位：亿元）\n"
            "| 应用领域 | 市场规模 | 占比 |\n"
            "|---|---|---|\n"
            "| 文本生成 | 412 | 28.2% |\n"
            "| 图像生成 | 356 | 24.4% |\n"
            "| 视频生成 | 298 | 20.4% |\n"
            "| 音频生成 | 131 | 9.0% |\n"
            "| 跨模态及其他 | 263 | 18.0% |\n"
            "| 合计 | 1,460 | 100.0% |\n"
            "注：视频生成占比较2023年提高5.6个百分点。"
        ),
        obs=[
            ("文本生成", 2024, 412, "CNY 100 million", "actual"),
            ("图像生成", 2024, 356, "CNY 100 million", "actual"),
            ("视频生成", 2024, 298, "CNY 100 million", "actual"),
            ("音频生成", 2024, 131, "CNY 100 million", "actual"),
            ("跨模态及其他", 2024, 263, "CNY 100 million", "actual"),
            ("合计", 2024, 1460, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 28.2, "percent", 2024, 2024, None),
            ("share", 24.4, "percent", 2024, 2024, None),
            ("share", 20.4, "percent", 2024, 2024, None),
            ("share", 9.0, "percent", 2024, 2024, None),
            ("share", 18.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 1460 = 28.219% -> 28.2
            ("arithmetic", "exact"),  # 356 / 1460 = 24.384% -> 24.4
            ("arithmetic", "exact"),  # 298 / 1460 = 20.411% -> 20.4
            ("arithmetic", "exact"),  # 131 / 1460 = 8.973% -> 9.0
            ("arithmetic", "exact"),  # 263 / 1460 = 18.014% -> 18.0
            ("hierarchy", "exact"),   # 412 + 356 + 298 + 131 + 263 = 1460
        ],
    ),
    # 21. dated news, app tracker: "$1.42 billion ... last year, up 86% from $763 million" (series in USD billion,
    #    763 million converted), a stated 2024-2029 CAGR; downloads, percentage points, a paid-user rate, a company's
    #    own bookings and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "SAN FRANCISCO, 12 February 2025 — Consumers and small studios spent $1.42 billion on AI video-generation "
            "apps and tools last year, up 86% from $763 million in 2023, according to app-intelligence tracker "
            "Lumaframe Analytics. Downloads of the category's twenty biggest apps passed 310 million, and the share of "
            "users on a paid plan rose 4 percentage points to 11%. Lumaframe expects spending to reach $6.9 billion in "
            "2029, a 2024-2029 compound annual growth rate of 37.2%. The category leader, Vireo Studio, said its own "
            "bookings hit $212 million, and investors now describe AI video as a multibillion-dollar opportunity."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 0.763, "USD billion", "actual"),
            ("Total", 2029, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 86, "percent", 2023, 2024, 1.0),
            ("cagr", 37.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 0.763 - 1 = 86.107% -> 86
            ("cagr|period", "exact"),   # (6.9 / 1.42) ** (1/5) - 1 = 37.187% -> 37.2
        ],
    ),
    # 22. earnings-call prepared remarks: the TAM the company sizes is the Total; "more than fivefold" (x5, 6 years)
    #    and "a compound rate near 32%" inferred from the amounts' years; quarterly revenue, subscribers, monthly
    #    price, margin, the company's share goal, a price target and its upside nowhere
    dict(
        text=(
            "Halcyon Labs, fourth-quarter 2024 earnings call, 20 February 2025 — prepared remarks of chief financial "
            "officer Dana Whitlock: “Fourth-quarter revenue was $48.2 million, and we closed the year with 3.1 million "
            "paying subscribers on plans averaging $12.99 a month. We size the total addressable market for AI "
            "companionship at $14 billion in 2024, and we expect it to grow more than fivefold to roughly $75 billion "
            "by 2030, a compound rate near 32%. Gross margin held at 71%, and we are reiterating our goal of a 10% "
            "share of that market.” Brampton Securities kept its $64 price target on the stock, implying 28% upside."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2030, 75, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2030, 6.0),  # "more than fivefold": x5, no verdict
            ("cagr", 32, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (75 / 14) ** (1/6) - 1 = 32.278% -> 32
        ],
    ),
    # 23. Japanese association in English, yen: "¥38.6 billion in fiscal 2024, a 27% rise from ¥30.4 billion a year
    #    earlier", a segment share with no amount (no arithmetic verdict), a fiscal-2026 forecast; member count,
    #    survey answer and a Korean market in won nowhere
    dict(
        text=(
            "TOKYO, 14 May 2025 — Japan's market for AI-composed music, voice synthesis and generated sound design "
            "reached ¥38.6 billion in fiscal 2024, a 27% rise from ¥30.4 billion a year earlier, according to the "
            "Nippon Synthetic Audio Council. Voice synthesis for anime, games and audiobooks made up 44% of the total. "
            "The council, which surveyed 412 member companies, forecasts the market at ¥61 billion in fiscal 2026; 58% "
            "of respondents said they had already used AI-generated voices in a commercial project. In South Korea, "
            "the Seoul-based Creative Audio Forum puts the comparable market at 260 billion won."
        ),
        obs=[
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2023, 30.4, "JPY billion", "actual"),
            ("Total", 2026, 61, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 30.4 - 1 = 26.974% -> 27
        ],
    ),
    # 24. research brief: "up 45% on the $1.9 billion recorded in 2023" contradicted by its own amounts
    #    (inconsistent); a 2025 range gives two value claims; report title year and number, images generated,
    #    respondents and a survey share nowhere
    dict(
        text=(
            "From Corvane Media Research's brief 'Generative Imaging Outlook 2025' (report no. CMR-0417): global "
            "revenue from AI image-generation software and services came to $2.4 billion in 2024, up 45% on the "
            "$1.9 billion recorded in 2023. For 2025 the firm gives a range of $3.1 billion to $3.6 billion, depending "
            "on how quickly enterprise licensing catches on. Users generated an estimated 15 billion images in 2024. "
            "Corvane polled 1,800 creative professionals, 64% of whom now use an image generator every week."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2023, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
            ("value", 3.1, "USD billion", 2025, 2025, None),
            ("value", 3.6, "USD billion", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 2.4 / 1.9 - 1 = 26.3%; bounds 2.35/1.95 - 1 = 20.5% to
                                               # 22.45/1.85 - 1 = 32.4%; 45 out of reach
        ],
    ),
    # 25. briefing note, games: Total and two parts in prose ("of which asset and art generation took $1.12 billion,
    #    or 39%" -> arithmetic); a quarter's spending, studios polled, survey answer, funding and valuation nowhere
    dict(
        text=(
            "Ostrava Games Forum briefing note, 3 April 2025. Game studios worldwide spent $2.85 billion on generative "
            "AI tools and services in 2024, of which asset and art generation took $1.12 billion, or 39%. Code and "
            "testing assistants accounted for $0.64 billion. Spending in the fourth quarter alone came to $840 "
            "million. Of the 350 studios the forum polled, 71% said AI had shortened their art pipeline. Start-ups "
            "building such tools raised $1.3 billion in the year, led by Kestrel Forge's $120 million round at a "
            "$1.5 billion valuation."
        ),
        obs=[
            ("Total", 2024, 2.85, "USD billion", "actual"),
            ("Asset and art generation", 2024, 1.12, "USD billion", "actual"),
            ("Code and testing assistants", 2024, 0.64, "USD billion", "actual"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.12 / 2.85 = 39.298% -> 39
        ],
    ),
    # 26. Simplified Chinese news on an AIGC report: 约1126亿元 with 同比增长48.2% and its 2023 base, 2030 target
    #    "将超过1.1万亿元" converted to the series' 亿元 (11000), a stated 2024—2030 CAGR; report title year,
    #    备案 count and 千亿级 nowhere
    dict(
        text=(
            "北京，2025年3月18日——星衡研究院发布的《2025中国AIGC产业全景报告》显示，2024年中国AIGC市场规模约为1126亿元，"
            "同比增长48.2%，2023年这一数字为760亿元。报告预计，到2030年中国AIGC市场规模将超过1.1万亿元，"
            "2024—2030年复合增长率约为46%。截至2024年底，已完成备案的生成式人工智能服务达302款，"
            "业内普遍将AIGC视为千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 1126, "CNY 100 million", "actual"),
            ("Total", 2023, 760, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 48.2, "percent", 2023, 2024, 1.0),
            ("cagr", 46, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1126 / 760 - 1 = 48.158% -> 48.2
            ("cagr|period", "exact"),   # (11000 / 1126) ** (1/6) - 1 = 46.210% -> 46
        ],
    ),
    # 27. Simplified Chinese city action plan for digital humans: target "突破500亿元" in 2026, base 180亿元 in 2023,
    #    "增长约1.8倍" between two printed amounts = x2.8 over 3 years (no verdict); plan title years, counts of
    #    leading firms and their revenue threshold, scenarios, firm count and headcount nowhere
    dict(
        text=(
            "《临江市促进数字人产业创新发展行动计划（2024—2026年）》日前印发。计划提出，到2026年，全市数字人产业规模突破500亿元，"
            "较2023年的180亿元增长约1.8倍；培育营收超10亿元的龙头企业10家以上，打造100个以上典型应用场景。"
            "2023年，全市数字人相关企业超过600家，从业人员约2.3万人。"
        ),
        obs=[
            ("Total", 2026, 500, "CNY 100 million", "estimate"),
            ("Total", 2023, 180, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2023, 2026, 3.0),  # 增长1.8倍 between 180 and 500 -> x2.8
        ],
        verdicts=[],
    ),
    # 28. Traditional Chinese (Taiwan), 新台幣億元: "86.5億元，年增31.6%，2023年為65.7億元" exact only within rounding;
    #    今年 (2025) forecast 118億元 an estimate; respondents, survey share, a listed company's quarterly revenue
    #    nowhere
    dict(
        text=(
            "台北，2025年4月9日——台灣數位內容產業協進會今日公布調查，2024年台灣生成式AI影音服務市場規模達新台幣86.5億元，"
            "年增31.6%，2023年為65.7億元。協進會預估，今年市場規模可望成長至新台幣118億元。受訪的320家業者中，"
            "有67%表示已將AI生成影片用於行銷素材；另有一家上市公司今年第一季相關營收為新台幣3.2億元。"
        ),
        obs=[
            ("Total", 2024, 86.5, "TWD 100 million", "actual"),
            ("Total", 2023, 65.7, "TWD 100 million", "actual"),
            ("Total", 2025, 118, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 86.5 / 65.7 - 1 = 31.659% -> 31.7, not 31.6; bounds
                                           # 106.45/65.75 - 1 = 31.48% to 86.55/65.65 - 1 = 31.84% reach 31.6
        ],
    ),
    # 29. Traditional Chinese (Hong Kong), 億港元: 去年 (2024) "約為12.8億港元，按年增長23%", 2023 10.4億港元, 2027
    #    target; a start-up's funding and valuation and a count of virtual streamers nowhere
    dict(
        text=(
            "香港，2025年1月——本地顧問公司嘉溢策略研究指出，香港虛擬人及數字化身市場規模去年約為12.8億港元，按年增長23%；"
            "2023年則為10.4億港元。該公司預期，到2027年市場規模可望達到25億港元。報告並提到，一家本地虛擬偶像初創公司"
            "上月完成2億港元融資，估值達18億港元；目前本港活躍的虛擬主播約有1,500名。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2027, 25, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.8 / 10.4 - 1 = 23.077% -> 23
        ],
    ),
    # 30. Simplified Chinese, AI music: "较上年的21.5亿元增长65%" against 38.7亿元 (inconsistent); 约占四成 (a share in
    #     words), MAU, a subscription price nowhere; 2025 "55亿元左右" at its printed figure
    dict(
        text=(
            "【音乐产业观察】据听澜咨询统计，2024年中国AI音乐市场规模为38.7亿元，较上年的21.5亿元增长65%。其中，"
            "AI作曲与编曲工具约占四成。头部平台AI歌手相关内容的月活跃用户已超过1.2亿，会员订阅价格为每月15元。"
            "听澜预计，2025年市场规模将达到55亿元左右。"
        ),
        obs=[
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2023, 21.5, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 65, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 38.7 / 21.5 - 1 = 80.0%; bounds 38.65/21.55 - 1 = 79.35% to
                                               # 58.75/21.45 - 1 = 80.65%; 65 out of reach
        ],
    ),
    # 31. Traditional Chinese (Taiwan), AI companion apps by subscription: 14.2億元 vs 9.1億元 "成長56%"; downloads,
    #     percentage points, a paid-user rate and a monthly-fee range (299元至499元, prices, no value claims) nowhere
    dict(
        text=(
            "根據應用程式市調機構星軌數據，2024年台灣AI陪伴聊天App的訂閱營收規模達新台幣14.2億元，較2023年的9.1億元成長56%。"
            "全年下載量突破800萬次，付費用戶比例則提升4.2個百分點至9.6%。主流App的月費多落在新台幣299元至499元之間。"
            "星軌預估，2026年市場規模將達新台幣27億元。"
        ),
        obs=[
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2023, 9.1, "TWD 100 million", "actual"),
            ("Total", 2026, 27, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 56, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.2 / 9.1 - 1 = 56.044% -> 56
        ],
    ),
    # 32. Simplified Chinese broker research, AI video: 约40亿元 (2023) to 300亿元 (2027), "对应年均复合增速66%" inferred
    #     from the amounts' years, exact only within rounding; rating, price target and upside, the company's own
    #     revenue in 亿元 and hours of video nowhere
    dict(
        text=(
            "【云岫证券·传媒行业深度】我们测算，2023年国内AI视频生成市场规模约40亿元，2027年有望达到300亿元，"
            "对应年均复合增速66%。维持行业“推荐”评级，给予龙头公司目标价58元，较现价有35%的上涨空间。"
            "该公司2024年AI视频业务收入为4.6亿元，全年用户生成视频时长超过2,000万小时。"
        ),
        obs=[
            ("Total", 2023, 40, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 66, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (300 / 40) ** (1/4) - 1 = 65.488% -> 65, not 66; bounds
                                          # (299.5/40.5) ** 0.25 - 1 = 64.91% to (300.5/39.5) ** 0.25 - 1 = 66.08%
                                          # reach 66
        ],
    ),
    # 33. Simplified Chinese, AIGC by modality in prose: Total 680亿元 and three parts with their shares (arithmetic:
    #     two exact, one within rounding); parts do not add to the total; percentage points and a firm count nowhere
    dict(
        text=(
            "据洞微智库数据，2024年我国AIGC应用市场规模为680亿元。分模态看，文本生成258亿元，占比37.9%；图像生成196亿元，"
            "占28.8%；视频生成141亿元，占20.8%，其占比较2023年提升了6.3个百分点。洞微此次共调研企业1,050家。"
        ),
        obs=[
            ("Total", 2024, 680, "CNY 100 million", "actual"),
            ("文本生成", 2024, 258, "CNY 100 million", "actual"),
            ("图像生成", 2024, 196, "CNY 100 million", "actual"),
            ("视频生成", 2024, 141, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 37.9, "percent", 2024, 2024, None),
            ("share", 28.8, "percent", 2024, 2024, None),
            ("share", 20.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 258 / 680 = 37.941% -> 37.9
            ("arithmetic", "exact"),     # 196 / 680 = 28.824% -> 28.8
            ("arithmetic", "rounding"),  # 141 / 680 = 20.735% -> 20.7, not 20.8; bounds 140.5/680.5 = 20.65% to
                                         # 161.5/679.5 = 20.82% reach 20.8
        ],
    ),
    # 34. Simplified Chinese conference news: the series opens in 万亿元 ("突破1.2万亿元" in 2030), so 去年 4120亿元 and
    #     今年 4800亿元 are expected in CNY trillion; 今年 figure an estimate; 同比增长16.5%; funding round, streaming
    #     hours and firm count nowhere
    dict(
        text=(
            "深圳，2025年6月20日——在今天开幕的数字内容产业大会上，主办方发布报告预计，到2030年我国数字人带动的产业市场规模"
            "将突破1.2万亿元。报告显示，去年这一市场规模为4120亿元，今年预计达到4800亿元，同比增长16.5%。会上，一家虚拟主播"
            "公司宣布完成3亿元B轮融资，其数字人主播累计直播时长已超过50万小时；参会企业超过300家。"
        ),
        obs=[
            ("Total", 2030, 1.2, "CNY trillion", "estimate"),
            ("Total", 2024, 0.412, "CNY trillion", "actual"),
            ("Total", 2025, 0.48, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4800 / 4120 - 1 = 16.505% -> 16.5
        ],
    ),
    # 35. English pipe table by modality with E columns and a Total row; columns 2023-2025E add exactly, 2026E adds
    #     to 20.5 against a printed 20.6 (rounding); table number nowhere
    dict(
        text=(
            "Table 3. Global generative AI content market by modality (USD billion)\n"
            "\n"
            "| Modality | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Text | 4.2 | 5.9 | 7.8 | 9.9 |\n"
            "| Image | 2.1 | 2.9 | 3.8 | 4.7 |\n"
            "| Video | 0.9 | 1.6 | 2.7 | 4.1 |\n"
            "| Audio and music | 0.6 | 0.9 | 1.3 | 1.8 |\n"
            "| Total | 7.8 | 11.3 | 15.6 | 20.6 |\n"
            "\n"
            "Source: Pellucid Media Research. Totals may not add because of rounding."
        ),
        obs=[
            ("Text", 2023, 4.2, "USD billion", "actual"),
            ("Text", 2024, 5.9, "USD billion", "actual"),
            ("Text", 2025, 7.8, "USD billion", "estimate"),
            ("Text", 2026, 9.9, "USD billion", "estimate"),
            ("Image", 2023, 2.1, "USD billion", "actual"),
            ("Image", 2024, 2.9, "USD billion", "actual"),
            ("Image", 2025, 3.8, "USD billion", "estimate"),
            ("Image", 2026, 4.7, "USD billion", "estimate"),
            ("Video", 2023, 0.9, "USD billion", "actual"),
            ("Video", 2024, 1.6, "USD billion", "actual"),
            ("Video", 2025, 2.7, "USD billion", "estimate"),
            ("Video", 2026, 4.1, "USD billion", "estimate"),
            ("Audio and music", 2023, 0.6, "USD billion", "actual"),
            ("Audio and music", 2024, 0.9, "USD billion", "actual"),
            ("Audio and music", 2025, 1.3, "USD billion", "estimate"),
            ("Audio and music", 2026, 1.8, "USD billion", "estimate"),
            ("Total", 2023, 7.8, "USD billion", "actual"),
            ("Total", 2024, 11.3, "USD billion", "actual"),
            ("Total", 2025, 15.6, "USD billion", "estimate"),
            ("Total", 2026, 20.6, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 4.2 + 2.1 + 0.9 + 0.6 = 7.8
            ("hierarchy", "exact"),     # 2024: 5.9 + 2.9 + 1.6 + 0.9 = 11.3
            ("hierarchy", "exact"),     # 2025E: 7.8 + 3.8 + 2.7 + 1.3 = 15.6
            ("hierarchy", "rounding"),  # 2026E: 9.9 + 4.7 + 4.1 + 1.8 = 20.5, not 20.6; parts at +/-0.05 each give
                                        # 40.3 to 20.7, reaching 20.6
        ],
    ),
    # 36. Simplified Chinese tab-separated table, digital humans by segment, 亿元, 2025E column and a 合计 row adding
    #     exactly; note's firm count and table number nowhere
    dict(
        text=(
            "表2　中国虚拟数字人市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025E\n"
            "服务型数字人\t88.6\t121.4\t160.2\n"
            "身份型数字人\t64.3\t82.7\t103.5\n"
            "数字人技术与平台\t52.1\t70.4\t91.8\n"
            "合计\t205.0\t274.5\t355.5\n"
            "注：2025年为预测值；样本覆盖企业186家。数据来源：栖梧数字经济研究所。"
        ),
        obs=[
            ("服务型数字人", 2023, 88.6, "CNY 100 million", "actual"),
            ("服务型数字人", 2024, 121.4, "CNY 100 million", "actual"),
            ("服务型数字人", 2025, 160.2, "CNY 100 million", "estimate"),
            ("身份型数字人", 2023, 64.3, "CNY 100 million", "actual"),
            ("身份型数字人", 2024, 82.7, "CNY 100 million", "actual"),
            ("身份型数字人", 2025, 103.5, "CNY 100 million", "estimate"),
            ("数字人技术与平台", 2023, 52.1, "CNY 100 million", "actual"),
            ("数字人技术与平台", 2024, 70.4, "CNY 100 million", "actual"),
            ("数字人技术与平台", 2025, 91.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 205.0, "CNY 100 million", "actual"),
            ("合计", 2024, 274.5, "CNY 100 million", "actual"),
            ("合计", 2025, 355.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 88.6 + 64.3 + 52.1 = 205.0
            ("hierarchy", "exact"),  # 2024: 121.4 + 82.7 + 70.4 = 274.5
            ("hierarchy", "exact"),  # 2025E: 160.2 + 103.5 + 91.8 = 355.5
        ],
    ),
    # 37. two space-aligned English tables side by side: monthly active users (no money, nowhere) and consumer
    #     spending in USD million by region with a Total row; "Spending rose 75% in 2024" checked; the 59% rise in
    #     users and the title years nowhere
    dict(
        text=(
            "Xylo Insight: AI companion apps, 2023-2024\n"
            "\n"
            "Table A  Monthly active users (million)\n"
            "Region          2023     2024\n"
            "North America   21.4     33.9\n"
            "Europe          12.8     20.6\n"
            "Asia-Pacific    38.5     61.2\n"
            "Total           72.7    115.7\n"
            "\n"
            "Table B  Consumer spending on AI companion apps (USD million)\n"
            "Region          2023     2024\n"
            "North America    412      689\n"
            "Europe           158      271\n"
            "Asia-Pacific     236      447\n"
            "Total            806    1,407\n"
            "\n"
            "Spending rose 75% in 2024, well ahead of the 59% rise in users."
        ),
        obs=[
            ("North America", 2023, 412, "USD million", "actual"),
            ("North America", 2024, 689, "USD million", "actual"),
            ("Europe", 2023, 158, "USD million", "actual"),
            ("Europe", 2024, 271, "USD million", "actual"),
            ("Asia-Pacific", 2023, 236, "USD million", "actual"),
            ("Asia-Pacific", 2024, 447, "USD million", "actual"),
            ("Total", 2023, 806, "USD million", "actual"),
            ("Total", 2024, 1407, "USD million", "actual"),
        ],
        claims=[
            ("growth", 75, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1407 / 806 - 1 = 74.566% -> 75
            ("hierarchy", "exact"),     # 2023: 412 + 158 + 236 = 806
            ("hierarchy", "exact"),     # 2024: 689 + 271 + 447 = 1407
        ],
    ),
    # 38. vertical pipe table, rows are fiscal years, a lone value column headed by its unit only (億円 -> Total,
    #     JPY 100 million) and a YoY column; FY2025F an estimate; FY2024's 37.4% exact only within rounding;
    #     member-studio count nowhere
    dict(
        text=(
            "Japan Generative Content Association (JGCA) — domestic market for AI tools in anime and game production\n"
            "\n"
            "| Fiscal year | 億円 | YoY |\n"
            "|---|---|---|\n"
            "| FY2021 | 182 | — |\n"
            "| FY2022 | 247 | 35.7% |\n"
            "| FY2023 | 341 | 38.1% |\n"
            "| FY2024 | 468 | 37.4% |\n"
            "| FY2025F | 630 | 34.6% |\n"
            "\n"
            "The association counted 96 member studios using such tools in FY2024."
        ),
        obs=[
            ("Total", 2021, 182, "JPY 100 million", "actual"),
            ("Total", 2022, 247, "JPY 100 million", "actual"),
            ("Total", 2023, 341, "JPY 100 million", "actual"),
            ("Total", 2024, 468, "JPY 100 million", "actual"),
            ("Total", 2025, 630, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.7, "percent", 2021, 2022, 1.0),
            ("growth", 38.1, "percent", 2022, 2023, 1.0),
            ("growth", 37.4, "percent", 2023, 2024, 1.0),
            ("growth", 34.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 247 / 182 - 1 = 35.714% -> 35.7
            ("cagr|implied", "exact"),     # 341 / 247 - 1 = 38.057% -> 38.1
            ("cagr|implied", "rounding"),  # 468 / 341 - 1 = 37.243% -> 37.2, not 37.4; bounds 467.5/341.5 - 1 =
                                           # 56.90% to 468.5/340.5 - 1 = 37.59% reach 37.4
            ("cagr|implied", "exact"),     # 630 / 468 - 1 = 34.615% -> 34.6
        ],
    ),
    # 39. space-aligned English table by segment, 2024 and 2029F with a "CAGR 2024-29" column (stated spans), a
    #     Total row adding exactly; the sound-effects CAGR exact only within rounding; a quarter's downloads nowhere
    dict(
        text=(
            "Fenwick & Rae Consulting — generative audio market by segment, worldwide (USD million)\n"
            "\n"
            "Segment                  2024     2029F   CAGR 2024-29\n"
            "Music generation          312     1,480          36.5%\n"
            "Voice cloning & TTS       655     2,310          28.7%\n"
            "Sound effects & foley      88       420          36.6%\n"
            "Total                   1,055     4,210          31.9%\n"
            "\n"
            "One leading voice-cloning app alone logged 9.4 million downloads in the first quarter."
        ),
        obs=[
            ("Music generation", 2024, 312, "USD million", "actual"),
            ("Music generation", 2029, 1480, "USD million", "estimate"),
            ("Voice cloning & TTS", 2024, 655, "USD million", "actual"),
            ("Voice cloning & TTS", 2029, 2310, "USD million", "estimate"),
            ("Sound effects & foley", 2024, 88, "USD million", "actual"),
            ("Sound effects & foley", 2029, 420, "USD million", "estimate"),
            ("Total", 2024, 1055, "USD million", "actual"),
            ("Total", 2029, 4210, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 36.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 28.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 36.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 31.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),     # (1480 / 312) ** (1/5) - 1 = 36.528% -> 36.5
            ("cagr|period", "exact"),     # (2310 / 655) ** (1/5) - 1 = 28.669% -> 28.7
            ("cagr|period", "rounding"),  # (420 / 88) ** (1/5) - 1 = 36.695% -> 36.7, not 36.6; bounds
                                          # (419.5/88.5) ** 0.2 - 1 = 36.51% to (420.5/87.5) ** 0.2 - 1 = 36.88%
                                          # reach 36.6
            ("cagr|period", "exact"),     # (4210 / 1055) ** (1/5) - 1 = 31.888% -> 31.9
            ("hierarchy", "exact"),       # 2024: 312 + 655 + 88 = 1055
            ("hierarchy", "exact"),       # 2029F: 1480 + 2310 + 420 = 4210
        ],
    ),
    # 40. Traditional Chinese pipe table, Taiwan, 新台幣億元, a "2025年(預估)" column and a 合計 row adding exactly;
    #     a note's share of 影音生成 in 2024 (arithmetic); percentage points, sample size and table number nowhere
    dict(
        text=(
            "表1　台灣生成式AI內容應用市場規模（單位：新台幣億元）\n"
            "\n"
            "| 應用類別 | 2023年 | 2024年 | 2025年(預估) |\n"
            "|---|---|---|---|\n"
            "| 行銷文案與圖像 | 58.4 | 79.6 | 101.3 |\n"
            "| 影音生成 | 21.7 | 36.2 | 55.8 |\n"
            "| 遊戲與互動娛樂 | 14.9 | 22.5 | 31.0 |\n"
            "| 虛擬人與直播 | 9.3 | 13.8 | 19.6 |\n"
            "| 合計 | 104.3 | 152.1 | 207.7 |\n"
            "\n"
            "說明：2024年影音生成占整體市場的23.8%，比重較前一年提高3.0個百分點。資料來源：台灣數位內容產業協進會，"
            "樣本涵蓋412家業者。"
        ),
        obs=[
            ("行銷文案與圖像", 2023, 58.4, "TWD 100 million", "actual"),
            ("行銷文案與圖像", 2024, 79.6, "TWD 100 million", "actual"),
            ("行銷文案與圖像", 2025, 101.3, "TWD 100 million", "estimate"),
            ("影音生成", 2023, 21.7, "TWD 100 million", "actual"),
            ("影音生成", 2024, 36.2, "TWD 100 million", "actual"),
            ("影音生成", 2025, 55.8, "TWD 100 million", "estimate"),
            ("遊戲與互動娛樂", 2023, 14.9, "TWD 100 million", "actual"),
            ("遊戲與互動娛樂", 2024, 22.5, "TWD 100 million", "actual"),
            ("遊戲與互動娛樂", 2025, 31.0, "TWD 100 million", "estimate"),
            ("虛擬人與直播", 2023, 9.3, "TWD 100 million", "actual"),
            ("虛擬人與直播", 2024, 13.8, "TWD 100 million", "actual"),
            ("虛擬人與直播", 2025, 19.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 104.3, "TWD 100 million", "actual"),
            ("合計", 2024, 152.1, "TWD 100 million", "actual"),
            ("合計", 2025, 207.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 23.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 36.2 / 152.1 = 23.800% -> 23.8
            ("hierarchy", "exact"),   # 2023: 58.4 + 21.7 + 14.9 + 9.3 = 104.3
            ("hierarchy", "exact"),   # 2024: 79.6 + 36.2 + 22.5 + 13.8 = 152.1
            ("hierarchy", "exact"),   # 2025(預估): 101.3 + 55.8 + 31.0 + 19.6 = 207.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 10, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 52.0% from $908 million',
    'total addressable market for AI video generation',
    'a 2024-2029 CAGR of 38.3%',
    'a CAGR of 34.5% over 2024-2030',
    '¥186.0 billion in fiscal 2024',
    'a 25.0% share',
    'up 45% from',
    '$1.1 billion last year',
    'between $3.5 billion and $4.2 billion in 2028',
    'will grow 38.3% a year to $2.87 billion in 2029',
    'roughly sevenfold',
    '将超过1.2万亿元',
    '较2024年增长近2倍',
    '新台幣126億元，較2023年的88億元成長43.2%',
    '約為18.6億港元，按年增長21.5%',
    '| Modality | 2023 | 2024 | 2025E | 2026E |',
    '合计\t122.2\t182.1\t258.9\t354.8',
    '| Year | USD million | YoY |',
    'FY2025e',
    '| 合计 | 1,460 | 100.0% |',
    'up 86% from $763 million in 2023',
    'a 2024-2029 compound annual growth rate of',
    'total addressable market for AI companionship',
    'grow more than fivefold to roughly $75 billion',
    'a 27% rise from ¥30.4 billion a year earlier',
    'a range of $3.1 billion to $3.6 billion',
    'of which asset and art generation took',
    '将超过1.1万亿元',
    '较2023年的180亿元增长约1.8倍',
    '年增31.6%',
    '按年增長23%',
    '较上年的21.5亿元增长65%',
    '对应年均复合增速66%',
    '占比37.9%',
    '今年预计达到4800亿元',
    '| 2025E | 2026E |',
    '2023年\t2024年\t2025E',
    'Table B  Consumer spending on AI companion apps (USD million)',
    '| Fiscal year | 億円 | YoY |',
    'CAGR 2024-29',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 200
#: figures, 43 rates, 77 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-twentieth and hundred-and-twenty-second sets: 220, 43, 77 and 2;
#: after those chosen on the hundred-and-twenty-fourth and hundred-and-twenty-sixth: 221, 44, 78 and 2
FLOORS = {"figures_found": 224, "rates_found": 44, "verdicts_right": 80}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset123.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
