"""A two-hundred-and-fifty-third check set for the extractor, written blind: AI in laundry, dry cleaning and textile care:
AI stain recognition and garment sorting in industrial laundries, AI scheduling and route planning for laundry pick-up
and delivery apps, AI predictive maintenance of commercial washers and dryers, AI linen tracking for hotels and
hospitals, AI-powered smart washing machines' cloud services; sized in money by laundry and textile-care associations,
trade ministries, hospitality bodies, brokers, consultancies, research houses and laundry groups' investor days, in the
United States, Canada, the United Kingdom, Ireland, France, Germany, Belgium, Spain, Sweden (kronor only as an aside),
Japan, Singapore, India (rupees only as an aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros,
pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total laundry or dry-cleaning revenue
beside the AI part, numbers of machines, shops, garments or kilograms washed, a machine's price, a chain's own revenue
or margin, a funding round and valuation, a quarter's or a half-year's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on AI in laundry, dry cleaning and textile care (garment sorting and stain recognition,
pick-up and delivery scheduling, predictive maintenance of washers and dryers, hotel and hospital linen tracking, smart
washers' cloud services): eight English prose pieces (a Dublin tender notice, a podcast transcript, a bulleted
newsletter with one bold figure, a research house's key findings with three regional shares, a German trade feature, a
social-media post with emojis, a UK press release in split fiscal years counted by their first year, a Las Vegas keynote
sizing a TAM beside a second house's 2028 figure), seven Chinese prose pieces (a broker note with 2024A/2025E/2026E, a
city 政府工作报告 with a 突破 target, a WeChat article with 【】 headings, a Zhihu answer quoting two houses, a Taiwan ministry
release in 新台幣億元, a Hong Kong prospectus in 億港元, a Taiwan newspaper story with 去年/今年 and 成長N成) and five tables (markdown
A/E columns with a CAGR column in yen, tab-separated with a unit column per row, space-aligned European regions with
shares and a Total row, a vertical year table headed by its unit only, a Traditional Chinese table with 合計 and 年增率).
Left out: total laundry revenue, plants, shops, machines, kilograms and garments, machine prices, chains' own revenue
and margins, funding rounds, quarters and half-years, survey answers, rupees and kronor, the second house's figures.
Inconsistent: the newsletter's 14.8% CAGR, the German feature's 24% CAGR, the Japanese table's predictive-maintenance
CAGR and the Benelux 13.3% share; holding only by rounding: the podcast's CAGR, Asia-Pacific's 23%, the UK 17.9% rise,
the WeChat 45% share, the Taiwan 12.6% 年增率, the newspaper's 4成, France's 23.9%, the US table's 2024 YoY and the Taiwan
table's AI衣物辨識分類 年增率.

Snippets 21-40: Twenty snippets on AI in laundry, dry cleaning and textile care (stain recognition and garment sorting
in industrial laundries, scheduling and route planning for pick-up and delivery apps, predictive maintenance of
commercial washers and dryers, linen tracking for hotels and hospitals, smart washers' cloud services): eight English
prose pieces (a Dublin tender notice with market context, an Osaka shareholders' meeting Q&A sizing a TAM with this year
and last year, an academic's op-ed with a tripling since 2020 and an inferred-span CAGR, a laundromat-owners' forum post
whose EDIT line corrects the 2024 figure, a Singapore press release with Key highlights bullets, a research blog with a
2028 range, a British trade body's review that revises 2023, a Berlin brief with numbers in words and a kronor aside),
seven Chinese prose pieces (a People's Daily-style story, a Guangdong notice in Traditional script with 力爭 and 翻一番, a
startup story, a Taiwan article in 新台幣億元, a Hong Kong note in 億港元 with a part and its share, broker call minutes with
2025E, a white paper with a 2030 range and 增长1.6倍) and five tables (markdown with H1, H2 and full-year columns, tab-
separated French segments with a share column, space-aligned Chinese segments with a 同比 column, a vertical Canadian
table of years with E rows, a German markdown table with indented sub-segments). Left out: total laundry and textile-
service turnover and retail sales, counts of machines, plants, shops, sites, hotels, orders and tonnes of linen, a
washer's and a sensor's price, contract values, firms' own revenue, margins, dividends and target prices, a funding
round and valuation, half-year and quarter figures, survey and penetration percentages, shares in words, kronor and
Canadian dollars, a withdrawn 2023 figure and a misprinted 2024 one. Inconsistent: the Singapore 64% share, the Hong
Kong 72% share, the 2023 total of the H1/H2 table, the 设备预测性维护 同比. Rounding only: the Osaka 16%, the forum's 24%, the
People's Daily 19.5% CAGR, the Taiwan 19%, the broker's 31%, two French shares, the Canadian 2023 YoY and the German
2025E Total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dublin tender notice (public hospital laundries) sizing the Irish market its framework buys into: YoY growth
    #    with both amounts, exact. Expected nowhere: the dateline, the tender reference number, the four-year term, the
    #    41 million kilograms of linen, the 29 sites, the framework's own €12.5 million value, the closing date.
    dict(
        text=(
            "TENDER NOTICE. Health Service Procurement Office, Dublin, 3 March 2025. Ref. HSPO/2025/0417. The Office "
            "invites bids for a four-year framework covering AI-assisted linen tracking, soil-level sorting and "
            "wash-cycle scheduling at public hospital laundries. Background: according to the Irish Textile Care "
            "Association, the Irish market for AI linen-tracking and laundry-automation software in hospitals and "
            "nursing homes was worth \u20ac38.4 million in 2024, up 21% from \u20ac31.7 million in 2023. Public "
            "hospital laundries processed some 41 million kilograms of linen last year across 29 sites. The framework "
            "carries an estimated value of \u20ac12.5 million excluding VAT. Tenders close at noon on 14 April 2025 "
            "and must be lodged through the national eTenders portal."
        ),
        obs=[
            ("Total", 2023, 31.7, "EUR million", "actual"),
            ("Total", 2024, 38.4, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 31.7) ** (1 / 1) - 1 = 21.14% -> 21
        ],
    ),
    # 2. Podcast transcript with speakers' names: "about $418 million" (approximate, at its printed figure), "so
    #    roughly, $1.1 billion" converted to the series' unit (USD million), a CAGR with its printed span that holds
    #    only by rounding. Expected nowhere: the episode number and recording date, the $14.6 billion US laundry and
    #    dry-cleaning industry (total), the app's $40 million round and $310 million valuation.
    dict(
        text=(
            "[Transcript excerpt, The Spin Cycle podcast, episode 112, recorded 9 April 2025]\n"
            "DANA WHITLOCK: So how big is the AI piece of pick-up and delivery laundry right now?\n"
            "RAJ MENON: In the U.S., the software that schedules pickups and plans driver routes for laundry apps was "
            "about $418 million in 2024. We think it gets to, so roughly, $1.1 billion by 2029. That's a compound "
            "annual growth rate of 21.7% from 2024 through 2029, by our numbers at Corbel Street Research.\n"
            "DANA WHITLOCK: And that's against a U.S. laundry and dry-cleaning industry doing what, $14 billion?\n"
            "RAJ MENON: Call it $14.6 billion. Tiny slice, but it's the slice that decides whether a driver makes "
            "nine stops an hour or fourteen. And money is following it: one of the apps we track just raised $40 "
            "million at a $310 million valuation."
        ),
        obs=[
            ("Total", 2024, 418, "USD million", "actual"),
            ("Total", 2029, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1100 / 418) ** (1 / 5) - 1 = 21.35% -> 21.4, not 21.7; bounds (1050 / 418.5) ** (1/5) - 1 = 20.20%,
            # (1150 / 417.5) ** (1/5) - 1 = 22.46% -> 21.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Bulleted newsletter (US and Canada, predictive maintenance of commercial washers and dryers): bullets by
    #    year, the bold 2028 figure **$1.2bn** converted to USD million; the y/y rate is exact, the 14.8% CAGR is
    #    inconsistent. Expected nowhere: the issue number and date, the Q1 2025 bookings, the Series B, the 60-lb
    #    washer-extractor and its $38,000 price.
    dict(
        text=(
            "THE RINSE, weekly laundry-tech newsletter, issue #87, 16 May 2025\n"
            "This week: what AI predictive maintenance is worth to North American commercial laundries. Sensor-and-"
            "model packages that flag failing bearings, drum imbalance and lint build-up before a dryer catches fire "
            "are selling fast. Per Tallgrass Equipment Research's new sizing of the U.S. and Canadian market:\n"
            "\u2022 2023: $610m\n"
            "\u2022 2024: $742m (+21.6% y/y)\n"
            "\u2022 2028: **$1.2bn**, a 14.8% CAGR over 2024-2028\n"
            "\u2022 Q1 2025: $196m booked, a record quarter\n"
            "Elsewhere: Canadian start-up Lintwise closed a $22m Series B, and a new 60-lb soft-mount washer-extractor "
            "now lists for about $38,000. Reply to this email with tips."
        ),
        obs=[
            ("Total", 2023, 610, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2028, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("cagr", 14.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 610) ** (1 / 1) - 1 = 21.64% -> 21.6
            # (1200 / 742) ** (1 / 4) - 1 = 12.77% -> 12.8, not 14.8; bounds (1150 / 742.5) ** (1/4) - 1 = 11.56%,
            # (1250 / 741.5) ** (1/4) - 1 = 13.95% -> 14.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Research house's "Key findings" list (global AI garment sorting and stain recognition): a total and three
    #    regions with shares; Asia-Pacific's "about 23%" holds only by rounding. Expected nowhere: the outlook's title
    #    year and publication date, the list numbers, the 72% survey answer, the 310 operators surveyed, the 2,400
    #    garments an hour, the 2027 plan year.
    dict(
        text=(
            "Key findings: Global AI Garment Sorting Outlook 2025 (Meridale Research, Singapore, June 2025)\n"
            "1. Industrial laundries worldwide spent $540 million in 2024 on AI stain recognition and automated "
            "garment sorting.\n"
            "2. North America accounted for $205 million, or 38% of the total.\n"
            "3. Europe followed with $167 million (31%), led by hotel-linen processors in Germany and France.\n"
            "4. Asia-Pacific contributed $127 million, about 23%, with Japan and Singapore the early adopters.\n"
            "5. 72% of the 310 laundry operators we surveyed plan to add vision-based sorting by 2027.\n"
            "6. A typical AI sorting line now handles 2,400 garments an hour with two operators instead of six."
        ),
        obs=[
            ("Total", 2024, 540, "USD million", "actual"),
            ("North America", 2024, 205, "USD million", "actual"),
            ("Europe", 2024, 167, "USD million", "actual"),
            ("Asia-Pacific", 2024, 127, "USD million", "actual"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 205 / 540 = 37.96% -> 38
            ("arithmetic", "exact"),  # 167 / 540 = 30.93% -> 31
            # 127 / 540 = 23.52% -> 24, not 23; bounds 126.5 / 540.5 = 23.40%, 127.5 / 539.5 = 23.63%
            # -> 23 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. German trade-magazine feature: "from €96 million in 2024 to €310 million by 2030" with a CAGR whose span only
    #    its amounts' years give (inferred); the 24% is inconsistent. Expected nowhere: the issue date, the €3.9
    #    billion of textile-service turnover (total), the 1.1 million tonnes washed, the €1.4 million tunnel washer.
    dict(
        text=(
            "Textilpflege Heute, feature, September 2025 issue. In a Duesseldorf hotel-linen plant, a camera gantry "
            "now decides which pillowcases go back into the wash and which are torn beyond repair. Such systems are "
            "spreading. German spending on AI in commercial laundries, from vision systems that spot stains and tears "
            "to RFID-linked linen tracking and machine-health models, will climb from \u20ac96 million in 2024 to "
            "\u20ac310 million by 2030, according to a study by the Rhineland Institute for Textile Services, which "
            "puts the compound annual growth rate at 24%. For perspective, the country's textile-service firms turned "
            "over about \u20ac3.9 billion last year and washed roughly 1.1 million tonnes of textiles. A new tunnel "
            "washer, the heart of any such plant, runs to \u20ac1.4 million."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 310, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (310 / 96) ** (1 / 6) - 1 = 21.58% -> 22, not 24; bounds (309.5 / 96.5) ** (1/6) - 1 = 21.43%,
            # (310.5 / 95.5) ** (1/6) - 1 = 21.71% -> 24 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 6. Social-media post with emojis and abbreviated amounts (smart washers' cloud services, worldwide): "USD 1.2 bn"
    #    and "USD 0.95 bn" in USD billion with an exact +26% y/y; Europe's "€450m" is a part of its own (EUR million).
    #    Expected nowhere: the 41% survey answer, the €18m round and €95m valuation, the handles and hashtags.
    dict(
        text=(
            "\U0001f9fa\U0001f916 Big week for #LaundryTech! Fresh numbers from @FoldlineAnalytics: cloud services for "
            "AI-powered smart washing machines (remote diagnostics, auto-dosing, cycle recommendations) hit USD 1.2 bn "
            "worldwide in 2024 \U0001f440 up from USD 0.95 bn in 2023, that's +26% y/y \U0001f4c8 Europe alone? "
            "\u20ac450m in 2024 \U0001f1ea\U0001f1fa And 41% of owners say they'd pay for a premium app tier "
            "\U0001f914 Meanwhile our friends at SpinStack just raised \u20ac18m at a \u20ac95m valuation "
            "\U0001f680 Congrats team! Full thread below \U0001f447 #AI #SmartHome #Laundry #IoT"
        ),
        obs=[
            ("Total", 2023, 0.95, "USD billion", "actual"),
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Europe", 2024, 450, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 0.95) ** (1 / 1) - 1 = 26.32% -> 26
        ],
    ),
    # 7. London association press release in split fiscal years (FY2024/25, the year to March 2025, counts as its
    #    first number, 2024, as fiscal 2024 does): YoY with both amounts, 17.9% only by rounding; FY2025/26 and
    #    FY2028/29 expectations are estimates (2025, 2028). Expected nowhere: the dateline, the £1.9 billion laundry
    #    turnover (total), the 370 plants, the 28,000 staff, the second half's £46.2 million.
    dict(
        text=(
            "LONDON, 24 June 2025. The Textile Services Association of Britain today published its annual technology "
            "census. UK spending on AI for commercial laundries, covering garment sorting, linen tracking, route "
            "planning and predictive maintenance, reached \u00a384.6 million in FY2024/25 (the year to March 2025), "
            "up 17.9% from \u00a371.8 million in FY2023/24. The association expects \u00a396 million in FY2025/26 and "
            "\u00a3150 million by FY2028/29 as hotel groups renegotiate linen contracts. Members' total laundry "
            "turnover was \u00a31.9 billion; they run around 370 plants and employ 28,000 people. Second-half "
            "spending, from October to March, came to \u00a346.2 million. \"Every plant manager now asks about "
            "vision sorting,\" said the association's chair."
        ),
        obs=[
            ("Total", 2023, 71.8, "GBP million", "actual"),
            ("Total", 2024, 84.6, "GBP million", "actual"),
            ("Total", 2025, 96, "GBP million", "estimate"),
            ("Total", 2028, 150, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (84.6 / 71.8) ** (1 / 1) - 1 = 17.83% -> 17.8, not 17.9; bounds 84.55 / 71.85 - 1 = 17.68%,
            # 84.65 / 71.75 - 1 = 17.98% -> 17.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Conference keynote summary: the laundry group's sized total addressable market (hotel and hospital linen
    #    tracking and sorting) is the market (Total, USD billion), with a CAGR over a printed span. Expected nowhere:
    #    Pellmore & Co.'s second 2028 figure of $3.7 billion, the group's 140 plants, its $1.06 billion revenue and 11%
    #    margin, the $75 million investment, the expo's title year and date.
    dict(
        text=(
            "Keynote recap: CleanLogic Expo 2025, Las Vegas, 22 October 2025. Opening the show, Harriet Osei, chief "
            "executive of Brightwater Laundry Group, sized the company's total addressable market in AI linen "
            "tracking and automated sorting for hotels and hospitals at $2.3 billion in 2024, rising to $4.1 billion "
            "in 2028, a compound annual growth rate of 15.5% over 2024-2028. Consultancy Pellmore & Co., she noted, "
            "puts the 2028 market a little lower, at $3.7 billion. Brightwater, which runs 140 plants, booked revenue "
            "of $1.06 billion last year at an 11% EBITDA margin, and Osei announced a $75 million programme to fit "
            "camera sorting to its ten largest sites by 2027."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2028, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.3) ** (1 / 4) - 1 = 15.55% (15.548) -> 15.5
        ],
    ),
    # 9. Mainland broker note (Simplified) with 2024A/2025E/2026E inside its sentences: two 同比 rates, both exact;
    #    2025E and 2026E are estimates. Expected nowhere: the date, the covered company's target price and upside, its
    #    revenue, gross margin and Q1 segment revenue, the 约3,200家 firms.
    dict(
        text=(
            "【华晟证券·行业深度】智能洗护:AI分拣与去渍识别进入放量期(2025年7月8日)\n"
            "我们测算,国内工业洗涤企业在AI污渍识别与衣物智能分拣上的投入规模2024A为12.6亿元,2025E、2026E分别为"
            "17.1亿元、22.8亿元,同比增速分别为35.7%、33.3%。驱动因素包括酒店布草洗涤外包率提升、人工成本持续上行"
            "以及视觉识别模型成本下降。重点推荐洁云科技(买入,目标价28.5元,较现价有32%上涨空间),公司2024年营收"
            "4.3亿元,毛利率41.2%;2025年一季度AI分拣业务收入0.8亿元。目前全国规模以上工业洗涤企业约3,200家,"
            "行业集中度仍低。"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2025, 17.1, "CNY 100 million", "estimate"),
            ("Total", 2026, 22.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.7, "percent", 2024, 2025, 1.0),
            ("growth", 33.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.1 / 12.6) ** (1 / 1) - 1 = 35.71% -> 35.7
            ("cagr|implied", "exact"),  # (22.8 / 17.1) ** (1 / 1) - 1 = 33.33% -> 33.3
        ],
    ),
    # 10. City 政府工作报告 (Simplified): 同比增长 with both amounts, exact; 今年 is the report's year (2025) and its
    #     突破10亿元 target is an estimate at its printed figure. Expected nowhere: the report's title year, the 460
    #     firms, the 约3.5亿件 linen pieces, the 1.2万 workers, the 12 demonstration plants, the 5.5% GDP target.
    dict(
        text=(
            "青澜市2025年政府工作报告(摘要)\n"
            "过去一年,我市加快培育智慧洗涤新业态。2024年全市洗涤行业人工智能应用(含布草智能追踪、AI排程配送和"
            "设备预测性维护)市场规模达到8.6亿元,较上年的7.3亿元同比增长17.8%。全市洗涤企业达到460家,年洗涤布草"
            "约3.5亿件,从业人员1.2万人。今年主要目标是:智慧洗涤AI应用规模突破10亿元,新建市级智能洗涤示范工厂"
            "12家,全市地区生产总值增长5.5%左右。我们将持续优化营商环境,推动洗涤产业向绿色化、智能化转型。"
        ),
        obs=[
            ("Total", 2023, 7.3, "CNY 100 million", "actual"),
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2025, 10, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 7.3) ** (1 / 1) - 1 = 17.81% -> 17.8
        ],
    ),
    # 11. WeChat-account article (Simplified) with 【】 headings: an approximate total (约5.2亿元, at its printed figure)
    #     with an exact rise, a part with its share (占比约45%) holding only by rounding. Expected nowhere: the 约7,800
    #     hotels, the 8 tonnes a day, the 61% survey answer, the 1.2元 chip price.
    dict(
        text=(
            "【洗护观察】酒店布草的“数字身份证”生意有多大?\n"
            "【市场规模】据衡川咨询最新发布的数据,2024年我国酒店与医院布草AI追踪市场规模约为5.2亿元,较2023年的"
            "3.9亿元增长33.3%。\n"
            "【细分结构】其中,RFID+视觉识别一体化方案市场规模为2.3亿元,占比约45%,是最大的细分板块。\n"
            "【行业现状】目前全国星级酒店约7,800家,一条布草洗涤线一天可处理约8吨布草;在受访酒店中,61%表示两年内会"
            "部署布草追踪系统。\n"
            "【小编说】一枚超高频洗涤芯片的单价已降至1.2元左右,规模化的门槛正在消失。"
        ),
        obs=[
            ("Total", 2023, 3.9, "CNY 100 million", "actual"),
            ("Total", 2024, 5.2, "CNY 100 million", "actual"),
            ("RFID+视觉识别一体化方案", 2024, 2.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.2 / 3.9) ** (1 / 1) - 1 = 33.33% -> 33.3
            # 2.3 / 5.2 = 44.23% -> 44, not 45; bounds 2.25 / 5.25 = 42.86%, 2.35 / 5.15 = 45.63%
            # -> 45 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 12. Zhihu-style answer (Simplified) quoting two research houses on smart washers' cloud services: the first
    #     house's base, target and CAGR with span are the snippet's (exact). Expected nowhere: 天鉴研究院's 74亿元 for
    #     2028, the 约700亿元 of washer retail sales (total), the 约3,900万台 units, the 3,500元 price, the 23% survey
    #     answer, the eight years.
    dict(
        text=(
            "问:智能洗衣机的云服务到底能不能赚钱?市场有多大?\n"
            "答:谢邀,在家电行业干了八年,说点数据。按照艾析咨询的口径,2024年国内AI智能洗衣机云服务(远程诊断、"
            "智能投放、程序推荐等)市场规模是31.5亿元,预计2028年达到68.0亿元,2024—2028年复合增长率21.2%。另一家"
            "机构天鉴研究院给出的2028年预测更乐观,是74亿元,但它把洗烘一体机的售后增值服务也算了进去。作为参照,"
            "2024年国内洗衣机零售额大约700亿元,销量约3,900万台;一台带AI功能的滚筒洗衣机均价在3,500元上下。我身边"
            "做调研的朋友说,只有23%的用户愿意为云服务单独付费。所以结论是:能赚钱,但主要靠厂商打包。"
        ),
        obs=[
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2028, 68.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68.0 / 31.5) ** (1 / 4) - 1 = 21.21% -> 21.2
        ],
    ),
    # 13. Taiwan ministry news release (Traditional) in 新台幣億元: a 年增率 with both amounts holding only by rounding,
    #     a part (約, at its printed figure), a 可望 2025 figure (estimate). Expected nowhere: the release date, the
    #     survey's title year, the 6,800 self-service laundries, the 512 firms interviewed.
    dict(
        text=(
            "經濟部產業發展署新聞稿(發布日期:2025年6月18日)\n"
            "產業發展署今(18)日發布「2025智慧洗衣產業調查」。調查顯示,2024年國內洗衣業導入AI相關應用(包括智慧"
            "洗衣機雲端服務、AI排程取送及設備預測性維護)之市場規模達新台幣46.8億元,較2023年的41.6億元成長,"
            "年增率12.6%。其中,自助洗衣店雲端管理系統約新台幣14.2億元。署方預估,2025年市場規模可望達新台幣53億元。"
            "全台自助洗衣店已逾6,800家,本次調查共訪問業者512家,署方將持續輔導業者數位轉型。"
        ),
        obs=[
            ("Total", 2023, 41.6, "TWD 100 million", "actual"),
            ("Total", 2024, 46.8, "TWD 100 million", "actual"),
            ("自助洗衣店雲端管理系統", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2025, 53, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (46.8 / 41.6) ** (1 / 1) - 1 = 12.50% -> 12.5, not 12.6; bounds 46.75 / 41.65 - 1 = 12.24%,
            # 46.85 / 41.55 - 1 = 12.76% -> 12.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong listing prospectus, industry overview (Traditional), a consultancy's two 複合年增長率 with printed
    #     spans in 億港元 (HKD 100 million), both exact. Expected nowhere: the laundry-services industry's 52.3 and 61.8
    #     億港元 (total), the 約180間 plants, the company's own revenue over the track record period.
    dict(
        text=(
            "行業概覽\n"
            "根據弗思諮詢報告,香港商業洗衣及布草服務的人工智能應用(包括AI布草追蹤、智能分揀及收送排程)市場規模由"
            "2019年的3.2億港元增至2024年的7.9億港元,複合年增長率為19.8%。受酒店業復甦及公立醫院外判洗滌需求帶動,"
            "預計該市場規模將於2029年達到18.6億港元,2024年至2029年的複合年增長率為18.7%。同期,香港商業洗衣服務"
            "行業總收入由2019年的52.3億港元增至2024年的61.8億港元。截至2024年底,香港共有約180間商業洗衣廠。本公司"
            "於往績記錄期間的收益分別為1.12億港元、1.35億港元及1.58億港元。"
        ),
        obs=[
            ("Total", 2019, 3.2, "HKD 100 million", "actual"),
            ("Total", 2024, 7.9, "HKD 100 million", "actual"),
            ("Total", 2029, 18.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2019, 2024, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 3.2) ** (1 / 5) - 1 = 19.81% -> 19.8
            ("cagr|implied", "exact"),  # (18.6 / 7.9) ** (1 / 5) - 1 = 18.68% -> 18.7
        ],
    ),
    # 15. Taiwan newspaper story (Traditional) dated 2025: 去年 is 2024 (約12億元, at its printed figure), 今年 2025 an
    #     estimate; 成長約4成 is a 40% rise from 2023 that holds only by rounding, 成長3成 a 30% rise, exact.
    #     Expected nowhere: the reporter's dateline, the 45萬元 machine price, the chain's 6.3億元 revenue and 420
    #     stores, the first quarter's 52% order growth.
    dict(
        text=(
            "〔記者陳柏宇/台北報導〕2025年3月12日\n"
            "AI走進洗衣店!國內洗衣連鎖陸續導入AI智慧排程取送與衣物辨識分類,相關市場快速擴大。資策會產業情報研究所"
            "估計,去年國內洗衣業AI應用市場規模約新台幣12億元,較2023年的8.5億元成長約4成;今年可望再成長3成,達到"
            "15.6億元。業者透露,一台商用AI洗脫烘設備要價約新台幣45萬元;龍頭連鎖「潔淨家」去年營收6.3億元,全台門市"
            "突破420家,今年第1季AI取送訂單量年增52%。分析師指出,人力短缺是業者導入AI的最大動力。"
        ),
        obs=[
            ("Total", 2023, 8.5, "TWD 100 million", "actual"),
            ("Total", 2024, 12, "TWD 100 million", "actual"),
            ("Total", 2025, 15.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (12 / 8.5) ** (1 / 1) - 1 = 41.18% -> 41, not 40; bounds 11.5 / 8.55 - 1 = 34.50%,
            # 12.5 / 8.45 - 1 = 47.93% -> 40 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (15.6 / 12) ** (1 / 1) - 1 = 30.00% -> 30
        ],
    ),
    # 16. Markdown table (Japan, ¥ billion = JPY billion) with 2024A, 2025E and 2026E columns and a CAGR column
    #     (stated, span in its header) and a Total row; rows add to the Total; the predictive-maintenance CAGR of 15.9%
    #     is inconsistent. Expected nowhere: the table number, the source's month and year, the 94,000 outlets.
    dict(
        text=(
            "Table 2: Japan, AI in commercial laundry and dry cleaning by application (\u00a5 billion)\n"
            "| Application | 2024A | 2025E | 2026E | CAGR 2024-26 |\n"
            "|---|---|---|---|---|\n"
            "| AI garment sorting and stain recognition | 8.4 | 10.6 | 13.1 | 24.9% |\n"
            "| AI linen tracking for hotels and hospitals | 6.2 | 7.5 | 9.0 | 20.5% |\n"
            "| AI predictive maintenance of washers and dryers | 4.9 | 5.8 | 7.0 | 15.9% |\n"
            "| Total | 19.5 | 23.9 | 29.1 | 22.2% |\n"
            "Source: Kanda Textile Care Research, August 2025. A = actual, E = estimate. Japan counts some 94,000 "
            "dry-cleaning outlets and coin laundries."
        ),
        obs=[
            ("AI garment sorting and stain recognition", 2024, 8.4, "JPY billion", "actual"),
            ("AI garment sorting and stain recognition", 2025, 10.6, "JPY billion", "estimate"),
            ("AI garment sorting and stain recognition", 2026, 13.1, "JPY billion", "estimate"),
            ("AI linen tracking for hotels and hospitals", 2024, 6.2, "JPY billion", "actual"),
            ("AI linen tracking for hotels and hospitals", 2025, 7.5, "JPY billion", "estimate"),
            ("AI linen tracking for hotels and hospitals", 2026, 9.0, "JPY billion", "estimate"),
            ("AI predictive maintenance of washers and dryers", 2024, 4.9, "JPY billion", "actual"),
            ("AI predictive maintenance of washers and dryers", 2025, 5.8, "JPY billion", "estimate"),
            ("AI predictive maintenance of washers and dryers", 2026, 7.0, "JPY billion", "estimate"),
            ("Total", 2024, 19.5, "JPY billion", "actual"),
            ("Total", 2025, 23.9, "JPY billion", "estimate"),
            ("Total", 2026, 29.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.1 / 8.4) ** (1 / 2) - 1 = 24.88% -> 24.9
            ("cagr|implied", "exact"),  # (9.0 / 6.2) ** (1 / 2) - 1 = 20.48% -> 20.5
            # (7.0 / 4.9) ** (1 / 2) - 1 = 19.52% -> 19.5, not 15.9; bounds (6.95 / 4.95) ** (1/2) - 1 = 18.49%,
            # (7.05 / 4.85) ** (1/2) - 1 = 20.57% -> 15.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (29.1 / 19.5) ** (1 / 2) - 1 = 22.16% -> 22.2
            ("hierarchy", "exact"),  # 2024A: 8.4 + 6.2 + 4.9 = 19.5
            ("hierarchy", "exact"),  # 2025E: 10.6 + 7.5 + 5.8 = 23.9
            ("hierarchy", "exact"),  # 2026E: 13.1 + 9.0 + 7.0 = 29.1
        ],
    ),
    # 17. Tab-separated table of pick-up and delivery scheduling software by market, each row stating its unit in a
    #     column of its own (GBP million, EUR million, JPY billion, HKD million); four YoY rates, France's 23.9% only
    #     by rounding. Expected nowhere: the table number, India's ₹4.6 billion (rupees, not in the unit table), the
    #     kronor aside, the 2,100 delivery vans.
    dict(
        text=(
            "Table 3: AI pick-up and delivery scheduling software for laundry apps, selected markets\n"
            "Market\tUnit\t2023\t2024\tYoY\n"
            "United Kingdom\tGBP million\t21.4\t26.9\t25.7%\n"
            "France\tEUR million\t18.2\t22.5\t23.9%\n"
            "Japan\tJPY billion\t3.1\t3.8\t22.6%\n"
            "Hong Kong\tHKD million\t96\t118\t22.9%\n"
            "Note: India's market, at some \u20b94.6 billion in 2024, and Sweden's, at about SEK 140 million, are not "
            "shown. The four markets together run roughly 2,100 app-dispatched delivery vans. Source: Halvard & Lowe "
            "Mobility Research."
        ),
        obs=[
            ("United Kingdom", 2023, 21.4, "GBP million", "actual"),
            ("United Kingdom", 2024, 26.9, "GBP million", "actual"),
            ("France", 2023, 18.2, "EUR million", "actual"),
            ("France", 2024, 22.5, "EUR million", "actual"),
            ("Japan", 2023, 3.1, "JPY billion", "actual"),
            ("Japan", 2024, 3.8, "JPY billion", "actual"),
            ("Hong Kong", 2023, 96, "HKD million", "actual"),
            ("Hong Kong", 2024, 118, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.9 / 21.4) ** (1 / 1) - 1 = 25.70% -> 25.7
            # (22.5 / 18.2) ** (1 / 1) - 1 = 23.63% -> 23.6, not 23.9; bounds 22.45 / 18.25 - 1 = 23.01%,
            # 22.55 / 18.15 - 1 = 24.24% -> 23.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 22.6
            ("cagr|implied", "exact"),  # (118 / 96) ** (1 / 1) - 1 = 22.92% -> 22.9
        ],
    ),
    # 18. Space-aligned table of European hotel linen tracking by region (EUR million, 2024) with a share column and
    #     a Total row: rows add to the Total; Benelux's 13.3% is inconsistent; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the kronor conversion rate, the 41,000 hotels.
    dict(
        text=(
            "Europe: AI linen tracking for hotels by region, 2024\n"
            "Region               EUR million     Share\n"
            "Germany                     48.6     27.4%\n"
            "France                      39.2     22.1%\n"
            "United Kingdom              33.5     18.9%\n"
            "Benelux                     21.8     13.3%\n"
            "Spain                       19.4     10.9%\n"
            "Nordics                     14.7      8.3%\n"
            "Total                      177.2    100.0%\n"
            "Note 4: Nordic figures converted from kronor at SEK 11.4 per euro. The regions shown count about 41,000 "
            "hotels. Source: Brabant Hospitality Analytics."
        ),
        obs=[
            ("Germany", 2024, 48.6, "EUR million", "actual"),
            ("France", 2024, 39.2, "EUR million", "actual"),
            ("United Kingdom", 2024, 33.5, "EUR million", "actual"),
            ("Benelux", 2024, 21.8, "EUR million", "actual"),
            ("Spain", 2024, 19.4, "EUR million", "actual"),
            ("Nordics", 2024, 14.7, "EUR million", "actual"),
            ("Total", 2024, 177.2, "EUR million", "actual"),
        ],
        claims=[
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 10.9, "percent", 2024, 2024, None),
            ("share", 8.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 177.2 = 27.43% -> 27.4
            ("arithmetic", "exact"),  # 39.2 / 177.2 = 22.12% -> 22.1
            ("arithmetic", "exact"),  # 33.5 / 177.2 = 18.91% -> 18.9
            # 21.8 / 177.2 = 12.30% -> 12.3, not 13.3; bounds 21.75 / 177.25 = 12.27%, 21.85 / 177.15 = 12.33%
            # -> 13.3 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 19.4 / 177.2 = 10.95% -> 10.9
            ("arithmetic", "exact"),  # 14.7 / 177.2 = 8.30% -> 8.3
            ("hierarchy", "exact"),  # 48.6 + 39.2 + 33.5 + 21.8 + 19.4 + 14.7 = 177.2
        ],
    ),
    # 19. Vertical markdown table whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E and 2026E estimates; the 2024 YoY of 19.4% holds only by rounding.
    #     Expected nowhere: the source's month and year, the 6,100 hospitals, the 2021 dash.
    dict(
        text=(
            "United States: AI linen tracking in hospitals and health systems\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 142 | - |\n"
            "| 2022 | 171 | 20.4% |\n"
            "| 2023 | 204 | 19.3% |\n"
            "| 2024 | 243 | 19.4% |\n"
            "| 2025E | 288 | 18.5% |\n"
            "| 2026E | 339 | 17.7% |\n"
            "Source: Larkspur Healthcare Services Research, May 2025; the US has about 6,100 hospitals. E = estimate."
        ),
        obs=[
            ("Total", 2021, 142, "USD million", "actual"),
            ("Total", 2022, 171, "USD million", "actual"),
            ("Total", 2023, 204, "USD million", "actual"),
            ("Total", 2024, 243, "USD million", "actual"),
            ("Total", 2025, 288, "USD million", "estimate"),
            ("Total", 2026, 339, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2021, 2022, 1.0),
            ("growth", 19.3, "percent", 2022, 2023, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
            ("growth", 17.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (171 / 142) ** (1 / 1) - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # (204 / 171) ** (1 / 1) - 1 = 19.30% -> 19.3
            # (243 / 204) ** (1 / 1) - 1 = 19.12% -> 19.1, not 19.4; bounds 242.5 / 204.5 - 1 = 18.58%,
            # 243.5 / 203.5 - 1 = 19.66% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (288 / 243) ** (1 / 1) - 1 = 18.52% -> 18.5
            ("cagr|implied", "exact"),  # (339 / 288) ** (1 / 1) - 1 = 17.71% -> 17.7
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣億元 = TWD 100 million) with a 合計 row (its label is
    #     the total's item) and a 年增率 column: rows add to 合計 in both years; AI衣物辨識分類's 17.6% holds only by
    #     rounding. Expected nowhere: the table number, the 2,300 firms in the note.
    dict(
        text=(
            "表5 臺灣洗衣業AI應用市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t年增率\n"
            "智慧洗衣機雲端服務\t12.8\t14.9\t16.4%\n"
            "AI排程取送平台\t9.5\t11.6\t22.1%\n"
            "AI衣物辨識分類\t6.3\t7.4\t17.6%\n"
            "設備預測性維護\t4.1\t4.9\t19.5%\n"
            "合計\t32.7\t38.8\t18.7%\n"
            "資料來源:台灣洗衣產業研究中心;調查對象涵蓋約2,300家業者。"
        ),
        obs=[
            ("智慧洗衣機雲端服務", 2023, 12.8, "TWD 100 million", "actual"),
            ("智慧洗衣機雲端服務", 2024, 14.9, "TWD 100 million", "actual"),
            ("AI排程取送平台", 2023, 9.5, "TWD 100 million", "actual"),
            ("AI排程取送平台", 2024, 11.6, "TWD 100 million", "actual"),
            ("AI衣物辨識分類", 2023, 6.3, "TWD 100 million", "actual"),
            ("AI衣物辨識分類", 2024, 7.4, "TWD 100 million", "actual"),
            ("設備預測性維護", 2023, 4.1, "TWD 100 million", "actual"),
            ("設備預測性維護", 2024, 4.9, "TWD 100 million", "actual"),
            ("合計", 2023, 32.7, "TWD 100 million", "actual"),
            ("合計", 2024, 38.8, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.9 / 12.8) ** (1 / 1) - 1 = 16.41% -> 16.4
            ("cagr|implied", "exact"),  # (11.6 / 9.5) ** (1 / 1) - 1 = 22.11% -> 22.1
            # (7.4 / 6.3) ** (1 / 1) - 1 = 17.46% -> 17.5, not 17.6; bounds 7.35 / 6.35 - 1 = 15.75%,
            # 7.45 / 6.25 - 1 = 19.20% -> 17.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4.9 / 4.1) ** (1 / 1) - 1 = 19.51% -> 19.5
            ("cagr|implied", "exact"),  # (38.8 / 32.7) ** (1 / 1) - 1 = 18.65% (18.654) -> 18.7
            ("hierarchy", "exact"),  # 2023: 12.8 + 9.5 + 6.3 + 4.1 = 32.7
            ("hierarchy", "exact"),  # 2024: 14.9 + 11.6 + 7.4 + 4.9 = 38.8
        ],
    ),
    # 21. Dublin tender notice (contract notice) quoting the Irish market for AI linen tracking in hospitals and hotels
    #     (EUR million): YoY with both amounts, a 2029 forecast with a CAGR of printed span. Expected nowhere: the
    #     notice's reference and dates, the 14 hospitals, the 310,000 kilograms of linen a week, the 1.2 million
    #     tagged items, the €4.8 million contract value (an order, not the market).
    dict(
        text=(
            "CONTRACT NOTICE - Ref. HSL-2025-0417 - Dublin, 10 March 2025\n"
            "Healthcare Shared Linen Services DAC invites tenders for an AI-enabled linen tracking and par-level "
            "forecasting service for 14 acute hospitals and their on-site laundries. Market context (for information "
            "only): according to the Irish Hospitality and Healthcare Textiles Forum, the Irish market for AI linen "
            "tracking in hospitals and hotels was worth \u20ac23.6 million in 2024, up 18% from \u20ac20.0 million in "
            "2023, and is forecast to reach \u20ac51 million by 2029, a compound annual growth rate of 16.7% over "
            "2024-2029. The service must handle roughly 310,000 kilograms of linen a week and about 1.2 million tagged "
            "items. Estimated contract value: \u20ac4.8 million over four years, excluding VAT. Clarification "
            "questions by 4 April 2025; tenders close at 12:00 on 22 April 2025."
        ),
        obs=[
            ("Total", 2023, 20.0, "EUR million", "actual"),
            ("Total", 2024, 23.6, "EUR million", "actual"),
            ("Total", 2029, 51, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 16.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 20.0) ** (1 / 1) - 1 = 18.00% -> 18
            ("cagr|implied", "exact"),  # (51 / 23.6) ** (1 / 5) - 1 = 16.66% -> 16.7
        ],
    ),
    # 22. Osaka shareholders' meeting Q&A ("Q:" / "A:") of a laundry group sizing the Japanese TAM for AI predictive
    #     maintenance of commercial washers and dryers (¥ billion = JPY billion): the TAM is the market (Total);
    #     "this year" is the meeting's year (2025, "about", printed figure, estimate), "last year" 2024 (actual); the
    #     YoY holds only by rounding; fiscal 2030 -> 2030 (estimate). Expected nowhere: the meeting's number and date,
    #     the group's revenue, growth and operating margin, the ¥48 dividend, the 3,900 machines and 41 plants.
    dict(
        text=(
            "Kansai Linen Holdings - 78th Ordinary General Meeting of Shareholders, Osaka, 26 June 2025 (Q&A, "
            "summary)\n"
            "Q: You keep mentioning predictive maintenance. How big is that opportunity beyond our own plants?\n"
            "A (President Kenji Moriyama): We put the total addressable market for AI predictive maintenance of "
            "commercial washers, dryers and ironers in Japan at about \u00a514.5 billion this year, up roughly 16% from "
            "\u00a512.4 billion last year, as hotel and hospital laundries replace fixed service intervals with failure "
            "prediction. By fiscal 2030 we expect the TAM to reach \u00a531 billion.\n"
            "Q: And our own numbers?\n"
            "A: Group revenue rose 4.2% to \u00a586.3 billion in fiscal 2024 at an operating margin of 7.1%, and we are "
            "proposing a year-end dividend of \u00a548 per share. We now monitor some 3,900 machines across 41 plants."
        ),
        obs=[
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2025, 14.5, "JPY billion", "estimate"),
            ("Total", 2030, 31, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (14.5 / 12.4) ** (1 / 1) - 1 = 16.94% -> 17, not 16; bounds 14.45 / 12.45 - 1 = 16.06%,
            # 14.55 / 12.35 - 1 = 17.81% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Op-ed by a Belgian professor on AI stain recognition and garment sorting in Europe's industrial laundries
    #     (EUR million): "has tripled since 2020" is a multiple x3 over 2020-2024 (no verdict, no 2020 figure);
    #     "some €186 million last year" is 2024 at its printed figure (actual); a 2030 forecast with "roughly 15% a
    #     year", a CAGR whose span only its amounts' years give (inferred). Expected nowhere: the dateline, the €14
    #     billion the sector bills, the 2,600 laundries, the 9 million tonnes of textiles.
    dict(
        text=(
            "OPINION - 3 February 2025\n"
            "The laundry learns to see\n"
            "By H\u00e9l\u00e8ne Vandermeulen, professor of operations management at the Universit\u00e9 libre de "
            "Gembloux\n"
            "Walk into an industrial laundry outside Brussels or Lyon and the first pair of eyes a soiled tablecloth "
            "meets is now a camera. Across Europe, spending on AI stain recognition and garment sorting in industrial "
            "laundries has tripled since 2020, reaching some \u20ac186 million last year, by the reckoning of the "
            "European Textile Services Observatory. The observatory expects \u20ac430 million by 2030, a pace of roughly "
            "15% a year. That is still small beside the \u20ac14 billion the sector bills each year, and the EU's "
            "roughly 2,600 industrial laundries still wash some 9 million tonnes of textiles with people doing most of "
            "the sorting. But the sorting table is where the injuries are, and that is where policy should look first."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Total", 2030, 430, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (430 / 186) ** (1 / 6) - 1 = 14.99% -> 15
        ],
    ),
    # 24. Laundromat owners' forum post on US AI scheduling and route planning for pick-up and delivery apps (USD
    #     million): "last year" is 2024 from the post's date; the EDIT line corrects 2024 to $182M, which is the
    #     year's figure; the 24% the post keeps holds against it only by rounding. Expected nowhere: the misprinted
    #     $188M, the ~28,000 laundromats, the $349/month price, the $40M Series B and $310M valuation, the 2-3 vans.
    dict(
        text=(
            "r/LaundromatOwners - posted by u/spin_cycle_sam - 14 Jan 2025\n"
            "Title: Is AI route planning for pickup & delivery worth it?\n"
            "Got pitched by two vendors this week, so I dug into the numbers. Ridgeway Research says US spending on AI "
            "scheduling and route planning for laundry pickup-and-delivery apps was $148M in 2023 and hit $188M last "
            "year, up 24%. They think it reaches $390M by 2028. For scale, there are ~28,000 laundromats in the US, and "
            "the vendor I liked wants $349/month per van. One of the big apps also just raised a $40M Series B at a "
            "$310M valuation, so the VC money is clearly there. Anyone running this with 2-3 vans?\n"
            "EDIT: misread the chart, 2024 was $182M, not $188M. The 24% is what the report says."
        ),
        obs=[
            ("Total", 2023, 148, "USD million", "actual"),
            ("Total", 2024, 182, "USD million", "actual"),
            ("Total", 2028, 390, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (182 / 148) ** (1 / 1) - 1 = 22.97% -> 23, not 24; bounds 181.5 / 148.5 - 1 = 22.22%,
            # 182.5 / 147.5 - 1 = 23.73% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Singapore wire press release with "Key highlights:" bullets on Asia-Pacific hotels' AI linen tracking (USD
    #     million): YoY with both amounts, a CAGR with printed span, a part with a share that no reading reaches.
    #     Expected nowhere: the dateline, the outlook's title year, the 58% survey answer, the 420 operators and 11
    #     markets.
    dict(
        text=(
            "SINGAPORE, 9 April 2025 /PRNewswire/ -- Straits Hospitality Analytics today released its Asia-Pacific "
            "Hotel Linen Intelligence Outlook 2025, which sizes spending by hotels on AI linen tracking, par-level "
            "forecasting and laundry-loss detection.\n"
            "Key highlights:\n"
            "- The Asia-Pacific market reached US$212 million in 2024, up 19% from US$178 million in 2023.\n"
            "- It is forecast to reach US$575 million by 2030, a CAGR of 18.1% over 2024-2030.\n"
            "- Luxury and upscale hotels accounted for US$131 million, or 64% of 2024 spending.\n"
            "- 58% of the hotel general managers surveyed plan to add camera-based linen audits within two years.\n"
            "The outlook draws on interviews with 420 hotel operators in 11 markets, including Singapore, Japan and "
            "India."
        ),
        obs=[
            ("Total", 2023, 178, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Luxury and upscale hotels", 2024, 131, "USD million", "actual"),
            ("Total", 2030, 575, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 178) ** (1 / 1) - 1 = 19.10% -> 19
            ("cagr|implied", "exact"),  # (575 / 212) ** (1 / 6) - 1 = 18.09% -> 18.1
            # 131 / 212 = 61.79%; bounds 130.5 / 212.5 = 61.41%, 131.5 / 211.5 = 62.17% -> 64 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 26. Research house's blog on AI cloud services for smart washers and dryers in the US and Canada (USD billion,
    #     the unit it first prints): YoY with both amounts; the 2028 range "$1.1-1.4 billion" gives two value claims
    #     (no observation). Expected nowhere: the blog's date, the 8.5 million washers sold, the $780 average price,
    #     "about one in five" (a fraction in words, no share of the market).
    dict(
        text=(
            "Hartwell & Crane Research blog - 17 September 2025\n"
            "Why your washer's cloud bill matters\n"
            "Connected washing machines now phone home for everything from detergent dosing to fault codes, and "
            "manufacturers have started to charge for the AI behind it. We estimate that spending on AI cloud services "
            "for smart washers and dryers in the US and Canada came to $0.62 billion in 2024, up 24% from $0.50 billion "
            "in 2023. Our base case puts 2028 at $1.1-1.4 billion, depending on how many owners accept paid "
            "subscriptions once free trials lapse. For scale, about 8.5 million washers were sold in the US last year "
            "at an average price near $780, and only about one in five ships with Wi-Fi switched on. The appliance "
            "makers' own service revenue is not in our numbers."
        ),
        obs=[
            ("Total", 2023, 0.5, "USD billion", "actual"),
            ("Total", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2028, 2028, None),
            ("value", 1.4, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.62 / 0.50) ** (1 / 1) - 1 = 24.00% -> 24
        ],
    ),
    # 27. British trade body's annual review on members' AI spending (GBP million): 2023 restated "revised from £51.7
    #     million to £49.9 million", so 2023 is expected at 49.9; the 17% YoY holds against the revised figure (it
    #     would be 12.96% on the withdrawn one); 2027 "about £95 million" at its printed figure (estimate). Expected
    #     nowhere: the review's title year and section number, the withdrawn £51.7 million, the £2.3 billion
    #     turnover, the 1,140 sites, the 1.6 million tonnes, the 43% survey answer.
    dict(
        text=(
            "Textile Care Britain - Annual Review 2025 - Section 4: Technology and automation\n"
            "Members' spending on AI - stain recognition and sorting on the wash floor, predictive maintenance of "
            "tunnel washers and dryers, and route planning for collection rounds - rose to \u00a358.4 million in 2024, "
            "17% more than in 2023. The 2023 figure has been revised from \u00a351.7 million to \u00a349.9 million after "
            "two large laundry groups restated their IT budgets. We expect members to spend about \u00a395 million in "
            "2027. For context, members' combined turnover was \u00a32.3 billion in 2024; they run 1,140 sites and "
            "processed some 1.6 million tonnes of textiles. In our spring survey, 43% of responding members said they "
            "already use AI in at least one plant."
        ),
        obs=[
            ("Total", 2023, 49.9, "GBP million", "actual"),
            ("Total", 2024, 58.4, "GBP million", "actual"),
            ("Total", 2027, 95, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.4 / 49.9) ** (1 / 1) - 1 = 17.03% -> 17
        ],
    ),
    # 28. Berlin news brief with numbers in words on German laundries' AI spending (EUR million, the unit it first
    #     prints): "last year" 2024 and 2023 (actual), "twelve per cent" a YoY with both amounts, "this year" 2025
    #     ("about", estimate), "one and a half billion euros" by 2032 converted to the series' unit (1,500 EUR
    #     million, estimate). Expected nowhere: the dateline, the forty-eight thousand employees and 2,300 firms, the
    #     900 million kronor (no unit in the table).
    dict(
        text=(
            "BERLIN, 12 November 2025 (brief) - Germany's laundries, dry cleaners and textile-service firms spent 410 "
            "million euros on artificial intelligence last year, twelve per cent more than the 366 million euros of "
            "2023, the Federation of German Textile Services (VDTS) said on Wednesday. Stain detection, garment "
            "sorting, machine maintenance and delivery planning account for most of it. The federation expects about "
            "460 million euros this year and one and a half billion euros a year by 2032. The sector employs some "
            "forty-eight thousand people in roughly 2,300 firms. In Sweden, where the federation's sister body puts AI "
            "spending at around 900 million kronor, uptake is further along."
        ),
        obs=[
            ("Total", 2023, 366, "EUR million", "actual"),
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2025, 460, "EUR million", "estimate"),
            ("Total", 2032, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (410 / 366) ** (1 / 1) - 1 = 12.02% -> 12
        ],
    ),
    # 29. People's Daily-style story (Simplified, 亿元) on AI in China's industrial laundries: 同比 with both amounts, a
    #     part's amount (no share), a CAGR with printed span holding only by rounding. Expected nowhere: the dateline,
    #     the 2800亿元 of 洗染业 revenue, the 4300家 firms, the 650万吨 of linen, 约三成 of factories (a fraction in
    #     words, no share of the market).
    dict(
        text=(
            "本报北京4月16日电(记者林晓岚)记者从中国织物护理产业联盟获悉:2024年我国工业洗涤领域人工智能应用市场规模"
            "达到38.6亿元,较2023年的31.1亿元同比增长24.1%,其中AI污渍识别与智能分拣市场规模为15.2亿元。联盟预计,到"
            "2030年市场规模将达到112亿元,2024—2030年年均复合增长率为19.5%。“过去分拣靠老师傅的眼睛,现在靠摄像头和"
            "算法。”联盟负责人介绍,2024年全国洗染业营业收入约2800亿元,规模以上工业洗涤企业约4300家,全年洗涤布草约"
            "650万吨,智能分拣线已覆盖约三成大型洗涤工厂。"
        ),
        obs=[
            ("Total", 2023, 31.1, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI污渍识别与智能分拣", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2030, 112, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.1) ** (1 / 1) - 1 = 24.12% -> 24.1
            # (112 / 38.6) ** (1 / 6) - 1 = 19.43% -> 19.4, not 19.5; bounds (111.5 / 38.65) ** (1/6) - 1 = 19.31%,
            # (112.5 / 38.55) ** (1/6) - 1 = 19.54% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Guangdong provincial department's notice (Traditional, 億元 = CNY 100 million): 2024 actual; the 力爭到2027年
    #     target (左右, printed figure, estimate); 翻一番 is a multiple x2 over 2024-2027 (no verdict). Expected nowhere: the
    #     document number, the notice's date, the 30 demonstration firms, the 50 central laundry factories, the 5.6萬家
    #     shops.
    dict(
        text=(
            "廣東省商務廳關於推動洗染業數字化智能化發展的通知\n"
            "粵商務服字〔2025〕23號\n"
            "各地級以上市商務主管部門:\n"
            "為推動我省洗染業轉型升級,現就有關事項通知如下。2024年,全省洗染業人工智能應用(含智能分揀、上門取送智能"
            "調度、設備預測性維護、布草智能追蹤等)市場規模為8.4億元。力爭到2027年,全省洗染業人工智能應用市場規模達到"
            "17億元左右,較2024年翻一番;培育30家以上智能洗滌示範企業,建成50個智能中央洗滌工廠,帶動全省約5.6萬家洗染"
            "門店數字化改造。各地要結合實際抓好落實。\n"
            "廣東省商務廳\n"
            "2025年5月9日"
        ),
        obs=[
            ("Total", 2024, 8.4, "CNY 100 million", "actual"),
            ("Total", 2027, 17, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Tech-news site's startup story (Simplified, 亿元) on AI dispatch and route planning for laundry pick-up and
    #     delivery: 2024 (约, printed figure, actual), 2027 (预计, estimate), a CAGR whose span only its amounts'
    #     years give (inferred). Expected nowhere: the 1.5亿元 B round, the 12亿元 valuation, the founding year, the 9万单
    #     daily orders, the 2600家 stores, the startup's 3.2亿元 revenue.
    dict(
        text=(
            "【新芽科技讯】智能洗护平台“净邻科技”近日完成1.5亿元B轮融资,由远川资本领投,老股东跟投,投后估值约12亿元。"
            "本轮资金将主要用于AI调度系统研发和城市扩张。净邻科技成立于2019年,为社区洗衣门店提供上门取送服务,其AI"
            "系统可根据订单密度、骑手位置和洗涤产能实时规划取送路线。据知衡咨询数据,2024年我国洗衣上门取送AI调度与"
            "路径规划市场规模约为7.6亿元,预计2027年将增至17.3亿元,年均复合增速约31.5%。净邻科技目前日均处理订单约9万"
            "单,覆盖门店2600家,2024年营收3.2亿元。"
        ),
        obs=[
            ("Total", 2024, 7.6, "CNY 100 million", "actual"),
            ("Total", 2027, 17.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (17.3 / 7.6) ** (1 / 3) - 1 = 31.55% -> 31.5
        ],
    ),
    # 32. Taiwan tech-news article (Traditional, 新台幣億元 = TWD 100 million) on AI cloud services for smart washing
    #     machines: 年增19% holds only by rounding, 2025 預估 with 年增20% (estimate). Expected nowhere: the byline
    #     and date, the 62萬台 washers sold, the 新台幣2.3萬元 average price, the maker's half-year revenue and margin.
    dict(
        text=(
            "【數位家電報/記者陳怡君台北報導】2025年7月22日\n"
            "洗衣機也開始「上雲」。台灣智慧家電研究所最新調查指出,2024年台灣AI智慧洗衣機雲端服務(含衣物材質辨識、"
            "自動投劑與遠端故障預警)市場規模達新台幣13.7億元,年增19%,2023年為11.6億元;預估2025年將成長至16.5億元,"
            "年增20%。研究所分析師指出,去年國內洗衣機銷量約62萬台,均價約新台幣2.3萬元,具聯網功能的機種比重逐年提高。"
            "家電大廠晶川電機上半年營收新台幣48.6億元,毛利率27%。"
        ),
        obs=[
            ("Total", 2023, 11.6, "TWD 100 million", "actual"),
            ("Total", 2024, 13.7, "TWD 100 million", "actual"),
            ("Total", 2025, 16.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (13.7 / 11.6) ** (1 / 1) - 1 = 18.10% -> 18, not 19; bounds 13.65 / 11.65 - 1 = 17.17%,
            # 13.75 / 11.55 - 1 = 19.05% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (16.5 / 13.7) ** (1 / 1) - 1 = 20.44% -> 20
        ],
    ),
    # 33. Hong Kong trade-council research note (Traditional, 億港元 = HKD 100 million) on AI linen tracking for
    #     hotels and hospitals: YoY with both amounts; a part (酒店業) with a share no reading reaches; 2028 (預計,
    #     estimate). Expected nowhere: the note's date, the 320間 hotels and 9萬間 rooms, the 430間 laundries, the 400公噸
    #     a day.
    dict(
        text=(
            "香港商貿發展研究中心 研究簡報(2025年3月)\n"
            "酒店及醫院AI布草追蹤:香港市場概覽\n"
            "本中心估計,香港酒店及醫院AI布草追蹤市場(包括RFID結合影像辨識的布草盤點、洗滌損耗分析及庫存預測)2024年"
            "規模為5.8億港元,較2023年的4.9億港元增長18%。其中酒店業佔3.9億港元,佔比72%,其餘來自公私營醫院及安老院舍。"
            "預計市場規模於2028年可達11億港元。全港現有約320間酒店、客房逾9萬間;本地工業洗衣工場約430間,每日處理布草"
            "約400公噸。"
        ),
        obs=[
            ("Total", 2023, 4.9, "HKD 100 million", "actual"),
            ("Total", 2024, 5.8, "HKD 100 million", "actual"),
            ("酒店業", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2028, 11, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 72, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 4.9) ** (1 / 1) - 1 = 18.37% -> 18
            # 3.9 / 5.8 = 67.24%; bounds 3.85 / 5.85 = 65.81%, 3.95 / 5.75 = 68.70% -> 72 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 34. Broker's conference-call minutes (Simplified, 亿元) on AI predictive maintenance of commercial washers and
    #     dryers: 2024 (约, actual), 2025E (estimate) with 同比+31% holding only by rounding, 2027E (有望, estimate).
    #     Expected nowhere: the call's date, the 120万台 machines, the 8% penetration rate, the 3000元 retrofit price,
    #     the covered company's Q1 revenue and margin, the rating and 36元 target price.
    dict(
        text=(
            "【东滨证券】电话会议纪要:商用洗衣设备AI预测性维护专家交流(2025年6月18日)\n"
            "1)市场空间:专家测算,2024年国内商用洗衣机、烘干机AI预测性维护市场规模约5.3亿元,2025E约6.9亿元,同比+31%;"
            "2027E有望达到11.5亿元,主要增量来自酒店布草中央工厂和连锁洗衣店。\n"
            "2)行业现状:全国商用洗涤设备保有量约120万台,智能化渗透率不足8%,单台传感器改造费用约3000元。\n"
            "3)公司层面:2025Q1收入2.1亿元,毛利率41%;维持“买入”评级,目标价36元。"
        ),
        obs=[
            ("Total", 2024, 5.3, "CNY 100 million", "actual"),
            ("Total", 2025, 6.9, "CNY 100 million", "estimate"),
            ("Total", 2027, 11.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (6.9 / 5.3) ** (1 / 1) - 1 = 30.19% -> 30, not 31; bounds 6.85 / 5.35 - 1 = 28.04%,
            # 6.95 / 5.25 - 1 = 32.38% -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. White paper (Simplified, 亿元) on AI cloud services for smart washing machines: 2024 actual; 增长1.6倍 since
    #     2022 is a multiple x1.6 over 2 years (printed N kept, no verdict, no 2022 figure); the 2030 range
    #     约120亿—150亿元 gives two value claims (no observation). Expected nowhere: the title year, the 3900万台
    #     washers, the 820亿元 of washer retail sales, 占比超过一半 (a share in words of retail sales).
    dict(
        text=(
            "《中国智能洗护白皮书(2025)》日前由中国家电智能化创新联盟发布。白皮书指出,AI智能洗衣机云服务(含衣物识别、"
            "智能投放、远程故障诊断和洗护方案推荐)正成为家电企业新的收入来源。2024年我国该市场规模为46.2亿元,较2022年"
            "增长1.6倍。白皮书预计,到2030年,市场规模约120亿—150亿元,订阅制服务的比重将明显提升。2024年全国洗衣机零售"
            "量约3900万台,零售额约820亿元,其中支持AI功能的机型零售额占比超过一半。"
        ),
        obs=[
            ("Total", 2024, 46.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 1.6, "multiple", 2022, 2024, 2.0),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
            ("value", 150, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 36. Markdown table (USD million, US AI in industrial and healthcare laundries) by application with H1, H2 and
    #     full-year columns and a Total row: only the full years 2023 and 2024 are expected (the H1 2024, H2 2024 and
    #     H1 2025 halves nowhere); the 2023 rows miss the printed Total by more than rounding (inconsistent). Expected
    #     nowhere: the exhibit number, the source's date, the US$19 billion the sector bills, the 1,900 plants.
    dict(
        text=(
            "Exhibit 3: US spending on AI in industrial and healthcare laundries by application (USD million)\n"
            "| Application | 2023 | H1 2024 | H2 2024 | 2024 | H1 2025 |\n"
            "|---|---|---|---|---|---|\n"
            "| Stain recognition and garment sorting | 96 | 52 | 61 | 113 | 63 |\n"
            "| Predictive maintenance of washers and dryers | 71 | 39 | 44 | 83 | 47 |\n"
            "| Linen and uniform tracking | 58 | 31 | 37 | 68 | 36 |\n"
            "| Total | 229 | 122 | 142 | 264 | 146 |\n"
            "Note: H1 = January-June, H2 = July-December; half-year figures are unaudited. Source: Meridian Laundry "
            "Tech Tracker, September 2025. Excludes the roughly US$19 billion the sector bills its customers and the "
            "1,900 plants it runs."
        ),
        obs=[
            ("Stain recognition and garment sorting", 2023, 96, "USD million", "actual"),
            ("Stain recognition and garment sorting", 2024, 113, "USD million", "actual"),
            ("Predictive maintenance of washers and dryers", 2023, 71, "USD million", "actual"),
            ("Predictive maintenance of washers and dryers", 2024, 83, "USD million", "actual"),
            ("Linen and uniform tracking", 2023, 58, "USD million", "actual"),
            ("Linen and uniform tracking", 2024, 68, "USD million", "actual"),
            ("Total", 2023, 229, "USD million", "actual"),
            ("Total", 2024, 264, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 2023: 96 + 71 + 58 = 225 vs 229; rows' bounds 223.5-226.5, total's 228.5-229.5 -> no reading meets
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 113 + 83 + 68 = 264
        ],
    ),
    # 37. Tab-separated table (EUR million, France, 2024) by segment with a "Share of total" column and a Total row
    #     (its 100.0% is no claim): five shares, two holding only by rounding; rows add to the Total. Expected
    #     nowhere: the 310 interviews, the 1,200 industrial laundries and 3,800 dry cleaners in the note.
    dict(
        text=(
            "France: AI in laundry, dry cleaning and textile care by segment, 2024\n"
            "Segment\tEUR m\tShare of total\n"
            "Industrial laundry stain recognition and sorting\t42.7\t35.8%\n"
            "Hotel and hospital linen tracking\t31.4\t26.4%\n"
            "Predictive maintenance of commercial machines\t22.9\t19.1%\n"
            "Pick-up and delivery route planning\t13.6\t11.4%\n"
            "Smart washer cloud services\t8.7\t7.3%\n"
            "Total\t119.3\t100.0%\n"
            "Note: Source: Observatoire de l'entretien textile, Paris, from vendor contracts and 310 operator "
            "interviews; France's roughly 1,200 industrial laundries and 3,800 dry cleaners are given for context."
        ),
        obs=[
            ("Industrial laundry stain recognition and sorting", 2024, 42.7, "EUR million", "actual"),
            ("Hotel and hospital linen tracking", 2024, 31.4, "EUR million", "actual"),
            ("Predictive maintenance of commercial machines", 2024, 22.9, "EUR million", "actual"),
            ("Pick-up and delivery route planning", 2024, 13.6, "EUR million", "actual"),
            ("Smart washer cloud services", 2024, 8.7, "EUR million", "actual"),
            ("Total", 2024, 119.3, "EUR million", "actual"),
        ],
        claims=[
            ("share", 35.8, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 19.1, "percent", 2024, 2024, None),
            ("share", 11.4, "percent", 2024, 2024, None),
            ("share", 7.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 42.7 / 119.3 = 35.79% -> 35.8
            # 31.4 / 119.3 = 26.32% -> 26.3, not 26.4; bounds 31.35 / 119.35 = 26.27%, 31.45 / 119.25 = 26.37%
            # -> 26.4 reached only by some reading
            ("arithmetic", "rounding"),
            # 22.9 / 119.3 = 19.20% (19.195) -> 19.2, not 19.1; bounds 22.85 / 119.35 = 19.145%,
            # 22.95 / 119.25 = 19.25% -> 19.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 13.6 / 119.3 = 11.40% -> 11.4
            ("arithmetic", "exact"),  # 8.7 / 119.3 = 7.29% -> 7.3
            ("hierarchy", "exact"),  # 42.7 + 31.4 + 22.9 + 13.6 + 8.7 = 119.3
        ],
    ),
    # 38. Space-aligned Chinese table (Simplified, 亿元) by segment with a 同比 column and a 合计 row (its label is the
    #     total's item): the 设备预测性维护 同比 is reached by no reading (inconsistent); rows add to 合计 in both years.
    #     Expected nowhere: the table number, the 46万家 shops and 180万人 workers in the note.
    dict(
        text=(
            "表3  中国洗衣洗护AI应用细分市场规模(单位:亿元)\n"
            "细分领域              2023年     2024年     同比\n"
            "工业洗涤AI分拣          12.4       15.8     27.4%\n"
            "上门取送智能调度         6.1        7.9     29.5%\n"
            "设备预测性维护           3.8        4.6     25.1%\n"
            "布草RFID与AI追踪         5.2        6.4     23.1%\n"
            "合计                    27.5       34.7     26.2%\n"
            "注:资料来源为华衡产业研究院;2024年全国洗衣门店约46万家,从业人员约180万人,仅供参考。"
        ),
        obs=[
            ("工业洗涤AI分拣", 2023, 12.4, "CNY 100 million", "actual"),
            ("工业洗涤AI分拣", 2024, 15.8, "CNY 100 million", "actual"),
            ("上门取送智能调度", 2023, 6.1, "CNY 100 million", "actual"),
            ("上门取送智能调度", 2024, 7.9, "CNY 100 million", "actual"),
            ("设备预测性维护", 2023, 3.8, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 4.6, "CNY 100 million", "actual"),
            ("布草RFID与AI追踪", 2023, 5.2, "CNY 100 million", "actual"),
            ("布草RFID与AI追踪", 2024, 6.4, "CNY 100 million", "actual"),
            ("合计", 2023, 27.5, "CNY 100 million", "actual"),
            ("合计", 2024, 34.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.8 / 12.4 - 1 = 27.42% -> 27.4
            ("cagr|implied", "exact"),  # 7.9 / 6.1 - 1 = 29.51% -> 29.5
            # 4.6 / 3.8 - 1 = 21.05%; bounds 4.55 / 3.85 - 1 = 18.18%, 4.65 / 3.75 - 1 = 24.00% -> 25.1 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 6.4 / 5.2 - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # 34.7 / 27.5 - 1 = 26.18% -> 26.2
            ("hierarchy", "exact"),  # 2023: 12.4 + 6.1 + 3.8 + 5.2 = 27.5
            ("hierarchy", "exact"),  # 2024: 15.8 + 7.9 + 4.6 + 6.4 = 34.7
        ],
    ),
    # 39. Vertical table whose rows are years (Canada, in US dollars): a lone value column headed by its unit only is
    #     the market's Total; 2025E and 2026E are estimates; a YoY column whose 2023 rate holds only by rounding.
    #     Expected nowhere: the C$51 million (Canadian dollars not in the unit table), the 5,400 laundromats and dry
    #     cleaners, the 2.1 million orders.
    dict(
        text=(
            "Canada: AI scheduling and route planning for laundry pick-up and delivery apps\n"
            "Year | US$ million | YoY\n"
            "2021 | 18.4 | -\n"
            "2022 | 23.9 | 29.9%\n"
            "2023 | 30.2 | 26.7%\n"
            "2024 | 37.6 | 24.5%\n"
            "2025E | 46.1 | 22.6%\n"
            "2026E | 55.8 | 21.0%\n"
            "Note: E = estimate. Source: Northbank Consumer Services Research, Toronto; 2024 equals roughly C$51 "
            "million. Canada counts about 5,400 laundromats and dry cleaners, and the leading app handled 2.1 million "
            "orders in 2024."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 23.9, "USD million", "actual"),
            ("Total", 2023, 30.2, "USD million", "actual"),
            ("Total", 2024, 37.6, "USD million", "actual"),
            ("Total", 2025, 46.1, "USD million", "estimate"),
            ("Total", 2026, 55.8, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.7, "percent", 2022, 2023, 1.0),
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("growth", 21.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            # 30.2 / 23.9 - 1 = 26.36% -> 26.4, not 26.7; bounds 30.15 / 23.95 - 1 = 25.89%,
            # 30.25 / 23.85 - 1 = 26.83% -> 26.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 37.6 / 30.2 - 1 = 24.50% -> 24.5
            ("cagr|implied", "exact"),  # 46.1 / 37.6 - 1 = 22.61% -> 22.6
            ("cagr|implied", "exact"),  # 55.8 / 46.1 - 1 = 21.04% -> 21.0
        ],
    ),
    # 40. Markdown table (EUR million, Germany) by segment with sub-segments indented under their segment and a Total
    #     row; 2025E is an estimate; each segment equals its sub-segments, the Total its two segments (sub-segments
    #     not summed again); the 2025E Total holds only by rounding. Expected nowhere: the table number, the €9.6
    #     billion turnover and 2,300 firms in the note.
    dict(
        text=(
            "Table 5. Germany: AI in textile services by segment and sub-segment (EUR million)\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---|---|\n"
            "| Industrial laundries | 64.0 | 78.5 |\n"
            "|     AI stain recognition | 27.5 | 34.1 |\n"
            "|     AI garment sorting | 36.5 | 44.4 |\n"
            "| Hotel and hospital linen | 41.2 | 50.3 |\n"
            "|     AI linen tracking | 29.8 | 36.0 |\n"
            "|     AI par-level forecasting | 11.4 | 14.3 |\n"
            "| Total | 105.2 | 128.9 |\n"
            "Note: E = estimate; sub-segments are indented under their segment; figures may not add because of "
            "rounding. Source: Rheinland Textile Economics; the sector's \u20ac9.6 billion turnover and 2,300 firms "
            "are given for context only."
        ),
        obs=[
            ("Industrial laundries", 2024, 64.0, "EUR million", "actual"),
            ("Industrial laundries", 2025, 78.5, "EUR million", "estimate"),
            ("AI stain recognition", 2024, 27.5, "EUR million", "actual"),
            ("AI stain recognition", 2025, 34.1, "EUR million", "estimate"),
            ("AI garment sorting", 2024, 36.5, "EUR million", "actual"),
            ("AI garment sorting", 2025, 44.4, "EUR million", "estimate"),
            ("Hotel and hospital linen", 2024, 41.2, "EUR million", "actual"),
            ("Hotel and hospital linen", 2025, 50.3, "EUR million", "estimate"),
            ("AI linen tracking", 2024, 29.8, "EUR million", "actual"),
            ("AI linen tracking", 2025, 36.0, "EUR million", "estimate"),
            ("AI par-level forecasting", 2024, 11.4, "EUR million", "actual"),
            ("AI par-level forecasting", 2025, 14.3, "EUR million", "estimate"),
            ("Total", 2024, 105.2, "EUR million", "actual"),
            ("Total", 2025, 128.9, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # Industrial laundries 2024: 27.5 + 36.5 = 64.0
            ("hierarchy", "exact"),  # Industrial laundries 2025E: 34.1 + 44.4 = 78.5
            ("hierarchy", "exact"),  # Hotel and hospital linen 2024: 29.8 + 11.4 = 41.2
            ("hierarchy", "exact"),  # Hotel and hospital linen 2025E: 36.0 + 14.3 = 50.3
            ("hierarchy", "exact"),  # Total 2024: 64.0 + 41.2 = 105.2
            # Total 2025E: 78.5 + 50.3 = 128.8 vs 128.9; rows' bounds 128.7-128.9, total's 128.85-128.95
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 18, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Ref. HSPO/2025/0417',
    'so roughly, $1.1 billion',
    '• 2028: **$1.2bn**',
    'USD 1.2 bn',
    'FY2024/25 (the year to March 2025)',
    'total addressable market',
    '2024A为12.6亿元,2025E、2026E分别为',
    '政府工作报告',
    '【细分结构】',
    '年增率12.6%',
    '今年可望再成長3成',
    '| Application | 2024A | 2025E | 2026E | CAGR 2024-26 |',
    'Market\tUnit\t2023\t2024\tYoY',
    'CONTRACT NOTICE - Ref. HSL-2025-0417 - Dublin, 10 March 2025',
    'Q: You keep mentioning predictive maintenance.',
    'has tripled since 2020',
    'EDIT: misread the chart, 2024 was $182M, not $188M.',
    'Key highlights:',
    'Our base case puts 2028 at $1.1-1.4 billion',
    'revised from £51.7 million to £49.9 million',
    'one and a half billion euros a year by 2032',
    '較2024年翻一番',
    '新台幣13.7億元,年增19%',
    '市场规模约120亿—150亿元',
    '| Application | 2023 | H1 2024 | H2 2024 | 2024 | H1 2025 |',
    '|     AI stain recognition | 27.5 | 34.1 |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 188
#: figures, 62 rates, 89 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 191, "rates_found": 65, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset253.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
