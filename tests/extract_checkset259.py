"""A two-hundred-and-fifty-ninth check set for the extractor, written blind: AI in heating, cooling, plumbing and home
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

Snippets 1-20: Twenty snippets on AI in heating, cooling, plumbing and home services: eight English prose texts (a US
newswire release with a Report scope block, a 10-K paragraph with footnote markers, a UK newsletter opening with TL;DR,
a Canadian forum thread disputing a quoted rate, a German trade-show press kit with two-digit years, an Indian daily
beside rupee crore, a UK minister's speech with [Applause], a Japanese analyst's numbered thread), seven Chinese prose
texts (an annual report's 行业发展情况 with a 注 line, a 36氪-style funding story, a provincial 规划, a broker report with 图表
captions, a Taiwan magazine story in 百萬美元, a Hong Kong government release in 億港元, a Weibo post with hashtags) and five
tables (a markdown table with a starred cell and n/a cells, a Japanese tab-separated table with a bracketed decline, a
space-aligned table with years as rows, a Chinese markdown table with A/E columns, a Taiwan space-aligned table with a
合計 row). Left out: equipment and services revenue, counts of installers, heat pumps and thermostats, callout fees and
hourly rates, energy savings, subsidy budgets, company revenue, margins, rounds and valuations, rupee and Canadian-
dollar amounts, a revised earlier figure, penetration rates, boilerplate numbers. Inconsistent: the forum's 19.5% a
year, the 36氪 story's 46% share, the Taiwan magazine's 41% share, the markdown table's total CAGR of 21.4%, the Taiwan
table's 2025 合計. Only by rounding: the 10-K's 20.8%, the press kit's 22.6%, the 36氪 story's 34.7%, the broker report's
26.5%, the Hong Kong release's 32% share, the tab-separated table's 21.1%, the space-aligned table's 2025E total.

Snippets 21-40: Twenty snippets on AI in heating, cooling, plumbing and home services: eight English prose texts (a US
software maker's earnings call, an encyclopedia paragraph with citation markers, a research store's listing, a UK budget
speech in £m and £bn, an Irish trade body chair's letter, an Australian LinkedIn carousel in US dollars, a US listicle
of seven numbers, a Japanese maker's yen release by fiscal year), seven Chinese prose texts (a 人民网-style story, a 政府采购
notice, a WeChat article with bold figures, an association's yearly report, a Taiwan statistics release, a Hong Kong
results announcement, a Zhihu answer quoting two research houses) and five tables (a US markdown table with a unit row,
a German tab-separated quarterly table, a space-aligned 万元 table with shares, a Taiwan vertical table of years, a Dutch
and Danish markdown table of years by country). Left out: quarterly, half-year and single-month figures, companies' own
revenue, margins, dividends and funding rounds, total HVAC and plumbing revenue, counts of installers, homes, heat pumps
and staff, callout fees and hourly rates, grant, subsidy and procurement budgets, report prices, energy savings, survey
answers, penetration rates, a second house's figures and currencies the unit table lacks. Inconsistent: the listing's
2025-2032 CAGR, the association's 2024 growth, the Hong Kong 2024-2027 CAGR, the German boiler row's YoY and the Dutch
and Danish 2025E total. Only by rounding: the encyclopedia's CAGR, the Irish boiler share, the yen CAGR, the WeChat
growth, the US 2025E total, the HVAC share in 万元 and Taiwan's 2024 growth.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US newswire release from a research firm with a "Report scope" block (colon lines), "About" boilerplate and a
    #    media-contact line: 2024 value (actual), 2025 and 2030 forecasts, a CAGR with its printed span 2025-2030 whose
    #    two amounts are both printed. Expected nowhere: the USD 240 billion of HVAC equipment sales, the 212 report
    #    pages, the founding year, the 3,400 clients in 40 countries, the phone number.
    dict(
        text=(
            "AUSTIN, Texas, March 18, 2025 (Lonestar Newswire) -- The global market for AI-driven HVAC fault "
            "prediction and predictive maintenance software was valued at USD 1.86 billion in 2024 and is expected to "
            "reach USD 2.19 billion in 2025, according to a new report from Caprock Insight Partners. Demand is led by "
            "residential heat pumps and commercial rooftop units, where models trained on compressor and refrigerant "
            "data flag failures days ahead. By comparison, HVAC equipment sales worldwide topped USD 240 billion last "
            "year.\n"
            "Report scope\n"
            "Market size value in 2024: USD 1.86 billion\n"
            "Revenue forecast in 2030: USD 5.12 billion\n"
            "Growth rate: CAGR of 18.5% from 2025 to 2030\n"
            "Report pages: 212\n"
            "About Caprock Insight Partners\n"
            "Founded in 2011, Caprock serves more than 3,400 clients in 40 countries from offices in Austin and Pune.\n"
            "Media contact: Dana Whitfield, press@caprockinsight.example, +1 512 555 0187"
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2025, 2.19, "USD billion", "estimate"),
            ("Total", 2030, 5.12, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.12 / 2.19) ** (1 / 5) - 1 = 18.51% -> 18.5
        ],
    ),
    # 2. US annual report (Form 10-K) "Market Opportunity" paragraph with footnote markers (¹, ²) after the amounts and
    #    footnote lines below naming the sources: 2024 and a 2029 projection with a CAGR whose span is printed; it
    #    holds only by rounding. Expected nowhere: the $640 billion of home-services industry revenue, the 41,000
    #    contractor businesses, the company's fiscal 2024 revenue of $318.7 million, the footnotes' dates.
    dict(
        text=(
            "Crewline Technologies, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2024\n"
            "Market Opportunity\n"
            "Residential HVAC, plumbing and electrical contractors remain among the least digitized small businesses "
            "in the United States. We believe AI-based scheduling, technician dispatch and automated quoting represent "
            "a significant opportunity: the U.S. market for these tools was $2.4 billion¹ in 2024 and is projected to "
            "reach $6.1 billion¹ by 2029, a compound annual growth rate of 20.8%¹ over 2024-2029. These tools serve a "
            "residential home-services industry that generated approximately $640 billion² of revenue in 2024. As of "
            "December 31, 2024, approximately 41,000 contractor businesses used our platform, and our revenue for "
            "fiscal 2024 was $318.7 million.\n"
            "¹ Harbor Lane Advisors, U.S. Home Services Software Outlook, January 2025.\n"
            "² National Trades Research Council, Contractor Economy Report, October 2024."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2029, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6.1 / 2.4) ** (1 / 5) - 1 = 20.51% -> 20.5, not 20.8; bounds (6.05 / 2.45) ** (1/5) - 1 = 19.82%,
            # (6.15 / 2.35) ** (1/5) - 1 = 21.22% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. UK email newsletter digest opening with "TL;DR:", rates in parentheses after the amounts ("(up 18% y/y)"),
    #    "last year" from the June 2025 dateline (2024) and each prior year's amount printed beside. Expected nowhere:
    #    the issue number, the £295m Boiler Upgrade Scheme budget, the £95 callout fee, the 11% energy saving, the £18m
    #    round and £140m valuation.
    dict(
        text=(
            "The Warm Front - Issue 142 - 9 June 2025\n"
            "TL;DR: UK spend on AI features in smart thermostats and heating controls hit £312m last year (up 18% y/y, "
            "from £264m in 2023). AI leak detection brought in £41m (up 28% y/y, from £32m). The Boiler Upgrade Scheme "
            "budget is now £295m for 2025-26.\n"
            "The longer read: installers tell us the average callout fee has crept up to £95, and households running "
            "AI schedules on their heat pumps report an energy saving of around 11% over a winter. Meanwhile Leeds "
            "start-up Radiant Loop raised £18m at a £140m valuation to sell predictive boiler servicing to housing "
            "associations. Reply to this email if you want the full data pack."
        ),
        obs=[
            ("Total", 2023, 264, "GBP million", "actual"),
            ("Total", 2024, 312, "GBP million", "actual"),
            ("AI leak detection", 2023, 32, "GBP million", "actual"),
            ("AI leak detection", 2024, 41, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 264) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr|implied", "exact"),  # (41 / 32) ** (1 / 1) - 1 = 28.13% -> 28
        ],
    ),
    # 4. Canadian HVAC forum thread: a post quotes a report on a "> " line (US dollars), a reply disputes its rate,
    #    whose span only the amounts' years give (inferred); 148 to 395 over six years is reached by no reading of
    #    19.5%. Expected nowhere: the post's date, the C$135 hourly rate (Canadian dollars are not in the unit table),
    #    the 62,000 heat pumps added in Ontario.
    dict(
        text=(
            "Thread: Anyone actually making money off AI furnace monitoring? (Furnace & Flame Forums, Canada board)\n"
            "coldsnap_techie wrote on 14 Feb 2025:\n"
            "Saw this in the new Brantwood Research brief:\n"
            "> Canada's market for AI fault prediction on residential furnaces, boilers and heat pumps reached US$148 "
            "million in 2024 and is forecast to hit US$395 million by 2030, growing at 19.5% a year.\n"
            "Kettle_Valley_HVAC replied:\n"
            "That growth rate is wrong. Take 148 to 395 over six years and it doesn't come out anywhere near 19.5. "
            "Their totals might be fine, their maths isn't. Meanwhile I still bill C$135 an hour and Ontario added "
            "about 62,000 heat pumps last year, and none of those customers asked me about AI."
        ),
        obs=[
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2030, 395, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (395 / 148) ** (1 / 6) - 1 = 17.78% -> 17.8, not 19.5; bounds (394.5 / 148.5) ** (1/6) - 1 = 17.69%,
            # (395.5 / 147.5) ** (1/6) - 1 = 17.87% -> 19.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 5. German trade-show press kit (fact-sheet bullets) with two-digit years: "FY24", "by '30" and a CAGR "over
    #    2024-30" (stated); the series keeps EUR million, so €2.1 billion is 2100; the CAGR holds only by rounding of
    #    the one-decimal billion; Germany's part with its share. Expected nowhere: the show's dates, the 2.6 million
    #    heat pumps sold, the €14.8 billion of heat-pump equipment turnover, the 1,850 exhibitors and 160,000 visitors.
    dict(
        text=(
            "PRESS KIT - WaermeWelt Expo 2025, Messe Essen, 11-14 March 2025\n"
            "Fact sheet: AI in heating\n"
            "- Europe's market for AI optimisation software for heat pumps stood at €620 million in FY24 and is "
            "forecast to reach €2.1 billion by '30, a CAGR of 22.6% over 2024-30 (figures: show partner Ruhrtal "
            "Energieberatung).\n"
            "- Germany accounts for €214 million of the FY24 figure, or 35%.\n"
            "- Heat-pump unit sales in Europe: 2.6 million in FY24, worth some €14.8 billion at equipment level.\n"
            "- 1,850 exhibitors, 160,000 trade visitors expected.\n"
            "- New this year: the AI Heating Forum, where installers and software makers demonstrate live fault "
            "prediction on hybrid systems."
        ),
        obs=[
            ("Total", 2024, 620, "EUR million", "actual"),
            ("Total", 2030, 2100, "EUR million", "estimate"),
            ("Germany", 2024, 214, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2100 / 620) ** (1 / 6) - 1 = 22.55% -> 22.5, not 22.6; bounds (2050 / 620.5) ** (1/6) - 1 = 22.04%,
            # (2150 / 619.5) ** (1/6) - 1 = 23.05% -> 22.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 214 / 620 = 34.52% -> 35
        ],
    ),
    # 6. Indian business daily on a Bengaluru firm's sizing of the US market, in US dollars with rupee crore beside
    #    each amount: YoY with both amounts, a 2030 forecast with a CAGR over a printed span. Expected nowhere: the
    #    ₹11,800 crore and ₹33,600 crore (rupees are not in the unit table), the 450 analysts, the firm's ₹86 crore
    #    revenue and its ₹120 crore raise.
    dict(
        text=(
            "BENGALURU, July 22, 2025: Bengaluru-based analytics firm Kaveri Data Labs estimates that the US market "
            "for AI scheduling, dispatch and quoting software used by plumbers, electricians and HVAC technicians "
            "touched $1.42 billion (about ₹11,800 crore) in 2024, up 16% from $1.22 billion in 2023. It expects the "
            "market to reach $4.05 billion (₹33,600 crore) by 2030, a CAGR of 19.1% over 2024-2030. \"American "
            "contractors lose up to a fifth of their working day to driving between jobs, and that is what these "
            "tools attack,\" said chief executive Meera Raghunathan. The firm, which employs 450 analysts in Bengaluru "
            "and Pune, posted revenue of ₹86 crore last fiscal and is in talks to raise ₹120 crore."
        ),
        obs=[
            ("Total", 2023, 1.22, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 4.05, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.42 / 1.22) ** (1 / 1) - 1 = 16.39% -> 16
            ("cagr|implied", "exact"),  # (4.05 / 1.42) ** (1 / 6) - 1 = 19.09% -> 19.1
        ],
    ),
    # 7. UK minister's speech transcript with "[Applause]": "last year" (2024) and "the year before" (2023) from the
    #    March 2025 dateline, 18 per cent with both amounts; "just under two billion pounds by 2030" expected at its
    #    printed figure in the series' unit (2000 GBP million). Expected nowhere: the £7,500 grant per household, the
    #    60,000 installers to be trained, the summit's date.
    dict(
        text=(
            "Speech: Minister for Energy Efficiency at the Installer Skills Summit, Birmingham, 4 March 2025 (check "
            "against delivery)\n"
            "Thank you. Let me start with a number. Last year, British households and landlords spent £640 million "
            "on AI-enabled heating controls, heat-pump optimisation and predictive boiler servicing. That is 18 per "
            "cent more than the £541 million spent the year before. [Applause]\n"
            "And our own analysis says this market will be worth just under two billion pounds by 2030. We are "
            "backing it. The grant stays at £7,500 per household, and we will train 60,000 more installers by the "
            "end of the decade. [Applause]"
        ),
        obs=[
            ("Total", 2023, 541, "GBP million", "actual"),
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 541) ** (1 / 1) - 1 = 18.30% -> 18
        ],
    ),
    # 8. Japanese analyst's social-media thread numbered "1/", "2/", ... (¥, one figure per post), dated January
    #    2025: a 2024 estimate, a 2027 forecast with a CAGR whose span only the amounts' years give (inferred), a
    #    multiple, a part with its share. Expected nowhere: the 9.1 million air-con shipments, the ¥2.3 trillion
    #    equipment market, the 20% energy saving.
    dict(
        text=(
            "Hiro Tanabe @hiro_hvac_jp - 20 Jan 2025 - thread\n"
            "1/ Japan: AI control of residential heat pumps and room air-cons (Eco Cute water heaters included). Our "
            "estimate for 2024: ¥48.6 billion.\n"
            "2/ We model ¥71.2bn in 2027. That is a 13.6% CAGR, or ~1.5x in three years.\n"
            "3/ Biggest slice: AI air-con optimisation at ¥29.8bn, 61% of the 2024 total.\n"
            "4/ Context: room air-con shipments ran 9.1 million units last year and the whole residential HVAC "
            "equipment market is about ¥2.3 trillion. AI is a rounding error for now.\n"
            "5/ Makers claim 20% energy savings from the AI modes. Take with salt. /end"
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2027, 71.2, "JPY billion", "estimate"),
            ("AI air-con optimisation", 2024, 29.8, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2024, 2027, None, "inferred"),
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (71.2 / 48.6) ** (1 / 3) - 1 = 13.58% -> 13.6
            ("arithmetic", "exact"),  # 29.8 / 48.6 = 61.32% -> 61
        ],
    ),
    # 9. Listed company's annual report (Simplified), section 行业发展情况 with 据……统计 and a 注： line below: YoY
    #    with both amounts, a part with its share. Expected nowhere: the section numbers, the 2,150亿元 HVAC
    #    equipment output, the 420万台 heat pumps, the company's 12.8亿元 revenue and 31.6% gross margin.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "（一）行业发展情况\n"
            "近年来，热泵、多联机等暖通设备加速智能化。据华夏暖通产业研究院统计，2024年我国暖通空调AI节能控制与"
            "故障预测市场规模达到48.6亿元，较2023年的40.1亿元同比增长21.2%；其中，热泵AI优化控制市场规模为17.2亿元，"
            "占比35.4%。同期，全国暖通空调设备行业总产值约2,150亿元，热泵内销量约420万台。报告期内，公司实现营业"
            "收入12.8亿元，综合毛利率31.6%。\n"
            "注：2024年数据为初步统计数，2023年数据已按最终统计数调整。"
        ),
        obs=[
            ("Total", 2023, 40.1, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("热泵AI优化控制", 2024, 17.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("share", 35.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 40.1) ** (1 / 1) - 1 = 21.20% -> 21.2
            ("arithmetic", "exact"),  # 17.2 / 48.6 = 35.39% -> 35.4
        ],
    ),
    # 10. 36氪-style funding story (Simplified): the market's 2024 size, its 2025 forecast (预计) with a YoY rate that
    #     holds only by rounding, a part with a share reached by no reading. Expected nowhere: the 1.8亿元 B round, the
    #     15亿元 valuation, the 8万 technicians, the 30元 callout fee.
    dict(
        text=(
            "36氪获悉，家庭维修上门服务平台「匠到家」近日完成1.8亿元B轮融资，由远川资本领投，投后估值约15亿元。"
            "本轮资金将用于AI派单引擎和智能报价系统的研发。据鲸准研究院测算，2024年中国家庭水电、暖通维修的AI派单"
            "与智能报价市场规模约为36.8亿元，预计2025年将增至49.5亿元，同比增长34.7%；其中AI智能报价2024年规模为"
            "15.6亿元，占比约46%。创始人李沐阳表示，平台入驻师傅已超过8万名，上门检测费统一为30元，“维修行业最缺的"
            "不是师傅，而是把对的师傅在对的时间派到对的家里”。"
        ),
        obs=[
            ("Total", 2024, 36.8, "CNY 100 million", "actual"),
            ("Total", 2025, 49.5, "CNY 100 million", "estimate"),
            ("AI智能报价", 2024, 15.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 34.7, "percent", 2024, 2025, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (49.5 / 36.8) ** (1 / 1) - 1 = 34.51% -> 34.5, not 34.7; bounds 49.45 / 36.85 - 1 = 34.19%,
            # 49.55 / 36.75 - 1 = 34.83% -> 34.7 reached only by some reading
            ("cagr|implied", "rounding"),
            # 15.6 / 36.8 = 42.39% -> 42, not 46; bounds 15.55 / 36.85 = 42.20%, 15.65 / 36.75 = 42.59% -> 46
            # unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 11. Provincial plan (规划, Simplified): 到2027年 a target with 以上 (expected at its printed figure) and 年均增长
    #     15%以上 from a 2024 base, its span given only by the amounts' years (inferred). Expected nowhere: the plan's
    #     title years, the 50万台 heat pumps, the 20 firms, the 10% energy saving, the 3亿元 special fund.
    dict(
        text=(
            "《江苏省智慧暖通与家庭能源服务产业发展规划（2025—2027年）》\n"
            "二、主要目标\n"
            "到2027年，全省热泵、暖通空调及家庭水电维修领域人工智能应用市场规模达到120亿元以上，年均增长15%以上"
            "（2024年为78.6亿元）；新增热泵安装50万台，培育20家以上省级智慧暖通示范企业，重点公共建筑空调系统"
            "节能率提高10%以上。省级财政每年安排专项资金3亿元，支持AI故障预警平台和上门维修智能调度平台建设。"
        ),
        obs=[
            ("Total", 2024, 78.6, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 78.6) ** (1 / 3) - 1 = 15.15% -> 15
        ],
    ),
    # 12. Broker report text (Simplified) with 图表N： captions and 资料来源： lines between paragraphs: 2020 and 2024
    #     with 增长1.6倍 (kept as printed) and a 2020-2024 CAGR that holds only by rounding; a 2027 forecast with its
    #     CAGR. Expected nowhere: the exhibit numbers and their title years, the 1,260万台 thermostats shipped, the 23%
    #     penetration rate.
    dict(
        text=(
            "智能温控器行业深度：AI功能成为新增长点\n"
            "2024年我国智能温控器AI功能（含学习型温控、AI节能调度及远程故障诊断）市场规模达31.7亿元，较2020年的"
            "12.4亿元增长1.6倍，2020-2024年复合增速为26.5%。\n"
            "图表5：2020-2024年中国智能温控器AI功能市场规模（亿元）\n"
            "资料来源：华信咨询，北辰证券研究所\n"
            "我们预计2027年市场规模将达到65.0亿元，2024-2027年复合增速27.0%。2024年智能温控器出货量约1,260万台，"
            "AI功能渗透率约23%。\n"
            "图表6：2024年智能温控器AI功能渗透率\n"
            "资料来源：北辰证券研究所"
        ),
        obs=[
            ("Total", 2020, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 31.7, "CNY 100 million", "actual"),
            ("Total", 2027, 65.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.6, "multiple", 2020, 2024, 4.0),
            ("cagr", 26.5, "percent", 2020, 2024, None, "stated"),
            ("cagr", 27.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (31.7 / 12.4) ** (1 / 4) - 1 = 26.45% -> 26.4, not 26.5; bounds (31.65 / 12.45) ** (1/4) - 1 = 26.27%,
            # (31.75 / 12.35) ** (1/4) - 1 = 26.63% -> 26.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (65.0 / 31.7) ** (1 / 3) - 1 = 27.04% -> 27.0
        ],
    ),
    # 13. Taiwan business-magazine story (Traditional) in 百萬美元 with 年增: YoY with both amounts, a part whose 41%
    #     share is reached by no reading. Expected nowhere: the 新台幣1,500億元 HVAC equipment output, the 7.2萬台 heat-pump
    #     water heaters, the 新台幣6億元 subsidy, the leading maker's 上半年 revenue growth.
    dict(
        text=(
            "【產業追蹤】冷氣學會「自己想」 台灣智慧空調AI商機升溫\n"
            "根據台灣冷凍空調產業研究中心調查，台灣家用冷氣與熱泵熱水器的AI節能控制及故障預警市場，2024年規模達286"
            "百萬美元，年增14.4%，2023年則為250百萬美元；其中AI故障預警與遠端診斷為103百萬美元，占比達41%。相較之下，"
            "國內冷凍空調設備總產值約新台幣1,500億元，熱泵熱水器去年安裝量約7.2萬台。經濟部今年編列新台幣6億元補助"
            "民眾汰換老舊冷氣，龍頭空調廠上半年營收則年增9%。"
        ),
        obs=[
            ("Total", 2023, 250, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("AI故障預警與遠端診斷", 2024, 103, "USD million", "actual"),
        ],
        claims=[
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 250) ** (1 / 1) - 1 = 14.40% -> 14.4
            # 103 / 286 = 36.01% -> 36, not 41; bounds 102.5 / 286.5 = 35.78%, 103.5 / 285.5 = 36.25% -> 41 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 14. Hong Kong government press release (Traditional) in 億港元 with 按年增長: YoY with both amounts, a part whose
    #     約32% share holds only by rounding. Expected nowhere: the release's date in words, the report's title year,
    #     the 286億港元 of plumbing and electrical services revenue, the 三萬名 registered workers, the scheme's
    #     grant.
    dict(
        text=(
            "發展局今日（六月二十日）公布《2024年家居維修及屋宇設備服務科技應用調查》結果。調查顯示，2024年本港家居"
            "維修業在AI漏水偵測、水電維修網上報價及技工預約派工方面的支出為12.6億港元，按年增長9.6%；2023年的相應"
            "數字為11.5億港元。其中，AI漏水偵測系統支出為4.1億港元，約佔32%。同期，全港水喉及電力維修服務業總收益約"
            "為286億港元，業內註冊電業工程人員約三萬名。政府發言人表示，「家居安全維修資助計劃」將繼續資助長者住戶"
            "安裝智能漏水感應器。"
        ),
        obs=[
            ("Total", 2023, 11.5, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("AI漏水偵測系統", 2024, 4.1, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 11.5) ** (1 / 1) - 1 = 9.57% -> 9.6
            # 4.1 / 12.6 = 32.54% -> 33, not 32; bounds 4.05 / 12.65 = 32.02%, 4.15 / 12.55 = 33.07% -> 32 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 15. Weibo post (Simplified) with #话题# hashtags and emoji: 2024 size, a 2026 forecast (预计) and a CAGR whose span
    #     only the amounts' years give (inferred). Expected nowhere: the 6亿台 air conditioners in use, the 5%
    #     penetration rate, the 50元 callout fee.
    dict(
        text=(
            "#AI修空调# #家电后市场# 🔥刚看完一份行业报告，数据有点猛：2024年家用空调AI故障预测与上门维修智能派单市场"
            "规模约18.2亿元，预计2026年达到30.5亿元，年复合增长29.5%！😮 但全国家用空调保有量早就超过6亿台，AI渗透率"
            "还不到5%。我家小区师傅上门检测费还是50元一次……你们家的空调今年报过修吗？"
        ),
        obs=[
            ("Total", 2024, 18.2, "CNY 100 million", "actual"),
            ("Total", 2026, 30.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.5, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (30.5 / 18.2) ** (1 / 2) - 1 = 29.45% (29.454) -> 29.5
        ],
    ),
    # 16. Markdown table (North America, USD million) with a footnote marker in a cell ("412*"), "n/a" cells and a
    #     "CAGR 2024-30" column (stated); the Total row's 21.4% is reached by no reading; the 2024 rows add to the
    #     Total (2030 has an n/a part, so no check). Expected nowhere: the revised 398 of the earlier edition, the
    #     source's date, the USD 31 billion of HVAC equipment sales, the 2.9 million smart thermostats.
    dict(
        text=(
            "North America: AI in residential heating and plumbing, by application (USD million)\n"
            "| Application | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI heat-pump and furnace optimisation | 412* | 1,180 | 19.2% |\n"
            "| AI leak detection and shut-off | 96 | n/a | n/a |\n"
            "| Total | 508 | 1,530 | 21.4% |\n"
            "* Revised from 398 in our 2024 edition. Leak-detection forecast withheld pending a utility pilot; the 2030 "
            "total includes it. Source: Granite Peak Research, April 2025. Excludes USD 31 billion of HVAC equipment "
            "sales and 2.9 million smart thermostats installed."
        ),
        obs=[
            ("AI heat-pump and furnace optimisation", 2024, 412, "USD million", "actual"),
            ("AI heat-pump and furnace optimisation", 2030, 1180, "USD million", "estimate"),
            ("AI leak detection and shut-off", 2024, 96, "USD million", "actual"),
            ("Total", 2024, 508, "USD million", "actual"),
            ("Total", 2030, 1530, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1180 / 412) ** (1 / 6) - 1 = 19.17% -> 19.2
            # (1530 / 508) ** (1 / 6) - 1 = 20.17% -> 20.2, not 21.4; bounds (1529.5 / 508.5) ** (1/6) - 1 = 20.15%,
            # (1530.5 / 507.5) ** (1/6) - 1 = 20.20% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 412 + 96 = 508
        ],
    ),
    # 17. Tab-separated table (Japan, ¥ million, fiscal years ending March) with thousands separators ("1,284.5") and
    #     a negative YoY in parentheses ("(3.2%)"): three YoY rates, the plumber-booking row's 21.1% only by rounding.
    #     Expected nowhere: the ¥1.9 trillion of plumbing and water-heater sales, the ¥4,800 callout fee, the source's
    #     date.
    dict(
        text=(
            "Japan: AI water-leak detection and water-heater services, sales by segment (¥ million)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI leak detection sensors and subscriptions\t1,326.9\t1,284.5\t(3.2%)\n"
            "AI fault prediction for Eco Cute heat-pump water heaters\t842.3\t1,037.6\t23.2%\n"
            "AI plumber booking and quoting apps\t415.8\t503.3\t21.1%\n"
            "Note: fiscal years ending March. Excludes ¥1.9 trillion of residential plumbing and water-heater sales "
            "and the ¥4,800 average plumber callout fee. Source: Kiso Market Research, July 2025."
        ),
        obs=[
            ("AI leak detection sensors and subscriptions", 2023, 1326.9, "JPY million", "actual"),
            ("AI leak detection sensors and subscriptions", 2024, 1284.5, "JPY million", "actual"),
            ("AI fault prediction for Eco Cute heat-pump water heaters", 2023, 842.3, "JPY million", "actual"),
            ("AI fault prediction for Eco Cute heat-pump water heaters", 2024, 1037.6, "JPY million", "actual"),
            ("AI plumber booking and quoting apps", 2023, 415.8, "JPY million", "actual"),
            ("AI plumber booking and quoting apps", 2024, 503.3, "JPY million", "actual"),
        ],
        claims=[
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1284.5 / 1326.9) ** (1 / 1) - 1 = -3.195% -> -3.2
            ("cagr|implied", "exact"),  # (1037.6 / 842.3) ** (1 / 1) - 1 = 23.19% -> 23.2
            # (503.3 / 415.8) - 1 = 21.04% -> 21.0, not 21.1; bounds 503.25 / 415.85 - 1 = 21.02%,
            # 503.35 / 415.75 - 1 = 21.07% -> 21.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Netherlands and Denmark, EUR million) whose rows are years and whose columns are three
    #     segments and a Total (items are the column headers): 2024 adds exactly, 2025E only by rounding. Expected
    #     nowhere: the EUR 3.4 billion of heat-pump and boiler equipment sales, the EUR 150 million subsidy pot, the
    #     410,000 hybrid heat pumps.
    dict(
        text=(
            "Netherlands and Denmark: household AI heating services by segment (EUR million)\n"
            "Year     Heat-pump AI   Boiler fault prediction   Technician dispatch    Total\n"
            "2024            84.2                      37.5                  52.8    174.5\n"
            "2025E          101.6                      41.9                  63.4    207.0\n"
            "Source: Noordzee Warmte Analyse, 2025 outlook. Excludes EUR 3.4 billion of heat-pump and boiler "
            "equipment sales and the EUR 150 million national heat-pump subsidy pot; about 410,000 hybrid heat pumps "
            "are installed across the two countries."
        ),
        obs=[
            ("Heat-pump AI", 2024, 84.2, "EUR million", "actual"),
            ("Boiler fault prediction", 2024, 37.5, "EUR million", "actual"),
            ("Technician dispatch", 2024, 52.8, "EUR million", "actual"),
            ("Total", 2024, 174.5, "EUR million", "actual"),
            ("Heat-pump AI", 2025, 101.6, "EUR million", "estimate"),
            ("Boiler fault prediction", 2025, 41.9, "EUR million", "estimate"),
            ("Technician dispatch", 2025, 63.4, "EUR million", "estimate"),
            ("Total", 2025, 207.0, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 84.2 + 37.5 + 52.8 = 174.5
            # 2025E: 101.6 + 41.9 + 63.4 = 206.9, not 207.0; parts at most 207.05 and the total at least 206.95 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Chinese markdown table (Simplified, 亿元) with 2023A, 2024A, 2025E, 2030E columns and a 复合增速(2024-2030)
    #     column (stated): the AI row's four figures under its row label and its CAGR. Expected nowhere: the table
    #     number, the 暖通空调设备市场 row and its 2.9%, the AI渗透率 row.
    dict(
        text=(
            "表4：中国暖通AI运维市场规模预测（单位：亿元，渗透率除外）\n"
            "| 指标 | 2023A | 2024A | 2025E | 2030E | 复合增速(2024-2030) |\n"
            "|---|---|---|---|---|---|\n"
            "| 暖通AI故障预测与运维 | 16.9 | 21.6 | 27.8 | 88.4 | 26.5% |\n"
            "| 暖通空调设备市场 | 2,080 | 2,120 | 2,180 | 2,500 | 2.8% |\n"
            "| AI渗透率 | 0.8% | 1.0% | 1.3% | 3.5% | - |\n"
            "资料来源：华夏暖通产业研究院，东岳证券研究所预测\n"
            "注：A为实际值，E为预测值；渗透率为已接入AI运维平台的存量暖通系统占比，设备市场含家用及商用空调、热泵。"
        ),
        obs=[
            ("暖通AI故障预测与运维", 2023, 16.9, "CNY 100 million", "actual"),
            ("暖通AI故障预测与运维", 2024, 21.6, "CNY 100 million", "actual"),
            ("暖通AI故障预测与运维", 2025, 27.8, "CNY 100 million", "estimate"),
            ("暖通AI故障预测与运维", 2030, 88.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88.4 / 21.6) ** (1 / 6) - 1 = 26.47% -> 26.5
        ],
    ),
    # 20. Traditional Chinese space-aligned table (Taiwan) under "單位：百萬美元", with a 合計 row (its label the
    #     total's item) and a 年增率 column: three YoY rates; the 2025 合計 of 351.0 is reached by no reading of its
    #     parts (sum 348.0). Expected nowhere: the table number, the 新台幣1,480億元 of air-con equipment sales, the
    #     heat-pump water-heater installations.
    dict(
        text=(
            "表2 台灣住宅熱泵與水電服務AI應用市場\n"
            "單位：百萬美元\n"
            "項目                    2024年    2025年(預估)    年增率\n"
            "AI熱泵與冷氣節能控制      184.6        226.3       22.6%\n"
            "AI水電維修派工與報價       95.2        121.7       27.8%\n"
            "合計                     279.8        351.0       25.4%\n"
            "資料來源：台灣智慧住宅產業協會；不含空調設備銷售額（約新台幣1,480億元）及熱泵熱水器安裝台數。"
        ),
        obs=[
            ("AI熱泵與冷氣節能控制", 2024, 184.6, "USD million", "actual"),
            ("AI熱泵與冷氣節能控制", 2025, 226.3, "USD million", "estimate"),
            ("AI水電維修派工與報價", 2024, 95.2, "USD million", "actual"),
            ("AI水電維修派工與報價", 2025, 121.7, "USD million", "estimate"),
            ("合計", 2024, 279.8, "USD million", "actual"),
            ("合計", 2025, 351.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("growth", 27.8, "percent", 2024, 2025, 1.0),
            ("growth", 25.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (226.3 / 184.6) ** (1 / 1) - 1 = 22.59% -> 22.6
            ("cagr|implied", "exact"),  # (121.7 / 95.2) ** (1 / 1) - 1 = 27.84% -> 27.8
            ("cagr|implied", "exact"),  # (351.0 / 279.8) ** (1 / 1) - 1 = 25.45% (25.447) -> 25.4
            ("hierarchy", "exact"),  # 2024: 184.6 + 95.2 = 279.8
            # 2025: 226.3 + 121.7 = 348.0, not 351.0; parts at most 348.1 and the total at least 350.95 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US field-service software maker's earnings-call transcript (Operator, analyst, CFO): the CFO sizes the
    #     addressable market at $2.1 billion in fiscal '24 and "a $4.6 billion opportunity by fiscal '27", "call it 30%
    #     compounded" (span only from the amounts' years, inferred); a part in USD million. Expected nowhere: the
    #     quarter's $182.4 million revenue, the 71% gross margin, the 14,000 contractor customers, the call's date.
    dict(
        text=(
            "Corvane Technologies, third quarter fiscal 2025 earnings call, November 12, 2025\n"
            "Operator: Our next question comes from Priya Raman with Ashcombe Partners. Your line is open.\n"
            "Priya Raman: Thanks, and congrats on the $182.4 million quarter and the 71% gross margin. Helen, can you "
            "frame how big AI dispatch could get for your HVAC and plumbing contractors?\n"
            "Helen Marsh, Chief Financial Officer: Sure. We size AI dispatch and scheduling for North American "
            "residential HVAC, plumbing and electrical contractors at about $2.1 billion in fiscal '24, and residential "
            "plumbing accounts for roughly $640 million of that. We see a $4.6 billion opportunity by fiscal '27, so "
            "call it 30% compounded. We serve about 14,000 contractors today, so the runway is long."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Residential plumbing", 2024, 640, "USD million", "actual"),
            ("Total", 2027, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.6 / 2.1) ** (1 / 3) - 1 = 29.87% -> 30
        ],
    ),
    # 22. Encyclopedia-style paragraph with citation markers: a 2023 value, a 2030 projection and a CAGR with its span
    #     printed that holds only by rounding; a part with its share. Expected nowhere: the citation numbers, the 8-15%
    #     energy savings, the 3.0 million heat pumps sold in Europe, the Netherlands' €150 million subsidy budget, the
    #     Singapore pilot's S$4 million (Singapore dollars are not in the unit table).
    dict(
        text=(
            "Commercial adoption\n"
            "Machine-learning controllers that forecast weather, occupancy and electricity tariffs to schedule "
            "compressor runs began appearing in residential heat pumps in the late 2010s.[11] The global market for "
            "AI-enabled heat pump controls and optimisation software was valued at US$1.84 billion in 2023[12] and is "
            "projected to reach US$5.9 billion by 2030, a compound annual growth rate of 18.2% over 2023-2030.[13] "
            "Residential systems accounted for US$1.21 billion, or 66%, of 2023 revenue.[12] Field trials have "
            "reported seasonal energy savings of 8-15%,[14] and some 3.0 million heat pumps were sold in Europe in "
            "2023.[15] Several governments fund adoption: the Netherlands set aside €150 million for hybrid heat pump "
            "subsidies in 2024,[16] and a Singapore public-housing pilot budgeted S$4 million for AI-tuned cooling.[17]"
        ),
        obs=[
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Total", 2030, 5.9, "USD billion", "estimate"),
            ("Residential systems", 2023, 1.21, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2023, 2030, None, "stated"),
            ("share", 66, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (5.9 / 1.84) ** (1 / 7) - 1 = 18.11% -> 18.1, not 18.2; bounds (5.85 / 1.845) ** (1/7) - 1 = 17.92%,
            # (5.95 / 1.835) ** (1/7) - 1 = 18.30% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.21 / 1.84 = 65.76% -> 66
        ],
    ),
    # 23. Market-research store's listing (North America, AI home leak detection): "Base year: 2024; Forecast period:
    #     2025-2032; Market size 2024: ..." with 2025 and 2032 sizes and a CAGR labelled 2025-2032 that is in fact the
    #     2024-2032 rate, so inconsistent with the printed 2025 and 2032 amounts. Expected nowhere: the report ID, the
    #     214 pages, the title's and contents' year spans and chapter numbers, the US$4,850 and US$7,900 licence
    #     prices, the 15% discount.
    dict(
        text=(
            "Halden Market Insights > Smart Home > Water Safety\n"
            "North America AI Home Leak Detection Market: Size, Share and Forecast, 2025-2032\n"
            "Published: April 2025; Pages: 214; Report ID: HMI-WS-0927\n"
            "Base year: 2024; Forecast period: 2025-2032; Market size 2024: USD 412.6 million; Market size 2025: USD "
            "486.0 million; Market size 2032: USD 1,642.5 million; CAGR (2025-2032): 18.9%; Segments covered: acoustic "
            "and flow sensors, smart shut-off valves, AI analytics subscriptions; Countries covered: United States, "
            "Canada.\n"
            "Table of Contents: 1. Executive Summary; 2. Research Methodology; 3. Market Dynamics; 4. Market Size by "
            "Component, 2019-2032; 5. Competitive Landscape.\n"
            "Single-user licence: US$4,850. Enterprise licence: US$7,900. Order this week and save 15%."
        ),
        obs=[
            ("Total", 2024, 412.6, "USD million", "actual"),
            ("Total", 2025, 486.0, "USD million", "estimate"),
            ("Total", 2032, 1642.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            # (1642.5 / 486.0) ** (1 / 7) - 1 = 19.00% -> 19.0, not 18.9; bounds (1642.45 / 486.05) ** (1/7) - 1 =
            # 18.999%, (1642.55 / 485.95) ** (1/7) - 1 = 19.004% -> 18.9 reached by no reading (18.9 is the 2024-2032
            # rate, (1642.5 / 412.6) ** (1 / 8) - 1 = 18.85%)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK budget speech extract in "£340m" and "£1.2bn" abbreviations (dated 2025): last year's £340m (2024), the
    #     year before's £276m (2023) with a YoY rate, and "more than tripling to £1.2bn by 2030" (estimate, expected in
    #     the series' GBP million as 1200; a multiple floor, x3). Expected nowhere: the £45m grant budget, the £7,500
    #     Boiler Upgrade Scheme grant, the 100,000 heat pumps, the speech's date.
    dict(
        text=(
            "Budget statement to the House, 30 October 2025 (extract)\n"
            "Mr Deputy Speaker, Britain is becoming a leader in clean and clever heat. Last year households and "
            "landlords spent £340m on AI-optimised heating controls, remote boiler diagnostics and fault prediction, "
            "up 23% on the £276m spent the year before. Independent forecasts show that market more than tripling to "
            "£1.2bn by 2030, with engineers in Leeds, Glasgow and Cardiff among those building it. To help, I am "
            "confirming a £45m Smart Heat Accelerator grant budget over the next two years, on top of the £7,500 Boiler "
            "Upgrade Scheme grant that has already helped families fit more than 100,000 heat pumps."
        ),
        obs=[
            ("Total", 2023, 276, "GBP million", "actual"),
            ("Total", 2024, 340, "GBP million", "actual"),
            ("Total", 2030, 1200, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 276) ** (1 / 1) - 1 = 23.19% -> 23
        ],
    ),
    # 25. Irish trade association chair's letter: €96 million in 2024 "up a fifth" on €80 million in 2023 (a 20% YoY,
    #     both amounts printed), "nearly doubled" since 2022's €49 million (x2), a part with a 33% share that holds
    #     only by rounding. Expected nowhere: the 4,300 member firms, the €95 callout fee, the €6,500 grant per heat
    #     pump, the 8,200 heat pumps installed, the report's title year.
    dict(
        text=(
            "A letter from the Chair, Irish Heating and Plumbing Federation, Annual Review 2024\n"
            "Dear members,\n"
            "It has been a year of change in how our trade wins and schedules its work. Spending by Irish plumbing and "
            "heating firms on AI booking, quoting and dispatch tools came to €96 million in 2024, up a fifth on the €80 "
            "million of 2023, and it has nearly doubled since 2022, when it was €49 million. AI boiler fault "
            "prediction, sold with annual service contracts, made up €31 million of the 2024 figure, or 33% of the "
            "total. Our 4,300 member firms still charge an average callout fee of €95, and grants of €6,500 per heat "
            "pump helped our members install some 8,200 units last year. Thank you for your support.\n"
            "Siobhan Kearney, Chair"
        ),
        obs=[
            ("Total", 2022, 49, "EUR million", "actual"),
            ("Total", 2023, 80, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("AI boiler fault prediction", 2024, 31, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 80) ** (1 / 1) - 1 = 20.00% -> 20 ("a fifth")
            # 31 / 96 = 32.29% -> 32, not 33; bounds 30.5 / 96.5 = 31.61%, 31.5 / 95.5 = 32.98% -> 33 reached only by
            # some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. LinkedIn carousel text extracted slide by slide (Australia, in US dollars), one figure per slide: 2024 size,
    #     2029 forecast, a CAGR with its span printed, a part with its share. Expected nowhere: the slide numbers, the
    #     title's "by 2030", the 61% of tradies surveyed, the A$149 call-out (Australian dollars are not in the unit
    #     table), the source report's title year.
    dict(
        text=(
            "Slide 1/8: Why every tradie will have an AI receptionist by 2030\n"
            "Slide 2/8: Australia's market for AI quoting and booking platforms for home-service trades hit US$118M "
            "in 2024.\n"
            "Slide 3/8: By 2029 it is forecast to reach US$342M.\n"
            "Slide 4/8: That's a 23.7% CAGR over 2024-2029.\n"
            "Slide 5/8: AI quoting tools alone took US$47M in 2024, about 40% of the market.\n"
            "Slide 6/8: 61% of tradies we surveyed say they miss calls while they're on the tools.\n"
            "Slide 7/8: A Sydney plumber's call-out fee now averages A$149. Every missed call is lost money.\n"
            "Slide 8/8: Source: Wattle Trade Analytics, Home Services Tech Report 2025. Follow me for more on the "
            "business of the trades."
        ),
        obs=[
            ("Total", 2024, 118, "USD million", "actual"),
            ("Total", 2029, 342, "USD million", "estimate"),
            ("AI quoting tools", 2024, 47, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2029, None, "stated"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (342 / 118) ** (1 / 5) - 1 = 23.72% -> 23.7
            ("arithmetic", "exact"),  # 47 / 118 = 39.83% -> 40
        ],
    ),
    # 27. US magazine listicle "7 numbers that explain ..." with numbered headings: the 2024 size, a part with its
    #     share, the 2031 forecast and the CAGR it implies from 2024 to 2031 (stated span). Expected nowhere: the list
    #     numbers, the 41 million homes, the 8% bill cut, the $250 million Series D and the $2.4 billion valuation, the
    #     byline date.
    dict(
        text=(
            "7 numbers that explain America's AI thermostat boom\n"
            "By Carla Reyes, Home Tech Weekly, June 3, 2025\n"
            "1. $3.2 billion. What US homeowners and utilities spent in 2024 on the AI features of smart thermostats, "
            "from occupancy learning to pre-cooling before peak prices, according to Bellmont Research.\n"
            "2. 41 million. Homes with a smart thermostat on the wall.\n"
            "3. 8%. The typical cut in heating and cooling bills.\n"
            "4. $1.1 billion. The slice of 2024 spending that came from monthly AI subscriptions, 34% of the total.\n"
            "5. $9.7 billion. Bellmont's forecast for 2031.\n"
            "6. 17.2%. The compound annual growth rate that implies from 2024 to 2031.\n"
            "7. $250 million. The Series D that valued thermostat start-up Nestwise at $2.4 billion in May."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Monthly AI subscriptions", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2031, 9.7, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("cagr", 17.2, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.1 / 3.2 = 34.38% -> 34
            ("cagr|implied", "exact"),  # (9.7 / 3.2) ** (1 / 7) - 1 = 17.17% -> 17.2
        ],
    ),
    # 28. Japanese maker's English investor release (yen, JPY billion, fiscal years by their number: ended March 2025
    #     -> 2025, ending March 2026 -> 2026, ending March 2029 -> 2029): a YoY rate with both amounts, and a CAGR with
    #     its span printed that holds only by rounding. Expected nowhere: the ticker code, the plan's title year, the
    #     company's ¥486.0bn net sales forecast and 8.4% operating margin, the ¥42 dividend, the 1.9 million units.
    dict(
        text=(
            "Kurogane Climate Systems Co., Ltd. (TSE Prime: 6479) announces Medium-Term Management Plan 2028\n"
            "Tokyo, May 14, 2025. Kurogane estimates that Japan's market for AI fault prediction and remote "
            "diagnostics for commercial air conditioners and heat pumps reached ¥12.3bn in the fiscal year ended March "
            "2025, and expects it to grow 22.8% to ¥15.1bn in the fiscal year ending March 2026 and to ¥27.4bn in the "
            "fiscal year ending March 2029, a compound annual growth rate of 22.0% over the four years from the fiscal "
            "year ended March 2025. Some 1.9 million commercial indoor units in Japan are now connected. For the "
            "fiscal year ending March 2026, Kurogane forecasts consolidated net sales of ¥486.0bn and an operating "
            "margin of 8.4%, and plans to raise its annual dividend to ¥42 per share."
        ),
        obs=[
            ("Total", 2025, 12.3, "JPY billion", "actual"),
            ("Total", 2026, 15.1, "JPY billion", "estimate"),
            ("Total", 2029, 27.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2025, 2026, 1.0),
            ("cagr", 22.0, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.1 / 12.3) ** (1 / 1) - 1 = 22.76% -> 22.8
            # (27.4 / 12.3) ** (1 / 4) - 1 = 22.17% -> 22.2, not 22.0; bounds (27.35 / 12.35) ** (1/4) - 1 = 21.99%,
            # (27.45 / 12.25) ** (1/4) - 1 = 22.35% -> 22.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. 人民网-style news story (Simplified, 亿元): 2024 total with 同比增长 and the prior year printed (上年为), a
    #     part with 较上年的 amount and its growth; both rates exact. Expected nowhere: the dateline, the 420万台 heat
    #     pumps sold, the 2,300亿元 HVAC output, the 15% energy saving, the 50亿元 subsidy budget.
    dict(
        text=(
            "人民网北京3月18日电（记者 周文清）记者从中国热泵产业发展联盟获悉，2024年我国家用热泵AI优化控制市场规模"
            "达到86.4亿元，同比增长21.7%，上年为71.0亿元。其中，AI故障预测与远程运维服务规模为23.5亿元，较上年的"
            "18.0亿元增长30.6%，成为增长最快的细分领域。据介绍，2024年全国热泵销量约420万台，暖通空调行业总产值超过"
            "2,300亿元。业内人士表示，AI算法根据天气和电价调度压缩机运行，可使家庭采暖能耗降低15%左右。为推动北方地区"
            "清洁取暖，今年中央财政安排相关补贴资金50亿元。"
        ),
        obs=[
            ("Total", 2023, 71.0, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI故障预测与远程运维服务", 2023, 18.0, "CNY 100 million", "actual"),
            ("AI故障预测与远程运维服务", 2024, 23.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 71.0) ** (1 / 1) - 1 = 21.69% -> 21.7
            ("cagr|implied", "exact"),  # (23.5 / 18.0) ** (1 / 1) - 1 = 30.56% -> 30.6
        ],
    ),
    # 30. 政府采购 public-tender notice (Simplified): its 预算金额 and 最高限价 are no market figures; the background
    #     cites a research house's 2024 size (约, at its printed figure), a 2027 forecast and a CAGR with its span.
    #     Expected nowhere: the project number, the 396.00万元 budget, the 390.00万元 ceiling price, the 1,250万平方米
    #     heated area, the 36-month service period.
    dict(
        text=(
            "北岭市住房和城乡建设局智慧供热AI调控平台采购项目公开招标公告\n"
            "项目编号：BLZC-2025-0417\n"
            "预算金额：396.00万元（人民币）；最高限价：390.00万元\n"
            "采购需求：为全市约1,250万平方米集中供热面积建设AI负荷预测与二次网智能调控平台1套，服务期36个月。\n"
            "项目背景：据北方供热研究院测算，2024年全国供热系统AI智能调控市场规模约为42.6亿元，预计2027年将达到"
            "78.3亿元，2024—2027年年均复合增长率为22.5%。引入AI调控有助于按需供热、降低能耗和投诉率。\n"
            "投标截止时间：2025年5月20日9时30分（北京时间）。"
        ),
        obs=[
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("Total", 2027, 78.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78.3 / 42.6) ** (1 / 3) - 1 = 22.49% -> 22.5
        ],
    ),
    # 31. WeChat article (Simplified) with **bold** figures and 📈: 2024 size with 同比增长 against the printed 2023
    #     amount, which holds only by rounding; a 2027 floor (突破, at its printed figure); a part with its share.
    #     Expected nowhere: the 3.6% penetration rate, the 62% of respondents, the 2亿元 B round, the read and like
    #     counts, the post's date.
    dict(
        text=(
            "家里的水管会“说话”了？AI漏水检测正走进千家万户\n"
            "原创 水电师傅说 2025年4月9日 上海\n"
            "📈 **2024年，中国家庭AI漏水检测市场规模达到12.8亿元**，比2023年的9.5亿元**同比增长35.2%**。这组数据"
            "来自睿泉咨询最新发布的报告。报告还预计，到**2027年**，市场规模将突破**27亿元**。\n"
            "其中，AI智能阀门联动方案是最大的细分品类，2024年规模为**5.1亿元**，占比约**40%**。\n"
            "不过，AI漏水检测在城镇家庭中的渗透率仅为3.6%，问卷调查显示62%的受访者“从未听说过”这类产品。今年2月，"
            "深圳一家智能水阀企业刚刚完成2亿元B轮融资。\n"
            "阅读 2.1万 赞 386"
        ),
        obs=[
            ("Total", 2023, 9.5, "CNY 100 million", "actual"),
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
            ("Total", 2027, 27, "CNY 100 million", "estimate"),
            ("AI智能阀门联动方案", 2024, 5.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.8 / 9.5) ** (1 / 1) - 1 = 34.74% -> 34.7, not 35.2; bounds 12.75 / 9.55 - 1 = 33.51%, 12.85 / 9.45 -
            # 1 = 35.98% -> 35.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 5.1 / 12.8 = 39.84% -> 40
        ],
    ),
    # 32. Industry association's yearly report (Simplified): the 1-12月 figure is the year's (2024), 同比增长 against
    #     the printed 2023 全年 amount, inconsistent; a part with its share. Expected nowhere: the report's title year,
    #     the 12月 single-month 6.3亿元, the 186万 registered technicians, the 50元 callout fee, the 9.4亿 orders.
    dict(
        text=(
            "全国家居维修服务联合会《2024年度行业发展报告》摘要\n"
            "2024年1-12月，全国家电、水电及暖通维修行业AI智能派单与排班系统市场规模累计达58.7亿元，同比增长21.9%；"
            "2023年全年为49.4亿元。其中，12月单月规模为6.3亿元，创年内新高。分领域看，水电维修AI派单全年规模为"
            "21.4亿元，占36.5%，家电维修仍是最大板块。截至年末，各平台注册维修师傅约186万人，全年完成上门订单约9.4亿"
            "单，平均上门费为50元/次。联合会预计，随着AI报价和智能排班普及，师傅日均接单量将进一步提升。"
        ),
        obs=[
            ("Total", 2023, 49.4, "CNY 100 million", "actual"),
            ("Total", 2024, 58.7, "CNY 100 million", "actual"),
            ("水电维修AI派单", 2024, 21.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (58.7 / 49.4) ** (1 / 1) - 1 = 18.83% -> 18.8, not 21.9; bounds 58.65 / 49.45 - 1 = 18.60%, 58.75 /
            # 49.35 - 1 = 19.05% -> 21.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 21.4 / 58.7 = 36.46% -> 36.5
        ],
    ),
    # 33. Taiwan statistics-office release (Traditional, 新台幣億元): 2024 size with 年增 and 較上年 against the
    #     printed 2023 amount; a part with its share. Expected nowhere: the release date, the survey's 113年 title year,
    #     the 2,150億元 plumbing-trade turnover, the 9.8萬 employees, the fourth quarter's 4.9億元 and its 12.6%.
    dict(
        text=(
            "新聞稿　發布日期：2025年3月20日\n"
            "臺灣產業動態統計處今（20）日發布「113年水電及空調工程業數位應用調查」結果。2024年國內水電、空調及家電"
            "維修業者採用AI派工排程與線上報價系統之市場規模為新台幣18.6億元，年增14.8%，較上年的16.2億元明顯成長。"
            "其中AI線上報價與預約服務為7.9億元，占整體42.5%。同年水電工程業營業額達2,150億元，受僱員工約9.8萬人；"
            "第4季AI系統支出4.9億元，較上年同季增加12.6%。統計處表示，業者導入AI後派工時間明顯縮短。"
        ),
        obs=[
            ("Total", 2023, 16.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI線上報價與預約服務", 2024, 7.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("share", 42.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 16.2) ** (1 / 1) - 1 = 14.81% -> 14.8
            ("arithmetic", "exact"),  # 7.9 / 18.6 = 42.47% -> 42.5
        ],
    ),
    # 34. Hong Kong listed company's annual results announcement (Traditional, 億港元), 管理層討論與分析 sizing its
    #     market from a consultancy: 2022 and 2024 with a 複合年增長率 (exact), a 2027 forecast with a second CAGR
    #     (inconsistent). Expected nowhere: the group's 4.86億港元 revenue and its 9.2%, the 38.7% gross margin, the
    #     3.5港仙 dividend, the half-year's 2.21億港元, the 612 employees.
    dict(
        text=(
            "截至2024年12月31日止年度全年業績公告\n"
            "管理層討論與分析\n"
            "市場概覽：根據獨立研究機構博研諮詢的資料，香港住宅及商業樓宇AI漏水及水浸偵測市場規模由2022年的2.4億港元"
            "增至2024年的3.6億港元，複合年增長率為22.5%，並預期於2027年達到6.1億港元，2024年至2027年的複合年增長率為"
            "21.3%。\n"
            "業務回顧：年內，本集團收益為4.86億港元，較去年增長9.2%，毛利率為38.7%；截至2024年6月30日止六個月的收益為"
            "2.21億港元。董事會建議派發末期股息每股3.5港仙。於年底，本集團共有僱員612名。"
        ),
        obs=[
            ("Total", 2022, 2.4, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2027, 6.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2022, 2024, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 2.4) ** (1 / 2) - 1 = 22.47% -> 22.5
            # (6.1 / 3.6) ** (1 / 3) - 1 = 19.22% -> 19.2, not 21.3; bounds (6.05 / 3.65) ** (1/3) - 1 = 18.35%,
            # (6.15 / 3.55) ** (1/3) - 1 = 20.10% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Zhihu answer (Simplified) quoting two research houses in 亿美元: the first house's 2024 size, 2030 forecast
    #     and CAGR with its span, a region with its share; the second house's 45 and 130亿美元 for the same years are
    #     expected nowhere, as are the 2,400亿美元 HVAC equipment market, the 1.2万 upvotes and the edit date.
    dict(
        text=(
            "AI暖通故障预测这个赛道到底有多大？\n"
            "谢邀。简单对比两家机构的数据。\n"
            "第一家是海川研究院：2024年全球HVAC设备AI故障预测与预测性维护市场规模为38.5亿美元，预计2030年达到112.9亿"
            "美元，2024-2030年复合增长率19.6%。其中北美2024年为15.2亿美元，占39.5%，是最大的区域市场。\n"
            "第二家是凯德咨询，它给出的2024年数字是45亿美元，2030年预测为130亿美元，但口径更宽，把楼宇自控也算进去了。\n"
            "顺便说一句，全球暖通空调设备市场本身就有2,400亿美元左右，AI这块还很小，但增速确实快。\n"
            "编辑于 2025-02-18 · 赞同 1.2万"
        ),
        obs=[
            ("Total", 2024, 38.5, "USD 100 million", "actual"),
            ("Total", 2030, 112.9, "USD 100 million", "estimate"),
            ("北美", 2024, 15.2, "USD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("share", 39.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.9 / 38.5) ** (1 / 6) - 1 = 19.64% -> 19.6
            ("arithmetic", "exact"),  # 15.2 / 38.5 = 39.48% -> 39.5
        ],
    ),
    # 36. US broker's markdown table with two header rows (years, then a unit row "| | US$m | US$m | % |"): two trades
    #     and a Total for 2024 and 2025E with a YoY column; the 2025E parts add to the Total only by rounding. Expected
    #     nowhere: the figure number, the 118,000 technicians, the US$145 average hourly rate.
    dict(
        text=(
            "Figure 4: US AI dispatch and scheduling software for home-service trades, by trade\n"
            "| Trade | 2024 | 2025E | YoY |\n"
            "|---|---|---|---|\n"
            "| | US$m | US$m | % |\n"
            "| Plumbing and electrical | 386.4 | 463.0 | 19.8 |\n"
            "| HVAC | 529.7 | 640.3 | 20.9 |\n"
            "| Total | 916.1 | 1,103.2 | 20.4 |\n"
            "Source: Redfield Capital Markets estimates, January 2025. E = estimate. Covers about 118,000 technicians "
            "dispatched by software; average billed hourly rate US$145."
        ),
        obs=[
            ("Plumbing and electrical", 2024, 386.4, "USD million", "actual"),
            ("Plumbing and electrical", 2025, 463.0, "USD million", "estimate"),
            ("HVAC", 2024, 529.7, "USD million", "actual"),
            ("HVAC", 2025, 640.3, "USD million", "estimate"),
            ("Total", 2024, 916.1, "USD million", "actual"),
            ("Total", 2025, 1103.2, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("growth", 20.9, "percent", 2024, 2025, 1.0),
            ("growth", 20.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (463.0 / 386.4) ** (1 / 1) - 1 = 19.82% -> 19.8
            ("cagr|implied", "exact"),  # (640.3 / 529.7) ** (1 / 1) - 1 = 20.88% -> 20.9
            ("cagr|implied", "exact"),  # (1103.2 / 916.1) ** (1 / 1) - 1 = 20.42% -> 20.4
            ("hierarchy", "exact"),  # 2024: 386.4 + 529.7 = 916.1
            # 2025E: 463.0 + 640.3 = 1103.3, not 1103.2; a miss of 0.1 within 3 x 0.05 = 0.15 (each figure +/-0.05)
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. German research house's tab-separated table (EUR million) with Q1-Q4 2024 columns, a full-year FY 2024 and
    #     an FY 2023 column and a YoY column: the full years are the figures; the boiler row's YoY is inconsistent;
    #     the rows add to the Total both years. Expected nowhere: the four quarters' figures, the 193,000 heat pumps
    #     installed, the €68 hourly rate, the publication date.
    dict(
        text=(
            "Heatwise Analytics: Germany, AI heat pump optimisation and boiler fault prediction revenue (EUR million)\n"
            "Segment\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY 2024\tFY 2023\tYoY\n"
            "AI heat pump optimisation\t21.4\t15.8\t13.1\t24.9\t75.2\t58.6\t28.3%\n"
            "Boiler fault prediction\t12.7\t9.6\t8.8\t14.3\t45.4\t39.1\t16.9%\n"
            "Total\t34.1\t25.4\t21.9\t39.2\t120.6\t97.7\t23.4%\n"
            "Published 12 February 2025. Heat pumps installed in Germany in 2024: 193,000. Average technician hourly "
            "rate: €68."
        ),
        obs=[
            ("AI heat pump optimisation", 2023, 58.6, "EUR million", "actual"),
            ("AI heat pump optimisation", 2024, 75.2, "EUR million", "actual"),
            ("Boiler fault prediction", 2023, 39.1, "EUR million", "actual"),
            ("Boiler fault prediction", 2024, 45.4, "EUR million", "actual"),
            ("Total", 2023, 97.7, "EUR million", "actual"),
            ("Total", 2024, 120.6, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (75.2 / 58.6) ** (1 / 1) - 1 = 28.33% -> 28.3
            # (45.4 / 39.1) ** (1 / 1) - 1 = 16.11% -> 16.1, not 16.9; bounds 45.35 / 39.15 - 1 = 15.84%, 45.45 /
            # 39.05 - 1 = 16.39% -> 16.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (120.6 / 97.7) ** (1 / 1) - 1 = 23.44% -> 23.4
            ("hierarchy", "exact"),  # FY 2023: 58.6 + 39.1 = 97.7
            ("hierarchy", "exact"),  # FY 2024: 75.2 + 45.4 = 120.6
        ],
    ),
    # 38. Space-aligned Chinese table (Simplified, 万元) for one city in 2024 with a 占比 column and a 合计 row (its
    #     label the total's item): three shares, the HVAC row's 18.2% only by rounding; the rows add to 合计; its
    #     100.0% is no claim. Expected nowhere: the table number, the 312 sampled firms, the 68元 callout price, the
    #     city's 48.6亿元 home-repair services revenue.
    dict(
        text=(
            "表3  2024年佛山市家居维修AI派单平台市场规模构成（单位：万元）\n"
            "细分领域            市场规模      占比\n"
            "家电维修AI派单        864        49.3%\n"
            "水电维修AI派单        571        32.6%\n"
            "暖通空调AI派单        318        18.2%\n"
            "合计                1,753       100.0%\n"
            "注：数据来源于佛山市家居服务行业协会抽样调查，样本企业312家；同期全市家居维修服务总收入约48.6亿元，"
            "上门服务均价为每次68元。"
        ),
        obs=[
            ("家电维修AI派单", 2024, 864, "CNY 10 thousand", "actual"),
            ("水电维修AI派单", 2024, 571, "CNY 10 thousand", "actual"),
            ("暖通空调AI派单", 2024, 318, "CNY 10 thousand", "actual"),
            ("合计", 2024, 1753, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 49.3, "percent", 2024, 2024, None),
            ("share", 32.6, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 864 / 1753 = 49.29% -> 49.3
            ("arithmetic", "exact"),  # 571 / 1753 = 32.57% -> 32.6
            # 318 / 1753 = 18.14% -> 18.1, not 18.2; bounds 317.5 / 1753.5 = 18.11%, 318.5 / 1752.5 = 18.17% -> 18.2
            # (from 18.15) reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 864 + 571 + 318 = 1753
        ],
    ),
    # 39. Vertical Traditional table (Taiwan, 新台幣億元) whose rows are years ("2025(E)") with a 年增率 column; its
    #     lone value column is headed by its unit only (the Total); the 2024 年增率 holds only by rounding. Expected
    #     nowhere: the table number, the source's date, the 112萬台 air conditioners sold, the 12% energy saving, the
    #     8.5% penetration.
    dict(
        text=(
            "表5　臺灣住宅空調AI節能控制市場規模\n"
            "年度       新台幣億元     年增率\n"
            "2023          12.4          —\n"
            "2024          15.3        23.8%\n"
            "2025(E)       18.9        23.5%\n"
            "2026(E)       22.6        19.6%\n"
            "資料來源：臺灣智慧家電研究所，2025年2月；E為預估值。市場規模涵蓋AI學習型溫控器、變頻冷氣AI節能模組及雲端"
            "節能服務訂閱。說明：國內住宅冷氣機年銷售約112萬台，AI節能控制平均節電12%，2024年住宅滲透率約8.5%。"
        ),
        obs=[
            ("Total", 2023, 12.4, "TWD 100 million", "actual"),
            ("Total", 2024, 15.3, "TWD 100 million", "actual"),
            ("Total", 2025, 18.9, "TWD 100 million", "estimate"),
            ("Total", 2026, 22.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
            ("growth", 19.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # (15.3 / 12.4) ** (1 / 1) - 1 = 23.39% -> 23.4, not 23.8; bounds 15.25 / 12.45 - 1 = 22.49%, 15.35 /
            # 12.35 - 1 = 24.29% -> 23.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (18.9 / 15.3) ** (1 / 1) - 1 = 23.53% -> 23.5
            ("cagr|implied", "exact"),  # (22.6 / 18.9) ** (1 / 1) - 1 = 19.58% -> 19.6
        ],
    ),
    # 40. Dutch research house's markdown table whose rows are years and whose columns are two countries and a Total
    #     (EUR million; items are the column headers): 2024 adds up, the 2025E Total is reached by no reading of its
    #     parts. Expected nowhere: the DKK 72 million (kroner are not in the unit table), the 1.9 million smart water
    #     meters, the publication date.
    dict(
        text=(
            "AI leak detection in homes, Netherlands and Denmark (EUR million)\n"
            "| Year | Netherlands | Denmark | Total |\n"
            "|---|---|---|---|\n"
            "| 2024 | 18.4 | 9.7 | 28.1 |\n"
            "| 2025E | 23.6 | 12.5 | 37.4 |\n"
            "Source: Noordzee Insights, March 2025. Danish 2024 spending of DKK 72 million converted at the year's "
            "average rate. About 1.9 million Dutch homes already have a smart water meter."
        ),
        obs=[
            ("Netherlands", 2024, 18.4, "EUR million", "actual"),
            ("Denmark", 2024, 9.7, "EUR million", "actual"),
            ("Total", 2024, 28.1, "EUR million", "actual"),
            ("Netherlands", 2025, 23.6, "EUR million", "estimate"),
            ("Denmark", 2025, 12.5, "EUR million", "estimate"),
            ("Total", 2025, 37.4, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 18.4 + 9.7 = 28.1
            # 2025E: 23.6 + 12.5 = 36.1, not 37.4; a miss of 1.3, beyond 3 x 0.05 = 0.15 (each figure +/-0.05) -> 37.4
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 10, 'rounding': 14, 'exact': 59}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Report scope',
    'billion¹',
    'TL;DR:',
    "> Canada's market",
    "by '30",
    'crore',
    '[Applause]',
    '2/ ',
    '行业发展情况',
    '36氪获悉',
    '年均增长15%以上',
    '图表5：',
    '年增14.4%',
    '按年增長',
    '#AI修空调#',
    '| 412* |',
    '\t(3.2%)',
    'Year     Heat-pump AI',
    '| 2023A | 2024A | 2025E | 2030E |',
    '單位：百萬美元',
    'Operator:',
    '[12]',
    'Base year: 2024; Forecast period: 2025-2032',
    '£1.2bn',
    'up a fifth',
    'Slide 3/8',
    '7 numbers that explain',
    'the fiscal year ending March 2026',
    '人民网',
    '预算金额',
    '📈',
    '1-12月',
    '年增',
    '管理層討論與分析',
    '谢邀',
    '| | US$m | US$m |',
    '\tFY 2024\t',
    '合计',
    '2025(E)',
    '| Year | Netherlands | Denmark | Total |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 139
#: figures, 52 rates, 71 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 144, "rates_found": 52, "verdicts_right": 74}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset259.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
