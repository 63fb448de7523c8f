"""A hundred-and-forty-seventh check set for the extractor, written blind: AI speech, voice and language services: speech
recognition and synthesis, voice assistants and smart speakers' AI software, AI contact-centre and call-bot platforms,
machine translation and dubbing, voice cloning, sized in money by market researchers, contact-centre associations,
brokers, app-analytics firms, city and provincial digital plans, Japanese, Korean, European and Hong Kong/Taiwanese
research houses. Distractors a careful reader leaves out: minutes or calls handled, languages supported, monthly
active users, devices shipped, word-error rates, agent headcount, a vendor's own revenue or funding round, per-minute
prices, a quarter's figures, the whole customer-service outsourcing market beside the AI part.

Snippets 1-20: AI speech, voice and language services (speech recognition and synthesis, voice-assistant software, AI
contact-centre and call-bot platforms, machine translation and dubbing, voice cloning). 1-8 are English prose: a dated
wire press release, a broker initiation note with a price target, a news article that quotes two publishers, an
earnings-call transcript sizing a TAM, a European contact-centre association yearbook, a Japanese research house's yen
release with a revised figure, a blog post with a multiple and a range, and a Korean research house's release with a
won figure. 9-15 are Chinese prose: a provincial action plan with targets, a broker report, a Taiwanese MIC-style
release, a Hong Kong news item, a Taiwanese article quoting two publishers (those three in Traditional Chinese), a
Xinhua-style wire with a multiple and a quarter, and an industry white paper with a figure in 万亿元. 16-20 are tables: a
markdown pipe table with E/F columns and a total row, a space-aligned table with years as rows in yen, a tab-separated
Chinese table with a year-on-year column, a space-aligned regional table with its total row printed first and a CAGR
column, and a markdown table with years as rows under a lone unit-only column. Distractors a careful reader leaves
out: word-error rates, survey respondents, report and table numbers, title years, minutes and calls handled, languages
supported, funding rounds and valuations, per-minute and per-character prices, a vendor's own revenue, margin and
share target, price targets and upside, agent headcount, counts of firms, the whole customer-service outsourcing
market beside the AI part, won amounts, a quarter's figure, percentage points, a penetration rate, a survey's answer,
a second publisher's figure and a superseded (revised) figure.

Snippets 21-40: AI speech, voice and language services (speech recognition and synthesis, voice-assistant software, AI
contact-centre and call-bot platforms, machine translation and AI dubbing, voice cloning). Eight English prose items
(a London research abstract, an earnings-call excerpt sizing a TAM, a Tokyo research house in yen, a forum reply, a
Paris observatory in euros, a Hong Kong association in HK dollars, investor-day slide bullets, a government statistics
page with a revision), seven Chinese prose items (a city plan, a broker note, a white paper with a 万亿元 target, a Weibo
post; and in Traditional Chinese a Taipei MIC release, a Hong Kong newspaper item and a PTT-style forum reply) and
five tables (a markdown segment table with E columns and a total row, a tab-separated regional table with a CAGR
column, a Chinese vertical table with a year-on-year column, a space-aligned yen table with a share column and the
total row printed first, a Traditional Chinese NT-dollar table with a growth column). Distractors: datelines, report,
issue, slide and table numbers, title years, vendor and respondent counts, agent headcount, minutes handled, languages
supported, monthly active users, word-error rates, penetration rates, survey answers, per-minute prices, a company's
own quarterly and annual revenue, guidance, funding, target price and upside, a quarter's figure, percentage points, a
market in won, a second publisher's figure for the same year, a superseded figure, and shares given only as fractions
in words.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English). Growth with both amounts and a stated 2024-2030 CAGR.
    #    Expected nowhere: report title years 2025-2030, report number, word-error rate 4.9%, 420 buyers, 14 countries.
    dict(
        text=(
            "LONDON, 12 March 2025 /PRNewswire/ -- Northgate Analytics today released its Speech Recognition "
            "Software Outlook 2025-2030 (report no. NA-SR-0325). According to the study, the global speech "
            "recognition software market reached USD 14.8 billion in 2024, up 17.5% from USD 12.6 billion a year "
            "earlier, as banks, hospitals and carmakers moved dictation and voice search onto large speech models. "
            "Northgate forecasts that the market will reach USD 38.2 billion by 2030, a compound annual growth rate "
            "of 17.1% between 2024 and 2030. Median word-error rates on the firm's benchmark fell to 4.9%, and the "
            "buyer survey behind the report covered 420 enterprises in 14 countries."
        ),
        obs=[
            ("Total", 2023, 12.6, "USD billion", "actual"),
            ("Total", 2024, 14.8, "USD billion", "actual"),
            ("Total", 2030, 38.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.8 / 12.6 - 1 = 17.460% -> 17.5
            ("cagr|implied", "exact"),  # (38.2 / 14.8) ** (1 / 6) - 1 = 17.121% -> 17.1
        ],
    ),
    # 2. Broker initiation note (English). A part's amount and its share of the printed whole; an inferred CAGR.
    #    Expected nowhere: PT US$64 and 27% upside, Vocalis's $212m revenue, 3.1bn minutes in 3Q25, 71% gross margin.
    dict(
        text=(
            "Equity Research | Software & Services | 18 November 2025\n"
            "Vocalis Systems (VCLS US): initiating at Buy, PT US$64 (27% upside)\n"
            "We size the cloud AI contact-centre platform market at $4.2bn in 2024, of which voice bots (inbound and "
            "outbound) made up $1.6bn, or 38%. With generative agents now taking tier-1 calls end to end, we expect "
            "the market to reach $9.5bn by 2028, a compound growth rate of 22.6%. Vocalis itself booked $212m of "
            "revenue in FY2024 and its bots handled 3.1bn minutes in 3Q25; we model a 71% gross margin."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Voice bots", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2028, 9.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 22.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.6 / 4.2 = 38.095% -> 38
            ("cagr|period", "exact"),   # (9.5 / 4.2) ** (1 / 4) - 1 = 22.636% -> 22.6
        ],
    ),
    # 3. News article quoting two publishers (English). Helix's stated CAGR is INCONSISTENT with its own amounts
    #    (a rebasing left in the release). Expected nowhere: Brightline's $0.94bn for 2024 (second publisher),
    #    33 languages, $300m round, $2bn valuation.
    dict(
        text=(
            "June 3, 2025 -- Machine translation is a market that still cannot agree on its own size. According to "
            "Helix Market Insights, the global machine translation market was worth $1.15 billion in 2024 and will "
            "reach $3.02 billion in 2030, which Helix describes as a compound annual growth rate of 14.2% over "
            "2024-2030. Brightline Research, in a note published last month, puts the 2024 figure lower, at $0.94 "
            "billion, because it leaves out translation bundled into office suites. Either way, the money is "
            "flowing: the best-known neural engine now covers 33 languages and its developer raised $300 million "
            "this spring at a $2 billion valuation."
        ),
        obs=[
            ("Total", 2024, 1.15, "USD billion", "actual"),
            ("Total", 2030, 3.02, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (3.02 / 1.15) ** (1 / 6) - 1 = 17.459%; bounds (3.015 / 1.155) .. (3.025 / 1.145) -> 17.341% .. 17.576%;
            # 14.2 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Earnings-call transcript (English). The TAM the company sizes is the market (Total); "this year" = 2025,
    #    an estimate; CAGR span only from the amounts' years. Expected nowhere: quarter revenue $96.3m, 1.4bn and 1.1bn
    #    minutes, 2,300 customers, the company's 10% share target.
    dict(
        text=(
            "Q3 FY2025 earnings call, 6 November 2025 -- prepared remarks, Chief Executive Officer:\n"
            "\"Revenue for the quarter was $96.3 million, and our agents handled 1.4 billion customer minutes, up from "
            "1.1 billion a year ago, across more than 2,300 customers. Stepping back, we size the total addressable "
            "market for AI voice agents at about $18 billion this year, and we think it will be $47 billion by 2029 -- "
            "call it a 27% compound rate. Our ambition is to hold 10% of that by the end of the decade.\""
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2029, 47, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (47 / 18) ** (1 / 4) - 1 = 27.118% -> 27
        ],
    ),
    # 5. Contact-centre association yearbook (English, euros). A later figure in another scale is converted to the
    #    series' unit (EUR million). Expected nowhere: the €92bn outsourcing industry, 1.94 million agents,
    #    chapter number, 287 member firms.
    dict(
        text=(
            "European Contact Centre Federation -- Yearbook 2025, chapter 6 (published 30 April 2025). Spending on AI "
            "contact-centre software across the EU-27 and the UK came to \u20ac2,310 million in 2024, an increase of 18% "
            "on 2023's \u20ac1,960 million. The federation's 287 member firms expect that spending to pass \u20ac3.6 "
            "billion in 2027 as speech analytics and real-time agent assist become standard. For context, the wider "
            "customer-service outsourcing industry turned over around \u20ac92 billion, and the sector employed "
            "1.94 million agents at year-end."
        ),
        obs=[
            ("Total", 2023, 1960, "EUR million", "actual"),
            ("Total", 2024, 2310, "EUR million", "actual"),
            ("Total", 2027, 3600, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2310 / 1960 - 1 = 17.857% -> 18
        ],
    ),
    # 6. Japanese research house release (English, yen, fiscal years, a revised figure). The growth rate is ROUNDING.
    #    Expected nowhere: the superseded ¥46.1 billion, 312 companies surveyed, ¥40-per-minute price.
    dict(
        text=(
            "TOKYO, Oct. 7, 2025 -- Kaminari Research Institute estimates that Japan's market for AI speech synthesis "
            "and AI dubbing reached \u00a548.6 billion in fiscal 2024 (revised up from the \u00a546.1 billion in its "
            "preliminary release), an increase of 23.6% over fiscal 2023's \u00a539.4 billion. Anime studios and "
            "e-learning providers led demand, with synthetic narration now quoted at around \u00a540 per minute. "
            "Kaminari projects the market at \u00a595.0 billion in fiscal 2028, average annual growth of 18.2% between "
            "fiscal 2024 and fiscal 2028. The survey covered 312 companies."
        ),
        obs=[
            ("Total", 2023, 39.4, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 95.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("cagr", 18.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 48.6 / 39.4 - 1 = 23.350% -> 23.4, not 23.6; bounds 48.55 / 39.45 .. 48.65 / 39.35 -> 23.067% .. 23.634%,
            # which reaches 23.6
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (95.0 / 48.6) ** (1 / 4) - 1 = 18.242% -> 18.2
        ],
    ),
    # 7. Blog post (English). "Last year" = 2024 (post dated February 2025); "more than fivefold" since 2020 is x5 over
    #    4 years; a range gives two value claims and no observation. Expected nowhere: $80m Series B, 29 languages,
    #    $0.18 per 1,000 characters.
    dict(
        text=(
            "Voice cloning grows up (posted 17 February 2025)\n"
            "Three years ago voice cloning was a party trick. Not any more: by my sources' count the market for "
            "voice cloning software has grown more than fivefold since 2020, to $1.9 billion last year. Where next? "
            "The analysts I spoke to expect somewhere between $5 billion and $6.5 billion by 2029, with audiobooks "
            "and game studios doing most of the buying. Meanwhile one London start-up has just closed an $80 million "
            "Series B, its voices now span 29 languages, and API pricing has slid to $0.18 per 1,000 characters."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),
            ("value", 5.0, "USD billion", 2029, 2029, None),
            ("value", 6.5, "USD billion", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Korean research house release (English). "This year" = 2025, an estimate; a part with its share of the
    #    printed whole. Expected nowhere: 1.3 trillion won (currency not in the unit table), the first quarter's
    #    $1.8 billion, 41 vendors.
    dict(
        text=(
            "SEOUL, April 22, 2025 -- Hanbit Research said on Tuesday that AI software for smart speakers and in-car "
            "voice assistants generated $6.8 billion worldwide in 2024 and is on track to reach $7.9 billion this "
            "year, a rise of 16%. In-car voice assistants accounted for $2.2 billion of the 2024 total, or 32%, as "
            "automakers licensed generative assistants for new models. In the first quarter alone, spending was "
            "$1.8 billion. Korea's own voice-assistant software market came to 1.3 trillion won last year, according "
            "to the firm, which tracks 41 vendors."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("In-car voice assistants", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2025, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2024, 2025, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.9 / 6.8 - 1 = 16.176% -> 16
            ("arithmetic", "exact"),    # 2.2 / 6.8 = 32.353% -> 32
        ],
    ),
    # 9. Provincial action plan (Simplified Chinese). A target (力争突破) is an estimate; stated 2024-2027 CAGR.
    #    Expected nowhere: document number, title years 2025—2027, 10亿元 revenue threshold, 10家 firms, 5个 platforms.
    dict(
        text=(
            "《江淮省智能语音产业高质量发展行动计划（2025—2027年）》（江政办发〔2025〕18号）日前印发。"
            "《计划》指出，2024年全省智能语音产业规模达到426亿元，同比增长21.4%（2023年为351亿元）。"
            "到2027年，全省智能语音产业规模力争突破800亿元，2024—2027年年均增长23%左右；"
            "培育营业收入超10亿元的龙头企业10家以上，建设5个以上行业语音大模型开放平台。"
        ),
        obs=[
            ("Total", 2023, 351, "CNY 100 million", "actual"),
            ("Total", 2024, 426, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 426 / 351 - 1 = 21.368% -> 21.4
            ("cagr|implied", "exact"),  # (800 / 426) ** (1 / 3) - 1 = 23.375% -> 23
        ],
    ),
    # 10. Broker industry report (Simplified Chinese). Part and share of the printed whole; a stated CAGR to 2027E.
    #     Expected nowhere: the 2,000亿元 outsourcing market, 500万 agents, 目标价68元 and 32% upside, report date.
    dict(
        text=(
            "【华岳证券｜计算机行业深度报告｜2025年9月12日】我们测算，2024年中国智能客服市场规模约86.5亿元，"
            "其中语音机器人（呼入+外呼）规模为35.2亿元，占比约41%。随着大模型坐席助手在金融、电信场景批量上线，"
            "预计2027E市场规模将达到178亿元，2024—2027E CAGR为27.2%。作为对比，客服外包整体市场规模已超过2,000亿元，"
            "全国客服坐席约500万人。维持公司“买入”评级，目标价68元，对应上涨空间32%。"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("语音机器人", 2024, 35.2, "CNY 100 million", "actual"),
            ("Total", 2027, 178, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 27.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 35.2 / 86.5 = 40.694% -> 41
            ("cagr|implied", "exact"),  # (178 / 86.5) ** (1 / 3) - 1 = 27.194% -> 27.2
        ],
    ),
    # 11. Taiwanese research institute release (Traditional Chinese, NT$). The year-on-year rate is INCONSISTENT with
    #     the two printed amounts (a typo in the release). Expected nowhere: 1,200 companies, 45% survey answer,
    #     error rate 6%.
    dict(
        text=(
            "【本報訊／2025年5月8日】資策會產業情報研究所（MIC）今日發布調查指出，台灣語音辨識與語音合成市場"
            "2024年規模達新台幣58.3億元，年增14.8%，2023年則為50.6億元；MIC預估，2026年市場規模將成長至80億元。"
            "調查同時發現，受訪的1,200家企業中有45%計畫於一年內導入語音客服，中文語音辨識平均錯誤率已降至6%以下。"
        ),
        obs=[
            ("Total", 2023, 50.6, "TWD 100 million", "actual"),
            ("Total", 2024, 58.3, "TWD 100 million", "actual"),
            ("Total", 2026, 80, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58.3 / 50.6 - 1 = 15.217%; bounds 58.25 / 50.65 .. 58.35 / 50.55 -> 15.005% .. 15.430%; 14.8 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese, HK$). 去年 = 2024, 前年 = 2023 (dateline 2025); a part's share
    #     that only ROUNDING reaches. Expected nowhere: 2.3萬 staff, HK$0.8 per minute.
    dict(
        text=(
            "（香港2025年7月15日電）本地研究機構港智研究今日公布，本港人工智能客戶服務市場（包括聊天機械人及語音機械人）"
            "去年規模達14.6億港元，較前年的11.9億港元增長22.7%。當中語音機械人佔約37.5%，約5.5億港元。"
            "該機構預計，市場規模至2028年可增至31億港元。業界估計，本港客服中心從業員約2.3萬人，"
            "而語音機械人每分鐘收費已低至0.8港元。"
        ),
        obs=[
            ("Total", 2023, 11.9, "HKD 100 million", "actual"),
            ("Total", 2024, 14.6, "HKD 100 million", "actual"),
            ("語音機械人", 2024, 5.5, "HKD 100 million", "actual"),
            ("Total", 2028, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.6 / 11.9 - 1 = 22.689% -> 22.7
            # 5.5 / 14.6 = 37.671% -> 37.7, not 37.5; bounds 5.45 / 14.65 .. 5.55 / 14.55 -> 37.201% .. 38.144%,
            # which reaches 37.5
            ("arithmetic", "rounding"),
        ],
    ),
    # 13. Taiwanese article quoting two publishers (Traditional Chinese, 億美元). The first publisher gives base, target
    #     and rate; the second's 2024 figure (27億美元) is expected nowhere, as are 40種語言 and 2,000 channels.
    dict(
        text=(
            "2025/03/20 科技新報 -- 工研院產科國際所最新報告指出，全球AI配音與影音在地化市場2024年規模約32億美元，"
            "預估2029年將達84億美元，2024至2029年年複合成長率（CAGR）達21.3%。不過，英國研調機構Veritas Insight"
            "則估算2024年規模僅27億美元，差異主要來自是否計入串流平台自建工具。目前主流AI配音服務已支援超過40種語言，"
            "全球已有逾2,000個影音頻道採用。"
        ),
        obs=[
            ("Total", 2024, 32, "USD 100 million", "actual"),
            ("Total", 2029, 84, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84 / 32) ** (1 / 5) - 1 = 21.290% -> 21.3
        ],
    ),
    # 14. Wire story (Simplified Chinese). "增长3倍" keeps its printed 3 (x3 over 2020-2024); 今年 = 2025 an estimate.
    #     Expected nowhere: the first quarter's 12.6亿元, 30亿次 daily calls.
    dict(
        text=(
            "新华财经北京2025年4月10日电（记者 周岚）记者从声研咨询获悉，2024年中国语音合成（TTS）市场规模达到48亿元，"
            "较2020年增长3倍；今年一季度市场规模为12.6亿元。该机构预计，今年全年市场规模有望突破60亿元，同比增长约25%。"
            "目前头部语音开放平台日均调用量已超过30亿次。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 60 / 48 - 1 = 25.000% -> 25
        ],
    ),
    # 15. Industry white paper (Simplified Chinese). A later 万亿元 figure converted to the series' 亿元 (1.2万亿 ->
    #     12000); part and share. Expected nowhere: 2.3个百分点, the 37% penetration rate, title year (2025).
    dict(
        text=(
            "《中国智能语音产业发展白皮书（2025）》显示，2024年我国智能语音交互产业规模约3,560亿元，同比增长19.6%"
            "（2023年为2,977亿元），增速较上年提高2.3个百分点。其中，AI呼叫中心（含智能外呼、智能质检）规模为812亿元，"
            "占比22.8%。白皮书预计，到2030年产业规模将接近1.2万亿元，2024—2030年复合增长率约22%。"
            "企业客服场景的智能化渗透率已达37%。"
        ),
        obs=[
            ("Total", 2023, 2977, "CNY 100 million", "actual"),
            ("Total", 2024, 3560, "CNY 100 million", "actual"),
            ("AI呼叫中心", 2024, 812, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("cagr", 22, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3560 / 2977 - 1 = 19.583% -> 19.6
            ("arithmetic", "exact"),    # 812 / 3560 = 22.809% -> 22.8
            ("cagr|implied", "exact"),  # (12000 / 3560) ** (1 / 6) - 1 = 22.449% -> 22
        ],
    ),
    # 16. Markdown pipe table (English), years as columns with E/F columns and a total row; dated January 2025 so
    #     2024E is an estimate. 2024E's rows add to the total only by ROUNDING. Expected nowhere: "Table 3 of 7".
    dict(
        text=(
            "Kestrel Partners | Sector note | 14 January 2025\n"
            "Table 3: Global conversational AI for contact centres, by segment (USD billion)\n"
            "| Segment | 2022 | 2023 | 2024E | 2025F | 2026F |\n"
            "|---|---|---|---|---|---|\n"
            "| Voice bots | 1.42 | 1.81 | 2.34 | 2.95 | 3.62 |\n"
            "| Agent assist | 0.86 | 1.12 | 1.47 | 1.88 | 2.35 |\n"
            "| Speech analytics | 1.07 | 1.19 | 1.33 | 1.46 | 1.58 |\n"
            "| Total | 3.35 | 4.12 | 5.15 | 6.29 | 7.55 |\n"
            "Note: E/F = Kestrel estimates and forecasts; totals may not add due to rounding. The total grows at a "
            "22.4% CAGR over 2023-2026F. Table 3 of 7."
        ),
        obs=[
            ("Voice bots", 2022, 1.42, "USD billion", "actual"),
            ("Voice bots", 2023, 1.81, "USD billion", "actual"),
            ("Voice bots", 2024, 2.34, "USD billion", "estimate"),
            ("Voice bots", 2025, 2.95, "USD billion", "estimate"),
            ("Voice bots", 2026, 3.62, "USD billion", "estimate"),
            ("Agent assist", 2022, 0.86, "USD billion", "actual"),
            ("Agent assist", 2023, 1.12, "USD billion", "actual"),
            ("Agent assist", 2024, 1.47, "USD billion", "estimate"),
            ("Agent assist", 2025, 1.88, "USD billion", "estimate"),
            ("Agent assist", 2026, 2.35, "USD billion", "estimate"),
            ("Speech analytics", 2022, 1.07, "USD billion", "actual"),
            ("Speech analytics", 2023, 1.19, "USD billion", "actual"),
            ("Speech analytics", 2024, 1.33, "USD billion", "estimate"),
            ("Speech analytics", 2025, 1.46, "USD billion", "estimate"),
            ("Speech analytics", 2026, 1.58, "USD billion", "estimate"),
            ("Total", 2022, 3.35, "USD billion", "actual"),
            ("Total", 2023, 4.12, "USD billion", "actual"),
            ("Total", 2024, 5.15, "USD billion", "estimate"),
            ("Total", 2025, 6.29, "USD billion", "estimate"),
            ("Total", 2026, 7.55, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.55 / 4.12) ** (1 / 3) - 1 = 22.372% -> 22.4
            ("hierarchy", "exact"),     # 2022: 1.42 + 0.86 + 1.07 = 3.35
            ("hierarchy", "exact"),     # 2023: 1.81 + 1.12 + 1.19 = 4.12
            # 2024E: 2.34 + 1.47 + 1.33 = 5.14, not 5.15; bounds 5.14 -/+ 0.015 -> 5.125 .. 5.155, which reaches 5.15
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025F: 2.95 + 1.88 + 1.46 = 6.29
            ("hierarchy", "exact"),     # 2026F: 3.62 + 2.35 + 1.58 = 7.55
        ],
    ),
    # 17. Space-aligned table with years as rows (English, yen, fiscal years); each value column's header is its item.
    #     Dated September 2025: FY2024 actual, the E rows estimates. Expected nowhere: "Figure 2", 85 vendors,
    #     white paper title year.
    dict(
        text=(
            "Sakura Techno Research, Voice AI Market White Paper 2025 (published 9 September 2025)\n"
            "Figure 2. Japan: AI voice-assistant and call-bot software market (\u00a5 billion)\n"
            "FY       Call bots   Voice assistants    Total\n"
            "2022          18.4               31.2     49.6\n"
            "2023          24.9               33.8     58.7\n"
            "2024          33.1               36.5     69.6\n"
            "2025E         43.0               39.4     82.4\n"
            "2026E         54.2               42.1     96.3\n"
            "Note: fiscal years run April to March; 2025E and 2026E are forecasts. Based on interviews with 85 vendors."
        ),
        obs=[
            ("Call bots", 2022, 18.4, "JPY billion", "actual"),
            ("Call bots", 2023, 24.9, "JPY billion", "actual"),
            ("Call bots", 2024, 33.1, "JPY billion", "actual"),
            ("Call bots", 2025, 43.0, "JPY billion", "estimate"),
            ("Call bots", 2026, 54.2, "JPY billion", "estimate"),
            ("Voice assistants", 2022, 31.2, "JPY billion", "actual"),
            ("Voice assistants", 2023, 33.8, "JPY billion", "actual"),
            ("Voice assistants", 2024, 36.5, "JPY billion", "actual"),
            ("Voice assistants", 2025, 39.4, "JPY billion", "estimate"),
            ("Voice assistants", 2026, 42.1, "JPY billion", "estimate"),
            ("Total", 2022, 49.6, "JPY billion", "actual"),
            ("Total", 2023, 58.7, "JPY billion", "actual"),
            ("Total", 2024, 69.6, "JPY billion", "actual"),
            ("Total", 2025, 82.4, "JPY billion", "estimate"),
            ("Total", 2026, 96.3, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 18.4 + 31.2 = 49.6
            ("hierarchy", "exact"),  # 2023: 24.9 + 33.8 = 58.7
            ("hierarchy", "exact"),  # 2024: 33.1 + 36.5 = 69.6
            ("hierarchy", "exact"),  # 2025E: 43.0 + 39.4 = 82.4
            ("hierarchy", "exact"),  # 2026E: 54.2 + 42.1 = 96.3
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified, 亿元), years as columns, an E column, a total row 合计 and a 2024
    #     year-on-year column. Expected nowhere: 表2, title years 2023—2025E, the source's date.
    dict(
        text=(
            "表2  2023—2025E年中国智能语音市场细分结构（单位：亿元）\n"
            "细分领域\t2023\t2024\t2025E\t2024年同比\n"
            "语音识别\t143.1\t171.7\t203.5\t20.0%\n"
            "语音合成\t58.4\t73.9\t92.0\t26.5%\n"
            "声纹识别\t21.7\t25.2\t29.6\t16.1%\n"
            "其他\t17.3\t19.6\t22.4\t13.3%\n"
            "合计\t240.5\t290.4\t347.5\t20.7%\n"
            "注：2025E为预测值；合计数因四舍五入可能与分项之和略有差异。资料来源：启明智库，2025年6月。"
        ),
        obs=[
            ("语音识别", 2023, 143.1, "CNY 100 million", "actual"),
            ("语音识别", 2024, 171.7, "CNY 100 million", "actual"),
            ("语音识别", 2025, 203.5, "CNY 100 million", "estimate"),
            ("语音合成", 2023, 58.4, "CNY 100 million", "actual"),
            ("语音合成", 2024, 73.9, "CNY 100 million", "actual"),
            ("语音合成", 2025, 92.0, "CNY 100 million", "estimate"),
            ("声纹识别", 2023, 21.7, "CNY 100 million", "actual"),
            ("声纹识别", 2024, 25.2, "CNY 100 million", "actual"),
            ("声纹识别", 2025, 29.6, "CNY 100 million", "estimate"),
            ("其他", 2023, 17.3, "CNY 100 million", "actual"),
            ("其他", 2024, 19.6, "CNY 100 million", "actual"),
            ("其他", 2025, 22.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 240.5, "CNY 100 million", "actual"),
            ("合计", 2024, 290.4, "CNY 100 million", "actual"),
            ("合计", 2025, 347.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("growth", 13.3, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 171.7 / 143.1 - 1 = 19.986% -> 20.0
            ("cagr|implied", "exact"),  # 73.9 / 58.4 - 1 = 26.541% -> 26.5
            ("cagr|implied", "exact"),  # 25.2 / 21.7 - 1 = 16.129% -> 16.1
            ("cagr|implied", "exact"),  # 19.6 / 17.3 - 1 = 13.295% -> 13.3
            ("cagr|implied", "exact"),  # 290.4 / 240.5 - 1 = 20.748% -> 20.7
            ("hierarchy", "exact"),     # 2023: 143.1 + 58.4 + 21.7 + 17.3 = 240.5
            ("hierarchy", "exact"),     # 2024: 171.7 + 73.9 + 25.2 + 19.6 = 290.4
            ("hierarchy", "exact"),     # 2025E: 203.5 + 92.0 + 29.6 + 22.4 = 347.5
        ],
    ),
    # 19. Space-aligned regional table (English, broker exhibit) with the total row printed first and a CAGR column
    #     whose span (24-30F) is printed. Rest of world's CAGR is reached only by ROUNDING. Expected nowhere:
    #     "Exhibit 5", 38 countries.
    dict(
        text=(
            "Lumen & Hart Equity Research -- 2 October 2025\n"
            "Exhibit 5: AI translation and dubbing software revenue by region (USD billion)\n"
            "                      2024    2025E    2030F    CAGR 24-30F\n"
            "Global total          3.48     4.21     9.86          19.0%\n"
            "  North America       1.35     1.61     3.54          17.4%\n"
            "  Europe              0.98     1.19     2.79          19.1%\n"
            "  Asia-Pacific        0.89     1.11     2.90          21.8%\n"
            "  Rest of world       0.26     0.30     0.63          16.2%\n"
            "Source: company filings, L&H estimates. Rest of world covers 38 countries; CAGRs use unrounded data."
        ),
        obs=[
            ("Global total", 2024, 3.48, "USD billion", "actual"),
            ("Global total", 2025, 4.21, "USD billion", "estimate"),
            ("Global total", 2030, 9.86, "USD billion", "estimate"),
            ("North America", 2024, 1.35, "USD billion", "actual"),
            ("North America", 2025, 1.61, "USD billion", "estimate"),
            ("North America", 2030, 3.54, "USD billion", "estimate"),
            ("Europe", 2024, 0.98, "USD billion", "actual"),
            ("Europe", 2025, 1.19, "USD billion", "estimate"),
            ("Europe", 2030, 2.79, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.89, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 1.11, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 2.90, "USD billion", "estimate"),
            ("Rest of world", 2024, 0.26, "USD billion", "actual"),
            ("Rest of world", 2025, 0.30, "USD billion", "estimate"),
            ("Rest of world", 2030, 0.63, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.86 / 3.48) ** (1 / 6) - 1 = 18.955% -> 19.0
            ("cagr|implied", "exact"),  # (3.54 / 1.35) ** (1 / 6) - 1 = 17.430% -> 17.4
            ("cagr|implied", "exact"),  # (2.79 / 0.98) ** (1 / 6) - 1 = 19.050% -> 19.1
            ("cagr|implied", "exact"),  # (2.90 / 0.89) ** (1 / 6) - 1 = 21.759% -> 21.8
            # (0.63 / 0.26) ** (1 / 6) - 1 = 15.894% -> 15.9, not 16.2; bounds (0.625 / 0.265) .. (0.635 / 0.255)
            # -> 15.373% .. 16.423%, which reaches 16.2
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),     # 2024: 1.35 + 0.98 + 0.89 + 0.26 = 3.48
            ("hierarchy", "exact"),     # 2025E: 1.61 + 1.19 + 1.11 + 0.30 = 4.21
            ("hierarchy", "exact"),     # 2030F: 3.54 + 2.79 + 2.90 + 0.63 = 9.86
        ],
    ),
    # 20. Markdown pipe table with years as rows and a lone value column headed by its unit only (HK$ million ->
    #     Total), a YoY column and a revised figure in the note. Dated March 2025: 2024 actual, 2025F estimate.
    #     Expected nowhere: the superseded HK$471 million, "Table 1.2".
    dict(
        text=(
            "Harbour Digital Research Centre, Hong Kong Voice AI Monitor, March 2025\n"
            "Table 1.2 Hong Kong enterprise spending on AI speech and contact-centre software\n"
            "| Year | HK$ million | YoY |\n"
            "|------|------------:|----:|\n"
            "| 2021 | 212 | -- |\n"
            "| 2022 | 268 | 26.4% |\n"
            "| 2023 | 341 | 27.2% |\n"
            "| 2024 | 486 | 42.5% |\n"
            "| 2025F | 598 | 23.0% |\n"
            "Note: 2024 revised from HK$471 million in the previous edition after two bank deployments were "
            "reclassified; 2025F is a forecast."
        ),
        obs=[
            ("Total", 2021, 212, "HKD million", "actual"),
            ("Total", 2022, 268, "HKD million", "actual"),
            ("Total", 2023, 341, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2025, 598, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 27.2, "percent", 2022, 2023, 1.0),
            ("growth", 42.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.415% -> 26.4
            ("cagr|implied", "exact"),  # 341 / 268 - 1 = 27.239% -> 27.2
            ("cagr|implied", "exact"),  # 486 / 341 - 1 = 42.522% -> 42.5
            ("cagr|implied", "exact"),  # 598 / 486 - 1 = 23.045% -> 23.0
        ],
    ),
    # 21. London research abstract: CAGR with printed span, a part with its share of the whole.
    # Nowhere: report ref SR-2291, 4.1 percentage points, 340 buyers, word-error rates 6.1% / 10%.
    dict(
        text=(
            "LONDON, 12 March 2025 (ref. SR-2291) -- The worldwide market for automatic speech recognition "
            "software and APIs was worth US$14.8 billion in 2024 and is forecast to climb to US$41.2 billion by "
            "2030, a compound annual growth rate of 18.6% between 2024 and 2030, says the latest study from "
            "Meridian Insight Partners. Cloud-delivered recognition made up US$9.3 billion of last year's total "
            "(62.8%), its share up 4.1 percentage points on 2023. Drawing on interviews with 340 enterprise "
            "buyers, the authors note that median word-error rates on call-centre audio have fallen to 6.1%, "
            "from above 10% three years ago."
        ),
        obs=[
            ("Total", 2024, 14.8, "USD billion", "actual"),
            ("Total", 2030, 41.2, "USD billion", "estimate"),
            ("Cloud-delivered recognition", 2024, 9.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 62.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.2 / 14.8) ** (1 / 6) - 1 = 18.606% -> 18.6
            ("arithmetic", "exact"),    # 9.3 / 14.8 = 62.838% -> 62.8
        ],
    ),
    # 22. Earnings-call remarks (dated 26 Feb 2025): the TAM the company sizes is the Total; "this year" = 2025,
    # an estimate; fiscal 2029 -> 2029; "about 2.5x in four years" a multiple. Nowhere: Q4 revenue $118.6m and
    # its 31%, 2.1 billion minutes, the company's fiscal 2025 revenue guidance $505m-$515m, "fiscal 2024" title.
    dict(
        text=(
            "Q4 and full-year fiscal 2024 earnings call, 26 February 2025 -- prepared remarks (excerpt)\n"
            "CEO: Thanks, operator. Fourth-quarter revenue came in at $118.6 million, up 31% year over year, and "
            "we handled just over 2.1 billion customer minutes on the platform. Let me step back to the "
            "opportunity. We size the total addressable market for AI in the contact centre -- voice agents, "
            "real-time agent assist and conversation analytics -- at roughly $38 billion this year, and working "
            "with an outside adviser we see it reaching $96 billion by fiscal 2029. That's about 2.5x in four "
            "years, and we intend to take more than our fair share of it. Our own guidance for fiscal 2025 is "
            "revenue of $505 million to $515 million."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2029, 96, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2025, 2029, 4.0),  # 96 / 38 = 2.53
        ],
        verdicts=[],
    ),
    # 23. Tokyo research house in yen, fiscal years: year-on-year rate with both amounts printed; the printed
    # 12.4% only reached by a reading of the rounded inputs. Nowhere: the Korean market in won (no unit), 74 vendors.
    dict(
        text=(
            "TOKYO, 9 October 2024 -- Japan's market for voice AI software -- speech recognition and speech "
            "synthesis engines plus the assistant software built into apps, cars and smart speakers -- grew "
            "12.4% in fiscal 2023 to ¥128.4 billion (vendor sales basis), from ¥114.3 billion the year before, "
            "according to a survey by Kanda Research Institute. The institute expects generative voice agents to "
            "lift the market to ¥231.0 billion in fiscal 2028. By comparison, it puts South Korea's market at "
            "roughly 910 billion won. The survey covered 74 vendors between May and August."
        ),
        obs=[
            ("Total", 2022, 114.3, "JPY billion", "actual"),
            ("Total", 2023, 128.4, "JPY billion", "actual"),
            ("Total", 2028, 231.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 128.4 / 114.3 - 1 = 12.336% -> 12.3, not 12.4;
                                           # bounds 128.35/114.35 - 1 = 12.243% .. 128.45/114.25 - 1 = 12.429% reach 12.4
        ],
    ),
    # 24. Forum reply dated 3 Feb 2025: "last year" = 2024 (actual, approximate "~$1.2B" at its printed figure);
    # a 2030 range gives two value claims. Nowhere: the other firm's $1.5B for 2024 (second publisher),
    # a startup's $180M round, 32 languages, $0.30 per minute.
    dict(
        text=(
            "r/localization -- reply by u/dub_and_sub, 3 Feb 2025\n"
            "Short version: growing fast, still small. Brightline Research pegged AI dubbing (synthetic voice plus "
            "lip-sync for video localisation) at $0.98B in 2023 and ~$1.2B last year, so roughly 22% growth, and "
            "their 2030 call is somewhere between $4.4B and $5.1B depending on how hard the streamers lean in. "
            "Someone upthread linked a figure of $1.5B for 2024 from another firm, but that one lumps in AI "
            "subtitling, so I'd ignore it. FWIW one of the big voice startups raised $180M in its last round, "
            "supports 32 languages and charges around $0.30 per finished minute."
        ),
        obs=[
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2024, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("value", 4.4, "USD billion", 2030, 2030, None),
            ("value", 5.1, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.2 / 0.98 - 1 = 22.449% -> 22
        ],
    ),
    # 25. Paris observatory in euros: the series' unit is EUR million (first printed), so "€1.1 billion" in 2030 is
    # expected as 1100 EUR million; Germany's part with its share. The stated 21.5% CAGR is INCONSISTENT with the
    # amounts (apparently carried over from an earlier edition's base). Nowhere: issue 7, 1,150 consumers, 38%.
    dict(
        text=(
            "PARIS, 4 June 2025 -- Europe's market for voice cloning and synthetic-voice licensing reached "
            "€412 million in 2024, according to issue 7 of Observatoire Voix & IA's European Voice Tech Monitor. "
            "Germany was the largest national market at €118 million, or 28.6% of the European total, ahead of "
            "France and the UK. The observatory expects the market to pass €1.1 billion in 2030, which it "
            "describes as compound annual growth of 21.5% over 2024-2030. In a companion survey of 1,150 "
            "consumers, 38% said they could not tell a cloned voice from a real one."
        ),
        obs=[
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Germany", 2024, 118, "EUR million", "actual"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 28.6, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),          # 118 / 412 = 28.641% -> 28.6
            ("cagr|implied", "inconsistent"), # (1100 / 412) ** (1 / 6) - 1 = 17.783%;
                                              # bounds (1050/412.5)**(1/6)-1 = 16.85% .. (1150/411.5)**(1/6)-1 = 18.68%
                                              # (1.1 read at +-0.05 billion): 21.5 not reached
        ],
    ),
    # 26. Hong Kong association in HK$ million: year-on-year with both amounts; "this year" (2025) range -> two
    # value claims. Nowhere: 61 member firms, 27,000 agents (headcount), "about a tenth" of outsourcing spend
    # (a fraction in words, and the whole outsourcing market beside the AI part).
    dict(
        text=(
            "HONG KONG, 18 April 2025 -- Hong Kong companies spent HK$612 million on AI call-bots and virtual "
            "voice agents in 2024, 26% more than the HK$486 million of 2023, according to the annual review of "
            "the Hong Kong Contact Centre Association. The association, whose 61 member firms employ some 27,000 "
            "agents, estimates that AI now takes about a tenth of what local companies spend on outsourced "
            "customer service, and it expects spending of HK$750 million to HK$800 million this year."
        ),
        obs=[
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2024, 612, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 750, "HKD million", 2025, 2025, None),
            ("value", 800, "HKD million", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 486 - 1 = 25.926% -> 26
        ],
    ),
    # 27. Investor-day slide bullets: TAM is the Total; "~29% CAGR" with no span printed -> inferred from the
    # amounts' years (2024, 2028E); a named part (Voice agents) over the same period. Nowhere: slide 14 / 31,
    # 4,300 customers, NRR 118%, 41 languages, $0.012 per minute, "2025" of the event's title.
    dict(
        text=(
            "Investor Day 2025 | Slide 14 -- Our market opportunity\n"
            "- Voice AI for customer engagement: TAM $22B (2024) → $61B (2028E)\n"
            "- ~29% CAGR, led by agent assist and autonomous voice agents\n"
            "- Voice agents alone: $6.5B → $27B over the same period\n"
            "- 4,300 enterprise customers | NRR 118% | 41 languages\n"
            "- Blended price ~$0.012 per minute\n"
            "Source: company estimates, third-party research (see appendix, slide 31)"
        ),
        obs=[
            ("Total", 2024, 22, "USD billion", "actual"),
            ("Total", 2028, 61, "USD billion", "estimate"),
            ("Voice agents", 2024, 6.5, "USD billion", "actual"),
            ("Voice agents", 2028, 27, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (61 / 22) ** (1 / 4) - 1 = 29.041% -> 29
        ],
    ),
    # 28. Government statistics page with a revision: the corrected 2023 figure (£327m) is the figure, £312m is
    # expected nowhere; the printed 19.5% only reached by a reading of the rounded amounts. Nowhere: 212 firms,
    # the Jan-Mar 2025 quarter (£108m), "2024 estimates" in the title.
    dict(
        text=(
            "Speech and language AI: experimental statistics, 2024 estimates\n"
            "Last updated 14 May 2025. Correction: the 2023 estimate has been revised to £327 million (previously "
            "published as £312 million) after late survey returns.\n"
            "Revenue of UK businesses from speech and language AI services -- transcription, text-to-speech, "
            "machine translation and conversational agents -- is estimated at £391 million in 2024, up 19.5% on "
            "the revised 2023 figure. Machine translation accounted for £104 million, around 26.6% of the total. "
            "Estimates are grossed up from returns by 212 firms. A first estimate for January to March 2025 "
            "(£108 million) is provisional and will be revised in August."
        ),
        obs=[
            ("Total", 2023, 327, "GBP million", "actual"),
            ("Total", 2024, 391, "GBP million", "actual"),
            ("Machine translation", 2024, 104, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("share", 26.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 391 / 327 - 1 = 19.572% -> 19.6, not 19.5;
                                           # bounds 390.5/327.5 - 1 = 19.237% .. 391.5/326.5 - 1 = 19.908% reach 19.5
            ("arithmetic", "exact"),       # 104 / 391 = 26.598% -> 26.6
        ],
    ),
    # 29. City action plan (Simplified): a target (力争, 突破 at its printed figure) is an estimate; the plan's
    # CAGR with its span printed. Nowhere: the title years 2025—2027, 300 firms, 5 leaders with revenue above
    # 10亿元 (a company revenue threshold), 10 scenarios.
    dict(
        text=(
            "（××市人民政府办公厅 2025年1月印发）《××市促进智能语音产业高质量发展行动计划（2025—2027年）》\n"
            "二、主要目标。2024年，全市智能语音及语言服务产业规模达到238亿元。到2027年，产业规模力争突破500亿元，"
            "2024—2027年年均增长28%以上；集聚相关企业超过300家，培育营收超10亿元的龙头企业5家，"
            "打造10个以上标杆应用场景。"
        ),
        obs=[
            ("Total", 2024, 238, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (500 / 238) ** (1 / 3) - 1 = 28.075% -> 28
        ],
    ),
    # 30. Broker sector note (Simplified): base year in brackets, yoy and a stated 2023—2028 CAGR both checkable.
    # Nowhere: the covered company's 2024 revenue growth 18%, target price 58元 and its 32% upside.
    dict(
        text=(
            "【××证券｜计算机行业深度报告】AI外呼与智能客服：大模型重塑联络中心（2024年6月12日）\n"
            "核心观点：据我们测算，2023年我国智能客服软件市场规模为66.8亿元（2022年为53.4亿元），同比增长25.1%；"
            "在大模型外呼、坐席辅助渗透率提升的带动下，预计2028年将达到181.3亿元，2023—2028年复合增速约22.1%。"
            "投资建议：维持××公司“买入”评级，预计其2024年营收同比增长18%，给予目标价58元，对应32%上涨空间。"
        ),
        obs=[
            ("Total", 2022, 53.4, "CNY 100 million", "actual"),
            ("Total", 2023, 66.8, "CNY 100 million", "actual"),
            ("Total", 2028, 181.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2022, 2023, 1.0),
            ("cagr", 22.1, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 66.8 / 53.4 - 1 = 25.094% -> 25.1
            ("cagr|implied", "exact"),  # (181.3 / 66.8) ** (1 / 5) - 1 = 22.102% -> 22.1
        ],
    ),
    # 31. Taipei MIC release (Traditional), NT dollars in 億元: yoy whose printed 17.3% is only reached by a reading
    # of the rounded amounts; 可望 2026 an estimate. Nowhere: 37% adoption (a penetration rate), 一成 error rate.
    dict(
        text=(
            "【2025/03/20 臺北訊】資策會產業情報研究所（MIC）今日發布研究指出，2024年台灣語音辨識與語音合成軟體"
            "市場規模為新台幣48.6億元，較2023年的41.4億元成長17.3%；在生成式AI客服帶動下，預估2026年可望達"
            "新台幣71億元。MIC指出，國內客服中心導入語音機器人的比例已達37%，但華台語混用情境下的字錯率仍在"
            "一成以上。"
        ),
        obs=[
            ("Total", 2023, 41.4, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2026, 71, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 41.4 - 1 = 17.391% -> 17.4, not 17.3;
                                           # bounds 48.55/41.45 - 1 = 17.129% .. 48.65/41.35 - 1 = 17.654% reach 17.3
        ],
    ),
    # 32. Hong Kong newspaper item (Traditional), 億港元: 去年 = 2024 (dateline 2025), 今年 2025 and 明年 2026
    # estimates; a sector's part with its share. Nowhere: 420 firms, 約四成 (a survey answer in words),
    # 2.7萬人 (headcount).
    dict(
        text=(
            "（2025年5月8日）本地研究機構港訊數據發表報告指，去年本港AI客服及語音機械人市場規模約為12.6億港元，"
            "其中銀行及保險業佔4.1億港元，比重約32.5%，為最大用戶群。報告預期今年市場可增至15億港元左右，"
            "明年再升至18億港元。報告共訪問420間企業，約四成表示會在兩年內增加相關預算；另外，本港客戶服務"
            "外判業僱用約2.7萬人。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("銀行及保險業", 2024, 4.1, "HKD 100 million", "actual"),
            ("Total", 2025, 15, "HKD 100 million", "estimate"),
            ("Total", 2026, 18, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.1 / 12.6 = 32.540% -> 32.5
        ],
    ),
    # 33. PTT-style forum reply (Traditional) dated 2024/11/02: 今年 = 2024, an estimate; 較2020年增長2倍 keeps
    # its printed 2 as the multiple (no 2020 amount printed). Nowhere: the whole translation-services industry
    # (數百億美元, vague), 30多種 / 兩百種 languages, the post time.
    dict(
        text=(
            "[問卦] 機器翻譯到底有多大的市場？\n"
            "→ 回文 2024/11/02 15:41\n"
            "做在地化的路過回一下。根據一家外商研調的數字，全球機器翻譯（MT）市場2023年約11.5億美元，較2020年"
            "增長2倍；今年預估來到13.8億美元，年增20%。不過這只算引擎和API，不含人工譯後編輯，整個翻譯服務產業"
            "是數百億美元的規模，AI只佔一小塊。DeepL說支援30多種語言，Google翻譯則超過兩百種，但專業文件的"
            "錯誤率還是很可觀。"
        ),
        obs=[
            ("Total", 2023, 11.5, "USD 100 million", "actual"),
            ("Total", 2024, 13.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2023, 3.0),
            ("growth", 20, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 13.8 / 11.5 - 1 = 20.000% -> 20
        ],
    ),
    # 34. Industry white paper (Simplified): the series is in 亿元, so 接近1.1万亿元 (2030) is expected converted
    # to 11000 CNY 100 million; a share printed without its part's amount (claim, no verdict). Nowhere: the
    # title year (2025), 126 firms, 38 member units.
    dict(
        text=(
            "《中国智能语音产业发展白皮书（2025）》显示，2024年我国智能语音及语言服务产业规模达到1,168亿元，"
            "较2023年的963亿元增长21.3%。从结构看，智能客服与外呼占比约31%，语音输入与转写、车载语音交互"
            "紧随其后。白皮书预计，在大模型推动下，到2030年产业规模有望接近1.1万亿元。本次调研覆盖126家企业，"
            "编写组成员单位共38家。"
        ),
        obs=[
            ("Total", 2023, 963, "CNY 100 million", "actual"),
            ("Total", 2024, 1168, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1168 / 963 - 1 = 21.288% -> 21.3
        ],
    ),
    # 35. Weibo post dated 2025-01-15 (Simplified): 今年 = 2025 estimate (左右 at its printed figure); 近4倍 a
    # multiple over 2021-2024. Nowhere: the other institution's 35亿元 for 2024 (second publisher), 9.9元 per
    # voice, 0.1元/分钟, 月活过千万 (monthly active users).
    dict(
        text=(
            "2025-01-15 来自微博 #AI声音克隆# 这个赛道到底多大？顺手整理了一下：据声谷研究院，2024年国内AI声音克隆"
            "（含有声书、短视频配音、数字人播报）市场规模约为28亿元，是2021年的近4倍；今年有望达到40亿元左右，"
            "同比增长约43%。另一家机构给出的2024年数字是35亿元，但口径把通用TTS接口也算进去了。价格方面，主流平台"
            "克隆一个声音只要9.9元，按分钟计费约0.1元/分钟；头部App月活已过千万。"
        ),
        obs=[
            ("Total", 2024, 28, "CNY 100 million", "actual"),
            ("Total", 2025, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),
            ("growth", 43, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 40 / 28 - 1 = 42.857% -> 43
        ],
    ),
    # 36. Markdown table, years as columns with E columns and a Total row; 2025E total 13.1 vs rows 13.0 only
    # reconciles by rounding. Nowhere: table number 2, the title span 2022-2026E.
    dict(
        text=(
            "Table 2. Global AI contact-centre software market by solution, 2022-2026E (USD billion)\n"
            "\n"
            "| Solution | 2022 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| Voice bots & IVR AI | 1.9 | 2.4 | 3.1 | 4.0 | 5.2 |\n"
            "| Chat & messaging bots | 2.3 | 2.8 | 3.4 | 4.1 | 4.9 |\n"
            "| Agent assist | 0.8 | 1.2 | 1.8 | 2.6 | 3.6 |\n"
            "| Speech & interaction analytics | 1.5 | 1.7 | 2.0 | 2.3 | 2.7 |\n"
            "| Total | 6.5 | 8.1 | 10.3 | 13.1 | 16.4 |\n"
            "\n"
            "Note: E = estimate. Totals may not equal the sum of segments because of rounding. Excludes "
            "outsourced agent labour."
        ),
        obs=[
            ("Voice bots & IVR AI", 2022, 1.9, "USD billion", "actual"),
            ("Voice bots & IVR AI", 2023, 2.4, "USD billion", "actual"),
            ("Voice bots & IVR AI", 2024, 3.1, "USD billion", "actual"),
            ("Voice bots & IVR AI", 2025, 4.0, "USD billion", "estimate"),
            ("Voice bots & IVR AI", 2026, 5.2, "USD billion", "estimate"),
            ("Chat & messaging bots", 2022, 2.3, "USD billion", "actual"),
            ("Chat & messaging bots", 2023, 2.8, "USD billion", "actual"),
            ("Chat & messaging bots", 2024, 3.4, "USD billion", "actual"),
            ("Chat & messaging bots", 2025, 4.1, "USD billion", "estimate"),
            ("Chat & messaging bots", 2026, 4.9, "USD billion", "estimate"),
            ("Agent assist", 2022, 0.8, "USD billion", "actual"),
            ("Agent assist", 2023, 1.2, "USD billion", "actual"),
            ("Agent assist", 2024, 1.8, "USD billion", "actual"),
            ("Agent assist", 2025, 2.6, "USD billion", "estimate"),
            ("Agent assist", 2026, 3.6, "USD billion", "estimate"),
            ("Speech & interaction analytics", 2022, 1.5, "USD billion", "actual"),
            ("Speech & interaction analytics", 2023, 1.7, "USD billion", "actual"),
            ("Speech & interaction analytics", 2024, 2.0, "USD billion", "actual"),
            ("Speech & interaction analytics", 2025, 2.3, "USD billion", "estimate"),
            ("Speech & interaction analytics", 2026, 2.7, "USD billion", "estimate"),
            ("Total", 2022, 6.5, "USD billion", "actual"),
            ("Total", 2023, 8.1, "USD billion", "actual"),
            ("Total", 2024, 10.3, "USD billion", "actual"),
            ("Total", 2025, 13.1, "USD billion", "estimate"),
            ("Total", 2026, 16.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 1.9 + 2.3 + 0.8 + 1.5 = 6.5
            ("hierarchy", "exact"),     # 2023: 2.4 + 2.8 + 1.2 + 1.7 = 8.1
            ("hierarchy", "exact"),     # 2024: 3.1 + 3.4 + 1.8 + 2.0 = 10.3
            ("hierarchy", "rounding"),  # 2025E: 4.0 + 4.1 + 2.6 + 2.3 = 13.0 vs 13.1; rows at +-0.05 each give
                                        # 12.8 .. 13.2, which reaches 13.1
            ("hierarchy", "exact"),     # 2026E: 5.2 + 4.9 + 3.6 + 2.7 = 16.4
        ],
    ),
    # 37. Tab-separated regional table with a CAGR 2024-30 column (span printed: stated) and a total row labelled
    # Global. The Rest of world CAGR (15.4%) is INCONSISTENT with its amounts (a typo for 17.4/17.5).
    dict(
        text=(
            "Speech recognition & synthesis software revenue by region (USD million)\n"
            "Region\t2024\t2030F\tCAGR 2024-30\n"
            "North America\t5,210\t13,480\t17.2%\n"
            "Europe\t3,060\t7,950\t17.2%\n"
            "Asia-Pacific\t3,870\t12,640\t21.8%\n"
            "Rest of world\t880\t2,310\t15.4%\n"
            "Global\t13,020\t36,380\t18.7%\n"
            "Note: F = forecast. Rest of world includes Latin America, the Middle East and Africa."
        ),
        obs=[
            ("North America", 2024, 5210, "USD million", "actual"),
            ("North America", 2030, 13480, "USD million", "estimate"),
            ("Europe", 2024, 3060, "USD million", "actual"),
            ("Europe", 2030, 7950, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 3870, "USD million", "actual"),
            ("Asia-Pacific", 2030, 12640, "USD million", "estimate"),
            ("Rest of world", 2024, 880, "USD million", "actual"),
            ("Rest of world", 2030, 2310, "USD million", "estimate"),
            ("Global", 2024, 13020, "USD million", "actual"),
            ("Global", 2030, 36380, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # (13480 / 5210) ** (1 / 6) - 1 = 17.168% -> 17.2
            ("cagr|implied", "exact"),         # (7950 / 3060) ** (1 / 6) - 1 = 17.249% -> 17.2
            ("cagr|implied", "exact"),         # (12640 / 3870) ** (1 / 6) - 1 = 21.807% -> 21.8
            ("cagr|implied", "inconsistent"),  # (2310 / 880) ** (1 / 6) - 1 = 17.451%; bounds (2309.5/880.5)**(1/6)-1
                                               # = 17.435% .. (2310.5/879.5)**(1/6)-1 = 17.466%: 15.4 not reached
            ("cagr|implied", "exact"),         # (36380 / 13020) ** (1 / 6) - 1 = 18.679% -> 18.7
            ("hierarchy", "exact"),            # 2024: 5210 + 3060 + 3870 + 880 = 13020
            ("hierarchy", "exact"),            # 2030F: 13480 + 7950 + 12640 + 2310 = 36380
        ],
    ),
    # 38. Chinese vertical table (years as rows), value column headed by its unit only (亿元) -> Total; a
    # year-on-year column. The 2022 rate 12.6 is INCONSISTENT (digits transposed from 21.6). Nowhere: 表3,
    # the title span 2020—2025.
    dict(
        text=(
            "表3  2020—2025年中国智能语音市场规模及增速\n"
            "\n"
            "| 年份 | 亿元 | 同比增长（%） |\n"
            "|---|---:|---:|\n"
            "| 2020 | 217.5 | — |\n"
            "| 2021 | 285.3 | 31.2 |\n"
            "| 2022 | 346.9 | 12.6 |\n"
            "| 2023 | 412.0 | 18.8 |\n"
            "| 2024 | 498.6 | 21.0 |\n"
            "| 2025E | 596.1 | 19.6 |\n"
            "\n"
            "注：E为预测值；增速按未取整数据计算。资料来源：××研究院整理。"
        ),
        obs=[
            ("Total", 2020, 217.5, "CNY 100 million", "actual"),
            ("Total", 2021, 285.3, "CNY 100 million", "actual"),
            ("Total", 2022, 346.9, "CNY 100 million", "actual"),
            ("Total", 2023, 412.0, "CNY 100 million", "actual"),
            ("Total", 2024, 498.6, "CNY 100 million", "actual"),
            ("Total", 2025, 596.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2020, 2021, 1.0),
            ("growth", 12.6, "percent", 2021, 2022, 1.0),
            ("growth", 18.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", 19.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 285.3 / 217.5 - 1 = 31.172% -> 31.2
            ("cagr|implied", "inconsistent"),  # 346.9 / 285.3 - 1 = 21.591%; bounds 346.85/285.35 - 1 = 21.552% ..
                                               # 346.95/285.25 - 1 = 21.630%: 12.6 not reached
            ("cagr|implied", "exact"),         # 412.0 / 346.9 - 1 = 18.766% -> 18.8
            ("cagr|implied", "exact"),         # 498.6 / 412.0 - 1 = 21.019% -> 21.0
            ("cagr|implied", "exact"),         # 596.1 / 498.6 - 1 = 19.555% -> 19.6
        ],
    ),
    # 39. Space-aligned yen table, fiscal years, total row printed first ("Market total"), a share column whose
    # 100.0% total is no claim; each share's part and whole printed. Nowhere: 58 vendors.
    dict(
        text=(
            "Japan: AI contact-centre solutions market by segment (¥ billion, fiscal years ending March)\n"
            "\n"
            "                            FY2023    FY2024    Share of FY2024\n"
            "Market total                  86.4     104.9             100.0%\n"
            "  Voice bots / AI IVR         31.2      39.8              37.9%\n"
            "  Speech analytics            22.7      26.1              24.9%\n"
            "  Agent assist & summaries    18.9      25.3              24.1%\n"
            "  Multilingual / MT           13.6      13.7              13.1%\n"
            "\n"
            "Note: FY2024 = April 2024-March 2025. Based on a survey of 58 vendors; excludes telephony hardware."
        ),
        obs=[
            ("Market total", 2023, 86.4, "JPY billion", "actual"),
            ("Market total", 2024, 104.9, "JPY billion", "actual"),
            ("Voice bots / AI IVR", 2023, 31.2, "JPY billion", "actual"),
            ("Voice bots / AI IVR", 2024, 39.8, "JPY billion", "actual"),
            ("Speech analytics", 2023, 22.7, "JPY billion", "actual"),
            ("Speech analytics", 2024, 26.1, "JPY billion", "actual"),
            ("Agent assist & summaries", 2023, 18.9, "JPY billion", "actual"),
            ("Agent assist & summaries", 2024, 25.3, "JPY billion", "actual"),
            ("Multilingual / MT", 2023, 13.6, "JPY billion", "actual"),
            ("Multilingual / MT", 2024, 13.7, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 37.9, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 13.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 39.8 / 104.9 = 37.941% -> 37.9
            ("arithmetic", "exact"),  # 26.1 / 104.9 = 24.881% -> 24.9
            ("arithmetic", "exact"),  # 25.3 / 104.9 = 24.118% -> 24.1
            ("arithmetic", "exact"),  # 13.7 / 104.9 = 13.060% -> 13.1
            ("hierarchy", "exact"),   # FY2023: 31.2 + 22.7 + 18.9 + 13.6 = 86.4
            ("hierarchy", "exact"),   # FY2024: 39.8 + 26.1 + 25.3 + 13.7 = 104.9
        ],
    ),
    # 40. Traditional Chinese space-aligned table in 新台幣百萬元 (TWD million), a (F) column, a total row 合計 and a
    # 2025 year-on-year column. Nowhere: 表五, the source's date 2025年2月.
    dict(
        text=(
            "表五　台灣機器翻譯與AI配音服務市場規模（單位：新台幣百萬元）\n"
            "\n"
            "項目              2023年    2024年    2025年(F)    2025年增率\n"
            "機器翻譯API        1,284     1,516       1,790         18.1%\n"
            "AI配音/字幕          356       528         742         40.5%\n"
            "語音複製授權          95       161         248         54.0%\n"
            "合計               1,735     2,205       2,780         26.1%\n"
            "\n"
            "註：F為預估值；不含人工翻譯及錄音室服務。資料來源：台灣語言科技研究中心，2025年2月。"
        ),
        obs=[
            ("機器翻譯API", 2023, 1284, "TWD million", "actual"),
            ("機器翻譯API", 2024, 1516, "TWD million", "actual"),
            ("機器翻譯API", 2025, 1790, "TWD million", "estimate"),
            ("AI配音/字幕", 2023, 356, "TWD million", "actual"),
            ("AI配音/字幕", 2024, 528, "TWD million", "actual"),
            ("AI配音/字幕", 2025, 742, "TWD million", "estimate"),
            ("語音複製授權", 2023, 95, "TWD million", "actual"),
            ("語音複製授權", 2024, 161, "TWD million", "actual"),
            ("語音複製授權", 2025, 248, "TWD million", "estimate"),
            ("合計", 2023, 1735, "TWD million", "actual"),
            ("合計", 2024, 2205, "TWD million", "actual"),
            ("合計", 2025, 2780, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2024, 2025, 1.0),
            ("growth", 40.5, "percent", 2024, 2025, 1.0),
            ("growth", 54.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1790 / 1516 - 1 = 18.074% -> 18.1
            ("cagr|implied", "exact"),  # 742 / 528 - 1 = 40.530% -> 40.5
            ("cagr|implied", "exact"),  # 248 / 161 - 1 = 54.037% -> 54.0
            ("cagr|implied", "exact"),  # 2780 / 2205 - 1 = 26.077% -> 26.1
            ("hierarchy", "exact"),     # 2023: 1284 + 356 + 95 = 1735
            ("hierarchy", "exact"),     # 2024: 1516 + 528 + 161 = 2205
            ("hierarchy", "exact"),     # 2025(F): 1790 + 742 + 248 = 2780
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 8, 'exact': 89}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 12 March 2025 /PRNewswire/ --',
    'up 17.5% from USD 12.6 billion a year earlier',
    'PT US$64 (27% upside)',
    'of which voice bots (inbound and outbound) made up $1.6bn, or 38%',
    'Brightline Research, in a note published last month, puts the 2024 figure lower',
    'we size the total addressable market for AI voice agents at about $18 billion this year',
    'expect that spending to pass €3.6 billion in 2027',
    '(revised up from the ¥46.1 billion in its preliminary release)',
    'has grown more than fivefold since 2020',
    'somewhere between $5 billion and $6.5 billion by 2029',
    '1.3 trillion won last year',
    '力争突破800亿元，2024—2027年年均增长23%左右',
    '目标价68元，对应上涨空间32%',
    '年增14.8%，2023年則為50.6億元',
    '去年規模達14.6億港元，較前年的11.9億港元增長22.7%',
    '則估算2024年規模僅27億美元',
    '较2020年增长3倍；今年一季度市场规模为12.6亿元',
    '将接近1.2万亿元',
    '| Total | 3.35 | 4.12 | 5.15 | 6.29 | 7.55 |',
    '2025E         43.0               39.4     82.4',
    '合计\t240.5\t290.4\t347.5\t20.7%',
    'Global total          3.48     4.21     9.86          19.0%',
    '| Year | HK$ million | YoY |',
    '(ref. SR-2291)',
    'up 4.1 percentage points on 2023',
    'at roughly $38 billion this year',
    "That's about 2.5x in four years",
    'from ¥114.3 billion the year before',
    'roughly 910 billion won',
    '~$1.2B last year',
    'somewhere between $4.4B and $5.1B',
    'pass €1.1 billion in 2030',
    'HK$750 million to HK$800 million this year',
    'TAM $22B (2024) → $61B (2028E)',
    '(previously published as £312 million)',
    '力争突破500亿元',
    '给予目标价58元，对应32%上涨空间',
    '較2023年的41.4億元成長17.3%',
    '去年本港AI客服及語音機械人市場規模約為12.6億港元',
    '較2020年增長2倍',
    '有望接近1.1万亿元',
    '是2021年的近4倍',
    '| Total | 6.5 | 8.1 | 10.3 | 13.1 | 16.4 |',
    'CAGR 2024-30',
    '| 年份 | 亿元 | 同比增长（%） |',
    'Market total                  86.4',
    '2025年(F)',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 221
#: figures, 63 rates, 93 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-forty-fourth and -sixth sets (it kept unread): 222, 63, 94 and 0
FLOORS = {"figures_found": 226, "rates_found": 63, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset147.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
