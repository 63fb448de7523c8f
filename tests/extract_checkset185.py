"""A hundred-and-eighty-fifth check set for the extractor, written blind: AI in music, film and the creative arts: AI
music generation and mastering tools, AI in film post-production and visual effects, AI dubbing and subtitling,
generative art and design tools for studios, AI rights management and royalty tracking for labels and collecting
societies; sized in money by music-industry bodies, film and broadcast associations, streaming platforms' investor
days, culture ministries' plans, brokers and research houses in the United Kingdom, Sweden, South Korea, Japan, India,
Nigeria, the United States, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole
recorded-music, box-office or streaming market beside the AI part, tracks uploaded per day, subscribers or listeners,
a label's own revenue or profit, royalty rates, a funding round and valuation, a quarter's figures, a survey's
percentages, ticket counts.

Snippets 1-20: Twenty snippets on AI in music, film and the creative arts. Cases 1-8 are English prose: a Stockholm
wire release, a Mumbai fiscal-year broker note, a London briefing with segment shares, a Lagos story quoting two
research houses, an investor-day TAM with last year/this year, a UK plan with targets, a Tokyo note with a correction
and a yen range, and an investor's blog. Cases 9-15 are Chinese prose (12, 13 and 15 in Traditional): an industry
report, a Sichuan plan with 力争 and 增长3倍, a wire quoting two institutes, a Taiwan white paper, a Hong Kong story in 億港元
with a part and share, a 去年/今年 story and a broker deep-dive. Cases 16-20 are tables: markdown E/F, space-aligned years
with YoY, tab-separated 亿元 with 合计, fiscal years with a CAGR column, and 新台幣百萬元 with shares. Left out: whole-market
totals, uploads, users, company revenue, royalty rates, funding rounds, a quarter, survey answers, target prices,
rupee and won sums, a second house's and a corrected figure. Inconsistent: case 8's 38% and case 17's 2023 YoY.
Rounding only: cases 2, 3, 12, 15 and 20 and case 16's 2025E total.

Snippets 21-40: Snippets 21-40 on AI in music, film and the creative arts: eight English prose pieces (a Stockholm
streaming platform's earnings-call TAM, a Pune working-paper abstract, a Lagos social-media thread, a London web
article carrying a correction, a Swedish collecting society's annual-report letter, US investor-day slide bullets, a
Nigerian forum answer, a Seoul broker note with a won aside), seven Chinese prose pieces (Xinhua-style release, a
municipal implementation plan, a Taiwanese MIC-style release, a Hong Kong press report, a PTT forum post, a brokerage
abstract with a range, a results-briefing transcript; three in Traditional Chinese) and five tables (markdown segments
with a total, a tab-separated vertical table headed by its unit with a YoY column, a space-aligned 合计 table, a
regional CAGR table, a Japanese statistics table with shares). Distractors: subscribers, uploads, box office, whole
markets, own revenue, margins, Q1 figures, funding rounds, survey percentages, royalty rates, shares in words, a
second publisher's figure, the pre-correction figure, won, rupee, naira and krona amounts. Inconsistent: the thread's
26% CAGR and the 2023 YoY of 25.3% in snippet 37. Rounding only: growth 40% (27), CAGR 24% (28), growth 25% (32), CAGR
20.4% (39), share 10.5% (40) and the 2025E total of snippet 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Stockholm wire press release from a music-tech analyst: YoY growth with both amounts (the 2023 base printed in
    #    millions, converted to the series' USD billion), CAGR with printed span. Expected nowhere: the edition number,
    #    the report title's year, producers and countries polled, the recorded-music total, tracks per day, the survey's 62%.
    dict(
        text=(
            "STOCKHOLM, 4 February 2025 /PRNewswire/ -- Sales of AI music-generation, stem-separation and mastering "
            "software climbed 34% last year to $1.27 billion, up from $948 million in 2023, Nordljud Analys said on "
            "Tuesday in the fifth edition of its Music Tech Barometer 2025. The Stockholm firm, which polled 1,400 "
            "producers and songwriters in 19 countries, expects the market to reach $4.9 billion by 2030, a compound "
            "annual growth rate of 25.2% over 2024-2030. The AI slice is still small next to the $29.6 billion the "
            "global recorded-music business took in last year, and streaming services now receive some 120,000 new "
            "tracks a day. Of the producers polled, 62% said they had used an AI tool to finish a release."
        ),
        obs=[
            ("Total", 2023, 0.948, "USD billion", "actual"),
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Total", 2030, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 25.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.27 / 0.948) ** (1 / 1) - 1 = 33.97% -> 34
            ("cagr|implied", "exact"),  # (4.9 / 1.27) ** (1 / 6) - 1 = 25.24% -> 25.2
        ],
    ),
    # 2. Mumbai broker sector update in fiscal years; CAGR span only from the amounts' years, "~28%" while the amounts
    #    give 28.83%; the FY2029e figure in bn converted to the series' USD million. Expected nowhere: the rupee crore
    #    figure, subscribers added, languages, VaaniSync's TP, upside, revenue, growth and margin, the note's date.
    dict(
        text=(
            "INDIA MEDIA & ENTERTAINMENT | Sector update | Mumbai, 14 January 2025\n"
            "Dubbing goes synthetic. Regional-language OTT has made localisation the industry's busiest line item, "
            "and AI is eating into it. We estimate India's market for AI dubbing, voice-cloning and subtitling "
            "services at US$310mn in FY2024; on our numbers it crosses US$1.1bn by FY2029e, a ~28% CAGR. In rupee "
            "terms that is roughly Rs2,600 crore today. Platforms added some 38mn paying subscribers last year, and "
            "each now localises its tentpoles into eight or more languages. Our preferred play, VaaniSync Media (BUY, "
            "TP Rs860, 24% upside), grew FY2024 revenue 41% to Rs412 crore at a 23.5% EBITDA margin."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 310) ** (1 / 5) - 1 = 28.83% -> 29, not 28; bounds (1050 / 315) ** (1/5) - 1 = 27.23%,
            # (1150 / 305) ** (1/5) - 1 = 30.40% -> 28 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and two segments with their shares; the 18% holds only by rounding.
    #    Expected nowhere: the VFX supervisors interviewed, the box-office total, the UK VFX headcount, the year 2022.
    dict(
        text=(
            "London, 2 April 2025 - Studios and post houses worldwide spent USD 2.64 billion on AI tools for film and "
            "episodic post-production in 2024, according to a research briefing from Marlow Street Research. Visual "
            "effects were the biggest line: AI visual effects took USD 1.13 billion, or 43% of the total, with AI "
            "sound editing next at USD 0.49 billion (18%). The briefing, based on interviews with 85 VFX supervisors, "
            "sets that spend against a global box office of USD 30.5 billion and notes that the UK's VFX workforce, "
            "about 11,000 people, has barely grown since 2022. Marlow Street expects AI post-production spend to pass "
            "USD 4 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 2.64, "USD billion", "actual"),
            ("AI visual effects", 2024, 1.13, "USD billion", "actual"),
            ("AI sound editing", 2024, 0.49, "USD billion", "actual"),
            ("Total", 2026, 4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.13 / 2.64 = 42.80% -> 43
            # 0.49 / 2.64 = 18.56% -> 19, not 18; bounds 0.485 / 2.645 = 18.34%, 0.495 / 2.635 = 18.79%
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Lagos news article quoting two research houses; series unit USD million, so US$0.41 billion is 410.
    #    Expected nowhere: Savanna Data's 2024 figure, the subscription price, the seed round and valuation, listeners.
    dict(
        text=(
            "LAGOS, 17 July 2025 - Afrobeats has gone global, and so have the machines that polish it. The market for "
            "AI mastering, distribution and rights-tracking tools serving African artists was worth US$86 million in "
            "2024 and is expected to reach US$0.41 billion by 2030, growing 29.7% a year between 2024 and 2030, "
            "according to Lagos research house Adeyemi & Cole Insights. Nairobi-based Savanna Data is more upbeat, "
            "putting the 2024 market at US$112 million. The tools are cheap by industry standards: a mastering "
            "subscription from local start-up Masterkraft costs about US$9 a month, and the company raised US$6.5 "
            "million in a seed round last month at a US$38 million valuation. Nigeria's biggest streaming platform "
            "says it has 41 million monthly listeners."
        ),
        obs=[
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2030, 410, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (410 / 86) ** (1 / 6) - 1 = 29.73% -> 29.7
        ],
    ),
    # 5. New York investor-day transcript: the CFO sizes the TAM (Total); "last year" 2024 actual, "this year" 2025
    #    estimate, a multiple "more than triples" (x3, 2024 to 2030). Expected nowhere: MAUs, subscribers, Q2 revenue and
    #    its growth, the creator-tools line's growth, the gross-margin guide.
    dict(
        text=(
            "Northlight Audio Investor Day 2025 | Transcript excerpt | New York, 11 September 2025\n"
            "MARA OKONJO, CHIEF FINANCIAL OFFICER: Before I get to our own numbers, let me size the opportunity. We "
            "think the total addressable market for AI-assisted creation tools -- music generation, voice, stem "
            "separation, short-form video editing -- was roughly $14 billion last year. It's moving fast. We think it "
            "ends this year north of $17 billion, and on our math it more than triples from last year's level, to "
            "about $46 billion, by 2030. Now, to us. We closed the second quarter with 271 million monthly active "
            "users and 109 million paying subscribers; Q2 revenue was $3.9 billion, up 16%, and our creator-tools "
            "line grew 58%. We're guiding to a 32% gross margin for the full year."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2025, 17, "USD billion", "estimate"),
            ("Total", 2030, 46, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 6. UK culture department's plan with a target: YoY growth with both amounts; "around 21%" whose span only the
    #    amounts' years give; the £2 billion target converted to the series' GBP million. Expected nowhere: the command
    #    paper number, creative industries' GVA, jobs, the £25 million pilot fund.
    dict(
        text=(
            "The Creative AI Growth Plan (CP 1192), published by the Department for Culture, Media and Sport on 23 "
            "June 2025, sets out how the government wants British studios, labels and design agencies to adopt AI "
            "without signing away their rights. Drawing on departmental analysis, it estimates that UK businesses "
            "spent \u00a3640 million on AI tools for music, film, games and design in 2024, a 27% increase on the "
            "\u00a3505 million spent in 2023. The plan's ambition is for that market to reach \u00a32 billion by 2030, "
            "which would mean annual growth of around 21%. The creative industries as a whole added \u00a3124 billion "
            "in gross value added in 2023 and employ 2.4 million people; a \u00a325 million pilot fund will open to "
            "applicants in the autumn."
        ),
        obs=[
            ("Total", 2023, 505, "GBP million", "actual"),
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 505) ** (1 / 1) - 1 = 26.73% -> 27
            ("cagr|period", "exact"),  # (2000 / 640) ** (1 / 6) - 1 = 20.91% -> 21
        ],
    ),
    # 7. Tokyo research note carrying a correction and a range (yen): YoY with both amounts; 2030 given as a range.
    #    Expected nowhere: the erroneous ¥38.5 billion, the anime industry's ¥3.34 trillion, the key-animator headcount.
    dict(
        text=(
            "TOKYO, 3 March 2025\n"
            "Correction: An earlier version of this note gave Japan's 2024 market for AI anime-production tools as "
            "\u00a538.5 billion. The correct figure is \u00a535.8 billion.\n"
            "Studios are no longer experimenting. Spending by Japanese anime studios on AI in-betweening, colouring "
            "and background generation grew 19.7% to \u00a535.8 billion in 2024, from \u00a529.9 billion in 2023, by "
            "our count. We see \u00a595-120 billion by 2030, depending on how fast the big production committees "
            "sign off. For context, the anime industry as a whole was worth \u00a53.34 trillion in 2023, and roughly "
            "6,000 key animators still draw by hand."
        ),
        obs=[
            ("Total", 2023, 29.9, "JPY billion", "actual"),
            ("Total", 2024, 35.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("value", 95, "JPY billion", 2030, 2030, None),
            ("value", 120, "JPY billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35.8 / 29.9) ** (1 / 1) - 1 = 19.73% -> 19.7
        ],
    ),
    # 8. Investor's blog post on rights management and royalty tracking: "up 38%" is a typo (the amounts give 32.2%);
    #    the 2027 figure in bn converted to the series' USD million. Expected nowhere: collecting societies'
    #    distributions, the mechanical royalty rate, the Series C and valuation, the posting date.
    dict(
        text=(
            "Why I own the plumbing, not the piano (posted 2 May 2025)\n"
            "Everyone wants to own the AI that writes the hit. I'd rather own the AI that works out who gets paid for "
            "it. By my count, the market for AI-driven rights management and royalty tracking -- the matching engines "
            "labels, publishers and collecting societies use to trace a stem through ten thousand remixes -- was "
            "about $780 million in 2024, up 38% from $590 million in 2023. I think it gets to $1.6 billion by 2027, "
            "roughly 27% a year. That is still a sliver of the $13.1 billion collecting societies distributed last "
            "year, and a mechanical royalty rate of 15.1% hasn't moved. Royaltix's $45 million Series C at a $600 "
            "million valuation tells you the VCs agree. Disclosure: I hold shares in two of the names mentioned."
        ),
        obs=[
            ("Total", 2023, 590, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2027, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (780 / 590) - 1 = 32.20% -> 32, not 38; bounds 775 / 595 - 1 = 30.25%, 785 / 585 - 1 = 34.19%
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (1600 / 780) ** (1 / 3) - 1 = 27.06% -> 27
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, CAGR with printed span. Expected nowhere: the
    #    report title's year, online music users, the digital-music total, creators surveyed, the 67.3% survey answer,
    #    AI songs uploaded per day.
    dict(
        text=(
            "《2025中国AI音乐产业发展报告》日前在京发布。报告显示，2024年我国AI音乐生成与制作工具市场规模达到31.5亿元，"
            "较2023年的21.4亿元增长47.2%；随着短视频平台和独立音乐人需求释放，预计到2028年市场规模将达到125亿元，"
            "2024—2028年年均复合增长率为41.1%。从用户端看，我国在线音乐用户规模已达7.6亿，数字音乐市场整体规模约1,850亿元，"
            "AI音乐在其中的比重仍然很小。报告调研的1,200名音乐创作者中，有67.3%表示曾使用AI工具辅助创作；"
            "主要平台每天新增AI生成歌曲超过10万首。"
        ),
        obs=[
            ("Total", 2023, 21.4, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2028, 125, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 47.2, "percent", 2023, 2024, 1.0),
            ("cagr", 41.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 21.4) - 1 = 47.20% -> 47.2
            ("cagr|implied", "exact"),  # (125 / 31.5) ** (1 / 4) - 1 = 41.14% -> 41.1
        ],
    ),
    # 10. Sichuan provincial action plan (Simplified) with 力争 targets: a 2025 target, a 2027 target with 突破 and
    #     增长3倍 over 2023 (x3, no verdict). Expected nowhere: the document number, the plan title's years, firm counts,
    #     leading firms and bases, the province's whole film-industry output target.
    dict(
        text=(
            "四川省人民政府办公厅关于印发《四川省人工智能赋能影视产业高质量发展行动方案（2025—2027年）》的通知\n"
            "川办发〔2025〕18号\n"
            "一、发展基础。2023年，全省AI影视制作及视效产业规模约60亿元，聚集相关企业320余家。\n"
            "二、发展目标。到2025年底，全省AI影视制作及视效产业规模达到110亿元；到2027年，力争全省AI影视制作及视效产业规模"
            "突破240亿元，较2023年增长3倍，培育10家以上具有全国影响力的AI视效领军企业，建成5个AI影视制作基地，"
            "全省影视产业总产值力争突破1000亿元。"
        ),
        obs=[
            ("Total", 2023, 60, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
            ("Total", 2027, 240, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style wire story (Simplified) quoting two institutes; the CAGR's span only from the amounts' years.
    #     Expected nowhere: the second institute's 41亿元 for 2024, audio-visual users, the micro-drama market, the
    #     3 weeks / 5 days, the dateline.
    dict(
        text=(
            "新华社北京2025年8月6日电（记者周然）AI配音、智能字幕正加速进入影视译制和微短剧出海环节。"
            "中国传媒科技研究院6日发布的数据显示，2024年我国AI配音与智能字幕市场规模为36.2亿元，预计2027年将增至88.5亿元，"
            "年均复合增长率约34.7%。另一家机构艾迪数据的测算更为乐观，认为2024年该市场规模已达41亿元。"
            "研究院指出，我国网络视听用户规模达10.9亿人，微短剧市场规模已超过500亿元，"
            "借助AI，一部译制剧的配音周期可从3周缩短至5天。"
        ),
        obs=[
            ("Total", 2024, 36.2, "CNY 100 million", "actual"),
            ("Total", 2027, 88.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (88.5 / 36.2) ** (1 / 3) - 1 = 34.71% -> 34.7
        ],
    ),
    # 12. Taiwan association white paper (Traditional), 新台幣億元: 26.8% growth holds only by rounding; CAGR with
    #     printed span exact. Expected nowhere: the white paper's title year, the date, the recorded-music industry's
    #     output, member firms, the 58% survey answer.
    dict(
        text=(
            "【2025/05/20 台北報導】台灣音樂科技發展協會今（20）日發布《2025台灣AI音樂產業白皮書》指出，"
            "2024年台灣AI音樂後製與母帶處理市場規模達新台幣12.4億元，較2023年的9.8億元成長26.8%。"
            "協會預估，在獨立音樂人與串流平台需求帶動下，2028年市場規模可望達新台幣31億元，"
            "2024至2028年複合成長率約26%。相較之下，台灣唱片業全年總產值約新台幣58億元；"
            "協會142家會員廠商中，有58%表示已導入AI混音工具。"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2028, 31, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 12.4 / 9.8 - 1 = 26.53% -> 26.5, not 26.8; bounds 12.35 / 9.85 - 1 = 25.38%, 12.45 / 9.75 - 1 = 27.69%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (31 / 12.4) ** (1 / 4) - 1 = 25.74% -> 26
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part with its share, a 2027 forecast and an
    #     annual rate whose span only the amounts give. Expected nowhere: the box-office total, admissions, the
    #     VFX house's Series B and valuation.
    dict(
        text=(
            "【本報訊】香港數碼影視協會昨日公布調查，2024年本港AI影視後期製作市場規模為3.64億港元，"
            "其中AI視覺特效佔1.5億港元，佔比41.2%，其餘為AI剪輯、調色及配音。協會預計，隨着串流平台加大本地製作投入，"
            "市場規模於2027年將增至6.4億港元，年均增長約20.7%。作為對照，2024年本港電影票房總收入約為10.2億港元，"
            "入場觀眾約1,030萬人次。本地特效公司光域視效上月完成1.2億港元B輪融資，估值約15億港元。"
        ),
        obs=[
            ("Total", 2024, 3.64, "HKD 100 million", "actual"),
            ("AI視覺特效", 2024, 1.5, "HKD 100 million", "actual"),
            ("Total", 2027, 6.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("cagr", 20.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.5 / 3.64 = 41.21% -> 41.2
            ("cagr|period", "exact"),  # (6.4 / 3.64) ** (1 / 3) - 1 = 20.70% -> 20.7
        ],
    ),
    # 14. Beijing newspaper story (Simplified) with dateline 2025: 去年 = 2024 actual, 今年 = 2025 estimate (超过),
    #     明年 = 2026 estimate; a growth rate with only one amount (no verdict). Expected nowhere: the first quarter's
    #     3.1亿元, royalty split ratios, works uploaded per day.
    dict(
        text=(
            "本报北京2025年6月18日讯（记者林晓）记者从近日举行的音乐版权产业交流会上获悉，AI技术正在改变音乐版权的监测与结算方式。"
            "据业内测算，去年我国音乐版权AI监测与版税结算服务市场规模约为9.3亿元，同比增长52%；今年一季度，"
            "该市场规模已达3.1亿元，预计今年全年将超过13亿元，明年有望达到18亿元。不过，与音乐版权产业整体相比，"
            "这一市场仍处于起步阶段：多家平台的词曲版税分成比例仍在8%至12%之间，部分头部平台日均新增作品超过20万首。"
        ),
        obs=[
            ("Total", 2024, 9.3, "CNY 100 million", "actual"),
            ("Total", 2025, 13, "CNY 100 million", "estimate"),
            ("Total", 2026, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 15. Taipei broker deep-dive (Traditional) with a target price, 億美元: CAGR with printed span that holds only by
    #     rounding; a share without its part (no verdict). Expected nowhere: the stock code, the company's revenue,
    #     growth, gross margin and first-quarter revenue, the target price and upside.
    dict(
        text=(
            "宏曜證券投顧｜產業深度報告｜2025年7月14日\n"
            "生成式AI設計工具：從影視美術走向品牌設計\n"
            "我們估計，全球生成式AI設計與美術工具（涵蓋概念美術、分鏡、品牌視覺與動態設計）市場規模2024年約48億美元，"
            "預估2029年將達167億美元，2024至2029年年複合成長率達28.6%；其中影視與遊戲美術應用2024年約佔35%。"
            "首次納入研究的維光數位（6938）為台灣少數具自有模型的設計工具廠，2024年營收新台幣8.6億元、年增41%，"
            "毛利率52.3%；今年第一季營收新台幣2.4億元。我們給予「買進」評等，目標價新台幣1,150元，潛在上漲空間23%。"
        ),
        obs=[
            ("Total", 2024, 48, "USD 100 million", "actual"),
            ("Total", 2029, 167, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.6, "percent", 2024, 2029, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (167 / 48) ** (1 / 5) - 1 = 28.32% -> 28.3, not 28.6; bounds (166.5 / 48.5) ** (1/5) - 1 = 27.98%,
            # (167.5 / 47.5) ** (1/5) - 1 = 28.67% -> 28.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Los Angeles research house, markdown pipe table with E/F columns and a total row; the 2025E column adds only
    #     by rounding. Expected nowhere: the exhibit number, the source date, the box-office figure.
    dict(
        text=(
            "Exhibit 7: Global spending on AI in film post-production and VFX, by segment (US$ million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|:---|---:|---:|---:|---:|\n"
            "| AI rotoscoping & compositing | 402.6 | 511.8 | 612.4 | 851.0 |\n"
            "| AI de-ageing & face replacement | 228.1 | 301.5 | 388.7 | 590.2 |\n"
            "| AI colour grading & conform | 150.9 | 193.2 | 241.3 | 352.8 |\n"
            "| AI sound & dialogue editing | 118.4 | 152.0 | 197.9 | 301.6 |\n"
            "| Total | 900.0 | 1,158.5 | 1,440.4 | 2,095.6 |\n"
            "\n"
            "Source: Kestrel Media Research, Los Angeles, March 2025. E = estimate, F = forecast. For scale, global "
            "box office was about US$30bn in 2024."
        ),
        obs=[
            ("AI rotoscoping & compositing", 2023, 402.6, "USD million", "actual"),
            ("AI rotoscoping & compositing", 2024, 511.8, "USD million", "actual"),
            ("AI rotoscoping & compositing", 2025, 612.4, "USD million", "estimate"),
            ("AI rotoscoping & compositing", 2027, 851.0, "USD million", "estimate"),
            ("AI de-ageing & face replacement", 2023, 228.1, "USD million", "actual"),
            ("AI de-ageing & face replacement", 2024, 301.5, "USD million", "actual"),
            ("AI de-ageing & face replacement", 2025, 388.7, "USD million", "estimate"),
            ("AI de-ageing & face replacement", 2027, 590.2, "USD million", "estimate"),
            ("AI colour grading & conform", 2023, 150.9, "USD million", "actual"),
            ("AI colour grading & conform", 2024, 193.2, "USD million", "actual"),
            ("AI colour grading & conform", 2025, 241.3, "USD million", "estimate"),
            ("AI colour grading & conform", 2027, 352.8, "USD million", "estimate"),
            ("AI sound & dialogue editing", 2023, 118.4, "USD million", "actual"),
            ("AI sound & dialogue editing", 2024, 152.0, "USD million", "actual"),
            ("AI sound & dialogue editing", 2025, 197.9, "USD million", "estimate"),
            ("AI sound & dialogue editing", 2027, 301.6, "USD million", "estimate"),
            ("Total", 2023, 900.0, "USD million", "actual"),
            ("Total", 2024, 1158.5, "USD million", "actual"),
            ("Total", 2025, 1440.4, "USD million", "estimate"),
            ("Total", 2027, 2095.6, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 402.6 + 228.1 + 150.9 + 118.4 = 900.0
            ("hierarchy", "exact"),  # 2024: 511.8 + 301.5 + 193.2 + 152.0 = 1158.5
            # 2025E: 612.4 + 388.7 + 241.3 + 197.9 = 1440.3, not 1440.4; bounds 1440.1 .. 1440.5 reach [1440.35, 1440.45]
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 851.0 + 590.2 + 352.8 + 301.6 = 2095.6
        ],
    ),
    # 17. Seoul broker exhibit, space-aligned table with years as rows, a lone value column headed by its unit (Total)
    #     and a YoY column; the 2023 YoY of 38.6% is a transposition of 36.8%. Expected nowhere: the exhibit number, the
    #     won figure for Korea's own spend, the exchange rate, K-drama titles exported, the note's date.
    dict(
        text=(
            "Hanbit Investment & Securities | K-Content Tech | Seoul, 9 June 2025\n"
            "Exhibit 5. Global AI dubbing & subtitling market\n"
            "\n"
            "Year       US$ mn      YoY\n"
            "2021         182        -\n"
            "2022         247    35.7%\n"
            "2023         338    38.6%\n"
            "2024         471    39.3%\n"
            "2025E        640    35.9%\n"
            "2026E        845    32.0%\n"
            "\n"
            "Source: Hanbit Research. Note 1: Korea's own spend, \u20a9118bn in 2024 (converted at \u20a91,364/US$), is "
            "excluded. Note 2: 2025E-2026E are our forecasts. K-drama exports reached 1,640 titles last year."
        ),
        obs=[
            ("Total", 2021, 182, "USD million", "actual"),
            ("Total", 2022, 247, "USD million", "actual"),
            ("Total", 2023, 338, "USD million", "actual"),
            ("Total", 2024, 471, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "estimate"),
            ("Total", 2026, 845, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35.7, "percent", 2021, 2022, 1.0),
            ("growth", 38.6, "percent", 2022, 2023, 1.0),
            ("growth", 39.3, "percent", 2023, 2024, 1.0),
            ("growth", 35.9, "percent", 2024, 2025, 1.0),
            ("growth", 32.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 247 / 182 - 1 = 35.71% -> 35.7
            # 338 / 247 - 1 = 36.84% -> 36.8, not 38.6; bounds 337.5 / 247.5 - 1 = 36.36%, 338.5 / 246.5 - 1 = 37.32%
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 471 / 338 - 1 = 39.35% -> 39.3
            ("cagr|implied", "exact"),  # 640 / 471 - 1 = 35.88% -> 35.9
            ("cagr|implied", "exact"),  # 845 / 640 - 1 = 32.03% -> 32.0
        ],
    ),
    # 18. Mainland research institute, tab-separated Chinese table in 亿元 with a 合计 row; 2025年E an estimate.
    #     Expected nowhere: the table number, the title's year span, the digital-music total in the note.
    dict(
        text=(
            "从细分领域看，AI作曲与编曲仍是最大板块，AI音乐版权监测增速最快（见表2）。\n"
            "表2　2023—2025年中国AI音乐细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI作曲与编曲\t8.6\t12.9\t18.4\n"
            "AI混音与母带\t4.3\t6.8\t9.7\n"
            "AI歌声合成\t5.1\t7.2\t10.5\n"
            "AI音乐版权监测\t1.6\t2.3\t3.5\n"
            "合计\t19.6\t29.2\t42.1\n"
            "资料来源：星河音乐产业研究院。注：E为预测值；数字音乐整体市场规模（约1,900亿元）未列入本表。"
        ),
        obs=[
            ("AI作曲与编曲", 2023, 8.6, "CNY 100 million", "actual"),
            ("AI作曲与编曲", 2024, 12.9, "CNY 100 million", "actual"),
            ("AI作曲与编曲", 2025, 18.4, "CNY 100 million", "estimate"),
            ("AI混音与母带", 2023, 4.3, "CNY 100 million", "actual"),
            ("AI混音与母带", 2024, 6.8, "CNY 100 million", "actual"),
            ("AI混音与母带", 2025, 9.7, "CNY 100 million", "estimate"),
            ("AI歌声合成", 2023, 5.1, "CNY 100 million", "actual"),
            ("AI歌声合成", 2024, 7.2, "CNY 100 million", "actual"),
            ("AI歌声合成", 2025, 10.5, "CNY 100 million", "estimate"),
            ("AI音乐版权监测", 2023, 1.6, "CNY 100 million", "actual"),
            ("AI音乐版权监测", 2024, 2.3, "CNY 100 million", "actual"),
            ("AI音乐版权监测", 2025, 3.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 19.6, "CNY 100 million", "actual"),
            ("合计", 2024, 29.2, "CNY 100 million", "actual"),
            ("合计", 2025, 42.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.6 + 4.3 + 5.1 + 1.6 = 19.6
            ("hierarchy", "exact"),  # 2024: 12.9 + 6.8 + 7.2 + 2.3 = 29.2
            ("hierarchy", "exact"),  # 2025E: 18.4 + 9.7 + 10.5 + 3.5 = 42.1
        ],
    ),
    # 19. Tokyo broker, tab-separated fiscal-year table (¥bn) with a total row and a CAGR column whose span the header
    #     prints. Expected nowhere: the exhibit number, the note's date, the covered company's target price.
    dict(
        text=(
            "Mizuhara Securities | Japan Media | Tokyo, 20 May 2025\n"
            "Exhibit 12: Japan AI production-tools market for anime and VFX (\u00a5bn; fiscal years ending March)\n"
            "Segment\tFY2023\tFY2024\tFY2025E\tFY2026E\tCAGR FY24-26E\n"
            "In-betweening & colouring\t14.2\t18.9\t24.6\t31.0\t28.1%\n"
            "Background & layout generation\t8.6\t11.7\t15.8\t20.9\t33.7%\n"
            "AI voice & lip-sync\t4.1\t5.9\t8.3\t11.2\t37.8%\n"
            "Total\t26.9\t36.5\t48.7\t63.1\t31.5%\n"
            "Source: company data, Mizuhara Securities estimates. We rate Kumo Animation Outperform with a target "
            "price of \u00a54,200."
        ),
        obs=[
            ("In-betweening & colouring", 2023, 14.2, "JPY billion", "actual"),
            ("In-betweening & colouring", 2024, 18.9, "JPY billion", "actual"),
            ("In-betweening & colouring", 2025, 24.6, "JPY billion", "estimate"),
            ("In-betweening & colouring", 2026, 31.0, "JPY billion", "estimate"),
            ("Background & layout generation", 2023, 8.6, "JPY billion", "actual"),
            ("Background & layout generation", 2024, 11.7, "JPY billion", "actual"),
            ("Background & layout generation", 2025, 15.8, "JPY billion", "estimate"),
            ("Background & layout generation", 2026, 20.9, "JPY billion", "estimate"),
            ("AI voice & lip-sync", 2023, 4.1, "JPY billion", "actual"),
            ("AI voice & lip-sync", 2024, 5.9, "JPY billion", "actual"),
            ("AI voice & lip-sync", 2025, 8.3, "JPY billion", "estimate"),
            ("AI voice & lip-sync", 2026, 11.2, "JPY billion", "estimate"),
            ("Total", 2023, 26.9, "JPY billion", "actual"),
            ("Total", 2024, 36.5, "JPY billion", "actual"),
            ("Total", 2025, 48.7, "JPY billion", "estimate"),
            ("Total", 2026, 63.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 33.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 37.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 31.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 14.2 + 8.6 + 4.1 = 26.9
            ("hierarchy", "exact"),  # FY2024: 18.9 + 11.7 + 5.9 = 36.5
            ("hierarchy", "exact"),  # FY2025E: 24.6 + 15.8 + 8.3 = 48.7
            ("hierarchy", "exact"),  # FY2026E: 31.0 + 20.9 + 11.2 = 63.1
            ("cagr|implied", "exact"),  # (31.0 / 18.9) ** (1 / 2) - 1 = 28.07% -> 28.1
            ("cagr|implied", "exact"),  # (20.9 / 11.7) ** (1 / 2) - 1 = 33.65% -> 33.7
            ("cagr|implied", "exact"),  # (11.2 / 5.9) ** (1 / 2) - 1 = 37.78% -> 37.8
            ("cagr|implied", "exact"),  # (63.1 / 36.5) ** (1 / 2) - 1 = 31.48% -> 31.5
        ],
    ),
    # 20. Taiwan association, Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; the
    #     17.4% holds only by rounding; the 100.0% total is no claim. Expected nowhere: the table number, the source date.
    dict(
        text=(
            "表4　2024年台灣AI影音字幕與配音市場結構\n"
            "單位：新台幣百萬元；%\n"
            "\n"
            "| 項目 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| AI字幕生成 | 612 | 38.5% |\n"
            "| AI配音 | 487 | 30.6% |\n"
            "| AI口型同步 | 276 | 17.4% |\n"
            "| 其他 | 216 | 13.6% |\n"
            "| 合計 | 1,591 | 100.0% |\n"
            "\n"
            "資料來源：台灣影音內容科技協會（2025年4月）；各項占比因四捨五入，加總未必等於100%。"
        ),
        obs=[
            ("AI字幕生成", 2024, 612, "TWD million", "actual"),
            ("AI配音", 2024, 487, "TWD million", "actual"),
            ("AI口型同步", 2024, 276, "TWD million", "actual"),
            ("其他", 2024, 216, "TWD million", "actual"),
            ("合計", 2024, 1591, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 30.6, "percent", 2024, 2024, None),
            ("share", 17.4, "percent", 2024, 2024, None),
            ("share", 13.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612 / 1591 = 38.47% -> 38.5
            ("arithmetic", "exact"),  # 487 / 1591 = 30.61% -> 30.6
            # 276 / 1591 = 17.348% -> 17.3, not 17.4; bounds 275.5 / 1591.5 = 17.31%, 276.5 / 1590.5 = 17.385% -> 17.4
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 216 / 1591 = 13.58% -> 13.6
            ("hierarchy", "exact"),  # 612 + 487 + 276 + 216 = 1591
        ],
    ),
    # 21. Stockholm streaming platform's Q3 2025 earnings-call transcript; CFO sizes a TAM ("this year" -> 2025
    #     estimate); CAGR span only from the amounts' years. Expected nowhere: subscribers, Q3 revenue, the call date.
    dict(
        text=(
            "Tunlid Audio AB (TUNL) Q3 2025 Earnings Call Transcript - 22 October 2025\n"
            "Operator: Our next question comes from Ingrid Sandvik with Nordhavn Securities. Please go ahead.\n"
            "Ingrid Sandvik: Thanks for taking the question. You keep talking up creator tools - can you size that "
            "opportunity for us?\n"
            "Mattias Lindqvist, CFO: Sure. Internally we think of the total addressable market for AI-assisted music "
            "creation - generation, stem splitting, mastering, the whole workflow - as roughly $3.8 billion this year, "
            "and we model it getting to about $11 billion by 2030. So it's compounding at something like 24% a year. "
            "For context, we crossed 268 million subscribers in the quarter and third-quarter revenue was EUR 4.3 "
            "billion, so it's small next to the core business today, but it's a market we intend to win in."
        ),
        obs=[
            ("Total", 2025, 3.8, "USD billion", "estimate"),
            ("Total", 2030, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11 / 3.8) ** (1 / 5) - 1 = 23.69% -> 24
        ],
    ),
    # 22. Pune working-paper abstract on AI dubbing and subtitling; YoY with both amounts; a multiple to 2029.
    #     Expected nowhere: paper number, 1,140 titles, the rupee (crore) figure, the 60% price fall, JEL codes.
    dict(
        text=(
            "Centre for Media Economics, Pune - Working Paper No. 24/117 (June 2025)\n"
            "Lip-sync at scale: the economics of machine dubbing\n"
            "Abstract. Machine dubbing has moved from novelty to budget line. Drawing on invoices for 1,140 film and "
            "series titles localised between 2021 and 2024, we estimate that worldwide spending on AI dubbing and "
            "subtitling services reached US$1.58 billion in 2024, up 25.4% from US$1.26 billion in 2023. On current "
            "adoption curves the market will be 3.2 times its 2024 size by 2029. India's own spend remains modest - "
            "we put it at about Rs 1,050 crore - yet Indian-language pairs are the fastest-growing segment in our "
            "data, and per-minute prices for dubbed dialogue fell by roughly 60% over the sample period. "
            "JEL: L82, O33."
        ),
        obs=[
            ("Total", 2023, 1.26, "USD billion", "actual"),
            ("Total", 2024, 1.58, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
            ("multiple", 3.2, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.58 / 1.26) ** (1 / 1) - 1 = 25.40% -> 25.4
        ],
    ),
    # 23. Lagos producer's social-media thread on AI mastering; stated CAGR inconsistent with its amounts.
    #     Expected nowhere: tracks uploaded per day, the start-up's round and valuation, the survey's 71%.
    dict(
        text=(
            "\U0001f9f5 1/ Everyone in Lagos studios is arguing about AI mastering, so here are actual numbers. "
            "Sonarfield Research sizes the global market for AI mastering tools at $310M in 2024.\n"
            "2/ Their forecast is $890M by 2029. That's a 26% CAGR 2024-2029 if you're counting.\n"
            "3/ Context: ~120,000 new tracks hit the streaming services every single day. Most will never touch a "
            "human mastering engineer.\n"
            "4/ Afrobeats is the test case. Lagos start-up MixBridge just raised $4.5M at a $38M valuation.\n"
            "5/ Survey bit: 71% of the Nigerian producers Sonarfield polled have used an AI master at least once. /end"
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 890, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (890 / 310) ** (1 / 5) - 1 = 23.48% -> 23, not 26; bounds (889.5 / 310.5) ** (1/5) - 1 = 23.43%,
            # (890.5 / 309.5) ** (1/5) - 1 = 23.54% -> 26 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. London web article on AI in VFX post-production, carrying a correction; the 2028 figure in billions is
    #     converted to the series' GBP million. Expected nowhere: the pre-correction £480m, admissions, box office.
    dict(
        text=(
            "AI is now doing the grunt work in Soho's effects houses\n"
            "By Harriet Cole | Published 3 April 2025, updated 4 April 2025\n"
            "Rotoscoping, clean-up and crowd replication used to eat junior artists' weeks. British post-production "
            "and visual-effects companies spent \u00a3418 million on AI-assisted tools and services in 2024, up 17% "
            "from \u00a3357 million in 2023, according to a report from the UK Screen Production Council. Cinema "
            "admissions rose to 127 million last year and the UK box office took about \u00a31.0 billion, but it is "
            "streaming commissions that are driving the tooling spend. The council expects AI spending in the sector "
            "to reach \u00a31.1 billion by 2028.\n"
            "Correction, 4 April 2025: An earlier version of this article gave the 2024 spending figure as "
            "\u00a3480 million. The correct figure is \u00a3418 million, and the growth rate has been amended."
        ),
        obs=[
            ("Total", 2023, 357, "GBP million", "actual"),
            ("Total", 2024, 418, "GBP million", "actual"),
            ("Total", 2028, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 357) ** (1 / 1) - 1 = 17.09% -> 17
        ],
    ),
    # 25. Swedish collecting society's annual-report letter; a regional part with its share; "double" as x2.
    #     Expected nowhere: own distributions in SEK, members, royalty rate, "nearly a third" in words.
    dict(
        text=(
            "Letter from the Chief Executive - Nordtone Annual Report 2024 (Stockholm, March 2025)\n"
            "Dear members,\n"
            "It was a record year for us: distributions to rights holders rose to SEK 2.31 billion and we now "
            "represent 96,400 songwriters and publishers. Around us, a new industry has taken shape. Independent "
            "estimates put the global market for AI rights-management and royalty-tracking services - fingerprinting, "
            "usage detection, automated claims - at EUR 640 million in 2024, and Europe accounts for EUR 262 million "
            "of that, or 41%. Nearly a third of it is bought by labels rather than societies like ours. We expect "
            "the market to double by 2028, and we intend to be a buyer with real bargaining power. The standard "
            "mechanical royalty rate remains 8.5%."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Europe", 2024, 262, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 262 / 640 = 40.94% -> 41
        ],
    ),
    # 26. US creative-software company's investor-day slide bullets; TAM, stated CAGR, a segment with its share.
    #     Expected nowhere: monthly active creators, Q4 revenue, the company's 15% share goal, the slide number.
    dict(
        text=(
            "Lumenreel Inc. | Investor Day 2025 | Slide 14 - The studio creative-tools opportunity\n"
            "\u2022 Generative art & design tools for studios: TAM of $14.2B in 2024\n"
            "\u2022 Expected to reach $38.5B by 2028E - 28% CAGR (2024-2028E)\n"
            "\u2022 Video & VFX generation is the largest slice: $5.1B, 36% of 2024 TAM\n"
            "\u2022 Lumenreel today: 310M monthly active creators; Q4 2024 revenue $412M\n"
            "\u2022 Goal: 15% share of TAM by 2028\n"
            "Source: Lumenreel estimates; Brightwater Partners"
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2028, 38.5, "USD billion", "estimate"),
            ("Video & VFX generation", 2024, 5.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 14.2) ** (1 / 4) - 1 = 28.32% -> 28
            ("arithmetic", "exact"),  # 5.1 / 14.2 = 35.92% -> 36
        ],
    ),
    # 27. Forum answer from a Lagos localisation producer; a second publisher's 2024 figure; growth holds by rounding.
    #     Expected nowhere: Lagos Screen Data's $75 million, films a year, subscribers, the naira rate per film-hour.
    dict(
        text=(
            "Q: How big is the market for AI dubbing of Nollywood films?\n"
            "Answer from Chidi O., localisation producer in Lagos (answered 11 Feb 2025)\n"
            "Short version: small but moving fast. The number most people quote comes from Kano-based Sahel Media "
            "Insights, which put the African market for AI dubbing and voice localisation at $61 million in 2024, up "
            "from $44 million in 2023 - they call that 40% growth - and expects it to hit $150 million by 2027. "
            "Lagos Screen Data says $75 million for 2024, but they lump in human-supervised dubbing, so I'd take the "
            "lower figure. For scale, Nollywood puts out around 2,500 films a year and the biggest local platform "
            "has about 6.1 million subscribers. My own studio charges roughly \u20a6450,000 per film-hour for an AI "
            "dub with a human pass."
        ),
        obs=[
            ("Total", 2023, 44, "USD million", "actual"),
            ("Total", 2024, 61, "USD million", "actual"),
            ("Total", 2027, 150, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 40, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (61 / 44) ** (1 / 1) - 1 = 38.64% -> 39, not 40; bounds 60.5 / 44.5 - 1 = 35.96%,
            # 61.5 / 43.5 - 1 = 41.38% -> 40 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note on AI vocal synthesis; stated CAGR holds only by rounding; an aside in won.
    #     Expected nowhere: the won market size, target price, 1Q25 operating profit, listeners, the note's date.
    dict(
        text=(
            "Hanbit Investment Research | Media & Entertainment | Seoul, 14 May 2025\n"
            "AI vocals: K-pop's next production line. We estimate the global market for AI vocal synthesis and "
            "voice-cloning tools used in music production at US$1.9bn in 2024 and forecast US$4.4bn by 2028, a 24% "
            "CAGR over 2024-28. Korea itself is a sliver - we size domestic spend at about W410bn - but all of the "
            "big four agencies are piloting virtual-idol projects. Covered name StarLine Ent. (BUY, TP W78,000) "
            "booked 1Q25 operating profit of W21.3bn, and its virtual group drew 1.8 million monthly listeners in "
            "its debut month."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (4.4 / 1.9) ** (1 / 4) - 1 = 23.36% -> 23, not 24; bounds (4.35 / 1.95) ** (1/4) - 1 = 22.21%,
            # (4.45 / 1.85) ** (1/4) - 1 = 24.54% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Xinhua-style release (Simplified) on AI audiovisual production; YoY with both amounts; "突破" at printed.
    #     Expected nowhere: 约占四成 (share in words), users 10.91亿人, the whole 网络视听 market 12226.5亿元.
    dict(
        text=(
            "新华社北京3月28日电（记者王磊）记者28日从中国网络视听协会获悉，2024年我国人工智能视听内容制作"
            "市场规模达到186.5亿元，同比增长31.2%，较2023年的142.2亿元继续保持较快增长。其中，AI剪辑与特效"
            "服务约占四成。协会发布的报告显示，截至2024年底，我国网络视听用户规模达10.91亿人，全年网络视听"
            "行业市场规模为12226.5亿元。报告预计，到2027年，人工智能视听内容制作市场规模将突破400亿元。"
        ),
        obs=[
            ("Total", 2023, 142.2, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.5 / 142.2) ** (1 / 1) - 1 = 31.15% -> 31.2
        ],
    ),
    # 30. Municipal implementation plan (Simplified) for AI music; 增长3倍 kept as x3 over 2023-2027.
    #     Expected nowhere: plan years in the title, firm/park/talent counts, the whole digital-music target.
    dict(
        text=(
            "成都市文化广电旅游局关于印发《成都市推动人工智能赋能音乐产业高质量发展实施方案（2024—2027年）》"
            "的通知\n"
            "一、发展基础。2023年，全市人工智能音乐创作、制作与版权服务相关产业规模约50亿元，初步形成"
            "“创作—制作—发行—确权”链条。\n"
            "二、总体目标。到2027年，全市人工智能音乐产业规模突破200亿元，较2023年增长3倍；培育10家以上"
            "具有全国影响力的龙头企业，建设5个市级AI音乐产业园区，引进和培养专业人才1万名以上；全市数字"
            "音乐产业总规模达到1000亿元。"
        ),
        obs=[
            ("Total", 2023, 50, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional) on AI post-production and VFX; YoY with both amounts.
    #     Expected nowhere: the release date, 215 firms surveyed, the survey's 62%.
    dict(
        text=(
            "【台北訊】創研院產業情報中心（IRC）今（2025年2月18日）發布最新研究指出，2024年台灣AI影音後製"
            "與特效市場規模達新台幣48.6億元，較2023年的39.7億元年增22.4%。IRC資深分析師林怡君表示，串流"
            "平台自製劇需求帶動AI調色、去背與合成工具導入，預估2026年市場規模可望達新台幣75億元。IRC於"
            "今年1月針對215家影視後製業者進行調查，有62%的受訪業者已導入至少一項AI工具。"
        ),
        obs=[
            ("Total", 2023, 39.7, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2026, 75, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.7) ** (1 / 1) - 1 = 22.42% -> 22.4
        ],
    ),
    # 32. Hong Kong press report (Traditional) on AI dubbing and subtitles; 去年/前年/今年 from the 2025 dateline;
    #     growth holds only by rounding. Expected nowhere: box office, admissions, the HK$48m Series A.
    dict(
        text=(
            "【本報訊】（2025年6月9日）本地AI配音及字幕服務市場急速擴張。香港影視業協進會昨日公布的調查顯示，"
            "去年本港相關市場規模約3.2億港元，較前年的2.6億港元增長25%；協進會預期今年可達4.1億港元。"
            "協進會主席表示，串流平台要求粵語、普通話及英語字幕同步上架，是帶動需求的主因。去年本港電影"
            "票房總收入為9.6億港元，入場人次約1,090萬。另一間本地AI字幕初創上月完成4,800萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2025, 4.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3.2 / 2.6 - 1 = 23.08% -> 23, not 25; bounds 3.15 / 2.65 - 1 = 18.87%,
            # 3.25 / 2.55 - 1 = 27.45% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional) on AI composition tools; 億美元 figures; CAGR span only inferred.
    #     Expected nowhere: 四分之一 (share in words), 10萬首 uploads a day, the NT$300 subscription, post metadata.
    dict(
        text=(
            "作者 beatmaker88 (週末作曲人)\n看板 Music\n標題 [心得] AI作曲工具到底有多大的市場？\n"
            "時間 Sun Mar 16 21:04:33 2025\n"
            "最近公司要我們評估要不要買AI編曲/作曲的訂閱，順手查了一下資料。\n"
            "國外研究機構Crestline的報告說，全球AI作曲與編曲工具市場2024年大約12億美元，2030年上看52億美元，"
            "年複合成長率27.7%。\n"
            "裡面提到亞太大概佔四分之一，主要是日韓跟中國。\n"
            "報告還說每天上傳到串流平台的新曲超過10萬首，其中不少是AI生成的，難怪推薦清單越來越怪。\n"
            "我自己覺得一個月300塊台幣的訂閱還可以接受啦\n"
            "推 lofi_cat: 10萬首/天也太誇張"
        ),
        obs=[
            ("Total", 2024, 12, "USD 100 million", "actual"),
            ("Total", 2030, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (52 / 12) ** (1 / 6) - 1 = 27.68% -> 27.7
        ],
    ),
    # 34. Brokerage research abstract (Simplified) on AI music; YoY without its base; a 2027 range (no obs).
    #     Expected nowhere: the report date, paying users 1.3亿, the sector rating.
    dict(
        text=(
            "【华辰证券】传媒行业深度报告：AI音乐，从工具到平台（2025年4月）\n"
            "投资要点：生成式模型让“人人都是作曲人”成为可能。我们测算，2024年中国AI音乐（生成、编曲、混音"
            "与母带处理）市场规模约为38亿元，同比增长52%；随着版权授权机制逐步明确，预计2027年市场规模有望"
            "达到120-150亿元。截至2024年末，国内在线音乐付费用户约1.3亿。首次覆盖，给予行业“推荐”评级。\n"
            "风险提示：版权纠纷风险；技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2024, 38, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 35. Shenzhen-listed film company's results-briefing transcript (Simplified); the chairman sizes the market
    #     ("今年" -> 2025 estimate); CAGR span inferred. Expected nowhere: own revenue, AI revenue and its 68%
    #     growth, gross margin, Q1 revenue, the 10% share goal, the stock code and date.
    dict(
        text=(
            "星河影业（300917）2024年度业绩说明会文字实录（2025年4月25日）\n"
            "投资者：请问公司如何看待AI后期制作的市场空间？\n"
            "董事长 陈志远：谢谢这位投资者的提问。我们自己做过测算，国内影视AI后期和特效这块的市场空间，"
            "今年大概在85亿元左右，到2028年有望超过210亿元，年均复合增速在35%左右。公司去年营业收入6.3亿元，"
            "其中AI后期业务收入1.2亿元，同比增长68%，毛利率41%；今年一季度AI后期业务收入3,100万元。我们的"
            "目标是三年内在这个市场拿到10%的份额。"
        ),
        obs=[
            ("Total", 2025, 85, "CNY 100 million", "estimate"),
            ("Total", 2028, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (210 / 85) ** (1 / 3) - 1 = 35.19% -> 35
        ],
    ),
    # 36. Stockholm research house's markdown table by segment with a total row; the 2025E total adds only by
    #     rounding. Expected nowhere: the exhibit number, the recorded-music market in the note.
    dict(
        text=(
            "Exhibit 5: AI music production tools by segment (US$ billion)\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---|---|\n"
            "| Generation & composition | 1.42 | 1.95 |\n"
            "| Mastering & mixing | 0.38 | 0.47 |\n"
            "| Stem separation | 0.27 | 0.33 |\n"
            "| Total | 2.07 | 2.76 |\n"
            "Source: Fjordlight Research, Stockholm. E = estimate. Figures exclude the wider recorded-music market "
            "(US$29.6bn in 2024)."
        ),
        obs=[
            ("Generation & composition", 2024, 1.42, "USD billion", "actual"),
            ("Generation & composition", 2025, 1.95, "USD billion", "estimate"),
            ("Mastering & mixing", 2024, 0.38, "USD billion", "actual"),
            ("Mastering & mixing", 2025, 0.47, "USD billion", "estimate"),
            ("Stem separation", 2024, 0.27, "USD billion", "actual"),
            ("Stem separation", 2025, 0.33, "USD billion", "estimate"),
            ("Total", 2024, 2.07, "USD billion", "actual"),
            ("Total", 2025, 2.76, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1.42 + 0.38 + 0.27 = 2.07 = 2.07
            # 2025E: 1.95 + 0.47 + 0.33 = 2.75, not 2.76; bounds 2.735 to 2.765 -> 2.76 reached only by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. British subtitling body's tab-separated vertical table headed only by its unit, with a YoY column; the
    #     2023 YoY is inconsistent. Expected nowhere: the table number, the 84 vendor filings.
    dict(
        text=(
            "Table 3. Global spend on AI subtitling and captioning, 2021-2025E\n"
            "Year\tUSD million\tYoY\n"
            "2021\t212\t-\n"
            "2022\t268\t26.4%\n"
            "2023\t331\t25.3%\n"
            "2024\t405\t22.4%\n"
            "2025E\t489\t20.7%\n"
            "Source: British Subtitling Forum, based on 84 vendor filings; 2025E is a forecast."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 331, "USD million", "actual"),
            ("Total", 2024, 405, "USD million", "actual"),
            ("Total", 2025, 489, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.3, "percent", 2022, 2023, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.42% -> 26.4
            # 331 / 268 - 1 = 23.51% -> 23.5, not 25.3; bounds 330.5 / 268.5 - 1 = 23.09%,
            # 331.5 / 267.5 - 1 = 23.93% -> 25.3 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 405 / 331 - 1 = 22.36% -> 22.4
            ("cagr|implied", "exact"),  # 489 / 405 - 1 = 20.74% -> 20.7
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by segment with a 合计 row (亿元); both columns add exactly.
    #     Expected nowhere: the table number, the note on filming equipment.
    dict(
        text=(
            "表2  2023—2024年中国AI影视制作细分市场规模（单位：亿元）\n"
            "细分领域              2023年     2024年\n"
            "智能剪辑与调色          21.4       29.8\n"
            "特效与数字人生成        33.6       47.1\n"
            "AI配音与字幕            12.9       18.2\n"
            "版权监测与确权           6.3        9.5\n"
            "合计                    74.2      104.6\n"
            "资料来源：星图研究院整理。注：不含影视拍摄设备。"
        ),
        obs=[
            ("智能剪辑与调色", 2023, 21.4, "CNY 100 million", "actual"),
            ("智能剪辑与调色", 2024, 29.8, "CNY 100 million", "actual"),
            ("特效与数字人生成", 2023, 33.6, "CNY 100 million", "actual"),
            ("特效与数字人生成", 2024, 47.1, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2023, 12.9, "CNY 100 million", "actual"),
            ("AI配音与字幕", 2024, 18.2, "CNY 100 million", "actual"),
            ("版权监测与确权", 2023, 6.3, "CNY 100 million", "actual"),
            ("版权监测与确权", 2024, 9.5, "CNY 100 million", "actual"),
            ("合计", 2023, 74.2, "CNY 100 million", "actual"),
            ("合计", 2024, 104.6, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 33.6 + 12.9 + 6.3 = 74.2
            ("hierarchy", "exact"),  # 2024: 29.8 + 47.1 + 18.2 + 9.5 = 104.6
        ],
    ),
    # 39. London research house's regional table with a CAGR column (span printed in the header); Rest of world's
    #     CAGR holds only by rounding. Expected nowhere: the figure number.
    dict(
        text=(
            "Figure 7 | AI in film post-production and VFX, by region (USD billion)\n"
            "| Region | 2024 | 2029F | CAGR 2024-29F |\n"
            "|:--|--:|--:|--:|\n"
            "| North America | 1.84 | 4.62 | 20.2% |\n"
            "| Europe | 1.12 | 2.71 | 19.3% |\n"
            "| Asia-Pacific | 0.96 | 2.88 | 24.6% |\n"
            "| Rest of world | 0.21 | 0.52 | 20.4% |\n"
            "| Global | 4.13 | 10.73 | 21.0% |\n"
            "Source: Keswick & Moor Research, London. F = forecast."
        ),
        obs=[
            ("North America", 2024, 1.84, "USD billion", "actual"),
            ("North America", 2029, 4.62, "USD billion", "estimate"),
            ("Europe", 2024, 1.12, "USD billion", "actual"),
            ("Europe", 2029, 2.71, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.96, "USD billion", "actual"),
            ("Asia-Pacific", 2029, 2.88, "USD billion", "estimate"),
            ("Rest of world", 2024, 0.21, "USD billion", "actual"),
            ("Rest of world", 2029, 0.52, "USD billion", "estimate"),
            ("Global", 2024, 4.13, "USD billion", "actual"),
            ("Global", 2029, 10.73, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.62 / 1.84) ** (1 / 5) - 1 = 20.22% -> 20.2
            ("cagr|implied", "exact"),  # (2.71 / 1.12) ** (1 / 5) - 1 = 19.33% -> 19.3
            ("cagr|implied", "exact"),  # (2.88 / 0.96) ** (1 / 5) - 1 = 24.57% -> 24.6
            # (0.52 / 0.21) ** (1 / 5) - 1 = 19.88% -> 19.9, not 20.4; bounds (0.515 / 0.215) ** (1/5) - 1 = 19.09%,
            # (0.525 / 0.205) ** (1/5) - 1 = 20.69% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (10.73 / 4.13) ** (1 / 5) - 1 = 21.04% -> 21.0
            ("hierarchy", "exact"),  # 2024: 1.84 + 1.12 + 0.96 + 0.21 = 4.13
            ("hierarchy", "exact"),  # 2029F: 4.62 + 2.71 + 2.88 + 0.52 = 10.73
        ],
    ),
    # 40. Japanese statistics table (English) in ¥100 million with a share column; rights management's share holds
    #     only by rounding; the 100.0 total share is no claim. Expected nowhere: table and note numbers, 1,286 firms,
    #     the 38.2% response rate, the report's title year.
    dict(
        text=(
            "Table 2-4  AI-enabled creative production services, Japan, FY2024 (unit: \u00a5100 million; share: %)\n"
            "Category                               Market size    Share\n"
            "Anime production support                       412     45.8\n"
            "Music generation & mastering                   236     26.2\n"
            "Dubbing & localisation                         158     17.6\n"
            "Rights management & royalty tracking            94     10.5\n"
            "Total                                          900    100.0\n"
            "Notes: 1. Survey of 1,286 firms; response rate 38.2%. 2. FY2024 runs from April 2024 to March 2025.\n"
            "Source: Creative Economy Bureau, Content Industry Statistics 2025."
        ),
        obs=[
            ("Anime production support", 2024, 412, "JPY 100 million", "actual"),
            ("Music generation & mastering", 2024, 236, "JPY 100 million", "actual"),
            ("Dubbing & localisation", 2024, 158, "JPY 100 million", "actual"),
            ("Rights management & royalty tracking", 2024, 94, "JPY 100 million", "actual"),
            ("Total", 2024, 900, "JPY 100 million", "actual"),
        ],
        claims=[
            ("share", 45.8, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 900 = 45.78% -> 45.8
            ("arithmetic", "exact"),  # 236 / 900 = 26.22% -> 26.2
            ("arithmetic", "exact"),  # 158 / 900 = 17.56% -> 17.6
            # 94 / 900 = 10.44% -> 10.4, not 10.5; bounds 93.5 / 900.5 = 10.38%, 94.5 / 899.5 = 10.51%
            # -> 10.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 412 + 236 + 158 + 94 = 900
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 12, 'exact': 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed 34% last year to $1.27 billion',
    'crosses US$1.1bn by FY2029e, a ~28% CAGR',
    'USD 0.49 billion (18%)',
    'growing 29.7% a year between 2024 and 2030',
    "more than triples from last year's level",
    'ends this year north of $17 billion',
    'a 27% increase on the £505 million spent in 2023',
    'annual growth of around 21%',
    'We see ¥95-120 billion by 2030',
    'up 38% from $590 million in 2023',
    '较2023年的21.4亿元增长47.2%',
    '力争全省AI影视制作及视效产业规模突破240亿元',
    '较2023年增长3倍',
    '年均复合增长率约34.7%',
    '較2023年的9.8億元成長26.8%',
    '其中AI視覺特效佔1.5億港元，佔比41.2%',
    '去年我国音乐版权AI监测与版税结算服务市场规模约为9.3亿元',
    '预计今年全年将超过13亿元，明年有望达到18亿元',
    '2024至2029年年複合成長率達28.6%',
    '| Segment | 2023 | 2024 | 2025E | 2027F |',
    '2025E        640    35.9%',
    '合计\t19.6\t29.2\t42.1',
    'CAGR FY24-26E',
    'Total\t26.9\t36.5\t48.7\t63.1\t31.5%',
    '| AI口型同步 | 276 | 17.4% |',
    'as roughly $3.8 billion this year',
    'compounding at something like 24% a year',
    'reached US$1.58 billion in 2024, up 25.4%',
    'will be 3.2 times its 2024 size by 2029',
    "That's a 26% CAGR 2024-2029",
    'The correct figure is £418 million',
    'Europe accounts for EUR 262 million',
    'We expect the market to double by 2028',
    'Expected to reach $38.5B by 2028E - 28% CAGR',
    'Lagos Screen Data says $75 million for 2024',
    'a 24% CAGR over 2024-28',
    '同比增长31.2%，较2023年的142.2亿元',
    '制作市场规模将突破400亿元',
    '較2023年的39.7億元年增22.4%',
    '較前年的2.6億港元增長25%',
    '2030年上看52億美元，年複合成長率27.7%',
    '有望达到120-150亿元',
    '今年大概在85亿元左右',
    '| Total | 2.07 | 2.76 |',
    '2023\t331\t25.3%',
    '合计                    74.2      104.6',
    '| Rest of world | 0.21 | 0.52 | 20.4% |',
    'Rights management & royalty tracking            94     10.5',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 190
#: figures, 49 rates, 76 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 192, "rates_found": 50, "verdicts_right": 76}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset185.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
