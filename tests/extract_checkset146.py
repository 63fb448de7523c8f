"""A hundred-and-forty-sixth check set for the extractor, written blind: AI speech, voice and language services: speech
recognition and synthesis, voice assistants and smart speakers' AI software, AI contact-centre and call-bot platforms,
machine translation and dubbing, voice cloning, sized in money by market researchers, contact-centre associations,
brokers, app-analytics firms, city and provincial digital plans, Japanese, Korean, European and Hong Kong/Taiwanese
research houses. Distractors a careful reader leaves out: minutes or calls handled, languages supported, monthly
active users, devices shipped, word-error rates, agent headcount, a vendor's own revenue or funding round, per-minute
prices, a quarter's figures, the whole customer-service outsourcing market beside the AI part.

Snippets 1-20: AI speech, voice and language services (speech recognition and synthesis, voice assistants' software,
AI contact-centre and voice-bot platforms, machine translation, AI dubbing, voice cloning). Sources: a wire press
release, a broker note, a news article quoting two publishers, an earnings-call transcript, a European contact-centre
association yearbook, a Japanese research house (fiscal years, yen), an app-analytics blog, a Hong Kong study (HK$
million then HK$ billion), a city industry plan, a Chinese broker note, Taiwanese and Hong Kong articles in
Traditional Chinese (NT$, HK$, a US$ figure in 億美元), a Chinese news article with a second publisher, a WeChat-style
post, and five tables (markdown pipe, space-aligned, tab-separated Chinese, two with years as rows, E/F columns, total
rows, notes with a CAGR or share, a revised figure). Distractors: datelines, report titles' years, exhibit and table
numbers, page and vendor counts, word-error rates and accuracy, languages supported, voice minutes, MAUs, per-minute
and per-thousand-character prices, agent headcount, a vendor's revenue, funding round, margin and price target,
quarter figures and shipments, penetration and survey percentages, shares in words, the whole outsourcing market
beside the AI part, a second publisher's figure, amounts in rupees and won.

Snippets 21-40: AI speech, voice and language services (speech recognition and synthesis, voice-assistant software, AI
contact-centre and call-bot platforms, machine translation and dubbing, voice cloning). Eight English prose pieces (an
earnings call sizing its TAM, a research abstract, a social post, a Japanese integrated report, a Brussels association
press release with an inconsistent year-on-year rate, a corrected web article with a second publisher and a range,
investor-day slide bullets, a Hong Kong broker note in HK$ with a won comparison and a price target), seven Chinese
prose pieces (a Hefei city plan with a 增长3倍 multiple and a target, an iResearch news item with a part, a second
publisher and a quarter, a CNA Taiwan dispatch in 新台幣億元, a Hong Kong paper in 億港元 with the whole outsourcing market
beside the AI part, a Taiwan outlet quoting Yano in 億日圓 with an inconsistent CAGR, a broker note with a range, company
revenue and price target, and a Zhihu answer with an inferred CAGR), and five tables (a markdown segment table with E
columns and a rounding total, a tab-separated Simplified Chinese table, a space-aligned Japanese FY table with a share
column, a Traditional Chinese markdown table with a CAGR column, and a UK table with years as rows, a YoY column
computed on a superseded base and a penetration column). Distractors: minutes and calls handled, languages supported,
word-error rates, headcounts, counts of vendors, operators and respondents, vendors' own revenue, bookings, funding
rounds, margins, share targets, per-minute and per-character prices, quarterly figures, penetration rates, fractions
in words, document and issue numbers, title years.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Wire press release for a market report; title years (2030), page/vendor counts, word-error rate and the
    #    rupee figure for India are expected nowhere; the regional share has no printed part, so no verdict.
    dict(
        text=(
            "DUBLIN, Feb. 18, 2025 /PRNewswire/ -- The \"Speech and Voice Recognition Market by Technology, "
            "Deployment, Vertical and Region - Global Forecast to 2030\" report has been added to MarketLens.com's "
            "offering.\n"
            "The global speech and voice recognition market is projected to grow from USD 15.46 billion in 2024 to "
            "USD 41.39 billion by 2030, at a CAGR of 17.8% from 2024 to 2030. North America accounted for 38.5% of "
            "market revenue in 2024, while Asia Pacific is expected to register the fastest growth, with India alone "
            "estimated at INR 2,950 crore. Leading engines now post word-error rates below 5% on clean English audio; "
            "the 318-page study profiles 27 vendors."
        ),
        obs=[
            ("Total", 2024, 15.46, "USD billion", "actual"),
            ("Total", 2030, 41.39, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.39 / 15.46) ** (1 / 6) - 1 = 17.837% -> 17.8
        ],
    ),
    # 2. Broker note on AI contact-centre software; the ~$390bn outsourcing industry, ~17m agents, a vendor's AI
    #    revenue and its 48% growth, the quarter, the price target and upside are expected nowhere.
    dict(
        text=(
            "Hartwell Securities | Equity Research | 14 January 2025\n"
            "Voice AI: the contact centre is where the money is\n"
            "We size the AI contact-centre software market (voice bots, agent assist, conversation analytics) at "
            "$4.2bn in 2024, up 31% from $3.2bn in 2023. Voice bots are the largest slice at $1.7bn, or 40% of the "
            "total. We forecast the market at $11.9bn in 2028, a 2024-28 CAGR of 30% - still a sliver of the roughly "
            "$390bn customer-service outsourcing industry and its ~17m agents. Our top pick, Calloway Systems, grew AI "
            "revenue 48% y/y to $310m in 3Q24; we reiterate Overweight with a $212 price target (24% upside)."
        ),
        obs=[
            ("Total", 2023, 3.2, "USD billion", "actual"),
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2028, 11.9, "USD billion", "estimate"),
            ("Voice bots", 2024, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
            ("cagr", 30, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.2 - 1 = 31.25% -> 31
            ("arithmetic", "exact"),    # 1.7 / 4.2 = 40.48% -> 40
            ("cagr|implied", "exact"),  # (11.9 / 4.2) ** (1 / 4) - 1 = 29.74% -> 30
        ],
    ),
    # 3. News article quoting two publishers on machine translation; "last year" = 2023, "this year" = 2024
    #    (estimate). The rival's $3.4bn for 2030, the 130 languages and the $45m Series B are expected nowhere.
    dict(
        text=(
            "SINGAPORE, Oct 9, 2024 - Companies racing to localise apps and support content are leaning harder on "
            "software. The market for machine translation software and services was worth $1.02 billion last year, "
            "according to Lumen Insights, which expects it to reach $2.75 billion in 2030, compound annual growth of "
            "15.2%. Lumen puts this year's total at around $1.17 billion. A rival estimate from Northgate Analytics is "
            "more bullish, putting the 2030 market at $3.4 billion. Start-up Verbalis, whose engine covers 130 "
            "languages, closed a $45 million Series B in August."
        ),
        obs=[
            ("Total", 2023, 1.02, "USD billion", "actual"),
            ("Total", 2024, 1.17, "USD billion", "estimate"),
            ("Total", 2030, 2.75, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.75 / 1.02) ** (1 / 7) - 1 = 15.22% -> 15.2
        ],
    ),
    # 4. Earnings-call transcript: the TAM the CEO sizes is the market (Total); "this year" = 2025 (estimate).
    #    Quarter revenue and its 27%, voice minutes, per-minute price, customer count and margin are expected nowhere.
    dict(
        text=(
            "Aurelio Voice Inc. (AVOX) Q3 Fiscal 2025 Earnings Call - November 6, 2025\n"
            "Dana Whitcombe, Chief Executive Officer: Third-quarter revenue was $214 million, up 27%, and the platform "
            "handled 1.8 billion voice minutes at an average of about seven cents a minute. Stepping back, we size the "
            "total addressable market for AI voice agents and conversational self-service at about $38 billion this "
            "year, and we think it gets to roughly $92 billion by 2029 - call it 2.4 times where it is today. We ended "
            "the quarter with 4,100 customers and a 71% gross margin."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2029, 92, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2025, 2029, 4.0),
        ],
        verdicts=[],
    ),
    # 5. Association yearbook (EUR): Yearbook 2025 and edition/chapter numbers, 2.1 million agents, 31 countries,
    #    the survey's 64% of 1,150 operators and the 23% containment rate are expected nowhere.
    dict(
        text=(
            "European Contact Centre Forum - Yearbook 2025 (14th edition), Chapter 6: Automation\n"
            "Spending on AI across Europe's contact centres reached €2.38 billion in 2024, against €1.86 billion "
            "a year earlier (+28%). Voice bots took €0.91 billion of that, or 38%; agent assist, including "
            "real-time transcription and call summaries, accounted for a further €0.74 billion. The Forum expects "
            "total AI spend to pass €3 billion in 2025. The sector still employs some 2.1 million agents across 31 "
            "countries, 64% of the 1,150 operators surveyed plan to widen voice automation, and the average "
            "containment rate for voice bots was 23%."
        ),
        obs=[
            ("Total", 2023, 1.86, "EUR billion", "actual"),
            ("Total", 2024, 2.38, "EUR billion", "actual"),
            ("Total", 2025, 3, "EUR billion", "estimate"),
            ("Voice bots", 2024, 0.91, "EUR billion", "actual"),
            ("Agent assist", 2024, 0.74, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.38 / 1.86 - 1 = 27.96% -> 28
            ("arithmetic", "exact"),    # 0.91 / 2.38 = 38.24% -> 38
        ],
    ),
    # 6. Japanese research house, fiscal years in yen; the 95% accuracy and 140 surveyed firms are expected nowhere.
    #    The 12.8% year-on-year rate is only reached by rounding.
    dict(
        text=(
            "TOKYO, July 30, 2025 - Kitamura Research Institute today released its survey of Japan's AI voice "
            "recognition solutions market, covering call-centre speech analytics, meeting transcription and voice "
            "input for clinical and field work. The domestic market grew 12.8% year on year to \u00a552.4 billion in "
            "fiscal 2024 (April 2024-March 2025), from \u00a546.5 billion in fiscal 2023. Japanese recognition "
            "accuracy now exceeds 95% in quiet settings, the institute said. It projects the market at \u00a588.0 "
            "billion in fiscal 2029 (CAGR FY2024-FY2029: 10.9%). The survey covered 140 vendors and user companies "
            "between March and June 2025."
        ),
        obs=[
            ("Total", 2023, 46.5, "JPY billion", "actual"),
            ("Total", 2024, 52.4, "JPY billion", "actual"),
            ("Total", 2029, 88.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("cagr", 10.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 52.4 / 46.5 - 1 = 12.688% -> 12.7; bounds 52.35/46.55 - 1 = 12.46% .. 52.45/46.45 - 1 = 12.92%, 12.8 reached
            ("cagr|implied", "exact"),     # (88.0 / 52.4) ** (1 / 5) - 1 = 10.925% -> 10.9
        ],
    ),
    # 7. App-analytics blog: series unit is USD billion (first printed), so $780m and $450m are converted;
    #    "this year" = 2025 (estimate). The Q4 $410m, 96 million MAUs and $4.10 a month are expected nowhere.
    dict(
        text=(
            "Posted 12 February 2025 by the AppPulse Insights team\n"
            "AI voice apps had a breakout year. Consumers spent $1.26 billion on voice changers, voice-cloning tools, "
            "text-to-speech readers and AI dubbing apps in 2024, up 62% from $780 million in 2023 and 2.8x the $450 "
            "million spent in 2022. The fourth quarter alone brought in $410 million. Monthly active users topped 96 "
            "million in December, and the average paying user spent $4.10 a month. On current trends we expect "
            "consumer spending in the category to reach $1.9 billion this year."
        ),
        obs=[
            ("Total", 2022, 0.45, "USD billion", "actual"),
            ("Total", 2023, 0.78, "USD billion", "actual"),
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2025, 1.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
            ("multiple", 2.8, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.26 / 0.78 - 1 = 61.54% -> 62
        ],
    ),
    # 8. Hong Kong study: series unit HKD million (first printed), HK$1.32 billion converted to 1,320. The CAGR's span
    #    comes only from its amounts' years (inferred). 62% of 300 firms, 28,000 staff, "more than half" nowhere.
    dict(
        text=(
            "HONG KONG, 5 June 2024 - Hong Kong's market for AI customer-service and voice-bot solutions reached "
            "HK$486 million in 2023 and is forecast to hit HK$1.32 billion by 2028, a compound annual growth rate of "
            "22.2%, according to a study released today by Harbourview Research. Some 62% of the 300 enterprises "
            "surveyed said they had piloted Cantonese voice bots, and the territory's call centres employ about 28,000 "
            "staff. Banks and telecoms operators accounted for more than half of 2023 spending."
        ),
        obs=[
            ("Total", 2023, 486, "HKD million", "actual"),
            ("Total", 2028, 1320, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (1320 / 486) ** (1 / 5) - 1 = 22.12% -> 22.1; bounds (1315/486.5)**0.2 - 1 = 22.00% .. (1325/485.5)**0.2 - 1 = 22.24%, 22.2 reached
        ],
    ),
    # 9. City industry plan (Simplified): plan title years, 1,860 firms, 56,000 staff, the 10-firm goal with its
    #    10亿元 threshold and the 98% accuracy are expected nowhere. 较2020年增长2倍 is x2; 力争突破 is a target.
    dict(
        text=(
            "《本市加快智能语音产业高质量发展行动方案（2025—2027年）》（2025年3月印发）\n"
            "一、发展基础。2024年，全市智能语音产业规模达到1320亿元，同比增长18.5%（2023年为1114亿元），"
            "较2020年增长2倍，集聚相关企业1860家，从业人员超过5.6万人。\n"
            "二、发展目标。到2027年，全市智能语音产业规模力争突破2000亿元，培育年营收超10亿元的龙头企业10家以上，"
            "中文语音识别准确率保持在98%以上。"
        ),
        obs=[
            ("Total", 2023, 1114, "CNY 100 million", "actual"),
            ("Total", 2024, 1320, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1320 / 1114 - 1 = 18.49% -> 18.5
        ],
    ),
    # 10. Chinese broker note: the 24% growth has no printed 2023 amount (no verdict); the 2030 range gives two value
    #     claims. The 2,300亿元 outsourcing market, 500万 agents, the <5% penetration, the 48元 target and 26% upside
    #     are expected nowhere.
    dict(
        text=(
            "【华泓证券｜计算机行业深度报告】AI语音重塑客服：从降本到增收（2025年1月8日）\n"
            "核心观点：我们测算，2024年中国智能客服市场规模约98亿元，同比增长24%；其中语音机器人（智能外呼、语音导航）"
            "约40亿元，占比约41%。随着大模型落地，预计2027年市场规模将达到215亿元，2024—2027年CAGR约29.9%，"
            "2030年有望达到350—400亿元。对比看，国内客服外包整体市场约2300亿元，坐席人数超过500万，AI渗透率仍不足5%。"
            "维持行业“推荐”评级；重点公司目标价48元，对应26%上涨空间。"
        ),
        obs=[
            ("Total", 2024, 98, "CNY 100 million", "actual"),
            ("Total", 2027, 215, "CNY 100 million", "estimate"),
            ("语音机器人", 2024, 40, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 29.9, "percent", 2024, 2027, None, "stated"),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
            ("value", 400, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 40 / 98 = 40.82% -> 41
            ("cagr|implied", "exact"),  # (215 / 98) ** (1 / 3) - 1 = 29.94% -> 29.9
        ],
    ),
    # 11. Taiwanese news (Traditional) on a research centre's survey, NT$ 億元; the 412 firms, 37% adoption
    #     (penetration) and 6% error rate are expected nowhere. The 21.5% is only reached by rounding.
    dict(
        text=(
            "【記者林怡君／台北報導】2025年3月20日\n"
            "產業研究機構「創研產業情報中心」今（20）日發布調查指出，2024年台灣AI語音辨識與語音合成市場規模達新台幣"
            "48.6億元，較2023年的40.1億元成長21.5%，主要動能來自金融業語音客服與醫療病歷語音輸入。該中心預估，"
            "2027年市場規模將成長至新台幣82億元。調查也顯示，受訪的412家企業中已有37%導入語音AI，"
            "華語辨識字錯率已降至6%以下。"
        ),
        obs=[
            ("Total", 2023, 40.1, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 82, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 40.1 - 1 = 21.20% -> 21.2; bounds 48.55/40.15 - 1 = 20.92% .. 48.65/40.05 - 1 = 21.47%, 21.5 reached
        ],
    ),
    # 12. Hong Kong newspaper (Traditional) quoting two publishers, HK$ 億港元. The stated CAGR is INCONSISTENT with
    #     the amounts (perhaps computed from an older base). The rival's 35億 for 2028, 4.2萬 staff, the 0.8港元
    #     per-minute price and the count of firms are expected nowhere.
    dict(
        text=(
            "（香港財經日報 2024年9月12日）本地智庫「港研策略」昨日發表報告指，香港AI客服及語音機械人市場規模由2023年"
            "約12.4億港元，預計增至2028年的31億港元，2023至2028年複合年增長率達22.4%。不過，另一家顧問公司"
            "「Vantage Asia」估算，2028年市場規模可達35億港元。報告又指，全港約有4.2萬名客服從業員，語音機械人每分鐘"
            "收費約0.8港元，今年上半年已有逾百家企業試用粵語語音機械人。"
        ),
        obs=[
            ("Total", 2023, 12.4, "HKD 100 million", "actual"),
            ("Total", 2028, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (31 / 12.4) ** (1 / 5) - 1 = 20.11%; bounds (30.5/12.45)**0.2 - 1 = 19.63% .. (31.5/12.35)**0.2 - 1 = 20.60%, 22.4 out of reach
        ],
    ),
    # 13. Taiwanese investment-consulting note (Traditional), US$ in 億美元. 成長1.5倍 is x1.5; 約占四成 is a share in
    #     words (nowhere); the Q1 speaker shipments and their -6%, and the won figure for Korea are expected nowhere.
    dict(
        text=(
            "瀚宇投顧產業報告（2025年5月2日）：全球語音助理軟體市場2024年規模約62億美元，已較2020年成長1.5倍；"
            "預估2029年將達到145億美元，2024至2029年年複合成長率約18.5%。其中車用語音助理約占四成，是成長最快的應用。"
            "硬體方面，全球智慧音箱第一季出貨量約2,800萬台，年減6%；韓國語音助理市場規模則約8,500億韓元。"
            "我們建議關注具備中文語音模型的台廠。"
        ),
        obs=[
            ("Total", 2024, 62, "USD 100 million", "actual"),
            ("Total", 2029, 145, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2020, 2024, 4.0),
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (145 / 62) ** (1 / 5) - 1 = 18.52% -> 18.5
        ],
    ),
    # 14. Chinese news article with a second publisher on machine translation; 今年 = 2025 (estimate). The stated
    #     19.2% is INCONSISTENT with 54.6 -> 63.5 (a typo). The other institute's 71亿元, 200 languages and the
    #     daily character volume are expected nowhere.
    dict(
        text=(
            "本报讯（记者 周航）2025年4月16日，据智研锐思发布的数据，2024年中国机器翻译市场规模为63.5亿元，"
            "较上年的54.6亿元增长19.2%，今年有望增至74亿元。另据某产业研究院按不同统计口径测算，2024年该市场规模约为"
            "71亿元。业内人士介绍，目前主流机器翻译引擎支持语种已超过200种，头部平台日均翻译字符量超过千亿。"
        ),
        obs=[
            ("Total", 2023, 54.6, "CNY 100 million", "actual"),
            ("Total", 2024, 63.5, "CNY 100 million", "actual"),
            ("Total", 2025, 74, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 63.5 / 54.6 - 1 = 16.30%; bounds 63.45/54.65 - 1 = 16.10% .. 63.55/54.55 - 1 = 16.50%, 19.2 out of reach
        ],
    ),
    # 15. WeChat-style post on TTS and voice cloning: 近45亿元 and 超过55亿元 at their printed figures; the CAGR's span
    #     comes from its amounts (inferred). The 0.2元 per-thousand-character price, 3 seconds, the 2亿元 funding round
    #     and the 3,000万 MAUs are expected nowhere.
    dict(
        text=(
            "声音经济观察｜AI配音和声音克隆，到底有多大的市场？（2025-06-03 发布于上海）\n"
            "先说结论：国内语音合成（TTS）市场从2021年的22亿元增至2024年的近45亿元，年均复合增长率约26.9%。其中，"
            "有声书与AI配音约12亿元，占比26.7%，是最大的单一场景。业内预计今年整体规模有望超过55亿元。价格在快速下探："
            "主流平台每千字合成价格已降到0.2元以下，克隆一个音色只需3秒音频。资本同样活跃，某头部厂商上月刚完成2亿元"
            "B轮融资，旗下App月活突破3000万。"
        ),
        obs=[
            ("Total", 2021, 22, "CNY 100 million", "actual"),
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
            ("有声书与AI配音", 2024, 12, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2021, 2024, None, "inferred"),
            ("share", 26.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (45 / 22) ** (1 / 3) - 1 = 26.94% -> 26.9
            ("arithmetic", "exact"),   # 12 / 45 = 26.67% -> 26.7
        ],
    ),
    # 16. Markdown pipe table, years as columns with E columns and a total row; "Exhibit 7" and the source date are
    #     expected nowhere. 2026E rows add to 5,290 against a printed 5,291 (rounding).
    dict(
        text=(
            "Exhibit 7: Global AI contact-centre software revenue by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E | 2027E |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| Voice bots & IVA | 1,180 | 1,510 | 1,940 | 2,470 | 3,100 |\n"
            "| Agent assist | 640 | 850 | 1,120 | 1,450 | 1,840 |\n"
            "| Conversation analytics | 520 | 660 | 830 | 1,030 | 1,270 |\n"
            "| Other | 210 | 245 | 290 | 340 | 395 |\n"
            "| Total | 2,550 | 3,265 | 4,180 | 5,291 | 6,605 |\n"
            "\n"
            "Source: Corvin Partners estimates, March 2025. E = estimate. Excludes BPO services; totals may not add "
            "due to rounding."
        ),
        obs=[
            ("Voice bots & IVA", 2023, 1180, "USD million", "actual"),
            ("Voice bots & IVA", 2024, 1510, "USD million", "actual"),
            ("Voice bots & IVA", 2025, 1940, "USD million", "estimate"),
            ("Voice bots & IVA", 2026, 2470, "USD million", "estimate"),
            ("Voice bots & IVA", 2027, 3100, "USD million", "estimate"),
            ("Agent assist", 2023, 640, "USD million", "actual"),
            ("Agent assist", 2024, 850, "USD million", "actual"),
            ("Agent assist", 2025, 1120, "USD million", "estimate"),
            ("Agent assist", 2026, 1450, "USD million", "estimate"),
            ("Agent assist", 2027, 1840, "USD million", "estimate"),
            ("Conversation analytics", 2023, 520, "USD million", "actual"),
            ("Conversation analytics", 2024, 660, "USD million", "actual"),
            ("Conversation analytics", 2025, 830, "USD million", "estimate"),
            ("Conversation analytics", 2026, 1030, "USD million", "estimate"),
            ("Conversation analytics", 2027, 1270, "USD million", "estimate"),
            ("Other", 2023, 210, "USD million", "actual"),
            ("Other", 2024, 245, "USD million", "actual"),
            ("Other", 2025, 290, "USD million", "estimate"),
            ("Other", 2026, 340, "USD million", "estimate"),
            ("Other", 2027, 395, "USD million", "estimate"),
            ("Total", 2023, 2550, "USD million", "actual"),
            ("Total", 2024, 3265, "USD million", "actual"),
            ("Total", 2025, 4180, "USD million", "estimate"),
            ("Total", 2026, 5291, "USD million", "estimate"),
            ("Total", 2027, 6605, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1180 + 640 + 520 + 210 = 2550
            ("hierarchy", "exact"),     # 2024: 1510 + 850 + 660 + 245 = 3265
            ("hierarchy", "exact"),     # 2025E: 1940 + 1120 + 830 + 290 = 4180
            ("hierarchy", "rounding"),  # 2026E: 2470 + 1450 + 1030 + 340 = 5290 vs 5291; rows +/-0.5 each give 5288..5292, total 5290.5..5291.5, reached
            ("hierarchy", "exact"),     # 2027E: 3100 + 1840 + 1270 + 395 = 6605
        ],
    ),
    # 17. Space-aligned table (Japan, yen), fiscal years as columns with F columns and a total row; the release date,
    #     the 186 vendors and the fiscal-year note are expected nowhere. The note's CAGR has its span printed.
    dict(
        text=(
            "Japan: AI voice and call-automation market by segment (\u00a5 billion)\n"
            "Released 5 August 2025 by Sakuragawa Research\n"
            "\n"
            "                       FY2022   FY2023   FY2024   FY2025F   FY2026F\n"
            "Speech recognition       21.4     24.9     28.7      32.6      36.8\n"
            "Speech synthesis          6.2      7.5      9.1      11.0      13.2\n"
            "AI call bots              8.9     11.8     15.3      19.6      24.1\n"
            "Total                    36.5     44.2     53.1      63.2      74.1\n"
            "\n"
            "Note: fiscal years run April-March; F = forecast. Total market CAGR FY2023-FY2026F: 18.8%. "
            "Based on a survey of 186 vendors."
        ),
        obs=[
            ("Speech recognition", 2022, 21.4, "JPY billion", "actual"),
            ("Speech recognition", 2023, 24.9, "JPY billion", "actual"),
            ("Speech recognition", 2024, 28.7, "JPY billion", "actual"),
            ("Speech recognition", 2025, 32.6, "JPY billion", "estimate"),
            ("Speech recognition", 2026, 36.8, "JPY billion", "estimate"),
            ("Speech synthesis", 2022, 6.2, "JPY billion", "actual"),
            ("Speech synthesis", 2023, 7.5, "JPY billion", "actual"),
            ("Speech synthesis", 2024, 9.1, "JPY billion", "actual"),
            ("Speech synthesis", 2025, 11.0, "JPY billion", "estimate"),
            ("Speech synthesis", 2026, 13.2, "JPY billion", "estimate"),
            ("AI call bots", 2022, 8.9, "JPY billion", "actual"),
            ("AI call bots", 2023, 11.8, "JPY billion", "actual"),
            ("AI call bots", 2024, 15.3, "JPY billion", "actual"),
            ("AI call bots", 2025, 19.6, "JPY billion", "estimate"),
            ("AI call bots", 2026, 24.1, "JPY billion", "estimate"),
            ("Total", 2022, 36.5, "JPY billion", "actual"),
            ("Total", 2023, 44.2, "JPY billion", "actual"),
            ("Total", 2024, 53.1, "JPY billion", "actual"),
            ("Total", 2025, 63.2, "JPY billion", "estimate"),
            ("Total", 2026, 74.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74.1 / 44.2) ** (1 / 3) - 1 = 18.80% -> 18.8
            ("hierarchy", "exact"),     # FY2022: 21.4 + 6.2 + 8.9 = 36.5
            ("hierarchy", "exact"),     # FY2023: 24.9 + 7.5 + 11.8 = 44.2
            ("hierarchy", "exact"),     # FY2024: 28.7 + 9.1 + 15.3 = 53.1
            ("hierarchy", "exact"),     # FY2025F: 32.6 + 11.0 + 19.6 = 63.2
            ("hierarchy", "exact"),     # FY2026F: 36.8 + 13.2 + 24.1 = 74.1
        ],
    ),
    # 18. Chinese tab-separated table (亿元), years as columns with E columns and a 合计 row; 表3 and the source's
    #     date are expected nowhere. The note holds a CAGR with its span and a share whose part and whole are printed.
    dict(
        text=(
            "表3  中国智能语音市场规模及细分结构（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2025E\t2026E\n"
            "语音识别\t98.6\t117.3\t139.5\t164.2\t191.8\n"
            "语音合成\t31.2\t38.9\t48.6\t60.1\t73.5\n"
            "声纹识别\t9.4\t11.8\t14.9\t18.7\t23.3\n"
            "其他\t12.1\t13.5\t15.2\t17.0\t18.9\n"
            "合计\t151.3\t181.5\t218.2\t260.0\t307.5\n"
            "注：E为预测值；2024—2026E年均复合增长率为18.7%，2024年语音合成占比22.3%。资料来源：华策咨询，2025年2月。"
        ),
        obs=[
            ("语音识别", 2022, 98.6, "CNY 100 million", "actual"),
            ("语音识别", 2023, 117.3, "CNY 100 million", "actual"),
            ("语音识别", 2024, 139.5, "CNY 100 million", "actual"),
            ("语音识别", 2025, 164.2, "CNY 100 million", "estimate"),
            ("语音识别", 2026, 191.8, "CNY 100 million", "estimate"),
            ("语音合成", 2022, 31.2, "CNY 100 million", "actual"),
            ("语音合成", 2023, 38.9, "CNY 100 million", "actual"),
            ("语音合成", 2024, 48.6, "CNY 100 million", "actual"),
            ("语音合成", 2025, 60.1, "CNY 100 million", "estimate"),
            ("语音合成", 2026, 73.5, "CNY 100 million", "estimate"),
            ("声纹识别", 2022, 9.4, "CNY 100 million", "actual"),
            ("声纹识别", 2023, 11.8, "CNY 100 million", "actual"),
            ("声纹识别", 2024, 14.9, "CNY 100 million", "actual"),
            ("声纹识别", 2025, 18.7, "CNY 100 million", "estimate"),
            ("声纹识别", 2026, 23.3, "CNY 100 million", "estimate"),
            ("其他", 2022, 12.1, "CNY 100 million", "actual"),
            ("其他", 2023, 13.5, "CNY 100 million", "actual"),
            ("其他", 2024, 15.2, "CNY 100 million", "actual"),
            ("其他", 2025, 17.0, "CNY 100 million", "estimate"),
            ("其他", 2026, 18.9, "CNY 100 million", "estimate"),
            ("合计", 2022, 151.3, "CNY 100 million", "actual"),
            ("合计", 2023, 181.5, "CNY 100 million", "actual"),
            ("合计", 2024, 218.2, "CNY 100 million", "actual"),
            ("合计", 2025, 260.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 307.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2026, None, "stated"),
            ("share", 22.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (307.5 / 218.2) ** (1 / 2) - 1 = 18.71% -> 18.7
            ("arithmetic", "exact"),    # 48.6 / 218.2 = 22.27% -> 22.3
            ("hierarchy", "exact"),     # 2022: 98.6 + 31.2 + 9.4 + 12.1 = 151.3
            ("hierarchy", "exact"),     # 2023: 117.3 + 38.9 + 11.8 + 13.5 = 181.5
            ("hierarchy", "exact"),     # 2024: 139.5 + 48.6 + 14.9 + 15.2 = 218.2
            ("hierarchy", "exact"),     # 2025E: 164.2 + 60.1 + 18.7 + 17.0 = 260.0
            ("hierarchy", "exact"),     # 2026E: 191.8 + 73.5 + 23.3 + 18.9 = 307.5
        ],
    ),
    # 19. Vertical table (years as rows), tab-separated: the lone value column is headed by its unit only, so it is
    #     the market's Total; each YoY figure is a growth claim. The 2025E figure was revised from 940 (expected
    #     nowhere); the report's dates are expected nowhere. The 2024 YoY of 35.1% is only reached by rounding.
    dict(
        text=(
            "Global AI dubbing and voice-localisation market\n"
            "Year\tUSD million\tYoY (%)\n"
            "2021\t312\t-\n"
            "2022\t405\t29.8\n"
            "2023\t538\t32.8\n"
            "2024\t726\t35.1\n"
            "2025E\t962\t32.5\n"
            "2026E\t1,255\t30.5\n"
            "Source: Brightline Media Research, November 2025 update. E = estimate. The 2025E figure has been revised "
            "up from 940 in the May 2025 edition; excludes human-performed dubbing."
        ),
        obs=[
            ("Total", 2021, 312, "USD million", "actual"),
            ("Total", 2022, 405, "USD million", "actual"),
            ("Total", 2023, 538, "USD million", "actual"),
            ("Total", 2024, 726, "USD million", "actual"),
            ("Total", 2025, 962, "USD million", "estimate"),
            ("Total", 2026, 1255, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2021, 2022, 1.0),
            ("growth", 32.8, "percent", 2022, 2023, 1.0),
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
            ("growth", 32.5, "percent", 2024, 2025, 1.0),
            ("growth", 30.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 405 / 312 - 1 = 29.81% -> 29.8
            ("cagr|implied", "exact"),     # 538 / 405 - 1 = 32.84% -> 32.8
            ("cagr|implied", "rounding"),  # 726 / 538 - 1 = 34.94% -> 34.9; bounds 725.5/538.5 - 1 = 34.73% .. 726.5/537.5 - 1 = 35.16%, 35.1 reached
            ("cagr|implied", "exact"),     # 962 / 726 - 1 = 32.51% -> 32.5
            ("cagr|implied", "exact"),     # 1255 / 962 - 1 = 30.46% -> 30.5
        ],
    ),
    # 20. Space-aligned vertical table (fiscal years as rows) in ¥100 million: items are the value columns'
    #     headers, the Total column adds up; E/F rows are estimates. The note's share has its part and whole printed.
    #     The "as of" date and the fiscal-year note are expected nowhere.
    dict(
        text=(
            "Japan machine translation and AI interpreting services market (unit: \u00a5100 million)\n"
            "\n"
            "FY          Machine translation   AI interpreting   Total\n"
            "FY2021              412                  38          450\n"
            "FY2022              468                  52          520\n"
            "FY2023              531                  71          602\n"
            "FY2024              598                  96          694\n"
            "FY2025E             672                 127          799\n"
            "FY2026F             751                 164          915\n"
            "\n"
            "Note: FY = April-March. E = estimate, F = forecast (as of September 2025). AI interpreting's share of the "
            "total rose to 13.8% in FY2024. Source: Minato Economic Research."
        ),
        obs=[
            ("Machine translation", 2021, 412, "JPY 100 million", "actual"),
            ("Machine translation", 2022, 468, "JPY 100 million", "actual"),
            ("Machine translation", 2023, 531, "JPY 100 million", "actual"),
            ("Machine translation", 2024, 598, "JPY 100 million", "actual"),
            ("Machine translation", 2025, 672, "JPY 100 million", "estimate"),
            ("Machine translation", 2026, 751, "JPY 100 million", "estimate"),
            ("AI interpreting", 2021, 38, "JPY 100 million", "actual"),
            ("AI interpreting", 2022, 52, "JPY 100 million", "actual"),
            ("AI interpreting", 2023, 71, "JPY 100 million", "actual"),
            ("AI interpreting", 2024, 96, "JPY 100 million", "actual"),
            ("AI interpreting", 2025, 127, "JPY 100 million", "estimate"),
            ("AI interpreting", 2026, 164, "JPY 100 million", "estimate"),
            ("Total", 2021, 450, "JPY 100 million", "actual"),
            ("Total", 2022, 520, "JPY 100 million", "actual"),
            ("Total", 2023, 602, "JPY 100 million", "actual"),
            ("Total", 2024, 694, "JPY 100 million", "actual"),
            ("Total", 2025, 799, "JPY 100 million", "estimate"),
            ("Total", 2026, 915, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96 / 694 = 13.83% -> 13.8
            ("hierarchy", "exact"),   # FY2021: 412 + 38 = 450
            ("hierarchy", "exact"),   # FY2022: 468 + 52 = 520
            ("hierarchy", "exact"),   # FY2023: 531 + 71 = 602
            ("hierarchy", "exact"),   # FY2024: 598 + 96 = 694
            ("hierarchy", "exact"),   # FY2025E: 672 + 127 = 799
            ("hierarchy", "exact"),   # FY2026F: 751 + 164 = 915
        ],
    ),
    # 21. Earnings-call prepared remarks: the company's TAM is the market (Total); "this year" (2025) is an estimate.
    # Expected nowhere: quarterly revenue $212m and its 31%, 1.3bn minutes, 7-cent price, 140 customers, $100,000 ARR.
    dict(
        text=(
            "Q3 fiscal 2025 earnings call, 6 November 2025 - prepared remarks, Chief Executive Officer. "
            "\"Before I get to the quarter, a word on how we size the opportunity. We think the total addressable "
            "market for AI-led customer engagement - voice agents, agent assist and automated quality management - is "
            "roughly $48 billion this year, and we expect it to reach $112 billion by 2030. That is a compound annual "
            "growth rate of about 18% from 2025 to 2030. Against that backdrop, revenue for the quarter was $212 "
            "million, up 31% year on year, and our voice agents handled 1.3 billion minutes at an average list price "
            "of seven cents a minute. We added 140 customers with more than $100,000 in annual recurring revenue.\""
        ),
        obs=[
            ("Total", 2025, 48.0, "USD billion", "estimate"),
            ("Total", 2030, 112.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112 / 48) ** (1 / 5) - 1 = 18.47% -> 18
        ],
    ),
    # 22. Research abstract on the global ASR market: base year actual, CAGR with printed span, a regional share.
    # Expected nowhere: 85 interviewees, survey months, word error rate 5%, 100 languages.
    dict(
        text=(
            "Abstract. Purpose: to size the global automatic speech recognition (ASR) software and services market. "
            "Method: a bottom-up vendor model, validated through interviews with 85 industry participants (fieldwork "
            "January-March 2025). Findings: the market was valued at USD 14.92 billion in 2024, up from USD 12.63 "
            "billion in 2023, and is projected to reach USD 38.40 billion by 2031, expanding at a CAGR of 14.5% over "
            "2024-2031. North America accounted for 36.8% of 2024 revenue. Leading engines now report word error "
            "rates below 5% on English benchmarks and support more than 100 languages. Keywords: speech recognition; "
            "ASR; voice interfaces; market sizing."
        ),
        obs=[
            ("Total", 2023, 12.63, "USD billion", "actual"),
            ("Total", 2024, 14.92, "USD billion", "actual"),
            ("Total", 2031, 38.40, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.5, "percent", 2024, 2031, None, "stated"),
            ("share", 36.8, "percent", 2024, 2024, None),  # part not printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.40 / 14.92) ** (1 / 7) - 1 = 14.459% -> 14.5
        ],
    ),
    # 23. Founder's social post: arrow notation, a multiple and a CAGR whose span only the amounts' years give.
    # Expected nowhere: the $6M seed round, 14k followers, 200+ customer calls, "3 things".
    dict(
        text=(
            "Posted 3 Feb 2025 - 14k followers. Voice cloning is no longer a niche. Market size: $2.1B (2024) -> "
            "$9.8B (2032e). That's ~4.7x. Roughly a 21% CAGR. Meanwhile we just closed a $6M seed round to build "
            "consent-first cloning. 3 things we learned from 200+ customer calls... #voiceAI #TTS"
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2032, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4.7, "multiple", 2024, 2032, 8.0),  # 9.8 / 2.1 = 4.67 -> 4.7; no verdict
            ("cagr", 21, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.8 / 2.1) ** (1 / 8) - 1 = 21.23% -> 21
        ],
    ),
    # 24. Japanese integrated report quoting Yano: fiscal years count as their number, yen in JPY billion.
    # Expected nowhere: own segment revenue ¥8.2bn and 17%, the 15% share target, 1,240 employees, "Plan 2027".
    dict(
        text=(
            "Integrated Report 2025 (fiscal year ended March 31, 2025) - Market environment. According to Yano "
            "Research Institute, the domestic market for AI call-centre solutions grew 12% year on year to "
            "¥182 billion in fiscal 2024, from ¥163 billion in fiscal 2023, and is forecast to reach ¥265 billion in "
            "fiscal 2028, a compound annual growth rate of 9.8% over fiscal 2024-2028. Our own AI Solutions segment "
            "posted revenue of ¥8.2 billion (up 17%), and under Medium-Term Plan 2027 we aim to lift our share of this "
            "market to 15%. The Group employs 1,240 people in its contact-centre business."
        ),
        obs=[
            ("Total", 2023, 163.0, "JPY billion", "actual"),
            ("Total", 2024, 182.0, "JPY billion", "actual"),
            ("Total", 2028, 265.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 9.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 163 - 1 = 11.66% -> 12
            ("cagr|implied", "exact"),  # (265 / 182) ** (1 / 4) - 1 = 9.848% -> 9.8
        ],
    ),
    # 25. Brussels association press release: INCONSISTENT year-on-year rate (19% printed, amounts give 14.7%),
    # a part with its share. Expected nowhere: 640 operators, the €98bn outsourcing market, 4% penetration.
    dict(
        text=(
            "BRUSSELS, 14 May 2025 - Spending on AI software for contact centres in Europe reached €3.9 billion in "
            "2024, up 19% from €3.4 billion in 2023, the European Contact Centre Association (ECCA) said on Wednesday, "
            "presenting its annual benchmark of 640 operators. Conversational bots accounted for €1.46 billion, or 37% "
            "of the total. The AI segment is still small beside the €98 billion that European companies spend on "
            "outsourced customer service overall, where AI penetration stands at just 4%. ECCA expects AI "
            "contact-centre software spending to reach about €4.6 billion this year."
        ),
        obs=[
            ("Total", 2023, 3.4, "EUR billion", "actual"),
            ("Total", 2024, 3.9, "EUR billion", "actual"),
            ("Total", 2025, 4.6, "EUR billion", "estimate"),
            ("Conversational bots", 2024, 1.46, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 3.9 / 3.4 - 1 = 14.71%; bounds 3.85/3.45 - 1 = 11.59% .. 3.95/3.35 - 1 = 17.91%; 19 unreachable
            ("arithmetic", "exact"),  # 1.46 / 3.9 = 37.44% -> 37
        ],
    ),
    # 26. Web article with a correction: the corrected $1.08bn is the figure, $1.18bn nowhere; a second publisher's
    # $0.97bn for the same year nowhere; a range gives two value claims. Expected nowhere: 33 languages, $20 price.
    dict(
        text=(
            "Machine translation's quiet boom | Published 4 March 2025, updated 12 March 2025. Correction: an earlier "
            "version of this article put the 2024 size of the global machine translation market at $1.18 billion. "
            "The correct figure, from Lingua Metrics, is $1.08 billion. Lingua Metrics forecasts that the market will "
            "reach $2.35 billion in 2028, a compound annual growth rate of 21.5% between 2024 and 2028. A separate "
            "estimate from TransData Group puts last year's market at $0.97 billion. AI dubbing, a fast-growing "
            "adjacent niche, could be worth between $400 million and $550 million by 2028, Lingua Metrics adds. "
            "Engines now cover 33 languages at enterprise quality, with API prices of about $20 per million characters."
        ),
        obs=[
            ("Total", 2024, 1.08, "USD billion", "actual"),
            ("Total", 2028, 2.35, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
            ("value", 400.0, "USD million", 2028, 2028, None),  # range, low end
            ("value", 550.0, "USD million", 2028, 2028, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.35 / 1.08) ** (1 / 4) - 1 = 21.454% -> 21.5
        ],
    ),
    # 27. Investor-day slide bullets: TAM is the Total, a CAGR inferred from the arrow's years, two parts with shares.
    # Expected nowhere: 4,100 customers, 62% gross margin, Q2 bookings $138M, slide number.
    dict(
        text=(
            "Investor Day 2025 - Slide 14 - The voice AI opportunity. "
            "• Total addressable market: $31B (2024) -> $86B (2029E) "
            "• ~23% CAGR "
            "• Speech-to-text: $9.4B in 2024, 30% of TAM "
            "• Text-to-speech & voice cloning: $5.3B in 2024, 17% of TAM "
            "• 4,100 enterprise customers | 62% non-GAAP gross margin "
            "• Q2 bookings $138M"
        ),
        obs=[
            ("Total", 2024, 31.0, "USD billion", "actual"),
            ("Total", 2029, 86.0, "USD billion", "estimate"),
            ("Speech-to-text", 2024, 9.4, "USD billion", "actual"),
            ("Text-to-speech & voice cloning", 2024, 5.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
            ("share", 30, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (86 / 31) ** (1 / 5) - 1 = 22.64% -> 23
            ("arithmetic", "exact"),   # 9.4 / 31 = 30.32% -> 30
            ("arithmetic", "exact"),   # 5.3 / 31 = 17.10% -> 17
        ],
    ),
    # 28. Hong Kong broker note: HK$ series keeps its first unit (HKD million), so HK$1.12 billion -> 1120.
    # Expected nowhere: KRW 2.3 trillion (won not in the unit table), "about half", target price and upside, 3Q25 revenue.
    dict(
        text=(
            "Hong Kong | Software & IT services | Sector update | 9 October 2025. Contact centres turn to voice bots. "
            "We estimate Hong Kong's spending on AI contact-centre software at HK$486 million in 2024, rising 23% to "
            "HK$598 million this year and to HK$1.12 billion by 2028, implying a 2024-28 CAGR of 23.2%. By way of "
            "comparison, Korea's market is already worth an estimated KRW 2.3 trillion. Banks and telcos account for "
            "about half of demand. We reiterate BUY on the sector leader with a target price of HK$38.50, implying 27% "
            "upside; its 3Q25 revenue was HK$61 million."
        ),
        obs=[
            ("Total", 2024, 486.0, "HKD million", "actual"),
            ("Total", 2025, 598.0, "HKD million", "estimate"),
            ("Total", 2028, 1120.0, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 23.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 598 / 486 - 1 = 23.05% -> 23
            ("cagr|implied", "exact"),  # (1120 / 486) ** (1 / 4) - 1 = 23.21% -> 23.2
        ],
    ),
    # 29. Hefei city action plan (Simplified): a ROUNDING year-on-year rate, 增长3倍 kept as x3, a 力争 target.
    # Expected nowhere: document number 37, title years 2025-2027, 1600 firms, 12万 staff, 98% accuracy, 3 firms over 百亿.
    dict(
        text=(
            "合肥市人民政府办公室关于印发《合肥市智能语音产业高质量发展行动方案（2025—2027年）》的通知"
            "（合政办〔2025〕37号）……一、发展基础。我市智能语音产业规模由2023年的1115亿元增至2024年的1320亿元，"
            "增长18.5%，较2019年增长3倍；“中国声谷”集聚企业1600余家，从业人员约12万人，核心语音识别准确率超过98%。"
            "二、发展目标。到2027年，力争全市智能语音产业规模突破2000亿元，培育营收超百亿元企业3家以上。"
        ),
        obs=[
            ("Total", 2023, 1115.0, "CNY 100 million", "actual"),
            ("Total", 2024, 1320.0, "CNY 100 million", "actual"),
            ("Total", 2027, 2000.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2019, 2024, 5.0),  # 增长3倍 keeps 3; no verdict
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1320 / 1115 - 1 = 18.386% -> 18.4; bounds 1319.5/1115.5 - 1 = 18.288% .. 1320.5/1114.5 - 1 = 18.484% (reaches 18.45+)
        ],
    ),
    # 30. News on an iResearch report (Simplified): a part with its share, a ROUNDING CAGR.
    # Expected nowhere: IDC's 79.5亿元 for the same year, the 2025 Q1 23.1亿元, 35% penetration, report title year.
    dict(
        text=(
            "本报北京2025年4月22日电（记者 王磊）艾瑞咨询今天发布《2025年中国智能客服行业研究报告》。报告显示，"
            "2024年中国智能客服市场规模约为86.4亿元，其中对话机器人规模约20.4亿元，占比23.6%。报告预计，"
            "到2029年市场规模有望达到217亿元，2024—2029年复合增长率为20.3%。另据IDC测算，2024年该市场规模为79.5亿元。"
            "从季度看，2025年一季度市场规模为23.1亿元；目前大型企业智能客服渗透率约为35%。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2029, 217.0, "CNY 100 million", "estimate"),
            ("对话机器人", 2024, 20.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 23.6, "percent", 2024, 2024, None),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 20.4 / 86.4 = 23.61% -> 23.6
            ("cagr|implied", "rounding"),  # (217 / 86.4) ** (1 / 5) - 1 = 20.223% -> 20.2; bounds (216.5/86.45)^(1/5)-1 = 20.154% .. (217.5/86.35)^(1/5)-1 = 20.293% (reaches 20.25+)
        ],
    ),
    # 31. CNA Taiwan dispatch (Traditional): 新台幣億元, two ROUNDING rates, 突破 figure at its printed value.
    # Expected nowhere: 31% adoption (survey), 5.8% word error rate, 412 firms surveyed, dateline 18.
    dict(
        text=(
            "（中央社記者林佳穎台北2025年3月18日電）資策會產業情報研究所（MIC）今天發布「語音AI應用趨勢」調查指出，"
            "2024年台灣語音AI軟體市場規模達新台幣86.5億元，較2023年的75.7億元成長14.2%；MIC預估，2027年市場規模"
            "可望突破新台幣130億元，2024至2027年複合成長率約14.6%。調查也發現，國內客服中心導入語音機器人的比例已達31%，"
            "主流中文語音辨識引擎的字錯誤率降至5.8%。本次調查共訪問412家企業。"
        ),
        obs=[
            ("Total", 2023, 75.7, "TWD 100 million", "actual"),
            ("Total", 2024, 86.5, "TWD 100 million", "actual"),
            ("Total", 2027, 130.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("cagr", 14.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 86.5 / 75.7 - 1 = 14.267% -> 14.3; bounds 86.45/75.75 - 1 = 14.125% .. 86.55/75.65 - 1 = 14.408% (reaches 14.2)
            ("cagr|implied", "rounding"),  # (130 / 86.5) ** (1 / 3) - 1 = 14.545% -> 14.5; bounds (129.5/86.55)^(1/3)-1 = 14.376% .. (130.5/86.45)^(1/3)-1 = 14.714% (reaches 14.6)
        ],
    ),
    # 32. Hong Kong newspaper (Traditional): 億港元, 去年 = 2024 actual, 今年 = 2025 estimate.
    # Expected nowhere: the 210億港元 whole outsourced customer-service market, 800萬 calls a month, 3.2萬 staff.
    dict(
        text=(
            "【明報專訊】（2025年7月2日）香港生產力促進局昨日發表研究報告，估計本港AI客戶服務平台（包括語音機械人及"
            "智能坐席助理）市場去年規模約為12.6億港元，今年可增至15.1億港元，按年增長19.8%；至2028年更可達24.5億港元，"
            "2024年至2028年的年均複合增長率約為18.1%。報告指，全港外判客服市場整體規模約為210億港元，AI平台目前每月"
            "處理來電逾800萬次，業界從業員約3.2萬人。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.1, "HKD 100 million", "estimate"),
            ("Total", 2028, 24.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("cagr", 18.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.6 - 1 = 19.84% -> 19.8
            ("cagr|implied", "exact"),  # (24.5 / 12.6) ** (1 / 4) - 1 = 18.086% -> 18.1
        ],
    ),
    # 33. Taiwan tech outlet quoting Yano (Traditional): 億日圓 as JPY 100 million, fiscal years; an INCONSISTENT CAGR
    # (32.5% printed, amounts give 29.3%, as if a typo), a multiple, a YoY rate whose base amount is missing (no verdict).
    # Expected nowhere: 1萬 voice actors, the 300日圓-a-minute price.
    dict(
        text=(
            "【數位時代／編譯陳冠宇】日本矢野經濟研究所日前公布調查，2024年度日本AI語音合成及AI配音市場規模為412億日圓，"
            "較2023年度成長18.4%；該所預估，2028年度市場規模將達1,150億日圓，約為2024年度的2.8倍，2024至2028年度"
            "年複合成長率達32.5%。報告指出，動畫與遊戲業者是最大採用者；日本登錄在案的聲優約1萬人，部分業者已推出"
            "每分鐘300日圓的AI配音方案。（2025年9月5日）"
        ),
        obs=[
            ("Total", 2024, 412.0, "JPY 100 million", "actual"),
            ("Total", 2028, 1150.0, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),  # 2023 amount not printed: no verdict
            ("multiple", 2.8, "multiple", 2024, 2028, 4.0),  # 1150 / 412 = 2.79 -> 2.8; no verdict
            ("cagr", 32.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1150 / 412) ** (1 / 4) - 1 = 29.256%; bounds (1149.5/412.5)^(1/4)-1 = 29.203% .. (1150.5/411.5)^(1/4)-1 = 29.309%; 32.5 unreachable
        ],
    ),
    # 34. Broker sector note (Simplified): a part with its share, a range for 2026 (two value claims, no observation).
    # Expected nowhere: company revenue 7.9亿元, 占比超过一半, target price 56.8元 and 32% upside, the date.
    dict(
        text=(
            "【行业深度】计算机｜AI翻译：大模型重塑机器翻译（2025年8月12日）核心观点：据我们测算，我国机器翻译市场规模"
            "由2023年的48.6亿元增至2024年的59.3亿元，同比增长22.0%；其中AI同声传译约12.1亿元，占比20.4%。我们预计2026年"
            "市场规模将在85亿元至95亿元之间。重点公司2024年翻译业务收入7.9亿元，在头部厂商中占比超过一半。维持“买入”评级，"
            "目标价56.8元，较现价有32%上涨空间。风险提示：大模型价格战加剧。"
        ),
        obs=[
            ("Total", 2023, 48.6, "CNY 100 million", "actual"),
            ("Total", 2024, 59.3, "CNY 100 million", "actual"),
            ("AI同声传译", 2024, 12.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("share", 20.4, "percent", 2024, 2024, None),
            ("value", 85.0, "CNY 100 million", 2026, 2026, None),
            ("value", 95.0, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 59.3 / 48.6 - 1 = 22.016% -> 22.0
            ("arithmetic", "exact"),    # 12.1 / 59.3 = 20.405% -> 20.4
        ],
    ),
    # 35. Zhihu answer (Simplified): colloquial approximations, 增长了约3倍 kept as x3, a ROUNDING CAGR inferred from
    # the amounts' years, a part with its share, 今年 = 2025 estimate. Expected nowhere: 1.2万赞同, 12 staff, 30万 DAU,
    # the 2000万元 angel round.
    dict(
        text=(
            "AI配音这个赛道到底有多大？ 回答（发布于 2025-06-18 · 1.2万赞同）：做了三年AI配音，说点实在的。按艾媒咨询的数据，"
            "2024年国内AI配音市场规模大概31.5亿元，2021年才7.9亿元，三年增长了约3倍，年均增速差不多58%。其中声音克隆这块"
            "约9.2亿元，占29%左右，是涨得最快的。今年大概率突破45亿元。至于我们自己，团队12个人，日活30万，去年融了2000万元"
            "天使轮，这些就不展开了。"
        ),
        obs=[
            ("Total", 2021, 7.9, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 45.0, "CNY 100 million", "estimate"),
            ("声音克隆", 2024, 9.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长了约3倍 keeps 3; no verdict
            ("cagr", 58, "percent", 2021, 2024, None, "inferred"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (31.5 / 7.9) ** (1 / 3) - 1 = 58.57% -> 59; bounds (31.45/7.95)^(1/3)-1 = 58.156% .. (31.55/7.85)^(1/3)-1 = 58.992% (reaches 58)
            ("arithmetic", "exact"),      # 9.2 / 31.5 = 29.21% -> 29
        ],
    ),
    # 36. Markdown segment table, years as columns with E columns, total row; the 2026E total is a ROUNDING hierarchy.
    # Expected nowhere: exhibit number 7, issue 12, title years.
    dict(
        text=(
            "Exhibit 7: Worldwide voice and speech AI software revenue by segment (USD billion), 2023-2026E\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Speech recognition | 4.8 | 5.9 | 7.2 | 8.7 |\n"
            "| Speech synthesis | 1.9 | 2.5 | 3.3 | 4.3 |\n"
            "| Voice assistant software | 3.1 | 3.6 | 4.1 | 4.7 |\n"
            "| Call-bot platforms | 2.2 | 3.0 | 4.1 | 5.4 |\n"
            "| Total | 12.0 | 15.0 | 18.7 | 23.2 |\n"
            "\n"
            "Note: Software and cloud APIs only; excludes smart-speaker hardware and professional services. Columns may "
            "not add to totals due to rounding. Source: Meridian Tech Research, Voice AI Tracker, issue 12 (May 2025)."
        ),
        obs=[
            ("Speech recognition", 2023, 4.8, "USD billion", "actual"),
            ("Speech recognition", 2024, 5.9, "USD billion", "actual"),
            ("Speech recognition", 2025, 7.2, "USD billion", "estimate"),
            ("Speech recognition", 2026, 8.7, "USD billion", "estimate"),
            ("Speech synthesis", 2023, 1.9, "USD billion", "actual"),
            ("Speech synthesis", 2024, 2.5, "USD billion", "actual"),
            ("Speech synthesis", 2025, 3.3, "USD billion", "estimate"),
            ("Speech synthesis", 2026, 4.3, "USD billion", "estimate"),
            ("Voice assistant software", 2023, 3.1, "USD billion", "actual"),
            ("Voice assistant software", 2024, 3.6, "USD billion", "actual"),
            ("Voice assistant software", 2025, 4.1, "USD billion", "estimate"),
            ("Voice assistant software", 2026, 4.7, "USD billion", "estimate"),
            ("Call-bot platforms", 2023, 2.2, "USD billion", "actual"),
            ("Call-bot platforms", 2024, 3.0, "USD billion", "actual"),
            ("Call-bot platforms", 2025, 4.1, "USD billion", "estimate"),
            ("Call-bot platforms", 2026, 5.4, "USD billion", "estimate"),
            ("Total", 2023, 12.0, "USD billion", "actual"),
            ("Total", 2024, 15.0, "USD billion", "actual"),
            ("Total", 2025, 18.7, "USD billion", "estimate"),
            ("Total", 2026, 23.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 4.8 + 1.9 + 3.1 + 2.2 = 12.0
            ("hierarchy", "exact"),     # 2024: 5.9 + 2.5 + 3.6 + 3.0 = 15.0
            ("hierarchy", "exact"),     # 2025E: 7.2 + 3.3 + 4.1 + 4.1 = 18.7
            ("hierarchy", "rounding"),  # 2026E: 8.7 + 4.3 + 4.7 + 5.4 = 23.1 != 23.2; bounds 23.1 -/+ 4 x 0.05 = 22.9 .. 23.3 (reaches 23.2)
        ],
    ),
    # 37. Tab-separated Simplified Chinese segment table in 亿元, total row 合计, an E column, numbered notes.
    # Expected nowhere: table number 3, note numbers, the source's date.
    dict(
        text=(
            "表3　中国智能语音细分市场规模（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "语音识别\t118.6\t137.2\t158.9\t182.5\n"
            "语音合成\t41.3\t50.8\t63.4\t78.0\n"
            "智能外呼\t36.5\t43.1\t51.7\t60.9\n"
            "机器翻译\t28.4\t33.9\t40.2\t47.6\n"
            "合计\t224.8\t265.0\t314.2\t369.0\n"
            "注：1. 2025年E为预测值；2. 不含硬件收入；3. 资料来源：中研智库，2025年1月。"
        ),
        obs=[
            ("语音识别", 2022, 118.6, "CNY 100 million", "actual"),
            ("语音识别", 2023, 137.2, "CNY 100 million", "actual"),
            ("语音识别", 2024, 158.9, "CNY 100 million", "actual"),
            ("语音识别", 2025, 182.5, "CNY 100 million", "estimate"),
            ("语音合成", 2022, 41.3, "CNY 100 million", "actual"),
            ("语音合成", 2023, 50.8, "CNY 100 million", "actual"),
            ("语音合成", 2024, 63.4, "CNY 100 million", "actual"),
            ("语音合成", 2025, 78.0, "CNY 100 million", "estimate"),
            ("智能外呼", 2022, 36.5, "CNY 100 million", "actual"),
            ("智能外呼", 2023, 43.1, "CNY 100 million", "actual"),
            ("智能外呼", 2024, 51.7, "CNY 100 million", "actual"),
            ("智能外呼", 2025, 60.9, "CNY 100 million", "estimate"),
            ("机器翻译", 2022, 28.4, "CNY 100 million", "actual"),
            ("机器翻译", 2023, 33.9, "CNY 100 million", "actual"),
            ("机器翻译", 2024, 40.2, "CNY 100 million", "actual"),
            ("机器翻译", 2025, 47.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 224.8, "CNY 100 million", "actual"),
            ("合计", 2023, 265.0, "CNY 100 million", "actual"),
            ("合计", 2024, 314.2, "CNY 100 million", "actual"),
            ("合计", 2025, 369.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 118.6 + 41.3 + 36.5 + 28.4 = 224.8
            ("hierarchy", "exact"),  # 2023: 137.2 + 50.8 + 43.1 + 33.9 = 265.0
            ("hierarchy", "exact"),  # 2024: 158.9 + 63.4 + 51.7 + 40.2 = 314.2
            ("hierarchy", "exact"),  # 2025E: 182.5 + 78.0 + 60.9 + 47.6 = 369.0
        ],
    ),
    # 38. Space-aligned Japanese FY table in ¥ billion with a share column; the 100.0 total share is no claim;
    # one ROUNDING share (26.3 printed, 26.36 computed). Expected nowhere: 214 vendors, report no. 2025-117, fig. 4.
    dict(
        text=(
            "Fig. 4  Japan: conversational AI for contact centres by solution, FY2024\n"
            "        (¥ billion; share of total in %)\n"
            "\n"
            "Solution                      FY2024    Share\n"
            "Voicebots / IVR automation      62.8     34.4\n"
            "Agent assist                    48.1     26.3\n"
            "Speech analytics                39.5     21.6\n"
            "Chat & messaging bots           32.1     17.6\n"
            "Total                          182.5    100.0\n"
            "\n"
            "Note: Fiscal years end in March. Vendor revenue basis; 214 vendors surveyed. "
            "Source: Tokyo Digital Research, report no. 2025-117."
        ),
        obs=[
            ("Voicebots / IVR automation", 2024, 62.8, "JPY billion", "actual"),
            ("Agent assist", 2024, 48.1, "JPY billion", "actual"),
            ("Speech analytics", 2024, 39.5, "JPY billion", "actual"),
            ("Chat & messaging bots", 2024, 32.1, "JPY billion", "actual"),
            ("Total", 2024, 182.5, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 34.4, "percent", 2024, 2024, None),
            ("share", 26.3, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 62.8 / 182.5 = 34.411% -> 34.4
            ("arithmetic", "rounding"),  # 48.1 / 182.5 = 26.356% -> 26.4; bounds 48.05/182.55 = 26.322% .. 48.15/182.45 = 26.391% (reaches 26.3)
            ("arithmetic", "exact"),     # 39.5 / 182.5 = 21.644% -> 21.6
            ("arithmetic", "exact"),     # 32.1 / 182.5 = 17.589% -> 17.6
            ("hierarchy", "exact"),      # FY2024: 62.8 + 48.1 + 39.5 + 32.1 = 182.5
        ],
    ),
    # 39. Traditional Chinese markdown table in 新台幣億元 with E/F columns and a 2025-2028 CAGR column (stated span);
    # one ROUNDING CAGR; total row 總計. Expected nowhere: table number 五, the source's date.
    dict(
        text=(
            "表五　臺灣AI語音服務市場規模預測（單位：新台幣億元）\n"
            "\n"
            "| 項目 | 2024年 | 2025年(E) | 2028年(F) | 2025–2028年CAGR |\n"
            "|:--|--:|--:|--:|--:|\n"
            "| 語音辨識 | 31.2 | 36.8 | 58.9 | 16.9% |\n"
            "| 語音合成與配音 | 18.5 | 23.4 | 42.6 | 22.1% |\n"
            "| 客服語音機器人 | 24.6 | 30.1 | 52.7 | 20.5% |\n"
            "| 總計 | 74.3 | 90.3 | 154.2 | 19.5% |\n"
            "\n"
            "註：E為預估值，F為預測值；CAGR為年複合成長率。資料來源：台灣數位經濟研究中心，2025年6月。"
        ),
        obs=[
            ("語音辨識", 2024, 31.2, "TWD 100 million", "actual"),
            ("語音辨識", 2025, 36.8, "TWD 100 million", "estimate"),
            ("語音辨識", 2028, 58.9, "TWD 100 million", "estimate"),
            ("語音合成與配音", 2024, 18.5, "TWD 100 million", "actual"),
            ("語音合成與配音", 2025, 23.4, "TWD 100 million", "estimate"),
            ("語音合成與配音", 2028, 42.6, "TWD 100 million", "estimate"),
            ("客服語音機器人", 2024, 24.6, "TWD 100 million", "actual"),
            ("客服語音機器人", 2025, 30.1, "TWD 100 million", "estimate"),
            ("客服語音機器人", 2028, 52.7, "TWD 100 million", "estimate"),
            ("總計", 2024, 74.3, "TWD 100 million", "actual"),
            ("總計", 2025, 90.3, "TWD 100 million", "estimate"),
            ("總計", 2028, 154.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2025, 2028, None, "stated"),
            ("cagr", 22.1, "percent", 2025, 2028, None, "stated"),
            ("cagr", 20.5, "percent", 2025, 2028, None, "stated"),
            ("cagr", 19.5, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (58.9 / 36.8) ** (1 / 3) - 1 = 16.974% -> 17.0; bounds (58.85/36.85)^(1/3)-1 = 16.888% .. (58.95/36.75)^(1/3)-1 = 17.060% (reaches 16.9)
            ("cagr|implied", "exact"),     # (42.6 / 23.4) ** (1 / 3) - 1 = 22.104% -> 22.1
            ("cagr|implied", "exact"),     # (52.7 / 30.1) ** (1 / 3) - 1 = 20.526% -> 20.5
            ("cagr|implied", "exact"),     # (154.2 / 90.3) ** (1 / 3) - 1 = 19.527% -> 19.5
            ("hierarchy", "exact"),        # 2024: 31.2 + 18.5 + 24.6 = 74.3
            ("hierarchy", "exact"),        # 2025E: 36.8 + 23.4 + 30.1 = 90.3
            ("hierarchy", "exact"),        # 2028F: 58.9 + 42.6 + 52.7 = 154.2
        ],
    ),
    # 40. UK association table with years as rows, a lone "£ million" column (Total), a YoY column and a penetration
    # column. The 2024 YoY is INCONSISTENT: computed on the superseded 2023 base (405 / 318 - 1 = 27.4%), not the
    # revised 331. Expected nowhere: the superseded £318m, the penetration column, the publication date.
    dict(
        text=(
            "UK AI voice and contact-centre automation market, 2021-2026F\n"
            "Source: UK Contact Centre Forum, Annual Technology Survey, published 20 February 2025\n"
            "\n"
            "Year     £ million    YoY %    AI as % of all contact-centre tech spend\n"
            "2021        214         -             6.1\n"
            "2022        268       25.2            7.4\n"
            "2023        331       23.5            8.9\n"
            "2024        405       27.4           10.6\n"
            "2025F       492       21.5           12.3\n"
            "2026F       590       19.9           14.0\n"
            "\n"
            "Notes: 2023 revised from £318m in last year's edition. The final column is AI's proportion of all "
            "contact-centre technology budgets, not a share of this market. F = forecast."
        ),
        obs=[
            ("Total", 2021, 214.0, "GBP million", "actual"),
            ("Total", 2022, 268.0, "GBP million", "actual"),
            ("Total", 2023, 331.0, "GBP million", "actual"),
            ("Total", 2024, 405.0, "GBP million", "actual"),
            ("Total", 2025, 492.0, "GBP million", "estimate"),
            ("Total", 2026, 590.0, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 25.2, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
            ("growth", 19.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 268 / 214 - 1 = 25.234% -> 25.2
            ("cagr|implied", "exact"),         # 331 / 268 - 1 = 23.507% -> 23.5
            ("cagr|implied", "inconsistent"),  # 405 / 331 - 1 = 22.356%; bounds 404.5/331.5 - 1 = 22.021% .. 405.5/330.5 - 1 = 22.693%; 27.4 unreachable
            ("cagr|implied", "exact"),         # 492 / 405 - 1 = 21.481% -> 21.5
            ("cagr|implied", "exact"),         # 590 / 492 - 1 = 19.919% -> 19.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 82}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'at a CAGR of 17.8% from 2024 to 2030',
    'with India alone estimated at INR 2,950 crore',
    'up 31% from $3.2bn in 2023',
    'a 2024-28 CAGR of 30%',
    '$212 price target (24% upside)',
    'was worth $1.02 billion last year',
    'A rival estimate from Northgate Analytics',
    'we size the total addressable market',
    'call it 2.4 times where it is today',
    'to pass €3 billion in 2025',
    'in fiscal 2024 (April 2024-March 2025)',
    '2.8x the $450 million spent in 2022',
    'forecast to hit HK$1.32 billion by 2028',
    '较2020年增长2倍',
    '力争突破2000亿元',
    '2030年有望达到350—400亿元',
    '新台幣48.6億元',
    '2023至2028年複合年增長率達22.4%',
    '已較2020年成長1.5倍',
    '約8,500億韓元',
    '另据某产业研究院按不同统计口径测算',
    '增至2024年的近45亿元',
    '| Total | 2,550 | 3,265 | 4,180 | 5,291 | 6,605 |',
    'FY2025F   FY2026F',
    '合计\t151.3',
    '2025E\t962\t32.5',
    'revised up from 940',
    '(unit: ¥100 million)',
    'is roughly $48 billion this year',
    'a compound annual growth rate of about 18% from 2025 to 2030',
    'up from USD 12.63 billion in 2023',
    "$2.1B (2024) -> $9.8B (2032e). That's ~4.7x",
    '¥182 billion in fiscal 2024',
    'up 19% from €3.4 billion in 2023',
    'or 37% of the total',
    'The correct figure, from Lingua Metrics, is $1.08 billion',
    'between $400 million and $550 million by 2028',
    'Speech-to-text: $9.4B in 2024, 30% of TAM',
    'HK$1.12 billion by 2028, implying a 2024-28 CAGR of 23.2%',
    'KRW 2.3 trillion',
    '较2019年增长3倍',
    '力争全市智能语音产业规模突破2000亿元',
    '另据IDC测算，2024年该市场规模为79.5亿元',
    '較2023年的75.7億元成長14.2%',
    '市場去年規模約為12.6億港元，今年可增至15.1億港元',
    '約為2024年度的2.8倍',
    '市场规模将在85亿元至95亿元之间',
    '年均增速差不多58%',
    '| Total | 12.0 | 15.0 | 18.7 | 23.2 |',
    '合计\t224.8\t265.0\t314.2\t369.0',
    '| 2025–2028年CAGR |',
    "2023 revised from £318m in last year's edition",
)
LAYOUT = (40, 12, 14, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 260
#: figures, 60 rates, 95 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-forty-fourth set: 270, 60, 100 and 0
FLOORS = {"figures_found": 270, "rates_found": 60, "verdicts_right": 100}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset146.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
