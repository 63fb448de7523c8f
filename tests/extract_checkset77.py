"""A seventy-seventh check set for the extractor, written blind: the commonest sources of market figures in the wild --
market-research firms' press releases and report summaries ("was valued at ... and is projected to grow from ... to
..., exhibiting a CAGR of ... during the forecast period", segment and regional shares, base and forecast years),
Chinese research institutes' summaries, white papers and articles (市场规模达到, 同比增长, 预计到, 年复合增长率, 其中, 占比) and
Traditional Chinese market-intelligence releases (億元, 年複合成長率); and figures as news and commentary quote them from
several sources at once (according to, up from, compared with, a year earlier, 较上年, of which, 其中, ranges, revisions,
amounts in two currencies, 兆元), with forecast tables by segment or region, tables copied from PDFs and Chinese tables in
亿元 with 同比 columns. Any technology market, not only AI.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a market-research press release: "was valued at ... in 2024 and is projected to grow from ... in 2025 to ...
    #    by 2032, exhibiting a CAGR of ... during the forecast period (2025-2032)"; segment and region shares with no
    #    amount; base year, historical-data span, vendor and page counts are boilerplate
    dict(
        text=(
            "Ravelstone Insights has published its Conversational AI Software Market report. The global "
            "conversational AI software market was valued at USD 5.82 billion in 2024 and is projected to grow from "
            "USD 7.14 billion in 2025 to USD 31.4 billion by 2032, exhibiting a CAGR of 23.6% during the forecast "
            "period (2025-2032). The software segment accounted for the largest revenue share of 41.2% in 2024, "
            "while North America dominated the market with a share of 36.5% in the same year. The study takes 2024 "
            "as its base year, covers historical data for 2019-2023 and profiles 24 vendors across 212 pages."
        ),
        obs=[
            ("Total", 2024, 5.82, "USD billion", "actual"),
            ("Total", 2025, 7.14, "USD billion", "estimate"),
            ("Total", 2032, 31.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2025, 2032, None, "stated"),  # span printed "(2025-2032)"
            ("share", 41.2, "percent", 2024, 2024, None),  # software segment, no amount printed
            ("share", 36.5, "percent", 2024, 2024, None),  # North America, no amount printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.4 / 7.14) ** (1/7) - 1 = 23.564% -> 23.6
        ],
    ),
    # 2. a press release whose CAGR runs "over the forecast period" with no printed span (inferred from its amounts'
    #    years 2023 and 2030), exact only within rounding; a survey answer and "a multibillion-dollar opportunity"
    #    are distractors
    dict(
        text=(
            "Northgate Market Analytics: The global cloud security market size was estimated at USD 38.9 billion in "
            "2023 and is anticipated to reach USD 94.1 billion by 2030, registering a CAGR of 13.4% over the "
            "forecast period. The solutions segment held 63.8% of revenue in 2023, as enterprises consolidated "
            "posture-management and workload-protection tools. Vendors describe zero-trust access as a "
            "multibillion-dollar opportunity for managed service providers. In a poll of 410 security chiefs, 71% "
            "said they plan to raise cloud security budgets next year."
        ),
        obs=[
            ("Total", 2023, 38.9, "USD billion", "actual"),
            ("Total", 2030, 94.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2023, 2030, None, "inferred"),  # span only from the amounts' years
            ("share", 63.8, "percent", 2023, 2023, None),  # solutions segment, no amount printed
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (94.1 / 38.9) ** (1/7) - 1 = 13.450% -> 13.5, not 13.4;
            #   bounds: (94.05 / 38.95) ** (1/7) - 1 = 13.421%, (94.15 / 38.85) ** (1/7) - 1 = 13.480%;
            #   13.421% rounds to 13.4 -> rounding
        ],
    ),
    # 3. a dated news item: "climbed 27% last year to €1.87 billion, from €1.47 billion in 2023", "pass €2.3 billion
    #    this year" (estimate of the dateline's year); a quarter's figure, percentage points, a share of charging
    #    points (no share of the market), a company's revenue and a headcount expected nowhere
    dict(
        text=(
            "BERLIN, 12 February 2025 — Spending on public EV charging in Germany climbed 27% last year to "
            "€1.87 billion, from €1.47 billion in 2023, according to figures compiled by the Voltmark Institute. In "
            "the fourth quarter alone, drivers spent €560 million at public chargers. Voltmark expects the market to "
            "pass €2.3 billion this year as motorway fast-charging hubs open. Fast chargers' share of installed "
            "points rose 4 percentage points, to 21%. Ladewerk AG, the largest operator, reported revenue of "
            "€312 million for 2024 and employs about 1,400 people."
        ),
        obs=[
            ("Total", 2024, 1.87, "EUR billion", "actual"),
            ("Total", 2023, 1.47, "EUR billion", "actual"),
            ("Total", 2025, 2.3, "EUR billion", "estimate"),  # "pass" is approximate: printed figure
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.87 / 1.47 - 1 = 27.211% -> 27
        ],
    ),
    # 4. an earnings-call transcript: a company sizes its total addressable market (the market, Total) in fiscal
    #    years; "nearly a threefold increase" (x3) and a 23% CAGR with its span printed, exact only within
    #    rounding; the company's quarterly revenue, share target, headcount, price target, upside and margin nowhere
    dict(
        text=(
            "Halvorsen Semiconductor, Q3 fiscal 2025 earnings call, 19 November 2025. CEO Mira Castell: \"By our "
            "count, the total addressable market for edge AI inference silicon was $48 billion in fiscal 2024, and "
            "we see it reaching $138 billion by fiscal 2029 — nearly a threefold increase, or a 23% compound annual "
            "growth rate from fiscal 2024 through fiscal 2029. Our own revenue in the quarter was $1.26 billion, up "
            "31% year over year, and we are targeting a 15% share of that market. We ended the quarter with 9,800 "
            "employees.\" Analyst Tom Reyes of Baystone Securities: \"Our price target of $215 implies 22% upside "
            "from here. Can you talk about gross margin, which came in at 58.4%?\""
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2029, 138, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2029, 5.0),  # "nearly a threefold increase"
            ("cagr", 23.0, "percent", 2024, 2029, None, "stated"),  # span printed
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (138 / 48) ** (1/5) - 1 = 23.517% -> 24, not 23;
            #   bounds: (137.5 / 48.5) ** (1/5) - 1 = 23.172%, (138.5 / 47.5) ** (1/5) - 1 = 23.866%;
            #   23.172% rounds to 23 -> rounding
        ],
    ),
    # 5. a consultancy briefing note: "rose 18% to USD 6.2 billion in 2024, from USD 5.1 billion in 2023" which its
    #    own amounts contradict; a part ("Johor") with its share of the printed total; note number, vacancy rate
    #    and percentage points nowhere
    dict(
        text=(
            "Kestrel Advisory | Briefing note No. 14 | Data centres. Colocation revenue across Southeast Asia's six "
            "largest markets rose 18% to USD 6.2 billion in 2024, from USD 5.1 billion in 2023. Johor, across the "
            "causeway from Singapore, contributed USD 1.4 billion, or 22.6% of the total. Kestrel expects the "
            "regional figure to reach USD 9.8 billion in 2027 as hyperscale campuses under construction come "
            "online. Average vacancy fell to 6.5%, down 3.1 percentage points on the year."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2023, 5.1, "USD billion", "actual"),
            ("Total", 2027, 9.8, "USD billion", "estimate"),
            ("Johor", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("share", 22.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 6.2 / 5.1 - 1 = 21.569%; bounds 6.15 / 5.15 - 1 = 19.417%,
            #   6.25 / 5.05 - 1 = 23.762%; 18 is outside 19.4..23.8 -> inconsistent
            ("arithmetic", "exact"),  # 1.4 / 6.2 = 22.581% -> 22.6
        ],
    ),
    # 6. a London press release in pounds: "£2.35 billion in 2024 ... £4.1 billion by 2029, a compound annual growth
    #    rate of 11.8% between 2024 and 2029"; a part in another scale (its own series, GBP million) with its share;
    #    a survey answer nowhere
    dict(
        text=(
            "LONDON — Open banking payments in the UK generated £2.35 billion in 2024, according to a report from "
            "Thistlefield Research, which forecasts the market will reach £4.1 billion by 2029, a compound annual "
            "growth rate of 11.8% between 2024 and 2029. Payment initiation services accounted for £940 million of "
            "the 2024 total, or 40%. A survey of 1,200 consumers carried out for the report found that 38% had used "
            "pay-by-bank at least once."
        ),
        obs=[
            ("Total", 2024, 2.35, "GBP billion", "actual"),
            ("Total", 2029, 4.1, "GBP billion", "estimate"),
            ("Payment initiation services", 2024, 0.94, "GBP billion", "actual"),  # £940 million in the series' unit
        ],
        claims=[
            ("cagr", 11.8, "percent", 2024, 2029, None, "stated"),
            ("share", 40.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.35) ** (1/5) - 1 = 11.775% -> 11.8
            ("arithmetic", "exact"),  # 0.94 / 2.35 = 40.000% -> 40
        ],
    ),
    # 7. a dated Tokyo news item in yen by fiscal year: "up 9.6% from ¥376.4 billion a year earlier", "annual growth
    #    of about 8% over fiscal 2024-2030"; a share with no amount; a won figure (no observation) and a survey
    #    answer nowhere
    dict(
        text=(
            "TOKYO, 9 June 2025 — Japan's market for service robots reached ¥412.5 billion in fiscal 2024, up 9.6% "
            "from ¥376.4 billion a year earlier, the Sakuragawa Robotics Forum said on Monday. The forum projects "
            "¥655 billion by fiscal 2030, implying annual growth of about 8% over fiscal 2024-2030. Cleaning and "
            "delivery robots made up 44% of the market in fiscal 2024. South Korea's market, by comparison, was put "
            "at 2.1 trillion won. In the forum's own poll of 320 facility managers, 57% said they planned to buy "
            "at least one robot this year."
        ),
        obs=[
            ("Total", 2024, 412.5, "JPY billion", "actual"),
            ("Total", 2023, 376.4, "JPY billion", "actual"),
            ("Total", 2030, 655, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("cagr", 8.0, "percent", 2024, 2030, None, "stated"),  # "over fiscal 2024-2030"
            ("share", 44.0, "percent", 2024, 2024, None),  # cleaning and delivery robots, no amount printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412.5 / 376.4 - 1 = 9.591% -> 9.6
            ("cagr|implied", "exact"),  # (655 / 412.5) ** (1/6) - 1 = 8.011% -> 8
        ],
    ),
    # 8. a report summary in Hong Kong dollars: "totalled HK$4.86 billion in 2024, up 18% from HK$4.12 billion";
    #    a part; a 2028 range (two value claims, no observation); a second publisher's 2024 figure, the edition
    #    year and a quarter's figure nowhere
    dict(
        text=(
            "Report summary — Hong Kong Smart Home Devices, 2025 edition. Retail sales of smart-home devices in "
            "Hong Kong totalled HK$4.86 billion in 2024, up 18% from HK$4.12 billion in 2023, according to Lantau "
            "Data. Smart security cameras were the largest category at HK$1.52 billion. Lantau expects sales of "
            "between HK$7.0 billion and HK$7.6 billion in 2028, depending on how quickly Matter-certified devices "
            "reach mass-market price points. A separate tally by Kowloon Metrics puts 2024 sales at HK$5.3 billion. "
            "In the fourth quarter alone, sales reached HK$1.61 billion."
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD billion", "actual"),
            ("Total", 2023, 4.12, "HKD billion", "actual"),
            ("Smart security cameras", 2024, 1.52, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("value", 7.0, "HKD billion", 2028, 2028, None),  # range low end
            ("value", 7.6, "HKD billion", 2028, 2028, None),  # range high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 4.12 - 1 = 17.961% -> 18
        ],
    ),
    # 9. a Simplified Chinese 白皮书 summary: 市场规模达到X亿元，同比增长Y%；预计到2028年将达到Z亿元，2024-2028年复合增长率为W%；
    #    "其中" part with its 占比; a share only in words (约占四成), the title year and a count of firms nowhere
    dict(
        text=(
            "《2025中国人工智能服务器产业白皮书》显示，2024年我国AI服务器市场规模达到1,152亿元，同比增长46.2%；"
            "预计到2028年将达到3,380亿元，2024-2028年复合增长率为30.9%。其中，训练服务器市场规模为668亿元，"
            "占比58.0%；推理服务器约占四成，且增速更快。该白皮书由启衡研究院联合32家企业共同编制。"
        ),
        obs=[
            ("Total", 2024, 1152, "CNY 100 million", "actual"),
            ("Total", 2028, 3380, "CNY 100 million", "estimate"),
            ("训练服务器", 2024, 668, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("cagr", 30.9, "percent", 2024, 2028, None, "stated"),
            ("share", 58.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3380 / 1152) ** (1/4) - 1 = 30.878% -> 30.9
            ("arithmetic", "exact"),  # 668 / 1152 = 57.986% -> 58.0
        ],
    ),
    # 10. a Simplified Chinese public-account article: 较2022年的6,250亿元增长37.6%; 突破1.2万亿元 kept in the series'
    #     unit (亿元, 12000); a stated CAGR its own amounts contradict; 千亿级 and 个百分点 nowhere
    dict(
        text=(
            "【赛道观察】充电桩还能火多久？据澄川研究院测算，2023年我国充电基础设施市场规模为8,600亿元，"
            "较2022年的6,250亿元增长37.6%。机构预计，2027年市场规模将突破1.2万亿元，2023-2027年复合增长率约为12%。"
            "业内普遍认为，换电将是下一个千亿级赛道。另据统计，2023年公共充电桩平均利用率提升2.3个百分点。"
        ),
        obs=[
            ("Total", 2023, 8600, "CNY 100 million", "actual"),
            ("Total", 2022, 6250, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),  # 突破1.2万亿元, series opened in 亿元
        ],
        claims=[
            ("growth", 37.6, "percent", 2022, 2023, 1.0),
            ("cagr", 12.0, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8600 / 6250 - 1 = 37.600% -> 37.6
            ("cagr|implied", "inconsistent"),  # (12000 / 8600) ** (1/4) - 1 = 8.685%; widest reading
            #   (12500 / 8599.5) ** (1/4) - 1 = 9.802% (1.2万亿 at +0.05万亿); 12 is outside -> inconsistent
        ],
    ),
    # 11. a dated Simplified Chinese news item: 去年 (2024, actual) and 今年有望 (2025, estimate) with 增长7.5% between
    #     them; a 同比 with no base amount; a part; a survey answer, a company's revenue and headcount nowhere
    dict(
        text=(
            "2025年3月18日，鸿鹄安全研究中心发布年度报告称，去年我国网络安全市场规模约为735亿元，同比增长6.1%；"
            "今年有望达到790亿元，增长7.5%。其中，数据安全规模达到96亿元，成为增长最快的细分方向。"
            "报告调研的480家政企用户中，有55%计划今年增加安全投入。某头部安全厂商去年实现营业收入78.4亿元，"
            "员工超过6,000人。"
        ),
        obs=[
            ("Total", 2024, 735, "CNY 100 million", "actual"),  # 约: printed figure
            ("Total", 2025, 790, "CNY 100 million", "estimate"),
            ("数据安全", 2024, 96, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 6.1, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("growth", 7.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 790 / 735 - 1 = 7.483% -> 7.5
        ],
    ),
    # 12. a Traditional Chinese (Taiwan) market-intelligence release: 新台幣億元, 年增, 預估, 年複合成長率 with its span;
    #     a part with 占比; a survey answer and a count of firms nowhere
    dict(
        text=(
            "璟新產業研究所今日發布《台灣資料中心市場展望》報告指出，2024年台灣資料中心市場規模為新台幣1,486億元，"
            "年增12.3%；預估2029年將成長至新台幣2,615億元，2024至2029年年複合成長率達12.0%。其中，託管服務規模"
            "約678億元，占比45.6%，為最大區塊。研究所分析師表示，受AI伺服器需求帶動，電力與散熱相關投資將持續升溫。"
            "報告共訪問215家企業，其中63%表示明年將擴大IT預算。"
        ),
        obs=[
            ("Total", 2024, 1486, "TWD 100 million", "actual"),
            ("Total", 2029, 2615, "TWD 100 million", "estimate"),
            ("託管服務", 2024, 678, "TWD 100 million", "actual"),  # 約: printed figure
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("cagr", 12.0, "percent", 2024, 2029, None, "stated"),
            ("share", 45.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2615 / 1486) ** (1/5) - 1 = 11.967% -> 12.0
            ("arithmetic", "exact"),  # 678 / 1486 = 45.626% -> 45.6
        ],
    ),
    # 13. a Traditional Chinese (Hong Kong) release in 億港元: 較2023年的402億港元增長21.0%, exact only within rounding;
    #     約720億港元 in 2027 and 年複合增長率約14% with its span; a quarter's figure and a penetration rate nowhere
    dict(
        text=(
            "【維港數據研究】最新市場情報顯示，2024年香港數碼支付及虛擬銀行市場規模為486億港元，較2023年的402億港元"
            "增長21.0%。報告預計，市場規模將於2027年達到約720億港元，2024至2027年年複合增長率約14%。第四季單季"
            "交易相關收入錄得138億港元，創歷來新高。報告亦指出，本地成年人使用電子錢包的滲透率已升至67%。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 402, "HKD 100 million", "actual"),
            ("Total", 2027, 720, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 14.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 486 / 402 - 1 = 20.896% -> 20.9, not 21.0; bounds
            #   485.5 / 402.5 - 1 = 20.621%, 486.5 / 401.5 - 1 = 21.171%; 21.0 lies inside -> rounding
            ("cagr|implied", "exact"),  # (720 / 486) ** (1/3) - 1 = 13.998% -> 14
        ],
    ),
    # 14. a Traditional Chinese (Taiwan) institute estimate: 較2022年增長2倍 between the two printed amounts is x3 over 3 years
    #     (grew by twice over; no verdict);
    #     預估 and 可望突破 estimates; 約占三成, a count of firms and a company's revenue target nowhere
    dict(
        text=(
            "崇理科技研究院估計，台灣服務型機器人市場規模2022年為新台幣58億元，2025年預估達新台幣174億元，"
            "較2022年增長2倍。研究院指出，若餐飲、物流與醫療場域導入順利，2030年市場規模可望突破新台幣400億元。"
            "其中醫療照護機器人約占三成。目前國內相關業者已超過120家，某上市機器人廠今年營收目標為新台幣35億元。"
        ),
        obs=[
            ("Total", 2022, 58, "TWD 100 million", "actual"),
            ("Total", 2025, 174, "TWD 100 million", "estimate"),
            ("Total", 2030, 400, "TWD 100 million", "estimate"),  # 突破: printed figure
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2022, 2025, 3.0),  # 增長2倍: 174 / 58 = 3
        ],
        verdicts=[],
    ),
    # 15. a Simplified Chinese institute note on public cloud: 同比增长18.7%, 较2020年增长3倍 (x3 over 4 years), a part
    #     with 占比, a part's 同比 with no amounts, 超过 a 2025 estimate; a company's cloud revenue and 个百分点 nowhere
    dict(
        text=(
            "观澜智库最新测算显示，2024年中国公有云市场规模达到4,850亿元，同比增长18.7%，较2020年增长3倍。"
            "其中，IaaS市场规模为3,120亿元，占比64.3%；PaaS市场同比增长26.1%，增速居各细分领域之首。"
            "观澜预计2025年市场规模将超过5,700亿元。头部厂商中，某云服务商2024年云业务收入1,014亿元，"
            "市场份额提升1.2个百分点。"
        ),
        obs=[
            ("Total", 2024, 4850, "CNY 100 million", "actual"),
            ("Total", 2025, 5700, "CNY 100 million", "estimate"),  # 超过: printed figure
            ("IaaS", 2024, 3120, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 较2020年增长3倍
            ("share", 64.3, "percent", 2024, 2024, None),
            ("growth", 26.1, "percent", 2023, 2024, 1.0),  # PaaS, no amounts printed: no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3120 / 4850 = 64.330% -> 64.3
        ],
    ),
    # 16. an English pipe table by segment, years as columns (2024, 2025E, 2030F) and a CAGR 2025-2030 column; the
    #     total row adds up in 2024 and 2030 but only within rounding in 2025E; table number and source line nowhere
    dict(
        text=(
            "Table 3. Global AI data-centre accelerator market by segment (USD billion)\n"
            "\n"
            "| Segment | 2024 | 2025E | 2030F | CAGR 2025-2030 |\n"
            "|---|---|---|---|---|\n"
            "| Training | 38.4 | 49.6 | 112.5 | 17.8% |\n"
            "| Inference | 21.7 | 31.2 | 118.9 | 30.7% |\n"
            "| Networking & other | 6.3 | 8.1 | 22.4 | 22.6% |\n"
            "| Total | 66.4 | 89.0 | 253.8 | 23.3% |\n"
            "\n"
            "Source: Marlow & Quist estimates; totals may not add due to rounding."
        ),
        obs=[
            ("Training", 2024, 38.4, "USD billion", "actual"),
            ("Training", 2025, 49.6, "USD billion", "estimate"),
            ("Training", 2030, 112.5, "USD billion", "estimate"),
            ("Inference", 2024, 21.7, "USD billion", "actual"),
            ("Inference", 2025, 31.2, "USD billion", "estimate"),
            ("Inference", 2030, 118.9, "USD billion", "estimate"),
            ("Networking & other", 2024, 6.3, "USD billion", "actual"),
            ("Networking & other", 2025, 8.1, "USD billion", "estimate"),
            ("Networking & other", 2030, 22.4, "USD billion", "estimate"),
            ("Total", 2024, 66.4, "USD billion", "actual"),
            ("Total", 2025, 89.0, "USD billion", "estimate"),
            ("Total", 2030, 253.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2025, 2030, None, "stated"),
            ("cagr", 30.7, "percent", 2025, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2025, 2030, None, "stated"),
            ("cagr", 23.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Training (112.5 / 49.6) ** (1/5) - 1 = 17.797% -> 17.8
            ("cagr|implied", "exact"),  # Inference (118.9 / 31.2) ** (1/5) - 1 = 30.679% -> 30.7
            ("cagr|implied", "exact"),  # Networking & other (22.4 / 8.1) ** (1/5) - 1 = 22.561% -> 22.6
            ("cagr|implied", "exact"),  # Total (253.8 / 89.0) ** (1/5) - 1 = 23.316% -> 23.3
            ("hierarchy", "exact"),  # 2024: 38.4 + 21.7 + 6.3 = 66.4 = 66.4
            ("hierarchy", "rounding"),  # 2025E: 49.6 + 31.2 + 8.1 = 88.9 vs 89.0; bounds 88.9 +/- 3 * 0.05
            #   = 88.75..89.05 (89.0 printed) -> rounding
            ("hierarchy", "exact"),  # 2030F: 112.5 + 118.9 + 22.4 = 253.8 = 253.8
        ],
    ),
    # 17. a Simplified Chinese vertical pipe table (rows are years) with 单位：亿元, a lone value column headed by its
    #     unit (Total) and a 同比 column; one 同比 exact only within rounding; the first year's "—" is no claim;
    #     table number and title years nowhere
    dict(
        text=(
            "表2  2020-2025年中国工业机器人市场规模\n"
            "单位：亿元\n"
            "\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2020 | 422 | — |\n"
            "| 2021 | 545 | 29.1% |\n"
            "| 2022 | 587 | 7.7% |\n"
            "| 2023 | 604 | 3.0% |\n"
            "| 2024 | 651 | 7.8% |\n"
            "| 2025E | 712 | 9.4% |\n"
            "\n"
            "资料来源：观澜智库整理；2025年为预测值。"
        ),
        obs=[
            ("Total", 2020, 422, "CNY 100 million", "actual"),
            ("Total", 2021, 545, "CNY 100 million", "actual"),
            ("Total", 2022, 587, "CNY 100 million", "actual"),
            ("Total", 2023, 604, "CNY 100 million", "actual"),
            ("Total", 2024, 651, "CNY 100 million", "actual"),
            ("Total", 2025, 712, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2020, 2021, 1.0),
            ("growth", 7.7, "percent", 2021, 2022, 1.0),
            ("growth", 3.0, "percent", 2022, 2023, 1.0),
            ("growth", 7.8, "percent", 2023, 2024, 1.0),
            ("growth", 9.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 545 / 422 - 1 = 29.147% -> 29.1
            ("cagr|implied", "exact"),  # 587 / 545 - 1 = 7.706% -> 7.7
            ("cagr|implied", "rounding"),  # 604 / 587 - 1 = 2.896% -> 2.9, not 3.0; bounds
            #   603.5 / 587.5 - 1 = 2.723%, 604.5 / 586.5 - 1 = 3.069%; 3.0 lies inside -> rounding
            ("cagr|implied", "exact"),  # 651 / 604 - 1 = 7.781% -> 7.8
            ("cagr|implied", "exact"),  # 712 / 651 - 1 = 9.370% -> 9.4
        ],
    ),
    # 18. an English tab-separated regional table for one year with a share column and a Total row (100.0% is no
    #     claim); shares from printed parts and whole; source and issue number nowhere
    dict(
        text=(
            "Edge computing hardware revenue by region, 2024 (USD million)\n"
            "Region\tRevenue\tShare\n"
            "North America\t4,812\t38.5%\n"
            "Europe\t3,104\t24.8%\n"
            "Asia Pacific\t3,690\t29.5%\n"
            "Rest of World\t902\t7.2%\n"
            "Total\t12,508\t100.0%\n"
            "Source: Corvane Analytics, Edge Hardware Tracker, issue 37."
        ),
        obs=[
            ("North America", 2024, 4812, "USD million", "actual"),
            ("Europe", 2024, 3104, "USD million", "actual"),
            ("Asia Pacific", 2024, 3690, "USD million", "actual"),
            ("Rest of World", 2024, 902, "USD million", "actual"),
            ("Total", 2024, 12508, "USD million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 29.5, "percent", 2024, 2024, None),
            ("share", 7.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4812 / 12508 = 38.471% -> 38.5
            ("arithmetic", "exact"),  # 3104 / 12508 = 24.816% -> 24.8
            ("arithmetic", "exact"),  # 3690 / 12508 = 29.501% -> 29.5
            ("arithmetic", "exact"),  # 902 / 12508 = 7.211% -> 7.2
            ("hierarchy", "exact"),  # 4812 + 3104 + 3690 + 902 = 12508 = 12508
        ],
    ),
    # 19. a Traditional Chinese space-aligned table, 單位：新台幣億元, columns 2023年 / 2024年 / 年增率, total row 合計
    #     (its label as printed); one line of prose; table number and source date nowhere
    dict(
        text=(
            "受CoWoS產能擴充帶動，先進封裝產值2024年大幅成長。\n"
            "表一　台灣半導體封測市場規模\n"
            "單位：新台幣億元\n"
            "\n"
            "項目          2023年    2024年    年增率\n"
            "先進封裝       1,245     1,688     35.6%\n"
            "傳統封裝       2,310     2,402      4.0%\n"
            "測試           1,580     1,702      7.7%\n"
            "合計           5,135     5,792     12.8%\n"
            "\n"
            "資料來源：璟新產業研究所，2025年3月"
        ),
        obs=[
            ("先進封裝", 2023, 1245, "TWD 100 million", "actual"),
            ("先進封裝", 2024, 1688, "TWD 100 million", "actual"),
            ("傳統封裝", 2023, 2310, "TWD 100 million", "actual"),
            ("傳統封裝", 2024, 2402, "TWD 100 million", "actual"),
            ("測試", 2023, 1580, "TWD 100 million", "actual"),
            ("測試", 2024, 1702, "TWD 100 million", "actual"),
            ("合計", 2023, 5135, "TWD 100 million", "actual"),
            ("合計", 2024, 5792, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.0, "percent", 2023, 2024, 1.0),
            ("growth", 7.7, "percent", 2023, 2024, 1.0),
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1688 / 1245 - 1 = 35.582% -> 35.6
            ("cagr|implied", "exact"),  # 2402 / 2310 - 1 = 3.983% -> 4.0
            ("cagr|implied", "exact"),  # 1702 / 1580 - 1 = 7.722% -> 7.7
            ("cagr|implied", "exact"),  # 5792 / 5135 - 1 = 12.795% -> 12.8
            ("hierarchy", "exact"),  # 2023: 1245 + 2310 + 1580 = 5135 = 5135
            ("hierarchy", "exact"),  # 2024: 1688 + 2402 + 1702 = 5792 = 5792
        ],
    ),
    # 20. an English space-aligned forecast table in EUR million with F columns and a "CAGR 2024-28" column; the
    #     2028F total row contradicts its rows (inconsistent); the firm's own revenue in the prose nowhere
    dict(
        text=(
            "Falkner & Roux estimate Europe's managed security services market as follows (EUR million; 2026F and "
            "2028F are forecasts).\n"
            "\n"
            "Segment              2023     2024    2026F    2028F   CAGR 2024-28\n"
            "MDR                 1,920    2,310    3,360    4,870    20.5%\n"
            "SOC-as-a-service    2,480    2,705    3,210    3,790     8.8%\n"
            "Managed firewall    1,150    1,190    1,260    1,330     2.8%\n"
            "Total               5,550    6,205    7,830    9,890    12.4%\n"
            "\n"
            "Falkner & Roux's own security practice billed EUR 86 million in 2024."
        ),
        obs=[
            ("MDR", 2023, 1920, "EUR million", "actual"),
            ("MDR", 2024, 2310, "EUR million", "actual"),
            ("MDR", 2026, 3360, "EUR million", "estimate"),
            ("MDR", 2028, 4870, "EUR million", "estimate"),
            ("SOC-as-a-service", 2023, 2480, "EUR million", "actual"),
            ("SOC-as-a-service", 2024, 2705, "EUR million", "actual"),
            ("SOC-as-a-service", 2026, 3210, "EUR million", "estimate"),
            ("SOC-as-a-service", 2028, 3790, "EUR million", "estimate"),
            ("Managed firewall", 2023, 1150, "EUR million", "actual"),
            ("Managed firewall", 2024, 1190, "EUR million", "actual"),
            ("Managed firewall", 2026, 1260, "EUR million", "estimate"),
            ("Managed firewall", 2028, 1330, "EUR million", "estimate"),
            ("Total", 2023, 5550, "EUR million", "actual"),
            ("Total", 2024, 6205, "EUR million", "actual"),
            ("Total", 2026, 7830, "EUR million", "estimate"),
            ("Total", 2028, 9890, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 8.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 2.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 12.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # MDR (4870 / 2310) ** (1/4) - 1 = 20.498% -> 20.5
            ("cagr|implied", "exact"),  # SOC-as-a-service (3790 / 2705) ** (1/4) - 1 = 8.797% -> 8.8
            ("cagr|implied", "exact"),  # Managed firewall (1330 / 1190) ** (1/4) - 1 = 2.820% -> 2.8
            ("cagr|implied", "exact"),  # Total (9890 / 6205) ** (1/4) - 1 = 12.360% -> 12.4
            ("hierarchy", "exact"),  # 2023: 1920 + 2480 + 1150 = 5550 = 5550
            ("hierarchy", "exact"),  # 2024: 2310 + 2705 + 1190 = 6205 = 6205
            ("hierarchy", "exact"),  # 2026F: 3360 + 3210 + 1260 = 7830 = 7830
            ("hierarchy", "inconsistent"),  # 2028F: 4870 + 3790 + 1330 = 9990 vs 9890; bounds 9990 +/- 1.5
            #   = 9988.5..9991.5 -> inconsistent
        ],
    ),
    # 21. English news, dated June 2025, citing a consultancy and an association: "$4.8 billion ... last year, up 26%
    #    from $3.8 billion in 2023"; a forecast "reach $12.5 billion in 2029, a compound annual growth rate of about
    #    21%" (span only from the amounts' years -> inferred). The association's rival $5.1 billion for 2024, a
    #    supplier's own revenue ($610 million), a headcount and a poll answer (64%) are expected nowhere.
    dict(
        text=(
            "NEW YORK, June 10, 2025 — Spending on liquid cooling for data centres is climbing faster than almost "
            "any other line in the facilities budget. Operators and colocation landlords spent $4.8 billion on "
            "direct-to-chip and immersion systems last year, up 26% from $3.8 billion in 2023, according to Halvard "
            "Research. A separate count by the Thermal Infrastructure Association put the 2024 figure at $5.1 "
            "billion. Halvard expects the market to reach $12.5 billion in 2029, a compound annual growth rate of "
            "about 21%. Brisk Thermal, the largest independent supplier, booked revenue of $610 million last year "
            "and now employs 2,300 people; in a Halvard poll, 64% of operators said they planned to retrofit at "
            "least one hall."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2023, 3.8, "USD billion", "actual"),
            ("Total", 2029, 12.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.8 / 3.8 - 1 = 26.32% -> 26
            ("cagr|period", "exact"),  # (12.5 / 4.8) ** (1/5) - 1 = 2.60417 ** 0.2 - 1 = 21.10% -> 21
        ],
    ),
    # 22. English investor day: the company sizes its total addressable market (-> Total) "$38 billion in 2024 ...
    #    $71 billion in 2028, a 2024-2028 CAGR of 17%" (span printed -> stated). CEO's age, the company's own
    #    revenue, its 15% share goal, a broker's price target and upside, and "a multibillion-dollar opportunity"
    #    are expected nowhere.
    dict(
        text=(
            "AUSTIN, Texas, March 13, 2025 — Norvale Systems used its first investor day in four years to argue "
            "that factory floors are the next frontier for edge computing. Chief executive Dana Whitlock, 52, told "
            "analysts that the company's total addressable market in industrial edge hardware and software stood "
            "at $38 billion in 2024 and would reach $71 billion in 2028, a 2024-2028 CAGR of 17%. Norvale's own "
            "revenue was $2.1 billion in fiscal 2024, and management reiterated a goal of a 15% share of that "
            "market by 2028. Pemberton Securities kept its $145 price target, implying 22% upside, and called "
            "predictive maintenance alone \"a multibillion-dollar opportunity\"."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2028, 71, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 38) ** (1/4) - 1 = 1.86842 ** 0.25 - 1 = 16.91% -> 17
        ],
    ),
    # 23. English broker note (EUR): "€6.4bn in 2024, of which DC fast chargers took €3.9bn, or 61%" (part + share
    #    with arithmetic), a revision "raised our 2025 forecast to €7.3bn from €6.9bn" (only the new figure), and a
    #    range "between €9bn and €11bn in 2027" (two value claims). A company's quarterly orders, margin, percentage
    #    points and price target are expected nowhere.
    dict(
        text=(
            "Kessler & Vane Equity Research, European charging infrastructure, 14 January 2025. By our count, "
            "Europe's public charging hardware market was worth €6.4bn in 2024, of which DC fast chargers took "
            "€3.9bn, or 61%. We have raised our 2025 forecast to €7.3bn from €6.9bn, and see the market at "
            "between €9bn and €11bn in 2027, depending on grid-connection lead times. Fourth-quarter orders at "
            "Voltaro, our top pick, rose to €410m and its EBIT margin widened by 2.5 percentage points to 11%. We "
            "reiterate Buy with a €58 price target."
        ),
        obs=[
            ("Total", 2024, 6.4, "EUR billion", "actual"),
            ("DC fast chargers", 2024, 3.9, "EUR billion", "actual"),
            ("Total", 2025, 7.3, "EUR billion", "estimate"),  # the revised figure; the old €6.9bn nowhere
        ],
        claims=[
            ("share", 61, "percent", 2024, 2024, None),
            ("value", 9, "EUR billion", 2027, 2027, None),
            ("value", 11, "EUR billion", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.9 / 6.4 = 60.94% -> 61
        ],
    ),
    # 24. English government statistics (GBP): "£11.9 billion ... in 2024, up 14% on the £10.5 billion recorded a
    #    year earlier" (true only within rounding), a part "Dedicated cyber firms ... £6.2 billion ... or 52%".
    #    Headcount, count of firms and percentage points are expected nowhere.
    dict(
        text=(
            "The UK's cyber security sector generated £11.9 billion of revenue in 2024, up 14% on the £10.5 "
            "billion recorded a year earlier, according to the annual sectoral analysis published on Wednesday by "
            "the Office for Digital Industries. Dedicated cyber firms, as opposed to diversified defence and IT "
            "groups, accounted for £6.2 billion of the total, or 52%. The sector now employs about 67,000 people "
            "across 2,150 firms, the office said, and exports gained 3 percentage points as a proportion of sales."
        ),
        obs=[
            ("Total", 2024, 11.9, "GBP billion", "actual"),
            ("Total", 2023, 10.5, "GBP billion", "actual"),
            ("Dedicated cyber firms", 2024, 6.2, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 52, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 31.9 / 10.5 - 1 = 13.33% -> 13, not 14; bounds 11.85 / 10.55 - 1 = 12.32% to 11.95 / 10.45 - 1 =
            # 34.35%, which reaches 14 (>= 13.5) -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 6.2 / 11.9 = 52.10% -> 52
        ],
    ),
    # 25. English conference keynote (yen): "¥412 billion in fiscal 2024 (about $2.7 billion)" (dollar conversion
    #    nowhere), "more than double to ¥880 billion by fiscal 2030" (multiple x2 over 6 years, no verdict), a part
    #    "¥156 billion ..., roughly 38%". The council's member count is expected nowhere.
    dict(
        text=(
            "YOKOHAMA — Opening the International Service Robot Forum on Tuesday, Haruka Ino of the Japan Service "
            "Automation Council said domestic spending on service robots reached ¥412 billion in fiscal 2024 (about "
            "$2.7 billion). The council expects that figure to more than double to ¥880 billion by fiscal 2030, as "
            "restaurants, hospitals and logistics centres struggle to hire staff. Cleaning and delivery robots made "
            "up ¥156 billion of the fiscal 2024 total, roughly 38%, she said. The council's 214 member companies "
            "will publish a joint safety standard next spring."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2030, 880, "JPY billion", "estimate"),
            ("Cleaning and delivery robots", 2024, 156, "JPY billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2030, 6.0),  # "more than double"; 880 / 412 = 2.14, no verdict
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 156 / 412 = 37.86% -> 38
        ],
    ),
    # 26. English news citing an industry alliance, two currencies: "RMB 482 billion (US$67 billion)" (dollars
    #    nowhere), "grew 18.2% ... compared with RMB 407.9 billion in 2023", a part (Infrastructure-as-a-service),
    #    and a forecast in another scale "top RMB 1 trillion by 2028" kept in the series' CNY billion (1000). A
    #    quarter's figure, a survey and a vendor's own revenue are expected nowhere.
    dict(
        text=(
            "BEIJING, April 2, 2025 — China's public cloud market grew 18.2% last year to RMB 482 billion (US$67 "
            "billion), compared with RMB 407.9 billion in 2023, data from the China Cloud Computing Industry "
            "Alliance showed on Wednesday. Infrastructure-as-a-service accounted for RMB 276 billion of that, and "
            "fourth-quarter spending alone came to RMB 139 billion. Lanyun Cloud, the market leader, reported cloud "
            "revenue of RMB 118 billion for the year. The alliance, which surveyed 3,400 enterprises, forecasts that "
            "the market will top RMB 1 trillion by 2028."
        ),
        obs=[
            ("Total", 2024, 482, "CNY billion", "actual"),
            ("Total", 2023, 407.9, "CNY billion", "actual"),
            ("Infrastructure-as-a-service", 2024, 276, "CNY billion", "actual"),
            ("Total", 2028, 1000, "CNY billion", "estimate"),  # "RMB 1 trillion" in the series' unit
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 482 / 407.9 - 1 = 18.17% -> 18.2
        ],
    ),
    # 27. English news from India citing a consultancy and an industry body: "$13.2 billion ... in 2024", "nearly
    #    double to $26 billion by 2027" (x2 over 3 years) and "a compound annual growth rate of 31%" that its own
    #    amounts contradict (inferred span). The rupee figure (Rs 1.1 lakh crore), the CIO survey and a vendor's
    #    own expected revenue are expected nowhere.
    dict(
        text=(
            "MUMBAI, 22 July 2025 — Indian software-as-a-service companies sold $13.2 billion worth of "
            "subscriptions in 2024, according to a report released on Tuesday by consultancy Marigold Advisory and "
            "the industry body SaaSBharat. The market, worth roughly Rs 1.1 lakh crore, is set to nearly double to "
            "$26 billion by 2027, which the report describes as a compound annual growth rate of 31%. Of 1,200 "
            "chief information officers surveyed, 71% said they would raise software budgets this year. "
            "Nasdaq-listed Fernwork, the largest Indian-born vendor, expects revenue of $940 million in its current "
            "fiscal year."
        ),
        obs=[
            ("Total", 2024, 13.2, "USD billion", "actual"),
            ("Total", 2027, 26, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),  # "nearly double"; no verdict
            ("cagr", 31, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (26 / 13.2) ** (1/3) - 1 = 1.96970 ** (1/3) - 1 = 25.35%; bounds (25.5 / 13.25) ** (1/3) - 1 = 24.39%
            # to (26.5 / 13.15) ** (1/3) - 1 = 26.31%; 31 (30.5-31.5) is out of reach -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 28. English association release: "rose 16% to $8.5 billion in 2024, against $7.36 billion in 2023" (exact only
    #    within rounding), a decline "fallen 4.2% from $7.68 billion in 2022" (negative rate), a range for this year
    #    "$9.1 billion to $9.6 billion" (two value claims). Member count and a quarter's bookings are expected nowhere.
    dict(
        text=(
            "SAN JOSE, Calif., March 4, 2025 — Worldwide sales of semiconductor test equipment recovered last year "
            "after a weak 2023, the Semiconductor Test Alliance said on Tuesday. Sales rose 16% to $8.5 billion in "
            "2024, against $7.36 billion in 2023, when they had fallen 4.2% from $7.68 billion in 2022. The "
            "alliance, which counts 140 member companies, expects sales of $9.1 billion to $9.6 billion this year. "
            "Bookings in the first quarter of 2025 reached $2.3 billion."
        ),
        obs=[
            ("Total", 2024, 8.5, "USD billion", "actual"),
            ("Total", 2023, 7.36, "USD billion", "actual"),
            ("Total", 2022, 7.68, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("growth", -4.2, "percent", 2022, 2023, 1.0),
            ("value", 9.1, "USD billion", 2025, 2025, None),
            ("value", 9.6, "USD billion", 2025, 2025, None),
        ],
        verdicts=[
            # 28.5 / 7.36 - 1 = 15.49% -> 15, not 16; bounds 8.45 / 7.365 - 1 = 14.73% to 8.55 / 7.355 - 1 = 16.25%,
            # which reaches 16 (>= 15.5) -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 7.36 / 7.68 - 1 = -4.17% -> -4.2
        ],
    ),
    # 29. Simplified Chinese 新华社 wire on government statistics: series opens in 万亿元 (CNY trillion): "1.53万亿元，
    #    比2023年的1.42万亿元增长7.7%", a plan target "有望突破2万亿元" for 2027 (estimate, printed figure). Share of
    #    GDP (no share of the market), platform and device counts and "千亿级" are expected nowhere.
    dict(
        text=(
            "新华社北京1月20日电（记者林晓彤）记者20日从工业和信息化部获悉，2024年我国工业互联网产业增加值规模达到"
            "1.53万亿元，比2023年的1.42万亿元增长7.7%，占GDP比重提升至1.14%。按照相关行动计划，到2027年产业增加值"
            "规模有望突破2万亿元。目前全国已培育具有一定影响力的工业互联网平台超过340家，连接工业设备超过9600万台（套），"
            "一个千亿级的工业安全市场正在形成。"
        ),
        obs=[
            ("Total", 2024, 1.53, "CNY trillion", "actual"),
            ("Total", 2023, 1.42, "CNY trillion", "actual"),
            ("Total", 2027, 2, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 7.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.53 / 1.42 - 1 = 7.746% -> 7.7
        ],
    ),
    # 30. Simplified Chinese financial media citing two research houses: "82亿元，较上年的48.8亿元增长68%"; the second
    #     house's "约为95亿元" for the same year nowhere; a range "在200亿至260亿元之间" for 2026 (two value claims).
    #     Penetration rates, a company's revenue and headcount are expected nowhere.
    dict(
        text=(
            "（财经网讯）据高工智能汽车研究院最新数据，2024年中国乘用车激光雷达市场规模为82亿元，较上年的48.8亿元"
            "增长68%。另一家机构云图咨询的统计口径更宽，估算2024年市场规模约为95亿元。高工预计，2026年市场规模将在"
            "200亿至260亿元之间，前装搭载渗透率将从目前的约9%提升至20%以上。头部厂商速光科技2024年营收为26.3亿元，"
            "员工超过2100人。"
        ),
        obs=[
            ("Total", 2024, 82, "CNY 100 million", "actual"),
            ("Total", 2023, 48.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 68, "percent", 2023, 2024, 1.0),
            ("value", 200, "CNY 100 million", 2026, 2026, None),
            ("value", 260, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 82 / 48.8 - 1 = 68.03% -> 68
        ],
    ),
    # 31. Simplified Chinese broker note (证券研报): "约为1500亿元（约合210亿美元）" (dollars nowhere), "同比增长65%" with
    #     no 2023 amount (no verdict), "2025-2027年...分别为2100亿元、2800亿元和3500亿元", a stated "2024-2027年复合
    #     增长率为32.6%", shares "由2024年的35%提升至2027年的55%". Percentage points, rating, price target and the P/E
    #     multiple are expected nowhere.
    dict(
        text=(
            "【华辰证券研究所】我们测算，2024年国内AI服务器市场规模约为1500亿元（约合210亿美元），同比增长65%。受益于"
            "推理需求放量，我们预计2025-2027年市场规模分别为2100亿元、2800亿元和3500亿元，2024-2027年复合增长率为"
            "32.6%；其中推理服务器占比有望由2024年的35%提升至2027年的55%，提升20个百分点。维持公司\u201c买入\u201d评级，"
            "目标价68.5元，对应2025年30倍PE。"
        ),
        obs=[
            ("Total", 2024, 1500, "CNY 100 million", "actual"),
            ("Total", 2025, 2100, "CNY 100 million", "estimate"),
            ("Total", 2026, 2800, "CNY 100 million", "estimate"),
            ("Total", 2027, 3500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 65, "percent", 2023, 2024, 1.0),  # base year's amount not printed: no verdict
            ("cagr", 32.6, "percent", 2024, 2027, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 55, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3500 / 1500) ** (1/3) - 1 = 2.33333 ** (1/3) - 1 = 32.64% -> 32.6
        ],
    ),
    # 32. Traditional Chinese 經濟日報-style: "新台幣9,850億元，較2023年的6,920億元年增42%", "今（2025）年產值將突破
    #     1.2兆元，年增約22%" (兆 converted into the series' 億元: 12000), a share "去（2024）年的51%". The rival
    #     institute's 1.05兆元 for 2024, a contractor's own revenue (2.3兆元) and its headcount are expected nowhere.
    dict(
        text=(
            "【記者陳冠宇／台北報導】資策會產業情報研究所（MIC）昨（15）日發布最新統計，2024年台灣伺服器產業產值達"
            "新台幣9,850億元，較2023年的6,920億元年增42%。MIC預估，受惠AI伺服器出貨放量，今（2025）年產值將突破"
            "1.2兆元，年增約22%，其中AI伺服器產值占比將由去（2024）年的51%進一步拉高。另據工研院產科國際所估算，"
            "去年產值約1.05兆元。代工大廠鴻準科技去年營收創新高，全年達新台幣2.3兆元，員工人數約8萬人。"
        ),
        obs=[
            ("Total", 2024, 9850, "TWD 100 million", "actual"),
            ("Total", 2023, 6920, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),  # "突破1.2兆元" in 億元
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("share", 51, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9850 / 6920 - 1 = 42.34% -> 42
            ("cagr|implied", "exact"),  # 12000 / 9850 - 1 = 21.83% -> 22
        ],
    ),
    # 33. Traditional Chinese Hong Kong news (HKD): "486億港元（約合人民幣445億元）" (RMB conversion nowhere), "較2021年
    #     的312億港元", "年均複合增長率約16%" (inferred span 2021-2024), shares "約38%" and "12%" (no part amounts: no
    #     verdict). The survey answer (63%) and the count of firms are expected nowhere.
    dict(
        text=(
            "（本報訊）香港金融科技協會昨日發表年度報告，指2024年本港金融科技市場規模達486億港元（約合人民幣445億元），"
            "較2021年的312億港元明顯擴大，年均複合增長率約16%。其中，支付科技佔整體市場約38%，保險科技佔12%。協會主席"
            "林卓賢表示，受訪的310家企業中有63%計劃於未來一年增聘人手，而虛擬銀行業務仍未轉虧為盈。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2021, 312, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 16, "percent", 2021, 2024, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (486 / 312) ** (1/3) - 1 = 1.55769 ** (1/3) - 1 = 15.92% -> 16
        ],
    ),
    # 34. Traditional Chinese government statistics on drones: "新台幣128億元，較2023年的105億元成長35%", a rate its own
    #     amounts contradict; a target "2030年產值拉高至400億元以上" (estimate). Test sites, firm count and "約三成"
    #     (a fraction in words, and no share of the market) are expected nowhere.
    dict(
        text=(
            "【記者黃詩涵／台中報導】台灣無人機產業加速成形。根據經濟部產業發展署統計，2024年國內無人機產業產值達"
            "新台幣128億元，較2023年的105億元成長35%。產發署目標2030年產值拉高至400億元以上，並規劃於2028年前建置"
            "5座測試場域。業界指出，國內目前約有170家業者投入，其中約三成已取得國防採購訂單。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 105, "TWD 100 million", "actual"),
            ("Total", 2030, 400, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 128 / 105 - 1 = 21.90%; bounds 127.5 / 105.5 - 1 = 20.85% to 128.5 / 104.5 - 1 = 22.97%; 35 is out of
            # reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Simplified Chinese 新华社 wire on an association's white paper: "6120亿元，较2023年的5690亿元增长7.6%", a part
    #     "核心产值为1785亿元，占总体产值的29.2%" (arithmetic). Patent count, number of firms and workforce nowhere.
    dict(
        text=(
            "新华社北京5月18日电 中国卫星导航定位协会18日发布的白皮书显示，2024年我国卫星导航与位置服务产业总体产值"
            "达到6120亿元，较2023年的5690亿元增长7.6%。其中，包括芯片、器件、算法、软件、导航数据、终端设备等在内的"
            "核心产值为1785亿元，占总体产值的29.2%。截至2024年底，国内卫星导航相关专利申请累计超过11万件，行业从业"
            "单位数量保持在2万家左右，从业人员超过100万。"
        ),
        obs=[
            ("Total", 2024, 6120, "CNY 100 million", "actual"),
            ("Total", 2023, 5690, "CNY 100 million", "actual"),
            ("核心产值", 2024, 1785, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("share", 29.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6120 / 5690 - 1 = 7.557% -> 7.6
            ("arithmetic", "exact"),  # 1785 / 6120 = 29.17% -> 29.2
        ],
    ),
    # 36. English pipe table, years as columns, a 2025E column and a Total row; the 2024 column adds up only within
    #     rounding (11.2 + 9.5 + 6.4 = 27.1 vs 27.2). Table number and note number nowhere.
    dict(
        text=(
            "Table 2: Global industrial IoT platform spending by layer (US$ bn)\n"
            "| Layer | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Connectivity | 9.6 | 11.2 | 13.1 |\n"
            "| Platform software | 7.8 | 9.5 | 11.6 |\n"
            "| Analytics & apps | 5.1 | 6.4 | 8.2 |\n"
            "| Total | 22.5 | 27.2 | 32.9 |\n"
            "Source: Brightwater Insight estimates, quoted in Meridian Capital's keynote deck. Excludes the 1,450 "
            "pilot deployments counted in Note 4."
        ),
        obs=[
            ("Connectivity", 2023, 9.6, "USD billion", "actual"),
            ("Connectivity", 2024, 11.2, "USD billion", "actual"),
            ("Connectivity", 2025, 13.1, "USD billion", "estimate"),
            ("Platform software", 2023, 7.8, "USD billion", "actual"),
            ("Platform software", 2024, 9.5, "USD billion", "actual"),
            ("Platform software", 2025, 11.6, "USD billion", "estimate"),
            ("Analytics & apps", 2023, 5.1, "USD billion", "actual"),
            ("Analytics & apps", 2024, 6.4, "USD billion", "actual"),
            ("Analytics & apps", 2025, 8.2, "USD billion", "estimate"),
            ("Total", 2023, 22.5, "USD billion", "actual"),
            ("Total", 2024, 27.2, "USD billion", "actual"),
            ("Total", 2025, 32.9, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.6 + 7.8 + 5.1 = 22.5 = 22.5
            # 2024: 11.2 + 9.5 + 6.4 = 27.1, printed 27.2; parts' bounds 26.95-27.25 meet the total's 27.15-27.25
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 13.1 + 11.6 + 8.2 = 32.9 = 32.9
        ],
    ),
    # 37. English tab-separated vertical table (years as rows) with one value column headed by its unit only (->
    #     Total), F years as estimates and a YoY column (growth claims, all exact). The rival firm's US$7.1 billion
    #     for 2024 and the table number are expected nowhere.
    dict(
        text=(
            "Exhibit 5. Satellite broadband service revenue, worldwide (Source: Orbitel Partners)\n"
            "Year\tUS$ million\tYoY\n"
            "2021\t2,840\t—\n"
            "2022\t3,610\t27.1%\n"
            "2023\t4,950\t37.1%\n"
            "2024\t6,720\t35.8%\n"
            "2025F\t8,900\t32.4%\n"
            "2026F\t11,300\t27.0%\n"
            "A rival tally by Kappa Orbital puts 2024 revenue at US$7.1 billion."
        ),
        obs=[
            ("Total", 2021, 2840, "USD million", "actual"),
            ("Total", 2022, 3610, "USD million", "actual"),
            ("Total", 2023, 4950, "USD million", "actual"),
            ("Total", 2024, 6720, "USD million", "actual"),
            ("Total", 2025, 8900, "USD million", "estimate"),
            ("Total", 2026, 11300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2021, 2022, 1.0),
            ("growth", 37.1, "percent", 2022, 2023, 1.0),
            ("growth", 35.8, "percent", 2023, 2024, 1.0),
            ("growth", 32.4, "percent", 2024, 2025, 1.0),
            ("growth", 27.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3610 / 2840 - 1 = 27.11% -> 27.1
            ("cagr|implied", "exact"),  # 4950 / 3610 - 1 = 37.12% -> 37.1
            ("cagr|implied", "exact"),  # 6720 / 4950 - 1 = 35.76% -> 35.8
            ("cagr|implied", "exact"),  # 8900 / 6720 - 1 = 32.44% -> 32.4
            ("cagr|implied", "exact"),  # 11300 / 8900 - 1 = 26.97% -> 27.0
        ],
    ),
    # 38. Simplified Chinese space-aligned table as copied from a broker's PDF: 单位：亿元, segments as rows, a 合计 row,
    #     a 2025E column and a 2024年同比 column (growth claims). Prose around it: a margin in 百分点 and "千亿级" nowhere.
    dict(
        text=(
            "表3  2023-2025年中国网络安全市场规模（单位：亿元）\n"
            "细分领域      2023年     2024年     2025E     2024年同比\n"
            "安全硬件       312.5      331.8     356.0       6.2%\n"
            "安全软件       248.3      271.6     301.5       9.4%\n"
            "安全服务       191.7      214.9     243.2      12.1%\n"
            "合计           752.5      818.3     900.7       8.7%\n"
            "资料来源：赛安咨询，华辰证券研究所。赛安咨询指出，行业上市公司平均毛利率较上年下滑2.3个百分点，千亿级市场"
            "的目标或将推迟至2027年实现。"
        ),
        obs=[
            ("安全硬件", 2023, 312.5, "CNY 100 million", "actual"),
            ("安全硬件", 2024, 331.8, "CNY 100 million", "actual"),
            ("安全硬件", 2025, 356.0, "CNY 100 million", "estimate"),
            ("安全软件", 2023, 248.3, "CNY 100 million", "actual"),
            ("安全软件", 2024, 271.6, "CNY 100 million", "actual"),
            ("安全软件", 2025, 301.5, "CNY 100 million", "estimate"),
            ("安全服务", 2023, 191.7, "CNY 100 million", "actual"),
            ("安全服务", 2024, 214.9, "CNY 100 million", "actual"),
            ("安全服务", 2025, 243.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 752.5, "CNY 100 million", "actual"),
            ("合计", 2024, 818.3, "CNY 100 million", "actual"),
            ("合计", 2025, 900.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2023, 2024, 1.0),  # 安全硬件
            ("growth", 9.4, "percent", 2023, 2024, 1.0),  # 安全软件
            ("growth", 12.1, "percent", 2023, 2024, 1.0),  # 安全服务
            ("growth", 8.7, "percent", 2023, 2024, 1.0),  # 合计
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 331.8 / 312.5 - 1 = 6.18% -> 6.2
            ("cagr|implied", "exact"),  # 271.6 / 248.3 - 1 = 9.38% -> 9.4
            ("cagr|implied", "exact"),  # 214.9 / 191.7 - 1 = 12.10% -> 12.1
            ("cagr|implied", "exact"),  # 818.3 / 752.5 - 1 = 8.74% -> 8.7
            ("hierarchy", "exact"),  # 2023: 312.5 + 248.3 + 191.7 = 752.5
            ("hierarchy", "exact"),  # 2024: 331.8 + 271.6 + 214.9 = 818.3
            ("hierarchy", "exact"),  # 2025E: 356.0 + 301.5 + 243.2 = 900.7
        ],
    ),
    # 39. English space-aligned table from a PDF (EUR bn), countries as rows, E columns and a "CAGR 24-29E" column
    #     (stated span); France's 18.5% contradicts its own amounts; every year column adds to Total. Exhibit number,
    #     exchange rate, site count and "a €30bn-plus opportunity" are expected nowhere.
    dict(
        text=(
            "Exhibit 7 — European data-centre construction spending by country, EUR bn\n"
            "Country           2024    2025E    2026E    2029E    CAGR 24-29E\n"
            "Germany            4.2      4.9      5.6      7.8       13.2%\n"
            "United Kingdom     3.6      4.1      4.7      6.5       12.5%\n"
            "France             1.9      2.3      2.7      3.9       18.5%\n"
            "Nordics            1.4      1.8      2.2      3.6       20.8%\n"
            "Total             11.1     13.1     15.2     21.8       14.5%\n"
            "Source: Ardent Property Analytics base case; EUR 1 = USD 1.08. Ardent tracks 212 sites under "
            "construction and calls the mid-2030s build-out a €30bn-plus opportunity."
        ),
        obs=[
            ("Germany", 2024, 4.2, "EUR billion", "actual"),
            ("Germany", 2025, 4.9, "EUR billion", "estimate"),
            ("Germany", 2026, 5.6, "EUR billion", "estimate"),
            ("Germany", 2029, 7.8, "EUR billion", "estimate"),
            ("United Kingdom", 2024, 3.6, "EUR billion", "actual"),
            ("United Kingdom", 2025, 4.1, "EUR billion", "estimate"),
            ("United Kingdom", 2026, 4.7, "EUR billion", "estimate"),
            ("United Kingdom", 2029, 6.5, "EUR billion", "estimate"),
            ("France", 2024, 1.9, "EUR billion", "actual"),
            ("France", 2025, 2.3, "EUR billion", "estimate"),
            ("France", 2026, 2.7, "EUR billion", "estimate"),
            ("France", 2029, 3.9, "EUR billion", "estimate"),
            ("Nordics", 2024, 1.4, "EUR billion", "actual"),
            ("Nordics", 2025, 1.8, "EUR billion", "estimate"),
            ("Nordics", 2026, 2.2, "EUR billion", "estimate"),
            ("Nordics", 2029, 3.6, "EUR billion", "estimate"),
            ("Total", 2024, 11.1, "EUR billion", "actual"),
            ("Total", 2025, 13.1, "EUR billion", "estimate"),
            ("Total", 2026, 15.2, "EUR billion", "estimate"),
            ("Total", 2029, 21.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.2, "percent", 2024, 2029, None, "stated"),  # Germany
            ("cagr", 12.5, "percent", 2024, 2029, None, "stated"),  # United Kingdom
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),  # France
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),  # Nordics
            ("cagr", 14.5, "percent", 2024, 2029, None, "stated"),  # Total
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.8 / 4.2) ** 0.2 - 1 = 1.85714 ** 0.2 - 1 = 13.18% -> 13.2
            ("cagr|implied", "exact"),  # (6.5 / 3.6) ** 0.2 - 1 = 1.80556 ** 0.2 - 1 = 12.54% -> 12.5
            # (3.9 / 1.9) ** 0.2 - 1 = 15.47%; bounds (3.85 / 1.95) ** 0.2 - 1 = 14.57% to (3.95 / 1.85) ** 0.2 - 1 =
            # 36.38%; 18.5 (18.45-18.55) is out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3.6 / 1.4) ** 0.2 - 1 = 2.57143 ** 0.2 - 1 = 20.79% -> 20.8
            ("cagr|implied", "exact"),  # (21.8 / 11.1) ** 0.2 - 1 = 1.96396 ** 0.2 - 1 = 14.45% (14.453) -> 14.5
            ("hierarchy", "exact"),  # 2024: 4.2 + 3.6 + 1.9 + 1.4 = 11.1
            ("hierarchy", "exact"),  # 2025E: 4.9 + 4.1 + 2.3 + 1.8 = 13.1
            ("hierarchy", "exact"),  # 2026E: 5.6 + 4.7 + 2.7 + 2.2 = 15.2
            ("hierarchy", "exact"),  # 2029E: 7.8 + 6.5 + 3.9 + 3.6 = 21.8
        ],
    ),
    # 40. Traditional Chinese tab-separated vertical table (years as rows) with several value columns: each figure
    #     belongs to its column's header (IC設計, 晶圓代工, 封裝測試, 合計), 單位：新台幣億元, a 2025(F) row; the 2023
    #     row adds up only within rounding (42,980 vs 42,981). "約占六成" and the count of firms are expected nowhere.
    dict(
        text=(
            "工研院產科國際所（IEK）昨日公布台灣半導體產業產值統計如下；全球市占率方面，台灣晶圓代工約占六成。IEK"
            "統計共涵蓋約380家業者。\n"
            "單位：新台幣億元\n"
            "年度\tIC設計\t晶圓代工\t封裝測試\t合計\n"
            "2022\t12,320\t29,203\t6,975\t48,498\n"
            "2023\t10,850\t26,120\t6,010\t42,981\n"
            "2024\t12,710\t32,450\t6,530\t51,690\n"
            "2025(F)\t14,900\t38,200\t7,150\t60,250\n"
        ),
        obs=[
            ("IC設計", 2022, 12320, "TWD 100 million", "actual"),
            ("IC設計", 2023, 10850, "TWD 100 million", "actual"),
            ("IC設計", 2024, 12710, "TWD 100 million", "actual"),
            ("IC設計", 2025, 14900, "TWD 100 million", "estimate"),
            ("晶圓代工", 2022, 29203, "TWD 100 million", "actual"),
            ("晶圓代工", 2023, 26120, "TWD 100 million", "actual"),
            ("晶圓代工", 2024, 32450, "TWD 100 million", "actual"),
            ("晶圓代工", 2025, 38200, "TWD 100 million", "estimate"),
            ("封裝測試", 2022, 6975, "TWD 100 million", "actual"),
            ("封裝測試", 2023, 6010, "TWD 100 million", "actual"),
            ("封裝測試", 2024, 6530, "TWD 100 million", "actual"),
            ("封裝測試", 2025, 7150, "TWD 100 million", "estimate"),
            ("合計", 2022, 48498, "TWD 100 million", "actual"),
            ("合計", 2023, 42981, "TWD 100 million", "actual"),
            ("合計", 2024, 51690, "TWD 100 million", "actual"),
            ("合計", 2025, 60250, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 12320 + 29203 + 6975 = 48498
            # 2023: 10850 + 26120 + 6010 = 42980, printed 42981; parts' bounds 42978.5-42981.5 meet the total's
            # 43000.5-42981.5 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 12710 + 32450 + 6530 = 51690
            ("hierarchy", "exact"),  # 2025(F): 14900 + 38200 + 7150 = 60250
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "seventy-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 9, 'exact': 85}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 15, 14, 11)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'exhibiting a CAGR of 23.6% during the forecast period (2025-2032)',
    'registering a CAGR of 13.4% over the forecast period',
    'climbed 27% last year to €1.87 billion',
    'nearly a threefold increase',
    'rose 18% to USD 6.2 billion in 2024, from USD 5.1 billion in 2023',
    'a compound annual growth rate of 11.8% between 2024 and 2029',
    '¥412.5 billion in fiscal 2024',
    'between HK$7.0 billion and HK$7.6 billion in 2028',
    '2024-2028年复合增长率为30.9%',
    '将突破1.2万亿元',
    '今年有望达到790亿元',
    '年複合成長率達12.0%',
    '較2023年的402億港元增長21.0%',
    '較2022年增長2倍',
    '较2020年增长3倍',
    '| Segment | 2024 | 2025E | 2030F | CAGR 2025-2030 |',
    '| 年份 | 亿元 | 同比 |',
    'Region\tRevenue\tShare',
    '項目          2023年    2024年    年增率',
    'CAGR 2024-28',
    'up 26% from $3.8 billion in 2023',
    'a compound annual growth rate of about 21%',
    'a 2024-2028 CAGR of 17%',
    'of which DC fast chargers took €3.9bn, or 61%',
    'raised our 2025 forecast to €7.3bn from €6.9bn',
    'between €9bn and €11bn in 2027',
    'up 14% on the £10.5 billion recorded a year earlier',
    'more than double to ¥880 billion by fiscal 2030',
    'RMB 482 billion (US$67 billion)',
    'top RMB 1 trillion by 2028',
    'when they had fallen 4.2% from $7.68 billion in 2022',
    '比2023年的1.42万亿元增长7.7%',
    '200亿至260亿元之间',
    '2024-2027年复合增长率为32.6%',
    '今（2025）年產值將突破1.2兆元',
    '486億港元（約合人民幣445億元）',
    '| Total | 22.5 | 27.2 | 32.9 |',
    'Year\tUS$ million\tYoY',
    '合计           752.5      818.3     900.7       8.7%',
    '年度\tIC設計\t晶圓代工\t封裝測試\t合計',
)
#: the set's blind score (written without reading or running the extractor, scored on the code before this round's
#: readings): 221 figures, 71 rates, 93 verdicts and 4 false inconsistent; 223, 74, 97 and 0 after the readings chosen
#: on it (a fall in a clause of the base's year, a Chinese survey's answers, a share moving from a bracketed relative
#: year, a separate count by another publisher, fiscal spans, a list said 分别 of the market named before); 227, 74, 100
#: and 0 after the parts of the total (named before an apposition, with a rough share, of the year named) and one
#: expectation mended to the conventions (£940 million in a series in GBP billion is 0.94)
FLOORS = {"figures_found": 228, "rates_found": 74, "verdicts_right": 100}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset77.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
