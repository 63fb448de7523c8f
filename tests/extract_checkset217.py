"""A two-hundred-and-seventeenth check set for the extractor, written blind: AI in weddings, events and venues: AI event-
planning and seating tools, AI for venue booking and dynamic pricing of halls, AI photo and video editing for weddings
and events, AI ticketing and attendee matching at conferences and trade fairs, AI catering and guest-count forecasting;
sized in money by event-industry associations, convention bureaus, wedding-industry bodies, brokers, consultancies,
research houses and platform vendors' investor days, in the United States, the United Kingdom, Germany, France, Italy,
Spain, the UAE, India (rupees only as an aside), Japan, South Korea (won only as an aside), Singapore, mainland China,
Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: total wedding or events spending beside the AI part, numbers of weddings, events, guests or venues, the
average cost of a wedding, a platform's own revenue or margin, a ticket price, a funding round and valuation, a season's
or a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on AI in weddings, events and venues: eight English prose texts (a Las Vegas PRNewswire
release with YoY and a CAGR over a printed span, a Tokyo broker note in fiscal years and yen whose CAGR span only its
amounts give, a London briefing with three segments and their shares, a Frankfurt article quoting two research houses, a
New York investor-day transcript sizing a TAM, a Dubai roadmap with last-year/this-year figures and a 2031 target, a
correction notice with a 2028 range for Italy, a caterers' blog with "nearly 3x"), seven Chinese prose texts (a Shanghai
wedding-industry report, a Sichuan plan with 力争到 and 增长2倍, a Xinhua story quoting two institutes, a Taiwan white paper
in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive with a range) and five tables (markdown
with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical table of years with YoY, a tab-
separated segment table with a Total row). Left out: total wedding and events spending, counts of weddings, events,
fairs, guests, couples, delegates, venues and firms, the average cost of a wedding, ticket and per-head prices, funding
rounds and valuations, firms' revenue, margins, orders and share targets, quarter and season figures, survey answers,
the won amount, a second house's figure, a correction's wrong figures. Inconsistent: the Frankfurt 24.1% CAGR, the
Xinhua 27.6%, the Korean 2024 YoY and the French 2023 total. Only by rounding: the yen CAGR, the London photo-editing
share, the Shanghai 29.8% CAGR, the Taiwan 20% CAGR, the broker's 26.5% YoY, the Spanish seating row's CAGR, the 2024年
合计 and the Singapore venue share.

Snippets 21-40: Twenty snippets on AI in weddings, events and venues, numbered 21-40: eight English prose pieces (a US
wedding platform's earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date, an
Italian working-paper abstract on AI wedding photo and video editing with a 'more than threefold' multiple, a numbered
social-media thread on UK venue dynamic pricing whose 2028 figure in billions is converted to the series' millions, a
German web article on trade-fair ticketing with a correction line, a Japanese bridal group's annual-report letter in
yen, Dubai investor-day slide bullets, a Singapore forum answer quoting two research houses on AI catering and guest-
count forecasting, and a Korean broker note in won that gives claims but no observations), seven Chinese prose pieces (a
Xinhua-style release on wedding AI, a Chengdu exhibition-industry plan, a Taipei release on banquet-hall booking and
pricing, a Hong Kong exhibition report in 億港元, a PTT post on wedding-photo retouching, a broker abstract with a 2026
range, a results-briefing transcript on banquet catering forecasts) and five tables (markdown with a CAGR column, tab-
separated yen with a YoY column, space-aligned euros with a share column, a vertical table of years, a Traditional
Chinese table with a 合計 row). Left out everywhere: total wedding, events and exhibition spending, numbers of weddings,
couples, fairs, events, attendees, venues and studios, average wedding and banquet costs, ticket prices and per-head
prices, funding rounds and valuations, companies' own revenue, margins and share targets, quarter and holiday figures,
survey and penetration percentages, percentage points, a second house's figure, a corrected misprint, a rupee aside and
a fraction in words. Inconsistent: the Taipei 20.5% CAGR, the catering CAGR in the markdown table, the photo-editing
share in the French table and the Taiwan table's 2025 合計. Holding only by rounding: the working paper's 33.8% CAGR, the
German 37.5% share, the Xinhua 41.7% share, the briefing's 25% growth, the venue-booking CAGR in the markdown table, the
matching YoY in the yen table and the Spanish table's 2024 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Las Vegas wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 2,300 couples surveyed, the 2.1 million weddings, the $33,000 average wedding
    #    cost, the 61% survey answer.
    dict(
        text=(
            "LAS VEGAS, March 11, 2025 /PRNewswire/ -- U.S. couples, planners and venues spent $318 million on AI "
            "wedding-planning, guest-list and seating-chart tools in 2024, up 26% from $252 million in 2023, according "
            "to the 2025 Wedding Tech Pulse released today by Silverbell Nuptial Analytics. The Nevada firm, which "
            "surveyed 2,300 engaged couples, projects spending of $1.2 billion by 2030, a compound annual growth rate "
            "of 24.8% from 2024 to 2030. Roughly 2.1 million weddings took place in the U.S. last year, at an average "
            "cost of about $33,000. Some 61% of couples said they had used a chatbot to draft vows or a seating plan."
        ),
        obs=[
            ("Total", 2023, 252, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 24.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 252) ** (1 / 1) - 1 = 26.19% -> 26
            ("cagr|implied", "exact"),  # (1200 / 318) ** (1 / 6) - 1 = 24.77% -> 24.8
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 17%" while the amounts give 17.54%. Expected nowhere: the dateline, the ¥2.3tn
    #    couples spend on weddings, the 470,000 ceremonies, the covered company's sales, growth and margin, its
    #    target price and upside.
    dict(
        text=(
            "JAPAN CONSUMER SERVICES - Sector note - Tokyo, 9 June 2025\n"
            "Saying yes to the algorithm. We size Japan's market for AI editing of wedding photos and videos, from "
            "retouching to same-day highlight reels, at ¥14.4bn in FY2024 (year to March) and forecast ¥32.3bn by "
            "FY2029e, a CAGR of about 17%. That is a sliver of the roughly ¥2.3tn couples spend on weddings each year "
            "across some 470,000 ceremonies, but the trend is plain. Our top pick, Hoshizora Photo Holdings (BUY, TP "
            "¥2,850, 24% upside), grew FY2024 sales 15% to ¥9.8bn at an 11% operating margin."
        ),
        obs=[
            ("Total", 2024, 14.4, "JPY billion", "actual"),
            ("Total", 2029, 32.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (32.3 / 14.4) ** (1 / 5) - 1 = 17.54% -> 18, not 17; bounds (32.25 / 14.45) ** (1/5) - 1 = 17.42%,
            # (32.35 / 14.35) ** (1/5) - 1 = 17.65% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and three segments with their shares; the photo-editing share (15%) holds
    #    only by rounding. Expected nowhere: the 61 venues interviewed, the £20,700 average wedding, the 250,000
    #    weddings.
    dict(
        text=(
            "LONDON, 24 September 2025 - UK couples, venues and event organisers spent £264 million on AI tools in "
            "2024, a briefing from the Ashcombe Events Institute finds. Planning and seating tools took the largest "
            "slice, £88 million or 33%, followed by venue booking and dynamic hall pricing at £71 million (27%). AI "
            "photo and video editing came to £41 million, about 15% of the total. The institute, which interviewed 61 "
            "venues, expects spending to reach £590 million in 2028. A UK wedding cost an average of £20,700 last "
            "year, and the country hosted around 250,000 weddings."
        ),
        obs=[
            ("Total", 2024, 264, "GBP million", "actual"),
            ("Planning and seating tools", 2024, 88, "GBP million", "actual"),
            ("Venue booking and dynamic hall pricing", 2024, 71, "GBP million", "actual"),
            ("AI photo and video editing", 2024, 41, "GBP million", "actual"),
            ("Total", 2028, 590, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 88 / 264 = 33.33% -> 33
            ("arithmetic", "exact"),  # 71 / 264 = 26.89% -> 27
            # 41 / 264 = 15.53% -> 16, not 15; bounds 40.5 / 264.5 = 15.31%, 41.5 / 263.5 = 15.75% -> 15 only by
            # some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Frankfurt article quoting two research houses: the first house's base, target and CAGR are the snippet's
    #    figures; its printed 24.1% is inconsistent. Expected nowhere: the second house's €118 million for 2024, the
    #    160 trade fairs, the €45 day ticket.
    dict(
        text=(
            "FRANKFURT, 15 July 2025 - Germany's trade-fair and conference organisers are buying AI at a brisk pace. "
            "Rheinblick Research puts the German market for AI ticketing, badge analytics and attendee matching at "
            "€146 million in 2024 and expects €392 million in 2029, a compound annual growth rate of 24.1% from 2024 "
            "to 2029. Munich-based Kessler & Vogt Consulting is more cautious, sizing the 2024 market at €118 "
            "million. Germany stages about 160 international trade fairs a year, and a day ticket to a large fair "
            "costs around €45."
        ),
        obs=[
            ("Total", 2024, 146, "EUR million", "actual"),
            ("Total", 2029, 392, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (392 / 146) ** (1 / 5) - 1 = 21.84% -> 21.8, not 24.1; bounds (391.5 / 146.5) ** (1/5) - 1 = 21.72%,
            # (392.5 / 145.5) ** (1/5) - 1 = 21.95% -> 24.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. New York investor-day transcript: the total addressable market the company sizes is the market (Total), in
    #    USD billion, with a CAGR over a printed span ("roughly 20%"). Expected nowhere: the company's revenue and
    #    margin, its 15% share goal, the 410,000 couples, the third quarter's bookings.
    dict(
        text=(
            "Vowly Investor Day, New York, October 7, 2025 - transcript excerpt. Dana Whitfield, chief executive: "
            "\"Let me size the opportunity. We put the total addressable market for AI planning, vendor matching and "
            "guest management for weddings and private events across the U.S. and Europe at $3.8 billion in 2024, and "
            "we think it reaches $9.6 billion in 2029. That's roughly a 20% CAGR from 2024 to 2029. We did $264 "
            "million of revenue last year at a 14% adjusted EBITDA margin, and we're aiming for a 15% share of that "
            "market by 2029. About 410,000 couples planned their weddings on Vowly in 2024, and third-quarter "
            "bookings came to $81 million.\""
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 5) - 1 = 20.36% -> 20
        ],
    ),
    # 6. Dubai city roadmap: "last year" is 2024 (actual), "this year" 2025 (an estimate, the year is not over), a
    #    2031 target printed in billions expected converted to USD million. Expected nowhere: the 3,000 business
    #    events, the 1.9 million delegates, the 71% survey answer.
    dict(
        text=(
            "DUBAI, 12 February 2025 - The Dubai Events Technology Roadmap, published today by the emirate's Events "
            "Futures Office, estimates that hotels, convention centres and wedding venues in Dubai spent $184 million "
            "on AI for venue booking, dynamic pricing of halls and guest-flow management last year, and expects $230 "
            "million this year, a rise of about 25%. The roadmap sets a target of $1.1 billion by 2031. Dubai staged "
            "more than 3,000 business events in 2024, attended by some 1.9 million delegates. In a survey for the "
            "office, 71% of planners said they now compare hall prices online before booking."
        ),
        obs=[
            ("Total", 2024, 184, "USD million", "actual"),
            ("Total", 2025, 230, "USD million", "estimate"),
            ("Total", 2031, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (230 / 184) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 7. Correction notice on an Italian market story: the 2028 range gives two value claims (no observation), expected
    #    once though printed twice; the 2024 figure is the year's observation. Expected nowhere: the misstated €420-480
    #    million, the 184,000 weddings, the €600 million destination-wedding spending.
    dict(
        text=(
            "Correction, 4 September 2025: An earlier version of this article misstated Lumen Osservatorio's 2028 "
            "forecast as €420 million to €480 million. The correct range is €42 million to €48 million.\n"
            "Italy's market for AI photo and video editing for weddings, from automated culling of shots to same-day "
            "highlight films, was worth €19.5 million in 2024, according to Lumen Osservatorio, a Milan research "
            "house. It expects the market to reach €42 million to €48 million in 2028 as more studios hand their "
            "editing to software. Italy celebrated about 184,000 weddings in 2023, and foreign couples' destination "
            "weddings brought in roughly €600 million."
        ),
        obs=[
            ("Total", 2024, 19.5, "EUR million", "actual"),
        ],
        claims=[
            ("value", 42, "EUR million", 2028, 2028, None),
            ("value", 48, "EUR million", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 8. Caterers' blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict); the
    #    "about $46 million" is expected at its printed figure. Expected nowhere: the $110 per-head dinner price, the
    #    start-up's funding round and valuation, the spring season's 41% jump, the 115 guests.
    dict(
        text=(
            "The Caterer's Ledger, a food-service blog, June 3, 2025 - Counting heads before they arrive. U.S. "
            "caterers and banquet halls spent about $46 million on AI guest-count and menu forecasting in 2021; by "
            "2024 the figure had grown nearly 3x to $131 million, according to Larkspur Insights. A plated wedding "
            "dinner now costs around $110 a head, and the start-up Tablewise raised $22 million in April at a $140 "
            "million valuation. During the spring wedding season, bookings on its app jumped 41%. The average "
            "American wedding had about 115 guests last year."
        ),
        obs=[
            ("Total", 2021, 46, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Shanghai wedding-industry report (Simplified): 同比增长 with both amounts, a part (AI婚礼影像修图与视频剪辑) with
    #    its share, a CAGR with printed span that holds only by rounding. Expected nowhere: the report's title year,
    #    the 610.6万对 marriages, the 18万元 average wedding, the 72% survey answer.
    dict(
        text=(
            "《2025中国婚庆产业数字化发展报告》近日在沪发布。报告显示,2024年我国婚庆行业人工智能应用市场规模达到"
            "27.4亿元,同比增长31.1%,2023年为20.9亿元。其中,AI婚礼影像修图与视频剪辑市场规模为11.3亿元,占比"
            "41.2%,是最大的细分领域。报告预计,到2028年该市场规模将达到77.9亿元,2024—2028年复合增长率为29.8%。"
            "报告同时指出,2024年全国办理结婚登记610.6万对,一场婚礼平均花费约18万元,受访新人中有72%使用过AI工具"
            "挑选婚纱照。"
        ),
        obs=[
            ("Total", 2023, 20.9, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("AI婚礼影像修图与视频剪辑", 2024, 11.3, "CNY 100 million", "actual"),
            ("Total", 2028, 77.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("share", 41.2, "percent", 2024, 2024, None),
            ("cagr", 29.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 20.9) ** (1 / 1) - 1 = 31.10% -> 31.1
            ("arithmetic", "exact"),  # 11.3 / 27.4 = 41.24% -> 41.2
            # (77.9 / 27.4) ** (1 / 4) - 1 = 29.85% -> 29.9, not 29.8; bounds (77.85 / 27.45) ** (1/4) - 1 = 29.77%,
            # (77.95 / 27.35) ** (1/4) - 1 = 29.93% -> 29.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Sichuan provincial plan (Simplified): 2023 base, 2024 with 同比增长, 力争到2027年 target (突破 at its printed
    #     figure, an estimate); 较2023年增长2倍 keeps its printed 2 as the multiple over 4 years (no verdict). Expected
    #     nowhere: the plan's title years, the 10 firms and their 超亿元 revenue, the 50 venues, the 1,260 fairs, the
    #     38万对 marriages.
    dict(
        text=(
            "四川省人民政府办公厅日前印发《四川省智慧会展与婚庆产业发展行动方案(2025—2027年)》。方案提出,2023年全省"
            "会展、婚庆领域人工智能应用市场规模为18.5亿元,2024年达到24.6亿元,同比增长33%;力争到2027年,市场规模"
            "突破55亿元,较2023年增长2倍,培育年营收超亿元的AI会展服务企业10家以上,建成智慧婚庆示范场馆50个。2024年"
            "全省举办各类展会1,260场,登记结婚约38万对。"
        ),
        obs=[
            ("Total", 2023, 18.5, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("Total", 2027, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 18.5) ** (1 / 1) - 1 = 32.97% -> 33
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first's base, 2024 figure and 2027 target are the
    #     snippet's; its 27.6% rise is inconsistent. Expected nowhere: the second institute's 41.2亿元 for 2024, the
    #     3,600 fairs, the 68% survey answer.
    dict(
        text=(
            "新华社北京5月20日电(记者周晓岚)记者20日从中国会展数字化研究院获悉,2024年我国会展与活动行业人工智能应用"
            "市场规模达到46.8亿元,较2023年的37.5亿元增长27.6%,AI票务、参会者智能匹配和场馆动态定价成为增长最快的领域。"
            "该院预计,到2027年市场规模将突破90亿元。另一家机构华信产业研究院的测算则相对保守,其估计2024年市场规模约为"
            "41.2亿元。数据显示,2024年全国举办线下展会3,600余场,受访参展商中有68%表示已使用AI工具匹配采购商。"
        ),
        obs=[
            ("Total", 2023, 37.5, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (46.8 / 37.5) ** (1 / 1) - 1 = 24.80% -> 24.8, not 27.6; bounds 46.75 / 37.55 - 1 = 24.50%,
            # 46.85 / 37.45 - 1 = 25.10% -> 27.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元: 2024 base (約, at its printed figure), 2029 forecast (預估), a
    #     CAGR "約20%" over a printed span that holds only by rounding. Expected nowhere: the white paper's title year,
    #     the 新台幣600億元 wedding-industry output, the 12.5萬對 marriages, the 1.8萬元 table price, the 57% survey answer.
    dict(
        text=(
            "《2025台灣婚宴與活動產業AI應用白皮書》指出,2024年台灣婚宴會館、飯店與活動公司在AI訂位排程、宴會廳動態定價"
            "及賓客人數預測上的支出約新台幣18.6億元,預估2029年將達新台幣47.3億元,2024至2029年年複合成長率約20%。"
            "白皮書估計,全台婚宴產業年產值約新台幣600億元,2024年結婚對數約12.5萬對,婚宴每桌平均價格約新台幣1.8萬元;"
            "受訪業者中有57%計畫在兩年內導入AI定價系統。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2029, 47.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (47.3 / 18.6) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (47.25 / 18.65) ** (1/5) - 1 = 20.43%,
            # (47.35 / 18.55) ** (1/5) - 1 = 20.61% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元: YoY with both amounts, a part (AI票務及參展者配對) with its share, and a
    #     明年 forecast (2026, estimate). Expected nowhere: the 100 exhibitions and 1,200 banquets, the 38萬港元 average
    #     wedding, the first quarter's 27% rise.
    dict(
        text=(
            "(本報訊 2025年7月3日)香港活動科技聯盟今日公布研究報告,2024年本港會展、婚宴及活動場地的人工智能應用市場"
            "規模達12.6億港元,按年增長18%,2023年為10.7億港元。其中AI票務及參展者配對佔4.3億港元,佔整體約34%。聯盟"
            "預計,明年市場規模可達17.5億港元。本港去年舉辦約100個大型展覽及逾1,200場婚宴,一場婚宴平均花費約38萬港元;"
            "今年首季相關訂單按年增加27%。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("AI票務及參展者配對", 2024, 4.3, "HKD 100 million", "actual"),
            ("Total", 2026, 17.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.7) ** (1 / 1) - 1 = 17.76% -> 18
            ("arithmetic", "exact"),  # 4.3 / 12.6 = 34.13% -> 34
        ],
    ),
    # 14. Taipei news-agency story (Traditional): 去年 is 2024 (actual), 今年 2025 (可望, an estimate), the 22% rise with
    #     both amounts. Expected nowhere: the 新台幣8萬元 package price, the first quarter's 35%, the 412 firms, the 63%
    #     survey answer, the 近一半 time saving.
    dict(
        text=(
            "(中央社記者陳怡君台北2025年5月6日電)台灣活動科技協會今天發布調查指出,去年國內婚禮與活動的AI影像修圖及剪輯"
            "市場規模約新台幣9.4億元,今年可望成長22%至新台幣11.5億元。協會表示,婚紗攝影業者導入AI修圖後,一對新人的"
            "拍攝方案平均價格約新台幣8萬元,交件時間縮短近一半;今年第一季相關服務訂單年增35%。協會調查的412家業者中,"
            "有63%已使用生成式AI製作婚禮影片。"
        ),
        obs=[
            ("Total", 2024, 9.4, "TWD 100 million", "actual"),
            ("Total", 2025, 11.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.5 / 9.4) ** (1 / 1) - 1 = 22.34% -> 22
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 26.5% YoY that holds only by rounding; the 2027 range
    #     70亿—85亿元 gives two value claims (no observation). Expected nowhere: the report's date and title, the leading
    #     firm's revenue, gross margin, rating and target price, its second-quarter orders, the 4.2万 studios.
    dict(
        text=(
            "华岳证券研究所2025年9月深度报告《AI婚礼影像:从修图工具到全流程服务》。我们测算,2024年国内婚礼与活动AI影像"
            "修图及视频剪辑市场规模为38.6亿元,同比增长26.5%,2023年为30.5亿元。随着AI跟拍与当日快剪普及,我们预计2027年"
            "市场规模将达到70亿—85亿元。行业龙头映喜科技2024年营收5.2亿元,毛利率58%,首次覆盖给予“增持”评级,目标价36元;"
            "公司今年二季度新签订单同比增长44%。2024年全国婚纱摄影门店约4.2万家。"
        ),
        obs=[
            ("Total", 2023, 30.5, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (38.6 / 30.5) ** (1 / 1) - 1 = 26.56% -> 26.6, not 26.5; bounds 38.55 / 30.55 - 1 = 26.19%,
            # 38.65 / 30.45 - 1 = 26.93% -> 26.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Spain, EUR million) with a CAGR 2024-29 column and a Total row: each row's CAGR is stated
    #     (span in the header); the seating row's 22.9% holds only by rounding; rows add to the Total in both years;
    #     2029F is an estimate. Expected nowhere: the table number, the monitor's title year.
    dict(
        text=(
            "Table 3. Spain: AI spending in weddings and events by application (EUR million)\n"
            "| Application | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI venue booking and dynamic hall pricing | 64 | 171 | 21.7% |\n"
            "| AI wedding photo and video editing | 48 | 118 | 19.7% |\n"
            "| AI event planning and seating tools | 37 | 104 | 22.9% |\n"
            "| Total | 149 | 393 | 21.4% |\n"
            "Source: Ibérica Eventos Research, Wedding & Events Tech Monitor 2025. F = forecast."
        ),
        obs=[
            ("AI venue booking and dynamic hall pricing", 2024, 64, "EUR million", "actual"),
            ("AI venue booking and dynamic hall pricing", 2029, 171, "EUR million", "estimate"),
            ("AI wedding photo and video editing", 2024, 48, "EUR million", "actual"),
            ("AI wedding photo and video editing", 2029, 118, "EUR million", "estimate"),
            ("AI event planning and seating tools", 2024, 37, "EUR million", "actual"),
            ("AI event planning and seating tools", 2029, 104, "EUR million", "estimate"),
            ("Total", 2024, 149, "EUR million", "actual"),
            ("Total", 2029, 393, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171 / 64) ** (1 / 5) - 1 = 21.72% -> 21.7
            ("cagr|implied", "exact"),  # (118 / 48) ** (1 / 5) - 1 = 19.71% -> 19.7
            # (104 / 37) ** (1 / 5) - 1 = 22.96% -> 23.0, not 22.9; bounds (103.5 / 37.5) ** (1/5) - 1 = 22.51%,
            # (104.5 / 36.5) ** (1/5) - 1 = 23.41% -> 22.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (393 / 149) ** (1 / 5) - 1 = 21.41% -> 21.4
            ("hierarchy", "exact"),  # 2024: 64 + 48 + 37 = 149
            ("hierarchy", "exact"),  # 2029F: 171 + 118 + 104 = 393
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国婚庆与活动AI细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI婚礼影像修图\t8.4\t10.9\t14.1\n"
            "智能婚礼策划与座位编排\t5.7\t7.6\t9.8\n"
            "宴会厅预订与动态定价\t4.3\t5.8\t7.7\n"
            "宾客人数与餐饮预测\t2.1\t2.9\t3.9\n"
            "合计\t20.5\t27.3\t35.5\n"
            "资料来源:婚庆产业数字化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("AI婚礼影像修图", 2023, 8.4, "CNY 100 million", "actual"),
            ("AI婚礼影像修图", 2024, 10.9, "CNY 100 million", "actual"),
            ("AI婚礼影像修图", 2025, 14.1, "CNY 100 million", "estimate"),
            ("智能婚礼策划与座位编排", 2023, 5.7, "CNY 100 million", "actual"),
            ("智能婚礼策划与座位编排", 2024, 7.6, "CNY 100 million", "actual"),
            ("智能婚礼策划与座位编排", 2025, 9.8, "CNY 100 million", "estimate"),
            ("宴会厅预订与动态定价", 2023, 4.3, "CNY 100 million", "actual"),
            ("宴会厅预订与动态定价", 2024, 5.8, "CNY 100 million", "actual"),
            ("宴会厅预订与动态定价", 2025, 7.7, "CNY 100 million", "estimate"),
            ("宾客人数与餐饮预测", 2023, 2.1, "CNY 100 million", "actual"),
            ("宾客人数与餐饮预测", 2024, 2.9, "CNY 100 million", "actual"),
            ("宾客人数与餐饮预测", 2025, 3.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 20.5, "CNY 100 million", "actual"),
            ("合计", 2024, 27.3, "CNY 100 million", "actual"),
            ("合计", 2025, 35.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 5.7 + 4.3 + 2.1 = 20.5
            # 2024: 10.9 + 7.6 + 5.8 + 2.9 = 27.2, not 27.3; bounds 27.0..27.4 (each part +/-0.05) reach
            # 27.25..27.35 -> 27.3 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 14.1 + 9.8 + 7.7 + 3.9 = 35.5
        ],
    ),
    # 18. Space-aligned table (Singapore, USD million, 2024) with a share column and a Total row: four shares (the
    #     venue row's 30.2% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the 420 business events.
    dict(
        text=(
            "Singapore: AI in meetings, events and weddings, spending by application, 2024\n"
            "Application                                     USD m      Share\n"
            "AI conference ticketing and attendee matching    31.8      39.1%\n"
            "AI venue booking and dynamic pricing             24.6      30.2%\n"
            "AI event photo and video editing                 15.2      18.7%\n"
            "AI catering and guest-count forecasting           9.7      11.9%\n"
            "Total                                            81.3     100.0%\n"
            "Note 2: Singapore hosted about 420 business events in 2024. Source: Marina Bay Events Analytics."
        ),
        obs=[
            ("AI conference ticketing and attendee matching", 2024, 31.8, "USD million", "actual"),
            ("AI venue booking and dynamic pricing", 2024, 24.6, "USD million", "actual"),
            ("AI event photo and video editing", 2024, 15.2, "USD million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 9.7, "USD million", "actual"),
            ("Total", 2024, 81.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 39.1, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("share", 18.7, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.8 / 81.3 = 39.11% -> 39.1
            # 24.6 / 81.3 = 30.258% -> 30.3, not 30.2; bounds 24.55 / 81.35 = 30.178%, 24.65 / 81.25 = 30.338%
            # -> 30.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 15.2 / 81.3 = 18.70% -> 18.7
            ("arithmetic", "exact"),  # 9.7 / 81.3 = 11.93% -> 11.9
            ("hierarchy", "exact"),  # 31.8 + 24.6 + 15.2 + 9.7 = 81.3
        ],
    ),
    # 19. Vertical table (South Korea) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 28.4% is inconsistent. Expected nowhere: the
    #     source's month and year, the won amount (won is not in the unit table), the 2021 dash.
    dict(
        text=(
            "South Korea: AI for weddings, events and venues\n"
            "Year | USD million | YoY\n"
            "2021 | 58 | -\n"
            "2022 | 79 | 36.2%\n"
            "2023 | 104 | 31.6%\n"
            "2024 | 131 | 28.4%\n"
            "2025E | 163 | 24.4%\n"
            "Source: Hanbit Events Analytics, June 2025; the 2024 figure equals about ₩178 billion. E = estimate."
        ),
        obs=[
            ("Total", 2021, 58, "USD million", "actual"),
            ("Total", 2022, 79, "USD million", "actual"),
            ("Total", 2023, 104, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
            ("Total", 2025, 163, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2021, 2022, 1.0),
            ("growth", 31.6, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 24.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (79 / 58) ** (1 / 1) - 1 = 36.21% -> 36.2
            ("cagr|implied", "exact"),  # (104 / 79) ** (1 / 1) - 1 = 31.65% -> 31.6
            # (131 / 104) ** (1 / 1) - 1 = 25.96% -> 26.0, not 28.4; bounds 130.5 / 104.5 - 1 = 24.88%,
            # 131.5 / 103.5 - 1 = 27.05% -> 28.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (163 / 131) ** (1 / 1) - 1 = 24.43% -> 24.4
        ],
    ),
    # 20. Tab-separated segment table (France, EUR million) with a Total row: rows add to the Total in 2024 and 2025F
    #     but not in 2023 (140 printed, 130 summed: inconsistent); 2025F an estimate. Nothing else in the
    #     snippet is expected (the source line prints no figure).
    dict(
        text=(
            "France: AI spending by wedding and event businesses, by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI wedding and event photo editing\t46\t58\t73\n"
            "AI venue booking and dynamic pricing of halls\t39\t51\t66\n"
            "AI event planning and seating tools\t28\t36\t47\n"
            "AI catering and guest-count forecasting\t17\t23\t31\n"
            "Total\t140\t168\t217\n"
            "Source: Observatoire Noces & Événements; F = forecast."
        ),
        obs=[
            ("AI wedding and event photo editing", 2023, 46, "EUR million", "actual"),
            ("AI wedding and event photo editing", 2024, 58, "EUR million", "actual"),
            ("AI wedding and event photo editing", 2025, 73, "EUR million", "estimate"),
            ("AI venue booking and dynamic pricing of halls", 2023, 39, "EUR million", "actual"),
            ("AI venue booking and dynamic pricing of halls", 2024, 51, "EUR million", "actual"),
            ("AI venue booking and dynamic pricing of halls", 2025, 66, "EUR million", "estimate"),
            ("AI event planning and seating tools", 2023, 28, "EUR million", "actual"),
            ("AI event planning and seating tools", 2024, 36, "EUR million", "actual"),
            ("AI event planning and seating tools", 2025, 47, "EUR million", "estimate"),
            ("AI catering and guest-count forecasting", 2023, 17, "EUR million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 23, "EUR million", "actual"),
            ("AI catering and guest-count forecasting", 2025, 31, "EUR million", "estimate"),
            ("Total", 2023, 140, "EUR million", "actual"),
            ("Total", 2024, 168, "EUR million", "actual"),
            ("Total", 2025, 217, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 46 + 39 + 28 + 17 = 130, not 140; bounds 128..132 (each part +/-0.5) miss 139.5..140.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 58 + 51 + 36 + 23 = 168
            ("hierarchy", "exact"),  # 2025F: 73 + 66 + 47 + 31 = 217
        ],
    ),
    # 21. US earnings-call answer sizing a TAM: "this year" is the call's year (2025, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the quarter's revenue, its growth
    #     and gross margin, the 2.1 million couples, the $33,000 average wedding, the analyst's firm.
    dict(
        text=(
            "Tulle & Tenor Inc. Q1 2025 earnings call, May 8, 2025 - Q&A\n"
            "Analyst (Priya Raman, Eastbrook Securities): Can you frame the opportunity in AI planning tools?\n"
            "CEO Daniel Whitcombe: Sure. We size the total addressable market for AI wedding and event-planning software "
            "in the US, meaning seating charts, vendor matching, guest-list and budget assistants, at roughly $3.4 billion "
            "this year, up about 26% from $2.7 billion last year. We think it reaches $6.1 billion by 2028, a compound "
            "rate of about 21.5% from 2025 to 2028. For our part, first-quarter revenue was $58 million, up 31%, at a "
            "68% gross margin. Some 2.1 million US couples marry each year and the average wedding now costs about "
            "$33,000, so even a small planning fee per couple adds up."
        ),
        obs=[
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2028, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
            ("cagr", 21.5, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.7) ** (1 / 1) - 1 = 25.93% -> 26
            ("cagr|implied", "exact"),  # (6.1 / 3.4) ** (1 / 3) - 1 = 21.51% -> 21.5
        ],
    ),
    # 22. Italian working-paper abstract (EUR million): CAGR with printed span that holds only by rounding, a
    #     "more than threefold" multiple over four years (x3, no verdict), a 2028 projection. Expected nowhere: the
    #     paper number, the 412 studios, the 184,000 weddings, the EUR 24,000 average wedding, the 71% survey answer.
    dict(
        text=(
            "Working Paper No. 14/2025. Abstract: We estimate what Italian wedding photographers, videographers and "
            "studios spend on AI photo culling, retouching and highlight-video editing, using invoice data from 412 "
            "studios matched to software vendors' regional sales. Spending rose from \u20ac37 million in 2020 to "
            "\u20ac118 million in 2024, more than threefold, a compound annual growth rate of 33.8% over 2020-2024. The "
            "sums are modest beside the weddings themselves: Italy celebrated some 184,000 weddings in 2023 at an "
            "average cost of about \u20ac24,000. In our survey, 71% of studios said AI editing had cut delivery times "
            "to under three weeks. On current adoption curves we project spending of \u20ac260 million in 2028, with "
            "video editing overtaking still-photo retouching."
        ),
        obs=[
            ("Total", 2020, 37, "EUR million", "actual"),
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2028, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 33.8, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            # (118 / 37) ** (1 / 4) - 1 = 33.64% -> 33.6, not 33.8; bounds (117.5 / 37.5) ** (1/4) - 1 = 33.05%,
            # (118.5 / 36.5) ** (1/4) - 1 = 34.23% -> 33.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on UK venue booking and dynamic hall pricing (GBP million): YoY with
    #     both amounts, a part with its share, the 2028 figure printed as GBP 0.46B and expected converted to the
    #     series' unit (460 GBP million), a CAGR with printed span. Expected nowhere: the post numbers, the 27,000
    #     venues, the GBP 20,700 average wedding, the Series A round and valuation.
    dict(
        text=(
            "1/ Quick thread on AI pricing for wedding and event venues, off the back of Larkspur Hospitality "
            "Research's new UK report.\n"
            "2/ UK venues spent \u00a3212M on AI booking and dynamic-pricing tools for halls and function rooms in 2024, "
            "up 17% from \u00a3181M in 2023.\n"
            "3/ Dynamic hall pricing alone: \u00a388M, ~42% of the total.\n"
            "4/ Larkspur's forecast: \u00a30.46B by 2028, a ~21% CAGR over 2024-28.\n"
            "5/ For scale: roughly 27,000 licensed wedding venues in England and Wales, and the average UK wedding now "
            "costs about \u00a320,700.\n"
            "6/ One booking-AI startup just closed a \u00a312M Series A at a \u00a370M valuation.\n"
            "7/ My take: a Saturday in June is only going to get more 'dynamic'."
        ),
        obs=[
            ("Total", 2023, 181, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Dynamic hall pricing", 2024, 88, "GBP million", "actual"),
            ("Total", 2028, 460, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 181) ** (1 / 1) - 1 = 17.13% -> 17
            ("arithmetic", "exact"),  # 88 / 212 = 41.51% -> 42
            ("cagr|implied", "exact"),  # (460 / 212) ** (1 / 4) - 1 = 21.37% -> 21
        ],
    ),
    # 24. German web article with a correction line (EUR million): YoY with both amounts, a part with its share
    #     (rounding only), a CAGR with printed span; the headline's "passes EUR 160 million" yields to the precise
    #     164. Expected nowhere: the misprinted EUR 143 million, the 150 fairs, the 10 million visitors, the EUR 45
    #     day ticket, the byline and correction dates.
    dict(
        text=(
            "Smarter badges: AI ticketing at German trade fairs passes \u20ac160 million\n"
            "By Lena Hofmann, 14 April 2025\n"
            "German trade-fair and congress organisers spent \u20ac164 million on AI ticketing, badge scanning, lead "
            "retrieval and attendee-matching tools in 2024, up 22% from \u20ac134 million in 2023, according to the "
            "Frankfurt consultancy Mainufer Messe Consult. Attendee-matching apps accounted for \u20ac61 million of "
            "that, or 37.5%. The firm expects spending to reach \u20ac310 million by 2028, a compound rate of about "
            "17.3% a year over 2024-2028. Germany hosts some 150 international trade fairs a year drawing around 10 "
            "million visitors, and a day ticket to one of the large fairs can cost \u20ac45.\n"
            "Correction, 16 April 2025: An earlier version of this article gave the 2023 figure as \u20ac143 million. "
            "The correct figure is \u20ac134 million."
        ),
        obs=[
            ("Total", 2023, 134, "EUR million", "actual"),
            ("Total", 2024, 164, "EUR million", "actual"),
            ("Attendee-matching apps", 2024, 61, "EUR million", "actual"),
            ("Total", 2028, 310, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (164 / 134) ** (1 / 1) - 1 = 22.39% -> 22
            # 61 / 164 = 37.20% -> 37.2, not 37.5; bounds 60.5 / 164.5 = 36.78%, 61.5 / 163.5 = 37.61%
            # -> 37.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (310 / 164) ** (1 / 4) - 1 = 17.25% -> 17.3
        ],
    ),
    # 25. Japanese bridal group's annual-report letter to shareholders in yen (JPY billion), fiscal years: YoY with
    #     both amounts, CAGR with printed span. Expected nowhere: the company's net sales, growth and operating
    #     margin, the 470,000 couples, the JPY 3.4 million average ceremony cost, the 61 halls, the date.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2024 was the year artificial intelligence entered our photo studios for good. By our estimate, the "
            "Japanese market for AI-assisted wedding photo retouching, album layout and highlight-video editing grew "
            "15% to \u00a518.4 billion in fiscal 2024 from \u00a516.0 billion in fiscal 2023, and we expect it to "
            "reach \u00a531 billion in fiscal 2029, a compound annual growth rate of 11.0% over fiscal 2024-2029. Your "
            "company's net sales rose 3.8% to \u00a572.6 billion at an operating margin of 6.4%. Some 470,000 couples "
            "married in Japan last year, and the average ceremony and reception still costs about \u00a53.4 million, "
            "so couples expect their albums to match. We now operate 61 wedding halls.\n"
            "Haruka Imamura, President and CEO, Sakuragawa Bridal Holdings, June 2025"
        ),
        obs=[
            ("Total", 2023, 16.0, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2029, 31, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("cagr", 11.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 16.0) ** (1 / 1) - 1 = 15.00% -> 15
            ("cagr|implied", "exact"),  # (31 / 18.4) ** (1 / 5) - 1 = 11.00% -> 11.0
        ],
    ),
    # 26. Dubai investor-day slide bullets (USD billion): the company's TAM is the market (Total); 2024 actual, 2025E
    #     and 2030E estimates; CAGR with printed span. Expected nowhere: the slide number, the 1,400 events and 3.2M
    #     attendees, the company's revenue and EBITDA margin, the Series C round and valuation, the AED 350 ticket.
    dict(
        text=(
            "Majlis Live Investor Day 2025, Dubai, 11 February 2025\n"
            "Slide 7: Our market\n"
            "- 2024 TAM: $1.9B (AI ticketing, attendee matching and venue scheduling for conferences, exhibitions and "
            "concerts across the GCC)\n"
            "- 2025E TAM: $2.3B\n"
            "- 2030E TAM: $5.4B\n"
            "- 2025E-2030E CAGR: 18.6%\n"
            "- Platform: 1,400 events and 3.2M attendees ticketed in 2024\n"
            "- Majlis Live 2024 revenue: $84M; adjusted EBITDA margin 19%\n"
            "- Series C (2024): $120M raised at a $950M valuation\n"
            "Speaker notes: matching algorithms now book most exhibitor meetings before doors open; the average concert "
            "ticket we sell is about AED 350."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.3, "USD billion", "estimate"),
            ("Total", 2030, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.4 / 2.3) ** (1 / 5) - 1 = 18.61% -> 18.6
        ],
    ),
    # 27. Singapore forum answer quoting two research houses (USD million): the first house (base, target and rate
    #     given) is the figure; the 2028 figure in billions is converted to the series' unit (1,500). The second
    #     house's 2024 figure is expected nowhere. Expected nowhere too: the rupee aside, the 400 guests, the S$180
    #     per head, the 48% survey answer.
    dict(
        text=(
            "Re: How big is AI catering and guest-count forecasting for events in Asia?\n"
            "Answer from marina_bay_caterer:\n"
            "Depends whom you ask. Tamarind Insights sizes Asia-Pacific spending on AI catering and guest-count "
            "forecasting for weddings, banquets and corporate events at US$640 million in 2024, up 31% from US$490 "
            "million in 2023, and forecasts US$1.5 billion by 2028, a 23.7% CAGR over 2024-2028. Pelican Ridge Research "
            "is more bullish and puts 2024 at US$820 million. In India alone, big-wedding caterers reportedly spent "
            "about \u20b9900 crore on such tools. For scale, a Singapore hotel wedding banquet averages around 400 "
            "guests at roughly S$180 a head, and in one survey 48% of caterers named no-shows as their biggest source "
            "of food waste."
        ),
        obs=[
            ("Total", 2023, 490, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2028, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 490) ** (1 / 1) - 1 = 30.61% -> 31
            ("cagr|implied", "exact"),  # (1500 / 640) ** (1 / 4) - 1 = 23.73% -> 23.7
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2028
    #     won amount, the target price and upside, the pick's margin, the 222,000 marriages, the won wedding cost,
    #     "about a quarter of couples" (a fraction in words).
    dict(
        text=(
            "Hanbit Securities, Korea Consumer Tech, 10 June 2025\n"
            "Say 'I do' to AI. We estimate that the Korean market for AI wedding-planning, studio photo retouching and "
            "venue-booking tools grew 21% year on year in 2024, and we forecast it to reach \u20a9480 billion in 2028, "
            "a CAGR of 14% over 2024-2028. Photo and video editing accounts for 38% of the 2024 total, as Seoul's "
            "studio packages move to AI-retouched albums. Our top pick is Dalbit Wedding Co. (BUY, TP \u20a928,000, "
            "34% upside), whose operating margin we expect at 9.5% this year. Korea registered about 222,000 marriages "
            "in 2024, the average wedding costs a couple some \u20a921 million, and about a quarter of couples now book "
            "their venue through an app."
        ),
        obs=[],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a
    #     2025 target figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 610.6万对
    #     couples, the 2.2万亿元 total wedding spending, the 18万元 average wedding, the 五一 holiday growth.
    dict(
        text=(
            "新华社上海2025年5月20日电(记者林晓岚)记者从中国婚嫁产业联合会获悉,2024年我国婚庆行业人工智能应用市场"
            "规模达到58.6亿元,比2023年的44.2亿元增长32.6%。其中,AI婚纱摄影修图与视频剪辑市场规模为24.4亿元,占比"
            "41.7%,AI婚礼策划与宾客座位编排工具位居第二。2024年全国办理结婚登记610.6万对,婚庆相关消费总规模约2.2万亿元,"
            "一场婚礼的平均花费约18万元。联合会预计,2025年婚庆AI应用市场规模有望突破75亿元。另据统计,今年“五一”"
            "假期全国婚宴预订量同比增长12%。业内人士表示,AI正从修图、剪辑延伸到婚礼策划和宴席备餐等环节。"
        ),
        obs=[
            ("Total", 2023, 44.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("AI婚纱摄影修图与视频剪辑", 2024, 24.4, "CNY 100 million", "actual"),
            ("Total", 2025, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("share", 41.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 44.2) ** (1 / 1) - 1 = 32.58% -> 32.6
            # 24.4 / 58.6 = 41.64% -> 41.6, not 41.7; bounds 24.35 / 58.65 = 41.52%, 24.45 / 58.55 = 41.76%
            # -> 41.7 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified, 亿元): 2024 base (actual) and a 2027 target (力争, estimate); the CAGR's span is
    #     given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 1000 exhibitions,
    #     the 300亿元 direct exhibition revenue (the whole industry), the 20 firms and their 1亿元 revenue threshold.
    dict(
        text=(
            "《成都市会展业数字化智能化发展三年行动计划(2025—2027年)》近日印发。计划提出,推动人工智能在展会票务、"
            "观众与展商智能匹配、场馆排期和动态定价、餐饮客流预测等环节深度应用。2024年全市会展领域人工智能应用市场"
            "规模为18亿元,到2027年力争达到35亿元,年均增长25%左右。计划明确,到2027年全市年举办展会超过1000场,"
            "会展业直接收入突破300亿元,培育年营收超1亿元的会展科技企业20家,主要展馆全面实现“刷脸入场”。"
        ),
        obs=[
            ("Total", 2024, 18, "CNY 100 million", "actual"),
            ("Total", 2027, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (35 / 18) ** (1 / 3) - 1 = 24.81% -> 25
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span that the
    #     amounts cannot give (inconsistent), a part with its share. Expected nowhere: 今(18)日, the 12.5萬對
    #     couples, the 1.8萬元 per-table banquet price, the 58% survey answer.
    dict(
        text=(
            "【台北訊】台灣婚宴產業研究協會今(18)日發布調查指出,2024年台灣婚宴與活動場地AI訂位及動態定價市場規模達"
            "新台幣14.6億元,較2023年的11.9億元成長22.7%;預估2028年將達新台幣29億元,2024至2028年年複合成長率為20.5%。"
            "其中,宴會廳動態定價市場規模為新台幣5.2億元,占比35.6%,熱門吉日的廳位價格已由演算法每日調整。協會指出,"
            "2024年全台結婚登記約12.5萬對,婚宴每桌行情約新台幣1.8萬元;受訪新人中有58%曾透過AI平台比較場地檔期。"
            "協會建議業者公開計價規則,避免吉日價格爭議。"
        ),
        obs=[
            ("Total", 2023, 11.9, "TWD 100 million", "actual"),
            ("Total", 2024, 14.6, "TWD 100 million", "actual"),
            ("宴會廳動態定價", 2024, 5.2, "TWD 100 million", "actual"),
            ("Total", 2028, 29, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
            ("share", 35.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 11.9) ** (1 / 1) - 1 = 22.69% -> 22.7
            # (29 / 14.6) ** (1 / 4) - 1 = 18.72%; bounds (28.5 / 14.65) ** (1/4) - 1 = 18.10%,
            # (29.5 / 14.55) ** (1/4) - 1 = 19.33% -> 20.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 5.2 / 14.6 = 35.62% -> 35.6
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a 2027
    #     forecast. Expected nowhere: the report title's year, the 110 exhibitions, the 180萬人次 visitors, the
    #     600億港元 total economic contribution of the industry, the 46 member bodies, the 66% survey answer.
    dict(
        text=(
            "香港會展科技協會今日發表《2025香港會展業人工智能應用報告》。報告指出,2024年本港會議及展覽AI應用(包括"
            "電子票務、參展商配對及人流分析)市場規模約為8.4億港元,較2023年的6.9億港元增長21.7%。其中,AI參展商與"
            "買家配對市場規模為3.1億港元,佔37%。協會預計,2027年市場規模將達14億港元。報告亦提到,2024年本港舉辦"
            "大型展覽約110個,吸引海外參展商及買家約180萬人次,會展業對本地經濟的總貢獻約為600億港元;協會現有會員"
            "機構46家,受訪參展商中有66%表示AI配對提升了洽談效率。"
        ),
        obs=[
            ("Total", 2023, 6.9, "HKD 100 million", "actual"),
            ("Total", 2024, 8.4, "HKD 100 million", "actual"),
            ("AI參展商與買家配對", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2027, 14, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.4 / 6.9) ** (1 / 1) - 1 = 21.74% -> 21.7
            ("arithmetic", "exact"),  # 3.1 / 8.4 = 36.90% -> 37
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 and "今年" 2025 (estimate) from the post's date; the
    #     title's 突破9億 yields to the more precise 9.6億; YoY with both amounts, a part with its share, a 2028
    #     forecast (上看). Expected nowhere: the list numbers, the 12.5萬對 couples, the 4萬元 shoot price, the fourth
    #     quarter's 3.1億.
    dict(
        text=(
            "作者 ivorylens (婚攝小白)\n"
            "看板 Wedding\n"
            "標題 [情報] 台灣婚攝AI修圖市場 去年突破9億\n"
            "時間 Sun Mar 9 22:14:05 2025\n"
            "剛看到研調機構青禾顧問的新報告,整理重點給版友:\n"
            "1. 2024年台灣婚禮攝影AI修圖與影片剪輯市場約新台幣9.6億元,2023年是7.8億元,年增23%。\n"
            "2. 其中AI影片剪輯占3.4億,大概35%。\n"
            "3. 報告說今年估計會到11.5億左右,2028年上看新台幣18億元。\n"
            "4. 去年全台結婚對數約12.5萬對,婚攝一場行情大概4萬元上下。\n"
            "推文有人問淡旺季,報告說第四季是旺季,單季就有3.1億。"
        ),
        obs=[
            ("Total", 2023, 7.8, "TWD 100 million", "actual"),
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("AI影片剪輯", 2024, 3.4, "TWD 100 million", "actual"),
            ("Total", 2025, 11.5, "TWD 100 million", "estimate"),
            ("Total", 2028, 18, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.8) ** (1 / 1) - 1 = 23.08% -> 23
            ("arithmetic", "exact"),  # 3.4 / 9.6 = 35.42% -> 35
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims, no observation), a YoY without its
    #     base (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the 580亿元 total
    #     box office, the 800元 ticket price, the 35% penetration rate and its 9 percentage points, the rating, the
    #     target price and upside.
    dict(
        text=(
            "鼎衡证券文旅演艺行业深度报告摘要(2025年7月):我们测算,2024年中国演出与会展AI票务及观众匹配市场规模为"
            "96亿元,同比增长28%;预计2026年市场规模在130亿—150亿元之间,2028年有望达到210亿元,2024—2028年复合增长率"
            "约22%。2024年全国演出市场总票房约580亿元,大型演唱会平均票价约800元,电子票务中AI风控的渗透率约为35%,"
            "较2023年提升9个百分点,实名制入场与反黄牛是主要推动力。维持行业“推荐”评级,重点推荐票联科技(目标价42元,"
            "上涨空间30%)。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2028, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("value", 130, "CNY 100 million", 2026, 2026, None),
            ("value", 150, "CNY 100 million", 2026, 2026, None),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 96) ** (1 / 4) - 1 = 21.61% -> 22
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), a YoY with
    #     both amounts that holds only by rounding, a 2027 target (有望). Expected nowhere: the company's revenue,
    #     its growth and gross margin, its 20% share target, the second quarter's 9.8亿元.
    dict(
        text=(
            "宴智科技2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "问:请问公司如何看待宴会餐饮AI市场的空间?\n"
            "答(总经理许婉清):根据我们的测算,今年国内婚宴与宴会AI备餐及来客数预测市场规模约为34亿元,去年为27亿元,"
            "增长约25%;到2027年有望达到55亿元。公司上半年营业收入3.6亿元,同比增长19.2%,毛利率46.5%;我们的目标是"
            "到2027年市占率达到20%。另外,二季度受婚宴旺季带动,行业规模约为9.8亿元,酒店客户的下单节奏明显加快。"
        ),
        obs=[
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2025, 34, "CNY 100 million", "estimate"),
            ("Total", 2027, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (34 / 27) ** (1 / 1) - 1 = 25.93% -> 26, not 25; bounds 33.5 / 27.5 - 1 = 21.82%, 34.5 / 26.5 - 1 =
            # 30.19% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the catering CAGR is inconsistent, the venue-booking CAGR holds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 4. United States: AI in weddings and events by segment, 2024 and 2029F (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI event planning and seating tools | 820 | 2,010 | 19.6% |\n"
            "| AI wedding photo and video editing | 1,150 | 2,480 | 16.6% |\n"
            "| AI venue booking and dynamic pricing | 640 | 1,720 | 21.8% |\n"
            "| AI catering and guest-count forecasting | 390 | 1,090 | 24.8% |\n"
            "| Total | 3,000 | 7,300 | 19.5% |\n"
            "Source: Copperfield Event Economics, March 2025. Note: 2029F figures are forecasts; software and services "
            "bought by couples, planners, venues and caterers, excluding hardware and the cost of the events themselves."
        ),
        obs=[
            ("AI event planning and seating tools", 2024, 820, "USD million", "actual"),
            ("AI event planning and seating tools", 2029, 2010, "USD million", "estimate"),
            ("AI wedding photo and video editing", 2024, 1150, "USD million", "actual"),
            ("AI wedding photo and video editing", 2029, 2480, "USD million", "estimate"),
            ("AI venue booking and dynamic pricing", 2024, 640, "USD million", "actual"),
            ("AI venue booking and dynamic pricing", 2029, 1720, "USD million", "estimate"),
            ("AI catering and guest-count forecasting", 2024, 390, "USD million", "actual"),
            ("AI catering and guest-count forecasting", 2029, 1090, "USD million", "estimate"),
            ("Total", 2024, 3000, "USD million", "actual"),
            ("Total", 2029, 7300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2010 / 820) ** (1 / 5) - 1 = 19.64% -> 19.6
            ("cagr|implied", "exact"),  # (2480 / 1150) ** (1 / 5) - 1 = 16.61% -> 16.6
            # (1720 / 640) ** (1 / 5) - 1 = 21.862% -> 21.9, not 21.8; bounds (1719.5 / 640.5) ** (1/5) - 1 =
            # 21.836%, (1720.5 / 639.5) ** (1/5) - 1 = 21.889% -> 21.8 reached only by some reading
            ("cagr|implied", "rounding"),
            # (1090 / 390) ** (1 / 5) - 1 = 22.82%; bounds (1089.5 / 390.5) ** (1/5) - 1 = 22.78%,
            # (1090.5 / 389.5) ** (1/5) - 1 = 22.86% -> 24.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (7300 / 3000) ** (1 / 5) - 1 = 19.46% -> 19.5
            ("hierarchy", "exact"),  # 2024: 820 + 1150 + 640 + 390 = 3000
            ("hierarchy", "exact"),  # 2029F: 2010 + 2480 + 1720 + 1090 = 7300
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years (FY2023, FY2024 -> 2023, 2024), with a
    #     YoY column: rows add to the Total row; the matching YoY holds only by rounding. Expected nowhere: the table
    #     number, the source's date.
    dict(
        text=(
            "Table 3: Japan, AI in MICE and live events by application (JPY billion)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "AI ticketing and attendee registration\t12.4\t15.1\t21.8%\n"
            "AI attendee matching and lead retrieval\t8.6\t10.9\t26.5%\n"
            "AI venue scheduling and dynamic pricing\t9.8\t11.7\t19.4%\n"
            "AI event-photo curation and highlight video\t5.1\t6.4\t25.5%\n"
            "Total\t35.9\t44.1\t22.8%\n"
            "Note: fiscal years ending March; software and services bought by organisers, venues and convention "
            "bureaus; excludes venue rents and staging. Source: Sumida Event Research, June 2025."
        ),
        obs=[
            ("AI ticketing and attendee registration", 2023, 12.4, "JPY billion", "actual"),
            ("AI ticketing and attendee registration", 2024, 15.1, "JPY billion", "actual"),
            ("AI attendee matching and lead retrieval", 2023, 8.6, "JPY billion", "actual"),
            ("AI attendee matching and lead retrieval", 2024, 10.9, "JPY billion", "actual"),
            ("AI venue scheduling and dynamic pricing", 2023, 9.8, "JPY billion", "actual"),
            ("AI venue scheduling and dynamic pricing", 2024, 11.7, "JPY billion", "actual"),
            ("AI event-photo curation and highlight video", 2023, 5.1, "JPY billion", "actual"),
            ("AI event-photo curation and highlight video", 2024, 6.4, "JPY billion", "actual"),
            ("Total", 2023, 35.9, "JPY billion", "actual"),
            ("Total", 2024, 44.1, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.4 - 1 = 21.77% -> 21.8
            # 10.9 / 8.6 - 1 = 26.74% -> 26.7, not 26.5; bounds 10.85 / 8.65 - 1 = 25.43%, 10.95 / 8.55 - 1 = 28.07%
            # -> 26.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 11.7 / 9.8 - 1 = 19.39% -> 19.4
            ("cagr|implied", "exact"),  # 6.4 / 5.1 - 1 = 25.49% -> 25.5
            ("cagr|implied", "exact"),  # 44.1 / 35.9 - 1 = 22.84% -> 22.8
            ("hierarchy", "exact"),  # FY2023: 12.4 + 8.6 + 9.8 + 5.1 = 35.9
            ("hierarchy", "exact"),  # FY2024: 15.1 + 10.9 + 11.7 + 6.4 = 44.1
        ],
    ),
    # 38. Space-aligned French table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the photo-editing share is printed with transposed digits (inconsistent). Expected
    #     nowhere: the source's date.
    dict(
        text=(
            "France: AI in weddings and events, spending by application, 2024\n"
            "Application                                   EUR million      Share\n"
            "AI wedding and event planning tools                  46.8      24.0%\n"
            "AI photo and video editing                           58.2      28.9%\n"
            "AI venue booking and dynamic pricing                 39.5      20.3%\n"
            "AI ticketing and attendee matching                   33.1      17.0%\n"
            "AI catering and guest-count forecasting              17.4       8.9%\n"
            "Total                                               195.0     100.0%\n"
            "Note: spending by couples, planners, venues, caterers and organisers on AI software and services; "
            "excludes the events themselves. Source: Observatoire Lumi\u00e8re de l'\u00c9v\u00e9nementiel, May 2025."
        ),
        obs=[
            ("AI wedding and event planning tools", 2024, 46.8, "EUR million", "actual"),
            ("AI photo and video editing", 2024, 58.2, "EUR million", "actual"),
            ("AI venue booking and dynamic pricing", 2024, 39.5, "EUR million", "actual"),
            ("AI ticketing and attendee matching", 2024, 33.1, "EUR million", "actual"),
            ("AI catering and guest-count forecasting", 2024, 17.4, "EUR million", "actual"),
            ("Total", 2024, 195.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 24.0, "percent", 2024, 2024, None),
            ("share", 28.9, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 17.0, "percent", 2024, 2024, None),
            ("share", 8.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.8 / 195.0 = 24.00% -> 24.0
            # 58.2 / 195.0 = 29.85%; bounds 58.15 / 195.05 = 29.81%, 58.25 / 194.95 = 29.88% -> 28.9 unreachable
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 39.5 / 195.0 = 20.26% -> 20.3
            ("arithmetic", "exact"),  # 33.1 / 195.0 = 16.97% -> 17.0
            ("arithmetic", "exact"),  # 17.4 / 195.0 = 8.92% -> 8.9
            ("hierarchy", "exact"),  # 46.8 + 58.2 + 39.5 + 33.1 + 17.4 = 195.0
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected
    #     nowhere: the source's date, the title's year span.
    dict(
        text=(
            "Spain: AI wedding and event-planning software market, 2021-2026F\n"
            "Year | EUR million | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 47 | 23.7%\n"
            "2023 | 61 | 29.8%\n"
            "2024 | 74 | 21.0%\n"
            "2025F | 92 | 24.3%\n"
            "2026F | 110 | 19.6%\n"
            "Note: F = forecast. Covers planning, seating, guest-list and vendor-matching software sold to couples, "
            "planners and venues; excludes catering and photography. Source: Consultora Azahar, March 2025."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 47, "EUR million", "actual"),
            ("Total", 2023, 61, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2025, 92, "EUR million", "estimate"),
            ("Total", 2026, 110, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 29.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("growth", 24.3, "percent", 2024, 2025, 1.0),
            ("growth", 19.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47 / 38 - 1 = 23.68% -> 23.7
            ("cagr|implied", "exact"),  # 61 / 47 - 1 = 29.79% -> 29.8
            # 74 / 61 - 1 = 21.31% -> 21.3, not 21.0; bounds 73.5 / 61.5 - 1 = 19.51%, 74.5 / 60.5 - 1 = 23.14%
            # -> 21.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 92 / 74 - 1 = 24.32% -> 24.3
            ("cagr|implied", "exact"),  # 110 / 92 - 1 = 19.57% -> 19.6
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2025
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表2 台灣會展與活動AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI展覽票務與報到 | 2.4 | 3.0 | 3.7\n"
            "AI買家與參展商媒合 | 1.8 | 2.3 | 2.9\n"
            "AI場館排程與動態定價 | 2.1 | 2.5 | 3.0\n"
            "AI活動人流與餐飲預估 | 0.9 | 1.2 | 1.6\n"
            "合計 | 7.2 | 9.0 | 11.8\n"
            "資料來源:台灣會展科技研究所,2025年4月;2025年(預估)為預估值,僅計AI軟體及服務,不含場地租金。"
        ),
        obs=[
            ("AI展覽票務與報到", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI展覽票務與報到", 2024, 3.0, "TWD 100 million", "actual"),
            ("AI展覽票務與報到", 2025, 3.7, "TWD 100 million", "estimate"),
            ("AI買家與參展商媒合", 2023, 1.8, "TWD 100 million", "actual"),
            ("AI買家與參展商媒合", 2024, 2.3, "TWD 100 million", "actual"),
            ("AI買家與參展商媒合", 2025, 2.9, "TWD 100 million", "estimate"),
            ("AI場館排程與動態定價", 2023, 2.1, "TWD 100 million", "actual"),
            ("AI場館排程與動態定價", 2024, 2.5, "TWD 100 million", "actual"),
            ("AI場館排程與動態定價", 2025, 3.0, "TWD 100 million", "estimate"),
            ("AI活動人流與餐飲預估", 2023, 0.9, "TWD 100 million", "actual"),
            ("AI活動人流與餐飲預估", 2024, 1.2, "TWD 100 million", "actual"),
            ("AI活動人流與餐飲預估", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 7.2, "TWD 100 million", "actual"),
            ("合計", 2024, 9.0, "TWD 100 million", "actual"),
            ("合計", 2025, 11.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 1.8 + 2.1 + 0.9 = 7.2
            ("hierarchy", "exact"),  # 2024: 3.0 + 2.3 + 2.5 + 1.2 = 9.0
            # 2025(預估): 3.7 + 2.9 + 3.0 + 1.6 = 11.2 vs 11.8; rows' bounds 11.0-11.4, total's 11.75-11.85
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventeenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 15, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 15% of the total',
    'Munich-based Kessler & Vogt Consulting is more cautious',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长2倍',
    '新台幣47.3億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月6日電',
    '| Application | 2024 | 2029F | CAGR 2024-29 |',
    '2024 | 131 | 28.4%',
    'Q1 2025 earnings call, May 8, 2025',
    'Working Paper No. 14/2025. Abstract:',
    '3/ Dynamic hall pricing alone: £88M',
    'Correction, 16 April 2025:',
    'To our shareholders',
    '- 2025E TAM: $2.3B',
    'Pelican Ridge Research is more bullish',
    'Hanbit Securities, Korea Consumer Tech, 10 June 2025',
    '新华社上海2025年5月20日电',
    '年均增长25%左右',
    '標題 [情報] 台灣婚攝AI修圖市場 去年突破9億',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 7.2 | 9.0 | 11.8',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 62 rates, 91 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 203, "rates_found": 62, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset217.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
