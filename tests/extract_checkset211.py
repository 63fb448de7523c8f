"""A two-hundred-and-eleventh check set for the extractor, written blind: AI in smart homes and household appliances: AI
voice assistants and smart speakers' AI services, AI in white goods (refrigerators, washing machines, air conditioners
with on-device AI), AI home-security cameras and doorbells, AI energy management and home robots (robot vacuums and lawn
mowers' AI features), AI home-automation platforms; sized in money by appliance makers' associations, consumer-
electronics bodies, brokers, consultancies, research houses and platform vendors' investor days, in the United States,
Germany, France, the United Kingdom, Italy, Japan, South Korea, India, Australia, mainland China, Taiwan and Hong Kong
(currencies: US dollars, euros, pounds, yen, won only as an aside, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: the whole appliance or consumer electronics market beside the AI part, unit shipments and households, a
maker's own revenue, margin or share target, a device's price, a funding round and valuation, a quarter's or a shopping
festival's figures (618, Double 11), a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in smart homes and appliances: eight English prose texts (a San Jose
wire release, a Tokyo broker note in fiscal years and yen, a Milan briefing, a Paris article quoting two consultancies,
an investor-day TAM, a London strategy with last-year/this-year figures and a target, a correction notice with a range,
a blog post with 'nearly 3x'), seven Chinese prose texts (an industry report, a Zhejiang plan with 力争到 and 增长2倍, a
Xinhua story quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a
broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned
with shares, a vertical table of years with YoY, a tab-separated segment table). Left out: whole appliance markets,
shipments, households, firm counts, makers' revenue, margins and targets, prices, funding rounds, quarter and 618 /
Double 11 / Prime Day figures, survey answers, won and rupee amounts, a second publisher's figure, a correction's wrong
figures, shares in words. Inconsistent: the Paris YoY, the Hong Kong CAGR, the German 2023 YoY and the Australian 2024
total. Only by rounding: the Tokyo and Taiwan CAGRs, the Milan robot-vacuum share, the broker's 28.5% YoY, the robot
row's CAGR, the 2024 合计 and the Japanese washing-machine share.

Snippets 21-40: Twenty snippets on AI in smart homes and household appliances, numbered 21-40: eight English prose
pieces (an earnings-call answer sizing a TAM with 'this year' read from the call's date, a German working-paper
abstract, a numbered social-media thread, a UK web article with a correction line, a Japanese annual-report letter in
yen, investor-day slide bullets, a forum answer quoting two research houses, and a Korean broker note in won that gives
claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a municipal plan, a Taipei research
release, a Hong Kong association report in 億港元, a PTT post, a broker abstract with a range, a results-briefing
transcript) and five tables (markdown with a CAGR column, tab-separated yen with a YoY column, space-aligned pounds with
a share column, a vertical table of years, a Traditional Chinese table with a 合計 row). Left out everywhere: whole-
appliance markets, unit shipments and households, makers' revenue, margins and share targets, device prices, funding
rounds, quarter and shopping-festival (618, Double 11, Prime Day) figures, survey and penetration percentages, a second
house's figure, a corrected misprint. Inconsistent: the working paper's CAGR (27.4%), the markdown table's energy-
management CAGR, the yen table's washing-machine YoY and the Taiwan table's 2025(F) 合計. Holding only by rounding: the
call's 21.5% CAGR, the UK article's 40.5% share, the Xinhua 24.2% share, the Hong Kong 21.5% growth, the voice-assistant
CAGR, the 29.9% share in the pound table and the 2024 YoY of 25.0%.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. San Jose wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span, all
    #    in USD billion. Expected nowhere: the report's title year, unit shipments (31 million), the average selling
    #    price, the 2,400 homeowners polled and the 58% survey answer.
    dict(
        text=(
            "SAN JOSE, Calif., March 11, 2025 /PRNewswire/ -- U.S. households spent $2.84 billion on AI-powered "
            "home-security cameras and video doorbells in 2024, up 22% from $2.33 billion in 2023, according to the "
            "2025 Connected Home Safety Report released today by Redwood Signal Research. The firm projects the market "
            "to reach $7.1 billion by 2030, a compound annual growth rate of 16.5% from 2024 to 2030. Shipments of "
            "AI-capable cameras and doorbells rose to 31 million units last year at an average selling price of $92. "
            "In a survey of 2,400 homeowners, 58% said person detection was the feature they valued most."
        ),
        obs=[
            ("Total", 2023, 2.33, "USD billion", "actual"),
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2030, 7.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.84 / 2.33) ** (1 / 1) - 1 = 21.89% -> 22
            ("cagr|implied", "exact"),  # (7.1 / 2.84) ** (1 / 6) - 1 = 16.50% -> 16.5
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 18%" where the amounts give 18.52%. Expected nowhere: the dateline, the whole
    #    ¥2.7 trillion white-goods market, Korea's market in won, the covered maker's sales, growth and margin, its
    #    target price and upside, the refrigerator's price.
    dict(
        text=(
            "Tokyo, 22 May 2025. Japan Consumer Electronics, sector deep dive. We size the domestic market for on-device "
            "AI functions in white goods (refrigerators, washing machines and air conditioners) at ¥186 billion in "
            "FY2024 (year to March 2025) and forecast ¥435 billion by FY2029e, a CAGR of about 18%. That is still a "
            "small slice of the ¥2.7 trillion white-goods market. Korea's comparable market, which we put at "
            "₩1.9 trillion, is further ahead. Our top pick, Kasumi Electric (Buy, TP ¥4,800, 22% upside), grew FY2024 "
            "AI appliance sales 31% to ¥52.4 billion at an 11.2% operating margin; its flagship AI refrigerator retails "
            "at about ¥398,000."
        ),
        obs=[
            ("Total", 2024, 186, "JPY billion", "actual"),
            ("Total", 2029, 435, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (435 / 186) ** (1 / 5) - 1 = 18.52% -> 19, not 18; bounds (434.5 / 186.5) ** (1/5) - 1 = 18.43%,
            # (435.5 / 185.5) ** (1/5) - 1 = 18.61% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Milan research briefing: a total in EUR million, three segments with shares (the robot-vacuum share holds only
    #    by rounding) and a 2028 forecast printed in billions, expected converted to EUR million. Expected nowhere: the
    #    1,800 households surveyed, total smart-home device spending (€1.4 billion), the 42% survey answer.
    dict(
        text=(
            "MILAN, 14 October 2025 - Italian households spent €633 million on AI features in smart-home devices and "
            "appliances in 2024, according to a briefing from the Osservatorio Domotica Avanzata. AI energy-management "
            "systems accounted for €228 million, or 36%, and AI voice assistants and speaker services for €146 million "
            "(23%). AI robot vacuums came to €85 million, about 14% of the total. The observatory, which surveyed 1,800 "
            "households, expects the market to top €1.1 billion in 2028. Overall spending on smart-home devices, AI or "
            "not, reached €1.4 billion in 2024, and 42% of respondents said they would pay more for an appliance that "
            "learns their habits."
        ),
        obs=[
            ("Total", 2024, 633, "EUR million", "actual"),
            ("AI energy-management systems", 2024, 228, "EUR million", "actual"),
            ("AI voice assistants and speaker services", 2024, 146, "EUR million", "actual"),
            ("AI robot vacuums", 2024, 85, "EUR million", "actual"),
            ("Total", 2028, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 228 / 633 = 36.02% -> 36
            ("arithmetic", "exact"),  # 146 / 633 = 23.06% -> 23
            # 85 / 633 = 13.43% -> 13, not 14; bounds 84.5 / 633.5 = 13.34%, 85.5 / 632.5 = 13.52% -> 14 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Paris article quoting two consultancies: the first's base, target and rate are the snippet's; its 2023 figure
    #    printed in millions is expected in EUR billion (the series' unit); its "up 24%" is inconsistent. Expected
    #    nowhere: Orsay Partners' €1.35 billion for 2024, the 9.4 million homes, overall consumer-electronics sales.
    dict(
        text=(
            "PARIS, 3 June 2025 - France's market for AI-powered smart-home platforms reached €1.18 billion in 2024, up "
            "24% from €990 million in 2023, according to the consultancy Lumière Études. It expects the market to reach "
            "€2.6 billion in 2028, a compound annual growth rate of 21.8% between 2024 and 2028. Rival house Orsay "
            "Partners puts the 2024 market higher, at €1.35 billion, because it counts AI features sold as "
            "subscriptions. Some 9.4 million French homes now have at least one connected device, and overall "
            "consumer-electronics sales in France ran to €15.2 billion in 2024."
        ),
        obs=[
            ("Total", 2023, 0.99, "EUR billion", "actual"),
            ("Total", 2024, 1.18, "EUR billion", "actual"),
            ("Total", 2028, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1180 / 990) ** (1 / 1) - 1 = 19.19% -> 19, not 24; bounds 1175 / 990.5 - 1 = 18.63%,
            # 1185 / 989.5 - 1 = 19.76% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2.6 / 1.18) ** (1 / 4) - 1 = 21.84% -> 21.8
        ],
    ),
    # 5. Investor-day transcript (Austin): the total addressable market the company sizes is the market (Total), with
    #    a CAGR whose span is printed. Expected nowhere: the company's revenue and margin, its 15% share goal, the
    #    6.5 million homes, the second quarter's bookings.
    dict(
        text=(
            "Halvard Home Systems Investor Day, Austin, Texas, September 16, 2025 - transcript excerpt. Dana Whitcomb, "
            "chief executive: \"Let me start with the opportunity. We size the total addressable market for AI home "
            "automation in the U.S. at $31 billion in 2024, and we see it reaching $88 billion by 2030. That's roughly "
            "a 19% CAGR from 2024 to 2030. Last year we did $1.24 billion of revenue at a 14% operating margin, and our "
            "goal is a 15% share of that market by 2030. We're in about 6.5 million homes today, and in the second "
            "quarter alone we booked $342 million.\""
        ),
        obs=[
            ("Total", 2024, 31, "USD billion", "actual"),
            ("Total", 2030, 88, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88 / 31) ** (1 / 6) - 1 = 18.99% -> 19
        ],
    ),
    # 6. London national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target printed
    #    in billions expected converted to GBP million. Expected nowhere: the £45 million grant pot and its 120
    #    pilots, the 2 million homes target, the 61% survey answer.
    dict(
        text=(
            "LONDON, 9 June 2025 - The national Smart Homes Strategy, published today by the Office for Home Energy "
            "Innovation, estimates that the UK market for AI home energy management was worth £410 million last year "
            "and expects it to reach £530 million this year, growth of about 29%. The strategy sets a target of "
            "£1.5 billion by 2030. It commits £45 million in grants to 120 pilot projects and aims to have 2 million "
            "homes running AI-optimised heat pumps and batteries by the end of the decade. In a poll for the office, "
            "61% of households said lower bills would persuade them to let software manage their heating."
        ),
        obs=[
            ("Total", 2024, 410, "GBP million", "actual"),
            ("Total", 2025, 530, "GBP million", "estimate"),
            ("Total", 2030, 1500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (530 / 410) ** (1 / 1) - 1 = 29.27% -> 29
        ],
    ),
    # 7. Correction notice on an Indian market story: the 2028 range gives two value claims (no observation); the 2024
    #    figure is the year's observation. Expected nowhere: the misstated $42-48 billion, the rupee amount (no unit
    #    in the table), the 14 million households, the count of brands; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, July 3, 2025: An earlier version of this article misstated the forecast for 2028. The market "
            "is expected to be worth $4.2 billion to $4.8 billion that year, not $42 billion to $48 billion.\n"
            "India's market for AI features in smart-home devices and appliances was worth $1.6 billion in 2024, "
            "according to Kestrel Insights, a Bengaluru research firm. Kestrel expects it to reach $4.2 billion to "
            "$4.8 billion in 2028 as voice assistants in regional languages and AI air conditioners spread. In rupee "
            "terms the 2024 market came to about ₹13,400 crore. Some 14 million Indian households own a smart speaker, "
            "and Kestrel counts more than 60 domestic brands."
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 4.2, "USD billion", 2028, 2028, None),
            ("value", 4.8, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 8. Consumer-tech blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict).
    #    Expected nowhere: the mower's price, the startup's funding round and valuation, the Prime Day jump, the
    #    1.1 million units sold.
    dict(
        text=(
            "Yardwise blog, August 12, 2025 - Why your next mower will think for itself. American homeowners spent "
            "$310 million on AI-powered robot lawn mowers in 2021; by 2024 that had grown to $870 million, nearly 3x "
            "between 2021 and 2024, according to Greenline Consumer Research. A top-end model with camera-based "
            "obstacle detection still costs around $1,899, and the startup Mowbotics raised $60 million this spring at "
            "a $450 million valuation. During Prime Day in July, robot-mower sales on the big marketplaces jumped 70%. "
            "Roughly 1.1 million units were sold in 2024."
        ),
        obs=[
            ("Total", 2021, 310, "USD million", "actual"),
            ("Total", 2024, 870, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI空调) with its share, a CAGR with its
    #    printed span. Expected nowhere: the report's title year, the appliance industry's retail sales, the 3,200万台
    #    shipped, the 618 sales growth, the 67% survey answer.
    dict(
        text=(
            "《2025年中国AI家电产业发展报告》近日在上海发布。报告显示,2024年我国AI家电市场规模达到862亿元,同比增长"
            "24.6%,2023年为692亿元。其中,AI空调市场规模为312亿元,占比36.2%,居各品类之首。报告预计,到2028年我国"
            "AI家电市场规模将达到2,050亿元,2024—2028年复合增长率为24.2%。报告同时指出,2024年我国家电行业零售额约"
            "8,650亿元,AI家电全年出货量约3,200万台;2025年“618”期间,主要电商平台AI家电销售额同比增长41%。在受访"
            "消费者中,67%表示愿意为AI功能支付溢价。"
        ),
        obs=[
            ("Total", 2023, 692, "CNY 100 million", "actual"),
            ("Total", 2024, 862, "CNY 100 million", "actual"),
            ("AI空调", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2028, 2050, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 36.2, "percent", 2024, 2024, None),
            ("cagr", 24.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (862 / 692) ** (1 / 1) - 1 = 24.57% -> 24.6
            ("arithmetic", "exact"),  # 312 / 862 = 36.19% -> 36.2
            ("cagr|implied", "exact"),  # (2050 / 862) ** (1 / 4) - 1 = 24.18% -> 24.2
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (突破, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a multiple x2 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 10 leading firms and their 百亿元 revenue threshold,
    #     the 35% penetration rate, the province's whole appliance industry revenue.
    dict(
        text=(
            "浙江省经济和信息化厅日前印发《浙江省AI智能家居产业高质量发展行动方案(2025—2027年)》。方案显示,2023年全省"
            "AI智能家居产业规模为1,150亿元,2024年达到1,420亿元,同比增长23.5%。方案提出,力争到2027年全省AI智能家居"
            "产业规模突破3,500亿元,较2023年增长2倍;培育年营收超百亿元的龙头企业10家以上,新建住宅全屋智能渗透率达到"
            "35%。2024年全省家电产业营业收入约8,200亿元。"
        ),
        obs=[
            ("Total", 2023, 1150, "CNY 100 million", "actual"),
            ("Total", 2024, 1420, "CNY 100 million", "actual"),
            ("Total", 2027, 3500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1420 / 1150) ** (1 / 1) - 1 = 23.48% -> 23.5
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 北辰产业研究所's 205亿元 for 2024, the conference's
    #     title year, the Double 11 sales, the 1,350万台 shipped, the 120 firms in Hefei.
    dict(
        text=(
            "新华社合肥5月18日电(记者 周明远)记者从日前召开的2025中国家庭服务机器人产业大会上获悉,据国家智能家电创新"
            "研究院测算,2024年我国AI扫地机器人、割草机器人等家庭服务机器人市场规模为186亿元,比2023年的142亿元增长"
            "31.0%,预计2025年将达到238亿元。另据北辰产业研究所统计,2024年这一市场规模约为205亿元。2024年“双十一”"
            "期间,主要电商平台扫地机器人销售额达42亿元;全年出货量约1,350万台。目前合肥已集聚相关企业120余家。"
        ),
        obs=[
            ("Total", 2023, 142, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2025, 238, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 142) ** (1 / 1) - 1 = 30.99% -> 31.0
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the 920萬戶
    #     households, 約占四成 (a share in words), the whole appliance market, the 53% survey answer.
    dict(
        text=(
            "財團法人臺灣智慧生活產業研究院發布《2025臺灣智慧家庭白皮書》指出,2024年臺灣AI智慧家電與居家自動化市場規模"
            "達新台幣486億元,較2023年的402億元成長20.9%。白皮書預估,2028年市場規模將達新台幣983億元,2024至2028年"
            "年複合成長率為19.2%。白皮書也指出,全臺約有920萬戶家庭,其中已導入AI語音助理者約占四成;整體家電市場規模約"
            "新台幣2,150億元。受訪民眾中有53%表示,節能是購買AI家電的首要考量。"
        ),
        obs=[
            ("Total", 2023, 402, "TWD 100 million", "actual"),
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2028, 983, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 402) ** (1 / 1) - 1 = 20.90% -> 20.9
            # (983 / 486) ** (1 / 4) - 1 = 19.26% -> 19.3, not 19.2; bounds (982.5 / 486.5) ** (1/4) - 1 = 19.21%,
            # (983.5 / 485.5) ** (1/4) - 1 = 19.30% -> 19.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約18.5億港元 expected at its printed figure; YoY
    #     exact; the 2024-2027 CAGR of 約24% is inconsistent. Expected nowhere: the 270萬 households, 約三成 (a share
    #     in words), the doorbell's HK$1,280 price, the start-up's funding round and valuation.
    dict(
        text=(
            "香港智能家居協會昨日發表報告指出,2024年本港AI家居保安攝影機及智能門鐘市場規模約18.5億港元,較2023年的"
            "15.6億港元增長18.6%。報告預計,2027年市場規模將增至31億港元,2024至2027年年均複合增長率約24%。報告又指,"
            "全港約有270萬個住戶,其中約三成已安裝至少一部智能保安裝置;一款主流AI門鐘售價約1,280港元。本地初創公司"
            "守望科技上月完成8,000萬港元A輪融資,估值約6億港元。"
        ),
        obs=[
            ("Total", 2023, 15.6, "HKD 100 million", "actual"),
            ("Total", 2024, 18.5, "HKD 100 million", "actual"),
            ("Total", 2027, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.5 / 15.6) ** (1 / 1) - 1 = 18.59% -> 18.6
            # (31 / 18.5) ** (1 / 3) - 1 = 18.78% -> 19, not 24; bounds (30.5 / 18.55) ** (1/3) - 1 = 18.03%,
            # (31.5 / 18.45) ** (1/3) - 1 = 19.52% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual), 今年 2025 (an estimate,
    #     可望), YoY with both amounts. Expected nowhere: the first quarter's 86億元, the maker's own AI revenue and
    #     gross margin, the 150萬台 shipments.
    dict(
        text=(
            "(中央社記者陳思妤台北2025年3月6日電)市調機構晶準顧問今天指出,去年台灣AI家電市場規模約新台幣320億元,今年在"
            "AI冷氣與AI冰箱換機潮帶動下,可望成長18%至378億元。不過今年第一季市場規模僅約新台幣86億元,業者仍在觀望。"
            "國內家電大廠瑞昇電器去年AI家電營收達新台幣41億元,毛利率約27%;晶準估計今年AI家電出貨量將突破150萬台。"
        ),
        obs=[
            ("Total", 2024, 320, "TWD 100 million", "actual"),
            ("Total", 2025, 378, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (378 / 320) ** (1 / 1) - 1 = 18.12% -> 18
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 28.5% YoY that holds only by rounding; the 2027
    #     range 420亿—480亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     maker's revenue, gross margin, rating and target price, the 618 GMV growth, the 520万台 shipped.
    dict(
        text=(
            "华岳证券研究所2025年7月深度报告《家庭服务机器人:AI重塑清洁与割草赛道》。我们测算,2024年国内AI家庭服务"
            "机器人(含扫地、拖地、割草及擦窗机器人)市场规模为218亿元,同比增长28.5%,2023年为170亿元。随着端侧大模型"
            "进入扫地机,我们预计2027年市场规模将达到420亿—480亿元。行业龙头云途智能2024年营收58.6亿元,毛利率46%,"
            "给予“买入”评级,目标价86元;今年“618”期间,主要平台扫地机器人GMV同比增长35%。2024年国内扫地机器人出货量"
            "约520万台。"
        ),
        obs=[
            ("Total", 2023, 170, "CNY 100 million", "actual"),
            ("Total", 2024, 218, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("value", 420, "CNY 100 million", 2027, 2027, None),
            ("value", 480, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (218 / 170) ** (1 / 1) - 1 = 28.24% -> 28.2, not 28.5; bounds 217.5 / 170.5 - 1 = 27.57%,
            # 218.5 / 169.5 - 1 = 28.91% -> 28.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (US, USD billion) with a CAGR 2024-30 column and a Total row: each row's CAGR is stated (span
    #     in the header); the robot row's 20.9% holds only by rounding; rows add to the Total in both years; 2030F is
    #     an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 4. U.S. AI smart-home spending by segment (USD billion)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI home-automation platforms | 3.4 | 8.6 | 16.7% |\n"
            "| AI white goods | 2.1 | 6.2 | 19.8% |\n"
            "| AI robot vacuums and mowers | 1.6 | 4.9 | 20.9% |\n"
            "| Total | 7.1 | 19.7 | 18.5% |\n"
            "Source: Halden & Pike Research, Smart Home Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI home-automation platforms", 2024, 3.4, "USD billion", "actual"),
            ("AI home-automation platforms", 2030, 8.6, "USD billion", "estimate"),
            ("AI white goods", 2024, 2.1, "USD billion", "actual"),
            ("AI white goods", 2030, 6.2, "USD billion", "estimate"),
            ("AI robot vacuums and mowers", 2024, 1.6, "USD billion", "actual"),
            ("AI robot vacuums and mowers", 2030, 4.9, "USD billion", "estimate"),
            ("Total", 2024, 7.1, "USD billion", "actual"),
            ("Total", 2030, 19.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 3.4) ** (1 / 6) - 1 = 16.73% -> 16.7
            ("cagr|implied", "exact"),  # (6.2 / 2.1) ** (1 / 6) - 1 = 19.77% -> 19.8
            # (4.9 / 1.6) ** (1 / 6) - 1 = 20.51% -> 20.5, not 20.9; bounds (4.85 / 1.65) ** (1/6) - 1 = 19.69%,
            # (4.95 / 1.55) ** (1/6) - 1 = 21.35% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (19.7 / 7.1) ** (1 / 6) - 1 = 18.54% -> 18.5
            ("hierarchy", "exact"),  # 2024: 3.4 + 2.1 + 1.6 = 7.1
            ("hierarchy", "exact"),  # 2030F: 8.6 + 6.2 + 4.9 = 19.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国AI家电细分市场规模(单位:亿元)\n"
            "品类\t2023年\t2024年\t2025年E\n"
            "AI冰箱\t142.6\t178.3\t219.8\n"
            "AI洗衣机\t118.4\t149.2\t186.5\n"
            "AI空调\t205.7\t262.9\t331.4\n"
            "AI厨电\t63.1\t82.4\t107.9\n"
            "合计\t529.8\t672.9\t845.6\n"
            "资料来源:中智家电研究中心;2025年E为预测值。"
        ),
        obs=[
            ("AI冰箱", 2023, 142.6, "CNY 100 million", "actual"),
            ("AI冰箱", 2024, 178.3, "CNY 100 million", "actual"),
            ("AI冰箱", 2025, 219.8, "CNY 100 million", "estimate"),
            ("AI洗衣机", 2023, 118.4, "CNY 100 million", "actual"),
            ("AI洗衣机", 2024, 149.2, "CNY 100 million", "actual"),
            ("AI洗衣机", 2025, 186.5, "CNY 100 million", "estimate"),
            ("AI空调", 2023, 205.7, "CNY 100 million", "actual"),
            ("AI空调", 2024, 262.9, "CNY 100 million", "actual"),
            ("AI空调", 2025, 331.4, "CNY 100 million", "estimate"),
            ("AI厨电", 2023, 63.1, "CNY 100 million", "actual"),
            ("AI厨电", 2024, 82.4, "CNY 100 million", "actual"),
            ("AI厨电", 2025, 107.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 529.8, "CNY 100 million", "actual"),
            ("合计", 2024, 672.9, "CNY 100 million", "actual"),
            ("合计", 2025, 845.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.6 + 118.4 + 205.7 + 63.1 = 529.8
            # 2024: 178.3 + 149.2 + 262.9 + 82.4 = 672.8, not 672.9; bounds 672.6..673.0 (each part +/-0.05)
            # reach 672.85..672.95 -> 672.9 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 219.8 + 186.5 + 331.4 + 107.9 = 845.6
        ],
    ),
    # 18. Space-aligned table (Japan, ¥ billion, 2024) with a share column and a Total row: four shares (the washing
    #     machines' 25.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the 11.6 million units sold.
    dict(
        text=(
            "Japan: AI-equipped white goods, domestic sales by category\n"
            "Category                      2024 (¥ bn)      Share\n"
            "AI air conditioners                  62.3      33.3%\n"
            "AI refrigerators                     58.4      31.2%\n"
            "AI washing machines                  47.8      25.6%\n"
            "AI cooking appliances                18.6       9.9%\n"
            "Total                               187.1     100.0%\n"
            "Note 3: unit sales of the four categories came to 11.6 million. Source: Japan Smart Appliance Council."
        ),
        obs=[
            ("AI air conditioners", 2024, 62.3, "JPY billion", "actual"),
            ("AI refrigerators", 2024, 58.4, "JPY billion", "actual"),
            ("AI washing machines", 2024, 47.8, "JPY billion", "actual"),
            ("AI cooking appliances", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2024, 187.1, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 33.3, "percent", 2024, 2024, None),
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
            ("share", 9.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 62.3 / 187.1 = 33.30% -> 33.3
            ("arithmetic", "exact"),  # 58.4 / 187.1 = 31.21% -> 31.2
            # 47.8 / 187.1 = 25.548% -> 25.5, not 25.6; bounds 47.75 / 187.15 = 25.514%, 47.85 / 187.05 = 25.581%
            # -> 25.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 18.6 / 187.1 = 9.94% -> 9.9
            ("hierarchy", "exact"),  # 62.3 + 58.4 + 47.8 + 18.6 = 187.1
        ],
    ),
    # 19. Vertical table (Germany) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 25.3% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "Germany: AI features in household robots (robot vacuums, mowers, window cleaners)\n"
            "Year | EUR million | YoY\n"
            "2021 | 212 | -\n"
            "2022 | 268 | 26.4%\n"
            "2023 | 331 | 25.3%\n"
            "2024 | 403 | 21.8%\n"
            "2025E | 478 | 18.6%\n"
            "Source: Rheinblick Marktforschung, Haushaltsrobotik-Monitor, April 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 212, "EUR million", "actual"),
            ("Total", 2022, 268, "EUR million", "actual"),
            ("Total", 2023, 331, "EUR million", "actual"),
            ("Total", 2024, 403, "EUR million", "actual"),
            ("Total", 2025, 478, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.3, "percent", 2022, 2023, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 212) ** (1 / 1) - 1 = 26.42% -> 26.4
            # (331 / 268) ** (1 / 1) - 1 = 23.51% -> 23.5, not 25.3; bounds 330.5 / 268.5 - 1 = 23.09%,
            # 331.5 / 267.5 - 1 = 23.93% -> 25.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (403 / 331) ** (1 / 1) - 1 = 21.75% (21.752) -> 21.8
            ("cagr|implied", "exact"),  # (478 / 403) ** (1 / 1) - 1 = 18.61% -> 18.6
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (426 printed, 416 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     note on currency conversion.
    dict(
        text=(
            "Australia: AI smart-home spending by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI voice assistants and speaker services\t96\t118\t141\n"
            "AI home-security cameras and doorbells\t124\t152\t183\n"
            "AI energy management\t71\t97\t128\n"
            "AI home robots\t38\t49\t63\n"
            "Total\t329\t426\t515\n"
            "Source: Southern Cross Digital Home Monitor; figures converted from Australian dollars at average annual rates."
        ),
        obs=[
            ("AI voice assistants and speaker services", 2023, 96, "USD million", "actual"),
            ("AI voice assistants and speaker services", 2024, 118, "USD million", "actual"),
            ("AI voice assistants and speaker services", 2025, 141, "USD million", "estimate"),
            ("AI home-security cameras and doorbells", 2023, 124, "USD million", "actual"),
            ("AI home-security cameras and doorbells", 2024, 152, "USD million", "actual"),
            ("AI home-security cameras and doorbells", 2025, 183, "USD million", "estimate"),
            ("AI energy management", 2023, 71, "USD million", "actual"),
            ("AI energy management", 2024, 97, "USD million", "actual"),
            ("AI energy management", 2025, 128, "USD million", "estimate"),
            ("AI home robots", 2023, 38, "USD million", "actual"),
            ("AI home robots", 2024, 49, "USD million", "actual"),
            ("AI home robots", 2025, 63, "USD million", "estimate"),
            ("Total", 2023, 329, "USD million", "actual"),
            ("Total", 2024, 426, "USD million", "actual"),
            ("Total", 2025, 515, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 96 + 124 + 71 + 38 = 329
            # 2024: 118 + 152 + 97 + 49 = 416, not 426; bounds 414..418 (each part +/-0.5) miss 425.5..426.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 141 + 183 + 128 + 63 = 515
        ],
    ),
    # 21. US earnings-call answer sizing a TAM: "this year" is the call's year (2025, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the quarter's
    #     revenue, gross margin, households served, the 15% share goal, the analyst's firm.
    dict(
        text=(
            "Lumora Home Systems Q3 2025 earnings call, October 29, 2025 - Q&A\n"
            "Analyst (Priya Nandakumar, Carrow Securities): Could you size the opportunity for the AI home-automation "
            "platform?\n"
            "CEO Daniel Reyes: Sure. We think the total addressable market for AI home-automation platforms in the U.S. "
            "is about $14.2 billion this year, up roughly 23% from $11.5 billion last year. By 2029 we see it at $31 "
            "billion, compounding at about 21.5% a year from 2025 to 2029. For our part, we did $412 million of revenue "
            "in the quarter at a 38% gross margin, and we now serve 2.3 million households. Our goal is a 15% share of "
            "that TAM by 2028."
        ),
        obs=[
            ("Total", 2024, 11.5, "USD billion", "actual"),
            ("Total", 2025, 14.2, "USD billion", "estimate"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 21.5, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.5) ** (1 / 1) - 1 = 23.48% -> 23
            # (31 / 14.2) ** (1 / 4) - 1 = 21.55% -> 21.6, not 21.5; bounds (30.5 / 14.25) ** (1/4) - 1 = 20.95%,
            # (31.5 / 14.15) ** (1/4) - 1 = 22.15% -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. German working-paper abstract: CAGR with printed span that the amounts cannot give (inconsistent), a
    #     multiple over four years (no verdict), a 2027 projection. Expected nowhere: the paper number, the 2,400
    #     surveyed households, the whole German large-appliance market, the 31% survey answer.
    dict(
        text=(
            "Working Paper No. 24/117. Abstract: We estimate the size of the market for AI functions embedded in major "
            "household appliances (refrigerators, washing machines, dishwashers and air conditioners) in Germany, "
            "drawing on retailer scanner data and a survey of 2,400 households. Spending on AI-enabled features "
            "reached \u20ac1.86 billion in 2024, against \u20ac0.74 billion in 2020, implying a compound annual growth "
            "rate of 27.4% over 2020-2024, or roughly 2.5 times the 2020 level. The AI segment remains modest beside the "
            "\u20ac9.1 billion German large-appliance market as a whole. Some 31% of surveyed households reported using "
            "an appliance's app at least weekly. We project the AI segment to reach \u20ac3.2 billion in 2027."
        ),
        obs=[
            ("Total", 2020, 0.74, "EUR billion", "actual"),
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Total", 2027, 3.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.4, "percent", 2020, 2024, None, "stated"),
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (1.86 / 0.74) ** (1 / 4) - 1 = 25.91%; bounds (1.855 / 0.745) ** (1/4) - 1 = 25.62%,
            # (1.865 / 0.735) ** (1/4) - 1 = 26.21% -> 27.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts): YoY with both amounts, a segment in USD million with its share, a
    #     CAGR with printed span. Expected nowhere: the post numbers, the 9.8M units shipped, the $1,199 price, the
    #     Prime Day sales.
    dict(
        text=(
            "1/ Quick thread on AI in robot vacuums, because the numbers in Halden Research's new US report surprised "
            "me.\n"
            "2/ US spending on robot vacuums' and lawn mowers' AI features (vision-based obstacle avoidance, room "
            "mapping, voice control) hit $2.14B in 2024, up 18% from $1.81B in 2023.\n"
            "3/ Obstacle-avoidance vision alone was $880M, about 41% of the total.\n"
            "4/ Halden expects $4.6B by 2028. That's a ~21% CAGR over 2024-28.\n"
            "5/ Context: 9.8M robot vacuums shipped in the US in 2024, and flagship models still sell for $1,199. Prime "
            "Day alone moved $310M of robot cleaners.\n"
            "6/ Caveat: hardware sales aren't in these numbers, only the AI software and feature premium."
        ),
        obs=[
            ("Total", 2023, 1.81, "USD billion", "actual"),
            ("Total", 2024, 2.14, "USD billion", "actual"),
            ("Obstacle-avoidance vision", 2024, 880, "USD million", "actual"),
            ("Total", 2028, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.14 / 1.81) ** (1 / 1) - 1 = 18.23% -> 18
            ("arithmetic", "exact"),  # 880 / 2140 = 41.12% -> 41
            ("cagr|implied", "exact"),  # (4.6 / 2.14) ** (1 / 4) - 1 = 21.08% -> 21
        ],
    ),
    # 24. UK web article with a correction line: YoY with both amounts, a segment's share (rounding only), a CAGR with
    #     printed span. Expected nowhere: the misprinted GBP 643 million, the 5.6 million homes, the GBP 149 doorbell
    #     price, last year's Black Friday week sales, the byline and correction dates.
    dict(
        text=(
            "Smart doorbells get smarter: UK spend on AI security features climbs\n"
            "By Hannah Cole, 12 June 2025\n"
            "British households spent \u00a3463 million on AI-powered home-security cameras and video doorbells in "
            "2024, according to consultancy Ferrowby & Lane, up 17% from \u00a3395 million a year earlier. The firm "
            "expects the market to reach \u00a3720 million in 2027, a compound 16% a year from 2024 to 2027. AI person "
            "and package detection made up \u00a3188 million of the 2024 total, or 40.5%. Around 5.6 million UK homes "
            "now have at least one connected camera, and a mid-range AI doorbell retails for about \u00a3149. "
            "Separately, Black Friday week sales of security cameras topped \u00a352 million last year.\n"
            "Correction, 13 June 2025: An earlier version of this article gave the 2024 market size as \u00a3643 "
            "million. The correct figure is \u00a3463 million."
        ),
        obs=[
            ("Total", 2023, 395, "GBP million", "actual"),
            ("Total", 2024, 463, "GBP million", "actual"),
            ("AI person and package detection", 2024, 188, "GBP million", "actual"),
            ("Total", 2027, 720, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2027, None, "stated"),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (463 / 395) ** (1 / 1) - 1 = 17.22% -> 17
            ("cagr|implied", "exact"),  # (720 / 463) ** (1 / 3) - 1 = 15.86% -> 16
            # 188 / 463 = 40.60% -> 40.6, not 40.5; bounds 187.5 / 463.5 = 40.45%, 188.5 / 462.5 = 40.76%
            # -> 40.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Japanese annual-report letter to shareholders in yen (JPY billion), fiscal years: YoY with both amounts,
    #     CAGR with printed span. Expected nowhere: the company's own net sales and their growth, its operating
    #     margin, its 30% share aim, the 9.4 million units shipped, the letter's date.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2024 was the year in which artificial intelligence moved from the showroom into the living room. "
            "By our estimate, the Japanese market for air conditioners with on-device AI, units that learn a "
            "household's routines and adjust airflow and power use on their own, grew 14% to \u00a5182 billion in "
            "fiscal 2024 from \u00a5160 billion in fiscal 2023. We expect it to reach \u00a5300 billion in fiscal 2028, "
            "a compound annual growth rate of 13% over fiscal 2024-2028. Your company's own net sales rose 6.2% to "
            "\u00a51,048 billion, and our operating margin improved to 7.9%. Our aim is to hold a 30% share of AI "
            "air-conditioner sales by fiscal 2027. Domestic shipments of room air conditioners, AI and conventional "
            "alike, were about 9.4 million units.\n"
            "Hiroshi Tanabe, President and CEO, Kasumi Electric Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 160, "JPY billion", "actual"),
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2028, 300, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 160) ** (1 / 1) - 1 = 13.75% -> 14
            ("cagr|implied", "exact"),  # (300 / 182) ** (1 / 4) - 1 = 13.31% -> 13
        ],
    ),
    # 26. US investor-day slide bullets: the company's TAM is the market (Total); 2025E and 2028E are estimates,
    #     2024 actual; CAGR with printed span. Expected nowhere: the slide number, the 41M homes, the company's
    #     revenue and 20% share target, the Series D round and valuation.
    dict(
        text=(
            "Brightnest Investor Day 2025, New York, March 12, 2025\n"
            "Slide 14: The AI home-security opportunity\n"
            "- 2024 TAM: $6.9B (U.S. AI home-security cameras, doorbells and monitoring)\n"
            "- 2025E TAM: $8.4B\n"
            "- 2028E TAM: $15.1B\n"
            "- 2025E-2028E CAGR: 21.6%\n"
            "- Installed base: 41M U.S. homes with at least one smart camera\n"
            "- Brightnest 2024 revenue: $612M; target 20% share of TAM by 2028\n"
            "- Series D (2023): $180M raised at a $2.4B valuation\n"
            "Speaker notes: growth is led by on-device person detection, package alerts and AI video search, which "
            "we expect to move from premium tiers into entry-level doorbells over the next three years."
        ),
        obs=[
            ("Total", 2024, 6.9, "USD billion", "actual"),
            ("Total", 2025, 8.4, "USD billion", "estimate"),
            ("Total", 2028, 15.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.1 / 8.4) ** (1 / 3) - 1 = 21.59% -> 21.6
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house (base, target and rate given) is the figure;
    #     the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the 38 million speakers sold, the $50 price, the 62% survey answer.
    dict(
        text=(
            "Re: How big is the smart-speaker AI services market, actually?\n"
            "Answer from ohm_sweet_ohm:\n"
            "Depends whose numbers you trust. Calder Insights puts US spending on AI voice-assistant services delivered "
            "through smart speakers (subscriptions, premium skills, voice-commerce fees) at $5.2 billion in 2024, up 21% "
            "from $4.3 billion in 2023, and forecasts $9.4 billion by 2028, a 16% CAGR over 2024-2028. Norwood Analytics "
            "is more bullish and has 2024 at $6.1 billion. Either way it's small next to the roughly 38 million smart "
            "speakers sold in the US each year at about $50 apiece. FWIW, in a survey I saw, 62% of owners only use "
            "theirs for weather and timers."
        ),
        obs=[
            ("Total", 2023, 4.3, "USD billion", "actual"),
            ("Total", 2024, 5.2, "USD billion", "actual"),
            ("Total", 2028, 9.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.2 / 4.3) ** (1 / 1) - 1 = 20.93% -> 21
            ("cagr|implied", "exact"),  # (9.4 / 5.2) ** (1 / 4) - 1 = 15.95% -> 16
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     2028 won amount, the target price and upside, the pick's margin, "about half" (a fraction in words).
    dict(
        text=(
            "Hanbit Securities, Korea Consumer Electronics, 8 April 2025\n"
            "AI appliances: from feature to default. We estimate that the Korean market for AI-enabled home appliances "
            "grew 24% year on year in 2024, and we forecast it to reach \u20a911.8 trillion in 2028, a CAGR of 17% over "
            "2024-2028. AI refrigerators account for 36% of the 2024 total, ahead of washer-dryers and air "
            "conditioners. Our top pick remains Daeseong Electronics (BUY, TP \u20a9128,000, 22% upside), whose "
            "appliance division we expect to post a 6.8% operating margin this year. AI models now make up about half "
            "of premium appliance sales, and we think the mid-range will follow within two product cycles."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share (rounding only), a 2025
    #     target figure (有望突破, printed figure). Expected nowhere: the dateline, the whole appliance industry's
    #     revenue, the 6,800万台 shipments, the Double 11 growth rate.
    dict(
        text=(
            "新华社北京2025年3月15日电(记者王立新)记者从中国智能家电产业联盟获悉,2024年我国AI家电市场规模达到1286亿元,"
            "比2023年的1075亿元增长19.6%。其中,AI冰箱市场规模为312亿元,占比24.2%,AI洗衣机和AI空调紧随其后。"
            "2024年全国家电行业主营业务收入约1.95万亿元,AI家电出货量超过6800万台。联盟预计,2025年我国AI家电市场规模"
            "有望突破1500亿元。另据统计,去年“双11”期间主要电商平台AI家电成交额同比增长35%。业内人士表示,端侧大模型"
            "正加速进入冰箱、洗衣机等白色家电,AI家电正从高端走向大众。"
        ),
        obs=[
            ("Total", 2023, 1075, "CNY 100 million", "actual"),
            ("Total", 2024, 1286, "CNY 100 million", "actual"),
            ("AI冰箱", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2025, 1500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 24.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1286 / 1075) ** (1 / 1) - 1 = 19.63% -> 19.6
            # 312 / 1286 = 24.26% -> 24.3, not 24.2; bounds 311.5 / 1286.5 = 24.21%, 312.5 / 1285.5 = 24.31%
            # -> 24.2 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified): 2024 base (actual) and a 2027 target (突破, printed figure, estimate); the
    #     CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the
    #     10亿元 revenue threshold and the 10 leading firms, the 200 demonstration communities, the 50万户 households.
    dict(
        text=(
            "《杭州市智能家居产业高质量发展行动计划(2025—2027年)》近日印发。计划提出,以AI语音交互、端侧智能白电、"
            "家庭能源管理和家用服务机器人为重点,推动智能家居产业向全屋智能升级。2024年全市AI智能家居产业规模为520亿元,"
            "到2027年突破800亿元,年均增长15%以上。计划明确,到2027年培育年营收超10亿元的龙头企业10家,建设AI智能家居"
            "示范社区200个,覆盖家庭50万户,并支持企业参与国家和行业标准制定。"
        ),
        obs=[
            ("Total", 2024, 520, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (800 / 520) ** (1 / 3) - 1 = 15.44% -> 15
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span, a part
    #     with its share. Expected nowhere: 今(20)日, the whole appliance market, the 210萬台 units, the 58% survey
    #     answer.
    dict(
        text=(
            "【台北訊】臺灣智慧生活產業研究所今(20)日發布最新調查指出,2024年台灣AI智慧家電市場規模達新台幣312億元,"
            "較2023年的268億元成長16.4%;預估2027年將達新台幣520億元,2024至2027年年複合成長率為18.6%。其中,AI空調"
            "市場規模為新台幣74億元,占比23.7%,為最大品項。研究所指出,2024年台灣家電整體市場規模約新台幣1,850億元,"
            "AI機種銷售量約210萬台;受訪消費者中有58%表示下次換購會優先考慮AI機種。研究所建議業者強化節能演算法與"
            "跨品牌聯網能力。"
        ),
        obs=[
            ("Total", 2023, 268, "TWD 100 million", "actual"),
            ("Total", 2024, 312, "TWD 100 million", "actual"),
            ("AI空調", 2024, 74, "TWD 100 million", "actual"),
            ("Total", 2027, 520, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2027, None, "stated"),
            ("share", 23.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 268) ** (1 / 1) - 1 = 16.42% -> 16.4
            ("cagr|implied", "exact"),  # (520 / 312) ** (1 / 3) - 1 = 18.56% -> 18.6
            ("arithmetic", "exact"),  # 74 / 312 = 23.72% -> 23.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2026 forecast. Expected nowhere: the report title's year, the 120 member firms, the 270萬 households,
    #     the 41% survey answer.
    dict(
        text=(
            "香港智能家居協會今日發表《2025香港智能家居市場報告》。報告指出,2024年本港AI家居保安鏡頭及智能門鐘市場規模"
            "約為18.5億港元,較2023年的15.2億港元增長21.5%。其中,智能門鐘銷售額為6.4億港元,佔整體約35%,人臉辨識及"
            "包裹偵測功能最受歡迎。協會預計,2026年市場規模將達26億港元。協會現有會員企業逾120家;報告亦提到,全港約有"
            "270萬個住戶,受訪住戶中有41%已安裝至少一部智能鏡頭。協會呼籲政府就家居鏡頭的私隱保障制定指引。"
        ),
        obs=[
            ("Total", 2023, 15.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.5, "HKD 100 million", "actual"),
            ("智能門鐘", 2024, 6.4, "HKD 100 million", "actual"),
            ("Total", 2026, 26, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (18.5 / 15.2) ** (1 / 1) - 1 = 21.71% -> 21.7, not 21.5; bounds 18.45 / 15.25 - 1 = 20.98%,
            # 18.55 / 15.15 - 1 = 22.44% -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 6.4 / 18.5 = 34.59% -> 35
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 from the post's date; the title's 破40億 yields to the
    #     more precise 42.6億; YoY with both amounts, a part with its share, a 2026 forecast. Expected nowhere: the
    #     list numbers, the Double 11 sales, the 3萬多 price, the 48萬台 units.
    dict(
        text=(
            "作者 homebot88 (掃地不求人)\n"
            "看板 E-appliance\n"
            "標題 [情報] 台灣掃地機器人AI功能市場 去年破40億\n"
            "時間 Sun Mar 9 22:15:37 2025\n"
            "看到研調機構拓景顧問的新報告,整理重點:\n"
            "1. 2024年台灣掃地機器人與割草機器人的AI功能市場(避障、建圖、語音控制)約新台幣42.6億元,2023年是35.1億元,"
            "年增21%。\n"
            "2. 其中AI避障視覺模組占15.8億元,大概37%。\n"
            "3. 報告預估2026年會到新台幣60億元。\n"
            "4. 去年雙11掃地機器人在各大電商賣了大約8.2億,旗艦機一台還是要3萬多。\n"
            "推文有人問出貨量,報告說去年全台賣了約48萬台。"
        ),
        obs=[
            ("Total", 2023, 35.1, "TWD 100 million", "actual"),
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("AI避障視覺模組", 2024, 15.8, "TWD 100 million", "actual"),
            ("Total", 2026, 60, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 35.1) ** (1 / 1) - 1 = 21.37% -> 21
            ("arithmetic", "exact"),  # 15.8 / 42.6 = 37.09% -> 37
        ],
    ),
    # 34. Broker abstract (Simplified) with a 2026 range (two value claims, no observation), a YoY without its base
    #     (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the penetration rates (9%,
    #     18%), the rating, the target price and upside, the pick's revenue growth.
    dict(
        text=(
            "辰光证券家电行业深度报告摘要(2025年5月):我们测算,2024年中国AI白电(搭载端侧AI的冰箱、洗衣机、空调)市场"
            "规模为865亿元,同比增长27%;预计2026年市场规模在1250亿—1400亿元之间,2027年有望达到1620亿元,2024—2027年"
            "复合增长率约23%。AI白电渗透率已由2022年的9%提升至2024年的18%,以旧换新补贴与端侧大模型落地是主要推动力。"
            "维持行业“推荐”评级,重点推荐美澜电器(目标价52元,上涨空间18%),其2024年营业收入同比增长11%。"
        ),
        obs=[
            ("Total", 2024, 865, "CNY 100 million", "actual"),
            ("Total", 2027, 1620, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 1250, "CNY 100 million", 2026, 2026, None),
            ("value", 1400, "CNY 100 million", 2026, 2026, None),
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1620 / 865) ** (1 / 3) - 1 = 23.26% -> 23
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a 2027 target. Expected nowhere: the company's revenue, its growth and gross margin, its share
    #     target, the 618 growth, the second quarter's figure.
    dict(
        text=(
            "澄川电器2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "问:请问管理层如何看待AI空调的市场空间?\n"
            "答(董事会秘书刘敏):根据公司测算,今年国内AI空调市场规模约为460亿元,去年为380亿元,增长约21%;到2027年"
            "有望达到700亿元。公司上半年营业收入86.3亿元,同比增长9.4%,毛利率28.1%;我们的目标是到2027年AI空调市占率"
            "达到20%。今年“618”期间公司AI空调线上销售额同比增长42%。另外,二季度国内AI空调市场规模约为128亿元,旺季"
            "效应明显。"
        ),
        obs=[
            ("Total", 2024, 380, "CNY 100 million", "actual"),
            ("Total", 2025, 460, "CNY 100 million", "estimate"),
            ("Total", 2027, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (460 / 380) ** (1 / 1) - 1 = 21.05% -> 21
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; one CAGR inconsistent, one rounding only. Expected nowhere: the table number, the
    #     source's date.
    dict(
        text=(
            "Table 3. U.S. AI smart-home market by segment, 2024 and 2029F (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI voice assistants | 3,420 | 6,150 | 12.4% |\n"
            "| AI home security | 2,860 | 6,030 | 16.1% |\n"
            "| AI energy management | 1,140 | 3,310 | 21.8% |\n"
            "| Home robots (AI features) | 1,980 | 4,470 | 17.7% |\n"
            "| Total | 9,400 | 19,960 | 16.3% |\n"
            "Source: Marlowe & Finch Consulting, March 2025. Note: 2029F figures are forecasts; segments cover AI "
            "software and feature premiums only, not device hardware."
        ),
        obs=[
            ("AI voice assistants", 2024, 3420, "USD million", "actual"),
            ("AI voice assistants", 2029, 6150, "USD million", "estimate"),
            ("AI home security", 2024, 2860, "USD million", "actual"),
            ("AI home security", 2029, 6030, "USD million", "estimate"),
            ("AI energy management", 2024, 1140, "USD million", "actual"),
            ("AI energy management", 2029, 3310, "USD million", "estimate"),
            ("Home robots (AI features)", 2024, 1980, "USD million", "actual"),
            ("Home robots (AI features)", 2029, 4470, "USD million", "estimate"),
            ("Total", 2024, 9400, "USD million", "actual"),
            ("Total", 2029, 19960, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 12.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6150 / 3420) ** (1 / 5) - 1 = 12.453% -> 12.5, not 12.4; bounds (6149.5 / 3420.5) ** (1/5) - 1 =
            # 12.448%, (6150.5 / 3419.5) ** (1/5) - 1 = 12.458% -> 12.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6030 / 2860) ** (1 / 5) - 1 = 16.09% -> 16.1
            # (3310 / 1140) ** (1 / 5) - 1 = 23.76%; bounds 23.75%, 23.78% -> 21.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (4470 / 1980) ** (1 / 5) - 1 = 17.69% -> 17.7
            ("cagr|implied", "exact"),  # (19960 / 9400) ** (1 / 5) - 1 = 16.25% -> 16.3
            ("hierarchy", "exact"),  # 2024: 3420 + 2860 + 1140 + 1980 = 9400
            ("hierarchy", "exact"),  # 2029F: 6150 + 6030 + 3310 + 4470 = 19960
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years, with a YoY column: rows add to the Total
    #     row; the washing-machine YoY is inconsistent. Expected nowhere: the exhibit number, the source's date.
    dict(
        text=(
            "Exhibit 2: Japan AI home-appliance market by category (\u00a5 billion)\n"
            "Category\tFY2023\tFY2024\tYoY\n"
            "AI refrigerators\t58.4\t66.9\t14.6%\n"
            "AI washing machines\t41.2\t47.0\t12.1%\n"
            "AI air conditioners\t96.5\t110.3\t14.3%\n"
            "AI robot vacuums\t22.5\t27.3\t21.3%\n"
            "Total\t218.6\t251.5\t15.1%\n"
            "Note: fiscal years ending March; AI models are those with on-device learning or camera recognition. "
            "Source: Kirishima Research, May 2025."
        ),
        obs=[
            ("AI refrigerators", 2023, 58.4, "JPY billion", "actual"),
            ("AI refrigerators", 2024, 66.9, "JPY billion", "actual"),
            ("AI washing machines", 2023, 41.2, "JPY billion", "actual"),
            ("AI washing machines", 2024, 47.0, "JPY billion", "actual"),
            ("AI air conditioners", 2023, 96.5, "JPY billion", "actual"),
            ("AI air conditioners", 2024, 110.3, "JPY billion", "actual"),
            ("AI robot vacuums", 2023, 22.5, "JPY billion", "actual"),
            ("AI robot vacuums", 2024, 27.3, "JPY billion", "actual"),
            ("Total", 2023, 218.6, "JPY billion", "actual"),
            ("Total", 2024, 251.5, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("growth", 14.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("growth", 15.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 66.9 / 58.4 - 1 = 14.55% -> 14.6
            # 47.0 / 41.2 - 1 = 14.08%; bounds 46.95 / 41.25 - 1 = 13.82%, 47.05 / 41.15 - 1 = 14.34% -> 12.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 110.3 / 96.5 - 1 = 14.30% -> 14.3
            ("cagr|implied", "exact"),  # 27.3 / 22.5 - 1 = 21.33% -> 21.3
            ("cagr|implied", "exact"),  # 251.5 / 218.6 - 1 = 15.05% -> 15.1
            ("hierarchy", "exact"),  # FY2023: 58.4 + 41.2 + 96.5 + 22.5 = 218.6
            ("hierarchy", "exact"),  # FY2024: 66.9 + 47.0 + 110.3 + 27.3 = 251.5
        ],
    ),
    # 38. Space-aligned UK table (GBP million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the voice-assistant share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "UK AI smart-home spending by category, 2024\n"
            "Category                                GBP million      Share\n"
            "AI voice assistants and smart speakers          412      29.9%\n"
            "AI security cameras and doorbells               463      33.7%\n"
            "AI energy management                            238      17.3%\n"
            "Robot vacuums and mowers (AI features)          167      12.2%\n"
            "AI white goods                                   94       6.8%\n"
            "Total                                         1,374     100.0%\n"
            "Note: spending on AI software, subscriptions and feature premiums, excluding device hardware. "
            "Source: Pennant Research home technology tracker, April 2025."
        ),
        obs=[
            ("AI voice assistants and smart speakers", 2024, 412, "GBP million", "actual"),
            ("AI security cameras and doorbells", 2024, 463, "GBP million", "actual"),
            ("AI energy management", 2024, 238, "GBP million", "actual"),
            ("Robot vacuums and mowers (AI features)", 2024, 167, "GBP million", "actual"),
            ("AI white goods", 2024, 94, "GBP million", "actual"),
            ("Total", 2024, 1374, "GBP million", "actual"),
        ],
        claims=[
            ("share", 29.9, "percent", 2024, 2024, None),
            ("share", 33.7, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 6.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 412 / 1374 = 29.985% -> 30.0, not 29.9; bounds 411.5 / 1374.5 = 29.94%, 412.5 / 1373.5 = 30.03%
            # -> 29.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 463 / 1374 = 33.70% -> 33.7
            ("arithmetic", "exact"),  # 238 / 1374 = 17.32% -> 17.3
            ("arithmetic", "exact"),  # 167 / 1374 = 12.15% -> 12.2
            ("arithmetic", "exact"),  # 94 / 1374 = 6.84% -> 6.8
            ("hierarchy", "exact"),  # 412 + 463 + 238 + 167 + 94 = 1374
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected
    #     nowhere: the source's date.
    dict(
        text=(
            "Australia: AI home energy management market (solar, battery and load-shifting software), 2021-2026F\n"
            "Year | USD million | YoY\n"
            "2021 | 88 | -\n"
            "2022 | 112 | 27.3%\n"
            "2023 | 141 | 25.9%\n"
            "2024 | 176 | 25.0%\n"
            "2025F | 218 | 23.9%\n"
            "2026F | 268 | 22.9%\n"
            "Note: F = forecast. Covers AI optimisation services sold to households, excluding panels, batteries and "
            "installation. Source: Southern Cross Energy Analytics, February 2025."
        ),
        obs=[
            ("Total", 2021, 88, "USD million", "actual"),
            ("Total", 2022, 112, "USD million", "actual"),
            ("Total", 2023, 141, "USD million", "actual"),
            ("Total", 2024, 176, "USD million", "actual"),
            ("Total", 2025, 218, "USD million", "estimate"),
            ("Total", 2026, 268, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2021, 2022, 1.0),
            ("growth", 25.9, "percent", 2022, 2023, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.9, "percent", 2024, 2025, 1.0),
            ("growth", 22.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112 / 88 - 1 = 27.27% -> 27.3
            ("cagr|implied", "exact"),  # 141 / 112 - 1 = 25.89% -> 25.9
            # 176 / 141 - 1 = 24.82% -> 24.8, not 25.0; bounds 175.5 / 141.5 - 1 = 24.03%, 176.5 / 140.5 - 1 = 25.62%
            # -> 25.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 218 / 176 - 1 = 23.86% -> 23.9
            ("cagr|implied", "exact"),  # 268 / 218 - 1 = 22.94% -> 22.9
        ],
    ),
    # 40. Tab-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(F) is an estimate; the 2025(F)
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表4 台灣AI智慧家庭市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t2025年(F)\n"
            "AI語音助理\t38.2\t45.6\t53.9\n"
            "AI白色家電\t118.5\t142.3\t171.8\n"
            "AI居家安全\t46.7\t55.4\t65.1\n"
            "AI能源管理\t21.9\t27.8\t34.6\n"
            "掃地機器人AI功能\t29.3\t35.1\t42.0\n"
            "合計\t254.6\t306.2\t368.9\n"
            "資料來源:寶島數位家庭研究中心,2025年4月;2025年(F)為預估值,僅計AI軟體與功能溢價,不含硬體。"
        ),
        obs=[
            ("AI語音助理", 2023, 38.2, "TWD 100 million", "actual"),
            ("AI語音助理", 2024, 45.6, "TWD 100 million", "actual"),
            ("AI語音助理", 2025, 53.9, "TWD 100 million", "estimate"),
            ("AI白色家電", 2023, 118.5, "TWD 100 million", "actual"),
            ("AI白色家電", 2024, 142.3, "TWD 100 million", "actual"),
            ("AI白色家電", 2025, 171.8, "TWD 100 million", "estimate"),
            ("AI居家安全", 2023, 46.7, "TWD 100 million", "actual"),
            ("AI居家安全", 2024, 55.4, "TWD 100 million", "actual"),
            ("AI居家安全", 2025, 65.1, "TWD 100 million", "estimate"),
            ("AI能源管理", 2023, 21.9, "TWD 100 million", "actual"),
            ("AI能源管理", 2024, 27.8, "TWD 100 million", "actual"),
            ("AI能源管理", 2025, 34.6, "TWD 100 million", "estimate"),
            ("掃地機器人AI功能", 2023, 29.3, "TWD 100 million", "actual"),
            ("掃地機器人AI功能", 2024, 35.1, "TWD 100 million", "actual"),
            ("掃地機器人AI功能", 2025, 42.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 254.6, "TWD 100 million", "actual"),
            ("合計", 2024, 306.2, "TWD 100 million", "actual"),
            ("合計", 2025, 368.9, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.2 + 118.5 + 46.7 + 21.9 + 29.3 = 254.6
            ("hierarchy", "exact"),  # 2024: 45.6 + 142.3 + 55.4 + 27.8 + 35.1 = 306.2
            # 2025(F): 53.9 + 171.8 + 65.1 + 34.6 + 42.0 = 367.4 vs 368.9; rows' bounds 367.15-367.65, total's
            # 368.85-368.95 -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eleventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 14% of the total',
    'Rival house Orsay Partners puts the 2024 market higher',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长2倍',
    '新台幣486億元',
    '億港元',
    '中央社記者陳思妤台北2025年3月6日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2025E | 478 | 18.6%',
    'Q3 2025 earnings call, October 29, 2025',
    'Working Paper No. 24/117. Abstract:',
    "2/ US spending on robot vacuums'",
    'Correction, 13 June 2025: An earlier version',
    'To our shareholders',
    '- 2025E TAM: $8.4B',
    'Norwood Analytics is more bullish and has 2024 at $6.1 billion',
    'Hanbit Securities, Korea Consumer Electronics, 8 April 2025',
    '新华社北京2025年3月15日电',
    '年均增长15%以上',
    '標題 [情報] 台灣掃地機器人AI功能市場 去年破40億',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計\t254.6\t306.2\t368.9',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 208
#: figures, 64 rates, 95 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 210, "rates_found": 65, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset211.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
