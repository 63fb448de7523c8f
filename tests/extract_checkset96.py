"""A ninety-sixth check set for the extractor, written blind: spending guides and IT budgets as analyst firms and statistics
bodies publish them, in English and Chinese (Simplified and Traditional) -- worldwide and national spending forecasts
("IT spending is projected to total $5.61 trillion in 2025, an increase of 9.8% from 2024", 总支出规模, IT支出),
spending split by segment, industry, region or technology as parts of the total, the spending-forecast table with a
Spending and a Growth (%) column for each year, five-year CAGRs, and government budgets, venture funding, a company's
capital expenditure, survey answers and a quarter's figures as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated English spending-guide release: "will reach $598 billion in 2028", "up from $235 billion in 2024",
    #    a CAGR "over the 2024-2028 forecast period" (stated, exact); software's 2028 amount as a part;
    #    "more than half" (fraction in words), a survey's 62% and 1,150 respondents nowhere
    dict(
        text=(
            "LONDON, 12 March 2025 — Worldwide spending on artificial intelligence, counting AI-enabled "
            "applications, the infrastructure that runs them and the IT and business services wrapped around them, "
            "will reach $598 billion in 2028, according to the latest Worldwide AI Spending Guide from Brackwell "
            "Data. That is up from $235 billion in 2024 and represents a compound annual growth rate of 26.3% over "
            "the 2024-2028 forecast period. Software will account for more than half of the total, with $312 "
            "billion in 2028, while banking remains the biggest-spending industry. Brackwell's twice-yearly guide "
            "draws on a survey of 1,150 IT decision makers, 62% of whom said they plan to increase AI budgets this "
            "year."
        ),
        obs=[
            ("Total", 2028, 598, "USD billion", "estimate"),
            ("Total", 2024, 235, "USD billion", "actual"),
            ("Software", 2028, 312, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (598 / 235) ** (1/4) - 1 = 2.54468 ** 0.25 - 1 = 26.301% -> 26.3
        ],
    ),
    # 2. English IT-spending forecast in trillions: "projected to total $5.74 trillion in 2025, an increase of 9.6%
    #    from 2024's $5.24 trillion" exact only within rounding; a segment's rate and amount without its base
    #    (claim, no verdict); percentage points and a CIO poll's 58% nowhere
    dict(
        text=(
            "Worldwide IT spending is projected to total $5.74 trillion in 2025, an increase of 9.6% from 2024's "
            "$5.24 trillion, Fairhaven Analytics said in a forecast released on 21 January 2025. The new figure is "
            "1.3 percentage points higher than the growth rate in the firm's October outlook, largely because of "
            "generative AI. Data-centre systems will be the fastest-growing segment, with spending expected to rise "
            "15.5% to $405 billion. \"CIOs are not spending more across the board,\" said Fairhaven analyst Mirela "
            "Costa; in the firm's fourth-quarter poll, 58% of CIOs said their budgets would stay flat."
        ),
        obs=[
            ("Total", 2025, 5.74, "USD trillion", "estimate"),
            ("Total", 2024, 5.24, "USD trillion", "actual"),
            ("Data-centre systems", 2025, 405, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2024, 2025, 1.0),
            ("growth", 15.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 5.74 / 5.24 - 1 = 9.542% -> 9.5, not 9.6; bounds 5.735/5.245 - 1 = 9.342% .. 5.745/5.235 - 1 =
            # 9.742%, which holds 9.6 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. dated English security-spending estimate in euros: "this year" (2025, estimate) "11.2% more than the
    #    €43.7 billion they spent in 2024" exact; a part with its share of the total (exact); an EU programme's
    #    budget, a skills shortage headcount and a bank's own budget rise nowhere
    dict(
        text=(
            "BRUSSELS, 6 May 2025 — European organisations will spend €48.6 billion on information security "
            "products and services this year, 11.2% more than the €43.7 billion they spent in 2024, estimates the "
            "Ghent-based consultancy Verhaegen & Lutz. Security services, from managed detection to incident "
            "response, will take €24.1 billion, or 49.6% of the total. The growth comes on top of public money: the "
            "EU's Digital Europe Programme has set aside €1.6 billion for cybersecurity capacity over its lifetime. "
            "Verhaegen & Lutz puts the region's shortage of security professionals at 299,000 people, and notes "
            "that its largest client, a Dutch bank, lifted its own security budget by 18%."
        ),
        obs=[
            ("Total", 2025, 48.6, "EUR billion", "estimate"),
            ("Total", 2024, 43.7, "EUR billion", "actual"),
            ("Security services", 2025, 24.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 11.2, "percent", 2024, 2025, 1.0),
            ("share", 49.6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 43.7 - 1 = 11.213% -> 11.2
            ("arithmetic", "exact"),  # 24.1 / 48.6 = 49.588% -> 49.6
        ],
    ),
    # 4. earnings call: the company sizes a total addressable market (Total) "from $310 billion in fiscal 2024 to
    #    $1 trillion by fiscal 2028" ($1 trillion kept in the series' USD billion -> 1000), "about 34% a year"
    #    with no printed span (inferred); quarterly revenue, capex, price target and upside nowhere
    dict(
        text=(
            "On its fiscal 2025 fourth-quarter earnings call, Quorra Systems told analysts that the total "
            "addressable market for accelerated data-centre infrastructure would grow from $310 billion in fiscal "
            "2024 to $1 trillion by fiscal 2028, a compound rate of about 34% a year. Quarterly revenue came in at "
            "$39.3 billion, of which data-centre products contributed $35.6 billion, and the company guided capital "
            "expenditure of $4.5 billion for the coming year. Chief financial officer Lena Marsh said Quorra aims "
            "to keep a substantial share of that opportunity. Tarrant & Webb raised its price target to $175, "
            "implying 28% upside."
        ),
        obs=[
            ("Total", 2024, 310, "USD billion", "actual"),
            ("Total", 2028, 1000, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1000 / 310) ** (1/4) - 1 = 3.22581 ** 0.25 - 1 = 34.017% -> 34
        ],
    ),
    # 5. dated English regional generative-AI forecast: "a compound annual growth rate of 41.2% over 2023-2028"
    #    that its own amounts ($11.3bn -> $54.7bn) contradict (inconsistent); venture funding, a half-year, a
    #    poll's 71% and 820 executives nowhere
    dict(
        text=(
            "SINGAPORE, 18 September 2024 — Enterprises in Asia/Pacific will spend $54.7 billion on generative AI "
            "solutions in 2028, up from $11.3 billion in 2023, according to a spending forecast from the regional "
            "research house Tanjong Insight. That amounts to a compound annual growth rate of 41.2% over 2023-2028, "
            "the firm said, with China and India accounting for the bulk of new demand. Start-ups building large "
            "language models in the region raised $9.6 billion of venture funding in the first half of 2024. "
            "Tanjong's poll of 820 executives found that 71% had moved at least one generative AI pilot into "
            "production."
        ),
        obs=[
            ("Total", 2028, 54.7, "USD billion", "estimate"),
            ("Total", 2023, 11.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 41.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (54.7 / 11.3) ** (1/5) - 1 = 4.84071 ** 0.2 - 1 = 37.082% -> 37.1, not 41.2; bounds
            # (54.65/11.35) ** 0.2 - 1 = 36.936% .. (54.75/11.25) ** 0.2 - 1 = 37.229% -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. English mid-year cloud outlook: a range "between $720 billion and $745 billion in 2025" (two value
    #    claims, no observation) after $595.7 billion in 2024; a segment "climb 24.8% to $213.4 billion this year,
    #    from $171.0 billion" exact; a quarter's spending, hyperscalers' capex and "a multibillion-dollar
    #    opportunity" nowhere
    dict(
        text=(
            "Worldwide end-user spending on public cloud services will land between $720 billion and $745 billion "
            "in 2025, up from $595.7 billion in 2024, according to a mid-year outlook published by Ridgeline "
            "Advisory on 2 July 2025. Infrastructure as a service is the fastest-growing segment: Ridgeline expects "
            "it to climb 24.8% to $213.4 billion this year, from $171.0 billion. In the first quarter alone, "
            "enterprises spent $86.2 billion on cloud infrastructure services, while the four largest hyperscalers' "
            "combined capital expenditure is running above $250 billion a year. The firm still calls sovereign "
            "cloud \"a multibillion-dollar opportunity\" for European providers."
        ),
        obs=[
            ("Total", 2024, 595.7, "USD billion", "actual"),
            ("Infrastructure as a service", 2025, 213.4, "USD billion", "estimate"),
            ("Infrastructure as a service", 2024, 171.0, "USD billion", "actual"),
        ],
        claims=[
            ("value", 720, "USD billion", 2025, 2025, None),
            ("value", 745, "USD billion", 2025, 2025, None),
            ("growth", 24.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 213.4 / 171.0 - 1 = 24.795% -> 24.8
        ],
    ),
    # 7. English national IT-spending guide in pounds: "£106.3 billion on IT in 2025, 5.2% more than the £101.0
    #    billion they spent last year" exact; software's amount and share (exact); percentage points, a government
    #    programme's budget, 640 interviewees and a survey's 44% nowhere
    dict(
        text=(
            "UK organisations will spend £106.3 billion on IT in 2025, 5.2% more than the £101.0 billion they "
            "spent last year, according to the annual UK IT Spending Guide from Mercia Research, published in "
            "Manchester on 11 February 2025. Software will be the largest line at £38.4 billion, or 36.1% of the "
            "total, ahead of IT services. The forecast growth rate is 0.9 percentage points below last year's. "
            "Separately, the government confirmed a £2 billion programme to modernise public-sector systems, a "
            "budget Mercia does not count as market spending. Mercia interviewed 640 IT leaders for the guide; 44% "
            "said they would delay hardware refreshes."
        ),
        obs=[
            ("Total", 2025, 106.3, "GBP billion", "estimate"),
            ("Total", 2024, 101.0, "GBP billion", "actual"),
            ("Software", 2025, 38.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 5.2, "percent", 2024, 2025, 1.0),
            ("share", 36.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 106.3 / 101.0 - 1 = 5.248% -> 5.2
            ("arithmetic", "exact"),  # 38.4 / 106.3 = 36.124% -> 36.1
        ],
    ),
    # 8. dated English Japan forecast in yen (JPY billion): "¥1,342 billion in 2024 ... ¥3,125 billion in 2029, a
    #    compound annual growth rate of 18.4% from 2024 to 2029" (stated, exact); "roughly a third", a ¥10
    #    trillion subsidy package, a group's own ¥500 billion and headcounts nowhere
    dict(
        text=(
            "TOKYO, 27 August 2025 — Spending on AI systems in Japan reached ¥1,342 billion in 2024 and will climb "
            "to ¥3,125 billion in 2029, a compound annual growth rate of 18.4% from 2024 to 2029, forecasts the "
            "Tokyo consultancy Hoshino Market Partners. Generative AI will make up roughly a third of that by the "
            "end of the period. The figures leave out the government's ¥10 trillion package of subsidies for chips "
            "and AI through fiscal 2030, and the ¥500 billion that one domestic electronics group has earmarked for "
            "its own data centres. Hoshino's team of 25 analysts surveyed 1,300 companies."
        ),
        obs=[
            ("Total", 2024, 1342, "JPY billion", "actual"),
            ("Total", 2029, 3125, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3125 / 1342) ** (1/5) - 1 = 2.32861 ** 0.2 - 1 = 18.418% -> 18.4
        ],
    ),
    # 9. dated English India data-centre piece: "$4.6 billion last year" (2024) and "$5.5 billion this year"
    #    (2025, estimate), "an increase of 19.6%" exact; "more than three times the $1.7 billion spent in 2020"
    #    (x3 over 5 years, no verdict); rupee incentives, a headcount and gigawatts nowhere
    dict(
        text=(
            "MUMBAI, 9 June 2025 — Spending on data-centre infrastructure in India rose to $4.6 billion last year "
            "and is set to reach $5.5 billion this year, an increase of 19.6%, the Bengaluru-based research firm "
            "Kaveri Analytics said on Monday. That would make this year's outlay more than three times the $1.7 "
            "billion spent in 2020. State governments have lined up incentives worth ₹12,000 crore to attract new "
            "facilities, and the sector now employs about 60,000 people. Kaveri expects the country's installed "
            "capacity to pass 2 gigawatts by the end of next year."
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2025, 5.5, "USD billion", "estimate"),
            ("Total", 2020, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2020, 2025, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.5 / 4.6 - 1 = 19.565% -> 19.6
        ],
    ),
    # 10. Simplified-Chinese spending guide: 中国人工智能市场总支出规模 1,285亿元 (同比增长22.8%, exact) after
    #     1,046亿元 in 2023, 3,416亿元 forecast for 2028 with "2023-2028年五年复合增长率约为26.7%" (stated, exact);
    #     the report title's year, 超过三成, a provincial fund and 千亿级 nowhere
    dict(
        text=(
            "2025年4月10日，市场研究机构睿衡咨询发布《2025年中国人工智能支出指南》。数据显示，2024年中国人工智能市场"
            "总支出规模为1,285亿元人民币，同比增长22.8%，2023年为1,046亿元。睿衡预计，到2028年该规模将增至3,416亿元，"
            "2023-2028年五年复合增长率约为26.7%，其中生成式人工智能支出占比将超过三成。报告同时提到，某省近期设立了"
            "规模100亿元的人工智能产业投资基金，但该基金不计入市场支出。睿衡分析师认为，中国人工智能市场正迈入千亿级"
            "发展阶段。"
        ),
        obs=[
            ("Total", 2024, 1285, "CNY 100 million", "actual"),
            ("Total", 2023, 1046, "CNY 100 million", "actual"),
            ("Total", 2028, 3416, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("cagr", 26.7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1285 / 1046 - 1 = 22.849% -> 22.8
            ("cagr|implied", "exact"),  # (3416 / 1046) ** (1/5) - 1 = 3.26577 ** 0.2 - 1 = 26.706% -> 26.7
        ],
    ),
    # 11. Simplified-Chinese cloud report: 8,962亿元 "较2023年的7,653亿元增长17.1%" exact; 公有云 5,410亿元 占比60.4%
    #     (exact); 今年 "突破1.05万亿元" kept at its printed figure in the series' 亿元 (10500, estimate);
    #     个百分点, a Q4 figure, a vendor's own revenue and a headcount nowhere
    dict(
        text=(
            "2025年3月18日，云析研究院发布的年度报告显示，2024年中国云计算市场总支出为8,962亿元，较2023年的7,653亿元"
            "增长17.1%，增速较上年提高2.3个百分点。其中，公有云支出5,410亿元，占比60.4%。第四季度单季支出为2,655亿元。"
            "报告预计，今年市场总支出将突破1.05万亿元。头部厂商云启科技全年云业务收入为1,062亿元，员工约两万人。"
        ),
        obs=[
            ("Total", 2024, 8962, "CNY 100 million", "actual"),
            ("Total", 2023, 7653, "CNY 100 million", "actual"),
            ("Total", 2025, 10500, "CNY 100 million", "estimate"),
            ("公有云", 2024, 5410, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.1, "percent", 2023, 2024, 1.0),
            ("share", 60.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8962 / 7653 - 1 = 17.104% -> 17.1
            ("arithmetic", "exact"),  # 5410 / 8962 = 60.366% -> 60.4
        ],
    ),
    # 12. Simplified-Chinese statistics release: 数据中心投资规模 2,150亿元 "比上年的1,820亿元增长14.6%" that its own
    #     amounts contradict (inconsistent); "较2019年的716亿元增长2倍" between two printed amounts -> x3 over 5
    #     years (no verdict); a special-bond budget, rack counts and 上架率 nowhere
    dict(
        text=(
            "全国算力统计监测中心2025年2月发布的数据显示，2024年全国数据中心投资规模达到2,150亿元，比上年的1,820亿元"
            "增长14.6%，较2019年的716亿元增长2倍。与此同时，中央财政安排的超长期特别国债中有1,000亿元用于支持算力基础"
            "设施建设，这部分属于预算安排，并非市场投资。截至2024年底，全国在用标准机架超过880万架，平均上架率约为62%。"
        ),
        obs=[
            ("Total", 2024, 2150, "CNY 100 million", "actual"),
            ("Total", 2023, 1820, "CNY 100 million", "actual"),
            ("Total", 2019, 716, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
        ],
        verdicts=[
            # 2150 / 1820 - 1 = 18.132% -> 18.1, not 14.6; bounds 2149.5/1820.5 - 1 = 18.072% ..
            # 2150.5/1819.5 - 1 = 18.192% -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Traditional-Chinese Taiwan security release in 新台幣億元: 812 "較2023年的新台幣722億元年增12.5%" exact;
    #     今年 918 "年增13.0%" exact only within rounding; a government plan's budget, a vendor's own revenue and a
    #     survey's 68% nowhere
    dict(
        text=(
            "【台北訊】產業研究機構瀚策產研2025年3月發布調查指出，2024年台灣資訊安全支出規模達新台幣812億元，較2023年"
            "的新台幣722億元年增12.5%。瀚策預估，今年資安支出將成長至新台幣918億元，年增13.0%。政府推動的「資安產業發展"
            "行動計畫」四年編列新台幣400億元預算，不計入市場支出；國內最大資安服務商全年營收約新台幣36億元。調查亦顯示，"
            "68%的受訪企業計畫今年增加資安預算。"
        ),
        obs=[
            ("Total", 2024, 812, "TWD 100 million", "actual"),
            ("Total", 2023, 722, "TWD 100 million", "actual"),
            ("Total", 2025, 918, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("growth", 13.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 812 / 722 - 1 = 12.465% -> 12.5
            # 918 / 812 - 1 = 13.054% -> 13.1, not 13.0; bounds 917.5/812.5 - 1 = 12.923% .. 918.5/811.5 - 1 =
            # 13.185%, which holds 13.0 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Traditional-Chinese Hong Kong cloud report in 億港元 (HKD 100 million): 186 "按年增長19.2%" after 156 exact;
    #     428 in 2029 with "2024至2029年複合年增長率為18.1%" (stated, exact); a Q1 figure, a government grant and
    #     start-ups' funding nowhere
    dict(
        text=(
            "香港2025年5月8日電——本地研究機構港思研究最新報告指出，2024年香港公共雲服務支出達186億港元，按年增長19.2%，"
            "而2023年為156億港元。該機構預計，支出將於2029年增至428億港元，2024至2029年複合年增長率為18.1%。今年第一季，"
            "公共雲支出約為49億港元。另外，特區政府早前撥款1.2億港元推動中小企數碼化，本地雲端初創企業去年合共融資3.8億"
            "港元，均不屬於上述市場支出。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2023, 156, "HKD 100 million", "actual"),
            ("Total", 2029, 428, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("cagr", 18.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 156 - 1 = 19.231% -> 19.2
            ("cagr|implied", "exact"),  # (428 / 186) ** (1/5) - 1 = 2.30108 ** 0.2 - 1 = 18.137% -> 18.1
        ],
    ),
    # 15. English pipe table "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)": Spending and
    #     Growth (%) for 2024 and 2025F per segment, total row "Overall IT"; 2024 rates lack their 2023 bases
    #     (claims, no verdict); 2025F rates and both column sums exact; table and note numbers, a CIO panel's 62%
    #     nowhere
    dict(
        text=(
            "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)\n"
            "| Segment | 2024 Spending | 2024 Growth (%) | 2025F Spending | 2025F Growth (%) |\n"
            "|---|---|---|---|---|\n"
            "| Data Center Systems | 329,132 | 39.4 | 405,505 | 23.2 |\n"
            "| Devices | 734,162 | 6.0 | 810,234 | 10.4 |\n"
            "| Software | 1,091,569 | 12.0 | 1,246,842 | 14.2 |\n"
            "| IT Services | 1,588,121 | 5.6 | 1,731,467 | 9.0 |\n"
            "| Communications Services | 1,371,787 | 2.3 | 1,423,746 | 3.8 |\n"
            "| Overall IT | 5,114,771 | 7.7 | 5,617,794 | 9.8 |\n"
            "Source: Ashgrove Research (January 2025). Note 1: the 2024 growth column compares with 2023. In "
            "Ashgrove's CIO panel, 62% of respondents expect to raise budgets for AI software."
        ),
        obs=[
            ("Data Center Systems", 2024, 329132, "USD million", "actual"),
            ("Devices", 2024, 734162, "USD million", "actual"),
            ("Software", 2024, 1091569, "USD million", "actual"),
            ("IT Services", 2024, 1588121, "USD million", "actual"),
            ("Communications Services", 2024, 1371787, "USD million", "actual"),
            ("Overall IT", 2024, 5114771, "USD million", "actual"),
            ("Data Center Systems", 2025, 405505, "USD million", "estimate"),
            ("Devices", 2025, 810234, "USD million", "estimate"),
            ("Software", 2025, 1246842, "USD million", "estimate"),
            ("IT Services", 2025, 1731467, "USD million", "estimate"),
            ("Communications Services", 2025, 1423746, "USD million", "estimate"),
            ("Overall IT", 2025, 5617794, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2023, 2024, 1.0),
            ("growth", 6.0, "percent", 2023, 2024, 1.0),
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("growth", 2.3, "percent", 2023, 2024, 1.0),
            ("growth", 7.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
            ("growth", 10.4, "percent", 2024, 2025, 1.0),
            ("growth", 14.2, "percent", 2024, 2025, 1.0),
            ("growth", 9.0, "percent", 2024, 2025, 1.0),
            ("growth", 3.8, "percent", 2024, 2025, 1.0),
            ("growth", 9.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 405505 / 329132 - 1 = 23.204% -> 23.2
            ("cagr|implied", "exact"),  # 810234 / 734162 - 1 = 10.362% -> 10.4
            ("cagr|implied", "exact"),  # 1246842 / 1091569 - 1 = 14.225% -> 14.2
            ("cagr|implied", "exact"),  # 1731467 / 1588121 - 1 = 9.026% -> 9.0
            ("cagr|implied", "exact"),  # 1423746 / 1371787 - 1 = 3.788% -> 3.8
            ("cagr|implied", "exact"),  # 5617794 / 5114771 - 1 = 9.835% -> 9.8
            ("hierarchy", "exact"),  # 2024: 329132 + 734162 + 1091569 + 1588121 + 1371787 = 5114771
            ("hierarchy", "exact"),  # 2025F: 405505 + 810234 + 1246842 + 1731467 + 1423746 = 5617794
        ],
    ),
    # 16. Simplified-Chinese tab-separated vertical table (rows are years, 2025E-2027E estimates): 生成式人工智能
    #     支出 by 硬件/软件/服务 with a 合计 column (items are the column headers); 2024 sum only within rounding,
    #     other years exact; "2022-2027年复合增长率为89.7%" (stated, exact); table number, 超过一半 and 千亿级 nowhere
    dict(
        text=(
            "睿衡咨询2025年3月发布的测算显示，生成式人工智能已成为中国AI支出中增长最快的部分（E为预测值）。\n"
            "表2 中国生成式人工智能支出规模（单位：亿元）\n"
            "年份\t硬件\t软件\t服务\t合计\n"
            "2022\t38.6\t21.2\t9.4\t69.2\n"
            "2023\t96.3\t47.5\t23.8\t167.6\n"
            "2024\t212.4\t108.7\t55.6\t376.8\n"
            "2025E\t398.2\t221.3\t109.5\t729.0\n"
            "2026E\t612.9\t372.8\t184.1\t1169.8\n"
            "2027E\t845.0\t566.4\t287.3\t1698.7\n"
            "2022-2027年复合增长率为89.7%。硬件支出占比超过一半，千亿级市场空间正在打开。"
        ),
        obs=[
            ("硬件", 2022, 38.6, "CNY 100 million", "actual"),
            ("软件", 2022, 21.2, "CNY 100 million", "actual"),
            ("服务", 2022, 9.4, "CNY 100 million", "actual"),
            ("合计", 2022, 69.2, "CNY 100 million", "actual"),
            ("硬件", 2023, 96.3, "CNY 100 million", "actual"),
            ("软件", 2023, 47.5, "CNY 100 million", "actual"),
            ("服务", 2023, 23.8, "CNY 100 million", "actual"),
            ("合计", 2023, 167.6, "CNY 100 million", "actual"),
            ("硬件", 2024, 212.4, "CNY 100 million", "actual"),
            ("软件", 2024, 108.7, "CNY 100 million", "actual"),
            ("服务", 2024, 55.6, "CNY 100 million", "actual"),
            ("合计", 2024, 376.8, "CNY 100 million", "actual"),
            ("硬件", 2025, 398.2, "CNY 100 million", "estimate"),
            ("软件", 2025, 221.3, "CNY 100 million", "estimate"),
            ("服务", 2025, 109.5, "CNY 100 million", "estimate"),
            ("合计", 2025, 729.0, "CNY 100 million", "estimate"),
            ("硬件", 2026, 612.9, "CNY 100 million", "estimate"),
            ("软件", 2026, 372.8, "CNY 100 million", "estimate"),
            ("服务", 2026, 184.1, "CNY 100 million", "estimate"),
            ("合计", 2026, 1169.8, "CNY 100 million", "estimate"),
            ("硬件", 2027, 845.0, "CNY 100 million", "estimate"),
            ("软件", 2027, 566.4, "CNY 100 million", "estimate"),
            ("服务", 2027, 287.3, "CNY 100 million", "estimate"),
            ("合计", 2027, 1698.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 89.7, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 38.6 + 21.2 + 9.4 = 69.2
            ("hierarchy", "exact"),  # 2023: 96.3 + 47.5 + 23.8 = 167.6
            # 2024: 212.4 + 108.7 + 55.6 = 376.7, not 376.8; parts' bounds 376.55 .. 376.85 hold 376.8 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 398.2 + 221.3 + 109.5 = 729.0
            ("hierarchy", "exact"),  # 2026E: 612.9 + 372.8 + 184.1 = 1169.8
            ("hierarchy", "exact"),  # 2027E: 845.0 + 566.4 + 287.3 = 1698.7
            ("cagr|implied", "exact"),  # (1698.7 / 69.2) ** (1/5) - 1 = 24.5477 ** 0.2 - 1 = 89.672% -> 89.7
        ],
    ),
    # 17. English pipe table by region (US$ billion), 2024 and 2025F with a growth column and a "Worldwide" total
    #     row: four rates exact, Rest of world's 12.9 only within rounding; both sums exact; a quarter's
    #     percentage points and a vendor count nowhere
    dict(
        text=(
            "Security spending by region, 2024-2025 (US$ billion)\n"
            "| Region | 2024 | 2025F | Growth 2025 (%) |\n"
            "|---|---|---|---|\n"
            "| North America | 98.4 | 110.6 | 12.4 |\n"
            "| Western Europe | 52.7 | 58.9 | 11.8 |\n"
            "| Asia/Pacific | 41.2 | 47.5 | 15.3 |\n"
            "| Rest of world | 19.8 | 22.3 | 12.9 |\n"
            "| Worldwide | 212.1 | 239.3 | 12.8 |\n"
            "Figures from Halden Security Research, 14 March 2025. Spending in the fourth quarter grew 2.1 "
            "percentage points faster than the full-year rate; Halden tracks 3,400 vendors."
        ),
        obs=[
            ("North America", 2024, 98.4, "USD billion", "actual"),
            ("Western Europe", 2024, 52.7, "USD billion", "actual"),
            ("Asia/Pacific", 2024, 41.2, "USD billion", "actual"),
            ("Rest of world", 2024, 19.8, "USD billion", "actual"),
            ("Worldwide", 2024, 212.1, "USD billion", "actual"),
            ("North America", 2025, 110.6, "USD billion", "estimate"),
            ("Western Europe", 2025, 58.9, "USD billion", "estimate"),
            ("Asia/Pacific", 2025, 47.5, "USD billion", "estimate"),
            ("Rest of world", 2025, 22.3, "USD billion", "estimate"),
            ("Worldwide", 2025, 239.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2024, 2025, 1.0),
            ("growth", 11.8, "percent", 2024, 2025, 1.0),
            ("growth", 15.3, "percent", 2024, 2025, 1.0),
            ("growth", 12.9, "percent", 2024, 2025, 1.0),
            ("growth", 12.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 110.6 / 98.4 - 1 = 12.398% -> 12.4
            ("cagr|implied", "exact"),  # 58.9 / 52.7 - 1 = 11.765% -> 11.8
            ("cagr|implied", "exact"),  # 47.5 / 41.2 - 1 = 15.291% -> 15.3
            # 22.3 / 19.8 - 1 = 12.626% -> 12.6, not 12.9; bounds 22.25/19.85 - 1 = 12.091% .. 22.35/19.75 - 1 =
            # 13.165%, which holds 12.9 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 239.3 / 212.1 - 1 = 12.824% -> 12.8
            ("hierarchy", "exact"),  # 2024: 98.4 + 52.7 + 41.2 + 19.8 = 212.1
            ("hierarchy", "exact"),  # 2025F: 110.6 + 58.9 + 47.5 + 22.3 = 239.3
        ],
    ),
    # 18. Traditional-Chinese space-aligned table by industry in 新台幣億元 (TWD 100 million): 2024, 2025(預估),
    #     年增率 and 2025占比 with a 總計 row (its 100.0% no claim); all rates, shares and sums exact; table number,
    #     a survey's 54% and a ministry's AI budget nowhere
    dict(
        text=(
            "表3 台灣人工智慧支出（依產業別，單位：新台幣億元）\n"
            "產業別              2024    2025(預估)    年增率    2025占比\n"
            "製造業               186       241        29.6%      40.0%\n"
            "金融業               124       158        27.4%      26.2%\n"
            "政府與公共部門        67        79        17.9%      13.1%\n"
            "零售與流通            41        55        34.1%       9.1%\n"
            "其他產業              58        70        20.7%      11.6%\n"
            "總計                 476       603        26.7%     100.0%\n"
            "資料來源：瀚策產研，2025年1月。該機構調查顯示，54%的企業已編列生成式AI預算；數位發展部本年度AI相關預算"
            "新台幣120億元不列入上表。"
        ),
        obs=[
            ("製造業", 2024, 186, "TWD 100 million", "actual"),
            ("金融業", 2024, 124, "TWD 100 million", "actual"),
            ("政府與公共部門", 2024, 67, "TWD 100 million", "actual"),
            ("零售與流通", 2024, 41, "TWD 100 million", "actual"),
            ("其他產業", 2024, 58, "TWD 100 million", "actual"),
            ("總計", 2024, 476, "TWD 100 million", "actual"),
            ("製造業", 2025, 241, "TWD 100 million", "estimate"),
            ("金融業", 2025, 158, "TWD 100 million", "estimate"),
            ("政府與公共部門", 2025, 79, "TWD 100 million", "estimate"),
            ("零售與流通", 2025, 55, "TWD 100 million", "estimate"),
            ("其他產業", 2025, 70, "TWD 100 million", "estimate"),
            ("總計", 2025, 603, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
            ("growth", 27.4, "percent", 2024, 2025, 1.0),
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
            ("growth", 34.1, "percent", 2024, 2025, 1.0),
            ("growth", 20.7, "percent", 2024, 2025, 1.0),
            ("growth", 26.7, "percent", 2024, 2025, 1.0),
            ("share", 40.0, "percent", 2025, 2025, None),
            ("share", 26.2, "percent", 2025, 2025, None),
            ("share", 13.1, "percent", 2025, 2025, None),
            ("share", 9.1, "percent", 2025, 2025, None),
            ("share", 11.6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 241 / 186 - 1 = 29.570% -> 29.6
            ("cagr|implied", "exact"),  # 158 / 124 - 1 = 27.419% -> 27.4
            ("cagr|implied", "exact"),  # 79 / 67 - 1 = 17.910% -> 17.9
            ("cagr|implied", "exact"),  # 55 / 41 - 1 = 34.146% -> 34.1
            ("cagr|implied", "exact"),  # 70 / 58 - 1 = 20.690% -> 20.7
            ("cagr|implied", "exact"),  # 603 / 476 - 1 = 26.681% -> 26.7
            ("arithmetic", "exact"),  # 241 / 603 = 39.967% -> 40.0
            ("arithmetic", "exact"),  # 158 / 603 = 26.202% -> 26.2
            ("arithmetic", "exact"),  # 79 / 603 = 13.101% -> 13.1
            ("arithmetic", "exact"),  # 55 / 603 = 9.121% -> 9.1
            ("arithmetic", "exact"),  # 70 / 603 = 11.609% -> 11.6
            ("hierarchy", "exact"),  # 2024: 186 + 124 + 67 + 41 + 58 = 476
            ("hierarchy", "exact"),  # 2025: 241 + 158 + 79 + 55 + 70 = 603
        ],
    ),
    # 19. English space-aligned table by chip type (US$ billion): 2023, 2024, 2028F and a "CAGR 2024-28" column
    #     (stated spans), total row "All AI chips"; all CAGRs and all three sums exact; a foundry's capex and a
    #     quarter's GPU units nowhere
    dict(
        text=(
            "Spending on semiconductors for AI servers, by chip type (US$ billion)\n"
            "Chip type          2023     2024     2028F    CAGR 2024-28\n"
            "GPU                41.8     88.6     196.4    22.0%\n"
            "Custom ASIC         6.9     14.2      52.7    38.8%\n"
            "HBM memory          4.4     13.1      38.9    31.3%\n"
            "Server CPU          8.7     10.2      16.3    12.4%\n"
            "Networking          5.1      8.8      24.6    29.3%\n"
            "All AI chips       66.9    134.9     328.9    25.0%\n"
            "Source: Kestrel Semiconductor Advisory, March 2025. The table excludes the $38 billion one foundry "
            "plans to spend on new capacity this year and fourth-quarter GPU shipments of 1.4 million units."
        ),
        obs=[
            ("GPU", 2023, 41.8, "USD billion", "actual"),
            ("Custom ASIC", 2023, 6.9, "USD billion", "actual"),
            ("HBM memory", 2023, 4.4, "USD billion", "actual"),
            ("Server CPU", 2023, 8.7, "USD billion", "actual"),
            ("Networking", 2023, 5.1, "USD billion", "actual"),
            ("All AI chips", 2023, 66.9, "USD billion", "actual"),
            ("GPU", 2024, 88.6, "USD billion", "actual"),
            ("Custom ASIC", 2024, 14.2, "USD billion", "actual"),
            ("HBM memory", 2024, 13.1, "USD billion", "actual"),
            ("Server CPU", 2024, 10.2, "USD billion", "actual"),
            ("Networking", 2024, 8.8, "USD billion", "actual"),
            ("All AI chips", 2024, 134.9, "USD billion", "actual"),
            ("GPU", 2028, 196.4, "USD billion", "estimate"),
            ("Custom ASIC", 2028, 52.7, "USD billion", "estimate"),
            ("HBM memory", 2028, 38.9, "USD billion", "estimate"),
            ("Server CPU", 2028, 16.3, "USD billion", "estimate"),
            ("Networking", 2028, 24.6, "USD billion", "estimate"),
            ("All AI chips", 2028, 328.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 38.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 31.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 12.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 29.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (196.4 / 88.6) ** (1/4) - 1 = 2.21670 ** 0.25 - 1 = 22.019% -> 22.0
            ("cagr|implied", "exact"),  # (52.7 / 14.2) ** (1/4) - 1 = 3.71127 ** 0.25 - 1 = 38.797% -> 38.8
            ("cagr|implied", "exact"),  # (38.9 / 13.1) ** (1/4) - 1 = 2.96947 ** 0.25 - 1 = 31.271% -> 31.3
            ("cagr|implied", "exact"),  # (16.3 / 10.2) ** (1/4) - 1 = 1.59804 ** 0.25 - 1 = 12.434% -> 12.4
            ("cagr|implied", "exact"),  # (24.6 / 8.8) ** (1/4) - 1 = 2.79545 ** 0.25 - 1 = 29.304% -> 29.3
            ("cagr|implied", "exact"),  # (328.9 / 134.9) ** (1/4) - 1 = 2.43810 ** 0.25- 1 = 24.958% -> 25.0
            ("hierarchy", "exact"),  # 2023: 41.8 + 6.9 + 4.4 + 8.7 + 5.1 = 66.9
            ("hierarchy", "exact"),  # 2024: 88.6 + 14.2 + 13.1 + 10.2 + 8.8 = 134.9
            ("hierarchy", "exact"),  # 2028F: 196.4 + 52.7 + 38.9 + 16.3 + 24.6 = 328.9
        ],
    ),
    # 20. Simplified-Chinese pipe table of IT支出 by segment in 亿元: 2023 and 2024 with 同比增长 and 2024年占比 and a
    #     合计 row (its 100.0% no claim); IT服务's 9.4% contradicted by its amounts (inconsistent), other rates,
    #     shares and sums exact; a Q4 figure and 个百分点 nowhere
    dict(
        text=(
            "2025年2月，信研智库发布《中国IT支出年度观察》，2024年全国IT支出结构如下：\n"
            "| 类别 | 2023年（亿元） | 2024年（亿元） | 同比增长 | 2024年占比 |\n"
            "|---|---|---|---|---|\n"
            "| 硬件 | 14,820 | 15,620 | 5.4% | 33.0% |\n"
            "| 软件 | 9,360 | 10,550 | 12.7% | 22.3% |\n"
            "| IT服务 | 11,240 | 12,180 | 9.4% | 25.7% |\n"
            "| 通信服务 | 8,910 | 9,020 | 1.2% | 19.0% |\n"
            "| 合计 | 44,330 | 47,370 | 6.9% | 100.0% |\n"
            "注：第四季度IT支出为13,460亿元；全年增速较2023年回落0.8个百分点。"
        ),
        obs=[
            ("硬件", 2023, 14820, "CNY 100 million", "actual"),
            ("软件", 2023, 9360, "CNY 100 million", "actual"),
            ("IT服务", 2023, 11240, "CNY 100 million", "actual"),
            ("通信服务", 2023, 8910, "CNY 100 million", "actual"),
            ("合计", 2023, 44330, "CNY 100 million", "actual"),
            ("硬件", 2024, 15620, "CNY 100 million", "actual"),
            ("软件", 2024, 10550, "CNY 100 million", "actual"),
            ("IT服务", 2024, 12180, "CNY 100 million", "actual"),
            ("通信服务", 2024, 9020, "CNY 100 million", "actual"),
            ("合计", 2024, 47370, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.4, "percent", 2023, 2024, 1.0),
            ("growth", 12.7, "percent", 2023, 2024, 1.0),
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("growth", 1.2, "percent", 2023, 2024, 1.0),
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
            ("share", 33.0, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 25.7, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15620 / 14820 - 1 = 5.398% -> 5.4
            ("cagr|implied", "exact"),  # 10550 / 9360 - 1 = 12.714% -> 12.7
            # 12180 / 11240 - 1 = 8.363% -> 8.4, not 9.4; bounds 12179.5/11240.5 - 1 = 8.354% ..
            # 12180.5/11239.5 - 1 = 8.372% -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 9020 / 8910 - 1 = 1.235% -> 1.2
            ("cagr|implied", "exact"),  # 47370 / 44330 - 1 = 6.858% -> 6.9
            ("arithmetic", "exact"),  # 15620 / 47370 = 32.975% -> 33.0
            ("arithmetic", "exact"),  # 10550 / 47370 = 22.271% -> 22.3
            ("arithmetic", "exact"),  # 12180 / 47370 = 25.712% -> 25.7
            ("arithmetic", "exact"),  # 9020 / 47370 = 19.042% -> 19.0
            ("hierarchy", "exact"),  # 2023: 14820 + 9360 + 11240 + 8910 = 44330
            ("hierarchy", "exact"),  # 2024: 15620 + 10550 + 12180 + 9020 = 47370
        ],
    ),
    # 21. EN prose, AI spending guide: "$632 billion in 2028" vs "$235 billion spent in 2023", stated 2023-2028 CAGR;
    #    an industry part ("banking ... with spending of $71.3 billion"); distractors: "more than half" (share in
    #    words), survey count and "62% of CIOs", "a multibillion-dollar opportunity", "next year" in a survey
    dict(
        text=(
            "HALVERSTON, 17 September 2024 — Worldwide spending on artificial intelligence, including applications, "
            "infrastructure and related IT and business services, will reach $632 billion in 2028, according to the "
            "latest Worldwide AI Spending Guide from Corvane Data Group. That compares with $235 billion spent in 2023 "
            "and works out to a compound annual growth rate of 21.9% for the 2023-2028 period. Software will account "
            "for more than half of the total over the forecast, while banking will remain the largest single "
            "industry, with spending of $71.3 billion in 2028. Corvane's companion survey of 1,450 IT leaders found "
            "that 62% of CIOs plan to increase their AI budgets next year, and one analyst described agentic systems "
            "as \"a multibillion-dollar opportunity\"."
        ),
        obs=[
            ("Total", 2028, 632, "USD billion", "estimate"),
            ("Total", 2023, 235, "USD billion", "actual"),
            ("Banking", 2028, 71.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (632/235)**(1/5)-1 = 21.879% -> 21.9
        ],
    ),
    # 22. EN prose, IT spending forecast: "$5.74 trillion in 2025, an increase of 9.3% from $5.26 trillion in 2024"
    #    (rounding); a segment with one amount and its growth; distractors: percentage points, a quarter's
    #    hyperscaler capex, a poll answer
    dict(
        text=(
            "ARLINGBROOK, 21 January 2025 — Worldwide IT spending is projected to total $5.74 trillion in 2025, an "
            "increase of 9.3% from $5.26 trillion in 2024, according to the latest forecast from Thessaly Research. "
            "The growth rate is 1.4 percentage points above Thessaly's October outlook, largely because of "
            "generative AI hardware. Data center systems spending will grow 15.4% this year to $475 billion, after "
            "the largest cloud providers alone poured $58 billion into capital expenditure in the fourth quarter. "
            "\"Budgets are not rising across the board,\" said analyst Mara Quintero; in Thessaly's poll, only 38% of "
            "CIOs expect a real-terms increase."
        ),
        obs=[
            ("Total", 2025, 5.74, "USD trillion", "estimate"),
            ("Total", 2024, 5.26, "USD trillion", "actual"),
            ("Data center systems", 2025, 475, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 9.3, "percent", 2024, 2025, 1.0),
            ("growth", 15.4, "percent", 2024, 2025, 1.0),  # one amount printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 5.74/5.26-1 = 9.125% -> 9.1 != 9.3;
            #                                bounds 5.735/5.265-1 = 8.927% .. 5.745/5.255-1 = 9.324% -> 9.3 reachable
        ],
    ),
    # 23. EN prose, European security spending guide: "€48.6 billion ... this year, up 12.5% from €41.2 billion
    #    last year" (inconsistent); a segment share without its amount; distractors: an EU budget envelope,
    #    venture funding raised, a vendor count, a survey answer
    dict(
        text=(
            "LISSENDORF, 6 May 2025 — European organisations will spend €48.6 billion on security products and "
            "services this year, up 12.5% from €41.2 billion last year, according to a spending guide published by "
            "the research house Velmora Insights. Managed security services will remain the biggest segment, at 38% "
            "of the total. The estimate leaves out the €1.6 billion the Commission has earmarked for cyber-resilience "
            "under its digital programme, as well as the €3.1 billion that European security start-ups raised from "
            "venture investors in 2024. Velmora tracks 212 vendors, and 71% of the 900 security chiefs it polled "
            "expect their budgets to rise."
        ),
        obs=[
            ("Total", 2025, 48.6, "EUR billion", "estimate"),
            ("Total", 2024, 41.2, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2024, 2025, 1.0),
            ("share", 38, "percent", 2025, 2025, None),  # part's amount not printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 48.6/41.2-1 = 17.961%; bounds 48.55/41.25-1 = 17.697% ..
            #                                    48.65/41.15-1 = 18.226% -> 12.5 unreachable
        ],
    ),
    # 24. EN prose, earnings call: company sizes the total addressable market ("$400 billion by fiscal 2028, close
    #    to nine times the $45 billion ... in fiscal 2023") -> Total and a multiple; distractors: the company's own
    #    quarterly revenue and growth, headcount, a price target and its upside, "multibillion-dollar cycle"
    dict(
        text=(
            "On its fiscal 2025 third-quarter earnings call on 20 November 2024, Nimbrel Systems chief executive "
            "Ostap Varga told analysts that the total addressable market for data-centre accelerators would reach "
            "$400 billion by fiscal 2028, close to nine times the $45 billion it was worth in fiscal 2023. Nimbrel's "
            "own data-centre revenue rose 112% to $30.8 billion in the quarter, and the company now employs 32,000 "
            "people. Kestrow Securities raised its price target to $180, implying 22% upside, and called the "
            "build-out \"a multiyear, multibillion-dollar cycle\"."
        ),
        obs=[
            ("Total", 2028, 400, "USD billion", "estimate"),
            ("Total", 2023, 45, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 9, "multiple", 2023, 2028, 5.0),  # "close to nine times"; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 25. EN prose, regional generative-AI spending: total and a country part with its share (arithmetic), a
    #    rate whose span only the amounts' years give ("average annual growth rate" -> inferred CAGR);
    #    distractors: government AI programmes pledged, a poll answer, "a multibillion-dollar opportunity"
    dict(
        text=(
            "SINGAVALE, 9 October 2024 — Spending on generative AI in Asia/Pacific is forecast to hit $26.0 billion "
            "in 2027, with China accounting for $9.1 billion, or 35% of the region's total, according to Pellucid "
            "Asia Research. That would be up from $3.4 billion in 2023, an average annual growth rate of 66.3%. "
            "Governments across the region have pledged more than $10 billion for national AI programmes, money "
            "Pellucid leaves out of its count. In its latest poll, 41% of enterprises said they had moved at least "
            "one generative AI pilot into production, and the firm calls agent software \"a multibillion-dollar "
            "opportunity\" for local vendors."
        ),
        obs=[
            ("Total", 2027, 26.0, "USD billion", "estimate"),
            ("China", 2027, 9.1, "USD billion", "estimate"),
            ("Total", 2023, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("share", 35, "percent", 2027, 2027, None),
            ("cagr", 66.3, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 9.1/26.0 = 35.00% -> 35
            ("cagr|period", "exact"),  # (26.0/3.4)**(1/4)-1 = 66.293% -> 66.3
        ],
    ),
    # 26. zh-Hans prose, AI spending guide: 2028年 3,460亿元 vs 2023年 1,050亿元, stated 2023—2028 CAGR 26.9%;
    #    a share (生成式AI 占比 33%); distractors: report title year and version, 个百分点, 千亿级, a firm count,
    #    近七成 (survey in words), 明年
    dict(
        text=(
            "本报讯（2024年11月5日）研究机构澄川数智近日发布《全球人工智能支出指南（2024年V2版）》。报告预测，"
            "2028年中国人工智能市场总支出规模将达到3,460亿元，2023年这一数字为1,050亿元，2023—2028年五年复合增长率"
            "（CAGR）为26.9%。其中，生成式人工智能支出在人工智能总支出中的占比将升至33%，较2023年提升18个百分点。"
            "报告认为，智能体应用正在打开一个千亿级的新市场；在该机构调研的312家企业中，近七成计划明年加大投入。"
        ),
        obs=[
            ("Total", 2028, 3460, "CNY 100 million", "estimate"),
            ("Total", 2023, 1050, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2023, 2028, None, "stated"),
            ("share", 33, "percent", 2028, 2028, None),  # part's amount not printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3460/1050)**(1/5)-1 = 26.934% -> 26.9
        ],
    ),
    # 27. zh-Hans prose, IT spending with 今年/去年 in 万亿元: 3.92万亿元 vs 3.71万亿元 +5.7%; a part (软件 1.58万亿元,
    #    占比40.3% -> arithmetic); distractors: 约占三成 (share in words), a central budget line, a CIO survey
    dict(
        text=(
            "2025年3月12日，咨询机构岚桥研究发布中国IT支出预测：今年中国IT支出预计将达到3.92万亿元，较去年的"
            "3.71万亿元增长5.7%。其中，软件支出将达到1.58万亿元，占比40.3%；硬件支出约占三成。中央财政今年安排的"
            "数字基础设施专项资金为120亿元，不计入上述支出规模。岚桥对286位CIO的调查显示，62%的受访者计划增加IT预算。"
        ),
        obs=[
            ("Total", 2025, 3.92, "CNY trillion", "estimate"),
            ("Total", 2024, 3.71, "CNY trillion", "actual"),
            ("软件", 2025, 1.58, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 5.7, "percent", 2024, 2025, 1.0),
            ("share", 40.3, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.92/3.71-1 = 5.660% -> 5.7
            ("arithmetic", "exact"),    # 1.58/3.92 = 40.306% -> 40.3
        ],
    ),
    # 28. zh-Hans prose, data-centre investment in 万亿元: 1.3 vs 1.1 "增长17%" (rounding), 突破1.5万亿元 next year;
    #    distractors: rack count, a quarter's operator capex, one operator's investment plan
    dict(
        text=(
            "据算桥产业研究院2025年2月发布的报告，2024年我国数据中心产业投资规模达1.3万亿元，较2023年的1.1万亿元"
            "增长17%，预计2025年将突破1.5万亿元。截至2024年底，全国在用标准机架超过880万架。今年一季度，三大运营商"
            "合计资本开支为640亿元；其中一家头部运营商全年的算力投资计划为180亿元。"
        ),
        obs=[
            ("Total", 2024, 1.3, "CNY trillion", "actual"),
            ("Total", 2023, 1.1, "CNY trillion", "actual"),
            ("Total", 2025, 1.5, "CNY trillion", "estimate"),  # 突破: at its printed figure
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.3/1.1-1 = 18.18% -> 18 != 17;
            #                                bounds 1.25/1.15-1 = 8.70% .. 1.35/1.05-1 = 28.57% -> 17 reachable
        ],
    ),
    # 29. zh-Hant prose (Taiwan), IT spending in 新台幣億元: 6,820 vs 6,320 年增7.9%; a part (雲端服務) with
    #    one amount; distractors: 個百分點, a ministry's budget line
    dict(
        text=(
            "【台北訊】瀚宇產業研究所2025年1月8日公布最新資訊支出預測，2025年台灣資訊科技支出預估達新台幣6,820億元，"
            "年增7.9%，2024年則為新台幣6,320億元。其中，雲端服務支出預估為新台幣1,150億元，成長幅度高於整體約10個"
            "百分點。數位發展部今年編列的新台幣300億元數位韌性預算並未計入上述支出。"
        ),
        obs=[
            ("Total", 2025, 6820, "TWD 100 million", "estimate"),
            ("Total", 2024, 6320, "TWD 100 million", "actual"),
            ("雲端服務", 2025, 1150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6820/6320-1 = 7.911% -> 7.9
        ],
    ),
    # 30. zh-Hant prose (Hong Kong), generative-AI spending in 億港元 with 今年/去年: 48 vs 31 增長55%; 2028年
    #     120億港元 and "期內年均複合增長率約36%" (span from the amounts' years -> inferred); distractors: a
    #     government fund injection, a firm count and a survey answer
    dict(
        text=(
            "香港（2025年6月）— 顧問公司衡川策略估計，今年香港企業在生成式人工智能方面的支出將達48億港元，較去年的"
            "31億港元增長55%；到2028年，支出有望升至120億港元，期內年均複合增長率約36%。政府早前宣布向創科基金額外"
            "注資30億港元，但該筆款項不屬企業支出。衡川訪問的410家企業中，68%表示已設立專門的人工智能預算。"
        ),
        obs=[
            ("Total", 2025, 48, "HKD 100 million", "estimate"),
            ("Total", 2024, 31, "HKD 100 million", "actual"),
            ("Total", 2028, 120, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 55, "percent", 2024, 2025, 1.0),
            ("cagr", 36, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48/31-1 = 54.839% -> 55
            ("cagr|period", "exact"),   # (120/48)**(1/3)-1 = 35.721% -> 36
        ],
    ),
    # 31. zh-Hant prose (Taiwan), security spending: 412 vs 368 新台幣億元 "成長15.2%" (inconsistent); distractors:
    #     a quarter's procurement, a company's own revenue, a price target, a survey answer
    dict(
        text=(
            "台灣資安支出持續升溫。鈞衡研究2025年4月的報告指出，2025年台灣企業資安支出預估為新台幣412億元，較2024年的"
            "新台幣368億元成長15.2%。今年第一季資安採購金額約新台幣95億元；上市資安龍頭去年營收為新台幣52億元，券商"
            "給予目標價新台幣680元。受訪企業中有54%計畫增聘資安人員。"
        ),
        obs=[
            ("Total", 2025, 412, "TWD 100 million", "estimate"),
            ("Total", 2024, 368, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 412/368-1 = 11.957%; bounds 411.5/368.5-1 = 11.669% ..
            #                                    412.5/367.5-1 = 12.245% -> 15.2 unreachable
        ],
    ),
    # 32. zh-Hans prose, public-cloud spending in 亿元: 同比增长21.0% with the prior year in brackets; "较2020年的
    #     1,280亿元增长3倍" between two printed amounts -> x4; a part with its share (arithmetic); a later figure
    #     in 万亿元 converted to the series' 亿元; distractors: start-up funding, a quarter's funding
    dict(
        text=(
            "云栖数研2025年3月发布的《中国公有云服务支出跟踪报告》显示，2024年中国公有云服务支出达到5,120亿元，同比"
            "增长21.0%（2023年为4,230亿元），较2020年的1,280亿元增长3倍。其中IaaS支出3,310亿元，占比64.6%。报告预计，"
            "2027年公有云服务支出将突破1.1万亿元。全年云原生领域初创企业融资总额为86亿元，其中第四季度单季融资23亿元。"
        ),
        obs=[
            ("Total", 2024, 5120, "CNY 100 million", "actual"),
            ("Total", 2023, 4230, "CNY 100 million", "actual"),
            ("Total", 2020, 1280, "CNY 100 million", "actual"),
            ("Total", 2027, 11000, "CNY 100 million", "estimate"),  # 1.1万亿元 in the series' 亿元
            ("IaaS", 2024, 3310, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two amounts = x4 (5120/1280 = 4.0)
            ("share", 64.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5120/4230-1 = 21.040% -> 21.0
            ("arithmetic", "exact"),    # 3310/5120 = 64.648% -> 64.6
        ],
    ),
    # 33. zh-Hans prose, intelligent-computing investment: 2024年 1,890亿元 -> 2029年 6,540亿元, stated 2024—2029
    #     CAGR 28.2%, plus a 2025 figure; distractors: a provincial three-year plan's budget, 约占六成以上
    dict(
        text=(
            "近日，沅川省发布算力基础设施三年行动方案，计划三年投入200亿元。与之相比，全国市场的体量要大得多：据星衡"
            "咨询2025年5月的测算，2024年全国智能算力投资规模为1,890亿元，预计2029年将达到6,540亿元，2024—2029年复合"
            "增长率为28.2%，其中2025年投资规模有望达到2,420亿元。星衡指出，AI服务器采购约占投资总额的六成以上。"
        ),
        obs=[
            ("Total", 2024, 1890, "CNY 100 million", "actual"),
            ("Total", 2029, 6540, "CNY 100 million", "estimate"),
            ("Total", 2025, 2420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6540/1890)**(1/5)-1 = 28.181% -> 28.2
        ],
    ),
    # 34. zh-Hant prose (Taiwan), public-cloud spending: 約為新台幣1,020億元 (approximate, at printed figure) ->
    #     2028年 2,010億元, stated 2024至2028年 CAGR 18.5%; distractors: survey share, 個百分點, a cloud
    #     company's capex, 明年
    dict(
        text=(
            "根據睿川顧問2025年2月發布的報告，台灣公有雲服務支出2024年約為新台幣1,020億元，預估2028年將達新台幣"
            "2,010億元，2024至2028年複合年均成長率為18.5%。報告同時指出，受訪的230家企業中有57%將在明年增加雲端預算，"
            "比例較去年提高3.2個百分點；某本土雲端業者今年的資本支出則為新台幣45億元。"
        ),
        obs=[
            ("Total", 2024, 1020, "TWD 100 million", "actual"),
            ("Total", 2028, 2010, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2010/1020)**(1/4)-1 = 18.481% -> 18.5
        ],
    ),
    # 35. EN pipe table, "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)" with Spending and
    #     Growth (%) per year and an "Overall IT" total row; 2025 growth checked against 2024 amounts; hierarchy
    #     per year; distractors: table number, a quarter in the note, source line date
    dict(
        text=(
            "Kallisto Metrics, 22 January 2025. The firm's quarterly update of its worldwide IT spending outlook:\n"
            "\n"
            "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)\n"
            "\n"
            "| | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |\n"
            "|---|---|---|---|---|\n"
            "| Data Center Systems | 329,132 | 39.4 | 405,505 | 23.2 |\n"
            "| Devices | 734,162 | 6.0 | 810,234 | 10.4 |\n"
            "| Software | 1,091,569 | 12.0 | 1,246,842 | 14.2 |\n"
            "| IT Services | 1,588,121 | 5.6 | 1,731,467 | 9.0 |\n"
            "| Communications Services | 1,371,787 | 3.0 | 1,423,125 | 3.7 |\n"
            "| Overall IT | 5,114,771 | 7.7 | 5,617,173 | 9.8 |\n"
            "\n"
            "Note 2: Q4 2024 shipments were revised after the table closed. Source: Kallisto Metrics (January 2025)"
        ),
        obs=[
            ("Data Center Systems", 2024, 329132, "USD million", "actual"),
            ("Data Center Systems", 2025, 405505, "USD million", "estimate"),
            ("Devices", 2024, 734162, "USD million", "actual"),
            ("Devices", 2025, 810234, "USD million", "estimate"),
            ("Software", 2024, 1091569, "USD million", "actual"),
            ("Software", 2025, 1246842, "USD million", "estimate"),
            ("IT Services", 2024, 1588121, "USD million", "actual"),
            ("IT Services", 2025, 1731467, "USD million", "estimate"),
            ("Communications Services", 2024, 1371787, "USD million", "actual"),
            ("Communications Services", 2025, 1423125, "USD million", "estimate"),
            ("Overall IT", 2024, 5114771, "USD million", "actual"),
            ("Overall IT", 2025, 5617173, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2023, 2024, 1.0),  # 2023 amounts not printed: no verdicts for 2024 growth
            ("growth", 6.0, "percent", 2023, 2024, 1.0),
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
            ("growth", 3.0, "percent", 2023, 2024, 1.0),
            ("growth", 7.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
            ("growth", 10.4, "percent", 2024, 2025, 1.0),
            ("growth", 14.2, "percent", 2024, 2025, 1.0),
            ("growth", 9.0, "percent", 2024, 2025, 1.0),
            ("growth", 3.7, "percent", 2024, 2025, 1.0),
            ("growth", 9.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 405505/329132-1 = 23.204% -> 23.2
            ("cagr|implied", "exact"),  # 810234/734162-1 = 10.362% -> 10.4
            ("cagr|implied", "exact"),  # 1246842/1091569-1 = 14.225% -> 14.2
            ("cagr|implied", "exact"),  # 1731467/1588121-1 = 9.026% -> 9.0
            ("cagr|implied", "exact"),  # 1423125/1371787-1 = 3.742% -> 3.7
            ("cagr|implied", "exact"),  # 5617173/5114771-1 = 9.823% -> 9.8
            ("hierarchy", "exact"),     # 2024: 329132+734162+1091569+1588121+1371787 = 5114771
            ("hierarchy", "exact"),     # 2025: 405505+810234+1246842+1731467+1423125 = 5617173
        ],
    ),
    # 36. zh-Hans vertical pipe table (rows are years), value column headed by its unit only (亿元) -> Total;
    #     同比增长 column; E rows estimate; one rate exact only within rounding; distractors: table number and
    #     title years, source date
    dict(
        text=(
            "表2 中国数据安全支出规模及增速（2022—2026E）\n"
            "| 年份 | 亿元 | 同比增长（%） |\n"
            "|---|---|---|\n"
            "| 2022 | 96 | 8.9 |\n"
            "| 2023 | 108 | 12.5 |\n"
            "| 2024 | 121 | 12.1 |\n"
            "| 2025E | 137 | 13.2 |\n"
            "| 2026E | 155 | 13.1 |\n"
            "数据来源：宁衡研究院，2025年4月"
        ),
        obs=[
            ("Total", 2022, 96, "CNY 100 million", "actual"),
            ("Total", 2023, 108, "CNY 100 million", "actual"),
            ("Total", 2024, 121, "CNY 100 million", "actual"),
            ("Total", 2025, 137, "CNY 100 million", "estimate"),
            ("Total", 2026, 155, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.9, "percent", 2021, 2022, 1.0),  # 2021 not printed: no verdict
            ("growth", 12.5, "percent", 2022, 2023, 1.0),
            ("growth", 12.1, "percent", 2023, 2024, 1.0),
            ("growth", 13.2, "percent", 2024, 2025, 1.0),
            ("growth", 13.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 108/96-1 = 12.500% -> 12.5
            ("cagr|implied", "rounding"),  # 121/108-1 = 12.037% -> 12.0 != 12.1;
            #                                bounds 120.5/108.5-1 = 11.06% .. 121.5/107.5-1 = 13.02% -> 12.1 reachable
            ("cagr|implied", "exact"),     # 137/121-1 = 13.223% -> 13.2
            ("cagr|implied", "exact"),     # 155/137-1 = 13.139% -> 13.1
        ],
    ),
    # 37. EN tab-separated table, public-cloud spending by region with a Share (%) column and a Total row whose
    #     rows add to 723.3 against a printed 723.4 (hierarchy rounding); shares checked against the printed
    #     total; the 100.0 total share is no claim; distractors: a quarter's figure and a survey answer
    dict(
        text=(
            "Public cloud end-user spending by region, 2025 forecast (USD billion). Source: Brightwater Numbers, "
            "14 March 2025.\n"
            "Region\t2025 spending\tShare (%)\n"
            "North America\t412.6\t57.0\n"
            "Western Europe\t139.8\t19.3\n"
            "Asia/Pacific\t121.5\t16.8\n"
            "Rest of world\t49.4\t6.8\n"
            "Total\t723.4\t100.0\n"
            "First-quarter 2025 spending came to $171.2 billion; 58% of buyers surveyed said they use two or more "
            "providers."
        ),
        obs=[
            ("North America", 2025, 412.6, "USD billion", "estimate"),
            ("Western Europe", 2025, 139.8, "USD billion", "estimate"),
            ("Asia/Pacific", 2025, 121.5, "USD billion", "estimate"),
            ("Rest of world", 2025, 49.4, "USD billion", "estimate"),
            ("Total", 2025, 723.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 57.0, "percent", 2025, 2025, None),
            ("share", 19.3, "percent", 2025, 2025, None),
            ("share", 16.8, "percent", 2025, 2025, None),
            ("share", 6.8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 412.6/723.4 = 57.036% -> 57.0
            ("arithmetic", "exact"),   # 139.8/723.4 = 19.325% -> 19.3
            ("arithmetic", "exact"),   # 121.5/723.4 = 16.796% -> 16.8
            ("arithmetic", "exact"),   # 49.4/723.4 = 6.829% -> 6.8
            ("hierarchy", "rounding"), # 412.6+139.8+121.5+49.4 = 723.3 != 723.4; four rows at +-0.05 give
            #                            723.1 .. 723.5 -> 723.4 reachable
        ],
    ),
    # 38. EN space-aligned table, generative-AI spending by segment with 2024, 2025F, 2028F and a "CAGR 2024-28"
    #     column (stated span); Software's CAGR exact only within rounding; hierarchy per year column;
    #     distractors: note with venture funding in a quarter
    dict(
        text=(
            "Worldwide generative AI spending by segment (USD billion), Orrin & Vale, 2 June 2025\n"
            "\n"
            "Segment           2024    2025F    2028F    CAGR 2024-28\n"
            "Software          15.2     24.9     89.6       55.9%\n"
            "Services          11.8     18.7     61.3       51.0%\n"
            "Infrastructure    27.5     42.1    140.4       50.3%\n"
            "Total             54.5     85.7    291.3       52.0%\n"
            "\n"
            "Note: excludes the $12.4 billion of venture funding raised by model developers in Q1 2025."
        ),
        obs=[
            ("Software", 2024, 15.2, "USD billion", "actual"),
            ("Software", 2025, 24.9, "USD billion", "estimate"),
            ("Software", 2028, 89.6, "USD billion", "estimate"),
            ("Services", 2024, 11.8, "USD billion", "actual"),
            ("Services", 2025, 18.7, "USD billion", "estimate"),
            ("Services", 2028, 61.3, "USD billion", "estimate"),
            ("Infrastructure", 2024, 27.5, "USD billion", "actual"),
            ("Infrastructure", 2025, 42.1, "USD billion", "estimate"),
            ("Infrastructure", 2028, 140.4, "USD billion", "estimate"),
            ("Total", 2024, 54.5, "USD billion", "actual"),
            ("Total", 2025, 85.7, "USD billion", "estimate"),
            ("Total", 2028, 291.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 55.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 51.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 50.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 52.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (89.6/15.2)**(1/4)-1 = 55.817% -> 55.8 != 55.9;
            #                                bounds (89.55/15.25)**.25-1 = 55.668% .. (89.65/15.15)**.25-1 = 55.968%
            ("cagr|implied", "exact"),     # (61.3/11.8)**(1/4)-1 = 50.971% -> 51.0
            ("cagr|implied", "exact"),     # (140.4/27.5)**(1/4)-1 = 50.317% -> 50.3
            ("cagr|implied", "exact"),     # (291.3/54.5)**(1/4)-1 = 52.050% -> 52.0 (52.0498)
            ("hierarchy", "exact"),        # 2024: 15.2+11.8+27.5 = 54.5
            ("hierarchy", "exact"),        # 2025: 24.9+18.7+42.1 = 85.7
            ("hierarchy", "exact"),        # 2028: 89.6+61.3+140.4 = 291.3
        ],
    ),
    # 39. zh-Hans pipe table, AI spending by industry (亿元) with 2024年 / 2025年E / 同比增长 and a 合计 row;
    #     growth checked per row; hierarchy per year; distractors: note number, a quarter's figure, subsidies
    dict(
        text=(
            "表3：2024—2025年中国人工智能支出规模（按行业，亿元）\n"
            "| 行业 | 2024年 | 2025年E | 同比增长 |\n"
            "|---|---|---|---|\n"
            "| 金融 | 286 | 352 | 23.1% |\n"
            "| 政府 | 214 | 259 | 21.0% |\n"
            "| 制造 | 198 | 247 | 24.7% |\n"
            "| 电信 | 132 | 158 | 19.7% |\n"
            "| 其他 | 305 | 371 | 21.6% |\n"
            "| 合计 | 1,135 | 1,387 | 22.2% |\n"
            "注1：不含政府算力补贴；2025年一季度金融行业支出为71亿元。来源：澄衡研究，2025年3月。"
        ),
        obs=[
            ("金融", 2024, 286, "CNY 100 million", "actual"),
            ("金融", 2025, 352, "CNY 100 million", "estimate"),
            ("政府", 2024, 214, "CNY 100 million", "actual"),
            ("政府", 2025, 259, "CNY 100 million", "estimate"),
            ("制造", 2024, 198, "CNY 100 million", "actual"),
            ("制造", 2025, 247, "CNY 100 million", "estimate"),
            ("电信", 2024, 132, "CNY 100 million", "actual"),
            ("电信", 2025, 158, "CNY 100 million", "estimate"),
            ("其他", 2024, 305, "CNY 100 million", "actual"),
            ("其他", 2025, 371, "CNY 100 million", "estimate"),
            ("合计", 2024, 1135, "CNY 100 million", "actual"),
            ("合计", 2025, 1387, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2024, 2025, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 24.7, "percent", 2024, 2025, 1.0),
            ("growth", 19.7, "percent", 2024, 2025, 1.0),
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
            ("growth", 22.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 352/286-1 = 23.077% -> 23.1
            ("cagr|implied", "exact"),  # 259/214-1 = 21.028% -> 21.0
            ("cagr|implied", "exact"),  # 247/198-1 = 24.747% -> 24.7
            ("cagr|implied", "exact"),  # 158/132-1 = 19.697% -> 19.7
            ("cagr|implied", "exact"),  # 371/305-1 = 21.639% -> 21.6
            ("cagr|implied", "exact"),  # 1387/1135-1 = 22.203% -> 22.2
            ("hierarchy", "exact"),     # 2024: 286+214+198+132+305 = 1135
            ("hierarchy", "exact"),     # 2025: 352+259+247+158+371 = 1387
        ],
    ),
    # 40. zh-Hant space-aligned vertical table (rows are years), data-centre spending in 新台幣億元 with three
    #     value columns and a 合計 column; F rows estimate; 2025F's total exact only within rounding;
    #     distractors: a survey answer and a quarter's figure in the prose line
    dict(
        text=(
            "台灣資料中心支出（新台幣億元）\n"
            "年度      伺服器   網通與儲存   建置與營運服務    合計\n"
            "2023       412        200             245         857\n"
            "2024       498        208             268         974\n"
            "2025F      603        235             297       1,136\n"
            "2026F      688        263             326       1,277\n"
            "資料來源：翔宇顧問，2025年2月。另據該公司調查，61%的受訪企業計畫擴充機房；2024年第四季伺服器出貨金額為新台幣"
            "142億元。"
        ),
        obs=[
            ("伺服器", 2023, 412, "TWD 100 million", "actual"),
            ("伺服器", 2024, 498, "TWD 100 million", "actual"),
            ("伺服器", 2025, 603, "TWD 100 million", "estimate"),
            ("伺服器", 2026, 688, "TWD 100 million", "estimate"),
            ("網通與儲存", 2023, 200, "TWD 100 million", "actual"),
            ("網通與儲存", 2024, 208, "TWD 100 million", "actual"),
            ("網通與儲存", 2025, 235, "TWD 100 million", "estimate"),
            ("網通與儲存", 2026, 263, "TWD 100 million", "estimate"),
            ("建置與營運服務", 2023, 245, "TWD 100 million", "actual"),
            ("建置與營運服務", 2024, 268, "TWD 100 million", "actual"),
            ("建置與營運服務", 2025, 297, "TWD 100 million", "estimate"),
            ("建置與營運服務", 2026, 326, "TWD 100 million", "estimate"),
            ("合計", 2023, 857, "TWD 100 million", "actual"),
            ("合計", 2024, 974, "TWD 100 million", "actual"),
            ("合計", 2025, 1136, "TWD 100 million", "estimate"),
            ("合計", 2026, 1277, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412+200+245 = 857
            ("hierarchy", "exact"),     # 2024: 498+208+268 = 974
            ("hierarchy", "rounding"),  # 2025F: 603+235+297 = 1135 != 1136; three parts at +-0.5 give
            #                             1133.5 .. 1136.5 -> 1136 reachable
            ("hierarchy", "exact"),     # 2026F: 688+263+326 = 1277
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 10, 'exact': 113}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'will reach $598 billion in 2028',
    "an increase of 9.6% from 2024's $5.24 trillion",
    'or 49.6% of the total',
    'total addressable market for accelerated data-centre infrastructure',
    'a compound annual growth rate of 41.2% over 2023-2028',
    'will land between $720 billion and $745 billion in 2025',
    '5.2% more than the £101.0 billion they spent last year',
    'reached ¥1,342 billion in 2024',
    'more than three times the $1.7 billion spent in 2020',
    '2023-2028年五年复合增长率约为26.7%',
    '今年市场总支出将突破1.05万亿元',
    '较2019年的716亿元增长2倍',
    '年增13.0%',
    '2024至2029年複合年增長率為18.1%',
    'Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)',
    '年份\t硬件\t软件\t服务\t合计',
    '| Region | 2024 | 2025F | Growth 2025 (%) |',
    '2025(預估)',
    'CAGR 2024-28',
    '| 合计 | 44,330 | 47,370 | 6.9% | 100.0% |',
    'will reach $632 billion in 2028',
    'a compound annual growth rate of 21.9% for the 2023-2028 period',
    'an increase of 9.3% from $5.26 trillion in 2024',
    'up 12.5% from €41.2 billion last year',
    'the total addressable market for data-centre accelerators',
    'close to nine times the $45 billion',
    "or 35% of the region's total",
    'an average annual growth rate of 66.3%',
    '中国人工智能市场总支出规模将达到3,460亿元',
    '较去年的3.71万亿元增长5.7%',
    '将突破1.5万亿元',
    '新台幣6,820億元，年增7.9%',
    '期內年均複合增長率約36%',
    '较2020年的1,280亿元增长3倍',
    '2024至2028年複合年均成長率為18.5%',
    'Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)',
    '| 年份 | 亿元 | 同比增长（%） |',
    'Total\t723.4\t100.0',
    'CAGR 2024-28',
    '年度      伺服器   網通與儲存   建置與營運服務    合計',
)
#: the set's blind score (written without reading or running the extractor): 231 figures, 94 rates, 121 verdicts and
#: 1 false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 245, "rates_found": 99, "verdicts_right": 126}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset96.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
