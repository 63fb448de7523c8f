"""A two-hundred-and-fifty-seventh check set for the extractor, written blind: AI in auto repair, collision repair and
tyres: AI photo-based damage estimating for body shops and insurers' repair networks, AI diagnostics and predictive
maintenance in independent garages and dealer service bays, AI parts-ordering and inventory for the aftermarket, AI
tyre-tread and wear inspection (drive-over scanners, phone apps), AI scheduling and customer messaging for repair shops;
sized in money by research houses, consultancies, garage and collision-repair associations, tyre makers' investor days,
brokers, transport and industry ministries, in the US, Canada, the UK, Germany, France, Italy, Poland, Sweden,
Australia, India (rupees only as an aside), Japan, South Korea (won only as an aside), mainland China, Taiwan and Hong
Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total repair-shop or tyre revenue beside the AI part, counts of garages, bays, vehicles, tyres sold, claims and
technicians, a labour rate per hour, an average repair bill, a company's own revenue, orders or margin, a funding round
and valuation, a quarter's or a half-year's figures, survey percentages, a penetration rate.

Snippets 1-20: Twenty snippets on AI in auto repair, collision repair and tyres (damage estimating, diagnostics, parts
ordering, tread inspection, shop scheduling): eight English prose texts (a newswire release with a Report scope block, a
10-K paragraph with footnote markers, a TL;DR newsletter, a forum thread disputing a quoted CAGR, a Nordic show press
kit with two-digit years, an Indian daily with rupees aside, a minister's speech with a figure in words, a numbered
analyst thread on Australia), seven Chinese prose texts (an annual-report industry section, a funding story, a
provincial plan, a Hong Kong broker note with chart captions, a Taiwan magazine story in USD million, a Hong Kong
government release in HK dollars, a Weibo post) and five tables (markdown with a footnote marker and n/a cells, tab-
separated yen with a negative YoY in parentheses, space-aligned Canadian years by segment, a Chinese broker table with A
and E columns, a Taiwan space-aligned table with a total row). Left out: total repair revenue, counts of garages, bays,
vehicles, tyres, claims and technicians, labour rates, average repair bills, company revenue, orders and price targets,
funding rounds and valuations, quarter figures, surveys, rupee and Australian or Canadian dollar amounts. Inconsistent:
the forum's 24% CAGR, the Hong Kong 42% share, the phone-app 27.9% CAGR, the Japanese diagnostics 24.8% YoY, the Taiwan
table's 2024 total. Only by rounding: the 10-K's 36% share, the tread scanners' 18%, the Indian 28.5% CAGR, the
Australian 61% share, the funding story's 34%, the Taiwan magazine's 19.9%, the Weibo 27%, the Canadian 2024 total, the
parts-ordering 25.6% CAGR.

Snippets 21-40: Twenty snippets on AI in auto repair, collision repair and tyres (damage estimating, diagnostics and
predictive maintenance, parts ordering, tread inspection, shop scheduling): eight English prose texts (a US claims-
software earnings call, an encyclopedia paragraph with citation markers, a research store's listing, a UK budget speech
in £m and £bn, a German body-shop association chair's letter, a LinkedIn carousel, a magazine listicle of seven numbers,
a Japanese investor release in yen by fiscal year), seven Chinese prose texts (a People's Daily-style report, a
procurement notice, a WeChat article with bold figures, a parts-trade association's yearly report, a Taiwan statistics
release, a Hong Kong results announcement, a Zhihu answer quoting two research houses) and five tables (a Canadian
markdown table with a unit row, a French tab-separated quarterly table, a Zhejiang space-aligned table in 万元 with
shares, a Taiwan vertical table by year, a markdown table of years by country). Left out: total repair, parts and tyre
revenue, counts of shops, vehicles, tyres, members and apprentices, labour rates, repair bills, companies' own revenue,
bookings, margins and dividends, a funding round and valuation, quarters and a single month, survey and penetration
percentages, grant and procurement budgets, report prices, a second house's figure, datelines and tickers. Inconsistent:
the store listing's 21.4% CAGR, the People's Daily part's 26% share, the Hong Kong part's 61% share, the Canadian 2025E
total, the Zhejiang parts-ordering 15.2% share. Only by rounding: the earnings call's 18%, the carousel's 21.2%, the
association's 18.2%, the Zhihu 19.8%, the French tyre row's 31.6%, the Taiwan table's 22.6%, the country table's 2024
total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US newswire release from a research firm (USD billion) ending in a "Report scope" block of colon lines, the
    #    firm's About boilerplate and a media-contact line: 2024 value, a 2025 figure in the body, a 2030 forecast and a
    #    CAGR with its printed span 2025-2030 (both ends printed). Expected nowhere: the dateline, the USD 52 billion
    #    US collision-repair industry, the 40,000 reports and 90 countries of the boilerplate, the contact's phone number.
    dict(
        text=(
            "DENVER, March 11, 2025 /Meridian Wire/ -- The global AI vehicle damage estimation market size is expected "
            "to reach USD 5.36 billion by 2030, according to a new report by Brightwater Market Insights. The market, "
            "valued at USD 1.42 billion in 2024, is projected to reach USD 1.77 billion in 2025 and to expand at a CAGR "
            "of 24.8% from 2025 to 2030 as insurers push photo-based estimates across their direct-repair networks. "
            "Collision repair itself, a USD 52 billion industry in the U.S., still runs largely on manual teardown.\n"
            "Report scope\n"
            "Market size value in 2024: USD 1.42 billion\n"
            "Revenue forecast in 2030: USD 5.36 billion\n"
            "Growth rate: CAGR of 24.8% from 2025 to 2030\n"
            "Base year for estimation: 2024\n"
            "About Brightwater Market Insights\n"
            "Brightwater is a Denver-based research firm with more than 40,000 syndicated reports and clients in 90 "
            "countries.\n"
            "Media contact: Lena Harrow, +1 303 555 0142, press@brightwater-insights.example"
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2025, 1.77, "USD billion", "estimate"),
            ("Total", 2030, 5.36, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.36 / 1.77) ** (1 / 5) - 1 = 24.81% -> 24.8
        ],
    ),
    # 2. US annual report (10-K) "Market Opportunity" paragraph (USD billion) with footnote markers "(1)", "(2)" after
    #    the figures and footnote lines naming the sources: 2024 base, 2029 forecast, CAGR with printed span; a part
    #    with its share, which holds only by rounding. Expected nowhere: the 280,000 service bays, the 11,400 bays
    #    served, the December 31 date, the company's $187.3 million fiscal 2024 revenue, the footnote numbers.
    dict(
        text=(
            "Market Opportunity\n"
            "We believe the market for AI-assisted vehicle service is large and still early. U.S. franchised dealers "
            "and independent repair shops spent an estimated $2.4 billion(1) on AI diagnostics and predictive-"
            "maintenance software in 2024, and we expect that spending to grow to $6.1 billion(1) by 2029, a compound "
            "annual growth rate of 20.5% from 2024 to 2029. Guided fault-code triage, our core product, accounted for "
            "approximately $0.9 billion, or 36%(2), of 2024 spending. There are roughly 280,000 service bays at U.S. "
            "franchised dealers alone, and our platform was live in 11,400 of them as of December 31, 2024. Our revenue "
            "for fiscal 2024 was $187.3 million.\n"
            "(1) Corvane Automotive Research, U.S. Service Intelligence Outlook, January 2025.\n"
            "(2) Company estimate based on Corvane Automotive Research data."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2029, 6.1, "USD billion", "estimate"),
            ("Guided fault-code triage", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 2.4) ** (1 / 5) - 1 = 20.51% -> 20.5
            # 0.9 / 2.4 = 37.50% -> 38 (not 36); bounds 0.85 / 2.45 = 34.69%, 0.95 / 2.35 = 40.43% -> 36 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 3. UK email newsletter digest opening "TL;DR:" (GBP million, "£86m"), rates in parentheses after the amounts:
    #    the market's YoY with both amounts, and a second market counted separately (drive-over tread scanners) with
    #    its own YoY, which holds only by rounding. Expected nowhere: the issue number 142, the £78.40 hourly labour
    #    rate, the 61% of owners (a survey), the 23,500 independent garages, the start-up's £6m round.
    dict(
        text=(
            "The Forecourt Brief, issue 142, Thursday 15 May 2025\n"
            "TL;DR: UK independents spent £86m on AI booking, scheduling and customer-messaging tools in 2024 (up 18% "
            "y/y from £73m in 2023), per the Garage Trade Alliance's annual tech census. Drive-over tyre-tread scanners "
            "at fast-fit chains, counted separately, brought in £14.2m (up 18% y/y on £12.1m).\n"
            "Also this week: the average independent labour rate hit £78.40 an hour, 61% of owners named no-shows as "
            "their top headache, and the register now lists about 23,500 independent garages. A Leeds start-up that "
            "texts customers photos of their worn brake pads raised £6m. Reply to this email for the full census tables."
        ),
        obs=[
            ("Total", 2023, 73, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Drive-over tyre-tread scanners", 2023, 12.1, "GBP million", "actual"),
            ("Drive-over tyre-tread scanners", 2024, 14.2, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 73) ** (1 / 1) - 1 = 17.81% -> 18
            # (14.2 / 12.1) ** (1 / 1) - 1 = 17.36% -> 17 (not 18); bounds 14.15 / 12.15 - 1 = 16.46%,
            # 14.25 / 12.05 - 1 = 18.26% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Repairers' forum thread: a reply quotes a report on a "> " line ($780 million in 2023, $2.9 billion by 2030,
    #    "a 24% CAGR", span only from the amounts' years: inferred); a second reply disputes the rate, rightly: it is
    #    reached by no reading. The 2030 figure is expected in the series' unit (USD million, the first printed).
    #    Expected nowhere: the post date, the four bays, the 140 orders a day, the distributors' 30% gross margins,
    #    the username's 77.
    dict(
        text=(
            "Thread: Is AI parts ordering worth it for a four-bay shop?\n"
            "spanner_kate wrote, 3 June 2025:\n"
            "> Kestrel Insight says the global market for AI parts ordering and inventory in the auto aftermarket was "
            "$780 million in 2023 and will hit $2.9 billion by 2030, a 24% CAGR.\n"
            "So the money is clearly moving that way. Our counterman places about 140 orders a day and half of the "
            "returns are wrong fitment.\n"
            "DieselDan77 wrote:\n"
            "That 24% doesn't survive a calculator. Go from 780 million to 2.9 billion over seven years and you land "
            "well short of it. And I'd bet a chunk of their 'market' is distributors' own ERP upgrades, which run on "
            "30% gross margins anyway."
        ),
        obs=[
            ("Total", 2023, 780, "USD million", "actual"),
            ("Total", 2030, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            # (2900 / 780) ** (1 / 7) - 1 = 20.63% -> 21, not 24; bounds (2850 / 780.5) ** (1/7) - 1 = 20.32%,
            # (2950 / 779.5) ** (1/7) - 1 = 20.94% -> 24 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 5. Nordic trade-show press kit (EUR million, "€64m") with two-digit years: "FY24" (2024, actual), "by '30"
    #    (2030, estimate), a CAGR "over 2024-30" (stated); Sweden's part with its share. Expected nowhere: the show's
    #    dates, the 640 exhibitors, 31,000 trade visitors and four halls, the 11.2 million replacement tyres.
    dict(
        text=(
            "PRESS KIT: Nordic Autoservice Expo 2025, Malmö, 8-10 October\n"
            "Fact sheet: the tyre-tech hall\n"
            "Nordic workshops and tyre hotels spent €64m on AI tread-depth and wear inspection in FY24, from drive-over "
            "scanners at the workshop door to phone apps that read the tread from a photo, according to the show's "
            "knowledge partner, Öresund Mobility Analytics. The firm expects the figure to reach €229m by '30, a CAGR "
            "of 23.7% over 2024-30. Sweden accounted for €27m, or 42%, of FY24 spending, ahead of Norway and Denmark.\n"
            "The 2025 edition expects 640 exhibitors and 31,000 trade visitors across four halls. Nordic motorists "
            "bought some 11.2 million replacement tyres last year, and seasonal changeovers keep tyre hotels full every "
            "spring and autumn."
        ),
        obs=[
            ("Total", 2024, 64, "EUR million", "actual"),
            ("Total", 2030, 229, "EUR million", "estimate"),
            ("Sweden", 2024, 27, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (229 / 64) ** (1 / 6) - 1 = 23.67% -> 23.7
            ("arithmetic", "exact"),  # 27 / 64 = 42.19% -> 42
        ],
    ),
    # 6. Indian business daily (USD million) with a rupee crore figure beside the dollars: FY24 base, FY29 forecast, a
    #    CAGR whose span only the amounts' fiscal years give (inferred), holding only by rounding. Expected nowhere:
    #    the ₹985 crore, the 1.9 crore claims, the ₹31,500 average repair bill, the vendor's $22 million round and $180
    #    million valuation.
    dict(
        text=(
            "Insurers lean on AI to settle car claims without a surveyor\n"
            "MUMBAI: India's market for AI-based motor damage assessment, the photo and video tools insurers use to "
            "settle car claims without sending a surveyor, was worth $118 million (around ₹985 crore) in FY24 and is "
            "projected to reach $412 million by FY29, growing at a compound annual rate of 28.5%, according to a report "
            "released on Tuesday by Pune-based Sahyadri Mobility Research. Insurers settled about 1.9 crore motor "
            "own-damage claims last fiscal, and the average car repair bill came to ₹31,500, the report said. "
            "Bengaluru-based ClaimLens, one of the larger vendors, raised $22 million in January at a valuation of "
            "$180 million."
        ),
        obs=[
            ("Total", 2024, 118, "USD million", "actual"),
            ("Total", 2029, 412, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (412 / 118) ** (1 / 5) - 1 = 28.41% -> 28.4, not 28.5; bounds (411.5 / 118.5) ** (1/5) - 1 = 28.27%,
            # (412.5 / 117.5) ** (1/5) - 1 = 28.55% -> 28.5 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 7. UK minister's speech transcript with "[Applause]" (GBP million): "last year" (2024) £612 million, "the year
    #    before" (2023) £502 million, a YoY "22 per cent"; "just under two billion pounds" by 2030, expected at its
    #    printed figure in the series' unit (2,000 GBP million); "more than three times" as a multiple. Expected
    #    nowhere: the speech's date, the £35 million skills fund, the 12,000 technicians, the MOT's three years, the
    #    £420 average repair bill.
    dict(
        text=(
            "Transcript: speech by the Minister for Future Roads, Helen Marwick MP, to the National Garage Awards, "
            "Birmingham, 26 June 2025 (check against delivery)\n"
            "Thank you. Let me start with a number. Last year, Britain's garages, body shops and fast-fit centres spent "
            "£612 million on artificial intelligence, on diagnostics, on photo estimating, on booking systems, up 22 per "
            "cent on the £502 million they spent the year before. [Applause]\n"
            "And on the industry's own figures, by 2030 that will be just under two billion pounds, more than three "
            "times last year's figure. [Applause]\n"
            "That is why our £35 million Skills for Future Vehicles fund will help train 12,000 technicians, and why we "
            "will keep the first MOT at three years for new cars. When the average repair bill is £420, every hour "
            "saved matters."
        ),
        obs=[
            ("Total", 2023, 502, "GBP million", "actual"),
            ("Total", 2024, 612, "GBP million", "actual"),
            ("Total", 2030, 2000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 502) ** (1 / 1) - 1 = 21.91% -> 22
        ],
    ),
    # 8. Analyst's social-media thread numbered "1/" ... "6/", one figure a post (USD million, "US$96m"): 2024 value,
    #    2027 forecast, a CAGR "over 2024-27"; a part with its share, which holds only by rounding. Expected nowhere:
    #    the A$147m (Australian dollars are not in the unit table), the ~5,200 collision repairers, the A$4,300
    #    average repair cost, the insurer's 1.1m motor claims.
    dict(
        text=(
            "1/ Quick thread on AI collision estimating in Australia, because the new Southern Cross Claims Research "
            "numbers are bigger than I expected. 🧵\n"
            "2/ Insurer-side photo and video estimating tools: US$96m in 2024 (A$147m at the report's exchange rate).\n"
            "3/ Their forecast: US$188m by 2027. That's a 25% CAGR over 2024-27.\n"
            "4/ Photo-only triage, where the customer's own phone pictures decide repair vs write-off, was US$58m of the "
            "2024 pie, i.e. 61%.\n"
            "5/ Context: ~5,200 collision repairers nationwide, an average repair cost of A$4,300 per claim, and one big "
            "insurer alone handled 1.1m motor claims last year.\n"
            "6/ My take: the A$ figures get the headlines, but watch the repairer count. /end"
        ),
        obs=[
            ("Total", 2024, 96, "USD million", "actual"),
            ("Total", 2027, 188, "USD million", "estimate"),
            ("Photo-only triage", 2024, 58, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (188 / 96) ** (1 / 3) - 1 = 25.11% -> 25
            # 58 / 96 = 60.42% -> 60, not 61; bounds 57.5 / 96.5 = 59.59%, 58.5 / 95.5 = 61.26% -> 61 reached only by
            # some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 9. Listed company's annual report, section 行业发展情况 (Simplified, 亿元), 据……统计, with a 注： line below:
    #    2024 and 2023 amounts with a YoY, a channel's part with its share, a 2027 forecast "突破90亿元" (at its printed
    #    figure). Expected nowhere: the 3.5亿辆 vehicles, the 46万家 repair firms, the company's 12.8亿元 revenue and its
    #    16.4% growth, the note numbers.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "（一）行业发展情况\n"
            "据华衡汽车后市场研究院统计，2024年我国汽车后市场AI故障诊断与预测性维护市场规模达到48.6亿元，较2023年的"
            "38.2亿元同比增长27.2%，其中独立维修厂渠道规模为19.3亿元，占比39.7%。预计到2027年，该市场规模将突破90亿元。"
            "截至2024年末，全国汽车保有量达3.5亿辆，机动车维修企业约46万家。报告期内，公司实现营业收入12.8亿元，同比"
            "增长16.4%。\n"
            "注：1. 市场规模口径不含维修工时费及配件销售收入；2. 2027年数据为预测值。"
        ),
        obs=[
            ("Total", 2023, 38.2, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("独立维修厂渠道", 2024, 19.3, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("share", 39.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 38.2) ** (1 / 1) - 1 = 27.23% -> 27.2
            ("arithmetic", "exact"),  # 19.3 / 48.6 = 39.71% -> 39.7
        ],
    ),
    # 10. 36氪-style funding story (Simplified, 亿元): the market's 2023 and 2024 amounts with a growth rate that holds
    #     only by rounding, a stated 2024—2028 CAGR "约29%" and the 2028 figure. Expected nowhere: the 2.5亿元 B round,
    #     the 18亿元 post-money valuation, the company's orders "增长超过两倍", the 6,000余家 repair shops, the 900万件
    #     cases.
    dict(
        text=(
            "36氪获悉，AI车险定损服务商「瞬评科技」近日完成2.5亿元B轮融资，由远澜资本领投，老股东跟投，投后估值约18亿元。"
            "据灼见咨询测算，2024年国内保险公司及其合作维修网络采购AI图像定损服务的规模为31.5亿元，较2023年的23.6亿元"
            "增长34%；2024—2028年复合增长率约29%，到2028年市场规模有望达到87亿元。瞬评科技创始人周岩告诉36氪，公司"
            "2024年订单额同比增长超过两倍，目前已接入6,000余家合作维修厂，累计处理定损案件超过900万件。本轮融资将主要"
            "用于新能源车型损伤识别模型的研发。"
        ),
        obs=[
            ("Total", 2023, 23.6, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2028, 87, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (31.5 / 23.6) ** (1 / 1) - 1 = 33.47% -> 33, not 34; bounds 31.45 / 23.65 - 1 = 32.98%,
            # 31.55 / 23.55 - 1 = 33.97% -> 34 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (87 / 31.5) ** (1 / 4) - 1 = 28.91% -> 29
        ],
    ),
    # 11. Provincial action plan (规划-style 行动方案, Simplified, 亿元): the 2024 base, 到2027年 a target "60亿元以上"
    #     (at its printed figure, estimate), "年均增长15%以上" (span only from the amounts' years: inferred), and a
    #     part's 2027 target. Expected nowhere: the plan title's 2025—2027年, the 200 demonstration firms, the 1.5万人次
    #     trainees, the 1.2万家 repair firms, the 3亿元 special fund.
    dict(
        text=(
            "为加快人工智能在汽车维修领域的应用，省交通运输厅、省工业和信息化厅近日联合印发《全省汽车后市场数字化转型"
            "三年行动方案（2025—2027年）》。方案提出，2024年全省汽车维修AI检测诊断、智能定损和配件智能供应链产业规模"
            "为39.5亿元；到2027年，产业规模达到60亿元以上，年均增长15%以上，其中配件智能供应链规模力争达到18亿元。"
            "培育省级数字化示范维修企业200家，培训AI诊断技师1.5万人次。目前全省共有一二类维修企业1.2万家，省财政三年内"
            "安排专项资金3亿元予以支持。"
        ),
        obs=[
            ("Total", 2024, 39.5, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
            ("配件智能供应链", 2027, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 39.5) ** (1 / 3) - 1 = 14.95% -> 15
        ],
    ),
    # 12. Hong Kong broker report text (Traditional, 億元人民幣) with 圖表N： captions and 資料來源： lines between
    #     paragraphs: 2024 amount with 按年增長 and the 2023 amount in brackets, a 2026 forecast with a stated CAGR, a
    #     channel's share with no part printed (no verdict). Expected nowhere: the chart numbers and caption's
    #     2023-2026E, the 300萬 SKUs, the 12萬家 parts shops, the 「買入」 rating, the 46.2港元 price target and its 28%
    #     upside.
    dict(
        text=(
            "汽車後市場AI配件供應鏈：從「找件難」到「秒下單」\n"
            "我們估算，2024年中國汽車後市場AI配件訂購與庫存管理市場規模為30.1億元人民幣，按年增長34.4%（2023年：22.4億元"
            "人民幣）。\n"
            "圖表5：中國汽車後市場AI配件訂購與庫存管理市場規模（2023-2026E）\n"
            "資料來源：灣源證券研究部估算\n"
            "展望未來，我們預計2026年市場規模將達52.0億元人民幣，2024-2026年複合增長率為31.4%，其中連鎖維修門店渠道佔比約"
            "58%。目前全國汽配SKU數量逾300萬個，獨立汽配門店約12萬家。我們首予A公司「買入」評級，目標價46.2港元，較現價有"
            "28%上行空間。\n"
            "圖表6：主要汽配平台AI功能對比\n"
            "資料來源：公司資料、灣源證券研究部"
        ),
        obs=[
            ("Total", 2023, 22.4, "CNY 100 million", "actual"),
            ("Total", 2024, 30.1, "CNY 100 million", "actual"),
            ("Total", 2026, 52.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.4, "percent", 2023, 2024, 1.0),
            ("cagr", 31.4, "percent", 2024, 2026, None, "stated"),
            ("share", 58, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (30.1 / 22.4) ** (1 / 1) - 1 = 34.38% -> 34.4
            ("cagr|implied", "exact"),  # (52.0 / 30.1) ** (1 / 2) - 1 = 31.44% -> 31.4
        ],
    ),
    # 13. Taiwan business-magazine story (Traditional) in 百萬美元 (USD million) with 年增: 2024 and 2023 amounts, a
    #     年增 that holds only by rounding, a part with its share. Expected nowhere: the 2.3萬家 repair shops, the
    #     technicians' 新台幣450元 hourly pay, the chain's 新台幣38億元 revenue, its first-quarter 年增6%.
    dict(
        text=(
            "修車也靠AI　保修廠搶攻預約與LINE客服\n"
            "走進新北一家老字號保修廠，師傅還沒打開引擎蓋，客人手機就已收到AI排好的進廠時段。根據宏觀車聯研究調查，2024年"
            "台灣汽車保修廠導入AI排程、線上預約與客服訊息服務的市場規模為42.5百萬美元，年增19.9%，2023年則為35.5百萬美元；"
            "其中AI客服訊息占15.2百萬美元，約占36%。全台約有2.3萬家汽車保修廠，技師平均時薪約新台幣450元，而連鎖品牌"
            "車麗坊去年營收達新台幣38億元，今年第一季營收年增6%。業者坦言，技師荒才是推動AI的最大動力。"
        ),
        obs=[
            ("Total", 2023, 35.5, "USD million", "actual"),
            ("Total", 2024, 42.5, "USD million", "actual"),
            ("AI客服訊息", 2024, 15.2, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19.9, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (42.5 / 35.5) ** (1 / 1) - 1 = 19.72% -> 19.7, not 19.9; bounds 42.45 / 35.55 - 1 = 19.41%,
            # 42.55 / 35.45 - 1 = 20.03% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 15.2 / 42.5 = 35.76% -> 36
        ],
    ),
    # 14. Hong Kong government press release (Traditional, 億港元) with 按年增長: 2024 amount, the 2023 amount in
    #     brackets, a part with a share reached by no reading, a 2026 forecast. Expected nowhere: the release's date,
    #     the 2,700間 workshops, the 93萬輛 vehicles, the trade's 148億港元 total revenue, its first quarter's 2.1%
    #     fall.
    dict(
        text=(
            "政府公布汽車維修業科技應用研究結果\n"
            "以下為政府發言人今日（七月十日）發表的新聞稿：\n"
            "政府委託顧問進行的研究顯示，2024年本港汽車維修及車身修理業在人工智能故障診斷、相片定損及預約管理方面的開支為"
            "3.6億港元，按年增長12.5%（2023年為3.2億港元）。其中相片定損方案開支為1.4億港元，佔整體開支42%。研究預計，"
            "有關開支於2026年可達5.1億港元。\n"
            "本港現有約2,700間汽車維修工場，登記車輛約93萬輛；業界全年總收益約148億港元，今年第一季收益按年下跌2.1%。"
            "發言人表示，政府會繼續透過資助計劃協助中小型工場引入新科技。\n"
            "完\n"
            "2025年7月10日（星期四）"
        ),
        obs=[
            ("Total", 2023, 3.2, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("相片定損方案", 2024, 1.4, "HKD 100 million", "actual"),
            ("Total", 2026, 5.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 3.2) ** (1 / 1) - 1 = 12.50% -> 12.5
            # 1.4 / 3.6 = 38.89% -> 39, not 42; bounds 1.35 / 3.65 = 36.99%, 1.45 / 3.55 = 40.85% -> 42 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 15. Weibo post (Simplified) with #话题# hashtags and an emoji, dated 2025: 去年 (2024, actual) and 今年 (2025,
    #     estimate) amounts with a 同比 rate that holds only by rounding. Expected nowhere: the 30多条 tyres a day, the
    #     2亿多条 replacement tyres, the post's date, the 328 reposts, 91 comments and 1206 likes.
    dict(
        text=(
            "#汽车后市场# #AI查胎纹# 今天刷到一份报告有点意外😮 去年国内AI轮胎花纹与磨损检测（门店驶过式扫描仪+手机App）"
            "市场规模12.6亿元，今年预计冲到15.9亿元，同比涨27%！楼下换胎店老板说他一天也就卖30多条胎，全国一年替换胎据说"
            "有2亿多条，看来扫胎纹这门生意比卖胎增长快多了。你们去保养时被推荐过扫胎纹吗？\n"
            "2025-4-2 来自 iPhone客户端\n"
            "转发 328 评论 91 赞 1206"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2025, 15.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (15.9 / 12.6) ** (1 / 1) - 1 = 26.19% -> 26, not 27; bounds 15.85 / 12.65 - 1 = 25.30%,
            # 15.95 / 12.55 - 1 = 27.09% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (USD million) from a tyre maker's investor-day appendix, with a footnote marker in a cell
    #     ("412*"), "n/a" cells in 2027F and a "CAGR 2024-30" column: four stated CAGRs, the phone-app row's 27.9% reached
    #     by no reading; rows add to the Total in 2024 and 2030 (2027F has no total). Expected nowhere: the table
    #     number, the source's date, the 1.7 billion replacement tyres.
    dict(
        text=(
            "Table 2: Global AI tyre and tread inspection market by channel (USD million)\n"
            "| Channel | 2024 | 2027F | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| Drive-over scanners at fleet depots | 412* | 655 | 1,020 | 16.3% |\n"
            "| Phone-app tread checks | 96 | n/a | 388 | 27.9% |\n"
            "| Tyre-shop handheld and bay scanners | 148 | 209 | 296 | 12.2% |\n"
            "| Total | 656 | n/a | 1,704 | 17.2% |\n"
            "* Includes retrofit units sold to rental fleets. n/a: not disclosed.\n"
            "Source: Halvard Tyre Analytics, appendix to a tyre maker's investor day, 18 November 2025. Global "
            "replacement tyre sales were about 1.7 billion units in 2024."
        ),
        obs=[
            ("Drive-over scanners at fleet depots", 2024, 412, "USD million", "actual"),
            ("Drive-over scanners at fleet depots", 2027, 655, "USD million", "estimate"),
            ("Drive-over scanners at fleet depots", 2030, 1020, "USD million", "estimate"),
            ("Phone-app tread checks", 2024, 96, "USD million", "actual"),
            ("Phone-app tread checks", 2030, 388, "USD million", "estimate"),
            ("Tyre-shop handheld and bay scanners", 2024, 148, "USD million", "actual"),
            ("Tyre-shop handheld and bay scanners", 2027, 209, "USD million", "estimate"),
            ("Tyre-shop handheld and bay scanners", 2030, 296, "USD million", "estimate"),
            ("Total", 2024, 656, "USD million", "actual"),
            ("Total", 2030, 1704, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 12.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 412) ** (1 / 6) - 1 = 16.31% -> 16.3
            # (388 / 96) ** (1 / 6) - 1 = 26.21% -> 26.2, not 27.9; bounds (387.5 / 96.5) ** (1/6) - 1 = 26.07%,
            # (388.5 / 95.5) ** (1/6) - 1 = 26.35% -> 27.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (296 / 148) ** (1 / 6) - 1 = 12.25% -> 12.2
            ("cagr|implied", "exact"),  # (1704 / 656) ** (1 / 6) - 1 = 17.24% -> 17.2
            ("hierarchy", "exact"),  # 2024: 412 + 96 + 148 = 656
            ("hierarchy", "exact"),  # 2030F: 1020 + 388 + 296 = 1704
        ],
    ),
    # 17. Tab-separated table (Japan, ¥ million, fiscal years) with thousands separators ("1,284.5") and a negative YoY
    #     in parentheses ("(3.2%)", a decline of 3.2%): four YoY rates, the diagnostics row's 24.8% reached by no
    #     reading; rows add to the Total both years. Expected nowhere: the ¥8,800 hourly labour rate, the 91,000
    #     certified garages, the source's date.
    dict(
        text=(
            "Japan: AI in auto repair and tyre service by application (¥ million)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "AI photo damage estimating\t1,284.5\t1,697.3\t32.1%\n"
            "AI diagnostics in dealer service bays\t2,046.0\t2,512.8\t24.8%\n"
            "AI tread-depth scanners\t611.9\t592.3\t(3.2%)\n"
            "Total\t3,942.4\t4,802.4\t21.8%\n"
            "Fiscal years end in March. Excludes workshop labour (average ¥8,800 an hour) and parts sales. Japan has "
            "about 91,000 certified garages.\n"
            "Source: Kiyosumi Mobility Research, June 2025."
        ),
        obs=[
            ("AI photo damage estimating", 2023, 1284.5, "JPY million", "actual"),
            ("AI photo damage estimating", 2024, 1697.3, "JPY million", "actual"),
            ("AI diagnostics in dealer service bays", 2023, 2046.0, "JPY million", "actual"),
            ("AI diagnostics in dealer service bays", 2024, 2512.8, "JPY million", "actual"),
            ("AI tread-depth scanners", 2023, 611.9, "JPY million", "actual"),
            ("AI tread-depth scanners", 2024, 592.3, "JPY million", "actual"),
            ("Total", 2023, 3942.4, "JPY million", "actual"),
            ("Total", 2024, 4802.4, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1697.3 / 1284.5) ** (1 / 1) - 1 = 32.14% -> 32.1
            # (2512.8 / 2046.0) ** (1 / 1) - 1 = 22.82% -> 22.8, not 24.8; bounds 2512.75 / 2046.05 - 1 = 22.81%,
            # 2512.85 / 2045.95 - 1 = 22.82% -> 24.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (592.3 / 611.9) ** (1 / 1) - 1 = -3.20% -> -3.2
            ("cagr|implied", "exact"),  # (4802.4 / 3942.4) ** (1 / 1) - 1 = 21.81% -> 21.8
            ("hierarchy", "exact"),  # FY2023: 1284.5 + 2046.0 + 611.9 = 3942.4
            ("hierarchy", "exact"),  # FY2024: 1697.3 + 2512.8 + 592.3 = 4802.4
        ],
    ),
    # 18. Space-aligned table (Canada, US$ million) whose rows are years and whose columns are three segments and a
    #     Total (each figure to its column's header); 2025E an estimate. The 2024 parts sum to 147.9 against a printed
    #     148.0: only by rounding. Expected nowhere: the survey's 1,140 shops, the 5,600 collision shops, the C$128
    #     hourly labour rate (Canadian dollars are not in the unit table).
    dict(
        text=(
            "Canada: AI spending by collision and mechanical repair shops (US$ million)\n"
            "Year     Damage estimating   Diagnostics   Scheduling & messaging   Total\n"
            "2023     46.9                60.5          15.8                     123.2\n"
            "2024     57.3                71.0          19.6                     148.0\n"
            "2025E    69.1                83.4          24.9                     177.4\n"
            "Source: Laurentian Auto Care Council, 2025 technology survey of 1,140 shops. Canada counts about 5,600 "
            "collision shops; the average posted labour rate is C$128 an hour."
        ),
        obs=[
            ("Damage estimating", 2023, 46.9, "USD million", "actual"),
            ("Damage estimating", 2024, 57.3, "USD million", "actual"),
            ("Damage estimating", 2025, 69.1, "USD million", "estimate"),
            ("Diagnostics", 2023, 60.5, "USD million", "actual"),
            ("Diagnostics", 2024, 71.0, "USD million", "actual"),
            ("Diagnostics", 2025, 83.4, "USD million", "estimate"),
            ("Scheduling & messaging", 2023, 15.8, "USD million", "actual"),
            ("Scheduling & messaging", 2024, 19.6, "USD million", "actual"),
            ("Scheduling & messaging", 2025, 24.9, "USD million", "estimate"),
            ("Total", 2023, 123.2, "USD million", "actual"),
            ("Total", 2024, 148.0, "USD million", "actual"),
            ("Total", 2025, 177.4, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 46.9 + 60.5 + 15.8 = 123.2
            # 2024: 57.3 + 71.0 + 19.6 = 147.9, not 148.0; bounds 147.75..148.05 (each part +/-0.05) against
            # 147.95..148.05 -> 148.0 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 69.1 + 83.4 + 24.9 = 177.4
        ],
    ),
    # 19. Chinese markdown broker table (Simplified, 亿元) with 2023A, 2024A, 2025E, 2030E columns and a 复合增速 column
    #     whose header prints its span 2024-2030 (stated): the parts-ordering row's 25.6% holds only by rounding; rows
    #     add to 合计 in every year. Expected nowhere: the table number 4, the 46万家 repair firms.
    dict(
        text=(
            "表4：中国汽车维修AI应用市场规模及预测（亿元）\n"
            "| 细分领域 | 2023A | 2024A | 2025E | 2030E | 复合增速(2024-2030E) |\n"
            "|---|---|---|---|---|---|\n"
            "| AI图像定损 | 17.2 | 22.9 | 29.4 | 88.6 | 25.3% |\n"
            "| AI配件智能订货 | 9.8 | 13.5 | 17.9 | 52.7 | 25.6% |\n"
            "| 合计 | 27.0 | 36.4 | 47.3 | 141.3 | 25.4% |\n"
            "资料来源：启明证券研究所测算；注：不含维修工时收入与配件销售额，全国机动车维修企业约46万家。"
        ),
        obs=[
            ("AI图像定损", 2023, 17.2, "CNY 100 million", "actual"),
            ("AI图像定损", 2024, 22.9, "CNY 100 million", "actual"),
            ("AI图像定损", 2025, 29.4, "CNY 100 million", "estimate"),
            ("AI图像定损", 2030, 88.6, "CNY 100 million", "estimate"),
            ("AI配件智能订货", 2023, 9.8, "CNY 100 million", "actual"),
            ("AI配件智能订货", 2024, 13.5, "CNY 100 million", "actual"),
            ("AI配件智能订货", 2025, 17.9, "CNY 100 million", "estimate"),
            ("AI配件智能订货", 2030, 52.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 27.0, "CNY 100 million", "actual"),
            ("合计", 2024, 36.4, "CNY 100 million", "actual"),
            ("合计", 2025, 47.3, "CNY 100 million", "estimate"),
            ("合计", 2030, 141.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88.6 / 22.9) ** (1 / 6) - 1 = 25.29% -> 25.3
            # (52.7 / 13.5) ** (1 / 6) - 1 = 25.48% -> 25.5, not 25.6; bounds (52.65 / 13.55) ** (1/6) - 1 = 25.38%,
            # (52.75 / 13.45) ** (1/6) - 1 = 25.58% -> 25.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (141.3 / 36.4) ** (1 / 6) - 1 = 25.36% -> 25.4
            ("hierarchy", "exact"),  # 2023A: 17.2 + 9.8 = 27.0
            ("hierarchy", "exact"),  # 2024A: 22.9 + 13.5 = 36.4
            ("hierarchy", "exact"),  # 2025E: 29.4 + 17.9 = 47.3
            ("hierarchy", "exact"),  # 2030E: 88.6 + 52.7 = 141.3
        ],
    ),
    # 20. Traditional Chinese space-aligned table (Taiwan) under a line "單位：百萬美元" (USD million) with a 合計 row
    #     (its label the total's item); 2025年(預估) an estimate. The 2024年 合計 of 31.3 is reached by no reading of
    #     its parts (sum 30.3). Expected nowhere: the table number 表二, the 2.3萬家 repair shops.
    dict(
        text=(
            "表二　臺灣汽車售後服務AI應用市場規模\n"
            "單位：百萬美元\n"
            "項目                  2023年   2024年   2025年(預估)\n"
            "AI影像定損            8.6      11.2     14.5\n"
            "AI診斷與預測保養      12.4     15.1     18.3\n"
            "AI胎紋檢測            3.1      4.0      5.2\n"
            "合計                  24.1     31.3     38.0\n"
            "資料來源：臺灣車輛售後服務發展協會；註：全臺汽車保修廠約2.3萬家，不含工時與零件收入。"
        ),
        obs=[
            ("AI影像定損", 2023, 8.6, "USD million", "actual"),
            ("AI影像定損", 2024, 11.2, "USD million", "actual"),
            ("AI影像定損", 2025, 14.5, "USD million", "estimate"),
            ("AI診斷與預測保養", 2023, 12.4, "USD million", "actual"),
            ("AI診斷與預測保養", 2024, 15.1, "USD million", "actual"),
            ("AI診斷與預測保養", 2025, 18.3, "USD million", "estimate"),
            ("AI胎紋檢測", 2023, 3.1, "USD million", "actual"),
            ("AI胎紋檢測", 2024, 4.0, "USD million", "actual"),
            ("AI胎紋檢測", 2025, 5.2, "USD million", "estimate"),
            ("合計", 2023, 24.1, "USD million", "actual"),
            ("合計", 2024, 31.3, "USD million", "actual"),
            ("合計", 2025, 38.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年: 8.6 + 12.4 + 3.1 = 24.1
            # 2024年: 11.2 + 15.1 + 4.0 = 30.3, not 31.3; bounds 30.15..30.45 (each part +/-0.05) -> 31.3 reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025年(預估): 14.5 + 18.3 + 5.2 = 38.0
        ],
    ),
    # 21. US claims-software company's earnings-call transcript (Operator, analyst, CFO): the CFO sizes the market
    #     ("about $2.1 billion in fiscal '24", "a $3.4 billion opportunity by fiscal '27", both at their printed
    #     figures) and a compound rate whose span only the amounts' years give (inferred), reached only by rounding.
    #     Expected nowhere: the company's third-quarter revenue, its 23% bookings growth and 64% gross margin, the
    #     9,800 body shops, the analyst's firm.
    dict(
        text=(
            "Operator: Our next question comes from Priya Raman with Castell & Lowe. Your line is open.\n"
            "Priya Raman: Thanks. Dale, can you size the opportunity for AI photo estimating across the carriers' "
            "direct-repair networks, and how much of it is really addressable for you?\n"
            "Dale Whitcombe, Chief Financial Officer: Sure, Priya. Independent work we commissioned puts U.S. spending "
            "on AI photo-based damage estimating at about $2.1 billion in fiscal '24, and we see a $3.4 billion "
            "opportunity by fiscal '27, which is roughly 18% a year compounded. For context, our own third-quarter "
            "revenue was $86.4 million, bookings grew 23% and gross margin held at 64%. We're now live in some 9,800 "
            "body shops, so we think we're early."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2027, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (3.4 / 2.1) ** (1 / 3) - 1 = 17.42% -> 17, not 18; bounds (3.35 / 2.15) ** (1/3) - 1 = 15.93%,
            # (3.45 / 2.05) ** (1/3) - 1 = 18.95% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 22. Encyclopedia-style paragraph on automated tread inspection with citation markers: the 2023 market, a part
    #     with its printed share, a 2029 forecast and a CAGR with its span printed. Expected nowhere: the citation
    #     numbers, the 2016 first installations, the 2.4 billion tyres sold a year.
    dict(
        text=(
            "Automated tread inspection uses cameras or laser line scanners, built into a drive-over ramp or held in a "
            "phone, together with machine-learning models that estimate remaining tread depth and flag irregular "
            "wear.[9] The first commercial drive-over units were installed at fleet depots in 2016.[10] According to "
            "Varnholt Analytics, the global market for AI-based tread and wear inspection was worth US$412 million in "
            "2023,[12] of which drive-over scanners accounted for US$157 million, or 38%.[12] The same firm forecast "
            "revenue of US$985 million in 2029, a compound annual growth rate of 15.6% over 2023-2029.[13] Roughly 2.4 "
            "billion tyres are sold worldwide each year.[14]"
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Drive-over scanners", 2023, 157, "USD million", "actual"),
            ("Total", 2029, 985, "USD million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2023, 2023, None),
            ("cagr", 15.6, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 157 / 412 = 38.11% -> 38
            ("cagr|implied", "exact"),  # (985 / 412) ** (1 / 6) - 1 = 15.64% -> 15.6
        ],
    ),
    # 23. Market-research store's report listing: "Base year: 2024; Forecast period: 2025-2032; Market size 2024 ...",
    #     a stated CAGR (2024-2032) that no reading of its amounts reaches, a region's share without its amount (no
    #     verdict). Expected nowhere: the report ID and page count, the title's years, the table-of-contents numbers,
    #     the two licence prices.
    dict(
        text=(
            "AI Vehicle Damage Assessment Market: Global Size, Share and Forecast 2025-2032\n"
            "Report ID: MRX-40218 / 214 pages / Published March 2025\n"
            "Base year: 2024; Forecast period: 2025-2032; Market size 2024: USD 2.36 billion; Market size 2032: USD 9.84 "
            "billion; CAGR (2024-2032): 21.4%; Largest region: North America, with a 41% share in 2024; Segments "
            "covered: photo-based estimating for insurers and body shops, video triage, total-loss prediction.\n"
            "Table of contents: 1. Executive Summary 2. Research Methodology 3. Market Dynamics 4. Market by Deployment "
            "5. Market by End User 6. Regional Outlook 7. Company Profiles\n"
            "Single-user licence: USD 4,450. Enterprise licence: USD 6,950. Add to cart or request a free sample."
        ),
        obs=[
            ("Total", 2024, 2.36, "USD billion", "actual"),
            ("Total", 2032, 9.84, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2032, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (9.84 / 2.36) ** (1 / 8) - 1 = 19.54% -> 19.5, not 21.4; bounds (9.835 / 2.365) ** (1/8) - 1 = 19.50%,
            # (9.845 / 2.355) ** (1/8) - 1 = 19.58% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK budget speech (March 2025) in "£340m" and "£1.2bn": last year's (2024) figure, 2023's, a YoY rate, a 2030
    #     forecast expected in the series' unit (GBP million, 1,200) and "more than triple" as a multiple (x3, no
    #     verdict). Expected nowhere: the £25m grant budget, the 2,400 apprenticeships, the £78 hourly labour rate,
    #     the dateline.
    dict(
        text=(
            "Spring Budget statement, 12 March 2025.\n"
            "Madam Deputy Speaker, British garages are quietly becoming some of the most advanced workshops in Europe. "
            "Spending on artificial intelligence in UK vehicle repair, from photo-based damage estimates to predictive "
            "diagnostics in dealer service bays, reached £340m last year, a rise of 19% on the £285m of 2023. "
            "Independent forecasts show it topping £1.2bn by 2030, more than triple last year's figure. To make sure "
            "skills keep pace, I am setting aside a £25m Workshop Skills grant budget over three years to fund 2,400 "
            "new technician apprenticeships, and to help independent garages, where labour rates now average £78 an "
            "hour, adopt these tools."
        ),
        obs=[
            ("Total", 2023, 285, "GBP million", "actual"),
            ("Total", 2024, 340, "GBP million", "actual"),
            ("Total", 2030, 1200, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (340 / 285) ** (1 / 1) - 1 = 19.30% -> 19
        ],
    ),
    # 25. German body-and-paint association chair's letter (EUR million): 2023 and 2024 totals, a part that "nearly
    #     doubled" (x2, no verdict) with both its amounts, and the part's printed share; "up a fifth" is a rate only
    #     in words and, like a fraction in words, expected nowhere. Expected nowhere: the four years in office, the
    #     1,150 member workshops, the €14 billion turnover, the €3,180 average repair bill.
    dict(
        text=(
            "Letter from the Chair\n"
            "Dear members,\n"
            "When I took office four years ago, few of us had heard of an AI estimate. Today, according to our annual "
            "survey of 1,150 member workshops, German body and paint shops spent €96.4 million in 2024 on AI damage "
            "estimating, diagnostics and parts ordering, up a fifth on the €80.1 million of 2023. Diagnostics in "
            "particular nearly doubled, to €31.2 million from €16.3 million, and now makes up 32.4% of the total. Our "
            "members' combined turnover passed €14 billion, and the average repair bill climbed to €3,180. I thank you "
            "for your trust and look forward to seeing you in Leipzig.\n"
            "Margarete Lindqvist-Hahn, Chair, Bundesverband Karosserie und Lack"
        ),
        obs=[
            ("Total", 2023, 80.1, "EUR million", "actual"),
            ("Total", 2024, 96.4, "EUR million", "actual"),
            ("Diagnostics", 2023, 16.3, "EUR million", "actual"),
            ("Diagnostics", 2024, 31.2, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("share", 32.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.2 / 96.4 = 32.37% -> 32.4
        ],
    ),
    # 26. LinkedIn carousel text, slide by slide: "$610M" for 2024 and "$1.9B" for 2030 (expected in the series' unit,
    #     USD million, 1,900), a CAGR with its printed span reached only by rounding. Expected nowhere: the slide
    #     numbers, the 11 missed calls a week, the 72% of owners surveyed and their 18 months, the $612 average repair
    #     order.
    dict(
        text=(
            "Slide 1/8: The AI front desk is coming to your repair shop 🔧\n"
            "Slide 2/8: Shops miss an average of 11 calls a week while techs are under a car.\n"
            "Slide 3/8: $610M. What North American repair shops spent on AI scheduling and customer messaging in 2024 "
            "(Corliss Group).\n"
            "Slide 4/8: $1.9B. Corliss Group's forecast for 2030.\n"
            "Slide 5/8: 21.2%. The compound annual growth that implies, 2024-2030.\n"
            "Slide 6/8: 72% of the owners we surveyed plan to add an AI receptionist within 18 months.\n"
            "Slide 7/8: Average repair order: $612. Every missed call is real money.\n"
            "Slide 8/8: Follow Tessa Marlow for more on shop tech. Repost if this was useful."
        ),
        obs=[
            ("Total", 2024, 610, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1900 / 610) ** (1 / 6) - 1 = 20.85% -> 20.8, not 21.2; bounds ($1.9B to 0.1B, $610M to 1M)
            # (1850 / 610.5) ** (1/6) - 1 = 20.30%, (1950 / 609.5) ** (1/6) - 1 = 21.39% -> 21.2 reached only by some
            # reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Magazine listicle "7 numbers that explain ..." with numbered headings: 2024 and 2023 spending, a YoY rate
    #     with both amounts, a 2029 forecast. Expected nowhere: the list numbers, the 332 million replacement tyres,
    #     the 2/32 inch tread depth, the 15-second scan, the "1 in 4" drivers (a survey).
    dict(
        text=(
            "7 numbers that explain the AI tyre-inspection boom\n"
            "1. 332 million: replacement tyres shipped in the US last year.\n"
            "2. $214 million: what US tyre dealers, fleets and quick-lube chains spent on AI tread and wear inspection "
            "in 2024, by Halden Research's count.\n"
            "3. 28%: the rise from 2023, when spending came to $167 million.\n"
            "4. 2/32 inch: the legal minimum tread depth in most states.\n"
            "5. 15 seconds: how long a drive-over scan takes at the shop door.\n"
            "6. $530 million: Halden's forecast for 2029, as phone apps spread to small dealers.\n"
            "7. 1 in 4: drivers who say they have never checked their tread."
        ),
        obs=[
            ("Total", 2023, 167, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2029, 530, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 167) ** (1 / 1) - 1 = 28.14% -> 28
        ],
    ),
    # 28. Japanese company's English investor release (¥ billion): fiscal 2024 (ended March 2025) and fiscal 2025
    #     (ending March 2026, a forecast) market sizes and the YoY rate between them. Expected nowhere: the ticker
    #     code, the dateline, the company's forecast net sales and operating margin, the 1,240 partner body shops,
    #     the ¥42 dividend.
    dict(
        text=(
            "Kurogane Solutions Inc. (TSE Prime: 4719). Notice regarding our medium-term outlook. Tokyo, May 14, 2025.\n"
            "We estimate that Japan's market for AI-based collision damage appraisal and repair-cost estimation, used "
            "by non-life insurers and body shops, reached ¥12.3bn in fiscal 2024 (the fiscal year ended March 2025) and "
            "will grow 28.5% to ¥15.8bn in fiscal 2025, the fiscal year ending March 2026, as insurers move "
            "small-damage claims to smartphone photos. For the same fiscal year we forecast consolidated net sales of "
            "¥48.6bn and an operating margin of 11.2%. The number of partner body shops on our platform rose to "
            "1,240. The year-end dividend will be ¥42 per share."
        ),
        obs=[
            ("Total", 2024, 12.3, "JPY billion", "actual"),
            ("Total", 2025, 15.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.8 / 12.3) ** (1 / 1) - 1 = 28.46% -> 28.5
        ],
    ),
    # 29. 人民网-style news story (Simplified, 亿元): 2024 and 较上年 2023 totals with the rate between them, a part with
    #     its 同比增长 (its 2023 amount not printed: no verdict) and a printed share no reading reaches. Expected
    #     nowhere: the dateline, the reporter, the 52万家 repair firms, the 3.53亿辆 vehicles, the 120元 hourly
    #     labour rate.
    dict(
        text=(
            "人民网北京2025年3月18日电（记者周明远）记者从中国汽车维修行业研究中心获悉，2024年我国汽车后市场人工智能"
            "应用加速落地，AI定损与智能维修诊断市场规模达到41.7亿元，较上年的33.5亿元增长24.5%。其中，AI配件识别与"
            "智能订货市场规模为9.6亿元，同比增长31.2%，占整体市场的26%。截至2024年底，全国机动车维修企业约52万家，"
            "汽车保有量达3.53亿辆，一类维修企业平均工时费约每小时120元。业内人士表示，AI定损正在缩短保险理赔周期。"
        ),
        obs=[
            ("Total", 2023, 33.5, "CNY 100 million", "actual"),
            ("Total", 2024, 41.7, "CNY 100 million", "actual"),
            ("AI配件识别与智能订货", 2024, 9.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.7 / 33.5) ** (1 / 1) - 1 = 24.48% -> 24.5
            # 9.6 / 41.7 = 23.02% -> 23, not 26; bounds 9.55 / 41.75 = 22.87%, 9.65 / 41.65 = 23.17% -> 26
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 30. 政府采购 procurement notice (Simplified): its background cites a research institute's 2024 market (约, at its
    #     printed figure) and 2027 forecast with a 年均复合增长率 whose span only the amounts' years give (inferred).
    #     Expected nowhere: the project number, the 386.5万元 预算金额, the 120 terminals, the 1,800 repair firms, the
    #     bid deadline.
    dict(
        text=(
            "江临市汽车维修智能诊断公共服务平台建设项目采购公告\n"
            "项目编号：JLCG-2025-0417\n"
            "预算金额：386.5万元\n"
            "项目背景：据江南汽车后市场研究院测算，2024年全国汽车维修AI智能诊断与预测性维护市场规模约为46.2亿元，预计"
            "2027年将达到88.5亿元，年均复合增长率约24.2%。为提升本市独立维修厂的故障诊断能力，本项目拟采购AI故障诊断"
            "终端120套及配套云平台服务，覆盖本市约1,800家二类以上维修企业。\n"
            "投标截止时间：2025年5月20日9时30分（北京时间）"
        ),
        obs=[
            ("Total", 2024, 46.2, "CNY 100 million", "actual"),
            ("Total", 2027, 88.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.2, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (88.5 / 46.2) ** (1 / 3) - 1 = 24.19% -> 24.2
        ],
    ),
    # 31. WeChat article (Simplified) with **bold** figures and 📈: 2024 and 2023 market sizes with the YoY rate, a
    #     2028 forecast "突破25亿元" (at its printed figure). Expected nowhere: the 2.6亿条 replacement tyres, the 8%
    #     penetration rate, the start-up's 1.5亿元 B round and 12亿元 valuation.
    dict(
        text=(
            "轮胎店也开始用AI了？📈\n"
            "最近和几位轮胎门店老板聊天，发现大家都在讨论“AI测胎纹”：手机对着轮胎拍一张照片，几秒钟就能给出花纹深度和"
            "偏磨提示。据卓衡咨询统计，2024年国内AI轮胎胎纹与磨损检测市场规模为**9.8亿元**，比2023年的**7.1亿元**"
            "增长了**38%**；预计到2028年将突破**25亿元**。要知道，全国每年轮胎替换量超过**2.6亿条**，而AI检测在门店"
            "的渗透率还不到**8%**。上个月，一家做驶过式扫描仪的初创公司刚完成**1.5亿元**B轮融资，投后估值约12亿元。"
        ),
        obs=[
            ("Total", 2023, 7.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2028, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.1) ** (1 / 1) - 1 = 38.03% -> 38
        ],
    ),
    # 32. Parts-trade association's yearly report (Simplified) with 1-12月 and 全年: the year's market, 上年同期 and
    #     the 同比 rate (reached only by rounding), a part with its share of the year. Expected nowhere: the 12月单月
    #     3.12亿元 and its 环比 9.4%, the 1.86万亿元 parts-distribution revenue, the 4,380 member firms, the report's
    #     title year.
    dict(
        text=(
            "中国汽车维修与配件流通协会《2024年度行业运行报告》（节选）\n"
            "2024年1-12月，全国汽车后市场AI配件识别、智能订货与库存管理系统服务收入保持较快增长，全年市场规模达到"
            "27.5亿元，同比增长18.2%，上年同期为23.3亿元。其中，12月单月实现收入3.12亿元，环比增长9.4%。分领域看，"
            "AI库存管理系统全年规模为11.6亿元，占全年总规模的42.2%。全年全国汽配流通企业主营业务收入约1.86万亿元，"
            "协会会员企业达4,380家。"
        ),
        obs=[
            ("Total", 2023, 23.3, "CNY 100 million", "actual"),
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("AI库存管理系统", 2024, 11.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("share", 42.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (27.5 / 23.3) ** (1 / 1) - 1 = 18.03% -> 18.0, not 18.2; bounds 27.45 / 23.35 - 1 = 17.56%,
            # 27.55 / 23.25 - 1 = 18.49% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 11.6 / 27.5 = 42.18% -> 42.2
        ],
    ),
    # 33. Taiwan statistics-office press release (Traditional, 新臺幣億元): 2024 spending with its 年增 rate and the
    #     上年 amount, a part with its share. Expected nowhere: the dateline, the 較上年增加 3.4億元 (a difference), the
    #     1,286億元 repair-trade revenue, the 9,812 firms, the 6.9萬 employees.
    dict(
        text=(
            "經濟部統計處新聞稿 2025年6月12日\n"
            "汽車維修業導入人工智慧概況\n"
            "本處調查顯示，2024年汽車維修業AI應用支出（含AI影像定損、AI故障診斷及AI輪胎檢測）為新臺幣18.6億元，年增"
            "22.4%，較上年之15.2億元增加3.4億元；其中AI故障診斷8.1億元，占43.5%，為最大應用項目。同年汽車維修業營業額"
            "為1,286億元，家數9,812家，從業員工6.9萬人，AI應用支出占營業額比重仍不到百分之二。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI故障診斷", 2024, 8.1, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 43.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("arithmetic", "exact"),  # 8.1 / 18.6 = 43.548% -> 43.5
        ],
    ),
    # 34. Hong Kong listed company's annual results announcement (Traditional, 億港元), 管理層討論與分析: a consultant's
    #     2022 and 2024 market with its 2022年至2024年 CAGR (stated), a 2027 forecast, a part whose printed share no
    #     reading reaches. Expected nowhere: the group's HK$3.86億 revenue and its 12.7% growth, the 38.5% gross margin,
    #     the 4.2港仙 dividend, the year-end date.
    dict(
        text=(
            "管理層討論與分析\n"
            "市場回顧：根據獨立行業顧問卓思研究的資料，香港及澳門汽車保險理賠AI影像定損及維修估價市場規模由2022年的"
            "1.48億港元增至2024年的2.36億港元，2022年至2024年的複合年增長率約為26.3%，預期2027年將達到4.05億港元。其中，"
            "保險公司維修網絡採用的AI定損服務為1.52億港元，佔2024年市場規模的61%。\n"
            "業務回顧：截至2024年12月31日止年度，本集團收益為港幣3.86億元，較去年增長12.7%；毛利率為38.5%。董事會建議"
            "派發末期股息每股4.2港仙。"
        ),
        obs=[
            ("Total", 2022, 1.48, "HKD 100 million", "actual"),
            ("Total", 2024, 2.36, "HKD 100 million", "actual"),
            ("Total", 2027, 4.05, "HKD 100 million", "estimate"),
            ("保險公司維修網絡採用的AI定損服務", 2024, 1.52, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26.3, "percent", 2022, 2024, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.36 / 1.48) ** (1 / 2) - 1 = 26.28% -> 26.3
            # 1.52 / 2.36 = 64.41% -> 64, not 61; bounds 1.515 / 2.365 = 64.06%, 1.525 / 2.355 = 64.76% -> 61
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 35. Zhihu answer (Simplified, 亿美元) quoting two research houses: the first house's 2024 and 2030 figures and
    #     its 2024-2030 CAGR (reached only by rounding) are the snippet's; the second house's 2024 figure is expected
    #     nowhere. Expected nowhere: the eight years in the trade, the 100-150元 hourly labour rate, the equipment's
    #     两三万元 price, the edit date, the 1.2K upvotes.
    dict(
        text=(
            "谢邀。在汽车维修行业做了八年，说点数据。\n"
            "根据华辰智库的报告，2024年全球AI汽车故障诊断与预测性维护市场规模为38.2亿美元，预计2030年将达到112.6亿美元，"
            "2024-2030年复合增长率为19.8%。另一家机构远擎研究给出的2024年数字则是45亿美元左右，口径差别主要在于是否计入"
            "车载远程诊断。\n"
            "个人感觉，国内独立维修厂的工时费普遍在每小时100到150元，一套AI诊断设备两三万元，回本其实不难。\n"
            "编辑于 2025-04-02 · 著作权归作者所有\n"
            "赞同 1.2K"
        ),
        obs=[
            ("Total", 2024, 38.2, "USD 100 million", "actual"),
            ("Total", 2030, 112.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (112.6 / 38.2) ** (1 / 6) - 1 = 19.74% -> 19.7, not 19.8; bounds (112.55 / 38.25) ** (1/6) - 1 = 19.71%,
            # (112.65 / 38.15) ** (1/6) - 1 = 19.78% -> 19.8 (19.75 and up) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table (Canada, US$m) with two header rows, years then a unit row: two applications and a Total for
    #     2024 and 2025E; the 2025E Total is reached by no reading of its rows. Expected nowhere: the 5,600 collision
    #     repair facilities, the source's date, the CAD 118 average hourly body rate.
    dict(
        text=(
            "Canada: AI in collision repair and claims, by application\n"
            "| Application | 2024 | 2025E |\n"
            "| | US$m | US$m |\n"
            "|---|---|---|\n"
            "| AI photo-based damage estimating | 118.4 | 146.9 |\n"
            "| AI parts ordering and inventory | 52.7 | 63.1 |\n"
            "| Total | 171.1 | 213.0 |\n"
            "Source: Maple Ridge Automotive Consulting, January 2025. E = estimate. Canada had about 5,600 collision "
            "repair facilities in 2024, where the posted body labour rate averaged CAD 118 an hour; figures exclude "
            "paint and parts sales."
        ),
        obs=[
            ("AI photo-based damage estimating", 2024, 118.4, "USD million", "actual"),
            ("AI photo-based damage estimating", 2025, 146.9, "USD million", "estimate"),
            ("AI parts ordering and inventory", 2024, 52.7, "USD million", "actual"),
            ("AI parts ordering and inventory", 2025, 63.1, "USD million", "estimate"),
            ("Total", 2024, 171.1, "USD million", "actual"),
            ("Total", 2025, 213.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 118.4 + 52.7 = 171.1
            # 2025E: 146.9 + 63.1 = 210.0, not 213.0; bounds 209.9..210.1 (each row +/-0.05) against 212.95..213.05
            # -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. Tab-separated table (France, EUR million) with Q1-Q4 2025 columns, FY2025 and FY2024 columns and a YoY
    #     column: two segments and a Total; the full years and their YoY rates are expected, the quarters nowhere.
    #     The tyre-scanning row's 31.6% holds only by rounding; rows add to the Total both years. Expected nowhere:
    #     the quarters, the source's date, the 2,950 tyre centres.
    dict(
        text=(
            "France: AI in dealer service bays and tyre centres (EUR million)\n"
            "Segment\tQ1 2025\tQ2 2025\tQ3 2025\tQ4 2025\tFY2025\tFY2024\tYoY\n"
            "AI predictive maintenance\t9.8\t10.6\t11.2\t12.9\t44.5\t36.1\t23.3%\n"
            "AI tyre-tread scanning\t4.1\t4.7\t5.3\t5.6\t19.7\t15.0\t31.6%\n"
            "Total\t13.9\t15.3\t16.5\t18.5\t64.2\t51.1\t25.6%\n"
            "Source: Observatoire de l'Apres-Vente Automobile, 12 February 2026; covers about 2,950 tyre centres and "
            "all franchised dealer workshops."
        ),
        obs=[
            ("AI predictive maintenance", 2024, 36.1, "EUR million", "actual"),
            ("AI predictive maintenance", 2025, 44.5, "EUR million", "actual"),
            ("AI tyre-tread scanning", 2024, 15.0, "EUR million", "actual"),
            ("AI tyre-tread scanning", 2025, 19.7, "EUR million", "actual"),
            ("Total", 2024, 51.1, "EUR million", "actual"),
            ("Total", 2025, 64.2, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2024, 2025, 1.0),
            ("growth", 31.6, "percent", 2024, 2025, 1.0),
            ("growth", 25.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (44.5 / 36.1) ** (1 / 1) - 1 = 23.27% -> 23.3
            # (19.7 / 15.0) ** (1 / 1) - 1 = 31.33% -> 31.3, not 31.6; bounds 19.65 / 15.05 - 1 = 30.56%,
            # 19.75 / 14.95 - 1 = 32.11% -> 31.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (64.2 / 51.1) ** (1 / 1) - 1 = 25.64% -> 25.6
            ("hierarchy", "exact"),  # FY2024: 36.1 + 15.0 = 51.1
            ("hierarchy", "exact"),  # FY2025: 44.5 + 19.7 = 64.2
        ],
    ),
    # 38. Space-aligned Chinese table (Zhejiang, 2024, 万元) with a 占比 column and a 合计 row (its label the total's
    #     item): four rows with their shares; the parts-ordering row's 15.2% is reached by no reading; rows add to
    #     合计. Expected nowhere: the table number, the 合计's 100.0%, the excluded labour and parts revenue.
    dict(
        text=(
            "表2  2024年浙江省汽车维修AI应用市场结构\n"
            "应用领域                  规模（万元）    占比\n"
            "AI定损与估价              18,640        41.2%\n"
            "AI故障诊断与预测维护      14,920        33.0%\n"
            "AI配件订货与库存          7,350         15.2%\n"
            "AI排程与客户沟通          4,330         9.6%\n"
            "合计                      45,240        100.0%\n"
            "注：统计范围为全省一类、二类机动车维修企业及保险公司合作维修网点。\n"
            "数据来源：浙江省汽车维修行业协会；不含维修工时收入及配件销售收入。"
        ),
        obs=[
            ("AI定损与估价", 2024, 18640, "CNY 10 thousand", "actual"),
            ("AI故障诊断与预测维护", 2024, 14920, "CNY 10 thousand", "actual"),
            ("AI配件订货与库存", 2024, 7350, "CNY 10 thousand", "actual"),
            ("AI排程与客户沟通", 2024, 4330, "CNY 10 thousand", "actual"),
            ("合计", 2024, 45240, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 33.0, "percent", 2024, 2024, None),
            ("share", 15.2, "percent", 2024, 2024, None),
            ("share", 9.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18640 / 45240 = 41.20% -> 41.2
            ("arithmetic", "exact"),  # 14920 / 45240 = 32.98% -> 33.0
            # 7350 / 45240 = 16.25% -> 16.2, not 15.2; bounds 7349.5 / 45240.5 = 16.246%, 7350.5 / 45239.5 = 16.248%
            # -> 15.2 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 4330 / 45240 = 9.57% -> 9.6
            ("hierarchy", "exact"),  # 18,640 + 14,920 + 7,350 + 4,330 = 45,240
        ],
    ),
    # 39. Vertical Traditional table (Taiwan, 新台幣百萬元) whose rows are years, 2025(E) and 2026(E) estimates, with
    #     a 年增率 column; the lone value column headed by its unit is the market's Total. The 2024 22.6% holds only by
    #     rounding. Expected nowhere: the table number, the source, the excluded tyre sales.
    dict(
        text=(
            "表五 臺灣AI輪胎胎紋與磨損檢測市場規模\n"
            "年度        新台幣百萬元    年增率\n"
            "2022        231.5         —\n"
            "2023        290.8         25.6%\n"
            "2024        356.3         22.6%\n"
            "2025(E)     431.2         21.0%\n"
            "2026(E)     512.0         18.7%\n"
            "註：2025年及2026年為預估值，年增率係依未經四捨五入之原始數據計算。\n"
            "資料來源：臺灣車輛服務產業研究所估計；含驅車通過式掃描設備、手機應用程式及雲端分析服務，不含輪胎銷售收入"
            "及定位校正工資。"
        ),
        obs=[
            ("Total", 2022, 231.5, "TWD million", "actual"),
            ("Total", 2023, 290.8, "TWD million", "actual"),
            ("Total", 2024, 356.3, "TWD million", "actual"),
            ("Total", 2025, 431.2, "TWD million", "estimate"),
            ("Total", 2026, 512.0, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2022, 2023, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 18.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (290.8 / 231.5) ** (1 / 1) - 1 = 25.62% -> 25.6
            # (356.3 / 290.8) ** (1 / 1) - 1 = 22.52% -> 22.5, not 22.6; bounds 356.25 / 290.85 - 1 = 22.49%,
            # 356.35 / 290.75 - 1 = 22.56% -> 22.6 (22.55 and up) reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (431.2 / 356.3) ** (1 / 1) - 1 = 21.02% -> 21.0
            ("cagr|implied", "exact"),  # (512.0 / 431.2) ** (1 / 1) - 1 = 18.74% -> 18.7
        ],
    ),
    # 40. Markdown table (EUR million) whose rows are years (2025F a forecast) and whose columns are two countries and
    #     a Total: each column is an item. The 2024 Total holds only by rounding; 2025F adds exactly.
    #     Expected nowhere: the 7,900 Swedish and 21,000 Polish workshops, the EUR 164 parts basket, the edition.
    dict(
        text=(
            "AI parts-ordering and inventory platforms for independent garages, selected markets (EUR million)\n"
            "| Year | Sweden | Poland | Total |\n"
            "|---|---|---|---|\n"
            "| 2024 | 18.2 | 12.7 | 31.0 |\n"
            "| 2025F | 22.5 | 16.9 | 39.4 |\n"
            "Source: Nordic-Baltic Aftermarket Monitor, spring 2025 edition. F = forecast. Sweden counts about 7,900 "
            "independent workshops and Poland about 21,000; the average parts basket per job was EUR 164 in Sweden."
        ),
        obs=[
            ("Sweden", 2024, 18.2, "EUR million", "actual"),
            ("Sweden", 2025, 22.5, "EUR million", "estimate"),
            ("Poland", 2024, 12.7, "EUR million", "actual"),
            ("Poland", 2025, 16.9, "EUR million", "estimate"),
            ("Total", 2024, 31.0, "EUR million", "actual"),
            ("Total", 2025, 39.4, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 18.2 + 12.7 = 30.9, not 31.0; bounds 30.8..31.0 (each column +/-0.05) meet 30.95..31.05 -> 31.0
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 22.5 + 16.9 = 39.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 10, 'rounding': 16, 'exact': 61}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Report scope',
    '$2.4 billion(1)',
    'TL;DR:',
    '> Kestrel Insight says',
    "by '30",
    '(around ₹985 crore)',
    '[Applause]',
    '3/ Their forecast',
    '（一）行业发展情况',
    '36氪获悉',
    '年均增长15%以上',
    '資料來源：灣源證券研究部估算',
    '年增19.9%',
    '按年增長12.5%',
    '#AI查胎纹#',
    '| CAGR 2024-30 |',
    '\t(3.2%)',
    'Year     Damage estimating',
    '| 2023A | 2024A | 2025E | 2030E |',
    '單位：百萬美元',
    'Operator:',
    '[13]',
    'Forecast period: 2025-2032',
    '£1.2bn',
    'Dear members,',
    'Slide 3/8',
    '7 numbers that explain',
    'the fiscal year ending March 2026',
    '人民网北京',
    '预算金额：',
    '📈',
    '1-12月',
    '年增',
    '管理層討論與分析',
    '谢邀',
    '| | US$m | US$m |',
    'Q1 2025\tQ2 2025',
    '占比',
    '2025(E)',
    '| Year | Sweden | Poland | Total |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 169
#: figures, 49 rates, 75 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 174, "rates_found": 50, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset257.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
