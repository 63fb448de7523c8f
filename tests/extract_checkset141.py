"""A hundred-and-forty-first check set for the extractor, written blind: AI in government, legal and public services, in English
and Chinese (Simplified and Traditional) -- government AI procurement, smart-city platforms, AI for courts and legal
research, tax and customs AI, public-safety video analytics and public health administration, sized in money by
government IT research firms, procurement trackers, brokers, digital-government plans, Japanese, Korean, Singaporean
and Taiwanese agencies and associations and consultancies; tenders and contracts, cases and documents handled,
citizens served, ministries' whole budgets, a vendor's own revenue, funding rounds, a quarter's or a half's figures
and the whole government IT budget are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news: federal AI contract obligations, "fiscal 2024 ... up 27% from $2.68 billion in fiscal 2023";
    #    distractors: count of contract actions and agencies, a fiscal quarter's figure, the whole federal IT budget
    dict(
        text=(
            "WASHINGTON, 12 February 2025 — Civilian federal agencies obligated $3.4 billion on artificial-intelligence "
            "contracts in fiscal 2024, up 27% from $2.68 billion in fiscal 2023, according to a count by the "
            "procurement tracker Ledgerline Analytics. The tally covered 1,240 separate contract actions across 38 "
            "agencies. In the first quarter of fiscal 2025 alone, obligations came to $1.1 billion, Ledgerline said. "
            "Even so, AI remains a sliver of the roughly $102 billion the government spends on information "
            "technology each year."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2023, 2.68, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.4 / 2.68 - 1 = 26.866% -> 27
        ],
    ),
    # 2. earnings-call transcript: a vendor's TAM for AI in state and local government, "$18 billion in 2025 ...
    #    $41 billion by 2030 ... about 18% a year" (span not printed -> inferred); distractors: own revenue,
    #    customer count, gross margin, a quarter's contract wins
    dict(
        text=(
            "Civitas Logic, fourth-quarter fiscal 2025 earnings call, 5 March 2026. Chief executive Dana Whitcombe: "
            "\"Revenue for the year came to $412 million, up 31%, and we ended the year with 2,300 agency customers. "
            "We size the total addressable market for AI in state and local government at $18 billion in 2025, and "
            "we see it reaching $41 billion by 2030, which is a compound rate of about 18% a year. Gross margin held "
            "at 71%, and in the fourth quarter we signed two statewide contracts worth $56 million combined.\""
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "actual"),
            ("Total", 2030, 41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (41 / 18) ** (1/5) - 1 = 17.897% -> 18
        ],
    ),
    # 3. industry-report excerpt: courts and legal administration, stated 2024-2031 CAGR exact only within
    #    rounding; a software share with no part amount; distractors: report title year, respondents, survey answer
    dict(
        text=(
            "Global spending on AI for courts and legal administration — e-filing triage, transcription, "
            "case-management analytics and judicial research tools — was valued at USD 1.27 billion in 2024 and is "
            "projected to reach USD 3.86 billion by 2031, a CAGR of 17.1% over 2024-2031, according to Marlowe & "
            "Tighe's Justice Technology Outlook 2025. Software accounted for 62% of 2024 revenue, with implementation "
            "and managed services making up the remainder. The study surveyed 214 court administrators in 19 "
            "countries; 41% of them said they planned to pilot generative AI within a year."
        ),
        obs=[
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Total", 2031, 3.86, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2031, None, "stated"),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.86 / 1.27) ** (1/7) - 1 = 17.211% -> 17.2, not 17.1;
            # bounds: (3.855 / 1.275) ** (1/7) - 1 = 17.124% .. (3.865 / 1.265) ** (1/7) - 1 = 17.299%;
            # 17.124 rounds to 17.1 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. UK briefing note: GBP, "£1.46 billion in 2024 ... up from £1.05 billion in 2022, a rise of nearly 18% a
    #    year" (inferred CAGR); a part in GBP million with its share (arithmetic); distractors: percentage points,
    #    the Cabinet Office's whole digital budget
    dict(
        text=(
            "Briefing note, November 2025 — Public-sector AI in the UK. Spending by UK public bodies on AI software "
            "and services reached £1.46 billion in 2024, according to Halden Policy Research, up from £1.05 billion "
            "in 2022, a rise of nearly 18% a year. Central government departments accounted for £890 million of the "
            "total, or 61%, with councils and NHS bodies making up the rest. AI's slice of departmental technology "
            "budgets rose by 2.4 percentage points over the period, and the Cabinet Office's wider digital and data "
            "budget now stands at £5.2 billion."
        ),
        obs=[
            ("Total", 2024, 1.46, "GBP billion", "actual"),
            ("Total", 2022, 1.05, "GBP billion", "actual"),
            ("Central government departments", 2024, 890, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2022, 2024, None, "inferred"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.46 / 1.05) ** (1/2) - 1 = 17.918% -> 18
            ("arithmetic", "exact"),  # 890 / 1460 = 60.959% -> 61
        ],
    ),
    # 5. dated news: public-safety video analytics, "35% more than the $740 million" contradicted by its own
    #    amounts (inconsistent); "this year" $1.1 billion converted to the series' USD million; distractors:
    #    camera count, a vendor's Series C round
    dict(
        text=(
            "TORONTO, 20 May 2025 — Police services and transit operators across North America spent $920 million "
            "on AI video-analytics software last year, 35% more than the $740 million they spent in 2023, says a "
            "report from Northgate Security Research. Northgate counts 1.8 million public cameras now running some "
            "form of analytics. Vantorin, one of the larger vendors, closed a $60 million Series C round in April. "
            "Northgate expects the market to reach $1.1 billion this year as transit agencies renew their contracts."
        ),
        obs=[
            ("Total", 2024, 920, "USD million", "actual"),
            ("Total", 2023, 740, "USD million", "actual"),
            ("Total", 2025, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 920 / 740 - 1 = 24.324%; bounds 919.5 / 740.5 - 1 = 24.173% .. 920.5 / 739.5 - 1 = 24.476%;
            # nowhere near 35 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Japanese local-government AI in yen: "¥68.4 billion in fiscal 2024 ... 17.3% from fiscal 2024 to fiscal
    #    2029, reaching ¥152 billion" (stated); a generative-AI share; distractors: municipalities polled, survey
    #    answer, a ministry's whole DX budget in the same unit
    dict(
        text=(
            "TOKYO, 9 October 2025 — Japan's market for AI systems sold to prefectures and municipalities reached "
            "¥68.4 billion in fiscal 2024, Tokiwa Research Institute estimates, and is forecast to grow at a compound "
            "annual rate of 17.3% from fiscal 2024 to fiscal 2029, reaching ¥152 billion. Generative-AI tools for "
            "drafting council answers and replies to residents made up 23% of the fiscal 2024 total. Tokiwa polled "
            "1,102 local governments, of which 58% reported at least one AI system in production. The internal "
            "affairs ministry's digital-transformation budget request for fiscal 2026 is ¥480 billion."
        ),
        obs=[
            ("Total", 2024, 68.4, "JPY billion", "actual"),
            ("Total", 2029, 152, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2024, 2029, None, "stated"),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152 / 68.4) ** (1/5) - 1 = 17.316% -> 17.3
        ],
    ),
    # 7. Korean institute's figures in US dollars: "about $1.9 billion this year, up from $0.62 billion in 2021 --
    #    a more than threefold increase in four years" (multiple x3, no verdict); central share of this year;
    #    distractors: chatbot count, percentage points, survey of civil servants
    dict(
        text=(
            "SEOUL, 3 September 2025 — South Korea's public-sector AI market will be worth about $1.9 billion this "
            "year, up from $0.62 billion in 2021, according to the Hanbit Digital Policy Institute — a more than "
            "threefold increase in four years. Central ministries and agencies will account for 57% of this year's "
            "spending, the institute says. The number of AI civil-complaint chatbots run by local governments has "
            "risen to 340, and AI's share of the national informatisation budget rose 1.8 percentage points. In a "
            "Hanbit survey of 600 civil servants, 44% said they use generative AI at least weekly."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2021, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2025, 4.0),  # "more than threefold" -> x3, no verdict
            ("share", 57, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 8. tax and customs AI: "$1.64 billion ... in 2023 ... $3.9 billion in 2028 -- a compound annual growth rate
    #    of 19.1%" (inferred, rounding only); distractors: declarations screened, a broker's price target and upside
    dict(
        text=(
            "SINGAPORE, 14 January 2025 — Tax administrations and customs agencies worldwide spent $1.64 billion on "
            "AI-based risk scoring, document checking and fraud analytics in 2023, a figure Straits Advisory Group "
            "expects to reach $3.9 billion in 2028 — a compound annual growth rate of 19.1%. Singapore's own customs "
            "service screened more than 11 million declarations with machine-learning models last year. Kestrel "
            "Securities, which covers the customs-software vendor Tarrow, keeps a price target of $48 on the stock, "
            "implying 22% upside."
        ),
        obs=[
            ("Total", 2023, 1.64, "USD billion", "actual"),
            ("Total", 2028, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.1, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            # (3.9 / 1.64) ** (1/5) - 1 = 18.917% -> 18.9, not 19.1;
            # bounds: (3.85 / 1.645) ** (1/5) - 1 = 18.538% .. (3.95 / 1.635) ** (1/5) - 1 = 19.293%;
            # 19.1 lies inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 9. EU public-healthcare administration AI in euros: growth with both amounts, a 2028 range (two value
    #    claims), a second publisher's 2024 figure (nowhere); distractor: count of deployments
    dict(
        text=(
            "BRUSSELS, 30 April 2025 — Public health insurers and hospital authorities in the EU spent €1.18 billion "
            "on AI for administration — claims coding, scheduling and fraud detection — in 2024, up 16.8% from "
            "€1.01 billion a year earlier, according to Elbe Health Analytics. Elbe projects the market at between "
            "€2.1 billion and €2.6 billion by 2028, depending on how quickly member states adopt the European Health "
            "Data Space. A separate estimate by Corvane Partners puts 2024 spending at €1.35 billion. Elbe counts "
            "310 live deployments across 22 member states."
        ),
        obs=[
            ("Total", 2024, 1.18, "EUR billion", "actual"),
            ("Total", 2023, 1.01, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("value", 2.1, "EUR billion", 2028, 2028, None),
            ("value", 2.6, "EUR billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.18 / 1.01 - 1 = 16.832% -> 16.8
        ],
    ),
    # 10. Simplified Chinese report: 数字政府 market "约为7,860亿元" then "1.3万亿元" in 2028 (converted to the
    #     series' 亿元 unit), stated 2024-2028 CAGR; growth without base; share; distractors: 百分点, 招标项目 count, 千亿级
    dict(
        text=(
            "赛博智研近日发布的报告显示，2024年我国数字政府市场规模约为7,860亿元，同比增长12.6%；预计到2028年将达到"
            "1.3万亿元，2024-2028年年均复合增长率为13.4%。其中，政务云与数据平台占比约为37%，较上年提高2.1个百分点。"
            "报告统计，2024年全国数字政府相关招标项目超过4.2万个。报告认为，政务大模型将带来千亿级增量市场。"
        ),
        obs=[
            ("Total", 2024, 7860, "CNY 100 million", "actual"),
            ("Total", 2028, 13000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),  # no 2023 amount printed -> no verdict
            ("cagr", 13.4, "percent", 2024, 2028, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13000 / 7860) ** (1/4) - 1 = 13.404% -> 13.4
        ],
    ),
    # 11. Simplified Chinese dated news: 智慧法院 "由2020年的30亿元增长至2025年的120亿元，增长3倍" (x4 over 5 years),
    #     2026 forecast with y/y rate; distractors: cases handled, a fraction in words (超过三成)
    dict(
        text=(
            "北京，2026年1月15日——法衡研究院最新报告显示，我国智慧法院建设市场规模由2020年的30亿元增长至2025年的120亿元，"
            "增长3倍。2025年全国法院共受理案件约4,600万件，电子诉讼占比已超过三成。报告预计，2026年市场规模将达到约142亿元，"
            "同比增长18.3%，其中人工智能辅助审判系统占比预计达到35%。"
        ),
        obs=[
            ("Total", 2020, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "actual"),
            ("Total", 2026, 142, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2025, 5.0),  # 增长3倍 between two printed amounts -> x4, no verdict
            ("growth", 18.3, "percent", 2025, 2026, 1.0),
            ("share", 35, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 142 / 120 - 1 = 18.333% -> 18.3
        ],
    ),
    # 12. Traditional Chinese (Taiwan): 新台幣億元 government AI procurement, y/y with both amounts, central/local
    #     shares, "今年" forecast; distractors: tender counts, 百分點, a ministry's whole budget, a vendor's half-year revenue
    dict(
        text=(
            "台北訊（2025年8月20日）根據宏策產業研究所統計，2024年台灣政府機關AI相關採購市場規模達新台幣86億元，"
            "較2023年的68億元成長26.5%。其中中央機關占比約62%，地方政府占38%。研究所預估，今年市場規模可望達到新台幣105億元。"
            "去年全年政府AI相關標案共1,426件，AI採購占政府資訊總支出的比重上升1.6個百分點。另外，數位發展部今年總預算約為"
            "新台幣300億元，資訊服務業者宏碩資訊上半年營收則為12.4億元。"
        ),
        obs=[
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("Total", 2023, 68, "TWD 100 million", "actual"),
            ("Total", 2025, 105, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 68 - 1 = 26.471% -> 26.5
        ],
    ),
    # 13. Traditional Chinese (Hong Kong): 億港元 public-sector AI, stated 2024-2028 CAGR exact only within rounding;
    #     distractors: whole government IT spending, enquiries handled, a contractor's half-year revenue
    dict(
        text=(
            "【香港】本港公營部門人工智能應用市場持續擴大。顧問公司瀚海策略估計，2024年市場規模約為48.6億港元，"
            "預計到2028年增至92億港元，2024至2028年複合年增長率達17.4%。相比之下，政府每年資訊科技總開支約150億港元。"
            "1823熱線去年處理查詢約280萬宗，其中三成由聊天機械人解答；承辦商博朗科技上半年相關收入為3.2億港元。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2028, 92, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (92 / 48.6) ** (1/4) - 1 = 17.297% -> 17.3, not 17.4;
            # bounds: (91.5 / 48.65) ** (1/4) - 1 = 17.107% .. (92.5 / 48.55) ** (1/4) - 1 = 17.487%;
            # 17.4 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese provincial plan: target "到2027年…规模达到500亿元", base year with y/y and both amounts,
    #     "较2020年增长2倍" with one amount (keeps N = 2); distractors: plan title years, model/dataset counts,
    #     a transactions growth rate, a special fund
    dict(
        text=(
            "江岭省人民政府办公厅日前印发《江岭省数字政府建设三年行动方案（2025—2027年）》。《方案》提出，到2027年，"
            "全省政务人工智能产业规模达到500亿元，建成省级政务大模型1个、高质量政务数据集200个以上，“一网通办”事项办理量"
            "年均增长15%。据省大数据局测算，2024年全省政务人工智能产业规模为236亿元，比2023年的190亿元增长24.2%，"
            "较2020年增长2倍。省财政今年另安排数字政府专项资金18亿元。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
            ("Total", 2024, 236, "CNY 100 million", "actual"),
            ("Total", 2023, 190, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2020, 2024, 4.0),  # one amount printed -> keeps N = 2, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 236 / 190 - 1 = 24.211% -> 24.2
        ],
    ),
    # 15. English pipe table: government AI spending by segment, USD billion, 2023-2026E with a Total row;
    #     a stated CAGR in the note; distractors: tracker edition (Q2), country count, table number
    dict(
        text=(
            "Table 3. Government AI spending by segment, USD billion\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Software | 4.2 | 5.1 | 6.2 | 7.4 |\n"
            "| Services | 6.8 | 7.9 | 9.3 | 10.9 |\n"
            "| Hardware & infrastructure | 2.1 | 2.4 | 2.7 | 3.0 |\n"
            "| Total | 13.1 | 15.4 | 18.2 | 21.3 |\n"
            "Source: Gresham Public Sector Insight, Government AI Tracker, Q2 2025 edition; covers 46 national "
            "governments. Total spending is forecast to rise at a 17.6% CAGR over 2023-2026."
        ),
        obs=[
            ("Software", 2023, 4.2, "USD billion", "actual"),
            ("Software", 2024, 5.1, "USD billion", "actual"),
            ("Software", 2025, 6.2, "USD billion", "estimate"),
            ("Software", 2026, 7.4, "USD billion", "estimate"),
            ("Services", 2023, 6.8, "USD billion", "actual"),
            ("Services", 2024, 7.9, "USD billion", "actual"),
            ("Services", 2025, 9.3, "USD billion", "estimate"),
            ("Services", 2026, 10.9, "USD billion", "estimate"),
            ("Hardware & infrastructure", 2023, 2.1, "USD billion", "actual"),
            ("Hardware & infrastructure", 2024, 2.4, "USD billion", "actual"),
            ("Hardware & infrastructure", 2025, 2.7, "USD billion", "estimate"),
            ("Hardware & infrastructure", 2026, 3.0, "USD billion", "estimate"),
            ("Total", 2023, 13.1, "USD billion", "actual"),
            ("Total", 2024, 15.4, "USD billion", "actual"),
            ("Total", 2025, 18.2, "USD billion", "estimate"),
            ("Total", 2026, 21.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.2 + 6.8 + 2.1 = 13.1
            ("hierarchy", "exact"),  # 2024: 5.1 + 7.9 + 2.4 = 15.4
            ("hierarchy", "exact"),  # 2025E: 6.2 + 9.3 + 2.7 = 18.2
            ("hierarchy", "exact"),  # 2026E: 7.4 + 10.9 + 3.0 = 21.3
            ("cagr|implied", "exact"),  # (21.3 / 13.1) ** (1/3) - 1 = 17.590% -> 17.6
        ],
    ),
    # 16. Simplified Chinese tab-separated table: 数字政府AI市场按层级, 亿元, 2022-2025E with a 合计 row; the 2024 column
    #     adds to 936 against a printed 937 (rounding); distractor: count of tender notices
    dict(
        text=(
            "表1 我国政务人工智能市场规模（按采购层级，单位：亿元）\n"
            "层级\t2022\t2023\t2024\t2025E\n"
            "中央部门\t105\t128\t152\t178\n"
            "省级\t212\t251\t297\t346\n"
            "地市及区县\t330\t402\t487\t583\n"
            "合计\t647\t781\t937\t1107\n"
            "注：2025E为预测值。2024年各级政府共发布AI相关招标公告3,860条。"
        ),
        obs=[
            ("中央部门", 2022, 105, "CNY 100 million", "actual"),
            ("中央部门", 2023, 128, "CNY 100 million", "actual"),
            ("中央部门", 2024, 152, "CNY 100 million", "actual"),
            ("中央部门", 2025, 178, "CNY 100 million", "estimate"),
            ("省级", 2022, 212, "CNY 100 million", "actual"),
            ("省级", 2023, 251, "CNY 100 million", "actual"),
            ("省级", 2024, 297, "CNY 100 million", "actual"),
            ("省级", 2025, 346, "CNY 100 million", "estimate"),
            ("地市及区县", 2022, 330, "CNY 100 million", "actual"),
            ("地市及区县", 2023, 402, "CNY 100 million", "actual"),
            ("地市及区县", 2024, 487, "CNY 100 million", "actual"),
            ("地市及区县", 2025, 583, "CNY 100 million", "estimate"),
            ("合计", 2022, 647, "CNY 100 million", "actual"),
            ("合计", 2023, 781, "CNY 100 million", "actual"),
            ("合计", 2024, 937, "CNY 100 million", "actual"),
            ("合计", 2025, 1107, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 105 + 212 + 330 = 647
            ("hierarchy", "exact"),  # 2023: 128 + 251 + 402 = 781
            # 2024: 152 + 297 + 487 = 936 vs printed 937; bounds 934.5 .. 937.5 reach 937 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 178 + 346 + 583 = 1107
        ],
    ),
    # 17. English: a table of tenders (counts, nowhere) beside a table of awarded value in EUR million with a Total
    #     row; a note with y/y growth and central government's share (arithmetic)
    dict(
        text=(
            "Table 1. Public AI tenders, EU-27\n"
            "| | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| Tenders published | 1,920 | 2,640 | 3,410 |\n"
            "| Contracts awarded | 1,310 | 1,870 | 2,455 |\n"
            "\n"
            "Table 2. Awarded contract value (EUR million)\n"
            "| | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| Central government | 610 | 790 | 1,020 |\n"
            "| Regional & local | 540 | 705 | 915 |\n"
            "| Total | 1,150 | 1,495 | 1,935 |\n"
            "Source: Tenderwatch Europe, March 2025. Awarded value rose 29.4% in 2024, and central government's "
            "share of it reached 52.7%."
        ),
        obs=[
            ("Central government", 2022, 610, "EUR million", "actual"),
            ("Central government", 2023, 790, "EUR million", "actual"),
            ("Central government", 2024, 1020, "EUR million", "actual"),
            ("Regional & local", 2022, 540, "EUR million", "actual"),
            ("Regional & local", 2023, 705, "EUR million", "actual"),
            ("Regional & local", 2024, 915, "EUR million", "actual"),
            ("Total", 2022, 1150, "EUR million", "actual"),
            ("Total", 2023, 1495, "EUR million", "actual"),
            ("Total", 2024, 1935, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("share", 52.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 610 + 540 = 1150
            ("hierarchy", "exact"),  # 2023: 790 + 705 = 1495
            ("hierarchy", "exact"),  # 2024: 1020 + 915 = 1935
            ("cagr|implied", "exact"),  # 1935 / 1495 - 1 = 29.431% -> 29.4
            ("arithmetic", "exact"),  # 1020 / 1935 = 52.713% -> 52.7
        ],
    ),
    # 18. English space-aligned vertical table, rows are years: a lone "USD million" column (Total), a YoY column
    #     with one rate its own amounts contradict (2023: 36.4% printed, 26.4% computed), a Contracts count column
    dict(
        text=(
            "Brightwater Court Technology Survey — AI spending by US state court systems\n"
            "Year     USD million    YoY      Contracts\n"
            "2020     212            —        48\n"
            "2021     259            22.2%    61\n"
            "2022     318            22.8%    77\n"
            "2023     402            36.4%    96\n"
            "2024     497            23.6%    121\n"
            "2025F    604            21.5%    140\n"
            "The survey covers 41 state court administrations; F = forecast."
        ),
        obs=[
            ("Total", 2020, 212, "USD million", "actual"),
            ("Total", 2021, 259, "USD million", "actual"),
            ("Total", 2022, 318, "USD million", "actual"),
            ("Total", 2023, 402, "USD million", "actual"),
            ("Total", 2024, 497, "USD million", "actual"),
            ("Total", 2025, 604, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2020, 2021, 1.0),
            ("growth", 22.8, "percent", 2021, 2022, 1.0),
            ("growth", 36.4, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 259 / 212 - 1 = 22.170% -> 22.2
            ("cagr|implied", "exact"),  # 318 / 259 - 1 = 22.780% -> 22.8
            # 402 / 318 - 1 = 26.415%; bounds 401.5 / 318.5 - 1 = 26.060% .. 402.5 / 317.5 - 1 = 26.772%;
            # 36.4 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 497 / 402 - 1 = 23.632% -> 23.6
            ("cagr|implied", "exact"),  # 604 / 497 - 1 = 21.529% -> 21.5
        ],
    ),
    # 19. Simplified Chinese pipe table: 城市大脑 market by segment, 亿元, 2023年/2024年 with a share column and a 合计
    #     row (its 100% no claim); a note with y/y growth; distractors: city count, a vendor's segment revenue
    dict(
        text=(
            "表2 中国城市大脑市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 平台软件 | 118 | 141 | 36.5% |\n"
            "| 算力与硬件 | 96 | 108 | 28.0% |\n"
            "| 集成与运营服务 | 117 | 137 | 35.5% |\n"
            "| 合计 | 331 | 386 | 100% |\n"
            "资料来源：景岚咨询。2024年市场同比增长16.6%，平台软件占比首次超过集成与运营服务。目前全国已有超过500个城市"
            "提出城市大脑建设规划，龙头企业天衡智城2024年城市大脑业务收入为27.3亿元。"
        ),
        obs=[
            ("平台软件", 2023, 118, "CNY 100 million", "actual"),
            ("平台软件", 2024, 141, "CNY 100 million", "actual"),
            ("算力与硬件", 2023, 96, "CNY 100 million", "actual"),
            ("算力与硬件", 2024, 108, "CNY 100 million", "actual"),
            ("集成与运营服务", 2023, 117, "CNY 100 million", "actual"),
            ("集成与运营服务", 2024, 137, "CNY 100 million", "actual"),
            ("合计", 2023, 331, "CNY 100 million", "actual"),
            ("合计", 2024, 386, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 36.5, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 35.5, "percent", 2024, 2024, None),
            ("growth", 16.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 118 + 96 + 117 = 331
            ("hierarchy", "exact"),  # 2024: 141 + 108 + 137 = 386
            ("arithmetic", "exact"),  # 141 / 386 = 36.528% -> 36.5
            ("arithmetic", "exact"),  # 108 / 386 = 27.979% -> 28.0
            ("arithmetic", "exact"),  # 137 / 386 = 35.492% -> 35.5
            ("cagr|implied", "exact"),  # 386 / 331 - 1 = 16.616% -> 16.6
        ],
    ),
    # 20. English space-aligned table in ¥ billion, fiscal-year columns FY2023-FY2026E with a Total row; a note
    #     with fiscal 2025 growth; distractors: hospital count, the health ministry's whole budget request
    dict(
        text=(
            "Japan: AI for public healthcare administration (¥ billion) — Kisaragi Research, November 2025\n"
            "Segment                     FY2023   FY2024   FY2025E   FY2026E\n"
            "Claims review               21.4     26.0     31.2      37.1\n"
            "Hospital administration     14.9     17.3     20.6      24.0\n"
            "Municipal health services    8.2      9.6     11.5      13.8\n"
            "Total                       44.5     52.9     63.3      74.9\n"
            "Kisaragi expects the total to grow 19.7% in fiscal 2025 as 1,020 public hospitals move claims review "
            "onto AI tools. The health ministry's overall budget request for fiscal 2026 is ¥34.3 trillion."
        ),
        obs=[
            ("Claims review", 2023, 21.4, "JPY billion", "actual"),
            ("Claims review", 2024, 26.0, "JPY billion", "actual"),
            ("Claims review", 2025, 31.2, "JPY billion", "estimate"),
            ("Claims review", 2026, 37.1, "JPY billion", "estimate"),
            ("Hospital administration", 2023, 14.9, "JPY billion", "actual"),
            ("Hospital administration", 2024, 17.3, "JPY billion", "actual"),
            ("Hospital administration", 2025, 20.6, "JPY billion", "estimate"),
            ("Hospital administration", 2026, 24.0, "JPY billion", "estimate"),
            ("Municipal health services", 2023, 8.2, "JPY billion", "actual"),
            ("Municipal health services", 2024, 9.6, "JPY billion", "actual"),
            ("Municipal health services", 2025, 11.5, "JPY billion", "estimate"),
            ("Municipal health services", 2026, 13.8, "JPY billion", "estimate"),
            ("Total", 2023, 44.5, "JPY billion", "actual"),
            ("Total", 2024, 52.9, "JPY billion", "actual"),
            ("Total", 2025, 63.3, "JPY billion", "estimate"),
            ("Total", 2026, 74.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 21.4 + 14.9 + 8.2 = 44.5
            ("hierarchy", "exact"),  # FY2024: 26.0 + 17.3 + 9.6 = 52.9
            ("hierarchy", "exact"),  # FY2025E: 31.2 + 20.6 + 11.5 = 63.3
            ("hierarchy", "exact"),  # FY2026E: 37.1 + 24.0 + 13.8 = 74.9
            ("cagr|implied", "exact"),  # 63.3 / 52.9 - 1 = 19.660% -> 19.7
        ],
    ),
    # 21. a dated US news item: "last year" = 2024 against "in 2023", a year-on-year rate and a stated 2024-2029
    #    CAGR; solicitation counts, "nearly twice the number" of solicitations and federal IT grants are expected nowhere
    dict(
        text=(
            "WASHINGTON, 12 May 2025 — American states, counties and cities spent $4.2 billion on "
            "artificial-intelligence software and services last year, up 18% from $3.56 billion in 2023, according "
            "to the procurement tracker Civibid Analytics. The firm logged 2,140 AI-related solicitations in 2024, "
            "nearly twice the number of two years earlier, with chatbots for benefits enquiries and document triage "
            "the most common requests. Civibid expects spending to reach $9.8 billion by 2029, a compound annual "
            "growth rate of 18.5% between 2024 and 2029. Its analysts caution that the tally leaves out the $1.3 "
            "billion in federal grants routed through state agencies for broader IT modernisation."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2023, 3.56, "USD billion", "actual"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.2 / 3.56 - 1 = 17.978% -> 18
            ("cagr|implied", "exact"),  # (9.8 / 4.2) ** (1/5) - 1 = 18.466% -> 18.5
        ],
    ),
    # 22. an earnings call: the CEO's total addressable market is the Total; 2025 (the dateline's year) is an
    #    estimate; "2.2 times its current size" a multiple; "about 17%" a CAGR whose span only the amounts give
    #    (inferred); own revenue, quarter bookings, price target and upside, customer count nowhere
    dict(
        text=(
            "Halvard Systems, which sells case-management and legal-research software to courts, used its "
            "fourth-quarter call on 20 February 2025 to lay out the market it is chasing. Chief executive Mira "
            "Osei put the total addressable market for AI in courts, public defenders and legal aid at $14 billion "
            "in 2025 and said it should reach $31 billion by 2030, or 2.2 times its current size, a compound rate "
            "of about 17%. Halvard's own revenue rose 27% to $612 million in fiscal 2024, and fourth-quarter "
            "bookings came to $188 million. Analysts at Brennick & Co. kept an $88 price target on the shares, "
            "implying 22% upside, and noted that the company now counts 1,150 court systems as customers."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2025, 2030, 5.0),
            ("cagr", 17, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1/5) - 1 = 17.232% -> 17
        ],
    ),
    # 23. a UK review: a year-on-year rate its own amounts contradict (inconsistent); a part in pounds with its
    #    share (exact); survey respondents, their 64% answer and the whole technology budget nowhere
    dict(
        text=(
            "Public bodies in the UK spent £1.9 billion on AI in 2024, a rise of 31% on the £1.52 billion recorded "
            "in 2023, according to Whitlow Partners' annual public-sector technology review. Central government "
            "departments accounted for £1.14 billion of last year's total, or 60%, with the NHS and local councils "
            "sharing the rest. The review, published on 3 April 2025, draws on a survey of 412 procurement "
            "officers, 64% of whom said they expected AI budgets to rise this year. Whitlow notes that AI remains a "
            "small slice of the £26 billion the state spends on technology each year."
        ),
        obs=[
            ("Total", 2024, 1.9, "GBP billion", "actual"),
            ("Total", 2023, 1.52, "GBP billion", "actual"),
            ("Central government departments", 2024, 1.14, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 1.9 / 1.52 - 1 = 25.0%; bounds 1.85/1.525-1 = 21.31%,
                                               # 21.95/1.515-1 = 28.71%; 31 lies outside
            ("arithmetic", "exact"),  # 1.14 / 1.9 = 60.0% -> 60
        ],
    ),
    # 24. a Japanese association's report in yen (¥ billion): fiscal years counted as their number, a part's share
    #    with part and whole printed, a stated fiscal 2024-2028 CAGR; a vendor's half-year orders and a count of
    #    authorities nowhere
    dict(
        text=(
            "TOKYO — Japan's market for AI systems sold to ministries, prefectures and municipalities was worth "
            "¥182.4 billion in fiscal 2024, the Japan Association for Public-Sector Digitalisation said in a report "
            "released on 18 June 2025. Local governments accounted for ¥105.8 billion, or 58% of spending, as "
            "municipalities rushed to automate resident enquiries and tax-notice processing. The association "
            "forecasts the market will reach ¥415 billion in fiscal 2028, a compound annual growth rate of 22.8% "
            "from fiscal 2024 to fiscal 2028. It counted 1,120 local authorities running at least one generative-AI "
            "pilot, while the integrator Kurose Data reported AI-related orders of ¥36 billion for the first half "
            "of its fiscal year."
        ),
        obs=[
            ("Total", 2024, 182.4, "JPY billion", "actual"),
            ("Local governments", 2024, 105.8, "JPY billion", "actual"),
            ("Total", 2028, 415, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("cagr", 22.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 105.8 / 182.4 = 58.004% -> 58
            ("cagr|implied", "exact"),  # (415 / 182.4) ** (1/4) - 1 = 22.816% -> 22.8
        ],
    ),
    # 25. a briefing note: a range for "this year" (two value claims), a base year, a share given with no part
    #    printed (no verdict); S$ (not in the unit table), a quarter's bookings, percentage points and a
    #    penetration rate (38% of administrations) nowhere
    dict(
        text=(
            "Briefing note, 9 January 2025. Tax and customs administrations worldwide will spend between $3.1 "
            "billion and $3.4 billion on AI tools this year, the research house Tollgate Insight estimates, against "
            "$2.6 billion in 2024. Fraud and risk-scoring models took 41% of last year's spending, ahead of document "
            "processing and cargo-image analysis. Singapore's customs agency alone has set aside S$48 million for "
            "AI-assisted container screening over three years. Vendors booked $610 million of such contracts in the "
            "fourth quarter, Tollgate says, and the proportion of administrations running AI in production rose 6 "
            "percentage points to 38%."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 3.1, "USD billion", 2025, 2025, None),
            ("value", 3.4, "USD billion", 2025, 2025, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 26. Simplified Chinese white paper on 城市大脑: 亿元 series, 同比 rate with both amounts printed, stated
    #    2024—2029 CAGR; report-title year, tender count, 个百分点 and a vendor's own revenue nowhere
    dict(
        text=(
            "近日，衡澜咨询发布《2025中国城市大脑产业发展白皮书》。白皮书显示，2024年我国城市大脑市场规模达到186.5亿元，"
            "较2023年的153.7亿元增长21.3%。预计到2029年，市场规模将达到512亿元，2024—2029年复合增长率为22.4%。"
            "2024年全国共发布城市大脑相关招标项目1,326个，其中交通治理类项目占比提高3.2个百分点。"
            "头部厂商云枢科技当年城市大脑业务收入为21.7亿元。"
        ),
        obs=[
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2023, 153.7, "CNY 100 million", "actual"),
            ("Total", 2029, 512, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.5 / 153.7 - 1 = 21.340% -> 21.3
            ("cagr|implied", "exact"),  # (512 / 186.5) ** (1/5) - 1 = 22.382% -> 22.4
        ],
    ),
    # 27. a provincial digital-government plan: a 到2027年 target, a 2024 base, "年均复合增长率约33%" whose span only
    #    the amounts give (inferred); the plan's title years, online-service rates, people served and the whole
    #    政务信息化 budget nowhere
    dict(
        text=(
            "《云岭省数字政府建设三年行动方案（2025—2027年）》近日印发。2024年全省政务人工智能产业规模为128亿元，"
            "方案提出，到2027年该规模达到300亿元，年均复合增长率约33%。同期，全省政务服务事项网上可办率要从91%"
            "提高到98%，“一网通办”累计服务群众已超过4,200万人次。2025年全省政务信息化预算总额为86.3亿元，"
            "其中用于大模型应用的部分尚未单列。"
        ),
        obs=[
            ("Total", 2024, 128, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 128) ** (1/3) - 1 = 32.832% -> 33
        ],
    ),
    # 28. national 数字政府 market: series opens in 亿元 so 1.02万亿元 and 1.56万亿元 are converted (10200, 15600);
    #    "突破1万亿元" is the less precise statement of 2024; an AI part with its share; tender notices nowhere
    dict(
        text=(
            "2025年3月，北京 — 据鼎策研究院统计，2023年我国数字政府市场规模为8,640亿元，2024年首次突破1万亿元，"
            "达到1.02万亿元，同比增长18.1%。其中，政务AI解决方案规模为694亿元，占比6.8%。鼎策预计，2027年数字政府"
            "市场规模将达到1.56万亿元。报告同时提到，2024年全国各级政府发布的数字政府类招标公告超过2.3万条。"
        ),
        obs=[
            ("Total", 2023, 8640, "CNY 100 million", "actual"),
            ("Total", 2024, 10200, "CNY 100 million", "actual"),
            ("政务AI解决方案", 2024, 694, "CNY 100 million", "actual"),
            ("Total", 2027, 15600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("share", 6.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10200 / 8640 - 1 = 18.056% -> 18.1
            ("arithmetic", "exact"),  # 694 / 10200 = 6.804% -> 6.8
        ],
    ),
    # 29. 智慧法院: "2024年增长2倍至126亿元" from a printed 2021 amount is x3 over 3 years; a 同比 rate whose base sits
    #    in brackets; cases closed, call counts and "千亿级市场" nowhere; 有望 marks the 2026 estimate
    dict(
        text=(
            "据法研智库测算，2021年我国智慧法院人工智能应用市场规模为42亿元，2024年增长2倍至126亿元，"
            "同比增长28%（2023年为98.5亿元）。2024年全国法院审结案件约3,400万件，类案推送、文书自动生成等功能"
            "累计调用超过9亿次。法研智库认为，随着大模型进入审判辅助环节，这一领域有望成长为千亿级市场，"
            "2026年规模有望达到180亿元。"
        ),
        obs=[
            ("Total", 2021, 42, "CNY 100 million", "actual"),
            ("Total", 2023, 98.5, "CNY 100 million", "actual"),
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2026, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts: 126 / 42 = 3
            ("growth", 28, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 126 / 98.5 - 1 = 27.919% -> 28
        ],
    ),
    # 30. public-safety video analytics: a part (地方政府) with a share that holds only within rounding; a
    #     quarter's tender value and its rate, a vendor's revenue, headcount and a survey answer nowhere
    dict(
        text=(
            "（2025年5月）2024年我国公共安全视频智能分析市场规模为412.6亿元。其中，地方政府部分为294.8亿元，"
            "占比71.5%，中央部委及直属机构占其余部分。今年一季度，该领域公开招标金额为63.2亿元，同比增长9.4%。"
            "龙头企业瞰图智能2024年营业收入为88.1亿元，员工总数约1.2万人。受访的公安系统信息化负责人中，"
            "有76%表示将在今年增加AI预算。"
        ),
        obs=[
            ("Total", 2024, 412.6, "CNY 100 million", "actual"),
            ("地方政府", 2024, 294.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 71.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 294.8 / 412.6 = 71.449% -> 71.4 (not 71.5); bounds
                                         # 314.75/412.65 = 71.429%, 294.85/412.55 = 71.470% -> 71.5 reachable
        ],
    ),
    # 31. 医保 smart review: an approximate base (约57亿元, expected at 57), a stated 2024—2030 CAGR; counts of
    #     regions, documents reviewed and a funding round nowhere
    dict(
        text=(
            "据康衡数据发布的研究报告，2024年我国医保智能审核与监管市场规模约为57亿元，预计2030年达到168亿元，"
            "2024—2030年复合增长率为19.7%。目前全国已有超过400个统筹地区上线智能审核系统，全年审核结算单据约86亿张。"
            "2024年，专注医保控费的初创企业衡脉科技完成3亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 57, "CNY 100 million", "actual"),
            ("Total", 2030, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 57) ** (1/6) - 1 = 19.740% -> 19.7
        ],
    ),
    # 32. Traditional Chinese (Taiwan), 新台幣億元: a 成長 rate exact only within rounding; 今年 = 2025 estimate;
    #     tender count and a survey answer (87%) nowhere
    dict(
        text=(
            "【台北訊】2025年4月 — 台灣智慧政府產業協會最新調查指出，2024年國內政府機關AI應用市場規模約新台幣68.4億元，"
            "較2023年的52.6億元成長30.2%。協會預估，在各部會擴大導入生成式AI公文助理下，今年市場規模可望達到"
            "新台幣89億元。2024年政府電子採購網上與AI相關的標案共413件，另有87%的受訪公務員表示，AI工具已縮短"
            "其處理陳情案件的時間。"
        ),
        obs=[
            ("Total", 2024, 68.4, "TWD 100 million", "actual"),
            ("Total", 2023, 52.6, "TWD 100 million", "actual"),
            ("Total", 2025, 89, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 68.4 / 52.6 - 1 = 30.038% -> 30.0 (not 30.2); bounds
                                           # 88.35/52.65-1 = 29.820%, 68.45/52.55-1 = 30.257% -> 30.2 reachable
        ],
    ),
    # 33. Traditional Chinese (Hong Kong), 億港元: 按年 rate with both amounts, a CAGR to 2028 whose span only the
    #     amounts give (inferred); documents processed and an integrator's own revenue (億港元) and rate nowhere
    dict(
        text=(
            "香港消息（2025年2月）— 本地研究機構港衡智庫發表報告指，2024年香港政府及公營機構的人工智能與智慧城市"
            "方案市場規模達38.6億港元，按年增長14.5%，2023年則為33.7億港元。報告預計，2028年市場規模將增至71億港元，"
            "年均複合增長率約16.5%。報告又指，去年政府各部門透過AI系統處理的文件約1,200萬份。另一方面，本地系統"
            "整合商智港科技去年收入為4.86億港元，較前年增加11%。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2023, 33.7, "HKD 100 million", "actual"),
            ("Total", 2028, 71, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 33.7 - 1 = 14.540% -> 14.5
            ("cagr|period", "exact"),  # (71 / 38.6) ** (1/4) - 1 = 16.458% -> 16.5
        ],
    ),
    # 34. Traditional Chinese (Taiwan) legal tech: a forecast rate its own amounts contradict (inconsistent);
    #     cases closed, 個百分點 and a startup's funding round nowhere
    dict(
        text=(
            "法律科技觀察中心2025年3月發布報告，估計台灣法律科技市場2024年規模為新台幣18.2億元，2025年預估將成長38%"
            "至新台幣24.5億元，AI判決檢索與契約審閱工具為主要成長動能。法院統計資料顯示，2024年各級法院終結案件約"
            "312萬件，線上起訴使用率較前一年提高9個百分點。國內新創律衡科技今年初完成新台幣2.5億元A輪募資。"
        ),
        obs=[
            ("Total", 2024, 18.2, "TWD 100 million", "actual"),
            ("Total", 2025, 24.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 24.5 / 18.2 - 1 = 34.615%; bounds 24.45/18.25-1 = 33.973%,
                                               # 44.55/18.15-1 = 35.262%; 38 lies outside
        ],
    ),
    # 35. English pipe table, USD million, segments by year with E columns and a Total row (hierarchy exact in
    #     every column); percentage points and task-order count nowhere
    dict(
        text=(
            "Capitolgrid Research, June 2025: US federal civilian agencies' spending on AI, by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Software | 1,240 | 1,610 | 2,050 | 2,590 |\n"
            "| Services | 980 | 1,190 | 1,420 | 1,700 |\n"
            "| Hardware | 410 | 455 | 500 | 540 |\n"
            "| Total | 2,630 | 3,255 | 3,970 | 4,830 |\n"
            "Note: excludes defence and intelligence agencies. Services' share of the total slipped 0.7 percentage "
            "points in 2024; agencies awarded 3,870 AI task orders that year."
        ),
        obs=[
            ("Software", 2023, 1240, "USD million", "actual"),
            ("Software", 2024, 1610, "USD million", "actual"),
            ("Software", 2025, 2050, "USD million", "estimate"),
            ("Software", 2026, 2590, "USD million", "estimate"),
            ("Services", 2023, 980, "USD million", "actual"),
            ("Services", 2024, 1190, "USD million", "actual"),
            ("Services", 2025, 1420, "USD million", "estimate"),
            ("Services", 2026, 1700, "USD million", "estimate"),
            ("Hardware", 2023, 410, "USD million", "actual"),
            ("Hardware", 2024, 455, "USD million", "actual"),
            ("Hardware", 2025, 500, "USD million", "estimate"),
            ("Hardware", 2026, 540, "USD million", "estimate"),
            ("Total", 2023, 2630, "USD million", "actual"),
            ("Total", 2024, 3255, "USD million", "actual"),
            ("Total", 2025, 3970, "USD million", "estimate"),
            ("Total", 2026, 4830, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1240 + 980 + 410 = 2630
            ("hierarchy", "exact"),  # 2024: 1610 + 1190 + 455 = 3255
            ("hierarchy", "exact"),  # 2025E: 2050 + 1420 + 500 = 3970
            ("hierarchy", "exact"),  # 2026E: 2590 + 1700 + 540 = 4830
        ],
    ),
    # 36. Chinese tab-separated: a tender-count table beside a vertical value table whose lone value column is
    #     headed by its unit (亿元) -> Total; 同比 column gives four growth claims, one exact only within rounding;
    #     the counts and durations nowhere
    dict(
        text=(
            "表1 政务大模型及AI项目招标数量\n"
            "年份\t招标项目（个）\t平均工期（天）\n"
            "2021\t412\t146\n"
            "2022\t618\t139\n"
            "2023\t905\t128\n"
            "2024\t1,347\t117\n"
            "\n"
            "表2 中国政务AI市场规模\n"
            "年份\t亿元\t同比\n"
            "2021\t86.0\t—\n"
            "2022\t104.3\t21.3%\n"
            "2023\t131.8\t26.3%\n"
            "2024\t170.5\t29.4%\n"
            "2025E\t215.0\t26.1%\n"
            "资料来源：智政研究院，2025年1月"
        ),
        obs=[
            ("Total", 2021, 86.0, "CNY 100 million", "actual"),
            ("Total", 2022, 104.3, "CNY 100 million", "actual"),
            ("Total", 2023, 131.8, "CNY 100 million", "actual"),
            ("Total", 2024, 170.5, "CNY 100 million", "actual"),
            ("Total", 2025, 215.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2021, 2022, 1.0),
            ("growth", 26.3, "percent", 2022, 2023, 1.0),
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 104.3 / 86.0 - 1 = 21.279% -> 21.3
            ("cagr|implied", "rounding"),  # 131.8 / 104.3 - 1 = 26.366% -> 26.4 (not 26.3); bounds
                                           # 151.75/104.35-1 = 26.258%, 131.85/104.25-1 = 26.475% -> 26.3 reachable
            ("cagr|implied", "exact"),  # 170.5 / 131.8 - 1 = 29.363% -> 29.4
            ("cagr|implied", "exact"),  # 215.0 / 170.5 - 1 = 26.100% -> 26.1
        ],
    ),
    # 37. English space-aligned vertical table (rows are years, F rows forecasts): items are the column headers,
    #     Total column adds up every year; a stated 2024-2026 CAGR below; "Figure 3" nowhere
    dict(
        text=(
            "Figure 3. EU member states: AI in courts and justice administration (EUR million)\n"
            "Year     Courts   Prosecution   Total\n"
            "2022        212            88     300\n"
            "2023        248           104     352\n"
            "2024        291           123     414\n"
            "2025F       338           145     483\n"
            "2026F       392           170     562\n"
            "Source: Lindqvist & Maré Advisory, March 2025. Total spending is set to rise at a 2024-2026 CAGR of 16.5%."
        ),
        obs=[
            ("Courts", 2022, 212, "EUR million", "actual"),
            ("Courts", 2023, 248, "EUR million", "actual"),
            ("Courts", 2024, 291, "EUR million", "actual"),
            ("Courts", 2025, 338, "EUR million", "estimate"),
            ("Courts", 2026, 392, "EUR million", "estimate"),
            ("Prosecution", 2022, 88, "EUR million", "actual"),
            ("Prosecution", 2023, 104, "EUR million", "actual"),
            ("Prosecution", 2024, 123, "EUR million", "actual"),
            ("Prosecution", 2025, 145, "EUR million", "estimate"),
            ("Prosecution", 2026, 170, "EUR million", "estimate"),
            ("Total", 2022, 300, "EUR million", "actual"),
            ("Total", 2023, 352, "EUR million", "actual"),
            ("Total", 2024, 414, "EUR million", "actual"),
            ("Total", 2025, 483, "EUR million", "estimate"),
            ("Total", 2026, 562, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 212 + 88 = 300
            ("hierarchy", "exact"),  # 2023: 248 + 104 = 352
            ("hierarchy", "exact"),  # 2024: 291 + 123 = 414
            ("hierarchy", "exact"),  # 2025F: 338 + 145 = 483
            ("hierarchy", "exact"),  # 2026F: 392 + 170 = 562
            ("cagr|implied", "exact"),  # (562 / 414) ** (1/2) - 1 = 16.511% -> 16.5
        ],
    ),
    # 38. Chinese pipe table by purchaser level with a 合计 row: 2023 adds up only within rounding, 2026E not at
    #     all (inconsistent); a prose share of 地市及区县 (exact); a rating and a 目标价 nowhere
    dict(
        text=(
            "据华策证券研究所测算（2025年6月），我国政务AI市场按采购主体划分如下（单位：亿元）：\n"
            "| 采购主体 | 2023 | 2024 | 2025E | 2026E |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 中央部委 | 45.3 | 52.1 | 60.5 | 69.8 |\n"
            "| 省级政府 | 88.6 | 103.7 | 121.2 | 140.9 |\n"
            "| 地市及区县 | 120.4 | 146.0 | 175.6 | 208.3 |\n"
            "| 合计 | 254.4 | 301.8 | 357.3 | 429.0 |\n"
            "2024年地市及区县占全国政务AI市场的48.4%。华策维持行业“强于大市”评级，并将龙头公司目标价上调至52元。"
        ),
        obs=[
            ("中央部委", 2023, 45.3, "CNY 100 million", "actual"),
            ("中央部委", 2024, 52.1, "CNY 100 million", "actual"),
            ("中央部委", 2025, 60.5, "CNY 100 million", "estimate"),
            ("中央部委", 2026, 69.8, "CNY 100 million", "estimate"),
            ("省级政府", 2023, 88.6, "CNY 100 million", "actual"),
            ("省级政府", 2024, 103.7, "CNY 100 million", "actual"),
            ("省级政府", 2025, 121.2, "CNY 100 million", "estimate"),
            ("省级政府", 2026, 140.9, "CNY 100 million", "estimate"),
            ("地市及区县", 2023, 120.4, "CNY 100 million", "actual"),
            ("地市及区县", 2024, 146.0, "CNY 100 million", "actual"),
            ("地市及区县", 2025, 175.6, "CNY 100 million", "estimate"),
            ("地市及区县", 2026, 208.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 254.4, "CNY 100 million", "actual"),
            ("合计", 2024, 301.8, "CNY 100 million", "actual"),
            ("合计", 2025, 357.3, "CNY 100 million", "estimate"),
            ("合计", 2026, 429.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 48.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "rounding"),  # 2023: 45.3 + 88.6 + 120.4 = 254.3 vs 254.4; bounds 254.15-254.45 -> reachable
            ("hierarchy", "exact"),  # 2024: 52.1 + 103.7 + 146.0 = 301.8
            ("hierarchy", "exact"),  # 2025E: 60.5 + 121.2 + 175.6 = 357.3
            ("hierarchy", "inconsistent"),  # 2026E: 69.8 + 140.9 + 208.3 = 419.0 vs 429.0; bounds 418.85-419.15
            ("arithmetic", "exact"),  # 146.0 / 301.8 = 48.376% -> 48.4
        ],
    ),
    # 39. English tab-separated table in yen (¥ billion) with fiscal-year columns and e forecasts; growth and
    #     share in prose both exact; municipality counts nowhere
    dict(
        text=(
            "Kaname Research Institute (Tokyo), April 2025 — Public-sector generative-AI services in Japan, ¥ billion\n"
            "Segment\tFY2023\tFY2024\tFY2025e\tFY2026e\n"
            "Central government\t18.4\t27.9\t39.5\t52.0\n"
            "Local government\t22.7\t36.2\t54.1\t75.8\n"
            "Total\t41.1\t64.1\t93.6\t127.8\n"
            "Kaname puts market growth at 56% in fiscal 2024, with local government's share rising to 56.5%. Of "
            "Japan's 1,741 municipalities, 612 had signed at least one generative-AI contract by March."
        ),
        obs=[
            ("Central government", 2023, 18.4, "JPY billion", "actual"),
            ("Central government", 2024, 27.9, "JPY billion", "actual"),
            ("Central government", 2025, 39.5, "JPY billion", "estimate"),
            ("Central government", 2026, 52.0, "JPY billion", "estimate"),
            ("Local government", 2023, 22.7, "JPY billion", "actual"),
            ("Local government", 2024, 36.2, "JPY billion", "actual"),
            ("Local government", 2025, 54.1, "JPY billion", "estimate"),
            ("Local government", 2026, 75.8, "JPY billion", "estimate"),
            ("Total", 2023, 41.1, "JPY billion", "actual"),
            ("Total", 2024, 64.1, "JPY billion", "actual"),
            ("Total", 2025, 93.6, "JPY billion", "estimate"),
            ("Total", 2026, 127.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 56, "percent", 2023, 2024, 1.0),
            ("share", 56.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 18.4 + 22.7 = 41.1
            ("hierarchy", "exact"),  # FY2024: 27.9 + 36.2 = 64.1
            ("hierarchy", "exact"),  # FY2025e: 39.5 + 54.1 = 93.6
            ("hierarchy", "exact"),  # FY2026e: 52.0 + 75.8 = 127.8
            ("cagr|implied", "exact"),  # 64.1 / 41.1 - 1 = 55.961% -> 56
            ("arithmetic", "exact"),  # 36.2 / 64.1 = 56.474% -> 56.5
        ],
    ),
    # 40. Chinese single-year table (tab-separated) with amounts and a 占比 column: the 100.0% total row is no
    #     claim; one share exact only within rounding; the 税务 IT spending total and 个百分点 nowhere
    dict(
        text=(
            "2024年中国智慧税务AI市场结构（数据来源：税链咨询）\n"
            "细分领域\t规模（亿元）\t占比\n"
            "软件平台\t38.6\t41.3%\n"
            "实施与运维服务\t34.9\t37.2%\n"
            "算力硬件\t20.2\t21.6%\n"
            "合计\t93.7\t100.0%\n"
            "注：2024年全国税务系统信息化支出约520亿元，智慧税务AI仅占其中一小部分；软件平台占比较上年提高2.3个百分点。"
        ),
        obs=[
            ("软件平台", 2024, 38.6, "CNY 100 million", "actual"),
            ("实施与运维服务", 2024, 34.9, "CNY 100 million", "actual"),
            ("算力硬件", 2024, 20.2, "CNY 100 million", "actual"),
            ("合计", 2024, 93.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 37.2, "percent", 2024, 2024, None),
            ("share", 21.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 38.6 + 34.9 + 20.2 = 93.7
            ("arithmetic", "rounding"),  # 38.6 / 93.7 = 41.195% -> 41.2 (not 41.3); bounds 38.55/93.75 = 41.120%,
                                         # 58.65/93.65 = 41.271% -> 41.3 reachable
            ("arithmetic", "exact"),  # 34.9 / 93.7 = 37.247% -> 37.2
            ("arithmetic", "exact"),  # 20.2 / 93.7 = 21.558% -> 21.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 5, 'inconsistent': 5, 'rounding': 9, 'exact': 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 27% from $2.68 billion in fiscal 2023',
    'which is a compound rate of about 18% a year',
    'a CAGR of 17.1% over 2024-2031',
    'accounted for £890 million of the total, or 61%',
    '35% more than the $740 million',
    '17.3% from fiscal 2024 to fiscal 2029, reaching ¥152 billion',
    'a more than threefold increase in four years',
    'a compound annual growth rate of 19.1%',
    'between €2.1 billion and €2.6 billion by 2028',
    '预计到2028年将达到1.3万亿元',
    '由2020年的30亿元增长至2025年的120亿元，增长3倍',
    '較2023年的68億元成長26.5%',
    '約為48.6億港元',
    '到2027年，全省政务人工智能产业规模达到500亿元',
    '| Segment | 2023 | 2024 | 2025E | 2026E |',
    '层级\t2022\t2023\t2024\t2025E',
    'Awarded contract value (EUR million)',
    'Year     USD million    YoY',
    '| 细分领域 | 2023年 | 2024年 | 2024年占比 |',
    'FY2025E',
    'spent $4.2 billion on',
    'up 18% from $3.56 billion in 2023',
    'total addressable market for AI in courts',
    'or 2.2 times its current size',
    'a rise of 31% on the £1.52 billion',
    '¥182.4 billion in fiscal 2024',
    'between $3.1 billion and $3.4 billion',
    '较2023年的153.7亿元增长21.3%',
    '到2027年该规模达到300亿元',
    '达到1.02万亿元',
    '2024年增长2倍至126亿元',
    '約新台幣68.4億元',
    '38.6億港元，按年增長14.5%',
    '2025年預估將成長38%',
    '| Total | 2,630 | 3,255 | 3,970 | 4,830 |',
    '年份\t亿元\t同比',
    '2025F       338           145     483',
    '| 合计 | 254.4 | 301.8 | 357.3 | 429.0 |',
    'Segment\tFY2023\tFY2024\tFY2025e\tFY2026e',
    '合计\t93.7\t100.0%',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 233
#: figures, 49 rates, 91 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 233, "rates_found": 49, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset141.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
