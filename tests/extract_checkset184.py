"""A hundred-and-eighty-fourth check set for the extractor, written blind: AI in music, film and the creative arts: AI
music generation and mastering tools, AI in film post-production and visual effects, AI dubbing and subtitling,
generative art and design tools for studios, AI rights management and royalty tracking for labels and collecting
societies; sized in money by music-industry bodies, film and broadcast associations, streaming platforms' investor
days, culture ministries' plans, brokers and research houses in the United Kingdom, Sweden, South Korea, Japan, India,
Nigeria, the United States, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole
recorded-music, box-office or streaming market beside the AI part, tracks uploaded per day, subscribers or listeners,
a label's own revenue or profit, royalty rates, a funding round and valuation, a quarter's figures, a survey's
percentages, ticket counts.

Snippets 1-20: Twenty snippets on AI in music, film and the creative arts: eight English prose pieces (London wire
release, Mumbai fiscal-year broker note, Stockholm briefing with segment shares, Lagos story quoting two houses, New
York investor-day TAM, UK culture-department plan with a multiple, Tokyo yen note with a correction and a range,
investor blog), seven Chinese pieces (three Traditional: Taiwanese association, Hong Kong story in HK$ 100 million,
Hong Kong broker) and five tables (markdown E/F, space-aligned years with YoY, tab-separated yuan with total row,
fiscal-year yen with CAGR column, Taiwan-dollar pipe table with shares). Left out: recorded-music, box-office and
anime totals, uploads, listeners, company revenue, margins, share targets, royalty rates, funding rounds, quarters,
surveys, rupee, naira and won amounts, a second house's figure, a corrected figure. Inconsistent: the blog's 34.2%
CAGR, the Taiwanese 41.3% growth, the table's 13.2% YoY. Rounding only: Mumbai's 25% CAGR, Stockholm's 25% share, Hong
Kong's 21% share, the broker's 29% CAGR, the 30.6% YoY, the 34.9% fiscal CAGR, two Taiwan shares, and the 2025E
markdown total.

Snippets 21-40: Twenty snippets (21-40) on AI in music, film and the creative arts: eight English prose pieces (a
Swedish streaming platform's earnings-call TAM, a London working-paper abstract, an X/Twitter thread on AI dubbing, a
web article on AI mastering with a correction, a UK label group's chair letter, a US video platform's investor-day
bullets, a Lagos forum answer with a naira aside, a Seoul broker note with won asides), seven Chinese prose pieces
(Xinhua-style release, ministry plan, Taiwanese ITR release, Hong Kong press report, PTT post, broker abstract with a
2026 range, results briefing) and five tables (markdown segments with a total, tab-separated vertical EUR m table with
YoY, Simplified Chinese 合计 table, regional CAGR table, Japanese statistics table with shares). Left out: box office,
recorded-music and digital-music totals, uploads, subscribers, admissions, label and company revenue, funding rounds,
quarters, survey and penetration percentages, share targets, target prices, shares in words, a rival house's 2024
figure and the pre-correction figure. Inconsistent: 23's 31% growth, 28's 24.5% CAGR, 39's India CAGR. Rounding only:
26's 17% share, 31's 21.4% growth, 35's 17% CAGR, 37's 2025E YoY, 40's 20.6% share and 36's 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release: YoY growth with both amounts ("last year" with a 2025 dateline = 2024), CAGR with
    #    printed span; the 2030 figure in billions converted to the series' USD million. Expected nowhere: the report
    #    edition, interviewees and markets, recorded-music revenue, tracks ingested per day.
    dict(
        text=(
            "LONDON, 3 February 2025 /PRNewswire/ -- Sales of AI music generation and mastering software climbed 34% "
            "last year to $612 million, up from $457 million in 2023, according to the fourth annual Creative Machines "
            "report released today by SoundLedger Research. The London-based firm, which interviewed 1,150 producers, "
            "songwriters and engineers across 22 markets, forecasts that the category will be worth $2.3 billion by "
            "2030, compounding at 24.7% a year over 2024-2030. The tools are still a sliver of global recorded-music "
            "revenue, which reached $29.6 billion in 2024, but upload volumes show how fast they are spreading: "
            "streaming services now ingest more than 120,000 new tracks every day, SoundLedger estimates."
        ),
        obs=[
            ("Total", 2023, 457, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 457) ** (1 / 1) - 1 = 33.92% -> 34
            ("cagr|implied", "exact"),  # (2300 / 612) ** (1 / 6) - 1 = 24.69% -> 24.7
        ],
    ),
    # 2. Mumbai broker sector update in fiscal years; CAGR span only from the amounts' years, printed "about 25%" while
    #    the amounts give 24.21%. Expected nowhere: the rupee (crore) India figure, regional-language count, the
    #    covered company's revenue, growth, margin, target price and upside, the note's date.
    dict(
        text=(
            "INDIA MEDIA & ENTERTAINMENT | Sector update | Mumbai, 14 May 2025\n"
            "AI dubbing: the voice of the next billion viewers. We size the global market for AI dubbing and "
            "subtitling at US$1.15bn in FY2025 and expect it to touch US$3.4bn by FY2030e - a CAGR of about 25%, by "
            "our numbers. India is a modest slice, which we put at roughly Rs2,100 crore, but the OTT platforms' push "
            "into eight regional languages should lift that. Our preferred play, VaaniLabs (BUY, TP Rs860, 22% "
            "upside), grew FY2025 revenue 41% to Rs318 crore at a 19% EBITDA margin."
        ),
        obs=[
            ("Total", 2025, 1.15, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (3.4 / 1.15) ** (1 / 5) - 1 = 24.21% -> 24, not 25; bounds (3.35 / 1.155) ** (1/5) - 1 = 23.73%,
            # (3.45 / 1.145) ** (1/5) - 1 = 24.68% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Stockholm research briefing: a total and three segments with their shares (one holds only by rounding).
    #    Expected nowhere: the survey's respondents and its 58%, the per-play royalty rate.
    dict(
        text=(
            "Stockholm, 9 April 2025 - Record labels, publishers and independent artists spent EUR 1.86 billion on "
            "AI-assisted music production tools in 2024, according to a research briefing from the Nordic Institute "
            "for Music Technology (NIMT). Stem separation and mastering was the biggest category at EUR 0.67 billion, "
            "or 36% of the total, followed by composition assistants at EUR 0.52 billion (28%) and vocal synthesis at "
            "EUR 0.45 billion, a 25% share. In the institute's survey of 2,300 Swedish and Danish creators, 58% said "
            "they had used an AI tool on a release in the past year. NIMT expects spending to reach EUR 3.1 billion by "
            "2028, even as streaming royalties per play stay flat at around EUR 0.003."
        ),
        obs=[
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Stem separation and mastering", 2024, 0.67, "EUR billion", "actual"),
            ("Composition assistants", 2024, 0.52, "EUR billion", "actual"),
            ("Vocal synthesis", 2024, 0.45, "EUR billion", "actual"),
            ("Total", 2028, 3.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.67 / 1.86 = 36.02% -> 36
            ("arithmetic", "exact"),  # 0.52 / 1.86 = 27.96% -> 28
            # 0.45 / 1.86 = 24.19% -> 24, not 25; bounds 0.445 / 1.865 = 23.86%, 0.455 / 1.855 = 24.53% -> 25 reached
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Lagos news article quoting two research houses; series unit USD million, so the 2032 billion figure is
    #    converted; CAGR span only from the amounts' years. Expected nowhere: the second house's 2024 figure, the
    #    start-up's users, seed round and valuation, the naira recorded-music figure.
    dict(
        text=(
            "LAGOS, June 17 2025 - Afrobeats went global on the back of streaming; the next leg may be written by "
            "machines. The market for AI-powered music production and distribution tools in sub-Saharan Africa was "
            "worth US$186 million in 2024 and is projected to reach US$1.02 billion by 2032, a compound annual growth "
            "rate of 23.7%, according to Lagos-based research firm Sahel Creative Data. Johannesburg's Kopano Insights "
            "takes a bigger view, putting the 2024 market at US$240 million. Nigerian start-up BeatForge, whose app "
            "claims 3.8 million monthly users, raised a US$6.5 million seed round in May at a valuation of about US$40 "
            "million. Nigeria's recorded-music revenue, by comparison, rose to roughly N61 billion last year."
        ),
        obs=[
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2032, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1020 / 186) ** (1 / 8) - 1 = 23.70% -> 23.7
        ],
    ),
    # 5. New York investor-day transcript: the CFO sizes the TAM for AI creator tools ("this year" = 2025, an
    #    estimate); a rate whose span only the amounts' years give. Expected nowhere: listeners, subscribers, Q3
    #    revenue and growth, the royalty payout ratio, the company's 10% share target.
    dict(
        text=(
            "Harmonia Audio Investor Day - edited transcript, New York, 11 November 2025\n"
            "DANA OKAFOR, CHIEF FINANCIAL OFFICER: Before we get to guidance, let me size the opportunity. We ended "
            "the third quarter with 312 million monthly active listeners and 118 million subscribers, and Q3 revenue "
            "grew 14% to $1.9 billion. But the bigger prize is creator tools. We put the total addressable market for "
            "AI creator tools - generation, stem editing, mastering, rights clearance - at about $9 billion this "
            "year, and we think it gets to $26 billion by 2030. That's roughly 24% a year. We pay out close to 70% of "
            "revenue as royalties today, and we're targeting a 10% share of that TAM by the end of the decade."
        ),
        obs=[
            ("Total", 2025, 9, "USD billion", "estimate"),
            ("Total", 2030, 26, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (26 / 9) ** (1 / 5) - 1 = 23.64% -> 24
        ],
    ),
    # 6. UK culture-department plan with targets: a multiple ("more than two and a half times" = x2.5 over six
    #    years), an annual rate whose span only the amounts give, a part's 2030 target; the £2 billion target is
    #    converted to the series' GBP million. Expected nowhere: the plan's title years, the £75 million fund, the
    #    6,000 artists, the UK box office.
    dict(
        text=(
            "Department for Culture, Media and Sport - Screen Futures: AI in Post-Production Plan 2025-2030\n"
            "London, July 2025\n"
            "The UK's market for AI-enabled visual effects, post-production and localisation services was valued at "
            "£780 million in 2024. This plan sets an ambition to grow it to £2 billion by 2030 - more than two and a "
            "half times its 2024 size, or annual growth of about 17%. Within that, AI-assisted dubbing and subtitling "
            "should reach £420 million by 2030. To get there, government will channel £75 million through the Screen "
            "Skills AI Fund and help train 6,000 VFX artists. The plan sits alongside a healthy cinema sector: the UK "
            "box office took £979 million in 2024."
        ),
        obs=[
            ("Total", 2024, 780, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
            ("AI-assisted dubbing and subtitling", 2030, 420, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
            ("cagr", 17, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2000 / 780) ** (1 / 6) - 1 = 16.99% -> 17
        ],
    ),
    # 7. Tokyo broker note carrying a correction and a range: the corrected 2024 figure, "this year" (2025, an
    #    estimate) with its growth, a 2030 range as two value claims. Expected nowhere: the erroneous ¥41.8 billion,
    #    the anime-industry total, the target price, a quarter's revenue growth.
    dict(
        text=(
            "Tokyo, 2 October 2025 - Kitahama Securities, Media & Entertainment Research\n"
            "Correction: an earlier version of this note put Japan's 2024 market for AI tools in anime and film "
            "post-production at ¥41.8 billion. The correct figure is ¥48.1 billion; we regret the error. We now "
            "expect the market to grow 30% to ¥62.5 billion this year as studios automate in-betweening and colour "
            "work, and we see it at between ¥150 billion and ¥180 billion in 2030. For context, the anime industry "
            "as a whole, overseas licensing included, was worth some ¥3.3 trillion in 2023. Our top pick, Sakura "
            "Frame (Buy, TP ¥4,200), lifted 1Q revenue 22% year on year."
        ),
        obs=[
            ("Total", 2024, 48.1, "JPY billion", "actual"),
            ("Total", 2025, 62.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("value", 150, "JPY billion", 2030, 2030, None),
            ("value", 180, "JPY billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.5 / 48.1) ** (1 / 1) - 1 = 29.94% -> 30
        ],
    ),
    # 8. Investor's blog post on AI rights management and royalty tracking: approximate amounts ("roughly", "about"),
    #    a CAGR printed as 34.2% (digits of 24.3 transposed) whose span only the amounts give. Expected nowhere: the
    #    US mechanical royalty rate, collecting societies' collections, the Series C and valuation.
    dict(
        text=(
            "Notes from the Long Side | Posted March 30, 2025\n"
            "Why I keep buying the picks and shovels of music rights. Every time a song is streamed, sampled or "
            "synced, somebody has to work out who gets paid - and increasingly a machine does it. By my reckoning the "
            "market for AI royalty-tracking and rights-management software, the stuff labels and collecting societies "
            "use to match uses to owners, was roughly $640 million in 2024. I think it is about $1.9 billion by 2029, "
            "which works out to a 34.2% CAGR. The backdrop helps: collecting societies worldwide took in some EUR 13.1 "
            "billion in 2023, and the US mechanical rate now sits at 15.35% of revenue. Last month RightsLoop raised "
            "$48 million in a Series C at a $410 million post-money valuation. Disclosure: I own shares in two of the "
            "companies mentioned."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 34.2, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1900 / 640) ** (1 / 5) - 1 = 24.31%; bounds (1850 / 640.5) ** (1/5) - 1 = 23.63%,
            # (1950 / 639.5) ** (1/5) - 1 = 24.98% -> 34.2 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY growth with both amounts, CAGR with printed span. Expected
    #    nowhere: the report's title year and edition, a share in words (占比超过一半), the box office, firms surveyed.
    dict(
        text=(
            "《2025中国AIGC影视后期产业发展报告》（第三版）日前在北京发布。报告显示，2024年我国AI影视后期制作市场规模"
            "达到86.4亿元，较2023年的62.7亿元同比增长37.8%，其中AI特效与合成占比超过一半。报告预计，到2029年市场规模"
            "将达到312亿元，2024—2029年复合增长率为29.3%。作为参照，2024年全国电影总票房为425亿元。课题组共调研了126家"
            "影视制作与后期企业。"
        ),
        obs=[
            ("Total", 2023, 62.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2029, 312, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.8, "percent", 2023, 2024, 1.0),
            ("cagr", 29.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 62.7) ** (1 / 1) - 1 = 37.80% -> 37.8
            ("cagr|implied", "exact"),  # (312 / 86.4) ** (1 / 5) - 1 = 29.28% -> 29.3
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets: an approximate base (约75亿元), a target that is
    #     approximate (突破300亿元), "较2023年增长3倍" kept as x3 over four years, a part's target. Expected nowhere:
    #     the plan's title years and document number, company-revenue thresholds, firm, park and talent counts.
    dict(
        text=(
            "浙江省文化和旅游厅 浙江省经济和信息化厅\n"
            "关于印发《浙江省AIGC赋能音乐与影视产业高质量发展行动方案（2024—2027年）》的通知\n"
            "浙文旅〔2024〕38号\n"
            "2023年，全省AI音乐创作、影视生成与后期制作工具产业规模约75亿元。主要目标：到2027年，全省相关产业规模力争"
            "突破300亿元，较2023年增长3倍；其中AI影视后期与智能配音力争达到120亿元。培育营业收入超10亿元的龙头企业5家"
            "以上，建设省级AIGC文创产业园10个，引育专业人才2万名。"
        ),
        obs=[
            ("Total", 2023, 75, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("AI影视后期与智能配音", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes: the first institute's base, target and rate (span only from
    #     the amounts' years). Expected nowhere: the second institute's 2024 figure (45亿元), online audio-visual
    #     users, daily micro-drama releases.
    dict(
        text=(
            "新华社北京2025年8月6日电（记者 林晓）AI配音和智能字幕正从短剧走向院线。中国视听科技研究院6日发布的数据"
            "显示，2024年我国AI配音与字幕市场规模为41.2亿元，预计2027年将增至96.5亿元，年均复合增长率32.8%。不过，"
            "第三方机构北京智研文娱咨询的测算更为乐观，认为2024年市场规模已达45亿元。截至今年6月，我国网络视听用户规模"
            "达10.9亿人，微短剧单日上线数量超过300部。"
        ),
        obs=[
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
            ("Total", 2027, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.8, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (96.5 / 41.2) ** (1 / 3) - 1 = 32.80% -> 32.8
        ],
    ),
    # 12. Taiwanese association report (Traditional), NT$ 100 million: growth printed as 41.3% where the amounts give
    #     31.29% (typo). Expected nowhere: the member firms surveyed, a survey fraction in words (逾六成), the box office.
    dict(
        text=(
            "台灣數位影音產業協會今（2025年5月20日）發布《台灣AI影音創作產業調查報告》指出，2024年國內AI影音後製與配音"
            "市場產值為新台幣38.6億元，較2023年的29.4億元成長41.3%，預估2026年可望達到新台幣62億元。協會此次共訪查"
            "152家會員廠商，其中逾六成已導入生成式AI工具。相較之下，2024年全台電影票房約新台幣58億元。"
        ),
        obs=[
            ("Total", 2023, 29.4, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 62, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (38.6 / 29.4) ** (1 / 1) - 1 = 31.29%; bounds 38.55 / 29.45 - 1 = 30.90%, 38.65 / 29.35 - 1 = 31.69%
            # -> 41.3 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Hong Kong news story (Traditional) in HK$ 100 million: 去年 (2024) total with a part and its share (holds
    #     only by rounding), 今年 (2025) forecast. Expected nowhere: the box office, admissions, the start-up's round.
    dict(
        text=(
            "【本報訊】（2025年3月18日）特區政府推動影視業數碼轉型，AI工具正快速進入本地後期製作流程。業界統計顯示，"
            "本港AI電影特效及後期製作市場去年規模達8.6億港元，其中AI配音及字幕服務佔1.9億港元，佔比21%。業界預期今年"
            "市場規模有望增至10.4億港元。作為比較，本港去年電影票房收入約12.9億港元，入場人次約1,100萬。本地初創"
            "幀光科技上月完成4,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("AI配音及字幕服務", 2024, 1.9, "HKD 100 million", "actual"),
            ("Total", 2025, 10.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 21, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1.9 / 8.6 = 22.09% -> 22, not 21; bounds 1.85 / 8.65 = 21.39%, 1.95 / 8.55 = 22.81% -> 21 reached
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Mainland news story (Simplified) using 去年/今年 with a 2025 dateline; approximate figures (约, 突破, 约70%).
    #     Expected nowhere: AI songs added per day, paying users, a quarter's business growth, the royalty split.
    dict(
        text=(
            "本报记者 周岚 2025年7月15日\n"
            "去年，国内AI音乐生成平台市场规模约为23.5亿元；今年，这一数字有望突破40亿元，同比增长约70%。某头部平台"
            "负责人介绍，平台日均新增AI生成歌曲已超过12万首，付费用户达到1200万，今年一季度AI音乐业务收入同比增长超过"
            "两倍。不过，业内人士提醒，AI歌曲的版权归属仍存争议，目前平台与创作者的分成比例一般在50%左右。"
        ),
        obs=[
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2025, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 70, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (40 / 23.5) ** (1 / 1) - 1 = 70.21% -> 70
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) in US$ 100 million: CAGR with printed span, "約29%" while the
    #     amounts give 29.69%. Expected nowhere: the report date, rating, target price and upside, the company's
    #     HK$ revenue and gross margin.
    dict(
        text=(
            "【深度報告】AI音樂版權管理：從「追蹤」到「變現」｜港灣證券研究部｜2025年9月2日\n"
            "我們估算，全球AI版權追蹤與版稅管理市場規模於2024年為7.6億美元，預計2028年將達到21.5億美元，2024至2028年"
            "複合年增長率約29%。唱片公司與集體管理組織正加快以AI取代人手對帳。首次覆蓋樂聲科技，給予「買入」評級，目標價"
            "58港元，較現價有24%上升空間；公司2024年收入3.2億港元，毛利率62%。"
        ),
        obs=[
            ("Total", 2024, 7.6, "USD 100 million", "actual"),
            ("Total", 2028, 21.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (21.5 / 7.6) ** (1 / 4) - 1 = 29.69% -> 30, not 29; bounds (21.45 / 7.65) ** (1/4) - 1 = 29.40%,
            # (21.55 / 7.55) ** (1/4) - 1 = 29.98% -> 29 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Seoul research house, markdown pipe table with E and F columns and a Total row; the 2025E rows add to 1,860
    #     against a printed 1,861 (holds by rounding). Expected nowhere: the table number, the won figure for Korea.
    dict(
        text=(
            "Hanbit Media Research, Seoul, 24 February 2025\n"
            "Table 3: Global AI in film & TV post-production by segment (USD million)\n\n"
            "| Segment | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|\n"
            "| VFX & compositing | 744 | 921 | 1,388 |\n"
            "| Colour grading & restoration | 233 | 286 | 415 |\n"
            "| Dubbing & subtitling | 318 | 412 | 690 |\n"
            "| Editing, logging & assembly | 187 | 241 | 372 |\n"
            "| Total | 1,482 | 1,861 | 2,865 |\n\n"
            "Note: Korea's own AI post-production spend came to about KRW 312 billion in 2024. Figures may not add "
            "due to rounding."
        ),
        obs=[
            ("VFX & compositing", 2024, 744, "USD million", "actual"),
            ("VFX & compositing", 2025, 921, "USD million", "estimate"),
            ("VFX & compositing", 2027, 1388, "USD million", "estimate"),
            ("Colour grading & restoration", 2024, 233, "USD million", "actual"),
            ("Colour grading & restoration", 2025, 286, "USD million", "estimate"),
            ("Colour grading & restoration", 2027, 415, "USD million", "estimate"),
            ("Dubbing & subtitling", 2024, 318, "USD million", "actual"),
            ("Dubbing & subtitling", 2025, 412, "USD million", "estimate"),
            ("Dubbing & subtitling", 2027, 690, "USD million", "estimate"),
            ("Editing, logging & assembly", 2024, 187, "USD million", "actual"),
            ("Editing, logging & assembly", 2025, 241, "USD million", "estimate"),
            ("Editing, logging & assembly", 2027, 372, "USD million", "estimate"),
            ("Total", 2024, 1482, "USD million", "actual"),
            ("Total", 2025, 1861, "USD million", "estimate"),
            ("Total", 2027, 2865, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 744 + 233 + 318 + 187 = 1482
            # 921 + 286 + 412 + 241 = 1860 vs 1861; bounds 1858 .. 1862 reach 1860.5 .. 1861.5
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 1388 + 415 + 690 + 372 = 2865
        ],
    ),
    # 17. London equity research, space-aligned table with years as rows and a YoY column; the lone value column is
    #     headed by its unit only (Total). 2023's 13.2% is a typo for 31.2%; 2024's 30.6% holds only by rounding.
    #     Expected nowhere: the source line's date.
    dict(
        text=(
            "Generative art & design tools for film, games and ad studios - global spend\n"
            "Source: Lindqvist & Barr equity research, London, 5 March 2025\n\n"
            "Year      US$ million      YoY\n"
            "2021              296        -\n"
            "2022              410    38.5%\n"
            "2023              538    13.2%\n"
            "2024              702    30.6%\n"
            "2025E             880    25.4%\n"
            "2026E           1,090    23.9%\n"
            "E = estimate"
        ),
        obs=[
            ("Total", 2021, 296, "USD million", "actual"),
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2023, 538, "USD million", "actual"),
            ("Total", 2024, 702, "USD million", "actual"),
            ("Total", 2025, 880, "USD million", "estimate"),
            ("Total", 2026, 1090, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2021, 2022, 1.0),
            ("growth", 13.2, "percent", 2022, 2023, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2024, 2025, 1.0),
            ("growth", 23.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 410 / 296 - 1 = 38.51% -> 38.5
            # 538 / 410 - 1 = 31.22%; bounds 537.5 / 410.5 - 1 = 30.94%, 538.5 / 409.5 - 1 = 31.50% -> 13.2 unreachable
            ("cagr|implied", "inconsistent"),
            # 702 / 538 - 1 = 30.48% -> 30.5, not 30.6; bounds 701.5 / 538.5 - 1 = 30.27%,
            # 702.5 / 537.5 - 1 = 30.70% -> 30.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 880 / 702 - 1 = 25.36% -> 25.4
            ("cagr|implied", "exact"),  # 1090 / 880 - 1 = 23.86% -> 23.9
        ],
    ),
    # 18. Mainland research institute, tab-separated table in 亿元 with a 合计 row and an E column; every column adds
    #     exactly. Expected nowhere: the table number and the source line's date.
    dict(
        text=(
            "表2 2023—2025年中国AI音乐生成与制作工具细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI作曲与编曲\t18.6\t27.9\t39.4\n"
            "AI混音与母带\t9.3\t13.1\t17.8\n"
            "AI歌声合成\t11.7\t19.4\t30.2\n"
            "AI音乐版权监测\t4.5\t6.8\t9.9\n"
            "合计\t44.1\t67.2\t97.3\n"
            "资料来源：华音数智研究院，2025年3月；E为预测值。"
        ),
        obs=[
            ("AI作曲与编曲", 2023, 18.6, "CNY 100 million", "actual"),
            ("AI作曲与编曲", 2024, 27.9, "CNY 100 million", "actual"),
            ("AI作曲与编曲", 2025, 39.4, "CNY 100 million", "estimate"),
            ("AI混音与母带", 2023, 9.3, "CNY 100 million", "actual"),
            ("AI混音与母带", 2024, 13.1, "CNY 100 million", "actual"),
            ("AI混音与母带", 2025, 17.8, "CNY 100 million", "estimate"),
            ("AI歌声合成", 2023, 11.7, "CNY 100 million", "actual"),
            ("AI歌声合成", 2024, 19.4, "CNY 100 million", "actual"),
            ("AI歌声合成", 2025, 30.2, "CNY 100 million", "estimate"),
            ("AI音乐版权监测", 2023, 4.5, "CNY 100 million", "actual"),
            ("AI音乐版权监测", 2024, 6.8, "CNY 100 million", "actual"),
            ("AI音乐版权监测", 2025, 9.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 44.1, "CNY 100 million", "actual"),
            ("合计", 2024, 67.2, "CNY 100 million", "actual"),
            ("合计", 2025, 97.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 18.6 + 9.3 + 11.7 + 4.5 = 44.1
            ("hierarchy", "exact"),  # 27.9 + 13.1 + 19.4 + 6.8 = 67.2
            ("hierarchy", "exact"),  # 39.4 + 17.8 + 30.2 + 9.9 = 97.3
        ],
    ),
    # 19. Tokyo broker, tab-separated fiscal-year table in ¥ billion with a Total row and a CAGR column whose span is
    #     printed in the header; the colouring row's 34.9% holds only by rounding. Expected nowhere: the source date.
    dict(
        text=(
            "Japan: AI tools for anime & VFX production, market size (¥ bn, fiscal years ending March)\n"
            "Source: Nishiki Capital Markets, Tokyo, 20 June 2025\n"
            "Segment\tFY2023\tFY2024\tFY2025e\tCAGR FY23-25e\n"
            "AI in-betweening & clean-up\t6.2\t9.1\t13.0\t44.8%\n"
            "AI colouring & compositing\t4.8\t6.5\t8.7\t34.9%\n"
            "AI voice & dubbing\t3.1\t4.4\t6.3\t42.6%\n"
            "Total\t14.1\t20.0\t28.0\t40.9%"
        ),
        obs=[
            ("AI in-betweening & clean-up", 2023, 6.2, "JPY billion", "actual"),
            ("AI in-betweening & clean-up", 2024, 9.1, "JPY billion", "actual"),
            ("AI in-betweening & clean-up", 2025, 13.0, "JPY billion", "estimate"),
            ("AI colouring & compositing", 2023, 4.8, "JPY billion", "actual"),
            ("AI colouring & compositing", 2024, 6.5, "JPY billion", "actual"),
            ("AI colouring & compositing", 2025, 8.7, "JPY billion", "estimate"),
            ("AI voice & dubbing", 2023, 3.1, "JPY billion", "actual"),
            ("AI voice & dubbing", 2024, 4.4, "JPY billion", "actual"),
            ("AI voice & dubbing", 2025, 6.3, "JPY billion", "estimate"),
            ("Total", 2023, 14.1, "JPY billion", "actual"),
            ("Total", 2024, 20.0, "JPY billion", "actual"),
            ("Total", 2025, 28.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 44.8, "percent", 2023, 2025, None, "stated"),
            ("cagr", 34.9, "percent", 2023, 2025, None, "stated"),
            ("cagr", 42.6, "percent", 2023, 2025, None, "stated"),
            ("cagr", 40.9, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.0 / 6.2) ** (1 / 2) - 1 = 44.80% -> 44.8
            # (8.7 / 4.8) ** (1 / 2) - 1 = 34.63% -> 34.6, not 34.9; bounds (8.65 / 4.85) ** (1/2) - 1 = 33.55%,
            # (8.75 / 4.75) ** (1/2) - 1 = 35.72% -> 34.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6.3 / 3.1) ** (1 / 2) - 1 = 42.56% -> 42.6
            ("cagr|implied", "exact"),  # (28.0 / 14.1) ** (1 / 2) - 1 = 40.92% -> 40.9
            ("hierarchy", "exact"),  # 6.2 + 4.8 + 3.1 = 14.1
            ("hierarchy", "exact"),  # 9.1 + 6.5 + 4.4 = 20.0
            ("hierarchy", "exact"),  # 13.0 + 8.7 + 6.3 = 28.0
        ],
    ),
    # 20. Taipei research centre, Traditional Chinese pipe table in 新台幣百萬元 with a 2024 share column and a 合計
    #     row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the table number, the
    #     source line's date.
    dict(
        text=(
            "表4　台灣AI音樂與影音創作工具市場規模（單位：新台幣百萬元）\n"
            "| 項目 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---:|---:|---:|\n"
            "| AI音樂生成與編曲 | 412 | 586 | 31.6% |\n"
            "| AI影片剪輯與特效 | 538 | 702 | 37.8% |\n"
            "| AI配音與字幕 | 236 | 352 | 18.9% |\n"
            "| AI版權管理與授權追蹤 | 158 | 216 | 11.7% |\n"
            "| 合計 | 1,344 | 1,856 | 100.0% |\n"
            "資料來源：台灣創意科技研究中心，2025年4月"
        ),
        obs=[
            ("AI音樂生成與編曲", 2023, 412, "TWD million", "actual"),
            ("AI音樂生成與編曲", 2024, 586, "TWD million", "actual"),
            ("AI影片剪輯與特效", 2023, 538, "TWD million", "actual"),
            ("AI影片剪輯與特效", 2024, 702, "TWD million", "actual"),
            ("AI配音與字幕", 2023, 236, "TWD million", "actual"),
            ("AI配音與字幕", 2024, 352, "TWD million", "actual"),
            ("AI版權管理與授權追蹤", 2023, 158, "TWD million", "actual"),
            ("AI版權管理與授權追蹤", 2024, 216, "TWD million", "actual"),
            ("合計", 2023, 1344, "TWD million", "actual"),
            ("合計", 2024, 1856, "TWD million", "actual"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 37.8, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 586 / 1856 = 31.57% -> 31.6
            ("arithmetic", "exact"),  # 702 / 1856 = 37.82% -> 37.8
            # 352 / 1856 = 18.97% -> 19.0, not 18.9; bounds 351.5 / 1856.5 = 18.93%, 352.5 / 1855.5 = 19.00%
            # -> 18.9 reached only by some reading
            ("arithmetic", "rounding"),
            # 216 / 1856 = 11.64% -> 11.6, not 11.7; bounds 215.5 / 1856.5 = 11.61%, 216.5 / 1855.5 = 11.67%
            # -> 11.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 412 + 538 + 236 + 158 = 1344
            ("hierarchy", "exact"),  # 586 + 702 + 352 + 216 = 1856
        ],
    ),
    # 21. Swedish streaming platform's Q2 2025 earnings-call transcript; the CEO sizes the AI music-tools TAM (Total);
    #     CAGR span only from the amounts' years. Expected nowhere: tracks uploaded per day, subscribers and their
    #     growth, quarterly revenue in euros, "a tenth of that tools market" (share target in words), the analyst's bank.
    dict(
        text=(
            "Klangvik AB (KLNG) Q2 2025 Earnings Call Transcript - July 24, 2025\n"
            "Operator: The next question comes from Henrik Sjoberg with Nordhavn Bank. Please go ahead.\n"
            "Henrik Sjoberg: Thanks. Elin, you spent a lot of this call on creator tools. How big is that "
            "opportunity, really?\n"
            "Elin Varg, Chief Executive Officer: Good question, Henrik. If you add up everything artists and "
            "producers pay for AI tools to write, arrange, produce and master music - ours and everybody else's - "
            "we think that was around a $6 billion market in 2024, and we think it's something like $21 billion by "
            "2030. That's a compound rate in the low twenties, call it 23%. Today more than 120,000 new tracks land "
            "on Klangvik every day, and a growing number of them start life in one of those tools. For the quarter, "
            "subscribers grew 11% to 268 million and revenue came in at EUR 4.2 billion. Over time we'd be "
            "disappointed not to win a tenth of that tools market."
        ),
        obs=[
            ("Total", 2024, 6, "USD billion", "actual"),
            ("Total", 2030, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21 / 6) ** (1 / 6) - 1 = 23.22% -> 23
        ],
    ),
    # 22. London university working-paper abstract, GBP; the 2028 figure printed in billions is converted to the
    #     series' unit (GBP million). Expected nowhere: the paper number, UK film and high-end TV production spend,
    #     the 57 facilities surveyed, the VFX headcount.
    dict(
        text=(
            "Centre for Screen Economics, Kingsway College London | Working Paper 25/04 | May 2025\n"
            "Rendering Labour: Machine Learning in British Film and Television Post-production\n"
            "Abstract. Post-production has quietly become the part of the screen industries most exposed to "
            "automation. Using invoices and interviews from 57 facilities, we estimate that UK studios and "
            "post-houses spent GBP 412 million on AI-based tools for editing, colour grading, visual effects and "
            "sound in 2023, and we project this spending to reach GBP 1.1 billion by 2028, a compound annual growth "
            "rate of 21.7% over 2023-28. The sums are modest beside the GBP 5.6 billion spent on film and high-end "
            "television production in the UK in 2023, but they are reshaping the work of the roughly 11,000 people "
            "employed in visual effects. We find little evidence so far that the tools reduce total headcount."
        ),
        obs=[
            ("Total", 2023, 412, "GBP million", "actual"),
            ("Total", 2028, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 412) ** (1 / 5) - 1 = 21.70% -> 21.7
        ],
    ),
    # 23. Social-media thread (March 2025) on AI dubbing and subtitling; "last year" = 2024; the printed 31% does not
    #     follow from $0.94B -> $1.18B; "more than five times" is a multiple 2022-2028.
    #     Expected nowhere: paid subscribers, hours dubbed last quarter, the Series B and valuation, tweet numbers.
    dict(
        text=(
            "@locnerd \u00b7 Mar 3, 2025\n"
            "1/ Thread on AI dubbing, because everyone in localisation is panicking and nobody is quoting numbers.\n"
            "2/ New Brightwater Media Research report: global spend on AI dubbing, voice cloning and automated "
            "subtitling hit $1.18B last year, up 31% from $0.94B in 2023.\n"
            "3/ Their 2028 call is $3.9B. That's more than five times the ~$0.7B the market was in 2022.\n"
            "4/ For scale: the big streamers carry 300M+ paid subs between them, and one of them says it dubbed "
            "8,000 hours of content last quarter alone.\n"
            "5/ Money is piling in too: VoxLingua just raised a $95M Series B at a $620M valuation. /end"
        ),
        obs=[
            ("Total", 2022, 0.7, "USD billion", "actual"),
            ("Total", 2023, 0.94, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2028, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 5, "multiple", 2022, 2028, 6.0),
        ],
        verdicts=[
            # 1.18 / 0.94 - 1 = 25.53%; bounds 1.175 / 0.945 - 1 = 24.34%, 1.185 / 0.935 - 1 = 26.74%
            # -> 31 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Web article with a correction note on AI mastering and mixing services; the corrected $640 million is the
    #     2024 figure, the 2029 figure in billions is converted to USD million. Expected nowhere: the misstated
    #     $460 million, Beatgrid Research's $710 million for 2024 (second publisher), tracks uploaded per day.
    dict(
        text=(
            "Mix-ready: AI mastering rides the bedroom-producer boom\n"
            "By Tara Okafor | Published 14 May 2025 | Updated 16 May 2025\n"
            "Independent musicians spent $640 million on AI mastering, mixing and stem-separation services in 2024, "
            "up 18% from $542 million a year earlier, according to Soundcheck Analytics, a Nashville research firm. "
            "The firm expects the market to reach $1.5 billion by 2029, a compound annual growth rate of 18.6% "
            "between 2024 and 2029. Not everyone is quite so sure of the base: London-based Beatgrid Research puts "
            "the 2024 market at $710 million, though it sees slower growth ahead. More than 100,000 tracks are now "
            "uploaded to streaming services every day, and distributors say a growing number pass through an AI "
            "mastering engine before they go live.\n"
            "Correction (16 May 2025): An earlier version of this article gave the 2024 market as $460 million. "
            "The correct figure is $640 million."
        ),
        obs=[
            ("Total", 2023, 542, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 640 / 542 - 1 = 18.08% -> 18
            ("cagr|implied", "exact"),  # (1500 / 640) ** (1 / 5) - 1 = 18.57% -> 18.6
        ],
    ),
    # 25. UK label group's annual-report chair letter (March 2025): "last year" = 2024; growth with both amounts and a
    #     CAGR whose span only the amounts' years give. Expected nowhere: group revenue and operating profit, global
    #     recorded-music revenues, artists' royalty rates, the colleague headcount, the report's title year.
    dict(
        text=(
            "Marlowe Music Group plc - Annual Report 2024\n"
            "Letter from the Chair\n"
            "Dear shareholders, it was a year in which Marlowe grew revenue to GBP 1.86 billion and operating profit "
            "to GBP 214 million, and in which the wider industry, with global recorded-music revenues of about "
            "$29.6 billion, finally began to treat artificial intelligence as a business rather than a threat. "
            "Nowhere is that clearer than in rights management. The software that finds our recordings inside the "
            "flood of AI-generated and user-uploaded content, and makes sure we and our artists are paid for them, "
            "is now a market in its own right. We estimate it was worth about GBP 310 million globally last year, "
            "up roughly 22% from GBP 255 million in 2023, and we expect it to approach GBP 700 million by 2029 - "
            "growth of some 18% a year. Our own royalty rates to artists, which now typically sit between 20% and "
            "25% on new signings, depend on getting that tracking right. I thank our 2,400 colleagues for their "
            "work.\n"
            "Catherine Ashdown, Chair, 12 March 2025"
        ),
        obs=[
            ("Total", 2023, 255, "GBP million", "actual"),
            ("Total", 2024, 310, "GBP million", "actual"),
            ("Total", 2029, 700, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 310 / 255 - 1 = 21.57% -> 22
            ("cagr|period", "exact"),  # (700 / 310) ** (1 / 5) - 1 = 17.69% -> 18
        ],
    ),
    # 26. US video platform's investor-day slide bullets: TAM (Total) 2025E -> 2030E with an inferred CAGR, three
    #     segments with shares of the 2025E TAM; the 17% share holds only by rounding. Expected nowhere: creators
    #     using the tools in Q2, the 38% of uploads (no share of the market), the 10% share goal, the slide number.
    dict(
        text=(
            "Reelcast Investor Day 2025 | New York | September 10, 2025\n"
            "Slide 14 - The AI creator-tools opportunity\n"
            "\u2022 Generative video & editing tools TAM: $18B (2025E) \u2192 $44B (2030E), ~20% CAGR\n"
            "\u2022 AI editing & effects: $7B (39% of 2025E TAM)\n"
            "\u2022 AI dubbing & localisation: $3.2B (17%)\n"
            "\u2022 Generative music & sound for creators: $2.4B (13%)\n"
            "\u2022 2.1M creators used Reelcast Studio AI tools in Q2; 38% of new uploads touched an AI tool\n"
            "\u2022 Goal: 10% share of TAM by 2030"
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2030, 44, "USD billion", "estimate"),
            ("AI editing & effects", 2025, 7, "USD billion", "estimate"),
            ("AI dubbing & localisation", 2025, 3.2, "USD billion", "estimate"),
            ("Generative music & sound for creators", 2025, 2.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
            ("share", 39, "percent", 2025, 2025, None),
            ("share", 17, "percent", 2025, 2025, None),
            ("share", 13, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (44 / 18) ** (1 / 5) - 1 = 19.57% -> 20
            ("arithmetic", "exact"),  # 7 / 18 = 38.89% -> 39
            # 3.2 / 18 = 17.78% -> 18, not 17; bounds 3.15 / 18.5 = 17.03%, 3.25 / 17.5 = 18.57% -> 17 only by
            # some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 2.4 / 18 = 13.33% -> 13
        ],
    ),
    # 27. Lagos producer's forum answer (January 2025) on Nigerian AI music tools; growth with both amounts and a CAGR
    #     span only from the amounts' years. Expected nowhere: the naira conversion, the studio's per-track fee, the
    #     producer's years of experience, "about half" of producers (survey, in words), Afrobeats streams.
    dict(
        text=(
            "Q: How big is the market for AI music-production tools in Nigeria?\n"
            "Answer by Chidi Nwosu, producer and studio owner in Surulere, Lagos \u00b7 Answered 14 January 2025\n"
            "Short answer: small in dollars, huge in users. I've been producing for 11 years and I've never seen "
            "kids adopt anything this fast. The best number I know comes from Naija Sound Lab, a Lagos research "
            "outfit, which sized Nigerian spending on AI beat-making, vocal tuning and mastering tools at about "
            "$38 million in 2023 and $51 million in 2024 - roughly 34% growth. In naira that 2024 figure is north of "
            "N79 billion at the parallel-market rate, which is why it feels bigger on the ground than it looks on a "
            "chart. They reckon it gets to $140 million by 2028, which works out at about 29% a year. For context, "
            "Afrobeats streams on the big platforms passed 13 billion last year, and about half of the producers "
            "in my WhatsApp group now master with an app. My studio still charges N150,000 per track for a human "
            "master, and people still pay it - for now."
        ),
        obs=[
            ("Total", 2023, 38, "USD million", "actual"),
            ("Total", 2024, 51, "USD million", "actual"),
            ("Total", 2028, 140, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 51 / 38 - 1 = 34.21% -> 34
            ("cagr|period", "exact"),  # (140 / 51) ** (1 / 4) - 1 = 28.72% -> 29
        ],
    ),
    # 28. Seoul broker note with won asides: "this year" = 2025 (estimate); the 2029 figure in bn is converted to USD
    #     million; the printed 24.5% CAGR does not follow from the amounts. Expected nowhere: the won conversion,
    #     the pick's target price, upside and won revenue, concert ticket sales.
    dict(
        text=(
            "Hanbit Investment & Securities | Korea Media & Entertainment | Seoul, 18 April 2025\n"
            "K-content goes synthetic\n"
            "We estimate that Korean studios, agencies and labels spent US$480mn on AI visual effects, de-ageing, "
            "virtual production and AI dubbing in 2024 - roughly W660bn at current rates. We see that rising to "
            "US$590mn this year (+23% YoY) and to US$1.35bn by 2029, a 24.5% CAGR over 2024-29, as drama exports to "
            "global platforms increasingly need same-week dubbing into a dozen languages. Our top pick remains Aster "
            "Studio (BUY, TP W48,000, 31% upside), whose 2024 revenue rose 17% to W412bn. Concert ticket sales for "
            "the four largest agencies topped 9 million last year."
        ),
        obs=[
            ("Total", 2024, 480, "USD million", "actual"),
            ("Total", 2025, 590, "USD million", "estimate"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 24.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 590 / 480 - 1 = 22.92% -> 23
            # (1350 / 480) ** (1 / 5) - 1 = 22.97%; bounds (1345 / 480.5) ** (1/5) - 1 = 22.86%,
            # (1355 / 479.5) ** (1/5) - 1 = 23.09% -> 24.5 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified): 2024 vs 2023 with growth, a 2027 "突破" figure at its printed value.
    #     Expected nowhere: "约占六成" (share in words), the 300 institutions, national box office and admissions.
    dict(
        text=(
            "新华社北京2025年3月6日电（记者 李晓岚）记者6日从中国电影科技学会获悉，2024年我国影视制作领域人工智能"
            "应用市场规模达到186.5亿元，较上年的146.5亿元增长27.3%。其中，AI视效与后期制作约占六成，AI剧本辅助、"
            "虚拟拍摄和智能配音等应用增长较快。学会发布的报告显示，全国已有超过300家影视制作机构在剪辑、调色和特效"
            "环节规模化应用人工智能工具。同期，全国电影总票房为425.02亿元，城市院线观影人次10.1亿。报告预计，到2027年"
            "我国影视制作人工智能应用市场规模将突破400亿元。"
        ),
        obs=[
            ("Total", 2023, 146.5, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 146.5 - 1 = 27.30% -> 27.3
        ],
    ),
    # 30. Culture-ministry implementation plan (Simplified, January 2025): a 2027 target, the 2023 base, and
    #     "增长2倍以上" kept as a multiple x2 over 2023-2027. Expected nowhere: the document number, the plan's title
    #     years, counts of firms and bases, the 40% application ratio (penetration), the digital-music industry total.
    dict(
        text=(
            "文化和旅游部办公厅关于印发《人工智能赋能音乐产业高质量发展实施方案（2025—2027年）》的通知\n"
            "文旅办产业发〔2025〕12号\n"
            "二、主要目标\n"
            "到2027年，人工智能在音乐创作、制作、发行和版权服务等环节实现规模化应用，我国人工智能音乐服务市场规模"
            "突破300亿元，较2023年（约96亿元）增长2倍以上；培育50家以上具有国际影响力的骨干企业，建设10个以上人工智能"
            "音乐产业示范基地；人工智能辅助创作在新发行原创音乐中的应用比例达到40%以上，数字音乐产业总规模超过"
            "2500亿元。\n"
            "文化和旅游部办公厅\n"
            "2025年1月20日"
        ),
        obs=[
            ("Total", 2023, 96, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese research-institute release (Traditional), 新台幣億元: growth holding only by rounding, a stated
    #     CAGR. Expected nowhere: the report's title year, the 312 firms surveyed and the 62% answer, Taiwan's box
    #     office.
    dict(
        text=(
            "（台北，2025年6月20日）資創會產業趨勢研究所（ITR）今（20）日發布「2025台灣內容科技產業趨勢」研究，"
            "指出生成式AI正快速滲入影音後製流程。ITR統計，2024年台灣影音後製與視覺特效AI應用市場規模達新台幣58.6億元，"
            "較2023年的48.3億元成長21.4%；預估2028年將成長至新台幣126億元，2024至2028年年複合成長率(CAGR)達21.1%。"
            "ITR本次共訪問312家影視製作與後製業者，其中62%表示已在剪輯、調色或特效環節導入AI工具。ITR資深分析師"
            "林佩君表示，相較2024年全台電影票房約新台幣62億元，AI後製市場的規模已不容小覷，建議業者及早布局"
            "中文語音與在地化特效模型。"
        ),
        obs=[
            ("Total", 2023, 48.3, "TWD 100 million", "actual"),
            ("Total", 2024, 58.6, "TWD 100 million", "actual"),
            ("Total", 2028, 126, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 58.6 / 48.3 - 1 = 21.33% -> 21.3, not 21.4; bounds 58.55 / 48.35 - 1 = 21.10%,
            # 58.65 / 48.25 - 1 = 21.55% -> 21.4 only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (126 / 58.6) ** (1 / 4) - 1 = 21.09% -> 21.1
        ],
    ),
    # 32. Hong Kong press report (Traditional), 億港元: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate); two growth
    #     rates with both amounts. Expected nowhere: "約佔整體市場三成" (share in words), admissions, the HK$80
    #     million Series A, the press date.
    dict(
        text=(
            "《港聞》2025年4月16日\n"
            "【本報訊】人工智能正改寫本地影視製作流程。香港影視科技協會昨日發表年度報告指出，本港電影及電視後期製作、"
            "視覺特效及配音所用的人工智能服務市場，去年規模達12.4億港元，較前年的9.8億港元增長26.5%；協會預計今年"
            "市場可進一步升至15.2億港元，按年增長約23%。報告指，AI配音及字幕服務約佔整體市場三成，其餘主要來自視效及"
            "調色。協會主席何家俊坦言，本地電影市道仍未復元，去年全年入場人次約1,700萬，不少後期公司靠承接海外串流"
            "平台的項目維持生計。另外，本地初創「聲匯科技」上月完成8,000萬港元A輪融資，將用於擴展粵語AI配音業務。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2025, 15.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.4 / 9.8 - 1 = 26.53% -> 26.5
            ("cagr|implied", "exact"),  # 15.2 / 12.4 - 1 = 22.58% -> 23
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional), 億美元: CAGR whose span only the amounts' years give.
    #     Expected nowhere: the post time, list numbers, "大概佔一半" and "不到三成" (shares in words), songs per day.
    dict(
        text=(
            "作者 beatmaker0921 (拍子機)\n"
            "看板 Tech_Job\n"
            "標題 [心得] AI作曲工具市場到底多大？整理一下\n"
            "時間 Mon Feb 10 21:05:33 2025\n"
            "\n"
            "最近被老闆問AI音樂到底值不值得投，翻了一份國外研究報告，重點如下：\n"
            "1. 全球AI音樂生成市場 2024年大概32億美元\n"
            "2. 2030年上看118億美元，報告寫CAGR 24.3%\n"
            "3. 北美大概佔一半，亞太不到三成\n"
            "4. 串流平台現在每天新上架的歌超過12萬首，很多是AI做的\n"
            "\n"
            "心得：台灣做華語流行的小工作室其實用得很兇，但願意付費的很少\n"
            "--\n"
            "推 lofi_cat: 12萬首也太誇張\n"
            "\u2192 beatmaker0921: 報告是這樣寫的 XD"
        ),
        obs=[
            ("Total", 2024, 32, "USD 100 million", "actual"),
            ("Total", 2030, 118, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (118 / 32) ** (1 / 6) - 1 = 24.30% -> 24.3
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2026 range and a stated CAGR. Expected nowhere: the report
    #     date, the recorded-music market beside it, paying online-music users, the rating and target price.
    dict(
        text=(
            "华岳证券 | 传媒行业深度报告 | 2025年7月8日\n"
            "AI版权管理：唱片公司的“新收费站”\n"
            "投资要点：我们测算，2024年国内音乐版权管理与版税追踪AI服务市场规模约42亿元。随着短视频平台和AI生成内容"
            "的版权结算需求集中释放，预计2026年市场规模在60亿—70亿元之间，2030年有望达到150亿元，2024—2030年复合"
            "增速约24%。作为参照，2024年我国录制音乐市场规模约为186亿元，在线音乐付费用户超过1.3亿。维持行业“推荐”"
            "评级，重点推荐声图科技（目标价36.8元）。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2030, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("value", 60, "CNY 100 million", 2026, 2026, None),
            ("value", 70, "CNY 100 million", 2026, 2026, None),
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 42) ** (1 / 6) - 1 = 23.64% -> 24
        ],
    ),
    # 35. A-share company's results-briefing transcript (Simplified): third-party sizing of AI art and design tools,
    #     CAGR inferred from 2024 -> 2027 holding only by rounding. Expected nowhere: company revenue and growth,
    #     Q1 revenue, gross margin, paying users, the briefing's title year.
    dict(
        text=(
            "画境科技2024年度业绩说明会文字实录（2025年5月9日）\n"
            "问：公司如何看待AI美术与设计工具行业的成长空间？\n"
            "董事长 陈思远：感谢这位投资者的提问。根据第三方机构测算，我国面向动画、游戏及影视美术的AI设计与生成工具"
            "市场2024年规模约为128亿元，预计到2027年将达到208亿元左右，年均增长约17%。公司2024年实现营业收入8.72亿元，"
            "同比增长31.5%，综合毛利率为58.3%；今年一季度实现营收2.06亿元，付费用户突破46万。谢谢！"
        ),
        obs=[
            ("Total", 2024, 128, "CNY 100 million", "actual"),
            ("Total", 2027, 208, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (208 / 128) ** (1 / 3) - 1 = 17.57% -> 18, not 17; bounds (207.5 / 128.5) ** (1/3) - 1 = 17.32%,
            # (208.5 / 127.5) ** (1/3) - 1 = 17.81% -> 17 only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 36. London research house's markdown segment table, US$ billion, 2024 and 2029F; the 2024 rows add to 3.7
    #     against a printed 3.8. Expected nowhere: the exhibit numbers, recorded-music revenues, the source date.
    dict(
        text=(
            "Exhibit 2: Global AI music market by segment (US$ billion)\n"
            "\n"
            "| Segment | 2024 | 2029F |\n"
            "|---|---|---|\n"
            "| Generation & composition | 1.9 | 6.2 |\n"
            "| Mixing & mastering | 0.8 | 1.9 |\n"
            "| Stem separation & remixing | 0.4 | 1.1 |\n"
            "| Rights management & royalty tracking | 0.6 | 1.7 |\n"
            "| Total | 3.8 | 10.9 |\n"
            "\n"
            "Source: Northlight Music Economics, London, April 2025. Global recorded-music revenues (US$29.6bn in "
            "2024) are shown for context in Exhibit 1."
        ),
        obs=[
            ("Generation & composition", 2024, 1.9, "USD billion", "actual"),
            ("Mixing & mastering", 2024, 0.8, "USD billion", "actual"),
            ("Stem separation & remixing", 2024, 0.4, "USD billion", "actual"),
            ("Rights management & royalty tracking", 2024, 0.6, "USD billion", "actual"),
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Generation & composition", 2029, 6.2, "USD billion", "estimate"),
            ("Mixing & mastering", 2029, 1.9, "USD billion", "estimate"),
            ("Stem separation & remixing", 2029, 1.1, "USD billion", "estimate"),
            ("Rights management & royalty tracking", 2029, 1.7, "USD billion", "estimate"),
            ("Total", 2029, 10.9, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 1.9 + 0.8 + 0.4 + 0.6 = 3.7, not 3.8; rows +/-0.05 each and total +/-0.05 -> slack 0.25
            # -> 3.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2029F: 6.2 + 1.9 + 1.1 + 1.7 = 10.9
        ],
    ),
    # 37. Stockholm music-economics body's tab-separated vertical table headed only by its unit (EUR m -> Total) with
    #     a YoY column; the 2025E YoY holds only by rounding. Expected nowhere: the barometer's name and month.
    dict(
        text=(
            "Nordic labels, studios and artists: spending on AI music-production and mastering tools\n"
            "Year\tEUR m\tYoY\n"
            "2020\t46\t-\n"
            "2021\t58\t26.1%\n"
            "2022\t71\t22.4%\n"
            "2023\t87\t22.5%\n"
            "2024\t104\t19.5%\n"
            "2025E\t123\t17.9%\n"
            "2026E\t141\t14.6%\n"
            "Source: Nordisk Musikekonomi, Stockholm, Music Tech Barometer, March 2025"
        ),
        obs=[
            ("Total", 2020, 46, "EUR million", "actual"),
            ("Total", 2021, 58, "EUR million", "actual"),
            ("Total", 2022, 71, "EUR million", "actual"),
            ("Total", 2023, 87, "EUR million", "actual"),
            ("Total", 2024, 104, "EUR million", "actual"),
            ("Total", 2025, 123, "EUR million", "estimate"),
            ("Total", 2026, 141, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2020, 2021, 1.0),
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 22.5, "percent", 2022, 2023, 1.0),
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
            ("growth", 14.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 46 - 1 = 26.09% -> 26.1
            ("cagr|implied", "exact"),  # 71 / 58 - 1 = 22.41% -> 22.4
            ("cagr|implied", "exact"),  # 87 / 71 - 1 = 22.54% -> 22.5
            ("cagr|implied", "exact"),  # 104 / 87 - 1 = 19.54% -> 19.5
            # 123 / 104 - 1 = 18.27% -> 18.3, not 17.9; bounds 122.5 / 104.5 - 1 = 17.22%,
            # 123.5 / 103.5 - 1 = 19.32% -> 17.9 only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 141 / 123 - 1 = 14.63% -> 14.6
        ],
    ),
    # 38. Space-aligned Simplified Chinese segment table (亿元) with a 合计 row; the 2025E column is an estimate.
    #     Expected nowhere: the table number, the title's years, the source date.
    dict(
        text=(
            "表3  2023—2025年中国影视后期制作人工智能市场细分结构（单位：亿元）\n"
            "细分领域                2023年     2024年     2025年E\n"
            "智能剪辑与调色           38.4       49.7       63.2\n"
            "视觉特效与数字人         52.6       68.9       88.5\n"
            "AI配音与字幕             21.3       29.8       40.6\n"
            "智能音频与混音           15.2       19.4       24.7\n"
            "合计                    127.5      167.8      217.0\n"
            "资料来源：华影数智研究院，2025年4月"
        ),
        obs=[
            ("智能剪辑与调色", 2023, 38.4, "CNY 100 million", "actual"),
            ("视觉特效与数字人", 2023, 52.6, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2023, 21.3, "CNY 100 million", "actual"),
            ("智能音频与混音", 2023, 15.2, "CNY 100 million", "actual"),
            ("合计", 2023, 127.5, "CNY 100 million", "actual"),
            ("智能剪辑与调色", 2024, 49.7, "CNY 100 million", "actual"),
            ("视觉特效与数字人", 2024, 68.9, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2024, 29.8, "CNY 100 million", "actual"),
            ("智能音频与混音", 2024, 19.4, "CNY 100 million", "actual"),
            ("合计", 2024, 167.8, "CNY 100 million", "actual"),
            ("智能剪辑与调色", 2025, 63.2, "CNY 100 million", "estimate"),
            ("视觉特效与数字人", 2025, 88.5, "CNY 100 million", "estimate"),
            ("AI配音与字幕", 2025, 40.6, "CNY 100 million", "estimate"),
            ("智能音频与混音", 2025, 24.7, "CNY 100 million", "estimate"),
            ("合计", 2025, 217.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.4 + 52.6 + 21.3 + 15.2 = 127.5
            ("hierarchy", "exact"),  # 2024: 49.7 + 68.9 + 29.8 + 19.4 = 167.8
            ("hierarchy", "exact"),  # 2025E: 63.2 + 88.5 + 40.6 + 24.7 = 217.0
        ],
    ),
    # 39. Chennai research house's regional table (USD million) for AI dubbing and subtitling with a CAGR 2024-30
    #     column and a Global row; India's CAGR is inconsistent. Expected nowhere: the exhibit number, the date.
    dict(
        text=(
            "Meridian Media Research, Chennai, May 2025 - Exhibit 6\n"
            "AI dubbing and subtitling market by region (USD million)\n"
            "Region              2024     2030F    CAGR 2024-30\n"
            "North America        520     1,480    19.0%\n"
            "Europe               390     1,170    20.1%\n"
            "India                110       460    29.6%\n"
            "Japan & Korea        170       520    20.5%\n"
            "Rest of world        140       450    21.5%\n"
            "Global             1,330     4,080    20.5%"
        ),
        obs=[
            ("North America", 2024, 520, "USD million", "actual"),
            ("Europe", 2024, 390, "USD million", "actual"),
            ("India", 2024, 110, "USD million", "actual"),
            ("Japan & Korea", 2024, 170, "USD million", "actual"),
            ("Rest of world", 2024, 140, "USD million", "actual"),
            ("Global", 2024, 1330, "USD million", "actual"),
            ("North America", 2030, 1480, "USD million", "estimate"),
            ("Europe", 2030, 1170, "USD million", "estimate"),
            ("India", 2030, 460, "USD million", "estimate"),
            ("Japan & Korea", 2030, 520, "USD million", "estimate"),
            ("Rest of world", 2030, 450, "USD million", "estimate"),
            ("Global", 2030, 4080, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1480 / 520) ** (1 / 6) - 1 = 19.05% -> 19.0
            ("cagr|implied", "exact"),  # (1170 / 390) ** (1 / 6) - 1 = 20.09% -> 20.1
            # (460 / 110) ** (1 / 6) - 1 = 26.93%; bounds (459.5 / 110.5) ** (1/6) - 1 = 26.81%,
            # (460.5 / 109.5) ** (1/6) - 1 = 27.05% -> 29.6 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (520 / 170) ** (1 / 6) - 1 = 20.48% -> 20.5
            ("cagr|implied", "exact"),  # (450 / 140) ** (1 / 6) - 1 = 21.48% -> 21.5
            ("cagr|implied", "exact"),  # (4080 / 1330) ** (1 / 6) - 1 = 20.54% -> 20.5
            ("hierarchy", "exact"),  # 2024: 520 + 390 + 110 + 170 + 140 = 1330
            ("hierarchy", "exact"),  # 2030F: 1480 + 1170 + 460 + 520 + 450 = 4080
        ],
    ),
    # 40. Tokyo statistics table (tab-separated), fiscal 2024, yen billion with a share column; the film and TV
    #     share holds only by rounding; the 100.0 total is no claim. Expected nowhere: the table number, the 1,284
    #     respondents, the release date.
    dict(
        text=(
            "Content Technology Statistics Office, Tokyo - released 30 September 2025\n"
            "Table 4. Spending on AI tools in content production by field, fiscal 2024 (\u00a5 billion, %)\n"
            "Field\tSpending\tShare (%)\n"
            "Anime production\t38.6\t27.4\n"
            "Film and TV visual effects\t29.1\t20.6\n"
            "Game art and design\t41.3\t29.3\n"
            "Music production and mastering\t17.8\t12.6\n"
            "Dubbing and subtitling\t14.1\t10.0\n"
            "Total\t140.9\t100.0\n"
            "Note: Based on 1,284 responding studios and production companies. Shares may not sum to 100 because "
            "of rounding."
        ),
        obs=[
            ("Anime production", 2024, 38.6, "JPY billion", "actual"),
            ("Film and TV visual effects", 2024, 29.1, "JPY billion", "actual"),
            ("Game art and design", 2024, 41.3, "JPY billion", "actual"),
            ("Music production and mastering", 2024, 17.8, "JPY billion", "actual"),
            ("Dubbing and subtitling", 2024, 14.1, "JPY billion", "actual"),
            ("Total", 2024, 140.9, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 20.6, "percent", 2024, 2024, None),
            ("share", 29.3, "percent", 2024, 2024, None),
            ("share", 12.6, "percent", 2024, 2024, None),
            ("share", 10.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 140.9 = 27.40% -> 27.4
            # 29.1 / 140.9 = 20.65% -> 20.7, not 20.6; bounds 29.05 / 140.95 = 20.61%, 29.15 / 140.85 = 20.70%
            # -> 20.6 only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41.3 / 140.9 = 29.31% -> 29.3
            ("arithmetic", "exact"),  # 17.8 / 140.9 = 12.63% -> 12.6
            ("arithmetic", "exact"),  # 14.1 / 140.9 = 10.01% -> 10.0
            ("hierarchy", "exact"),  # 38.6 + 29.1 + 41.3 + 17.8 + 14.1 = 140.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 15, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed 34% last year to $612 million',
    'compounding at 24.7% a year over 2024-2030',
    'a CAGR of about 25%, by our numbers',
    'EUR 0.67 billion, or 36% of the total',
    'EUR 0.45 billion, a 25% share',
    'takes a bigger view, putting the 2024 market at',
    'at about $9 billion this year',
    "That's roughly 24% a year",
    'more than two and a half times its 2024 size',
    'The correct figure is ¥48.1 billion',
    'between ¥150 billion and ¥180 billion in 2030',
    'which works out to a 34.2% CAGR',
    '较2023年的62.7亿元同比增长37.8%',
    '力争突破300亿元，较2023年增长3倍',
    '年均复合增长率32.8%',
    '較2023年的29.4億元成長41.3%',
    '佔1.9億港元，佔比21%',
    '去年，国内AI音乐生成平台市场规模约为23.5亿元',
    '今年，这一数字有望突破40亿元，同比增长约70%',
    '2024至2028年複合年增長率約29%',
    '| Total | 1,482 | 1,861 | 2,865 |',
    '2023              538    13.2%',
    '合计\t44.1\t67.2\t97.3',
    'Segment\tFY2023\tFY2024\tFY2025e\tCAGR FY23-25e',
    '| AI配音與字幕 | 236 | 352 | 18.9% |',
    'around a $6 billion market in 2024',
    'call it 23%',
    'growth rate of 21.7% over 2023-28',
    '$1.18B last year, up 31% from $0.94B in 2023',
    'more than five times the ~$0.7B',
    'The correct figure is $640 million.',
    'up roughly 22% from GBP 255 million in 2023',
    'approach GBP 700 million by 2029',
    '$18B (2025E) → $44B (2030E), ~20% CAGR',
    'AI dubbing & localisation: $3.2B (17%)',
    'which works out at about 29% a year',
    'US$1.35bn by 2029, a 24.5% CAGR over 2024-29',
    '较上年的146.5亿元增长27.3%',
    '较2023年（约96亿元）增长2倍以上',
    '較2023年的48.3億元成長21.4%',
    '去年規模達12.4億港元，較前年的9.8億港元增長26.5%',
    '2030年上看118億美元，報告寫CAGR 24.3%',
    '预计2026年市场规模在60亿—70亿元之间',
    '预计到2027年将达到208亿元左右，年均增长约17%',
    '| Total | 3.8 | 10.9 |',
    '2025E\t123\t17.9%',
    '合计                    127.5',
    'India                110       460    29.6%',
    'Film and TV visual effects\t29.1\t20.6',
)
LAYOUT = (40, 10, 13, 17)
#: the set's blind score (written without reading or running the extractor, and kept unread): 206
#: figures, 55 rates, 85 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-eighty-sixth, eighty-eighth and ninetieth sets: 209, 57, 88
#: and 0
FLOORS = {"figures_found": 209, "rates_found": 58, "verdicts_right": 89}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset184.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
