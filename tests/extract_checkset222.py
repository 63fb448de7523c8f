"""A two-hundred-and-twenty-second check set for the extractor, written blind: AI in translation, localisation and language
services: machine translation for businesses, AI subtitling and dubbing, AI interpreting on calls and at events, AI
localisation of games, apps and websites, AI for court and medical interpreting, AI language-learning tutors; sized in
money by translators' and interpreters' associations, language-industry bodies, broadcasters' trade groups, brokers,
consultancies, research houses and vendors' investor days, in the United States, Canada, the United Kingdom, Ireland,
Germany, France, Belgium, Switzerland, Japan, South Korea (won only as an aside), India (rupees only as an aside),
mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Swiss francs only as an aside, yen, yuan
亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: the whole language-services market beside the AI part,
numbers of words, languages, translators or minutes subtitled, a per-word or per-minute rate, a vendor's own revenue or
margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in translation, localisation and language services: eight English
prose texts (a Los Angeles wire release on AI subtitling and dubbing, a Tokyo broker note in fiscal years and yen on
machine translation and interpreting, a London briefing on game, app and website localisation with three segments and
shares, a Berlin article quoting two research houses on machine translation, a Zurich investor-day TAM for AI
interpreting, a Dublin national strategy with last-year/this-year figures and a 2030 target, a correction notice on a
Korean localisation story with a range, a Canadian blog post on AI language tutors with 'more than doubled'), seven
Chinese prose texts (an AI translation report, a Guangdong plan with 力争到 and 增长2倍, a Xinhua story quoting two institutes
on AI simultaneous interpreting, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a Taipei news-agency story
with 去年/今年, a broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row,
space-aligned with shares, a vertical table of years with YoY, a tab-separated segment table in yen). Left out: whole
language-services markets beside the AI part, words, minutes, hours, languages, translators and interpreters, per-word,
per-minute and per-character rates, funding rounds and valuations, quarter figures, survey answers, vendors' revenue,
margins, orders and share goals, won, rupee, Swiss-franc and Canadian-dollar amounts, a second house's figure, a
correction's wrong range, shares in words. Inconsistent: the Dublin 24% rise, the U.S. website row's CAGR, the Belgian
2023 YoY and the Japanese FY2024 total. Only by rounding: the Tokyo and Taiwan CAGRs, the London game share, the
broker's 35.5% YoY, the 2024年 合计, the French subtitling share and the Belgian 2024 YoY.

Snippets 21-40: Twenty snippets on AI in translation, localisation and language services, numbered 21-40: eight English
prose pieces (a US earnings-call answer sizing a TAM for AI interpreting on calls, with 'this year' and 'last year' read
from the call's date; a German working-paper abstract on machine translation with a 2.3-fold multiple; a numbered
social-media thread on US AI dubbing whose 2028 figure in billions is converted to the series' millions; a UK web
article on AI game localisation with a correction line; an Irish letter to shareholders naming a second market, AI
subtitling and captioning, as its own item; Zurich capital-markets-day slide bullets on AI event interpreting; a forum
answer quoting two research houses on AI medical interpreting; an Indian broker note in rupees that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a Chengdu plan with 增长2倍 and an inferred CAGR, a
Taipei research release, a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2026 range, a
results-briefing transcript) and five tables (markdown with a CAGR column, tab-separated yen with a YoY column, space-
aligned euros with a share column, a vertical table of years whose value column names the item, a Traditional Chinese
table in 億港元 with a 合計 row). Left out everywhere: whole language-services markets beside the AI part, words, languages,
translators, interpreters, meetings and downloads, per-word, per-minute, per-hour and per-thousand-character rates,
vendors' own revenue, margins and share targets, funding rounds and valuations, quarter figures, survey percentages, a
second house's figure, a misprint and a title's rounded figure. Inconsistent: the working paper's 26.4% CAGR, the Xinhua
28.9% growth, the game-localisation YoY in the yen table and the Hong Kong table's 2025 合計. Holding only by rounding:
the UK article's 21.6% share, the Taipei 25.8% growth, the Hong Kong 26.3% share, the interpreting CAGR in the markdown
table, the media share in the DACH table, the 2024 YoY in the Belgian table and the Hong Kong table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Los Angeles wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span;
    #    the 2031 figure printed in billions is expected converted to the series' unit (USD million). Expected
    #    nowhere: the outlook's title year, the 410 million minutes, the $3.20 per-minute rate, the $28.6 billion
    #    language-services industry as a whole, the 860 managers polled and their 71% survey answer.
    dict(
        text=(
            "LOS ANGELES, April 8, 2025 /PRNewswire/ -- Studios, streamers and broadcasters in the United States spent "
            "$738 million on AI subtitling, closed captioning and synthetic dubbing in 2024, up 29% from $572 million "
            "in 2023, according to the 2025 Screen Localization Outlook released today by Marquee Lane Research. The "
            "Burbank firm projects the market will reach $2.9 billion by 2031, a compound annual growth rate of 21.6% "
            "from 2024 to 2031. U.S. distributors had some 410 million minutes of video subtitled or dubbed last year, "
            "with AI-assisted subtitling billed at an average of $3.20 per minute, while the country's language-services "
            "industry as a whole is put at $28.6 billion. Of the 860 post-production managers the firm polled, 71% said "
            "they had used a cloned voice on at least one title."
        ),
        obs=[
            ("Total", 2023, 572, "USD million", "actual"),
            ("Total", 2024, 738, "USD million", "actual"),
            ("Total", 2031, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (738 / 572) ** (1 / 1) - 1 = 29.02% -> 29
            ("cagr|implied", "exact"),  # (2900 / 738) ** (1 / 7) - 1 = 21.59% -> 21.6
        ],
    ),
    # 2. Tokyo broker industry note in fiscal years and yen (JPY billion); the CAGR's span only from the amounts'
    #    years, printed "about 20%" while the amounts give 20.53%. Expected nowhere: the dateline, the ¥320bn
    #    translation and interpreting industry as a whole, the covered company's ticker, revenue, growth, margin,
    #    target price and upside, the per-1,000-character API price.
    dict(
        text=(
            "JAPAN SOFTWARE & SERVICES - Industry note - Tokyo, 22 May 2025\n"
            "Lost in translation no more. We size Japan's market for AI machine translation and AI interpreting sold "
            "to companies at \u00a546bn in FY2024 (year to March 2025) and forecast \u00a5117bn in FY2029e, a CAGR of "
            "about 20%. That compares with a domestic translation and interpreting industry of roughly \u00a5320bn. "
            "Our top pick, Kotobashi Systems (7391, BUY, TP \u00a52,840, 23% upside), grew FY2024 revenue 19% to "
            "\u00a58.7bn at a 16% operating margin; its API is priced at about \u00a52 per 1,000 characters."
        ),
        obs=[
            ("Total", 2024, 46, "JPY billion", "actual"),
            ("Total", 2029, 117, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (117 / 46) ** (1 / 5) - 1 = 20.53% -> 21, not 20; bounds (116.5 / 46.5) ** (1/5) - 1 = 20.16%,
            # (117.5 / 45.5) ** (1/5) - 1 = 20.89% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and three segments with shares; the game share holds only by rounding.
    #    Expected nowhere: the 52 managers interviewed, the 13,500 translators, the £2.1 billion wider UK
    #    language-services industry.
    dict(
        text=(
            "LONDON, 9 June 2025 - British companies spent \u00a3164 million on AI localisation of games, apps and "
            "websites in 2024, according to a briefing from the Holloway Centre for Language Industry Studies. Website "
            "and e-commerce localisation was the biggest segment at \u00a368 million, roughly 41% of the total, "
            "followed by game localisation at \u00a350 million (31%). App-store and in-app localisation came to "
            "\u00a329 million, some 18%. The centre, which interviewed 52 localisation managers, expects spending to "
            "reach \u00a3390 million in 2029. It estimates that the UK has about 13,500 working translators and values "
            "the wider UK language-services industry at \u00a32.1 billion."
        ),
        obs=[
            ("Total", 2024, 164, "GBP million", "actual"),
            ("Website and e-commerce localisation", 2024, 68, "GBP million", "actual"),
            ("Game localisation", 2024, 50, "GBP million", "actual"),
            ("App-store and in-app localisation", 2024, 29, "GBP million", "actual"),
            ("Total", 2029, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 68 / 164 = 41.46% -> 41
            # 50 / 164 = 30.49% -> 30, not 31; bounds 49.5 / 164.5 = 30.09%, 50.5 / 163.5 = 30.89%
            # -> 31 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 29 / 164 = 17.68% -> 18
        ],
    ),
    # 4. Berlin article quoting two research houses: the first house's base, target (in billions, converted to EUR
    #    million) and stated CAGR are the snippet's figures. Expected nowhere: the rival house's €455 million for the
    #    same year, the start-up's €38 million round and €310 million valuation, the 3.2 billion words, the €0.06
    #    per-word rate.
    dict(
        text=(
            "BERLIN, 3 July 2025 - German businesses are buying machine translation at a pace that has surprised even "
            "its vendors. Spending on machine translation and AI post-editing by German companies came to \u20ac412 "
            "million in 2024, according to Spreewald Analytics, which expects the market to reach \u20ac1.05 billion "
            "in 2029, growing by 20.6% a year between 2024 and 2029. Rival house Elbtal Research puts the 2024 market "
            "at \u20ac455 million. Cologne start-up Wortwerk raised \u20ac38 million this spring at a valuation of "
            "\u20ac310 million. German firms had an estimated 3.2 billion words machine-translated last year, and human "
            "post-editing still costs around \u20ac0.06 per word."
        ),
        obs=[
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2029, 1050, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 412) ** (1 / 5) - 1 = 20.58% -> 20.6
        ],
    ),
    # 5. Zurich investor-day transcript: the total addressable market the company sizes is the market (Total), in
    #    its first-printed unit (USD billion); a stated CAGR with its span. Expected nowhere: the CHF 140 million
    #    Swiss home market and the 7,500 crore rupees (currencies not in the unit table), the quarter's revenue, its
    #    growth and gross margin, the 9,200 interpreters, the 10% share goal.
    dict(
        text=(
            "Transcript excerpt - Sprachbr\u00fccke Group Investor Day, Zurich, September 16, 2025. Chief executive "
            "Lena Vogt: Let me start with the opportunity. We size the total addressable market for AI interpreting - "
            "on phone and video calls, in clinics, in courtrooms and at live events - at $11.4 billion in 2024, and we "
            "see it reaching $31 billion in 2030. That is a compound annual rate of about 18% from 2024 to 2030. Our "
            "home market of Switzerland alone is worth some CHF 140 million, and in India the opportunity is roughly "
            "7,500 crore rupees. In the second quarter we booked $64 million of revenue, up 38%, at a 71% gross margin, "
            "and our network of 9,200 human interpreters takes the calls our AI escalates. Our goal is a 10% share of "
            "that market by 2030."
        ),
        obs=[
            ("Total", 2024, 11.4, "USD billion", "actual"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 11.4) ** (1 / 6) - 1 = 18.14% -> 18
        ],
    ),
    # 6. Dublin national strategy: last year (2024, actual), this year (2025, estimate) and a 2030 target; the printed
    #    24% rise is inconsistent. Expected nowhere: the 2,400 people employed, the 130 companies, the 60 languages,
    #    the €1.3 billion wider language-services industry.
    dict(
        text=(
            "DUBLIN, 10 March 2025 - Ireland's new national strategy for language technology, published today by the "
            "Government, sets out to make the country a hub for AI translation and localisation. According to the "
            "strategy, Irish firms earned \u20ac186 million from AI translation, localisation and multilingual "
            "customer-support services last year, and the sector is expected to reach \u20ac228 million this year, a "
            "rise of 24%. The Government's target is \u20ac500 million by 2030. The sector employs about 2,400 people "
            "across 130 companies, works in more than 60 languages and sits within a wider Irish language-services "
            "industry worth some \u20ac1.3 billion."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2025, 228, "EUR million", "estimate"),
            ("Total", 2030, 500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (228 / 186) ** (1 / 1) - 1 = 22.58% -> 23, not 24; bounds 227.5 / 186.5 - 1 = 21.98%,
            # 228.5 / 185.5 - 1 = 23.18% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Correction notice on a Seoul story: the 2029 range in US dollars gives two value claims (no observation),
    #    expected once though printed twice; the 2024 figure is the year's observation. Expected nowhere: the
    #    misstated US$620-740 million range, the 290 billion won (no unit in the table), the 11 languages, the
    #    US$0.03 per-word rate.
    dict(
        text=(
            "Correction, August 21, 2025: An earlier version of this article misstated Hanbit Insight's forecast for "
            "2029. The firm expects South Korea's market for AI game and webtoon localisation to reach US$520 million "
            "to US$640 million in 2029, not US$620 million to US$740 million.\n"
            "SEOUL - South Korean game studios and webtoon platforms are leaning on AI to translate their titles for "
            "overseas players and readers. Spending on AI game and webtoon localisation in the country came to US$214 "
            "million in 2024, according to Hanbit Insight, a Seoul research firm, which expects it to reach between "
            "US$520 million and US$640 million in 2029. In local currency the 2024 figure was roughly 290 billion won. "
            "Korean webtoon platforms now publish in 11 languages, and one studio said it pays about US$0.03 a word "
            "for machine-translated scripts."
        ),
        obs=[
            ("Total", 2024, 214, "USD million", "actual"),
        ],
        claims=[
            ("value", 520, "USD million", 2029, 2029, None),
            ("value", 640, "USD million", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Canadian blog post: "more than doubled" between 2021 and 2024 is a x2 multiple over three years (no
    #    verdict). Expected nowhere: the post's date, the C$131 million (Canadian dollars, not in the unit table), the
    #    US$13 monthly price, the 2.3 million learners, the start-up's US$18 million round and US$150 million
    #    valuation.
    dict(
        text=(
            "Posted on The Fluent Ledger blog, 12 February 2025, by Priya Desrochers. Here is a number that made me put "
            "my coffee down: Canadians spent US$41 million on AI language-learning tutors in 2021, and by 2024 that had "
            "more than doubled to US$97 million, according to the Grand River Learning Observatory. (In Canadian "
            "dollars, call it C$131 million.) The biggest apps charge around US$13 a month, some 2.3 million Canadians "
            "practised a language with an AI tutor last year, and Montreal's Parlons.ai has just raised US$18 million "
            "at a US$150 million valuation."
        ),
        obs=[
            ("Total", 2021, 41, "USD million", "actual"),
            ("Total", 2024, 97, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part with its share, a CAGR with its
    #    printed span. Expected nowhere: the report's title year, the 680亿元 language-services industry as a whole,
    #    the 68万 translators, the 200 languages, the 58% survey answer.
    dict(
        text=(
            "《2025中国语言服务与人工智能发展报告》近日在北京发布。报告显示，2024年我国人工智能翻译与本地化市场规模达到"
            "86.4亿元，同比增长27.6%，2023年为67.7亿元。其中，企业级机器翻译市场规模为39.2亿元，占比45.4%，为第一大"
            "细分领域。报告预计，到2028年市场规模将达到213.5亿元，2024—2028年复合增长率为25.4%。报告同时显示，2024年"
            "全国语言服务行业总产值约680亿元，从业译员约68万人，主流机器翻译平台支持的语种超过200种；受访企业中有58%"
            "已将大模型翻译纳入生产流程。"
        ),
        obs=[
            ("Total", 2023, 67.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("企业级机器翻译", 2024, 39.2, "CNY 100 million", "actual"),
            ("Total", 2028, 213.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("share", 45.4, "percent", 2024, 2024, None),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 67.7) ** (1 / 1) - 1 = 27.62% -> 27.6
            ("arithmetic", "exact"),  # 39.2 / 86.4 = 45.37% -> 45.4
            ("cagr|implied", "exact"),  # (213.5 / 86.4) ** (1 / 4) - 1 = 25.38% -> 25.4
        ],
    ),
    # 10. Provincial action plan (Simplified): 力争到2027年 a target (estimate, 突破 at its printed figure) and
    #     较2023年增长2倍 kept as a x2 multiple over four years (no verdict). Expected nowhere: the plan's title
    #     years, the 30 firms and their 1亿元 revenue threshold, the 5 parks, the 1万 people, the 50 languages.
    dict(
        text=(
            "近日，《广东省“人工智能+语言服务”产业发展行动计划（2024—2027年）》印发。计划提出，力争到2027年，全省智能"
            "翻译、AI同声传译和多语种本地化产业规模突破150亿元，较2023年增长2倍；2023年全省相关产业规模为48.6亿元。"
            "计划还提出，培育年营收超过1亿元的语言科技企业30家，建设5个省级语言服务产业园，培养复合型语言人才1万名，"
            "服务覆盖“一带一路”沿线50个以上语种。"
        ),
        obs=[
            ("Total", 2023, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style story quoting two institutes (Simplified): the first institute's base, target and stated
    #     CAGR (约30.3%, span printed). Expected nowhere: the second think tank's 约26亿元 for the same year, the
    #     conference's title year, the 5亿元 funding round, the 80 languages, the 40% cost saving.
    dict(
        text=(
            "新华社上海7月5日电（记者周明远）记者5日从2025数字语言产业大会获悉，我国AI同声传译与会议口译市场正快速"
            "扩容。华信语言科技研究院测算，2024年我国AI同声传译与会议口译市场规模为23.8亿元，预计2027年将达到52.6亿元，"
            "2024年至2027年年均复合增长率约30.3%。另据东岳智库统计，2024年该市场规模约为26亿元。会上，一家上海AI同传"
            "企业宣布完成5亿元C轮融资，其系统已支持80个语种，单场国际会议可节省同传费用约40%。"
        ),
        obs=[
            ("Total", 2024, 23.8, "CNY 100 million", "actual"),
            ("Total", 2027, 52.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.6 / 23.8) ** (1 / 3) - 1 = 30.26% -> 30.3
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts, a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the share given
    #     only in words (約占三成), the 新台幣210億元 language-services output as a whole, the 1.1萬 translators,
    #     the per-word rate.
    dict(
        text=(
            "台灣語言服務產業協會發布《2025台灣語言科技產業白皮書》指出，2024年台灣AI翻譯與在地化服務市場規模為新台幣"
            "38.6億元，較2023年的新台幣31.2億元成長23.7%。白皮書預估，2028年市場規模將達新台幣92.8億元，2024至2028年"
            "年複合成長率約24%。其中遊戲與應用程式在地化約占三成。白皮書並指出，國內整體語言服務產值約新台幣210億元，"
            "專職譯者約1.1萬人，人工筆譯每字單價約新台幣1.5元。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 92.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.2) ** (1 / 1) - 1 = 23.72% -> 23.7
            # (92.8 / 38.6) ** (1 / 4) - 1 = 24.52% -> 25, not 24; bounds (92.75 / 38.65) ** (1/4) - 1 = 24.46%,
            # (92.85 / 38.55) ** (1/4) - 1 = 24.58% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 (HKD 100 million): YoY from its own amounts and a 2027
    #     forecast (約, at its printed figure). Expected nowhere: the 4.2萬 hours of subtitles, the 45港元
    #     per-minute rate, the Korean market in 韓圜 (won not in the unit table), the leading firm's revenue and
    #     gross margin.
    dict(
        text=(
            "【本報訊】香港語言科技協會昨日發表報告指出，本港AI翻譯、粵語字幕及配音服務市場2024年規模達12.6億港元，"
            "較2023年的9.8億港元增長29%，預計2027年將增至約25億港元。報告指，本地串流平台及電視台去年以AI製作的字幕"
            "時數超過4.2萬小時，每分鐘字幕收費約45港元。報告又提到，南韓同類市場規模約3,800億韓圜。本地龍頭譯匯科技"
            "上年度收入3.6億港元，毛利率約41%。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2027, 25, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 29
        ],
    ),
    # 14. Taipei news-agency story (Traditional) dated 2025: 去年 is 2024 (actual), 今年 2025 (estimate, 可望);
    #     YoY from both amounts. Expected nowhere: the dateline, the 1.8萬 hours, the 新台幣300元 per-minute quote,
    #     the 六成 survey answer (a fraction in words), the firm's first-quarter revenue and its 35% growth.
    dict(
        text=(
            "（華風社記者王俐文台北2025年4月22日電）串流平台與電視台加速導入AI字幕與配音。寶島產業研究所今天發布報告"
            "估計，台灣AI字幕與配音服務市場去年規模為新台幣14.5億元，今年可望成長約22%，達新台幣17.7億元。報告指出，"
            "國內影音平台去年上架的外語節目超過1.8萬小時，AI配音每分鐘報價約新台幣300元；受訪業者中有六成計畫今年"
            "擴大採用。字幕業者聲映科技今年第一季營收新台幣1.2億元，年增35%。"
        ),
        obs=[
            ("Total", 2024, 14.5, "TWD 100 million", "actual"),
            ("Total", 2025, 17.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.7 / 14.5) ** (1 / 1) - 1 = 22.07% -> 22
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 35.5% YoY that holds only by rounding; the 2027
    #     range 90亿—110亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     firm's revenue, gross margin, rating and target price, its second-quarter orders and their 61% growth,
    #     the 185亿美元 overseas game sales (the whole market beside the AI part).
    dict(
        text=(
            "东璟证券研究所2025年8月深度报告《AI出海：游戏与应用本地化的新引擎》。我们测算，2024年国内游戏与应用AI本地化"
            "市场规模为41.3亿元，同比增长35.5%，2023年为30.5亿元。随着大模型多语种能力提升，我们预计2027年市场规模将"
            "达到90亿—110亿元。行业龙头云译互娱2024年营收7.6亿元，毛利率52%，给予“增持”评级，目标价46元；公司今年二季度"
            "新签订单同比增长61%。据统计，2024年中国自主研发游戏海外市场实际销售收入约185亿美元。"
        ),
        obs=[
            ("Total", 2023, 30.5, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("value", 90, "CNY 100 million", 2027, 2027, None),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (41.3 / 30.5) ** (1 / 1) - 1 = 35.41% -> 35.4, not 35.5; bounds 41.25 / 30.55 - 1 = 35.02%,
            # 41.35 / 30.45 - 1 = 35.80% -> 35.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (United States, USD million) with a CAGR column whose header prints the span, and a Total
    #     row; the website row's 13.7% is inconsistent; 2030F an estimate. Expected nowhere: the outlook's title
    #     year.
    dict(
        text=(
            "U.S. AI localisation spending by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI game localisation | 186 | 548 | 19.7% |\n"
            "| AI app and software localisation | 142 | 391 | 18.4% |\n"
            "| AI website and e-commerce localisation | 231 | 602 | 13.7% |\n"
            "| Total | 559 | 1541 | 18.4% |\n"
            "Source: Cobalt Ridge Partners, Localization Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI game localisation", 2024, 186, "USD million", "actual"),
            ("AI game localisation", 2030, 548, "USD million", "estimate"),
            ("AI app and software localisation", 2024, 142, "USD million", "actual"),
            ("AI app and software localisation", 2030, 391, "USD million", "estimate"),
            ("AI website and e-commerce localisation", 2024, 231, "USD million", "actual"),
            ("AI website and e-commerce localisation", 2030, 602, "USD million", "estimate"),
            ("Total", 2024, 559, "USD million", "actual"),
            ("Total", 2030, 1541, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (548 / 186) ** (1 / 6) - 1 = 19.73% -> 19.7
            ("cagr|implied", "exact"),  # (391 / 142) ** (1 / 6) - 1 = 18.39% -> 18.4
            # (602 / 231) ** (1 / 6) - 1 = 17.31% -> 17.3, not 13.7; bounds (601.5 / 231.5) ** (1/6) - 1 = 17.25%,
            # (602.5 / 230.5) ** (1/6) - 1 = 17.37% -> 13.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1541 / 559) ** (1 / 6) - 1 = 18.41% -> 18.4
            ("hierarchy", "exact"),  # 2024: 186 + 142 + 231 = 559
            ("hierarchy", "exact"),  # 2030F: 548 + 391 + 602 = 1541
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国AI语言服务细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "企业机器翻译\t21.4\t27.9\t35.6\n"
            "AI字幕与配音\t9.7\t13.2\t17.8\n"
            "AI同声传译\t6.3\t8.5\t11.4\n"
            "AI语言学习\t12.8\t15.6\t19.1\n"
            "合计\t50.2\t65.3\t83.9\n"
            "资料来源：语言智能产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("企业机器翻译", 2023, 21.4, "CNY 100 million", "actual"),
            ("企业机器翻译", 2024, 27.9, "CNY 100 million", "actual"),
            ("企业机器翻译", 2025, 35.6, "CNY 100 million", "estimate"),
            ("AI字幕与配音", 2023, 9.7, "CNY 100 million", "actual"),
            ("AI字幕与配音", 2024, 13.2, "CNY 100 million", "actual"),
            ("AI字幕与配音", 2025, 17.8, "CNY 100 million", "estimate"),
            ("AI同声传译", 2023, 6.3, "CNY 100 million", "actual"),
            ("AI同声传译", 2024, 8.5, "CNY 100 million", "actual"),
            ("AI同声传译", 2025, 11.4, "CNY 100 million", "estimate"),
            ("AI语言学习", 2023, 12.8, "CNY 100 million", "actual"),
            ("AI语言学习", 2024, 15.6, "CNY 100 million", "actual"),
            ("AI语言学习", 2025, 19.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 50.2, "CNY 100 million", "actual"),
            ("合计", 2024, 65.3, "CNY 100 million", "actual"),
            ("合计", 2025, 83.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 9.7 + 6.3 + 12.8 = 50.2
            # 2024: 27.9 + 13.2 + 8.5 + 15.6 = 65.2, not 65.3; bounds 65.0..65.4 (each part +/-0.05)
            # reach 65.25..65.35 -> 65.3 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 35.6 + 17.8 + 11.4 + 19.1 = 83.9
        ],
    ),
    # 18. Space-aligned table (France, EUR million, 2024) with a share column and a Total row: four shares (the
    #     subtitling row's 27.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 8,300 registered translators.
    dict(
        text=(
            "France: AI language services, spending by application, 2024\n"
            "Application                                      EUR m     Share\n"
            "Business machine translation and post-editing     58.6     43.6%\n"
            "AI subtitling and dubbing                         37.2     27.6%\n"
            "AI interpreting for meetings and events           21.9     16.3%\n"
            "AI localisation of games and apps                 16.7     12.4%\n"
            "Total                                            134.4    100.0%\n"
            "Note 2: translators registered with the national body number about 8,300. Source: Institut Lumi\u00e8re "
            "des Langues."
        ),
        obs=[
            ("Business machine translation and post-editing", 2024, 58.6, "EUR million", "actual"),
            ("AI subtitling and dubbing", 2024, 37.2, "EUR million", "actual"),
            ("AI interpreting for meetings and events", 2024, 21.9, "EUR million", "actual"),
            ("AI localisation of games and apps", 2024, 16.7, "EUR million", "actual"),
            ("Total", 2024, 134.4, "EUR million", "actual"),
        ],
        claims=[
            ("share", 43.6, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 16.3, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.6 / 134.4 = 43.60% -> 43.6
            # 37.2 / 134.4 = 27.68% -> 27.7, not 27.6; bounds 37.15 / 134.45 = 27.63%, 37.25 / 134.35 = 27.73%
            # -> 27.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 21.9 / 134.4 = 16.29% -> 16.3
            ("arithmetic", "exact"),  # 16.7 / 134.4 = 12.43% -> 12.4
            ("hierarchy", "exact"),  # 58.6 + 37.2 + 21.9 + 16.7 = 134.4
        ],
    ),
    # 19. Vertical table (Belgium) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 32.0% is inconsistent and the 2024 YoY of
    #     28.1% holds only by rounding. Expected nowhere: the source's month and year, the 2021 dash.
    dict(
        text=(
            "Belgium: AI interpreting for courts, hospitals and public services\n"
            "| Year | EUR million | YoY |\n"
            "| 2021 | 14.2 | - |\n"
            "| 2022 | 18.9 | 33.1% |\n"
            "| 2023 | 24.6 | 32.0% |\n"
            "| 2024 | 31.5 | 28.1% |\n"
            "| 2025E | 39.8 | 26.3% |\n"
            "Source: Scheldt Language Policy Lab, public-sector interpreting tracker, March 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 14.2, "EUR million", "actual"),
            ("Total", 2022, 18.9, "EUR million", "actual"),
            ("Total", 2023, 24.6, "EUR million", "actual"),
            ("Total", 2024, 31.5, "EUR million", "actual"),
            ("Total", 2025, 39.8, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 33.1, "percent", 2021, 2022, 1.0),
            ("growth", 32.0, "percent", 2022, 2023, 1.0),
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("growth", 26.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.9 / 14.2) ** (1 / 1) - 1 = 33.10% -> 33.1
            # (24.6 / 18.9) ** (1 / 1) - 1 = 30.16% -> 30.2, not 32.0; bounds 24.55 / 18.95 - 1 = 29.55%,
            # 24.65 / 18.85 - 1 = 30.77% -> 32.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            # (31.5 / 24.6) ** (1 / 1) - 1 = 28.05% -> 28.0, not 28.1; bounds 31.45 / 24.65 - 1 = 27.59%,
            # 31.55 / 24.55 - 1 = 28.51% -> 28.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (39.8 / 31.5) ** (1 / 1) - 1 = 26.35% -> 26.3
        ],
    ),
    # 20. Tab-separated segment table (Japan, ¥ billion = JPY billion, fiscal years) with a Total row: rows add to the
    #     Total in FY2023 and FY2025F but not in FY2024 (87.0 printed, 84.0 summed: inconsistent); FY2025F an
    #     estimate. Expected nowhere: the source note on fiscal years ending March.
    dict(
        text=(
            "Japan: spending on AI language services by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tFY2025F\n"
            "Enterprise machine translation\t31.2\t37.5\t44.8\n"
            "AI game localisation\t18.4\t23.6\t29.9\n"
            "AI subtitling and dubbing for anime and TV\t9.6\t13.1\t17.4\n"
            "AI interpreting for meetings and calls\t7.3\t9.8\t12.9\n"
            "Total\t66.5\t87.0\t105.0\n"
            "Source: Minato Language Industry Survey; fiscal years ending March. F = forecast."
        ),
        obs=[
            ("Enterprise machine translation", 2023, 31.2, "JPY billion", "actual"),
            ("Enterprise machine translation", 2024, 37.5, "JPY billion", "actual"),
            ("Enterprise machine translation", 2025, 44.8, "JPY billion", "estimate"),
            ("AI game localisation", 2023, 18.4, "JPY billion", "actual"),
            ("AI game localisation", 2024, 23.6, "JPY billion", "actual"),
            ("AI game localisation", 2025, 29.9, "JPY billion", "estimate"),
            ("AI subtitling and dubbing for anime and TV", 2023, 9.6, "JPY billion", "actual"),
            ("AI subtitling and dubbing for anime and TV", 2024, 13.1, "JPY billion", "actual"),
            ("AI subtitling and dubbing for anime and TV", 2025, 17.4, "JPY billion", "estimate"),
            ("AI interpreting for meetings and calls", 2023, 7.3, "JPY billion", "actual"),
            ("AI interpreting for meetings and calls", 2024, 9.8, "JPY billion", "actual"),
            ("AI interpreting for meetings and calls", 2025, 12.9, "JPY billion", "estimate"),
            ("Total", 2023, 66.5, "JPY billion", "actual"),
            ("Total", 2024, 87.0, "JPY billion", "actual"),
            ("Total", 2025, 105.0, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 31.2 + 18.4 + 9.6 + 7.3 = 66.5
            # FY2024: 37.5 + 23.6 + 13.1 + 9.8 = 84.0, not 87.0; bounds 83.8..84.2 (each part +/-0.05)
            # miss 86.95..87.05
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # FY2025F: 44.8 + 29.9 + 17.4 + 12.9 = 105.0
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the quarter's revenue
    #     and its growth, the gross margin, the 62 languages, the $1.50 per-minute rate.
    dict(
        text=(
            "Verbalis Inc. Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Tomas Reyes, Halvorsen & Pike): Can you frame the size of the live-interpreting opportunity?\n"
            "CFO Annika Lowe: Sure. We put the total addressable market for real-time AI interpreting on video calls, "
            "contact-centre lines and virtual events in North America and Europe at roughly $3.1 billion this year, up "
            "29% from $2.4 billion last year. By 2029 we see it at $7.8 billion, about 26% a year compounded over "
            "2025-2029. For our part, second-quarter revenue was $48.3 million, up 41%, at a 71% gross margin, and we "
            "now interpret into 62 languages. Human phone interpreters still bill around $1.50 a minute, against cents "
            "for the AI tier, which is why we think the market is only getting started."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2029, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("cagr", 26, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.4) ** (1 / 1) - 1 = 29.17% -> 29
            ("cagr|implied", "exact"),  # (7.8 / 3.1) ** (1 / 4) - 1 = 25.95% -> 26
        ],
    ),
    # 22. German working-paper abstract (EUR million): a 2.3-fold multiple over four years (x2.3, no verdict) and a
    #     CAGR with printed span that the amounts cannot give (inconsistent); a 2028 projection. Expected nowhere: the
    #     paper number, the 1,870 firms, the EUR 3.9 billion language-services market, the 41,000 translators, the
    #     EUR 0.06 per-word rate.
    dict(
        text=(
            "Mannheim Institute for Language Economics, Working Paper 2025-11. Abstract: Using invoice data from 1,870 "
            "German firms, we estimate business spending on neural machine translation and AI-assisted post-editing in "
            "Germany. Spending grew from \u20ac212 million in 2020 to \u20ac498 million in 2024, a 2.3-fold increase, "
            "which we express as a compound annual growth rate of 26.4% over 2020-2024. The AI segment remains a small "
            "part of a German language-services market worth about \u20ac3.9 billion, in which some 41,000 freelance "
            "translators work, and post-editing rates have fallen to roughly \u20ac0.06 per word. Adoption is fastest "
            "in engineering documentation and e-commerce. Holding current trends, we project AI translation spending "
            "of \u20ac940 million in 2028."
        ),
        obs=[
            ("Total", 2020, 212, "EUR million", "actual"),
            ("Total", 2024, 498, "EUR million", "actual"),
            ("Total", 2028, 940, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2020, 2024, 4.0),
            ("cagr", 26.4, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            # (498 / 212) ** (1 / 4) - 1 = 23.80%; bounds (497.5 / 212.5) ** (1/4) - 1 = 23.70%,
            # (498.5 / 211.5) ** (1/4) - 1 = 23.90% -> 26.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI dubbing (USD million): YoY with both amounts, a 2028 figure
    #     printed as $1.1B and expected converted to the series' unit (1,100), a CAGR with printed span, a part with
    #     its share. Expected nowhere: the post numbers, the $2 and $60-$100 per-minute rates, the Series B round and
    #     valuation, the 10,000 hours dubbed.
    dict(
        text=(
            "1/ Thread: AI dubbing is quietly turning into a real market. Redwater Media Research just published its "
            "US sizing, and the numbers are striking.\n"
            "2/ US spending on AI dubbing and voice localisation for streaming, YouTube and podcasts hit $342M in "
            "2024, up 58% from $216M in 2023.\n"
            "3/ Their forecast: $1.1B by 2028, a CAGR of ~34% over 2024-28.\n"
            "4/ Creator-economy dubbing tools were $127M of the 2024 total, about 37%.\n"
            "5/ Why it's moving: AI dubbing runs ~$2 per finished minute vs $60-$100 per minute for a studio dub.\n"
            "6/ One voice-cloning startup raised a $45M Series B at a $500M valuation last month, and says it has "
            "dubbed more than 10,000 hours of video."
        ),
        obs=[
            ("Total", 2023, 216, "USD million", "actual"),
            ("Total", 2024, 342, "USD million", "actual"),
            ("Creator-economy dubbing tools", 2024, 127, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 58, "percent", 2023, 2024, 1.0),
            ("cagr", 34, "percent", 2024, 2028, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (342 / 216) ** (1 / 1) - 1 = 58.33% -> 58
            ("cagr|implied", "exact"),  # (1100 / 342) ** (1 / 4) - 1 = 33.92% -> 34
            ("arithmetic", "exact"),  # 127 / 342 = 37.13% -> 37
        ],
    ),
    # 24. UK web article with a correction line (GBP million) on AI game localisation: YoY with both amounts, a part's
    #     share holding only by rounding, a CAGR with printed span. Expected nowhere: the misprinted GBP 29 million,
    #     the GBP 410 million wider localisation market, the 14 languages, the byline and correction dates.
    dict(
        text=(
            "AI takes on game localisation in British studios\n"
            "By Owen Pryce, 3 June 2025\n"
            "UK games developers and publishers spent \u00a387 million on AI localisation tools and services, "
            "covering machine translation of in-game text, AI voices for dialogue and automated linguistic QA, in 2024, "
            "up 24% from \u00a370 million in 2023, according to Thamesbridge Games Consulting. Automated linguistic QA "
            "made up \u00a319 million of that, or 21.6%. The consultancy expects spending of \u00a3162 million by 2028, "
            "a compound rate of 16.8% a year over 2024-2028. The UK's wider games localisation market, human and "
            "machine, is put at about \u00a3410 million, and a typical big-budget release now ships in 14 languages.\n"
            "Correction, 5 June 2025: An earlier version of this article said automated linguistic QA made up "
            "\u00a329 million. The correct figure is \u00a319 million."
        ),
        obs=[
            ("Total", 2023, 70, "GBP million", "actual"),
            ("Total", 2024, 87, "GBP million", "actual"),
            ("Automated linguistic QA", 2024, 19, "GBP million", "actual"),
            ("Total", 2028, 162, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 21.6, "percent", 2024, 2024, None),
            ("cagr", 16.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (87 / 70) ** (1 / 1) - 1 = 24.29% -> 24
            # 19 / 87 = 21.84% -> 21.8, not 21.6; bounds 18.5 / 87.5 = 21.14%, 19.5 / 86.5 = 22.54%
            # -> 21.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (162 / 87) ** (1 / 4) - 1 = 16.82% -> 16.8
        ],
    ),
    # 25. Irish localisation firm's annual-report letter to shareholders (EUR billion): YoY with both amounts, CAGR
    #     with printed span; a second market named beside the first (AI subtitling and captioning, EUR million) is an
    #     item of its own, not summed with the Total. Expected nowhere: the company's revenue, growth and margin, the
    #     9.2 billion words, the EUR 0.12 per-word rate, the letter's date.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear fellow shareholders,\n"
            "2024 was the year AI moved from pilot to production in localisation. By our estimate, European spending "
            "on AI localisation of apps, websites and e-commerce catalogues reached \u20ac1.27 billion in 2024, up 22% "
            "from \u20ac1.04 billion in 2023, and we expect it to reach \u20ac2.6 billion in 2028, a compound annual "
            "growth rate of 19.6% over 2024-2028. AI subtitling and captioning, a neighbouring market we entered during "
            "the year, came to \u20ac640 million in 2024. Your company's revenue rose 18% to \u20ac214 million at an "
            "adjusted EBITDA margin of 24%, and our platform processed 9.2 billion words. Human translation of "
            "regulated content still commands around \u20ac0.12 per word.\n"
            "Siobhan Kearney, Chief Executive, Corrib Lingua plc, Dublin, 15 April 2025"
        ),
        obs=[
            ("Total", 2023, 1.04, "EUR billion", "actual"),
            ("Total", 2024, 1.27, "EUR billion", "actual"),
            ("Total", 2028, 2.6, "EUR billion", "estimate"),
            ("AI subtitling and captioning", 2024, 640, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 19.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.27 / 1.04) ** (1 / 1) - 1 = 22.12% -> 22
            ("cagr|implied", "exact"),  # (2.6 / 1.27) ** (1 / 4) - 1 = 19.62% -> 19.6
        ],
    ),
    # 26. Zurich capital-markets-day slide bullets (USD billion): the company's TAM is the market (Total); 2024
    #     actual, 2025E and 2028E estimates; CAGR with printed span. Expected nowhere: the slide number, the 3,400
    #     events in 31 countries, the company's CHF revenue and EBIT margin, the Series C round and valuation, the
    #     CHF 9 per-attendee price.
    dict(
        text=(
            "Polyglot Stage AG Capital Markets Day 2025, Zurich, 11 September 2025\n"
            "Slide 9: Addressable market\n"
            "- 2024 TAM: $1.45B (AI simultaneous interpreting and live captioning for conferences, trade fairs and "
            "hybrid events, global)\n"
            "- 2025E TAM: $1.8B\n"
            "- 2028E TAM: $3.4B\n"
            "- 2025E-2028E CAGR: 23.6%\n"
            "- Events served in 2024: 3,400 across 31 countries\n"
            "- Polyglot Stage 2024 revenue: CHF 88M; EBIT margin 14%\n"
            "- Series C (2024): $120M raised at a $1.1B valuation\n"
            "Speaker notes: organisers pay about CHF 9 per attendee for the AI channel, a fraction of a booth of human "
            "interpreters, and most buyers now ask for it in every tender."
        ),
        obs=[
            ("Total", 2024, 1.45, "USD billion", "actual"),
            ("Total", 2025, 1.8, "USD billion", "estimate"),
            ("Total", 2028, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.8) ** (1 / 3) - 1 = 23.61% -> 23.6
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house (base, target and rate given) is the
    #     figure; its 2029 figure printed as $0.83 billion is expected converted to the series' unit (830); the second
    #     house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span. Expected nowhere: the
    #     25 million residents, the $45-$90 hourly rate, the 47% survey answer.
    dict(
        text=(
            "Re: Is AI medical interpreting a real market or hype?\n"
            "Answer by hospital_lang_ops (accepted answer):\n"
            "Short version: real, but the numbers depend on who you ask. Meridale Health Research sizes US hospital and "
            "clinic spending on AI medical interpreting (video remote interpreting with machine speech translation, "
            "AI-assisted phone interpreting and translated discharge instructions) at $265 million in 2024, up 31% "
            "from $202 million in 2023, and forecasts $0.83 billion by 2029, a CAGR of 25.7% over 2024-2029. Corbel "
            "Analytics puts 2024 far lower, at $190 million. For scale, about 25 million US residents have limited "
            "English proficiency, and certified medical interpreters bill roughly $45-$90 an hour. In Meridale's "
            "survey, 47% of language-access managers said they were piloting AI tools."
        ),
        obs=[
            ("Total", 2023, 202, "USD million", "actual"),
            ("Total", 2024, 265, "USD million", "actual"),
            ("Total", 2029, 830, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 202) ** (1 / 1) - 1 = 31.19% -> 31
            ("cagr|implied", "exact"),  # (830 / 265) ** (1 / 5) - 1 = 25.65% -> 25.7
        ],
    ),
    # 28. Indian broker note in rupees: rupees are not in the unit table, so no observation; its YoY (FY25), CAGR
    #     (FY25-FY29) and share are claims, none with two amounts in a held currency, so no verdicts. Expected
    #     nowhere: the dateline, the FY29 rupee amount, the target price and upside, the pick's margin, the 22
    #     languages and 500 million users.
    dict(
        text=(
            "Deccan Capital Markets, India Internet and Software, Mumbai, 9 July 2025\n"
            "Bharat goes multilingual. We estimate that India's market for enterprise AI translation and voice "
            "localisation, from vernacular customer-support bots to machine-translated e-commerce listings and "
            "AI-dubbed edtech video, grew 38% year on year in FY25, and we forecast it to reach \u20b99,400 crore in "
            "FY29, a CAGR of 31% over FY25-FY29. Voice localisation accounts for 27% of the FY25 total. Our top pick, "
            "Sarvadesh Language Tech (BUY, TP \u20b91,240, 22% upside), should post a 19% EBITDA margin in FY26. India "
            "has 22 scheduled languages and more than 500 million internet users who prefer content in an Indian "
            "language, so we think the runway is long."
        ),
        obs=[],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("cagr", 31, "percent", 2025, 2029, None, "stated"),
            ("share", 27, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): a YoY the amounts cannot give (inconsistent), a part with its share,
    #     a 2025 figure (有望超过, printed figure, estimate). Expected nowhere: the dateline, the 650亿元 language-services
    #     output, the 1.1万 firms, the 200元 per-thousand-character rate.
    dict(
        text=(
            "新华社上海2025年4月22日电(记者王蕴)记者从中国翻译协会语言服务分会获悉,2024年我国企业级机器翻译及AI辅助翻译"
            "服务市场规模达到86.4亿元,比2023年的68.9亿元增长28.9%。其中,跨境电商商品信息翻译市场规模为24.7亿元,占比"
            "28.6%。数据显示,2024年全国语言服务总产值约为650亿元,从事翻译及语言服务的企业超过1.1万家。协会预计,2025年"
            "我国企业级机器翻译市场规模有望超过110亿元。业内人士表示,大模型显著降低了小语种翻译成本,但法律、医疗等专业"
            "领域仍离不开人工审校,目前每千字人工译费普遍在200元以上。"
        ),
        obs=[
            ("Total", 2023, 68.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("跨境电商商品信息翻译", 2024, 24.7, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (86.4 / 68.9) ** (1 / 1) - 1 = 25.40%; bounds 86.35 / 68.95 - 1 = 25.24%, 86.45 / 68.85 - 1 = 25.56%
            # -> 28.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 24.7 / 86.4 = 28.59% -> 28.6
        ],
    ),
    # 30. Chengdu municipal plan (Simplified, 亿元): 2024 base (actual), a multiple 较2021年增长2倍 (x2 over 3 years, no
    #     verdict, no 2021 amount), a 2027 target (突破, printed figure, estimate); the CAGR's span is given only by the
    #     amounts' years (inferred). Expected nowhere: the plan title's years, the 50 firms, 30 corpora, 60 languages,
    #     1万 trained staff, the 200万元 reward.
    dict(
        text=(
            "《成都市人工智能语言服务产业发展行动方案(2025—2027年)》日前印发。方案提出,围绕机器翻译、智能同传、AI字幕"
            "配音和多语种内容本地化,打造西部语言智能产业高地。2024年全市人工智能语言服务产业规模达到42亿元,较2021年"
            "增长2倍;到2027年,产业规模力争突破80亿元,年均增长24%左右。方案明确,到2027年引育语言智能重点企业50家,建设"
            "多语种语料库30个,覆盖语种超过60种,培养复合型语言人才1万名,并对首次获评的语言服务示范企业给予最高200万元"
            "奖励。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (80 / 42) ** (1 / 3) - 1 = 23.96% -> 24
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): a YoY holding only by rounding, a CAGR with printed span, a
    #     part with its share. Expected nowhere: 今(15)日, the 120億元 language-services output, the 4,500 translators,
    #     the 58% survey answer.
    dict(
        text=(
            "【台北訊】台灣語言科技產業研究中心今(15)日發布報告指出,2024年台灣企業AI翻譯與在地化服務市場規模達新台幣"
            "18.7億元,較2023年的14.9億元成長25.8%;預估2027年將達新台幣33億元,2024至2027年年複合成長率為20.8%。其中,"
            "AI影音字幕與配音市場規模為新台幣6.3億元,占比33.7%,主要來自串流平台與遊戲業者。報告指出,台灣語言服務整體"
            "產值約新台幣120億元,專職譯者約4,500人;受訪企業中有58%已導入機器翻譯。中心建議業者強化術語管理與資料安全。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.7, "TWD 100 million", "actual"),
            ("AI影音字幕與配音", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2027, 33, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2027, None, "stated"),
            ("share", 33.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 18.7 / 14.9 - 1 = 25.50% -> 25.5, not 25.8; bounds 18.65 / 14.95 - 1 = 24.75%,
            # 18.75 / 14.85 - 1 = 26.26% -> 25.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (33 / 18.7) ** (1 / 3) - 1 = 20.84% -> 20.8
            ("arithmetic", "exact"),  # 6.3 / 18.7 = 33.69% -> 33.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part's share holding only by
    #     rounding, a 2027 projection. Expected nowhere: the report title's year, the 38億港元 language-services
    #     revenue, the 6,200 workers, the 800港元 per-thousand-character rate, the 62% survey answer.
    dict(
        text=(
            "香港翻譯業協會今日發表《2025香港語言服務業調查報告》指出,2024年本港企業及公營機構在人工智能翻譯及傳譯服務"
            "(包括機器翻譯、AI即時傳譯及法律文件AI翻譯)的支出達4.86億港元,較2023年的3.92億港元增長24.0%。其中,法律"
            "及法庭文件AI翻譯支出為1.27億港元,佔26.3%。協會預計,2027年相關市場規模將達8.5億港元。報告指出,全港語言"
            "服務業總收入約38億港元,從業員約6,200人,中英文件人工翻譯收費一般為每千字800港元以上;受訪機構中有62%表示"
            "已採用AI初譯再由人手審校。"
        ),
        obs=[
            ("Total", 2023, 3.92, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("法律及法庭文件AI翻譯", 2024, 1.27, "HKD 100 million", "actual"),
            ("Total", 2027, 8.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("share", 26.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.92) ** (1 / 1) - 1 = 23.98% -> 24.0
            # 1.27 / 4.86 = 26.13% -> 26.1, not 26.3; bounds 1.265 / 4.865 = 26.00%, 1.275 / 4.855 = 26.26%
            # -> 26.3 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報] ..., 新台幣億元), dated 2025: 去年 2024 (actual), 前年 2023 (actual), 今年
    #     2025 (estimate); two YoY rates with both amounts. Expected nowhere: the title's rounded 破20億, the list
    #     numbers, the 600元 and 300元 lesson and subscription prices, the 85萬 users, the first quarter's 5.1億元.
    dict(
        text=(
            "作者 lingolover (學語言的貓)\n"
            "看板 Eng-Class\n"
            "標題 [情報] AI英語家教市場 今年估破20億\n"
            "時間 Tue Apr 8 22:41:37 2025\n"
            "看到市調機構「星語數據」剛出的報告,幫版友整理重點:\n"
            "1. 去年台灣AI語言學習家教(App訂閱加AI口說陪練)市場約新台幣16.2億元,比前年的12.3億元成長31.7%\n"
            "2. 今年預估可達20.5億元,成長約27%\n"
            "3. 真人外師線上課一堂大概600元,AI陪練月費才300元左右\n"
            "4. 報告說付費用戶約85萬人,今年第一季市場就有5.1億元\n"
            "個人覺得AI拿來練口說很方便,但文法還是要找真人老師確認比較保險\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 12.3, "TWD 100 million", "actual"),
            ("Total", 2024, 16.2, "TWD 100 million", "actual"),
            ("Total", 2025, 20.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.2 / 12.3) ** (1 / 1) - 1 = 31.71% -> 31.7
            ("cagr|implied", "exact"),  # (20.5 / 16.2) ** (1 / 1) - 1 = 26.54% -> 27
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims), a YoY without its base amount (no
    #     verdict), a CAGR with printed span. Expected nowhere: the report date, the 5亿 downloads, the 10元 per-minute
    #     cost, the target price and upside, the pick's revenue growth and gross margin.
    dict(
        text=(
            "【瀚海证券】AI视频翻译与配音行业深度报告:短剧出海,AI先行(2025年7月3日)\n"
            "摘要:我们测算,2024年我国AI视频翻译与配音(含短剧、网文改编及影视出海的AI字幕、AI配音与口型同步)市场规模为"
            "58亿元,同比增长46%;预计2026年市场规模将达到95—110亿元,2028年达到168亿元,2024—2028年复合增长率约30%。"
            "2024年国内微短剧出海应用累计下载量超过5亿次,AI配音每分钟成本已降至10元以下。首次覆盖,给予行业“增持”评级,"
            "重点推荐译声科技(目标价68元,上涨空间31%),其2024年营业收入同比增长52%,毛利率47%。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2028, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
            ("value", 95, "CNY 100 million", 2026, 2026, None),
            ("value", 110, "CNY 100 million", 2026, 2026, None),
            ("cagr", 30, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 58) ** (1 / 4) - 1 = 30.46% -> 30
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: the company's market sizing is the Total; 今年
    #     2025 (estimate), 去年 2024 (actual), YoY with both amounts, a 2028 figure (有望). Expected nowhere: the
    #     company's revenue, growth, gross margin and first-quarter revenue, its 25% share target, the 83 languages
    #     and 1.2万 meetings.
    dict(
        text=(
            "讯言科技2024年度暨2025年第一季度业绩说明会文字实录(2025年5月16日)\n"
            "问:请问公司如何判断AI同声传译与会议翻译的市场空间?\n"
            "答(董事长陈思远):根据我们的测算,今年国内AI同传与会议翻译(含同传耳机、会议同传系统及线上会议实时翻译)"
            "市场规模约为37亿元,去年为29亿元,增长约28%;到2028年有望达到80亿元。公司2024年营业收入9.3亿元,同比增长"
            "21.6%,毛利率55.1%;一季度营业收入2.1亿元。我们的目标是到2027年市场占有率达到25%。目前公司翻译引擎支持83个"
            "语种,去年服务各类会议超过1.2万场。"
        ),
        obs=[
            ("Total", 2024, 29, "CNY 100 million", "actual"),
            ("Total", 2025, 37, "CNY 100 million", "estimate"),
            ("Total", 2028, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (37 / 29) ** (1 / 1) - 1 = 27.59% -> 28
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the interpreting CAGR holds only by rounding. Expected nowhere: the table number,
    #     the source's date.
    dict(
        text=(
            "Table 3. North America: AI language services by segment, 2024 and 2029F (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| Machine translation for businesses | 1,240 | 2,980 | 19.2% |\n"
            "| AI subtitling and dubbing | 610 | 1,870 | 25.1% |\n"
            "| AI interpreting on calls and at events | 430 | 1,320 | 25.2% |\n"
            "| AI website, app and game localisation | 380 | 960 | 20.4% |\n"
            "| AI language-learning tutors | 290 | 870 | 24.6% |\n"
            "| Total | 2,950 | 8,000 | 22.1% |\n"
            "Source: Lakeshore Language Economics, April 2025. Note: 2029F figures are forecasts; spending by "
            "businesses, public bodies and consumers in the US and Canada on AI software and AI-led services; "
            "excludes purely human translation and interpreting."
        ),
        obs=[
            ("Machine translation for businesses", 2024, 1240, "USD million", "actual"),
            ("Machine translation for businesses", 2029, 2980, "USD million", "estimate"),
            ("AI subtitling and dubbing", 2024, 610, "USD million", "actual"),
            ("AI subtitling and dubbing", 2029, 1870, "USD million", "estimate"),
            ("AI interpreting on calls and at events", 2024, 430, "USD million", "actual"),
            ("AI interpreting on calls and at events", 2029, 1320, "USD million", "estimate"),
            ("AI website, app and game localisation", 2024, 380, "USD million", "actual"),
            ("AI website, app and game localisation", 2029, 960, "USD million", "estimate"),
            ("AI language-learning tutors", 2024, 290, "USD million", "actual"),
            ("AI language-learning tutors", 2029, 870, "USD million", "estimate"),
            ("Total", 2024, 2950, "USD million", "actual"),
            ("Total", 2029, 8000, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2980 / 1240) ** (1 / 5) - 1 = 19.17% -> 19.2
            ("cagr|implied", "exact"),  # (1870 / 610) ** (1 / 5) - 1 = 25.11% -> 25.1
            # (1320 / 430) ** (1 / 5) - 1 = 25.147% -> 25.1, not 25.2; bounds (1319.5 / 430.5) ** (1/5) - 1 = 25.109%,
            # (1320.5 / 429.5) ** (1/5) - 1 = 25.186% -> 25.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (960 / 380) ** (1 / 5) - 1 = 20.36% -> 20.4
            ("cagr|implied", "exact"),  # (870 / 290) ** (1 / 5) - 1 = 24.57% -> 24.6
            ("cagr|implied", "exact"),  # (8000 / 2950) ** (1 / 5) - 1 = 22.08% -> 22.1
            ("hierarchy", "exact"),  # 2024: 1240 + 610 + 430 + 380 + 290 = 2950
            ("hierarchy", "exact"),  # 2029F: 2980 + 1870 + 1320 + 960 + 870 = 8000
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY million), fiscal years, with a YoY column: rows add to the Total
    #     row; the game-localisation YoY is inconsistent. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 2: Japan, AI translation and interpreting by application (JPY million)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "Machine translation for enterprises\t31,200\t38,900\t24.7%\n"
            "AI meeting and call interpreting\t8,450\t11,620\t37.5%\n"
            "AI subtitling and dubbing for anime and video\t6,780\t9,310\t37.3%\n"
            "AI game localisation\t4,120\t5,060\t28.2%\n"
            "AI English-conversation tutors\t7,350\t8,910\t21.2%\n"
            "Total\t57,900\t73,800\t27.5%\n"
            "Note: fiscal years ending March; spending by companies, public bodies and households on AI software and "
            "AI-led language services. Source: Kotoba Research Institute, June 2025."
        ),
        obs=[
            ("Machine translation for enterprises", 2023, 31200, "JPY million", "actual"),
            ("Machine translation for enterprises", 2024, 38900, "JPY million", "actual"),
            ("AI meeting and call interpreting", 2023, 8450, "JPY million", "actual"),
            ("AI meeting and call interpreting", 2024, 11620, "JPY million", "actual"),
            ("AI subtitling and dubbing for anime and video", 2023, 6780, "JPY million", "actual"),
            ("AI subtitling and dubbing for anime and video", 2024, 9310, "JPY million", "actual"),
            ("AI game localisation", 2023, 4120, "JPY million", "actual"),
            ("AI game localisation", 2024, 5060, "JPY million", "actual"),
            ("AI English-conversation tutors", 2023, 7350, "JPY million", "actual"),
            ("AI English-conversation tutors", 2024, 8910, "JPY million", "actual"),
            ("Total", 2023, 57900, "JPY million", "actual"),
            ("Total", 2024, 73800, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
            ("growth", 37.3, "percent", 2023, 2024, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38900 / 31200 - 1 = 24.68% -> 24.7
            ("cagr|implied", "exact"),  # 11620 / 8450 - 1 = 37.51% -> 37.5
            ("cagr|implied", "exact"),  # 9310 / 6780 - 1 = 37.32% -> 37.3
            # 5060 / 4120 - 1 = 22.82%; bounds 5055 / 4125 - 1 = 22.55%, 5065 / 4115 - 1 = 23.09% -> 28.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 8910 / 7350 - 1 = 21.22% -> 21.2
            ("cagr|implied", "exact"),  # 73800 / 57900 - 1 = 27.46% -> 27.5
            ("hierarchy", "exact"),  # FY2023: 31200 + 8450 + 6780 + 4120 + 7350 = 57900
            ("hierarchy", "exact"),  # FY2024: 38900 + 11620 + 9310 + 5060 + 8910 = 73800
        ],
    ),
    # 38. Space-aligned DACH table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the media share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "Germany, Austria and Switzerland: AI language services by buyer sector, 2024\n"
            "Buyer sector                          EUR million     Share\n"
            "Automotive and engineering                  148.6     31.2%\n"
            "Life sciences and medical                    97.3     20.4%\n"
            "E-commerce and retail                        88.1     18.5%\n"
            "Legal and public sector                      72.5     15.2%\n"
            "Media and entertainment                      69.8     14.6%\n"
            "Total                                       476.3    100.0%\n"
            "Note: machine translation, AI interpreting, AI subtitling and AI localisation bought by organisations; "
            "Swiss spending converted from Swiss francs at average 2024 rates. Source: Alpenrhein Sprachdaten, May 2025."
        ),
        obs=[
            ("Automotive and engineering", 2024, 148.6, "EUR million", "actual"),
            ("Life sciences and medical", 2024, 97.3, "EUR million", "actual"),
            ("E-commerce and retail", 2024, 88.1, "EUR million", "actual"),
            ("Legal and public sector", 2024, 72.5, "EUR million", "actual"),
            ("Media and entertainment", 2024, 69.8, "EUR million", "actual"),
            ("Total", 2024, 476.3, "EUR million", "actual"),
        ],
        claims=[
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 20.4, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148.6 / 476.3 = 31.20% -> 31.2
            ("arithmetic", "exact"),  # 97.3 / 476.3 = 20.43% -> 20.4
            ("arithmetic", "exact"),  # 88.1 / 476.3 = 18.497% -> 18.5
            ("arithmetic", "exact"),  # 72.5 / 476.3 = 15.22% -> 15.2
            # 69.8 / 476.3 = 14.655% -> 14.7, not 14.6; bounds 69.75 / 476.35 = 14.643%, 69.85 / 476.25 = 14.667%
            # -> 14.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 148.6 + 97.3 + 88.1 + 72.5 + 69.8 = 476.3
        ],
    ),
    # 39. Vertical pipe table whose rows are years (EUR million): the value column's header names the item; a YoY
    #     column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected nowhere: the title's
    #     year span, the source's date.
    dict(
        text=(
            "Belgium: AI translation and interpreting for courts and public services, 2021-2026F (EUR million)\n"
            "Year | AI court and public-service interpreting | YoY\n"
            "2021 | 14.2 | -\n"
            "2022 | 18.9 | 33.1%\n"
            "2023 | 24.6 | 30.2%\n"
            "2024 | 31.8 | 29.6%\n"
            "2025F | 40.1 | 26.1%\n"
            "2026F | 49.5 | 23.4%\n"
            "Note: F = forecast. Covers AI-assisted remote interpreting, machine translation of case files and "
            "automated multilingual notices bought by federal, regional and municipal bodies in Dutch, French and "
            "German. Source: Brabant Observatory for Language Policy, March 2025."
        ),
        obs=[
            ("AI court and public-service interpreting", 2021, 14.2, "EUR million", "actual"),
            ("AI court and public-service interpreting", 2022, 18.9, "EUR million", "actual"),
            ("AI court and public-service interpreting", 2023, 24.6, "EUR million", "actual"),
            ("AI court and public-service interpreting", 2024, 31.8, "EUR million", "actual"),
            ("AI court and public-service interpreting", 2025, 40.1, "EUR million", "estimate"),
            ("AI court and public-service interpreting", 2026, 49.5, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 33.1, "percent", 2021, 2022, 1.0),
            ("growth", 30.2, "percent", 2022, 2023, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
            ("growth", 23.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.9 / 14.2 - 1 = 33.10% -> 33.1
            ("cagr|implied", "exact"),  # 24.6 / 18.9 - 1 = 30.16% -> 30.2
            # 31.8 / 24.6 - 1 = 29.27% -> 29.3, not 29.6; bounds 31.75 / 24.65 - 1 = 28.80%,
            # 31.85 / 24.55 - 1 = 29.74% -> 29.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 40.1 / 31.8 - 1 = 26.10% -> 26.1
            ("cagr|implied", "exact"),  # 49.5 / 40.1 - 1 = 23.44% -> 23.4
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (億港元) with a 合計 row; 2025年(預測) is an estimate; the 2024 合計
    #     holds only by rounding, the 2025 合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere:
    #     the table number, the source's date.
    dict(
        text=(
            "表3 香港人工智能語言服務市場規模(單位:億港元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預測)\n"
            "企業文件機器翻譯 | 1.54 | 1.93 | 2.36\n"
            "AI即時傳譯及會議傳譯 | 0.78 | 1.02 | 1.31\n"
            "AI字幕及配音 | 0.66 | 0.89 | 1.18\n"
            "網站及App AI本地化 | 0.49 | 0.58 | 0.71\n"
            "合計 | 3.47 | 4.44 | 5.66\n"
            "資料來源:香港語言科技研究社,2025年3月;2025年(預測)為預測值,不含純人手翻譯及傳譯服務。"
        ),
        obs=[
            ("企業文件機器翻譯", 2023, 1.54, "HKD 100 million", "actual"),
            ("企業文件機器翻譯", 2024, 1.93, "HKD 100 million", "actual"),
            ("企業文件機器翻譯", 2025, 2.36, "HKD 100 million", "estimate"),
            ("AI即時傳譯及會議傳譯", 2023, 0.78, "HKD 100 million", "actual"),
            ("AI即時傳譯及會議傳譯", 2024, 1.02, "HKD 100 million", "actual"),
            ("AI即時傳譯及會議傳譯", 2025, 1.31, "HKD 100 million", "estimate"),
            ("AI字幕及配音", 2023, 0.66, "HKD 100 million", "actual"),
            ("AI字幕及配音", 2024, 0.89, "HKD 100 million", "actual"),
            ("AI字幕及配音", 2025, 1.18, "HKD 100 million", "estimate"),
            ("網站及App AI本地化", 2023, 0.49, "HKD 100 million", "actual"),
            ("網站及App AI本地化", 2024, 0.58, "HKD 100 million", "actual"),
            ("網站及App AI本地化", 2025, 0.71, "HKD 100 million", "estimate"),
            ("合計", 2023, 3.47, "HKD 100 million", "actual"),
            ("合計", 2024, 4.44, "HKD 100 million", "actual"),
            ("合計", 2025, 5.66, "HKD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.54 + 0.78 + 0.66 + 0.49 = 3.47
            # 2024: 1.93 + 1.02 + 0.89 + 0.58 = 4.42 vs 4.44; rows' bounds 4.40-4.44, total's 4.435-4.445
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預測): 2.36 + 1.31 + 1.18 + 0.71 = 5.56 vs 5.66; rows' bounds 5.54-5.58, total's 5.655-5.665
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'roughly 41% of the total',
    'Rival house Elbtal Research puts the 2024 market',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2倍',
    '新台幣92.8億元',
    '億港元',
    '華風社記者王俐文台北2025年4月22日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合计\t50.2\t65.3\t83.9',
    'Q2 2025 earnings call, August 6, 2025',
    'Working Paper 2025-11. Abstract:',
    '2/ US spending on AI dubbing',
    'Correction, 5 June 2025:',
    'Dear fellow shareholders,',
    '- 2025E TAM: $1.8B',
    'Corbel Analytics puts 2024 far lower',
    'a CAGR of 31% over FY25-FY29',
    '新华社上海2025年4月22日电',
    '较2021年增长2倍',
    '標題 [情報] AI英語家教市場 今年估破20億',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 3.47 | 4.44 | 5.66',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 66 rates, 91 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-twentieth set: 208, 67, 93 and 0
FLOORS = {"figures_found": 208, "rates_found": 67, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset222.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
