"""A hundred-and-twenty-seventh check set for the extractor, written blind: AI in healthcare and drug discovery, in English and Chinese
(Simplified and Traditional) -- medical imaging, clinical decision support, AI drug discovery, hospital AI software,
AI in medical devices and health chatbots, sized in money by device associations, health-IT trackers, brokers,
provincial health plans, Japanese and Taiwanese associations and consultancies; regulatory approvals, hospitals using
a tool, scans read, prices per scan, one licensing deal's value, funding rounds, a company's own revenue, patient
counts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news: headline "$1.4 billion" restated precisely as "$1.42 billion last year", "up 27% from $1.12
    #    billion in 2023"; FDA clearances, hospital count, per-scan price range and "three-quarters" nowhere
    dict(
        text=(
            "SAN DIEGO, 12 May 2025 — AI radiology software is now a $1.4 billion business in the United States. "
            "Hospitals and imaging centres spent $1.42 billion on licensed AI imaging tools last year, up 27% from "
            "$1.12 billion in 2023, according to the health-IT tracker Meridale Health Analytics. The Food and Drug "
            "Administration has cleared more than 950 AI-enabled devices to date, roughly three-quarters of them in "
            "radiology. Meridale counted 1,140 hospitals running at least one such tool and said a chest CT read by "
            "software is typically billed at $4 to $9 per scan."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),  # "up 27%"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.12 - 1 = 26.79% -> 27
        ],
    ),
    # 2. consultancy forecast with a stated "over 2024-2030" CAGR that only a rounded reading reaches; a licensing
    #    deal's upfront and milestones and a Series C nowhere
    dict(
        text=(
            "Global spending on AI drug-discovery platforms (software, compute and discovery services sold to "
            "pharmaceutical companies) came to $1.8 billion in 2024, by the reckoning of the London consultancy "
            "Ashgrove Partners. In a report published on 3 February 2025, the firm forecasts the market at $6.4 "
            "billion in 2030, a compound annual growth rate of 23.9% over 2024-2030. The figures leave out deal "
            "values: last month Qerrin Therapeutics licensed its platform to a large drugmaker for $45 million "
            "upfront and up to $1.2 billion in milestones, and Sanvio AI closed a $210 million Series C."
        ),
        obs=[
            ("Total", 2024, 1.8, "USD billion", "actual"),
            ("Total", 2030, 6.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),  # "23.9% over 2024-2030"
        ],
        verdicts=[
            # (6.4 / 1.8) ** (1/6) - 1 = 23.54% -> 23.5, not 23.9;
            # bounds: (6.35 / 1.85) ** (1/6) - 1 = 22.82%, (6.45 / 1.75) ** (1/6) - 1 = 24.29%; 23.9 inside
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. earnings call: TAM "about $4.5 billion this year" (dateline 2025 -> estimate) and "$11 billion by 2029";
    #    company revenue, a quarter, hospitals, margin points, price target and upside nowhere
    dict(
        text=(
            "On Corvane Health's fourth-quarter earnings call on 26 February 2025, chief executive Dana Whitlow told "
            "analysts that the total addressable market for AI clinical decision support in US hospitals is about "
            "$4.5 billion this year and should reach $11 billion by 2029. Corvane booked revenue of $312 million for "
            "2024, $84 million of it in the fourth quarter, and its software now runs in 2,300 hospitals. Whitlow "
            "said gross margin widened by 3.5 percentage points to 71%. Brellin Securities kept its $68 price "
            "target, implying 19% upside."
        ),
        obs=[
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2029, 11, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 4. Japanese association, yen in "¥ billion", fiscal years; a year-on-year rate and an inferred average
    #    annual gain to fiscal 2030; PMDA approvals and a hospital survey share nowhere
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's market for AI-enabled medical devices reached ¥86.4 billion in fiscal "
            "2024, up 18.5% from ¥72.9 billion a year earlier, according to the Japan Medical AI Industry Council. "
            "The council expects sales to reach ¥160 billion by fiscal 2030, an average gain of 10.8% a year. The "
            "Pharmaceuticals and Medical Devices Agency approved 37 AI-based programs during the year, and 44% of "
            "hospitals with more than 200 beds told the council's survey they plan to buy one."
        ),
        obs=[
            ("Total", 2024, 86.4, "JPY billion", "actual"),
            ("Total", 2023, 72.9, "JPY billion", "actual"),
            ("Total", 2030, 160, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),  # "up 18.5%"
            ("cagr", 10.8, "percent", 2024, 2030, None, "inferred"),  # "an average gain of 10.8% a year"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 72.9 - 1 = 18.52% -> 18.5
            ("cagr|period", "exact"),  # (160 / 86.4) ** (1/6) - 1 = 10.82% -> 10.8
        ],
    ),
    # 5. UK procurement tracker: a whole and a part ("Imaging accounted for £92 million ... 62% of the total");
    #    percentage points, trust count, survey answer and a first-quarter figure nowhere
    dict(
        text=(
            "The NHS in England spent £148 million on artificial-intelligence software in calendar 2024, according "
            "to procurement data compiled by the health-IT tracker Wexbridge Insight. Imaging accounted for £92 "
            "million of that, or 62% of the total, up 9 percentage points on the year before. Forty-one trusts now "
            "use AI to triage chest X-rays, and 58% of clinicians in a Wexbridge survey said the tools saved them "
            "time. Spending in the first quarter of 2025 alone came to £44 million."
        ),
        obs=[
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Imaging", 2024, 92, "GBP million", "actual"),
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),  # "62% of the total"
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 92 / 148 = 62.16% -> 62
        ],
    ),
    # 6. broker initiation: "$310 million this year" (2025, estimate), a range "$420-500 million in 2027" as two
    #    value claims, "tops $1.1 billion in 2030" converted to the series' USD million; target price, upside,
    #    the company's RMB revenue and NMPA certificates nowhere
    dict(
        text=(
            "Hong Kong broker Tamsin Securities initiated coverage of Lumora Diagnostics on 7 October 2025 with a "
            "target price of HK$58, 32% above Friday's close. The analysts estimate China's AI digital-pathology "
            "market at $310 million this year, put it at $420-500 million in 2027 and see it topping $1.1 billion "
            "in 2030. Lumora's own revenue was RMB 265 million in 2024, and the company holds 11 Class III "
            "certificates from the NMPA."
        ),
        obs=[
            ("Total", 2025, 310, "USD million", "estimate"),
            ("Total", 2030, 1100, "USD million", "estimate"),  # "$1.1 billion" in the series' USD million
        ],
        claims=[
            ("value", 420, "USD million", 2027, 2027, None),  # range low end
            ("value", 500, "USD million", 2027, 2027, None),  # range high end
        ],
        verdicts=[],
    ),
    # 7. association release whose "41% jump" its own figures contradict; "pass €1 billion in 2027" converted to
    #    EUR million; hospital count and a per-mammogram price nowhere
    dict(
        text=(
            "BERLIN, 20 March 2025 — German hospitals bought €610 million worth of AI software last year, a 41% jump "
            "from €480 million in 2023, the medical-technology association Bundesverband Medizin-KI reported on "
            "Thursday. The association counted 212 hospitals with at least one AI tool in routine use and said the "
            "average price of an AI-read mammogram had fallen to €3.20. It expects the market to pass €1 billion "
            "in 2027."
        ),
        obs=[
            ("Total", 2024, 610, "EUR million", "actual"),
            ("Total", 2023, 480, "EUR million", "actual"),
            ("Total", 2027, 1000, "EUR million", "estimate"),  # "€1 billion" in the series' EUR million
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),  # "a 41% jump"
        ],
        verdicts=[
            # 610 / 480 - 1 = 27.08%; bounds 609.5 / 480.5 - 1 = 26.85%, 610.5 / 479.5 - 1 = 27.32%; 41 far outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. health chatbots: "roughly $2.1 billion" in 2024, "some five times" 2020 (a multiple, no verdict),
    #    a base case for 2028; "multibillion-dollar opportunity", a first-quarter figure and a poll nowhere
    dict(
        text=(
            "Health chatbots have become what one investor called \"a multibillion-dollar opportunity hiding in "
            "plain sight\". Worldwide, insurers, hospital groups and pharmacies paid roughly $2.1 billion for AI "
            "symptom checkers and virtual nursing assistants in 2024, some five times what they spent in 2020, "
            "estimates Pellridge Research. The firm's base case has the market climbing to $5.3 billion in 2028. "
            "Sales in the first quarter of 2025 came to $640 million, and one in three adults in Pellridge's "
            "consumer poll had asked a chatbot about a symptom."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2028, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),  # "some five times what they spent in 2020"
        ],
        verdicts=[],
    ),
    # 9. investor day: TAM "$3.2 billion this year" (2025, estimate) to "$7.0 billion in 2030", "a 17% compound
    #    annual growth rate from 2025 to 2030"; a share target, company revenue guidance, probes, clearances nowhere
    dict(
        text=(
            "At its investor day in Boston on 9 September 2025, Halvern Medical sized the total addressable market "
            "for AI-guided ultrasound at $3.2 billion this year, rising to $7.0 billion in 2030, a 17% compound "
            "annual growth rate from 2025 to 2030. Management reiterated its goal of a 20% share by 2030 and guided "
            "to revenue of $410 million for the year. Halvern has shipped 18,000 AI-enabled probes and holds 14 FDA "
            "clearances."
        ),
        obs=[
            ("Total", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2030, 7.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),  # "from 2025 to 2030"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.0 / 3.2) ** (1/5) - 1 = 16.95% -> 17
        ],
    ),
    # 10. Simplified Chinese report: 医学影像AI 48.6亿元 同比增长31.4%, 2023年37.0亿元, 到2030年将突破200亿元,
    #     "2024—2030年年均复合增长率约为26.6%"; 三类证 count, hospitals and per-read price range nowhere
    dict(
        text=(
            "2025年3月18日，澜汀医疗研究院发布报告称，2024年我国医学影像AI市场规模达到48.6亿元，同比增长31.4%，"
            "2023年这一数字为37.0亿元。报告预计，到2030年该市场规模将突破200亿元，2024—2030年年均复合增长率约为"
            "26.6%。截至2024年底，国家药监局已累计批准医学影像AI三类证超过100张，相关产品进入3000余家医院。"
            "目前单次AI辅助阅片收费多在20元至50元之间。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2023, 37.0, "CNY 100 million", "actual"),
            ("Total", 2030, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),  # 同比增长31.4%
            ("cagr", 26.6, "percent", 2024, 2030, None, "stated"),  # 2024—2030年年均复合增长率约为26.6%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 37.0 - 1 = 31.35% -> 31.4
            ("cagr|period", "exact"),  # (200 / 48.6) ** (1/6) - 1 = 26.59% -> 26.6
        ],
    ),
    # 11. Simplified Chinese AI制药: 从2020年的1.6亿元增长至2024年的8.0亿元，增长4倍 (x5 between two printed
    #     amounts); a year-on-year 51.6% only a rounded reading reaches; funding total, company revenue,
    #     licensing upfront and milestones and 千亿级 nowhere
    dict(
        text=(
            "2025年5月，衡岳咨询发布统计显示，我国AI制药市场规模从2020年的1.6亿元增长至2024年的8.0亿元，增长4倍；"
            "其中2024年较2023年的5.3亿元增长51.6%。今年一季度，国内AI制药企业共完成融资23笔，金额合计约18亿元。"
            "某头部平台企业去年营收为3.2亿元，并与一家跨国药企达成授权合作，首付款5000万美元，潜在里程碑付款最高"
            "达12亿美元。业内普遍认为这是一个千亿级赛道。"
        ),
        obs=[
            ("Total", 2020, 1.6, "CNY 100 million", "actual"),
            ("Total", 2023, 5.3, "CNY 100 million", "actual"),
            ("Total", 2024, 8.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2020, 2024, 4.0),  # 增长4倍 between 1.6 and 8.0 -> x5
            ("growth", 51.6, "percent", 2023, 2024, 1.0),  # 较2023年的5.3亿元增长51.6%
        ],
        verdicts=[
            # 8.0 / 5.3 - 1 = 50.94% -> 50.9, not 51.6;
            # bounds: 7.95 / 5.35 - 1 = 48.60%, 8.05 / 5.25 - 1 = 53.33%; 51.6 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. Traditional Chinese (Taiwan) association: 新台幣128億元 vs 2023年104.8億元, 成長22.1%, 2028年可望達到
    #     新台幣260億元, 2024至2028年年複合成長率約19.4%; approvals, hospitals, 六成醫師 and a firm's revenue nowhere
    dict(
        text=(
            "【台北訊】台灣智慧醫療產業協會2025年4月發布調查指出，國內醫療AI軟體市場2024年產值達新台幣128億元，"
            "較2023年的104.8億元成長22.1%。協會預估，2028年市場規模可望達到新台幣260億元，2024至2028年年複合成長率"
            "約19.4%。截至去年底，衛福部食藥署已核准逾80件AI醫療器材，導入醫院超過120家；協會問卷顯示，六成醫師"
            "願意使用AI輔助判讀。某上市醫材廠去年AI相關營收則為新台幣9.6億元。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 104.8, "TWD 100 million", "actual"),
            ("Total", 2028, 260, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),  # 成長22.1%
            ("cagr", 19.4, "percent", 2024, 2028, None, "stated"),  # 2024至2028年年複合成長率約19.4%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 104.8 - 1 = 22.14% -> 22.1
            ("cagr|period", "exact"),  # (260 / 128) ** (1/4) - 1 = 19.38% -> 19.4
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) consultancy: 去年4.86億港元 (2024), 按年增長18% against 2023年4.1億港元
    #     (only a rounded reading), 明年7億港元左右 (2026, estimate); hospital counts, a HK$ funding round and a
    #     survey fraction nowhere
    dict(
        text=(
            "（香港，2025年6月）本地顧問公司恒匯顧問最新報告指出，香港醫療人工智能市場去年規模達4.86億港元，按年"
            "增長18%，2023年則為4.1億港元。報告預計市場明年可升至7億港元左右。醫管局轄下43間公立醫院中，已有16間"
            "引入AI影像分析；一家本地AI診斷初創上月完成8,000萬港元A輪融資。報告又指，六成受訪診所表示未來兩年會"
            "增加AI預算。"
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2023, 4.1, "HKD 100 million", "actual"),
            ("Total", 2026, 7, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),  # 按年增長18%
        ],
        verdicts=[
            # 4.86 / 4.1 - 1 = 18.54% -> 19, not 18;
            # bounds: 4.855 / 4.15 - 1 = 16.99%, 4.865 / 4.05 - 1 = 20.12%; 18 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese provincial action plan: 6850亿元 in 2024, a part 约410亿元 (其中...), 到2027年力争突破
    #     1万亿元 (series opens in 亿元 -> 10000), 年均增长13.4%左右 (span only from the amounts' years -> inferred);
    #     plan title years, coverage rate, demo hospitals and certificate target nowhere
    dict(
        text=(
            "2025年1月，东川省卫生健康委员会等六部门联合印发《东川省智慧医疗产业高质量发展行动方案（2025—2027年）》。"
            "方案披露，2024年全省智慧医疗产业规模为6850亿元，其中医疗人工智能核心产业约410亿元；到2027年，全省智慧"
            "医疗产业规模力争突破1万亿元，年均增长13.4%左右。方案同时提出，到2027年二级以上公立医院AI辅助诊断覆盖率"
            "达到90%，建设50家省级智慧医院示范单位，推动不少于20个AI医疗器械产品取得三类证。"
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("医疗人工智能核心产业", 2024, 410, "CNY 100 million", "actual"),
            ("Total", 2027, 10000, "CNY 100 million", "estimate"),  # 1万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 13.4, "percent", 2024, 2027, None, "inferred"),  # 年均增长13.4%左右
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (10000 / 6850) ** (1/3) - 1 = 13.44% -> 13.4
        ],
    ),
    # 15. English pipe table by segment and year with 2025E/2026E columns and a Total row; 2025E parts add to 5.5
    #     against a printed 5.6 (rounding); title years and vendor count nowhere
    dict(
        text=(
            "Table 3: Global AI-in-healthcare software market by segment, 2023-2026E (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Medical imaging | 1.5 | 1.9 | 2.4 | 3.0 |\n"
            "| Clinical decision support | 0.8 | 1.1 | 1.3 | 1.7 |\n"
            "| Drug discovery | 0.6 | 0.8 | 1.1 | 1.5 |\n"
            "| Virtual assistants | 0.4 | 0.5 | 0.7 | 0.9 |\n"
            "| Total | 3.3 | 4.3 | 5.6 | 7.1 |\n"
            "\n"
            "Source: Corliss Health Research, March 2025. Hardware excluded; the tracker covers 1,250 vendors."
        ),
        obs=[
            ("Medical imaging", 2023, 1.5, "USD billion", "actual"),
            ("Medical imaging", 2024, 1.9, "USD billion", "actual"),
            ("Medical imaging", 2025, 2.4, "USD billion", "estimate"),
            ("Medical imaging", 2026, 3.0, "USD billion", "estimate"),
            ("Clinical decision support", 2023, 0.8, "USD billion", "actual"),
            ("Clinical decision support", 2024, 1.1, "USD billion", "actual"),
            ("Clinical decision support", 2025, 1.3, "USD billion", "estimate"),
            ("Clinical decision support", 2026, 1.7, "USD billion", "estimate"),
            ("Drug discovery", 2023, 0.6, "USD billion", "actual"),
            ("Drug discovery", 2024, 0.8, "USD billion", "actual"),
            ("Drug discovery", 2025, 1.1, "USD billion", "estimate"),
            ("Drug discovery", 2026, 1.5, "USD billion", "estimate"),
            ("Virtual assistants", 2023, 0.4, "USD billion", "actual"),
            ("Virtual assistants", 2024, 0.5, "USD billion", "actual"),
            ("Virtual assistants", 2025, 0.7, "USD billion", "estimate"),
            ("Virtual assistants", 2026, 0.9, "USD billion", "estimate"),
            ("Total", 2023, 3.3, "USD billion", "actual"),
            ("Total", 2024, 4.3, "USD billion", "actual"),
            ("Total", 2025, 5.6, "USD billion", "estimate"),
            ("Total", 2026, 7.1, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.5 + 0.8 + 0.6 + 0.4 = 3.3
            ("hierarchy", "exact"),  # 2024: 1.9 + 1.1 + 0.8 + 0.5 = 4.3
            # 2025E: 2.4 + 1.3 + 1.1 + 0.7 = 5.5, not 5.6; parts 5.3..5.7, total 5.55..5.65 overlap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2026E: 3.0 + 1.7 + 1.5 + 0.9 = 7.1
        ],
    ),
    # 16. Simplified Chinese: an approvals table (表1, counts, nowhere) beside a vertical value table (表2) whose lone
    #     column is headed 亿元 (-> Total) with a 同比 column; the 2024 rate 39.2% contradicts its amounts
    dict(
        text=(
            "表1 医学影像AI三类证获批数量（张）\n"
            "| 年份 | 当年获批 | 累计 |\n"
            "|---|---|---|\n"
            "| 2021 | 15 | 22 |\n"
            "| 2022 | 19 | 41 |\n"
            "| 2023 | 24 | 65 |\n"
            "| 2024 | 31 | 96 |\n"
            "\n"
            "表2 中国医学影像AI市场规模\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2021 | 15.2 | — |\n"
            "| 2022 | 22.8 | 50.0% |\n"
            "| 2023 | 29.5 | 29.4% |\n"
            "| 2024 | 38.1 | 39.2% |\n"
            "| 2025E | 48.0 | 26.0% |\n"
            "\n"
            "资料来源：申岳证券研究所，2025年2月"
        ),
        obs=[
            ("Total", 2021, 15.2, "CNY 100 million", "actual"),
            ("Total", 2022, 22.8, "CNY 100 million", "actual"),
            ("Total", 2023, 29.5, "CNY 100 million", "actual"),
            ("Total", 2024, 38.1, "CNY 100 million", "actual"),
            ("Total", 2025, 48.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 50.0, "percent", 2021, 2022, 1.0),
            ("growth", 29.4, "percent", 2022, 2023, 1.0),
            ("growth", 39.2, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.8 / 15.2 - 1 = 50.00% -> 50.0
            ("cagr|implied", "exact"),  # 29.5 / 22.8 - 1 = 29.39% -> 29.4
            # 38.1 / 29.5 - 1 = 29.15%; bounds 38.05 / 29.55 - 1 = 28.76%, 38.15 / 29.45 - 1 = 29.54%; 39.2 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 48.0 / 38.1 - 1 = 25.98% -> 26.0
        ],
    ),
    # 17. English tab-separated vertical table, rows are years (2025F-2027F forecasts), two value columns named
    #     Imaging and Pathology (items), stated 2024-2027 CAGRs for each; hospital and country counts nowhere
    dict(
        text=(
            "European hospital spending on AI software by application (EUR million)\n"
            "Year\tImaging\tPathology\n"
            "2022\t412\t58\n"
            "2023\t505\t79\n"
            "2024\t618\t104\n"
            "2025F\t742\t137\n"
            "2026F\t881\t176\n"
            "2027F\t1,036\t221\n"
            "Source: Veldmark Health Advisory, May 2025, based on a survey of 312 hospitals in 9 countries. Imaging "
            "is forecast to grow at a 2024-2027 CAGR of 18.8% and pathology at 28.6%."
        ),
        obs=[
            ("Imaging", 2022, 412, "EUR million", "actual"),
            ("Imaging", 2023, 505, "EUR million", "actual"),
            ("Imaging", 2024, 618, "EUR million", "actual"),
            ("Imaging", 2025, 742, "EUR million", "estimate"),
            ("Imaging", 2026, 881, "EUR million", "estimate"),
            ("Imaging", 2027, 1036, "EUR million", "estimate"),
            ("Pathology", 2022, 58, "EUR million", "actual"),
            ("Pathology", 2023, 79, "EUR million", "actual"),
            ("Pathology", 2024, 104, "EUR million", "actual"),
            ("Pathology", 2025, 137, "EUR million", "estimate"),
            ("Pathology", 2026, 176, "EUR million", "estimate"),
            ("Pathology", 2027, 221, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2027, None, "stated"),  # imaging
            ("cagr", 28.6, "percent", 2024, 2027, None, "stated"),  # pathology
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1036 / 618) ** (1/3) - 1 = 18.79% -> 18.8
            ("cagr|period", "exact"),  # (221 / 104) ** (1/3) - 1 = 28.56% -> 28.6
        ],
    ),
    # 18. English space-aligned table in ¥100 million (億円) with FY columns and a forecast column; FY2024 parts add
    #     to 395 against a printed 396 (rounding); prose "grew 32%" and "60% of FY2024 sales"; vendor count nowhere
    dict(
        text=(
            "Japan: AI diagnostic-support software market by application (¥100 million)\n"
            "\n"
            "Application                  FY2023   FY2024   FY2027 (forecast)\n"
            "Imaging diagnosis support       182      236      410\n"
            "Endoscopy AI                     64       88      175\n"
            "Pathology                        21       30       72\n"
            "Other                            33       41       68\n"
            "Total                           300      396      725\n"
            "\n"
            "Source: Kisaragi Research Institute, survey of 58 vendors, August 2025. The total grew 32% in FY2024, "
            "and imaging diagnosis support accounted for 60% of FY2024 sales."
        ),
        obs=[
            ("Imaging diagnosis support", 2023, 182, "JPY 100 million", "actual"),
            ("Imaging diagnosis support", 2024, 236, "JPY 100 million", "actual"),
            ("Imaging diagnosis support", 2027, 410, "JPY 100 million", "estimate"),
            ("Endoscopy AI", 2023, 64, "JPY 100 million", "actual"),
            ("Endoscopy AI", 2024, 88, "JPY 100 million", "actual"),
            ("Endoscopy AI", 2027, 175, "JPY 100 million", "estimate"),
            ("Pathology", 2023, 21, "JPY 100 million", "actual"),
            ("Pathology", 2024, 30, "JPY 100 million", "actual"),
            ("Pathology", 2027, 72, "JPY 100 million", "estimate"),
            ("Other", 2023, 33, "JPY 100 million", "actual"),
            ("Other", 2024, 41, "JPY 100 million", "actual"),
            ("Other", 2027, 68, "JPY 100 million", "estimate"),
            ("Total", 2023, 300, "JPY 100 million", "actual"),
            ("Total", 2024, 396, "JPY 100 million", "actual"),
            ("Total", 2027, 725, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),  # "grew 32% in FY2024"
            ("share", 60, "percent", 2024, 2024, None),  # "60% of FY2024 sales"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 396 / 300 - 1 = 32.0% -> 32
            ("arithmetic", "exact"),  # 236 / 396 = 59.60% -> 60
            ("hierarchy", "exact"),  # FY2023: 182 + 64 + 21 + 33 = 300
            # FY2024: 236 + 88 + 30 + 41 = 395, not 396; parts 393..397, total 395.5..396.5 overlap
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # FY2027: 410 + 175 + 72 + 68 = 725
        ],
    ),
    # 19. Traditional Chinese pipe table in 新台幣億元 with 預估 columns and a 合計 row (item 合計); prose CAGR
    #     "2024至2027年...21.6%"; table number 表五 and approval count nowhere
    dict(
        text=(
            "表五　台灣醫療AI市場規模（新台幣億元）\n"
            "| 類別 | 2024 | 2025(預估) | 2027(預估) |\n"
            "|---|---|---|---|\n"
            "| 醫學影像 | 58.6 | 71.2 | 104.5 |\n"
            "| 臨床決策支援 | 31.4 | 38.0 | 55.3 |\n"
            "| 新藥開發 | 12.7 | 16.9 | 28.4 |\n"
            "| 智慧病房與照護 | 25.3 | 30.1 | 41.8 |\n"
            "| 合計 | 128.0 | 156.2 | 230.0 |\n"
            "資料來源：台灣醫療科技策進會，2025年5月。該會估計2024至2027年整體市場年複合成長率為21.6%；"
            "食藥署2024年核准AI醫材37件。"
        ),
        obs=[
            ("醫學影像", 2024, 58.6, "TWD 100 million", "actual"),
            ("醫學影像", 2025, 71.2, "TWD 100 million", "estimate"),
            ("醫學影像", 2027, 104.5, "TWD 100 million", "estimate"),
            ("臨床決策支援", 2024, 31.4, "TWD 100 million", "actual"),
            ("臨床決策支援", 2025, 38.0, "TWD 100 million", "estimate"),
            ("臨床決策支援", 2027, 55.3, "TWD 100 million", "estimate"),
            ("新藥開發", 2024, 12.7, "TWD 100 million", "actual"),
            ("新藥開發", 2025, 16.9, "TWD 100 million", "estimate"),
            ("新藥開發", 2027, 28.4, "TWD 100 million", "estimate"),
            ("智慧病房與照護", 2024, 25.3, "TWD 100 million", "actual"),
            ("智慧病房與照護", 2025, 30.1, "TWD 100 million", "estimate"),
            ("智慧病房與照護", 2027, 41.8, "TWD 100 million", "estimate"),
            ("合計", 2024, 128.0, "TWD 100 million", "actual"),
            ("合計", 2025, 156.2, "TWD 100 million", "estimate"),
            ("合計", 2027, 230.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.6, "percent", 2024, 2027, None, "stated"),  # 2024至2027年...年複合成長率為21.6%
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (230.0 / 128.0) ** (1/3) - 1 = 21.57% -> 21.6
            ("hierarchy", "exact"),  # 2024: 58.6 + 31.4 + 12.7 + 25.3 = 128.0
            ("hierarchy", "exact"),  # 2025: 71.2 + 38.0 + 16.9 + 30.1 = 156.2
            ("hierarchy", "exact"),  # 2027: 104.5 + 55.3 + 28.4 + 41.8 = 230.0
        ],
    ),
    # 20. Simplified Chinese space-aligned table with a 2024年占比 column (four shares, 100.0% total no claim) and a
    #     合计 row; a note's first-quarter figure and the note itself nowhere
    dict(
        text=(
            "中国医疗AI市场细分结构（单位：亿元）\n"
            "细分领域            2023年    2024年    2024年占比\n"
            "医学影像              37.0      48.6       41.3%\n"
            "临床决策支持          22.5      29.8       25.3%\n"
            "AI制药                 5.3       8.0        6.8%\n"
            "医院管理与运营        24.1      31.3       26.6%\n"
            "合计                  88.9     117.7      100.0%\n"
            "注：2025年一季度市场规模约26亿元；上表统计口径不含硬件。来源：申岳证券研究所，2025年4月。"
        ),
        obs=[
            ("医学影像", 2023, 37.0, "CNY 100 million", "actual"),
            ("医学影像", 2024, 48.6, "CNY 100 million", "actual"),
            ("临床决策支持", 2023, 22.5, "CNY 100 million", "actual"),
            ("临床决策支持", 2024, 29.8, "CNY 100 million", "actual"),
            ("AI制药", 2023, 5.3, "CNY 100 million", "actual"),
            ("AI制药", 2024, 8.0, "CNY 100 million", "actual"),
            ("医院管理与运营", 2023, 24.1, "CNY 100 million", "actual"),
            ("医院管理与运营", 2024, 31.3, "CNY 100 million", "actual"),
            ("合计", 2023, 88.9, "CNY 100 million", "actual"),
            ("合计", 2024, 117.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),  # 医学影像
            ("share", 25.3, "percent", 2024, 2024, None),  # 临床决策支持
            ("share", 6.8, "percent", 2024, 2024, None),  # AI制药
            ("share", 26.6, "percent", 2024, 2024, None),  # 医院管理与运营
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 117.7 = 41.29% -> 41.3
            ("arithmetic", "exact"),  # 29.8 / 117.7 = 25.32% -> 25.3
            ("arithmetic", "exact"),  # 8.0 / 117.7 = 6.80% -> 6.8
            ("arithmetic", "exact"),  # 31.3 / 117.7 = 26.59% -> 26.6
            ("hierarchy", "exact"),  # 2023: 37.0 + 22.5 + 5.3 + 24.1 = 88.9
            ("hierarchy", "exact"),  # 2024: 48.6 + 29.8 + 8.0 + 31.3 = 117.7
        ],
    ),
    # 21. dated US news item: "last year" (dateline 2025 -> 2024) at $1.42bn, "27% more than the $1.12 billion"
    #    of 2023; FDA clearance count, hospital count, "three-quarters" and a per-study price range are distractors
    dict(
        text=(
            "BOSTON, 12 February 2025 — American hospitals spent $1.42 billion on AI software for radiology last "
            "year, 27% more than the $1.12 billion they spent in 2023, according to the health-IT tracker Kestrel "
            "Health Analytics. The FDA has now cleared more than 1,000 AI-enabled devices, roughly three-quarters of "
            "them for imaging. Kestrel counts 2,300 hospitals running at least one triage algorithm, typically "
            "priced at between $2 and $5 a study."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.12 - 1 = 26.786% -> 27
        ],
    ),
    # 22. earnings call (Nov 2024): TAM "next year" (2025) and "by 2030", CAGR without printed span -> inferred;
    #    the company's quarterly revenue, headcount, price target and upside are distractors
    dict(
        text=(
            "On Veranthe Health's third-quarter call on 6 November 2024, chief executive Dana Okafor put the total "
            "addressable market for clinical decision support in US hospitals at $8.5 billion next year and $21 "
            "billion by 2030, a compound annual growth rate of roughly 20%. Veranthe's own revenue rose 31% to $212 "
            "million in the quarter, and the company now employs 640 people. Analysts at Harrow & Finch lifted "
            "their price target to $48, implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 8.5, "USD billion", "estimate"),
            ("Total", 2030, 21.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21 / 8.5) ** (1/5) - 1 = 19.828% -> 20
        ],
    ),
    # 23. industry report on AI drug-discovery platforms: "a 45% jump" its own figures contradict; a 2030 range
    #    gives two value claims; deal upfront/milestones, venture funding and round count are distractors
    dict(
        text=(
            "Global spending on AI drug-discovery platforms — software licences, compute and partnered discovery "
            "services — reached $1.9 billion in 2023 and $2.6 billion in 2024, a 45% jump, according to the 2025 "
            "edition of the Lindqvist BioInsight review. The consultancy sees the market at between $7 billion and "
            "$9 billion in 2030. The year's biggest pact, between a Zurich start-up and a top-ten drugmaker, carried "
            "$85 million upfront and up to $1.7 billion in milestones, while start-ups in the field raised $5.2 "
            "billion across 140 rounds."
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2024, 2.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 45.0, "percent", 2023, 2024, 1.0),
            ("value", 7.0, "USD billion", 2030, 2030, None),
            ("value", 9.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # 22.6 / 1.9 - 1 = 36.84%; bounds 2.55/1.95 - 1 = 30.77% .. 2.65/1.85 - 1 = 43.24%; 45 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. UK procurement tracker: fiscal years, a part with its share (arithmetic), a stated 2024-2028 rate exact
    #    only within rounding; trust and clinician counts, survey answer, percentage points, a quarter are distractors
    dict(
        text=(
            "LONDON, 9 June 2025 — NHS trusts in England spent £142 million on artificial-intelligence software in "
            "fiscal 2024, says Marlow Digital Health, which tracks procurement across 215 trusts. Diagnostic imaging "
            "took £61 million of that, or 43%. Marlow forecasts spending of £310 million in fiscal 2028, annual "
            "growth of 21.5% between 2024 and 2028. Ambient scribing tools' share of new contracts rose 6 percentage "
            "points, and in a survey of 1,140 clinicians 58% said such tools saved them an hour a week. Spending in "
            "the fourth quarter alone came to £47 million."
        ),
        obs=[
            ("Total", 2024, 142.0, "GBP million", "actual"),
            ("Diagnostic imaging", 2024, 61.0, "GBP million", "actual"),
            ("Total", 2028, 310.0, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 43.0, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61 / 142 = 42.96% -> 43
            # (310 / 142) ** (1/4) - 1 = 21.554% -> 21.6, not 21.5;
            # bounds (309.5/142.5) ** 0.25 - 1 = 21.398% .. (310.5/141.5) ** 0.25 - 1 = 21.710%; 21.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Japanese association in yen (JPY billion): fiscal 2024 base, part + share, fiscal 2030 forecast with a
    #    stated 2024-2030 rate, a second market (drug-discovery AI) named beside; approvals count is a distractor
    dict(
        text=(
            "TOKYO, 18 July 2025 — Japan's market for AI-based medical devices and software grew to ¥48.6 billion "
            "in fiscal 2024, the Medical AI Industry Council of Japan said on Friday. Endoscopy and imaging support "
            "made up ¥30.1 billion of that, or 62%. The council, which has 87 member companies, expects the market "
            "to reach ¥130 billion in fiscal 2030, an average annual rise of 17.8% over 2024-2030. It sizes "
            "drug-discovery AI separately, at ¥21 billion for fiscal 2024, and notes that the health ministry has "
            "approved 42 AI programs as medical devices so far."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Endoscopy and imaging support", 2024, 30.1, "JPY billion", "actual"),
            ("Total", 2030, 130.0, "JPY billion", "estimate"),
            ("Drug-discovery AI", 2024, 21.0, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 62.0, "percent", 2024, 2024, None),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 30.1 / 48.6 = 61.93% -> 62
            ("cagr|implied", "exact"),  # (130 / 48.6) ** (1/6) - 1 = 17.820% -> 17.8
        ],
    ),
    # 26. Simplified Chinese association release on 医学影像AI: 2024 figure with a lone YoY rate (no verdict),
    #    "突破200亿元" target with stated 2024—2030 CAGR; 三类证 count, hospital count, per-scan price are distractors
    dict(
        text=(
            "【2025年3月18日】东海医疗器械行业协会发布的统计显示，2024年我国医学影像AI市场规模达到38.6亿元，"
            "同比增长31.2%。协会预计，到2030年该市场将突破200亿元，2024—2030年年均复合增长率约为31.5%。"
            "截至2024年底，已有超过100款医学影像AI产品获得NMPA三类证，部署医院逾1,800家，单次AI辅助阅片收费"
            "普遍在5至10元之间。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2030, 200.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 31.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (200 / 38.6) ** (1/6) - 1 = 31.545% -> 31.5
        ],
    ),
    # 27. Simplified Chinese think-tank: 亿元 series opening in 亿元 then 1.05万亿元 (-> 10500), "增长超过3倍" between
    #    two printed amounts (x4), stated CAGR; 千亿级, firm count, funding events and amounts are distractors
    dict(
        text=(
            "中瑞健康智库2025年5月发布的报告测算，我国医疗人工智能核心产业规模从2020年的260亿元增至2024年的"
            "1,050亿元，四年间增长超过3倍。报告预计，到2030年这一规模将达到1.05万亿元，2024—2030年年均复合增长率"
            "约46.8%，并带动长三角、珠三角形成千亿级产业集群。目前全国医疗AI相关企业超过1,300家，2024年行业共发生"
            "融资事件126起，融资总额约93亿元。"
        ),
        obs=[
            ("Total", 2020, 260.0, "CNY 100 million", "actual"),
            ("Total", 2024, 1050.0, "CNY 100 million", "actual"),
            ("Total", 2030, 10500.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长超过3倍 between two amounts -> x(3+1)
            ("cagr", 46.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10500 / 1050) ** (1/6) - 1 = 10 ** (1/6) - 1 = 46.780% -> 46.8
        ],
    ),
    # 28. Simplified Chinese provincial action plan: 2027 target "突破500亿元" against a 2024 base, implied annual
    #    rate "32%左右" with no printed span -> inferred; title years, hospital count, coverage rate, 百分点 distractors
    dict(
        text=(
            "（2025年3月）《江川省“人工智能+医疗健康”行动方案（2025—2027年）》提出，到2027年全省医疗人工智能相关"
            "产业规模突破500亿元。2024年这一规模为218亿元，据此测算，年均增速需保持在32%左右。方案同时要求建设30家"
            "省级AI应用示范医院，三级医院AI辅助诊断覆盖率达到90%，较2024年提高25个百分点。"
        ),
        obs=[
            ("Total", 2024, 218.0, "CNY 100 million", "actual"),
            ("Total", 2027, 500.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 218) ** (1/3) - 1 = 31.878% -> 32
        ],
    ),
    # 29. Simplified Chinese broker report on CDSS: "约21亿元" -> "约27亿元", "同比增长约32%" exact only within
    #    rounding; survey share of hospitals, a company's CDSS revenue, rating and target price are distractors
    dict(
        text=(
            "东岳证券2025年1月发布的行业深度报告测算，2023年国内临床决策支持系统（CDSS）市场规模约为21亿元，2024年"
            "增至约27亿元，同比增长约32%；报告预计2027年市场规模将达到55亿元。报告援引的调研显示，68%的受访三级医院"
            "计划在两年内采购或升级CDSS。报告覆盖的龙头企业2024年CDSS业务收入为3.2亿元，获“买入”评级，目标价46元。"
        ),
        obs=[
            ("Total", 2023, 21.0, "CNY 100 million", "actual"),
            ("Total", 2024, 27.0, "CNY 100 million", "actual"),
            ("Total", 2027, 55.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 27 / 21 - 1 = 28.57% -> 29, not 32; bounds 26.5/21.5 - 1 = 23.26% .. 27.5/20.5 - 1 = 34.15%;
            # 32 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Simplified Chinese annual report: 2024 total and three segments with shares, two shares exact and one
    #     (AI药物研发平台 "占20%") its amounts contradict; 百分点 and approval count are distractors
    dict(
        text=(
            "《中国医疗AI软件市场年度报告》显示，2024年我国医疗AI软件市场规模为142亿元。分领域看，医学影像AI规模约"
            "66亿元，占46.5%；病理AI为11.8亿元，占8.3%；AI药物研发平台为24亿元，占20%。病理AI占比较上年提高2.1个"
            "百分点，但目前获批三类证的病理产品仅有9款。"
        ),
        obs=[
            ("Total", 2024, 142.0, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 66.0, "CNY 100 million", "actual"),
            ("病理AI", 2024, 11.8, "CNY 100 million", "actual"),
            ("AI药物研发平台", 2024, 24.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 46.5, "percent", 2024, 2024, None),
            ("share", 8.3, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 66 / 142 = 46.48% -> 46.5
            ("arithmetic", "exact"),  # 11.8 / 142 = 8.31% -> 8.3
            # 24 / 142 = 16.90%; bounds 23.5/142.5 = 16.49% .. 24.5/141.5 = 17.31%; 20 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 31. Simplified Chinese research note on health chatbots: 2023 and 2024 with YoY, "今年" (2025) estimate with
    #     its YoY, 2027 target; Q4 figure, registered users and a listed firm's revenue are distractors
    dict(
        text=(
            "2025年4月，智询研究院发布数据称，2024年中国AI健康咨询市场（含智能问诊、健康管理对话机器人）规模为"
            "54.3亿元，较2023年的39.8亿元增长36.4%，其中第四季度单季规模为16.2亿元。研究院预计，今年市场规模有望"
            "达到75亿元，同比增长38%，到2027年将突破100亿元。头部平台注册用户已超过1.2亿人，某上市公司2024年相关"
            "营收为8.7亿元。"
        ),
        obs=[
            ("Total", 2023, 39.8, "CNY 100 million", "actual"),
            ("Total", 2024, 54.3, "CNY 100 million", "actual"),
            ("Total", 2025, 75.0, "CNY 100 million", "estimate"),
            ("Total", 2027, 100.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("growth", 38.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 54.3 / 39.8 - 1 = 36.43% -> 36.4
            ("cagr|implied", "exact"),  # 75 / 54.3 - 1 = 38.12% -> 38
        ],
    ),
    # 32. Traditional Chinese (Taiwan) association in 新台幣億元: 2024 vs 前一年 with YoY, 2028 forecast with stated
    #     2024至2028 rate; TFDA licence count, hospital count and 百分點 are distractors
    dict(
        text=(
            "【2025年2月】台灣醫療人工智慧產業協會估算，2024年國內醫療AI軟硬體市場規模達新台幣186億元，較前一年的"
            "152億元成長22.4%。協會預估，2028年市場規模將上看新台幣420億元，2024至2028年複合成長率為22.6%。目前"
            "衛福部食藥署已核准逾80項AI醫療器材許可證，全台超過70家醫院導入AI影像判讀，醫療AI占整體醫材產值比重"
            "則提升1.5個百分點。"
        ),
        obs=[
            ("Total", 2023, 152.0, "TWD 100 million", "actual"),
            ("Total", 2024, 186.0, "TWD 100 million", "actual"),
            ("Total", 2028, 420.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 152 - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (420 / 186) ** (1/4) - 1 = 22.584% -> 22.6
        ],
    ),
    # 33. Traditional Chinese (Hong Kong) consultancy in 億港元: lone 按年 rate (no verdict), stated 2024至2027 CAGR
    #     exact only within rounding; public-hospital counts and a licensing deal's HK$ upfront (Q1) are distractors
    dict(
        text=(
            "香港，2025年6月——本地顧問公司港灣策略研究估計，2024年香港醫療人工智能市場規模約為12.8億港元，按年增長"
            "19%；預計2027年增至25億港元，2024至2027年的年均複合增長率約為24.5%。醫院管理局轄下43間公立醫院中，已有"
            "18間試用AI胸部X光分流工具；一家本地初創今年第一季與跨國藥廠簽署授權協議，首期付款達5,000萬港元。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2027, 25.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("cagr", 24.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (25 / 12.8) ** (1/3) - 1 = 25.00% -> 25.0, not 24.5;
            # bounds (24.5/12.85) ** (1/3) - 1 = 24.00% .. (25.5/12.75) ** (1/3) - 1 = 25.99%; 24.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Traditional Chinese report on Japan in 億日圓 (JPY 100 million): fiscal 2024 base, 2030 forecast, "3.4倍"
    #     multiple, rate with no printed span -> inferred; approvals count and a Q4 figure are distractors
    dict(
        text=(
            "東京消息（2025年8月）——日本調查機構櫻川總研發布報告指出，2024年度日本AI影像診斷支援市場規模為312億"
            "日圓，預估2030年度將達1,050億日圓，為2024年度的3.4倍，年均成長約22.4%。報告亦提到，厚生勞動省迄今核准"
            "的AI程式醫療器材約有50項，2024年度第四季單季市場規模則為94億日圓。"
        ),
        obs=[
            ("Total", 2024, 312.0, "JPY 100 million", "actual"),
            ("Total", 2030, 1050.0, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2024, 2030, 6.0),
            ("cagr", 22.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 312) ** (1/6) - 1 = 22.416% -> 22.4
        ],
    ),
    # 35. English pipe table, segments x years (2025E/2026E estimates) with a Total row; every column adds up;
    #     prose gives a stated 2024-2026 CAGR from the totals and a percentage-point distractor
    dict(
        text=(
            "Global AI medical imaging software market by clinical segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Radiology | 812 | 1,034 | 1,310 | 1,655 |\n"
            "| Cardiology | 196 | 251 | 322 | 410 |\n"
            "| Pathology | 88 | 127 | 181 | 254 |\n"
            "| Other | 74 | 93 | 117 | 146 |\n"
            "| Total | 1,170 | 1,505 | 1,930 | 2,465 |\n"
            "\n"
            "Source: Halloway Health Insights, March 2025. Radiology's share slipped 1.3 percentage points in 2024 as "
            "pathology gained; the totals imply a 2024-2026 CAGR of 28%."
        ),
        obs=[
            ("Radiology", 2023, 812.0, "USD million", "actual"),
            ("Radiology", 2024, 1034.0, "USD million", "actual"),
            ("Radiology", 2025, 1310.0, "USD million", "estimate"),
            ("Radiology", 2026, 1655.0, "USD million", "estimate"),
            ("Cardiology", 2023, 196.0, "USD million", "actual"),
            ("Cardiology", 2024, 251.0, "USD million", "actual"),
            ("Cardiology", 2025, 322.0, "USD million", "estimate"),
            ("Cardiology", 2026, 410.0, "USD million", "estimate"),
            ("Pathology", 2023, 88.0, "USD million", "actual"),
            ("Pathology", 2024, 127.0, "USD million", "actual"),
            ("Pathology", 2025, 181.0, "USD million", "estimate"),
            ("Pathology", 2026, 254.0, "USD million", "estimate"),
            ("Other", 2023, 74.0, "USD million", "actual"),
            ("Other", 2024, 93.0, "USD million", "actual"),
            ("Other", 2025, 117.0, "USD million", "estimate"),
            ("Other", 2026, 146.0, "USD million", "estimate"),
            ("Total", 2023, 1170.0, "USD million", "actual"),
            ("Total", 2024, 1505.0, "USD million", "actual"),
            ("Total", 2025, 1930.0, "USD million", "estimate"),
            ("Total", 2026, 2465.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 28.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 812 + 196 + 88 + 74 = 1170
            ("hierarchy", "exact"),  # 2024: 1034 + 251 + 127 + 93 = 1505
            ("hierarchy", "exact"),  # 2025E: 1310 + 322 + 181 + 117 = 1930
            ("hierarchy", "exact"),  # 2026E: 1655 + 410 + 254 + 146 = 2465
            ("cagr|implied", "exact"),  # (2465 / 1505) ** (1/2) - 1 = 27.979% -> 28
        ],
    ),
    # 36. Simplified Chinese: an approvals table (张, no observation) beside a market-value table (亿元) with a
    #     合计 row; 2022 and 2023 add up, 2024 total 49.3 vs rows 49.2 (rounding)
    dict(
        text=(
            "表1 国内医疗AI产品NMPA三类证获批数量（张）\n"
            "| 类别 | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| 影像辅助诊断 | 21 | 28 | 35 |\n"
            "| 病理辅助诊断 | 3 | 5 | 9 |\n"
            "| 临床决策支持 | 6 | 8 | 12 |\n"
            "| 合计 | 30 | 41 | 56 |\n"
            "\n"
            "表2 国内医疗AI软件市场规模（亿元）\n"
            "| 类别 | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| 影像辅助诊断 | 15.2 | 20.6 | 27.9 |\n"
            "| 病理辅助诊断 | 2.1 | 3.4 | 5.0 |\n"
            "| 临床决策支持 | 9.8 | 12.5 | 16.3 |\n"
            "| 合计 | 27.1 | 36.5 | 49.3 |\n"
            "资料来源：华信医疗器械研究中心，2025年4月。"
        ),
        obs=[
            ("影像辅助诊断", 2022, 15.2, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2023, 20.6, "CNY 100 million", "actual"),
            ("影像辅助诊断", 2024, 27.9, "CNY 100 million", "actual"),
            ("病理辅助诊断", 2022, 2.1, "CNY 100 million", "actual"),
            ("病理辅助诊断", 2023, 3.4, "CNY 100 million", "actual"),
            ("病理辅助诊断", 2024, 5.0, "CNY 100 million", "actual"),
            ("临床决策支持", 2022, 9.8, "CNY 100 million", "actual"),
            ("临床决策支持", 2023, 12.5, "CNY 100 million", "actual"),
            ("临床决策支持", 2024, 16.3, "CNY 100 million", "actual"),
            ("合计", 2022, 27.1, "CNY 100 million", "actual"),
            ("合计", 2023, 36.5, "CNY 100 million", "actual"),
            ("合计", 2024, 49.3, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 15.2 + 2.1 + 9.8 = 27.1
            ("hierarchy", "exact"),  # 2023: 20.6 + 3.4 + 12.5 = 36.5
            # 2024: 27.9 + 5.0 + 16.3 = 49.2 vs 49.3; rows' bounds 49.05 .. 49.35 meet total's 49.25 .. 49.35
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Simplified Chinese vertical tab-separated table (rows are years) headed "AI制药", with a 同比 column:
    #     three rates exact, 2023's 38.4% only within rounding; one deal's upfront in 亿美元 is a distractor
    dict(
        text=(
            "中国AI制药（AI药物研发平台及服务）市场规模　单位：亿元\n"
            "年份\tAI制药\t同比\n"
            "2021\t6.8\t—\n"
            "2022\t9.5\t39.7%\n"
            "2023\t13.1\t38.4%\n"
            "2024\t17.7\t35.1%\n"
            "2025E\t23.4\t32.2%\n"
            "注：2025E为预测值。数据来源：申衡证券研究所。另据统计，2024年国内AI制药领域单笔最大授权交易的首付款"
            "为1.1亿美元。"
        ),
        obs=[
            ("AI制药", 2021, 6.8, "CNY 100 million", "actual"),
            ("AI制药", 2022, 9.5, "CNY 100 million", "actual"),
            ("AI制药", 2023, 13.1, "CNY 100 million", "actual"),
            ("AI制药", 2024, 17.7, "CNY 100 million", "actual"),
            ("AI制药", 2025, 23.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.7, "percent", 2021, 2022, 1.0),
            ("growth", 38.4, "percent", 2022, 2023, 1.0),
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
            ("growth", 32.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.5 / 6.8 - 1 = 39.71% -> 39.7
            # 33.1 / 9.5 - 1 = 37.89% -> 37.9, not 38.4; bounds 13.05/9.55 - 1 = 36.65% .. 13.15/9.45 - 1 = 39.15%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 17.7 / 13.1 - 1 = 35.11% -> 35.1
            ("cagr|implied", "exact"),  # 23.4 / 17.7 - 1 = 32.20% -> 32.2
        ],
    ),
    # 38. English tab-separated table, applications x (2024, 2029F) with Total row and a "CAGR 2024-29" column
    #     (stated); one row's CAGR its amounts contradict; edition number, survey answer, "next year" are distractors
    dict(
        text=(
            "Hospital AI software market, Western Europe, by application (EUR million)\n"
            "Application\t2024\t2029F\tCAGR 2024-29\n"
            "Imaging\t410\t1,020\t20.0%\n"
            "Clinical decision support\t265\t690\t21.1%\n"
            "Workflow & documentation\t180\t610\t24.6%\n"
            "Total\t855\t2,320\t22.1%\n"
            "Brennholt Advisory, Hospital AI Monitor, edition 7 (May 2025). In a survey of 310 hospital CIOs, 64% "
            "said they would raise AI budgets next year."
        ),
        obs=[
            ("Imaging", 2024, 410.0, "EUR million", "actual"),
            ("Imaging", 2029, 1020.0, "EUR million", "estimate"),
            ("Clinical decision support", 2024, 265.0, "EUR million", "actual"),
            ("Clinical decision support", 2029, 690.0, "EUR million", "estimate"),
            ("Workflow & documentation", 2024, 180.0, "EUR million", "actual"),
            ("Workflow & documentation", 2029, 610.0, "EUR million", "estimate"),
            ("Total", 2024, 855.0, "EUR million", "actual"),
            ("Total", 2029, 2320.0, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 410) ** (1/5) - 1 = 19.995% -> 20.0
            ("cagr|implied", "exact"),  # (690 / 265) ** (1/5) - 1 = 21.093% -> 21.1
            # (610 / 180) ** (1/5) - 1 = 27.647%; bounds (609.5/180.5) ** 0.2 - 1 = 27.556% ..
            # (610.5/179.5) ** 0.2 - 1 = 27.739%; 24.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2320 / 855) ** (1/5) - 1 = 22.097% -> 22.1
            ("hierarchy", "exact"),  # 2024: 410 + 265 + 180 = 855
            ("hierarchy", "exact"),  # 2029F: 1020 + 690 + 610 = 2320
        ],
    ),
    # 39. Traditional Chinese space-aligned table in 新台幣億元 with 2025E and a 合計 row; 2025E total 148.4 vs rows
    #     148.3 (rounding); prose gives 合計's 2024 YoY; a licence-holder count is a distractor
    dict(
        text=(
            "臺灣AI醫療器材市場規模（單位：新台幣億元）\n"
            "項目              2023      2024     2025E\n"
            "影像判讀AI        58.4      71.2      86.9\n"
            "智慧病理           9.6      12.8      17.1\n"
            "臨床決策輔助      31.5      37.0      44.3\n"
            "合計              99.5     121.0     148.4\n"
            "資料來源：台灣醫療器材公會（2025年6月）。2024年合計年增21.6%；另有14家廠商取得AI醫材上市許可。"
        ),
        obs=[
            ("影像判讀AI", 2023, 58.4, "TWD 100 million", "actual"),
            ("影像判讀AI", 2024, 71.2, "TWD 100 million", "actual"),
            ("影像判讀AI", 2025, 86.9, "TWD 100 million", "estimate"),
            ("智慧病理", 2023, 9.6, "TWD 100 million", "actual"),
            ("智慧病理", 2024, 12.8, "TWD 100 million", "actual"),
            ("智慧病理", 2025, 17.1, "TWD 100 million", "estimate"),
            ("臨床決策輔助", 2023, 31.5, "TWD 100 million", "actual"),
            ("臨床決策輔助", 2024, 37.0, "TWD 100 million", "actual"),
            ("臨床決策輔助", 2025, 44.3, "TWD 100 million", "estimate"),
            ("合計", 2023, 99.5, "TWD 100 million", "actual"),
            ("合計", 2024, 121.0, "TWD 100 million", "actual"),
            ("合計", 2025, 148.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 9.6 + 31.5 = 99.5
            ("hierarchy", "exact"),  # 2024: 71.2 + 12.8 + 37.0 = 121.0
            # 2025E: 86.9 + 17.1 + 44.3 = 148.3 vs 148.4; rows' bounds 148.15 .. 148.45 meet total's 148.35 .. 148.45
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # 121.0 / 99.5 - 1 = 21.61% -> 21.6
        ],
    ),
    # 40. English vertical pipe table (rows are years) with a lone value column headed by its unit only -> Total;
    #     YoY column exact; a stated 2024-2028 CAGR exact only within rounding; a quarter and user count distractors
    dict(
        text=(
            "Health chatbots and virtual health assistants, worldwide market\n"
            "| Year | USD billion | YoY |\n"
            "|---|---|---|\n"
            "| 2022 | 1.21 | – |\n"
            "| 2023 | 1.58 | 30.6% |\n"
            "| 2024 | 2.07 | 31.0% |\n"
            "| 2025F | 2.71 | 30.9% |\n"
            "| 2028F | 5.6 | – |\n"
            "Pellworth Digital Health Tracker, Q1 2025 update. 2024-2028 CAGR: 28.3%. The fourth quarter of 2024 "
            "alone brought in $0.61 billion, and the leading app reports 41 million monthly users."
        ),
        obs=[
            ("Total", 2022, 1.21, "USD billion", "actual"),
            ("Total", 2023, 1.58, "USD billion", "actual"),
            ("Total", 2024, 2.07, "USD billion", "actual"),
            ("Total", 2025, 2.71, "USD billion", "estimate"),
            ("Total", 2028, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2022, 2023, 1.0),
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.9, "percent", 2024, 2025, 1.0),
            ("cagr", 28.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.58 / 1.21 - 1 = 30.58% -> 30.6
            ("cagr|implied", "exact"),  # 2.07 / 1.58 - 1 = 31.01% -> 31.0
            ("cagr|implied", "exact"),  # 2.71 / 2.07 - 1 = 30.92% -> 30.9
            # (5.6 / 2.07) ** (1/4) - 1 = 28.249% -> 28.2, not 28.3;
            # bounds (5.55/2.075) ** 0.25 - 1 = 27.885% .. (5.65/2.065) ** 0.25 - 1 = 28.612%; 28.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from',
    'a compound annual growth rate of 23.9% over 2024-2030',
    'total addressable market for AI clinical decision support',
    '¥86.4 billion in fiscal 2024',
    'an average gain of 10.8% a year',
    'or 62% of the total',
    '$420-500 million in 2027',
    'pass €1 billion',
    'some five times what they spent in 2020',
    '同比增长31.4%',
    '增长4倍',
    '新台幣128億元',
    '4.86億港元',
    '突破1万亿元',
    '| 2025E | 48.0 | 26.0% |',
    '2025F\t742\t137',
    'FY2027 (forecast)',
    '2025(預估)',
    '2024年占比',
    'on AI software for radiology last year, 27% more than',
    '$8.5 billion next year and $21 billion by 2030',
    'between $7 billion and $9 billion in 2030',
    'took £61 million of that, or 43%',
    '¥48.6 billion in fiscal 2024',
    '到2030年该市场将突破200亿元',
    '四年间增长超过3倍',
    '将达到1.05万亿元',
    '年均增速需保持在32%左右',
    '增至约27亿元，同比增长约32%',
    '占46.5%',
    '今年市场规模有望达到75亿元',
    '新台幣186億元，較前一年的152億元成長22.4%',
    '12.8億港元，按年增長19%',
    '為2024年度的3.4倍',
    '| Total | 1,170 | 1,505 | 1,930 | 2,465 |',
    '表2 国内医疗AI软件市场规模（亿元）',
    '年份\tAI制药\t同比',
    'CAGR 2024-29',
    '| Year | USD billion | YoY |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 223
#: figures, 54 rates, 83 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-twenty-fourth and hundred-and-twenty-sixth sets: 223, 55, 84 and 2
FLOORS = {"figures_found": 224, "rates_found": 55, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset127.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
