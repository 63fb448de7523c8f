"""A hundred-and-ninetieth check set for the extractor, written blind: AI in publishing, newspapers and books: AI tools
for newsrooms (transcription, summarisation, translation, archive search), AI in book publishing (audiobook narration,
rights and metadata, editorial assistants), AI licensing deals between publishers and model makers, AI ad targeting
for news sites; sized in money by publishers' associations, news-media trade bodies, publishing groups' investor days,
culture and media ministries' plans, brokers and research houses in the United Kingdom, Germany, France, Norway,
Japan, India, Brazil, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole
newspaper or book market beside the AI part, copies sold, digital subscribers, page views, a publisher's own revenue
or profit, licensing fees per article, a funding round and valuation, a quarter's figures, a survey's percentages,
newsroom headcounts.

Snippets 1-20: Twenty invented snippets on AI in publishing, newspapers and books: eight English prose pieces (a
London wire release, a Tokyo broker note in fiscal years and yen, an Oslo briefing with segment shares, a Mumbai story
quoting two research houses, a Munich capital-markets-day TAM, a French ministry plan, a London note with a
correction, a range and last year/this year, an investor blog), seven Chinese prose pieces (three in Traditional
Chinese, including a Hong Kong story in HKD 100 million and a Taipei broker deep-dive) and five tables (E/F pipe
table, space-aligned yearly table with YoY, tab-separated CNY table with a total row, fiscal-year table with a CAGR
column, Traditional pipe table with shares). Left out: survey percentages, headcounts, subscribers, copies, company
revenue, profit, margins and share targets, price targets, funding rounds, per-article fees, quarter figures, rupee
and real amounts, a second house's figure, a corrected figure. Inconsistent typos: 14% in 8, 23.4% in 15, 53.6% in 17.
Rounding only: shares 25.7% (3) and 41.9% (20), rates 18% (5), 32.6% (9), 18.2% (12), 32.2% (17), and the 2025E total
in 16.

Snippets 21-40: Twenty snippets (21-40) on AI in publishing. Eight English prose pieces: an earnings call sizing a
newsroom TAM, a working-paper abstract, a social-media thread, a Berlin article with a correction, a Norwegian
annual-report letter, investor-day slide bullets, a forum answer and a Mumbai broker note with a rupee aside. Seven
Chinese pieces: a Xinhua-style release, a provincial plan, a brokerage abstract with a 2030 range, a results-briefing
transcript, and in Traditional a Taiwanese MIC-style release, a Hong Kong press report and a PTT post. Five tables:
markdown segments with a total, a vertical yen table headed by its unit with YoY, a Chinese table with a 合计 row, a
regional CAGR table and a French share table. Left out: whole audiobook, newspaper and book markets, company revenue
and margins, subscribers, page views, per-article fees, funding, quarters, surveys, headcounts, shares in words, a
second house's 2024 figure and a corrected-away figure. Inconsistent: the paper's 31.4% CAGR and the Middle East &
Africa 26.4%. Only by rounding: the Berlin 39%, the 34% share, the PTT 32%, the 29.5% YoY, the 8.1% share and the UK
2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release from a research firm: YoY growth with both amounts, a CAGR with its span printed;
    #    the 2030 figure in billions goes into the series unit (USD million). Expected nowhere: the report's edition
    #    year, newsrooms surveyed, the survey's 58%, the journalists' headcount.
    dict(
        text=(
            "LONDON, 4 February 2025 /PRNewswire/ -- Newsrooms are buying machines that listen, read and remember. "
            "Global spending on AI tools for news organisations - transcription, summarisation, translation and "
            "archive search - climbed 27% to $860 million in 2024, up from $677 million the year before, according to "
            "Newsroom AI Monitor 2025, published today by Fleet Street Analytics. The London firm, which polled 340 "
            "newsrooms, found that 58% of editors now use an AI summariser every day. It forecasts that the market "
            "will be worth $2.9 billion by 2030, equal to a compound annual growth rate of 22.5% over 2024-2030. "
            "\"Nobody is replacing reporters with this,\" said managing director Clara Venn, noting that the "
            "newsrooms in the sample still employ some 18,600 journalists between them."
        ),
        obs=[
            ("Total", 2023, 677, "USD million", "actual"),
            ("Total", 2024, 860, "USD million", "actual"),
            ("Total", 2030, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (860 / 677) ** (1 / 1) - 1 = 27.03% -> 27
            ("cagr|implied", "exact"),  # (2900 / 860) ** (1 / 6) - 1 = 22.46% -> 22.5
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen; a CAGR printed as "roughly 30%" whose span only the
    #    amounts' years give. Expected nowhere: the note's date, the covered publisher's revenue and operating
    #    margin, its target price and upside, manga volumes sold.
    dict(
        text=(
            "JAPAN MEDIA & PUBLISHING | Sector update | Tokyo, 18 April 2025\n"
            "Machines that read aloud. Japanese publishers have been slow adopters, but the spend is now moving. We "
            "put the domestic market for AI in book publishing - synthetic audiobook narration, rights and metadata "
            "tagging, editorial assistants - at \u00a518.4bn in FY2024 and see it reaching \u00a552bn by FY2028e, "
            "roughly 30% a year. Our preferred name, Kodama Shoten (Buy, TP \u00a52,450, 21% upside), booked FY2024 "
            "sales of \u00a596.3bn at an 8.1% operating margin and sold 41 million manga volumes; its in-house "
            "narration studio is the clearest way to play the theme."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2028, 52, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (52 / 18.4) ** (1 / 4) - 1 = 29.66% -> 30
        ],
    ),
    # 3. Oslo research briefing on Nordic news publishers: a total, YoY growth and two segments with their shares;
    #    the 25.7% share holds only by rounding. Expected nowhere: digital subscribers, the survey's 74%, the
    #    number of titles.
    dict(
        text=(
            "Oslo, 3 June 2025 - Nordic news publishers spent EUR 212 million on artificial-intelligence tools in "
            "2024, 26% more than the EUR 168 million they spent in 2023, the Nordkapp Media Institute says in a "
            "briefing released on Tuesday. Ad targeting and audience personalisation took the biggest slice, "
            "EUR 87 million or 41% of the total, followed by transcription and translation tools at EUR 54 million "
            "(25.7%). The 146 titles covered by the study now count 2.3 million digital subscribers between them, "
            "and 74% of their editors told the institute they expect to increase AI budgets next year. The "
            "institute expects spending to reach EUR 390 million in 2028."
        ),
        obs=[
            ("Total", 2023, 168, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Ad targeting and audience personalisation", 2024, 87, "EUR million", "actual"),
            ("Transcription and translation tools", 2024, 54, "EUR million", "actual"),
            ("Total", 2028, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 25.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 168) ** (1 / 1) - 1 = 26.19% -> 26
            ("arithmetic", "exact"),  # 87 / 212 = 41.04% -> 41
            # 54 / 212 = 25.47% -> 25.5, not 25.7; bounds 53.5 / 212.5 = 25.18%, 54.5 / 211.5 = 25.77%
            # -> 25.7 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Mumbai news article quoting two research houses; the first house's base, target and rate are the
    #    snippet's figures. Expected nowhere: the second house's 2024 figure, the rupee figure, the start-up's
    #    Series A and valuation, the count of languages.
    dict(
        text=(
            "MUMBAI, 26 June 2025 - Indian publishers are turning to machines to put one story into "
            "many of the country's 22 scheduled languages. Spending on AI translation and dubbing tools for "
            "Indian-language news and books came to US$145 million in 2024 and should hit US$520 million by 2030, "
            "a compound annual growth rate of 23.7% between 2024 and 2030, Pune-based Sahyadri Research said on "
            "Thursday. Bengaluru's Tarang Insights is more upbeat and sizes last year's market at US$190 million. "
            "In rupee terms, Sahyadri's 2024 number works out to roughly Rs 1,210 crore. Bhasha Labs, whose dubbing "
            "engine is used by three of the five largest Hindi dailies, raised US$18 million in a Series A round in "
            "May at a valuation of about US$120 million."
        ),
        obs=[
            ("Total", 2024, 145, "USD million", "actual"),
            ("Total", 2030, 520, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 145) ** (1 / 6) - 1 = 23.72% -> 23.7
        ],
    ),
    # 5. Munich capital-markets-day transcript: the group sizes the total addressable market (Total); an
    #    approximate base and a growth rate given only as "around 18% a year", which holds only by rounding.
    #    Expected nowhere: the group's segment revenue, its margin, its 15% share ambition, a quarter's revenue,
    #    the headcount.
    dict(
        text=(
            "Lindenau Verlagsgruppe - Capital Markets Day 2025, Munich - transcript excerpt\n"
            "Dr. Katrin Oswald, CEO: Let me size the opportunity. We put the total addressable market for "
            "AI-powered rights, metadata and discovery services for book publishers at about EUR 1.1 billion in "
            "2024, and we see it compounding at around 18% a year to EUR 2.4 billion in 2029. Our own services "
            "segment did EUR 86 million of that last year at a 24% EBITDA margin, and the first quarter was up to "
            "EUR 23 million. Our ambition is simple: a 15% share of that market by the end of the plan, delivered "
            "by the same 5,200 colleagues we have today."
        ),
        obs=[
            ("Total", 2024, 1.1, "EUR billion", "actual"),
            ("Total", 2029, 2.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (2.4 / 1.1) ** (1 / 5) - 1 = 16.89% -> 17, not 18; bounds (2.35 / 1.15) ** (1/5) - 1 = 15.36%,
            # (2.45 / 1.05) ** (1/5) - 1 = 18.47% -> 18 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. French Ministry of Culture plan with targets; a multiple ("more than fourfold") over 2023-2030, no verdict.
    #    Expected nowhere: the plan's support envelope, bookshop and publisher counts, the "about a third" fraction
    #    in words, the programme name's year.
    dict(
        text=(
            "Paris, 21 November 2024 - The Ministry of Culture today presented its roadmap for artificial "
            "intelligence in the book and press sectors, financed in part through France 2030. The plan sets a goal "
            "of more than fourfold growth in the French market for AI tools in publishing, from \u20ac140 million in "
            "2023 to \u20ac600 million in 2030, with an interim target of \u20ac320 million in 2027. Translation "
            "tools for exporting French titles should make up about a third of the total. A support envelope of "
            "\u20ac75 million will be opened to the country's 700 publishing houses and 3,300 independent "
            "bookshops, the ministry said."
        ),
        obs=[
            ("Total", 2023, 140, "EUR million", "actual"),
            ("Total", 2027, 320, "EUR million", "estimate"),
            ("Total", 2030, 600, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2023, 2030, 7.0),
        ],
        verdicts=[],
    ),
    # 7. London research note with a correction, last year / this year against a 2025 dateline, and a range.
    #    Expected nowhere: the erroneous figure, a quarter's spend, titles narrated, the per-title cost.
    dict(
        text=(
            "UK AUDIO PUBLISHING | Research note | London, 17 September 2025\n"
            "Correction: an earlier version of this note gave last year's market as \u00a396 million; the correct "
            "figure is \u00a369 million.\n"
            "British publishers spent \u00a369 million last year on AI narration of audiobooks, up 15% from "
            "\u00a360 million in 2023, and we think the figure will land at about \u00a388 million this year - "
            "second-quarter spend alone was \u00a322 million. Some 4,100 titles were machine-narrated in 2024, at "
            "an average cost of roughly \u00a31,500 a title against \u00a36,000 or more for a studio reading. By "
            "2029 we see the market at \u00a3210-260 million, depending on how fast rights holders sign off on "
            "synthetic voices."
        ),
        obs=[
            ("Total", 2023, 60, "GBP million", "actual"),
            ("Total", 2024, 69, "GBP million", "actual"),
            ("Total", 2025, 88, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("value", 210, "GBP million", 2029, 2029, None),
            ("value", 260, "GBP million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (69 / 60) ** (1 / 1) - 1 = 15.00% -> 15
        ],
    ),
    # 8. Sao Paulo investor's blog post on AI licensing payments to news publishers; series unit USD billion, so
    #    the 2023 and 2022 figures in millions are converted; the printed 14% growth is a typo for 41%; "nearly
    #    tripled" is a multiple. Expected nowhere: the real (BRL) figure, a single deal's value, the per-article
    #    fee, the author's position.
    dict(
        text=(
            "Posted 3 March 2025 | Notes from a media investor in Sao Paulo\n"
            "Follow the licensing money. By my count, model makers paid news publishers worldwide $1.34 billion in "
            "2024 for access to their archives and live feeds - up 14% on the $950 million of 2023, and the pot has "
            "nearly tripled since 2022, when it was about $460 million. The headline deals hide how thin the slices "
            "are: one US publisher's $250 million, five-year agreement works out to pennies, and per-article fees I "
            "have seen run at $0.02-0.03. Brazilian outlets shared perhaps R$ 310 million. Disclosure: I own shares "
            "in two listed publishers mentioned here."
        ),
        obs=[
            ("Total", 2022, 0.46, "USD billion", "actual"),
            ("Total", 2023, 0.95, "USD billion", "actual"),
            ("Total", 2024, 1.34, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[
            # (1.34 / 0.95) ** (1 / 1) - 1 = 41.05% -> 41, not 14; bounds (1.335 / 0.955) - 1 = 39.79%,
            # (1.345 / 0.945) - 1 = 42.33% -> 14 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY growth that holds only by rounding, a part with its share, an
    #    approximate 2027 forecast and a CAGR with its span printed. Expected nowhere: the report title's year,
    #    units surveyed, the survey's 68.4%, digital-reading users.
    dict(
        text=(
            "《2025中国AI+出版产业发展报告》显示，2024年我国出版领域人工智能应用市场规模达到86.5亿元，"
            "较2023年的65.2亿元同比增长32.6%。其中，有声书智能配音规模为21.3亿元，占比24.6%，是增长最快的细分领域。"
            "报告课题组调研了316家出版单位，68.4%的受访编辑表示已在日常工作中使用AI编校工具；"
            "我国数字阅读用户规模已达5.7亿。报告预计，2027年市场规模将突破200亿元，"
            "2024—2027年年均复合增长率约为32%。"
        ),
        obs=[
            ("Total", 2023, 65.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("有声书智能配音", 2024, 21.3, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("share", 24.6, "percent", 2024, 2024, None),
            ("cagr", 32, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (86.5 / 65.2) ** (1 / 1) - 1 = 32.67% -> 32.7, not 32.6; bounds (86.45 / 65.25) - 1 = 32.49%,
            # (86.55 / 65.15) - 1 = 32.85% -> 32.6 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 21.3 / 86.5 = 24.62% -> 24.6
            ("cagr|implied", "exact"),  # (200 / 86.5) ** (1 / 3) - 1 = 32.23% -> 32
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 (kept as x3 over 2023-2027); an approximate
    #     base. Expected nowhere: the plan's title years, the firm, base and publication counts.
    dict(
        text=(
            "浙江省推进人工智能赋能出版业高质量发展行动方案（2024—2027年）\n"
            "（2024年6月印发）\n"
            "二、主要目标。2023年，全省出版领域人工智能应用产业规模约30亿元。到2025年，产业规模达到60亿元；"
            "到2027年，力争全省AI+出版产业规模突破120亿元，较2023年增长3倍，其中智能翻译与版权服务规模达到35亿元。"
            "培育10家以上具有全国影响力的AI出版龙头企业，建设5个省级示范基地，推出1000种以上AI辅助出版物。"
        ),
        obs=[
            ("Total", 2023, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("智能翻译与版权服务", 2027, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Beijing wire story (Simplified) quoting two institutes; the first institute's base, target and rate are
    #     the snippet's. Expected nowhere: the second institute's 2024 figure, accredited journalists, daily reads.
    dict(
        text=(
            "本报北京2025年5月20日电（记者 周岚）中国传媒智库研究院今天发布的报告称，2024年我国AI新闻生产工具"
            "（含语音转写、智能摘要、多语种翻译和资料库检索）市场规模为23.8亿元，预计2028年将达到71.4亿元，"
            "2024—2028年年复合增长率31.6%。另据京华数媒研究中心测算，2024年该市场规模为27.5亿元。"
            "截至去年底，全国持有新闻记者证的采编人员约19.4万人；头部新闻客户端日均阅读量超过3亿次。"
        ),
        obs=[
            ("Total", 2024, 23.8, "CNY 100 million", "actual"),
            ("Total", 2028, 71.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71.4 / 23.8) ** (1 / 4) - 1 = 31.61% -> 31.6
        ],
    ),
    # 12. Taiwanese association report (Traditional): YoY growth that holds only by rounding and a CAGR whose span
    #     only the amounts' years give. Expected nowhere: member counts, e-book copies, the survey's share.
    dict(
        text=(
            "台北訊／台灣數位出版協會2025年5月發布《台灣AI出版應用調查》指出，2024年國內AI出版應用市場規模達新台幣38.6億元，"
            "較2023年的32.7億元成長18.2%，主要動能來自有聲書AI配音與圖書後設資料自動標註。協會142家會員出版社去年共售出"
            "電子書約1,180萬冊，受訪業者中有63%表示今年將增加AI預算。協會預估，2026年市場規模可望達到55億元，"
            "年均成長約19%。"
        ),
        obs=[
            ("Total", 2023, 32.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 55, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            # (38.6 / 32.7) ** (1 / 1) - 1 = 18.04% -> 18.0, not 18.2; bounds (38.55 / 32.75) - 1 = 17.71%,
            # (38.65 / 32.65) - 1 = 18.38% -> 18.2 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (55 / 38.6) ** (1 / 2) - 1 = 19.37% -> 19
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part and its share, a 2028 forecast.
    #     Expected nowhere: daily circulation, a newspaper group's profit, digital subscribers.
    dict(
        text=(
            "【本報訊】（2025年4月8日）香港生產力研究所最新報告顯示，2024年本港新聞及出版業在人工智能方面的開支達12.4億港元，"
            "其中AI廣告投放系統佔4.6億港元，約佔37%，其餘主要用於自動翻譯、語音轉寫及檔案檢索。"
            "報告估計，相關開支有望於2028年增至25億港元。本港收費報章每日總發行量已跌至約42萬份，"
            "某大型報業集團去年純利僅8,600萬港元，數碼訂戶則增至31萬。"
        ),
        obs=[
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("AI廣告投放系統", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 25, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.6 / 12.4 = 37.10% -> 37
        ],
    ),
    # 14. Mainland story (Simplified) using 去年/今年/明年 against a March 2025 dateline; approximate figures.
    #     Expected nowhere: listener and paying-user counts, a first-quarter figure.
    dict(
        text=(
            "2025年3月12日，中国音像与数字出版协会有声读物工委会在杭州举办年度论坛。会上发布的数据显示，"
            "去年国内AI有声书市场规模约14.2亿元，今年有望达到19.5亿元，同比增长37%；若版权方授权进度加快，"
            "明年或将突破26亿元。目前有声书用户已超过6.9亿人，其中付费用户约1.3亿人；仅今年一季度，"
            "平台上新增的AI合成有声书就超过3.2万部。"
        ),
        obs=[
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2025, 19.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.5 / 14.2) ** (1 / 1) - 1 = 37.32% -> 37
        ],
    ),
    # 15. Taipei broker deep-dive (Traditional) with a target price; the printed 23.4% CAGR is a digit-swap typo for
    #     32.4%. Expected nowhere: the target price, upside, the company's revenue, EPS and gross margin.
    dict(
        text=(
            "【產業深度報告】AI新聞翻譯與摘要：下一個成長引擎（2025年6月16日）\n"
            "我們估算，台灣AI新聞翻譯及摘要市場規模2024年為新台幣12.5億元，2025年預估成長至16.8億元，"
            "2027年將達29億元，2024~2027年年複合成長率23.4%。首次涵蓋譯聯科技，給予「買進」評等，"
            "目標價685元，潛在上漲空間18%；公司2024年營收新台幣21.3億元、毛利率46.2%，"
            "預估2025年EPS為12.8元。"
        ),
        obs=[
            ("Total", 2024, 12.5, "TWD 100 million", "actual"),
            ("Total", 2025, 16.8, "TWD 100 million", "estimate"),
            ("Total", 2027, 29, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (29 / 12.5) ** (1 / 3) - 1 = 32.38% -> 32.4, not 23.4; bounds (28.5 / 12.55) ** (1/3) - 1 = 31.44%,
            # (29.5 / 12.45) ** (1/3) - 1 = 33.32% -> 23.4 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. Markdown pipe table by segment with E and F columns and a total row (USD million); the 2025E total adds
    #     only by rounding. Expected nowhere: the table number, the note number.
    dict(
        text=(
            "Table 2: Global spending on AI in publishing, by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Newsroom tools | 512 | 648 | 815 | 1,010 |\n"
            "| Book publishing AI | 338 | 421 | 530 | 668 |\n"
            "| Content licensing | 402 | 611 | 860 | 1,145 |\n"
            "| News-site ad targeting | 287 | 334 | 392 | 455 |\n"
            "| Total | 1,539 | 2,014 | 2,598 | 3,278 |\n"
            "Source: Meridian Media Research. Note 1: totals may not add because of rounding."
        ),
        obs=[
            ("Newsroom tools", 2023, 512, "USD million", "actual"),
            ("Newsroom tools", 2024, 648, "USD million", "actual"),
            ("Newsroom tools", 2025, 815, "USD million", "estimate"),
            ("Newsroom tools", 2026, 1010, "USD million", "estimate"),
            ("Book publishing AI", 2023, 338, "USD million", "actual"),
            ("Book publishing AI", 2024, 421, "USD million", "actual"),
            ("Book publishing AI", 2025, 530, "USD million", "estimate"),
            ("Book publishing AI", 2026, 668, "USD million", "estimate"),
            ("Content licensing", 2023, 402, "USD million", "actual"),
            ("Content licensing", 2024, 611, "USD million", "actual"),
            ("Content licensing", 2025, 860, "USD million", "estimate"),
            ("Content licensing", 2026, 1145, "USD million", "estimate"),
            ("News-site ad targeting", 2023, 287, "USD million", "actual"),
            ("News-site ad targeting", 2024, 334, "USD million", "actual"),
            ("News-site ad targeting", 2025, 392, "USD million", "estimate"),
            ("News-site ad targeting", 2026, 455, "USD million", "estimate"),
            ("Total", 2023, 1539, "USD million", "actual"),
            ("Total", 2024, 2014, "USD million", "actual"),
            ("Total", 2025, 2598, "USD million", "estimate"),
            ("Total", 2026, 3278, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 512 + 338 + 402 + 287 = 1539 = 1,539
            ("hierarchy", "exact"),  # 2024: 648 + 421 + 611 + 334 = 2014 = 2,014
            # 2025E: 815 + 530 + 860 + 392 = 2597, printed 2,598; bounds 2595-2599 (rows +/-0.5 each)
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2026F: 1010 + 668 + 1145 + 455 = 3278 = 3,278
        ],
    ),
    # 17. Space-aligned table with years as rows, a lone value column headed by its unit (Total) and a YoY column;
    #     the 2024 YoY 53.6 is a typo for 35.6, the 2025E 32.2 holds only by rounding; no rate for 2021.
    dict(
        text=(
            "Japan: AI narration and editorial tools sold to book publishers\n"
            "Year      JPY 100 mn     YoY (%)\n"
            "2021            42.0          --\n"
            "2022            61.5        46.4\n"
            "2023            88.2        43.4\n"
            "2024           119.6        53.6\n"
            "2025E          158.0        32.2\n"
            "2026E          203.5        28.8\n"
            "Source: Shinonome Research Institute, March 2025"
        ),
        obs=[
            ("Total", 2021, 42.0, "JPY 100 million", "actual"),
            ("Total", 2022, 61.5, "JPY 100 million", "actual"),
            ("Total", 2023, 88.2, "JPY 100 million", "actual"),
            ("Total", 2024, 119.6, "JPY 100 million", "actual"),
            ("Total", 2025, 158.0, "JPY 100 million", "estimate"),
            ("Total", 2026, 203.5, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.4, "percent", 2021, 2022, 1.0),
            ("growth", 43.4, "percent", 2022, 2023, 1.0),
            ("growth", 53.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.2, "percent", 2024, 2025, 1.0),
            ("growth", 28.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.5 / 42.0 - 1 = 46.43% -> 46.4
            ("cagr|implied", "exact"),  # 88.2 / 61.5 - 1 = 43.41% -> 43.4
            # 119.6 / 88.2 - 1 = 35.60% -> 35.6, not 53.6; bounds 119.55 / 88.25 - 1 = 35.47%,
            # 119.65 / 88.15 - 1 = 35.73% -> 53.6 is out of reach
            ("cagr|implied", "inconsistent"),
            # 158.0 / 119.6 - 1 = 32.11% -> 32.1, not 32.2; bounds 157.95 / 119.65 - 1 = 32.01%,
            # 158.05 / 119.55 - 1 = 32.20% -> 32.2 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 203.5 / 158.0 - 1 = 28.80% -> 28.8
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with a 合计 row (its label is the row's item); all three
    #     columns add exactly. Expected nowhere: the table number.
    dict(
        text=(
            "表3\t2022—2024年中国出版业AI应用市场结构（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\n"
            "智能编校\t8.6\t11.4\t15.2\n"
            "有声书合成\t5.2\t7.8\t11.6\n"
            "版权与元数据管理\t3.9\t5.3\t7.1\n"
            "数字营销与广告投放\t6.1\t8.7\t12.4\n"
            "合计\t23.8\t33.2\t46.3\n"
            "资料来源：华章出版研究院"
        ),
        obs=[
            ("智能编校", 2022, 8.6, "CNY 100 million", "actual"),
            ("智能编校", 2023, 11.4, "CNY 100 million", "actual"),
            ("智能编校", 2024, 15.2, "CNY 100 million", "actual"),
            ("有声书合成", 2022, 5.2, "CNY 100 million", "actual"),
            ("有声书合成", 2023, 7.8, "CNY 100 million", "actual"),
            ("有声书合成", 2024, 11.6, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2022, 3.9, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2023, 5.3, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2024, 7.1, "CNY 100 million", "actual"),
            ("数字营销与广告投放", 2022, 6.1, "CNY 100 million", "actual"),
            ("数字营销与广告投放", 2023, 8.7, "CNY 100 million", "actual"),
            ("数字营销与广告投放", 2024, 12.4, "CNY 100 million", "actual"),
            ("合计", 2022, 23.8, "CNY 100 million", "actual"),
            ("合计", 2023, 33.2, "CNY 100 million", "actual"),
            ("合计", 2024, 46.3, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 8.6 + 5.2 + 3.9 + 6.1 = 23.8
            ("hierarchy", "exact"),  # 2023: 11.4 + 7.8 + 5.3 + 8.7 = 33.2
            ("hierarchy", "exact"),  # 2024: 15.2 + 11.6 + 7.1 + 12.4 = 46.3
        ],
    ),
    # 19. Tab-separated fiscal-year table from a Mumbai broker (US$ mn) with a total row and a CAGR column whose
    #     header prints the span (stated); FY25E and FY26E are estimates. Expected nowhere: the exhibit number, the
    #     note's date.
    dict(
        text=(
            "Exhibit 7: India - AI spend by news and book publishers (US$ mn), 12 August 2024\n"
            "Segment\tFY23\tFY24\tFY25E\tFY26E\tCAGR FY24-26E (%)\n"
            "Translation & dubbing\t38\t57\t84\t121\t45.7\n"
            "Transcription & summarisation\t26\t35\t47\t62\t33.1\n"
            "Ad targeting\t41\t52\t66\t83\t26.3\n"
            "Total\t105\t144\t197\t266\t35.9\n"
            "Source: company data, industry sources, broker estimates"
        ),
        obs=[
            ("Translation & dubbing", 2023, 38, "USD million", "actual"),
            ("Translation & dubbing", 2024, 57, "USD million", "actual"),
            ("Translation & dubbing", 2025, 84, "USD million", "estimate"),
            ("Translation & dubbing", 2026, 121, "USD million", "estimate"),
            ("Transcription & summarisation", 2023, 26, "USD million", "actual"),
            ("Transcription & summarisation", 2024, 35, "USD million", "actual"),
            ("Transcription & summarisation", 2025, 47, "USD million", "estimate"),
            ("Transcription & summarisation", 2026, 62, "USD million", "estimate"),
            ("Ad targeting", 2023, 41, "USD million", "actual"),
            ("Ad targeting", 2024, 52, "USD million", "actual"),
            ("Ad targeting", 2025, 66, "USD million", "estimate"),
            ("Ad targeting", 2026, 83, "USD million", "estimate"),
            ("Total", 2023, 105, "USD million", "actual"),
            ("Total", 2024, 144, "USD million", "actual"),
            ("Total", 2025, 197, "USD million", "estimate"),
            ("Total", 2026, 266, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 45.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 33.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 26.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 35.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 38 + 26 + 41 = 105
            ("hierarchy", "exact"),  # FY24: 57 + 35 + 52 = 144
            ("hierarchy", "exact"),  # FY25E: 84 + 47 + 66 = 197
            ("hierarchy", "exact"),  # FY26E: 121 + 62 + 83 = 266
            ("cagr|implied", "exact"),  # (121 / 57) ** (1 / 2) - 1 = 45.70% -> 45.7
            ("cagr|implied", "exact"),  # (62 / 35) ** (1 / 2) - 1 = 33.10% -> 33.1
            ("cagr|implied", "exact"),  # (83 / 52) ** (1 / 2) - 1 = 26.34% -> 26.3
            ("cagr|implied", "exact"),  # (266 / 144) ** (1 / 2) - 1 = 35.91% -> 35.9
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a 2024 share column and a 合計 row (its 100% is no
    #     claim); the 41.9% share holds only by rounding.
    dict(
        text=(
            "表五、台灣出版及新聞業AI應用支出結構（單位：新台幣百萬元）\n"
            "| 項目 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| AI新聞摘要與翻譯 | 286 | 372 | 41.9% |\n"
            "| AI廣告投放 | 214 | 301 | 33.9% |\n"
            "| 有聲書AI配音 | 97 | 128 | 14.4% |\n"
            "| 版權與後設資料管理 | 63 | 88 | 9.9% |\n"
            "| 合計 | 660 | 889 | 100.0% |\n"
            "資料來源：台灣媒體科技研究中心，2025年7月"
        ),
        obs=[
            ("AI新聞摘要與翻譯", 2023, 286, "TWD million", "actual"),
            ("AI新聞摘要與翻譯", 2024, 372, "TWD million", "actual"),
            ("AI廣告投放", 2023, 214, "TWD million", "actual"),
            ("AI廣告投放", 2024, 301, "TWD million", "actual"),
            ("有聲書AI配音", 2023, 97, "TWD million", "actual"),
            ("有聲書AI配音", 2024, 128, "TWD million", "actual"),
            ("版權與後設資料管理", 2023, 63, "TWD million", "actual"),
            ("版權與後設資料管理", 2024, 88, "TWD million", "actual"),
            ("合計", 2023, 660, "TWD million", "actual"),
            ("合計", 2024, 889, "TWD million", "actual"),
        ],
        claims=[
            ("share", 41.9, "percent", 2024, 2024, None),
            ("share", 33.9, "percent", 2024, 2024, None),
            ("share", 14.4, "percent", 2024, 2024, None),
            ("share", 9.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 286 + 214 + 97 + 63 = 660
            ("hierarchy", "exact"),  # 2024: 372 + 301 + 128 + 88 = 889
            # 372 / 889 = 41.84% -> 41.8, not 41.9; bounds 371.5 / 889.5 = 41.77%, 372.5 / 888.5 = 41.92%
            # -> 41.9 is reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 301 / 889 = 33.86% -> 33.9
            ("arithmetic", "exact"),  # 128 / 889 = 14.40% -> 14.4
            ("arithmetic", "exact"),  # 88 / 889 = 9.90% -> 9.9
        ],
    ),
    # 21. US earnings-call transcript: the CEO sizes the TAM for AI newsroom software ("this year" = 2025, estimate).
    #     Expected nowhere: quarter revenue and its growth, newsrooms added, customer count, guidance, gross margin.
    dict(
        text=(
            "Inkwell Systems (NASDAQ: INKW) Q3 2025 Earnings Call Transcript - November 6, 2025\n"
            "Dana Whitlock, Chief Executive Officer: Thanks, operator, and good afternoon, everyone. Before Marcus "
            "walks you through the numbers, I want to step back and talk about the size of the prize. We now size the "
            "total addressable market for AI newsroom software - transcription, summarisation, translation and "
            "archive search - at about $3.8 billion this year, up roughly 23% from $3.1 billion in 2024. On our "
            "model it reaches $8.5 billion by 2029, which works out to compound growth of around 22% between 2025 "
            "and 2029. We think we are still early.\n"
            "Marcus Feld, Chief Financial Officer: Thank you, Dana. Third-quarter revenue was $48.2 million, up 31% "
            "year over year. We added 86 newsrooms in the quarter, taking us to 1,140 customers, and we are raising "
            "full-year revenue guidance to $186 million with gross margin of roughly 71%."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2025, 3.8, "USD billion", "estimate"),
            ("Total", 2029, 8.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 23
            ("cagr|implied", "exact"),  # (8.5 / 3.8) ** (1 / 4) - 1 = 22.30% -> 22
        ],
    ),
    # 22. Working-paper abstract on AI audiobook narration; series unit USD million, so US$1.9 billion is 1900.
    #     The printed 31.4% CAGR is inconsistent with the amounts. Expected nowhere: the paper number, title counts
    #     and publishers, the US$9.8 billion audiobook market, the listening-test percentage, the cost saving.
    dict(
        text=(
            "Working Paper No. 25-014 | This version: January 2025\n"
            "Synthetic Voices, Real Books: AI Narration and the Economics of the Audiobook\n"
            "Abstract. Text-to-speech narration has moved from the margins of audiobook production into its "
            "mainstream in under three years. Drawing on production records for 18,400 titles released by 37 "
            "publishers in the UK, Germany and the United States, we estimate that global spending on AI-generated "
            "audiobook narration reached US$412 million in 2024 - still a small slice of an audiobook market worth "
            "some US$9.8 billion - and project that it will reach US$1.9 billion in 2030, a compound annual growth "
            "rate of 31.4% over 2024-2030. In a blind-listening experiment, 41% of 600 respondents could not tell "
            "synthetic from human narration. We find that AI narration lowers per-title production costs by roughly "
            "80%, with the largest gains for backlist titles that would otherwise never have been recorded."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1900 / 412) ** (1 / 6) - 1 = 29.02%, not 31.4; bounds (1850 / 412.5) ** (1/6) - 1 = 28.42%,
            # (1950 / 411.5) ** (1/6) - 1 = 29.60% -> 31.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread by a media analyst on AI licensing payments to publishers; a multiple ("2.5x") and a
    #     CAGR with printed span; $2.6B converted to the series' USD million. Expected nowhere: per-article rates,
    #     the single deal and its daily's digital subscribers, the Q4 figure, the post numbers.
    dict(
        text=(
            "@ledgerofink - Mar 3, 2025\n"
            "1/ Everyone asks what AI companies actually pay news and book publishers for their content. I've been "
            "tracking every disclosed (and credibly reported) licensing deal. Thread \U0001f9f5\n"
            "2/ Adding it all up, payments from model makers to publishers came to ~$740M in 2024. In 2023 the same "
            "pool was $290M. So roughly 2.5x in a single year.\n"
            "3/ Per-article rates are all over the place: I've seen anything from $0.80 to $4 per article per year "
            "for archive access.\n"
            "4/ One big US daily with 2.1M digital subscribers reportedly got $250M over five years. That one deal "
            "skews everything.\n"
            "5/ Looking ahead, Ampersand Research has the pool at $2.6B in 2027 - a ~52% CAGR for 2024-27. "
            "Aggressive, but not crazy.\n"
            "6/ Caveat: Q4 alone was $310M by my count, so the run-rate is already higher. /end"
        ),
        obs=[
            ("Total", 2023, 290, "USD million", "actual"),
            ("Total", 2024, 740, "USD million", "actual"),
            ("Total", 2027, 2600, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2024, 1.0),
            ("cagr", 52, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2600 / 740) ** (1 / 3) - 1 = 52.02% -> 52
        ],
    ),
    # 24. Berlin web article with a correction; "last year" = 2024, "this year" = 2025 (estimate). The 39% holds only
    #     by rounding. Expected nowhere: the corrected-away EUR 162 million, industry revenue of EUR 7.9 billion,
    #     the 11,000 journalists, the survey's "two in three".
    dict(
        text=(
            "Berlin, 14 May 2025 - German newspaper and magazine publishers spent \u20ac182 million on "
            "artificial-intelligence tools for their newsrooms last year, 39% more than the \u20ac132 million they "
            "spent in 2023, the Verband Digitaler Nachrichtenverlage (VDN) said on Wednesday. Automated transcription "
            "and summarisation made up the largest chunk, followed by translation of agency copy and search across "
            "digitised archives. The association expects spending to reach \u20ac240 million this year as regional "
            "titles catch up. The sums remain small next to the industry's overall revenues of about \u20ac7.9 "
            "billion, and the roughly 11,000 journalists employed at member papers have so far seen few job cuts, "
            "VDN said. Two in three member publishers told the association's spring survey that they now use AI "
            "every day.\n"
            "Correction, 15 May 2025: An earlier version of this article said publishers spent \u20ac162 million on "
            "AI tools in 2024. The association's figure is \u20ac182 million."
        ),
        obs=[
            ("Total", 2023, 132, "EUR million", "actual"),
            ("Total", 2024, 182, "EUR million", "actual"),
            ("Total", 2025, 240, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 39, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (182 / 132) ** (1 / 1) - 1 = 37.88% -> 38, not 39; bounds (181.5 / 132.5) - 1 = 36.98%,
            # (182.5 / 131.5) - 1 = 38.78% -> 39 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Oslo annual-report letter: the Nordic market for AI ad targeting on news sites; a CAGR whose span only the
    #     amounts' years give. Expected nowhere: group revenue in NOK, digital subscribers, the report's title year,
    #     "about a fifth" (share target in words), the letter's date.
    dict(
        text=(
            "Letter from the CEO - Nordhavn Media ASA, Annual Report 2024\n"
            "Dear shareholders,\n"
            "2024 was the year artificial intelligence moved out of our newsrooms and into our advertising stack. "
            "Group operating revenue rose to NOK 6.4 billion, and our digital subscribers passed 1.3 million for the "
            "first time. The bigger story, though, is contextual targeting. We estimate that the Nordic market for "
            "AI-driven ad targeting on news sites was worth EUR 265 million in 2024, and our planning assumes it "
            "grows to EUR 410 million in 2027 - an annual rate of some 16%. We aim to hold about a fifth of it, "
            "without ever selling our readers' personal data.\n"
            "Oslo, 19 March 2025\n"
            "Ingrid Solheim, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2024, 265, "EUR million", "actual"),
            ("Total", 2027, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (410 / 265) ** (1 / 3) - 1 = 15.66% -> 16
        ],
    ),
    # 26. London investor-day slide bullets: total in GBP billion, segments in GBP million with shares; the 34%
    #     holds only by rounding. Expected nowhere: slide number, the group's revenue, margin, print units sold
    #     and its revenue ambition.
    dict(
        text=(
            "Halberd & Lowe plc | Capital Markets Day | London, 18 September 2025\n"
            "Slide 14 - AI in books: a growing pool\n"
            "\u2022 Global market for AI in book publishing: \u00a31.24bn in 2024, rising to \u00a33.1bn by 2028F "
            "(CAGR 2024-28F: 26%)\n"
            "\u2022 Audiobook narration \u00a3505m (41%) - the biggest slice\n"
            "\u2022 Editorial assistants \u00a3415m (34%)\n"
            "\u2022 Rights & metadata \u00a3320m (26%)\n"
            "\u2022 Halberd & Lowe FY2024: revenue \u00a32.1bn, adjusted operating margin 14.2%, 38 million print "
            "units sold\n"
            "\u2022 Ambition: 15% of group revenue from AI-enabled products by FY2028"
        ),
        obs=[
            ("Total", 2024, 1.24, "GBP billion", "actual"),
            ("Total", 2028, 3.1, "GBP billion", "estimate"),
            ("Audiobook narration", 2024, 505, "GBP million", "actual"),
            ("Editorial assistants", 2024, 415, "GBP million", "actual"),
            ("Rights & metadata", 2024, 320, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.24) ** (1 / 4) - 1 = 25.74% -> 26
            ("arithmetic", "exact"),  # 505 / 1240 = 40.73% -> 41
            # 415 / 1240 = 33.47% -> 33, not 34; bounds 414.5 / 1245 = 33.29%, 415.5 / 1235 = 33.64%
            # -> 34 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 320 / 1240 = 25.81% -> 26
        ],
    ),
    # 27. Forum answer on AI translation for news publishers, quoting two research houses; $1.35 billion converted
    #     to the series' USD million. Expected nowhere: Meridian Data's 2024 figure, languages, editors, the
    #     survey's 62%.
    dict(
        text=(
            "Q: Is there any reliable figure for how big the AI translation market is for news publishers?\n"
            "Answer from linguaops (localisation lead at a European news agency) - 14 Aug 2025\n"
            "Short version: nobody really knows, but the number most people quote comes from Polyglot Insight. They "
            "put AI translation and localisation tools sold to news publishers at $520 million in 2024 and expect "
            "$1.35 billion by 2029, which they describe as a 21% CAGR over 2024-2029. Meridian Data has the 2024 "
            "market noticeably bigger, at $610 million, because it counts machine translation bundled into CMS "
            "licences. Pick one and say which.\n"
            "For what it's worth, we translate into 14 languages with a desk of 9 editors, and in the last industry "
            "survey 62% of newsrooms said they post-edit machine output rather than translate from scratch."
        ),
        obs=[
            ("Total", 2024, 520, "USD million", "actual"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1350 / 520) ** (1 / 5) - 1 = 21.02% -> 21
        ],
    ),
    # 28. Mumbai broker sector update, fiscal years; aside in rupees (no unit in the table). Expected nowhere: the
    #     Rs crore advertising figures, "roughly half" in words, the target price and upside, page views, the date.
    dict(
        text=(
            "INDIA MEDIA & PUBLISHING | Sector update | Mumbai, 10 February 2025\n"
            "AI in vernacular news: from pilot to P&L. We estimate India's market for AI tools in news and book "
            "publishing - machine translation into Indian languages, speech-to-text for TV and digital desks, "
            "synthetic voices for audiobooks - at US$145mn in FY2024, and see it reaching US$510mn by FY2029e, a "
            "29% CAGR over FY24-29e. Roughly half of today's spend is translation. (For scale: the print publishers "
            "we cover booked about Rs 8,600 crore of advertising revenue in FY2024, of which Rs 1,150 crore was "
            "digital.) Top pick: Sahyadri Publications (BUY, TP Rs 412, 24% upside), whose apps now log 310mn "
            "monthly page views."
        ),
        obs=[
            ("Total", 2024, 145, "USD million", "actual"),
            ("Total", 2029, 510, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (510 / 145) ** (1 / 5) - 1 = 28.60% -> 29
        ],
    ),
    # 29. Xinhua-style release (Simplified): a YoY rate without its base amount (no verdict); 今年 = 2025, estimate.
    #     Expected nowhere: the report's title years, 约占四成 (share in words), the book retail market, digital
    #     reading users, the 12 publishing groups.
    dict(
        text=(
            "新华社北京2025年4月23日电（记者王晓岚）记者从中国数字出版产业联盟23日发布的《2024—2025中国智能出版"
            "发展报告》中获悉，2024年我国人工智能出版应用市场规模达到86.4亿元，同比增长34.7%。报告显示，智能编校、"
            "AI有声书合成、数字版权管理等应用加速落地，其中智能编校类工具约占四成。报告预计，今年市场规模将突破120"
            "亿元。同期，全国图书零售市场码洋规模为1129亿元，数字阅读用户规模达5.7亿。该报告由联盟联合12家出版集团"
            "共同编制。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 30. Provincial implementation plan (Simplified): base year and a 2027 target; 较2023年增长3倍 is x3 over four
    #     years (no verdict). Expected nowhere: the document number, the plan's title years, 50 firms, 10 labs, the
    #     digital-publishing revenue target.
    dict(
        text=(
            "浙江省新闻出版局 浙江省经济和信息化厅关于印发《浙江省出版业人工智能应用实施方案（2025—2027年）》的通知\n"
            "浙新出发〔2025〕18号\n"
            "一、发展基础\n"
            "2023年，全省出版领域人工智能应用产业规模约为75亿元，智能编校、有声读物合成、数字版权管理等应用已在省内"
            "主要出版集团实现规模化使用。\n"
            "二、主要目标\n"
            "到2027年，全省出版领域人工智能应用产业规模超过300亿元，较2023年增长3倍；培育50家左右人工智能出版示范"
            "企业，建设10个省级智能出版实验室；全省数字出版营业收入力争突破1500亿元。"
        ),
        obs=[
            ("Total", 2023, 75, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional), 新台幣億元, CAGR with printed span. Expected nowhere: the survey's
    #     47%, the publishing industry's output value, the first-quarter spend, the release date.
    dict(
        text=(
            "【台北訊】2025年7月15日\n"
            "創新產業情報中心（IIC）今（15）日發布《台灣AI新聞與出版應用市場趨勢》報告指出，2024年台灣AI新聞與出版"
            "應用市場規模為新台幣38.6億元，預估2027年將成長至新台幣71.2億元，2024至2027年年複合成長率（CAGR）達"
            "22.6%。IIC資深產業分析師陳怡君表示，語音轉文字、AI摘要與自動翻譯是媒體導入最快的三項應用。調查亦顯示，"
            "有47%的出版業者已導入生成式AI工具，但全台出版產業產值約新台幣600億元上下，AI應用所占比重仍低。此外，"
            "今年第一季相關支出約新台幣9.4億元。"
        ),
        obs=[
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2027, 71.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71.2 / 38.6) ** (1 / 3) - 1 = 22.64% -> 22.6
        ],
    ),
    # 32. Hong Kong press report (Traditional), 億港元; 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate).
    #     Expected nowhere: 126 respondents and 逾六成, the start-up's HK$50 million round and valuation, daily
    #     newspaper sales.
    dict(
        text=(
            "【本報訊】2025年3月18日\n"
            "人工智能正加速走進本港編輯部。香港新聞及出版科技協會昨日公布調查，本港報館、雜誌社及出版社去年在AI翻譯、"
            "語音轉錄及稿件摘要等工具上的開支約為3.2億港元，較前年的2.5億港元增長28%；協會預計今年相關開支將增至"
            "4.1億港元。協會主席梁志恒表示，受訪的126家機構中，逾六成已使用AI處理中英互譯。另一方面，本地AI新聞初創"
            "「字流科技」上月完成5,000萬港元A輪融資，估值約4億港元。報業公會資料則顯示，全港收費報章每日總銷量已跌至"
            "約45萬份。"
        ),
        obs=[
            ("Total", 2023, 2.5, "HKD 100 million", "actual"),
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2025, 4.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 2.5) ** (1 / 1) - 1 = 28.00% -> 28
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional); 明年 = 2026 (estimate); the 32% holds only by rounding.
    #     Expected nowhere: 大概占四成 (share in words), the poster's NT$30,000 per book, the 20 books, the IP line.
    dict(
        text=(
            "作者 bookwormtw (書蟲)\n看板 book\n標題 [情報] 台灣有聲書AI配音市場規模\n"
            "時間 Sun Jun  8 21:14:32 2025\n\n"
            "看到某研究機構的報告，整理一下重點給板友參考：\n"
            "台灣有聲書AI配音（合成語音旁白）市場，2023年大約新台幣4.8億元，2024年成長到6.3億元，年增32%。\n"
            "出版社自己用AI做的大概占四成，其餘是平台代製。報告還預估明年上看10億元。\n"
            "個人心得：我自己請真人錄一本書大概要花3萬元，AI只要零頭……不過連聽了20本，還是覺得真人比較好聽。\n"
            "--\n※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.226.xx.xx"
        ),
        obs=[
            ("Total", 2023, 4.8, "TWD 100 million", "actual"),
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2026, 10, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.3 / 4.8) ** (1 / 1) - 1 = 31.25% -> 31, not 32; bounds (6.25 / 4.85) - 1 = 28.87%,
            # (6.35 / 4.75) - 1 = 33.68% -> 32 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Brokerage research abstract (Simplified) on AI content licensing; a 2030 range gives two value claims and
    #     no obs. Expected nowhere: the report date, publishing groups' combined revenue, 不足1%, the rating, the
    #     target price.
    dict(
        text=(
            "华岳证券 | 传媒行业深度报告 | 2025年5月8日\n"
            "AI+出版：语料授权打开版权价值重估空间\n"
            "核心观点：大模型训练对高质量中文语料需求旺盛，出版社向模型厂商授权图书、期刊及报纸内容正成为新的收入来源。"
            "我们测算，2024年国内出版内容AI授权市场规模约为18亿元，较2023年的7.2亿元增长150%；随着授权模式由一次性"
            "买断转向按调用量分成，预计2030年市场规模将达到95-130亿元。主要出版集团2024年营业收入合计约1560亿元，AI"
            "授权收入占比仍不足1%。维持行业“推荐”评级，重点推荐长风出版传媒（目标价12.5元）。\n"
            "风险提示：版权立法进度不及预期；模型厂商付费意愿下降。"
        ),
        obs=[
            ("Total", 2023, 7.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 150, "percent", 2023, 2024, 1.0),
            ("value", 95, "CNY 100 million", 2030, 2030, None),
            ("value", 130, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18 / 7.2) ** (1 / 1) - 1 = 150.00% -> 150
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): third-party sizing of AI audiobooks; a CAGR whose
    #     span only the amounts' years give. Expected nowhere: the company's revenue, growth and AI-audiobook
    #     revenue, the first-quarter figure, titles released, the stock code and date.
    dict(
        text=(
            "青禾传媒（603817）2024年度暨2025年第一季度业绩说明会文字实录（2025年5月16日）\n"
            "问：请问公司如何看待AI有声书的市场空间？公司在这一领域的布局进展如何？\n"
            "答（董事会秘书 周敏）：感谢您的关注。根据第三方机构测算，2024年国内AI有声书市场规模约为42亿元，预计到"
            "2027年将超过100亿元，年均复合增速约34%。公司2024年实现营业收入28.6亿元，同比增长6.2%，其中AI有声书相关"
            "业务收入1.2亿元；今年一季度该业务收入0.4亿元。目前公司已累计上线AI有声书5,800余部，后续将继续加大投入。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (100 / 42) ** (1 / 3) - 1 = 33.53% -> 34
        ],
    ),
    # 36. Markdown pipe table by application with a Total row (GBP million); the 2025E total adds only by rounding.
    #     Expected nowhere: the table number, the source date, UK newspaper revenues of GBP 3.9bn.
    dict(
        text=(
            "Table 3: UK market for AI tools in news publishing, by application (GBP million)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Transcription | 18.4 | 24.1 | 30.6 |\n"
            "| Summarisation | 12.7 | 19.8 | 27.5 |\n"
            "| Translation | 9.3 | 12.6 | 16.2 |\n"
            "| Archive search | 6.1 | 8.2 | 10.9 |\n"
            "| Total | 46.5 | 64.7 | 85.3 |\n"
            "Source: Fleet Street Analytics, UK AI in News Monitor, November 2025. Totals may not add due to "
            "rounding. For reference, UK national and regional newspaper revenues were \u00a33.9bn in 2024."
        ),
        obs=[
            ("Transcription", 2023, 18.4, "GBP million", "actual"),
            ("Summarisation", 2023, 12.7, "GBP million", "actual"),
            ("Translation", 2023, 9.3, "GBP million", "actual"),
            ("Archive search", 2023, 6.1, "GBP million", "actual"),
            ("Total", 2023, 46.5, "GBP million", "actual"),
            ("Transcription", 2024, 24.1, "GBP million", "actual"),
            ("Summarisation", 2024, 19.8, "GBP million", "actual"),
            ("Translation", 2024, 12.6, "GBP million", "actual"),
            ("Archive search", 2024, 8.2, "GBP million", "actual"),
            ("Total", 2024, 64.7, "GBP million", "actual"),
            ("Transcription", 2025, 30.6, "GBP million", "estimate"),
            ("Summarisation", 2025, 27.5, "GBP million", "estimate"),
            ("Translation", 2025, 16.2, "GBP million", "estimate"),
            ("Archive search", 2025, 10.9, "GBP million", "estimate"),
            ("Total", 2025, 85.3, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.4 + 12.7 + 9.3 + 6.1 = 46.5 -> 46.5
            ("hierarchy", "exact"),  # 2024: 24.1 + 19.8 + 12.6 + 8.2 = 64.7 -> 64.7
            # 2025E: 30.6 + 27.5 + 16.2 + 10.9 = 85.2, not 85.3; rows at most 85.2 + 4 * 0.05 = 85.4 >= 85.25
            # -> 85.3 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (yen, 100 million) with a YoY column; the 2025E 29.5%
    #     holds only by rounding. Expected nowhere: the 212 publishers, the ¥1.6 trillion print and e-book market,
    #     the source date.
    dict(
        text=(
            "Japan: AI services for book and manga publishing (translation, lettering, metadata)\n"
            "Year\t\u00a5100 million\tYoY\n"
            "2022\t148\t-\n"
            "2023\t196\t32.4%\n"
            "2024\t263\t34.2%\n"
            "2025E\t340\t29.5%\n"
            "2026E\t428\t25.9%\n"
            "Source: Kanda Media Research, survey of 212 publishers, March 2025. Excludes the \u00a51.6 trillion "
            "print and e-book market."
        ),
        obs=[
            ("Total", 2022, 148, "JPY 100 million", "actual"),
            ("Total", 2023, 196, "JPY 100 million", "actual"),
            ("Total", 2024, 263, "JPY 100 million", "actual"),
            ("Total", 2025, 340, "JPY 100 million", "estimate"),
            ("Total", 2026, 428, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2022, 2023, 1.0),
            ("growth", 34.2, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2024, 2025, 1.0),
            ("growth", 25.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (196 / 148) - 1 = 32.43% -> 32.4
            ("cagr|implied", "exact"),  # (263 / 196) - 1 = 34.18% -> 34.2
            # (340 / 263) - 1 = 29.28% -> 29.3, not 29.5; bounds (339.5 / 263.5) - 1 = 28.84%,
            # (340.5 / 262.5) - 1 = 29.71% -> 29.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (428 / 340) - 1 = 25.88% -> 25.9
        ],
    ),
    # 38. Space-aligned Simplified Chinese table by segment with a 合计 row (亿元); every column adds exactly.
    #     Expected nowhere: the table number, the white paper's source line and date.
    dict(
        text=(
            "表2  我国AI出版应用市场细分结构（单位：亿元）\n"
            "细分领域              2023年    2024年    2025年E\n"
            "智能编校                21.3      28.9      37.6\n"
            "有声书AI合成            14.8      22.4      31.5\n"
            "版权与元数据管理         8.6      12.1      16.8\n"
            "AI翻译                   6.2       9.5      13.4\n"
            "合计                    50.9      72.9      99.3\n"
            "资料来源：东岳出版研究院《中国智能出版产业白皮书》，2025年6月"
        ),
        obs=[
            ("智能编校", 2023, 21.3, "CNY 100 million", "actual"),
            ("有声书AI合成", 2023, 14.8, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2023, 8.6, "CNY 100 million", "actual"),
            ("AI翻译", 2023, 6.2, "CNY 100 million", "actual"),
            ("合计", 2023, 50.9, "CNY 100 million", "actual"),
            ("智能编校", 2024, 28.9, "CNY 100 million", "actual"),
            ("有声书AI合成", 2024, 22.4, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2024, 12.1, "CNY 100 million", "actual"),
            ("AI翻译", 2024, 9.5, "CNY 100 million", "actual"),
            ("合计", 2024, 72.9, "CNY 100 million", "actual"),
            ("智能编校", 2025, 37.6, "CNY 100 million", "estimate"),
            ("有声书AI合成", 2025, 31.5, "CNY 100 million", "estimate"),
            ("版权与元数据管理", 2025, 16.8, "CNY 100 million", "estimate"),
            ("AI翻译", 2025, 13.4, "CNY 100 million", "estimate"),
            ("合计", 2025, 99.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.3 + 14.8 + 8.6 + 6.2 = 50.9 -> 50.9
            ("hierarchy", "exact"),  # 2024: 28.9 + 22.4 + 12.1 + 9.5 = 72.9 -> 72.9
            ("hierarchy", "exact"),  # 2025E: 37.6 + 31.5 + 16.8 + 13.4 = 99.3 -> 99.3
        ],
    ),
    # 39. Regional table with a CAGR column (span printed in its header) and a World row; the Middle East & Africa
    #     CAGR is inconsistent. Expected nowhere: the table number, the source date, litigation settlements.
    dict(
        text=(
            "Table 7. AI content-licensing payments to news and book publishers, by region (USD million)\n"
            "Region                  2024    2030F   CAGR 2024-30\n"
            "North America            410    1,480   23.9%\n"
            "Europe                   265      905   22.7%\n"
            "Asia-Pacific             138      620   28.5%\n"
            "Latin America             22      115   31.7%\n"
            "Middle East & Africa      15       70   26.4%\n"
            "World                    850    3,190   24.7%\n"
            "Source: Harbour Street Research, October 2025. Excludes one-off settlements of copyright litigation."
        ),
        obs=[
            ("North America", 2024, 410, "USD million", "actual"),
            ("Europe", 2024, 265, "USD million", "actual"),
            ("Asia-Pacific", 2024, 138, "USD million", "actual"),
            ("Latin America", 2024, 22, "USD million", "actual"),
            ("Middle East & Africa", 2024, 15, "USD million", "actual"),
            ("World", 2024, 850, "USD million", "actual"),
            ("North America", 2030, 1480, "USD million", "estimate"),
            ("Europe", 2030, 905, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 620, "USD million", "estimate"),
            ("Latin America", 2030, 115, "USD million", "estimate"),
            ("Middle East & Africa", 2030, 70, "USD million", "estimate"),
            ("World", 2030, 3190, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 28.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 31.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1480 / 410) ** (1 / 6) - 1 = 23.85% -> 23.9
            ("cagr|implied", "exact"),  # (905 / 265) ** (1 / 6) - 1 = 22.72% -> 22.7
            ("cagr|implied", "exact"),  # (620 / 138) ** (1 / 6) - 1 = 28.46% -> 28.5
            ("cagr|implied", "exact"),  # (115 / 22) ** (1 / 6) - 1 = 31.74% -> 31.7
            # (70 / 15) ** (1 / 6) - 1 = 29.27%, not 26.4; bounds (69.5 / 15.5) ** (1/6) - 1 = 28.41%,
            # (70.5 / 14.5) ** (1/6) - 1 = 30.16% -> 26.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3190 / 850) ** (1 / 6) - 1 = 24.66% -> 24.7
            ("hierarchy", "exact"),  # 2024: 410 + 265 + 138 + 22 + 15 = 850 -> 850
            ("hierarchy", "exact"),  # 2030F: 1480 + 905 + 620 + 115 + 70 = 3190 -> 3190
        ],
    ),
    # 40. French culture-statistics table with a share column (EUR million, 2024); the 8.1% audiobook share holds only
    #     by rounding; the 100.0 total share is no claim. Expected nowhere: the bulletin number, respondents, the
    #     EUR 2.9 billion book market.
    dict(
        text=(
            "Culture statistics bulletin 2025-7 (Paris, July 2025)\n"
            "Table 4. Spending by French press and book publishers on AI tools, by use, 2024\n"
            "Use\tEUR million\tShare (%)\n"
            "Newsroom transcription and summarisation\t96.4\t38.2\n"
            "Advertising targeting\t58.9\t23.3\n"
            "Translation\t41.7\t16.5\n"
            "Book editing and metadata\t35.2\t13.9\n"
            "Audiobook narration\t20.3\t8.1\n"
            "Total\t252.5\t100.0\n"
            "Coverage: 1,214 publishers responding. For comparison, the French book market was worth \u20ac2.9 "
            "billion in 2024."
        ),
        obs=[
            ("Newsroom transcription and summarisation", 2024, 96.4, "EUR million", "actual"),
            ("Advertising targeting", 2024, 58.9, "EUR million", "actual"),
            ("Translation", 2024, 41.7, "EUR million", "actual"),
            ("Book editing and metadata", 2024, 35.2, "EUR million", "actual"),
            ("Audiobook narration", 2024, 20.3, "EUR million", "actual"),
            ("Total", 2024, 252.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 13.9, "percent", 2024, 2024, None),
            ("share", 8.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 252.5 = 38.18% -> 38.2
            ("arithmetic", "exact"),  # 58.9 / 252.5 = 23.33% -> 23.3
            ("arithmetic", "exact"),  # 41.7 / 252.5 = 16.51% -> 16.5
            ("arithmetic", "exact"),  # 35.2 / 252.5 = 13.94% -> 13.9
            # 20.3 / 252.5 = 8.04% -> 8.0, not 8.1; bounds 20.25 / 252.55 = 8.02%, 20.35 / 252.45 = 8.06%
            # -> 8.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 96.4 + 58.9 + 41.7 + 35.2 + 20.3 = 252.5 -> 252.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninetieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed 27% to $860 million in 2024',
    'equal to a compound annual growth rate of 22.5%',
    'at ¥18.4bn in FY2024',
    'reaching ¥52bn by FY2028e',
    'EUR 87 million or 41% of the total',
    'at EUR 54 million (25.7%)',
    'a compound annual growth rate of 23.7% between',
    "is more upbeat and sizes last year's market",
    'compounding at around 18% a year',
    'more than fourfold growth',
    'the correct figure is £69 million',
    '£69 million last year',
    'at about £88 million this year',
    '£210-260 million',
    'up 14% on the $950 million of 2023',
    'nearly tripled since 2022',
    '较2023年的65.2亿元同比增长32.6%',
    '2027年市场规模将突破200亿元',
    '力争全省AI+出版产业规模突破120亿元，较2023年增长3倍',
    '2024—2028年年复合增长率31.6%',
    '較2023年的32.7億元成長18.2%',
    'AI廣告投放系統佔4.6億港元，約佔37%',
    '去年国内AI有声书市场规模约14.2亿元',
    '2024~2027年年複合成長率23.4%',
    '| 2025E | 2026F |',
    'CAGR FY24-26E (%)',
    'at about $3.8 billion this year, up roughly 23%',
    'a compound annual growth rate of 31.4% over 2024-2030',
    'came to ~$740M in 2024',
    'So roughly 2.5x in a single year',
    'a ~52% CAGR for 2024-27',
    '39% more than the €132 million they spent in 2023',
    'An earlier version of this article said',
    'an annual rate of some 16%',
    '(CAGR 2024-28F: 26%)',
    'Editorial assistants £415m (34%)',
    'Meridian Data has the 2024 market noticeably bigger',
    'a 29% CAGR over FY24-29e',
    '市场规模达到86.4亿元，同比增长34.7%',
    '今年市场规模将突破120亿元',
    '较2023年增长3倍',
    '預估2027年將成長至新台幣71.2億元',
    '較前年的2.5億港元增長28%',
    '報告還預估明年上看10億元',
    '预计2030年市场规模将达到95-130亿元',
    '年均复合增速约34%',
    '| Total | 46.5 | 64.7 | 85.3 |',
    '2025E\t340\t29.5%',
    '合计                    50.9      72.9      99.3',
    'Middle East & Africa      15       70   26.4%',
    'Audiobook narration\t20.3\t8.1',
)
LAYOUT = (40, 10, 13, 17)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 50 rates, 78 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-eighty-eighth set: 217, 53, 81 and 0
FLOORS = {"figures_found": 217, "rates_found": 53, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset190.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
