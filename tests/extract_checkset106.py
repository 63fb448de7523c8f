"""A hundred-and-sixth check set for the extractor, written blind: AI in one industry, sized by governments,
associations and procurement trackers, in English and Chinese (Simplified and Traditional) -- healthcare (医疗人工智能),
education, finance, manufacturing, government and public services, agriculture; ministry white papers, association
yearbooks, city plans with targets and a year's total awarded tender value; counts of tenders, projects, hospitals or
schools, one contract's value, a subsidy or fund, penetration rates, survey answers and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated London news item: a procurement tracker's yearly award total, "up 18% on the £349 million";
    #    tender count, one £38 million contract and a first-quarter figure expected nowhere
    dict(
        text=(
            "LONDON, 12 May 2025 — Hospitals in England bought more artificial-intelligence diagnostic software "
            "last year than ever before. NHS trusts and integrated care boards awarded £412 million of contracts "
            "for AI imaging, triage and pathology tools in 2024, up 18% on the £349 million awarded in 2023, "
            "according to Halden Tenders, which tracks public procurement. The tracker logged 1,140 separate "
            "tenders, the largest a single £38 million deal for breast-screening software across the Midlands. "
            "Halden's analysts caution that awards in the first quarter of 2025, at £96 million, were held back "
            "by the spring budget round."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 349, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 349 - 1 = 18.05% -> 18
        ],
    ),
    # 2. a think-tank brief on US banks' AI spending: "a compound annual growth rate of 19% over 2024-2030"
    #    (stated span), a sub-field's share with no amount; survey answer and percentage points nowhere
    dict(
        text=(
            "Washington-based think tank the Corliss Institute puts spending by American banks on artificial "
            "intelligence at $14.6 billion in 2024. In a brief published on Tuesday, it projects the figure rising "
            "to $41.3 billion in 2030, a compound annual growth rate of 19% over 2024-2030. Fraud and "
            "financial-crime detection is the largest use, taking 31% of the market. Yet only 38% of the 420 bank "
            "executives Corliss surveyed said their AI projects had paid for themselves, and the share of banks "
            "running generative-AI pilots rose by 11 percentage points in a year."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2030, 41.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41.3 / 14.6) ** (1/6) - 1 = 18.92% -> 19
        ],
    ),
    # 3. an earnings call: the CEO sizes the total addressable market ($3.2bn 2024 -> $9.5bn by 2029,
    #    "roughly 24% a year", span only from the amounts' years -> inferred); company revenue, headcount,
    #    price target and upside nowhere
    dict(
        text=(
            "Veridane Health's chief executive, Maren Okafor, used the company's fourth-quarter earnings call to "
            "size the opportunity in AI-assisted pathology. She put the total addressable market at $3.2 billion "
            "in 2024 and said it should reach $9.5 billion by 2029, growth of roughly 24% a year. Veridane itself "
            "booked revenue of $212 million for fiscal 2024 and now employs 1,350 people. Analysts at Brantley "
            "Securities kept their $58 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 9.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.5 / 3.2) ** (1/5) - 1 = 24.31% -> 24
        ],
    ),
    # 4. a Brussels think-tank brief on AI in EU farming: €1.2bn (2021) -> €1.9bn (2024) "a compound annual
    #    rate of 21%" -- contradicted by its own amounts; adoption rate and a €400 million fund nowhere
    dict(
        text=(
            "BRUSSELS, 9 October 2025 — Europe's farms are turning to algorithms. A brief from the Agrivalt "
            "Institute, a Dutch think tank, estimates that farmers, co-operatives and agri-food processors in the "
            "EU spent €1.9 billion on AI tools — from crop-disease vision systems to autonomous sprayers — in "
            "2024, against €1.2 billion in 2021, a compound annual rate of 21%. Only 14% of farms with more than "
            "50 hectares use any such tool, the brief notes, and the European Commission's €400 million "
            "precision-farming fund has so far paid out less than half its budget."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2021, 1.2, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (1.9 / 1.2) ** (1/3) - 1 = 16.55%; bounds (1.85/1.25)**(1/3)-1 = 13.96% .. (1.95/1.15)**(1/3)-1
            # = 19.25%; 21 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 5. a Japanese association yearbook: ¥312bn in fiscal 2024, "12.4% more than the ¥278 billion" --
    #    exact only within rounding; a fiscal-2027 forecast; member count, percentage points, adoption rate nowhere
    dict(
        text=(
            "TOKYO — Japan's market for artificial intelligence on the factory floor grew to ¥312 billion in "
            "fiscal 2024, according to the yearbook of the Japan Smart Factory Association, released this week. "
            "That was 12.4% more than the ¥278 billion recorded a year earlier, with visual inspection and "
            "predictive maintenance accounting for most of the gain. The association, whose 640 member companies "
            "supplied the data, forecasts the market at ¥455 billion in fiscal 2027. It also noted that the share "
            "of mid-sized manufacturers using AI in production rose 6 percentage points, to 29%."
        ),
        obs=[
            ("Total", 2024, 312, "JPY billion", "actual"),
            ("Total", 2023, 278, "JPY billion", "actual"),
            ("Total", 2027, 455, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 312 / 278 - 1 = 12.23% -> 12.2, not 12.4; bounds 311.5/278.5 - 1 = 11.85% .. 312.5/277.5 - 1
            # = 12.61%; 12.4 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. a Hong Kong think-tank procurement tally: HK$486 million "last year" (dateline 2025), HK$1.2 billion by
    #    2027 kept in HKD million (1200); a HK$3 billion budget item and one HK$72 million contract nowhere
    dict(
        text=(
            "HONG KONG, 18 February 2025 — Government departments and public bodies in Hong Kong awarded "
            "HK$486 million of contracts for artificial-intelligence systems last year, according to a "
            "procurement tally by the Harbourline Policy Forum, a think tank. The forum expects that total to "
            "reach HK$1.2 billion by 2027, a compound annual growth rate of about 35% between 2024 and 2027, as "
            "chatbots for public enquiries and traffic-management tools move from pilots to full rollouts. The "
            "tally excludes the HK$3 billion earmarked in the budget for an AI supercomputing centre; the year's "
            "single largest award was a HK$72 million contract for a border-control platform."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2027, 1200, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 486) ** (1/3) - 1 = 35.16% -> 35
        ],
    ),
    # 7. a trade association's census of AI tutoring in US schools: "up 27% from $1.93 billion", a 2027 range
    #    ($4.0bn to $4.6bn) as two value claims; contract count, fourth-quarter spending, survey nowhere
    dict(
        text=(
            "Spending on AI tutoring in American schools climbed to $2.45 billion in 2024, according to the annual "
            "market census of the Edvance Alliance, a trade association for education-technology vendors. That was "
            "up 27% from $1.93 billion in 2023. The alliance does not publish a single forecast for 2027, instead "
            "giving a range of $4.0 billion to $4.6 billion depending on how many states renew pandemic-era "
            "tutoring grants. Districts reported 11,800 active AI-tutoring contracts, and fourth-quarter spending "
            "alone was $780 million. Three in five teachers surveyed said the tools saved them at least an hour a week."
        ),
        obs=[
            ("Total", 2024, 2.45, "USD billion", "actual"),
            ("Total", 2023, 1.93, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 4.0, "USD billion", 2027, 2027, None),
            ("value", 4.6, "USD billion", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.45 / 1.93 - 1 = 26.94% -> 27
        ],
    ),
    # 8. a Berlin item: Medwerk's €640m (2024) -> €1.5bn (2028, kept as 1500 EUR million), "CAGR of 24% over
    #    2024-2028", a part (Radiology €265m); a rival publisher's €710m for the same year and a fund nowhere
    dict(
        text=(
            "BERLIN, 3 June 2025 — German hospitals spent €640 million on artificial-intelligence software and "
            "services in 2024, according to Medwerk Analytics, which expects the market to reach €1.5 billion in "
            "2028 — a compound annual growth rate of 24% over 2024-2028. Radiology accounts for the largest slice, "
            "at €265 million. A rival estimate from Korvath Research puts last year's market at €710 million, "
            "because it counts AI features bundled into imaging hardware. Separately, the federal hospital-future "
            "fund has set aside €4.3 billion for digitisation, of which clinics have so far drawn roughly a quarter."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2028, 1500, "EUR million", "estimate"),
            ("Radiology", 2024, 265, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1500 / 640) ** (1/4) - 1 = 23.73% -> 24
        ],
    ),
    # 9. a US procurement tracker: $3.1bn in fiscal 2024, "up 45% from $2.4 billion" -- inconsistent;
    #    "Computer vision accounted for $1.8 billion, or 58%" -- exact share; contract-action count, one
    #    $460m deal, a fourth-quarter mention and the tracker's own revenue nowhere
    dict(
        text=(
            "Federal agencies awarded $3.1 billion in artificial-intelligence contracts in fiscal 2024, up 45% "
            "from $2.4 billion a year earlier, according to GovLedger, a procurement tracker that tags every award "
            "mentioning machine learning or AI. Computer vision accounted for $1.8 billion, or 58% of the total. "
            "GovLedger counted 1,920 separate contract actions; the largest, a $460 million logistics-forecasting "
            "deal with the Army, was signed in the fourth quarter. The tracker's own subscription revenue, it "
            "disclosed, passed $40 million."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2023, 2.4, "USD billion", "actual"),
            ("Computer vision", 2024, 1.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.1 / 2.4 - 1 = 29.17%; bounds 3.05/2.45 - 1 = 24.49% .. 3.15/2.35 - 1 = 34.04%; 45 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.8 / 3.1 = 58.06% -> 58
        ],
    ),
    # 10. Simplified Chinese association white paper on medical AI: 97.6亿元, 同比增长21.5% from 80.3亿元,
    #     医学影像AI 41亿元 占比约42%, 突破260亿元 by 2028 with a 2024—2028 CAGR; title year, hospital count, 千亿级 nowhere
    dict(
        text=(
            "中国医学人工智能产业联盟发布的《2025医疗人工智能发展白皮书》显示，2024年我国医疗人工智能市场规模达到"
            "97.6亿元，同比增长21.5%，2023年为80.3亿元。其中，医学影像AI市场规模41亿元，占比约42%。白皮书预计，"
            "到2028年市场规模将突破260亿元，2024—2028年复合增长率约27.8%。目前全国已有超过1,500家三级医院部署"
            "AI辅助诊断系统，业内普遍认为这是一个千亿级的市场。"
        ),
        obs=[
            ("Total", 2024, 97.6, "CNY 100 million", "actual"),
            ("Total", 2023, 80.3, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 41, "CNY 100 million", "actual"),
            ("Total", 2028, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
            ("cagr", 27.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 97.6 / 80.3 - 1 = 21.54% -> 21.5
            ("arithmetic", "exact"),  # 41 / 97.6 = 42.01% -> 42
            ("cagr|period", "exact"),  # (260 / 97.6) ** (1/4) - 1 = 27.756% -> 27.8
        ],
    ),
    # 11. Simplified Chinese provincial three-year plan: 8650亿元 in 2024, 到2027年力争突破1.2万亿元 (series opens
    #     in 亿元 -> 12000), 年均增长11.5%以上; plan title years, 200家智能工厂, a 100亿元 fund, a 90% 普及率 nowhere
    dict(
        text=(
            "江澜省工业和信息化厅近日印发《江澜省智能制造高质量发展三年行动方案（2025—2027年）》。方案显示，2024年"
            "全省智能制造产业规模达8650亿元，同比增长13.2%；到2027年，力争突破1.2万亿元，2024—2027年年均增长"
            "11.5%以上。方案还提出培育200家智能工厂，设立100亿元省级产业引导基金，并推动规上工业企业数字化研发"
            "设计工具普及率达到90%。"
        ),
        obs=[
            ("Total", 2024, 8650, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
            ("cagr", 11.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12000 / 8650) ** (1/3) - 1 = 11.53% -> 11.5
        ],
    ),
    # 12. Traditional Chinese (Taiwan) ministry survey: 新台幣386億元 vs 312億元, "成長23.9%" -- exact only within
    #     rounding; 2025 上看480億元 estimate; factory count, adoption rate, percentage points nowhere
    dict(
        text=(
            "【台北訊】經濟部產業發展署今年4月公布的調查指出，2024年台灣製造業人工智慧應用市場規模達新台幣386億元，"
            "較2023年的312億元成長23.9%，其中以AI瑕疵檢測與預測性維護需求最強。署方預估，2025年市場規模上看480億元。"
            "不過，受訪的2,300家工廠中，已導入AI的比例僅18%，較前年提高4個百分點。"
        ),
        obs=[
            ("Total", 2024, 386, "TWD 100 million", "actual"),
            ("Total", 2023, 312, "TWD 100 million", "actual"),
            ("Total", 2025, 480, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 386 / 312 - 1 = 23.72% -> 23.7, not 23.9; bounds 385.5/312.5 - 1 = 23.36% .. 386.5/311.5 - 1
            # = 24.08%; 23.9 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) research brief: 約23.6億港元 vs 18.0億港元, 增長31%, a sub-field's 37%
    #     share; contract count, one 4.2億港元 contract and a 30億港元 budget scheme nowhere
    dict(
        text=(
            "港灣科技政策研究所最新發表的研究簡報顯示，2024年本港政府部門及公營機構的人工智能相關採購總值約23.6億港元，"
            "較2023年的18.0億港元增長31%。當中以智慧交通及城市管理系統佔比最高，達37%。研究所統計，全年共批出286份"
            "相關合約，金額最大的單一合約為4.2億港元；政府另於財政預算中預留30億港元推行人工智能資助計劃。"
        ),
        obs=[
            ("Total", 2024, 23.6, "HKD 100 million", "actual"),
            ("Total", 2023, 18.0, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.6 / 18.0 - 1 = 31.11% -> 31
        ],
    ),
    # 14. Simplified Chinese association figures on agricultural AI with a dateline: 152亿元 vs 118亿元 (增长28.8%),
    #     "较2021年的48亿元增长2倍" (x3 between two printed amounts), 今年有望突破200亿元 (2025 estimate);
    #     survey answer and percentage points nowhere
    dict(
        text=(
            "本报讯（2025年2月18日）据中国智慧农业产业协会统计，2024年我国农业人工智能市场规模为152亿元，比2023年的"
            "118亿元增长28.8%，较2021年的48亿元增长2倍。协会预计，今年市场规模有望突破200亿元。调查显示，67%的受访"
            "合作社表示愿意在未来两年引入AI病虫害识别服务，大型农场的AI渗透率同比提升3.2个百分点。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2023, 118, "CNY 100 million", "actual"),
            ("Total", 2021, 48, "CNY 100 million", "actual"),
            ("Total", 2025, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts -> x3
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152 / 118 - 1 = 28.81% -> 28.8
        ],
    ),
    # 15. English pipe table: US healthcare AI by application, 2024 and 2027E (US$ million) with a Total row,
    #     prose CAGR "from 2024 to 2027E"; table number and hospital count nowhere
    dict(
        text=(
            "Table 2: AI in US healthcare by application, 2024 and 2027E (US$ million). Source: Northgate Health "
            "Policy Center estimates from federal and state procurement data.\n"
            "| Application | 2024 | 2027E |\n"
            "|---|---|---|\n"
            "| Medical imaging | 1,240 | 2,910 |\n"
            "| Clinical decision support | 860 | 2,050 |\n"
            "| Drug discovery | 610 | 1,730 |\n"
            "| Hospital operations | 390 | 1,020 |\n"
            "| Total | 3,100 | 7,710 |\n"
            "On these estimates the total grows at 35.5% a year from 2024 to 2027E; the centre's sample covers "
            "6,100 hospitals."
        ),
        obs=[
            ("Medical imaging", 2024, 1240, "USD million", "actual"),
            ("Clinical decision support", 2024, 860, "USD million", "actual"),
            ("Drug discovery", 2024, 610, "USD million", "actual"),
            ("Hospital operations", 2024, 390, "USD million", "actual"),
            ("Total", 2024, 3100, "USD million", "actual"),
            ("Medical imaging", 2027, 2910, "USD million", "estimate"),
            ("Clinical decision support", 2027, 2050, "USD million", "estimate"),
            ("Drug discovery", 2027, 1730, "USD million", "estimate"),
            ("Hospital operations", 2027, 1020, "USD million", "estimate"),
            ("Total", 2027, 7710, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 35.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1240 + 860 + 610 + 390 = 3100
            ("hierarchy", "exact"),  # 2027E: 2910 + 2050 + 1730 + 1020 = 7710
            ("cagr|period", "exact"),  # (7710 / 3100) ** (1/3) - 1 = 35.49% -> 35.5
        ],
    ),
    # 16. Simplified Chinese space-aligned vertical table: a city's AI core industry by year, lone column headed
    #     "亿元" (-> Total), 2025-2027 plan targets (estimate); prose 同比 and 年均 rates; table number, note,
    #     firm count nowhere
    dict(
        text=(
            "表3  滨湾市人工智能核心产业规模及规划目标\n"
            "年份        亿元\n"
            "2022         385\n"
            "2023         468\n"
            "2024         572\n"
            "2025         700\n"
            "2026         850\n"
            "2027        1030\n"
            "注：2025—2027年为规划目标值。\n"
            "2024年全市人工智能核心产业规模同比增长22.2%；按规划，2024—2027年年均增长约21.7%，集聚企业超过800家。"
        ),
        obs=[
            ("Total", 2022, 385, "CNY 100 million", "actual"),
            ("Total", 2023, 468, "CNY 100 million", "actual"),
            ("Total", 2024, 572, "CNY 100 million", "actual"),
            ("Total", 2025, 700, "CNY 100 million", "estimate"),
            ("Total", 2026, 850, "CNY 100 million", "estimate"),
            ("Total", 2027, 1030, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("cagr", 21.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 572 / 468 - 1 = 22.22% -> 22.2
            ("cagr|period", "exact"),  # (1030 / 572) ** (1/3) - 1 = 21.66% -> 21.7
        ],
    ),
    # 17. Simplified Chinese pipe table from a procurement platform: tender counts beside awarded values by field
    #     with a 合计 row (values add to 28.5 against a printed 28.6 -> rounding); counts, one 1.9亿元 award,
    #     千亿级 nowhere
    dict(
        text=(
            "据招采数据平台“标讯通”统计，2024年全国政务大模型相关项目中标情况如下：\n"
            "| 应用领域 | 中标项目数（个） | 中标金额（亿元） |\n"
            "|---|---|---|\n"
            "| 政务服务 | 214 | 12.4 |\n"
            "| 城市治理 | 156 | 8.7 |\n"
            "| 公共安全 | 88 | 5.3 |\n"
            "| 其他 | 61 | 2.1 |\n"
            "| 合计 | 519 | 28.6 |\n"
            "其中单笔金额最高的项目为某省级政务云大模型平台，中标价1.9亿元。业内人士称，政务大模型是“千亿级”蓝海。"
        ),
        obs=[
            ("政务服务", 2024, 12.4, "CNY 100 million", "actual"),
            ("城市治理", 2024, 8.7, "CNY 100 million", "actual"),
            ("公共安全", 2024, 5.3, "CNY 100 million", "actual"),
            ("其他", 2024, 2.1, "CNY 100 million", "actual"),
            ("合计", 2024, 28.6, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 12.4 + 8.7 + 5.3 + 2.1 = 28.5, not 28.6; with each part +/-0.05 the sum spans 28.3 .. 28.7, so
            # 28.6 is reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. English tab-separated table: UK education AI by segment, 2022-2025F (£ million) with a Total row;
    #     prose growth 36.8% and AI tutoring's 52% share; figure number, yearbook year, survey nowhere
    dict(
        text=(
            "Figure 4 data: AI in UK schools and colleges, spending by segment (£ million). Source: Brightwater "
            "Education Trust, annual yearbook 2025.\n"
            "Segment\t2022\t2023\t2024\t2025F\n"
            "AI tutoring\t48\t71\t102\t140\n"
            "Automated assessment\t35\t44\t58\t76\n"
            "Learning analytics\t22\t29\t37\t47\n"
            "Total\t105\t144\t197\t263\n"
            "Total spending rose 36.8% in 2024, and AI tutoring's share of the total reached 52%. The trust "
            "surveyed 2,400 teachers, 41% of whom use an AI tool at least weekly."
        ),
        obs=[
            ("AI tutoring", 2022, 48, "GBP million", "actual"),
            ("AI tutoring", 2023, 71, "GBP million", "actual"),
            ("AI tutoring", 2024, 102, "GBP million", "actual"),
            ("AI tutoring", 2025, 140, "GBP million", "estimate"),
            ("Automated assessment", 2022, 35, "GBP million", "actual"),
            ("Automated assessment", 2023, 44, "GBP million", "actual"),
            ("Automated assessment", 2024, 58, "GBP million", "actual"),
            ("Automated assessment", 2025, 76, "GBP million", "estimate"),
            ("Learning analytics", 2022, 22, "GBP million", "actual"),
            ("Learning analytics", 2023, 29, "GBP million", "actual"),
            ("Learning analytics", 2024, 37, "GBP million", "actual"),
            ("Learning analytics", 2025, 47, "GBP million", "estimate"),
            ("Total", 2022, 105, "GBP million", "actual"),
            ("Total", 2023, 144, "GBP million", "actual"),
            ("Total", 2024, 197, "GBP million", "actual"),
            ("Total", 2025, 263, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 36.8, "percent", 2023, 2024, 1.0),
            ("share", 52, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 48 + 35 + 22 = 105
            ("hierarchy", "exact"),  # 2023: 71 + 44 + 29 = 144
            ("hierarchy", "exact"),  # 2024: 102 + 58 + 37 = 197
            ("hierarchy", "exact"),  # 2025F: 140 + 76 + 47 = 263
            ("cagr|implied", "exact"),  # 197 / 144 - 1 = 36.81% -> 36.8
            ("arithmetic", "exact"),  # 102 / 197 = 51.78% -> 52
        ],
    ),
    # 19. Traditional Chinese pipe table: Taiwan financial-sector AI spending by sector (新台幣億元), 2023-2025(預估),
    #     合計 row; prose 年增23.5% and 銀行業占比約65%; table number and bank count nowhere
    dict(
        text=(
            "表一　台灣金融業人工智慧支出（單位：新台幣億元）　資料來源：台灣金融科技發展協會年鑑\n"
            "| 業別 | 2023年 | 2024年 | 2025年(預估) |\n"
            "|---|---|---|---|\n"
            "| 銀行業 | 58.2 | 71.5 | 88.0 |\n"
            "| 保險業 | 21.4 | 26.9 | 33.5 |\n"
            "| 證券業 | 9.6 | 11.8 | 14.7 |\n"
            "| 合計 | 89.2 | 110.2 | 136.2 |\n"
            "協會指出，2024年金融業AI支出合計年增23.5%，其中銀行業占比約65%；國內已有29家銀行導入生成式AI客服。"
        ),
        obs=[
            ("銀行業", 2023, 58.2, "TWD 100 million", "actual"),
            ("銀行業", 2024, 71.5, "TWD 100 million", "actual"),
            ("銀行業", 2025, 88.0, "TWD 100 million", "estimate"),
            ("保險業", 2023, 21.4, "TWD 100 million", "actual"),
            ("保險業", 2024, 26.9, "TWD 100 million", "actual"),
            ("保險業", 2025, 33.5, "TWD 100 million", "estimate"),
            ("證券業", 2023, 9.6, "TWD 100 million", "actual"),
            ("證券業", 2024, 11.8, "TWD 100 million", "actual"),
            ("證券業", 2025, 14.7, "TWD 100 million", "estimate"),
            ("合計", 2023, 89.2, "TWD 100 million", "actual"),
            ("合計", 2024, 110.2, "TWD 100 million", "actual"),
            ("合計", 2025, 136.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 65, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.2 + 21.4 + 9.6 = 89.2
            ("hierarchy", "exact"),  # 2024: 71.5 + 26.9 + 11.8 = 110.2
            ("hierarchy", "exact"),  # 2025: 88.0 + 33.5 + 14.7 = 136.2
            ("cagr|implied", "exact"),  # 110.2 / 89.2 - 1 = 23.54% -> 23.5
            ("arithmetic", "exact"),  # 71.5 / 110.2 = 64.88% -> 65
        ],
    ),
    # 20. English space-aligned table: AI in banking by region, 2024 and 2030F (US$ billion) with a CAGR column
    #     (span printed in its header -> stated); one row's CAGR exact only within rounding; note number nowhere
    dict(
        text=(
            "AI in banking: spending by region, US$ billion\n"
            "Region            2024    2030F    CAGR 2024-30\n"
            "North America     18.2     52.4       19.3%\n"
            "Europe             9.6     27.1       18.9%\n"
            "Asia-Pacific      11.3     41.8       24.4%\n"
            "Rest of world      2.9      8.7       20.4%\n"
            "Total             42.0    130.0       20.7%\n"
            "Source: Lumenfield Advisory. Note 2: excludes spending by central banks and supervisors."
        ),
        obs=[
            ("North America", 2024, 18.2, "USD billion", "actual"),
            ("Europe", 2024, 9.6, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 11.3, "USD billion", "actual"),
            ("Rest of world", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2024, 42.0, "USD billion", "actual"),
            ("North America", 2030, 52.4, "USD billion", "estimate"),
            ("Europe", 2030, 27.1, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 41.8, "USD billion", "estimate"),
            ("Rest of world", 2030, 8.7, "USD billion", "estimate"),
            ("Total", 2030, 130.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 18.2 + 9.6 + 11.3 + 2.9 = 42.0
            ("hierarchy", "exact"),  # 2030F: 52.4 + 27.1 + 41.8 + 8.7 = 130.0
            ("cagr|period", "exact"),  # North America: (52.4 / 18.2) ** (1/6) - 1 = 19.27% -> 19.3
            ("cagr|period", "exact"),  # Europe: (27.1 / 9.6) ** (1/6) - 1 = 18.88% -> 18.9
            ("cagr|period", "exact"),  # Asia-Pacific: (41.8 / 11.3) ** (1/6) - 1 = 24.36% -> 24.4
            # Rest of world: (8.7 / 2.9) ** (1/6) - 1 = 20.09% -> 20.1, not 20.4; bounds (8.65/2.95)**(1/6)-1
            # = 19.64% .. (8.75/2.85)**(1/6)-1 = 20.56%; 20.4 reachable
            ("cagr|period", "rounding"),
            ("cagr|period", "exact"),  # Total: (130.0 / 42.0) ** (1/6) - 1 = 20.72% -> 20.7
        ],
    ),
    # 21. UK procurement tracker (English prose): "£412 million ... last year", "18% more than the £349 million
    #    awarded in 2023", "pass £500 million this year" (estimate); distractors: count of tenders, one framework's
    #    value, "a quarter of planned tenders" (fraction in words, not a market share)
    dict(
        text=(
            "LONDON, 12 February 2025 — Public buyers in England awarded £412 million of contracts for clinical AI "
            "software last year, according to Tenderwatch Health, a procurement tracker run by the analysts at "
            "Kestrel Lane. That was 18% more than the £349 million awarded in 2023. The tracker counted 286 "
            "separate tenders, the largest a £38 million radiology-triage framework for trusts in the north-west. "
            "Kestrel Lane expects the annual total to pass £500 million this year, although roughly a quarter of "
            "planned tenders slipped into the new financial year."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 349, "GBP million", "actual"),
            ("Total", 2025, 500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 349 - 1 = 18.052% -> 18
        ],
    ),
    # 22. US council brief on AI tutoring (English prose): "$1.9 billion in 2024 ... a 48% rise on 2023's $1.3
    #    billion" (only within rounding), stated CAGR "24.7% from 2024" to $4.6 billion by 2028; distractors:
    #    districts surveyed, adoption rate 61%, "14 percentage points"
    dict(
        text=(
            "WASHINGTON, 3 June 2025 — Spending by US school districts on AI tutoring platforms reached $1.9 billion "
            "in 2024, a 48% rise on 2023's $1.3 billion, the Council of District Technology Officers said in its "
            "annual brief. The council's survey of 1,150 districts found that 61% now license at least one AI tutor, "
            "up 14 percentage points in a year. It projects the market at $4.6 billion by 2028, a compound annual "
            "growth rate of 24.7% from 2024."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2023, 1.3, "USD billion", "actual"),
            ("Total", 2028, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 48, "percent", 2023, 2024, 1.0),
            ("cagr", 24.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.9 / 1.3 - 1 = 46.15% -> 46, not 48; bounds 1.85/1.35 - 1 = 37.04%
                                           # .. 1.95/1.25 - 1 = 56.00%, which holds 48 -> rounding
            ("cagr|implied", "exact"),     # (4.6 / 1.9) ** (1/4) - 1 = 24.739% -> 24.7
        ],
    ),
    # 23. investor day (English prose): a vendor sizes the total addressable market ($38 billion last year, $95 billion
    #    by 2029, "roughly 20% a year", span only from the amounts -> inferred); distractors: the company's own
    #    revenue and its growth, engineers headcount, a price target and its upside
    dict(
        text=(
            "NEW YORK, 14 May 2025 — At its first investor day, Halvorsen Systems sized the total addressable "
            "market for AI in retail banking at $38 billion last year and said it would reach $95 billion by "
            "2029, growth of roughly 20% a year. Halvorsen's own banking-AI revenue was $2.1 billion in fiscal "
            "2024, up 31%, and the company now employs 3,400 engineers. Merrow Securities reiterated its $212 price "
            "target, about 18% above Tuesday's close, calling the segment a multibillion-dollar opportunity."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2029, 95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (95 / 38) ** (1/5) - 1 = 20.112% -> 20
        ],
    ),
    # 24. think-tank brief on AI in African agriculture (English prose): total $310 million, "Precision irrigation took
    #    $87 million of that, a 28.2% share" (only within rounding), a second part, a target "$1.2 billion by 2030"
    #    (converted to the series' USD million), "about 25% a year" (inferred); distractors: smallholder adoption
    #    below 4%, a $50 million donor fund
    dict(
        text=(
            "NAIROBI, 9 September 2025 — A brief from the Savanna Policy Institute puts the African market for AI in "
            "agriculture at $310 million in 2024. Precision irrigation took $87 million of that, a 28.2% share, "
            "ahead of crop-disease diagnostics at $64 million. The institute expects the market to reach $1.2 "
            "billion by 2030, growing about 25% a year, but notes that fewer than 4% of smallholders use any "
            "AI-based advisory service. A $50 million donor fund launched in July is meant to close that gap."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Precision irrigation", 2024, 87, "USD million", "actual"),
            ("Crop-disease diagnostics", 2024, 64, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("share", 28.2, "percent", 2024, 2024, None),
            ("cagr", 25, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 87 / 310 = 28.065% -> 28.1, not 28.2; bounds 86.5/310.5 = 27.86% ..
                                         # 107.5/309.5 = 28.27%, which reaches 28.2 -> rounding
            ("cagr|period", "exact"),    # (1200 / 310) ** (1/6) - 1 = 25.305% -> 25
        ],
    ),
    # 25. Japanese white paper on generative AI in local government (English prose, yen): fiscal 2024 ¥142 billion
    #    "up 35% from ¥98 billion" (contradicted by its own amounts), "more than double by fiscal 2027" (x2, no
    #    verdict); distractors: municipalities surveyed, 38% past pilots, percentage points, a ¥12 billion subsidy
    dict(
        text=(
            "TOKYO, 27 June 2025 — Japanese prefectures and municipalities spent ¥142 billion on generative-AI "
            "services for public administration in fiscal 2024, up 35% from ¥98 billion a year earlier, according "
            "to a white paper from the Local Government Digital Council. The council polled all 1,741 "
            "municipalities and found that 38% had moved beyond pilots, up 11 percentage points. It expects "
            "spending to more than double by fiscal 2027, helped by a ¥12 billion subsidy line in the central budget."
        ),
        obs=[
            ("Total", 2024, 142, "JPY billion", "actual"),
            ("Total", 2023, 98, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 142 / 98 - 1 = 44.90%; bounds 141.5/98.5 - 1 = 43.65% ..
                                               # 162.5/97.5 - 1 = 46.15%; 35 out of reach -> inconsistent
        ],
    ),
    # 26. association yearbook on medical AI (Simplified): 186.4亿元 vs 2023年的146.4亿元 "同比增长27.3%" (exact);
    #    医学影像AI 72.6亿元 "占整体的39.0%" (only within rounding); distractors: issue number, hospitals count,
    #    penetration 62%, 千亿级
    dict(
        text=(
            "2025年5月，华夏医学影像智能联盟发布《2025医疗人工智能产业年鉴》（第6期）。年鉴显示，2024年我国医疗人工"
            "智能市场规模达到186.4亿元，较2023年的146.4亿元同比增长27.3%。其中，医学影像AI市场规模为72.6亿元，"
            "占整体的39.0%；全年共有1,126家医院完成相关采购。年鉴同时指出，三级医院AI辅助诊断渗透率已达62%，行业"
            "正迈向千亿级市场。"
        ),
        obs=[
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2023, 146.4, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 72.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("share", 39.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 186.4 / 146.4 - 1 = 27.322% -> 27.3
            ("arithmetic", "rounding"),  # 72.6 / 186.4 = 38.948% -> 38.9, not 39.0; bounds 72.55/186.45 = 38.91% ..
                                         # 92.65/186.35 = 38.986% -> 39.0 reachable -> rounding
        ],
    ),
    # 27. city action plan for industrial internet / smart manufacturing (Simplified): 8,600亿元 in 2024, "到2027年，
    #    力争突破1.2万亿元" (万亿 converted to the series' 亿元 = 12000), "年均增长11.7%" (span from amounts only ->
    #    inferred); distractors: title years, a 20亿元 special fund, 50 factories, 千亿级, an 85% rate
    dict(
        text=(
            "2025年3月，澜州市印发《人工智能赋能新型工业化三年行动方案（2025—2027年）》。方案披露，2024年全市工业"
            "互联网与智能制造产业规模达到8,600亿元；到2027年，力争突破1.2万亿元，年均增长11.7%。市财政将设立20亿元"
            "专项资金，培育50家标杆智能工厂，打造三个千亿级产业集群。届时规上工业企业关键工序数控化率将达到85%。"
        ),
        obs=[
            ("Total", 2024, 8600, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 11.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12000 / 8600) ** (1/3) - 1 = 11.745% -> 11.7
        ],
    ),
    # 28. Taiwan medical AI association report (Traditional, 新台幣億元): 128億元 "較2023年的97億元成長32%" (exact),
    #    "2025年...可望突破165億元，年增29%" (exact); distractors: 83 hospitals, one tender's 2.4億元, a leading
    #    vendor's own revenue
    dict(
        text=(
            "【2025年3月18日 台北訊】台灣智慧醫療產業協會今日發布年度報告指出，2024年台灣醫療AI市場規模達新台幣"
            "128億元，較2023年的97億元成長32%。協會預估，2025年市場規模可望突破165億元，年增29%。目前全台已有83家"
            "醫院導入AI影像判讀，單一標案金額最高為2.4億元。協會理事長表示，龍頭業者瑞新醫電去年營收約31億元，但"
            "多數仍來自硬體銷售。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 97, "TWD 100 million", "actual"),
            ("Total", 2025, 165, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128 / 97 - 1 = 31.959% -> 32
            ("cagr|implied", "exact"),  # 165 / 128 - 1 = 28.906% -> 29
        ],
    ),
    # 29. Hong Kong fintech federation report on AI in banking (Traditional, 億港元): "約58億港元，按年增加23%，2023年
    #    則為48億港元" (only within rounding), 102億港元 by 2027 "年均複合增長率約20.7%" (inferred, exact);
    #    distractors: 45 banks polled, 68% survey answer, a fourth-quarter figure, one virtual bank's income
    dict(
        text=(
            "2025年4月2日　香港智能金融聯會發表年度報告，估計2024年本港銀行業在人工智能方面的支出約為58億港元，"
            "按年增加23%，2023年則為48億港元。報告預計，至2027年相關支出將達到102億港元，年均複合增長率約20.7%。"
            "在受訪的45間銀行中，68%表示已將生成式AI用於客戶服務；單計第四季，支出已達17億港元。聯會亦提到，一間"
            "大型虛擬銀行去年的科技服務收入為9億港元。"
        ),
        obs=[
            ("Total", 2024, 58, "HKD 100 million", "actual"),
            ("Total", 2023, 48, "HKD 100 million", "actual"),
            ("Total", 2027, 102, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 20.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 58 / 48 - 1 = 20.83% -> 21, not 23; bounds 57.5/48.5 - 1 = 18.56% ..
                                           # 78.5/47.5 - 1 = 23.16%, which holds 23 -> rounding
            ("cagr|period", "exact"),      # (102 / 58) ** (1/3) - 1 = 20.705% -> 20.7
        ],
    ),
    # 30. Taiwan education-technology report (Traditional): 12億元 in 2021 to 48億元 in 2024, "三年間增長了3倍"
    #     between two printed amounts = x4 (no verdict), a 2026 forecast; distractors: 1,200 schools, usage 74%,
    #     9 percentage points, a 200億元 programme budget
    dict(
        text=(
            "教育科技產業觀察站2025年1月發布的報告指出，台灣AI學習平台市場規模在2021年僅新台幣12億元，2024年已達"
            "48億元，三年間增長了3倍。報告預估，2026年市場規模將達到65億元。目前全台約1,200所中小學參與「智慧學習"
            "深耕計畫」，學生使用率達74%，較前一年提高9個百分點。不過報告也提醒，政府200億元的數位學習預算將於明年"
            "到期。"
        ),
        obs=[
            ("Total", 2021, 12, "TWD 100 million", "actual"),
            ("Total", 2024, 48, "TWD 100 million", "actual"),
            ("Total", 2026, 65, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增長了3倍 between 12 and 48 -> x4 (48 / 12 = 4)
        ],
        verdicts=[],
    ),
    # 31. procurement tracker on government large models (Simplified): year's awarded total 48.7亿元 vs 17.2亿元,
    #     "增长183%" (exact), 2025 "有望突破80亿元" (estimate); distractors: 612 projects, one 3.9亿元 contract,
    #     a first-quarter figure, "百亿级市场"
    dict(
        text=(
            "2025年4月，招采数据平台“标研通”发布报告称，2024年全国政务大模型相关项目中标总金额为48.7亿元，较2023年"
            "的17.2亿元增长183%；全年共中标项目612个，其中最大单笔合同金额为3.9亿元。今年一季度，中标金额已达14.3亿"
            "元。报告预计，2025年全年中标总额有望突破80亿元，“百亿级市场”已近在眼前。"
        ),
        obs=[
            ("Total", 2024, 48.7, "CNY 100 million", "actual"),
            ("Total", 2023, 17.2, "CNY 100 million", "actual"),
            ("Total", 2025, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 183, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.7 / 17.2 - 1 = 183.14% -> 183
        ],
    ),
    # 32. think-tank white paper on agricultural AI (Simplified): 96亿元 (2024) to 310亿元 (2030), "2024—2030年复合
    #     增长率为25.4%" (stated; contradicted by its amounts); distractors: title year, 220万台 terminals, 150 pilot
    #     counties, penetration 9.6%, 2.1个百分点, a 30亿元 subsidy
    dict(
        text=(
            "华农数字农业研究院近日发布的《中国智慧农业发展白皮书（2025）》显示，2024年我国农业人工智能市场规模为96亿"
            "元，预计2030年将达到310亿元，2024—2030年复合增长率为25.4%。白皮书统计，全国农机智能终端装机量已超过220"
            "万台，智慧农业试点县达到150个。当前农业AI应用渗透率仅为9.6%，较上年提高2.1个百分点；中央财政安排的相关"
            "补贴资金为30亿元。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2030, 310, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (310 / 96) ** (1/6) - 1 = 21.58%; bounds (309.5/96.5) -> 21.44% ..
                                               # (310.5/95.5) -> 21.71%; 25.4 out of reach -> inconsistent
        ],
    ),
    # 33. smart-city AI estimate with a second publisher's figure for the same year (Simplified): first publisher's
    #     1,280亿元 (2024), 1,070亿元 (2023), "同比增长19.6%", 2,650亿元 by 2028, "2024—2028年年均复合增长率约为20%";
    #     the second publisher's 1,150亿元 expected nowhere; distractors: "万亿级", "不足三成"
    dict(
        text=(
            "2025年2月，赛博智研发布测算称，2024年我国智慧城市人工智能市场规模为1,280亿元，同比增长19.6%（2023年为"
            "1,070亿元），预计2028年将达到2,650亿元，2024—2028年年均复合增长率约为20%。另一家机构云图咨询给出的2024"
            "年规模则为1,150亿元。业内普遍把这一领域视为“万亿级”赛道，但目前城市级AI中台的覆盖率仍不足三成。"
        ),
        obs=[
            ("Total", 2024, 1280, "CNY 100 million", "actual"),
            ("Total", 2023, 1070, "CNY 100 million", "actual"),
            ("Total", 2028, 2650, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1280 / 1070 - 1 = 19.626% -> 19.6
            ("cagr|implied", "exact"),  # (2650 / 1280) ** (1/4) - 1 = 19.952% -> 20
        ],
    ),
    # 34. district education-equipment centre (Simplified, 万元 series): 8,650万元 vs 6,430万元 "同比增长34.5%"
    #     (exact), "到2026年...有望突破1.2亿元" converted to the series' 万元 = 12000; distractors: schools counts,
    #     one project's 1,980万元, a first-quarter figure
    dict(
        text=(
            "2025年5月，澄湖新区教育装备中心发布数据：2024年全区AI教学设备与平台中标总额为8,650万元，同比增长34.5%，"
            "2023年为6,430万元。全区127所中小学中已有96所部署AI助教，单个项目最高中标金额为1,980万元。今年一季度中标"
            "额为2,140万元。中心预计，到2026年全区该类采购总额有望突破1.2亿元。"
        ),
        obs=[
            ("Total", 2024, 8650, "CNY 10 thousand", "actual"),
            ("Total", 2023, 6430, "CNY 10 thousand", "actual"),
            ("Total", 2026, 12000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 34.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8650 / 6430 - 1 = 34.526% -> 34.5
        ],
    ),
    # 35. English pipe table: European AI-in-healthcare market by segment and year, EUR million, with a Total row and
    #     a 2025E column; prose "grew 24.5% in 2024", "imaging held 43% of the 2024 total"; distractor: 240 groups
    dict(
        text=(
            "Meridian Health Economics, European AI-in-healthcare market by segment (EUR million); based on a "
            "survey of 240 hospital groups, published 10 June 2025.\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Medical imaging | 612 | 774 | 951 |\n"
            "| Clinical decision support | 348 | 431 | 540 |\n"
            "| Drug discovery | 295 | 362 | 448 |\n"
            "| Hospital operations | 187 | 229 | 286 |\n"
            "| Total | 1,442 | 1,796 | 2,225 |\n"
            "On these figures the market grew 24.5% in 2024, and medical imaging held 43% of the 2024 total."
        ),
        obs=[
            ("Medical imaging", 2023, 612, "EUR million", "actual"),
            ("Medical imaging", 2024, 774, "EUR million", "actual"),
            ("Medical imaging", 2025, 951, "EUR million", "estimate"),
            ("Clinical decision support", 2023, 348, "EUR million", "actual"),
            ("Clinical decision support", 2024, 431, "EUR million", "actual"),
            ("Clinical decision support", 2025, 540, "EUR million", "estimate"),
            ("Drug discovery", 2023, 295, "EUR million", "actual"),
            ("Drug discovery", 2024, 362, "EUR million", "actual"),
            ("Drug discovery", 2025, 448, "EUR million", "estimate"),
            ("Hospital operations", 2023, 187, "EUR million", "actual"),
            ("Hospital operations", 2024, 229, "EUR million", "actual"),
            ("Hospital operations", 2025, 286, "EUR million", "estimate"),
            ("Total", 2023, 1442, "EUR million", "actual"),
            ("Total", 2024, 1796, "EUR million", "actual"),
            ("Total", 2025, 2225, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 612 + 348 + 295 + 187 = 1442
            ("hierarchy", "exact"),     # 2024: 774 + 431 + 362 + 229 = 1796
            ("hierarchy", "exact"),     # 2025E: 951 + 540 + 448 + 286 = 2225
            ("cagr|implied", "exact"),  # 1796 / 1442 - 1 = 24.549% -> 24.5
            ("arithmetic", "exact"),    # 774 / 1796 = 43.096% -> 43
        ],
    ),
    # 36. Chinese space-aligned vertical table: a city's AI core-industry targets by year (rows are years; value
    #     column header is the item), 2025E-2027E targets, year-on-year column (all exact); distractor: 5 computing
    #     centres
    dict(
        text=(
            "表3  青岚市人工智能核心产业发展目标（单位：亿元）\n"
            "年份      核心产业规模    同比增长\n"
            "2023        1,450          —\n"
            "2024        1,720        18.6%\n"
            "2025E       2,050        19.2%\n"
            "2026E       2,450        19.5%\n"
            "2027E       3,000        22.4%\n"
            "注：2025年起为规划目标值；到2027年，全市人工智能核心产业规模突破3000亿元，建成智能算力中心5个。"
        ),
        obs=[
            ("核心产业规模", 2023, 1450, "CNY 100 million", "actual"),
            ("核心产业规模", 2024, 1720, "CNY 100 million", "actual"),
            ("核心产业规模", 2025, 2050, "CNY 100 million", "estimate"),
            ("核心产业规模", 2026, 2450, "CNY 100 million", "estimate"),
            ("核心产业规模", 2027, 3000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
            ("growth", 19.5, "percent", 2025, 2026, 1.0),
            ("growth", 22.4, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1720 / 1450 - 1 = 18.621% -> 18.6
            ("cagr|implied", "exact"),  # 2050 / 1720 - 1 = 19.186% -> 19.2
            ("cagr|implied", "exact"),  # 2450 / 2050 - 1 = 19.512% -> 19.5
            ("cagr|implied", "exact"),  # 3000 / 2450 - 1 = 22.449% -> 22.4
        ],
    ),
    # 37. Chinese tab-separated table: tender counts beside awarded values by field for 2024 (only the values are
    #     observations; total row "合计" is its own item); values add only within rounding; distractor: one
    #     project's 2.6亿元
    dict(
        text=(
            "2024年政务AI项目招标统计（来源：采招观察，2025年1月）\n"
            "领域\t项目数（个）\t中标金额（亿元）\n"
            "政务大模型\t213\t18.4\n"
            "城市感知平台\t341\t25.7\n"
            "一网统管\t128\t9.6\n"
            "合计\t682\t53.8\n"
            "注：项目数含流标后重新招标的项目；单个项目最高中标金额为2.6亿元。"
        ),
        obs=[
            ("政务大模型", 2024, 18.4, "CNY 100 million", "actual"),
            ("城市感知平台", 2024, 25.7, "CNY 100 million", "actual"),
            ("一网统管", 2024, 9.6, "CNY 100 million", "actual"),
            ("合计", 2024, 53.8, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 18.4 + 25.7 + 9.6 = 53.7, not 53.8; bounds 53.55 .. 53.85 (each +-0.05)
                                        # hold 53.8 -> rounding
        ],
    ),
    # 38. English space-aligned table: UK spending on AI in education by buyer, GBP million, 2023-2024 with a
    #     "Share 2024" column (three share claims, 100.0% total no claim); prose "rose 29.8%"; distractors: 1,930
    #     contract notices, a £45 million pilot fund
    dict(
        text=(
            "UK spending on AI in education by buyer, GBP million (EdTech Procurement Monitor, 2025 edition, "
            "from 1,930 contract notices)\n"
            "Buyer                 2023    2024    Share 2024\n"
            "Schools                142     188         50.8%\n"
            "Further education       46      61         16.5%\n"
            "Universities            97     121         32.7%\n"
            "Total                  285     370        100.0%\n"
            "Total spending rose 29.8% in 2024; the figures exclude the £45 million AI Tutoring Pilot Fund."
        ),
        obs=[
            ("Schools", 2023, 142, "GBP million", "actual"),
            ("Schools", 2024, 188, "GBP million", "actual"),
            ("Further education", 2023, 46, "GBP million", "actual"),
            ("Further education", 2024, 61, "GBP million", "actual"),
            ("Universities", 2023, 97, "GBP million", "actual"),
            ("Universities", 2024, 121, "GBP million", "actual"),
            ("Total", 2023, 285, "GBP million", "actual"),
            ("Total", 2024, 370, "GBP million", "actual"),
        ],
        claims=[
            ("share", 50.8, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 142 + 46 + 97 = 285
            ("hierarchy", "exact"),     # 2024: 188 + 61 + 121 = 370
            ("arithmetic", "exact"),    # 188 / 370 = 50.811% -> 50.8
            ("arithmetic", "exact"),    # 61 / 370 = 16.486% -> 16.5
            ("arithmetic", "exact"),    # 121 / 370 = 32.703% -> 32.7
            ("cagr|implied", "exact"),  # 370 / 285 - 1 = 29.825% -> 29.8
        ],
    ),
    # 39. Traditional-Chinese pipe table: Taiwan manufacturing AI solutions by sub-field, 新台幣億元, 2023, 2024,
    #     2025F and a 2025F growth column; one row's rate contradicted by its amounts; distractor: survey of 312
    #     firms, 57% planning more budget
    dict(
        text=(
            "台灣製造業AI解決方案市場規模（單位：新台幣億元）　資料來源：台灣智慧製造聯盟，2025年4月\n"
            "| 項目 | 2023 | 2024 | 2025F | 2025F年增率 |\n"
            "|---|---|---|---|---|\n"
            "| 瑕疵檢測 | 61 | 83 | 104 | 25.3% |\n"
            "| 預測性維護 | 38 | 54 | 71 | 21.5% |\n"
            "| 生產排程優化 | 52 | 75 | 93 | 24.0% |\n"
            "| 合計 | 151 | 212 | 268 | 26.4% |\n"
            "聯盟指出，受訪的312家廠商中有57%計畫今年增加AI預算。"
        ),
        obs=[
            ("瑕疵檢測", 2023, 61, "TWD 100 million", "actual"),
            ("瑕疵檢測", 2024, 83, "TWD 100 million", "actual"),
            ("瑕疵檢測", 2025, 104, "TWD 100 million", "estimate"),
            ("預測性維護", 2023, 38, "TWD 100 million", "actual"),
            ("預測性維護", 2024, 54, "TWD 100 million", "actual"),
            ("預測性維護", 2025, 71, "TWD 100 million", "estimate"),
            ("生產排程優化", 2023, 52, "TWD 100 million", "actual"),
            ("生產排程優化", 2024, 75, "TWD 100 million", "actual"),
            ("生產排程優化", 2025, 93, "TWD 100 million", "estimate"),
            ("合計", 2023, 151, "TWD 100 million", "actual"),
            ("合計", 2024, 212, "TWD 100 million", "actual"),
            ("合計", 2025, 268, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.3, "percent", 2024, 2025, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),            # 2023: 61 + 38 + 52 = 151
            ("hierarchy", "exact"),            # 2024: 83 + 54 + 75 = 212
            ("hierarchy", "exact"),            # 2025F: 104 + 71 + 93 = 268
            ("cagr|implied", "exact"),         # 104 / 83 - 1 = 25.301% -> 25.3
            ("cagr|implied", "inconsistent"),  # 71 / 54 - 1 = 31.48%; bounds 70.5/54.5 - 1 = 29.36% ..
                                               # 91.5/53.5 - 1 = 33.64%; 21.5 out of reach -> inconsistent
            ("cagr|implied", "exact"),         # 93 / 75 - 1 = 24.000% -> 24.0
            ("cagr|implied", "exact"),         # 268 / 212 - 1 = 26.415% -> 26.4
        ],
    ),
    # 40. English pipe vertical table: EU public-sector AI contracts by year, a tenders-count column beside a lone
    #     value column headed by its unit only (-> Total); prose "2.6-fold between 2021 and 2024" (x2.6, no
    #     verdict) and a stated CAGR 36.9%; distractors: one €64 million framework, a Q4 figure
    dict(
        text=(
            "EU public-sector AI contracts awarded, by year (OpenTender Lab, figures to 31 December 2024)\n"
            "| Year | Tenders | EUR million |\n"
            "|---|---|---|\n"
            "| 2021 | 412 | 286 |\n"
            "| 2022 | 538 | 371 |\n"
            "| 2023 | 701 | 520 |\n"
            "| 2024 | 946 | 734 |\n"
            "Awarded value grew 2.6-fold between 2021 and 2024, a compound annual rate of 36.9%. The largest single "
            "award, a €64 million framework for tax-fraud analytics, was signed in Q4 2024, a quarter that alone "
            "brought €281 million."
        ),
        obs=[
            ("Total", 2021, 286, "EUR million", "actual"),
            ("Total", 2022, 371, "EUR million", "actual"),
            ("Total", 2023, 520, "EUR million", "actual"),
            ("Total", 2024, 734, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2021, 2024, 3.0),
            ("cagr", 36.9, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (734 / 286) ** (1/3) - 1 = 36.913% -> 36.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 9, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% on the £349 million',
    'a compound annual growth rate of 19% over 2024-2030',
    'total addressable market at $3.2 billion',
    'growth of roughly 24% a year',
    'a compound annual rate of 21%',
    '12.4% more than the ¥278 billion',
    'HK$486 million of contracts for artificial-intelligence systems last year',
    'a range of $4.0 billion to $4.6 billion',
    'A rival estimate from Korvath Research',
    'Computer vision accounted for $1.8 billion, or 58% of the total',
    '占比约42%',
    '力争突破1.2万亿元',
    '較2023年的312億元成長23.9%',
    '約23.6億港元',
    '较2021年的48亿元增长2倍',
    '| Total | 3,100 | 7,710 |',
    '年份        亿元',
    '| 合计 | 519 | 28.6 |',
    'Total\t105\t144\t197\t263',
    'CAGR 2024-30',
    'That was 18% more than the £349 million',
    'a compound annual growth rate of 24.7% from 2024',
    'sized the total addressable market',
    'a 28.2% share',
    'more than double by fiscal 2027',
    '较2023年的146.4亿元同比增长27.3%',
    '力争突破1.2万亿元，年均增长11.7%',
    '較2023年的97億元成長32%',
    '按年增加23%，2023年則為48億港元',
    '三年間增長了3倍',
    '中标总金额为48.7亿元',
    '2024—2030年复合增长率为25.4%',
    '另一家机构云图咨询给出的2024',
    '有望突破1.2亿元',
    '| Total | 1,442 | 1,796 | 2,225 |',
    '2025E       2,050        19.2%',
    '合计\t682\t53.8',
    'Share 2024',
    '2025F年增率',
    '| Year | Tenders | EUR million |',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 174 figures, 55 rates, 67 verdicts
#: and 2 false inconsistent
FLOORS = {"figures_found": 192, "rates_found": 57, "verdicts_right": 80}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset106.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
