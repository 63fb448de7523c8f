"""A hundred-and-third check set for the extractor, written blind: investor materials that size markets, in English and
Chinese (Simplified and Traditional) -- sell-side initiation reports, TAM, SAM and SOM in a pitch deck or an S-1, the
industry section of an IPO prospectus quoting its consultant's historical and forecast CAGRs, e-commerce and platform
markets (直播电商GMV, 即时零售, 跨境电商), the top players' shares of the market, and a company's own revenue and GMV, price
targets, valuation multiples, take rates and counts as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. sell-side initiation (English prose): TAM "$180bn by 2030, up from $64bn in 2024, compounding at 18.7% a
    #    year" -> a CAGR whose span only its amounts' years give (inferred, rounding); price target, upside,
    #    EV/EBITDA, the company's own revenue, headcount and a "low-single-digit share" expected nowhere
    dict(
        text=(
            "Calloway Robotics (CLRB US) - Initiation of coverage, 6 May 2025. We start Calloway at Buy with a $48 "
            "price target, implying 32% upside, and value the shares at 21x 2026E EV/EBITDA. We size the total "
            "addressable market for warehouse orchestration software at $180bn by 2030, up from $64bn in 2024, "
            "compounding at 18.7% a year. Calloway booked $1.2bn of revenue last year and employs 3,100 people, so "
            "even a low-single-digit share of the TAM would transform its scale."
        ),
        obs=[
            ("Total", 2024, 64, "USD billion", "actual"),
            ("Total", 2030, 180, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (180/64)**(1/6)-1 = 18.81% -> 18.8, not 18.7; bounds: 179.5/64.5 -> 18.60%, 180.5/63.5 -> 19.02%;
            # 18.65..18.75 lies inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 2. S-1 "Market Opportunity" (English prose): TAM (Total) with a stated 2024-2028 CAGR, SAM and SOM as items of
    #    their own; "roughly a quarter of the TAM", bed and hospital counts and employees expected nowhere
    dict(
        text=(
            "From the Form S-1 of Lumetric Health, Inc. - Market Opportunity. Based on a study we commissioned from "
            "Harwick Partners, our total addressable market (TAM) for remote cardiac monitoring in the United States "
            "was approximately $92 billion in 2024 and is expected to grow to $155 billion in 2028, a compound annual "
            "growth rate of 14% from 2024 to 2028. Within it, our serviceable addressable market (SAM), comprising "
            "hospital systems with more than 200 beds, was $23 billion in 2024, and our serviceable obtainable market "
            "(SOM) was $1.8 billion. As of December 31, 2024, we served 412 hospital systems and had 1,150 full-time "
            "employees; our SAM is roughly a quarter of the TAM."
        ),
        obs=[
            ("Total", 2024, 92, "USD billion", "actual"),
            ("Total", 2028, 155, "USD billion", "estimate"),
            ("SAM", 2024, 23, "USD billion", "actual"),
            ("SOM", 2024, 1.8, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (155/92)**(1/4)-1 = 13.93% -> 14
        ],
    ),
    # 3. IPO prospectus industry overview (English prose): historical and forecast CAGR in one sentence, both spans
    #    printed; top-five combined share and the issuer's own share (share claims); interview counts nowhere
    dict(
        text=(
            "INDUSTRY OVERVIEW. According to the Ferrand Report, the market for outsourced clinical-trial site "
            "management in China grew from RMB38.2 billion in 2019 to RMB71.5 billion in 2024, representing a CAGR "
            "of 13.4% from 2019 to 2024, and is expected to reach RMB142.6 billion in 2029, representing a CAGR of "
            "14.8% from 2024 to 2029. The market is fragmented: the top five players together accounted for 21.3% of "
            "it in 2024, and we ranked second with a market share of 5.7%. Ferrand interviewed 126 sponsors and 48 "
            "site operators for the report."
        ),
        obs=[
            ("Total", 2019, 38.2, "CNY billion", "actual"),
            ("Total", 2024, 71.5, "CNY billion", "actual"),
            ("Total", 2029, 142.6, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2019, 2024, None, "stated"),
            ("cagr", 14.8, "percent", 2024, 2029, None, "stated"),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("share", 5.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71.5/38.2)**(1/5)-1 = 13.36% -> 13.4
            ("cagr|implied", "exact"),  # (142.6/71.5)**(1/5)-1 = 14.81% -> 14.8
        ],
    ),
    # 4. earnings-call transcript (English prose): the TAM a CFO sizes in fiscal years, "call it a 12% compound rate"
    #    (inferred CAGR, rounding); the quarter's revenue, its 18% rise, margin and percentage points, merchant count
    #    expected nowhere
    dict(
        text=(
            "Tessaro Payments Q3 FY2025 earnings call, 29 October 2025. Chief Financial Officer Dana Whitlock: "
            "\"Third-quarter revenue came in at $412 million, up 18% year on year, and gross margin widened by 2 "
            "percentage points to 46%. Stepping back, we think the total addressable market for integrated payment "
            "terminals was about $38 billion in fiscal 2024, and we see it reaching $61 billion by fiscal 2028 - call "
            "it a 12% compound rate. We now have 9,400 merchants on the new platform.\""
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2028, 61, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 12, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (61/38)**(1/4)-1 = 12.56% -> 13, not 12; bounds: 60.5/38.5 -> 11.96%, 61.5/37.5 -> 13.16%;
            # 11.96 rounds to 12 -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 5. dated news on live-stream GMV (English prose): "last year", "55% more than ... in 2023", "this year"
    #    (estimate), top-three combined share; a second publisher's figure for the same year, take rate and seller
    #    count expected nowhere
    dict(
        text=(
            "SINGAPORE, 12 February 2025 - Shoppers across Southeast Asia bought US$18.6 billion of goods through "
            "live streams last year, 55% more than the US$12.0 billion they spent in 2023, according to Tanjong "
            "Insights. The consultancy expects live-stream GMV to climb to about US$25 billion this year, with the "
            "top three platforms, which together held 84% of the market in 2024, keeping most of it. A separate "
            "count by Meribel Data put last year's total at US$17.1 billion. Shopzee, the largest platform, said its "
            "take rate rose to 9.5% and that it now hosts 310,000 active sellers."
        ),
        obs=[
            ("Total", 2023, 12.0, "USD billion", "actual"),
            ("Total", 2024, 18.6, "USD billion", "actual"),
            ("Total", 2025, 25, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 55, "percent", 2023, 2024, 1.0),
            ("share", 84, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6/12.0-1 = 55.0% -> 55
        ],
    ),
    # 6. research sector note (English prose): a part's amount and its share "or 38%" which the amounts contradict
    #    (inconsistent); top-five and leader shares; "multibillion-dollar opportunity", survey answer, P/E nowhere
    dict(
        text=(
            "Pellworth Research, sector note, 9 January 2025: Industrial AI vision is a multibillion-dollar "
            "opportunity hiding in plain sight. Global spending reached $14.6 billion in 2024, of which semiconductor "
            "and electronics inspection took $5.2 billion, or 38%. The five largest vendors controlled 47.5% of the "
            "market, while the leader alone held 16.2%. In our survey of 240 plant managers, 62% said they plan to "
            "raise vision budgets in 2025; the listed group trades on 35x forward P/E."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Semiconductor and electronics inspection", 2024, 5.2, "USD billion", "actual"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 47.5, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 5.2/14.6 = 35.62%; bounds 5.15/14.65 = 35.15%, 5.25/14.55 = 36.08%; 38 (37.5..38.5) unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 7. investor day (English prose): "this year" / "next year" / "by 2030" all estimates, "grow 29%" between this
    #    year and next, "a 2.4x increase on the 2026 figure"; share target, order book, staff, "tens of billions"
    #    nowhere
    dict(
        text=(
            "Norvane Energy Systems investor day, London, 18 November 2025. Management put the addressable market "
            "for grid-scale battery software at about $8.5bn this year and said it should grow 29% to $11bn next "
            "year, then reach $26bn by 2030, a 2.4x increase on the 2026 figure. Chief executive Priya Sandhu set a "
            "goal of a 15% market share by 2030 and said the order book stood at $740m, with 2,400 staff across nine "
            "countries. Analysts present valued the longer-run opportunity at tens of billions of dollars."
        ),
        obs=[
            ("Total", 2025, 8.5, "USD billion", "estimate"),
            ("Total", 2026, 11, "USD billion", "estimate"),
            ("Total", 2030, 26, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2025, 2026, 1.0),
            ("multiple", 2.4, "multiple", 2026, 2030, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11/8.5-1 = 29.41% -> 29
        ],
    ),
    # 8. broker note on instant retail (English prose): RMB bn then RMB tn in one series (1.5tn -> 1500 CNY billion),
    #    "compounding at 24.4% a year" (inferred, exact); penetration and ppt, a platform's own GMV, take rate,
    #    price target, upside and P/E nowhere
    dict(
        text=(
            "Harbourline Securities, China consumer internet, 3 March 2025. China's instant retail market reached "
            "RMB780bn in 2024 by our count, and we forecast it to reach RMB1.5tn by 2027E, compounding at 24.4% a "
            "year as supermarkets and pharmacies move onto on-demand platforms. Penetration of total online retail "
            "rose 1.8ppt to 5.6% last year. Our top pick, Xundi, handled RMB210bn of GMV at a take rate of 3.1%; we "
            "raise our price target to HK$152 (28% upside), or 18x 2025E P/E."
        ),
        obs=[
            ("Total", 2024, 780, "CNY billion", "actual"),
            ("Total", 2027, 1500, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1500/780)**(1/3)-1 = 24.36% -> 24.4
        ],
    ),
    # 9. seed pitch deck slide (English prose): TAM "today (TAM, 2025)" in a 2025 deck (estimate), "double to $9.6B
    #    by 2029" (x2, no verdict), SAM in $B and SOM in $M as their own series; ARR, retention, raise, valuation,
    #    clinic counts nowhere
    dict(
        text=(
            "Ferncastle - Seed deck, March 2025. Slide 6, Market: independent pet clinics in North America spend "
            "$4.8B a year on practice software today (TAM, 2025), a figure we expect to double to $9.6B by 2029 as "
            "clinics consolidate. SAM (clinics with 3+ vets, 2025): $1.3B. SOM (our five launch states, 2025): $120M. "
            "Traction: 12 paying clinics, $0.9M ARR, 140% net revenue retention. Raising $6M at a $30M pre-money "
            "valuation."
        ),
        obs=[
            ("Total", 2025, 4.8, "USD billion", "estimate"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
            ("SAM", 2025, 1.3, "USD billion", "estimate"),
            ("SOM", 2025, 120, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2025, 2029, 4.0),
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese prospectus industry overview: a series opening in 万亿元 (CNY trillion), historical and
    #     forecast CAGR with spans printed, the forecast one exact only within rounding; top-five share; 千亿级,
    #     rank and headcount nowhere
    dict(
        text=(
            "行业概览：根据恒策咨询的资料，中国跨境电商B2C出口交易规模由2019年的1.9万亿元增长至2024年的4.3万亿元，"
            "2019年至2024年的年复合增长率为17.7%，预计将于2029年达到8.1万亿元，2024年至2029年的年复合增长率为13.8%。"
            "独立站赛道已成长为千亿级市场。按2024年交易额计，行业前五大参与者合计占市场份额的21.6%，本公司排名第七。"
            "截至2024年12月31日，本公司拥有员工1,236名。"
        ),
        obs=[
            ("Total", 2019, 1.9, "CNY trillion", "actual"),
            ("Total", 2024, 4.3, "CNY trillion", "actual"),
            ("Total", 2029, 8.1, "CNY trillion", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2019, 2024, None, "stated"),
            ("cagr", 13.8, "percent", 2024, 2029, None, "stated"),
            ("share", 21.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.3/1.9)**(1/5)-1 = 17.745% -> 17.7
            # (8.1/4.3)**(1/5)-1 = 13.50% -> 13.5, not 13.8; bounds 8.05/4.35 -> 13.10%, 8.15/4.25 -> 13.91%;
            # 13.75..13.85 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Simplified Chinese news on 即时零售: 去年 / 2023年 / 今年有望突破 (estimate), a year-on-year rate its own
    #     amounts contradict (inconsistent); 渗透率 and 个百分点, 占比超过一半, a platform's quarter, merchant count nowhere
    dict(
        text=(
            "新华财经北京2025年3月18日电（记者 林舟）记者从中国连锁经营研究院获悉，去年我国即时零售市场规模达到7810亿元，"
            "比2023年的6490亿元增长22.6%，预计今年有望突破9500亿元。研究院指出，即时零售在社会消费品零售总额中的渗透率"
            "提升0.4个百分点，其中医药品类订单量占比超过一半。头部平台去年第四季度交易额同比增长31%，活跃商户数超过60万家。"
        ),
        obs=[
            ("Total", 2023, 6490, "CNY 100 million", "actual"),
            ("Total", 2024, 7810, "CNY 100 million", "actual"),
            ("Total", 2025, 9500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 7810/6490-1 = 20.34%; bounds 7809.5/6490.5 -> 20.32%, 7810.5/6489.5 -> 20.36%; 22.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Traditional Chinese (Taiwan) news on 直播電商 in 新台幣億元 (TWD 100 million): 較2023年成長, 預估今年可望突破;
    #     top-three and leader shares; take-rate range, survey answer, target price and upside nowhere
    dict(
        text=(
            "【2025年4月9日／台北】鼎泓產業研究最新報告指出，台灣直播電商市場規模2024年達新台幣412億元，較2023年的338億元"
            "成長21.9%，預估今年可望突破500億元。報告指出，前三大平台合計市占率達67.5%，其中龍頭業者市占率為31.2%。"
            "主要平台抽成率約落在5%至8%之間，受訪消費者中有43%表示每月至少觀看一次直播購物。法人給予相關概念股目標價680元，"
            "潛在上漲空間約23%。"
        ),
        obs=[
            ("Total", 2023, 338, "TWD 100 million", "actual"),
            ("Total", 2024, 412, "TWD 100 million", "actual"),
            ("Total", 2025, 500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("share", 67.5, "percent", 2024, 2024, None),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412/338-1 = 21.89% -> 21.9
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) prospectus in 億港元 (HKD 100 million): historical CAGR the amounts
    #     contradict (inconsistent), forecast CAGR exact; top-five and issuer shares; the group's own revenue (also
    #     in 億港元) and gross margin nowhere
    dict(
        text=(
            "行業概覽　根據澤鼎諮詢報告，香港跨境網購平台的商品交易總額由2019年的486億港元增至2024年的712億港元，"
            "2019年至2024年的複合年增長率為8.9%，預期將於2029年達到1,050億港元，2024年至2029年的複合年增長率為8.1%。"
            "按2024年商品交易總額計，五大市場參與者合計佔市場份額約38.5%，本集團以6.3%的市場份額位列第三。"
            "本集團於2024年的收益為5.6億港元，毛利率為41.2%。"
        ),
        obs=[
            ("Total", 2019, 486, "HKD 100 million", "actual"),
            ("Total", 2024, 712, "HKD 100 million", "actual"),
            ("Total", 2029, 1050, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 8.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 8.1, "percent", 2024, 2029, None, "stated"),
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 6.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (712/486)**(1/5)-1 = 7.94%; bounds 711.5/486.5 -> 7.89%, 712.5/485.5 -> 7.97%; 8.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1050/712)**(1/5)-1 = 8.08% -> 8.1
        ],
    ),
    # 14. Simplified Chinese sell-side initiation on 直播电商GMV in 万亿元: 较2020年的1.3万亿元增长3.5倍 (x4.5 between two
    #     printed amounts), 对应年复合增速约15% (inferred CAGR); 占比约四成, a quarter's GMV, rating, target price, PE,
    #     anchor count nowhere
    dict(
        text=(
            "【华岳证券·首次覆盖】2025年6月。我们测算2024年我国直播电商GMV约5.8万亿元，较2020年的1.3万亿元增长3.5倍，"
            "预计2027年有望达到8.9万亿元，对应年复合增速约15%。行业头部平台GMV占比约四成；去年第四季度单季直播GMV为"
            "1.9万亿元。首次覆盖给予公司“买入”评级，目标价85元，对应2025年25倍PE；公司旗下签约主播超过1,500名。"
        ),
        obs=[
            ("Total", 2020, 1.3, "CNY trillion", "actual"),
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2027, 8.9, "CNY trillion", "estimate"),
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2020, 2024, 4.0),  # 增长3.5倍 between two printed amounts -> 3.5 + 1
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.9/5.8)**(1/3)-1 = 15.34% -> 15
        ],
    ),
    # 15. English pipe table: vendor revenue 2023/2024 with a 2024 share column and a Total row; one share exact
    #     only within rounding (forced to sum to 100); EV/EBITDA and a quarter's customer count nowhere
    dict(
        text=(
            "Kestrel Analytics, March 2025 - Cloud contact-centre software: vendor revenue and share (USD million)\n"
            "\n"
            "| Vendor | 2023 | 2024 | Share, 2024 |\n"
            "|---|---:|---:|---:|\n"
            "| Aurelia | 1,240 | 1,510 | 24.1% |\n"
            "| Brightdesk | 980 | 1,130 | 18.0% |\n"
            "| Convoya | 610 | 745 | 11.9% |\n"
            "| Others | 2,560 | 2,890 | 46.0% |\n"
            "| Total | 5,390 | 6,275 | 100.0% |\n"
            "\n"
            "Aurelia's parent trades at 9x EV/EBITDA; Brightdesk added 1,100 customers in the fourth quarter."
        ),
        obs=[
            ("Aurelia", 2023, 1240, "USD million", "actual"),
            ("Aurelia", 2024, 1510, "USD million", "actual"),
            ("Brightdesk", 2023, 980, "USD million", "actual"),
            ("Brightdesk", 2024, 1130, "USD million", "actual"),
            ("Convoya", 2023, 610, "USD million", "actual"),
            ("Convoya", 2024, 745, "USD million", "actual"),
            ("Others", 2023, 2560, "USD million", "actual"),
            ("Others", 2024, 2890, "USD million", "actual"),
            ("Total", 2023, 5390, "USD million", "actual"),
            ("Total", 2024, 6275, "USD million", "actual"),
        ],
        claims=[
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 18.0, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
            ("share", 46.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1510/6275 = 24.06% -> 24.1
            ("arithmetic", "exact"),  # 1130/6275 = 18.01% -> 18.0
            ("arithmetic", "exact"),  # 745/6275 = 11.87% -> 11.9
            # 2890/6275 = 46.056% -> 46.1, not 46.0; bounds 2889.5/6275.5 = 46.044% (-> 46.0),
            # 2890.5/6274.5 = 46.067% -> rounding
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2023: 1240+980+610+2560 = 5390
            ("hierarchy", "exact"),  # 2024: 1510+1130+745+2890 = 6275
        ],
    ),
    # 16. Simplified Chinese tab-separated table: 2024 vendor revenue in 亿元 with 2024 share and a 2025 Q1 share
    #     column (the quarter's shares nowhere); 合计 row; the note's 个百分点 nowhere
    dict(
        text=(
            "中国公有云IaaS市场厂商份额（来源：瀚思数据，2025年5月）\n"
            "厂商\t2024年收入（亿元）\t2024年份额\t2025年一季度份额\n"
            "星澜云\t1,020\t30.4%\t31.2%\n"
            "天穹云\t620\t18.5%\t18.1%\n"
            "青禾云\t410\t12.2%\t12.6%\n"
            "其他\t1,310\t39.0%\t38.1%\n"
            "合计\t3,360\t100.0%\t100.0%\n"
            "注：一季度份额按季度收入计算；星澜云市占率较上年提升1.1个百分点。"
        ),
        obs=[
            ("星澜云", 2024, 1020, "CNY 100 million", "actual"),
            ("天穹云", 2024, 620, "CNY 100 million", "actual"),
            ("青禾云", 2024, 410, "CNY 100 million", "actual"),
            ("其他", 2024, 1310, "CNY 100 million", "actual"),
            ("合计", 2024, 3360, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 30.4, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 39.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1020/3360 = 30.36% -> 30.4
            ("arithmetic", "exact"),  # 620/3360 = 18.45% -> 18.5
            ("arithmetic", "exact"),  # 410/3360 = 12.20% -> 12.2
            ("arithmetic", "exact"),  # 1310/3360 = 38.99% -> 39.0
            ("hierarchy", "exact"),  # 1020+620+410+1310 = 3360
        ],
    ),
    # 17. English space-aligned table: platform GMV 2024 and 2027E with a 2024 share column and a "CAGR 2024-27E"
    #     column (stated spans) on every row incl. Total; EV/sales and take rate nowhere
    dict(
        text=(
            "Southeast Asia live-stream commerce GMV by platform (US$ billion). Source: Corvina Partners estimates, "
            "July 2025.\n"
            "\n"
            "Platform      2024   Share 2024   2027E   CAGR 2024-27E\n"
            "Kedai Live     9.1        42.5%    15.8           20.2%\n"
            "TokTrade       6.4        29.9%    13.5           28.2%\n"
            "Lazmart        3.2        15.0%     4.9           15.3%\n"
            "Others         2.7        12.6%     4.1           14.9%\n"
            "Total         21.4       100.0%    38.3           21.4%\n"
            "\n"
            "Kedai Live's owner trades at 2.1x EV/sales; TokTrade's take rate is about 7%."
        ),
        obs=[
            ("Kedai Live", 2024, 9.1, "USD billion", "actual"),
            ("Kedai Live", 2027, 15.8, "USD billion", "estimate"),
            ("TokTrade", 2024, 6.4, "USD billion", "actual"),
            ("TokTrade", 2027, 13.5, "USD billion", "estimate"),
            ("Lazmart", 2024, 3.2, "USD billion", "actual"),
            ("Lazmart", 2027, 4.9, "USD billion", "estimate"),
            ("Others", 2024, 2.7, "USD billion", "actual"),
            ("Others", 2027, 4.1, "USD billion", "estimate"),
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Total", 2027, 38.3, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 42.5, "percent", 2024, 2024, None),
            ("share", 29.9, "percent", 2024, 2024, None),
            ("share", 15.0, "percent", 2024, 2024, None),
            ("share", 12.6, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 28.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 15.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 14.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.1/21.4 = 42.52% -> 42.5
            ("arithmetic", "exact"),  # 6.4/21.4 = 29.91% -> 29.9
            ("arithmetic", "exact"),  # 3.2/21.4 = 14.95% -> 15.0
            ("arithmetic", "exact"),  # 2.7/21.4 = 12.62% -> 12.6
            ("cagr|implied", "exact"),  # (15.8/9.1)**(1/3)-1 = 20.19% -> 20.2
            ("cagr|implied", "exact"),  # (13.5/6.4)**(1/3)-1 = 28.25% -> 28.2
            ("cagr|implied", "exact"),  # (4.9/3.2)**(1/3)-1 = 15.26% -> 15.3
            ("cagr|implied", "exact"),  # (4.1/2.7)**(1/3)-1 = 14.94% -> 14.9
            ("cagr|implied", "exact"),  # (38.3/21.4)**(1/3)-1 = 21.41% -> 21.4
            ("hierarchy", "exact"),  # 2024: 9.1+6.4+3.2+2.7 = 21.4
            ("hierarchy", "exact"),  # 2027E: 15.8+13.5+4.9+4.1 = 38.3
        ],
    ),
    # 18. Traditional Chinese pipe table in 新台幣億元: vendors 2023/2024 with 年增率 and 2024年市占率 columns and a 合計
    #     row; one growth exact only within rounding; a vendor's Q4 growth and headcount nowhere
    dict(
        text=(
            "台灣雲端資安服務市場主要業者營收（單位：新台幣億元；資料來源：群策顧問，2025年3月）\n"
            "\n"
            "| 業者 | 2023年 | 2024年 | 年增率 | 2024年市占率 |\n"
            "|---|---|---|---|---|\n"
            "| 晶盾資安 | 42.5 | 51.8 | 21.9% | 29.7% |\n"
            "| 雲衛科技 | 31.0 | 35.2 | 13.7% | 20.1% |\n"
            "| 安域網通 | 18.6 | 24.1 | 29.6% | 13.8% |\n"
            "| 其他 | 57.9 | 63.6 | 9.8% | 36.4% |\n"
            "| 合計 | 150.0 | 174.7 | 16.5% | 100.0% |\n"
            "\n"
            "晶盾資安2024年第四季營收年增34%，員工人數約820人。"
        ),
        obs=[
            ("晶盾資安", 2023, 42.5, "TWD 100 million", "actual"),
            ("晶盾資安", 2024, 51.8, "TWD 100 million", "actual"),
            ("雲衛科技", 2023, 31.0, "TWD 100 million", "actual"),
            ("雲衛科技", 2024, 35.2, "TWD 100 million", "actual"),
            ("安域網通", 2023, 18.6, "TWD 100 million", "actual"),
            ("安域網通", 2024, 24.1, "TWD 100 million", "actual"),
            ("其他", 2023, 57.9, "TWD 100 million", "actual"),
            ("其他", 2024, 63.6, "TWD 100 million", "actual"),
            ("合計", 2023, 150.0, "TWD 100 million", "actual"),
            ("合計", 2024, 174.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.7, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("share", 29.7, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
            ("share", 36.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 51.8/42.5-1 = 21.88% -> 21.9
            # 35.2/31.0-1 = 13.55% -> 13.5, not 13.7; bounds 35.15/31.05 -> 13.20%, 35.25/30.95 -> 13.89% -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 24.1/18.6-1 = 29.57% -> 29.6
            ("cagr|implied", "exact"),  # 63.6/57.9-1 = 9.84% -> 9.8
            ("cagr|implied", "exact"),  # 174.7/150.0-1 = 16.47% -> 16.5
            ("arithmetic", "exact"),  # 51.8/174.7 = 29.65% -> 29.7
            ("arithmetic", "exact"),  # 35.2/174.7 = 20.15% -> 20.1
            ("arithmetic", "exact"),  # 24.1/174.7 = 13.80% -> 13.8
            ("arithmetic", "exact"),  # 63.6/174.7 = 36.41% -> 36.4
            ("hierarchy", "exact"),  # 2023: 42.5+31.0+18.6+57.9 = 150.0
            ("hierarchy", "exact"),  # 2024: 51.8+35.2+24.1+63.6 = 174.7
        ],
    ),
    # 19. English tab-separated table: quarterly vendor revenue 1Q24-4Q24 beside an FY2024 column and an FY share
    #     column (quarters expected nowhere); one share contradicted by its amounts (inconsistent); unit shipments
    #     and a vendor's guidance nowhere
    dict(
        text=(
            "Global AI accelerator server revenue by vendor, US$ billion (Source: Brennor Research, February 2025)\n"
            "Vendor\t1Q24\t2Q24\t3Q24\t4Q24\tFY2024\tShare FY2024\n"
            "Halvorsen\t8.2\t9.6\t10.9\t12.3\t41.0\t40.5%\n"
            "Quillon\t5.1\t5.8\t6.4\t7.3\t24.6\t24.3%\n"
            "Meridex\t3.0\t3.3\t3.9\t4.4\t14.6\t15.4%\n"
            "Others\t4.4\t4.9\t5.6\t6.1\t21.0\t20.8%\n"
            "Total\t20.7\t23.6\t26.8\t30.1\t101.2\t100.0%\n"
            "Quarterly shipments rose to 1.9 million units in 4Q24; Halvorsen guides to 30% revenue growth in "
            "fiscal 2025."
        ),
        obs=[
            ("Halvorsen", 2024, 41.0, "USD billion", "actual"),
            ("Quillon", 2024, 24.6, "USD billion", "actual"),
            ("Meridex", 2024, 14.6, "USD billion", "actual"),
            ("Others", 2024, 21.0, "USD billion", "actual"),
            ("Total", 2024, 101.2, "USD billion", "actual"),
        ],
        claims=[
            ("share", 40.5, "percent", 2024, 2024, None),
            ("share", 24.3, "percent", 2024, 2024, None),
            ("share", 15.4, "percent", 2024, 2024, None),
            ("share", 20.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.0/101.2 = 40.51% -> 40.5
            ("arithmetic", "exact"),  # 24.6/101.2 = 24.31% -> 24.3
            # 14.6/101.2 = 14.43%; bounds 14.55/101.25 = 14.37%, 14.65/101.15 = 14.48%; 15.4 unreachable
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 21.0/101.2 = 20.75% -> 20.8
            ("hierarchy", "exact"),  # FY2024: 41.0+24.6+14.6+21.0 = 101.2
        ],
    ),
    # 20. Simplified Chinese pipe table: platform GMV 2023/2024 in 亿元 with a 2024 share column, a 份额变动（百分点）
    #     column (percentage points nowhere) and a 合计 row; an issue number (第3期), take rate, anchor count nowhere
    dict(
        text=(
            "2024年中国直播电商平台GMV格局（单位：亿元）\n"
            "数据来源：澄观研究院《直播电商年度报告》第3期，2025年2月发布\n"
            "\n"
            "| 平台 | 2023年 | 2024年 | 2024年份额 | 份额变动（百分点） |\n"
            "|---|---|---|---|---|\n"
            "| 音浪 | 22,100 | 27,300 | 46.3% | +1.2 |\n"
            "| 闪拍 | 11,600 | 13,900 | 23.6% | -0.1 |\n"
            "| 橙淘直播 | 9,800 | 10,400 | 17.6% | -2.4 |\n"
            "| 微橱 | 2,900 | 4,600 | 7.8% | +1.9 |\n"
            "| 其他 | 2,600 | 2,800 | 4.7% | -0.6 |\n"
            "| 合计 | 49,000 | 59,000 | 100.0% | — |\n"
            "\n"
            "音浪平台抽佣率约4.5%，活跃主播数超过800万。"
        ),
        obs=[
            ("音浪", 2023, 22100, "CNY 100 million", "actual"),
            ("音浪", 2024, 27300, "CNY 100 million", "actual"),
            ("闪拍", 2023, 11600, "CNY 100 million", "actual"),
            ("闪拍", 2024, 13900, "CNY 100 million", "actual"),
            ("橙淘直播", 2023, 9800, "CNY 100 million", "actual"),
            ("橙淘直播", 2024, 10400, "CNY 100 million", "actual"),
            ("微橱", 2023, 2900, "CNY 100 million", "actual"),
            ("微橱", 2024, 4600, "CNY 100 million", "actual"),
            ("其他", 2023, 2600, "CNY 100 million", "actual"),
            ("其他", 2024, 2800, "CNY 100 million", "actual"),
            ("合计", 2023, 49000, "CNY 100 million", "actual"),
            ("合计", 2024, 59000, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 46.3, "percent", 2024, 2024, None),
            ("share", 23.6, "percent", 2024, 2024, None),
            ("share", 17.6, "percent", 2024, 2024, None),
            ("share", 7.8, "percent", 2024, 2024, None),
            ("share", 4.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 27300/59000 = 46.27% -> 46.3
            ("arithmetic", "exact"),  # 13900/59000 = 23.56% -> 23.6
            ("arithmetic", "exact"),  # 10400/59000 = 17.63% -> 17.6
            ("arithmetic", "exact"),  # 4600/59000 = 7.80% -> 7.8
            ("arithmetic", "exact"),  # 2800/59000 = 4.75% (4.746) -> 4.7
            ("hierarchy", "exact"),  # 2023: 22100+11600+9800+2900+2600 = 49000
            ("hierarchy", "exact"),  # 2024: 27300+13900+10400+4600+2800 = 59000
        ],
    ),
    # 21. English prose, sell-side initiation: TAM "$41.5bn by 2030, up from $14.2bn in 2024, a 2024-2030 CAGR";
    #    price target and upside, company revenue, EV/EBITDA multiple, "multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Halvorsen Robotics (HRBT): initiating at Overweight, 12 February 2025. We set a December-2025 price "
            "target of $46, implying 31% upside. Our bottom-up work sizes the total addressable market for "
            "warehouse-orchestration software at $41.5bn by 2030, up from $14.2bn in 2024, a 2024-2030 CAGR of "
            "19.6%. Halvorsen's own revenue was $612m in fiscal 2024, and at 18x CY26 EV/EBITDA the stock trades at "
            "a discount to the peer group. Robotics-as-a-service is a further multibillion-dollar opportunity that "
            "we do not yet model."
        ),
        obs=[
            ("Total", 2030, 41.5, "USD billion", "estimate"),
            ("Total", 2024, 14.2, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (41.5 / 14.2) ** (1/6) - 1 = 2.92254 ** 0.16667 - 1 = 19.571% -> 19.6 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. English prose, S-1 industry data: TAM ("approximately $96 billion") is Total, SAM and SOM items of their
    #    own; TAM forecast for 2028; headcount, provider count, company revenue and its 41% growth nowhere
    dict(
        text=(
            "Excerpt from the Form S-1 of Quillfeather Health, Inc. (Industry and Market Data). According to a "
            "study we commissioned from Marlowe Strategy Partners, our total addressable market (TAM) in the United "
            "States was approximately $96 billion in 2024. Of this, our serviceable addressable market (SAM), "
            "outpatient behavioral-health groups with ten or more clinicians, amounted to $22.8 billion, and our "
            "serviceable obtainable market (SOM) to $3.1 billion. Marlowe projects the TAM will reach $131 billion "
            "by 2028. As of December 31, 2024, we served 1,840 provider organizations with 612 employees, and our "
            "revenue for the year was $148.6 million, up 41% from 2023."
        ),
        obs=[
            ("Total", 2024, 96, "USD billion", "actual"),
            ("SAM", 2024, 22.8, "USD billion", "actual"),
            ("SOM", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2028, 131, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 23. English prose, investor day: TAM "$38 billion in 2024 ... $71 billion in 2029, a compound annual growth
    #    rate of 11%" (span only from the amounts' years -> inferred, contradicted); share target, take rate in
    #    basis points, a quarter's payment volume, headcount and merchant count nowhere
    dict(
        text=(
            "AUSTIN, 18 September 2025 - At its first investor day, Corvane Payments sized the total addressable "
            "market for embedded B2B payments, measured as the revenue pool, at $38 billion in 2024 and said it "
            "would reach $71 billion in 2029, a compound annual growth rate of 11%. Management reiterated its "
            "mid-term goal of a 20% share of that market and guided to a blended take rate of 38 basis points. "
            "Total payment volume rose 27% in the second quarter to $212 billion. The company employs about 3,400 "
            "people and serves 61,000 merchants."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2029, 71, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 11, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (71 / 38) ** (1/5) - 1 = 1.86842 ** 0.2 - 1 = 13.317%; bounds 70.5/38.5 -> 12.861%,
            # 91.5/37.5 -> 13.777%; 11 (10.5-11.5) out of reach -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 24. English prose, dated briefing on live-stream GMV: "US$19bn ... last year, 63% more than the US$11.7bn"
    #    (rounding), "top US$30bn by 2027", top-five share 87%; survey answer, a platform's quarter, take rate
    #    percentage points nowhere
    dict(
        text=(
            "SINGAPORE, 9 June 2025 - Live-stream shopping in Southeast Asia's six largest economies generated "
            "US$19bn of gross merchandise value last year, 63% more than the US$11.7bn recorded in 2023, according "
            "to a briefing note from Tembusu Insight. The five biggest platforms together accounted for 87% of that "
            "GMV. Tembusu expects the market to top US$30bn by 2027, although its merchant survey found that 58% of "
            "sellers plan to cut spending on paid hosts. One listed platform said its own live GMV more than doubled "
            "in the first quarter, lifting its take rate by 1.5 percentage points."
        ),
        obs=[
            ("Total", 2024, 19, "USD billion", "actual"),
            ("Total", 2023, 11.7, "USD billion", "actual"),
            ("Total", 2027, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 63, "percent", 2023, 2024, 1.0),
            ("share", 87, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 19 / 11.7 - 1 = 62.393% -> 62, not 63; bounds 18.5/11.75 - 1 = 57.447%, 19.5/11.65 - 1 = 67.382%;
            # 63 inside -> rounding (share 87: part not printed, no verdict)
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. English prose, HK prospectus industry section: historical CAGR (amounts' years only -> inferred) and
    #    forecast CAGR "from 2024 to 2029" (stated) in one sentence; top-five share and one player's share;
    #    hospital and vet counts, adjusted net margin nowhere
    dict(
        text=(
            "Industry overview (extract from the prospectus of Pawsbury Holdings Limited). According to the "
            "Lanyard Peak report, the market size of pet medical services in China, measured by revenue, increased "
            "from RMB38.6 billion in 2019 to RMB71.2 billion in 2024, representing a CAGR of 13.0%, and is expected "
            "to reach RMB128.5 billion in 2029, at a CAGR of 12.5% from 2024 to 2029. The market remains "
            "fragmented: the five largest chains together held 9.8% of it in 2024, and we ranked second with a "
            "market share of 2.6%. We operated 312 hospitals and clinics staffed by 2,950 veterinarians as of the "
            "Latest Practicable Date, and recorded an adjusted net margin of 7.4%."
        ),
        obs=[
            ("Total", 2019, 38.6, "CNY billion", "actual"),
            ("Total", 2024, 71.2, "CNY billion", "actual"),
            ("Total", 2029, 128.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.0, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 12.5, "percent", 2024, 2029, None, "stated"),
            ("share", 9.8, "percent", 2024, 2024, None),
            ("share", 2.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (71.2 / 38.6) ** 0.2 - 1 = 1.84456 ** 0.2 - 1 = 13.026% -> 13.0 exact
            ("cagr|period", "exact"),
            # (128.5 / 71.2) ** 0.2 - 1 = 1.80478 ** 0.2 - 1 = 12.534% -> 12.5 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 26. Simplified Chinese prose, prospectus on 即时零售: 亿元 series with a 2.1万亿元 forecast (converted to 21000),
    #    inferred historical CAGR and stated 2024年至2029年 CAGR (rounding); 千亿级, 渗透率, own GMV, users,
    #    store count nowhere
    dict(
        text=(
            "行业概览（摘自招股书）：根据沛远咨询的资料，中国即时零售市场规模由2019年的1,826亿元增长至2024年的"
            "7,810亿元，年复合增长率为33.7%，预计到2029年将达到2.1万亿元，2024年至2029年的年复合增长率为22.0%。"
            "即时零售是一个千亿级以上的赛道，但线上渗透率仍仅为5.2%。2024年，本集团平台GMV为312亿元，"
            "年度交易用户约6,800万名，合作门店超过40万家。"
        ),
        obs=[
            ("Total", 2019, 1826, "CNY 100 million", "actual"),
            ("Total", 2024, 7810, "CNY 100 million", "actual"),
            ("Total", 2029, 21000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.7, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (7810 / 1826) ** 0.2 - 1 = 4.27711 ** 0.2 - 1 = 33.730% -> 33.7 exact
            ("cagr|period", "exact"),
            # (21000 / 7810) ** 0.2 - 1 = 2.68886 ** 0.2 - 1 = 21.875% -> 21.9, not 22.0;
            # bounds 20500/7810.5 -> 21.287%, 21500/7809.5 -> 22.451%; 22.0 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Simplified Chinese prose, sell-side 首次覆盖 on 直播电商GMV: series opens in 万亿元 (CNY trillion), 同比增长18%,
    #    "突破8万亿元" forecast; target price and upside, "超过八成" in words, own GMV, 货币化率, P/E nowhere
    dict(
        text=(
            "【首次覆盖】2025年3月18日。我们首次覆盖星岚科技，给予“买入”评级，目标价58.6港元，较现价有32%的上行空间。"
            "据我们统计，2024年中国直播电商GMV约为5.8万亿元，同比增长18%，2023年为4.9万亿元；预计2027年将突破"
            "8万亿元。抖音系、快手系与淘宝直播三家合计份额超过八成。公司2024年自营GMV为3,120亿元，货币化率3.6%，"
            "对应2025年18倍P/E。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2023, 4.9, "CNY trillion", "actual"),
            ("Total", 2027, 8, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 25.8 / 4.9 - 1 = 18.367% -> 18 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 28. Simplified Chinese prose, dated news on 跨境电商: 去年 = 2024, 同比增长14.6% against printed 2023 amount
    #    (inconsistent); export and import parts; share of goods trade, 百分点, firm and warehouse counts nowhere
    dict(
        text=(
            "本报北京2025年1月14日电 海关统计显示，去年我国跨境电商进出口规模达2.63万亿元，同比增长14.6%，"
            "而2023年这一数字为2.38万亿元。其中，出口2.15万亿元，进口0.48万亿元。跨境电商占我国货物贸易进出口的"
            "比重为6.0%，比上年提高0.2个百分点。目前全国跨境电商经营主体已超过12万家，建设海外仓逾2,500个。"
        ),
        obs=[
            ("Total", 2024, 2.63, "CNY trillion", "actual"),
            ("Total", 2023, 2.38, "CNY trillion", "actual"),
            ("出口", 2024, 2.15, "CNY trillion", "actual"),
            ("进口", 2024, 0.48, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 22.63 / 2.38 - 1 = 10.504%; bounds 2.625/2.385 - 1 = 10.063%, 2.635/2.375 - 1 = 10.947%;
            # 34.6 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Traditional Chinese prose, Taiwan industry report: 新台幣億元 (TWD 100 million), 年複合成長率 over amounts'
    #    years (inferred), 預估…可望突破 forecast; "逾九成" in words, courier headcount, commission rate, a listed
    #    company's revenue nowhere
    dict(
        text=(
            "鼎岳產業研究所最新報告指出，台灣即時外送市場規模由2021年的新台幣612億元成長至2024年的新台幣1,048億元，"
            "年複合成長率達19.6%；在生鮮與日用品訂單帶動下，預估2027年可望突破新台幣1,500億元。兩大平台合計市占率"
            "逾九成，市場高度集中。報告亦提到，全台外送員人數約15萬人，平台平均抽成比例約30%。另一家上櫃物流股"
            "2024年營收為新台幣38.2億元，年增12%。"
        ),
        obs=[
            ("Total", 2021, 612, "TWD 100 million", "actual"),
            ("Total", 2024, 1048, "TWD 100 million", "actual"),
            ("Total", 2027, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (1048 / 612) ** (1/3) - 1 = 1.71242 ** 0.33333 - 1 = 19.638% -> 19.6 exact
            ("cagr|period", "exact"),
        ],
    ),
    # 30. Traditional Chinese prose, HK prospectus (億港元): historical 複合年增長率 (inferred) and 2024年至2029年
    #     (stated); top-five share and the group's share; member count and the offer-price range nowhere
    dict(
        text=(
            "行業概覽（節錄自招股章程）：根據卓安諮詢的資料，香港零售電商市場的商品交易總額由2019年的352億港元"
            "增至2024年的648億港元，複合年增長率為13.0%，並預期於2029年達到1,015億港元，2024年至2029年的複合年增長率"
            "為9.4%。市場集中度較高，2024年前五大參與者合共佔市場份額的61.3%，本集團以4.2%的份額位列第四。"
            "於最後實際可行日期，本集團擁有註冊會員約210萬名；發售價範圍為每股股份3.80港元至4.40港元。"
        ),
        obs=[
            ("Total", 2019, 352, "HKD 100 million", "actual"),
            ("Total", 2024, 648, "HKD 100 million", "actual"),
            ("Total", 2029, 1015, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.0, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 9.4, "percent", 2024, 2029, None, "stated"),
            ("share", 61.3, "percent", 2024, 2024, None),
            ("share", 4.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (648 / 352) ** 0.2 - 1 = 1.84091 ** 0.2 - 1 = 12.981% -> 13.0 exact
            ("cagr|period", "exact"),
            # (1015 / 648) ** 0.2 - 1 = 1.56636 ** 0.2 - 1 = 9.390% -> 9.4 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 31. Traditional Chinese prose, Taiwan sell-side 首次評等: 去年/前年/今年 against a 2025 dateline, two
    #     year-on-year rates; target price, upside, P/E, company revenue growth, margin, 百分點 nowhere
    dict(
        text=(
            "【首次評等】2025年4月。我們首次評等雲橋數位為「買進」，目標價新台幣1,280元，潛在上漲空間24%，"
            "對應2026年預估本益比22倍。根據我們的統計，台灣直播電商市場交易規模去年為新台幣415億元，較前年的"
            "新台幣326億元成長27%；今年預估可達新台幣520億元，年增約25%。該公司2024年營收年增41%，毛利率48.5%，"
            "較前一年提升3.1個百分點。"
        ),
        obs=[
            ("Total", 2024, 415, "TWD 100 million", "actual"),
            ("Total", 2023, 326, "TWD 100 million", "actual"),
            ("Total", 2025, 520, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 415 / 326 - 1 = 27.301% -> 27 exact
            ("cagr|implied", "exact"),
            # 520 / 415 - 1 = 25.301% -> 25 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 32. Simplified Chinese prose, brokerage deep-dive on 外卖: a part with 占比 (part and whole printed ->
    #     arithmetic), a second part, growth with no printed base, 左右 forecast; commission-rate range and
    #     order frequency nowhere
    dict(
        text=(
            "2025年2月，一家券商在行业深度报告中写道：2024年中国在线外卖市场交易规模为14,860亿元，同比增长12.1%；"
            "其中餐饮外卖11,240亿元，占比75.6%，非餐品类（药品、生鲜、日用品等）3,620亿元。报告预计2025年市场规模"
            "将增至16,500亿元左右。行业呈双寡头格局，头部平台的佣金率普遍在6%-8%之间，用户月均下单4.3次。"
        ),
        obs=[
            ("Total", 2024, 14860, "CNY 100 million", "actual"),
            ("餐饮外卖", 2024, 11240, "CNY 100 million", "actual"),
            ("非餐品类", 2024, 3620, "CNY 100 million", "actual"),
            ("Total", 2025, 16500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("share", 75.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 11240 / 14860 = 75.639% -> 75.6 exact (growth 12.1: 2023 amount not printed, no verdict)
            ("arithmetic", "exact"),
        ],
    ),
    # 33. Simplified Chinese prose, research-institute report on 二手奢侈品: "五年间增长2.3倍" between two printed
    #     amounts -> x3.3 over 5 years (no verdict), stated 2024-2029 CAGR; 千亿级, gross margin, seller count
    #     nowhere
    dict(
        text=(
            "据艾澜研究院发布的报告，我国二手奢侈品线上交易规模由2019年的186亿元增长至2024年的612亿元，五年间增长"
            "2.3倍，预计2029年将达到1,380亿元，2024-2029年复合增长率为17.7%。报告认为，这是一个千亿级的蓝海市场。"
            "在头部平台中，寄卖业务的毛利率约为52%，平台卖家数已超过80万。"
        ),
        obs=[
            ("Total", 2019, 186, "CNY 100 million", "actual"),
            ("Total", 2024, 612, "CNY 100 million", "actual"),
            ("Total", 2029, 1380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.3, "multiple", 2019, 2024, 5.0),  # 增长2.3倍 -> 2.3 + 1; 612 / 186 = 3.290
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1380 / 612) ** 0.2 - 1 = 2.25490 ** 0.2 - 1 = 17.659% -> 17.7 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 34. Simplified Chinese prose, earnings call: the TAM management sizes is Total; 今年 (2025) an estimate,
    #     去年 2024 actual, 有望超过 2028 estimate; quarter's revenue growth, NRR, customer count, 百分点, "大约是
    #     国内的一半" nowhere
    dict(
        text=(
            "在2025年5月20日举行的一季度业绩电话会上，云栈软件首席执行官表示，公司所处的中国企业级协同SaaS市场总规模"
            "（TAM）今年预计达到1,860亿元，较去年的1,590亿元增长17%，到2028年有望超过3,000亿元。公司一季度收入同比"
            "增长21%，净收入留存率为112%，付费企业客户约1.2万家，毛利率同比提升2.4个百分点。管理层还提到，海外市场的"
            "规模大约是国内的一半。"
        ),
        obs=[
            ("Total", 2025, 1860, "CNY 100 million", "estimate"),
            ("Total", 2024, 1590, "CNY 100 million", "actual"),
            ("Total", 2028, 3000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1860 / 1590 - 1 = 16.981% -> 17 exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 35. English pipe table, consultant's market by segment (yen billion) with historical and E columns, two
    #     CAGR columns with printed spans (stated) and a Total row; figure number and buyer count nowhere
    dict(
        text=(
            "Figure 12 of the Okuda Research industry report, reproduced in the offering circular: Japan online "
            "resale marketplace GMV by category (¥ billion)\n"
            "| Category | 2019 | 2024 | 2029E | CAGR 2019-2024 | CAGR 2024-2029E |\n"
            "|---|---|---|---|---|---|\n"
            "| Fashion | 412 | 705 | 1,040 | 11.3% | 8.1% |\n"
            "| Electronics | 188 | 356 | 560 | 13.6% | 9.5% |\n"
            "| Hobby & collectibles | 96 | 231 | 402 | 19.2% | 11.7% |\n"
            "| Total | 696 | 1,292 | 2,002 | 13.2% | 9.2% |\n"
            "Okuda counts some 18.5 million monthly active buyers across the category."
        ),
        obs=[
            ("Fashion", 2019, 412, "JPY billion", "actual"),
            ("Fashion", 2024, 705, "JPY billion", "actual"),
            ("Fashion", 2029, 1040, "JPY billion", "estimate"),
            ("Electronics", 2019, 188, "JPY billion", "actual"),
            ("Electronics", 2024, 356, "JPY billion", "actual"),
            ("Electronics", 2029, 560, "JPY billion", "estimate"),
            ("Hobby & collectibles", 2019, 96, "JPY billion", "actual"),
            ("Hobby & collectibles", 2024, 231, "JPY billion", "actual"),
            ("Hobby & collectibles", 2029, 402, "JPY billion", "estimate"),
            ("Total", 2019, 696, "JPY billion", "actual"),
            ("Total", 2024, 1292, "JPY billion", "actual"),
            ("Total", 2029, 2002, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.3, "percent", 2019, 2024, None, "stated"),
            ("cagr", 8.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 13.6, "percent", 2019, 2024, None, "stated"),
            ("cagr", 9.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.2, "percent", 2019, 2024, None, "stated"),
            ("cagr", 11.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 13.2, "percent", 2019, 2024, None, "stated"),
            ("cagr", 9.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (705/412)**0.2 - 1 = 11.341% -> 11.3
            ("cagr|implied", "exact"),  # (1040/705)**0.2 - 1 = 8.086% -> 8.1
            ("cagr|implied", "exact"),  # (356/188)**0.2 - 1 = 13.621% -> 13.6
            ("cagr|implied", "exact"),  # (560/356)**0.2 - 1 = 9.483% -> 9.5
            ("cagr|implied", "exact"),  # (231/96)**0.2 - 1 = 19.199% -> 19.2
            ("cagr|implied", "exact"),  # (402/231)**0.2 - 1 = 11.718% -> 11.7
            ("cagr|implied", "exact"),  # (1292/696)**0.2 - 1 = 13.170% -> 13.2
            ("cagr|implied", "exact"),  # (2002/1292)**0.2 - 1 = 9.154% -> 9.2
            ("hierarchy", "exact"),  # 2019: 412 + 188 + 96 = 696
            ("hierarchy", "exact"),  # 2024: 705 + 356 + 231 = 1,292
            ("hierarchy", "exact"),  # 2029E: 1,040 + 560 + 402 = 2,002
        ],
    ),
    # 36. Simplified Chinese tab-separated vertical table: rows are years, a lone value column headed "亿元"
    #     (Total) and a 同比增速 column; table number, title years and source date nowhere
    dict(
        text=(
            "表3 中国生鲜电商交易规模（2020-2025E）\n"
            "年份\t亿元\t同比增速\n"
            "2020\t2,780\t—\n"
            "2021\t3,630\t30.6%\n"
            "2022\t4,520\t24.5%\n"
            "2023\t5,560\t23.0%\n"
            "2024\t6,650\t19.6%\n"
            "2025E\t7,880\t18.5%\n"
            "资料来源：禾川研究院，2025年6月。"
        ),
        obs=[
            ("Total", 2020, 2780, "CNY 100 million", "actual"),
            ("Total", 2021, 3630, "CNY 100 million", "actual"),
            ("Total", 2022, 4520, "CNY 100 million", "actual"),
            ("Total", 2023, 5560, "CNY 100 million", "actual"),
            ("Total", 2024, 6650, "CNY 100 million", "actual"),
            ("Total", 2025, 7880, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2020, 2021, 1.0),
            ("growth", 24.5, "percent", 2021, 2022, 1.0),
            ("growth", 23.0, "percent", 2022, 2023, 1.0),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3630/2780 - 1 = 30.576% -> 30.6
            ("cagr|implied", "exact"),  # 4520/3630 - 1 = 24.518% -> 24.5
            ("cagr|implied", "exact"),  # 5560/4520 - 1 = 23.009% -> 23.0
            ("cagr|implied", "exact"),  # 6650/5560 - 1 = 19.604% -> 19.6
            ("cagr|implied", "exact"),  # 7880/6650 - 1 = 18.496% -> 18.5
        ],
    ),
    # 37. Traditional Chinese space-aligned table: one year's market split by category (億港元) with shares and a
    #     合計 row (its label is the item); the 100.0% total is no claim; the group's own GMV note nowhere
    dict(
        text=(
            "根據卓安諮詢的資料，2024年香港即時零售市場按品類劃分如下（億港元）：\n"
            "品類              2024年     佔比\n"
            "生鮮雜貨            86.4    42.1%\n"
            "餐飲外賣            72.0    35.1%\n"
            "個人護理及藥品      27.5    13.4%\n"
            "其他                19.3     9.4%\n"
            "合計               205.2   100.0%\n"
            "註：本集團2024年於該市場的交易額約為9.6億港元。"
        ),
        obs=[
            ("生鮮雜貨", 2024, 86.4, "HKD 100 million", "actual"),
            ("餐飲外賣", 2024, 72.0, "HKD 100 million", "actual"),
            ("個人護理及藥品", 2024, 27.5, "HKD 100 million", "actual"),
            ("其他", 2024, 19.3, "HKD 100 million", "actual"),
            ("合計", 2024, 205.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 35.1, "percent", 2024, 2024, None),
            ("share", 13.4, "percent", 2024, 2024, None),
            ("share", 9.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 86.4 + 72.0 + 27.5 + 19.3 = 205.2
            ("arithmetic", "exact"),  # 86.4 / 205.2 = 42.105% -> 42.1
            ("arithmetic", "exact"),  # 72.0 / 205.2 = 35.088% -> 35.1
            ("arithmetic", "exact"),  # 27.5 / 205.2 = 13.402% -> 13.4
            ("arithmetic", "exact"),  # 19.3 / 205.2 = 9.405% -> 9.4
        ],
    ),
    # 38. English tab-separated pitch-deck table: TAM row is Total, SAM and SOM rows their own items; a bare
    #     "CAGR" column (span only from the amounts' years -> inferred); the SOM's coarse inputs make 34% a
    #     rounding case; slide number, customer count, ARR and its 3x growth nowhere
    dict(
        text=(
            "Brindle Labs - seed deck, March 2025, slide 7: Market opportunity (US$ billion)\n"
            "Segment\t2024\t2027E\tCAGR\n"
            "TAM\t48.0\t71.5\t14.2%\n"
            "SAM\t12.6\t20.9\t18.4%\n"
            "SOM\t1.1\t2.6\t34%\n"
            "Today we have 42 paying customers and $1.8m in ARR, growing 3x year on year."
        ),
        obs=[
            ("Total", 2024, 48.0, "USD billion", "actual"),
            ("Total", 2027, 71.5, "USD billion", "estimate"),
            ("SAM", 2024, 12.6, "USD billion", "actual"),
            ("SAM", 2027, 20.9, "USD billion", "estimate"),
            ("SOM", 2024, 1.1, "USD billion", "actual"),
            ("SOM", 2027, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 18.4, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (71.5 / 48.0) ** (1/3) - 1 = 1.48958 ** 0.33333 - 1 = 14.206% -> 14.2 exact
            ("cagr|period", "exact"),
            # (20.9 / 12.6) ** (1/3) - 1 = 1.65873 ** 0.33333 - 1 = 18.375% -> 18.4 exact
            ("cagr|period", "exact"),
            # (2.6 / 1.1) ** (1/3) - 1 = 2.36364 ** 0.33333 - 1 = 33.207% -> 33, not 34;
            # bounds 2.55/1.15 -> 30.401%, 2.65/1.05 -> 36.150%; 34 inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 39. English pipe table, competitive landscape by player (US$ million) with an Others row and a Total row;
    #     one printed share (Tiketara 26.5%) its own figures contradict; rank numbers and the rupiah exchange
    #     rate nowhere
    dict(
        text=(
            "Ranking of online travel platforms in Indonesia by gross booking value (GBV), 2024, according to "
            "Selat Advisory:\n"
            "| Rank | Platform | GBV (US$ million) | Market share |\n"
            "|---|---|---|---|\n"
            "| 1 | Jelajah | 3,420 | 38.9% |\n"
            "| 2 | Tiketara | 2,150 | 26.5% |\n"
            "| 3 | Lintas Trip | 1,080 | 12.3% |\n"
            "| - | Others | 2,140 | 24.3% |\n"
            "|   | Total | 8,790 | 100.0% |\n"
            "Note: converted at US$1 = Rp15,800."
        ),
        obs=[
            ("Jelajah", 2024, 3420, "USD million", "actual"),
            ("Tiketara", 2024, 2150, "USD million", "actual"),
            ("Lintas Trip", 2024, 1080, "USD million", "actual"),
            ("Others", 2024, 2140, "USD million", "actual"),
            ("Total", 2024, 8790, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.9, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
            ("share", 24.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 3,420 + 2,150 + 1,080 + 2,140 = 8,790
            ("arithmetic", "exact"),  # 3420 / 8790 = 38.908% -> 38.9
            # 2150 / 8790 = 24.460%; bounds 2149.5/8790.5 = 24.453%, 2150.5/8789.5 = 24.467%; 26.5 -> inconsistent
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 1080 / 8790 = 12.287% -> 12.3
            ("arithmetic", "exact"),  # 2140 / 8790 = 24.346% -> 24.3
        ],
    ),
    # 40. Simplified Chinese space-aligned vertical table with a unit line (万亿元): value column "直播电商GMV" and a
    #     渗透率 column (no share of the market, nowhere); a stated 2021-2024 CAGR (exact) and a one-year rate
    #     to 2025E (rounding) in the line below
    dict(
        text=(
            "单位：万亿元\n"
            "年份      直播电商GMV      渗透率\n"
            "2021          2.27        17.3%\n"
            "2022          3.43        24.3%\n"
            "2023          4.91        31.9%\n"
            "2024          5.81        37.8%\n"
            "2025E         6.70        42.0%\n"
            "2021-2024年复合增长率为36.8%，2025年增速预计放缓至15.4%。"
        ),
        obs=[
            ("直播电商GMV", 2021, 2.27, "CNY trillion", "actual"),
            ("直播电商GMV", 2022, 3.43, "CNY trillion", "actual"),
            ("直播电商GMV", 2023, 4.91, "CNY trillion", "actual"),
            ("直播电商GMV", 2024, 5.81, "CNY trillion", "actual"),
            ("直播电商GMV", 2025, 6.70, "CNY trillion", "estimate"),
        ],
        claims=[
            ("cagr", 36.8, "percent", 2021, 2024, None, "stated"),
            ("growth", 15.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (5.81 / 2.27) ** (1/3) - 1 = 2.55947 ** 0.33333 - 1 = 36.789% -> 36.8 exact
            ("cagr|implied", "exact"),
            # 26.70 / 5.81 - 1 = 15.318% -> 15.3, not 15.4; bounds 6.695/5.815 - 1 = 15.133%,
            # 26.705/5.805 - 1 = 15.504%; 15.4 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 9, 'exact': 93}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'compounding at 18.7% a year',
    'our serviceable obtainable market',
    'representing a CAGR of 13.4% from 2019 to 2024',
    'call it a 12% compound rate',
    '55% more than the US$12.0 billion',
    'took $5.2 billion, or 38%',
    'a 2.4x increase on the 2026 figure',
    'RMB780bn in 2024',
    'SOM (our five launch states, 2025): $120M',
    '2024年至2029年的年复合增长率为13.8%',
    '比2023年的6490亿元增长22.6%',
    '較2023年的338億元成長21.9%',
    '複合年增長率為8.9%',
    '较2020年的1.3万亿元增长3.5倍',
    '| Share, 2024 |',
    '2025年一季度份额',
    'CAGR 2024-27E',
    '| 年增率 |',
    'Share FY2024',
    '份额变动（百分点）',
    'a 2024-2030 CAGR of',
    'serviceable addressable market (SAM)',
    'a compound annual growth rate of 11%',
    '63% more than the US$11.7bn',
    'representing a CAGR of 13.0%',
    '2024年至2029年的年复合增长率为22.0%',
    '约为5.8万亿元，同比增长18%',
    '去年我国跨境电商进出口规模达2.63万亿元',
    '年複合成長率達19.6%',
    '2024年至2029年的複合年增長率',
    '較前年的新台幣326億元成長27%',
    '占比75.6%',
    '五年间增长2.3倍',
    '总规模（TAM）今年预计达到',
    '| CAGR 2019-2024 | CAGR 2024-2029E |',
    '年份\t亿元\t同比增速',
    '合計               205.2',
    'SOM\t1.1\t2.6\t34%',
    '| - | Others | 2,140 |',
    '2021-2024年复合增长率为36.8%',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 202 figures, 58 rates,
#: 93 verdicts and 3 false inconsistent on the code before the readings chosen on the hundredth and
#: hundred-and-second sets; 206, 58, 97 and 3 after them
#: (a meeting's month read as the text's date, "2025年1月召开的…会议", found one figure more and lost one rate)
#: one false inconsistent more (2) after the readings chosen on the hundred-and-thirty-sixth and
#: hundred-and-thirty-eighth sets
FLOORS = {"figures_found": 208, "rates_found": 58, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset103.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
