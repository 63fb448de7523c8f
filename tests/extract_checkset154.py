"""A hundred-and-fifty-fourth check set for the extractor, written blind: AI in human resources and work: AI recruiting
and candidate screening, AI interview and assessment tools, workforce planning and people analytics, AI learning
platforms for employees, AI in payroll and employee service desks, sized in money by HR-technology analysts, staffing
associations, consultancies, brokers, labour ministries and provincial talent plans, Japanese, Korean, Indian and
Australian research houses. Distractors a careful reader leaves out: jobs posted or filled, head counts, wages and
salaries, hours saved, a staffing firm's own revenue, funding rounds, a quarter's figures, the whole HR software or
staffing market beside the AI part.

Snippets 1-20: AI in human resources and work: AI recruiting and candidate screening, AI interview and assessment
tools, workforce planning and people analytics, AI learning platforms for employees, and AI in payroll and employee
service desks. Eight English prose snippets (dated press releases from HR-technology analysts, an equity broker's
sector note, a news article quoting two publishers, a staffing association yearbook, an investor-day transcript sizing
a TAM, an Indian research house, an Australian research house, a corrected research note), seven Chinese prose
snippets (a Simplified consultancy press release, a provincial action plan with targets, a Simplified news article
quoting two research firms, a Simplified broker note using 去年/今年, and three in Traditional Chinese: a Taipei report in
新台幣億元, a Hong Kong yearbook in 億港元 and a wire story on Japan's market in 億日圓), and five tables (a markdown pipe table
by application with E/F columns and a total row that misses its rows by a rounding step, a Chinese tab-separated table
with 合计 and a CAGR note, a space-aligned vertical table of fiscal years with a unit-only value column and a YoY
column, a space-aligned regional table whose total row is labelled "Total APAC", and a tab-separated table whose total
row is printed first and whose note carries a revision). Distractors a careful reader leaves out: respondent, vendor
and start-up counts, job postings and vacancies, placements, wages, hours saved, a survey's shares, penetration rates,
funding rounds, a company's own revenue, margin, share target and price target with its upside, quarter figures,
report and table numbers, title years, a second publisher's figure for the same year, a superseded figure, amounts in
rupees and Australian dollars, and the wider HR-software or staffing market beside the AI part. Rates include exact,
rounding and inconsistent verdicts; shares with part and whole; multiples including 增长N倍.

Snippets 21-40: AI in human resources and work (AI recruiting and candidate screening, AI interview and assessment
tools, people analytics and workforce planning, AI learning platforms, AI payroll and employee service desks). Eight
English prose pieces (an earnings-call transcript sizing a TAM, a journal abstract, a staffing federation's press
release, a LinkedIn thread, a consultancy's executive summary, a research house's web page with a correction notice,
Australian slide bullets, a Tokyo research institute's release in yen), seven Chinese prose pieces (a provincial
action plan, a research institute's report with a second publisher's figure, an annual report's industry section, a
broker's note with a range; in Traditional Chinese a Taipei news report with an inconsistent year-on-year rate, a Hong
Kong association survey in 億港元 and a PTT forum reply), and five tables (markdown with an E column and a rounding
total, a tab-separated Simplified Chinese table with years as rows and a rebased growth column, a space-aligned yen
table with a CAGR column, a markdown table of shares of a total, a tab-separated GBP table with a change column, a
decline and a revision note). Distractors left out: company revenue, gross margin, customer and head counts,
placements, hours saved, wages, funding rounds, quarter figures, survey percentages, penetration rates, price targets
and upside, a company's share target, the whole staffing / HCM / HRMS market beside the AI part, rupee, won and
Australian-dollar amounts, report, table, issue and edition numbers, a superseded figure and a second publisher's
figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated press release from an HR-tech analyst: yoy rate with both amounts, stated CAGR with span printed.
    #    Expected nowhere: 1,150 respondents, 23 countries, the 62% survey answer, 41 million job postings.
    dict(
        text=(
            "LONDON, 12 March 2025 -- Worldwide spending on AI-powered recruiting and candidate-screening software "
            "reached US$1.42 billion in 2024, an 18% rise on the US$1.20 billion recorded in 2023, according to the "
            "latest Talent Tech Monitor from Harrowgate Analytics. The firm forecasts that the market will reach "
            "US$3.95 billion in 2030, implying a compound annual growth rate of 18.6% between 2024 and 2030. The "
            "study, based on interviews with 1,150 talent-acquisition leaders in 23 countries, found that 62% expect "
            "to raise their screening budgets this year. Job postings processed by AI screeners climbed to 41 million "
            "over the year, the report added."
        ),
        obs=[
            ("Total", 2023, 1.20, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 3.95, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.20 - 1 = 18.33% -> 18
            ("cagr|implied", "exact"),  # (3.95 / 1.42) ** (1 / 6) - 1 = 18.59% -> 18.6
        ],
    ),
    # 2. Broker sector note dated January 2025: "nearly 3x" multiple over 2021-2024, a part with its share of the whole.
    #    Expected nowhere: the price target and its 32% upside, the covered company's Q3 revenue and its 24% growth.
    dict(
        text=(
            "Sector note | HR Technology | 16 January 2025\n"
            "AI assessment: the screen before the screen. We size the global market for AI interview and "
            "candidate-assessment tools at $860m in 2024, nearly 3x the $290m it was worth in 2021. Video-interview "
            "analysis is the largest slice at $310m (36% of the total), ahead of game-based and psychometric testing. "
            "We initiate on Candora Inc. at Buy with a price target of $58 (32% upside); Candora's Q3 revenue rose "
            "24% y/y to $71m."
        ),
        obs=[
            ("Total", 2021, 290, "USD million", "actual"),
            ("Total", 2024, 860, "USD million", "actual"),
            ("Video-interview analysis", 2024, 310, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("share", 36.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 310 / 860 = 36.05% -> 36
        ],
    ),
    # 3. News article quoting two publishers; the first publisher's stated CAGR is contradicted by its own amounts
    #    (INCONSISTENT, as after a rebasing). Expected nowhere: Northgate's $1.7bn for 2023, the $1.3bn of venture
    #    funding, the first-half period, the $27bn HR software market.
    dict(
        text=(
            "Workforce analytics goes generative (9 September 2024). The market for AI-driven workforce planning and "
            "people-analytics tools was worth $2.1 billion in 2023, according to Meridian Research, which expects it "
            "to climb to $6.8 billion by 2029 -- a compound annual growth rate of 24.5% over 2023-2029. Northgate "
            "Insights, which uses a narrower definition, puts the 2023 figure at $1.7 billion. Start-ups in the space "
            "raised $1.3 billion of venture funding in the first half, still a sliver of the $27 billion HR software "
            "market."
        ),
        obs=[
            ("Total", 2023, 2.1, "USD billion", "actual"),
            ("Total", 2029, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (6.8 / 2.1) ** (1 / 6) - 1 = 21.63%; bounds (6.75/2.15) -> 21.01%,
                                               # (6.85/2.05) -> 22.27%: 24.5 not reached
        ],
    ),
    # 4. Staffing association yearbook (UK): yoy rate with both amounts; a range for 2027 gives two value claims.
    #    Expected nowhere: the yearbook's title year, 1.3 million placements, the £14.20 hourly wage, 2.1 million hours.
    dict(
        text=(
            "British Association of Staffing Firms -- Annual Yearbook 2025, Chapter 6 (Technology). The UK market for "
            "AI in payroll processing and employee service desks was worth £410 million in 2024, up 26% on 2023's "
            "£325 million. Our central scenario puts it at between £850 million and £950 million by 2027. Member firms "
            "placed 1.3 million temporary workers during 2024, at an average of £14.20 an hour, and members told us "
            "AI help-desk agents saved some 2.1 million staff hours."
        ),
        obs=[
            ("Total", 2023, 325, "GBP million", "actual"),
            ("Total", 2024, 410, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("value", 850, "GBP million", 2027, 2027, None),
            ("value", 950, "GBP million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 410 / 325 - 1 = 26.15% -> 26
        ],
    ),
    # 5. Investor-day transcript (November 2024): the TAM the company sizes is the market (Total), fiscal years count as
    #    their number, the CAGR's span is given only by its amounts' years (inferred). Expected nowhere: own revenue and
    #    its 31% growth, the 15% share target, the 25% margin.
    dict(
        text=(
            "Lumora Learning Investor Day, New York, 14 November 2024 -- prepared remarks (excerpt). CEO: \"We size the "
            "total addressable market for AI-powered employee learning at roughly $14 billion in fiscal 2025, and we "
            "think it gets to about $38 billion by fiscal 2030 -- a market compounding at around 22% a year. Our own "
            "revenue grew 31% to $412 million last fiscal year. By 2030 we are targeting a 15% share of that TAM, with "
            "an adjusted operating margin of 25%.\""
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 14) ** (1 / 5) - 1 = 22.10% -> 22
        ],
    ),
    # 6. Indian research house (April 2025), series in USD million: the FY2029 figure printed in billions is converted
    #    to 1900; stated CAGR read as ROUNDING. Expected nowhere: the rupee amounts (staffing revenue, ₹2,150 crore of
    #    funding), 64 deals, 340 start-ups.
    dict(
        text=(
            "Mumbai, 22 April 2025: India's market for AI-led recruitment and assessment platforms stood at US$610 "
            "million in FY2024 and is set to touch US$1.9 billion by FY2029, growing at a CAGR of 25% over FY2024-29, "
            "according to a report released today by Kavach Research with a national HR-services body. For context, "
            "the country's staffing industry generated revenue of about ₹1.6 lakh crore, and HR-tech start-ups raised "
            "₹2,150 crore across 64 deals in FY25. Some 340 start-ups now operate in the segment."
        ),
        obs=[
            ("Total", 2024, 610, "USD million", "actual"),
            ("Total", 2029, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (1900 / 610) ** (1 / 5) - 1 = 25.51% -> 26, not 25; bounds
                                           # (1850/610.5) -> 24.82%, (1950/609.5) -> 26.19%: 25 reached
        ],
    ),
    # 7. Australian research house (July 2024), market sized in US$: "more than fourfold" between 2023 and 2028
    #    (x4, period 5); a region's amount with its share. "last year's" = 2023. Expected nowhere: the A$96 million
    #    Australian figure (currency not held), 3.5 hours saved, 112 vendors.
    dict(
        text=(
            "SYDNEY, 3 July 2024 -- Global spending on AI agents that answer employees' payroll, leave and policy "
            "questions will grow more than fourfold between 2023 and 2028, from US$0.74 billion to US$3.2 billion, "
            "Southern Cross Research forecasts in its HR Service Delivery Outlook. North America accounted for US$0.33 "
            "billion, or 45%, of last year's spend. In Australia, where the firm counted 112 vendors, it sizes the "
            "market at A$96 million; early adopters say the agents save about 3.5 hours per HR adviser a week."
        ),
        obs=[
            ("Total", 2023, 0.74, "USD billion", "actual"),
            ("Total", 2028, 3.2, "USD billion", "estimate"),
            ("North America", 2023, 0.33, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2023, 2028, 5.0),
            ("share", 45.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.33 / 0.74 = 44.59% -> 45
        ],
    ),
    # 8. Corrected research note (February 2025): the corrected $3.1bn is the 2024 figure, the superseded $3.4bn is
    #    expected nowhere; "grew 27% last year" read as ROUNDING; a part with its share. Expected nowhere: the
    #    fourth-quarter $0.92bn, 38 million jobs posted.
    dict(
        text=(
            "Research note, 18 February 2025 (updated). Correction: an earlier version of this note put the 2024 market "
            "at $3.4 billion; the correct figure is $3.1 billion. By our estimate the global market for AI in talent "
            "acquisition -- sourcing, screening, scheduling and interviewing -- grew 27% last year to $3.1 billion, "
            "from $2.4 billion in 2023. Candidate screening is the biggest piece, at $1.24 billion, or 40% of the "
            "total. Fourth-quarter spending alone came to $0.92 billion, as employers posted some 38 million jobs."
        ),
        obs=[
            ("Total", 2023, 2.4, "USD billion", "actual"),
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Candidate screening", 2024, 1.24, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 40.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 3.1 / 2.4 - 1 = 29.17% -> 29, not 27; bounds (3.05/2.45) -> 24.49%,
                                           # (3.15/2.35) -> 34.04%: 27 reached
            ("arithmetic", "exact"),       # 1.24 / 3.1 = 40.00% -> 40
        ],
    ),
    # 9. Simplified Chinese consultancy press release (March 2025): 同比 rate with both amounts, 突破 (approximate)
    #    target year at its printed figure, stated CAGR with span. Expected nowhere: the report's title year, 1,200
    #    firms surveyed, 超过六成 (survey answer), 1.1亿个 job postings.
    dict(
        text=(
            "【2025年3月18日，北京】灵犀咨询今日发布《2025中国AI招聘行业研究报告》。报告显示，2024年中国AI招聘市场规模达到"
            "58.6亿元，较2023年的44.3亿元同比增长32.3%；预计到2027年，市场规模将突破120亿元，2024—2027年复合增长率约为27%。"
            "本次调研覆盖1,200家企业的人力资源负责人，其中超过六成表示已在简历筛选环节使用AI工具。另据统计，2024年全国网络"
            "招聘平台发布岗位数超过1.1亿个。"
        ),
        obs=[
            ("Total", 2023, 44.3, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.6 / 44.3 - 1 = 32.28% -> 32.3
            ("cagr|implied", "exact"),  # (120 / 58.6) ** (1 / 3) - 1 = 26.99% -> 27
        ],
    ),
    # 10. Provincial action plan (May 2024) with a 力争 target: 增长1.5倍 keeps its printed 1.5 as the multiple
    #     (300 / 120 = 2.5 times the level). Expected nowhere: the plan's title years, 50 firms, 10 parks, 10万人.
    dict(
        text=(
            "2024年5月，江苏省人力资源和社会保障厅等部门联合印发《江苏省“AI+人力资源服务”高质量发展行动方案（2024—2026年）》。"
            "方案提出，到2026年，全省人工智能人力资源服务产业规模力争达到300亿元，较2023年的120亿元增长1.5倍；培育年营收超亿元"
            "的骨干企业50家以上，建设10个省级人力资源服务产业园，累计引进培育数字人才10万人。"
        ),
        obs=[
            ("Total", 2023, 120, "CNY 100 million", "actual"),
            ("Total", 2026, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2023, 2026, 3.0),
        ],
        verdicts=[],
    ),
    # 11. Simplified Chinese news article quoting two research firms (August 2024): the first firm's stated CAGR is
    #     INCONSISTENT with its amounts (a typo). Expected nowhere: the second firm's 约46亿元 for 2023, the 约180亿元
    #     HR SaaS market.
    dict(
        text=(
            "（记者 王琳）研究机构智研数科2024年8月发布的数据显示，2023年中国企业人力资源领域AI应用（包括智能招聘、人才测评、"
            "员工服务机器人等）市场规模为41.2亿元，预计2028年将达到135.6亿元，2023—2028年复合增长率为31.5%。另据华信智库测算，"
            "该市场2023年规模约为46亿元。值得注意的是，同期中国人力资源SaaS整体市场规模已达到约180亿元。"
        ),
        obs=[
            ("Total", 2023, 41.2, "CNY 100 million", "actual"),
            ("Total", 2028, 135.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (135.6 / 41.2) ** (1 / 5) - 1 = 26.90%; bounds (135.55/41.25) -> 26.86%,
                                               # (135.65/41.15) -> 26.94%: 31.5 not reached
        ],
    ),
    # 12. Traditional Chinese, Taipei (April 2025), 新台幣億元: 年增 rate with both amounts, a part (約佔, approximate)
    #     with its share, 上看 estimate. Expected nowhere: 今（15）日, the 27% adoption rate, 600 firms, 四成 survey answer.
    dict(
        text=(
            "【記者林佳慧／台北報導，2025年4月15日】研究機構「群策產研」今（15）日發布調查指出，2024年台灣企業AI人資科技"
            "市場規模達新台幣48.5億元，較2023年的40.2億元年增21%；其中AI招募與履歷篩選工具約佔新台幣17億元，佔比35%。該機構"
            "預估，2026年市場規模可望上看新台幣72億元。調查同時顯示，國內企業導入AI人資工具的比例為27%，受訪的600家企業中，"
            "有四成計畫明年擴大相關預算。"
        ),
        obs=[
            ("Total", 2023, 40.2, "TWD 100 million", "actual"),
            ("Total", 2024, 48.5, "TWD 100 million", "actual"),
            ("AI招募與履歷篩選工具", 2024, 17, "TWD 100 million", "actual"),
            ("Total", 2026, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 35.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.5 / 40.2 - 1 = 20.65% -> 21
            ("arithmetic", "exact"),    # 17 / 48.5 = 35.05% -> 35
        ],
    ),
    # 13. Traditional Chinese, Hong Kong yearbook (February 2025), 億港元: 增長約19% with both amounts, a part with its
    #     share, a 年均複合增長率 whose span only its amounts' years give (inferred). Expected nowhere: 6.7萬 vacancies,
    #     the 3.2萬港元 monthly wage.
    dict(
        text=(
            "（本報訊 2025年2月26日）香港人才科技協會本月公布的《香港人力資源科技年鑑2025》估計，2024年本港AI招聘及人才評估方案市場"
            "規模約為8.6億港元，較2023年的7.2億港元增長約19%。其中，AI面試工具市場規模為3.1億港元，約佔整體36%。協會預期，"
            "市場規模至2027年可達15億港元，年均複合增長率約20%。另外，本港去年職位空缺約6.7萬個，人力資源從業員平均月薪為"
            "3.2萬港元。"
        ),
        obs=[
            ("Total", 2023, 7.2, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("AI面試工具", 2024, 3.1, "HKD 100 million", "actual"),
            ("Total", 2027, 15, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 36.0, "percent", 2024, 2024, None),
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.6 / 7.2 - 1 = 19.44% -> 19
            ("arithmetic", "exact"),    # 3.1 / 8.6 = 36.05% -> 36
            ("cagr|period", "exact"),   # (15 / 8.6) ** (1 / 3) - 1 = 20.37% -> 20
        ],
    ),
    # 14. Traditional Chinese wire story on Japan (November 2024), 億日圓 (JPY 100 million), fiscal years count as their
    #     number; stated CAGR with span and a "約1.8倍" multiple over FY2023-FY2026. Expected nowhere: the quarter's
    #     figure, 312 firms surveyed, 11 hours saved.
    dict(
        text=(
            "【東京綜合外電】日本民間調查機構富士野經濟研究所2024年11月公布調查結果指出，2023年度日本HR科技市場中的AI相關"
            "應用（含AI面試、人才配置最佳化及員工學習推薦）規模為1,240億日圓，預估2026年度將擴大至2,180億日圓，約為2023年度"
            "的1.8倍，2023至2026年度的年均成長率為20.7%。僅2024年度第2季，相關支出便達到390億日圓。該機構調查的312家企業中，"
            "導入AI面試的人資部門平均每人每月可節省約11小時。"
        ),
        obs=[
            ("Total", 2023, 1240, "JPY 100 million", "actual"),
            ("Total", 2026, 2180, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.8, "multiple", 2023, 2026, 3.0),
            ("cagr", 20.7, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2180 / 1240) ** (1 / 3) - 1 = 20.69% -> 20.7
        ],
    ),
    # 15. Simplified Chinese broker note (January 2025): 去年 = 2024 (actual), 今年 = 2025 (estimate, 有望); a module
    #     (约, approximate) with its share; 同比 rate. Expected nowhere: the 42.5元 price target and 23% upside, the
    #     covered company's Q3 revenue and its 18% growth.
    dict(
        text=(
            "中衡证券 计算机行业深度报告（2025年1月20日）：我们测算，去年国内AI+人力资源SaaS市场规模约为95亿元，其中AI智能面试"
            "模块约26.6亿元，占比28%；受益于大模型落地，今年市场规模有望达到128亿元，同比增长35%。维持对重点公司“买入”评级，"
            "目标价42.5元，对应上涨空间23%；该公司2024年第三季度营收同比增长18%至3.6亿元。风险提示：技术落地不及预期。"
        ),
        obs=[
            ("Total", 2024, 95, "CNY 100 million", "actual"),
            ("AI智能面试模块", 2024, 26.6, "CNY 100 million", "actual"),
            ("Total", 2025, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 28.0, "percent", 2024, 2024, None),
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 26.6 / 95 = 28.00% -> 28
            ("cagr|implied", "exact"),  # 128 / 95 - 1 = 34.74% -> 35
        ],
    ),
    # 16. Markdown pipe table by application, US$ billion, E/F columns, total row; 2025E total misses its rows' sum
    #     (hierarchy ROUNDING); stated 2024-2028F CAGR in the note. Expected nowhere: the table number, the title years.
    dict(
        text=(
            "Table 4: Global AI-in-HR software market by application, 2023-2028F (US$ billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI recruiting & screening | 1.18 | 1.42 | 1.70 | 2.79 |\n"
            "| AI interview & assessment | 0.64 | 0.79 | 0.96 | 1.62 |\n"
            "| Workforce planning & people analytics | 0.52 | 0.65 | 0.80 | 1.42 |\n"
            "| AI learning platforms | 0.87 | 1.06 | 1.29 | 2.25 |\n"
            "| Payroll & employee service desk AI | 0.41 | 0.52 | 0.65 | 1.18 |\n"
            "| Total | 3.62 | 4.44 | 5.41 | 9.26 |\n"
            "Note: totals may not sum due to rounding. 2024-2028F CAGR: 20.2%. Source: Harrowgate Analytics, March 2025."
        ),
        obs=[
            ("AI recruiting & screening", 2023, 1.18, "USD billion", "actual"),
            ("AI recruiting & screening", 2024, 1.42, "USD billion", "actual"),
            ("AI recruiting & screening", 2025, 1.70, "USD billion", "estimate"),
            ("AI recruiting & screening", 2028, 2.79, "USD billion", "estimate"),
            ("AI interview & assessment", 2023, 0.64, "USD billion", "actual"),
            ("AI interview & assessment", 2024, 0.79, "USD billion", "actual"),
            ("AI interview & assessment", 2025, 0.96, "USD billion", "estimate"),
            ("AI interview & assessment", 2028, 1.62, "USD billion", "estimate"),
            ("Workforce planning & people analytics", 2023, 0.52, "USD billion", "actual"),
            ("Workforce planning & people analytics", 2024, 0.65, "USD billion", "actual"),
            ("Workforce planning & people analytics", 2025, 0.80, "USD billion", "estimate"),
            ("Workforce planning & people analytics", 2028, 1.42, "USD billion", "estimate"),
            ("AI learning platforms", 2023, 0.87, "USD billion", "actual"),
            ("AI learning platforms", 2024, 1.06, "USD billion", "actual"),
            ("AI learning platforms", 2025, 1.29, "USD billion", "estimate"),
            ("AI learning platforms", 2028, 2.25, "USD billion", "estimate"),
            ("Payroll & employee service desk AI", 2023, 0.41, "USD billion", "actual"),
            ("Payroll & employee service desk AI", 2024, 0.52, "USD billion", "actual"),
            ("Payroll & employee service desk AI", 2025, 0.65, "USD billion", "estimate"),
            ("Payroll & employee service desk AI", 2028, 1.18, "USD billion", "estimate"),
            ("Total", 2023, 3.62, "USD billion", "actual"),
            ("Total", 2024, 4.44, "USD billion", "actual"),
            ("Total", 2025, 5.41, "USD billion", "estimate"),
            ("Total", 2028, 9.26, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1.18+0.64+0.52+0.87+0.41 = 3.62
            ("hierarchy", "exact"),     # 2024: 1.42+0.79+0.65+1.06+0.52 = 4.44
            ("hierarchy", "rounding"),  # 2025E: 1.70+0.96+0.80+1.29+0.65 = 5.40, printed 5.41; bounds 5.375..5.425
                                        # (each row +/-0.005): 5.41 reached
            ("hierarchy", "exact"),     # 2028F: 2.79+1.62+1.42+2.25+1.18 = 9.26
            ("cagr|implied", "exact"),  # (9.26 / 4.44) ** (1 / 4) - 1 = 20.17% -> 20.2
        ],
    ),
    # 17. Simplified Chinese tab-separated table, 亿元, E columns, a 合计 row (item as printed), CAGR in the note line.
    #     Expected nowhere: 表3, the title years 2022—2025.
    dict(
        text=(
            "表3 2022—2025年中国AI人才测评市场规模（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024E\t2025E\n"
            "校园招聘测评\t6.8\t8.9\t11.6\t14.8\n"
            "社会招聘测评\t9.4\t12.1\t15.5\t19.6\n"
            "内部人才盘点\t4.1\t5.6\t7.5\t9.9\n"
            "合计\t20.3\t26.6\t34.6\t44.3\n"
            "注：E为预测值；2022—2025年合计复合增长率为29.7%。资料来源：灵犀咨询，2024年6月。"
        ),
        obs=[
            ("校园招聘测评", 2022, 6.8, "CNY 100 million", "actual"),
            ("校园招聘测评", 2023, 8.9, "CNY 100 million", "actual"),
            ("校园招聘测评", 2024, 11.6, "CNY 100 million", "estimate"),
            ("校园招聘测评", 2025, 14.8, "CNY 100 million", "estimate"),
            ("社会招聘测评", 2022, 9.4, "CNY 100 million", "actual"),
            ("社会招聘测评", 2023, 12.1, "CNY 100 million", "actual"),
            ("社会招聘测评", 2024, 15.5, "CNY 100 million", "estimate"),
            ("社会招聘测评", 2025, 19.6, "CNY 100 million", "estimate"),
            ("内部人才盘点", 2022, 4.1, "CNY 100 million", "actual"),
            ("内部人才盘点", 2023, 5.6, "CNY 100 million", "actual"),
            ("内部人才盘点", 2024, 7.5, "CNY 100 million", "estimate"),
            ("内部人才盘点", 2025, 9.9, "CNY 100 million", "estimate"),
            ("合计", 2022, 20.3, "CNY 100 million", "actual"),
            ("合计", 2023, 26.6, "CNY 100 million", "actual"),
            ("合计", 2024, 34.6, "CNY 100 million", "estimate"),
            ("合计", 2025, 44.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.7, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 6.8+9.4+4.1 = 20.3
            ("hierarchy", "exact"),     # 2023: 8.9+12.1+5.6 = 26.6
            ("hierarchy", "exact"),     # 2024E: 11.6+15.5+7.5 = 34.6
            ("hierarchy", "exact"),     # 2025E: 14.8+19.6+9.9 = 44.3
            ("cagr|implied", "exact"),  # (44.3 / 20.3) ** (1 / 3) - 1 = 29.71% -> 29.7
        ],
    ),
    # 18. Space-aligned vertical table (years as rows) from a Japanese research house: the lone value column headed by its
    #     unit only is the Total, in JPY billion; fiscal years count as their number; each YoY is a one-year growth
    #     claim, the FY2026F one read as ROUNDING. Expected nowhere: the 214 vendors surveyed, the edition date.
    dict(
        text=(
            "Japan: AI talent-management and recruiting market by fiscal year (Kanto Market Research, October 2025)\n"
            "Fiscal year    ¥ billion    YoY (%)\n"
            "FY2021              38.2          -\n"
            "FY2022              47.5       24.3\n"
            "FY2023              59.1       24.4\n"
            "FY2024              72.0       21.8\n"
            "FY2025E             86.4       20.0\n"
            "FY2026F            101.0       17.0\n"
            "Note: fiscal years run April-March. E = estimate, F = forecast. Based on a survey of 214 vendors."
        ),
        obs=[
            ("Total", 2021, 38.2, "JPY billion", "actual"),
            ("Total", 2022, 47.5, "JPY billion", "actual"),
            ("Total", 2023, 59.1, "JPY billion", "actual"),
            ("Total", 2024, 72.0, "JPY billion", "actual"),
            ("Total", 2025, 86.4, "JPY billion", "estimate"),
            ("Total", 2026, 101.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2021, 2022, 1.0),
            ("growth", 24.4, "percent", 2022, 2023, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
            ("growth", 17.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 47.5 / 38.2 - 1 = 24.35% -> 24.3
            ("cagr|implied", "exact"),     # 59.1 / 47.5 - 1 = 24.42% -> 24.4
            ("cagr|implied", "exact"),     # 72.0 / 59.1 - 1 = 21.83% -> 21.8
            ("cagr|implied", "exact"),     # 86.4 / 72.0 - 1 = 20.00% -> 20.0
            ("cagr|implied", "rounding"),  # 101.0 / 86.4 - 1 = 16.90% -> 16.9, not 17.0; bounds (100.95/86.45) -> 16.77%,
                                           # (101.05/86.35) -> 17.02%: 17.0 reached
        ],
    ),
    # 19. Space-aligned regional table, US$ million, F column, total row labelled "Total APAC" (item as printed), CAGR in
    #     the note. Expected nowhere: the US$9.8 billion general HR software market, the report date.
    dict(
        text=(
            "Asia-Pacific spending on AI in HR, by market (US$ million)\n"
            "Market            2023     2024    2027F\n"
            "China              412      505      880\n"
            "Japan              286      331      520\n"
            "India              118      152      310\n"
            "Australia           74       90      150\n"
            "South Korea         63       78      135\n"
            "Rest of APAC        57       69      120\n"
            "Total APAC        1010     1225     2115\n"
            "Note: 2024-27F CAGR 20%. Excludes general HR software (US$9.8 billion in 2024). "
            "Source: Southern Cross Research, June 2025."
        ),
        obs=[
            ("China", 2023, 412, "USD million", "actual"),
            ("China", 2024, 505, "USD million", "actual"),
            ("China", 2027, 880, "USD million", "estimate"),
            ("Japan", 2023, 286, "USD million", "actual"),
            ("Japan", 2024, 331, "USD million", "actual"),
            ("Japan", 2027, 520, "USD million", "estimate"),
            ("India", 2023, 118, "USD million", "actual"),
            ("India", 2024, 152, "USD million", "actual"),
            ("India", 2027, 310, "USD million", "estimate"),
            ("Australia", 2023, 74, "USD million", "actual"),
            ("Australia", 2024, 90, "USD million", "actual"),
            ("Australia", 2027, 150, "USD million", "estimate"),
            ("South Korea", 2023, 63, "USD million", "actual"),
            ("South Korea", 2024, 78, "USD million", "actual"),
            ("South Korea", 2027, 135, "USD million", "estimate"),
            ("Rest of APAC", 2023, 57, "USD million", "actual"),
            ("Rest of APAC", 2024, 69, "USD million", "actual"),
            ("Rest of APAC", 2027, 120, "USD million", "estimate"),
            ("Total APAC", 2023, 1010, "USD million", "actual"),
            ("Total APAC", 2024, 1225, "USD million", "actual"),
            ("Total APAC", 2027, 2115, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412+286+118+74+63+57 = 1010
            ("hierarchy", "exact"),     # 2024: 505+331+152+90+78+69 = 1225
            ("hierarchy", "exact"),     # 2027F: 880+520+310+150+135+120 = 2115
            ("cagr|implied", "exact"),  # (2115 / 1225) ** (1 / 3) - 1 = 19.97% -> 20
        ],
    ),
    # 20. Tab-separated staffing-yearbook table, £ million, total row printed first (item as printed), F column; the note
    #     revises 2023 (the superseded £631m is expected nowhere). Expected nowhere: the yearbook and table numbers, the
    #     £2.9bn wider HR software market.
    dict(
        text=(
            "Staffing Technology Yearbook 2025, Table 2.3 -- UK AI-in-HR market by segment (£ million)\n"
            "Segment\t2022\t2023\t2024\t2025F\n"
            "Total AI in HR\t512\t648\t803\t985\n"
            "AI sourcing and screening\t201\t248\t301\t362\n"
            "AI learning and skills platforms\t163\t212\t268\t334\n"
            "AI payroll and service desk\t148\t188\t234\t289\n"
            "Note: 2023 total revised from £631m in last year's edition. The wider UK HR software market was £2.9bn in "
            "2024. F = forecast."
        ),
        obs=[
            ("Total AI in HR", 2022, 512, "GBP million", "actual"),
            ("Total AI in HR", 2023, 648, "GBP million", "actual"),
            ("Total AI in HR", 2024, 803, "GBP million", "actual"),
            ("Total AI in HR", 2025, 985, "GBP million", "estimate"),
            ("AI sourcing and screening", 2022, 201, "GBP million", "actual"),
            ("AI sourcing and screening", 2023, 248, "GBP million", "actual"),
            ("AI sourcing and screening", 2024, 301, "GBP million", "actual"),
            ("AI sourcing and screening", 2025, 362, "GBP million", "estimate"),
            ("AI learning and skills platforms", 2022, 163, "GBP million", "actual"),
            ("AI learning and skills platforms", 2023, 212, "GBP million", "actual"),
            ("AI learning and skills platforms", 2024, 268, "GBP million", "actual"),
            ("AI learning and skills platforms", 2025, 334, "GBP million", "estimate"),
            ("AI payroll and service desk", 2022, 148, "GBP million", "actual"),
            ("AI payroll and service desk", 2023, 188, "GBP million", "actual"),
            ("AI payroll and service desk", 2024, 234, "GBP million", "actual"),
            ("AI payroll and service desk", 2025, 289, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 201+163+148 = 512
            ("hierarchy", "exact"),  # 2023: 248+212+188 = 648
            ("hierarchy", "exact"),  # 2024: 301+268+234 = 803
            ("hierarchy", "exact"),  # 2025F: 362+334+289 = 985
        ],
    ),
    # 21. Earnings-call prepared remarks: the CEO sizes the TAM (the market, Total); CAGR span only from the amounts'
    # years. Nowhere: the company's quarterly revenue, its 41% growth, gross margin, customer count, hours saved.
    dict(
        text=(
            "Talvanta Inc. (NASDAQ: TLVA) - Q3 fiscal 2025 earnings call, Thursday, November 6, 2025. "
            "Prepared remarks, Dana Whitfield, chief executive officer: Thanks, operator, and good afternoon. "
            "Before I get to the quarter, a word on the opportunity, because we get asked about it a lot. "
            "When we size the total addressable market for AI-driven talent acquisition - sourcing, screening, "
            "interview scheduling and assessment - we get to roughly $14 billion this year, and we see it reaching "
            "about $31 billion by 2029. That's a compound growth rate of about 22%, and we intend to take more than "
            "our fair share of it. Now to our own numbers: AI subscription revenue was $212 million in the quarter, "
            "up 41% year over year, and gross margin held at 78%. We ended the quarter with 4,300 customers, and "
            "recruiters on the platform tell us they are saving nine hours per requisition."
        ),
        obs=[
            ("Total", 2025, 14.0, "USD billion", "estimate"),   # "this year" at a 2025 dateline
            ("Total", 2029, 31.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1 / 4) - 1 = 21.99% -> 22
        ],
    ),
    # 22. Journal abstract: a multiple in words, a segment's share with part and whole, a stated-span CAGR that only a
    # reading of the rounded amounts reaches. Nowhere: vendor, respondent and country counts, volume/issue/pages, the
    # title's years, the 58% survey answer, "about a quarter".
    dict(
        text=(
            "Algorithmic gatekeepers: sizing the global market for AI candidate screening and assessment, "
            "2021-2030. Journal of Labour Market Technology, Vol. 7, No. 3 (2025), pp. 211-238. "
            "Abstract - Drawing on filings from 57 vendors and a survey of 1,240 talent-acquisition leaders in 14 "
            "countries, we estimate that worldwide spending on AI-based candidate screening and assessment tools "
            "reached US$2.8 billion in 2023, nearly 1.5 times its 2021 level of US$1.9 billion. Video-interview "
            "analysis was the largest component (US$1.1 billion, or 39% of 2023 spending). Under our baseline "
            "scenario we project US$9.0 billion by 2030, a compound annual growth rate of 18.4% over 2023-2030. "
            "Some 58% of respondents said they already use AI to rank applicants, yet only about a quarter had "
            "ever audited a tool for adverse impact."
        ),
        obs=[
            ("Total", 2021, 1.9, "USD billion", "actual"),
            ("Total", 2023, 2.8, "USD billion", "actual"),
            ("Total", 2030, 9.0, "USD billion", "estimate"),
            ("Video-interview analysis", 2023, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2021, 2023, 2.0),    # "nearly 1.5 times", no verdict
            ("share", 39, "percent", 2023, 2023, None),
            ("cagr", 18.4, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 1.1 / 2.8 = 39.29% -> 39
            ("cagr|implied", "rounding"),  # (9.0 / 2.8) ** (1 / 7) - 1 = 18.15% -> 18.2, not 18.4;
            # bounds (8.95 / 2.85) ** (1 / 7) - 1 = 17.76% .. (9.05 / 2.75) ** (1 / 7) - 1 = 18.55%: 18.4 reached
        ],
    ),
    # 23. Staffing federation press release: year-on-year rate with both amounts; "this year" outlook.
    # Nowhere: the whole U.S. staffing revenue and its -4%, "roughly a quarter", weekly placements, member-firm
    # count, edition number.
    dict(
        text=(
            "ALEXANDRIA, Va., March 18, 2025 - U.S. staffing and recruiting firms spent an estimated $3.6 billion "
            "on artificial-intelligence tools for sourcing, matching and candidate engagement in 2024, up 27% from "
            "$2.83 billion in 2023, according to the ninth annual Technology Census of the National Staffing & "
            "Recruiting Federation (NSRF). Roughly a quarter of that spend went to conversational chatbots. "
            "Members expect AI outlays to climb to $4.4 billion this year, even as overall U.S. staffing revenue, "
            "which slipped 4% to $183.5 billion last year, stays soft. Firms placed an average of 2.9 million "
            "temporary and contract workers a week in 2024. 'Our members are not buying AI to replace recruiters,' "
            "said NSRF chief executive Marcia Delgado. The census drew responses from 612 member firms."
        ),
        obs=[
            ("Total", 2023, 2.83, "USD billion", "actual"),
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2025, 4.4, "USD billion", "estimate"),    # "this year", members expect
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.6 / 2.83 - 1 = 27.21% -> 27
        ],
    ),
    # 24. LinkedIn thread: "last year" / "this year" at a Feb 2025 post; $1.1B converted to the series' USD million;
    # a rounded rate only a reading reaches; a multiple. Nowhere: thread numbers 1/-5/, the $60M Series C, hours saved.
    dict(
        text=(
            "Priya Natarajan - HR-tech analyst - posted 14 Feb 2025\n"
            "Quick numbers thread on AI interviewing \U0001F9F5\n"
            "1/ By our count the global market for AI interview tools (async video, chatbot screens, structured "
            "scoring) came in at ~$780M last year.\n"
            "2/ We think it gets to $1.1B this year - call it +38%.\n"
            "3/ Last year's ~$780M was roughly 2.5x the 2022 level.\n"
            "4/ Ignore the funding noise: a $60M Series C tells you nothing about market size.\n"
            "5/ Recruiters in our panel say they save ~6 hrs/week. #HRtech #AI"
        ),
        obs=[
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2025, 1100, "USD million", "estimate"),   # $1.1B in the series' unit
        ],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("multiple", 2.5, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1100 / 780 - 1 = 41.03% -> 41, not 38;
            # bounds 1050 / 780.5 - 1 = 34.53% .. 1150 / 779.5 - 1 = 47.53%: 38 reached
        ],
    ),
    # 25. Consultancy executive summary in euros: "more than double" as x2, a stated-span CAGR, a country's share with
    # part and whole, a second country as its own item. Nowhere: report number, 380 CPOs, 64%, 2027 in the survey
    # answer, the salary.
    dict(
        text=(
            "Executive summary (Report No. 25-114, Paris, 9 October 2025). Europe's market for AI-enabled people "
            "analytics and workforce planning software reached €1.9 billion in 2024. We expect it to more than "
            "double, to €4.2 billion by 2030 - a CAGR of 14.1% over 2024-2030 - as employers move from descriptive "
            "dashboards to skills-based scenario planning. Germany is the largest national market at €520 million "
            "(27% of the European total), ahead of the UK at €410 million. Our survey of 380 chief people officers "
            "found that 64% plan to consolidate their HR data platforms by 2027, and the median salary of a "
            "people-analytics lead now tops €95,000."
        ),
        obs=[
            ("Total", 2024, 1.9, "EUR billion", "actual"),
            ("Total", 2030, 4.2, "EUR billion", "estimate"),
            ("Germany", 2024, 520, "EUR million", "actual"),
            ("UK", 2024, 410, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2030, 6.0),    # "more than double", no verdict
            ("cagr", 14.1, "percent", 2024, 2030, None, "stated"),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 1.9) ** (1 / 6) - 1 = 14.13% -> 14.1
            ("arithmetic", "exact"),    # 520 / 1900 = 27.37% -> 27
        ],
    ),
    # 26. Research house web page with a correction: the corrected US$431 million is the figure, the superseded
    # US$412 million is expected nowhere; US$1.27 billion converted to USD million. Nowhere: the rupee amount,
    # report ID, page and company counts.
    dict(
        text=(
            "India AI in Payroll & Compliance Market - Market Snapshot | Report ID: IN-HR-0457 | 168 pages | "
            "Last updated: 12 March 2025\n"
            "[Correction, 12 March 2025: an earlier version of this page gave the 2024 market size as US$412 "
            "million. The correct figure is US$431 million; growth figures have been updated accordingly.]\n"
            "India's market for AI-driven payroll processing and statutory compliance software was valued at "
            "US$431 million (approx. \u20b93,580 crore) in 2024, up 19.1% from US$362 million in 2023. We forecast "
            "it to reach US$1.27 billion by 2030, registering a CAGR of 19.7% over 2024-2030, as GST and labour-code "
            "filings move onto automated platforms. 22 companies profiled. Request a free sample."
        ),
        obs=[
            ("Total", 2023, 362, "USD million", "actual"),
            ("Total", 2024, 431, "USD million", "actual"),
            ("Total", 2030, 1270, "USD million", "estimate"),   # US$1.27 billion in the series' unit
        ],
        claims=[
            ("growth", 19.1, "percent", 2023, 2024, 1.0),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 431 / 362 - 1 = 19.06% -> 19.1
            ("cagr|implied", "exact"),  # (1270 / 431) ** (1 / 6) - 1 = 19.74% -> 19.7
        ],
    ),
    # 27. Australian research house slide bullets: US$ figures are the observations, the A$ conversion is not;
    # F-marked year an estimate; a segment share with part and whole. Nowhere: slide number, exchange rate, n = 412,
    # 71%, FY26, days saved.
    dict(
        text=(
            "Slide 7 | ANZ market sizing - AI recruitment software | Sydney, May 2025\n"
            "\u2022 Market, 2024: US$212m (\u2248A$325m at 0.65)\n"
            "\u2022 2029F: US$468m\n"
            "\u2022 CAGR 2024-29F: 17.2%\n"
            "\u2022 Mining & resources: US$38m = 18% of 2024 spend\n"
            "\u2022 n = 412 HR directors surveyed; 71% plan to lift AI budgets in FY26\n"
            "\u2022 Avg. time-to-hire down 11 days where AI screening is used"
        ),
        obs=[
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2029, 468, "USD million", "estimate"),
            ("Mining & resources", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (468 / 212) ** (1 / 5) - 1 = 17.16% -> 17.2
            ("arithmetic", "exact"),    # 38 / 212 = 17.92% -> 18
        ],
    ),
    # 28. Tokyo research institute release in English, yen and fiscal years: "the year before" is fiscal 2023; two
    # year-on-year rates with both amounts. Nowhere: the January-March quarter, 138 vendors, the won figure for Korea.
    dict(
        text=(
            "TOKYO, June 24, 2025 - Kanda Market Research Institute said on Tuesday that Japan's domestic market "
            "for AI-based HR technology - recruitment matching, aptitude assessment, attrition prediction and HR "
            "chatbots - grew 23.5% year on year to \u00a558.4 billion in fiscal 2024 (April 2024-March 2025), from "
            "\u00a547.3 billion the year before. The institute expects a further 21.6% rise to \u00a571 billion in "
            "fiscal 2025 and forecasts \u00a5121 billion in fiscal 2028, as mid-sized employers adopt AI screening "
            "for new-graduate hiring. Spending in the January-March quarter alone came to \u00a516.2 billion. The "
            "survey covered 138 vendors; the institute put South Korea's comparable market at roughly 610 billion won."
        ),
        obs=[
            ("Total", 2023, 47.3, "JPY billion", "actual"),
            ("Total", 2024, 58.4, "JPY billion", "actual"),
            ("Total", 2025, 71.0, "JPY billion", "estimate"),
            ("Total", 2028, 121.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.4 / 47.3 - 1 = 23.47% -> 23.5
            ("cagr|implied", "exact"),  # 71 / 58.4 - 1 = 21.58% -> 21.6
        ],
    ),
    # 29. Provincial action plan (Simplified): a 力争 target is an estimate at its printed 突破 figure; 较2021年增长3倍
    # is x3 over three years. Nowhere: document number, the plan's title years, 10 firms, 5860 agencies, 12.3万 staff,
    # 86万人次.
    dict(
        text=(
            "(2025年4月)日前,江淮省人力资源和社会保障厅印发《“人工智能+人力资源服务”行动方案(2025—2027年)》"
            "(江淮人社发〔2025〕17号)。方案提出,力争到2027年,全省人工智能赋能人力资源服务产业规模突破300亿元,"
            "培育省级AI人力资源服务领军企业10家。据介绍,2024年全省该产业规模达到142亿元,同比增长21.4%"
            "(2023年为117亿元),较2021年增长3倍。截至2024年底,全省共有人力资源服务机构5860家,从业人员12.3万人,"
            "全年帮助实现就业和流动86万人次。"
        ),
        obs=[
            ("Total", 2023, 117, "CNY 100 million", "actual"),
            ("Total", 2024, 142, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),  # 力争 ... 突破300亿元
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2021, 2024, 3.0),   # 增长3倍 kept as x3, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 142 / 117 - 1 = 21.37% -> 21.4
        ],
    ),
    # 30. Research institute report (Simplified): the first publisher's figures with base, rate and stated-span CAGR;
    # a segment share with part and whole. Nowhere: the second publisher's 79亿元 for 2024, the report title's year,
    # 1032 HR respondents, 67.3%, 1.2亿 job postings.
    dict(
        text=(
            "(2025年3月)第三方研究机构智研汇近日发布《2025年中国AI招聘行业研究报告》。报告显示,2024年中国AI招聘"
            "市场规模约为86.5亿元,较2023年的65.5亿元增长32.1%;预计到2028年将达到236亿元,2024—2028年复合增长率为"
            "28.5%。细分来看,AI面试与测评板块规模为33.0亿元,占比38.2%。另据某咨询机构测算,2024年该市场规模为79亿元。"
            "报告共调研企业HR 1032名,其中67.3%表示已在简历筛选环节使用AI工具;同期全国网络招聘平台发布职位数超过1.2亿个。"
        ),
        obs=[
            ("Total", 2023, 65.5, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2028, 236, "CNY 100 million", "estimate"),
            ("AI面试与测评", 2024, 33.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
            ("cagr", 28.5, "percent", 2024, 2028, None, "stated"),
            ("share", 38.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.5 / 65.5 - 1 = 32.06% -> 32.1
            ("cagr|implied", "exact"),  # (236 / 86.5) ** (1 / 4) - 1 = 28.52% -> 28.5
            ("arithmetic", "exact"),    # 33.0 / 86.5 = 38.150% -> 38.2
        ],
    ),
    # 31. Taipei news report (Traditional), 新台幣億元: the 年增21.3% contradicts its own amounts (a typo for 17.3%, as
    # printed reports do); stated-span CAGR. Nowhere: the date 今(20)日, 62% of respondents, 百萬筆 job postings,
    # 1,208 firms, the ±2.8-point margin.
    dict(
        text=(
            "【記者林怡君/台北報導】2025-08-20 創研產業情報中心今(20)日發布《台灣AI人資科技應用調查》指出,2024年台灣"
            "AI人才招募與評測市場規模達新台幣38.6億元,較2023年的32.9億元年增21.3%;預估2026年將成長至新台幣55億元,"
            "2024至2026年年複合成長率約19.4%。調查也發現,62%受訪企業已導入AI履歷篩選,人力銀行去年刊登職缺數突破百萬筆。"
            "本次調查共訪問1,208家企業,抽樣誤差為正負2.8個百分點。"
        ),
        obs=[
            ("Total", 2023, 32.9, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 55, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 38.6 / 32.9 - 1 = 17.33%, not 21.3;
            # bounds 38.55 / 32.95 - 1 = 17.00% .. 38.65 / 32.85 - 1 = 17.66%: 21.3 never reached
            ("cagr|implied", "exact"),  # (55 / 38.6) ** (1 / 2) - 1 = 19.37% -> 19.4
        ],
    ),
    # 32. Hong Kong association survey (Traditional), 億港元: 去年 is 2024 at a June 2025 dateline; 是...的3倍 is x3;
    # a use's share with part and whole. Nowhere: the report title's year, 503 firms, the monthly median wage,
    # 約四成 (a fraction in words), 今年3月至4月.
    dict(
        text=(
            "(香港,2025年6月12日)香港人力資源科技協會昨日公布《2025香港企業AI人力資源應用調查》。報告指出,本港企業"
            "去年在AI人力資源方案(涵蓋AI招聘、AI薪酬處理及員工服務台)的開支達18.6億港元,是2021年6.2億港元的3倍;"
            "協會預計2027年將增至31億港元。按用途劃分,AI薪酬處理開支為4.1億港元,約佔22%。調查於今年3月至4月訪問了"
            "503間企業,受訪僱員月薪中位數為2.1萬港元,約四成企業表示AI已取代部分行政職位。"
        ),
        obs=[
            ("Total", 2021, 6.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2027, 31, "HKD 100 million", "estimate"),
            ("AI薪酬處理", 2024, 4.1, "HKD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),   # no verdict
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.1 / 18.6 = 22.04% -> 22
        ],
    ),
    # 33. PTT forum reply (Traditional): 去年(2024) actual, 今年 an estimate at a May 2025 post; a rounded 年增約28%
    # only a reading reaches. Nowhere: the first quarter's 3.1億, the 5萬多 monthly salary, 104 (a job bank),
    # 少了一成 (a fraction in words).
    dict(
        text=(
            "作者 hrsaas_dev 看板 Tech_Job\n"
            "標題 Re: [請益] AI員工培訓平台市場真的有那麼大?\n"
            "時間 Sat May 3 21:14:08 2025\n"
            "我在做企業內訓SaaS,分享一下手上的資料。某研究機構的報告說,去年(2024)台灣企業AI學習平台市場大概"
            "新台幣12億,今年上看15億,年增約28%。光是第一季業界就接了3.1億的案子。不過工程師月薪也才5萬多,"
            "老闆寧願花錢買系統 XD 至於職缺,今年104上的相關職缺好像少了一成。\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2024, 12, "TWD 100 million", "actual"),
            ("Total", 2025, 15, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 15 / 12 - 1 = 25.0%, not 28;
            # bounds 14.5 / 12.5 - 1 = 16.0% .. 15.5 / 11.5 - 1 = 34.78%: 28 reached
        ],
    ),
    # 34. Listed company's annual report, industry section (Simplified): a historical CAGR whose span only its
    # amounts' years give (inferred) and a forecast CAGR with its span printed. Nowhere: the whole HCM software market
    # (312亿元), the company's revenue and its 12.6%, 2,000 clients, 3,412 staff, the stock code, the report's year.
    dict(
        text=(
            "华才科技股份有限公司2024年年度报告(证券代码:301xxx)第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "根据弗若斯特沙利文的资料,中国人力资本管理软件中AI相关模块的市场规模由2020年的9.8亿元增长至2024年的"
            "41.2亿元,复合年增长率为43.2%;预计到2029年将达到158.6亿元,2024年至2029年的复合年增长率为30.9%。同期"
            "中国人力资本管理软件整体市场规模约为312亿元。报告期内,公司实现营业收入18.37亿元,同比增长12.6%;AI面试"
            "产品服务客户超过2,000家;截至报告期末,公司在职员工总数3,412人。"
        ),
        obs=[
            ("Total", 2020, 9.8, "CNY 100 million", "actual"),
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
            ("Total", 2029, 158.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 43.2, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 30.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (41.2 / 9.8) ** (1 / 4) - 1 = 43.19% -> 43.2
            ("cagr|implied", "exact"),  # (158.6 / 41.2) ** (1 / 5) - 1 = 30.94% -> 30.9
        ],
    ),
    # 35. Broker's sector note (Simplified): 2025 a 有望 estimate at a September 2025 dateline; 2030 only as a range
    # (two value claims, no observation). Nowhere: the 9% penetration rate, the Q2 31%, the price target and its 28%
    # upside, a company's 15% share target, the report date.
    dict(
        text=(
            "【华研证券】AI+人力资源行业深度报告:招聘与测评进入智能化拐点(2025年9月15日)\n"
            "我们测算,2024年国内AI招聘与人才测评市场规模约为98亿元,2025年有望达到120亿元,同比增长22%;中性假设下,"
            "2030年市场空间在420亿元至480亿元之间。目前AI工具在企业招聘环节的渗透率仅为9%左右,提升空间广阔。2025年"
            "二季度,板块重点公司收入合计同比增长31%。重点推荐A公司,给予目标价45.6元,较现价有28%上涨空间;公司力争"
            "2027年市场份额达到15%。风险提示:宏观就业景气度下行、数据合规风险。"
        ),
        obs=[
            ("Total", 2024, 98, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("value", 420, "CNY 100 million", 2030, 2030, None),
            ("value", 480, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 120 / 98 - 1 = 22.45% -> 22
        ],
    ),
    # 36. Markdown table, years as columns with an E column; the 2024 total is one above the sum of its rows.
    # Nowhere: table number, edition number, the excluded ATS licences.
    dict(
        text=(
            "Table 2. Global AI recruiting software revenue by segment, 2023-2025E (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Sourcing & matching | 1,412 | 1,786 | 2,240 |\n"
            "| Screening & assessment | 1,038 | 1,297 | 1,615 |\n"
            "| Interview scheduling & chatbots | 655 | 842 | 1,046 |\n"
            "| Total | 3,105 | 3,926 | 4,901 |\n"
            "\n"
            "E = estimate. Totals may not sum because of rounding. Excludes core ATS licences. "
            "Source: Northbeam HR Tech Tracker, edition 11."
        ),
        obs=[
            ("Sourcing & matching", 2023, 1412, "USD million", "actual"),
            ("Sourcing & matching", 2024, 1786, "USD million", "actual"),
            ("Sourcing & matching", 2025, 2240, "USD million", "estimate"),
            ("Screening & assessment", 2023, 1038, "USD million", "actual"),
            ("Screening & assessment", 2024, 1297, "USD million", "actual"),
            ("Screening & assessment", 2025, 1615, "USD million", "estimate"),
            ("Interview scheduling & chatbots", 2023, 655, "USD million", "actual"),
            ("Interview scheduling & chatbots", 2024, 842, "USD million", "actual"),
            ("Interview scheduling & chatbots", 2025, 1046, "USD million", "estimate"),
            ("Total", 2023, 3105, "USD million", "actual"),
            ("Total", 2024, 3926, "USD million", "actual"),
            ("Total", 2025, 4901, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1412 + 1038 + 655 = 3105
            ("hierarchy", "rounding"),  # 2024: 1786 + 1297 + 842 = 3925, printed 3926;
            # bounds 3925 - 1.5 = 3923.5 .. 3925 + 1.5 = 3926.5: 3926 reached
            ("hierarchy", "exact"),     # 2025E: 2240 + 1615 + 1046 = 4901
        ],
    ),
    # 37. Tab-separated Simplified Chinese table, years as rows; the lone value column is headed by its unit only
    # (Total); a 同比 column. The 2022 rate is on a rebased, comparable basis and contradicts the printed amounts.
    # Nowhere: table number, the title's years, the source's date.
    dict(
        text=(
            "表3 2020—2025年中国AI人才测评市场规模\n"
            "年份\t亿元\t同比(%)\n"
            "2020\t14.2\t—\n"
            "2021\t19.8\t39.4\n"
            "2022\t24.1\t15.3\n"
            "2023\t30.6\t27.0\n"
            "2024\t38.9\t27.1\n"
            "2025E\t48.5\t24.7\n"
            "注:2025年为预测值;2022年起统计口径调整为包含校园招聘测评,2022年增速按可比口径计算。"
            "资料来源:中国人力资源测评产业联盟,2025年5月。"
        ),
        obs=[
            ("Total", 2020, 14.2, "CNY 100 million", "actual"),
            ("Total", 2021, 19.8, "CNY 100 million", "actual"),
            ("Total", 2022, 24.1, "CNY 100 million", "actual"),
            ("Total", 2023, 30.6, "CNY 100 million", "actual"),
            ("Total", 2024, 38.9, "CNY 100 million", "actual"),
            ("Total", 2025, 48.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2020, 2021, 1.0),
            ("growth", 15.3, "percent", 2021, 2022, 1.0),
            ("growth", 27.0, "percent", 2022, 2023, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 19.8 / 14.2 - 1 = 39.44% -> 39.4
            ("cagr|implied", "inconsistent"),  # 24.1 / 19.8 - 1 = 21.72%, not 15.3;
            # bounds 24.05 / 19.85 - 1 = 21.16% .. 24.15 / 19.75 - 1 = 22.28%: 15.3 never reached (rebased)
            ("cagr|implied", "exact"),  # 30.6 / 24.1 - 1 = 26.97% -> 27.0
            ("cagr|implied", "exact"),  # 38.9 / 30.6 - 1 = 27.12% -> 27.1
            ("cagr|implied", "exact"),  # 48.5 / 38.9 - 1 = 24.68% -> 24.7
        ],
    ),
    # 38. Space-aligned yen table with fiscal-year columns (FY2024 -> 2024), an F column and a CAGR column whose
    # span its header prints; the learning row's CAGR is only reached by a reading of its rounded amounts.
    # Nowhere: the source's date, 138 vendors.
    dict(
        text=(
            "Japan: AI-related HR technology market by segment (\u00a5 billion, fiscal years ending March)\n"
            "\n"
            "Segment                      FY2023   FY2024   FY2028F   CAGR FY24-28F\n"
            "AI recruitment matching        21.2     26.1      50.3          17.8%\n"
            "AI aptitude assessment         14.6     17.9      38.0          20.7%\n"
            "AI learning & reskilling       11.5     14.4      32.7          22.9%\n"
            "Total                          47.3     58.4     121.0          20.0%\n"
            "\n"
            "F = forecast. Source: Kanda Market Research Institute, September 2025; survey of 138 vendors."
        ),
        obs=[
            ("AI recruitment matching", 2023, 21.2, "JPY billion", "actual"),
            ("AI recruitment matching", 2024, 26.1, "JPY billion", "actual"),
            ("AI recruitment matching", 2028, 50.3, "JPY billion", "estimate"),
            ("AI aptitude assessment", 2023, 14.6, "JPY billion", "actual"),
            ("AI aptitude assessment", 2024, 17.9, "JPY billion", "actual"),
            ("AI aptitude assessment", 2028, 38.0, "JPY billion", "estimate"),
            ("AI learning & reskilling", 2023, 11.5, "JPY billion", "actual"),
            ("AI learning & reskilling", 2024, 14.4, "JPY billion", "actual"),
            ("AI learning & reskilling", 2028, 32.7, "JPY billion", "estimate"),
            ("Total", 2023, 47.3, "JPY billion", "actual"),
            ("Total", 2024, 58.4, "JPY billion", "actual"),
            ("Total", 2028, 121.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (50.3 / 26.1) ** (1 / 4) - 1 = 17.82% -> 17.8
            ("cagr|implied", "exact"),     # (38.0 / 17.9) ** (1 / 4) - 1 = 20.71% -> 20.7
            ("cagr|implied", "rounding"),  # (32.7 / 14.4) ** (1 / 4) - 1 = 22.76% -> 22.8, not 22.9;
            # bounds (32.65 / 14.45) ** (1 / 4) - 1 = 22.60% .. (32.75 / 14.35) ** (1 / 4) - 1 = 22.91%: 22.9 reached
            ("cagr|implied", "exact"),     # (121.0 / 58.4) ** (1 / 4) - 1 = 19.98% -> 20.0
            ("hierarchy", "exact"),        # FY2023: 21.2 + 14.6 + 11.5 = 47.3
            ("hierarchy", "exact"),        # FY2024: 26.1 + 17.9 + 14.4 = 58.4
            ("hierarchy", "exact"),        # FY2028F: 50.3 + 38.0 + 32.7 = 121.0
        ],
    ),
    # 39. Markdown table of shares of a total (India, one year): each share has its part and the total printed; the
    # service-desk share is only reached by a reading; the 100.0 total is no claim. Nowhere: the excluded HRMS
    # licences (US$1.9 billion), the report code.
    dict(
        text=(
            "India: AI in HR technology market by application, 2024\n"
            "\n"
            "| Application | US$ million | Share of total (%) |\n"
            "|:--|--:|--:|\n"
            "| Recruitment & screening | 212 | 48.5 |\n"
            "| Payroll & compliance | 96 | 22.0 |\n"
            "| Employee service desk | 71 | 16.3 |\n"
            "| Learning & development | 58 | 13.3 |\n"
            "| Total | 437 | 100.0 |\n"
            "\n"
            "Note: shares are computed on unrounded data and may not add to 100. Excludes core HRMS licences "
            "(about US$1.9 billion). Source: Deccan Insight Partners, report HR-IN-24-09."
        ),
        obs=[
            ("Recruitment & screening", 2024, 212, "USD million", "actual"),
            ("Payroll & compliance", 2024, 96, "USD million", "actual"),
            ("Employee service desk", 2024, 71, "USD million", "actual"),
            ("Learning & development", 2024, 58, "USD million", "actual"),
            ("Total", 2024, 437, "USD million", "actual"),
        ],
        claims=[
            ("share", 48.5, "percent", 2024, 2024, None),
            ("share", 22.0, "percent", 2024, 2024, None),
            ("share", 16.3, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 212 / 437 = 48.51% -> 48.5
            ("arithmetic", "exact"),     # 96 / 437 = 21.97% -> 22.0
            ("arithmetic", "rounding"),  # 71 / 437 = 16.25% -> 16.2, not 16.3;
            # bounds 70.5 / 437.5 = 16.11% .. 71.5 / 436.5 = 16.38%: 16.3 reached
            ("arithmetic", "exact"),     # 58 / 437 = 13.27% -> 13.3
            ("hierarchy", "exact"),      # 2024: 212 + 96 + 71 + 58 = 437
        ],
    ),
    # 40. Tab-separated official statistics table in GBP, years as columns, a change column with a decline, a total
    # row labelled as printed, a revision note. Nowhere: the superseded 2023 total (GBP 496 million), table number,
    # 2,480 employers, the survey's title year, the publication date.
    dict(
        text=(
            "Table 5.3: Estimated UK employer expenditure on AI-enabled HR tools, \u00a3 million\n"
            "Tool category\t2022\t2023\t2024\t% change 2023-24\n"
            "Recruitment and selection\t148\t201\t263\t30.8\n"
            "Learning and development\t97\t129\t171\t32.6\n"
            "Payroll and HR service desks\t82\t118\t149\t26.3\n"
            "Workforce planning and analytics\t55\t62\t57\t-8.1\n"
            "All AI HR tools\t382\t510\t640\t25.5\n"
            "Notes: 2023 figures have been revised since first publication (All AI HR tools previously "
            "\u00a3496 million). Figures are rounded to the nearest \u00a31 million. Base: 2,480 employers. "
            "Source: Labour Market Technology Survey 2024, published 27 February 2025."
        ),
        obs=[
            ("Recruitment and selection", 2022, 148, "GBP million", "actual"),
            ("Recruitment and selection", 2023, 201, "GBP million", "actual"),
            ("Recruitment and selection", 2024, 263, "GBP million", "actual"),
            ("Learning and development", 2022, 97, "GBP million", "actual"),
            ("Learning and development", 2023, 129, "GBP million", "actual"),
            ("Learning and development", 2024, 171, "GBP million", "actual"),
            ("Payroll and HR service desks", 2022, 82, "GBP million", "actual"),
            ("Payroll and HR service desks", 2023, 118, "GBP million", "actual"),
            ("Payroll and HR service desks", 2024, 149, "GBP million", "actual"),
            ("Workforce planning and analytics", 2022, 55, "GBP million", "actual"),
            ("Workforce planning and analytics", 2023, 62, "GBP million", "actual"),
            ("Workforce planning and analytics", 2024, 57, "GBP million", "actual"),
            ("All AI HR tools", 2022, 382, "GBP million", "actual"),
            ("All AI HR tools", 2023, 510, "GBP million", "actual"),    # the revised figure
            ("All AI HR tools", 2024, 640, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("growth", -8.1, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 263 / 201 - 1 = 30.85% -> 30.8
            ("cagr|implied", "exact"),  # 171 / 129 - 1 = 32.56% -> 32.6
            ("cagr|implied", "exact"),  # 149 / 118 - 1 = 26.27% -> 26.3
            ("cagr|implied", "exact"),  # 57 / 62 - 1 = -8.06% -> -8.1
            ("cagr|implied", "exact"),  # 640 / 510 - 1 = 25.49% -> 25.5
            ("hierarchy", "exact"),     # 2022: 148 + 97 + 82 + 55 = 382
            ("hierarchy", "exact"),     # 2023: 201 + 129 + 118 + 62 = 510
            ("hierarchy", "exact"),     # 2024: 263 + 171 + 149 + 57 = 640
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 10, 'exact': 82}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'an 18% rise on the US$1.20 billion recorded in 2023',
    'nearly 3x the $290m it was worth in 2021',
    '$310m (36% of the total)',
    'puts the 2023 figure at $1.7 billion',
    'between £850 million and £950 million by 2027',
    'roughly $14 billion in fiscal 2025',
    'compounding at around 22% a year',
    'touch US$1.9 billion by FY2029',
    'more than fourfold between 2023 and 2028',
    "or 45%, of last year's spend",
    'the correct figure is $3.1 billion',
    '将突破120亿元',
    '力争达到300亿元，较2023年的120亿元增长1.5倍',
    '该市场2023年规模约为46亿元',
    '新台幣48.5億元，較2023年的40.2億元年增21%',
    '約佔整體36%',
    '1,240億日圓',
    '去年国内AI+人力资源SaaS市场规模约为95亿元',
    '| Total | 3.62 | 4.44 | 5.41 | 9.26 |',
    '合计\t20.3\t26.6\t34.6\t44.3',
    'FY2026F            101.0       17.0',
    'Total APAC        1010     1225     2115',
    '2023 total revised from £631m',
    'we get to roughly $14 billion this year',
    "That's a compound growth rate of about 22%",
    'nearly 1.5 times its 2021 level of US$1.9 billion',
    '(US$1.1 billion, or 39% of 2023 spending)',
    'up 27% from $2.83 billion in 2023',
    'came in at ~$780M last year',
    'We think it gets to $1.1B this year - call it +38%',
    'to more than double, to €4.2 billion by 2030',
    'The correct figure is US$431 million',
    '(approx. ₹3,580 crore)',
    '• 2029F: US$468m',
    '¥58.4 billion in fiscal 2024 (April 2024-March 2025)',
    'roughly 610 billion won',
    '力争到2027年,全省人工智能赋能人力资源服务产业规模突破300亿元',
    '较2021年增长3倍',
    '另据某咨询机构测算,2024年该市场规模为79亿元',
    '較2023年的32.9億元年增21.3%',
    '是2021年6.2億港元的3倍',
    '去年(2024)台灣企業AI學習平台市場大概新台幣12億,今年上看15億',
    '由2020年的9.8亿元增长至2024年的41.2亿元,复合年增长率为43.2%',
    '2030年市场空间在420亿元至480亿元之间',
    '| Total | 3,105 | 3,926 | 4,901 |',
    '年份\t亿元\t同比(%)',
    'CAGR FY24-28F',
    '| Employee service desk | 71 | 16.3 |',
    'All AI HR tools previously £496 million',
    'Workforce planning and analytics\t55\t62\t57\t-8.1',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 227
#: figures, 62 rates, 91 verdicts and 3 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-second set: 235, 64, 96 and 0
FLOORS = {"figures_found": 235, "rates_found": 64, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset154.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
