"""A two-hundred-and-sixteenth check set for the extractor, written blind: AI in weddings, events and venues: AI event-
planning and seating tools, AI for venue booking and dynamic pricing of halls, AI photo and video editing for weddings
and events, AI ticketing and attendee matching at conferences and trade fairs, AI catering and guest-count forecasting;
sized in money by event-industry associations, convention bureaus, wedding-industry bodies, brokers, consultancies,
research houses and platform vendors' investor days, in the United States, the United Kingdom, Germany, France, Italy,
Spain, the UAE, India (rupees only as an aside), Japan, South Korea (won only as an aside), Singapore, mainland China,
Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: total wedding or events spending beside the AI part, numbers of weddings, events, guests or venues, the
average cost of a wedding, a platform's own revenue or margin, a ticket price, a funding round and valuation, a season's
or a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in weddings, events and venues: eight English prose texts (a
Nashville wire release on wedding-planning and seating tools, a Tokyo broker note in fiscal years and yen on bridal
photo AI, a London briefing on event AI with three segments, a Frankfurt article on trade-fair AI quoting two
consultancies, a San Francisco investor-day TAM for AI event management, a Milan convention-bureau strategy with last-
year/this-year figures and a 2030 target, a correction notice on an Indian wedding-tech story with a range, a wedding-
photography blog post with 'nearly 3x'), seven Chinese prose texts (a wedding-industry AI report, a Zhejiang plan with
力争到 and 增长2倍, a Xinhua story quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA
story with 去年/今年, a broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计
row, space-aligned with shares, a vertical table of years with YoY, a tab-separated segment table with a Total row).
Left out: total wedding and events spending, numbers of weddings, events, delegates, visitors and venues, average
wedding costs, ticket and package prices, funding rounds and valuations, quarter, season and half-year figures, survey
answers, firms' revenue, margins, orders, share targets and price targets, rupee and won amounts, a second house's
figure, a correction's wrong figures, shares in words. Inconsistent: the Milan 23% rise, the Xinhua 31.4%, the UAE
photo-editing share and the UK 2024 Total. Only by rounding: the Tokyo CAGR, the London venue-booking share, the 婚纱摄影
share, the CNA 19.4%, the U.S. catering row's CAGR, the 2024年 合计 and the Italian 2024 YoY.

Snippets 21-40: Twenty snippets on AI in weddings, events and venues, numbered 21-40: eight English prose pieces (a US
earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date, a UK working-paper
abstract on AI wedding photo and video editing, a numbered social-media thread on US conference ticketing whose 2023
figure in millions is converted to the series' billions, a French web article with a correction line, a Japanese wedding
group's letter to shareholders in yen and fiscal years, investor-day slide bullets of a catering-forecasting vendor, a
forum answer quoting two research houses on UAE venue booking, and an Indian broker note in rupees that gives claims but
no observations), seven Chinese prose pieces (a Xinhua-style release, a municipal plan, a Taipei research release, a
Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2027 range, a results-briefing transcript) and
five tables (markdown by segment with a CAGR column, tab-separated euros with a YoY column, space-aligned pounds with a
share column, a vertical table of years in yen, a Traditional Chinese table with a 合計 row). Left out everywhere: total
wedding and events spending, numbers of weddings, events, guests, venues and customers, average wedding costs, hall
rents, ticket and badge prices, funding rounds and valuations, companies' own revenue, margins and share targets, a
quarter's figure, survey and penetration percentages, fractions in words, a second house's figure, a corrected misprint
and rupee amounts. Inconsistent: the working paper's 28.7% CAGR, the Hong Kong 26.1% growth, the catering CAGR in the
markdown table and the Taiwan table's 2025 合計. Holding only by rounding: the French 37.4% share, the yen letter's 12.1%
CAGR, the investor day's ~20% CAGR, the Xinhua 34.1% share, the Taipei 20.8% CAGR, the German catering YoY and 2024
Total, the UK RSVP-bot share and the Japanese table's 2022 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Nashville wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 2,460 couples and 310 planners surveyed, the 2.04 million weddings, the $33,000
    #    average wedding cost, the 61% survey answer.
    dict(
        text=(
            "NASHVILLE, Tenn., March 11, 2025 /PRNewswire/ -- Engaged couples and wedding planners in the United States "
            "spent $338 million on AI planning, guest-list and seating-chart tools in 2024, up 31% from $258 million "
            "in 2023, according to the 2025 Aisle Tech Report released today by Magnolia Bridal Insights. The "
            "Nashville research firm, which surveyed 2,460 couples and 310 planners, projects spending of $1.15 "
            "billion by 2030, a compound annual growth rate of 22.6% from 2024 to 2030. Americans held roughly 2.04 "
            "million weddings last year, at an average cost of about $33,000 each. Some 61% of couples said they had "
            "asked a chatbot to draft their reception timeline."
        ),
        obs=[
            ("Total", 2023, 258, "USD million", "actual"),
            ("Total", 2024, 338, "USD million", "actual"),
            ("Total", 2030, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (338 / 258) ** (1 / 1) - 1 = 31.01% -> 31
            ("cagr|implied", "exact"),  # (1150 / 338) ** (1 / 6) - 1 = 22.64% -> 22.6
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 18%" where the amounts give 17.47%. Expected nowhere: the dateline, the ¥2.1
    #    trillion couples spend on weddings, the 485,000 couples, the ¥3.4 million average wedding, Korean spending in
    #    won, the covered firm's sales, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 2 July 2025. Japan Leisure and Services: bridal tech, sector initiation. We put Japan's market for "
            "AI wedding-photo retouching, video highlight editing and online venue-visit booking at ¥27.4 billion in "
            "FY2024 (year to March 2025) and forecast ¥61.3 billion by FY2029e, a CAGR of about 18%. That is a sliver "
            "of the roughly ¥2.1 trillion couples spend on weddings each year; some 485,000 couples marry annually and "
            "the average ceremony and reception costs about ¥3.4 million. Korean planners, we estimate, spend around "
            "₩190 billion on comparable tools. Our top pick, Shirotae Holdings (Buy, TP ¥2,480, 31% upside), grew "
            "FY2024 AI-services sales 22% to ¥6.2 billion at a 17.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 27.4, "JPY billion", "actual"),
            ("Total", 2029, 61.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (61.3 / 27.4) ** (1 / 5) - 1 = 17.47% -> 17, not 18; bounds (61.25 / 27.45) ** (1/5) - 1 = 17.41%,
            # (61.35 / 27.35) ** (1/5) - 1 = 17.54% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (the venue-booking share of
    #    29% holds only by rounding); the 2028 forecast is an estimate. Expected nowhere: the 54 member organisations
    #    interviewed, the £31 billion business-events sector, the 10,000 venues.
    dict(
        text=(
            "LONDON, 16 September 2025 - Event organisers, venues and agencies in the UK spent £186 million on AI tools "
            "in 2024, according to a briefing from the Thameside Events Research Unit. Ticketing and attendee-matching "
            "software took the largest slice, £67 million or about 36%, followed by venue booking and dynamic hall "
            "pricing at £53 million (29%). Catering and guest-count forecasting tools came to £23 million, some 12% of "
            "the total. The unit, which interviewed 54 member organisations, expects spending to reach £410 million in "
            "2028. Britain's business-events sector as a whole is worth an estimated £31 billion a year, spread across "
            "some 10,000 venues."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Ticketing and attendee-matching software", 2024, 67, "GBP million", "actual"),
            ("Venue booking and dynamic hall pricing", 2024, 53, "GBP million", "actual"),
            ("Catering and guest-count forecasting tools", 2024, 23, "GBP million", "actual"),
            ("Total", 2028, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 67 / 186 = 36.02% -> 36
            # 53 / 186 = 28.49% -> 28, not 29; bounds 52.5 / 186.5 = 28.15%, 53.5 / 185.5 = 28.84% -> 29 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 23 / 186 = 12.37% -> 12
        ],
    ),
    # 4. Frankfurt article quoting two consultancies: the first's base, target and rate are the snippet's; its 2030
    #    figure printed in billions is expected in EUR million (the series' unit). Expected nowhere: Rheinblick
    #    Analytics' €236 million for 2024, the 2.9 million events, the €45 day ticket.
    dict(
        text=(
            "FRANKFURT, 9 April 2025 - Spending by German trade-fair organisers and congress centres on AI ticketing, "
            "exhibitor-visitor matchmaking and visitor-flow forecasting reached €212 million in 2024, up 19% from "
            "€178 million in 2023, according to the Hamburg consultancy Elbstrom Partners. Elbstrom expects the market "
            "to reach €1.02 billion in 2030, a compound annual growth rate of 29.9% between 2024 and 2030. Rival house "
            "Rheinblick Analytics sizes the 2024 market at €236 million, because it also counts hotel-ballroom "
            "software. German venues hosted around 2.9 million events last year, and a day ticket to a major fair now "
            "costs about €45."
        ),
        obs=[
            ("Total", 2023, 178, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2030, 1020, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 29.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 178) ** (1 / 1) - 1 = 19.10% -> 19
            ("cagr|implied", "exact"),  # (1020 / 212) ** (1 / 6) - 1 = 29.93% -> 29.9
        ],
    ),
    # 5. Investor-day transcript (San Francisco): the total addressable market the company sizes is the market
    #    (Total), in USD billion, with a CAGR whose span is printed ("roughly a 20%"). Expected nowhere: the company's
    #    revenue and gross margin, the 41,000 events it ran, the second quarter's bookings growth, its 15% share goal.
    dict(
        text=(
            "Plenara Investor Day, San Francisco, September 18, 2025 - transcript excerpt. Dana Whitcombe, chief "
            "executive: \"Let me size the opportunity. We think the total addressable market for AI event management - "
            "registration, attendee matching, agenda personalisation and on-site analytics - was $8.4 billion in 2024, "
            "and we see it reaching $21 billion by 2029. That's roughly a 20% compound growth rate over 2024 to 2029. "
            "Last year we booked $286 million of revenue at a 71% gross margin, our platform ran about 41,000 events, "
            "and second-quarter bookings rose 34%. We're aiming for a 15% share of that market by 2029.\""
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2029, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21 / 8.4) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 6. Milan convention-bureau strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030
    #    target (an estimate); the "rise of some 23%" is inconsistent. Expected nowhere: the strategy's title years,
    #    the €12 million pilot fund and its 30 venues, the 9,800 congresses and 4.2 million delegates, the 52% survey
    #    answer.
    dict(
        text=(
            "MILAN, 12 February 2025 - The city's Meetings and Events Strategy 2025-2030, presented today by the Milan "
            "Convention Bureau, estimates that local venues, caterers and organisers spent €41 million on AI tools for "
            "hall booking, dynamic pricing and guest-flow forecasting last year, and expects them to spend €53 million "
            "this year, a rise of some 23%. The strategy sets a target of €150 million by 2030 and earmarks €12 "
            "million for pilot projects at 30 venues. Milan hosted about 9,800 congresses and corporate events in "
            "2024, drawing 4.2 million delegates; in a bureau survey, 52% of planners said they already use AI to "
            "forecast attendance."
        ),
        obs=[
            ("Total", 2024, 41, "EUR million", "actual"),
            ("Total", 2025, 53, "EUR million", "estimate"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (53 / 41) ** (1 / 1) - 1 = 29.27% -> 29, not 23; bounds 52.5 / 41.5 - 1 = 26.51%,
            # 53.5 / 40.5 - 1 = 32.10% -> 23 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Correction notice on an Indian wedding-tech story: the 2030 range gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated $610-750 million, the rupee amount
    #    (no unit in the table), the 10 million weddings, the ₹36 lakh average wedding; the range is expected once
    #    though printed twice.
    dict(
        text=(
            "Correction, October 3, 2025: An earlier version of this article gave Saffron Lane Research's 2030 "
            "forecast as $610 million to $750 million. The firm expects $410 million to $550 million.\n"
            "India's market for AI in weddings, from planning and vendor-matching apps to automated photo culling and "
            "invitation design, was worth $182 million in 2024, according to Saffron Lane Research, a Jaipur firm. It "
            "expects the market to reach $410 million to $550 million in 2030 as more families book vendors online. "
            "In rupee terms, 2024 spending came to roughly ₹1,520 crore. The country sees about 10 million weddings a "
            "year, and the average wedding costs some ₹36 lakh."
        ),
        obs=[
            ("Total", 2024, 182, "USD million", "actual"),
        ],
        claims=[
            ("value", 410, "USD million", 2030, 2030, None),
            ("value", 550, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Wedding-photography blog post: "nearly 3x as much" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict). Expected nowhere: the €2,400 photography package, the start-up's funding round and valuation,
    #    June's 40% of bookings (a season's figure), the 1.9 million EU weddings.
    dict(
        text=(
            "The Second Shooter, a wedding-photography blog, June 4, 2025 - Who edits your wedding photos now? "
            "European wedding photographers and videographers spent €38 million on AI culling, retouching and "
            "highlight-reel software in 2021; by 2024 the bill was €109 million, nearly 3x as much, according to "
            "Lumen & Veil Research. A full-day photography package in Paris now runs to about €2,400, and the editing "
            "start-up Retoucha raised €18 million in April at a €120 million valuation. June alone brings some 40% of "
            "the year's bookings, and the EU records roughly 1.9 million weddings a year."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2024, 109, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI婚纱摄影修图与婚礼视频剪辑) with its
    #    share of 35.9% that holds only by rounding, a CAGR with its printed span. Expected nowhere: the report's
    #    title year, the 610.6万对 marriages, the 1.9万亿元 wedding spending, the 18万元 average wedding, the 68% survey
    #    answer.
    dict(
        text=(
            "《2025中国婚庆产业数字化发展报告》近日在苏州发布。报告显示,2024年我国婚庆行业AI应用市场规模达到64.8亿元,"
            "同比增长28.6%,2023年为50.4亿元。其中,AI婚纱摄影修图与婚礼视频剪辑市场规模为23.2亿元,占比35.9%,为第一大"
            "细分领域。报告预计,到2029年我国婚庆行业AI应用市场规模将达到176亿元,2024—2029年复合增长率为22.1%。报告同时"
            "指出,2024年全国办理结婚登记610.6万对,婚庆消费总规模约1.9万亿元,单场婚礼平均花费约18万元;受访新人中,68%"
            "曾使用AI工具生成请柬或婚礼致辞。"
        ),
        obs=[
            ("Total", 2023, 50.4, "CNY 100 million", "actual"),
            ("Total", 2024, 64.8, "CNY 100 million", "actual"),
            ("AI婚纱摄影修图与婚礼视频剪辑", 2024, 23.2, "CNY 100 million", "actual"),
            ("Total", 2029, 176, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
            ("cagr", 22.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.8 / 50.4) ** (1 / 1) - 1 = 28.57% -> 28.6
            # 23.2 / 64.8 = 35.80% -> 35.8, not 35.9; bounds 23.15 / 64.85 = 35.70%, 23.25 / 64.75 = 35.91%
            # -> 35.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (176 / 64.8) ** (1 / 5) - 1 = 22.12% -> 22.1
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (超过, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a multiple x2 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 1,200场 fairs, the 50家 model venues, the 380亿元 of
    #     direct exhibition revenue.
    dict(
        text=(
            "浙江省商务厅日前印发《浙江省会展业数字化提升行动方案(2025—2027年)》。方案显示,2023年全省会展与婚宴活动AI"
            "应用(含智能票务、展商与观众智能匹配、场馆智能定价等)产业规模为42亿元,2024年达到53亿元,同比增长26.2%。"
            "方案提出,力争到2027年全省相关产业规模超过126亿元,较2023年增长2倍;全省年举办展会1,200场以上,培育数字化"
            "示范场馆50家。2024年全省会展业直接收入约380亿元。"
        ),
        obs=[
            ("Total", 2023, 42, "CNY 100 million", "actual"),
            ("Total", 2024, 53, "CNY 100 million", "actual"),
            ("Total", 2027, 126, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (53 / 42) ** (1 / 1) - 1 = 26.19% -> 26.2
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's; its "增长31.4%" is inconsistent. Expected nowhere: 京衡产业研究院's
    #     41亿元 for 2024, the conference's title year, the first half's 1,900场 fairs and 6,000万人次 visitors.
    dict(
        text=(
            "新华社上海6月12日电(记者 周雨桐)记者从日前举行的2025中国会展数字化大会上获悉,据中国会展经济研究院测算,"
            "2024年我国会展活动AI票务与参会者智能匹配市场规模为37.2亿元,比2023年的29.4亿元增长31.4%,预计2025年将达到"
            "46亿元。另据京衡产业研究院统计,2024年这一市场规模约为41亿元。今年上半年,全国举办经贸类展会约1,900场,线下"
            "参展观众超过6,000万人次。"
        ),
        obs=[
            ("Total", 2023, 29.4, "CNY 100 million", "actual"),
            ("Total", 2024, 37.2, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (37.2 / 29.4) ** (1 / 1) - 1 = 26.53% -> 26.5, not 31.4; bounds 37.15 / 29.45 - 1 = 26.15%,
            # 37.25 / 29.35 - 1 = 26.92% -> 31.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span, both exact. Expected nowhere: the white paper's title year, the 12.4萬對 couples, the 新台幣1.8萬元
    #     per banquet table, 約占四成 (a share in words), the 58% survey answer.
    dict(
        text=(
            "財團法人臺灣會展暨婚宴產業研究院發布《2025臺灣婚宴與活動科技白皮書》指出,2024年臺灣婚宴場館AI訂位、宴會廳"
            "動態定價與賓客人數預測市場規模達新台幣38.6億元,較2023年的31.2億元成長23.7%。白皮書預估,2028年市場規模將達"
            "新台幣84億元,2024至2028年年複合成長率為21.5%。白皮書也指出,2024年全臺結婚對數約12.4萬對,喜宴每桌平均價格約"
            "新台幣1.8萬元,已導入AI訂位系統的宴會廳約占四成;受訪新人中有58%表示曾以AI工具安排賓客座位。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 84, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.2) ** (1 / 1) - 1 = 23.72% -> 23.7
            ("cagr|implied", "exact"),  # (84 / 38.6) ** (1 / 4) - 1 = 21.46% -> 21.5
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約9.8億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 4.6萬宗 marriages, the 38萬港元 average banquet, the 1,880港元 concert ticket,
    #     the start-up's 8,000萬港元 funding round.
    dict(
        text=(
            "香港展覽會議業協會昨日發表報告指出,2024年本港會展、婚宴及大型活動AI應用(包括智能票務、場地動態定價及活動"
            "相片影片自動剪輯)市場規模約9.8億港元,較2023年的8.1億港元增長21.0%。報告預計,2029年市場規模將增至23.5億港元,"
            "2024至2029年年均複合增長率約19.1%。報告又指,2024年本港登記結婚約4.6萬宗,平均婚宴開支約38萬港元;一場大型"
            "演唱會門票最高售價約1,880港元。本地初創公司宴圖科技上月完成8,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 8.1, "HKD 100 million", "actual"),
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("Total", 2029, 23.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # (23.5 / 9.8) ** (1 / 5) - 1 = 19.12% -> 19.1
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望); the 19.4% growth holds only by rounding. Expected nowhere: the first quarter's
    #     2.9億元, the studio's own revenue and gross margin, the 12萬對 couples.
    dict(
        text=(
            "(中央社記者陳冠宇台北2025年5月14日電)市調機構恆域顧問今天指出,去年台灣婚紗攝影AI修圖、婚禮影片自動剪輯與"
            "喜帖設計市場規模約新台幣14.6億元,今年在業者全面導入生成式AI帶動下,可望成長19.4%至17.4億元。不過今年第一季"
            "適逢婚禮淡季,市場規模僅約新台幣2.9億元。國內婚紗攝影龍頭麗緹影像去年營收達新台幣11億元,毛利率約42%;恆域"
            "估計今年全台結婚對數約12萬對。"
        ),
        obs=[
            ("Total", 2024, 14.6, "TWD 100 million", "actual"),
            ("Total", 2025, 17.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (17.4 / 14.6) ** (1 / 1) - 1 = 19.18% -> 19.2, not 19.4; bounds 17.35 / 14.65 - 1 = 18.43%,
            # 17.45 / 14.55 - 1 = 19.93% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with an exact 24.4% YoY; the 2027 range 55亿—68亿元 gives two
    #     value claims (no observation). Expected nowhere: the report's date, the leading firm's revenue, gross
    #     margin, rating and target price, its third-quarter orders, the 330个 exhibition halls.
    dict(
        text=(
            "华岳证券研究所2025年9月深度报告《会展科技:AI场馆运营进入放量期》。我们测算,2024年国内会展及婚宴场馆AI智能"
            "预订与动态定价市场规模为27.5亿元,同比增长24.4%,2023年为22.1亿元。随着大型场馆加快部署收益管理系统,我们预计"
            "2027年市场规模将达到55亿—68亿元。行业龙头筵云科技2024年营收6.3亿元,毛利率47%,首次覆盖给予“增持”评级,"
            "目标价36元;今年三季度公司新签订单同比增长41%。截至2024年底,全国专业展馆约330个。"
        ),
        obs=[
            ("Total", 2023, 22.1, "CNY 100 million", "actual"),
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
            ("value", 68, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.5 / 22.1) ** (1 / 1) - 1 = 24.43% -> 24.4
        ],
    ),
    # 16. Markdown table (U.S. weddings and events, USD million) with a CAGR 2024-29 column and a Total row: each
    #     row's CAGR is stated (span in the header); the catering row's 25.0% holds only by rounding; rows add to the
    #     Total in both years; 2029F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. U.S. weddings and events: AI spending by application (USD million)\n"
            "| Application | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI seating and floor-plan tools | 84 | 231 | 22.4% |\n"
            "| AI wedding and event photo and video editing | 127 | 325 | 20.7% |\n"
            "| AI catering and guest-count forecasting | 46 | 139 | 25.0% |\n"
            "| Total | 257 | 695 | 22.0% |\n"
            "Source: Cedar & Lace Analytics, Celebrations Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI seating and floor-plan tools", 2024, 84, "USD million", "actual"),
            ("AI seating and floor-plan tools", 2029, 231, "USD million", "estimate"),
            ("AI wedding and event photo and video editing", 2024, 127, "USD million", "actual"),
            ("AI wedding and event photo and video editing", 2029, 325, "USD million", "estimate"),
            ("AI catering and guest-count forecasting", 2024, 46, "USD million", "actual"),
            ("AI catering and guest-count forecasting", 2029, 139, "USD million", "estimate"),
            ("Total", 2024, 257, "USD million", "actual"),
            ("Total", 2029, 695, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (231 / 84) ** (1 / 5) - 1 = 22.42% -> 22.4
            ("cagr|implied", "exact"),  # (325 / 127) ** (1 / 5) - 1 = 20.67% -> 20.7
            # (139 / 46) ** (1 / 5) - 1 = 24.75% -> 24.8, not 25.0; bounds (138.5 / 46.5) ** (1/5) - 1 = 24.39%,
            # (139.5 / 45.5) ** (1/5) - 1 = 25.12% -> 25.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (695 / 257) ** (1 / 5) - 1 = 22.01% -> 22.0
            ("hierarchy", "exact"),  # 2024: 84 + 127 + 46 = 257
            ("hierarchy", "exact"),  # 2029F: 231 + 325 + 139 = 695
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 of 59.7 holds only by rounding. Expected nowhere: the table number, the title's
    #     year span.
    dict(
        text=(
            "表3 2023—2025年中国婚庆与活动AI细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI婚礼策划与座位编排\t12.4\t16.1\t20.7\n"
            "AI婚纱摄影与视频剪辑\t18.7\t23.5\t29.6\n"
            "场馆智能预订与动态定价\t9.6\t12.8\t16.9\n"
            "智能餐饮与宾客人数预测\t5.4\t7.2\t9.5\n"
            "合计\t46.1\t59.7\t76.7\n"
            "资料来源:婚庆与会展数字化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("AI婚礼策划与座位编排", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI婚礼策划与座位编排", 2024, 16.1, "CNY 100 million", "actual"),
            ("AI婚礼策划与座位编排", 2025, 20.7, "CNY 100 million", "estimate"),
            ("AI婚纱摄影与视频剪辑", 2023, 18.7, "CNY 100 million", "actual"),
            ("AI婚纱摄影与视频剪辑", 2024, 23.5, "CNY 100 million", "actual"),
            ("AI婚纱摄影与视频剪辑", 2025, 29.6, "CNY 100 million", "estimate"),
            ("场馆智能预订与动态定价", 2023, 9.6, "CNY 100 million", "actual"),
            ("场馆智能预订与动态定价", 2024, 12.8, "CNY 100 million", "actual"),
            ("场馆智能预订与动态定价", 2025, 16.9, "CNY 100 million", "estimate"),
            ("智能餐饮与宾客人数预测", 2023, 5.4, "CNY 100 million", "actual"),
            ("智能餐饮与宾客人数预测", 2024, 7.2, "CNY 100 million", "actual"),
            ("智能餐饮与宾客人数预测", 2025, 9.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 46.1, "CNY 100 million", "actual"),
            ("合计", 2024, 59.7, "CNY 100 million", "actual"),
            ("合计", 2025, 76.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 18.7 + 9.6 + 5.4 = 46.1
            # 2024: 16.1 + 23.5 + 12.8 + 7.2 = 59.6, not 59.7; bounds 59.4..59.8 (each part +/-0.05)
            # reach 59.65..59.75 -> 59.7 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 20.7 + 29.6 + 16.9 + 9.5 = 76.7
        ],
    ),
    # 18. Space-aligned table (UAE, USD million, 2024) with a share column and a Total row: four shares (the photo and
    #     video row's 22.6% is inconsistent), rows add to the Total; the Total's 100.0% is no claim. Expected nowhere:
    #     the note number, the 1,400 business events.
    dict(
        text=(
            "UAE: AI in events and venues, spending by application, 2024\n"
            "Application                                   USD m      Share\n"
            "AI venue booking and hall pricing              31.8      35.2%\n"
            "AI ticketing and attendee matching             27.4      30.3%\n"
            "AI event photo and video editing               18.6      22.6%\n"
            "AI catering and guest-count forecasting        12.5      13.8%\n"
            "Total                                          90.3     100.0%\n"
            "Note 2: Dubai and Abu Dhabi hosted about 1,400 business events in 2024. Source: Gulf Gatherings Research."
        ),
        obs=[
            ("AI venue booking and hall pricing", 2024, 31.8, "USD million", "actual"),
            ("AI ticketing and attendee matching", 2024, 27.4, "USD million", "actual"),
            ("AI event photo and video editing", 2024, 18.6, "USD million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 12.5, "USD million", "actual"),
            ("Total", 2024, 90.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 30.3, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.8 / 90.3 = 35.22% -> 35.2
            ("arithmetic", "exact"),  # 27.4 / 90.3 = 30.34% -> 30.3
            # 18.6 / 90.3 = 20.60% -> 20.6, not 22.6; bounds 18.55 / 90.35 = 20.53%, 18.65 / 90.25 = 20.66%
            # -> 22.6 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 12.5 / 90.3 = 13.84% -> 13.8
            ("hierarchy", "exact"),  # 31.8 + 27.4 + 18.6 + 12.5 = 90.3
        ],
    ),
    # 19. Vertical table (Italy) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 25.0% holds only by rounding. Expected
    #     nowhere: the source's month and year, the 2021 dash.
    dict(
        text=(
            "Italy: AI photo and video editing for weddings and events\n"
            "Year | EUR million | YoY change\n"
            "2021 | 21.4 | -\n"
            "2022 | 29.6 | 38.3%\n"
            "2023 | 38.3 | 29.4%\n"
            "2024 | 47.9 | 25.0%\n"
            "2025E | 58.8 | 22.8%\n"
            "Source: Osservatorio Nozze & Eventi Digitali, March 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 21.4, "EUR million", "actual"),
            ("Total", 2022, 29.6, "EUR million", "actual"),
            ("Total", 2023, 38.3, "EUR million", "actual"),
            ("Total", 2024, 47.9, "EUR million", "actual"),
            ("Total", 2025, 58.8, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 38.3, "percent", 2021, 2022, 1.0),
            ("growth", 29.4, "percent", 2022, 2023, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29.6 / 21.4) ** (1 / 1) - 1 = 38.32% -> 38.3
            ("cagr|implied", "exact"),  # (38.3 / 29.6) ** (1 / 1) - 1 = 29.39% -> 29.4
            # (47.9 / 38.3) ** (1 / 1) - 1 = 25.07% -> 25.1, not 25.0; bounds 47.85 / 38.35 - 1 = 24.77%,
            # 47.95 / 38.25 - 1 = 25.36% -> 25.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (58.8 / 47.9) ** (1 / 1) - 1 = 22.76% -> 22.8
        ],
    ),
    # 20. Tab-separated segment table (UK weddings, GBP million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (98 printed, 88 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     note on the survey panel of 1,150 suppliers.
    dict(
        text=(
            "UK weddings: AI spending by segment (GBP million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI wedding planning and seating tools\t18\t24\t31\n"
            "AI wedding photo and video editing\t26\t33\t41\n"
            "AI venue booking and dynamic pricing\t14\t19\t25\n"
            "AI catering and guest-count forecasting\t9\t12\t16\n"
            "Total\t67\t98\t113\n"
            "Source: Bridlington Wedding Economics tracker; panel of 1,150 suppliers. F = forecast."
        ),
        obs=[
            ("AI wedding planning and seating tools", 2023, 18, "GBP million", "actual"),
            ("AI wedding planning and seating tools", 2024, 24, "GBP million", "actual"),
            ("AI wedding planning and seating tools", 2025, 31, "GBP million", "estimate"),
            ("AI wedding photo and video editing", 2023, 26, "GBP million", "actual"),
            ("AI wedding photo and video editing", 2024, 33, "GBP million", "actual"),
            ("AI wedding photo and video editing", 2025, 41, "GBP million", "estimate"),
            ("AI venue booking and dynamic pricing", 2023, 14, "GBP million", "actual"),
            ("AI venue booking and dynamic pricing", 2024, 19, "GBP million", "actual"),
            ("AI venue booking and dynamic pricing", 2025, 25, "GBP million", "estimate"),
            ("AI catering and guest-count forecasting", 2023, 9, "GBP million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 12, "GBP million", "actual"),
            ("AI catering and guest-count forecasting", 2025, 16, "GBP million", "estimate"),
            ("Total", 2023, 67, "GBP million", "actual"),
            ("Total", 2024, 98, "GBP million", "actual"),
            ("Total", 2025, 113, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18 + 26 + 14 + 9 = 67
            # 2024: 24 + 33 + 19 + 12 = 88, not 98; bounds 86..90 (each part +/-0.5) miss 97.5..98.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 31 + 41 + 25 + 16 = 113
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (the market, Total): "this year" is the call's year (2025, estimate),
    #     "last year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the quarter's
    #     revenue and margin, the 2.1 million weddings, the $35,000 average wedding, the 6,800 venues.
    dict(
        text=(
            "Vowline Inc. Q3 2025 earnings call, November 4, 2025 - Q&A\n"
            "Analyst (Priya Castellano, Harwick Securities): How do you size the opportunity beyond your current venues?\n"
            "CEO Daniel Okafor: We put the total addressable market for AI event-planning, seating and guest-management "
            "software across US wedding and event venues at about $3.2 billion this year, up roughly 23% from $2.6 "
            "billion last year. We think it reaches $6.8 billion in 2029, which works out to about 20.7% a year from "
            "2025 to 2029. Keep in mind the US sees around 2.1 million weddings a year at an average cost near $35,000, "
            "so software is still a sliver of the spend. For our part, revenue in the quarter was $84 million at a 68% "
            "gross margin, and we now serve some 6,800 venues."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2029, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 20.7, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 2.6) ** (1 / 1) - 1 = 23.08% -> 23
            ("cagr|implied", "exact"),  # (6.8 / 3.2) ** (1 / 4) - 1 = 20.74% -> 20.7
        ],
    ),
    # 22. UK working-paper abstract (GBP million): CAGR with printed span that the amounts cannot give (inconsistent),
    #     a multiple over four years (no verdict), a 2029 projection. Expected nowhere: the paper number, the 236,000
    #     weddings, the GBP 20,700 average wedding, the 41% survey answer, the 1,900 photographers.
    dict(
        text=(
            "Working Paper No. 25-11. Abstract: We size the UK market for AI-assisted photo culling, retouching and "
            "video editing sold to wedding and event photographers, drawing on invoices from editing platforms and a "
            "panel of 1,900 photographers. Spending reached \u00a397 million in 2024, up from \u00a338 million in 2020, "
            "a compound annual growth rate of 28.7% over 2020-2024 and roughly 2.6 times the 2020 level. The segment "
            "remains small beside the couples themselves: England and Wales registered about 236,000 weddings in 2022, "
            "at an average cost of some \u00a320,700. In our survey, 41% of photographers said AI editing had cut their "
            "turnaround time by half. We project spending of \u00a3210 million in 2029."
        ),
        obs=[
            ("Total", 2020, 38, "GBP million", "actual"),
            ("Total", 2024, 97, "GBP million", "actual"),
            ("Total", 2029, 210, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2020, 2024, None, "stated"),
            ("multiple", 2.6, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (97 / 38) ** (1 / 4) - 1 = 26.40%; bounds (96.5 / 38.5) ** (1/4) - 1 = 25.82%,
            # (97.5 / 37.5) ** (1/4) - 1 = 26.98% -> 28.7 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI ticketing and attendee matching: YoY with both amounts, the
    #     2023 figure printed as $1,790M and expected converted to the series' unit (USD billion, 1.79); a segment in
    #     USD million with its share; a CAGR with printed span. Expected nowhere: the post numbers, the 13,000 trade
    #     shows, the $1,295 badge price, the Series B round and its valuation.
    dict(
        text=(
            "1/ Thread: how big is AI ticketing and attendee matching at US conferences and trade fairs? Numbers from "
            "Convene Metrics' new market report, out this week.\n"
            "2/ US organisers spent $2.35B on AI ticketing, badge-scanning and attendee-matching software in 2024, up "
            "31% from $1,790M in 2023.\n"
            "3/ Attendee matching alone (the 'who should I meet' engines) came to $610M, ~26% of the total.\n"
            "4/ Their forecast: $5.1B by 2028, a 21.4% CAGR for 2024-2028.\n"
            "5/ For scale: the US runs roughly 13,000 trade shows a year and a full-access badge at a big tech "
            "conference now costs around $1,295.\n"
            "6/ Money is chasing it too: Matchbadge just raised a $38M Series B at a $260M valuation."
        ),
        obs=[
            ("Total", 2023, 1.79, "USD billion", "actual"),
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Attendee matching", 2024, 610, "USD million", "actual"),
            ("Total", 2028, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
            ("cagr", 21.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.35 / 1.79) ** (1 / 1) - 1 = 31.28% -> 31
            ("arithmetic", "exact"),  # 610 / 2350 = 25.96% -> 26
            ("cagr|implied", "exact"),  # (5.1 / 2.35) ** (1 / 4) - 1 = 21.37% -> 21.4
        ],
    ),
    # 24. French web article with a correction line (EUR million): YoY with both amounts, a part with its share
    #     (rounding only), a 2027 forecast. Expected nowhere: the misprinted EUR 314 million, the 242,000 weddings,
    #     the EUR 15,000 average wedding, the EUR 25,000 hall rent, the publication and correction dates.
    dict(
        text=(
            "Paris venues let algorithms set the price of a Saturday in June\n"
            "Published 3 March 2025\n"
            "French wedding and event venues spent \u20ac341 million on AI booking, yield-management and "
            "dynamic-pricing software in 2024, up 23.6% from \u20ac276 million in 2023, according to the Observatoire "
            "des Lieux \u00c9v\u00e9nementiels. Dynamic-pricing tools for halls accounted for \u20ac128 million, or "
            "37.4% of the total, as ch\u00e2teaux and rooftop venues adjust rates week by week. The observatory "
            "expects spending to reach \u20ac590 million in 2027. France celebrated about 242,000 weddings in 2023 at "
            "an average cost of roughly \u20ac15,000, and a Paris hall can command \u20ac25,000 for a June Saturday.\n"
            "Correction, 5 March 2025: An earlier version of this article put 2024 spending at \u20ac314 million; the "
            "correct figure is \u20ac341 million."
        ),
        obs=[
            ("Total", 2023, 276, "EUR million", "actual"),
            ("Total", 2024, 341, "EUR million", "actual"),
            ("Dynamic-pricing tools for halls", 2024, 128, "EUR million", "actual"),
            ("Total", 2027, 590, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("share", 37.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (341 / 276) ** (1 / 1) - 1 = 23.55% -> 23.6
            # 128 / 341 = 37.54% -> 37.5, not 37.4; bounds 127.5 / 341.5 = 37.34%, 128.5 / 340.5 = 37.74%
            # -> 37.4 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Japanese wedding group's annual-report letter to shareholders in yen (JPY billion), fiscal years: YoY with
    #     both amounts, CAGR with printed span (rounding only). Expected nowhere: the company's revenue, its growth
    #     and operating margin, the dividend, the 474,000 weddings, the JPY 3.27 million average wedding.
    dict(
        text=(
            "To our shareholders\n"
            "Couples in Japan now plan their day with software as much as with a planner. By our estimate, the Japanese "
            "market for AI wedding-planning, banquet-seating and guest-management services reached \u00a518.4 billion "
            "in fiscal 2024, up 14% from \u00a516.1 billion in fiscal 2023, and we expect it to reach \u00a529.0 "
            "billion in fiscal 2028, growth of about 12.1% a year over fiscal 2024-2028. This is happening even as "
            "the number of weddings stays near 474,000 a year and the average ceremony and reception costs about "
            "\u00a53.27 million. Our own consolidated revenue rose 6% to \u00a571.6 billion in fiscal 2024 at an "
            "operating margin of 8.4%, and we raised the annual dividend to \u00a548 per share.\n"
            "Haruka Mizuno, President and CEO, Hanamichi Holdings"
        ),
        obs=[
            ("Total", 2023, 16.1, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2028, 29.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 12.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 16.1) ** (1 / 1) - 1 = 14.29% -> 14
            # (29.0 / 18.4) ** (1 / 4) - 1 = 12.05% -> 12.0, not 12.1; bounds (28.95 / 18.45) ** (1/4) - 1 = 11.92%,
            # (29.05 / 18.35) ** (1/4) - 1 = 12.17% -> 12.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets (USD billion): the vendor's TAM is the market (Total); 2024 actual, 2025E and
    #     2030E estimates; an approximate CAGR with printed span (rounding only). Expected nowhere: the slide number,
    #     the company's revenue, growth and gross margin, the 9,400 customers and 41M guests, the 15% share target.
    dict(
        text=(
            "Platewise Investor Day 2025, New York, 11 March 2025 - Slide 14: Market opportunity\n"
            "- 2024 TAM: $1.9B (AI catering, menu and guest-count forecasting for weddings, events and venues)\n"
            "- 2025E TAM: $2.4B\n"
            "- 2030E TAM: $6.1B\n"
            "- 2025E-2030E CAGR: ~20%\n"
            "- Platewise FY2024 revenue: $146M, up 38%; gross margin 64%\n"
            "- 9,400 venue and caterer customers; 41M guests forecast on the platform last year\n"
            "- Ambition: 15% share of TAM by 2030\n"
            "- Why now: no-shows and over-ordering waste an estimated one plate in six at catered events"
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (6.1 / 2.4) ** (1 / 5) - 1 = 20.51% -> 21, not 20; bounds (6.05 / 2.45) ** (1/5) - 1 = 19.82%,
            # (6.15 / 2.35) ** (1/5) - 1 = 21.22% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses on UAE AI venue booking (USD million): the first house (base,
    #     target and rate given) is the figure; the second house's 2024 figure is expected nowhere. YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the 4,800 events, the AED ballroom rate, the funding
    #     round and valuation, the 61% survey answer.
    dict(
        text=(
            "Q: Does anyone have a credible number for the AI venue-booking market in the UAE?\n"
            "Answer (posted 14 February 2025): Depends whose numbers you use. Meridian Gulf Research puts UAE spending "
            "on AI venue-booking, dynamic hall pricing and event-matchmaking software at $182 million in 2024, up 29% "
            "from $141 million in 2023, and sees $520 million by 2030, a CAGR of 19.1% over 2024-2030. Dunecrest "
            "Insights is more bullish at $230 million for 2024 but publishes no base year or forecast. For context, "
            "Dubai hosted about 4,800 business events last year, a five-star ballroom can run AED 90,000 a night, and "
            "one local booking startup raised $22 million at a $140 million valuation. In Dunecrest's survey, 61% of "
            "planners said they already let software quote the hall price."
        ),
        obs=[
            ("Total", 2023, 141, "USD million", "actual"),
            ("Total", 2024, 182, "USD million", "actual"),
            ("Total", 2030, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 141) ** (1 / 1) - 1 = 29.08% -> 29
            ("cagr|implied", "exact"),  # (520 / 182) ** (1 / 6) - 1 = 19.12% -> 19.1
        ],
    ),
    # 28. Indian broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims with no verdicts (no amounts in a held currency). Expected nowhere: the dateline, the rupee
    #     amounts, the 10 million weddings, the average spend in lakh, the target price and upside, the pick's margin.
    dict(
        text=(
            "Nagpal Shah Securities, India Consumer Tech, Mumbai, 9 July 2025\n"
            "Shaadi goes algorithmic. We estimate India's market for AI wedding-planning, vendor-matching and "
            "photo-editing tools at \u20b92,150 crore in FY2025, up 36% year on year, and forecast a 29% CAGR over "
            "FY2025-FY2030 to about \u20b97,700 crore. AI photo and video editing is the largest piece, at 44% of the "
            "market, because every wedding shoots thousands of frames. India hosts roughly 10 million weddings a year "
            "at an average spend of about \u20b914 lakh, so the software slice is tiny but compounding. Top pick: "
            "Mehendi Labs (BUY, TP \u20b9640, 22% upside), whose EBITDA margin reached 18% last year."
        ),
        obs=[],
        claims=[
            ("growth", 36, "percent", 2024, 2025, 1.0),
            ("cagr", 29, "percent", 2025, 2030, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a
    #     2025 figure under 有望突破 (printed figure, estimate). Expected nowhere: the dateline, the 610.6万对
    #     marriage registrations, the 2.3万亿元 wedding spending, the 17万元 average wedding, the 3万家 firms.
    dict(
        text=(
            "新华社北京2025年3月18日电(记者林晓雯)中国婚嫁产业研究会18日发布的数据显示,2024年我国婚庆领域人工智能"
            "应用市场规模达到46.8亿元,较2023年的36.4亿元增长28.6%。其中,AI婚纱照修图与婚礼视频剪辑市场规模为15.9"
            "亿元,占比34.1%,智能婚礼策划、宾客座位编排等应用增长迅速。2024年全国办理结婚登记610.6万对,婚庆消费"
            "总额约2.3万亿元,每对新人婚礼平均花费约17万元,全国婚庆相关企业超过3万家。业内预计,2025年该市场规模"
            "有望突破60亿元。"
        ),
        obs=[
            ("Total", 2023, 36.4, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI婚纱照修图与婚礼视频剪辑", 2024, 15.9, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 34.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 36.4) ** (1 / 1) - 1 = 28.57% -> 28.6
            # 15.9 / 46.8 = 33.97% -> 34.0, not 34.1; bounds 15.85 / 46.85 = 33.83%, 15.95 / 46.75 = 34.12%
            # -> 34.1 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified, 亿元): 2024 base (actual), a 2027 target (突破, printed figure, estimate) and a
    #     part's 2027 target; the CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the
    #     plan title's years, the 1000场 exhibitions, the 600万平方米 of floor space, the 10家 firms.
    dict(
        text=(
            "《成都市会展业智能化发展三年行动计划(2025—2027年)》近日印发。计划提出,到2027年,全市会展领域人工智能"
            "应用市场规模突破30亿元,较2024年的12.5亿元实现年均复合增长约34%;其中智能票务与观众匹配应用规模达到8"
            "亿元。计划同时要求,每年举办各类展会超过1000场,展览面积达到600万平方米,培育10家以上年营业收入过亿元的"
            "会展科技企业,并在重点场馆推广AI客流预测、展位智能规划和餐饮备量预测。"
        ),
        obs=[
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
            ("智能票务与观众匹配应用", 2027, 8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (30 / 12.5) ** (1 / 3) - 1 = 33.89% -> 34
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span (rounding
    #     only), a part with its share. Expected nowhere: 今(12)日 and the dateline, the 12.5萬對 couples, the
    #     新台幣60萬元 average banquet, the 58% survey answer.
    dict(
        text=(
            "【2025/05/12 台北訊】台灣婚禮暨活動產業研究所今(12)日發布報告指出,2024年台灣AI婚宴規劃、賓客座位安排"
            "及活動管理市場規模達新台幣38.6億元,較2023年的31.2億元成長23.7%;預估2028年將達新台幣82億元,2024至2028"
            "年複合成長率為20.8%。其中,AI婚紗攝影修圖規模為新台幣11.3億元,占29.3%。研究所指出,國內每年約12.5萬對"
            "新人結婚,每對婚宴平均花費約新台幣60萬元;受訪婚顧業者中有58%表示今年將導入AI排桌工具。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 82, "TWD 100 million", "estimate"),
            ("AI婚紗攝影修圖", 2024, 11.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2028, None, "stated"),
            ("share", 29.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.2) ** (1 / 1) - 1 = 23.72% -> 23.7
            # (82 / 38.6) ** (1 / 4) - 1 = 20.73% -> 20.7, not 20.8; bounds (81.5 / 38.65) ** (1/4) - 1 = 20.50%,
            # (82.5 / 38.55) ** (1/4) - 1 = 20.95% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 11.3 / 38.6 = 29.27% -> 29.3
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts that they cannot give
    #     (inconsistent), a part with its share, a 2027 forecast. Expected nowhere: the report title's year, the 110
    #     exhibitions, the 180萬人次 visitors, the 180億港元 industry spending, 約四成 (a fraction in words).
    dict(
        text=(
            "香港會展科技協會發表《2025香港會展科技發展報告》指出,2024年本港會議及展覽業的人工智能應用市場規模為"
            "9.6億港元,較2023年的7.8億港元增長26.1%。其中,AI票務及參展商配對系統佔3.1億港元,即32.3%。協會預計,"
            "2027年市場規模將增至16.5億港元。報告又指,2024年香港共舉辦約110個展覽,吸引逾180萬人次入場,會展業整體"
            "開支約180億港元;約四成受訪展商表示已使用AI安排商務配對。"
        ),
        obs=[
            ("Total", 2023, 7.8, "HKD 100 million", "actual"),
            ("Total", 2024, 9.6, "HKD 100 million", "actual"),
            ("AI票務及參展商配對系統", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2027, 16.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
            ("share", 32.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (9.6 / 7.8) ** (1 / 1) - 1 = 23.08%; bounds 9.55 / 7.85 - 1 = 21.66%, 9.65 / 7.75 - 1 = 24.52%
            # -> 26.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 3.1 / 9.6 = 32.29% -> 32.3
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): 去年 is 2024 (actual) and 今年 2025 (estimate) from the post's date;
    #     YoY with both amounts; a multiple over two years (no verdict). Expected nowhere: the post header's date, the
    #     title's rounded 15億, the first quarter's 3.6億元, the 4萬元 shoot fee, 約七成 (a fraction in words).
    dict(
        text=(
            "作者 bridelab (婚攝小實驗室)\n"
            "看板 Marriage\n"
            "標題 [情報] 台灣AI婚攝修圖市場 今年上看15億\n"
            "時間 Tue Jun 10 21:14:52 2025\n"
            "1.新聞來源:島嶼數位研究最新報告\n"
            "2.內容:台灣AI婚紗攝影修圖與婚禮影片剪輯市場去年規模新台幣12.4億元,今年預估上看15.1億元,年增21.8%;"
            "今年規模將是2023年8.9億元的1.7倍。光是今年第一季就有3.6億元。\n"
            "3.心得:我自己接一場婚攝大概收4萬元,以前修圖要兩週,現在三天交件。身邊同業約七成已經用AI挑片,"
            "不跟上真的會被淘汰。"
        ),
        obs=[
            ("Total", 2023, 8.9, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 15.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
            ("multiple", 1.7, "multiple", 2023, 2025, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.1 / 12.4) ** (1 / 1) - 1 = 21.77% -> 21.8
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims, no observation), a YoY without its
    #     base (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the 3800场 exhibitions,
    #     the 12% penetration rate, the rating, the target price and upside.
    dict(
        text=(
            "东岳证券会展行业深度报告摘要(2025年7月):我们测算,2024年中国会展AI票务与观众匹配市场规模为41.2亿元,"
            "同比增长26%;预计2027年市场规模在85亿—100亿元之间,2030年有望达到168亿元,2024—2030年复合增长率约26%。"
            "目前全国每年举办经贸类展览约3800场,AI观众匹配在大型展会中的渗透率仅约12%,提升空间较大。首次覆盖给予"
            "行业“推荐”评级,重点关注展联智能(目标价28元,上涨空间30%)。"
        ),
        obs=[
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
            ("Total", 2030, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 100, "CNY 100 million", 2027, 2027, None),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 41.2) ** (1 / 6) - 1 = 26.40% -> 26
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a CAGR with printed span. Expected nowhere: the briefing date, the company's half-year revenue,
    #     growth and gross margin, the 1,200 hotels.
    dict(
        text=(
            "华宴智联2025年半年度业绩说明会(2025年8月28日)文字实录节选\n"
            "投资者:公司如何看待AI宴会预订与动态定价的市场空间?\n"
            "董事长周立衡:根据我们的测算,今年国内酒店宴会厅和婚宴场地的AI预订及动态定价市场约28亿元,去年为22.5亿元,"
            "同比增长24%左右;到2028年有望达到55亿元,2025—2028年年均复合增长约25.2%。公司上半年营业收入3.1亿元,同比"
            "增长19%,毛利率46%,目前已签约酒店1,200余家,我们会继续聚焦婚宴和企业年会两个场景。"
        ),
        obs=[
            ("Total", 2024, 22.5, "CNY 100 million", "actual"),
            ("Total", 2025, 28, "CNY 100 million", "estimate"),
            ("Total", 2028, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 25.2, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28 / 22.5) ** (1 / 1) - 1 = 24.44% -> 24
            ("cagr|implied", "exact"),  # (55 / 28) ** (1 / 3) - 1 = 25.24% -> 25.2
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; 2029E is an estimate; the catering CAGR is beyond any reading (inconsistent).
    #     Expected nowhere: the source's date, the title's year span.
    dict(
        text=(
            "US: AI tools for weddings and private events, by segment, 2024-2029E (USD million)\n"
            "| Segment | 2024 | 2029E | CAGR 2024-29E |\n"
            "|---|---|---|---|\n"
            "| AI planning and seating tools | 412 | 1,046 | 20.5% |\n"
            "| AI photo and video editing | 538 | 1,190 | 17.2% |\n"
            "| AI catering and guest-count forecasting | 176 | 514 | 24.9% |\n"
            "| AI venue booking and dynamic pricing | 294 | 812 | 22.5% |\n"
            "| Total | 1,420 | 3,562 | 20.2% |\n"
            "Note: E = estimate. Software and services bought by couples, planners, caterers and venues; excludes "
            "hardware and photographers' fees. Source: Larkspur Event Economics, September 2025."
        ),
        obs=[
            ("AI planning and seating tools", 2024, 412, "USD million", "actual"),
            ("AI planning and seating tools", 2029, 1046, "USD million", "estimate"),
            ("AI photo and video editing", 2024, 538, "USD million", "actual"),
            ("AI photo and video editing", 2029, 1190, "USD million", "estimate"),
            ("AI catering and guest-count forecasting", 2024, 176, "USD million", "actual"),
            ("AI catering and guest-count forecasting", 2029, 514, "USD million", "estimate"),
            ("AI venue booking and dynamic pricing", 2024, 294, "USD million", "actual"),
            ("AI venue booking and dynamic pricing", 2029, 812, "USD million", "estimate"),
            ("Total", 2024, 1420, "USD million", "actual"),
            ("Total", 2029, 3562, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1046 / 412) ** (1 / 5) - 1 = 20.48% -> 20.5
            ("cagr|implied", "exact"),  # (1190 / 538) ** (1 / 5) - 1 = 17.21% -> 17.2
            # (514 / 176) ** (1 / 5) - 1 = 23.91%; bounds (513.5 / 176.5) ** (1/5) - 1 = 23.81%,
            # (514.5 / 175.5) ** (1/5) - 1 = 24.00% -> 24.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (812 / 294) ** (1 / 5) - 1 = 22.53% -> 22.5
            ("cagr|implied", "exact"),  # (3562 / 1420) ** (1 / 5) - 1 = 20.19% -> 20.2
            ("hierarchy", "exact"),  # 2024: 412 + 538 + 176 + 294 = 1,420
            ("hierarchy", "exact"),  # 2029E: 1,046 + 1,190 + 514 + 812 = 3,562
        ],
    ),
    # 37. Tab-separated German table in euros (EUR million) with a YoY column: the catering YoY and the 2024 Total
    #     hold only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "Germany: AI at trade fairs and congresses, spending by application (EUR million)\n"
            "Application\t2023\t2024\tYoY\n"
            "AI ticketing and access control\t48.6\t61.2\t25.9%\n"
            "AI exhibitor and visitor matching\t31.4\t42.7\t36.0%\n"
            "AI hall and stand planning\t22.8\t27.9\t22.4%\n"
            "AI catering and visitor-flow forecasting\t17.3\t21.6\t24.8%\n"
            "Total\t120.1\t153.5\t27.8%\n"
            "Note: spending by organisers, exhibition centres and congress venues on AI software and services. "
            "Source: Messewirtschaft Digital e.V., February 2025."
        ),
        obs=[
            ("AI ticketing and access control", 2023, 48.6, "EUR million", "actual"),
            ("AI ticketing and access control", 2024, 61.2, "EUR million", "actual"),
            ("AI exhibitor and visitor matching", 2023, 31.4, "EUR million", "actual"),
            ("AI exhibitor and visitor matching", 2024, 42.7, "EUR million", "actual"),
            ("AI hall and stand planning", 2023, 22.8, "EUR million", "actual"),
            ("AI hall and stand planning", 2024, 27.9, "EUR million", "actual"),
            ("AI catering and visitor-flow forecasting", 2023, 17.3, "EUR million", "actual"),
            ("AI catering and visitor-flow forecasting", 2024, 21.6, "EUR million", "actual"),
            ("Total", 2023, 120.1, "EUR million", "actual"),
            ("Total", 2024, 153.5, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("growth", 36.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.2 / 48.6 - 1 = 25.93% -> 25.9
            ("cagr|implied", "exact"),  # 42.7 / 31.4 - 1 = 35.99% -> 36.0
            ("cagr|implied", "exact"),  # 27.9 / 22.8 - 1 = 22.37% -> 22.4
            # 21.6 / 17.3 - 1 = 24.86% -> 24.9, not 24.8; bounds 21.55 / 17.35 - 1 = 24.21%,
            # 21.65 / 17.25 - 1 = 25.51% -> 24.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 153.5 / 120.1 - 1 = 27.81% -> 27.8
            ("hierarchy", "exact"),  # 2023: 48.6 + 31.4 + 22.8 + 17.3 = 120.1
            # 2024: 61.2 + 42.7 + 27.9 + 21.6 = 153.4, not 153.5; rows' bounds 153.2-153.6 reach 153.45-153.55
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. Space-aligned UK table (GBP million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the RSVP-bot share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "UK: AI in weddings, spending by application, 2024\n"
            "Application                                  GBP million     Share\n"
            "AI wedding planning and seating apps                42.6     26.1%\n"
            "AI photo and video editing                          58.3     35.7%\n"
            "AI venue booking and dynamic pricing                33.9     20.7%\n"
            "AI catering and guest-count forecasting             17.4     10.6%\n"
            "AI guest communications and RSVP bots               11.2      6.8%\n"
            "Total                                              163.4    100.0%\n"
            "Note: spending by couples, planners, venues and caterers on AI software and services; excludes "
            "photographers' and planners' fees. Source: Hartwell Bridal Insight, June 2025."
        ),
        obs=[
            ("AI wedding planning and seating apps", 2024, 42.6, "GBP million", "actual"),
            ("AI photo and video editing", 2024, 58.3, "GBP million", "actual"),
            ("AI venue booking and dynamic pricing", 2024, 33.9, "GBP million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 17.4, "GBP million", "actual"),
            ("AI guest communications and RSVP bots", 2024, 11.2, "GBP million", "actual"),
            ("Total", 2024, 163.4, "GBP million", "actual"),
        ],
        claims=[
            ("share", 26.1, "percent", 2024, 2024, None),
            ("share", 35.7, "percent", 2024, 2024, None),
            ("share", 20.7, "percent", 2024, 2024, None),
            ("share", 10.6, "percent", 2024, 2024, None),
            ("share", 6.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 42.6 / 163.4 = 26.07% -> 26.1
            ("arithmetic", "exact"),  # 58.3 / 163.4 = 35.68% -> 35.7
            ("arithmetic", "exact"),  # 33.9 / 163.4 = 20.75% -> 20.7
            ("arithmetic", "exact"),  # 17.4 / 163.4 = 10.65% -> 10.6
            # 11.2 / 163.4 = 6.854% -> 6.9, not 6.8; bounds 11.15 / 163.45 = 6.822%, 11.25 / 163.35 = 6.887%
            # -> 6.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 42.6 + 58.3 + 33.9 + 17.4 + 11.2 = 163.4
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2022 YoY holds only by rounding. Expected
    #     nowhere: the source's date, the title's year span.
    dict(
        text=(
            "Japan: AI banquet-hall booking and dynamic pricing market, 2021-2026F\n"
            "Year | JPY billion | YoY\n"
            "2021 | 9.8 | -\n"
            "2022 | 12.1 | 23.4%\n"
            "2023 | 14.6 | 20.7%\n"
            "2024 | 17.9 | 22.6%\n"
            "2025F | 21.5 | 20.1%\n"
            "2026F | 25.4 | 18.1%\n"
            "Note: F = forecast. Covers software and services sold to hotels, wedding halls and event venues; excludes "
            "hall rental income. Source: Sakuragawa Hospitality Research, January 2025."
        ),
        obs=[
            ("Total", 2021, 9.8, "JPY billion", "actual"),
            ("Total", 2022, 12.1, "JPY billion", "actual"),
            ("Total", 2023, 14.6, "JPY billion", "actual"),
            ("Total", 2024, 17.9, "JPY billion", "actual"),
            ("Total", 2025, 21.5, "JPY billion", "estimate"),
            ("Total", 2026, 25.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2021, 2022, 1.0),
            ("growth", 20.7, "percent", 2022, 2023, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.1, "percent", 2024, 2025, 1.0),
            ("growth", 18.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 12.1 / 9.8 - 1 = 23.47% -> 23.5, not 23.4; bounds 12.05 / 9.85 - 1 = 22.34%, 12.15 / 9.75 - 1 = 24.62%
            # -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 14.6 / 12.1 - 1 = 20.66% -> 20.7
            ("cagr|implied", "exact"),  # 17.9 / 14.6 - 1 = 22.60% -> 22.6
            ("cagr|implied", "exact"),  # 21.5 / 17.9 - 1 = 20.11% -> 20.1
            ("cagr|implied", "exact"),  # 25.4 / 21.5 - 1 = 18.14% -> 18.1
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2025
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表4 台灣會展與活動AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI活動票務與報到 | 8.1 | 10.4 | 13.2\n"
            "AI參展商媒合 | 6.3 | 8.6 | 11.5\n"
            "AI場地預訂與動態定價 | 5.2 | 6.5 | 8.1\n"
            "AI餐飲備量預測 | 2.4 | 3.1 | 4.0\n"
            "合計 | 22.0 | 28.6 | 37.4\n"
            "資料來源:台灣會展科技研究中心,2025年4月;2025年(預估)為預估值,僅計AI軟體及服務,不含場地租金。"
        ),
        obs=[
            ("AI活動票務與報到", 2023, 8.1, "TWD 100 million", "actual"),
            ("AI活動票務與報到", 2024, 10.4, "TWD 100 million", "actual"),
            ("AI活動票務與報到", 2025, 13.2, "TWD 100 million", "estimate"),
            ("AI參展商媒合", 2023, 6.3, "TWD 100 million", "actual"),
            ("AI參展商媒合", 2024, 8.6, "TWD 100 million", "actual"),
            ("AI參展商媒合", 2025, 11.5, "TWD 100 million", "estimate"),
            ("AI場地預訂與動態定價", 2023, 5.2, "TWD 100 million", "actual"),
            ("AI場地預訂與動態定價", 2024, 6.5, "TWD 100 million", "actual"),
            ("AI場地預訂與動態定價", 2025, 8.1, "TWD 100 million", "estimate"),
            ("AI餐飲備量預測", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI餐飲備量預測", 2024, 3.1, "TWD 100 million", "actual"),
            ("AI餐飲備量預測", 2025, 4.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 22.0, "TWD 100 million", "actual"),
            ("合計", 2024, 28.6, "TWD 100 million", "actual"),
            ("合計", 2025, 37.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.1 + 6.3 + 5.2 + 2.4 = 22.0
            ("hierarchy", "exact"),  # 2024: 10.4 + 8.6 + 6.5 + 3.1 = 28.6
            # 2025(預估): 13.2 + 11.5 + 8.1 + 4.0 = 36.8 vs 37.4; rows' bounds 36.6-37.0, total's 37.35-37.45
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '£67 million or about 36%',
    'Rival house Rheinblick Analytics sizes the 2024 market',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x as much',
    '较2023年增长2倍',
    '新台幣38.6億元',
    '9.8億港元',
    '中央社記者陳冠宇台北2025年5月14日電',
    '| Application | 2024 | 2029F | CAGR 2024-29 |',
    '2024 | 47.9 | 25.0%',
    'Q3 2025 earnings call, November 4, 2025',
    'Working Paper No. 25-11. Abstract:',
    '2/ US organisers spent $2.35B',
    'Correction, 5 March 2025:',
    'To our shareholders',
    '- 2025E TAM: $2.4B',
    'Dunecrest Insights is more bullish',
    'Nagpal Shah Securities, India Consumer Tech, Mumbai, 9 July 2025',
    '新华社北京2025年3月18日电',
    '年均复合增长约34%',
    '標題 [情報] 台灣AI婚攝修圖市場 今年上看15億',
    '| Segment | 2024 | 2029E | CAGR 2024-29E |',
    '合計 | 22.0 | 28.6 | 37.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202
#: figures, 65 rates, 93 verdicts and 0 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (216, 218): 205, 65, 95 and 0
FLOORS = {"figures_found": 205, "rates_found": 65, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset216.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
