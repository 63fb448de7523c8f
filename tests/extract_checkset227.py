"""A two-hundred-and-twenty-seventh check set for the extractor, written blind: AI in pharmacies and drug retail: AI
dispensing robots and pharmacy automation, AI prescription checking and drug- interaction alerts, AI demand forecasting
and stock replenishment for pharmacy chains, AI pharmacist chatbots and online-pharmacy triage, AI for pharmacy-benefit
claims review; sized in money by pharmacy associations and pharmaceutical-retail bodies, health ministries, brokers,
consultancies, research houses and chains' investor days, in the United States, Canada, the United Kingdom, Germany,
France, the Netherlands, Switzerland (Swiss francs only as an aside), Australia, Japan, South Korea (won only as an
aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元).
Distractors a careful reader leaves out: total pharmacy or drug sales beside the AI part, numbers of pharmacies,
prescriptions, robots or pharmacists, a robot's price, a chain's own revenue or margin, a funding round and valuation, a
quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in pharmacies and drug retail: eight English prose texts (a Chicago
wire release on dispensing robots and pharmacy automation, a Tokyo broker note in fiscal years and yen on prescription
checking and interaction alerts, a London briefing with three segments and shares, a Hamburg article on demand
forecasting quoting two research houses, a Nashville investor-day TAM for AI pharmacy-benefit claims review, a Dutch
ministry agenda with last-year/this-year figures and a 2030 goal, a correction notice on a French story with a range, a
pharmacy-technology blog post with 'nearly 3x'), seven Chinese prose texts (a smart-pharmacy blue book, a Zhejiang plan
with 力争到 and 增长1.5倍, a Xinhua story on AI pharmacist consultation quoting two institutes, a Taiwan white paper in 新台幣億元,
a Hong Kong story in 億港元, a CNA story on chain replenishment with 去年/今年, a broker deep-dive with a range) and five
tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical table of years
with YoY, a tab-separated Korean segment table). Left out: total pharmacy and drug sales beside the AI part, counts of
pharmacies, prescriptions, robots, members and pharmacists, robot and licence prices, chains' revenue and margins,
funding rounds and valuations, quarter figures, survey answers, won, franc and Australian-dollar amounts, a second
house's figure, a correction's wrong range, shares in words. Inconsistent: the Hamburg 22.5% CAGR, the Australian 2024
YoY and the Korean 2024 Total. Only by rounding: the Tokyo and Taiwan CAGRs, the London prescription-checking share, the
Zhejiang 29.8% and broker 32.3% YoYs, the Japanese forecasting row's CAGR, the 2024年 合计 and the Canadian checking share.

Snippets 21-40: Twenty snippets on AI in pharmacies and drug retail, numbered 21-40: eight English prose pieces (a US
earnings-call answer sizing a TAM for AI pharmacy automation with 'this year' and 'last year' read from the call's date,
a Rotterdam working-paper abstract on AI prescription checking in EU pharmacies whose 2030 figure in billions is
converted to the series' millions, a numbered social-media thread on Japanese dispensing robots in yen, a Toronto web
article on AI pharmacist chatbots with a correction line, a UK annual-report letter on AI stock replenishment with an
inferred-span CAGR, investor-day slide bullets on AI pharmacy-benefit claims review with a multiple, a forum answer
quoting two research houses on German dispensing automation, and a Seoul broker note in won that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a Chengdu plan with a part in 万元, a Taipei research
release, a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2027 range, a results-briefing
transcript) and five tables (markdown euros with a CAGR column, tab-separated yen with a YoY column, space-aligned
pounds with a share column, a vertical table of years headed by its unit only, a Traditional Chinese table in 新台幣億元 with
a 合計 row). Left out everywhere: total pharmacy, drug and dispensing sales beside the AI part, numbers of pharmacies,
prescriptions, robots and pharmacists, a robot's price, chains' own revenue, margins and share targets, funding rounds
and valuations, a quarter's figures, survey and penetration percentages, a Swiss-franc aside, Canadian-dollar fees, a
second house's figure and a corrected misprint. Inconsistent: the thread's 13% CAGR, the Hong Kong report's 17% CAGR and
the Taiwan table's 2025 合計. Holding only by rounding: the working paper's 22.5% growth, the slides' 31% 2023-2025E CAGR,
the PTT post's 29% growth, the briefing's 30% growth, the dispensing-robot CAGR in the markdown table, the chatbot YoY
in the yen table and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the outlook's title year, the 1,250 managers surveyed, the 4.8 billion prescriptions and their $465 billion
    #    value (total drug sales), the $250,000 robot price, the 58% survey answer.
    dict(
        text=(
            "CHICAGO, March 11, 2025 /PRNewswire/ -- Retail and mail-order pharmacies in the United States spent $742 "
            "million on AI dispensing robots and pharmacy automation software in 2024, up 22% from $608 million in "
            "2023, according to the 2025 Pharmacy Automation Outlook released today by Lakeshore Rx Analytics. The "
            "firm, which surveyed 1,250 pharmacy managers, forecasts spending of $2.1 billion by 2030, a compound "
            "annual growth rate of 19% from 2024 to 2030. U.S. pharmacies dispensed some 4.8 billion prescriptions "
            "last year, worth about $465 billion, and a central-fill robot lists at around $250,000. Some 58% of the "
            "managers said staff shortages drove their purchases."
        ),
        obs=[
            ("Total", 2023, 608, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 608) ** (1 / 1) - 1 = 22.04% -> 22
            ("cagr|implied", "exact"),  # (2100 / 742) ** (1 / 6) - 1 = 18.93% -> 19
        ],
    ),
    # 2. Tokyo broker sector update in fiscal years and yen (JPY billion): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 20%" where the amounts give 20.52%. Expected nowhere: the dateline, the
    #    62,000 dispensing pharmacies, the ¥8 trillion of dispensing fees, Korean spending in won, the covered firm's
    #    sales, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 20 May 2025. Japan Drug Retail, sector update. We put the market for AI prescription checking and "
            "drug-interaction alert systems in Japanese dispensing pharmacies at ¥18.6 billion in FY2024 (year to "
            "March 2025) and forecast ¥47.3 billion by FY2029e, a CAGR of about 20%. The country has some 62,000 "
            "dispensing pharmacies, and dispensing fees come to roughly ¥8 trillion a year. In South Korea we estimate "
            "that pharmacies spend about ₩95 billion on similar tools. Our top pick, Sakura Yakuhin Systems (Buy, TP "
            "¥2,480, 31% upside), grew FY2024 sales 17% to ¥9.2 billion at an 18.4% operating margin."
        ),
        obs=[
            ("Total", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2029, 47.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (47.3 / 18.6) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (47.25 / 18.65) ** (1/5) - 1 = 20.43%,
            # (47.35 / 18.55) ** (1/5) - 1 = 20.61% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (prescription checking's
    #    "about 19%" holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP
    #    million. Expected nowhere: the 310 owners interviewed, the 10,400 pharmacies in England, the £3.1 billion
    #    NHS pharmacy contract, the 1.1 billion items dispensed.
    dict(
        text=(
            "LONDON, 17 September 2025 - Britain's community pharmacies put £164 million into AI tools in 2024, a "
            "briefing from the Thameside Pharmacy Observatory estimates. AI pharmacist chatbots and online triage "
            "accounted for the most, £58 million or 35%, ahead of stock replenishment and demand forecasting at £47 "
            "million (29%). Prescription and drug-interaction checking took £30 million, about 19% of the total. The "
            "observatory, which interviewed 310 pharmacy owners, sees spending climbing to £0.41 billion in 2029. "
            "England's 10,400 or so pharmacies share a £3.1 billion NHS contract and dispensed about 1.1 billion items "
            "last year."
        ),
        obs=[
            ("Total", 2024, 164, "GBP million", "actual"),
            ("AI pharmacist chatbots and online triage", 2024, 58, "GBP million", "actual"),
            ("Stock replenishment and demand forecasting", 2024, 47, "GBP million", "actual"),
            ("Prescription and drug-interaction checking", 2024, 30, "GBP million", "actual"),
            ("Total", 2029, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58 / 164 = 35.37% -> 35
            ("arithmetic", "exact"),  # 47 / 164 = 28.66% -> 29
            # 30 / 164 = 18.29% -> 18, not 19; bounds 29.5 / 164.5 = 17.93%, 30.5 / 163.5 = 18.65% -> 19 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Hamburg article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 30%" holds, its 22.5% CAGR is inconsistent. Expected nowhere: Elbtal Research's €112 million for 2024,
    #    the 17,000 pharmacies and their €69 billion of sales (total pharmacy sales), the 41% survey answer.
    dict(
        text=(
            "HAMBURG, 9 July 2025 - German pharmacies and pharmaceutical wholesalers spent €96 million on AI demand "
            "forecasting and automatic stock replenishment in 2024, up 30% on the €74 million of 2023, estimates the "
            "Hamburg research house Hanseatic Health Data. It forecasts €265 million in 2030, which it describes as "
            "compound annual growth of 22.5% between 2024 and 2030. A rival house, Elbtal Research, puts 2024 spending "
            "at €112 million because it also counts warehouse robotics at wholesalers. Germany has about 17,000 "
            "pharmacies, whose sales reached roughly €69 billion last year, and 41% of owners polled called drug "
            "shortages their biggest worry."
        ),
        obs=[
            ("Total", 2023, 74, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 265, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 74) ** (1 / 1) - 1 = 29.73% -> 30
            # (265 / 96) ** (1 / 6) - 1 = 18.44% -> 18.4, not 22.5; bounds (264.5 / 96.5) ** (1/6) - 1 = 18.30%,
            # (265.5 / 95.5) ** (1/6) - 1 = 18.58% -> 22.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Nashville): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly a 17% CAGR" over a printed span. Expected nowhere: the company's pharmacy-services
    #    revenue and operating margin, its 41 million members, its 20% share goal, the first quarter's $83 million
    #    of savings.
    dict(
        text=(
            "Cumberland Rx Investor Day, Nashville, June 4, 2025 - transcript excerpt. Marcus Hale, president of "
            "pharmacy services: \"Let me size the opportunity. The total addressable market for AI review of "
            "pharmacy-benefit claims, meaning automated prior-authorization checks, fraud, waste and abuse screening "
            "and rebate reconciliation, was $3.8 billion in 2024, and we think it gets to $9.6 billion by 2030. That's "
            "roughly a 17% CAGR from 2024 to 2030. Our pharmacy services revenue was $14.2 billion last year at a 6.1% "
            "operating margin, we adjudicate claims for about 41 million members, and our goal is a 20% share of that "
            "market by 2030. In the first quarter alone, AI-reviewed claims saved clients $83 million.\""
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 6) - 1 = 16.70% -> 17
        ],
    ),
    # 6. The Hague ministry agenda: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 goal (an
    #    estimate). Expected nowhere: the €8 million for pilots in 60 pharmacies, the 1,990 community pharmacies and
    #    their 240 million prescriptions, the 72% survey answer.
    dict(
        text=(
            "THE HAGUE, 11 February 2025 - The Digital Pharmacy Agenda published today by the Ministry of Health, "
            "Welfare and Sport estimates that Dutch community and hospital pharmacies spent €41 million on AI "
            "dispensing robots, prescription checking and stock tools last year, and expects €52 million this year, an "
            "increase of 27%. The agenda sets a goal of €150 million by 2030. It earmarks €8 million for pilots in 60 "
            "pharmacies and notes that the country's roughly 1,990 community pharmacies filled some 240 million "
            "prescriptions in 2023. In a survey it cites, 72% of pharmacists backed AI interaction alerts."
        ),
        obs=[
            ("Total", 2024, 41, "EUR million", "actual"),
            ("Total", 2025, 52, "EUR million", "estimate"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52 / 41) ** (1 / 1) - 1 = 26.83% -> 27
        ],
    ),
    # 7. Correction notice on a French story: the 2030 range in euros gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated €410-460 million, the 20,000
    #    pharmacies and their €48 billion turnover, the €290 monthly subscription; the range is expected once though
    #    printed twice.
    dict(
        text=(
            "Correction, 3 November 2025: An earlier version of this article misstated the 2030 forecast. Rhône Santé "
            "Conseil expects the French market to reach €310 million to €360 million in 2030, not €410 million to €460 "
            "million.\n"
            "French pharmacies spent €118 million in 2024 on AI demand forecasting, stock replenishment and "
            "prescription checking, according to Rhône Santé Conseil, a Lyon consultancy. It expects the market to "
            "reach €310 million to €360 million in 2030 as pharmacy groupings roll out shared forecasting platforms. "
            "France counts about 20,000 pharmacies, whose turnover came to roughly €48 billion last year, and a typical "
            "AI stock subscription costs some €290 a month per pharmacy."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
        ],
        claims=[
            ("value", 310, "EUR million", 2030, 2030, None),
            ("value", 360, "EUR million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Pharmacy-technology blog post (UK): "nearly 3x" between 2022 and 2024 is a multiple x3 over 2 years (no
    #    verdict). Expected nowhere: the £1.6 billion of online pharmacy sales (total sales), the Zurich start-up's
    #    Swiss-franc funding round and valuation, the first quarter's 41% rise in sessions, the £400 licence price.
    dict(
        text=(
            "Dispensary Diaries, a pharmacy-technology blog, May 14, 2025 - Ask the bot first. UK online pharmacies "
            "and high-street chains spent £22 million on AI pharmacist chatbots and online triage in 2022; by 2024 the "
            "figure was nearly 3x that, at £63 million, according to Pennine Health Insight. Set that against roughly "
            "£1.6 billion of online pharmacy sales. The Zurich start-up Medibot Apotheke raised CHF 24 million in "
            "April at a CHF 150 million valuation, and in the first quarter of 2025 triage-chat sessions rose 41%. A "
            "basic chatbot licence costs about £400 a month per branch."
        ),
        obs=[
            ("Total", 2022, 22, "GBP million", "actual"),
            ("Total", 2024, 63, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland blue book (Simplified): 同比增长 with both amounts, a part (AI处方审核系统) with its share, a CAGR
    #    with its printed span. Expected nowhere: the blue book's title year, the 约67万家 pharmacies, the 约9,800亿元
    #    drug retail market (total sales), the 约78万 pharmacists, the 58% survey answer.
    dict(
        text=(
            "《2025中国智慧药房发展蓝皮书》日前在广州发布。蓝皮书显示，2024年我国零售药店与医院药房人工智能应用（智能"
            "调剂机器人、AI处方审核、智能补货等）市场规模达到62.4亿元，同比增长28.1%，2023年为48.7亿元。其中，AI处方"
            "审核系统市场规模为17.3亿元，占比27.7%。蓝皮书预计，到2029年该市场规模将达到185亿元，2024—2029年复合增长率"
            "为24.3%。蓝皮书同时指出，截至2024年底全国零售药店约67万家，药品零售市场总规模约9,800亿元，执业药师约78万"
            "人；受访药店中有58%计划在两年内引入智能补货系统。"
        ),
        obs=[
            ("Total", 2023, 48.7, "CNY 100 million", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("AI处方审核系统", 2024, 17.3, "CNY 100 million", "actual"),
            ("Total", 2029, 185, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("share", 27.7, "percent", 2024, 2024, None),
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.4 / 48.7) ** (1 / 1) - 1 = 28.13% -> 28.1
            ("arithmetic", "exact"),  # 17.3 / 62.4 = 27.72% -> 27.7
            ("cagr|implied", "exact"),  # (185 / 62.4) ** (1 / 5) - 1 = 24.28% -> 24.3
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长29.8% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长1.5倍 kept
    #     as a multiple x1.5 over 4 years (no verdict). Expected nowhere: the plan's title years, the 5,000 smart
    #     pharmacies, the 200 robots, the 30% subsidy rate and its 50万元 cap.
    dict(
        text=(
            "浙江省药品监督管理局等六部门近日联合印发《浙江省智慧药房建设行动方案（2025—2027年）》。方案显示，2023年"
            "全省药店和医疗机构药房人工智能应用（含自动化发药机器人、AI处方审核、智能补货等）市场规模为9.8亿元，2024年"
            "增至12.7亿元，同比增长29.8%。方案提出，力争到2027年全省相关市场规模突破25亿元，较2023年增长1.5倍；建成"
            "5,000家以上智慧药房，推广200台以上智能发药机器人，并对单店智能化改造按投资额的30%给予最高50万元补助。"
        ),
        obs=[
            ("Total", 2023, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 12.7, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (12.7 / 9.8) ** (1 / 1) - 1 = 29.59% -> 29.6, not 29.8; bounds 12.65 / 9.85 - 1 = 28.43%,
            # 12.75 / 9.75 - 1 = 30.77% -> 29.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 云岭健康研究所's 约44亿元 for 2024, the
    #     conference's title year, the 4亿单 prescription-drug orders, the 约600万人次 daily users.
    dict(
        text=(
            "新华社杭州3月18日电（记者 周若溪）记者从日前举办的2025数字医药健康大会上了解到，据中国医药商业数智研究院"
            "测算，2024年我国AI药师问诊与在线药房智能分诊市场规模为38.6亿元，比2023年的27.9亿元增长38.4%，预计2025年"
            "将达到51亿元。另据云岭健康研究所统计，2024年这一市场规模约为44亿元。去年全国网上药店处方药订单超过4亿单，"
            "AI药师日均服务用户约600万人次。"
        ),
        obs=[
            ("Total", 2023, 27.9, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2025, 51, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 27.9) ** (1 / 1) - 1 = 38.35% -> 38.4
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 24.1% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約8,900家 community pharmacies,
    #     the 約2.3萬 pharmacists, the 新台幣1,500萬元 robot price.
    dict(
        text=(
            "衛生福利部委託台灣藥事資訊協會編撰的《2025臺灣智慧藥局白皮書》指出，2024年國內藥局及醫院藥劑部門AI應用（含"
            "AI調劑機器人、處方審核與藥物交互作用提示、庫存預測）市場規模達新台幣21.8億元，較2023年的新台幣16.9億元成長"
            "29.0%。其中，AI調劑自動化市場規模為新台幣8.4億元，占比38.5%。白皮書預估，2028年市場規模將達新台幣52億元，"
            "2024至2028年年複合成長率為24.1%。白皮書也指出，全台社區藥局約8,900家，執業藥師約2.3萬人，一台全自動調劑"
            "機器人售價約新台幣1,500萬元。"
        ),
        obs=[
            ("Total", 2023, 16.9, "TWD 100 million", "actual"),
            ("Total", 2024, 21.8, "TWD 100 million", "actual"),
            ("AI調劑自動化", 2024, 8.4, "TWD 100 million", "actual"),
            ("Total", 2028, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("share", 38.5, "percent", 2024, 2024, None),
            ("cagr", 24.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.8 / 16.9) ** (1 / 1) - 1 = 28.99% -> 29.0
            ("arithmetic", "exact"),  # 8.4 / 21.8 = 38.53% -> 38.5
            # (52 / 21.8) ** (1 / 4) - 1 = 24.28% -> 24.3, not 24.1; bounds (51.5 / 21.85) ** (1/4) - 1 = 23.91%,
            # (52.5 / 21.75) ** (1/4) - 1 = 24.65% -> 24.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.9億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約600間 pharmacies, the 1,200萬張 prescriptions, the 400萬港元 robot
    #     price, the 約四成 pharmacists (a share in words and a survey), the start-up's 5,000萬港元 funding round.
    dict(
        text=(
            "香港藥劑業聯會昨日公布研究報告指出，2024年本港社區藥房、連鎖藥妝店及公私營醫院藥劑部採用的AI配藥機械人、"
            "處方核對及藥物相互作用提示系統，市場規模約3.9億港元，較2023年的3.1億港元增長25.8%。報告預計，2028年市場"
            "規模將升至8.6億港元，2024至2028年年均複合增長率約22%。報告又指，全港現有約600間註冊藥房，公立醫院每年"
            "處方逾1,200萬張，一台自動配藥機械人售價約400萬港元，約四成受訪藥劑師表示人手不足。本地初創藥智科技上月完成"
            "5,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.9, "HKD 100 million", "actual"),
            ("Total", 2028, 8.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.9 / 3.1) ** (1 / 1) - 1 = 25.81% -> 25.8
            ("cagr|implied", "exact"),  # (8.6 / 3.9) ** (1 / 4) - 1 = 21.86% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on chain-pharmacy replenishment: 去年 is 2024
    #     (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere:
    #     the first quarter's 1.9億元, the chain's own revenue and gross margin, the 約6,900家 contracted pharmacies.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月6日電）市調機構群益健康數據今天表示，去年台灣連鎖藥局AI需求預測與自動補貨"
            "系統市場規模約新台幣6.8億元，今年在藥品短缺與人力吃緊帶動下，可望成長24%至8.4億元。不過今年第一季市場"
            "規模約新台幣1.9億元，低於預期。連鎖藥局龍頭康健藥局去年營收新台幣182億元，毛利率約29%；全台目前約有"
            "6,900家健保特約藥局。"
        ),
        obs=[
            ("Total", 2024, 6.8, "TWD 100 million", "actual"),
            ("Total", 2025, 8.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.4 / 6.8) ** (1 / 1) - 1 = 23.53% -> 24
        ],
    ),
    # 15. Broker deep-dive (Simplified) on drug-retail AI: 2023/2024 actuals with a 32.3% YoY that holds only by
    #     rounding; the 2027 range 90亿—110亿元 gives two value claims (no observation). Expected nowhere: the report's
    #     date, the leading firm's revenue, gross margin, rating and target price, its third-quarter contracts, the
    #     约39万家 chain stores.
    dict(
        text=(
            "中泰康证券研究所2025年11月深度报告《医药零售AI：从处方审核到智能补货》。我们测算，2024年国内医药零售AI（AI"
            "处方审核、需求预测与智能补货、AI药师问答等）市场规模为41.6亿元，同比增长32.3%，2023年为31.5亿元。随着处方"
            "外流和医保监管趋严，我们预计2027年市场规模将达到90亿—110亿元。行业龙头药联智能2024年营收8.7亿元，毛利率"
            "46%，首次覆盖给予“买入”评级，目标价38元；公司三季度新签合同同比增长52%。目前全国连锁药店门店数约39万家。"
        ),
        obs=[
            ("Total", 2023, 31.5, "CNY 100 million", "actual"),
            ("Total", 2024, 41.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("value", 90, "CNY 100 million", 2027, 2027, None),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (41.6 / 31.5) ** (1 / 1) - 1 = 32.06% -> 32.1, not 32.3; bounds 41.55 / 31.55 - 1 = 31.70%,
            # 41.65 / 31.45 - 1 = 32.43% -> 32.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Japan, JPY billion) with a 2024-30 CAGR column and a Total row: each row's CAGR is stated
    #     (span in the header); the forecasting row's 21.3% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 4. Japan: AI in dispensing pharmacies by segment (JPY billion)\n"
            "| Segment | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| Dispensing robots and automation | 42.6 | 118.4 | 18.6% |\n"
            "| Prescription and interaction checking | 18.3 | 52.7 | 19.3% |\n"
            "| Demand forecasting and replenishment | 12.9 | 41.2 | 21.3% |\n"
            "| Total | 73.8 | 212.3 | 19.3% |\n"
            "Source: Kanda Pharma Insight, Dispensing Pharmacy DX Outlook 2025. F = forecast."
        ),
        obs=[
            ("Dispensing robots and automation", 2024, 42.6, "JPY billion", "actual"),
            ("Dispensing robots and automation", 2030, 118.4, "JPY billion", "estimate"),
            ("Prescription and interaction checking", 2024, 18.3, "JPY billion", "actual"),
            ("Prescription and interaction checking", 2030, 52.7, "JPY billion", "estimate"),
            ("Demand forecasting and replenishment", 2024, 12.9, "JPY billion", "actual"),
            ("Demand forecasting and replenishment", 2030, 41.2, "JPY billion", "estimate"),
            ("Total", 2024, 73.8, "JPY billion", "actual"),
            ("Total", 2030, 212.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118.4 / 42.6) ** (1 / 6) - 1 = 18.57% -> 18.6
            ("cagr|implied", "exact"),  # (52.7 / 18.3) ** (1 / 6) - 1 = 19.28% -> 19.3
            # (41.2 / 12.9) ** (1 / 6) - 1 = 21.35% -> 21.4, not 21.3; bounds (41.15 / 12.95) ** (1/6) - 1 = 21.25%,
            # (41.25 / 12.85) ** (1/6) - 1 = 21.46% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (212.3 / 73.8) ** (1 / 6) - 1 = 19.26% -> 19.3
            ("hierarchy", "exact"),  # 2024: 42.6 + 18.3 + 12.9 = 73.8
            ("hierarchy", "exact"),  # 2030F: 118.4 + 52.7 + 41.2 = 212.3
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国药房人工智能细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能调剂与自动化药房\t14.2\t18.6\t23.9\n"
            "AI处方审核\t7.8\t10.5\t13.8\n"
            "智能补货与需求预测\t6.1\t8.4\t11.2\n"
            "AI药师问答\t3.6\t5.3\t7.6\n"
            "合计\t31.7\t42.9\t56.5\n"
            "资料来源：医药零售数智化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能调剂与自动化药房", 2023, 14.2, "CNY 100 million", "actual"),
            ("智能调剂与自动化药房", 2024, 18.6, "CNY 100 million", "actual"),
            ("智能调剂与自动化药房", 2025, 23.9, "CNY 100 million", "estimate"),
            ("AI处方审核", 2023, 7.8, "CNY 100 million", "actual"),
            ("AI处方审核", 2024, 10.5, "CNY 100 million", "actual"),
            ("AI处方审核", 2025, 13.8, "CNY 100 million", "estimate"),
            ("智能补货与需求预测", 2023, 6.1, "CNY 100 million", "actual"),
            ("智能补货与需求预测", 2024, 8.4, "CNY 100 million", "actual"),
            ("智能补货与需求预测", 2025, 11.2, "CNY 100 million", "estimate"),
            ("AI药师问答", 2023, 3.6, "CNY 100 million", "actual"),
            ("AI药师问答", 2024, 5.3, "CNY 100 million", "actual"),
            ("AI药师问答", 2025, 7.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 31.7, "CNY 100 million", "actual"),
            ("合计", 2024, 42.9, "CNY 100 million", "actual"),
            ("合计", 2025, 56.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 7.8 + 6.1 + 3.6 = 31.7
            # 2024: 18.6 + 10.5 + 8.4 + 5.3 = 42.8, not 42.9; bounds 42.6..43.0 (each part +/-0.05)
            # reach 42.85..42.95 -> 42.9 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 23.9 + 13.8 + 11.2 + 7.6 = 56.5
        ],
    ),
    # 18. Space-aligned table (Canada, USD million, 2024) with a share column and a Total row: four shares (the
    #     checking row's 24.8% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 11,800 community pharmacies.
    dict(
        text=(
            "Canada: AI spending by community pharmacies by use, 2024\n"
            "Use                                          USD m     Share\n"
            "Dispensing robots and automation              48.6     43.8%\n"
            "Prescription and interaction checking         27.4     24.8%\n"
            "Inventory forecasting and replenishment       19.8     17.9%\n"
            "Pharmacist chatbots and virtual triage        15.1     13.6%\n"
            "Total                                        110.9    100.0%\n"
            "Note 3: Canada has about 11,800 community pharmacies; figures converted from Canadian dollars. Source: "
            "Northern Rx Analytics."
        ),
        obs=[
            ("Dispensing robots and automation", 2024, 48.6, "USD million", "actual"),
            ("Prescription and interaction checking", 2024, 27.4, "USD million", "actual"),
            ("Inventory forecasting and replenishment", 2024, 19.8, "USD million", "actual"),
            ("Pharmacist chatbots and virtual triage", 2024, 15.1, "USD million", "actual"),
            ("Total", 2024, 110.9, "USD million", "actual"),
        ],
        claims=[
            ("share", 43.8, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 13.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 110.9 = 43.82% -> 43.8
            # 27.4 / 110.9 = 24.707% -> 24.7, not 24.8; bounds 27.35 / 110.95 = 24.651%, 27.45 / 110.85 = 24.763%
            # -> 24.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 19.8 / 110.9 = 17.85% -> 17.9
            ("arithmetic", "exact"),  # 15.1 / 110.9 = 13.62% -> 13.6
            ("hierarchy", "exact"),  # 48.6 + 27.4 + 19.8 + 15.1 = 110.9
        ],
    ),
    # 19. Vertical table (Australia) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 31.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the Australian-dollar conversion rate, the 5,900 pharmacies, the 2021 dash.
    dict(
        text=(
            "Australia: spending on AI pharmacy automation and dispensing robots\n"
            "Year | USD million | YoY\n"
            "2021 | 18.4 | -\n"
            "2022 | 24.7 | 34.2%\n"
            "2023 | 32.9 | 33.2%\n"
            "2024 | 41.5 | 31.6%\n"
            "2025E | 53.8 | 29.6%\n"
            "Source: Southern Cross Pharmacy Tech Tracker, March 2025; Australian-dollar spending converted at A$1.52 to "
            "the US dollar; covers some 5,900 community pharmacies. E = estimate."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 24.7, "USD million", "actual"),
            ("Total", 2023, 32.9, "USD million", "actual"),
            ("Total", 2024, 41.5, "USD million", "actual"),
            ("Total", 2025, 53.8, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 34.2, "percent", 2021, 2022, 1.0),
            ("growth", 33.2, "percent", 2022, 2023, 1.0),
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.7 / 18.4) ** (1 / 1) - 1 = 34.24% -> 34.2
            ("cagr|implied", "exact"),  # (32.9 / 24.7) ** (1 / 1) - 1 = 33.20% -> 33.2
            # (41.5 / 32.9) ** (1 / 1) - 1 = 26.14% -> 26.1, not 31.6; bounds 41.45 / 32.95 - 1 = 25.80%,
            # 41.55 / 32.85 - 1 = 26.48% -> 31.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (53.8 / 41.5) ** (1 / 1) - 1 = 29.64% -> 29.6
        ],
    ),
    # 20. Tab-separated segment table (South Korea, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (127 printed, 117 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     won conversion rate.
    dict(
        text=(
            "South Korea: AI in pharmacies by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI dispensing automation for hospital pharmacies\t46\t58\t72\n"
            "AI prescription and DUR checking\t21\t27\t35\n"
            "AI demand forecasting for pharmacy wholesalers\t14\t19\t25\n"
            "AI pharmacy chatbots\t9\t13\t18\n"
            "Total\t90\t127\t150\n"
            "Source: Hangang Health Data; won spending converted at ₩1,364 to the dollar. F = forecast."
        ),
        obs=[
            ("AI dispensing automation for hospital pharmacies", 2023, 46, "USD million", "actual"),
            ("AI dispensing automation for hospital pharmacies", 2024, 58, "USD million", "actual"),
            ("AI dispensing automation for hospital pharmacies", 2025, 72, "USD million", "estimate"),
            ("AI prescription and DUR checking", 2023, 21, "USD million", "actual"),
            ("AI prescription and DUR checking", 2024, 27, "USD million", "actual"),
            ("AI prescription and DUR checking", 2025, 35, "USD million", "estimate"),
            ("AI demand forecasting for pharmacy wholesalers", 2023, 14, "USD million", "actual"),
            ("AI demand forecasting for pharmacy wholesalers", 2024, 19, "USD million", "actual"),
            ("AI demand forecasting for pharmacy wholesalers", 2025, 25, "USD million", "estimate"),
            ("AI pharmacy chatbots", 2023, 9, "USD million", "actual"),
            ("AI pharmacy chatbots", 2024, 13, "USD million", "actual"),
            ("AI pharmacy chatbots", 2025, 18, "USD million", "estimate"),
            ("Total", 2023, 90, "USD million", "actual"),
            ("Total", 2024, 127, "USD million", "actual"),
            ("Total", 2025, 150, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 46 + 21 + 14 + 9 = 90
            # 2024: 58 + 27 + 19 + 13 = 117, not 127; bounds 115..119 (each part +/-0.5) miss 126.5..127.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 72 + 35 + 25 + 18 = 150
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): the TAM the company sizes is the market (Total); "this
    #     year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024 (actual); YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and
    #     gross margin, the 2,300 robots installed, the $250,000 list price, the 61,000 retail pharmacies.
    dict(
        text=(
            "Meridex Automation Q4 2024 earnings call, February 20, 2025 - Q&A\n"
            "Analyst (Paula Wendt, Crossbar Securities): Can you frame the opportunity beyond your installed base?\n"
            "CEO Daniel Okafor: Sure. We size the U.S. total addressable market for AI-driven pharmacy automation, "
            "meaning dispensing robots plus the vision and verification software around them, at about $4.2 billion "
            "this year, up 20% from $3.5 billion last year. We see it reaching $7.8 billion by 2029, a 16.7% CAGR over "
            "2025 to 2029. For the quarter we booked $212 million of revenue at a 47% gross margin, and we now have "
            "roughly 2,300 robots installed at a list price near $250,000 each. With about 61,000 retail pharmacies in "
            "the country, we think penetration is still in single digits."
        ),
        obs=[
            ("Total", 2024, 3.5, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("cagr", 16.7, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.5) ** (1 / 1) - 1 = 20.00% -> 20
            ("cagr|implied", "exact"),  # (7.8 / 4.2) ** (1 / 4) - 1 = 16.74% -> 16.7
        ],
    ),
    # 22. Rotterdam working-paper abstract (EUR million): YoY with both amounts that holds only by rounding, a 2030
    #     figure in billions converted to the series' unit (EUR million), CAGR with printed span. Expected nowhere:
    #     the paper number, the 160,000 community pharmacies, the 5.9 billion prescriptions, the EUR 188 billion of
    #     retail drug sales, the CHF 46 million Swiss aside (francs are not in the unit table).
    dict(
        text=(
            "Erasmus Health Economics Working Paper No. 25-041. Abstract: We estimate spending by community pharmacies "
            "in the European Union on AI prescription checking and drug-interaction alerting from procurement records "
            "and vendor filings. Spending rose from \u20ac384 million in 2023 to \u20ac471 million in 2024, an increase "
            "of 22.5%, and we project \u20ac1.32 billion by 2030, a compound annual growth rate of 18.7% over 2024-2030. "
            "The tools screened a share of the 5.9 billion prescriptions filled across some 160,000 pharmacies, whose "
            "retail drug sales came to about \u20ac188 billion. Switzerland, outside our sample, spent an estimated "
            "CHF 46 million. We find that alert fatigue, not price, is the main barrier to adoption."
        ),
        obs=[
            ("Total", 2023, 384, "EUR million", "actual"),
            ("Total", 2024, 471, "EUR million", "actual"),
            ("Total", 2030, 1320, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (471 / 384) ** (1 / 1) - 1 = 22.66% -> 22.7, not 22.5; bounds 470.5 / 384.5 - 1 = 22.37%,
            # 471.5 / 383.5 - 1 = 22.95% -> 22.5 reached only by some reading
            ("cagr|implied", "rounding"),
            # (1320 / 471) ** (1 / 6) - 1 = 18.74% -> 18.7
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. Numbered social-media thread on Japan (JPY billion, fiscal years): YoY with both amounts, a part with its
    #     share, a CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the ¥7.9 trillion
    #     dispensing-fee market, the 62,000 pharmacies, the ¥25 million robot price, the 71% survey answer, the likes.
    dict(
        text=(
            "1/ Thread: Japan's pharmacies are quietly becoming robot shops. Some numbers from a Yokohama research "
            "house's new report on AI dispensing and drug-picking systems.\n"
            "2/ The market hit \u00a564.2 billion in FY2024, up 15% from \u00a555.8 billion in FY2023. AI stock "
            "replenishment for drugstore chains was \u00a518.3 billion of that, or 28.5%.\n"
            "3/ Forecast: \u00a5112 billion by FY2029, which they call a 13% CAGR for FY2024-29. Compare that with "
            "the \u00a57.9 trillion dispensing-fee market and you see how early this is.\n"
            "4/ Japan has about 62,000 pharmacies; a full picking robot still runs around \u00a525 million. 71% of "
            "pharmacists surveyed said staffing, not cost, drives the purchase. (312 likes)"
        ),
        obs=[
            ("Total", 2023, 55.8, "JPY billion", "actual"),
            ("Total", 2024, 64.2, "JPY billion", "actual"),
            ("AI stock replenishment for drugstore chains", 2024, 18.3, "JPY billion", "actual"),
            ("Total", 2029, 112, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2023, 2024, 1.0),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("cagr", 13, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64.2 / 55.8) ** (1 / 1) - 1 = 15.05% -> 15
            ("arithmetic", "exact"),  # 18.3 / 64.2 = 28.505% -> 28.5
            # (112 / 64.2) ** (1 / 5) - 1 = 11.77%; bounds (111.5 / 64.25) ** (1/5) - 1 = 11.66%,
            # (112.5 / 64.15) ** (1/5) - 1 = 11.89% -> 13 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Toronto web article with a correction line (USD million, Canadian market priced in US dollars): YoY with
    #     both amounts, a part with its share. Expected nowhere: the misprinted US$124 million, the 11,800 community
    #     pharmacies, the 45,000 pharmacists, the C$15 per-consult fee (Canadian dollars are not in the unit table),
    #     the 58% survey answer, the update date.
    dict(
        text=(
            "TORONTO - Updated June 3, 2025. Canadian pharmacies and online drugstores spent US$142 million on AI "
            "pharmacist chatbots and symptom-triage tools in 2024, up 30% from US$109 million in 2023, according to "
            "Northlake Health Insights. Online-pharmacy triage tools, which decide whether a customer needs a "
            "pharmacist, a doctor or nothing at all, made up US$51 million, or 36% of the spending. Chains typically pay "
            "about C$15 per completed consult. The country has some 11,800 community pharmacies and 45,000 licensed "
            "pharmacists, and 58% of pharmacists polled said chatbots cut their phone volume.\n"
            "Correction: An earlier version of this article gave the 2024 figure as US$124 million. It is US$142 million."
        ),
        obs=[
            ("Total", 2023, 109, "USD million", "actual"),
            ("Total", 2024, 142, "USD million", "actual"),
            ("Online-pharmacy triage tools", 2024, 51, "USD million", "actual"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 109) ** (1 / 1) - 1 = 30.28% -> 30
            ("arithmetic", "exact"),  # 51 / 142 = 35.92% -> 36
        ],
    ),
    # 25. UK annual-report letter to shareholders (GBP million), dated March 2025: "last year" is 2024 (actual); YoY
    #     with both amounts; "around £195 million" by 2029 (printed figure, estimate); the CAGR's span is given only by
    #     the amounts' years (inferred). Expected nowhere: the report's title year, the letter's date, the group's
    #     revenue and margin, the 1,140 stores, the 11,400 pharmacies in England, the 1.1 billion items dispensed.
    dict(
        text=(
            "Halden Pharmacy Group plc, Annual Report 2024. To our shareholders\n"
            "Last year the UK market for AI demand forecasting and stock replenishment in pharmacy chains grew 25% to "
            "\u00a386 million, from \u00a369 million in 2023, as wholesalers' shortages made guessing expensive. We "
            "expect it to reach around \u00a3195 million by 2029, compound growth of about 18% a year. Our own group "
            "revenue rose to \u00a32.3 billion at an operating margin of 4.1%, and forecasting now runs in all 1,140 "
            "of our stores. England's 11,400 community pharmacies dispensed some 1.1 billion items, and every one of "
            "them is a forecast somebody had to make.\n"
            "Margaret Ellory, Chair, 18 March 2025"
        ),
        obs=[
            ("Total", 2023, 69, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Total", 2029, 195, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 69) ** (1 / 1) - 1 = 24.64% -> 25
            ("cagr|period", "exact"),  # (195 / 86) ** (1 / 5) - 1 = 17.79% -> 18
        ],
    ),
    # 26. New York investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E
    #     and 2028E are estimates; two CAGRs with printed spans, the 2023-2025E one holds only by rounding; a
    #     multiple over five years (no verdict). Expected nowhere: the slide number, the 4.9 billion prescriptions,
    #     the company's FY2024 revenue, margin and 2028 share target.
    dict(
        text=(
            "Corvane Rx Investor Day, New York, September 16, 2025. Slide 14: Market opportunity, AI claims review "
            "for pharmacy benefits\n"
            "- 2023 TAM: $3.3B\n"
            "- 2025E TAM: $5.6B\n"
            "- 2028E TAM: $11.9B\n"
            "- 2023-2025E CAGR: 31%; 2025E-2028E CAGR: 29%\n"
            "- TAM grows 3.6x from 2023 to 2028E as plans automate prior authorization and claim edits\n"
            "- 4.9B U.S. prescriptions a year; every one touches a claim\n"
            "- Corvane FY2024 revenue $1.38B, adj. EBITDA margin 24%; target 12% share of TAM by 2028"
        ),
        obs=[
            ("Total", 2023, 3.3, "USD billion", "actual"),
            ("Total", 2025, 5.6, "USD billion", "estimate"),
            ("Total", 2028, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2023, 2025, None, "stated"),
            ("cagr", 29, "percent", 2025, 2028, None, "stated"),
            ("multiple", 3.6, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            # (5.6 / 3.3) ** (1 / 2) - 1 = 30.27% -> 30, not 31; bounds (5.55 / 3.35) ** (1/2) - 1 = 28.71%,
            # (5.65 / 3.25) ** (1/2) - 1 = 31.85% -> 31 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (11.9 / 5.6) ** (1 / 3) - 1 = 28.56% -> 29
        ],
    ),
    # 27. Forum answer quoting two research houses (EUR million): the first house's figures (base, target and rate)
    #     are the snippet's; YoY with both amounts, CAGR with printed span. Expected nowhere: the second house's
    #     €240 million for 2024, the 17,000 pharmacies, the €150,000 robot price, the upvotes.
    dict(
        text=(
            "Re: How big is the market for pharmacy robots in Germany? (answered, 47 upvotes)\n"
            "Depends whom you ask. Kessler Marktforschung says German pharmacies spent \u20ac212 million on automated "
            "dispensing systems with AI picking and expiry tracking in 2024, up 19% from \u20ac178 million in 2023, and "
            "expects \u20ac395 million in 2028, a CAGR of 16.8% for 2024-2028. Brandt & Oehler counts more "
            "software and puts 2024 at \u20ac240 million. Either way it is small next to the pharmacies themselves: "
            "Germany still has about 17,000 of them, and a mid-size picking robot costs roughly \u20ac150,000 "
            "installed, which is why most owners lease."
        ),
        obs=[
            ("Total", 2023, 178, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2028, 395, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 16.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 178) ** (1 / 1) - 1 = 19.10% -> 19
            ("cagr|implied", "exact"),  # (395 / 212) ** (1 / 4) - 1 = 16.83% -> 16.8
        ],
    ),
    # 28. Seoul broker note in won: won are not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     W412 billion, the 25,000 pharmacies, the W180 million robot price, the target price and upside, the pick's
    #     margin and first quarter.
    dict(
        text=(
            "Seorin Securities, Korea Healthcare, Seoul, 11 March 2025\n"
            "Robots behind the counter. We size Korea's market for AI dispensing and pharmacy automation at W412 "
            "billion in 2024, up 34% year on year, and forecast a CAGR of 22% over 2024-2029 as the pharmacist "
            "shortage bites. Pharmacies next to general hospitals account for 41% of that spend. The country has about "
            "25,000 pharmacies, and a full automatic dispensing unit costs some W180 million. Our top pick, Daeyang "
            "Medisys (BUY, TP W58,000, 29% upside), posted a 14% operating margin in the first quarter."
        ),
        obs=[],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure
    #     (左右, printed figure, estimate). Expected nowhere: the dateline, the 67万家 pharmacies, the 9,500亿元 of
    #     drug retail sales, the 2.6万台 robots, the 72% survey answer.
    dict(
        text=(
            "新华社广州2025年4月9日电(记者林晓岚)记者从中国医药零售数字化联盟获悉,2024年我国药店人工智能应用市场规模"
            "达到78.6亿元,较2023年的61.2亿元增长28.4%。其中,AI处方审核与用药风险提示市场规模为21.7亿元,占比27.6%。"
            "联盟预计,到2027年该市场规模将达到150亿元左右。数据显示,截至2024年底全国零售药店约67万家,全年药品零售"
            "销售额约9,500亿元,已投入使用的智能发药机器人约2.6万台。调查显示,72%的连锁药店负责人计划在两年内上线"
            "AI药师助手。"
        ),
        obs=[
            ("Total", 2023, 61.2, "CNY 100 million", "actual"),
            ("Total", 2024, 78.6, "CNY 100 million", "actual"),
            ("AI处方审核与用药风险提示", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("share", 27.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78.6 / 61.2) ** (1 / 1) - 1 = 28.43% -> 28.4
            ("arithmetic", "exact"),  # 21.7 / 78.6 = 27.61% -> 27.6
        ],
    ),
    # 30. Chengdu municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 500 pharmacies to build, the 50万元
    #     subsidy, the 9,800 pharmacies, the 1.6万 pharmacists, the 90% coverage rate.
    dict(
        text=(
            "《成都市智慧药房高质量发展三年行动计划(2025—2027年)》近日印发。计划提出,2024年全市智慧药房相关产业规模约"
            "12.5亿元,其中AI处方前置审核服务规模8,650万元,占比约6.9%。到2027年,全市智慧药房产业规模突破30亿元,年均"
            "复合增长率约34%;新建AI智慧药房500家,对符合条件的每家给予最高50万元补贴。全市现有零售药店约9,800家、"
            "执业药师约1.6万人,计划提出到2027年处方审核智能化覆盖率达到90%。"
        ),
        obs=[
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("AI处方前置审核服务", 2024, 8650, "CNY 10 thousand", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 6.9, "percent", 2024, 2024, None),
            ("cagr", 34, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 8,650万 / 125,000万 = 6.92% -> 6.9
            ("cagr|period", "exact"),  # (30 / 12.5) ** (1 / 3) - 1 = 33.89% -> 34
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span.
    #     Expected nowhere: the dateline, the 8,600 pharmacies, the 2,400億元 national drug bill, the 800萬元 robot
    #     price, a chain's 2024 revenue.
    dict(
        text=(
            "【台北訊】啟衡產業研究院2025年5月7日發布研究指出,2024年台灣藥局與藥妝通路AI應用市場規模達新台幣18.6億元,"
            "較2023年的15.2億元成長22.4%,主要來自智慧調劑、處方審核與庫存預測系統。該院預估,2028年市場規模將達41.5億元,"
            "2024至2028年年複合成長率為22.2%。研究院指出,全台社區藥局約8,600家,健保藥費支出約2,400億元,一套全自動"
            "調劑機器人單價約800萬元;國內最大連鎖藥局2024年營收約新台幣210億元。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2028, 41.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
            ("cagr|implied", "exact"),  # (41.5 / 18.6) ** (1 / 4) - 1 = 22.22% -> 22.2
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a CAGR
    #     with printed span that no reading reaches (inconsistent). Expected nowhere: the report's title year, the
    #     640 community pharmacies, the 3,400 pharmacists, the 420億港元 of drug retail, the 65% survey answer.
    dict(
        text=(
            "香港藥學服務業協會發表《2025香港智慧藥房發展報告》指出,2024年本港藥房人工智能配藥及庫存管理市場規模為"
            "4.86億港元,較2023年的3.95億港元增長23%。其中,網上藥房AI分流及藥劑師聊天機械人為1.32億港元,佔27%。報告"
            "預測,2027年市場規模將達8.1億港元,2024至2027年複合年增長率為17%。報告又指,全港約有640間社區藥房、註冊"
            "藥劑師約3,400名,全年藥物零售額約420億港元;受訪藥房中有65%表示人手短缺是引入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 3.95, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("網上藥房AI分流及藥劑師聊天機械人", 2024, 1.32, "HKD 100 million", "actual"),
            ("Total", 2027, 8.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.95) ** (1 / 1) - 1 = 23.04% -> 23
            ("arithmetic", "exact"),  # 1.32 / 4.86 = 27.16% -> 27
            # (8.1 / 4.86) ** (1 / 3) - 1 = 18.56%; bounds (8.05 / 4.865) ** (1/3) - 1 = 18.28%,
            # (8.15 / 4.855) ** (1/3) - 1 = 18.85% -> 17 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: YoY with both amounts that holds only by rounding; 明年 is
    #     2026 (上看, forecast cue, printed figure, estimate). Expected nowhere: the post's date and header, the 8,600
    #     pharmacies, the chain's 1,200 stores and its revenue, the push count.
    dict(
        text=(
            "作者 pharmacyguy (藥局小兵)\n"
            "標題 [情報] 台灣藥局AI補貨系統市場規模出爐\n"
            "時間 Tue Jun 10 21:14:03 2025\n"
            "看到顧問公司的新報告,台灣藥局AI需求預測與自動補貨系統市場,2024年規模約新台幣6.8億元,2023年是5.3億元,"
            "成長29%。報告說明年上看10億元,主要是連鎖藥局在搶導入。全台藥局大概8,600家,某大連鎖自己就有1,200家店,"
            "去年營收破200億元,所以這塊其實還很小。推 大家覺得藥師會被取代嗎?(推文 86)"
        ),
        obs=[
            ("Total", 2023, 5.3, "TWD 100 million", "actual"),
            ("Total", 2024, 6.8, "TWD 100 million", "actual"),
            ("Total", 2026, 10, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.8 / 5.3) ** (1 / 1) - 1 = 28.30% -> 28, not 29; bounds 6.75 / 5.35 - 1 = 26.17%,
            # 6.85 / 5.25 - 1 = 30.48% -> 29 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts, a share
    #     without its part's amount (claim, no verdict). Expected nowhere: the report date, the 79万 pharmacists, the
    #     9,600亿元 of drug retail, the target price and upside, the pick's revenue and its 8亿元 round and 60亿元
    #     valuation.
    dict(
        text=(
            "【东岳证券】医药零售AI深度报告:药师的第二双眼睛(2025年6月16日)\n"
            "摘要:我们测算,2024年我国AI药事服务(含处方审核、用药咨询与药师助手)市场规模为52.4亿元,较2023年的40.1亿元"
            "同比增长30.7%;预计2027年市场规模将达到95—120亿元。其中处方审核占比约38%,为最大细分领域。2024年全国"
            "药品零售市场规模约9,600亿元,执业药师约79万人。首次覆盖给予行业“增持”评级,重点推荐药联智能(目标价42元,"
            "上涨空间27%),公司2024年营业收入6.8亿元;公司近期完成C轮融资8亿元,投后估值60亿元。"
        ),
        obs=[
            ("Total", 2023, 40.1, "CNY 100 million", "actual"),
            ("Total", 2024, 52.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("value", 95, "CNY 100 million", 2027, 2027, None),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.4 / 40.1) ** (1 / 1) - 1 = 30.67% -> 30.7
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure, estimate), 去年
    #     2024 (actual) with a YoY that holds only by rounding, 2027 (有望, estimate) with a CAGR of printed span.
    #     Expected nowhere: the company's revenue and gross margin, the first quarter's net profit, the 14,200 stores.
    dict(
        text=(
            "康泽大药房2024年度业绩说明会文字实录(2025年4月28日)\n"
            "投资者:公司如何看待药店AI需求预测与智能补货的市场空间?\n"
            "董事会秘书:根据公司测算,今年国内药店AI需求预测与智能补货市场规模约为34亿元,去年为26亿元,增长约30%。到"
            "2027年,这一市场有望达到55亿元,2025—2027年复合增长率约27%。公司2024年实现营业收入186亿元,毛利率34.2%,"
            "一季度归母净利润3.1亿元;目前全国门店14,200家已全部接入智能补货系统。"
        ),
        obs=[
            ("Total", 2024, 26, "CNY 100 million", "actual"),
            ("Total", 2025, 34, "CNY 100 million", "estimate"),
            ("Total", 2027, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("cagr", 27, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            # (34 / 26) ** (1 / 1) - 1 = 30.77% -> 31, not 30; bounds 33.5 / 26.5 - 1 = 26.42%,
            # 34.5 / 25.5 - 1 = 35.29% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (55 / 34) ** (1 / 2) - 1 = 27.19% -> 27
        ],
    ),
    # 36. Markdown table (EUR million, France) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2029F is an estimate; the dispensing-robot CAGR holds only by rounding. Expected nowhere: the table
    #     number, the 20,000 pharmacies and the €38 billion of pharmacy sales in the note.
    dict(
        text=(
            "Table 4. France: AI in community pharmacy by segment (EUR million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI dispensing robots | 96 | 188 | 14.3% |\n"
            "| Prescription checking and interaction alerts | 41 | 97 | 18.8% |\n"
            "| Chatbots and online triage | 23 | 68 | 24.2% |\n"
            "| Total | 160 | 353 | 17.1% |\n"
            "Note: F = forecast. Source: Observatoire Lumen Sant\u00e9 estimates. France has about 20,000 community "
            "pharmacies with combined sales near \u20ac38 billion."
        ),
        obs=[
            ("AI dispensing robots", 2024, 96, "EUR million", "actual"),
            ("AI dispensing robots", 2029, 188, "EUR million", "estimate"),
            ("Prescription checking and interaction alerts", 2024, 41, "EUR million", "actual"),
            ("Prescription checking and interaction alerts", 2029, 97, "EUR million", "estimate"),
            ("Chatbots and online triage", 2024, 23, "EUR million", "actual"),
            ("Chatbots and online triage", 2029, 68, "EUR million", "estimate"),
            ("Total", 2024, 160, "EUR million", "actual"),
            ("Total", 2029, 353, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (188 / 96) ** (1 / 5) - 1 = 14.39% -> 14.4, not 14.3; bounds (187.5 / 96.5) ** (1/5) - 1 = 14.21%,
            # (188.5 / 95.5) ** (1/5) - 1 = 14.57% -> 14.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (97 / 41) ** (1 / 5) - 1 = 18.80% -> 18.8
            ("cagr|implied", "exact"),  # (68 / 23) ** (1 / 5) - 1 = 24.21% -> 24.2
            ("cagr|implied", "exact"),  # (353 / 160) ** (1 / 5) - 1 = 17.15% -> 17.1
            ("hierarchy", "exact"),  # 2024: 96 + 41 + 23 = 160
            ("hierarchy", "exact"),  # 2029F: 188 + 97 + 68 = 353
        ],
    ),
    # 37. Tab-separated table (JPY billion, fiscal years) with a Total row and a YoY column; the chatbot YoY holds
    #     only by rounding. Expected nowhere: the table number, the 62,000 pharmacies in the note, the ¥25 million
    #     robot price.
    dict(
        text=(
            "Table 2. Japan: AI pharmacy systems by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Dispensing and picking robots\t41.2\t46.9\t13.8%\n"
            "Drug-interaction alert software\t8.6\t10.4\t20.9%\n"
            "Pharmacist chatbots\t3.1\t4.4\t42.3%\n"
            "Total\t52.9\t61.7\t16.6%\n"
            "Note: fiscal years to March. Source: Kanagawa Medical Retail Research, from vendor shipments to about "
            "62,000 pharmacies and drugstores; a full picking robot lists at around \u00a525 million."
        ),
        obs=[
            ("Dispensing and picking robots", 2023, 41.2, "JPY billion", "actual"),
            ("Dispensing and picking robots", 2024, 46.9, "JPY billion", "actual"),
            ("Drug-interaction alert software", 2023, 8.6, "JPY billion", "actual"),
            ("Drug-interaction alert software", 2024, 10.4, "JPY billion", "actual"),
            ("Pharmacist chatbots", 2023, 3.1, "JPY billion", "actual"),
            ("Pharmacist chatbots", 2024, 4.4, "JPY billion", "actual"),
            ("Total", 2023, 52.9, "JPY billion", "actual"),
            ("Total", 2024, 61.7, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 13.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 42.3, "percent", 2023, 2024, 1.0),
            ("growth", 16.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.9 / 41.2 - 1 = 13.83% -> 13.8
            ("cagr|implied", "exact"),  # 10.4 / 8.6 - 1 = 20.93% -> 20.9
            # 4.4 / 3.1 - 1 = 41.94% -> 41.9, not 42.3; bounds 4.35 / 3.15 - 1 = 38.10%, 4.45 / 3.05 - 1 = 45.90%
            # -> 42.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 61.7 / 52.9 - 1 = 16.64% -> 16.6
            ("hierarchy", "exact"),  # FY2023: 41.2 + 8.6 + 3.1 = 52.9
            ("hierarchy", "exact"),  # FY2024: 46.9 + 10.4 + 4.4 = 61.7
        ],
    ),
    # 38. Space-aligned table (GBP million, UK, 2024) with a share column and a Total row (its 100% is no claim).
    #     Expected nowhere: the source line's 11,400 pharmacies and the £3.1 billion of over-the-counter sales.
    dict(
        text=(
            "UK pharmacy AI spend by application, 2024 (\u00a3m)\n"
            "Application                         \u00a3m      Share\n"
            "Dispensing automation               58.4     41%\n"
            "Prescription checking and alerts    39.7     28%\n"
            "Stock forecasting                   27.1     19%\n"
            "Chatbots and online triage          17.4     12%\n"
            "Total                               142.6    100%\n"
            "Source: Pellham Retail Health survey of chains covering 11,400 pharmacies; over-the-counter medicine "
            "sales of \u00a33.1 billion shown for context only."
        ),
        obs=[
            ("Dispensing automation", 2024, 58.4, "GBP million", "actual"),
            ("Prescription checking and alerts", 2024, 39.7, "GBP million", "actual"),
            ("Stock forecasting", 2024, 27.1, "GBP million", "actual"),
            ("Chatbots and online triage", 2024, 17.4, "GBP million", "actual"),
            ("Total", 2024, 142.6, "GBP million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.4 / 142.6 = 40.95% -> 41
            ("arithmetic", "exact"),  # 39.7 / 142.6 = 27.84% -> 28
            ("arithmetic", "exact"),  # 27.1 / 142.6 = 19.00% -> 19
            ("arithmetic", "exact"),  # 17.4 / 142.6 = 12.20% -> 12
            ("hierarchy", "exact"),  # 58.4 + 39.7 + 27.1 + 17.4 = 142.6
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Australia priced in US dollars), a lone value column
    #     headed by its unit only (Total); 2025F and 2026F are estimates; a CAGR with printed span in the note.
    #     Expected nowhere: the 5,900 pharmacies, the A$21 billion of medicine sales (Australian dollars
    #     are not in the unit table).
    dict(
        text=(
            "Australia: AI pharmacy automation and software spend\n"
            "Year | US$ million\n"
            "2022 | 48\n"
            "2023 | 61\n"
            "2024 | 77\n"
            "2025F | 96\n"
            "2026F | 118\n"
            "Note: F = forecast; CAGR 2022-2026F: 25%. Source: Southern Cross Pharmacy Analytics, from supplier "
            "invoices for dispensing robots, script-checking software, stock-forecasting tools and pharmacist "
            "chatbots. Covers about 5,900 community pharmacies; A$ figures converted at the yearly average rate, "
            "and the sector's A$21 billion of medicine sales is excluded."
        ),
        obs=[
            ("Total", 2022, 48, "USD million", "actual"),
            ("Total", 2023, 61, "USD million", "actual"),
            ("Total", 2024, 77, "USD million", "actual"),
            ("Total", 2025, 96, "USD million", "estimate"),
            ("Total", 2026, 118, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (118 / 48) ** (1 / 4) - 1 = 25.22% -> 25
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 8,600 pharmacies in the note.
    dict(
        text=(
            "表3 2023—2025年台灣藥局AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "智慧調劑設備 | 6.4 | 7.5 | 8.9\n"
            "處方審核與交互作用提示 | 3.2 | 4.1 | 5.3\n"
            "需求預測與補貨 | 2.5 | 3.3 | 4.4\n"
            "線上藥師諮詢 | 1.1 | 1.6 | 2.3\n"
            "合計 | 13.2 | 16.6 | 21.4\n"
            "資料來源:啟衡產業研究院;涵蓋全台約8,600家社區藥局及藥妝通路,不含醫院藥劑部門與健保藥費;2025年為預估值,"
            "合計欄依原報告數字列示。"
        ),
        obs=[
            ("智慧調劑設備", 2023, 6.4, "TWD 100 million", "actual"),
            ("智慧調劑設備", 2024, 7.5, "TWD 100 million", "actual"),
            ("智慧調劑設備", 2025, 8.9, "TWD 100 million", "estimate"),
            ("處方審核與交互作用提示", 2023, 3.2, "TWD 100 million", "actual"),
            ("處方審核與交互作用提示", 2024, 4.1, "TWD 100 million", "actual"),
            ("處方審核與交互作用提示", 2025, 5.3, "TWD 100 million", "estimate"),
            ("需求預測與補貨", 2023, 2.5, "TWD 100 million", "actual"),
            ("需求預測與補貨", 2024, 3.3, "TWD 100 million", "actual"),
            ("需求預測與補貨", 2025, 4.4, "TWD 100 million", "estimate"),
            ("線上藥師諮詢", 2023, 1.1, "TWD 100 million", "actual"),
            ("線上藥師諮詢", 2024, 1.6, "TWD 100 million", "actual"),
            ("線上藥師諮詢", 2025, 2.3, "TWD 100 million", "estimate"),
            ("合計", 2023, 13.2, "TWD 100 million", "actual"),
            ("合計", 2024, 16.6, "TWD 100 million", "actual"),
            ("合計", 2025, 21.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.4 + 3.2 + 2.5 + 1.1 = 13.2
            # 2024: 7.5 + 4.1 + 3.3 + 1.6 = 16.5 vs 16.6; rows' bounds 16.3-16.7, total's 16.55-16.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 8.9 + 5.3 + 4.4 + 2.3 = 20.9 vs 21.4; rows' bounds 20.7-21.1, total's 21.35-21.45
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 15, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 19% of the total',
    'A rival house, Elbtal Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'nearly 3x',
    '较2023年增长1.5倍',
    '新台幣21.8億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月6日電',
    '| Segment | 2024 | 2030F | 2024-30 CAGR |',
    '2024 | 41.5 | 31.6%',
    'Meridex Automation Q4 2024 earnings call, February 20, 2025',
    'Erasmus Health Economics Working Paper No. 25-041. Abstract:',
    '2/ The market hit ¥64.2 billion in FY2024',
    'Correction: An earlier version of this article',
    'To our shareholders',
    '- 2025E TAM: $5.6B',
    'Brandt & Oehler counts more',
    'Seorin Securities, Korea Healthcare, Seoul, 11 March 2025',
    '新华社广州2025年4月9日电',
    '標題 [情報] 台灣藥局AI補貨系統市場規模出爐',
    '预计2027年市场规模将达到95—120亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 13.2 | 16.6 | 21.4',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 195
#: figures, 62 rates, 89 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 199, "rates_found": 62, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset227.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
