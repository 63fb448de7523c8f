"""A hundred-and-thirty-seventh check set for the extractor, written blind: AI in retail and e-commerce, in English and Chinese
(Simplified and Traditional) -- recommendation engines, AI product content and virtual try-on, live-commerce digital
hosts, demand forecasting, cashier-less stores, shop chatbots and retail media targeting, sized in money by retail
research firms, e-commerce associations, brokers, city commerce plans, Japanese, Korean and Taiwanese associations and
consultancies; platforms' GMV, orders and parcels, shoppers reached, conversion gains, a retailer's own sales, store
counts, funding rounds, a shopping festival's or a quarter's figures and the whole retail market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated US news: recommendation-engine spend "last year" vs 2023, "a 20% rise"; "this year" forecast
    #    (estimate); distractors: vendor count, percentage points, a retailer's own e-commerce sales, survey answer
    dict(
        text=(
            "NEW YORK, 12 February 2025 — American retailers are pouring money into the software that decides "
            "what shoppers see next. Spending on AI recommendation engines by US merchants came to $4.8 billion "
            "last year, a 20% rise from $4.0 billion in 2023, according to Halvorsen Retail Analytics, which "
            "tracks 312 vendors. The firm expects outlays to hit $5.6 billion this year as mid-sized chains catch "
            "up. Meridian Outfitters, an early adopter, said personalised carousels lifted its online conversion "
            "rate by 1.4 percentage points and helped push its e-commerce sales to $2.3 billion. In a Halvorsen "
            "survey, 68% of merchants said they planned to raise their budgets."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2023, 4.0, "USD billion", "actual"),
            ("Total", 2025, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.8 / 4.0 - 1 = 0.2000 -> 20.0%
        ],
    ),
    # 2. report feature: global virtual try-on, 2024 base and 2030 forecast with a stated 2024-2030 CAGR;
    #    distractors: "roughly half" share in words, a start-up's funding round, brand count, percentage points
    dict(
        text=(
            "Virtual fitting rooms are leaving the pilot stage. In a report published on 3 September 2025, "
            "Brightwater Insights valued the global virtual try-on software market at $1.9 billion in 2024 and "
            "projected it to reach $6.1 billion by 2030, a compound annual growth rate of 21.5% between 2024 and "
            "2030. Apparel accounts for roughly half of deployments, with eyewear and cosmetics making up most of "
            "the rest. Mirrorly, a London start-up whose avatar engine is used by 40 fashion brands, closed a "
            "$120 million Series C in July. Retailers using try-on tools report return rates 3 to 5 percentage "
            "points lower than on ordinary listings."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 1.9) ** (1/6) - 1 = 3.21053 ** 0.16667 - 1 = 21.459% -> 21.5
        ],
    ),
    # 3. Singapore dateline: cashier-less store tech, US$310 million (series unit USD million) then
    #    "US$1.2 billion in 2029" converted to 1200; stated 35% CAGR contradicts its amounts;
    #    distractors: store count, a quarter's spend, whole-retail sales in trillions
    dict(
        text=(
            "SINGAPORE, 9 June 2025 — Checkout-free shopping is spreading beyond airports and office lobbies. "
            "Spending on cashier-less store technology in Southeast Asia — ceiling cameras, weight-sensing shelves "
            "and the vision software that ties them together — reached US$310 million in 2024, according to "
            "Tanjong Retail Advisory. The consultancy forecasts US$1.2 billion in 2029, which it describes as a "
            "compound annual growth rate of 35% over 2024-2029. The region now has more than 1,400 such stores, "
            "and first-quarter spending this year was US$88 million. For perspective, total retail sales in the "
            "six largest markets exceed US$1.1 trillion."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 35.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1200 / 310) ** (1/5) - 1 = 3.87097 ** 0.2 - 1 = 31.09%
            # bounds: (1150 / 310.5) ** 0.2 - 1 = 29.94% .. (1250 / 309.5) ** 0.2 - 1 = 32.21%;
            # 35% needs >= 34.5% -> unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. earnings call: CEO sizes the TAM (-> Total) in fiscal 2024 and fiscal 2027, "roughly 20% a year"
    #    with no printed span (inferred CAGR); distractors: the company's quarterly revenue and its growth,
    #    headcount, an analyst's price target and upside
    dict(
        text=(
            "Cartwell Media used its fiscal 2025 second-quarter call on 6 August 2025 to make the case that AI "
            "targeting will reshape retail media. Chief executive Dana Ruiz told analysts the total addressable "
            "market for AI-driven retail media targeting would be about $38 billion in fiscal 2027, up from $22 "
            "billion in fiscal 2024, growth she put at roughly 20% a year. Cartwell itself reported second-quarter "
            "revenue of $612 million, up 27% from a year earlier, and said it now employs 2,900 people. Analysts "
            "at Greyhaven Securities kept their $85 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 22, "USD billion", "actual"),
            ("Total", 2027, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 22) ** (1/3) - 1 = 1.72727 ** 0.33333 - 1 = 19.98% -> 20
        ],
    ),
    # 5. Tokyo dateline: AI customer-service bots for online shops in yen (JPY billion), "grew 13.5% to
    #    ¥48.3 billion ... from ¥42.5 billion" (rounding); "this year" estimate; distractors: shop count,
    #    a quarter's sales, marketplace merchandise value in trillions
    dict(
        text=(
            "TOKYO, 18 April 2025 — Japanese online shops are handing more of their customer inquiries to "
            "machines. The Japan E-Commerce Automation Association said the domestic market for AI "
            "customer-service bots used by online retailers grew 13.5% to ¥48.3 billion in 2024, from ¥42.5 "
            "billion in 2023. It expects the market to reach ¥55 billion this year as smaller merchants sign up "
            "through marketplace plug-ins. Bots now answer inquiries for about 61,000 shops, and sales in the "
            "January-March quarter alone came to ¥13.1 billion. Merchandise sold through the country's three "
            "biggest marketplaces totalled ¥9.8 trillion last year."
        ),
        obs=[
            ("Total", 2024, 48.3, "JPY billion", "actual"),
            ("Total", 2023, 42.5, "JPY billion", "actual"),
            ("Total", 2025, 55, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.3 / 42.5 - 1 = 13.647% -> 13.6, not 13.5
            # bounds: 48.25 / 42.55 - 1 = 13.396% .. 48.35 / 42.45 - 1 = 13.899%; 13.5 lies inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. European study: demand-forecasting AI, 2024 vs "a year earlier", software part with its share
    #    (part and whole printed -> arithmetic); distractors: percentage points, store count, whole retail
    dict(
        text=(
            "Demand forecasting is where European grocers have put most of their AI money, a study by Lindqvist "
            "& Partners published in February 2025 shows. The market for AI demand-forecasting tools among "
            "European retailers reached €2.4 billion in 2024, up 20% from €2.0 billion a year earlier. Software "
            "accounted for €1.56 billion of the 2024 total, or 65%, with implementation and managed services "
            "making up the rest. Grocers using the tools cut fresh-food waste by an average of 2 percentage "
            "points across the 1,200 stores sampled, in a retail sector whose sales run to €3.6 trillion a year."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2023, 2.0, "EUR billion", "actual"),
            ("Software", 2024, 1.56, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("share", 65.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.4 / 2.0 - 1 = 20.0%
            ("arithmetic", "exact"),    # 1.56 / 2.4 = 65.0%
        ],
    ),
    # 7. London dateline: AI-generated product content, "last year" vs 2023 (+40%), and a 2028 range
    #    -> two value claims, no observation; distractors: "multibillion-dollar opportunity", listing count,
    #    Singles' Day
    dict(
        text=(
            "LONDON, 20 May 2025 — Product pages are increasingly written by machines. Merchants worldwide spent "
            "$1.12 billion last year on generative-AI tools that write product descriptions, retouch catalogue "
            "photos and cut short videos for listings, up 40% from $0.80 billion in 2023, Quillon Research "
            "estimates. Quillon puts the market at $3.5 billion to $4.2 billion by 2028, depending on how quickly "
            "marketplaces accept AI imagery. Vendors pitch it as a multibillion-dollar opportunity; one "
            "marketplace says sellers uploaded 40 million AI-assisted listings ahead of Singles' Day."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2023, 0.80, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 40.0, "percent", 2023, 2024, 1.0),
            ("value", 3.5, "USD billion", 2028, 2028, None),
            ("value", 4.2, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 0.80 - 1 = 40.0%
        ],
    ),
    # 8. Hong Kong dateline, HK$ million: 2024 "more than fivefold" the 2020 figure (multiple x5 over 4 years,
    #    no verdict); "this year" estimate; distractors: a quarter's retail-sales fall, member and outlet counts
    dict(
        text=(
            "HONG KONG, 2 July 2025 — Hong Kong retailers, squeezed by cross-border shopping, are leaning on "
            "software to hold down costs. Their spending on AI tools — chat assistants, product recommendations "
            "and shelf analytics — reached HK$486 million in 2024, more than fivefold the HK$92 million spent in "
            "2020, according to the Harbour Retail Technology Council. The council expects HK$620 million this "
            "year. Retail sales in the city fell 7.3% in the first quarter, and the council's 180 member firms "
            "run around 5,800 outlets."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2020, 92, "HKD million", "actual"),
            ("Total", 2025, 620, "HKD million", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),  # "more than fivefold"; no verdict
        ],
        verdicts=[],
    ),
    # 9. investor day (November 2024): TAM "this year" (an estimate, year not over) and 2029, "compounding at
    #    22.8% a year" with no printed span (inferred; rounding); distractors: own annualised revenue,
    #    headcount, survey answer
    dict(
        text=(
            "At its investor day in New York on 14 November 2024, Lumeo Commerce laid out the opportunity for its "
            "conversational shopping assistant. Management sized the total addressable market for AI shopping "
            "assistants at $14.5 billion this year and $41 billion in 2029, compounding at 22.8% a year. Lumeo's "
            "own subscription revenue is running at $380 million annualised, and the company has 1,150 employees. "
            "Chief financial officer Priya Anand said 54% of customers surveyed used the assistant weekly."
        ),
        obs=[
            ("Total", 2024, 14.5, "USD billion", "estimate"),
            ("Total", 2029, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (41 / 14.5) ** (1/5) - 1 = 2.82759 ** 0.2 - 1 = 23.11% -> 23.1, not 22.8
            # bounds: (40.5 / 14.55) ** 0.2 - 1 = 22.72% .. (41.5 / 14.45) ** 0.2 - 1 = 23.49%; 22.8 inside
            ("cagr|period", "rounding"),
        ],
    ),
    # 10. Simplified Chinese association release: 数字人直播 market 2023/2024 with 同比 rate, 2027 "突破200亿元"
    #     target and stated 2024—2027 CAGR; distractors: 双十一 GMV, host count, 个百分点
    dict(
        text=(
            "2025年1月，华东电子商务服务业协会发布数据：2024年我国数字人直播服务市场规模达到86.5亿元，较2023年的"
            "60.8亿元同比增长42.3%。协会预计，到2027年该市场规模将突破200亿元，2024—2027年复合增长率约为32%。"
            "在刚过去的“双十一”期间，采用数字人主播的直播间带动GMV超过1,200亿元，全行业活跃数字人主播数量超过12万个。"
            "部分品牌反映，数字人夜间直播使转化率提升了1.8个百分点。"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2023, 60.8, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("cagr", 32.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.5 / 60.8 - 1 = 42.27% -> 42.3
            ("cagr|implied", "exact"),  # (200 / 86.5) ** (1/3) - 1 = 2.31214 ** 0.33333 - 1 = 32.23% -> 32
        ],
    ),
    # 11. Simplified Chinese city commerce plan: target "到2027年…超过120亿元" (estimate), 2024 base and a
    #     part (软件平台) with its share; distractors: plan title years, 龙头企业 count, 千亿级, whole-city retail
    #     sales in 万亿元 and online retail growth
    dict(
        text=(
            "2025年3月，滨江市商务局印发《滨江市“人工智能+零售”行动方案（2025—2027年）》。方案提出，到2027年全市"
            "电商智能客服市场规模超过120亿元，培育10家以上龙头企业，打造千亿级智慧零售产业集群。据测算，2024年全市"
            "电商智能客服市场规模为58亿元，其中软件平台36亿元，占比62.1%。2024年全市社会消费品零售总额1.6万亿元，"
            "网上零售额同比增长9.6%。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("软件平台", 2024, 36, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 62.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 36 / 58 = 62.07% -> 62.1
        ],
    ),
    # 12. Traditional Chinese (Taiwan) research note in 新台幣億元: 2024 vs 2023 with "成長23.5%" (rounding),
    #     2025 預估; distractors: adopter count, 毛利率 points, a hypermarket chain's own revenue
    dict(
        text=(
            "台灣零售科技研究所2025年5月發布調查指出，2024年台灣零售業導入AI需求預測與智慧補貨解決方案的市場規模為"
            "新台幣38.6億元，較2023年的31.2億元成長23.5%。研究所預估，2025年市場規模可達新台幣47億元。目前已有約"
            "1,300家零售業者導入相關系統，導入業者平均毛利率提升約2個百分點。連鎖量販龍頭泰豐量販2024年營收則為"
            "新台幣1,860億元。"
        ),
        obs=[
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2025, 47, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.6 / 31.2 - 1 = 23.72% -> 23.7, not 23.5
            # bounds: 38.55 / 31.25 - 1 = 23.36% .. 38.65 / 31.15 - 1 = 24.08%; 23.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) in 億港元: 2024 "按年增長18%" with 2023 printed after it -- the
    #     amounts give 26.5% (inconsistent); 2026 forecast; distractors: store count, whole retail sales value
    dict(
        text=(
            "香港零售科技商會2025年3月公布，2024年本港無人商店及自助結帳科技市場規模達12.4億港元，按年增長18%，"
            "2023年則為9.8億港元。商會預計，隨著更多連鎖超市引入視覺辨識結帳，2026年市場規模將增至20億港元。"
            "目前全港約有120間無人商店，而2024年全港零售業總銷貨價值約為3,800億港元。"
        ),
        obs=[
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2026, 20, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 12.4 / 9.8 - 1 = 26.53%
            # bounds: 12.35 / 9.85 - 1 = 25.38% .. 12.45 / 9.75 - 1 = 27.69%; 18 (17.5..18.5) unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Simplified Chinese broker note: retail-media AI ads 2600亿元 (2020) "增长3倍至1.04万亿元" (2024)
    #     -> x4 over 4 years, 万亿 converted to the series' 亿元 unit; 2026 "有望达到1.3万亿元";
    #     distractors: consumers reached, a platform's own ad revenue (fiscal), 618 GMV growth
    dict(
        text=(
            "2025年6月，星衡证券在研报中指出，由智能推荐与AI定向投放驱动的零售媒体广告正在成为电商平台的第二增长曲线。"
            "2020年我国零售媒体AI广告市场规模为2600亿元，2024年较2020年增长3倍至1.04万亿元，预计2026年有望达到"
            "1.3万亿元。报告称，头部平台的广告投放已覆盖超过9亿消费者，某头部平台2024财年广告收入为3,150亿元。"
            "“618”大促期间，全网GMV同比增长约12%。"
        ),
        obs=[
            ("Total", 2020, 2600, "CNY 100 million", "actual"),
            ("Total", 2024, 10400, "CNY 100 million", "actual"),   # 1.04万亿元
            ("Total", 2026, 13000, "CNY 100 million", "estimate"), # 1.3万亿元
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts -> x4; no verdict
        ],
        verdicts=[],
    ),
    # 15. English pipe table by use case with E columns and a Total row, plus a stated 2024-2028 CAGR line;
    #     distractors: exhibit number, interview count
    dict(
        text=(
            "Exhibit 7. Global spending on AI in retail by use case (US$ billion). Source: Ardent Retail "
            "Research, June 2025.\n"
            "\n"
            "| Use case | 2024 | 2025E | 2028E |\n"
            "|---|---|---|---|\n"
            "| Recommendation engines | 6.8 | 7.9 | 12.6 |\n"
            "| Demand forecasting | 4.1 | 4.9 | 8.2 |\n"
            "| Customer-service bots | 3.5 | 4.2 | 7.4 |\n"
            "| Virtual try-on | 1.9 | 2.4 | 4.6 |\n"
            "| Total | 16.3 | 19.4 | 32.8 |\n"
            "\n"
            "Total spending compounds at 19.1% a year from 2024 to 2028, on Ardent's estimates drawn from "
            "interviews with 230 retailers."
        ),
        obs=[
            ("Recommendation engines", 2024, 6.8, "USD billion", "actual"),
            ("Recommendation engines", 2025, 7.9, "USD billion", "estimate"),
            ("Recommendation engines", 2028, 12.6, "USD billion", "estimate"),
            ("Demand forecasting", 2024, 4.1, "USD billion", "actual"),
            ("Demand forecasting", 2025, 4.9, "USD billion", "estimate"),
            ("Demand forecasting", 2028, 8.2, "USD billion", "estimate"),
            ("Customer-service bots", 2024, 3.5, "USD billion", "actual"),
            ("Customer-service bots", 2025, 4.2, "USD billion", "estimate"),
            ("Customer-service bots", 2028, 7.4, "USD billion", "estimate"),
            ("Virtual try-on", 2024, 1.9, "USD billion", "actual"),
            ("Virtual try-on", 2025, 2.4, "USD billion", "estimate"),
            ("Virtual try-on", 2028, 4.6, "USD billion", "estimate"),
            ("Total", 2024, 16.3, "USD billion", "actual"),
            ("Total", 2025, 19.4, "USD billion", "estimate"),
            ("Total", 2028, 32.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.8 / 16.3) ** (1/4) - 1 = 2.01227 ** 0.25 - 1 = 19.10% -> 19.1
            ("hierarchy", "exact"),     # 2024: 6.8 + 4.1 + 3.5 + 1.9 = 16.3
            ("hierarchy", "exact"),     # 2025E: 7.9 + 4.9 + 4.2 + 2.4 = 19.4
            ("hierarchy", "exact"),     # 2028E: 12.6 + 8.2 + 7.4 + 4.6 = 32.8
        ],
    ),
    # 16. Chinese tab-separated table (亿元) by segment, 2023/2024/2025E with 合计 row; the 2024 column sums
    #     to 453.2 against a printed 453.3 (rounding); a 同比 line for the total; distractors: table number,
    #     report source and date
    dict(
        text=(
            "表4 中国零售AI解决方案市场规模（亿元）\n"
            "细分领域\t2023\t2024\t2025E\n"
            "智能推荐\t182.4\t221.7\t268.3\n"
            "AI商品内容生成\t45.6\t71.2\t102.5\n"
            "智能客服\t96.3\t112.8\t131.6\n"
            "需求预测与补货\t38.9\t47.5\t58.1\n"
            "合计\t363.2\t453.3\t560.5\n"
            "资料来源：恒远证券研究所，2025年4月。2024年合计规模同比增长24.8%。"
        ),
        obs=[
            ("智能推荐", 2023, 182.4, "CNY 100 million", "actual"),
            ("智能推荐", 2024, 221.7, "CNY 100 million", "actual"),
            ("智能推荐", 2025, 268.3, "CNY 100 million", "estimate"),
            ("AI商品内容生成", 2023, 45.6, "CNY 100 million", "actual"),
            ("AI商品内容生成", 2024, 71.2, "CNY 100 million", "actual"),
            ("AI商品内容生成", 2025, 102.5, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 96.3, "CNY 100 million", "actual"),
            ("智能客服", 2024, 112.8, "CNY 100 million", "actual"),
            ("智能客服", 2025, 131.6, "CNY 100 million", "estimate"),
            ("需求预测与补货", 2023, 38.9, "CNY 100 million", "actual"),
            ("需求预测与补货", 2024, 47.5, "CNY 100 million", "actual"),
            ("需求预测与补货", 2025, 58.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 363.2, "CNY 100 million", "actual"),
            ("合计", 2024, 453.3, "CNY 100 million", "actual"),
            ("合计", 2025, 560.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 453.3 / 363.2 - 1 = 24.81% -> 24.8
            ("hierarchy", "exact"),     # 2023: 182.4 + 45.6 + 96.3 + 38.9 = 363.2
            # 2024: 221.7 + 71.2 + 112.8 + 47.5 = 453.2 vs 453.3; parts at +-0.05 each give 453.0..453.4,
            # total 453.25..453.35 -> reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 268.3 + 102.5 + 131.6 + 58.1 = 560.5
        ],
    ),
    # 17. English vertical table (rows are years), lone value column headed by its unit only (-> Total) in
    #     GBP million, with a YoY column whose 2023 entry contradicts its amounts; 2025F estimate;
    #     distractors: chain and store counts, a grocer's own profit
    dict(
        text=(
            "UK grocers' spending on AI demand forecasting\n"
            "Source: Fenwick & Rowe grocery technology tracker, March 2025\n"
            "\n"
            "Year     £ million      YoY\n"
            "2021           142        –\n"
            "2022           186    31.0%\n"
            "2023           238    22.8%\n"
            "2024           297    24.8%\n"
            "2025F          361    21.5%\n"
            "\n"
            "The tracker covers 14 grocery chains operating 9,600 stores; the largest of them, Hallam's, reported "
            "a pre-tax profit of £1.1 billion."
        ),
        obs=[
            ("Total", 2021, 142, "GBP million", "actual"),
            ("Total", 2022, 186, "GBP million", "actual"),
            ("Total", 2023, 238, "GBP million", "actual"),
            ("Total", 2024, 297, "GBP million", "actual"),
            ("Total", 2025, 361, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2021, 2022, 1.0),
            ("growth", 22.8, "percent", 2022, 2023, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 186 / 142 - 1 = 30.99% -> 31.0
            # 238 / 186 - 1 = 27.96%; bounds 237.5 / 186.5 - 1 = 27.35% .. 238.5 / 185.5 - 1 = 28.57%;
            # 22.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 297 / 238 - 1 = 24.79% -> 24.8
            ("cagr|implied", "exact"),         # 361 / 297 - 1 = 21.55% -> 21.5 (21.549)
        ],
    ),
    # 18. Chinese space-aligned pair of tables: store counts (no observation) beside market value in 亿元 by
    #     segment with 合计 row and a 2025E column; a share line with part and whole printed; distractor:
    #     个百分点, table numbers
    dict(
        text=(
            "无人零售行业发展报告（2025年5月）节选\n"
            "\n"
            "表1 全国无人零售门店数量（家）\n"
            "              2022年    2023年    2024年\n"
            "门店数         4,800     6,100     7,900\n"
            "\n"
            "表2 无人零售技术市场规模（亿元）\n"
            "              2022年    2023年    2024年    2025年E\n"
            "硬件设备        21.4      25.8      30.9      36.2\n"
            "软件及算法      12.7      17.3      23.6      31.4\n"
            "合计            34.1      43.1      54.5      67.6\n"
            "\n"
            "2024年软件及算法占比升至43.3%，较上年提升3.2个百分点。"
        ),
        obs=[
            ("硬件设备", 2022, 21.4, "CNY 100 million", "actual"),
            ("硬件设备", 2023, 25.8, "CNY 100 million", "actual"),
            ("硬件设备", 2024, 30.9, "CNY 100 million", "actual"),
            ("硬件设备", 2025, 36.2, "CNY 100 million", "estimate"),
            ("软件及算法", 2022, 12.7, "CNY 100 million", "actual"),
            ("软件及算法", 2023, 17.3, "CNY 100 million", "actual"),
            ("软件及算法", 2024, 23.6, "CNY 100 million", "actual"),
            ("软件及算法", 2025, 31.4, "CNY 100 million", "estimate"),
            ("合计", 2022, 34.1, "CNY 100 million", "actual"),
            ("合计", 2023, 43.1, "CNY 100 million", "actual"),
            ("合计", 2024, 54.5, "CNY 100 million", "actual"),
            ("合计", 2025, 67.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 43.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 23.6 / 54.5 = 43.30% -> 43.3
            ("hierarchy", "exact"),   # 2022: 21.4 + 12.7 = 34.1
            ("hierarchy", "exact"),   # 2023: 25.8 + 17.3 = 43.1
            ("hierarchy", "exact"),   # 2024: 30.9 + 23.6 = 54.5
            ("hierarchy", "exact"),   # 2025E: 36.2 + 31.4 = 67.6
        ],
    ),
    # 19. English space-aligned table: online vs in-store AI spend with share column and a Total row whose
    #     100% is no claim; distractors: figure number, percentage points, survey count
    dict(
        text=(
            "AI retail spend by channel, North America, 2024 (US$ million)\n"
            "Source: Corvallis Retail Labs, Figure 3 (published May 2025)\n"
            "\n"
            "Channel       Spend     Share\n"
            "Online        3,450     71.9%\n"
            "In-store      1,350     28.1%\n"
            "Total         4,800    100.0%\n"
            "\n"
            "Online's share was up 4.2 percentage points on 2023, helped by retail-media ad targeting; Corvallis "
            "surveyed 860 retailers."
        ),
        obs=[
            ("Online", 2024, 3450, "USD million", "actual"),
            ("In-store", 2024, 1350, "USD million", "actual"),
            ("Total", 2024, 4800, "USD million", "actual"),
        ],
        claims=[
            ("share", 71.9, "percent", 2024, 2024, None),
            ("share", 28.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3450 / 4800 = 71.875% -> 71.9
            ("arithmetic", "exact"),  # 1350 / 4800 = 28.125% -> 28.1
            ("hierarchy", "exact"),   # 3450 + 1350 = 4800
        ],
    ),
    # 20. Chinese pipe table of a Japanese association in 亿日元 (JPY 100 million) by fiscal year (年度),
    #     预估/预测 columns, 合计 row, stated 2024—2028 CAGR; distractors: "占比过半" in words, firm count
    dict(
        text=(
            "日本零售数字化协会（JRDA）2025年7月发布的统计显示，日本零售业AI解决方案市场持续扩大，线上渠道占比过半。\n"
            "\n"
            "| 亿日元 | 2023年度 | 2024年度 | 2025年度（预估） | 2028年度（预测） |\n"
            "|---|---|---|---|---|\n"
            "| EC网站 | 612 | 705 | 812 | 1,180 |\n"
            "| 实体门店 | 388 | 431 | 478 | 655 |\n"
            "| 合计 | 1,000 | 1,136 | 1,290 | 1,835 |\n"
            "\n"
            "协会预计，2024—2028年度合计规模年均复合增长12.7%。参与调查的企业共412家。"
        ),
        obs=[
            ("EC网站", 2023, 612, "JPY 100 million", "actual"),
            ("EC网站", 2024, 705, "JPY 100 million", "actual"),
            ("EC网站", 2025, 812, "JPY 100 million", "estimate"),
            ("EC网站", 2028, 1180, "JPY 100 million", "estimate"),
            ("实体门店", 2023, 388, "JPY 100 million", "actual"),
            ("实体门店", 2024, 431, "JPY 100 million", "actual"),
            ("实体门店", 2025, 478, "JPY 100 million", "estimate"),
            ("实体门店", 2028, 655, "JPY 100 million", "estimate"),
            ("合计", 2023, 1000, "JPY 100 million", "actual"),
            ("合计", 2024, 1136, "JPY 100 million", "actual"),
            ("合计", 2025, 1290, "JPY 100 million", "estimate"),
            ("合计", 2028, 1835, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1835 / 1136) ** (1/4) - 1 = 1.61532 ** 0.25 - 1 = 12.74% -> 12.7
            ("hierarchy", "exact"),     # FY2023: 612 + 388 = 1000
            ("hierarchy", "exact"),     # FY2024: 705 + 431 = 1136
            ("hierarchy", "exact"),     # FY2025: 812 + 478 = 1290
            ("hierarchy", "exact"),     # FY2028: 1180 + 655 = 1835
        ],
    ),
    # 21. English dated news: US recommendation engines, "up 21% from $3.14 billion a year earlier", a stated
    #    2024-2030 CAGR; vendor revenue, headcount, survey share and percentage points expected nowhere
    dict(
        text=(
            "NEW YORK, June 12, 2025 — The software that decides which sneakers or saucepans a shopper sees next "
            "has become one of retail's fastest-growing line items. American retailers spent $3.8 billion on AI "
            "recommendation engines in 2024, up 21% from $3.14 billion a year earlier, according to Harlow Retail "
            "Analytics. Harlow expects that figure to reach $9.6 billion in 2030, a compound annual growth rate of "
            "16.7% from 2024 to 2030. Brightcart, the category's largest vendor, reported 2024 revenue of $412 "
            "million and employs about 1,900 people. In Harlow's poll of 540 merchants, 62% said personalised "
            "recommendations had lifted conversion, typically by one to two percentage points."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2023, 3.14, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.8 / 3.14 - 1 = 21.02% -> 21
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1/6) - 1 = 16.70% -> 16.7
        ],
    ),
    # 22. English earnings call: the CEO's total addressable market "this year" (2025, estimate) and "by 2028",
    #    "2.8 times today's level" (multiple, no verdict), "implying annual growth of about 41%" (inferred CAGR);
    #    own quarterly revenue, merchant count, price target and upside expected nowhere
    dict(
        text=(
            "On Lumaprise's second-quarter call on August 7, 2025, chief executive Dana Whitcombe sized the total "
            "addressable market for AI-generated product listings — copy, photography and short videos for online "
            "shops — at roughly $4.5 billion this year. She said it should reach $12.6 billion by 2028, or 2.8 "
            "times today's level, implying annual growth of about 41%. Lumaprise's own revenue rose 34% in the "
            "quarter to $86 million, and the company now serves 2,300 merchants. Corliss Partners raised its price "
            "target on the stock to $58, about 22% above the closing price."
        ),
        obs=[
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2028, 12.6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2025, 2028, 3.0),
            ("cagr", 41.0, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12.6 / 4.5) ** (1/3) - 1 = 2.8 ** (1/3) - 1 = 40.95% -> 41
        ],
    ),
    # 23. English UK feature: £420 million with a part "of which software licences made up £270 million, or 64%",
    #    a target in £ billion converted to the series' GBP million, a CAGR right only within rounding;
    #    percentage points and a count of scanned customers expected nowhere
    dict(
        text=(
            "LONDON — Virtual fitting rooms have quietly moved from novelty to standard kit on British fashion "
            "sites. UK retailers spent £420 million on virtual try-on technology in 2024, of which software "
            "licences made up £270 million, or 64%, with the remainder going on integration and 3D body-scanning "
            "services, according to the consultancy Pellow & Strand. The firm expects the market to hit £1.1 "
            "billion in 2028, compound growth of 28% a year between 2024 and 2028. Early adopters report that "
            "returns on fitted garments fell by about four percentage points, and one department-store group says "
            "180,000 customers have scanned their measurements."
        ),
        obs=[
            ("Total", 2024, 420, "GBP million", "actual"),
            ("Software licences", 2024, 270, "GBP million", "actual"),
            ("Total", 2028, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 64.0, "percent", 2024, 2024, None),
            ("cagr", 28.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 270 / 420 = 64.29% -> 64
            ("cagr|implied", "rounding"),  # (1100 / 420) ** (1/4) - 1 = 27.21% -> 27, not 28;
            # bounds: (1050 / 420.5) ** 0.25 - 1 = 25.71% .. (1150 / 419.5) ** 0.25 - 1 = 28.67%, 28 inside
        ],
    ),
    # 24. English Tokyo news: yen amounts in ¥ billion by fiscal year, "a rise of 15%" that its own amounts
    #    contradict, a stated fiscal 2024-2030 CAGR; member count, store counts, a chain's profit nowhere
    dict(
        text=(
            "TOKYO, 18 June 2025 — Sales of checkout-free store systems in Japan grew to ¥48.5 billion in fiscal "
            "2024 from ¥43.2 billion in fiscal 2023, a rise of 15%, the Japan Unstaffed Retail Systems Association "
            "said in its annual white paper. The association, whose 146 member companies supply cameras, shelf "
            "sensors and AI software, expects the market to reach ¥120 billion by fiscal 2030, growing at a "
            "compound 16% a year between fiscal 2024 and fiscal 2030. Japan now has more than 1,800 unstaffed or "
            "checkout-free convenience stores. Hoshimart, which operates 310 of them, reported operating profit of "
            "¥61 billion for the year to February."
        ),
        obs=[
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2023, 43.2, "JPY billion", "actual"),
            ("Total", 2030, 120, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2023, 2024, 1.0),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 48.5 / 43.2 - 1 = 12.27%; bounds 48.45/43.25 - 1 = 12.02%
            # .. 48.55/43.15 - 1 = 12.51%; 15 unreachable
            ("cagr|implied", "exact"),  # (120 / 48.5) ** (1/6) - 1 = 16.30% -> 16
        ],
    ),
    # 25. English Frankfurt news: "€2.3 billion in 2024", "about €2.75 billion this year" (2025 estimate),
    #    "a 2024-2029 CAGR of 18.6%"; a rival tracker's 2024 figure, a quarter, a network's ad income and GMV nowhere
    dict(
        text=(
            "FRANKFURT, 3 September 2025 — Retail media is where European grocers now hunt for margin, and machine "
            "learning is doing the targeting. The research firm Vantor & Greaves puts spending on AI-driven "
            "audience targeting within European retail media networks at €2.3 billion in 2024 and expects about "
            "€2.75 billion this year, rising to €5.4 billion in 2029 — a 2024-2029 CAGR of 18.6%. A rival tracker, "
            "Kestrel Insight, sizes 2024 at €2.9 billion. Spending in the second quarter of 2025 alone came to €740 "
            "million, Vantor says. Halvorsen, the largest network operator, booked advertising income of €1.2 "
            "billion last year, and its shopping app handled GMV of €31 billion."
        ),
        obs=[
            ("Total", 2024, 2.3, "EUR billion", "actual"),
            ("Total", 2025, 2.75, "EUR billion", "estimate"),
            ("Total", 2029, 5.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.4 / 2.3) ** (1/5) - 1 = 18.61% -> 18.6
        ],
    ),
    # 26. Simplified Chinese: 数字人直播, "较2023年的59.5亿元同比增长45.2%", "突破300亿元" target (approximate,
    #    expected at 300), stated 2024—2027 CAGR; 双十一 GMV, firm count (1.2万家), a host's salary nowhere
    dict(
        text=(
            "【2025年4月】电商研究机构星垣研究院发布报告称，2024年中国数字人直播市场规模达到86.4亿元，较2023年的"
            "59.5亿元同比增长45.2%。报告预计，2027年市场规模将突破300亿元，2024—2027年复合增长率为51.4%。去年"
            "“双十一”期间，某头部平台数字人直播间成交额超过20亿元。目前全国提供数字人直播服务的企业已超过1.2万家，"
            "而一名中腰部真人主播的月薪普遍在2万元以上。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2023, 59.5, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 45.2, "percent", 2023, 2024, 1.0),
            ("cagr", 51.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 59.5 - 1 = 45.21% -> 45.2
            ("cagr|implied", "exact"),  # (300 / 86.4) ** (1/3) - 1 = 51.43% -> 51.4
        ],
    ),
    # 27. Simplified Chinese city plan: title years (2025—2027年) are boilerplate; "到2027年产业规模超过150亿元"
    #    target, "年均增长34%以上" with no printed span -> inferred CAGR over 2024-2027; enterprise and shop
    #    counts and a resolution rate nowhere
    dict(
        text=(
            "云湖市商务局日前印发《云湖市电商智能客服产业发展行动方案（2025—2027年）》。方案显示，2024年全市电商"
            "智能客服产业规模为62亿元；方案提出，到2027年产业规模超过150亿元，年均增长34%以上。方案同时提出，培育"
            "10家以上标杆企业，服务网店数量突破50万家，智能客服问题一次解决率提升至85%。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 62) ** (1/3) - 1 = 34.25% -> 34
        ],
    ),
    # 28. Simplified Chinese consultancy note: software vs services, "其中软件为24.3亿元，占比63.1%" right only
    #    within rounding; a year-on-year rate from two printed amounts; percentage points, days, survey answer
    #    and a supermarket group's revenue nowhere
    dict(
        text=(
            "鼎衡咨询最新测算显示，2024年中国零售AI需求预测市场规模为38.6亿元，2023年为30.3亿元，同比增长27.4%。"
            "其中软件为24.3亿元，占比63.1%，其余为实施与运维服务。使用AI预测的零售商平均预测准确率提升6.8个百分点，"
            "库存周转天数缩短9天。在接受调查的210家零售企业中，58%计划在未来两年加大投入；某连锁超市集团2024年营收"
            "为1,260亿元。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("软件", 2024, 24.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 63.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 30.3 - 1 = 27.39% -> 27.4
            ("arithmetic", "rounding"),  # 24.3 / 38.6 = 62.95% -> 63.0, not 63.1; bounds 24.25/38.65 = 62.74%
            # .. 24.35/38.55 = 63.16%, 63.1 inside
        ],
    ),
    # 29. Simplified Chinese dated report: virtual try-on, rate printed before its base ("而2023年仅为9.6亿元"),
    #    "今年…21亿元左右" (2025 estimate), "约为2024年的4倍" multiple; funding round, deal count and
    #    return-rate points nowhere
    dict(
        text=(
            "（2025年7月）知衡数据发布的报告显示，2024年中国AI虚拟试衣市场规模增至15.1亿元，同比增长57.3%，而2023年"
            "仅为9.6亿元。报告预计，今年市场规模将达到21亿元左右，2028年有望达到60亿元，约为2024年的4倍。去年行业"
            "共发生融资事件23起，其中服装科技公司衣智完成2亿元B轮融资。使用虚拟试衣的商家平均退货率下降了5个百分点。"
        ),
        obs=[
            ("Total", 2024, 15.1, "CNY 100 million", "actual"),
            ("Total", 2023, 9.6, "CNY 100 million", "actual"),
            ("Total", 2025, 21, "CNY 100 million", "estimate"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 57.3, "percent", 2023, 2024, 1.0),
            ("multiple", 4.0, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 9.6 - 1 = 57.29% -> 57.3
        ],
    ),
    # 30. Simplified Chinese association estimate: "由2022年的5.2亿元增长3倍至2024年的20.8亿元" (two amounts
    #     printed -> x4 over 2 years), stated 2024—2028 CAGR; image count, usage rate and platform GMV in 万亿元 nowhere
    dict(
        text=(
            "据华东电子商务协会下属研究中心测算，AI商品内容生成市场（含商品主图、详情页文案与短视频）规模由2022年的"
            "5.2亿元增长3倍至2024年的20.8亿元。该中心预计，2028年市场规模将达到75.6亿元，2024—2028年复合增长率为"
            "38%。2024年商家借助AIGC生成的商品图片超过30亿张，中小商家使用率已达41%。同期某头部平台全年GMV超过4万亿元。"
        ),
        obs=[
            ("Total", 2022, 5.2, "CNY 100 million", "actual"),
            ("Total", 2024, 20.8, "CNY 100 million", "actual"),
            ("Total", 2028, 75.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2022, 2024, 2.0),
            ("cagr", 38.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (75.6 / 20.8) ** (1/4) - 1 = 38.07% -> 38
        ],
    ),
    # 31. Simplified Chinese broker report: 亿元 series with a 万亿元 target converted (1.1万亿 -> 11000),
    #     "年均复合增长率约30%" that its amounts contradict; 千亿级, rating, price target and upside nowhere
    dict(
        text=(
            "2025年1月，鸿泰证券研究所发布《AI+零售深度报告》，认为2024年我国零售业人工智能应用市场规模为2860亿元，"
            "预计2030年将超过1.1万亿元，2024—2030年年均复合增长率约30%。报告指出，智能客服、数字人直播有望率先成长为"
            "千亿级赛道。报告给予板块龙头“买入”评级，目标价48元，较现价有35%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2030, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (11000 / 2860) ** (1/6) - 1 = 25.17%; bounds
            # (10500 / 2860.5) ** (1/6) - 1 = 24.20% .. (11500 / 2859.5) ** (1/6) - 1 = 26.11%; 30 unreachable
        ],
    ),
    # 32. Traditional Chinese (Taiwan): 新台幣億元, "較2023年的107億元年增19.6%", "2024至2027年年複合成長率約21.6%";
    #     store count, a chain's revenue and 個百分點 nowhere
    dict(
        text=(
            "【2025年5月】晨曦產業研究所估計，2024年台灣零售業AI解決方案市場規模達新台幣128億元，較2023年的107億元"
            "年增19.6%；預估2027年將成長至新台幣230億元，2024至2027年年複合成長率約21.6%。目前全台無人商店已超過"
            "1,200家。某連鎖超商去年營收達新台幣1,850億元，導入AI推薦後會員回購率提升3.2個百分點。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 107, "TWD 100 million", "actual"),
            ("Total", 2027, 230, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 107 - 1 = 19.63% -> 19.6
            ("cagr|implied", "exact"),  # (230 / 128) ** (1/3) - 1 = 21.57% -> 21.6
        ],
    ),
    # 33. Traditional Chinese (Hong Kong): 億港元, "較2023年的3.9億港元增長26%" right only within rounding,
    #     今年 (2025 estimate) and 明年 (2026 estimate) from the dateline 昨日（2025年3月12日）; survey answer,
    #     a group's HK$ revenue and headcount nowhere
    dict(
        text=(
            "香港零售科技聯會昨日（2025年3月12日）公布調查結果，本港網店AI客服及聊天機械人市場2024年規模為4.86億港元，"
            "較2023年的3.9億港元增長26%。聯會預計，今年市場規模將增至5.9億港元，明年可達7.2億港元。受訪的320家網店中，"
            "有68%已使用AI客服。其中一家大型連鎖零售集團上年度營業額為HK$286億，員工約1.5萬人。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2025, 5.9, "HKD 100 million", "estimate"),
            ("Total", 2026, 7.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 4.86 / 3.9 - 1 = 24.62% -> 25, not 26; bounds 4.855/3.95 - 1 = 22.91%
            # .. 4.865/3.85 - 1 = 26.36%, 26 inside
        ],
    ),
    # 34. Traditional Chinese (Taiwan) weekly: issue number (第142期) boilerplate; online vs in-store parts
    #     "其中電商平台站內廣告31.2億元，占67.1%", "今年（2025年）…58億元，年增約25%"; a quarter and GMV nowhere
    dict(
        text=(
            "《智慧零售週報》第142期報導，2024年台灣零售媒體AI廣告投放市場規模為新台幣46.5億元，其中電商平台站內廣告"
            "31.2億元，占67.1%，實體門市數位看板15.3億元。業者預估今年（2025年）市場將成長至58億元，年增約25%。今年"
            "第一季投放金額為12.4億元。某電商平台去年商品交易總額（GMV）則達新台幣1,100億元。"
        ),
        obs=[
            ("Total", 2024, 46.5, "TWD 100 million", "actual"),
            ("電商平台站內廣告", 2024, 31.2, "TWD 100 million", "actual"),
            ("實體門市數位看板", 2024, 15.3, "TWD 100 million", "actual"),
            ("Total", 2025, 58, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 67.1, "percent", 2024, 2024, None),
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.2 / 46.5 = 67.10% -> 67.1
            ("cagr|implied", "exact"),  # 58 / 46.5 - 1 = 24.73% -> 25
        ],
    ),
    # 35. English pipe table, segments by year with E columns and a Total row (hierarchy exact in every column),
    #     a stated 2024-2028 CAGR of the total in the source line
    dict(
        text=(
            "Global spending on AI in retail, by application (USD billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2028E |\n"
            "|---|---|---|---|---|\n"
            "| Recommendation engines | 4.2 | 5.1 | 6.2 | 10.7 |\n"
            "| Demand forecasting | 2.6 | 3.2 | 3.9 | 6.9 |\n"
            "| Virtual try-on & AI content | 1.3 | 1.9 | 2.7 | 6.2 |\n"
            "| Cashier-less checkout | 0.9 | 1.2 | 1.6 | 3.2 |\n"
            "| Total | 9.0 | 11.4 | 14.4 | 27.0 |\n"
            "\n"
            "Source: Ostrander Retail Intelligence, March 2025. Ostrander puts the 2024-2028 CAGR of the total at 24.1%."
        ),
        obs=[
            ("Recommendation engines", 2023, 4.2, "USD billion", "actual"),
            ("Recommendation engines", 2024, 5.1, "USD billion", "actual"),
            ("Recommendation engines", 2025, 6.2, "USD billion", "estimate"),
            ("Recommendation engines", 2028, 10.7, "USD billion", "estimate"),
            ("Demand forecasting", 2023, 2.6, "USD billion", "actual"),
            ("Demand forecasting", 2024, 3.2, "USD billion", "actual"),
            ("Demand forecasting", 2025, 3.9, "USD billion", "estimate"),
            ("Demand forecasting", 2028, 6.9, "USD billion", "estimate"),
            ("Virtual try-on & AI content", 2023, 1.3, "USD billion", "actual"),
            ("Virtual try-on & AI content", 2024, 1.9, "USD billion", "actual"),
            ("Virtual try-on & AI content", 2025, 2.7, "USD billion", "estimate"),
            ("Virtual try-on & AI content", 2028, 6.2, "USD billion", "estimate"),
            ("Cashier-less checkout", 2023, 0.9, "USD billion", "actual"),
            ("Cashier-less checkout", 2024, 1.2, "USD billion", "actual"),
            ("Cashier-less checkout", 2025, 1.6, "USD billion", "estimate"),
            ("Cashier-less checkout", 2028, 3.2, "USD billion", "estimate"),
            ("Total", 2023, 9.0, "USD billion", "actual"),
            ("Total", 2024, 11.4, "USD billion", "actual"),
            ("Total", 2025, 14.4, "USD billion", "estimate"),
            ("Total", 2028, 27.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.2 + 2.6 + 1.3 + 0.9 = 9.0
            ("hierarchy", "exact"),  # 2024: 5.1 + 3.2 + 1.9 + 1.2 = 11.4
            ("hierarchy", "exact"),  # 2025E: 6.2 + 3.9 + 2.7 + 1.6 = 14.4
            ("hierarchy", "exact"),  # 2028E: 10.7 + 6.9 + 6.2 + 3.2 = 27.0
            ("cagr|implied", "exact"),  # (27.0 / 11.4) ** (1/4) - 1 = 24.06% -> 24.1
        ],
    ),
    # 36. Simplified Chinese pipe table (表3, 单位：亿元) with a 合计 row; the 2024 column adds to 97.5 against a
    #     printed 97.6 (rounding); the note's 同比增长26.1% of the 合计; an inquiry count nowhere
    dict(
        text=(
            "表3  中国电商智能客服市场规模（单位：亿元）\n"
            "\n"
            "| 细分 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 文本客服机器人 | 52.4 | 63.8 | 75.1 |\n"
            "| 语音客服 | 18.7 | 22.5 | 26.9 |\n"
            "| 数字人客服 | 6.3 | 11.2 | 18.6 |\n"
            "| 合计 | 77.4 | 97.6 | 120.6 |\n"
            "\n"
            "资料来源：澜潮研究院（2025年4月）。2024年合计规模同比增长26.1%；同年电商平台智能客服接待咨询量超过500亿次。"
        ),
        obs=[
            ("文本客服机器人", 2023, 52.4, "CNY 100 million", "actual"),
            ("文本客服机器人", 2024, 63.8, "CNY 100 million", "actual"),
            ("文本客服机器人", 2025, 75.1, "CNY 100 million", "estimate"),
            ("语音客服", 2023, 18.7, "CNY 100 million", "actual"),
            ("语音客服", 2024, 22.5, "CNY 100 million", "actual"),
            ("语音客服", 2025, 26.9, "CNY 100 million", "estimate"),
            ("数字人客服", 2023, 6.3, "CNY 100 million", "actual"),
            ("数字人客服", 2024, 11.2, "CNY 100 million", "actual"),
            ("数字人客服", 2025, 18.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 77.4, "CNY 100 million", "actual"),
            ("合计", 2024, 97.6, "CNY 100 million", "actual"),
            ("合计", 2025, 120.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 52.4 + 18.7 + 6.3 = 77.4
            ("hierarchy", "rounding"),  # 2024: 63.8 + 22.5 + 11.2 = 97.5 vs 97.6; bounds 97.35 .. 97.65, 97.6 inside
            ("hierarchy", "exact"),  # 2025E: 75.1 + 26.9 + 18.6 = 120.6
            ("cagr|implied", "exact"),  # 97.6 / 77.4 - 1 = 26.10% -> 26.1
        ],
    ),
    # 37. English space-aligned tables: a stores-and-shoppers table (counts, nowhere) beside a vertical market-value
    #     table whose lone value column is headed by its unit only (-> Total); 2025F estimate; "grew 40% in 2024";
    #     a software share with no printed part (claim, no verdict)
    dict(
        text=(
            "Tallis Group, June 2025: checkout-free retail in North America\n"
            "\n"
            "Stores and shoppers\n"
            "Year    Stores in operation    Unique shoppers (million)\n"
            "2022    1,150                  21\n"
            "2023    1,640                  29\n"
            "2024    2,310                  38\n"
            "\n"
            "Market value\n"
            "Year     USD million\n"
            "2022     1,480\n"
            "2023     2,050\n"
            "2024     2,870\n"
            "2025F    3,900\n"
            "\n"
            "Tallis says the market grew 40% in 2024 and that software accounted for 58% of it."
        ),
        obs=[
            ("Total", 2022, 1480, "USD million", "actual"),
            ("Total", 2023, 2050, "USD million", "actual"),
            ("Total", 2024, 2870, "USD million", "actual"),
            ("Total", 2025, 3900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 40.0, "percent", 2023, 2024, 1.0),
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2870 / 2050 - 1 = 40.00% -> 40
        ],
    ),
    # 38. Traditional Chinese tab-separated vertical table (表二), rows are years, value column headed by its unit
    #     only (新台幣億元 -> Total), a 年增率 column of four year-on-year rates, 2025(預估) estimate;
    #     a member count in 萬人 nowhere
    dict(
        text=(
            "表二　台灣電商AI推薦引擎市場規模（2025年6月更新）\n"
            "年度\t新台幣億元\t年增率\n"
            "2021\t18.4\t—\n"
            "2022\t23.9\t29.9%\n"
            "2023\t30.2\t26.4%\n"
            "2024\t37.5\t24.2%\n"
            "2025(預估)\t45.8\t22.1%\n"
            "資料來源：鼎新零售研究中心；2024年電商平台會員數約1,950萬人。"
        ),
        obs=[
            ("Total", 2021, 18.4, "TWD 100 million", "actual"),
            ("Total", 2022, 23.9, "TWD 100 million", "actual"),
            ("Total", 2023, 30.2, "TWD 100 million", "actual"),
            ("Total", 2024, 37.5, "TWD 100 million", "actual"),
            ("Total", 2025, 45.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.4, "percent", 2022, 2023, 1.0),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            ("cagr|implied", "exact"),  # 30.2 / 23.9 - 1 = 26.36% -> 26.4
            ("cagr|implied", "exact"),  # 37.5 / 30.2 - 1 = 24.17% -> 24.2
            ("cagr|implied", "exact"),  # 45.8 / 37.5 - 1 = 22.13% -> 22.1
        ],
    ),
    # 39. Simplified Chinese space-aligned broker table of Japan's market in 亿日元 (JPY 100 million), chart number
    #     boilerplate, 合计 row adding exactly, 2026年E estimate; a year-on-year rate and a stated 2024—2026 CAGR
    #     of the total; convenience-store count nowhere
    dict(
        text=(
            "图表12：日本零售AI市场规模（单位：亿日元）\n"
            "\n"
            "细分领域          2023年    2024年    2026年E\n"
            "无人收银系统        412       486       690\n"
            "需求预测与补货      355       421       610\n"
            "AI客服              268       317       455\n"
            "合计               1035      1224      1755\n"
            "\n"
            "资料来源：日本零售数字化协会，鸿泰证券研究所（2025年3月）。2024年日本零售AI市场同比增长18.3%，预计"
            "2024—2026年复合增长率为19.7%；同期日本便利店门店数约为5.6万家。"
        ),
        obs=[
            ("无人收银系统", 2023, 412, "JPY 100 million", "actual"),
            ("无人收银系统", 2024, 486, "JPY 100 million", "actual"),
            ("无人收银系统", 2026, 690, "JPY 100 million", "estimate"),
            ("需求预测与补货", 2023, 355, "JPY 100 million", "actual"),
            ("需求预测与补货", 2024, 421, "JPY 100 million", "actual"),
            ("需求预测与补货", 2026, 610, "JPY 100 million", "estimate"),
            ("AI客服", 2023, 268, "JPY 100 million", "actual"),
            ("AI客服", 2024, 317, "JPY 100 million", "actual"),
            ("AI客服", 2026, 455, "JPY 100 million", "estimate"),
            ("合计", 2023, 1035, "JPY 100 million", "actual"),
            ("合计", 2024, 1224, "JPY 100 million", "actual"),
            ("合计", 2026, 1755, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 355 + 268 = 1035
            ("hierarchy", "exact"),  # 2024: 486 + 421 + 317 = 1224
            ("hierarchy", "exact"),  # 2026E: 690 + 610 + 455 = 1755
            ("cagr|implied", "exact"),  # 1224 / 1035 - 1 = 18.26% -> 18.3
            ("cagr|implied", "exact"),  # (1755 / 1224) ** (1/2) - 1 = 19.74% -> 19.7
        ],
    ),
    # 40. English tab-separated table (Table 4) by channel, online vs in-store, with a Share column (three share
    #     claims; the 100% total is no claim) and a Total row; the prose "rose 31% from £236 million in 2023"
    #     contradicted by its amounts; a survey answer nowhere
    dict(
        text=(
            "Table 4. AI customer-service bots sold to UK retailers, by channel, 2024\n"
            "Channel\tGBP million\tShare\n"
            "Online web chat\t186\t62%\n"
            "Messaging apps\t72\t24%\n"
            "In-store kiosks\t43\t14%\n"
            "Total\t301\t100%\n"
            "Ardwell Insight, which compiled the figures, says the total rose 31% from £236 million in 2023; its "
            "survey found 71% of shoppers were happy to deal with a bot."
        ),
        obs=[
            ("Online web chat", 2024, 186, "GBP million", "actual"),
            ("Messaging apps", 2024, 72, "GBP million", "actual"),
            ("In-store kiosks", 2024, 43, "GBP million", "actual"),
            ("Total", 2024, 301, "GBP million", "actual"),
            ("Total", 2023, 236, "GBP million", "actual"),
        ],
        claims=[
            ("share", 62.0, "percent", 2024, 2024, None),
            ("share", 24.0, "percent", 2024, 2024, None),
            ("share", 14.0, "percent", 2024, 2024, None),
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 186 + 72 + 43 = 301
            ("arithmetic", "exact"),  # 186 / 301 = 61.79% -> 62
            ("arithmetic", "exact"),  # 72 / 301 = 23.92% -> 24
            ("arithmetic", "exact"),  # 43 / 301 = 14.29% -> 14
            ("cagr|implied", "inconsistent"),  # 301 / 236 - 1 = 27.54%; bounds 300.5/236.5 - 1 = 27.06%
            # .. 301.5/235.5 - 1 = 28.03%; 31 unreachable
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 6, 'rounding': 8, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 20% rise from $4.0 billion in 2023',
    'a compound annual growth rate of 21.5% between 2024 and',
    'compound annual growth rate of 35% over 2024-2029',
    'growth she put at roughly 20% a year',
    'grew 13.5% to ¥48.3 billion in 2024',
    'accounted for €1.56 billion of the 2024 total, or 65%',
    '$3.5 billion to $4.2 billion by 2028',
    'more than fivefold the HK$92 million spent in',
    'compounding at 22.8% a year',
    '较2023年的60.8亿元同比增长42.3%',
    '到2027年全市电商智能客服市场规模超过120亿元',
    '新台幣38.6億元，較2023年的31.2億元成長23.5%',
    '12.4億港元，按年增長18%',
    '2024年较2020年增长3倍至1.04万亿元',
    '| Total | 16.3 | 19.4 | 32.8 |',
    '合计\t363.2\t453.3\t560.5',
    'Year     £ million      YoY',
    '表1 全国无人零售门店数量（家）',
    'Online        3,450     71.9%',
    '| 亿日元 | 2023年度 | 2024年度 |',
    'up 21% from $3.14 billion a year earlier',
    'a compound annual growth rate of 16.7% from 2024 to 2030',
    'at roughly $4.5 billion this year',
    "or 2.8 times today's level, implying annual growth of about 41%",
    'of which software licences made up £270 million, or 64%',
    'compound growth of 28% a year between 2024 and 2028',
    'from ¥43.2 billion in fiscal 2023, a rise of 15%',
    'a 2024-2029 CAGR of 18.6%',
    '较2023年的59.5亿元同比增长45.2%',
    '到2027年产业规模超过150亿元，年均增长34%以上',
    '其中软件为24.3亿元，占比63.1%',
    '约为2024年的4倍',
    '由2022年的5.2亿元增长3倍至2024年的20.8亿元',
    '预计2030年将超过1.1万亿元',
    '2024至2027年年複合成長率約21.6%',
    '較2023年的3.9億港元增長26%',
    '| Application | 2023 | 2024 | 2025E | 2028E |',
    '年度\t新台幣億元\t年增率',
    '细分领域          2023年    2024年    2026年E',
    'Year     USD million',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 208
#: figures, 51 rates, 81 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 213, "rates_found": 51, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset137.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
