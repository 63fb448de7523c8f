"""A two-hundred-and-fifty-sixth check set for the extractor, written blind: AI in auto repair, collision repair and tyres:
AI photo-based damage estimating for body shops and insurers' repair networks, AI diagnostics and predictive maintenance
in independent garages and dealer service bays, AI parts-ordering and inventory for the aftermarket, AI tyre-tread and
wear inspection (drive-over scanners, phone apps), AI scheduling and customer messaging for repair shops; sized in money
by research houses, consultancies, garage and collision-repair associations, tyre makers' investor days, brokers,
transport and industry ministries, in the US, Canada, the UK, Germany, France, Italy, Poland, Sweden, Australia, India
(rupees only as an aside), Japan, South Korea (won only as an aside), mainland China, Taiwan and Hong Kong (currencies:
US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total repair-shop or
tyre revenue beside the AI part, counts of garages, bays, vehicles, tyres sold, claims and technicians, a labour rate
per hour, an average repair bill, a company's own revenue, orders or margin, a funding round and valuation, a quarter's
or a half-year's figures, survey percentages, a penetration rate.

Snippets 1-20: Twenty snippets on AI in auto repair, collision repair and tyres (damage estimating, diagnostics, parts
ordering, tread inspection, shop scheduling): eight English prose texts (a newswire release with a Report scope block, a
10-K market-opportunity paragraph with footnote markers, a TL;DR newsletter, a forum thread quoting and disputing a
report, a German trade-show press kit with two-digit years, an Indian daily with a rupee crore aside, a UK minister's
speech with a figure in words, an analyst's numbered thread), seven Chinese prose texts (an annual-report industry
section with a note, a 36Kr-style funding story, a provincial plan with a target and a floor rate, a broker report with
chart captions, a Taiwan magazine story in USD million, a Hong Kong press release in HKD 100 million, a Weibo post) and
five tables (UK markdown with starred cells and n/a, Japanese tab-separated with a bracketed decline, Italian space-
aligned by year, mainland markdown with A and E columns, Taiwan space-aligned with 合計). Left out: total repair,
collision and aftermarket revenue, counts of garages, bays, vehicles, tyres and technicians, labour rates, company
revenue, GMV and orders, funding rounds and valuations, half-year and quarterly figures, survey answers, penetration
rates, rupee and Canadian-dollar sums, report and chart numbers. Inconsistent: the forum's 19.2% CAGR, Taiwan's 44.5%
booking share, the UK tyre CAGR of 21.3%, Japan's tyre-wear YoY of 25.8%, the mainland diagnostics 23.4%. Only by
rounding: the 10-K's 20.1%, India's 26.3%, the 36Kr 33%, the broker's 59.8% share, Weibo's 29.8%, and the totals of
Japan's FY2023, Italy's 2025E and Taiwan's 2024年.

Snippets 21-40: Twenty snippets on AI in auto repair, collision repair and tyres: eight English prose texts (a US
estimating vendor's earnings call, an encyclopedia paragraph with citation markers, a research store's tread-inspection
listing, a UK budget speech in £m and £bn, a Canadian collision association chair's letter, a LinkedIn carousel on
German workshops, a US tire-check listicle, a Japanese supplier's investor release in yen), seven Chinese prose texts (a
人民网-style story, a 政府采购 notice, a WeChat article on AI定损, a tyre association's yearly report, a Taiwan statistics
release, a Hong Kong results announcement, a Zhihu answer in 亿美元) and five tables (a US markdown table with a unit
header row, a UK tab-separated table with quarters and full years, a Shanghai space-aligned table in 万元 with shares, a
Taiwan vertical table by year with 年增率, a European markdown table by region). Left out: a company's own revenue, margin,
earnings and share target, quarter and single-month figures, a funding round, grant and procurement budgets, report
prices and IDs, counts of garages, vehicles, tyres, claims and technicians, labour rates and repair bills, whole-
industry revenue, survey answers, a penetration rate, a second house's figure. Inconsistent: the listing's 52.5% scanner
share, the yen release's 16.0% growth, the WeChat 30.5% CAGR, the Hong Kong 52% share, the UK table's 27.9% messaging
YoY. Only by rounding: the earnings call's 30%, the budget's 24 per cent, the listicle's 18.4%, the 人民网 part's 30.9%,
the Taiwan release's 24.1%, the Taiwan table's 2025(E) 23.4%, the Shanghai 合计 and the European 2027E Total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Research firm's newswire release ending in a "Report scope" block (colon lines), an About paragraph and a
    #    media contact: 2024 in the scope and in the body, 2025 in the body (the dateline's year, an estimate), 2030
    #    forecast, a CAGR from 2025 to 2030 whose two amounts are both printed; North America's share with no amount.
    #    Expected nowhere: the USD 54 billion US collision repair trade, the 31,000 shops, the historical-data years,
    #    the 1,200 clients, the phone number.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- The global market for AI photo-based damage estimating, "
            "the image-led appraisal tools sold to collision repairers and to insurers' direct-repair networks, was "
            "valued at USD 598.6 million in 2024 and is expected to reach USD 731.2 million in 2025, according to a "
            "new report by Larkspur Insight Partners. North America accounted for 38.4% of revenue in 2024. The tools "
            "still touch a small slice of the roughly USD 54 billion US collision repair trade, spread across some "
            "31,000 shops.\n"
            "Report scope\n"
            "Market size value in 2024: USD 598.6 million\n"
            "Revenue forecast in 2030: USD 2,038.6 million\n"
            "Growth rate: CAGR of 22.8% from 2025 to 2030\n"
            "Historical data: 2018 - 2023\n"
            "About Larkspur Insight Partners\n"
            "Larkspur Insight Partners is a market research and advisory firm with offices in Austin and Pune, "
            "serving more than 1,200 clients.\n"
            "Media contact: Renee Albright, +1 512 555 0184, press@larkspur-insight.example"
        ),
        obs=[
            ("Total", 2024, 598.6, "USD million", "actual"),
            ("Total", 2025, 731.2, "USD million", "estimate"),
            ("Total", 2030, 2038.6, "USD million", "estimate"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("cagr", 22.8, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2038.6 / 731.2) ** (1 / 5) - 1 = 22.76% -> 22.8
        ],
    ),
    # 2. US 10-K "Market Opportunity" paragraph with "(1)" footnote markers after the figures and a footnote line
    #    naming the source: the company's TAM (the market, Total) in 2024 and 2029 with a CAGR whose span is printed;
    #    it holds only by rounding. Expected nowhere: the 6,300 service locations, the "less than 3%" penetration, the
    #    230,000 repair facilities, the company's $187.4 million revenue and its 31% growth, the footnote's date.
    dict(
        text=(
            "Market Opportunity\n"
            "We believe AI-assisted diagnostics and predictive maintenance represent a large and underpenetrated "
            "opportunity. Based on third-party research, we estimate that spending by U.S. independent repair shops "
            "and franchised dealer service departments on AI diagnostic and predictive-maintenance software and "
            "services was $2.4 billion(1) in 2024 and will grow to $5.9 billion(1) in 2029, a compound annual growth "
            "rate of 20.1%(1) from 2024 through 2029. Today our platform is used in approximately 6,300 service "
            "locations, less than 3% of the roughly 230,000 repair facilities in the United States. Our revenue for "
            "fiscal 2024 was $187.4 million, an increase of 31% over fiscal 2023.\n"
            "(1) Copperline Automotive Research, U.S. Service Bay Intelligence Outlook, August 2024."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2029, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (5.9 / 2.4) ** (1 / 5) - 1 = 19.71% -> 19.7, not 20.1; bounds (5.85 / 2.45) ** (1/5) - 1 = 19.01%,
            # (5.95 / 2.35) ** (1/5) - 1 = 20.42% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Email newsletter digest opening "TL;DR:" with rates in parentheses after amounts: Europe's tread-scanning AI
    #    "last year" (2024, dateline May 2025) up 18% y/y from the 2023 amount; a second market (UK photo estimating,
    #    GBP) with a y/y rate whose base is not printed (no verdict). Expected nowhere: the issue number, the H1 2025
    #    €126 million (a half-year), the 340 million tyres sold, the 58% of fleet managers (a survey), the €40 million
    #    round and €310 million valuation.
    dict(
        text=(
            "Tread & Dent Weekly, issue 112, 14 May 2025\n"
            "TL;DR: European spend on AI tyre-tread scanning hit €214 million last year (up 18% y/y from €181 "
            "million), drive-over lanes now outsell phone apps, and UK body shops are warming to photo estimating.\n"
            "Scanners: Bremen's Reifendaten Analyse says H1 2025 sales ran at €126 million, with most of the growth "
            "at fleet depots. Europe sells about 340 million replacement tyres a year, and 58% of fleet managers in "
            "its survey want tread data on every visit.\n"
            "Photo estimating: the UK market for AI photo-based damage estimating reached £96 million in 2024 (up 27% "
            "y/y), carried by insurer repair networks.\n"
            "Money: Lyon start-up Sculpt raised €40 million at a €310 million valuation."
        ),
        obs=[
            ("Total", 2023, 181, "EUR million", "actual"),
            ("Total", 2024, 214, "EUR million", "actual"),
            ("AI photo-based damage estimating", 2024, 96, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 181) ** (1 / 1) - 1 = 18.23% -> 18
        ],
    ),
    # 4. Forum thread: the opening post quotes a research note on a "> " line (Canada, in US dollars), a reply
    #    disputes its CAGR; the CAGR's span is printed and no reading of the amounts reaches it. Expected nowhere: the
    #    post's date, the 41% of shops that text customers (a survey), the 6 bays, the C$165 hourly labour rate, the
    #    C$300 monthly subscription.
    dict(
        text=(
            "Thread: Anyone believe these numbers on AI booking tools for shops? (Canada)\n"
            "mapleleaf_tech, 9 Apr 2025:\n"
            "Saw this in a vendor deck, quoting a research note:\n"
            "> Canadian spending on AI scheduling and customer messaging for auto repair shops reached US$48 million "
            "in 2024 and is projected to hit US$131 million by 2030, a CAGR of 19.2% over 2024-2030.\n"
            "bayfour_garage replied:\n"
            "That 19.2% doesn't square with their own numbers, going from 48 to 131 in six years isn't that steep. "
            "Same note says 41% of shops already text customers, so who's left to buy? I run 6 bays in Kelowna at "
            "C$165 an hour and I'm not paying C$300 a month for a chatbot."
        ),
        obs=[
            ("Total", 2024, 48, "USD million", "actual"),
            ("Total", 2030, 131, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (131 / 48) ** (1 / 6) - 1 = 18.22% -> 18.2, not 19.2; bounds (130.5 / 48.5) ** (1/6) - 1 = 17.94%,
            # (131.5 / 47.5) ** (1/6) - 1 = 18.50% -> 19.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. German trade-show press kit with two-digit years: "FY24" (2024) and "by '30" (2030), a CAGR "over 2024-30"
    #    (stated); a part (dealer service bays) in FY24. Expected nowhere: the show's '25 and its dates, the 640
    #    exhibitors, the 37,500 workshops, the €71 hourly labour rate.
    dict(
        text=(
            "PRESS KIT: WerkstattForum Leipzig '25, 12-15 June\n"
            "Fact sheet: AI in the workshop\n"
            "- The German market for AI diagnostics and predictive maintenance in independent workshops and dealer "
            "service bays reached €318m in FY24, according to show partner Elbtal Marktforschung.\n"
            "- Dealer service bays accounted for €127m of the FY24 figure.\n"
            "- Elbtal expects the market to reach €905m by '30, a CAGR of 19.0% over 2024-30.\n"
            "- Germany counts around 37,500 workshops; the average hourly labour rate has climbed to €71.\n"
            "- The show: 640 exhibitors across four halls."
        ),
        obs=[
            ("Total", 2024, 318, "EUR million", "actual"),
            ("Dealer service bays", 2024, 127, "EUR million", "actual"),
            ("Total", 2030, 905, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 318) ** (1 / 6) - 1 = 19.04% -> 19.0
        ],
    ),
    # 6. Indian business daily in US dollars with a rupee crore figure beside the base: FY24 (2024) and FY30 (2030)
    #    with a CAGR between them (span printed); it holds only by rounding. Expected nowhere: the ₹615 crore (rupees),
    #    the 7.5 lakh garages, the $11.2 billion auto-components aftermarket, PartsPilot's $18 million round and its
    #    ₹90 crore of orders.
    dict(
        text=(
            "MUMBAI, 22 July 2025: India's market for AI-driven parts ordering and inventory software in the "
            "automotive aftermarket stood at $74 million (about ₹615 crore) in FY24 and is projected to reach $298 "
            "million by FY30, a compound annual growth rate of 26.3% between FY24 and FY30, says a report by Pune "
            "consultancy Velankar Mobility Insights. Distributors and multi-brand workshops use the tools to forecast "
            "demand for filters, brake pads and batteries. The country has an estimated 7.5 lakh garages, and the "
            "overall auto-components aftermarket was worth $11.2 billion in FY24. Bengaluru-based PartsPilot, which "
            "raised $18 million in May, said its annualised orders had crossed ₹90 crore."
        ),
        obs=[
            ("Total", 2024, 74, "USD million", "actual"),
            ("Total", 2030, 298, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (298 / 74) ** (1 / 6) - 1 = 26.13% -> 26.1, not 26.3; bounds (297.5 / 74.5) ** (1/6) - 1 = 25.96%,
            # (298.5 / 73.5) ** (1/6) - 1 = 26.31% -> 26.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. UK minister's speech transcript with "[Applause]": "last year" (2024, speech in October 2025) and "the year
    #    before" (2023) with a YoY "per cent"; "just under two billion pounds" by 2030 at its printed figure, converted
    #    to the series' GBP million. Expected nowhere: the conference date, the 38,000 garages, the 16,000 missing
    #    technicians, the £80 hourly labour rate, the £12 million apprenticeship fund.
    dict(
        text=(
            "Transcript: Minister for Roads and Motoring Services, Garage Skills Conference, Coventry, 8 October 2025\n"
            "MINISTER: Thank you. Britain's garages and bodyshops spent £640 million on artificial intelligence last "
            "year, from diagnostic software to photo estimating, up from £520 million the year before. That is a rise "
            "of 23 per cent. [Applause] And the industry's own forecasters tell me that by 2030 it will be just under "
            "two billion pounds. [Applause] But we have 38,000 garages, a shortage of some 16,000 technicians, and a "
            "labour rate that has passed £80 an hour in parts of the South East. So today I am announcing a £12 "
            "million fund for diagnostic apprenticeships. [Applause]"
        ),
        obs=[
            ("Total", 2023, 520, "GBP million", "actual"),
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 520) ** (1 / 1) - 1 = 23.08% -> 23
        ],
    ),
    # 8. Analyst's social-media thread numbered "1/" to "7/", one figure a post: Australia's tread-scanning AI in US
    #    dollars in 2024, the drive-over part with its share, a 2026 figure and a yearly rate whose span only the
    #    amounts' years give (inferred). Expected nowhere: the post numbers, the 21 million vehicles, the 17 million
    #    tyres, Tredline's A$41m half-year revenue.
    dict(
        text=(
            "1/ Spent the week with Australian tyre retailers. Short thread on AI tread inspection, i.e. drive-over "
            "scanners plus phone apps.\n"
            "2/ My estimate: the Australian market was US$37.5m in 2024.\n"
            "3/ Drive-over lanes were US$22.9m of that, about 61%.\n"
            "4/ I model US$58.0m for 2026, so 24.4% a year.\n"
            "5/ Context: ~21 million registered vehicles and roughly 17 million replacement tyres sold a year.\n"
            "6/ Tredline booked A$41m of revenue last half. It's the listed play, not a recommendation.\n"
            "7/ All in USD, my numbers, not advice."
        ),
        obs=[
            ("Total", 2024, 37.5, "USD million", "actual"),
            ("Drive-over lanes", 2024, 22.9, "USD million", "actual"),
            ("Total", 2026, 58.0, "USD million", "estimate"),
        ],
        claims=[
            ("share", 61, "percent", 2024, 2024, None),
            ("cagr", 24.4, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 22.9 / 37.5 = 61.07% -> 61
            ("cagr|period", "exact"),  # (58.0 / 37.5) ** (1 / 2) - 1 = 24.37% -> 24.4
        ],
    ),
    # 9. Listed company's annual report, 行业发展情况 with 据……统计 and a 注： line: 2024 with YoY from the printed 2023,
    #    预计2027 with a CAGR whose span is printed. Expected nowhere: the section numbering, the 2,360亿元 of accident
    #    repair output, the 4.6万家 repair firms, the company's 6.82亿元 revenue and its 19.3% growth.
    dict(
        text=(
            "一、报告期内公司所处行业情况\n"
            "（一）行业发展情况\n"
            "随着车险综合改革深化，保险公司及其合作维修网络加快以AI图像定损替代人工查勘。据中汽后市场研究院统计，"
            "2024年我国AI车险图像定损及钣喷维修评估市场规模为18.6亿元，较2023年的14.9亿元增长24.8%；预计到2027年将"
            "达到35.2亿元，2024—2027年复合增长率为23.7%。同期全国事故车维修产值约2,360亿元，一类、二类维修企业约"
            "4.6万家。报告期内，公司实现营业收入6.82亿元，同比增长19.3%。\n"
            "注：市场规模口径为AI定损软件及服务收入，不含保险赔付金额及维修工时费。"
        ),
        obs=[
            ("Total", 2023, 14.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 35.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.9) ** (1 / 1) - 1 = 24.83% -> 24.8
            ("cagr|implied", "exact"),  # (35.2 / 18.6) ** (1 / 3) - 1 = 23.69% -> 23.7
        ],
    ),
    # 10. 36氪-style funding story (March 2025): the market in 2024 (约, at its printed figure) and 2025 (预计, an
    #     estimate) with a YoY that holds only by rounding. Expected nowhere: the 1.5亿元 B round and 12亿元 valuation,
    #     the 8,000 repair shops, the 1,200 parts dealers, the 300万 SKUs, the company's 18亿元 GMV.
    dict(
        text=(
            "36氪获悉，汽配供应链AI服务商「配立方」近日完成1.5亿元B轮融资，由澜川资本领投，投后估值约12亿元。配立方"
            "为修理厂和配件商提供AI配件寻源、智能补货与库存预测服务。据弗迪咨询数据，2024年国内汽车后市场AI配件寻源与"
            "库存管理市场规模约27.3亿元，预计2025年将增至36.1亿元，同比增长33%。创始人陈屹告诉36氪，平台目前已接入"
            "超过8,000家修理厂和1,200家配件商，覆盖SKU超过300万个，2024年GMV约18亿元；本轮资金将用于算法研发和华南"
            "仓网建设。（2025年3月）"
        ),
        obs=[
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2025, 36.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (36.1 / 27.3) ** (1 / 1) - 1 = 32.23% -> 32, not 33; bounds 36.05 / 27.35 - 1 = 31.81%,
            # 36.15 / 27.25 - 1 = 32.66% -> 33 (32.5 and up) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Provincial action plan (规划/行动方案): 到2027年 a target (力争, an estimate) and 年均增长15%以上, a rate whose span
    #     only its amounts' years give (inferred), from the printed 2024 base. Expected nowhere: the plan's title
    #     years, the 500 demonstration shops, the 1,860万 vehicles, the 3,420 repair firms, the fourth quarter's
    #     12.5%.
    dict(
        text=(
            "《湖川省汽车后市场数字化转型行动方案（2025—2027年）》提出：到2027年，全省汽车维修AI故障诊断与预测性维护"
            "产业规模力争达到50亿元，年均增长15%以上；建成智能维修示范门店500家。方案指出，"
            "2024年全省该领域产业规模为32.6亿元，机动车保有量达1,860万辆，一类、二类维修企业3,420家，2024年第四季度"
            "AI诊断设备装机量环比增长12.5%。"
        ),
        obs=[
            ("Total", 2024, 32.6, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (50 / 32.6) ** (1 / 3) - 1 = 15.32% -> 15
        ],
    ),
    # 12. Broker report text with 图表N： captions and 资料来源： lines between paragraphs (June 2025): 2025E with YoY
    #     from the printed 2024, a part's 2024 share that holds only by rounding, 2030 with a CAGR whose span is
    #     printed. Expected nowhere: the chart numbers and caption years, the 2.3亿条 replacement tyres, the 18万家
    #     tyre shops, the rating and the 46元 target price.
    dict(
        text=(
            "轮胎后市场专题报告（2025年6月）\n"
            "AI检测让换胎从“经验判断”走向“数据驱动”。我们测算，2025年国内AI轮胎花纹深度与磨损检测市场规模为9.8亿元，"
            "较2024年的7.1亿元增长38.0%；其中驶过式扫描设备2024年规模为4.3亿元，占比59.8%，其余为手机App检测。展望"
            "2030年，市场规模有望达到31.5亿元，2024—2030年CAGR为28.2%。\n"
            "图表5：2024—2030年中国AI轮胎检测市场规模（亿元）\n"
            "资料来源：沧澜咨询，华岳证券研究所\n"
            "作为对比，2024年国内替换胎销量约2.3亿条，轮胎零售门店约18万家。\n"
            "图表6：国内替换胎销量（亿条）\n"
            "资料来源：轮胎流通研究会，华岳证券研究所\n"
            "维持行业“推荐”评级，重点公司目标价46元。"
        ),
        obs=[
            ("Total", 2024, 7.1, "CNY 100 million", "actual"),
            ("Total", 2025, 9.8, "CNY 100 million", "estimate"),
            ("驶过式扫描设备", 2024, 4.3, "CNY 100 million", "actual"),
            ("Total", 2030, 31.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2024, 2025, 1.0),
            ("share", 59.8, "percent", 2024, 2024, None),
            ("cagr", 28.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.1) ** (1 / 1) - 1 = 38.03% -> 38.0
            # 4.3 / 7.1 = 60.56% -> 60.6, not 59.8; bounds 4.25 / 7.15 = 59.44%, 4.35 / 7.05 = 61.70% -> 59.8
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (31.5 / 7.1) ** (1 / 6) - 1 = 28.19% -> 28.2
        ],
    ),
    # 13. Taiwan business-magazine story (Traditional) in 百萬美元 with 年增: 2024 with YoY from the printed 2023; a
    #     part (AI預約排程系統) whose 44.5% share no reading reaches. Expected nowhere: the 2.1萬家 garages, the
    #     新台幣1,200元 hourly labour rate, 禾豐車聯's 9% revenue growth, the first quarter's 三成.
    dict(
        text=(
            "【產業透視】AI走進保修廠 車主用LINE就能預約\n"
            "台灣汽車售後維修業正加速導入AI排程與客戶訊息服務。根據亞太車聯研究中心調查，2024年台灣AI維修排程與客戶"
            "溝通市場規模達48.9百萬美元，年增21.9%，2023年為40.1百萬美元；其中AI預約排程系統為19.6百萬美元，占整體"
            "的44.5%。全台約有2.1萬家汽車保修廠，平均每小時工資約新台幣1,200元；龍頭業者禾豐車聯去年營收年增9%。業者"
            "估計，今年首季導入家數又較去年同期多出三成。"
        ),
        obs=[
            ("Total", 2023, 40.1, "USD million", "actual"),
            ("Total", 2024, 48.9, "USD million", "actual"),
            ("AI預約排程系統", 2024, 19.6, "USD million", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("share", 44.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.9 / 40.1) ** (1 / 1) - 1 = 21.95% -> 21.9 (21.945, within 0.05)
            # 19.6 / 48.9 = 40.08% -> 40.1, not 44.5; bounds 19.55 / 48.95 = 39.94%, 19.65 / 48.85 = 40.23% -> 44.5
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 14. Hong Kong government press release (Traditional) in 億港元 with 按年增長: 2024 and the printed 2023, a part
    #     (相片定損) with its share, 預計2026 an estimate. Expected nowhere: the release date, the 3,300 workshops, the
    #     95萬 licensed vehicles, the second quarter's 4.1% (a quarter), the 2,800萬港元 of government funding.
    dict(
        text=(
            "政府新聞公報\n"
            "機動車輛服務業發展署公布汽車維修業人工智能應用調查結果\n"
            "機動車輛服務業發展署今日（9月18日）公布調查結果。2024年本港汽車維修業在人工智能相片定損、故障診斷及零件"
            "管理方面的開支為3.46億港元，按年增長16.5%，2023年則為2.97億港元。其中，相片定損開支為1.12億港元，約佔"
            "整體32%。署方預計，2026年相關開支將增至4.6億港元。全港現有汽車維修工場約3,300間，持牌車輛約95萬輛；"
            "今年第二季業界相關開支按季上升4.1%。政府亦已透過科技基金撥款2,800萬港元支援業界培訓。\n"
            "完\n"
            "2025年9月18日（星期四）"
        ),
        obs=[
            ("Total", 2023, 2.97, "HKD 100 million", "actual"),
            ("Total", 2024, 3.46, "HKD 100 million", "actual"),
            ("相片定損", 2024, 1.12, "HKD 100 million", "actual"),
            ("Total", 2026, 4.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.46 / 2.97) ** (1 / 1) - 1 = 16.50% -> 16.5
            ("arithmetic", "exact"),  # 1.12 / 3.46 = 32.37% -> 32
        ],
    ),
    # 15. Weibo post with #话题# hashtags and emoji: two round figures (约, at their printed figures) and a yearly rate
    #     whose span only the amounts' years give (inferred); it holds only by rounding. Expected nowhere: the 120元
    #     hourly labour rate, the 12万家 body shops, the 8% penetration rate, the reposts "过千".
    dict(
        text=(
            "#AI定损# #汽车后市场# 刚刷到一份行业报告😮 2024年国内钣喷门店AI排产与客户消息管理市场约15亿元，预计2026年"
            "冲到25亿元，年复合增速29.8%！我家楼下那家喷漆店上个月刚上了AI预约，工时费还是每小时120元没变😂 全国钣喷"
            "门店大概12万家，渗透率才8%左右，空间还很大。转发过千了，大家怎么看？"
        ),
        obs=[
            ("Total", 2024, 15, "CNY 100 million", "actual"),
            ("Total", 2026, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.8, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            # (25 / 15) ** (1 / 2) - 1 = 29.10% -> 29.1, not 29.8; bounds (24.5 / 15.5) ** (1/2) - 1 = 25.72%,
            # (25.5 / 14.5) ** (1/2) - 1 = 32.61% -> 29.8 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 16. Markdown table (UK, £ million) with footnote markers in the Total cells ("412*"), an "n/a" cell (parts
    #     ordering 2025E) and a "CAGR 2024-30" column (stated); the tyre row's 21.3% is reached by no reading; rows
    #     add to the Total in 2024 and 2030F (no hierarchy in 2025E, a part missing). Expected nowhere: the table
    #     number, the 38,000 garages, the £78 hourly labour rate.
    dict(
        text=(
            "Table 2: UK AI in vehicle repair and tyres, by segment (£ million)\n"
            "| Segment | 2024 | 2025E | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| AI photo damage estimating | 148 | 176 | 402 | 18.1% |\n"
            "| AI diagnostics and predictive maintenance | 121 | 139 | 318 | 17.5% |\n"
            "| AI parts ordering and inventory | 86 | n/a | 231 | 17.9% |\n"
            "| AI tyre-tread inspection | 57 | 70 | 164 | 21.3% |\n"
            "| Total | 412* | 471* | 1,115 | 18.0% |\n"
            "* Restated after tyre-scanner leases were reclassified; the 2025E total includes a placeholder for parts "
            "ordering. Source: Thamesbridge Automotive Consulting. UK independent garages: c.38,000; average labour "
            "rate £78/hour."
        ),
        obs=[
            ("AI photo damage estimating", 2024, 148, "GBP million", "actual"),
            ("AI photo damage estimating", 2025, 176, "GBP million", "estimate"),
            ("AI photo damage estimating", 2030, 402, "GBP million", "estimate"),
            ("AI diagnostics and predictive maintenance", 2024, 121, "GBP million", "actual"),
            ("AI diagnostics and predictive maintenance", 2025, 139, "GBP million", "estimate"),
            ("AI diagnostics and predictive maintenance", 2030, 318, "GBP million", "estimate"),
            ("AI parts ordering and inventory", 2024, 86, "GBP million", "actual"),
            ("AI parts ordering and inventory", 2030, 231, "GBP million", "estimate"),
            ("AI tyre-tread inspection", 2024, 57, "GBP million", "actual"),
            ("AI tyre-tread inspection", 2025, 70, "GBP million", "estimate"),
            ("AI tyre-tread inspection", 2030, 164, "GBP million", "estimate"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2025, 471, "GBP million", "estimate"),
            ("Total", 2030, 1115, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (402 / 148) ** (1 / 6) - 1 = 18.12% -> 18.1
            ("cagr|implied", "exact"),  # (318 / 121) ** (1 / 6) - 1 = 17.47% -> 17.5
            ("cagr|implied", "exact"),  # (231 / 86) ** (1 / 6) - 1 = 17.90% -> 17.9
            # (164 / 57) ** (1 / 6) - 1 = 19.26% -> 19.3, not 21.3; bounds (163.5 / 57.5) ** (1/6) - 1 = 19.03%,
            # (164.5 / 56.5) ** (1/6) - 1 = 19.50% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1115 / 412) ** (1 / 6) - 1 = 18.05% -> 18.0
            ("hierarchy", "exact"),  # 2024: 148 + 121 + 86 + 57 = 412
            ("hierarchy", "exact"),  # 2030F: 402 + 318 + 231 + 164 = 1115
        ],
    ),
    # 17. Tab-separated table (Japan, ¥ million, fiscal years as their numbers) with thousands separators and a
    #     decline in parentheses ("(3.2%)", a negative YoY); the tyre-wear row's 25.8% is reached by no reading; the
    #     FY2023 Total of 4,652.2 is reached only by rounding (parts sum to 4,652.1), FY2024 adds up. Expected nowhere:
    #     the source's date, the ¥6.1 trillion of maintenance revenue, the 91,000 certified garages.
    dict(
        text=(
            "Japan: AI in auto repair and tyres by segment (¥ million, fiscal years ending March)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI photo damage estimating\t1,284.5\t1,552.0\t20.8%\n"
            "AI diagnostics (dealer and independent)\t2,046.3\t2,371.9\t15.9%\n"
            "AI parts ordering and inventory\t918.7\t889.3\t(3.2%)\n"
            "AI tyre-wear inspection\t402.6\t517.4\t25.8%\n"
            "Total\t4,652.2\t5,330.6\t14.6%\n"
            "Source: Hamamatsu Mobility Research, May 2025. Parts ordering fell as two dealer groups took systems "
            "in-house. Excludes ¥6.1 trillion of vehicle maintenance revenue across 91,000 certified garages."
        ),
        obs=[
            ("AI photo damage estimating", 2023, 1284.5, "JPY million", "actual"),
            ("AI photo damage estimating", 2024, 1552.0, "JPY million", "actual"),
            ("AI diagnostics (dealer and independent)", 2023, 2046.3, "JPY million", "actual"),
            ("AI diagnostics (dealer and independent)", 2024, 2371.9, "JPY million", "actual"),
            ("AI parts ordering and inventory", 2023, 918.7, "JPY million", "actual"),
            ("AI parts ordering and inventory", 2024, 889.3, "JPY million", "actual"),
            ("AI tyre-wear inspection", 2023, 402.6, "JPY million", "actual"),
            ("AI tyre-wear inspection", 2024, 517.4, "JPY million", "actual"),
            ("Total", 2023, 4652.2, "JPY million", "actual"),
            ("Total", 2024, 5330.6, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 15.9, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1552.0 / 1284.5) ** (1 / 1) - 1 = 20.83% -> 20.8
            ("cagr|implied", "exact"),  # (2371.9 / 2046.3) ** (1 / 1) - 1 = 15.91% -> 15.9
            ("cagr|implied", "exact"),  # (889.3 / 918.7) ** (1 / 1) - 1 = -3.20% -> -3.2
            # (517.4 / 402.6) ** (1 / 1) - 1 = 28.51% -> 28.5, not 25.8; bounds 517.35 / 402.65 - 1 = 28.49%,
            # 517.45 / 402.55 - 1 = 28.54% -> 25.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (5330.6 / 4652.2) ** (1 / 1) - 1 = 14.58% -> 14.6
            # FY2023: 1,284.5 + 2,046.3 + 918.7 + 402.6 = 4,652.1, not 4,652.2; bounds 4,651.9..4,652.3 (each part
            # +/-0.05) -> 4,652.2 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # FY2024: 1,552.0 + 2,371.9 + 889.3 + 517.4 = 5,330.6
        ],
    ),
    # 18. Space-aligned table (Italy, EUR million) whose rows are years and whose columns are three segments and a
    #     Total (each figure to its column's header); 2023 and 2024 add up, the 2025E Total of 164.0 only by rounding
    #     (parts sum to 163.9). Expected nowhere: the source's date, the 88,000 workshops, the EUR 42 hourly rate.
    dict(
        text=(
            "Italy: AI spending by body shops and garages, by segment (EUR million)\n"
            "Year      Photo estimating    Diagnostics    Parts & inventory    Total\n"
            "2023            38.4             51.2               22.7          112.3\n"
            "2024            47.9             60.8               27.5          136.2\n"
            "2025E           58.6             71.9               33.4          164.0\n"
            "Source: Osservatorio Autoriparazione Lombardo, February 2025; E = estimate; software and services only. "
            "Italy has about 88,000 repair workshops, with an average hourly labour rate of EUR 42."
        ),
        obs=[
            ("Photo estimating", 2023, 38.4, "EUR million", "actual"),
            ("Diagnostics", 2023, 51.2, "EUR million", "actual"),
            ("Parts & inventory", 2023, 22.7, "EUR million", "actual"),
            ("Total", 2023, 112.3, "EUR million", "actual"),
            ("Photo estimating", 2024, 47.9, "EUR million", "actual"),
            ("Diagnostics", 2024, 60.8, "EUR million", "actual"),
            ("Parts & inventory", 2024, 27.5, "EUR million", "actual"),
            ("Total", 2024, 136.2, "EUR million", "actual"),
            ("Photo estimating", 2025, 58.6, "EUR million", "estimate"),
            ("Diagnostics", 2025, 71.9, "EUR million", "estimate"),
            ("Parts & inventory", 2025, 33.4, "EUR million", "estimate"),
            ("Total", 2025, 164.0, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38.4 + 51.2 + 22.7 = 112.3
            ("hierarchy", "exact"),  # 2024: 47.9 + 60.8 + 27.5 = 136.2
            # 2025E: 58.6 + 71.9 + 33.4 = 163.9, not 164.0; bounds 163.75..164.05 (each part +/-0.05) -> 164.0
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Chinese markdown table (mainland, 亿元) with 2023A, 2024A, 2025E, 2030E columns and a 复合增速（2024-2030）
    #     column (stated); the diagnostics row's 23.4% is reached by no reading; rows add to 合计 (its label the
    #     item) in all four years. Expected nowhere: the table number, the note on labour and parts sales.
    dict(
        text=(
            "表4：中国汽车后市场AI应用市场规模预测（亿元）\n"
            "| 细分领域 | 2023A | 2024A | 2025E | 2030E | 复合增速（2024-2030） |\n"
            "|---|---|---|---|---|---|\n"
            "| AI图像定损 | 12.4 | 15.8 | 19.7 | 52.6 | 22.2% |\n"
            "| AI故障诊断与预测性维护 | 9.1 | 11.5 | 14.2 | 36.9 | 23.4% |\n"
            "| AI配件寻源与库存管理 | 6.3 | 8.2 | 10.6 | 30.1 | 24.2% |\n"
            "| 合计 | 27.8 | 35.5 | 44.5 | 119.6 | 22.4% |\n"
            "资料来源：恒屿咨询，东岭证券研究所预测；不含维修工时收入及配件销售收入。"
        ),
        obs=[
            ("AI图像定损", 2023, 12.4, "CNY 100 million", "actual"),
            ("AI图像定损", 2024, 15.8, "CNY 100 million", "actual"),
            ("AI图像定损", 2025, 19.7, "CNY 100 million", "estimate"),
            ("AI图像定损", 2030, 52.6, "CNY 100 million", "estimate"),
            ("AI故障诊断与预测性维护", 2023, 9.1, "CNY 100 million", "actual"),
            ("AI故障诊断与预测性维护", 2024, 11.5, "CNY 100 million", "actual"),
            ("AI故障诊断与预测性维护", 2025, 14.2, "CNY 100 million", "estimate"),
            ("AI故障诊断与预测性维护", 2030, 36.9, "CNY 100 million", "estimate"),
            ("AI配件寻源与库存管理", 2023, 6.3, "CNY 100 million", "actual"),
            ("AI配件寻源与库存管理", 2024, 8.2, "CNY 100 million", "actual"),
            ("AI配件寻源与库存管理", 2025, 10.6, "CNY 100 million", "estimate"),
            ("AI配件寻源与库存管理", 2030, 30.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 27.8, "CNY 100 million", "actual"),
            ("合计", 2024, 35.5, "CNY 100 million", "actual"),
            ("合计", 2025, 44.5, "CNY 100 million", "estimate"),
            ("合计", 2030, 119.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.6 / 15.8) ** (1 / 6) - 1 = 22.20% -> 22.2
            # (36.9 / 11.5) ** (1 / 6) - 1 = 21.45% -> 21.4, not 23.4; bounds (36.85 / 11.55) ** (1/6) - 1 = 21.33%,
            # (36.95 / 11.45) ** (1/6) - 1 = 21.56% -> 23.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (30.1 / 8.2) ** (1 / 6) - 1 = 24.20% -> 24.2
            ("cagr|implied", "exact"),  # (119.6 / 35.5) ** (1 / 6) - 1 = 22.44% -> 22.4
            ("hierarchy", "exact"),  # 2023A: 12.4 + 9.1 + 6.3 = 27.8
            ("hierarchy", "exact"),  # 2024A: 15.8 + 11.5 + 8.2 = 35.5
            ("hierarchy", "exact"),  # 2025E: 19.7 + 14.2 + 10.6 = 44.5
            ("hierarchy", "exact"),  # 2030E: 52.6 + 36.9 + 30.1 = 119.6
        ],
    ),
    # 20. Traditional Chinese space-aligned table (Taiwan) under "單位：百萬美元" with a 合計 row (its label the item):
    #     2023年 and 2025年(預估) add up, the 2024年 合計 of 54.7 only by rounding (parts sum to 54.6). Expected
    #     nowhere: the source's date, the 720萬 registered cars.
    dict(
        text=(
            "臺灣汽車維修及輪胎AI應用市場規模\n"
            "單位：百萬美元\n"
            "項目                2023年     2024年     2025年(預估)\n"
            "AI相片定損            14.2       17.9       22.1\n"
            "AI診斷與預測保養      19.6       23.4       28.0\n"
            "AI胎紋與磨耗檢測       5.3        7.1        9.2\n"
            "AI排程與客戶訊息       4.8        6.2        7.9\n"
            "合計                  43.9       54.7       67.2\n"
            "資料來源：台灣車輛保修產業研究會（2025年3月）；不含維修工資及輪胎銷售額。全台登記汽車約720萬輛。"
        ),
        obs=[
            ("AI相片定損", 2023, 14.2, "USD million", "actual"),
            ("AI相片定損", 2024, 17.9, "USD million", "actual"),
            ("AI相片定損", 2025, 22.1, "USD million", "estimate"),
            ("AI診斷與預測保養", 2023, 19.6, "USD million", "actual"),
            ("AI診斷與預測保養", 2024, 23.4, "USD million", "actual"),
            ("AI診斷與預測保養", 2025, 28.0, "USD million", "estimate"),
            ("AI胎紋與磨耗檢測", 2023, 5.3, "USD million", "actual"),
            ("AI胎紋與磨耗檢測", 2024, 7.1, "USD million", "actual"),
            ("AI胎紋與磨耗檢測", 2025, 9.2, "USD million", "estimate"),
            ("AI排程與客戶訊息", 2023, 4.8, "USD million", "actual"),
            ("AI排程與客戶訊息", 2024, 6.2, "USD million", "actual"),
            ("AI排程與客戶訊息", 2025, 7.9, "USD million", "estimate"),
            ("合計", 2023, 43.9, "USD million", "actual"),
            ("合計", 2024, 54.7, "USD million", "actual"),
            ("合計", 2025, 67.2, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年: 14.2 + 19.6 + 5.3 + 4.8 = 43.9
            # 2024年: 17.9 + 23.4 + 7.1 + 6.2 = 54.6, not 54.7; bounds 54.4..54.8 (each part +/-0.05) -> 54.7
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025年(預估): 22.1 + 28.0 + 9.2 + 7.9 = 67.2
        ],
    ),
    # 21. US estimating vendor's earnings-call transcript ("Operator:", an analyst's question, the CFO's answer): the
    #     North American AI photo-estimating market at $1.45 billion in fiscal '24 (actual) and "a $3.1 billion
    #     opportunity by fiscal '27" (estimate), with "about 30%" compound over that printed span, which holds only by
    #     rounding. Expected nowhere: the call's heading (Q3 FY2025), the 310 body shops added, the $86.2 million
    #     third-quarter revenue, the 71% gross margin, the 20% share the company aims for.
    dict(
        text=(
            "Corvane Systems Q3 FY2025 Earnings Call, November 6, 2025\n"
            "Operator: Our next question comes from Priya Raman with Halvorsen Capital. Your line is open.\n"
            "Priya Raman: Thanks. You added 310 body shops this quarter. How big is the market for photo-based "
            "estimating, really?\n"
            "Dana Whitcombe, Chief Financial Officer: Good question, Priya. Third-quarter revenue came in at $86.2 "
            "million with gross margin at 71%, but step back from the quarter. We put North American spending on AI "
            "photo-based damage estimating and claims triage, across body shops and carriers' repair networks, at "
            "$1.45 billion in fiscal '24, and we see a $3.1 billion opportunity by fiscal '27. That's a compound rate "
            "of about 30% from fiscal '24 to fiscal '27, and we'd like 20% of it by then."
        ),
        obs=[
            ("Total", 2024, 1.45, "USD billion", "actual"),
            ("Total", 2027, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (3.1 / 1.45) ** (1 / 3) - 1 = 28.82% -> 29, not 30; bounds (3.05 / 1.455) ** (1/3) - 1 = 27.98%,
            # (3.15 / 1.445) ** (1/3) - 1 = 29.66% -> 30 (29.5 or more) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Encyclopedia-style paragraph with citation markers after its figures: the UK market in 2023 and 2024 with its
    #     YoY rate, and a part (photo-based first-notice triage) with its share of 2024. Expected nowhere: the citation
    #     numbers, the 2,900 accredited repairers, the £2,650 average repair bill.
    dict(
        text=(
            "AI damage estimating in the United Kingdom\n"
            "AI damage estimating is the use of computer vision to price collision repairs from photographs taken by a "
            "driver, an insurer's assessor or a bodyshop. In the United Kingdom, spending on such systems by insurers' "
            "approved repair networks and independent bodyshops was estimated at £212 million in 2023[12] and £251 "
            "million in 2024, an increase of 18.4%.[13] Photo-based first-notice triage, in which a claim is routed to "
            "repair or total loss within minutes of the first photograph, accounted for £148 million, or 59% of the "
            "2024 figure.[14] The country had about 2,900 accredited collision repairers in 2024,[15] and the average "
            "repair bill on a motor claim rose to £2,650.[16]"
        ),
        obs=[
            ("Total", 2023, 212, "GBP million", "actual"),
            ("Total", 2024, 251, "GBP million", "actual"),
            ("Photo-based first-notice triage", 2024, 148, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 59, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (251 / 212) ** (1 / 1) - 1 = 18.40% -> 18.4
            ("arithmetic", "exact"),  # 148 / 251 = 58.96% -> 59
        ],
    ),
    # 23. Market-research store's listing ("Base year: 2024; Forecast period: 2025-2032; Market size 2024: ..."): the
    #     global AI tyre-tread inspection market in 2024 (actual), 2025 and 2032 (estimates), a CAGR over the printed
    #     2025-2032 span, and drive-over scanners' 2024 amount with a share no reading reaches. Expected nowhere: the
    #     report ID and page count, the title's and the contents line's year spans and chapter numbers, the USD 4,450
    #     and USD 7,950 licence prices.
    dict(
        text=(
            "Global AI Tyre Tread Inspection Market Size, Share and Trends Report, 2025-2032\n"
            "Report ID: VMI-AT-20418; Published: March 2025; Pages: 214\n"
            "Base year: 2024; Forecast period: 2025-2032; Market size 2024: USD 1.18 billion; Market size 2025: USD "
            "1.37 billion; Market size 2032: USD 4.02 billion; CAGR (2025-2032): 16.6%\n"
            "Segments covered: drive-over scanners, handheld and phone-app tread gauges, fleet-yard camera gantries. "
            "Drive-over scanners held USD 0.57 billion in 2024, a 52.5% share of the market.\n"
            "Table of contents: 1. Executive Summary; 4. Market Size and Forecast, 2020-2032; 6. Drive-Over Scanners; "
            "9. Competitive Landscape\n"
            "Price: single-user licence USD 4,450; enterprise licence USD 7,950"
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2025, 1.37, "USD billion", "estimate"),
            ("Total", 2032, 4.02, "USD billion", "estimate"),
            ("Drive-over scanners", 2024, 0.57, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2025, 2032, None, "stated"),
            ("share", 52.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.02 / 1.37) ** (1 / 7) - 1 = 16.62% -> 16.6
            # 0.57 / 1.18 = 48.31% -> 48.3, not 52.5; bounds 0.565 / 1.185 = 47.68%, 0.575 / 1.175 = 48.94% -> 52.5
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 24. UK budget speech with "£340m" and "£1.2bn": the garage AI diagnostics market "last year" (2024, the speech
    #     being of March 2025) and by 2030, the £1.2bn expected in the series' unit (1,200 GBP million); "some 24 per
    #     cent a year" with a span only the amounts' years give (inferred), reached only by rounding. Expected nowhere:
    #     the £25m Workshop Skills Fund and its three years, the 38,000 garages, the £85 hourly labour rate.
    dict(
        text=(
            "Spring Budget statement, 12 March 2025\n"
            "Madam Deputy Speaker, let me turn to the workshops that keep Britain moving. Independent garages and "
            "dealer service bays are adopting AI that reads fault codes, predicts when a component will fail and books "
            "the car in before it breaks down. Industry figures put that market at £340m last year, and the Garage "
            "Industry Council expects it to reach £1.2bn by 2030, a rise of some 24 per cent a year. That is why I am "
            "setting aside £25m over three years for a Workshop Skills Fund to retrain technicians. There are 38,000 "
            "garages in this country, and a typical labour rate now tops £85 an hour. We want more of that money spent "
            "on fixing cars, and less on finding the fault."
        ),
        obs=[
            ("Total", 2024, 340, "GBP million", "actual"),
            ("Total", 2030, 1200, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1200 / 340) ** (1 / 6) - 1 = 23.39% -> 23, not 24; bounds (1150 / 340.5) ** (1/6) - 1 = 22.49%,
            # (1250 / 339.5) ** (1/6) - 1 = 24.26% -> 24 (23.5 or more) reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 25. Canadian collision-repair association chair's letter (figures in US dollars): "up a fifth (20.3%)" beside
    #     the 2023 and 2024 amounts (the printed 20.3% is the rate), "nearly doubled" since 2021 (x2 over 2021-2024,
    #     no verdict) and a 2026 expectation. Expected nowhere: the letter's date, the 1,860 member facilities, the
    #     US$68 hourly door rate, the association's own US$3.4 million revenue.
    dict(
        text=(
            "From the Chair - March 2025\n"
            "Dear members,\n"
            "It has been a year of change on our shop floors. Spending by Canadian collision repairers and insurers' "
            "repair networks on AI photo estimating and repair planning (we report in US dollars) reached US$142 "
            "million in 2024, up a fifth (20.3%) on the US$118 million of 2023, and it has nearly doubled since 2021, "
            "when it stood at US$74 million. We expect US$205 million in 2026. Our 1,860 member facilities handled "
            "more claims than ever, and the posted door rate averaged US$68 an hour. The association's own revenue of "
            "US$3.4 million covered the new training centre in Mississauga without a dues increase.\n"
            "With thanks, Marie-Claude Tremblay"
        ),
        obs=[
            ("Total", 2021, 74, "USD million", "actual"),
            ("Total", 2023, 118, "USD million", "actual"),
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2026, 205, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 118) ** (1 / 1) - 1 = 20.34% -> 20.3 (the multiple: 142 / 74 = 1.92)
        ],
    ),
    # 26. LinkedIn carousel extracted slide by slide ("Slide 3/8"), one figure a slide: German workshops' AI
    #     diagnostics spend in 2024 and the 2028 forecast, with "22% a year" over a printed 2024-2028 span. Expected
    #     nowhere: the slide numbers, the 38,400 independent workshops, the €97 hourly labour rate, the 61% of owners
    #     in a survey.
    dict(
        text=(
            "Slide 1/8: The quiet AI boom in German workshops 🔧\n"
            "Slide 2/8: €186 million. That's what German independent garages and dealer service bays spent on AI "
            "diagnostics and predictive maintenance in 2024.\n"
            "Slide 3/8: €412 million. Where Werkstattdaten Institut expects that spend to be by 2028.\n"
            "Slide 4/8: 22% a year. The compound growth that implies for 2024-2028.\n"
            "Slide 5/8: 38,400. Independent workshops in Germany, and not all of them are ready.\n"
            "Slide 6/8: €97 an hour. The average labour rate at an independent garage. Every hour saved on "
            "fault-finding counts.\n"
            "Slide 7/8: 61%. Workshop owners in our survey who plan to buy an AI tool within two years.\n"
            "Slide 8/8: Want the full deck? Comment WERKSTATT and I'll send it. #Aftermarket #AI"
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2028, 412, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 186) ** (1 / 4) - 1 = 22.00% -> 22
        ],
    ),
    # 27. US magazine listicle "7 numbers that explain ..." with numbered headings: AI tire tread and wear inspection
    #     in 2024, drive-over scanners' part with "about 65%" of it, the 2029 forecast and a CAGR over a printed span
    #     that holds only by rounding. Expected nowhere: the 7 and the list numbers, the 2/32-inch tread minimum, the
    #     4-second scan, the 332 million replacement tires, the $1,050 set of tires.
    dict(
        text=(
            "7 numbers that explain the AI tire-check boom\n"
            "1. $264 million\n"
            "What US tire dealers, fleets and service chains spent on AI tread and wear inspection in 2024, according "
            "to Bramwell Mobility Research.\n"
            "2. $171 million\n"
            "The part of that spent on drive-over scanners, about 65% of the total. Phone apps did the rest.\n"
            "3. $612 million\n"
            "Bramwell's forecast for 2029, a compound annual growth rate of 18.4% over 2024-2029.\n"
            "4. 2/32 of an inch\n"
            "The legal minimum tread depth in most states.\n"
            "5. 4 seconds\n"
            "How long a drive-over scan takes at the shop door.\n"
            "6. 332 million\n"
            "Replacement tires shipped in the US last year.\n"
            "7. $1,050\n"
            "What a set of four premium SUV tires costs at a dealer, fitted."
        ),
        obs=[
            ("Total", 2024, 264, "USD million", "actual"),
            ("Drive-over scanners", 2024, 171, "USD million", "actual"),
            ("Total", 2029, 612, "USD million", "estimate"),
        ],
        claims=[
            ("share", 65, "percent", 2024, 2024, None),
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 171 / 264 = 64.77% -> 65
            # (612 / 264) ** (1 / 5) - 1 = 18.31% -> 18.3, not 18.4; bounds (611.5 / 264.5) ** (1/5) - 1 = 18.25%,
            # (612.5 / 263.5) ** (1/5) - 1 = 18.38% -> 18.4 (18.35 or more) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Japanese company's English investor release ("¥12.3bn", "the fiscal year ending March 2026" = fiscal 2025):
    #     Japan's AI parts-ordering market in fiscal 2024 (actual), fiscal 2025 and fiscal 2027 (estimates) in JPY
    #     billion; the CAGR is exact, the 16.0% fiscal 2025 growth reached by no reading. Expected nowhere: the TSE
    #     code, the company's own ¥4.1bn net sales and 9.8% operating margin, its 30% share target, the 91,000
    #     certified garages.
    dict(
        text=(
            "Kisaragi Auto Systems Co., Ltd. (TSE Prime: 7419)\n"
            "Notice on the New Medium-Term Management Plan\n"
            "Tokyo, May 14, 2025 - Kisaragi Auto Systems, a supplier of dealer and garage management software, today "
            "set out its plan to fiscal 2027. The company estimates that Japan's market for AI parts ordering and "
            "inventory optimisation in dealer service bays and independent garages was ¥12.3bn in fiscal 2024 and "
            "will reach ¥20.4bn in fiscal 2027, a CAGR of 18.4% over fiscal 2024-2027. For fiscal 2025, the fiscal "
            "year ending March 2026, it expects the market to grow 16.0% to ¥14.6bn. Kisaragi's own net sales were "
            "¥4.1bn in fiscal 2024, with an operating margin of 9.8%, and it targets a 30% share of the market by "
            "fiscal 2027. Japan has around 91,000 certified garages."
        ),
        obs=[
            ("Total", 2024, 12.3, "JPY billion", "actual"),
            ("Total", 2027, 20.4, "JPY billion", "estimate"),
            ("Total", 2025, 14.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2027, None, "stated"),
            ("growth", 16.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (20.4 / 12.3) ** (1 / 3) - 1 = 18.37% -> 18.4
            # (14.6 / 12.3) ** (1 / 1) - 1 = 18.70% -> 18.7, not 16.0; bounds 14.55 / 12.35 - 1 = 17.81%,
            # 14.65 / 12.25 - 1 = 19.59% -> 16.0 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. 人民网-style news story (Simplified) with 同比增长 and 较上年: the AI diagnostics and predictive maintenance
    #     market in 2023 and 2024 with its YoY (exact), and the independent-garage part in both years with a 较上年 rate
    #     reached only by rounding. Expected nowhere: the dateline, the 45万家 repair firms, the 4.5亿辆 vehicles, the
    #     first quarter's 40% user growth.
    dict(
        text=(
            "人民网北京3月18日电（记者林晓岚）记者从中国汽车维修行业协会获悉，2024年我国汽车后市场AI故障诊断与预测性"
            "维护市场规模达到38.6亿元，同比增长27.4%，2023年这一数字为30.3亿元。其中，独立维修厂AI诊断服务规模为"
            "14.2亿元，较上年增长30.9%，上年为10.9亿元。协会有关负责人介绍，目前全国共有一、二类维修企业约45万家，"
            "全国汽车保有量超过4.5亿辆，AI诊断正从连锁门店向社区维修厂下沉。今年一季度，行业平台新增注册用户同比增长40%。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("独立维修厂AI诊断服务", 2023, 10.9, "CNY 100 million", "actual"),
            ("独立维修厂AI诊断服务", 2024, 14.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 30.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            # (14.2 / 10.9) ** (1 / 1) - 1 = 30.28% -> 30.3, not 30.9; bounds 14.15 / 10.95 - 1 = 29.22%,
            # 14.25 / 10.85 - 1 = 31.34% -> 30.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 政府采购 public-tender notice (Simplified): its 项目背景 cites the national AI repair-diagnostics market, 约52亿元
    #     in 2024 (at its printed figure) and 95亿元 by 2027, with 年均复合增长率约22% whose span only the amounts' years
    #     give (inferred). Expected nowhere: the 项目编号, the 486.5万元 预算金额, the 480万元 最高限价, the district's 312
    #     repair firms, the document dates.
    dict(
        text=(
            "临江区交通运输局汽车维修AI智能诊断监管平台采购项目公开招标公告\n"
            "项目编号：LJJT-2025-0417\n"
            "预算金额：486.5万元（人民币）；最高限价：480万元\n"
            "一、项目背景：据省汽车维修行业协会测算，2024年全国汽车维修AI诊断与预测性维护服务市场规模约52亿元，预计"
            "2027年将达到95亿元，年均复合增长率约22%。本区现有一类、二类维修企业312家，亟需通过平台实现维修电子健康"
            "档案与故障诊断数据的统一监管。\n"
            "二、获取招标文件时间：2025年5月6日至2025年5月13日，每天上午9:00至11:30。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2027, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (95 / 52) ** (1 / 3) - 1 = 22.25% -> 22
        ],
    ),
    # 31. WeChat article (Simplified) with **bold** figures and "📈": AI image-based damage estimating (AI定损) in 2023
    #     and 2024 with an exact YoY, and a 2028 forecast whose printed 2024-2028 CAGR no reading reaches. Expected
    #     nowhere: the 18% penetration rate, the 6,200万件 claims, the 3,200元 average repair bill, the 2亿元 B-round.
    dict(
        text=(
            "📈AI定损，正在改写车险理赔\n"
            "小编整理了最新数据：据途衡研究院统计，2024年国内AI图像定损（车主拍照、保险公司及合作维修网络使用）市场规模"
            "达到**21.7亿元**，较2023年的**16.1亿元**同比增长**34.8%**。该机构预计，到2028年市场规模将达到**58.3亿元**，"
            "2024-2028年复合增长率**30.5%**。\n"
            "不过，行业渗透率仍只有**18%**；全年车险理赔案件约**6,200万件**，单车平均维修费用约**3,200元**。上个月，"
            "一家定损SaaS公司刚完成**2亿元**B轮融资。\n"
            "你怎么看？欢迎留言👇"
        ),
        obs=[
            ("Total", 2023, 16.1, "CNY 100 million", "actual"),
            ("Total", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2028, 58.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.8, "percent", 2023, 2024, 1.0),
            ("cagr", 30.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.7 / 16.1) ** (1 / 1) - 1 = 34.78% -> 34.8
            # (58.3 / 21.7) ** (1 / 4) - 1 = 28.03% -> 28.0, not 30.5; bounds (58.25 / 21.75) ** (1/4) - 1 = 27.93%,
            # (58.35 / 21.65) ** (1/4) - 1 = 28.13% -> 30.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Tyre-trade association's yearly report (Simplified) with 1-12月 and 全年: AI tread and wear inspection in 2024
    #     (1-12月 cumulative) with 上年同期 and its YoY, and drive-over scanners' 全年 amount with its 占比. Expected
    #     nowhere: the December single-month 1.2亿元 and its 8% 环比, the 2.3亿条 replacement tyres, the 1,150 member
    #     firms.
    dict(
        text=(
            "中国橡胶轮胎流通协会2024年度行业报告（摘要）\n"
            "2024年1-12月，国内AI轮胎花纹与磨损检测（含驶过式扫描设备及手机检测应用）市场规模累计9.8亿元，同比增长"
            "21.0%，上年同期为8.1亿元。其中，驶过式扫描设备全年实现6.1亿元，占比62.2%，手机检测应用增速更快。12月单月"
            "市场规模1.2亿元，环比增长8%，主要受冬季换胎季带动。全年全国轮胎替换市场销量约2.3亿条，协会会员企业达1,150家。"
        ),
        obs=[
            ("Total", 2023, 8.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("驶过式扫描设备", 2024, 6.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("share", 62.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21.0
            ("arithmetic", "exact"),  # 6.1 / 9.8 = 62.24% -> 62.2
        ],
    ),
    # 33. Taiwan statistics-office release (Traditional, 新台幣億元) with 年增 and 較上年: repair shops' AI spending in 2023
    #     and 2024 with its 年增 (exact), and the scheduling-and-messaging part in both years with a 較上年 rate reached
    #     only by rounding. Expected nowhere: the dateline, the 1,642億元 industry revenue, the 2萬3千 firms, the 10.6萬
    #     workers, the fourth quarter's 4.9億元.
    dict(
        text=(
            "經濟部統計處新聞稿　2025年6月20日\n"
            "汽車維修業AI應用調查結果\n"
            "本處調查顯示，2024年汽車維修及保養業者導入AI故障診斷、預約排程及客戶訊息系統之支出為新台幣18.4億元，年增"
            "16.5%（2023年為15.8億元）。其中AI預約排程及客戶訊息系統支出5.7億元，較上年增加24.1%，上年為4.6億元。同期"
            "汽車維修業營業額為1,642億元，業者家數約2萬3千家，從業人員約10.6萬人；按季觀察，第4季AI相關支出為4.9億元，"
            "為全年最高。"
        ),
        obs=[
            ("Total", 2023, 15.8, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("AI預約排程及客戶訊息系統", 2023, 4.6, "TWD 100 million", "actual"),
            ("AI預約排程及客戶訊息系統", 2024, 5.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 15.8) ** (1 / 1) - 1 = 16.46% -> 16.5
            # (5.7 / 4.6) ** (1 / 1) - 1 = 23.91% -> 23.9, not 24.1; bounds 5.65 / 4.65 - 1 = 21.51%,
            # 5.75 / 4.55 - 1 = 26.37% -> 24.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Hong Kong listed company's results announcement (Traditional, 億港元), 管理層討論與分析: an independent
    #     consultant's market in 2022, 2024 and 2027 with an exact 複合年增長率 over the printed span, and AI影像定損's 2024
    #     amount with a 52% share no reading reaches. Expected nowhere: the group's 3.82億港元 revenue, its 34.6% gross
    #     margin, 6.8港仙 earnings and 2.5港仙 dividend per share, the 58萬 private cars.
    dict(
        text=(
            "管理層討論與分析\n"
            "行業概覽\n"
            "根據獨立行業顧問弘信諮詢的資料，香港汽車維修及保養業的人工智能應用（包括AI影像定損、故障診斷及零件訂購）"
            "市場規模由2022年的2.4億港元增至2024年的3.5億港元，複合年增長率約為20.8%，並預期於2027年達到5.6億港元。"
            "其中，AI影像定損於2024年的市場規模約為1.6億港元，佔比52%。\n"
            "業務回顧\n"
            "截至2024年12月31日止年度，本集團收益為3.82億港元，毛利率為34.6%，每股基本盈利為6.8港仙。董事會建議派發"
            "末期股息每股2.5港仙。香港現有登記私家車約58萬輛。"
        ),
        obs=[
            ("Total", 2022, 2.4, "HKD 100 million", "actual"),
            ("Total", 2024, 3.5, "HKD 100 million", "actual"),
            ("Total", 2027, 5.6, "HKD 100 million", "estimate"),
            ("AI影像定損", 2024, 1.6, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2022, 2024, None, "stated"),
            ("share", 52, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.5 / 2.4) ** (1 / 2) - 1 = 20.76% -> 20.8
            # 1.6 / 3.5 = 45.71% -> 46, not 52; bounds 1.55 / 3.55 = 43.66%, 1.65 / 3.45 = 47.83% -> 52 reached by
            # no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 35. Zhihu answer (Simplified) quoting two research houses in 亿美元: the first house's global AI predictive
    #     maintenance and remote diagnostics market in 2024 and 2030 with a CAGR over the printed span. Expected
    #     nowhere: the second house's 61亿美元 for 2024, the writer's chain's 12万元 per-shop spend, the 180元 hourly
    #     rate, the edit date.
    dict(
        text=(
            "问：全球汽车售后AI预测性维护市场到底有多大？\n"
            "答：谢邀。先说结论：不同机构口径差别很大。\n"
            "我手头有两份报告。第一份是博衡咨询的，它测算2024年全球汽车后市场AI预测性维护与远程诊断市场规模为46.5亿美元，"
            "预计2030年达到128亿美元，2024-2030年复合增长率18.4%。第二份来自凯岳研究，给出的2024年数字是61亿美元，"
            "因为它把整车厂的车联网订阅也算了进去。\n"
            "个人看法：第一家的口径更贴近维修厂。顺便说一句，我所在的维修连锁去年单店AI诊断设备投入大约12万元，"
            "工时费一小时180元，回本大概要一年半。\n"
            "编辑于 2025-04-09"
        ),
        obs=[
            ("Total", 2024, 46.5, "USD 100 million", "actual"),
            ("Total", 2030, 128, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128 / 46.5) ** (1 / 6) - 1 = 18.38% -> 18.4
        ],
    ),
    # 36. US markdown table with two header rows (years, then a unit row "| | US$m | US$m | % |"): two applications and
    #     a Total row in 2024 and 2025E with a YoY column; all rates exact and the rows add to the Total in both years.
    #     Expected nowhere: the figure number, the $54 billion collision-repair revenue, the 33,000 shops.
    dict(
        text=(
            "Figure 4. US AI collision-repair software by application\n"
            "| Application | 2024 | 2025E | YoY |\n"
            "| | US$m | US$m | % |\n"
            "|---|---|---|---|\n"
            "| Photo-based damage estimating | 412 | 503 | 22.1 |\n"
            "| Repair planning and parts ordering | 236 | 281 | 19.1 |\n"
            "| Total | 648 | 784 | 21.0 |\n"
            "Source: Harrowgate Partners. Excludes shop-management systems without AI modules. US collision repair "
            "revenue was about $54 billion in 2024, across roughly 33,000 shops."
        ),
        obs=[
            ("Photo-based damage estimating", 2024, 412, "USD million", "actual"),
            ("Photo-based damage estimating", 2025, 503, "USD million", "estimate"),
            ("Repair planning and parts ordering", 2024, 236, "USD million", "actual"),
            ("Repair planning and parts ordering", 2025, 281, "USD million", "estimate"),
            ("Total", 2024, 648, "USD million", "actual"),
            ("Total", 2025, 784, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
            ("growth", 19.1, "percent", 2024, 2025, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (503 / 412) ** (1 / 1) - 1 = 22.09% -> 22.1
            ("cagr|implied", "exact"),  # (281 / 236) ** (1 / 1) - 1 = 19.07% -> 19.1
            ("cagr|implied", "exact"),  # (784 / 648) ** (1 / 1) - 1 = 20.99% -> 21.0
            ("hierarchy", "exact"),  # 2024: 412 + 236 = 648
            ("hierarchy", "exact"),  # 2025E: 503 + 281 = 784
        ],
    ),
    # 37. UK tab-separated table (GBP million) with FY2023, Q1-Q4 2024 and FY2024 columns and a YoY column: two
    #     segments and a Total; the full years are expected, the quarters nowhere; the messaging row's 27.9% is
    #     reached by no reading; rows add to the Total in both full years. Expected nowhere: the four quarters of
    #     each row, the panel of 1,240 garages.
    dict(
        text=(
            "UK: AI scheduling and customer messaging for repair shops (GBP million)\n"
            "Segment\tFY2023\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY2024\tYoY\n"
            "AI booking and scheduling\t38.2\t10.1\t10.8\t11.4\t12.3\t44.6\t16.8%\n"
            "AI customer messaging\t21.5\t6.0\t6.4\t6.9\t7.2\t26.5\t27.9%\n"
            "Total\t59.7\t16.1\t17.2\t18.3\t19.5\t71.1\t19.1%\n"
            "Source: Marlow Aftermarket Insight, from a panel of 1,240 independent garages; quarters unaudited."
        ),
        obs=[
            ("AI booking and scheduling", 2023, 38.2, "GBP million", "actual"),
            ("AI booking and scheduling", 2024, 44.6, "GBP million", "actual"),
            ("AI customer messaging", 2023, 21.5, "GBP million", "actual"),
            ("AI customer messaging", 2024, 26.5, "GBP million", "actual"),
            ("Total", 2023, 59.7, "GBP million", "actual"),
            ("Total", 2024, 71.1, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (44.6 / 38.2) ** (1 / 1) - 1 = 16.75% -> 16.8
            # (26.5 / 21.5) ** (1 / 1) - 1 = 23.26% -> 23.3, not 27.9; bounds 26.45 / 21.55 - 1 = 22.74%,
            # 26.55 / 21.45 - 1 = 23.78% -> 27.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (71.1 / 59.7) ** (1 / 1) - 1 = 19.10% -> 19.1
            ("hierarchy", "exact"),  # FY2023: 38.2 + 21.5 = 59.7
            ("hierarchy", "exact"),  # FY2024: 44.6 + 26.5 = 71.1
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (Shanghai, 万元) with a 占比 column and a 合计 row (its label the
    #     total's item): three parts' shares, all exact; the parts add to 31,219 against the printed 31,220, reached
    #     only by rounding. Expected nowhere: the table number, the 100.0% of the 合计 row, the 3,600 repair firms, the
    #     580万 vehicles.
    dict(
        text=(
            "表2  2024年上海市汽车维修业AI应用市场结构\n"
            "单位：万元\n"
            "细分领域                    2024年        占比\n"
            "AI故障诊断与预测性维护      12,860       41.2%\n"
            "AI配件订货与库存管理         9,420       30.2%\n"
            "AI预约排程与客户沟通         8,939       28.6%\n"
            "合计                        31,220      100.0%\n"
            "注：统计口径为维修企业采购的AI软件及服务，不含维修企业自身营业收入；全市一类、二类维修企业约3,600家，"
            "机动车保有量约580万辆。\n"
            "资料来源：上海市汽车维修行业协会《2024年度行业数字化发展报告》。"
        ),
        obs=[
            ("AI故障诊断与预测性维护", 2024, 12860, "CNY 10 thousand", "actual"),
            ("AI配件订货与库存管理", 2024, 9420, "CNY 10 thousand", "actual"),
            ("AI预约排程与客户沟通", 2024, 8939, "CNY 10 thousand", "actual"),
            ("合计", 2024, 31220, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12,860 / 31,220 = 41.19% -> 41.2
            ("arithmetic", "exact"),  # 9,420 / 31,220 = 30.17% -> 30.2
            ("arithmetic", "exact"),  # 8,939 / 31,220 = 28.63% -> 28.6
            # 12,860 + 9,420 + 8,939 = 31,219, not 31,220; parts 31,217.5..31,220.5 and total 31,219.5..31,220.5
            # overlap -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Vertical Traditional Chinese table (Taiwan) whose rows are years (2022 to "2025(E)", "2026(E)"), its lone
    #     value column headed by its unit only (新台幣億元, the market's Total), with a 年增率 column: four YoY rates, the
    #     2025(E) 23.4% reached only by rounding. Expected nowhere: the source's date, the 1,050萬條 replacement tyres,
    #     the fourth quarter's 1.5億元.
    dict(
        text=(
            "台灣AI輪胎胎紋與磨耗檢測市場規模\n"
            "年度          新台幣億元      年增率\n"
            "2022             3.6           —\n"
            "2023             4.4        22.2%\n"
            "2024             5.3        20.5%\n"
            "2025(E)          6.5        23.4%\n"
            "2026(E)          7.7        18.5%\n"
            "資料來源：台灣車輛售後服務研究中心（2025年3月）；含驅車通過式掃描器及手機檢測App，不含輪胎銷售收入。\n"
            "註：2024年全台汽車輪胎替換量約1,050萬條；同年第4季檢測市場規模為1.5億元，為單季新高。預估值係依輪胎通路業者"
            "導入計畫推算。"
        ),
        obs=[
            ("Total", 2022, 3.6, "TWD 100 million", "actual"),
            ("Total", 2023, 4.4, "TWD 100 million", "actual"),
            ("Total", 2024, 5.3, "TWD 100 million", "actual"),
            ("Total", 2025, 6.5, "TWD 100 million", "estimate"),
            ("Total", 2026, 7.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2022, 2023, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
            ("growth", 18.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.4 / 3.6) ** (1 / 1) - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (5.3 / 4.4) ** (1 / 1) - 1 = 20.45% -> 20.5
            # (6.5 / 5.3) ** (1 / 1) - 1 = 22.64% -> 22.6, not 23.4; bounds 6.45 / 5.35 - 1 = 20.56%,
            # 6.55 / 5.25 - 1 = 24.76% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (7.7 / 6.5) ** (1 / 1) - 1 = 18.46% -> 18.5
        ],
    ),
    # 40. European markdown table (EUR million) whose rows are years (2024, 2027E) and whose columns are two regions
    #     and a Total: the regions add to the Total in 2024; in 2027E they add to 439.1 against the printed 439.2,
    #     reached only by rounding. Expected nowhere: the source's date, the 12 countries, the EUR 38 billion body-shop
    #     revenue.
    dict(
        text=(
            "AI photo-based damage estimating in Europe, by region (EUR million)\n"
            "| Year | Western Europe | Central & Eastern Europe | Total |\n"
            "|---|---|---|---|\n"
            "| 2024 | 186.4 | 41.7 | 228.1 |\n"
            "| 2027E | 342.8 | 96.3 | 439.2 |\n"
            "Source: Vistula Motor Research, April 2025; 12 countries covered, Poland the largest in Central & Eastern "
            "Europe. Excludes insurers' claims-handling fees and body-shop repair revenue (EUR 38 billion in 2024)."
        ),
        obs=[
            ("Western Europe", 2024, 186.4, "EUR million", "actual"),
            ("Western Europe", 2027, 342.8, "EUR million", "estimate"),
            ("Central & Eastern Europe", 2024, 41.7, "EUR million", "actual"),
            ("Central & Eastern Europe", 2027, 96.3, "EUR million", "estimate"),
            ("Total", 2024, 228.1, "EUR million", "actual"),
            ("Total", 2027, 439.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 186.4 + 41.7 = 228.1
            # 2027E: 342.8 + 96.3 = 439.1, not 439.2; parts 439.0..439.2 and total 439.15..439.25 overlap -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 10, 'rounding': 16, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Report scope',
    'billion(1)',
    'TL;DR:',
    '> Canadian spending',
    "by '30",
    '₹615 crore',
    '[Applause]',
    '2/ My estimate',
    '行业发展情况',
    '36氪获悉',
    '年均增长15%以上',
    '图表5：',
    '年增21.9%',
    '按年增長16.5%',
    '#AI定损#',
    '| 412* |',
    '(3.2%)',
    'Year      Photo estimating',
    '| 2023A | 2024A | 2025E | 2030E |',
    '單位：百萬美元',
    'Operator:',
    '[13]',
    'Base year: 2024',
    '£340m',
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
    '\tFY2024\t',
    '合计',
    '2025(E)',
    '| 2027E |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 169
#: figures, 58 rates, 83 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fifty-eighth set: 186, 61, 89 and 0
FLOORS = {"figures_found": 186, "rates_found": 61, "verdicts_right": 89}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset256.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
