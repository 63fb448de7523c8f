"""A two-hundred-and-sixth check set for the extractor, written blind: AI in travel and tourism: AI trip planners and
travel chatbots, dynamic-pricing and revenue-management AI for hotels and airlines, AI for online travel agencies'
search and recommendation, AI translation and guide apps, AI at destinations and attractions (crowd forecasting, smart
ticketing); sized in money by tourism boards, travel associations, hotel and airline industry bodies, brokers,
consultancies, research houses and online travel agencies' investor days, in the United States, the United Kingdom,
Spain, France, Italy, Thailand, Japan, South Korea, Singapore, the UAE, mainland China, Taiwan and Hong Kong.
Distractors a careful reader leaves out: total tourism spending or gross bookings beside the AI part, numbers of
visitors, nights, rooms or passengers, an airline's or agency's own revenue or margin, average room rates, a funding
round and valuation, a quarter's or a holiday week's figures, a survey's percentages.

Snippets 1-20: AI in travel and tourism across the US, UK, Spain, France, Italy, Japan, Southeast Asia, the UAE,
mainland China, Taiwan and Hong Kong. Eight English prose snippets (a Singapore wire release, a Tokyo broker note in
fiscal years and yen, a London briefing with segment shares, a Dubai article quoting two research houses, an
investor-day transcript sizing a TAM, a Madrid strategy with last-year/this-year figures, a corrected note with a range,
a blog post with a multiple), seven Chinese prose snippets (industry report, provincial plan with 力争 and 增长3倍, wire
story quoting two institutes, Taiwanese white paper, Hong Kong story in 億港元, Taipei story with 去年/今年/明年, broker
deep-dive) and five tables (markdown with a Total row, tab-separated with YoY, space-aligned with shares, vertical by
year, Chinese with a 合计 row). Left out: datelines, report and table numbers, visitors, rooms, passengers, room rates,
total tourism spending, company revenue and margins, target prices, funding rounds, quarter and holiday figures, survey
answers, percentage points, a rival house's figure, a corrected-away figure. Inconsistent: Madrid's 24%, Hong Kong's
18%, the white paper's 27.1% share. Rounding only: the yen CAGR of 26%, the UK 15% share, the 25.2% planner share, the
2025E US total, South Korea's 32%, France's 11.9%, Italy's 32.0%, the 7.8% ticketing share.

Snippets 21-40: twenty hand-labelled texts on AI in travel and tourism (trip planners, hotel and airline dynamic
pricing, OTA search, translation apps, crowd forecasting and ticketing). Eight are English prose: an earnings-call
answer sizing a TAM, a Spanish working-paper abstract, a social-media thread, a web article with a correction, an
annual-report letter, investor-day slide bullets, a forum answer quoting two research houses, and a Seoul broker note in
won (no observations). Seven are Chinese prose: a Xinhua-style release, a Hangzhou municipal plan, a Taiwanese research
release, a Hong Kong report, a PTT post, a broker abstract with a range and a Taiwanese results-briefing transcript
(four Traditional). Five are tables: markdown with shares, tab-separated with YoY, space-aligned yen with CAGR, vertical
markdown by year, and Traditional Chinese with a 合計 row. Left out: total tourism spending and bookings, visitor,
passenger and room counts, company revenue, margins and dividends, fares and room rates, funding rounds, target prices,
quarterly figures, survey answers, a corrected misprint and a second publisher's figure. Inconsistent: the thread's 45%
YoY (56.1%), the Hong Kong 28% CAGR (25.1%), Spain's airline YoY 24.2% (22.4%). Rounding only: the Spanish 20% CAGR, the
27% flights share, the Taiwanese 30.4% CAGR, the PTT 36%, the broker's 52%, the Thai 19% share, Japan's 2027F total, the
UAE 2023 YoY, the 2025F 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Singapore wire release with dateline: "last year" = 2024, YoY with both amounts, CAGR with printed span; the
    #    2029 figure in billions converted to the series' unit (USD million). Expected nowhere: the dateline, the 860
    #    general managers, the six countries, the 212 million room nights, the US$96 average daily rate, the 58%
    #    survey answer.
    dict(
        text=(
            "SINGAPORE, March 11, 2025 /PRNewswire/ -- Hotels across Southeast Asia spent US$412 million on "
            "AI-driven revenue-management and dynamic-pricing software last year, 31% more than the US$315 million "
            "they spent in 2023, according to a study published today by Straits Hospitality Analytics. The "
            "Singapore consultancy, which surveyed 860 general managers in six countries, forecasts that outlays "
            "will climb to US$1.35 billion in 2029, a compound annual growth rate of 26.8% between 2024 and 2029. "
            "Properties in the region sold an estimated 212 million room nights in 2024 at an average daily rate of "
            "US$96, and 58% of respondents said they plan to retire rule-based pricing tools within two years."
        ),
        obs=[
            ("Total", 2023, 315, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 26.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 315) ** (1 / 1) - 1 = 30.79% -> 31
            ("cagr|implied", "exact"),  # (1350 / 412) ** (1 / 5) - 1 = 26.79% -> 26.8
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); CAGR whose span only the amounts' years give,
    #    printed "around 26%" while the amounts give 26.72%. Expected nowhere: the dateline, the 36.9 million
    #    visitors, the ¥21,000 room rate, the covered company's sales, growth and operating margin, the target price
    #    and upside, the Q4 orders growth.
    dict(
        text=(
            "JAPAN LEISURE & TRAVEL - Sector update - Tokyo, 9 June 2025\n"
            "Ryokan go algorithmic. We estimate that Japanese hotels and ryokan spent \u00a538bn on AI pricing, "
            "guest-messaging and multilingual concierge tools in FY2024 and forecast \u00a598bn in FY2028e, a CAGR of "
            "around 26%. Inbound demand is the tailwind: Japan welcomed 36.9 million foreign visitors in calendar "
            "2024, and the average room rate in central Tokyo topped \u00a521,000 a night. Our top pick, Kirameki Stay "
            "Systems (BUY, TP \u00a52,450, 22% upside), grew FY2024 sales 19% to \u00a514.6bn at an operating margin "
            "of 17%, and its Q4 orders alone rose 34%."
        ),
        obs=[
            ("Total", 2024, 38, "JPY billion", "actual"),
            ("Total", 2028, 98, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (98 / 38) ** (1 / 4) - 1 = 26.72% -> 27, not 26; bounds (97.5 / 38.5) ** (1/4) - 1 = 26.15%,
            # (98.5 / 37.5) ** (1/4) - 1 = 27.31% -> 26 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total and four segments with their shares; the 15% share holds only by
    #    rounding. Expected nowhere: the dateline, the £32.5 billion overseas visitor spending, the 38 million visits,
    #    the 62 operators interviewed, "a quarter of them" (a survey answer in words).
    dict(
        text=(
            "Briefing - VisitTech Britain Observatory, London, 22 September 2025\n"
            "UK travel and hospitality firms spent \u00a3286 million on artificial intelligence in 2024, the "
            "observatory's annual briefing estimates. AI chatbots and trip planners were the biggest segment at "
            "\u00a394 million, or 33% of the total. Dynamic pricing and revenue management took \u00a378 million (27%), "
            "while AI translation and guide apps accounted for \u00a341 million, roughly 15%. Crowd forecasting and "
            "smart ticketing at attractions made up \u00a323 million, 8%. By comparison, overseas visitors spent "
            "\u00a332.5 billion in the UK in 2024 across 38 million visits. The observatory drew on interviews with 62 "
            "operators; a quarter of them reported generative-AI pilots."
        ),
        obs=[
            ("Total", 2024, 286, "GBP million", "actual"),
            ("AI chatbots and trip planners", 2024, 94, "GBP million", "actual"),
            ("Dynamic pricing and revenue management", 2024, 78, "GBP million", "actual"),
            ("AI translation and guide apps", 2024, 41, "GBP million", "actual"),
            ("Crowd forecasting and smart ticketing at attractions", 2024, 23, "GBP million", "actual"),
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
            ("share", 8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 94 / 286 = 32.87% -> 33
            ("arithmetic", "exact"),  # 78 / 286 = 27.27% -> 27
            # 41 / 286 = 14.34% -> 14, not 15; bounds 40.5 / 286.5 = 14.14%, 41.5 / 285.5 = 14.54% -> 15 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 23 / 286 = 8.04% -> 8
        ],
    ),
    # 4. Dubai trade article quoting two research houses: the first house's base, target and CAGR with printed span;
    #    the rival house's 2024 figure is expected nowhere. Also expected nowhere: the 18.7 million overnight
    #    visitors, the start-up's $24 million round and $180 million valuation.
    dict(
        text=(
            "DUBAI - Travel chatbots are fast becoming standard kit for the Emirates' hotels and airlines. The UAE "
            "market for AI travel assistants and chatbots was worth $148 million in 2024 and should reach $520 "
            "million by 2030, growing 23.3% a year over 2024-30, according to Gulf Insight Partners. Rival firm "
            "Meridian Market Data pegs 2024 spending higher, at $171 million. Either way, the money is small beside "
            "Dubai's tourism economy, which drew 18.7 million overnight visitors last year. In February, Abu Dhabi "
            "start-up Sahra AI raised $24 million at a $180 million valuation to build an Arabic-first trip planner."
        ),
        obs=[
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2030, 520, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 148) ** (1 / 6) - 1 = 23.30% -> 23.3
        ],
    ),
    # 5. New York investor-day transcript: the company sizes its TAM (the market, Total) "this year" = 2024 under a
    #    2024 dateline, so an estimate; CAGR span only from the amounts' years. Expected nowhere: the dateline, the
    #    company's gross bookings, revenue and EBITDA margin, the third-quarter room-night growth.
    dict(
        text=(
            "Voyara Group Investor Day - Transcript excerpt (New York, November 12, 2024)\n"
            "MARISA OKONJO, CHIEF STRATEGY OFFICER: So let me frame the opportunity. We size the total addressable "
            "market for AI-powered travel search, recommendation and trip planning at about $18 billion this year, "
            "and we think it gets to $41 billion in 2028. That's roughly a 23% compound rate. Now, for context, we "
            "processed $31 billion of gross bookings last year, our revenue was $2.3 billion, and adjusted EBITDA "
            "margin came in at 21%. In the third quarter alone, room nights grew 9%. We're not putting a share "
            "target on any of this today."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "estimate"),
            ("Total", 2028, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41 / 18) ** (1 / 4) - 1 = 22.85% -> 23
        ],
    ),
    # 6. Madrid government strategy: "last year" = 2024 (actual), "this year" = 2025 (estimate), a 2030 target in
    #    billions converted to EUR million; the printed 24% rise contradicts its own amounts. Expected nowhere: the
    #    dateline, the strategy's title year, the 94 million tourists and their €126 billion spend, the 212
    #    municipalities, the 9 percentage points (a penetration rate).
    dict(
        text=(
            "Madrid, 4 February 2025. Presenting the Smart Tourism Spain 2030 strategy, the Secretary of State for "
            "Tourism said that Spanish destinations, hotel chains and attractions invested \u20ac640 million in "
            "artificial intelligence last year and are expected to invest \u20ac780 million this year, an increase of "
            "24%. The plan sets a target of \u20ac1.5 billion by 2030, which would mean annual growth of 14% from 2025. "
            "Spain received a record 94 million international tourists in 2024, who spent \u20ac126 billion, and 212 "
            "municipalities now belong to the smart-destination network. The share of hotels using AI pricing rose "
            "9 percentage points."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2025, 780, "EUR million", "estimate"),
            ("Total", 2030, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 14, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (780 / 640) ** (1 / 1) - 1 = 21.88% -> 22, not 24; bounds 779.5 / 640.5 - 1 = 21.70%,
            # 780.5 / 639.5 - 1 = 22.05% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1500 / 780) ** (1 / 5) - 1 = 13.97% -> 14
        ],
    ),
    # 7. US analyst note with an appended correction (the corrected-away $1.21 billion is expected nowhere) and a
    #    2028 range (two value claims, no verdict, no observation). Expected nowhere: the correction's date, the
    #    1.05 billion passengers, the covered carrier's pre-tax margin, the first-quarter unit revenue.
    dict(
        text=(
            "Correction appended, April 18, 2025: An earlier version of this note gave the 2023 size of the U.S. "
            "market for AI airline revenue-management and dynamic-pricing software as $1.21 billion. The correct "
            "figure is $1.12 billion. With that fixed, our numbers read as follows: the market reached $1.38 billion "
            "in 2024, up 23% year on year, and we expect $2.4 billion to $2.7 billion in 2028, depending on how fast "
            "carriers adopt continuous pricing. U.S. airlines flew a record 1.05 billion passengers last year; our "
            "covered carrier's pre-tax margin was 8.4%, and its first-quarter unit revenue fell 2%."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.38, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("value", 2.4, "USD billion", 2028, 2028, None),
            ("value", 2.7, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.38 / 1.12) ** (1 / 1) - 1 = 23.21% -> 23
        ],
    ),
    # 8. Travel blog post: approximate 2022 base at its printed figure, YoY with both amounts, a 2026 forecast in
    #    billions converted to USD million, and a multiple (x2.5 over 4 years, no verdict). Expected nowhere: the
    #    7-minute read, the $249 earbuds, the $6.99 subscription, the 1.3 billion arrivals, the 41 readers and the
    #    70% poll answer.
    dict(
        text=(
            "Posted by Lena Fischer \u00b7 7 min read\n"
            "I've used AI translation apps on every trip since a disastrous night in Osaka, so I went digging for "
            "numbers. According to Lingua Mobility Research, travellers worldwide spent about $610 million on AI "
            "translation and audio-guide apps in 2022 and $780 million in 2023, a 28% jump. Their forecast for 2026 "
            "is $1.55 billion, roughly 2.5 times the 2022 level. My own kit: a $249 pair of translating earbuds and "
            "a $6.99-a-month guide app. For scale, the UN counted 1.3 billion international tourist arrivals in "
            "2023. Forty-one of you answered my reader poll, and 70% said you'd pay for offline translation."
        ),
        obs=[
            ("Total", 2022, 610, "USD million", "actual"),
            ("Total", 2023, 780, "USD million", "actual"),
            ("Total", 2026, 1550, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2022, 2023, 1.0),
            ("multiple", 2.5, "multiple", 2022, 2026, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 610) ** (1 / 1) - 1 = 27.87% -> 28
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, a part whose 25.2% share holds only by
    #    rounding, an approximate 2027 target (突破) with a CAGR whose span is printed. Expected nowhere: the report's
    #    title year, the 56.2亿 domestic trips, the 5.75万亿元 tourist spending, the 1,200 respondents, the 46% answer.
    dict(
        text=(
            "《2025中国智慧旅游产业发展报告》近日在杭州发布。报告显示，2024年我国在线旅游平台AI搜索、推荐与智能客服"
            "市场规模达到86.4亿元，较2023年的65.2亿元增长32.5%。其中，AI行程规划助手市场规模为21.7亿元，占比25.2%。"
            "报告预计，到2027年该市场规模将突破180亿元，2024—2027年复合增长率约为27.7%。同期，全国国内出游人次达"
            "56.2亿，国内游客出游总花费5.75万亿元；报告调研的1,200名游客中，有46%曾使用AI规划行程。"
        ),
        obs=[
            ("Total", 2023, 65.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI行程规划助手", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("cagr", 27.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 65.2) ** (1 / 1) - 1 = 32.52% -> 32.5
            # 21.7 / 86.4 = 25.12% -> 25.1, not 25.2; bounds 21.65 / 86.45 = 25.04%, 21.75 / 86.35 = 25.19%
            # -> 25.2 by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (180 / 86.4) ** (1 / 3) - 1 = 27.72% -> 27.7
        ],
    ),
    # 10. Provincial three-year plan (Simplified) with 力争 targets and 增长3倍 (multiple x3 over 2023-2027, no
    #     verdict); a 2027 part target; measured 2023 and 2024 figures with YoY. Expected nowhere: the plan's title
    #     years, the 50 smart scenic spots, the 1.2亿人次 visitors, the 2500亿元 total tourism revenue.
    dict(
        text=(
            "海南省文旅部门日前印发《海南省旅游业人工智能应用三年行动方案（2025—2027年）》。方案提出，到2027年，"
            "全省旅游领域人工智能应用市场规模力争达到60亿元，较2023年增长3倍，其中智慧景区客流预测与分时预约系统"
            "市场规模力争达到12亿元。据测算，2024年全省该市场规模为19.8亿元，较2023年的15.1亿元增长31.1%。方案同时"
            "明确，到2027年建成50个智慧景区，全省接待游客力争突破1.2亿人次，旅游总收入超过2500亿元。"
        ),
        obs=[
            ("Total", 2023, 15.1, "CNY 100 million", "actual"),
            ("Total", 2024, 19.8, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
            ("智慧景区客流预测与分时预约系统", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.8 / 15.1) ** (1 / 1) - 1 = 31.13% -> 31.1
        ],
    ),
    # 11. Xinhua-style wire story (Simplified) quoting two institutes: the first institute's base, YoY, 2028 forecast
    #     and a CAGR whose span only the amounts' years give; the second institute's 52亿元 is expected nowhere. Also
    #     expected nowhere: the dateline, the conference's year, the 7,800 hotels, the Dragon Boat holiday's 15%, the
    #     412元 room rate.
    dict(
        text=(
            "新华社上海6月18日电（记者周雨桐）记者从2025中国酒店业数字化大会上获悉，据华旅数智研究院测算，2024年我国"
            "酒店业动态定价与收益管理人工智能市场规模为46.2亿元，较2023年的36.2亿元增长27.6%，预计2028年将达到118"
            "亿元，年均复合增长率为26%。另一家机构睿途咨询则估计，2024年该市场规模约为52亿元。研究院指出，全国星级"
            "酒店约7,800家，今年端午假期全国酒店预订量同比增长15%，头部酒店集团平均房价为每晚412元。"
        ),
        obs=[
            ("Total", 2023, 36.2, "CNY 100 million", "actual"),
            ("Total", 2024, 46.2, "CNY 100 million", "actual"),
            ("Total", 2028, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.2 / 36.2) ** (1 / 1) - 1 = 27.62% -> 27.6
            ("cagr|period", "exact"),  # (118 / 46.2) ** (1 / 4) - 1 = 26.42% -> 26
        ],
    ),
    # 12. Taiwanese industry white paper (Traditional) in 新台幣億元: YoY with both amounts, two parts with shares, the
    #     second share (27.1%) contradicted by its own amounts, a 2027 forecast. Expected nowhere: the white paper's
    #     title year, the 785萬人次 visitors, the 23萬間 rooms, the 412 firms surveyed, 約四成 (a fraction in words).
    dict(
        text=(
            "台灣觀光數位發展協會發布的《2025台灣智慧觀光白皮書》指出，2024年台灣旅宿業與旅行業導入人工智慧的市場規模"
            "達新台幣38.6億元，較2023年的29.4億元成長31.3%。其中，AI客服與聊天機器人為新台幣14.2億元，占36.8%；"
            "動態定價與營收管理系統為新台幣9.7億元，占27.1%。白皮書預估，2027年市場規模可望達到新台幣72億元。同期來台"
            "旅客為785萬人次，全台旅館客房約23萬間；受訪的412家業者中，約四成已採用生成式AI。"
        ),
        obs=[
            ("Total", 2023, 29.4, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("AI客服與聊天機器人", 2024, 14.2, "TWD 100 million", "actual"),
            ("動態定價與營收管理系統", 2024, 9.7, "TWD 100 million", "actual"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("share", 27.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.4) ** (1 / 1) - 1 = 31.29% -> 31.3
            ("arithmetic", "exact"),  # 14.2 / 38.6 = 36.79% -> 36.8
            # 9.7 / 38.6 = 25.13% -> 25.1, not 27.1; bounds 9.65 / 38.65 = 24.97%, 9.75 / 38.55 = 25.29%
            # -> 27.1 reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 (HKD 100 million): the printed 按年增長18% contradicts its own
    #     amounts; an approximate CAGR (約25%) whose span only the amounts' years give; a part's 去年 (2024) figure.
    #     Expected nowhere: the dateline, the 4,450萬人次 visitors, the 五一黃金周 figure, the 1,320港元 room rate, the
    #     280 hotels, the 62% survey answer.
    dict(
        text=(
            "（本報訊）2025年5月6日——香港旅遊科技協會昨日公布研究報告，指2024年本港旅遊及酒店業在人工智能方面的"
            "支出為14.8億港元，按年增長18%，2023年則為11.9億港元。協會預計，2028年有關支出將增至36億港元，年均複合"
            "增長率約25%。當中，AI翻譯及導覽應用去年支出為2.6億港元。報告又指，去年訪港旅客達4,450萬人次，今年五一"
            "黃金周首三日訪港旅客按年增長一成，本港酒店平均房租為每晚1,320港元。協會會長李志鴻表示，全港約有280家"
            "酒店，受訪業界中有62%計劃兩年內增加AI預算。"
        ),
        obs=[
            ("Total", 2023, 11.9, "HKD 100 million", "actual"),
            ("Total", 2024, 14.8, "HKD 100 million", "actual"),
            ("AI翻譯及導覽應用", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 36, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (14.8 / 11.9) ** (1 / 1) - 1 = 24.37% -> 24, not 18; bounds 14.75 / 11.95 - 1 = 23.43%,
            # 14.85 / 11.85 - 1 = 25.32% -> 18 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (36 / 14.8) ** (1 / 4) - 1 = 24.88% -> 25
        ],
    ),
    # 14. Taipei newspaper story (Traditional) dated 2025: 去年 = 2024 (actual), 今年 = 2025 (estimate), 明年 = 2026
    #     (estimate, approximate 突破 at its printed figure); 年增近30% with both amounts. Expected nowhere: the
    #     dateline and 今（12）日, the 1,689萬人次 outbound trips, the Lunar New Year holiday's 12%, an agency's own
    #     revenue, the 356 agencies surveyed, 約有一半 (a fraction in words).
    dict(
        text=(
            "【記者陳怡君／台北報導】2025年3月12日——台灣旅遊科技論壇主辦單位今（12）日公布調查指出，去年台灣旅行業"
            "在AI行程規劃與智慧客服上的投入約新台幣12.4億元，今年可望成長至新台幣16.1億元，年增近30%；明年則有望突破"
            "新台幣20億元。主辦單位表示，去年國人出國達1,689萬人次，今年春節連假期間旅行社營業額年增12%，某大型旅行社"
            "去年營收更創下新台幣180億元新高。受訪的356家旅行社中，約有一半已導入生成式AI。"
        ),
        obs=[
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 16.1, "TWD 100 million", "estimate"),
            ("Total", 2026, 20, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.1 / 12.4) ** (1 / 1) - 1 = 29.84% -> 30
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): two CAGRs with printed spans (2022-2024 and 2024-2026E), a part's
    #     2024 figure, 2026E an estimate. Expected nowhere: the report's date, the 7.3亿人次 passengers, the covered
    #     airline's revenue and net margin, the first quarter's 2.1 percentage points, the rating, target price and
    #     upside.
    dict(
        text=(
            "华屹证券·旅游行业深度报告（2025年7月）\n"
            "我们测算，2024年我国航空公司收益管理与动态定价AI市场规模为23.5亿元，2022年为13.1亿元，2022—2024年复合"
            "增速约34%；预计2026E将达到41.2亿元，2024—2026E复合增速32.4%。其中，国际航线动态定价系统2024年规模为"
            "8.6亿元。行业层面，2024年民航旅客运输量7.3亿人次；我们覆盖的某航司2024年营收1,670亿元，净利率1.2%，一季度"
            "客座率同比提升2.1个百分点。首次覆盖给予“买入”评级，目标价9.4元，对应上涨空间21%。"
        ),
        obs=[
            ("Total", 2022, 13.1, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("国际航线动态定价系统", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2026, 41.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2022, 2024, None, "stated"),
            ("cagr", 32.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.5 / 13.1) ** (1 / 2) - 1 = 33.94% -> 34
            ("cagr|implied", "exact"),  # (41.2 / 23.5) ** (1 / 2) - 1 = 32.41% -> 32.4
        ],
    ),
    # 16. Markdown pipe table, US segments with a Total row over three years (2025E an estimate); the 2025E total
    #     holds only by rounding. Expected nowhere: the table number, the source's date, the $1.3 trillion travel
    #     spending, the 904 million screened travellers.
    dict(
        text=(
            "Table 3. U.S. spending on AI in travel and tourism by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Trip planners and travel chatbots | 412.6 | 561.3 | 748.0 |\n"
            "| Hotel and airline dynamic pricing | 688.4 | 842.7 | 1,015.5 |\n"
            "| OTA search and recommendation | 905.1 | 1,120.9 | 1,362.2 |\n"
            "| Translation and guide apps | 96.3 | 128.4 | 166.9 |\n"
            "| Total | 2,102.4 | 2,653.3 | 3,292.7 |\n"
            "\n"
            "Source: Harbor & Finch Travel Research, March 2025. 2025E = estimate. For scale, U.S. travel spending "
            "reached $1.3 trillion in 2024, and airport checkpoints screened 904 million travelers."
        ),
        obs=[
            ("Trip planners and travel chatbots", 2023, 412.6, "USD million", "actual"),
            ("Trip planners and travel chatbots", 2024, 561.3, "USD million", "actual"),
            ("Trip planners and travel chatbots", 2025, 748.0, "USD million", "estimate"),
            ("Hotel and airline dynamic pricing", 2023, 688.4, "USD million", "actual"),
            ("Hotel and airline dynamic pricing", 2024, 842.7, "USD million", "actual"),
            ("Hotel and airline dynamic pricing", 2025, 1015.5, "USD million", "estimate"),
            ("OTA search and recommendation", 2023, 905.1, "USD million", "actual"),
            ("OTA search and recommendation", 2024, 1120.9, "USD million", "actual"),
            ("OTA search and recommendation", 2025, 1362.2, "USD million", "estimate"),
            ("Translation and guide apps", 2023, 96.3, "USD million", "actual"),
            ("Translation and guide apps", 2024, 128.4, "USD million", "actual"),
            ("Translation and guide apps", 2025, 166.9, "USD million", "estimate"),
            ("Total", 2023, 2102.4, "USD million", "actual"),
            ("Total", 2024, 2653.3, "USD million", "actual"),
            ("Total", 2025, 3292.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 688.4 + 905.1 + 96.3 = 2,102.4
            ("hierarchy", "exact"),  # 2024: 561.3 + 842.7 + 1,120.9 + 128.4 = 2,653.3
            # 2025E: 748.0 + 1,015.5 + 1,362.2 + 166.9 = 3,292.6, not 3,292.7; parts' bounds 3,292.4 to 3,292.8
            # (four inputs at +/-0.05) -> 3,292.7 by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Tab-separated table, Asia-Pacific markets in USD million with a YoY column and a Total row; South Korea's 32%
    #     holds only by rounding. Expected nowhere: Thailand's 35.5 million arrivals, the Q4 2024 spending (a
    #     quarter's figure).
    dict(
        text=(
            "AI travel-tech spending in selected Asia-Pacific markets (USD million)\n"
            "Market\t2023\t2024\tYoY\n"
            "Japan\t318\t402\t26%\n"
            "South Korea\t176\t231\t32%\n"
            "Singapore\t88\t117\t33%\n"
            "Thailand\t64\t89\t39%\n"
            "Total\t646\t839\t30%\n"
            "Source: Lion City Travel Analytics, Singapore; software and services only, excludes hardware. "
            "Thailand welcomed 35.5 million foreign arrivals in 2024; Q4 2024 spending alone was USD 241 million."
        ),
        obs=[
            ("Japan", 2023, 318, "USD million", "actual"),
            ("Japan", 2024, 402, "USD million", "actual"),
            ("South Korea", 2023, 176, "USD million", "actual"),
            ("South Korea", 2024, 231, "USD million", "actual"),
            ("Singapore", 2023, 88, "USD million", "actual"),
            ("Singapore", 2024, 117, "USD million", "actual"),
            ("Thailand", 2023, 64, "USD million", "actual"),
            ("Thailand", 2024, 89, "USD million", "actual"),
            ("Total", 2023, 646, "USD million", "actual"),
            ("Total", 2024, 839, "USD million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("growth", 39, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Japan: 402 / 318 - 1 = 26.42% -> 26
            # South Korea: 231 / 176 - 1 = 31.25% -> 31, not 32; bounds 230.5 / 176.5 - 1 = 30.59%,
            # 231.5 / 175.5 - 1 = 31.91% -> 32 by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Singapore: 117 / 88 - 1 = 32.95% -> 33
            ("cagr|implied", "exact"),  # Thailand: 89 / 64 - 1 = 39.06% -> 39
            ("cagr|implied", "exact"),  # Total: 839 / 646 - 1 = 29.88% -> 30
            ("hierarchy", "exact"),  # 2023: 318 + 176 + 88 + 64 = 646
            ("hierarchy", "exact"),  # 2024: 402 + 231 + 117 + 89 = 839
        ],
    ),
    # 18. Space-aligned table, French segments in EUR million with a share column and a Total row (its 100.0% is no
    #     claim); the 11.9% share holds only by rounding. Expected nowhere: the note number, the 100 million
    #     visitors, their EUR 71 billion spend, the EUR 187 Paris hotel rate.
    dict(
        text=(
            "Atout Data Tourisme, Paris - AI spending by French tourism operators, 2024\n"
            "\n"
            "Segment                            EUR million    Share\n"
            "Hotel revenue management                   142    31.6%\n"
            "Travel chatbots and trip planners          118    26.2%\n"
            "OTA search and recommendation               96    21.3%\n"
            "Attraction crowd forecasting                53    11.9%\n"
            "Translation and guide apps                  41     9.1%\n"
            "Total                                      450   100.0%\n"
            "\n"
            "Note 2: France welcomed 100 million foreign visitors in 2024, who spent EUR 71 billion; the average "
            "hotel rate in Paris was EUR 187."
        ),
        obs=[
            ("Hotel revenue management", 2024, 142, "EUR million", "actual"),
            ("Travel chatbots and trip planners", 2024, 118, "EUR million", "actual"),
            ("OTA search and recommendation", 2024, 96, "EUR million", "actual"),
            ("Attraction crowd forecasting", 2024, 53, "EUR million", "actual"),
            ("Translation and guide apps", 2024, 41, "EUR million", "actual"),
            ("Total", 2024, 450, "EUR million", "actual"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
            ("share", 9.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 142 / 450 = 31.56% -> 31.6
            ("arithmetic", "exact"),  # 118 / 450 = 26.22% -> 26.2
            ("arithmetic", "exact"),  # 96 / 450 = 21.33% -> 21.3
            # 53 / 450 = 11.78% -> 11.8, not 11.9; bounds 52.5 / 450.5 = 11.65%, 53.5 / 449.5 = 11.90% -> 11.9 by some
            # reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41 / 450 = 9.11% -> 9.1
            ("hierarchy", "exact"),  # 2024: 142 + 118 + 96 + 53 + 41 = 450
        ],
    ),
    # 19. Vertical markdown table whose rows are years: the lone value column is headed by its unit only (the market's
    #     Total), a YoY column; 2025F an estimate; the 2024 YoY of 32.0% holds only by rounding. Expected nowhere:
    #     the 60.8 million museum tickets, the Jubilee's 32 million visitors.
    dict(
        text=(
            "Italy: AI spending at destinations and attractions (crowd forecasting, smart ticketing)\n"
            "\n"
            "| Year | EUR million | YoY |\n"
            "|---|---:|---:|\n"
            "| 2021 | 38.5 | - |\n"
            "| 2022 | 52.0 | 35.1% |\n"
            "| 2023 | 67.4 | 29.6% |\n"
            "| 2024 | 88.9 | 32.0% |\n"
            "| 2025F | 112.6 | 26.7% |\n"
            "\n"
            "Source: Osservatorio Turismo Digitale, Milan. F = forecast. Italian state museums sold 60.8 million "
            "tickets in 2024, and the Jubilee is expected to bring 32 million extra visitors to Rome."
        ),
        obs=[
            ("Total", 2021, 38.5, "EUR million", "actual"),
            ("Total", 2022, 52.0, "EUR million", "actual"),
            ("Total", 2023, 67.4, "EUR million", "actual"),
            ("Total", 2024, 88.9, "EUR million", "actual"),
            ("Total", 2025, 112.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 35.1, "percent", 2021, 2022, 1.0),
            ("growth", 29.6, "percent", 2022, 2023, 1.0),
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.0 / 38.5 - 1 = 35.06% -> 35.1
            ("cagr|implied", "exact"),  # 67.4 / 52.0 - 1 = 29.62% -> 29.6
            # 88.9 / 67.4 - 1 = 31.90% -> 31.9, not 32.0; bounds 88.85 / 67.45 - 1 = 31.73%,
            # 88.95 / 67.35 - 1 = 32.07% -> 32.0 by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 112.6 / 88.9 - 1 = 26.66% -> 26.7
        ],
    ),
    # 20. Chinese tab-separated table (Simplified) in 亿元 with a 合计 row and a 2024 占比 column (the 100.0% total is
    #     no claim); the 7.8% share holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the 1.3亿人次 inbound visitors.
    dict(
        text=(
            "表4 2023—2024年中国旅游业人工智能应用市场结构（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2024年占比\n"
            "OTA智能搜索与推荐\t58.3\t76.9\t38.2%\n"
            "酒店及航司动态定价\t41.7\t52.4\t26.0%\n"
            "AI行程规划与客服\t27.5\t39.8\t19.8%\n"
            "AI翻译与导览\t12.6\t16.3\t8.1%\n"
            "景区客流预测与智慧票务\t10.2\t15.8\t7.8%\n"
            "合计\t150.3\t201.2\t100.0%\n"
            "资料来源：中旅智研数据中心；不含硬件投入。同期入境游客1.3亿人次。"
        ),
        obs=[
            ("OTA智能搜索与推荐", 2023, 58.3, "CNY 100 million", "actual"),
            ("OTA智能搜索与推荐", 2024, 76.9, "CNY 100 million", "actual"),
            ("酒店及航司动态定价", 2023, 41.7, "CNY 100 million", "actual"),
            ("酒店及航司动态定价", 2024, 52.4, "CNY 100 million", "actual"),
            ("AI行程规划与客服", 2023, 27.5, "CNY 100 million", "actual"),
            ("AI行程规划与客服", 2024, 39.8, "CNY 100 million", "actual"),
            ("AI翻译与导览", 2023, 12.6, "CNY 100 million", "actual"),
            ("AI翻译与导览", 2024, 16.3, "CNY 100 million", "actual"),
            ("景区客流预测与智慧票务", 2023, 10.2, "CNY 100 million", "actual"),
            ("景区客流预测与智慧票务", 2024, 15.8, "CNY 100 million", "actual"),
            ("合计", 2023, 150.3, "CNY 100 million", "actual"),
            ("合计", 2024, 201.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2024, 2024, None),
            ("share", 8.1, "percent", 2024, 2024, None),
            ("share", 7.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.3 + 41.7 + 27.5 + 12.6 + 10.2 = 150.3
            ("hierarchy", "exact"),  # 2024: 76.9 + 52.4 + 39.8 + 16.3 + 15.8 = 201.2
            ("arithmetic", "exact"),  # 76.9 / 201.2 = 38.22% -> 38.2
            ("arithmetic", "exact"),  # 52.4 / 201.2 = 26.04% -> 26.0
            ("arithmetic", "exact"),  # 39.8 / 201.2 = 19.78% -> 19.8
            ("arithmetic", "exact"),  # 16.3 / 201.2 = 8.10% -> 8.1
            # 15.8 / 201.2 = 7.85% -> 7.9, not 7.8; bounds 15.75 / 201.25 = 7.83%, 15.85 / 201.15 = 7.88%
            # -> 7.8 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 21. OTA earnings-call answer sizing a TAM (Total); fourfold multiple and a CAGR whose span only the amounts'
    #     years give. Expected nowhere: the call's quarter and date, the analyst's firm, fourth-quarter gross
    #     bookings, the company's revenue and its growth, the EBITDA margin, the 40 million itineraries.
    dict(
        text=(
            "Roamly Group Q4 2024 earnings call, February 6, 2025 (edited transcript)\n"
            "Priya Raman, Halvorsen Securities: How big do you think the AI trip-planning opportunity is?\n"
            "Dana Whitcombe, CEO: We size the total addressable market for AI trip planners and booking assistants at "
            "about $2.4 billion globally in 2024, and we think it reaches $9.6 billion by 2029. That's roughly a "
            "fourfold increase, about a 32% compound rate. For context, our fourth-quarter gross bookings were $8.7 "
            "billion, revenue grew 14% to $1.12 billion, and adjusted EBITDA margin was 31%. Travelers built more than "
            "40 million itineraries with our assistant last year."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2029, 5.0),
            ("cagr", 32, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.6 / 2.4) ** (1 / 5) - 1 = 31.95% -> 32
        ],
    ),
    # 22. Working-paper abstract (Spain, EUR million); CAGR with printed span that holds only by rounding; a share
    #     whose part is not printed. Expected nowhere: the working-paper number, the 1,286 establishments and
    #     142,000 rooms, the 6.8% average-daily-rate effect, the JEL codes.
    dict(
        text=(
            "Working Paper 24-117, Instituto Ibérico de Economía del Turismo (Madrid)\n"
            "Pricing machines: AI revenue management in Spanish hotels\n"
            "Abstract. Using procurement records for 1,286 establishments with 142,000 rooms, we estimate that Spanish "
            "hotels spent €98 million on AI-based revenue-management and dynamic-pricing systems in 2024, up from "
            "€38.5 million in 2019, a compound annual growth rate of 20% over 2019-2024. Chain-affiliated hotels "
            "accounted for 61% of 2024 spending. Adopters raised average daily rates by 6.8% relative to matched "
            "non-adopters, with no measurable change in occupancy. Extrapolating current adoption, we project the market "
            "at €175 million in 2028. JEL: L83, D22, O33."
        ),
        obs=[
            ("Total", 2019, 38.5, "EUR million", "actual"),
            ("Total", 2024, 98, "EUR million", "actual"),
            ("Total", 2028, 175, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2019, 2024, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (98 / 38.5) ** (1 / 5) - 1 = 20.55% -> 21, not 20; bounds (97.5 / 38.55) ** (1/5) - 1 = 20.39%,
            # (98.5 / 38.45) ** (1/5) - 1 = 20.70% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread (US, USD million); a YoY rate its own amounts contradict; a 2028 figure in billions
    #     converted to the series' unit. Expected nowhere: the post numbers, the Series B and valuation, total US
    #     travel spending.
    dict(
        text=(
            "1/ Everyone keeps asking how big AI travel planning actually is, so I pulled the numbers. Thread.\n"
            "2/ Per Skyline Insights, US spending on AI travel chatbots and trip-planning assistants hit $640M in 2024, "
            "up 45% from $410M in 2023.\n"
            "3/ Their forecast: $2.1B by 2028. Bullish, but the trend is real.\n"
            "4/ Meanwhile Tripwise just raised a $75M Series B at a $1.2B valuation.\n"
            "5/ Context: Americans spend roughly $1.3T a year on travel, so AI is still a rounding error. Reposts "
            "appreciated!"
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2028, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (640 / 410) ** (1 / 1) - 1 = 56.10%, not 45; bounds (639.5 / 410.5) - 1 = 55.79%,
            # (640.5 / 409.5) - 1 = 56.41% -> 45 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Web article with a correction (US and Europe airlines, USD billion); YoY with both amounts ("a year
    #     earlier" = 2023). Expected nowhere: the update dateline, the misstated $3.15 billion, the 1.02 billion
    #     passengers, the $382 average fare.
    dict(
        text=(
            "Airlines' fare robots get smarter\n"
            "By Mara Lindqvist, updated March 12, 2025, 9:40 a.m. ET\n"
            "Carriers in the United States and Europe spent $1.35 billion on AI-driven dynamic-pricing and "
            "revenue-management software in 2024, according to Aerodyne Research, up 18% from $1.14 billion a year "
            "earlier. The Denver firm expects that figure to reach $3.2 billion by 2030. The shift comes as airlines "
            "flew a record 1.02 billion passengers in the two regions and the average U.S. domestic fare slipped to $382.\n"
            "Correction: An earlier version of this article misstated Aerodyne's 2024 estimate as $3.15 billion. The "
            "correct figure is $1.35 billion."
        ),
        obs=[
            ("Total", 2023, 1.14, "USD billion", "actual"),
            ("Total", 2024, 1.35, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.35 / 1.14) ** (1 / 1) - 1 = 18.42% -> 18
        ],
    ),
    # 25. Annual-report chair's letter (UK firm, global hotel market, GBP million); "last year" = 2024 (letter dated
    #     2025); "pass £2 billion" converted to GBP million at its printed figure. Expected nowhere: the company's
    #     revenue, growth and operating margin, the 7,900 properties and 64 countries, the dividend, the date.
    dict(
        text=(
            "Letter from the Chair\n"
            "Dear shareholders, 2024 was the year artificial intelligence moved from pilot to production in hotel "
            "distribution. By our estimate, hotels worldwide spent £820 million on AI pricing and guest-messaging tools "
            "last year, up 34% from £610 million in 2023, and we expect the market to pass £2 billion by 2028. Your "
            "company's revenue rose 22% to £146.3 million, our operating margin reached 19.4%, and we now serve 7,900 "
            "properties in 64 countries. The Board proposes a final dividend of 4.1p per share.\n"
            "Sir Alan Pryce, Chair, Kestrel Hospitality Systems plc, 27 March 2025"
        ),
        obs=[
            ("Total", 2023, 610, "GBP million", "actual"),
            ("Total", 2024, 820, "GBP million", "actual"),
            ("Total", 2028, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (820 / 610) ** (1 / 1) - 1 = 34.43% -> 34
        ],
    ),
    # 26. Investor-day slide bullets (OTA, TAM = Total, USD billion); a 3x multiple, a CAGR with printed span, two
    #     segment shares (one holds only by rounding). Expected nowhere: the slide number and title year, FY2024
    #     gross bookings and EBITDA margin, the Q1 2025 bookings growth, the 1.1 billion room nights.
    dict(
        text=(
            "Voyant Travel Investor Day 2025, Slide 14: The AI opportunity\n"
            "- AI search & recommendation TAM: $5.8B in 2024, $17.5B in 2030E\n"
            "- ~3x in six years; 20% CAGR 2024-2030E\n"
            "- Hotels & alternative accommodations: $3.4B, 59% of 2024 TAM\n"
            "- Flights: $1.6B, 27% of 2024 TAM\n"
            "- FY2024 gross bookings $71.2B; adjusted EBITDA margin 27%\n"
            "- Q1 2025 gross bookings up 9% year on year\n"
            "- 1.1 billion room nights booked on Voyant since 2019\n"
            "- Generative trip assistant live in 38 markets and 21 languages"
        ),
        obs=[
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Total", 2030, 17.5, "USD billion", "estimate"),
            ("Hotels & alternative accommodations", 2024, 3.4, "USD billion", "actual"),
            ("Flights", 2024, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
            ("share", 59, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.5 / 5.8) ** (1 / 6) - 1 = 20.21% -> 20
            ("arithmetic", "exact"),  # 3.4 / 5.8 = 58.62% -> 59
            # 1.6 / 5.8 = 27.59% -> 28, not 27; bounds 1.55 / 5.85 = 26.50%, 1.65 / 5.75 = 28.70% -> 27 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses (global, USD billion); the first house's base, target and CAGR
    #     are the snippet's figures. Expected nowhere: Harborview's $1.1 billion for 2024, online travel bookings,
    #     the 40-person agency, the 30% of clients.
    dict(
        text=(
            "Re: How big is the AI travel-planning market, really?\n"
            "Answer from wanderdata (top contributor)\n"
            "It depends on whose numbers you use. Meridian Analytics puts the global market for AI trip planners and "
            "travel chatbots at $1.82 billion in 2024 and expects $6.9 billion by 2030, a 25% CAGR over 2024-2030. "
            "Harborview Research is far more cautious, at $1.1 billion for 2024. Either way it's tiny next to the "
            "roughly $1.9 trillion in online travel bookings. For what it's worth, I run a 40-person agency and about "
            "30% of our clients now ask for AI itineraries. Hope that helps!"
        ),
        obs=[
            ("Total", 2024, 1.82, "USD billion", "actual"),
            ("Total", 2030, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.9 / 1.82) ** (1 / 6) - 1 = 24.87% -> 25
        ],
    ),
    # 28. Seoul broker research note with the market in won (a currency outside the unit list): no observation; its
    #     YoY, CAGR and share are claims without verdicts (their amounts are no observations). Expected nowhere:
    #     the dateline, the won amounts, the 28.7 million outbound departures, the rating, target price and upside.
    dict(
        text=(
            "Seoul, 9 April 2025 - Hanbit Investment & Securities, Korea Leisure. We estimate Korea's market for AI "
            "travel-booking assistants and hotel pricing software at KRW412 billion in 2024, up 31% from KRW315 "
            "billion in 2023, and forecast KRW1.1 trillion by 2028, a CAGR of 28%. Online travel agencies account for "
            "46% of spending, ahead of hotels and airlines. Korean outbound departures reached 28.7 million last year, "
            "close to the 2019 peak. We reiterate BUY on Yeoul Tour with a target price of KRW68,000, implying 24% "
            "upside, as its AI concierge lifts conversion."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[],  # amounts in won are no observations: no verdict (for reference 412/315 = 30.79%, (1100/412)**(1/4) - 1 = 27.83%)
    ),
    # 29. Xinhua-style release (Simplified, 亿元); YoY with both amounts, two parts, one with its share; a 2025
    #     forecast (有望突破) at its printed figure. Expected nowhere: the dateline, domestic trips and total domestic
    #     tourist spending and their growth rates.
    dict(
        text=(
            "新华社北京3月18日电(记者王珊)记者18日从中国旅游研究协会获悉,2024年我国旅游业人工智能应用市场规模达"
            "186.4亿元,同比增长38.2%,2023年这一数字为134.9亿元。其中,智能行程规划与旅游客服机器人市场规模为72.6亿元,"
            "占比39%;景区客流预测与智慧票务市场规模为41.3亿元。协会预计,2025年该市场规模有望突破260亿元。数据显示,"
            "2024年国内出游人次达56.15亿,国内游客出游总花费5.75万亿元,分别比上年增长14.8%和17.1%。"
        ),
        obs=[
            ("Total", 2023, 134.9, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("智能行程规划与旅游客服机器人", 2024, 72.6, "CNY 100 million", "actual"),
            ("景区客流预测与智慧票务", 2024, 41.3, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 134.9) ** (1 / 1) - 1 = 38.18% -> 38.2
            ("arithmetic", "exact"),  # 72.6 / 186.4 = 38.95% -> 39
        ],
    ),
    # 30. Municipal action plan (Hangzhou, Simplified, 亿元); "增长2倍以上" kept as x2; a 年均 rate whose span only
    #     the amounts' years give. Expected nowhere: the plan's title years and document number, the 50 model
    #     scenic spots, the 100% coverage, the 2.6 亿人次 visitors, total tourism revenue.
    dict(
        text=(
            "杭州市人民政府办公厅关于印发杭州市“人工智能+文旅”融合发展行动方案(2025—2027年)的通知"
            "(杭政办函〔2025〕21号)……二、主要目标。到2027年,全市文旅领域人工智能核心产业规模突破150亿元,"
            "较2024年的48亿元增长2倍以上,年均增长46%左右;建成全市景区客流预测与分时预约统一平台,打造智慧旅游"
            "标杆景区50个,AI导览服务覆盖全市4A级以上景区100%;全市年接待游客达到2.6亿人次,旅游总收入突破4800亿元。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
            ("cagr", 46, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 48) ** (1 / 3) - 1 = 46.20% -> 46
        ],
    ),
    # 31. Taiwanese research release (Traditional, 新台幣億元); YoY, a part with its share, a second part, a CAGR with
    #     printed span that holds only by rounding. Expected nowhere: 今(15)日, the report's title year, the 785萬
    #     visitor arrivals, the NT$4,820 average room rate.
    dict(
        text=(
            "【台北訊】財團法人台灣觀光科技研究院今(15)日發布《2025台灣智慧觀光產業趨勢》指出,2024年台灣旅遊業人工"
            "智慧應用市場規模達新台幣38.6億元,較2023年的29.7億元成長30%。其中,旅宿動態定價與營收管理系統產值為"
            "14.2億元,占整體市場37%;智慧導覽與即時翻譯App約9.5億元。研究院預估,2027年市場規模可望上看新台幣85億元,"
            "2024至2027年年複合成長率達30.4%。另據統計,2024年來台旅客達785萬人次,觀光旅館平均房價為新台幣4,820元。"
        ),
        obs=[
            ("Total", 2023, 29.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("旅宿動態定價與營收管理系統", 2024, 14.2, "TWD 100 million", "actual"),
            ("智慧導覽與即時翻譯App", 2024, 9.5, "TWD 100 million", "actual"),
            ("Total", 2027, 85, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 30.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.7) ** (1 / 1) - 1 = 29.97% -> 30
            ("arithmetic", "exact"),  # 14.2 / 38.6 = 36.79% -> 37
            # (85 / 38.6) ** (1 / 3) - 1 = 30.10% -> 30.1, not 30.4; bounds (84.5 / 38.65) ** (1/3) - 1 = 29.79%,
            # (85.5 / 38.55) ** (1/3) - 1 = 30.41% -> 30.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong industry report (Traditional, 億港元); a CAGR with printed span that its amounts contradict; two
    #     parts. Expected nowhere: the report's title year, 去年's 4,450萬 visitor arrivals, the 87% hotel
    #     occupancy, the 約四成 of agencies.
    dict(
        text=(
            "香港旅遊科技協會今日發表《2025香港智慧旅遊發展報告》。報告指出,2024年本港旅遊及酒店業在人工智能方案上"
            "的開支為19.8億港元,預計2028年將增至48.5億港元,2024至2028年複合年增長率達28%。當中酒店收益管理及動態"
            "定價系統佔最大份額,2024年開支為7.6億港元;景點人流預測及智能票務則為2.9億港元。去年訪港旅客達4,450萬"
            "人次,酒店平均入住率為87%。報告又提到,約四成受訪旅行社已採用AI客服。"
        ),
        obs=[
            ("Total", 2024, 19.8, "HKD 100 million", "actual"),
            ("Total", 2028, 48.5, "HKD 100 million", "estimate"),
            ("酒店收益管理及動態定價系統", 2024, 7.6, "HKD 100 million", "actual"),
            ("景點人流預測及智能票務", 2024, 2.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (48.5 / 19.8) ** (1 / 4) - 1 = 25.10%, not 28; bounds (48.45 / 19.85) ** (1/4) - 1 = 24.99%,
            # (48.55 / 19.75) ** (1/4) - 1 = 25.21% -> 28 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, global market in 億美元 = USD 100 million); an approximate YoY that holds only by
    #     rounding. Expected nowhere: the post's header (board, time), total online travel bookings, Klook's funding
    #     round, the 12-person agency, the push comment.
    dict(
        text=(
            "作者 travelholic (阿翔)\n"
            "看板 Tour-Agency\n"
            "標題 [心得] AI排行程到底是多大的生意?\n"
            "時間 Sat Jun 14 21:03:52 2025\n"
            "最近被叫去研究AI行程規劃,整理一下看到的數字。研究機構Skyward Insight估計,全球AI旅遊規劃"
            "與聊天機器人市場2024年約42億美元,比2023年的31億美元成長約36%,2030年上看160億美元。旁邊那張是全球"
            "線上訂房總額,2024年大概7,800億美元,AI只是零頭。另外Klook上個月又募了1億美元。我們小旅行社才12個人,"
            "老闆說AI預算只有一台筆電XD\n"
            "推 sunnyday: 160億美元太樂觀了"
        ),
        obs=[
            ("Total", 2023, 31, "USD 100 million", "actual"),
            ("Total", 2024, 42, "USD 100 million", "actual"),
            ("Total", 2030, 160, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (42 / 31) ** (1 / 1) - 1 = 35.48% -> 35, not 36; bounds 41.5 / 31.5 - 1 = 31.75%,
            # 42.5 / 30.5 - 1 = 39.34% -> 36 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Mainland broker abstract (Simplified, 亿元); a 3.4x multiple, a stated CAGR that holds only by rounding, a
    #     2026 range as two values. Expected nowhere: the report date, online travel GMV, the rating, the target price
    #     and P/E.
    dict(
        text=(
            "中泽证券 行业深度报告 在线旅游:AI重构搜索与推荐(2025年5月)\n"
            "投资要点:我们测算,2024年国内OTA平台AI搜索推荐与智能客服市场规模约为62亿元,是2021年18亿元的3.4倍,"
            "2021—2024年年均复合增速约52%。随着大模型行程助手普及,我们预计2026年市场规模为105亿-120亿元。2024年"
            "国内在线旅游交易额约1.9万亿元,AI相关投入占比仍低。维持行业“推荐”评级,重点推荐途远科技(目标价68元,"
            "对应2025年22倍PE)。风险提示:宏观消费疲软、监管政策变化、大模型落地不及预期。"
        ),
        obs=[
            ("Total", 2021, 18, "CNY 100 million", "actual"),
            ("Total", 2024, 62, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2021, 2024, 3.0),
            ("cagr", 52, "percent", 2021, 2024, None, "stated"),
            ("value", 105, "CNY 100 million", 2026, 2026, None),
            ("value", 120, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            # (62 / 18) ** (1 / 3) - 1 = 51.02% -> 51, not 52; bounds (61.5 / 18.5) ** (1/3) - 1 = 49.25%,
            # (62.5 / 17.5) ** (1/3) - 1 = 52.86% -> 52 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Taiwanese results-briefing transcript (Traditional, 新台幣億元); management sizes the market (Total); 今年
    #     = 2025 (briefing dated 2025) an estimate; YoY with both amounts. Expected nowhere: the briefing's quarter and
    #     date, the company's revenue, gross margin and fourth-quarter revenue, the 120萬 inquiries.
    dict(
        text=(
            "山嵐旅行社(股)公司 2024年第四季法人說明會 問答摘錄(2025年3月6日)\n"
            "問(遠峰投顧分析師):請問公司如何看AI行程規劃的市場空間?\n"
            "答(董事長林志遠):我們內部估算,台灣旅遊業的AI行程規劃與客服市場,2024年大約新台幣18億元,今年預估"
            "成長到24億元,年增33%,2028年有機會挑戰50億元。公司去年全年營收新台幣62.4億元,毛利率11.8%,第四季單季"
            "營收16.1億元,AI客服已處理超過120萬筆旅客諮詢,未來會持續投資。"
        ),
        obs=[
            ("Total", 2024, 18, "TWD 100 million", "actual"),
            ("Total", 2025, 24, "TWD 100 million", "estimate"),
            ("Total", 2028, 50, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 18) ** (1 / 1) - 1 = 33.33% -> 33
        ],
    ),
    # 36. Markdown pipe table (Thailand, US$ million, 2024) with a share column; one share holds only by rounding.
    #     Expected nowhere: the table number, the 100% total, the source's title year, the 312 operators, the 35.5
    #     million arrivals.
    dict(
        text=(
            "Table 3. Thailand: AI spending in tourism by segment, 2024 (US$ million)\n"
            "| Segment | 2024 | Share |\n"
            "|---|---|---|\n"
            "| Hotel revenue management | 48.6 | 41% |\n"
            "| Chatbots and trip planners | 30.0 | 26% |\n"
            "| Smart ticketing and crowd forecasting | 22.9 | 19% |\n"
            "| Translation and guide apps | 15.8 | 13% |\n"
            "| Total | 117.3 | 100% |\n"
            "Source: Siam Travel Tech Monitor 2025, survey of 312 operators. Thailand received 35.5 million foreign "
            "arrivals in 2024."
        ),
        obs=[
            ("Hotel revenue management", 2024, 48.6, "USD million", "actual"),
            ("Chatbots and trip planners", 2024, 30.0, "USD million", "actual"),
            ("Smart ticketing and crowd forecasting", 2024, 22.9, "USD million", "actual"),
            ("Translation and guide apps", 2024, 15.8, "USD million", "actual"),
            ("Total", 2024, 117.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 48.6 + 30.0 + 22.9 + 15.8 = 117.3
            ("arithmetic", "exact"),  # 48.6 / 117.3 = 41.43% -> 41
            ("arithmetic", "exact"),  # 30.0 / 117.3 = 25.58% -> 26
            # 22.9 / 117.3 = 19.52% -> 20, not 19; bounds 22.85 / 117.35 = 19.47%, 22.95 / 117.25 = 19.57%
            # -> 19 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 15.8 / 117.3 = 13.47% -> 13
        ],
    ),
    # 37. Tab-separated table (Spain, EUR million) with a YoY column; the airlines' YoY contradicts its amounts.
    #     Expected nowhere: the table number, the source's edition year, the 93.8 million tourists and their EUR 126
    #     billion spending.
    dict(
        text=(
            "Table 2. Spain: AI spending by travel sub-sector (EUR million)\n"
            "Sub-sector\t2023\t2024\tYoY\n"
            "Hotels\t142.0\t183.5\t29.2%\n"
            "Airlines\t96.4\t118.0\t24.2%\n"
            "Online travel agencies\t71.8\t95.2\t32.6%\n"
            "Destinations and attractions\t18.3\t27.1\t48.1%\n"
            "Total\t328.5\t423.8\t29.0%\n"
            "Source: Observatorio de Turismo Inteligente (OTI), 2025 edition. Spain received 93.8 million international "
            "tourists in 2024, who spent EUR 126 billion. Figures cover software licences and managed services only."
        ),
        obs=[
            ("Hotels", 2023, 142.0, "EUR million", "actual"),
            ("Hotels", 2024, 183.5, "EUR million", "actual"),
            ("Airlines", 2023, 96.4, "EUR million", "actual"),
            ("Airlines", 2024, 118.0, "EUR million", "actual"),
            ("Online travel agencies", 2023, 71.8, "EUR million", "actual"),
            ("Online travel agencies", 2024, 95.2, "EUR million", "actual"),
            ("Destinations and attractions", 2023, 18.3, "EUR million", "actual"),
            ("Destinations and attractions", 2024, 27.1, "EUR million", "actual"),
            ("Total", 2023, 328.5, "EUR million", "actual"),
            ("Total", 2024, 423.8, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("growth", 48.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.0 + 96.4 + 71.8 + 18.3 = 328.5
            ("hierarchy", "exact"),  # 2024: 183.5 + 118.0 + 95.2 + 27.1 = 423.8
            ("cagr|implied", "exact"),  # 183.5 / 142.0 - 1 = 29.23% -> 29.2
            # 118.0 / 96.4 - 1 = 22.41%, not 24.2; bounds 117.95 / 96.45 - 1 = 22.29%, 118.05 / 96.35 - 1 = 22.52%
            # -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 95.2 / 71.8 - 1 = 32.59% -> 32.6
            ("cagr|implied", "exact"),  # 27.1 / 18.3 - 1 = 48.09% -> 48.1
            ("cagr|implied", "exact"),  # 423.8 / 328.5 - 1 = 29.01% -> 29.0
        ],
    ),
    # 38. Space-aligned table (Japan, ¥ billion) with a CAGR column whose span the header prints; 2027F estimates;
    #     the 2027F total holds only by rounding. Expected nowhere: the exhibit number, the 36.9 million inbound
    #     visitors.
    dict(
        text=(
            "Japan: AI in travel and hospitality by segment (¥ billion)\n"
            "Segment                          2024   2027F   CAGR 2024-27\n"
            "Hotel pricing & RM               21.4    41.8          25.0%\n"
            "Trip planning & chatbots         15.7    36.2          32.1%\n"
            "Translation & guide apps          9.8    17.5          21.3%\n"
            "Attraction crowds & ticketing     4.6    10.9          33.3%\n"
            "Total                            51.5   106.5          27.4%\n"
            "Source: Kansai Digital Tourism Lab, Exhibit 7; F = forecast. Inbound visitors reached 36.9 million in "
            "2024, and hotels added some 21,000 rooms."
        ),
        obs=[
            ("Hotel pricing & RM", 2024, 21.4, "JPY billion", "actual"),
            ("Hotel pricing & RM", 2027, 41.8, "JPY billion", "estimate"),
            ("Trip planning & chatbots", 2024, 15.7, "JPY billion", "actual"),
            ("Trip planning & chatbots", 2027, 36.2, "JPY billion", "estimate"),
            ("Translation & guide apps", 2024, 9.8, "JPY billion", "actual"),
            ("Translation & guide apps", 2027, 17.5, "JPY billion", "estimate"),
            ("Attraction crowds & ticketing", 2024, 4.6, "JPY billion", "actual"),
            ("Attraction crowds & ticketing", 2027, 10.9, "JPY billion", "estimate"),
            ("Total", 2024, 51.5, "JPY billion", "actual"),
            ("Total", 2027, 106.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 32.1, "percent", 2024, 2027, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 33.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 27.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 21.4 + 15.7 + 9.8 + 4.6 = 51.5
            # 2027F: 41.8 + 36.2 + 17.5 + 10.9 = 106.4, not 106.5; each input +/-0.05 gives 106.2..106.6 against
            # 106.45..106.55 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # (41.8 / 21.4) ** (1 / 3) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (36.2 / 15.7) ** (1 / 3) - 1 = 32.11% -> 32.1
            ("cagr|implied", "exact"),  # (17.5 / 9.8) ** (1 / 3) - 1 = 21.32% -> 21.3
            ("cagr|implied", "exact"),  # (10.9 / 4.6) ** (1 / 3) - 1 = 33.32% -> 33.3
            ("cagr|implied", "exact"),  # (106.5 / 51.5) ** (1 / 3) - 1 = 27.40% -> 27.4
        ],
    ),
    # 39. Vertical markdown table whose rows are years (UAE, lone value column headed by its unit only = Total,
    #     US$ million) with a YoY column; 2025E an estimate; the 2023 YoY holds only by rounding. Expected nowhere:
    #     the source's date, the 34.6 million room nights, the AED 538 average daily rate.
    dict(
        text=(
            "UAE hotels and airlines: spending on AI pricing and guest-service tools\n"
            "| Year | US$ million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 84.0 | - |\n"
            "| 2022 | 112.5 | 33.9% |\n"
            "| 2023 | 149.0 | 32.5% |\n"
            "| 2024 | 201.3 | 35.1% |\n"
            "| 2025E | 262.0 | 30.2% |\n"
            "Source: Gulf Hospitality Tech Council, March 2025; 2025E is a forecast. Dubai hotels sold 34.6 million "
            "room nights in 2024 at an average daily rate of AED 538."
        ),
        obs=[
            ("Total", 2021, 84.0, "USD million", "actual"),
            ("Total", 2022, 112.5, "USD million", "actual"),
            ("Total", 2023, 149.0, "USD million", "actual"),
            ("Total", 2024, 201.3, "USD million", "actual"),
            ("Total", 2025, 262.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 33.9, "percent", 2021, 2022, 1.0),
            ("growth", 32.5, "percent", 2022, 2023, 1.0),
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.5 / 84.0 - 1 = 33.93% -> 33.9
            # 149.0 / 112.5 - 1 = 32.44% -> 32.4, not 32.5; bounds 148.95 / 112.55 - 1 = 32.34%,
            # 149.05 / 112.45 - 1 = 32.55% -> 32.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 201.3 / 149.0 - 1 = 35.10% -> 35.1
            ("cagr|implied", "exact"),  # 262.0 / 201.3 - 1 = 30.15% (30.154) -> 30.2
        ],
    ),
    # 40. Tab-separated Traditional Chinese table (Taiwan lodging, 新台幣億元) with a 合計 row; 2025年F estimates; the
    #     2025F 合計 holds only by rounding. Expected nowhere: the table number, the 22.6萬 hotel rooms.
    dict(
        text=(
            "表4 台灣旅宿業AI應用支出(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t2025年F\n"
            "動態定價與營收管理\t3.8\t5.1\t6.7\n"
            "智慧客服與訂房機器人\t2.6\t3.7\t5.0\n"
            "多語翻譯與導覽\t1.2\t1.6\t2.2\n"
            "智慧門禁與能源管理\t0.9\t1.3\t1.8\n"
            "合計\t8.5\t11.7\t15.8\n"
            "資料來源:台灣旅宿數位轉型協會;2025年F為預估值,因四捨五入,細項加總與合計或有差異。全台旅館客房數約22.6萬間。"
        ),
        obs=[
            ("動態定價與營收管理", 2023, 3.8, "TWD 100 million", "actual"),
            ("動態定價與營收管理", 2024, 5.1, "TWD 100 million", "actual"),
            ("動態定價與營收管理", 2025, 6.7, "TWD 100 million", "estimate"),
            ("智慧客服與訂房機器人", 2023, 2.6, "TWD 100 million", "actual"),
            ("智慧客服與訂房機器人", 2024, 3.7, "TWD 100 million", "actual"),
            ("智慧客服與訂房機器人", 2025, 5.0, "TWD 100 million", "estimate"),
            ("多語翻譯與導覽", 2023, 1.2, "TWD 100 million", "actual"),
            ("多語翻譯與導覽", 2024, 1.6, "TWD 100 million", "actual"),
            ("多語翻譯與導覽", 2025, 2.2, "TWD 100 million", "estimate"),
            ("智慧門禁與能源管理", 2023, 0.9, "TWD 100 million", "actual"),
            ("智慧門禁與能源管理", 2024, 1.3, "TWD 100 million", "actual"),
            ("智慧門禁與能源管理", 2025, 1.8, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.5, "TWD 100 million", "actual"),
            ("合計", 2024, 11.7, "TWD 100 million", "actual"),
            ("合計", 2025, 15.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.8 + 2.6 + 1.2 + 0.9 = 8.5
            ("hierarchy", "exact"),  # 2024: 5.1 + 3.7 + 1.6 + 1.3 = 11.7
            # 2025F: 6.7 + 5.0 + 2.2 + 1.8 = 15.7, not 15.8; each input +/-0.05 gives 15.5..15.9 against 15.75..15.85
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 17, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- Hotels across Southeast Asia',
    'JAPAN LEISURE & TRAVEL - Sector update',
    'Rival firm Meridian Market Data pegs 2024 spending',
    'We size the total addressable market',
    'Correction appended, April 18, 2025',
    'roughly 2.5 times the 2022 level',
    '力争达到60亿元，较2023年增长3倍',
    '另一家机构睿途咨询则估计，2024年该市场规模约为52亿元',
    '《2025台灣智慧觀光白皮書》指出',
    '支出為14.8億港元，按年增長18%',
    '| Total | 2,102.4 | 2,653.3 | 3,292.7 |',
    'Attraction crowd forecasting                53    11.9%',
    '合计\t150.3\t201.2\t100.0%',
    'We size the total addressable market for AI trip planners',
    '3/ Their forecast: $2.1B by 2028.',
    'Correction: An earlier version of this article misstated',
    '- ~3x in six years; 20% CAGR 2024-2030E',
    'Harborview Research is far more cautious',
    '新华社北京3月18日电(记者王珊)记者18日从中国旅游研究协会获悉',
    '较2024年的48亿元增长2倍以上,年均增长46%左右',
    '2024至2028年複合年增長率達28%',
    '標題 [心得] AI排行程到底是多大的生意?',
    '我们预计2026年市场规模为105亿-120亿元',
    '| Smart ticketing and crowd forecasting | 22.9 | 19% |',
    'Translation & guide apps          9.8    17.5',
    '合計\t8.5\t11.7\t15.8',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 209
#: figures, 65 rates, 97 verdicts and 3 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (200, 202, 204, 206): 214, 65, 97 and 2
FLOORS = {"figures_found": 215, "rates_found": 65, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset206.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
