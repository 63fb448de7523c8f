"""A two-hundred-and-eighteenth check set for the extractor, written blind: AI in childcare, parenting and early education:
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
texts (a Denver wire release on AI baby monitors and sleep trackers, a Tokyo broker note in fiscal years and yen on
nursery AI tools, a Paris briefing on crèche AI with three segments, a Munich article on AI early-learning toys quoting
two houses, a San Francisco investor-day TAM for parenting apps and chatbots, a London early-years strategy with last-
year/this-year figures and a 2030 ambition, a correction notice on a Canadian story with a range, a Low Countries blog
post with 'nearly 3x'), seven Chinese prose texts (a 智慧托育 industry report, a Zhejiang plan with 力争到 and 增长3倍, a Xinhua
story quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker
deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with
shares, a vertical table of years with YoY, a tab-separated segment table). Left out: total childcare, toy and baby-
product spending, births, children, nurseries, places and parents, device prices, subsidies per child, funding rounds
and valuations, quarter and shopping-festival figures, survey answers, firms' revenue, margins, bookings and share
targets, won and Canadian-dollar amounts, a second house's figure, a correction's wrong figures, shares in words.
Inconsistent: the Munich 25.4% CAGR, the Xinhua 22.6%, the 2024 合计 and the Dutch 2023 YoY. Only by rounding: the Tokyo
and Taiwan CAGRs, the Paris rostering share, the broker's 33.4% YoY, the UK parent-apps row's CAGR, the Australian
screening share and the Singapore 2024 Total.

Snippets 21-40: Twenty snippets on AI in childcare, parenting and early education, numbered 21-40: eight English prose
pieces (a US baby-monitor maker's earnings-call answer sizing its TAM with 'this year' and 'last year' read from the
call's date, a German discussion-paper abstract on Kita documentation and screening tools, a numbered social-media
thread on US AI early-learning toys whose 2023 figure in millions is converted to the series' billions, a UK web article
on nursery management apps with a correction line, a Japanese company's letter to shareholders in yen and fiscal years,
investor-day slide bullets of a French parenting-app firm, a Singapore forum answer quoting two research houses, and a
Korean broker note in won that yields claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a
Suzhou municipal plan in 万元 whose 1.5亿元 target is converted to 万元, a Taipei research release, a Hong Kong association
report in 億港元, a PTT post, a broker abstract with a 2026 range, a results-briefing transcript) and five tables (markdown
in US dollars with a CAGR column, tab-separated yen with a YoY column, space-aligned Dutch euros with a share column, a
vertical table of Canadian years in US dollars, a Traditional Chinese table in 新台幣億元 with a 合計 row). Left out
everywhere: total childcare and baby-product spending, births, children, nurseries, providers and families, device and
subscription prices, subsidies and allowances per child, funding rounds and valuations, companies' own revenue, margins,
dividends and share targets, quarter and shopping-festival figures, survey percentages, fractions in words, a second
house's figure, a corrected misprint. Inconsistent: the discussion paper's 32.5% CAGR, the centre-management CAGR in the
markdown table, the developmental-screening YoY in the yen table and the Taiwan table's 2025 合計. Holding only by
rounding: the call's 19.8% CAGR, the UK article's 41.5% share, the Hong Kong 18.5% growth, the toys-and-companions CAGR
in the markdown table, the yen table's 2023 total, the Dutch 14.6% toys share and the Canadian 2025F YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Denver wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the 2031
    #    figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 2,600 parents surveyed, the 3.6 million births, total baby-product spending, the
    #    $299 monitor price, the 61% survey answer.
    dict(
        text=(
            "DENVER, March 11, 2025 /PRNewswire/ -- American families spent $734 million on AI-enabled baby monitors, "
            "smart bassinets and infant sleep trackers in 2024, up 22% from $602 million in 2023, according to the "
            "2025 Connected Nursery Report released today by Front Range Family Insights. The Denver research firm, "
            "which surveyed 2,600 parents of children under two, projects spending of $2.4 billion by 2031, a "
            "compound annual growth rate of 18.4% between 2024 and 2031. The United States recorded about 3.6 million "
            "births in 2024, and total U.S. spending on baby products came to roughly $21 billion. A top-end camera "
            "monitor with cry analysis retails for around $299, and 61% of surveyed parents said sleep insights were "
            "the feature they valued most."
        ),
        obs=[
            ("Total", 2023, 602, "USD million", "actual"),
            ("Total", 2024, 734, "USD million", "actual"),
            ("Total", 2031, 2400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (734 / 602) ** (1 / 1) - 1 = 21.93% -> 22
            ("cagr|implied", "exact"),  # (2400 / 734) ** (1 / 7) - 1 = 18.44% -> 18.4
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 23%" where the amounts give 22.43%. Expected nowhere: the dateline, the
    #    ¥4.5 trillion public childcare spending, the 686,000 births, the covered firm's sales, growth, margin,
    #    target price and upside, its 14,000 facilities.
    dict(
        text=(
            "Tokyo, 10 July 2025. Japan Early Childhood Services, sector update. We size the domestic market for AI "
            "tools used by licensed nurseries and kindergartens, from nap-check sensors and attendance apps to meal "
            "logs and developmental-observation software, at ¥41.8 billion in FY2024 (year to March 2025) and forecast "
            "¥115 billion by FY2029e, a CAGR of about 23%. Central and local governments spend more than ¥4.5 trillion "
            "a year on childcare, so AI remains a sliver, and Japan recorded only about 686,000 births in 2024. Our top "
            "pick, Hinata Care Systems (Buy, TP ¥2,480, 31% upside), lifted FY2024 sales 19% to ¥9.6 billion at an "
            "18.2% operating margin and now serves some 14,000 facilities."
        ),
        obs=[
            ("Total", 2024, 41.8, "JPY billion", "actual"),
            ("Total", 2029, 115, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (115 / 41.8) ** (1 / 5) - 1 = 22.43% -> 22, not 23; bounds (114.5 / 41.85) ** (1/5) - 1 = 22.30%,
            # (115.5 / 41.75) ** (1/5) - 1 = 22.57% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Paris research briefing: a total in EUR million and three segments with shares (the rostering share of
    #    "about 28%" holds only by rounding). Expected nowhere: the 85 crèche operators interviewed, France's
    #    €16 billion early-childcare spending, the €500 monthly childminding allowance per child.
    dict(
        text=(
            "PARIS, 16 September 2025 - French crèches, childminder networks and nursery schools spent €264 million on "
            "AI tools in 2024, according to a briefing from the Observatoire de la Petite Enfance Numérique. "
            "Developmental screening and observation software took the largest slice, €97 million or 37%, followed by "
            "AI staff rostering and ratio planning at €72 million, about 28%. AI meal, nap and daily-log apps for "
            "parents came to €38 million, some 14% of the total. The observatory, which interviewed 85 crèche "
            "operators, expects spending to reach €610 million in 2029. France spends some €16 billion a year on early "
            "childcare, and families can receive up to €500 a month per child towards a childminder."
        ),
        obs=[
            ("Total", 2024, 264, "EUR million", "actual"),
            ("Developmental screening and observation software", 2024, 97, "EUR million", "actual"),
            ("AI staff rostering and ratio planning", 2024, 72, "EUR million", "actual"),
            ("AI meal, nap and daily-log apps for parents", 2024, 38, "EUR million", "actual"),
            ("Total", 2029, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 97 / 264 = 36.74% -> 37
            # 72 / 264 = 27.27% -> 27, not 28; bounds 71.5 / 264.5 = 27.03%, 72.5 / 263.5 = 27.51% -> 28 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 38 / 264 = 14.39% -> 14
        ],
    ),
    # 4. Munich article quoting two research houses: the first house's base, target and rate are the snippet's; its
    #    2028 figure printed in billions is expected in EUR million (the series' unit); its stated 25.4% CAGR is
    #    inconsistent. Expected nowhere: Spreewerk Analytics' €298 million for 2024, total German toy sales, the €79.99
    #    speaker price, Christmas week's 18% of toy sales.
    dict(
        text=(
            "MUNICH, 2 June 2025 - Germany's market for AI early-learning toys and reading companions, from storytelling "
            "speakers to talking picture-book pens, reached €412 million in 2024, up 23% from €335 million in 2023, "
            "according to the Hamburg consultancy Elbtal Consumer Research. It expects sales of €1.12 billion in 2028, "
            "which it puts at a compound annual growth rate of 25.4% from 2024 to 2028. A rival house, Spreewerk "
            "Analytics, sizes the 2024 market at only €298 million because it counts screen-free devices alone. German "
            "toy sales overall came to about €4.6 billion last year, a popular storytelling speaker sells for €79.99, "
            "and Christmas week alone accounts for some 18% of annual toy sales."
        ),
        obs=[
            ("Total", 2023, 335, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2028, 1120, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 335) ** (1 / 1) - 1 = 22.99% -> 23
            # (1120 / 412) ** (1 / 4) - 1 = 28.40% -> 28.4, not 25.4; bounds (1115 / 412.5) ** (1/4) - 1 = 28.22%,
            # (1125 / 411.5) ** (1/4) - 1 = 28.59% -> 25.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (San Francisco): the total addressable market the company sizes is the market (Total),
    #    with a CAGR whose span is printed ("roughly a 20% CAGR"). Expected nowhere: the company's revenue and margin,
    #    its 2.4 million paying households, "a quarter of that market" (a share target in words), the won amount in
    #    Korea, second-quarter bookings.
    dict(
        text=(
            "Lullabee Investor Day, San Francisco, October 7, 2025 - transcript excerpt. Dana Whitlock, chief "
            "executive officer: \"Let me size the opportunity. We estimate the total addressable market for AI "
            "parenting apps, chatbots and guided-routine subscriptions across North America and Western Europe at "
            "$3.8 billion in 2024, and we see it reaching $11.2 billion in 2030, roughly a 20% CAGR from 2024 to 2030. "
            "We finished last year with $186 million in revenue at a 14% adjusted operating margin and 2.4 million "
            "paying households, and we want a quarter of that market by 2030. In Korea, where we launched in May, "
            "parents already spend about ₩95 billion a year on similar apps. Second-quarter bookings were $52 "
            "million.\""
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.2 / 3.8) ** (1 / 6) - 1 = 19.74% -> 20
        ],
    ),
    # 6. London national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 ambition
    #    (estimate) in GBP million. Expected nowhere: the £25 million testbed and its 600 settings, the 1.3 million
    #    children on funded hours, the 44% poll answer.
    dict(
        text=(
            "LONDON, 4 February 2025 - The Early Years Digital Strategy published today by the National Early Years "
            "Technology Council estimates that nurseries, pre-schools and childminders in England spent £84 million on "
            "AI software for rostering, learning journals and developmental checks last year, and expects £103 million "
            "this year, a rise of about 23%. It sets an ambition of £400 million by 2030. The strategy backs a £25 "
            "million testbed for 600 settings; the funded-hours offer now reaches some 1.3 million children, and in a "
            "poll for the council 44% of nursery managers said paperwork was their staff's biggest burden."
        ),
        obs=[
            ("Total", 2024, 84, "GBP million", "actual"),
            ("Total", 2025, 103, "GBP million", "estimate"),
            ("Total", 2030, 400, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (103 / 84) ** (1 / 1) - 1 = 22.62% -> 23
        ],
    ),
    # 7. Correction notice on a Canadian market story: the 2030 range gives two value claims (no observation), expected
    #    once though printed twice; the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    US$24-31 billion, the $10-a-day fee, the C$27 billion federal commitment (no unit in the table), the 250,000
    #    new spaces.
    dict(
        text=(
            "Correction, September 3, 2025: An earlier version of this article gave Maplestone Research's 2030 "
            "forecast as US$24 billion to US$31 billion. The firm expects US$2.4 billion to US$3.1 billion.\n"
            "Canada's market for AI in childcare and early learning, from centre-management software with AI "
            "attendance and ratio tracking to parenting chatbots and smart baby monitors, was worth US$1.08 billion in "
            "2024, according to Maplestone Research of Ottawa. It expects the market to reach US$2.4 billion to US$3.1 "
            "billion in 2030 as the national $10-a-day child care plan adds spaces. Ottawa has committed more than "
            "C$27 billion over five years to the plan, and the provinces aim to create 250,000 new spaces."
        ),
        obs=[
            ("Total", 2024, 1.08, "USD billion", "actual"),
        ],
        claims=[
            ("value", 2.4, "USD billion", 2030, 2030, None),
            ("value", 3.1, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Parenting-tech blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no verdict); "about
    #    €41 million" is expected at its printed figure. Expected nowhere: the €89 device price, the start-up's funding
    #    round and valuation, the Sinterklaas weekend's 64% jump, the 330,000 children under four.
    dict(
        text=(
            "The Bedtime Byte, a parenting-tech blog, April 22, 2025 - Why your toddler's bedtime story now talks back. "
            "Spending in the Netherlands and Belgium on AI reading companions and storytelling devices for under-sevens "
            "was about €41 million in 2021; by 2024 it had grown nearly 3x to €118 million, according to Lowlands Kids "
            "Research. A screen-free storytelling cube costs around €89, and the Utrecht start-up Verhaaltje raised €12 "
            "million last autumn at a €70 million valuation. Over Sinterklaas weekend, sales of the devices jumped 64%. "
            "Some 330,000 children under four live in the Netherlands."
        ),
        obs=[
            ("Total", 2021, 41, "EUR million", "actual"),
            ("Total", 2024, 118, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI早教陪伴机器人与绘本阅读设备) with its
    #    share, a CAGR with its printed span. Expected nowhere: the report's title year, the 950万 births, the 10万
    #    childcare institutions, the 68% survey answer.
    dict(
        text=(
            "《2025中国智慧托育产业发展报告》近日在上海发布。报告显示,2024年我国托育与早教领域人工智能应用市场规模达到"
            "124.7亿元,同比增长29.4%,2023年为96.4亿元。其中,AI早教陪伴机器人与绘本阅读设备市场规模为46.3亿元,占比"
            "37.1%,居各细分领域首位。报告预计,到2029年该市场规模将达到356亿元,2024—2029年复合增长率为23.3%。报告同时"
            "指出,2024年全国出生人口约950万人,全国提供托育服务的机构约10万家;受访家长中,68%愿意为AI育儿助手付费。"
        ),
        obs=[
            ("Total", 2023, 96.4, "CNY 100 million", "actual"),
            ("Total", 2024, 124.7, "CNY 100 million", "actual"),
            ("AI早教陪伴机器人与绘本阅读设备", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2029, 356, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("share", 37.1, "percent", 2024, 2024, None),
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (124.7 / 96.4) ** (1 / 1) - 1 = 29.36% -> 29.4
            ("arithmetic", "exact"),  # 46.3 / 124.7 = 37.13% -> 37.1
            ("cagr|implied", "exact"),  # (356 / 124.7) ** (1 / 5) - 1 = 23.34% -> 23.3
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (突破, expected at its printed figure, an estimate) and 较2023年增长3倍 kept as a multiple x3 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 4.5 places per thousand people, the 3,000元 subsidy
    #     per place.
    dict(
        text=(
            "浙江省教育厅、省卫生健康委日前联合印发《浙江省“人工智能+托育”行动计划(2025—2027年)》。计划显示,2023年"
            "全省托育机构及幼儿园AI应用(含智能晨检、午睡监测、膳食管理和发育筛查等)市场规模为5.8亿元,2024年达到7.36"
            "亿元,同比增长26.9%。计划提出,力争到2027年全省相关市场规模突破23.2亿元,较2023年增长3倍;每千人口拥有3岁"
            "以下婴幼儿托位数达到4.5个,对普惠托育机构按每个托位每年3,000元给予补助。"
        ),
        obs=[
            ("Total", 2023, 5.8, "CNY 100 million", "actual"),
            ("Total", 2024, 7.36, "CNY 100 million", "actual"),
            ("Total", 2027, 23.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.36 / 5.8) ** (1 / 1) - 1 = 26.90% -> 26.9
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures and
    #     its growth rate are the snippet's; its "增长22.6%" is inconsistent. Expected nowhere: 瑞禾消费研究中心's 41亿元
    #     for 2024, the forum's title year, the 双11 sales growth, the 2,900万 infants.
    dict(
        text=(
            "新华社北京6月1日电(记者 王思远)记者从日前举行的2025婴幼儿智能照护产业论坛上获悉,据中国婴童用品产业研究院"
            "测算,2024年我国AI婴儿监护器与智能睡眠监测设备市场规模为36.8亿元,比2023年的30.6亿元增长22.6%,预计2025年"
            "将达到44.5亿元。另据瑞禾消费研究中心统计,2024年这一市场规模约为41亿元。去年“双11”期间,智能婴儿监护器线上"
            "销售额同比增长57%;目前全国0至3岁婴幼儿约2,900万人。"
        ),
        obs=[
            ("Total", 2023, 30.6, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2025, 44.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (36.8 / 30.6) ** (1 / 1) - 1 = 20.26% -> 20.3, not 22.6; bounds 36.75 / 30.65 - 1 = 19.90%,
            # 36.85 / 30.55 - 1 = 20.62% -> 22.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the 13.5萬 births,
    #     the 5,000元 monthly allowance per child, 約四成 (a share in words, and a usage rate).
    dict(
        text=(
            "財團法人台灣幼兒教育科技研究院發布《2025台灣智慧育兒白皮書》指出,2024年台灣AI育兒應用(包括智慧嬰兒監視器、"
            "育兒App與幼兒園智慧管理系統)市場規模達新台幣61億元,較2023年的48億元成長27.1%。白皮書預估,2028年市場規模將"
            "達新台幣128億元,2024至2028年年複合成長率為20.6%。白皮書也指出,2024年全台新生兒約13.5萬人,政府對2歲以下"
            "幼兒每月發放育兒津貼新台幣5,000元;約四成家長已使用AI育兒App。"
        ),
        obs=[
            ("Total", 2023, 48, "TWD 100 million", "actual"),
            ("Total", 2024, 61, "TWD 100 million", "actual"),
            ("Total", 2028, 128, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61 / 48) ** (1 / 1) - 1 = 27.08% -> 27.1
            # (128 / 61) ** (1 / 4) - 1 = 20.36% -> 20.4, not 20.6; bounds (127.5 / 61.5) ** (1/4) - 1 = 19.99%,
            # (128.5 / 60.5) ** (1/4) - 1 = 20.72% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約10.3億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 3.3萬 births, the 1,000 kindergartens, the 5,000港元 monthly childcare
    #     subsidy per child, the start-up's 8,000萬港元 funding round.
    dict(
        text=(
            "香港幼兒教育科技協會昨日公布調查報告指出,2024年本港幼稚園及幼兒中心AI應用(包括智能考勤、午睡及膳食紀錄、"
            "發展評估及家校通訊平台)連同家庭AI育兒產品的市場規模約10.3億港元,較2023年的8.4億港元增長22.6%。協會預計,"
            "2028年市場規模將增至21.5億港元,2024至2028年年均複合增長率約20.2%。報告又指,2024年本港出生嬰兒約3.3萬名,"
            "全港約有1,000所幼稚園;政府為合資格家庭提供每名幼兒每月最高約5,000港元的託兒資助。本地初創公司童心智能上月"
            "完成8,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 8.4, "HKD 100 million", "actual"),
            ("Total", 2024, 10.3, "HKD 100 million", "actual"),
            ("Total", 2028, 21.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.3 / 8.4) ** (1 / 1) - 1 = 22.62% -> 22.6
            ("cagr|implied", "exact"),  # (21.5 / 10.3) ** (1 / 4) - 1 = 20.20% -> 20.2
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 預估), YoY with both amounts. Expected nowhere: the first quarter's 5.8億元, the toy
    #     maker's own revenue and gross margin, the 6,990元 robot price.
    dict(
        text=(
            "(中央社記者陳怡君台北2025年5月12日電)市調機構宏勤產業顧問今天表示,去年台灣AI幼教玩具與兒童伴讀機器人市場"
            "規模約新台幣26億元,今年在AI伴讀功能普及帶動下,預估成長21%至31.5億元。不過,今年第一季市場規模僅約新台幣"
            "5.8億元。玩具大廠童樂科技去年營收新台幣44億元,毛利率約38%;一台AI伴讀機器人售價約新台幣6,990元。"
        ),
        obs=[
            ("Total", 2024, 26, "TWD 100 million", "actual"),
            ("Total", 2025, 31.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 26) ** (1 / 1) - 1 = 21.15% -> 21
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 33.4% YoY that holds only by rounding; the 2027 range
    #     140亿—170亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading firm's
    #     revenue, gross margin, rating and target price, its 618 shopping-festival sales growth.
    dict(
        text=(
            "华屹证券研究所2025年9月深度报告《AI育儿:从监护到陪伴》。我们测算,2024年国内AI育儿硬件与应用(智能婴儿监护、"
            "AI早教机、育儿大模型App)市场规模为70.1亿元,同比增长33.4%,2023年为52.6亿元。随着育儿大模型陪伴产品放量,"
            "我们预计2027年市场规模将达到140亿—170亿元。行业龙头贝启智能2024年营收12.8亿元,毛利率46%,首次覆盖给予"
            "“买入”评级,目标价58元;今年“618”期间,公司天猫旗舰店销售额同比增长81%。"
        ),
        obs=[
            ("Total", 2023, 52.6, "CNY 100 million", "actual"),
            ("Total", 2024, 70.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33.4, "percent", 2023, 2024, 1.0),
            ("value", 140, "CNY 100 million", 2027, 2027, None),
            ("value", 170, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (70.1 / 52.6) ** (1 / 1) - 1 = 33.27% -> 33.3, not 33.4; bounds 70.05 / 52.65 - 1 = 33.05%,
            # 70.15 / 52.55 - 1 = 33.49% -> 33.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (UK early years, GBP million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the parent-apps row's 21.0% holds only by rounding; rows add to the Total in
    #     both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. UK early years: AI spending by application (GBP million)\n"
            "| Application | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI learning journals and developmental checks | 46 | 141 | 20.5% |\n"
            "| AI staff rostering and ratio planning | 31 | 88 | 19.0% |\n"
            "| AI parent apps and daily logs | 23 | 71 | 21.0% |\n"
            "| AI safeguarding and CCTV analytics | 14 | 37 | 17.6% |\n"
            "| Total | 114 | 337 | 19.8% |\n"
            "Source: Thameside Childcare Economics, Early Years Technology Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI learning journals and developmental checks", 2024, 46, "GBP million", "actual"),
            ("AI learning journals and developmental checks", 2030, 141, "GBP million", "estimate"),
            ("AI staff rostering and ratio planning", 2024, 31, "GBP million", "actual"),
            ("AI staff rostering and ratio planning", 2030, 88, "GBP million", "estimate"),
            ("AI parent apps and daily logs", 2024, 23, "GBP million", "actual"),
            ("AI parent apps and daily logs", 2030, 71, "GBP million", "estimate"),
            ("AI safeguarding and CCTV analytics", 2024, 14, "GBP million", "actual"),
            ("AI safeguarding and CCTV analytics", 2030, 37, "GBP million", "estimate"),
            ("Total", 2024, 114, "GBP million", "actual"),
            ("Total", 2030, 337, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (141 / 46) ** (1 / 6) - 1 = 20.52% -> 20.5
            ("cagr|implied", "exact"),  # (88 / 31) ** (1 / 6) - 1 = 18.99% -> 19.0
            # (71 / 23) ** (1 / 6) - 1 = 20.67% -> 20.7, not 21.0; bounds (70.5 / 23.5) ** (1/6) - 1 = 20.09%,
            # (71.5 / 22.5) ** (1/6) - 1 = 21.25% -> 21.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (37 / 14) ** (1 / 6) - 1 = 17.58% -> 17.6
            ("cagr|implied", "exact"),  # (337 / 114) ** (1 / 6) - 1 = 19.80% -> 19.8
            ("hierarchy", "exact"),  # 2024: 46 + 31 + 23 + 14 = 114
            ("hierarchy", "exact"),  # 2030F: 141 + 88 + 71 + 37 = 337
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is an
    #     estimate; the 2024年 合计 (111.4 printed, 110.4 summed) is inconsistent. Expected nowhere: the table number,
    #     the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国AI育儿细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能婴儿监护\t28.4\t35.1\t43.0\n"
            "AI早教机与伴读设备\t33.7\t42.6\t53.8\n"
            "育儿大模型App\t9.2\t15.8\t24.6\n"
            "托育机构智能管理\t12.5\t16.9\t22.3\n"
            "合计\t83.8\t111.4\t143.7\n"
            "资料来源:婴童数字消费研究中心;2025年E为预测值。"
        ),
        obs=[
            ("智能婴儿监护", 2023, 28.4, "CNY 100 million", "actual"),
            ("智能婴儿监护", 2024, 35.1, "CNY 100 million", "actual"),
            ("智能婴儿监护", 2025, 43.0, "CNY 100 million", "estimate"),
            ("AI早教机与伴读设备", 2023, 33.7, "CNY 100 million", "actual"),
            ("AI早教机与伴读设备", 2024, 42.6, "CNY 100 million", "actual"),
            ("AI早教机与伴读设备", 2025, 53.8, "CNY 100 million", "estimate"),
            ("育儿大模型App", 2023, 9.2, "CNY 100 million", "actual"),
            ("育儿大模型App", 2024, 15.8, "CNY 100 million", "actual"),
            ("育儿大模型App", 2025, 24.6, "CNY 100 million", "estimate"),
            ("托育机构智能管理", 2023, 12.5, "CNY 100 million", "actual"),
            ("托育机构智能管理", 2024, 16.9, "CNY 100 million", "actual"),
            ("托育机构智能管理", 2025, 22.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 83.8, "CNY 100 million", "actual"),
            ("合计", 2024, 111.4, "CNY 100 million", "actual"),
            ("合计", 2025, 143.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 28.4 + 33.7 + 9.2 + 12.5 = 83.8
            # 2024: 35.1 + 42.6 + 15.8 + 16.9 = 110.4, not 111.4; bounds 110.2..110.6 (each part +/-0.05) miss
            # 111.35..111.45
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 43.0 + 53.8 + 24.6 + 22.3 = 143.7
        ],
    ),
    # 18. Space-aligned table (Australia, in USD million, 2024) with a share column and a Total row: four shares (the
    #     screening row's 26.2% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 1.4 million children and 9,000 services.
    dict(
        text=(
            "Australia: AI in early childhood education and care, spending by application, 2024\n"
            "Application                                        US$ m      Share\n"
            "AI centre management and ratio compliance           52.8      36.4%\n"
            "AI developmental screening and learning stories     38.1      26.2%\n"
            "AI baby monitors and sleep trackers                 31.6      21.8%\n"
            "AI parenting apps and chatbots                      22.5      15.5%\n"
            "Total                                              145.0     100.0%\n"
            "Note 4: some 1.4 million children attend about 9,000 approved services. Source: Southern Cross Family Data."
        ),
        obs=[
            ("AI centre management and ratio compliance", 2024, 52.8, "USD million", "actual"),
            ("AI developmental screening and learning stories", 2024, 38.1, "USD million", "actual"),
            ("AI baby monitors and sleep trackers", 2024, 31.6, "USD million", "actual"),
            ("AI parenting apps and chatbots", 2024, 22.5, "USD million", "actual"),
            ("Total", 2024, 145.0, "USD million", "actual"),
        ],
        claims=[
            ("share", 36.4, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 21.8, "percent", 2024, 2024, None),
            ("share", 15.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 52.8 / 145.0 = 36.41% -> 36.4
            # 38.1 / 145.0 = 26.28% -> 26.3, not 26.2; bounds 38.05 / 145.05 = 26.23%, 38.15 / 144.95 = 26.32%
            # -> 26.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31.6 / 145.0 = 21.79% -> 21.8
            ("arithmetic", "exact"),  # 22.5 / 145.0 = 15.52% -> 15.5
            ("hierarchy", "exact"),  # 52.8 + 38.1 + 31.6 + 22.5 = 145.0
        ],
    ),
    # 19. Vertical table (Netherlands) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 32.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "Netherlands: AI tools in daycare and out-of-school care (kinderopvang)\n"
            "Year | EUR million | YoY\n"
            "2021 | 38 | -\n"
            "2022 | 49 | 28.9%\n"
            "2023 | 63 | 32.6%\n"
            "2024 | 78 | 23.8%\n"
            "2025E | 95 | 21.8%\n"
            "Source: Kinderopvang Data Platform, sector monitor, June 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 38, "EUR million", "actual"),
            ("Total", 2022, 49, "EUR million", "actual"),
            ("Total", 2023, 63, "EUR million", "actual"),
            ("Total", 2024, 78, "EUR million", "actual"),
            ("Total", 2025, 95, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2021, 2022, 1.0),
            ("growth", 32.6, "percent", 2022, 2023, 1.0),
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (49 / 38) ** (1 / 1) - 1 = 28.95% (28.947) -> 28.9
            # (63 / 49) ** (1 / 1) - 1 = 28.57% -> 28.6, not 32.6; bounds 62.5 / 49.5 - 1 = 26.26%,
            # 63.5 / 48.5 - 1 = 30.93% -> 32.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (78 / 63) ** (1 / 1) - 1 = 23.81% -> 23.8
            ("cagr|implied", "exact"),  # (95 / 78) ** (1 / 1) - 1 = 21.79% -> 21.8
        ],
    ),
    # 20. Tab-separated segment table (Singapore, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F; the 2024 Total (51.4 printed, 51.3 summed) holds only by rounding; 2025F an estimate. Expected
    #     nowhere: the note on currency conversion, the 2,200 preschools.
    dict(
        text=(
            "Singapore: AI spending in preschools and family services, by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI preschool management and attendance\t14.2\t17.6\t21.5\n"
            "AI developmental screening\t8.7\t11.3\t14.6\n"
            "AI parenting apps and chatbots\t10.4\t13.9\t18.1\n"
            "AI early-learning toys and reading companions\t6.8\t8.5\t10.7\n"
            "Total\t40.1\t51.4\t64.9\n"
            "Source: Lion City Family Research; converted from Singapore dollars at average annual rates; covers about "
            "2,200 preschools."
        ),
        obs=[
            ("AI preschool management and attendance", 2023, 14.2, "USD million", "actual"),
            ("AI preschool management and attendance", 2024, 17.6, "USD million", "actual"),
            ("AI preschool management and attendance", 2025, 21.5, "USD million", "estimate"),
            ("AI developmental screening", 2023, 8.7, "USD million", "actual"),
            ("AI developmental screening", 2024, 11.3, "USD million", "actual"),
            ("AI developmental screening", 2025, 14.6, "USD million", "estimate"),
            ("AI parenting apps and chatbots", 2023, 10.4, "USD million", "actual"),
            ("AI parenting apps and chatbots", 2024, 13.9, "USD million", "actual"),
            ("AI parenting apps and chatbots", 2025, 18.1, "USD million", "estimate"),
            ("AI early-learning toys and reading companions", 2023, 6.8, "USD million", "actual"),
            ("AI early-learning toys and reading companions", 2024, 8.5, "USD million", "actual"),
            ("AI early-learning toys and reading companions", 2025, 10.7, "USD million", "estimate"),
            ("Total", 2023, 40.1, "USD million", "actual"),
            ("Total", 2024, 51.4, "USD million", "actual"),
            ("Total", 2025, 64.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 8.7 + 10.4 + 6.8 = 40.1
            # 2024: 17.6 + 11.3 + 13.9 + 8.5 = 51.3, not 51.4; bounds 51.1..51.5 (each part +/-0.05) reach
            # 51.35..51.45 -> 51.4 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 21.5 + 14.6 + 18.1 + 10.7 = 64.9
        ],
    ),
    # 21. US earnings-call answer sizing a TAM: "this year" is the call's year (2025, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the quarter's
    #     revenue, the gross margin, the $299 camera price, the 3.6 million births, the analyst's firm.
    dict(
        text=(
            "Lullavue Inc. Q1 2025 earnings call, May 8, 2025 - Q&A\n"
            "Analyst (Priya Raman, Northgate Securities): Beyond your own cameras, how big is the opportunity in AI "
            "infant monitoring?\n"
            "CEO Dana Whitfield: We put the total addressable market for AI baby monitors, sleep trackers and the "
            "subscription analytics that sit on top of them in the US at about $3.4 billion this year, up roughly 21% "
            "from $2.8 billion last year. Looking out to 2029 we see $6.9 billion, a compound annual growth rate of "
            "about 19.8% over 2025-2029. For our part, revenue in the quarter came to $58 million at a 46% gross "
            "margin, and our flagship camera retails at $299. With around 3.6 million births a year in the US, most "
            "nurseries still do not have a smart monitor in them, so we think the runway is long."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2029, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 19.8, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.8) ** (1 / 1) - 1 = 21.43% -> 21
            # (6.9 / 3.4) ** (1 / 4) - 1 = 19.36% -> 19.4, not 19.8; bounds (6.85 / 3.45) ** (1/4) - 1 = 18.70%,
            # (6.95 / 3.35) ** (1/4) - 1 = 20.01% -> 19.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. German discussion-paper abstract (EUR million): CAGR with printed span that the amounts cannot give
    #     (inconsistent), a multiple over four years (no verdict), a 2028 projection. Expected nowhere: the paper
    #     number, the 312 operators and 46 Kita managers, the EUR 40 billion childcare spending, the 3.9 million
    #     children and 60,000 Kitas, the 57% survey answer.
    dict(
        text=(
            "Discussion Paper No. 25-014. Abstract: We estimate what German day-care providers and their municipal, "
            "church and non-profit operators spend on AI-assisted documentation, developmental observation and "
            "screening tools. Drawing on procurement records from 312 operators and interviews with 46 Kita managers, "
            "we find that the market grew from \u20ac18.5 million in 2020 to \u20ac52.4 million in 2024, a compound "
            "annual growth rate of 32.5% over 2020-2024 and roughly 2.8 times its 2020 level. This is still a sliver "
            "of the roughly \u20ac40 billion Germany spends each year on early childhood education and care for some "
            "3.9 million children in about 60,000 Kitas. Among the educators we surveyed, 57% said the time spent on "
            "observation records fell after adoption. Under current state funding plans we project the market at "
            "\u20ac118 million in 2028."
        ),
        obs=[
            ("Total", 2020, 18.5, "EUR million", "actual"),
            ("Total", 2024, 52.4, "EUR million", "actual"),
            ("Total", 2028, 118, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 32.5, "percent", 2020, 2024, None, "stated"),
            ("multiple", 2.8, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (52.4 / 18.5) ** (1 / 4) - 1 = 29.73%; bounds (52.35 / 18.55) ** (1/4) - 1 = 29.61%,
            # (52.45 / 18.45) ** (1/4) - 1 = 29.85% -> 32.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI early-learning toys and reading companions: YoY with both
    #     amounts, the 2023 figure printed as $985M and expected converted to the series' unit (USD billion, 0.985);
    #     a segment in USD million with its share; a CAGR with printed span. Expected nowhere: the post numbers, the
    #     $149 toy price, the Black Friday weekend sales, the Series A and valuation, the 61% survey answer.
    dict(
        text=(
            "1/ Quick thread on AI reading companions and learning toys for little kids, because the new Harbor & "
            "Finch report finally puts numbers on it.\n"
            "2/ US spending on AI early-learning toys and reading companions hit $1.24B in 2024, up 26% from $985M "
            "in 2023.\n"
            "3/ Storytelling reading companions were the biggest chunk: $410M, roughly 33% of the total.\n"
            "4/ Their forecast: $2.6B by 2028, a ~20% CAGR over 2024-28.\n"
            "5/ For context, the best-selling talking bear costs $149, Black Friday weekend alone moved about $96M of "
            "these toys, and one startup just raised a $38M Series A at a $210M valuation.\n"
            "6/ Caveat: 61% of parents in their survey worry about where the voice recordings go. Not nothing."
        ),
        obs=[
            ("Total", 2023, 0.985, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Storytelling reading companions", 2024, 410, "USD million", "actual"),
            ("Total", 2028, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 33, "percent", 2024, 2024, None),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1240 / 985) ** (1 / 1) - 1 = 25.89% -> 26
            ("arithmetic", "exact"),  # 410 / 1240 = 33.06% -> 33
            ("cagr|implied", "exact"),  # (2.6 / 1.24) ** (1 / 4) - 1 = 20.33% -> 20
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a segment's share (rounding
    #     only), a CAGR with printed span. Expected nowhere: the misprinted GBP 171 million, the GBP 8.2 billion of
    #     funded hours, the GBP 11 an hour per child, the 62,000 providers, the byline and correction dates.
    dict(
        text=(
            "Nursery apps get smarter: UK spend on AI childcare admin climbs\n"
            "By Hannah Reeve, 14 April 2025\n"
            "Nurseries, pre-schools and childminders in the UK spent \u00a3117 million on AI-assisted management "
            "software, from attendance registers and meal and nap logs to learning journals and developmental "
            "screening, in 2024, up 22% from \u00a396 million in 2023, according to consultancy Ashcombe Early Years "
            "Insight. Parent messaging and daily-log apps accounted for \u00a348 million, or 41.5% of the total. "
            "Ashcombe expects the market to reach \u00a3205 million by 2028, a compound annual rate of about 15.1% "
            "over 2024-2028. That is a small slice of the \u00a38.2 billion the government will spend on funded "
            "childcare hours this year, which pays providers roughly \u00a311 an hour per child for many two-year-olds. "
            "England has some 62,000 registered early-years providers.\n"
            "Correction, 16 April 2025: An earlier version of this article said the 2024 market was \u00a3171 million. "
            "The correct figure is \u00a3117 million."
        ),
        obs=[
            ("Total", 2023, 96, "GBP million", "actual"),
            ("Total", 2024, 117, "GBP million", "actual"),
            ("Parent messaging and daily-log apps", 2024, 48, "GBP million", "actual"),
            ("Total", 2028, 205, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 41.5, "percent", 2024, 2024, None),
            ("cagr", 15.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (117 / 96) ** (1 / 1) - 1 = 21.88% -> 22
            # 48 / 117 = 41.03% -> 41.0, not 41.5; bounds 47.5 / 117.5 = 40.43%, 48.5 / 116.5 = 41.63%
            # -> 41.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (205 / 117) ** (1 / 4) - 1 = 15.05% -> 15.1
        ],
    ),
    # 25. Japanese company's letter to shareholders in yen (JPY billion), fiscal years: YoY with both amounts, CAGR
    #     with printed span. Expected nowhere: the company's net sales, their growth and the operating margin, the
    #     686,000 births, the JPY 29,800 sensor price, the JPY 42 dividend, the date.
    dict(
        text=(
            "Message to Our Shareholders\n"
            "Fiscal 2024 was the year our AI sleep sensors moved from maternity wards into ordinary homes. By our "
            "estimate, the Japanese market for AI baby monitors and infant sleep trackers, devices that watch "
            "breathing, rolling over and room temperature and alert parents' smartphones, expanded 20.6% to "
            "\u00a525.8 billion in fiscal 2024 from \u00a521.4 billion in fiscal 2023. We expect it to reach "
            "\u00a552 billion in fiscal 2029, a compound annual growth rate of 15.0% over fiscal 2024-2029. Your "
            "company's net sales rose 8.3% to \u00a5143.7 billion, with an operating margin of 9.1%. Japan recorded "
            "only about 686,000 births in 2024, and our flagship bedside sensor sells for \u00a529,800. We will raise "
            "the year-end dividend to \u00a542 per share.\n"
            "Haruka Ishiguro, President and CEO, Mimamori Holdings Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 21.4, "JPY billion", "actual"),
            ("Total", 2024, 25.8, "JPY billion", "actual"),
            ("Total", 2029, 52, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("cagr", 15.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25.8 / 21.4) ** (1 / 1) - 1 = 20.56% -> 20.6
            ("cagr|implied", "exact"),  # (52 / 25.8) ** (1 / 5) - 1 = 15.05% (15.047) -> 15.0
        ],
    ),
    # 26. Paris investor-day slide bullets (EUR billion): the company's TAM is the market (Total); 2024 actual,
    #     2025E and 2030E estimates; CAGR with printed span. Expected nowhere: the slide number, the company's
    #     revenue, EBITDA margin and 20% share ambition, the 1.7M families and 3,400 crèches, the Series C and
    #     valuation, the EUR 7.99 plan price, the 663,000 births.
    dict(
        text=(
            "Petitpas Capital Markets Day, Paris, 25 March 2025\n"
            "Slide 7: The market we address\n"
            "- 2024 TAM: \u20ac1.9B (AI parenting apps, chatbots and connected baby monitors; France, Germany, Benelux "
            "and Southern Europe)\n"
            "- 2025E TAM: \u20ac2.3B\n"
            "- 2030E TAM: \u20ac5.1B\n"
            "- 2025E-2030E CAGR: 17.3%\n"
            "- Petitpas 2024 revenue: \u20ac86M; adjusted EBITDA margin 12%\n"
            "- Ambition: 20% share of TAM by 2030\n"
            "- 1.7M active families; 3,400 partner cr\u00e8ches\n"
            "- Series C (2023): \u20ac95M raised at a \u20ac720M valuation\n"
            "Speaker notes: our AI night-feed and sleep coach is the feature parents open most; the premium plan costs "
            "\u20ac7.99 a month, and France's 663,000 births last year remain our core funnel."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2025, 2.3, "EUR billion", "estimate"),
            ("Total", 2030, 5.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 2.3) ** (1 / 5) - 1 = 17.27% -> 17.3
        ],
    ),
    # 27. Singapore forum answer quoting two research houses (USD million): the first house (base, target and rate
    #     given) is the figure; the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the 30,800 births, the S$11,000 Baby Bonus per child, the S$12.90
    #     subscription, the funding round and valuation, the 58% poll answer.
    dict(
        text=(
            "Re: How big is the market for AI parenting apps in Southeast Asia, really?\n"
            "Answer from kiasu_dad_88:\n"
            "Depends whose numbers you trust. Tembusu Insights puts Southeast Asian spending on AI parenting apps and "
            "chatbots (feeding and sleep coaching, symptom checkers, milestone trackers) at US$388 million in 2024, up "
            "24% from US$312 million in 2023, and sees it reaching US$820 million by 2028, a CAGR of 20.6% over "
            "2024-2028. Larkspur Analytics is more bullish and has 2024 at US$450 million. For perspective, Singapore "
            "had only about 30,800 resident births last year even with the S$11,000 Baby Bonus cash gift per child, "
            "and a premium app subscription runs around S$12.90 a month. A Kuala Lumpur app raised US$22 million at a "
            "US$140 million valuation in January, and 58% of parents in one poll said they had asked a chatbot about "
            "a fever."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 388, "USD million", "actual"),
            ("Total", 2028, 820, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (388 / 312) ** (1 / 1) - 1 = 24.36% -> 24
            ("cagr|implied", "exact"),  # (820 / 388) ** (1 / 4) - 1 = 20.57% -> 20.6
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2028
    #     won amount, the target price and upside, the pick's margin, the 238,000 births, the KRW 1 million monthly
    #     allowance, "about a fifth" (a fraction in words).
    dict(
        text=(
            "Hanbit Securities, Korea Education & Childcare, 12 May 2025\n"
            "Robots in the reading corner. We estimate that Korean spending on AI tools for daycare centres and "
            "kindergartens, AI early-learning robots and parenting apps grew 23% year on year in 2024, and we forecast "
            "the market at \u20a9480 billion in 2028, a CAGR of 19% over 2024-2028. Early-learning robots and reading "
            "companions make up 34% of the 2024 total. Our top pick is Dasom Edutech (BUY, TP \u20a938,000, 27% "
            "upside), whose operating margin we see at 14.5% this year. With births down to about 238,000 in 2024 and "
            "a monthly parental allowance of \u20a91 million for infants, spending per child keeps rising; about a "
            "fifth of daycare centres already keep attendance and meal logs with AI."
        ),
        obs=[],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2025 target figure
    #     (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 954万 births, the 4500亿元 baby-product
    #     retail total, the 3600元 subsidy per child, the 双十一 growth.
    dict(
        text=(
            "新华社上海2025年3月18日电(记者林晓雯)记者从中国玩具和婴童用品协会获悉,2024年我国AI早教机器人及智能伴读"
            "产品市场规模达到148亿元,比2023年的117亿元增长26.5%。其中,AI绘本伴读机市场规模为52亿元,占比35.1%,"
            "成为增长最快的品类。2024年全国出生人口954万人,全国婴童用品零售总额约4500亿元,多地发放的育儿补贴标准为"
            "每孩每年3600元。协会预计,2025年AI早教产品市场规模有望突破180亿元。另据电商平台数据,去年“双十一”期间"
            "AI早教机器人销售额同比增长61%。业内人士表示,大模型让早教产品从“点读”走向“对话”,但儿童数据安全仍需"
            "进一步规范。"
        ),
        obs=[
            ("Total", 2023, 117, "CNY 100 million", "actual"),
            ("Total", 2024, 148, "CNY 100 million", "actual"),
            ("AI绘本伴读机", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2025, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("share", 35.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148 / 117) ** (1 / 1) - 1 = 26.50% -> 26.5
            ("arithmetic", "exact"),  # 52 / 148 = 35.14% -> 35.1
        ],
    ),
    # 30. Municipal plan (Simplified, 万元): 2024 base (actual) and a 2027 target (突破, printed figure, estimate)
    #     printed as 1.5亿元 and expected converted to the series' unit (15000 万元); the CAGR's span is given only by
    #     the amounts' years (inferred). Expected nowhere: the plan title's years, the 4.5 places per thousand people,
    #     the 300 centres, the 500元 monthly subsidy per child, the 95% certification rate.
    dict(
        text=(
            "《苏州市托育服务数字化与人工智能应用三年行动计划(2025—2027年)》近日印发。计划提出,推动托育机构普及AI晨检、"
            "出勤管理、膳食与午睡记录和儿童发展评估系统,打造一批“AI+托育”示范场景。2024年全市托育领域人工智能应用"
            "产业规模为6800万元,到2027年力争突破1.5亿元,年均增速保持在30%以上。计划明确,到2027年全市每千人口拥有"
            "3岁以下婴幼儿托位数达到4.5个,建成普惠托育机构300家,对普惠托位给予每人每月500元运营补贴,托育从业人员"
            "持证上岗率达到95%。"
        ),
        obs=[
            ("Total", 2024, 6800, "CNY 10 thousand", "actual"),
            ("Total", 2027, 15000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15000 / 6800) ** (1 / 3) - 1 = 30.17% -> 30
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span, a part with
    #     its share. Expected nowhere: 今(20)日, the 13.5萬 births, the 5,000元 monthly allowance, the 6,000-9,000元
    #     device price range, the 57% survey answer.
    dict(
        text=(
            "【台北訊】台灣婦幼科技產業協會今(20)日發布調查指出,2024年台灣AI嬰兒監視器與睡眠偵測裝置市場規模達新台幣"
            "18.6億元,較2023年的15.2億元成長22.4%;預估2028年將達新台幣38億元,2024至2028年年複合成長率為19.6%。"
            "其中,穿戴式睡眠偵測襪與貼片市場規模為新台幣7.2億元,占比38.7%。協會指出,2024年全台出生數約13.5萬人,"
            "政府育兒津貼每月5,000元起;主流AI監視器售價約新台幣6,000至9,000元。另有57%受訪家長表示,最在意的是夜間"
            "呼吸與翻身警示。協會建議業者加強影像資料加密,並取得醫療器材相關認證。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("穿戴式睡眠偵測襪與貼片", 2024, 7.2, "TWD 100 million", "actual"),
            ("Total", 2028, 38, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.6, "percent", 2024, 2028, None, "stated"),
            ("share", 38.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (38 / 18.6) ** (1 / 4) - 1 = 19.555% -> 19.6
            ("arithmetic", "exact"),  # 7.2 / 18.6 = 38.71% -> 38.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 forecast. Expected nowhere: the report title's year, the 1,000 kindergartens, the 14萬
    #     pupils, the 5萬港元 subsidy per pupil, the 66% survey answer.
    dict(
        text=(
            "香港幼兒教育科技協會今日發表《2025香港幼兒教育科技應用報告》。報告指出,2024年本港幼稚園及幼兒中心採用的"
            "AI管理及學習工具(包括出席及接送紀錄、膳食與午睡紀錄、兒童發展評估及AI伴讀)市場規模約為4.6億港元,較2023年"
            "的3.9億港元增長18.5%。其中,AI兒童發展評估工具市場規模為1.3億港元,佔28.3%。協會預計,2027年市場規模將達"
            "7.5億港元。報告亦提到,全港現有約1,000所幼稚園,學生約14萬人,幼稚園教育計劃下每名半日制學生每年資助約"
            "5萬港元;受訪家長中有66%願意讓子女使用AI伴讀工具。協會建議政府設立專項基金,協助小型幼兒中心數碼轉型。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("AI兒童發展評估工具", 2024, 1.3, "HKD 100 million", "actual"),
            ("Total", 2027, 7.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 28.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.6 / 3.9) ** (1 / 1) - 1 = 17.95% -> 17.9, not 18.5; bounds 4.55 / 3.95 - 1 = 15.19%,
            # 4.65 / 3.85 - 1 = 20.78% -> 18.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.3 / 4.6 = 28.26% -> 28.3
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), posted March 2025: 去年 is 2024 (突破, printed figure, actual), 今年 2025
    #     (estimate); YoY with both amounts. Expected nowhere: the post time, the list numbers, the 3,990-6,990元
    #     prices and 199元 subscription, the 13.4萬 newborns, the 雙11 unit sales.
    dict(
        text=(
            "作者 momo2718 (小熊媽) 看板 BabyMother\n"
            "標題 [情報] 台灣AI伴讀機器人市場 去年突破12億\n"
            "時間 Tue Mar 11 22:06:41 2025\n"
            "看到產研機構「鼎泰產研」新出的報告,幫大家整理重點:\n"
            "1. 去年台灣AI早教玩具與伴讀機器人市場規模突破新台幣12億元,2023年是9.6億元,成長25%\n"
            "2. 今年預估約14.5億元\n"
            "3. 熱門款售價大多落在3,990到6,990元,故事庫訂閱每月199元\n"
            "4. 報告說去年新生兒只有13.4萬,但每個孩子花在早教的錢越來越多\n"
            "5. 雙11當天某電商伴讀機器人賣出8,000台\n"
            "心得:我家用了半年,講故事的聲音真的很自然,小孩也愛問問題,但還是會擔心錄音資料存在哪裡\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 9.6, "TWD 100 million", "actual"),
            ("Total", 2024, 12, "TWD 100 million", "actual"),
            ("Total", 2025, 14.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12 / 9.6) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims), a YoY with only its end amount (no
    #     verdict) and a CAGR with printed span. Expected nowhere: the dateline, the covered company's revenue and
    #     gross margin, the target price, the 954万 births, the 618 promotion.
    dict(
        text=(
            "【东岳证券】AI育儿行业深度报告摘要(2025年6月9日)\n"
            "核心观点:我们测算,2024年我国AI育儿市场(AI婴儿监护设备、育儿App与对话机器人、托育机构AI管理系统)规模为"
            "96亿元,同比增长24%;预计2026年市场规模将达到130亿—145亿元,2028年达到210亿元,2024—2028年复合增长率为"
            "21.6%。重点推荐贝语科技,公司2024年营业收入8.7亿元,毛利率52%,给予目标价46元。风险提示:出生人口持续下降"
            "(2024年为954万人)、“618”等大促期间价格战加剧、儿童隐私监管趋严。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2028, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 130, "CNY 100 million", 2026, 2026, None),
            ("value", 145, "CNY 100 million", 2026, 2026, None),
            ("cagr", 21.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 96) ** (1 / 4) - 1 = 21.61% -> 21.6
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a 2027 target (有望). Expected nowhere: the company's revenue, its growth and gross margin, the
    #     8,600 signed centres, its 20% share target, the second quarter's figure.
    dict(
        text=(
            "童程智联2025年半年度业绩说明会文字实录(2025年8月28日)\n"
            "问:公司如何看待托育机构和幼儿园AI管理SaaS的市场空间?\n"
            "答(总经理黄立群):根据我们的测算,今年国内托育机构与幼儿园AI管理SaaS(晨检、考勤、膳食午睡记录、成长"
            "评估)市场规模约为24亿元,去年为19亿元,增长约26%;到2027年有望达到40亿元。公司上半年营业收入3.6亿元,"
            "同比增长18.4%,毛利率63%;目前签约园所超过8,600家,我们的目标是到2027年市场份额达到20%。另外,二季度"
            "市场规模约为5.8亿元,秋季开学前的采购明显加快。"
        ),
        obs=[
            ("Total", 2024, 19, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 19) ** (1 / 1) - 1 = 26.32% -> 26
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the centre-management CAGR is inconsistent, the toys-and-companions CAGR holds only
    #     by rounding. Expected nowhere: the exhibit number, the source's date.
    dict(
        text=(
            "Exhibit 4. US AI childcare and early-learning market by segment, 2024 and 2030F (USD million)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI baby monitors and sleep trackers | 860 | 2,140 | 16.4% |\n"
            "| AI parenting apps and chatbots | 540 | 1,620 | 20.1% |\n"
            "| AI childcare-centre management tools | 710 | 1,880 | 19.6% |\n"
            "| AI early-learning toys and reading companions | 1,000 | 2,455 | 16.2% |\n"
            "| Total | 3,110 | 8,095 | 17.3% |\n"
            "Source: Brightwater Family Research, March 2025. Note: 2030F figures are forecasts; household and provider "
            "spending on AI hardware, software and subscriptions; childcare fees excluded."
        ),
        obs=[
            ("AI baby monitors and sleep trackers", 2024, 860, "USD million", "actual"),
            ("AI baby monitors and sleep trackers", 2030, 2140, "USD million", "estimate"),
            ("AI parenting apps and chatbots", 2024, 540, "USD million", "actual"),
            ("AI parenting apps and chatbots", 2030, 1620, "USD million", "estimate"),
            ("AI childcare-centre management tools", 2024, 710, "USD million", "actual"),
            ("AI childcare-centre management tools", 2030, 1880, "USD million", "estimate"),
            ("AI early-learning toys and reading companions", 2024, 1000, "USD million", "actual"),
            ("AI early-learning toys and reading companions", 2030, 2455, "USD million", "estimate"),
            ("Total", 2024, 3110, "USD million", "actual"),
            ("Total", 2030, 8095, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2140 / 860) ** (1 / 6) - 1 = 16.41% -> 16.4
            ("cagr|implied", "exact"),  # (1620 / 540) ** (1 / 6) - 1 = 20.09% -> 20.1
            # (1880 / 710) ** (1 / 6) - 1 = 17.62%; bounds (1879.5 / 710.5) ** (1/6) - 1 = 17.60%,
            # (1880.5 / 709.5) ** (1/6) - 1 = 17.64% -> 19.6 unreachable
            ("cagr|implied", "inconsistent"),
            # (2455 / 1000) ** (1 / 6) - 1 = 16.147% -> 16.1, not 16.2; bounds (2454.5 / 1000.5) ** (1/6) - 1 =
            # 16.134%, (2455.5 / 999.5) ** (1/6) - 1 = 16.161% -> 16.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (8095 / 3110) ** (1 / 6) - 1 = 17.29% -> 17.3
            ("hierarchy", "exact"),  # 2024: 860 + 540 + 710 + 1000 = 3110
            ("hierarchy", "exact"),  # 2030F: 2140 + 1620 + 1880 + 2455 = 8095
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion) with a YoY column: the 2023 Total exceeds its rows' sum
    #     by 0.1 (rounding only), the 2024 rows add exactly; the developmental-screening YoY is inconsistent.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3: Japan, AI in nurseries and childcare by application (JPY billion)\n"
            "Application\t2023\t2024\tYoY\n"
            "AI infant breathing and nap sensors\t8.4\t10.1\t20.2%\n"
            "AI attendance, meal and nap record-keeping\t12.6\t15.3\t21.4%\n"
            "AI developmental screening\t3.2\t4.1\t22.8%\n"
            "AI staff scheduling and shift planning\t5.7\t6.8\t19.3%\n"
            "Total\t30.0\t36.3\t21.0%\n"
            "Note: spending by licensed nurseries, certified centres for early childhood education and kindergartens "
            "on AI software, sensors and services; totals may not add because of rounding. Source: Sakuragaoka "
            "Childcare Research, April 2025."
        ),
        obs=[
            ("AI infant breathing and nap sensors", 2023, 8.4, "JPY billion", "actual"),
            ("AI infant breathing and nap sensors", 2024, 10.1, "JPY billion", "actual"),
            ("AI attendance, meal and nap record-keeping", 2023, 12.6, "JPY billion", "actual"),
            ("AI attendance, meal and nap record-keeping", 2024, 15.3, "JPY billion", "actual"),
            ("AI developmental screening", 2023, 3.2, "JPY billion", "actual"),
            ("AI developmental screening", 2024, 4.1, "JPY billion", "actual"),
            ("AI staff scheduling and shift planning", 2023, 5.7, "JPY billion", "actual"),
            ("AI staff scheduling and shift planning", 2024, 6.8, "JPY billion", "actual"),
            ("Total", 2023, 30.0, "JPY billion", "actual"),
            ("Total", 2024, 36.3, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.1 / 8.4 - 1 = 20.24% -> 20.2
            ("cagr|implied", "exact"),  # 15.3 / 12.6 - 1 = 21.43% -> 21.4
            # 4.1 / 3.2 - 1 = 28.13%; bounds 4.05 / 3.25 - 1 = 24.62%, 4.15 / 3.15 - 1 = 31.75% -> 22.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 6.8 / 5.7 - 1 = 19.30% -> 19.3
            ("cagr|implied", "exact"),  # 36.3 / 30.0 - 1 = 21.00% -> 21.0
            # 2023: 8.4 + 12.6 + 3.2 + 5.7 = 29.9 vs 30.0; rows' bounds 29.7-30.1 overlap the total's 29.95-30.05
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 10.1 + 15.3 + 4.1 + 6.8 = 36.3
        ],
    ),
    # 38. Space-aligned Dutch table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the toys-and-companions share holds only by rounding. Expected nowhere: the source's
    #     date.
    dict(
        text=(
            "Netherlands: AI in childcare and parenting, spending by segment, 2024\n"
            "Segment                                          EUR million      Share\n"
            "AI baby monitors and sleep trackers                     21.6      26.3%\n"
            "AI parenting apps and chatbots                          14.3      17.4%\n"
            "AI kinderopvang administration and observation          26.8      32.7%\n"
            "AI early-learning toys and reading companions           11.9      14.6%\n"
            "AI staff rostering for childcare centres                 7.4       9.0%\n"
            "Total                                                   82.0     100.0%\n"
            "Note: household, childcare-organisation and municipal spending on AI devices, software and services; "
            "childcare fees and the childcare allowance excluded. Source: Deltajeugd Research, May 2025."
        ),
        obs=[
            ("AI baby monitors and sleep trackers", 2024, 21.6, "EUR million", "actual"),
            ("AI parenting apps and chatbots", 2024, 14.3, "EUR million", "actual"),
            ("AI kinderopvang administration and observation", 2024, 26.8, "EUR million", "actual"),
            ("AI early-learning toys and reading companions", 2024, 11.9, "EUR million", "actual"),
            ("AI staff rostering for childcare centres", 2024, 7.4, "EUR million", "actual"),
            ("Total", 2024, 82.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 26.3, "percent", 2024, 2024, None),
            ("share", 17.4, "percent", 2024, 2024, None),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("share", 14.6, "percent", 2024, 2024, None),
            ("share", 9.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 82.0 = 26.34% -> 26.3
            ("arithmetic", "exact"),  # 14.3 / 82.0 = 17.44% -> 17.4
            ("arithmetic", "exact"),  # 26.8 / 82.0 = 32.68% -> 32.7
            # 11.9 / 82.0 = 14.512% -> 14.5, not 14.6; bounds 11.85 / 82.05 = 14.442%, 11.95 / 81.95 = 14.582%
            # -> 14.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 7.4 / 82.0 = 9.02% -> 9.0
            ("hierarchy", "exact"),  # 21.6 + 14.3 + 26.8 + 11.9 + 7.4 = 82.0
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2025F YoY holds only by rounding. Expected
    #     nowhere: the source's date, the title's year span.
    dict(
        text=(
            "Canada: AI staffing, ratio-compliance and scheduling software for childcare centres, 2021-2026F\n"
            "Year | USD million | YoY\n"
            "2021 | 58 | -\n"
            "2022 | 71 | 22.4%\n"
            "2023 | 89 | 25.4%\n"
            "2024 | 108 | 21.3%\n"
            "2025F | 129 | 19.6%\n"
            "2026F | 152 | 17.8%\n"
            "Note: F = forecast; converted to US dollars at average annual exchange rates; licensed centres and "
            "home-based agencies, all provinces and territories. Source: Maplecrest Early Learning Analytics, "
            "February 2025."
        ),
        obs=[
            ("Total", 2021, 58, "USD million", "actual"),
            ("Total", 2022, 71, "USD million", "actual"),
            ("Total", 2023, 89, "USD million", "actual"),
            ("Total", 2024, 108, "USD million", "actual"),
            ("Total", 2025, 129, "USD million", "estimate"),
            ("Total", 2026, 152, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.4, "percent", 2022, 2023, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.6, "percent", 2024, 2025, 1.0),
            ("growth", 17.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71 / 58 - 1 = 22.41% -> 22.4
            ("cagr|implied", "exact"),  # 89 / 71 - 1 = 25.35% -> 25.4
            ("cagr|implied", "exact"),  # 108 / 89 - 1 = 21.35% -> 21.3
            # 129 / 108 - 1 = 19.44% -> 19.4, not 19.6; bounds 128.5 / 108.5 - 1 = 18.43%, 129.5 / 107.5 - 1 = 20.47%
            # -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 152 / 129 - 1 = 17.83% -> 17.8
        ],
    ),
    # 40. Tab-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2025 合計
    #     exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "表4 台灣托嬰中心及幼兒園AI應用市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "AI出缺勤與接送管理\t2.4\t2.9\t3.5\n"
            "AI餐點與午睡紀錄\t1.8\t2.2\t2.7\n"
            "AI幼兒發展篩檢\t1.1\t1.5\t2.0\n"
            "AI排班與人力調度\t0.9\t1.2\t1.6\n"
            "合計\t6.2\t7.8\t10.4\n"
            "資料來源:台灣幼教科技研究中心,2025年4月;2025年(預估)為預估值,僅計AI軟體及服務,不含硬體設備與托育費用。"
        ),
        obs=[
            ("AI出缺勤與接送管理", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI出缺勤與接送管理", 2024, 2.9, "TWD 100 million", "actual"),
            ("AI出缺勤與接送管理", 2025, 3.5, "TWD 100 million", "estimate"),
            ("AI餐點與午睡紀錄", 2023, 1.8, "TWD 100 million", "actual"),
            ("AI餐點與午睡紀錄", 2024, 2.2, "TWD 100 million", "actual"),
            ("AI餐點與午睡紀錄", 2025, 2.7, "TWD 100 million", "estimate"),
            ("AI幼兒發展篩檢", 2023, 1.1, "TWD 100 million", "actual"),
            ("AI幼兒發展篩檢", 2024, 1.5, "TWD 100 million", "actual"),
            ("AI幼兒發展篩檢", 2025, 2.0, "TWD 100 million", "estimate"),
            ("AI排班與人力調度", 2023, 0.9, "TWD 100 million", "actual"),
            ("AI排班與人力調度", 2024, 1.2, "TWD 100 million", "actual"),
            ("AI排班與人力調度", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 6.2, "TWD 100 million", "actual"),
            ("合計", 2024, 7.8, "TWD 100 million", "actual"),
            ("合計", 2025, 10.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.4 + 1.8 + 1.1 + 0.9 = 6.2
            ("hierarchy", "exact"),  # 2024: 2.9 + 2.2 + 1.5 + 1.2 = 7.8
            # 2025(預估): 3.5 + 2.7 + 2.0 + 1.6 = 9.8 vs 10.4; rows' bounds 9.6-10.0, total's 10.35-10.45
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eighteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 28%',
    'A rival house, Spreewerk',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长3倍',
    '新台幣61億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月12日電',
    '| Application | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 63 | 32.6%',
    'Lullavue Inc. Q1 2025 earnings call, May 8, 2025',
    'Discussion Paper No. 25-014. Abstract:',
    '2/ US spending on AI early-learning toys and reading companions hit $1.24B',
    'Correction, 16 April 2025:',
    'Message to Our Shareholders',
    '- 2025E TAM: €2.3B',
    'Larkspur Analytics is more bullish',
    'Hanbit Securities, Korea Education & Childcare, 12 May 2025',
    '新华社上海2025年3月18日电',
    '年均增速保持在30%以上',
    '標題 [情報] 台灣AI伴讀機器人市場 去年突破12億',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '合計\t6.2\t7.8\t10.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 203
#: figures, 67 rates, 93 verdicts and 2 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (216, 218): 205, 67, 94 and 2
FLOORS = {"figures_found": 206, "rates_found": 67, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset218.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
