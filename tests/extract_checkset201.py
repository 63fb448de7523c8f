"""A two-hundred-and-first check set for the extractor, written blind: AI for insurance claims handling: claims-triage
and automation software, photo-based damage estimation for motor and property claims, claims-fraud detection, AI
document intake and adjuster co-pilots, parametric-claims platforms; sized in money by insurers' associations,
regulators' statistics, brokers, consultancies, research houses and insurtech vendors' investor days, in the United
States, the United Kingdom, Germany, France, Switzerland, Japan, India, Singapore, Australia, mainland China, Taiwan and
Hong Kong. Distractors a careful reader leaves out: gross written premiums and claims paid beside the AI spend, the
number of claims handled or adjusters employed, a loss ratio or combined ratio, an insurer's own revenue or profit, a
funding round and valuation, a quarter's figures, a survey's percentages, the savings a vendor promises, a price per
claim.

Snippets 1-20: market figures for AI in insurance claims (triage and automation, photo damage estimation, fraud
detection, document intake and co-pilots, parametric platforms). Eight English prose snippets: a Chicago wire release, a
Tokyo broker note in fiscal years and yen, a Munich briefing with segment shares, an article quoting two research
houses, an investor-day TAM transcript, a Paris strategy with last-year/this-year figures, a London correction with a
range, a blog post with a multiple. Seven Chinese prose snippets: an industry report, a Guangdong plan (力争, 增长2倍), a
Xinhua story quoting two institutes, a Taiwan white paper, a Hong Kong story in 億港元, a Taipei CNA story with 去年/今年, a
broker deep-dive. Five tables: markdown with a CAGR column, tab-separated with 合计, space-aligned with shares, vertical
fiscal years with YoY, Traditional markdown with 合計 and 佔比. Left out: premiums, claims paid, claim and staff counts,
loss and combined ratios, firms' own revenue, ARR and profit, funding, quarters, survey answers, promised savings, a
retracted figure, a second house's estimate. Inconsistent: Hong Kong's 18%, FY2025E YoY 28.3%, 旅遊保險 31.3%. Rounding
only: the 19% yen CAGR, the 20% co-pilot share, the 16% TAM rate, Taiwan's 42%, the 33% broker CAGR, the 31.6% table
CAGR, the 2025E 合计, the 7.9% share.

Snippets 21-40: AI in insurance claims handling (triage and automation, photo damage estimation, fraud detection,
document intake and adjuster co-pilots, parametric claims) in the US, UK, Germany, France, Europe, Japan, India, China,
Taiwan and Hong Kong. Eight English prose snippets (an earnings-call TAM answer, a working-paper abstract, a
social-media thread, a corrected web article, a chairman's letter, investor-day slide bullets, a forum answer quoting
two research houses, a rupee broker note giving claims but no observation), seven Chinese prose snippets (a Xinhua-style
release, a Shenzhen plan, a Taipei research release, a Hong Kong report, a PTT post, a broker abstract with a 2030
range, a results-briefing transcript where 今年 is an estimate) and five tables (markdown with CAGR column, tab-separated
with YoY, space-aligned with shares, vertical fiscal years, Traditional Chinese with 合計). Left out: claims paid,
premiums, claim and staff counts, loss and combined ratios, insurers' own revenue and profit, funding rounds, quarters,
survey answers, promised savings, prices per claim, a superseded figure, a second house's figure, shares in words.
Inconsistent: the PTT 35% CAGR and the 23.2% Property YoY. Only by rounding: the 20.0% paper CAGR, the chairman's 14%
share, the 21.9% slide CAGR, the broker's 27% YoY, the 20.5% triage CAGR, the 21.5% fraud share and the 2024 totals of
tables 36 and 40.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release: YoY growth with both amounts (2023 printed in millions, converted to the
    #    series' unit USD billion), CAGR with printed span. Expected nowhere: the dateline, the outlook's title
    #    year, the $520 billion of net losses paid, the 68% survey answer and the 412 executives polled.
    dict(
        text=(
            "CHICAGO, March 11, 2025 /PRNewswire/ -- U.S. property and casualty insurers spent $1.27 billion on AI "
            "claims-automation software in 2024, up 31% from $968 million in 2023, according to the 2025 Claims "
            "Technology Outlook published today by Lakeshore Insurance Analytics. The Evanston-based research firm "
            "expects spending to reach $4.6 billion by 2030, a compound annual growth rate of 23.9% over 2024-2030, "
            "with triage and straight-through-processing tools taking the bulk of outlays. For scale, the industry "
            "paid roughly $520 billion in net losses in 2024, and 68% of the 412 claims executives polled said they "
            "planned to add a generative-AI adjuster assistant within two years."
        ),
        obs=[
            ("Total", 2023, 0.968, "USD billion", "actual"),
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.27 / 0.968) ** (1 / 1) - 1 = 31.20% -> 31
            ("cagr|implied", "exact"),  # (4.6 / 1.27) ** (1 / 6) - 1 = 23.93% -> 23.9
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (FY2024 -> 2024, FY2029E -> 2029); CAGR with printed span
    #    that holds only by rounding. Expected nowhere: the dateline, the ¥9.6tn of net premiums, the 97.4% combined
    #    ratio, the target price and its upside, the 9-day settlement time, the covered insurer's net profit.
    dict(
        text=(
            "JAPAN NON-LIFE INSURANCE - Sector update - Tokyo, 9 June 2025\n"
            "Claims get a second pair of eyes. We estimate that Japanese non-life insurers spent \u00a538.4bn on AI "
            "claims tools (photo-based damage assessment, fraud scoring, document intake) in FY2024 (year to March "
            "2025) and forecast \u00a594bn in FY2029E, a FY2024-29E CAGR of 19%. Motor accounts for most of it. The "
            "sector wrote \u00a59.6tn of net premiums in FY2024 at a combined ratio of 97.4%. Top pick Sakuragawa "
            "Marine & Fire (OUTPERFORM, TP \u00a54,150, 16% upside) has cut its average claim-settlement time to nine "
            "days and booked FY2024 net profit of \u00a5182bn."
        ),
        obs=[
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2029, 94, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (94 / 38.4) ** (1 / 5) - 1 = 19.61% -> 20, not 19; bounds (93.5 / 38.45) ** (1/5) - 1 = 19.45%,
            # (94.5 / 38.35) ** (1/5) - 1 = 19.77% -> 19 reached only by the low reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Munich research briefing: a total and three segments with shares; one share holds only by rounding; a
    #    2029 figure in billions converted to the series' unit (EUR million), "top" kept at its printed figure.
    #    Expected nowhere: the dateline, the 57 insurers surveyed, the €236 billion of premiums, the promised
    #    €1.4 billion of savings.
    dict(
        text=(
            "MUNICH, 22 May 2025 \u2013 German property-casualty and health insurers spent \u20ac418 million on "
            "artificial intelligence for claims handling in 2024, according to a briefing by the Isar Institute for "
            "Insurance Economics. Photo-based damage estimation for motor and household claims was the largest "
            "segment at \u20ac137 million, or 33% of the total, followed by claims-fraud detection at \u20ac96 million "
            "(23%). Document intake and adjuster co-pilots reached \u20ac81 million, roughly 20%. The institute, which "
            "surveyed 57 insurers, expects the market to top \u20ac1 billion by 2029. German insurers collected "
            "\u20ac236 billion in premiums in 2024, and vendors promise savings of up to \u20ac1.4 billion a year."
        ),
        obs=[
            ("Total", 2024, 418, "EUR million", "actual"),
            ("Photo-based damage estimation for motor and household claims", 2024, 137, "EUR million", "actual"),
            ("Claims-fraud detection", 2024, 96, "EUR million", "actual"),
            ("Document intake and adjuster co-pilots", 2024, 81, "EUR million", "actual"),
            ("Total", 2029, 1000, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 137 / 418 = 32.78% -> 33
            ("arithmetic", "exact"),  # 96 / 418 = 22.97% -> 23
            # 81 / 418 = 19.38% -> 19, not 20; bounds 80.5 / 418.5 = 19.24%, 81.5 / 417.5 = 19.52% -> 20 by the
            # high reading only
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Trade-press article quoting two research houses: the first house's base, target and stated CAGR are the
    #    snippet's figures; the second house's 2024 figure is expected nowhere. Expected nowhere: Castellan's
    #    $3.1 billion, the $300 billion yearly fraud cost, Veritrust's $62 million round and $540 million valuation.
    dict(
        text=(
            "Fraud analytics is where insurers' AI budgets are moving fastest. Northgate Research sizes the global "
            "market for AI claims-fraud detection at $2.35 billion in 2024 and expects it to reach $7.1 billion in "
            "2030, a compound annual growth rate of 20.2% between 2024 and 2030. Its estimate sits below that of "
            "Castellan Partners, which puts the 2024 market at $3.1 billion. Both houses agree that motor and health "
            "claims dominate demand. Industry bodies reckon fraud costs insurers about $300 billion a year, and "
            "Frankfurt-based Veritrust, which flags staged collisions from repair photos, raised $62 million at a "
            "$540 million valuation in April."
        ),
        obs=[
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2030, 7.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.1 / 2.35) ** (1 / 6) - 1 = 20.24% -> 20.2
        ],
    ),
    # 5. Investor-day transcript: the CEO sizes a TAM (the market, Total); "this year" at the dateline's year is an
    #    estimate; "16% a year" is a CAGR whose span only the amounts' years give, holding only by rounding.
    #    Expected nowhere: the event's title year, the $312 million ARR, the 140 carriers, the $38 saved per claim,
    #    the third-quarter revenue.
    dict(
        text=(
            "ClaimSight Inc. Investor Day 2025, New York, September 17, 2025 - transcript excerpt\n"
            "Dana Whitlock, Chief Executive Officer: So let me size the opportunity. We put the total addressable "
            "market for AI claims automation across P&C carriers in North America and Europe at roughly $11 billion "
            "this year, and we see it growing to $24 billion by 2030, so call it 16% a year. Today we're at $312 "
            "million of ARR with 140 carriers live, and customers tell us we take about $38 off the cost of every "
            "claim we touch. Third-quarter revenue came in at $84 million, and we think we're still early."
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2030, 24, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            # (24 / 11) ** (1 / 5) - 1 = 16.89% -> 17, not 16; bounds (23.5 / 11.5) ** (1/5) - 1 = 15.36%,
            # (24.5 / 10.5) ** (1/5) - 1 = 18.47% -> 16 reached by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. Paris strategy launch: last year (2024, actual) and this year (2025, estimate) with a YoY rate, a 2028
    #    target and a multiple of last year's level (no verdict). Expected nowhere: the dateline, the strategy's
    #    title year, the €61 billion of claims paid, the 14 million claims, the 70%-within-48-hours goal, the
    #    11,500 claims handlers.
    dict(
        text=(
            "PARIS, 4 February 2025 - The French insurers' federation today unveiled 'Sinistres 2028', its strategy "
            "for automating claims. French insurers spent \u20ac265 million on AI claims tools last year and should "
            "spend \u20ac330 million this year, a rise of 25%, the federation said. The strategy sets a goal of "
            "\u20ac800 million by 2028, three times last year's level, with photo estimation for home and motor "
            "claims the main priority. Members paid out \u20ac61 billion on 14 million claims in 2024 and aim to "
            "settle 70% of simple home claims within 48 hours. The sector employs about 11,500 claims handlers."
        ),
        obs=[
            ("Total", 2024, 265, "EUR million", "actual"),
            ("Total", 2025, 330, "EUR million", "estimate"),
            ("Total", 2028, 800, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (330 / 265) ** (1 / 1) - 1 = 24.53% -> 25
        ],
    ),
    # 7. London research note with a correction: the corrected 2024 figure stands, the retracted one is expected
    #    nowhere; YoY growth with both amounts; a 2028 range as two value claims (no verdict). Expected nowhere: the
    #    correction's date, the retracted £84m, the £11.7bn of motor claims, the £1,900 average repair bill.
    dict(
        text=(
            "Correction, 12 March 2025: an earlier version of this note gave UK insurers' 2024 spending on AI "
            "damage-estimation tools for motor claims as \u00a384m. The correct figure is \u00a348m, up 30% from "
            "\u00a337m in 2023. We now expect the market to reach between \u00a3150m and \u00a3180m by 2028, depending "
            "on how quickly bodyshops accept photo-only estimates. UK motor insurers paid out \u00a311.7bn in claims "
            "in 2024, and the average repair bill rose to \u00a31,900. We apologise for the error."
        ),
        obs=[
            ("Total", 2023, 37, "GBP million", "actual"),
            ("Total", 2024, 48, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("value", 150, "GBP million", 2028, 2028, None),
            ("value", 180, "GBP million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48 / 37) ** (1 / 1) - 1 = 29.73% -> 30
        ],
    ),
    # 8. Personal blog post: a multiple between two printed years (no verdict) and a 2027 figure in billions
    #    converted to the series' unit (USD million), "cross" kept at its printed figure. Expected nowhere: the
    #    post's date and title year, the $45 million round and $600 million valuation, the 72-hour payout, the
    #    $9 billion of typhoon losses last year.
    dict(
        text=(
            "Blog: Why parametric claims are the quiet AI story of 2025\n"
            "Posted by Priya Raman, 3 July 2025\n"
            "If you only follow chatbots, you missed this: global spending on AI-driven parametric-claims platforms, "
            "the software that checks a trigger (wind speed, rainfall, a flight delay) and pays automatically, grew "
            "3.4x from $142 million in 2021 to $483 million in 2024, by my count from vendor filings. I expect it to "
            "cross $1 billion in 2027. One startup I follow raised $45 million at a $600 million valuation last "
            "month, and its policies pay out within 72 hours. Typhoons alone cost Asian insurers an estimated $9 "
            "billion last year."
        ),
        obs=[
            ("Total", 2021, 142, "USD million", "actual"),
            ("Total", 2024, 483, "USD million", "actual"),
            ("Total", 2027, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Shanghai industry report (Simplified): YoY with both amounts, two parts with shares, a CAGR with printed
    #    span. Expected nowhere: the report's title year, the 2.3万亿元 of claims and benefits paid, the 1.1亿件
    #    motor claims, the 72% survey answer.
    dict(
        text=(
            "《2025中国保险业智能理赔发展报告》近日在上海发布。报告显示,2024年我国保险业理赔环节人工智能应用市场"
            "规模达到46.8亿元,较2023年的35.2亿元增长33.0%。其中,车险图像定损市场规模为19.6亿元,占比41.9%;"
            "理赔反欺诈为11.2亿元,占比23.9%。报告预计,到2028年该市场规模将达到128.5亿元,2024—2028年复合增长率"
            "为28.7%。同期,全国保险业赔款与给付支出约2.3万亿元,车险案件量超过1.1亿件,受访保险公司中有72%已上线"
            "智能核赔系统。"
        ),
        obs=[
            ("Total", 2023, 35.2, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("车险图像定损", 2024, 19.6, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2028, 128.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.0, "percent", 2023, 2024, 1.0),
            ("share", 41.9, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 35.2) ** (1 / 1) - 1 = 32.95% -> 33.0
            ("arithmetic", "exact"),  # 19.6 / 46.8 = 41.88% -> 41.9
            ("arithmetic", "exact"),  # 11.2 / 46.8 = 23.93% -> 23.9
            ("cagr|implied", "exact"),  # (128.5 / 46.8) ** (1 / 4) - 1 = 28.73% -> 28.7
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): a 2024 base (约, kept at its printed figure), 力争 targets
    #     for 2027 (estimates, 突破 kept at its printed figure) and 增长2倍 kept as the multiple x2 (no verdict).
    #     Expected nowhere: the plan's title years, the 90% online-settlement rate, the 3-day cycle, the 10 firms,
    #     the 7,200亿元 of premiums.
    dict(
        text=(
            "为加快保险理赔数字化转型,近日印发的《广东省保险业智能理赔提升行动方案(2025—2027年)》提出,到2027年,"
            "全省保险理赔领域人工智能应用市场规模力争达到36亿元,较2024年增长2倍;其中智能定损与反欺诈应用规模"
            "力争突破15亿元。方案显示,2024年全省该领域市场规模约为12亿元。方案还要求,车险小额案件线上化理赔率"
            "达到90%以上,平均结案周期缩短至3天以内,培育10家以上理赔科技骨干企业。2024年全省原保险保费收入约为"
            "7,200亿元。"
        ),
        obs=[
            ("Total", 2024, 12, "CNY 100 million", "actual"),
            ("Total", 2027, 36, "CNY 100 million", "estimate"),
            ("智能定损与反欺诈应用", 2027, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua wire story (Simplified) quoting two institutes: the first institute's base, target and CAGR (约24%,
    #     span only from the amounts' years) are the snippet's; the second institute's 2024 figure is expected
    #     nowhere. Expected nowhere: the dateline, 赛迪思's 31亿元, the 8.6万件 fraud cases, the 52亿元 recovered.
    dict(
        text=(
            "新华社北京5月20日电(记者王磊)中国保险科技研究院20日发布的报告显示,2024年我国保险理赔反欺诈人工智能"
            "市场规模为23.6亿元,预计到2027年将增至45.1亿元,年均复合增长率约24%。另一家机构赛迪思保险研究中心"
            "此前测算,2024年该市场规模为31亿元。报告称,2024年保险业识别并拦截欺诈案件约8.6万件,挽回损失约52亿元。"
            "业内人士表示,健康险和车险仍是欺诈高发领域,多家头部险企已将大模型用于理赔材料审核。"
        ),
        obs=[
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("Total", 2027, 45.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (45.1 / 23.6) ** (1 / 3) - 1 = 24.10% -> 24
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元: YoY with both amounts, two parts with shares (one holds only
    #     by rounding), a 2027 forecast. Expected nowhere: the white paper's title year, the 38 insurers, the 六成
    #     survey answer, the 新台幣3.5兆元 of premiums, the 2,100萬件 claims.
    dict(
        text=(
            "金融總會委託研究的《2025臺灣保險科技白皮書》指出,2024年國內產壽險業導入AI理賠解決方案的支出達新台幣"
            "28.5億元,較2023年的22.1億元成長29.0%。其中,智慧核賠與文件辨識為新台幣11.8億元,比重約42%;車損影像"
            "定損為7.4億元,占26%。白皮書預估,2027年整體規模可望達到新台幣52億元。調查亦顯示,受訪的38家保險公司中"
            "有六成已試行生成式AI客服;2024年全體保險業保費收入約新台幣3.5兆元,理賠件數逾2,100萬件。"
        ),
        obs=[
            ("Total", 2023, 22.1, "TWD 100 million", "actual"),
            ("Total", 2024, 28.5, "TWD 100 million", "actual"),
            ("智慧核賠與文件辨識", 2024, 11.8, "TWD 100 million", "actual"),
            ("車損影像定損", 2024, 7.4, "TWD 100 million", "actual"),
            ("Total", 2027, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.5 / 22.1) ** (1 / 1) - 1 = 28.96% -> 29.0
            # 11.8 / 28.5 = 41.40% -> 41, not 42; bounds 11.75 / 28.55 = 41.16%, 11.85 / 28.45 = 41.65% -> 42 by
            # the high reading only
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 7.4 / 28.5 = 25.96% -> 26
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a YoY rate its own amounts contradict, a 2026 forecast.
    #     Expected nowhere: the 逾四成 fraction in words, the 6,050億港元 of gross premiums, the 1,200萬宗 claims, the
    #     15-minute payout.
    dict(
        text=(
            "【本報訊】香港保險科技協會昨日發表報告指,2024年本港保險公司在人工智能理賠方案上的開支約為9.8億港元,"
            "較2023年的8.0億港元按年增長18%;報告預測,2026年有關開支將升至15.2億港元。報告又指,醫療索償自動審批"
            "佔開支逾四成,其次為汽車索償的影像定損。2024年本港保險業毛保費約為6,050億港元,全年處理索償個案逾1,200"
            "萬宗。協會主席表示,部分保險公司採用AI後,簡單醫療索償最快可於15分鐘內完成賠付。"
        ),
        obs=[
            ("Total", 2023, 8.0, "HKD 100 million", "actual"),
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("Total", 2026, 15.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (9.8 / 8.0) ** (1 / 1) - 1 = 22.50%, not 18; bounds 9.75 / 8.05 - 1 = 21.12%, 9.85 / 7.95 - 1 = 23.90%
            # -> 18 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei CNA wire story (Traditional): 去年 (2024, actual) and 今年 (2025, estimate) with a YoY rate, a part's
    #     2025 amount. Expected nowhere: the dateline, the 2,300億元 of premiums, the 58% loss ratio, the 420萬件
    #     claims, the 7-to-3 days, the first quarter's 四成 growth.
    dict(
        text=(
            "(中央社記者林怡君台北2025年4月8日電)產險公會今天表示,國內產險業AI理賠相關支出去年達新台幣12.4億元,"
            "今年預估成長35%至16.7億元,其中車險影像定損今年可望達6.9億元。公會指出,去年產險業簽單保費約新台幣"
            "2,300億元,車險損失率約58%,全年理賠案件約420萬件。公會理事長說,導入AI後平均理賠天數已從7天縮短至3天;"
            "部分業者第一季AI理賠支出年增逾四成。"
        ),
        obs=[
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2025, 16.7, "TWD 100 million", "estimate"),
            ("車險影像定損", 2025, 6.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.7 / 12.4) ** (1 / 1) - 1 = 34.68% -> 35
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): a 2024 base (约) and 2027 forecast with a stated 2024—2027 CAGR
    #     (约33%) that holds only by rounding. Expected nowhere: the 9,000亿元 of motor premiums, the 97.8%
    #     combined ratio, the rating, the 56.2元 target price and 28x PE, the company's 6.3亿元 revenue and 41%.
    dict(
        text=(
            "东岳证券非银金融行业深度报告:保险理赔AI——降赔付、控欺诈的下一个增量。我们测算,2024年国内车险AI定损"
            "市场规模约为41.5亿元,随着大模型定损在中小险企中普及,2027年有望达到99亿元,2024—2027年CAGR约33%。"
            "作为参照,2024年车险保费收入约9,000亿元,行业综合成本率约97.8%。首次覆盖理赔科技龙头,给予“买入”评级,"
            "目标价56.2元,对应2025年PE 28倍;公司2024年理赔科技业务收入6.3亿元,同比增长41%。"
        ),
        obs=[
            ("Total", 2024, 41.5, "CNY 100 million", "actual"),
            ("Total", 2027, 99, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (99 / 41.5) ** (1 / 3) - 1 = 33.62% -> 34, not 33; bounds (98.5 / 41.55) ** (1/3) - 1 = 33.34%,
            # (99.5 / 41.45) ** (1/3) - 1 = 33.90% -> 33 by the low reading only
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown pipe table (US, USD million) with a 2030F column and a CAGR column with printed span; one CAGR
    #     holds only by rounding; parts add up to the Total row in both years. Expected nowhere: the exhibit
    #     number, the 36 carriers interviewed.
    dict(
        text=(
            "Exhibit 4: U.S. AI-in-claims software market by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Claims triage & automation | 412 | 1,380 | 22.3% |\n"
            "| Damage estimation (motor & property) | 286 | 905 | 21.2% |\n"
            "| Claims-fraud detection | 231 | 764 | 22.1% |\n"
            "| Document intake & adjuster co-pilots | 118 | 611 | 31.6% |\n"
            "| Total | 1,047 | 3,660 | 23.2% |\n"
            "Source: Halyard Advisory estimates, based on interviews with 36 carriers. F = forecast."
        ),
        obs=[
            ("Claims triage & automation", 2024, 412, "USD million", "actual"),
            ("Claims triage & automation", 2030, 1380, "USD million", "estimate"),
            ("Damage estimation (motor & property)", 2024, 286, "USD million", "actual"),
            ("Damage estimation (motor & property)", 2030, 905, "USD million", "estimate"),
            ("Claims-fraud detection", 2024, 231, "USD million", "actual"),
            ("Claims-fraud detection", 2030, 764, "USD million", "estimate"),
            ("Document intake & adjuster co-pilots", 2024, 118, "USD million", "actual"),
            ("Document intake & adjuster co-pilots", 2030, 611, "USD million", "estimate"),
            ("Total", 2024, 1047, "USD million", "actual"),
            ("Total", 2030, 3660, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 31.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1380 / 412) ** (1 / 6) - 1 = 22.32% -> 22.3
            ("cagr|implied", "exact"),  # (905 / 286) ** (1 / 6) - 1 = 21.17% -> 21.2
            ("cagr|implied", "exact"),  # (764 / 231) ** (1 / 6) - 1 = 22.06% -> 22.1
            # (611 / 118) ** (1 / 6) - 1 = 31.53% -> 31.5, not 31.6; bounds (610.5 / 118.5) ** (1/6) - 1 = 31.42%,
            # (611.5 / 117.5) ** (1/6) - 1 = 31.64% -> 31.6 by the high reading only
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (3660 / 1047) ** (1 / 6) - 1 = 23.19% -> 23.2
            ("hierarchy", "exact"),  # 2024: 412 + 286 + 231 + 118 = 1047
            ("hierarchy", "exact"),  # 2030F: 1380 + 905 + 764 + 611 = 3660
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; 2025年E is an estimate; the 2025E parts
    #     add to the 合计 only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国保险智能理赔细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能定损\t14.6\t19.6\t25.8\n"
            "理赔反欺诈\t8.5\t11.3\t14.9\n"
            "智能单证识别\t6.9\t9.2\t12.1\n"
            "理赔大模型助手\t2.4\t4.1\t7.3\n"
            "合计\t32.4\t44.2\t60.2\n"
            "资料来源:保险科技产业联盟;2025年E为预测值,合计数据因四舍五入与分项加总略有出入。"
        ),
        obs=[
            ("智能定损", 2023, 14.6, "CNY 100 million", "actual"),
            ("智能定损", 2024, 19.6, "CNY 100 million", "actual"),
            ("智能定损", 2025, 25.8, "CNY 100 million", "estimate"),
            ("理赔反欺诈", 2023, 8.5, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2024, 11.3, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2025, 14.9, "CNY 100 million", "estimate"),
            ("智能单证识别", 2023, 6.9, "CNY 100 million", "actual"),
            ("智能单证识别", 2024, 9.2, "CNY 100 million", "actual"),
            ("智能单证识别", 2025, 12.1, "CNY 100 million", "estimate"),
            ("理赔大模型助手", 2023, 2.4, "CNY 100 million", "actual"),
            ("理赔大模型助手", 2024, 4.1, "CNY 100 million", "actual"),
            ("理赔大模型助手", 2025, 7.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 32.4, "CNY 100 million", "actual"),
            ("合计", 2024, 44.2, "CNY 100 million", "actual"),
            ("合计", 2025, 60.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.6 + 8.5 + 6.9 + 2.4 = 32.4
            ("hierarchy", "exact"),  # 2024: 19.6 + 11.3 + 9.2 + 4.1 = 44.2
            # 2025E: 25.8 + 14.9 + 12.1 + 7.3 = 60.1, not 60.2; bounds of the sum 60.1 -/+ 4 x 0.05 = 59.9 to 60.3
            # against the total's 60.15 to 60.25 -> they meet only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (UK, GBP million) by line of business for 2023 and 2024 with a 2024 share column; one
    #     share holds only by rounding; the table's 100.0% is no claim. Expected nowhere: the
    #     benchmark's title year, the 41 insurers and MGAs surveyed.
    dict(
        text=(
            "UK insurers' spend on AI claims tools by line of business (GBP m)\n"
            "Line of business          2023    2024    Share 2024\n"
            "Motor                       89     112       46.1%\n"
            "Home and property           50      61       25.1%\n"
            "Commercial lines            29      38       15.6%\n"
            "Travel and pet              15      19        7.9%\n"
            "Health and protection        9      13        5.3%\n"
            "Total                      192     243      100.0%\n"
            "Source: Thameside Claims Benchmark 2025, survey of 41 insurers and MGAs; figures rounded."
        ),
        obs=[
            ("Motor", 2023, 89, "GBP million", "actual"),
            ("Motor", 2024, 112, "GBP million", "actual"),
            ("Home and property", 2023, 50, "GBP million", "actual"),
            ("Home and property", 2024, 61, "GBP million", "actual"),
            ("Commercial lines", 2023, 29, "GBP million", "actual"),
            ("Commercial lines", 2024, 38, "GBP million", "actual"),
            ("Travel and pet", 2023, 15, "GBP million", "actual"),
            ("Travel and pet", 2024, 19, "GBP million", "actual"),
            ("Health and protection", 2023, 9, "GBP million", "actual"),
            ("Health and protection", 2024, 13, "GBP million", "actual"),
            ("Total", 2023, 192, "GBP million", "actual"),
            ("Total", 2024, 243, "GBP million", "actual"),
        ],
        claims=[
            ("share", 46.1, "percent", 2024, 2024, None),
            ("share", 25.1, "percent", 2024, 2024, None),
            ("share", 15.6, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
            ("share", 5.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 112 / 243 = 46.09% -> 46.1
            ("arithmetic", "exact"),  # 61 / 243 = 25.10% -> 25.1
            ("arithmetic", "exact"),  # 38 / 243 = 15.64% -> 15.6
            # 19 / 243 = 7.82% -> 7.8, not 7.9; bounds 18.5 / 243.5 = 7.60%, 19.5 / 242.5 = 8.04% -> 7.9 by some
            # reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 13 / 243 = 5.350% (5.3498) -> 5.3
            ("hierarchy", "exact"),  # 2023: 89 + 50 + 29 + 15 + 9 = 192
            ("hierarchy", "exact"),  # 2024: 112 + 61 + 38 + 19 + 13 = 243
        ],
    ),
    # 19. Vertical table whose rows are fiscal years (Japan), a lone value column headed by its unit only (the
    #     market's Total, JPY billion), a YoY column; FY2025E's YoY is contradicted by its own amounts. Expected
    #     nowhere: the 29 insurers questioned, the title's year span.
    dict(
        text=(
            "Japan: non-life insurers' spending on AI claims handling (photo damage assessment, fraud scoring, "
            "document intake and adjuster assistants), fiscal years 2021-2026\n"
            "Fiscal year     \u00a5bn      YoY\n"
            "FY2021          17.8       -\n"
            "FY2022          22.6     27.0%\n"
            "FY2023          29.5     30.5%\n"
            "FY2024          38.4     30.2%\n"
            "FY2025E         48.1     28.3%\n"
            "FY2026E         59.7     24.1%\n"
            "Source: Marunouchi Insurtech Research, questionnaire to 29 non-life insurers; fiscal years end in "
            "March; E = estimate; YoY is the change on the previous fiscal year."
        ),
        obs=[
            ("Total", 2021, 17.8, "JPY billion", "actual"),
            ("Total", 2022, 22.6, "JPY billion", "actual"),
            ("Total", 2023, 29.5, "JPY billion", "actual"),
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2025, 48.1, "JPY billion", "estimate"),
            ("Total", 2026, 59.7, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2021, 2022, 1.0),
            ("growth", 30.5, "percent", 2022, 2023, 1.0),
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("growth", 28.3, "percent", 2024, 2025, 1.0),
            ("growth", 24.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.6 / 17.8 - 1 = 26.97% -> 27.0
            ("cagr|implied", "exact"),  # 29.5 / 22.6 - 1 = 30.53% -> 30.5
            ("cagr|implied", "exact"),  # 38.4 / 29.5 - 1 = 30.17% -> 30.2
            # 48.1 / 38.4 - 1 = 25.26%, not 28.3; bounds 48.05 / 38.45 - 1 = 24.97%, 48.15 / 38.35 - 1 = 25.55%
            # -> 28.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 59.7 / 48.1 - 1 = 24.12% -> 24.1
        ],
    ),
    # 20. Traditional-Chinese markdown table (Hong Kong, 億港元) with a 合計 row and a 2024 佔比 column; one share
    #     (31.3%, a transposed 13.3) is contradicted by its amounts; the 100.0% is no claim. Expected nowhere: the
    #     table number.
    dict(
        text=(
            "表五:香港保險業AI理賠開支(按業務類別,單位:億港元)\n"
            "| 業務類別 | 2023年 | 2024年 | 2024年佔比 |\n"
            "|---|---|---|---|\n"
            "| 醫療保險 | 3.9 | 4.7 | 48.0% |\n"
            "| 汽車保險 | 1.6 | 2.0 | 20.4% |\n"
            "| 財產及意外保險 | 1.5 | 1.8 | 18.4% |\n"
            "| 旅遊保險 | 1.0 | 1.3 | 31.3% |\n"
            "| 合計 | 8.0 | 9.8 | 100.0% |\n"
            "資料來源:香港保險科技協會會員調查;數字經四捨五入。"
        ),
        obs=[
            ("醫療保險", 2023, 3.9, "HKD 100 million", "actual"),
            ("醫療保險", 2024, 4.7, "HKD 100 million", "actual"),
            ("汽車保險", 2023, 1.6, "HKD 100 million", "actual"),
            ("汽車保險", 2024, 2.0, "HKD 100 million", "actual"),
            ("財產及意外保險", 2023, 1.5, "HKD 100 million", "actual"),
            ("財產及意外保險", 2024, 1.8, "HKD 100 million", "actual"),
            ("旅遊保險", 2023, 1.0, "HKD 100 million", "actual"),
            ("旅遊保險", 2024, 1.3, "HKD 100 million", "actual"),
            ("合計", 2023, 8.0, "HKD 100 million", "actual"),
            ("合計", 2024, 9.8, "HKD 100 million", "actual"),
        ],
        claims=[
            ("share", 48.0, "percent", 2024, 2024, None),
            ("share", 20.4, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("share", 31.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.7 / 9.8 = 47.96% -> 48.0
            ("arithmetic", "exact"),  # 2.0 / 9.8 = 20.41% -> 20.4
            ("arithmetic", "exact"),  # 1.8 / 9.8 = 18.37% -> 18.4
            # 1.3 / 9.8 = 13.27%, not 31.3; bounds 1.25 / 9.85 = 12.69%, 1.35 / 9.75 = 13.85% -> no reading reaches it
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 2023: 3.9 + 1.6 + 1.5 + 1.0 = 8.0
            ("hierarchy", "exact"),  # 2024: 4.7 + 2.0 + 1.8 + 1.3 = 9.8
        ],
    ),
    # 21. Earnings-call answer sizing a U.S. TAM (Total); CAGR with no printed span (inferred, cagr|period); a
    #     "roughly" 2029 figure kept as printed. Expected nowhere: the call's quarter title, the 3.1 million claims
    #     touched, the fourth-quarter revenue, the $4 price per claim, the $480 billion of losses paid.
    dict(
        text=(
            "ClaimPilot Inc. (NASDAQ: CLPT) Q4 2024 earnings call, February 26, 2025\n"
            "Dana Whitcomb, Keel Street Securities: Can you size the opportunity for us?\n"
            "Priya Raman, chief executive: Sure. We put the total addressable market for AI claims automation at "
            "U.S. property and casualty carriers at $6.2 billion in 2024, and we see it reaching roughly $14.5 billion "
            "by 2029, so call it an 18.5% compound rate. For perspective, we touched 3.1 million claims in the fourth "
            "quarter, fourth-quarter revenue came in at $48.6 million, and we price at about $4 a claim. The industry "
            "paid out something like $480 billion in losses last year, so we are still a rounding error."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2029, 14.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (14.5 / 6.2) ** (1 / 5) - 1 = 18.52% -> 18.5
        ],
    ),
    # 22. UK working-paper abstract: CAGR with printed span printed as 20.0% while the amounts give 19.92%; a part with
    #     its share. Expected nowhere: the paper number, the 57 insurers, the 2.6 days, the 1.4 percentage points,
    #     the JEL codes.
    dict(
        text=(
            "Working Paper No. 25-114\n"
            "Machines at the Loss Desk: Artificial Intelligence and Claims Handling in UK General Insurance\n"
            "Abstract. Drawing on procurement disclosures from 57 UK general insurers, we estimate that the industry "
            "spent \u00a3338 million on AI for claims handling in 2024, against \u00a3196 million in 2021, a compound "
            "annual growth rate of 20.0% over 2021-2024. Photo-based damage estimation for motor and property claims "
            "was the largest use, at \u00a3104 million, or 31% of the 2024 spend. We find that adoption shortened "
            "average motor claim cycle times by 2.6 days and lowered adopters' loss ratios by 1.4 percentage points, "
            "with no detectable effect on complaint rates. JEL codes: G22, O33."
        ),
        obs=[
            ("Total", 2021, 196, "GBP million", "actual"),
            ("Total", 2024, 338, "GBP million", "actual"),
            ("Photo-based damage estimation for motor and property claims", 2024, 104, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2021, 2024, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (338 / 196) ** (1 / 3) - 1 = 19.92% -> 19.9, not 20.0; bounds (337.5 / 196.5) ** (1/3) - 1 = 19.76%,
            # (338.5 / 195.5) ** (1/3) - 1 = 20.08% -> 20.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 104 / 338 = 30.77% -> 31
        ],
    ),
    # 23. Social-media thread on France: YoY with both amounts, a part with its share, a multiple, a 2029 figure in
    #     billions converted to the series' unit (EUR million). Expected nowhere: the post numbers, the €58 billion of
    #     claims paid, the €45 million round and €300 million valuation, the repost and like counts.
    dict(
        text=(
            "1/ Thread: French insurers are spending serious money on AI for claims. A quick tour of the new Argos "
            "Conseil study \U0001f9f5\n"
            "2/ Spend on AI claims tools in France hit \u20ac412 million in 2024, up 24% on \u20ac332 million in 2023.\n"
            "3/ Photo-based damage estimation for motor is the biggest bucket at \u20ac148 million, about 36% of the "
            "total.\n"
            "4/ Argos sees the market at \u20ac1.1 billion by 2029, i.e. 2.7x in five years.\n"
            "5/ Context: French P&C insurers paid \u20ac58 billion in claims in 2023, and one Lyon startup just raised "
            "\u20ac45 million at a \u20ac300 million valuation. Don't @ me.\n"
            "318 reposts, 1.2K likes"
        ),
        obs=[
            ("Total", 2023, 332, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Photo-based damage estimation for motor", 2024, 148, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
            ("multiple", 2.7, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 332) ** (1 / 1) - 1 = 24.10% -> 24
            ("arithmetic", "exact"),  # 148 / 412 = 35.92% -> 36
        ],
    ),
    # 24. U.S. web article with a correction: the corrected 2024 figure and rate are the expected ones; YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the update date, the superseded $1.92 billion and 32%,
    #     the $300 billion cost of fraud, the 41 vendors, the $60 million Series C.
    dict(
        text=(
            "How AI is changing the fight against insurance fraud\n"
            "By Megan Orr. Updated March 12, 2025\n"
            "U.S. property and casualty insurers spent $1.29 billion on AI-based claims-fraud detection in 2024, up "
            "22% from $1.06 billion in 2023, according to Halvorsen Research. The firm expects the market to reach "
            "$2.4 billion in 2027, a compound annual rate of 23% over 2024-2027. An industry group puts the cost of "
            "insurance fraud at roughly $300 billion a year, and Halvorsen now tracks 41 vendors; one of them, "
            "Fraudsentry, raised $60 million in a Series C in January.\n"
            "Correction: An earlier version of this article misstated the 2024 spending figure as $1.92 billion and "
            "the growth rate as 32%. The correct figures are $1.29 billion and 22%."
        ),
        obs=[
            ("Total", 2023, 1.06, "USD billion", "actual"),
            ("Total", 2024, 1.29, "USD billion", "actual"),
            ("Total", 2027, 2.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.29 / 1.06) ** (1 / 1) - 1 = 21.70% -> 22
            ("cagr|implied", "exact"),  # (2.4 / 1.29) ** (1 / 3) - 1 = 22.99% -> 23
        ],
    ),
    # 25. Chairman's annual-report letter (Swiss insurer) sizing the European market: YoY with both amounts; a part in
    #     EUR million whose share holds only by rounding. Expected nowhere: the insurer's premiums (CHF), combined
    #     ratio, net income, dividend, the 14,900 employees, the letter's date.
    dict(
        text=(
            "Letter from the Chairman\n"
            "Dear shareholders,\n"
            "2024 was the year artificial intelligence moved from pilot to production in our claims departments. We "
            "estimate that European insurers spent \u20ac2.35 billion on AI for claims handling in 2024, up 19% from "
            "\u20ac1.97 billion in 2023, and adjuster co-pilots, a category that barely existed two years ago, already "
            "accounted for \u20ac317 million, or 14% of that spend. Your company's gross written premiums rose 5.8% to "
            "CHF 21.4 billion, our combined ratio improved to 92.7% and net income reached CHF 1.63 billion. The Board "
            "proposes a dividend of CHF 27 per share, and I thank our 14,900 employees.\n"
            "Zurich, 6 March 2025\n"
            "Markus Br\u00e4ndli, Chairman"
        ),
        obs=[
            ("Total", 2023, 1.97, "EUR billion", "actual"),
            ("Total", 2024, 2.35, "EUR billion", "actual"),
            ("Adjuster co-pilots", 2024, 317, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.35 / 1.97) ** (1 / 1) - 1 = 19.29% -> 19
            # 317 / 2350 = 13.49% -> 13, not 14; bounds 316.5 / 2355 = 13.44%, 317.5 / 2345 = 13.54% -> 14 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. London insurtech investor-day slide bullets: global parametric-claims TAM (Total), CAGR with printed span that
    #     holds only by rounding, a region with its share. Expected nowhere: the slide number, the investor day's
    #     title year, the 140 clients and 11 countries, the 20% share ambition, the margin, the Series D and valuation.
    dict(
        text=(
            "SkyLedger Technologies Investor Day 2025, slide 12: Parametric claims, the market\n"
            "- Global TAM for parametric-claims platforms: $2.1bn in 2024\n"
            "- Expected to reach $6.8bn in 2030E\n"
            "- 21.9% CAGR, 2024-2030E\n"
            "- Asia-Pacific: $2.6bn in 2030E, 38% of TAM\n"
            "- Today: 140+ insurer and reinsurer clients in 11 countries\n"
            "- Our ambition: 20% market share and a 30%+ EBITDA margin by 2030\n"
            "- Series D: $85m raised at a $1.2bn valuation (Nov 2024)\n"
            "London, 10 June 2025"
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
            ("Asia-Pacific", 2030, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("share", 38, "percent", 2030, 2030, None),
        ],
        verdicts=[
            # (6.8 / 2.1) ** (1 / 6) - 1 = 21.63% -> 21.6, not 21.9; bounds (6.75 / 2.15) ** (1/6) - 1 = 21.01%,
            # (6.85 / 2.05) ** (1/6) - 1 = 22.27% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 2.6 / 6.8 = 38.24% -> 38
        ],
    ),
    # 27. Forum answer quoting two research houses on global photo damage estimation: the first house's base, target
    #     and CAGR with printed span. Expected nowhere: the second house's $1.9 billion for 2024, the user name's
    #     number, the 15 years, the $3 per estimate, the 38 adjusters, the 20% more files, the promised 30% savings,
    #     the upvote count.
    dict(
        text=(
            "Re: How big is the market for AI photo damage estimation?\n"
            "Answer from claims_guy_74, motor claims manager, 15 years in the trade\n"
            "Depends whose numbers you trust. Marlowe Insights sizes the global market for photo-based damage "
            "estimation in motor and property claims at $1.46 billion in 2024 and expects $4.3 billion by 2030, which "
            "they put at a 19.7% CAGR for 2024-2030. Quillon Research is more bullish and has 2024 at $1.9 billion, "
            "but they lump in fleet inspections. For what it's worth, my shop pays roughly $3 per estimate, our 38 "
            "adjusters now close about 20% more files each, and the vendor promised us 30% lower cycle costs.\n"
            "212 upvotes"
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.3 / 1.46) ** (1 / 6) - 1 = 19.73% -> 19.7
        ],
    ),
    # 28. Mumbai broker research note in rupees (a currency outside the unit list): no observation, but the YoY rate
    #     (base not printed), the stated CAGR (end amount not printed) and two shares are claims, none with a verdict.
    #     Expected nowhere: the ₹1,840 crore, the ₹1.9 lakh crore of claims paid, the target price and upside, the 4.2
    #     million claims settled, the dateline.
    dict(
        text=(
            "KESTREL EQUITIES, India Insurance, Mumbai, 9 June 2025\n"
            "Claims go digital. We estimate Indian general and health insurers spent \u20b91,840 crore on AI claims "
            "tools in FY2025, up 31% year on year, and expect the market to compound at 27% a year over "
            "FY2025-FY2030. Health-claims document intake is the largest use case at 44% of spend, ahead of motor "
            "photo estimation at 29%. Claims paid by the industry crossed \u20b91.9 lakh crore in FY2025. We initiate "
            "on Nivaran Insurtech with a BUY and a target price of \u20b9640 (22% upside); the company settled 4.2 "
            "million claims last year."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 27, "percent", 2025, 2030, None, "stated"),
            ("share", 44, "percent", 2025, 2025, None),
            ("share", 29, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share, a second part at 约, a 2027
    #     figure at 突破 kept as printed. Expected nowhere: the dateline, the 2.28万亿元 claims paid, the 2.6亿 cases,
    #     the 18万 claims staff.
    dict(
        text=(
            "新华社北京3月18日电(记者李晓青)记者18日从中国保险行业协会获悉,2024年我国保险业理赔环节人工智能应用市场"
            "规模达到86.4亿元,较2023年的67.7亿元增长27.6%。其中,车险图像智能定损市场规模为31.2亿元,占比36.1%;"
            "理赔反欺诈系统规模约19.5亿元。协会预计,2027年这一市场规模将突破180亿元。数据显示,2024年全行业赔付支出"
            "2.28万亿元,全年处理理赔案件超过2.6亿件,全国保险从业人员中理赔人员约18万人。"
        ),
        obs=[
            ("Total", 2023, 67.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("车险图像智能定损", 2024, 31.2, "CNY 100 million", "actual"),
            ("理赔反欺诈系统", 2024, 19.5, "CNY 100 million", "actual"),
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 67.7) ** (1 / 1) - 1 = 27.62% -> 27.6
            ("arithmetic", "exact"),  # 31.2 / 86.4 = 36.11% -> 36.1
        ],
    ),
    # 30. Shenzhen municipal action plan (Simplified): a 2027 target, its 2024 base and a 年均增长20%以上 whose span only
    #     the amounts' years give (inferred, cagr|period); a part's 2027 target. Expected nowhere: the plan's title
    #     years, the 10 firms, the 3 platforms, the 1-day settlement goal, the 1,620亿元 premium income.
    dict(
        text=(
            "深圳市地方金融管理局日前印发《深圳市保险科技创新发展行动计划(2025—2027年)》。计划提出,到2027年,全市"
            "保险理赔智能化服务市场规模达到60亿元,较2024年的34.5亿元年均增长20%以上,其中车险智能定损市场规模达到"
            "22亿元。计划还提出,培育10家以上具有全国影响力的保险科技企业,建设3个行业级理赔数据共享平台,推动小额"
            "理赔平均结案时效压缩至1天以内。2024年,全市保费收入为1,620亿元。"
        ),
        obs=[
            ("Total", 2024, 34.5, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
            ("车险智能定损", 2027, 22, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 34.5) ** (1 / 3) - 1 = 20.26% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional): 新台幣億元 amounts, YoY with both amounts, a stated CAGR with printed
    #     span to a 上看 figure. Expected nowhere: the report's title year, the 約四成 share in words, the 2,150億元
    #     premium income, the 420萬 claims, the 68% survey answer.
    dict(
        text=(
            "(台北訊)台灣金融科技研究院今(15)日發布《2025台灣保險科技趨勢報告》指出,2024年國內產壽險業導入AI理賠"
            "相關解決方案的市場規模達新台幣48.6億元,較2023年的37.9億元成長28.2%。研究院預估,2027年市場規模將上看"
            "新台幣102億元,2024至2027年複合成長率約28%。其中車險AI定損占比約四成,為最大應用。報告也指出,2024年國內"
            "產險保費收入約新台幣2,150億元,全年理賠件數逾420萬件,受訪業者中有68%計畫在兩年內擴大AI預算。"
        ),
        obs=[
            ("Total", 2023, 37.9, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 102, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 37.9) ** (1 / 1) - 1 = 28.23% -> 28.2
            ("cagr|implied", "exact"),  # (102 / 48.6) ** (1 / 3) - 1 = 28.03% -> 28
        ],
    ),
    # 32. Hong Kong industry report (Traditional): 億港元 amounts, YoY with both amounts, a part with its share, a 2026
    #     forecast. Expected nowhere: the report's title year, the 6,030億港元 gross premiums, the 2,400 claims staff,
    #     the HK$120 cost per motor claim.
    dict(
        text=(
            "香港保險科技協會今日發表《2025年香港保險科技報告》。報告指出,2024年本港保險業在理賠人工智能方面的開支"
            "約為4.86億港元,較2023年的3.73億港元增加30.3%;其中理賠欺詐偵測佔1.45億港元,佔整體約29.8%。報告預計,"
            "相關開支將於2026年增至8.1億港元。同期,本港保險業毛保費達6,030億港元,業界理賠人員約2,400名;報告又指,"
            "以AI評估單一汽車理賠個案的成本可降至約120港元。"
        ),
        obs=[
            ("Total", 2023, 3.73, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("理賠欺詐偵測", 2024, 1.45, "HKD 100 million", "actual"),
            ("Total", 2026, 8.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("share", 29.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.73) ** (1 / 1) - 1 = 30.29% -> 30.3
            ("arithmetic", "exact"),  # 1.45 / 4.86 = 29.84% -> 29.8
        ],
    ),
    # 33. PTT post (Traditional): a poster's CAGR whose span only the amounts' years give, miscalculated
    #     (inconsistent). Expected nowhere: the post's timestamp, the 28-person department, the 兩百多件 per month, the
    #     company's own 1.5億 system budget, the combined ratio, the push lines.
    dict(
        text=(
            "作者 lazycat0917 (懶貓)\n"
            "看板 Insurance\n"
            "標題 [問卦] AI理賠市場真的這麼大?\n"
            "時間 Sun Mar 9 21:14:05 2025\n"
            "看到某顧問公司報告說台灣AI理賠市場2024年才新台幣52億,2028年預估會衝到146億,算起來年複合成長率35%欸?\n"
            "我在產險公司當理賠員,我們部門28個人,每人每月要處理兩百多件,公司今年還說要砸1.5億買系統,"
            "去年綜合率都快破100%了。有沒有八卦?\n"
            "--\n"
            "推 abc1234: 你數學是體育老師教的吧\n"
            "推 tpe_cat: 理賠員先哭"
        ),
        obs=[
            ("Total", 2024, 52, "TWD 100 million", "actual"),
            ("Total", 2028, 146, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (146 / 52) ** (1 / 4) - 1 = 29.45% -> 29, not 35; bounds (145.5 / 52.5) ** (1/4) - 1 = 29.03%,
            # (146.5 / 51.5) ** (1/4) - 1 = 29.87% -> 35 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 34. Mainland broker report abstract (Simplified): a 约 base, a 2025 forecast whose YoY holds only by rounding, a
    #     2030 range (two value claims, no observation). Expected nowhere: the report date, the 超过一半 share in words,
    #     the target price, the 28倍 P/E, the covered company's revenue and its 35% growth.
    dict(
        text=(
            "启明证券研究所·保险科技深度报告摘要(2025年5月)\n"
            "理赔AI:从降本工具到核心基础设施。我们测算2024年我国保险理赔AI市场规模约92亿元,预计2025年达到118亿元,"
            "同比增长27%;中性假设下,2030年市场规模有望达到300亿至350亿元。细分来看,车险智能定损与反欺诈合计占比"
            "超过一半。首次覆盖,给予行业“推荐”评级;重点推荐安泓科技(目标价48.5元,对应2025年28倍市盈率),其2024年"
            "营收12.3亿元,同比增长35%。风险提示:监管政策变化、赔付率上升。"
        ),
        obs=[
            ("Total", 2024, 92, "CNY 100 million", "actual"),
            ("Total", 2025, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("value", 300, "CNY 100 million", 2030, 2030, None),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            # (118 / 92) ** (1 / 1) - 1 = 28.26% -> 28, not 27; bounds 117.5 / 92.5 - 1 = 27.03%,
            # 118.5 / 91.5 - 1 = 29.51% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Mainland results-briefing transcript (Simplified): a serviceable market sized by management (Total); 今年 is
    #     the dateline's year and an estimate; CAGR whose span only the amounts' years give; a part this year.
    #     Expected nowhere: the briefing's fiscal-year title, the company's own revenue and 41% growth, the fourth
    #     quarter's revenue, the 9,800万 claims, the 52% gross margin.
    dict(
        text=(
            "安泓保险科技2024年度业绩说明会文字实录(2025年3月27日)\n"
            "问:管理层如何看待理赔AI的市场空间?\n"
            "答(首席执行官周敏):按照我们的测算,国内财险公司理赔智能化的可服务市场,今年大约在120亿元,到2027年有望"
            "达到173亿元,年均复合增速约20%。其中健康险理赔智能审核今年约45亿元。公司去年理赔科技收入8.6亿元,同比"
            "增长41%,第四季度单季收入2.7亿元;全年服务理赔案件约9,800万件,毛利率52%。"
        ),
        obs=[
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
            ("Total", 2027, 173, "CNY 100 million", "estimate"),
            ("健康险理赔智能审核", 2025, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (173 / 120) ** (1 / 2) - 1 = 20.07% -> 20
        ],
    ),
    # 36. Markdown pipe table (U.S., USD million) with a CAGR column whose span the header prints; the Total row is off
    #     its parts by one in 2024 and the triage CAGR holds only by rounding. Expected nowhere: the exhibit number,
    #     the source's date, the $512 billion of claims paid.
    dict(
        text=(
            "Exhibit 7: U.S. AI claims software spend by segment (USD million)\n"
            "\n"
            "| Segment | 2024 | 2028F | CAGR 2024-28F |\n"
            "|---|---:|---:|---:|\n"
            "| Claims triage & automation | 1,240 | 2,610 | 20.5% |\n"
            "| Photo-based damage estimation | 860 | 1,930 | 22.4% |\n"
            "| Claims-fraud detection | 1,170 | 2,460 | 20.4% |\n"
            "| Document intake & adjuster co-pilots | 530 | 1,480 | 29.3% |\n"
            "| Total | 3,801 | 8,480 | 22.2% |\n"
            "\n"
            "Source: Caldwell Pryor Research, March 2025. F = forecast; totals may not add due to rounding. For scale, "
            "U.S. P&C insurers paid $512 billion of claims in 2024."
        ),
        obs=[
            ("Claims triage & automation", 2024, 1240, "USD million", "actual"),
            ("Claims triage & automation", 2028, 2610, "USD million", "estimate"),
            ("Photo-based damage estimation", 2024, 860, "USD million", "actual"),
            ("Photo-based damage estimation", 2028, 1930, "USD million", "estimate"),
            ("Claims-fraud detection", 2024, 1170, "USD million", "actual"),
            ("Claims-fraud detection", 2028, 2460, "USD million", "estimate"),
            ("Document intake & adjuster co-pilots", 2024, 530, "USD million", "actual"),
            ("Document intake & adjuster co-pilots", 2028, 1480, "USD million", "estimate"),
            ("Total", 2024, 3801, "USD million", "actual"),
            ("Total", 2028, 8480, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 29.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (2610 / 1240) ** (1 / 4) - 1 = 20.449% -> 20.4, not 20.5; bounds (2609.5 / 1240.5) ** (1/4) - 1 =
            # 20.432%, (2610.5 / 1239.5) ** (1/4) - 1 = 20.467% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1930 / 860) ** (1 / 4) - 1 = 22.40% -> 22.4
            ("cagr|implied", "exact"),  # (2460 / 1170) ** (1 / 4) - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # (1480 / 530) ** (1 / 4) - 1 = 29.27% -> 29.3
            ("cagr|implied", "exact"),  # (8480 / 3801) ** (1 / 4) - 1 = 22.22% -> 22.2
            # 2024: 1240 + 860 + 1170 + 530 = 3800, printed 3801; bounds parts 3798..3802, total 3800.5..3801.5
            # -> met only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028: 2610 + 1930 + 2460 + 1480 = 8480
        ],
    ),
    # 37. Tab-separated table (Germany, EUR million) with a YoY column; the Property YoY has transposed digits
    #     (inconsistent). Expected nowhere: the table number, the 84 member companies, the EUR 231bn of premiums.
    dict(
        text=(
            "Table 4: AI claims spend of German insurers by line of business, EUR million\n"
            "Line\t2023\t2024\tYoY\n"
            "Motor\t212\t268\t26.4%\n"
            "Property\t148\t181\t23.2%\n"
            "Health\t96\t125\t30.2%\n"
            "Liability & other\t61\t73\t19.7%\n"
            "Total\t517\t647\t25.1%\n"
            "Source: Rheinland Assekuranz Research, survey of 84 member companies, April 2025. Gross written premiums of "
            "German insurers in 2024: EUR 231bn."
        ),
        obs=[
            ("Motor", 2023, 212, "EUR million", "actual"),
            ("Motor", 2024, 268, "EUR million", "actual"),
            ("Property", 2023, 148, "EUR million", "actual"),
            ("Property", 2024, 181, "EUR million", "actual"),
            ("Health", 2023, 96, "EUR million", "actual"),
            ("Health", 2024, 125, "EUR million", "actual"),
            ("Liability & other", 2023, 61, "EUR million", "actual"),
            ("Liability & other", 2024, 73, "EUR million", "actual"),
            ("Total", 2023, 517, "EUR million", "actual"),
            ("Total", 2024, 647, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.42% -> 26.4
            # 181 / 148 - 1 = 22.30% -> 22.3, not 23.2; bounds 180.5 / 148.5 - 1 = 21.55%, 181.5 / 147.5 - 1 = 23.05%
            # -> 23.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 125 / 96 - 1 = 30.21% -> 30.2
            ("cagr|implied", "exact"),  # 73 / 61 - 1 = 19.67% -> 19.7
            ("cagr|implied", "exact"),  # 647 / 517 - 1 = 25.15% -> 25.1
            ("hierarchy", "exact"),  # 2023: 212 + 148 + 96 + 61 = 517
            ("hierarchy", "exact"),  # 2024: 268 + 181 + 125 + 73 = 647
        ],
    ),
    # 38. Space-aligned table (UK, GBP million, 2025) with a share column; the fraud share holds only by rounding; the
    #     100.0% total is no claim. Expected nowhere: the source line's date, the 2.1 million motor claims.
    dict(
        text=(
            "UK insurers' AI claims-handling spend by use case, 2025 (GBP m)\n"
            "\n"
            "Use case                        GBP m     Share\n"
            "Claims triage & automation        126     36.4%\n"
            "Photo damage estimation            97     28.0%\n"
            "Fraud detection                    74     21.5%\n"
            "Document intake & co-pilots        49     14.2%\n"
            "Total                             346    100.0%\n"
            "\n"
            "Source: Harcourt Lane Consulting, January 2026. Shares may not sum to 100 because of rounding. Motor "
            "claims notified in 2025: 2.1 million."
        ),
        obs=[
            ("Claims triage & automation", 2025, 126, "GBP million", "actual"),
            ("Photo damage estimation", 2025, 97, "GBP million", "actual"),
            ("Fraud detection", 2025, 74, "GBP million", "actual"),
            ("Document intake & co-pilots", 2025, 49, "GBP million", "actual"),
            ("Total", 2025, 346, "GBP million", "actual"),
        ],
        claims=[
            ("share", 36.4, "percent", 2025, 2025, None),
            ("share", 28.0, "percent", 2025, 2025, None),
            ("share", 21.5, "percent", 2025, 2025, None),
            ("share", 14.2, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 126 / 346 = 36.42% -> 36.4
            ("arithmetic", "exact"),  # 97 / 346 = 28.03% -> 28.0
            # 74 / 346 = 21.39% -> 21.4, not 21.5; bounds 73.5 / 346.5 = 21.21%, 74.5 / 345.5 = 21.56% -> 21.5
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 49 / 346 = 14.16% -> 14.2
            ("hierarchy", "exact"),  # 126 + 97 + 74 + 49 = 346
        ],
    ),
    # 39. Vertical space-aligned table whose rows are fiscal years (Japan, JPY billion): the lone value column headed
    #     by its unit only is the Total; a YoY column; FY2025F an estimate. Expected nowhere: the March year-end, the
    #     JPY 6.9trn of net claims paid, the 3,400 adjusters.
    dict(
        text=(
            "Japan: non-life insurers' spending on AI for claims handling\n"
            "\n"
            "Fiscal year     JPY bn     YoY\n"
            "FY2021            18.4       -\n"
            "FY2022            24.1   31.0%\n"
            "FY2023            31.5   30.7%\n"
            "FY2024            40.2   27.6%\n"
            "FY2025F           51.0   26.9%\n"
            "\n"
            "Fiscal years end in March. F = forecast. Source: Kanda Insurance Research Institute, Tokyo. Net claims paid by "
            "non-life insurers in FY2024 came to JPY 6.9trn, handled by some 3,400 in-house adjusters."
        ),
        obs=[
            ("Total", 2021, 18.4, "JPY billion", "actual"),
            ("Total", 2022, 24.1, "JPY billion", "actual"),
            ("Total", 2023, 31.5, "JPY billion", "actual"),
            ("Total", 2024, 40.2, "JPY billion", "actual"),
            ("Total", 2025, 51.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2021, 2022, 1.0),
            ("growth", 30.7, "percent", 2022, 2023, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 26.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.1 / 18.4 - 1 = 30.98% -> 31.0
            ("cagr|implied", "exact"),  # 31.5 / 24.1 - 1 = 30.71% -> 30.7
            ("cagr|implied", "exact"),  # 40.2 / 31.5 - 1 = 27.62% -> 27.6
            ("cagr|implied", "exact"),  # 51.0 / 40.2 - 1 = 26.87% -> 26.9
        ],
    ),
    # 40. Traditional Chinese pipe table (Taiwan, 新台幣百萬元 = TWD million) with a 合計 row; 2025年(預估) is an
    #     estimate; the 2024 合計 is one above its parts (rounding). Expected nowhere: the table number, the note.
    dict(
        text=(
            "表3 台灣保險業AI理賠支出(單位:新台幣百萬元)\n"
            "| 項目 | 2023年 | 2024年 | 2025年(預估) |\n"
            "|---|---|---|---|\n"
            "| 車險AI定損 | 1,382 | 1,846 | 2,410 |\n"
            "| 理賠詐欺偵測 | 1,025 | 1,338 | 1,702 |\n"
            "| 文件智慧辨識 | 764 | 1,016 | 1,395 |\n"
            "| 理賠助理(Copilot) | 309 | 468 | 690 |\n"
            "| 合計 | 3,480 | 4,669 | 6,197 |\n"
            "資料來源:台灣金融科技研究院;各項數字經四捨五入,合計與細項加總或有差異。"
        ),
        obs=[
            ("車險AI定損", 2023, 1382, "TWD million", "actual"),
            ("車險AI定損", 2024, 1846, "TWD million", "actual"),
            ("車險AI定損", 2025, 2410, "TWD million", "estimate"),
            ("理賠詐欺偵測", 2023, 1025, "TWD million", "actual"),
            ("理賠詐欺偵測", 2024, 1338, "TWD million", "actual"),
            ("理賠詐欺偵測", 2025, 1702, "TWD million", "estimate"),
            ("文件智慧辨識", 2023, 764, "TWD million", "actual"),
            ("文件智慧辨識", 2024, 1016, "TWD million", "actual"),
            ("文件智慧辨識", 2025, 1395, "TWD million", "estimate"),
            ("理賠助理(Copilot)", 2023, 309, "TWD million", "actual"),
            ("理賠助理(Copilot)", 2024, 468, "TWD million", "actual"),
            ("理賠助理(Copilot)", 2025, 690, "TWD million", "estimate"),
            ("合計", 2023, 3480, "TWD million", "actual"),
            ("合計", 2024, 4669, "TWD million", "actual"),
            ("合計", 2025, 6197, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1382 + 1025 + 764 + 309 = 3480
            # 2024: 1846 + 1338 + 1016 + 468 = 4668, printed 4669; bounds parts 4666..4670, total 4668.5..4669.5
            # -> met only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025: 2410 + 1702 + 1395 + 690 = 6197
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 16, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- U.S. property and casualty insurers',
    'a FY2024-29E CAGR of 19%',
    'Its estimate sits below that of Castellan Partners',
    'We put the total addressable market for AI claims automation',
    'The correct figure is £48m, up 30% from £37m in 2023',
    '2024—2028年复合增长率为28.7%',
    '市场规模力争达到36亿元,较2024年增长2倍',
    '較2023年的22.1億元成長29.0%',
    '較2023年的8.0億港元按年增長18%',
    '去年達新台幣12.4億元,今年預估成長35%至16.7億元',
    '| Total | 1,047 | 3,660 | 23.2% |',
    'FY2025E         48.1     28.3%',
    '| 合計 | 8.0 | 9.8 | 100.0% |',
    'We put the total addressable market for AI claims automation',
    'a compound annual growth rate of 20.0% over 2021-2024',
    'up 24% on €332 million in 2023',
    'Correction: An earlier version of this article misstated',
    '- 21.9% CAGR, 2024-2030E',
    'Depends whose numbers you trust.',
    '较2023年的67.7亿元增长27.6%',
    '较2024年的34.5亿元年均增长20%以上',
    '2024至2027年複合成長率約28%',
    '2028年預估會衝到146億,算起來年複合成長率35%欸',
    '| Claims triage & automation | 1,240 | 2,610 | 20.5% |',
    'Fraud detection                    74     21.5%',
    '| 合計 | 3,480 | 4,669 | 6,197 |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 60 rates, 92 verdicts and 4 false inconsistent
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 209, "rates_found": 59, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset201.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
