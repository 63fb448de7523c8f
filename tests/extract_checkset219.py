"""A two-hundred-and-nineteenth check set for the extractor, written blind: AI in childcare, parenting and early education:
AI baby monitors and sleep trackers, AI parenting apps and chatbots, AI tools for nurseries and kindergartens
(attendance, meal and nap logs, developmental screening), AI early-learning toys and reading companions, AI for
childcare staffing and scheduling; sized in money by childcare associations, education ministries and early-years
agencies, toy and baby-product bodies, brokers, consultancies, research houses and vendors' investor days, in the United
States, Canada, the United Kingdom, Germany, France, the Netherlands, Australia, Japan, South Korea (won only as an
aside), Singapore, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元,
億港元). Distractors a careful reader leaves out: total childcare or baby-product spending beside the AI part, numbers of
children, births, nurseries or parents, a device's price, a vendor's own revenue or margin, a subsidy per child, a
funding round and valuation, a quarter's or a shopping festival's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in childcare, parenting and early education: eight English prose
texts (a Boston wire release on AI baby monitors and sleep trackers, a Tokyo broker note in fiscal years and yen on
nursery ICT, a London briefing on nursery AI with three segments and shares, a Paris article quoting two consultancies
on parenting apps, a Toronto investor-day TAM for childcare-centre software, a Hague strategy with last-year/this-year
figures and a 2030 target, a correction notice on an Australian story with a range, a toy blog post with 'nearly 3x'),
seven Chinese prose texts (an AI early-learning hardware report, a Zhejiang plan with 力争到 and 增长3倍, a Xinhua story
quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-
dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares,
a vertical table of years with YoY, a tab-separated segment table). Left out: total childcare, baby-gear and toy
spending, births, children, nurseries, parents, device prices, per-child subsidies, funding rounds and valuations,
quarter and shopping-festival figures, survey answers, vendors' revenue, margins, bookings and share goals, won and
Australian-dollar amounts, a second house's figure, a correction's wrong range, shares in words. Inconsistent: the Paris
31% YoY, the Singapore 2023 YoY and the Canadian 2024 total. Only by rounding: the Tokyo and Taiwan CAGRs, the London
screening share, the broker's 30.1% YoY, the U.S. learning-robot row's CAGR, the 2024年 合计 and the German documentation
share.

Snippets 21-40: Twenty snippets on AI in childcare, parenting and early education, numbered 21-40: eight English prose
pieces (a US earnings-call answer sizing a TAM for AI baby monitors with 'this year' and 'last year' read from the
call's date, a German discussion-paper abstract on AI developmental screening in Kitas, a numbered social-media thread
on US AI parenting apps whose 2023 figure in millions is converted to the series' billions, a UK web article on nursery
software with a correction line, a Japanese annual-report letter in yen and fiscal years, Paris investor-day slide
bullets on AI reading companions, a forum answer quoting two research houses on AI rostering whose 2029 figure in
billions is converted to millions, and a Korean broker note in won that gives claims but no observations), seven Chinese
prose pieces (a Xinhua-style release, a Hangzhou plan in 万元 whose 1.6亿元 target is converted, a Taipei research release,
a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2026 range, a results-briefing transcript)
and five tables (markdown with a CAGR column, tab-separated yen with a YoY column, space-aligned euros with a share
column, a vertical table of years, a Traditional Chinese table with a 合計 row). Left out everywhere: total childcare,
baby-product and day-care budgets, births, children, nurseries, educators and households, device and subscription
prices, subsidies per child, funding rounds and valuations, companies' own revenue, margins and share targets, quarter,
Black Friday, 双十一 and 618 figures, survey percentages, a fraction in words, a second house's figure and a corrected
misprint. Inconsistent: the discussion paper's 36.2% CAGR, the nursery-management CAGR in the markdown table, the
developmental-screening YoY in the yen table and the Taiwan table's 2025 合計. Holding only by rounding: the call's 18.2%
CAGR, the UK article's 35.4% share, the Xinhua 35.5% share, the Hong Kong 19.4% growth, the staffing CAGR in the
markdown table, the 13.5% reading-companion share in the French table and the Singapore table's 2024 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Boston wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 2,050 parents surveyed, the $14.8 billion spent on baby gear overall, the
    #    3.6 million births, the $299 monitor price, the 68% survey answer.
    dict(
        text=(
            "BOSTON, March 11, 2025 /PRNewswire/ -- American households spent $402 million on AI-enabled baby "
            "monitors, smart bassinets and infant sleep trackers in 2024, up 26% from $318 million in 2023, according "
            "to the 2025 Connected Nursery Report released today by Harborline Family Insights. The firm, which "
            "surveyed 2,050 new parents, projects spending of $1.6 billion by 2031, a compound annual growth rate of "
            "21.8% from 2024 to 2031. Parents spent roughly $14.8 billion on baby gear of all kinds last year, and "
            "about 3.6 million babies were born in the country in 2024. A flagship camera-and-breathing-sensor monitor "
            "retails for around $299, and 68% of surveyed parents said they check their baby's sleep data at least "
            "once a night."
        ),
        obs=[
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 402, "USD million", "actual"),
            ("Total", 2031, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (402 / 318) ** (1 / 1) - 1 = 26.42% -> 26
            ("cagr|implied", "exact"),  # (1600 / 402) ** (1 / 7) - 1 = 21.81% -> 21.8
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "roughly 22%" where the amounts give 21.44%. Expected nowhere: the dateline, the
    #    ¥37,000 monthly subsidy per child, Korean daycare spending in won, the covered firm's sales, growth, margin,
    #    target price and upside, the 11,800 and 39,000 nurseries.
    dict(
        text=(
            "Tokyo, 2 June 2025. Japan Childcare Services, sector note. We size the domestic market for AI and IoT "
            "tools in licensed nurseries (nap-check breathing sensors, attendance and digital contact-book apps, AI "
            "shift rostering) at ¥14.2 billion in FY2024 (year to March 2025) and forecast ¥37.5 billion by FY2029e, "
            "a CAGR of roughly 22%. Subsidies remain the swing factor: families using unlicensed care can claim about "
            "¥37,000 a month per child. Korean daycare centres, by our count, spend around ₩95 billion on comparable "
            "tools. Our top pick, Kodomori Systems (Buy, TP ¥2,480, 31% upside), grew FY2024 sales 19% to ¥6.1 "
            "billion at an 18.2% operating margin and now serves about 11,800 of Japan's roughly 39,000 nurseries."
        ),
        obs=[
            ("Total", 2024, 14.2, "JPY billion", "actual"),
            ("Total", 2029, 37.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (37.5 / 14.2) ** (1 / 5) - 1 = 21.44% -> 21, not 22; bounds (37.45 / 14.25) ** (1/5) - 1 = 21.32%,
            # (37.55 / 14.15) ** (1/5) - 1 = 21.55% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (the screening share of
    #    "about 20%" holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 410 settings interviewed, the £11.2 billion spent on early education and
    #    childcare overall, the 61,000 registered providers.
    dict(
        text=(
            "LONDON, 16 September 2025 - Nurseries, pre-schools and childminder agencies in England spent £186 "
            "million on AI tools in 2024, according to a briefing from the Early Years Technology Observatory. "
            "Digital learning journals with AI observation tagging took the biggest slice, £79 million or 42%, "
            "followed by AI staff rostering and ratio planning at £58 million (31%). AI developmental screening "
            "came to £36 million, about 20% of the total. The observatory, which interviewed 410 settings, expects "
            "spending to reach £0.52 billion in 2029. Families and government together spent some £11.2 billion on "
            "early education and childcare in England last year, and the sector counts roughly 61,000 registered "
            "providers."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Digital learning journals with AI observation tagging", 2024, 79, "GBP million", "actual"),
            ("AI staff rostering and ratio planning", 2024, 58, "GBP million", "actual"),
            ("AI developmental screening", 2024, 36, "GBP million", "actual"),
            ("Total", 2029, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 79 / 186 = 42.47% -> 42
            ("arithmetic", "exact"),  # 58 / 186 = 31.18% -> 31
            # 36 / 186 = 19.35% -> 19, not 20; bounds 35.5 / 186.5 = 19.03%, 36.5 / 185.5 = 19.68% -> 20 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Paris article quoting two consultancies: the first's base, target and rate are the snippet's; its 2028
    #    figure printed in billions is expected in EUR million (the series' unit); its "up 31%" is inconsistent.
    #    Expected nowhere: Caravelle Études' €121 million for 2024, the 663,000 births, the €184 monthly allowance
    #    per child, the 62% survey answer.
    dict(
        text=(
            "PARIS, 10 July 2025 - France's market for AI parenting apps and chatbots, from night-feed coaches to "
            "symptom checkers and bedtime-routine assistants, reached €138 million in 2024, up 31% from €112 million "
            "in 2023, according to the Lyon consultancy Rhône Insight. It expects the market to reach €0.31 billion in "
            "2028, a compound annual growth rate of 22.4% between 2024 and 2028. Rival house Caravelle Études puts the "
            "2024 market lower, at €121 million, because it counts only paid subscriptions. France recorded about "
            "663,000 births last year, the basic family allowance pays roughly €184 a month per child, and 62% of "
            "parents polled by Rhône said they had asked a chatbot about their baby's sleep."
        ),
        obs=[
            ("Total", 2023, 112, "EUR million", "actual"),
            ("Total", 2024, 138, "EUR million", "actual"),
            ("Total", 2028, 310, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (138 / 112) ** (1 / 1) - 1 = 23.21% -> 23, not 31; bounds 137.5 / 112.5 - 1 = 22.22%,
            # 138.5 / 111.5 - 1 = 24.22% -> 31 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (310 / 138) ** (1 / 4) - 1 = 22.43% -> 22.4
        ],
    ),
    # 5. Investor-day transcript (Toronto): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the company's revenue and gross
    #    margin, its 25% share goal, the 14,000 centres served, the third quarter's bookings.
    dict(
        text=(
            "Brightnest Technologies Investor Day, Toronto, September 23, 2025 - transcript excerpt. Dana Whitfield, "
            "chief executive: \"Let me frame the opportunity. We size the total addressable market for AI operations "
            "software for childcare centres in the U.S. and Canada, meaning enrolment, attendance, ratio-compliant "
            "staff scheduling and parent messaging, at $2.4 billion in 2024, and we see it reaching $5.8 billion by "
            "2030. That's roughly a 16% CAGR from 2024 to 2030. We booked $186 million of revenue last year at a 74% "
            "gross margin, we serve about 14,000 centres, and our goal is a 25% share of that market by 2030. "
            "Third-quarter bookings came in at $52 million.\""
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 5.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 2.4) ** (1 / 6) - 1 = 15.84% -> 16
        ],
    ),
    # 6. The Hague national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target
    #    printed in billions expected converted to EUR million. Expected nowhere: the €18 million pilot fund and its
    #    120 locations, the €10.25 hourly allowance ceiling, the 8,600 childcare locations, the 54% survey answer.
    dict(
        text=(
            "THE HAGUE, 4 February 2025 - The Early Childhood Digital Agenda published today by the Netherlands "
            "Youth and Childcare Agency estimates that Dutch childcare organisations spent €41 million on AI for "
            "staff planning, parent communication and child-development monitoring last year, and expects €52 "
            "million this year, a rise of about 27%. The agenda sets a target of €0.15 billion by 2030. It earmarks "
            "€18 million for 120 pilot locations, while the childcare allowance stays capped at €10.25 per child per "
            "hour. The country has some 8,600 day-care locations, and 54% of parents in a survey for the agency said "
            "they would welcome AI-written daily reports."
        ),
        obs=[
            ("Total", 2024, 41, "EUR million", "actual"),
            ("Total", 2025, 52, "EUR million", "estimate"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52 / 41) ** (1 / 1) - 1 = 26.83% -> 27
        ],
    ),
    # 7. Correction notice on an Australian story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$410-480 million,
    #    the Australian-dollar amount (no unit in the table), the A$14 billion subsidy bill, the 1.4 million children;
    #    the range is expected once though printed twice.
    dict(
        text=(
            "Correction, October 2, 2025: An earlier version of this article misstated the 2030 forecast. Southern "
            "Cross Early Learning Research expects Australia's market to reach US$310 million to US$380 million in "
            "2030, not US$410 million to US$480 million.\n"
            "Australia's market for AI in early childhood education and care, from developmental-screening apps to "
            "educator rostering and AI storytelling companions, was worth US$126 million in 2024, according to "
            "Southern Cross Early Learning Research, a Brisbane firm. It expects the market to reach US$310 million "
            "to US$380 million in 2030 as more centres digitise their records. In local currency the 2024 market came "
            "to roughly A$191 million. The federal government's childcare subsidy bill tops A$14 billion a year, and "
            "some 1.4 million children attend approved care."
        ),
        obs=[
            ("Total", 2024, 126, "USD million", "actual"),
        ],
        claims=[
            ("value", 310, "USD million", 2030, 2030, None),
            ("value", 380, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Toy-industry blog post (Germany): "nearly 3x" between 2022 and 2024 is a multiple x3 over 2 years (no
    #    verdict). Expected nowhere: the €4.6 billion toy market, the €149 reading-robot price, the start-up's
    #    funding round and valuation, the Black Friday week's 45% jump, the 677,000 births.
    dict(
        text=(
            "Spielzeug & Code, a toy-industry blog, June 3, 2025 - Why the bedtime story now talks back. German "
            "parents spent €58 million on AI early-learning toys and reading companions in 2022; by 2024 those sales "
            "had grown nearly 3x to €171 million, according to Spielwerk Marktforschung. That is still a sliver of "
            "the €4.6 billion German toy market. A talking reading robot sells for about €149, and the Hamburg "
            "start-up Lesefuchs raised €22 million in April at a €140 million valuation. During Black Friday week, "
            "sales of smart toys jumped 45%. Germany counted roughly 677,000 births in 2024."
        ),
        obs=[
            ("Total", 2022, 58, "EUR million", "actual"),
            ("Total", 2024, 171, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI绘本伴读机) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 954万 births, the 约2,900万 infants
    #    under three, the 双十一 sales growth, the 58% survey answer.
    dict(
        text=(
            "《2025中国智能早教产业发展报告》近日在杭州发布。报告显示，2024年我国AI早教硬件（早教机器人、AI绘本伴读机、"
            "智能学习玩具等）市场规模达到126.4亿元，同比增长23.8%，2023年为102.1亿元。其中，AI绘本伴读机市场规模为"
            "38.7亿元，占比30.6%，是增长最快的细分品类。报告预计，到2029年我国AI早教硬件市场规模将达到318亿元，"
            "2024—2029年复合增长率为20.3%。报告同时指出，2024年全国出生人口954万，0至3岁婴幼儿约2,900万；去年“双十一”"
            "期间，AI早教机器人销售额同比增长41%。受访家长中，58%表示愿意为AI伴读功能支付溢价。"
        ),
        obs=[
            ("Total", 2023, 102.1, "CNY 100 million", "actual"),
            ("Total", 2024, 126.4, "CNY 100 million", "actual"),
            ("AI绘本伴读机", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2029, 318, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("share", 30.6, "percent", 2024, 2024, None),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (126.4 / 102.1) ** (1 / 1) - 1 = 23.80% -> 23.8
            ("arithmetic", "exact"),  # 38.7 / 126.4 = 30.62% -> 30.6
            ("cagr|implied", "exact"),  # (318 / 126.4) ** (1 / 5) - 1 = 20.26% -> 20.3
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (突破, expected at its printed figure, an estimate) and 较2023年增长3倍 kept as a multiple x3 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 5.5 places per thousand people, the 3,000元 subsidy
    #     per place, the 6,000 childcare institutions.
    dict(
        text=(
            "浙江省卫生健康委等六部门日前联合印发《浙江省“AI+托育”服务提升行动方案（2025—2027年）》。方案显示，2023年"
            "全省托育机构智能化服务（含AI晨检、智能看护、膳食与午睡记录、成长发育评估等）市场规模为12.6亿元，2024年"
            "达到16.1亿元，同比增长27.8%。方案提出，力争到2027年全省相关市场规模突破50亿元，较2023年增长3倍；每千人口"
            "拥有3岁以下婴幼儿托位数达到5.5个，对普惠托育机构按每个托位每年3,000元给予运营补助。目前全省备案托育机构"
            "超过6,000家。"
        ),
        obs=[
            ("Total", 2023, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 16.1, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.1 / 12.6) ** (1 / 1) - 1 = 27.78% -> 27.8
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 启明数据研究所's 63亿元 for 2024, the forum's title
    #     year, the 六一 week's 35% sales jump, the 约3,000万 infants, the 62% survey answer.
    dict(
        text=(
            "新华社北京6月3日电（记者 周雨桐）记者从日前举行的2025婴幼儿照护服务创新论坛上获悉，据国家婴幼儿照护数字化"
            "研究院测算，2024年我国AI婴儿监护设备（智能看护摄像头、睡眠监测带、智能哄睡床等）市场规模为58.3亿元，比2023年"
            "的45.6亿元增长27.9%，预计2025年将达到72亿元。另据启明数据研究所统计，2024年这一市场规模约为63亿元。今年"
            "“六一”前后一周，主要电商平台智能看护设备销售额同比增长35%。目前我国0至3岁婴幼儿约3,000万名，调查显示62%的"
            "新手父母使用过AI育儿助手。"
        ),
        obs=[
            ("Total", 2023, 45.6, "CNY 100 million", "actual"),
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("Total", 2025, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.3 / 45.6) ** (1 / 1) - 1 = 27.85% -> 27.9
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the 13.5萬
    #     newborns, the 6,400所 kindergartens, the 5,000元 monthly allowance per child, 約占四成 (a share in words),
    #     the 61% survey answer.
    dict(
        text=(
            "財團法人台灣幼教科技研究院發布《2025台灣智慧托育白皮書》指出，2024年台灣AI托育與幼教科技（含幼兒園AI出缺勤"
            "與接送管理、AI膳食與午睡紀錄、AI發展篩檢及AI伴讀玩具）市場規模為新台幣21.6億元，較2023年的17.4億元成長"
            "24.1%。白皮書預估，2029年市場規模可達新台幣58億元，2024至2029年年均複合成長率約21.9%。其中幼兒園管理系統"
            "約占四成。白皮書也指出，2024年全台新生兒僅約13.5萬人，幼兒園約6,400所，政府對0至2歲幼兒每月發放育兒津貼"
            "5,000元；受訪幼兒園中有61%計畫在兩年內導入AI工具。"
        ),
        obs=[
            ("Total", 2023, 17.4, "TWD 100 million", "actual"),
            ("Total", 2024, 21.6, "TWD 100 million", "actual"),
            ("Total", 2029, 58, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.6 / 17.4) ** (1 / 1) - 1 = 24.14% -> 24.1
            # (58 / 21.6) ** (1 / 5) - 1 = 21.84% -> 21.8, not 21.9; bounds (57.5 / 21.65) ** (1/5) - 1 = 21.57%,
            # (58.5 / 21.55) ** (1/5) - 1 = 22.11% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.8億港元 expected at its printed figure; YoY
    #     and CAGR exact. Expected nowhere: the 3.3萬 babies born, the 1,050所 kindergartens, the 約七成 parents (a
    #     share in words and a survey), the start-up's 1,500萬港元 funding round.
    dict(
        text=(
            "香港幼兒教育科技協會昨日發表報告指出，2024年本港幼稚園及幼兒中心的AI應用（包括AI出席及接送管理、智能健康"
            "晨檢及AI伴讀機械人）市場規模約3.8億港元，較2023年的3.1億港元增長22.6%。報告預計，2028年市場規模將增至8.2億"
            "港元，2024至2028年年均複合增長率約21.2%。報告又指，去年本港出生嬰兒約3.3萬名，全港約有1,050所幼稚園，約七成"
            "受訪家長希望學校以應用程式每日匯報子女情況。本地初創公司童智科技上月完成1,500萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2028, 8.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 22.6
            ("cagr|implied", "exact"),  # (8.2 / 3.8) ** (1 / 4) - 1 = 21.20% -> 21.2
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's 2.4億元, the
    #     leading brand's own revenue and gross margin, the 6,990元 monitor price, the 13.5萬 newborns.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月14日電）市調機構恆睿顧問今天指出，去年台灣AI育兒App與嬰兒智慧監視器市場規模約"
            "新台幣9.6億元，今年在AI哭聲辨識與睡眠分析功能普及帶動下，可望成長25%至12億元。不過今年第一季市場規模僅約"
            "新台幣2.4億元。國內監視器品牌龍頭安寶科技去年營收新台幣4.2億元，毛利率約38%，主力機種售價約新台幣6,990元。"
            "內政部統計，去年全台新生兒約13.5萬人。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2025, 12, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.6) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 30.1% YoY that holds only by rounding; the 2027
    #     range 150亿—180亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     firm's revenue, gross margin, rating and target price, its second-quarter orders, the 双十一 GMV.
    dict(
        text=(
            "中衡证券研究所2025年9月深度报告《AI育儿：从智能看护到陪伴机器人》。我们测算，2024年国内AI育儿陪伴与智能看护"
            "市场规模为74.2亿元，同比增长30.1%，2023年为57.1亿元。随着多模态大模型进入儿童陪伴场景，我们预计2027年市场"
            "规模将达到150亿—180亿元。行业龙头小芽智能2024年营收13.8亿元，毛利率46%，给予“买入”评级，目标价68元；今年"
            "二季度公司新签渠道订单同比增长57%。去年“双十一”期间，AI陪伴机器人全网成交额约9.3亿元。"
        ),
        obs=[
            ("Total", 2023, 57.1, "CNY 100 million", "actual"),
            ("Total", 2024, 74.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
            ("value", 180, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (74.2 / 57.1) ** (1 / 1) - 1 = 29.95% -> 29.9, not 30.1; bounds 74.15 / 57.15 - 1 = 29.75%,
            # 74.25 / 57.05 - 1 = 30.15% -> 30.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (U.S. early learning, USD million) with a CAGR 2024-30 column and a Total row: each row's
    #     CAGR is stated (span in the header); the learning-robot row's 17.0% holds only by rounding; rows add to the
    #     Total in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. U.S. AI early-learning products by category (USD million)\n"
            "| Category | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI reading companions | 212 | 604 | 19.1% |\n"
            "| AI learning robots and smart toys | 178 | 455 | 17.0% |\n"
            "| AI tutoring apps for ages 2-6 | 134 | 421 | 21.0% |\n"
            "| Total | 524 | 1480 | 18.9% |\n"
            "Source: Maplestone Family Research, Early Learning Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI reading companions", 2024, 212, "USD million", "actual"),
            ("AI reading companions", 2030, 604, "USD million", "estimate"),
            ("AI learning robots and smart toys", 2024, 178, "USD million", "actual"),
            ("AI learning robots and smart toys", 2030, 455, "USD million", "estimate"),
            ("AI tutoring apps for ages 2-6", 2024, 134, "USD million", "actual"),
            ("AI tutoring apps for ages 2-6", 2030, 421, "USD million", "estimate"),
            ("Total", 2024, 524, "USD million", "actual"),
            ("Total", 2030, 1480, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (604 / 212) ** (1 / 6) - 1 = 19.06% -> 19.1
            # (455 / 178) ** (1 / 6) - 1 = 16.93% -> 16.9, not 17.0; bounds (454.5 / 178.5) ** (1/6) - 1 = 16.86%,
            # (455.5 / 177.5) ** (1/6) - 1 = 17.01% -> 17.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (421 / 134) ** (1 / 6) - 1 = 21.02% -> 21.0
            ("cagr|implied", "exact"),  # (1480 / 524) ** (1 / 6) - 1 = 18.89% -> 18.9
            ("hierarchy", "exact"),  # 2024: 212 + 178 + 134 = 524
            ("hierarchy", "exact"),  # 2030F: 604 + 455 + 421 = 1480
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国托育机构AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI晨检与健康监测\t3.8\t5.1\t6.7\n"
            "智能膳食与午睡记录\t2.9\t3.7\t4.8\n"
            "AI考勤与接送管理\t4.6\t5.8\t7.2\n"
            "成长发育评估\t1.7\t2.4\t3.3\n"
            "合计\t13.0\t17.1\t22.0\n"
            "资料来源：婴幼儿照护数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("AI晨检与健康监测", 2023, 3.8, "CNY 100 million", "actual"),
            ("AI晨检与健康监测", 2024, 5.1, "CNY 100 million", "actual"),
            ("AI晨检与健康监测", 2025, 6.7, "CNY 100 million", "estimate"),
            ("智能膳食与午睡记录", 2023, 2.9, "CNY 100 million", "actual"),
            ("智能膳食与午睡记录", 2024, 3.7, "CNY 100 million", "actual"),
            ("智能膳食与午睡记录", 2025, 4.8, "CNY 100 million", "estimate"),
            ("AI考勤与接送管理", 2023, 4.6, "CNY 100 million", "actual"),
            ("AI考勤与接送管理", 2024, 5.8, "CNY 100 million", "actual"),
            ("AI考勤与接送管理", 2025, 7.2, "CNY 100 million", "estimate"),
            ("成长发育评估", 2023, 1.7, "CNY 100 million", "actual"),
            ("成长发育评估", 2024, 2.4, "CNY 100 million", "actual"),
            ("成长发育评估", 2025, 3.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 13.0, "CNY 100 million", "actual"),
            ("合计", 2024, 17.1, "CNY 100 million", "actual"),
            ("合计", 2025, 22.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.8 + 2.9 + 4.6 + 1.7 = 13.0
            # 2024: 5.1 + 3.7 + 5.8 + 2.4 = 17.0, not 17.1; bounds 16.8..17.2 (each part +/-0.05)
            # reach 17.05..17.15 -> 17.1 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 6.7 + 4.8 + 7.2 + 3.3 = 22.0
        ],
    ),
    # 18. Space-aligned table (Germany, EUR million, 2024) with a share column and a Total row: four shares (the
    #     documentation row's 36.1% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 3.9 million children in day care.
    dict(
        text=(
            "Germany: AI in Kitas and day nurseries, spending by application, 2024\n"
            "Application                                    EUR m      Share\n"
            "AI observation and development documentation    31.4      36.1%\n"
            "AI staff rostering and ratio planning            24.7      28.5%\n"
            "AI parent communication and daily logs           18.2      21.0%\n"
            "AI language-development screening                12.5      14.4%\n"
            "Total                                            86.8     100.0%\n"
            "Note 4: some 3.9 million children attend day care. Source: Rheinau Institut für Frühe Bildung."
        ),
        obs=[
            ("AI observation and development documentation", 2024, 31.4, "EUR million", "actual"),
            ("AI staff rostering and ratio planning", 2024, 24.7, "EUR million", "actual"),
            ("AI parent communication and daily logs", 2024, 18.2, "EUR million", "actual"),
            ("AI language-development screening", 2024, 12.5, "EUR million", "actual"),
            ("Total", 2024, 86.8, "EUR million", "actual"),
        ],
        claims=[
            ("share", 36.1, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 21.0, "percent", 2024, 2024, None),
            ("share", 14.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 31.4 / 86.8 = 36.175% -> 36.2, not 36.1; bounds 31.35 / 86.85 = 36.097%, 31.45 / 86.75 = 36.254%
            # -> 36.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 24.7 / 86.8 = 28.46% -> 28.5
            ("arithmetic", "exact"),  # 18.2 / 86.8 = 20.97% -> 21.0
            ("arithmetic", "exact"),  # 12.5 / 86.8 = 14.40% -> 14.4
            ("hierarchy", "exact"),  # 31.4 + 24.7 + 18.2 + 12.5 = 86.8
        ],
    ),
    # 19. Vertical table (Singapore) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 34.1% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "Singapore: AI tools in preschools and infant-care centres\n"
            "Year | USD million | YoY\n"
            "2021 | 18.4 | -\n"
            "2022 | 24.1 | 31.0%\n"
            "2023 | 31.6 | 34.1%\n"
            "2024 | 40.2 | 27.2%\n"
            "2025E | 50.3 | 25.1%\n"
            "Source: Lion City Early Years Research, preschool technology tracker, April 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 24.1, "USD million", "actual"),
            ("Total", 2023, 31.6, "USD million", "actual"),
            ("Total", 2024, 40.2, "USD million", "actual"),
            ("Total", 2025, 50.3, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2021, 2022, 1.0),
            ("growth", 34.1, "percent", 2022, 2023, 1.0),
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.1 / 18.4) ** (1 / 1) - 1 = 30.98% -> 31.0
            # (31.6 / 24.1) ** (1 / 1) - 1 = 31.12% -> 31.1, not 34.1; bounds 31.55 / 24.15 - 1 = 30.64%,
            # 31.65 / 24.05 - 1 = 31.60% -> 34.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (40.2 / 31.6) ** (1 / 1) - 1 = 27.22% -> 27.2
            ("cagr|implied", "exact"),  # (50.3 / 40.2) ** (1 / 1) - 1 = 25.12% -> 25.1
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (169 printed, 159 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     note on currency conversion.
    dict(
        text=(
            "Canada: AI spending by licensed childcare centres, by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI staff scheduling and ratio compliance\t46\t58\t72\n"
            "AI parent communication and daily logs\t38\t47\t57\n"
            "AI enrolment and waitlist management\t27\t33\t41\n"
            "AI developmental screening\t15\t21\t28\n"
            "Total\t126\t169\t198\n"
            "Source: Northbay Childcare Systems Tracker; figures converted from Canadian dollars at average annual rates."
        ),
        obs=[
            ("AI staff scheduling and ratio compliance", 2023, 46, "USD million", "actual"),
            ("AI staff scheduling and ratio compliance", 2024, 58, "USD million", "actual"),
            ("AI staff scheduling and ratio compliance", 2025, 72, "USD million", "estimate"),
            ("AI parent communication and daily logs", 2023, 38, "USD million", "actual"),
            ("AI parent communication and daily logs", 2024, 47, "USD million", "actual"),
            ("AI parent communication and daily logs", 2025, 57, "USD million", "estimate"),
            ("AI enrolment and waitlist management", 2023, 27, "USD million", "actual"),
            ("AI enrolment and waitlist management", 2024, 33, "USD million", "actual"),
            ("AI enrolment and waitlist management", 2025, 41, "USD million", "estimate"),
            ("AI developmental screening", 2023, 15, "USD million", "actual"),
            ("AI developmental screening", 2024, 21, "USD million", "actual"),
            ("AI developmental screening", 2025, 28, "USD million", "estimate"),
            ("Total", 2023, 126, "USD million", "actual"),
            ("Total", 2024, 169, "USD million", "actual"),
            ("Total", 2025, 198, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 46 + 38 + 27 + 15 = 126
            # 2024: 58 + 47 + 33 + 21 = 159, not 169; bounds 157..161 (each part +/-0.5) miss 168.5..169.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 72 + 57 + 41 + 28 = 198
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the
    #     quarter's revenue, the gross margin, the $299 camera price, the 3.6 million births.
    dict(
        text=(
            "Lullnest Inc. Q1 2025 earnings call, May 7, 2025 - Q&A\n"
            "Analyst (Dana Whitcombe, Larchmont Securities): How do you size the opportunity in AI infant monitoring?\n"
            "CEO Marisol Vega: We put the total addressable market for AI baby monitors, smart bassinets and sleep "
            "trackers in the US and Canada at about $2.3 billion this year, up about 18% from $1.95 billion last year. "
            "We see it reaching $4.4 billion by 2029, roughly 18.2% a year compounded from 2025 to 2029. On our own "
            "numbers, first-quarter revenue was $61 million at a 48% gross margin, and our flagship camera sells for "
            "$299. With about 3.6 million births a year in the US alone, we think the category is still early."
        ),
        obs=[
            ("Total", 2024, 1.95, "USD billion", "actual"),
            ("Total", 2025, 2.3, "USD billion", "estimate"),
            ("Total", 2029, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 18.2, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.3 / 1.95) ** (1 / 1) - 1 = 17.95% -> 18
            # (4.4 / 2.3) ** (1 / 4) - 1 = 17.61% -> 17.6, not 18.2; bounds (4.35 / 2.35) ** (1/4) - 1 = 16.64%,
            # (4.45 / 2.25) ** (1/4) - 1 = 18.59% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. German discussion-paper abstract (EUR million): a multiple over four years ("more than threefold", x3, no
    #     verdict) and a CAGR with printed span that the amounts cannot give (inconsistent); a 2028 projection.
    #     Expected nowhere: the paper number, the 212 youth-welfare offices, the EUR 41 billion day-care budget, the
    #     60,000 centres and 3.9 million children, the 44% survey answer.
    dict(
        text=(
            "Rhein-Ruhr Institute for Early Childhood Economics, Discussion Paper No. 37/2025. Abstract: We estimate "
            "German spending on AI-assisted developmental screening and observation-documentation tools in day-care "
            "centres (Kitas), drawing on procurement records from 212 youth-welfare offices and a survey of centre "
            "heads. Spending rose from \u20ac18 million in 2020 to \u20ac57 million in 2024, more than threefold, which "
            "we report as a compound annual growth rate of 36.2% over 2020-2024. The sums remain tiny beside the roughly "
            "\u20ac41 billion that public budgets devote to child day care each year, across some 60,000 centres "
            "looking after 3.9 million children. Of the centre heads surveyed, 44% named documentation duties as their "
            "main reason for adopting the tools. Under current funding rules, we project spending of \u20ac120 million "
            "in 2028."
        ),
        obs=[
            ("Total", 2020, 18, "EUR million", "actual"),
            ("Total", 2024, 57, "EUR million", "actual"),
            ("Total", 2028, 120, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 36.2, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            # (57 / 18) ** (1 / 4) - 1 = 33.40%; bounds (56.5 / 18.5) ** (1/4) - 1 = 32.20%,
            # (57.5 / 17.5) ** (1/4) - 1 = 34.63% -> 36.2 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI parenting apps and chatbots: YoY with both amounts, the 2023
    #     figure printed as $870M and expected converted to the series' unit (USD billion, 0.87); a segment in USD
    #     million with its share; a CAGR with printed span. Expected nowhere: the post numbers, the 3.6M births, the
    #     $14.99 plan price, the Series B round and valuation, the 61% poll answer.
    dict(
        text=(
            "1/ Quick thread on AI parenting apps, because Harborview Kids Research just dropped its US sizing and "
            "it's bigger than I thought.\n"
            "2/ US parents spent $1.12B on AI parenting apps and chatbots in 2024 (subscriptions plus in-app "
            "purchases), up 29% from $870M in 2023.\n"
            "3/ AI sleep-coaching apps were the biggest slice: $410M, ~37% of the total.\n"
            "4/ Harborview's forecast: $2.6B by 2029, an ~18% CAGR over 2024-29.\n"
            "5/ For scale: ~3.6M US births a year, and a typical premium plan runs $14.99 a month.\n"
            "6/ One feeding-and-sleep chatbot startup just raised a $38M Series B at a $310M valuation. In "
            "Harborview's poll, 61% of parents said they had asked a chatbot a health question about their kid."
        ),
        obs=[
            ("Total", 2023, 0.87, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("AI sleep-coaching apps", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1120 / 870) ** (1 / 1) - 1 = 28.74% -> 29
            ("arithmetic", "exact"),  # 410 / 1120 = 36.61% -> 37
            ("cagr|implied", "exact"),  # (2.6 / 1.12) ** (1 / 5) - 1 = 18.35% -> 18
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a segment's share (rounding
    #     only), a CAGR with printed span. Expected nowhere: the misprinted GBP 164 million, the GBP 8 an hour funded
    #     rate, the 1.5 million children, the Black Friday sales rise, the byline and correction dates.
    dict(
        text=(
            "Nursery software gets smarter: AI tools spread through early-years settings\n"
            "By Priya Calder, 14 April 2025\n"
            "Nurseries, pre-schools and childminders in the UK spent \u00a3146 million on AI-assisted management "
            "software, covering digital registers, meal and nap logs and automated parent updates, in 2024, up 17% from "
            "\u00a3125 million in 2023, according to early-years consultancy Ashby Lane Partners. AI observation and "
            "learning-journal tools accounted for \u00a352 million of that, or 35.4%. The firm expects the market to "
            "reach \u00a3265 million by 2028, a compound rate of about 16.1% a year over 2024-2028. The funded-hours "
            "offer now pays providers around \u00a38 an hour for a three-year-old's place, and some 1.5 million "
            "children attend group-based settings. Over the Black Friday weekend, sales of AI baby monitors at one "
            "high-street chain rose 40%.\n"
            "Correction, 16 April 2025: An earlier version of this article gave the 2024 market as \u00a3164 million. "
            "The correct figure is \u00a3146 million."
        ),
        obs=[
            ("Total", 2023, 125, "GBP million", "actual"),
            ("Total", 2024, 146, "GBP million", "actual"),
            ("AI observation and learning-journal tools", 2024, 52, "GBP million", "actual"),
            ("Total", 2028, 265, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 35.4, "percent", 2024, 2024, None),
            ("cagr", 16.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (146 / 125) ** (1 / 1) - 1 = 16.80% -> 17
            # 52 / 146 = 35.62% -> 35.6, not 35.4; bounds 51.5 / 146.5 = 35.15%, 52.5 / 145.5 = 36.08%
            # -> 35.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (265 / 146) ** (1 / 4) - 1 = 16.07% -> 16.1
        ],
    ),
    # 25. Japanese childcare-services group's annual-report letter to shareholders in yen (JPY billion), fiscal
    #     years: YoY with both amounts, CAGR with printed span. Expected nowhere: the company's net sales and their
    #     growth, its 30% share target, the 686,000 births, the 39,000 facilities, the date.
    dict(
        text=(
            "To our shareholders\n"
            "In fiscal 2024, artificial intelligence became part of the daily routine at the nurseries we serve. By "
            "our estimate, the Japanese market for AI childcare-facility systems, covering attendance and pick-up "
            "records, nap-time breathing and posture sensors, meal and allergy logs and automated contact books for "
            "parents, grew 16.9% to \u00a544.9 billion in fiscal 2024 from \u00a538.4 billion in fiscal 2023. We "
            "expect it to reach \u00a592 billion in fiscal 2029, a compound annual growth rate of 15.4% over fiscal "
            "2024-2029. Your company's net sales rose 6.2% to \u00a5187.3 billion, and we aim to hold a 30% share of "
            "the nursery-systems market by fiscal 2027. Japan recorded about 686,000 births in 2024, and there are "
            "roughly 39,000 licensed childcare facilities.\n"
            "Haruka Tanabe, President and CEO, Hinata Kids Holdings Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 38.4, "JPY billion", "actual"),
            ("Total", 2024, 44.9, "JPY billion", "actual"),
            ("Total", 2029, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("cagr", 15.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (44.9 / 38.4) ** (1 / 1) - 1 = 16.93% -> 16.9
            ("cagr|implied", "exact"),  # (92 / 44.9) ** (1 / 5) - 1 = 15.43% -> 15.4
        ],
    ),
    # 26. Paris investor-day slide bullets (EUR billion): the company's TAM is the market (Total); 2024 actual,
    #     2025E and 2030E estimates; CAGR with printed span. Expected nowhere: the slide number, the 1.2M devices in
    #     14 countries, the company's revenue and 20% share target, the Series B round and valuation, the EUR 129
    #     device price and EUR 6.99 subscription.
    dict(
        text=(
            "Plumette Investor Day 2025, Paris, 20 March 2025\n"
            "Slide 7: Our market\n"
            "- 2024 TAM: \u20ac1.6B (AI early-learning toys, storytelling speakers and reading companions for ages "
            "0-6, EU-27 and UK)\n"
            "- 2025E TAM: \u20ac1.9B\n"
            "- 2030E TAM: \u20ac4.1B\n"
            "- 2025E-2030E CAGR: 16.6%\n"
            "- Installed base: 1.2M devices in 14 countries\n"
            "- Plumette 2024 revenue: \u20ac96M; target 20% share of TAM by 2030\n"
            "- Series B (2023): \u20ac45M raised at a \u20ac380M valuation\n"
            "Speaker notes: our reading companion listens to a child read aloud and picks the next story to match; it "
            "retails at \u20ac129, and the story subscription costs \u20ac6.99 a month."
        ),
        obs=[
            ("Total", 2024, 1.6, "EUR billion", "actual"),
            ("Total", 2025, 1.9, "EUR billion", "estimate"),
            ("Total", 2030, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.9) ** (1 / 5) - 1 = 16.63% -> 16.6
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house (base, target and rate given) is
    #     the figure; its 2029 figure printed as US$1.35 billion is expected converted to the series' unit (1,350);
    #     the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span. Expected
    #     nowhere: the 1.4 million children, the 21,000-educator shortfall, the A$150 daily fee, the 58% survey answer.
    dict(
        text=(
            "Re: How big is the market for AI rostering in childcare? Asking for an ed-tech pitch\n"
            "Answer from early_years_ops:\n"
            "Depends whose report you read. Wattle Bay Research sizes Asia-Pacific spending by childcare operators on "
            "AI rostering, ratio-compliance and staff-scheduling software at US$612 million in 2024, up 22% from "
            "US$502 million in 2023, and forecasts US$1.35 billion by 2029, a CAGR of 17.1% over 2024-2029. Ironbark "
            "Insights is more bullish and puts 2024 at US$780 million. For context, Australia alone has about 1.4 "
            "million children in approved care and a shortfall of some 21,000 educators, and centres there can charge "
            "more than A$150 a day. In Wattle Bay's operator survey, 58% said rostering was their most time-consuming "
            "admin task."
        ),
        obs=[
            ("Total", 2023, 502, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2029, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 502) ** (1 / 1) - 1 = 21.91% -> 22
            ("cagr|implied", "exact"),  # (1350 / 612) ** (1 / 5) - 1 = 17.14% -> 17.1
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2028
    #     won amount, the target price and upside, the pick's margin, the 238,000 births, "roughly half of
    #     households" (a fraction in words), the reading robot's price.
    dict(
        text=(
            "Hanbit Securities, Korea Kids Tech, 2 June 2025\n"
            "Fewer children, smarter toys. We estimate that the Korean market for AI early-learning toys, storytelling "
            "robots and reading companions grew 24% year on year in 2024, and we forecast it to reach \u20a9410 "
            "billion in 2028, a CAGR of 19% over 2024-2028. Reading companions account for 38% of the 2024 total, as "
            "parents swap picture-book apps for devices that correct pronunciation. Our top pick is Dalbit Edutech "
            "(BUY, TP \u20a928,000, 34% upside), whose operating margin we expect at 13.5% this year. Korea recorded "
            "only about 238,000 births in 2024, roughly half of households with a child under six already own a smart "
            "speaker, and a flagship reading robot sells for \u20a9189,000."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a
    #     2025 figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 954万 births, the
    #     4.3万亿元 maternal-and-baby consumption, the 双十一 sales growth.
    dict(
        text=(
            "新华社北京2025年5月18日电(记者李晓晴)记者从中国婴童用品协会获悉,2024年我国AI婴儿监护产品(智能婴儿监视器、"
            "睡眠监测垫及哭声识别设备等)市场规模达到48.6亿元,比2023年的39.5亿元增长23.0%。其中,AI睡眠监测设备市场规模"
            "为17.3亿元,占比35.5%。2024年全国出生人口为954万人,母婴用品消费总规模约4.3万亿元,AI监护产品仍处于起步阶段。"
            "协会预计,2025年我国AI婴儿监护产品市场规模有望突破60亿元。另据电商平台数据,去年“双十一”期间智能婴儿监视器"
            "销售额同比增长56%。业内人士表示,随着大模型进入哭声解读和睡眠分析,产品正从“看得见”走向“看得懂”。"
        ),
        obs=[
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("AI睡眠监测设备", 2024, 17.3, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("share", 35.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.5) ** (1 / 1) - 1 = 23.04% -> 23.0
            # 17.3 / 48.6 = 35.60% -> 35.6, not 35.5; bounds 17.25 / 48.65 = 35.46%, 17.35 / 48.55 = 35.74%
            # -> 35.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified, 万元): 2024 base 9,800万元 (actual) and a 2027 target printed as
    #     1.6亿元 (突破, printed figure, estimate) expected converted to the series' unit (16,000 万元); the CAGR's span
    #     is given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 4.8 places per
    #     thousand people, the 1.2万 new places, the 500元 monthly subsidy per child, the 100 model centres.
    dict(
        text=(
            "《杭州市托育服务数字化提升三年行动计划(2025—2027年)》近日印发。计划提出,以智能晨检、午睡监测、膳食记录和"
            "儿童发展评估为重点,推进人工智能在托育机构中的规模化应用。2024年全市托育领域人工智能应用市场规模为9,800万元,"
            "到2027年力争突破1.6亿元,年均增长18%左右。计划同时明确,到2027年全市每千人口拥有3岁以下婴幼儿托位数达到4.8个,"
            "新增普惠托位1.2万个,对普惠托育机构按每孩每月500元给予运营补助,培育数字化示范托育机构100家。"
        ),
        obs=[
            ("Total", 2024, 9800, "CNY 10 thousand", "actual"),
            ("Total", 2027, 16000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (16000 / 9800) ** (1 / 3) - 1 = 17.75% -> 18
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span, a part with
    #     its share. Expected nowhere: 今(12)日, the 13.5萬 births, the 7,000元 monthly childcare allowance, the 65%
    #     survey answer.
    dict(
        text=(
            "【台北訊】台灣數位育兒產業研究所今(12)日發布報告指出,2024年台灣AI嬰兒監視器與育兒App市場規模達新台幣24.6億元,"
            "較2023年的20.1億元成長22.4%;預估2028年將達新台幣51億元,2024至2028年年複合成長率為20.0%。其中,AI嬰兒監視器"
            "市場規模為新台幣14.2億元,占比57.7%,具哭聲辨識與趴睡警示功能的機種最受歡迎。報告指出,2024年全台出生數約13.5萬"
            "人,政府育兒津貼每月最高新台幣7,000元;受訪家長中有65%表示願意為AI睡眠分析功能付費。研究所建議業者強化資料保護,"
            "提升家長信任。"
        ),
        obs=[
            ("Total", 2023, 20.1, "TWD 100 million", "actual"),
            ("Total", 2024, 24.6, "TWD 100 million", "actual"),
            ("AI嬰兒監視器", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2028, 51, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.0, "percent", 2024, 2028, None, "stated"),
            ("share", 57.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 20.1) ** (1 / 1) - 1 = 22.39% -> 22.4
            ("cagr|implied", "exact"),  # (51 / 24.6) ** (1 / 4) - 1 = 19.99% -> 20.0
            ("arithmetic", "exact"),  # 14.2 / 24.6 = 57.72% -> 57.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 projection. Expected nowhere: the report title's year, the 1,000 kindergartens and 15萬
    #     pupils, the 4.6萬港元 subsidy per pupil, the 58% survey answer.
    dict(
        text=(
            "香港幼兒教育科技協會今日發表《2025香港幼教科技發展報告》指出,2024年本港幼稚園及幼兒中心在人工智能應用(包括"
            "智能出席及接送紀錄、午睡監測、膳食紀錄及兒童發展評估工具)的市場規模達3.42億港元,較2023年的2.86億港元增長"
            "19.4%。其中,AI兒童發展評估工具的市場規模為1.18億港元,佔34.5%。協會預計,2027年相關市場規模將達5.8億港元。"
            "報告指出,全港現有約1,000所幼稚園,學生約15萬名,政府幼稚園教育計劃下每名半日制學生每年資助約4.6萬港元;受訪"
            "校長中有58%表示教師行政工作量是引入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 2.86, "HKD 100 million", "actual"),
            ("Total", 2024, 3.42, "HKD 100 million", "actual"),
            ("AI兒童發展評估工具", 2024, 1.18, "HKD 100 million", "actual"),
            ("Total", 2027, 5.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("share", 34.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.42 / 2.86 - 1 = 19.58% -> 19.6, not 19.4; bounds 3.415 / 2.865 - 1 = 19.20%,
            # 3.425 / 2.855 - 1 = 19.96% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.18 / 3.42 = 34.50% -> 34.5
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報] ..., 新台幣億元), dated 2025: 去年 2024 (actual), 前年 2023 (actual), 今年
    #     2025 (estimate); two YoY rates with both amounts. Expected nowhere: the title's rounded 破10億, the list
    #     numbers, the 3,990元 device price, the 雙11 single-day sales, the 13.4萬 newborns.
    dict(
        text=(
            "作者 toybox5566 (玩具箱)\n"
            "看板 BabyMother\n"
            "標題 [情報] 台灣AI早教玩具市場 去年破10億\n"
            "時間 Wed Mar 12 21:14:08 2025\n"
            "剛看到市調機構「青禾研究」的報告,整理重點給版上爸媽參考:\n"
            "1. 去年台灣AI早教玩具與伴讀機器人市場約新台幣10.8億元,比前年的8.6億元成長25.6%\n"
            "2. 今年預估上看13.5億元,可望再成長25%\n"
            "3. 最熱賣的是會講故事、會問問題的伴讀機,一台大概3,990元\n"
            "4. 去年雙11電商單日就賣了快1.2億元\n"
            "5. 報告也提到去年新生兒只有13.4萬人,廠商都在搶同一群爸媽\n"
            "個人覺得買之前先看隱私政策啦,有些機器會把小孩的聲音傳上雲端\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 8.6, "TWD 100 million", "actual"),
            ("Total", 2024, 10.8, "TWD 100 million", "actual"),
            ("Total", 2025, 13.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.8 / 8.6) ** (1 / 1) - 1 = 25.58% -> 25.6
            ("cagr|implied", "exact"),  # (13.5 / 10.8) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims), a YoY without its base amount (no
    #     verdict), a CAGR with printed span. Expected nowhere: the report date, the 25.3万 kindergartens and 3584万
    #     children, the target price and upside, the pick's revenue growth and gross margin.
    dict(
        text=(
            "【华辰证券】幼儿园智慧化行业深度报告:AI进园,从“看护”到“评估”(2025年6月10日)\n"
            "摘要:我们测算,2024年我国幼儿园及托育机构AI应用(智能晨检、安全看护、膳食管理及发展评估)市场规模为126亿元,"
            "同比增长21%;预计2026年市场规模将达到175—190亿元,2028年达到260亿元,2024—2028年复合增长率约20%。截至2024年"
            "底,全国共有幼儿园约25.3万所,在园幼儿约3584万人,生源下降倒逼园所以数字化提升运营效率。首次覆盖,给予行业"
            "“推荐”评级,重点推荐童智科技(目标价42元,上涨空间28%),其2024年营业收入同比增长33%,毛利率52%。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2028, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("value", 175, "CNY 100 million", 2026, 2026, None),
            ("value", 190, "CNY 100 million", 2026, 2026, None),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (260 / 126) ** (1 / 4) - 1 = 19.85% -> 20
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY
    #     with both amounts, a 2027 figure (有望). Expected nowhere: the company's revenue, growth and gross margin,
    #     its 420万 paying users, its 12% share target, the second quarter's figure, the 618 sales growth.
    dict(
        text=(
            "贝伴智能2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "问:请问公司如何看待AI育儿助手的市场空间?\n"
            "答(董事长兼总经理何静怡):根据我们的测算,今年国内AI育儿App与育儿助手(含喂养记录、睡眠指导和育儿问答大模型)"
            "市场规模约为85亿元,去年为68亿元,增长约25%;到2027年有望达到130亿元。公司上半年营业收入7.6亿元,同比增长28.4%,"
            "毛利率63.2%;付费用户超过420万户,我们的目标是到2027年市占率达到12%。另外,二季度国内AI育儿App市场规模约为21亿"
            "元,“618”期间公司会员销售额同比增长47%。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
            ("Total", 2025, 85, "CNY 100 million", "estimate"),
            ("Total", 2027, 130, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (85 / 68) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the nursery-management CAGR is inconsistent, the staffing CAGR holds only by
    #     rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 4. United States: AI in childcare, parenting and early education by segment, 2024 and 2030F "
            "(USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI baby monitors and sleep trackers | 1,380 | 3,420 | 16.3% |\n"
            "| AI parenting apps and chatbots | 960 | 2,870 | 20.0% |\n"
            "| AI nursery and preschool management tools | 710 | 1,845 | 18.3% |\n"
            "| AI early-learning toys and reading companions | 540 | 1,610 | 20.0% |\n"
            "| AI childcare staffing and scheduling | 310 | 925 | 19.9% |\n"
            "| Total | 3,900 | 10,670 | 18.3% |\n"
            "Source: Brightwater Family Economics, March 2025. Note: 2030F figures are forecasts; household and "
            "provider spending on AI hardware, software and services; excludes conventional baby monitors and toys."
        ),
        obs=[
            ("AI baby monitors and sleep trackers", 2024, 1380, "USD million", "actual"),
            ("AI baby monitors and sleep trackers", 2030, 3420, "USD million", "estimate"),
            ("AI parenting apps and chatbots", 2024, 960, "USD million", "actual"),
            ("AI parenting apps and chatbots", 2030, 2870, "USD million", "estimate"),
            ("AI nursery and preschool management tools", 2024, 710, "USD million", "actual"),
            ("AI nursery and preschool management tools", 2030, 1845, "USD million", "estimate"),
            ("AI early-learning toys and reading companions", 2024, 540, "USD million", "actual"),
            ("AI early-learning toys and reading companions", 2030, 1610, "USD million", "estimate"),
            ("AI childcare staffing and scheduling", 2024, 310, "USD million", "actual"),
            ("AI childcare staffing and scheduling", 2030, 925, "USD million", "estimate"),
            ("Total", 2024, 3900, "USD million", "actual"),
            ("Total", 2030, 10670, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3420 / 1380) ** (1 / 6) - 1 = 16.33% -> 16.3
            ("cagr|implied", "exact"),  # (2870 / 960) ** (1 / 6) - 1 = 20.02% -> 20.0
            # (1845 / 710) ** (1 / 6) - 1 = 17.25%; bounds (1844.5 / 710.5) ** (1/6) - 1 = 17.23%,
            # (1845.5 / 709.5) ** (1/6) - 1 = 17.27% -> 18.3 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1610 / 540) ** (1 / 6) - 1 = 19.97% -> 20.0
            # (925 / 310) ** (1 / 6) - 1 = 19.986% -> 20.0, not 19.9; bounds (924.5 / 310.5) ** (1/6) - 1 = 19.943%,
            # (925.5 / 309.5) ** (1/6) - 1 = 20.029% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (10670 / 3900) ** (1 / 6) - 1 = 18.26% -> 18.3
            ("hierarchy", "exact"),  # 2024: 1380 + 960 + 710 + 540 + 310 = 3900
            ("hierarchy", "exact"),  # 2030F: 3420 + 2870 + 1845 + 1610 + 925 = 10670
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY million), fiscal years, with a YoY column: rows add to the Total
    #     row; the developmental-screening YoY is inconsistent. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 6: Japan, AI in childcare and early education by application (JPY million)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "AI nursery operations (attendance, nap and meal logs)\t18,420\t21,960\t19.2%\n"
            "AI baby monitors and sleep sensors\t12,350\t15,480\t25.3%\n"
            "AI early-learning toys and reading companions\t9,870\t11,240\t13.9%\n"
            "AI developmental screening and parent apps\t6,130\t8,020\t28.4%\n"
            "Total\t46,770\t56,700\t21.2%\n"
            "Note: fiscal years ending March; spending by households and childcare providers on AI devices, software "
            "and services. Source: Sakura Kids Research Institute, May 2025."
        ),
        obs=[
            ("AI nursery operations (attendance, nap and meal logs)", 2023, 18420, "JPY million", "actual"),
            ("AI nursery operations (attendance, nap and meal logs)", 2024, 21960, "JPY million", "actual"),
            ("AI baby monitors and sleep sensors", 2023, 12350, "JPY million", "actual"),
            ("AI baby monitors and sleep sensors", 2024, 15480, "JPY million", "actual"),
            ("AI early-learning toys and reading companions", 2023, 9870, "JPY million", "actual"),
            ("AI early-learning toys and reading companions", 2024, 11240, "JPY million", "actual"),
            ("AI developmental screening and parent apps", 2023, 6130, "JPY million", "actual"),
            ("AI developmental screening and parent apps", 2024, 8020, "JPY million", "actual"),
            ("Total", 2023, 46770, "JPY million", "actual"),
            ("Total", 2024, 56700, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21960 / 18420 - 1 = 19.22% -> 19.2
            ("cagr|implied", "exact"),  # 15480 / 12350 - 1 = 25.34% -> 25.3
            ("cagr|implied", "exact"),  # 11240 / 9870 - 1 = 13.88% -> 13.9
            # 8020 / 6130 - 1 = 30.83%; bounds 8019.5 / 6130.5 - 1 = 30.81%, 8020.5 / 6129.5 - 1 = 30.85%
            # -> 28.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 56700 / 46770 - 1 = 21.23% -> 21.2
            ("hierarchy", "exact"),  # FY2023: 18420 + 12350 + 9870 + 6130 = 46770
            ("hierarchy", "exact"),  # FY2024: 21960 + 15480 + 11240 + 8020 = 56700
        ],
    ),
    # 38. Space-aligned French table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the reading-companion share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "France: AI in early childhood, spending by application, 2024\n"
            "Application                                     EUR million     Share\n"
            "AI baby monitors and sleep trackers                    96.4     33.6%\n"
            "AI cr\u00e8che management (registers, meals, naps)          71.8     25.0%\n"
            "AI parenting apps and chatbots                         52.3     18.2%\n"
            "AI early-learning toys and reading companions          38.6     13.5%\n"
            "AI staffing and scheduling for cr\u00e8ches                 27.9      9.7%\n"
            "Total                                                 287.0    100.0%\n"
            "Note: household, cr\u00e8che and local-authority spending on AI devices, software and services; excludes "
            "conventional monitors and toys. Source: Observatoire Lumi\u00e8re de la Petite Enfance, April 2025."
        ),
        obs=[
            ("AI baby monitors and sleep trackers", 2024, 96.4, "EUR million", "actual"),
            ("AI cr\u00e8che management (registers, meals, naps)", 2024, 71.8, "EUR million", "actual"),
            ("AI parenting apps and chatbots", 2024, 52.3, "EUR million", "actual"),
            ("AI early-learning toys and reading companions", 2024, 38.6, "EUR million", "actual"),
            ("AI staffing and scheduling for cr\u00e8ches", 2024, 27.9, "EUR million", "actual"),
            ("Total", 2024, 287.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 33.6, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
            ("share", 9.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 287.0 = 33.59% -> 33.6
            ("arithmetic", "exact"),  # 71.8 / 287.0 = 25.02% -> 25.0
            ("arithmetic", "exact"),  # 52.3 / 287.0 = 18.22% -> 18.2
            # 38.6 / 287.0 = 13.449% -> 13.4, not 13.5; bounds 38.55 / 287.05 = 13.430%, 38.65 / 286.95 = 13.469%
            # -> 13.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 27.9 / 287.0 = 9.72% -> 9.7
            ("hierarchy", "exact"),  # 96.4 + 71.8 + 52.3 + 38.6 + 27.9 = 287.0
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's Total),
    #     with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected nowhere: the
    #     title's year span, the source's date.
    dict(
        text=(
            "Singapore: AI tools for preschools and infant-care centres, 2021-2026F\n"
            "Year | USD million | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 47 | 23.7%\n"
            "2023 | 59 | 25.5%\n"
            "2024 | 72 | 21.5%\n"
            "2025F | 88 | 22.2%\n"
            "2026F | 105 | 19.3%\n"
            "Note: F = forecast. Covers AI attendance, health-check, meal and nap logging, developmental screening and "
            "staff-rostering software bought by preschool operators; excludes hardware. Source: Raffles Early Years "
            "Analytics, February 2025."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2022, 47, "USD million", "actual"),
            ("Total", 2023, 59, "USD million", "actual"),
            ("Total", 2024, 72, "USD million", "actual"),
            ("Total", 2025, 88, "USD million", "estimate"),
            ("Total", 2026, 105, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2021, 2022, 1.0),
            ("growth", 25.5, "percent", 2022, 2023, 1.0),
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
            ("growth", 19.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47 / 38 - 1 = 23.68% -> 23.7
            ("cagr|implied", "exact"),  # 59 / 47 - 1 = 25.53% -> 25.5
            # 72 / 59 - 1 = 22.03% -> 22.0, not 21.5; bounds 71.5 / 59.5 - 1 = 20.17%, 72.5 / 58.5 - 1 = 23.93%
            # -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 88 / 72 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # 105 / 88 - 1 = 19.32% -> 19.3
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2025
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表5 台灣AI育兒與幼教應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI嬰兒監視器與睡眠追蹤 | 8.4 | 10.2 | 12.3\n"
            "AI育兒App與聊天機器人 | 5.1 | 6.6 | 8.4\n"
            "幼兒園AI管理系統 | 3.2 | 4.1 | 5.2\n"
            "AI早教玩具與伴讀機 | 2.6 | 3.3 | 4.2\n"
            "合計 | 19.3 | 24.2 | 30.8\n"
            "資料來源:台灣幼兒科技產業協會,2025年4月;2025年(預估)為預測值,含硬體、軟體及服務,不含一般嬰兒用品。"
        ),
        obs=[
            ("AI嬰兒監視器與睡眠追蹤", 2023, 8.4, "TWD 100 million", "actual"),
            ("AI嬰兒監視器與睡眠追蹤", 2024, 10.2, "TWD 100 million", "actual"),
            ("AI嬰兒監視器與睡眠追蹤", 2025, 12.3, "TWD 100 million", "estimate"),
            ("AI育兒App與聊天機器人", 2023, 5.1, "TWD 100 million", "actual"),
            ("AI育兒App與聊天機器人", 2024, 6.6, "TWD 100 million", "actual"),
            ("AI育兒App與聊天機器人", 2025, 8.4, "TWD 100 million", "estimate"),
            ("幼兒園AI管理系統", 2023, 3.2, "TWD 100 million", "actual"),
            ("幼兒園AI管理系統", 2024, 4.1, "TWD 100 million", "actual"),
            ("幼兒園AI管理系統", 2025, 5.2, "TWD 100 million", "estimate"),
            ("AI早教玩具與伴讀機", 2023, 2.6, "TWD 100 million", "actual"),
            ("AI早教玩具與伴讀機", 2024, 3.3, "TWD 100 million", "actual"),
            ("AI早教玩具與伴讀機", 2025, 4.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 19.3, "TWD 100 million", "actual"),
            ("合計", 2024, 24.2, "TWD 100 million", "actual"),
            ("合計", 2025, 30.8, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 5.1 + 3.2 + 2.6 = 19.3
            ("hierarchy", "exact"),  # 2024: 10.2 + 6.6 + 4.1 + 3.3 = 24.2
            # 2025(預估): 12.3 + 8.4 + 5.2 + 4.2 = 30.1 vs 30.8; rows' bounds 29.9-30.3, total's 30.75-30.85
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-nineteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 14, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 20% of the total',
    'Rival house Caravelle Études puts the',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长3倍',
    '新台幣21.6億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月14日電',
    '| Category | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 31.6 | 34.1%',
    'Q1 2025 earnings call, May 7, 2025',
    'Discussion Paper No. 37/2025. Abstract:',
    '2/ US parents spent $1.12B',
    'Correction, 16 April 2025:',
    'To our shareholders',
    '- 2025E TAM: €1.9B',
    'Ironbark Insights is more bullish',
    'Hanbit Securities, Korea Kids Tech, 2 June 2025',
    '新华社北京2025年5月18日电',
    '年均增长18%左右',
    '標題 [情報] 台灣AI早教玩具市場 去年破10億',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 19.3 | 24.2 | 30.8',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 204
#: figures, 68 rates, 95 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 207, "rates_found": 68, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset219.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
