"""A two-hundred-and-twentieth check set for the extractor, written blind: AI in facility management, cleaning and building
services: AI cleaning robots for offices, malls and airports, AI work-order and maintenance scheduling for property
managers, AI for lift (elevator) and HVAC fault prediction, AI security-patrol and access-control services in managed
buildings, AI for pest control and waste-room monitoring; sized in money by facility-management associations, property-
management bodies, cleaning-industry federations, brokers, consultancies, research houses and vendors' investor days, in
the United States, Canada, the United Kingdom, Germany, France, Sweden, the UAE, Saudi Arabia (riyals only as an aside),
Japan, Singapore, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元,
億港元). Distractors a careful reader leaves out: total facility-management or cleaning spending beside the AI part,
numbers of buildings, robots, lifts, staff or square metres managed, a robot's price or a monthly fee, a contractor's
own revenue or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in facility management, cleaning and building services: eight
English prose texts (a Chicago wire release on autonomous cleaning robots, a Tokyo broker note in fiscal years and yen
on lift and HVAC fault prediction, a Frankfurt briefing with three segments and shares, a Dubai article quoting two
research houses, a New York investor-day TAM for work-order software, a Paris national plan with last-year/this-year
figures and a 2030 target, a correction notice on a Saudi security-AI story with a range, a UK facilities blog with
'more than doubled'), seven Chinese prose texts (a commercial cleaning-robot report, a Guangdong plan with 力争到 and 增长2倍,
a Xinhua story on lift AI quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story
with 去年/今年, a broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row,
space-aligned with shares, a vertical table of years with YoY, a tab-separated segment table). Left out: total facility-
management, cleaning and pest-control spending, buildings, lifts, robots, guards, staff and square metres, robot prices
and monthly fees, funding rounds and valuations, quarter figures, survey answers, contractors' and vendors' revenue,
margins, orders and share goals, won and riyal amounts, a second house's figure, a correction's wrong range, shares in
words. Inconsistent: the Dubai 24% YoY, the Singapore 2023 YoY and the Swedish 2024 total. Only by rounding: the Tokyo
and Taiwan CAGRs, the Frankfurt lift and HVAC share, the broker's 29.1% YoY, the North American fault-prediction row's
CAGR, the 2025年E 合计 and the UK work-order share.

Snippets 21-40: Twenty snippets on AI in facility management, cleaning and building services, numbered 21-40: eight
English prose pieces (a US earnings-call answer sizing a TAM for AI cleaning robots with 'this year' and 'last year'
read from the call's date, a Swedish working-paper abstract on lift and HVAC fault prediction in euros with a 'more than
doubled' multiple, a numbered social-media thread on US AI security patrol and access control whose 2029 figure in
billions is converted to the series' millions, a UK web article on AI work-order scheduling with a correction line, a
Japanese lift-maintenance group's letter to shareholders in yen and fiscal years, Paris investor-day slide bullets on
European AI cleaning robots, a forum answer quoting two research houses on AI pest and waste-room monitoring whose 2029
figure in billions is converted, and an Indian broker note in rupees that gives claims but no observations), seven
Chinese prose pieces (a Xinhua-style release with a 增长2倍 multiple, a Suzhou plan in 万元 whose 1.8亿元 target is converted
and whose CAGR span is inferred, a Taipei research release, a Hong Kong association report in 億港元, a PTT post, a broker
abstract with a 2026 range, a results-briefing transcript) and five tables (markdown euros with a CAGR column, tab-
separated yen with a YoY column, space-aligned UAE dollars with a share column, a vertical table of UK years, a
Traditional Chinese table with a 合計 row). Left out everywhere: total facility-management, cleaning, pest-control and
property-service spending, robots, lifts, buildings, airports, malls, staff and floor area managed, robot prices and
monthly fees, subsidies, funding rounds and valuations, companies' own revenue, margins, dividends and share targets,
quarter figures, survey percentages, a fraction in words, a second house's figure, a riyal aside and a corrected
misprint. Inconsistent: the working paper's 34.6% CAGR, the lift-and-HVAC CAGR in the German table, the lift-monitoring
YoY in the yen table and the Taiwan table's 2025 合計. Holding only by rounding: the call's 17.3% CAGR, the UK article's
37.0% share, the forum answer's 18.8% CAGR, the Hong Kong 17.6% growth, the pest-control CAGR in the German table, the
15.8% security share in the UAE table and the UK table's 2024 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 1,260 managers surveyed, the $96 billion contract-cleaning business, the $38,000
    #    scrubber price, the 71% survey answer.
    dict(
        text=(
            "CHICAGO, March 4, 2025 /PRNewswire/ -- Offices, shopping malls, airports and hospitals in the United States "
            "spent $527 million on AI-driven autonomous cleaning robots and floor-care fleet software in 2024, up 28% "
            "from $412 million in 2023, according to the 2025 Autonomous Cleaning Market Monitor released today by "
            "Lakeshore Facility Analytics. The Chicago firm, which surveyed 1,260 facility and janitorial managers, "
            "projects spending of $2.1 billion by 2031, a compound annual growth rate of 21.8% from 2024 to 2031. "
            "Contract cleaning of U.S. commercial buildings remains a roughly $96 billion business, and a mid-size "
            "autonomous scrubber lists at about $38,000. Some 71% of respondents said labour shortages were their main "
            "reason to buy."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 527, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (527 / 412) ** (1 / 1) - 1 = 27.91% -> 28
            ("cagr|implied", "exact"),  # (2100 / 527) ** (1 / 7) - 1 = 21.84% -> 21.8
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 22%" where the amounts give 21.49%. Expected nowhere: the dateline, the 770,000
    #    lifts, the ¥45,000 monthly maintenance fee per lift, Korean spending in won, the covered firm's sales, growth,
    #    operating margin, target price and upside.
    dict(
        text=(
            "Tokyo, 9 June 2025. Japan Building Services, sector note. We size the domestic market for AI fault "
            "prediction and remote monitoring of lifts, escalators and HVAC plant at ¥24.6 billion in FY2024 (year to "
            "March 2025) and forecast ¥65.1 billion by FY2029e, a CAGR of about 22%. Japan has roughly 770,000 lifts in "
            "service, and a standard full-maintenance contract runs around ¥45,000 per lift per month. In Korea, by our "
            "estimate, building owners spend about ₩180 billion on comparable tools. Our top pick, Shoryu Elevator "
            "Services (Buy, TP ¥3,150, 24% upside), grew FY2024 sales 11% to ¥412 billion at a 9.6% operating margin."
        ),
        obs=[
            ("Total", 2024, 24.6, "JPY billion", "actual"),
            ("Total", 2029, 65.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (65.1 / 24.6) ** (1 / 5) - 1 = 21.49% -> 21, not 22; bounds (65.05 / 24.65) ** (1/5) - 1 = 21.42%,
            # (65.15 / 24.55) ** (1/5) - 1 = 21.55% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Frankfurt research briefing: a total in EUR million and three segments with shares (the lift and HVAC share
    #    of "about 29%" holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR
    #    million. Expected nowhere: the 380 facility managers interviewed, the €140 billion German facility-management
    #    market, the 95 million square metres looked after.
    dict(
        text=(
            "FRANKFURT, 18 September 2025 - German property managers and facility-services firms spent €172 million on "
            "AI tools in 2024, according to a briefing from the Rhein-Main Institute for Building Operations. "
            "Autonomous cleaning robots and AI floor-care planning took the largest slice, €73 million or 42%, followed "
            "by AI predictive maintenance for lifts and HVAC at €49 million, about 29%. AI access control and security "
            "patrols came to €30 million, some 17% of the total. The institute, which interviewed 380 facility "
            "managers, expects spending to reach €0.46 billion in 2029. Germany's facility-management market as a whole "
            "is worth some €140 billion a year, and the firms surveyed look after about 95 million square metres of "
            "floor space."
        ),
        obs=[
            ("Total", 2024, 172, "EUR million", "actual"),
            ("Autonomous cleaning robots and AI floor-care planning", 2024, 73, "EUR million", "actual"),
            ("AI predictive maintenance for lifts and HVAC", 2024, 49, "EUR million", "actual"),
            ("AI access control and security patrols", 2024, 30, "EUR million", "actual"),
            ("Total", 2029, 460, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 73 / 172 = 42.44% -> 42
            # 49 / 172 = 28.49% -> 28, not 29; bounds 48.5 / 172.5 = 28.12%, 49.5 / 171.5 = 28.86% -> 29 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 30 / 172 = 17.44% -> 17
        ],
    ),
    # 4. Dubai article quoting two research houses: the first's base, target and rate are the snippet's; its 2030
    #    figure printed in billions is expected in USD million (the series' unit); its "up 24%" is inconsistent.
    #    Expected nowhere: Meridian Gulf Research's $171 million for 2024, the Saudi riyal aside (no unit in the
    #    table), the $20 billion UAE facility-management market, the 2,300 cleaning robots, the 66% survey answer.
    dict(
        text=(
            "DUBAI, 22 April 2025 - The UAE's market for AI in building services, from autonomous cleaning robots in "
            "malls and airport terminals to AI-scheduled maintenance in office towers, reached $146 million in 2024, up "
            "24% from $121 million in 2023, according to the Dubai research house Falcon Gate Analytics. It expects the "
            "market to reach $0.52 billion in 2030, a compound annual growth rate of 23.6% between 2024 and 2030. Rival "
            "house Meridian Gulf Research puts the 2024 market higher, at $171 million, because it counts "
            "district-cooling analytics. Across the border, Saudi facility operators spent an estimated SAR 640 million "
            "on similar tools. The UAE's total facility-management market tops $20 billion, and the country's malls and "
            "airports now run some 2,300 cleaning robots; 66% of operators polled by Falcon Gate said they plan to add "
            "more."
        ),
        obs=[
            ("Total", 2023, 121, "USD million", "actual"),
            ("Total", 2024, 146, "USD million", "actual"),
            ("Total", 2030, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (146 / 121) ** (1 / 1) - 1 = 20.66% -> 21, not 24; bounds 145.5 / 121.5 - 1 = 19.75%,
            # 146.5 / 120.5 - 1 = 21.58% -> 24 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (520 / 146) ** (1 / 6) - 1 = 23.58% -> 23.6
        ],
    ),
    # 5. Investor-day transcript (New York): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the company's revenue and gross
    #    margin, the 2.2 billion square feet managed, its 20% share goal, the third quarter's revenue.
    dict(
        text=(
            "Clearspan Systems Investor Day, New York, November 12, 2025 - transcript excerpt. Priya Raman, chief "
            "executive: \"Here is how we size the opportunity. The total addressable market for AI work-order and "
            "maintenance-scheduling software for property managers in the U.S. and Canada, covering offices, "
            "multifamily and retail, was $3.1 billion in 2024, and we expect it to reach $7.4 billion by 2030. That is "
            "roughly a 16% CAGR from 2024 to 2030. Last year we generated $264 million of revenue at a 71% gross "
            "margin, we route work orders across about 2.2 billion square feet, and our goal is a 20% share of that "
            "market by 2030. Third-quarter revenue was $72 million.\""
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 6) - 1 = 15.61% -> 16
        ],
    ),
    # 6. Paris national plan: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target printed in
    #    billions expected converted to EUR million. Expected nowhere: the €40 million fund and its 300 pilot
    #    buildings, the 40% energy-saving goal (no share of the market), the 190,000 state buildings, the 48% survey
    #    answer.
    dict(
        text=(
            "PARIS, 6 February 2025 - The national plan for smart public buildings, published today by the state "
            "property directorate, estimates that operators of French public buildings spent €62 million on AI for "
            "heating, ventilation and lift fault prediction and for maintenance scheduling last year, and expects €78 "
            "million this year, a rise of about 26%. The plan sets a target of €0.25 billion by 2030. It sets aside €40 "
            "million for 300 pilot buildings and recalls the legal goal of cutting energy use in tertiary buildings by "
            "40% by 2030. The state and its agencies own some 190,000 buildings, and 48% of the managers surveyed for "
            "the plan said they lacked staff to analyse sensor data."
        ),
        obs=[
            ("Total", 2024, 62, "EUR million", "actual"),
            ("Total", 2025, 78, "EUR million", "estimate"),
            ("Total", 2030, 250, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78 / 62) ** (1 / 1) - 1 = 25.81% -> 26
        ],
    ),
    # 7. Correction notice on a Saudi story: the 2030 range in US dollars gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated US$640-720 million, the riyal
    #    amount (no unit in the table), the 260,000 guards, the US$4,000 monthly robot lease; the range is expected
    #    once though printed twice.
    dict(
        text=(
            "Correction, August 14, 2025: An earlier version of this article misstated the 2030 forecast. Najd Property "
            "Insights expects Saudi Arabia's market to reach US$540 million to US$620 million in 2030, not US$640 "
            "million to US$720 million.\n"
            "Saudi Arabia's market for AI security patrols, video analytics and access control in managed residential "
            "and office compounds was worth US$188 million in 2024, according to Najd Property Insights, a Riyadh "
            "research firm. It expects the market to reach US$540 million to US$620 million in 2030 as giga-projects "
            "hand new districts over to facility managers. In local currency the 2024 market came to about SAR 705 "
            "million. The kingdom's private security sector employs some 260,000 guards, and a single patrol robot "
            "leases for roughly US$4,000 a month."
        ),
        obs=[
            ("Total", 2024, 188, "USD million", "actual"),
        ],
        claims=[
            ("value", 540, "USD million", 2030, 2030, None),
            ("value", 620, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. UK facilities blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no
    #    verdict). Expected nowhere: the £780 million pest-control spend, the £95 trap price, the start-up's funding
    #    round and valuation, the first quarter's £9 million, the 57% poll answer.
    dict(
        text=(
            "Pest & Pixel, a facilities blog, May 20, 2025 - Smart traps come of age. UK spending on AI pest monitoring "
            "and waste-room sensors in commercial buildings more than doubled between 2022 and 2024, from £13 million "
            "to £29 million, according to Thamesmead Research. That is still small beside the £780 million British "
            "firms spend on pest control each year. A connected rodent trap with an AI camera costs about £95, and the "
            "Leeds start-up Trapwise raised £8 million in March at a £45 million valuation. In the first quarter of "
            "2025 alone, installations brought in £9 million, and 57% of facility managers in a poll said they now get "
            "pest alerts on their phones."
        ),
        obs=[
            ("Total", 2022, 13, "GBP million", "actual"),
            ("Total", 2024, 29, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (商场与写字楼场景) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 约5,800亿元 cleaning-services
    #    industry, the 约6.3万台 robots shipped, the 8万元 unit price, the 64% survey answer.
    dict(
        text=(
            "《2025中国商用清洁机器人产业发展报告》近日在上海发布。报告显示，2024年我国商用AI清洁机器人（写字楼、商场、"
            "机场、医院等场景的洗地机器人、扫地机器人及清洁调度系统）市场规模达到86.4亿元，同比增长27.2%，2023年为67.9"
            "亿元。其中，商场与写字楼场景市场规模为39.2亿元，占比45.4%，是最大的细分场景。报告预计，到2029年我国商用AI"
            "清洁机器人市场规模将达到210亿元，2024—2029年复合增长率为19.4%。报告同时指出，我国保洁服务行业年产值约"
            "5,800亿元，2024年商用清洁机器人出货量约6.3万台，主流洗地机器人单价在8万元左右；受访物业企业中有64%表示"
            "人工成本是引入机器人的首要原因。"
        ),
        obs=[
            ("Total", 2023, 67.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("商场与写字楼场景", 2024, 39.2, "CNY 100 million", "actual"),
            ("Total", 2029, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("share", 45.4, "percent", 2024, 2024, None),
            ("cagr", 19.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 67.9) ** (1 / 1) - 1 = 27.25% -> 27.2
            ("arithmetic", "exact"),  # 39.2 / 86.4 = 45.37% -> 45.4
            ("cagr|implied", "exact"),  # (210 / 86.4) ** (1 / 5) - 1 = 19.44% -> 19.4
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (突破, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a multiple x2 over 4 years (no
    #     verdict). Expected nowhere: the plan's title years, the 500 demonstration projects, the 1.2万 housing estates,
    #     the 约120万 staff.
    dict(
        text=(
            "广东省住房和城乡建设厅等五部门日前联合印发《广东省智慧物业AI应用推广行动方案（2025—2027年）》。方案显示，"
            "2023年全省物业管理AI应用（含智能工单派发、设备预测性维护、AI安防巡检、智能保洁调度等）市场规模为18.5亿元，"
            "2024年达到24.3亿元，同比增长31.4%。方案提出，力争到2027年全省相关市场规模突破55亿元，较2023年增长2倍；"
            "建设500个智慧物业示范项目，覆盖住宅小区1.2万个。目前全省物业服务企业从业人员约120万人。"
        ),
        obs=[
            ("Total", 2023, 18.5, "CNY 100 million", "actual"),
            ("Total", 2024, 24.3, "CNY 100 million", "actual"),
            ("Total", 2027, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.3 / 18.5) ** (1 / 1) - 1 = 31.35% -> 31.4
        ],
    ),
    # 11. Xinhua-style story (Simplified) on lift AI quoting two institutes: the first institute's 2023, 2024 and 2025
    #     figures and its growth rate are the snippet's. Expected nowhere: 恒川数据研究所's 约37亿元 for 2024, the
    #     conference's title year, the 1,100万台 lifts, the first quarter's 约9.2亿元, the 58% survey answer.
    dict(
        text=(
            "新华社北京7月8日电（记者 林晓峰）记者从日前举行的2025智慧电梯安全大会上获悉，据中国城市设备安全数字化研究院"
            "测算，2024年我国电梯AI故障预测与按需维保服务市场规模为32.6亿元，比2023年的25.8亿元增长26.4%，预计2025年"
            "将达到41亿元。另据恒川数据研究所统计，2024年这一市场规模约为37亿元。截至2024年底，全国电梯保有量超过1,100"
            "万台；今年一季度，相关服务市场规模约9.2亿元。调查显示，58%的物业企业已在部分楼盘试点电梯AI监测。"
        ),
        obs=[
            ("Total", 2023, 25.8, "CNY 100 million", "actual"),
            ("Total", 2024, 32.6, "CNY 100 million", "actual"),
            ("Total", 2025, 41, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.6 / 25.8) ** (1 / 1) - 1 = 26.36% -> 26.4
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, 約占三成 (a share in
    #     words), the 3.2萬棟 high-rises, the 10萬 guards, the 1,500元 monthly fee, the 59% survey answer.
    dict(
        text=(
            "財團法人台灣智慧建築研究基金會發布《2025台灣智慧設施管理白皮書》指出，2024年台灣AI設施管理應用（含辦公大樓"
            "與商場的AI清潔機器人、空調與電梯故障預測、AI門禁與保全巡邏）市場規模為新台幣17.6億元，較2023年的14.2億元"
            "成長23.9%。白皮書預估，2029年市場規模可達新台幣46.3億元，2024至2029年年均複合成長率約21.4%。其中AI清潔"
            "機器人約占三成。白皮書也指出，全台列管的高層建築約3.2萬棟，保全從業人員逾10萬人，大樓導入AI巡檢系統月費約"
            "新台幣1,500元起；受訪物業管理公司中有59%計畫在兩年內擴大導入AI。"
        ),
        obs=[
            ("Total", 2023, 14.2, "TWD 100 million", "actual"),
            ("Total", 2024, 17.6, "TWD 100 million", "actual"),
            ("Total", 2029, 46.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.6 / 14.2) ** (1 / 1) - 1 = 23.94% -> 23.9
            # (46.3 / 17.6) ** (1 / 5) - 1 = 21.34% -> 21.3, not 21.4; bounds (46.25 / 17.65) ** (1/5) - 1 = 21.25%,
            # (46.35 / 17.55) ** (1/5) - 1 = 21.44% -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約4.6億港元 expected at its printed figure; YoY
    #     and CAGR exact. Expected nowhere: the 4.2萬幢 private buildings, the 約10萬名 guards, the 約六成 owners'
    #     corporations (a share in words and a survey), the start-up's 2,000萬港元 funding round.
    dict(
        text=(
            "香港物業管理科技協會昨日發表報告指出，2024年本港住宅及商業大廈的AI保安巡邏及智能門禁服務市場規模約4.6億"
            "港元，較2023年的3.7億港元增長24.3%。報告預計，2028年市場規模將增至9.8億港元，2024至2028年年均複合增長率"
            "約20.8%。報告又指，全港約有4.2萬幢私人樓宇，保安員約10萬名，約六成受訪業主立案法團表示考慮引入巡邏機械人。"
            "本地初創公司守望科技上月完成2,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.7, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 9.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.7) ** (1 / 1) - 1 = 24.32% -> 24.3
            ("cagr|implied", "exact"),  # (9.8 / 4.6) ** (1 / 4) - 1 = 20.81% -> 20.8
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's 2.1億元, the
    #     distributor's own revenue and gross margin, the 45萬元 robot price, the 60台 robots at the airport.
    dict(
        text=(
            "（中央社記者王柏翔台北2025年6月10日電）市調機構鼎弘顧問今天指出，去年台灣商場、機場與辦公大樓的AI清潔"
            "機器人市場規模約新台幣7.8億元，今年在缺工與大型商場展店帶動下，可望成長28%至10億元。不過今年第一季市場"
            "規模約新台幣2.1億元。國內清潔機器人代理商龍頭潔匠科技去年營收新台幣3.6億元，毛利率約32%，主力洗地機器人"
            "售價約新台幣45萬元。桃園機場目前已導入約60台清潔機器人。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2025, 10, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10 / 7.8) ** (1 / 1) - 1 = 28.21% -> 28
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 29.1% YoY that holds only by rounding; the 2027 range
    #     110亿—135亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading firm's
    #     revenue, gross margin, rating and target price, its third-quarter orders, the 300亿平方米 managed floor area.
    dict(
        text=(
            "华岳证券研究所2025年10月深度报告《楼宇AI运维：从被动维修到预测性维护》。我们测算，2024年国内楼宇AI运维"
            "（暖通空调与电梯故障预测、能耗优化、智能工单调度）市场规模为52.7亿元，同比增长29.1%，2023年为40.9亿元。"
            "随着存量楼宇节能改造加速，我们预计2027年市场规模将达到110亿—135亿元。行业龙头楼智科技2024年营收9.6亿元，"
            "毛利率52%，给予“增持”评级，目标价45元；今年三季度公司新签订单同比增长38%。全国物业管理面积已超过300亿"
            "平方米。"
        ),
        obs=[
            ("Total", 2023, 40.9, "CNY 100 million", "actual"),
            ("Total", 2024, 52.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2023, 2024, 1.0),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
            ("value", 135, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (52.7 / 40.9) ** (1 / 1) - 1 = 28.85% -> 28.9, not 29.1; bounds 52.65 / 40.95 - 1 = 28.57%,
            # 52.75 / 40.85 - 1 = 29.13% -> 29.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (North America, USD million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the fault-prediction row's 18.7% holds only by rounding; rows add to the Total
    #     in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 2. North America: AI facility-management software by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI work-order and maintenance scheduling | 286 | 842 | 19.7% |\n"
            "| AI lift and HVAC fault prediction | 214 | 597 | 18.7% |\n"
            "| AI cleaning-robot fleet management | 152 | 488 | 21.5% |\n"
            "| Total | 652 | 1927 | 19.8% |\n"
            "Source: Hudson Ridge Research, Smart Buildings Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI work-order and maintenance scheduling", 2024, 286, "USD million", "actual"),
            ("AI work-order and maintenance scheduling", 2030, 842, "USD million", "estimate"),
            ("AI lift and HVAC fault prediction", 2024, 214, "USD million", "actual"),
            ("AI lift and HVAC fault prediction", 2030, 597, "USD million", "estimate"),
            ("AI cleaning-robot fleet management", 2024, 152, "USD million", "actual"),
            ("AI cleaning-robot fleet management", 2030, 488, "USD million", "estimate"),
            ("Total", 2024, 652, "USD million", "actual"),
            ("Total", 2030, 1927, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (842 / 286) ** (1 / 6) - 1 = 19.72% -> 19.7
            # (597 / 214) ** (1 / 6) - 1 = 18.65% -> 18.6, not 18.7; bounds (596.5 / 214.5) ** (1/6) - 1 = 18.59%,
            # (597.5 / 213.5) ** (1/6) - 1 = 18.71% -> 18.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (488 / 152) ** (1 / 6) - 1 = 21.46% -> 21.5
            ("cagr|implied", "exact"),  # (1927 / 652) ** (1 / 6) - 1 = 19.80% -> 19.8
            ("hierarchy", "exact"),  # 2024: 286 + 214 + 152 = 652
            ("hierarchy", "exact"),  # 2030F: 842 + 597 + 488 = 1927
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国物业服务企业AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能工单与派单\t5.6\t7.4\t9.6\n"
            "设备预测性维护\t4.3\t5.9\t7.9\n"
            "AI安防巡检与门禁\t3.8\t4.7\t5.9\n"
            "AI保洁机器人调度\t2.2\t3.1\t4.3\n"
            "合计\t15.9\t21.1\t27.8\n"
            "资料来源：智慧物业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能工单与派单", 2023, 5.6, "CNY 100 million", "actual"),
            ("智能工单与派单", 2024, 7.4, "CNY 100 million", "actual"),
            ("智能工单与派单", 2025, 9.6, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2023, 4.3, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 5.9, "CNY 100 million", "actual"),
            ("设备预测性维护", 2025, 7.9, "CNY 100 million", "estimate"),
            ("AI安防巡检与门禁", 2023, 3.8, "CNY 100 million", "actual"),
            ("AI安防巡检与门禁", 2024, 4.7, "CNY 100 million", "actual"),
            ("AI安防巡检与门禁", 2025, 5.9, "CNY 100 million", "estimate"),
            ("AI保洁机器人调度", 2023, 2.2, "CNY 100 million", "actual"),
            ("AI保洁机器人调度", 2024, 3.1, "CNY 100 million", "actual"),
            ("AI保洁机器人调度", 2025, 4.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 15.9, "CNY 100 million", "actual"),
            ("合计", 2024, 21.1, "CNY 100 million", "actual"),
            ("合计", 2025, 27.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.6 + 4.3 + 3.8 + 2.2 = 15.9
            ("hierarchy", "exact"),  # 2024: 7.4 + 5.9 + 4.7 + 3.1 = 21.1
            # 2025E: 9.6 + 7.9 + 5.9 + 4.3 = 27.7, not 27.8; bounds 27.5..27.9 (each part +/-0.05)
            # reach 27.75..27.85 -> 27.8 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (United Kingdom, GBP million, 2024) with a share column and a Total row: four shares (the
    #     work-order row's 29.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 190 million square metres of managed office space.
    dict(
        text=(
            "United Kingdom: AI in facility management, spending by application, 2024\n"
            "Application                                   GBP m      Share\n"
            "Autonomous cleaning robots and scrubbers       38.6      38.8%\n"
            "AI work-order and maintenance scheduling       29.4      29.6%\n"
            "AI lift and HVAC fault prediction              21.7      21.8%\n"
            "AI waste-room and pest monitoring               9.8       9.8%\n"
            "Total                                          99.5     100.0%\n"
            "Note 3: members manage some 190 million square metres of office space. Source: Albion Workplace Research."
        ),
        obs=[
            ("Autonomous cleaning robots and scrubbers", 2024, 38.6, "GBP million", "actual"),
            ("AI work-order and maintenance scheduling", 2024, 29.4, "GBP million", "actual"),
            ("AI lift and HVAC fault prediction", 2024, 21.7, "GBP million", "actual"),
            ("AI waste-room and pest monitoring", 2024, 9.8, "GBP million", "actual"),
            ("Total", 2024, 99.5, "GBP million", "actual"),
        ],
        claims=[
            ("share", 38.8, "percent", 2024, 2024, None),
            ("share", 29.6, "percent", 2024, 2024, None),
            ("share", 21.8, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 99.5 = 38.79% -> 38.8
            # 29.4 / 99.5 = 29.548% -> 29.5, not 29.6; bounds 29.35 / 99.55 = 29.483%, 29.45 / 99.45 = 29.613%
            # -> 29.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 21.7 / 99.5 = 21.81% -> 21.8
            ("arithmetic", "exact"),  # 9.8 / 99.5 = 9.85% -> 9.8
            ("hierarchy", "exact"),  # 38.6 + 29.4 + 21.7 + 9.8 = 99.5
        ],
    ),
    # 19. Vertical table (Singapore) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 32.0% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "Singapore: AI cleaning robots and building-services AI in malls, offices and transport hubs\n"
            "Year | USD million | YoY\n"
            "2021 | 22.6 | -\n"
            "2022 | 29.3 | 29.6%\n"
            "2023 | 37.8 | 32.0%\n"
            "2024 | 47.5 | 25.7%\n"
            "2025E | 58.9 | 24.0%\n"
            "Source: Merlion Facilities Research, building robotics tracker, March 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 22.6, "USD million", "actual"),
            ("Total", 2022, 29.3, "USD million", "actual"),
            ("Total", 2023, 37.8, "USD million", "actual"),
            ("Total", 2024, 47.5, "USD million", "actual"),
            ("Total", 2025, 58.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2021, 2022, 1.0),
            ("growth", 32.0, "percent", 2022, 2023, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29.3 / 22.6) ** (1 / 1) - 1 = 29.65% -> 29.6
            # (37.8 / 29.3) ** (1 / 1) - 1 = 29.01% -> 29.0, not 32.0; bounds 37.75 / 29.35 - 1 = 28.62%,
            # 37.85 / 29.25 - 1 = 29.40% -> 32.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (47.5 / 37.8) ** (1 / 1) - 1 = 25.66% -> 25.7
            ("cagr|implied", "exact"),  # (58.9 / 47.5) ** (1 / 1) - 1 = 24.00% -> 24.0
        ],
    ),
    # 20. Tab-separated segment table (Sweden, EUR million) with a Total row: rows add to the Total in 2023 and 2025F
    #     but not in 2024 (74 printed, 64 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     currency conversion.
    dict(
        text=(
            "Sweden: AI spending in facility management, by segment (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI cleaning robots for offices and airports\t18\t24\t31\n"
            "AI predictive maintenance for lifts and HVAC\t14\t19\t25\n"
            "AI access control and security patrols\t11\t14\t18\n"
            "AI waste-room and pest monitoring\t5\t7\t10\n"
            "Total\t48\t74\t84\n"
            "Source: Mälaren Fastighetsanalys; figures converted from Swedish kronor at average annual rates."
        ),
        obs=[
            ("AI cleaning robots for offices and airports", 2023, 18, "EUR million", "actual"),
            ("AI cleaning robots for offices and airports", 2024, 24, "EUR million", "actual"),
            ("AI cleaning robots for offices and airports", 2025, 31, "EUR million", "estimate"),
            ("AI predictive maintenance for lifts and HVAC", 2023, 14, "EUR million", "actual"),
            ("AI predictive maintenance for lifts and HVAC", 2024, 19, "EUR million", "actual"),
            ("AI predictive maintenance for lifts and HVAC", 2025, 25, "EUR million", "estimate"),
            ("AI access control and security patrols", 2023, 11, "EUR million", "actual"),
            ("AI access control and security patrols", 2024, 14, "EUR million", "actual"),
            ("AI access control and security patrols", 2025, 18, "EUR million", "estimate"),
            ("AI waste-room and pest monitoring", 2023, 5, "EUR million", "actual"),
            ("AI waste-room and pest monitoring", 2024, 7, "EUR million", "actual"),
            ("AI waste-room and pest monitoring", 2025, 10, "EUR million", "estimate"),
            ("Total", 2023, 48, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2025, 84, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18 + 14 + 11 + 5 = 48
            # 2024: 24 + 19 + 14 + 7 = 64, not 74; bounds 62..66 (each part +/-0.5) miss 73.5..74.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 31 + 25 + 18 + 10 = 84
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the
    #     quarter's revenue and gross margin, the 9,800 robots in the field, the $1,450 monthly lease, the $100 billion
    #     US janitorial spend.
    dict(
        text=(
            "Harborline Robotics Inc. Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Priya Castellano, Redfern Capital): Can you frame the market you're going after in commercial "
            "cleaning?\n"
            "CEO Garrett Olsen: Sure. We size the total addressable market for autonomous AI cleaning robots in North "
            "American offices, malls and airports at about $3.1 billion this year, up roughly 19% from $2.6 billion last "
            "year. We see it reaching $6.8 billion by 2030, which is a compound rate of 17.3% from 2025 to 2030. On our "
            "side, second-quarter revenue came in at $74 million with a 41% gross margin, and we now have about 9,800 "
            "robots in the field, leased at around $1,450 a month each. Janitorial services in the US are a "
            "$100-billion-plus line item, so we are still scratching the surface."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17.3, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.6) ** (1 / 1) - 1 = 19.23% -> 19
            # (6.8 / 3.1) ** (1 / 5) - 1 = 17.01% -> 17.0, not 17.3; bounds (6.75 / 3.15) ** (1/5) - 1 = 16.47%,
            # (6.85 / 3.05) ** (1/5) - 1 = 17.57% -> 17.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Swedish working-paper abstract (EUR million): a multiple over three years ("more than doubled", x2, no
    #     verdict) and a CAGR with printed span that the amounts cannot give (inconsistent); a 2027 projection.
    #     Expected nowhere: the paper number, the 1,260 properties, the 6.5 hours of downtime, the EUR 9.4 billion
    #     Swedish facility-management market, the 57% survey answer.
    dict(
        text=(
            "Stockholm Centre for Built-Environment Economics, Working Paper 2025:14. Abstract: Using maintenance "
            "contracts for 1,260 commercial properties, we estimate that Swedish property owners' spending on AI-based "
            "fault prediction for lifts and HVAC systems rose from \u20ac42 million in 2021 to \u20ac97 million in "
            "2024. Spending thus more than doubled in three years, which we report as a compound annual growth rate of "
            "34.6% over 2021-2024. Each correctly predicted fault saves on average 6.5 hours of equipment downtime. The "
            "outlays remain small beside the roughly \u20ac9.4 billion Swedish facility-management market as a whole. "
            "In our survey, 57% of property managers said insurer requirements had prompted their first purchase. "
            "Assuming current contract renewals, we project spending of \u20ac150 million in 2027."
        ),
        obs=[
            ("Total", 2021, 42, "EUR million", "actual"),
            ("Total", 2024, 97, "EUR million", "actual"),
            ("Total", 2027, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("cagr", 34.6, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (97 / 42) ** (1 / 3) - 1 = 32.18%; bounds (96.5 / 42.5) ** (1/3) - 1 = 31.44%,
            # (97.5 / 41.5) ** (1/3) - 1 = 32.94% -> 34.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on US AI security patrol and access control in managed buildings
    #     (USD million): YoY with both amounts, a part with its share, a 2029 figure printed as $2.1B expected
    #     converted to the series' unit (2,100), a CAGR with printed span. Expected nowhere: the post numbers, the
    #     Series C round and valuation, the $7 an hour robot rate and the guard's $22 wage, the 62% poll answer.
    dict(
        text=(
            "1/ How big is AI security for managed buildings in the US? I read the new Keystone Property Tech report "
            "so you don't have to. Short thread.\n"
            "2/ US property managers spent $740M on AI patrol robots, video analytics and smart access control in 2024, "
            "up 31% from $565M in 2023.\n"
            "3/ Robot patrols alone: $212M, about 29% of the total. Mostly malls, campuses and parking structures.\n"
            "4/ Keystone's forecast: $2.1B by 2029. That's ~23% a year compounded over 2024-2029.\n"
            "5/ The money is flowing too: Sentrovia raised an $85M Series C last month at a $1.1B valuation. A patrol "
            "robot rents for about $7 an hour vs $22+ for a human guard.\n"
            "6/ In Keystone's poll, 62% of managers said they plan to cut overnight guard hours. Take that with salt. /end"
        ),
        obs=[
            ("Total", 2023, 565, "USD million", "actual"),
            ("Total", 2024, 740, "USD million", "actual"),
            ("Robot patrols", 2024, 212, "USD million", "actual"),
            ("Total", 2029, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 29, "percent", 2024, 2024, None),
            ("cagr", 23, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (740 / 565) ** (1 / 1) - 1 = 30.97% -> 31
            ("arithmetic", "exact"),  # 212 / 740 = 28.65% -> 29
            ("cagr|implied", "exact"),  # (2100 / 740) ** (1 / 5) - 1 = 23.20% -> 23
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a segment's share (rounding
    #     only), a CAGR with printed span. Expected nowhere: the misprinted GBP 263 million, the GBP 68 billion UK
    #     facilities-management market, the contractor's margin and revenue, the 410 million square feet, the byline
    #     and correction dates.
    dict(
        text=(
            "AI takes the clipboard out of building maintenance\n"
            "By Hannah Oduya, 27 February 2025\n"
            "British property managers spent \u00a3236 million on AI work-order and maintenance-scheduling software in "
            "2024, up 22% from \u00a3193 million a year earlier, according to the Chartered Guild of Facility Managers. "
            "Reactive work-order triage, in which a model reads tenants' tickets and dispatches engineers, was the "
            "largest segment at \u00a387 million, or 37.0% of the total. The guild expects spending to reach \u00a3480 "
            "million in 2028, a compound annual growth rate of 19.4% over 2024-2028. That is still a sliver of the "
            "\u00a368 billion UK facilities-management market. Mitford Services, one of the largest contractors, said "
            "the tools helped lift its operating margin to 6.1% on revenue of \u00a31.9 billion. The guild's members "
            "look after some 410 million square feet of commercial space.\n"
            "Correction, 3 March 2025: An earlier version of this article gave the 2024 figure as \u00a3263 million. "
            "It is \u00a3236 million."
        ),
        obs=[
            ("Total", 2023, 193, "GBP million", "actual"),
            ("Total", 2024, 236, "GBP million", "actual"),
            ("Reactive work-order triage", 2024, 87, "GBP million", "actual"),
            ("Total", 2028, 480, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 37.0, "percent", 2024, 2024, None),
            ("cagr", 19.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (236 / 193) ** (1 / 1) - 1 = 22.28% -> 22
            # 87 / 236 = 36.86% -> 36.9, not 37.0; bounds 86.5 / 236.5 = 36.58%, 87.5 / 235.5 = 37.15%
            # -> 37.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (480 / 236) ** (1 / 4) - 1 = 19.42% -> 19.4
        ],
    ),
    # 25. Japanese lift-maintenance group's annual-report letter to shareholders in yen (JPY billion), fiscal years:
    #     YoY with both amounts, CAGR with printed span. Expected nowhere: the company's net sales, their growth and
    #     its operating margin, the 96,000 lifts maintained, its 30% share target, the dividend per share.
    dict(
        text=(
            "Kasumi Building Systems Co., Ltd. Integrated Report 2025\n"
            "Dear shareholders,\n"
            "Labour shortages are reshaping how Japan keeps its buildings moving. By the estimate of the Japan Vertical "
            "Transport Maintenance Association, the domestic market for AI-based remote monitoring and fault prediction "
            "of lifts and escalators reached \u00a548.2 billion in fiscal 2024 (the year to March 2025), up 14% from "
            "\u00a542.3 billion in fiscal 2023. We expect it to reach \u00a578 billion by fiscal 2028, a compound annual "
            "growth rate of 12.8% over fiscal 2024-2028. Our own net sales rose 6.2% to \u00a5312.4 billion with an "
            "operating margin of 9.8%, and we now maintain about 96,000 lifts nationwide. We aim to win a 30% share of "
            "the AI monitoring market by fiscal 2028, and we have raised the annual dividend to \u00a558 per share.\n"
            "Kenji Arakawa, President and CEO"
        ),
        obs=[
            ("Total", 2023, 42.3, "JPY billion", "actual"),
            ("Total", 2024, 48.2, "JPY billion", "actual"),
            ("Total", 2028, 78, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 12.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.2 / 42.3) ** (1 / 1) - 1 = 13.95% -> 14
            ("cagr|implied", "exact"),  # (78 / 48.2) ** (1 / 4) - 1 = 12.79% -> 12.8
        ],
    ),
    # 26. Paris investor-day slide bullets (EUR billion): the company's TAM is the market (Total); 2024 actual,
    #     2025E and 2030E estimates; YoY and a CAGR with printed span. Expected nowhere: the slide number, the 3,400
    #     robots in 11 countries, the company's revenue and 15% share target, the EUR 890 monthly fee, the Series D
    #     round and valuation.
    dict(
        text=(
            "Nettalis SA - Capital Markets Day, Paris, 18 November 2025\n"
            "Slide 9: Europe's AI cleaning-robot opportunity\n"
            "- 2024 TAM: \u20ac1.6B (offices, retail, airports, rail stations)\n"
            "- 2025E TAM: \u20ac1.9B, +19% YoY\n"
            "- 2030E TAM: \u20ac4.2B; CAGR 2025-30E: 17%\n"
            "- Installed base: 3,400 Nettalis robots in 11 countries\n"
            "- FY2025E revenue: \u20ac212M; ambition: 15% market share by 2030\n"
            "- Robot-as-a-service from \u20ac890 per month, maintenance included\n"
            "- Funding: Series D (2023), \u20ac120M at a \u20ac1.3B post-money valuation"
        ),
        obs=[
            ("Total", 2024, 1.6, "EUR billion", "actual"),
            ("Total", 2025, 1.9, "EUR billion", "estimate"),
            ("Total", 2030, 4.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.9 / 1.6) ** (1 / 1) - 1 = 18.75% -> 19
            ("cagr|implied", "exact"),  # (4.2 / 1.9) ** (1 / 5) - 1 = 17.19% -> 17
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house (base, target and rate given) is
    #     the figure; its 2029 figure printed as US$0.74 billion is expected converted to the series' unit (740);
    #     the second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span (rounding
    #     only). Expected nowhere: the $12 billion pest-control services business, the $39 monthly trap fee, the 71%
    #     survey answer.
    dict(
        text=(
            "Re: Is AI pest monitoring a real market or just hype?\n"
            "Answer from facilities_dan (top contributor), 14 May 2025\n"
            "It's real, if still small. Northgate Analytics puts the US market for AI pest monitoring and waste-room "
            "sensing in commercial buildings (connected rodent traps, camera-based insect counts, bin-level and odour "
            "sensors) at $312 million in 2024, up 19.1% from $262 million in 2023, and forecasts US$0.74 billion by "
            "2029, an 18.8% CAGR over 2024-2029. Larkspur Research is more bullish and has 2024 at $355 million, but it "
            "counts residential installs too. For scale, US pest-control services are a roughly $12 billion business, "
            "and a connected trap runs about $39 a month per unit on a service contract. In Northgate's survey, 71% of "
            "facility managers said food-safety audits were the main reason to switch. Hope that helps."
        ),
        obs=[
            ("Total", 2023, 262, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2029, 740, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("cagr", 18.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 262) ** (1 / 1) - 1 = 19.08% -> 19.1
            # (740 / 312) ** (1 / 5) - 1 = 18.85% -> 18.9, not 18.8; 0.74 billion read at 735-745 million: bounds
            # (735 / 312.5) ** (1/5) - 1 = 18.66%, (745 / 311.5) ** (1/5) - 1 = 19.05% -> 18.8 reached only by
            # some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Indian broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims (fiscal years counted as their number), none with two amounts in a held currency, so no
    #     verdicts. Expected nowhere: the dateline, the FY2029 crore amount, the target price and upside, the pick's
    #     EBITDA margin, the 160 airports, the scrubber's price.
    dict(
        text=(
            "Deccan Meridian Securities - India Facility Services - Mumbai, 9 July 2025\n"
            "Robots on the concourse. We estimate that spending on AI cleaning robots and autonomous scrubbers at "
            "Indian airports, malls and metro stations grew 38% year on year in FY2025, and we forecast it to reach "
            "\u20b91,450 crore in FY2029, a CAGR of 27% over FY2025-FY2029. Airports account for 44% of FY2025 "
            "spending, as terminal operators write robot fleets into their cleaning tenders. Our top pick, Sudhar "
            "Facility Solutions (BUY, TP \u20b9640, 31% upside), should post an EBITDA margin of 11.2% in FY2026. India "
            "has about 160 operational airports, and a ride-on scrubber robot costs roughly \u20b938 lakh."
        ),
        obs=[],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("cagr", 27, "percent", 2025, 2029, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a multiple over four years (较2020年增长2倍,
    #     x2, no verdict), a part with its share, a 2025 figure (有望突破, printed figure, estimate). Expected nowhere:
    #     the dateline, the 2.6万台 robots sold, the 1200万 cleaners, the 1.2万亿元 cleaning-services market.
    dict(
        text=(
            "新华社上海2025年3月22日电(记者周明远)记者从中国清洁行业联合会获悉,2024年我国商用AI清洁机器人市场规模达到"
            "72.4亿元,比2023年的56.3亿元增长28.6%,较2020年增长2倍。其中,商场及写字楼场景市场规模为31.5亿元,占比43.5%;"
            "机场、高铁站等交通枢纽场景增长最快。2024年全国商用清洁机器人销量约2.6万台,全国保洁从业人员超过1200万人,"
            "清洁服务市场总规模约1.2万亿元。联合会预计,2025年我国商用AI清洁机器人市场规模有望突破90亿元。业内人士表示,"
            "随着保洁人员老龄化加剧,机器人正从“锦上添花”变为“刚需”。"
        ),
        obs=[
            ("Total", 2023, 56.3, "CNY 100 million", "actual"),
            ("Total", 2024, 72.4, "CNY 100 million", "actual"),
            ("商场及写字楼场景", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("share", 43.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72.4 / 56.3) ** (1 / 1) - 1 = 28.60% -> 28.6
            ("arithmetic", "exact"),  # 31.5 / 72.4 = 43.51% -> 43.5
        ],
    ),
    # 30. Suzhou municipal plan (Simplified, 万元): 2024 base 9,600万元 (约, actual) and a 2027 target printed as
    #     1.8亿元 (突破, printed figure, estimate) expected converted to the series' unit (18,000 万元); the CAGR's span
    #     is given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 3,000 lifts,
    #     the 1,200 estates, the 5,000 staff trained, the 30% subsidy rate and the 50万元 cap.
    dict(
        text=(
            "苏州市人民政府办公室日前印发《苏州市智慧物业高质量发展三年行动计划(2025—2027年)》。计划提出,2024年全市"
            "物业服务企业在AI工单调度、设备预测性维护和智能巡检方面的采购额约为9,600万元;到2027年,全市物业服务领域AI"
            "应用采购额突破1.8亿元,年均增长23%左右。计划同时要求,完成3,000部老旧电梯智能监测改造,覆盖住宅小区1,200个,"
            "培训智慧物业从业人员5,000名。对采购AI巡检服务的中小物业企业,按合同金额的30%给予补贴,单个企业每年最高50万元。"
        ),
        obs=[
            ("Total", 2024, 9600, "CNY 10 thousand", "actual"),
            ("Total", 2027, 18000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (18000 / 9600) ** (1 / 3) - 1 = 23.31% -> 23; 1.8亿元 read at 17,500-18,500万元 gives 21.95%-24.66%
            ("cagr|period", "exact"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a part with its share, a CAGR with
    #     printed span. Expected nowhere: 今(15)日, the report's title year, the 14.2萬 lifts, the 1,800 buildings
    #     surveyed, the 58% survey answer.
    dict(
        text=(
            "【台北訊】財團法人台灣智慧建築研究院今(15)日發布《2025台灣建築設備AI應用調查》指出,2024年台灣AI電梯與"
            "空調故障預測市場規模達新台幣36.8億元,較2023年的29.5億元成長24.7%。其中,空調系統AI預測維護為19.6億元,"
            "占比53.3%,為最大宗。研究院預估,2028年市場規模可望達62.0億元,2024至2028年複合成長率為13.9%。目前全台約有"
            "14.2萬部電梯,受訪的1,800棟商辦大樓中,有58%表示已導入或規劃導入AI監測。研究院建議,老舊大樓可結合都更與"
            "危老重建一併更新設備。"
        ),
        obs=[
            ("Total", 2023, 29.5, "TWD 100 million", "actual"),
            ("Total", 2024, 36.8, "TWD 100 million", "actual"),
            ("空調系統AI預測維護", 2024, 19.6, "TWD 100 million", "actual"),
            ("Total", 2028, 62.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 53.3, "percent", 2024, 2024, None),
            ("cagr", 13.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.8 / 29.5) ** (1 / 1) - 1 = 24.75% (24.746) -> 24.7
            ("arithmetic", "exact"),  # 19.6 / 36.8 = 53.26% -> 53.3
            ("cagr|implied", "exact"),  # (62.0 / 36.8) ** (1 / 4) - 1 = 13.93% -> 13.9
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 forecast. Expected nowhere: the report's title year, the 2.9萬 buildings, the 7.8萬 guards, the
    #     66% survey answer, the 500億港元 total property-management spending.
    dict(
        text=(
            "香港物業設施管理業聯會今日發表《2025香港智慧物業報告》。報告指出,2024年本港物業管理業界採用的AI保安巡邏"
            "及智能門禁服務市場規模達12.6億港元,按年增長17.6%,2023年則為10.7億港元。其中,智能巡邏機械人服務為3.9億港元,"
            "佔31.0%。報告預計,2027年有關市場規模將增至19.5億港元。聯會轄下會員管理約2.9萬幢樓宇,僱用保安員約7.8萬人;"
            "受訪住戶中有66%支持以人臉識別取代門禁卡。報告又指,本港物業管理服務總開支每年約500億港元,AI服務所佔仍屬少數。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("智能巡邏機械人服務", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2027, 19.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("share", 31.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (12.6 / 10.7) ** (1 / 1) - 1 = 17.76% -> 17.8, not 17.6; bounds 12.55 / 10.75 - 1 = 16.74%,
            # 12.65 / 10.65 - 1 = 18.78% -> 17.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 3.9 / 12.6 = 30.95% -> 31.0
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報] ..., 新台幣億元), dated 2025: 去年 2024 (actual), 前年 2023 (actual), 今年
    #     2025 (estimate); two YoY rates with both amounts. Expected nowhere: the title's 超過兩成 (a fraction in
    #     words), the list numbers, the 40萬元 robot price and 1.5萬元 monthly rent, the stock's first-quarter revenue
    #     growth and gross margin, the 60 shopping centres.
    dict(
        text=(
            "作者 cleanbot87 (掃地僧)\n"
            "看板 Stock\n"
            "標題 [情報] 商用清潔機器人市場 去年成長超過兩成\n"
            "時間 Tue Apr 8 10:32:51 2025\n"
            "來源:晨曦產業研究報告,幫大家整理重點\n"
            "1. 去年台灣商場、機場與辦公大樓用的AI清潔機器人市場約新台幣8.4億元,前年是6.9億元,成長21.7%\n"
            "2. 今年預估可到10.2億元,年增21.4%\n"
            "3. 一台商用洗地機器人大概40萬元上下,月租方案約1.5萬元\n"
            "4. 某概念股第一季營收年增35%,毛利率32%\n"
            "5. 全台大型購物中心大約60家,機場跟捷運站是下一波\n"
            "心得:清潔人力越來越難找,機器人補位是趨勢,但股價應該已經反映不少了\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 6.9, "TWD 100 million", "actual"),
            ("Total", 2024, 8.4, "TWD 100 million", "actual"),
            ("Total", 2025, 10.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.4 / 6.9) ** (1 / 1) - 1 = 21.74% -> 21.7
            ("cagr|implied", "exact"),  # (10.2 / 8.4) ** (1 / 1) - 1 = 21.43% -> 21.4
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims), a YoY without its base amount (no
    #     verdict), a CAGR with printed span. Expected nowhere: the report date, the 300亿平方米 floor area managed and
    #     the top-100 firms' 6000万平方米, the target price and upside, the pick's AI revenue share and gross margin.
    dict(
        text=(
            "【国泓证券】物业服务行业深度报告:AI运维重塑物业服务价值链(2025年7月15日)\n"
            "摘要:我们测算,2024年我国物业服务AI应用(工单智能派发、设备预测性维护、智能巡检与安防)市场规模为148亿元,"
            "同比增长26%;预计2026年市场规模将达到210—235亿元,2028年达到320亿元,2024—2028年复合增长率约21%。截至2024年"
            "底,全国物业管理面积约300亿平方米,百强物企平均在管面积超过6000万平方米,人工成本上升倒逼物企以AI降本增效。"
            "首次覆盖给予行业“强于大市”评级,重点推荐智邻服务(目标价18.6港元,上涨空间34%),其2024年AI相关收入占比提升"
            "至9%,毛利率41%。"
        ),
        obs=[
            ("Total", 2024, 148, "CNY 100 million", "actual"),
            ("Total", 2028, 320, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 210, "CNY 100 million", 2026, 2026, None),
            ("value", 235, "CNY 100 million", 2026, 2026, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (320 / 148) ** (1 / 4) - 1 = 21.26% -> 21
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY
    #     with both amounts, a 2027 figure (有望). Expected nowhere: the 1100万 lifts in service and the company's 18万
    #     connected lifts, its revenue, growth and gross margin, the second quarter's figure, its 15% share target.
    dict(
        text=(
            "通力达智能电梯2025年半年度业绩说明会文字实录(2025年9月2日)\n"
            "问:请问公司如何看待电梯AI故障预测与远程监测业务的市场空间?\n"
            "答(董事会秘书林晓峰):据我们测算,今年国内电梯AI故障预测及远程监测服务市场规模约46亿元,去年为38亿元,"
            "增长约21%;到2027年有望达到65亿元。全国电梯保有量已超过1100万台,我们在保的联网电梯约18万台。公司上半年"
            "营业收入23.7亿元,同比增长9.6%,毛利率27.5%;二季度该市场规模约11亿元。我们的目标是三年内在这一市场的"
            "市占率达到15%。"
        ),
        obs=[
            ("Total", 2024, 38, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
            ("Total", 2027, 65, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21
        ],
    ),
    # 36. Markdown table by segment (EUR million) for Germany with a CAGR column whose header prints the span: rows
    #     add to the Total row in both years; the lift-and-HVAC CAGR is inconsistent, the pest-control CAGR holds only
    #     by rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3. Germany: AI in facility management and building services by segment, 2024 and 2030F "
            "(EUR million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI cleaning robots (offices, retail, transport hubs) | 184 | 520 | 18.9% |\n"
            "| AI work-order and maintenance scheduling | 142 | 365 | 17.0% |\n"
            "| AI lift and HVAC fault prediction | 118 | 338 | 21.2% |\n"
            "| AI security patrol and access control | 96 | 240 | 16.5% |\n"
            "| AI pest control and waste-room monitoring | 27 | 84 | 20.6% |\n"
            "| Total | 567 | 1,547 | 18.2% |\n"
            "Source: Bundesverband Digitale Geb\u00e4udedienste, Berlin, January 2025. Note: 2030F figures are "
            "forecasts; spending by owners, property managers and FM contractors on AI hardware, software and "
            "services; excludes conventional cleaning machines and building-automation systems."
        ),
        obs=[
            ("AI cleaning robots (offices, retail, transport hubs)", 2024, 184, "EUR million", "actual"),
            ("AI cleaning robots (offices, retail, transport hubs)", 2030, 520, "EUR million", "estimate"),
            ("AI work-order and maintenance scheduling", 2024, 142, "EUR million", "actual"),
            ("AI work-order and maintenance scheduling", 2030, 365, "EUR million", "estimate"),
            ("AI lift and HVAC fault prediction", 2024, 118, "EUR million", "actual"),
            ("AI lift and HVAC fault prediction", 2030, 338, "EUR million", "estimate"),
            ("AI security patrol and access control", 2024, 96, "EUR million", "actual"),
            ("AI security patrol and access control", 2030, 240, "EUR million", "estimate"),
            ("AI pest control and waste-room monitoring", 2024, 27, "EUR million", "actual"),
            ("AI pest control and waste-room monitoring", 2030, 84, "EUR million", "estimate"),
            ("Total", 2024, 567, "EUR million", "actual"),
            ("Total", 2030, 1547, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 184) ** (1 / 6) - 1 = 18.90% -> 18.9
            ("cagr|implied", "exact"),  # (365 / 142) ** (1 / 6) - 1 = 17.04% -> 17.0
            # (338 / 118) ** (1 / 6) - 1 = 19.17%; bounds (337.5 / 118.5) ** (1/6) - 1 = 19.06%,
            # (338.5 / 117.5) ** (1/6) - 1 = 19.29% -> 21.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (240 / 96) ** (1 / 6) - 1 = 16.50% (16.499) -> 16.5
            # (84 / 27) ** (1 / 6) - 1 = 20.82% -> 20.8, not 20.6; bounds (83.5 / 27.5) ** (1/6) - 1 = 20.34%,
            # (84.5 / 26.5) ** (1/6) - 1 = 21.32% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1547 / 567) ** (1 / 6) - 1 = 18.21% -> 18.2
            ("hierarchy", "exact"),  # 2024: 184 + 142 + 118 + 96 + 27 = 567
            ("hierarchy", "exact"),  # 2030F: 520 + 365 + 338 + 240 + 84 = 1547
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY million), fiscal years, with a YoY column: rows add to the Total
    #     row; the lift-monitoring YoY is inconsistent. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 5: Japan, AI cleaning, lift and security services for buildings by application (JPY million)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "AI cleaning robots for airports and rail stations\t8,240\t10,610\t28.8%\n"
            "AI cleaning robots for offices and shopping centres\t12,580\t15,930\t26.6%\n"
            "AI lift and escalator remote monitoring\t15,310\t17,720\t17.5%\n"
            "AI building security and access control\t6,470\t7,890\t21.9%\n"
            "Total\t42,600\t52,150\t22.4%\n"
            "Note: fiscal years ending March; spending by building owners, property managers and FM contractors on AI "
            "robots, software and services. Source: Tokai Building Services Research, June 2025."
        ),
        obs=[
            ("AI cleaning robots for airports and rail stations", 2023, 8240, "JPY million", "actual"),
            ("AI cleaning robots for airports and rail stations", 2024, 10610, "JPY million", "actual"),
            ("AI cleaning robots for offices and shopping centres", 2023, 12580, "JPY million", "actual"),
            ("AI cleaning robots for offices and shopping centres", 2024, 15930, "JPY million", "actual"),
            ("AI lift and escalator remote monitoring", 2023, 15310, "JPY million", "actual"),
            ("AI lift and escalator remote monitoring", 2024, 17720, "JPY million", "actual"),
            ("AI building security and access control", 2023, 6470, "JPY million", "actual"),
            ("AI building security and access control", 2024, 7890, "JPY million", "actual"),
            ("Total", 2023, 42600, "JPY million", "actual"),
            ("Total", 2024, 52150, "JPY million", "actual"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10610 / 8240 - 1 = 28.76% -> 28.8
            ("cagr|implied", "exact"),  # 15930 / 12580 - 1 = 26.63% -> 26.6
            # 17720 / 15310 - 1 = 15.74%; bounds 17719.5 / 15310.5 - 1 = 15.73%, 17720.5 / 15309.5 - 1 = 15.75%
            # -> 17.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 7890 / 6470 - 1 = 21.95% (21.947) -> 21.9
            ("cagr|implied", "exact"),  # 52150 / 42600 - 1 = 22.42% -> 22.4
            ("hierarchy", "exact"),  # FY2023: 8240 + 12580 + 15310 + 6470 = 42600
            ("hierarchy", "exact"),  # FY2024: 10610 + 15930 + 17720 + 7890 = 52150
        ],
    ),
    # 38. Space-aligned UAE table (USD million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the security share holds only by rounding. Expected nowhere: the Saudi riyal aside
    #     (riyals are not in the unit table), the source's date.
    dict(
        text=(
            "UAE: AI in facility management, spending by application, 2024\n"
            "Application                                          USD million     Share\n"
            "AI cleaning robots (malls, airports, offices)              118.4     34.2%\n"
            "AI HVAC fault prediction and energy optimisation            96.7     28.0%\n"
            "AI work-order and maintenance scheduling                    61.2     17.7%\n"
            "AI security patrol and access control                       54.8     15.8%\n"
            "AI pest control and waste-room monitoring                   14.6      4.2%\n"
            "Total                                                      345.7    100.0%\n"
            "Note: spending by developers, FM contractors and building owners on AI robots, software and services; "
            "Saudi Arabia's comparable market, put at about SAR 620 million, is excluded. Source: Gulf Facilities "
            "Intelligence, Dubai, March 2025."
        ),
        obs=[
            ("AI cleaning robots (malls, airports, offices)", 2024, 118.4, "USD million", "actual"),
            ("AI HVAC fault prediction and energy optimisation", 2024, 96.7, "USD million", "actual"),
            ("AI work-order and maintenance scheduling", 2024, 61.2, "USD million", "actual"),
            ("AI security patrol and access control", 2024, 54.8, "USD million", "actual"),
            ("AI pest control and waste-room monitoring", 2024, 14.6, "USD million", "actual"),
            ("Total", 2024, 345.7, "USD million", "actual"),
        ],
        claims=[
            ("share", 34.2, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 17.7, "percent", 2024, 2024, None),
            ("share", 15.8, "percent", 2024, 2024, None),
            ("share", 4.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.4 / 345.7 = 34.25% (34.249) -> 34.2
            ("arithmetic", "exact"),  # 96.7 / 345.7 = 27.97% -> 28.0
            ("arithmetic", "exact"),  # 61.2 / 345.7 = 17.70% -> 17.7
            # 54.8 / 345.7 = 15.852% -> 15.9, not 15.8; bounds 54.75 / 345.75 = 15.835%, 54.85 / 345.65 = 15.869%
            # -> 15.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.6 / 345.7 = 4.22% -> 4.2
            ("hierarchy", "exact"),  # 118.4 + 96.7 + 61.2 + 54.8 + 14.6 = 345.7
        ],
    ),
    # 39. Vertical markdown table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding. Expected
    #     nowhere: the title's year span, the source's date.
    dict(
        text=(
            "United Kingdom: AI cleaning robots in offices, retail and transport hubs, 2020-2026F\n"
            "| Year | GBP million | YoY |\n"
            "|---|---|---|\n"
            "| 2020 | 64 | - |\n"
            "| 2021 | 79 | 23.4% |\n"
            "| 2022 | 98 | 24.1% |\n"
            "| 2023 | 121 | 23.5% |\n"
            "| 2024 | 148 | 22.6% |\n"
            "| 2025F | 178 | 20.3% |\n"
            "| 2026F | 211 | 18.5% |\n"
            "Note: F = forecast. Robot sales, leases and robot-as-a-service contracts bought by cleaning contractors and "
            "building operators; excludes domestic robot vacuums. Source: Albion Cleaning Industry Federation, "
            "February 2025."
        ),
        obs=[
            ("Total", 2020, 64, "GBP million", "actual"),
            ("Total", 2021, 79, "GBP million", "actual"),
            ("Total", 2022, 98, "GBP million", "actual"),
            ("Total", 2023, 121, "GBP million", "actual"),
            ("Total", 2024, 148, "GBP million", "actual"),
            ("Total", 2025, 178, "GBP million", "estimate"),
            ("Total", 2026, 211, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2020, 2021, 1.0),
            ("growth", 24.1, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
            ("growth", 18.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79 / 64 - 1 = 23.44% (23.4375) -> 23.4
            ("cagr|implied", "exact"),  # 98 / 79 - 1 = 24.05% (24.051) -> 24.1
            ("cagr|implied", "exact"),  # 121 / 98 - 1 = 23.47% -> 23.5
            # 148 / 121 - 1 = 22.31% -> 22.3, not 22.6; bounds 147.5 / 121.5 - 1 = 21.40%, 148.5 / 120.5 - 1 = 23.24%
            # -> 22.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 178 / 148 - 1 = 20.27% -> 20.3
            ("cagr|implied", "exact"),  # 211 / 178 - 1 = 18.54% -> 18.5
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2025
    #     合計 does not equal its rows (inconsistent). Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年台灣建築服務AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI清潔機器人 | 6.8 | 8.9 | 11.4\n"
            "AI工單與維護排程 | 4.2 | 5.5 | 7.1\n"
            "AI電梯與空調故障預測 | 5.6 | 7.0 | 8.8\n"
            "AI保全巡邏與門禁 | 3.1 | 3.9 | 4.9\n"
            "合計 | 19.7 | 25.3 | 32.9\n"
            "資料來源:台灣物業管理學會;2025年為預估值,含商辦、商場、機場及集合住宅之AI設備、軟體與服務支出。"
        ),
        obs=[
            ("AI清潔機器人", 2023, 6.8, "TWD 100 million", "actual"),
            ("AI清潔機器人", 2024, 8.9, "TWD 100 million", "actual"),
            ("AI清潔機器人", 2025, 11.4, "TWD 100 million", "estimate"),
            ("AI工單與維護排程", 2023, 4.2, "TWD 100 million", "actual"),
            ("AI工單與維護排程", 2024, 5.5, "TWD 100 million", "actual"),
            ("AI工單與維護排程", 2025, 7.1, "TWD 100 million", "estimate"),
            ("AI電梯與空調故障預測", 2023, 5.6, "TWD 100 million", "actual"),
            ("AI電梯與空調故障預測", 2024, 7.0, "TWD 100 million", "actual"),
            ("AI電梯與空調故障預測", 2025, 8.8, "TWD 100 million", "estimate"),
            ("AI保全巡邏與門禁", 2023, 3.1, "TWD 100 million", "actual"),
            ("AI保全巡邏與門禁", 2024, 3.9, "TWD 100 million", "actual"),
            ("AI保全巡邏與門禁", 2025, 4.9, "TWD 100 million", "estimate"),
            ("合計", 2023, 19.7, "TWD 100 million", "actual"),
            ("合計", 2024, 25.3, "TWD 100 million", "actual"),
            ("合計", 2025, 32.9, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 4.2 + 5.6 + 3.1 = 19.7
            ("hierarchy", "exact"),  # 2024: 8.9 + 5.5 + 7.0 + 3.9 = 25.3
            # 2025(預估): 11.4 + 7.1 + 8.8 + 4.9 = 32.2 vs 32.9; rows' bounds 32.0-32.4, total's 32.85-32.95
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twentieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 14, 'exact': 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 29%',
    'Rival house Meridian Gulf Research',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2倍',
    '新台幣17.6億元',
    '億港元',
    '中央社記者王柏翔台北2025年6月10日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 37.8 | 32.0%',
    'Q2 2025 earnings call, August 6, 2025',
    'Working Paper 2025:14. Abstract:',
    "4/ Keystone's forecast: $2.1B by 2029.",
    'Correction, 3 March 2025:',
    'Dear shareholders,',
    '- 2025E TAM: €1.9B, +19% YoY',
    'Larkspur Research is more bullish',
    '₹1,450 crore in FY2029',
    '新华社上海2025年3月22日电',
    '年均增长23%左右',
    '標題 [情報] 商用清潔機器人市場 去年成長超過兩成',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 19.7 | 25.3 | 32.9',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 70 rates, 98 verdicts and 1 false inconsistent
#: after the readings chosen on it and the two-hundred-and-twenty-second set: 207, 71, 98 and 1
FLOORS = {"figures_found": 207, "rates_found": 71, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset220.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
