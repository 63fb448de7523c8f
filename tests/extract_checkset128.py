"""A hundred-and-twenty-eighth check set for the extractor, written blind: AI agents and enterprise automation, in English and Chinese
(Simplified and Traditional) -- agentic AI platforms, robotic process automation with AI, workplace copilots, coding
assistants, contact-centre automation and low-code AI app builders, sized in money by IT research firms, software
associations, brokers, city AI plans, Japanese and Taiwanese associations and consultancies; seats or licences sold,
agents deployed, tasks or hours automated, lines of code, prices per seat, a vendor's own recurring revenue, funding
rounds and valuations, headcounts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news feature (EN): "last year" after a 2025 dateline = 2024, a y/y rate and a stated 2024-2030 CAGR;
    #    distractors: a survey answer (58%), the research firm's headcount (420 analysts)
    dict(
        text=(
            "SAN FRANCISCO, 12 February 2025 — Agentic AI has moved from demos to purchase orders. Companies "
            "worldwide spent $5.1 billion on agentic AI platforms last year, up 46% from $3.5 billion in 2023, "
            "according to figures published on Tuesday by Halvorsen Research. The firm forecasts that the market "
            "will reach $47.2 billion in 2030, a compound annual growth rate of 44.9% from 2024 to 2030. "
            "Halvorsen's survey of 1,150 IT leaders found that 58% plan to put at least one agent into production "
            "this year; the firm itself now employs 420 analysts."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2023, 3.5, "USD billion", "actual"),
            ("Total", 2030, 47.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
            ("cagr", 44.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.1 / 3.5 - 1 = 45.714% -> 46
            ("cagr|implied", "exact"),  # (47.2 / 5.1) ** (1/6) - 1 = 9.2549 ** (1/6) - 1 = 44.898% -> 44.9
        ],
    ),
    # 2. earnings call (EN): the TAM a company sizes is the market (Total); fiscal 2025 in a March 2025 call is an
    #    estimate; CAGR with no printed span -> inferred; distractors: company revenue, ARR, customer count,
    #    $100,000, tasks automated in the quarter, price target and upside
    dict(
        text=(
            "Arlo Brightwork, fourth-quarter fiscal 2024 earnings call, 6 March 2025. Chief executive Dana "
            "Whitcombe: \"Revenue for the year came to $1.27 billion and annual recurring revenue crossed $1.4 "
            "billion, with 2,870 customers now paying us more than $100,000 a year. We size the total addressable "
            "market for AI-driven process automation at $38 billion in fiscal 2025, and we see it reaching $64 "
            "billion in fiscal 2028 — a compound growth rate of about 19%. Our agents completed 212 million "
            "automated tasks in the quarter.\" Analysts at Pellworth Securities kept their $46 price target, "
            "implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 38, "USD billion", "estimate"),
            ("Total", 2028, 64, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (64 / 38) ** (1/3) - 1 = 1.68421 ** (1/3) - 1 = 18.978% -> 19
        ],
    ),
    # 3. software census (EN), no dateline: "rose 62% ... from $4.6 billion a year earlier" which its own figures
    #    contradict; distractors: seats sold, price per user per month (a $ range that is no market range), a poll
    dict(
        text=(
            "Spending on workplace copilots — the AI assistants now bundled into office suites, email and chat — "
            "rose 62% in 2024 to $8.4 billion, from $4.6 billion a year earlier, Carrow & Finch estimates in its "
            "annual software census. Vendors sold some 41 million paid seats over the year, at list prices of $20 "
            "to $30 per user per month. Carrow & Finch expects $13.1 billion of spending in 2025. In a poll of 600 "
            "buyers, 44% said they had cut seats after a trial."
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2023, 4.6, "USD billion", "actual"),
            ("Total", 2025, 13.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 8.4 / 4.6 - 1 = 82.609%; bounds 8.35/4.65 - 1 = 79.570% .. 8.45/4.55 - 1 = 85.714%; 62 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. dated article (EN) on AI coding assistants: CAGR 35% printed, exact figure 34.2% -> rounding;
    #    distractors: lines of code written, survey acceptance rate, a funding round and a valuation
    dict(
        text=(
            "LONDON, 20 May 2025 — AI coding assistants are the fastest-selling agents in the enterprise. Tessaly "
            "Insight puts the market at $2.4 billion last year and forecasts $14 billion by 2030, a compound "
            "annual growth rate of 35% over 2024-2030. The assistants wrote an estimated 260 billion lines of code "
            "in 2024, and developers in Tessaly's survey accepted about 30% of the code they were offered. Last "
            "month the start-up Quillcode raised $180 million at a $2.2 billion valuation."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (14 / 2.4) ** (1/6) - 1 = 5.8333 ** (1/6) - 1 = 34.169% -> 34, not 35;
            # bounds (13.5/2.45) ** (1/6) - 1 = 32.901% .. (14.5/2.35) ** (1/6) - 1 = 35.431%; 35 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. analyst commentary (EN): a part ("virtual agents") with its share of the whole, both amounts printed;
    #    "should top $6 billion" is an approximate estimate at its printed figure; distractors: interactions,
    #    agent hours saved, percentage points
    dict(
        text=(
            "Contact-centre automation is the most mature corner of the agent market. Of the $12.4 billion that "
            "companies spent on it in 2024, virtual agents that handle calls and chats end to end took $4.7 "
            "billion, or 38%, according to Brennock Partners; the rest went on agent-assist tools, analytics and "
            "workforce software. Brennock reckons automation handled 31 billion customer interactions and saved "
            "some 1.9 billion agent hours, and that the virtual agents' slice widened by five percentage points "
            "on the year. Spending on virtual agents alone should top $6 billion in 2025."
        ),
        obs=[
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Virtual agents", 2024, 4.7, "USD billion", "actual"),
            ("Virtual agents", 2025, 6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.7 / 12.4 = 37.903% -> 38
        ],
    ),
    # 6. UK consultancy note (EN): GBP series opens in millions, the 2028 figure in billions -> converted to
    #    GBP million; stated CAGR "between 2024 and 2028"; a buyer segment's share with both amounts;
    #    distractors: count of firms, licence price, a vendor's own revenue
    dict(
        text=(
            "Britain's market for low-code AI app builders — tools that let business staff assemble agents and "
            "workflows without writing code — was worth £640 million in 2024, according to the consultancy "
            "Fenwick Ashby. It expects the market to reach £1.52 billion in 2028, growing at a compound 24.1% a "
            "year between 2024 and 2028. Public-sector bodies accounted for £96 million of 2024 spending, "
            "or 15%. Fenwick counts 5,300 organisations using such tools, at an average of £18 per user per "
            "month; the market leader, Quaymark, booked £72 million of revenue."
        ),
        obs=[
            ("Total", 2024, 640, "GBP million", "actual"),
            ("Total", 2028, 1520, "GBP million", "estimate"),
            ("Public-sector bodies", 2024, 96, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2024, 2028, None, "stated"),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1520 / 640) ** (1/4) - 1 = 2.375 ** 0.25 - 1 = 24.141% -> 24.1
            # (bounds 1515/640.5 .. 1525/639.5 -> 24.015% .. 24.267%)
            ("cagr|implied", "exact"),
            ("arithmetic", "exact"),  # 96 / 640 = 15.000% -> 15
        ],
    ),
    # 7. Tokyo association white paper (EN, yen): fiscal years; "this fiscal year" after a June 2025 dateline =
    #    2025 estimate; a second market (AI-OCR) as its own item; a second publisher's figure for the same year
    #    (Kisaragi, ¥171 billion) expected nowhere; distractor: hours automated
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's market for AI-enhanced robotic process automation grew 15% in fiscal "
            "2024 to ¥184 billion, from ¥160 billion a year earlier, the Japan Intelligent Automation Association "
            "said in its annual white paper. The association expects ¥212 billion this fiscal year. The "
            "neighbouring market for AI-OCR, which reads invoices and forms for the bots, was put at ¥41 billion "
            "in fiscal 2024. A separate estimate from Kisaragi Research puts fiscal 2024 RPA spending at ¥171 "
            "billion. Members reported 2.3 million hours of clerical work automated each month."
        ),
        obs=[
            ("Total", 2024, 184, "JPY billion", "actual"),
            ("Total", 2023, 160, "JPY billion", "actual"),
            ("Total", 2025, 212, "JPY billion", "estimate"),
            ("AI-OCR", 2024, 41, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 184 / 160 - 1 = 15.000% -> 15
        ],
    ),
    # 8. investor day (EN): the market a company sizes is Total; a range "this year" -> two value claims for 2025;
    #    "last year" = 2024 actual; distractors: "multibillion-dollar opportunity", own annualised revenue,
    #    hiring plan, the company's share target, a price target
    dict(
        text=(
            "At its investor day in Austin on 9 September 2025, Corvane Systems told shareholders that the market "
            "for AI agents in customer service would be worth $9 billion to $11 billion this year, up from $6.2 "
            "billion last year, and called agentic automation \"a multibillion-dollar opportunity for years to "
            "come\". Corvane's own agent revenue is running at an annualised $310 million, and it plans to hire "
            "1,200 engineers. Management set a goal of a 15% share of the market by 2028. Brokers at Hadley Marsh "
            "lifted their price target to $88."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
        ],
        claims=[
            ("value", 9, "USD billion", 2025, 2025, None),
            ("value", 11, "USD billion", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 9. briefing note in short sentences (EN): a y/y rise printed as 42% whose exact figure is 40.6% -> rounding;
    #    "more than fivefold between 2024 and 2029" -> x5 over 5 years; distractors: won figure (no observation),
    #    a quarter's figure beside yearly ones
    dict(
        text=(
            "Briefing note: Asia-Pacific agent platforms (Oriel Advisory, April 2025). Spending on AI agent "
            "platforms across Asia-Pacific reached $3.2 billion in 2024. Oriel forecasts $4.5 billion for 2025, a "
            "42% rise. Longer term, it expects the market to grow more than fivefold between 2024 and 2029. South "
            "Korea, where Oriel puts spending at 1.1 trillion won, is the fastest-growing country. In the first "
            "quarter of 2025 regional spending came to $1.02 billion."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2025, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2024, 2025, 1.0),
            ("multiple", 5, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # 4.5 / 3.2 - 1 = 40.625% -> 41, not 42; bounds 4.45/3.25 - 1 = 36.923% .. 4.55/3.15 - 1 = 44.444%;
            # 42 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Simplified Chinese industry report: 亿元 series with a 万亿元 target (超过1.05万亿元 -> 10500, estimate);
    #     y/y rate and stated 2024-2028 CAGR; distractors: report title year, respondents, survey share, 千亿级
    dict(
        text=(
            "新澜研究院发布的《2025中国企业智能自动化产业发展报告》显示，2024年我国企业智能自动化（含RPA、AI "
            "Agent与流程挖掘）市场规模达到3,260亿元，较2023年的2,110亿元增长54.5%。报告预计，到2028年该市场规模将"
            "超过1.05万亿元，2024—2028年复合年增长率约为34%。本次调研覆盖1,200家企业，其中67%的受访企业表示已试点"
            "智能体。报告认为，智能体将在制造、金融等行业开启千亿级新市场。"
        ),
        obs=[
            ("Total", 2024, 3260, "CNY 100 million", "actual"),
            ("Total", 2023, 2110, "CNY 100 million", "actual"),
            ("Total", 2028, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 54.5, "percent", 2023, 2024, 1.0),
            ("cagr", 34, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3260 / 2110 - 1 = 54.502% -> 54.5
            # (10500 / 3260) ** (1/4) - 1 = 3.2209 ** 0.25 - 1 = 33.966% -> 34
            # (bounds with 1.05万亿 at ±0.005万亿: 10450/3260.5 .. 10550/3259.5 -> 33.801% .. 34.130%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 11. Simplified Chinese broker research: RPA+AI market with platform vs services split, both shares with
    #     amounts printed; y/y rate; distractors: 百分点, a quarter's figure, rating, price target, company revenue
    dict(
        text=(
            "据衡川证券研究所测算，2024年我国RPA+AI市场规模为68.6亿元，同比增长24%（2023年为55.3亿元）。其中，平台"
            "软件为40.0亿元，占比58.3%；实施与运维服务为28.6亿元，占比41.7%，平台软件占比较上年提升3.2个百分点。"
            "2025年一季度，市场规模约为17.9亿元。研报维持行业龙头“买入”评级，目标价86元；该公司2024年营业收入为"
            "12.7亿元。"
        ),
        obs=[
            ("Total", 2024, 68.6, "CNY 100 million", "actual"),
            ("Total", 2023, 55.3, "CNY 100 million", "actual"),
            ("平台软件", 2024, 40.0, "CNY 100 million", "actual"),
            ("实施与运维服务", 2024, 28.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 58.3, "percent", 2024, 2024, None),
            ("share", 41.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.6 / 55.3 - 1 = 24.051% -> 24
            ("arithmetic", "exact"),    # 40.0 / 68.6 = 58.309% -> 58.3
            ("arithmetic", "exact"),    # 28.6 / 68.6 = 41.691% -> 41.7
        ],
    ),
    # 12. Traditional Chinese (Taiwan) association survey: 新台幣億元 -> TWD 100 million; 成長47.9% where the exact
    #     figure is 48.8% -> rounding; 預估 2025 estimate; a second institution's 2024 figure expected nowhere;
    #     distractors: respondents, survey answer, member count
    dict(
        text=(
            "臺北訊（2025年3月）台灣人工智慧自動化協會發布調查指出，2024年台灣企業導入AI代理（AI Agent）與智慧流程"
            "自動化的市場規模達新台幣128億元，較2023年的新台幣86億元成長47.9%。協會預估，2025年市場規模可望達新台幣"
            "175億元。另一家研究機構則估計2024年規模為新台幣150億元。在412家受訪企業中，有37%表示已正式上線AI代理；"
            "協會目前有會員廠商268家。"
        ),
        obs=[
            ("Total", 2024, 128, "TWD 100 million", "actual"),
            ("Total", 2023, 86, "TWD 100 million", "actual"),
            ("Total", 2025, 175, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 47.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 128 / 86 - 1 = 48.837% -> 48.8, not 47.9; bounds 127.5/86.5 - 1 = 47.399% .. 128.5/85.5 - 1 = 50.292%;
            # 47.9 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) trade body: 億港元 -> HKD 100 million; 去年 = 2024 actual, 今年 = 2025
    #     estimate, 突破40億港元 by 2029; y/y and stated 2024-2029 CAGR; distractors: agents deployed, queries a
    #     month, firms interviewed
    dict(
        text=(
            "【香港訊】2025年5月8日——香港資訊科技商會最新報告指出，本地企業在AI客服及聯絡中心自動化方面的支出去年"
            "達到14.2億港元，預計今年增至17.5億港元，按年增長23.2%。報告預測，到2029年市場規模有望突破40億港元，"
            "2024至2029年複合年增長率約為23.0%。目前本地銀行及電訊商已部署逾3,000個AI客服代理，每月處理約1,800萬次"
            "查詢。報告訪問了186家企業。"
        ),
        obs=[
            ("Total", 2024, 14.2, "HKD 100 million", "actual"),
            ("Total", 2025, 17.5, "HKD 100 million", "estimate"),
            ("Total", 2029, 40, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
            ("cagr", 23.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.5 / 14.2 - 1 = 23.239% -> 23.2
            ("cagr|implied", "exact"),  # (40 / 14.2) ** (1/5) - 1 = 2.8169 ** 0.2 - 1 = 23.014% -> 23.0
        ],
    ),
    # 14. Simplified Chinese city action plan: 2024 base and a 2027 target (突破500亿元); the plan's stated
    #     2024-2027 CAGR of 39.6% is contradicted by its own amounts -> inconsistent; distractors: title years,
    #     counts of firms, scenarios and computing centres
    dict(
        text=(
            "《滨江市智能体产业发展三年行动计划（2025—2027年）》提出，2024年全市智能体核心产业规模为152亿元，力争到"
            "2027年突破500亿元，2024—2027年年均复合增长率为39.6%。计划还提出，培育50家以上智能体骨干企业，打造100个"
            "典型应用场景，建成3个公共算力中心。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 39.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (500 / 152) ** (1/3) - 1 = 3.2895 ** (1/3) - 1 = 48.722%;
            # bounds (499.5/152.5) ** (1/3) - 1 = 48.510% .. (500.5/151.5) ** (1/3) - 1 = 48.935%; 39.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. TABLE, English pipe table: segments x years with E columns and a Total row; a note with a stated
    #     2024-2026 CAGR for the total; distractor: tracker number
    dict(
        text=(
            "Worldwide agentic AI software and services, USD billion (Maraval Data, Market Tracker No. 14)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Agent platforms | 2.1 | 3.6 | 6.0 | 9.4 |\n"
            "| Copilot and assistant software | 4.4 | 7.3 | 10.9 | 14.8 |\n"
            "| Implementation services | 1.8 | 2.9 | 4.6 | 6.7 |\n"
            "| Total | 8.3 | 13.8 | 21.5 | 30.9 |\n"
            "\n"
            "Maraval expects the total to grow at a 2024-2026 CAGR of 49.6%."
        ),
        obs=[
            ("Agent platforms", 2023, 2.1, "USD billion", "actual"),
            ("Agent platforms", 2024, 3.6, "USD billion", "actual"),
            ("Agent platforms", 2025, 6.0, "USD billion", "estimate"),
            ("Agent platforms", 2026, 9.4, "USD billion", "estimate"),
            ("Copilot and assistant software", 2023, 4.4, "USD billion", "actual"),
            ("Copilot and assistant software", 2024, 7.3, "USD billion", "actual"),
            ("Copilot and assistant software", 2025, 10.9, "USD billion", "estimate"),
            ("Copilot and assistant software", 2026, 14.8, "USD billion", "estimate"),
            ("Implementation services", 2023, 1.8, "USD billion", "actual"),
            ("Implementation services", 2024, 2.9, "USD billion", "actual"),
            ("Implementation services", 2025, 4.6, "USD billion", "estimate"),
            ("Implementation services", 2026, 6.7, "USD billion", "estimate"),
            ("Total", 2023, 8.3, "USD billion", "actual"),
            ("Total", 2024, 13.8, "USD billion", "actual"),
            ("Total", 2025, 21.5, "USD billion", "estimate"),
            ("Total", 2026, 30.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 49.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.1 + 4.4 + 1.8 = 8.3
            ("hierarchy", "exact"),  # 2024: 3.6 + 7.3 + 2.9 = 13.8
            ("hierarchy", "exact"),  # 2025E: 6.0 + 10.9 + 4.6 = 21.5
            ("hierarchy", "exact"),  # 2026E: 9.4 + 14.8 + 6.7 = 30.9
            ("cagr|implied", "exact"),  # (30.9 / 13.8) ** 0.5 - 1 = 2.23913 ** 0.5 - 1 = 49.637% -> 49.6
        ],
    ),
    # 16. TABLE, tab-separated, English: a seats table (no money, expected nowhere) beside a market-value table by
    #     region with a Total row, USD million; distractor: price per seat per month
    dict(
        text=(
            "Workplace copilots: seats and spending (Ledbury Analytics)\n"
            "\n"
            "Paid seats (million)\n"
            "Year\tSeats\n"
            "2023\t14.5\n"
            "2024\t38.0\n"
            "2025E\t71.0\n"
            "\n"
            "Market value (USD million)\n"
            "Region\t2023\t2024\t2025E\n"
            "North America\t2,480\t4,910\t7,650\n"
            "Europe\t1,120\t2,260\t3,840\n"
            "Asia-Pacific\t730\t1,590\t2,900\n"
            "Rest of world\t210\t440\t810\n"
            "Total\t4,540\t9,200\t15,200\n"
            "\n"
            "Average list price per seat per month: USD 21."
        ),
        obs=[
            ("North America", 2023, 2480, "USD million", "actual"),
            ("North America", 2024, 4910, "USD million", "actual"),
            ("North America", 2025, 7650, "USD million", "estimate"),
            ("Europe", 2023, 1120, "USD million", "actual"),
            ("Europe", 2024, 2260, "USD million", "actual"),
            ("Europe", 2025, 3840, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 730, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1590, "USD million", "actual"),
            ("Asia-Pacific", 2025, 2900, "USD million", "estimate"),
            ("Rest of world", 2023, 210, "USD million", "actual"),
            ("Rest of world", 2024, 440, "USD million", "actual"),
            ("Rest of world", 2025, 810, "USD million", "estimate"),
            ("Total", 2023, 4540, "USD million", "actual"),
            ("Total", 2024, 9200, "USD million", "actual"),
            ("Total", 2025, 15200, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2480 + 1120 + 730 + 210 = 4540
            ("hierarchy", "exact"),  # 2024: 4910 + 2260 + 1590 + 440 = 9200
            ("hierarchy", "exact"),  # 2025E: 7650 + 3840 + 2900 + 810 = 15200
        ],
    ),
    # 17. TABLE, Simplified Chinese vertical pipe table whose rows are years; lone value column headed by its unit
    #     only (亿元) -> Total; a y/y column, one of whose rates (2025E, 64.0%) its own figures contradict;
    #     distractors: table number, a quarter's figure in the note
    dict(
        text=(
            "表3 中国AI Agent市场规模（资料来源：启衡咨询）\n"
            "\n"
            "| 年份 | 亿元 | 同比增长 |\n"
            "|---|---|---|\n"
            "| 2022 | 21.6 | — |\n"
            "| 2023 | 38.9 | 80.1% |\n"
            "| 2024 | 72.4 | 86.1% |\n"
            "| 2025E | 126.0 | 64.0% |\n"
            "| 2026E | 198.5 | 57.5% |\n"
            "\n"
            "注：2025年一季度市场规模为24.3亿元；表中数据不含算力硬件。"
        ),
        obs=[
            ("Total", 2022, 21.6, "CNY 100 million", "actual"),
            ("Total", 2023, 38.9, "CNY 100 million", "actual"),
            ("Total", 2024, 72.4, "CNY 100 million", "actual"),
            ("Total", 2025, 126.0, "CNY 100 million", "estimate"),
            ("Total", 2026, 198.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 80.1, "percent", 2022, 2023, 1.0),
            ("growth", 86.1, "percent", 2023, 2024, 1.0),
            ("growth", 64.0, "percent", 2024, 2025, 1.0),
            ("growth", 57.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.9 / 21.6 - 1 = 80.093% -> 80.1
            ("cagr|implied", "exact"),  # 72.4 / 38.9 - 1 = 86.118% -> 86.1
            # 126.0 / 72.4 - 1 = 74.033%; bounds 125.95/72.45 - 1 = 73.844% .. 126.05/72.35 - 1 = 74.223%;
            # 64.0 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 198.5 / 126.0 - 1 = 57.540% -> 57.5
        ],
    ),
    # 18. TABLE, space-aligned, English, Japanese association in ¥100 million (JPY 100 million), fiscal-year
    #     columns with an E column; the FY2025E total is one above its rows' sum -> hierarchy rounding;
    #     distractor: number of firms surveyed
    dict(
        text=(
            "Japan: AI process automation market by segment (unit: ¥100 million; fiscal years)\n"
            "Source: Japan Digital Workforce Association, survey of 1,040 firms\n"
            "\n"
            "Segment              FY2023    FY2024    FY2025E\n"
            "RPA software          1,062     1,148      1,231\n"
            "AI-OCR                  356       412        470\n"
            "Agent platforms         118       264        515\n"
            "Services                647       733        841\n"
            "Total                 2,183     2,557      3,058"
        ),
        obs=[
            ("RPA software", 2023, 1062, "JPY 100 million", "actual"),
            ("RPA software", 2024, 1148, "JPY 100 million", "actual"),
            ("RPA software", 2025, 1231, "JPY 100 million", "estimate"),
            ("AI-OCR", 2023, 356, "JPY 100 million", "actual"),
            ("AI-OCR", 2024, 412, "JPY 100 million", "actual"),
            ("AI-OCR", 2025, 470, "JPY 100 million", "estimate"),
            ("Agent platforms", 2023, 118, "JPY 100 million", "actual"),
            ("Agent platforms", 2024, 264, "JPY 100 million", "actual"),
            ("Agent platforms", 2025, 515, "JPY 100 million", "estimate"),
            ("Services", 2023, 647, "JPY 100 million", "actual"),
            ("Services", 2024, 733, "JPY 100 million", "actual"),
            ("Services", 2025, 841, "JPY 100 million", "estimate"),
            ("Total", 2023, 2183, "JPY 100 million", "actual"),
            ("Total", 2024, 2557, "JPY 100 million", "actual"),
            ("Total", 2025, 3058, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 1062 + 356 + 118 + 647 = 2183
            ("hierarchy", "exact"),     # FY2024: 1148 + 412 + 264 + 733 = 2557
            # FY2025E: 1231 + 470 + 515 + 841 = 3057 vs printed 3058; sum bounds 3055.0 .. 3059.0 reach
            # 3057.5 .. 3058.5 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. TABLE, Traditional Chinese pipe table, 新台幣百萬元 (TWD million): large firms vs SMEs with a 2024 share
    #     column and a 合計 row (its 100.0% is no claim); distractors in the note: licence seats, price per seat
    dict(
        text=(
            "表二　台灣AI工作助理（Copilot）市場規模，依企業規模區分（單位：新台幣百萬元）\n"
            "\n"
            "| 企業規模 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 大型企業 | 3,420 | 5,180 | 66.1% |\n"
            "| 中小企業 | 1,570 | 2,660 | 33.9% |\n"
            "| 合計 | 4,990 | 7,840 | 100.0% |\n"
            "\n"
            "資料來源：台灣軟體產業協進會。2024年授權席次約62萬個，平均每席每月新台幣950元。"
        ),
        obs=[
            ("大型企業", 2023, 3420, "TWD million", "actual"),
            ("大型企業", 2024, 5180, "TWD million", "actual"),
            ("中小企業", 2023, 1570, "TWD million", "actual"),
            ("中小企業", 2024, 2660, "TWD million", "actual"),
            ("合計", 2023, 4990, "TWD million", "actual"),
            ("合計", 2024, 7840, "TWD million", "actual"),
        ],
        claims=[
            ("share", 66.1, "percent", 2024, 2024, None),
            ("share", 33.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5180 / 7840 = 66.071% -> 66.1
            ("arithmetic", "exact"),  # 2660 / 7840 = 33.929% -> 33.9
            ("hierarchy", "exact"),   # 2023: 3420 + 1570 = 4990
            ("hierarchy", "exact"),   # 2024: 5180 + 2660 = 7840
        ],
    ),
    # 20. TABLE, space-aligned, English, EUR million: contact-centre automation by country with F columns, a
    #     Total row and a per-row "CAGR 2024-2029" column (stated); distractors: seats and headcount in the note
    dict(
        text=(
            "European contact-centre automation market (EUR million)\n"
            "Ambrose & Kell, Contact Centre Outlook\n"
            "\n"
            "Country            2024    2025F    2029F    CAGR 2024-2029\n"
            "Germany             612      744    1,420         18.3%\n"
            "France              438      531    1,012         18.2%\n"
            "United Kingdom      505      618    1,195         18.8%\n"
            "Rest of Europe      871    1,046    1,893         16.8%\n"
            "Total             2,426    2,939    5,520         17.9%\n"
            "\n"
            "The region's contact centres run about 410,000 automated agent seats and employ 1.9 million people."
        ),
        obs=[
            ("Germany", 2024, 612, "EUR million", "actual"),
            ("Germany", 2025, 744, "EUR million", "estimate"),
            ("Germany", 2029, 1420, "EUR million", "estimate"),
            ("France", 2024, 438, "EUR million", "actual"),
            ("France", 2025, 531, "EUR million", "estimate"),
            ("France", 2029, 1012, "EUR million", "estimate"),
            ("United Kingdom", 2024, 505, "EUR million", "actual"),
            ("United Kingdom", 2025, 618, "EUR million", "estimate"),
            ("United Kingdom", 2029, 1195, "EUR million", "estimate"),
            ("Rest of Europe", 2024, 871, "EUR million", "actual"),
            ("Rest of Europe", 2025, 1046, "EUR million", "estimate"),
            ("Rest of Europe", 2029, 1893, "EUR million", "estimate"),
            ("Total", 2024, 2426, "EUR million", "actual"),
            ("Total", 2025, 2939, "EUR million", "estimate"),
            ("Total", 2029, 5520, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Germany: (1420 / 612) ** 0.2 - 1 = 18.333% -> 18.3
            ("cagr|implied", "exact"),  # France: (1012 / 438) ** 0.2 - 1 = 18.234% -> 18.2
            ("cagr|implied", "exact"),  # United Kingdom: (1195 / 505) ** 0.2 - 1 = 18.800% -> 18.8
            ("cagr|implied", "exact"),  # Rest of Europe: (1893 / 871) ** 0.2 - 1 = 16.796% -> 16.8
            ("cagr|implied", "exact"),  # Total: (5520 / 2426) ** 0.2 - 1 = 17.872% -> 17.9
            ("hierarchy", "exact"),     # 2024: 612 + 438 + 505 + 871 = 2426
            ("hierarchy", "exact"),     # 2025F: 744 + 531 + 618 + 1046 = 2939
            ("hierarchy", "exact"),     # 2029F: 1420 + 1012 + 1195 + 1893 = 5520
        ],
    ),
    # 21. dated English news: "last year" = 2024 (dateline 2025), "up 41% on 2023" with no 2023 amount (claim, no
    #    verdict), stated 2024-2029 CAGR; distractors: agent count, respondents, survey %, funding round, valuation
    dict(
        text=(
            "SINGAPORE, 12 May 2025 — Enterprise buyers in Asia-Pacific are moving from chatbot pilots to software "
            "agents that file tickets, reconcile invoices and chase approvals on their own. Spending on agentic AI "
            "platforms in the region reached US$2.8 billion last year, up 41% on 2023, according to Meridale Insight, "
            "a Singapore-based IT research firm. Meridale expects the market to reach US$11.6 billion in 2029, a "
            "compound annual growth rate of 33% from 2024 to 2029. The firm counted some 4,200 production agents at "
            "the 150 companies it surveyed, and 58% of chief information officers said they plan to raise agent "
            "budgets this year. Separately, the Jakarta start-up Tembusu Labs closed a US$140 million Series C round "
            "last week at a valuation of US$1.9 billion."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2029, 11.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2023, 2024, 1.0),  # "up 41% on 2023": no 2023 amount -> no verdict
            ("cagr", 33.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.6 / 2.8) ** (1/5) - 1 = 32.88% -> 33
        ],
    ),
    # 22. earnings call: TAM for AI coding assistants is the market (Total), fiscal years count as their number,
    #    "roughly a 32% annual growth rate" with no printed span -> inferred CAGR; distractors: seats, price per
    #    seat, ARR, Q4 revenue and its 37% rise, headcount, price target and upside
    dict(
        text=(
            "Quillmark Systems, Q4 FY2024 earnings call, 26 February 2025. Chief executive Dana Okafor: \"We closed "
            "the year with 2.3 million paid seats of Quillmark Code, and list pricing holds at $19 per seat per month. "
            "Annual recurring revenue passed $1.6 billion, and fourth-quarter revenue was $412 million, up 37% year on "
            "year. Stepping back, we size the total addressable market for AI coding assistants at $9.5 billion in "
            "fiscal 2024, and we see it reaching $38 billion by fiscal 2029 — roughly a 32% annual growth rate. We "
            "ended the year with 3,100 employees.\" In the Q&A, an analyst at Harwick Securities reiterated a $240 "
            "price target, implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 9.5, "USD billion", "actual"),
            ("Total", 2029, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 9.5) ** (1/5) - 1 = 4 ** 0.2 - 1 = 31.95% -> 32
        ],
    ),
    # 23. industry-report excerpt, UK contact-centre automation in pounds: "a rise of 26%" between coarse amounts
    #    (rounding); services share with no amount (claim, no verdict); distractors: report title year, section
    #    number, contacts handled, headcount, percentage points
    dict(
        text=(
            "From the Brackenfield Research 2025 UK Customer Operations Report, section 4.2: UK organisations spent "
            "£1.2 billion on AI-driven contact-centre automation in 2023 and £1.5 billion in 2024, a rise of 26%. "
            "Conversational voice agents made up most of the growth, while services and integration work accounted "
            "for 38% of 2024 spend. The report estimates that automated channels handled 410 million customer "
            "contacts in 2024 and that agent headcount in UK contact centres fell to 742,000. Average first-contact "
            "resolution improved by 6 percentage points."
        ),
        obs=[
            ("Total", 2023, 1.2, "GBP billion", "actual"),
            ("Total", 2024, 1.5, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),  # services share, part amount not printed -> no verdict
        ],
        verdicts=[
            # 21.5 / 1.2 - 1 = 25.0% (not 26); bounds 1.45/1.25 - 1 = 16.0% .. 1.55/1.15 - 1 = 34.8% -> 26 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. consultancy client note, European AI-enhanced RPA in euros: exact year-on-year rate, a stated 2024-2028
    #    CAGR its own figures contradict (inconsistent), large-enterprise share without amount; distractors: note
    #    number, survey answer, hours saved
    dict(
        text=(
            "Client note no. 17 — Voss & Lindqvist Advisory. Spending on robotic process automation combined with "
            "AI (document understanding, process mining and agent orchestration) in Europe came to €3.9 billion in "
            "2023 and €4.6 billion in 2024, an 18% increase. We forecast €8.1 billion in 2028, a compound annual "
            "growth rate of 21% between 2024 and 2028. Large enterprises accounted for 71% of 2024 spending. In our "
            "survey, 62% of respondents said bots now run more than a tenth of their back-office processes, and "
            "across our client base automation saved an estimated 14 million working hours in 2024."
        ),
        obs=[
            ("Total", 2023, 3.9, "EUR billion", "actual"),
            ("Total", 2024, 4.6, "EUR billion", "actual"),
            ("Total", 2028, 8.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("cagr", 21.0, "percent", 2024, 2028, None, "stated"),
            ("share", 71.0, "percent", 2024, 2024, None),  # no part amount -> no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.6 / 3.9 - 1 = 17.95% -> 18
            # (8.1 / 4.6) ** (1/4) - 1 = 15.19%; bounds (8.05/4.65)**0.25 - 1 = 14.71% .. (8.15/4.55)**0.25 - 1
            # = 15.69% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. undated blog on low-code AI app builders: series opens in USD million, so "just over $1.3 billion" and
    #    "some $4 billion" are converted (1300, 4000, approximate at printed figure); "about three times" a
    #    multiple without verdict; a rival tracker's 2024 figure, a vendor's revenue and price per builder nowhere
    dict(
        text=(
            "Low-code AI app builders had their breakout year in 2024. By Tallowgate Partners' count, global spending "
            "on platforms that let business staff assemble AI-powered apps and workflows without writing code rose "
            "from $870 million in 2023 to just over $1.3 billion in 2024, a 49% jump. Tallowgate expects the category "
            "to reach some $4 billion by 2027, about three times the 2024 level. A rival tracker, Denholt Analytics, "
            "puts 2024 at $1.1 billion. Pricing is all over the map: one leading vendor charges $40 per builder per "
            "month and booked 2024 revenue of $212 million."
        ),
        obs=[
            ("Total", 2023, 870, "USD million", "actual"),
            ("Total", 2024, 1300, "USD million", "actual"),
            ("Total", 2027, 4000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 49.0, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2024, 2027, 3.0),  # "about three times", no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1300 / 870 - 1 = 49.43% -> 49
        ],
    ),
    # 26. Simplified Chinese news with dateline: 亿元 series, 同比 rate with both amounts, target "将超过850亿元",
    #    stated 2024—2028 CAGR; distractors: agents deployed, 千亿级, a quarter's funding total
    dict(
        text=(
            "本报北京2025年4月18日电 AI Agent正在从“能聊天”走向“能办事”。据澜川咨询发布的数据，2024年中国AI Agent"
            "市场规模达到165亿元，较2023年的102亿元同比增长62%。该机构预计，到2028年中国AI Agent市场规模将超过850"
            "亿元，2024—2028年复合增长率约为50.7%。报告称，国内企业已部署的智能体数量超过3万个，一个“千亿级”的市场"
            "正在成形。今年一季度，国内智能体相关创业公司共完成融资逾40亿元。"
        ),
        obs=[
            ("Total", 2023, 102, "CNY 100 million", "actual"),
            ("Total", 2024, 165, "CNY 100 million", "actual"),
            ("Total", 2028, 850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 62.0, "percent", 2023, 2024, 1.0),
            ("cagr", 50.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 165 / 102 - 1 = 61.76% -> 62
            ("cagr|implied", "exact"),  # (850 / 165) ** (1/4) - 1 = 50.655% -> 50.7
        ],
    ),
    # 27. Simplified Chinese broker report: RPA+AI market, rate with 2023 amount printed after it, a segment
    #    (大型企业) with amount and share (arithmetic); distractors: percentage points, a company's revenue,
    #    rating, price target and upside
    dict(
        text=(
            "【东岑证券·计算机行业深度报告】我们测算，2024年国内RPA+AI（智能流程自动化）市场规模为57.2亿元，同比增长"
            "17.7%，2023年为48.6亿元。分客户看，大型企业市场规模为36.8亿元，占比64.3%，较上年提升3.2个百分点；中小"
            "企业仍以SaaS订阅为主。重点公司方面，某龙头厂商2024年营业收入12.4亿元，我们维持“买入”评级，目标价58元，"
            "较现价有23%上行空间。"
        ),
        obs=[
            ("Total", 2023, 48.6, "CNY 100 million", "actual"),
            ("Total", 2024, 57.2, "CNY 100 million", "actual"),
            ("大型企业", 2024, 36.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("share", 64.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 57.2 / 48.6 - 1 = 17.70% -> 17.7
            ("arithmetic", "exact"),    # 36.8 / 57.2 = 64.34% -> 64.3
        ],
    ),
    # 28. Simplified Chinese city AI plan: 去年 = 2024 from the dateline, target "突破300亿元" in 2027, 年均增速 with
    #    no printed span -> inferred CAGR its figures contradict; distractors: plan title years, firm and scenario
    #    counts, a 算力券 subsidy budget
    dict(
        text=(
            "澄江讯（2025年3月6日）《澄江市智能体产业发展三年行动计划（2025—2027年）》日前印发。计划提出，到2027年，"
            "全市智能体产业规模突破300亿元，年均增速保持在35%左右；去年全市智能体产业规模为86亿元。计划还提出，培育"
            "100家以上智能体骨干企业，打造50个标杆应用场景，每年安排不超过5亿元的“算力券”。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (300 / 86) ** (1/3) - 1 = 51.66%; bounds (299.5/86.5)**(1/3) - 1 = 51.28% .. (300.5/85.5)**(1/3) - 1
            # = 52.04% -> 35 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 29. Traditional Chinese (Taiwan) survey: 新台幣億元 series, 今年 = 2025 estimate, two year-on-year rates with
    #    both amounts; distractors: firm count, percentage points, price per seat per month
    dict(
        text=(
            "【台北訊】2025年3月 瀚碩產業研究所最新調查指出，2024年台灣企業AI代理（AI Agent）解決方案市場規模達"
            "新台幣142億元，較2023年的103億元年增38%。受金融與製造業加速導入帶動，預估今年市場可望成長至新台幣205"
            "億元，年增44.4%。調查也顯示，已導入AI代理的企業約1,800家，占受訪企業比重較去年增加6個百分點；主流方案"
            "平均每席每月收費約新台幣600元。"
        ),
        obs=[
            ("Total", 2023, 103, "TWD 100 million", "actual"),
            ("Total", 2024, 142, "TWD 100 million", "actual"),
            ("Total", 2025, 205, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
            ("growth", 44.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 142 / 103 - 1 = 37.86% -> 38
            ("cagr|implied", "exact"),  # 205 / 142 - 1 = 44.37% -> 44.4
        ],
    ),
    # 30. Traditional Chinese (Hong Kong) report: 億港元 series, approximate "約38.5億港元", stated 2024至2029 CAGR;
    #     distractors: a first quarter's market figure, headcount, virtual agents deployed
    dict(
        text=(
            "（香港，2025年6月）香港聯絡中心業協會與栢澄諮詢聯合發表的報告指出，2024年香港AI客服自動化市場規模約38.5"
            "億港元，較2023年的31.2億港元增長23.4%。報告預計，至2029年市場規模將達96億港元，2024至2029年複合年增長率"
            "為20%。單計今年第一季，市場規模已達9.8億港元。目前全港約有4.5萬名客服從業員，本地銀行已部署逾1,200個"
            "AI虛擬坐席。"
        ),
        obs=[
            ("Total", 2023, 31.2, "HKD 100 million", "actual"),
            ("Total", 2024, 38.5, "HKD 100 million", "actual"),
            ("Total", 2029, 96, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 31.2 - 1 = 23.40% -> 23.4
            ("cagr|implied", "exact"),  # (96 / 38.5) ** (1/5) - 1 = 20.05% -> 20
        ],
    ),
    # 31. Traditional Chinese on a Japanese association's data: 億日圓 series (JPY 100 million), fiscal years,
    #     rate printed to one decimal, stated 2024至2027年度 CAGR; distractors: hours automated, licences per firm
    dict(
        text=(
            "日本智慧自動化推進協會公布的統計顯示，2024會計年度日本AI代理與RPA市場規模為1,268億日圓，較2023年度的"
            "1,048億日圓年增21.0%。協會預估，2027年度市場規模將擴大至2,300億日圓，2024至2027年度年均複合成長率約22%。"
            "另據協會調查，會員企業2024年度以軟體機器人自動化的作業時數合計約3,600萬小時，導入企業平均每家配置42個"
            "機器人授權。"
        ),
        obs=[
            ("Total", 2023, 1048, "JPY 100 million", "actual"),
            ("Total", 2024, 1268, "JPY 100 million", "actual"),
            ("Total", 2027, 2300, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
            ("cagr", 22.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1268 / 1048 - 1 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # (2300 / 1268) ** (1/3) - 1 = 21.96% -> 22
        ],
    ),
    # 32. Traditional Chinese on the mainland office-copilot market in 人民幣億元: 今年 = 2025 estimate, a 同比 rate
    #     reachable only within rounding; distractors: seats, penetration rate, a vendor's ARR in yuan
    dict(
        text=(
            "（上海，2025年5月）內地辦公AI助手（Copilot）市場正快速擴張。據研究機構鏡湖數據統計，2024年中國辦公AI助手"
            "市場規模為人民幣45億元；該機構預計今年將達到60億元，同比增長35%。其中，大型企業付費席位預計突破800萬個，"
            "中小企業的滲透率則僅約12%。某頭部辦公軟件廠商表示，其AI助手年度經常性收入已超過人民幣10億元。"
        ),
        obs=[
            ("Total", 2024, 45, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 60 / 45 - 1 = 33.33% (not 35); bounds 59.5/45.5 - 1 = 30.77% .. 60.5/44.5 - 1 = 35.96% -> 35 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Simplified Chinese white paper: series opens in 亿元, so "突破1.2万亿元" is expected as 12000; 增长33% with
    #     both amounts, stated 2024—2030 CAGR; distractors: white-paper title year, 万亿级, firm count, headcount
    dict(
        text=(
            "中数智库研究院日前发布的《中国智能体产业发展白皮书（2025）》显示，2024年我国智能体核心产业规模达到2860亿元，"
            "比2023年的2150亿元增长33%。白皮书预计，到2030年核心产业规模将突破1.2万亿元，2024—2030年年均复合增长率约"
            "27%，并带动相关产业形成“万亿级”市场。截至2024年底，全国智能体相关企业超过1600家，从业人员约12万人。"
        ),
        obs=[
            ("Total", 2023, 2150, "CNY 100 million", "actual"),
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.0, "percent", 2023, 2024, 1.0),
            ("cagr", 27.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2860 / 2150 - 1 = 33.02% -> 33
            ("cagr|implied", "exact"),  # (12000 / 2860) ** (1/6) - 1 = 26.9997% -> 27
        ],
    ),
    # 34. Simplified Chinese on AI coding assistants: "两年间增长3.5倍" between two printed amounts is x4.5 over
    #     2 years (no verdict), stated 2024—2027 CAGR; distractors: developer users, share of code written by AI
    #     in words, an overseas product's annualised revenue in US dollars
    dict(
        text=(
            "AI编程助手或将是智能体最先跑通商业模式的赛道。据岚舟咨询测算，2022年中国AI编程助手市场规模仅为6亿元，2024年"
            "已达到27亿元，两年间增长3.5倍。岚舟咨询预计，2027年该市场规模将达到95亿元，2024—2027年复合增长率约52%。"
            "目前国内AI编程工具的开发者用户已超过500万，部分头部企业称新增代码中有超过三成由AI生成；海外某头部产品的"
            "年化收入已突破5亿美元。"
        ),
        obs=[
            ("Total", 2022, 6, "CNY 100 million", "actual"),
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2027, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2022, 2024, 2.0),  # 增长3.5倍 -> 3.5 + 1 = 4.5 (27 / 6 = 4.5)
            ("cagr", 52.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (95 / 27) ** (1/3) - 1 = 52.10% -> 52
        ],
    ),
    # 35. English pipe table by segment with an E column and a Total row; the 2025E column adds up only within
    #     rounding; a share in prose below the table with part and whole printed; distractors: table number,
    #     edition year, vendor count
    dict(
        text=(
            "Table 3. Global agentic AI platform market by segment, USD billion (Orrin & Pake Research, 2025 edition)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Platforms | 2.1 | 3.4 | 5.3 |\n"
            "| Services | 1.6 | 2.2 | 3.1 |\n"
            "| Total | 3.7 | 5.6 | 8.5 |\n"
            "\n"
            "Platforms' share of the total climbs to 62% in 2025E. Orrin & Pake tracked 310 vendors for this edition."
        ),
        obs=[
            ("Platforms", 2023, 2.1, "USD billion", "actual"),
            ("Platforms", 2024, 3.4, "USD billion", "actual"),
            ("Platforms", 2025, 5.3, "USD billion", "estimate"),
            ("Services", 2023, 1.6, "USD billion", "actual"),
            ("Services", 2024, 2.2, "USD billion", "actual"),
            ("Services", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2023, 3.7, "USD billion", "actual"),
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2025, 8.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 62.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 2.1 + 1.6 = 3.7 = 3.7
            ("hierarchy", "exact"),     # 2024: 3.4 + 2.2 = 5.6 = 5.6
            ("hierarchy", "rounding"),  # 2025E: 5.3 + 3.1 = 8.4 vs 8.5; parts at upper bounds 5.35 + 3.15 = 8.5
            ("arithmetic", "exact"),    # 5.3 / 8.5 = 62.35% -> 62
        ],
    ),
    # 36. Simplified Chinese tab-separated table by customer type with a 合计 row, an E column and a 2024 share
    #     column (the 100.0% total is no claim); all columns add up exactly
    dict(
        text=(
            "表2 中国智能客服市场规模（按客户类型，亿元）\n"
            "客户类型\t2022\t2023\t2024\t2025E\t2024年占比\n"
            "大型企业\t22.5\t28.1\t33.6\t40.2\t60.3%\n"
            "中小企业\t13.9\t17.8\t22.1\t28.0\t39.7%\n"
            "合计\t36.4\t45.9\t55.7\t68.2\t100.0%\n"
            "资料来源：栖桐研究院；注：2025E为预测值。"
        ),
        obs=[
            ("大型企业", 2022, 22.5, "CNY 100 million", "actual"),
            ("大型企业", 2023, 28.1, "CNY 100 million", "actual"),
            ("大型企业", 2024, 33.6, "CNY 100 million", "actual"),
            ("大型企业", 2025, 40.2, "CNY 100 million", "estimate"),
            ("中小企业", 2022, 13.9, "CNY 100 million", "actual"),
            ("中小企业", 2023, 17.8, "CNY 100 million", "actual"),
            ("中小企业", 2024, 22.1, "CNY 100 million", "actual"),
            ("中小企业", 2025, 28.0, "CNY 100 million", "estimate"),
            ("合计", 2022, 36.4, "CNY 100 million", "actual"),
            ("合计", 2023, 45.9, "CNY 100 million", "actual"),
            ("合计", 2024, 55.7, "CNY 100 million", "actual"),
            ("合计", 2025, 68.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 60.3, "percent", 2024, 2024, None),
            ("share", 39.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2022: 22.5 + 13.9 = 36.4
            ("hierarchy", "exact"),   # 2023: 28.1 + 17.8 = 45.9
            ("hierarchy", "exact"),   # 2024: 33.6 + 22.1 = 55.7
            ("hierarchy", "exact"),   # 2025E: 40.2 + 28.0 = 68.2
            ("arithmetic", "exact"),  # 33.6 / 55.7 = 60.32% -> 60.3
            ("arithmetic", "exact"),  # 22.1 / 55.7 = 39.68% -> 39.7
        ],
    ),
    # 37. English: a table of paid seats beside a table of market value; only the value table is observed and
    #     checked; distractor: price per seat per month
    dict(
        text=(
            "Workplace copilots: seats and spend (Fenwright Analytics, March 2025)\n"
            "\n"
            "Paid copilot seats (millions)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Large enterprises | 12.0 | 27.5 | 49.0 |\n"
            "| SMEs | 6.5 | 14.0 | 28.5 |\n"
            "| Total | 18.5 | 41.5 | 77.5 |\n"
            "\n"
            "Copilot market value (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Large enterprises | 3.1 | 7.2 | 12.6 |\n"
            "| SMEs | 1.2 | 2.6 | 4.9 |\n"
            "| Total | 4.3 | 9.8 | 17.5 |\n"
            "\n"
            "Average list price held at $30 per seat per month."
        ),
        obs=[
            ("Large enterprises", 2023, 3.1, "USD billion", "actual"),
            ("Large enterprises", 2024, 7.2, "USD billion", "actual"),
            ("Large enterprises", 2025, 12.6, "USD billion", "estimate"),
            ("SMEs", 2023, 1.2, "USD billion", "actual"),
            ("SMEs", 2024, 2.6, "USD billion", "actual"),
            ("SMEs", 2025, 4.9, "USD billion", "estimate"),
            ("Total", 2023, 4.3, "USD billion", "actual"),
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Total", 2025, 17.5, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.1 + 1.2 = 4.3
            ("hierarchy", "exact"),  # 2024: 7.2 + 2.6 = 9.8
            ("hierarchy", "exact"),  # 2025E: 12.6 + 4.9 = 17.5
        ],
    ),
    # 38. Simplified Chinese vertical table (rows are years) with a lone column headed by its unit only (Total)
    #     and a 同比 column; the 2025E rate holds only within rounding; stated 2021—2025E CAGR in a note
    dict(
        text=(
            "中国智能外呼与语音机器人市场规模\n"
            "| 年份 | 亿元 | 同比增速 |\n"
            "|---|---|---|\n"
            "| 2021 | 12.4 | — |\n"
            "| 2022 | 19.8 | 59.7% |\n"
            "| 2023 | 31.5 | 59.1% |\n"
            "| 2024 | 52.0 | 65.1% |\n"
            "| 2025E | 80.6 | 55.2% |\n"
            "注：2021—2025E年复合增长率为59.7%。数据来源：澜湾咨询。"
        ),
        obs=[
            ("Total", 2021, 12.4, "CNY 100 million", "actual"),
            ("Total", 2022, 19.8, "CNY 100 million", "actual"),
            ("Total", 2023, 31.5, "CNY 100 million", "actual"),
            ("Total", 2024, 52.0, "CNY 100 million", "actual"),
            ("Total", 2025, 80.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 59.7, "percent", 2021, 2022, 1.0),
            ("growth", 59.1, "percent", 2022, 2023, 1.0),
            ("growth", 65.1, "percent", 2023, 2024, 1.0),
            ("growth", 55.2, "percent", 2024, 2025, 1.0),
            ("cagr", 59.7, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 19.8 / 12.4 - 1 = 59.68% -> 59.7
            ("cagr|implied", "exact"),     # 31.5 / 19.8 - 1 = 59.09% -> 59.1
            ("cagr|implied", "exact"),     # 52.0 / 31.5 - 1 = 65.08% -> 65.1
            # 100.6 / 52.0 - 1 = 55.00% (not 55.2); bounds 80.55/52.05 - 1 = 54.76% .. 80.65/51.95 - 1 = 55.245%
            # -> 55.2 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (80.6 / 12.4) ** (1/4) - 1 = 6.5 ** 0.25 - 1 = 59.67% -> 59.7
        ],
    ),
    # 39. English space-aligned table, Japan in ¥ billion (JPY billion), fiscal-year columns with e suffixes,
    #     three rows adding to Total; total growth in prose; distractors: press release number, company count
    dict(
        text=(
            "Japan: AI agent and automation software market by category (¥ billion, fiscal years ending March)\n"
            "Source: Kisaragi Research Institute, press release no. 2025-041\n"
            "\n"
            "Category                    FY2023   FY2024   FY2025e   FY2026e\n"
            "AI agent platforms            18.4     31.2      52.5      80.1\n"
            "RPA software                  61.7     66.0      69.8      72.4\n"
            "Implementation services       44.9     53.6      64.0      75.5\n"
            "Total                        125.0    150.8     186.3     228.0\n"
            "\n"
            "Kisaragi puts total growth at 20.6% in FY2024 and estimates that 11,400 companies ran at least one "
            "software robot that year."
        ),
        obs=[
            ("AI agent platforms", 2023, 18.4, "JPY billion", "actual"),
            ("AI agent platforms", 2024, 31.2, "JPY billion", "actual"),
            ("AI agent platforms", 2025, 52.5, "JPY billion", "estimate"),
            ("AI agent platforms", 2026, 80.1, "JPY billion", "estimate"),
            ("RPA software", 2023, 61.7, "JPY billion", "actual"),
            ("RPA software", 2024, 66.0, "JPY billion", "actual"),
            ("RPA software", 2025, 69.8, "JPY billion", "estimate"),
            ("RPA software", 2026, 72.4, "JPY billion", "estimate"),
            ("Implementation services", 2023, 44.9, "JPY billion", "actual"),
            ("Implementation services", 2024, 53.6, "JPY billion", "actual"),
            ("Implementation services", 2025, 64.0, "JPY billion", "estimate"),
            ("Implementation services", 2026, 75.5, "JPY billion", "estimate"),
            ("Total", 2023, 125.0, "JPY billion", "actual"),
            ("Total", 2024, 150.8, "JPY billion", "actual"),
            ("Total", 2025, 186.3, "JPY billion", "estimate"),
            ("Total", 2026, 228.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 18.4 + 61.7 + 44.9 = 125.0
            ("hierarchy", "exact"),     # FY2024: 31.2 + 66.0 + 53.6 = 150.8
            ("hierarchy", "exact"),     # FY2025e: 52.5 + 69.8 + 64.0 = 186.3
            ("hierarchy", "exact"),     # FY2026e: 80.1 + 72.4 + 75.5 = 228.0
            ("cagr|implied", "exact"),  # 150.8 / 125.0 - 1 = 20.64% -> 20.6
        ],
    ),
    # 40. Traditional Chinese tab-separated table in 新台幣億元 with a 2025(F) column and 合計 row; prose below gives
    #     a 年增 rate the table contradicts (inconsistent) and a share with part and whole printed; distractors:
    #     table number, firm count, apps per firm
    dict(
        text=(
            "表一　台灣低程式碼AI應用開發平台市場規模（單位：新台幣億元）\n"
            "項目\t2023\t2024\t2025(F)\n"
            "平台授權\t18.6\t26.4\t37.5\n"
            "顧問與導入服務\t9.2\t12.9\t17.8\n"
            "合計\t27.8\t39.3\t55.3\n"
            "資料來源：栢林產業顧問（2025年2月）。\n"
            "報告指出，2024年合計市場規模年增52%，平台授權占比67.2%；截至去年底，導入企業約2,300家，平均每家開發12個應用。"
        ),
        obs=[
            ("平台授權", 2023, 18.6, "TWD 100 million", "actual"),
            ("平台授權", 2024, 26.4, "TWD 100 million", "actual"),
            ("平台授權", 2025, 37.5, "TWD 100 million", "estimate"),
            ("顧問與導入服務", 2023, 9.2, "TWD 100 million", "actual"),
            ("顧問與導入服務", 2024, 12.9, "TWD 100 million", "actual"),
            ("顧問與導入服務", 2025, 17.8, "TWD 100 million", "estimate"),
            ("合計", 2023, 27.8, "TWD 100 million", "actual"),
            ("合計", 2024, 39.3, "TWD 100 million", "actual"),
            ("合計", 2025, 55.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
            ("share", 67.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),           # 2023: 18.6 + 9.2 = 27.8
            ("hierarchy", "exact"),           # 2024: 26.4 + 12.9 = 39.3
            ("hierarchy", "exact"),           # 2025(F): 37.5 + 17.8 = 55.3
            # 59.3 / 27.8 - 1 = 41.37%; bounds 39.25/27.85 - 1 = 40.93% .. 39.35/27.75 - 1 = 41.80% -> 52 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),          # 26.4 / 39.3 = 67.18% -> 67.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 8, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 46% from $3.5 billion in 2023',
    'a compound annual growth rate of 44.9% from 2024 to 2030',
    'We size the total addressable market',
    'a compound growth rate of about 19%',
    'rose 62% in 2024 to $8.4 billion, from $4.6 billion a year earlier',
    'over 2024-2030',
    'took $4.7 billion, or 38%',
    '£1.52 billion in 2028',
    'grew 15% in fiscal 2024 to ¥184 billion',
    '$9 billion to $11 billion this year',
    'more than fivefold between 2024 and 2029',
    '将超过1.05万亿元',
    '占比58.3%',
    '新台幣86億元成長47.9%',
    '去年達到14.2億港元',
    '| 2025E | 2026E |',
    '| 年份 | 亿元 | 同比增长 |',
    'Region\t2023\t2024\t2025E',
    'FY2023    FY2024    FY2025E',
    'CAGR 2024-2029',
    'a compound annual growth rate of 33% from 2024 to 2029',
    'roughly a 32% annual growth rate',
    'we size the total addressable market for AI coding assistants',
    '£1.5 billion in 2024, a rise of 26%',
    'from $870 million in 2023 to just over $1.3 billion in 2024',
    'about three times the 2024 level',
    '较2023年的102亿元同比增长62%',
    '同比增长17.7%，2023年为48.6亿元',
    '年均增速保持在35%左右；去年全市智能体产业规模为86亿元',
    '預估今年市場可望成長至新台幣205億元',
    '約38.5億港元',
    '1,268億日圓',
    '将突破1.2万亿元',
    '两年间增长3.5倍',
    '| Segment | 2023 | 2024 | 2025E |',
    '合计\t36.4\t45.9\t55.7\t68.2\t100.0%',
    '| 年份 | 亿元 | 同比增速 |',
    'Category                    FY2023   FY2024   FY2025e   FY2026e',
    '項目\t2023\t2024\t2025(F)',
    'Paid copilot seats (millions)',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 215
#: figures, 55 rates, 89 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-thirtieth set: 217, 56, 90 and 0
FLOORS = {"figures_found": 217, "rates_found": 56, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset128.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
