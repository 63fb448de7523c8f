"""A two-hundred-and-fifty-eighth check set for the extractor, written blind: AI in heating, cooling, plumbing and home
services: AI-optimised heat pumps and smart thermostats' AI features, AI fault prediction for boilers and HVAC units, AI
dispatch and scheduling for plumbers, electricians and HVAC technicians, AI leak detection in homes, AI quoting and
booking platforms for home-service trades; sized in money by research houses, consultancies, heating and plumbing trade
bodies, energy and housing ministries, utilities, brokers and manufacturers' capital-markets days, in the US, Canada,
the UK, Ireland, Germany, the Netherlands, Denmark, Italy, Australia, Singapore (Singapore dollars only as an aside),
Japan, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元).
Distractors a careful reader leaves out: total HVAC equipment or plumbing-services revenue beside the AI part, counts of
installers, homes, heat pumps and boilers installed, a callout fee or hourly rate, an energy saving in percent, a
subsidy or grant budget, a company's own revenue, orders or margin, a funding round and valuation, a quarter's or a
half-year's figures, survey percentages, a penetration rate.

Snippets 1-20: Twenty snippets on AI in heating, cooling, plumbing and home services: eight English prose texts (a
newswire release with a Report scope block, a 10-K market-opportunity paragraph with footnote markers, a TL;DR
newsletter with y/y rates in parentheses, an Australian forum thread disputing a quoted report, a German trade-show
press kit with two-digit years, an Indian daily with rupee crore beside dollars, a UK minister's speech with a figure in
words, an analyst's numbered thread on Japan in yen), seven Chinese prose texts (an annual report's industry section, a
funding story, a provincial plan, a Hong Kong broker's report with chart captions, a Taiwan magazine story in USD
million, a Hong Kong government release in HKD, a Weibo post) and five tables (North American markdown with a footnoted
cell and n/a, European tab-separated with a bracketed decline, Australian space-aligned with years as rows, mainland
markdown with A and E columns, Taiwan space-aligned with a 合計 row). Left out: total HVAC and plumbing revenue, counts of
heat pumps, boilers, installers and buildings, callout fees and rates, energy savings, grant budgets, company revenue
and margins, funding rounds and valuations, quarterly figures, survey answers, a penetration rate, rupee and Singapore-
dollar amounts. Inconsistent: the forum's 21.4% CAGR, the Japanese thread's 44% share, the North American table's 21.8%
CAGR, the mainland table's 2030E total, the Taiwan table's 27.4% growth. Only by rounding: the 10-K's 21%, the
newsletter's 30%, the Indian daily's 20%, the funding story's 42%, the broker's 33.3%, the Hong Kong release's 38%
share, the European table's 20.5% and the Australian table's 2025E total.

Snippets 21-40: Twenty snippets on AI in heating, cooling, plumbing and home services: eight English prose texts (a US
HVAC maker's earnings call, an encyclopedia paragraph on Singapore leak detection, a market-research store's listing, a
British budget speech in £m and £bn, a Dutch installers' chair's letter, a LinkedIn carousel on Germany, a listicle on
Australian trades, a Japanese maker's investor release in yen), seven Chinese prose texts (a 人民网-style story, a 政府采购
notice, a WeChat article, an association's yearly report, a Taiwan statistics release, a Hong Kong results announcement,
a Zhihu answer quoting two houses) and five tables (Canadian Markdown with a unit header row, Irish tab-separated
quarters and full years, Shenzhen space-aligned 万元 with shares, vertical Hong Kong years with 年增率, European Markdown
years by country). Left out: total HVAC equipment sales and industry output, counts of installers, homes, heat pumps,
boilers, claims and contracts, callout fees and hourly rates, energy savings, grant, subsidy and procurement budgets,
companies' own revenue, margins, dividends and funding rounds, a single month's and the quarters' figures, survey
percentages, a second house's figures, report prices and boilerplate numbers. Inconsistent: the German carousel's 22.4%
CAGR, the association's 18.6% growth, the Canadian dispatch row's 19.3% CAGR, the Shenzhen leak-detection share of
16.9%, the Hong Kong table's 2025(E) 29.5%, the European table's 2026E total. Only by rounding: the store listing's
18.1% CAGR, the procurement notice's 23.2%, Taiwan's 2025 15.2%, the Zhihu 21.9%, the Irish fault-prediction row's
21.9%, the Hong Kong table's 2023 25.3%, the European table's 2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US research firm's newswire release with a "Report scope" block (colon lines): USD 1.86 billion in 2024
    #    (actual), USD 2.21 billion "this year" (2025, an estimate: the dateline's year), USD 5.41 billion by 2030, and a
    #    CAGR from 2025 to 2030 with its span printed; a residential share given without its part. Expected nowhere:
    #    the dateline, the USD 240 billion HVAC equipment market, the 23% energy savings, the About boilerplate (2009,
    #    400 analysts, 1,800 clients, 30 countries), the media-contact phone number.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 (Lonestar Business Wire) -- The global market for AI-optimized heat pumps "
            "and AI features in smart thermostats was valued at USD 1.86 billion in 2024, according to a new report "
            "from Corliss & Vane Research. Learning-based scheduling and grid-aware defrost control should lift "
            "revenue to USD 2.21 billion this year and USD 5.41 billion by 2030. Residential installations held a "
            "64.2% revenue share in 2024, and vendors cite energy savings of up to 23%. The wider HVAC equipment "
            "market is worth more than USD 240 billion.\n"
            "Report scope\n"
            "Market size value in 2024: USD 1.86 billion\n"
            "Revenue forecast in 2030: USD 5.41 billion\n"
            "Growth rate: CAGR of 19.6% from 2025 to 2030\n"
            "Base year for estimation: 2024\n"
            "About Corliss & Vane Research\n"
            "Founded in 2009, Corliss & Vane Research employs more than 400 analysts serving 1,800 clients in 30 "
            "countries.\n"
            "Media contact: Dana Whitlow, +1 512 555 0142"
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2025, 2.21, "USD billion", "estimate"),
            ("Total", 2030, 5.41, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 64.2, "percent", 2024, 2024, None),
            ("cagr", 19.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.41 / 2.21) ** (1 / 5) - 1 = 19.61% -> 19.6
        ],
    ),
    # 2. US annual report (10-K) "Market Opportunity" paragraph with footnote markers "(1)", "(2)" after the amounts and
    #    footnote lines below: about $2.4 billion in 2024, about $6.0 billion by 2029 with a CAGR whose span only the
    #    amounts' years give (inferred), holding only by rounding; a part with its share. Expected nowhere: the $470
    #    billion of home-services spending, the 1.9 million technicians, the company's $186.3 million fiscal 2024
    #    revenue, its 21,400 customers, the footnote numbers and source date.
    dict(
        text=(
            "Market Opportunity\n"
            "We believe the market for AI-driven dispatch, scheduling and quoting software sold to residential HVAC, "
            "plumbing and electrical contractors in the United States and Canada is large and underpenetrated. We "
            "estimate that this market was approximately $2.4 billion(1) in 2024 and will grow to approximately $6.0 "
            "billion(1) by 2029, a compound annual growth rate of approximately 21%. AI dispatch and scheduling alone "
            "accounted for approximately $1.1 billion(2), or 46%, of the 2024 total. These figures are a small fraction "
            "of the approximately $470 billion(2) that North American homeowners spend each year on home services "
            "delivered by an estimated 1.9 million technicians. In fiscal 2024, our revenue was $186.3 million, and we "
            "served approximately 21,400 contractor customers.\n"
            "(1) Harlow & Pike Research, Trades Software Outlook, October 2024.\n"
            "(2) Company estimates based on Harlow & Pike Research data."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2029, 6.0, "USD billion", "estimate"),
            ("AI dispatch and scheduling", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (6.0 / 2.4) ** (1 / 5) - 1 = 20.11% -> 20, not 21; bounds (5.95 / 2.45) ** (1/5) - 1 = 19.42%,
            # (6.05 / 2.35) ** (1/5) - 1 = 20.82% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 1.1 / 2.4 = 45.83% -> 46
        ],
    ),
    # 3. UK email newsletter digest opening "TL;DR:" with y/y rates in parentheses after the amounts: £184m in 2024 up
    #    18% from £156m; a part, remote diagnostics platforms, £67m up 30% from £52m, which holds only by rounding.
    #    Expected nowhere: the issue number and date, the £12m Series A, the 1.6 million boilers fitted, the £95 callout
    #    fee, the £49m first-quarter spend.
    dict(
        text=(
            "The Flue Line, Issue #142, 9 May 2025\n"
            "TL;DR: UK spend on AI fault prediction for boilers and heat pumps reached £184m in 2024 (up 18% y/y from "
            "£156m). Remote diagnostics platforms were the fastest-growing slice at £67m (up 30% y/y from £52m).\n"
            "What else: Bristol start-up Pilotflame Labs raised a £12m Series A to sell predictive alerts to boiler-cover "
            "firms; installers fitted about 1.6 million gas boilers last year; and the average callout fee in London "
            "has crept up to £95. Q1 2025 spend on the AI tools came in at £49m.\n"
            "Why it matters: insurers and boiler-cover providers, not homeowners, are paying for most of the alerts, "
            "so growth tracks policy renewals rather than the weather."
        ),
        obs=[
            ("Total", 2023, 156, "GBP million", "actual"),
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Remote diagnostics platforms", 2023, 52, "GBP million", "actual"),
            ("Remote diagnostics platforms", 2024, 67, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184 / 156) ** (1 / 1) - 1 = 17.95% -> 18
            # (67 / 52) ** (1 / 1) - 1 = 28.85% -> 29, not 30; bounds 66.5 / 52.5 - 1 = 26.67%, 67.5 / 51.5 - 1 =
            # 31.07% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Australian trade forum thread: a reply quotes a report on a "> " line (US$96 million in 2024, US$212 million by
    #    2029, a CAGR of 21.4% over 2024-2029, span printed); a second reply disputes the rate, which no reading
    #    reaches. Expected nowhere: the post date, the 40 installs, the A$160 hourly rate (Australian dollars are not in
    #    the unit table), "one in four" insurance claims (a survey, in words).
    dict(
        text=(
            "Thread: Is AI leak detection for homes actually a real market in Australia?\n"
            "Posted by drip_tray_dave, 14 Aug 2025\n"
            "Reply from coastal_plumbing_syd:\n"
            "> Harbourview Analytics puts Australian spending on AI water-leak detection for homes at US$96 million in "
            "2024, rising to US$212 million by 2029, a CAGR of 21.4% over 2024-2029.\n"
            "Reckon that's about right on size. We did 40 smart shut-off valve installs last year and charge A$160 an "
            "hour, and the insurers are starting to ask for them.\n"
            "Reply from metered_mel:\n"
            "Run the numbers. US$96 million to US$212 million over five years doesn't get anywhere near 21.4% a year. "
            "Either the base or the rate is wrong. And their line that one in four home insurance claims is water damage "
            "comes from a customer survey, not claims data."
        ),
        obs=[
            ("Total", 2024, 96, "USD million", "actual"),
            ("Total", 2029, 212, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (212 / 96) ** (1 / 5) - 1 = 17.17% -> 17.2, not 21.4; bounds (211.5 / 96.5) ** (1/5) - 1 = 16.99%,
            # (212.5 / 95.5) ** (1/5) - 1 = 17.35% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. German trade-show press kit with two-digit years: €312m in FY24 (2024, actual), €1.05bn by '30 (expected
    #    converted to the series' unit, 1,050 EUR million), a CAGR of 22.4% over 2024-30 (span printed); a part with its
    #    share. Expected nowhere: the show dates, the 193,000 heat pumps installed, the €3.6bn federal grant budget for
    #    '25, the 17% electricity saving, the 1,400 exhibitors from 48 countries in nine halls.
    dict(
        text=(
            "Press information: HeatTech Expo Essen, 18-21 March 2025\n"
            "Smart heat, smarter service\n"
            "Germany's market for AI-optimised heat-pump controls and AI fault prediction stood at €312m in FY24 and "
            "should hit €1.05bn by '30, a CAGR of 22.4% over 2024-30, according to show partner Rheinland "
            "Waermeforschung. AI fault prediction accounted for €97m of FY24 spending, or 31%. For context, Germany "
            "installed 193,000 heat pumps in FY24, and the federal heating grant budget for '25 is €3.6bn. Exhibitors "
            "say learning controllers cut electricity use by up to 17%. More than 1,400 exhibitors from 48 countries "
            "will fill nine halls, with a dedicated stage for installers on digital service contracts."
        ),
        obs=[
            ("Total", 2024, 312, "EUR million", "actual"),
            ("Total", 2030, 1050, "EUR million", "estimate"),
            ("AI fault prediction", 2024, 97, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1050 / 312) ** (1 / 6) - 1 = 22.42% -> 22.4 (€1.05bn printed to €0.01bn: bounds 22.29%..22.55%)
            ("cagr|implied", "exact"),
            ("arithmetic", "exact"),  # 97 / 312 = 31.09% -> 31
        ],
    ),
    # 6. Indian business daily on a Pune start-up selling to North American contractors, in US dollars with rupee crore
    #    beside: $1.3 billion in 2024, $3.1 billion by 2029, "about 20% a year" (span from the amounts' years,
    #    inferred), reached only by rounding. Expected nowhere: the rupee crore amounts, the $25 million Series B, the
    #    $180 million valuation, the 640 employees, the ₹96 crore FY25 revenue.
    dict(
        text=(
            "Bengaluru, 22 July 2025: Pune-based FieldNeuron, which sells AI scheduling and dispatch software to HVAC, "
            "plumbing and electrical contractors in the US and Canada, has raised $25 million (about ₹214 crore) in a "
            "Series B round that values it at $180 million. The company cites estimates from Boston-based Quarry Lane "
            "Advisors that the North American market for AI dispatch and scheduling tools for home-service "
            "technicians was worth $1.3 billion (₹10,800 crore) in 2024 and will touch $3.1 billion (nearly ₹25,800 "
            "crore) by 2029, growing about 20% a year. FieldNeuron, which employs 640 people in Pune and Austin, said "
            "its revenue rose to ₹96 crore in FY25, with most of it billed in dollars."
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2029, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (3.1 / 1.3) ** (1 / 5) - 1 = 18.98% -> 19, not 20; bounds (3.05 / 1.35) ** (1/5) - 1 = 17.71%,
            # (3.15 / 1.25) ** (1/5) - 1 = 20.30% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 7. UK minister's speech transcript with "[Applause]": "last year" (2024) £610 million, 27 per cent more than "the
    #    year before" (2023) £480 million; by 2030 "just under two billion pounds" (approximate, at its printed figure,
    #    converted to the series' unit: 2,000 GBP million, an estimate); "more than triple" as a multiple x3. Expected
    #    nowhere: the speech date, the 600,000 heat pumps a year, the 40,000 engineers trained, the £1.2 billion grant
    #    budget, the 12 per cent bill saving.
    dict(
        text=(
            "Speech by the Minister for Energy Consumers to the Heating Futures conference, Birmingham, 12 June 2025\n"
            "Thank you. Let me start with a number. Last year, households and landlords in this country spent £610 "
            "million on smart thermostats and heating controls with AI features, 27 per cent more than the £480 "
            "million they spent the year before. [Applause] By 2030 we expect that market to be worth just under two "
            "billion pounds, more than triple last year's figure. Behind those figures are real people: an ambition "
            "of 600,000 heat pumps a year, 40,000 heating engineers trained through our skills programme, and a Clean "
            "Heat Grant budget of £1.2 billion over three years. [Applause] And a family that fits a learning "
            "thermostat can cut its heating bill by around 12 per cent."
        ),
        obs=[
            ("Total", 2023, 480, "GBP million", "actual"),
            ("Total", 2024, 610, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (610 / 480) ** (1 / 1) - 1 = 27.08% -> 27
        ],
    ),
    # 8. Analyst's social-media thread numbered "1/" ... "6/", one figure per post (Japan, ¥ billion): ¥42.6bn in 2024
    #    up 14% from ¥37.4bn in 2023; a part at ¥17.9bn said to be 44% of the total, which no reading reaches; a 2028
    #    forecast. Expected nowhere: the posting date, the 9.2m room air-conditioner units, the Q1 2025 ¥11.3bn, a
    #    listed maker's 31% service margin.
    dict(
        text=(
            "Thread on Japan's AI-for-aircon market (posted 3 Apr 2025)\n"
            "1/ Our house estimate for Japan's AI HVAC software and services (predictive maintenance, AI air-con "
            "control, remote diagnostics): ¥42.6bn in 2024.\n"
            "2/ That's up 14% from ¥37.4bn in 2023. Office retrofits did the heavy lifting.\n"
            "3/ Biggest slice is AI fault prediction for commercial packaged air conditioners at ¥17.9bn, i.e. 44% of "
            "the total.\n"
            "4/ Our 2028 forecast: ¥71bn.\n"
            "5/ For scale: domestic shipments of room air conditioners ran at 9.2m units, and Q1 2025 AI spend was "
            "¥11.3bn.\n"
            "6/ Standard disclaimer: not investment advice. One listed maker's AI service margin is already 31%."
        ),
        obs=[
            ("Total", 2024, 42.6, "JPY billion", "actual"),
            ("Total", 2023, 37.4, "JPY billion", "actual"),
            ("AI fault prediction for commercial packaged air conditioners", 2024, 17.9, "JPY billion", "actual"),
            ("Total", 2028, 71, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 37.4) ** (1 / 1) - 1 = 13.90% -> 14
            # 17.9 / 42.6 = 42.02% -> 42, not 44; bounds 17.85 / 42.65 = 41.85%, 17.95 / 42.55 = 42.19% -> 44
            # unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 9. Mainland listed company's annual report, 行业发展情况 (Simplified) with 据……统计 and a 注： line: 86.4亿元 in
    #    2024, up 21.3% on 71.2亿元 in 2023; 预计 152.0亿元 in 2027 with a 2024-2027 CAGR (span printed). Expected
    #    nowhere: the 2,160亿元 total HVAC output, the 410万台 heat pumps, the company's 18.7亿元 revenue and its 9.6%
    #    growth, the scope in the 注 line.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "（一）行业发展情况\n"
            "随着“双碳”目标推进，暖通空调正加速走向智能化。据中暖产业研究院统计，2024年我国暖通空调AI控制与智能运维"
            "市场规模达到86.4亿元，较2023年的71.2亿元增长21.3%；预计到2027年将达到152.0亿元，2024-2027年复合增长率约"
            "为20.7%。同期，我国暖通空调行业总产值约2,160亿元，热泵产品内销量约410万台。报告期内，公司实现营业收入18.7"
            "亿元，同比增长9.6%。\n"
            "注：上述市场规模仅含AI控制软件、算法服务及远程运维平台，不含空调主机及末端设备硬件。"
        ),
        obs=[
            ("Total", 2023, 71.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 152.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 71.2) ** (1 / 1) - 1 = 21.35% -> 21.3
            ("cagr|implied", "exact"),  # (152.0 / 86.4) ** (1 / 3) - 1 = 20.72% -> 20.7
        ],
    ),
    # 10. Funding story in the 36氪 manner (Simplified): 2024 38.7亿元, 同比增长42% on 2023's 27.4亿元 (holds only by
    #     rounding), 预计2027年有望突破80亿元 (an estimate at its printed figure). Expected nowhere: the 2亿元 B round, the
    #     15亿元 valuation, the 8万名 technicians, the platform's 6.8亿元 GMV, the 50元 callout fee.
    dict(
        text=(
            "「潮汐创投」获悉，AI家庭维修调度平台「匠到家」近日完成2亿元B轮融资，由远澜资本领投，投后估值约15亿元。"
            "据麦川咨询数据，2024年中国家庭维修服务AI派单与智能报价市场规模为38.7亿元，同比增长42%，2023年该数字为"
            "27.4亿元；预计2027年有望突破80亿元。「匠到家」创始人林舟介绍，平台目前入驻水电、空调维修师傅超过8万名，"
            "2024年平台订单GMV达6.8亿元，平均上门费约50元。本轮融资将主要用于AI派单算法和漏水检测硬件研发。"
        ),
        obs=[
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2023, 27.4, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (38.7 / 27.4) ** (1 / 1) - 1 = 41.24% -> 41, not 42; bounds 38.65 / 27.45 - 1 = 40.80%, 38.75 / 27.35 -
            # 1 = 41.68% -> 42 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Hebei provincial action plan paragraph (Simplified): 到2027年 a target of 45亿元以上 (an estimate at its printed
    #     figure) on a 2024 base of 29.6亿元, 年均增长15%以上 (span from the amounts' years, inferred). Expected nowhere:
    #     the 20万台 heat pumps, the 35% penetration rate, the 20% energy saving, the 3亿元 special fund, the 50 firms.
    dict(
        text=(
            "河北省智能供热与建筑节能产业发展行动计划（2025—2027年）\n"
            "二、发展目标\n"
            "到2027年，全省AI供热调控、热泵智能优化及供热管网故障预测等应用市场规模达到45亿元以上（2024年为29.6亿元），"
            "年均增长15%以上；推广应用空气源热泵20万台，智能温控在新建住宅中的渗透率达到35%，供热系统综合节能率提升"
            "20%。省级财政统筹安排专项资金3亿元，培育50家骨干企业，形成一批可复制推广的应用场景。"
        ),
        obs=[
            ("Total", 2024, 29.6, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (45 / 29.6) ** (1 / 3) - 1 = 14.99% -> 15
        ],
    ),
    # 12. Hong Kong broker's report on the mainland (Traditional) with 圖表N： captions and 資料來源： lines between
    #     paragraphs, in 億元人民幣: 2024 24.8 with a 2020-2024 CAGR of 33.3% on 2020's 7.9 (span printed, only by
    #     rounding); a part with its share; 2025 預計 31.2 with its YoY. Expected nowhere: the chart numbers, the
    #     9,000萬台 wall-hung boilers, the 8,000億元 HVAC industry, the 增持 rating.
    dict(
        text=(
            "中國AI暖通運維：從賣設備到賣服務\n"
            "我們認為，鍋爐及暖通設備的AI故障預測正由試點走向規模化。據暖研數據，2024年中國相關市場規模為24.8億元人民幣，"
            "2020-2024年複合增長率為33.3%（2020年為7.9億元人民幣）。\n"
            "圖表3：2020-2024年中國鍋爐及暖通設備AI故障預測市場規模\n"
            "資料來源：暖研數據，東港證券研究部\n"
            "分應用看，商用樓宇及園區佔主導，2024年規模為15.4億元人民幣，佔比62%。我們預計2025年市場規模將達31.2億元"
            "人民幣，同比增長25.8%。\n"
            "圖表4：2024年中國鍋爐及暖通設備AI故障預測市場結構\n"
            "資料來源：暖研數據，東港證券研究部\n"
            "全國燃氣壁掛爐保有量約9,000萬台，暖通行業整體規模逾8,000億元。維持行業「增持」評級。"
        ),
        obs=[
            ("Total", 2020, 7.9, "CNY 100 million", "actual"),
            ("Total", 2024, 24.8, "CNY 100 million", "actual"),
            ("商用樓宇及園區", 2024, 15.4, "CNY 100 million", "actual"),
            ("Total", 2025, 31.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.3, "percent", 2020, 2024, None, "stated"),
            ("share", 62, "percent", 2024, 2024, None),
            ("growth", 25.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (24.8 / 7.9) ** (1 / 4) - 1 = 33.11% -> 33.1, not 33.3; bounds (24.75 / 7.95) ** (1/4) - 1 = 32.83%,
            # (24.85 / 7.85) ** (1/4) - 1 = 33.39% -> 33.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 15.4 / 24.8 = 62.10% -> 62
            ("cagr|implied", "exact"),  # (31.2 / 24.8) ** (1 / 1) - 1 = 25.81% -> 25.8
        ],
    ),
    # 13. Taiwan business-magazine story (Traditional) in 百萬美元: 2024 412, 年增19.4% on 2023's 345; 預估 780 in 2028;
    #     a part at 約96 (at its printed figure). Expected nowhere: the 120萬台 air conditioners sold, a local maker's
    #     新台幣482億元 revenue and 22.6% gross margin, the 18% power saving.
    dict(
        text=(
            "【產業追蹤】冷氣也會「自己想」了\n"
            "台灣夏季用電尖峰屢創新高，AI節能冷氣與熱泵控制成為家電品牌的新戰場。根據台灣智慧家電研究院估算，2024年"
            "台灣AI空調節能控制與熱泵智慧優化市場規模達412百萬美元，年增19.4%，2023年為345百萬美元；預估2028年可達780"
            "百萬美元。其中，AI熱泵熱水器控制約96百萬美元。另一方面，國內冷氣機年銷量約120萬台，某本土大廠去年營收"
            "新台幣482億元、毛利率22.6%，業者也宣稱AI模式平均可節電18%。"
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2023, 345, "USD million", "actual"),
            ("Total", 2028, 780, "USD million", "estimate"),
            ("AI熱泵熱水器控制", 2024, 96, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 345) ** (1 / 1) - 1 = 19.42% -> 19.4
        ],
    ),
    # 14. Hong Kong government press release (Traditional) in 億港元: 2024 7.8, 按年增長16.4% on 2023's 6.7; a part,
    #     AI漏水偵測方案, 2.9 said to be 約38% (only by rounding). Expected nowhere: the release date and survey's title
    #     year, the 3億港元 subsidy scheme, the 4,800幢 buildings, the first quarter's 2.1億港元, 六成 of owners (a
    #     survey, in words).
    dict(
        text=(
            "二○二五年九月十六日（星期二）\n"
            "機電及樓宇科技署今日公布《香港樓宇智能科技應用調查2025》主要結果。調查顯示，2024年本港住宅及商業樓宇在"
            "人工智能暖通空調優化、漏水偵測及維修派工方案上的支出為7.8億港元，按年增長16.4%（2023年：6.7億港元）。其中，"
            "AI漏水偵測方案支出為2.9億港元，佔整體約38%。政府早前已預留3億港元推行「樓宇智能維修資助計劃」，預計可惠及"
            "約4,800幢私人樓宇。今年第一季相關支出為2.1億港元。發言人表示，受訪業主中有六成計劃於兩年內引入相關技術。\n"
            "完"
        ),
        obs=[
            ("Total", 2024, 7.8, "HKD 100 million", "actual"),
            ("Total", 2023, 6.7, "HKD 100 million", "actual"),
            ("AI漏水偵測方案", 2024, 2.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.8 / 6.7) ** (1 / 1) - 1 = 16.42% -> 16.4
            # 2.9 / 7.8 = 37.18% -> 37, not 38; bounds 2.85 / 7.85 = 36.31%, 2.95 / 7.75 = 38.06% -> 38 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. Weibo post (Simplified) with #话题# hashtags and emoji: 2024 6.3亿元, 预计2026年 11.2亿元, 年均增速超33% (span
    #     from the amounts' years, inferred; approximate, at its printed figure). Expected nowhere: the 5000-odd yuan
    #     repair bill, the 80元 inspection fee, the 3 sensors, the repost, comment and like counts.
    dict(
        text=(
            "#AI管家# #家里漏水怎么办# 刷到一份报告😱 说国内家庭AI漏水检测（智能水浸传感+AI自动关阀）市场2024年才6.3亿元，"
            "预计2026年就冲到11.2亿元，年均增速超33%！上个月楼上漏水把我家天花板泡了，物业说维修加赔偿花了5000多块，"
            "光上门检测费就80元😭 已经下单3个传感器，安排上！\n"
            "转发128 评论56 赞1024"
        ),
        obs=[
            ("Total", 2024, 6.3, "CNY 100 million", "actual"),
            ("Total", 2026, 11.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.2 / 6.3) ** (1 / 2) - 1 = 33.33% -> 33
        ],
    ),
    # 16. Markdown table (US and Canada, USD million) with a footnote marker in a cell ("412*"), an "n/a" cell and a
    #     "CAGR 2024-30" column (span printed, stated); a Total row. The leak-detection row's 21.8% is reached by no
    #     reading; rows add to the Total in 2024 and 2030F (2025E cannot be added: n/a). Expected nowhere: the exhibit
    #     number, the USD 310 billion of services revenue, the source date.
    dict(
        text=(
            "Exhibit 12: AI software for North American home-service trades, by segment (USD million)\n"
            "| Segment | 2024 | 2025E | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| AI dispatch and scheduling | 412* | 488 | 1,130 | 18.3% |\n"
            "| AI quoting and booking | 236 | n/a | 702 | 19.9% |\n"
            "| AI leak detection | 148 | 171 | 395 | 21.8% |\n"
            "| Total | 796 | 925 | 2,227 | 18.7% |\n"
            "* Includes Canada from 2024; earlier years cover the US only. n/a: not yet published. Source: Greyfield "
            "Partners, June 2025. Residential HVAC and plumbing services revenue of about USD 310 billion is excluded."
        ),
        obs=[
            ("AI dispatch and scheduling", 2024, 412, "USD million", "actual"),
            ("AI dispatch and scheduling", 2025, 488, "USD million", "estimate"),
            ("AI dispatch and scheduling", 2030, 1130, "USD million", "estimate"),
            ("AI quoting and booking", 2024, 236, "USD million", "actual"),
            ("AI quoting and booking", 2030, 702, "USD million", "estimate"),
            ("AI leak detection", 2024, 148, "USD million", "actual"),
            ("AI leak detection", 2025, 171, "USD million", "estimate"),
            ("AI leak detection", 2030, 395, "USD million", "estimate"),
            ("Total", 2024, 796, "USD million", "actual"),
            ("Total", 2025, 925, "USD million", "estimate"),
            ("Total", 2030, 2227, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1130 / 412) ** (1 / 6) - 1 = 18.31% -> 18.3
            ("cagr|implied", "exact"),  # (702 / 236) ** (1 / 6) - 1 = 19.92% -> 19.9
            # (395 / 148) ** (1 / 6) - 1 = 17.78% -> 17.8, not 21.8; bounds (394.5 / 148.5) ** (1/6) - 1 = 17.69%,
            # (395.5 / 147.5) ** (1/6) - 1 = 17.87% -> 21.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2227 / 796) ** (1 / 6) - 1 = 18.71% -> 18.7
            ("hierarchy", "exact"),  # 2024: 412 + 236 + 148 = 796
            ("hierarchy", "exact"),  # 2030F: 1130 + 702 + 395 = 2227
        ],
    ),
    # 17. Tab-separated European table (EUR million) with thousands separators ("1,284.5") and a YoY column, the
    #     decline printed in parentheses ("(3.2%)", a negative rate); a Total row. The leak-detection row's 20.5% holds
    #     only by rounding; rows add to the Total each year. Expected nowhere: the table number, the 14 countries, the
    #     11% fall in boiler sales, the source's season and year.
    dict(
        text=(
            "Table 4.2 AI in European heating and plumbing, by application (EUR million)\n"
            "Application\t2023\t2024\tYoY\n"
            "AI heat-pump optimisation\t1,284.5\t1,402.3\t9.2%\n"
            "AI boiler fault prediction\t612.8\t593.2\t(3.2%)\n"
            "AI leak detection\t238.4\t287.1\t20.5%\n"
            "Total\t2,135.7\t2,282.6\t6.9%\n"
            "Covers 14 countries including Germany, the Netherlands, Denmark, Ireland and Italy. Gas boiler sales fell "
            "11% in 2024. Source: European Heating Data Consortium, spring 2025."
        ),
        obs=[
            ("AI heat-pump optimisation", 2023, 1284.5, "EUR million", "actual"),
            ("AI heat-pump optimisation", 2024, 1402.3, "EUR million", "actual"),
            ("AI boiler fault prediction", 2023, 612.8, "EUR million", "actual"),
            ("AI boiler fault prediction", 2024, 593.2, "EUR million", "actual"),
            ("AI leak detection", 2023, 238.4, "EUR million", "actual"),
            ("AI leak detection", 2024, 287.1, "EUR million", "actual"),
            ("Total", 2023, 2135.7, "EUR million", "actual"),
            ("Total", 2024, 2282.6, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1402.3 / 1284.5) ** (1 / 1) - 1 = 9.17% -> 9.2
            ("cagr|implied", "exact"),  # (593.2 / 612.8) ** (1 / 1) - 1 = -3.20% -> -3.2
            # (287.1 / 238.4) ** (1 / 1) - 1 = 20.43% -> 20.4, not 20.5; bounds 287.05 / 238.45 - 1 = 20.38%,
            # 287.15 / 238.35 - 1 = 20.47% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2282.6 / 2135.7) ** (1 / 1) - 1 = 6.88% -> 6.9
            ("hierarchy", "exact"),  # 2023: 1284.5 + 612.8 + 238.4 = 2135.7
            ("hierarchy", "exact"),  # 2024: 1402.3 + 593.2 + 287.1 = 2282.6
        ],
    ),
    # 18. Space-aligned Australian table (USD million) whose rows are years and whose columns are three segments and a
    #     Total (each column's header is its item); 2025E an estimate. The 2025E Total holds only by rounding. Expected
    #     nowhere: the source date, the 29,000 plumbing businesses, Singapore's S$9.4 million (Singapore dollars are not
    #     in the unit table).
    dict(
        text=(
            "Australia: AI tools for plumbing, electrical and HVAC trades (USD million)\n"
            "Year     Scheduling/dispatch   Quoting/booking   Leak detection    Total\n"
            "2023            58.4               31.2              22.7         112.3\n"
            "2024            71.9               38.6              27.5         138.0\n"
            "2025E           86.3               47.1              33.8         167.3\n"
            "Source: Southern Cross Trade Analytics, May 2025. Software and subscription revenue only; excludes hardware "
            "and installation labour. Australia has about 29,000 licensed plumbing businesses; Singapore, tracked "
            "separately, came to S$9.4 million in 2024."
        ),
        obs=[
            ("Scheduling/dispatch", 2023, 58.4, "USD million", "actual"),
            ("Quoting/booking", 2023, 31.2, "USD million", "actual"),
            ("Leak detection", 2023, 22.7, "USD million", "actual"),
            ("Total", 2023, 112.3, "USD million", "actual"),
            ("Scheduling/dispatch", 2024, 71.9, "USD million", "actual"),
            ("Quoting/booking", 2024, 38.6, "USD million", "actual"),
            ("Leak detection", 2024, 27.5, "USD million", "actual"),
            ("Total", 2024, 138.0, "USD million", "actual"),
            ("Scheduling/dispatch", 2025, 86.3, "USD million", "estimate"),
            ("Quoting/booking", 2025, 47.1, "USD million", "estimate"),
            ("Leak detection", 2025, 33.8, "USD million", "estimate"),
            ("Total", 2025, 167.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 31.2 + 22.7 = 112.3
            ("hierarchy", "exact"),  # 2024: 71.9 + 38.6 + 27.5 = 138.0
            # 2025E: 86.3 + 47.1 + 33.8 = 167.2, not 167.3; each of the four figures +/-0.05 -> 167.3 reached only by
            # some reading (parts up to 167.35, total down to 167.25)
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Mainland broker's markdown table (Simplified, 亿元) with 2023A, 2024A, 2025E, 2030E columns and a
    #     复合增速（2024-2030E） column (span printed, stated); a 合计 row (its label is the total's item). The 2030E 合计
    #     of 143.1 is reached by no reading of its parts (sum 141.1); the rates hold on the printed figures. Expected
    #     nowhere: the table number, the 1,150亿元 of heat-pump unit sales, the 420万台 sold.
    dict(
        text=(
            "表5：中国AI热泵与暖通运维市场规模预测（亿元）\n"
            "| 细分领域 | 2023A | 2024A | 2025E | 2030E | 复合增速（2024-2030E） |\n"
            "|---|---|---|---|---|---|\n"
            "| AI热泵能效优化 | 18.6 | 24.1 | 30.5 | 88.7 | 24.3% |\n"
            "| AI故障预测与远程运维 | 12.3 | 15.8 | 19.9 | 52.4 | 22.1% |\n"
            "| 合计 | 30.9 | 39.9 | 50.4 | 143.1 | 23.7% |\n"
            "资料来源：华北暖通产业联合会，华岳证券研究所预测。注：不含热泵整机销售收入（2024年约1,150亿元，内销约420万台）。"
        ),
        obs=[
            ("AI热泵能效优化", 2023, 18.6, "CNY 100 million", "actual"),
            ("AI热泵能效优化", 2024, 24.1, "CNY 100 million", "actual"),
            ("AI热泵能效优化", 2025, 30.5, "CNY 100 million", "estimate"),
            ("AI热泵能效优化", 2030, 88.7, "CNY 100 million", "estimate"),
            ("AI故障预测与远程运维", 2023, 12.3, "CNY 100 million", "actual"),
            ("AI故障预测与远程运维", 2024, 15.8, "CNY 100 million", "actual"),
            ("AI故障预测与远程运维", 2025, 19.9, "CNY 100 million", "estimate"),
            ("AI故障预测与远程运维", 2030, 52.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 30.9, "CNY 100 million", "actual"),
            ("合计", 2024, 39.9, "CNY 100 million", "actual"),
            ("合计", 2025, 50.4, "CNY 100 million", "estimate"),
            ("合计", 2030, 143.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88.7 / 24.1) ** (1 / 6) - 1 = 24.26% -> 24.3
            ("cagr|implied", "exact"),  # (52.4 / 15.8) ** (1 / 6) - 1 = 22.12% -> 22.1
            ("cagr|implied", "exact"),  # (143.1 / 39.9) ** (1 / 6) - 1 = 23.72% -> 23.7
            ("hierarchy", "exact"),  # 2023A: 18.6 + 12.3 = 30.9
            ("hierarchy", "exact"),  # 2024A: 24.1 + 15.8 = 39.9
            ("hierarchy", "exact"),  # 2025E: 30.5 + 19.9 = 50.4
            # 2030E: 88.7 + 52.4 = 141.1, not 143.1; bounds 141.0..141.2 (each part +/-0.05) against 143.05..143.15
            # -> 143.1 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 20. Traditional Chinese space-aligned table (Taiwan) under "單位：百萬美元" with a 年增率 column and a 合計 row (its
    #     label is the total's item). The quoting row's 27.4% is reached by no reading; rows add to 合計 each year.
    #     Expected nowhere: the 1.6萬家 plumbing shops, the 新台幣600元 callout fee, the excluded labour income.
    dict(
        text=(
            "臺灣居家水電與空調維修AI服務市場規模\n"
            "單位：百萬美元\n"
            "項目                    2023年     2024年     年增率\n"
            "AI派工排程               21.4       27.9      30.4%\n"
            "AI線上報價與預約         14.6       18.2      27.4%\n"
            "AI漏水偵測                9.8       12.6      28.6%\n"
            "合計                     45.8       58.7      28.2%\n"
            "資料來源：台灣居家服務產業協會；不含水電行工資收入。全台登記水電行約1.6萬家，平均到府檢測費新台幣600元。"
        ),
        obs=[
            ("AI派工排程", 2023, 21.4, "USD million", "actual"),
            ("AI派工排程", 2024, 27.9, "USD million", "actual"),
            ("AI線上報價與預約", 2023, 14.6, "USD million", "actual"),
            ("AI線上報價與預約", 2024, 18.2, "USD million", "actual"),
            ("AI漏水偵測", 2023, 9.8, "USD million", "actual"),
            ("AI漏水偵測", 2024, 12.6, "USD million", "actual"),
            ("合計", 2023, 45.8, "USD million", "actual"),
            ("合計", 2024, 58.7, "USD million", "actual"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.9 / 21.4) ** (1 / 1) - 1 = 30.37% -> 30.4
            # (18.2 / 14.6) ** (1 / 1) - 1 = 24.66% -> 24.7, not 27.4; bounds 18.15 / 14.65 - 1 = 23.89%,
            # 18.25 / 14.55 - 1 = 25.43% -> 27.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 28.6
            ("cagr|implied", "exact"),  # (58.7 / 45.8) ** (1 / 1) - 1 = 28.17% -> 28.2
            ("hierarchy", "exact"),  # 2023年: 21.4 + 14.6 + 9.8 = 45.8
            ("hierarchy", "exact"),  # 2024年: 27.9 + 18.2 + 12.6 = 58.7
        ],
    ),
    # 21. US HVAC maker's earnings-call transcript (Operator, an analyst's question, the CFO): the North American
    #     market it sizes, $2.6 billion in fiscal '24 and "a $4.2 billion opportunity by fiscal '27", with a 17% rate
    #     whose span only the amounts' years give (inferred); a part with its share. Expected nowhere: the call's date
    #     and quarter, the company's $1.18 billion third-quarter revenue and its 9% rise, the 34.2% gross margin, the
    #     3.1 million connected thermostats.
    dict(
        text=(
            "Northgate Comfort Systems, third-quarter fiscal 2025 earnings call, August 6, 2025 (excerpt)\n"
            "Operator: Our next question comes from Priya Raman with Callander Brothers. Your line is open.\n"
            "Priya Raman: Thanks. You keep talking up software attach. How big is the pool you are actually chasing "
            "with the AI dispatch and predictive-maintenance suite?\n"
            "Helen Marsh, Chief Financial Officer: Good question, Priya. By our own work with an outside consultant, "
            "North American spending on AI technician dispatch and fault prediction for residential HVAC was about "
            "$2.6 billion in fiscal '24. Dispatch and scheduling software was roughly $1.1 billion of that, call it "
            "42%. We see a $4.2 billion opportunity by fiscal '27, so something like 17% a year compounded. For "
            "context, our own third-quarter revenue was $1.18 billion, up 9%, gross margin came in at 34.2%, and we "
            "now have 3.1 million connected thermostats under management."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Dispatch and scheduling software", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2027, 4.2, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.1 / 2.6 = 42.31% -> 42
            ("cagr|period", "exact"),  # (4.2 / 2.6) ** (1 / 3) - 1 = 17.33% -> 17
        ],
    ),
    # 22. Encyclopedia-style paragraph on Singapore with citation markers after the figures ([12], [13]): US$11.8
    #     million in 2023, a 2028 forecast and a stated CAGR; a part with its share ("about 40%"). Expected nowhere:
    #     the citation numbers, the S$20 million co-funding scheme (Singapore dollars, an aside), the 1.1 million
    #     households with smart meters, the 5% non-revenue water.
    dict(
        text=(
            "Artificial-intelligence leak detection in Singapore refers to the use of machine-learning models on "
            "smart water meters, acoustic pipe sensors and automatic shut-off valves to flag leaks in homes, chiefly "
            "in public housing flats and condominiums. The national market for such systems was valued at US$11.8 "
            "million in 2023,[12] and one industry forecast put it at US$30.5 million by 2028, a compound annual "
            "growth rate of 20.9% over 2023-2028.[13] Acoustic sensors made up US$4.7 million, or about 40%, of 2023 "
            "spending.[12] Adoption was encouraged by a S$20 million co-funding scheme announced in 2022,[14] and by "
            "2024 about 1.1 million households had smart water meters fitted.[15] The national water agency reports "
            "non-revenue water of around 5%, among the lowest of any city.[14]"
        ),
        obs=[
            ("Total", 2023, 11.8, "USD million", "actual"),
            ("Total", 2028, 30.5, "USD million", "estimate"),
            ("Acoustic sensors", 2023, 4.7, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2023, 2028, None, "stated"),
            ("share", 40, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30.5 / 11.8) ** (1 / 5) - 1 = 20.92% -> 20.9
            ("arithmetic", "exact"),  # 4.7 / 11.8 = 39.83% -> 40
        ],
    ),
    # 23. Market-research store's listing ("Base year: 2024; Forecast period: 2025-2032; Market size 2024: ..."): the
    #     global market for AI fault prediction for boilers and HVAC units in 2024, 2025 and 2032, a 2025 growth rate
    #     and a CAGR over the forecast period that holds only by rounding. Expected nowhere: the report ID, the 236
    #     pages, the historical-data span, the 14 company profiles and the table-of-contents numbers, the USD 4,250
    #     and USD 7,900 licence prices.
    dict(
        text=(
            "Global AI Fault Prediction for Boilers and HVAC Units Market: Size, Share and Forecast by Component, "
            "Equipment Type and Region, 2025-2032\n"
            "Report ID: HVC-4471. Published: June 2025. Pages: 236.\n"
            "Base year: 2024; Forecast period: 2025-2032; Historical data: 2019-2023\n"
            "Market size 2024: USD 1.84 billion; Market size 2025: USD 2.17 billion; Market size 2032: USD 6.93 "
            "billion\n"
            "Growth 2025: 17.9%; CAGR (2025-2032): 18.1%\n"
            "Segments covered: software platforms, remote monitoring services, retrofit sensor kits; residential and "
            "light-commercial boilers, furnaces, rooftop units and heat pumps.\n"
            "Table of contents: 1. Executive summary; 2. Research methodology; 3. Market dynamics; 4. Market size by "
            "component, 2019-2032; 5. Competitive landscape (14 company profiles).\n"
            "Single-user licence: USD 4,250. Enterprise licence: USD 7,900. Delivery within 48 hours."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2025, 2.17, "USD billion", "estimate"),
            ("Total", 2032, 6.93, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
            ("cagr", 18.1, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.17 / 1.84) ** (1 / 1) - 1 = 17.93% -> 17.9
            # (6.93 / 2.17) ** (1 / 7) - 1 = 18.04% -> 18.0, not 18.1; bounds (6.925 / 2.175) ** (1/7) - 1 = 17.99%,
            # (6.935 / 2.165) ** (1/7) - 1 = 18.09% -> 18.1 (18.05 and up) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. British budget speech ("£340m", "£1.2bn"): £262m last year (2024, actual), £340m this year (2025, an
    #     estimate, the year not being over) "up 30 per cent", £1.2bn by 2030 (expected in the series' GBP million),
    #     "more than tripling" (x3) and "some 29 per cent a year" (span from the amounts' years, inferred). Expected
    #     nowhere: the £295m grant budget, the £7,500 grant per home, the 12,000 installers to train, the 1.7 million
    #     boilers fitted.
    dict(
        text=(
            "Spring Budget 2025: statement to the House, 4 March 2025 (extract)\n"
            "Madam Deputy Speaker, the way we heat our homes is changing, and so is the way we fix them. Britain's "
            "market for AI-enabled heating controls and fault prediction, from thermostats that learn a household's "
            "routine to software that warns an engineer before a boiler fails, was worth £262m last year. This year "
            "it will reach £340m, up 30 per cent, and the industry tells me it will be worth £1.2bn by 2030: more "
            "than tripling, growing at some 29 per cent a year. To help families make the switch, I am extending "
            "the Boiler Upgrade Scheme with a £295m grant budget for next year and keeping the £7,500 grant per "
            "home. We will also train 12,000 more heat pump installers. Against some 1.7 million gas boilers fitted "
            "last year, that is how Britain warms up."
        ),
        obs=[
            ("Total", 2024, 262, "GBP million", "actual"),
            ("Total", 2025, 340, "GBP million", "estimate"),
            ("Total", 2030, 1200, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2025, 2030, 5.0),
            ("cagr", 29, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 262) ** (1 / 1) - 1 = 29.77% -> 30
            ("cagr|period", "exact"),  # (1200 / 340) ** (1 / 5) - 1 = 28.69% -> 29
        ],
    ),
    # 25. Dutch installers' federation chair's letter: "up a fifth from €60 million" (growth 20% with both amounts)
    #     and "nearly doubled, from €9.8 million to €18.9 million" (x2) beside the exact figures; the part's 26% share.
    #     Expected nowhere: the chair's three years, the 8,900 member firms and their five staff, the €64 hourly rate,
    #     the 131,000 heat pumps installed.
    dict(
        text=(
            "From the chair\n"
            "Dear members,\n"
            "When I took this chair three years ago, 'AI' in our trade meant a chatbot on a website. That has "
            "changed. Our annual members' returns show that installation firms in the Netherlands spent €72 million "
            "in 2024 on AI tools, from fault prediction for heat pumps and boilers to dispatch software that routes "
            "technicians around Utrecht traffic, up a fifth from €60 million in 2023. AI quoting and booking "
            "platforms nearly doubled, from €9.8 million to €18.9 million, and now account for 26% of the total. "
            "Yes, we are still short of hands: 8,900 member firms, many with fewer than five staff, and an average "
            "hourly rate of €64 that customers find steep. But with 131,000 heat pumps installed last year, every "
            "tool that saves an engineer a wasted trip matters.\n"
            "Warm regards,\n"
            "Marieke van den Berg, Chair, Federation of Netherlands Installers"
        ),
        obs=[
            ("Total", 2023, 60, "EUR million", "actual"),
            ("Total", 2024, 72, "EUR million", "actual"),
            ("AI quoting and booking platforms", 2023, 9.8, "EUR million", "actual"),
            ("AI quoting and booking platforms", 2024, 18.9, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 60) ** (1 / 1) - 1 = 20.00% -> 20 ("a fifth")
            ("arithmetic", "exact"),  # 18.9 / 72 = 26.25% -> 26
        ],
    ),
    # 26. LinkedIn carousel on Germany, text extracted slide by slide ("Slide 3/8"), one figure per slide: €64M in
    #     2024, €212M by 2030, a 22.4% CAGR over 2024-2030 reached by no reading, a part with its 42% share. Expected
    #     nowhere: the slide numbers and the "6 numbers", the 1.1M water-damage claims, the €3.4bn insurers pay.
    dict(
        text=(
            "Slide 1/8\n"
            "AI is quietly fixing Germany's leaky pipes. The market in 6 numbers.\n"
            "Slide 2/8\n"
            "€64M\n"
            "What German households and landlords spent on AI leak detection in 2024: smart meters, acoustic "
            "sensors, automatic shut-off valves.\n"
            "Slide 3/8\n"
            "€212M\n"
            "Where Rheinwerk Research expects the market to be by 2030.\n"
            "Slide 4/8\n"
            "22.4%\n"
            "Average annual growth, 2024-2030.\n"
            "Slide 5/8\n"
            "€27M\n"
            "Smart shut-off valves' slice of 2024 spend. That's 42% of the total.\n"
            "Slide 6/8\n"
            "1.1M\n"
            "Water-damage insurance claims in Germany every year.\n"
            "Slide 7/8\n"
            "€3.4bn\n"
            "What insurers pay out on them annually. Prevention pays.\n"
            "Slide 8/8\n"
            "Found this useful? Repost and follow Jana Koehler for more on building tech."
        ),
        obs=[
            ("Total", 2024, 64, "EUR million", "actual"),
            ("Total", 2030, 212, "EUR million", "estimate"),
            ("Smart shut-off valves", 2024, 27, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (212 / 64) ** (1 / 6) - 1 = 22.09% -> 22.1, not 22.4; bounds (211.5 / 64.5) ** (1/6) - 1 = 21.89%,
            # (212.5 / 63.5) ** (1/6) - 1 = 22.30% -> 22.4 (22.35 and up) reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 27 / 64 = 42.19% -> 42
        ],
    ),
    # 27. Magazine listicle "7 numbers that explain ..." on Australian trades with numbered headings: US$410 million in
    #     2024, US$1.08 billion for 2029 (expected in the series' USD million), a stated CAGR, a part with its share.
    #     Expected nowhere: the list numbers, the 235,000 licensed tradespeople, the A$149 callout fee (Australian
    #     dollars), the 62% of a survey.
    dict(
        text=(
            "7 numbers that explain the AI rush in Australian trades\n"
            "From Perth plumbers to Hobart sparkies, software now books the jobs, prices them and routes the vans. "
            "Here's the state of play.\n"
            "1. US$410 million\n"
            "What Australian trade businesses spent in 2024 on AI scheduling, dispatch and quoting tools, according "
            "to Sydney analysts Coastline Insights, who measure the market in US dollars.\n"
            "2. US$1.08 billion\n"
            "Coastline's forecast for 2029.\n"
            "3. 21.4%\n"
            "The annual growth rate that implies between 2024 and 2029.\n"
            "4. US$96 million\n"
            "The slice of 2024 spending that went on AI quoting tools, about 23% of the total.\n"
            "5. 235,000\n"
            "Licensed plumbers, electricians and air-conditioning technicians nationwide.\n"
            "6. A$149\n"
            "The typical after-hours callout fee in Melbourne.\n"
            "7. 62%\n"
            "Small trade firms in a recent survey that now take bookings online."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2029, 1080, "USD million", "estimate"),
            ("AI quoting tools", 2024, 96, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1080 / 410) ** (1 / 5) - 1 = 21.37% -> 21.4
            ("arithmetic", "exact"),  # 96 / 410 = 23.41% -> 23
        ],
    ),
    # 28. Japanese maker's English investor release (¥ billion, "the fiscal year ending March 2026"): ¥12.3bn in
    #     fiscal 2024, ¥15.1bn in fiscal 2025 with its growth, ¥31bn by fiscal 2030 with a stated CAGR. Expected
    #     nowhere: the release date and ticker, the company's ¥418.6bn net sales and 7.2% operating margin, the 1.2
    #     million heat pump water heaters shipped, the ¥48 dividend.
    dict(
        text=(
            "Kurosaki Living Systems Co., Ltd. (TSE Prime: 6947) News Release, May 14, 2025\n"
            "Kurosaki launches AI fault prediction for home air conditioners and heat pump water heaters\n"
            "Tokyo: Kurosaki Living Systems today launched Hikari Care, a service that predicts compressor and "
            "refrigerant faults and books a technician before the unit fails. The Company estimates that the "
            "domestic market for AI-optimised heat pumps, AI fault prediction and AI service scheduling in home "
            "heating and cooling reached ¥12.3bn in fiscal 2024 (the fiscal year ended March 2025) and will grow "
            "22.8% to ¥15.1bn in fiscal 2025 (the fiscal year ending March 2026). Under its medium-term plan, the "
            "Company expects the market to reach ¥31bn by fiscal 2030, a CAGR of 15.5% over fiscal 2025-2030. For "
            "fiscal 2024 the Company reported net sales of ¥418.6bn and an operating margin of 7.2%, and shipped 1.2 "
            "million heat pump water heaters. The year-end dividend will be ¥48 per share."
        ),
        obs=[
            ("Total", 2024, 12.3, "JPY billion", "actual"),
            ("Total", 2025, 15.1, "JPY billion", "estimate"),
            ("Total", 2030, 31, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2024, 2025, 1.0),
            ("cagr", 15.5, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.1 / 12.3) ** (1 / 1) - 1 = 22.76% -> 22.8
            ("cagr|implied", "exact"),  # (31 / 15.1) ** (1 / 5) - 1 = 15.47% -> 15.5
        ],
    ),
    # 29. 人民网-style news story (Simplified) with 同比增长 and 较上年: 2024 at 48.6亿元 with its YoY against 2023's
    #     38.2亿元; a part with its share and a YoY whose base is not printed (no verdict); 突破60亿元 in 2025, an
    #     estimate at its printed figure. Expected nowhere: the dateline, the 逾10亿元 increase, the industry's
    #     2180亿元 total output, the 18% energy saving.
    dict(
        text=(
            "人民网北京5月20日电（记者周明远）记者从中国暖通智能化产业联盟获悉，2024年我国暖通空调AI节能控制与故障预测"
            "市场规模达48.6亿元，同比增长27.2%，较上年的38.2亿元增加逾10亿元。其中，热泵AI优化控制市场规模为17.9亿元，"
            "较上年增长35.6%，占比36.8%。联盟秘书长介绍，2024年全国暖通空调行业总产值约2180亿元，AI应用占比虽小，但"
            "增速领先；采用AI控制的热泵机组平均节能18%以上。随着老旧小区改造和上门运维服务的普及，预计2025年市场规模"
            "将突破60亿元。"
        ),
        obs=[
            ("Total", 2023, 38.2, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("热泵AI优化控制", 2024, 17.9, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("growth", 35.6, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 38.2) ** (1 / 1) - 1 = 27.23% -> 27.2
            ("arithmetic", "exact"),  # 17.9 / 48.6 = 36.83% -> 36.8
        ],
    ),
    # 30. 政府采购 public-tender notice (Simplified): the market size its background cites, 约6.3亿元 in 2024 and 11.8
    #     亿元 in 2027, with a stated CAGR that holds only by rounding. Expected nowhere: the project number, the
    #     预算金额 486.00万元 and 最高限价 480.00万元, the 1,200 flats, the bid deadline.
    dict(
        text=(
            "临河市机关事务服务中心公租房燃气壁挂炉AI故障预警平台采购项目公开招标公告\n"
            "项目编号：LHCG-2025-0417\n"
            "预算金额：486.00万元（人民币）\n"
            "最高限价：480.00万元\n"
            "采购需求：为全市1,200套公租房燃气壁挂炉加装AI故障预警终端，建设远程监测与维修派单平台，并提供三年运维服务。\n"
            "项目背景：据华北建筑节能研究会测算，2024年我国燃气壁挂炉及户式采暖设备AI故障预警市场规模约6.3亿元，预计"
            "2027年将达到11.8亿元，2024-2027年年均复合增长率为23.2%。\n"
            "投标截止时间：2025年6月18日9:30（北京时间），逾期送达的投标文件恕不接收。"
        ),
        obs=[
            ("Total", 2024, 6.3, "CNY 100 million", "actual"),
            ("Total", 2027, 11.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (11.8 / 6.3) ** (1 / 3) - 1 = 23.27% -> 23.3, not 23.2; bounds (11.75 / 6.35) ** (1/3) - 1 = 22.77%,
            # (11.85 / 6.25) ** (1/3) - 1 = 23.77% -> 23.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. WeChat article (Simplified) with **bold** figures and an emoji 📈: 2024 at 32.5亿元 against 2023's 23.1亿元
    #     with its YoY, 有望达到55亿元 by 2026. Expected nowhere: the 3亿元 B-round and 20亿元 valuation, the 120万名
    #     technicians, the 30元 callout fee, the 67% of readers (a survey).
    dict(
        text=(
            "📈 上门维修，也被AI改写了！\n"
            "说起修水管、通下水道，很多人第一反应还是翻出门口的小卡片打电话。但现在，**AI派单**正在悄悄改变这个行业。\n"
            "据行业研究机构启明洞察统计，**2024年国内家庭维修与管道疏通AI派单及报价平台市场规模达到32.5亿元**，而"
            "2023年这一数字还只有23.1亿元，同比增长**41%** 📈。机构预计，到2026年，市场规模有望达到**55亿元**。\n"
            "平台这边也很热闹：某头部平台去年底完成3亿元B轮融资，估值超过20亿元；入驻师傅超过120万名，上门费普遍在30元"
            "左右。我们做的一个小调查显示，67%的读者愿意用AI一键预约维修。\n"
            "你最近一次找师傅是怎么找的？评论区聊聊👇"
        ),
        obs=[
            ("Total", 2023, 23.1, "CNY 100 million", "actual"),
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
            ("Total", 2026, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.5 / 23.1) ** (1 / 1) - 1 = 40.69% -> 41
        ],
    ),
    # 32. Industry association's yearly report (Simplified) with 1-12月 and 全年: 2024 at 21.4亿元 with an 18.6% YoY
    #     against 2023's 18.2亿元 that no reading reaches; a part with its share; 2025 expected at 25.0亿元左右. Expected
    #     nowhere: the 12月 single month's 2.6亿元, the 310万台 valves installed, the 186 member firms, the report's
    #     title year.
    dict(
        text=(
            "中国家居用水安全产业协会2024年度行业运行报告（摘要）\n"
            "2024年1-12月，全国家庭漏水AI监测与智能水阀市场规模累计达21.4亿元，同比增长18.6%，2023年全年为18.2亿元。"
            "其中，AI漏水监测传感器全年实现8.7亿元，占全年的40.7%。分月看，12月单月市场规模2.6亿元，为全年单月最高，"
            "主要受北方地区供暖季管道检修需求带动。全年行业新增安装智能水阀约310万台，协会会员企业达到186家。协会预计，"
            "2025年全年市场规模将达到25.0亿元左右。"
        ),
        obs=[
            ("Total", 2023, 18.2, "CNY 100 million", "actual"),
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("AI漏水监测传感器", 2024, 8.7, "CNY 100 million", "actual"),
            ("Total", 2025, 25.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("share", 40.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (21.4 / 18.2) ** (1 / 1) - 1 = 17.58% -> 17.6, not 18.6; bounds 21.35 / 18.25 - 1 = 16.99%,
            # 21.45 / 18.15 - 1 = 18.18% -> 18.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 8.7 / 21.4 = 40.65% -> 40.7
        ],
    ),
    # 33. Taiwan statistics-centre press release (Traditional, 新台幣億元) with 年增 and 較上年: 2024 at 38.7億元 against
    #     2023's 33.3億元; a part with its share; 預估2025 at 44.5億元 with a 15.2% rise that holds only by rounding.
    #     Expected nowhere: the release date, the 5.4億元 increase, the 112萬台 air conditioners sold, the 12% power
    #     saving, the 58% of respondents.
    dict(
        text=(
            "國家家庭能源統計中心新聞稿　2025年6月10日\n"
            "智慧家電服務業調查結果\n"
            "2024年國內智慧空調AI節能控制、熱泵最佳化及到府維修AI排程服務產值為新台幣38.7億元，年增16.2%，較上年之"
            "33.3億元增加5.4億元。其中AI排程與線上報價服務為12.5億元，占32.3%。本中心預估2025年產值可達44.5億元，較上年"
            "成長15.2%。另2024年家用冷氣機銷售量為112萬台，採用AI控制之機型平均節電率約12%；受訪業者中有58%表示今年將"
            "增聘技師。"
        ),
        obs=[
            ("Total", 2023, 33.3, "TWD 100 million", "actual"),
            ("Total", 2024, 38.7, "TWD 100 million", "actual"),
            ("AI排程與線上報價服務", 2024, 12.5, "TWD 100 million", "actual"),
            ("Total", 2025, 44.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("share", 32.3, "percent", 2024, 2024, None),
            ("growth", 15.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.7 / 33.3) ** (1 / 1) - 1 = 16.22% -> 16.2
            ("arithmetic", "exact"),  # 12.5 / 38.7 = 32.30% -> 32.3
            # (44.5 / 38.7) ** (1 / 1) - 1 = 14.99% -> 15.0, not 15.2; bounds 44.45 / 38.75 - 1 = 14.71%,
            # 44.55 / 38.65 - 1 = 15.27% -> 15.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Hong Kong listed company's annual results announcement (Traditional, 億港元), 管理層討論與分析 sizing its
    #     market: 2.8億港元 in 2022, 4.1億港元 in 2024 and 7.9億港元 in 2028 with two stated CAGRs. Expected nowhere: the
    #     stock code and year-end date, the group's 4.86億港元 revenue (2023: 4.12億港元) and 28.4% gross margin, the
    #     second half's 56%, the 2,300 service contracts.
    dict(
        text=(
            "恒暖智能服務控股有限公司（股份代號：2738）截至2024年12月31日止年度全年業績公告\n"
            "管理層討論與分析\n"
            "市場概覽：根據獨立顧問灼見顧問有限公司的資料，香港住宅及商業樓宇冷氣系統AI故障預測及維修派工市場規模由"
            "2022年的2.8億港元增至2024年的4.1億港元，複合年增長率約為21.0%，並預期於2028年達到7.9億港元，2024年至2028年"
            "的複合年增長率為17.8%。\n"
            "業務回顧：年內，本集團收益為4.86億港元（2023年：4.12億港元），毛利率為28.4%，下半年收益佔全年約56%。於2024年"
            "12月31日，本集團管理的冷氣保養服務合約約2,300份，較上年增加約一成。"
        ),
        obs=[
            ("Total", 2022, 2.8, "HKD 100 million", "actual"),
            ("Total", 2024, 4.1, "HKD 100 million", "actual"),
            ("Total", 2028, 7.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2022, 2024, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.8) ** (1 / 2) - 1 = 21.01% -> 21.0
            ("cagr|implied", "exact"),  # (7.9 / 4.1) ** (1 / 4) - 1 = 17.82% -> 17.8
        ],
    ),
    # 35. Zhihu answer (Simplified) quoting two research houses in 亿美元: the first house's US figures, 18.6亿美元 in
    #     2024 and 61.2亿美元 in 2030, with a stated CAGR that holds only by rounding. Expected nowhere: the second
    #     house's 约27亿美元 and 约95亿美元, the plumbers' 30美元 hourly wage, the platform's 1.5亿美元 round and 12亿美元
    #     valuation, the edit date.
    dict(
        text=(
            "如何看待美国上门维修AI派单平台的市场前景？\n"
            "谢邀。利益相关，在做北美家政维修SaaS。\n"
            "先说数据，两家机构的口径差别很大：\n"
            "1）Brightline Insight：美国水管、电工、暖通等上门服务的AI派单与报价平台市场，2024年为18.6亿美元，2030年将"
            "达到61.2亿美元，2024-2030年复合增速21.9%。\n"
            "2）另一家券商Harbor Wilde的口径更宽，把保洁家政也算了进去，2024年约27亿美元，2030年约95亿美元。\n"
            "我更认同第一家。美国持证水管工时薪中位数大约30美元出头，一个漏水工单动辄几百美元，派单效率提升一点都是真金"
            "白银。去年某头部平台C轮融资1.5亿美元，估值12亿美元，资本也在押注这条赛道。\n"
            "编辑于 2025-04-02"
        ),
        obs=[
            ("Total", 2024, 18.6, "USD 100 million", "actual"),
            ("Total", 2030, 61.2, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (61.2 / 18.6) ** (1 / 6) - 1 = 21.96% -> 22.0, not 21.9; bounds (61.15 / 18.65) ** (1/6) - 1 = 21.89%,
            # (61.25 / 18.55) ** (1/6) - 1 = 22.03% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table (Canada, US$m) with two header rows (years, then a unit row "| | US$m | US$m |"), a stated
    #     CAGR column (span in its header) and a Total row: the dispatch row's 19.3% is reached by no reading; rows
    #     add to the Total each year. Expected nowhere: the exhibit number, the note's date, the US$9.4bn of HVAC
    #     equipment sales, the 1.9 million heat pumps in service.
    dict(
        text=(
            "Exhibit 4. Canada: AI in residential heating, cooling and trades dispatch, by application\n"
            "| Application | 2023 | 2024 | 2029F | CAGR 2024-29 |\n"
            "| | US$m | US$m | US$m | % |\n"
            "|---|---|---|---|---|\n"
            "| AI heat pump and thermostat optimisation | 142 | 176 | 468 | 21.6 |\n"
            "| AI fault prediction (furnaces, boilers, HVAC) | 96 | 121 | 335 | 22.6 |\n"
            "| AI technician dispatch and scheduling | 118 | 139 | 322 | 19.3 |\n"
            "| Total | 356 | 436 | 1,125 | 20.9 |\n"
            "Source: Maple Ridge Advisory estimates, March 2025. F = forecast. Excludes HVAC equipment sales "
            "(US$9.4bn in 2024). Canada had about 1.9 million heat pumps in service at the end of 2024."
        ),
        obs=[
            ("AI heat pump and thermostat optimisation", 2023, 142, "USD million", "actual"),
            ("AI heat pump and thermostat optimisation", 2024, 176, "USD million", "actual"),
            ("AI heat pump and thermostat optimisation", 2029, 468, "USD million", "estimate"),
            ("AI fault prediction (furnaces, boilers, HVAC)", 2023, 96, "USD million", "actual"),
            ("AI fault prediction (furnaces, boilers, HVAC)", 2024, 121, "USD million", "actual"),
            ("AI fault prediction (furnaces, boilers, HVAC)", 2029, 335, "USD million", "estimate"),
            ("AI technician dispatch and scheduling", 2023, 118, "USD million", "actual"),
            ("AI technician dispatch and scheduling", 2024, 139, "USD million", "actual"),
            ("AI technician dispatch and scheduling", 2029, 322, "USD million", "estimate"),
            ("Total", 2023, 356, "USD million", "actual"),
            ("Total", 2024, 436, "USD million", "actual"),
            ("Total", 2029, 1125, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (468 / 176) ** (1 / 5) - 1 = 21.60% -> 21.6
            ("cagr|implied", "exact"),  # (335 / 121) ** (1 / 5) - 1 = 22.59% -> 22.6
            # (322 / 139) ** (1 / 5) - 1 = 18.30% -> 18.3, not 19.3; bounds (321.5 / 139.5) ** (1/5) - 1 = 18.17%,
            # (322.5 / 138.5) ** (1/5) - 1 = 18.42% -> 19.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1125 / 436) ** (1 / 5) - 1 = 20.87% -> 20.9
            ("hierarchy", "exact"),  # 2023: 142 + 96 + 118 = 356
            ("hierarchy", "exact"),  # 2024: 176 + 121 + 139 = 436
            ("hierarchy", "exact"),  # 2029F: 468 + 335 + 322 = 1,125
        ],
    ),
    # 37. Tab-separated broker table (Ireland, € million) with Q1-Q4 columns for 2025, full-year FY2025 and FY2024
    #     columns and a YoY column: four YoY rates, the fault-prediction row's 21.9% only by rounding; rows add to
    #     the Total in both years. Expected nowhere: the four quarters' figures, the table number, the note's date,
    #     the €6,500 grant per home, the €55 hourly labour rate.
    dict(
        text=(
            "Table 2: Ireland, AI tools for plumbing, heating and electrical trades, gross spend (€ million)\n"
            "Segment\tQ1\tQ2\tQ3\tQ4\tFY2025\tFY2024\tYoY\n"
            "AI dispatch and scheduling\t4.1\t4.6\t5.0\t5.5\t19.2\t15.1\t27.2%\n"
            "AI quoting and booking\t2.3\t2.6\t2.9\t3.1\t10.9\t8.4\t29.8%\n"
            "AI fault prediction (boilers, heat pumps)\t1.8\t2.0\t2.2\t2.5\t8.5\t7.0\t21.9%\n"
            "Total\t8.2\t9.2\t10.1\t11.1\t38.6\t30.5\t26.6%\n"
            "Quarters are calendar 2025; FY = calendar year. Source: Liffey Quay Securities, 20 January 2026. "
            "Excludes the national heat pump grant (up to €6,500 per home) and installer labour (about €55 an hour)."
        ),
        obs=[
            ("AI dispatch and scheduling", 2024, 15.1, "EUR million", "actual"),
            ("AI dispatch and scheduling", 2025, 19.2, "EUR million", "actual"),
            ("AI quoting and booking", 2024, 8.4, "EUR million", "actual"),
            ("AI quoting and booking", 2025, 10.9, "EUR million", "actual"),
            ("AI fault prediction (boilers, heat pumps)", 2024, 7.0, "EUR million", "actual"),
            ("AI fault prediction (boilers, heat pumps)", 2025, 8.5, "EUR million", "actual"),
            ("Total", 2024, 30.5, "EUR million", "actual"),
            ("Total", 2025, 38.6, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2024, 2025, 1.0),
            ("growth", 29.8, "percent", 2024, 2025, 1.0),
            ("growth", 21.9, "percent", 2024, 2025, 1.0),
            ("growth", 26.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.2 / 15.1) ** (1 / 1) - 1 = 27.15% -> 27.2
            ("cagr|implied", "exact"),  # (10.9 / 8.4) ** (1 / 1) - 1 = 29.76% -> 29.8
            # (8.5 / 7.0) ** (1 / 1) - 1 = 21.43% -> 21.4, not 21.9; bounds 8.45 / 7.05 - 1 = 19.86%,
            # 8.55 / 6.95 - 1 = 23.02% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (38.6 / 30.5) ** (1 / 1) - 1 = 26.56% -> 26.6
            ("hierarchy", "exact"),  # FY2024: 15.1 + 8.4 + 7.0 = 30.5
            ("hierarchy", "exact"),  # FY2025: 19.2 + 10.9 + 8.5 = 38.6
        ],
    ),
    # 38. Space-aligned Chinese table (Simplified, Shenzhen, 万元) with a 占比 column and a 合计 row (its label the
    #     total's item): four shares, the leak-detection row's 16.9% reached by no reading (19.6 transposed); rows
    #     add to 合计. Expected nowhere: the table number, the 100.0% total share, the 1,860万单 repair orders.
    dict(
        text=(
            "表5 2024年深圳市家庭维修与上门服务AI应用市场结构\n"
            "单位：万元\n"
            "应用类别            市场规模      占比\n"
            "AI派单与调度          12,480      38.6%\n"
            "AI报价与预约           8,160      25.2%\n"
            "AI漏水检测             6,350      16.9%\n"
            "AI设备故障预测         5,360      16.6%\n"
            "合计                  32,350     100.0%\n"
            "注：2024年全市上门维修订单量约1,860万单；平台佣金收入及维修材料费不计入。资料来源：鹏城家居服务研究院。"
        ),
        obs=[
            ("AI派单与调度", 2024, 12480, "CNY 10 thousand", "actual"),
            ("AI报价与预约", 2024, 8160, "CNY 10 thousand", "actual"),
            ("AI漏水检测", 2024, 6350, "CNY 10 thousand", "actual"),
            ("AI设备故障预测", 2024, 5360, "CNY 10 thousand", "actual"),
            ("合计", 2024, 32350, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 25.2, "percent", 2024, 2024, None),
            ("share", 16.9, "percent", 2024, 2024, None),
            ("share", 16.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12,480 / 32,350 = 38.58% -> 38.6
            ("arithmetic", "exact"),  # 8,160 / 32,350 = 25.22% -> 25.2
            # 6,350 / 32,350 = 19.63% -> 19.6, not 16.9; bounds 6,349.5 / 32,350.5 = 19.63%, 6,350.5 / 32,349.5 =
            # 19.63% -> 16.9 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 5,360 / 32,350 = 16.57% -> 16.6
            ("hierarchy", "exact"),  # 2024: 12,480 + 8,160 + 6,350 + 5,360 = 32,350
        ],
    ),
    # 39. Vertical Traditional table (Hong Kong, 億港元) whose rows are years ("2025(E)"), its lone value column headed
    #     by its unit only (the market's Total), with a 年增率 column: five YoY rates, 2023's 25.3% only by rounding,
    #     2025(E)'s 29.5% by no reading (25.9 transposed). Expected nowhere: the table number, the 263萬 residential
    #     units, the 港幣450元 hourly plumbing rate.
    dict(
        text=(
            "表2　香港住宅AI漏水偵測及智能水閥市場規模\n"
            "年份        億港元      年增率\n"
            "2021        0.82        —\n"
            "2022        1.05        28.0%\n"
            "2023        1.31        25.3%\n"
            "2024        1.66        26.7%\n"
            "2025(E)     2.09        29.5%\n"
            "2026(E)     2.58        23.4%\n"
            "註：市場規模涵蓋漏水感應器、AI分析平台及智能水閥之銷售與訂閱收入，不計入水喉維修服務收入（約每小時港幣450元）。"
            "全港約有263萬個住宅單位。資料來源：港灣智庫；E為預測值。"
        ),
        obs=[
            ("Total", 2021, 0.82, "HKD 100 million", "actual"),
            ("Total", 2022, 1.05, "HKD 100 million", "actual"),
            ("Total", 2023, 1.31, "HKD 100 million", "actual"),
            ("Total", 2024, 1.66, "HKD 100 million", "actual"),
            ("Total", 2025, 2.09, "HKD 100 million", "estimate"),
            ("Total", 2026, 2.58, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2021, 2022, 1.0),
            ("growth", 25.3, "percent", 2022, 2023, 1.0),
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2024, 2025, 1.0),
            ("growth", 23.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.05 / 0.82) ** (1 / 1) - 1 = 28.05% -> 28.0
            # (1.31 / 1.05) ** (1 / 1) - 1 = 24.76% -> 24.8, not 25.3; bounds 1.305 / 1.055 - 1 = 23.70%,
            # 1.315 / 1.045 - 1 = 25.84% -> 25.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1.66 / 1.31) ** (1 / 1) - 1 = 26.72% -> 26.7
            # (2.09 / 1.66) ** (1 / 1) - 1 = 25.90% -> 25.9, not 29.5; bounds 2.085 / 1.665 - 1 = 25.23%,
            # 2.095 / 1.655 - 1 = 26.59% -> 29.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2.58 / 2.09) ** (1 / 1) - 1 = 23.44% -> 23.4
        ],
    ),
    # 40. Markdown table (Europe, € million) whose rows are years (2024, 2025E, 2026E) and whose columns are four
    #     countries and a Total, with a stated CAGR of the Total below: 2024 adds exactly, 2025E's total only by
    #     rounding, 2026E's by no reading (Italy's 42.8 for 48.2). Expected nowhere: the exhibit number, the note's
    #     date, the €14bn of heat pump hardware, Denmark's DKK 1.1bn subsidy pool (kroner).
    dict(
        text=(
            "Exhibit 9: AI heat pump optimisation and fault prediction, selected European markets (€ million)\n"
            "| Year | Germany | Netherlands | Denmark | Italy | Total |\n"
            "|---|---|---|---|---|---|\n"
            "| 2024 | 121.8 | 39.6 | 23.1 | 29.4 | 213.9 |\n"
            "| 2025E | 152.3 | 49.5 | 28.4 | 37.9 | 268.2 |\n"
            "| 2026E | 188.6 | 61.0 | 34.6 | 42.8 | 332.4 |\n"
            "Total CAGR 2024-2026E: 24.7%. Source: Vesterbro Energy Research, 3 February 2025. Excludes heat pump "
            "hardware (about €14bn across the four markets in 2024) and Denmark's DKK 1.1bn subsidy pool."
        ),
        obs=[
            ("Germany", 2024, 121.8, "EUR million", "actual"),
            ("Netherlands", 2024, 39.6, "EUR million", "actual"),
            ("Denmark", 2024, 23.1, "EUR million", "actual"),
            ("Italy", 2024, 29.4, "EUR million", "actual"),
            ("Total", 2024, 213.9, "EUR million", "actual"),
            ("Germany", 2025, 152.3, "EUR million", "estimate"),
            ("Netherlands", 2025, 49.5, "EUR million", "estimate"),
            ("Denmark", 2025, 28.4, "EUR million", "estimate"),
            ("Italy", 2025, 37.9, "EUR million", "estimate"),
            ("Total", 2025, 268.2, "EUR million", "estimate"),
            ("Germany", 2026, 188.6, "EUR million", "estimate"),
            ("Netherlands", 2026, 61.0, "EUR million", "estimate"),
            ("Denmark", 2026, 34.6, "EUR million", "estimate"),
            ("Italy", 2026, 42.8, "EUR million", "estimate"),
            ("Total", 2026, 332.4, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (332.4 / 213.9) ** (1 / 2) - 1 = 24.66% -> 24.7
            ("hierarchy", "exact"),  # 2024: 121.8 + 39.6 + 23.1 + 29.4 = 213.9
            # 2025E: 152.3 + 49.5 + 28.4 + 37.9 = 268.1, not 268.2; bounds 267.9..268.3 (each part +/-0.05), and the
            # total 268.15..268.25 -> 268.2 reached only by some reading
            ("hierarchy", "rounding"),
            # 2026E: 188.6 + 61.0 + 34.6 + 42.8 = 327.0, not 332.4; bounds 326.8..327.2 -> 332.4 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 11, 'rounding': 15, 'exact': 80}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Report scope',
    '$2.4 billion(1)',
    'TL;DR:',
    '> Harbourview Analytics',
    "by '30",
    '₹10,800 crore',
    '[Applause]',
    '1/ Our house estimate',
    '（一）行业发展情况',
    '「潮汐创投」获悉',
    '年均增长15%以上',
    '圖表3：',
    '年增19.4%',
    '按年增長16.4%',
    '#AI管家#',
    '| 412* |',
    '\t(3.2%)',
    '2025E           86.3',
    '复合增速（2024-2030E）',
    '單位：百萬美元',
    'Operator:',
    '[13]',
    'Base year: 2024; Forecast period: 2025-2032',
    'Madam Deputy Speaker',
    'From the chair',
    'Slide 3/8',
    '7 numbers that explain',
    'the fiscal year ending March 2026',
    '人民网',
    '预算金额：',
    '📈',
    '2024年1-12月',
    '較上年',
    '管理層討論與分析',
    '谢邀',
    '| | US$m | US$m |',
    'Segment\tQ1\tQ2\tQ3\tQ4\tFY2025',
    '合计                  32,350',
    '2025(E)     2.09',
    '| 2025E | 152.3 |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 167
#: figures, 65 rates, 88 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fifty-sixth set: 199, 67, 98 and 0
FLOORS = {"figures_found": 199, "rates_found": 67, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset258.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
