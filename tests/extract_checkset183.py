"""A hundred-and-eighty-third check set for the extractor, written blind: AI in defence and public safety: AI for defence
(intelligence analysis, autonomous and uncrewed systems, command-and-control decision support, predictive maintenance
of military fleets), AI for policing and emergency services (video analytics, dispatch, fire and disaster prediction),
border and critical-infrastructure security AI; sized in money by defence consultancies, defence ministries' budgets
and plans, primes' investor days, think tanks, brokers and research houses in the United States, the United Kingdom,
Israel, South Korea, India, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: whole
defence budgets or procurement totals beside the AI part, numbers of drones, aircraft or troops, a contractor's own
revenue or backlog, contract awards, a funding round, a quarter's figures, a survey's percentages, casualty or
incident counts.

Snippets 1-20: Twenty invented snippets on AI in defence and public safety. Eight English prose pieces: a Washington
wire release, a Mumbai broker note in fiscal years, a London think-tank briefing with segment shares, a Tel Aviv story
quoting two research houses, a capital-markets-day TAM, a UK ministry plan with a 2.5x multiple, a Seoul note with a
correction and a 2030 range, and an investor's blog using last year and this year. Seven Chinese prose pieces (three
Traditional) and five tables follow: markdown with E/F columns, space-aligned years with YoY, tab-separated 亿元 with
合计, fiscal years with a CAGR column, and a 新台幣百萬元 share table. Distractors left out: defence budgets, a misstated
figure, a rival house's number, won and rupee amounts, drone and camera counts, backlog, company revenue, target
prices, funding rounds, quarterly orders, survey answers, fire counts. Inconsistent: the Seoul 20% growth, which uses
the corrected-away figure, and the 12.4% YoY typo. Only by rounding: the Mumbai 22% CAGR, the 25% London share, the
Taiwanese 20% and Chinese 25% forecast growth, the 16.6% YoY, the 19.5% CAGR and the 2027F total.

Snippets 21-40: Twenty snippets (21-40) on AI in defence and public safety: eight English prose pieces (a US prime's
earnings-call TAM, a think-tank working-paper abstract, an X/Twitter thread, a web article with a correction note, a
UK annual-report letter, investor-day slide bullets, a forum answer on South Korea, an Indian broker note with a rupee
aside), seven Chinese prose pieces (Xinhua-style release, ministry implementation plan, Taiwanese think-tank release,
Hong Kong press report, PTT forum post, brokerage abstract with a 2026 range, A-share results-briefing transcript;
three in Traditional Chinese) and five tables (markdown segments with a total, a tab-separated vertical table headed
by its unit with YoY, a space-aligned Simplified Chinese table with a 合计 row, a regional table with a CAGR column, a
statistics table with shares). Distractors left out: defence budgets, procurement outlays, drone counts, backlogs,
awards, company revenue, funding rounds, quarters, survey percentages, penetration rates, target prices, shares in
words, a second publisher's 2022 figure and a superseded wrong figure. Inconsistent: 23's 28% growth, 29's 24.3%
growth, 39's Middle East & Africa CAGR. Rounding only: 26's 33% share, 27's 17.1% CAGR, 31's 35.5% share, 35's 18%
CAGR, 37's 2025E YoY and 36's 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Washington wire press release from a consultancy: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the 146 interviewees, the $849.8 billion fiscal 2025 Pentagon budget request.
    dict(
        text=(
            "WASHINGTON, Feb. 18, 2025 /PRNewswire/ -- U.S. spending on artificial intelligence for military "
            "intelligence analysis reached $2.37 billion in 2024, up 18% from $2.01 billion in 2023, according to a "
            "study released today by Pentacrest Defense Advisory, an Arlington, Va.-based consultancy. Pentacrest "
            "projects the market will expand to $6.8 billion by 2030, a compound annual growth rate of 19.2% for "
            "2024-2030, as the services push machine learning into imagery exploitation and signals triage. The "
            "study draws on interviews with 146 program officials and contracting officers. Even at that pace, AI "
            "analysis tools would remain a sliver of the Pentagon's $849.8 billion budget request for fiscal 2025."
        ),
        obs=[
            ("Total", 2023, 2.01, "USD billion", "actual"),
            ("Total", 2024, 2.37, "USD billion", "actual"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.37 / 2.01) ** (1 / 1) - 1 = 17.91% -> 18
            ("cagr|implied", "exact"),  # (6.8 / 2.37) ** (1 / 6) - 1 = 19.205% -> 19.2
        ],
    ),
    # 2. Mumbai broker sector note in fiscal years; a CAGR whose span only its amounts' years give, holding only by
    #    rounding. Expected nowhere: the rupee (crore) spend for India, the fleet of 2,200 aircraft, the covered
    #    company's TP, upside, revenue, growth and order book, the note's date.
    dict(
        text=(
            "INDIA DEFENCE & AEROSPACE | Sector note | Mumbai, 7 January 2025\n"
            "Keeping fleets flying. Unplanned downtime is the single largest drag on fighter and helicopter "
            "availability, and machine-learning maintenance tools are finally moving from pilots to programmes. We "
            "size the global market for AI-based predictive maintenance of military fleets at US$1.48bn in FY2024 "
            "and expect it to reach US$3.9bn by FY2029e - a CAGR of about 22%. India's own spend is still small, "
            "roughly Rs1,650 crore, spread across a fleet of some 2,200 military aircraft. We initiate on Vayudhan "
            "Systems with a BUY and a TP of Rs2,860 (24% upside); its FY2024 revenue grew 31% to Rs1,180 crore and "
            "the order book stands at Rs9,400 crore."
        ),
        obs=[
            ("Total", 2024, 1.48, "USD billion", "actual"),
            ("Total", 2029, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (3.9 / 1.48) ** (1 / 5) - 1 = 21.384% -> 21, not 22; bounds (3.85 / 1.485) ** (1/5) - 1 = 20.989%,
            # (3.95 / 1.475) ** (1/5) - 1 = 21.776% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London think-tank research briefing: a total and three segments with their shares (one share only by
    #    rounding). Expected nowhere: the £56.9 billion core defence budget for 2024-25, the 73,000 soldiers.
    dict(
        text=(
            "London, 3 June 2025 - Britain's market for artificial intelligence in defence was worth £1.84 billion "
            "in 2024, according to a briefing published today by the Whitcombe Institute for Security Studies. "
            "Autonomous and uncrewed systems made up the largest slice at £0.71 billion, or 39% of the total. "
            "Command-and-control decision support followed with £0.45 billion (25%), while intelligence analysis "
            "accounted for £0.39 billion, a 21% share. The institute expects the market to climb to £3.1 billion by "
            "2028. By comparison, the core defence budget for 2024-25 stood at £56.9 billion, and the regular Army "
            "numbers roughly 73,000 trained soldiers."
        ),
        obs=[
            ("Total", 2024, 1.84, "GBP billion", "actual"),
            ("Autonomous and uncrewed systems", 2024, 0.71, "GBP billion", "actual"),
            ("Command-and-control decision support", 2024, 0.45, "GBP billion", "actual"),
            ("Intelligence analysis", 2024, 0.39, "GBP billion", "actual"),
            ("Total", 2028, 3.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.71 / 1.84 = 38.587% -> 39
            # 0.45 / 1.84 = 24.457% -> 24, not 25; bounds 0.445 / 1.845 = 24.119%, 0.455 / 1.835 = 24.796%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 0.39 / 1.84 = 21.196% -> 21
        ],
    ),
    # 4. Tel Aviv news article quoting two research houses; the series unit is the first printed (USD million), so
    #    the 2031 figure in billions is converted; the CAGR's span comes only from its amounts' years.
    #    Expected nowhere: Ridgeline's 2024 figure, the 1,100 km of frontier, the US$38 million Series B.
    dict(
        text=(
            "TEL AVIV, Sept. 9, 2025 - Israel's border-tech sector is finding buyers far beyond its own frontiers. "
            "The global market for AI-driven border and perimeter surveillance was worth US$870 million in 2024 "
            "and is projected to hit US$2.4 billion by 2031, a compound annual growth rate of 15.6%, according to "
            "Herzliya-based Negev Strategic Insights. Boston's Ridgeline Analytics takes a more cautious view, "
            "putting last year's market at US$720 million. Among the beneficiaries is Tel Aviv start-up "
            "SentriMesh, whose radar-and-camera towers now watch about 1,100 kilometres of frontier on three "
            "continents; it closed a US$38 million Series B in July."
        ),
        obs=[
            ("Total", 2024, 870, "USD million", "actual"),
            ("Total", 2031, 2400, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2031, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2400 / 870) ** (1 / 7) - 1 = 15.600% -> 15.6
        ],
    ),
    # 5. New York capital-markets-day transcript: a prime sizes its TAM this year and in 2029 (the TAM is the
    #    market). Expected nowhere: the 15% share ambition, 3,400 autonomy kits, the $6.2 billion backlog,
    #    third-quarter revenue, the 17.8% EBITDA margin.
    dict(
        text=(
            "Ironvale Systems Capital Markets Day - New York, November 12, 2025 (edited transcript)\n"
            "DANA OKAFOR, CHIEF STRATEGY OFFICER: Let me start with the market, because it's the reason we're all "
            "here. We size the total addressable market for autonomy software on uncrewed air, land and sea "
            "systems at about $11 billion this year, and we see it reaching $24 billion by 2029 - call it a "
            "compound annual growth rate of about 22% from 2025 to 2029. Our ambition is to own 15% of that by the "
            "end of the decade. For context, we delivered just over 3,400 autonomy kits last year, our backlog "
            "stands at $6.2 billion and third-quarter revenue came in at $612 million, with an adjusted EBITDA "
            "margin of 17.8%."
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2029, 24, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 11) ** (1 / 4) - 1 = 21.536% -> 22
        ],
    ),
    # 6. UK Ministry of Defence industrial plan with targets: a multiple (two and a half times) and a CAGR whose span
    #    only its amounts' years give. Expected nowhere: the plan's title years, target numbers, 40 SMEs, 5,000
    #    personnel, the £400 million of departmental investment.
    dict(
        text=(
            "Ministry of Defence - Defence AI Industrial Plan 2025-2030 (published 22 January 2025)\n"
            "Section 3: Targets\n"
            "- Target 3.1: Grow the revenues of the UK's defence AI sector from £1.1 billion in 2023 to £1.6 "
            "billion by 2026 and £2.75 billion by 2030 - two and a half times its 2023 size, or average growth of "
            "around 14% a year.\n"
            "- Target 3.2: Bring 40 new defence AI SMEs onto MOD commercial frameworks by 2027.\n"
            "- Target 3.3: Train 5,000 Service personnel in AI-enabled decision support.\n"
            "The Department will invest £400 million over the plan period through the Defence AI Centre."
        ),
        obs=[
            ("Total", 2023, 1.1, "GBP billion", "actual"),
            ("Total", 2026, 1.6, "GBP billion", "estimate"),
            ("Total", 2030, 2.75, "GBP billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2030, 7.0),
            ("cagr", 14, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.75 / 1.1) ** (1 / 7) - 1 = 13.985% -> 14
        ],
    ),
    # 7. Seoul research note carrying a correction and a 2030 range; the 20% growth still matches the misstated
    #    figure and is inconsistent with the corrected one. Expected nowhere: the misstated US$4.21 billion, the note
    #    number, the won budget, the 46 unmanned surface vessels.
    dict(
        text=(
            "Seoul, 30 April 2025 | Hanbit Defense Research | Weekly note No. 118\n"
            "Correction: An earlier version of this note misstated the 2024 size of the global market for "
            "AI-enabled command-and-control decision support as US$4.21 billion. The correct figure is US$4.12 "
            "billion; the text below has been amended.\n"
            "The market grew 20% last year, from US$3.52 billion in 2023 to US$4.12 billion, as NATO members and "
            "Indo-Pacific allies layered data-fusion tools over existing C2 networks. Given the uncertainty around "
            "US and European procurement timelines, we give a range rather than a point estimate for 2030: "
            "US$9.5-11.0 billion. At home, the Ministry of National Defense has earmarked about ₩280 billion for "
            "AI-enabled command systems this year, and local shipyards delivered 46 unmanned surface vessels in 2024."
        ),
        obs=[
            ("Total", 2023, 3.52, "USD billion", "actual"),
            ("Total", 2024, 4.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("value", 9.5, "USD billion", 2030, 2030, None),
            ("value", 11.0, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # (4.12 / 3.52) ** (1 / 1) - 1 = 17.045% -> 17, not 20; bounds 4.115 / 3.525 - 1 = 16.738%,
            # 4.125 / 3.515 - 1 = 17.354% -> 20 unreachable (4.21 / 3.52 - 1 = 19.602% is the misstated figure's)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Venture investor's blog post with a dateline, "last year" (2024) and "this year" (2025, an estimate),
    #    approximate figures. Expected nowhere: "about a quarter" of 911 centers, the 310 dispatchers and 62%
    #    survey answer, the $27 million Series A.
    dict(
        text=(
            "Posted by Maya Lindqvist, General Partner | March 4, 2025\n"
            "Why we're backing AI for 911\n"
            "Here's the number that got our attention. By our count, U.S. emergency-communications centers spent "
            "roughly $640 million on AI dispatch, call-triage and translation software last year, up from about "
            "$470 million in 2023 - growth of 36%. This year we think spending clears $850 million, another 33% "
            "jump. The demand side is brutal: about a quarter of 911 centers report being understaffed, and in a "
            "survey we ran of 310 dispatchers, 62% said they would welcome automated handling of non-emergency "
            "calls. That's why we led Relaycall's $27 million Series A last month."
        ),
        obs=[
            ("Total", 2023, 470, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2025, 850, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 470) ** (1 / 1) - 1 = 36.170% -> 36
            ("cagr|implied", "exact"),  # (850 / 640) ** (1 / 1) - 1 = 32.812% -> 33
        ],
    ),
    # 9. Mainland Chinese industry report (Simplified): YoY with both amounts, CAGR with printed span.
    #    Expected nowhere: the report's title year, 占比超过一半 (a fraction in words), 7亿台 cameras, 3200家 firms,
    #    412 police bureaus and the 68% survey answer.
    dict(
        text=(
            "《2025中国公共安全人工智能产业发展报告》（以下简称《报告》）日前在京发布。《报告》显示，2024年我国公共"
            "安全领域人工智能市场规模达到612.8亿元，比上年的504.7亿元增长21.4%，其中视频结构化分析、智能警务研判"
            "和应急指挥调度三类应用合计占比超过一半。《报告》预计，2024—2029年该市场年均复合增长率为20.9%，到2029"
            "年规模将达到1583亿元。截至2024年底，全国联网的公共视频监控摄像机已超过7亿台，相关企业超过3200家；在"
            "接受调研的412家公安机关中，68%表示已将AI研判纳入日常工作。"
        ),
        obs=[
            ("Total", 2023, 504.7, "CNY 100 million", "actual"),
            ("Total", 2024, 612.8, "CNY 100 million", "actual"),
            ("Total", 2029, 1583, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612.8 / 504.7) ** (1 / 1) - 1 = 21.419% -> 21.4
            ("cagr|implied", "exact"),  # (1583 / 612.8) ** (1 / 5) - 1 = 20.902% -> 20.9
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2022-2027, kept as
    #     printed, no verdict); the 2022 base is approximate. Expected nowhere: the plan's title years, 10家 leading
    #     firms and their 10亿元 revenue, 5000架 drones, the 0.9‰ fire-damage rate and 100% coverage rate.
    dict(
        text=(
            "广州，2024年6月18日——广东省人民政府办公厅近日印发《广东省应急管理智能化发展行动方案（2024—2027年）》。"
            "方案明确，到2025年，全省应急管理领域人工智能产业规模力争达到160亿元；到2027年，产业规模力争突破300亿"
            "元，较2022年增长3倍，培育营业收入超10亿元的龙头企业10家以上，建成省级应急无人机机队5000架。据省应急管"
            "理厅测算，2022年全省该产业规模约为75亿元。方案还提出，全省森林火灾受害率控制在0.9‰以内，重点行业企业"
            "安全风险监测覆盖率达到100%。"
        ),
        obs=[
            ("Total", 2022, 75, "CNY 100 million", "actual"),
            ("Total", 2025, 160, "CNY 100 million", "estimate"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style wire story (Simplified) quoting two institutes; the first institute's figures are the snippet's.
    #     Expected nowhere: the second institute's 2024 figure (约210亿元), 200万架 registered drones, 1.3万起 incidents.
    dict(
        text=(
            "新华社北京2025年1月16日电（记者 周立群）随着低空经济加速起飞，反无人机与低空安防领域的人工智能应用迎来"
            "快速增长。华信国防科技研究院16日发布的报告显示，2024年我国低空安防人工智能市场规模为186.4亿元，较2023"
            "年的146.2亿元增长27.5%；预计到2026年，这一市场规模将达到300亿元左右。另一家机构——赛博防务研究中心则"
            "估算，2024年该市场规模约为210亿元。报告指出，截至2024年底全国实名登记无人机已超过200万架，全年查处“黑"
            "飞”事件1.3万余起。"
        ),
        obs=[
            ("Total", 2023, 146.2, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2026, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 146.2) ** (1 / 1) - 1 = 27.497% -> 27.5
        ],
    ),
    # 12. Taiwanese industry association white paper (Traditional), 新台幣億元, 去年 (2024) and 今年 (2025, an estimate);
    #     the forecast 20% holds only by rounding. Expected nowhere: the white paper's title year, 87家 members and
    #     逾六成, the 新台幣6,470億元 defence budget and the 不到百分之三 of it.
    dict(
        text=(
            "台北訊／台灣國防人工智慧產業協會今（2025）年5月20日發布《2025國防AI產業白皮書》指出，去年國內國防AI相關"
            "產值達新台幣128.6億元，較2023年的108.7億元年增18.3%，主要受惠於無人機「國機國造」與智慧指管系統採購。協"
            "會預估，今年產值可望進一步成長至155億元，年增率約20%。白皮書並指出，協會87家會員廠商中逾六成已投入軍用"
            "無人機AI研發；相較之下，今年國防總預算高達新台幣6,470億元，AI支出比重仍不到百分之三。"
        ),
        obs=[
            ("Total", 2023, 108.7, "TWD 100 million", "actual"),
            ("Total", 2024, 128.6, "TWD 100 million", "actual"),
            ("Total", 2025, 155, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128.6 / 108.7) ** (1 / 1) - 1 = 18.307% -> 18.3
            # (155 / 128.6) ** (1 / 1) - 1 = 20.529% -> 21, not 20; bounds 154.5 / 128.65 - 1 = 20.093%,
            # 155.5 / 128.55 - 1 = 20.965% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a part and its share. Expected nowhere: 約佔四分之一
    #     (a fraction in words), 4.8萬個 CCTV cameras, 約9萬宗 crimes, the Security Bureau's 620億港元 budget.
    dict(
        text=(
            "【本報訊】本港警隊及緊急服務正加快引入人工智能。本地智庫港華策略研究所昨日（2025年7月8日）發表報告，估計"
            "2024年香港公共安全AI市場規模約為42.6億港元，其中視像分析系統佔17.3億港元，佔比40.6%，為最大應用領域；"
            "智能調度系統則約佔四分之一。研究所預計，至2028年市場規模將增至78億港元。報告引述數字指，全港目前有逾4.8"
            "萬個政府閉路電視鏡頭，去年警方處理的罪案共約9萬宗；保安局2025/26年度開支預算則約為620億港元。"
        ),
        obs=[
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("視像分析系統", 2024, 17.3, "HKD 100 million", "actual"),
            ("Total", 2028, 78, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.3 / 42.6 = 40.610% -> 40.6
        ],
    ),
    # 14. Securities-news story (Simplified) with dateline, 去年 (2024) and 今年 (2025, an estimate); the 2024 growth has
    #     no printed base (no verdict); the 25% forecast holds only by rounding. Expected nowhere: the 一季度 order
    #     figure, 7家 firms and their 18亿元 of funding, 90.8万起 fires.
    dict(
        text=(
            "证券时报网讯（记者 林晓峰）2025年3月12日，记者从中国消防协会智能消防分会获悉，去年我国智能消防与灾害预警"
            "人工智能市场规模达到96.5亿元，同比增长24.8%；分会预计，今年市场规模有望突破120亿元，增速在25%左右。今年"
            "一季度，仅森林防火AI监测一项的订单规模就约有21亿元。资本市场同样活跃，今年以来已有7家相关企业完成融资，"
            "合计金额超过18亿元。应急管理部数据显示，去年全国共接报火灾90.8万起。"
        ),
        obs=[
            ("Total", 2024, 96.5, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (120 / 96.5) ** (1 / 1) - 1 = 24.352% -> 24, not 25; bounds 119.5 / 96.55 - 1 = 23.770%,
            # 120.5 / 96.45 - 1 = 24.935% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) in 億元人民幣 with a target price; CAGR span only from its amounts'
    #     years. Expected nowhere: the report date, the HK$38.50 target price and 27% upside, the covered company's
    #     42.3億元 revenue, its 35% growth and 約96億元 order book.
    dict(
        text=(
            "滙峰證券研究部｜行業深度報告｜2025年8月26日\n"
            "中國軍用無人系統AI：從「能飛」到「會想」\n"
            "我們測算，2024年中國軍用無人系統人工智能市場規模約231億元人民幣，至2027年將擴大至486億元，年複合增長率約"
            "28%，其中集群協同與自主導航算法為增速最快的環節。首次覆蓋天衡智控（H股），給予「買入」評級，目標價38.50港"
            "元，較現價有27%上行空間；公司2024年收入為42.3億元，按年增長35%，在手訂單約96億元。"
        ),
        obs=[
            ("Total", 2024, 231, "CNY 100 million", "actual"),
            ("Total", 2027, 486, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (486 / 231) ** (1 / 3) - 1 = 28.137% -> 28
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a total row; the 2027F column adds only by rounding.
    #     Expected nowhere: the table number, the caption's years, the source date, the note number.
    dict(
        text=(
            "Table 4. Global AI in defence market by segment, 2023-2027F (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Intelligence analysis | 3.12 | 3.71 | 4.40 | 6.18 |\n"
            "| Autonomous & uncrewed systems | 2.64 | 3.25 | 3.98 | 5.90 |\n"
            "| Command & control decision support | 1.87 | 2.21 | 2.60 | 3.55 |\n"
            "| Predictive maintenance | 0.96 | 1.14 | 1.35 | 1.88 |\n"
            "| Total | 8.59 | 10.31 | 12.33 | 17.52 |\n"
            "Source: Halvard Defence Research, March 2025. Note 2: totals may not sum due to rounding."
        ),
        obs=[
            ("Intelligence analysis", 2023, 3.12, "USD billion", "actual"),
            ("Intelligence analysis", 2024, 3.71, "USD billion", "actual"),
            ("Intelligence analysis", 2025, 4.40, "USD billion", "estimate"),
            ("Intelligence analysis", 2027, 6.18, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2023, 2.64, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2024, 3.25, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2025, 3.98, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2027, 5.90, "USD billion", "estimate"),
            ("Command & control decision support", 2023, 1.87, "USD billion", "actual"),
            ("Command & control decision support", 2024, 2.21, "USD billion", "actual"),
            ("Command & control decision support", 2025, 2.60, "USD billion", "estimate"),
            ("Command & control decision support", 2027, 3.55, "USD billion", "estimate"),
            ("Predictive maintenance", 2023, 0.96, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 1.14, "USD billion", "actual"),
            ("Predictive maintenance", 2025, 1.35, "USD billion", "estimate"),
            ("Predictive maintenance", 2027, 1.88, "USD billion", "estimate"),
            ("Total", 2023, 8.59, "USD billion", "actual"),
            ("Total", 2024, 10.31, "USD billion", "actual"),
            ("Total", 2025, 12.33, "USD billion", "estimate"),
            ("Total", 2027, 17.52, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 3.12 + 2.64 + 1.87 + 0.96 = 8.59
            ("hierarchy", "exact"),  # 3.71 + 3.25 + 2.21 + 1.14 = 10.31
            ("hierarchy", "exact"),  # 4.40 + 3.98 + 2.60 + 1.35 = 12.33
            # 6.18 + 5.90 + 3.55 + 1.88 = 17.51, not 17.52; rows at half a digit give 17.49..17.53, which reaches
            # 17.515..17.525 -> only by rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned table with years as rows, a lone value column headed by its unit (the Total) and a YoY
    #     column; the 2023 YoY is a digit-swap typo (inconsistent), the 2025E YoY holds only by rounding.
    #     Expected nowhere: the exhibit number, the "Q2 2025 update" in the source line.
    dict(
        text=(
            "Exhibit 7: U.S. state and local spending on AI video analytics for policing\n"
            "\n"
            "Year     USD million     YoY\n"
            "2021     318             -\n"
            "2022     392             23.3%\n"
            "2023     476             12.4%\n"
            "2024     561             17.9%\n"
            "2025E    655             16.6%\n"
            "\n"
            "Source: Corbell & Reyes Public Safety Research, Q2 2025 update."
        ),
        obs=[
            ("Total", 2021, 318, "USD million", "actual"),
            ("Total", 2022, 392, "USD million", "actual"),
            ("Total", 2023, 476, "USD million", "actual"),
            ("Total", 2024, 561, "USD million", "actual"),
            ("Total", 2025, 655, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2021, 2022, 1.0),
            ("growth", 12.4, "percent", 2022, 2023, 1.0),
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 16.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (392 / 318) ** (1 / 1) - 1 = 23.270% -> 23.3
            # (476 / 392) ** (1 / 1) - 1 = 21.429% -> 21.4, printed 12.4; bounds 475.5 / 392.5 - 1 = 21.146%,
            # 476.5 / 391.5 - 1 = 21.711% -> 12.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (561 / 476) ** (1 / 1) - 1 = 17.857% -> 17.9
            # (655 / 561) ** (1 / 1) - 1 = 16.756% -> 16.8, not 16.6; bounds 654.5 / 561.5 - 1 = 16.563%,
            # 655.5 / 560.5 - 1 = 16.949% -> 16.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元 with a 合计 row; all columns add exactly.
    #     Expected nowhere: the table number, the caption's years, the source date.
    dict(
        text=(
            "表3 2023—2025年中国国防人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "情报分析\t86.4\t104.2\t126.5\n"
            "无人系统\t132.7\t168.9\t213.4\n"
            "指挥控制辅助决策\t58.3\t71.6\t88.0\n"
            "装备预测性维护\t27.9\t35.1\t43.7\n"
            "合计\t305.3\t379.8\t471.6\n"
            "资料来源：华信国防科技研究院，2025年4月"
        ),
        obs=[
            ("情报分析", 2023, 86.4, "CNY 100 million", "actual"),
            ("情报分析", 2024, 104.2, "CNY 100 million", "actual"),
            ("情报分析", 2025, 126.5, "CNY 100 million", "estimate"),
            ("无人系统", 2023, 132.7, "CNY 100 million", "actual"),
            ("无人系统", 2024, 168.9, "CNY 100 million", "actual"),
            ("无人系统", 2025, 213.4, "CNY 100 million", "estimate"),
            ("指挥控制辅助决策", 2023, 58.3, "CNY 100 million", "actual"),
            ("指挥控制辅助决策", 2024, 71.6, "CNY 100 million", "actual"),
            ("指挥控制辅助决策", 2025, 88.0, "CNY 100 million", "estimate"),
            ("装备预测性维护", 2023, 27.9, "CNY 100 million", "actual"),
            ("装备预测性维护", 2024, 35.1, "CNY 100 million", "actual"),
            ("装备预测性维护", 2025, 43.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 305.3, "CNY 100 million", "actual"),
            ("合计", 2024, 379.8, "CNY 100 million", "actual"),
            ("合计", 2025, 471.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 86.4 + 132.7 + 58.3 + 27.9 = 305.3
            ("hierarchy", "exact"),  # 104.2 + 168.9 + 71.6 + 35.1 = 379.8
            ("hierarchy", "exact"),  # 126.5 + 213.4 + 88.0 + 43.7 = 471.6
        ],
    ),
    # 19. Tab-separated fiscal-year table (UK MOD AI expenditure, £ million) with a CAGR column; FY2025e is an
    #     estimate; the logistics row's 19.5% holds only by rounding. Expected nowhere: the table number, the
    #     source's month.
    dict(
        text=(
            "Table 2\tMOD expenditure on AI-enabled capabilities by area (£ million, financial years)\n"
            "Area\tFY2022\tFY2023\tFY2024\tFY2025e\tCAGR FY22-25e\n"
            "ISR & intelligence analysis\t142\t171\t205\t248\t20.4%\n"
            "Autonomy & uncrewed systems\t96\t124\t163\t214\t30.6%\n"
            "Decision support & C2\t58\t69\t83\t101\t20.3%\n"
            "Logistics & predictive maintenance\t37\t44\t52\t63\t19.5%\n"
            "Total\t333\t408\t503\t626\t23.4%\n"
            "Source: UK Defence AI Observatory analysis of MOD departmental returns, July 2025."
        ),
        obs=[
            ("ISR & intelligence analysis", 2022, 142, "GBP million", "actual"),
            ("ISR & intelligence analysis", 2023, 171, "GBP million", "actual"),
            ("ISR & intelligence analysis", 2024, 205, "GBP million", "actual"),
            ("ISR & intelligence analysis", 2025, 248, "GBP million", "estimate"),
            ("Autonomy & uncrewed systems", 2022, 96, "GBP million", "actual"),
            ("Autonomy & uncrewed systems", 2023, 124, "GBP million", "actual"),
            ("Autonomy & uncrewed systems", 2024, 163, "GBP million", "actual"),
            ("Autonomy & uncrewed systems", 2025, 214, "GBP million", "estimate"),
            ("Decision support & C2", 2022, 58, "GBP million", "actual"),
            ("Decision support & C2", 2023, 69, "GBP million", "actual"),
            ("Decision support & C2", 2024, 83, "GBP million", "actual"),
            ("Decision support & C2", 2025, 101, "GBP million", "estimate"),
            ("Logistics & predictive maintenance", 2022, 37, "GBP million", "actual"),
            ("Logistics & predictive maintenance", 2023, 44, "GBP million", "actual"),
            ("Logistics & predictive maintenance", 2024, 52, "GBP million", "actual"),
            ("Logistics & predictive maintenance", 2025, 63, "GBP million", "estimate"),
            ("Total", 2022, 333, "GBP million", "actual"),
            ("Total", 2023, 408, "GBP million", "actual"),
            ("Total", 2024, 503, "GBP million", "actual"),
            ("Total", 2025, 626, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2022, 2025, None, "stated"),
            ("cagr", 30.6, "percent", 2022, 2025, None, "stated"),
            ("cagr", 20.3, "percent", 2022, 2025, None, "stated"),
            ("cagr", 19.5, "percent", 2022, 2025, None, "stated"),
            ("cagr", 23.4, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (248 / 142) ** (1 / 3) - 1 = 20.426% -> 20.4
            ("cagr|implied", "exact"),  # (214 / 96) ** (1 / 3) - 1 = 30.631% -> 30.6
            ("cagr|implied", "exact"),  # (101 / 58) ** (1 / 3) - 1 = 20.309% -> 20.3
            # (63 / 37) ** (1 / 3) - 1 = 19.412% -> 19.4, not 19.5; bounds (62.5 / 37.5) ** (1/3) - 1 = 18.563%,
            # (63.5 / 36.5) ** (1/3) - 1 = 20.271% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (626 / 333) ** (1 / 3) - 1 = 23.417% -> 23.4
            ("hierarchy", "exact"),  # 142 + 96 + 58 + 37 = 333
            ("hierarchy", "exact"),  # 171 + 124 + 69 + 44 = 408
            ("hierarchy", "exact"),  # 205 + 163 + 83 + 52 = 503
            ("hierarchy", "exact"),  # 248 + 214 + 101 + 63 = 626
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; the 100.0% total is no
    #     claim. Expected nowhere: the table number, the "119" in a row label.
    dict(
        text=(
            "表1　2024年台灣公共安全AI市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---|---|\n"
            "| 警政影像分析 | 4,862 | 38.2% |\n"
            "| 119智慧派遣 | 2,315 | 18.2% |\n"
            "| 災害預警與防救 | 3,104 | 24.4% |\n"
            "| 關鍵基礎設施防護 | 2,447 | 19.2% |\n"
            "| 合計 | 12,728 | 100.0% |\n"
            "資料來源：臺灣智慧治理研究院整理"
        ),
        obs=[
            ("警政影像分析", 2024, 4862, "TWD million", "actual"),
            ("119智慧派遣", 2024, 2315, "TWD million", "actual"),
            ("災害預警與防救", 2024, 3104, "TWD million", "actual"),
            ("關鍵基礎設施防護", 2024, 2447, "TWD million", "actual"),
            ("合計", 2024, 12728, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
            ("share", 24.4, "percent", 2024, 2024, None),
            ("share", 19.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4862 / 12728 = 38.199% -> 38.2
            ("arithmetic", "exact"),  # 2315 / 12728 = 18.188% -> 18.2
            ("arithmetic", "exact"),  # 3104 / 12728 = 24.387% -> 24.4
            ("arithmetic", "exact"),  # 2447 / 12728 = 19.225% -> 19.2
            ("hierarchy", "exact"),  # 4862 + 2315 + 3104 + 2447 = 12728
        ],
    ),
    # 21. US prime's Q4 FY2024 earnings-call transcript; the CEO sizes the C2 decision-support TAM (Total), CAGR span
    #     only from the amounts' years. Expected nowhere: quarter awards, backlog, quarterly revenue and growth, the
    #     "close to a fifth" share target, the analyst's firm.
    dict(
        text=(
            "Corvane Systems, Inc. (CRVN) Q4 Fiscal 2024 Earnings Conference Call - February 6, 2025\n"
            "Operator: Our next question comes from Dana Whitcombe with Ridgeline Securities. Your line is open.\n"
            "Dana Whitcombe: Thanks, guys. Marcus, you keep pointing to decision support as the big prize. Can you "
            "put a number on it?\n"
            "Marcus Ellery, Chief Executive Officer: Sure, Dana. When we add up the Army, the Air Force and the "
            "combatant commands, we think the addressable market for AI-enabled command-and-control decision support "
            "was something like $14 billion in fiscal 2024, and we see it getting to roughly $31 billion by fiscal "
            "2030 - call it a 14% compound rate. For context, we booked $1.9 billion of awards in the fourth quarter, "
            "backlog closed the year at a record $11.4 billion, and revenue for the quarter was up 9% to $2.7 billion. "
            "Our ambition is to hold something close to a fifth of that market by the end of the decade."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1 / 6) - 1 = 14.17% -> 14
        ],
    ),
    # 22. Washington think-tank working-paper abstract: base, projection and CAGR with printed span.
    #     Expected nowhere: the paper number, contract records and officials interviewed, world military
    #     expenditure, "about two-thirds" (share in words), the five countries.
    dict(
        text=(
            "Center for Strategic Computation | Working Paper No. 2025-07 | Washington, DC, March 2025\n"
            "Buying Judgement: The Market for Machine Learning in Military Intelligence\n"
            "Abstract. Intelligence services now buy machine learning the way they once bought satellites: in long, "
            "classified programmes whose cost is hard to see. Drawing on 1,140 contract records and interviews with 36 "
            "programme officials, this paper estimates that worldwide spending on AI for military intelligence "
            "analysis reached $4.2 billion in 2023 and projects it at $9.8 billion in 2029, implying a compound annual "
            "growth rate of 15.2% over 2023-2029. That is small beside global military expenditure of $2.44 trillion "
            "in 2023, and about two-thirds of it is spent by just five countries. We argue that the bottleneck is not "
            "algorithms but accredited data pipelines."
        ),
        obs=[
            ("Total", 2023, 4.2, "USD billion", "actual"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 4.2) ** (1 / 6) - 1 = 15.17% -> 15.2
        ],
    ),
    # 23. Social-media thread (April 2025) on autonomy software in uncrewed systems; "last year" = 2024; the printed
    #     28% growth does not follow from $2.13B -> $2.64B; "more than triple" is a multiple 2022-2027.
    #     Expected nowhere: the drone production count, the Series C, the tweet numbering.
    dict(
        text=(
            "@dronewatch_amy \u00b7 Apr 2, 2025\n"
            "1/ Quick thread on the money behind autonomy in uncrewed military systems, because the numbers in the "
            "new Varga & Lind report are kind of wild.\n"
            "2/ They put the global market for AI autonomy software + onboard compute in military drones and "
            "uncrewed vessels at $2.64B last year, up 28% from $2.13B in 2023.\n"
            "3/ By 2027 they see $6.3B. That's more than triple the $1.9B it was in 2022. (Yes, I checked the "
            "appendix.)\n"
            "4/ Context: Ukraine says it built more than 1.5M drones in 2024. Hardware volume is not the same thing "
            "as autonomy spend - most of those fly with zero onboard AI.\n"
            "5/ And VCs clearly agree with the report: Skyforge just closed a $240M Series C. /end"
        ),
        obs=[
            ("Total", 2022, 1.9, "USD billion", "actual"),
            ("Total", 2023, 2.13, "USD billion", "actual"),
            ("Total", 2024, 2.64, "USD billion", "actual"),
            ("Total", 2027, 6.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[
            # (2.64 / 2.13) - 1 = 23.94%; bounds (2.635 / 2.135) - 1 = 23.42%, (2.645 / 2.125) - 1 = 24.47%
            # -> 28 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. US web article on police video analytics carrying a correction note; the corrected $1.8 billion is the 2024
    #     figure. Expected nowhere: the misstated $8.1 billion, the survey's 400 agencies and 62%, the city contract,
    #     the vendor's quarterly bookings.
    dict(
        text=(
            "Police departments double down on AI video analytics\n"
            "By Jordan Pike | Published May 14, 2025, updated May 15, 2025\n"
            "From parking garages to transit platforms, more U.S. police departments are letting software watch the "
            "cameras. Law-enforcement spending on AI video analytics in the United States came to $1.8 billion in "
            "2024, according to Blue Harbor Research, which projects it will reach $3.1 billion in 2028, growing "
            "14.6% a year from 2024 to 2028. A separate survey of 400 agencies found that 62% plan to expand their "
            "use of the tools this year. Fresno signed a $12 million, five-year contract in March, and vendor "
            "SentryGrid said first-quarter bookings rose to $86 million.\n"
            "Correction: An earlier version of this article misstated Blue Harbor Research's figure for 2024 "
            "spending as $8.1 billion. The correct figure is $1.8 billion."
        ),
        obs=[
            ("Total", 2024, 1.8, "USD billion", "actual"),
            ("Total", 2028, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.8) ** (1 / 4) - 1 = 14.56% -> 14.6
        ],
    ),
    # 25. UK defence-software company's annual-report chair's letter: market growth with both amounts, a 2027
    #     outlook ("approach" -> printed figure). Expected nowhere: the MoD equipment plan, the company's revenue,
    #     growth, order book and headcount, "roughly a third" (share in words).
    dict(
        text=(
            "Chair's letter to shareholders\n"
            "Dear shareholders,\n"
            "It was a year in which the argument for our business was won. By our estimate, drawing on Ministry of "
            "Defence contract data, the UK market for AI-driven predictive maintenance of military fleets - aircraft, "
            "armoured vehicles and ships - grew to \u00a3420 million in 2024 from \u00a3365 million in 2023, a rise of "
            "15%. The Ministry's ten-year equipment plan of \u00a3288.6 billion dwarfs that sum, but roughly a third of "
            "the market now sits in sustainment contracts that barely existed five years ago, and we expect it to "
            "approach \u00a3600 million by 2027. Our own revenue rose 31% to \u00a358.2 million, the order book stood "
            "at \u00a3141 million at the year-end and we now employ 412 people in Bristol and Glasgow.\n"
            "Helen Ashdown, Chair, 19 March 2025"
        ),
        obs=[
            ("Total", 2023, 365, "GBP million", "actual"),
            ("Total", 2024, 420, "GBP million", "actual"),
            ("Total", 2027, 600, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (420 / 365) - 1 = 15.07% -> 15
        ],
    ),
    # 26. Investor-day slide bullets from a US prime (September 2025): TAM 2025E -> 2030E with stated CAGR, two
    #     segments with shares (33% holds only by rounding) and a third without a share.
    #     Expected nowhere: the slide number, the company's revenue, its 10% share target, backlog, book-to-bill.
    dict(
        text=(
            "Halvorsen Dynamics Investor Day | New York | September 18, 2025\n"
            "Slide 14 - Defence & Security AI: the opportunity\n"
            "\u2022 Total addressable market: $22B (2025E) \u2192 $48B (2030E)\n"
            "\u2022 17% CAGR, 2025\u20132030\n"
            "\u2022 Border & critical-infrastructure security: $6B (27% of TAM)\n"
            "\u2022 ISR & autonomy: $7B (33% of TAM)\n"
            "\u2022 Predictive maintenance / sustainment: $4B\n"
            "\u2022 HD revenue in these markets, FY2024: $1.3B; goal: 10% share by 2030\n"
            "\u2022 Backlog $3.8B; book-to-bill 1.2x"
        ),
        obs=[
            ("Total", 2025, 22, "USD billion", "estimate"),
            ("Total", 2030, 48, "USD billion", "estimate"),
            ("Border & critical-infrastructure security", 2025, 6, "USD billion", "estimate"),
            ("ISR & autonomy", 2025, 7, "USD billion", "estimate"),
            ("Predictive maintenance / sustainment", 2025, 4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
            ("share", 27, "percent", 2025, 2025, None),
            ("share", 33, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48 / 22) ** (1 / 5) - 1 = 16.89% -> 17
            ("arithmetic", "exact"),  # 6 / 22 = 27.27% -> 27
            # 7 / 22 = 31.82% -> 32, not 33; bounds 6.5 / 22.5 = 28.89%, 7.5 / 21.5 = 34.88% -> 33 only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Q&A-forum answer on South Korea's military AI market; series unit USD million, so the 2030 $1.1 billion is
    #     1100; the CAGR's span comes from the amounts' years. Expected nowhere: the second house's 2022 figure, the
    #     won defence budget, the drone numbers.
    dict(
        text=(
            "Q: How big is South Korea's military AI market, really?\n"
            "Answer from defence_analyst_kr, posted 3 June 2025:\n"
            "Depends whose numbers you trust. The most-cited one comes from Seoul-based Korea Defence Insight, which "
            "put the Korean military AI market at about $310 million in 2022 and reckons it hits $1.1 billion by "
            "2030, a CAGR of 17.1%. Hanbit Research draws the boundary wider and has 2022 at $450 million, so don't "
            "mix the two. For scale, the whole 2025 defence budget is 61.2 trillion won, and the Army wants 1,000-plus "
            "small drones per corps. AI is still a rounding error next to that, but it's the fastest-growing line."
        ),
        obs=[
            ("Total", 2022, 310, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2022, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 310) ** (1 / 8) - 1 = 17.15% -> 17.2, not 17.1; bounds (1050 / 310.5) ** (1/8) - 1 = 16.45%,
            # (1150 / 309.5) ** (1/8) - 1 = 17.83% (1.1 billion moved by 0.05 billion) -> 17.1 only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Mumbai broker's India defence note, fiscal years, stated span FY25-30e; the rupee aside is no observation.
    #     Expected nowhere: the crore figure, MoD capital outlay, iDEX start-up count, rating, target price and upside,
    #     the covered company's revenue and growth, the note's date.
    dict(
        text=(
            "Kestrel Capital Research | India Defence | Sector initiation | Mumbai, 22 July 2025\n"
            "AI in the armed forces: from pilots to programmes\n"
            "We estimate India's defence AI market - intelligence fusion, autonomous systems, decision support and "
            "fleet maintenance - at US$1.25bn in FY2025, and see it rising to US$3.4bn by FY2030e, a 22% CAGR over "
            "FY25-30e. In rupee terms that is roughly \u20b910,700 crore today. The backdrop is MoD's FY2026 capital "
            "outlay of \u20b91.80 lakh crore, and iDEX has now funded more than 400 start-ups. We initiate on Bharat "
            "Avionics with a BUY and a TP of \u20b91,860 (24% upside); its FY2025 revenue grew 19% to \u20b92,410 crore."
        ),
        obs=[
            ("Total", 2025, 1.25, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.25) ** (1 / 5) - 1 = 22.16% -> 22
        ],
    ),
    # 29. Xinhua-style release (Simplified): growth printed as 24.3% though 150.2 -> 186.5 gives 24.17%; a segment with
    #     its share. Expected nowhere: the dateline, the 1200 firms, the 1.6万 drones.
    dict(
        text=(
            "新华社北京2025年4月16日电（记者李明远）记者从中国应急管理科技产业联盟获悉，2024年我国应急管理领域"
            "人工智能市场规模达到186.5亿元，较上年的150.2亿元增长24.3%。其中，火灾与灾害智能预测预警市场规模为"
            "52.8亿元，占比约28.3%。联盟预计，2027年该市场规模有望突破400亿元。截至2024年底，全国已有超过1200家"
            "企业布局应急智能装备，各级消防救援队伍配备无人机逾1.6万架。"
        ),
        obs=[
            ("Total", 2023, 150.2, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("火灾与灾害智能预测预警", 2024, 52.8, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 28.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 186.5 / 150.2 - 1 = 24.17%; bounds 186.45 / 150.25 - 1 = 24.09%, 186.55 / 150.15 - 1 = 24.24%
            # -> 24.3 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 52.8 / 186.5 = 28.31% -> 28.3
        ],
    ),
    # 30. Ministry implementation plan (Simplified): 2023 base and 2027 target, "增长2倍" kept as x2 over 2023-2027.
    #     Expected nowhere: the plan's title years, the document number, 100 scenarios, 30 firms, the 45% penetration.
    dict(
        text=(
            "关于印发《公共安全领域人工智能创新应用实施方案（2024—2027年）》的通知\n"
            "工信厅联科〔2024〕58号\n"
            "一、发展基础\n"
            "近年来，人工智能在视频侦查、应急指挥、消防预警等场景加快落地。2023年，我国公共安全领域人工智能核心"
            "产业规模约为265亿元，但仍存在数据壁垒多、场景碎片化等问题。\n"
            "二、主要目标\n"
            "到2027年，公共安全领域人工智能核心产业规模突破800亿元，较2023年增长2倍；建成100个以上典型应用场景，"
            "培育30家以上具有国际竞争力的骨干企业，重点行业智能化渗透率达到45%。"
        ),
        obs=[
            ("Total", 2023, 265, "CNY 100 million", "actual"),
            ("Total", 2027, 800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],  # a multiple gets no verdict
    ),
    # 31. Taiwanese think-tank release (Traditional), NT$ 億元: CAGR with printed span; a segment's 35.5% share holds only
    #     by rounding. Expected nowhere: the date, the NT$6,470億 defence budget, the 3,200 drones.
    dict(
        text=(
            "【台北訊】2025年3月12日\n"
            "產業情報研究所(TIRI)今(12)日發布研究指出，2024年台灣國防與公共安全AI市場規模達新台幣182億元，預估"
            "2028年將成長至新台幣415億元，2024至2028年年複合成長率(CAGR)達22.9%。其中，智慧邊境與關鍵基礎設施防護"
            "為最大應用領域，2024年規模約新台幣64億元，占整體35.5%。TIRI資深產業分析師陳怡君表示，2025年度國防"
            "預算達新台幣6,470億元，國防部並規劃採購近3,200架商規無人機，將帶動AI影像辨識與指管決策需求。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2028, 415, "TWD 100 million", "estimate"),
            ("智慧邊境與關鍵基礎設施防護", 2024, 64, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 22.9, "percent", 2024, 2028, None, "stated"),
            ("share", 35.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (415 / 182) ** (1 / 4) - 1 = 22.88% -> 22.9
            # 64 / 182 = 35.16% -> 35.2, not 35.5; bounds 63.5 / 182.5 = 34.79%, 64.5 / 181.5 = 35.54%
            # -> 35.5 only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional), 億港元; dateline 2025: 去年 2024, 前年 2023, 今年 2025 (estimate).
    #     Expected nowhere: the police contract, the CCTV camera count, "約四成" (share in words).
    dict(
        text=(
            "【本報訊】（2025年6月9日）本港公共安全範疇的人工智能影像分析市場持續擴張。香港智安研究中心昨日發表"
            "報告指，去年本港相關市場規模約為12.6億港元，較前年的10.8億港元增長16.7%，今年有望進一步升至14.9億"
            "港元。報告又指，警方去年批出一份總值3.2億港元的智能監控系統合約，而全港政府部門現時共安裝約5.4萬個"
            "閉路電視鏡頭。研究中心主任梁家輝表示，約四成需求來自交通及口岸管理，未來跨境車流數據將是增長關鍵。"
        ),
        obs=[
            ("Total", 2023, 10.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 14.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 10.8 - 1 = 16.67% -> 16.7
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional), 億美元: CAGR whose span only the amounts' years give.
    #     Expected nowhere: the post time, list numbers, "大概占四成" and "不到兩成" (shares in words), the 150萬 drones.
    dict(
        text=(
            "作者 skywolf77 (天狼)\n"
            "看板 Military\n"
            "標題 [情報] 軍用無人系統AI市場 2030上看190億美元\n"
            "時間 Sat Mar 15 10:22:41 2025\n"
            "\n"
            "看到一份外商研究報告，整理一下重點：\n"
            "1. 全球軍用無人系統AI市場 2023年大約58億美元\n"
            "2. 2030年上看190億美元，報告寫的CAGR是18.5%\n"
            "3. 美國大概占四成，中國跟以色列加起來不到兩成\n"
            "4. 烏克蘭一年產超過150萬架無人機，但大部分根本沒什麼AI\n"
            "\n"
            "個人心得：台灣如果只買機體不買軟體，很快就會被淘汰\n"
            "--\n"
            "推 jet5566: 所以台灣分到多少？\n"
            "→ skywolf77: 報告沒有把台灣拆出來"
        ),
        obs=[
            ("Total", 2023, 58, "USD 100 million", "actual"),
            ("Total", 2030, 190, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (190 / 58) ** (1 / 7) - 1 = 18.47% -> 18.5
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2026 range, a share without its part, a stated CAGR.
    #     Expected nowhere: the report date, the national defence budget, the rating and target price.
    dict(
        text=(
            "东岳证券 | 国防军工行业深度报告 | 2025年8月20日\n"
            "军用人工智能：从“能用”到“好用”\n"
            "投资要点：我们测算，2024年我国军用人工智能市场规模约为238亿元，其中情报分析与指挥决策类应用占比约45%。"
            "随着无人作战体系和装备智能运维加速列装，预计2026年市场规模在340亿—390亿元之间，2030年有望达到680亿元，"
            "2024—2030年复合增速约19%。作为参照，2025年全国一般公共预算安排国防支出约1.78万亿元。维持行业“增持”"
            "评级，重点推荐智控科技（目标价58.6元）。"
        ),
        obs=[
            ("Total", 2024, 238, "CNY 100 million", "actual"),
            ("Total", 2030, 680, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 45, "percent", 2024, 2024, None),
            ("value", 340, "CNY 100 million", 2026, 2026, None),
            ("value", 390, "CNY 100 million", 2026, 2026, None),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (680 / 238) ** (1 / 6) - 1 = 19.12% -> 19
        ],
    ),
    # 35. A-share company's results-briefing transcript (Simplified): third-party market sizing, CAGR inferred from
    #     2024 -> 2027 holding only by rounding. Expected nowhere: company revenue and growth, Q1 revenue, new
    #     orders, gross margin, the briefing's title years.
    dict(
        text=(
            "海视智安2024年度暨2025年第一季度业绩说明会文字实录（2025年5月12日）\n"
            "问：请问公司如何看待智慧警务视频分析市场的空间？\n"
            "董事会秘书 王磊：您好，感谢您的关注。根据第三方机构测算，我国智慧警务视频分析市场2024年规模约为312亿元，"
            "预计到2027年将达到520亿元左右，年均增长约18%。公司2024年实现营业收入21.36亿元，同比增长12.4%，综合毛利率"
            "为41.2%；今年一季度实现营收4.12亿元，新签订单6.8亿元。谢谢！"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2027, 520, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (520 / 312) ** (1 / 3) - 1 = 18.56% -> 19, not 18; bounds (519.5 / 312.5) ** (1/3) - 1 = 18.46%,
            # (520.5 / 311.5) ** (1/3) - 1 = 18.66% -> 18 only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 36. Markdown segment table, US$ billion, 2024 and 2029F; the 2024 rows add to 9.3 against a printed 9.4.
    #     Expected nowhere: the table numbers, the NATO procurement budget, the source date.
    dict(
        text=(
            "Table 3: Global defence AI market by segment, 2024 and 2029F (US$ billion)\n"
            "\n"
            "| Segment | 2024 | 2029F |\n"
            "|---|---|---|\n"
            "| Intelligence analysis | 3.4 | 7.9 |\n"
            "| Autonomous & uncrewed systems | 2.9 | 8.3 |\n"
            "| Command-and-control decision support | 1.8 | 4.6 |\n"
            "| Predictive maintenance | 1.2 | 2.7 |\n"
            "| Total | 9.4 | 23.5 |\n"
            "\n"
            "Source: Pemberton Defence Advisory, January 2025. Segments exclude platform hardware; NATO members' "
            "combined equipment spending of US$381 billion is shown for comparison in Table 4."
        ),
        obs=[
            ("Intelligence analysis", 2024, 3.4, "USD billion", "actual"),
            ("Autonomous & uncrewed systems", 2024, 2.9, "USD billion", "actual"),
            ("Command-and-control decision support", 2024, 1.8, "USD billion", "actual"),
            ("Predictive maintenance", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Intelligence analysis", 2029, 7.9, "USD billion", "estimate"),
            ("Autonomous & uncrewed systems", 2029, 8.3, "USD billion", "estimate"),
            ("Command-and-control decision support", 2029, 4.6, "USD billion", "estimate"),
            ("Predictive maintenance", 2029, 2.7, "USD billion", "estimate"),
            ("Total", 2029, 23.5, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 3.4 + 2.9 + 1.8 + 1.2 = 9.3, not 9.4; each row +/-0.05 -> [9.1, 9.5] -> 9.4 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2029F: 7.9 + 8.3 + 4.6 + 2.7 = 23.5
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (GBP m -> Total) with a YoY column; the 2025E YoY holds
    #     only by rounding. Expected nowhere: the source's month, the tracker's name.
    dict(
        text=(
            "UK police and fire services: spending on AI video analytics and dispatch software\n"
            "Year\tGBP m\tYoY\n"
            "2020\t184\t-\n"
            "2021\t212\t15.2%\n"
            "2022\t248\t17.0%\n"
            "2023\t291\t17.3%\n"
            "2024\t336\t15.5%\n"
            "2025E\t385\t14.3%\n"
            "2026E\t431\t11.9%\n"
            "Source: Thameside Analytics, Public Safety Technology Tracker, February 2025"
        ),
        obs=[
            ("Total", 2020, 184, "GBP million", "actual"),
            ("Total", 2021, 212, "GBP million", "actual"),
            ("Total", 2022, 248, "GBP million", "actual"),
            ("Total", 2023, 291, "GBP million", "actual"),
            ("Total", 2024, 336, "GBP million", "actual"),
            ("Total", 2025, 385, "GBP million", "estimate"),
            ("Total", 2026, 431, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2020, 2021, 1.0),
            ("growth", 17.0, "percent", 2021, 2022, 1.0),
            ("growth", 17.3, "percent", 2022, 2023, 1.0),
            ("growth", 15.5, "percent", 2023, 2024, 1.0),
            ("growth", 14.3, "percent", 2024, 2025, 1.0),
            ("growth", 11.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 184 - 1 = 15.22% -> 15.2
            ("cagr|implied", "exact"),  # 248 / 212 - 1 = 16.98% -> 17.0
            ("cagr|implied", "exact"),  # 291 / 248 - 1 = 17.34% -> 17.3
            ("cagr|implied", "exact"),  # 336 / 291 - 1 = 15.46% -> 15.5
            # 385 / 336 - 1 = 14.58% -> 14.6, not 14.3; bounds 384.5 / 336.5 - 1 = 14.26%, 385.5 / 335.5 - 1 = 14.90%
            # -> 14.3 only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 431 / 385 - 1 = 11.95% -> 11.9
        ],
    ),
    # 38. Space-aligned Simplified Chinese segment table (亿元) with a 合计 row, three year columns, 2025E estimate.
    #     Expected nowhere: the table number, the title's years, the source date.
    dict(
        text=(
            "表2  2023—2025年中国公共安全人工智能市场细分结构（单位：亿元）\n"
            "细分领域                    2023年     2024年     2025年E\n"
            "视频智能分析                 142.6      171.3      203.5\n"
            "智能接处警与指挥调度          48.2       59.7       73.4\n"
            "火灾与灾害智能预测            31.5       40.8       52.6\n"
            "边境与关键基础设施安防        27.9       34.1       41.2\n"
            "合计                         250.2      305.9      370.7\n"
            "资料来源：华衡安全产业研究院，2025年3月"
        ),
        obs=[
            ("视频智能分析", 2023, 142.6, "CNY 100 million", "actual"),
            ("智能接处警与指挥调度", 2023, 48.2, "CNY 100 million", "actual"),
            ("火灾与灾害智能预测", 2023, 31.5, "CNY 100 million", "actual"),
            ("边境与关键基础设施安防", 2023, 27.9, "CNY 100 million", "actual"),
            ("合计", 2023, 250.2, "CNY 100 million", "actual"),
            ("视频智能分析", 2024, 171.3, "CNY 100 million", "actual"),
            ("智能接处警与指挥调度", 2024, 59.7, "CNY 100 million", "actual"),
            ("火灾与灾害智能预测", 2024, 40.8, "CNY 100 million", "actual"),
            ("边境与关键基础设施安防", 2024, 34.1, "CNY 100 million", "actual"),
            ("合计", 2024, 305.9, "CNY 100 million", "actual"),
            ("视频智能分析", 2025, 203.5, "CNY 100 million", "estimate"),
            ("智能接处警与指挥调度", 2025, 73.4, "CNY 100 million", "estimate"),
            ("火灾与灾害智能预测", 2025, 52.6, "CNY 100 million", "estimate"),
            ("边境与关键基础设施安防", 2025, 41.2, "CNY 100 million", "estimate"),
            ("合计", 2025, 370.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.6 + 48.2 + 31.5 + 27.9 = 250.2
            ("hierarchy", "exact"),  # 2024: 171.3 + 59.7 + 40.8 + 34.1 = 305.9
            ("hierarchy", "exact"),  # 2025E: 203.5 + 73.4 + 52.6 + 41.2 = 370.7
        ],
    ),
    # 39. Tel Aviv research house's regional table (USD million) with a CAGR 2024-30 column and a World row; the Middle
    #     East & Africa CAGR is inconsistent. Expected nowhere: the publisher's date, the exhibit number.
    dict(
        text=(
            "Negev Security Research, Tel Aviv, June 2025 - Exhibit 5\n"
            "Border and critical-infrastructure security AI, by region (USD million)\n"
            "Region                  2024     2030F    CAGR 2024-30\n"
            "North America          1,240     3,050    16.2%\n"
            "Europe                   780     1,960    16.6%\n"
            "Asia-Pacific             690     2,110    20.5%\n"
            "Middle East & Africa     410     1,150    18.2%\n"
            "Latin America            120       330    18.4%\n"
            "World                  3,240     8,600    17.7%"
        ),
        obs=[
            ("North America", 2024, 1240, "USD million", "actual"),
            ("Europe", 2024, 780, "USD million", "actual"),
            ("Asia-Pacific", 2024, 690, "USD million", "actual"),
            ("Middle East & Africa", 2024, 410, "USD million", "actual"),
            ("Latin America", 2024, 120, "USD million", "actual"),
            ("World", 2024, 3240, "USD million", "actual"),
            ("North America", 2030, 3050, "USD million", "estimate"),
            ("Europe", 2030, 1960, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 2110, "USD million", "estimate"),
            ("Middle East & Africa", 2030, 1150, "USD million", "estimate"),
            ("Latin America", 2030, 330, "USD million", "estimate"),
            ("World", 2030, 8600, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3050 / 1240) ** (1 / 6) - 1 = 16.18% -> 16.2
            ("cagr|implied", "exact"),  # (1960 / 780) ** (1 / 6) - 1 = 16.60% -> 16.6
            ("cagr|implied", "exact"),  # (2110 / 690) ** (1 / 6) - 1 = 20.48% -> 20.5
            # (1150 / 410) ** (1 / 6) - 1 = 18.76%; bounds (1149.5 / 410.5) ** (1/6) - 1 = 18.72%,
            # (1150.5 / 409.5) ** (1/6) - 1 = 18.79% -> 18.2 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (330 / 120) ** (1 / 6) - 1 = 18.36% -> 18.4
            ("cagr|implied", "exact"),  # (8600 / 3240) ** (1 / 6) - 1 = 17.67% -> 17.7
            ("hierarchy", "exact"),  # 2024: 1240 + 780 + 690 + 410 + 120 = 3240
            ("hierarchy", "exact"),  # 2030F: 3050 + 1960 + 2110 + 1150 + 330 = 8600
        ],
    ),
    # 40. US statistics table (tab-separated), fiscal year 2024, USD million with a share column; the 100.0 total is no
    #     claim. Expected nowhere: the table number, the responding agencies, the release date.
    dict(
        text=(
            "Office of Public Safety Statistics - released October 2025\n"
            "Table 7. State and local public-safety AI spending by function, fiscal year 2024\n"
            "(Millions of dollars, except percent)\n"
            "Function\tSpending\tPercent of total\n"
            "Video analytics\t1,162\t41.3\n"
            "Computer-aided dispatch and call triage\t734\t26.1\n"
            "Fire and disaster prediction\t418\t14.9\n"
            "Gunshot and anomaly detection\t309\t11.0\n"
            "Other\t191\t6.8\n"
            "Total\t2,814\t100.0\n"
            "Note: Based on 3,112 responding agencies. Percents may not sum to 100 because of rounding."
        ),
        obs=[
            ("Video analytics", 2024, 1162, "USD million", "actual"),
            ("Computer-aided dispatch and call triage", 2024, 734, "USD million", "actual"),
            ("Fire and disaster prediction", 2024, 418, "USD million", "actual"),
            ("Gunshot and anomaly detection", 2024, 309, "USD million", "actual"),
            ("Other", 2024, 191, "USD million", "actual"),
            ("Total", 2024, 2814, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 26.1, "percent", 2024, 2024, None),
            ("share", 14.9, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
            ("share", 6.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1162 / 2814 = 41.29% -> 41.3
            ("arithmetic", "exact"),  # 734 / 2814 = 26.08% -> 26.1
            ("arithmetic", "exact"),  # 418 / 2814 = 14.85% -> 14.9
            ("arithmetic", "exact"),  # 309 / 2814 = 10.98% -> 11.0
            ("arithmetic", "exact"),  # 191 / 2814 = 6.79% -> 6.8
            ("hierarchy", "exact"),  # 1162 + 734 + 418 + 309 + 191 = 2814
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 13, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% from $2.01 billion in 2023',
    'a compound annual growth rate of 19.2% for',
    'US$3.9bn by FY2029e - a CAGR of about 22%',
    '£0.45 billion (25%)',
    'or 39% of the total',
    "putting last year's market at US$720 million",
    'total addressable market for autonomy software',
    'two and a half times its 2023 size',
    'The correct figure is US$4.12',
    'US$9.5-11.0 billion',
    'roughly $640 million',
    'This year we think spending clears $850 million',
    '比上年的504.7亿元增长21.4%',
    '2024—2029年该市场年均复合增长率为20.9%',
    '力争突破300亿元，较2022年增长3倍',
    '预计到2026年，这一市场规模将达到300亿元左右',
    '去年國內國防AI相關產值達新台幣128.6億元',
    '其中視像分析系統佔17.3億港元，佔比40.6%',
    '今年市场规模有望突破120亿元，增速在25%左右',
    '年複合增長率約28%',
    '| Total | 8.59 | 10.31 | 12.33 | 17.52 |',
    '2025E    655             16.6%',
    '合计\t305.3\t379.8\t471.6',
    'CAGR FY22-25e',
    '| 警政影像分析 | 4,862 | 38.2% |',
    'something like $14 billion in fiscal 2024',
    'call it a 14% compound rate',
    'growth rate of 15.2% over 2023-2029',
    '$2.64B last year, up 28% from $2.13B in 2023',
    'more than triple the $1.9B it was in 2022',
    'The correct figure is $1.8 billion.',
    'a rise of 15%',
    '$22B (2025E) → $48B (2030E)',
    'ISR & autonomy: $7B (33% of TAM)',
    'about $310 million in 2022',
    'US$3.4bn by FY2030e, a 22% CAGR over FY25-30e',
    '较上年的150.2亿元增长24.3%',
    '较2023年增长2倍',
    '2024至2028年年複合成長率(CAGR)達22.9%',
    '較前年的10.8億港元增長16.7%',
    '今年有望進一步升至14.9億港元',
    '報告寫的CAGR是18.5%',
    '預估2028年將成長至新台幣415億元',
    '预计2026年市场规模在340亿—390亿元之间',
    '预计到2027年将达到520亿元左右，年均增长约18%',
    '| Total | 9.4 | 23.5 |',
    '2025E\t385\t14.3%',
    '合计                         250.2',
    'Middle East & Africa     410     1,150    18.2%',
    'Video analytics\t1,162\t41.3',
)
LAYOUT = (40, 9, 13, 18)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 53 rates, 77 verdicts and 1 false inconsistent
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 205, "rates_found": 54, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset183.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
