"""A two-hundred-and-thirty-fifth check set for the extractor, written blind: AI in golf, skiing and leisure resorts: AI
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
Scottsdale wire release on swing analysis and launch monitors, a Tokyo broker note in fiscal years and yen on tee-time
pricing and turf care, a London briefing on UK golf with three segments and shares, an Innsbruck article on lift-queue
forecasting and lift-ticket pricing quoting two research houses, a Denver investor-day TAM for mountain resorts, an
Italian tourism-ministry strategy with last-year/this-year figures and a 2030 target, a correction notice on an
Australian resort story with a range, a ski blog post with 'nearly 3x'), seven Chinese prose texts (a theme-park and
resort report, a Hainan plan with 力争到 and 增长2倍, a Xinhua story on ski-resort AI quoting two institutes, a Taiwan golf
white paper in 新台幣億元, a Hong Kong theme-park story in 億港元, a CNA story on resorts with 去年/今年, a broker deep-dive on golf
simulators with a range) and five tables (markdown by Alpine country with a CAGR column, tab-separated ski segments with
a 合计 row, space-aligned Korean golf uses with shares, a vertical Swiss table of years with YoY, a tab-separated US
theme-park segment table). Left out: total golf, ski, tourism and ticket-window revenue beside the AI part, rounds,
skier days, visitors, courses, lifts, stores and snowcats, green fees, lift-pass, ticket and device prices, operators'
revenue, margins, orders and share goals, funding rounds and valuations, quarter figures, survey answers, won, franc and
Australian-dollar amounts, pilot funds, a second house's figure, a correction's wrong range, a share in words.
Inconsistent: the Innsbruck 21% CAGR, the Xinhua 约35% CAGR, the Swiss 2024 YoY and the 2025F US theme-park Total. Only
by rounding: the Tokyo CAGR, the UK tee-time share, the Hainan 27.8% YoY, the Taiwan 20.2% CAGR, the Italy row's CAGR,
the 2024年 合计 and the Korean tee-time share.

Snippets 21-40: Twenty snippets on AI in golf, skiing and leisure resorts (swing analysis and launch monitors, tee-time
and lift-ticket dynamic pricing, turf, snowmaking and grooming, guest apps and concierge chatbots, crowd and queue
forecasting at lifts and theme parks): eight English prose pieces (a US ski operator's earnings call sizing a TAM, a US
working-paper abstract with a 2031 figure in billions, an Alpine snowmaking thread in euros with a Swiss-franc aside, a
London article with a correction line, an Innsbruck shareholder letter with a multiple, Orlando investor-day slides with
a won aside, a forum answer quoting two houses on European golf turf, a Seoul broker note in won with claims but no
observations), seven Chinese prose pieces (a Xinhua-style ski release, a Zhangjiakou plan with a part in 万元 and an
inferred-span CAGR, a Taipei golf release, a Hong Kong theme-park report in 億港元, a PTT post in 億美元, a broker abstract
with a 2027 range, a ski operator's results-briefing transcript) and five tables (markdown US dollars with a CAGR
column, tab-separated yen with a YoY column, space-aligned euros with a share column, a vertical table of years headed
by its unit only, a 新台幣億元 table with a 合計 row). Left out: total golf, ski and tourism revenue, rounds, skier days,
visitors, courses, ski areas and lifts, green fees, passes and day tickets, equipment prices, operators' own revenue,
margins and share targets, funding rounds and valuations, a quarter's figures, survey percentages, francs and won, a
second house's figure, a corrected misprint. Inconsistent: the thread's 15.8% CAGR, the London article's 43% share, the
Hong Kong 20% CAGR, the markdown turf CAGR. Rounding only: the working paper's 20.7%, the letter's 27%, the forum's 19%,
the Zhangjiakou 18% CAGR, the PTT 20%, the markdown guest-app CAGR, the yen guest-app YoY, the euro grooming share and
the Taiwan table's 2023 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Scottsdale wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 1,260 professionals polled, the 545 million rounds, the $52 green fee, the 59% survey
    #    answer.
    dict(
        text=(
            "SCOTTSDALE, Ariz., March 11, 2025 /PRNewswire/ -- U.S. golf facilities, coaches and players spent $398 "
            "million on AI swing analysis, launch monitors and shot-tracking software in 2024, up 28% from $312 million "
            "in 2023, according to the 2025 Golf Tech Spending Report released today by Fairway Metrics Group. The "
            "Scottsdale research firm, which polled 1,260 PGA professionals and facility managers, forecasts spending of "
            "$1.45 billion by 2030, a compound annual growth rate of 24% from 2024 to 2030. Americans played some 545 "
            "million rounds of golf last year, and the average green fee at a public course was about $52. Some 59% of "
            "the professionals polled said they now use a launch monitor in every lesson."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 398, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (398 / 312) ** (1 / 1) - 1 = 27.56% -> 28
            ("cagr|implied", "exact"),  # (1450 / 398) ** (1 / 6) - 1 = 24.05% -> 24
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "roughly 21%" where the amounts give 20.45%. Expected nowhere: the dateline, the 2,100
    #    courses and 46 million rounds, the ¥14,000 green fee, the Korean venues' ₩450 billion (won, not in the unit
    #    table), the covered firm's revenue, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 19 May 2025. Japan Leisure & Golf, sector note. We size Japan's market for AI tee-time dynamic "
            "pricing, course-condition forecasting and automated turf care at ¥8.6 billion in FY2024 and forecast ¥21.8 "
            "billion by FY2029e, a CAGR of roughly 21%. The country's roughly 2,100 courses host some 46 million rounds "
            "a year, and weekend green fees run to about ¥14,000. Across the strait, Korea's screen-golf venues spend an "
            "estimated ₩450 billion a year on simulators. Our top pick, Midori Links Holdings (Buy, TP ¥3,850, 24% "
            "upside), raised FY2024 revenue 11% to ¥96.4 billion at an 18.7% operating margin."
        ),
        obs=[
            ("Total", 2024, 8.6, "JPY billion", "actual"),
            ("Total", 2029, 21.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (21.8 / 8.6) ** (1 / 5) - 1 = 20.45% -> 20, not 21; bounds (21.75 / 8.65) ** (1/5) - 1 = 20.25%,
            # (21.85 / 8.55) ** (1/5) - 1 = 20.64% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK golf total in GBP million and three segments with shares (tee-time booking's
    #    16% holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million.
    #    Expected nowhere: the 56 clubs and ranges interviewed, the 53 million rounds, the £2.3 billion of fees and
    #    memberships (total golf revenue).
    dict(
        text=(
            "LONDON, 7 October 2025 - Golf clubs, driving ranges and coaches in the United Kingdom spent £84 million on "
            "AI tools in 2024, a briefing from the Links Research Institute estimates. AI launch monitors and swing "
            "analysis took the largest slice, £35 million or 42%, ahead of course and turf maintenance at £21 million "
            "(25%). Tee-time booking and dynamic green fees came to £13 million, some 16% of the total. The institute, "
            "which interviewed 56 clubs and ranges, expects spending of £0.2 billion in 2029. British golfers played "
            "about 53 million rounds last year, and clubs took some £2.3 billion in fees and memberships."
        ),
        obs=[
            ("Total", 2024, 84, "GBP million", "actual"),
            ("AI launch monitors and swing analysis", 2024, 35, "GBP million", "actual"),
            ("Course and turf maintenance", 2024, 21, "GBP million", "actual"),
            ("Tee-time booking and dynamic green fees", 2024, 13, "GBP million", "actual"),
            ("Total", 2029, 200, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 35 / 84 = 41.67% -> 42
            ("arithmetic", "exact"),  # 21 / 84 = 25.00% -> 25
            # 13 / 84 = 15.48% -> 15, not 16; bounds 12.5 / 84.5 = 14.79%, 13.5 / 83.5 = 16.17% -> 16 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Innsbruck article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 18%" holds, its 21% CAGR is inconsistent. Expected nowhere: Donau Leisure Research's €58 million for 2024,
    #    the 53 million skier days, the €79 day pass, the Swiss resorts' CHF 35 million (francs, not in the unit
    #    table), the 61% poll answer.
    dict(
        text=(
            "INNSBRUCK, 14 July 2025 - Austrian ski areas spent €46 million on AI lift-queue forecasting, dynamic "
            "lift-ticket pricing and snowmaking control in 2024, up 18% on the €39 million of 2023, estimates the "
            "Innsbruck research house Tirol Alpine Insights. It expects €128 million in 2030, which it describes as "
            "compound annual growth of 21% between 2024 and 2030. A second house, Donau Leisure Research, puts 2024 "
            "spending at €58 million because it also counts hotel booking engines. Austria's ski areas logged some 53 "
            "million skier days last winter, a peak-season day pass at the largest resorts costs about €79, and across "
            "the border Swiss resorts spent roughly CHF 35 million on similar tools. In a poll, 61% of lift operators "
            "named snowmaking energy costs as their first reason to invest."
        ),
        obs=[
            ("Total", 2023, 39, "EUR million", "actual"),
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2030, 128, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 39) ** (1 / 1) - 1 = 17.95% -> 18
            # (128 / 46) ** (1 / 6) - 1 = 18.60% -> 19, not 21; bounds (127.5 / 46.5) ** (1/6) - 1 = 18.31%,
            # (128.5 / 45.5) ** (1/6) - 1 = 18.89% -> 21 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Denver): the total addressable market the operator sizes is the market (Total), in
    #    USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the operator's revenue and EBITDA
    #    margin, its 41 resorts, the $1,049 season pass, its 20% share goal, the second quarter's $12 million.
    dict(
        text=(
            "Summit Ridge Resorts Investor Day, Denver, October 2, 2025 - transcript excerpt. Mark Ellison, chief "
            "digital officer: \"We see a total addressable market for AI in North American mountain resorts, meaning "
            "dynamic lift-ticket pricing, lift-line forecasting, guest apps and concierge chatbots, of $3.2 billion in "
            "2024, and we expect it to reach $7.9 billion by 2030. That's roughly a 16% CAGR from 2024 to 2030. Our own "
            "revenue was $2.9 billion last year at a 31% EBITDA margin across 41 resorts, our season pass sells for "
            "$1,049, and our goal is a 20% share of that market by 2030. In the second quarter alone our app lifted "
            "ancillary sales by $12 million.\""
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 3.2) ** (1 / 6) - 1 = 16.26% -> 16
        ],
    ),
    # 6. Rome tourism-ministry strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target
    #    (an estimate). Expected nowhere: the €15 million pilot fund and its 60 destinations, the 1,500 lifts, the 21
    #    million theme-park visitors, the 57% survey answer.
    dict(
        text=(
            "ROME, 28 January 2025 - The National Strategy for Digital Tourism presented today by Italy's Ministry of "
            "Tourism estimates that the country's ski areas, theme parks and leisure resorts spent €31 million on AI "
            "crowd forecasting, dynamic ticket pricing and guest chatbots last year, and expects €38 million this year, "
            "a rise of 23%. The strategy sets a target of €95 million by 2030. It earmarks €15 million for pilots at 60 "
            "destinations and notes that Italy's ski areas operate some 1,500 lifts, while its theme parks drew about "
            "21 million visitors in 2023. In a survey it cites, 57% of resort managers said they had tried a "
            "generative-AI concierge."
        ),
        obs=[
            ("Total", 2024, 31, "EUR million", "actual"),
            ("Total", 2025, 38, "EUR million", "estimate"),
            ("Total", 2030, 95, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 31) ** (1 / 1) - 1 = 22.58% -> 23
        ],
    ),
    # 7. Correction notice on an Australian resort story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$410-470 million,
    #    the A$79 million (Australian dollars, not in the unit table), the 2.4 million visitor days, the A$289 lift
    #    pass, the 9 million theme-park visitors; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 9 September 2025: An earlier version of this article misstated the 2030 forecast. Southern "
            "Cross Leisure Analytics expects the Australian market to reach US$140 million to US$170 million in 2030, "
            "not US$410 million to US$470 million.\n"
            "Australian ski resorts, theme parks and island resorts spent US$52 million in 2024 on AI crowd and queue "
            "forecasting, dynamic ticket pricing and guest chatbots, according to Southern Cross Leisure Analytics, a "
            "Sydney consultancy. It expects the market to reach US$140 million to US$170 million in 2030 as operators "
            "roll out virtual queues. In Australian dollars, the 2024 figure came to about A$79 million. Australia's "
            "alpine resorts recorded some 2.4 million visitor days last season, a day lift pass at the largest resort "
            "costs about A$289, and the country's theme parks drew roughly 9 million visitors."
        ),
        obs=[
            ("Total", 2024, 52, "USD million", "actual"),
        ],
        claims=[
            ("value", 140, "USD million", 2030, 2030, None),
            ("value", 170, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Ski-industry blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict).
    #    Expected nowhere: the $5.5 billion ticket-window take (total resort revenue), the start-up's funding round and
    #    valuation, the fourth quarter's 1,800 snowcats, the $299 day ticket, the 61 million skier visits.
    dict(
        text=(
            "Powder Ledger, a ski-industry blog, January 30, 2025 - The snow robots are coming. North American ski "
            "resorts spent $41 million on AI snowmaking control, grooming-route planning and snow-depth mapping in "
            "2021; by 2024 that had grown nearly 3x, to $118 million, according to Whiteout Data Partners. Compare that "
            "with the roughly $5.5 billion the resorts took at the ticket window last season. The Boulder start-up "
            "Groomr raised $22 million in November at a $150 million valuation, and in the fourth quarter of 2024 its "
            "route planner ran on 1,800 snowcats. A walk-up day ticket at the biggest Colorado resorts now tops $299, "
            "and skier visits reached some 61 million."
        ),
        obs=[
            ("Total", 2021, 41, "USD million", "actual"),
            ("Total", 2024, 118, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (智能排队与客流预测) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 约350家 theme parks, the 约2.1亿人次
    #    visitors, the 约5.75万亿元 domestic tourism revenue (total), the 62% survey answer.
    dict(
        text=(
            "《2025中国主题公园与度假区智慧化发展报告》日前在上海发布。报告显示，2024年我国主题公园及旅游度假区人工智能"
            "应用（智能排队与客流预测、AI导览与智能客服、动态票价等）市场规模达到58.4亿元，同比增长28.1%，2023年为45.6"
            "亿元。其中，智能排队与客流预测市场规模为16.9亿元，占比28.9%。报告预计，到2030年该市场规模将达到188亿元，"
            "2024—2030年复合增长率为21.5%。报告同时指出，全国主题公园约350家，2024年主要主题公园接待游客约2.1亿人次，"
            "国内旅游总收入约5.75万亿元；受访游客中有62%表示愿意使用AI行程助手。"
        ),
        obs=[
            ("Total", 2023, 45.6, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("智能排队与客流预测", 2024, 16.9, "CNY 100 million", "actual"),
            ("Total", 2030, 188, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("share", 28.9, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.4 / 45.6) ** (1 / 1) - 1 = 28.07% -> 28.1
            ("arithmetic", "exact"),  # 16.9 / 58.4 = 28.94% -> 28.9
            ("cagr|implied", "exact"),  # (188 / 58.4) ** (1 / 6) - 1 = 21.51% -> 21.5
        ],
    ),
    # 10. Hainan provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长27.8% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2024年增长2倍 kept as
    #     a multiple x2 over 3 years (no verdict). Expected nowhere: the plan's title years, the 约40家 golf courses,
    #     the 约9,700万人次 visitors, the 1.5亿元 provincial fund and its 20 projects.
    dict(
        text=(
            "海南省旅游和文化广电体育厅日前印发《海南省智慧旅游度假区建设三年行动方案（2025—2027年）》。方案显示，2024年"
            "全省高尔夫球场及旅游度假区人工智能应用（智能订场与动态定价、AI礼宾机器人、草坪智能养护等）市场规模达4.2亿"
            "元，同比增长27.8%，2023年为3.3亿元。方案提出，力争到2027年全省相关市场规模突破12亿元，较2024年增长2倍。"
            "方案还明确，全省现有高尔夫球场约40家，2024年接待游客约9,700万人次，省级财政安排专项资金1.5亿元，支持建设"
            "20个智慧度假区示范项目。"
        ),
        obs=[
            ("Total", 2023, 3.3, "CNY 100 million", "actual"),
            ("Total", 2024, 4.2, "CNY 100 million", "actual"),
            ("Total", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (4.2 / 3.3) ** (1 / 1) - 1 = 27.27% -> 27.3, not 27.8; bounds 4.15 / 3.35 - 1 = 23.88%,
            # 4.25 / 3.25 - 1 = 30.77% -> 27.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on ski-resort AI: the first institute's base, YoY and
    #     target are the snippet's; its 约35% CAGR is inconsistent. Expected nowhere: the second centre's 33亿元 for
    #     2024, the dateline, the conference's title year, the 约2,600万 skier visits of the 2024—2025 season, the 约700家
    #     ski resorts, the 约600元 day ticket.
    dict(
        text=(
            "新华社北京2025年2月18日电（记者赵雪松）记者从2025中国冰雪产业数字化大会上获悉，据北国冰雪数智研究院测算，"
            "2024年我国滑雪场人工智能应用（智能造雪与压雪、动态票价、索道排队预测等）市场规模达27.3亿元，比上年的21.7"
            "亿元增长25.8%。该院预计，到2027年市场规模将达到61亿元，2024年至2027年年均复合增长率约35%。另一家机构雪域"
            "文旅研究中心则估算，2024年这一市场规模为33亿元。据统计，2024—2025雪季全国滑雪人次约2,600万，全国滑雪场约"
            "700家，大型雪场周末日票价格约600元。"
        ),
        obs=[
            ("Total", 2023, 21.7, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2027, 61, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("cagr", 35, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.3 / 21.7) ** (1 / 1) - 1 = 25.81% -> 25.8
            # (61 / 27.3) ** (1 / 3) - 1 = 30.73% -> 31, not 35; bounds (60.5 / 27.35) ** (1/3) - 1 = 30.30%,
            # (61.5 / 27.25) ** (1/3) - 1 = 31.17% -> 35 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan golf white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that holds
    #     only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the 約60座
    #     courses, the 約600萬 rounds, the 新台幣3,500元 green fee, the 新台幣45萬元 launch-monitor price.
    dict(
        text=(
            "《2025臺灣高爾夫產業數位轉型白皮書》指出，2024年國內AI揮桿分析、智慧擊球監測器與球場草坪智慧養護市場規模為"
            "新台幣9.8億元，預估2029年將成長至新台幣24.5億元，2024至2029年年複合成長率達20.2%。白皮書並指出，臺灣現有"
            "高爾夫球場約60座，年打球人次約600萬，假日果嶺費約新台幣3,500元，一台雷達式擊球監測器售價約新台幣45萬元。"
        ),
        obs=[
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2029, 24.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (24.5 / 9.8) ** (1 / 5) - 1 = 20.11% -> 20.1, not 20.2; bounds (24.45 / 9.85) ** (1/5) - 1 = 19.94%,
            # (24.55 / 9.75) ** (1/5) - 1 = 20.28% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約1,300萬人次 theme-park visitors, the 約700港元 day ticket, the 約三成
    #     tourists (a share in words and a survey), the start-up's 2,500萬港元 funding round.
    dict(
        text=(
            "香港旅遊業界聯盟昨日公布研究報告指出，2024年本港主題樂園、度假酒店及郊遊景點採用的AI排隊與人流預測、動態票價"
            "及智能禮賓聊天機械人，市場規模約3.6億港元，較2023年的2.9億港元增長24.1%。報告預計，2028年市場規模將升至6.8"
            "億港元，2024至2028年年均複合增長率約17%。報告又指，本港兩大主題樂園去年合共接待約1,300萬人次，成人一日門票"
            "約700港元，約三成受訪旅客表示曾使用AI行程助手。本地初創智遊科技上月完成2,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2028, 6.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.9) ** (1 / 1) - 1 = 24.14% -> 24.1
            ("cagr|implied", "exact"),  # (6.8 / 3.6) ** (1 / 4) - 1 = 17.23% -> 17
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on hot-spring, mountain resorts and amusement parks:
    #     去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts.
    #     Expected nowhere: the first quarter's 1.3億元, the park operator's own revenue and operating margin, the 約1,500萬
    #     visitors.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月6日電）市調機構山嵐產業研究今天表示，去年台灣溫泉旅館、山林度假村與遊樂園導入"
            "AI智慧客服、動態房價與人流預測的市場規模約新台幣5.2億元，今年在國旅復甦與缺工壓力帶動下，可望成長19%至6.2億"
            "元。不過今年第一季市場規模約新台幣1.3億元，略低於預期。遊樂園龍頭雲峰育樂去年營收新台幣42億元，營業利益率約"
            "15%；全台主要遊樂園去年入園人次約1,500萬。"
        ),
        obs=[
            ("Total", 2024, 5.2, "TWD 100 million", "actual"),
            ("Total", 2025, 6.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.2 / 5.2) ** (1 / 1) - 1 = 19.23% -> 19
        ],
    ),
    # 15. Broker deep-dive (Simplified) on golf simulators and AI swing analysis: 2023/2024 actuals with an exact
    #     29.8% YoY; the 2027 range 32亿—38亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders, the 约1.2万家
    #     simulator stores, the 约15万元 simulator price.
    dict(
        text=(
            "东岳证券研究所2025年11月深度报告《智能高尔夫：模拟器与AI挥杆分析的下一站》。我们测算，2024年国内高尔夫AI"
            "挥杆分析、智能模拟器与球场智能运营市场规模为16.1亿元，同比增长29.8%，2023年为12.4亿元。随着室内高尔夫门店"
            "加速扩张，我们预计2027年市场规模将达到32亿—38亿元。行业龙头果岭智能2024年营收2.8亿元，毛利率47%，首次覆盖"
            "给予“买入”评级，目标价58元；公司三季度新签订单同比增长55%。目前全国室内模拟器门店约1.2万家，单台模拟器售价"
            "约15万元。"
        ),
        obs=[
            ("Total", 2023, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 16.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
            ("value", 32, "CNY 100 million", 2027, 2027, None),
            ("value", 38, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.1 / 12.4) ** (1 / 1) - 1 = 29.84% -> 29.8
        ],
    ),
    # 16. Markdown table (Alpine countries, EUR million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); Italy's 16.0% holds only by rounding; rows add to the Total in both years; 2030F
    #     is an estimate. Expected nowhere: the table number, the monitor's title year, the franc conversion rate.
    dict(
        text=(
            "Table 3. Alpine ski areas: AI lift-queue forecasting, dynamic pricing and snowmaking control by country "
            "(EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| France | 38.6 | 97.2 | 16.6% |\n"
            "| Austria | 27.4 | 71.9 | 17.4% |\n"
            "| Italy | 19.8 | 48.1 | 16.0% |\n"
            "| Switzerland | 16.3 | 40.6 | 16.4% |\n"
            "| Total | 102.1 | 257.8 | 16.7% |\n"
            "Source: Mont Blanc Analytics, Alpine Resort Tech Monitor 2025; Swiss spending converted from francs at CHF "
            "0.94 to the euro. F = forecast."
        ),
        obs=[
            ("France", 2024, 38.6, "EUR million", "actual"),
            ("France", 2030, 97.2, "EUR million", "estimate"),
            ("Austria", 2024, 27.4, "EUR million", "actual"),
            ("Austria", 2030, 71.9, "EUR million", "estimate"),
            ("Italy", 2024, 19.8, "EUR million", "actual"),
            ("Italy", 2030, 48.1, "EUR million", "estimate"),
            ("Switzerland", 2024, 16.3, "EUR million", "actual"),
            ("Switzerland", 2030, 40.6, "EUR million", "estimate"),
            ("Total", 2024, 102.1, "EUR million", "actual"),
            ("Total", 2030, 257.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97.2 / 38.6) ** (1 / 6) - 1 = 16.64% -> 16.6
            ("cagr|implied", "exact"),  # (71.9 / 27.4) ** (1 / 6) - 1 = 17.44% -> 17.4
            # (48.1 / 19.8) ** (1 / 6) - 1 = 15.94% -> 15.9, not 16.0; bounds (48.05 / 19.85) ** (1/6) - 1 = 15.87%,
            # (48.15 / 19.75) ** (1/6) - 1 = 16.01% -> 16.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (40.6 / 16.3) ** (1 / 6) - 1 = 16.43% -> 16.4
            ("cagr|implied", "exact"),  # (257.8 / 102.1) ** (1 / 6) - 1 = 16.69% -> 16.7
            ("hierarchy", "exact"),  # 2024: 38.6 + 27.4 + 19.8 + 16.3 = 102.1
            ("hierarchy", "exact"),  # 2030F: 97.2 + 71.9 + 48.1 + 40.6 = 257.8
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国滑雪场人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能票务与动态定价\t6.8\t8.9\t11.6\n"
            "智能造雪与压雪\t4.9\t6.6\t8.7\n"
            "客流预测与排队管理\t3.7\t5.1\t6.8\n"
            "游客智能服务\t2.2\t3.1\t4.3\n"
            "合计\t17.6\t23.8\t31.4\n"
            "资料来源：冰雪文旅数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能票务与动态定价", 2023, 6.8, "CNY 100 million", "actual"),
            ("智能票务与动态定价", 2024, 8.9, "CNY 100 million", "actual"),
            ("智能票务与动态定价", 2025, 11.6, "CNY 100 million", "estimate"),
            ("智能造雪与压雪", 2023, 4.9, "CNY 100 million", "actual"),
            ("智能造雪与压雪", 2024, 6.6, "CNY 100 million", "actual"),
            ("智能造雪与压雪", 2025, 8.7, "CNY 100 million", "estimate"),
            ("客流预测与排队管理", 2023, 3.7, "CNY 100 million", "actual"),
            ("客流预测与排队管理", 2024, 5.1, "CNY 100 million", "actual"),
            ("客流预测与排队管理", 2025, 6.8, "CNY 100 million", "estimate"),
            ("游客智能服务", 2023, 2.2, "CNY 100 million", "actual"),
            ("游客智能服务", 2024, 3.1, "CNY 100 million", "actual"),
            ("游客智能服务", 2025, 4.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 17.6, "CNY 100 million", "actual"),
            ("合计", 2024, 23.8, "CNY 100 million", "actual"),
            ("合计", 2025, 31.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 4.9 + 3.7 + 2.2 = 17.6
            # 2024: 8.9 + 6.6 + 5.1 + 3.1 = 23.7, not 23.8; bounds 23.5..23.9 (each part +/-0.05)
            # reach 23.75..23.85 -> 23.8 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 11.6 + 8.7 + 6.8 + 4.3 = 31.4
        ],
    ),
    # 18. Space-aligned table (South Korea, USD million, 2024) with a share column and a Total row: four shares (the
    #     tee-time row's 13.3% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the won conversion rate, the 540 golf courses.
    dict(
        text=(
            "South Korea: AI spending in golf by use, 2024\n"
            "Use                                            USD million     Share\n"
            "AI swing coaching in screen-golf simulators           18.2     57.4%\n"
            "AI launch monitors and swing apps                      6.9     21.8%\n"
            "AI tee-time booking and pricing                        4.2     13.3%\n"
            "AI turf and course maintenance                         2.4      7.6%\n"
            "Total                                                 31.7    100.0%\n"
            "Note 4: Converted from won at ₩1,364 to the dollar; Korea has about 540 golf courses. Source: Hanbit "
            "Leisure Research."
        ),
        obs=[
            ("AI swing coaching in screen-golf simulators", 2024, 18.2, "USD million", "actual"),
            ("AI launch monitors and swing apps", 2024, 6.9, "USD million", "actual"),
            ("AI tee-time booking and pricing", 2024, 4.2, "USD million", "actual"),
            ("AI turf and course maintenance", 2024, 2.4, "USD million", "actual"),
            ("Total", 2024, 31.7, "USD million", "actual"),
        ],
        claims=[
            ("share", 57.4, "percent", 2024, 2024, None),
            ("share", 21.8, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.2 / 31.7 = 57.41% -> 57.4
            ("arithmetic", "exact"),  # 6.9 / 31.7 = 21.77% -> 21.8
            # 4.2 / 31.7 = 13.249% -> 13.2, not 13.3; bounds 4.15 / 31.75 = 13.07%, 4.25 / 31.65 = 13.43%
            # -> 13.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 2.4 / 31.7 = 7.57% -> 7.6
            ("hierarchy", "exact"),  # 18.2 + 6.9 + 4.2 + 2.4 = 31.7
        ],
    ),
    # 19. Vertical table (Switzerland) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 26.7% is inconsistent. Expected nowhere: the
    #     source's month and year, the franc conversion rate, the 22 million skier days of the 2023-24 season, the 2021
    #     dash.
    dict(
        text=(
            "Switzerland: spending on AI snowmaking, grooming and lift-queue forecasting at ski resorts\n"
            "Year | EUR million | YoY\n"
            "2021 | 14.8 | -\n"
            "2022 | 18.3 | 23.6%\n"
            "2023 | 22.9 | 25.1%\n"
            "2024 | 28.1 | 26.7%\n"
            "2025E | 34.2 | 21.7%\n"
            "Source: Helvetic Snow Analytics, March 2025; Swiss-franc spending converted at CHF 0.95 to the euro; Swiss "
            "resorts logged about 22 million skier days in the 2023-24 season. E = estimate."
        ),
        obs=[
            ("Total", 2021, 14.8, "EUR million", "actual"),
            ("Total", 2022, 18.3, "EUR million", "actual"),
            ("Total", 2023, 22.9, "EUR million", "actual"),
            ("Total", 2024, 28.1, "EUR million", "actual"),
            ("Total", 2025, 34.2, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2021, 2022, 1.0),
            ("growth", 25.1, "percent", 2022, 2023, 1.0),
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.3 / 14.8) ** (1 / 1) - 1 = 23.65% -> 23.6
            ("cagr|implied", "exact"),  # (22.9 / 18.3) ** (1 / 1) - 1 = 25.14% -> 25.1
            # (28.1 / 22.9) ** (1 / 1) - 1 = 22.71% -> 22.7, not 26.7; bounds 28.05 / 22.95 - 1 = 22.22%,
            # 28.15 / 22.85 - 1 = 23.19% -> 26.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (34.2 / 28.1) ** (1 / 1) - 1 = 21.71% -> 21.7
        ],
    ),
    # 20. Tab-separated segment table (United States theme parks, USD million) with a Total row: rows add to the Total
    #     in 2023 and 2024 but not in 2025F (425 printed, 435 summed: inconsistent); 2025F an estimate. Expected
    #     nowhere: the note on excluded hotel systems.
    dict(
        text=(
            "United States: AI at theme parks by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI crowd and queue forecasting\t112\t139\t171\n"
            "AI guest apps and virtual queues\t86\t104\t127\n"
            "AI dynamic ticket pricing\t54\t68\t85\n"
            "AI concierge chatbots\t31\t40\t52\n"
            "Total\t283\t351\t425\n"
            "Source: Orlando Attractions Research; excludes hotel revenue-management systems. F = forecast."
        ),
        obs=[
            ("AI crowd and queue forecasting", 2023, 112, "USD million", "actual"),
            ("AI crowd and queue forecasting", 2024, 139, "USD million", "actual"),
            ("AI crowd and queue forecasting", 2025, 171, "USD million", "estimate"),
            ("AI guest apps and virtual queues", 2023, 86, "USD million", "actual"),
            ("AI guest apps and virtual queues", 2024, 104, "USD million", "actual"),
            ("AI guest apps and virtual queues", 2025, 127, "USD million", "estimate"),
            ("AI dynamic ticket pricing", 2023, 54, "USD million", "actual"),
            ("AI dynamic ticket pricing", 2024, 68, "USD million", "actual"),
            ("AI dynamic ticket pricing", 2025, 85, "USD million", "estimate"),
            ("AI concierge chatbots", 2023, 31, "USD million", "actual"),
            ("AI concierge chatbots", 2024, 40, "USD million", "actual"),
            ("AI concierge chatbots", 2025, 52, "USD million", "estimate"),
            ("Total", 2023, 283, "USD million", "actual"),
            ("Total", 2024, 351, "USD million", "actual"),
            ("Total", 2025, 425, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 112 + 86 + 54 + 31 = 283
            ("hierarchy", "exact"),  # 2024: 139 + 104 + 68 + 40 = 351
            # 2025F: 171 + 127 + 85 + 52 = 435, not 425; bounds 433..437 (each part +/-0.5) miss 424.5..425.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US ski operator's earnings-call answer sizing a North American TAM (USD billion): the TAM the company sizes
    #     is the market (Total); "this year" is the call's year (2025, "about", printed figure, estimate), "last year"
    #     2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter,
    #     the quarter's season-pass sales and EBITDA margin, the 14.2 million skier visits, the $1,089 pass price.
    dict(
        text=(
            "Summit Ridge Resorts fiscal Q4 2025 earnings call, September 25, 2025 - Q&A\n"
            "Analyst (Dana Whitfield, Granite Peak Securities): How large is the market for the pricing and guest-app "
            "technology you keep investing in?\n"
            "CEO Marcus Lindqvist: We size the total addressable market for AI lift-ticket dynamic pricing, guest apps "
            "and lift-line forecasting across North American ski resorts at about US$1.4 billion this year, up 22% from "
            "$1.15 billion last year, because every resort now wants to price a Tuesday differently from a powder "
            "Saturday. We think it reaches $3.1 billion by 2030, a 17% CAGR over 2025-2030. In the quarter, season-pass "
            "sales came in at $486 million and our adjusted EBITDA margin was 31%; we hosted 14.2 million skier visits "
            "over the season, and our unrestricted pass is priced at $1,089 for next winter."
        ),
        obs=[
            ("Total", 2024, 1.15, "USD billion", "actual"),
            ("Total", 2025, 1.4, "USD billion", "estimate"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.15) ** (1 / 1) - 1 = 21.74% -> 22
            ("cagr|implied", "exact"),  # (3.1 / 1.4) ** (1 / 5) - 1 = 17.23% -> 17
        ],
    ),
    # 22. US working-paper abstract on AI launch monitors and swing analysis (USD million): YoY with both amounts that
    #     holds only by rounding, a 2031 figure in billions converted to the series' unit (USD million), CAGR with
    #     printed span. Expected nowhere: the paper number, the 545 million rounds, the 16,000 facilities, the
    #     US$20,000 launch-monitor price.
    dict(
        text=(
            "Fairway Economics Working Paper No. 2025-09. Abstract: Using retailer scans, club-fitting invoices and "
            "subscription records, we estimate U.S. spending on AI launch monitors and swing-analysis software by "
            "golfers, teaching professionals and driving ranges. Spending rose from US$612 million in 2023 to US$738 "
            "million in 2024, an increase of 20.7%, and we project US$1.52 billion by 2031, a compound annual growth "
            "rate of 10.9% over 2024-2031. For scale, Americans played some 545 million rounds in 2024 across about "
            "16,000 golf facilities, and a premium launch monitor still retails for around US$20,000. We find that "
            "off-course venues and simulator bays, not private clubs, now drive most new purchases."
        ),
        obs=[
            ("Total", 2023, 612, "USD million", "actual"),
            ("Total", 2024, 738, "USD million", "actual"),
            ("Total", 2031, 1520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("cagr", 10.9, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (738 / 612) ** (1 / 1) - 1 = 20.59% -> 20.6, not 20.7; bounds 737.5 / 612.5 - 1 = 20.41%,
            # 738.5 / 611.5 - 1 = 20.77% -> 20.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1520 / 738) ** (1 / 7) - 1 = 10.87% -> 10.9
        ],
    ),
    # 23. Numbered social-media thread on Alpine snowmaking and grooming (EUR million): YoY with both amounts, a
    #     multiple over six years (no verdict), a CAGR with printed span that no reading reaches (inconsistent).
    #     Expected nowhere: the CHF 38M Swiss part (francs are not in the unit table), the 1,100 ski areas, the 150
    #     million skier days, the €40k snow-gun price, the €16M Series A and €90M valuation, the likes.
    dict(
        text=(
            "1/ Thread on the AI nobody sees from the chairlift: snowmaking and slope grooming in the Alps. Figures "
            "from a Grenoble research house's new report.\n"
            "2/ Resorts in France, Austria, Italy and Switzerland spent €174M on AI snowmaking control and grooming "
            "optimisation in 2024, up 16% from €150M in 2023. Swiss resorts alone were about CHF 38M of that.\n"
            "3/ Forecast is €395M by 2030, i.e. 2.3x in six years, which the report calls a 15.8% CAGR for 2024-2030.\n"
            "4/ Context: ~1,100 ski areas, around 150 million skier days a season, and a fan snow gun still costs "
            "€40k+ installed. NeigeLogic just raised a €16M Series A at a €90M valuation, so the money is following. "
            "(602 likes)"
        ),
        obs=[
            ("Total", 2023, 150, "EUR million", "actual"),
            ("Total", 2024, 174, "EUR million", "actual"),
            ("Total", 2030, 395, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("multiple", 2.3, "multiple", 2024, 2030, 6.0),
            ("cagr", 15.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (174 / 150) ** (1 / 1) - 1 = 16.00% -> 16
            # (395 / 174) ** (1 / 6) - 1 = 14.64%; bounds (394.5 / 174.5) ** (1/6) - 1 = 14.56%,
            # (395.5 / 173.5) ** (1/6) - 1 = 14.72% -> 15.8 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. London web article with a correction line (GBP million): "last year" is the dateline's year before (2024);
    #     YoY with both amounts, a part with a share that no reading reaches (inconsistent). Expected nowhere: the
    #     misprinted £30 million, the £52 green fee, the 2,600 courses, the 15 million rounds, the 58% survey answer,
    #     the update date.
    dict(
        text=(
            "LONDON - Updated 9 September 2025. Golf clubs and driving ranges in the UK spent £48 million last year on "
            "AI tee-time booking and dynamic green-fee pricing software, up 20% from £40 million in 2023, according to "
            "Fairway Insight. Dynamic green-fee pricing alone made up £19 million, or 43% of the spend. A weekend green "
            "fee at a parkland course now averages about £52. The UK has roughly 2,600 golf courses that hosted some "
            "15 million rounds, and 58% of club secretaries surveyed said pricing software had filled midweek slots.\n"
            "Correction: An earlier version of this article gave the 2023 figure as £30 million. It was £40 million."
        ),
        obs=[
            ("Total", 2023, 40, "GBP million", "actual"),
            ("Total", 2024, 48, "GBP million", "actual"),
            ("Dynamic green-fee pricing", 2024, 19, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48 / 40) ** (1 / 1) - 1 = 20.00% -> 20
            # 19 / 48 = 39.58% -> 40, not 43; bounds 18.5 / 48.5 = 38.14%, 19.5 / 47.5 = 41.05% -> 43 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Innsbruck annual-report letter to shareholders (EUR million), dated March 2025: "last year" is 2024 (actual);
    #     YoY with both amounts that holds only by rounding; "about EUR 140 million" by 2028 (printed figure,
    #     estimate); "more than double" is a multiple x2 over four years (no verdict). Expected nowhere: the report's
    #     title year, the letter's date, the group's revenue and EBITDA margin, the 112 lifts, the 9.8 million skier
    #     days, the EUR 79 day pass.
    dict(
        text=(
            "Alpenlift Holding AG, Annual Report 2024. Letter to shareholders\n"
            "Dear shareholders, last year the market for AI crowd and lift-queue forecasting at ski resorts in Austria, "
            "Switzerland and Italy grew 27% to EUR 63 million, from EUR 50 million in 2023, as resorts began to steer "
            "guests between valleys and lifts in real time. We expect the market to more than double by 2028, to about "
            "EUR 140 million. Our own revenue was EUR 412 million, with an EBITDA margin of 34%; our 112 lifts carried "
            "guests on 9.8 million skier days, and a day pass at our flagship resort now costs EUR 79.\n"
            "Innsbruck, 18 March 2025, Katharina Moser, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 50, "EUR million", "actual"),
            ("Total", 2024, 63, "EUR million", "actual"),
            ("Total", 2028, 140, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (63 / 50) ** (1 / 1) - 1 = 26.00% -> 26, not 27; bounds 62.5 / 50.5 - 1 = 23.76%,
            # 63.5 / 49.5 - 1 = 28.28% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Orlando investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E and
    #     2029E are estimates; YoY with both amounts, CAGR with printed span. Expected nowhere: the slide number, the
    #     ₩4.4tn aside (won are not in the unit table), the 48 million park visitors, the company's FY2024 revenue,
    #     EBITDA margin and 2029 share target, the 2,300 rides.
    dict(
        text=(
            "Parkwise Technologies Investor Day, Orlando, 4 March 2025. Slide 7: AI for theme parks and resorts, "
            "queue forecasting, guest apps and concierge chatbots\n"
            "- 2024 TAM: $2.7B\n"
            "- 2025E TAM: $3.2B (+19% YoY), roughly ₩4.4tn\n"
            "- 2029E TAM: $6.0B; CAGR 2025E-2029E: 17%\n"
            "- 48 million park visitors a year already see our wait-time forecasts\n"
            "- Parkwise FY2024 revenue $312M, adjusted EBITDA margin 22%; target: 12% share of TAM by 2029\n"
            "- 2,300 rides and attractions connected to our queue engine\n"
            "- Growth drivers: virtual queues, dynamic day-ticket pricing and multilingual chat concierges"
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2029, 6.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 2.7) ** (1 / 1) - 1 = 18.52% -> 19
            ("cagr|implied", "exact"),  # (6.0 / 3.2) ** (1 / 4) - 1 = 17.02% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses on European golf turf AI (EUR million): the first house's figures
    #     (base, target and rate) are the snippet's; YoY with both amounts that holds only by rounding, CAGR with
    #     printed span. Expected nowhere: the second house's €102 million for 2024, the 1.2 million golf tourists,
    #     the €60,000 mower price, the upvotes.
    dict(
        text=(
            "Re: Is there any reliable number for AI turf management on European golf courses? (accepted answer, 24 "
            "upvotes)\n"
            "Two research houses cover it and they disagree. Greenkeeper Analytics says golf courses in Spain, France "
            "and Italy spent €84 million in 2024 on AI turf, irrigation and mowing management, up 19% from €71 million "
            "in 2023, and expects €176 million in 2029, a CAGR of 15.9% for 2024-2029. Costa Verde Research adds "
            "clubhouse energy systems and puts 2024 at €102 million. Either way it is a sliver of the business: Spain "
            "alone welcomes over 1.2 million golf tourists a year, and an autonomous fairway mower costs roughly "
            "€60,000 before any software."
        ),
        obs=[
            ("Total", 2023, 71, "EUR million", "actual"),
            ("Total", 2024, 84, "EUR million", "actual"),
            ("Total", 2029, 176, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 15.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (84 / 71) ** (1 / 1) - 1 = 18.31% -> 18, not 19; bounds 83.5 / 71.5 - 1 = 16.78%,
            # 84.5 / 70.5 - 1 = 19.86% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (176 / 84) ** (1 / 5) - 1 = 15.94% -> 15.9
        ],
    ),
    # 28. Seoul broker note in won: won are not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the KRW
    #     1.32 trillion, the 5.6 million golfers, the 540 courses, the KRW 250,000 green fee, the target price and
    #     upside, the pick's June-quarter margin.
    dict(
        text=(
            "Hangang Investment & Securities, Korea Leisure, Seoul, 12 August 2025\n"
            "Screens, swings and software. We size Korea's market for AI swing analysis, golf-simulator and "
            "launch-monitor software at KRW 1.32 trillion in 2024, up 14% year on year, and forecast a 9% CAGR over "
            "2024-2029 as screen-golf venues replace camera sensors with AI ball tracking. Screen-golf venues account "
            "for 61% of that spend. Korea has about 5.6 million golfers and some 540 courses, and a weekend green fee "
            "near Seoul tops KRW 250,000. Our top pick, Birdie Vision (BUY, TP KRW 48,000, 29% upside), posted a 17% "
            "operating margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 9, "percent", 2024, 2029, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI at ski areas: YoY with both amounts, a part with its share, a
    #     2027 figure (左右, printed figure, estimate). Expected nowhere: the dateline, the 3.85亿人次 of ice-and-snow
    #     visitors, the 5,250亿元 of ice-and-snow tourism revenue, the 750 ski areas and 200 with aerial lifts.
    dict(
        text=(
            "新华社北京2025年2月10日电(记者周雪松)记者从中国冰雪产业数字化联盟获悉,2024年我国滑雪场与冰雪度假区"
            "人工智能应用(含AI人工造雪、雪道压雪调度、智能票务与客流预测)市场规模达到32.6亿元,较2023年的26.9亿元"
            "增长21.2%。其中,智能票务与动态定价市场规模为9.8亿元,占比30.1%。联盟预计,到2027年该市场规模将达到"
            "60亿元左右。数据显示,2023—2024冰雪季全国冰雪休闲旅游人数约3.85亿人次,冰雪休闲旅游收入约5,250亿元;"
            "全国滑雪场约750家,其中配备架空索道的约200家。"
        ),
        obs=[
            ("Total", 2023, 26.9, "CNY 100 million", "actual"),
            ("Total", 2024, 32.6, "CNY 100 million", "actual"),
            ("智能票务与动态定价", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("share", 30.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.6 / 26.9) ** (1 / 1) - 1 = 21.19% -> 21.2
            ("arithmetic", "exact"),  # 9.8 / 32.6 = 30.06% -> 30.1
        ],
    ),
    # 30. Zhangjiakou municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred), holding only by rounding. Expected nowhere: the plan's title years, the 9 ski areas,
    #     the 30万元 subsidy, the 1,050万人次 of skiers, the 480元 ticket price.
    dict(
        text=(
            "《张家口市智慧冰雪产业发展三年行动计划(2025—2027年)》近日印发。计划提出,2024年全市滑雪场智慧化服务"
            "市场规模约4.2亿元,其中AI造雪与压雪调度服务规模8,600万元,占比约20.5%。到2027年,全市滑雪场智慧化服务"
            "市场规模突破7亿元,年均复合增长率约18%;全市9家滑雪场全部建成客流预测与索道排队预警系统,对新建智慧索道"
            "每条给予最高30万元补贴。2024年全市接待滑雪游客约1,050万人次,雪季日均门票价格约480元。"
        ),
        obs=[
            ("Total", 2024, 4.2, "CNY 100 million", "actual"),
            ("AI造雪与压雪调度服务", 2024, 8600, "CNY 10 thousand", "actual"),
            ("Total", 2027, 7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 20.5, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8,600万 / 42,000万 = 20.48% -> 20.5
            # (7 / 4.2) ** (1 / 3) - 1 = 18.56% -> 19, not 18; bounds (6.5 / 4.25) ** (1/3) - 1 = 15.21%,
            # (7.5 / 4.15) ** (1/3) - 1 = 21.81% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on golf AI: YoY with both amounts, a CAGR with printed
    #     span. Expected nowhere: the release date, the 60 courses, the 350萬 rounds, the 3,500元 green fee, the club
    #     maker's 280億元 revenue, the 85 firms interviewed.
    dict(
        text=(
            "【台北訊】球研產業研究所2025年5月20日發布研究指出,2024年台灣高爾夫AI應用市場規模達新台幣15.8億元,"
            "較2023年的13.2億元成長19.7%,成長動能來自AI揮桿分析、擊球監測器、果嶺草皮智慧養護與開球時段動態定價。"
            "該所預估,2028年市場規模將達31.5億元,2024至2028年年複合成長率為18.8%。研究所指出,全台約有60座高爾夫"
            "球場,2024年下場人次約350萬,假日果嶺費普遍在新台幣3,500元以上;國內最大球具代工廠2024年營收約新台幣"
            "280億元。本次調查共訪問85家業者。"
        ),
        obs=[
            ("Total", 2023, 13.2, "TWD 100 million", "actual"),
            ("Total", 2024, 15.8, "TWD 100 million", "actual"),
            ("Total", 2028, 31.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 13.2) ** (1 / 1) - 1 = 19.70% -> 19.7
            ("cagr|implied", "exact"),  # (31.5 / 15.8) ** (1 / 4) - 1 = 18.83% -> 18.8
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on theme parks and resorts: YoY with both amounts, a CAGR
    #     with printed span that no reading reaches (inconsistent). Expected nowhere: the report's title year, the
    #     1,350萬 admissions, the 700港元 day ticket, the 42 members, the 71% survey answer.
    dict(
        text=(
            "香港主題公園及度假村協會昨日發表《2025香港景點科技應用報告》。報告指出,2024年本港主題公園及度假村在"
            "人工智能方案(包括人潮及排隊預測、賓客應用程式及智能客服)上的開支約4.6億港元,較2023年的3.7億港元上升"
            "24%。協會預計,有關開支將於2028年增至9.2億港元,2024至2028年複合年增長率約20%。報告同時指出,本港兩大"
            "主題公園2024年合共錄得約1,350萬入場人次,成人一日門票約700港元,而協會42家會員中有71%表示計劃於兩年內"
            "擴大使用AI客服。"
        ),
        obs=[
            ("Total", 2023, 3.7, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 9.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.7) ** (1 / 1) - 1 = 24.32% -> 24
            # (9.2 / 4.6) ** (1 / 4) - 1 = 18.92%; bounds (9.15 / 4.65) ** (1/4) - 1 = 18.44%,
            # (9.25 / 4.55) ** (1/4) - 1 = 19.41% -> 20 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元 -> USD 100 million) on global AI launch monitors: YoY with both amounts that
    #     holds only by rounding, a 2028 forecast (預估, estimate) and a multiple over four years (no verdict).
    #     Expected nowhere: the post's header and date, the 1萬5千元 entry-level price, the contract maker's
    #     second-quarter revenue growth and gross margin, the push count.
    dict(
        text=(
            "作者 birdiehunter (抓小鳥)\n"
            "看板 Golf\n"
            "標題 [情報] 外資報告:AI擊球監測器市場規模出爐\n"
            "時間 Tue Jun 10 21:15:42 2025\n"
            "外資最新報告說,全球AI擊球監測器加揮桿分析軟體的市場,2024年約21.5億美元,2023年是18億美元,年增20%。"
            "報告預估2028年上看41億美元,是2024年的1.9倍,主要是室內模擬器球館一直開。入門款現在大概新台幣1萬5千元"
            "就買得到。台灣某代工大廠第二季營收年增12%,毛利率41%,我有部位就不多說了。大家覺得這題材還能追嗎?"
            "(推文 38)"
        ),
        obs=[
            ("Total", 2023, 18, "USD 100 million", "actual"),
            ("Total", 2024, 21.5, "USD 100 million", "actual"),
            ("Total", 2028, 41, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 1.9, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (21.5 / 18) ** (1 / 1) - 1 = 19.44% -> 19, not 20; bounds 21.45 / 18.5 - 1 = 15.95%,
            # 21.55 / 17.5 - 1 = 23.14% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on theme-park and resort AI with a 2027 range (two value claims), a YoY
    #     with both amounts, a share without its part's amount (claim, no verdict). Expected nowhere: the report
    #     date, the 4.5亿人次 of visitors, the target price and upside, the pick's revenue, its 5亿元 round and 38亿元
    #     valuation.
    dict(
        text=(
            "【东岳证券】文旅AI行业深度报告:排队少一点,体验好一点(2025年6月20日)\n"
            "摘要:我们测算,2024年我国主题公园与度假区AI应用(含客流与排队预测、智能导览与客服机器人、动态票价)"
            "市场规模为48.2亿元,较2023年的39.5亿元同比增长22.0%;预计2027年市场规模将达到85—100亿元。其中客流与"
            "排队预测占比约28%,为最大细分领域。2024年全国主题公园接待游客约4.5亿人次,AI渗透仍处早期。首次覆盖给予"
            "行业“推荐”评级,重点推荐智游科技(目标价42元,上涨空间26%),公司2024年营业收入6.3亿元;公司近期完成C轮"
            "融资5亿元,投后估值38亿元。"
        ),
        obs=[
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("Total", 2024, 48.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 100, "CNY 100 million", 2027, 2027, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.2 / 39.5) ** (1 / 1) - 1 = 22.03% -> 22.0
        ],
    ),
    # 35. Ski operator's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere:
    #     the company's revenue and gross margin, the first quarter's net profit, the 8 resorts, the 310万人次.
    dict(
        text=(
            "北雪文旅2024年度业绩说明会文字实录(2025年4月28日)\n"
            "投资者:公司如何看待滑雪场AI造雪与压雪调度的市场空间?\n"
            "董事长:据公司测算,今年国内滑雪场AI造雪与压雪调度市场规模约12亿元,去年为9.8亿元,增长约22%。到2028年,"
            "这一市场有望达到20亿元,2025—2028年复合增长率约19%。公司2024年实现营业收入23.6亿元,毛利率38.5%,一季度"
            "归母净利润2.1亿元;上个雪季旗下8座雪场共接待滑雪者约310万人次,全部雪道已接入AI压雪调度系统。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
            ("Total", 2028, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.8) ** (1 / 1) - 1 = 22.45% -> 22
            ("cagr|implied", "exact"),  # (20 / 12) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 36. Markdown table (USD million, global golf AI) by segment with a Total row and a CAGR column (span printed in
    #     the header); 2030F is an estimate; the guest-app CAGR holds only by rounding, the turf CAGR by no reading
    #     (inconsistent). Expected nowhere: the table number, the US$102 billion of golf-industry revenue and the
    #     38,000 courses in the note.
    dict(
        text=(
            "Table 2. Global AI in golf by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Swing analysis and launch monitors | 1,840 | 3,950 | 13.6% |\n"
            "| Tee-time dynamic pricing | 420 | 1,090 | 17.2% |\n"
            "| Turf and course maintenance | 365 | 980 | 19.2% |\n"
            "| Guest apps and concierge chatbots | 275 | 760 | 18.4% |\n"
            "| Total | 2,900 | 6,780 | 15.2% |\n"
            "Note: F = forecast. Source: Links & Data Partners estimates from vendor revenues and club surveys. Shown "
            "without the roughly US$102 billion of global golf-industry revenue and the world's some 38,000 courses."
        ),
        obs=[
            ("Swing analysis and launch monitors", 2024, 1840, "USD million", "actual"),
            ("Swing analysis and launch monitors", 2030, 3950, "USD million", "estimate"),
            ("Tee-time dynamic pricing", 2024, 420, "USD million", "actual"),
            ("Tee-time dynamic pricing", 2030, 1090, "USD million", "estimate"),
            ("Turf and course maintenance", 2024, 365, "USD million", "actual"),
            ("Turf and course maintenance", 2030, 980, "USD million", "estimate"),
            ("Guest apps and concierge chatbots", 2024, 275, "USD million", "actual"),
            ("Guest apps and concierge chatbots", 2030, 760, "USD million", "estimate"),
            ("Total", 2024, 2900, "USD million", "actual"),
            ("Total", 2030, 6780, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3950 / 1840) ** (1 / 6) - 1 = 13.58% -> 13.6
            ("cagr|implied", "exact"),  # (1090 / 420) ** (1 / 6) - 1 = 17.23% -> 17.2
            # (980 / 365) ** (1 / 6) - 1 = 17.89%; bounds (979.5 / 365.5) ** (1/6) - 1 = 17.86%,
            # (980.5 / 364.5) ** (1/6) - 1 = 17.93% -> 19.2 unreachable
            ("cagr|implied", "inconsistent"),
            # (760 / 275) ** (1 / 6) - 1 = 18.46% -> 18.5, not 18.4; bounds (759.5 / 275.5) ** (1/6) - 1 = 18.41%,
            # (760.5 / 274.5) ** (1/6) - 1 = 18.51% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6780 / 2900) ** (1 / 6) - 1 = 15.21% -> 15.2
            ("hierarchy", "exact"),  # 2024: 1,840 + 420 + 365 + 275 = 2,900
            ("hierarchy", "exact"),  # 2030F: 3,950 + 1,090 + 980 + 760 = 6,780
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) of AI at Japanese ski resorts with a Total row and a YoY
    #     column; the guest-app YoY holds only by rounding. Expected nowhere: the table number, the 14 million skier
    #     visits and the 450 ski areas in the note.
    dict(
        text=(
            "Table 4. Japan: AI at ski resorts by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Snowmaking and grooming optimisation\t3.2\t3.9\t21.9%\n"
            "Lift-ticket dynamic pricing\t1.8\t2.3\t27.8%\n"
            "Guest apps and multilingual chatbots\t2.6\t3.1\t19.6%\n"
            "Lift-queue forecasting\t0.9\t1.2\t33.3%\n"
            "Total\t8.5\t10.5\t23.5%\n"
            "Note: fiscal years to March. Source: Shirakaba Leisure Research, from vendor contracts with resort "
            "operators and lift companies; Japan's roughly 14 million skier visits and some 450 ski areas are given "
            "for context only."
        ),
        obs=[
            ("Snowmaking and grooming optimisation", 2023, 3.2, "JPY billion", "actual"),
            ("Snowmaking and grooming optimisation", 2024, 3.9, "JPY billion", "actual"),
            ("Lift-ticket dynamic pricing", 2023, 1.8, "JPY billion", "actual"),
            ("Lift-ticket dynamic pricing", 2024, 2.3, "JPY billion", "actual"),
            ("Guest apps and multilingual chatbots", 2023, 2.6, "JPY billion", "actual"),
            ("Guest apps and multilingual chatbots", 2024, 3.1, "JPY billion", "actual"),
            ("Lift-queue forecasting", 2023, 0.9, "JPY billion", "actual"),
            ("Lift-queue forecasting", 2024, 1.2, "JPY billion", "actual"),
            ("Total", 2023, 8.5, "JPY billion", "actual"),
            ("Total", 2024, 10.5, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9 / 3.2 - 1 = 21.88% -> 21.9
            ("cagr|implied", "exact"),  # 2.3 / 1.8 - 1 = 27.78% -> 27.8
            # 3.1 / 2.6 - 1 = 19.23% -> 19.2, not 19.6; bounds 3.05 / 2.65 - 1 = 15.09%, 3.15 / 2.55 - 1 = 23.53%
            # -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.2 / 0.9 - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # 10.5 / 8.5 - 1 = 23.53% -> 23.5
            ("hierarchy", "exact"),  # FY2023: 3.2 + 1.8 + 2.6 + 0.9 = 8.5
            ("hierarchy", "exact"),  # FY2024: 3.9 + 2.3 + 3.1 + 1.2 = 10.5
        ],
    ),
    # 38. Space-aligned table (EUR million, France, 2024) with a share column and a Total row (its 100.0% is no
    #     claim); the grooming share holds only by rounding. Expected nowhere: the 86 ski areas surveyed, the 52
    #     million skier days and the €1.6 billion of lift-ticket revenue in the source line.
    dict(
        text=(
            "France: AI spend at ski resorts by application, 2024 (\u20acm)\n"
            "Application                               \u20acm      Share\n"
            "Snowmaking optimisation                   21.4     39.1%\n"
            "Slope grooming and fleet routing          12.7     23.1%\n"
            "Lift-ticket dynamic pricing               9.6      17.5%\n"
            "Guest apps and concierge chatbots         6.8      12.4%\n"
            "Lift-queue forecasting                    4.3      7.8%\n"
            "Total                                     54.8     100.0%\n"
            "Source: Neige et Donn\u00e9es survey of 86 ski areas; French resorts sold about 52 million skier days, "
            "and the \u20ac1.6 billion of lift-ticket revenue is excluded."
        ),
        obs=[
            ("Snowmaking optimisation", 2024, 21.4, "EUR million", "actual"),
            ("Slope grooming and fleet routing", 2024, 12.7, "EUR million", "actual"),
            ("Lift-ticket dynamic pricing", 2024, 9.6, "EUR million", "actual"),
            ("Guest apps and concierge chatbots", 2024, 6.8, "EUR million", "actual"),
            ("Lift-queue forecasting", 2024, 4.3, "EUR million", "actual"),
            ("Total", 2024, 54.8, "EUR million", "actual"),
        ],
        claims=[
            ("share", 39.1, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 12.4, "percent", 2024, 2024, None),
            ("share", 7.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 54.8 = 39.05% -> 39.1
            # 12.7 / 54.8 = 23.18% -> 23.2, not 23.1; bounds 12.65 / 54.85 = 23.06%, 12.75 / 54.75 = 23.29%
            # -> 23.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 9.6 / 54.8 = 17.52% -> 17.5
            ("arithmetic", "exact"),  # 6.8 / 54.8 = 12.41% -> 12.4
            ("arithmetic", "exact"),  # 4.3 / 54.8 = 7.85% -> 7.8
            ("hierarchy", "exact"),  # 21.4 + 12.7 + 9.6 + 6.8 + 4.3 = 54.8
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, US golf turf and course maintenance), a lone value column
    #     headed by its unit only (Total); 2025F-2027F are estimates; a CAGR with printed span and a YoY in the note.
    #     Expected nowhere: the 16,000 facilities and the 531 million rounds of 2024.
    dict(
        text=(
            "United States: spending on AI turf and course maintenance at golf courses\n"
            "Year | US$ million\n"
            "2020 | 52\n"
            "2021 | 61\n"
            "2022 | 74\n"
            "2023 | 88\n"
            "2024 | 104\n"
            "2025F | 122\n"
            "2026F | 143\n"
            "2027F | 166\n"
            "Note: F = forecast; CAGR 2020-2027F: 18.0%; 2024 spending rose 18% on 2023. Source: Greenside Data, "
            "from superintendents' budgets for soil sensors, AI irrigation scheduling, disease prediction and robotic "
            "mowers. About 16,000 golf facilities hosted some 531 million rounds in 2024."
        ),
        obs=[
            ("Total", 2020, 52, "USD million", "actual"),
            ("Total", 2021, 61, "USD million", "actual"),
            ("Total", 2022, 74, "USD million", "actual"),
            ("Total", 2023, 88, "USD million", "actual"),
            ("Total", 2024, 104, "USD million", "actual"),
            ("Total", 2025, 122, "USD million", "estimate"),
            ("Total", 2026, 143, "USD million", "estimate"),
            ("Total", 2027, 166, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.0, "percent", 2020, 2027, None, "stated"),
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (166 / 52) ** (1 / 7) - 1 = 18.04% -> 18.0
            ("cagr|implied", "exact"),  # (104 / 88) ** (1 / 1) - 1 = 18.18% -> 18
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI at Taiwan leisure parks, resorts and golf courses with a 合計
    #     row; 2025年(預估) is an estimate; the 2023 合計 holds only by rounding. Expected nowhere: the table number,
    #     the title's year span, the 1,150萬人次 in the note.
    dict(
        text=(
            "表5 2023—2025年臺灣休閒園區AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "人潮與排隊預測 | 1.2 | 1.6 | 2.1\n"
            "智慧導覽與客服機器人 | 2.1 | 2.6 | 3.2\n"
            "動態票價系統 | 0.8 | 1.1 | 1.5\n"
            "高爾夫球場智慧養護 | 1.5 | 1.9 | 2.4\n"
            "合計 | 5.7 | 7.2 | 9.2\n"
            "資料來源:遊憩數據研究社;涵蓋主題樂園、度假村與高爾夫球場,不含門票及住宿營收;2024年全台主要遊樂園入園"
            "約1,150萬人次;2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("人潮與排隊預測", 2023, 1.2, "TWD 100 million", "actual"),
            ("人潮與排隊預測", 2024, 1.6, "TWD 100 million", "actual"),
            ("人潮與排隊預測", 2025, 2.1, "TWD 100 million", "estimate"),
            ("智慧導覽與客服機器人", 2023, 2.1, "TWD 100 million", "actual"),
            ("智慧導覽與客服機器人", 2024, 2.6, "TWD 100 million", "actual"),
            ("智慧導覽與客服機器人", 2025, 3.2, "TWD 100 million", "estimate"),
            ("動態票價系統", 2023, 0.8, "TWD 100 million", "actual"),
            ("動態票價系統", 2024, 1.1, "TWD 100 million", "actual"),
            ("動態票價系統", 2025, 1.5, "TWD 100 million", "estimate"),
            ("高爾夫球場智慧養護", 2023, 1.5, "TWD 100 million", "actual"),
            ("高爾夫球場智慧養護", 2024, 1.9, "TWD 100 million", "actual"),
            ("高爾夫球場智慧養護", 2025, 2.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 5.7, "TWD 100 million", "actual"),
            ("合計", 2024, 7.2, "TWD 100 million", "actual"),
            ("合計", 2025, 9.2, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 1.2 + 2.1 + 0.8 + 1.5 = 5.6 vs 5.7; rows' bounds 5.4-5.8, total's 5.65-5.75
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 1.6 + 2.6 + 1.1 + 1.9 = 7.2
            ("hierarchy", "exact"),  # 2025(預估): 2.1 + 3.2 + 1.5 + 2.4 = 9.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 16% of the total',
    'A second house, Donau Leisure Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2024年增长2倍',
    '新台幣24.5億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月6日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 28.1 | 26.7%',
    'Summit Ridge Resorts fiscal Q4 2025 earnings call, September 25, 2025',
    'Fairway Economics Working Paper No. 2025-09. Abstract:',
    '3/ Forecast is €395M by 2030',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: $3.2B (+19% YoY), roughly ₩4.4tn',
    'Costa Verde Research adds clubhouse energy systems',
    'KRW 1.32 trillion in 2024',
    '新华社北京2025年2月10日电',
    '標題 [情報] 外資報告:AI擊球監測器市場規模出爐',
    '预计2027年市场规模将达到85—100亿元',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 5.7 | 7.2 | 9.2',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 67 rates, 92 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 204, "rates_found": 67, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset235.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
