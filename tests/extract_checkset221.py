"""A two-hundred-and-twenty-first check set for the extractor, written blind: AI in facility management, cleaning and
building services: AI cleaning robots for offices, malls and airports, AI work-order and maintenance scheduling for
property managers, AI for lift (elevator) and HVAC fault prediction, AI security-patrol and access-control services in
managed buildings, AI for pest control and waste-room monitoring; sized in money by facility-management associations,
property-management bodies, cleaning-industry federations, brokers, consultancies, research houses and vendors' investor
days, in the United States, Canada, the United Kingdom, Germany, France, Sweden, the UAE, Saudi Arabia (riyals only as
an aside), Japan, Singapore, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan
亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total facility-management or cleaning spending beside the
AI part, numbers of buildings, robots, lifts, staff or square metres managed, a robot's price or a monthly fee, a
contractor's own revenue or margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in facility management, cleaning and building services: eight
English prose texts (a Chicago wire release on cleaning robots, a Tokyo broker note in fiscal years and yen on lift and
HVAC fault prediction, a Frankfurt briefing with a total and three segments with shares, a Dubai article quoting two
houses on AI security patrol, a Stockholm capital markets day sizing a TAM, a Paris strategy with last-year/this-year
figures and a 2030 target, a correction notice on a Canadian work-order story with a range, a Swedish cleaning blog with
'more than doubled'), seven Chinese prose texts (a cleaning-robot industry report, a Guangdong plan with 力争到 and 增长2.7倍,
a Xinhua story quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年,
a broker deep-dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-
aligned with shares, a vertical table of years with YoY, a tab-separated segment table). Left out: total cleaning and FM
spending, buildings, lifts, robots, staff and square metres, robot prices, lease and monthly fees, pilot funds and
subsidies, funding rounds and valuations, quarter figures, survey answers, vendors' revenue, margins, bookings and share
goals, won, riyal and Canadian-dollar amounts, a second house's figure, a correction's wrong range, shares in words.
Inconsistent: the Dubai 31% YoY, the Singapore 2023 YoY and the UAE 2025F total. Only by rounding: the Tokyo and Taiwan
CAGRs, the Frankfurt security share, the broker's 30.8% YoY, the UK scheduling row's CAGR, the 2024年 合计 and the French
maintenance share.

Snippets 21-40: Twenty snippets on AI in facility management, cleaning and building services, numbered 21-40: eight
English prose pieces (a North American earnings-call answer sizing a TAM for AI floor-cleaning robots with 'this year'
and 'last year' read from the call's date, a Leipzig working-paper abstract on AI lift and HVAC fault prediction with a
'more than doubling' multiple, a numbered social-media thread on US AI work-order scheduling whose 2029 figure in
billions is converted to the series' millions, a UK web article on AI security patrol with a correction line, a Japanese
lift-service group's letter to shareholders in yen and fiscal years, Stockholm investor-day slide bullets on AI HVAC
diagnostics in euros, a forum answer quoting two research houses on airport cleaning robots, and a Riyadh broker note in
riyals that gives claims but no observations), seven Chinese prose pieces (a Xinhua-style release on commercial cleaning
robots, a Shenzhen smart-property plan with an inferred-span CAGR, a Taipei research release on AI patrol and access
control, a Hong Kong association report in 億港元, a PTT post, a broker abstract on lift fault prediction with a 2026
range, a property group's results-briefing transcript) and five tables (markdown in USD with a CAGR column, tab-
separated HKD with a YoY column, space-aligned euros with a share column, a vertical table of years for the UAE, a
Traditional Chinese table with a 合計 row). Left out everywhere: total janitorial, guarding, maintenance and property-
management spending, counts of lifts, robots, buildings, units, staff and square metres, robot prices, leases and
monthly fees, funding rounds and valuations, companies' own revenue, margins and share targets, quarter figures, survey
percentages, fractions in words, a second house's figure, a corrected misprint and a post title's rounded figure.
Inconsistent: the working paper's 31.4% CAGR, the Hong Kong cleaning-robot 48.5% share, the security-patrol CAGR in the
markdown table and the Taiwan table's 2024 合計. Holding only by rounding: the call's 17.4% CAGR, the UK article's 37.9%
share, the Stockholm 17.1% CAGR, the Xinhua 21.7% share, the Taipei 22.6% growth, the pest-control CAGR in the markdown
table, the pest-control YoY in the HKD table, the French 4.0% pest-control share and the UAE table's 2024 YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the benchmark's title year, the 1,320 facility managers surveyed, the $98 billion commercial cleaning
    #    business, the $38,000 scrubber price, the 71% survey answer.
    dict(
        text=(
            "CHICAGO, April 8, 2025 /PRNewswire/ -- Owners and operators of U.S. offices, shopping malls and airports "
            "spent $781 million on AI-driven cleaning robots and autonomous floor-care fleets in 2024, up 28% from "
            "$612 million in 2023, according to the 2025 Autonomous Cleaning Benchmark released today by Lakeshore "
            "Facility Analytics. The Chicago firm, which surveyed 1,320 facility managers, projects spending of $2.9 "
            "billion by 2031, a compound annual growth rate of 20.6% from 2024 to 2031. Commercial cleaning services "
            "in the country are a roughly $98 billion business, and a large autonomous scrubber lists for about "
            "$38,000. Some 71% of respondents said labour shortages were their main reason for buying robots."
        ),
        obs=[
            ("Total", 2023, 612, "USD million", "actual"),
            ("Total", 2024, 781, "USD million", "actual"),
            ("Total", 2031, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (781 / 612) ** (1 / 1) - 1 = 27.61% -> 28
            ("cagr|implied", "exact"),  # (2900 / 781) ** (1 / 7) - 1 = 20.61% -> 20.6
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 22%" where the amounts give 21.49%. Expected nowhere: the dateline, the ¥4.6
    #    trillion building-maintenance industry, the ¥48,000 monthly fee per lift, Korean lift maintenance in won, the
    #    covered firm's sales, growth, margin, target price and upside, the 730,000 lifts.
    dict(
        text=(
            "Tokyo, 9 June 2025. Japan Building Services, sector note. We size the domestic market for AI fault "
            "prediction and remote diagnosis of lifts, escalators and HVAC plant in managed buildings at ¥23.8 billion "
            "in FY2024 (year to March 2025) and forecast ¥63 billion by FY2029e, a CAGR of about 22%. That is a "
            "sliver of the ¥4.6 trillion building-maintenance industry, where a remote-monitoring contract still runs "
            "at about ¥48,000 a month per lift. Korean operators, by our count, spend around ₩180 billion on similar "
            "tools. Our top pick, Shoshin Elevator Systems (Buy, TP ¥3,150, 24% upside), grew FY2024 sales 13% to "
            "¥41.7 billion at an 11.6% operating margin and maintains some 730,000 lifts nationwide with its peers."
        ),
        obs=[
            ("Total", 2024, 23.8, "JPY billion", "actual"),
            ("Total", 2029, 63, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (63 / 23.8) ** (1 / 5) - 1 = 21.49% -> 21, not 22; bounds (62.5 / 23.85) ** (1/5) - 1 = 21.25%,
            # (63.5 / 23.75) ** (1/5) - 1 = 21.74% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Frankfurt research briefing: a total in EUR million and three segments with shares (the security share of
    #    "some 15%" holds only by rounding); the 2028 forecast printed in billions is expected converted to EUR
    #    million. Expected nowhere: the 62 providers interviewed, the €150 billion FM sector, the 700,000 cleaners.
    dict(
        text=(
            "FRANKFURT, 8 July 2025 - German office, retail and airport operators spent €184 million on AI in "
            "facility management in 2024, a briefing from the Mainfeld Institut für Gebäudedienste finds. AI "
            "cleaning robots took the largest slice, €67 million or about 36%, followed by lift and HVAC fault "
            "prediction at €48 million (26%). AI security patrol and access control came to €29 million, some 15% of "
            "the total. The institute, which interviewed 62 facility-service providers, expects spending to reach "
            "€0.46 billion in 2028. Germany's facility-management sector as a whole turns over roughly €150 billion a "
            "year, and the country's cleaning trade employs about 700,000 people."
        ),
        obs=[
            ("Total", 2024, 184, "EUR million", "actual"),
            ("AI cleaning robots", 2024, 67, "EUR million", "actual"),
            ("Lift and HVAC fault prediction", 2024, 48, "EUR million", "actual"),
            ("AI security patrol and access control", 2024, 29, "EUR million", "actual"),
            ("Total", 2028, 460, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 67 / 184 = 36.41% -> 36
            ("arithmetic", "exact"),  # 48 / 184 = 26.09% -> 26
            # 29 / 184 = 15.76% -> 16, not 15; bounds 28.5 / 184.5 = 15.45%, 29.5 / 183.5 = 16.08%
            # -> 15 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Dubai article quoting two houses: the first house's base, target and rate are the snippet's; its "up 31%"
    #    is inconsistent, its CAGR exact. Expected nowhere: Qasr Analytics' $243 million for 2024, the Saudi riyal
    #    amount (no unit in the table), the 120,000 guards, the $4,500 monthly robot lease.
    dict(
        text=(
            "DUBAI, 15 September 2025 - Building owners in the United Arab Emirates spent $214 million on AI "
            "security-patrol robots, video analytics and access-control services in 2024, up 31% from $171 million "
            "in 2023, according to Falconridge Advisory, a Dubai consultancy. Falconridge expects the market to reach "
            "$590 million by 2029, a compound annual rate of 22.5% over 2024-2029. Rival house Qasr Analytics puts "
            "the 2024 figure at $243 million. Next door, Saudi landlords spent an estimated SAR 1.2 billion on "
            "comparable systems. The emirates' security-guard workforce numbers some 120,000, and a single patrol "
            "robot leases for about $4,500 a month."
        ),
        obs=[
            ("Total", 2023, 171, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2029, 590, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (214 / 171) ** (1 / 1) - 1 = 25.15% -> 25, not 31; bounds 213.5 / 171.5 - 1 = 24.49%,
            # 214.5 / 170.5 - 1 = 25.81% -> 31 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (590 / 214) ** (1 / 5) - 1 = 22.49% -> 22.5
        ],
    ),
    # 5. Capital markets day transcript (Stockholm): the total addressable market the company sizes is the market
    #    (Total), in USD billion, "about $31 billion" expected at its printed figure, with "roughly a 14% CAGR" over a
    #    printed span. Expected nowhere: the company's revenue and gross margin, its 10% share goal, the 3,800
    #    buildings, the third quarter's bookings growth.
    dict(
        text=(
            "Transcript excerpt, Nordvakt Robotics Capital Markets Day, Stockholm, November 12, 2025. Chief Executive "
            "Officer Ingrid Sahlberg: We size our total addressable market, meaning autonomous cleaning, AI security "
            "patrol and predictive maintenance across offices, malls and airports in Europe and North America, at $14 "
            "billion in 2024, and we see it growing to about $31 billion by 2030. That is roughly a 14% CAGR from "
            "2024 to 2030. Last year we booked revenue of $212 million at a 61% gross margin, and our ambition is a "
            "10% share of that market by 2030. Our fleet now runs in about 3,800 buildings, and third-quarter "
            "bookings were up 34%."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 14) ** (1 / 6) - 1 = 14.17% -> 14
        ],
    ),
    # 6. Paris city strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target printed in
    #    billions expected converted to EUR million. Expected nowhere: the €12 million pilot fund and its 140
    #    municipal buildings, the 1.9 million square metres, the 2,400 cleaning agents, the 58% survey answer.
    dict(
        text=(
            "PARIS, 3 March 2025 - The City of Paris Smart Buildings Plan, presented today by the deputy mayor for "
            "public buildings, estimates that building operators in Paris and its inner suburbs spent €38 million on "
            "AI for cleaning, maintenance scheduling and energy-system fault detection last year, and expects €49 "
            "million this year, a rise of roughly 29%. The plan sets a target of €0.2 billion by 2030. It earmarks "
            "€12 million for pilots in 140 municipal buildings, which together cover about 1.9 million square metres "
            "and employ some 2,400 cleaning agents. In a survey for the city, 58% of building managers said AI "
            "scheduling had cut call-out times."
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2025, 49, "EUR million", "estimate"),
            ("Total", 2030, 200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (49 / 38) ** (1 / 1) - 1 = 28.95% -> 29
        ],
    ),
    # 7. Correction notice on a Canadian story: the 2030 range in US dollars gives two value claims (no
    #    observation); the 2024 figure is the year's observation. Expected nowhere: the misstated US$240-310
    #    million, the Canadian-dollar amount (no unit in the table), the 480,000 buildings, the US$60 billion total
    #    operating spend; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, September 18, 2025: An earlier version of this article misstated the 2030 forecast. Maple "
            "Ridge Property Analytics expects Canada's market to reach US$420 million to US$510 million in 2030, not "
            "US$240 million to US$310 million.\n"
            "Canada's market for AI work-order and maintenance scheduling for property managers, from tenant-request "
            "triage to predictive dispatch of technicians, was worth US$158 million in 2024, according to Maple Ridge "
            "Property Analytics, a Calgary firm. It expects the market to reach US$420 million to US$510 million in "
            "2030 as landlords of office towers and condominiums automate their service desks. In local currency the "
            "2024 market came to roughly C$216 million. Canadian property managers oversee some 480,000 commercial "
            "buildings, and the industry's total operating spend tops US$60 billion a year."
        ),
        obs=[
            ("Total", 2024, 158, "USD million", "actual"),
        ],
        claims=[
            ("value", 420, "USD million", 2030, 2030, None),
            ("value", 510, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Swedish cleaning-trade blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no
    #    verdict). Expected nowhere: the €29,000 robot price and €690 monthly contract, the start-up's funding round
    #    and valuation, the first quarter's 38% rise, the 38,000 cleaners.
    dict(
        text=(
            "Städbloggen, a Stockholm cleaning-trade blog, May 6, 2025 - The robots are mopping the departure halls. "
            "Swedish cleaning contractors and property owners spent €23 million on AI floor-cleaning robots and AI "
            "shift planning in 2021; by 2024 that spending had more than doubled to €51 million, according to "
            "Nordisk Lokalvård Research. A mid-size scrubber-drier robot costs about €29,000, or €690 a month on a "
            "service contract. The Gothenburg start-up Dammfri raised €15 million in March at a €90 million "
            "valuation, and in the first quarter of 2025 alone robot leases rose 38%. The trade employs around "
            "38,000 cleaners."
        ),
        obs=[
            ("Total", 2021, 23, "EUR million", "actual"),
            ("Total", 2024, 51, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (机场与交通枢纽场景) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 300亿平方米 managed, the 约1,200万
    #    cleaners, the 12万元 robot price, the 64% survey answer.
    dict(
        text=(
            "《2025中国商用清洁机器人产业发展报告》近日在深圳发布。报告显示，2024年我国AI商用清洁机器人（覆盖写字楼、"
            "商场、机场、医院等场景）市场规模达到76.9亿元，同比增长31.7%，2023年为58.4亿元。其中，机场与交通枢纽场景"
            "市场规模为18.2亿元，占比23.7%。报告预计，到2029年市场规模将达到205亿元，2024—2029年复合增长率为21.7%。"
            "报告同时指出，全国物业管理面积已超过300亿平方米，保洁从业人员约1,200万人，一台中型洗地机器人售价约12万元；"
            "受访物业企业中有64%计划在两年内增购清洁机器人。"
        ),
        obs=[
            ("Total", 2023, 58.4, "CNY 100 million", "actual"),
            ("Total", 2024, 76.9, "CNY 100 million", "actual"),
            ("机场与交通枢纽场景", 2024, 18.2, "CNY 100 million", "actual"),
            ("Total", 2029, 205, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("cagr", 21.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (76.9 / 58.4) ** (1 / 1) - 1 = 31.68% -> 31.7
            ("arithmetic", "exact"),  # 18.2 / 76.9 = 23.67% -> 23.7
            ("cagr|implied", "exact"),  # (205 / 76.9) ** (1 / 5) - 1 = 21.66% -> 21.7
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target
    #     (突破, expected at its printed figure, an estimate) and 较2023年增长2.7倍 kept as a multiple x2.7 over 4 years
    #     (no verdict). Expected nowhere: the plan's title years, the 200万元 subsidy per project, the 约140万台 lifts,
    #     the 约60亿平方米 managed.
    dict(
        text=(
            "广东省住房和城乡建设厅等五部门日前联合印发《广东省智慧物业“AI+运维”行动方案（2025—2027年）》。方案显示，"
            "2023年全省物业服务企业在AI工单派发、电梯与暖通设备故障预测等领域的市场规模为21.5亿元，2024年达到27.3亿元，"
            "同比增长27.0%。方案提出，力争到2027年全省相关市场规模突破80亿元，较2023年增长2.7倍；对入选的智慧物业示范"
            "项目每个给予最高200万元补助。目前全省在用电梯约140万台，物业管理面积约60亿平方米。"
        ),
        obs=[
            ("Total", 2023, 21.5, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("multiple", 2.7, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.3 / 21.5) ** (1 / 1) - 1 = 26.98% -> 27.0
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 华信产业研究所's 约48亿元 for 2024, the
    #     conference's title year, the 约640万 guards, the 1.2万台 patrol robots, the 59% survey answer.
    dict(
        text=(
            "新华社上海6月12日电（记者 顾晓雯）记者从日前举行的2025智慧楼宇安防产业大会上获悉，据中国楼宇智能化研究院"
            "测算，2024年我国AI楼宇安防巡逻与智能门禁服务市场规模为43.6亿元，比2023年的34.9亿元增长24.9%，预计2025年"
            "将达到54亿元。另据华信产业研究所统计，2024年这一市场规模约为48亿元。目前我国保安员约640万名，在运营的安防"
            "巡逻机器人超过1.2万台；调查显示，59%的物业项目经理认为AI巡逻能减少夜间人力。"
        ),
        obs=[
            ("Total", 2023, 34.9, "CNY 100 million", "actual"),
            ("Total", 2024, 43.6, "CNY 100 million", "actual"),
            ("Total", 2025, 54, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (43.6 / 34.9) ** (1 / 1) - 1 = 24.93% -> 24.9
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, 約占三成 (a share
    #     in words), the 約8.8萬部 lifts, the 約7萬人 staff, the 3,500元 monthly fee, the 63% survey answer.
    dict(
        text=(
            "財團法人台灣智慧建築協會發布《2025台灣智慧物業與設施管理白皮書》指出，2024年台灣AI建築維運（含電梯與空調"
            "故障預測、AI工單派工及能源設備監測）市場規模為新台幣38.5億元，較2023年的31.2億元成長23.4%。白皮書預估，"
            "2029年市場規模可達新台幣95億元，2024至2029年年均複合成長率約19.9%。其中電梯故障預測約占三成。白皮書也指出，"
            "全台在用電梯約8.8萬部，公寓大廈管理服務人員約7萬人，AI維運系統月費約新台幣3,500元起；受訪物業公司中有63%"
            "計畫於兩年內導入AI派工。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2029, 95, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.2) ** (1 / 1) - 1 = 23.40% -> 23.4
            # (95 / 38.5) ** (1 / 5) - 1 = 19.80% -> 19.8, not 19.9; bounds (94.5 / 38.55) ** (1/5) - 1 = 19.64%,
            # (95.5 / 38.45) ** (1/5) - 1 = 19.96% -> 19.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約5.6億港元 expected at its printed figure; YoY
    #     and CAGR exact. Expected nowhere: the 約900間 management companies, the 約9萬名 guards, the 1.2萬港元 monthly
    #     robot rent, the 約三成 owners' corporations (a share in words and a survey), the 2,000萬港元 funding round.
    dict(
        text=(
            "香港物業管理協會昨日發表報告指出，2024年本港住宅及商業大廈的AI清潔及保安巡邏服務（包括清潔機械人、AI閉路"
            "電視巡邏及智能門禁）市場規模約5.6億港元，較2023年的4.5億港元增長24.4%。報告預計，2028年市場規模將增至12.3億"
            "港元，2024至2028年年均複合增長率約21.7%。報告又指，全港約有900間物業管理公司，前線保安員約9萬名，一部清潔"
            "機械人月租約1.2萬港元，約三成受訪業主立案法團已試用AI巡邏。本地初創公司港智機械人上月完成2,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 4.5, "HKD 100 million", "actual"),
            ("Total", 2024, 5.6, "HKD 100 million", "actual"),
            ("Total", 2028, 12.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("cagr", 21.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.6 / 4.5) ** (1 / 1) - 1 = 24.44% -> 24.4
            ("cagr|implied", "exact"),  # (12.3 / 5.6) ** (1 / 4) - 1 = 21.74% -> 21.7
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first quarter's 2.1億元, the
    #     leading distributor's own revenue and gross margin, the 68萬元 robot price, the 約1,900台 robots.
    dict(
        text=(
            "（中央社記者林佳蓉台北2025年4月22日電）市調機構睿新顧問今天指出，去年台灣AI商用清潔機器人（辦公大樓、百貨"
            "商場與機場）市場規模約新台幣7.8億元，今年在人力短缺與機場擴建帶動下，可望成長約26%至9.8億元。不過今年第一季"
            "市場規模僅約新台幣2.1億元。國內清潔機器人代理商龍頭潔勤科技去年營收新台幣5.3億元，毛利率約35%，主力機型售價"
            "約新台幣68萬元；全台在用商用清潔機器人約1,900台。"
        ),
        obs=[
            ("Total", 2024, 7.8, "TWD 100 million", "actual"),
            ("Total", 2025, 9.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.8) ** (1 / 1) - 1 = 25.64% -> 26
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 30.8% YoY that holds only by rounding; the 2027
    #     range 120亿—150亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     firm's revenue, gross margin, rating and target price, its third-quarter contract growth, the 约1,100万台
    #     lifts.
    dict(
        text=(
            "中岳证券研究所2025年10月深度报告《AI+楼宇运维：电梯与暖通预测性维护迎来拐点》。我们测算，2024年国内电梯与"
            "暖通设备AI故障预测及预测性维护市场规模为63.1亿元，同比增长30.8%，2023年为48.3亿元。随着存量电梯进入大修"
            "更新周期，我们预计2027年市场规模将达到120亿—150亿元。行业龙头梯联智能2024年营收9.6亿元，毛利率52%，给予"
            "“增持”评级，目标价45元；今年三季度公司新签合同同比增长44%。截至2024年底，全国电梯保有量约1,100万台。"
        ),
        obs=[
            ("Total", 2023, 48.3, "CNY 100 million", "actual"),
            ("Total", 2024, 63.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (63.1 / 48.3) ** (1 / 1) - 1 = 30.64% -> 30.6, not 30.8; bounds 63.05 / 48.35 - 1 = 30.40%,
            # 63.15 / 48.25 - 1 = 30.88% -> 30.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (UK facility services, GBP million) with a CAGR 2024-30 column and a Total row: each row's
    #     CAGR is stated (span in the header); the scheduling row's 17.5% holds only by rounding; rows add to the
    #     Total in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 5. UK AI facility services by category (GBP million)\n"
            "| Category | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI cleaning robots (offices, retail, airports) | 142 | 418 | 19.7% |\n"
            "| AI work-order and maintenance scheduling | 118 | 309 | 17.5% |\n"
            "| AI lift and HVAC fault prediction | 87 | 262 | 20.2% |\n"
            "| Total | 347 | 989 | 19.1% |\n"
            "Source: Wharfside Property Research, Smart FM Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI cleaning robots (offices, retail, airports)", 2024, 142, "GBP million", "actual"),
            ("AI cleaning robots (offices, retail, airports)", 2030, 418, "GBP million", "estimate"),
            ("AI work-order and maintenance scheduling", 2024, 118, "GBP million", "actual"),
            ("AI work-order and maintenance scheduling", 2030, 309, "GBP million", "estimate"),
            ("AI lift and HVAC fault prediction", 2024, 87, "GBP million", "actual"),
            ("AI lift and HVAC fault prediction", 2030, 262, "GBP million", "estimate"),
            ("Total", 2024, 347, "GBP million", "actual"),
            ("Total", 2030, 989, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 142) ** (1 / 6) - 1 = 19.71% -> 19.7
            # (309 / 118) ** (1 / 6) - 1 = 17.40% -> 17.4, not 17.5; bounds (308.5 / 118.5) ** (1/6) - 1 = 17.29%,
            # (309.5 / 117.5) ** (1/6) - 1 = 17.52% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (262 / 87) ** (1 / 6) - 1 = 20.17% -> 20.2
            ("cagr|implied", "exact"),  # (989 / 347) ** (1 / 6) - 1 = 19.07% -> 19.1
            ("hierarchy", "exact"),  # 2024: 142 + 118 + 87 = 347
            ("hierarchy", "exact"),  # 2030F: 418 + 309 + 262 = 989
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国物业服务AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能清洁机器人\t18.6\t24.3\t31.5\n"
            "AI工单派发与维保排程\t9.4\t12.8\t16.9\n"
            "电梯与暖通故障预测\t7.2\t9.9\t13.1\n"
            "智能安防巡逻与门禁\t11.3\t14.1\t17.6\n"
            "垃圾房与虫害智能监测\t2.1\t3.0\t4.2\n"
            "合计\t48.6\t64.3\t83.3\n"
            "资料来源：物业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能清洁机器人", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能清洁机器人", 2024, 24.3, "CNY 100 million", "actual"),
            ("智能清洁机器人", 2025, 31.5, "CNY 100 million", "estimate"),
            ("AI工单派发与维保排程", 2023, 9.4, "CNY 100 million", "actual"),
            ("AI工单派发与维保排程", 2024, 12.8, "CNY 100 million", "actual"),
            ("AI工单派发与维保排程", 2025, 16.9, "CNY 100 million", "estimate"),
            ("电梯与暖通故障预测", 2023, 7.2, "CNY 100 million", "actual"),
            ("电梯与暖通故障预测", 2024, 9.9, "CNY 100 million", "actual"),
            ("电梯与暖通故障预测", 2025, 13.1, "CNY 100 million", "estimate"),
            ("智能安防巡逻与门禁", 2023, 11.3, "CNY 100 million", "actual"),
            ("智能安防巡逻与门禁", 2024, 14.1, "CNY 100 million", "actual"),
            ("智能安防巡逻与门禁", 2025, 17.6, "CNY 100 million", "estimate"),
            ("垃圾房与虫害智能监测", 2023, 2.1, "CNY 100 million", "actual"),
            ("垃圾房与虫害智能监测", 2024, 3.0, "CNY 100 million", "actual"),
            ("垃圾房与虫害智能监测", 2025, 4.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 48.6, "CNY 100 million", "actual"),
            ("合计", 2024, 64.3, "CNY 100 million", "actual"),
            ("合计", 2025, 83.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 9.4 + 7.2 + 11.3 + 2.1 = 48.6
            # 2024: 24.3 + 12.8 + 9.9 + 14.1 + 3.0 = 64.1, not 64.3; bounds 63.85..64.35 (each part +/-0.05)
            # reach 64.25..64.35 -> 64.3 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 31.5 + 16.9 + 13.1 + 17.6 + 4.2 = 83.3
        ],
    ),
    # 18. Space-aligned table (France, EUR million, 2024) with a share column and a Total row: five shares (the
    #     maintenance row's 24.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 1.1 million people in cleaning and FM services.
    dict(
        text=(
            "France: AI in facility management and cleaning, spending by application, 2024\n"
            "Application                                   EUR m      Share\n"
            "AI cleaning robots for offices and retail      41.6      34.2%\n"
            "AI maintenance and work-order scheduling       29.8      24.6%\n"
            "AI lift and HVAC fault prediction              22.4      18.4%\n"
            "AI security patrol and access control          19.7      16.2%\n"
            "AI pest and waste-room monitoring               8.1       6.7%\n"
            "Total                                         121.6     100.0%\n"
            "Note 2: about 1.1 million people work in French cleaning and FM services. Source: Observatoire Lutèce "
            "des Services aux Bâtiments."
        ),
        obs=[
            ("AI cleaning robots for offices and retail", 2024, 41.6, "EUR million", "actual"),
            ("AI maintenance and work-order scheduling", 2024, 29.8, "EUR million", "actual"),
            ("AI lift and HVAC fault prediction", 2024, 22.4, "EUR million", "actual"),
            ("AI security patrol and access control", 2024, 19.7, "EUR million", "actual"),
            ("AI pest and waste-room monitoring", 2024, 8.1, "EUR million", "actual"),
            ("Total", 2024, 121.6, "EUR million", "actual"),
        ],
        claims=[
            ("share", 34.2, "percent", 2024, 2024, None),
            ("share", 24.6, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("share", 16.2, "percent", 2024, 2024, None),
            ("share", 6.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.6 / 121.6 = 34.21% -> 34.2
            # 29.8 / 121.6 = 24.507% -> 24.5, not 24.6; bounds 29.75 / 121.65 = 24.455%, 29.85 / 121.55 = 24.558%
            # -> 24.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 22.4 / 121.6 = 18.42% -> 18.4
            ("arithmetic", "exact"),  # 19.7 / 121.6 = 16.20% -> 16.2
            ("arithmetic", "exact"),  # 8.1 / 121.6 = 6.66% -> 6.7
            ("hierarchy", "exact"),  # 41.6 + 29.8 + 22.4 + 19.7 + 8.1 = 121.6
        ],
    ),
    # 19. Vertical table (Singapore) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 32.9% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "Singapore: AI cleaning robots in offices, malls and airports\n"
            "Year | USD million | YoY\n"
            "2021 | 21.7 | -\n"
            "2022 | 28.4 | 30.9%\n"
            "2023 | 36.9 | 32.9%\n"
            "2024 | 47.2 | 27.9%\n"
            "2025E | 58.8 | 24.6%\n"
            "Source: Merlion Built Environment Research, robotics tracker, August 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 21.7, "USD million", "actual"),
            ("Total", 2022, 28.4, "USD million", "actual"),
            ("Total", 2023, 36.9, "USD million", "actual"),
            ("Total", 2024, 47.2, "USD million", "actual"),
            ("Total", 2025, 58.8, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.9, "percent", 2021, 2022, 1.0),
            ("growth", 32.9, "percent", 2022, 2023, 1.0),
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.4 / 21.7) ** (1 / 1) - 1 = 30.88% -> 30.9
            # (36.9 / 28.4) ** (1 / 1) - 1 = 29.93% -> 29.9, not 32.9; bounds 36.85 / 28.45 - 1 = 29.53%,
            # 36.95 / 28.35 - 1 = 30.34% -> 32.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (47.2 / 36.9) ** (1 / 1) - 1 = 27.91% -> 27.9
            ("cagr|implied", "exact"),  # (58.8 / 47.2) ** (1 / 1) - 1 = 24.58% -> 24.6
        ],
    ),
    # 20. Tab-separated segment table (UAE, USD million) with a Total row: rows add to the Total in 2023 and 2024 but
    #     not in 2025F (254 printed, 245 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     conversion from dirhams.
    dict(
        text=(
            "UAE: AI facility services by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI cleaning robots for malls and airports\t52\t68\t87\n"
            "AI security patrol and access control\t41\t53\t66\n"
            "AI HVAC and lift fault prediction\t33\t44\t58\n"
            "AI work-order scheduling\t19\t26\t34\n"
            "Total\t145\t191\t254\n"
            "Source: Gulf Facilities Intelligence; figures converted from dirhams at the fixed peg."
        ),
        obs=[
            ("AI cleaning robots for malls and airports", 2023, 52, "USD million", "actual"),
            ("AI cleaning robots for malls and airports", 2024, 68, "USD million", "actual"),
            ("AI cleaning robots for malls and airports", 2025, 87, "USD million", "estimate"),
            ("AI security patrol and access control", 2023, 41, "USD million", "actual"),
            ("AI security patrol and access control", 2024, 53, "USD million", "actual"),
            ("AI security patrol and access control", 2025, 66, "USD million", "estimate"),
            ("AI HVAC and lift fault prediction", 2023, 33, "USD million", "actual"),
            ("AI HVAC and lift fault prediction", 2024, 44, "USD million", "actual"),
            ("AI HVAC and lift fault prediction", 2025, 58, "USD million", "estimate"),
            ("AI work-order scheduling", 2023, 19, "USD million", "actual"),
            ("AI work-order scheduling", 2024, 26, "USD million", "actual"),
            ("AI work-order scheduling", 2025, 34, "USD million", "estimate"),
            ("Total", 2023, 145, "USD million", "actual"),
            ("Total", 2024, 191, "USD million", "actual"),
            ("Total", 2025, 254, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 52 + 41 + 33 + 19 = 145
            ("hierarchy", "exact"),  # 2024: 68 + 53 + 44 + 26 = 191
            # 2025F: 87 + 66 + 58 + 34 = 245, not 254; bounds 243..247 (each part +/-0.5) miss 253.5..254.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. North American earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025,
    #     estimate), "last year" 2024 (actual); YoY with both amounts, CAGR with printed span (rounding only).
    #     Expected nowhere: the $110 billion janitorial-services market, the quarter's revenue and gross margin, the
    #     5,300 robots in the field, the $1,450 monthly lease.
    dict(
        text=(
            "Sweepline Robotics Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Tomas Reyes, Halberd Capital): How big is the opportunity beyond your airport accounts?\n"
            "CEO Renata Osei: We size the total addressable market for autonomous AI floor-scrubbing and vacuuming "
            "robots in offices, malls, airports and hospitals across the US and Canada at about $3.1 billion this year, "
            "up roughly 19% from $2.6 billion last year. We expect it to reach $6.8 billion in 2030, a compound rate of "
            "about 17.4% a year from 2025 to 2030. For context, commercial janitorial services in North America are a "
            "$110 billion business. Our second-quarter revenue was $74 million at a 41% gross margin, we now have about "
            "5,300 robots in the field, and our flagship scrubber leases for $1,450 a month."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17.4, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.6) ** (1 / 1) - 1 = 19.23% -> 19
            # (6.8 / 3.1) ** (1 / 5) - 1 = 17.01% -> 17.0, not 17.4; bounds (6.75 / 3.15) ** (1/5) - 1 = 16.47%,
            # (6.85 / 3.05) ** (1/5) - 1 = 17.57% -> 17.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Leipzig working-paper abstract (EUR million): a multiple over three years ("more than doubling", x2, no
    #     verdict) and a CAGR with printed span that the amounts cannot give (inconsistent); a 2028 projection.
    #     Expected nowhere: the working-paper number, the 31 maintenance firms, the 800,000 lifts, the EUR 19 billion
    #     building-services maintenance bill, the 206 facility managers and their 47% survey answer.
    dict(
        text=(
            "Institut f\u00fcr Geb\u00e4udetechnik-\u00d6konomie, Leipzig, Working Paper 2025-14. Abstract: This paper "
            "estimates what owners and facility managers of German non-residential buildings spend on AI-based fault "
            "prediction for lifts, escalators and HVAC plant. Combining service-contract data from 31 maintenance firms "
            "with public tender records, we find spending of \u20ac64 million in 2021 and \u20ac139 million in 2024, more "
            "than doubling in three years, which corresponds to an average annual growth rate of 31.4% over 2021-2024. "
            "Germany has around 800,000 lifts in operation, and building-services maintenance as a whole costs owners "
            "roughly \u20ac19 billion a year. On current contract pipelines we project AI fault-prediction spending of "
            "\u20ac290 million in 2028. In our survey of 206 facility managers, 47% said unplanned lift outages were "
            "their costliest failure."
        ),
        obs=[
            ("Total", 2021, 64, "EUR million", "actual"),
            ("Total", 2024, 139, "EUR million", "actual"),
            ("Total", 2028, 290, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("cagr", 31.4, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (139 / 64) ** (1 / 3) - 1 = 29.50%; bounds (138.5 / 64.5) ** (1/3) - 1 = 29.01%,
            # (139.5 / 63.5) ** (1/3) - 1 = 30.00% -> 31.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Numbered social-media thread (USD million): YoY with both amounts, a segment with its share, and a 2029
    #     figure printed as $2.05B expected converted to the series' unit (2,050). Expected nowhere: the ~11 million
    #     apartment units, the $1-3 per unit monthly fee, the Series C round and valuation, the 58% survey answer.
    dict(
        text=(
            "1/ Thread on a boring market that is suddenly not boring: AI work-order and maintenance scheduling for "
            "property managers. Numbers from Copperline Research's new report.\n"
            "2/ US property managers spent $742M on AI work-order triage, technician dispatch and preventive-maintenance "
            "scheduling software in 2024, up 31% from $566M in 2023.\n"
            "3/ Multifamily was the biggest segment at $318M, about 43% of the total. Office and retail landlords "
            "followed.\n"
            "4/ Copperline sees $2.05B by 2029, a 22.5% CAGR over 2024-2029.\n"
            "5/ Context: firms in the sample manage ~11 million apartment units, and tools typically cost $1-3 per unit "
            "per month.\n"
            "6/ Also: Fixwell just raised an $85M Series C at a $1.1B valuation, and 58% of managers surveyed say "
            "technician shortages are their top headache. /end"
        ),
        obs=[
            ("Total", 2023, 566, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Multifamily", 2024, 318, "USD million", "actual"),
            ("Total", 2029, 2050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 566) ** (1 / 1) - 1 = 31.10% -> 31
            ("arithmetic", "exact"),  # 318 / 742 = 42.86% -> 43
            ("cagr|implied", "exact"),  # (2050 / 742) ** (1 / 5) - 1 = 22.54% -> 22.5
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a part with its share (rounding
    #     only), a CAGR with printed span. Expected nowhere: the misprinted GBP 282 million, the GBP 5.6 billion
    #     manned-guarding market, the 170,000 officers and GBP 12.60 hourly pay, the first quarter's GBP 61 million,
    #     the byline and correction dates.
    dict(
        text=(
            "AI on the door: smart patrols and access control spread through UK managed buildings\n"
            "By Owen Haldane, 9 June 2025\n"
            "Spending on AI security-patrol and access-control services in UK managed office, retail and residential "
            "buildings reached \u00a3228 million in 2024, up 21% from \u00a3188 million in 2023, according to Thamesgate "
            "Property Insight. Video analytics for patrol routing and incident detection made up \u00a387 million, or "
            "37.9% of the total. The consultancy forecasts \u00a3455 million by 2029, a compound annual growth rate of "
            "14.8% over 2024-2029. The wider UK manned-guarding market is worth about \u00a35.6 billion, and the sector "
            "employs some 170,000 licensed officers, many paid around \u00a312.60 an hour. In the first quarter of 2025 "
            "alone, AI access-control installations brought in \u00a361 million.\n"
            "Correction, 11 June 2025: An earlier version of this article said the 2024 market was \u00a3282 million. "
            "The correct figure is \u00a3228 million."
        ),
        obs=[
            ("Total", 2023, 188, "GBP million", "actual"),
            ("Total", 2024, 228, "GBP million", "actual"),
            ("Video analytics for patrol routing and incident detection", 2024, 87, "GBP million", "actual"),
            ("Total", 2029, 455, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 37.9, "percent", 2024, 2024, None),
            ("cagr", 14.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (228 / 188) ** (1 / 1) - 1 = 21.28% -> 21
            # 87 / 228 = 38.16% -> 38.2, not 37.9; bounds 86.5 / 228.5 = 37.86%, 87.5 / 227.5 = 38.46%
            # -> 37.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (455 / 228) ** (1 / 5) - 1 = 14.82% -> 14.8
        ],
    ),
    # 25. Japanese lift-service group's letter to shareholders in yen (JPY billion), fiscal years: YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the company's net sales, their growth and operating
    #     margin, its 35% share target, the 790,000 lifts and the 260,000 it maintains, the letter's date.
    dict(
        text=(
            "Letter to shareholders\n"
            "Fiscal 2024 was the year remote monitoring became predictive. By our estimate, the Japanese market for AI "
            "fault prediction in lifts, escalators and building air-conditioning, from vibration and door-motor "
            "analytics to automatic dispatch of engineers before a breakdown, grew 14.6% to \u00a562.8 billion in "
            "fiscal 2024 from \u00a554.8 billion in fiscal 2023. We expect it to reach \u00a5118 billion in fiscal 2029, "
            "a compound annual growth rate of 13.4% over fiscal 2024-2029. Your company's consolidated net sales rose "
            "4.8% to \u00a5412.6 billion at an operating margin of 8.1%, and we aim to win a 35% share of AI lift "
            "monitoring by fiscal 2028. Japan has roughly 790,000 lifts in service, and our engineers look after about "
            "260,000 of them.\n"
            "Kenji Mori, President and Representative Director, Sorano Elevator Service Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 54.8, "JPY billion", "actual"),
            ("Total", 2024, 62.8, "JPY billion", "actual"),
            ("Total", 2029, 118, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("cagr", 13.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.8 / 54.8) ** (1 / 1) - 1 = 14.60% -> 14.6
            ("cagr|implied", "exact"),  # (118 / 62.8) ** (1 / 5) - 1 = 13.44% -> 13.4
        ],
    ),
    # 26. Stockholm investor-day slide bullets (EUR billion): the company's TAM is the market (Total); 2024 actual,
    #     2025E and 2030E estimates; CAGR with printed span (rounding only). Expected nowhere: the slide number, the
    #     18,400 buildings in 9 countries, the company's SEK net sales and 15% share target, the growth-equity round
    #     and valuation, the EUR 290 monthly fee per air-handling unit.
    dict(
        text=(
            "Kylvakt Capital Markets Day 2025, Stockholm, 3 April 2025\n"
            "Slide 9: The opportunity\n"
            "- 2024 TAM: \u20ac2.4B (AI fault detection and diagnostics for HVAC in commercial buildings, EU-27, UK "
            "and Nordics)\n"
            "- 2025E TAM: \u20ac2.8B\n"
            "- 2030E TAM: \u20ac6.1B\n"
            "- 2025E-2030E CAGR: 17.1%\n"
            "- Buildings connected: 18,400 across 9 countries\n"
            "- Kylvakt 2024 net sales: SEK 1.3bn; target 15% share of TAM by 2028\n"
            "- Growth equity round (2024): \u20ac70M at a \u20ac650M valuation\n"
            "Speaker notes: our models flag a failing fan bearing or a stuck damper weeks before the tenant feels it; a "
            "typical office building pays \u20ac290 a month per air-handling unit for the service."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2025, 2.8, "EUR billion", "estimate"),
            ("Total", 2030, 6.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (6.1 / 2.8) ** (1 / 5) - 1 = 16.85% -> 16.9, not 17.1; bounds (6.05 / 2.85) ** (1/5) - 1 = 16.25%,
            # (6.15 / 2.75) ** (1/5) - 1 = 17.47% -> 17.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house (base, target and rate given) is
    #     the figure; its 2030 figure printed as US$0.84 billion is expected converted to the series' unit (840); the
    #     second house's 2024 figure is expected nowhere. YoY with both amounts, CAGR with printed span. Expected
    #     nowhere: Changi's 67.7 million passengers, the US$45,000 scrubber price, the 250 airports, the 62% survey
    #     answer.
    dict(
        text=(
            "Re: Are AI cleaning robots at airports a real market or just a demo?\n"
            "Answer from terminal_ops_sg:\n"
            "It is real, but the two houses I follow disagree on size. Merlion Analytics puts spending by Asia-Pacific "
            "airports on AI cleaning robots at US$286 million in 2024, up 24% from US$231 million in 2023, and expects "
            "US$0.84 billion by 2030, a CAGR of 19.7% over 2024-2030. Banyan Street Research is more cautious and has "
            "2024 at US$240 million. For scale, Changi alone handled about 67.7 million passengers last year, a large "
            "autonomous scrubber costs around US$45,000, and the region has more than 250 commercial airports. In "
            "Merlion's survey of terminal operators, 62% said night-shift cleaners were the hardest staff to hire."
        ),
        obs=[
            ("Total", 2023, 231, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Total", 2030, 840, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 231) ** (1 / 1) - 1 = 23.81% -> 24
            ("cagr|implied", "exact"),  # (840 / 286) ** (1 / 6) - 1 = 19.67% -> 19.7
        ],
    ),
    # 28. Riyadh broker note in riyals: riyals are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     SAR 4.6 billion 2029 amount, the 12 million square metres, the target price and upside, the pick's EBITDA
    #     margin, "about a third of its contracts" (a fraction in words).
    dict(
        text=(
            "Najd Capital, Saudi Facility Services, Riyadh, 15 September 2025\n"
            "AI moves into the FM contract. We estimate that the Kingdom's market for AI-enabled facility-management "
            "services, meaning robotic cleaning, predictive maintenance of chillers and lifts, and AI patrol and access "
            "control in managed towers and malls, grew 27% year on year in 2024, and we forecast it at SAR 4.6 billion "
            "by 2029, a CAGR of 21% over 2024-2029. Robotic cleaning accounts for 34% of the 2024 total, helped by mall "
            "operators in Riyadh and Jeddah. Giga-project handovers should add some 12 million square metres of managed "
            "space by 2030. Our top pick, Wahat Facility Co. (BUY, TP SAR 58, 31% upside), should post a 14.2% EBITDA "
            "margin this year, and about a third of its contracts now carry an AI clause."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a
    #     2025 figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 8.7万台 shipments, the
    #     1,000万 cleaning workers, the 1.6万亿元 cleaning-industry total, "两到三名" cleaners a robot replaces.
    dict(
        text=(
            "新华社上海2025年4月22日电(记者王嘉禾)记者从中国清洁行业协会获悉,2024年我国AI商用清洁机器人(含写字楼、"
            "商场、机场及医院使用的洗地机器人、扫地机器人和消杀机器人)市场规模达到62.4亿元,比2023年的47.9亿元增长"
            "30.3%。其中,机场与交通枢纽场景市场规模为13.6亿元,占比21.7%。2024年全国商用清洁机器人出货量约8.7万台,"
            "保洁服务行业从业人员超过1,000万人,行业总规模约1.6万亿元。协会预计,2025年我国AI商用清洁机器人市场规模"
            "有望突破80亿元。业内人士指出,随着大模型用于路径规划和污渍识别,一台机器人在夜间可替代两到三名保洁员,"
            "物业企业正从“买设备”转向“买服务”。"
        ),
        obs=[
            ("Total", 2023, 47.9, "CNY 100 million", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("机场与交通枢纽场景", 2024, 13.6, "CNY 100 million", "actual"),
            ("Total", 2025, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("share", 21.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.4 / 47.9) ** (1 / 1) - 1 = 30.27% -> 30.3
            # 13.6 / 62.4 = 21.79% -> 21.8, not 21.7; bounds 13.55 / 62.45 = 21.70%, 13.65 / 62.35 = 21.89%
            # -> 21.7 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Shenzhen municipal plan (Simplified, 亿元): 2024 base 约14.5亿元 (approximate, printed figure, actual) and a
    #     2027 target (力争, estimate); the CAGR's span is given only by the amounts' years (inferred). Expected
    #     nowhere: the plan title's years, the 12.6万台 lifts, the 300 model estates, the 5 firms with revenue above
    #     10亿元.
    dict(
        text=(
            "《深圳市智慧物业与楼宇服务数字化转型行动方案(2025—2027年)》日前印发。方案提出,推动人工智能在电梯故障"
            "预警、空调系统能效诊断、安防巡逻和垃圾房智能监测等场景规模化应用,以AI工单派发提升物业服务响应速度。"
            "2024年全市物业服务领域人工智能应用市场规模约14.5亿元,到2027年力争达到30亿元,年均增长27%左右。方案同时"
            "明确,到2027年全市12.6万台在用电梯全部接入AI安全监测平台,建成智慧物业示范小区300个,培育年营业收入超过"
            "10亿元的物业科技企业5家。"
        ),
        obs=[
            ("Total", 2024, 14.5, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (30 / 14.5) ** (1 / 3) - 1 = 27.42% -> 27
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts (rounding only), CAGR with printed
    #     span, a part with its share. Expected nowhere: 今(8)日, the 3.4萬 buildings, the 9.6萬 guards, the 8,000元
    #     monthly fee, the 61% survey answer.
    dict(
        text=(
            "【台北訊】台灣智慧建築產業研究中心今(8)日發布報告指出,2024年台灣商辦與集合住宅AI保全巡邏及門禁管理服務"
            "市場規模達新台幣38.7億元,較2023年的31.5億元成長22.6%;預估2028年將達新台幣72億元,2024至2028年年複合成長率"
            "為16.8%。其中,AI影像巡邏服務市場規模為新台幣15.9億元,占比41.1%,可自動辨識徘徊、尾隨與消防通道堵塞。報告"
            "指出,全台約有3.4萬棟委外管理的大樓,保全從業人員約9.6萬人,一套AI門禁系統每月租金約新台幣8,000元;受訪物管"
            "業者中有61%計畫在兩年內導入AI巡邏。"
        ),
        obs=[
            ("Total", 2023, 31.5, "TWD 100 million", "actual"),
            ("Total", 2024, 38.7, "TWD 100 million", "actual"),
            ("AI影像巡邏服務", 2024, 15.9, "TWD 100 million", "actual"),
            ("Total", 2028, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("cagr", 16.8, "percent", 2024, 2028, None, "stated"),
            ("share", 41.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 38.7 / 31.5 - 1 = 22.86% -> 22.9, not 22.6; bounds 38.65 / 31.55 - 1 = 22.50%,
            # 38.75 / 31.45 - 1 = 23.21% -> 22.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (72 / 38.7) ** (1 / 4) - 1 = 16.79% -> 16.8
            ("arithmetic", "exact"),  # 15.9 / 38.7 = 41.09% -> 41.1
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with a share the amounts
    #     cannot give (inconsistent), a 2027 projection. Expected nowhere: the report title's year, the 4.2萬 buildings,
    #     the 11萬 workers, the 600億港元 property-management turnover, the 70% survey answer.
    dict(
        text=(
            "香港物業管理科技協會今日發表《2025香港智慧物業管理報告》指出,2024年本港物業管理公司在人工智能清潔及環境"
            "衞生應用(包括清潔機械人、垃圾房滿溢及異味監測、AI防治蟲鼠系統)的開支達4.86億港元,較2023年的3.95億港元"
            "增長23.0%。其中,清潔機械人開支為2.31億港元,佔48.5%。協會預計,2027年相關市場規模將達8.4億港元。報告指出,"
            "全港約有4.2萬幢私人樓宇,物業管理從業員約11萬人,業界全年總營業額約600億港元;受訪公司中有70%表示人手短缺"
            "是引入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 3.95, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("清潔機械人", 2024, 2.31, "HKD 100 million", "actual"),
            ("Total", 2027, 8.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("share", 48.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.95) ** (1 / 1) - 1 = 23.04% -> 23.0
            # 2.31 / 4.86 = 47.53%; bounds 2.305 / 4.865 = 47.38%, 2.315 / 4.855 = 47.68% -> 48.5 unreachable
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報] ..., 新台幣億元), dated 2025: 去年 2024 (actual), 前年 2023 (actual), 今年
    #     2025 (estimate); two YoY rates with both amounts. Expected nowhere: the title's rounded 12億, the list
    #     numbers, the 60萬 robot price and 2萬 monthly rent, the fourth quarter's 1,100台, the cleaners' age of 55.
    dict(
        text=(
            "作者 mopking (拖把王)\n"
            "看板 Tech_Job\n"
            "標題 [情報] 商用清潔機器人市場 去年衝上12億\n"
            "時間 Tue Apr 15 22:41:37 2025\n"
            "看到研調機構「禾光研究」的新報告,幫版上做硬體和機器人的整理一下:\n"
            "1. 去年台灣商用AI清潔機器人(辦公大樓、百貨、機場)市場約新台幣12.4億元,比前年的9.5億元成長30.5%\n"
            "2. 今年預估可達15.6億元,再成長約26%\n"
            "3. 一台洗地機器人大概要價新台幣60萬元,用租的每月約2萬\n"
            "4. 去年第四季單季就出貨快1,100台\n"
            "5. 報告說全台清潔人員平均年齡已經超過55歲,缺工很嚴重\n"
            "感覺導航跟避障的韌體工程師之後會很搶手\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 9.5, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 15.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.5, "percent", 2023, 2024, 1.0),
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.5) ** (1 / 1) - 1 = 30.53% -> 30.5
            ("cagr|implied", "exact"),  # (15.6 / 12.4) ** (1 / 1) - 1 = 25.81% -> 26
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2026 range (two value claims), a YoY without its base amount (no
    #     verdict), a CAGR with printed span. Expected nowhere: the report date, the 1,100万台 lifts, the 800亿元
    #     annual maintenance spending, the target price and upside, the pick's revenue growth and gross margin.
    dict(
        text=(
            "【瑞丰证券】电梯后市场深度报告:AI预测性维保打开第二增长曲线(2025年7月3日)\n"
            "摘要:我们测算,2024年我国电梯AI故障预测与远程监测(含物联网网关、按需维保调度与困人预警)市场规模为58亿元,"
            "同比增长26%;预计2026年市场规模将达到80—88亿元,2029年达到145亿元,2024—2029年复合增长率约20%。截至2024年"
            "底,全国电梯保有量约1,100万台,年维保支出约800亿元,按需维保试点正在多个城市铺开。首次覆盖给予行业“增持”"
            "评级,重点推荐梯安科技(目标价36元,上涨空间25%),其2024年营业收入同比增长41%,毛利率47%。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2029, 145, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 80, "CNY 100 million", 2026, 2026, None),
            ("value", 88, "CNY 100 million", 2026, 2026, None),
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (145 / 58) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 35. Property group's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (estimate), 去年 2024
    #     (actual), YoY with both amounts, a 2028 figure (有望). Expected nowhere: the company's revenue, growth and
    #     gross margin, its 3.2亿平方米 managed area, its 10% share target, the second quarter's 11亿元.
    dict(
        text=(
            "越城物业服务集团2025年中期业绩说明会文字实录(2025年8月21日)\n"
            "问:管理层怎么看AI工单调度和设施运维平台的行业空间?\n"
            "答(执行董事兼总裁林启航):按我们的测算,今年国内物业管理AI工单调度与设备运维平台市场规模约为46亿元,"
            "去年是37亿元,增长约24%;到2028年有望达到95亿元。公司上半年营业收入58.3亿元,同比增长9.6%,毛利率19.4%;"
            "在管面积超过3.2亿平方米,我们的目标是到2028年市占率达到10%。另外,二季度行业市场规模约为11亿元,报修工单"
            "的平均响应时间已经缩短到20分钟以内。"
        ),
        obs=[
            ("Total", 2024, 37, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
            ("Total", 2028, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 37) ** (1 / 1) - 1 = 24.32% -> 24
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR column whose header prints the span: rows add to the
    #     Total row in both years; the security-patrol CAGR is inconsistent, the pest-control CAGR holds only by
    #     rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3. North America: AI in facility management and building services by segment, 2024 and 2030F "
            "(USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI cleaning robots | 2,140 | 5,380 | 16.6% |\n"
            "| AI work-order and maintenance scheduling | 1,260 | 3,410 | 18.0% |\n"
            "| AI lift and HVAC fault prediction | 980 | 2,650 | 18.0% |\n"
            "| AI security patrol and access control | 870 | 2,080 | 16.9% |\n"
            "| AI pest control and waste-room monitoring | 190 | 610 | 21.4% |\n"
            "| Total | 5,440 | 14,130 | 17.2% |\n"
            "Source: Ridgeback Building Economics, February 2025. Note: 2030F figures are forecasts; spending by owners, "
            "property managers and FM contractors on AI hardware, software and services; excludes conventional "
            "janitorial and guarding labour."
        ),
        obs=[
            ("AI cleaning robots", 2024, 2140, "USD million", "actual"),
            ("AI cleaning robots", 2030, 5380, "USD million", "estimate"),
            ("AI work-order and maintenance scheduling", 2024, 1260, "USD million", "actual"),
            ("AI work-order and maintenance scheduling", 2030, 3410, "USD million", "estimate"),
            ("AI lift and HVAC fault prediction", 2024, 980, "USD million", "actual"),
            ("AI lift and HVAC fault prediction", 2030, 2650, "USD million", "estimate"),
            ("AI security patrol and access control", 2024, 870, "USD million", "actual"),
            ("AI security patrol and access control", 2030, 2080, "USD million", "estimate"),
            ("AI pest control and waste-room monitoring", 2024, 190, "USD million", "actual"),
            ("AI pest control and waste-room monitoring", 2030, 610, "USD million", "estimate"),
            ("Total", 2024, 5440, "USD million", "actual"),
            ("Total", 2030, 14130, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5380 / 2140) ** (1 / 6) - 1 = 16.61% -> 16.6
            ("cagr|implied", "exact"),  # (3410 / 1260) ** (1 / 6) - 1 = 18.05% -> 18.0
            ("cagr|implied", "exact"),  # (2650 / 980) ** (1 / 6) - 1 = 18.03% -> 18.0
            # (2080 / 870) ** (1 / 6) - 1 = 15.64%; bounds (2079.5 / 870.5) ** (1/6) - 1 = 15.62%,
            # (2080.5 / 869.5) ** (1/6) - 1 = 15.65% -> 16.9 unreachable
            ("cagr|implied", "inconsistent"),
            # (610 / 190) ** (1 / 6) - 1 = 21.46% -> 21.5, not 21.4; bounds (609.5 / 190.5) ** (1/6) - 1 = 21.39%,
            # (610.5 / 189.5) ** (1/6) - 1 = 21.53% -> 21.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (14130 / 5440) ** (1 / 6) - 1 = 17.24% -> 17.2
            ("hierarchy", "exact"),  # 2024: 2140 + 1260 + 980 + 870 + 190 = 5440
            ("hierarchy", "exact"),  # 2030F: 5380 + 3410 + 2650 + 2080 + 610 = 14130
        ],
    ),
    # 37. Tab-separated Hong Kong table in HKD million with a YoY column: rows add to the Total row; the pest-control
    #     YoY holds only by rounding. Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 5: Hong Kong, AI facility-services spending by application (HKD million)\n"
            "Application\t2023\t2024\tYoY\n"
            "AI cleaning robots\t182\t231\t26.9%\n"
            "AI lift and escalator monitoring\t146\t178\t21.9%\n"
            "AI security patrol and access control\t124\t149\t20.2%\n"
            "AI work-order scheduling\t88\t112\t27.3%\n"
            "AI pest and waste-room monitoring\t31\t43\t39.4%\n"
            "Total\t571\t713\t24.9%\n"
            "Note: spending by property-management companies, owners' corporations and FM contractors on AI devices, "
            "software and services. Source: Victoria Harbour Property Research, March 2025."
        ),
        obs=[
            ("AI cleaning robots", 2023, 182, "HKD million", "actual"),
            ("AI cleaning robots", 2024, 231, "HKD million", "actual"),
            ("AI lift and escalator monitoring", 2023, 146, "HKD million", "actual"),
            ("AI lift and escalator monitoring", 2024, 178, "HKD million", "actual"),
            ("AI security patrol and access control", 2023, 124, "HKD million", "actual"),
            ("AI security patrol and access control", 2024, 149, "HKD million", "actual"),
            ("AI work-order scheduling", 2023, 88, "HKD million", "actual"),
            ("AI work-order scheduling", 2024, 112, "HKD million", "actual"),
            ("AI pest and waste-room monitoring", 2023, 31, "HKD million", "actual"),
            ("AI pest and waste-room monitoring", 2024, 43, "HKD million", "actual"),
            ("Total", 2023, 571, "HKD million", "actual"),
            ("Total", 2024, 713, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 39.4, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 231 / 182 - 1 = 26.92% -> 26.9
            ("cagr|implied", "exact"),  # 178 / 146 - 1 = 21.92% -> 21.9
            ("cagr|implied", "exact"),  # 149 / 124 - 1 = 20.16% -> 20.2
            ("cagr|implied", "exact"),  # 112 / 88 - 1 = 27.27% -> 27.3
            # 43 / 31 - 1 = 38.71% -> 38.7, not 39.4; bounds 42.5 / 31.5 - 1 = 34.92%, 43.5 / 30.5 - 1 = 42.62%
            # -> 39.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 713 / 571 - 1 = 24.87% -> 24.9
            ("hierarchy", "exact"),  # 2023: 182 + 146 + 124 + 88 + 31 = 571
            ("hierarchy", "exact"),  # 2024: 231 + 178 + 149 + 112 + 43 = 713
        ],
    ),
    # 38. Space-aligned French table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the pest-control share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "France: AI in facility management, spending by application, 2024\n"
            "Application                                   EUR million     Share\n"
            "AI cleaning robots (offices, malls, airports)       118.6     36.5%\n"
            "AI HVAC and lift fault prediction                    84.2     25.9%\n"
            "AI work-order and maintenance scheduling             61.5     18.9%\n"
            "AI security patrol and access control                47.9     14.7%\n"
            "AI pest control and waste-room monitoring            12.8      4.0%\n"
            "Total                                               325.0    100.0%\n"
            "Note: spending by owners, property managers and FM contractors on AI devices, software and services; "
            "excludes cleaning and guarding labour. Source: Observatoire Hexagone des Services aux B\u00e2timents, "
            "May 2025."
        ),
        obs=[
            ("AI cleaning robots (offices, malls, airports)", 2024, 118.6, "EUR million", "actual"),
            ("AI HVAC and lift fault prediction", 2024, 84.2, "EUR million", "actual"),
            ("AI work-order and maintenance scheduling", 2024, 61.5, "EUR million", "actual"),
            ("AI security patrol and access control", 2024, 47.9, "EUR million", "actual"),
            ("AI pest control and waste-room monitoring", 2024, 12.8, "EUR million", "actual"),
            ("Total", 2024, 325.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 36.5, "percent", 2024, 2024, None),
            ("share", 25.9, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 14.7, "percent", 2024, 2024, None),
            ("share", 4.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.6 / 325.0 = 36.49% -> 36.5
            ("arithmetic", "exact"),  # 84.2 / 325.0 = 25.91% -> 25.9
            ("arithmetic", "exact"),  # 61.5 / 325.0 = 18.92% -> 18.9
            ("arithmetic", "exact"),  # 47.9 / 325.0 = 14.74% -> 14.7
            # 12.8 / 325.0 = 3.938% -> 3.9, not 4.0; bounds 12.75 / 325.05 = 3.922%, 12.85 / 324.95 = 3.954%
            # -> 4.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 118.6 + 84.2 + 61.5 + 47.9 + 12.8 = 325.0
        ],
    ),
    # 39. Vertical pipe table for the UAE whose rows are years, a lone value column headed by its unit only (the
    #     market's Total), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding.
    #     Expected nowhere: the title's year span, the source's date.
    dict(
        text=(
            "UAE: AI cleaning and security-patrol robots in malls, airports and managed towers, 2021-2026F\n"
            "Year | USD million | YoY\n"
            "2021 | 41 | -\n"
            "2022 | 53 | 29.3%\n"
            "2023 | 68 | 28.3%\n"
            "2024 | 86 | 25.9%\n"
            "2025F | 107 | 24.4%\n"
            "2026F | 131 | 22.4%\n"
            "Note: F = forecast. Covers robot hardware, AI navigation and analytics software and robot-as-a-service "
            "contracts bought by property owners and FM providers. Source: Dune Line Advisory, January 2025."
        ),
        obs=[
            ("Total", 2021, 41, "USD million", "actual"),
            ("Total", 2022, 53, "USD million", "actual"),
            ("Total", 2023, 68, "USD million", "actual"),
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2025, 107, "USD million", "estimate"),
            ("Total", 2026, 131, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2021, 2022, 1.0),
            ("growth", 28.3, "percent", 2022, 2023, 1.0),
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.4, "percent", 2024, 2025, 1.0),
            ("growth", 22.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 53 / 41 - 1 = 29.27% -> 29.3
            ("cagr|implied", "exact"),  # 68 / 53 - 1 = 28.30% -> 28.3
            # 86 / 68 - 1 = 26.47% -> 26.5, not 25.9; bounds 85.5 / 68.5 - 1 = 24.82%, 86.5 / 67.5 - 1 = 28.15%
            # -> 25.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 107 / 86 - 1 = 24.42% -> 24.4
            ("cagr|implied", "exact"),  # 131 / 107 - 1 = 22.43% -> 22.4
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024
    #     合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表3 台灣AI設施管理與大樓服務市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI商用清潔機器人 | 10.2 | 13.1 | 16.5\n"
            "AI電梯與空調故障預測 | 7.3 | 8.9 | 10.8\n"
            "AI保全巡邏與門禁 | 5.8 | 7.1 | 8.6\n"
            "AI工單派工與維護排程 | 3.4 | 4.5 | 5.9\n"
            "AI病媒防治與垃圾房監測 | 0.9 | 1.2 | 1.6\n"
            "合計 | 27.6 | 35.6 | 43.4\n"
            "資料來源:台灣設施管理協會,2025年3月;2025年(預估)為預測值,含硬體、軟體及服務,不含清潔與保全人力費用。"
        ),
        obs=[
            ("AI商用清潔機器人", 2023, 10.2, "TWD 100 million", "actual"),
            ("AI商用清潔機器人", 2024, 13.1, "TWD 100 million", "actual"),
            ("AI商用清潔機器人", 2025, 16.5, "TWD 100 million", "estimate"),
            ("AI電梯與空調故障預測", 2023, 7.3, "TWD 100 million", "actual"),
            ("AI電梯與空調故障預測", 2024, 8.9, "TWD 100 million", "actual"),
            ("AI電梯與空調故障預測", 2025, 10.8, "TWD 100 million", "estimate"),
            ("AI保全巡邏與門禁", 2023, 5.8, "TWD 100 million", "actual"),
            ("AI保全巡邏與門禁", 2024, 7.1, "TWD 100 million", "actual"),
            ("AI保全巡邏與門禁", 2025, 8.6, "TWD 100 million", "estimate"),
            ("AI工單派工與維護排程", 2023, 3.4, "TWD 100 million", "actual"),
            ("AI工單派工與維護排程", 2024, 4.5, "TWD 100 million", "actual"),
            ("AI工單派工與維護排程", 2025, 5.9, "TWD 100 million", "estimate"),
            ("AI病媒防治與垃圾房監測", 2023, 0.9, "TWD 100 million", "actual"),
            ("AI病媒防治與垃圾房監測", 2024, 1.2, "TWD 100 million", "actual"),
            ("AI病媒防治與垃圾房監測", 2025, 1.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 27.6, "TWD 100 million", "actual"),
            ("合計", 2024, 35.6, "TWD 100 million", "actual"),
            ("合計", 2025, 43.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 10.2 + 7.3 + 5.8 + 3.4 + 0.9 = 27.6
            # 2024: 13.1 + 8.9 + 7.1 + 4.5 + 1.2 = 34.8 vs 35.6; rows' bounds 34.55-35.05, total's 35.55-35.65
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025(預估): 16.5 + 10.8 + 8.6 + 5.9 + 1.6 = 43.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 16, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 15% of the total',
    'Rival house Qasr Analytics puts',
    'total addressable market',
    'expects €49 million this year',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2.7倍',
    '新台幣38.5億元',
    '億港元',
    '中央社記者林佳蓉台北2025年4月22日電',
    '| Category | 2024 | 2030F | CAGR 2024-30 |',
    'Sweepline Robotics Q2 2025 earnings call, August 6, 2025',
    'Leipzig, Working Paper 2025-14. Abstract:',
    '2/ US property managers spent $742M',
    'Correction, 11 June 2025:',
    'Letter to shareholders',
    '- 2025E TAM: €2.8B',
    'Banyan Street Research is more cautious',
    'we forecast it at SAR 4.6 billion',
    '新华社上海2025年4月22日电',
    '年均增长27%左右',
    '標題 [情報] 商用清潔機器人市場 去年衝上12億',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '合計 | 27.6 | 35.6 | 43.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 218
#: figures, 69 rates, 99 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 218, "rates_found": 69, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset221.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
