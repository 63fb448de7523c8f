"""A hundred-and-twenty-ninth check set for the extractor, written blind: AI agents and enterprise automation, in English and Chinese
(Simplified and Traditional) -- agentic AI platforms, robotic process automation with AI, workplace copilots, coding
assistants, contact-centre automation and low-code AI app builders, sized in money by IT research firms, software
associations, brokers, city AI plans, Japanese and Taiwanese associations and consultancies; seats or licences sold,
agents deployed, tasks or hours automated, lines of code, prices per seat, a vendor's own recurring revenue, funding
rounds and valuations, headcounts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated US news: "$5.1 billion last year, up 46% from $3.5 billion in 2023"; vendor ARR, a Series C and
    #    valuation, a headcount and "a multibillion-dollar opportunity" expected nowhere
    dict(
        text=(
            "NEW YORK, 12 February 2025 — Enterprise spending on agentic AI platforms in the United States reached "
            "$5.1 billion last year, up 46% from $3.5 billion in 2023, according to Halvorsen Research. The "
            "fastest-growing vendor in the category, Tessaly, told investors its annual recurring revenue had passed "
            "$400 million, and it closed a $250 million Series C at a $4 billion valuation in January. Tessaly now "
            "employs 1,200 people. Halvorsen calls agents a multibillion-dollar opportunity for services firms but "
            "declined to give a forecast."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2023, 3.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.1 / 3.5 - 1 = 45.71% -> 46
        ],
    ),
    # 2. research-house outlook: "USD 3.82 billion in 2024 ... USD 11.6 billion by 2030 ... CAGR of 20.4% over
    #    2024-2030" (exact only within rounding); a software share with no part printed; report number, vendor
    #    count and survey answer expected nowhere
    dict(
        text=(
            "The global market for AI-enhanced robotic process automation was valued at USD 3.82 billion in 2024 and "
            "is projected to reach USD 11.6 billion by 2030, expanding at a CAGR of 20.4% over 2024-2030, according "
            "to Brightmere Analytics (report no. BA-2025-117). Software licences and subscriptions accounted for 58% "
            "of 2024 revenue, with implementation services making up the balance. The study tracks 240 vendors, and "
            "71% of the buyers it surveyed said they intend to replace rule-based bots with agent-based tools within "
            "two years."
        ),
        obs=[
            ("Total", 2024, 3.82, "USD billion", "actual"),
            ("Total", 2030, 11.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.6 / 3.82) ** (1/6) - 1 = 20.34% -> 20.3, not 20.4;
            # bounds 11.55/3.825 -> 20.22%, 11.65/3.815 -> 20.45% -> 20.4 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. investor day: the company's TAM "$42 billion this year, rising to $68 billion in 2028 — roughly 17%
    #    compound growth" (CAGR inferred from the amounts' years); own revenue, gross margin, agents deployed,
    #    a price target and its upside expected nowhere
    dict(
        text=(
            "At its investor day in Austin on 18 September 2025, Callvane Systems put the total addressable market "
            "for contact-centre automation at $42 billion this year, rising to $68 billion in 2028 — roughly 17% "
            "compound growth a year, by management's reckoning. Callvane itself booked $1.3 billion of revenue in "
            "fiscal 2025 at a 71% gross margin and expects 30,000 virtual agents to be live on its platform by "
            "year-end. Analysts at Pellham & Rhys kept their $145 price target, which implies 22% upside."
        ),
        obs=[
            ("Total", 2025, 42, "USD billion", "estimate"),
            ("Total", 2028, 68, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (68 / 42) ** (1/3) - 1 = 17.42% -> 17
        ],
    ),
    # 4. German association figures: total "€2.6 billion" with large enterprises "€1.9 billion of that, or 73%";
    #    percentage points, a survey answer and a per-seat price expected nowhere
    dict(
        text=(
            "FRANKFURT, 3 June 2025 — German organisations spent €2.6 billion on workplace copilots and related AI "
            "assistants in 2024, according to the software association Digitalverband Nordwerk. Large enterprises "
            "accounted for €1.9 billion of that, or 73%, with small and mid-sized firms making up the rest. The "
            "large-enterprise share was 4 percentage points higher than a year earlier. In the association's poll, "
            "62% of IT heads said copilot licences would be their biggest software line item by 2026. List prices "
            "held at around €28 per seat per month."
        ),
        obs=[
            ("Total", 2024, 2.6, "EUR billion", "actual"),
            ("Large enterprises", 2024, 1.9, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 73, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.9 / 2.6 = 73.08% -> 73
        ],
    ),
    # 5. Japanese yen, fiscal years: "¥48.5 billion in fiscal 2024, up 62% from ¥30.1 billion" (rounding);
    #    "expects the market to top ¥70 billion in fiscal 2025"; seats, lines of code and per-seat price nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI coding assistants reached ¥48.5 billion in fiscal 2024, up 62% from "
            "¥30.1 billion a year earlier, according to the Japan Software Productivity Council. The council counts "
            "some 410,000 paid seats and reckons the assistants wrote 1.8 billion lines of code at member companies "
            "over the year. Typical pricing is ¥2,800 per seat per month. The council expects the market to top "
            "¥70 billion in fiscal 2025."
        ),
        obs=[
            ("Total", 2024, 48.5, "JPY billion", "actual"),
            ("Total", 2023, 30.1, "JPY billion", "actual"),
            ("Total", 2025, 70, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.5 / 30.1 - 1 = 61.13% -> 61, not 62;
            # bounds 48.45/30.15 -> 60.70%, 48.55/30.05 -> 61.56% -> 62 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. briefing note with a range: "$6.2 billion in 2024", 2027 "between $14 billion and $17 billion" (two value
    #    claims); interactions handled, agent hours saved and a quarter's contract signings expected nowhere
    dict(
        text=(
            "Briefing note: contact-centre automation in Europe. Spending on contact-centre automation across the EU "
            "and the UK came to $6.2 billion in 2024. Our base case for 2027 is a market of between $14 billion and "
            "$17 billion, depending on how quickly voice agents displace offshore seats. Deployed platforms handled "
            "an estimated 3.4 billion customer interactions in 2024 and saved roughly 210 million agent hours. In "
            "the first quarter of 2025 alone, contract signings totalled $1.9 billion."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
        ],
        claims=[
            ("value", 14, "USD billion", 2027, 2027, None),
            ("value", 17, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 7. dated news whose own figures contradict its rate: "climbed 28% to $9.4 billion in 2024, from $7.9 billion";
    #    a fourth-quarter figure, customer count and a funding round expected nowhere
    dict(
        text=(
            "SAN FRANCISCO, 20 January 2025 — Low-code AI app builders had a breakout year. Worldwide revenue for "
            "the category climbed 28% to $9.4 billion in 2024, from $7.9 billion in 2023, by the count of research "
            "house Quillfeather. In the fourth quarter alone, customers spent $2.7 billion. Quillfeather projects "
            "$15.2 billion in 2026. The largest vendor, Formwright, says it has 38,000 paying customers and raised "
            "$180 million last year."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2023, 7.9, "USD billion", "actual"),
            ("Total", 2026, 15.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 9.4 / 7.9 - 1 = 18.99%; bounds 9.35/7.95 -> 17.61%, 9.45/7.85 -> 20.38%; 28 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. consultancy forecast: "more than fivefold between 2024 and 2029, from €1.1 billion to €6.0 billion, a
    #    compound annual growth rate of 40.4%"; "this year's market at €1.6 billion" (dateline 2025);
    #    "roughly a quarter" expected nowhere
    dict(
        text=(
            "Agentic automation spending in France will grow more than fivefold between 2024 and 2029, from "
            "€1.1 billion to €6.0 billion, a compound annual growth rate of 40.4%, the consultancy Maréval Partners "
            "forecasts in a note published on 9 April 2025. Maréval puts this year's market at €1.6 billion. "
            "Roughly a quarter of the spending goes to integration work rather than software, the note adds."
        ),
        obs=[
            ("Total", 2024, 1.1, "EUR billion", "actual"),
            ("Total", 2029, 6.0, "EUR billion", "estimate"),
            ("Total", 2025, 1.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2029, 5.0),  # "more than fivefold" -> x5, no verdict
            ("cagr", 40.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.0 / 1.1) ** (1/5) - 1 = 40.40% -> 40.4
        ],
    ),
    # 9. Singapore-dated news: "$1.9 billion ... last year and should spend about $2.5 billion this year, up some
    #    32%"; a won figure (no unit in the table), developer headcount, bot count and a firm's own revenue nowhere
    dict(
        text=(
            "SINGAPORE, 14 May 2025 — Intelligent automation is catching on across Southeast Asia. Companies in the "
            "region spent $1.9 billion on AI-driven process automation last year and should spend about $2.5 billion "
            "this year, up some 32%, according to Lantern Bay Advisory. Lantern Bay counts 5,400 automation "
            "developers in the region and about 86,000 software bots in production. In South Korea, a comparable "
            "market was put at 1.1 trillion won. Lantern Bay's own consulting arm grew its revenue by 40% last year."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.5 / 1.9 - 1 = 31.58% -> 32
        ],
    ),
    # 10. Simplified Chinese report: "2024年…152亿元，较2023年的81.5亿元增长86.5%", "预计到2028年将超过1,200亿元",
    #     "2024—2028年复合增长率约68%", a segment share "约41%"; 千亿级, a funding round, respondents, agents per
    #     firm and 百分点 expected nowhere
    dict(
        text=(
            "【2025年3月18日】研究机构智衡咨询发布的报告显示，2024年中国AI Agent（智能体）市场规模达到152亿元，"
            "较2023年的81.5亿元增长86.5%。其中，通用智能体平台占比约41%。智衡咨询预计，到2028年市场规模将超过"
            "1,200亿元，2024—2028年复合增长率约68%，智能体有望成为千亿级赛道。报告调研的312家企业平均部署智能体"
            "14个，企业级渗透率较上年提升6.2个百分点。报告发布当日，国内一家智能体初创公司宣布完成5亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2023, 81.5, "CNY 100 million", "actual"),
            ("Total", 2028, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 86.5, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 68, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152 / 81.5 - 1 = 86.503% -> 86.5
            ("cagr|implied", "exact"),  # (1200 / 152) ** (1/4) - 1 = 67.62% -> 68
        ],
    ),
    # 11. Simplified Chinese city plan: "2024年…约为4,600亿元" then target "到2027年…突破1.2万亿元" (series opens in
    #     亿元, so 12000); "2024至2027年年均增长约38%"; plan-title years, firm count and headcount nowhere
    dict(
        text=(
            "《临江市人工智能产业发展行动方案（2025—2027年）》近日印发。方案披露，2024年全市智能体及相关产业规模约为"
            "4,600亿元，集聚相关企业超过600家，从业人员约8.5万人。方案提出，到2027年，全市智能体及相关产业规模突破"
            "1.2万亿元。按此测算，2024至2027年年均增长约38%。"
        ),
        obs=[
            ("Total", 2024, 4600, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12000 / 4600) ** (1/3) - 1 = 37.66% -> 38
        ],
    ),
    # 12. Traditional Chinese, Taiwan association: "新台幣186億元，較2023年的142億元成長31%", "預估2025年…245億元";
    #     respondents, survey share and 百分點 nowhere
    dict(
        text=(
            "【2025年4月】台灣智慧自動化產業協會最新調查指出，2024年台灣AI代理與流程自動化市場規模達新台幣186億元，"
            "較2023年的142億元成長31%。協會預估，2025年市場可望擴大至新台幣245億元。受訪的420家企業中，有58%表示今年"
            "將增加相關預算；大型企業的導入率則較前一年提高9個百分點。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 142, "TWD 100 million", "actual"),
            ("Total", 2025, 245, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 142 - 1 = 30.99% -> 31
        ],
    ),
    # 13. Traditional Chinese, Hong Kong: "去年…12.4億港元，較前年的9.8億港元增長約25%" (rounding), a part
    #     "金融業佔4.6億港元", "預期今年…約15億港元"; a start-up's funding round and headcount nowhere
    dict(
        text=(
            "香港，2025年3月6日——本地顧問公司恒澄研究表示，香港企業去年在聯絡中心自動化方面的支出達到12.4億港元，"
            "較前年的9.8億港元增長約25%。其中，金融業佔4.6億港元。恒澄預期今年支出將增至約15億港元。另一方面，一家本地"
            "聊天機械人初創上月完成1.2億港元融資，員工約80人。"
        ),
        obs=[
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("金融業", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 12.4 / 9.8 - 1 = 26.53% -> 27, not 25;
            # bounds 12.35/9.85 -> 25.38%, 12.45/9.75 -> 27.69% -> 25 reachable (25.38 -> 25)
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese association: "68.2亿元，同比增长22%，2023年为59.0亿元" (inconsistent), parts
    #     "软件平台41.8亿元，占61.3%" and "实施与运维服务26.4亿元"; member count, digital workers deployed and a
    #     fourth-quarter figure nowhere
    dict(
        text=(
            "据华东软件行业协会流程自动化分会统计，2024年中国RPA（含AI增强型）市场规模为68.2亿元，同比增长22%，"
            "2023年为59.0亿元。从结构看，软件平台41.8亿元，占61.3%；实施与运维服务26.4亿元。分会会员单位已达215家，"
            "全年新增部署数字员工约12万个。其中第四季度单季市场规模为23.4亿元。"
        ),
        obs=[
            ("Total", 2024, 68.2, "CNY 100 million", "actual"),
            ("Total", 2023, 59.0, "CNY 100 million", "actual"),
            ("软件平台", 2024, 41.8, "CNY 100 million", "actual"),
            ("实施与运维服务", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 61.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 68.2 / 59.0 - 1 = 15.59%; bounds 68.15/59.05 -> 15.41%, 68.25/58.95 -> 15.78%; 22 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 41.8 / 68.2 = 61.29% -> 61.3
        ],
    ),
    # 15. English pipe table, segments by year with E columns and a Total row (adds up exactly), stated CAGR
    #     "2023-2026E CAGR: 48.9%"; table number and sample size nowhere
    dict(
        text=(
            "Table 3. Global agentic AI platform market by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Platform software | 2.1 | 3.4 | 5.2 | 7.6 |\n"
            "| Professional services | 1.3 | 1.9 | 2.7 | 3.6 |\n"
            "| Managed services | 0.6 | 0.9 | 1.4 | 2.0 |\n"
            "| Total | 4.0 | 6.2 | 9.3 | 13.2 |\n"
            "Source: Kestrel Insight vendor interviews (n=186). 2023-2026E CAGR: 48.9%."
        ),
        obs=[
            ("Platform software", 2023, 2.1, "USD billion", "actual"),
            ("Platform software", 2024, 3.4, "USD billion", "actual"),
            ("Platform software", 2025, 5.2, "USD billion", "estimate"),
            ("Platform software", 2026, 7.6, "USD billion", "estimate"),
            ("Professional services", 2023, 1.3, "USD billion", "actual"),
            ("Professional services", 2024, 1.9, "USD billion", "actual"),
            ("Professional services", 2025, 2.7, "USD billion", "estimate"),
            ("Professional services", 2026, 3.6, "USD billion", "estimate"),
            ("Managed services", 2023, 0.6, "USD billion", "actual"),
            ("Managed services", 2024, 0.9, "USD billion", "actual"),
            ("Managed services", 2025, 1.4, "USD billion", "estimate"),
            ("Managed services", 2026, 2.0, "USD billion", "estimate"),
            ("Total", 2023, 4.0, "USD billion", "actual"),
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2025, 9.3, "USD billion", "estimate"),
            ("Total", 2026, 13.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 48.9, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            # 2.1+1.3+0.6 = 4.0; 3.4+1.9+0.9 = 6.2; 5.2+2.7+1.4 = 9.3; 7.6+3.6+2.0 = 13.2 -> all exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (13.2 / 4.0) ** (1/3) - 1 = 48.88% -> 48.9
        ],
    ),
    # 16. Simplified Chinese pipe table, one year by firm size with 占比 and a 合计 row whose parts sum 0.1 short
    #     (rounding); three shares exact; the 100% total row no claim; note's sample size nowhere
    dict(
        text=(
            "表2　2024年中国企业级智能体市场结构（单位：亿元）\n"
            "| 客户类型 | 市场规模 | 占比 |\n"
            "| --- | --- | --- |\n"
            "| 大型企业 | 96.4 | 63.3% |\n"
            "| 中型企业 | 34.7 | 22.8% |\n"
            "| 小微企业 | 21.0 | 13.8% |\n"
            "| 合计 | 152.2 | 100.0% |\n"
            "注：样本覆盖312家企业，数据截至2025年2月。"
        ),
        obs=[
            ("大型企业", 2024, 96.4, "CNY 100 million", "actual"),
            ("中型企业", 2024, 34.7, "CNY 100 million", "actual"),
            ("小微企业", 2024, 21.0, "CNY 100 million", "actual"),
            ("合计", 2024, 152.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 63.3, "percent", 2024, 2024, None),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("share", 13.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 96.4 + 34.7 + 21.0 = 152.1, not 152.2; bounds 151.95..152.25 -> 152.2 reachable
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),  # 96.4 / 152.2 = 63.34% -> 63.3
            ("arithmetic", "exact"),  # 34.7 / 152.2 = 22.80% -> 22.8
            ("arithmetic", "exact"),  # 21.0 / 152.2 = 13.80% -> 13.8
        ],
    ),
    # 17. English: a space-aligned seats table beside a vertical value table whose lone column is headed by its
    #     unit only (Total), with a 2025F row; "Spend rose 92% in 2024"; seats and per-seat price nowhere
    dict(
        text=(
            "Workplace copilots in the UK: seats and spend (Ashgrove Digital, June 2025)\n"
            "\n"
            "Seats sold (thousand)\n"
            "2022     2023     2024\n"
            " 180      640    1,420\n"
            "\n"
            "Spend by year\n"
            "Year     GBP million\n"
            "2022              96\n"
            "2023             318\n"
            "2024             612\n"
            "2025F            940\n"
            "\n"
            "Spend rose 92% in 2024 even as the average price fell to about £19 per seat per month."
        ),
        obs=[
            ("Total", 2022, 96, "GBP million", "actual"),
            ("Total", 2023, 318, "GBP million", "actual"),
            ("Total", 2024, 612, "GBP million", "actual"),
            ("Total", 2025, 940, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 92, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 318 - 1 = 92.45% -> 92
        ],
    ),
    # 18. English tab-separated vertical table, fiscal years as rows, lone column headed "¥100 million" (Total),
    #     YoY column with one transposed figure (25.3% vs 23.5%: inconsistent); member and bot counts nowhere
    dict(
        text=(
            "Japan AI-enhanced RPA market by fiscal year (Japan Business Automation Association)\n"
            "FY\t¥100 million\tYoY\n"
            "2021\t412\t—\n"
            "2022\t538\t30.6%\n"
            "2023\t701\t30.3%\n"
            "2024\t866\t25.3%\n"
            "2025E\t1,050\t21.2%\n"
            "Member companies: 187. Bots in production, FY2024: 312,000."
        ),
        obs=[
            ("Total", 2021, 412, "JPY 100 million", "actual"),
            ("Total", 2022, 538, "JPY 100 million", "actual"),
            ("Total", 2023, 701, "JPY 100 million", "actual"),
            ("Total", 2024, 866, "JPY 100 million", "actual"),
            ("Total", 2025, 1050, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", 30.3, "percent", 2022, 2023, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538 / 412 - 1 = 30.58% -> 30.6
            ("cagr|implied", "exact"),  # 701 / 538 - 1 = 30.30% -> 30.3
            # 866 / 701 - 1 = 23.54%; bounds 865.5/701.5 -> 23.38%, 866.5/700.5 -> 23.70%; 25.3 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1050 / 866 - 1 = 21.25% -> 21.2
        ],
    ),
    # 19. Traditional Chinese space-aligned table in 新台幣百萬元, large firms vs SMEs by year with (E) columns and a
    #     合計 row (exact); prose share "中小企業占合計規模30.0%" and a CAGR "約34.9%"; seats licensed nowhere
    dict(
        text=(
            "表一　台灣低程式碼AI應用開發平台市場規模（單位：新台幣百萬元）\n"
            "項目        2023     2024     2025(E)    2026(E)\n"
            "大型企業    1,860    2,540    3,310      4,200\n"
            "中小企業      720    1,090    1,560      2,130\n"
            "合計        2,580    3,630    4,870      6,330\n"
            "資料來源：台灣軟體創新協會（2025年5月）。2024年中小企業占合計規模30.0%；2023至2026年合計規模年複合成長率"
            "約34.9%。另據協會統計，平台授權席次2024年達14.2萬席。"
        ),
        obs=[
            ("大型企業", 2023, 1860, "TWD million", "actual"),
            ("大型企業", 2024, 2540, "TWD million", "actual"),
            ("大型企業", 2025, 3310, "TWD million", "estimate"),
            ("大型企業", 2026, 4200, "TWD million", "estimate"),
            ("中小企業", 2023, 720, "TWD million", "actual"),
            ("中小企業", 2024, 1090, "TWD million", "actual"),
            ("中小企業", 2025, 1560, "TWD million", "estimate"),
            ("中小企業", 2026, 2130, "TWD million", "estimate"),
            ("合計", 2023, 2580, "TWD million", "actual"),
            ("合計", 2024, 3630, "TWD million", "actual"),
            ("合計", 2025, 4870, "TWD million", "estimate"),
            ("合計", 2026, 6330, "TWD million", "estimate"),
        ],
        claims=[
            ("share", 30.0, "percent", 2024, 2024, None),
            ("cagr", 34.9, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            # 1860+720 = 2580; 2540+1090 = 3630; 3310+1560 = 4870; 4200+2130 = 6330 -> exact
            ("hierarchy", "exact"),
            ("arithmetic", "exact"),  # 1090 / 3630 = 30.03% -> 30.0
            ("cagr|implied", "exact"),  # (6330 / 2580) ** (1/3) - 1 = 34.87% -> 34.9
        ],
    ),
    # 20. Simplified Chinese broker's tab-separated table: segments by year with E columns, 合计 row (exact), a
    #     同比 row and "2024—2026年复合增速约28%"; deployed seats row, price target and upside nowhere
    dict(
        text=(
            "图表5：中国智能客服（含AI Agent）市场规模及预测（亿元）\n"
            "指标\t2022\t2023\t2024\t2025E\t2026E\n"
            "平台软件\t61.2\t78.9\t101.4\t131.0\t167.5\n"
            "运营服务\t37.4\t47.4\t60.6\t77.5\t98.5\n"
            "合计\t98.6\t126.3\t162.0\t208.5\t266.0\n"
            "合计同比\t—\t28.1%\t28.3%\t28.7%\t27.6%\n"
            "部署坐席数（万席）\t41\t52\t66\t83\t101\n"
            "资料来源：锦川证券研究所。我们预计2024—2026年市场复合增速约28%，维持目标价58元，较现价有24%上涨空间。"
        ),
        obs=[
            ("平台软件", 2022, 61.2, "CNY 100 million", "actual"),
            ("平台软件", 2023, 78.9, "CNY 100 million", "actual"),
            ("平台软件", 2024, 101.4, "CNY 100 million", "actual"),
            ("平台软件", 2025, 131.0, "CNY 100 million", "estimate"),
            ("平台软件", 2026, 167.5, "CNY 100 million", "estimate"),
            ("运营服务", 2022, 37.4, "CNY 100 million", "actual"),
            ("运营服务", 2023, 47.4, "CNY 100 million", "actual"),
            ("运营服务", 2024, 60.6, "CNY 100 million", "actual"),
            ("运营服务", 2025, 77.5, "CNY 100 million", "estimate"),
            ("运营服务", 2026, 98.5, "CNY 100 million", "estimate"),
            ("合计", 2022, 98.6, "CNY 100 million", "actual"),
            ("合计", 2023, 126.3, "CNY 100 million", "actual"),
            ("合计", 2024, 162.0, "CNY 100 million", "actual"),
            ("合计", 2025, 208.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 266.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2022, 2023, 1.0),
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("growth", 28.7, "percent", 2024, 2025, 1.0),
            ("growth", 27.6, "percent", 2025, 2026, 1.0),
            ("cagr", 28, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 61.2+37.4 = 98.6; 78.9+47.4 = 126.3; 101.4+60.6 = 162.0; 131.0+77.5 = 208.5; 167.5+98.5 = 266.0
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 126.3 / 98.6 - 1 = 28.09% -> 28.1
            ("cagr|implied", "exact"),  # 162.0 / 126.3 - 1 = 28.27% -> 28.3
            ("cagr|implied", "exact"),  # 208.5 / 162.0 - 1 = 28.70% -> 28.7
            ("cagr|implied", "exact"),  # 266.0 / 208.5 - 1 = 27.58% -> 27.6
            ("cagr|implied", "exact"),  # (266.0 / 162.0) ** (1/2) - 1 = 28.14% -> 28
        ],
    ),
    # 21. a dated press release: "$5.1 billion in 2024, a 43% jump from $3.6 billion" (43% reached only within
    #    rounding) and a stated 2024-2030 CAGR to $47.2 billion; analysts' headcount, respondents, a survey's 62%
    #    and "3.4 million agents" expected nowhere
    dict(
        text=(
            "SAN JOSE, Calif., May 20, 2025 — Worldwide spending on agentic AI platforms reached $5.1 billion in "
            "2024, a 43% jump from $3.6 billion in 2023, according to the latest Agentic Software Tracker from "
            "Halvorsen Insight Partners. The firm forecasts the market will expand at a compound annual growth rate "
            "of 44.9% from 2024 to 2030, reaching $47.2 billion. Halvorsen, which employs 1,150 analysts, surveyed "
            "820 IT decision-makers for the study; 62% of them said they planned to put at least one agent into "
            "production this year. The tracker also counts 3.4 million agents now running in enterprise workflows."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2023, 3.6, "USD billion", "actual"),
            ("Total", 2030, 47.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 43.0, "percent", 2023, 2024, 1.0),  # "a 43% jump"
            ("cagr", 44.9, "percent", 2024, 2030, None, "stated"),  # "from 2024 to 2030"
        ],
        verdicts=[
            # 25.1 / 3.6 - 1 = 41.67% -> 42, not 43; bounds 5.05/3.65 - 1 = 38.36% .. 5.15/3.55 - 1 = 45.07%,
            # which holds 43 -> rounding
            ("cagr|implied", "rounding"),
            # (47.2 / 5.1) ** (1/6) - 1 = 9.2549 ** 0.16667 - 1 = 44.898% -> 44.9 -> exact
            ("cagr|implied", "exact"),
        ],
    ),
    # 22. an earnings-call transcript: the CEO sizes the TAM for AI coding assistants at "roughly $12 billion this
    #    year" (dateline 2025 -> 2025 estimate) and "$30 billion by 2028", "two and a half times in three years"
    #    (multiple, no verdict); the company's ARR, seats, price per seat, share of lines of code, a price target
    #    and its upside expected nowhere
    dict(
        text=(
            "Codewright Systems, fourth-quarter fiscal 2024 earnings call, February 26, 2025. Chief executive Mara "
            "Lindqvist: \"We size the total addressable market for AI coding assistants at roughly $12 billion this "
            "year, and we think it reaches $30 billion by 2028 — two and a half times in three years. Our own annual "
            "recurring revenue crossed $410 million in the quarter, and paid seats grew to 1.9 million at an average "
            "of $19 per seat per month. Developers on our platform now write about 40% of their committed lines of "
            "code with the assistant.\" After the call, Brightwater Securities kept its price target of $96, "
            "implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 12, "USD billion", "estimate"),
            ("Total", 2028, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2025, 2028, 3.0),  # "two and a half times in three years"; no verdict
        ],
        verdicts=[],
    ),
    # 23. a UK news item in GBP million: "up 18% from £1,560 million" (exact at its printed precision) and a part
    #    with its printed share (arithmetic); percentage points, a quarter's spending, interaction counts and
    #    "around a quarter of them" expected nowhere
    dict(
        text=(
            "LONDON, 14 April 2025 — British companies spent £1,840 million on contact-centre automation in 2024, "
            "up 18% from £1,560 million in 2023, according to the trade body Contact Automation UK. Conversational "
            "AI agents took £690 million of that, a 37.5% share that was 6 percentage points higher than a year "
            "earlier. In the first quarter of 2025 alone, spending came to £512 million. Members of the body handled "
            "2.3 billion customer interactions last year, and around a quarter of them never reached a human."
        ),
        obs=[
            ("Total", 2024, 1840, "GBP million", "actual"),
            ("Total", 2023, 1560, "GBP million", "actual"),
            ("Conversational AI agents", 2024, 690, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),  # "up 18%"
            ("share", 37.5, "percent", 2024, 2024, None),  # "a 37.5% share"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1840 / 1560 - 1 = 17.949% -> 18 -> exact
            ("arithmetic", "exact"),  # 690 / 1840 = 0.375 -> 37.5% -> exact
        ],
    ),
    # 24. an industry report excerpt in EUR billion: "grew 25% to €3.4 billion ... from €2.9 billion" (its own figures
    #    contradict it: inconsistent), a segment's share "or 62%" (exact), a forecast that doubles in four years;
    #    report number, title year and "about two-thirds of buying" expected nowhere
    dict(
        text=(
            "From Lusante Research, European Intelligent Automation 2025 (report no. EIA-0417): The European market "
            "for AI-enabled robotic process automation grew 25% to €3.4 billion in 2024, from €2.9 billion in 2023. "
            "Software licences and subscriptions made up €2.1 billion of the 2024 total, or 62%, with "
            "implementation and managed services accounting for the rest. Large enterprises still account for about "
            "two-thirds of buying. Lusante expects the market to reach €6.8 billion in 2028, doubling in four years."
        ),
        obs=[
            ("Total", 2024, 3.4, "EUR billion", "actual"),
            ("Total", 2023, 2.9, "EUR billion", "actual"),
            ("Software licences and subscriptions", 2024, 2.1, "EUR billion", "actual"),
            ("Total", 2028, 6.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),  # "grew 25%"
            ("share", 62.0, "percent", 2024, 2024, None),  # "or 62%"
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),  # "doubling in four years"; no verdict
        ],
        verdicts=[
            # 23.4 / 2.9 - 1 = 17.24%; bounds 3.35/2.95 - 1 = 13.56% .. 3.45/2.85 - 1 = 21.05%; 25 out of reach
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2.1 / 3.4 = 61.76% -> 62 -> exact
        ],
    ),
    # 25. a board briefing: a range "between $8.5 billion and $9.2 billion this year" (two value claims for 2025),
    #    $6.4 billion in 2024, $15.0 billion by 2027 and a "2024-2027 CAGR of 32.7%" (rounding); "multibillion-
    #    dollar opportunity", a funding round, a valuation, headcount and price per seat expected nowhere
    dict(
        text=(
            "Briefing note for the board, Northgate Capital, 3 September 2025. Low-code AI app builders are a "
            "multibillion-dollar opportunity, but estimates vary widely. Our base case puts North American spending "
            "at between $8.5 billion and $9.2 billion this year, against $6.4 billion in 2024. Kestrel Apps, the "
            "category leader, raised $300 million at a $4.2 billion valuation in July and employs 640 people. "
            "Pricing has settled near $35 per builder seat per month. By 2027 we expect the market to reach "
            "$15.0 billion, implying a 2024-2027 CAGR of 32.7%."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2027, 15.0, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 8.5, "USD billion", 2025, 2025, None),  # range, low end
            ("value", 9.2, "USD billion", 2025, 2025, None),  # range, high end
            ("cagr", 32.7, "percent", 2024, 2027, None, "stated"),  # "2024-2027 CAGR"
        ],
        verdicts=[
            # (15.0 / 6.4) ** (1/3) - 1 = 2.34375 ** 0.3333 - 1 = 32.83% -> 32.8, not 32.7;
            # bounds (14.95/6.45) ** (1/3) - 1 = 32.34% .. (15.05/6.35) ** (1/3) - 1 = 33.33%, holds 32.7 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Simplified Chinese news with a dateline: 由2023年的122.4亿元增至2024年的186.4亿元，同比增长52.3% (exact),
    #    到2028年将超过1,050亿元 with a stated 2024—2028 CAGR 约54% (exact); deployed agents, a quarter's funding and
    #    member counts expected nowhere
    dict(
        text=(
            "本报北京2025年6月18日电 记者从中华智能软件产业联盟获悉，我国AI智能体市场规模由2023年的122.4亿元增至"
            "2024年的186.4亿元，同比增长52.3%。联盟预计，到2028年市场规模将超过1,050亿元，2024—2028年年均复合增长率"
            "约为54%。截至5月底，国内已部署的企业级智能体超过4.6万个；今年一季度，智能体相关企业融资额达38亿元。"
            "目前联盟成员单位已达312家。"
        ),
        obs=[
            ("Total", 2023, 122.4, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2028, 1050, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52.3, "percent", 2023, 2024, 1.0),  # 同比增长52.3%
            ("cagr", 54.0, "percent", 2024, 2028, None, "stated"),  # 2024—2028年年均复合增长率约为54%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.4 / 122.4 - 1 = 52.29% -> 52.3 -> exact
            ("cagr|implied", "exact"),  # (1050 / 186.4) ** (1/4) - 1 = 5.6330 ** 0.25 - 1 = 54.06% -> 54 -> exact
        ],
    ),
    # 27. a city's three-year AI-agent action plan: 到2027年…突破500亿元 (target, estimate), 较2024年的128亿元增长近3倍
    #    (two printed amounts: N + 1 = x4, no verdict); the plan title's years, 千亿级, counts of firms and scenes,
    #    a revenue threshold for firms and computing power expected nowhere
    dict(
        text=(
            "《临江市促进智能体产业高质量发展三年行动方案（2025—2027年）》近日印发。方案提出，到2027年，全市智能体"
            "核心产业规模突破500亿元，较2024年的128亿元增长近3倍，带动上下游形成千亿级产业集群。方案同时提出，培育"
            "10家以上年营收超10亿元的智能体龙头企业，打造100个以上标杆应用场景，全市智能算力规模达到5000 PFlops。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
            ("Total", 2024, 128, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2024, 2027, 3.0),  # 增长近3倍 between two printed amounts -> 3 + 1 = x4
        ],
        verdicts=[],
    ),
    # 28. a broker's sector report: 2023年4,860亿元, 2030年有望达到1.35万亿元 (same series, kept in 亿元: 13500), and
    #    对应年复合增速约15.7% whose span only the amounts' years give (inferred, cagr|period); a rating, price
    #    target, upside and the company's own revenue and growth expected nowhere
    dict(
        text=(
            "【东衡证券·计算机行业深度报告】我们测算，2023年中国企业级AI自动化（含RPA、智能体与流程挖掘）市场规模为"
            "4,860亿元；受益于大模型推理成本下降，2030年有望达到1.35万亿元，对应年复合增速约15.7%。公司2024年实现"
            "营业收入21.3亿元，同比增长35%，智能体产品线已覆盖金融、制造等八大行业。维持“买入”评级，目标价68.5元，"
            "对应约27%的上涨空间。"
        ),
        obs=[
            ("Total", 2023, 4860, "CNY 100 million", "actual"),
            ("Total", 2030, 13500, "CNY 100 million", "estimate"),  # 1.35万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 15.7, "percent", 2023, 2030, None, "inferred"),  # 对应年复合增速约15.7%
        ],
        verdicts=[
            # (13500 / 4860) ** (1/7) - 1 = 2.77778 ** 0.142857 - 1 = 15.71% -> 15.7 -> exact
            ("cagr|period", "exact"),
        ],
    ),
    # 29. a consultancy's RPA+AI report: platforms vs services with printed shares (two arithmetic checks, exact);
    #    约六成 in words, percentage points, a quarter's size, respondent count and the report title's year
    #    expected nowhere
    dict(
        text=(
            "据观澜咨询发布的《2025年中国RPA+AI行业研究报告》，2024年中国RPA+AI市场规模为62.4亿元，其中软件平台"
            "38.1亿元，占比61.1%；实施与运维服务24.3亿元，占比38.9%。从客户结构看，大型企业贡献了约六成的采购额，"
            "中小企业的占比较上年提升4.2个百分点。2025年第一季度，市场规模约为14.8亿元。该报告共调研了1,200家企业。"
        ),
        obs=[
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("软件平台", 2024, 38.1, "CNY 100 million", "actual"),
            ("实施与运维服务", 2024, 24.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 61.1, "percent", 2024, 2024, None),  # 软件平台 占比61.1%
            ("share", 38.9, "percent", 2024, 2024, None),  # 实施与运维服务 占比38.9%
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.1 / 62.4 = 61.06% -> 61.1 -> exact
            ("arithmetic", "exact"),  # 24.3 / 62.4 = 38.94% -> 38.9 -> exact
        ],
    ),
    # 30. a research institute's contact-centre report: 85.6亿元 vs 70.2亿元 "同比增长26.5%" (inconsistent), a 2026
    #     figure 128亿元左右 (estimate at its printed figure); a vendor's revenue, seat count and daily dialogues
    #     (1.2亿次) expected nowhere
    dict(
        text=(
            "申江数字经济研究院日前发布报告称，2024年国内智能客服与联络中心自动化市场规模为85.6亿元，较2023年的"
            "70.2亿元同比增长26.5%。报告预计，2026年该市场将达到128亿元左右。其中，某头部厂商2024年智能客服业务收入"
            "为9.7亿元，服务坐席数超过30万个，日均处理对话量达1.2亿次。"
        ),
        obs=[
            ("Total", 2024, 85.6, "CNY 100 million", "actual"),
            ("Total", 2023, 70.2, "CNY 100 million", "actual"),
            ("Total", 2026, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),  # 同比增长26.5%
        ],
        verdicts=[
            # 105.6 / 70.2 - 1 = 21.94%; bounds 85.55/70.25 - 1 = 21.78% .. 85.65/70.15 - 1 = 22.10%; 26.5 out of
            # reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. a conference report dated 2025年3月12日: 去年…约45亿元 (2024 actual), 今年有望达到63亿元 (2025 estimate),
    #     增长四成 (growth 40%, exact); signed contracts, a per-seat price range in 元 and developer count expected
    #     nowhere
    dict(
        text=(
            "（2025年3月12日）在今天开幕的低代码与AI应用开发者大会上，主办方援引知序研究的数据称，去年我国低代码AI"
            "应用构建平台市场规模约45亿元，今年有望达到63亿元，增长四成。大会现场共签约项目27个，签约金额11.6亿元。"
            "目前主流产品的订阅价格在每席位每月99元至299元之间，平台开发者用户已超过800万。"
        ),
        obs=[
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 63, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.0, "percent", 2024, 2025, 1.0),  # 增长四成
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63 / 45 - 1 = 40.0% -> exact
        ],
    ),
    # 32. Traditional Chinese, a Taiwanese association: 新台幣152億元 vs 118億元 成長28.8% (exact), 2027年可望突破
    #     新台幣400億元 with a stated 2024至2027年 CAGR 38% (exact); respondents, a survey's 46% and percentage points
    #     expected nowhere
    dict(
        text=(
            "【台北訊】2025年7月8日 台灣智慧代理產業協會今日發布年度調查，2024年台灣AI代理（AI Agent）市場規模達新台幣"
            "152億元，較2023年的118億元成長28.8%。協會預估，2027年市場規模可望突破新台幣400億元，2024至2027年年複合"
            "成長率達38%。調查同時顯示，受訪的612家企業中有46%已導入至少一項AI代理應用，比例較去年增加11個百分點。"
        ),
        obs=[
            ("Total", 2024, 152, "TWD 100 million", "actual"),
            ("Total", 2023, 118, "TWD 100 million", "actual"),
            ("Total", 2027, 400, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),  # 成長28.8%
            ("cagr", 38.0, "percent", 2024, 2027, None, "stated"),  # 2024至2027年年複合成長率達38%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152 / 118 - 1 = 28.81% -> 28.8 -> exact
            ("cagr|implied", "exact"),  # (400 / 152) ** (1/3) - 1 = 2.63158 ** 0.3333 - 1 = 38.06% -> 38 -> exact
        ],
    ),
    # 33. Traditional Chinese (Hong Kong), 億港元: 2024年約為36億港元, 2029年88億港元, a stated 2024至2029年 CAGR of
    #     19.9% reached only within rounding; adoption rates (no share of the market), a funding round and a
    #     headcount expected nowhere
    dict(
        text=(
            "港灣數碼研究所昨日發表報告指出，本港企業流程自動化（包括RPA及AI代理）市場規模於2024年約為36億港元，"
            "預計至2029年將增至88億港元，2024至2029年間年均複合增長率為19.9%。報告又指，中小企的採用率僅為23%，"
            "遠低於大型企業的61%。另外，一家本地初創公司上月完成1.2億港元A輪融資，員工人數增至85人。"
        ),
        obs=[
            ("Total", 2024, 36, "HKD 100 million", "actual"),
            ("Total", 2029, 88, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),  # 2024至2029年間年均複合增長率為19.9%
        ],
        verdicts=[
            # (88 / 36) ** (1/5) - 1 = 2.44444 ** 0.2 - 1 = 19.57% -> 19.6, not 19.9;
            # bounds (87.5/36.5) ** 0.2 - 1 = 19.11% .. (88.5/35.5) ** 0.2 - 1 = 20.04%, holds 19.9 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Traditional Chinese (Taiwan) news dated 2025年10月2日 on AI coding assistants: 今年…約新台幣27.5億元
    #     (2025 estimate), 較2024年的16.2億元成長69.8% (exact), 明年…41億元 (2026 estimate), 大型企業 19.8億元 and
    #     占…72% (arithmetic, exact); a vendor's revenue for three quarters, hours saved and percentage points
    #     expected nowhere
    dict(
        text=(
            "【寶島財經】2025年10月2日 資華產業研究所估計，今年台灣AI程式開發助理市場規模約新台幣27.5億元，較2024年的"
            "16.2億元成長69.8%，明年將進一步擴大至41億元。其中大型企業採購約19.8億元，占今年市場的72%。國內某軟體大廠"
            "今年前三季AI相關營收為8.6億元；導入企業的工程師平均每週節省5.5小時，導入率較去年提高9個百分點。"
        ),
        obs=[
            ("Total", 2025, 27.5, "TWD 100 million", "estimate"),
            ("Total", 2024, 16.2, "TWD 100 million", "actual"),
            ("Total", 2026, 41, "TWD 100 million", "estimate"),
            ("大型企業", 2025, 19.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 69.8, "percent", 2024, 2025, 1.0),  # 成長69.8%
            ("share", 72.0, "percent", 2025, 2025, None),  # 占今年市場的72%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.5 / 16.2 - 1 = 69.75% -> 69.8 -> exact
            ("arithmetic", "exact"),  # 19.8 / 27.5 = 72.0% -> exact
        ],
    ),
    # 35. an English pipe table, segments by year with E columns and a "Total" row (four hierarchy checks, exact),
    #     plus a prose line with the platforms' share in 2023 and 2026E (arithmetic, exact); the table number and
    #     source year expected nowhere
    dict(
        text=(
            "Table 3: Global agentic AI market by segment, USD million (source: Corvane Analytics, 2025)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Agent platforms | 1,420 | 2,310 | 3,640 | 5,480 |\n"
            "| Agent development services | 980 | 1,450 | 2,060 | 2,870 |\n"
            "| Managed agent operations | 310 | 560 | 940 | 1,510 |\n"
            "| Total | 2,710 | 4,320 | 6,640 | 9,860 |\n"
            "Agent platforms' share of the total rises from 52.4% in 2023 to 55.6% in 2026E."
        ),
        obs=[
            ("Agent platforms", 2023, 1420, "USD million", "actual"),
            ("Agent platforms", 2024, 2310, "USD million", "actual"),
            ("Agent platforms", 2025, 3640, "USD million", "estimate"),
            ("Agent platforms", 2026, 5480, "USD million", "estimate"),
            ("Agent development services", 2023, 980, "USD million", "actual"),
            ("Agent development services", 2024, 1450, "USD million", "actual"),
            ("Agent development services", 2025, 2060, "USD million", "estimate"),
            ("Agent development services", 2026, 2870, "USD million", "estimate"),
            ("Managed agent operations", 2023, 310, "USD million", "actual"),
            ("Managed agent operations", 2024, 560, "USD million", "actual"),
            ("Managed agent operations", 2025, 940, "USD million", "estimate"),
            ("Managed agent operations", 2026, 1510, "USD million", "estimate"),
            ("Total", 2023, 2710, "USD million", "actual"),
            ("Total", 2024, 4320, "USD million", "actual"),
            ("Total", 2025, 6640, "USD million", "estimate"),
            ("Total", 2026, 9860, "USD million", "estimate"),
        ],
        claims=[
            ("share", 52.4, "percent", 2023, 2023, None),  # 52.4% in 2023
            ("share", 55.6, "percent", 2026, 2026, None),  # 55.6% in 2026E
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1420 + 980 + 310 = 2710
            ("hierarchy", "exact"),  # 2024: 2310 + 1450 + 560 = 4320
            ("hierarchy", "exact"),  # 2025E: 3640 + 2060 + 940 = 6640
            ("hierarchy", "exact"),  # 2026E: 5480 + 2870 + 1510 = 9860
            ("arithmetic", "exact"),  # 1420 / 2710 = 52.40% -> 52.4
            ("arithmetic", "exact"),  # 5480 / 9860 = 55.58% -> 55.6
        ],
    ),
    # 36. Simplified Chinese, a table of seats (万个) beside a table of market value (亿元), space-aligned, same row
    #     labels: only the value table is observed (three hierarchy checks, exact); seats and a per-seat price
    #     expected nowhere
    dict(
        text=(
            "表5  中国企业办公Copilot付费席位数（万个）\n"
            "类别          2023     2024     2025E\n"
            "大型企业        86      152      240\n"
            "中小企业        41       98      175\n"
            "合计           127      250      415\n"
            "\n"
            "表6  中国企业办公Copilot市场规模（亿元）\n"
            "类别          2023     2024     2025E\n"
            "大型企业      31.2     52.8     81.5\n"
            "中小企业       9.6     21.4     38.7\n"
            "合计          40.8     74.2    120.2\n"
            "注：席位数为年末累计付费席位；2025E为预测值。平均每席位每月价格约45元。"
        ),
        obs=[
            ("大型企业", 2023, 31.2, "CNY 100 million", "actual"),
            ("大型企业", 2024, 52.8, "CNY 100 million", "actual"),
            ("大型企业", 2025, 81.5, "CNY 100 million", "estimate"),
            ("中小企业", 2023, 9.6, "CNY 100 million", "actual"),
            ("中小企业", 2024, 21.4, "CNY 100 million", "actual"),
            ("中小企业", 2025, 38.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 40.8, "CNY 100 million", "actual"),
            ("合计", 2024, 74.2, "CNY 100 million", "actual"),
            ("合计", 2025, 120.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 31.2 + 9.6 = 40.8
            ("hierarchy", "exact"),  # 2024: 52.8 + 21.4 = 74.2
            ("hierarchy", "exact"),  # 2025E: 81.5 + 38.7 = 120.2
        ],
    ),
    # 37. Simplified Chinese vertical tab-separated table, rows are years, a lone value column headed by its unit
    #     (亿元 -> Total) and a year-on-year column: three rates exact, the 2025E one (55.4%) only within rounding;
    #     the chart number expected nowhere
    dict(
        text=(
            "图表12：中国AI编程助手市场规模及增速\n"
            "年份\t亿元\t同比增速\n"
            "2022\t18.6\t—\n"
            "2023\t31.5\t69.4%\n"
            "2024\t52.0\t65.1%\n"
            "2025E\t80.7\t55.4%\n"
            "2026E\t116.3\t44.1%\n"
            "资料来源：鼎川证券研究所测算"
        ),
        obs=[
            ("Total", 2022, 18.6, "CNY 100 million", "actual"),
            ("Total", 2023, 31.5, "CNY 100 million", "actual"),
            ("Total", 2024, 52.0, "CNY 100 million", "actual"),
            ("Total", 2025, 80.7, "CNY 100 million", "estimate"),
            ("Total", 2026, 116.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 69.4, "percent", 2022, 2023, 1.0),
            ("growth", 65.1, "percent", 2023, 2024, 1.0),
            ("growth", 55.4, "percent", 2024, 2025, 1.0),
            ("growth", 44.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.5 / 18.6 - 1 = 69.35% -> 69.4
            ("cagr|implied", "exact"),  # 52.0 / 31.5 - 1 = 65.08% -> 65.1
            # 100.7 / 52.0 - 1 = 55.19% -> 55.2, not 55.4; bounds 80.65/52.05 - 1 = 54.95% .. 80.75/51.95 - 1 =
            # 75.44%, holds 55.4 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 116.3 / 80.7 - 1 = 44.11% -> 44.1
        ],
    ),
    # 38. Traditional Chinese space-aligned table of a Japanese association in 億日圓 by fiscal year (年度 -> its
    #     number), a 預估 column, a 合計 row: 2023 and 2025 add up exactly, 2024 (1,581 vs 1,580) only within
    #     rounding; a prose line's 年增80.8% for one row (exact)
    dict(
        text=(
            "日本智能業務自動化協會：日本AI代理及RPA市場規模（單位：億日圓）\n"
            "區分                2023年度    2024年度    2025年度(預估)\n"
            "RPA軟體                412         455         488\n"
            "AI代理平台             286         517         834\n"
            "導入及維運服務         467         608         790\n"
            "合計                 1,165       1,581       2,112\n"
            "協會指出，2024年度AI代理平台規模年增80.8%，首度超越RPA軟體。"
        ),
        obs=[
            ("RPA軟體", 2023, 412, "JPY 100 million", "actual"),
            ("RPA軟體", 2024, 455, "JPY 100 million", "actual"),
            ("RPA軟體", 2025, 488, "JPY 100 million", "estimate"),
            ("AI代理平台", 2023, 286, "JPY 100 million", "actual"),
            ("AI代理平台", 2024, 517, "JPY 100 million", "actual"),
            ("AI代理平台", 2025, 834, "JPY 100 million", "estimate"),
            ("導入及維運服務", 2023, 467, "JPY 100 million", "actual"),
            ("導入及維運服務", 2024, 608, "JPY 100 million", "actual"),
            ("導入及維運服務", 2025, 790, "JPY 100 million", "estimate"),
            ("合計", 2023, 1165, "JPY 100 million", "actual"),
            ("合計", 2024, 1581, "JPY 100 million", "actual"),
            ("合計", 2025, 2112, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 80.8, "percent", 2023, 2024, 1.0),  # AI代理平台 年增80.8%
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 286 + 467 = 1165
            # 2024: 455 + 517 + 608 = 1580 vs printed 1581; parts each +-0.5 give 1578.5 .. 1581.5, holds 1581
            # -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025: 488 + 834 + 790 = 2112
            ("cagr|implied", "exact"),  # 517 / 286 - 1 = 80.77% -> 80.8
        ],
    ),
    # 39. an English space-aligned exhibit in EUR million by customer size with a share column (three arithmetic
    #     checks, exact; the 100.0% total row no claim) and a Total row (hierarchy, exact); exhibit number, seats
    #     sold and list price per user expected nowhere
    dict(
        text=(
            "Exhibit 4. Workplace copilot spending by customer size, Western Europe, 2024 (EUR million)\n"
            "Customer size          Spending     Share\n"
            "Large enterprises         1,262     68.4%\n"
            "Mid-market                  391     21.2%\n"
            "Small businesses            192     10.4%\n"
            "Total                     1,845    100.0%\n"
            "Seats sold in 2024: 5.6 million; typical list price €28 per user per month."
        ),
        obs=[
            ("Large enterprises", 2024, 1262, "EUR million", "actual"),
            ("Mid-market", 2024, 391, "EUR million", "actual"),
            ("Small businesses", 2024, 192, "EUR million", "actual"),
            ("Total", 2024, 1845, "EUR million", "actual"),
        ],
        claims=[
            ("share", 68.4, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 10.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1262 / 1845 = 68.40% -> 68.4
            ("arithmetic", "exact"),  # 391 / 1845 = 21.19% -> 21.2
            ("arithmetic", "exact"),  # 192 / 1845 = 10.41% -> 10.4
            ("hierarchy", "exact"),  # 1262 + 391 + 192 = 1845
        ],
    ),
    # 40. a Simplified Chinese pipe table with E columns, a 合计 row and a "CAGR（2024-2027E）" column (span printed:
    #     stated): two rows' CAGRs exact, the 合计 row's 54.6% contradicted by its own figures (inconsistent); four
    #     hierarchy checks exact; agent counts and an annual fee of 18万元 per agent expected nowhere
    dict(
        text=(
            "表：中国AI智能体市场规模预测（亿元）\n"
            "| 细分领域 | 2024 | 2025E | 2026E | 2027E | CAGR（2024-2027E） |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 通用智能体平台 | 58.0 | 96.5 | 152.0 | 228.0 | 57.8% |\n"
            "| 行业智能体解决方案 | 96.0 | 148.0 | 221.0 | 318.0 | 49.1% |\n"
            "| 合计 | 154.0 | 244.5 | 373.0 | 546.0 | 54.6% |\n"
            "注：2024年为实际值。当前行业已部署智能体超12万个，单个企业级智能体平均年费约18万元。"
        ),
        obs=[
            ("通用智能体平台", 2024, 58.0, "CNY 100 million", "actual"),
            ("通用智能体平台", 2025, 96.5, "CNY 100 million", "estimate"),
            ("通用智能体平台", 2026, 152.0, "CNY 100 million", "estimate"),
            ("通用智能体平台", 2027, 228.0, "CNY 100 million", "estimate"),
            ("行业智能体解决方案", 2024, 96.0, "CNY 100 million", "actual"),
            ("行业智能体解决方案", 2025, 148.0, "CNY 100 million", "estimate"),
            ("行业智能体解决方案", 2026, 221.0, "CNY 100 million", "estimate"),
            ("行业智能体解决方案", 2027, 318.0, "CNY 100 million", "estimate"),
            ("合计", 2024, 154.0, "CNY 100 million", "actual"),
            ("合计", 2025, 244.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 373.0, "CNY 100 million", "estimate"),
            ("合计", 2027, 546.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 57.8, "percent", 2024, 2027, None, "stated"),  # 通用智能体平台
            ("cagr", 49.1, "percent", 2024, 2027, None, "stated"),  # 行业智能体解决方案
            ("cagr", 54.6, "percent", 2024, 2027, None, "stated"),  # 合计
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 58.0 + 96.0 = 154.0
            ("hierarchy", "exact"),  # 2025E: 96.5 + 148.0 = 244.5
            ("hierarchy", "exact"),  # 2026E: 152.0 + 221.0 = 373.0
            ("hierarchy", "exact"),  # 2027E: 228.0 + 318.0 = 546.0
            ("cagr|implied", "exact"),  # (228.0 / 58.0) ** (1/3) - 1 = 3.93103 ** 0.3333 - 1 = 57.82% -> 57.8
            ("cagr|implied", "exact"),  # (318.0 / 96.0) ** (1/3) - 1 = 3.3125 ** 0.3333 - 1 = 49.07% -> 49.1
            # (546.0 / 154.0) ** (1/3) - 1 = 3.54545 ** 0.3333 - 1 = 52.48%; bounds (545.95/154.05) ** (1/3) - 1 =
            # 72.46% .. (546.05/153.95) ** (1/3) - 1 = 52.51%; 54.6 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'reached $5.1 billion last year, up 46% from $3.5 billion in 2023',
    'expanding at a CAGR of 20.4% over 2024-2030',
    'put the total addressable market',
    'roughly 17% compound growth a year',
    'accounted for €1.9 billion of that, or 73%',
    'up 62% from ¥30.1 billion a year earlier',
    'between $14 billion and $17 billion',
    'climbed 28% to $9.4 billion in 2024, from $7.9 billion in 2023',
    'grow more than fivefold between 2024 and 2029',
    'should spend about $2.5 billion this year, up some 32%',
    '较2023年的81.5亿元增长86.5%',
    '规模突破1.2万亿元',
    '市場規模達新台幣186億元',
    '較前年的9.8億港元增長約25%',
    '软件平台41.8亿元，占61.3%',
    '| Total | 4.0 | 6.2 | 9.3 | 13.2 |',
    'Year     GBP million',
    'FY\t¥100 million\tYoY',
    '合計        2,580    3,630    4,870      6,330',
    '合计同比\t—\t28.1%',
    'a 43% jump from',
    'from 2024 to 2030, reaching',
    'two and a half times in three years',
    'up 18% from £1,560 million',
    'grew 25% to €3.4 billion in 2024, from',
    'at between $8.5 billion and $9.2 billion this year',
    'implying a 2024-2027 CAGR of',
    '由2023年的122.4亿元增至',
    '较2024年的128亿元增长近3倍',
    '有望达到1.35万亿元，对应年复合增速约',
    '其中软件平台',
    '今年有望达到63亿元，增长四成',
    '達新台幣',
    '年均複合增長率為19.9%',
    '明年將進一步擴大至41億元',
    '| Total | 2,710 |',
    '年份\t亿元\t同比增速',
    '（單位：億日圓）',
    'Customer size          Spending     Share',
    'CAGR（2024-2027E）',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 47 rates, 74 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-twenty-eighth and hundred-and-thirtieth sets: 201, 47, 74 and 0
FLOORS = {"figures_found": 203, "rates_found": 51, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset129.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
