"""A two-hundred-and-fifty-fifth check set for the extractor, written blind: AI in self-storage, moving and removals: AI
dynamic pricing of storage units, AI volume estimation from video walk- throughs for movers, AI crew and truck
scheduling, AI access control and occupancy monitoring of storage sites, AI quote and claims handling for removal firms;
sized in money by self-storage and removals associations, housing and transport ministries, real-estate brokers,
brokers, consultancies, research houses and storage groups' investor days, in the United States, Canada, the United
Kingdom, the Netherlands, Germany, France, Spain, Switzerland (Swiss francs only as an aside), Australia, New Zealand,
Japan, South Korea (won only as an aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds,
Australian dollars, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total storage rents or moving
revenue beside the AI part, numbers of units, sites, square feet or moves, a unit's monthly rent, an operator's own
revenue or margin or occupancy rate, a funding round and valuation, a quarter's or a half-year's figures, a survey's
percentages.

Snippets 1-20: Twenty snippets on money spent on AI in self-storage, moving and removals: eight English prose texts (a
UK contract notice sizing the removals AI market its programme buys into, a storage podcast transcript with 'so
roughly', a movers' newsletter with bullets and a bold $1.2bn, a Veldmark 'Key findings' list with three countries'
shares, a German trade-magazine feature on video volume estimation, a LinkedIn-style post with emojis and '€1.2 bn', a
Tokyo association release in fiscal years written FY2024/25, a Las Vegas keynote recap sizing a TAM beside a second
house's 2030 figure), seven Chinese prose texts (a broker note with 2024A/2025E/2026E, a city 政府工作报告 with a 2025 target,
a WeChat article with 【】 headings and a part's share, a Zhihu answer quoting two houses, a Taiwan ministry release in
新台幣億元 with 年增率, a Hong Kong prospectus in 億港元 with two spans of 複合年增長率, a Taiwan newspaper story with 去年/今年 and 成長N成)
and five tables (markdown UK applications with a CAGR column, a tab-separated Asian table with a unit column, a space-
aligned US regional table with shares and a Total row, a vertical Canadian table with YoY, a Traditional Chinese tab
table with 合計 and 年增率). Left out: total storage rents, removals turnover and logistics revenue, counts of sites, stores,
moves, firms, members and respondents, square feet, monthly rents and move prices, operators' own revenue, margins and
occupancy, funding rounds and valuations, a tender's ceiling and a subsidy budget, quarter and half-year figures, survey
answers and a penetration rate, won and Australian-dollar amounts, second houses' figures, price targets. Inconsistent:
the German 20% a year, the Taiwan ministry's 23.8% for 2025, the UK storage-pricing 24.1% CAGR row, Canada's 2023 YoY.
Only by rounding: the podcast's 22.7%, France's 14%, the broker's 34.0%, the WeChat 32.5% share, the Hong Kong 21.3%,
the quote-and-claims 20.6% row, Japan's 21.6%, the Southeast's 28%, Canada's 2022 YoY, the 2024年 合計 and the AI動態定價
27.0%.

Snippets 21-40: Twenty snippets on AI in self-storage, moving and removals (dynamic pricing of storage units, video
walk-through volume estimation, crew and truck scheduling, access control and occupancy monitoring, quote and claims
handling): eight English prose pieces (a county council's request for proposals, a Toronto storage REIT's AGM Q&A sizing
a TAM with this year and last year, a Leiden academic's op-ed with a tripling since 2020 and a Swiss-franc aside, an
owners' forum post whose EDIT line corrects the 2023 figure, a Munich release with Key highlights bullets, a research
blog with a $1.1-1.4 billion range for 2030, a removals federation's review that revises 2023, a Brussels brief writing
one and a half billion euros and twelve per cent in words), seven Chinese prose pieces (a People's Daily-style story, a
Zhejiang notice with 翻一番, a startup story, a Taipei article in 新台幣億元, a Hong Kong note in 億港元, broker call minutes with
2025E and 2026E, a white paper with a 2030 range) and five tables (markdown with H1 and H2 halves, tab-separated yen
with a Share of total column, space-aligned 亿元 with a 同比 column, a vertical French table of years with E rows, markdown
with indented sub-segments). Left out: total storage rents and moving turnover, counts of sites, units, moves, members
and square metres, monthly rents, operators' own revenue, margins, occupancy and orders, funding rounds and valuations,
quarters and halves, survey answers, penetration rates, shares in words, Swiss francs and Canadian dollars, the misread
and pre-revision figures. Inconsistent: the People's Daily story's 2024-2028 CAGR, the minutes' 2026E YoY, the yen
table's scheduling share and the French table's 2023 YoY. Rounding only: the Munich CAGR, the federation's YoY, the
startup's CAGR, the Hong Kong pricing share, the H1/H2 table's 2024 Total, the 同比 table's video-estimation rate, the
French 2025E YoY and the Spanish table's 2025F Removals row.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. UK government contract (tender) notice sizing the market its programme buys into: YoY growth with both
    #    amounts (GBP million). Expected nowhere: the notice reference and its date, the £4.2 million contract
    #    ceiling (the programme's own spend cap), the 1.1 million home moves, the removals trade's £1.9 billion
    #    turnover (total moving revenue beside the AI part), the 36-month term.
    dict(
        text=(
            "Contract notice: Moving Home Digital Services (ref. DHLT/2025/0417), published 3 March 2025 by the "
            "Department for Homes and Local Transport. The department seeks suppliers of AI volume estimation from "
            "video walk-throughs and AI quote and claims handling for removal firms taking part in its Smoother Moves "
            "pilot. Its market engagement found that removal firms in England spent £63.5 million on such AI tools in "
            "2024, up 18% from £53.8 million in 2023. The maximum contract value is £4.2 million over a 36-month term. "
            "For context, England sees some 1.1 million owner-occupier moves a year and the removals trade turns over "
            "around £1.9 billion. Clarification questions close on 24 March 2025."
        ),
        obs=[
            ("Total", 2023, 53.8, "GBP million", "actual"),
            ("Total", 2024, 63.5, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.5 / 53.8) ** (1 / 1) - 1 = 18.03% -> 18
        ],
    ),
    # 2. Podcast transcript with speakers' names: "so roughly $310 million" last year (2024, the recording's year
    #    being 2025; an approximate figure expected at its printed value) and a CAGR with its printed span that holds
    #    only by rounding. Expected nowhere: the episode number and recording date, the $45 billion of US storage
    #    rents (total), the 52,000 facilities, the $140 monthly rent, the operator's 93% occupancy.
    dict(
        text=(
            "The Unit Mix podcast, episode 87, recorded 9 April 2025.\n"
            "DANA WHITFIELD: So how big is AI pricing in self-storage, really?\n"
            "RAJ MENON: So roughly $310 million last year. That is what US operators spent on AI dynamic pricing and "
            "revenue management for their units. We model it reaching about $865 million by 2029, which is a CAGR of "
            "22.7% from 2024 to 2029.\n"
            "DANA WHITFIELD: Against an industry that collects what, $45 billion in rents?\n"
            "RAJ MENON: About that, across 52,000 facilities. A ten-by-ten unit goes for maybe $140 a month, and one "
            "operator I spoke to is running at 93% occupancy with the software setting street rates every night."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 865, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (865 / 310) ** (1 / 5) - 1 = 22.78% -> 22.8, not 22.7; bounds (864.5 / 310.5) ** (1/5) - 1 = 22.73%,
            # (865.5 / 309.5) ** (1/5) - 1 = 22.83% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Movers' newsletter with bullet points ("• 2024: ...") and one figure in bold: YoY growth with both amounts;
    #    the bold 2028 **$1.2bn** is expected converted to the series' unit (USD million) as an estimate; a CAGR whose
    #    span only its amounts' years give (2024 -> 2028). Expected nowhere: the issue number and date, the Q1 2025
    #    quarter figure, the $35m Series B and $290m valuation, the 61% survey answer and the 400 movers surveyed.
    dict(
        text=(
            "THE HAUL SHEET, issue 48, 6 May 2025\n"
            "Scheduling gets smart. What North American movers pay for AI crew and truck scheduling:\n"
            "• 2023: $640m\n"
            "• 2024: $780m (+22% year on year)\n"
            "• 2028: **$1.2bn**, the forecast from Dovetail Freight Research, a CAGR of roughly 11%\n"
            "• Q1 2025: $212m, a record quarter\n"
            "Also this week: Routewise raised a $35m Series B at a $290m valuation to push its dispatch engine into "
            "Canada, and 61% of the 400 movers Dovetail surveyed say software now picks their crews for long-distance "
            "jobs. Reply to this email if your firm wants to be featured next month."
        ),
        obs=[
            ("Total", 2023, 640, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2028, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 11, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 640) ** (1 / 1) - 1 = 21.88% -> 22
            ("cagr|period", "exact"),  # (1200 / 780) ** (1 / 4) - 1 = 11.37% -> 11
        ],
    ),
    # 4. Amsterdam research house's "Key findings" list: a European total and three countries' amounts with shares
    #    (France's 14% holds only by rounding); a 2030 forecast. Expected nowhere: the list numbers, the report's
    #    title year and number, the 5,300 sites, the €3.9 billion of rents (total), the 47% survey answer and the 212
    #    operators surveyed.
    dict(
        text=(
            "Veldmark Research, Amsterdam, 24 June 2025. Smart Access in Self-Storage: Europe 2025 (report no. 19).\n"
            "Key findings\n"
            "1. European self-storage operators spent €186 million on AI access control and occupancy monitoring of "
            "their sites in 2024.\n"
            "2. The United Kingdom accounted for €71 million, or 38% of the total, Germany for €44 million (24%) and "
            "France for €27 million (14%).\n"
            "3. We expect spending to reach €505 million in 2030 as camera-based sensors replace padlock audits.\n"
            "4. Europe's roughly 5,300 self-storage sites collected some €3.9 billion in rents last year.\n"
            "5. Of the 212 operators we surveyed, 47% plan to retrofit occupancy sensors within two years."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("United Kingdom", 2024, 71, "EUR million", "actual"),
            ("Germany", 2024, 44, "EUR million", "actual"),
            ("France", 2024, 27, "EUR million", "actual"),
            ("Total", 2030, 505, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71 / 186 = 38.17% -> 38
            ("arithmetic", "exact"),  # 44 / 186 = 23.66% -> 24
            # 27 / 186 = 14.52% -> 15, not 14; bounds 26.5 / 186.5 = 14.21%, 27.5 / 185.5 = 14.82% -> 14 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. German trade-magazine feature: "from €38 million in 2024 to €142 million by 2030" with a growth rate whose
    #    span only the amounts' years give; "roughly 20% a year" is inconsistent. Expected nowhere: the issue number,
    #    the 8.4 million household moves, the €2.6 billion removals turnover (total), the €1,900 price of a move, the
    #    mover's 35 surveyors.
    dict(
        text=(
            "Feature, Möbelspedition Heute, issue 5/2025, Hamburg. The tape measure is giving way to the phone camera. "
            "Customers now film their flats room by room, and software counts the wardrobes, boxes and pianos before a "
            "quote goes out. German removal firms' spending on AI volume estimation from video walk-throughs will climb "
            "from €38 million in 2024 to €142 million by 2030, says Munich consultancy Brenner & Vogt, growth of "
            "roughly 20% a year. That is still a sliver of a trade that turned over about €2.6 billion on some 8.4 "
            "million household moves. A typical three-room move costs around €1,900, and Hanseatic mover Kellerhaus "
            "says it has retrained 35 surveyors to check the algorithm's lists instead of walking every flat."
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2030, 142, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (142 / 38) ** (1 / 6) - 1 = 24.57% -> 25, not 20; bounds (141.5 / 38.5) ** (1/6) - 1 = 24.23%,
            # (142.5 / 37.5) ** (1/6) - 1 = 24.92% -> 20 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 6. Social-media post with emojis and abbreviated amounts ("€450m", "€1.2 bn", the latter expected converted to
    #    EUR million): a multiple between the two years (no verdict) and a "~18% CAGR" whose span only its amounts'
    #    years give. Expected nowhere: the poster's €8m seed round and €40m valuation, the Q1 quote-volume rise, the
    #    62% poll answer.
    dict(
        text=(
            "🚚📦 Removal firms are finally getting serious about AI! New numbers from Harbourline Insights: Europe's "
            "market for AI quoting and claims handling in removals was €450m in 2024 and is on track for €1.2 bn by "
            "2030 📈 That's 2.7x in six years, or a ~18% CAGR 🔥 Personal news: we just closed our €8m seed round at "
            "a €40m valuation 🙌 and Q1 quote volume on our platform was up 64% on Q4. Quick poll from last week's "
            "webinar: 62% of movers still send a surveyor to every single job 🤯 Time to change that. #moving "
            "#removals #proptech #AI"
        ),
        obs=[
            ("Total", 2024, 450, "EUR million", "actual"),
            ("Total", 2030, 1200, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2030, 6.0),
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 450) ** (1 / 6) - 1 = 17.76% -> 18
        ],
    ),
    # 7. Tokyo association press release in fiscal years that span two calendar years (fiscal 2024 = FY2024/25, the
    #    year to March 2025 -> 2024), in yen (JPY billion): YoY growth with both amounts and a CAGR with its printed
    #    span. Expected nowhere: the dateline, the 240 member firms, the 13,400 sites, the ¥86 billion of trunk-room
    #    rents (total), the ¥9,800 monthly rent, the 2,000-unit threshold.
    dict(
        text=(
            "TOKYO, June 12, 2025 -- Trunk-room operators in Japan spent ¥8.7 billion on AI dynamic pricing, "
            "smartphone access control and occupancy monitoring in fiscal 2024 (FY2024/25, the year to March 2025), up "
            "16% from ¥7.5 billion in fiscal 2023, the Japan Self-Storage Operators Association said today. The "
            "association, which has 240 member firms, expects the market to reach ¥15.2 billion in fiscal 2028 "
            "(FY2028/29), a compound annual growth rate of 15% over fiscal 2024-2028. Japan's roughly 13,400 trunk-room "
            "and container-storage sites took in some ¥86 billion in rents, and an indoor unit of about two square "
            "metres in central Tokyo lets for around ¥9,800 a month. Adoption is fastest among operators with more "
            "than 2,000 units."
        ),
        obs=[
            ("Total", 2023, 7.5, "JPY billion", "actual"),
            ("Total", 2024, 8.7, "JPY billion", "actual"),
            ("Total", 2028, 15.2, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.7 / 7.5) ** (1 / 1) - 1 = 16.00% -> 16
            ("cagr|implied", "exact"),  # (15.2 / 8.7) ** (1 / 4) - 1 = 14.97% -> 15
        ],
    ),
    # 8. Conference keynote summary: a storage REIT's chief executive sizes the total addressable market (the
    #    market, Total, USD billion) with a CAGR and printed span; a second house's 2030 figure is expected nowhere.
    #    Also expected nowhere: the dateline, the company's 640 stores and 46 million square feet, its own $1.34
    #    billion revenue and 91.8% occupancy, the $19.40 rent per square foot.
    dict(
        text=(
            "LAS VEGAS, Sept. 24, 2025 -- Keynote recap, Self-Storage Tech Summit. Opening the summit, Redwall Storage "
            "Trust chief executive Anita Greer sized the total addressable market for AI in US self-storage "
            "operations, from dynamic pricing of units to smart-gate access control and occupancy monitoring, at $2.4 "
            "billion in 2024, rising to $5.1 billion by 2030, a CAGR of 13% over 2024-2030. She noted that Larkfield "
            "Research puts the 2030 market lower, at $4.6 billion. Redwall, which runs 640 stores with 46 million "
            "rentable square feet, reported 2024 revenue of $1.34 billion and same-store occupancy of 91.8%, and Greer "
            "credited AI pricing with lifting average rent to $19.40 per occupied square foot."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 2.4) ** (1 / 6) - 1 = 13.39% -> 13
        ],
    ),
    # 9. Mainland broker research note (Simplified) with 2024A/2025E/2026E inside its sentences: two YoY rates with
    #    both amounts each (the 34.0% holds only by rounding). Expected nowhere: the total moving-services revenue of
    #    620亿元, the 1.5% penetration rate, the covered company's revenue, margin and first-quarter growth, its
    #    rating, price target and upside.
    dict(
        text=(
            "华岳证券研究所行业深度报告(2025年4月):搬家服务的数字化拐点。我们测算,2024A国内搬家服务AI应用(视频估方、"
            "智能排班派车、线上报价与理赔)市场规模为6.8亿元,2025E/2026E有望分别达到9.1亿元/12.0亿元,同比增长"
            "34.0%/31.9%。对比来看,2024年全国搬家服务行业总收入约620亿元,AI渗透率仍不足1.5%,提升空间可观。重点公司"
            "速达搬家2024年营收8.3亿元,毛利率21.6%,一季度营收同比增长18%;我们给予“买入”评级,目标价28.5元,较现价"
            "有32%的上涨空间。风险提示:行业价格战加剧,AI估方准确率不及预期。"
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2025, 9.1, "CNY 100 million", "estimate"),
            ("Total", 2026, 12.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2024, 2025, 1.0),
            ("growth", 31.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # (9.1 / 6.8) ** (1 / 1) - 1 = 33.82% -> 33.8, not 34.0; bounds 9.05 / 6.85 - 1 = 32.12%,
            # 9.15 / 6.75 - 1 = 35.56% -> 34.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (12.0 / 9.1) ** (1 / 1) - 1 = 31.87% -> 31.9
        ],
    ),
    # 10. City government work report paragraph (政府工作报告, Simplified): 同比增长 with both amounts and a 2025
    #     target (力争……突破30亿元, an estimate at its printed figure). Expected nowhere: the session dateline and its
    #     numbers, the 46 new sites, the 12 firms, the 1,280亿元 logistics revenue (total), the three-year plan.
    dict(
        text=(
            "临江市政府工作报告(摘要)——2025年1月16日在临江市第十七届人民代表大会第四次会议上。过去一年,我们推动"
            "人工智能与现代物流深度融合。2024年,全市智慧仓储与搬家服务人工智能应用产业规模由2023年的19.9亿元增至"
            "23.6亿元,同比增长18.6%,新增智能自助仓储站点46个,培育搬家服务数字化企业12家,全市物流业总收入达到"
            "1,280亿元。2025年,我们将实施“智运临江”三年行动,推广AI动态定价、视频估方和智能派车,力争全市仓储搬家"
            "人工智能应用产业规模突破30亿元。"
        ),
        obs=[
            ("Total", 2023, 19.9, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 19.9) ** (1 / 1) - 1 = 18.59% -> 18.6
        ],
    ),
    # 11. WeChat-account article (Simplified) with 【】 headings: growth with both amounts and a part with its share
    #     (32.5% holds only by rounding). Expected nowhere: the 1.2亿元 A round and 8亿元 valuation, the 160
    #     operators surveyed and the 68% answer, the 82% occupancy rate, the 3,400 stores, the 160元 monthly rent.
    dict(
        text=(
            "【导读】自助仓储正在被算法改写。\n"
            "【市场规模】据仓研社统计,2024年中国自助仓储行业AI应用市场规模为15.2亿元,较2023年的11.6亿元增长31.0%。"
            "其中,AI动态定价系统市场规模为4.9亿元,占比32.5%,是第一大细分领域。\n"
            "【融资动态】今年3月,智能门禁服务商格仓科技完成1.2亿元A轮融资,投后估值8亿元。\n"
            "【用户调研】在受访的160家运营商中,68%表示已上线线上自助签约,平均出租率为82%。目前全国自助仓储门店约"
            "3,400家,迷你仓月租金中位数约为每平方米160元。"
        ),
        obs=[
            ("Total", 2023, 11.6, "CNY 100 million", "actual"),
            ("Total", 2024, 15.2, "CNY 100 million", "actual"),
            ("AI动态定价系统", 2024, 4.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.2 / 11.6) ** (1 / 1) - 1 = 31.03% -> 31.0
            # 4.9 / 15.2 = 32.24% -> 32.2, not 32.5; bounds 4.85 / 15.25 = 31.80%, 4.95 / 15.15 = 32.67% -> 32.5 by
            # some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 12. Zhihu-style answer (Simplified) quoting two research houses: the first house's base, target and CAGR with
    #     span; 约4.6亿元 is expected at its printed figure; the second house's 2028 figure (约11亿元) is expected
    #     nowhere. Also expected nowhere: the edit date, the 3,000-odd stores, the 60亿元 of rents (total), the 400元
    #     monthly rent of a 3-square-metre unit.
    dict(
        text=(
            "问题:自助仓储的AI市场到底有多大?\n"
            "回答(编辑于 2025-03-02):谢邀。说几个靠谱的数。据云栈咨询测算,2024年国内自助仓储AI运营市场(动态定价、"
            "智能门禁、占用监测)规模约4.6亿元,预计2028年达到12.5亿元,2024—2028年复合增长率28.4%。另一家机构北辰"
            "研究院给的2028年数字要保守一些,约11亿元。对比一下,全国迷你仓门店大概3,000多家,整个行业租金收入也就60"
            "亿元上下,一个3平米的小仓月租在400元左右。所以AI这块现在占比还很小,但增速是真的快。利益相关:在一家仓储"
            "SaaS公司做产品,以上不构成投资建议。"
        ),
        obs=[
            ("Total", 2024, 4.6, "CNY 100 million", "actual"),
            ("Total", 2028, 12.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.5 / 4.6) ** (1 / 4) - 1 = 28.39% -> 28.4
        ],
    ),
    # 13. Taiwan ministry news release (Traditional, 新台幣億元 -> TWD 100 million) with two 年增率: 2024's holds,
    #     2025's 23.8% is inconsistent. Expected nowhere: the release date, the 420 mini-storage sites, the 1,150
    #     firms, the 210億元 turnover (total), the 1.5億元 subsidy budget, the 326 firms surveyed.
    dict(
        text=(
            "經濟部物流產業推動辦公室新聞稿(發布日期:2025年4月18日)。經濟部今(18)日公布「倉儲與搬家服務數位轉型調查」"
            "結果。調查顯示,2024年國內倉儲與搬家業導入AI(含迷你倉動態定價、門禁與佔用監測、搬家影像估材及派車排班)"
            "之市場規模達新台幣18.4億元,較2023年的15.1億元成長,年增率為21.9%;預估2025年可達22.6億元,年增率23.8%。"
            "本次調查共訪查326家業者。目前全台迷你倉據點約420處,搬家業者約1,150家,全年營業額約新台幣210億元。經濟部"
            "今年編列新台幣1.5億元,補助中小業者導入智慧倉儲與搬家系統。"
        ),
        obs=[
            ("Total", 2023, 15.1, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2025, 22.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 23.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 15.1) ** (1 / 1) - 1 = 21.85% -> 21.9
            # (22.6 / 18.4) ** (1 / 1) - 1 = 22.83% -> 22.8, not 23.8; bounds 22.55 / 18.45 - 1 = 22.22%,
            # 22.65 / 18.35 - 1 = 23.43% -> 23.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong listing prospectus's industry section (Traditional, 億港元 -> HKD 100 million): a consultancy's
    #     複合年增長率 over two printed spans; 2019-2024's 21.3% holds only by rounding. Expected nowhere: the
    #     section heading, the 820 sites, the 9.5 million square feet, the 1,150港元 monthly rent, the group's own
    #     revenue for 2022 and 2024, the balance-sheet date.
    dict(
        text=(
            "行業概覽:香港迷你倉AI門禁及佔用監測解決方案市場。根據卓衡諮詢報告,香港迷你倉AI智能門禁及佔用監測解決"
            "方案的市場規模由2019年的1.2億港元增至2024年的3.1億港元,2019年至2024年的複合年增長率為21.3%,並預期於"
            "2029年達到7.4億港元,2024年至2029年的複合年增長率為19.0%。截至2024年12月31日,香港共有約820個迷你倉場址,"
            "總可租用樓面面積約950萬平方呎,一個50平方呎倉位的平均月租約為1,150港元。於往績記錄期間,本集團收益由"
            "2022年的4.86億港元增至2024年的6.02億港元。"
        ),
        obs=[
            ("Total", 2019, 1.2, "HKD 100 million", "actual"),
            ("Total", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2029, 7.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2019, 2024, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (3.1 / 1.2) ** (1 / 5) - 1 = 20.90% -> 20.9, not 21.3; bounds (3.05 / 1.25) ** (1/5) - 1 = 19.53%,
            # (3.15 / 1.15) ** (1/5) - 1 = 22.33% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 5) - 1 = 19.01% -> 19.0
        ],
    ),
    # 15. Taiwan newspaper story (Traditional) dated 2025: 前年 2023, 去年 2024 (约9.6 at its printed figure), 今年
    #     2025 an estimate; rises written 成長2成 (20%) and 成長3成 (30%). Expected nowhere: the byline and date, the
    #     68萬件 moves, the leading mover's own revenue, margin and second-half growth.
    dict(
        text=(
            "〔記者林冠宇/台北報導〕2025/03/21 搬家也吹起AI風。業者估計,國內搬家AI估價、派車與理賠系統市場規模去年"
            "約新台幣9.6億元,比前年的8億元成長2成;今年在大型業者全面導入影像估材下,可望再成長3成,達到12.5億元。"
            "全台去年搬家需求約68萬件,龍頭大象搬家去年營收5.2億元、毛利率約34%,去年下半年營收年增12%。業者坦言,"
            "AI估材讓報價時間從兩天縮短到兩小時,但老師傅的經驗仍難以完全取代。"
        ),
        obs=[
            ("Total", 2023, 8, "TWD 100 million", "actual"),
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2025, 12.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 8) ** (1 / 1) - 1 = 20.00% -> 2成 (20)
            ("cagr|implied", "exact"),  # (12.5 / 9.6) ** (1 / 1) - 1 = 30.21% -> 3成 (30)
        ],
    ),
    # 16. Markdown table (UK, GBP million) with 2024A, 2025E and 2026E columns and a CAGR column with its printed span:
    #     quote and claims handling's 20.6% holds only by rounding, storage unit pricing's 24.1% is inconsistent.
    #     Expected nowhere: the table number, the tracker's date, the first-quarter figures in another table.
    dict(
        text=(
            "Table 3: UK removals and storage firms' AI spend by application (GBP million)\n"
            "| Application | 2024A | 2025E | 2026E | CAGR 2024-26 |\n"
            "|---|---|---|---|---|\n"
            "| AI volume estimation from video surveys | 21.4 | 27.9 | 35.6 | 29.0% |\n"
            "| AI crew and truck scheduling | 17.8 | 22.1 | 27.0 | 23.2% |\n"
            "| AI quote and claims handling | 12.6 | 15.3 | 18.4 | 20.6% |\n"
            "| AI storage unit pricing | 9.3 | 11.9 | 15.0 | 24.1% |\n"
            "Source: Thornbury Analytics, UK Moving & Storage Tech Tracker, April 2025. A = actual, E = estimate. "
            "First-quarter 2025 figures appear in Table 4."
        ),
        obs=[
            ("AI volume estimation from video surveys", 2024, 21.4, "GBP million", "actual"),
            ("AI volume estimation from video surveys", 2025, 27.9, "GBP million", "estimate"),
            ("AI volume estimation from video surveys", 2026, 35.6, "GBP million", "estimate"),
            ("AI crew and truck scheduling", 2024, 17.8, "GBP million", "actual"),
            ("AI crew and truck scheduling", 2025, 22.1, "GBP million", "estimate"),
            ("AI crew and truck scheduling", 2026, 27.0, "GBP million", "estimate"),
            ("AI quote and claims handling", 2024, 12.6, "GBP million", "actual"),
            ("AI quote and claims handling", 2025, 15.3, "GBP million", "estimate"),
            ("AI quote and claims handling", 2026, 18.4, "GBP million", "estimate"),
            ("AI storage unit pricing", 2024, 9.3, "GBP million", "actual"),
            ("AI storage unit pricing", 2025, 11.9, "GBP million", "estimate"),
            ("AI storage unit pricing", 2026, 15.0, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35.6 / 21.4) ** (1 / 2) - 1 = 28.98% -> 29.0
            ("cagr|implied", "exact"),  # (27.0 / 17.8) ** (1 / 2) - 1 = 23.16% -> 23.2
            # (18.4 / 12.6) ** (1 / 2) - 1 = 20.84% -> 20.8, not 20.6; bounds (18.35 / 12.65) ** (1/2) - 1 = 20.44%,
            # (18.45 / 12.55) ** (1/2) - 1 = 21.25% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
            # (15.0 / 9.3) ** (1 / 2) - 1 = 27.00% -> 27.0, not 24.1; bounds (14.95 / 9.35) ** (1/2) - 1 = 26.45%,
            # (15.05 / 9.25) ** (1/2) - 1 = 27.56% -> 24.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 17. Tab-separated table whose rows each state their unit in a column of their own (¥ billion -> JPY billion,
    #     NT$100 million -> TWD 100 million, HK$ million -> HKD million), with a 2025F forecast column and a YoY 2024
    #     column (Japan's 21.6% holds only by rounding). Expected nowhere: the exhibit number, the won and
    #     Australian-dollar amounts in the note (currencies the unit table does not hold).
    dict(
        text=(
            "Exhibit 5. AI dynamic pricing and access control at self-storage sites, selected Asian markets\n"
            "Market\tUnit\t2023\t2024\t2025F\tYoY 2024\n"
            "Japan\t¥ billion\t6.1\t7.4\t8.9\t21.6%\n"
            "Taiwan\tNT$100 million\t3.2\t4.0\t4.9\t25.0%\n"
            "Hong Kong\tHK$ million\t118\t142\t170\t20.3%\n"
            "Source: Kestrel Asia Research, May 2025. F = forecast. South Korea (₩31 billion in 2024) and Australia "
            "(A$52 million) are left unconverted in Appendix B."
        ),
        obs=[
            ("Japan", 2023, 6.1, "JPY billion", "actual"),
            ("Japan", 2024, 7.4, "JPY billion", "actual"),
            ("Japan", 2025, 8.9, "JPY billion", "estimate"),
            ("Taiwan", 2023, 3.2, "TWD 100 million", "actual"),
            ("Taiwan", 2024, 4.0, "TWD 100 million", "actual"),
            ("Taiwan", 2025, 4.9, "TWD 100 million", "estimate"),
            ("Hong Kong", 2023, 118, "HKD million", "actual"),
            ("Hong Kong", 2024, 142, "HKD million", "actual"),
            ("Hong Kong", 2025, 170, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (7.4 / 6.1) ** (1 / 1) - 1 = 21.31% -> 21.3, not 21.6; bounds 7.35 / 6.15 - 1 = 19.51%,
            # 7.45 / 6.05 - 1 = 23.14% -> 21.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4.0 / 3.2) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (142 / 118) ** (1 / 1) - 1 = 20.34% -> 20.3
        ],
    ),
    # 18. Space-aligned table by region (United States, USD million, 2024) with a share column and a Total row: five
    #     shares (the Southeast's 28% holds only by rounding), regions add to the Total; the Total's 100% is no claim.
    #     Expected nowhere: the survey's date, the 2,900 facilities, the fourth-quarter $86 million.
    dict(
        text=(
            "US self-storage operators' spend on AI revenue management and unit pricing, by region, 2024\n"
            "Region          USD million     Share\n"
            "Northeast                61       20%\n"
            "Southeast                89       28%\n"
            "Midwest                  48       15%\n"
            "Southwest                52       17%\n"
            "West                     62       20%\n"
            "Total                   312      100%\n"
            "Source: Cordell Storage Analytics, Self-Storage Tech Spend Survey, June 2025. Shares are of the regional "
            "total and are rounded to whole percentages. Excludes the 2,900 facilities run on third-party management "
            "platforms; fourth-quarter spend alone was $86 million."
        ),
        obs=[
            ("Northeast", 2024, 61, "USD million", "actual"),
            ("Southeast", 2024, 89, "USD million", "actual"),
            ("Midwest", 2024, 48, "USD million", "actual"),
            ("Southwest", 2024, 52, "USD million", "actual"),
            ("West", 2024, 62, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
        ],
        claims=[
            ("share", 20, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61 / 312 = 19.55% -> 20
            # 89 / 312 = 28.53% -> 29, not 28; bounds 88.5 / 312.5 = 28.32%, 89.5 / 311.5 = 28.73% -> 28 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 48 / 312 = 15.38% -> 15
            ("arithmetic", "exact"),  # 52 / 312 = 16.67% -> 17
            ("arithmetic", "exact"),  # 62 / 312 = 19.87% -> 20
            ("hierarchy", "exact"),  # 61 + 89 + 48 + 52 + 62 = 312
        ],
    ),
    # 19. Vertical markdown table (Canada) whose rows are years, a lone value column headed by its unit only (Total,
    #     USD million), forecast years marked E, a YoY column: 2022's 28.3% holds only by rounding, 2023's 26.8% is
    #     inconsistent. Expected nowhere: the title's year span, the edition year, the 3.9 million household moves.
    dict(
        text=(
            "Canada: spending on AI move planning (video volume estimation, crew and truck scheduling), 2020-2026E\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2020 | 18.4 | - |\n"
            "| 2021 | 23.9 | 29.9% |\n"
            "| 2022 | 30.6 | 28.3% |\n"
            "| 2023 | 38.2 | 26.8% |\n"
            "| 2024 | 47.1 | 23.3% |\n"
            "| 2025E | 57.5 | 22.1% |\n"
            "| 2026E | 69.3 | 20.5% |\n"
            "Source: Maple Ridge Transport Insights, 2025 edition. E = estimate. Canadians made roughly 3.9 million "
            "household moves in 2024."
        ),
        obs=[
            ("Total", 2020, 18.4, "USD million", "actual"),
            ("Total", 2021, 23.9, "USD million", "actual"),
            ("Total", 2022, 30.6, "USD million", "actual"),
            ("Total", 2023, 38.2, "USD million", "actual"),
            ("Total", 2024, 47.1, "USD million", "actual"),
            ("Total", 2025, 57.5, "USD million", "estimate"),
            ("Total", 2026, 69.3, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2020, 2021, 1.0),
            ("growth", 28.3, "percent", 2021, 2022, 1.0),
            ("growth", 26.8, "percent", 2022, 2023, 1.0),
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
            ("growth", 20.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.9 / 18.4) ** (1 / 1) - 1 = 29.89% -> 29.9
            # (30.6 / 23.9) ** (1 / 1) - 1 = 28.03% -> 28.0, not 28.3; bounds 30.55 / 23.95 - 1 = 27.56%,
            # 30.65 / 23.85 - 1 = 28.51% -> 28.3 reached only by some reading
            ("cagr|implied", "rounding"),
            # (38.2 / 30.6) ** (1 / 1) - 1 = 24.84% -> 24.8, not 26.8; bounds 38.15 / 30.65 - 1 = 24.47%,
            # 38.25 / 30.55 - 1 = 25.20% -> 26.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (47.1 / 38.2) ** (1 / 1) - 1 = 23.30% -> 23.3
            ("cagr|implied", "exact"),  # (57.5 / 47.1) ** (1 / 1) - 1 = 22.08% -> 22.1
            ("cagr|implied", "exact"),  # (69.3 / 57.5) ** (1 / 1) - 1 = 20.52% -> 20.5
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣億元 -> TWD 100 million) with a 合計 row and a 年增率
    #     column: rows add to 合計 in 2023, in 2024 only by rounding (17.4 against 17.5); AI動態定價's 27.0% holds
    #     only by rounding. Expected nowhere: the table number, the white paper's title year, the reference to
    #     table 5.
    dict(
        text=(
            "表4 臺灣倉儲與搬家業AI應用市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t年增率\n"
            "AI動態定價\t3.4\t4.3\t27.0%\n"
            "AI門禁與佔用監測\t2.8\t3.5\t25.0%\n"
            "AI影像估材與報價\t4.1\t5.2\t26.8%\n"
            "AI派車與排班\t3.6\t4.4\t22.2%\n"
            "合計\t13.9\t17.5\t25.9%\n"
            "資料來源:臺灣物流科技協會《2025智慧倉儲與搬家白皮書》;年增率以原始數據計算。全台迷你倉據點數與搬家業營業額"
            "另見表5。"
        ),
        obs=[
            ("AI動態定價", 2023, 3.4, "TWD 100 million", "actual"),
            ("AI動態定價", 2024, 4.3, "TWD 100 million", "actual"),
            ("AI門禁與佔用監測", 2023, 2.8, "TWD 100 million", "actual"),
            ("AI門禁與佔用監測", 2024, 3.5, "TWD 100 million", "actual"),
            ("AI影像估材與報價", 2023, 4.1, "TWD 100 million", "actual"),
            ("AI影像估材與報價", 2024, 5.2, "TWD 100 million", "actual"),
            ("AI派車與排班", 2023, 3.6, "TWD 100 million", "actual"),
            ("AI派車與排班", 2024, 4.4, "TWD 100 million", "actual"),
            ("合計", 2023, 13.9, "TWD 100 million", "actual"),
            ("合計", 2024, 17.5, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.3 / 3.4) ** (1 / 1) - 1 = 26.47% -> 26.5, not 27.0; bounds 4.25 / 3.45 - 1 = 23.19%,
            # 4.35 / 3.35 - 1 = 29.85% -> 27.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3.5 / 2.8) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (5.2 / 4.1) ** (1 / 1) - 1 = 26.83% -> 26.8
            ("cagr|implied", "exact"),  # (4.4 / 3.6) ** (1 / 1) - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (17.5 / 13.9) ** (1 / 1) - 1 = 25.90% -> 25.9
            ("hierarchy", "exact"),  # 2023: 3.4 + 2.8 + 4.1 + 3.6 = 13.9
            # 2024: 4.3 + 3.5 + 5.2 + 4.4 = 17.4, not 17.5; bounds 17.2..17.6 (each part +/-0.05) -> 17.5 by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. County council request for proposals (UK, GBP million) quoting the market: YoY with both amounts, a CAGR
    #     whose span only the amounts' years give (inferred). Expected nowhere: the reference number and dates, the
    #     1,850 tenants, the £2.3 billion of removal firms' turnover (total), the £1.2 million contract value, the
    #     four-year term, the 200 video surveys.
    dict(
        text=(
            "REQUEST FOR PROPOSALS - Ref. NMC/PROC/2025/0117\n"
            "Northmoor County Council, Procurement Services, 9 June 2025. The Council invites proposals for an AI "
            "volume-estimation and quoting service for its household relocation scheme, which helps some 1,850 tenants "
            "move home each year. Background: according to the British Removals Trade Register, the UK market for AI "
            "quoting, video volume estimation and claims handling used by removal firms reached \u00a364 million in "
            "2024, up 14% from \u00a356 million in 2023, and is forecast to reach \u00a3105 million by 2028, an average "
            "annual growth rate of about 13%. Removal firms' total turnover was around \u00a32.3 billion in 2024. The "
            "contract is valued at up to \u00a31.2 million over four years, and bidders must show at least 200 "
            "completed video surveys. Proposals are due by 4 July 2025."
        ),
        obs=[
            ("Total", 2023, 56, "GBP million", "actual"),
            ("Total", 2024, 64, "GBP million", "actual"),
            ("Total", 2028, 105, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64 / 56) ** (1 / 1) - 1 = 14.29% -> 14
            ("cagr|period", "exact"),  # (105 / 64) ** (1 / 4) - 1 = 13.18% -> 13
        ],
    ),
    # 22. Toronto storage REIT's shareholders' meeting Q&A ("Q:" / "A:", May 21, 2025) sizing a North American TAM in
    #     US dollars: the TAM is the market (Total); "this year" is 2025 (roughly, printed figure, estimate), "last
    #     year" 2024 (actual); the 2029 figure in billions converted to the series' unit (USD million); the CAGR's span
    #     only from the amounts' years (inferred). Expected nowhere: the meeting date, the 212 sites, the first
    #     quarter's 91.4% occupancy, the REIT's C$418 million revenue and 6% growth, the C$189 monthly rent.
    dict(
        text=(
            "Vaultway Storage REIT - Annual General Meeting of Unitholders, Toronto, May 21, 2025. Excerpt from the "
            "question period.\n"
            "Q: You keep calling AI pricing a growth market. How big is it, really?\n"
            "A (Dana Whitcombe, CEO): We size the total addressable market for AI dynamic pricing, access control and "
            "occupancy monitoring across North American self-storage at roughly US$780 million this year, up about 19% "
            "from US$655 million last year. We think it passes US$1.5 billion by 2029, compounding at about 18% a "
            "year.\n"
            "Q: And what does that mean for your own portfolio?\n"
            "A: Our 212 sites ran at 91.4% occupancy in the first quarter, our revenue rose 6% to C$418 million last "
            "year, and a standard 10x10 unit now rents for about C$189 a month."
        ),
        obs=[
            ("Total", 2024, 655, "USD million", "actual"),
            ("Total", 2025, 780, "USD million", "estimate"),
            ("Total", 2029, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 655) ** (1 / 1) - 1 = 19.08% -> 19
            ("cagr|period", "exact"),  # (1500 / 780) ** (1 / 4) - 1 = 17.76% -> 18
        ],
    ),
    # 23. Op-ed by a Leiden logistics professor (EUR million): "has tripled since 2020" is a multiple x3 from 2020 to
    #     last year (2024, the op-ed being dated 2025), over 4 years, no verdict; both amounts approximate, at their
    #     printed figures. Expected nowhere: the €2.4 billion sector turnover (total), the 1.7 million moves, the 58%
    #     survey answer, the CHF 25 million Swiss market (francs, not in the unit table).
    dict(
        text=(
            "Opinion: The removal van has learned to think. By Prof. Marieke Doornbos, chair of logistics, Rijnland "
            "University of Applied Sciences, Leiden, 17 September 2025.\n"
            "When I began studying the Dutch removals trade, crew rotas lived in ring binders. No longer. Spending by "
            "Dutch removal and self-storage firms on AI crew and truck scheduling has tripled since 2020, from about "
            "\u20ac16 million that year to some \u20ac48 million last year, according to figures I compiled with the "
            "Vereniging Verhuizen en Opslag. That is still a sliver of the \u20ac2.4 billion the sector turned over, and "
            "the 1.7 million moves Dutch households make each year are still done by people carrying boxes. In a survey "
            "we ran, 58% of firm owners said the software had cut empty truck-kilometres. Across the border, Swiss "
            "operators spend roughly CHF 25 million on similar tools. Policymakers should take note: the scheduler, not "
            "the van, is where the margin now lives."
        ),
        obs=[
            ("Total", 2020, 16, "EUR million", "actual"),
            ("Total", 2024, 48, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[],
    ),
    # 24. Self-storage owners' forum post (USD million) whose "EDIT:" line corrects the 2023 figure and the rate: the
    #     corrected $342M and "up 20%" are expected; the misread $352M and the 17% built on it are expected nowhere.
    #     Also nowhere: the post date, the poster's 3 facilities and 1,100 units, his 88% occupancy, the $145 rent.
    dict(
        text=(
            "r/SelfStorageOwners - posted by u/tenfootunit, 3 Feb 2025\n"
            "Anyone else getting hammered by pricing-software vendors? Their deck quoted a Harbourline Research number: "
            "US operators spent $412M on AI dynamic pricing for storage units in 2024, up 17% from $352M in 2023. I run "
            "3 facilities (about 1,100 units) at 88% occupancy and my 10x10s go for $145 a month, so I'm not sure I "
            "need a robot to tell me what to charge. Still tempted though.\n"
            "EDIT: the 2023 figure is $342M, not $352M, I misread the chart. The deck actually says up 20%."
        ),
        obs=[
            ("Total", 2023, 342, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 342) ** (1 / 1) - 1 = 20.47% -> 20
        ],
    ),
    # 25. Munich wire press release with "Key highlights:" bullets (EUR million): a CAGR with its printed span that holds
    #     only by rounding, a part with its share. Expected nowhere: the dateline, the 1,150 storage sites, the 2.1
    #     million square metres, the 310 operators interviewed.
    dict(
        text=(
            "MUNICH, March 11, 2025 /Business Wire/ -- Isarwerk Analytics today published its study of AI access "
            "control and occupancy monitoring at German self-storage sites.\n"
            "Key highlights:\n"
            "- The German market reached \u20ac37.5 million in 2024, up from \u20ac31.2 million in 2023.\n"
            "- It is forecast to reach \u20ac96 million by 2030, a CAGR of 16.8% over 2024-2030.\n"
            "- Camera-based occupancy analytics accounted for \u20ac15.4 million, or 41% of the market.\n"
            "- Germany's roughly 1,150 storage sites offer about 2.1 million square metres of space.\n"
            "The study draws on interviews with 310 operators. \"Operators have moved from keypads to cameras that "
            "learn,\" said managing partner Jonas Keller."
        ),
        obs=[
            ("Total", 2023, 31.2, "EUR million", "actual"),
            ("Total", 2024, 37.5, "EUR million", "actual"),
            ("Total", 2030, 96, "EUR million", "estimate"),
            ("Camera-based occupancy analytics", 2024, 15.4, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (96 / 37.5) ** (1 / 6) - 1 = 16.96% -> 17.0, not 16.8; bounds (95.5 / 37.55) ** (1/6) - 1 = 16.83%,
            # (96.5 / 37.45) ** (1/6) - 1 = 17.09% -> 16.8 reached only by some reading
            ("cagr", "rounding"),
            ("arithmetic", "exact"),  # 15.4 / 37.5 = 41.07% -> 41
        ],
    ),
    # 26. Research house blog (USD billion, the unit the text prints first): a range for 2030 gives two value claims
    #     (no observation); 2024 is the year's observation. Expected nowhere: the post date, the 28 million moves, the
    #     $21 billion moving industry (total), the start-up's $38 million round and $310 million valuation, the first
    #     quarter's $130 million.
    dict(
        text=(
            "Tallis & Crewe Research blog - How big can AI moving get? - posted 28 April 2025\n"
            "Short answer: bigger than the van. Our base case puts US spending on AI for household moving - video "
            "walk-through volume estimation, instant quotes, crew and truck scheduling - at $1.1-1.4 billion in 2030. "
            "That compares with $0.46 billion in 2024, a year in which American households made roughly 28 million "
            "moves and the moving industry took in some $21 billion. Money is chasing the idea: one venture-backed "
            "start-up raised $38 million this spring at a $310 million valuation. Don't read too much into the first "
            "quarter of 2025, when vendors booked about $130 million; winter is always slow for movers."
        ),
        obs=[
            ("Total", 2024, 0.46, "USD billion", "actual"),
        ],
        claims=[
            ("value", 1.1, "USD billion", 2030, 2030, None),
            ("value", 1.4, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 27. British removals federation's annual review (GBP million): 2023 restated ("revised from £19.2 million to
    #     £20.1 million", the revised figure expected), a YoY that holds only by rounding, a part with its share.
    #     Expected nowhere: the review's title years, the pre-revision £19.2 million, the 37 late members, the £1.46
    #     billion of removals turnover (total), the 612 members, the 410,000 moves, the £340 average payout.
    dict(
        text=(
            "Removals and Storage Federation of Great Britain - Annual Review 2024/25, section 4: Technology.\n"
            "Members' spending on AI quoting and claims handling - the software that prices a move from a customer's "
            "phone video and settles breakage claims - reached \u00a323.8 million in 2024, up 19% on 2023. The 2023 "
            "figure has been revised from \u00a319.2 million to \u00a320.1 million after late returns from 37 members. "
            "Of the 2024 total, claims handling accounted for \u00a36.1 million, about 26%. For comparison, members' "
            "combined removals turnover was \u00a31.46 billion, and the Federation's 612 members completed around "
            "410,000 household moves. The average claim payout rose to \u00a3340."
        ),
        obs=[
            ("Total", 2023, 20.1, "GBP million", "actual"),
            ("Total", 2024, 23.8, "GBP million", "actual"),
            ("Claims handling", 2024, 6.1, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (23.8 / 20.1) ** (1 / 1) - 1 = 18.41% -> 18, not 19; bounds 23.75 / 20.15 - 1 = 17.87%,
            # 23.85 / 20.05 - 1 = 18.95% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 6.1 / 23.8 = 25.63% -> 26
        ],
    ),
    # 28. Brussels news brief writing numbers in words (EUR million): "one and a half billion euros" by 2030 converted
    #     to the series' unit (1500 EUR million, estimate), "twelve per cent" a YoY with both amounts ("last year" =
    #     2024), "about sixteen per cent a year between 2024 and 2030" a stated CAGR. Expected nowhere: the dateline,
    #     "about half of the total" (a share in words), the start-up's thirty million euros (a funding round).
    dict(
        text=(
            "BRUSSELS, 2 October 2025 (Europa Wire) - Storage and removal companies in the European Union will spend one "
            "and a half billion euros a year on artificial intelligence by 2030, according to a study by the Brussels "
            "consultancy Kessel & Voss published on Thursday. Spending on AI pricing of storage units, crew scheduling "
            "and video volume surveys came to \u20ac610 million last year, twelve per cent more than the \u20ac545 "
            "million spent in 2023, the study said. It expects growth of about sixteen per cent a year between 2024 and "
            "2030. France, Germany and Spain together account for about half of the total. A Paris start-up that "
            "estimates furniture volumes from phone videos raised thirty million euros last month."
        ),
        obs=[
            ("Total", 2023, 545, "EUR million", "actual"),
            ("Total", 2024, 610, "EUR million", "actual"),
            ("Total", 2030, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (610 / 545) ** (1 / 1) - 1 = 11.93% -> 12
            ("cagr", "exact"),  # (1500 / 610) ** (1 / 6) - 1 = 16.18% -> 16
        ],
    ),
    # 29. People's Daily-style story (Simplified, 亿元): 同比增长 with both amounts, a part with its share, a CAGR with
    #     printed span that no reading reaches. Expected nowhere: the dateline, the 2800 stores, the 350万平方米, the
    #     68亿元 of industry revenue (total), the 400元 monthly rent.
    dict(
        text=(
            "本报北京3月18日电(记者林晓舟)记者从中国仓储与配送协会自助仓储分会获悉:2024年我国自助仓储行业人工智能"
            "应用市场规模达到9.6亿元,同比增长28.0%,较2023年的7.5亿元明显提升。其中,智能动态定价系统市场规模为"
            "3.4亿元,占比35.4%,门禁与仓位监控、客户服务等场景紧随其后。分会预计,2024—2028年行业人工智能应用市场"
            "规模年均复合增长率为25.4%,到2028年将达到23.1亿元。截至2024年底,全国自助仓储门店约2800家,可租赁面积约"
            "350万平方米,行业全年营收约68亿元,一线城市小型仓位月租约400元。"
        ),
        obs=[
            ("Total", 2023, 7.5, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("智能动态定价系统", 2024, 3.4, "CNY 100 million", "actual"),
            ("Total", 2028, 23.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("share", 35.4, "percent", 2024, 2024, None),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.5) ** (1 / 1) - 1 = 28.00% -> 28.0
            ("arithmetic", "exact"),  # 3.4 / 9.6 = 35.42% -> 35.4
            # (23.1 / 9.6) ** (1 / 4) - 1 = 24.55%; bounds (23.05 / 9.65) ** (1/4) - 1 = 24.32%,
            # (23.15 / 9.55) ** (1/4) - 1 = 24.78% -> 25.4 reached by no reading
            ("cagr", "inconsistent"),
        ],
    ),
    # 30. Zhejiang provincial departments' notice (Simplified, 亿元): 约4.2亿元 in 2024 (actual, printed figure); 力争到
    #     2027年 ... 翻一番 is a target (estimate, 以上 at its printed figure) and a multiple x2 over 3 years (no verdict);
    #     年均增长26%左右 a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the document
    #     number, the 20 demonstration firms, the 1500 firms, the 600万次 moves.
    dict(
        text=(
            "浙江省住房和城乡建设厅 浙江省交通运输厅关于推进搬家与自助仓储行业智能化发展的通知(浙建发〔2025〕27号)\n"
            "各市、县(市、区)住房城乡建设局、交通运输局:2024年,全省搬家及自助仓储行业人工智能应用规模约4.2亿元,"
            "视频估方、智能派单和无人值守仓点已在杭州、宁波等地先行推广。力争到2027年,全省行业人工智能应用规模翻一番,"
            "达到8.4亿元以上,年均增长26%左右;培育智能调度示范企业20家,全省规范化搬家企业达到1500家,年服务搬家量"
            "突破600万次。各地要加强统筹协调,落实支持政策,确保各项任务落地见效。"
        ),
        obs=[
            ("Total", 2024, 4.2, "CNY 100 million", "actual"),
            ("Total", 2027, 8.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
            ("cagr", 26, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.4 / 4.2) ** (1 / 3) - 1 = 25.99% -> 26
        ],
    ),
    # 31. Tech-news startup story (Simplified, 亿元): a CAGR with printed span that holds only by rounding. Expected
    #     nowhere: the 1.8亿元 B round and the 15亿元 valuation, the 450 moving firms served, the firm's first-half
    #     revenue growth of 210%, the three-minute video.
    dict(
        text=(
            "36氪获悉,AI搬家估方平台「量箱科技」近日完成1.8亿元B轮融资,由远澜资本领投,投后估值约15亿元。本轮资金"
            "将用于视频体积识别模型迭代和城市拓展。据恒观研究院数据,2024年中国搬家行业AI视频估方及报价市场规模为3.1亿元,"
            "预计到2027年将增至8.6亿元,2024—2027年复合增长率约为40%。量箱科技创始人表示,公司已服务超过450家搬家公司,"
            "2025年上半年营收同比增长210%;用户只需用手机绕房间拍摄约3分钟视频,系统即可估算出家具体积、所需车型和"
            "搬运人数,报价误差控制在一成以内。"
        ),
        obs=[
            ("Total", 2024, 3.1, "CNY 100 million", "actual"),
            ("Total", 2027, 8.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 40, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (8.6 / 3.1) ** (1 / 3) - 1 = 40.51% -> 41, not 40; bounds (8.55 / 3.15) ** (1/3) - 1 = 39.49%,
            # (8.65 / 3.05) ** (1/3) - 1 = 41.55% -> 40 reached only by some reading
            ("cagr", "rounding"),
        ],
    ),
    # 32. Taipei tech-news article (Traditional, 新台幣億元): 年增18% with both amounts, a 2026 forecast (突破, printed
    #     figure, estimate) and a CAGR with printed span. Expected nowhere: the 520 sites, the NT$6,000 monthly rent,
    #     the leading operator's NT$21億 revenue and 86% occupancy, the survey's 六成 (a survey answer in words).
    dict(
        text=(
            "【數位觀察/記者陳柏言/台北報導】迷你倉業者加速導入AI。根據台灣倉儲科技研究中心最新調查,2024年台灣自助"
            "倉儲AI動態定價、門禁與佔用監控市場規模達新台幣7.8億元,年增18%,2023年為新台幣6.6億元。研究中心預估,"
            "2026年市場規模將突破新台幣12億元,2024至2026年年複合成長率約24%。目前全台迷你倉據點約520處,以台北市最為"
            "密集,4坪倉位月租約新台幣6,000元;龍頭業者倉易達去年營收新台幣21億元,平均出租率約86%。研究員指出,受訪業者"
            "中有六成計畫擴大導入AI,以因應人力成本上升。"
        ),
        obs=[
            ("Total", 2023, 6.6, "TWD 100 million", "actual"),
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2026, 12, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.8 / 6.6) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr", "exact"),  # (12 / 7.8) ** (1 / 2) - 1 = 24.03% -> 24
        ],
    ),
    # 33. Hong Kong trade-council research note (Traditional, 億港元): two parts with their shares, one holding only by
    #     rounding; a 2027 forecast. Expected nowhere: the note's date, the 1,300 mini-storage sites, the 700萬平方呎,
    #     the 2,000港元 monthly rent, last year's fourth quarter's 1.8億港元 (a quarter's figure).
    dict(
        text=(
            "香港貿易發展局研究部 經貿研究筆記(2025年8月)\n"
            "香港迷你倉業加快引入人工智能。研究部估計,2024年本港迷你倉及搬運業的人工智能應用市場規模約為6.4億港元,"
            "其中智能門禁及佔用監察系統為2.3億港元,佔36%;AI動態定價為1.5億港元,佔24%。隨着工廈迷你倉轉向無人值守,"
            "市場預計於2027年增至10.2億港元。全港迷你倉約有1,300個,總樓面面積逾700萬平方呎,100平方呎倉位月租約2,000"
            "港元。業界去年第四季的AI相關開支約1.8億港元。"
        ),
        obs=[
            ("Total", 2024, 6.4, "HKD 100 million", "actual"),
            ("智能門禁及佔用監察系統", 2024, 2.3, "HKD 100 million", "actual"),
            ("AI動態定價", 2024, 1.5, "HKD 100 million", "actual"),
            ("Total", 2027, 10.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.3 / 6.4 = 35.94% -> 36
            # 1.5 / 6.4 = 23.44% -> 23, not 24; bounds 1.45 / 6.45 = 22.48%, 1.55 / 6.35 = 24.41% -> 24 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 34. Broker's expert conference-call minutes (Simplified, 亿元, 2025E/2026E estimates): two YoY rates with both
    #     amounts, the second one no reading reaches. Expected nowhere: the call date, the 18% and 5% penetration
    #     rates, a leader's order target (翻倍), its 35% gross margin and 20% share target, the first quarter's 2.9亿元.
    dict(
        text=(
            "【华岳证券】专家电话会议纪要:AI排班调度在搬家与仓储行业的渗透(2025年6月12日)\n"
            "专家观点:1)2024年国内搬家及仓储企业AI车辆与人员排班调度市场规模约11.2亿元;2025E约14.5亿元,同比增长29%;"
            "2026E约19.6亿元,同比增长30%。2)目前头部搬家企业AI排班渗透率约18%,中小企业不足5%,旺季跨城调车是主要需求。"
            "3)某龙头公司2025年订单目标翻倍,毛利率维持在35%左右,公司目标市占率20%。4)今年一季度行业AI调度开支约2.9亿元,"
            "受春节影响偏淡。"
        ),
        obs=[
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2025, 14.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 19.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("growth", 30, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.5 / 11.2) ** (1 / 1) - 1 = 29.46% -> 29
            # (19.6 / 14.5) ** (1 / 1) - 1 = 35.17%; bounds 19.55 / 14.55 - 1 = 34.36%, 19.65 / 14.45 - 1 = 35.99%
            # -> 30 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. White paper (Simplified, 亿元): YoY with both amounts; "约120亿—150亿元" for 2030 gives two value claims (no
    #     observation). Expected nowhere: the white paper's title year, the 12 institutions, the 326 firms, the 72%
    #     survey answer, the 1,600亿元 moving-services market (total).
    dict(
        text=(
            "《中国智慧仓储与搬家服务白皮书(2025)》指出,随着AI视频估方、智能排班和无人值守仓点的普及,我国仓储搬家"
            "智能化市场正在加速扩张。白皮书测算,2024年该市场规模为38.5亿元,较2023年的30.8亿元增长25%;预计到2030年,"
            "市场规模约120亿—150亿元。白皮书由智仓产业联盟联合12家机构编写,调研了326家企业,其中72%的受访企业表示"
            "已在报价环节使用AI。2024年全国搬家服务市场总规模约1,600亿元。"
        ),
        obs=[
            ("Total", 2023, 30.8, "CNY 100 million", "actual"),
            ("Total", 2024, 38.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
            ("value", 150, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.8) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 36. Markdown table (USD million) with H1, H2 and full-year columns and a Total row: only the full years are
    #     expected (2025E an estimate); the 2024 Total holds only by rounding. Expected nowhere: the H1 and H2
    #     half-year figures, the table number, the note's 12,600 moving firms.
    dict(
        text=(
            "Table 3. US AI moving-software spending by segment, USD million (Tallis & Crewe Research, March 2025)\n"
            "| Segment | 2023 | H1 2024 | H2 2024 | 2024 | 2025E |\n"
            "|---|---|---|---|---|---|\n"
            "| Video volume estimation | 96.4 | 58.1 | 63.5 | 121.6 | 152.0 |\n"
            "| Crew & truck scheduling | 71.2 | 41.0 | 44.3 | 85.3 | 103.8 |\n"
            "| Quotes & claims handling | 38.5 | 21.7 | 24.6 | 46.3 | 57.1 |\n"
            "| Total | 206.1 | 120.8 | 132.4 | 253.3 | 312.9 |\n"
            "Note: H1 and H2 are half-year figures; 2025E is a forecast. Covers some 12,600 licensed moving firms."
        ),
        obs=[
            ("Video volume estimation", 2023, 96.4, "USD million", "actual"),
            ("Video volume estimation", 2024, 121.6, "USD million", "actual"),
            ("Video volume estimation", 2025, 152.0, "USD million", "estimate"),
            ("Crew & truck scheduling", 2023, 71.2, "USD million", "actual"),
            ("Crew & truck scheduling", 2024, 85.3, "USD million", "actual"),
            ("Crew & truck scheduling", 2025, 103.8, "USD million", "estimate"),
            ("Quotes & claims handling", 2023, 38.5, "USD million", "actual"),
            ("Quotes & claims handling", 2024, 46.3, "USD million", "actual"),
            ("Quotes & claims handling", 2025, 57.1, "USD million", "estimate"),
            ("Total", 2023, 206.1, "USD million", "actual"),
            ("Total", 2024, 253.3, "USD million", "actual"),
            ("Total", 2025, 312.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 96.4 + 71.2 + 38.5 = 206.1
            # 2024: 121.6 + 85.3 + 46.3 = 253.2, not 253.3; bounds 253.05 to 253.35 -> 253.3 reached only by some
            # reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 152.0 + 103.8 + 57.1 = 312.9
        ],
    ),
    # 37. Tab-separated Japanese table (JPY billion) by segment with a "Share of total" column and a Total row: five
    #     shares (the scheduling 18% no reading reaches), the rows add to the total; the 100% total is no claim.
    #     Expected nowhere: the 2,150 sites in the note.
    dict(
        text=(
            "Japan: AI in self-storage and moving by segment, 2024 (\u00a5 billion)\n"
            "Segment\t\u00a5 billion\tShare of total\n"
            "AI dynamic pricing of storage units\t6.8\t31%\n"
            "Access control and occupancy monitoring\t5.2\t24%\n"
            "Video volume estimation for movers\t4.9\t22%\n"
            "Crew and truck scheduling\t3.6\t18%\n"
            "Quote and claims handling\t1.4\t6%\n"
            "Total\t21.9\t100%\n"
            "Note: Shares may not add up because of rounding. Source: Kanto Storage Research survey of 2,150 sites."
        ),
        obs=[
            ("AI dynamic pricing of storage units", 2024, 6.8, "JPY billion", "actual"),
            ("Access control and occupancy monitoring", 2024, 5.2, "JPY billion", "actual"),
            ("Video volume estimation for movers", 2024, 4.9, "JPY billion", "actual"),
            ("Crew and truck scheduling", 2024, 3.6, "JPY billion", "actual"),
            ("Quote and claims handling", 2024, 1.4, "JPY billion", "actual"),
            ("Total", 2024, 21.9, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
            ("share", 6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.8 / 21.9 = 31.05% -> 31
            ("arithmetic", "exact"),  # 5.2 / 21.9 = 23.74% -> 24
            ("arithmetic", "exact"),  # 4.9 / 21.9 = 22.37% -> 22
            # 3.6 / 21.9 = 16.44%; bounds 3.55 / 21.95 = 16.17%, 3.65 / 21.85 = 16.70% -> 18 reached by no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 1.4 / 21.9 = 6.39% -> 6
            ("hierarchy", "exact"),  # 6.8 + 5.2 + 4.9 + 3.6 + 1.4 = 21.9
        ],
    ),
    # 38. Space-aligned Chinese table (Simplified, 亿元) by segment with a 同比 column and a 合计 row: five YoY rates
    #     (AI视频估方's 32.4% only by rounding), the rows add to 合计 in both years. Expected nowhere: the table number
    #     and the title's year span.
    dict(
        text=(
            "表5 2023—2024年中国搬家与仓储AI应用分领域市场规模(单位:亿元)\n"
            "细分领域            2023年     2024年     同比\n"
            "AI视频估方             4.6        6.1      32.4%\n"
            "智能排班调度           7.9        9.8      24.1%\n"
            "智能门禁与监控         5.3        6.5      22.6%\n"
            "动态定价               3.2        4.0      25.0%\n"
            "合计                  21.0       26.4      25.7%\n"
            "注:同比为2024年较2023年增速。资料来源:智仓产业联盟。"
        ),
        obs=[
            ("AI视频估方", 2023, 4.6, "CNY 100 million", "actual"),
            ("AI视频估方", 2024, 6.1, "CNY 100 million", "actual"),
            ("智能排班调度", 2023, 7.9, "CNY 100 million", "actual"),
            ("智能排班调度", 2024, 9.8, "CNY 100 million", "actual"),
            ("智能门禁与监控", 2023, 5.3, "CNY 100 million", "actual"),
            ("智能门禁与监控", 2024, 6.5, "CNY 100 million", "actual"),
            ("动态定价", 2023, 3.2, "CNY 100 million", "actual"),
            ("动态定价", 2024, 4.0, "CNY 100 million", "actual"),
            ("合计", 2023, 21.0, "CNY 100 million", "actual"),
            ("合计", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.1 / 4.6) ** (1 / 1) - 1 = 32.61% -> 32.6, not 32.4; bounds 6.05 / 4.65 - 1 = 30.11%,
            # 6.15 / 4.55 - 1 = 35.16% -> 32.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (9.8 / 7.9) ** (1 / 1) - 1 = 24.05% -> 24.1
            ("cagr|implied", "exact"),  # (6.5 / 5.3) ** (1 / 1) - 1 = 22.64% -> 22.6
            ("cagr|implied", "exact"),  # (4.0 / 3.2) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (26.4 / 21.0) ** (1 / 1) - 1 = 25.71% -> 25.7
            ("hierarchy", "exact"),  # 2023: 4.6 + 7.9 + 5.3 + 3.2 = 21.0
            ("hierarchy", "exact"),  # 2024: 6.1 + 9.8 + 6.5 + 4.0 = 26.4
        ],
    ),
    # 39. Vertical space-aligned French table (EUR million) whose rows are years, a lone value column headed by its
    #     unit only (Total), 2025E and 2026E estimates (the source dated February 2025), a YoY column: the 2023 rate no
    #     reading reaches, the 2025E rate only by rounding. Expected nowhere: the source's date, the VAT note.
    dict(
        text=(
            "France: AI spending by self-storage and removal firms (dynamic pricing, access control, volume estimation, "
            "scheduling)\n"
            "Year      EUR million     YoY\n"
            "2021         38.0          -\n"
            "2022         46.5        22.4%\n"
            "2023         55.9        21.2%\n"
            "2024         66.0        18.1%\n"
            "2025E        77.2        16.9%\n"
            "2026E        89.6        16.1%\n"
            "Source: Observatoire du Garde-Meuble et du Self-Stockage, Lyon, February 2025. E = estimate; figures exclude "
            "VAT and cover operators and removal firms of all sizes in metropolitan France."
        ),
        obs=[
            ("Total", 2021, 38.0, "EUR million", "actual"),
            ("Total", 2022, 46.5, "EUR million", "actual"),
            ("Total", 2023, 55.9, "EUR million", "actual"),
            ("Total", 2024, 66.0, "EUR million", "actual"),
            ("Total", 2025, 77.2, "EUR million", "estimate"),
            ("Total", 2026, 89.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 21.2, "percent", 2022, 2023, 1.0),
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 16.9, "percent", 2024, 2025, 1.0),
            ("growth", 16.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.5 / 38.0) ** (1 / 1) - 1 = 22.37% -> 22.4
            # (55.9 / 46.5) ** (1 / 1) - 1 = 20.22%; bounds 55.85 / 46.55 - 1 = 19.98%, 55.95 / 46.45 - 1 = 20.45%
            # -> 21.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (66.0 / 55.9) ** (1 / 1) - 1 = 18.07% -> 18.1
            # (77.2 / 66.0) ** (1 / 1) - 1 = 16.97% -> 17.0, not 16.9; bounds 77.15 / 66.05 - 1 = 16.81%,
            # 77.25 / 65.95 - 1 = 17.13% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (89.6 / 77.2) ** (1 / 1) - 1 = 16.06% -> 16.1
        ],
    ),
    # 40. Markdown table (EUR million) for Spain by segment, sub-segments indented under their segment, with a Total
    #     row; 2025F is a forecast column (estimate). Sub-segments add to their segment and segments to the Total,
    #     except the 2025F Removals row, which holds only by rounding. Expected nowhere: the source's date, the 690
    #     self-storage centres in the note.
    dict(
        text=(
            "Spain: AI in self-storage and removals by segment, 2024 and 2025F (EUR million)\n"
            "| Segment | 2024 | 2025F |\n"
            "|---|---|---|\n"
            "| Storage operations | 24.6 | 30.1 |\n"
            "|    Dynamic unit pricing | 13.9 | 17.2 |\n"
            "|    Access control & occupancy monitoring | 10.7 | 12.9 |\n"
            "| Removals | 18.3 | 22.5 |\n"
            "|    Video volume estimation | 7.4 | 9.3 |\n"
            "|    Crew & truck scheduling | 6.8 | 8.2 |\n"
            "|    Quotes & claims handling | 4.1 | 4.9 |\n"
            "| Total | 42.9 | 52.6 |\n"
            "Source: Iberia Storage & Moving Monitor, Madrid, March 2025. F = forecast. Spain counts some 690 "
            "self-storage centres."
        ),
        obs=[
            ("Storage operations", 2024, 24.6, "EUR million", "actual"),
            ("Storage operations", 2025, 30.1, "EUR million", "estimate"),
            ("Dynamic unit pricing", 2024, 13.9, "EUR million", "actual"),
            ("Dynamic unit pricing", 2025, 17.2, "EUR million", "estimate"),
            ("Access control & occupancy monitoring", 2024, 10.7, "EUR million", "actual"),
            ("Access control & occupancy monitoring", 2025, 12.9, "EUR million", "estimate"),
            ("Removals", 2024, 18.3, "EUR million", "actual"),
            ("Removals", 2025, 22.5, "EUR million", "estimate"),
            ("Video volume estimation", 2024, 7.4, "EUR million", "actual"),
            ("Video volume estimation", 2025, 9.3, "EUR million", "estimate"),
            ("Crew & truck scheduling", 2024, 6.8, "EUR million", "actual"),
            ("Crew & truck scheduling", 2025, 8.2, "EUR million", "estimate"),
            ("Quotes & claims handling", 2024, 4.1, "EUR million", "actual"),
            ("Quotes & claims handling", 2025, 4.9, "EUR million", "estimate"),
            ("Total", 2024, 42.9, "EUR million", "actual"),
            ("Total", 2025, 52.6, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024 Storage operations: 13.9 + 10.7 = 24.6
            ("hierarchy", "exact"),  # 2024 Removals: 7.4 + 6.8 + 4.1 = 18.3
            ("hierarchy", "exact"),  # 2024 Total: 24.6 + 18.3 = 42.9
            ("hierarchy", "exact"),  # 2025F Storage operations: 17.2 + 12.9 = 30.1
            # 2025F Removals: 9.3 + 8.2 + 4.9 = 22.4, not 22.5; bounds 22.25 to 22.55 -> 22.5 reached only by some
            # reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F Total: 30.1 + 22.5 = 52.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 8, 'rounding': 19, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Contract notice: Moving Home Digital Services',
    'So roughly $310 million last year',
    '• 2024: $780m (+22% year on year)',
    '**$1.2bn**',
    'Key findings',
    'from €38 million in 2024 to €142 million by 2030',
    'is on track for €1.2 bn by 2030 📈',
    'fiscal 2024 (FY2024/25, the year to March 2025)',
    '2024A国内搬家服务AI应用',
    '【市场规模】',
    '可望再成長3成',
    'Market\tUnit\t2023\t2024\t2025F\tYoY 2024',
    '| 2025E | 57.5 | 22.1% |',
    'REQUEST FOR PROPOSALS - Ref. NMC/PROC/2025/0117',
    'Q: You keep calling AI pricing a growth market.',
    'has tripled since 2020',
    'EDIT: the 2023 figure is $342M, not $352M',
    'Key highlights:',
    '$1.1-1.4 billion in 2030',
    'revised from £19.2 million to £20.1 million',
    'one and a half billion euros',
    '力争到2027年,全省行业人工智能应用规模翻一番',
    '年增18%',
    '2025E约14.5亿元,同比增长29%',
    '| Segment | 2023 | H1 2024 | H2 2024 | 2024 | 2025E |',
    'Segment\t¥ billion\tShare of total',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 190
#: figures, 62 rates, 93 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 193, "rates_found": 66, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
#: one more than its blind score since the readings chosen on the two-hundred-and-fifty-second and
#: two-hundred-and-fifty-fourth sets (kept unread, its snippet is not looked up)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset255.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
