"""A two-hundred-and-seventh check set for the extractor, written blind: AI in travel and tourism: AI trip planners and
travel chatbots, dynamic-pricing and revenue-management AI for hotels and airlines, AI for online travel agencies'
search and recommendation, AI translation and guide apps, AI at destinations and attractions (crowd forecasting, smart
ticketing); sized in money by tourism boards, travel associations, hotel and airline industry bodies, brokers,
consultancies, research houses and online travel agencies' investor days, in the United States, the United Kingdom,
Spain, France, Italy, Thailand, Japan, South Korea, Singapore, the UAE, mainland China, Taiwan and Hong Kong.
Distractors a careful reader leaves out: total tourism spending or gross bookings beside the AI part, numbers of
visitors, nights, rooms or passengers, an airline's or agency's own revenue or margin, average room rates, a funding
round and valuation, a quarter's or a holiday week's figures, a survey's percentages.

Snippets 1-20: AI in travel and tourism, sized in money. Eight English prose snippets: a Singapore wire release, a Tokyo
broker note in fiscal years and yen, a Madrid briefing with segment shares, an article quoting two research houses (the
second house's 2024 figure expected nowhere), an investor-day TAM transcript, a Dubai strategy with last-year/this-year
figures and a target, a London correction with a range, a Thailand blog post with a multiple. Seven Chinese prose
snippets: an industry report, a Yunnan plan (力争, 增长2倍), a Xinhua story quoting two institutes, a Taiwan white paper, a
Hong Kong story in 億港元, a Taipei CNA story with 去年/今年, a broker deep-dive. Five tables: markdown with a CAGR column,
tab-separated Chinese with a 合计 row, space-aligned with a share column, a vertical table of years with YoY, a
tab-separated segment table with a Total row. Left out: total tourism spending and bookings, visitors, nights, rooms and
passengers, room rates, firms' own revenue, margins and share targets, price targets, a funding round, quarters and
holiday weeks, survey answers, titles and table numbers. Inconsistent: the 38% US growth, the 45% Hong Kong share, the
Korean 2024 total. Rounding only: the Japanese CAGR, the Spanish 37% share, the Xinhua 26.9%, Europe's 19.6% CAGR, the
2023 合计, Italy's 2024 YoY.

Snippets 21-40: twenty hand-checked passages on AI in travel and tourism. English prose: an earnings-call answer sizing
a TAM, a working-paper abstract, a social-media thread, a web article with a correction, an annual-report letter,
investor-day slide bullets, a forum answer quoting two research houses and a Seoul broker note in won (no observation).
Chinese prose: a Xinhua-style release, a Hangzhou municipal plan, a Taipei research release, a Hong Kong association
report, a PTT post, a broker abstract with a 2025 range and a results-briefing transcript, three in Traditional Chinese.
Tables: markdown with a CAGR column, tab-separated yen with a YoY column, space-aligned sterling with a share column, a
vertical UAE table whose rows are years, and a Traditional Chinese table with a 合計 row. Left out: total tourism
spending, gross bookings and GMV, visitor, passenger and room counts, room rates, firms' own revenue, margins and share
targets, funding rounds, price targets, a quarter's or holiday week's figures, a second publisher's figure, a superseded
figure, survey answers and fraction-word shares. Inconsistent: the forum's 21.4% CAGR (amounts give 19.2%), the PTT
post's 38% (28.6%), the yen table's 49.7% YoY (39.7%). Only by rounding: the letter's 30%, the Hong Kong 28% share, the
UK 27.5% share, the UAE 38.1% YoY, the briefing's 31% and the Taiwan table's 2025 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Singapore wire press release: YoY growth with both amounts, a CAGR with printed span; the 2030 figure in
    #    billions converted to the series' unit (USD million). Expected nowhere: the dateline, the outlook's title
    #    year, the 380 firms surveyed and six countries, the 135 million arrivals and their US$158 billion of
    #    spending, the 58% survey answer.
    dict(
        text=(
            "SINGAPORE, March 11, 2025 /PRNewswire/ -- Travel companies in Southeast Asia spent US$612 million on "
            "AI trip-planning assistants and customer-service chatbots in 2024, up 31% from US$467 million in 2023, "
            "according to the Southeast Asia Travel Tech Outlook 2025 released today by Marina Bay Insights. The "
            "Singapore-based research house, which surveyed 380 hotel groups, airlines and online travel agencies "
            "in six countries, forecasts the market will reach US$2.1 billion in 2030, a compound annual growth "
            "rate of 22.8% between 2024 and 2030. The region received about 135 million international arrivals in "
            "2024, who spent an estimated US$158 billion. Some 58% of respondents said they plan to add voice "
            "booking within two years."
        ),
        obs=[
            ("Total", 2023, 467, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 467) ** (1 / 1) - 1 = 31.05% -> 31
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 6) - 1 = 22.81% -> 22.8
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); CAGR span only from the amounts' years,
    #    printed "roughly 20%" while the amounts give 20.52%. Expected nowhere: the dateline, the 36.9 million
    #    arrivals, the ¥24,800 average daily rate and its 14% rise, the covered company's sales, growth and margin,
    #    its price target and upside.
    dict(
        text=(
            "JAPAN TRAVEL & LEISURE / Sector update / Tokyo, 9 June 2025\n"
            "Pricing goes algorithmic. We estimate that Japanese hotels and ryokan spent \u00a540.7bn on AI "
            "dynamic-pricing and revenue-management systems in FY2024 (year to March 2025) and forecast "
            "\u00a5103.5bn by FY2029e, a CAGR of roughly 20%. Inbound arrivals hit a record 36.9 million in "
            "calendar 2024, and Tokyo's average daily rate climbed 14% to \u00a524,800. Our top pick, Kizuna "
            "Hospitality Systems (BUY, TP \u00a53,450, 22% upside), lifted FY2024 sales 26% to \u00a512.7bn at an "
            "18% operating margin, and we think the mid-size hotel segment is where the next leg of demand sits."
        ),
        obs=[
            ("Total", 2024, 40.7, "JPY billion", "actual"),
            ("Total", 2029, 103.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (103.5 / 40.7) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (103.45 / 40.75) ** (1/5) - 1 = 20.48%,
            # (103.55 / 40.65) ** (1/5) - 1 = 20.56% -> 20 reached only by the low reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Madrid research briefing: a total and three segments with shares; the largest share holds only by
    #    rounding. Expected nowhere: the dateline, the 94 million tourists and their €126 billion of spending, the
    #    490 million hotel nights.
    dict(
        text=(
            "MADRID, 22 April 2025 - Spanish hotels, airlines and destinations spent \u20ac346 million on "
            "artificial-intelligence tools in 2024, says a briefing from the Instituto Meridiano de Turismo "
            "Digital. Dynamic pricing and revenue management was the largest segment at \u20ac126 million, about "
            "37% of the total, followed by chatbots and trip planners at \u20ac88 million (25%). Crowd-forecasting "
            "and smart-ticketing systems at monuments and beaches came to \u20ac41 million, or 12%. The institute "
            "expects spending to reach \u20ac820 million by 2028. Spain welcomed a record 94 million international "
            "tourists last year, who spent \u20ac126 billion, and hotel nights topped 490 million."
        ),
        obs=[
            ("Total", 2024, 346, "EUR million", "actual"),
            ("Dynamic pricing and revenue management", 2024, 126, "EUR million", "actual"),
            ("Chatbots and trip planners", 2024, 88, "EUR million", "actual"),
            ("Crowd-forecasting and smart-ticketing systems", 2024, 41, "EUR million", "actual"),
            ("Total", 2028, 820, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 126 / 346 = 36.42% -> 36, not 37; bounds 125.5 / 346.5 = 36.22%, 126.5 / 345.5 = 36.61% -> 37 by
            # the high reading only
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 88 / 346 = 25.43% -> 25
            ("arithmetic", "exact"),  # 41 / 346 = 11.85% -> 12
        ],
    ),
    # 4. Article quoting two research houses: the first house's base, 2029 target and CAGR; its printed 38% growth
    #    contradicts its own amounts. The series' unit is USD billion (first printed), so $910 million is 0.91.
    #    Expected nowhere: Calloway's $980 million for 2024, the $430 billion of online bookings, the 61% poll answer.
    dict(
        text=(
            "Chatbots take the wheel in U.S. travel booking\n"
            "Research firm Northgate Analytics puts U.S. spending by airlines, hotels and online agencies on "
            "generative-AI travel assistants at $1.24 billion in 2024, up 38% from $910 million in 2023. It expects "
            "the figure to reach $4.6 billion in 2029, a compound annual rate of 30% over 2024-2029. Not everyone "
            "is that bullish: Calloway Research sizes the 2024 market at $980 million and warns that many pilots "
            "never reach production. Either way, the sums are small beside the roughly $430 billion Americans spent "
            "on online travel bookings in 2024. In a Calloway poll, 61% of travelers said they had already used a "
            "chatbot to plan a trip."
        ),
        obs=[
            ("Total", 2023, 0.91, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2029, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("cagr", 30, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1240 / 910) ** (1 / 1) - 1 = 36.26% -> 36, not 38; bounds 1235 / 910.5 - 1 = 35.64%,
            # 1245 / 909.5 - 1 = 36.89% -> 38 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4.6 / 1.24) ** (1 / 5) - 1 = 29.98% -> 30
        ],
    ),
    # 5. New York investor-day transcript: the TAM a company sizes is the market (Total); a CAGR whose span only
    #    the amounts' years give. Expected nowhere: the dateline, the company's gross bookings, revenue and margin,
    #    its 40 million monthly users, its 10% share target.
    dict(
        text=(
            "Wanderly Group Investor Day, New York, February 26, 2025 - transcript excerpt\n"
            "DANA OKAFOR, CHIEF STRATEGY OFFICER: Let me size the opportunity for you. We put the total addressable "
            "market for AI trip planning, search and personalization at $14 billion in 2024, and we see it reaching "
            "$38 billion by 2030. That's compounding at about 18% a year. For reference, our own gross bookings were "
            "$61 billion last year, revenue came in at $4.2 billion and our adjusted EBITDA margin was 24%. Our "
            "planner app now has 40 million monthly users, and our ambition is to win a 10% share of this market "
            "by 2030. Nobody else has the data to do it."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 14) ** (1 / 6) - 1 = 18.11% -> 18
        ],
    ),
    # 6. Dubai state-news strategy story: "last year" is 2024 (dateline 2025), "this year" 2025 an estimate kept
    #    at its approximate printed figure ("top"), a 2030 target in billions converted to USD million.
    #    Expected nowhere: the dateline, the 18.7 million visitors, the 78% occupancy, the AED 539 room rate,
    #    the 150,000 hotel rooms.
    dict(
        text=(
            "DUBAI, 3 February 2025 (WAM) - Dubai's Department of Economy and Tourism has launched a Smart "
            "Destination AI Strategy for the emirate's hotels, attractions and carriers. Spending on AI across "
            "the tourism sector, from crowd forecasting at attractions to smart ticketing and multilingual guide "
            "apps, reached US$286 million last year, up 24% from US$231 million in 2023, and is expected to top "
            "US$350 million this year. The strategy targets US$1.1 billion by 2030. Dubai welcomed 18.7 million "
            "international overnight visitors last year, hotel occupancy averaged 78% and the average room rate "
            "was AED 539. The city now counts more than 150,000 hotel rooms."
        ),
        obs=[
            ("Total", 2023, 231, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Total", 2025, 350, "USD million", "estimate"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 231) ** (1 / 1) - 1 = 23.81% -> 24
        ],
    ),
    # 7. London research-note correction: the corrected 2024 figure stands, the retracted one is expected nowhere;
    #    YoY growth with both amounts; a 2025 range as two value claims (no obs, no verdict). Expected nowhere: the
    #    correction's and the note's dates, the retracted £265m, the £89 RevPAR and its 3% rise, the 83.9 million
    #    Heathrow passengers.
    dict(
        text=(
            "Correction, 4 June 2025: In the version of this research note published on 2 June we gave the 2024 "
            "size of the UK market for AI revenue-management software sold to hotels and airlines as \u00a3265m. "
            "That figure transposed two digits; the correct figure is \u00a3256m, up 19% from \u00a3215m in 2023. "
            "Our 2025 forecast, which was unaffected, remains a range of \u00a3300m to \u00a3330m, depending on how "
            "quickly independent hotels adopt the tools. UK hotel RevPAR rose 3% to \u00a389 last year and Heathrow "
            "handled a record 83.9 million passengers. We regret the error."
        ),
        obs=[
            ("Total", 2023, 215, "GBP million", "actual"),
            ("Total", 2024, 256, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("value", 300, "GBP million", 2025, 2025, None),
            ("value", 330, "GBP million", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (256 / 215) ** (1 / 1) - 1 = 19.07% -> 19
        ],
    ),
    # 8. Personal blog post on Thailand: a multiple between two printed years (no verdict), both amounts kept at
    #    their approximate printed figures. Expected nowhere: the post's date, the decade, the 35.5 million visitors
    #    and 1.8 trillion baht, the Songkran-week 91% occupancy, the $18 million round and $140 million valuation.
    dict(
        text=(
            "Blog, 14 January 2025 - Why Thai hotels are hiring AI concierges\n"
            "I've covered Thai hospitality tech for a decade, and nothing has moved this fast. By my sources' count, "
            "hotels and tour operators in Thailand spent about $74 million on AI chatbots, translation apps and "
            "digital guides in 2022. By 2024 that had grown to roughly $212 million, nearly 2.9x in two years. "
            "Thailand drew 35.5 million foreign visitors in 2024 and they spent around 1.8 trillion baht, so AI is "
            "still a rounding error. Over Songkran week alone, Phuket hotels ran at 91% occupancy. Meanwhile "
            "Bangkok startup TukTrip has just raised $18 million at a $140 million valuation."
        ),
        obs=[
            ("Total", 2022, 74, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2.9, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],  # a multiple gets no verdict (212 / 74 = 2.86)
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, two parts with shares, a CAGR with printed
    #    span. Expected nowhere: the report's title year, the 56.2 亿 domestic trips and 5.75 万亿元 of spending,
    #    the 七成 of surveyed firms.
    dict(
        text=(
            "《2025中国智慧旅游人工智能应用发展报告》近日在杭州发布。报告显示,2024年我国在线旅游平台、酒店和航空"
            "公司在人工智能领域的投入规模达到86.4亿元,较2023年的67.2亿元增长28.6%。其中,智能搜索与推荐市场规模为"
            "31.5亿元,占比36.5%;智能客服与行程规划助手为22.8亿元,占比26.4%。报告预计,到2027年市场规模将达到168"
            "亿元,2024—2027年复合增长率为24.8%。据统计,2024年国内出游人次达56.2亿,国内游客出游总花费5.75万亿元,"
            "受访企业中有七成已部署大模型客服。"
        ),
        obs=[
            ("Total", 2023, 67.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("智能搜索与推荐", 2024, 31.5, "CNY 100 million", "actual"),
            ("智能客服与行程规划助手", 2024, 22.8, "CNY 100 million", "actual"),
            ("Total", 2027, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("cagr", 24.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 67.2) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("arithmetic", "exact"),  # 31.5 / 86.4 = 36.46% -> 36.5
            ("arithmetic", "exact"),  # 22.8 / 86.4 = 26.39% -> 26.4
            ("cagr|implied", "exact"),  # (168 / 86.4) ** (1 / 3) - 1 = 24.81% -> 24.8
        ],
    ),
    # 10. Yunnan provincial action plan (Simplified): a 力争 target, 增长2倍 kept as the multiple x2 over 2024-2027
    #     (no verdict), a part's target. Expected nowhere: the plan's title years, the 60 smart scenic spots and 20
    #     firms, the 11.6 亿 visitors and 1.6 万亿元 of tourism spending, the Golden Week's 3,500 万 visitors.
    dict(
        text=(
            "云南省文化和旅游厅近日印发《云南省旅游业人工智能赋能行动方案(2025—2027年)》。方案提出,力争到2027年"
            "全省景区、酒店及文旅平台人工智能应用市场规模达到45亿元,较2024年增长2倍;其中,景区智慧票务与客流预测"
            "市场规模达到12亿元。2024年,全省文旅人工智能应用市场规模为15亿元。方案同时要求建成60个以上智慧景区,"
            "培育20家AI文旅骨干企业。2024年全省接待游客11.6亿人次,实现旅游总花费1.6万亿元,国庆黄金周期间接待"
            "游客3,500万人次。"
        ),
        obs=[
            ("Total", 2024, 15, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
            ("景区智慧票务与客流预测", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],  # a multiple gets no verdict (45 / 15 = 3.0, printed as 增长2倍)
    ),
    # 11. Xinhua wire story (Simplified) quoting two institutes: the first institute's base, figure and forecast;
    #     its 26.9% holds only by rounding. Expected nowhere: the dateline, the second institute's 约28亿元 for 2024,
    #     the 352元 average room rate, the 7.3 亿 passengers, the first quarter's 4.2亿元.
    dict(
        text=(
            "新华社北京5月18日电(记者林晓)记者从中国旅游科技研究院获悉,2024年我国酒店和航空公司采购的人工智能"
            "动态定价与收益管理系统市场规模为24.6亿元,较2023年的19.3亿元增长26.9%,预计2026年将达到39.8亿元。"
            "研究院分析,高端酒店集团和航司是采购主力。另据星图文旅数据研究所估算,2024年该市场规模约为28亿元。"
            "业内人士指出,2024年全国星级酒店平均房价为352元/间夜,民航旅客运输量7.3亿人次。今年一季度,相关系统"
            "新增签约金额4.2亿元。"
        ),
        obs=[
            ("Total", 2023, 19.3, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2026, 39.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (24.6 / 19.3) ** (1 / 1) - 1 = 27.46% -> 27.5, not 26.9; bounds 24.55 / 19.35 - 1 = 26.87%,
            # 24.65 / 19.25 - 1 = 28.05% -> 26.9 reached by the low reading only
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Taiwan industry white paper (Traditional) in 新台幣億元: YoY with both amounts, a part with its share, a
    #     CAGR with printed span to a 突破 figure kept as printed. Expected nowhere: the title year, the 785 萬
    #     visitors and 1,690 萬 outbound trips, the 新台幣3,420元 room rate, the 312 firms and the 41% survey answer.
    dict(
        text=(
            "台灣觀光科技協會發布《2025台灣智慧觀光白皮書》指出,2024年國內旅宿業、旅行社與觀光景點導入AI翻譯導覽、"
            "智慧客服與動態定價等應用的市場規模達新台幣38.5億元,較2023年的29.6億元成長30.1%。其中,AI翻譯與導覽"
            "應用為新台幣9.2億元,占整體市場23.9%。白皮書預估,2028年市場規模可望突破新台幣90億元,2024至2028年"
            "年複合成長率約23.7%。白皮書並指出,2024年來台旅客達785萬人次,國人出國1,690萬人次,旅館平均房價為"
            "新台幣3,420元;受訪的312家業者中,有41%計畫於兩年內導入生成式AI。"
        ),
        obs=[
            ("Total", 2023, 29.6, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("AI翻譯與導覽應用", 2024, 9.2, "TWD 100 million", "actual"),
            ("Total", 2028, 90, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("cagr", 23.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 29.6) ** (1 / 1) - 1 = 30.07% -> 30.1
            ("arithmetic", "exact"),  # 9.2 / 38.5 = 23.90% -> 23.9
            ("cagr|implied", "exact"),  # (90 / 38.5) ** (1 / 4) - 1 = 23.650% -> 23.7
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: YoY with both amounts (the 約 figure kept as printed),
    #     two parts, one printed share contradicting its amounts. Expected nowhere: the 4,450 萬 visitors, the
    #     1,350港元 room rate, the Easter holiday's 120 萬 arrivals, the 85 member firms.
    dict(
        text=(
            "【本報訊】香港旅遊科技聯盟昨日發表調查報告,指2024年本港酒店、航空公司及旅行社在人工智能方面的開支約為"
            "12.6億港元,較2023年的9.8億港元增加28.6%。當中動態定價及收益管理系統開支為5.1億港元,佔整體約45%;"
            "AI客服及行程規劃工具則佔3.2億港元。聯盟預期,2027年相關開支可增至25億港元。報告引述數據指,2024年"
            "訪港旅客達4,450萬人次,酒店平均房租為每晚1,350港元,復活節長假期間入境旅客達120萬人次。聯盟會長表示,"
            "旗下85家會員企業中,不少已計劃加碼投資。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("動態定價及收益管理系統", 2024, 5.1, "HKD 100 million", "actual"),
            ("AI客服及行程規劃工具", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2027, 25, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            # 5.1 / 12.6 = 40.48% -> 40, not 45; bounds 5.05 / 12.65 = 39.92%, 5.15 / 12.55 = 41.04% -> 45 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 14. Taipei CNA story (Traditional), dateline 2025: 去年 = 2024, 前年 = 2023, 今年 = 2025 an estimate kept at
    #     its 左右 figure; two YoY rates with both amounts. Expected nowhere: the dateline, the first quarter's
    #     新台幣3.9億元, the 1,690 萬 outbound trips, a travel agency's own 298億元 revenue, the 六成 survey answer.
    dict(
        text=(
            "(中央社記者陳怡君台北2025年3月20日電)觀光業加速擁抱人工智慧。台灣旅遊科技產業聯盟今天公布調查指出,"
            "國內航空公司與旅行社導入AI行程規劃與聊天機器人的市場規模,去年達新台幣14.2億元,較前年的11.6億元成長22%;"
            "今年可望擴大至18億元左右,年增約27%。聯盟指出,今年第一季相關採購金額為新台幣3.9億元。去年國人出國達"
            "1,690萬人次,國內一家大型旅行社去年營收為新台幣298億元。聯盟理事長表示,受訪業者有六成已試用生成式AI,"
            "但多數仍停留在客服階段。"
        ),
        obs=[
            ("Total", 2023, 11.6, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2025, 18, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22
            ("cagr|implied", "exact"),  # (18 / 14.2) ** (1 / 1) - 1 = 26.76% -> 27
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): two CAGRs with printed spans and both amounts, a part with its
    #     share. Expected nowhere: the covered company's 533亿元 revenue and 81% gross margin, the 168港元 price
    #     target and 23% upside, the 1.9 万亿元 of online travel transactions.
    dict(
        text=(
            "华泓证券旅游行业深度报告:AI重塑OTA搜索与定价\n"
            "我们测算,2024年中国OTA平台AI搜索推荐与智能定价相关市场规模约为52.0亿元,2021年为18.5亿元,"
            "2021—2024年CAGR约41%;预计2027年将达到128亿元,2024—2027年CAGR为35%。其中,2024年智能定价模块"
            "规模为19.6亿元,占比37.7%。重点公司方面,途川旅行2024年营收533亿元,毛利率81%,我们给予目标价168港元,"
            "较现价有23%上行空间。2024年全国在线旅游交易额约1.9万亿元。风险提示:大模型推理成本下降不及预期、"
            "行业竞争加剧。"
        ),
        obs=[
            ("Total", 2021, 18.5, "CNY 100 million", "actual"),
            ("Total", 2024, 52.0, "CNY 100 million", "actual"),
            ("智能定价模块", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2027, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 41, "percent", 2021, 2024, None, "stated"),
            ("cagr", 35, "percent", 2024, 2027, None, "stated"),
            ("share", 37.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.0 / 18.5) ** (1 / 3) - 1 = 41.13% -> 41
            ("cagr|implied", "exact"),  # (128 / 52.0) ** (1 / 3) - 1 = 35.02% -> 35
            ("arithmetic", "exact"),  # 19.6 / 52.0 = 37.69% -> 37.7
        ],
    ),
    # 16. Markdown pipe table by region (USD million) with a CAGR column whose span the header prints; Europe's
    #     19.6% holds only by rounding; the Total row adds up in both years. Expected nowhere: the table number, the
    #     source line.
    dict(
        text=(
            "Table 4: Online travel agencies' AI search and recommendation spend, by region (USD million)\n"
            "| Region | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| North America | 1,180 | 3,420 | 19.4% |\n"
            "| Europe | 860 | 2,510 | 19.6% |\n"
            "| Asia-Pacific | 740 | 2,690 | 24.0% |\n"
            "| Rest of world | 210 | 640 | 20.4% |\n"
            "| Total | 2,990 | 9,260 | 20.7% |\n"
            "Source: Harbourline Research estimates, covering search ranking, personalised recommendation and "
            "conversational search inside agency apps; F = forecast."
        ),
        obs=[
            ("North America", 2024, 1180, "USD million", "actual"),
            ("North America", 2030, 3420, "USD million", "estimate"),
            ("Europe", 2024, 860, "USD million", "actual"),
            ("Europe", 2030, 2510, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 740, "USD million", "actual"),
            ("Asia-Pacific", 2030, 2690, "USD million", "estimate"),
            ("Rest of world", 2024, 210, "USD million", "actual"),
            ("Rest of world", 2030, 640, "USD million", "estimate"),
            ("Total", 2024, 2990, "USD million", "actual"),
            ("Total", 2030, 9260, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3420 / 1180) ** (1 / 6) - 1 = 19.405% -> 19.4
            # (2510 / 860) ** (1 / 6) - 1 = 19.544% -> 19.5, not 19.6; bounds (2509.5 / 860.5) ** (1/6) - 1 = 19.529%,
            # (2510.5 / 859.5) ** (1/6) - 1 = 19.560% -> 19.6 by the high reading only
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2690 / 740) ** (1 / 6) - 1 = 23.9995% -> 24.0
            ("cagr|implied", "exact"),  # (640 / 210) ** (1 / 6) - 1 = 20.41% -> 20.4
            ("cagr|implied", "exact"),  # (9260 / 2990) ** (1 / 6) - 1 = 20.73% -> 20.7
            ("hierarchy", "exact"),  # 2024: 1180 + 860 + 740 + 210 = 2990
            ("hierarchy", "exact"),  # 2030F: 3420 + 2510 + 2690 + 640 = 9260
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; 2025年E is an estimate; the 2023 合计
    #     holds only by rounding. Expected nowhere: the table number, the title's year span, the source line.
    dict(
        text=(
            "表3 2022—2025年中国景区与目的地人工智能应用市场细分规模(单位:亿元)\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "智慧票务\t3.4\t4.6\t6.1\t7.9\n"
            "客流预测与调度\t2.1\t2.9\t3.9\t5.2\n"
            "AI导览与翻译\t1.6\t2.3\t3.2\t4.3\n"
            "智能营销\t1.2\t1.7\t2.4\t3.3\n"
            "合计\t8.3\t11.6\t15.6\t20.7\n"
            "资料来源:文旅数字化研究中心,根据景区、博物馆及主题公园采购数据整理;2025年E为预测值,合计数因四舍五入"
            "可能与分项之和略有出入。"
        ),
        obs=[
            ("智慧票务", 2022, 3.4, "CNY 100 million", "actual"),
            ("智慧票务", 2023, 4.6, "CNY 100 million", "actual"),
            ("智慧票务", 2024, 6.1, "CNY 100 million", "actual"),
            ("智慧票务", 2025, 7.9, "CNY 100 million", "estimate"),
            ("客流预测与调度", 2022, 2.1, "CNY 100 million", "actual"),
            ("客流预测与调度", 2023, 2.9, "CNY 100 million", "actual"),
            ("客流预测与调度", 2024, 3.9, "CNY 100 million", "actual"),
            ("客流预测与调度", 2025, 5.2, "CNY 100 million", "estimate"),
            ("AI导览与翻译", 2022, 1.6, "CNY 100 million", "actual"),
            ("AI导览与翻译", 2023, 2.3, "CNY 100 million", "actual"),
            ("AI导览与翻译", 2024, 3.2, "CNY 100 million", "actual"),
            ("AI导览与翻译", 2025, 4.3, "CNY 100 million", "estimate"),
            ("智能营销", 2022, 1.2, "CNY 100 million", "actual"),
            ("智能营销", 2023, 1.7, "CNY 100 million", "actual"),
            ("智能营销", 2024, 2.4, "CNY 100 million", "actual"),
            ("智能营销", 2025, 3.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 8.3, "CNY 100 million", "actual"),
            ("合计", 2023, 11.6, "CNY 100 million", "actual"),
            ("合计", 2024, 15.6, "CNY 100 million", "actual"),
            ("合计", 2025, 20.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 3.4 + 2.1 + 1.6 + 1.2 = 8.3
            # 2023: 4.6 + 2.9 + 2.3 + 1.7 = 11.5, not 11.6; bounds 11.3-11.7 (each part +-0.05) against
            # 11.55-11.65 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 6.1 + 3.9 + 3.2 + 2.4 = 15.6
            ("hierarchy", "exact"),  # 2025E: 7.9 + 5.2 + 4.3 + 3.3 = 20.7
        ],
    ),
    # 18. Space-aligned table (France, EUR million) with a share column and a Total row; the Total's 100.0% is no
    #     claim. Expected nowhere: the source's 214 operators and its survey year.
    dict(
        text=(
            "France: AI spending by tourism businesses, by use case, 2024\n"
            "Use case                        EUR m    Share\n"
            "Hotel revenue management          118    38.1%\n"
            "Airline dynamic pricing            84    27.1%\n"
            "Chatbots and trip planners         61    19.7%\n"
            "Translation and guide apps         47    15.2%\n"
            "Total                             310   100.0%\n"
            "Source: Observatoire Azur du Tourisme Num\u00e9rique, survey of 214 operators conducted in early 2025. "
            "Covers hotels, airlines, tour operators and attractions in metropolitan France; excludes public "
            "tourism offices."
        ),
        obs=[
            ("Hotel revenue management", 2024, 118, "EUR million", "actual"),
            ("Airline dynamic pricing", 2024, 84, "EUR million", "actual"),
            ("Chatbots and trip planners", 2024, 61, "EUR million", "actual"),
            ("Translation and guide apps", 2024, 47, "EUR million", "actual"),
            ("Total", 2024, 310, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.1, "percent", 2024, 2024, None),
            ("share", 27.1, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118 / 310 = 38.06% -> 38.1
            ("arithmetic", "exact"),  # 84 / 310 = 27.10% -> 27.1
            ("arithmetic", "exact"),  # 61 / 310 = 19.68% -> 19.7
            ("arithmetic", "exact"),  # 47 / 310 = 15.16% -> 15.2
            ("hierarchy", "exact"),  # 118 + 84 + 61 + 47 = 310
        ],
    ),
    # 19. Vertical table (Italy) whose rows are years; its lone value column is headed by its unit only, so the
    #     figures are the market's Total; a YoY column, the 2024 rate holds only by rounding; 2025E an estimate.
    #     Expected nowhere: the source line, the 458 million overnight stays.
    dict(
        text=(
            "Italy: AI for attractions and hotels (crowd forecasting, smart ticketing, pricing)\n"
            "Year     EUR million      YoY\n"
            "2021              96        -\n"
            "2022             131    36.5%\n"
            "2023             172    31.3%\n"
            "2024             219    27.5%\n"
            "2025E            268    22.4%\n"
            "Source: Osservatorio Turismo Digitale, Milan; E = estimate. Covers hotels, museums, archaeological "
            "sites and theme parks; excludes airlines and cruise lines. For scale, Italy recorded some 458 million "
            "overnight stays in 2024."
        ),
        obs=[
            ("Total", 2021, 96, "EUR million", "actual"),
            ("Total", 2022, 131, "EUR million", "actual"),
            ("Total", 2023, 172, "EUR million", "actual"),
            ("Total", 2024, 219, "EUR million", "actual"),
            ("Total", 2025, 268, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 36.5, "percent", 2021, 2022, 1.0),
            ("growth", 31.3, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131 / 96 - 1 = 36.46% -> 36.5
            ("cagr|implied", "exact"),  # 172 / 131 - 1 = 31.30% -> 31.3
            # 219 / 172 - 1 = 27.33% -> 27.3, not 27.5; bounds 218.5 / 172.5 - 1 = 26.67%,
            # 219.5 / 171.5 - 1 = 27.99% -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 268 / 219 - 1 = 22.37% -> 22.4
        ],
    ),
    # 20. Tab-separated segment table (South Korea, USD million) with a Total row; the 2024 Total contradicts its
    #     rows. Expected nowhere: the source line, the 15.4 million foreign visitors.
    dict(
        text=(
            "South Korea: travel-industry AI spending by segment (USD million)\n"
            "Segment\t2023\t2024\t2025E\n"
            "Airline dynamic pricing\t96\t128\t165\n"
            "Hotel revenue management\t74\t101\t133\n"
            "Travel chatbots and planners\t88\t119\t158\n"
            "Translation and guide apps\t45\t64\t87\n"
            "Total\t303\t418\t543\n"
            "Source: Han River Travel Analytics; converted from won at annual average rates; E = estimate. "
            "South Korea received 15.4 million foreign visitors in 2024."
        ),
        obs=[
            ("Airline dynamic pricing", 2023, 96, "USD million", "actual"),
            ("Airline dynamic pricing", 2024, 128, "USD million", "actual"),
            ("Airline dynamic pricing", 2025, 165, "USD million", "estimate"),
            ("Hotel revenue management", 2023, 74, "USD million", "actual"),
            ("Hotel revenue management", 2024, 101, "USD million", "actual"),
            ("Hotel revenue management", 2025, 133, "USD million", "estimate"),
            ("Travel chatbots and planners", 2023, 88, "USD million", "actual"),
            ("Travel chatbots and planners", 2024, 119, "USD million", "actual"),
            ("Travel chatbots and planners", 2025, 158, "USD million", "estimate"),
            ("Translation and guide apps", 2023, 45, "USD million", "actual"),
            ("Translation and guide apps", 2024, 64, "USD million", "actual"),
            ("Translation and guide apps", 2025, 87, "USD million", "estimate"),
            ("Total", 2023, 303, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2025, 543, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 96 + 74 + 88 + 45 = 303
            # 2024: 128 + 101 + 119 + 64 = 412, not 418; bounds 410-414 (each row +-0.5) against 417.5-418.5
            # -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 165 + 133 + 158 + 87 = 543
        ],
    ),
    # 21. Earnings-call Q&A: the CFO sizes the TAM (Total) in USD billion, "this year" = dateline 2025 as an estimate,
    #     a CAGR with printed span. Expected nowhere: the dateline, the quarter's gross bookings and their 11%, the
    #     company's EBITDA margin, "about a quarter" of app sessions.
    dict(
        text=(
            "Wayfarer Group Q3 2025 Earnings Call, October 29, 2025 (transcript excerpt)\n"
            "Priya Nandakumar, Halden Securities: Could you frame how big the opportunity is for the AI trip planner?\n"
            "Marcus Elling, Chief Financial Officer: Sure. We size the total addressable market for AI trip-planning "
            "and booking agents at $6.8 billion in 2024, roughly $8.9 billion this year, and $21.5 billion in 2029. "
            "That's about a 26% compound annual growth rate from 2024 to 2029. For context, gross bookings in the "
            "quarter were $4.2 billion, up 11%, our adjusted EBITDA margin was 31%, and about a quarter of app "
            "sessions now touch the planner."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2025, 8.9, "USD billion", "estimate"),
            ("Total", 2029, 21.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.5 / 6.8) ** (1 / 5) - 1 = 25.89% -> 26
        ],
    ),
    # 22. Working-paper abstract (Spain, France, Italy hotels) in EUR million: YoY with both amounts, a part with its
    #     share, a CAGR whose span only the amounts' years give. Expected nowhere: the paper number, the 2,310 hotels,
    #     the 3.1% ADR and 4.4% RevPAR effects, the JEL codes.
    dict(
        text=(
            "Working Paper 24/117. Algorithms at the front desk: AI revenue management in Southern European hotels\n"
            "Abstract: Using invoice data from 2,310 hotels in Spain, France and Italy, we estimate that hotels in the "
            "three countries spent \u20ac318 million on AI-driven revenue-management and dynamic-pricing systems in "
            "2024, up 17.8% from \u20ac270 million in 2023. Chains accounted for \u20ac201 million, or 63% of the total. "
            "Adoption raises average daily rates by 3.1% and RevPAR by 4.4% within two years, with larger effects in "
            "coastal resorts. We project the market at \u20ac560 million in 2028, implying growth of 15.2% a year. "
            "JEL codes: L83, O33, Z32."
        ),
        obs=[
            ("Total", 2023, 270, "EUR million", "actual"),
            ("Total", 2024, 318, "EUR million", "actual"),
            ("Chains", 2024, 201, "EUR million", "actual"),
            ("Total", 2028, 560, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 17.8, "percent", 2023, 2024, 1.0),
            ("share", 63, "percent", 2024, 2024, None),
            ("cagr", 15.2, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 270) ** (1 / 1) - 1 = 17.78% -> 17.8
            ("arithmetic", "exact"),  # 201 / 318 = 63.21% -> 63
            ("cagr|period", "exact"),  # (560 / 318) ** (1 / 4) - 1 = 15.20% -> 15.2
        ],
    ),
    # 23. Social-media thread on airline pricing AI in USD billion: YoY with both amounts, a multiple over four years.
    #     Expected nowhere: the thread numbering, passengers flown, airline revenue, the 40% of fares, the funding
    #     round and valuation.
    dict(
        text=(
            "@faresandfigures 1/ Everyone talks about AI trip planners, but the real money in travel AI is airline "
            "pricing. A short thread.\n"
            "2/ Per Skyrate Analytics, airlines spent $1.24B on AI revenue-management and dynamic-offer software in "
            "2024, vs $0.97B in 2023. That's +28% YoY.\n"
            "3/ Their forecast is $3.1B by 2028, i.e. 2.5x in four years.\n"
            "4/ For scale: carriers flew ~4.9B passengers and booked roughly $964B in revenue last year. A rounding "
            "error.\n"
            "5/ One revenue manager told me 40% of his airline's fares are now set by the model. Skyrate raised $38M "
            "at a $410M valuation in May. /end"
        ),
        obs=[
            ("Total", 2023, 0.97, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2028, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 0.97) ** (1 / 1) - 1 = 27.84% -> 28
        ],
    ),
    # 24. UK web article with a correction, GBP million: YoY with both amounts, a 2027 forecast. Expected nowhere: the
    #     dateline and correction date, the superseded £128 million, overseas trips, the package-holiday price.
    dict(
        text=(
            "How AI chatbots are quietly rewriting the British package holiday\n"
            "By Hannah Corrigan, Travel Correspondent. Updated 12 March 2025\n"
            "UK tour operators and online travel agents spent \u00a3182 million on AI chatbots and virtual travel "
            "assistants in 2024, up 31% from \u00a3139 million in 2023, according to the Association of Travel "
            "Technology Providers. The trade body expects spending to reach \u00a3410 million in 2027. Britons took "
            "94 million overseas trips last year, and the average package holiday now costs \u00a31,090 per person.\n"
            "Correction, 12 March 2025: An earlier version of this article gave 2024 spending as \u00a3128 million. "
            "The correct figure is \u00a3182 million."
        ),
        obs=[
            ("Total", 2023, 139, "GBP million", "actual"),
            ("Total", 2024, 182, "GBP million", "actual"),
            ("Total", 2027, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 139) ** (1 / 1) - 1 = 30.94% -> 31
        ],
    ),
    # 25. Singapore hotel group's annual-report letter quoting an industry body, USD billion: YoY that holds only by
    #     rounding, a part with its share. Expected nowhere: the 418 hotels, the group's revenue and its 14%,
    #     occupancy, the dividend, the letter's date.
    dict(
        text=(
            "Letter from the Chairman and Group CEO\n"
            "Dear fellow shareholders,\n"
            "2024 was the year artificial intelligence moved from pilot to platform across our 418 hotels. The "
            "Hospitality Data Council estimates that Asia-Pacific hotels spent US$1.46 billion on AI guest-messaging, "
            "upselling and revenue-management tools in 2024, 30% more than the US$1.13 billion of 2023, and expects "
            "US$4.0 billion by 2028. Greater China accounted for US$0.41 billion, or 28% of the regional total. Our "
            "own revenue rose 14% to US$3.2 billion, occupancy reached 76% and the Board proposes a final dividend of "
            "9.5 US cents per share.\n"
            "Lim Wei Ming, Chairman. Singapore, 18 March 2025"
        ),
        obs=[
            ("Total", 2023, 1.13, "USD billion", "actual"),
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Greater China", 2024, 0.41, "USD billion", "actual"),
            ("Total", 2028, 4.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1.46 / 1.13) - 1 = 29.20% -> 29, not 30; bounds 1.455 / 1.135 - 1 = 28.19%,
            # 1.465 / 1.125 - 1 = 30.22% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.41 / 1.46 = 28.08% -> 28
        ],
    ),
    # 26. New York investor-day slide bullets of an OTA, USD billion, all E years: TAM (Total), CAGR with printed
    #     span, a part with its share of the TAM. Expected nowhere: the slide number, the company's gross bookings,
    #     room nights, take rate and margin, the survey sample.
    dict(
        text=(
            "Trivana Investor Day 2025. New York, 16 September 2025\n"
            "Slide 14: The AI opportunity in travel\n"
            "- AI search, recommendation and trip-planning TAM: $9.4B (2025E) rising to $27.0B (2030E)\n"
            "- 2025E-2030E CAGR: 23.5%\n"
            "- Conversational planning: $2.1B in 2025E, 22% of TAM\n"
            "- Trivana gross bookings 2024: $118B across 142M room nights\n"
            "- Take rate 14.6%; adjusted EBITDA margin 29%\n"
            "- Source: Trivana analysis; Ardent Partners traveller survey (n=6,000)"
        ),
        obs=[
            ("Total", 2025, 9.4, "USD billion", "estimate"),
            ("Conversational planning", 2025, 2.1, "USD billion", "estimate"),
            ("Total", 2030, 27.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2025, 2030, None, "stated"),
            ("share", 22, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.0 / 9.4) ** (1 / 5) - 1 = 23.49% -> 23.5
            ("arithmetic", "exact"),  # 2.1 / 9.4 = 22.34% -> 22
        ],
    ),
    # 27. Forum answer quoting two research houses: the first (Meridian) gives base, target and rate; its 2030 figure
    #     in billions is converted to the series' unit (USD million); its CAGR contradicts its own amounts.
    #     Expected nowhere: Lumos Research's $910 million, the upvotes, international tourist spending, downloads and
    #     languages, the 57% survey answer.
    dict(
        text=(
            "Re: How big is the market for AI translation and audio-guide apps?\n"
            "Answer from travel_tech_dan (Top contributor, 4,812 upvotes):\n"
            "Depends whose numbers you use. Meridian Insights puts the global market for AI translation and "
            "audio-guide apps aimed at travellers at $742 million in 2024 and sees it reaching $2.13 billion in 2030, "
            "which it calls a 21.4% CAGR for 2024-2030. Lumos Research is more bullish at $910 million for 2024. "
            "Either way it is small next to the roughly $1.9 trillion international tourists spent in 2024. The "
            "leading app claims 80 million downloads and 140 languages, and a survey I saw found 57% of travellers "
            "used machine translation abroad."
        ),
        obs=[
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2030, 2130, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2130 / 742) ** (1 / 6) - 1 = 19.21%; bounds (2125 / 742.5) ** (1/6) - 1 = 19.15%,
            # (2135 / 741.5) ** (1/6) - 1 = 19.27% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Seoul broker research note in won (no observation): YoY and CAGR with only one amount printed, a share with
    #     no part amount (claims, no verdicts). Expected nowhere: the dateline, arrivals and Jeju visitors, the
    #     rating, price target and upside, the covered company's revenue and its 26%.
    dict(
        text=(
            "Korea Travel Tech. Industry note. Seoul, 7 April 2025. Hanbit Securities Research\n"
            "We estimate South Korea's market for AI travel services (itinerary chatbots, dynamic pricing for hotels "
            "and pensions, and translation guides) at \u20a9712 billion in 2024, up 21% on the year, and model an "
            "18.5% CAGR over 2024-2028. Dynamic pricing for hotels and pensions takes 38% of the market. Inbound "
            "arrivals recovered to 16.4 million last year, and Jeju alone handled 13.5 million domestic visitors. We "
            "keep BUY on platform operator Staynest (TP \u20a954,000, 31% upside), whose 2024 revenue grew 26% to "
            "\u20a9498 billion."
        ),
        obs=[],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # none: amounts in won are no observation; the YoY base, the CAGR's end and the share's part are unprinted
        ],
    ),
    # 29. Xinhua-style release (Simplified), 亿元: YoY with both amounts, a part without a share, an approximate 2027
    #     target (突破) at its printed figure. Expected nowhere: the dateline, domestic trips and total tourist spending,
    #     the Spring Festival holiday's trips, the 72% survey answer.
    dict(
        text=(
            "新华社北京3月18日电(记者张晓岚)记者从中国智慧旅游产业联盟获悉,2024年我国旅游领域人工智能应用市场规模"
            "达到326.5亿元,较上年的256.3亿元增长27.4%。其中,景区客流预测与智能票务系统市场规模为61.8亿元。联盟预计,"
            "2027年该市场规模将突破600亿元。数据显示,2024年国内出游人次达56.15亿,国内游客出游总花费5.75万亿元;"
            "春节假期8天全国国内出游5.01亿人次。联盟秘书长表示,受访景区中有72%已上线AI导览服务。"
        ),
        obs=[
            ("Total", 2023, 256.3, "CNY 100 million", "actual"),
            ("Total", 2024, 326.5, "CNY 100 million", "actual"),
            ("景区客流预测与智能票务系统", 2024, 61.8, "CNY 100 million", "actual"),
            ("Total", 2027, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (326.5 / 256.3) ** (1 / 1) - 1 = 27.39% -> 27.4
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified), 亿元: a 2024 base, a 2027 target (力争) with a part, a 年均增长 whose
    #     span only the amounts' years give. Expected nowhere: the plan's title years, the 20 demonstration scenes,
    #     the 10 firms, tourist arrivals, total tourism revenue.
    dict(
        text=(
            "杭州市文化广电旅游局关于印发《杭州市“AI+文旅”融合发展行动计划(2025—2027年)》的通知\n"
            "二、主要目标。2024年,全市文旅领域人工智能产业规模达到68.5亿元。到2027年,力争全市文旅人工智能产业规模"
            "达到120亿元,年均增长20.5%,其中智慧景区与数字导览达到35亿元;打造20个AI应用示范场景,培育10家以上骨干"
            "企业;全市年接待游客突破2.5亿人次,旅游总收入超过4,000亿元。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("智慧景区与数字导览", 2027, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 68.5) ** (1 / 3) - 1 = 20.55% (20.549) -> 20.5
        ],
    ),
    # 31. Taipei research release (Traditional), 新台幣億元: YoY with both amounts, 今年 = 2025 as an estimate, a 2027
    #     forecast. Expected nowhere: the dateline and the report's title year, visitor arrivals, the average room
    #     rate, the 412 firms and the 58% survey answer.
    dict(
        text=(
            "【台北訊】2025/04/15 台灣觀光科技研究中心今(15)日發布《2025台灣智慧旅宿產業調查》指出,2024年台灣旅宿業"
            "導入AI營收管理、動態訂價與智慧客服的市場規模達新台幣38.6億元,較2023年的31.6億元成長22.2%。研究中心預估,"
            "今年市場規模可望達47.5億元,2027年將進一步擴大至新台幣72億元。報告同時指出,2024年來台旅客達785萬人次,"
            "全台旅館平均房價為新台幣3,412元;受訪的412家業者中,有58%表示將在一年內擴大AI預算。"
        ),
        obs=[
            ("Total", 2023, 31.6, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2025, 47.5, "TWD 100 million", "estimate"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.6) ** (1 / 1) - 1 = 22.15% -> 22.2
        ],
    ),
    # 32. Hong Kong association report (Traditional), 億港元: YoY with both amounts, a part with a share that holds
    #     only by rounding, a 2027 forecast. Expected nowhere: the report's title year, "約四成" in words, visitor
    #     arrivals, hotel occupancy, "近六成" of firms.
    dict(
        text=(
            "香港旅遊科技協會今日發表《香港智慧旅遊發展報告2025》。報告指出,2024年本港旅遊業在人工智能方面的支出達"
            "14.2億港元,較2023年的10.8億港元增長31.5%。其中,景點人流預測及智能票務系統支出為3.9億港元,約佔整體的"
            "28%;酒店及航空公司的動態定價工具則佔約四成。報告預測,有關支出於2027年將增至30億港元。2024年訪港旅客約"
            "4,450萬人次,酒店平均入住率為87%。協會主席表示,受訪企業中有近六成計劃今年增加相關投資。"
        ),
        obs=[
            ("Total", 2023, 10.8, "HKD 100 million", "actual"),
            ("Total", 2024, 14.2, "HKD 100 million", "actual"),
            ("景點人流預測及智能票務系統", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2027, 30, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 10.8) ** (1 / 1) - 1 = 31.48% -> 31.5
            # 3.9 / 14.2 = 27.46% -> 27, not 28; bounds 3.85 / 14.25 = 27.02%, 3.95 / 14.15 = 27.92% -> 28 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. PTT post (Traditional) quoting a consultancy deck, 新台幣億元: a YoY its own amounts contradict, an
    #     approximate 2026 figure (上看). Expected nowhere: the post header and time, the poster's "兩成多" in words,
    #     outbound trips, the agency's quarterly savings, the start-up's funding round, the replies.
    dict(
        text=(
            "作者 tripnerd (旅行宅) 看板 Tour-Agency\n"
            "標題 [情報] 台灣AI行程規劃市場一年成長38%?\n"
            "時間 Mon Jun 9 21:14:07 2025\n"
            "看到某顧問公司簡報寫:台灣AI行程規劃與旅遊聊天機器人市場,2023年新台幣9.8億元,2024年12.6億元,年成長38%,"
            "預估2026年上看20億元。\n"
            "但我自己按計算機,12.6除以9.8也才成長兩成多,是不是打錯?\n"
            "另外簡報說去年國人出國1,680萬人次,某大旅行社AI客服一季就省下3,000萬成本。\n"
            "推 kuma5566: 38%應該是筆誤吧\n"
            "→ lulu0210: 那家新創上個月才募到5億,簡報當然要寫大一點"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2026, 20, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 9.8) - 1 = 28.57%; bounds 12.55 / 9.85 - 1 = 27.41%, 12.65 / 9.75 - 1 = 29.74%
            # -> 38 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Broker sector abstract (Simplified), 亿元: a 2025 range (two value claims, no observation, no verdict), a CAGR
    #     with printed span. Expected nowhere: the report date, the leader's GMV, the summer week's ticket orders and
    #     their 19%, the rating, the price target and upside.
    dict(
        text=(
            "申联证券·OTA行业深度报告摘要(2025年7月)\n"
            "AI重塑在线旅游的搜索与推荐。我们测算,2024年国内OTA平台在AI搜索、推荐与智能行程规划上的投入为36.8亿元,"
            "预计2025年达到45—52亿元,2028年有望达到98.7亿元,2024—2028年复合增速约28%。龙头平台2024年GMV超过2.3万亿元,"
            "暑期单周机票订单同比增长19%。我们维持行业“推荐”评级,给予覆盖公司目标价186港元,对应31%上涨空间。"
            "风险提示:宏观消费走弱、AI投入回报不及预期。"
        ),
        obs=[
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2028, 98.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("value", 45, "CNY 100 million", 2025, 2025, None),
            ("value", 52, "CNY 100 million", 2025, 2025, None),
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (98.7 / 36.8) ** (1 / 4) - 1 = 27.97% -> 28
        ],
    ),
    # 35. Results-briefing transcript (Simplified): the chairman sizes the serviceable market (Total) in 亿元; 今年 =
    #     2025 as an estimate with an approximate figure (左右); a YoY that holds only by rounding; an approximate 2027
    #     figure (超过). Expected nowhere: the stock code and date, the half-year revenue, its 24.1%, the gross
    #     margin, new stores, the share target in words.
    dict(
        text=(
            "云栖酒店科技(688417)2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "问:公司如何看待酒店收益管理AI的市场空间?\n"
            "董事长兼总经理陈立峰:根据我们测算,国内酒店收益管理AI的可服务市场规模2024年约为21.5亿元,今年预计达到28亿元"
            "左右,同比增长约31%;到2027年有望超过50亿元。上半年公司实现营业收入3.46亿元,同比增长24.1%,毛利率61.2%,"
            "新增签约门店1,870家。我们的目标是三年内在这个市场做到两成以上的份额。"
        ),
        obs=[
            ("Total", 2024, 21.5, "CNY 100 million", "actual"),
            ("Total", 2025, 28, "CNY 100 million", "estimate"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 28 / 21.5 - 1 = 30.23% -> 30, not 31; bounds 27.5 / 21.55 - 1 = 27.61%, 28.5 / 21.45 - 1 = 32.87%
            # -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown pipe table (US, USD million) with a CAGR column for each row and a Total row. Expected nowhere: the
    #     exhibit number, US domestic travel spending in the source line.
    dict(
        text=(
            "Exhibit 7: US AI-in-travel spending by segment (USD million)\n"
            "| Segment | 2024 | 2029E | CAGR 2024-29E |\n"
            "|---|---|---|---|\n"
            "| Trip planners and chatbots | 1,240 | 3,870 | 25.6% |\n"
            "| Airline dynamic pricing | 860 | 1,910 | 17.3% |\n"
            "| Hotel revenue management | 720 | 1,480 | 15.5% |\n"
            "| OTA search and recommendation | 1,530 | 3,650 | 19.0% |\n"
            "| Total | 4,350 | 10,910 | 20.2% |\n"
            "Source: Crestline Partners estimates. Excludes US domestic travel spending of $1.3 trillion in 2024 and "
            "in-house IT staff costs."
        ),
        obs=[
            ("Trip planners and chatbots", 2024, 1240, "USD million", "actual"),
            ("Trip planners and chatbots", 2029, 3870, "USD million", "estimate"),
            ("Airline dynamic pricing", 2024, 860, "USD million", "actual"),
            ("Airline dynamic pricing", 2029, 1910, "USD million", "estimate"),
            ("Hotel revenue management", 2024, 720, "USD million", "actual"),
            ("Hotel revenue management", 2029, 1480, "USD million", "estimate"),
            ("OTA search and recommendation", 2024, 1530, "USD million", "actual"),
            ("OTA search and recommendation", 2029, 3650, "USD million", "estimate"),
            ("Total", 2024, 4350, "USD million", "actual"),
            ("Total", 2029, 10910, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 15.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3870 / 1240) ** (1 / 5) - 1 = 25.56% -> 25.6
            ("cagr|implied", "exact"),  # (1910 / 860) ** (1 / 5) - 1 = 17.30% -> 17.3
            ("cagr|implied", "exact"),  # (1480 / 720) ** (1 / 5) - 1 = 15.50% -> 15.5
            ("cagr|implied", "exact"),  # (3650 / 1530) ** (1 / 5) - 1 = 18.99% -> 19.0
            ("cagr|implied", "exact"),  # (10910 / 4350) ** (1 / 5) - 1 = 20.19% -> 20.2
            ("hierarchy", "exact"),  # 2024: 1240 + 860 + 720 + 1530 = 4350
            ("hierarchy", "exact"),  # 2029E: 3870 + 1910 + 1480 + 3650 = 10910
        ],
    ),
    # 37. Tab-separated table (Japan, ¥ billion) with a YoY column and a Total row; one YoY misprinted. Expected
    #     nowhere: the source's date, inbound visitors.
    dict(
        text=(
            "Japan: AI spending in travel and tourism by segment (\u00a5 billion)\n"
            "Segment\t2023\t2024\tYoY\n"
            "AI guide and translation apps\t18.4\t24.1\t31.0%\n"
            "Hotel pricing AI\t26.7\t31.9\t19.5%\n"
            "Rail and airline AI\t21.2\t25.0\t17.9%\n"
            "Attraction crowd forecasting\t6.3\t8.8\t49.7%\n"
            "Total\t72.6\t89.8\t23.7%\n"
            "Source: Nihon Travel Analytics, March 2025. Covers software, cloud and integration spend by travel firms, "
            "railways, airlines and municipalities; excludes general IT budgets. Japan received 36.9 million inbound "
            "visitors in 2024, and inbound travellers spent \u00a58.1 trillion."
        ),
        obs=[
            ("AI guide and translation apps", 2023, 18.4, "JPY billion", "actual"),
            ("AI guide and translation apps", 2024, 24.1, "JPY billion", "actual"),
            ("Hotel pricing AI", 2023, 26.7, "JPY billion", "actual"),
            ("Hotel pricing AI", 2024, 31.9, "JPY billion", "actual"),
            ("Rail and airline AI", 2023, 21.2, "JPY billion", "actual"),
            ("Rail and airline AI", 2024, 25.0, "JPY billion", "actual"),
            ("Attraction crowd forecasting", 2023, 6.3, "JPY billion", "actual"),
            ("Attraction crowd forecasting", 2024, 8.8, "JPY billion", "actual"),
            ("Total", 2023, 72.6, "JPY billion", "actual"),
            ("Total", 2024, 89.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 49.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.1 / 18.4 - 1 = 30.98% -> 31.0
            ("cagr|implied", "exact"),  # 31.9 / 26.7 - 1 = 19.48% -> 19.5
            ("cagr|implied", "exact"),  # 25.0 / 21.2 - 1 = 17.92% -> 17.9
            # 8.8 / 6.3 - 1 = 39.68%; bounds 8.75 / 6.35 - 1 = 37.80%, 8.85 / 6.25 - 1 = 41.60% -> 49.7 by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 89.8 / 72.6 - 1 = 23.69% -> 23.7
            ("hierarchy", "exact"),  # 2023: 18.4 + 26.7 + 21.2 + 6.3 = 72.6
            ("hierarchy", "exact"),  # 2024: 24.1 + 31.9 + 25.0 + 8.8 = 89.8
        ],
    ),
    # 38. Space-aligned table (UK, £m, 2024) with a share column and a Total row; one share holds only by rounding.
    #     Expected nowhere: the 100.0% total share, the survey's 214 firms, overseas visits, inbound visitor spending.
    dict(
        text=(
            "UK: AI spending in travel by buyer, 2024\n"
            "Buyer                          \u00a3m     Share\n"
            "Airlines                       96     35.6%\n"
            "Hotels                         74     27.5%\n"
            "OTAs and tour operators        63     23.3%\n"
            "Attractions and destinations   37     13.7%\n"
            "Total                         270    100.0%\n"
            "Source: VisitTech Britain, survey of 214 firms. Note: covers AI software, services and in-house model "
            "development; excludes general IT. UK residents made 94.6 million overseas visits in 2024, and inbound "
            "visitors spent \u00a332.5 billion."
        ),
        obs=[
            ("Airlines", 2024, 96, "GBP million", "actual"),
            ("Hotels", 2024, 74, "GBP million", "actual"),
            ("OTAs and tour operators", 2024, 63, "GBP million", "actual"),
            ("Attractions and destinations", 2024, 37, "GBP million", "actual"),
            ("Total", 2024, 270, "GBP million", "actual"),
        ],
        claims=[
            ("share", 35.6, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 13.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96 / 270 = 35.56% -> 35.6
            # 74 / 270 = 27.41% -> 27.4, not 27.5; bounds 73.5 / 270.5 = 27.17%, 74.5 / 269.5 = 27.64%
            # -> 27.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 63 / 270 = 23.33% -> 23.3
            ("arithmetic", "exact"),  # 37 / 270 = 13.70% -> 13.7
            ("hierarchy", "exact"),  # 2024: 96 + 74 + 63 + 37 = 270
        ],
    ),
    # 39. Vertical markdown table (UAE) whose rows are years, a lone value column headed by its unit (Total), with a
    #     YoY column; F rows are estimates; one YoY holds only by rounding. Expected nowhere: the title's year span,
    #     Dubai's overnight visitors, the hotel room count.
    dict(
        text=(
            "UAE: AI in tourism and hospitality, market size 2021-2026F\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 118 | - |\n"
            "| 2022 | 164 | 39.0% |\n"
            "| 2023 | 226 | 38.1% |\n"
            "| 2024 | 301 | 33.2% |\n"
            "| 2025F | 392 | 30.2% |\n"
            "| 2026F | 505 | 28.8% |\n"
            "Source: Gulf Hospitality Insight. Includes AI pricing, guest messaging, smart ticketing and crowd "
            "forecasting at attractions. Dubai welcomed 18.7 million international overnight visitors in 2024 and "
            "counts about 154,000 hotel rooms."
        ),
        obs=[
            ("Total", 2021, 118, "USD million", "actual"),
            ("Total", 2022, 164, "USD million", "actual"),
            ("Total", 2023, 226, "USD million", "actual"),
            ("Total", 2024, 301, "USD million", "actual"),
            ("Total", 2025, 392, "USD million", "estimate"),
            ("Total", 2026, 505, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.0, "percent", 2021, 2022, 1.0),
            ("growth", 38.1, "percent", 2022, 2023, 1.0),
            ("growth", 33.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2024, 2025, 1.0),
            ("growth", 28.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 164 / 118 - 1 = 38.98% -> 39.0
            # 226 / 164 - 1 = 37.80% -> 37.8, not 38.1; bounds 225.5 / 164.5 - 1 = 37.08%, 226.5 / 163.5 - 1 = 38.53%
            # -> 38.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 301 / 226 - 1 = 33.19% -> 33.2
            ("cagr|implied", "exact"),  # 392 / 301 - 1 = 30.23% -> 30.2
            ("cagr|implied", "exact"),  # 505 / 392 - 1 = 28.83% -> 28.8
        ],
    ),
    # 40. Traditional Chinese markdown table (Taiwan, 新台幣億元) with a 合計 row; 2025年(F) is an estimate; the 2025
    #     total holds only by rounding. Expected nowhere: the table number, the source line.
    dict(
        text=(
            "表3 台灣旅遊AI應用市場規模(單位:新台幣億元)\n"
            "| 應用領域 | 2023年 | 2024年 | 2025年(F) |\n"
            "|---|---|---|---|\n"
            "| 旅遊聊天機器人 | 5.6 | 7.4 | 9.7 |\n"
            "| 行程規劃App | 4.2 | 5.2 | 6.9 |\n"
            "| 智慧票務與人流預測 | 3.1 | 4.0 | 5.3 |\n"
            "| 旅宿動態訂價 | 8.9 | 11.3 | 14.2 |\n"
            "| 合計 | 21.8 | 27.9 | 36.2 |\n"
            "資料來源:台灣數位觀光協會;2025年(F)為預估值,各項因四捨五入,加總與合計或有差異。"
        ),
        obs=[
            ("旅遊聊天機器人", 2023, 5.6, "TWD 100 million", "actual"),
            ("旅遊聊天機器人", 2024, 7.4, "TWD 100 million", "actual"),
            ("旅遊聊天機器人", 2025, 9.7, "TWD 100 million", "estimate"),
            ("行程規劃App", 2023, 4.2, "TWD 100 million", "actual"),
            ("行程規劃App", 2024, 5.2, "TWD 100 million", "actual"),
            ("行程規劃App", 2025, 6.9, "TWD 100 million", "estimate"),
            ("智慧票務與人流預測", 2023, 3.1, "TWD 100 million", "actual"),
            ("智慧票務與人流預測", 2024, 4.0, "TWD 100 million", "actual"),
            ("智慧票務與人流預測", 2025, 5.3, "TWD 100 million", "estimate"),
            ("旅宿動態訂價", 2023, 8.9, "TWD 100 million", "actual"),
            ("旅宿動態訂價", 2024, 11.3, "TWD 100 million", "actual"),
            ("旅宿動態訂價", 2025, 14.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 21.8, "TWD 100 million", "actual"),
            ("合計", 2024, 27.9, "TWD 100 million", "actual"),
            ("合計", 2025, 36.2, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.6 + 4.2 + 3.1 + 8.9 = 21.8
            ("hierarchy", "exact"),  # 2024: 7.4 + 5.2 + 4.0 + 11.3 = 27.9
            # 2025(F): 9.7 + 6.9 + 5.3 + 14.2 = 36.1, not 36.2; bounds 35.9 to 36.3 (each part +-0.05)
            # -> 36.2 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 12, 'exact': 77}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'SINGAPORE, March 11, 2025 /PRNewswire/',
    'in FY2024 (year to March 2025)',
    'Not everyone is that bullish',
    'We put the total addressable market for AI trip planning',
    'and is expected to top US$350 million this year',
    'the correct figure is £256m',
    'nearly 2.9x in two years',
    '力争到2027年全省景区、酒店及文旅平台人工智能应用市场规模达到45亿元,较2024年增长2倍',
    '另据星图文旅数据研究所估算,2024年该市场规模约为28亿元',
    '去年達新台幣14.2億元,較前年的11.6億元成長22%',
    '| Europe | 860 | 2,510 | 19.6% |',
    '合计\t8.3\t11.6\t15.6\t20.7',
    'Hotel revenue management          118    38.1%',
    'We size the total addressable market for AI trip-planning',
    'Correction, 12 March 2025: An earlier version',
    'Dear fellow shareholders,',
    '- 2025E-2030E CAGR: 23.5%',
    'Depends whose numbers you use.',
    '较上年的256.3亿元增长27.4%',
    '今(15)日發布《2025台灣智慧旅宿產業調查》',
    '較2023年的10.8億港元增長31.5%',
    '標題 [情報] 台灣AI行程規劃市場一年成長38%?',
    '预计2025年达到45—52亿元',
    '| Trip planners and chatbots | 1,240 | 3,870 | 25.6% |',
    'Attractions and destinations   37     13.7%',
    '| 合計 | 21.8 | 27.9 | 36.2 |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 209
#: figures, 61 rates, 89 verdicts and 4 false inconsistent
FLOORS = {"figures_found": 216, "rates_found": 61, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset207.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
