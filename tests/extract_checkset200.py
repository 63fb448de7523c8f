"""A two-hundredth check set for the extractor, written blind: AI for insurance claims handling: claims-triage and
automation software, photo-based damage estimation for motor and property claims, claims-fraud detection, AI document
intake and adjuster co-pilots, parametric-claims platforms; sized in money by insurers' associations, regulators'
statistics, brokers, consultancies, research houses and insurtech vendors' investor days, in the United States, the
United Kingdom, Germany, France, Switzerland, Japan, India, Singapore, Australia, mainland China, Taiwan and Hong Kong.
Distractors a careful reader leaves out: gross written premiums and claims paid beside the AI spend, the number of
claims handled or adjusters employed, a loss ratio or combined ratio, an insurer's own revenue or profit, a funding
round and valuation, a quarter's figures, a survey's percentages, the savings a vendor promises, a price per claim.

Snippets 1-20: invented excerpts sizing spending on AI for insurance claims (triage, photo-based damage estimation,
fraud detection, document intake, parametric platforms) in the US, UK, Germany, Switzerland, Japan, India, Singapore,
France, mainland China, Taiwan and Hong Kong. Eight are English prose (a wire release, a broker note in fiscal years, a
briefing with segment shares, an article quoting two research houses, an investor-day transcript sizing a TAM, a
strategy with last-year/this-year figures, a note with a correction and a range, a blog post with a multiple); seven
Chinese prose (an industry report, a provincial plan with 力争 and 增长3倍, a wire story quoting two institutes, a Taiwanese
white paper, a Hong Kong story in 億港元, a Taipei story with 去年/今年, a broker deep-dive); five tables (markdown with CAGRs,
tab-separated with YoY, space-aligned with 合计, a vertical table of years, a 合計 table with shares). Left out: premiums,
claims paid, claim and staff counts, loss and combined ratios, firms' revenue, funding rounds, quarters, surveys,
promised savings, prices per claim, a second house's figure, a corrected figure, rupees and Australian dollars.
Inconsistent: the Zurich CAGR, the Taipei 23%, the French property-triage YoY. Rounding only: the UK CAGR, the German
25% share, the Japanese 18%, the Hong Kong 21%, the 28.9% CAGR, the 2024 合计, the 25.7% YoY.

Snippets 21-40: twenty invented passages on AI for insurance claims handling (triage and automation, photo-based damage
estimation, claims-fraud detection, document intake and adjuster co-pilots, parametric platforms) in the US, UK,
Germany, Japan, India, mainland China, Taiwan and Hong Kong. Eight are English prose (an earnings-call answer sizing a
TAM, a working-paper abstract, a social-media thread, a web article with a correction, an annual-report letter in yen,
investor-day slide bullets, a forum answer quoting two research houses, a rupee research note that yields no
observation), seven Chinese prose (a Xinhua-style release, a municipal plan, a Taiwanese research release, a Hong Kong
report, a PTT post, a broker abstract with a 2030 range, a results-briefing transcript; three in Traditional characters)
and five tables (markdown with a CAGR column, tab-separated with YoY, space-aligned with shares, a vertical year table
in yen, a Chinese table with a 合计 row). Left out: premiums and claims paid, claim and adjuster counts, loss and combined
ratios, firms' own revenue, funding rounds, quarter figures, survey answers, promised savings, per-claim prices, a
corrected misprint and a second publisher's figure. Inconsistent: the thread's 35% (28.7%), the PTT post's 年增35%
(28.6%), the fraud CAGR 18.7% (17.0%). Only by rounding: 21's 23%, 25's 33%, 27's 14.3%, 31's 27.5%, 36's parametric
30.9%, 37's 2024 total, 38's Spain share.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Hartford wire press release: YoY growth with both amounts, CAGR with printed span; all in USD billion.
    #    Expected nowhere: the dateline, the outlook's title year, net losses paid, the 36 million claims, the 68%
    #    survey answer, the 240 executives polled.
    dict(
        text=(
            "HARTFORD, Conn., March 11, 2025 /PRNewswire/ -- U.S. property and casualty insurers spent $1.42 billion "
            "on AI claims-automation software in 2024, up 31% from $1.08 billion in 2023, according to the 2025 "
            "Claims Automation Outlook released today by Northfield Risk Analytics. The Hartford-based research firm "
            "forecasts that outlays will reach $4.6 billion by 2030, a compound annual growth rate of 21.6% over "
            "2024-2030. The industry paid roughly $512 billion in net losses last year and handled an estimated 36 "
            "million claims; 68% of the 240 claims executives Northfield polled said they plan to widen touchless "
            "claims handling this year."
        ),
        obs=[
            ("Total", 2023, 1.08, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.42 / 1.08) ** (1 / 1) - 1 = 31.48% -> 31
            ("cagr|implied", "exact"),  # (4.6 / 1.42) ** (1 / 6) - 1 = 21.64% -> 21.6
        ],
    ),
    # 2. London broker sector note in fiscal years (FY2023-FY2029e): YoY with both amounts; a CAGR whose span only the
    #    amounts' years give, printed "about 20%" while the amounts give 20.52%. Expected nowhere: the dateline, gross
    #    written premiums, the covered company's revenue and growth, its target price and upside, the price per
    #    processed claim, the motor combined ratio.
    dict(
        text=(
            "UK NON-LIFE: Sector note, London, 9 June 2025\n"
            "Claims get the co-pilot treatment. We estimate UK insurers' spending on AI claims software (first-notice "
            "triage, photo-based motor damage estimation and fraud screening) at \u00a3212m in FY2024, up 24% on "
            "\u00a3171m in FY2023, and forecast \u00a3539m by FY2029e, a CAGR of about 20%. Against \u00a361.4bn of gross "
            "written premiums that is loose change, but claims leakage is where underwriting margins are won. Our top "
            "pick, Brightwater Claims plc (OUTPERFORM, TP 285p, 31% upside), grew FY2024 revenue 22% to \u00a338.6m and "
            "charges about \u00a34.10 per processed claim. Motor combined ratios ran at 111% last year."
        ),
        obs=[
            ("Total", 2023, 171, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2029, 539, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 171) ** (1 / 1) - 1 = 23.98% -> 24
            # (539 / 212) ** (1 / 5) - 1 = 20.52% -> 21, not 20; bounds (538.5 / 212.5) ** (1/5) - 1 = 20.44%,
            # (539.5 / 211.5) ** (1/5) - 1 = 20.60% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Cologne research briefing: a total, three segments with their shares (one holds only by rounding) and a
    #    2029 forecast. Expected nowhere: the dateline, the 57 insurers interviewed, gross premiums, the motor
    #    combined ratio.
    dict(
        text=(
            "COLOGNE, 2 September 2025 \u2013 German property-casualty and health insurers spent \u20ac386 million on "
            "artificial intelligence in claims handling in 2024, according to a briefing published by the Rheinisches "
            "Institut f\u00fcr Versicherungs\u00f6konomie. Photo-based damage estimation for motor and household claims "
            "accounted for \u20ac139 million, or 36% of the total. Claims-fraud detection followed at \u20ac99 million "
            "(25%), while document intake and adjuster co-pilots took \u20ac88 million, about 23%. The institute, which "
            "interviewed 57 insurers, expects spending to reach \u20ac910 million in 2029. German insurers collected "
            "\u20ac235 billion in gross premiums in 2024, and the motor combined ratio stood at 105%."
        ),
        obs=[
            ("Total", 2024, 386, "EUR million", "actual"),
            ("Photo-based damage estimation for motor and household claims", 2024, 139, "EUR million", "actual"),
            ("Claims-fraud detection", 2024, 99, "EUR million", "actual"),
            ("Document intake and adjuster co-pilots", 2024, 88, "EUR million", "actual"),
            ("Total", 2029, 910, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 23, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 139 / 386 = 36.01% -> 36
            # 99 / 386 = 25.65% -> 26, not 25; bounds 98.5 / 386.5 = 25.49%, 99.5 / 385.5 = 25.81% -> 25 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 88 / 386 = 22.80% -> 23
        ],
    ),
    # 4. Zurich trade-press article quoting two research houses: the first house's base, target and stated CAGR
    #    (which its own amounts contradict); the second house's 2024 figure is left out. Expected nowhere: Alpenfeld's
    #    $1.65 billion, the $308 billion fraud cost, the start-up's funding round and valuation, the promised 40% cut.
    dict(
        text=(
            "ZURICH (Reinsurance Ledger) - How big is the market for AI that spots fraudulent insurance claims? "
            "Meridian Insight Partners, a Boston research house, puts worldwide spending on claims-fraud detection "
            "software at $2.31 billion in 2024 and expects it to reach $6.9 billion in 2029, which it describes as a "
            "compound annual growth rate of 26.4% between 2024 and 2029. Lausanne-based Alpenfeld Research, using a "
            "narrower definition, counts $1.65 billion for 2024. Either way the sums are small beside the estimated "
            "$308 billion that fraud costs U.S. insurers each year. Zurich start-up Veritrace, which raised $48 "
            "million at a $410 million valuation in May, says its models cut fraud losses by up to 40%."
        ),
        obs=[
            ("Total", 2024, 2.31, "USD billion", "actual"),
            ("Total", 2029, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6.9 / 2.31) ** (1 / 5) - 1 = 24.47% -> 24.5, not 26.4; bounds (6.85 / 2.315) ** (1/5) - 1 = 24.23%,
            # (6.95 / 2.305) ** (1/5) - 1 = 24.70% -> 26.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. New York investor-day transcript: the CEO sizes the company's TAM (the market, Total) for 2024 and 2030 with
    #    "roughly 19% compounded" (span from the amounts' years only). Expected nowhere: the dateline, the third
    #    quarter's revenue, the company's full-year revenue, the 4.1 million claims, the cycle-time saving, the price
    #    per claim.
    dict(
        text=(
            "ClaimSight Technologies Investor Day, New York, November 13, 2025 (edited transcript)\n"
            "DANA WHITCOMB, CHIEF EXECUTIVE OFFICER: Let me start with the opportunity. We size our total addressable "
            "market, which is AI claims triage, document intake and adjuster co-pilots for North American P&C "
            "carriers, at $7.8 billion in 2024, and we think it's $22 billion by 2030. That's roughly 19% compounded. "
            "We ended the third quarter with $61 million of revenue, we'll do about $230 million for the year, and the "
            "platform has touched 4.1 million claims. Customers see cycle times fall by a third, and we price at "
            "around $3.40 per claim."
        ),
        obs=[
            ("Total", 2024, 7.8, "USD billion", "actual"),
            ("Total", 2030, 22, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (22 / 7.8) ** (1 / 6) - 1 = 18.87% -> 19
        ],
    ),
    # 6. Tokyo industry-council strategy: "last year" (2024, actual), "this year" (2025, estimate) with a YoY that
    #    holds only by rounding, and a fiscal-2028 target. Expected nowhere: the dateline, the strategy's three years,
    #    the 80% no-visit goal, the 26 members, net premiums, the 31,000 claims staff, the motor loss ratio.
    dict(
        text=(
            "TOKYO, 24 April 2025 - The Japan Non-Life Claims Innovation Council today published its three-year "
            "strategy for artificial intelligence in claims handling. Member insurers spent \u00a548.6 billion on claims "
            "AI last year, from damage estimation on smartphone photos to automated document intake, and are expected "
            "to spend \u00a557 billion this year, up 18%. The council targets \u00a5120 billion by fiscal 2028 and wants "
            "80% of motor claims settled without a field visit. Its 26 members wrote \u00a59.4 trillion of net premiums "
            "and employ about 31,000 claims staff; the motor loss ratio was 64.2%."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2025, 57, "JPY billion", "estimate"),
            ("Total", 2028, 120, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (57 / 48.6) ** (1 / 1) - 1 = 17.28% -> 17, not 18; bounds 56.5 / 48.65 - 1 = 16.14%,
            # 57.5 / 48.55 - 1 = 18.43% -> 18 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Mumbai research note with a correction notice and a 2030 range: YoY with both amounts. Expected nowhere: the
    #    correction's date, the erroneous $341 million, the 31 million health claims, FY2024 gross premiums in rupees,
    #    the vendor's promised 70% cut.
    dict(
        text=(
            "Correction, 14 July 2025: An earlier version of this note gave India's 2024 market for AI claims software "
            "as $341 million. The correct figure is $314 million.\n"
            "MUMBAI - Spending by Indian general and health insurers on AI for claims, chiefly cashless-hospitalisation "
            "document intake and motor damage assessment from photos, rose 27% to $314 million in 2024 from $247 "
            "million in 2023, Helix Actuarial Advisors estimates. The firm sees the market at between $900 million and "
            "$1,150 million by 2030. Health insurers settled about 31 million claims in FY2024, while industry gross "
            "premiums crossed \u20b92.9 lakh crore. One Bengaluru vendor promises a 70% cut in settlement times."
        ),
        obs=[
            ("Total", 2023, 247, "USD million", "actual"),
            ("Total", 2024, 314, "USD million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 900, "USD million", 2030, 2030, None),
            ("value", 1150, "USD million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (314 / 247) ** (1 / 1) - 1 = 27.13% -> 27
        ],
    ),
    # 8. Personal blog post: a multiple between two printed years (x3.2 over 2020-2024, no verdict) and a share whose
    #    part is not printed (claim, no verdict). Expected nowhere: the posting date, the A$35 million Series B, the
    #    72-hour payout time, the $20 billion of parametric limit.
    dict(
        text=(
            "Blog: Parametric claims are having their moment (posted 3 February 2025)\n"
            "A few years ago parametric cover was a niche for crop schemes and catastrophe bonds. Not any more. By my "
            "count, global spending on parametric-claims platforms, the software that watches a wind-speed or rainfall "
            "trigger and pays out automatically, hit $640 million in 2024, 3.2 times the $200 million spent in 2020. "
            "Asia-Pacific accounts for about 28% of that. A Sydney platform I follow just closed an A$35 million Series "
            "B, and a typical payout now lands in under 72 hours. Reinsurers still write well over $20 billion of "
            "parametric limit, so the software layer has plenty of room to grow."
        ),
        obs=[
            ("Total", 2020, 200, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3.2, "multiple", 2020, 2024, 4.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): YoY with the base in brackets, a segment with its share, a CAGR with
    #    printed span. Expected nowhere: the report's title year, claims and benefits paid, the 2.6亿件 claims, the 86
    #    insurers surveyed and their 71% answer.
    dict(
        text=(
            "中国保险行业智能理赔研究课题组近日发布《2025中国保险智能理赔发展报告》。报告测算,2024年我国保险业"
            "智能理赔解决方案市场规模达46.3亿元,同比增长28.6%(2023年为36.0亿元)。分场景看,车险图像定损规模为"
            "17.7亿元,占比38.2%,仍居各场景之首。报告预计,2029年市场规模将升至139.5亿元,2024—2029年年均复合"
            "增长率为24.7%。同期,全行业赔款与给付支出约2.3万亿元,全年处理理赔案件超过2.6亿件;在受访的86家"
            "保险公司中,有71%表示计划在两年内扩大AI核赔应用。"
        ),
        obs=[
            ("Total", 2023, 36.0, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("车险图像定损", 2024, 17.7, "CNY 100 million", "actual"),
            ("Total", 2029, 139.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 38.2, "percent", 2024, 2024, None),
            ("cagr", 24.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 36.0) ** (1 / 1) - 1 = 28.61% -> 28.6
            ("arithmetic", "exact"),  # 17.7 / 46.3 = 38.23% -> 38.2
            ("cagr|implied", "exact"),  # (139.5 / 46.3) ** (1 / 5) - 1 = 24.68% -> 24.7
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): a 力争 target with 较2023年增长3倍 (multiple x3 over 2023-2027,
    #     no verdict), a YoY with both amounts. Expected nowhere: the plan's title years, the 95% online-claims rate,
    #     the 1.5-day settlement time, the 10 model institutions, provincial premium income.
    dict(
        text=(
            "近日,广东省地方金融管理部门会同省保险行业协会印发《广东省保险业智能理赔提质增效行动方案(2025—2027年)》。"
            "方案提出,到2027年,全省保险机构在智能理赔领域的年度投入力争达到12亿元,较2023年增长3倍。数据显示,"
            "2024年全省该项投入为5.1亿元,同比增长70%,2023年仅为3亿元。方案同时要求,到2027年小额车险案件线上化"
            "理赔率达到95%以上,车险案均理赔时效压缩至1.5天以内,并培育10家以上智能理赔示范机构。2024年全省原保险"
            "保费收入约6,800亿元。"
        ),
        obs=[
            ("Total", 2023, 3, "CNY 100 million", "actual"),
            ("Total", 2024, 5.1, "CNY 100 million", "actual"),
            ("Total", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
            ("growth", 70, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 3) ** (1 / 1) - 1 = 70.00% -> 70
        ],
    ),
    # 11. Beijing wire story (Simplified) quoting two institutes: the first institute's base, forecast and 约28.6%
    #     (span from the amounts' years only); the second institute's 2024 figure is left out. Expected nowhere: the
    #     dateline, 华信远景's 18.9亿元, the 一成 leakage fraction, the insurer's 4.2万件 cases and 3.1亿元 recovered.
    dict(
        text=(
            "中经智讯北京2025年6月18日电(记者 刘思远)保险反欺诈正成为人工智能在理赔环节落地最快的场景之一。"
            "中保智研院最新测算显示,2024年我国保险反欺诈AI市场规模为21.4亿元,预计2028年增至58.6亿元,年均复合"
            "增速约28.6%。另一家机构华信远景咨询给出的2024年市场规模为18.9亿元,其口径未包含健康险。业内估算,"
            "欺诈渗漏约占理赔支出的一成左右;某头部财险公司上半年借助模型识别可疑案件4.2万件,挽回损失3.1亿元。"
        ),
        obs=[
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2028, 58.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58.6 / 21.4) ** (1 / 4) - 1 = 28.64% -> 28.6
        ],
    ),
    # 12. Taiwanese white paper (Traditional) in 新台幣億元: YoY with both amounts, a segment with its share, a CAGR
    #     whose span only the amounts' years give. Expected nowhere: the white paper's title year, total premium
    #     income (3.5兆元), the 2,600萬件 claims, the 六成 survey fraction.
    dict(
        text=(
            "財團法人台灣保險科技發展基金會發布《2025臺灣保險科技白皮書》指出,國內產、壽險業者投入理賠人工智慧"
            "的金額,2024年達新台幣38.6億元,較2023年的29.7億元成長30.0%。其中,理賠文件智慧辨識為14.2億元,"
            "占36.8%,居各項應用之首。白皮書預估,至2028年整體投入可望達92億元,年複合成長率24.3%。另據統計,"
            "2024年產壽險業總保費收入約3.5兆元,全年理賠件數逾2,600萬件,受訪業者中有六成已導入生成式AI客服。"
        ),
        obs=[
            ("Total", 2023, 29.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("理賠文件智慧辨識", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2028, 92, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 24.3, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.7) ** (1 / 1) - 1 = 29.97% -> 30.0
            ("arithmetic", "exact"),  # 14.2 / 38.6 = 36.79% -> 36.8
            ("cagr|period", "exact"),  # (92 / 38.6) ** (1 / 4) - 1 = 24.251% -> 24.3
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: 去年 (2024) with a YoY that holds only by rounding, the
    #     2023 base, a 2027 forecast. Expected nowhere: the dateline, the 約三成 fraction, the 160 insurers, gross
    #     premiums (5,600億港元), the 700萬宗 claims, the ten-minute settlement.
    dict(
        text=(
            "【本報訊】香港保險科技協會昨日(2025年5月20日)發表調查報告,指本港保險公司去年在理賠人工智能方案上的"
            "開支為6.2億港元,按年增長21%,2023年則為5.1億港元。報告指出,醫療索償文件自動處理及汽車損毀相片評估"
            "是主要應用,兩者合共佔開支約三成;報告預計,有關開支於2027年將升至11.5億港元。協會會長表示,本港約160"
            "家獲授權保險公司去年毛保費超過5,600億港元,全年處理索償逾700萬宗,部分公司已可於十分鐘內完成小額門診"
            "索償。"
        ),
        obs=[
            ("Total", 2023, 5.1, "HKD 100 million", "actual"),
            ("Total", 2024, 6.2, "HKD 100 million", "actual"),
            ("Total", 2027, 11.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.2 / 5.1) ** (1 / 1) - 1 = 21.57% -> 22, not 21; bounds 6.15 / 5.15 - 1 = 19.42%,
            # 6.25 / 5.05 - 1 = 23.76% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Taipei newspaper story (Traditional) with 去年 (2024, actual) and 今年 (2025, estimate): the printed 約23%
    #     contradicts its own amounts; 突破15億元 for 2027 at its printed figure. Expected nowhere: the dateline, motor
    #     premiums, the loss ratio, the 190萬件 claims, the per-claim handling cost.
    dict(
        text=(
            "〔記者林柏宏/台北報導〕(2025-03-18)車險理賠正全面走向「拍照定損」。產險公會今天公布統計,去年國內"
            "產險業用於AI車損辨識與理賠自動化的支出為新台幣7.4億元,今年預估可達9.8億元,成長約23%,2027年更可望"
            "突破15億元。公會指出,去年車險保費收入約新台幣780億元,損失率約58%,全年車險理賠逾190萬件;導入AI"
            "後,單件理賠處理成本可由約1,200元降至400元左右。"
        ),
        obs=[
            ("Total", 2024, 7.4, "TWD 100 million", "actual"),
            ("Total", 2025, 9.8, "TWD 100 million", "estimate"),
            ("Total", 2027, 15, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (9.8 / 7.4) ** (1 / 1) - 1 = 32.43% -> 32, not 23; bounds 9.75 / 7.45 - 1 = 30.87%,
            # 9.85 / 7.35 - 1 = 34.01% -> 23 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): 约62亿元 at its printed figure, a module with its share, a CAGR with
    #     printed span. Expected nowhere: the penetration rates (15%, 40%), the rating, company A's revenue, gross
    #     margin, target price and upside, industry claims paid.
    dict(
        text=(
            "【华岳证券·行业深度】AI理赔:从“降本工具”走向“核心基建”。我们测算,2024年国内保险AI理赔(含智能定损、"
            "智能核赔与反欺诈)市场规模约62亿元,其中反欺诈模块为14.5亿元,占比23.4%。随着大模型在单证识别与查勘"
            "辅助中的渗透率由不足15%提升至40%以上,2027年市场规模有望达到128亿元,对应2024—2027年CAGR为27.3%。"
            "首次覆盖给予行业“推荐”评级;重点公司A 2024年营收9.8亿元、毛利率52%,目标价48.6元,较现价有32%上行"
            "空间。2024年行业赔付支出约2.3万亿元。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("反欺诈模块", 2024, 14.5, "CNY 100 million", "actual"),
            ("Total", 2027, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 23.4, "percent", 2024, 2024, None),
            ("cagr", 27.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.5 / 62 = 23.39% -> 23.4
            ("cagr|implied", "exact"),  # (128 / 62) ** (1 / 3) - 1 = 27.33% -> 27.3
        ],
    ),
    # 16. Markdown pipe table (consultancy exhibit, USD million) with a CAGR 2024-30 column and a Total row; one
    #     row's CAGR holds only by rounding; rows add up to the Total in both years. Expected nowhere: the exhibit
    #     number, the note's global claims paid.
    dict(
        text=(
            "Exhibit 4. Global AI-in-claims software spending by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|\n"
            "| Claims triage & automation | 1,240 | 3,610 | 19.5% |\n"
            "| Photo-based damage estimation | 860 | 2,790 | 21.7% |\n"
            "| Claims-fraud detection | 1,050 | 3,020 | 19.3% |\n"
            "| Document intake & adjuster co-pilots | 470 | 2,150 | 28.9% |\n"
            "| Total | 3,620 | 11,570 | 21.4% |\n"
            "Source: Kestrel & Rowe Insurance Technology Practice; F = forecast. Global P&C claims paid "
            "(c.$1.9 trillion in 2024) not shown."
        ),
        obs=[
            ("Claims triage & automation", 2024, 1240, "USD million", "actual"),
            ("Claims triage & automation", 2030, 3610, "USD million", "estimate"),
            ("Photo-based damage estimation", 2024, 860, "USD million", "actual"),
            ("Photo-based damage estimation", 2030, 2790, "USD million", "estimate"),
            ("Claims-fraud detection", 2024, 1050, "USD million", "actual"),
            ("Claims-fraud detection", 2030, 3020, "USD million", "estimate"),
            ("Document intake & adjuster co-pilots", 2024, 470, "USD million", "actual"),
            ("Document intake & adjuster co-pilots", 2030, 2150, "USD million", "estimate"),
            ("Total", 2024, 3620, "USD million", "actual"),
            ("Total", 2030, 11570, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 28.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3610 / 1240) ** (1 / 6) - 1 = 19.49% -> 19.5
            ("cagr|implied", "exact"),  # (2790 / 860) ** (1 / 6) - 1 = 21.67% -> 21.7
            ("cagr|implied", "exact"),  # (3020 / 1050) ** (1 / 6) - 1 = 19.25% -> 19.3
            # (2150 / 470) ** (1 / 6) - 1 = 28.842% -> 28.8, not 28.9; bounds (2149.5 / 470.5) ** (1/6) - 1 = 28.814%,
            # (2150.5 / 469.5) ** (1/6) - 1 = 28.870% -> 28.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (11570 / 3620) ** (1 / 6) - 1 = 21.37% -> 21.4
            ("hierarchy", "exact"),  # 2024: 1240 + 860 + 1050 + 470 = 3620
            ("hierarchy", "exact"),  # 2030F: 3610 + 2790 + 3020 + 2150 = 11570
        ],
    ),
    # 17. Tab-separated table (Paris observatory, EUR million) with a YoY column and a Total row; one row's YoY (29.2%,
    #     a transposition of 22.9%) contradicts its amounts. Expected nowhere: the table number, the survey's month
    #     and 34 insurers, claims paid by French P&C insurers.
    dict(
        text=(
            "Table 2. France: insurers' AI spending in claims handling by use case (EUR million)\n"
            "Use case\t2023\t2024\tYoY\n"
            "Motor photo-based damage estimation\t46.2\t58.9\t27.5%\n"
            "Property claims triage\t31.5\t38.7\t29.2%\n"
            "Claims-fraud detection\t52.8\t64.0\t21.2%\n"
            "Document intake & co-pilots\t18.4\t26.3\t42.9%\n"
            "Total\t148.9\t187.9\t26.2%\n"
            "Source: Observatoire Assurtech Paris, March 2025 survey of 34 insurers and mutuelles. Claims paid by "
            "French P&C insurers in 2024: \u20ac58.1bn."
        ),
        obs=[
            ("Motor photo-based damage estimation", 2023, 46.2, "EUR million", "actual"),
            ("Motor photo-based damage estimation", 2024, 58.9, "EUR million", "actual"),
            ("Property claims triage", 2023, 31.5, "EUR million", "actual"),
            ("Property claims triage", 2024, 38.7, "EUR million", "actual"),
            ("Claims-fraud detection", 2023, 52.8, "EUR million", "actual"),
            ("Claims-fraud detection", 2024, 64.0, "EUR million", "actual"),
            ("Document intake & co-pilots", 2023, 18.4, "EUR million", "actual"),
            ("Document intake & co-pilots", 2024, 26.3, "EUR million", "actual"),
            ("Total", 2023, 148.9, "EUR million", "actual"),
            ("Total", 2024, 187.9, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 42.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.9 / 46.2 - 1 = 27.49% -> 27.5
            # 38.7 / 31.5 - 1 = 22.86% -> 22.9, not 29.2; bounds 38.65 / 31.55 - 1 = 22.50%,
            # 38.75 / 31.45 - 1 = 23.21% -> 29.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 64.0 / 52.8 - 1 = 21.21% -> 21.2
            ("cagr|implied", "exact"),  # 26.3 / 18.4 - 1 = 42.93% -> 42.9
            ("cagr|implied", "exact"),  # 187.9 / 148.9 - 1 = 26.19% -> 26.2
            ("hierarchy", "exact"),  # 2023: 46.2 + 31.5 + 52.8 + 18.4 = 148.9
            ("hierarchy", "exact"),  # 2024: 58.9 + 38.7 + 64.0 + 26.3 = 187.9
        ],
    ),
    # 18. Space-aligned Chinese table (Simplified, 亿元) with a 合计 row over four years, 2025年E an estimate; the
    #     2024 合计 holds only by rounding. Expected nowhere: the table number, the note's property-insurance claims
    #     paid (约1.1万亿元).
    dict(
        text=(
            "表5  中国财产险AI理赔分场景投入(单位:亿元)\n"
            "场景                  2022年   2023年   2024年   2025年E\n"
            "车险智能定损              8.6     11.4     14.9     18.7\n"
            "非车财产险查勘            3.2      4.5      6.1      7.9\n"
            "智能核赔与单证识别        5.7      7.6     10.2     13.5\n"
            "理赔反欺诈                4.1      5.3      6.8      8.6\n"
            "合计                     21.6     28.8     38.1     48.7\n"
            "注:2025年E为预测值;同期财产险赔款支出(约1.1万亿元)未计入。资料来源:华瑞保险科技研究院。"
        ),
        obs=[
            ("车险智能定损", 2022, 8.6, "CNY 100 million", "actual"),
            ("车险智能定损", 2023, 11.4, "CNY 100 million", "actual"),
            ("车险智能定损", 2024, 14.9, "CNY 100 million", "actual"),
            ("车险智能定损", 2025, 18.7, "CNY 100 million", "estimate"),
            ("非车财产险查勘", 2022, 3.2, "CNY 100 million", "actual"),
            ("非车财产险查勘", 2023, 4.5, "CNY 100 million", "actual"),
            ("非车财产险查勘", 2024, 6.1, "CNY 100 million", "actual"),
            ("非车财产险查勘", 2025, 7.9, "CNY 100 million", "estimate"),
            ("智能核赔与单证识别", 2022, 5.7, "CNY 100 million", "actual"),
            ("智能核赔与单证识别", 2023, 7.6, "CNY 100 million", "actual"),
            ("智能核赔与单证识别", 2024, 10.2, "CNY 100 million", "actual"),
            ("智能核赔与单证识别", 2025, 13.5, "CNY 100 million", "estimate"),
            ("理赔反欺诈", 2022, 4.1, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2023, 5.3, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2024, 6.8, "CNY 100 million", "actual"),
            ("理赔反欺诈", 2025, 8.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 21.6, "CNY 100 million", "actual"),
            ("合计", 2023, 28.8, "CNY 100 million", "actual"),
            ("合计", 2024, 38.1, "CNY 100 million", "actual"),
            ("合计", 2025, 48.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 8.6 + 3.2 + 5.7 + 4.1 = 21.6
            ("hierarchy", "exact"),  # 2023: 11.4 + 4.5 + 7.6 + 5.3 = 28.8
            # 2024: 14.9 + 6.1 + 10.2 + 6.8 = 38.0, not 38.1; bounds 37.8 to 38.2 (four parts at +-0.05) -> 38.1
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 18.7 + 7.9 + 13.5 + 8.6 = 48.7
        ],
    ),
    # 19. Vertical table whose rows are years (Singapore research house, Asia-Pacific claims-fraud detection); the
    #     lone value column is headed by its unit only (Total); a YoY column, one value holding only by rounding;
    #     2025E and 2026E estimates. Expected nowhere: the release month, the Q3 2025 interim figure.
    dict(
        text=(
            "Asia-Pacific spending on AI claims-fraud detection\n"
            "Year\tUSD million\tYoY\n"
            "2021\t412\t-\n"
            "2022\t538\t30.6%\n"
            "2023\t701\t30.3%\n"
            "2024\t889\t26.8%\n"
            "2025E\t1,118\t25.7%\n"
            "2026E\t1,392\t24.5%\n"
            "Source: Straits Risk Research (Singapore), October 2025, covering insurers in Singapore, Australia, "
            "Japan, India, Hong Kong and Southeast Asia. E = estimate. The Q3 2025 interim reading of US$287m is not "
            "annualised here, and claims paid by the region's insurers are excluded."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 538, "USD million", "actual"),
            ("Total", 2023, 701, "USD million", "actual"),
            ("Total", 2024, 889, "USD million", "actual"),
            ("Total", 2025, 1118, "USD million", "estimate"),
            ("Total", 2026, 1392, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", 30.3, "percent", 2022, 2023, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2024, 2025, 1.0),
            ("growth", 24.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538 / 412 - 1 = 30.58% -> 30.6
            ("cagr|implied", "exact"),  # 701 / 538 - 1 = 30.30% -> 30.3
            ("cagr|implied", "exact"),  # 889 / 701 - 1 = 26.82% -> 26.8
            # 1118 / 889 - 1 = 25.76% -> 25.8, not 25.7; bounds 1117.5 / 889.5 - 1 = 25.63%,
            # 1118.5 / 888.5 - 1 = 25.89% -> 25.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1392 / 1118 - 1 = 24.51% -> 24.5
        ],
    ),
    # 20. Markdown table in Traditional Chinese (Hong Kong, 百萬港元 = HKD million) with a 佔比 column and a 合計 row:
    #     five shares with part and whole printed, parts adding up to the total. Expected nowhere: the table number,
    #     the 100.0% total share, the note's claims paid.
    dict(
        text=(
            "表3 2024年香港保險業理賠人工智能開支分布(百萬港元)\n"
            "| 應用範疇 | 2024年 | 佔比 |\n"
            "|---|---:|---:|\n"
            "| 醫療索償文件自動處理 | 218 | 35.2% |\n"
            "| 汽車損毀相片評估 | 131 | 21.2% |\n"
            "| 索償欺詐偵測 | 154 | 24.9% |\n"
            "| 理賠員AI助手 | 71 | 11.5% |\n"
            "| 其他(含參數保險理賠) | 45 | 7.3% |\n"
            "| 合計 | 619 | 100.0% |\n"
            "資料來源:港島保險科技研究中心;開支不包括保險公司全年已付索償(約1,420億港元)。"
        ),
        obs=[
            ("醫療索償文件自動處理", 2024, 218, "HKD million", "actual"),
            ("汽車損毀相片評估", 2024, 131, "HKD million", "actual"),
            ("索償欺詐偵測", 2024, 154, "HKD million", "actual"),
            ("理賠員AI助手", 2024, 71, "HKD million", "actual"),
            ("其他(含參數保險理賠)", 2024, 45, "HKD million", "actual"),
            ("合計", 2024, 619, "HKD million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 11.5, "percent", 2024, 2024, None),
            ("share", 7.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 218 / 619 = 35.22% -> 35.2
            ("arithmetic", "exact"),  # 131 / 619 = 21.16% -> 21.2
            ("arithmetic", "exact"),  # 154 / 619 = 24.88% -> 24.9
            ("arithmetic", "exact"),  # 71 / 619 = 11.47% -> 11.5
            ("arithmetic", "exact"),  # 45 / 619 = 7.27% -> 7.3
            ("hierarchy", "exact"),  # 2024: 218 + 131 + 154 + 71 + 45 = 619
        ],
    ),
    # 21. Earnings-call Q&A: the CEO sizes the TAM (Total); "this year" of an August 2025 call is a 2025 estimate,
    #     "last year" 2024 actual; a CAGR whose span only the amounts' years give, holding only by rounding.
    #     Expected nowhere: the quarter's revenue and claims processed, the gross margin, claims paid by carriers,
    #     the analyst's firm, the call date.
    dict(
        text=(
            "Claimwise Technologies Q2 2025 earnings call, August 6, 2025 - Q&A session\n"
            "Priya Raman, Halvorsen & Co.: Now that you've added property, how big is the opportunity?\n"
            "Marcus Delane, CEO: Good question. We put the total addressable market for AI claims automation at U.S. "
            "property and casualty carriers at about $4.2 billion this year, up from $3.4 billion last year, and we "
            "think it reaches $9.8 billion by 2029, so call it about 23% a year compounded. For scale, those carriers "
            "paid out more than $500 billion in claims in 2024. We processed 3.1 million claims in the quarter, revenue "
            "was $61.4 million and gross margin came in at 71%, so there is a long runway ahead of us."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            # (9.8 / 4.2) ** (1 / 4) - 1 = 23.59% -> 24, not 23; bounds (9.75 / 4.25) ** (1/4) - 1 = 23.07%,
            # (9.85 / 4.15) ** (1/4) - 1 = 24.12% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 22. Working-paper abstract (UK, GBP million): CAGR with printed span and both amounts, a segment with its share.
    #     Expected nowhere: the paper number, the 212 insurers, 4.6 million motor claims, 2.3 days, 1.8 percentage
    #     points of loss ratio, the GBP 11.2 billion of motor claims paid, the JEL codes.
    dict(
        text=(
            "Working Paper No. 25-117\n"
            "Machines in the Adjuster's Chair: AI Adoption in UK Claims Handling\n"
            "Abstract. Drawing on regulatory returns and procurement records for 212 UK general insurers, we estimate "
            "that spending on AI claims-handling tools rose from \u00a396 million in 2019 to \u00a3318 million in 2024, "
            "a compound annual growth rate of 27.1% over 2019-2024. Photo-based damage estimation for motor claims "
            "accounted for \u00a3121 million, or 38%, of 2024 spending. Adopters settled 4.6 million motor claims with "
            "cycle times 2.3 days shorter and a loss ratio 1.8 percentage points lower than non-adopters, while the "
            "industry paid \u00a311.2 billion in motor claims in 2024. JEL codes: G22, O33."
        ),
        obs=[
            ("Total", 2019, 96, "GBP million", "actual"),
            ("Total", 2024, 318, "GBP million", "actual"),
            ("Photo-based damage estimation for motor claims", 2024, 121, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 27.1, "percent", 2019, 2024, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 96) ** (1 / 5) - 1 = 27.07% -> 27.1
            ("arithmetic", "exact"),  # 121 / 318 = 38.05% -> 38
        ],
    ),
    # 23. Social-media thread (US, USD billion): a one-year growth its own amounts contradict.
    #     Expected nowhere: the thread numbering, the promised $4 saving per $1, the $40M Series B and $310M valuation,
    #     the $1.80 price per claim, the 62% poll answer.
    dict(
        text=(
            "\U0001f9f5 Quick thread on AI claims-fraud detection, because the numbers are wild. (1/5)\n"
            "2/ US insurers spent $1.12B on AI claims-fraud detection in 2024 vs $0.87B in 2023, per Northgate Research. "
            "That's 35% growth in a single year.\n"
            "3/ Northgate sees $2.9B by 2028. Vendors promise savings of $4 for every $1 spent, which I'd take with a "
            "grain of salt.\n"
            "4/ Meanwhile FraudLens just raised a $40M Series B at a $310M valuation, and pricing is drifting down "
            "toward $1.80 per claim scored.\n"
            "5/ 62% of carrier CIOs in Northgate's poll say fraud AI is their top claims priority. Bookmark this. /end"
        ),
        obs=[
            ("Total", 2023, 0.87, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2028, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (1.12 / 0.87) - 1 = 28.74%; bounds 1.115 / 0.875 - 1 = 27.43%, 1.125 / 0.865 - 1 = 30.06% -> 35 never
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Web article (Germany, EUR million) with a correction: YoY with both amounts; a 2027 figure in billions
    #     converted to EUR million; a CAGR whose span only the amounts' years give.
    #     Expected nowhere: the misprinted EUR 640 million, the EUR 84.6 billion of premiums, the 19,000 adjusters,
    #     the 58% survey answer, the update date.
    dict(
        text=(
            "Insurers in Germany step up spending on claims AI\n"
            "By Lena Hartwig, updated March 12, 2025\n"
            "German property and casualty insurers spent \u20ac575 million on artificial-intelligence tools for claims "
            "handling in 2024, up 25% from \u20ac460 million in 2023, according to consultancy Rheinblick Partners. The "
            "firm expects the market to reach \u20ac1.3 billion in 2027, growth of roughly 31% a year. The sector booked "
            "\u20ac84.6 billion in gross premiums last year and employs some 19,000 claims adjusters. Rheinblick's "
            "survey found that 58% of insurers now route first notice of loss through an AI triage step.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u20ac640 million. The correct "
            "figure is \u20ac460 million."
        ),
        obs=[
            ("Total", 2023, 460, "EUR million", "actual"),
            ("Total", 2024, 575, "EUR million", "actual"),
            ("Total", 2027, 1300, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 31, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 575 / 460 - 1 = 25.00% -> 25
            ("cagr|period", "exact"),  # (1300 / 575) ** (1 / 3) - 1 = 31.25% -> 31
        ],
    ),
    # 25. Annual-report letter (Japan, JPY billion, fiscal years): YoY holding only by rounding; "exceed" a target
    #     kept at its printed figure. Expected nowhere: the company's net sales, its 41% growth and operating profit,
    #     1.4 million motor claims, the dividend per share, the letter's date.
    dict(
        text=(
            "Letter from the President\n"
            "To our shareholders,\n"
            "Fiscal 2024 was the year AI moved from pilot to production in Japanese claims departments. By our estimate, "
            "non-life insurers in Japan spent \u00a538.4 billion on AI claims-handling systems in fiscal 2024, 33% more "
            "than the \u00a529.0 billion of fiscal 2023, and we expect the market to exceed \u00a5100 billion in fiscal "
            "2028. Kaname Claims Technologies grew net sales 41% to \u00a56.2 billion and operating profit to \u00a51.1 "
            "billion, and our damage-estimation engine now reviews about 1.4 million motor claims a year. We will raise "
            "the annual dividend to \u00a524 per share.\n"
            "Haruto Shimizu, President and CEO, Tokyo, June 2025"
        ),
        obs=[
            ("Total", 2023, 29.0, "JPY billion", "actual"),
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2028, 100, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.4 / 29.0 - 1 = 32.41% -> 32, not 33; bounds 38.35 / 29.05 - 1 = 32.01%, 38.45 / 28.95 - 1 = 32.82%
            # -> 33 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets (global TAM, USD billion, 2025E/2030E estimates): CAGR with printed span, three
    #     segment shares of the TAM. Expected nowhere: the slide number, the company's FY2024 revenue and +52%,
    #     the 38 customers, the 10% share target, the 30% leakage promise.
    dict(
        text=(
            "Halcyon Claims AI - Investor Day 2025, slide 14: Sizing the opportunity\n"
            "- Global AI claims TAM: $11.6B in 2025E, rising to $27.4B in 2030E\n"
            "- 18.8% CAGR, 2025E-2030E\n"
            "- Photo-based damage estimation: $3.9B of the 2025E TAM (34%)\n"
            "- Document intake and adjuster co-pilots: $2.3B (20%)\n"
            "- Parametric-claims platforms: $0.7B (6%)\n"
            "- Halcyon FY2024 revenue: $186M, +52% YoY; 38 carrier customers\n"
            "- Target: 10% share of TAM by 2030\n"
            "- Customers report up to 30% lower claims leakage"
        ),
        obs=[
            ("Total", 2025, 11.6, "USD billion", "estimate"),
            ("Total", 2030, 27.4, "USD billion", "estimate"),
            ("Photo-based damage estimation", 2025, 3.9, "USD billion", "estimate"),
            ("Document intake and adjuster co-pilots", 2025, 2.3, "USD billion", "estimate"),
            ("Parametric-claims platforms", 2025, 0.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2025, 2030, None, "stated"),
            ("share", 34, "percent", 2025, 2025, None),
            ("share", 20, "percent", 2025, 2025, None),
            ("share", 6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 11.6) ** (1 / 5) - 1 = 18.76% -> 18.8
            ("arithmetic", "exact"),  # 3.9 / 11.6 = 33.62% -> 34
            ("arithmetic", "exact"),  # 2.3 / 11.6 = 19.83% -> 20
            ("arithmetic", "exact"),  # 0.7 / 11.6 = 6.03% -> 6
        ],
    ),
    # 27. Forum answer quoting two research houses: the first (Larkspur) gives base, target and rate and is the
    #     snippet's figure; its stated CAGR holds only by rounding. Expected nowhere: Meridian Scope's $5.2 billion,
    #     the $2.4 trillion of claims paid, the answer's 14 points, the 700 adjusters, the promised 40% cut.
    dict(
        text=(
            "Re: How big is the claims-automation software market, really?\n"
            "Answer from adjuster_turned_pm (14 points):\n"
            "Depends whose numbers you trust. Larkspur Insights puts the global claims-automation software market at "
            "$6.8 billion in 2024 and sees it reaching $15.1 billion in 2030, a CAGR of 14.3% over 2024-2030. Meridian "
            "Scope's 2024 number is lower, $5.2 billion, because it leaves out implementation services. Either way it "
            "is tiny next to the roughly $2.4 trillion insurers pay out in claims each year. At my last carrier we had "
            "700 adjusters and the vendor promised a 40% cut in cycle time; we got maybe half that. I'd quote "
            "Larkspur's figure but footnote the gap."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2030, 15.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (15.1 / 6.8) ** (1 / 6) - 1 = 14.22% -> 14.2, not 14.3; bounds (15.05 / 6.85) ** (1/6) - 1 = 14.02%,
            # (15.15 / 6.75) ** (1/6) - 1 = 14.42% -> 14.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Mumbai broker note in rupees (a currency outside the unit list): no observation; its CAGR and share stay
    #     claims, with no verdict (only one amount, and none in a held currency). Expected nowhere: Rs 2,150 crore,
    #     the gross direct premium, 2.9 crore health claims, the price target and upside, the combined ratio.
    dict(
        text=(
            "India Insurance, sector note, Mumbai, 22 July 2025\n"
            "Claims AI: from back office to front line. We estimate Indian general and health insurers spent Rs 2,150 "
            "crore on AI claims-handling tools in FY2025, and model a 31% CAGR over FY2025-FY2029 as cashless health "
            "claims move to automated adjudication. Health claims account for about 46% of that spend. The industry's "
            "gross direct premium was Rs 3.07 lakh crore in FY2025 and insurers settled roughly 2.9 crore health "
            "claims. Our top pick, Sahyadri General (BUY, TP Rs 1,480, 22% upside), runs a combined ratio of 103.4%."
        ),
        obs=[],
        claims=[
            ("cagr", 31, "percent", 2025, 2029, None, "stated"),
            ("share", 46, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a segment with its share, an approximate
    #     2027 target (突破) at its printed figure. Expected nowhere: the dateline, 原保险保费收入 5.7万亿元,
    #     赔付支出 2.3万亿元, 1.3亿件 claims, the 86 insurers polled and their 71%.
    dict(
        text=(
            "新华社北京3月18日电(记者 王晓岚)记者从中国保险行业协会获悉,2024年我国保险业智能理赔市场规模达到"
            "42.6亿元,同比增长28.3%,2023年这一数字为33.2亿元。其中,车险智能定损市场规模18.1亿元,占比42.5%。"
            "协会预计,到2027年市场规模将突破90亿元。同期,全国保险业原保险保费收入5.7万亿元,赔付支出2.3万亿元,"
            "全年处理理赔案件超过1.3亿件。在受访的86家保险公司中,71%表示已在理赔环节部署大模型应用。"
        ),
        obs=[
            ("Total", 2023, 33.2, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("车险智能定损", 2024, 18.1, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("share", 42.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 42.6 / 33.2 - 1 = 28.31% -> 28.3
            ("arithmetic", "exact"),  # 18.1 / 42.6 = 42.49% -> 42.5
        ],
    ),
    # 30. Municipal action plan (Simplified, 亿元): an approximate 2024 base, a 2027 target and a segment target;
    #     a CAGR whose span only the amounts' years give. Expected nowhere: the plan's title years, the 30 firms,
    #     the 1-day settlement time, the 90% online rate, 保费收入 2000亿元.
    dict(
        text=(
            "《深圳市保险科技创新发展行动计划(2025—2027年)》近日印发。计划提出,以智能理赔为突破口,推动车险图像定损、"
            "健康险理赔文件智能识别、理赔反欺诈等应用规模化落地。2024年,全市保险智能理赔市场规模约为21.5亿元;"
            "到2027年,力争达到45亿元,年均增长约28%,其中理赔反欺诈市场规模达到12亿元。计划还提出,培育30家以上"
            "保险科技骨干企业,小额理赔平均结案时效压缩至1天以内,车险线上理赔率达到90%,全市保费收入突破2000亿元。"
        ),
        obs=[
            ("Total", 2024, 21.5, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
            ("理赔反欺诈", 2027, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (45 / 21.5) ** (1 / 3) - 1 = 27.92% -> 28
        ],
    ),
    # 31. Taiwanese research release (Traditional, 新台幣億元): YoY holding only by rounding, CAGR with printed span.
    #     Expected nowhere: the release date, 產險理賠金額 870億, the 42 insurers and their 六成, the 3億 A-round.
    dict(
        text=(
            "【新聞稿】2025年4月9日 台北\n"
            "台北金融科技研究中心今(9)日發布《保險理賠AI應用趨勢報告》指出,2024年台灣保險業AI理賠市場規模達新台幣"
            "31.4億元,較2023年的24.6億元成長27.5%,主要受產險車損影像辨識與醫療理賠文件自動判讀帶動。研究中心預估,"
            "2028年市場規模將達新台幣78億元,2024至2028年年複合成長率為25.5%。報告亦指出,2024年產險業理賠金額達"
            "新台幣870億元,受訪的42家保險公司中有六成已導入理賠分流模型;另一家本土新創近期完成新台幣3億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 24.6, "TWD 100 million", "actual"),
            ("Total", 2024, 31.4, "TWD 100 million", "actual"),
            ("Total", 2028, 78, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 31.4 / 24.6 - 1 = 27.64% -> 27.6, not 27.5; bounds 31.35 / 24.65 - 1 = 27.18%,
            # 31.45 / 24.55 - 1 = 28.11% -> 27.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (78 / 31.4) ** (1 / 4) - 1 = 25.54% -> 25.5
        ],
    ),
    # 32. Hong Kong industry report (Traditional, 億港元): YoY with both amounts, two segments, one with its share.
    #     Expected nowhere: the report's title year, 毛保費約6,000億港元, the 158 insurers, 近半, 120港元 per claim.
    dict(
        text=(
            "香港保險科技協會發表的《2025香港保險業人工智能應用報告》顯示,2024年本港保險業在人工智能理賠方案上的開支"
            "為8.6億港元,較2023年的6.5億港元增長32%。當中,醫療索償文件自動處理佔3.1億港元,約佔36%;汽車及財產損毀"
            "影像評估佔2.2億港元。報告預計,開支於2028年將增至21億港元。2024年本港保險業毛保費約6,000億港元,報告訪問"
            "的158家獲授權保險公司中,近半已使用生成式AI處理索償查詢,而每宗簡單醫療索償的處理成本約為120港元。"
        ),
        obs=[
            ("Total", 2023, 6.5, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("醫療索償文件自動處理", 2024, 3.1, "HKD 100 million", "actual"),
            ("汽車及財產損毀影像評估", 2024, 2.2, "HKD 100 million", "actual"),
            ("Total", 2028, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.6 / 6.5 - 1 = 32.31% -> 32
            ("arithmetic", "exact"),  # 3.1 / 8.6 = 36.05% -> 36
        ],
    ),
    # 33. PTT post (Traditional, 億美元): a YoY its own amounts contradict, 今年 (2025) an estimate, a multiple
    #     without verdict. Expected nowhere: the post time, 300多萬件 claims, the 20 adjusters and 400件, the
    #     1,500萬美元 B round and 1.2億美元 valuation.
    dict(
        text=(
            "作者 claimbot88 (理賠小工程師)\n"
            "看板 Insurance\n"
            "標題 [討論] AI理賠市場到底多大?整理一下數字\n"
            "時間 Sun Mar 9 21:14:02 2025\n"
            "公司在評估導入AI定損,整理幾個數字給板友參考。根據某國外研究機構,全球AI理賠市場2023年約28億美元,"
            "2024年36億美元,等於年增35%;今年預估會到46億美元,是2023年的1.6倍。台灣這邊,產險一年理賠件數大概300多萬件,"
            "我們部門20個理賠人員每人每月要處理400件。前陣子某新創拿到1,500萬美元B輪,估值說有1.2億美元,感覺有點泡沫。\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 28, "USD 100 million", "actual"),
            ("Total", 2024, 36, "USD 100 million", "actual"),
            ("Total", 2025, 46, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("multiple", 1.6, "multiple", 2023, 2025, 2.0),
        ],
        verdicts=[
            # 36 / 28 - 1 = 28.57%; bounds 35.5 / 28.5 - 1 = 24.56%, 36.5 / 27.5 - 1 = 32.73% -> 35 never
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元): YoY with both amounts, a 2030 range (two value claims, no verdict), a
    #     share whose part is not printed (no verdict). Expected nowhere: the report date, 综合成本率 98.6%,
    #     赔付率约70%, 理赔人员超过2万人, the 38.5元 target price and rating.
    dict(
        text=(
            "华睿证券 非银金融行业深度报告 2025年6月\n"
            "保险AI理赔:从降本工具到核心基础设施\n"
            "核心观点:我们测算,2024年国内保险AI理赔市场规模为43.8亿元,2025年有望达到55.0亿元,同比增长25.6%;"
            "中性假设下,2030年市场规模有望达到180亿—210亿元。2024年反欺诈环节占比约22%,增速最快。行业层面,"
            "2024年财险行业综合成本率为98.6%,赔付率约70%;头部险企理赔人员超过2万人。重点推荐A公司,目标价38.5元,"
            "维持“买入”评级。风险提示:监管政策变化、技术落地不及预期。"
        ),
        obs=[
            ("Total", 2024, 43.8, "CNY 100 million", "actual"),
            ("Total", 2025, 55.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2024, 2025, 1.0),
            ("value", 180, "CNY 100 million", 2030, 2030, None),
            ("value", 210, "CNY 100 million", 2030, 2030, None),
            ("share", 22, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55.0 / 43.8 - 1 = 25.57% -> 25.6
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元): the market the company sizes is Total; 去年 2024 actual,
    #     今年 2025 estimate at its approximate figure, 2027 有望 estimate. Expected nowhere: the briefing date, the
    #     company's half-year revenue and 36%, the second-quarter revenue, 9万件 a day, 80元 saved per case,
    #     the 97% combined ratio.
    dict(
        text=(
            "【业绩说明会实录】2025年8月28日\n"
            "投资者提问:公司如何看待车险智能定损的市场空间?\n"
            "公司首席技术官答:根据我们的测算,去年国内车险智能定损市场规模约23.5亿元,今年会在30亿元左右,"
            "同比增长27.7%;到2027年有望达到60亿元。公司上半年科技服务收入4.2亿元,同比增长36%,二季度单季收入"
            "2.3亿元;目前平台日均处理定损案件约9万件,客户反馈平均每件案件可节省理赔费用约80元。车险综合成本率"
            "我们预计全年控制在97%以内。"
        ),
        obs=[
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 30 / 23.5 - 1 = 27.66% -> 27.7
        ],
    ),
    # 36. Markdown pipe table (global, USD million) with a CAGR column whose span the header prints; 2029F
    #     estimates. The fraud CAGR is contradicted by its amounts, the parametric one holds only by rounding.
    #     Expected nowhere: the exhibit number, the source's date.
    dict(
        text=(
            "Exhibit 7: Global AI-in-claims software market by segment, 2024-2029F (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29F |\n"
            "|---|---:|---:|---:|\n"
            "| Claims triage and automation | 1,420 | 3,610 | 20.5% |\n"
            "| Photo-based damage estimation | 980 | 2,740 | 22.8% |\n"
            "| Claims-fraud detection | 1,150 | 2,520 | 18.7% |\n"
            "| Document intake and adjuster co-pilots | 640 | 2,310 | 29.3% |\n"
            "| Parametric-claims platforms | 110 | 420 | 30.9% |\n"
            "| Total | 4,300 | 11,600 | 22.0% |\n"
            "Source: Calderwood Insurance Research, April 2025. F = forecast. Figures exclude claims-outsourcing "
            "services and insurers' in-house IT staff."
        ),
        obs=[
            ("Claims triage and automation", 2024, 1420, "USD million", "actual"),
            ("Claims triage and automation", 2029, 3610, "USD million", "estimate"),
            ("Photo-based damage estimation", 2024, 980, "USD million", "actual"),
            ("Photo-based damage estimation", 2029, 2740, "USD million", "estimate"),
            ("Claims-fraud detection", 2024, 1150, "USD million", "actual"),
            ("Claims-fraud detection", 2029, 2520, "USD million", "estimate"),
            ("Document intake and adjuster co-pilots", 2024, 640, "USD million", "actual"),
            ("Document intake and adjuster co-pilots", 2029, 2310, "USD million", "estimate"),
            ("Parametric-claims platforms", 2024, 110, "USD million", "actual"),
            ("Parametric-claims platforms", 2029, 420, "USD million", "estimate"),
            ("Total", 2024, 4300, "USD million", "actual"),
            ("Total", 2029, 11600, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 30.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3610 / 1420) ** (1 / 5) - 1 = 20.52% -> 20.5
            ("cagr|implied", "exact"),  # (2740 / 980) ** (1 / 5) - 1 = 22.83% -> 22.8
            # (2520 / 1150) ** (1 / 5) - 1 = 16.99%; bounds (2519.5 / 1150.5) ** (1/5) - 1 = 16.97%,
            # (2520.5 / 1149.5) ** (1/5) - 1 = 17.00% -> 18.7 never
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2310 / 640) ** (1 / 5) - 1 = 29.27% -> 29.3
            # (420 / 110) ** (1 / 5) - 1 = 30.73% -> 30.7, not 30.9; bounds (419.5 / 110.5) ** (1/5) - 1 = 30.58%,
            # (420.5 / 109.5) ** (1/5) - 1 = 30.88% -> 30.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (11600 / 4300) ** (1 / 5) - 1 = 21.95% -> 22.0
            ("hierarchy", "exact"),  # 2024: 1420 + 980 + 1150 + 640 + 110 = 4300
            ("hierarchy", "exact"),  # 2029F: 3610 + 2740 + 2520 + 2310 + 420 = 11600
        ],
    ),
    # 37. Tab-separated table (UK, GBP million) with a YoY column; the 2024 parts add to 317.8 against a printed
    #     317.9. Expected nowhere: the table number, the 64 insurers surveyed.
    dict(
        text=(
            "Table 3. UK insurers' spend on AI claims tools by line of business, GBP million\n"
            "Line of business\t2023\t2024\tYoY\n"
            "Motor\t118.4\t152.6\t28.9%\n"
            "Home and property\t61.7\t80.2\t30.0%\n"
            "Commercial lines\t44.9\t53.1\t18.3%\n"
            "Health and protection\t20.3\t31.9\t57.1%\n"
            "Total\t245.3\t317.9\t29.6%\n"
            "Source: Thamesgate Analytics survey of 64 insurers, published May 2025. Figures exclude Lloyd's "
            "syndicates, outsourced loss adjusting and claims paid, and are stated in nominal pounds."
        ),
        obs=[
            ("Motor", 2023, 118.4, "GBP million", "actual"),
            ("Motor", 2024, 152.6, "GBP million", "actual"),
            ("Home and property", 2023, 61.7, "GBP million", "actual"),
            ("Home and property", 2024, 80.2, "GBP million", "actual"),
            ("Commercial lines", 2023, 44.9, "GBP million", "actual"),
            ("Commercial lines", 2024, 53.1, "GBP million", "actual"),
            ("Health and protection", 2023, 20.3, "GBP million", "actual"),
            ("Health and protection", 2024, 31.9, "GBP million", "actual"),
            ("Total", 2023, 245.3, "GBP million", "actual"),
            ("Total", 2024, 317.9, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", 57.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152.6 / 118.4 - 1 = 28.89% -> 28.9
            ("cagr|implied", "exact"),  # 80.2 / 61.7 - 1 = 29.98% -> 30.0
            ("cagr|implied", "exact"),  # 53.1 / 44.9 - 1 = 18.26% -> 18.3
            ("cagr|implied", "exact"),  # 31.9 / 20.3 - 1 = 57.14% -> 57.1
            ("cagr|implied", "exact"),  # 317.9 / 245.3 - 1 = 29.60% -> 29.6
            ("hierarchy", "exact"),  # 2023: 118.4 + 61.7 + 44.9 + 20.3 = 245.3
            # 2024: 152.6 + 80.2 + 53.1 + 31.9 = 317.8, not 317.9; parts 317.6-318.0 vs total 317.85-317.95
            # -> equal only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. Space-aligned table (Europe, EUR million) with a 2024 share column; 2027E estimates; Spain's share holds
    #     only by rounding; the total's 100.0% is no claim. Expected nowhere: Switzerland's CHF 96 million (a
    #     currency outside the unit list), the note number.
    dict(
        text=(
            "AI claims-handling spend by country, 2024 and 2027E (EUR million)\n"
            "\n"
            "Country           2024    2027E   Share 2024\n"
            "Germany            575    1,300        31.9%\n"
            "France             410      870        22.8%\n"
            "Italy              240      520        13.3%\n"
            "Spain              185      410        10.2%\n"
            "Netherlands        130      280         7.2%\n"
            "Other Europe       262      560        14.5%\n"
            "Europe total     1,802    3,940       100.0%\n"
            "\n"
            "Note 2: E = estimate. Switzerland (CHF 96 million in 2024) is shown separately and is not included in "
            "the European total. Source: Brightwater Advisory insurer panel."
        ),
        obs=[
            ("Germany", 2024, 575, "EUR million", "actual"),
            ("Germany", 2027, 1300, "EUR million", "estimate"),
            ("France", 2024, 410, "EUR million", "actual"),
            ("France", 2027, 870, "EUR million", "estimate"),
            ("Italy", 2024, 240, "EUR million", "actual"),
            ("Italy", 2027, 520, "EUR million", "estimate"),
            ("Spain", 2024, 185, "EUR million", "actual"),
            ("Spain", 2027, 410, "EUR million", "estimate"),
            ("Netherlands", 2024, 130, "EUR million", "actual"),
            ("Netherlands", 2027, 280, "EUR million", "estimate"),
            ("Other Europe", 2024, 262, "EUR million", "actual"),
            ("Other Europe", 2027, 560, "EUR million", "estimate"),
            ("Europe total", 2024, 1802, "EUR million", "actual"),
            ("Europe total", 2027, 3940, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 31.9, "percent", 2024, 2024, None),
            ("share", 22.8, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 10.2, "percent", 2024, 2024, None),
            ("share", 7.2, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 575 / 1802 = 31.91% -> 31.9
            ("arithmetic", "exact"),  # 410 / 1802 = 22.75% -> 22.8
            ("arithmetic", "exact"),  # 240 / 1802 = 13.32% -> 13.3
            # 185 / 1802 = 10.27% -> 10.3, not 10.2; bounds 184.5 / 1802.5 = 10.24%, 185.5 / 1801.5 = 10.30%
            # -> 10.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 130 / 1802 = 7.21% -> 7.2
            ("arithmetic", "exact"),  # 262 / 1802 = 14.54% -> 14.5
            ("hierarchy", "exact"),  # 2024: 575 + 410 + 240 + 185 + 130 + 262 = 1802
            ("hierarchy", "exact"),  # 2027E: 1300 + 870 + 520 + 410 + 280 + 560 = 3940
        ],
    ),
    # 39. Vertical tab-separated table whose rows are fiscal years (Japan, JPY billion): the lone value column is
    #     headed by its unit only, so Total; YoY column; 2025E and 2026E estimates. Expected nowhere: the
    #     first-quarter fiscal 2025 figure, the 31 insurers covered.
    dict(
        text=(
            "Japan: non-life insurers' spending on AI claims systems, fiscal years ending March\n"
            "Fiscal year\tJPY billion\tYoY\n"
            "2020\t9.8\t-\n"
            "2021\t13.1\t33.7%\n"
            "2022\t18.6\t42.0%\n"
            "2023\t29.0\t55.9%\n"
            "2024\t38.4\t32.4%\n"
            "2025E\t49.5\t28.9%\n"
            "2026E\t62.0\t25.3%\n"
            "Source: Nihon Insurtech Research, based on disclosures of 31 non-life insurers. E = estimate. Spending in "
            "the first quarter of fiscal 2025 came to \u00a511.8 billion. Figures cover software, cloud and model "
            "licences for claims triage, damage estimation and fraud screening."
        ),
        obs=[
            ("Total", 2020, 9.8, "JPY billion", "actual"),
            ("Total", 2021, 13.1, "JPY billion", "actual"),
            ("Total", 2022, 18.6, "JPY billion", "actual"),
            ("Total", 2023, 29.0, "JPY billion", "actual"),
            ("Total", 2024, 38.4, "JPY billion", "actual"),
            ("Total", 2025, 49.5, "JPY billion", "estimate"),
            ("Total", 2026, 62.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 33.7, "percent", 2020, 2021, 1.0),
            ("growth", 42.0, "percent", 2021, 2022, 1.0),
            ("growth", 55.9, "percent", 2022, 2023, 1.0),
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.9, "percent", 2024, 2025, 1.0),
            ("growth", 25.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 13.1 / 9.8 - 1 = 33.67% -> 33.7
            ("cagr|implied", "exact"),  # 18.6 / 13.1 - 1 = 41.98% -> 42.0
            ("cagr|implied", "exact"),  # 29.0 / 18.6 - 1 = 55.91% -> 55.9
            ("cagr|implied", "exact"),  # 38.4 / 29.0 - 1 = 32.41% -> 32.4
            ("cagr|implied", "exact"),  # 49.5 / 38.4 - 1 = 28.91% -> 28.9
            ("cagr|implied", "exact"),  # 62.0 / 49.5 - 1 = 25.25% -> 25.3
        ],
    ),
    # 40. Chinese markdown table (Simplified, 亿元) with a 合计 row and a 2024 share column; the 100.0% total is no
    #     claim. Expected nowhere: the table number, the title's year span, the source's date.
    dict(
        text=(
            "表5 2023—2024年中国保险AI理赔市场分险种规模(单位:亿元)\n"
            "| 险种 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 车险 | 14.6 | 18.1 | 42.5% |\n"
            "| 健康险 | 9.8 | 12.9 | 30.3% |\n"
            "| 非车财产险 | 5.2 | 6.8 | 16.0% |\n"
            "| 农险 | 1.9 | 2.7 | 6.3% |\n"
            "| 其他 | 1.7 | 2.1 | 4.9% |\n"
            "| 合计 | 33.2 | 42.6 | 100.0% |\n"
            "注:农险含天气指数等参数化理赔平台;资料来源:中国保险科技研究院,2025年3月。"
        ),
        obs=[
            ("车险", 2023, 14.6, "CNY 100 million", "actual"),
            ("车险", 2024, 18.1, "CNY 100 million", "actual"),
            ("健康险", 2023, 9.8, "CNY 100 million", "actual"),
            ("健康险", 2024, 12.9, "CNY 100 million", "actual"),
            ("非车财产险", 2023, 5.2, "CNY 100 million", "actual"),
            ("非车财产险", 2024, 6.8, "CNY 100 million", "actual"),
            ("农险", 2023, 1.9, "CNY 100 million", "actual"),
            ("农险", 2024, 2.7, "CNY 100 million", "actual"),
            ("其他", 2023, 1.7, "CNY 100 million", "actual"),
            ("其他", 2024, 2.1, "CNY 100 million", "actual"),
            ("合计", 2023, 33.2, "CNY 100 million", "actual"),
            ("合计", 2024, 42.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.5, "percent", 2024, 2024, None),
            ("share", 30.3, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 6.3, "percent", 2024, 2024, None),
            ("share", 4.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.1 / 42.6 = 42.49% -> 42.5
            ("arithmetic", "exact"),  # 12.9 / 42.6 = 30.28% -> 30.3
            ("arithmetic", "exact"),  # 6.8 / 42.6 = 15.96% -> 16.0
            ("arithmetic", "exact"),  # 2.7 / 42.6 = 6.34% -> 6.3
            ("arithmetic", "exact"),  # 2.1 / 42.6 = 4.93% -> 4.9
            ("hierarchy", "exact"),  # 2023: 14.6 + 9.8 + 5.2 + 1.9 + 1.7 = 33.2
            ("hierarchy", "exact"),  # 2024: 18.1 + 12.9 + 6.8 + 2.7 + 2.1 = 42.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundredth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 14, 'exact': 90}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- U.S. property and casualty insurers',
    'forecast £539m by FY2029e, a CAGR of about 20%',
    'which it describes as a compound annual growth rate of 26.4%',
    'We size our total addressable market',
    'are expected to spend ¥57 billion this year, up 18%',
    '3.2 times the $200 million spent in 2020',
    '力争达到12亿元,较2023年增长3倍',
    '2024年達新台幣38.6億元,較2023年的29.7億元成長30.0%',
    '開支為6.2億港元,按年增長21%,2023年則為5.1億港元',
    '今年預估可達9.8億元,成長約23%',
    '| Total | 3,620 | 11,570 | 21.4% |',
    '合计                     21.6     28.8     38.1     48.7',
    '2025E\t1,118\t25.7%',
    'We put the total addressable market for AI claims automation',
    'a compound annual growth rate of 27.1% over 2019-2024',
    'Correction: An earlier version of this article',
    '- Parametric-claims platforms: $0.7B (6%)',
    "Meridian Scope's 2024 number is lower",
    '新华社北京3月18日电(记者 王晓岚)',
    '到2027年,力争达到45亿元,年均增长约28%',
    '2024至2028年年複合成長率為25.5%',
    '較2023年的6.5億港元增長32%',
    '2030年市场规模有望达到180亿—210亿元',
    '| Parametric-claims platforms | 110 | 420 | 30.9% |',
    'Spain              185      410        10.2%',
    '| 合计 | 33.2 | 42.6 | 100.0% |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 223
#: figures, 65 rates, 100 verdicts and 1 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (200, 202, 204, 206): 231, 68, 109 and 0
FLOORS = {"figures_found": 231, "rates_found": 68, "verdicts_right": 109}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset200.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
