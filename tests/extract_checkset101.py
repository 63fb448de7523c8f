"""A hundred-and-first check set for the extractor, written blind: markets sized in the publisher's own currency outside
the United States, in English and Chinese (Simplified and Traditional) -- Japanese research houses in yen and fiscal
years, Taiwanese institutes in New Taiwan dollars with 民國 years, Hong Kong bodies in Hong Kong dollars, European
associations in euros and pounds with decimal commas and spaced thousands; a conversion into another currency printed
beside a figure is expected nowhere, and exchange rates, subsidies, a company's own sales, won or rupee figures and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English news, Japanese research house, yen billions with a comma, fiscal year ending March; a yoy rate,
    #    a part with its share, a stated 2024-2029 CAGR; distractors: respondent count, survey answer
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's domestic AI system market reached ¥1,324.5 billion in fiscal 2024, the "
            "year that ended in March 2025, up 31.2% from ¥1,009.6 billion a year earlier, according to the Kanzaki "
            "Research Institute. Generative AI accounted for ¥361.6 billion of that, or 27.3% of the total. Kanzaki, "
            "which surveyed 1,150 user companies for the study, expects spending to compound at 17.5% a year from "
            "fiscal 2024 to fiscal 2029, when the market would reach ¥2,962.0 billion. Some 42% of respondents said "
            "they planned to raise AI budgets this year."
        ),
        obs=[
            ("Total", 2024, 1324.5, "JPY billion", "actual"),
            ("Total", 2023, 1009.6, "JPY billion", "actual"),
            ("Generative AI", 2024, 361.6, "JPY billion", "actual"),
            ("Total", 2029, 2962.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("share", 27.3, "percent", 2024, 2024, None),
            ("cagr", 17.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1324.5 / 1009.6 - 1 = 31.19% -> 31.2
            ("arithmetic", "exact"),  # 361.6 / 1324.5 = 27.30% -> 27.3
            ("cagr|period", "exact"),  # (2962.0 / 1324.5) ** (1/5) - 1 = 17.46% -> 17.5
        ],
    ),
    # 2. English, Tokyo consultancy, yen series opened in billions and a forecast printed in trillions with a dollar
    #    conversion beside it (3.1 trillion -> 3100 JPY billion; the $ figure nowhere); an unspanned CAGR (inferred);
    #    distractors: exchange rate, won figure, percentage points
    dict(
        text=(
            "Hoshimura Data Lab, a Tokyo consultancy, put Japan's data-centre colocation and hosting market at "
            "¥2,140 billion in fiscal 2024 (April 2024 to March 2025) in a report released on 9 September 2025. It "
            "expects the market to top ¥3.1 trillion (roughly $20.7 billion) in fiscal 2028 as hyperscalers lease "
            "capacity around Tokyo and Osaka, a compound annual growth rate of about 9.7%. At ¥150 to the dollar, the "
            "weak yen has flattered foreign operators' returns, Hoshimura notes. Korea's equivalent market, by its "
            "reckoning, is worth about ₩6.3 trillion, and hyperscalers' share of new Japanese capacity rose 6 "
            "percentage points last year."
        ),
        obs=[
            ("Total", 2024, 2140, "JPY billion", "actual"),
            ("Total", 2028, 3100, "JPY billion", "estimate"),  # "top ¥3.1 trillion": printed figure, series unit
        ],
        claims=[
            ("cagr", 9.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3100 / 2140) ** (1/4) - 1 = 9.708% -> 9.7
        ],
    ),
    # 3. English, Taiwanese institute, NT$ billions; a yoy rate its own amounts contradict (8.4% printed, 5.2% real)
    #    and an exact forecast rate for "this year"; distractors: US$ conversion, a quarter, workforce
    dict(
        text=(
            "TAIPEI, 21 February 2025 — Taiwan's IC packaging and testing industry produced NT$689.2 billion of "
            "output in 2024, a rise of 8.4% on the NT$655.0 billion recorded in 2023, according to the Formosa "
            "Industrial Economics Centre (FIEC). That is equivalent to about US$21.5 billion. The fourth quarter "
            "alone contributed NT$182.6 billion. FIEC forecasts output of NT$730.0 billion this year, 5.9% more than "
            "in 2024, and notes that the sector's workforce has grown to some 78,000."
        ),
        obs=[
            ("Total", 2024, 689.2, "TWD billion", "actual"),
            ("Total", 2023, 655.0, "TWD billion", "actual"),
            ("Total", 2025, 730.0, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
            ("growth", 5.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 689.2 / 655.0 - 1 = 5.22%; bounds 689.15/655.05 = 5.206%,
            #                                    689.25/654.95 = 5.237% -> never 8.4
            ("cagr|implied", "exact"),  # 730.0 / 689.2 - 1 = 5.92% -> 5.9
        ],
    ),
    # 4. English, Hong Kong alliance, "HK$486 million"; a yoy rate reached only within rounding; a share with no
    #    part amount; distractors: government fund, percentage points of a survey share
    dict(
        text=(
            "Hong Kong's e-sports events and venue market took in HK$486 million in 2024, up 21.6% from HK$400 "
            "million in 2023, the Hong Kong Interactive Entertainment Alliance said in its annual review on 12 May "
            "2025. Mobile titles drew 58% of the total. The alliance welcomed the government's HK$100 million "
            "e-sports development fund, and said the share of residents aged 18 to 34 who had attended a ticketed "
            "event rose 7 percentage points. It expects the market to reach about HK$560 million this year."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2023, 400, "HKD million", "actual"),
            ("Total", 2025, 560, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 400 - 1 = 21.50% (not 21.6); bounds 485.5/400.5 - 1 = 21.22%,
            #                                486.5/399.5 - 1 = 21.78% -> 21.6 reachable
        ],
    ),
    # 5. English, Spanish federation, decimal commas "EUR 12,5 billion" and "10,1 %"; a decline as a negative rate;
    #    a segment amount; distractors: subsidy budget, spaced-thousands headcount
    dict(
        text=(
            "Madrid, 14 March 2025. The Spanish rooftop solar installation market was worth EUR 12,5 billion in "
            "2024, down from EUR 13,9 billion in 2023, a fall of 10,1 %, according to the Iberian Solar Installers "
            "Federation (FISI). Residential systems made up EUR 7,4 billion of the total. FISI expects a further "
            "slight decline this year, to EUR 11,8 billion, as the EUR 3,2 billion in national self-consumption "
            "subsidies runs out. Its member firms employ around 86 000 people."
        ),
        obs=[
            ("Total", 2024, 12.5, "EUR billion", "actual"),
            ("Total", 2023, 13.9, "EUR billion", "actual"),
            ("Residential systems", 2024, 7.4, "EUR billion", "actual"),
            ("Total", 2025, 11.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", -10.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.5 / 13.9 - 1 = -10.07% -> -10.1
        ],
    ),
    # 6. English, statistics office, spaced thousands "EUR 1 250 million"; yoy rate and a part's share with its
    #    amount; distractors: count of firms, a penetration rate, a quarter's growth
    dict(
        text=(
            "According to figures released by Statistics Valdoria on 30 April 2025, online pharmacy sales in the "
            "country reached EUR 1 250 million in 2024, compared with EUR 1 085 million a year earlier, an increase "
            "of 15.2%. Prescription medicines accounted for EUR 780 million, or 62.4% of online sales. The office "
            "counted 214 licensed online pharmacies, and noted that online penetration of total pharmacy spending "
            "stood at 9.8%. Growth in the first quarter of 2025 slowed to 6.1%."
        ),
        obs=[
            ("Total", 2024, 1250, "EUR million", "actual"),
            ("Total", 2023, 1085, "EUR million", "actual"),
            ("Prescription medicines", 2024, 780, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("share", 62.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250 / 1085 - 1 = 15.21% -> 15.2
            ("arithmetic", "exact"),  # 780 / 1250 = 62.40% -> 62.4
        ],
    ),
    # 7. English, UK network, "£3.1bn"; a stated 2021-2024 CAGR reached only within rounding; a 2030 projection;
    #    distractors: a company's revenue, a scheme budget, an exchange rate and a euro conversion
    dict(
        text=(
            "LONDON, 7 July 2025 — Britain's heat-pump installation market was worth £3.1bn in 2024, against £1.9bn "
            "in 2021, according to the Heat Pump Installers Network, which puts compound annual growth between 2021 "
            "and 2024 at 18.4%. The network projects £5.6bn by 2030. Ellsmere Heating, the largest installer, booked "
            "£412m of revenue last year, while the government's Boiler Upgrade Scheme has a budget of £295m for "
            "2025-26. At £1 = €1.18, the 2024 figure is roughly €3.7bn."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
            ("Total", 2021, 1.9, "GBP billion", "actual"),
            ("Total", 2030, 5.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (3.1 / 1.9) ** (1/3) - 1 = 17.73% (not 18.4); bounds
            #                               (3.05/1.95) ** (1/3) - 1 = 16.08%, (3.15/1.85) ** (1/3) - 1 = 19.41%
        ],
    ),
    # 8. English, German association, "€4.2bn" with "(about $4.5bn)"; a stated 2024-2029 CAGR; a forecast share;
    #    distractors: headcount, member count, a quarter's order intake
    dict(
        text=(
            "FRANKFURT, 2 October 2025 — Germany's professional service-robot market, covering cleaning, logistics "
            "and hospital robots, was worth €4.2bn in 2024 (about $4.5bn), the Rhine Valley Robotics Association "
            "(RVRA) said. The association forecasts €7.9bn in 2029, equal to a compound annual growth rate of 13.5% "
            "over 2024-2029. Logistics robots, the largest segment, are expected to make up 41% of the market by "
            "then. RVRA's 160 member companies employ about 23,400 people; their order intake fell 4% in the second "
            "quarter."
        ),
        obs=[
            ("Total", 2024, 4.2, "EUR billion", "actual"),
            ("Total", 2029, 7.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.5, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.9 / 4.2) ** (1/5) - 1 = 13.47% -> 13.5
        ],
    ),
    # 9. English, earnings call: a company's total addressable market in yen (Total), fiscal 2025 and 2027 both
    #    estimates; "about 16% a year" inferred; distractors: own revenue and its growth, share target, price
    #    target and upside, "a multibillion-dollar prize"
    dict(
        text=(
            "On its fiscal 2024 results call on 14 May 2025, Tsurugi Systems' chief executive, Haruka Ito, said the "
            "total addressable market for factory-automation software in Japan would be ¥780 billion in fiscal 2025 "
            "and should reach ¥1,050 billion by fiscal 2027, growing about 16% a year. Tsurugi's own revenue for "
            "fiscal 2024 was ¥48.6 billion, up 11%, and Ito repeated the target of a 15% market share by fiscal "
            "2027. Analysts at Minato Securities raised their price target to ¥5,400, implying 22% upside. Ito "
            "called the overseas opportunity 'a multibillion-dollar prize'."
        ),
        obs=[
            ("Total", 2025, 780, "JPY billion", "estimate"),
            ("Total", 2027, 1050, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 780) ** (1/2) - 1 = 16.02% -> 16
        ],
    ),
    # 10. Traditional Chinese, Taiwan, 民國 years beside Gregorian, 新台幣億元; yoy rate, a part with its share,
    #     a 突破 forecast; distractors: 約合美金 conversion, an adoption rate, a subsidy budget
    dict(
        text=(
            "根據財團法人台灣健康科技產業研究中心2025年3月發布的報告，民國113年（2024年）台灣智慧醫療產值達新台幣"
            "1,286億元，較112年的1,105億元成長16.4%，約合美金40億元。其中遠距照護服務產值為312億元，占整體的24.3%。"
            "研究中心預估，114年產值可望突破1,500億元。報告同時指出，全台醫院導入AI影像判讀的比率為37%，政府今年編列"
            "的補助預算則為8.5億元。"
        ),
        obs=[
            ("Total", 2024, 1286, "TWD 100 million", "actual"),
            ("Total", 2023, 1105, "TWD 100 million", "actual"),
            ("遠距照護服務", 2024, 312, "TWD 100 million", "actual"),
            ("Total", 2025, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("share", 24.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1105 - 1 = 16.38% -> 16.4
            ("arithmetic", "exact"),  # 312 / 1286 = 24.26% -> 24.3
        ],
    ),
    # 11. Traditional Chinese, Hong Kong association, 億港元; yoy rate and a stated 2024至2028 CAGR "約14%";
    #     distractors: 約合美元 conversion, a government grant, practitioners, a survey answer
    dict(
        text=(
            "香港綠色金融科技協會於2025年6月發表報告指出，2024年本港碳管理及ESG數據服務市場規模為38.6億港元，按年增長"
            "12.9%；2023年為34.2億港元。協會預計，2024至2028年的年均複合增長率約為14%，至2028年市場規模可達65億港元，"
            "約合8.3億美元。特區政府早前為綠色科技撥款2億港元，而業界從業員約有4,200人。協會又指，受訪企業中有63%計劃"
            "於未來兩年增加相關開支。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2023, 34.2, "HKD 100 million", "actual"),
            ("Total", 2028, 65, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 34.2 - 1 = 12.87% -> 12.9
            ("cagr|period", "exact"),  # (65 / 38.6) ** (1/4) - 1 = 13.92% -> 14
        ],
    ),
    # 12. Simplified Chinese about Japan: 亿日元 series (JPY 100 million), fiscal years to March, 2.1万亿日元 forecast
    #     converted to the series unit (21000); distractors: 约合人民币 conversion (CNY!), the exchange rate, a survey
    dict(
        text=(
            "日本调研机构富岳综合研究所于2025年8月发布报告称，2024财年（截至2025年3月）日本国内生成式AI市场规模达到"
            "8,460亿日元，约合人民币406亿元，较2023财年的5,344亿日元增长58.3%。该机构预计，到2028财年市场规模将达到"
            "2.1万亿日元，2024—2028财年年均复合增长率约为25.5%。报告按1日元兑0.048元人民币的汇率折算。另据该机构调查，"
            "有41%的受访企业已在业务中使用生成式AI。"
        ),
        obs=[
            ("Total", 2024, 8460, "JPY 100 million", "actual"),
            ("Total", 2023, 5344, "JPY 100 million", "actual"),
            ("Total", 2028, 21000, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.3, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8460 / 5344 - 1 = 58.31% -> 58.3
            ("cagr|period", "exact"),  # (21000 / 8460) ** (1/4) - 1 = 25.52% -> 25.5
        ],
    ),
    # 13. Simplified Chinese, mainland 亿元; "较2020年的83亿元增长了4倍" with both amounts -> x5; a stated 2022—2024
    #     CAGR reached only within rounding; a segment amount; distractors: a quarter, GW shipments, 占比超过六成,
    #     percentage points
    dict(
        text=(
            "2025年4月，储能产业研究机构中能智库发布数据显示，2024年我国储能变流器（PCS）市场规模约为412亿元，较2020年"
            "的83亿元增长了4倍；2022年市场规模为186亿元，2022—2024年年均复合增长率为48.6%。其中，工商业储能PCS规模为"
            "97亿元。报告称，2025年一季度市场规模为96亿元，行业出货量全年有望超过60GW；前五家企业合计占比超过六成，"
            "国产化率较上年提升3.2个百分点。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2020, 83, "CNY 100 million", "actual"),
            ("Total", 2022, 186, "CNY 100 million", "actual"),
            ("工商业储能PCS", 2024, 97, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),  # 增长了4倍 between two printed amounts -> x5 (412/83 = 4.96)
            ("cagr", 48.6, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (412 / 186) ** (1/2) - 1 = 48.83% (not 48.6); bounds
            #                               (411.5/186.5) ** 0.5 - 1 = 48.54%, (412.5/185.5) ** 0.5 - 1 = 49.12%
        ],
    ),
    # 14. Traditional Chinese, Taiwan, 民國 years only, 新台幣億元 series with a 兆元 forecast converted (1.2兆 ->
    #     12000); a yoy rate its amounts contradict (42.7% printed, 31.7% real); a share without part amount;
    #     distractors: exchange rate and 美元 conversion, a leading firm's own revenue
    dict(
        text=(
            "新竹產業經濟研究中心114年2月發布報告指出，民國113年台灣伺服器產值達新台幣9,850億元，年增率達42.7%，112年"
            "則為7,480億元；其中AI伺服器占產值比重達58%。該中心預估，今年產值可望突破1.2兆元，年增21.8%。以匯率32.3"
            "計算，113年產值約合305億美元。龍頭廠商宏岳電子去年自家營收則為2,460億元。"
        ),
        obs=[
            ("Total", 2024, 9850, "TWD 100 million", "actual"),
            ("Total", 2023, 7480, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.7, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
            ("growth", 21.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 9850 / 7480 - 1 = 31.68%; bounds 9849.5/7480.5 = 31.67%,
            #                                    9850.5/7479.5 = 31.70% -> never 42.7
            ("cagr|implied", "exact"),  # 12000 / 9850 - 1 = 21.83% -> 21.8
        ],
    ),
    # 15. English pipe table, Japanese vendor ranking in ¥ billion by FY with a share column and a Total row; all
    #     columns add; a yoy rate on the Total row; distractors: engineers, percentage points of share
    dict(
        text=(
            "Kanzaki Research, July 2025: Japan's public-cloud infrastructure (IaaS/PaaS) market by vendor, ¥ billion, "
            "fiscal years ending March.\n"
            "| Vendor | FY2023 | FY2024 | FY2024 share |\n"
            "|---|---|---|---|\n"
            "| Skyline Cloud | 702.3 | 861.5 | 36.4% |\n"
            "| Orbis Compute | 488.0 | 590.2 | 24.9% |\n"
            "| Nihon Denshin Cloud | 251.6 | 289.7 | 12.2% |\n"
            "| Others | 538.4 | 626.1 | 26.4% |\n"
            "| Total | 1,980.3 | 2,367.5 | 100.0% |\n"
            "The market grew 19.6% in fiscal 2024; Skyline Cloud, which employs some 1,800 engineers in Japan, gained "
            "0.9 percentage points of share."
        ),
        obs=[
            ("Skyline Cloud", 2023, 702.3, "JPY billion", "actual"),
            ("Skyline Cloud", 2024, 861.5, "JPY billion", "actual"),
            ("Orbis Compute", 2023, 488.0, "JPY billion", "actual"),
            ("Orbis Compute", 2024, 590.2, "JPY billion", "actual"),
            ("Nihon Denshin Cloud", 2023, 251.6, "JPY billion", "actual"),
            ("Nihon Denshin Cloud", 2024, 289.7, "JPY billion", "actual"),
            ("Others", 2023, 538.4, "JPY billion", "actual"),
            ("Others", 2024, 626.1, "JPY billion", "actual"),
            ("Total", 2023, 1980.3, "JPY billion", "actual"),
            ("Total", 2024, 2367.5, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 36.4, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 861.5 / 2367.5 = 36.39% -> 36.4
            ("arithmetic", "exact"),  # 590.2 / 2367.5 = 24.93% -> 24.9
            ("arithmetic", "exact"),  # 289.7 / 2367.5 = 12.24% -> 12.2
            ("arithmetic", "exact"),  # 626.1 / 2367.5 = 26.45% -> 26.4
            ("hierarchy", "exact"),  # FY2023: 702.3 + 488.0 + 251.6 + 538.4 = 1980.3
            ("hierarchy", "exact"),  # FY2024: 861.5 + 590.2 + 289.7 + 626.1 = 2367.5
            ("cagr|implied", "exact"),  # 2367.5 / 1980.3 - 1 = 19.55% -> 19.6
        ],
    ),
    # 16. Traditional Chinese space-aligned table, Taiwan vendors in 新台幣億元, 民國 year headers 111-113年 (2022-2024),
    #     total row 合計; 113年 column adds only within rounding; a yoy rate; distractors: a budget, talent gap
    dict(
        text=(
            "台灣企業資安服務市場主要廠商營收（單位：新台幣億元；年度為民國紀年）\n"
            "廠商          111年    112年    113年\n"
            "安鼎資訊       48.2     55.6     63.9\n"
            "捷盾科技       35.7     41.3     47.5\n"
            "華衛數位       22.4     24.8     29.3\n"
            "其他           71.3     78.9     86.0\n"
            "合計          177.6    200.6    226.8\n"
            "資料來源：台灣資安產業觀測站，114年5月。113年市場規模年增13.1%；政府資安預算為新台幣52億元，業界人才缺口約"
            "1.2萬人。"
        ),
        obs=[
            ("安鼎資訊", 2022, 48.2, "TWD 100 million", "actual"),
            ("安鼎資訊", 2023, 55.6, "TWD 100 million", "actual"),
            ("安鼎資訊", 2024, 63.9, "TWD 100 million", "actual"),
            ("捷盾科技", 2022, 35.7, "TWD 100 million", "actual"),
            ("捷盾科技", 2023, 41.3, "TWD 100 million", "actual"),
            ("捷盾科技", 2024, 47.5, "TWD 100 million", "actual"),
            ("華衛數位", 2022, 22.4, "TWD 100 million", "actual"),
            ("華衛數位", 2023, 24.8, "TWD 100 million", "actual"),
            ("華衛數位", 2024, 29.3, "TWD 100 million", "actual"),
            ("其他", 2022, 71.3, "TWD 100 million", "actual"),
            ("其他", 2023, 78.9, "TWD 100 million", "actual"),
            ("其他", 2024, 86.0, "TWD 100 million", "actual"),
            ("合計", 2022, 177.6, "TWD 100 million", "actual"),
            ("合計", 2023, 200.6, "TWD 100 million", "actual"),
            ("合計", 2024, 226.8, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 13.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 111年: 48.2 + 35.7 + 22.4 + 71.3 = 177.6
            ("hierarchy", "exact"),  # 112年: 55.6 + 41.3 + 24.8 + 78.9 = 200.6
            ("hierarchy", "rounding"),  # 113年: 63.9 + 47.5 + 29.3 + 86.0 = 226.7 vs 226.8; rows' bounds
            #                             226.5..226.9 meet the total's 226.75..226.85
            ("cagr|implied", "exact"),  # 226.8 / 200.6 - 1 = 13.06% -> 13.1
        ],
    ),
    # 17. Simplified Chinese tab-separated table by quarter with a full-year column and a share column (亿元): the
    #     quarters are expected nowhere, the 2024全年 column is the year's figure; distractors: a quarter-on-quarter
    #     rate; a yoy rate with no printed base (no verdict)
    dict(
        text=(
            "2024年中国CRM SaaS市场主要厂商收入（亿元）\n"
            "厂商\t2024Q1\t2024Q2\t2024Q3\t2024Q4\t2024全年\t全年份额\n"
            "云策科技\t4.1\t4.6\t4.9\t5.8\t19.4\t26.2%\n"
            "联拓软件\t3.2\t3.5\t3.8\t4.4\t14.9\t20.1%\n"
            "数睿\t2.0\t2.3\t2.4\t2.9\t9.6\t13.0%\n"
            "其他厂商\t6.8\t7.2\t7.6\t8.5\t30.1\t40.7%\n"
            "合计\t16.1\t17.6\t18.7\t21.6\t74.0\t100.0%\n"
            "注：数据来源为鼎观咨询，2025年3月发布。2024年全年市场同比增长18.2%，第四季度环比增长15.5%。"
        ),
        obs=[
            ("云策科技", 2024, 19.4, "CNY 100 million", "actual"),
            ("联拓软件", 2024, 14.9, "CNY 100 million", "actual"),
            ("数睿", 2024, 9.6, "CNY 100 million", "actual"),
            ("其他厂商", 2024, 30.1, "CNY 100 million", "actual"),
            ("合计", 2024, 74.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("share", 40.7, "percent", 2024, 2024, None),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19.4 / 74.0 = 26.22% -> 26.2
            ("arithmetic", "exact"),  # 14.9 / 74.0 = 20.14% -> 20.1
            ("arithmetic", "exact"),  # 9.6 / 74.0 = 12.97% -> 13.0
            ("arithmetic", "exact"),  # 30.1 / 74.0 = 40.68% -> 40.7
            ("hierarchy", "exact"),  # 全年: 19.4 + 14.9 + 9.6 + 30.1 = 74.0
        ],
    ),
    # 18. English space-aligned table, UK contractors in £ million, comma thousands on the Total row; the 2024 total
    #     contradicts its rows (1,372 vs 1,412); a yoy rate on the printed totals; distractors: fitters, a budget
    dict(
        text=(
            "UK smart-meter installation services: contractor revenue from the national rollout (£ million)\n"
            "Contractor                   2022     2023     2024\n"
            "Brackley Energy Services      312      348      391\n"
            "Northwold Metering            254      279      301\n"
            "Carrow & Finch                188      203      226\n"
            "Others                        402      431      454\n"
            "Total                       1,156    1,261    1,412\n"
            "Source: Meterwise Analytics, March 2025. Meterwise says spending rose 12.0% in 2024; the rollout's "
            "contractors employ about 9,300 fitters, and the regulator's programme budget is £1.2bn over four years."
        ),
        obs=[
            ("Brackley Energy Services", 2022, 312, "GBP million", "actual"),
            ("Brackley Energy Services", 2023, 348, "GBP million", "actual"),
            ("Brackley Energy Services", 2024, 391, "GBP million", "actual"),
            ("Northwold Metering", 2022, 254, "GBP million", "actual"),
            ("Northwold Metering", 2023, 279, "GBP million", "actual"),
            ("Northwold Metering", 2024, 301, "GBP million", "actual"),
            ("Carrow & Finch", 2022, 188, "GBP million", "actual"),
            ("Carrow & Finch", 2023, 203, "GBP million", "actual"),
            ("Carrow & Finch", 2024, 226, "GBP million", "actual"),
            ("Others", 2022, 402, "GBP million", "actual"),
            ("Others", 2023, 431, "GBP million", "actual"),
            ("Others", 2024, 454, "GBP million", "actual"),
            ("Total", 2022, 1156, "GBP million", "actual"),
            ("Total", 2023, 1261, "GBP million", "actual"),
            ("Total", 2024, 1412, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 312 + 254 + 188 + 402 = 1156
            ("hierarchy", "exact"),  # 2023: 348 + 279 + 203 + 431 = 1261
            ("hierarchy", "inconsistent"),  # 2024: 391 + 301 + 226 + 454 = 1372 vs 1412; rows' bounds 1370..1374
            #                                 never reach 1411.5..1412.5
            ("cagr|implied", "exact"),  # 1412 / 1261 - 1 = 11.97% -> 12.0
        ],
    ),
    # 19. English tab-separated table, Benelux vendors in EUR million with decimal commas and spaced thousands
    #     ("1 100,0"), a 2025F forecast column (estimate) that adds only within rounding; two yoy rates "5,6 %";
    #     distractors: a vendor's group revenue, terminal count
    dict(
        text=(
            "Benelux card-payment terminal market by vendor, EUR million (2025F = forecast)\n"
            "Vendor\t2023\t2024\t2025F\n"
            "Veltrix\t412,5\t438,0\t466,2\n"
            "Paymond\t305,8\t327,4\t349,0\n"
            "Terminaal Noord\t118,3\t124,9\t131,5\n"
            "Others\t263,4\t271,7\t280,3\n"
            "Total\t1 100,0\t1 162,0\t1 227,1\n"
            "Source: Lowlands Payments Council, June 2025. The market grew 5,6 % in 2024 and is expected to grow "
            "5,6 % again in 2025. Veltrix's group revenue, EUR 2,9 billion, includes software and services outside "
            "the region; some 3,4 million terminals are in use."
        ),
        obs=[
            ("Veltrix", 2023, 412.5, "EUR million", "actual"),
            ("Veltrix", 2024, 438.0, "EUR million", "actual"),
            ("Veltrix", 2025, 466.2, "EUR million", "estimate"),
            ("Paymond", 2023, 305.8, "EUR million", "actual"),
            ("Paymond", 2024, 327.4, "EUR million", "actual"),
            ("Paymond", 2025, 349.0, "EUR million", "estimate"),
            ("Terminaal Noord", 2023, 118.3, "EUR million", "actual"),
            ("Terminaal Noord", 2024, 124.9, "EUR million", "actual"),
            ("Terminaal Noord", 2025, 131.5, "EUR million", "estimate"),
            ("Others", 2023, 263.4, "EUR million", "actual"),
            ("Others", 2024, 271.7, "EUR million", "actual"),
            ("Others", 2025, 280.3, "EUR million", "estimate"),
            ("Total", 2023, 1100.0, "EUR million", "actual"),
            ("Total", 2024, 1162.0, "EUR million", "actual"),
            ("Total", 2025, 1227.1, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.5 + 305.8 + 118.3 + 263.4 = 1100.0
            ("hierarchy", "exact"),  # 2024: 438.0 + 327.4 + 124.9 + 271.7 = 1162.0
            ("hierarchy", "rounding"),  # 2025F: 466.2 + 349.0 + 131.5 + 280.3 = 1227.0 vs 1227.1; rows' bounds
            #                             1226.8..1227.2 meet the total's 1227.05..1227.15
            ("cagr|implied", "exact"),  # 1162.0 / 1100.0 - 1 = 5.64% -> 5.6
            ("cagr|implied", "exact"),  # 1227.1 / 1162.0 - 1 = 5.60% -> 5.6
        ],
    ),
    # 20. Traditional Chinese vertical pipe table (rows are years, 2025（預測） an estimate), Hong Kong platforms in
    #     億港元; items are the value columns' headers, 總計 included; a yoy rate and a platform's share with both
    #     amounts printed; distractors: 約合美元 conversion, courier count, a commission rate
    dict(
        text=(
            "香港網上外賣平台市場規模（億港元）\n"
            "| 年份 | 速遞達 | 飯盒通 | 其他 | 總計 |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 58.4 | 41.2 | 9.6 | 109.2 |\n"
            "| 2023 | 63.1 | 47.5 | 10.3 | 120.9 |\n"
            "| 2024 | 66.8 | 52.9 | 11.0 | 130.7 |\n"
            "| 2025（預測） | 70.2 | 57.6 | 11.8 | 139.6 |\n"
            "資料來源：香港零售科技研究所，2025年4月。2024年總計按年增長8.1%，約合16.8億美元；速遞達佔2024年市場51.1%。"
            "外賣員人數約2.4萬，平台平均佣金率約18%。"
        ),
        obs=[
            ("速遞達", 2022, 58.4, "HKD 100 million", "actual"),
            ("速遞達", 2023, 63.1, "HKD 100 million", "actual"),
            ("速遞達", 2024, 66.8, "HKD 100 million", "actual"),
            ("速遞達", 2025, 70.2, "HKD 100 million", "estimate"),
            ("飯盒通", 2022, 41.2, "HKD 100 million", "actual"),
            ("飯盒通", 2023, 47.5, "HKD 100 million", "actual"),
            ("飯盒通", 2024, 52.9, "HKD 100 million", "actual"),
            ("飯盒通", 2025, 57.6, "HKD 100 million", "estimate"),
            ("其他", 2022, 9.6, "HKD 100 million", "actual"),
            ("其他", 2023, 10.3, "HKD 100 million", "actual"),
            ("其他", 2024, 11.0, "HKD 100 million", "actual"),
            ("其他", 2025, 11.8, "HKD 100 million", "estimate"),
            ("總計", 2022, 109.2, "HKD 100 million", "actual"),
            ("總計", 2023, 120.9, "HKD 100 million", "actual"),
            ("總計", 2024, 130.7, "HKD 100 million", "actual"),
            ("總計", 2025, 139.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("share", 51.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 58.4 + 41.2 + 9.6 = 109.2
            ("hierarchy", "exact"),  # 2023: 63.1 + 47.5 + 10.3 = 120.9
            ("hierarchy", "exact"),  # 2024: 66.8 + 52.9 + 11.0 = 130.7
            ("hierarchy", "exact"),  # 2025: 70.2 + 57.6 + 11.8 = 139.6
            ("cagr|implied", "exact"),  # 130.7 / 120.9 - 1 = 8.11% -> 8.1
            ("arithmetic", "exact"),  # 66.8 / 130.7 = 51.11% -> 51.1
        ],
    ),
    # 21. English prose, Japanese research house in yen: "¥1,324.5 billion in fiscal 2024", yoy rate, a
    #    "¥3.1 trillion" forecast kept in the series' JPY billion unit, a stated fiscal 2024-2029 CAGR;
    #    distractors: exchange rate, dollar conversion, count of companies surveyed, survey answer
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's domestic AI system market reached ¥1,324.5 billion in fiscal 2024, "
            "the year to March 2025, up 56.5% from ¥846.4 billion in fiscal 2023, according to Kasumi Research "
            "Institute. Generative-AI platforms drove most of the gain. Kasumi forecasts that spending will reach "
            "¥3.1 trillion in fiscal 2029, a compound annual growth rate of 18.5% for fiscal 2024-2029. At ¥151 "
            "to the dollar, the fiscal 2024 figure is equivalent to about $8.8 billion. The institute surveyed "
            "1,150 companies, and 62% of them said they plan to raise AI budgets."
        ),
        obs=[
            ("Total", 2024, 1324.5, "JPY billion", "actual"),
            ("Total", 2023, 846.4, "JPY billion", "actual"),
            ("Total", 2029, 3100, "JPY billion", "estimate"),  # ¥3.1 trillion in the series' JPY billion
        ],
        claims=[
            ("growth", 56.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1324.5 / 846.4 - 1 = 56.486% -> 56.5
            ("cagr|implied", "exact"),  # (3100 / 1324.5) ** (1/5) - 1 = 18.539% -> 18.5
        ],
    ),
    # 22. English prose, Taiwanese institute in NT$: "NT$48.6 billion worth of output last year", "21% more than",
    #    exports as a part with its share, "top NT$60 billion this year"; distractors: a Cabinet subsidy, headcount
    dict(
        text=(
            "TAIPEI, 9 April 2025 (Formosa Tech Wire) — Taiwan's commercial drone industry produced NT$48.6 "
            "billion worth of output last year, 21% more than the NT$40.2 billion of 2023, the Hsinchu Industrial "
            "Intelligence Institute said. Exports made up NT$29.3 billion, or 60.3% of the total, most of it "
            "shipped to Europe and the United States. The institute expects output to top NT$60 billion this year "
            "as defence orders ramp up. The Cabinet has set aside a NT$5 billion subsidy for drone makers through "
            "2027, and the sector now employs about 4,800 people."
        ),
        obs=[
            ("Total", 2024, 48.6, "TWD billion", "actual"),
            ("Total", 2023, 40.2, "TWD billion", "actual"),
            ("Exports", 2024, 29.3, "TWD billion", "actual"),
            ("Total", 2025, 60, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 60.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 40.2 - 1 = 20.896% -> 21
            ("arithmetic", "exact"),  # 29.3 / 48.6 = 60.288% -> 60.3
        ],
    ),
    # 23. English prose, Hong Kong council in HK$: "HK$486 million", an "increase of 12.4%" reached only within
    #    rounding, "HK$1.1 billion by 2028" converted to HKD million, an implied (inferred) CAGR, a segment;
    #    distractors: a government fund, count of players
    dict(
        text=(
            "HONG KONG, 20 March 2025 — Hong Kong's esports and live gaming-events market took in HK$486 million "
            "in 2024, an increase of 12.4% on the HK$432 million of 2023, the Victoria Harbour Digital Council "
            "said in its annual review. The council projects revenue of HK$1.1 billion by 2028, implying compound "
            "annual growth of 22.7%. Ticketing made up HK$171 million of last year's total. The government's Mega "
            "Events Fund contributed HK$30 million to three tournaments, and the city now counts 1,200 registered "
            "professional players."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2023, 432, "HKD million", "actual"),
            ("Total", 2028, 1100, "HKD million", "estimate"),  # HK$1.1 billion in the series' HKD million
            ("Ticketing", 2024, 171, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 432 - 1 = 12.500% -> 12.5, not 12.4;
            #   bounds 485.5/432.5 - 1 = 12.254% .. 486.5/431.5 - 1 = 12.746%: 12.4 inside -> rounding
            ("cagr|period", "exact"),  # (1100 / 486) ** (1/4) - 1 = 22.656% -> 22.7
        ],
    ),
    # 24. English prose, European association with decimal commas: "EUR 12,5 billion", "4,6% below", a country's
    #    share "27,2%", a forecast "this year"; distractors: member companies, "85 000 people", percentage points
    dict(
        text=(
            "BRUSSELS, 3 February 2025 — Sales of industrial heat pumps in the European Union fell to EUR 12,5 "
            "billion in 2024, 4,6% below the EUR 13,1 billion reached in 2023, the European Process Heat "
            "Association (EPHA) reported. Germany remained the largest national market at EUR 3,4 billion, or "
            "27,2% of the EU total. The association expects a return to growth this year, with sales of EUR 13,4 "
            "billion. Its 140 member companies employ 85 000 people, and the share of heat pumps in new industrial "
            "heating installations slipped 1,8 percentage points."
        ),
        obs=[
            ("Total", 2024, 12.5, "EUR billion", "actual"),
            ("Total", 2023, 13.1, "EUR billion", "actual"),
            ("Germany", 2024, 3.4, "EUR billion", "actual"),
            ("Total", 2025, 13.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", -4.6, "percent", 2023, 2024, 1.0),
            ("share", 27.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.5 / 13.1 - 1 = -4.580% -> -4.6
            ("arithmetic", "exact"),  # 3.4 / 12.5 = 27.200% -> 27.2
        ],
    ),
    # 25. English prose, UK consultancy in pounds: "£3.1bn last year, up from £2.4bn in 2021", a CAGR whose span only
    #    the amounts' years give (inferred), a 2029 forecast; distractors: a quarter's spending, a vendor's
    #    revenue "£412m", a price target in pence
    dict(
        text=(
            "LONDON, 12 May 2025 — Britain's market for business-to-business payments software was worth £3.1bn "
            "last year, up from £2.4bn in 2021, a compound annual growth rate of 8.9%, according to Thameside "
            "Analytics. The consultancy expects the market to reach £4.6bn in 2029. Spending in the first quarter "
            "of 2025 alone came to £0.9bn. Ledgerline, the largest vendor, reported revenue of £412m, and one "
            "broker has a price target of 1,150p on its shares."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
            ("Total", 2021, 2.4, "GBP billion", "actual"),
            ("Total", 2029, 4.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 8.9, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.1 / 2.4) ** (1/3) - 1 = 8.906% -> 8.9
        ],
    ),
    # 26. Simplified Chinese prose, Japanese research house in 亿日元: 2024财年 4,820亿日元 yoy, a 1.05万亿日元 forecast
    #    kept in 亿日元, a stated 2024-2030财年 CAGR reached only within rounding, a segment's share;
    #    distractors: 约合人民币 conversion, count of firms surveyed, 约四成 survey answer
    dict(
        text=(
            "据日本樱丘综合研究所6月发布的报告，2024财年（截至2025年3月）日本国内服务机器人市场规模达到4,820亿日元，"
            "较上一财年的4,390亿日元增长9.8%，约合人民币228亿元。报告预计，到2030财年该市场将扩大至1.05万亿日元，"
            "2024-2030财年年均复合增长率为13.8%。其中，餐饮配送机器人2024财年销售额为1,160亿日元，占整体的24.1%。"
            "该所共调查了312家企业，约四成受访企业表示人手短缺是导入机器人的主要原因。"
        ),
        obs=[
            ("Total", 2024, 4820, "JPY 100 million", "actual"),
            ("Total", 2023, 4390, "JPY 100 million", "actual"),
            ("Total", 2030, 10500, "JPY 100 million", "estimate"),  # 1.05万亿日元 in the series' 亿日元
            ("餐饮配送机器人", 2024, 1160, "JPY 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("cagr", 13.8, "percent", 2024, 2030, None, "stated"),
            ("share", 24.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4820 / 4390 - 1 = 9.795% -> 9.8
            ("cagr|implied", "rounding"),  # (10500 / 4820) ** (1/6) - 1 = 13.856% -> 13.9, not 13.8;
            #   bounds (10450/4820.5) ** (1/6) - 1 = 13.764% .. (10550/4819.5) ** (1/6) - 1 = 13.948%: 13.8 inside
            ("arithmetic", "exact"),  # 1160 / 4820 = 24.066% -> 24.1
        ],
    ),
    # 27. Traditional Chinese prose, Taiwanese institute, 民國 years beside Gregorian: 民國113年（2024年）產值
    #    新台幣1,285億元, 112年 base, 114年 可望突破 forecast, a part's share; distractors: 員工人數, 補助
    dict(
        text=(
            "【台北訊】財團法人台灣產業前瞻研究院（TIFI）於2025年3月14日發布報告指出，民國113年（2024年）台灣"
            "半導體設備產業產值達新台幣1,285億元，較112年的1,106億元成長16.2%。展望114年，受惠先進封裝擴產，"
            "產值可望突破1,500億元。其中關鍵零組件產值為新台幣418億元，占整體產業的32.5%。研究院表示，國內相關"
            "業者員工人數約2.3萬人，經濟部今年另編列新台幣12億元補助設備國產化。"
        ),
        obs=[
            ("Total", 2024, 1285, "TWD 100 million", "actual"),
            ("Total", 2023, 1106, "TWD 100 million", "actual"),
            ("Total", 2025, 1500, "TWD 100 million", "estimate"),
            ("關鍵零組件", 2024, 418, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("share", 32.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1285 / 1106 - 1 = 16.184% -> 16.2
            ("arithmetic", "exact"),  # 418 / 1285 = 32.529% -> 32.5
        ],
    ),
    # 28. Traditional Chinese prose, Hong Kong body in 億港元: 約為186億港元 按年增長7.5%, 2023 base after the rate,
    #    a part's share with 佔, a 2025 forecast; distractors: 1美元兌7.8港元 and 約合…美元, count of family offices,
    #    約三成
    dict(
        text=(
            "香港數碼資產協會昨日公布，2024年本港家族辦公室服務市場規模約為186億港元，按年增長7.5%，2023年則為"
            "173億港元。其中跨境財富管理業務達42億港元，佔整體市場的22.6%。以1美元兌7.8港元計算，市場規模約合"
            "23.8億美元。協會預計2025年市場規模將升至約205億港元。目前在港營運的單一家族辦公室約2,700間，較兩年前"
            "增加約三成。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2023, 173, "HKD 100 million", "actual"),
            ("跨境財富管理業務", 2024, 42, "HKD 100 million", "actual"),
            ("Total", 2025, 205, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.5, "percent", 2023, 2024, 1.0),
            ("share", 22.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 173 - 1 = 7.514% -> 7.5
            ("arithmetic", "exact"),  # 42 / 186 = 22.581% -> 22.6
        ],
    ),
    # 29. Traditional Chinese prose, Taiwanese research centre: 產值新台幣312億元 vs 268億元 with a printed 18.4%
    #    the amounts contradict; 外銷 as a part; 2025 and 2028 forecasts; distractors: 市占率約六成, 個百分點
    dict(
        text=(
            "根據台灣車輛產業研究中心2025年2月發布的統計，2024年台灣電動機車產業產值為新台幣312億元，較2023年的"
            "268億元成長18.4%，其中外銷約75億元。龍頭廠商市占率約六成，電動機車占整體機車新領牌數的比重則較前一年"
            "下降1.7個百分點。中心預估，2025年產值有望回升至340億元，到2028年達到460億元。"
        ),
        obs=[
            ("Total", 2024, 312, "TWD 100 million", "actual"),
            ("Total", 2023, 268, "TWD 100 million", "actual"),
            ("外銷", 2024, 75, "TWD 100 million", "actual"),
            ("Total", 2025, 340, "TWD 100 million", "estimate"),
            ("Total", 2028, 460, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 312 / 268 - 1 = 16.418%;
            #   bounds 311.5/268.5 - 1 = 16.015% .. 312.5/267.5 - 1 = 16.822%: 18.4 outside -> inconsistent
        ],
    ),
    # 30. Simplified Chinese prose, Chinese institute in 亿元: 同比增长 with the base after it, a stated
    #     2024-2029 CAGR; distractors: title year in 《》, 约合…美元, 约两成, 国产化率, a company's 营收, 员工, 千亿级
    dict(
        text=(
            "北京，2025年4月22日——中国信通数据研究院发布的《2025中国工业软件产业白皮书》显示，2024年我国工业软件市场"
            "规模达到2,940亿元，约合408亿美元，同比增长10.1%，2023年为2,670亿元。白皮书预计，2029年市场规模将达到"
            "5,200亿元，2024-2029年复合增长率为12.1%。研发设计类软件占比约两成，国产化率不足30%。行业头部企业"
            "中望星软件去年营收为86亿元，员工超过1.2万人。业内普遍认为，工业软件是一个千亿级的赛道。"
        ),
        obs=[
            ("Total", 2024, 2940, "CNY 100 million", "actual"),
            ("Total", 2023, 2670, "CNY 100 million", "actual"),
            ("Total", 2029, 5200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 10.1, "percent", 2023, 2024, 1.0),
            ("cagr", 12.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2940 / 2670 - 1 = 10.112% -> 10.1
            ("cagr|implied", "exact"),  # (5200 / 2940) ** (1/5) - 1 = 12.081% -> 12.1
        ],
    ),
    # 31. Simplified Chinese prose, Japanese association in 亿日元 年度: "由…630亿日元增长2.4倍至…2,150亿日元" (x3.4),
    #     a 2025年度 forecast with its rate; distractors: a won figure (no observation), 雇员, a government subsidy
    dict(
        text=(
            "日本氢能利用推进协会日前发布数据称，日本国内氢燃料电池设备市场规模由2021年度的630亿日元增长2.4倍至"
            "2024年度的2,150亿日元。协会预计2025年度市场规模将达到2,600亿日元，同比增长20.9%。相比之下，韩国同类"
            "市场2024年规模约为1.9万亿韩元。协会会员企业合计雇员约3.6万人；日本政府2024年度为氢能供应链拨付的补贴"
            "为3,000亿日元。"
        ),
        obs=[
            ("Total", 2021, 630, "JPY 100 million", "actual"),
            ("Total", 2024, 2150, "JPY 100 million", "actual"),
            ("Total", 2025, 2600, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2021, 2024, 3.0),  # 增长2.4倍 between two printed amounts -> x3.4
            ("growth", 20.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2600 / 2150 - 1 = 20.930% -> 20.9 (the multiple gets no verdict)
        ],
    ),
    # 32. Simplified Chinese prose, Chinese alliance in 亿元 then 万亿元: 2023年8,460亿元 opens the series, 2024年
    #     "突破1万亿元，达到1.02万亿元" (10200 亿元), a 20.9% rate reached only within rounding, a part's share;
    #     distractors: 第一季度, 个百分点, 约合…美元
    dict(
        text=(
            "2025年3月，中国算力产业联盟发布统计称，2023年全国数据中心服务市场规模为8,460亿元，2024年突破1万亿元，"
            "达到1.02万亿元，同比增长20.9%，约合1,420亿美元。其中智算服务规模为2,860亿元，占比28.0%。2024年第一季度"
            "市场规模为2,310亿元，全国机架平均上架率较上年提高3.5个百分点。"
        ),
        obs=[
            ("Total", 2023, 8460, "CNY 100 million", "actual"),
            ("Total", 2024, 10200, "CNY 100 million", "actual"),  # 1.02万亿元 in the series' 亿元
            ("智算服务", 2024, 2860, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("share", 28.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 10200 / 8460 - 1 = 20.567% -> 20.6, not 20.9;
            #   1.02万亿 read at ±0.005万亿 (±50亿): 10150/8460.5 - 1 = 19.969% .. 10250/8459.5 - 1 = 21.166%: inside
            ("arithmetic", "exact"),  # 2860 / 10200 = 28.039% -> 28.0
        ],
    ),
    # 33. Traditional Chinese prose, Taiwanese centre with 民國 years: 112年（2023年）862億元, 113年 1,021億元 年增,
    #     117年（2028年）forecast, a stated 113至117年 CAGR; distractors: 約合…美元, 逾七成, 滲透率
    dict(
        text=(
            "台灣數位經濟研究中心（2025年1月）統計，112年（2023年）國內雲端服務市場規模為新台幣862億元，113年成長至"
            "1,021億元，年增18.4%。中心預估，117年（2028年）市場規模將達2,050億元，113至117年年複合成長率為19.0%。"
            "以113年市場規模計，約合31億美元，外商業者合計囊括逾七成。企業公有雲滲透率約37%。"
        ),
        obs=[
            ("Total", 2023, 862, "TWD 100 million", "actual"),
            ("Total", 2024, 1021, "TWD 100 million", "actual"),
            ("Total", 2028, 2050, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1021 / 862 - 1 = 18.445% -> 18.4
            ("cagr|implied", "exact"),  # (2050 / 1021) ** (1/4) - 1 = 19.037% -> 19.0
        ],
    ),
    # 34. Simplified Chinese prose, Hong Kong association in 亿港元: 152亿港元 vs 128亿港元 with a printed 22.5% the
    #     amounts contradict, 今年 forecast; distractors: 约合人民币, 展览场数, 人次, a government scheme's budget
    dict(
        text=(
            "香港会议展览业协会2025年2月公布，2024年香港会展业直接收入为152亿港元，较2023年的128亿港元增长22.5%，"
            "约合人民币140亿元。协会预计今年收入可达约165亿港元。全年共举办展览约110场，访港参展旅客约140万人次；"
            "特区政府为吸引大型会展设立的资助计划预算为10亿港元。"
        ),
        obs=[
            ("Total", 2024, 152, "HKD 100 million", "actual"),
            ("Total", 2023, 128, "HKD 100 million", "actual"),
            ("Total", 2025, 165, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 152 / 128 - 1 = 18.750%;
            #   bounds 151.5/128.5 - 1 = 17.899% .. 152.5/127.5 - 1 = 19.608%: 22.5 outside -> inconsistent
        ],
    ),
    # 35. English pipe table, Japanese market by segment and fiscal year in ¥ billion with FY headers, an
    #     FY2025e forecast column and a Total row; distractor: a note's count of companies surveyed
    dict(
        text=(
            "Japan domestic cloud-security market by segment (¥ billion, fiscal years ending March). Source: Kasumi "
            "Research Institute, July 2025.\n"
            "| Segment | FY2023 | FY2024 | FY2025e |\n"
            "|---|---|---|---|\n"
            "| Network security | 182.4 | 201.7 | 219.0 |\n"
            "| Identity & access | 96.3 | 110.8 | 126.5 |\n"
            "| Managed services | 141.1 | 158.6 | 177.9 |\n"
            "| Total | 419.8 | 471.1 | 523.4 |\n"
            "Note 2: Kasumi surveyed 860 user companies; FY2025e is a forecast."
        ),
        obs=[
            ("Network security", 2023, 182.4, "JPY billion", "actual"),
            ("Network security", 2024, 201.7, "JPY billion", "actual"),
            ("Network security", 2025, 219.0, "JPY billion", "estimate"),
            ("Identity & access", 2023, 96.3, "JPY billion", "actual"),
            ("Identity & access", 2024, 110.8, "JPY billion", "actual"),
            ("Identity & access", 2025, 126.5, "JPY billion", "estimate"),
            ("Managed services", 2023, 141.1, "JPY billion", "actual"),
            ("Managed services", 2024, 158.6, "JPY billion", "actual"),
            ("Managed services", 2025, 177.9, "JPY billion", "estimate"),
            ("Total", 2023, 419.8, "JPY billion", "actual"),
            ("Total", 2024, 471.1, "JPY billion", "actual"),
            ("Total", 2025, 523.4, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 182.4 + 96.3 + 141.1 = 419.8
            ("hierarchy", "exact"),  # FY2024: 201.7 + 110.8 + 158.6 = 471.1
            ("hierarchy", "exact"),  # FY2025e: 219.0 + 126.5 + 177.9 = 523.4
        ],
    ),
    # 36. Traditional Chinese tab-separated table with 民國 year headers (111年-113年(預估)) in 新台幣億元, a 合計 row
    #     whose 112年 figure is reached only within rounding; distractor: the table number 表3
    dict(
        text=(
            "表3　台灣智慧醫療產業產值（單位：新台幣億元）\n"
            "項目\t111年\t112年\t113年(預估)\n"
            "醫療器材\t612.4\t668.3\t721.6\n"
            "健康照護軟體\t148.7\t171.2\t196.8\n"
            "遠距醫療服務\t53.1\t64.5\t78.3\n"
            "合計\t814.2\t904.1\t996.7\n"
            "資料來源：台灣健康科技研究所（2024年8月）；註：113年為預估值。"
        ),
        obs=[
            ("醫療器材", 2022, 612.4, "TWD 100 million", "actual"),
            ("醫療器材", 2023, 668.3, "TWD 100 million", "actual"),
            ("醫療器材", 2024, 721.6, "TWD 100 million", "estimate"),
            ("健康照護軟體", 2022, 148.7, "TWD 100 million", "actual"),
            ("健康照護軟體", 2023, 171.2, "TWD 100 million", "actual"),
            ("健康照護軟體", 2024, 196.8, "TWD 100 million", "estimate"),
            ("遠距醫療服務", 2022, 53.1, "TWD 100 million", "actual"),
            ("遠距醫療服務", 2023, 64.5, "TWD 100 million", "actual"),
            ("遠距醫療服務", 2024, 78.3, "TWD 100 million", "estimate"),
            ("合計", 2022, 814.2, "TWD 100 million", "actual"),
            ("合計", 2023, 904.1, "TWD 100 million", "actual"),
            ("合計", 2024, 996.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 111年: 612.4 + 148.7 + 53.1 = 814.2
            ("hierarchy", "rounding"),  # 112年: 668.3 + 171.2 + 64.5 = 904.0, printed 904.1;
            #   each row ±0.05: 903.85 .. 904.15 -> 904.1 reachable -> rounding
            ("hierarchy", "exact"),  # 113年: 721.6 + 196.8 + 78.3 = 996.7
        ],
    ),
    # 37. Simplified Chinese space-aligned vertical table (rows are 财年), a lone value column headed by its unit
    #     亿日元 (the market's Total) and a 同比 column; distractor: 约占…四成
    dict(
        text=(
            "日本国内电子漫画市场规模（来源：东邦出版科学研究所，2025年6月；财年截至次年3月）\n"
            "财年        亿日元      同比\n"
            "2021财年    4,114       —\n"
            "2022财年    4,479       8.9%\n"
            "2023财年    4,830       7.8%\n"
            "2024财年    5,124       6.1%\n"
            "电子漫画读者约占日本网民的四成。"
        ),
        obs=[
            ("Total", 2021, 4114, "JPY 100 million", "actual"),
            ("Total", 2022, 4479, "JPY 100 million", "actual"),
            ("Total", 2023, 4830, "JPY 100 million", "actual"),
            ("Total", 2024, 5124, "JPY 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.9, "percent", 2021, 2022, 1.0),
            ("growth", 7.8, "percent", 2022, 2023, 1.0),
            ("growth", 6.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4479 / 4114 - 1 = 8.872% -> 8.9
            ("cagr|implied", "exact"),  # 4830 / 4479 - 1 = 7.837% -> 7.8
            ("cagr|implied", "exact"),  # 5124 / 4830 - 1 = 6.087% -> 6.1
        ],
    ),
    # 38. English tab-separated table, EU market by country in EUR million with spaced thousands ("1 250"), an
    #     "EU-27 total" row; distractors: edition year, table number, a survey answer, an average price
    dict(
        text=(
            "Table 2. EU market for refurbished smartphones by country, EUR million (European Circular Electronics "
            "Forum, 2025 edition)\n"
            "Country\t2023\t2024\n"
            "Germany\t1 250\t1 412\n"
            "France\t986\t1 104\n"
            "Italy\t642\t731\n"
            "Spain\t518\t590\n"
            "Other EU\t1 874\t2 035\n"
            "EU-27 total\t5 270\t5 872\n"
            "The forum's survey found that 38% of buyers cite price as the main reason; the average device sold "
            "for EUR 312."
        ),
        obs=[
            ("Germany", 2023, 1250, "EUR million", "actual"),
            ("Germany", 2024, 1412, "EUR million", "actual"),
            ("France", 2023, 986, "EUR million", "actual"),
            ("France", 2024, 1104, "EUR million", "actual"),
            ("Italy", 2023, 642, "EUR million", "actual"),
            ("Italy", 2024, 731, "EUR million", "actual"),
            ("Spain", 2023, 518, "EUR million", "actual"),
            ("Spain", 2024, 590, "EUR million", "actual"),
            ("Other EU", 2023, 1874, "EUR million", "actual"),
            ("Other EU", 2024, 2035, "EUR million", "actual"),
            ("EU-27 total", 2023, 5270, "EUR million", "actual"),
            ("EU-27 total", 2024, 5872, "EUR million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1250 + 986 + 642 + 518 + 1874 = 5270
            ("hierarchy", "exact"),  # 2024: 1412 + 1104 + 731 + 590 + 2035 = 5872
        ],
    ),
    # 39. English pipe table, Hong Kong market by segment in HK$ million with a YoY change column (one decline)
    #     and a Total row; distractors: employee count, a chain's own revenue in HK$
    dict(
        text=(
            "Hong Kong private tutoring market by segment (HK$ million). Source: Lion Rock Education Research, "
            "January 2025.\n"
            "| Segment | 2023 | 2024 | YoY change |\n"
            "|---|---|---|---|\n"
            "| Secondary exam prep | 2,845 | 3,012 | +5.9% |\n"
            "| Primary enrichment | 1,372 | 1,448 | +5.5% |\n"
            "| Language courses | 963 | 921 | -4.4% |\n"
            "| Total | 5,180 | 5,381 | +3.9% |\n"
            "Tutoring centres employed 14,600 people; the largest chain, BrightPath, reported revenue of HK$523 "
            "million."
        ),
        obs=[
            ("Secondary exam prep", 2023, 2845, "HKD million", "actual"),
            ("Secondary exam prep", 2024, 3012, "HKD million", "actual"),
            ("Primary enrichment", 2023, 1372, "HKD million", "actual"),
            ("Primary enrichment", 2024, 1448, "HKD million", "actual"),
            ("Language courses", 2023, 963, "HKD million", "actual"),
            ("Language courses", 2024, 921, "HKD million", "actual"),
            ("Total", 2023, 5180, "HKD million", "actual"),
            ("Total", 2024, 5381, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 5.9, "percent", 2023, 2024, 1.0),
            ("growth", 5.5, "percent", 2023, 2024, 1.0),
            ("growth", -4.4, "percent", 2023, 2024, 1.0),
            ("growth", 3.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3012 / 2845 - 1 = 5.870% -> 5.9
            ("cagr|implied", "exact"),  # 1448 / 1372 - 1 = 5.539% -> 5.5
            ("cagr|implied", "exact"),  # 921 / 963 - 1 = -4.361% -> -4.4
            ("cagr|implied", "exact"),  # 5381 / 5180 - 1 = 3.880% -> 3.9
            ("hierarchy", "exact"),  # 2023: 2845 + 1372 + 963 = 5180
            ("hierarchy", "exact"),  # 2024: 3012 + 1448 + 921 = 5381
        ],
    ),
    # 40. Simplified Chinese pipe table, Chinese market by segment in 亿元 with a 2025E column and a 合计 row, a
    #     share line below; distractors: 按1美元兑7.2元人民币 and 约合…美元
    dict(
        text=(
            "表：中国跨境电商物流市场结构（单位：亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| 海运专线 | 1,842 | 2,106 | 2,390 |\n"
            "| 空运专线 | 1,265 | 1,398 | 1,540 |\n"
            "| 海外仓 | 968 | 1,187 | 1,420 |\n"
            "| 合计 | 4,075 | 4,691 | 5,350 |\n"
            "数据来源：华衡咨询，2025年1月。2024年海外仓占比25.3%；按1美元兑7.2元人民币换算，2024年市场规模约合652亿美元。"
        ),
        obs=[
            ("海运专线", 2023, 1842, "CNY 100 million", "actual"),
            ("海运专线", 2024, 2106, "CNY 100 million", "actual"),
            ("海运专线", 2025, 2390, "CNY 100 million", "estimate"),
            ("空运专线", 2023, 1265, "CNY 100 million", "actual"),
            ("空运专线", 2024, 1398, "CNY 100 million", "actual"),
            ("空运专线", 2025, 1540, "CNY 100 million", "estimate"),
            ("海外仓", 2023, 968, "CNY 100 million", "actual"),
            ("海外仓", 2024, 1187, "CNY 100 million", "actual"),
            ("海外仓", 2025, 1420, "CNY 100 million", "estimate"),
            ("合计", 2023, 4075, "CNY 100 million", "actual"),
            ("合计", 2024, 4691, "CNY 100 million", "actual"),
            ("合计", 2025, 5350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 25.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1842 + 1265 + 968 = 4075
            ("hierarchy", "exact"),  # 2024: 2106 + 1398 + 1187 = 4691
            ("hierarchy", "exact"),  # 2025E: 2390 + 1540 + 1420 = 5350
            ("arithmetic", "exact"),  # 1187 / 4691 = 25.304% -> 25.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 10, 'inconsistent': 5, 'rounding': 9, 'exact': 85}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '¥1,324.5 billion in fiscal 2024',
    '¥3.1 trillion (roughly $20.7 billion)',
    '₩6.3 trillion',
    'NT$689.2 billion',
    'HK$486 million',
    'EUR 12,5 billion',
    'a fall of 10,1 %',
    'EUR 1 250 million',
    '£3.1bn',
    '€4.2bn in 2024 (about $4.5bn)',
    'total addressable market',
    '民國113年（2024年）',
    '38.6億港元',
    '8,460亿日元',
    '2.1万亿日元',
    '增长了4倍',
    '突破1.2兆元',
    '2024全年',
    '1 227,1',
    '2025（預測）',
    '¥1,324.5 billion in fiscal 2024',
    'for fiscal 2024-2029',
    'NT$48.6 billion worth of output last year',
    'HK$486 million',
    'HK$1.1 billion by 2028',
    'EUR 12,5 billion',
    '4,6% below',
    '£3.1bn last year, up from £2.4bn in 2021',
    '4,820亿日元',
    '1.05万亿日元',
    '民國113年（2024年）',
    '億港元，按年增長7.5%',
    '增长2.4倍',
    '突破1万亿元，达到1.02万亿元',
    '113至117年年複合成長率',
    '| FY2025e |',
    '113年(預估)',
    '财年        亿日元',
    'Germany\t1 250\t1 412',
    '| YoY change |',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 236 figures, 47 rates,
#: 87 verdicts and 1 false inconsistent on the code before the readings chosen on the hundredth and
#: hundred-and-second sets; 237, 47, 87 and 1 after them
FLOORS = {"figures_found": 239, "rates_found": 48, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it;
#: a second came with reading "26% more than the EUR 168 million" as a rise over that amount, which gained the
#: hundredth set and the held-out hundred-and-fifty-first and hundred-and-sixty-ninth a rate each)
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset101.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
