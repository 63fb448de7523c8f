"""A two-hundred-and-fifty-fourth check set for the extractor, written blind: AI in self-storage, moving and removals: AI
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
Hague tender notice sizing the Dutch market for AI volume estimation and crew scheduling, a self-storage podcast
transcript on AI unit pricing with 'so roughly' and a CAGR with its span, a movers' newsletter with bullets and a bold
**$1.2bn**, a research house's key findings with three regions' shares, a German trade-magazine feature with 'from X in
2024 to Y by 2030', a social-media post with emojis and 'USD 1.2 bn'/'€450m', a UK press release in fiscal years
'FY2024/25', a Las Vegas keynote sizing a TAM beside a second house's figure), seven Chinese prose texts (a broker note
with 2024A/2025E/2026E, a city 政府工作报告 with a target, a WeChat article with 【】 headings, a Zhihu answer quoting two
houses, a Taiwan ministry release with 年增率, a Hong Kong prospectus with 複合年增長率 in 億港元, a Taiwan newspaper story with
去年/今年 and 成長3成) and five tables (markdown Japan in ¥ billion with a CAGR column, tab-separated European rows each with
its unit, space-aligned Asia-Pacific shares, a vertical Canadian table with YoY, a Traditional Chinese 合計 table with
年增率). Left out: removals turnover and storage rents, counts of sites, stores, firms, moves and workstations, monthly
rents, operators' own revenue, margins, occupancy and share goals, contract values, funding rounds and valuations,
quarter figures, survey answers, shares in words, Swiss francs, Australian dollars and won, a second house's figure, a
net increment. Inconsistent: the Zhihu 36.5% CAGR, Japan's 31.4% volume-estimation CAGR, Canada's 2026E YoY, the Taiwan
2023年 合計. Only by rounding: the podcast CAGR, the Asia-Pacific 15% share, the UK 17%, the Taiwan 18.3% 年增率, the Hong
Kong 19.8% CAGR, Japan's 39.7% share and Canada's 2024 YoY.

Snippets 21-40: Twenty snippets on AI in self-storage, moving and removals (unit pricing, video volume estimation, crew
and truck scheduling, access control and occupancy monitoring, quote and claims handling): eight English prose pieces (a
UK removals tender, a US storage trust's shareholders' Q&A with this year and last year, a Dutch op-ed with a tripling
since 2020, a forum post whose EDIT fixes 2024, a Frankfurt release with Key highlights, a blog with a 2027 range, a
trade body's review revising 2023, a Paris brief with numbers in words), seven Chinese (a People's Daily-style story, a
Jiangsu notice with 力争到 and 翻一番, a funding story, a Taipei article in 新台幣億元, a Hong Kong note in 億港元, broker call
minutes with 2025E, a white paper with a 2028 range) and five tables (markdown GBP with H1/H2 columns, tab-separated yen
with shares, space-aligned 亿元 with 同比, a vertical US table with E years, markdown euros with indented sub-segments).
Left out: rents and moving revenue, counts of units, sites, moves and firms, monthly rents, operators' own revenue,
margins and occupancy, funding and valuations, quarters and half-years, surveys, percentage points, shares in words,
Swiss francs, misprinted and superseded figures, a price target. Inconsistent: the review's 45%, the Hong Kong 39%, the
yen 15.0% share, the US table's 2023 YoY. Rounding only: the Q&A's 28%, the Frankfurt 17.2%, the funding story's 37%,
the Taipei 23%, the UK 2025F total, the yen 20.0%, the 报价与理赔 同比, the Spanish 2026P site-operations subtotal.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Hague government tender notice sizing the Dutch market its programme buys into: YoY growth with both amounts.
    #    Expected nowhere: the notice number and dates, the €3.6 million contract (the programme's own buy, not the
    #    market), the 9,000 workstations (a count), the €1.1 billion removals turnover (total beside the AI part), lot 2.
    dict(
        text=(
            "Tender notice 2025/S 052-161408. The Hague, 14 March 2025. The Ministry of the Interior and Kingdom "
            "Relations invites bids for a four-year framework contract, worth up to €3.6 million, for AI volume "
            "estimation from video walk-throughs and AI crew and truck scheduling, to support the relocation of some "
            "9,000 civil servants' workstations between government buildings. In its market consultation the ministry "
            "sizes the Dutch market for such AI tools sold to removal firms at €27.4 million in 2024, up 21% from "
            "€22.6 million in 2023, citing figures from the national removals trade association. Dutch removal firms "
            "turned over roughly €1.1 billion in 2024. Bids are due by 22 April 2025; lot 2 covers AI claims handling "
            "only and will be tendered separately."
        ),
        obs=[
            ("Total", 2023, 22.6, "EUR million", "actual"),
            ("Total", 2024, 27.4, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 22.6) ** (1 / 1) - 1 = 21.24% -> 21
        ],
    ),
    # 2. Podcast transcript (speakers' names, recorded Feb 2025): "so roughly $340 million last year" (2024, actual, at
    #    its printed figure), a 2030 forecast and a CAGR with its printed span that holds only by rounding. Expected
    #    nowhere: the episode number, the 52,000 facilities, the $135 monthly rent, a REIT's 91% fourth-quarter occupancy.
    dict(
        text=(
            "DANA OKAFOR: Welcome back to Self Storage Unlocked, episode 88, recorded February 6, 2025. My guest is "
            "Martin Keel, who runs pricing research at Ridgeway Storage Analytics in Phoenix. Martin, how big is AI "
            "revenue management for storage units?\n"
            "MARTIN KEEL: So roughly $340 million last year in the U.S. That's software that reprices units every day "
            "off web traffic, move-ins and move-outs. We see it reaching $910 million by 2030, which works out to a "
            "CAGR of about 17.9% from 2024 to 2030.\n"
            "DANA OKAFOR: And the supply side?\n"
            "MARTIN KEEL: There are about 52,000 facilities out there, and a ten-by-ten still rents for around $135 a "
            "month. One of the big REITs told us its same-store occupancy was 91% in the fourth quarter, so pricing, "
            "not filling space, is where the money is."
        ),
        obs=[
            ("Total", 2024, 340, "USD million", "actual"),
            ("Total", 2030, 910, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (910 / 340) ** (1 / 6) - 1 = 17.83% -> 17.8, not 17.9; bounds (909.5 / 340.5) ** (1/6) - 1 = 17.79%,
            # (910.5 / 339.5) ** (1/6) - 1 = 17.87% -> 17.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Movers' newsletter with bullet points and one bold figure: YoY growth with both amounts; the bold 2027 forecast
    #    in billions converted to the series' unit (USD million); "roughly 1.5x" as a multiple over 3 years, no verdict.
    #    Expected nowhere: the issue number, the Series B and valuation, the 1.9 million first-quarter moves (a count
    #    and a quarter), the 61% survey answer.
    dict(
        text=(
            "The Moving Ledger, issue 47, 3 June 2025\n"
            "What the numbers say about AI quoting for U.S. movers (virtual surveys that estimate volume from a "
            "customer's video walk-through and price the job):\n"
            "• 2023: $610 million\n"
            "• 2024: $780 million, up 28% year on year\n"
            "• 2027: **$1.2bn**, the forecast from Lakeshore Mobility Research, roughly 1.5x the 2024 level\n"
            "Elsewhere: QuoteHaul raised a $42 million Series B at a $310 million valuation, and interstate movers "
            "booked 1.9 million household moves in the first quarter. A survey of 400 moving companies found that 61% "
            "now accept video surveys instead of in-home estimates."
        ),
        obs=[
            ("Total", 2023, 610, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2027, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 610) ** (1 / 1) - 1 = 27.87% -> 28
        ],
    ),
    # 4. Research house's "Key findings" list: a 2024 total and three regions with amounts and shares (Asia-Pacific's 15%
    #    only by rounding), a 2030 forecast. Expected nowhere: the report's month, the 71,000 sites, the 44% survey answer.
    dict(
        text=(
            "Key findings: Global Smart Storage Access Report, Vantage Point Research, London, September 2025\n"
            "• Operators worldwide spent $1,140 million on AI access control and occupancy monitoring of self-storage "
            "sites in 2024.\n"
            "• North America accounted for $598 million, or 52% of the total.\n"
            "• Europe took $287 million (25%).\n"
            "• Asia-Pacific spent $177 million, 15% of the global figure, led by Japan and Australia.\n"
            "• We expect worldwide spending to reach $2,450 million in 2030 as unstaffed sites spread.\n"
            "• The report tracks about 71,000 self-storage sites; 44% of operators surveyed plan to add AI cameras in "
            "the coming year."
        ),
        obs=[
            ("Total", 2024, 1140, "USD million", "actual"),
            ("North America", 2024, 598, "USD million", "actual"),
            ("Europe", 2024, 287, "USD million", "actual"),
            ("Asia-Pacific", 2024, 177, "USD million", "actual"),
            ("Total", 2030, 2450, "USD million", "estimate"),
        ],
        claims=[
            ("share", 52, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 598 / 1140 = 52.46% -> 52
            ("arithmetic", "exact"),  # 287 / 1140 = 25.18% -> 25
            # 177 / 1140 = 15.53% -> 16, not 15; bounds 176.5 / 1140.5 = 15.48%, 177.5 / 1139.5 = 15.58%
            # -> 15 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. German trade-magazine feature: "from X in 2024 to Y by 2030" with a CAGR whose span only the amounts' years
    #    give (inferred). Expected nowhere: the €2.8 billion removals turnover, the 8 million moves, the CHF 9 million
    #    of Swiss spending (francs are not in the unit table), the start-up's €12 million round.
    dict(
        text=(
            "The clipboard is giving way to the smartphone in Germany's removals trade. Instead of sending an estimator "
            "to count wardrobes and bookshelves, firms in Hamburg and Munich now ask customers to film each room, and "
            "software returns a cubic-metre figure and a quote within minutes. By the reckoning of Kassel-based research "
            "house Nordhessen Logistikdaten, German spending on AI volume estimation from video walk-throughs and AI "
            "quote handling will climb from €41 million in 2024 to €139 million by 2030, an average annual rise of "
            "roughly 23%. That is still a sliver of the trade's turnover of about €2.8 billion, earned on some 8 million "
            "household moves a year. Across the border, Swiss movers spent an estimated CHF 9 million on similar tools, "
            "and Berlin start-up Kistenwerk raised €12 million last autumn to sell its scanning app to family-run firms."
        ),
        obs=[
            ("Total", 2024, 41, "EUR million", "actual"),
            ("Total", 2030, 139, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (139 / 41) ** (1 / 6) - 1 = 22.57% -> 23
        ],
    ),
    # 6. Social-media post with emojis and abbreviated amounts: series in USD billion (first printed), YoY with both
    #    amounts, a CAGR with its span; Europe's part in euros is an item of its own. Expected nowhere: the Series B and
    #    valuation, the 1,900 sites, the 93% occupancy (an operator's own).
    dict(
        text=(
            "Mar 11, 2025 \U0001f4e6\U0001f916 Self-storage is quietly becoming an AI business. New numbers from Albion "
            "Storage Insights: global spend on AI dynamic pricing + smart access for storage sites hit USD 1.2 bn in "
            "2024 \U0001f30d, up from USD 0.98 bn in 2023 (+22% \U0001f4c8). Europe alone: €450m \U0001f1ea\U0001f1fa. "
            "Albion expects USD 3.1 bn by 2030 \U0001f680 (CAGR 2024-30: 17.1%). Meanwhile Lockwise just closed a "
            "USD 40m Series B at a USD 320m valuation \U0001f4b0 and says its 1,900 sites run 93% full. Who's next? "
            "\U0001f447 #selfstorage #proptech #AI"
        ),
        obs=[
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Europe", 2024, 450, "EUR million", "actual"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 0.98) ** (1 / 1) - 1 = 22.45% -> 22
            ("cagr|implied", "exact"),  # (3.1 / 1.2) ** (1 / 6) - 1 = 17.14% -> 17.1
        ],
    ),
    # 7. London press release in fiscal years spanning two calendar years: FY2024/25 (the year to March 2025) counts as
    #    2024, FY2023/24 as 2023, FY2027/28 as 2027 (estimate); YoY 17% holds only by rounding; a part. Expected
    #    nowhere: the £1.2 billion of rent (total beside the AI part), the 2,800 stores, the 77.4% occupancy, the £29
    #    weekly unit price.
    dict(
        text=(
            "LONDON, 19 June 2025 -- UK self-storage operators spent £36.8 million on AI tools in FY2024/25, the year to "
            "March 2025, according to the annual technology review published today by the Storage Operators' "
            "Federation of Great Britain. That is 17% more than the £31.6 million spent in FY2023/24. AI dynamic "
            "pricing accounted for £19.4 million of the total, with the rest going on AI access control, occupancy "
            "monitoring and chat-based booking. The federation expects spending to reach £58 million in FY2027/28. "
            "The sector's 2,800 stores earned £1.2 billion in rent in FY2024/25, average occupancy was 77.4%, and a "
            "typical 35 sq ft unit cost £29 a week."
        ),
        obs=[
            ("Total", 2023, 31.6, "GBP million", "actual"),
            ("Total", 2024, 36.8, "GBP million", "actual"),
            ("AI dynamic pricing", 2024, 19.4, "GBP million", "actual"),
            ("Total", 2027, 58, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (36.8 / 31.6) ** (1 / 1) - 1 = 16.46% -> 16, not 17; bounds 36.75 / 31.65 - 1 = 16.11%,
            # 36.85 / 31.55 - 1 = 16.80% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Las Vegas conference keynote summary: a storage group's chief sizes the total addressable market (Total) with a
    #    CAGR over a printed span. Expected nowhere: the second house's $1.9 billion for 2024, the group's own $410
    #    million revenue, 38% margin, 640 stores and 15% share target.
    dict(
        text=(
            "Keynote summary, Storage Tech Summit, Las Vegas, 9 April 2025. Opening the summit, Harlan Voss, chief "
            "executive of Crestline Storage Partners, put the total addressable market for AI in North American "
            "self-storage, spanning dynamic pricing, unstaffed rentals and smart access, at $2.6 billion in 2024, "
            "rising to $5.9 billion in 2029, a compound annual growth rate of 17.8% over 2024-2029. He acknowledged "
            "that a second firm, Bellmont Advisory, sizes the 2024 market at just $1.9 billion because it leaves out "
            "gate hardware. Crestline itself booked $410 million of revenue last year at a 38% EBITDA margin across "
            "640 stores, and Voss said the group aims to hold a 15% share of the AI market by 2028."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2029, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.9 / 2.6) ** (1 / 5) - 1 = 17.81% -> 17.8
        ],
    ),
    # 9. Mainland broker research note (Simplified) with 2024A/2025E/2026E inside its sentences: two YoY rates with both
    #    amounts, a part. Expected nowhere: the note's date, the 2,600 stores, the 180元 monthly rent, the first
    #    quarter's store-opening growth, the rating, target price and upside, the company's revenue and gross margin.
    dict(
        text=(
            "鼎元证券行业深度报告,2025年4月18日。我们测算,国内自助仓储AI动态定价与智能门禁市场规模2024A为9.6亿元,"
            "2025E、2026E有望分别达到12.8亿元和16.7亿元,同比增速分别为33.3%和30.5%。其中,智能门禁与入住率监测"
            "2024A规模为3.1亿元。供给端看,全国自助仓储门店约2,600家,一线城市迷你仓月租金约每平方米180元,2025年"
            "一季度行业新开门店同比增长18%。维持重点公司“买入”评级,目标价38.5元,对应上行空间27%;公司2024年营收"
            "4.3亿元,毛利率41.2%。"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2025, 12.8, "CNY 100 million", "estimate"),
            ("Total", 2026, 16.7, "CNY 100 million", "estimate"),
            ("智能门禁与入住率监测", 2024, 3.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2024, 2025, 1.0),
            ("growth", 30.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 9.6) ** (1 / 1) - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # (16.7 / 12.8) ** (1 / 1) - 1 = 30.47% -> 30.5
        ],
    ),
    # 10. City government work report paragraph (Simplified): 同比增长 with both amounts, a 2025 target with 突破 (at its
    #     printed figure, estimate). Expected nowhere: the report's title year, the 3.8亿元 net increase, the 120 new
    #     stores, the 32万次 moves, the GDP growth target.
    dict(
        text=(
            "过去一年,我们大力培育智慧仓储与搬家服务新业态。2024年,全市自助仓储AI动态定价、智能门禁及搬家AI调度等应用"
            "市场规模达到18.4亿元,同比增长26.0%,比2023年的14.6亿元净增3.8亿元;新增智慧仓储门店120家,全年服务居民"
            "搬家32万次。2025年主要预期目标是:该领域市场规模力争突破24亿元,地区生产总值增长5.5%左右。"
            "(摘自《2025年江澜市政府工作报告》)"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.6) ** (1 / 1) - 1 = 26.03% -> 26.0
        ],
    ),
    # 11. WeChat-account article (Simplified) with 【】 headings: an approximate total (约, at its printed figure), a
    #     2027 forecast, a part with its share. Expected nowhere: 约两成 (a share in words), the 3万 firms, the 600元
    #     price of a move, a platform's 45% order growth.
    dict(
        text=(
            "【导读】搬家也能“拍视频估价”?AI正在改写这个老行业。"
            "【市场规模】据上海咨询机构云途研究统计,2024年中国搬家服务AI应用(视频估方、智能报价与理赔处理)市场规模约为"
            "7.4亿元,预计2027年将达到15.2亿元。"
            "【细分赛道】其中,AI视频估方规模为2.9亿元,占比39.2%,是最大的细分赛道;AI理赔处理约占两成。"
            "【行业观察】全国搬家公司超过3万家,一次同城搬家均价约600元;某头部平台2024年订单量同比增长45%。"
        ),
        obs=[
            ("Total", 2024, 7.4, "CNY 100 million", "actual"),
            ("AI视频估方", 2024, 2.9, "CNY 100 million", "actual"),
            ("Total", 2027, 15.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 39.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.9 / 7.4 = 39.19% -> 39.2
        ],
    ),
    # 12. Zhihu-style answer (Simplified) quoting two research houses: the first's 2021 and 2024 amounts, a CAGR with its
    #     printed span that no reading reaches, a 2028 forecast. Expected nowhere: the second house's 6.5亿元 for the
    #     same year, the 2,000 stores, the 500元 monthly rent, the edit date.
    dict(
        text=(
            "谢邀,利益相关:在仓储SaaS公司做产品。说几个数据。观澜咨询的报告显示,2024年国内自助仓储AI应用(动态定价、"
            "智能门禁、入住率监测)市场规模为5.8亿元,2021年只有2.1亿元,2021—2024年复合增长率达到36.5%;他们预计2028年"
            "能做到14.6亿元。另一家机构北辰数据给出的2024年数字是6.5亿元,口径更宽,把搬家调度也算了进去。我个人的感觉是,"
            "国内迷你仓才2,000多家,一个10平米的仓位月租也就500元左右,空间还很大。\n编辑于 2025-03-02"
        ),
        obs=[
            ("Total", 2021, 2.1, "CNY 100 million", "actual"),
            ("Total", 2024, 5.8, "CNY 100 million", "actual"),
            ("Total", 2028, 14.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.5, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (5.8 / 2.1) ** (1 / 3) - 1 = 40.30%, not 36.5; bounds (5.75 / 2.15) ** (1/3) - 1 = 38.81%,
            # (5.85 / 2.05) ** (1/3) - 1 = 41.84% -> 36.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Taiwan ministry news release (Traditional, 新台幣億元): 年增率 with both amounts holds only by rounding, a part,
    #     a 2026 forecast (預估). Expected nowhere: the survey's title year, the 600 sites, the 57% survey answer.
    dict(
        text=(
            "經濟部商業發展署今(12)日發布「2025年物流與倉儲服務業數位轉型調查」。調查顯示,2024年國內自助倉儲與搬家業者"
            "導入AI動態定價、影像估材及車隊排班等應用的市場規模為新台幣13.7億元,較2023年的11.6億元年增率為18.3%;其中"
            "自助倉儲AI門禁與入住監控為新台幣5.2億元。商發署預估,2026年市場規模可達新台幣19.5億元。國內自助倉儲據點約"
            "600處,受訪業者中有57%表示今年將擴大AI投資。(2025年5月12日)"
        ),
        obs=[
            ("Total", 2023, 11.6, "TWD 100 million", "actual"),
            ("Total", 2024, 13.7, "TWD 100 million", "actual"),
            ("自助倉儲AI門禁與入住監控", 2024, 5.2, "TWD 100 million", "actual"),
            ("Total", 2026, 19.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (13.7 / 11.6) ** (1 / 1) - 1 = 18.10% -> 18.1, not 18.3; bounds 13.65 / 11.65 - 1 = 17.17%,
            # 13.75 / 11.55 - 1 = 19.05% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong listing prospectus industry section (Traditional, 億港元): a consultancy's two 複合年增長率 with their
    #     spans; the 2019-2024 19.8% holds only by rounding. Expected nowhere: the 720 sites, the HK$18 monthly rent per
    #     square foot, the group's own revenue, the 31 December date.
    dict(
        text=(
            "行業概覽。根據卓信諮詢的報告,香港迷你倉AI應用(包括智能門禁、入住率監測及動態定價)的市場規模由2019年的"
            "1.6億港元增至2024年的3.9億港元,2019年至2024年的複合年增長率為19.8%,並預期於2029年達到8.7億港元,2024年至"
            "2029年的複合年增長率為17.4%。截至2024年12月31日,香港共有約720個迷你倉營運點,平均每平方呎月租約為港幣18元。"
            "於往績記錄期間,本集團收益由2.3億港元增至3.1億港元。"
        ),
        obs=[
            ("Total", 2019, 1.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2029, 8.7, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2019, 2024, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (3.9 / 1.6) ** (1 / 5) - 1 = 19.51% -> 19.5, not 19.8; bounds (3.85 / 1.65) ** (1/5) - 1 = 18.47%,
            # (3.95 / 1.55) ** (1/5) - 1 = 20.57% -> 19.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (8.7 / 3.9) ** (1 / 5) - 1 = 17.41% -> 17.4
        ],
    ),
    # 15. Taiwan newspaper story (Traditional), dated April 2025: 去年 (2024, actual, 約 at its printed figure) and 今年
    #     (2025, an estimate), a rise written as 成長3成 (30%, YoY). Expected nowhere: the 1,800 firms, the 62萬次 moves,
    #     the 25% gross margin.
    dict(
        text=(
            "【記者林怡君/台北報導】2025年4月8日。搬家業也吹起AI風。業者估計,去年國內搬家業在AI報價、影像估材與理賠處理"
            "上的支出約新台幣7.0億元,今年可望成長3成,達到新台幣9.1億元。台北一家搬家公司老闆說,過去派人到府估價一趟要"
            "一小時,現在客戶用手機拍影片,AI十分鐘內就能算出材積並報價。全台搬家業者約1,800家,去年搬家需求約62萬次,"
            "業者平均毛利率約25%。"
        ),
        obs=[
            ("Total", 2024, 7.0, "TWD 100 million", "actual"),
            ("Total", 2025, 9.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.1 / 7.0) ** (1 / 1) - 1 = 30.00% -> 30
        ],
    ),
    # 16. Markdown broker table (Japan, ¥ billion) with 2024A, 2025E, 2026E columns and a CAGR column (span printed in
    #     its header, stated); a Total row. The volume-estimation row's 31.4% is reached by no reading; rows add to the
    #     Total each year. Expected nowhere: the exhibit number, the note's date, the 14,000 sites.
    dict(
        text=(
            "Exhibit 7: Japan, AI in self-storage and moving by application (¥ billion)\n"
            "| Application | 2024A | 2025E | 2026E | CAGR 2024-26 |\n"
            "|---|---|---|---|---|\n"
            "| AI dynamic pricing of storage units | 14.2 | 17.6 | 21.5 | 23.0% |\n"
            "| AI access control and occupancy monitoring | 10.8 | 13.1 | 15.9 | 21.3% |\n"
            "| AI volume estimation for movers | 8.6 | 11.2 | 14.3 | 31.4% |\n"
            "| AI crew and truck scheduling | 6.1 | 7.5 | 9.2 | 22.8% |\n"
            "| Total | 39.7 | 49.4 | 60.9 | 23.9% |\n"
            "Source: Kanda Securities estimates, 28 May 2025. A = actual, E = estimate. Japan has roughly 14,000 "
            "trunk-room and container-storage sites."
        ),
        obs=[
            ("AI dynamic pricing of storage units", 2024, 14.2, "JPY billion", "actual"),
            ("AI dynamic pricing of storage units", 2025, 17.6, "JPY billion", "estimate"),
            ("AI dynamic pricing of storage units", 2026, 21.5, "JPY billion", "estimate"),
            ("AI access control and occupancy monitoring", 2024, 10.8, "JPY billion", "actual"),
            ("AI access control and occupancy monitoring", 2025, 13.1, "JPY billion", "estimate"),
            ("AI access control and occupancy monitoring", 2026, 15.9, "JPY billion", "estimate"),
            ("AI volume estimation for movers", 2024, 8.6, "JPY billion", "actual"),
            ("AI volume estimation for movers", 2025, 11.2, "JPY billion", "estimate"),
            ("AI volume estimation for movers", 2026, 14.3, "JPY billion", "estimate"),
            ("AI crew and truck scheduling", 2024, 6.1, "JPY billion", "actual"),
            ("AI crew and truck scheduling", 2025, 7.5, "JPY billion", "estimate"),
            ("AI crew and truck scheduling", 2026, 9.2, "JPY billion", "estimate"),
            ("Total", 2024, 39.7, "JPY billion", "actual"),
            ("Total", 2025, 49.4, "JPY billion", "estimate"),
            ("Total", 2026, 60.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 31.4, "percent", 2024, 2026, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.5 / 14.2) ** (1 / 2) - 1 = 23.05% -> 23.0
            ("cagr|implied", "exact"),  # (15.9 / 10.8) ** (1 / 2) - 1 = 21.34% -> 21.3
            # (14.3 / 8.6) ** (1 / 2) - 1 = 28.95% -> 28.9, not 31.4; bounds (14.25 / 8.65) ** (1/2) - 1 = 28.35%,
            # (14.35 / 8.55) ** (1/2) - 1 = 29.55% -> 31.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (9.2 / 6.1) ** (1 / 2) - 1 = 22.81% -> 22.8
            ("cagr|implied", "exact"),  # (60.9 / 39.7) ** (1 / 2) - 1 = 23.85% -> 23.9
            ("hierarchy", "exact"),  # 2024A: 14.2 + 10.8 + 8.6 + 6.1 = 39.7
            ("hierarchy", "exact"),  # 2025E: 17.6 + 13.1 + 11.2 + 7.5 = 49.4
            ("hierarchy", "exact"),  # 2026E: 21.5 + 15.9 + 14.3 + 9.2 = 60.9
        ],
    ),
    # 17. Tab-separated European table whose rows each state their unit in a column of their own: three AI rows
    #     (pounds, euros) expected in their own units, 2025E estimates; no total, no claims. Expected nowhere: the table
    #     number, the Swiss household-moves row (a count) and the Dutch monthly-rent row (a unit's rent).
    dict(
        text=(
            "Table 4. Europe: AI in removals and self-storage, selected markets\n"
            "Market and use\tUnit\t2023\t2024\t2025E\n"
            "UK AI quote and claims handling for removal firms\tGBP million\t21.3\t26.8\t33.0\n"
            "France AI volume estimation from video surveys\tEUR million\t14.6\t18.9\t24.1\n"
            "Spain AI dynamic pricing of storage units\tEUR million\t6.8\t8.7\t11.2\n"
            "Switzerland household moves\tthousand\t410\t418\t425\n"
            "Netherlands monthly rent of a 5 m2 storage unit\tEUR\t96\t101\t105\n"
            "Source: Rhine-Channel Mobility Research. 2025E = estimate. Moves and rents are shown for context only."
        ),
        obs=[
            ("UK AI quote and claims handling for removal firms", 2023, 21.3, "GBP million", "actual"),
            ("UK AI quote and claims handling for removal firms", 2024, 26.8, "GBP million", "actual"),
            ("UK AI quote and claims handling for removal firms", 2025, 33.0, "GBP million", "estimate"),
            ("France AI volume estimation from video surveys", 2023, 14.6, "EUR million", "actual"),
            ("France AI volume estimation from video surveys", 2024, 18.9, "EUR million", "actual"),
            ("France AI volume estimation from video surveys", 2025, 24.1, "EUR million", "estimate"),
            ("Spain AI dynamic pricing of storage units", 2023, 6.8, "EUR million", "actual"),
            ("Spain AI dynamic pricing of storage units", 2024, 8.7, "EUR million", "actual"),
            ("Spain AI dynamic pricing of storage units", 2025, 11.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 18. Space-aligned Asia-Pacific table (USD million, 2024) by market with a share column and a Total row: five
    #     shares (Japan's 39.7% only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the A$ and won amounts (not in the unit table) and their rates, the 4,100 facilities.
    dict(
        text=(
            "Asia-Pacific: AI spending by self-storage operators on pricing, access control and occupancy monitoring, "
            "by market, 2024\n"
            "Market                USD million     Share\n"
            "Japan                        62.4     39.7%\n"
            "Australia                    41.8     26.5%\n"
            "China                        33.5     21.3%\n"
            "South Korea                  15.2      9.7%\n"
            "New Zealand                   4.6      2.9%\n"
            "Total                       157.5    100.0%\n"
            "Note 2: Australia converted from A$63.9 million at 0.654, South Korea from 21.0 billion won. The region "
            "counts about 4,100 self-storage facilities. Source: Coral Sea Property Research."
        ),
        obs=[
            ("Japan", 2024, 62.4, "USD million", "actual"),
            ("Australia", 2024, 41.8, "USD million", "actual"),
            ("China", 2024, 33.5, "USD million", "actual"),
            ("South Korea", 2024, 15.2, "USD million", "actual"),
            ("New Zealand", 2024, 4.6, "USD million", "actual"),
            ("Total", 2024, 157.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 39.7, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("share", 9.7, "percent", 2024, 2024, None),
            ("share", 2.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 62.4 / 157.5 = 39.62% -> 39.6, not 39.7; bounds 62.35 / 157.55 = 39.57%, 62.45 / 157.45 = 39.66%
            # -> 39.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41.8 / 157.5 = 26.54% -> 26.5
            ("arithmetic", "exact"),  # 33.5 / 157.5 = 21.27% -> 21.3
            ("arithmetic", "exact"),  # 15.2 / 157.5 = 9.65% -> 9.7
            ("arithmetic", "exact"),  # 4.6 / 157.5 = 2.92% -> 2.9
            ("hierarchy", "exact"),  # 62.4 + 41.8 + 33.5 + 15.2 + 4.6 = 157.5
        ],
    ),
    # 19. Vertical markdown table (Canada) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E and 2026E estimates; the 2024 YoY of 20.6% holds only by rounding, the 2026E
    #     19.2% by no reading. Expected nowhere: the source's month, the 1.4 million moves, the 2021 dash.
    dict(
        text=(
            "Canada: AI crew and truck scheduling, quoting and claims software bought by moving companies\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 18.4 | - |\n"
            "| 2022 | 22.9 | 24.5% |\n"
            "| 2023 | 28.1 | 22.7% |\n"
            "| 2024 | 33.8 | 20.6% |\n"
            "| 2025E | 40.2 | 18.9% |\n"
            "| 2026E | 47.1 | 19.2% |\n"
            "Source: Maple Freight Analytics, March 2025. E = estimate. Canada records about 1.4 million household "
            "moves a year."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 22.9, "USD million", "actual"),
            ("Total", 2023, 28.1, "USD million", "actual"),
            ("Total", 2024, 33.8, "USD million", "actual"),
            ("Total", 2025, 40.2, "USD million", "estimate"),
            ("Total", 2026, 47.1, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2021, 2022, 1.0),
            ("growth", 22.7, "percent", 2022, 2023, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.9, "percent", 2024, 2025, 1.0),
            ("growth", 19.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.9 / 18.4) ** (1 / 1) - 1 = 24.46% -> 24.5
            ("cagr|implied", "exact"),  # (28.1 / 22.9) ** (1 / 1) - 1 = 22.71% -> 22.7
            # (33.8 / 28.1) ** (1 / 1) - 1 = 20.28% -> 20.3, not 20.6; bounds 33.75 / 28.15 - 1 = 19.89%,
            # 33.85 / 28.05 - 1 = 20.68% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (40.2 / 33.8) ** (1 / 1) - 1 = 18.93% -> 18.9
            # (47.1 / 40.2) ** (1 / 1) - 1 = 17.16% -> 17.2, not 19.2; bounds 47.05 / 40.25 - 1 = 16.89%,
            # 47.15 / 40.15 - 1 = 17.43% -> 19.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣億元) with a 合計 row (its label is the total's item) and
    #     a 年增率 column: five YoY rates; the 2023年 合計 of 12.1 is reached by no reading of its parts (sum 12.6).
    #     Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023–2024年臺灣自助倉儲及搬家業AI應用市場規模(單位:新台幣億元)\n"
            "項目\t2023年\t2024年\t年增率\n"
            "AI動態定價\t3.8\t4.6\t21.1%\n"
            "AI門禁與入住監控\t4.5\t5.3\t17.8%\n"
            "AI影像估材與報價\t2.7\t3.4\t25.9%\n"
            "AI車隊與人力排班\t1.6\t2.0\t25.0%\n"
            "合計\t12.1\t15.3\t26.4%\n"
            "資料來源:臺灣倉儲物流研究中心;不含倉儲租金收入及搬家運費。"
        ),
        obs=[
            ("AI動態定價", 2023, 3.8, "TWD 100 million", "actual"),
            ("AI動態定價", 2024, 4.6, "TWD 100 million", "actual"),
            ("AI門禁與入住監控", 2023, 4.5, "TWD 100 million", "actual"),
            ("AI門禁與入住監控", 2024, 5.3, "TWD 100 million", "actual"),
            ("AI影像估材與報價", 2023, 2.7, "TWD 100 million", "actual"),
            ("AI影像估材與報價", 2024, 3.4, "TWD 100 million", "actual"),
            ("AI車隊與人力排班", 2023, 1.6, "TWD 100 million", "actual"),
            ("AI車隊與人力排班", 2024, 2.0, "TWD 100 million", "actual"),
            ("合計", 2023, 12.1, "TWD 100 million", "actual"),
            ("合計", 2024, 15.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21.1
            ("cagr|implied", "exact"),  # (5.3 / 4.5) ** (1 / 1) - 1 = 17.78% -> 17.8
            ("cagr|implied", "exact"),  # (3.4 / 2.7) ** (1 / 1) - 1 = 25.93% -> 25.9
            ("cagr|implied", "exact"),  # (2.0 / 1.6) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (15.3 / 12.1) ** (1 / 1) - 1 = 26.45% -> 26.4
            # 2023年: 3.8 + 4.5 + 2.7 + 1.6 = 12.6, not 12.1; bounds 12.4..12.8 (each part +/-0.05) -> 12.1 reached
            # by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024年: 4.6 + 5.3 + 3.4 + 2.0 = 15.3
        ],
    ),
    # 21. UK removals federation's request for proposals (tender notice) quoting a research house (GBP million): YoY
    #     with both amounts, CAGR with printed span; 2029 is a forecast (estimate). Expected nowhere: the reference
    #     number and the notice's dates, the 3,100 firms, the £2.9 billion of moving revenue (total, not the AI part),
    #     the £85,000 contract value, the 16 weeks.
    dict(
        text=(
            "REQUEST FOR PROPOSALS - Ref. UKRF/2025/031\n"
            "Issued by the UK Removals Federation, Watford, 10 March 2025. Closing date for proposals: 25 April 2025.\n"
            "The Federation invites proposals for an independent study of AI quoting and claims handling in the UK "
            "removals sector. Background: according to Ashcombe Research, UK removal firms spent £38.4 million on AI "
            "quote engines, photo-based damage assessment and automated claims triage in 2024, up 21% from £31.7 "
            "million in 2023. Ashcombe forecasts the market to reach £96 million by 2029, a compound annual growth "
            "rate of 20% over 2024-2029. The study should explain why adoption is so uneven across the sector's 3,100 "
            "firms, which earned some £2.9 billion from household and commercial moves last year. The contract is "
            "valued at up to £85,000 excluding VAT and should run for 16 weeks."
        ),
        obs=[
            ("Total", 2023, 31.7, "GBP million", "actual"),
            ("Total", 2024, 38.4, "GBP million", "actual"),
            ("Total", 2029, 96, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 31.7) ** (1 / 1) - 1 = 21.14% -> 21
            ("cagr|implied", "exact"),  # (96 / 38.4) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 22. Denver self-storage trust's annual shareholders' meeting, Q:/A: transcript, sizing a US TAM (USD million):
    #     the TAM is the market (Total); "this year" is the meeting's year (2025, estimate), "last year" 2024 (actual);
    #     "pass $1.5 billion by 2028" (on track to, estimate) converted to the series' unit (1500); "about 28% a year"
    #     is a CAGR whose span only the amounts' years give (inferred), reached only by rounding. Expected nowhere:
    #     the meeting's date, the $40 billion of rents (total), the trust's 91.2% occupancy, its 418 stores, the $152
    #     monthly rent, the first quarter's revenue and its 6% rise.
    dict(
        text=(
            "Vaultline Self Storage Trust - Annual Meeting of Shareholders, Denver, May 14, 2025 - transcript excerpt\n"
            "Q: You keep talking up your pricing engine. How big is the prize beyond your own stores?\n"
            "A (Dana Whitcombe, CEO): We size the total addressable market for AI dynamic pricing, smart access control "
            "and occupancy monitoring across US self-storage at about $740 million this year, up roughly 21% from $610 "
            "million last year. We think it is on track to pass $1.5 billion by 2028, which is about 28% a year. For "
            "context, the industry collects well over $40 billion in rents annually.\n"
            "Q: And your own numbers?\n"
            "A: Same-store occupancy was 91.2% at quarter end, we operate 418 stores, and a 10x10 unit now rents for "
            "about $152 a month. First-quarter revenue rose 6% to $214 million."
        ),
        obs=[
            ("Total", 2024, 610, "USD million", "actual"),
            ("Total", 2025, 740, "USD million", "estimate"),
            ("Total", 2028, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (740 / 610) ** (1 / 1) - 1 = 21.31% -> 21
            # (1500 / 740) ** (1 / 3) - 1 = 26.56% -> 27, not 28; bounds (1450 / 740.5) ** (1/3) - 1 = 25.11%,
            # (1550 / 739.5) ** (1/3) - 1 = 27.98% -> 28 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. Op-ed by a Dutch logistics academic (EUR million): "has tripled since 2020" is a multiple x3 over 2020-2024
    #     ("last year" of a 2025 op-ed; no verdict, no 2020 figure printed); a part with its share; a 2030 figure
    #     (could reach, estimate). Expected nowhere: the dateline, the 40 firms interviewed, the two-minute video,
    #     the 1.7 million moves, the €1,400 average move, the 58% poll answer.
    dict(
        text=(
            "OPINION - 3 June 2025. The removal van is getting a brain, and the Netherlands is not ready. By Dr. "
            "Marijke Oosterhuis, associate professor of logistics at the Utrecht School of Transport Economics.\n"
            "Anyone who has moved house here knows the ritual: a surveyor walks through every room with a clipboard "
            "and guesses the cubic metres. Today a two-minute smartphone video does the job. By my estimate, based on "
            "filings and interviews with 40 firms, Dutch movers and storage operators spent €54 million on AI volume "
            "estimation, crew scheduling and quoting last year, a market that has tripled since 2020. Video surveying "
            "alone accounted for €21 million, about 39% of it, and the total could reach €150 million by 2030. Yet the "
            "country's roughly 1.7 million household moves a year, at an average cost of around €1,400, are still "
            "mostly booked by phone. In a recent poll, 58% of movers said they distrust automated quotes. Regulators "
            "should set standards for these estimates before the disputes start."
        ),
        obs=[
            ("Total", 2024, 54, "EUR million", "actual"),
            ("Video surveying", 2024, 21, "EUR million", "actual"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21 / 54 = 38.89% -> 39
        ],
    ),
    # 24. Self-storage operators' forum post with an EDIT line correcting the 2024 figure (USD million): the corrected
    #     $286M is 2024's figure and the misprinted $268M is expected nowhere; YoY with both amounts; "roughly 25% a
    #     year" to ~$700M in 2028 is a CAGR whose span only the years give (inferred). Expected nowhere: the 300-unit
    #     site, the 52,000 facilities, the poster's 84%/89% occupancy, the $139 monthly rent.
    dict(
        text=(
            "Re: Is AI access control worth it for a 300-unit site?\n"
            "Posted by gatecode_gary, 22 Jan 2025\n"
            "Pulled these from the Carrow Research brief my REIT contact sent over. US spend on AI access control and "
            "occupancy monitoring for self-storage (camera analytics, smart locks, door sensors that flag units for "
            "overlock) was $212M in 2023 and $268M in 2024, up 35%. They reckon ~$700M by 2028, so roughly 25% a year. "
            "Spread over about 52,000 facilities nationwide that's still small money per site. For what it's worth, my "
            "own occupancy went from 84% to 89% after we fitted smart locks, and our 10x10s rent for $139 a month.\n"
            "EDIT: typo, 2024 is $286M not $268M. The 35% is right."
        ),
        obs=[
            ("Total", 2023, 212, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Total", 2028, 700, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 212) ** (1 / 1) - 1 = 34.91% -> 35
            ("cagr|period", "exact"),  # (700 / 286) ** (1 / 4) - 1 = 25.08% -> 25
        ],
    ),
    # 25. Frankfurt research-house press release with "Key highlights:" bullets (EUR million): CAGR with printed
    #     span holding only by rounding; a part with its share. Expected nowhere: the dateline, the "more than 60%"
    #     survey answer, the 310 firms surveyed, the €3.4 billion removals turnover (total), the 2.9 million moves,
    #     the 180 pages and the €2,450 price of the study.
    dict(
        text=(
            "FRANKFURT AM MAIN, 9 September 2025 - Rheinblick Marktforschung today published its study on artificial "
            "intelligence in German removals.\n"
            "Key highlights:\n"
            "- German removal firms spent €46.2 million on AI crew and truck scheduling, volume estimation and quoting "
            "in 2024.\n"
            "- The market is forecast to reach €119 million in 2030, a CAGR of 17.2% over 2024-2030.\n"
            "- Crew and truck scheduling is the largest use at €19.4 million, or 42% of the total.\n"
            "- More than 60% of the 310 firms surveyed plan to offer video-based quotes by 2027.\n"
            "The German removals sector turned over about €3.4 billion last year across roughly 2.9 million moves. "
            "The 180-page study is available for €2,450."
        ),
        obs=[
            ("Total", 2024, 46.2, "EUR million", "actual"),
            ("Total", 2030, 119, "EUR million", "estimate"),
            ("Crew and truck scheduling", 2024, 19.4, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (119 / 46.2) ** (1 / 6) - 1 = 17.08% -> 17.1, not 17.2; bounds (118.5 / 46.25) ** (1/6) - 1 = 16.98%,
            # (119.5 / 46.15) ** (1/6) - 1 = 17.18% -> 17.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 19.4 / 46.2 = 41.99% -> 42
        ],
    ),
    # 26. Research house's blog post (USD billion, the series' first unit): YoY with both amounts; "$1.1-1.4 billion"
    #     for 2027 gives two value claims (no observation). Expected nowhere: the post's date, the $60 billion of
    #     rental revenue (total), the 2,400 units, 11 sites and two staff, the start-up's $28 million round and $190
    #     million valuation.
    dict(
        text=(
            "Harbourline Insights - Blog - 18 February 2025\n"
            "Storage gets smart: sizing the AI opportunity\n"
            "Self-storage has long run on gut feel: a manager looks at the lot, checks the competitor down the road and "
            "sets this month's street rate. That is changing. We estimate that operators worldwide spent $0.71 billion "
            "in 2024 on AI revenue management, online rental assistants and remote site monitoring, up 29% from $0.55 "
            "billion in 2023. Our base case puts 2027 at $1.1-1.4 billion, depending on how quickly mid-sized operators "
            "abandon spreadsheet pricing. For scale, the industry's rental revenue tops $60 billion a year, and one "
            "operator we spoke to runs 2,400 units across 11 sites with two staff. Capital is following: a Singapore "
            "start-up raised $28 million last month at a $190 million valuation."
        ),
        obs=[
            ("Total", 2023, 0.55, "USD billion", "actual"),
            ("Total", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2027, 2027, None),
            ("value", 1.4, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.71 / 0.55) ** (1 / 1) - 1 = 29.09% -> 29
        ],
    ),
    # 27. European trade body's annual review restating 2023 (EUR million): the revised €147 million is 2023's figure
    #     and "revised from €139 million" is expected nowhere; YoY with both amounts; a part's 45% share is
    #     inconsistent. Expected nowhere: the review's title year and chapter number, the dateline, the CHF 31 million
    #     (Swiss francs, not in the unit table), the 6,850 facilities, 13.9 million square metres, 24 countries and
    #     82.7% occupancy.
    dict(
        text=(
            "Storage Europe Annual Review 2025 - Chapter 4: Technology\n"
            "Federation of European Storage Operators, Brussels, 30 April 2025\n"
            "European self-storage operators spent €182 million in 2024 on AI dynamic pricing, smart access and "
            "occupancy monitoring and automated customer service, 24% more than in 2023, when spending came to €147 "
            "million (revised from €139 million in last year's review after late returns from Spanish and Swiss "
            "members). Dynamic pricing remained the largest category at €79 million, or 45% of the total. Swiss "
            "members alone reported CHF 31 million of AI spend, which is included in the European figure. The industry "
            "now counts 6,850 facilities and 13.9 million square metres of lettable space across 24 countries, and "
            "average occupancy ended the year at 82.7%."
        ),
        obs=[
            ("Total", 2023, 147, "EUR million", "actual"),
            ("Total", 2024, 182, "EUR million", "actual"),
            ("Dynamic pricing", 2024, 79, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 147) ** (1 / 1) - 1 = 23.81% -> 24
            # 79 / 182 = 43.41% -> 43, not 45; bounds 78.5 / 182.5 = 43.01%, 79.5 / 181.5 = 43.80% -> 45 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 28. Paris news brief writing some numbers in words (EUR million, the series' first unit): "last year" is 2024;
    #     "twelve per cent" is a YoY with both amounts; "one and a half billion euros" in 2030 converted to the series'
    #     unit (1500, estimate); "about sixteen per cent a year" a CAGR whose span only the years give (inferred).
    #     Expected nowhere: the dateline, the 3.2 million moving households, the 1,150 centres, the start-up's €14
    #     million round.
    dict(
        text=(
            "IN BRIEF - Paris, 12 November 2025\n"
            "French removal firms and self-storage operators spent €610 million on artificial-intelligence tools for "
            "quoting, volume estimation, crew scheduling and storage pricing last year, up twelve per cent from €545 "
            "million in 2023, the consultancy Vasseur & Associés said on Wednesday. It expects spending to reach one "
            "and a half billion euros by 2030, a rise of about sixteen per cent a year. Some 3.2 million French "
            "households move each year and the country has about 1,150 self-storage centres. Separately, the Lyon "
            "start-up Cartonia, which sells video-survey software to movers, raised €14 million in September."
        ),
        obs=[
            ("Total", 2023, 545, "EUR million", "actual"),
            ("Total", 2024, 610, "EUR million", "actual"),
            ("Total", 2030, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (610 / 545) ** (1 / 1) - 1 = 11.93% -> 12
            ("cagr|period", "exact"),  # (1500 / 610) ** (1 / 6) - 1 = 16.18% -> 16
        ],
    ),
    # 29. People's Daily-style story (Simplified, 亿元): 同比增长 with both amounts, a part's amount (no share), CAGR
    #     with printed span. Expected nowhere: the dateline, the 4,200 stores, 650万平方米, the 200元 monthly rent,
    #     the 5至8个百分点 (percentage points).
    dict(
        text=(
            "本报北京2025年3月20日电（记者林晓岚）记者从中国自助仓储产业联盟获悉：2024年我国自助仓储行业人工智能应用"
            "市场规模达到23.6亿元，同比增长28.3%，2023年这一数字为18.4亿元。其中，AI动态定价系统市场规模为9.1亿元，"
            "智能门禁与占用监测紧随其后。联盟预计，到2029年市场规模将达到71.5亿元，2024—2029年年均复合增长率为24.8%。"
            "截至2024年底，全国自助仓储门店超过4,200家，可租赁面积约650万平方米，一线城市迷你仓月租金普遍在每平方米"
            "200元左右。联盟负责人表示，AI正帮助门店把出租率提升5至8个百分点。"
        ),
        obs=[
            ("Total", 2023, 18.4, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("AI动态定价系统", 2024, 9.1, "CNY 100 million", "actual"),
            ("Total", 2029, 71.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 18.4) ** (1 / 1) - 1 = 28.26% -> 28.3
            ("cagr|implied", "exact"),  # (71.5 / 23.6) ** (1 / 5) - 1 = 24.82% -> 24.8
        ],
    ),
    # 30. Jiangsu provincial transport department's notice (Simplified, 亿元): 2024's 约8.6亿元 at its printed figure
    #     (actual); 力争到2027年 targets for the total and a part (突破5亿元 at its printed figure) are estimates;
    #     翻一番以上 is a multiple x2 over 2024-2027 (no verdict). Expected nowhere: the document number and date,
    #     the 10 benchmark firms, the 3,600 firms, 半数以上 (a fraction in words).
    dict(
        text=(
            "江苏省交通运输厅关于推进搬家服务行业智能化发展的通知\n"
            "苏交运〔2025〕17号\n"
            "各设区市交通运输局：\n"
            "近年来，我省搬家服务企业加快应用人工智能技术。2024年，全省搬家服务AI应用（智能调度、车辆排班、视频估方和"
            "线上报价）市场规模约为8.6亿元。为推动行业转型升级，现就有关事项通知如下：力争到2027年，全省搬家服务AI应用"
            "市场规模达到18亿元，较2024年翻一番以上，其中AI视频估方与智能报价规模突破5亿元；培育10家以上智能搬家标杆"
            "企业，推动全省约3,600家搬家企业中半数以上接入省级调度平台。\n"
            "江苏省交通运输厅\n"
            "2025年5月8日"
        ),
        obs=[
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2027, 18, "CNY 100 million", "estimate"),
            ("AI视频估方与智能报价", 2027, 5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Tech-news site's startup story (Simplified, 亿元): a 2026 forecast (预计, estimate) and a CAGR whose span only
    #     the years give (inferred), holding only by rounding. Expected nowhere: the dateline, the 2亿元 B round and
    #     约15亿元 valuation, the 5% error margin, the 12万单 monthly orders, the company's 150% revenue growth.
    dict(
        text=(
            "雷锋科技讯 2025年6月12日，AI搬家估方平台“量箱科技”宣布完成2亿元B轮融资，由远川资本领投，老股东跟投，投后"
            "估值约15亿元。用户只需用手机绕房间拍摄一段视频，系统即可识别家具家电并估算搬运体积，误差控制在5%以内，"
            "搬家公司据此自动报价和排班。据观澜研究院数据，2024年中国AI搬家估方与智能报价市场规模为6.8亿元，预计2026年"
            "将增至12.9亿元，年均复合增长率约37%。量箱科技创始人周屹表示，平台目前月均服务搬家订单超过12万单，今年营收"
            "有望同比增长150%，本轮融资将主要用于算法研发和拓展华南市场。"
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY 100 million", "actual"),
            ("Total", 2026, 12.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            # (12.9 / 6.8) ** (1 / 2) - 1 = 37.73% -> 38, not 37; bounds (12.85 / 6.85) ** (1/2) - 1 = 36.96%,
            # (12.95 / 6.75) ** (1/2) - 1 = 38.51% -> 37 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 32. Taiwan tech-news article (Traditional, 新台幣億元): 年增23% with both amounts holds only by rounding; 預估
    #     2027 is an estimate. Expected nowhere: the dateline, the 520 sites, the 3,500元 monthly rent, the operator's
    #     18% revenue growth and 88% occupancy, its 30 new sites.
    dict(
        text=(
            "2025/03/05 〔記者陳柏宇／台北報導〕自助倉儲業者加速導入人工智慧。台灣數位產業研究中心最新報告指出，2024年"
            "台灣自助倉儲AI應用市場（含AI動態定價、智慧門禁與櫃位占用監測）規模達新台幣9.8億元，年增23%，2023年為"
            "新台幣7.9億元；該中心預估，2027年將成長至新台幣19.6億元。目前全台自助倉儲據點約520處，都會區一坪小倉月租"
            "約新台幣3,500元。業者櫃好倉儲2024年營收年增18%，平均出租率達88%，董事長表示今年將再新增30個據點。"
        ),
        obs=[
            ("Total", 2023, 7.9, "TWD 100 million", "actual"),
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2027, 19.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (9.8 / 7.9) ** (1 / 1) - 1 = 24.05% -> 24, not 23; bounds 9.75 / 7.95 - 1 = 22.64%,
            # 9.85 / 7.85 - 1 = 25.48% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Hong Kong trade-council research note (Traditional, 億港元): YoY with both amounts; a part with its share,
    #     inconsistent; 預計2027 an estimate. Expected nowhere: the note's date, the 720 mini-storage sites, 1,100萬
    #     平方呎, the 18港元 monthly rent per square foot, 七成 of respondents (a survey, in words).
    dict(
        text=(
            "香港商貿拓展局經貿研究 2025年7月\n"
            "研究筆記：人工智能走進迷你倉\n"
            "香港土地昂貴，迷你倉業者正以人工智能提升營運效率。本局研究指出，2024年香港迷你倉業界在AI動態定價、門禁及"
            "佔用監測和客戶服務方案上的支出約6.4億港元，較2023年的5.2億港元增長23%。其中，AI門禁及佔用監測系統佔2.3億"
            "港元，佔比約39%，是最大的應用類別。本局預計，2027年有關支出可達10.5億港元。全港現有迷你倉約720個，總樓面"
            "面積約1,100萬平方呎，市區迷你倉每平方呎月租約18港元；業界受訪者中有七成表示計劃於兩年內增加科技投資。"
        ),
        obs=[
            ("Total", 2023, 5.2, "HKD 100 million", "actual"),
            ("Total", 2024, 6.4, "HKD 100 million", "actual"),
            ("AI門禁及佔用監測系統", 2024, 2.3, "HKD 100 million", "actual"),
            ("Total", 2027, 10.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.4 / 5.2) ** (1 / 1) - 1 = 23.08% -> 23
            # 2.3 / 6.4 = 35.94% -> 36, not 39; bounds 2.25 / 6.45 = 34.88%, 2.35 / 6.35 = 37.01% -> 39 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 34. Broker's expert conference-call minutes (Simplified, 亿元): 2024 约15.2亿元 (actual), 2025E and 2027E
    #     estimates; 同比+30% with both amounts; a CAGR with printed span (2025E—2027E). Expected nowhere: the call's
    #     date, the list numbers, the leader's 2025Q1 revenue growth and 52% gross margin, its 600 stores, the 买入
    #     rating, the 38元 target price and 27% upside.
    dict(
        text=(
            "华岳证券研究所 专家电话会议纪要（2025年4月16日）\n"
            "主题：AI在自助仓储与搬家行业的应用前景\n"
            "专家观点：1）2024年国内自助仓储AI动态定价与智能门禁市场规模约15.2亿元，2025E约19.8亿元，同比+30%；"
            "2）随着头部运营商全面上线定价引擎，2027E有望达到33亿元，2025E—2027E复合增速约29%；3）行业龙头2025Q1收入"
            "同比+41%，毛利率约52%，门店数量超过600家。\n"
            "投资建议：维持龙头“买入”评级，目标价38元，较现价有27%上行空间。"
        ),
        obs=[
            ("Total", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2025, 19.8, "CNY 100 million", "estimate"),
            ("Total", 2027, 33, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("cagr", 29, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.8 / 15.2) ** (1 / 1) - 1 = 30.26% -> 30
            ("cagr|implied", "exact"),  # (33 / 19.8) ** (1 / 2) - 1 = 29.10% -> 29
        ],
    ),
    # 35. White paper (Simplified, 亿元): growth with both amounts, a part with its share, and "约120亿—150亿元" for
    #     2028 giving two value claims (no observation). Expected nowhere: the title's year, the 8,000万 moves, the
    #     1,260 firms surveyed, the 67% survey answer.
    dict(
        text=(
            "《2025中国智慧仓储与搬家服务AI应用白皮书》近日由启衡研究院发布。白皮书显示，2024年我国搬家与自助仓储领域AI"
            "应用市场规模为58.3亿元，较2023年的44.6亿元增长30.7%。其中，AI人员与车辆智能调度市场规模为17.2亿元，占比"
            "29.5%，AI视频估方、动态定价和智能门禁分列其后。白皮书预计，到2028年市场规模约120亿—150亿元。目前全国每年"
            "搬家需求超过8,000万次，本次调研覆盖1,260家企业，其中67%的受访企业已试点AI报价。"
        ),
        obs=[
            ("Total", 2023, 44.6, "CNY 100 million", "actual"),
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("AI人员与车辆智能调度", 2024, 17.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("share", 29.5, "percent", 2024, 2024, None),
            ("value", 120, "CNY 100 million", 2028, 2028, None),
            ("value", 150, "CNY 100 million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.3 / 44.6) ** (1 / 1) - 1 = 30.72% -> 30.7
            ("arithmetic", "exact"),  # 17.2 / 58.3 = 29.50% -> 29.5
        ],
    ),
    # 36. Markdown table (GBP million, UK self-storage) with H1, H2 and full-year columns and a Total row: only the
    #     full years (2023, 2024, 2025F estimate) are expected; rows add to Total in 2023 and 2024, in 2025F only by
    #     rounding. Expected nowhere: the table number, the half-year columns (H1 2024, H2 2024, H1 2025), the
    #     source's date.
    dict(
        text=(
            "Table 3. UK self-storage: AI spend by application, half-years and full years (GBP million)\n"
            "| Application | 2023 | H1 2024 | H2 2024 | 2024 | H1 2025 | 2025F |\n"
            "|---|---:|---:|---:|---:|---:|---:|\n"
            "| Dynamic unit pricing | 14.2 | 8.1 | 9.6 | 17.7 | 10.3 | 22.1 |\n"
            "| Access control & occupancy monitoring | 9.8 | 5.4 | 6.3 | 11.7 | 6.9 | 14.5 |\n"
            "| Chat & online rental assistants | 5.1 | 3.0 | 3.4 | 6.4 | 3.8 | 8.2 |\n"
            "| Total | 29.1 | 16.5 | 19.3 | 35.8 | 21.0 | 44.9 |\n"
            "Source: Thamesgate Property Research, October 2025. Half-year figures are unaudited; 2025F is a full-year "
            "forecast. Figures exclude storage rents and hardware."
        ),
        obs=[
            ("Dynamic unit pricing", 2023, 14.2, "GBP million", "actual"),
            ("Dynamic unit pricing", 2024, 17.7, "GBP million", "actual"),
            ("Dynamic unit pricing", 2025, 22.1, "GBP million", "estimate"),
            ("Access control & occupancy monitoring", 2023, 9.8, "GBP million", "actual"),
            ("Access control & occupancy monitoring", 2024, 11.7, "GBP million", "actual"),
            ("Access control & occupancy monitoring", 2025, 14.5, "GBP million", "estimate"),
            ("Chat & online rental assistants", 2023, 5.1, "GBP million", "actual"),
            ("Chat & online rental assistants", 2024, 6.4, "GBP million", "actual"),
            ("Chat & online rental assistants", 2025, 8.2, "GBP million", "estimate"),
            ("Total", 2023, 29.1, "GBP million", "actual"),
            ("Total", 2024, 35.8, "GBP million", "actual"),
            ("Total", 2025, 44.9, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 9.8 + 5.1 = 29.1
            ("hierarchy", "exact"),  # 2024: 17.7 + 11.7 + 6.4 = 35.8
            # 2025F: 22.1 + 14.5 + 8.2 = 44.8 vs 44.9; rows' bounds 44.65-44.95, total's 44.85-44.95
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal 2024) by segment with a "Share of total" column and a Total row:
    #     each row's share is a claim (the Total's 100.0% is none); the access-control 15.0% is inconsistent, the
    #     trunk-room pricing 20.0% holds only by rounding; rows add to Total. Expected nowhere: the figure number,
    #     the 214 operators surveyed.
    dict(
        text=(
            "Fig. 5 Japan: AI in trunk rooms and moving services by segment, fiscal 2024\n"
            "Segment\tFY2024 (¥ billion)\tShare of total\n"
            "AI volume estimation for movers\t6.8\t29.8%\n"
            "AI crew and truck scheduling\t5.9\t25.9%\n"
            "AI trunk-room pricing\t4.6\t20.0%\n"
            "AI access control and monitoring\t3.2\t15.0%\n"
            "AI quote and claims handling\t2.3\t10.1%\n"
            "Total\t22.8\t100.0%\n"
            "Note: fiscal year to March 2025; software and services only. Source: Kurobane Research Institute survey "
            "of 214 operators."
        ),
        obs=[
            ("AI volume estimation for movers", 2024, 6.8, "JPY billion", "actual"),
            ("AI crew and truck scheduling", 2024, 5.9, "JPY billion", "actual"),
            ("AI trunk-room pricing", 2024, 4.6, "JPY billion", "actual"),
            ("AI access control and monitoring", 2024, 3.2, "JPY billion", "actual"),
            ("AI quote and claims handling", 2024, 2.3, "JPY billion", "actual"),
            ("Total", 2024, 22.8, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 29.8, "percent", 2024, 2024, None),
            ("share", 25.9, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
            ("share", 15.0, "percent", 2024, 2024, None),
            ("share", 10.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.8 / 22.8 = 29.82% -> 29.8
            ("arithmetic", "exact"),  # 5.9 / 22.8 = 25.88% -> 25.9
            # 4.6 / 22.8 = 20.18% -> 20.2, not 20.0; bounds 4.55 / 22.85 = 19.91%, 4.65 / 22.75 = 20.44%
            # -> 20.0 reached only by some reading
            ("arithmetic", "rounding"),
            # 3.2 / 22.8 = 14.04% -> 14.0, not 15.0; bounds 3.15 / 22.85 = 13.79%, 3.25 / 22.75 = 14.29% -> unreachable
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 2.3 / 22.8 = 10.09% -> 10.1
            ("hierarchy", "exact"),  # 6.8 + 5.9 + 4.6 + 3.2 + 2.3 = 22.8
        ],
    ),
    # 38. Space-aligned Chinese table (亿元) by segment with a 同比 column and a 合计 row: each row's 同比 is a YoY
    #     with both amounts (AI报价与理赔's 29.6% holds only by rounding); rows add to 合计 in both years. Expected
    #     nowhere: the table number, the title's year span, the source's date.
    dict(
        text=(
            "表4  2023—2024年中国搬家服务AI应用细分市场规模（单位：亿元）\n"
            "细分领域              2023年     2024年     同比\n"
            "AI视频估方               3.9        5.3     35.9%\n"
            "AI人员与车辆调度         6.2        8.0     29.0%\n"
            "AI报价与理赔             2.4        3.1     29.6%\n"
            "合计                    12.5       16.4     31.2%\n"
            "注：同比为2024年较2023年增速。资料来源：启衡研究院，2025年3月。"
        ),
        obs=[
            ("AI视频估方", 2023, 3.9, "CNY 100 million", "actual"),
            ("AI视频估方", 2024, 5.3, "CNY 100 million", "actual"),
            ("AI人员与车辆调度", 2023, 6.2, "CNY 100 million", "actual"),
            ("AI人员与车辆调度", 2024, 8.0, "CNY 100 million", "actual"),
            ("AI报价与理赔", 2023, 2.4, "CNY 100 million", "actual"),
            ("AI报价与理赔", 2024, 3.1, "CNY 100 million", "actual"),
            ("合计", 2023, 12.5, "CNY 100 million", "actual"),
            ("合计", 2024, 16.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.9, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.3 / 3.9) ** (1 / 1) - 1 = 35.90% -> 35.9
            ("cagr|implied", "exact"),  # (8.0 / 6.2) ** (1 / 1) - 1 = 29.03% -> 29.0
            # (3.1 / 2.4) ** (1 / 1) - 1 = 29.17% -> 29.2, not 29.6; bounds 3.05 / 2.45 - 1 = 24.49%,
            # 3.15 / 2.35 - 1 = 34.04% -> 29.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (16.4 / 12.5) ** (1 / 1) - 1 = 31.20% -> 31.2
            ("hierarchy", "exact"),  # 2023: 3.9 + 6.2 + 2.4 = 12.5
            ("hierarchy", "exact"),  # 2024: 5.3 + 8.0 + 3.1 = 16.4
        ],
    ),
    # 39. Vertical tab-separated table whose rows are years (a lone value column headed by its unit only: Total, USD
    #     million) with a YoY column; 2025E and 2026E are estimates; each YoY has both amounts, 2023's 24% is
    #     inconsistent. Expected nowhere: the exhibit number, the 7,000 interstate movers.
    dict(
        text=(
            "Exhibit 7. US movers' spending on AI volume estimation, quoting and claims handling\n"
            "Year\tUSD million\tYoY\n"
            "2021\t62\t-\n"
            "2022\t81\t31%\n"
            "2023\t104\t24%\n"
            "2024\t139\t34%\n"
            "2025E\t181\t30%\n"
            "2026E\t232\t28%\n"
            "Source: Keel & Compass Research, Moving Technology Outlook. E = estimate. Covers household and corporate "
            "relocation; software and services only, excluding truck telematics and storage rents. The US counts "
            "about 7,000 interstate movers."
        ),
        obs=[
            ("Total", 2021, 62, "USD million", "actual"),
            ("Total", 2022, 81, "USD million", "actual"),
            ("Total", 2023, 104, "USD million", "actual"),
            ("Total", 2024, 139, "USD million", "actual"),
            ("Total", 2025, 181, "USD million", "estimate"),
            ("Total", 2026, 232, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2021, 2022, 1.0),
            ("growth", 24, "percent", 2022, 2023, 1.0),
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("growth", 28, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (81 / 62) ** (1 / 1) - 1 = 30.65% -> 31
            # (104 / 81) ** (1 / 1) - 1 = 28.40% -> 28, not 24; bounds 103.5 / 81.5 - 1 = 26.99%,
            # 104.5 / 80.5 - 1 = 29.81% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (139 / 104) ** (1 / 1) - 1 = 33.65% -> 34
            ("cagr|implied", "exact"),  # (181 / 139) ** (1 / 1) - 1 = 30.22% -> 30
            ("cagr|implied", "exact"),  # (232 / 181) ** (1 / 1) - 1 = 28.18% -> 28
        ],
    ),
    # 40. Markdown table (EUR million, Spain) by segment with sub-segments indented under their segment and a Total
    #     row; 2026P is an estimate; sub-segments add to their segments and segments to Total, except AI site
    #     operations in 2026P (8.3 + 7.2 = 15.5 vs 15.6), which holds only by rounding. Expected nowhere: the table
    #     number, the report's title year, the 720 centres and 1,900 removal firms.
    dict(
        text=(
            "Table 2. Spain: AI in self-storage and removals by segment (EUR million)\n"
            "| Segment | 2024 | 2026P |\n"
            "|---|---:|---:|\n"
            "| AI pricing and revenue management | 12.4 | 19.8 |\n"
            "|    Dynamic unit pricing | 8.9 | 14.1 |\n"
            "|    Promotions and discount optimisation | 3.5 | 5.7 |\n"
            "| AI site operations | 9.7 | 15.6 |\n"
            "|    Access control | 5.2 | 8.3 |\n"
            "|    Occupancy monitoring | 4.5 | 7.2 |\n"
            "| AI for removal firms | 7.3 | 12.9 |\n"
            "|    Volume estimation from video | 4.1 | 7.5 |\n"
            "|    Crew and truck scheduling | 3.2 | 5.4 |\n"
            "| Total | 29.4 | 48.3 |\n"
            "Note: P = projection; indented rows are included in the segment above them. Covers 720 self-storage "
            "centres and 1,900 removal firms. Source: Asociación Ibérica de Trasteros, informe anual 2025."
        ),
        obs=[
            ("AI pricing and revenue management", 2024, 12.4, "EUR million", "actual"),
            ("AI pricing and revenue management", 2026, 19.8, "EUR million", "estimate"),
            ("Dynamic unit pricing", 2024, 8.9, "EUR million", "actual"),
            ("Dynamic unit pricing", 2026, 14.1, "EUR million", "estimate"),
            ("Promotions and discount optimisation", 2024, 3.5, "EUR million", "actual"),
            ("Promotions and discount optimisation", 2026, 5.7, "EUR million", "estimate"),
            ("AI site operations", 2024, 9.7, "EUR million", "actual"),
            ("AI site operations", 2026, 15.6, "EUR million", "estimate"),
            ("Access control", 2024, 5.2, "EUR million", "actual"),
            ("Access control", 2026, 8.3, "EUR million", "estimate"),
            ("Occupancy monitoring", 2024, 4.5, "EUR million", "actual"),
            ("Occupancy monitoring", 2026, 7.2, "EUR million", "estimate"),
            ("AI for removal firms", 2024, 7.3, "EUR million", "actual"),
            ("AI for removal firms", 2026, 12.9, "EUR million", "estimate"),
            ("Volume estimation from video", 2024, 4.1, "EUR million", "actual"),
            ("Volume estimation from video", 2026, 7.5, "EUR million", "estimate"),
            ("Crew and truck scheduling", 2024, 3.2, "EUR million", "actual"),
            ("Crew and truck scheduling", 2026, 5.4, "EUR million", "estimate"),
            ("Total", 2024, 29.4, "EUR million", "actual"),
            ("Total", 2026, 48.3, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 8.9 + 3.5 = 12.4
            ("hierarchy", "exact"),  # 2024: 5.2 + 4.5 = 9.7
            ("hierarchy", "exact"),  # 2024: 4.1 + 3.2 = 7.3
            ("hierarchy", "exact"),  # 2024: 12.4 + 9.7 + 7.3 = 29.4
            ("hierarchy", "exact"),  # 2026P: 14.1 + 5.7 = 19.8
            # 2026P: 8.3 + 7.2 = 15.5 vs 15.6; rows' bounds 15.4-15.6, total's 15.55-15.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2026P: 7.5 + 5.4 = 12.9
            ("hierarchy", "exact"),  # 2026P: 19.8 + 15.6 + 12.9 = 48.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 8, 'rounding': 15, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Tender notice 2025/S 052-161408',
    'MARTIN KEEL: So roughly $340 million last year',
    '**$1.2bn**',
    'Key findings: Global Smart Storage Access Report',
    'from €41 million in 2024 to €139 million by 2030',
    'USD 1.2 bn',
    'FY2024/25, the year to March 2025',
    'total addressable market',
    '2025E、2026E有望分别达到12.8亿元和16.7亿元',
    '【细分赛道】',
    '今年可望成長3成',
    '| Application | 2024A | 2025E | 2026E | CAGR 2024-26 |',
    '合計\t12.1\t15.3\t26.4%',
    'REQUEST FOR PROPOSALS - Ref. UKRF/2025/031',
    'Q: You keep talking up your pricing engine.',
    'a market that has tripled since 2020',
    'EDIT: typo, 2024 is $286M not $268M.',
    'Key highlights:',
    'Our base case puts 2027 at $1.1-1.4 billion',
    "(revised from €139 million in last year's review",
    'one and a half billion euros',
    '本报北京2025年3月20日电',
    '力争到2027年',
    '規模達新台幣9.8億元，年增23%',
    '2025E约19.8亿元，同比+30%',
    '| Application | 2023 | H1 2024 | H2 2024 | 2024 | H1 2025 | 2025F |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 59 rates, 91 verdicts and 3 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fifty-second set: 208, 62, 96 and 2
FLOORS = {"figures_found": 210, "rates_found": 62, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset254.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
