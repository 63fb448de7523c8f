"""An eighty-fourth check set for the extractor, written blind: market research from across Asia as its publishers
release it, in English and Chinese -- Japanese research houses' English releases ("on a manufacturer shipment value
basis", "108.5% of the previous fiscal year", fiscal years from April, yen in billions and trillions), Korean
agencies' won beside dollars (won is no observation), Taiwan's institutes (產值, 新台幣億元, 兆元, 年成長率, 民國年),
Hong Kong's 億港元, India's crore beside US$ figures, Singapore's and Malaysia's own currencies with US$ in brackets,
and "前年比108.5%" rates -- and tables as analysts paste them from spreadsheets, CSV/TSV exports and web pages: wide
tables of many years, quarterly columns beside annual ones, YoY rows and columns, totals and subtotals labelled in
many ways, flattened merged headers, "n.a." and dashes, negative changes in brackets, footnote marks, unit lines
above and source and note lines below.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Japanese research house English release: "on a manufacturer shipment value basis", "FY2024 (April 2024 to
    #    March 2025)", "108.5% of the previous fiscal year's ¥90.8 billion" (a rise of 8.5%), FY2025 forecast at
    #    "106.9% of the previous year", FY2030 forecast; survey count (64 makers) expected nowhere
    dict(
        text=(
            "TOKYO, July 22, 2025 — Genryu Research Institute today published its survey of collaborative robots in "
            "Japan. The domestic market size for FY2024 (April 2024 to March 2025) reached ¥98.5 billion on a "
            "manufacturer shipment value basis, 108.5% of the previous fiscal year's ¥90.8 billion, as food processors "
            "and third-party logistics sites added cobots to cover labour shortages. The institute forecasts ¥105.3 "
            "billion for FY2025, 106.9% of the previous year, and ¥162.0 billion for FY2030. The survey covered 64 "
            "robot makers and system integrators between February and May 2025."
        ),
        obs=[
            ("Total", 2023, 90.8, "JPY billion", "actual"),
            ("Total", 2024, 98.5, "JPY billion", "actual"),
            ("Total", 2025, 105.3, "JPY billion", "estimate"),
            ("Total", 2030, 162.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 8.5, "percent", 2023, 2024, 1.0),  # "108.5% of the previous fiscal year's"
            ("growth", 6.9, "percent", 2024, 2025, 1.0),  # "106.9% of the previous year"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 98.5 / 90.8 - 1 = 8.480% -> 8.5
            ("cagr|implied", "exact"),  # 105.3 / 98.5 - 1 = 6.904% -> 6.9
        ],
    ),
    # 2. Korean association: US$ figures beside a won total ("KRW 5.6 trillion" nowhere), a member's won sales,
    #    an adoption rate up "3.1 percentage points to 27.4%" (no share of the market), 284 members; the 11.2% rise
    #    holds only within rounding
    dict(
        text=(
            "SEOUL, 3 June 2025 — Korea's smart-factory solutions market grew to US$4.12 billion last year from "
            "US$3.70 billion in 2023, an increase of 11.2%, the Gyeongnam Smart Manufacturing Association (GSMA) said "
            "in its annual white paper. In local currency the market came to KRW 5.6 trillion. The share of small "
            "manufacturers running at least one connected production line rose 3.1 percentage points to 27.4%, "
            "according to the association, which has 284 member companies. Its largest member, Haedeung Automation, "
            "booked sales of KRW 812 billion. GSMA projects the market at US$6.3 billion in 2028."
        ),
        obs=[
            ("Total", 2024, 4.12, "USD billion", "actual"),
            ("Total", 2023, 3.70, "USD billion", "actual"),
            ("Total", 2028, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 11.2, "percent", 2023, 2024, 1.0),  # "an increase of 11.2%"
        ],
        verdicts=[
            # 4.12 / 3.70 - 1 = 11.351% -> 11.4, not 11.2; bounds 4.115/3.705 - 1 = 11.066% .. 4.125/3.695 - 1
            # = 11.637%, which holds 11.2 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Indian report: US$ figure beside crore ("(₹18,900 crore)" nowhere), a part with its share, a stated CAGR
    #    "over FY2024-30"; a ₹ price target, its 18% upside and a 46,000 headcount nowhere
    dict(
        text=(
            "MUMBAI, 12 August 2025 — India's digital-payments processing market earned US$2.27 billion (₹18,900 "
            "crore) in FY2024, according to a report from Ganeshwadi Analytics. Merchant acquiring accounted for "
            "US$0.86 billion, or 37.9% of that total. The firm expects the market to climb to US$6.1 billion by "
            "FY2030, a compound annual growth rate of 17.9% over FY2024-30. It set a ₹1,240 price target on listed "
            "processor Gharana Pay, about 18% above the current share price, and counted 46,000 people employed "
            "across the sector."
        ),
        obs=[
            ("Total", 2024, 2.27, "USD billion", "actual"),
            ("Merchant acquiring", 2024, 0.86, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 37.9, "percent", 2024, 2024, None),  # "or 37.9% of that total"
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),  # "17.9% over FY2024-30"
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.86 / 2.27 = 37.885% -> 37.9
            ("cagr|implied", "exact"),  # (6.1 / 2.27) ** (1/6) - 1 = 17.910% -> 17.9
        ],
    ),
    # 4. Singapore consultancy in US$ only; "this year" figure an estimate; S$ fund with its US$ conversion, a CIO
    #    poll (62%, 310 CIOs) and a Malaysian RM commitment with bracketed US$ conversion all nowhere
    dict(
        text=(
            "SINGAPORE, 25 February 2025 — Enterprise spending on AI software in Singapore reached US$1.32 billion in "
            "2024, up 24.5% from US$1.06 billion a year earlier, Gallantry Partners said in its annual outlook. The "
            "consultancy expects US$1.61 billion this year, helped by the government's S$500 million (US$370 "
            "million) national compute programme. In a poll of 310 chief information officers, 62% said they would "
            "raise AI budgets in 2025. Across the causeway, Malaysian data-centre operators committed RM12.4 billion "
            "(US$2.8 billion) in new investment during the year."
        ),
        obs=[
            ("Total", 2024, 1.32, "USD billion", "actual"),
            ("Total", 2023, 1.06, "USD billion", "actual"),
            ("Total", 2025, 1.61, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),  # "up 24.5% from US$1.06 billion a year earlier"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.32 / 1.06 - 1 = 24.528% -> 24.5
        ],
    ),
    # 5. Hong Kong English release in HK$ billion: "last year" = 2024, part with share, "this year" estimate;
    #    a fourth-quarter figure, a provider's revenue and operating margin nowhere
    dict(
        text=(
            "HONG KONG, 8 April 2025 — Hong Kong's cloud services market reached HK$18.7 billion last year, a rise "
            "of 17.6% on 2023's HK$15.9 billion, according to research house Goldharbour Insights. Public cloud "
            "accounted for HK$11.2 billion, or 59.9% of the total, with private and hybrid deployments making up the "
            "rest. Spending in the fourth quarter alone was HK$5.1 billion. Goldharbour expects HK$21.5 billion this "
            "year as banks move core workloads off their own servers. The largest local provider, Gantry Data, "
            "reported revenue of HK$2.3 billion at an operating margin of 14%."
        ),
        obs=[
            ("Total", 2024, 18.7, "HKD billion", "actual"),
            ("Total", 2023, 15.9, "HKD billion", "actual"),
            ("Public cloud", 2024, 11.2, "HKD billion", "actual"),
            ("Total", 2025, 21.5, "HKD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),  # "a rise of 17.6%"
            ("share", 59.9, "percent", 2024, 2024, None),  # "or 59.9% of the total"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.7 / 15.9 - 1 = 17.610% -> 17.6
            ("arithmetic", "exact"),  # 11.2 / 18.7 = 59.893% -> 59.9
        ],
    ),
    # 6. Japanese house, "JPY 2,385.0 billion" then "exceed 3.1 trillion yen for FY2030" (series unit JPY billion:
    #    3100); "112.4% of the previous fiscal year" contradicted by its own FY2023 figure; stated CAGR
    #    "from FY2024 to FY2030"; a cost share ("roughly 40% of operators' costs") and interview counts nowhere
    dict(
        text=(
            "Gyoko Market Intelligence said on 9 October 2025 that the domestic data-center services market for "
            "FY2024 (April 2024 to March 2025) came to JPY 2,385.0 billion, 112.4% of the previous fiscal year; it "
            "revised its FY2023 figure to JPY 2,160.0 billion. Hyperscale colocation drove the gain, while "
            "enterprise-owned server rooms kept shrinking. The firm expects the market to exceed 3.1 trillion yen for "
            "FY2030, a CAGR of 4.5% from FY2024 to FY2030. Electricity accounts for roughly 40% of operators' costs, "
            "Gyoko noted, after interviewing 38 operators and 12 utilities."
        ),
        obs=[
            ("Total", 2024, 2385.0, "JPY billion", "actual"),
            ("Total", 2023, 2160.0, "JPY billion", "actual"),
            ("Total", 2030, 3100.0, "JPY billion", "estimate"),  # "exceed 3.1 trillion yen", converted
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),  # "112.4% of the previous fiscal year"
            ("cagr", 4.5, "percent", 2024, 2030, None, "stated"),  # "from FY2024 to FY2030"
        ],
        verdicts=[
            # 2385.0 / 2160.0 - 1 = 10.417%; bounds 2384.95/2160.05 - 1 = 10.412% .. 2385.05/2159.95 - 1 = 10.422%;
            # 12.4 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3100 / 2385) ** (1/6) - 1 = 4.467% -> 4.5
        ],
    ),
    # 7. Taiwan institute in English: "rose 7.8% to NT$486.2 billion ... from NT$451.0 billion", "top NT$1.02
    #    trillion by 2032" (series unit TWD billion: 1020); a fourth-quarter figure, "about two thirds", firm and
    #    employee counts nowhere
    dict(
        text=(
            "TAIPEI, 20 March 2025 — Taiwan's smart-machinery output value rose 7.8% to NT$486.2 billion in 2024 from "
            "NT$451.0 billion in 2023, the Gaoyuan Industrial Technology Institute said on Thursday. Fourth-quarter "
            "output alone was NT$131.5 billion, lifted by orders for automated AI-server assembly lines. The "
            "institute projects the sector will top NT$1.02 trillion by 2032. Exports took about two thirds of "
            "shipments, and the 1,900 firms in the survey employed 87,000 people."
        ),
        obs=[
            ("Total", 2024, 486.2, "TWD billion", "actual"),
            ("Total", 2023, 451.0, "TWD billion", "actual"),
            ("Total", 2032, 1020.0, "TWD billion", "estimate"),  # "top NT$1.02 trillion", converted
        ],
        claims=[
            ("growth", 7.8, "percent", 2023, 2024, 1.0),  # "rose 7.8%"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486.2 / 451.0 - 1 = 7.805% -> 7.8
        ],
    ),
    # 8. Investor day: a company's total addressable market is the market (Total); "a 2.8x expansion" multiple,
    #    "about 29% a year" CAGR with no printed span (inferred, cagr|period); the company's share target, its
    #    ¥ revenue guidance (JPY, still nowhere), margin, price target and upside nowhere
    dict(
        text=(
            "OSAKA, 18 February 2025 — At its first investor day, Ginkai Robotics sized the total addressable market "
            "for autonomous mobile robots in Asia at US$6.5 billion in 2024 and said it expects that market to reach "
            "US$18 billion in 2028, a 2.8x expansion implying compound growth of about 29% a year. Chief executive "
            "Haruto Gima said the company aims to lift its share of the market to 15% by 2028 from roughly 6% "
            "today. Ginkai guided revenue of ¥142 billion for fiscal 2025 with an operating margin of 11%, and the "
            "average broker price target of ¥4,800 implies 22% upside."
        ),
        obs=[
            ("Total", 2024, 6.5, "USD billion", "actual"),
            ("Total", 2028, 18.0, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2024, 2028, 4.0),  # "a 2.8x expansion"
            ("cagr", 29.0, "percent", 2024, 2028, None, "inferred"),  # "about 29% a year", span from the amounts
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (18 / 6.5) ** (1/4) - 1 = 29.000% -> 29
        ],
    ),
    # 9. Traditional Chinese, Taiwan institute with 民國 years (113年 = 2024, 112年 = 2023, 114年 = 2025), 新台幣億元,
    #    a part with its share; firm count (約1,240家) and headcount (逾4.6萬人) nowhere
    dict(
        text=(
            "國豐產業研究院於114年3月發布報告指出，113年臺灣智慧製造產值達新台幣2,865億元，較112年的2,621億元成長9.3%。"
            "其中，工業物聯網平台產值為742億元，占整體產值的25.9%。研究院預估，在半導體與電子組裝廠持續擴大投資下，"
            "114年產值可望達3,120億元。報告另統計，全臺投入智慧製造的廠商約1,240家，從業人員逾4.6萬人。"
        ),
        obs=[
            ("Total", 2024, 2865, "TWD 100 million", "actual"),
            ("Total", 2023, 2621, "TWD 100 million", "actual"),
            ("工業物聯網平台", 2024, 742, "TWD 100 million", "actual"),
            ("Total", 2025, 3120, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.3, "percent", 2023, 2024, 1.0),  # 成長9.3%
            ("share", 25.9, "percent", 2024, 2024, None),  # 占整體產值的25.9%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2865 / 2621 - 1 = 9.309% -> 9.3
            ("arithmetic", "exact"),  # 742 / 2865 = 25.899% -> 25.9
        ],
    ),
    # 10. Traditional Chinese, Taiwan: 年增24.3%, a 114年 growth rate with no amount (claim, no verdict),
    #     "117年可望突破1兆元" (2028; series opened in 億元 -> 10000 TWD 100 million); a quarter's figure and
    #     個百分點 nowhere
    dict(
        text=(
            "冠宇科技政策研究中心於114年2月公布最新統計，112年臺灣資料中心產值為新台幣1,862億元，113年成長至2,315億元，"
            "年增24.3%，主要受惠於AI伺服器機房建置需求。其中113年第四季單季產值達681億元。該中心預估，114年產值年成長率"
            "約18%，117年可望突破1兆元。同期臺灣資料中心產值占全球比重提高1.2個百分點。"
        ),
        obs=[
            ("Total", 2023, 1862, "TWD 100 million", "actual"),
            ("Total", 2024, 2315, "TWD 100 million", "actual"),
            ("Total", 2028, 10000, "TWD 100 million", "estimate"),  # 突破1兆元 = 10000 億元
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),  # 年增24.3%
            ("growth", 18.0, "percent", 2024, 2025, 1.0),  # 114年產值年成長率約18% (no 114年 amount: no verdict)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2315 / 1862 - 1 = 24.329% -> 24.3
        ],
    ),
    # 11. Traditional Chinese, Hong Kong, 億港元: growth holds only within rounding; a company's 去年收入 in 億港元,
    #     its 三成 share target and a merchant survey (71%, 1,020 merchants) nowhere
    dict(
        text=(
            "（2025年5月，香港）嘉港資訊研究發表報告指出，2024年香港電子支付市場規模為129億港元，較2023年的112億港元"
            "增長14.9%。報告預計，受跨境消費帶動，2027年市場規模將達到200億港元。龍頭企業金滙通去年收入為38億港元，"
            "公司定下三成市佔率目標。在受訪的1,020名商戶中，有71%表示已接受二維碼付款。"
        ),
        obs=[
            ("Total", 2024, 129, "HKD 100 million", "actual"),
            ("Total", 2023, 112, "HKD 100 million", "actual"),
            ("Total", 2027, 200, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),  # 增長14.9%
        ],
        verdicts=[
            # 129 / 112 - 1 = 15.179% -> 15.2, not 14.9; bounds 128.5/112.5 - 1 = 14.222% .. 129.5/111.5 - 1
            # = 16.143%, which holds 14.9 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Simplified Chinese white paper: the title year (《2025...白皮书》) nowhere; 同比增长 with its base printed;
    #     较2020年增长3倍 (x3 over 4 years, no verdict); 突破1200亿元 at its printed figure; 千亿级, firm count and
    #     毛利率 nowhere
    dict(
        text=(
            "广钧智库2025年1月发布的《2025中国服务机器人产业白皮书》显示，2024年我国服务机器人市场规模为658亿元，较2023年的"
            "561亿元同比增长17.3%，较2020年增长3倍。其中，商用清洁机器人市场规模为96亿元。白皮书预计，2027年市场规模将突破"
            "1200亿元，千亿级市场指日可待。目前行业内共有企业约3,400家，头部企业毛利率普遍在35%左右。"
        ),
        obs=[
            ("Total", 2024, 658, "CNY 100 million", "actual"),
            ("Total", 2023, 561, "CNY 100 million", "actual"),
            ("商用清洁机器人", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),  # 同比增长17.3%
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 较2020年增长3倍
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 658 / 561 - 1 = 17.291% -> 17.3
        ],
    ),
    # 13. Simplified Chinese, a series opening in 万亿元 (unit CNY trillion): the 2023 base "8,950亿元" converted to
    #     0.895; stated 2024—2028 CAGR; a Q1 slowdown in 个百分点 and a vendor's cloud revenue nowhere
    dict(
        text=(
            "（2025年4月）广衡信息研究院最新发布的数据显示，2024年我国云计算市场规模达1.08万亿元，较2023年的8,950亿元同比"
            "增长20.7%。研究院预计，到2028年市场规模将超过2.3万亿元，2024—2028年复合增长率约为20.8%。不过，2025年第一季度"
            "市场增速较上年同期回落3.4个百分点。头部厂商广云科技2024年云业务营收为1,102亿元。"
        ),
        obs=[
            ("Total", 2024, 1.08, "CNY trillion", "actual"),
            ("Total", 2023, 0.895, "CNY trillion", "actual"),  # 8,950亿元 in the series' unit
            ("Total", 2028, 2.3, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2023, 2024, 1.0),  # 同比增长20.7%
            ("cagr", 20.8, "percent", 2024, 2028, None, "stated"),  # 2024—2028年复合增长率约为20.8%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.08 / 0.895 - 1 = 20.670% -> 20.7
            ("cagr|implied", "exact"),  # (2.3 / 1.08) ** (1/4) - 1 = 20.803% -> 20.8
        ],
    ),
    # 14. Simplified Chinese, storage batteries: 同比增长18.6% contradicted by the printed 2023 base; a part with
    #     占比; 约占九成以上 (share in words), a leader's 营收 and 净利率 nowhere
    dict(
        text=(
            "广渊储能研究中心2025年3月发布的数据显示，2024年中国储能电池市场规模为1,860亿元，同比增长18.6%，2023年该市场"
            "规模为1,530亿元。其中，工商业储能电池市场规模为413亿元，占比22.2%。从技术路线看，磷酸铁锂电池约占九成以上"
            "出货量。行业龙头公司全年营收为365亿元，净利率7.9%。研究中心预计2025年市场规模将达到2,150亿元。"
        ),
        obs=[
            ("Total", 2024, 1860, "CNY 100 million", "actual"),
            ("Total", 2023, 1530, "CNY 100 million", "actual"),
            ("工商业储能电池", 2024, 413, "CNY 100 million", "actual"),
            ("Total", 2025, 2150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),  # 同比增长18.6%
            ("share", 22.2, "percent", 2024, 2024, None),  # 占比22.2%
        ],
        verdicts=[
            # 1860 / 1530 - 1 = 21.569%; bounds 1859.5/1530.5 - 1 = 21.496% .. 1860.5/1529.5 - 1 = 21.641%;
            # 18.6 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 413 / 1860 = 22.204% -> 22.2
        ],
    ),
    # 15. Simplified Chinese release of a Japanese research house: 按厂商出货金额计, 2024财年（2024年4月至2025年3月）,
    #     亿日元 (JPY 100 million), 前年比108.5% (a rise of 8.5%), a 2030财年 range as two value claims; the count of
    #     52 surveyed firms nowhere
    dict(
        text=(
            "东京（2025年8月）——玄洋综合研究所发布的调查结果显示，2024财年（2024年4月至2025年3月）日本国内电动汽车充电设备"
            "市场规模（按厂商出货金额计）为1,234亿日元，前年比108.5%；2023财年为1,137亿日元。该所预测，随着公寓和高速公路"
            "服务区加快布设快充桩，2030财年市场规模将达到1,900亿至2,100亿日元。本次调查对象为国内52家充电设备厂商及运营商。"
        ),
        obs=[
            ("Total", 2024, 1234, "JPY 100 million", "actual"),
            ("Total", 2023, 1137, "JPY 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.5, "percent", 2023, 2024, 1.0),  # 前年比108.5%
            ("value", 1900, "JPY 100 million", 2030, 2030, None),  # range low end
            ("value", 2100, "JPY 100 million", 2030, 2030, None),  # range high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1234 / 1137 - 1 = 8.531% -> 8.5
        ],
    ),
    # 16. English pipe table, Japanese fiscal years with an "e" column (estimate), unit "(¥ billion)" in the title,
    #     a Total row adding exactly in every column; a prose "116.7% of the previous fiscal year" under it;
    #     title years and a vendor count nowhere
    dict(
        text=(
            "Japan AI software market by segment, FY2023-FY2025e (¥ billion, vendor sales basis)\n"
            "Source: Gensai Research, June 2025\n"
            "\n"
            "| Segment | FY2023 | FY2024 | FY2025e |\n"
            "|---|---:|---:|---:|\n"
            "| Conversational AI | 142.6 | 171.3 | 205.8 |\n"
            "| Image and video analytics | 98.4 | 110.2 | 121.7 |\n"
            "| Forecasting and optimisation | 76.5 | 88.9 | 102.4 |\n"
            "| Total | 317.5 | 370.4 | 429.9 |\n"
            "\n"
            "In FY2024 the market reached 116.7% of the previous fiscal year. Gensai surveyed 96 vendors."
        ),
        obs=[
            ("Conversational AI", 2023, 142.6, "JPY billion", "actual"),
            ("Conversational AI", 2024, 171.3, "JPY billion", "actual"),
            ("Conversational AI", 2025, 205.8, "JPY billion", "estimate"),
            ("Image and video analytics", 2023, 98.4, "JPY billion", "actual"),
            ("Image and video analytics", 2024, 110.2, "JPY billion", "actual"),
            ("Image and video analytics", 2025, 121.7, "JPY billion", "estimate"),
            ("Forecasting and optimisation", 2023, 76.5, "JPY billion", "actual"),
            ("Forecasting and optimisation", 2024, 88.9, "JPY billion", "actual"),
            ("Forecasting and optimisation", 2025, 102.4, "JPY billion", "estimate"),
            ("Total", 2023, 317.5, "JPY billion", "actual"),
            ("Total", 2024, 370.4, "JPY billion", "actual"),
            ("Total", 2025, 429.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),  # "116.7% of the previous fiscal year"
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 142.6 + 98.4 + 76.5 = 317.5
            ("hierarchy", "exact"),  # FY2024: 171.3 + 110.2 + 88.9 = 370.4
            ("hierarchy", "exact"),  # FY2025e: 205.8 + 121.7 + 102.4 = 429.9
            ("cagr|implied", "exact"),  # 370.4 / 317.5 - 1 = 16.661% -> 16.7
        ],
    ),
    # 17. Chinese tab-separated vertical table (rows are years), a lone value column headed by its unit only
    #     ("亿元") = Total, a 同比增长 column, a 2025E row (estimate), "—" for the first year; the note's firm count
    #     nowhere
    dict(
        text=(
            "广澜咨询：中国智能工厂解决方案市场规模\n"
            "年份\t亿元\t同比增长\n"
            "2021\t1,486\t—\n"
            "2022\t1,702\t14.5%\n"
            "2023\t1,958\t15.0%\n"
            "2024\t2,231\t13.9%\n"
            "2025E\t2,541\t13.9%\n"
            "注：2025E为预测值；数据发布于2025年6月，样本覆盖企业312家。"
        ),
        obs=[
            ("Total", 2021, 1486, "CNY 100 million", "actual"),
            ("Total", 2022, 1702, "CNY 100 million", "actual"),
            ("Total", 2023, 1958, "CNY 100 million", "actual"),
            ("Total", 2024, 2231, "CNY 100 million", "actual"),
            ("Total", 2025, 2541, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2021, 2022, 1.0),
            ("growth", 15.0, "percent", 2022, 2023, 1.0),
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1702 / 1486 - 1 = 14.536% -> 14.5
            ("cagr|implied", "exact"),  # 1958 / 1702 - 1 = 15.041% -> 15.0
            ("cagr|implied", "exact"),  # 2231 / 1958 - 1 = 13.943% -> 13.9
            ("cagr|implied", "exact"),  # 2541 / 2231 - 1 = 13.895% -> 13.9
        ],
    ),
    # 18. English space-aligned table, Taiwan, unit "(NT$100 million)", an F column (estimate), totals off by one
    #     in 2023 and 2024 (rounding) and exact in 2025F, a rounding note; a share line under it
    dict(
        text=(
            "Taiwan IC packaging and testing output value (NT$100 million)\n"
            "Guoxin Semiconductor Research Center, January 2025\n"
            "\n"
            "Segment                    2023     2024    2025F\n"
            "Advanced packaging        1,842    2,296    2,870\n"
            "Conventional packaging    2,315    2,268    2,231\n"
            "Testing                   1,706    1,812    1,935\n"
            "Total                     5,864    6,377    7,036\n"
            "Note: totals may not add due to rounding.\n"
            "\n"
            "Advanced packaging is forecast to make up 40.8% of output in 2025."
        ),
        obs=[
            ("Advanced packaging", 2023, 1842, "TWD 100 million", "actual"),
            ("Advanced packaging", 2024, 2296, "TWD 100 million", "actual"),
            ("Advanced packaging", 2025, 2870, "TWD 100 million", "estimate"),
            ("Conventional packaging", 2023, 2315, "TWD 100 million", "actual"),
            ("Conventional packaging", 2024, 2268, "TWD 100 million", "actual"),
            ("Conventional packaging", 2025, 2231, "TWD 100 million", "estimate"),
            ("Testing", 2023, 1706, "TWD 100 million", "actual"),
            ("Testing", 2024, 1812, "TWD 100 million", "actual"),
            ("Testing", 2025, 1935, "TWD 100 million", "estimate"),
            ("Total", 2023, 5864, "TWD 100 million", "actual"),
            ("Total", 2024, 6377, "TWD 100 million", "actual"),
            ("Total", 2025, 7036, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.8, "percent", 2025, 2025, None),  # "40.8% of output in 2025"
        ],
        verdicts=[
            # 2023: 1842 + 2315 + 1706 = 5863 vs 5864; rows at +0.5 each reach 5864.5, total down to 5863.5 ->
            # rounding
            ("hierarchy", "rounding"),
            # 2024: 2296 + 2268 + 1812 = 6376 vs 6377; rows up to 6377.5, total 6376.5..6377.5 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 2870 + 2231 + 1935 = 7036
            ("arithmetic", "exact"),  # 2870 / 7036 = 40.790% -> 40.8
        ],
    ),
    # 19. Simplified Chinese pipe table with a 占比 column and a 合计 row at 100.0% (no claim); the year and unit in the
    #     value header (2024年规模（亿元）); an operator survey (58% of 186) nowhere
    dict(
        text=(
            "2024年中国数据中心液冷市场结构\n"
            "| 细分领域 | 2024年规模（亿元） | 占比 |\n"
            "| --- | --- | --- |\n"
            "| 冷板式液冷 | 148.6 | 66.3% |\n"
            "| 浸没式液冷 | 61.2 | 27.3% |\n"
            "| 喷淋式及其他 | 14.4 | 6.4% |\n"
            "| 合计 | 224.2 | 100.0% |\n"
            "资料来源：广拓研究，2025年2月。另据调研，受访的186家数据中心运营商中有58%计划在两年内部署液冷。"
        ),
        obs=[
            ("冷板式液冷", 2024, 148.6, "CNY 100 million", "actual"),
            ("浸没式液冷", 2024, 61.2, "CNY 100 million", "actual"),
            ("喷淋式及其他", 2024, 14.4, "CNY 100 million", "actual"),
            ("合计", 2024, 224.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 66.3, "percent", 2024, 2024, None),
            ("share", 27.3, "percent", 2024, 2024, None),
            ("share", 6.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 148.6 / 224.2 = 66.280% -> 66.3
            ("arithmetic", "exact"),  # 61.2 / 224.2 = 27.297% -> 27.3
            ("arithmetic", "exact"),  # 14.4 / 224.2 = 6.423% -> 6.4
            ("hierarchy", "exact"),  # 148.6 + 61.2 + 14.4 = 224.2
        ],
    ),
    # 20. English TSV table from India: a ₹ crore column (nowhere) beside US$ million columns, an F column
    #     (estimate), a Total row adding exactly; a stated CAGR "between FY2024 and FY2029" in the line below
    dict(
        text=(
            "India EV battery pack market by vehicle segment\n"
            "Segment\tFY2024 (₹ crore)\tFY2024 (US$ million)\tFY2029F (US$ million)\n"
            "Two-wheelers\t9,450\t1,139\t3,020\n"
            "Three-wheelers\t3,120\t376\t890\n"
            "Passenger cars\t5,280\t636\t2,410\n"
            "Commercial vehicles\t1,010\t122\t560\n"
            "Total\t18,860\t2,273\t6,880\n"
            "Source: Gaurang Mobility Research, July 2025. The firm expects the total to grow at a 24.8% CAGR "
            "between FY2024 and FY2029."
        ),
        obs=[
            ("Two-wheelers", 2024, 1139, "USD million", "actual"),
            ("Two-wheelers", 2029, 3020, "USD million", "estimate"),
            ("Three-wheelers", 2024, 376, "USD million", "actual"),
            ("Three-wheelers", 2029, 890, "USD million", "estimate"),
            ("Passenger cars", 2024, 636, "USD million", "actual"),
            ("Passenger cars", 2029, 2410, "USD million", "estimate"),
            ("Commercial vehicles", 2024, 122, "USD million", "actual"),
            ("Commercial vehicles", 2029, 560, "USD million", "estimate"),
            ("Total", 2024, 2273, "USD million", "actual"),
            ("Total", 2029, 6880, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),  # "between FY2024 and FY2029"
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2024 US$: 1139 + 376 + 636 + 122 = 2273
            ("hierarchy", "exact"),  # FY2029F US$: 3020 + 890 + 2410 + 560 = 6880
            ("cagr|implied", "exact"),  # (6880 / 2273) ** (1/5) - 1 = 24.795% -> 24.8
        ],
    ),
    # 21. English news with a dateline: "€412 million ... last year, up 18% from €349 million in 2023"; a later
    #    figure in another scale of the series' currency ("€0.49 billion this year" -> 490 EUR million, estimate);
    #    a quarter's commitments, an integrator's own revenue, a headcount and "a multibillion-euro opportunity"
    #    are expected nowhere
    dict(
        text=(
            "HALDANE BAY, 11 June 2025 — Port operators across Europe spent €412 million on private 5G networks "
            "last year, up 18% from €349 million in 2023, according to a tally kept by Hennacre Research. The "
            "consultancy expects spending to climb to €0.49 billion this year as container terminals automate "
            "cranes and straddle carriers. Operators committed €97 million in the first quarter alone. Tessaly "
            "Networks, the largest integrator in the niche, booked €61 million of port revenue in 2024 and now "
            "employs 240 radio engineers. Hennacre calls the wider shift to automated terminals a "
            "multibillion-euro opportunity by the end of the decade."
        ),
        obs=[
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2023, 349, "EUR million", "actual"),
            ("Total", 2025, 490, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 349 - 1 = 18.05% -> 18 (printed without decimals)
        ],
    ),

    # 22. English pipe table pasted from a web page: wide year columns 2020-2027E, a "Total" row with a thousands
    #    separator, a "CAGR 24-27E" column (stated span 2024-2027 for each row); table number, title years and
    #    the interview count are boilerplate
    dict(
        text=(
            "Table 3: Global AMR fleet software market by segment, 2020-2027E (USD millions)\n"
            "| Segment | 2020 | 2021 | 2022 | 2023 | 2024 | 2025E | 2026E | 2027E | CAGR 24-27E |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n"
            "| Navigation & mapping | 142 | 176 | 219 | 261 | 305 | 352 | 401 | 455 | 14.3% |\n"
            "| Fleet orchestration | 98 | 131 | 172 | 220 | 274 | 338 | 409 | 487 | 21.1% |\n"
            "| Analytics & simulation | 35 | 47 | 66 | 88 | 117 | 152 | 193 | 241 | 27.2% |\n"
            "| Total | 275 | 354 | 457 | 569 | 696 | 842 | 1,003 | 1,183 | 19.3% |\n"
            "Source: Hyrne Advisory AMR tracker; vendor interviews (n=38)."
        ),
        obs=[
            ("Navigation & mapping", 2020, 142, "USD million", "actual"),
            ("Navigation & mapping", 2021, 176, "USD million", "actual"),
            ("Navigation & mapping", 2022, 219, "USD million", "actual"),
            ("Navigation & mapping", 2023, 261, "USD million", "actual"),
            ("Navigation & mapping", 2024, 305, "USD million", "actual"),
            ("Navigation & mapping", 2025, 352, "USD million", "estimate"),
            ("Navigation & mapping", 2026, 401, "USD million", "estimate"),
            ("Navigation & mapping", 2027, 455, "USD million", "estimate"),
            ("Fleet orchestration", 2020, 98, "USD million", "actual"),
            ("Fleet orchestration", 2021, 131, "USD million", "actual"),
            ("Fleet orchestration", 2022, 172, "USD million", "actual"),
            ("Fleet orchestration", 2023, 220, "USD million", "actual"),
            ("Fleet orchestration", 2024, 274, "USD million", "actual"),
            ("Fleet orchestration", 2025, 338, "USD million", "estimate"),
            ("Fleet orchestration", 2026, 409, "USD million", "estimate"),
            ("Fleet orchestration", 2027, 487, "USD million", "estimate"),
            ("Analytics & simulation", 2020, 35, "USD million", "actual"),
            ("Analytics & simulation", 2021, 47, "USD million", "actual"),
            ("Analytics & simulation", 2022, 66, "USD million", "actual"),
            ("Analytics & simulation", 2023, 88, "USD million", "actual"),
            ("Analytics & simulation", 2024, 117, "USD million", "actual"),
            ("Analytics & simulation", 2025, 152, "USD million", "estimate"),
            ("Analytics & simulation", 2026, 193, "USD million", "estimate"),
            ("Analytics & simulation", 2027, 241, "USD million", "estimate"),
            ("Total", 2020, 275, "USD million", "actual"),
            ("Total", 2021, 354, "USD million", "actual"),
            ("Total", 2022, 457, "USD million", "actual"),
            ("Total", 2023, 569, "USD million", "actual"),
            ("Total", 2024, 696, "USD million", "actual"),
            ("Total", 2025, 842, "USD million", "estimate"),
            ("Total", 2026, 1003, "USD million", "estimate"),
            ("Total", 2027, 1183, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.3, "percent", 2024, 2027, None, "stated"),  # Navigation & mapping
            ("cagr", 21.1, "percent", 2024, 2027, None, "stated"),  # Fleet orchestration
            ("cagr", 27.2, "percent", 2024, 2027, None, "stated"),  # Analytics & simulation
            ("cagr", 19.3, "percent", 2024, 2027, None, "stated"),  # Total
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2020: 142 + 98 + 35 = 275
            ("hierarchy", "exact"),  # 2021: 176 + 131 + 47 = 354
            ("hierarchy", "exact"),  # 2022: 219 + 172 + 66 = 457
            ("hierarchy", "exact"),  # 2023: 261 + 220 + 88 = 569
            ("hierarchy", "exact"),  # 2024: 305 + 274 + 117 = 696
            ("hierarchy", "exact"),  # 2025E: 352 + 338 + 152 = 842
            ("hierarchy", "exact"),  # 2026E: 401 + 409 + 193 = 1003
            ("hierarchy", "exact"),  # 2027E: 455 + 487 + 241 = 1183
            ("cagr|implied", "exact"),  # (455 / 305) ** (1/3) - 1 = 14.26% -> 14.3
            ("cagr|implied", "exact"),  # (487 / 274) ** (1/3) - 1 = 21.13% -> 21.1
            ("cagr|implied", "exact"),  # (241 / 117) ** (1/3) - 1 = 27.24% -> 27.2
            ("cagr|implied", "exact"),  # (1183 / 696) ** (1/3) - 1 = 19.34% -> 19.3
        ],
    ),

    # 23. Simplified Chinese news: 亿元 series that later prints 1.05万亿元 (expected 10500 in the series' unit),
    #    "突破3300亿元" at its printed figure, a year-on-year rate and a stated 2024—2030 CAGR; firm count,
    #    "约占四成", "千亿级" and a company's own revenue expected nowhere
    dict(
        text=(
            "2025年3月18日，恒泽数据发布《工业互联网平台发展白皮书》称，2024年我国工业互联网平台市场规模达到2860亿元，"
            "较2023年的2459亿元同比增长16.3%。报告预计，2025年市场规模将突破3300亿元，到2030年有望达到1.05万亿元，"
            "2024—2030年复合增长率约为24.2%。目前国内具有一定影响力的平台企业已超过340家，头部平台约占四成市场份额。"
            "业内普遍认为，设备预测性维护将是下一个千亿级应用场景。平台龙头衡岳科技去年营收为58.7亿元。"
        ),
        obs=[
            ("Total", 2023, 2459, "CNY 100 million", "actual"),
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2025, 3300, "CNY 100 million", "estimate"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
            ("cagr", 24.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2860 / 2459 - 1 = 16.31% -> 16.3
            ("cagr|implied", "exact"),  # (10500 / 2860) ** (1/6) - 1 = 24.20% -> 24.2
        ],
    ),

    # 24. TSV export mixing annual (FY2023, FY2024) and quarterly columns; only the FY columns are the years'
    #    figures; "n.a." cells; "Grand total" row; FY2024 total adds only within rounding
    dict(
        text=(
            "Industrial IoT gateways - worldwide revenue by segment (USD millions)\n"
            "Segment\tFY2023\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY2024\tQ1 2025\tQ2 2025\n"
            "Hardware\t371.8\t95.2\t101.7\t104.9\t110.5\t412.3\t103.6\tn.a.\n"
            "Software\t241.0\t66.3\t70.4\t73.2\t78.7\t288.6\t75.1\tn.a.\n"
            "Services\t133.5\t35.1\t36.8\t38.2\t40.3\t150.4\t38.9\tn.a.\n"
            "Grand total\t746.3\t196.6\t208.9\t216.3\t229.5\t851.4\t217.6\tn.a.\n"
            "Note: totals may not add due to rounding. Q2 2025 not yet reported."
        ),
        obs=[
            ("Hardware", 2023, 371.8, "USD million", "actual"),
            ("Hardware", 2024, 412.3, "USD million", "actual"),
            ("Software", 2023, 241.0, "USD million", "actual"),
            ("Software", 2024, 288.6, "USD million", "actual"),
            ("Services", 2023, 133.5, "USD million", "actual"),
            ("Services", 2024, 150.4, "USD million", "actual"),
            ("Grand total", 2023, 746.3, "USD million", "actual"),
            ("Grand total", 2024, 851.4, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 371.8 + 241.0 + 133.5 = 746.3
            ("hierarchy", "rounding"),  # FY2024: 412.3 + 288.6 + 150.4 = 851.3 -> not 851.4; parts at +-0.05 each
                                        # give 851.15..851.45, which reaches the printed 851.4 (851.35..851.45)
        ],
    ),

    # 25. space-aligned table with region subtotals over indented countries and a "Grand total"; Asia-Pacific's
    #    2025F subtotal contradicts its countries
    dict(
        text=(
            "Cloud contact-centre software revenue by region (USD bn)\n"
            "Region                     2024     2025F\n"
            "Europe                     4.73      5.37\n"
            "  Germany                  1.42      1.63\n"
            "  France                   0.97      1.10\n"
            "  United Kingdom           1.28      1.45\n"
            "  Rest of Europe           1.06      1.19\n"
            "Asia-Pacific               2.47      3.12\n"
            "  Japan                    1.15      1.27\n"
            "  Australia                0.44      0.51\n"
            "  Rest of Asia-Pacific     0.88      1.04\n"
            "North America              6.21      6.88\n"
            "Grand total               13.41     15.37\n"
            "Source: Halloran Kest estimates; F = forecast. Regional rows are subtotals of the countries beneath them."
        ),
        obs=[
            ("Europe", 2024, 4.73, "USD billion", "actual"),
            ("Europe", 2025, 5.37, "USD billion", "estimate"),
            ("Germany", 2024, 1.42, "USD billion", "actual"),
            ("Germany", 2025, 1.63, "USD billion", "estimate"),
            ("France", 2024, 0.97, "USD billion", "actual"),
            ("France", 2025, 1.10, "USD billion", "estimate"),
            ("United Kingdom", 2024, 1.28, "USD billion", "actual"),
            ("United Kingdom", 2025, 1.45, "USD billion", "estimate"),
            ("Rest of Europe", 2024, 1.06, "USD billion", "actual"),
            ("Rest of Europe", 2025, 1.19, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 2.47, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 3.12, "USD billion", "estimate"),
            ("Japan", 2024, 1.15, "USD billion", "actual"),
            ("Japan", 2025, 1.27, "USD billion", "estimate"),
            ("Australia", 2024, 0.44, "USD billion", "actual"),
            ("Australia", 2025, 0.51, "USD billion", "estimate"),
            ("Rest of Asia-Pacific", 2024, 0.88, "USD billion", "actual"),
            ("Rest of Asia-Pacific", 2025, 1.04, "USD billion", "estimate"),
            ("North America", 2024, 6.21, "USD billion", "actual"),
            ("North America", 2025, 6.88, "USD billion", "estimate"),
            ("Grand total", 2024, 13.41, "USD billion", "actual"),
            ("Grand total", 2025, 15.37, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # Europe 2024: 1.42 + 0.97 + 1.28 + 1.06 = 4.73
            ("hierarchy", "exact"),         # Asia-Pacific 2024: 1.15 + 0.44 + 0.88 = 2.47
            ("hierarchy", "exact"),         # Grand total 2024: 4.73 + 2.47 + 6.21 = 13.41
            ("hierarchy", "exact"),         # Europe 2025F: 1.63 + 1.10 + 1.45 + 1.19 = 5.37
            ("hierarchy", "inconsistent"),  # Asia-Pacific 2025F: 1.27 + 0.51 + 1.04 = 2.82, bounds 2.805..2.835,
                                            # printed 3.12 (3.115..3.125) out of reach
            ("hierarchy", "exact"),         # Grand total 2025F: 5.37 + 3.12 + 6.88 = 15.37 (printed subtotals)
        ],
    ),

    # 26. English earnings call: a company's total addressable market (Total) for fiscal 2024 and fiscal 2028 and
    #    "a compound annual growth rate of 14.0%" whose span only the amounts give (inferred), true only within
    #    rounding; the company's quarterly revenue, margin, percentage points of share, headcount and an
    #    analyst's price target and upside expected nowhere
    dict(
        text=(
            "Harwick Grid Software - Q3 fiscal 2025 earnings call, 6 May 2025. Chief executive Odile Brannock: "
            "\"We size the total addressable market for grid-edge orchestration software at $18.5 billion in "
            "fiscal 2024 and $31 billion in fiscal 2028. That works out to a compound annual growth rate of 14.0%. "
            "Our own revenue in the quarter was $212 million, up 9% year on year, and gross margin held at 71%. "
            "We gained roughly 3 percentage points of share with municipal utilities and ended the quarter with "
            "1,900 employees.\" Analyst Piers Lomond of Calder Hythe kept his $84 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 18.5, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (31 / 18.5) ** (1/4) - 1 = 13.78% -> 13.8, not 14.0; with 31 +-0.5 and
                                          # 38.5 +-0.05: (30.5/18.55)^(1/4)-1 = 13.24% .. (31.5/18.45)^(1/4)-1 =
                                          # 34.31%, which covers 14.0
        ],
    ),

    # 27. CSV export of a vertical table (rows are years) with a lone value column headed by its unit only
    #    ("USD bn" -> Total) and a YoY column with a minus sign and "n.a."; 2025E/2026E estimates; the
    #    2023 YoY holds only within rounding
    dict(
        text=(
            "Pasted from the Hollins Marr data portal (downloaded 14 March 2025); e-signature software worldwide, "
            "licences and subscriptions only.\n"
            "Year,USD bn,YoY (%)\n"
            "2018,1.92,n.a.\n"
            "2019,2.31,20.3\n"
            "2020,2.24,-3.0\n"
            "2021,2.88,28.6\n"
            "2022,3.41,18.4\n"
            "2023,3.86,13.4\n"
            "2024,4.37,13.2\n"
            "2025E,4.95,13.3\n"
            "2026E,5.58,12.7"
        ),
        obs=[
            ("Total", 2018, 1.92, "USD billion", "actual"),
            ("Total", 2019, 2.31, "USD billion", "actual"),
            ("Total", 2020, 2.24, "USD billion", "actual"),
            ("Total", 2021, 2.88, "USD billion", "actual"),
            ("Total", 2022, 3.41, "USD billion", "actual"),
            ("Total", 2023, 3.86, "USD billion", "actual"),
            ("Total", 2024, 4.37, "USD billion", "actual"),
            ("Total", 2025, 4.95, "USD billion", "estimate"),
            ("Total", 2026, 5.58, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.3, "percent", 2018, 2019, 1.0),
            ("growth", -3.0, "percent", 2019, 2020, 1.0),
            ("growth", 28.6, "percent", 2020, 2021, 1.0),
            ("growth", 18.4, "percent", 2021, 2022, 1.0),
            ("growth", 13.4, "percent", 2022, 2023, 1.0),
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
            ("growth", 13.3, "percent", 2024, 2025, 1.0),
            ("growth", 12.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 2.31 / 1.92 - 1 = 20.31% -> 20.3
            ("cagr|implied", "exact"),     # 2.24 / 2.31 - 1 = -3.03% -> -3.0
            ("cagr|implied", "exact"),     # 2.88 / 2.24 - 1 = 28.57% -> 28.6
            ("cagr|implied", "exact"),     # 3.41 / 2.88 - 1 = 18.40% -> 18.4
            ("cagr|implied", "rounding"),  # 3.86 / 3.41 - 1 = 13.20% -> 13.2, not 13.4; bounds 3.855/3.415 - 1 =
                                           # 32.88% .. 3.865/3.405 - 1 = 13.51%, covers 13.4
            ("cagr|implied", "exact"),     # 4.37 / 3.86 - 1 = 13.21% -> 13.2
            ("cagr|implied", "exact"),     # 4.95 / 4.37 - 1 = 13.27% -> 13.3
            ("cagr|implied", "exact"),     # 5.58 / 4.95 - 1 = 12.73% -> 12.7
        ],
    ),

    # 28. Simplified Chinese pipe table, unit in the title (单位：亿元), 合计 row, E columns and a 2024年占比 column
    #    (shares of 2024 with part and whole printed; the 100.0% total is no claim)
    dict(
        text=(
            "表2 中国智能座舱软件市场规模及结构（单位：亿元）\n"
            "| 细分 | 2021 | 2022 | 2023 | 2024 | 2025E | 2026E | 2024年占比 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 操作系统 | 58.4 | 71.2 | 86.9 | 104.3 | 123.8 | 145.0 | 34.5% |\n"
            "| 中间件 | 31.7 | 40.5 | 52.8 | 66.1 | 82.4 | 101.6 | 21.9% |\n"
            "| 应用软件 | 77.5 | 92.6 | 110.3 | 131.8 | 154.2 | 178.9 | 43.6% |\n"
            "| 合计 | 167.6 | 204.3 | 250.0 | 302.2 | 360.4 | 425.5 | 100.0% |\n"
            "资料来源：衡川智库整理，E为预测值。"
        ),
        obs=[
            ("操作系统", 2021, 58.4, "CNY 100 million", "actual"),
            ("操作系统", 2022, 71.2, "CNY 100 million", "actual"),
            ("操作系统", 2023, 86.9, "CNY 100 million", "actual"),
            ("操作系统", 2024, 104.3, "CNY 100 million", "actual"),
            ("操作系统", 2025, 123.8, "CNY 100 million", "estimate"),
            ("操作系统", 2026, 145.0, "CNY 100 million", "estimate"),
            ("中间件", 2021, 31.7, "CNY 100 million", "actual"),
            ("中间件", 2022, 40.5, "CNY 100 million", "actual"),
            ("中间件", 2023, 52.8, "CNY 100 million", "actual"),
            ("中间件", 2024, 66.1, "CNY 100 million", "actual"),
            ("中间件", 2025, 82.4, "CNY 100 million", "estimate"),
            ("中间件", 2026, 101.6, "CNY 100 million", "estimate"),
            ("应用软件", 2021, 77.5, "CNY 100 million", "actual"),
            ("应用软件", 2022, 92.6, "CNY 100 million", "actual"),
            ("应用软件", 2023, 110.3, "CNY 100 million", "actual"),
            ("应用软件", 2024, 131.8, "CNY 100 million", "actual"),
            ("应用软件", 2025, 154.2, "CNY 100 million", "estimate"),
            ("应用软件", 2026, 178.9, "CNY 100 million", "estimate"),
            ("合计", 2021, 167.6, "CNY 100 million", "actual"),
            ("合计", 2022, 204.3, "CNY 100 million", "actual"),
            ("合计", 2023, 250.0, "CNY 100 million", "actual"),
            ("合计", 2024, 302.2, "CNY 100 million", "actual"),
            ("合计", 2025, 360.4, "CNY 100 million", "estimate"),
            ("合计", 2026, 425.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 34.5, "percent", 2024, 2024, None),  # 操作系统
            ("share", 21.9, "percent", 2024, 2024, None),  # 中间件
            ("share", 43.6, "percent", 2024, 2024, None),  # 应用软件
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2021: 58.4 + 31.7 + 77.5 = 167.6
            ("hierarchy", "exact"),   # 2022: 71.2 + 40.5 + 92.6 = 204.3
            ("hierarchy", "exact"),   # 2023: 86.9 + 52.8 + 110.3 = 250.0
            ("hierarchy", "exact"),   # 2024: 104.3 + 66.1 + 131.8 = 302.2
            ("hierarchy", "exact"),   # 2025E: 123.8 + 82.4 + 154.2 = 360.4
            ("hierarchy", "exact"),   # 2026E: 145.0 + 101.6 + 178.9 = 425.5
            ("arithmetic", "exact"),  # 104.3 / 302.2 = 34.51% -> 34.5
            ("arithmetic", "exact"),  # 66.1 / 302.2 = 21.87% -> 21.9
            ("arithmetic", "exact"),  # 131.8 / 302.2 = 43.61% -> 43.6
        ],
    ),

    # 29. Traditional Chinese news (Taiwan): 新台幣億元 series, "年增12.6%" that holds only within rounding, "今年"
    #    estimate with its own exact rate, "上看800億元" for 2027; percentage points, a survey answer, a
    #    respondent count and a company's half-year revenue expected nowhere
    dict(
        text=(
            "【台北訊】2025年8月12日 — 華翊顧問今日發布調查指出，台灣智慧製造軟體市場規模2024年達新台幣486億元，"
            "較2023年的431億元年增12.6%。華翊預估，今年市場將成長至552億元，年增約13.6%，2027年更上看800億元。"
            "雲端訂閱模式的營收占比較去年提升3.2個百分點；受訪的1,200家製造業者中，有46%表示將在兩年內導入生產排程系統。"
            "龍頭業者翊程軟體上半年營收為新台幣31.5億元。"
        ),
        obs=[
            ("Total", 2023, 431, "TWD 100 million", "actual"),
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2025, 552, "TWD 100 million", "estimate"),
            ("Total", 2027, 800, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("growth", 13.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 431 - 1 = 12.76% -> 12.8, not 12.6; bounds 485.5/431.5 - 1 =
                                           # 32.51% .. 486.5/430.5 - 1 = 13.01%, covers 12.6
            ("cagr|implied", "exact"),     # 552 / 486 - 1 = 13.58% -> 13.6
        ],
    ),

    # 30. Simplified Chinese TSV with thousands separators, unit line 单位：百万元 (CNY million), 总计 row, an E
    #     column and a CAGR(2020-2024) column with "—" for one row; note and source lines below (interviewee count)
    dict(
        text=(
            "国内数据标注服务市场规模\n"
            "单位：百万元\n"
            "类别\t2020\t2021\t2022\t2023\t2024\t2025E\tCAGR(2020-2024)\n"
            "图像标注\t1,860\t2,240\t2,710\t3,150\t3,620\t4,130\t18.1%\n"
            "语音标注\t920\t1,050\t1,180\t1,290\t1,410\t1,540\t11.3%\n"
            "文本标注\t640\t810\t1,060\t1,420\t1,880\t2,450\t30.9%\n"
            "其他\t210\t240\t280\t330\t390\t460\t—\n"
            "总计\t3,630\t4,340\t5,230\t6,190\t7,300\t8,580\t19.1%\n"
            "注：“其他”含视频及点云标注；总计可能因四舍五入与分项之和略有出入。\n"
            "数据来源：弘衡数据，基于对62家标注服务商的访谈。"
        ),
        obs=[
            ("图像标注", 2020, 1860, "CNY million", "actual"),
            ("图像标注", 2021, 2240, "CNY million", "actual"),
            ("图像标注", 2022, 2710, "CNY million", "actual"),
            ("图像标注", 2023, 3150, "CNY million", "actual"),
            ("图像标注", 2024, 3620, "CNY million", "actual"),
            ("图像标注", 2025, 4130, "CNY million", "estimate"),
            ("语音标注", 2020, 920, "CNY million", "actual"),
            ("语音标注", 2021, 1050, "CNY million", "actual"),
            ("语音标注", 2022, 1180, "CNY million", "actual"),
            ("语音标注", 2023, 1290, "CNY million", "actual"),
            ("语音标注", 2024, 1410, "CNY million", "actual"),
            ("语音标注", 2025, 1540, "CNY million", "estimate"),
            ("文本标注", 2020, 640, "CNY million", "actual"),
            ("文本标注", 2021, 810, "CNY million", "actual"),
            ("文本标注", 2022, 1060, "CNY million", "actual"),
            ("文本标注", 2023, 1420, "CNY million", "actual"),
            ("文本标注", 2024, 1880, "CNY million", "actual"),
            ("文本标注", 2025, 2450, "CNY million", "estimate"),
            ("其他", 2020, 210, "CNY million", "actual"),
            ("其他", 2021, 240, "CNY million", "actual"),
            ("其他", 2022, 280, "CNY million", "actual"),
            ("其他", 2023, 330, "CNY million", "actual"),
            ("其他", 2024, 390, "CNY million", "actual"),
            ("其他", 2025, 460, "CNY million", "estimate"),
            ("总计", 2020, 3630, "CNY million", "actual"),
            ("总计", 2021, 4340, "CNY million", "actual"),
            ("总计", 2022, 5230, "CNY million", "actual"),
            ("总计", 2023, 6190, "CNY million", "actual"),
            ("总计", 2024, 7300, "CNY million", "actual"),
            ("总计", 2025, 8580, "CNY million", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2020, 2024, None, "stated"),  # 图像标注
            ("cagr", 11.3, "percent", 2020, 2024, None, "stated"),  # 语音标注
            ("cagr", 30.9, "percent", 2020, 2024, None, "stated"),  # 文本标注
            ("cagr", 19.1, "percent", 2020, 2024, None, "stated"),  # 总计
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2020: 1860 + 920 + 640 + 210 = 3630
            ("hierarchy", "exact"),     # 2021: 2240 + 1050 + 810 + 240 = 4340
            ("hierarchy", "exact"),     # 2022: 2710 + 1180 + 1060 + 280 = 5230
            ("hierarchy", "exact"),     # 2023: 3150 + 1290 + 1420 + 330 = 6190
            ("hierarchy", "exact"),     # 2024: 3620 + 1410 + 1880 + 390 = 7300
            ("hierarchy", "exact"),     # 2025E: 4130 + 1540 + 2450 + 460 = 8580
            ("cagr|implied", "exact"),  # (3620 / 1860) ** (1/4) - 1 = 18.11% -> 18.1
            ("cagr|implied", "exact"),  # (1410 / 920) ** (1/4) - 1 = 11.26% -> 11.3
            ("cagr|implied", "exact"),  # (1880 / 640) ** (1/4) - 1 = 30.92% -> 30.9
            ("cagr|implied", "exact"),  # (7300 / 3630) ** (1/4) - 1 = 19.08% -> 19.1
        ],
    ),

    # 31. Traditional Chinese space-aligned table (單位：新台幣億元), 總計 row and a 年增率(%) row for the total
    #     with "—" and a bracketed decline "(1.0)"; 2025F estimate
    dict(
        text=(
            "台灣資安服務市場規模（單位：新台幣億元）\n"
            "項目          2021     2022     2023     2024    2025F\n"
            "網路安全      98.6    104.2    101.5    112.8    124.0\n"
            "端點安全      61.3     66.0     63.1     70.4     77.9\n"
            "雲端安全      22.4     30.1     33.7     42.6     53.8\n"
            "總計         182.3    200.3    198.3    225.8    255.7\n"
            "年增率(%)       —      9.9    (1.0)     13.9     13.2\n"
            "資料來源：鴻岳產業研究；F為預估值。"
        ),
        obs=[
            ("網路安全", 2021, 98.6, "TWD 100 million", "actual"),
            ("網路安全", 2022, 104.2, "TWD 100 million", "actual"),
            ("網路安全", 2023, 101.5, "TWD 100 million", "actual"),
            ("網路安全", 2024, 112.8, "TWD 100 million", "actual"),
            ("網路安全", 2025, 124.0, "TWD 100 million", "estimate"),
            ("端點安全", 2021, 61.3, "TWD 100 million", "actual"),
            ("端點安全", 2022, 66.0, "TWD 100 million", "actual"),
            ("端點安全", 2023, 63.1, "TWD 100 million", "actual"),
            ("端點安全", 2024, 70.4, "TWD 100 million", "actual"),
            ("端點安全", 2025, 77.9, "TWD 100 million", "estimate"),
            ("雲端安全", 2021, 22.4, "TWD 100 million", "actual"),
            ("雲端安全", 2022, 30.1, "TWD 100 million", "actual"),
            ("雲端安全", 2023, 33.7, "TWD 100 million", "actual"),
            ("雲端安全", 2024, 42.6, "TWD 100 million", "actual"),
            ("雲端安全", 2025, 53.8, "TWD 100 million", "estimate"),
            ("總計", 2021, 182.3, "TWD 100 million", "actual"),
            ("總計", 2022, 200.3, "TWD 100 million", "actual"),
            ("總計", 2023, 198.3, "TWD 100 million", "actual"),
            ("總計", 2024, 225.8, "TWD 100 million", "actual"),
            ("總計", 2025, 255.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.9, "percent", 2021, 2022, 1.0),
            ("growth", -1.0, "percent", 2022, 2023, 1.0),
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2021: 98.6 + 61.3 + 22.4 = 182.3
            ("hierarchy", "exact"),     # 2022: 104.2 + 66.0 + 30.1 = 200.3
            ("hierarchy", "exact"),     # 2023: 101.5 + 63.1 + 33.7 = 198.3
            ("hierarchy", "exact"),     # 2024: 112.8 + 70.4 + 42.6 = 225.8
            ("hierarchy", "exact"),     # 2025F: 124.0 + 77.9 + 53.8 = 255.7
            ("cagr|implied", "exact"),  # 200.3 / 182.3 - 1 = 9.87% -> 9.9
            ("cagr|implied", "exact"),  # 198.3 / 200.3 - 1 = -1.00% -> -1.0
            ("cagr|implied", "exact"),  # 225.8 / 198.3 - 1 = 13.87% -> 13.9
            ("cagr|implied", "exact"),  # 255.7 / 225.8 - 1 = 13.24% -> 13.2
        ],
    ),

    # 32. English client briefing: shares with part and whole printed ("$2.2 billion of that, or 62%" only within
    #     rounding; "$0.9 billion, or 25%" exact); percentage points, a survey answer, a respondent count and a
    #     rack power figure expected nowhere; 2025 (the dateline's year) an estimate
    dict(
        text=(
            "Holtby Partners - client briefing, 9 September 2025. US spending on data-centre liquid cooling reached "
            "$3.6 billion in 2024. Direct-to-chip cooling accounted for $2.2 billion of that, or 62%, and immersion "
            "cooling for $0.9 billion, or 25%; direct-to-chip's share rose 7 percentage points on the year. Holtby "
            "expects the US market to reach $4.5 billion in 2025 as racks above 80 kW become standard. In Holtby's "
            "survey of 140 colocation operators, 58% said they plan to retrofit at least one hall within two years."
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Direct-to-chip cooling", 2024, 2.2, "USD billion", "actual"),
            ("Immersion cooling", 2024, 0.9, "USD billion", "actual"),
            ("Total", 2025, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 2.2 / 3.6 = 61.11% -> 61, not 62; bounds 2.15/3.65 = 58.90% ..
                                         # 22.25/3.55 = 63.38%, covers 62
            ("arithmetic", "exact"),     # 0.9 / 3.6 = 25.00% -> 25
        ],
    ),

    # 33. CSV with merged header cells flattened by copy-paste ("Actual,,,Forecast,,"), unit line "(€ bn)",
    #     an "All segments" total row; the Forecast columns are estimates; 2026 adds only within rounding
    dict(
        text=(
            "European edge AI hardware market\n"
            "(€ bn)\n"
            "Segment,Actual,,,Forecast,,\n"
            ",2022,2023,2024,2025,2026,2027\n"
            "Edge AI accelerators,1.84,2.37,3.02,3.81,4.70,5.66\n"
            "Smart cameras,2.15,2.48,2.83,3.20,3.58,3.97\n"
            "Industrial gateways,0.96,1.12,1.31,1.52,1.74,1.98\n"
            "All segments,4.95,5.97,7.16,8.53,10.03,11.61\n"
            "Source: Hatfield Orme, June 2025. Totals may not add due to rounding."
        ),
        obs=[
            ("Edge AI accelerators", 2022, 1.84, "EUR billion", "actual"),
            ("Edge AI accelerators", 2023, 2.37, "EUR billion", "actual"),
            ("Edge AI accelerators", 2024, 3.02, "EUR billion", "actual"),
            ("Edge AI accelerators", 2025, 3.81, "EUR billion", "estimate"),
            ("Edge AI accelerators", 2026, 4.70, "EUR billion", "estimate"),
            ("Edge AI accelerators", 2027, 5.66, "EUR billion", "estimate"),
            ("Smart cameras", 2022, 2.15, "EUR billion", "actual"),
            ("Smart cameras", 2023, 2.48, "EUR billion", "actual"),
            ("Smart cameras", 2024, 2.83, "EUR billion", "actual"),
            ("Smart cameras", 2025, 3.20, "EUR billion", "estimate"),
            ("Smart cameras", 2026, 3.58, "EUR billion", "estimate"),
            ("Smart cameras", 2027, 3.97, "EUR billion", "estimate"),
            ("Industrial gateways", 2022, 0.96, "EUR billion", "actual"),
            ("Industrial gateways", 2023, 1.12, "EUR billion", "actual"),
            ("Industrial gateways", 2024, 1.31, "EUR billion", "actual"),
            ("Industrial gateways", 2025, 1.52, "EUR billion", "estimate"),
            ("Industrial gateways", 2026, 1.74, "EUR billion", "estimate"),
            ("Industrial gateways", 2027, 1.98, "EUR billion", "estimate"),
            ("All segments", 2022, 4.95, "EUR billion", "actual"),
            ("All segments", 2023, 5.97, "EUR billion", "actual"),
            ("All segments", 2024, 7.16, "EUR billion", "actual"),
            ("All segments", 2025, 8.53, "EUR billion", "estimate"),
            ("All segments", 2026, 10.03, "EUR billion", "estimate"),
            ("All segments", 2027, 11.61, "EUR billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 1.84 + 2.15 + 0.96 = 4.95
            ("hierarchy", "exact"),     # 2023: 2.37 + 2.48 + 1.12 = 5.97
            ("hierarchy", "exact"),     # 2024: 3.02 + 2.83 + 1.31 = 7.16
            ("hierarchy", "exact"),     # 2025: 3.81 + 3.20 + 1.52 = 8.53
            ("hierarchy", "rounding"),  # 2026: 4.70 + 3.58 + 1.74 = 10.02, not 10.03; parts at +-0.005 each give
                                        # 30.005..10.035, which reaches 10.03 (10.025..10.035)
            ("hierarchy", "exact"),     # 2027: 5.66 + 3.97 + 1.98 = 11.61
        ],
    ),

    # 34. English pipe table with alignment row, thousands separators with decimals, footnote letters after
    #     cells ("4,702.4a"), a "YoY 2024" column, a footnote line, a rounding note and a source line with a
    #     district count; 2024 total adds only within rounding
    dict(
        text=(
            "US K-12 education technology spending (USD millions)\n"
            "| Category | 2020 | 2021 | 2022 | 2023 | 2024 | YoY 2024 |\n"
            "|:--|--:|--:|--:|--:|--:|--:|\n"
            "| Learning platforms | 3,412.6 | 4,105.3 | 4,388.9 | 4,702.4a | 5,031.7 | 7.0% |\n"
            "| Assessment tools | 1,184.2 | 1,296.8 | 1,350.5 | 1,427.1a | 1,519.6 | 6.5% |\n"
            "| Classroom hardware | 2,906.0 | 3,870.4 | 3,214.7 | 3,058.2 | 3,199.5 | 4.6% |\n"
            "| Total | 7,502.8 | 9,272.5 | 8,954.1 | 9,187.7 | 9,750.9 | 6.1% |\n"
            "a Restated in March 2025 after tutoring subscriptions were moved out of Learning platforms.\n"
            "Note: totals may not add due to rounding. Source: Heslop Data procurement panel covering 1,140 "
            "school districts."
        ),
        obs=[
            ("Learning platforms", 2020, 3412.6, "USD million", "actual"),
            ("Learning platforms", 2021, 4105.3, "USD million", "actual"),
            ("Learning platforms", 2022, 4388.9, "USD million", "actual"),
            ("Learning platforms", 2023, 4702.4, "USD million", "actual"),
            ("Learning platforms", 2024, 5031.7, "USD million", "actual"),
            ("Assessment tools", 2020, 1184.2, "USD million", "actual"),
            ("Assessment tools", 2021, 1296.8, "USD million", "actual"),
            ("Assessment tools", 2022, 1350.5, "USD million", "actual"),
            ("Assessment tools", 2023, 1427.1, "USD million", "actual"),
            ("Assessment tools", 2024, 1519.6, "USD million", "actual"),
            ("Classroom hardware", 2020, 2906.0, "USD million", "actual"),
            ("Classroom hardware", 2021, 3870.4, "USD million", "actual"),
            ("Classroom hardware", 2022, 3214.7, "USD million", "actual"),
            ("Classroom hardware", 2023, 3058.2, "USD million", "actual"),
            ("Classroom hardware", 2024, 3199.5, "USD million", "actual"),
            ("Total", 2020, 7502.8, "USD million", "actual"),
            ("Total", 2021, 9272.5, "USD million", "actual"),
            ("Total", 2022, 8954.1, "USD million", "actual"),
            ("Total", 2023, 9187.7, "USD million", "actual"),
            ("Total", 2024, 9750.9, "USD million", "actual"),
        ],
        claims=[
            ("growth", 7.0, "percent", 2023, 2024, 1.0),  # Learning platforms
            ("growth", 6.5, "percent", 2023, 2024, 1.0),  # Assessment tools
            ("growth", 4.6, "percent", 2023, 2024, 1.0),  # Classroom hardware
            ("growth", 6.1, "percent", 2023, 2024, 1.0),  # Total
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2020: 3412.6 + 1184.2 + 2906.0 = 7502.8
            ("hierarchy", "exact"),     # 2021: 4105.3 + 1296.8 + 3870.4 = 9272.5
            ("hierarchy", "exact"),     # 2022: 4388.9 + 1350.5 + 3214.7 = 8954.1
            ("hierarchy", "exact"),     # 2023: 4702.4 + 1427.1 + 3058.2 = 9187.7
            ("hierarchy", "rounding"),  # 2024: 5031.7 + 1519.6 + 3199.5 = 9750.8, not 9750.9; parts at +-0.05
                                        # each give 9750.65..9750.95, which reaches 9750.9 (9750.85..9750.95)
            ("cagr|implied", "exact"),  # 5031.7 / 4702.4 - 1 = 7.00% -> 7.0
            ("cagr|implied", "exact"),  # 1519.6 / 1427.1 - 1 = 6.48% -> 6.5
            ("cagr|implied", "exact"),  # 3199.5 / 3058.2 - 1 = 4.62% -> 4.6
            ("cagr|implied", "exact"),  # 9750.9 / 9187.7 - 1 = 6.13% -> 6.1
        ],
    ),

    # 35. Traditional Chinese news (Hong Kong): 億港元 series over 2022-2024, an exact year-on-year rate, a part's
    #     share with part and whole printed, a stated 2022至2024年 CAGR its own amounts contradict; headcount,
    #     "佔比超過一半" (a fraction in words, and of banks) expected nowhere
    dict(
        text=(
            "香港，2025年4月22日 — 港灣研究最新報告顯示，2024年香港監管科技（RegTech）市場規模為38.6億港元，"
            "較前一年的31.2億港元增長23.7%，2022年則為26.0億港元；報告指2022至2024年複合年增長率為19.5%。"
            "其中，反洗錢解決方案佔14.9億港元，佔比38.6%。報告預計，到2026年市場規模將達到55億港元。"
            "業界從業人員約2,300人，持牌銀行中超過一半已採用至少一項監管科技工具。"
        ),
        obs=[
            ("Total", 2022, 26.0, "HKD 100 million", "actual"),
            ("Total", 2023, 31.2, "HKD 100 million", "actual"),
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("反洗錢解決方案", 2024, 14.9, "HKD 100 million", "actual"),
            ("Total", 2026, 55, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2022, 2024, None, "stated"),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 38.6 / 31.2 - 1 = 23.72% -> 23.7
            ("cagr|implied", "inconsistent"),  # (38.6 / 26.0) ** (1/2) - 1 = 21.84%; bounds
                                               # (38.55/26.05)^(1/2)-1 = 21.65% .. (38.65/25.95)^(1/2)-1 = 22.04%,
                                               # far from 19.5
            ("arithmetic", "exact"),           # 14.9 / 38.6 = 38.60% -> 38.6
        ],
    ),

    # 36. Simplified Chinese prose line then a space-aligned table in 万元 (CNY 10 thousand) with thousands
    #     separators, year headers "2022年" and "2025年（预计）", a 合计 row whose 2023 figure has two digits
    #     transposed; elderly headcount and provider count expected nowhere
    dict(
        text=(
            "2025年5月，衡州市民政局公布了由恒岳研究院测算的本市智慧养老服务市场数据。全市60岁以上户籍老人约82万人，"
            "入驻平台的服务商共47家。\n"
            "单位：万元\n"
            "项目            2022年      2023年      2024年     2025年（预计）\n"
            "居家监护设备    18,640      22,310      26,980      31,500\n"
            "平台运营服务     9,275      11,840      15,120      19,060\n"
            "适老化改造       6,480       7,215       8,090       8,960\n"
            "合计            34,395      41,635      50,190      59,520"
        ),
        obs=[
            ("居家监护设备", 2022, 18640, "CNY 10 thousand", "actual"),
            ("居家监护设备", 2023, 22310, "CNY 10 thousand", "actual"),
            ("居家监护设备", 2024, 26980, "CNY 10 thousand", "actual"),
            ("居家监护设备", 2025, 31500, "CNY 10 thousand", "estimate"),
            ("平台运营服务", 2022, 9275, "CNY 10 thousand", "actual"),
            ("平台运营服务", 2023, 11840, "CNY 10 thousand", "actual"),
            ("平台运营服务", 2024, 15120, "CNY 10 thousand", "actual"),
            ("平台运营服务", 2025, 19060, "CNY 10 thousand", "estimate"),
            ("适老化改造", 2022, 6480, "CNY 10 thousand", "actual"),
            ("适老化改造", 2023, 7215, "CNY 10 thousand", "actual"),
            ("适老化改造", 2024, 8090, "CNY 10 thousand", "actual"),
            ("适老化改造", 2025, 8960, "CNY 10 thousand", "estimate"),
            ("合计", 2022, 34395, "CNY 10 thousand", "actual"),
            ("合计", 2023, 41635, "CNY 10 thousand", "actual"),
            ("合计", 2024, 50190, "CNY 10 thousand", "actual"),
            ("合计", 2025, 59520, "CNY 10 thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2022: 18640 + 9275 + 6480 = 34395
            ("hierarchy", "inconsistent"),  # 2023: 22310 + 11840 + 7215 = 41365, bounds 41363.5..41366.5,
                                            # printed 41635 out of reach
            ("hierarchy", "exact"),         # 2024: 26980 + 15120 + 8090 = 50190
            ("hierarchy", "exact"),         # 2025: 31500 + 19060 + 8960 = 59520
        ],
    ),

    # 37. Simplified Chinese pipe table mixing quarterly columns (2024Q1..Q4, 2025Q1: nowhere) with annual ones
    #     (2023年, 2024年), a 同比 column (2023->2024) and a "行业合计" row; the 3D视觉 rate contradicts its amounts;
    #     sample-firm count expected nowhere
    dict(
        text=(
            "中国工业机器视觉市场分季度规模（单位：亿元）\n"
            "| 细分 | 2023年 | 2024Q1 | 2024Q2 | 2024Q3 | 2024Q4 | 2024年 | 同比 | 2025Q1 |\n"
            "|---|---|---|---|---|---|---|---|---|\n"
            "| 2D视觉 | 96.4 | 22.1 | 25.6 | 27.3 | 28.4 | 103.4 | 7.3% | 23.9 |\n"
            "| 3D视觉 | 38.7 | 10.2 | 12.1 | 13.5 | 15.0 | 50.8 | 33.1% | 13.1 |\n"
            "| 视觉软件 | 27.5 | 7.0 | 7.8 | 8.4 | 9.1 | 32.3 | 17.5% | 8.0 |\n"
            "| 行业合计 | 162.6 | 39.3 | 45.5 | 49.2 | 52.5 | 186.5 | 14.7% | 45.0 |\n"
            "注：季度数据未经审计，2025Q1为初步统计。来源：鸿川研究院，样本企业216家。"
        ),
        obs=[
            ("2D视觉", 2023, 96.4, "CNY 100 million", "actual"),
            ("2D视觉", 2024, 103.4, "CNY 100 million", "actual"),
            ("3D视觉", 2023, 38.7, "CNY 100 million", "actual"),
            ("3D视觉", 2024, 50.8, "CNY 100 million", "actual"),
            ("视觉软件", 2023, 27.5, "CNY 100 million", "actual"),
            ("视觉软件", 2024, 32.3, "CNY 100 million", "actual"),
            ("行业合计", 2023, 162.6, "CNY 100 million", "actual"),
            ("行业合计", 2024, 186.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2023, 2024, 1.0),   # 2D视觉
            ("growth", 33.1, "percent", 2023, 2024, 1.0),  # 3D视觉
            ("growth", 17.5, "percent", 2023, 2024, 1.0),  # 视觉软件
            ("growth", 14.7, "percent", 2023, 2024, 1.0),  # 行业合计
        ],
        verdicts=[
            ("hierarchy", "exact"),            # 2023年: 96.4 + 38.7 + 27.5 = 162.6
            ("hierarchy", "exact"),            # 2024年: 103.4 + 50.8 + 32.3 = 186.5
            ("cagr|implied", "exact"),         # 103.4 / 96.4 - 1 = 7.26% -> 7.3
            ("cagr|implied", "inconsistent"),  # 50.8 / 38.7 - 1 = 31.27%; bounds 50.75/38.75 - 1 = 30.97% ..
                                               # 70.85/38.65 - 1 = 31.57%, far from 33.1
            ("cagr|implied", "exact"),         # 32.3 / 27.5 - 1 = 17.45% -> 17.5
            ("cagr|implied", "exact"),         # 186.5 / 162.6 - 1 = 14.70% -> 14.7
        ],
    ),

    # 38. English report excerpt: a stated 2021-2024 CAGR its own amounts contradict, a multiple ("2.5 times its
    #     2024 size") for 2024-2030 and "roughly $10 billion" at its printed figure; a report title year, a
    #     vendor's own sales, a respondent count and a survey answer expected nowhere
    dict(
        text=(
            "Excerpt from Hatherleigh Analytics, 'Machine Vision Outlook 2025', chapter 2. The global market for "
            "machine-vision inspection software was worth $2.84 billion in 2021 and $4.10 billion in 2024, a "
            "compound annual growth rate of 15.8% over 2021-2024. Hatherleigh projects that by 2030 the market will "
            "be 2.5 times its 2024 size, at roughly $10 billion. Quillon Optics, the category leader, grew its own "
            "software sales 31% to $640 million last fiscal year. Of the 312 manufacturers Hatherleigh surveyed, "
            "44% intend to raise inspection budgets in 2025."
        ),
        obs=[
            ("Total", 2021, 2.84, "USD billion", "actual"),
            ("Total", 2024, 4.10, "USD billion", "actual"),
            ("Total", 2030, 10, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2021, 2024, None, "stated"),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (4.10 / 2.84) ** (1/3) - 1 = 13.02%; bounds
                                               # (4.095/2.845)^(1/3)-1 = 12.91% .. (4.105/2.835)^(1/3)-1 = 13.13%,
                                               # far from 15.8
        ],
    ),

    # 39. wide TSV 2018-2030F (pasted from a spreadsheet) with an empty corner cell, a single "Total" row, a
    #     "YoY (%)" row with "-" for the first year and a Unicode minus for the 2024 decline, and a
    #     "CAGR 2024-30F" column; the 2025F YoY holds only within rounding
    dict(
        text=(
            "European public EV charging hardware (€ bn)\n"
            "\t2018\t2019\t2020\t2021\t2022\t2023\t2024\t2025F\t2026F\t2027F\t2028F\t2029F\t2030F\tCAGR 2024-30F\n"
            "Total\t0.62\t0.81\t0.95\t1.38\t1.97\t2.64\t2.51\t2.88\t3.36\t3.92\t4.52\t5.12\t5.74\t14.8%\n"
            "YoY (%)\t-\t30.6\t17.3\t45.3\t42.8\t34.0\t\u22124.9\t15.0\t16.7\t16.7\t15.3\t13.3\t12.1\t\n"
            "Source: Harrowgate Mobility Research, spreadsheet export; F = forecast."
        ),
        obs=[
            ("Total", 2018, 0.62, "EUR billion", "actual"),
            ("Total", 2019, 0.81, "EUR billion", "actual"),
            ("Total", 2020, 0.95, "EUR billion", "actual"),
            ("Total", 2021, 1.38, "EUR billion", "actual"),
            ("Total", 2022, 1.97, "EUR billion", "actual"),
            ("Total", 2023, 2.64, "EUR billion", "actual"),
            ("Total", 2024, 2.51, "EUR billion", "actual"),
            ("Total", 2025, 2.88, "EUR billion", "estimate"),
            ("Total", 2026, 3.36, "EUR billion", "estimate"),
            ("Total", 2027, 3.92, "EUR billion", "estimate"),
            ("Total", 2028, 4.52, "EUR billion", "estimate"),
            ("Total", 2029, 5.12, "EUR billion", "estimate"),
            ("Total", 2030, 5.74, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2018, 2019, 1.0),
            ("growth", 17.3, "percent", 2019, 2020, 1.0),
            ("growth", 45.3, "percent", 2020, 2021, 1.0),
            ("growth", 42.8, "percent", 2021, 2022, 1.0),
            ("growth", 34.0, "percent", 2022, 2023, 1.0),
            ("growth", -4.9, "percent", 2023, 2024, 1.0),
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
            ("growth", 16.7, "percent", 2025, 2026, 1.0),
            ("growth", 16.7, "percent", 2026, 2027, 1.0),
            ("growth", 15.3, "percent", 2027, 2028, 1.0),
            ("growth", 13.3, "percent", 2028, 2029, 1.0),
            ("growth", 12.1, "percent", 2029, 2030, 1.0),
            ("cagr", 14.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 0.81 / 0.62 - 1 = 30.65% -> 30.6
            ("cagr|implied", "exact"),     # 0.95 / 0.81 - 1 = 17.28% -> 17.3
            ("cagr|implied", "exact"),     # 1.38 / 0.95 - 1 = 45.26% -> 45.3
            ("cagr|implied", "exact"),     # 1.97 / 1.38 - 1 = 42.75% -> 42.8
            ("cagr|implied", "exact"),     # 2.64 / 1.97 - 1 = 34.01% -> 34.0
            ("cagr|implied", "exact"),     # 2.51 / 2.64 - 1 = -4.92% -> -4.9
            ("cagr|implied", "rounding"),  # 2.88 / 2.51 - 1 = 14.74% -> 14.7, not 15.0; bounds 2.875/2.515 - 1 =
                                           # 34.31% .. 2.885/2.505 - 1 = 15.17%, covers 15.0
            ("cagr|implied", "exact"),     # 3.36 / 2.88 - 1 = 16.67% -> 16.7
            ("cagr|implied", "exact"),     # 3.92 / 3.36 - 1 = 16.67% -> 16.7
            ("cagr|implied", "exact"),     # 4.52 / 3.92 - 1 = 15.31% -> 15.3
            ("cagr|implied", "exact"),     # 5.12 / 4.52 - 1 = 13.27% -> 13.3
            ("cagr|implied", "exact"),     # 5.74 / 5.12 - 1 = 12.11% -> 12.1
            ("cagr|implied", "exact"),     # (5.74 / 2.51) ** (1/6) - 1 = 14.78% -> 14.8
        ],
    ),

    # 40. Traditional Chinese CSV (Hong Kong) with quoted thousands-separated cells, unit line 單位：百萬港元
    #     (HKD million), a "2025預測" column (estimate), a 總額 total row and a 2022-2024年複合增長率 column;
    #     rack count expected nowhere
    dict(
        text=(
            "香港，2025年7月 — 據弘信顧問統計，本港數據中心託管市場持續擴張，全港機櫃數約4.2萬個。\n"
            "單位：百萬港元\n"
            "類別,2022,2023,2024,2025預測,2022-2024年複合增長率\n"
            '機櫃託管,"5,842","6,415","7,120","7,960",10.4%\n'
            '互聯服務,"1,236","1,418","1,655","1,920",15.7%\n'
            '增值及管理服務,908,"1,032","1,187","1,365",14.3%\n'
            '總額,"7,986","8,865","9,962","11,245",11.7%\n'
            "註：不包括超大規模雲端業者自建設施。"
        ),
        obs=[
            ("機櫃託管", 2022, 5842, "HKD million", "actual"),
            ("機櫃託管", 2023, 6415, "HKD million", "actual"),
            ("機櫃託管", 2024, 7120, "HKD million", "actual"),
            ("機櫃託管", 2025, 7960, "HKD million", "estimate"),
            ("互聯服務", 2022, 1236, "HKD million", "actual"),
            ("互聯服務", 2023, 1418, "HKD million", "actual"),
            ("互聯服務", 2024, 1655, "HKD million", "actual"),
            ("互聯服務", 2025, 1920, "HKD million", "estimate"),
            ("增值及管理服務", 2022, 908, "HKD million", "actual"),
            ("增值及管理服務", 2023, 1032, "HKD million", "actual"),
            ("增值及管理服務", 2024, 1187, "HKD million", "actual"),
            ("增值及管理服務", 2025, 1365, "HKD million", "estimate"),
            ("總額", 2022, 7986, "HKD million", "actual"),
            ("總額", 2023, 8865, "HKD million", "actual"),
            ("總額", 2024, 9962, "HKD million", "actual"),
            ("總額", 2025, 11245, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 10.4, "percent", 2022, 2024, None, "stated"),  # 機櫃託管
            ("cagr", 15.7, "percent", 2022, 2024, None, "stated"),  # 互聯服務
            ("cagr", 14.3, "percent", 2022, 2024, None, "stated"),  # 增值及管理服務
            ("cagr", 11.7, "percent", 2022, 2024, None, "stated"),  # 總額
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 5842 + 1236 + 908 = 7986
            ("hierarchy", "exact"),     # 2023: 6415 + 1418 + 1032 = 8865
            ("hierarchy", "exact"),     # 2024: 7120 + 1655 + 1187 = 9962
            ("hierarchy", "exact"),     # 2025: 7960 + 1920 + 1365 = 11245
            ("cagr|implied", "exact"),  # (7120 / 5842) ** (1/2) - 1 = 10.40% -> 10.4
            ("cagr|implied", "exact"),  # (1655 / 1236) ** (1/2) - 1 = 15.72% -> 15.7
            ("cagr|implied", "exact"),  # (1187 / 908) ** (1/2) - 1 = 14.34% -> 14.3
            ("cagr|implied", "exact"),  # (9962 / 7986) ** (1/2) - 1 = 11.69% -> 11.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 12, 'exact': 136}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 12, 10, 18)  # its three comma-separated tables among them
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'on a manufacturer shipment value basis',
    "108.5% of the previous fiscal year's",
    'FY2024 (April 2024 to March 2025)',
    'KRW 5.6 trillion',
    '(₹18,900 crore)',
    'S$500 million (US$370 million)',
    'HK$18.7 billion last year',
    'exceed 3.1 trillion yen for FY2030',
    'top NT$1.02 trillion by 2032',
    'total addressable market',
    '113年臺灣智慧製造產值達新台幣2,865億元',
    '117年可望突破1兆元',
    '129億港元',
    '较2020年增长3倍',
    '1.08万亿元',
    '前年比108.5%',
    '1,900亿至2,100亿日元',
    '| FY2025e |',
    '2025E\t2,541',
    '(NT$100 million)',
    '€0.49 billion this year',
    '| Total | 275 | 354 |',
    'CAGR 24-27E',
    '到2030年有望达到1.05万亿元',
    'Segment\tFY2023\tQ1 2024',
    'Grand total\t746.3',
    '  Rest of Asia-Pacific',
    'a compound annual growth rate of 14.0%',
    'Year,USD bn,YoY (%)',
    '2024年占比',
    'CAGR(2020-2024)',
    '(1.0)',
    'Segment,Actual,,,Forecast,,',
    '4,702.4a',
    '2022至2024年複合年增長率為19.5%',
    '2025年（预计）',
    '| 2024Q1 |',
    '2.5 times its 2024 size',
    '\t−4.9\t',
    '"5,842"',
)
#: the set's blind score (written without reading or running the extractor): 312 figures, 68 rates, 131 verdicts and 0
#: false inconsistent on the code before any reading chosen on it; 363, 82, 152 and 0 after the readings chosen on it
#: (spreadsheet exports with a header of words or a band of periods over their years, "(NT$100 million)", a row's
#: share under its table, a level as a percentage of the fiscal year before, a fiscal year's months in brackets,
#: "较前一年的", a Latin gloss inside a Chinese name, a rate of the year its clause opens on); 364 and 154 with rows set
#: in under a subtotal, the amount a multiple comes to and a caption's basis in brackets
FLOORS = {"figures_found": 374, "rates_found": 82, "verdicts_right": 155}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset84.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
