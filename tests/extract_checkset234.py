"""A two-hundred-and-thirty-fourth check set for the extractor, written blind: AI in golf, skiing and leisure resorts: AI
swing analysis and launch monitors, AI tee-time and lift-ticket dynamic pricing, AI course and slope maintenance (turf,
snowmaking, grooming), AI guest apps and concierge chatbots at resorts, AI crowd and queue forecasting at ski lifts and
theme parks; sized in money by golf and ski industry bodies, tourism ministries, brokers, consultancies, research houses
and resort operators' investor days, in the United States, Canada, the United Kingdom, France, Switzerland (Swiss francs
only as an aside), Austria, Italy, Spain, Japan, South Korea (won only as an aside), Australia, mainland China, Taiwan
and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves
out: total golf, ski or resort revenue beside the AI part, numbers of rounds, skier days, visitors, courses or lifts, a
lift ticket's or green fee's price, an operator's own revenue or margin, a funding round and valuation, a quarter's
figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in golf, skiing and leisure resorts: eight English prose texts (a
Denver wire release on North American ski-resort pricing, snowmaking and lift-line AI, a Tokyo broker note in fiscal
years and yen on swing analysis and launch monitors, a St Andrews briefing on UK golf with three segments and shares, an
Orlando article on theme-park queue forecasting quoting two research houses, a Salt Lake City investor-day TAM for
resort guest apps and concierge chatbots, a French ministry roadmap with last-year/this-year figures and a 2030 target,
a correction notice on an Italian snowmaking story with a range, a golf-tech blog post with 'nearly 3x'), seven Chinese
prose texts (a ski-resort AI report, a Jilin plan with 力争到 and 增长3倍, a Xinhua story on theme-park queue AI quoting two
institutes, a Taiwan golf white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story on amusement-park pricing with
去年/今年, a broker deep-dive on ski ticketing with a range) and five tables (markdown golf segments with a CAGR column,
tab-separated 合计 table, space-aligned Alpine countries with shares, a vertical Japanese table of years with YoY, a tab-
separated Iberian golf-resort table). Left out: total golf, ski, park and tourism revenue beside the AI part, rounds,
skier visits and days, visitors, courses, lifts and parks, ticket, pass, green-fee and bay prices, operators' revenue,
margins, targets and orders, funding rounds and valuations, quarter figures, survey answers, won and Swiss-franc
amounts, a second house's figure, a correction's wrong range. Inconsistent: the Orlando 24% CAGR, the CNA 35% rise and
the Japanese 2024 YoY. Only by rounding: the Tokyo and Taiwan CAGRs, the UK turf share, the broker's 35.4% YoY, the tee-
time row's 21.5% CAGR, the 2024年 合计, Austria's share and the Iberian 2025F Total.

Snippets 21-40: Twenty snippets on AI in golf, skiing and leisure resorts (swing analysis and launch monitors, tee-time
and lift-ticket dynamic pricing, turf, snowmaking and grooming, resort guest apps and concierge chatbots, crowd and
queue forecasting at lifts and theme parks): eight English prose pieces (a US golf-entertainment earnings call sizing a
TAM, a US turf working-paper abstract, an Alpine snowmaking thread in euros with a Swiss-franc aside, a Tokyo theme-park
article in yen with a correction line, an Italian resort group's shareholder letter with a multiple, Denver investor-day
slides, a forum answer quoting two tee-time houses, a Seoul screen-golf broker note in won with claims but no
observations), seven Chinese prose pieces (a Xinhua-style ski release, a Chongli plan with a part in 万元, a Taipei theme-
park release, a Hong Kong resort report in 億港元, a PTT golf post in 億美元, a theme-park broker abstract with a 2027 range,
a ski operator's results-briefing transcript) and five tables (markdown golf segments in US dollars with a CAGR column,
tab-separated pounds with a YoY column, space-aligned French ski euros with a share column, a vertical yen table of
years headed by its unit only, a 新台幣億元 golf table with a 合計 row). Left out: total golf, ski, tourism and resort revenue,
rounds, skier days and visits, courses, lifts, venues and golfers, green fees, lift-ticket, pass and groomer prices,
operators' own revenue, margins and share targets, funding rounds and valuations, a quarter's figures, survey
percentages, won and franc amounts, a second house's figure, a corrected misprint. Inconsistent: the thread's 15.8%
CAGR, the Hong Kong 24% CAGR, the markdown tee-time CAGR, the Taiwan table's 2024 合計. Rounding only: the working paper's
18.5%, the slides' 15% CAGR, the forum's 19%, the PTT 18%, the markdown guest-app CAGR, the pounds turf YoY, the French
lift-ticket share and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 312 managers surveyed, the 61 million skier visits, the $250 lift ticket, the
    #    58% survey answer.
    dict(
        text=(
            "DENVER, Jan. 28, 2025 /PRNewswire/ -- Ski resorts in the United States and Canada spent $409 million on AI "
            "for dynamic lift-ticket pricing, snowmaking and grooming optimization and lift-line forecasting in 2024, up "
            "29% from $318 million in 2023, according to the 2025 Mountain Operations Tech Report released today by "
            "Powderline Insights. The Denver research firm, which surveyed 312 resort general managers, projects "
            "spending of $1.6 billion by 2030, a compound annual growth rate of 25.5% between 2024 and 2030. North "
            "American resorts logged about 61 million skier visits in the 2023-24 season, and a peak-day walk-up lift "
            "ticket at the largest resorts now tops $250. Some 58% of the managers said dynamic pricing had lifted "
            "midweek visits."
        ),
        obs=[
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 409, "USD million", "actual"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (409 / 318) ** (1 / 1) - 1 = 28.62% -> 29
            ("cagr|implied", "exact"),  # (1600 / 409) ** (1 / 6) - 1 = 25.53% -> 25.5
        ],
    ),
    # 2. Tokyo broker sector update in fiscal years and yen (JPY billion): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 20%" where the amounts give 20.52%. Expected nowhere: the dateline, the
    #    ¥1.4tn golf-course industry (total revenue), the 2,100 courses and 87 million rounds, the covered firm's
    #    sales, growth, margin, target price and upside, the ¥3,300 hourly bay rent.
    dict(
        text=(
            "Tokyo, 9 June 2025. Japan Leisure & Golf, sector update. We size Japan's market for AI swing analysis, "
            "launch monitors and simulator software at driving ranges and indoor studios at ¥18.6bn in FY2024 and "
            "forecast ¥47.3bn by FY2029e, a CAGR of about 20%. That is small beside the roughly ¥1.4tn golf-course "
            "industry, where some 2,100 courses hosted about 87 million rounds last year. Our top pick, Hoshizora Golf "
            "Tech (Buy, TP ¥2,850, 31% upside), grew FY2024 sales 24% to ¥12.9bn at an 11.8% operating margin; its "
            "studio bays rent for about ¥3,300 an hour."
        ),
        obs=[
            ("Total", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2029, 47.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (47.3 / 18.6) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (47.25 / 18.65) ** (1/5) - 1 = 20.43%,
            # (47.35 / 18.55) ** (1/5) - 1 = 20.61% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. St Andrews research briefing: a UK total in GBP million and three segments with shares (the turf and course
    #    maintenance 27% holds only by rounding); the 2028 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 64 club secretaries interviewed, the £4.3 billion of golf-facility revenue
    #    (total revenue), the 2,600 courses, the £300 green fee.
    dict(
        text=(
            "ST ANDREWS, 11 September 2025 - Golf clubs and golf resorts in the United Kingdom spent £174 million on AI "
            "tools in 2024, a briefing from the Links Economy Institute finds. Dynamic tee-time and green-fee pricing "
            "took the largest slice, £61 million or about 35%, followed by AI turf, irrigation and course maintenance "
            "at £48 million (27%). Swing analysis and launch-monitor studios came to £29 million, some 17% of the total. "
            "The institute, which interviewed 64 club secretaries, expects spending to reach £0.41 billion in 2028. UK "
            "golf facilities took about £4.3 billion in revenue last year across some 2,600 courses, where a weekend "
            "green fee at a famous links can exceed £300."
        ),
        obs=[
            ("Total", 2024, 174, "GBP million", "actual"),
            ("Dynamic tee-time and green-fee pricing", 2024, 61, "GBP million", "actual"),
            ("AI turf, irrigation and course maintenance", 2024, 48, "GBP million", "actual"),
            ("Swing analysis and launch-monitor studios", 2024, 29, "GBP million", "actual"),
            ("Total", 2028, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61 / 174 = 35.06% -> 35
            # 48 / 174 = 27.59% -> 28, not 27; bounds 47.5 / 174.5 = 27.22%, 48.5 / 173.5 = 27.95%
            # -> 27 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 29 / 174 = 16.67% -> 17
        ],
    ),
    # 4. Orlando article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 24%" holds, its 24% CAGR is inconsistent. Expected nowhere: Brightwater Research's $290 million for 2024,
    #    the 160 million park visits, the $199 one-day ticket, the 41% poll answer.
    dict(
        text=(
            "ORLANDO, 3 June 2025 - Theme parks and water parks in the United States spent $236 million in 2024 on AI "
            "crowd and queue forecasting, virtual-queue allocation and ride-wait prediction, up 24% on the $190 million "
            "of 2023, estimates Kestrel Leisure Analytics, a Florida research house. It expects $780 million in 2030, "
            "which it describes as compound annual growth of 24% from 2024 to 2030. A second house, Brightwater "
            "Research, puts 2024 spending at $290 million because it also counts parking and shuttle-dispatch systems. "
            "The largest US parks drew some 160 million visits last year, a one-day ticket at a flagship park costs up "
            "to $199, and in a poll 41% of guests said they would pay extra to skip lines."
        ),
        obs=[
            ("Total", 2023, 190, "USD million", "actual"),
            ("Total", 2024, 236, "USD million", "actual"),
            ("Total", 2030, 780, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (236 / 190) ** (1 / 1) - 1 = 24.21% -> 24
            # (780 / 236) ** (1 / 6) - 1 = 22.05% -> 22, not 24; bounds (779.5 / 236.5) ** (1/6) - 1 = 21.99%,
            # (780.5 / 235.5) ** (1/6) - 1 = 22.10% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Salt Lake City): the total addressable market the company sizes is the market
    #    (Total), in USD billion, with "roughly 16%" over a printed span. Expected nowhere: the company's revenue and
    #    EBITDA margin, its 14.5 million skier visits, the $1,049 season pass, the 90 billion won (won, not in the
    #    unit table), the third quarter's $41 million of upsell.
    dict(
        text=(
            "Summit Ridge Resorts Investor Day, Salt Lake City, October 7, 2025 - transcript excerpt. Marcus Ellery, "
            "chief digital officer: \"Let me size the opportunity. We see a total addressable market for AI guest apps "
            "and concierge chatbots across mountain and beach resorts worldwide, covering booking, in-stay requests, "
            "lesson and rental upsell and multilingual support, of $2.9 billion in 2024, rising to $7.2 billion by "
            "2030. That's a compound annual growth rate of roughly 16% from 2024 to 2030. For context, our own revenue "
            "was $3.8 billion last fiscal year at a 27% EBITDA margin, we welcomed 14.5 million skier visits, and our "
            "season pass sells for $1,049. In Korea alone, resorts spend about 90 billion won a year on guest software. "
            "In the third quarter our app drove $41 million of in-stay upsell.\""
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2030, 7.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.2 / 2.9) ** (1 / 6) - 1 = 16.37% -> 16
        ],
    ),
    # 6. Paris ministry roadmap: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); "almost 24%" at its printed figure. Expected nowhere: the €15 million pilot fund and its 35
    #    resorts, the 3,300 lifts, the 53 million skier days, the Swiss resorts' CHF 40 million (francs, an aside),
    #    the 62% poll answer.
    dict(
        text=(
            "PARIS, 12 March 2025 - The Mountain Tourism 2030 roadmap unveiled today by France's Ministry for Tourism "
            "estimates that French ski areas spent €68 million on AI snowmaking control, piste-grooming optimisation "
            "and dynamic lift-pass pricing last year, and expects €84 million this year, a rise of almost 24%. The "
            "roadmap sets a target of €220 million by 2030. It earmarks €15 million for pilots at 35 resorts and notes "
            "that the country's some 3,300 ski lifts served about 53 million skier days in the 2023-24 season. Swiss "
            "resorts across the border spend around CHF 40 million a year on similar tools, and 62% of operators polled "
            "named water for snowmaking as their main worry."
        ),
        obs=[
            ("Total", 2024, 68, "EUR million", "actual"),
            ("Total", 2025, 84, "EUR million", "estimate"),
            ("Total", 2030, 220, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84 / 68) ** (1 / 1) - 1 = 23.53% -> 24
        ],
    ),
    # 7. Correction notice on an Italian story: the 2029 range in euros gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated €1.2-1.5 billion, the 1,500 lifts,
    #    the €1.6 billion of lift-ticket revenue (total revenue), the €80 daily pass; the range is expected once
    #    though printed twice.
    dict(
        text=(
            "Correction, 2 December 2025: An earlier version of this article misstated the 2029 forecast. Dolomiti Data "
            "Lab expects the Italian market to reach €120 million to €150 million in 2029, not €1.2 billion to €1.5 "
            "billion.\n"
            "Italian ski areas spent €52 million in 2024 on AI snowmaking, slope grooming and snow-depth mapping, "
            "according to Dolomiti Data Lab, a Bolzano consultancy. It expects the market to reach €120 million to €150 "
            "million in 2029 as resorts contend with thinner natural snow. Italy counts roughly 1,500 lifts, its ski "
            "areas took some €1.6 billion in lift-ticket revenue last season, and a daily pass in the Dolomites now "
            "costs about €80."
        ),
        obs=[
            ("Total", 2024, 52, "EUR million", "actual"),
        ],
        claims=[
            ("value", 120, "EUR million", 2029, 2029, None),
            ("value", 150, "EUR million", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Golf-tech blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict). Expected
    #    nowhere: the $28 billion US golfers spent on the game (total spending), the start-up's funding round and
    #    valuation, the first quarter's 9 million swings, the $499 launch-monitor price, the 545 million rounds.
    dict(
        text=(
            "Fairway Numbers, a golf-tech blog, May 14, 2025 - The range got smart. American golfers and driving ranges "
            "spent $138 million on AI swing-analysis apps and launch monitors in 2021; by 2024 that spending had grown "
            "nearly 3x, to $395 million, according to Teebox Market Research. Compare that with the $28 billion U.S. "
            "golfers spent on the game overall last year. The Austin start-up SwingSense raised $42 million in February "
            "at a $310 million valuation, and in the first quarter of 2025 its app analysed 9 million swings. A personal "
            "launch monitor now costs as little as $499, and Americans played about 545 million rounds in 2024."
        ),
        obs=[
            ("Total", 2021, 138, "USD million", "actual"),
            ("Total", 2024, 395, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on ski-resort AI: 同比增长 with both amounts, a part (智能造雪与压雪)
    #    with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the season's 约2,300万
    #    skier visits, the 约700家 ski resorts, the 约3,900亿元 of ice-and-snow tourism revenue (total revenue), the
    #    57% survey answer.
    dict(
        text=(
            "《2025中国冰雪产业智能化发展报告》日前在哈尔滨发布。报告显示，2024年我国滑雪场人工智能应用（智能票务与动态"
            "定价、智能造雪与压雪、索道客流预测等）市场规模达到23.6亿元，同比增长30.4%，2023年为18.1亿元。其中，智能"
            "造雪与压雪市场规模为8.7亿元，占比36.9%。报告预计，到2030年该市场规模将达到68亿元，2024—2030年复合增长率"
            "为19.3%。报告同时指出，2023—2024雪季全国滑雪人次约2,300万，全国滑雪场约700家，冰雪休闲旅游收入约3,900"
            "亿元；受访雪场中有57%计划在两年内上线动态票价系统。"
        ),
        obs=[
            ("Total", 2023, 18.1, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("智能造雪与压雪", 2024, 8.7, "CNY 100 million", "actual"),
            ("Total", 2030, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("share", 36.9, "percent", 2024, 2024, None),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 18.1) ** (1 / 1) - 1 = 30.39% -> 30.4
            ("arithmetic", "exact"),  # 8.7 / 23.6 = 36.86% -> 36.9
            ("cagr|implied", "exact"),  # (68 / 23.6) ** (1 / 6) - 1 = 19.29% -> 19.3
        ],
    ),
    # 10. Jilin provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长31.4%, a 力争到2027年 target (an
    #     estimate) and 较2024年增长3倍 kept as a multiple x3 over 3 years (no verdict). Expected nowhere: the plan's
    #     title years, the 100条 smart runs, the 4亿元 provincial fund, the 超1亿人次 winter visitors.
    dict(
        text=(
            "吉林省文化和旅游厅日前印发《吉林省冰雪旅游智能化升级行动方案（2025—2027年）》。方案显示，2024年全省滑雪场"
            "及冰雪度假区人工智能应用市场规模达4.6亿元，同比增长31.4%，2023年为3.5亿元。方案提出，力争到2027年全省"
            "冰雪度假区人工智能应用市场规模达到18.4亿元，较2024年增长3倍，重点推广智能造雪、雪道智能压实和索道排队预测。"
            "方案还明确，新增智慧雪道100条，省级财政安排专项资金4亿元；2024—2025雪季全省接待冰雪游客超1亿人次。"
        ),
        obs=[
            ("Total", 2023, 3.5, "CNY 100 million", "actual"),
            ("Total", 2024, 4.6, "CNY 100 million", "actual"),
            ("Total", 2027, 18.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.5) ** (1 / 1) - 1 = 31.43% -> 31.4
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on theme-park queue AI: the first institute's base,
    #     YoY and target are the snippet's (约23% at its printed figure). Expected nowhere: the second institute's
    #     38亿元 for 2024, the dateline, the 约1.9亿人次 visitors, the 约340家 parks, the 约800元 ticket.
    dict(
        text=(
            "新华社上海2025年5月18日电（记者陈思远）记者从2025中国主题公园创新发展论坛上获悉，据华游智慧文旅研究院测算，"
            "2024年我国主题公园人工智能客流预测、智能排队与虚拟导览市场规模达31.8亿元，比上年的25.2亿元增长26.2%。该院"
            "预计，到2028年市场规模将达到72亿元，2024年至2028年年均复合增长率约23%。另一家机构东岸文旅数据中心则估算，"
            "2024年这一市场规模为38亿元。据统计，2024年全国大中型主题公园接待游客约1.9亿人次，规模以上主题公园约340家，"
            "头部乐园单日门票价格最高约800元。"
        ),
        obs=[
            ("Total", 2023, 25.2, "CNY 100 million", "actual"),
            ("Total", 2024, 31.8, "CNY 100 million", "actual"),
            ("Total", 2028, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.8 / 25.2) ** (1 / 1) - 1 = 26.19% -> 26.2
            ("cagr|implied", "exact"),  # (72 / 31.8) ** (1 / 4) - 1 = 22.67% -> 23
        ],
    ),
    # 12. Taiwan white paper (Traditional) on golf AI in 新台幣億元 (TWD 100 million): a CAGR with its printed span
    #     that holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year,
    #     the 約60座 courses, the 約300萬 rounds, the 新台幣4,500元 green fee, the 約45% survey answer.
    dict(
        text=(
            "《2025臺灣高爾夫產業數位轉型白皮書》指出，2024年國內高爾夫AI揮桿分析、擊球監測器、模擬器及智慧草坪管理市場"
            "規模為新台幣9.8億元，預估2029年將成長至新台幣24.7億元，2024至2029年年複合成長率達20.4%。白皮書並指出，全台"
            "目前約有60座高爾夫球場，每年擊球人次約300萬，週末果嶺費每人約新台幣4,500元；受訪球場中約45%已導入電子桿弟"
            "系統。"
        ),
        obs=[
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2029, 24.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (24.7 / 9.8) ** (1 / 5) - 1 = 20.31% -> 20.3, not 20.4; bounds (24.65 / 9.85) ** (1/5) - 1 = 20.14%,
            # (24.75 / 9.75) ** (1/5) - 1 = 20.48% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.6億港元 and 約1.3億港元 expected at their
    #     printed figures; YoY, share and CAGR exact. Expected nowhere: the 約4,450萬人次 visitors, the 約1,300萬
    #     park admissions, the 800港元 ticket, the start-up's 5,000萬港元 funding round.
    dict(
        text=(
            "香港主題公園及度假村協會昨日公布研究報告指出，2024年本港主題公園、度假酒店及旅遊景點採用的AI賓客應用程式、"
            "多語言禮賓聊天機械人及人流排隊預測系統，市場規模約3.6億港元，較2023年的2.8億港元增長28.6%。其中，主題公園"
            "AI人流及排隊預測約1.3億港元，佔約36%。報告預計，2028年市場規模將升至7.9億港元，2024至2028年年均複合增長率"
            "約22%。報告又指，去年訪港旅客約4,450萬人次，兩大主題公園入場人次合共約1,300萬，一日門票售價最高約800港元；"
            "本地初創遊智科技上月完成5,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.8, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("主題公園AI人流及排隊預測", 2024, 1.3, "HKD 100 million", "actual"),
            ("Total", 2028, 7.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("arithmetic", "exact"),  # 1.3 / 3.6 = 36.11% -> 36
            ("cagr|implied", "exact"),  # (7.9 / 3.6) ** (1 / 4) - 1 = 21.71% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on amusement-park and resort AI: 去年 is 2024
    #     (actual, 約 at its printed figure), 今年 2025 (an estimate, 預估); the 35% rise is inconsistent with the two
    #     amounts. Expected nowhere: the first quarter's 1.2億元, the operator's own revenue and operating margin, the
    #     約1,500萬 admissions.
    dict(
        text=(
            "（中央社記者吳怡君台北2025年3月26日電）市調機構遊研產業顧問今天表示，去年台灣遊樂園、休閒農場與度假村導入"
            "AI動態票價、人流預測及智慧客服的市場規模約新台幣5.4億元，今年在國旅需求回溫帶動下，預估成長35%至6.6億元。"
            "不過今年第一季市場規模約新台幣1.2億元，略低於預期。業者雲嶺遊樂集團去年營收新台幣42億元，營業利益率約9%；"
            "全台主要遊樂園去年入園人次約1,500萬。"
        ),
        obs=[
            ("Total", 2024, 5.4, "TWD 100 million", "actual"),
            ("Total", 2025, 6.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (6.6 / 5.4) ** (1 / 1) - 1 = 22.22% -> 22, not 35; bounds 6.55 / 5.45 - 1 = 20.18%,
            # 6.65 / 5.35 - 1 = 24.30% -> 35 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on ski ticketing and lift-queue AI: 2023/2024 actuals with a 35.4% YoY that
    #     holds only by rounding; the 2027 range 30亿—36亿元 gives two value claims (no observation). Expected nowhere:
    #     the report's date, the leading firm's revenue, gross margin, rating and target price, its third-quarter
    #     contracts, the 约400元 weekend ticket.
    dict(
        text=(
            "北辰证券研究所2025年11月深度报告《雪场数字化：从动态票价到智能索道》。我们测算，2024年国内滑雪场智能票务、"
            "动态定价与索道排队预测市场规模为12.7亿元，同比增长35.4%，2023年为9.4亿元。随着冰雪经济支持政策持续加码，"
            "我们预计2027年市场空间将达到30亿—36亿元。行业龙头雪途科技2024年营收2.8亿元，毛利率46%，首次覆盖给予“买入”"
            "评级，目标价38元；公司三季度新签合同同比增长52%。目前国内头部雪场周末日场雪票价格约400元。"
        ),
        obs=[
            ("Total", 2023, 9.4, "CNY 100 million", "actual"),
            ("Total", 2024, 12.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.4, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (12.7 / 9.4) ** (1 / 1) - 1 = 35.11% -> 35.1, not 35.4; bounds 12.65 / 9.45 - 1 = 33.86%,
            # 12.75 / 9.35 - 1 = 36.36% -> 35.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (global golf AI, USD million) with a 2024-30 CAGR column and a Total row: each row's CAGR is
    #     stated (span in the header); the tee-time row's 21.5% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. Global AI golf technology by segment (USD million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Swing analysis and launch monitors | 412.5 | 1,185.0 | 19.2% |\n"
            "| Tee-time dynamic pricing | 186.4 | 601.3 | 21.5% |\n"
            "| Turf and course maintenance | 143.8 | 402.6 | 18.7% |\n"
            "| Total | 742.7 | 2,188.9 | 19.7% |\n"
            "Source: Greenside Analytics, Global Golf Tech Outlook 2025. Excludes hardware sold to golfers at retail. "
            "F = forecast."
        ),
        obs=[
            ("Swing analysis and launch monitors", 2024, 412.5, "USD million", "actual"),
            ("Swing analysis and launch monitors", 2030, 1185.0, "USD million", "estimate"),
            ("Tee-time dynamic pricing", 2024, 186.4, "USD million", "actual"),
            ("Tee-time dynamic pricing", 2030, 601.3, "USD million", "estimate"),
            ("Turf and course maintenance", 2024, 143.8, "USD million", "actual"),
            ("Turf and course maintenance", 2030, 402.6, "USD million", "estimate"),
            ("Total", 2024, 742.7, "USD million", "actual"),
            ("Total", 2030, 2188.9, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1185.0 / 412.5) ** (1 / 6) - 1 = 19.23% -> 19.2
            # (601.3 / 186.4) ** (1 / 6) - 1 = 21.555% -> 21.6, not 21.5; bounds (601.25 / 186.45) ** (1/6) - 1 =
            # 21.548%, (601.35 / 186.35) ** (1/6) - 1 = 21.563% -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (402.6 / 143.8) ** (1 / 6) - 1 = 18.72% -> 18.7
            ("cagr|implied", "exact"),  # (2188.9 / 742.7) ** (1 / 6) - 1 = 19.74% -> 19.7
            ("hierarchy", "exact"),  # 2024: 412.5 + 186.4 + 143.8 = 742.7
            ("hierarchy", "exact"),  # 2030F: 1185.0 + 601.3 + 402.6 = 2188.9
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国滑雪场人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能票务与动态定价\t7.4\t9.8\t12.9\n"
            "智能造雪与压雪\t6.1\t8.2\t10.7\n"
            "客流与索道排队预测\t3.3\t4.5\t6.2\n"
            "雪场智能导览与客服\t2.2\t3.0\t4.1\n"
            "合计\t19.0\t25.6\t33.9\n"
            "资料来源：冰雪数字经济研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能票务与动态定价", 2023, 7.4, "CNY 100 million", "actual"),
            ("智能票务与动态定价", 2024, 9.8, "CNY 100 million", "actual"),
            ("智能票务与动态定价", 2025, 12.9, "CNY 100 million", "estimate"),
            ("智能造雪与压雪", 2023, 6.1, "CNY 100 million", "actual"),
            ("智能造雪与压雪", 2024, 8.2, "CNY 100 million", "actual"),
            ("智能造雪与压雪", 2025, 10.7, "CNY 100 million", "estimate"),
            ("客流与索道排队预测", 2023, 3.3, "CNY 100 million", "actual"),
            ("客流与索道排队预测", 2024, 4.5, "CNY 100 million", "actual"),
            ("客流与索道排队预测", 2025, 6.2, "CNY 100 million", "estimate"),
            ("雪场智能导览与客服", 2023, 2.2, "CNY 100 million", "actual"),
            ("雪场智能导览与客服", 2024, 3.0, "CNY 100 million", "actual"),
            ("雪场智能导览与客服", 2025, 4.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 19.0, "CNY 100 million", "actual"),
            ("合计", 2024, 25.6, "CNY 100 million", "actual"),
            ("合计", 2025, 33.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 7.4 + 6.1 + 3.3 + 2.2 = 19.0
            # 2024: 9.8 + 8.2 + 4.5 + 3.0 = 25.5, not 25.6; bounds 25.3..25.7 (each part +/-0.05)
            # reach 25.55..25.65 -> 25.6 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 12.9 + 10.7 + 6.2 + 4.1 = 33.9
        ],
    ),
    # 18. Space-aligned table (Alpine ski areas, EUR million, 2024) with a share column and a Total row: four shares
    #     (Austria's 28.7% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the CHF 0.95 conversion rate, the 9,800 lifts.
    dict(
        text=(
            "Alpine ski areas: AI spending by country, 2024\n"
            "Country                 EUR m      Share\n"
            "France                   46.2      34.2%\n"
            "Austria                  38.7      28.7%\n"
            "Switzerland              27.4      20.3%\n"
            "Italy                    22.9      16.9%\n"
            "Total                   135.2     100.0%\n"
            "Note 4: Swiss spending converted from francs at CHF 0.95 per euro; the four countries run about 9,800 "
            "lifts. Source: Alpenblick Snow Research."
        ),
        obs=[
            ("France", 2024, 46.2, "EUR million", "actual"),
            ("Austria", 2024, 38.7, "EUR million", "actual"),
            ("Switzerland", 2024, 27.4, "EUR million", "actual"),
            ("Italy", 2024, 22.9, "EUR million", "actual"),
            ("Total", 2024, 135.2, "EUR million", "actual"),
        ],
        claims=[
            ("share", 34.2, "percent", 2024, 2024, None),
            ("share", 28.7, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 16.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.2 / 135.2 = 34.17% -> 34.2
            # 38.7 / 135.2 = 28.62% -> 28.6, not 28.7; bounds 38.65 / 135.25 = 28.58%, 38.75 / 135.15 = 28.67%
            # -> 28.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 27.4 / 135.2 = 20.27% -> 20.3
            ("arithmetic", "exact"),  # 22.9 / 135.2 = 16.94% -> 16.9
            ("hierarchy", "exact"),  # 46.2 + 38.7 + 27.4 + 22.9 = 135.2
        ],
    ),
    # 19. Vertical table (Japan) whose rows are years, a lone value column headed by its unit only (Total, JPY
    #     billion) and a YoY column; 2025E an estimate; the 2024 YoY of 26.8% is inconsistent. Expected nowhere: the
    #     source's month and year, the 3.6 million foreign visits, the 2021 dash.
    dict(
        text=(
            "Japan: AI spending at ski resorts (snowmaking, lift-ticket pricing, inbound-guest chatbots)\n"
            "Year | JPY bn | YoY\n"
            "2021 | 5.8 | -\n"
            "2022 | 7.1 | 22.4%\n"
            "2023 | 8.9 | 25.4%\n"
            "2024 | 11.0 | 26.8%\n"
            "2025E | 13.4 | 21.8%\n"
            "Source: Hakuba Snow Economics, May 2025; Japan's ski areas drew some 3.6 million foreign visits in the "
            "2023-24 winter. E = estimate."
        ),
        obs=[
            ("Total", 2021, 5.8, "JPY billion", "actual"),
            ("Total", 2022, 7.1, "JPY billion", "actual"),
            ("Total", 2023, 8.9, "JPY billion", "actual"),
            ("Total", 2024, 11.0, "JPY billion", "actual"),
            ("Total", 2025, 13.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.4, "percent", 2022, 2023, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.1 / 5.8) ** (1 / 1) - 1 = 22.41% -> 22.4
            ("cagr|implied", "exact"),  # (8.9 / 7.1) ** (1 / 1) - 1 = 25.35% -> 25.4
            # (11.0 / 8.9) ** (1 / 1) - 1 = 23.60% -> 23.6, not 26.8; bounds 10.95 / 8.95 - 1 = 22.35%,
            # 11.05 / 8.85 - 1 = 24.86% -> 26.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (13.4 / 11.0) ** (1 / 1) - 1 = 21.82% -> 21.8
        ],
    ),
    # 20. Tab-separated segment table (Spain and Portugal golf resorts, EUR million) with a Total row: rows add to the
    #     Total in 2023 and 2024; the 2025F Total holds only by rounding (67.0 summed, 67.1 printed); 2025F an
    #     estimate. Expected nowhere: the 570 courses and 9 million rounds in the source line.
    dict(
        text=(
            "Spain and Portugal: AI at golf resorts by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "Tee-time and green-fee dynamic pricing\t14.2\t18.9\t24.6\n"
            "Irrigation and turf-health AI\t11.8\t15.1\t19.7\n"
            "Guest apps and concierge chatbots\t8.5\t11.6\t15.8\n"
            "Swing analysis studios\t4.1\t5.3\t6.9\n"
            "Total\t38.6\t50.9\t67.1\n"
            "Source: Iberia Golf Observatory; the region's 570 courses hosted about 9 million rounds in 2024. "
            "F = forecast."
        ),
        obs=[
            ("Tee-time and green-fee dynamic pricing", 2023, 14.2, "EUR million", "actual"),
            ("Tee-time and green-fee dynamic pricing", 2024, 18.9, "EUR million", "actual"),
            ("Tee-time and green-fee dynamic pricing", 2025, 24.6, "EUR million", "estimate"),
            ("Irrigation and turf-health AI", 2023, 11.8, "EUR million", "actual"),
            ("Irrigation and turf-health AI", 2024, 15.1, "EUR million", "actual"),
            ("Irrigation and turf-health AI", 2025, 19.7, "EUR million", "estimate"),
            ("Guest apps and concierge chatbots", 2023, 8.5, "EUR million", "actual"),
            ("Guest apps and concierge chatbots", 2024, 11.6, "EUR million", "actual"),
            ("Guest apps and concierge chatbots", 2025, 15.8, "EUR million", "estimate"),
            ("Swing analysis studios", 2023, 4.1, "EUR million", "actual"),
            ("Swing analysis studios", 2024, 5.3, "EUR million", "actual"),
            ("Swing analysis studios", 2025, 6.9, "EUR million", "estimate"),
            ("Total", 2023, 38.6, "EUR million", "actual"),
            ("Total", 2024, 50.9, "EUR million", "actual"),
            ("Total", 2025, 67.1, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 11.8 + 8.5 + 4.1 = 38.6
            ("hierarchy", "exact"),  # 2024: 18.9 + 15.1 + 11.6 + 5.3 = 50.9
            # 2025F: 24.6 + 19.7 + 15.8 + 6.9 = 67.0, not 67.1; bounds 66.8..67.2 (each part +/-0.05)
            # reach 67.05..67.15 -> 67.1 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. US golf-entertainment earnings-call answer sizing a US TAM (USD billion): the TAM the company sizes is the
    #     market (Total); "this year" is the call's year (2025, "roughly", printed figure, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the
    #     quarter's revenue and margin, the 41 venues, the 545 million rounds, the $65 bay price.
    dict(
        text=(
            "Fairway Forge Entertainment Q1 2025 earnings call, May 6, 2025 - Q&A\n"
            "Analyst (Dana Whitcomb, Harbor Lane Securities): How do you think about the market beyond your own bays?\n"
            "CEO Luis Ferreira: We size the total addressable market for AI swing analysis and launch monitors in the "
            "U.S. at roughly $1.9 billion this year, up 19% from $1.6 billion last year, as coaches, fitters and home "
            "golfers all move to camera-based ball and club tracking. We see it reaching $4.2 billion by 2030, a 17% "
            "CAGR over 2025-2030. In the quarter we did $212 million of revenue at a 16% adjusted EBITDA margin across "
            "our 41 venues, where a bay now averages about $65 an hour. Americans played some 545 million rounds last "
            "year, so the base of engaged golfers keeps growing."
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.9 / 1.6) ** (1 / 1) - 1 = 18.75% -> 19
            ("cagr|implied", "exact"),  # (4.2 / 1.9) ** (1 / 5) - 1 = 17.19% -> 17
        ],
    ),
    # 22. US working-paper abstract on AI turf and course maintenance (USD million): YoY with both amounts that holds
    #     only by rounding, a 2031 figure in billions converted to the series' unit (USD million), CAGR with printed
    #     span. Expected nowhere: the paper number, the 16,000 courses, the US$9 billion of total maintenance budgets,
    #     the 1.9 billion gallons of water a day.
    dict(
        text=(
            "Turfgrass Economics Working Paper No. 2025-08. Abstract: We combine superintendent purchase records with "
            "vendor filings to estimate U.S. golf-course spending on AI turf and course maintenance, meaning "
            "soil-sensor irrigation scheduling, disease-forecast models and autonomous mowing fleets. Spending rose "
            "from US$268 million in 2023 to US$317 million in 2024, an increase of 18.5%, and we project US$1.02 "
            "billion by 2031, a compound annual growth rate of 18.2% over 2024-2031. The country's roughly 16,000 "
            "courses carry combined maintenance budgets of about US$9 billion a year and draw some 1.9 billion gallons "
            "of water a day in summer. We find that water restrictions, more than labour costs, explain most adoption."
        ),
        obs=[
            ("Total", 2023, 268, "USD million", "actual"),
            ("Total", 2024, 317, "USD million", "actual"),
            ("Total", 2031, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.2, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (317 / 268) ** (1 / 1) - 1 = 18.28% -> 18.3, not 18.5; bounds 316.5 / 268.5 - 1 = 17.88%,
            # 317.5 / 267.5 - 1 = 18.69% -> 18.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1020 / 317) ** (1 / 7) - 1 = 18.17% -> 18.2
        ],
    ),
    # 23. Numbered social-media thread on Alpine AI snowmaking and grooming (EUR million): YoY with both amounts, a
    #     multiple over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent).
    #     Expected nowhere: the CHF 40M Swiss part (francs only as an aside), the ~3,000 lifts, the 150 million skier
    #     days, the €450k groomer price, the €15M Series A and €80M valuation, the likes.
    dict(
        text=(
            "1/ Short thread on the AI nobody sees on a ski holiday: the software that decides when the snow guns run "
            "and where the groomers go. Figures from a new Innsbruck research house report.\n"
            "2/ Resorts in France, Switzerland, Austria and Italy spent €174M on AI snowmaking control and grooming "
            "optimisation in 2024, up 16% from €150M in 2023. Swiss resorts were roughly CHF 40M of that.\n"
            "3/ The forecast is €390M by 2030, i.e. 2.2x in six years, which the report calls a 15.8% CAGR for "
            "2024-2030.\n"
            "4/ Context: ~3,000 lifts, about 150 million skier days a season, and a new groomer still costs around "
            "€450k. Pistenlogik just raised a €15M Series A at an €80M valuation, so investors have noticed. (302 likes)"
        ),
        obs=[
            ("Total", 2023, 150, "EUR million", "actual"),
            ("Total", 2024, 174, "EUR million", "actual"),
            ("Total", 2030, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("multiple", 2.2, "multiple", 2024, 2030, 6.0),
            ("cagr", 15.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (174 / 150) ** (1 / 1) - 1 = 16.00% -> 16
            # (390 / 174) ** (1 / 6) - 1 = 14.40%; bounds (389.5 / 174.5) ** (1/6) - 1 = 14.32%,
            # (390.5 / 173.5) ** (1/6) - 1 = 14.48% -> 15.8 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Tokyo web article with a correction line (JPY billion): "last year" is the dateline's year before (2024);
    #     YoY with both amounts, a part with its share. Expected nowhere: the misprinted ¥21.1 billion, the 50 million
    #     visitors, the ¥10,900 one-day pass, the 55% survey answer, the update date.
    dict(
        text=(
            "TOKYO - Updated 9 September 2025. Theme parks and large leisure resorts in Japan spent ¥14.6 billion last "
            "year on AI queue forecasting, crowd management and dynamic ticket pricing, up 21% from ¥12.1 billion in "
            "2023, according to Sakuragi Leisure Research. Wait-time and crowd forecasting apps made up ¥5.8 billion, "
            "or 40% of the spending, as parks push guests toward timed-entry passes. The country's biggest parks drew "
            "about 50 million visitors, and a one-day pass now costs up to ¥10,900. In a poll, 55% of visitors said a "
            "predicted wait time changed which ride they chose.\n"
            "Correction: An earlier version of this article gave the 2023 figure as ¥21.1 billion. It was ¥12.1 billion."
        ),
        obs=[
            ("Total", 2023, 12.1, "JPY billion", "actual"),
            ("Total", 2024, 14.6, "JPY billion", "actual"),
            ("Wait-time and crowd forecasting apps", 2024, 5.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 12.1) ** (1 / 1) - 1 = 20.66% -> 21
            ("arithmetic", "exact"),  # 5.8 / 14.6 = 39.73% -> 40
        ],
    ),
    # 25. Italian resort group's annual-report letter to shareholders (EUR million), dated March 2025: "last year" is
    #     2024 (actual); YoY with both amounts; "about EUR 170 million" by 2030 (printed figure, estimate); "roughly
    #     triple" is a multiple x3 over six years (no verdict). Expected nowhere: the report's title year, the
    #     letter's date, the group's revenue and EBITDA margin, the 2.9 million skier days, the 96 lifts.
    dict(
        text=(
            "Gruppo Sella Alta S.p.A., Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders, last year Italian Alpine ski resorts spent EUR 58 million on AI guest apps, concierge "
            "chatbots and dynamic lift-ticket pricing, 26% more than the EUR 46 million of 2023, as skiers came to "
            "expect to book, queue and ask questions on their phones. We expect this market to roughly triple by 2030, "
            "to about EUR 170 million. Our own revenue reached EUR 412 million with an EBITDA margin of 31%, and our "
            "96 lifts carried guests through 2.9 million skier days across the Dolomites.\n"
            "Bolzano, 18 March 2025, Chiara Pescosta, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 46, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2030, 170, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 26. Denver ski operator's investor-day slide bullets (USD billion): the TAM the company sizes is the market
    #     (Total); 2025E and 2029E are estimates; YoY with both amounts; the 2025E-2029E CAGR holds only by rounding.
    #     Expected nowhere: the slide number, the 37 resorts, the 13.5 million skier visits, the $1,049 pass price,
    #     the company's FY2025 revenue and EBITDA margin, its 20% share target.
    dict(
        text=(
            "Granite Peaks Resorts Investor Day, Denver, 24 September 2025. Slide 12: AI across the mountain, from "
            "lift-ticket pricing to lift-line forecasts\n"
            "- 2024 TAM: $2.3B\n"
            "- 2025E TAM: $2.7B (+17% YoY)\n"
            "- 2029E TAM: $4.6B; CAGR 2025E-2029E: 15%\n"
            "- 37 resorts and 13.5 million skier visits feeding one pricing engine\n"
            "- Season pass from $1,049; day tickets priced by AI demand forecasts\n"
            "- Granite Peaks FY2025 revenue $2.9B, EBITDA margin 28%; target: 20% share of TAM by 2029\n"
            "- Growth drivers: shorter seasons, guests booking later, and labour-light grooming"
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2025, 2.7, "USD billion", "estimate"),
            ("Total", 2029, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 15, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.7 / 2.3) ** (1 / 1) - 1 = 17.39% -> 17
            # (4.6 / 2.7) ** (1 / 4) - 1 = 14.25% -> 14, not 15; bounds (4.55 / 2.75) ** (1/4) - 1 = 13.41%,
            # (4.65 / 2.65) ** (1/4) - 1 = 15.09% -> 15 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses on US tee-time pricing (USD million): the first house's figures
    #     (base, target and rate) are the snippet's; YoY with both amounts that holds only by rounding, CAGR with
    #     printed span. Expected nowhere: the second house's $188 million for 2024, the 531 million rounds, the $85
    #     green fee, the upvotes.
    dict(
        text=(
            "Re: Is there a real number for AI tee-time pricing in the US? (answered, 44 upvotes)\n"
            "Two houses publish estimates and they differ a lot. Linksfield Research says US golf courses spent $143 "
            "million on AI tee-time dynamic pricing and booking software in 2024, up 19% from $121 million in 2023, "
            "and expects $356 million in 2030, a CAGR of 16.4% for 2024-2030. Birdie Metrics also counts marketing "
            "and loyalty tools and puts 2024 at $188 million. Either figure is tiny next to the game itself: Americans "
            "played about 531 million rounds last year, and a weekend green fee at a busy daily-fee course is easily "
            "$85 before the cart."
        ),
        obs=[
            ("Total", 2023, 121, "USD million", "actual"),
            ("Total", 2024, 143, "USD million", "actual"),
            ("Total", 2030, 356, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (143 / 121) ** (1 / 1) - 1 = 18.18% -> 18, not 19; bounds 142.5 / 121.5 - 1 = 17.28%,
            # 143.5 / 120.5 - 1 = 19.09% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (356 / 143) ** (1 / 6) - 1 = 16.42% -> 16.4
        ],
    ),
    # 28. Seoul broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     KRW 1.1 trillion, the 5.5 million golfers, the 10,000 venues, the KRW 25,000 round price, the target price
    #     and upside, the pick's operating margin and March quarter.
    dict(
        text=(
            "Hanbit Securities, Korea Leisure & Consumer Tech, Seoul, 15 April 2025\n"
            "Swing, measured. We size Korea's market for AI swing analysis and screen-golf simulator software at "
            "KRW 1.1 trillion in 2024, up 12% year on year, and forecast a 9% CAGR over 2024-2029 as venues replace "
            "sensor mats with camera-based launch monitors. AI launch-monitor software accounts for 38% of that spend. "
            "The country counts some 5.5 million golfers and about 10,000 screen-golf venues, where a round costs "
            "around KRW 25,000. Our top pick, Dalbit Golfzone Tech (BUY, TP KRW 58,000, 27% upside), posted a 21% "
            "operating margin in the March quarter."
        ),
        obs=[],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 9, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI at Chinese ski resorts: YoY with both amounts, a part with its
    #     share, a 2027 figure (左右, printed figure, estimate). Expected nowhere: the dateline, the 2.3亿人次 of skier
    #     visits, the 约700家 ski resorts, the 5,200亿元 of ice-and-snow tourism revenue, the 400元 lift ticket.
    dict(
        text=(
            "新华社哈尔滨2025年1月6日电(记者林雪松)记者从中国冰雪产业数字化联盟获悉,2024年我国滑雪场人工智能应用市场"
            "规模达到27.4亿元,较2023年的21.9亿元增长25.1%。其中,智能造雪与雪道压雪调度系统市场规模为9.8亿元,占比"
            "35.8%,AI票务定价与索道客流预测紧随其后。联盟预计,到2027年该市场规模将达到55亿元左右。数据显示,"
            "2023—2024雪季全国冰雪休闲旅游人次约2.3亿人次,全国滑雪场约700家,冰雪旅游收入约5,200亿元,热门雪场"
            "周末单日雪票价格普遍在400元以上。"
        ),
        obs=[
            ("Total", 2023, 21.9, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("智能造雪与雪道压雪调度系统", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("share", 35.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 21.9) ** (1 / 1) - 1 = 25.11% -> 25.1
            ("arithmetic", "exact"),  # 9.8 / 27.4 = 35.77% -> 35.8
        ],
    ),
    # 30. Chongli district plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 9 ski resorts and 169 runs, the 300万人次
    #     of visitors, the 30万元 subsidy, the 100% coverage target.
    dict(
        text=(
            "《张家口市崇礼区智慧冰雪发展三年行动方案(2025—2027年)》近日印发。方案提出,2024年全区智慧滑雪相关产业规模约"
            "3.2亿元,其中AI客流与索道排队预测服务规模4,800万元,占比约15%。到2027年,全区智慧滑雪产业规模突破6亿元,"
            "年均复合增长率约23%。全区现有滑雪场9家、雪道169条,2024年接待游客约300万人次;方案对每套部署AI造雪控制"
            "系统的雪场给予最高30万元补贴,并要求到2027年重点雪场索道排队智能预测覆盖率达到100%。"
        ),
        obs=[
            ("Total", 2024, 3.2, "CNY 100 million", "actual"),
            ("AI客流与索道排队预测服务", 2024, 4800, "CNY 10 thousand", "actual"),
            ("Total", 2027, 6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 15, "percent", 2024, 2024, None),
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4,800万 / 32,000万 = 15.00% -> 15
            ("cagr|period", "exact"),  # (6 / 3.2) ** (1 / 3) - 1 = 23.31% -> 23
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI at theme parks and leisure resorts: YoY with both
    #     amounts, a CAGR with printed span. Expected nowhere: the release date, the 1,500萬人次 of visitors, the 899元
    #     ticket, the resort operator's 62億元 revenue, the 85 firms interviewed.
    dict(
        text=(
            "【台北訊】遊憩產業研究所2025年4月22日發布研究指出,2024年台灣主題樂園與休閒度假村AI應用(含排隊預測、"
            "智慧票務與導覽聊天機器人)市場規模達新台幣8.7億元,較2023年的7.1億元成長22.5%。該所預估,2028年市場規模"
            "將達18.9億元,2024至2028年年複合成長率為21.4%。研究所指出,全台主題樂園年入園人次約1,500萬人次,單日門票"
            "約899元;國內最大度假村業者2024年營收約新台幣62億元。本次調查共訪問85家業者。"
        ),
        obs=[
            ("Total", 2023, 7.1, "TWD 100 million", "actual"),
            ("Total", 2024, 8.7, "TWD 100 million", "actual"),
            ("Total", 2028, 18.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.7 / 7.1) ** (1 / 1) - 1 = 22.54% -> 22.5
            ("cagr|implied", "exact"),  # (18.9 / 8.7) ** (1 / 4) - 1 = 21.40% -> 21.4
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI at hotels, resorts and theme parks: YoY with both
    #     amounts, a CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the report's
    #     title year, the 4,450萬人次 of visitors, the 2,600億港元 of tourism receipts, the 142 members, the 71%
    #     survey answer.
    dict(
        text=(
            "香港酒店及度假村科技協會昨日發表《2025香港款客科技報告》。報告指出,2024年本港酒店、度假村及主題樂園在"
            "人工智能賓客應用程式、禮賓聊天機械人及人潮預測方案上的開支約4.6億港元,較2023年的3.7億港元上升24%。"
            "協會預計,有關開支將於2028年增至9.9億港元,2024至2028年複合年增長率約24%。報告同時指出,2024年訪港旅客"
            "約4,450萬人次,旅遊業收入約2,600億港元;協會142家會員中有71%表示計劃在一年內引入AI禮賓服務。"
        ),
        obs=[
            ("Total", 2023, 3.7, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 9.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.7) ** (1 / 1) - 1 = 24.32% -> 24
            # (9.9 / 4.6) ** (1 / 4) - 1 = 21.12%; bounds (9.85 / 4.65) ** (1/4) - 1 = 20.64%,
            # (9.95 / 4.55) ** (1/4) - 1 = 21.61% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on the global AI swing-analysis and launch-monitor market:
    #     YoY with both amounts that holds only by rounding, a 2027 forecast (預估, estimate) and a multiple over three
    #     years (no verdict). Expected nowhere: the post's header and date, the 2萬美元 monitor price, the club maker's
    #     second-quarter revenue growth and gross margin, the push count.
    dict(
        text=(
            "作者 birdieking (小鳥王)\n"
            "看板 Stock\n"
            "標題 [情報] 外資報告:高爾夫AI揮桿分析與擊球監測市場出爐\n"
            "時間 Tue Aug 12 21:08:44 2025\n"
            "外資新報告說,全球高爾夫AI揮桿分析與擊球監測器市場,2024年約12.8億美元,2023年是10.9億美元,年增18%。"
            "報告預估2027年上看21.5億美元,是2024年的1.7倍,主要是室內模擬器和練習場都在換攝影機追蹤。高階擊球監測器"
            "一台還是要2萬美元左右。台灣這邊某球桿代工廠第二季營收年增9%,毛利率27%,我有持股就不多說了。大家覺得"
            "高球題材還能上車嗎?(推文 63)"
        ),
        obs=[
            ("Total", 2023, 10.9, "USD 100 million", "actual"),
            ("Total", 2024, 12.8, "USD 100 million", "actual"),
            ("Total", 2027, 21.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("multiple", 1.7, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (12.8 / 10.9) ** (1 / 1) - 1 = 17.43% -> 17, not 18; bounds 12.75 / 10.95 - 1 = 16.44%,
            # 12.85 / 10.85 - 1 = 18.43% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI at Chinese theme parks with a 2027 range (two value claims), a YoY
    #     with both amounts, a share without its part's amount (claim, no verdict). Expected nowhere: the report
    #     date, the 1.9亿人次 of visits, the 约600亿元 of theme-park revenue, the target price and upside, the pick's
    #     revenue, its 4亿元 round and 30亿元 valuation.
    dict(
        text=(
            "【东岳证券】主题乐园AI行业深度报告:排队时间也能被预测(2025年6月16日)\n"
            "摘要:我们测算,2024年我国主题乐园AI应用(含客流预测、排队管理与智能票务)市场规模为34.2亿元,较2023年的"
            "27.5亿元同比增长24.4%;预计2027年市场规模将达到60—72亿元。其中客流与排队预测占比约41%,为最大细分领域。"
            "2024年全国主题乐园接待游客约1.9亿人次,行业总收入约600亿元,AI渗透仍处早期。首次覆盖给予行业“推荐”评级,"
            "重点推荐智游科技(目标价42元,上涨空间26%),公司2024年营业收入3.6亿元;公司近期完成C轮融资4亿元,投后估值"
            "30亿元。"
        ),
        obs=[
            ("Total", 2023, 27.5, "CNY 100 million", "actual"),
            ("Total", 2024, 34.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("value", 60, "CNY 100 million", 2027, 2027, None),
            ("value", 72, "CNY 100 million", 2027, 2027, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.2 / 27.5) ** (1 / 1) - 1 = 24.36% -> 24.4
        ],
    ),
    # 35. Ski operator's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere:
    #     the company's revenue and gross margin, the first quarter's net profit, the 180万人次 of skiers, the 380元
    #     average ticket.
    dict(
        text=(
            "冰峰文旅2024年度业绩说明会文字实录(2025年4月28日)\n"
            "投资者:公司如何看待滑雪场AI票务与游客App的市场空间?\n"
            "董事会秘书:据公司测算,今年国内滑雪场AI票务动态定价与游客App市场规模约9.5亿元,去年为7.6亿元,增长25%。"
            "到2028年,这一市场有望达到18亿元,2025—2028年复合增长率约24%。公司2024年实现营业收入21.3亿元,毛利率38.2%,"
            "一季度归母净利润2.7亿元;全年接待滑雪游客约180万人次,雪票均价约380元,旗下雪场已全部上线AI动态定价。"
        ),
        obs=[
            ("Total", 2024, 7.6, "CNY 100 million", "actual"),
            ("Total", 2025, 9.5, "CNY 100 million", "estimate"),
            ("Total", 2028, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("cagr", 24, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.5 / 7.6) ** (1 / 1) - 1 = 25.00% -> 25
            ("cagr|implied", "exact"),  # (18 / 9.5) ** (1 / 3) - 1 = 23.74% -> 24
        ],
    ),
    # 36. Markdown table (USD million, global AI in golf) by segment with a Total row and a CAGR column (span printed
    #     in the header); 2030F is an estimate; the guest-app CAGR holds only by rounding, the tee-time CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$100 billion of golf spending and the
    #     38,000 courses in the note.
    dict(
        text=(
            "Table 2. Global AI in golf by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Swing analysis and launch monitors | 612 | 1,384 | 14.6% |\n"
            "| Tee-time dynamic pricing | 188 | 497 | 18.6% |\n"
            "| Turf and course maintenance | 354 | 1,021 | 19.3% |\n"
            "| Clubhouse guest apps and chatbots | 97 | 312 | 21.4% |\n"
            "| Total | 1,251 | 3,214 | 17.0% |\n"
            "Note: F = forecast. Source: Dogleg Insights estimates from vendor revenues and club surveys. Shown without "
            "the roughly US$100 billion spent on golf worldwide each year and the world's some 38,000 courses."
        ),
        obs=[
            ("Swing analysis and launch monitors", 2024, 612, "USD million", "actual"),
            ("Swing analysis and launch monitors", 2030, 1384, "USD million", "estimate"),
            ("Tee-time dynamic pricing", 2024, 188, "USD million", "actual"),
            ("Tee-time dynamic pricing", 2030, 497, "USD million", "estimate"),
            ("Turf and course maintenance", 2024, 354, "USD million", "actual"),
            ("Turf and course maintenance", 2030, 1021, "USD million", "estimate"),
            ("Clubhouse guest apps and chatbots", 2024, 97, "USD million", "actual"),
            ("Clubhouse guest apps and chatbots", 2030, 312, "USD million", "estimate"),
            ("Total", 2024, 1251, "USD million", "actual"),
            ("Total", 2030, 3214, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1384 / 612) ** (1 / 6) - 1 = 14.57% -> 14.6
            # (497 / 188) ** (1 / 6) - 1 = 17.59%; bounds (496.5 / 188.5) ** (1/6) - 1 = 17.52%,
            # (497.5 / 187.5) ** (1/6) - 1 = 17.66% -> 18.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1021 / 354) ** (1 / 6) - 1 = 19.31% -> 19.3
            # (312 / 97) ** (1 / 6) - 1 = 21.50% -> 21.5, not 21.4; bounds (311.5 / 97.5) ** (1/6) - 1 = 21.36%,
            # (312.5 / 96.5) ** (1/6) - 1 = 21.63% -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3214 / 1251) ** (1 / 6) - 1 = 17.03% -> 17.0
            ("hierarchy", "exact"),  # 2024: 612 + 188 + 354 + 97 = 1,251
            ("hierarchy", "exact"),  # 2030F: 1,384 + 497 + 1,021 + 312 = 3,214
        ],
    ),
    # 37. Tab-separated table (GBP million, UK golf and leisure resorts) with a Total row and a YoY column; the turf
    #     YoY holds only by rounding. Expected nowhere: the table number, the 2,600 courses and the £4.7 billion of
    #     total golf club revenue in the note.
    dict(
        text=(
            "Table 4. UK: AI at golf clubs and leisure resorts by segment (\u00a3 million)\n"
            "Segment\t2023\t2024\tYoY\n"
            "Swing analysis and launch monitors\t31.4\t36.9\t17.5%\n"
            "Tee-time dynamic pricing\t12.6\t15.2\t20.6%\n"
            "Turf and course maintenance\t18.3\t21.0\t15.1%\n"
            "Resort guest apps and chatbots\t8.2\t10.1\t23.2%\n"
            "Total\t70.5\t83.2\t18.0%\n"
            "Note: calendar years. Source: Bunkerhill Leisure Analytics, from vendor sales to clubs, driving ranges and "
            "golf resorts; the UK's roughly 2,600 courses and their \u00a34.7 billion of total club revenue are given for "
            "context only."
        ),
        obs=[
            ("Swing analysis and launch monitors", 2023, 31.4, "GBP million", "actual"),
            ("Swing analysis and launch monitors", 2024, 36.9, "GBP million", "actual"),
            ("Tee-time dynamic pricing", 2023, 12.6, "GBP million", "actual"),
            ("Tee-time dynamic pricing", 2024, 15.2, "GBP million", "actual"),
            ("Turf and course maintenance", 2023, 18.3, "GBP million", "actual"),
            ("Turf and course maintenance", 2024, 21.0, "GBP million", "actual"),
            ("Resort guest apps and chatbots", 2023, 8.2, "GBP million", "actual"),
            ("Resort guest apps and chatbots", 2024, 10.1, "GBP million", "actual"),
            ("Total", 2023, 70.5, "GBP million", "actual"),
            ("Total", 2024, 83.2, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("growth", 15.1, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 36.9 / 31.4 - 1 = 17.52% -> 17.5
            ("cagr|implied", "exact"),  # 15.2 / 12.6 - 1 = 20.63% -> 20.6
            # 21.0 / 18.3 - 1 = 14.75% -> 14.8, not 15.1; bounds 20.95 / 18.35 - 1 = 14.17%,
            # 21.05 / 18.25 - 1 = 15.34% -> 15.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 10.1 / 8.2 - 1 = 23.17% -> 23.2
            ("cagr|implied", "exact"),  # 83.2 / 70.5 - 1 = 18.01% -> 18.0
            ("hierarchy", "exact"),  # 2023: 31.4 + 12.6 + 18.3 + 8.2 = 70.5
            ("hierarchy", "exact"),  # 2024: 36.9 + 15.2 + 21.0 + 10.1 = 83.2
        ],
    ),
    # 38. Space-aligned table (EUR million, French ski resorts, 2024) with a share column and a Total row (its 100.0%
    #     is no claim); the lift-ticket pricing share holds only by rounding. Expected nowhere: the 160 resorts
    #     surveyed, the 50 million skier days and the €1.9 billion of lift-ticket sales in the source line.
    dict(
        text=(
            "France: AI spend at ski resorts by application, 2024 (\u20acm)\n"
            "Application                          \u20acm      Share\n"
            "Snowmaking optimisation              38.4     39.4%\n"
            "Slope grooming and fleet routing     21.7     22.3%\n"
            "Lift-ticket dynamic pricing          17.9     18.3%\n"
            "Guest apps and concierge chatbots    12.6     12.9%\n"
            "Lift queue forecasting               6.8      7.0%\n"
            "Total                                97.4     100.0%\n"
            "Source: Observatoire Neige & Données survey of 160 resorts and lift operators; French resorts sell some 50 "
            "million skier days a season, and the \u20ac1.9 billion of lift-ticket sales is excluded."
        ),
        obs=[
            ("Snowmaking optimisation", 2024, 38.4, "EUR million", "actual"),
            ("Slope grooming and fleet routing", 2024, 21.7, "EUR million", "actual"),
            ("Lift-ticket dynamic pricing", 2024, 17.9, "EUR million", "actual"),
            ("Guest apps and concierge chatbots", 2024, 12.6, "EUR million", "actual"),
            ("Lift queue forecasting", 2024, 6.8, "EUR million", "actual"),
            ("Total", 2024, 97.4, "EUR million", "actual"),
        ],
        claims=[
            ("share", 39.4, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
            ("share", 12.9, "percent", 2024, 2024, None),
            ("share", 7.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.4 / 97.4 = 39.43% -> 39.4
            ("arithmetic", "exact"),  # 21.7 / 97.4 = 22.28% -> 22.3
            # 17.9 / 97.4 = 18.38% -> 18.4, not 18.3; bounds 17.85 / 97.45 = 18.32%, 17.95 / 97.35 = 18.44%
            # -> 18.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.6 / 97.4 = 12.94% -> 12.9
            ("arithmetic", "exact"),  # 6.8 / 97.4 = 6.98% -> 7.0
            ("hierarchy", "exact"),  # 38.4 + 21.7 + 17.9 + 12.6 + 6.8 = 97.4
        ],
    ),
    # 39. Vertical table whose rows are years (JPY billion, Japanese ski resorts), a lone value column headed by its
    #     unit only (Total); 2025F-2027F are estimates; a CAGR with printed span in the note. Expected nowhere: the
    #     500 ski areas, the 13 million skier visits and the ¥8,000 day ticket in the note.
    dict(
        text=(
            "Japan: AI snowmaking, grooming and lift-queue systems at ski resorts\n"
            "Year | \u00a5 billion\n"
            "2021 | 3.2\n"
            "2022 | 4.1\n"
            "2023 | 5.3\n"
            "2024 | 6.6\n"
            "2025F | 8.0\n"
            "2026F | 9.7\n"
            "2027F | 11.6\n"
            "Note: F = forecast; CAGR 2024-2027F: 20.7%. Source: Hakuba Snow Economics, from resort and lift-company "
            "capex filings in Hokkaido, Nagano and Niigata. Japan has about 500 ski areas, which logged some 13 million "
            "skier visits last winter; a day ticket at a large resort now runs about \u00a58,000."
        ),
        obs=[
            ("Total", 2021, 3.2, "JPY billion", "actual"),
            ("Total", 2022, 4.1, "JPY billion", "actual"),
            ("Total", 2023, 5.3, "JPY billion", "actual"),
            ("Total", 2024, 6.6, "JPY billion", "actual"),
            ("Total", 2025, 8.0, "JPY billion", "estimate"),
            ("Total", 2026, 9.7, "JPY billion", "estimate"),
            ("Total", 2027, 11.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.6 / 6.6) ** (1 / 3) - 1 = 20.68% -> 20.7
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) on AI at Taiwan's golf courses with a 合計 row; 2025年(預估) is an
    #     estimate; the 2024 合計 is reached by no reading (inconsistent), the 2025 合計 only by rounding. Expected
    #     nowhere: the table number, the title's year span, the 約60座 courses and the 80億元 of course revenue in the
    #     note.
    dict(
        text=(
            "表3 2023—2025年臺灣高爾夫球場AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI揮桿分析與擊球監測 | 2.4 | 2.9 | 3.5\n"
            "開球時段動態定價 | 0.8 | 1.1 | 1.4\n"
            "草坪與球場智慧養護 | 1.3 | 1.6 | 2.0\n"
            "會館App與AI客服 | 0.6 | 0.8 | 1.0\n"
            "合計 | 5.1 | 6.8 | 8.0\n"
            "資料來源:果嶺數據顧問;涵蓋全台約60座球場、練習場及球具業者,不含球場擊球費與會員證收入(全台球場年營收約"
            "80億元);2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("AI揮桿分析與擊球監測", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI揮桿分析與擊球監測", 2024, 2.9, "TWD 100 million", "actual"),
            ("AI揮桿分析與擊球監測", 2025, 3.5, "TWD 100 million", "estimate"),
            ("開球時段動態定價", 2023, 0.8, "TWD 100 million", "actual"),
            ("開球時段動態定價", 2024, 1.1, "TWD 100 million", "actual"),
            ("開球時段動態定價", 2025, 1.4, "TWD 100 million", "estimate"),
            ("草坪與球場智慧養護", 2023, 1.3, "TWD 100 million", "actual"),
            ("草坪與球場智慧養護", 2024, 1.6, "TWD 100 million", "actual"),
            ("草坪與球場智慧養護", 2025, 2.0, "TWD 100 million", "estimate"),
            ("會館App與AI客服", 2023, 0.6, "TWD 100 million", "actual"),
            ("會館App與AI客服", 2024, 0.8, "TWD 100 million", "actual"),
            ("會館App與AI客服", 2025, 1.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 5.1, "TWD 100 million", "actual"),
            ("合計", 2024, 6.8, "TWD 100 million", "actual"),
            ("合計", 2025, 8.0, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 0.8 + 1.3 + 0.6 = 5.1
            # 2024: 2.9 + 1.1 + 1.6 + 0.8 = 6.4 vs 6.8; rows' bounds 6.2-6.6, total's 6.75-6.85
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
            # 2025(預估): 3.5 + 1.4 + 2.0 + 1.0 = 7.9 vs 8.0; rows' bounds 7.7-8.1, total's 7.95-8.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 16, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'by FY2029e, a CAGR of about 20%',
    'some 17% of the total',
    'A second house, Brightwater Research, puts 2024 spending',
    'total addressable market',
    'last year, and expects €84 million this year',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长3倍',
    '新台幣9.8億元',
    '中央社記者吳怡君台北2025年3月26日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2024 | 11.0 | 26.8%',
    'Fairway Forge Entertainment Q1 2025 earnings call, May 6, 2025',
    'Turfgrass Economics Working Paper No. 2025-08. Abstract:',
    '3/ The forecast is €390M by 2030, i.e. 2.2x in six years',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $2.7B (+17% YoY)',
    'Birdie Metrics also counts marketing',
    'KRW 1.1 trillion in 2024, up 12% year on year',
    '新华社哈尔滨2025年1月6日电',
    '標題 [情報] 外資報告:高爾夫AI揮桿分析與擊球監測市場出爐',
    '预计2027年市场规模将达到60—72亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 5.1 | 6.8 | 8.0',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 198
#: figures, 64 rates, 91 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-thirty-second set: 203, 64, 92 and 0
FLOORS = {"figures_found": 203, "rates_found": 65, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset234.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
