"""A sixty-ninth check set for the extractor, written blind: market figures where policy and social media put them --
China's national and provincial plans and action programmes (发展规划, 行动计划, 实施方案, 政府工作报告: where an industry stands, 力争,
到2027年, 年均增长……以上, counts of enterprises and parks beside the sizes), Taiwan's plans in Traditional Chinese (產值, 新臺幣,
預計於), English government strategies, budget documents and briefings that quote two forecasters, a plan's annex of
targets by year and a table of provinces with a total row; and posts, threads, encyclopedic articles and answers that
pass figures on -- numbered thread parts with emojis, hashtags and arrows ("$12.4B (2024) → $48.9B (2030)"), "bn", "B"
and "YoY", a post its author corrects ("EDIT: it's ... not ..."), likes, views and follower counts, Chinese posts on
微博, 知乎 and 公众号 (话题 tags, 同比+, 翻了一番), a wiki's infobox and citation marks ("[12]", "[來源請求]"), a forum answer that
sets a second publisher's figure beside the first, and markdown, wiki and tab-separated tables.

Conventions: as in the sixty-eighth set (its module docstring states them). A target a plan sets (力争, aims, goal,
target) is an ``estimate``; a corrected figure is the figure, and the one it corrects is expected nowhere.
"""

from __future__ import annotations

CHECKSET = [
    # 1. a national AI strategy refresh: "the Government will invest £..." (nowhere) "and aims for the ... sector to be
    #    worth £40 billion by 2030" against 2024's revenues, "growth of around 19% a year" (inferred span); firms and
    #    people nowhere
    dict(
        text=(
            "LONDON, 13 March 2025 — Under the national AI strategy refreshed today, the Government will invest £2.1 "
            "billion over four years in compute and skills, and aims for the UK's artificial intelligence sector to be "
            "worth £40 billion by 2030. Official estimates put the sector's revenues at £14.2 billion in 2024, earned "
            "by some 3,700 firms employing about 64,000 people; hitting the goal would mean growth of around 19% a "
            "year."
        ),
        obs=[
            ("Total", 2030, 40, "GBP billion", "estimate"),
            ("Total", 2024, 14.2, "GBP billion", "actual"),
        ],
        claims=[("cagr", 19, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (40 / 14.2) ** (1 / 6) - 1 = 18.840% -> 19 (bounds (39.5 / 14.25) -> 18.521%, (40.5 / 14.15) -> 19.156%)
            ("cagr|period", "exact"),
        ],
    ),
    # 2. an EU communication: "is expected to grow from EUR 5.6 billion in 2023 to EUR 21.4 billion in 2030", "some 21%
    #    per year" (inferred span); the document number, the funding and the count of edge nodes nowhere
    dict(
        text=(
            "Brussels, 29.1.2025 COM(2025) 30 final. COMMUNICATION FROM THE COMMISSION on a European edge computing "
            "strategy. Demand is shifting from centralised data centres towards the edge: the Union market for edge "
            "computing services is expected to grow from EUR 5.6 billion in 2023 to EUR 21.4 billion in 2030, an "
            "average expansion of some 21% per year. To support this, the Commission will mobilise EUR 1.2 billion "
            "under the Digital Europe Programme and aims to see 10,000 climate-neutral edge nodes deployed by 2030."
        ),
        obs=[
            ("Total", 2023, 5.6, "EUR billion", "actual"),
            ("Total", 2030, 21.4, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 21, "percent", 2023, 2030, None, "inferred")],
        verdicts=[
            # (21.4 / 5.6) ** (1 / 7) - 1 = 21.109% -> 21 (bounds (21.35 / 5.65) -> 20.915%, (21.45 / 5.55) -> 21.304%)
            ("cagr|period", "exact"),
        ],
    ),
    # 3. a parliamentary library briefing quoting two forecasters side by side: the first one's 2024 base, 2030 figure
    #    and compound rate; the second one's figures for the same years and the funding commitment nowhere
    dict(
        text=(
            "House of Commons Library, research briefing, 7 April 2025: Quantum technologies in the UK. How large is "
            "the market? Estimates differ widely. Meridian Analytics valued UK quantum technology revenues at £1.12 "
            "billion in 2024 and projects £4.35 billion by 2030, compound growth of 25.4% a year. Halden Economics, "
            "using a wider definition that takes in component suppliers, puts the 2024 market at £1.6 billion and the "
            "2030 market at £6.1 billion. The Government's ten-year funding commitment stands at £2.5 billion."
        ),
        obs=[
            ("Total", 2024, 1.12, "GBP billion", "actual"),
            ("Total", 2030, 4.35, "GBP billion", "estimate"),
        ],
        claims=[("cagr", 25.4, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (4.35 / 1.12) ** (1 / 6) - 1 = 25.375% -> 25.4 (bounds (4.345 / 1.125) -> 25.258%, (4.355 / 1.115) ->
            # 25.493%)
            ("cagr|period", "exact"),
        ],
    ),
    # 4. a US state's supply-chain plan: fiscal 2024 shipments, "a goal of $33 billion by fiscal 2029", "compound annual
    #    growth of at least 12%" (inferred span); state grants and jobs nowhere
    dict(
        text=(
            "SPRINGFIELD, Oct. 14, 2025 — The Governor's Office of Economic Strategy on Tuesday released the state's "
            "Semiconductor Supply Chain Plan. Chip and equipment manufacturers in the state shipped $18.7 billion of "
            "goods in fiscal 2024, the plan notes, and it sets a goal of $33 billion by fiscal 2029, which it says "
            "calls for compound annual growth of at least 12%. The plan also commits $450 million in state grants and "
            "targets 15,000 new manufacturing jobs."
        ),
        obs=[
            ("Total", 2024, 18.7, "USD billion", "actual"),
            ("Total", 2029, 33, "USD billion", "estimate"),
        ],
        claims=[("cagr", 12, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            # (33 / 18.7) ** (1 / 5) - 1 = 12.030% -> 12 (bounds (32.5 / 18.75) -> 11.629%, (33.5 / 18.65) -> 12.428%)
            ("cagr|period", "exact"),
        ],
    ),
    # 5. a ministry's chip strategy in yen trillions: "more than ¥15 trillion in 2030, roughly triple the ¥5.1 trillion
    #    recorded in 2020" (x3 over 2020-2030), 2024 with a rate whose base is not printed; the subsidies nowhere
    dict(
        text=(
            "TOKYO, June 3, 2025 — The economy ministry's revised Semiconductor and Digital Industry Strategy keeps "
            "the goal of lifting domestic sales of chips made in Japan to more than ¥15 trillion in 2030, roughly "
            "triple the ¥5.1 trillion recorded in 2020. Sales reached ¥7.4 trillion in 2024, up 6.9% from 2023, the "
            "ministry said. Since fiscal 2021 the government has earmarked about ¥3.9 trillion in subsidies for new "
            "chip plants."
        ),
        obs=[
            ("Total", 2030, 15, "JPY trillion", "estimate"),
            ("Total", 2020, 5.1, "JPY trillion", "actual"),
            ("Total", 2024, 7.4, "JPY trillion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2030, 10.0),  # 15 / 5.1 = 2.94 -> x3
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 6. a ministry note on a national mission: "valued at US$ 38 billion in 2023, is projected to reach US$ 109
    #    billion by 2030, a compound annual growth rate of about 16%"; the outlay in rupees and the units nowhere
    dict(
        text=(
            "NEW DELHI, 21 February 2025 — India's semiconductor market, valued at US$ 38 billion in 2023, is projected "
            "to reach US$ 109 billion by 2030, a compound annual growth rate of about 16%, according to a note from "
            "the Ministry of Electronics and Information Technology on the India Semiconductor Mission. The Mission's "
            "outlay of ₹76,000 crore supports five approved fabrication and assembly units."
        ),
        obs=[
            ("Total", 2023, 38, "USD billion", "actual"),
            ("Total", 2030, 109, "USD billion", "estimate"),
        ],
        claims=[("cagr", 16, "percent", 2023, 2030, None, "inferred")],
        verdicts=[
            # (109 / 38) ** (1 / 7) - 1 = 16.246% -> 16 (bounds (108.5 / 38.5) -> 15.953%, (109.5 / 37.5) -> 16.542%)
            ("cagr|period", "exact"),
        ],
    ),
    # 7. a government sector analysis beside a sector plan: "the 2024 financial year", "12.6% more than the £11.7
    #    billion a year earlier" (reached only at the rounding), the plan's aim for 2029; the title's year, the firms
    #    and employees nowhere
    dict(
        text=(
            "Cyber Security Sector Analysis 2025, published 12 May 2025 alongside the Government's digital and "
            "technologies sector plan. Annual revenue of the UK cyber security sector rose to £13.2 billion in the "
            "2024 financial year, 12.6% more than the £11.7 billion a year earlier. The plan aims for revenue of £20 "
            "billion by 2029. The sector now counts 2,165 firms and 67,300 full-time equivalent employees."
        ),
        obs=[
            ("Total", 2024, 13.2, "GBP billion", "actual"),
            ("Total", 2023, 11.7, "GBP billion", "actual"),
            ("Total", 2029, 20, "GBP billion", "estimate"),
        ],
        claims=[("growth", 12.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 13.2 / 11.7 - 1 = 12.821%, not 12.6 +- 0.05; bounds (13.15 / 11.75) -> 11.915%, (13.25 / 11.65) ->
            # 13.734%: 12.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. a national investment plan: "the Government's goal is for ... to reach €27 billion in 2030, up from €16.4
    #    billion in 2024", "annual growth of 10.5%" its amounts contradict, a part with its share; the plan's budget
    #    nowhere
    dict(
        text=(
            "PARIS, 10 February 2025 — Under the France 2030 investment plan, the Government's goal is for the French "
            "cloud computing market to reach €27 billion in 2030, up from €16.4 billion in 2024, which the ministry's "
            "briefing note presents as annual growth of 10.5%. Domestic providers accounted for €4.1 billion of the "
            "2024 market, a 25.0% share. The state will devote €1.8 billion to the cloud strand of the plan."
        ),
        obs=[
            ("Total", 2030, 27, "EUR billion", "estimate"),
            ("Total", 2024, 16.4, "EUR billion", "actual"),
            ("Domestic providers", 2024, 4.1, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 10.5, "percent", 2024, 2030, None, "inferred"),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (27 / 16.4) ** (1 / 6) - 1 = 8.664%; bounds (26.5 / 16.45) -> 8.271%, (27.5 / 16.35) -> 9.053%:
            # 10.5 +- 0.05 outside
            ("cagr|period", "inconsistent"),
            ("arithmetic", "exact"),  # 4.1 / 16.4 = 25.000% -> 25.0
        ],
    ),
    # 9. a provincial three-year action plan: 2024年……达到……亿元、较上年增长 (no base), 到2027年……突破……亿元, 年均增长15%以上
    #    (inferred span), 基本形成; the title's years, the enterprises, parks and the 百亿元 threshold nowhere
    dict(
        text=(
            "海岳省人民政府办公厅关于印发《海岳省人工智能产业高质量发展三年行动计划（2025—2027年）》的通知。一、发展基础。"
            "2024年，全省人工智能核心产业规模达到1,315亿元、较上年增长18.6%，集聚相关企业1,860余家，建成省级人工智能产业园区"
            "12个。二、主要目标。到2027年，全省人工智能核心产业规模突破2000亿元，年均增长15%以上，基本形成“算力—模型—应用”"
            "协同发展格局，培育营业收入超百亿元的企业5家以上。"
        ),
        obs=[
            ("Total", 2024, 1315, "CNY 100 million", "actual"),
            ("Total", 2027, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (2000 / 1315) ** (1 / 3) - 1 = 15.001% -> 15 (bounds (1999.5 / 1315.5) -> 14.977%, (2000.5 / 1314.5) ->
            # 15.025%)
            ("cagr|period", "exact"),
        ],
    ),
    # 10. a city's 政府工作报告: 过去一年 (2024) with 比上年增长 and its base in brackets, 是2020年的2.1倍 (x2.1), 设计业 a part
    #     with its share, 今年……力争突破 (2025, a target) with 增长16%左右; 地区生产总值增长 and the new enterprises nowhere
    dict(
        text=(
            "滨城市政府工作报告（摘要）——2025年1月16日在滨城市第十七届人民代表大会第四次会议上。过去一年，全市集成电路产业规模"
            "达到2,846亿元，比上年增长21.3%（2023年为2,346亿元），是2020年的2.1倍；其中设计业实现营收1,032亿元，占36.3%。全年"
            "新增规模以上工业企业126家。今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；集成电路产业规模力争突破"
            "3,300亿元，增长16%左右。"
        ),
        obs=[
            ("Total", 2024, 2846, "CNY 100 million", "actual"),
            ("Total", 2023, 2346, "CNY 100 million", "actual"),
            ("设计业", 2024, 1032, "CNY 100 million", "actual"),
            ("Total", 2025, 3300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2.1, "multiple", 2020, 2024, 4.0),
            ("share", 36.3, "percent", 2024, 2024, None),
            ("growth", 16, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2846 / 2346 - 1 = 21.313% -> 21.3
            ("arithmetic", "exact"),  # 1032 / 2846 = 36.261% -> 36.3
            ("cagr|implied", "exact"),  # 3300 / 2846 - 1 = 15.952% -> 16 (bounds 15.914-15.990)
        ],
    ),
    # 11. a 十四五 plan and its mid-term review: 到2025年……达到8,000亿元，年均增长12% from the 2020 base year (inferred span),
    #     2024's figure with a rate whose base is not printed; 软件名城, the plan's title and 目标完成进度约90% nowhere
    dict(
        text=(
            "《东川省“十四五”软件和信息技术服务业发展规划》提出，到2025年，全省软件业务收入达到8,000亿元，年均增长12%，软件名城"
            "增至3个，基本形成具有全国影响力的软件产业集群。规划以2020年为基期，当年全省软件业务收入为4,540亿元。省工业和信息化厅"
            "2025年4月发布的中期评估显示，2024年全省软件业务收入已达7,218亿元，同比增长13.4%，目标完成进度约90%。"
        ),
        obs=[
            ("Total", 2025, 8000, "CNY 100 million", "estimate"),
            ("Total", 2020, 4540, "CNY 100 million", "actual"),
            ("Total", 2024, 7218, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 12, "percent", 2020, 2025, None, "inferred"),
            ("growth", 13.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (8000 / 4540) ** (1 / 5) - 1 = 11.997% -> 12 (bounds (7999.5 / 4540.5) -> 11.993%, (8000.5 / 4539.5) ->
            # 12.001%)
            ("cagr|period", "exact"),
        ],
    ),
    # 12. a city's 若干措施: 到2026年……力争达到600亿元，较2023年翻两番 (x4 over 2023-2026), 2023 and 2024 from the
    #     development commission with 增幅; the document number, routes and enterprises nowhere
    dict(
        text=(
            "《临海市促进低空经济高质量发展的若干措施》（临政办发〔2025〕7号）明确，到2026年，全市低空经济规模力争达到600亿元，"
            "较2023年翻两番，新开通低空航线100条以上，引育整机制造企业20家。据市发展改革委测算，2023年全市低空经济规模为148亿元，"
            "2024年增长至231亿元，增幅56.1%。"
        ),
        obs=[
            ("Total", 2026, 600, "CNY 100 million", "estimate"),
            ("Total", 2023, 148, "CNY 100 million", "actual"),
            ("Total", 2024, 231, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2023, 2026, 3.0),  # 600 / 148 = 4.05 -> x4
            ("growth", 56.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 231 / 148 - 1 = 56.081% -> 56.1
        ],
    ),
    # 13. Taiwan's 行政院 and 國發會 (Traditional Chinese) in 兆元: 2024年達新臺幣5.3兆元，較上年的4.3兆元成長22.9% (reached only
    #     at the rounding), 預計於2030年達到新臺幣8兆元, 年均成長7%以上 (inferred span); the talent target nowhere
    dict(
        text=(
            "行政院會今（13）日通過國家發展委員會提報之「臺灣半導體產業躍升方案」。國發會指出，我國半導體產業產值2024年達新臺幣"
            "5.3兆元，較上年的4.3兆元成長22.9%；方案以擴大先進製程與封裝產能為主軸，產值預計於2030年達到新臺幣8兆元，年均成長"
            "7%以上，並規劃培育半導體人才2萬人。"
        ),
        obs=[
            ("Total", 2024, 5.3, "TWD trillion", "actual"),
            ("Total", 2023, 4.3, "TWD trillion", "actual"),
            ("Total", 2030, 8, "TWD trillion", "estimate"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("cagr", 7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # 5.3 / 4.3 - 1 = 23.256%, not 22.9 +- 0.05; bounds (5.25 / 4.35) -> 20.690%, (5.35 / 4.25) -> 25.882%:
            # 22.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
            # (8 / 5.3) ** (1 / 6) - 1 = 7.103% -> 7 (bounds (7.5 / 5.35) -> 5.792%, (8.5 / 5.25) -> 8.362%)
            ("cagr|period", "exact"),
        ],
    ),
    # 14. a Taiwan ministry's action plan (Traditional Chinese) in 新臺幣億元: 2024 with its 2023 base and rate, 資安服務 a part
    #     with its share, 目標於2027年……突破……, 年均成長13%以上 (inferred span); 業者家數 and 從業人員 nowhere
    dict(
        text=(
            "數位發展部公布「資安產業發展行動計畫」第二期執行成果：2024年我國資安產業產值為新臺幣821億元，較2023年的726億元成長"
            "13.1%，其中資安服務產值352億元，占42.9%；資安業者家數達520家，從業人員約1.2萬人。計畫目標於2027年產值突破新臺幣"
            "1,200億元，年均成長13%以上。"
        ),
        obs=[
            ("Total", 2024, 821, "TWD 100 million", "actual"),
            ("Total", 2023, 726, "TWD 100 million", "actual"),
            ("資安服務", 2024, 352, "TWD 100 million", "actual"),
            ("Total", 2027, 1200, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.1, "percent", 2023, 2024, 1.0),
            ("share", 42.9, "percent", 2024, 2024, None),
            ("cagr", 13, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 821 / 726 - 1 = 13.085% -> 13.1
            ("arithmetic", "exact"),  # 352 / 821 = 42.875% -> 42.9
            # (1200 / 821) ** (1 / 3) - 1 = 13.487% -> 13 (bounds (1199.5 / 821.5) -> 13.448%, (1200.5 / 820.5) ->
            # 13.526%)
            ("cagr|period", "exact"),
        ],
    ),
    # 15. a Hong Kong bureau's paper to the Legislative Council (Traditional Chinese) in 億港元: 約132億港元 (2023),
    #     151億港元 (2024) with 按年增長, 目標……300億港元以上 (2030) with 年均增長約12% (inferred span); the title's year, the
    #     funding scheme and the universities nowhere
    dict(
        text=(
            "創新科技及工業局在2025年3月提交立法會的文件中表示，為落實《2024年施政報告》建設國際創新科技中心的方向，政府將加快"
            "數據中心及算力設施建設。文件引述的資料顯示，本港數據中心市場規模在2023年約為132億港元，2024年增至151億港元，按年"
            "增長14.4%。政府目標是到2030年把市場規模提升至300億港元以上，即年均增長約12%，並預留約30億港元推出人工智能資助"
            "計劃，支援不少於10所大學及研究機構。"
        ),
        obs=[
            ("Total", 2023, 132, "HKD 100 million", "actual"),
            ("Total", 2024, 151, "HKD 100 million", "actual"),
            ("Total", 2030, 300, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("cagr", 12, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 151 / 132 - 1 = 14.394% -> 14.4
            # (300 / 151) ** (1 / 6) - 1 = 12.122% -> 12 (bounds (299.5 / 151.5) -> 12.029%, (300.5 / 150.5) ->
            # 12.215%)
            ("cagr|period", "exact"),
        ],
    ),
    # 16. a plan's annex of targets in a pipe table, "(values in US$ billion unless stated)": "2023 (actual)", "2025
    #     (target)" and "2027 (target)" columns; the rows of a percentage, a count and a coverage rate nowhere
    dict(
        text=(
            "Annex B. Headline indicators of the Digital Economy Action Plan 2025–2027 (values in US$ billion unless "
            "stated)\n"
            "| Indicator | 2023 (actual) | 2025 (target) | 2027 (target) |\n"
            "|---|---|---|---|\n"
            "| Digital economy core industries revenue | 41.2 | 52.0 | 65.0 |\n"
            "| Software and IT services revenue | 18.6 | 24.0 | 30.5 |\n"
            "| Data centre services revenue | 3.4 | 4.8 | 6.5 |\n"
            "| Firms using cloud services (%) | 46 | 60 | 75 |\n"
            "| Digital technology enterprises (number) | 412 | 600 | 800 |\n"
            "| Gigabit broadband coverage (%) | 71 | 85 | 95 |"
        ),
        obs=[
            ("Digital economy core industries revenue", 2023, 41.2, "USD billion", "actual"),
            ("Digital economy core industries revenue", 2025, 52.0, "USD billion", "estimate"),
            ("Digital economy core industries revenue", 2027, 65.0, "USD billion", "estimate"),
            ("Software and IT services revenue", 2023, 18.6, "USD billion", "actual"),
            ("Software and IT services revenue", 2025, 24.0, "USD billion", "estimate"),
            ("Software and IT services revenue", 2027, 30.5, "USD billion", "estimate"),
            ("Data centre services revenue", 2023, 3.4, "USD billion", "actual"),
            ("Data centre services revenue", 2025, 4.8, "USD billion", "estimate"),
            ("Data centre services revenue", 2027, 6.5, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 17. a province-by-province tab table of 2024 sizes under 单位：亿元: 比上年增长（%） without bases, 占合计比重（%） shares of
    #     the 合计 row, and the rows adding to it; the table number nowhere, the 100.0 total no claim
    dict(
        text=(
            "表2 2024年部分省（市）人工智能核心产业规模\n"
            "单位：亿元\n"
            "地区\t2024年\t比上年增长（%）\t占合计比重（%）\n"
            "北京\t2,186\t16.2\t31.2\n"
            "广东\t1,743\t19.8\t24.9\n"
            "上海\t1,254\t14.5\t17.9\n"
            "浙江\t1,032\t21.4\t14.7\n"
            "江苏\t791\t17.6\t11.3\n"
            "合计\t7,006\t17.5\t100.0"
        ),
        obs=[
            ("北京", 2024, 2186, "CNY 100 million", "actual"),
            ("广东", 2024, 1743, "CNY 100 million", "actual"),
            ("上海", 2024, 1254, "CNY 100 million", "actual"),
            ("浙江", 2024, 1032, "CNY 100 million", "actual"),
            ("江苏", 2024, 791, "CNY 100 million", "actual"),
            ("合计", 2024, 7006, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 14.7, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2186 / 7006 = 31.202% -> 31.2
            ("arithmetic", "exact"),  # 1743 / 7006 = 24.879% -> 24.9
            ("arithmetic", "exact"),  # 1254 / 7006 = 17.899% -> 17.9
            ("arithmetic", "exact"),  # 1032 / 7006 = 14.730% -> 14.7
            ("arithmetic", "exact"),  # 791 / 7006 = 11.290% -> 11.3
            ("hierarchy", "exact"),  # 2186 + 1743 + 1254 + 1032 + 791 = 7006
        ],
    ),
    # 18. a 國發會 programme's key performance indicators in a Traditional Chinese pipe table (新臺幣億元): 2023年（實際）,
    #     2026年（目標）, 2030年（目標） and a 2023–2030年均成長（%） column (stated span); the rows of 家 and 萬人 nowhere
    dict(
        text=(
            "國家發展委員會「數位轉型推動方案」關鍵績效指標（單位：新臺幣億元）\n"
            "| 指標 | 2023年（實際） | 2026年（目標） | 2030年（目標） | 2023–2030年均成長（%） |\n"
            "|---|---|---|---|---|\n"
            "| 資訊服務業產值 | 6,214 | 8,000 | 11,000 | 8.5 |\n"
            "| 數位內容產業產值 | 2,486 | 3,000 | 4,000 | 7.0 |\n"
            "| 雲端服務產值 | 740 | 1,100 | 1,800 | 13.5 |\n"
            "| 新創企業家數（家） | 1,450 | 2,000 | 3,000 | — |\n"
            "| 數位人才（萬人） | 2.8 | 4.0 | 6.0 | — |"
        ),
        obs=[
            ("資訊服務業產值", 2023, 6214, "TWD 100 million", "actual"),
            ("資訊服務業產值", 2026, 8000, "TWD 100 million", "estimate"),
            ("資訊服務業產值", 2030, 11000, "TWD 100 million", "estimate"),
            ("數位內容產業產值", 2023, 2486, "TWD 100 million", "actual"),
            ("數位內容產業產值", 2026, 3000, "TWD 100 million", "estimate"),
            ("數位內容產業產值", 2030, 4000, "TWD 100 million", "estimate"),
            ("雲端服務產值", 2023, 740, "TWD 100 million", "actual"),
            ("雲端服務產值", 2026, 1100, "TWD 100 million", "estimate"),
            ("雲端服務產值", 2030, 1800, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 8.5, "percent", 2023, 2030, None, "stated"),
            ("cagr", 7.0, "percent", 2023, 2030, None, "stated"),
            ("cagr", 13.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (11000 / 6214) ** (1 / 7) - 1 = 8.500% -> 8.5 (bounds 8.499-8.502)
            ("cagr", "exact"),  # (4000 / 2486) ** (1 / 7) - 1 = 7.031% -> 7.0 (bounds 7.026-7.036)
            ("cagr", "exact"),  # (1800 / 740) ** (1 / 7) - 1 = 13.540% -> 13.5 (bounds 13.524-13.555)
        ],
    ),
    # 19. a state plan's vertical table aligned by spaces in "(US$ billion)": actual fiscal years and targets ("T = plan
    #     target", estimates) with a "Change" column (FY2024's reached only at the rounding, FY2027T's contradicted)
    dict(
        text=(
            "State Broadband Deployment Plan, Table 4. Broadband services revenue, actual and target (US$ billion)\n"
            "Fiscal year     Revenue     Change\n"
            "FY2021            2.42          —\n"
            "FY2022            2.61       7.9%\n"
            "FY2023            2.83       8.4%\n"
            "FY2024            3.04       7.2%\n"
            "FY2025T           3.30       8.6%\n"
            "FY2026T           3.60       9.1%\n"
            "FY2027T           3.95      11.7%\n"
            "T = plan target. Fiscal years end June 30."
        ),
        obs=[
            ("Revenue", 2021, 2.42, "USD billion", "actual"),
            ("Revenue", 2022, 2.61, "USD billion", "actual"),
            ("Revenue", 2023, 2.83, "USD billion", "actual"),
            ("Revenue", 2024, 3.04, "USD billion", "actual"),
            ("Revenue", 2025, 3.30, "USD billion", "estimate"),
            ("Revenue", 2026, 3.60, "USD billion", "estimate"),
            ("Revenue", 2027, 3.95, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.9, "percent", 2021, 2022, 1.0),
            ("growth", 8.4, "percent", 2022, 2023, 1.0),
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("growth", 8.6, "percent", 2024, 2025, 1.0),
            ("growth", 9.1, "percent", 2025, 2026, 1.0),
            ("growth", 11.7, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.61 / 2.42 - 1 = 7.851% -> 7.9
            ("cagr|implied", "exact"),  # 2.83 / 2.61 - 1 = 8.429% -> 8.4
            # 3.04 / 2.83 - 1 = 7.420%, not 7.2 +- 0.05; bounds (3.035 / 2.835) -> 7.055%, (3.045 / 2.825) -> 7.788%:
            # 7.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 3.30 / 3.04 - 1 = 8.553% -> 8.6
            ("cagr|implied", "exact"),  # 3.60 / 3.30 - 1 = 9.091% -> 9.1
            # 3.95 / 3.60 - 1 = 9.722%; bounds (3.945 / 3.605) -> 9.431%, (3.955 / 3.595) -> 10.014%: 11.7 +- 0.05
            # outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. a provincial 实施方案's annex aligned by spaces under （单位：亿元）: 2024年基数 (actual), 2025年目标 and 2027年目标
    #     (estimates), a 年均增长（%） column whose span only the years give (inferred), 指标属性; the rows of 家 and % and
    #     the title's years nowhere
    dict(
        text=(
            "《云川省数据产业高质量发展实施方案（2025—2027年）》附件1 主要发展指标（单位：亿元）\n"
            "指标名称              2024年基数    2025年目标    2027年目标    年均增长（%）    指标属性\n"
            "数据产业规模              1,860         2,200         3,000         17.3          预期性\n"
            "数据服务业规模              624           780         1,100         20.8          预期性\n"
            "算力产业规模                945         1,150         1,600         19.2          预期性\n"
            "数据企业数量（家）        2,300         2,800         3,600          —            预期性\n"
            "智能算力占比（%）            35            45            60          —            预期性"
        ),
        obs=[
            ("数据产业规模", 2024, 1860, "CNY 100 million", "actual"),
            ("数据产业规模", 2025, 2200, "CNY 100 million", "estimate"),
            ("数据产业规模", 2027, 3000, "CNY 100 million", "estimate"),
            ("数据服务业规模", 2024, 624, "CNY 100 million", "actual"),
            ("数据服务业规模", 2025, 780, "CNY 100 million", "estimate"),
            ("数据服务业规模", 2027, 1100, "CNY 100 million", "estimate"),
            ("算力产业规模", 2024, 945, "CNY 100 million", "actual"),
            ("算力产业规模", 2025, 1150, "CNY 100 million", "estimate"),
            ("算力产业规模", 2027, 1600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 20.8, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 19.2, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3000 / 1860) ** (1 / 3) - 1 = 17.274% -> 17.3 (bounds 17.257-17.291)
            ("cagr|period", "exact"),  # (1100 / 624) ** (1 / 3) - 1 = 20.801% -> 20.8 (bounds 20.750-20.851)
            ("cagr|period", "exact"),  # (1600 / 945) ** (1 / 3) - 1 = 19.187% -> 19.2 (bounds 19.154-19.221)
        ],
    ),

    # ------------------------------------------------------------------------------------------------ English prose
    # 21. an X thread "1/4" with emojis and hashtags: "📈 $12.4B (2024) → $48.9B (2030)", "~4x in six years" (x4 over
    #    2024-2030), "a CAGR of ~25.7%" (inferred), "last year" (2024) a part with its share; likes, reposts, date nowhere
    dict(
        text=(
            "🧵 1/4 Quick thread on AI inference chips, numbers via Halvorsen Research 👇\n"
            "2/4 📈 $12.4B (2024) → $48.9B (2030). That's ~4x in six years, a CAGR of ~25.7%.\n"
            "3/4 Edge devices are the fastest-growing slice: $3.1B last year, or 25.0% of the total.\n"
            "4/4 Not investment advice. #AIchips #semiconductors\n"
            "1.2K likes · 318 reposts · 9:41 AM · Mar 3, 2025"
        ),
        obs=[
            ("Edge devices", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Total", 2030, 48.9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2030, 6.0),  # 48.9 / 12.4 = 3.944: ~4x
            ("cagr", 25.7, "percent", 2024, 2030, None, "inferred"),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48.9 / 12.4) ** (1 / 6) - 1 = 25.694% -> 25.7 (bounds 25.588-25.800)
            ("arithmetic", "exact"),  # 3.1 / 12.4 = 25.000% -> 25.0
        ],
    ),
    # 22. an encyclopedia article: an infobox line "Market size: US$1.72 billion (2024)[3]", a "Market" section with
    #    citation marks, a 2022 figure, a stated CAGR "for 2024–2030", a part with its share; the patent families nowhere
    dict(
        text=(
            "Solid-state battery\n"
            "From Openpedia, the free encyclopedia\n"
            "Market size: US$1.72 billion (2024)[3]\n"
            "Main applications: consumer electronics, electric vehicles\n"
            "Market\n"
            "The worldwide market for solid-state batteries was valued at US$1.72 billion in 2024, against US$1.18 "
            "billion in 2022.[12] Verity Markets projects that it will reach US$8.6 billion in 2030, which "
            "corresponds to a compound annual growth rate of 30.8% for 2024–2030.[13] Consumer electronics made up "
            "US$0.79 billion of the 2024 figure, or 45.9%.[14][citation needed] More than 6,800 patent families had "
            "been filed by the end of 2023.[15]"
        ),
        obs=[
            ("Total", 2024, 1.72, "USD billion", "actual"),
            ("Total", 2022, 1.18, "USD billion", "actual"),
            ("Total", 2030, 8.6, "USD billion", "estimate"),
            ("Consumer electronics", 2024, 0.79, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 30.8, "percent", 2024, 2030, None, "stated"),
            ("share", 45.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (8.6 / 1.72) ** (1 / 6) - 1 = 30.766% -> 30.8 (bounds 30.576-30.956)
            ("arithmetic", "exact"),  # 0.79 / 1.72 = 45.930% -> 45.9
        ],
    ),
    # 23. a Q&A page's best answer: "According to Corwin Data, ... a 14.8% rise from ..." (reached only at the rounding),
    #    "Astley Group puts 2024 at" a second publisher's figure (nowhere), "nearing $378 billion in 2028" an
    #    approximate estimate; upvotes, the answer's date and comment count nowhere
    dict(
        text=(
            "Q: How big is the edge computing market, really? Every source I find says something different.\n"
            "Best answer · 842 upvotes · answered 12 April 2025\n"
            "Depends whose tracker you trust. According to Corwin Data, worldwide spending on edge computing came to "
            "$228 billion in 2024, a 14.8% rise from $199 billion in 2023. Astley Group puts 2024 at $211 billion, "
            "mostly because it leaves out telecom network gear. Corwin's own outlook has spending nearing $378 "
            "billion in 2028.\n"
            "3 comments · share · report"
        ),
        obs=[
            ("Total", 2024, 228, "USD billion", "actual"),
            ("Total", 2023, 199, "USD billion", "actual"),
            ("Total", 2028, 378, "USD billion", "estimate"),
        ],
        claims=[("growth", 14.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 228 / 199 - 1 = 14.573%, not 14.8 +- 0.05; bounds (227.5 / 199.5) -> 14.035%, (228.5 / 198.5) ->
            # 35.113%: 14.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. a Reddit post corrected by its author: "EDIT: it's $6.2bn for 2029, not $9.2bn" (the corrected figure is
    #    2029's estimate, the wrong one nowhere), "+49% YoY" with both amounts in "bn"; votes and comments nowhere
    dict(
        text=(
            "r/stocks · Posted by u/quietcompounder · 9 hr. ago\n"
            "Automotive lidar is still a small market, for now\n"
            "Per Calder Analytics, automotive lidar revenue was $1.46bn in 2024 vs $0.98bn in 2023, so +49% YoY. "
            "Their forecast is $9.2bn by 2029, still tiny next to radar.\n"
            "EDIT: it's $6.2bn for 2029, not $9.2bn. Misread the chart, my bad.\n"
            "⬆ 2.3k · 417 comments · Share"
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2023, 0.98, "USD billion", "actual"),
            ("Total", 2029, 6.2, "USD billion", "estimate"),
        ],
        claims=[("growth", 49, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.46 / 0.98 - 1 = 48.980% -> 49
        ],
    ),
    # 25. a LinkedIn post: "up 31.5% YoY from $2.26 bn" (contradicted by its amounts), "$1.62 bn of it (57.0%)" a part
    #    with its share, "Their base case for 2027?" an estimate; hashtags and reactions nowhere
    dict(
        text=(
            "🚀 What a year for India's creator economy!\n"
            "New numbers from Kestrel Insights: the market hit $2.84 bn in 2024, up 31.5% YoY from $2.26 bn in 2023. "
            "Brand partnerships brought in $1.62 bn of it (57.0%). Their base case for 2027? $5.9 bn. 🔥\n"
            "#CreatorEconomy #India #Marketing\n"
            "👍 1,204 · 86 comments · 14 reposts"
        ),
        obs=[
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2023, 2.26, "USD billion", "actual"),
            ("Brand partnerships", 2024, 1.62, "USD billion", "actual"),
            ("Total", 2027, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 57.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 22.84 / 2.26 - 1 = 25.664%; bounds (2.835 / 2.265) -> 25.166%, (2.845 / 2.255) -> 26.164%:
            # 51.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.62 / 2.84 = 57.042% -> 57.0
        ],
    ),
    # 26. a short post in "tn" with arrow lines "→ 2024: $0.68tn" and "→ 2026e:" (an estimate), "a ~22.5% CAGR"
    #    (inferred), a share whose part is not printed; followers and likes nowhere
    dict(
        text=(
            "Global cloud infrastructure spending check 🧵\n"
            "→ 2024: $0.68tn\n"
            "→ 2026e: $1.02tn\n"
            "That's a ~22.5% CAGR. Hyperscalers are 63.2% of the 2024 pile. (src: Brightline Capital Markets note, "
            "Feb 2025)\n"
            "#cloud #AI · 48.1K followers · 612 likes"
        ),
        obs=[
            ("Total", 2024, 0.68, "USD trillion", "actual"),
            ("Total", 2026, 1.02, "USD trillion", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2026, None, "inferred"),
            ("share", 63.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.02 / 0.68) ** (1 / 2) - 1 = 22.474% -> 22.5 (bounds 21.727-23.228)
        ],
    ),
    # 27. a forum comment in "mn": "$712mn in 2024 vs $455mn in 2023, so up ~56% in a year, i.e. 1.6x" (a rate and a
    #    multiple), "$2.3bn" for 2028 converted to the series' USD million (2300); the comment header nowhere
    dict(
        text=(
            "quietrelay 3 hours ago · parent · next [–]\n"
            "The smart ring market is tiny in dollar terms. Norvale Research has it at $712mn in 2024 vs $455mn in "
            "2023, so up ~56% in a year, i.e. 1.6x. Their 2028 number is $2.3bn, which I'd take with a grain of "
            "salt given how few brands there are."
        ),
        obs=[
            ("Total", 2024, 712, "USD million", "actual"),
            ("Total", 2023, 455, "USD million", "actual"),
            ("Total", 2028, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 56, "percent", 2023, 2024, 1.0),
            ("multiple", 1.6, "multiple", 2023, 2024, 1.0),  # 712 / 455 = 1.565 -> 1.6x
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 712 / 455 - 1 = 56.484% -> 56
        ],
    ),
    # 28. an encyclopedia article's "Market size" section in yen: "an increase of 23.1%" (reached only at the
    #    rounding), "exceed ¥30 billion by 2027" an approximate estimate; citation marks and attendance nowhere
    dict(
        text=(
            "Esports in Japan\n"
            "Market size\n"
            "According to a white paper of the Nippon Esports Council, the domestic esports market was worth ¥14.6 "
            "billion in 2023 and ¥17.9 billion in 2024, an increase of 23.1%.[7] Sponsorship remains the largest "
            "source of revenue.[8] The council forecasts that the market will exceed ¥30 billion by 2027,[9]"
            "[citation needed] while attendance at offline events reached 1.2 million people in 2024.[10]\n"
            "See also: Esports in South Korea"
        ),
        obs=[
            ("Total", 2023, 14.6, "JPY billion", "actual"),
            ("Total", 2024, 17.9, "JPY billion", "actual"),
            ("Total", 2027, 30, "JPY billion", "estimate"),
        ],
        claims=[("growth", 23.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 37.9 / 14.6 - 1 = 22.603%, not 23.1 +- 0.05; bounds (17.85 / 14.65) -> 21.843%, (17.95 / 14.55) ->
            # 43.368%: 23.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 29. a Weibo post with 话题 hashtags: 规模达294.2亿元，同比+68.7% (its base not printed), 较2022年翻了一番还多 (x2 over
    #    2022-2024), 将突破1000亿元 an approximate estimate; reposts, comments, likes and the date nowhere
    dict(
        text=(
            "#人工智能# #大模型# 【数据】据沐川智库最新统计，2024年我国AI大模型市场规模达294.2亿元，同比+68.7%，较2022年"
            "翻了一番还多🔥 沐川预计，2027年市场规模将突破1000亿元。\n"
            "转发 1.2万 · 评论 3486 · 赞 5.6万\n"
            "2025-3-8 来自 微博网页版"
        ),
        obs=[
            ("Total", 2024, 294.2, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68.7, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 30. a Zhihu answer: the first publisher's 2024 and 2023 with 同比增长53.5%, a second publisher's 2024 figure (412亿元,
    #     nowhere), 2028 an estimate with 2024-2028年CAGR约为30.5% (stated); 赞同, 收藏 and the edit date nowhere
    dict(
        text=(
            "谢邀。\n"
            "这个问题得先看口径。据青禾研究院统计，2024年中国智能驾驶域控制器市场规模为386.5亿元，2023年为251.8亿元，同比增长"
            "53.5%；另一家机构鼎观数据给出的2024年数字是412亿元，差别主要在于是否计入舱驾一体方案。青禾预计，到2028年市场规模将"
            "达到1,120亿元，2024-2028年CAGR约为30.5%。\n"
            "编辑于 2025-02-17 · 赞同 2.1万 · 收藏 8432"
        ),
        obs=[
            ("Total", 2024, 386.5, "CNY 100 million", "actual"),
            ("Total", 2023, 251.8, "CNY 100 million", "actual"),
            ("Total", 2028, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 53.5, "percent", 2023, 2024, 1.0),
            ("cagr", 30.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386.5 / 251.8 - 1 = 53.495% -> 53.5
            ("cagr", "exact"),  # (1120 / 386.5) ** (1 / 4) - 1 = 30.472% -> 30.5 (bounds 30.453-30.491)
        ],
    ),
    # 31. a WeChat 公众号 article: 规模达126.4亿元，较2023年的88.9亿元增长46.2% (contradicted by its amounts), 液冷方案 a part
    #     with its 占比, 不足四成 nowhere, 2024-2027年……CAGR约为28% (stated) with 2027's 有望 estimate; 阅读 and 在看 nowhere
    dict(
        text=(
            "储能热管理：一个正在起飞的细分赛道\n"
            "原创 热链观察 2025年1月20日 08:30 江苏\n"
            "据热链研究中心测算，2024年我国储能温控市场规模达126.4亿元，较2023年的88.9亿元增长46.2%。从技术路线看，液冷方案"
            "规模77.6亿元，占比61.4%，风冷方案占比已降至不足四成。研究中心判断，2024-2027年市场CAGR约为28%，2027年有望达到266"
            "亿元。\n"
            "阅读 10万+ · 在看 1,386"
        ),
        obs=[
            ("Total", 2024, 126.4, "CNY 100 million", "actual"),
            ("Total", 2023, 88.9, "CNY 100 million", "actual"),
            ("液冷方案", 2024, 77.6, "CNY 100 million", "actual"),
            ("Total", 2027, 266, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2023, 2024, 1.0),
            ("share", 61.4, "percent", 2024, 2024, None),
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 146.4 / 88.9 - 1 = 42.182%; bounds (126.35 / 88.95) -> 42.046%, (126.45 / 88.85) -> 42.319%:
            # 66.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 77.6 / 126.4 = 61.392% -> 61.4
            ("cagr", "exact"),  # (266 / 126.4) ** (1 / 3) - 1 = 28.148% -> 28 (bounds 28.051-28.245)
        ],
    ),
    # 32. a Traditional Chinese encyclopedia article's 市場規模 section in 億美元 with citation marks [12], [來源請求]:
    #     2023 and 2024 with 年增33.8%, 2028 an estimate with 年複合成長率約23.6% (inferred)
    dict(
        text=(
            "迷你LED\n"
            "維基百科，自由的百科全書\n"
            "市場規模\n"
            "據光譜產業研究所統計，全球Mini LED背光市場規模在2023年為21.6億美元[12]，2024年成長至28.9億美元，年增33.8%[13]。"
            "該機構預計，2028年市場規模將達67.4億美元，年複合成長率約23.6%[來源請求]。電視是最大的應用領域[14]。"
        ),
        obs=[
            ("Total", 2023, 21.6, "USD 100 million", "actual"),
            ("Total", 2024, 28.9, "USD 100 million", "actual"),
            ("Total", 2028, 67.4, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.9 / 21.6 - 1 = 33.796% -> 33.8
            ("cagr|period", "exact"),  # (67.4 / 28.9) ** (1 / 4) - 1 = 23.578% -> 23.6 (bounds 23.502-23.654)
        ],
    ),
    # 33. a Traditional Chinese PTT post in 新台幣億元: 較2023年的194億元年增12.8% (reached only at the rounding), 2026年……
    #     上看300億元 an estimate; the post header, the time and the pushes nowhere
    dict(
        text=(
            "作者 coolgamer (阿凱)\n"
            "看板 C_Chat\n"
            "標題 [情報] 台灣電競產值年增逾一成\n"
            "時間 Tue Feb 11 21:04:33 2025\n"
            "根據數位內容產業協進會的調查，2024年台灣電競產業產值達新台幣218億元，較2023年的194億元年增12.8%。協進會預估，2026年"
            "產值上看300億元。\n"
            "--\n"
            "推 tofu1995: 好猛\n"
            "→ akira77: 職業選手薪水還是很低"
        ),
        obs=[
            ("Total", 2024, 218, "TWD 100 million", "actual"),
            ("Total", 2023, 194, "TWD 100 million", "actual"),
            ("Total", 2026, 300, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 12.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 218 / 194 - 1 = 12.371%, not 12.8 +- 0.05; bounds (217.5 / 194.5) -> 11.825%, (218.5 / 193.5) ->
            # 32.920%: 12.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. a Hong Kong forum thread in Traditional Chinese (Cantonese) in 億港元, the poster's 更正 of 2023 (438, the 483
    #     it replaces nowhere) with 多咗16.9%; the commission rate 約一成, floor numbers and votes nowhere
    dict(
        text=(
            "LIHKG 討論區 · 財經台\n"
            "#1 樓主 2025-04-02\n"
            "有冇人知香港網購市場有幾大？據港達研究嘅報告，2024年香港網上零售市場規模為512億港元，比2023年嘅483億港元多咗16.9%，"
            "平台抽佣佔成交額約一成。\n"
            "#5 樓主\n"
            "更正：上面打錯字，2023年係438億港元，唔係483億港元，sorry\n"
            "👍 286 👎 9"
        ),
        obs=[
            ("Total", 2024, 512, "HKD 100 million", "actual"),
            ("Total", 2023, 438, "HKD 100 million", "actual"),
        ],
        claims=[("growth", 16.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 512 / 438 - 1 = 16.895% -> 16.9 (against the corrected 2023 figure)
        ],
    ),
    # 35. a Xiaohongshu note with emoji lines: 2021年：58亿元 and 2024年：174亿元, 是2021年的3倍 (x3 over 2021-2024), CAGR约为
    #     44.2% (inferred), 智能喂食器 a part with its share; the likes, saves and comments nowhere
    dict(
        text=(
            "📊 宠物智能硬件这三年到底涨了多少？\n"
            "整理了一下青柚数据的报告👇\n"
            "2021年：58亿元\n"
            "2024年：174亿元\n"
            "➡️ 三年时间，市场规模是2021年的3倍！CAGR约为44.2%\n"
            "智能喂食器占2024年市场的38.5%，规模67亿元。\n"
            "#宠物经济 #智能硬件\n"
            "❤️ 2.3w ⭐ 8901 💬 612"
        ),
        obs=[
            ("智能喂食器", 2024, 67, "CNY 100 million", "actual"),
            ("Total", 2021, 58, "CNY 100 million", "actual"),
            ("Total", 2024, 174, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 174 / 58 = 3.000
            ("cagr", 44.2, "percent", 2021, 2024, None, "inferred"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (174 / 58) ** (1 / 3) - 1 = 44.225% -> 44.2 (bounds 43.675-44.780)
            ("arithmetic", "exact"),  # 67 / 174 = 38.506% -> 38.5
        ],
    ),
    # ------------------------------------------------------------------------------------------------ tables
    # 36. a post's vertical markdown table of years under a lone "US$ bn" column (the Total), "2025E" and "2026E"
    #     estimates, a "YoY" column; reposts and likes nowhere
    dict(
        text=(
            "📊 Warehouse robotics market by year (Pelham Robotics Research), posted 5 Feb 2025\n"
            "| Year | US$ bn | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 4.2 | — |\n"
            "| 2022 | 5.9 | +40.5% |\n"
            "| 2023 | 8.1 | +37.3% |\n"
            "| 2024 | 11.6 | +43.2% |\n"
            "| 2025E | 15.8 | +36.2% |\n"
            "| 2026E | 20.9 | +32.3% |\n"
            "🔁 2,104 reposts · ❤️ 9.8K"
        ),
        obs=[
            ("Total", 2021, 4.2, "USD billion", "actual"),
            ("Total", 2022, 5.9, "USD billion", "actual"),
            ("Total", 2023, 8.1, "USD billion", "actual"),
            ("Total", 2024, 11.6, "USD billion", "actual"),
            ("Total", 2025, 15.8, "USD billion", "estimate"),
            ("Total", 2026, 20.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 40.5, "percent", 2021, 2022, 1.0),
            ("growth", 37.3, "percent", 2022, 2023, 1.0),
            ("growth", 43.2, "percent", 2023, 2024, 1.0),
            ("growth", 36.2, "percent", 2024, 2025, 1.0),
            ("growth", 32.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.9 / 4.2 - 1 = 40.476% -> 40.5
            ("cagr|implied", "exact"),  # 8.1 / 5.9 - 1 = 37.288% -> 37.3
            ("cagr|implied", "exact"),  # 11.6 / 8.1 - 1 = 43.210% -> 43.2
            ("cagr|implied", "exact"),  # 15.8 / 11.6 - 1 = 36.207% -> 36.2
            ("cagr|implied", "exact"),  # 20.9 / 15.8 - 1 = 32.278% -> 32.3
        ],
    ),
    # 37. an encyclopedia article's wiki table of segments with shares and a Total row (its 100.0% no claim); the
    #     source line's year nowhere
    dict(
        text=(
            "Enterprise speech recognition\n"
            "Market\n"
            "The table below breaks down 2024 revenue by segment.[21]\n"
            "| Segment | Revenue 2024 (US$ million) | Share |\n"
            "|---|---|---|\n"
            "| Software licences | 412.6 | 46.0% |\n"
            "| Cloud APIs | 286.3 | 31.9% |\n"
            "| Professional services | 198.4 | 22.1% |\n"
            "| Total | 897.3 | 100.0% |\n"
            "Source: Marlowe Analytics (2025).[22]"
        ),
        obs=[
            ("Software licences", 2024, 412.6, "USD million", "actual"),
            ("Cloud APIs", 2024, 286.3, "USD million", "actual"),
            ("Professional services", 2024, 198.4, "USD million", "actual"),
            ("Total", 2024, 897.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 46.0, "percent", 2024, 2024, None),
            ("share", 31.9, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412.6 / 897.3 = 45.982% -> 46.0
            ("arithmetic", "exact"),  # 286.3 / 897.3 = 31.907% -> 31.9
            ("arithmetic", "exact"),  # 198.4 / 897.3 = 22.111% -> 22.1
            ("hierarchy", "exact"),  # 412.6 + 286.3 + 198.4 = 897.3
        ],
    ),
    # 38. a tab-separated list copied from a spreadsheet in US$ million: regions' 2023 and 2024 with "YoY %" and a
    #     Total row; the channel name and the date nowhere
    dict(
        text=(
            "VSaaS revenue by region, pasted from our tracker sheet (US$ million), #market-data, 14 Mar 2025\n"
            "Region\t2023\t2024\tYoY %\n"
            "North America\t1,843.2\t2,096.4\t13.7\n"
            "Europe\t1,207.5\t1,318.9\t9.2\n"
            "Asia Pacific\t2,631.8\t3,150.7\t19.7\n"
            "Rest of world\t388.6\t431.2\t11.0\n"
            "Total\t6,071.1\t6,997.2\t15.3"
        ),
        obs=[
            ("North America", 2023, 1843.2, "USD million", "actual"),
            ("North America", 2024, 2096.4, "USD million", "actual"),
            ("Europe", 2023, 1207.5, "USD million", "actual"),
            ("Europe", 2024, 1318.9, "USD million", "actual"),
            ("Asia Pacific", 2023, 2631.8, "USD million", "actual"),
            ("Asia Pacific", 2024, 3150.7, "USD million", "actual"),
            ("Rest of world", 2023, 388.6, "USD million", "actual"),
            ("Rest of world", 2024, 431.2, "USD million", "actual"),
            ("Total", 2023, 6071.1, "USD million", "actual"),
            ("Total", 2024, 6997.2, "USD million", "actual"),
        ],
        claims=[
            ("growth", 13.7, "percent", 2023, 2024, 1.0),
            ("growth", 9.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("growth", 11.0, "percent", 2023, 2024, 1.0),
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2096.4 / 1843.2 - 1 = 13.737% -> 13.7
            ("cagr|implied", "exact"),  # 1318.9 / 1207.5 - 1 = 9.226% -> 9.2
            ("cagr|implied", "exact"),  # 3150.7 / 2631.8 - 1 = 19.717% -> 19.7
            ("cagr|implied", "exact"),  # 431.2 / 388.6 - 1 = 10.962% -> 11.0
            ("cagr|implied", "exact"),  # 6997.2 / 6071.1 - 1 = 15.254% -> 15.3
            # 1863.2 + 1207.5 + 2631.8 + 388.6 = 6071.1; 2096.4 + 1318.9 + 3150.7 + 431.2 = 6997.2
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a Traditional Chinese blog's pipe table in 新台幣億元: each 服務別 its 2023年 and 2024年 with 年增率, a 總計 row; the
    #     source's month and the page views nowhere
    dict(
        text=(
            "【部落格】台灣資訊服務市場一覽（單位：新台幣億元）\n"
            "| 服務別 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 雲端服務 | 1,286 | 1,412 | 9.8% |\n"
            "| 資安服務 | 842 | 905 | 7.5% |\n"
            "| 系統整合 | 517 | 561 | 8.5% |\n"
            "| 總計 | 2,645 | 2,878 | 8.8% |\n"
            "資料來源：智聯產業研究（2025年3月）；本文瀏覽次數 12,406"
        ),
        obs=[
            ("雲端服務", 2023, 1286, "TWD 100 million", "actual"),
            ("雲端服務", 2024, 1412, "TWD 100 million", "actual"),
            ("資安服務", 2023, 842, "TWD 100 million", "actual"),
            ("資安服務", 2024, 905, "TWD 100 million", "actual"),
            ("系統整合", 2023, 517, "TWD 100 million", "actual"),
            ("系統整合", 2024, 561, "TWD 100 million", "actual"),
            ("總計", 2023, 2645, "TWD 100 million", "actual"),
            ("總計", 2024, 2878, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("growth", 7.5, "percent", 2023, 2024, 1.0),
            ("growth", 8.5, "percent", 2023, 2024, 1.0),
            ("growth", 8.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1412 / 1286 - 1 = 9.798% -> 9.8
            ("cagr|implied", "exact"),  # 905 / 842 - 1 = 7.482% -> 7.5
            ("cagr|implied", "exact"),  # 561 / 517 - 1 = 8.511% -> 8.5
            ("cagr|implied", "exact"),  # 2878 / 2645 - 1 = 8.809% -> 8.8
            ("hierarchy", "exact"),  # 1286 + 842 + 517 = 2645; 1412 + 905 + 561 = 2878
        ],
    ),
    # 40. a WeChat account's vertical aligned table under a lone 亿元 column (the Total), 2020 to 2025E (an estimate)
    #     with 同比 (2020's without a base); the release month and the note nowhere
    dict(
        text=(
            "公众号「芯观察」整理：中国AI推理加速卡市场规模（2025年1月发布）\n"
            "年份      亿元      同比\n"
            "2020      86.4        —\n"
            "2021     112.7     30.4%\n"
            "2022     158.3     40.5%\n"
            "2023     203.9     28.8%\n"
            "2024     265.0     30.0%\n"
            "2025E    338.5     27.7%\n"
            "注：E为预测值。"
        ),
        obs=[
            ("Total", 2020, 86.4, "CNY 100 million", "actual"),
            ("Total", 2021, 112.7, "CNY 100 million", "actual"),
            ("Total", 2022, 158.3, "CNY 100 million", "actual"),
            ("Total", 2023, 203.9, "CNY 100 million", "actual"),
            ("Total", 2024, 265.0, "CNY 100 million", "actual"),
            ("Total", 2025, 338.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2020, 2021, 1.0),
            ("growth", 40.5, "percent", 2021, 2022, 1.0),
            ("growth", 28.8, "percent", 2022, 2023, 1.0),
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 27.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.7 / 86.4 - 1 = 30.440% -> 30.4
            ("cagr|implied", "exact"),  # 158.3 / 112.7 - 1 = 40.461% -> 40.5
            ("cagr|implied", "exact"),  # 203.9 / 158.3 - 1 = 28.806% -> 28.8
            ("cagr|implied", "exact"),  # 265.0 / 203.9 - 1 = 29.966% -> 30.0
            ("cagr|implied", "exact"),  # 338.5 / 265.0 - 1 = 27.736% -> 27.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 6, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'the Government will invest £2.1',
    "aims for the UK's artificial intelligence sector to be worth £40 billion by 2030",
    'is expected to grow from EUR 5.6 billion in 2023 to EUR 21.4 billion in 2030',
    'puts the 2024 market at £1.6 billion',
    'compound annual growth of at least 12%',
    'roughly triple the ¥5.1 trillion recorded in 2020',
    '₹76,000 crore',
    'in the 2024 financial year',
    'presents as annual growth of 10.5%',
    '达到1,315亿元、较上年增长18.6%',
    '年均增长15%以上，基本形成',
    '力争突破3,300亿元，增长16%左右',
    '“十四五”',
    '较2023年翻两番',
    '預計於2030年達到新臺幣8兆元',
    '年均成長13%以上',
    '300億港元以上',
    '| 2023 (actual) | 2025 (target) | 2027 (target) |',
    '占合计比重（%）',
    '2023–2030年均成長（%）',
    'FY2025T',
    '指标属性',
    '2/4 📈 $12.4B (2024) → $48.9B (2030)',
    "That's ~4x in six years",
    'Market size: US$1.72 billion (2024)[3]',
    '[14][citation needed]',
    'Astley Group puts 2024 at $211 billion',
    "EDIT: it's $6.2bn for 2029, not $9.2bn",
    'up 31.5% YoY from $2.26 bn',
    '→ 2026e: $1.02tn',
    '$712mn in 2024 vs $455mn',
    'i.e. 1.6x',
    '#人工智能#',
    '同比+68.7%',
    '翻了一番还多',
    '另一家机构鼎观数据给出的2024年数字是412亿元',
    '阅读 10万+',
    '[來源請求]',
    '較2023年的194億元年增12.8%',
    '更正：上面打錯字',
    '是2021年的3倍',
    '| 2025E | 15.8 | +36.2% |',
    '| Total | 897.3 | 100.0% |',
    'Region\t2023\t2024\tYoY %',
    '（單位：新台幣億元）',
    '2025E    338.5',
)
#: the set's blind score (written without reading or running the extractor, scored once): 148 figures, 64 rates, 71
#: verdicts and no false inconsistent; 165, 71 and 75 after the rules chosen on it (a plan's target and base columns, a
#: last column of words, 过去一年, '2026e', a post's topic tags and pictographs); 169, 74 and 77 after a speech's date, a
#: list of targets after 今年 and a multiple of a named year
FLOORS = {"figures_found": 172, "rates_found": 78, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset69.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
