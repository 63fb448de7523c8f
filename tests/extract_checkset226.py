"""A two-hundred-and-twenty-sixth check set for the extractor, written blind: AI in pharmacies and drug retail: AI
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
wire release on dispensing robots and pharmacy automation, a Tokyo broker note in fiscal years and yen on dispensing
pharmacies and drugstores, a Frankfurt briefing with three segments and shares, a Paris article on stock replenishment
quoting two research houses, a Toronto investor-day TAM for pharmacy-benefit claims review, a Dutch ministry strategy
with last-year/this-year figures and a 2030 target, a correction notice on an Australian story with a 2030 range, a UK
community-pharmacy blog post with 'nearly 3x'), seven Chinese prose texts (a mainland industry report, a Zhejiang plan
with 力争到 and 较2023年增长2倍, a Xinhua story on AI prescription checking quoting two institutes, a Taiwan white paper in
新台幣億元, a Hong Kong story in 億港元, a CNA story on online pharmacies with 去年/今年, a broker deep-dive on AI replenishment
with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a
vertical South Korean table of years with YoY, a tab-separated Canadian segment table). Left out: total pharmacy and
drug sales beside the AI part, counts of pharmacies, prescriptions, claims, pharmacists and members, robot prices,
chains' revenue and margins, funding rounds and valuations in francs, won and Australian-dollar amounts, quarter
figures, survey answers, a second house's figure, a correction's wrong range, shares in words. Inconsistent: the Paris
21.5% CAGR, the Korean 2024 YoY and the Canadian 2025F Total. Only by rounding: the Tokyo CAGR, the Frankfurt
prescription-checking share, the Zhejiang 30.3% YoY, the Taiwan 24.8% CAGR, the demand-forecasting row's CAGR, the
2025年E 合计 and the UK independent-pharmacy share.

Snippets 21-40: Twenty snippets on AI in pharmacies and drug retail, numbered 21-40: eight English prose pieces (a US
earnings-call answer sizing a TAM for AI pharmacy automation in the U.S. and Canada, with 'this year' and 'last year'
read from the call's date, a Mannheim-area working-paper abstract on German AI prescription checking whose 2030 figure
in billions is converted to the series' millions, a numbered social-media thread on Hong Kong dispensing robots in HK$
million, a Dutch web article on AI stock replenishment with a correction line, a UK annual-report letter on AI
pharmacist chatbots whose 'nearly £0.25 billion' is converted to millions, Nashville investor-day slide bullets on AI
pharmacy-benefit claims review, a forum answer quoting two research houses on US drug-interaction alerts, and a Korean
broker note in won that gives claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a Suzhou
plan in 万元 whose 1.2亿元 target is converted, a Taipei research release, a Hong Kong association report in 億港元, a PTT
post, a broker abstract with a 2027 range, a pharmacy chain's results-briefing transcript) and five tables (markdown
euros for France with a CAGR column, tab-separated yen for Japan with a YoY column, space-aligned Australian figures in
US$ with a share column, a vertical Canadian table of years with two named value columns, a Traditional Chinese table in
新台幣億元 with a 合計 row). Left out everywhere: total prescription, drug and pharmacy sales beside the AI part, numbers of
pharmacies, prescriptions, robots, pharmacists and orders, robot and workstation prices, chains' and vendors' own
revenue, margins and share targets, funding rounds and valuations, a quarter's figures, survey percentages, shares given
only as fractions in words, a Swiss-franc aside, a second house's figure and a corrected misprint. Inconsistent: the
Hong Kong thread's 15% CAGR, the Hong Kong report's 22% growth, the broker abstract's 38% growth and the Taiwan table's
2025 合計. Holding only by rounding: the working paper's 27.8% growth, the letter's inferred 30% CAGR, the forum's 20.3%
CAGR, the PTT post's 32% growth, the briefing's 30% growth, the demand-forecasting CAGR in the French table, the
dispensing-robot share in the Australian table and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the report's title year, the 2,040 managers surveyed, the 4.9 billion prescriptions, the $480 billion of U.S.
    #    retail prescription drug sales, the $350,000 robot price, the 62% survey answer.
    dict(
        text=(
            "CHICAGO, March 11, 2025 /PRNewswire/ -- U.S. retail and health-system pharmacies spent $742 million on "
            "AI-driven dispensing robots and pharmacy automation in 2024, up 21% from $613 million in 2023, according "
            "to the 2025 Pharmacy Automation Spend Report released today by Lakeshore Rx Insights. The Chicago firm, "
            "which surveyed 2,040 pharmacy managers, projects spending of $2.4 billion by 2031, a compound annual "
            "growth rate of 18.3% from 2024 to 2031. Americans filled some 4.9 billion prescriptions last year, and "
            "U.S. retail prescription drug sales topped $480 billion. A high-volume robotic dispensing system lists at "
            "around $350,000, and 62% of managers said staff shortages were their main reason to automate."
        ),
        obs=[
            ("Total", 2023, 613, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2031, 2400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 613) ** (1 / 1) - 1 = 21.04% -> 21
            ("cagr|implied", "exact"),  # (2400 / 742) ** (1 / 7) - 1 = 18.26% -> 18.3
        ],
    ),
    # 2. Tokyo broker initiation in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 17%" where the amounts give 17.51%. Expected nowhere: the dateline, the 62,000
    #    dispensing pharmacies, the ¥18 million robot price, Korean spending in won, the covered chain's sales, growth,
    #    margin, target price and upside.
    dict(
        text=(
            "Tokyo, 26 June 2025. Japan Drugstores & Dispensing, sector initiation. We size the domestic market for AI "
            "in dispensing pharmacies and drugstores (robotic picking and packaging, AI prescription audit, demand "
            "forecasting for dispensing and OTC stock) at ¥36.6 billion in FY2024 (year to March 2025) and forecast "
            "¥82 billion by FY2029e, a CAGR of about 17%. Japan has some 62,000 dispensing pharmacies, and a compact "
            "dispensing robot costs about ¥18 million. In South Korea, we estimate pharmacies spend about ₩95 billion "
            "on comparable tools. Our top pick, Sakuragi Pharmacy Holdings (Buy, TP ¥4,280, 24% upside), grew FY2024 "
            "sales 9% to ¥612 billion at a 5.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 36.6, "JPY billion", "actual"),
            ("Total", 2029, 82, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (82 / 36.6) ** (1 / 5) - 1 = 17.51% -> 18, not 17; bounds (81.5 / 36.65) ** (1/5) - 1 = 17.33%,
            # (82.5 / 36.55) ** (1/5) - 1 = 17.68% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Frankfurt research briefing: a total in EUR million and three segments with shares (the prescription-checking
    #    share of "about 34%" holds only by rounding); the 2028 forecast printed in billions is expected converted to
    #    EUR million. Expected nowhere: the 310 owners interviewed, the 17,000 pharmacies and their €67 billion
    #    turnover, the 44% survey answer.
    dict(
        text=(
            "FRANKFURT, 3 September 2025 - German pharmacies and pharmaceutical wholesalers spent €184 million on AI "
            "tools in 2024, according to a briefing from the Mainufer Institute for Pharmacy Economics. AI prescription "
            "checking and drug-interaction alerts took the largest share, €61 million or about 34%, followed by demand "
            "forecasting and stock replenishment at €38 million (21%). Pharmacist chatbots and online-pharmacy triage "
            "came to €27 million, some 15% of the total. The institute, which interviewed 310 pharmacy owners, expects "
            "spending to reach €0.41 billion in 2028. Germany's roughly 17,000 pharmacies turned over some €67 billion "
            "last year, and 44% of owners said they plan to buy a dispensing robot within three years."
        ),
        obs=[
            ("Total", 2024, 184, "EUR million", "actual"),
            ("AI prescription checking and drug-interaction alerts", 2024, 61, "EUR million", "actual"),
            ("Demand forecasting and stock replenishment", 2024, 38, "EUR million", "actual"),
            ("Pharmacist chatbots and online-pharmacy triage", 2024, 27, "EUR million", "actual"),
            ("Total", 2028, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 61 / 184 = 33.15% -> 33, not 34; bounds 60.5 / 184.5 = 32.79%, 61.5 / 183.5 = 33.51% -> 34 only by
            # some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 38 / 184 = 20.65% -> 21
            ("arithmetic", "exact"),  # 27 / 184 = 14.67% -> 15
        ],
    ),
    # 4. Paris article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 26%" holds, its 21.5% CAGR is inconsistent. Expected nowhere: Cabinet Vauban Santé's €118 million for
    #    2024, the 20,000 pharmacies and their €48 billion of sales, the 57% survey answer.
    dict(
        text=(
            "PARIS, 14 May 2025 - French pharmacies are turning to algorithms to keep their shelves stocked. Spending "
            "on AI demand-forecasting and automatic replenishment tools by pharmacies and their buying groups reached "
            "€96 million in 2024, up 26% from €76 million in 2023, according to Officine Analytics, a Lyon research "
            "house. It forecasts €260 million by 2030, a compound annual growth rate of 21.5% over 2024-2030. Rival "
            "house Cabinet Vauban Santé puts the 2024 market higher, at €118 million. France's 20,000 or so pharmacies "
            "sold about €48 billion of medicines and other products last year, and 57% of pharmacists polled said "
            "shortages of common drugs had worsened."
        ),
        obs=[
            ("Total", 2023, 76, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 76) ** (1 / 1) - 1 = 26.32% -> 26
            # (260 / 96) ** (1 / 6) - 1 = 18.06% -> 18.1, not 21.5; bounds (259.5 / 96.5) ** (1/6) - 1 = 17.92%,
            # (260.5 / 95.5) ** (1/6) - 1 = 18.21% -> 21.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Toronto): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly an 18% CAGR" over a printed span. Expected nowhere: the company's revenue and
    #    EBITDA margin, its 410 million claims and 140 plan sponsors, its 12% share goal, third-quarter revenue.
    dict(
        text=(
            "Northline Health Investor Day, Toronto, October 7, 2025 - transcript excerpt. Daniel Okafor, president "
            "of pharmacy solutions: \"So how big is this? We size the total addressable market for AI pharmacy-benefit "
            "claims review in North America, meaning automated adjudication checks, prior-authorisation triage and "
            "fraud, waste and abuse screening, at $3.6 billion in 2024, growing to $9.8 billion by 2030. That's roughly "
            "an 18% CAGR from 2024 to 2030. Last year we booked $284 million of revenue at a 36% adjusted EBITDA "
            "margin, we reviewed about 410 million claims for 140 plan sponsors, and we want a 12% share of that market "
            "by 2030. Third-quarter revenue came in at $78 million.\""
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 3.6) ** (1 / 6) - 1 = 18.17% -> 18
        ],
    ),
    # 6. Dutch health-ministry strategy (The Hague): "last year" is 2024 (actual), "this year" 2025 (an estimate), a
    #    2030 target printed in billions expected converted to EUR million. Expected nowhere: the €9 million pilot and
    #    its 140 pharmacies, the 2,000 community pharmacies, the 240 million prescriptions, the 64% survey answer.
    dict(
        text=(
            "THE HAGUE, 20 March 2025 - The Dutch health ministry's Smart Pharmacy strategy, presented today, "
            "estimates that community and hospital pharmacies in the Netherlands spent €58 million on AI tools, from "
            "dispensing robots to prescription-checking software, last year, and expects €71 million this year, a "
            "rise of 22%. The strategy sets a target of €0.2 billion by 2030. It sets aside €9 million for a pilot in "
            "140 pharmacies, notes that the country has about 2,000 community pharmacies dispensing some 240 million "
            "prescriptions a year, and cites a survey in which 64% of pharmacists said AI interaction alerts save "
            "them time."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2025, 71, "EUR million", "estimate"),
            ("Total", 2030, 200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 58) ** (1 / 1) - 1 = 22.41% -> 22
        ],
    ),
    # 7. Correction notice on an Australian community-pharmacy story (figures in US dollars): the 2030 range gives two
    #    value claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    US$410-460 million, the 5,800 pharmacies, the 330 million PBS prescriptions, the A$250,000 robot price
    #    (Australian dollars, not in the unit table); the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 2 July 2025: An earlier version of this article misstated the 2030 forecast. Southern Cross "
            "Pharmacy Analytics expects the Australian market to reach US$310 million to US$360 million in 2030, not "
            "US$410 million to US$460 million.\n"
            "Australia's market for AI in community pharmacy, from dispensing robots to AI prescription checking and "
            "stock replenishment, was worth US$124 million in 2024, according to Southern Cross Pharmacy Analytics, a "
            "Sydney research firm that reports in US dollars. It expects the market to reach US$310 million to US$360 "
            "million in 2030 as pharmacists take on more clinical work. The country's roughly 5,800 community "
            "pharmacies dispensed some 330 million PBS prescriptions last year, and a mid-sized dispensing robot costs "
            "about A$250,000."
        ),
        obs=[
            ("Total", 2024, 124, "USD million", "actual"),
        ],
        claims=[
            ("value", 310, "USD million", 2030, 2030, None),
            ("value", 360, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. UK community-pharmacy blog post: "nearly 3x" between 2021 and 2024 is a multiple x3 over 3 years (no
    #    verdict). Expected nowhere: the £3.9 billion spent at online pharmacies, the first quarter's £21 million,
    #    the Geneva start-up's Swiss-franc funding round and valuation, the 38 million repeat-prescription requests.
    dict(
        text=(
            "Dispensary Notes, a community-pharmacy blog, August 4, 2025 - Ask the bot first. British online pharmacies "
            "and high-street chains spent £23 million on AI pharmacist chatbots and online-pharmacy triage in 2021; by "
            "2024 the figure had grown nearly 3x, to £66 million, according to Wexford Lane Research. That is small "
            "beside the roughly £3.9 billion Britons now spend at online pharmacies each year. In the first quarter of "
            "2025 alone, chatbot spending came to £21 million. The Geneva start-up Pillwise raised CHF 24 million in "
            "May at a CHF 150 million valuation, and the NHS App handled some 38 million repeat-prescription requests "
            "last year."
        ),
        obs=[
            ("Total", 2021, 23, "GBP million", "actual"),
            ("Total", 2024, 66, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (智能药房自动化) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 约67万家 pharmacies, the 约9,800亿元
    #    drug-retail total, the 约78万 pharmacists, the 61% survey answer.
    dict(
        text=(
            "《2025中国医药零售数字化发展报告》日前在沪发布。报告显示，2024年我国药品零售领域人工智能应用市场规模达到"
            "46.3亿元，同比增长28.6%，2023年为36.0亿元。其中，智能药房自动化（含发药机器人、智能药柜）市场规模为17.8"
            "亿元，占比38.4%，是最大的细分领域。报告预计，到2028年该市场规模将达到118.5亿元，2024—2028年复合增长率为"
            "26.5%。报告同时指出，截至2024年底全国药店约67万家，当年药品零售市场总规模约9,800亿元，注册执业药师约78万"
            "人，受访药店中有61%已使用AI处方审核工具。"
        ),
        obs=[
            ("Total", 2023, 36.0, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("智能药房自动化", 2024, 17.8, "CNY 100 million", "actual"),
            ("Total", 2028, 118.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 38.4, "percent", 2024, 2024, None),
            ("cagr", 26.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 36.0) ** (1 / 1) - 1 = 28.61% -> 28.6
            ("arithmetic", "exact"),  # 17.8 / 46.3 = 38.44% -> 38.4
            ("cagr|implied", "exact"),  # (118.5 / 46.3) ** (1 / 4) - 1 = 26.48% -> 26.5
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified): 2023 and 2024 actuals with a 30.3% rise that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a
    #     multiple x2 over 4 years (no verdict). Expected nowhere: the plan's title years, the 500 model pharmacies,
    #     the 30% subsidy rate and its 20万元 cap.
    dict(
        text=(
            "浙江省药品监督管理局近日印发《浙江省智慧药房建设三年行动计划（2025—2027年）》。计划显示，2024年全省药品零售"
            "领域人工智能应用（智能发药、AI处方审核、智能补货等）市场规模达11.2亿元，比2023年的8.6亿元增长30.3%。计划"
            "提出，力争到2027年，全省市场规模突破26亿元，较2023年增长2倍，建成智慧药房示范店500家。对购置智能发药设备的"
            "药店，按设备投资额的30%给予补助，单店最高20万元。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2027, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (11.2 / 8.6) ** (1 / 1) - 1 = 30.23% -> 30.2, not 30.3; bounds 11.15 / 8.65 - 1 = 28.90%,
            # 11.25 / 8.55 - 1 = 31.58% -> 30.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 华康产业研究院's 约24亿元 for 2024, the conference's
    #     title year, the 约15亿张 prescriptions, the 80万 pharmacists.
    dict(
        text=(
            "新华社北京2025年5月18日电（记者王晓东）记者从18日召开的2025中国药品零售创新大会上获悉，中国医药零售数字化研究院"
            "发布的数据显示，2024年我国药店AI处方审核与合理用药服务市场规模达21.7亿元，较2023年的16.4亿元增长32.3%，"
            "预计2025年将达28.5亿元。另一家机构华康产业研究院则估计，2024年该市场规模约为24亿元。数据显示，去年全国药店经"
            "AI审核的处方约15亿张，全国执业药师注册人数超过80万人。"
        ),
        obs=[
            ("Total", 2023, 16.4, "CNY 100 million", "actual"),
            ("Total", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2025, 28.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.7 / 16.4) ** (1 / 1) - 1 = 32.32% -> 32.3
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 24.8% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 6,900 contracted pharmacies, the
    #     2.6萬 pharmacists, the 800萬元 robot price.
    dict(
        text=(
            "衛生福利部委託台灣藥事資訊學會編撰的《2025臺灣智慧藥事白皮書》指出，2024年國內藥局AI應用（含智慧調劑機器人、"
            "AI處方審核、AI庫存預測）市場規模達新台幣18.6億元，較2023年的新台幣15.1億元成長23.2%。其中，智慧調劑機器人"
            "市場規模為新台幣7.2億元，占比38.7%。白皮書預估，2028年市場規模將達新台幣45億元，2024至2028年年複合成長率為"
            "24.8%。白皮書也指出，全台健保特約藥局約6,900家，執業藥師約2.6萬人，一台智慧調劑機器人售價約新台幣800萬元。"
        ),
        obs=[
            ("Total", 2023, 15.1, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("智慧調劑機器人", 2024, 7.2, "TWD 100 million", "actual"),
            ("Total", 2028, 45, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("share", 38.7, "percent", 2024, 2024, None),
            ("cagr", 24.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.1) ** (1 / 1) - 1 = 23.18% -> 23.2
            ("arithmetic", "exact"),  # 7.2 / 18.6 = 38.71% -> 38.7
            # (45 / 18.6) ** (1 / 4) - 1 = 24.72% -> 24.7, not 24.8; bounds (44.5 / 18.65) ** (1/4) - 1 = 24.29%,
            # (45.5 / 18.55) ** (1/4) - 1 = 25.15% -> 24.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.8億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約600間 pharmacies, the 約260億港元 Western-medicine retail total, the
    #     200萬港元 robot price, the 約三成 pharmacists (a share in words and a survey).
    dict(
        text=(
            "香港藥學服務研究中心昨日發表報告指出，2024年本港社區藥房及醫院藥房採用的人工智能應用（包括智能配藥機械人、"
            "處方審核及藥物相互作用提示、庫存預測）市場規模約3.8億港元，較2023年的3.1億港元增長22.6%。報告預計，2028年"
            "市場規模將增至8.4億港元，2024至2028年年均複合增長率約22%。報告又指，全港約有600間註冊藥房，本港西藥零售總額"
            "約260億港元；一台智能配藥機械人售價約200萬港元，約三成受訪藥劑師表示已使用AI工具核對處方。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2028, 8.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 3.1) ** (1 / 1) - 1 = 22.58% -> 22.6
            ("cagr|implied", "exact"),  # (8.4 / 3.8) ** (1 / 4) - 1 = 21.93% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on online pharmacies and AI pharmacist
    #     consultations: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both
    #     amounts. Expected nowhere: the first quarter's 1.7億元, the chain's own revenue and gross margin, its 210萬
    #     online members.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年5月8日電）市調機構寶島健康數據今天表示，去年台灣線上藥局與AI藥師諮詢服務市場規模"
            "約新台幣6.4億元，今年在慢性病連續處方箋線上領藥需求帶動下，可望成長25%至8億元。今年第一季市場規模約新台幣1.7"
            "億元。連鎖藥局龍頭康和藥局去年營收新台幣152億元，毛利率約27%，線上會員突破210萬人。"
        ),
        obs=[
            ("Total", 2024, 6.4, "TWD 100 million", "actual"),
            ("Total", 2025, 8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8 / 6.4) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI demand forecasting and replenishment for pharmacy chains: 2023/2024
    #     actuals with an exact YoY; the 2027 range 35亿—42亿元 gives two value claims (no observation). Expected
    #     nowhere: the report's date, the leading firm's revenue, gross margin, rating and target price, its
    #     third-quarter growth, the 约40万家 chain stores.
    dict(
        text=(
            "中衡证券研究所2025年9月深度报告《AI补货：连锁药店的第二增长曲线》。我们测算，2024年国内连锁药店AI需求预测与"
            "智能补货系统市场规模为16.9亿元，同比增长36.3%，2023年为12.4亿元。随着处方外流和门店精细化运营推进，我们预计"
            "2027年市场规模将达到35亿—42亿元。行业龙头益康数智2024年营收8.7亿元，毛利率46%，首次覆盖给予“买入”评级，"
            "目标价68元；公司三季度营收同比增长41%。目前全国连锁药店门店数约40万家。"
        ),
        obs=[
            ("Total", 2023, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 16.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2023, 2024, 1.0),
            ("value", 35, "CNY 100 million", 2027, 2027, None),
            ("value", 42, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.9 / 12.4) ** (1 / 1) - 1 = 36.29% -> 36.3
        ],
    ),
    # 16. Markdown table (United States, USD million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the demand-forecasting row's 20.4% holds only by rounding; rows add to the
    #     Total in both years; 2030F is an estimate. Expected nowhere: the exhibit number, the outlook's title year.
    dict(
        text=(
            "Exhibit 4. United States: AI in pharmacy operations by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Dispensing robots and central-fill automation | 412 | 1046 | 16.8% |\n"
            "| Prescription checking and drug-interaction alerts | 238 | 712 | 20.0% |\n"
            "| Demand forecasting and replenishment | 176 | 538 | 20.4% |\n"
            "| Total | 826 | 2296 | 18.6% |\n"
            "Source: Harbor Point Health Research, Pharmacy Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("Dispensing robots and central-fill automation", 2024, 412, "USD million", "actual"),
            ("Dispensing robots and central-fill automation", 2030, 1046, "USD million", "estimate"),
            ("Prescription checking and drug-interaction alerts", 2024, 238, "USD million", "actual"),
            ("Prescription checking and drug-interaction alerts", 2030, 712, "USD million", "estimate"),
            ("Demand forecasting and replenishment", 2024, 176, "USD million", "actual"),
            ("Demand forecasting and replenishment", 2030, 538, "USD million", "estimate"),
            ("Total", 2024, 826, "USD million", "actual"),
            ("Total", 2030, 2296, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1046 / 412) ** (1 / 6) - 1 = 16.80% -> 16.8
            ("cagr|implied", "exact"),  # (712 / 238) ** (1 / 6) - 1 = 20.04% -> 20.0
            # (538 / 176) ** (1 / 6) - 1 = 20.47% -> 20.5, not 20.4; bounds (537.5 / 176.5) ** (1/6) - 1 = 20.39%,
            # (538.5 / 175.5) ** (1/6) - 1 = 20.55% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2296 / 826) ** (1 / 6) - 1 = 18.58% -> 18.6
            ("hierarchy", "exact"),  # 2024: 412 + 238 + 176 = 826
            ("hierarchy", "exact"),  # 2030F: 1046 + 712 + 538 = 2296
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表3 2023—2025年中国药店AI应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能发药机器人\t14.2\t18.5\t23.6\n"
            "AI处方审核\t7.8\t10.4\t13.7\n"
            "智能补货与需求预测\t5.3\t7.1\t9.5\n"
            "AI药师问诊与线上购药分诊\t6.6\t9.2\t12.8\n"
            "合计\t33.9\t45.2\t59.7\n"
            "资料来源：医药零售智能化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能发药机器人", 2023, 14.2, "CNY 100 million", "actual"),
            ("智能发药机器人", 2024, 18.5, "CNY 100 million", "actual"),
            ("智能发药机器人", 2025, 23.6, "CNY 100 million", "estimate"),
            ("AI处方审核", 2023, 7.8, "CNY 100 million", "actual"),
            ("AI处方审核", 2024, 10.4, "CNY 100 million", "actual"),
            ("AI处方审核", 2025, 13.7, "CNY 100 million", "estimate"),
            ("智能补货与需求预测", 2023, 5.3, "CNY 100 million", "actual"),
            ("智能补货与需求预测", 2024, 7.1, "CNY 100 million", "actual"),
            ("智能补货与需求预测", 2025, 9.5, "CNY 100 million", "estimate"),
            ("AI药师问诊与线上购药分诊", 2023, 6.6, "CNY 100 million", "actual"),
            ("AI药师问诊与线上购药分诊", 2024, 9.2, "CNY 100 million", "actual"),
            ("AI药师问诊与线上购药分诊", 2025, 12.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 33.9, "CNY 100 million", "actual"),
            ("合计", 2024, 45.2, "CNY 100 million", "actual"),
            ("合计", 2025, 59.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.2 + 7.8 + 5.3 + 6.6 = 33.9
            ("hierarchy", "exact"),  # 2024: 18.5 + 10.4 + 7.1 + 9.2 = 45.2
            # 2025E: 23.6 + 13.7 + 9.5 + 12.8 = 59.6, not 59.7; bounds 59.4..59.8 (each part +/-0.05) reach
            # 59.65..59.75 -> 59.7 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (United Kingdom, GBP million, 2024) with a share column and a Total row: four shares
    #     (the independent pharmacies' 18.6% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the 10,500 community pharmacies.
    dict(
        text=(
            "United Kingdom: AI pharmacy spend by pharmacy type, 2024\n"
            "Pharmacy type                              GBP m      Share\n"
            "Large multiple chains                       48.6      42.6%\n"
            "Independent community pharmacies            21.3      18.6%\n"
            "Online and distance-selling pharmacies      17.9      15.7%\n"
            "Hospital pharmacies                         26.4      23.1%\n"
            "Total                                      114.2     100.0%\n"
            "Note 3: England has about 10,500 community pharmacies. Source: Pennine Pharmacy Economics Monitor."
        ),
        obs=[
            ("Large multiple chains", 2024, 48.6, "GBP million", "actual"),
            ("Independent community pharmacies", 2024, 21.3, "GBP million", "actual"),
            ("Online and distance-selling pharmacies", 2024, 17.9, "GBP million", "actual"),
            ("Hospital pharmacies", 2024, 26.4, "GBP million", "actual"),
            ("Total", 2024, 114.2, "GBP million", "actual"),
        ],
        claims=[
            ("share", 42.6, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 15.7, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 114.2 = 42.56% -> 42.6
            # 21.3 / 114.2 = 18.651% -> 18.7, not 18.6; bounds 21.25 / 114.25 = 18.600%, 21.35 / 114.15 = 18.703%
            # -> 18.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 17.9 / 114.2 = 15.67% -> 15.7
            ("arithmetic", "exact"),  # 26.4 / 114.2 = 23.12% -> 23.1
            ("hierarchy", "exact"),  # 48.6 + 21.3 + 17.9 + 26.4 = 114.2
        ],
    ),
    # 19. Vertical table (South Korea) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 21.6% is inconsistent. Expected nowhere: the
    #     source's month and year, the won conversion rate, the 25,000 pharmacies, the 2021 dash.
    dict(
        text=(
            "South Korea: AI pharmacy automation and prescription-software spending\n"
            "Year | USD million | YoY\n"
            "2021 | 48.2 | -\n"
            "2022 | 63.5 | 31.7%\n"
            "2023 | 82.9 | 30.6%\n"
            "2024 | 104.6 | 21.6%\n"
            "2025E | 131.0 | 25.2%\n"
            "Source: Hangang Health Data, June 2025; won spending converted at ₩1,350 to the dollar; the country has "
            "about 25,000 pharmacies. E = estimate."
        ),
        obs=[
            ("Total", 2021, 48.2, "USD million", "actual"),
            ("Total", 2022, 63.5, "USD million", "actual"),
            ("Total", 2023, 82.9, "USD million", "actual"),
            ("Total", 2024, 104.6, "USD million", "actual"),
            ("Total", 2025, 131.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2021, 2022, 1.0),
            ("growth", 30.6, "percent", 2022, 2023, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.5 / 48.2) ** (1 / 1) - 1 = 31.74% -> 31.7
            ("cagr|implied", "exact"),  # (82.9 / 63.5) ** (1 / 1) - 1 = 30.55% -> 30.6
            # (104.6 / 82.9) ** (1 / 1) - 1 = 26.18% -> 26.2, not 21.6; bounds 104.55 / 82.95 - 1 = 26.04%,
            # 104.65 / 82.85 - 1 = 26.31% -> 21.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (131.0 / 104.6) ** (1 / 1) - 1 = 25.24% -> 25.2
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but not in 2025F (215 printed, 205 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     conversion from Canadian dollars.
    dict(
        text=(
            "Canada: AI in pharmacies and drug plans by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI dispensing and compliance-packaging robots\t54\t66\t81\n"
            "AI prescription checking and drug-interaction alerts\t31\t39\t49\n"
            "AI pharmacist chatbots and online triage\t18\t25\t34\n"
            "AI claims review for drug plans\t27\t33\t41\n"
            "Total\t130\t163\t215\n"
            "Source: Maple Rx Data Tracker; figures converted from Canadian dollars at average annual rates."
        ),
        obs=[
            ("AI dispensing and compliance-packaging robots", 2023, 54, "USD million", "actual"),
            ("AI dispensing and compliance-packaging robots", 2024, 66, "USD million", "actual"),
            ("AI dispensing and compliance-packaging robots", 2025, 81, "USD million", "estimate"),
            ("AI prescription checking and drug-interaction alerts", 2023, 31, "USD million", "actual"),
            ("AI prescription checking and drug-interaction alerts", 2024, 39, "USD million", "actual"),
            ("AI prescription checking and drug-interaction alerts", 2025, 49, "USD million", "estimate"),
            ("AI pharmacist chatbots and online triage", 2023, 18, "USD million", "actual"),
            ("AI pharmacist chatbots and online triage", 2024, 25, "USD million", "actual"),
            ("AI pharmacist chatbots and online triage", 2025, 34, "USD million", "estimate"),
            ("AI claims review for drug plans", 2023, 27, "USD million", "actual"),
            ("AI claims review for drug plans", 2024, 33, "USD million", "actual"),
            ("AI claims review for drug plans", 2025, 41, "USD million", "estimate"),
            ("Total", 2023, 130, "USD million", "actual"),
            ("Total", 2024, 163, "USD million", "actual"),
            ("Total", 2025, 215, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 54 + 31 + 18 + 27 = 130
            ("hierarchy", "exact"),  # 2024: 66 + 39 + 25 + 33 = 163
            # 2025F: 81 + 49 + 34 + 41 = 205, not 215; bounds 203..207 (each part +/-0.5) miss 214.5..215.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the dateline, the
    #     quarter's revenue, the gross margin, the 3,150 installed robots, the $1.4 million system price, the more
    #     than $600 billion of prescription drugs dispensed.
    dict(
        text=(
            "Corvel Rx Automation Q2 2025 earnings call, August 7, 2025 - Q&A\n"
            "Analyst (Priya Lennox, Harwick Securities): How do you size the opportunity beyond the robots themselves?\n"
            "CEO Daniel Ostrow: We put the total addressable market for AI-driven pharmacy automation in the U.S. and "
            "Canada, meaning dispensing robots, vial and blister packaging lines and the software that schedules and "
            "verifies them, at about $4.6 billion this year, up 28% from $3.6 billion last year. We see it reaching "
            "$11.2 billion by 2030, a compound annual growth rate of roughly 19% from 2025 to 2030. Put that beside the "
            "more than $600 billion of prescription drugs U.S. pharmacies dispense each year and you can see how early "
            "we are. For our part, second-quarter revenue was $214 million at a 52% gross margin, our installed base "
            "passed 3,150 robots, and a central-fill system lists at around $1.4 million."
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2025, 4.6, "USD billion", "estimate"),
            ("Total", 2030, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.6) ** (1 / 1) - 1 = 27.78% -> 28
            ("cagr|implied", "exact"),  # (11.2 / 4.6) ** (1 / 5) - 1 = 19.48% -> 19
        ],
    ),
    # 22. German working-paper abstract (EUR million): YoY with both amounts (rounding only), a 2030 figure printed in
    #     billions (€0.61 billion) converted to the series' unit, CAGR with printed span. Expected nowhere: the paper
    #     number, the 2,300 pharmacies sampled, the 17,000 pharmacies and 720 million prescriptions, the €65 billion
    #     pharmacy turnover, the CHF 19 million Swiss aside (francs are not in the unit table).
    dict(
        text=(
            "Discussion Paper No. 25-031, Rhein-Neckar Institute for Health Economics. Abstract: Using licence and "
            "invoice records from 2,300 pharmacies, we estimate what German community and hospital pharmacies spend on "
            "AI prescription checking and drug-interaction alert software. Spending rose from €118.4 million in 2023 to "
            "€151.2 million in 2024, an increase of 27.8%. In our baseline scenario outlays reach €0.61 billion by 2030, "
            "implying a compound annual growth rate of 26.2% over 2024-2030. The country's roughly 17,000 community "
            "pharmacies filled some 720 million prescriptions in 2024 against pharmacy turnover of about €65 billion, "
            "so the AI slice remains tiny. A parallel estimate for Switzerland, CHF 19 million, is reported in the "
            "appendix. Keywords: pharmacy, clinical decision support, technology adoption."
        ),
        obs=[
            ("Total", 2023, 118.4, "EUR million", "actual"),
            ("Total", 2024, 151.2, "EUR million", "actual"),
            ("Total", 2030, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("cagr", 26.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (151.2 / 118.4) ** (1 / 1) - 1 = 27.70% -> 27.7, not 27.8; bounds 151.15 / 118.45 - 1 = 27.61%,
            # 151.25 / 118.35 - 1 = 27.80% -> 27.8 reached only by some reading
            ("cagr|implied", "rounding"),
            # (610 / 151.2) ** (1 / 6) - 1 = 26.17% -> 26.2
            ("cagr|implied", "exact"),
        ],
    ),
    # 23. Numbered social-media thread on Hong Kong (HKD million): YoY with both amounts, a part with its share, a
    #     2029 figure printed as HK$1.18 billion converted to the series' unit, a CAGR with printed span that no reading
    #     reaches (inconsistent). Expected nowhere: the 600 community pharmacies, the HK$2.5 million robot price, the
    #     HK$19 billion of drug retail sales, the 210 pharmacists polled and their 58%.
    dict(
        text=(
            "1/ Someone finally put a number on Hong Kong's pharmacy robots. Harbourline Health Insights sized the "
            "market for AI dispensing and pharmacy automation this week. Short thread.\n"
            "2/ Spending reached HK$642 million in 2024, up 17% from HK$548 million in 2023.\n"
            "3/ Automated packaging robots with AI verification made up HK$279 million of that, about 43%.\n"
            "4/ Harbourline expects HK$1.18 billion by 2029 and calls that a CAGR of 15% over 2024-2029.\n"
            "5/ For scale: the city has roughly 600 community pharmacies, drug retail sales run to some HK$19 billion "
            "a year, and a mid-size packaging robot costs around HK$2.5 million.\n"
            "6/ In their poll of 210 pharmacists, 58% said staff shortages, not cost, were the main reason to "
            "automate. /end"
        ),
        obs=[
            ("Total", 2023, 548, "HKD million", "actual"),
            ("Total", 2024, 642, "HKD million", "actual"),
            ("Automated packaging robots with AI verification", 2024, 279, "HKD million", "actual"),
            ("Total", 2029, 1180, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (642 / 548) ** (1 / 1) - 1 = 17.15% -> 17
            ("arithmetic", "exact"),  # 279 / 642 = 43.46% -> 43
            # (1180 / 642) ** (1 / 5) - 1 = 12.95%; bounds (1175 / 642.5) ** (1/5) - 1 = 12.83%,
            # (1185 / 641.5) ** (1/5) - 1 = 13.06% -> 15 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dutch web article with a correction line (EUR million): YoY with both amounts, two parts, one with its share.
    #     Expected nowhere: the misprinted €74 million, the 2,000 community pharmacies, their €5.6 billion turnover,
    #     the 71% survey answer, the update date.
    dict(
        text=(
            "Dutch pharmacy chains turn to AI to keep shelves stocked\n"
            "By Femke de Wit, Apotheek Vandaag Online, updated 9 April 2025\n"
            "Pharmacy chains and wholesalers in the Netherlands spent €47 million on AI demand-forecasting and "
            "stock-replenishment software in 2024, 34% more than the €35 million spent in 2023, according to the Utrecht "
            "consultancy Grachtveld Health Advisory. Chain pharmacies accounted for €29 million, or 62% of the total, "
            "while independent pharmacies and their purchasing groups made up the remaining €18 million. The country "
            "has about 2,000 community pharmacies with combined turnover of some €5.6 billion a year, and in "
            "Grachtveld's survey 71% of pharmacists said they had faced at least one medicine shortage in the past "
            "month.\n"
            "Correction: An earlier version of this article put 2024 spending at €74 million. The correct figure is "
            "€47 million."
        ),
        obs=[
            ("Total", 2023, 35, "EUR million", "actual"),
            ("Total", 2024, 47, "EUR million", "actual"),
            ("Chain pharmacies", 2024, 29, "EUR million", "actual"),
            ("Independent pharmacies and their purchasing groups", 2024, 18, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (47 / 35) ** (1 / 1) - 1 = 34.29% -> 34
            ("arithmetic", "exact"),  # 29 / 47 = 61.70% -> 62
        ],
    ),
    # 25. UK annual-report letter to shareholders (GBP million), dated 2025: "last year" is 2024 (actual); YoY with
    #     both amounts; "nearly £0.25 billion" by 2028 (printed figure, estimate) converted to the series' unit; the
    #     CAGR's span is given only by the amounts' years (inferred) and holds only by rounding. Expected nowhere: the
    #     £11 billion of community medicines, the company's revenue, growth and margin, the 4.6 million conversations,
    #     the 1,900 partner pharmacies, the letter's date.
    dict(
        text=(
            "Letter from the Chair\n"
            "2024 was the year the pharmacy counter moved online. By our estimate, UK community and online pharmacies "
            "spent £86 million on AI pharmacist chatbots and online symptom-triage tools last year, up 23% from £70 "
            "million in 2023, and we expect the market to be worth nearly £0.25 billion by 2028, growth of about 30% a "
            "year. That is still a sliver of the £11 billion the NHS spends on medicines dispensed in the community. "
            "Dispensly's own revenue rose 38% to £41.7 million, our adjusted operating margin reached 11%, and our "
            "assistant handled 4.6 million patient conversations on behalf of 1,900 partner pharmacies.\n"
            "Margaret Ellery, Chair, Dispensly plc, Leeds, 18 March 2025"
        ),
        obs=[
            ("Total", 2023, 70, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Total", 2028, 250, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 70) ** (1 / 1) - 1 = 22.86% -> 23
            # (250 / 86) ** (1 / 4) - 1 = 30.58% -> 31, not 30; bounds (245 / 86.5) ** (1/4) - 1 = 29.73%,
            # (255 / 85.5) ** (1/4) - 1 = 31.42% -> 30 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Nashville investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E and
    #     2029E are estimates; two CAGRs with printed spans. Expected nowhere: the slide number, the 6.5 billion claims,
    #     the company's revenue and margin, the Series E round and valuation.
    dict(
        text=(
            "Scriptwise Health Investor Day, Nashville, May 14, 2025\n"
            "Slide 9: AI review of pharmacy-benefit claims\n"
            "- Market: AI prior-authorization and pharmacy-claims review for U.S. PBMs, health plans and employers\n"
            "- 2023 TAM: $2.1B\n"
            "- 2025E TAM: $3.4B\n"
            "- 2029E TAM: $7.9B\n"
            "- 2023-2025E CAGR: 27%\n"
            "- 2025E-2029E CAGR: 23%\n"
            "- U.S. pharmacy claims adjudicated: ~6.5B a year\n"
            "- Scriptwise FY2024 revenue: $318M; adj. EBITDA margin 17%\n"
            "- Series E (2024): $210M raised at a $3.1B valuation"
        ),
        obs=[
            ("Total", 2023, 2.1, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2023, 2025, None, "stated"),
            ("cagr", 23, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.1) ** (1 / 2) - 1 = 27.24% -> 27
            ("cagr|implied", "exact"),  # (7.9 / 3.4) ** (1 / 4) - 1 = 23.46% -> 23
        ],
    ),
    # 27. Forum answer quoting two research houses (USD million): the first house's figures are the snippet's; YoY with
    #     both amounts; a 2030 figure printed as $1.85 billion converted to the series' unit; CAGR with printed span
    #     (rounding only). Expected nowhere: the second house's $780 million for 2024, the $450 billion of retail
    #     prescriptions, the 300 scripts a shift, the $9,000 workstation fee, the $40 million round and $310 million
    #     valuation, the points.
    dict(
        text=(
            "Re: How big is the US market for AI drug-interaction checking?\n"
            "Reply from rph_nightshift (31 points)\n"
            "Depends on whose report you read. Bellhaven Research puts what U.S. pharmacies and health systems spend on "
            "AI prescription-verification and drug-interaction alert software at $612 million in 2024, up 24% from $494 "
            "million in 2023, and projects $1.85 billion in 2030, a CAGR of 20.3% over 2024-2030. Orrin Partners is far "
            "more bullish and has 2024 at $780 million. Both are a rounding error next to the roughly $450 billion "
            "Americans spent on retail prescriptions. Anecdotally, I verify about 300 scripts a shift, our chain pays "
            "around $9,000 a year per verification workstation, and the vendor we use just closed a $40 million Series "
            "B at a $310 million valuation."
        ),
        obs=[
            ("Total", 2023, 494, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 1850, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 494) ** (1 / 1) - 1 = 23.89% -> 24
            # (1850 / 612) ** (1 / 6) - 1 = 20.25% -> 20.2, not 20.3; bounds (1845 / 612.5) ** (1/6) - 1 = 20.18%,
            # (1855 / 611.5) ** (1/6) - 1 = 20.32% -> 20.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Korean broker note in won: won are not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the ₩312
    #     billion, the 25,000 pharmacies, the ₩1.5 billion dispensing line, the target price and upside, the pick's
    #     December-quarter margin.
    dict(
        text=(
            "Hanbit Securities, Korea Healthcare, Seoul, 3 March 2025\n"
            "Robots behind the counter. We size Korea's market for AI pharmacy automation, covering dispensing robots, "
            "automatic tablet packagers and AI prescription checking, at ₩312 billion in 2024, up 26% year on year, and "
            "forecast a CAGR of 19% over 2024-2029 as pharmacist shortages bite. Hospital outpatient pharmacies account "
            "for 37% of the spend. Korea has about 25,000 community pharmacies, and a fully automated dispensing line "
            "costs roughly ₩1.5 billion. Our top pick, Daon MediTech (BUY, TP ₩48,000, 35% upside), posted a 14% "
            "operating margin in the December quarter."
        ),
        obs=[],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 今年 figure (2025,
    #     有望突破, printed figure, estimate). Expected nowhere: the dateline, the 67万 pharmacies, the 5,900亿元 drug
    #     retail sales, the 81万 licensed pharmacists.
    dict(
        text=(
            "新华社上海2025年4月16日电(记者林书远)记者从中国药店数字化发展联盟获悉,2024年我国药店人工智能应用市场规模"
            "达到72.6亿元,较2023年的55.1亿元增长31.8%。其中,智能发药机器人及药房自动化市场规模为30.4亿元,占比41.9%。"
            "联盟预计,今年我国药店人工智能应用市场规模有望突破95亿元。数据显示,截至2024年底全国零售药店约67万家,全年"
            "药品零售市场销售额约5,900亿元,注册执业药师约81万人。业内人士表示,AI正在把药师从“数药片”中解放出来,转向"
            "用药咨询和慢病管理。"
        ),
        obs=[
            ("Total", 2023, 55.1, "CNY 100 million", "actual"),
            ("Total", 2024, 72.6, "CNY 100 million", "actual"),
            ("智能发药机器人及药房自动化", 2024, 30.4, "CNY 100 million", "actual"),
            ("Total", 2025, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("share", 41.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72.6 / 55.1) ** (1 / 1) - 1 = 31.76% -> 31.8
            ("arithmetic", "exact"),  # 30.4 / 72.6 = 41.87% -> 41.9
        ],
    ),
    # 30. Suzhou municipal plan (Simplified, 万元): 2024 base 6,800万元 (actual) and a 2027 target printed as 1.2亿元
    #     (突破, printed figure, estimate) expected converted to the series' unit (12,000 万元); the CAGR's span is
    #     given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 300 smart
    #     pharmacies, the 200 dispensing robots, the 1,500 pharmacists trained, the 420亿元 drug retail total.
    dict(
        text=(
            "《苏州市智慧药房建设三年行动计划(2025—2027年)》日前印发。计划提出,推动人工智能在处方审核、智能发药、用药"
            "咨询和药品需求预测等环节的应用。2024年,全市药品零售领域人工智能应用规模为6,800万元;到2027年,力争规模突破"
            "1.2亿元,年均增长约21%。计划同时明确,到2027年建成智慧药房300家,配备智能发药机器人200台,培训具备AI应用"
            "能力的执业药师1,500名。2024年全市药品零售总额约为420亿元。"
        ),
        obs=[
            ("Total", 2024, 6800, "CNY 10 thousand", "actual"),
            ("Total", 2027, 12000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12000 / 6800) ** (1 / 3) - 1 = 20.84% -> 21
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a part with its share, a CAGR with
    #     printed span. Expected nowhere: the release day, the 7,100 contracted pharmacies, the 1,150億元 of pharmacy
    #     drug sales, the 420 pharmacists surveyed and their 64%.
    dict(
        text=(
            "【台北訊】台灣醫藥通路研究中心今(8)日發布調查指出,2024年台灣藥局與藥妝通路AI應用市場規模達新台幣21.4億元,"
            "較2023年的16.3億元成長31.3%;其中,AI需求預測與自動補貨系統為8.6億元,占整體市場40.2%。中心預估,2028年"
            "市場規模將達新台幣52億元,2024至2028年年複合成長率約25%。調查另指出,全台健保特約藥局約7,100家,2024年藥局"
            "通路藥品銷售額約新台幣1,150億元;受訪的420位藥師中有64%表示已使用AI查核處方。"
        ),
        obs=[
            ("Total", 2023, 16.3, "TWD 100 million", "actual"),
            ("Total", 2024, 21.4, "TWD 100 million", "actual"),
            ("AI需求預測與自動補貨系統", 2024, 8.6, "TWD 100 million", "actual"),
            ("Total", 2028, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 40.2, "percent", 2024, 2024, None),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4 / 16.3) ** (1 / 1) - 1 = 31.29% -> 31.3
            ("arithmetic", "exact"),  # 8.6 / 21.4 = 40.19% -> 40.2
            ("cagr|implied", "exact"),  # (52 / 21.4) ** (1 / 4) - 1 = 24.85% -> 25
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts that no reading reaches
    #     (inconsistent), a CAGR with printed span. Expected nowhere: the report's title year, the shares given only as
    #     fractions in words (約佔六成, 約佔三成), the 600 community pharmacies, the 1,700萬 prescriptions, the 190億港元
    #     drug retail total.
    dict(
        text=(
            "香港藥劑科技協會今日發表《2025香港智慧用藥安全報告》,指出2024年本港社區藥房及醫院藥劑部在AI處方審核與藥物"
            "相互作用警示方面的支出為6.8億港元,較2023年的5.4億港元按年增長22%。報告預期,有關市場規模於2027年將升至"
            "12.6億港元,2024至2027年年均複合增長率約23%。按使用場景劃分,醫院藥劑部約佔六成,連鎖藥房約佔三成。協會指出,"
            "全港現有社區藥房約600間,公立醫院每年配發處方約1,700萬張,本港藥物零售總額約為190億港元,AI應用仍屬起步階段。"
        ),
        obs=[
            ("Total", 2023, 5.4, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("Total", 2027, 12.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (6.8 / 5.4) ** (1 / 1) - 1 = 25.93%; bounds 6.75 / 5.45 - 1 = 23.85%, 6.85 / 5.35 - 1 = 28.04%
            # -> 22 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (12.6 / 6.8) ** (1 / 3) - 1 = 22.82% -> 23
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: 去年 2024 (約, printed figure, actual), 今年 2025 (estimate)
    #     with a YoY that holds only by rounding, a 2028 figure (上看, estimate), a CAGR with printed span. The title's
    #     5億 is the less precise statement of the 2025 figure (5.2). Expected nowhere: the post time, the 3.2萬
    #     pharmacists, the 850元 average order, the 55% survey answer.
    dict(
        text=(
            "作者 pharmpika (藥師皮卡)\n"
            "看板 Pharmacy\n"
            "標題 [情報] 台灣AI藥師聊天機器人市場 今年估破5億\n"
            "時間 Wed May 21 22:14:09 2025\n"
            "1.新聞來源:經貿日報網\n"
            "2.內容:市調機構「澄觀數據」昨日公布,台灣AI藥師聊天機器人與網路藥局分流服務市場規模,去年約新台幣3.9億元,"
            "預估今年成長32%至5.2億元,2028年上看11億元,2024至2028年複合成長率約30%。報告提到,全台執業藥師約3.2萬人,"
            "網路藥局單筆訂單平均約新台幣850元。\n"
            "3.心得:值夜班被問到爆的時候真的很希望有AI先幫忙分流,不過報告也說受訪民眾有55%還是比較相信真人藥師。"
        ),
        obs=[
            ("Total", 2024, 3.9, "TWD 100 million", "actual"),
            ("Total", 2025, 5.2, "TWD 100 million", "estimate"),
            ("Total", 2028, 11, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
            ("cagr", 30, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (5.2 / 3.9) ** (1 / 1) - 1 = 33.33% -> 33, not 32; bounds 5.15 / 3.95 - 1 = 30.38%,
            # 5.25 / 3.85 - 1 = 36.36% -> 32 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (11 / 3.9) ** (1 / 4) - 1 = 29.59% -> 30
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts that no
    #     reading reaches (inconsistent). Expected nowhere: the report date, the 12亿张 prescriptions, the 6万元
    #     machine price, the target price and upside, the pick's revenue, growth and gross margin, its 4亿元 round
    #     and 60亿元 valuation.
    dict(
        text=(
            "【东岳证券】医药零售AI深度报告:处方审核迈入智能时代(2025年6月12日)\n"
            "摘要:我们测算,2024年我国零售药店AI处方审核与合理用药提示系统市场规模为18.7亿元,较2023年的13.9亿元同比增长"
            "38%;预计2027年市场规模将达到40—48亿元。处方外流加速与医保智能监管趋严是主要驱动力。2024年全国零售药店承接"
            "外流处方约12亿张,一台智能审方一体机售价约6万元。首次覆盖给予行业“推荐”评级,重点推荐方舟药联(目标价42元,"
            "上涨空间28%),公司2024年营业收入7.6亿元,同比增长24%,毛利率51%;公司近期完成C轮融资4亿元,投后估值60亿元。"
        ),
        obs=[
            ("Total", 2023, 13.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("value", 40, "CNY 100 million", 2027, 2027, None),
            ("value", 48, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (18.7 / 13.9) ** (1 / 1) - 1 = 34.53%; bounds 18.65 / 13.95 - 1 = 33.69%, 18.75 / 13.85 - 1 = 35.38%
            # -> 38 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Pharmacy chain's results-briefing transcript (Simplified, 亿元), dated 2025: 去年 2024 (大约, printed figure,
    #     actual), 今年 2025 (有望, estimate) with a YoY that holds only by rounding, 2028 (接近, printed figure,
    #     estimate), a CAGR with printed span (今年到2028年). Expected nowhere: the chain's revenue and gross margin, the
    #     first quarter's revenue and growth, the 4,260 stores, the 12% share target.
    dict(
        text=(
            "康途医药2024年度业绩说明会文字实录(2025年5月9日)\n"
            "投资者:请问公司如何看待连锁药店AI需求预测与智能补货的市场空间?\n"
            "董事长 何振邦:据我们测算,国内连锁药店AI需求预测与智能补货系统的市场规模去年大约是26亿元,今年有望达到34亿元"
            "左右,同比增长约30%;到2028年接近60亿元,今年到2028年年均复合增长约21%。公司去年实现营业收入48.3亿元,毛利率"
            "33.6%,今年一季度营收12.9亿元,同比增长9%;截至3月末公司门店总数4,260家。我们的目标是到2028年在这一细分市场"
            "占据12%的份额。"
        ),
        obs=[
            ("Total", 2024, 26, "CNY 100 million", "actual"),
            ("Total", 2025, 34, "CNY 100 million", "estimate"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (34 / 26) ** (1 / 1) - 1 = 30.77% -> 31, not 30; bounds 33.5 / 26.5 - 1 = 26.42%,
            # 34.5 / 25.5 - 1 = 35.29% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (60 / 34) ** (1 / 3) - 1 = 20.84% -> 21
        ],
    ),
    # 36. Markdown table by segment (EUR million, France) with a CAGR column; 2028F is an estimate; rows add to the
    #     Total row; the demand-forecasting CAGR holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the source's date, the EUR 38 billion of medicines and 20,000 outlets in the note.
    dict(
        text=(
            "Table 2. France: AI in pharmacies by segment, 2023-2028F (EUR million)\n"
            "| Segment | 2023 | 2024 | 2028F | CAGR 2024-28 |\n"
            "|---|---|---|---|---|\n"
            "| Dispensing robots and pharmacy automation | 96 | 118 | 231 | 18.3% |\n"
            "| Prescription checking and interaction alerts | 54 | 69 | 142 | 19.8% |\n"
            "| Demand forecasting and replenishment | 38 | 49 | 108 | 22.0% |\n"
            "| Pharmacist chatbots and online triage | 17 | 24 | 61 | 26.3% |\n"
            "| Total | 205 | 260 | 542 | 20.2% |\n"
            "Source: Officine Data Conseil, Lyon, March 2025. Note: F = forecast. French community pharmacies sold "
            "about EUR 38 billion of medicines in 2024 through some 20,000 outlets."
        ),
        obs=[
            ("Dispensing robots and pharmacy automation", 2023, 96, "EUR million", "actual"),
            ("Dispensing robots and pharmacy automation", 2024, 118, "EUR million", "actual"),
            ("Dispensing robots and pharmacy automation", 2028, 231, "EUR million", "estimate"),
            ("Prescription checking and interaction alerts", 2023, 54, "EUR million", "actual"),
            ("Prescription checking and interaction alerts", 2024, 69, "EUR million", "actual"),
            ("Prescription checking and interaction alerts", 2028, 142, "EUR million", "estimate"),
            ("Demand forecasting and replenishment", 2023, 38, "EUR million", "actual"),
            ("Demand forecasting and replenishment", 2024, 49, "EUR million", "actual"),
            ("Demand forecasting and replenishment", 2028, 108, "EUR million", "estimate"),
            ("Pharmacist chatbots and online triage", 2023, 17, "EUR million", "actual"),
            ("Pharmacist chatbots and online triage", 2024, 24, "EUR million", "actual"),
            ("Pharmacist chatbots and online triage", 2028, 61, "EUR million", "estimate"),
            ("Total", 2023, 205, "EUR million", "actual"),
            ("Total", 2024, 260, "EUR million", "actual"),
            ("Total", 2028, 542, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 26.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (231 / 118) ** (1 / 4) - 1 = 18.29% -> 18.3
            ("cagr|implied", "exact"),  # (142 / 69) ** (1 / 4) - 1 = 19.77% -> 19.8
            # (108 / 49) ** (1 / 4) - 1 = 21.85% -> 21.8, not 22.0; bounds (107.5 / 49.5) ** (1/4) - 1 = 21.40%,
            # (108.5 / 48.5) ** (1/4) - 1 = 22.30% -> 22.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (61 / 24) ** (1 / 4) - 1 = 26.26% -> 26.3
            ("cagr|implied", "exact"),  # (542 / 260) ** (1 / 4) - 1 = 20.16% -> 20.2
            ("hierarchy", "exact"),  # 2023: 96 + 54 + 38 + 17 = 205
            ("hierarchy", "exact"),  # 2024: 118 + 69 + 49 + 24 = 260
            ("hierarchy", "exact"),  # 2028F: 231 + 142 + 108 + 61 = 542
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years, with a YoY column: rows add to the Total
    #     row. Expected nowhere: the exhibit number, the 146 chains surveyed, the source's date, the JPY 11 trillion
    #     of prescription and OTC sales in the note.
    dict(
        text=(
            "Exhibit 4: Japan, AI spending by drugstore and dispensing-pharmacy chains (JPY billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "AI dispensing robots and automated packaging\t31.4\t36.9\t17.5%\n"
            "AI prescription audit and interaction alerts\t12.8\t15.7\t22.7%\n"
            "AI demand forecasting and auto-replenishment\t9.7\t12.3\t26.8%\n"
            "AI medication-guidance chat\t4.2\t5.9\t40.5%\n"
            "Total\t58.1\t70.8\t21.9%\n"
            "Note: fiscal years ending March. Source: Shinbashi Retail Health Research, survey of 146 chains, June "
            "2025. Excludes the chains' prescription and OTC sales (about JPY 11 trillion)."
        ),
        obs=[
            ("AI dispensing robots and automated packaging", 2023, 31.4, "JPY billion", "actual"),
            ("AI dispensing robots and automated packaging", 2024, 36.9, "JPY billion", "actual"),
            ("AI prescription audit and interaction alerts", 2023, 12.8, "JPY billion", "actual"),
            ("AI prescription audit and interaction alerts", 2024, 15.7, "JPY billion", "actual"),
            ("AI demand forecasting and auto-replenishment", 2023, 9.7, "JPY billion", "actual"),
            ("AI demand forecasting and auto-replenishment", 2024, 12.3, "JPY billion", "actual"),
            ("AI medication-guidance chat", 2023, 4.2, "JPY billion", "actual"),
            ("AI medication-guidance chat", 2024, 5.9, "JPY billion", "actual"),
            ("Total", 2023, 58.1, "JPY billion", "actual"),
            ("Total", 2024, 70.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 40.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 36.9 / 31.4 - 1 = 17.52% -> 17.5
            ("cagr|implied", "exact"),  # 15.7 / 12.8 - 1 = 22.66% -> 22.7
            ("cagr|implied", "exact"),  # 12.3 / 9.7 - 1 = 26.80% -> 26.8
            ("cagr|implied", "exact"),  # 5.9 / 4.2 - 1 = 40.48% -> 40.5
            ("cagr|implied", "exact"),  # 70.8 / 58.1 - 1 = 21.86% -> 21.9
            ("hierarchy", "exact"),  # FY2023: 31.4 + 12.8 + 9.7 + 4.2 = 58.1
            ("hierarchy", "exact"),  # FY2024: 36.9 + 15.7 + 12.3 + 5.9 = 70.8
        ],
    ),
    # 38. Space-aligned Australian table (US$ million, 2024) with a share column: rows add to the Total row; the
    #     Total's 100.0% is no claim; the dispensing-robot share holds only by rounding. Expected nowhere: the 5,900
    #     community pharmacies and their dispensing revenue, the source's date.
    dict(
        text=(
            "Australia: AI spending in community pharmacy by application, 2024\n"
            "Application                                  US$ million    Share\n"
            "Dispensing robots and automation                    84.6    48.9%\n"
            "Prescription checking and interaction alerts        41.3    23.8%\n"
            "Stock forecasting for pharmacy groups               27.5    15.9%\n"
            "Chatbots and online-pharmacy triage                 19.8    11.4%\n"
            "Total                                              173.2   100.0%\n"
            "Note: converted from Australian dollars at the 2024 average rate; excludes the dispensing revenue of the "
            "country's 5,900 community pharmacies. Source: Southern Cross Pharmacy Analytics, Melbourne, April 2025."
        ),
        obs=[
            ("Dispensing robots and automation", 2024, 84.6, "USD million", "actual"),
            ("Prescription checking and interaction alerts", 2024, 41.3, "USD million", "actual"),
            ("Stock forecasting for pharmacy groups", 2024, 27.5, "USD million", "actual"),
            ("Chatbots and online-pharmacy triage", 2024, 19.8, "USD million", "actual"),
            ("Total", 2024, 173.2, "USD million", "actual"),
        ],
        claims=[
            ("share", 48.9, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
            ("share", 11.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 84.6 / 173.2 = 48.845% -> 48.8, not 48.9; bounds 84.55 / 173.25 = 48.802%, 84.65 / 173.15 = 48.888%
            # -> 48.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 41.3 / 173.2 = 23.85% -> 23.8
            ("arithmetic", "exact"),  # 27.5 / 173.2 = 15.88% -> 15.9
            ("arithmetic", "exact"),  # 19.8 / 173.2 = 11.43% -> 11.4
            ("hierarchy", "exact"),  # 84.6 + 41.3 + 27.5 + 19.8 = 173.2
        ],
    ),
    # 39. Vertical pipe table whose rows are years (US$ million, Canada), two value columns: each figure belongs to its
    #     column's header (Hospital pharmacies, Community pharmacies); the columns are not summed; 2025E and 2026E are
    #     estimates; the note's YoY and CAGR have printed spans. Expected nowhere: the title's year span, the 11,500
    #     pharmacies and their US$33 billion of prescription sales, the source's date.
    dict(
        text=(
            "Canada: AI medication-management software spend by pharmacy setting, 2021-2026E (US$ million)\n"
            "Year | Hospital pharmacies | Community pharmacies\n"
            "2021 | 38 | 52\n"
            "2022 | 46 | 67\n"
            "2023 | 55 | 85\n"
            "2024 | 66 | 104\n"
            "2025E | 78 | 127\n"
            "2026E | 91 | 152\n"
            "Note: E = estimate. Community pharmacies grew 22% in 2024 (2023-2024); hospital pharmacies' CAGR "
            "2024-2026E: 17.4%. Excludes the prescription sales of Canada's roughly 11,500 pharmacies (about US$33 "
            "billion). Source: Maple Ridge Health Data, Toronto, May 2025."
        ),
        obs=[
            ("Hospital pharmacies", 2021, 38, "USD million", "actual"),
            ("Hospital pharmacies", 2022, 46, "USD million", "actual"),
            ("Hospital pharmacies", 2023, 55, "USD million", "actual"),
            ("Hospital pharmacies", 2024, 66, "USD million", "actual"),
            ("Hospital pharmacies", 2025, 78, "USD million", "estimate"),
            ("Hospital pharmacies", 2026, 91, "USD million", "estimate"),
            ("Community pharmacies", 2021, 52, "USD million", "actual"),
            ("Community pharmacies", 2022, 67, "USD million", "actual"),
            ("Community pharmacies", 2023, 85, "USD million", "actual"),
            ("Community pharmacies", 2024, 104, "USD million", "actual"),
            ("Community pharmacies", 2025, 127, "USD million", "estimate"),
            ("Community pharmacies", 2026, 152, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (104 / 85) ** (1 / 1) - 1 = 22.35% -> 22
            ("cagr|implied", "exact"),  # (91 / 66) ** (1 / 2) - 1 = 17.42% -> 17.4
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(F) is an estimate; the 2024
    #     合計 holds only by rounding and the 2025 合計 exceeds its rows' sum beyond rounding (inconsistent). Expected
    #     nowhere: the table number, the source's date, the 1,100億元 of pharmacy drug sales in the note.
    dict(
        text=(
            "表3 台灣藥局AI應用支出(依通路別,單位:新台幣億元)\n"
            "通路 | 2023年 | 2024年 | 2025年(F)\n"
            "連鎖藥局 | 7.8 | 9.6 | 11.9\n"
            "社區獨立藥局 | 3.4 | 4.3 | 5.5\n"
            "醫院藥劑部 | 4.1 | 5.0 | 6.2\n"
            "網路藥局 | 1.0 | 1.6 | 2.5\n"
            "合計 | 16.3 | 20.6 | 26.6\n"
            "資料來源:寶島醫藥數據顧問,2025年4月;F為預測值;不含藥局藥品銷售額(約新台幣1,100億元)。"
        ),
        obs=[
            ("連鎖藥局", 2023, 7.8, "TWD 100 million", "actual"),
            ("連鎖藥局", 2024, 9.6, "TWD 100 million", "actual"),
            ("連鎖藥局", 2025, 11.9, "TWD 100 million", "estimate"),
            ("社區獨立藥局", 2023, 3.4, "TWD 100 million", "actual"),
            ("社區獨立藥局", 2024, 4.3, "TWD 100 million", "actual"),
            ("社區獨立藥局", 2025, 5.5, "TWD 100 million", "estimate"),
            ("醫院藥劑部", 2023, 4.1, "TWD 100 million", "actual"),
            ("醫院藥劑部", 2024, 5.0, "TWD 100 million", "actual"),
            ("醫院藥劑部", 2025, 6.2, "TWD 100 million", "estimate"),
            ("網路藥局", 2023, 1.0, "TWD 100 million", "actual"),
            ("網路藥局", 2024, 1.6, "TWD 100 million", "actual"),
            ("網路藥局", 2025, 2.5, "TWD 100 million", "estimate"),
            ("合計", 2023, 16.3, "TWD 100 million", "actual"),
            ("合計", 2024, 20.6, "TWD 100 million", "actual"),
            ("合計", 2025, 26.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 7.8 + 3.4 + 4.1 + 1.0 = 16.3
            # 2024: 9.6 + 4.3 + 5.0 + 1.6 = 20.5 vs 20.6; rows' bounds 20.3-20.7, total's 20.55-20.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(F): 11.9 + 5.5 + 6.2 + 2.5 = 26.1 vs 26.6; rows' bounds 25.9-26.3, total's 26.55-26.65
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 15, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€61 million or about 34%',
    'Rival house Cabinet Vauban Santé puts the 2024 market higher',
    'total addressable market',
    'An earlier version of this article',
    'grown nearly 3x',
    '较2023年增长2倍',
    '新台幣18.6億元',
    '億港元',
    '中央社記者陳怡君台北2025年5月8日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 104.6 | 21.6%',
    'Q2 2025 earnings call, August 7, 2025',
    'Discussion Paper No. 25-031, Rhein-Neckar Institute for Health Economics. Abstract:',
    '2/ Spending reached HK$642 million in 2024',
    'Correction: An earlier version of this article',
    'Letter from the Chair',
    '- 2025E TAM: $3.4B',
    'Orrin Partners is far more bullish',
    'Hanbit Securities, Korea Healthcare, Seoul, 3 March 2025',
    '新华社上海2025年4月16日电',
    '標題 [情報] 台灣AI藥師聊天機器人市場',
    '预计2027年市场规模将达到40—48亿元',
    '| Segment | 2023 | 2024 | 2028F | CAGR 2024-28 |',
    '合計 | 16.3 | 20.6 | 26.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 210
#: figures, 64 rates, 91 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-twenty-fourth set: 213, 64, 92 and 0
FLOORS = {"figures_found": 213, "rates_found": 64, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset226.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
