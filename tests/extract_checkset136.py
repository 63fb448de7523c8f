"""A hundred-and-thirty-sixth check set for the extractor, written blind: AI in retail and e-commerce, in English and Chinese
(Simplified and Traditional) -- recommendation engines, AI product content and virtual try-on, live-commerce digital
hosts, demand forecasting, cashier-less stores, shop chatbots and retail media targeting, sized in money by retail
research firms, e-commerce associations, brokers, city commerce plans, Japanese, Korean and Taiwanese associations and
consultancies; platforms' GMV, orders and parcels, shoppers reached, conversion gains, a retailer's own sales, store
counts, funding rounds, a shopping festival's or a quarter's figures and the whole retail market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English press release: recommendation engines $4.8bn (2024) to $13.9bn (2030), a stated 2024-2030 CAGR;
    #    GMV "last year" ($6 trillion), respondents (1,150) and a survey answer (61%) expected nowhere
    dict(
        text=(
            "LONDON, 12 February 2025 — Spending on AI recommendation engines by retailers and marketplaces "
            "reached $4.8 billion worldwide in 2024, according to a new study by Halverson Retail Research. The "
            "firm, which surveyed 1,150 merchandising executives, forecasts that the market will climb to $13.9 "
            "billion in 2030, a compound annual growth rate of 19.4% over 2024-2030. For scale, the platforms "
            "running these engines handled more than $6 trillion of gross merchandise value last year. Some 61% of "
            "respondents named personalised ranking as their top AI priority."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2030, 13.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.9 / 4.8) ** (1/6) - 1 = 2.89583 ** 0.16667 - 1 = 19.388% -> 19.4
        ],
    ),
    # 2. Simplified Chinese association report: AI导购 86.5亿元 (2024) vs 60.8亿元 (2023), 同比增长42.3%, 突破200亿元 by
    #    2027 with a stated 2024—2027 CAGR; report title year, survey share 78.6%, 2.1个百分点, 双11 users nowhere
    dict(
        text=(
            "华夏电商发展研究会近日发布的《2025中国电商智能导购发展报告》显示，2024年我国电商平台AI推荐与智能导购市场"
            "规模达到86.5亿元，同比增长42.3%，2023年这一数字为60.8亿元。报告预计，到2027年市场规模将突破200亿元，"
            "2024—2027年年均复合增长率约为32.2%。调研中，78.6%的受访商家认为AI导购提升了转化率，平均提升2.1个百分点。"
            "“双11”期间，某头部平台的AI导购服务用户超过3亿人次。"
        ),
        obs=[
            ("Total", 2023, 60.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("cagr", 32.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.5 / 60.8 - 1 = 1.42270 - 1 = 42.270% -> 42.3
            ("cagr|implied", "exact"),  # (200 / 86.5) ** (1/3) - 1 = 2.31214 ** 0.33333 - 1 = 32.232% -> 32.2
        ],
    ),
    # 3. English pipe table by application with E columns and a Total row (hierarchy adds exactly), a stated
    #    2024-2026 CAGR in the note; "Table 3" nowhere
    dict(
        text=(
            "Table 3: Global AI-in-retail software market by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Recommendation & search | 5.1 | 6.2 | 7.6 | 9.2 |\n"
            "| Demand forecasting | 2.6 | 3.1 | 3.7 | 4.4 |\n"
            "| Virtual try-on | 0.9 | 1.2 | 1.6 | 2.1 |\n"
            "| Cashier-less checkout | 1.4 | 1.8 | 2.3 | 2.9 |\n"
            "| Total | 10.0 | 12.3 | 15.2 | 18.6 |\n"
            "Source: Lindqvist & Moor estimates. The total is forecast to grow at a 2024-2026 CAGR of 23.0%."
        ),
        obs=[
            ("Recommendation & search", 2023, 5.1, "USD billion", "actual"),
            ("Recommendation & search", 2024, 6.2, "USD billion", "actual"),
            ("Recommendation & search", 2025, 7.6, "USD billion", "estimate"),
            ("Recommendation & search", 2026, 9.2, "USD billion", "estimate"),
            ("Demand forecasting", 2023, 2.6, "USD billion", "actual"),
            ("Demand forecasting", 2024, 3.1, "USD billion", "actual"),
            ("Demand forecasting", 2025, 3.7, "USD billion", "estimate"),
            ("Demand forecasting", 2026, 4.4, "USD billion", "estimate"),
            ("Virtual try-on", 2023, 0.9, "USD billion", "actual"),
            ("Virtual try-on", 2024, 1.2, "USD billion", "actual"),
            ("Virtual try-on", 2025, 1.6, "USD billion", "estimate"),
            ("Virtual try-on", 2026, 2.1, "USD billion", "estimate"),
            ("Cashier-less checkout", 2023, 1.4, "USD billion", "actual"),
            ("Cashier-less checkout", 2024, 1.8, "USD billion", "actual"),
            ("Cashier-less checkout", 2025, 2.3, "USD billion", "estimate"),
            ("Cashier-less checkout", 2026, 2.9, "USD billion", "estimate"),
            ("Total", 2023, 10.0, "USD billion", "actual"),
            ("Total", 2024, 12.3, "USD billion", "actual"),
            ("Total", 2025, 15.2, "USD billion", "estimate"),
            ("Total", 2026, 18.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 2023: 5.1+2.6+0.9+1.4 = 10.0; 2024: 6.2+3.1+1.2+1.8 = 12.3; 2025: 7.6+3.7+1.6+2.3 = 15.2;
            # 2026: 9.2+4.4+2.1+2.9 = 18.6 -> every column adds exactly to its Total
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (18.6 / 12.3) ** (1/2) - 1 = 1.51220 ** 0.5 - 1 = 22.971% -> 23.0
        ],
    ),
    # 4. English dated news feature: virtual try-on "$1.12 billion last year, 27% more than the $880 million recorded
    #    in 2023" (series unit USD billion, so 880 million -> 0.88), "grow 2.5-fold by 2027"; a chain's own sales,
    #    percentage points and a funding round nowhere
    dict(
        text=(
            "NEW YORK, March 18, 2025 — Virtual try-on has quietly become one of the better-funded corners of "
            "fashion e-commerce. Camera-based fitting tools pushed the market for the technology to $1.12 billion "
            "last year, 27% more than the $880 million recorded in 2023, estimates Brightwater Insights, which "
            "expects it to grow 2.5-fold by 2027. Apparel chain Marlowe & Finch said its return rate fell 4 "
            "percentage points after adopting the tools, while its own online sales rose to $2.3 billion. The "
            "start-up Fitloop closed a $45 million Series B in January."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2023, 0.88, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2027, 3.0),  # one amount printed; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 0.88 - 1 = 1.27273 - 1 = 27.273% -> 27
        ],
    ),
    # 5. Traditional Chinese (Taiwan) news: 新台幣38.6億元 vs 32.7億元, 成長18.2% only within rounding; 可望 52億元 in 2026;
    #    penetration rate 31%, 412 firms, 近七成, platform GMV nowhere
    dict(
        text=(
            "【台北訊】（2025/05/14）電商業者加速導入人工智慧客服。台灣數位商業研究院最新調查指出，2024年國內電商AI客服"
            "市場規模為新台幣38.6億元，較2023年的32.7億元成長18.2%；該院預估，2026年市場規模可望達到新台幣52億元。"
            "調查同時發現，國內網購滲透率已達31%，受訪的412家業者中近七成計畫明年提高AI預算。另外，國內最大購物平台"
            "去年商品交易總額（GMV）逾新台幣2,000億元。"
        ),
        obs=[
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2023, 32.7, "TWD 100 million", "actual"),
            ("Total", 2026, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.6 / 32.7 - 1 = 18.043% -> 18.0 != 18.2; bounds 38.55/32.75 - 1 = 17.710% .. 38.65/32.65 - 1 = 18.377%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. English market brief: cashier-less checkout in Europe €610 million (2023) to €2.4 billion (2028) with a stated
    #    35.6% CAGR "between 2023 and 2028" that its own figures contradict; site counts, vendor count and a
    #    first-quarter figure nowhere
    dict(
        text=(
            "Cashier-less checkout in Europe: market brief (Veldmark Partners, June 2024). Sales of computer-vision "
            "and sensor-fusion systems for checkout-free stores in Europe stood at €610 million in 2023. Veldmark "
            "projects the market to reach €2.4 billion by 2028, which it describes as a 35.6% CAGR between 2023 and "
            "2028. The number of checkout-free sites on the continent rose from 410 at the start of 2023 to 1,020 "
            "at its end, and Veldmark counted 37 vendors active in the field. In the first quarter of 2024 alone, "
            "installations were worth €190 million."
        ),
        obs=[
            ("Total", 2023, 610, "EUR million", "actual"),
            ("Total", 2028, 2400, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 35.6, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (2400 / 610) ** (1/5) - 1 = 3.93443 ** 0.2 - 1 = 31.515%; bounds 2350/610.5 -> 30.941% ..
            # 2450/609.5 -> 32.080%; 35.6 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Simplified Chinese tab-separated table of 智能客服 by segment with a 合计 row whose columns add only within
    #    rounding, a 2025E column, and a prose 同比增长31.4%; 日均接待咨询 counts and 约三成 nowhere
    dict(
        text=(
            "表2 中国电商智能客服市场规模（单位：亿元）\n"
            "细分\t2023年\t2024年\t2025E\n"
            "软件平台\t45.3\t58.6\t73.2\n"
            "实施与运营服务\t21.6\t26.4\t31.5\n"
            "大模型调用\t6.2\t10.8\t16.9\n"
            "合计\t73.0\t95.9\t121.5\n"
            "澄衡咨询测算，2024年中国电商智能客服市场规模同比增长31.4%。头部平台智能客服日均接待咨询超过2亿次，"
            "商家客服人力成本下降约三成。"
        ),
        obs=[
            ("软件平台", 2023, 45.3, "CNY 100 million", "actual"),
            ("软件平台", 2024, 58.6, "CNY 100 million", "actual"),
            ("软件平台", 2025, 73.2, "CNY 100 million", "estimate"),
            ("实施与运营服务", 2023, 21.6, "CNY 100 million", "actual"),
            ("实施与运营服务", 2024, 26.4, "CNY 100 million", "actual"),
            ("实施与运营服务", 2025, 31.5, "CNY 100 million", "estimate"),
            ("大模型调用", 2023, 6.2, "CNY 100 million", "actual"),
            ("大模型调用", 2024, 10.8, "CNY 100 million", "actual"),
            ("大模型调用", 2025, 16.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 73.0, "CNY 100 million", "actual"),
            ("合计", 2024, 95.9, "CNY 100 million", "actual"),
            ("合计", 2025, 121.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2023: 45.3+21.6+6.2 = 73.1 vs 73.0; 2024: 58.6+26.4+10.8 = 95.8 vs 95.9; 2025: 73.2+31.5+16.9 = 121.6
            # vs 121.5; each off by 0.1, within the tolerance 3 x 0.05 (parts) + 0.05 (total) = 0.2 -> rounding
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # 95.9 / 73.0 - 1 = 1.31370 - 1 = 31.370% -> 31.4
        ],
    ),
    # 8. English earnings call: a company sizes its TAM (Total) at "roughly $18 billion this year" (estimate) and a
    #    range "between $38 billion and $44 billion by 2029" (two value claims); own quarterly revenue, 35%, 2,300
    #    merchants, 70% of contacts, a $96 price target and 22% upside nowhere
    dict(
        text=(
            "Harbor Lane Software, Q2 fiscal 2025 earnings call, 7 August 2025. CEO Dana Okafor: \"We size the "
            "addressable market for AI service agents in online retail at roughly $18 billion this year, and we "
            "think it will be somewhere between $38 billion and $44 billion by 2029. Our own revenue in the quarter "
            "was $212 million, up 35%, and we now serve 2,300 merchants. We expect our agents to resolve 70% of "
            "customer contacts for clients by next year.\" After the call, Quarry Securities kept its $96 price "
            "target on the stock, implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 38, "USD billion", 2029, 2029, None),
            ("value", 44, "USD billion", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 9. Simplified Chinese broker note: 约8600亿元 (2024) to 1.5万亿元 (2030, kept in the series' 亿元 unit: 15000), a
    #    stated 2024—2030 CAGR of 9.9% reachable only within rounding, a share 18.5% with no part printed; the
    #    company's revenue, its growth, a price target and upside nowhere
    dict(
        text=(
            "瀚岳证券研究所在最新深度报告中测算，2024年国内智慧零售解决方案市场规模约8600亿元，其中AI相关软件占比18.5%；"
            "预计到2030年将达到1.5万亿元，2024—2030年复合增长率为9.9%。公司2024年实现营业收入37.2亿元，同比增长15.3%。"
            "维持“买入”评级，目标价42.6元，较现价有27%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 8600, "CNY 100 million", "actual"),
            ("Total", 2030, 15000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 18.5, "percent", 2024, 2024, None),
            ("cagr", 9.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (15000 / 8600) ** (1/6) - 1 = 1.74419 ** 0.16667 - 1 = 9.715% -> 9.7 != 9.9; bounds (1.5万亿 at
            # +/-0.05万亿, 8600 at +/-0.5): 14500/8600.5 -> 9.096% .. 15500/8599.5 -> 10.317% -> 9.9 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Traditional Chinese vertical space-aligned table (rows are years), the lone value column headed by its
    #     unit only (新台幣億元 -> Total, TWD 100 million), a 年增率 column with one rate (2024) its figures contradict;
    #     六成 and 1.2萬家 stores nowhere
    dict(
        text=(
            "表5　台灣零售業AI應用市場規模\n"
            "年度        新台幣億元      年增率\n"
            "2021           12.4          —\n"
            "2022           16.9        36.3%\n"
            "2023           22.1        30.8%\n"
            "2024           27.5        28.4%\n"
            "2025F          33.8        22.9%\n"
            "資料來源：台灣智慧商業推進協會，2025年9月。協會指出，已有超過六成零售業者導入至少一項AI工具，"
            "會員業者門市合計約1.2萬家。"
        ),
        obs=[
            ("Total", 2021, 12.4, "TWD 100 million", "actual"),
            ("Total", 2022, 16.9, "TWD 100 million", "actual"),
            ("Total", 2023, 22.1, "TWD 100 million", "actual"),
            ("Total", 2024, 27.5, "TWD 100 million", "actual"),
            ("Total", 2025, 33.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2021, 2022, 1.0),
            ("growth", 30.8, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 12.4 - 1 = 36.290% -> 36.3
            ("cagr|implied", "exact"),  # 22.1 / 16.9 - 1 = 30.769% -> 30.8
            # 27.5 / 22.1 - 1 = 24.434%; bounds 27.45/22.15 -> 23.928% .. 27.55/22.05 -> 24.943%; 28.4 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 33.8 / 27.5 - 1 = 22.909% -> 22.9
        ],
    ),
    # 11. English prose, UK retail media: £740 million (2024) to £1.3 billion (2027, series unit GBP million -> 1300),
    #     "a compound annual rate of 20.7%" whose span only the amounts give (inferred); 85 brands, percentage
    #     points and a grocer's own profit nowhere
    dict(
        text=(
            "Britain's retail media networks are leaning hard on machine learning. Advertisers spent £740 million on "
            "AI-targeted retail media placements in 2024, according to Calloway & Pryce, and the consultancy "
            "forecasts £1.3 billion for 2027, a compound annual rate of 20.7%. Calloway & Pryce interviewed 85 "
            "brands for the study. The grocer Pemberly Foods said its own network lifted click-through rates by 1.8 "
            "percentage points after switching to AI audiences; Pemberly's pre-tax profit was £512 million."
        ),
        obs=[
            ("Total", 2024, 740, "GBP million", "actual"),
            ("Total", 2027, 1300, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1300 / 740) ** (1/3) - 1 = 1.75676 ** 0.33333 - 1 = 20.662% -> 20.7
        ],
    ),
    # 12. English briefing note: demand forecasting $3.2bn (2024) split into software $2.3bn and services $0.9bn,
    #     "a 72% software share" (arithmetic exact); 11%, 3 percentage points, report title year, "No. 14" and 58
    #     vendors nowhere
    dict(
        text=(
            "Briefing note: demand forecasting. Retailers bought $3.2 billion worth of AI demand-forecasting tools "
            "in 2024, Oakridge Analytics estimates. Software accounted for $2.3 billion of that and services for "
            "$0.9 billion, a 72% software share. Oakridge's clients cut stock-outs by an average of 11% and lowered "
            "inventory-to-sales ratios by 3 percentage points. The figures come from the consultancy's 2025 Retail "
            "Tech Outlook No. 14, which lists 58 vendors."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Software", 2024, 2.3, "USD billion", "actual"),
            ("Services", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("share", 72, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.3 / 3.2 = 71.875% -> 72
        ],
    ),
    # 13. English space-aligned tables: a table of sites in operation (counts, nowhere) beside a table of market value
    #     by region with a Total row (hierarchy exact) and a 2025E column; Europe's 39.9% share (arithmetic exact)
    dict(
        text=(
            "Checkout-free retail, North America and Europe\n"
            "\n"
            "Sites in operation (number)\n"
            "Region            2023     2024\n"
            "North America      860    1,240\n"
            "Europe             410    1,020\n"
            "\n"
            "Market value (USD million)\n"
            "Region            2023     2024    2025E\n"
            "North America      980    1,310    1,720\n"
            "Europe             650      870    1,150\n"
            "Total            1,630    2,180    2,870\n"
            "\n"
            "Europe's share of the combined market rose to 39.9% in 2024."
        ),
        obs=[
            ("North America", 2023, 980, "USD million", "actual"),
            ("North America", 2024, 1310, "USD million", "actual"),
            ("North America", 2025, 1720, "USD million", "estimate"),
            ("Europe", 2023, 650, "USD million", "actual"),
            ("Europe", 2024, 870, "USD million", "actual"),
            ("Europe", 2025, 1150, "USD million", "estimate"),
            ("Total", 2023, 1630, "USD million", "actual"),
            ("Total", 2024, 2180, "USD million", "actual"),
            ("Total", 2025, 2870, "USD million", "estimate"),
        ],
        claims=[
            ("share", 39.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 980+650 = 1630; 1310+870 = 2180; 1720+1150 = 2870 -> every column adds exactly
            ("hierarchy", "exact"),
            ("arithmetic", "exact"),  # 870 / 2180 = 39.908% -> 39.9
        ],
    ),
    # 14. Traditional Chinese (Hong Kong): 約18.4億港元 (2024) vs 14.1億港元 (2023), 增長30.5%, 網上渠道 11.2億港元 "比重約61%"
    #     (arithmetic exact), 實體店舖 7.2億港元, 今年 23億港元 (estimate); member count and a chain's own profit nowhere
    dict(
        text=(
            "（2025年3月6日）香港智慧零售聯盟今日公布調查結果，2024年本港零售業人工智能應用市場規模約為18.4億港元，"
            "較2023年的14.1億港元增長30.5%。其中網上渠道佔11.2億港元，比重約61%；實體店舖佔7.2億港元。聯盟預計，"
            "今年市場規模將升至23億港元。聯盟共有約650間會員商戶，其中連鎖超市集團鮮匯去年純利為9.8億港元。"
        ),
        obs=[
            ("Total", 2024, 18.4, "HKD 100 million", "actual"),
            ("Total", 2023, 14.1, "HKD 100 million", "actual"),
            ("網上渠道", 2024, 11.2, "HKD 100 million", "actual"),
            ("實體店舖", 2024, 7.2, "HKD 100 million", "actual"),
            ("Total", 2025, 23, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.5, "percent", 2023, 2024, 1.0),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.4 / 14.1 - 1 = 1.30496 - 1 = 30.496% -> 30.5
            ("arithmetic", "exact"),  # 11.2 / 18.4 = 60.870% -> 61
        ],
    ),
    # 15. English prose: generated product copy $1.7bn (2024) "up 24% from $1.4 billion a year earlier" (only within
    #     rounding), "top $3 billion in 2026, a compound rate of about 33%" (inferred span); sellers, a fourth
    #     quarter and conversion points nowhere
    dict(
        text=(
            "Product copy written by machines is now a business in its own right. Generative tools that draft "
            "listings, titles and image variants for online sellers brought their vendors $1.7 billion in 2024, up "
            "24% from $1.4 billion a year earlier, the e-commerce research group Tamsin & Rowe says. It expects the "
            "market to top $3 billion in 2026, a compound rate of about 33%. Marketplace operator Brightcart said "
            "3.4 million sellers used its free copy assistant in the fourth quarter, and listings written with it "
            "converted 0.6 points better."
        ),
        obs=[
            ("Total", 2024, 1.7, "USD billion", "actual"),
            ("Total", 2023, 1.4, "USD billion", "actual"),
            ("Total", 2026, 3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 33, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            # 1.7 / 1.4 - 1 = 21.429% -> 21 != 24; bounds 1.65/1.45 - 1 = 13.793% .. 1.75/1.35 - 1 = 29.630%
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (3 / 1.7) ** (1/2) - 1 = 1.76471 ** 0.5 - 1 = 32.842% -> 33
        ],
    ),
    # 16. Simplified Chinese pipe table of 数字人直播 with segments, 2025年E/2026年E columns and a 市场规模合计 row
    #     (hierarchy exact), unit line below, stated 2023—2026年 CAGR in prose; platform GMV and 12万个直播间 nowhere
    dict(
        text=(
            "| 项目 | 2023年 | 2024年 | 2025年E | 2026年E |\n"
            "|---|---|---|---|---|\n"
            "| 数字人形象与软件 | 18.4 | 29.7 | 44.1 | 60.4 |\n"
            "| 代运营与内容服务 | 23.1 | 35.8 | 50.6 | 68.3 |\n"
            "| 市场规模合计 | 41.5 | 65.5 | 94.7 | 128.7 |\n"
            "单位：亿元；资料来源：星衍研究院《数字人直播产业观察》。\n"
            "报告称，2023—2026年数字人直播市场规模年均复合增长率预计为45.8%。截至2024年底，超过12万个品牌直播间"
            "使用数字人主播，由其带动的平台GMV已超过3200亿元。"
        ),
        obs=[
            ("数字人形象与软件", 2023, 18.4, "CNY 100 million", "actual"),
            ("数字人形象与软件", 2024, 29.7, "CNY 100 million", "actual"),
            ("数字人形象与软件", 2025, 44.1, "CNY 100 million", "estimate"),
            ("数字人形象与软件", 2026, 60.4, "CNY 100 million", "estimate"),
            ("代运营与内容服务", 2023, 23.1, "CNY 100 million", "actual"),
            ("代运营与内容服务", 2024, 35.8, "CNY 100 million", "actual"),
            ("代运营与内容服务", 2025, 50.6, "CNY 100 million", "estimate"),
            ("代运营与内容服务", 2026, 68.3, "CNY 100 million", "estimate"),
            ("市场规模合计", 2023, 41.5, "CNY 100 million", "actual"),
            ("市场规模合计", 2024, 65.5, "CNY 100 million", "actual"),
            ("市场规模合计", 2025, 94.7, "CNY 100 million", "estimate"),
            ("市场规模合计", 2026, 128.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 45.8, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            # 18.4+23.1 = 41.5; 29.7+35.8 = 65.5; 44.1+50.6 = 94.7; 60.4+68.3 = 128.7 -> every column adds exactly
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (128.7 / 41.5) ** (1/3) - 1 = 3.10120 ** 0.33333 - 1 = 45.829% -> 45.8
        ],
    ),
    # 17. English dated prose on Japan in yen: ¥48.5 billion (fiscal 2024) "up 31.1% from ¥37.0 billion in fiscal
    #     2023", ¥92 billion in fiscal 2028 with a stated CAGR; a user's own unit sales and parcels nowhere
    dict(
        text=(
            "TOKYO, 20 November 2025 — Japanese online retailers are spending heavily on machine-written listings "
            "and virtual fitting rooms. The Nakaura Research Institute puts the domestic market for AI-generated "
            "product content and virtual try-on at ¥48.5 billion in fiscal 2024, up 31.1% from ¥37.0 billion in "
            "fiscal 2023. It expects the market to reach ¥92 billion in fiscal 2028, a compound annual growth rate "
            "of 17.4% from fiscal 2024 to fiscal 2028. Rakuzen Mall, the largest user, said its own AI services unit "
            "booked sales of ¥6.2 billion, and domestic carriers handled 4.9 billion e-commerce parcels in the year."
        ),
        obs=[
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2023, 37.0, "JPY billion", "actual"),
            ("Total", 2028, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("cagr", 17.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.5 / 37.0 - 1 = 1.31081 - 1 = 31.081% -> 31.1
            ("cagr|implied", "exact"),  # (92 / 48.5) ** (1/4) - 1 = 1.89691 ** 0.25 - 1 = 17.358% -> 17.4
        ],
    ),
    # 18. Simplified Chinese city commerce plan: a target "到2027年…超过500亿元" (estimate) and a 2024 base of 236亿元;
    #     plan title years, 10家企业, 2000家门店, 千亿级, whole retail sales 1.1万亿元 and online retail +8.7% nowhere
    dict(
        text=(
            "澜州市商务局日前印发《澜州市推进“人工智能+零售”行动方案（2025—2027年）》。方案提出，到2027年，全市智能零售"
            "相关产业规模超过500亿元，培育10家以上龙头企业，建成无人零售门店2000家，打造3个千亿级智慧商圈。数据显示，"
            "2024年全市智能零售相关产业规模为236亿元；同期全市社会消费品零售总额达1.1万亿元，网络零售额同比增长8.7%。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
            ("Total", 2024, 236, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 19. English pipe table in yen (unit ¥100 million in the caption), vertical with years as rows and two named
    #     value columns; a growth rate that checks and a stated 2022-2025E CAGR its own figures contradict;
    #     640 retailers and 57,000 outlets nowhere
    dict(
        text=(
            "Kanzaki Distribution Research, Retail AI Survey 2025 (640 retailers polled). Unit: ¥100 million\n"
            "| Year | Customer-service AI | Demand forecasting AI |\n"
            "|---|---|---|\n"
            "| 2022 | 310 | 185 |\n"
            "| 2023 | 402 | 236 |\n"
            "| 2024 | 518 | 301 |\n"
            "| 2025E | 655 | 382 |\n"
            "Customer-service AI grew 28.9% in 2024, and Kanzaki puts demand forecasting AI on a compound annual "
            "growth rate of 18.5% from 2022 to 2025E. Japan's convenience-store chains run some 57,000 outlets."
        ),
        obs=[
            ("Customer-service AI", 2022, 310, "JPY 100 million", "actual"),
            ("Customer-service AI", 2023, 402, "JPY 100 million", "actual"),
            ("Customer-service AI", 2024, 518, "JPY 100 million", "actual"),
            ("Customer-service AI", 2025, 655, "JPY 100 million", "estimate"),
            ("Demand forecasting AI", 2022, 185, "JPY 100 million", "actual"),
            ("Demand forecasting AI", 2023, 236, "JPY 100 million", "actual"),
            ("Demand forecasting AI", 2024, 301, "JPY 100 million", "actual"),
            ("Demand forecasting AI", 2025, 382, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 518 / 402 - 1 = 1.28856 - 1 = 28.856% -> 28.9
            # (382 / 185) ** (1/3) - 1 = 2.06486 ** 0.33333 - 1 = 27.340%; bounds 381.5/185.5 -> 27.170% ..
            # 382.5/184.5 -> 27.510%; 18.5 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. English dated news on Korea in won: "1.9 trillion won ... last year, up 22% on 2023" (won is no observation;
    #     the rate and the 64% share remain claims, with no verdict); 420 members, "a multibillion-dollar
    #     opportunity" and a 38% poll answer nowhere
    dict(
        text=(
            "SEOUL, 11 April 2025 — South Korean online retailers spent 1.9 trillion won on AI chatbots and voice "
            "agents for customer service last year, up 22% on 2023, the Korea Digital Commerce Association said on "
            "Friday. Online-only marketplaces accounted for 64% of that spending, with the rest coming from the web "
            "shops of department-store and grocery chains. The association, which has 420 member companies, called "
            "service automation a multibillion-dollar opportunity for local software makers. About 38% of shoppers "
            "it polled said they preferred a bot to waiting for a human agent."
        ),
        obs=[],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 21. English news with a dateline: "$3.42 billion last year", "an 18% jump on the $2.9 billion laid out in 2023",
    #    a stated 2024-2029 CAGR; distractors: 412 merchants polled, 2.4 percentage points, 61% of respondents,
    #    "a multibillion-dollar opportunity"
    dict(
        text=(
            "NEW YORK, 12 February 2025 — American retailers are no longer experimenting with product "
            "recommendations; they are buying them at scale. Spending on AI recommendation engines by US retailers "
            "came to $3.42 billion last year, an 18% jump on the $2.9 billion laid out in 2023, according to Halvard "
            "Retail Analytics. The firm, which polled 412 merchants for the study, expects outlays to reach $7.1 "
            "billion in 2029, a compound annual growth rate of 15.7% from 2024 to 2029. Retailers using the tools "
            "reported conversion rates 2.4 percentage points higher than those without, and 61% of respondents said "
            "they planned to raise budgets this year. Halvard's managing partner, Dana Whitcombe, called "
            "personalisation 'a multibillion-dollar opportunity that most mid-sized chains are still leaving on the "
            "table.'"
        ),
        obs=[
            ("Total", 2024, 3.42, "USD billion", "actual"),
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2029, 7.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 15.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.42 / 2.9 - 1 = 17.93% -> 18
            ("cagr|implied", "exact"),  # (7.1 / 3.42) ** (1/5) - 1 = 15.73% -> 15.7
        ],
    ),
    # 22. English investor day: a company's TAM is the market (Total); "$4.5 billion this year" (estimate, dateline
    #    2024) and "$18 billion in 2028"; "a fourfold rise" (x4, no verdict) and "roughly 41% a year" (CAGR whose
    #    span only the amounts' years give: inferred, cagr|period); distractors: own revenue, store count,
    #    headcount, price target and upside
    dict(
        text=(
            "AUSTIN, Texas, 9 October 2024 — At its first investor day, checkout-free store operator Quillmark "
            "Systems sized the total addressable market for cashier-less store technology at $4.5 billion this year "
            "and $18 billion in 2028, a fourfold rise that implies growth of roughly 41% a year. Chief executive "
            "Priya Nandakumar said the company expects revenue of $212 million in fiscal 2024 and has fitted its "
            "camera-and-shelf-sensor kits into 1,140 stores across 23 states. The company employs 860 people. "
            "Analysts at Brightwater Securities, who attended the event, set a price target of $54 on the shares, "
            "implying 30% upside."
        ),
        obs=[
            ("Total", 2024, 4.5, "USD billion", "estimate"),
            ("Total", 2028, 18, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2024, 2028, 4.0),
            ("cagr", 41, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (18 / 4.5) ** (1/4) - 1 = 4 ** 0.25 - 1 = 41.42% -> 41
        ],
    ),
    # 23. English news, GBP: "£795 million in 2024, a rise of 26% on the £640 million" (inconsistent), a part
    #    "Software platforms accounted for £461 million, or 58%" (arithmetic exact); distractors: the fourth
    #    quarter's figure, 0.6 percentage points
    dict(
        text=(
            "LONDON, 3 March 2025 — British grocers and department stores are pouring money into the AI that "
            "decides which shopper sees which sponsored product. Pellbridge Insight estimates that AI-driven ad "
            "targeting on UK retail media networks was worth £795 million in 2024, a rise of 26% on the £640 million "
            "recorded in 2023. Software platforms accounted for £461 million, or 58% of last year's total, with "
            "managed services making up the rest. Spending in the fourth quarter alone reached £248 million, helped "
            "by Christmas campaigns, and the average click-through rate on targeted placements improved by 0.6 "
            "percentage points over the year."
        ),
        obs=[
            ("Total", 2024, 795, "GBP million", "actual"),
            ("Total", 2023, 640, "GBP million", "actual"),
            ("Software platforms", 2024, 461, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 795 / 640 - 1 = 24.22%; bounds 795.5/639.5 - 1 = 24.39%,
                                               # 814.5/640.5 - 1 = 24.04% -> 24.0..24.4, never 26
            ("arithmetic", "exact"),  # 461 / 795 = 57.99% -> 58
        ],
    ),
    # 24. English news: "€1.2 billion last year, up 29% from €930 million in 2023" (series unit EUR billion, 930
    #    million expected as 0.93); a range "between €2.6 billion and €3.1 billion in 2028" (two value claims);
    #    a rival publisher's €1.5 billion for the same year expected nowhere; distractors: 40-strong practice,
    #    survey of 2,000 shoppers, 72%, 4 percentage points
    dict(
        text=(
            "BERLIN, 20 May 2025 — Fashion e-tailers in Europe have found that letting customers see clothes on a "
            "body like their own cuts returns. Spending on virtual try-on and AI-generated product imagery across "
            "the EU reached €1.2 billion last year, up 29% from €930 million in 2023, according to Kestrel & Oates, "
            "a Munich consultancy with a 40-strong retail practice. Kestrel & Oates expects the market to be worth "
            "between €2.6 billion and €3.1 billion in 2028, depending on how quickly smaller brands adopt the tools. "
            "A rival count by Marrow Research puts last year's spending at €1.5 billion. In a survey of 2,000 online "
            "shoppers, 72% said a try-on feature made them more likely to buy, and retailers using it saw return "
            "rates fall by 4 percentage points."
        ),
        obs=[
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2023, 0.93, "EUR billion", "actual"),  # printed "€930 million", kept in the series' unit
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("value", 2.6, "EUR billion", 2028, 2028, None),
            ("value", 3.1, "EUR billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.2 / 0.93 - 1 = 29.03% -> 29
        ],
    ),
    # 25. English, yen: "grew 21.5% in fiscal 2024 to ¥48.6 billion, from ¥40.0 billion" (exact) and "¥92 billion in
    #    fiscal 2028, an average annual growth rate of 17.4% over fiscal 2024-2028" (rounding); distractors:
    #    38,000 shops, 410 million conversations, a vendor's own sales
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's online merchants are handing more of their customer inquiries to "
            "machines. The market for AI customer-service bots built for e-commerce sites grew 21.5% in fiscal 2024 "
            "to ¥48.6 billion, from ¥40.0 billion a year earlier, the Nippon Online Retail Services Council said in "
            "its annual survey. The council projects the market at ¥92 billion in fiscal 2028, an average annual "
            "growth rate of 17.4% over fiscal 2024-2028. Around 38,000 online shops now use such bots, which "
            "handled an estimated 410 million conversations last year. Kanade Works, the largest vendor, booked "
            "sales of ¥6.3 billion in the year to March."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2023, 40.0, "JPY billion", "actual"),
            ("Total", 2028, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("cagr", 17.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 40.0 - 1 = 21.50% -> 21.5
            ("cagr|implied", "rounding"),  # (92 / 48.6) ** (1/4) - 1 = 17.30% (not 17.4); bounds
                                           # (91.5/48.65)**0.25 - 1 = 17.11%, (92.5/48.55)**0.25 - 1 = 17.49%
                                           # -> 17.4 reachable
        ],
    ),
    # 26. Simplified Chinese report release: "2024年…186.5亿元，同比增长42.3%" (no base printed: no verdict),
    #    "2027年将突破480亿元", stated 2024—2027 CAGR "约为37%"; distractors: report title year, 5亿名消费者,
    #    GMV 3200亿元, 312家品牌商, 七成, 千亿级
    dict(
        text=(
            "2025年4月，鸣川数字经济研究院发布《2025中国数字人直播产业发展报告》。报告显示，2024年我国数字人直播市场规模"
            "达到186.5亿元，同比增长42.3%；预计到2027年将突破480亿元，2024—2027年年均复合增长率约为37%。报告称，数字人"
            "主播已覆盖超过5亿名消费者，全年带动直播电商商品交易总额（GMV）逾3200亿元。受访的312家品牌商中，有七成计划在"
            "今年扩大数字人直播投入。研究院院长许岚认为，行业正在迈向千亿级赛道。"
        ),
        obs=[
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 480, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("cagr", 37, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (480 / 186.5) ** (1/3) - 1 = 37.04% -> 37
        ],
    ),
    # 27. Simplified Chinese city commerce plan: targets "2025年…达到150亿元", "到2027年规模超过300亿元，较2024年增长2倍"
    #    (only one amount of the pair printed: multiple keeps 2); distractors: plan's title years, 1200家门店,
    #    10家企业, 千亿级商圈, 专项资金2亿元
    dict(
        text=(
            "2025年1月，澄江市商务局印发《澄江市促进“人工智能+零售”高质量发展行动方案（2025—2027年）》。方案提出，"
            "2025年全市智能零售核心产业规模达到150亿元，到2027年规模超过300亿元，较2024年增长2倍。方案同时要求，到2027年"
            "新建无人零售门店1200家，培育10家以上智能零售领军企业，打造两个千亿级智慧商圈。市商务局表示，今年将安排专项"
            "资金2亿元支持企业开展智能导购、数字人直播和智能客服应用。"
        ),
        obs=[
            ("Total", 2025, 150, "CNY 100 million", "estimate"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 28. Simplified Chinese broker research: total with base and rate (exact), parts "软件产品为35.2亿元，占比60.3%"
    #    (arithmetic exact) and "实施与运维服务为23.2亿元"; distractors: 2.8个百分点, 6天, 目标价 and 32%上涨空间,
    #    a company's revenue, 3.1个百分点
    dict(
        text=(
            "华晟证券在2025年3月发布的行业深度报告中测算，2024年中国零售AI需求预测市场规模为58.4亿元，较2023年的45.1亿元"
            "增长29.5%。其中，软件产品为35.2亿元，占比60.3%；实施与运维服务为23.2亿元。报告指出，采用AI补货系统的连锁超市"
            "平均缺货率下降2.8个百分点，库存周转天数缩短6天。华晟维持对云衡科技的“买入”评级，目标价48.6元，较现价有32%的"
            "上涨空间；该公司2024年营收为9.7亿元，毛利率提升3.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("Total", 2023, 45.1, "CNY 100 million", "actual"),
            ("软件产品", 2024, 35.2, "CNY 100 million", "actual"),
            ("实施与运维服务", 2024, 23.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("share", 60.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.4 / 45.1 - 1 = 29.49% -> 29.5
            ("arithmetic", "exact"),  # 35.2 / 58.4 = 60.27% -> 60.3
        ],
    ),
    # 29. Simplified Chinese association data: "96.8亿元，较2023年的78.2亿元增长28.4%" (inconsistent) and
    #    "到2028年…290亿元，较2024年增长2倍" between two printed amounts (x3); distractors: 1.2亿次咨询, 85% resolution
    #    rate, a platform's third-quarter revenue
    dict(
        text=(
            "中国电子商务服务协会日前发布的数据显示，2024年我国电商智能客服市场规模达到96.8亿元，较2023年的78.2亿元增长"
            "28.4%。协会预计，到2028年市场规模将达到290亿元，较2024年增长2倍。目前智能客服日均处理的消费者咨询量已超过"
            "1.2亿次，头部平台的机器人独立解决率超过85%。某头部电商平台第三季度财报显示，其智能客服相关收入为4.6亿元。"
        ),
        obs=[
            ("Total", 2024, 96.8, "CNY 100 million", "actual"),
            ("Total", 2023, 78.2, "CNY 100 million", "actual"),
            ("Total", 2028, 290, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),  # 增长2倍 between 96.8 and 290 -> x3 (290/96.8 = 2.996)
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 96.8 / 78.2 - 1 = 23.79%; bounds 96.75/78.25 - 1 = 23.64%,
                                               # 116.85/78.15 - 1 = 23.93% -> never 28.4
        ],
    ),
    # 30. Traditional Chinese (Taiwan), 新台幣億元: "新台幣182億元，較2023年的146億元年增24.7%" and "2027年…356億元，
    #     2024至2027年複合成長率為25.1%" (both exact); distractors: 1.3萬家便利商店, 約四成, 68% survey answer,
    #     a retailer's own revenue
    dict(
        text=(
            "臺灣零售科技研究所於2025年3月發布的調查指出，2024年台灣零售業AI應用市場規模達新台幣182億元，較2023年的146億元"
            "年增24.7%；預估2027年將成長至新台幣356億元，2024至2027年複合成長率為25.1%。研究所指出，全台超過1.3萬家便利"
            "商店中，已有約四成導入AI訂貨系統。問卷顯示，68%的受訪零售業者計劃在兩年內增加AI預算。某大型超商集團去年營收"
            "達新台幣3,100億元，創歷史新高。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 146, "TWD 100 million", "actual"),
            ("Total", 2027, 356, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("cagr", 25.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 146 - 1 = 24.66% -> 24.7
            ("cagr|implied", "exact"),  # (356 / 182) ** (1/3) - 1 = 25.06% -> 25.1
        ],
    ),
    # 31. Traditional Chinese (Hong Kong), 億港元 with 去年/前年/今年 (dateline 2025): "約為28.6億港元，按年增長16.9%；
    #     前年則為24.5億港元" (rounding), "今年…可達33億港元" (estimate), "網上渠道佔去年市場的62%" (share, no part
    #     amount: no verdict); distractors: whole retail sales 3,800億港元, 146家會員
    dict(
        text=(
            "【2025年3月12日 香港】香港智慧零售聯盟昨日公布，去年本港零售業AI解決方案市場規模約為28.6億港元，按年增長"
            "16.9%；前年則為24.5億港元。聯盟預計，今年市場規模可達33億港元。以渠道劃分，網上渠道佔去年市場的62%，其餘為"
            "實體門市應用。聯盟主席陳振邦指出，全港零售業總銷貨價值去年約為3,800億港元，AI投入比例仍然偏低；聯盟現有會員"
            "企業146家。"
        ),
        obs=[
            ("Total", 2024, 28.6, "HKD 100 million", "actual"),
            ("Total", 2023, 24.5, "HKD 100 million", "actual"),
            ("Total", 2025, 33, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 28.6 / 24.5 - 1 = 16.73% (not 16.9); bounds 28.55/24.55 - 1 = 16.29%,
                                           # 48.65/24.45 - 1 = 17.18% -> 16.9 reachable
        ],
    ),
    # 32. Traditional Chinese on Japan, 億日圓: "2024年度…86億日圓…2028年度將擴大至190億日圓，…年複合成長率為22.1%"
    #     (rounding); distractors: 客單價提升約12%, 1.5個百分點, 74家會員, GMV 5兆日圓
    dict(
        text=(
            "東京2025年7月報導——據日本電子商務推薦技術協會最新統計，2024年度日本電商AI推薦引擎市場規模為86億日圓，協會"
            "預估2028年度將擴大至190億日圓，2024至2028年度的年複合成長率為22.1%。協會指出，導入推薦引擎的網店平均客單價"
            "提升約12%，轉換率則提高1.5個百分點。目前協會共有會員企業74家，國內最大購物平台的年度流通總額（GMV）已超過"
            "5兆日圓。"
        ),
        obs=[
            ("Total", 2024, 86, "JPY 100 million", "actual"),
            ("Total", 2028, 190, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (190 / 86) ** (1/4) - 1 = 21.92% (not 22.1); bounds
                                           # (189.5/86.5)**0.25 - 1 = 21.66%, (190.5/85.5)**0.25 - 1 = 22.17%
                                           # -> 22.1 reachable
        ],
    ),
    # 33. Simplified Chinese: rate before its base ("43.7亿元，同比增长61%，2023年为27.1亿元"), approximate part
    #     "商品图片生成约23.6亿元，占比54%" (arithmetic exact); a second publisher's 52亿元 nowhere; distractors:
    #     第四季度 14.2亿元, 双11, 0.8个百分点
    dict(
        text=(
            "2025年2月，据云岫咨询统计，2024年国内电商AI商品内容生成市场规模为43.7亿元，同比增长61%，2023年为27.1亿元。"
            "其中，商品图片生成约23.6亿元，占比54%；文案与短视频脚本生成占其余部分。另一家机构北辰智库给出的2024年数据为"
            "52亿元。从季度看，第四季度受“双11”大促带动，单季规模达到14.2亿元。某头部商家表示，使用AI生成主图后点击率"
            "提升了0.8个百分点。"
        ),
        obs=[
            ("Total", 2024, 43.7, "CNY 100 million", "actual"),
            ("Total", 2023, 27.1, "CNY 100 million", "actual"),
            ("商品图片生成", 2024, 23.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 61, "percent", 2023, 2024, 1.0),
            ("share", 54, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 43.7 / 27.1 - 1 = 61.25% -> 61
            ("arithmetic", "exact"),  # 23.6 / 43.7 = 54.00% -> 54
        ],
    ),
    # 34. Traditional Chinese (Taiwan): "新台幣41.2億元，較2023年的36.5億元成長15.8%" (inconsistent), a part's decline
    #     "硬體設備為新台幣17.3億元，較2023年的18.4億元減少6.0%" (negative rate, exact), "今年…可望達到新台幣47億元"
    #     (estimate); distractors: 320家商店, a startup's 5億元 funding round
    dict(
        text=(
            "台灣無人商店科技協會於2025年5月公布，2024年國內無人商店科技市場規模為新台幣41.2億元，較2023年的36.5億元成長"
            "15.8%。其中硬體設備為新台幣17.3億元，較2023年的18.4億元減少6.0%，軟體與雲端服務則持續擴張。協會預估今年市場"
            "規模可望達到新台幣47億元。目前全台無人商店約320家，新創業者「格點零售」日前完成新台幣5億元A輪募資。"
        ),
        obs=[
            ("Total", 2024, 41.2, "TWD 100 million", "actual"),
            ("Total", 2023, 36.5, "TWD 100 million", "actual"),
            ("Total", 2025, 47, "TWD 100 million", "estimate"),
            ("硬體設備", 2024, 17.3, "TWD 100 million", "actual"),
            ("硬體設備", 2023, 18.4, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.8, "percent", 2023, 2024, 1.0),
            ("growth", -6.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 41.2 / 36.5 - 1 = 12.88%; bounds 41.15/36.55 - 1 = 12.59%,
                                               # 61.25/36.45 - 1 = 13.17% -> never 15.8
            ("cagr|implied", "exact"),  # 17.3 / 18.4 - 1 = -5.98% -> -6.0
        ],
    ),
    # 35. English pipe table by use case with E columns and a Total row; 2025E column adds to 11.96 against a
    #     printed 11.97 (hierarchy rounding); stated 2024-2028E CAGR below; distractors: exhibit number, 240
    #     retailers interviewed
    dict(
        text=(
            "Exhibit 7: Worldwide AI spending in retail by use case (USD billion)\n"
            "\n"
            "| Use case | 2024 | 2025E | 2028E |\n"
            "|---|---|---|---|\n"
            "| Recommendation engines | 4.12 | 4.96 | 8.45 |\n"
            "| Demand forecasting | 2.37 | 2.88 | 5.10 |\n"
            "| Cashier-less checkout | 1.24 | 1.61 | 3.32 |\n"
            "| Customer-service bots | 2.05 | 2.51 | 4.63 |\n"
            "| Total | 9.78 | 11.97 | 21.50 |\n"
            "\n"
            "Source: Corran & Vale Research, March 2025; based on interviews with 240 retailers. Total spending is "
            "forecast to rise at a 2024-2028E CAGR of 21.8%."
        ),
        obs=[
            ("Recommendation engines", 2024, 4.12, "USD billion", "actual"),
            ("Recommendation engines", 2025, 4.96, "USD billion", "estimate"),
            ("Recommendation engines", 2028, 8.45, "USD billion", "estimate"),
            ("Demand forecasting", 2024, 2.37, "USD billion", "actual"),
            ("Demand forecasting", 2025, 2.88, "USD billion", "estimate"),
            ("Demand forecasting", 2028, 5.10, "USD billion", "estimate"),
            ("Cashier-less checkout", 2024, 1.24, "USD billion", "actual"),
            ("Cashier-less checkout", 2025, 1.61, "USD billion", "estimate"),
            ("Cashier-less checkout", 2028, 3.32, "USD billion", "estimate"),
            ("Customer-service bots", 2024, 2.05, "USD billion", "actual"),
            ("Customer-service bots", 2025, 2.51, "USD billion", "estimate"),
            ("Customer-service bots", 2028, 4.63, "USD billion", "estimate"),
            ("Total", 2024, 9.78, "USD billion", "actual"),
            ("Total", 2025, 11.97, "USD billion", "estimate"),
            ("Total", 2028, 21.50, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 4.12 + 2.37 + 1.24 + 2.05 = 9.78 = 9.78
            ("hierarchy", "rounding"),  # 2025E: 4.96 + 2.88 + 1.61 + 2.51 = 11.96 vs 11.97; parts each +-0.005
                                        # -> 11.94..11.98, total 11.965..11.975 -> reachable
            ("hierarchy", "exact"),  # 2028E: 8.45 + 5.10 + 3.32 + 4.63 = 21.50 = 21.50
            ("cagr|implied", "exact"),  # (21.50 / 9.78) ** (1/4) - 1 = 21.77% -> 21.8
        ],
    ),
    # 36. Simplified Chinese pipe table: segments x (2023年（亿元）, 2024年（亿元）, 2024年占比) with 合计 row at 100.0%
    #     (no claim); four shares with arithmetic verdicts, two hierarchy verdicts, a year-on-year rate in the note;
    #     distractors: table number, 1,800家 sample
    dict(
        text=(
            "表2 中国电商AI应用市场结构\n"
            "| 细分领域 | 2023年（亿元） | 2024年（亿元） | 2024年占比 |\n"
            "| --- | --- | --- | --- |\n"
            "| 智能推荐 | 212.4 | 268.9 | 50.2% |\n"
            "| 智能客服 | 118.3 | 152.7 | 28.5% |\n"
            "| 营销内容生成 | 41.6 | 67.2 | 12.6% |\n"
            "| 需求预测与补货 | 35.8 | 46.5 | 8.7% |\n"
            "| 合计 | 408.1 | 535.3 | 100.0% |\n"
            "资料来源：星桥研究院，2025年6月。注：样本覆盖1,800家电商企业；2024年市场合计规模同比增长31.2%。"
        ),
        obs=[
            ("智能推荐", 2023, 212.4, "CNY 100 million", "actual"),
            ("智能推荐", 2024, 268.9, "CNY 100 million", "actual"),
            ("智能客服", 2023, 118.3, "CNY 100 million", "actual"),
            ("智能客服", 2024, 152.7, "CNY 100 million", "actual"),
            ("营销内容生成", 2023, 41.6, "CNY 100 million", "actual"),
            ("营销内容生成", 2024, 67.2, "CNY 100 million", "actual"),
            ("需求预测与补货", 2023, 35.8, "CNY 100 million", "actual"),
            ("需求预测与补货", 2024, 46.5, "CNY 100 million", "actual"),
            ("合计", 2023, 408.1, "CNY 100 million", "actual"),
            ("合计", 2024, 535.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 50.2, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 12.6, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 268.9 / 535.3 = 50.23% -> 50.2
            ("arithmetic", "exact"),  # 152.7 / 535.3 = 28.53% -> 28.5
            ("arithmetic", "exact"),  # 67.2 / 535.3 = 12.55% -> 12.6
            ("arithmetic", "exact"),  # 46.5 / 535.3 = 8.69% -> 8.7
            ("hierarchy", "exact"),  # 2023: 212.4 + 118.3 + 41.6 + 35.8 = 408.1 = 408.1
            ("hierarchy", "exact"),  # 2024: 268.9 + 152.7 + 67.2 + 46.5 = 535.3 = 535.3
            ("cagr|implied", "exact"),  # 535.3 / 408.1 - 1 = 31.17% -> 31.2
        ],
    ),
    # 37. Simplified Chinese, space-aligned: a table of store counts beside a vertical table of market value whose
    #     lone value column is headed by its unit only ("亿元" -> Total), 2025E row an estimate; rate in the note;
    #     the store counts are expected nowhere
    dict(
        text=(
            "表1 全国无人零售门店数量\n"
            "年份      门店数（家）\n"
            "2022      18,600\n"
            "2023      21,400\n"
            "2024      25,900\n"
            "\n"
            "表2 无人零售技术服务市场规模\n"
            "年份      亿元\n"
            "2022      31.8\n"
            "2023      39.5\n"
            "2024      50.2\n"
            "2025E     63.0\n"
            "\n"
            "注：门店数据来自中国连锁便利零售联合会；2024年无人零售技术服务市场规模同比增长27.1%。"
        ),
        obs=[
            ("Total", 2022, 31.8, "CNY 100 million", "actual"),
            ("Total", 2023, 39.5, "CNY 100 million", "actual"),
            ("Total", 2024, 50.2, "CNY 100 million", "actual"),
            ("Total", 2025, 63.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 50.2 / 39.5 - 1 = 27.09% -> 27.1
        ],
    ),
    # 38. English tab-separated vertical table, rows are years, lone value column headed "USD million" (-> Total),
    #     YoY column with four rates (all exact), 2025F an estimate; distractors: Q4 spend, 38 member networks,
    #     190 million shoppers
    dict(
        text=(
            "AI-driven ad targeting on US retail media networks, annual spend (Retail Media Measurement Council, "
            "February 2025)\n"
            "Year\tUSD million\tYoY\n"
            "2021\t1,180\t–\n"
            "2022\t1,545\t30.9%\n"
            "2023\t1,962\t27.0%\n"
            "2024\t2,410\t22.8%\n"
            "2025F\t2,905\t20.5%\n"
            "Fourth-quarter 2024 spend alone was $812 million; the council's 38 member networks reach about 190 "
            "million shoppers."
        ),
        obs=[
            ("Total", 2021, 1180, "USD million", "actual"),
            ("Total", 2022, 1545, "USD million", "actual"),
            ("Total", 2023, 1962, "USD million", "actual"),
            ("Total", 2024, 2410, "USD million", "actual"),
            ("Total", 2025, 2905, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.9, "percent", 2021, 2022, 1.0),
            ("growth", 27.0, "percent", 2022, 2023, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1545 / 1180 - 1 = 30.93% -> 30.9
            ("cagr|implied", "exact"),  # 1962 / 1545 - 1 = 26.99% -> 27.0
            ("cagr|implied", "exact"),  # 2410 / 1962 - 1 = 22.83% -> 22.8
            ("cagr|implied", "exact"),  # 2905 / 2410 - 1 = 20.54% -> 20.5
        ],
    ),
    # 39. English space-aligned table of a Japanese association in ¥100 million (JPY 100 million), fiscal-year
    #     columns with an F column and a Total row (three hierarchy verdicts), a next-year rate in prose;
    #     distractor: 57 member companies
    dict(
        text=(
            "Japan: AI visual-commerce market by segment\n"
            "Unit: ¥100 million; fiscal years; F = forecast\n"
            "Segment               FY2023   FY2024   FY2025F\n"
            "Virtual try-on            64       86       112\n"
            "AI product imagery       138      175       221\n"
            "AI copywriting            97      121       150\n"
            "Total                    299      382       483\n"
            "Source: Japan E-Commerce Visual Technology Association (57 member companies). The association expects "
            "the total to grow 26.4% in fiscal 2025."
        ),
        obs=[
            ("Virtual try-on", 2023, 64, "JPY 100 million", "actual"),
            ("Virtual try-on", 2024, 86, "JPY 100 million", "actual"),
            ("Virtual try-on", 2025, 112, "JPY 100 million", "estimate"),
            ("AI product imagery", 2023, 138, "JPY 100 million", "actual"),
            ("AI product imagery", 2024, 175, "JPY 100 million", "actual"),
            ("AI product imagery", 2025, 221, "JPY 100 million", "estimate"),
            ("AI copywriting", 2023, 97, "JPY 100 million", "actual"),
            ("AI copywriting", 2024, 121, "JPY 100 million", "actual"),
            ("AI copywriting", 2025, 150, "JPY 100 million", "estimate"),
            ("Total", 2023, 299, "JPY 100 million", "actual"),
            ("Total", 2024, 382, "JPY 100 million", "actual"),
            ("Total", 2025, 483, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 64 + 138 + 97 = 299 = 299
            ("hierarchy", "exact"),  # FY2024: 86 + 175 + 121 = 382 = 382
            ("hierarchy", "exact"),  # FY2025F: 112 + 221 + 150 = 483 = 483
            ("cagr|implied", "exact"),  # 483 / 382 - 1 = 26.44% -> 26.4
        ],
    ),
    # 40. Traditional Chinese tab-separated table in 新台幣百萬元 (TWD million), 軟體/服務/合計 rows and e columns
    #     (four hierarchy verdicts), then prose: 年增25.0%, 軟體占比62.3% (arithmetic), stated 2024至2026 CAGR;
    #     distractors: table number, 86家業者, 逾半數
    dict(
        text=(
            "表3　台灣電商AI客服與推薦解決方案市場規模（單位：新台幣百萬元）\n"
            "項目\t2023\t2024\t2025e\t2026e\n"
            "軟體\t1,846\t2,315\t2,890\t3,540\n"
            "服務\t1,127\t1,402\t1,716\t2,065\n"
            "合計\t2,973\t3,717\t4,606\t5,605\n"
            "資料來源：台灣電子商務暨數位零售協會，2025年4月。2024年市場年增25.0%，其中軟體占比62.3%；2024至2026年合計"
            "規模年複合成長率預估為22.8%。受訪的86家業者中，逾半數已導入智慧客服。"
        ),
        obs=[
            ("軟體", 2023, 1846, "TWD million", "actual"),
            ("軟體", 2024, 2315, "TWD million", "actual"),
            ("軟體", 2025, 2890, "TWD million", "estimate"),
            ("軟體", 2026, 3540, "TWD million", "estimate"),
            ("服務", 2023, 1127, "TWD million", "actual"),
            ("服務", 2024, 1402, "TWD million", "actual"),
            ("服務", 2025, 1716, "TWD million", "estimate"),
            ("服務", 2026, 2065, "TWD million", "estimate"),
            ("合計", 2023, 2973, "TWD million", "actual"),
            ("合計", 2024, 3717, "TWD million", "actual"),
            ("合計", 2025, 4606, "TWD million", "estimate"),
            ("合計", 2026, 5605, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("share", 62.3, "percent", 2024, 2024, None),
            ("cagr", 22.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1846 + 1127 = 2973
            ("hierarchy", "exact"),  # 2024: 2315 + 1402 = 3717
            ("hierarchy", "exact"),  # 2025e: 2890 + 1716 = 4606
            ("hierarchy", "exact"),  # 2026e: 3540 + 2065 = 5605
            ("cagr|implied", "exact"),  # 3717 / 2973 - 1 = 25.03% -> 25.0
            ("arithmetic", "exact"),  # 2315 / 3717 = 62.28% -> 62.3
            ("cagr|implied", "exact"),  # (5605 / 3717) ** (1/2) - 1 = 22.80% -> 22.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 8, 'exact': 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 19.4% over 2024-2030',
    '同比增长42.3%，2023年这一数字为60.8亿元',
    '| Total | 10.0 | 12.3 | 15.2 | 18.6 |',
    '$1.12 billion last year, 27% more than the $880 million recorded in 2023',
    '較2023年的32.7億元成長18.2%',
    'a 35.6% CAGR between 2023 and 2028',
    '合计\t73.0\t95.9\t121.5',
    'somewhere between $38 billion and $44 billion by 2029',
    '预计到2030年将达到1.5万亿元',
    '新台幣億元      年增率',
    'forecasts £1.3 billion for 2027, a compound annual rate of 20.7%',
    'a 72% software share',
    'Market value (USD million)',
    '其中網上渠道佔11.2億港元，比重約61%',
    'up 24% from $1.4 billion a year earlier',
    '| 市场规模合计 | 41.5 | 65.5 | 94.7 | 128.7 |',
    '¥48.5 billion in fiscal 2024, up 31.1% from ¥37.0 billion in fiscal 2023',
    '到2027年，全市智能零售相关产业规模超过500亿元',
    'Unit: ¥100 million',
    '1.9 trillion won',
    'an 18% jump on the $2.9 billion laid out in 2023',
    'a compound annual growth rate of 15.7% from 2024 to 2029',
    'a fourfold rise that implies growth of roughly 41% a year',
    "or 58% of last year's total",
    'up 29% from €930 million in 2023',
    'between €2.6 billion and €3.1 billion in 2028',
    'an average annual growth rate of 17.4% over fiscal 2024-2028',
    '2024—2027年年均复合增长率约为37%',
    '到2027年规模超过300亿元，较2024年增长2倍',
    '其中，软件产品为35.2亿元，占比60.3%',
    '較2023年的146億元年增24.7%',
    '約為28.6億港元，按年增長16.9%；前年則為24.5億港元',
    '2024至2028年度的年複合成長率為22.1%',
    '另一家机构北辰智库给出的2024年数据为52亿元',
    '較2023年的18.4億元減少6.0%',
    '| Total | 9.78 | 11.97 | 21.50 |',
    '年份      亿元',
    'Year\tUSD million\tYoY',
    'Unit: ¥100 million; fiscal years; F = forecast',
    '（單位：新台幣百萬元）',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 214
#: figures, 55 rates, 70 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-thirty-eighth set: 214, 55, 73 and 0; 72 verdicts once a rate's
#: row is looked for in its own clause (its 19th snippet's inconsistent CAGR had been read on the wrong column)
FLOORS = {"figures_found": 215, "rates_found": 55, "verdicts_right": 72}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset136.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
