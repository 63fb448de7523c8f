"""A two-hundred-and-eighty-second check set for the extractor, written blind: AI in boats, marinas and recreational
boating: AI berth-booking and yield management for marinas, AI-assisted docking and collision avoidance for leisure
boats, AI engine and hull diagnostics, computer-vision security for marinas, AI trip planning and weather routing for
sailors, AI valuation of used boats. Sized in money by research houses, boating associations, marine-industry
federations, coastal authorities, boat makers' investor days and trade magazines, in the US, Canada, the UK, France,
Italy, Croatia, Norway, Sweden, Australia, New Zealand, Japan, mainland China, Taiwan and Hong Kong.

Snippets 1-20: Twenty snippets on AI in boats, marinas and recreational boating (berth booking and yield management,
docking and collision avoidance, engine and hull diagnostics, computer-vision security, trip planning and weather
routing, used-boat valuation): eight English prose texts (an email newsletter with a TL;DR and a By the numbers list, a
Japanese press release in JPY with dollar asides, a forum reply with IMO, ~ and k, a research firm's numbered key
findings, a sustainability report stating its unit once, an op-ed with a $3bn-plus floor, a Croatian tender notice with
a background section, a Singapore release in US$ with S$ asides), seven Chinese prose texts (a 新浪财经 brief with 【】 in
亿元人民币, a 白皮书 paragraph with 单位：亿元 and bare numbers, a 經濟日報 item in 億元新台幣 with a quarter, a Macau release in 億港元 with 澳門元
asides, a 年报 行业情况 section in 万元, a 微博 post with hashtags, a Hong Kong column in 億美元 with 按年增長) and five tables (a
tab-separated FY23/FY24/FY25E table, a Markdown table under a spanning Revenue (US$ m) header, a long-format CSV, a
Simplified vertical table with 市场规模（亿元） and 增速, a Traditional table in 百萬美元 with 年複合成長率). Left out: datelines, issue,
reference, table and section numbers, counts of marinas, boats, berths, firms, dealers and respondents, prices and fees,
funding rounds, contract and lot values, a company's own sales, revenue, R&D and growth, survey and penetration
percentages, percentage points, a quarter's figure, a price target and a market value, whole-industry totals, currency
asides (US$, S$, 澳門元, C$, NOK) and shares given as fractions in words. Inconsistent: 4, 9, 15, 17. Only by rounding: 5,
12, 14, 16, 19.

Snippets 21-40: Twenty snippets on AI in boats, marinas and recreational boating (berth booking and yield management,
docking and collision avoidance, engine and hull diagnostics, computer-vision security, trip planning and weather
routing, used-boat valuation): eight English prose texts (a US competition-law filing on the relevant market, a
Norwegian boat maker's investor-day transcript with a slide TAM, an encyclopedia paragraph with citation brackets, a UK
trade body's release in £bn and per cent, a Hamburg company's English release in EUR bn with +14 % yoy, podcast show
notes with timestamps, a consultancy article with a value-at-stake range, an Indian news item in crore with dollar
asides), seven Chinese prose texts (a 券商晨会纪要 with （亿元）, a 政府采购 中标结果公告, a 工商時報 item with 年增率, a 知识星球 post with a range, a
统计公报 paragraph with 比上年增长 and 增速回落, a 澳門日報 item in 億港元 with 億澳門元 asides, a Hong Kong radio interview transcript) and
five tables (a French table with space thousands separators and decimal commas, a Markdown table with its Total row
first, a Traditional table with 2024A/2025E/2026E columns and 合計 last, a vertical table with a YoY column opening on
n.a., a fixed-width table with a CAGR 24-30 row). Left out: datelines, case, project, episode, report, table, paragraph
and citation numbers, timestamps, companies' own revenue, sales, orders, margins, share targets and price targets, deal
values and tender awards, a value-at-stake range, whole-industry totals, asides in rupees, kroner, Australian, Canadian
and Macau dollars, counts of boats, berths, firms, engineers and respondents, survey percentages, system prices and
percentage points. Inconsistent: 24, 27, 35, 38, 40. Only by rounding: 22, 29, 31, 33, 36, 39.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Email newsletter with a TL;DR line and a "By the numbers" list putting each figure before an em dash ("$312M
    #    — the 2024 market"): the US and Canadian market for AI berth booking and yield management in 2023 and 2024
    #    with a rise stated in the TL;DR, and a 2030 forecast with a CAGR over a printed span. Expected nowhere: the
    #    issue number and date, the 11,800 marinas (and "fewer than a fifth"), the $6.50 nightly premium, the C$9M
    #    Series A.
    dict(
        text=(
            "Subject: Dockside Digest #112 · May 6, 2025 — marinas discover dynamic pricing\n"
            "TL;DR: AI berth-booking and yield-management software for US and Canadian marinas grew 16.4% last "
            "year, and Harbormark Analytics thinks the curve is only starting.\n"
            "By the numbers\n"
            "$312M — the 2024 market for AI berth booking and yield management in the US and Canada\n"
            "$268M — the same market in 2023\n"
            "$710M — Harbormark's 2030 forecast, implying a 14.7% CAGR over 2024-2030\n"
            "11,800 — marinas in the two countries, fewer than a fifth of them on dynamic pricing\n"
            "$6.50 — the average nightly premium a transient slip fetches on a busy weekend\n"
            "C$9M — the Series A that Halifax start-up SlipWise closed in April"
        ),
        obs=[
            ("Total", 2023, 268, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2030, 710, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("cagr", 14.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 268) ** (1 / 1) - 1 = 16.42% -> 16.4
            ("cagr|implied", "exact"),  # (710 / 312) ** (1 / 6) - 1 = 14.69% -> 14.7
        ],
    ),
    # 2. Japanese company's English press release in "JPY 12.4 billion" with dollar asides ("(approx. US$83
    #    million)"): Japan's market for AI-assisted docking and collision avoidance on leisure boats in fiscal 2023
    #    and fiscal 2024 with a rise, and a fiscal 2028 forecast (expects) with an average annual rate whose span only
    #    the amounts' years give (inferred). Expected nowhere: the dateline, the US$83 million and US$144 million
    #    asides, Kaiyo's own JPY 38.6 billion net sales and its fiscal year-end date, the 3,400 boats, the 410,000
    #    registered pleasure boats.
    dict(
        text=(
            "Kaiyo Marine Systems Co., Ltd.\n"
            "Tokyo, May 14, 2025 — Kaiyo Marine Systems today published its outlook for AI-assisted docking and "
            "collision-avoidance systems for leisure boats in Japan. The domestic market reached JPY 12.4 billion "
            "(approx. US$83 million) in fiscal 2024, up 22.8% from JPY 10.1 billion in fiscal 2023.\n"
            "Kaiyo expects the market to reach JPY 21.6 billion (approx. US$144 million) in fiscal 2028, an average "
            "annual growth rate of 14.9%.\n"
            "Kaiyo's own consolidated net sales were JPY 38.6 billion for the fiscal year ended March 31, 2025. Its "
            "DockEye system is installed on some 3,400 boats, out of about 410,000 registered pleasure boats in "
            "Japan."
        ),
        obs=[
            ("Total", 2023, 10.1, "JPY billion", "actual"),
            ("Total", 2024, 12.4, "JPY billion", "actual"),
            ("Total", 2028, 21.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("cagr", 14.9, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 10.1) ** (1 / 1) - 1 = 22.77% -> 22.8
            ("cagr|period", "exact"),  # (21.6 / 12.4) ** (1 / 4) - 1 = 14.88% -> 14.9
        ],
    ),
    # 3. Forum reply with "IMO", "~" and "k" for thousands ("$850k"), quoting another user: the US market for AI
    #    used-boat valuation tools last year (the post's 2025 making it 2024) and in 2023, approximate and expected at
    #    their printed figures, a "~21%" rise, and dealer subscriptions' part (its "two-thirds" a fraction in words).
    #    Expected nowhere: the $87k quote and $91k sale, the $650 survey, the $850k listing, the post date.
    dict(
        text=(
            "Re: Would you trust an AI valuation on a used boat?\n"
            "Quote from @keelhauler: \"AI valuations are a fad, nobody serious uses them.\"\n"
            "IMO that's wishful thinking. Marine Ledger put the US market for AI used-boat valuation tools at ~$46M "
            "last year, up from ~$38M in 2023, so ~21% growth. Dealer subscriptions were ~$31M of that, roughly "
            "two-thirds.\n"
            "FWIW the AI quote on my Catalina came in at $87k and she sold for $91k, closer than the surveyor I "
            "paid $650. The cat on the next dock is listed at $850k and the tools are all over the place on that "
            "one.\n"
            "Posted Mar 9, 2025"
        ),
        obs=[
            ("Total", 2023, 38, "USD million", "actual"),
            ("Total", 2024, 46, "USD million", "actual"),
            ("Dealer subscriptions", 2024, 31, "USD million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46 / 38) ** (1 / 1) - 1 = 21.05% -> 21
        ],
    ),
    # 4. Research firm's "Key findings" numbered "1)" to "5)": Europe's market for AI computer-vision security at
    #    marinas in 2023 and 2024 with a rise, Italy's part with its share, and a 2029 forecast with a CAGR over a
    #    printed span that no reading reaches. Expected nowhere: the list numbers, the 620 operators surveyed and
    #    their 47%, the €38,000 and €45,000 system prices and the 2022 of the older price.
    dict(
        text=(
            "Key findings\n"
            "1) Europe's market for AI computer-vision security at marinas reached €184.5 million in 2024, up 19.3% "
            "from €154.7 million in 2023.\n"
            "2) Italy was the largest national market at €41.9 million, 22.7% of the European total, ahead of "
            "France and Croatia.\n"
            "3) We forecast €404 million in 2029, a compound annual growth rate of 18.0% over 2024-2029.\n"
            "4) 47% of the 620 marina operators we surveyed plan to add AI cameras within two years.\n"
            "5) The average installed system price fell to €38,000 from €45,000 in 2022."
        ),
        obs=[
            ("Total", 2023, 154.7, "EUR million", "actual"),
            ("Total", 2024, 184.5, "EUR million", "actual"),
            ("Italy", 2024, 41.9, "EUR million", "actual"),
            ("Total", 2029, 404, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("share", 22.7, "percent", 2024, 2024, None),
            ("cagr", 18.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (184.5 / 154.7) ** (1 / 1) - 1 = 19.26% -> 19.3
            ("arithmetic", "exact"),  # 41.9 / 184.5 = 22.71% -> 22.7
            # (404 / 184.5) ** (1 / 5) - 1 = 16.97% -> 17.0, not 18.0; bounds (403.5 / 184.55) ** (1/5) - 1 =
            # 16.94%, (404.5 / 184.45) ** (1/5) - 1 = 17.01% -> 18.0 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Boat maker's sustainability report paragraph stating its unit once ("(in € m)") and then "2023: 412; 2024:
    #    486": the European market for AI engine and hull diagnostics with a rise that holds only by rounding.
    #    Expected nowhere: the section number 3.4, the 9,600 boats, the 11% fuel saving, the 14,200 tonnes of CO2e,
    #    the 30 feet and the 2027 target year.
    dict(
        text=(
            "3.4 Digital efficiency on the water\n"
            "Our connected-boat programme relies on AI engine and hull diagnostics that flag fouling, misfiring and "
            "fuel waste before they cost an owner money. Nautika Research sizes the European market for these "
            "diagnostics (in € m) at 2023: 412; 2024: 486, an increase of 17.8%.\n"
            "In 2024 our own diagnostics subscriptions reached 9,600 boats and cut their average fuel burn by 11%, "
            "avoiding roughly 14,200 tonnes of CO2e. We aim to fit the service to every new hull above 30 feet by "
            "2027."
        ),
        obs=[
            ("Total", 2023, 412, "EUR million", "actual"),
            ("Total", 2024, 486, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (486 / 412) ** (1 / 1) - 1 = 17.96% -> 18.0, not 17.8; bounds 485.5 / 412.5 - 1 = 17.70%,
            # 486.5 / 411.5 - 1 = 18.23% -> 17.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. Op-ed with a floor amount ("a $3bn-plus market", expected at its printed 3) beside exact figures: global
    #    spending on AI trip-planning and weather-routing apps for recreational sailors in 2023 and 2024 with a 19%
    #    jump, and the 2030 floor. Expected nowhere: the author's 22 years, the 2023 Fastnet incident and its 14
    #    boats, the 4,300 callouts, the $79 subscription, the $230bn boating economy.
    dict(
        text=(
            "Opinion: Sailors are handing the chart table to algorithms, and that is fine\n"
            "By Margaret Oyelaran, who has raced offshore for 22 years\n"
            "Weather routing used to mean a laptop, a GRIB file and a long night. Now apps do it. Per Bluewater "
            "Metrics, global spending on AI trip-planning and weather-routing apps for recreational sailors reached "
            "$1.12bn in 2024, from $0.94bn in 2023, a 19% jump. The firm sees a $3bn-plus market by 2030.\n"
            "Critics point to the 2023 Fastnet incident, when 14 boats followed the same bad routing. But "
            "coastguards logged 4,300 leisure callouts in 2024, and the premium subscription still costs just $79 "
            "a year.\n"
            "The industry's own trade group puts the whole recreational boating economy at $230bn; routing is a "
            "sliver of it, and a cheap one."
        ),
        obs=[
            ("Total", 2023, 0.94, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.12 / 0.94) ** (1 / 1) - 1 = 19.15% -> 19
        ],
    ),
    # 7. Croatian government tender notice with contract values (expected nowhere) and the market's size in its
    #    background section: Croatia's market for AI berth booking and marina yield management in 2023 and 2024, and
    #    a 2028 forecast with a CAGR over a printed span. Expected nowhere: the reference number, the 22 marinas, the
    #    €2,450,000 contract value and the €1,620,000 and €830,000 lots, the tender deadline.
    dict(
        text=(
            "CONTRACT NOTICE — Services\n"
            "Contracting authority: Adriatic Ports and Marinas Agency (Republic of Croatia), Rijeka. Reference: "
            "APMA-2025/0147.\n"
            "Object: supply, installation and operation of an AI berth-booking and yield-management platform for 22 "
            "state-concession marinas. Estimated contract value: €2,450,000 excluding VAT (Lot 1: €1,620,000; "
            "Lot 2: €830,000).\n"
            "Background: The Croatian market for AI berth-booking and marina yield-management software was "
            "estimated at €23.6 million in 2024, up from €19.9 million in 2023, and is forecast to reach €41.0 "
            "million in 2028 (CAGR 2024-2028: 14.8%).\n"
            "Deadline for tenders: 30 June 2025, 12:00 CET."
        ),
        obs=[
            ("Total", 2023, 19.9, "EUR million", "actual"),
            ("Total", 2024, 23.6, "EUR million", "actual"),
            ("Total", 2028, 41.0, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.0 / 23.6) ** (1 / 4) - 1 = 14.81% -> 14.8
        ],
    ),
    # 8. Singapore release in US$ with S$ asides: the Asia-Pacific market for AI-assisted docking and collision
    #    avoidance on leisure boats in 2024 and a 2030 projection with a CAGR whose span only the amounts' years give
    #    (inferred), and Australia and New Zealand's part with its share. Expected nowhere: the dateline, the S$288
    #    million and S$713 million asides, the S$12 million raised, the 85 staff, the 2,000 berths.
    dict(
        text=(
            "SINGAPORE, 8 April 2025 — Straits Helm Analytics today released its Asia-Pacific Smart Leisure Craft "
            "Outlook.\n"
            "The region's market for AI-assisted docking and collision-avoidance systems on leisure boats reached "
            "US$214 million (S$288 million) in 2024 and is projected to climb to US$530 million (S$713 million) by "
            "2030, a CAGR of 16.3%.\n"
            "Australia and New Zealand contributed US$78 million, or 36% of the 2024 total; Singapore's own marinas "
            "hold fewer than 2,000 berths.\n"
            "Straits Helm, which raised S$12 million last year, employs 85 analysts and engineers in Singapore and "
            "Sydney."
        ),
        obs=[
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2030, 530, "USD million", "estimate"),
            ("Australia and New Zealand", 2024, 78, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.3, "percent", 2024, 2030, None, "inferred"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (530 / 214) ** (1 / 6) - 1 = 16.32% -> 16.3
            ("arithmetic", "exact"),  # 78 / 214 = 36.45% -> 36
        ],
    ),
    # 9. 新浪财经-style brief (Simplified) opening with 【】 and amounts in 亿元人民币: China's market for AI docking and
    #    collision-avoidance systems on yachts in 2023 and 2024 with a 同比增长 that no reading reaches, and a 2027
    #    forecast (有望). Expected nowhere: the 4月22日 dateline, the 1.2万艘 yachts and 不足一成, the 2亿元 B round, the
    #    3至5个百分点.
    dict(
        text=(
            "【AI辅助靠泊系统走俏 国内游艇市场去年规模达18.6亿元人民币】\n"
            "新浪财经讯 4月22日消息，据中国船舶工业行业协会游艇分会最新数据，2024年国内游艇AI辅助靠泊与避碰系统市场规模达"
            "18.6亿元人民币，同比增长26.4%；2023年该市场规模为15.2亿元人民币。分会预计，到2027年市场规模有望达到35亿元人民币。\n"
            "目前国内登记在册的游艇约1.2万艘，其中加装AI靠泊系统的不足一成。头部企业海睿智航今年3月完成2亿元人民币B轮融资。\n"
            "分析人士指出，随着三亚、厦门等地新建码头投入运营，行业增速有望再提高3至5个百分点。"
        ),
        obs=[
            ("Total", 2023, 15.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4, not 26.4; bounds 18.55 / 15.25 - 1 = 21.64%,
            # 18.65 / 15.15 - 1 = 23.10% -> 26.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. 行业白皮书 paragraph (Simplified) stating "单位：亿元" in prose and then bare numbers ("规模为41.3"): China's AI
    #     engine and hull diagnostics for leisure craft in 2023 and 2024 with a 同比增长, and two parts in 2024, the
    #     first with its 占比. Expected nowhere: the title's 2025, 第三章, the 326家 firms surveyed, the 7.8% penetration
    #     rate and its 1.9个百分点.
    dict(
        text=(
            "《2025中国智能游艇与船艇运维白皮书》第三章 市场规模\n"
            "本章所列金额单位：亿元。据测算，2024年我国休闲船艇AI发动机与船体诊断市场规模为41.3，同比增长18.3%，2023年为34.9。\n"
            "分领域看，发动机预测性维护为24.6，占比59.6%；船体附着物与结构监测为16.7。\n"
            "本次调研覆盖326家游艇俱乐部及维修服务企业，行业AI诊断渗透率约7.8%，较上年提高1.9个百分点。"
        ),
        obs=[
            ("Total", 2023, 34.9, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
            ("发动机预测性维护", 2024, 24.6, "CNY 100 million", "actual"),
            ("船体附着物与结构监测", 2024, 16.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("share", 59.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.3 / 34.9) ** (1 / 1) - 1 = 18.34% -> 18.3
            ("arithmetic", "exact"),  # 24.6 / 41.3 = 59.56% -> 59.6
        ],
    ),
    # 11. 經濟日報-style item (Traditional) in 億元新台幣 with a quarter's figure (expected nowhere): Taiwan's market for
    #     AI navigation and docking systems on yachts in 2023 and 2024 with a 年增, and a 2026 forecast (預估, 突破,
    #     expected at its printed 30). Expected nowhere: the 第一季 4.9億元, the yacht builder's 52.3億元 revenue and 186艘
    #     exports, the 285元 target price.
    dict(
        text=(
            "【記者林佩君／台北報導】\n"
            "台灣遊艇AI智慧航行與靠泊系統市場快速成長。據台灣遊艇工業同業公會統計，2024年國內相關市場產值達18.7億元新台幣，"
            "年增21.4%，2023年為15.4億元新台幣；今年第一季產值已達4.9億元新台幣。\n"
            "公會預估，2026年市場規模將突破30億元新台幣。\n"
            "上市遊艇廠海昇去年營收52.3億元，外銷遊艇186艘；法人給予目標價285元。"
        ),
        obs=[
            ("Total", 2023, 15.4, "TWD 100 million", "actual"),
            ("Total", 2024, 18.7, "TWD 100 million", "actual"),
            ("Total", 2026, 30, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.7 / 15.4) ** (1 / 1) - 1 = 21.43% -> 21.4
        ],
    ),
    # 12. Macau government release (Traditional) with 澳門元 asides and the market in 億港元: the Hong Kong and Macau
    #     market for AI berth booking and yield management at yacht clubs in 2023 and 2024 with a 增長 that holds only
    #     by rounding, and a 2027 forecast (預計). Expected nowhere: the release date, 第三屆, the 3.52億 and 5.77億澳門元
    #     asides, the 86家 exhibitors, the four days, the 1,200萬澳門元 budget.
    dict(
        text=(
            "澳門特別行政區政府新聞局　2025年5月9日\n"
            "第三屆澳門國際遊艇及智慧海事展今日開幕。主辦單位引述港澳海事研究中心數據指出，港澳地區遊艇會AI泊位預訂及收益管理市場"
            "2024年規模為3.42億港元（約3.52億澳門元），較2023年的2.86億港元增長19.3%。\n"
            "該中心預計，2027年市場規模將達5.6億港元（約5.77億澳門元）。\n"
            "本屆展會吸引86家參展商，展期四天，主辦單位投入約1,200萬澳門元。"
        ),
        obs=[
            ("Total", 2023, 2.86, "HKD 100 million", "actual"),
            ("Total", 2024, 3.42, "HKD 100 million", "actual"),
            ("Total", 2027, 5.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (3.42 / 2.86) ** (1 / 1) - 1 = 19.58% -> 19.6, not 19.3; bounds 3.415 / 2.865 - 1 = 19.20%,
            # 3.425 / 2.855 - 1 = 19.96% -> 19.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. 上市公司年报 "行业情况" section (Simplified) with amounts in 万元: China's AI computer-vision security market for
    #     marinas and yacht clubs in 2023 and 2024 (约为, expected at its printed figure) with a rise, and a 2026
    #     forecast (预计). Expected nowhere: 第三节, the company's 32,618.45万元 revenue and its 9.8% growth, the
    #     4,105.27万元 R&D and its 12.6%, the 137项 patents.
    dict(
        text=(
            "第三节 管理层讨论与分析\n"
            "一、报告期内公司所处行业情况\n"
            "根据中国交通运输协会邮轮游艇分会的统计，2024年国内游艇码头与游艇俱乐部AI视觉安防市场规模约为186,420万元，"
            "较上年的158,650万元增长17.5%；预计2026年将达到265,000万元。\n"
            "报告期内，公司实现营业收入32,618.45万元，同比增长9.8%；研发投入4,105.27万元，占营业收入的12.6%。截至报告期末，"
            "公司拥有有效专利137项。"
        ),
        obs=[
            ("Total", 2023, 158650, "CNY 10 thousand", "actual"),
            ("Total", 2024, 186420, "CNY 10 thousand", "actual"),
            ("Total", 2026, 265000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186420 / 158650) ** (1 / 1) - 1 = 17.50% -> 17.5
        ],
    ),
    # 14. 微博 post (Simplified) with #话题# hashtags: China's AI berth booking and yield management for yacht marinas
    #     in 2023 and 2024 with a 涨了37% that holds only by rounding, and a 2026 forecast (预计, 左右, expected at its
    #     printed 15). Expected nowhere: the 200块 premium, the 92% occupancy, the 两百来个 marinas, the timestamp.
    dict(
        text=(
            "#AI游艇# #智慧码头# 刚刷到一份报告，有点震惊：2024年全国游艇码头AI泊位预订与收益管理市场规模9.8亿元，"
            "2023年才7.1亿元，一年涨了37%！\n"
            "报告预计2026年能冲到15亿元左右。我们俱乐部去年上了系统，旺季泊位每晚贵了200块，入住率反而到了92%😂\n"
            "全国游艇码头也就两百来个，潜力还大着呢 #游艇生活#\n"
            "6月3日 21:47 来自 iPhone客户端"
        ),
        obs=[
            ("Total", 2023, 7.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2026, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (9.8 / 7.1) ** (1 / 1) - 1 = 38.03% -> 38, not 37; bounds 9.75 / 7.15 - 1 = 36.36%,
            # 9.85 / 7.05 - 1 = 39.72% -> 37 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Hong Kong financial column (Traditional) in 億美元 with 按年增長: the Asia-Pacific market for AI weather
    #     routing and trip planning for yachts in 2023 and 2024 with a 按年增長, and a 2030 forecast (預期) with a
    #     年均複合增長率 whose span only the amounts' years give (inferred) and that no reading reaches. Expected
    #     nowhere: the stock's 120億港元 market value and its 6%, the 1.1萬艘 local pleasure vessels.
    dict(
        text=(
            "【財經專欄】揚帆之前先算數　文：司徒浩\n"
            "AI遊艇氣象導航及行程規劃，近年成為亞太區帆船玩家的新寵。據星帆研究估算，亞太區相關市場2024年規模達4.6億美元，"
            "按年增長23.7%，2023年則為3.72億美元；該機構預期2030年將升至15.8億美元，年均複合增長率21.8%。\n"
            "不過，本地上市的海事科技股表現反覆，筆者持有的一隻市值約120億港元，過去一年股價僅升6%。香港現有約1.1萬艘本地遊樂船隻，"
            "仍屬小眾。\n"
            "（作者為資深基金經理，本文不構成投資建議）"
        ),
        obs=[
            ("Total", 2023, 3.72, "USD 100 million", "actual"),
            ("Total", 2024, 4.6, "USD 100 million", "actual"),
            ("Total", 2030, 15.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.72) ** (1 / 1) - 1 = 23.66% -> 23.7
            # (15.8 / 4.6) ** (1 / 6) - 1 = 22.83% -> 22.8, not 21.8; bounds (15.75 / 4.65) ** (1/6) - 1 = 22.55%,
            # (15.85 / 4.55) ** (1/6) - 1 = 23.12% -> 21.8 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 16. Tab-separated table with a "Segment" header and FY23, FY24, FY25E columns (fiscal years as their numbers,
    #     the E column an estimate): Nordic leisure-boat AI systems by segment with a Total row; FY23 and FY24 add
    #     exactly, FY25E only by rounding. Expected nowhere: the source's date, the 14 listed companies, the 11.6 NOK
    #     exchange rate.
    dict(
        text=(
            "Nordic leisure-boat AI systems by segment (EUR million)\n"
            "Segment\tFY23\tFY24\tFY25E\n"
            "AI docking and collision avoidance\t48.3\t57.9\t69.4\n"
            "Engine and hull diagnostics\t21.2\t25.7\t31.3\n"
            "Total\t69.5\t83.6\t100.8\n"
            "Source: Fjordline Capital Markets estimates, March 2025, covering 14 listed marine companies; 1 EUR = "
            "11.6 NOK."
        ),
        obs=[
            ("AI docking and collision avoidance", 2023, 48.3, "EUR million", "actual"),
            ("AI docking and collision avoidance", 2024, 57.9, "EUR million", "actual"),
            ("AI docking and collision avoidance", 2025, 69.4, "EUR million", "estimate"),
            ("Engine and hull diagnostics", 2023, 21.2, "EUR million", "actual"),
            ("Engine and hull diagnostics", 2024, 25.7, "EUR million", "actual"),
            ("Engine and hull diagnostics", 2025, 31.3, "EUR million", "estimate"),
            ("Total", 2023, 69.5, "EUR million", "actual"),
            ("Total", 2024, 83.6, "EUR million", "actual"),
            ("Total", 2025, 100.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY23: 48.3 + 21.2 = 69.5
            ("hierarchy", "exact"),  # FY24: 57.9 + 25.7 = 83.6
            # FY25E: 69.4 + 31.3 = 100.7, not 100.8; parts at most 69.45 + 31.35 = 100.80 and the total at least
            # 100.75 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table with a header cell "Revenue (US$ m)" spanning the year columns and a second header row of
    #     years (2025E an estimate): US marina AI revenue pools by segment with a Total row; 2023 and 2024 add exactly,
    #     2025E by no reading. Expected nowhere: the source's date, the $1.9bn marina management software market, the
    #     3,100 dealers.
    dict(
        text=(
            "US marina technology: AI revenue pools\n"
            "| Segment | Revenue (US$ m) | | |\n"
            "|---|---:|---:|---:|\n"
            "| | 2023 | 2024 | 2025E |\n"
            "| AI berth booking and yield management | 231 | 274 | 322 |\n"
            "| Computer-vision security | 96 | 118 | 142 |\n"
            "| Total | 327 | 392 | 471 |\n"
            "Source: Keelson Partners, January 2025. Excludes the $1.9bn US marina management software market and "
            "hardware sold through 3,100 dealers."
        ),
        obs=[
            ("AI berth booking and yield management", 2023, 231, "USD million", "actual"),
            ("AI berth booking and yield management", 2024, 274, "USD million", "actual"),
            ("AI berth booking and yield management", 2025, 322, "USD million", "estimate"),
            ("Computer-vision security", 2023, 96, "USD million", "actual"),
            ("Computer-vision security", 2024, 118, "USD million", "actual"),
            ("Computer-vision security", 2025, 142, "USD million", "estimate"),
            ("Total", 2023, 327, "USD million", "actual"),
            ("Total", 2024, 392, "USD million", "actual"),
            ("Total", 2025, 471, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 231 + 96 = 327
            ("hierarchy", "exact"),  # 2024: 274 + 118 = 392
            # 2025E: 322 + 142 = 464, not 471; parts at most 322.5 + 142.5 = 465 and the total at least 470.5 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 18. Long-format CSV "year,segment,value,unit": the UK leisure-marine AI market's two segments and its Total in
    #     2023 and 2024, both years adding exactly. Expected nowhere: the file name's 2025 and v2, the £1.3bn marine
    #     electronics market, the 14 February 2025 revision date, the 580 member companies.
    dict(
        text=(
            "UK leisure-marine AI market, extract bmi_ai_2025_v2.csv\n"
            "year,segment,value,unit\n"
            "2023,AI engine and hull diagnostics,34.8,GBP million\n"
            "2023,AI trip planning and weather routing,22.5,GBP million\n"
            "2023,Total,57.3,GBP million\n"
            "2024,AI engine and hull diagnostics,41.6,GBP million\n"
            "2024,AI trip planning and weather routing,27.1,GBP million\n"
            "2024,Total,68.7,GBP million\n"
            "Note: excludes the £1.3bn UK marine electronics market. 2024 rows revised on 14 February 2025 after a "
            "survey of 580 member companies."
        ),
        obs=[
            ("AI engine and hull diagnostics", 2023, 34.8, "GBP million", "actual"),
            ("AI trip planning and weather routing", 2023, 22.5, "GBP million", "actual"),
            ("Total", 2023, 57.3, "GBP million", "actual"),
            ("AI engine and hull diagnostics", 2024, 41.6, "GBP million", "actual"),
            ("AI trip planning and weather routing", 2024, 27.1, "GBP million", "actual"),
            ("Total", 2024, 68.7, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 34.8 + 22.5 = 57.3
            ("hierarchy", "exact"),  # 2024: 41.6 + 27.1 = 68.7
        ],
    ),
    # 19. Simplified vertical table (years as rows) with 市场规模（亿元） and 增速 columns: China's AI used-yacht valuation
    #     services, the value column's header giving the item, in 2023, 2024 and 2025E; 2024's 增速 exact, 2025E's
    #     only by rounding. Expected nowhere: 表3-2, the source's 2025年3月, the 112家 brokers, the 4.5% commission.
    dict(
        text=(
            "表3-2 中国游艇AI二手船估值服务市场规模及增速\n"
            "年份     市场规模（亿元）     增速\n"
            "2023     7.1     —\n"
            "2024     9.0     26.8%\n"
            "2025E    11.1    23.2%\n"
            "资料来源：中国游艇二手交易平台联盟，2025年3月；样本覆盖112家经纪商，平均佣金率4.5%。"
        ),
        obs=[
            ("市场规模", 2023, 7.1, "CNY 100 million", "actual"),
            ("市场规模", 2024, 9.0, "CNY 100 million", "actual"),
            ("市场规模", 2025, 11.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.0 / 7.1) ** (1 / 1) - 1 = 26.76% -> 26.8
            # (11.1 / 9.0) ** (1 / 1) - 1 = 23.33% -> 23.3, not 23.2; bounds 11.05 / 9.05 - 1 = 22.10%,
            # 11.15 / 8.95 - 1 = 24.58% -> 23.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. Traditional table in 百萬美元 with 2024年, 2030年(F) and 年複合成長率 columns: Greater China's AI marina berth
    #     management and computer-vision security with a 合計 row, each row's CAGR over a span only the amounts' years
    #     give (inferred); both years add exactly. Expected nowhere: 表五, the source's 2025年2月, the 32.5 exchange
    #     rate.
    dict(
        text=(
            "表五　大中華區AI遊艇與碼頭應用市場規模預測\n"
            "單位：百萬美元\n"
            "項目              2024年    2030年(F)    年複合成長率\n"
            "AI碼頭泊位管理      86.4      248.0        19.2%\n"
            "AI電腦視覺保全      52.7      139.5        17.6%\n"
            "合計              139.1      387.5        18.6%\n"
            "資料來源：台灣海洋科技研究院（2025年2月）；匯率以1美元兌32.5新台幣計。"
        ),
        obs=[
            ("AI碼頭泊位管理", 2024, 86.4, "USD million", "actual"),
            ("AI碼頭泊位管理", 2030, 248.0, "USD million", "estimate"),
            ("AI電腦視覺保全", 2024, 52.7, "USD million", "actual"),
            ("AI電腦視覺保全", 2030, 139.5, "USD million", "estimate"),
            ("合計", 2024, 139.1, "USD million", "actual"),
            ("合計", 2030, 387.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (248.0 / 86.4) ** (1 / 6) - 1 = 19.21% -> 19.2
            ("cagr|period", "exact"),  # (139.5 / 52.7) ** (1 / 6) - 1 = 17.61% -> 17.6
            ("cagr|period", "exact"),  # (387.5 / 139.1) ** (1 / 6) - 1 = 18.62% -> 18.6
            ("hierarchy", "exact"),  # 2024: 86.4 + 52.7 = 139.1
            ("hierarchy", "exact"),  # 2030年(F): 248.0 + 139.5 = 387.5
        ],
    ),
    # 21. US competition-law filing (a joint statement on market definition) sizing "the relevant market" at
    #     "approximately $1.4 billion" in 2024 against approximately $1.2 billion in 2023, with growth of about 17%.
    #     Expected nowhere: the case number, the filing date, the paragraph numbers, the 24 meters, Tidewright's own
    #     $212 million sales in fiscal 2024, the $610 million deal value, the 38 firms, the $9 billion marine
    #     electronics market.
    dict(
        text=(
            "Case No. 1:25-cv-02417 (D. Del.)\n"
            "JOINT STATEMENT OF THE PARTIES REGARDING MARKET DEFINITION (filed May 9, 2025)\n"
            "14. Plaintiff alleges that the relevant market is the sale of AI-assisted docking and collision-avoidance "
            "systems for recreational vessels under 24 meters in the United States and Canada. Defendants Tidewright "
            "Marine Inc. and Berthline Robotics LLC estimate that the relevant market was approximately $1.4 billion "
            "in 2024, up from approximately $1.2 billion in 2023, growth of about 17%.\n"
            "15. Tidewright's own sales of such systems were $212 million in fiscal 2024. The proposed transaction "
            "values Berthline at $610 million. At least 38 firms offer competing systems, and the broader market "
            "for marine electronics exceeds $9 billion."
        ),
        obs=[
            ("Total", 2023, 1.2, "USD billion", "actual"),
            ("Total", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.4 / 1.2) ** (1 / 1) - 1 = 16.67% -> 17
        ],
    ),
    # 22. Norwegian boat maker's capital markets day transcript with "Slide 12:" and "$14B TAM by 2028": the total
    #     addressable market for AI-assisted helm, docking, diagnostics and trip planning at $6.2 billion in 2024 and
    #     $14B in 2028 (the slide's unit first, USD billion), with "a CAGR of roughly 24%" whose span only the
    #     amounts' years give (inferred), holding only by rounding. Expected nowhere: the date, the slide number, the
    #     3,100 boats shipped, the NOK 410 million of digital revenue, the 8% share target and the 60% gross margin.
    dict(
        text=(
            "Halvorsen Yachts ASA - Capital Markets Day, Oslo, 11 September 2025 - transcript (excerpt)\n"
            "Slide 12: Connected boat - $14B TAM by 2028\n"
            "Ingrid Solberg, Chief Digital Officer: So this is the number we get asked about most. We size the total "
            "addressable market for AI-assisted helm, docking, diagnostics and trip planning across leisure boats at "
            "$6.2 billion in 2024, and we see it at $14B by 2028, which is a CAGR of roughly 24%.\n"
            "We shipped 3,100 boats last year, and digital services were NOK 410 million of our revenue. Our ambition "
            "is to capture 8% of that TAM by 2028, with a gross margin above 60%."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2028, 14, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (14 / 6.2) ** (1 / 4) - 1 = 22.58% -> 23, not 24; bounds (13.5 / 6.25) ** (1/4) - 1 = 21.23%,
            # (14.5 / 6.15) ** (1/4) - 1 = 23.91% -> 24 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. Encyclopedia-style paragraph with citation brackets ("[5]") and "As of 2024": the global market for AI
    #     berth booking and yield management in 2024 (US$412 million) with Europe's part and its share, and a 2030
    #     projection (US$1.1 billion, in the series' unit: 1100) with a CAGR whose span only the amounts' years give
    #     (inferred). Expected nowhere: the citation numbers, the 1,350 berths, the 2019 start of dynamic pricing,
    #     the 2,600 marinas counted in 2023.
    dict(
        text=(
            "Marina management software\n"
            "AI-based berth booking and yield management is a segment of marina management software that uses "
            "machine learning to price moorings and allocate berths dynamically.[4] As of 2024, the global market "
            "for such systems was estimated at US$412 million,[5] of which Europe accounted for US$190 million, or "
            "46%.[6] Analysts at Merrow & Finch projected that the market would reach US$1.1 billion by 2030, a "
            "compound annual growth rate of 17.8%.[7]\n"
            "Early adopters included the 1,350-berth Port Carrow marina in Croatia, which introduced dynamic pricing "
            "in 2019.[8] By 2023 an estimated 2,600 marinas worldwide used some form of automated booking.[5]"
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Europe", 2024, 190, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("share", 46, "percent", 2024, 2024, None),
            ("cagr", 17.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 190 / 412 = 46.12% -> 46
            ("cagr|period", "exact"),  # (1100 / 412) ** (1 / 6) - 1 = 17.78% -> 17.8
        ],
    ),
    # 24. UK trade body's release in "£bn" with "per cent" spelled out and "year-on-year": UK spending on AI-enabled
    #     marina and leisure-boat technology in 2023 and 2024 with a rise that holds, and AI engine and hull
    #     diagnostics' part whose "36 per cent of the total" no reading reaches. Expected nowhere: the embargo time
    #     and date, the £7.9bn leisure marine industry, the 640 member companies and their 58 per cent, the 2.3
    #     percentage points.
    dict(
        text=(
            "NEWS RELEASE - Coastline Marine Federation\n"
            "Embargoed until 00:01, 4 March 2025\n"
            "UK spending on AI-enabled marina and leisure-boat technology rose to £1.34bn in 2024, an increase of "
            "19.6 per cent year-on-year from £1.12bn in 2023, according to the Federation's annual Smart Boating "
            "Survey (all figures £bn, current prices). AI engine and hull diagnostics was the largest segment at "
            "£0.41bn, or 36 per cent of the total.\n"
            "The wider UK leisure marine industry turned over £7.9bn. Of the 640 member companies surveyed, 58 per "
            "cent said they planned to hire data specialists, and the Federation's chief executive, Martin Oakes, "
            "noted that growth had slowed by 2.3 percentage points."
        ),
        obs=[
            ("Total", 2023, 1.12, "GBP billion", "actual"),
            ("Total", 2024, 1.34, "GBP billion", "actual"),
            ("AI engine and hull diagnostics", 2024, 0.41, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.34 / 1.12) ** (1 / 1) - 1 = 19.64% -> 19.6
            # 0.41 / 1.34 = 30.60% -> 31, not 36; bounds 0.405 / 1.345 = 30.11%, 0.415 / 1.335 = 31.09% -> 36
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Hamburg company's English release with "EUR 1.2bn" and "+14 % yoy": the European market for AI-assisted
    #     docking and collision avoidance for leisure boats in 2023 and 2024 with its rise, and a 2028 forecast
    #     (expects, EUR 2.3bn). Expected nowhere: the date, Nordhafen's own EUR 186.4m revenue and its +22 % yoy,
    #     the 11.8 % EBIT margin, the EUR 214m order intake, the 1,140 employees.
    dict(
        text=(
            "Press release - Hamburg, 20 February 2025\n"
            "Nordhafen Marine Systems AG: European market for AI docking assistance keeps growing\n"
            "According to figures compiled for Nordhafen by the institute MaritimData, the European market for "
            "AI-assisted docking and collision avoidance for leisure boats reached EUR 1.2bn in 2024 (+14 % yoy), "
            "after EUR 1.05bn in 2023. MaritimData expects the market to reach EUR 2.3bn in 2028.\n"
            "Nordhafen itself grew group revenue to EUR 186.4m (+22 % yoy) and raised its EBIT margin to 11.8 %. "
            "Order intake came to EUR 214m, and the workforce grew to 1,140 employees."
        ),
        obs=[
            ("Total", 2023, 1.05, "EUR billion", "actual"),
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2028, 2.3, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 1.05) ** (1 / 1) - 1 = 14.29% -> 14
        ],
    ),
    # 26. Podcast show notes, a bullet list with timestamps in brackets ("(12:30)"): the US market for AI berth
    #     booking and yield management in 2023 and 2024 with its rise, and a guest's 2029 forecast ("roughly $700
    #     million", at its printed figure) with "about 17% a year" whose span only the amounts' years give
    #     (inferred). Expected nowhere: the episode number, the recording date, the timestamps, the 420 slips and
    #     the 38% cut in theft claims, Canada's C$85 million.
    dict(
        text=(
            "The Helm Report - Episode 87: Can software fill a marina?\n"
            "Show notes (recorded 14 May 2025)\n"
            "- (02:10) Intro: why marinas started pricing berths like hotel rooms\n"
            "- (12:30) Dana Whitcombe of Brightwater Analytics: the US market for AI berth booking and yield "
            "management was $318 million in 2024, up 21% from $262 million in 2023\n"
            "- (19:45) Her forecast: roughly $700 million by 2029, or about 17% a year\n"
            "- (27:05) Computer-vision security: the 420-slip Florida marina that cut theft claims by 38%\n"
            "- (35:50) Canada is smaller, about C$85 million, says Whitcombe"
        ),
        obs=[
            ("Total", 2023, 262, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2029, 700, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 262) ** (1 / 1) - 1 = 21.37% -> 21
            ("cagr|period", "exact"),  # (700 / 318) ** (1 / 5) - 1 = 17.09% -> 17
        ],
    ),
    # 27. Consultancy article with a value-at-stake range ("could add $2.1 billion to $3.4 billion a year in value",
    #     not the market, so expected nowhere) beside the real market: AI software and services sold into boating in
    #     2024 and 2030 (on course for) with a CAGR over a printed span ("CAGR 2024-30") that no reading reaches.
    #     Expected nowhere: the date, the value-at-stake range, the 1,200 boat owners and their 64%, the $57 billion
    #     recreational boating industry.
    dict(
        text=(
            "Insights - Harbour & Crane Consulting, 2 April 2025\n"
            "Steering by algorithm: where AI creates value in recreational boating\n"
            "Across boat building, dealerships, marinas and aftersales, we estimate AI could add $2.1 billion to "
            "$3.4 billion a year in value to the recreational boating industry by 2030, most of it from better use "
            "of berths and fewer warranty claims. The market for AI software and services sold into boating is far "
            "smaller: $1.9 billion in 2024, on course for $5.6 billion in 2030 (CAGR 2024-30: 21.3%).\n"
            "In our survey of 1,200 boat owners in the US, UK and Australia, 64% said they would pay for automated "
            "docking. The global recreational boating industry itself generates about $57 billion in annual sales."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (5.6 / 1.9) ** (1 / 6) - 1 = 19.74% -> 19.7, not 21.3; bounds (5.55 / 1.95) ** (1/6) - 1 = 19.04%,
            # (5.65 / 1.85) ** (1/6) - 1 = 20.45% -> 21.3 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Indian news item in crore with dollar asides ("Rs 8,200 crore (about $985 million)", the dollar amount the
    #     observation): the global market for AI berth-booking and yield-management software in 2024 and a 2030
    #     forecast ("about $2.58 billion", in the series' unit: 2580) with 17.4 per cent a year whose span only the
    #     amounts' years give (inferred). Expected nowhere: the dateline, the rupee amounts, Sagarmitra's Rs 640
    #     crore deal and Rs 412 crore revenue in FY25, its 1,300 engineers, the 6.2 per cent share-price rise.
    dict(
        text=(
            "Bengaluru, July 8, 2025: Mysuru-based Sagarmitra Technologies has signed a Rs 640 crore deal to supply "
            "AI marina-management software to a chain of Croatian and Italian marinas, the company said on Tuesday.\n"
            "The global market for AI berth-booking and yield-management software is pegged at Rs 8,200 crore "
            "(about $985 million) in 2024 and is expected to touch Rs 21,500 crore (about $2.58 billion) by 2030, "
            "growing at 17.4 per cent annually, according to Mumbai-based research firm Kestrel Insights.\n"
            "Sagarmitra employs 1,300 engineers and reported revenue of Rs 412 crore in FY25. Its shares rose 6.2 "
            "per cent on the BSE after the announcement."
        ),
        obs=[
            ("Total", 2024, 985, "USD million", "actual"),
            ("Total", 2030, 2580, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2580 / 985) ** (1 / 6) - 1 = 17.41% -> 17.4
        ],
    ),
    # 29. 券商晨会纪要 (Simplified) with "（亿元）" after items: China's AI driver-assistance systems for leisure yachts
    #     in 2023 and 2024 with 同比+27.4%, and 自动靠泊模块's part whose 占比31.5% holds only by rounding. Expected
    #     nowhere: the date, the company's 8.2亿元 revenue and 41.6% gross margin, the 45.6元 price target and its
    #     22% upside, the 一季度.
    dict(
        text=(
            "【晨会纪要】2025年4月18日 星期五\n"
            "一、行业点评：游艇智能化，AI驾驶辅助进入放量期\n"
            "据我们测算，2024年国内休闲游艇AI驾驶辅助系统市场规模38.6（亿元），同比+27.4%，2023年为30.3（亿元）；"
            "其中自动靠泊模块12.1（亿元），占比31.5%。\n"
            "二、公司点评：海鲸智航2024年营收8.2（亿元），毛利率41.6%，维持“买入”评级，目标价45.6元，较现价有22%"
            "上涨空间。\n"
            "风险提示：一季度出口订单不及预期。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("自动靠泊模块", 2024, 12.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            # 12.1 / 38.6 = 31.35% -> 31.3, not 31.5; bounds 12.05 / 38.65 = 31.18%, 12.15 / 38.55 = 31.52% -> 31.5
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. 政府采购 中标结果公告 (Simplified) with 中标金额 (expected nowhere) and the market's size: China's marina
    #     intelligent-management market in 2024 (约为21.8亿元) and a 2027 forecast (预计, 突破40亿元, at its printed
    #     figure) with a 年均复合增长率 whose span only the amounts' years give (inferred). Expected nowhere: the
    #     project number, the 1,286.50万元 award, the 3年 term, the 6个 marinas and 1,450个 berths, the 1个工作日.
    dict(
        text=(
            "三亚市游艇码头智能化管理平台建设项目中标结果公告\n"
            "项目编号：SYCG-2025-0137\n"
            "中标供应商：海南蓝港智能科技有限公司；中标金额：人民币1,286.50万元；服务期限：3年。\n"
            "项目概况：本项目为全市6个游艇码头约1,450个泊位部署AI泊位预订、动态定价及视频安防系统。据中国船舶工业"
            "行业协会游艇分会测算，2024年我国游艇码头智能化管理市场规模约为21.8亿元，预计2027年将突破40亿元，年均"
            "复合增长率约22.4%。\n"
            "公告期限：自本公告发布之日起1个工作日。"
        ),
        obs=[
            ("Total", 2024, 21.8, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (40 / 21.8) ** (1 / 3) - 1 = 22.42% -> 22.4
        ],
    ),
    # 31. 工商時報-style item (Traditional) with "年增率" and "億元": Taiwan's AI engine and hull diagnostics market for
    #     yachts in 2023 and 2024 (新台幣億元) with a 年增率 that holds only by rounding, and a 2025 forecast (預估).
    #     Expected nowhere: the dateline, the yacht maker's 新台幣52.3億元 revenue and 28.4% gross margin, the 2026
    #     order book, the 120家 firms, the 新台幣135億元 yacht exports.
    dict(
        text=(
            "【工商時報 記者林志豪／高雄報導】2025年3月12日\n"
            "遊艇產業導入AI引擎與船體診斷服務漸成風潮。據產業研究機構統計，台灣遊艇AI引擎與船體診斷市場2024年產值"
            "達新台幣18.7億元，年增率21.5%，2023年為15.4億元；預估2025年可望上看22.6億元。\n"
            "國內遊艇大廠嘉信遊艇去年營收新台幣52.3億元，毛利率28.4%，出口訂單已排到2026年。高雄地區遊艇相關業者約"
            "120家，台灣遊艇年出口值約新台幣135億元。"
        ),
        obs=[
            ("Total", 2023, 15.4, "TWD 100 million", "actual"),
            ("Total", 2024, 18.7, "TWD 100 million", "actual"),
            ("Total", 2025, 22.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.7 / 15.4) ** (1 / 1) - 1 = 21.43% -> 21.4, not 21.5; bounds 18.65 / 15.45 - 1 = 20.71%,
            # 18.75 / 15.35 - 1 = 22.15% -> 21.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. 知识星球 post (Simplified) with "大约" and a range ("300-350亿元", two value claims for 2030): China's AI
    #     market for yachts and leisure craft in 2023 and 2024 (大约95亿元, at its printed figure) with 同比增长32%.
    #     Expected nowhere: the post date, the 2,300多位 members, the company's 48亿元 market value and 35倍 P/E.
    dict(
        text=(
            "【星球精选】游艇AI这个赛道到底有多大？（2025-06-03，星主：老船长）\n"
            "简单算了下账：国内游艇和休闲船艇相关的AI市场（智能驾驶辅助、发动机诊断、码头管理和安防都算上），2023年"
            "72亿元，2024年大约95亿元，同比增长32%。\n"
            "往后看，2030年大约300-350亿元，前提是自动靠泊真正普及。\n"
            "顺便说下，星球现在2,300多位球友，上周有球友问的那家公司市值才48亿元，市盈率35倍，大家自己判断。"
        ),
        obs=[
            ("Total", 2023, 72, "CNY 100 million", "actual"),
            ("Total", 2024, 95, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("value", 300, "CNY 100 million", 2030, 2030, None),
            ("value", 350, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (95 / 72) ** (1 / 1) - 1 = 31.94% -> 32
        ],
    ),
    # 33. 统计公报-style paragraph (Simplified) with "比上年增长" and "增速回落": Hainan's yacht intelligent-services
    #     revenue in 2024 against the 上年 27.6亿元 base, with 比上年增长18.4% holding only by rounding. Expected
    #     nowhere: the 6.2个百分点, the 1,186艘 yachts and 96艘 added, the 420个 berths, the 2,513.6亿元 marine
    #     economy output.
    dict(
        text=(
            "海南省2024年国民经济和社会发展统计公报（节选）\n"
            "全年全省游艇智能化服务业（含AI泊位预订、AI安防监控、智能航线规划等）实现营业收入32.7亿元，比上年增长"
            "18.4%，增速回落6.2个百分点；上年为27.6亿元。\n"
            "年末全省登记游艇1,186艘，比上年末增加96艘；新增游艇泊位420个。全年全省海洋生产总值2,513.6亿元。"
        ),
        obs=[
            ("Total", 2023, 27.6, "CNY 100 million", "actual"),
            ("Total", 2024, 32.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (32.7 / 27.6) ** (1 / 1) - 1 = 18.48% -> 18.5, not 18.4; bounds 32.65 / 27.65 - 1 = 18.08%,
            # 32.75 / 27.55 - 1 = 18.87% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. 澳門日報-style item (Traditional) with 億澳門元 asides and the market in 億港元: Hong Kong's AI berth-booking
    #     and yield-management market in 2023 and 2024 with its rise, and a 2026 forecast (預計). Expected nowhere:
    #     the 5月21日 date, the 億澳門元 asides, the Taipa yacht club's 1.2億澳門元 investment and 180個 berths, the
    #     350名 attendees.
    dict(
        text=(
            "【本報訊】港澳遊艇業界人士昨日（5月21日）在澳門出席「智慧灣區遊艇論壇」時表示，AI泊位預訂及收益管理系統"
            "在兩地遊艇會加快普及。\n"
            "據香港遊艇業協會引述顧問公司數據，香港AI泊位預訂及收益管理市場2024年規模達4.6億港元（約4.74億澳門元），"
            "較2023年的3.9億港元增長17.9%，預計2026年將達6.3億港元（約6.49億澳門元）。\n"
            "澳門方面，氹仔一家遊艇會去年投資1.2億澳門元擴建180個泊位，論壇吸引約350名業界人士參加。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2026, 6.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.9) ** (1 / 1) - 1 = 17.949% -> 17.9
        ],
    ),
    # 35. Hong Kong radio interview transcript (Traditional, Cantonese) with "記者：" and "專家：": Hong Kong's AI
    #     collision-avoidance and auto-docking systems for yachts in 2023 and 2024 (大約2.83億港元, at its printed
    #     figure) with a rise of 25% that no reading reaches, and next year's (明年, 2026) forecast. Expected nowhere:
    #     the broadcast date, the 18萬港元 system price, the 120位 owners and their 35%.
    dict(
        text=(
            "海港電台《財經早晨》訪問節錄（2025年6月12日）\n"
            "記者：AI防撞同自動泊岸系統喺香港遊艇市場去到幾大？\n"
            "專家：根據我哋協會嘅調查，2024年香港遊艇AI防撞及自動泊岸系統市場大約係2.83億港元，2023年係2.31億港元，"
            "一年增長咗25%。\n"
            "記者：咁明年呢？\n"
            "專家：我哋預計明年可以去到3.6億港元。不過一套系統連安裝大約要18萬港元，我哋訪問咗120位船主，只有35%話會"
            "考慮裝。"
        ),
        obs=[
            ("Total", 2023, 2.31, "HKD 100 million", "actual"),
            ("Total", 2024, 2.83, "HKD 100 million", "actual"),
            ("Total", 2026, 3.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.83 / 2.31) ** (1 / 1) - 1 = 22.51% -> 23, not 25; bounds 2.825 / 2.315 - 1 = 22.03%,
            # 2.835 / 2.305 - 1 = 22.99% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. French-style table with spaces as thousands separators and decimal commas ("1 002,2"), segments as rows
    #     and a Total row, en millions d'euros: the European AI leisure-boating market in 2023, 2024 and 2026P;
    #     2023 and 2024 add exactly, 2026P only by rounding. Expected nowhere: the table number, the source's date,
    #     the 5 100 M€ nautical industry turnover, the 4 200 firms.
    dict(
        text=(
            "Tableau 3 : Marché européen de l'IA pour la plaisance, par segment (en millions d'euros)\n"
            "Segment                                  2023       2024      2026P\n"
            "Aide à l'amarrage et anticollision      412,8      498,3      721,4\n"
            "Diagnostic moteur et coque              286,1      341,7      486,9\n"
            "Gestion des ports de plaisance          231,4      279,5      402,2\n"
            "Sécurité par vision artificielle         71,9       85,1      118,6\n"
            "Total                                 1 002,2    1 204,6    1 729,2\n"
            "Source : Fédération des industries nautiques, mars 2025. Le chiffre d'affaires de la filière nautique "
            "(5 100 M€) et les 4 200 entreprises du secteur ne sont pas compris."
        ),
        obs=[
            ("Aide à l'amarrage et anticollision", 2023, 412.8, "EUR million", "actual"),
            ("Aide à l'amarrage et anticollision", 2024, 498.3, "EUR million", "actual"),
            ("Aide à l'amarrage et anticollision", 2026, 721.4, "EUR million", "estimate"),
            ("Diagnostic moteur et coque", 2023, 286.1, "EUR million", "actual"),
            ("Diagnostic moteur et coque", 2024, 341.7, "EUR million", "actual"),
            ("Diagnostic moteur et coque", 2026, 486.9, "EUR million", "estimate"),
            ("Gestion des ports de plaisance", 2023, 231.4, "EUR million", "actual"),
            ("Gestion des ports de plaisance", 2024, 279.5, "EUR million", "actual"),
            ("Gestion des ports de plaisance", 2026, 402.2, "EUR million", "estimate"),
            ("Sécurité par vision artificielle", 2023, 71.9, "EUR million", "actual"),
            ("Sécurité par vision artificielle", 2024, 85.1, "EUR million", "actual"),
            ("Sécurité par vision artificielle", 2026, 118.6, "EUR million", "estimate"),
            ("Total", 2023, 1002.2, "EUR million", "actual"),
            ("Total", 2024, 1204.6, "EUR million", "actual"),
            ("Total", 2026, 1729.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.8 + 286.1 + 231.4 + 71.9 = 1002.2
            ("hierarchy", "exact"),  # 2024: 498.3 + 341.7 + 279.5 + 85.1 = 1204.6
            # 2026P: 721.4 + 486.9 + 402.2 + 118.6 = 1729.1, not 1729.2; parts at most 1729.3 and the total at least
            # 1729.15 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table whose Total row comes first, regions as rows, USD million: global AI trip-planning and
    #     weather-routing apps for sailors in 2024, 2025E and 2030E; every year adds exactly. Expected nowhere: the
    #     report number, the publication date, the $89 subscription.
    dict(
        text=(
            "Global AI trip-planning and weather-routing apps for sailors, revenue by region (USD million)\n"
            "| Region | 2024 | 2025E | 2030E |\n"
            "|---|---:|---:|---:|\n"
            "| Total | 286.4 | 341.0 | 812.5 |\n"
            "| North America | 118.2 | 139.6 | 322.0 |\n"
            "| Europe | 104.9 | 125.3 | 298.7 |\n"
            "| Asia-Pacific | 46.8 | 57.4 | 151.3 |\n"
            "| Rest of world | 16.5 | 18.7 | 40.5 |\n"
            "Source: Seaward Analytics, report no. 14 (published 3 February 2025). Excludes chart-plotter hardware; a "
            "typical premium subscription costs $89 a year."
        ),
        obs=[
            ("Total", 2024, 286.4, "USD million", "actual"),
            ("Total", 2025, 341.0, "USD million", "estimate"),
            ("Total", 2030, 812.5, "USD million", "estimate"),
            ("North America", 2024, 118.2, "USD million", "actual"),
            ("North America", 2025, 139.6, "USD million", "estimate"),
            ("North America", 2030, 322.0, "USD million", "estimate"),
            ("Europe", 2024, 104.9, "USD million", "actual"),
            ("Europe", 2025, 125.3, "USD million", "estimate"),
            ("Europe", 2030, 298.7, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 46.8, "USD million", "actual"),
            ("Asia-Pacific", 2025, 57.4, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 151.3, "USD million", "estimate"),
            ("Rest of world", 2024, 16.5, "USD million", "actual"),
            ("Rest of world", 2025, 18.7, "USD million", "estimate"),
            ("Rest of world", 2030, 40.5, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 118.2 + 104.9 + 46.8 + 16.5 = 286.4
            ("hierarchy", "exact"),  # 2025E: 139.6 + 125.3 + 57.4 + 18.7 = 341.0
            ("hierarchy", "exact"),  # 2030E: 322.0 + 298.7 + 151.3 + 40.5 = 812.5
        ],
    ),
    # 38. Traditional table under "單位：新台幣百萬元" with "2024A", "2025E", "2026E" columns, services as rows and
    #     合計 last: Taiwan's AI services for leisure craft; 2024A and 2025E add exactly, 2026E by no reading.
    #     Expected nowhere: the table number, the source's date, the 35家 builders, the 新台幣128億元 exports.
    dict(
        text=(
            "表2-4　臺灣休閒船艇AI應用服務市場規模\n"
            "單位：新台幣百萬元\n"
            "項目                   2024A     2025E     2026E\n"
            "AI二手船估價平台         182       236       301\n"
            "AI引擎與船體診斷         415       508       622\n"
            "AI航程規劃與氣象導航      97       131       170\n"
            "合計                     694       875     1,108\n"
            "資料來源：台灣遊艇工業同業公會（2025年5月）。國內遊艇製造業者約35家，年出口值約新台幣128億元，未計入上表。"
        ),
        obs=[
            ("AI二手船估價平台", 2024, 182, "TWD million", "actual"),
            ("AI二手船估價平台", 2025, 236, "TWD million", "estimate"),
            ("AI二手船估價平台", 2026, 301, "TWD million", "estimate"),
            ("AI引擎與船體診斷", 2024, 415, "TWD million", "actual"),
            ("AI引擎與船體診斷", 2025, 508, "TWD million", "estimate"),
            ("AI引擎與船體診斷", 2026, 622, "TWD million", "estimate"),
            ("AI航程規劃與氣象導航", 2024, 97, "TWD million", "actual"),
            ("AI航程規劃與氣象導航", 2025, 131, "TWD million", "estimate"),
            ("AI航程規劃與氣象導航", 2026, 170, "TWD million", "estimate"),
            ("合計", 2024, 694, "TWD million", "actual"),
            ("合計", 2025, 875, "TWD million", "estimate"),
            ("合計", 2026, 1108, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024A: 182 + 415 + 97 = 694
            ("hierarchy", "exact"),  # 2025E: 236 + 508 + 131 = 875
            # 2026E: 301 + 622 + 170 = 1093, not 1108; parts at most 1094.5 and the total at least 1107.5 -> reached
            # by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 39. Vertical table with years as rows, a lone value column headed by its unit only ("¥ bn", so Total) and a
    #     "YoY" column whose first cell is "n.a.": Japan's AI engine and hull diagnostics for leisure boats from 2021
    #     to 2025E; the 2022, 2023 and 2025E rates hold, 2024's only by rounding. Expected nowhere: the source's
    #     date, the 410 marinas and 36 boat builders, the ¥1.1 trillion marine leisure industry.
    dict(
        text=(
            "Japan: AI engine and hull diagnostics for leisure boats\n"
            "Year      ¥ bn      YoY\n"
            "2021       8.4      n.a.\n"
            "2022      10.1     20.2%\n"
            "2023      12.5     23.8%\n"
            "2024      15.2     21.9%\n"
            "2025E     18.6     22.4%\n"
            "Source: Kaiyo Marine Research, January 2025; survey of 410 marinas and 36 boat builders. Japan's marine "
            "leisure industry as a whole (about ¥1.1 trillion) is not shown."
        ),
        obs=[
            ("Total", 2021, 8.4, "JPY billion", "actual"),
            ("Total", 2022, 10.1, "JPY billion", "actual"),
            ("Total", 2023, 12.5, "JPY billion", "actual"),
            ("Total", 2024, 15.2, "JPY billion", "actual"),
            ("Total", 2025, 18.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2021, 2022, 1.0),
            ("growth", 23.8, "percent", 2022, 2023, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.1 / 8.4) ** (1 / 1) - 1 = 20.24% -> 20.2
            ("cagr|implied", "exact"),  # (12.5 / 10.1) ** (1 / 1) - 1 = 23.76% -> 23.8
            # (15.2 / 12.5) ** (1 / 1) - 1 = 21.60% -> 21.6, not 21.9; bounds 15.15 / 12.55 - 1 = 20.72%,
            # 15.25 / 12.45 - 1 = 22.49% -> 21.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (18.6 / 15.2) ** (1 / 1) - 1 = 22.37% -> 22.4
        ],
    ),
    # 40. Fixed-width table with years as rows, two value columns (Australia, New Zealand, each an item of its
    #     header) in USD million and a CAGR row at the bottom ("CAGR 24-30", stated span): AI weather routing and
    #     trip planning for sailors in 2024, 2026F, 2028F and 2030F; Australia's CAGR holds, New Zealand's 18.3% by
    #     no reading. Expected nowhere: the source's date, the A$1 = US$0.66 rate, the A$2.1 billion marine
    #     electronics trade.
    dict(
        text=(
            "AI weather routing and trip planning for sailors: Australia and New Zealand (USD million)\n"
            "Year            Australia    New Zealand\n"
            "2024                52.6           11.4\n"
            "2026F               72.1           15.8\n"
            "2028F               98.4           21.5\n"
            "2030F              134.0           29.1\n"
            "CAGR 24-30         16.9%          18.3%\n"
            "Source: Southern Ocean Analytics, April 2025. Converted at 2024 average rates (A$1 = US$0.66); the "
            "A$2.1 billion Australian marine electronics trade is excluded."
        ),
        obs=[
            ("Australia", 2024, 52.6, "USD million", "actual"),
            ("Australia", 2026, 72.1, "USD million", "estimate"),
            ("Australia", 2028, 98.4, "USD million", "estimate"),
            ("Australia", 2030, 134.0, "USD million", "estimate"),
            ("New Zealand", 2024, 11.4, "USD million", "actual"),
            ("New Zealand", 2026, 15.8, "USD million", "estimate"),
            ("New Zealand", 2028, 21.5, "USD million", "estimate"),
            ("New Zealand", 2030, 29.1, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (134.0 / 52.6) ** (1 / 6) - 1 = 16.87% -> 16.9
            # (29.1 / 11.4) ** (1 / 6) - 1 = 16.90% -> 16.9, not 18.3; bounds (29.05 / 11.45) ** (1/6) - 1 = 16.79%,
            # (29.15 / 11.35) ** (1/6) - 1 = 17.02% -> 18.3 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eighty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 9, 'rounding': 11, 'exact': 51}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'TL;DR',
    'By the numbers',
    '$312M — the 2024 market',
    'CAGR over 2024-2030',
    'JPY 12.4 billion',
    '(approx. US$83 million)',
    'fiscal 2024',
    'expects',
    'IMO',
    '~$46M',
    '$850k',
    'last year',
    'Quote from @keelhauler',
    'Key findings',
    '1)',
    '3)',
    'compound annual growth rate',
    '(in € m)',
    '2023: 412; 2024: 486',
    'a $3bn-plus market',
    'Opinion:',
    'CONTRACT NOTICE',
    'Estimated contract value',
    'Background:',
    '(S$288 million)',
    'US$214 million',
    '【',
    '亿元人民币',
    '同比增长',
    '有望',
    '单位：亿元',
    '规模为41.3',
    '占比59.6%',
    '億元新台幣',
    '年增',
    '第一季',
    '預估',
    '億港元',
    '澳門元',
    '行业情况',
    '万元',
    '#AI游艇#',
    '#智慧码头#',
    '億美元',
    '按年增長',
    '年均複合增長率',
    'Segment\tFY23\tFY24\tFY25E',
    'Revenue (US$ m)',
    '| Total |',
    'year,segment,value,unit',
    'GBP million',
    '市场规模（亿元）',
    '增速',
    '2025E',
    '百萬美元',
    '2030年(F)',
    '年複合成長率',
    '合計',
    'the relevant market',
    'approximately $1.4 billion',
    'Case No.',
    'Slide 12:',
    '$14B TAM by 2028',
    'total addressable market',
    '[5]',
    'As of 2024',
    '£bn',
    'per cent',
    'year-on-year',
    'EUR 1.2bn',
    '+14 % yoy',
    'EUR 186.4m',
    '(12:30)',
    'Show notes',
    'could add $2.1 billion to $3.4 billion',
    'CAGR 2024-30',
    'Rs 8,200 crore (about $985 million)',
    'crore',
    '晨会纪要',
    '（亿元）',
    '同比+27.4%',
    '中标金额',
    '中标结果公告',
    '年均复合增长率',
    '工商時報',
    '年增率',
    '億元',
    '大约',
    '300-350亿元',
    '比上年增长',
    '增速回落',
    '个百分点',
    '億澳門元',
    '記者：',
    '專家：',
    '明年',
    '1 002,2',
    "en millions d'euros",
    '2026P',
    '|---|',
    '2024A',
    '2026E',
    '單位：新台幣百萬元',
    'YoY',
    'n.a.',
    '¥ bn',
    'CAGR 24-30',
    '2030F',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 158
#: figures, 45 rates, 59 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 158, "rates_found": 45, "verdicts_right": 59}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2
