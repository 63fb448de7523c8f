"""A two-hundred-and-sixty-seventh check set for the extractor, written blind: AI in locks, doors, windows and access
control: AI face and palm recognition access control in offices and housing estates, AI-enabled smart locks, AI video
verification for door entry systems, AI predictive maintenance of automatic doors and gates, AI defect inspection in
window and door manufacturing; sized in money by research houses, security-industry associations, housing ministries,
lock makers' capital-markets days and brokers, in the US, Canada, the UK, Germany, Sweden, the Netherlands, Israel,
Japan, South Korea, Singapore, mainland China, Taiwan and Hong Kong. Distractors: total lock, door or security-products
revenue beside the AI part, counts of locks shipped, doors installed, installers and buildings, a lock's unit price, a
company's own revenue, orders or margin, a funding round and valuation, a quarter's or half-year's figures, survey
percentages, a penetration rate, a renovation subsidy.

Snippets 1-20: Twenty snippets on AI in locks, doors, windows and access control: eight English prose texts (a NASDAQ
newswire release with About and forward-looking paragraphs, a German executive summary with superscript footnote
markers, a French agency's English release with space thousands separators and bn€, a five-post thread on US smart
locks, an encyclopedia paragraph on Japanese smart locks with citation brackets, a Dutch door-entry newsletter with
bullets and emoji, a keynote recap with a $4.5B opportunity and today's $1.9B, an Indian consultancy's FY note with
crore asides), seven Chinese prose texts (full-width digits, Chinese-numeral years in an official notice, a WeChat
article, a Zhihu answer with an amount in Chinese numerals, a Hong Kong-listed company's MD&A, a Hong Kong council
release in 億港元 and 百萬港元, a Taiwan institute's release in 新台幣億元) and five tables (LaTeX, reStructuredText grid, Markdown
with units in the cells and a CAGR row, a Chinese Markdown table by year, a space-aligned regional table with
subtotals). Left out: company revenue, orders and margins, funding rounds and valuations, quarters, lock, door and
security-products totals, counts of locks, buildings, installers and households, unit prices, subsidies, survey and
penetration percentages, footnote, issue, page and table numbers. Inconsistent: 2 (the CAGR), 5 (the rise), 8
(Singapore's share), 11 (the CAGR), 16 (the 2025E total), 19 (the 2025 同比). Only by rounding: 4, 7, 9, 12, 15, 17 (the
Netherlands' share), 18 (the palm CAGR), 19 (the 2024 同比).

Snippets 21-40: Twenty snippets on AI in locks, doors, windows and access control: eight English prose texts (a Boston
release with a 'By the numbers' box of em-dash lines, a Swedish lock maker's chairman's statement, a webinar's slide
text, an Amsterdam news item with the currency after the number, a Swiss door maker's release with apostrophe thousands
separators, a broker's note with 'A' and 'E' years and mn/bn, an intergovernmental agency's paragraph in constant-price
US$ billions, a vendor's marketing page), seven Chinese prose texts (a 人民日报-style item with 万亿元 and 比上年, a 券商研报 摘要 with
CAGR为 and yoy+, a 招标公告 quoting a 白皮书, a Macau newspaper item in 億港元 with a 澳門元 aside, a 直播 transcript, a Hong Kong-
listed company's 公告, a Taiwan 立法院 質詢 record) and five tables (a Markdown table with bold totals and footnote markers, a
Markdown table in € thousand with a CAGR column, a CSV with quoted numbers, a Chinese table with 单位：亿元 and 合计 first, a
tab-separated Taiwan table with n/a and dash cells). Left out: total lock, door and security-products revenue, readers,
locks and doors shipped or installed, buildings, unit prices, companies' revenue, orders, margins and dividends,
quarters, surveys, penetration rates, subsidies, tender budgets, price targets, headcounts, datelines. Inconsistent: 22
(CAGR), 25 (CAGR), 27 (share), 31 (CAGR), 35 (CAGR), 36 (2030E total), 39 (2025E total). Only by rounding: 21 (CAGR), 26
(CAGR), 28 (CAGR), 30 (year-on-year rate), 32 (year-on-year rate), 36 (2025E total), 38 (2025F total), 40 (2025F total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Newswire release of a NASDAQ-listed access-control maker citing a research house: the US office market for AI
    #    face and palm recognition access control in 2024 (actual) and a 2030 forecast with a CAGR over a printed span,
    #    and the palm readers' part with its share. Expected nowhere: the dateline, the maker's fourth-quarter revenue
    #    and its 31% rise, the 4,700 buildings, the founding year, 620 employees, 1,100 customers and 14 countries, the
    #    fiscal 2025 and 2026 of the forward-looking paragraph and its 2,500 installers.
    dict(
        text=(
            "Keygate Technologies Highlights Rapid Growth in AI Office Access Control\n"
            "SAN JOSE, Calif., March 18, 2025 /PRNewswire/ -- Keygate Technologies, Inc. (NASDAQ: KYGT), a provider of "
            "face and palm recognition entry systems for offices, today pointed to new research from Calloway Rock "
            "Analytics showing that the US market for AI face and palm recognition access control in office buildings "
            "reached $1.38 billion in 2024 and is projected to grow to $3.95 billion by 2030, a compound annual growth "
            "rate of 19.2% from 2024 to 2030. Palm recognition readers contributed $312 million, or 22.6% of the 2024 "
            "market, according to the study. Keygate's own fourth-quarter revenue rose 31% to $48.6 million, and its "
            "readers now guard the lobbies of 4,700 office buildings.\n"
            "About Keygate Technologies\n"
            "Founded in 2014 and headquartered in San Jose, Keygate employs 620 people and serves more than 1,100 "
            "enterprise customers in 14 countries.\n"
            "Forward-Looking Statements\n"
            "This press release contains forward-looking statements, including statements about our expectations for "
            "fiscal 2025 and fiscal 2026 and our plan to certify more than 2,500 installers by the end of 2026. Actual "
            "results may differ materially from those expressed or implied in these statements."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2030, 3.95, "USD billion", "estimate"),
            ("Palm recognition readers", 2024, 312, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("share", 22.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.95 / 1.38) ** (1 / 6) - 1 = 19.16% -> 19.2
            ("arithmetic", "exact"),  # 312 / 1,380 = 22.61% -> 22.6
        ],
    ),
    # 2. Executive summary of a German market report with superscript footnote markers right after the figures and the
    #    footnotes printed at the end: Germany's AI predictive maintenance of automatic doors and gates in 2023 and
    #    2024 with a yoy rate, a 2030 forecast in € billion (expected in the series' unit: 1,510) whose CAGR over the
    #    printed span no reading reaches, and the sliding doors' part with its share. Expected nowhere: the footnote
    #    numbers, the footnotes' report years and page numbers, the 1.9 million powered doors and gates, the €3.4
    #    billion door automation market, the 38% of facility managers.
    dict(
        text=(
            "Executive summary\n"
            "Germany's market for AI predictive maintenance of automatic doors and gates was worth €642 million¹ in "
            "2024, up 17.2%² from €548 million² in 2023. We forecast €1.51 billion¹ by 2030, a compound annual growth "
            "rate of 16.3%³ over 2024-2030. Sliding doors accounted for €271 million¹ of the 2024 figure, 42.2% of "
            "the total, mostly in retail and hospitals. The country has about 1.9 million powered doors and gates, and "
            "the wider door automation market (hardware, installation and service) is worth some €3.4 billion. In our "
            "survey, 38% of facility managers said they had replaced a fixed service calendar with sensor-based "
            "visits.\n"
            "¹ Rheinfeld Marktforschung, Automatische Türen und Tore 2025, p. 17.\n"
            "² Fachverband Tor- und Türautomation, Jahresbericht 2023, p. 42.\n"
            "³ Authors' calculation from note 1, base case 2024-2030, p. 19."
        ),
        obs=[
            ("Total", 2023, 548, "EUR million", "actual"),
            ("Total", 2024, 642, "EUR million", "actual"),
            ("Total", 2030, 1510, "EUR million", "estimate"),
            ("Sliding doors", 2024, 271, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2030, None, "stated"),
            ("share", 42.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (642 / 548) ** (1 / 1) - 1 = 17.15% -> 17.2
            # (1,510 / 642) ** (1 / 6) - 1 = 15.32% -> 15.3, not 16.3; bounds (1,505 / 642.5) ** (1/6) - 1 = 15.24%,
            # (1,515 / 641.5) ** (1/6) - 1 = 15.40% (1.51 billion read at +-0.005 billion) -> 16.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 271 / 642 = 42.21% -> 42.2
        ],
    ),
    # 3. French industrial-vision agency's release in English with spaces as thousands separators: Europe's AI defect
    #    inspection in window and door manufacturing in 2024 and a 2029 forecast with a CAGR over a printed span, and
    #    Germany's part with its share. Expected nowhere: the dateline, the 6 400 production lines, the 38,5 bn€
    #    window and door output, the 45 M€ funding round and its 210 M€ valuation, the 27 member firms.
    dict(
        text=(
            "Paris, 14 May 2025 - Agence Lumen Industrie (ALI), the French agency for industrial vision, today "
            "released its European outlook for AI defect inspection in window and door manufacturing. According to "
            "ALI, the European market reached €1 250 million in 2024 and is forecast to reach EUR 2 480 million in "
            "2029, a compound annual growth rate of 14.7% over 2024-2029. Germany alone accounted for €395 million, "
            "or 31.6% of the 2024 total. The systems check insulating glass units, PVC and aluminium profiles and "
            "fittings on some 6 400 production lines, a small slice of a European window and door output worth about "
            "38,5 bn€. In March, Lyon start-up Vitrocam raised a 45 M€ round at a 210 M€ valuation. ALI's 27 member "
            "firms supplied the underlying data."
        ),
        obs=[
            ("Total", 2024, 1250, "EUR million", "actual"),
            ("Total", 2029, 2480, "EUR million", "estimate"),
            ("Germany", 2024, 395, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 14.7, "percent", 2024, 2029, None, "stated"),
            ("share", 31.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2,480 / 1,250) ** (1 / 5) - 1 = 14.69% -> 14.7
            ("arithmetic", "exact"),  # 395 / 1,250 = 31.60% -> 31.6
        ],
    ),
    # 4. Five-post thread with hashtags and @handles, one figure a post: the US AI-enabled smart lock market in 2023
    #    and 2024 with a yoy rate that holds only by rounding, a 2030 forecast. Expected nowhere: the post numbers,
    #    the thread's date, the 9.8M locks shipped and the $239 average price, the ~$7.9B residential lock market, the
    #    27% of renters.
    dict(
        text=(
            "@lockwatch_amy - Feb 11, 2025\n"
            "1/5 Quick thread on the US market for AI-enabled smart locks, from @KeyholeMetrics' new report. 2023: "
            "$1.74B spent on locks with face unlock, anomaly alerts and learned auto-lock. #smartlocks #proptech\n"
            "2/5 2024: $2.1B. That's +21.2% YoY per @KeyholeMetrics. #AI\n"
            "3/5 Their forecast: $5.6B by 2030. #smarthome\n"
            "4/5 @doorbiz_daily asked about volumes: 9.8M smart locks shipped in the US last year, at ~$239 each on "
            "average. #locks\n"
            "5/5 For scale, the whole US residential lock market is ~$7.9B, and 27% of renters in their survey would "
            "pay more rent for a smart lock. /end"
        ),
        obs=[
            ("Total", 2023, 1.74, "USD billion", "actual"),
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2.1 / 1.74) ** (1 / 1) - 1 = 20.69% -> 20.7, not 21.2; bounds 2.05 / 1.745 - 1 = 17.48%,
            # 2.15 / 1.735 - 1 = 23.92% -> 21.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. Encyclopedia-style paragraph with citation brackets right after the figures and a "citation needed" tag:
    #    Japan's AI-enabled smart lock market in 2023 and 2024 (¥ billion) with a rise no reading reaches, a 2030
    #    projection. Expected nowhere: the citation numbers, the 19 million rental dwellings, the 11% penetration, the
    #    lock maker's ¥214 billion fiscal 2023 sales.
    dict(
        text=(
            "Smart locks in Japan\n"
            "The Japanese market for AI-enabled smart locks, which combine face or fingerprint unlocking with learned "
            "usage patterns, was valued at ¥48.2 billion[12] in 2023 and ¥57.9 billion[13][14] in 2024, a rise of "
            "22.4%.[citation needed] Tsubaki Research projected that it would reach ¥131 billion[15] by 2030. Rental "
            "apartment operators are the largest buyers; Japan has about 19 million rental dwellings,[16] and "
            "smart-lock penetration in newly built rental units was put at 11% in 2024.[17] The country's largest lock "
            "maker reported ¥214 billion in consolidated sales in fiscal 2023.[18]"
        ),
        obs=[
            ("Total", 2023, 48.2, "JPY billion", "actual"),
            ("Total", 2024, 57.9, "JPY billion", "actual"),
            ("Total", 2030, 131, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (57.9 / 48.2) ** (1 / 1) - 1 = 20.12% -> 20.1, not 22.4; bounds 57.85 / 48.25 - 1 = 19.90%,
            # 57.95 / 48.15 - 1 = 20.35% -> 22.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Email newsletter with "•" bullets, emoji and an unsubscribe footer: the Netherlands' AI video verification
    #    for door entry systems in 2023 and 2024 with a yoy rate, a 2029 forecast with a CAGR over a printed span.
    #    Expected nowhere: the issue number, the 1,850 apartment blocks, the €12 million round and €58 million
    #    valuation, the 44% of installers, the Q1 2025 intercom orders' 9%.
    dict(
        text=(
            "Subject: Door Entry Digest #87 - Dutch AI video verification keeps climbing\n"
            "Hi there,\n"
            "• 📈 The Dutch market for AI video verification in door entry systems hit €86.5 million in 2024, up 18.2% "
            "from €73.2 million in 2023, says Grachtwerk Research.\n"
            "• 📈 Grachtwerk expects €214 million by 2029, a 19.9% CAGR over 2024-2029.\n"
            "• 💡 Housing associations drove most of the demand, with 1,850 apartment blocks retrofitted last year.\n"
            "• 💡 Utrecht start-up Portiq raised €12 million at a €58 million valuation.\n"
            "• 44% of installers in our reader poll now offer AI verification, and Q1 2025 intercom orders at the "
            "three largest vendors rose 9%.\n"
            "You are receiving this email because you subscribed to Door Entry Digest. Unsubscribe or manage your "
            "preferences at any time."
        ),
        obs=[
            ("Total", 2023, 73.2, "EUR million", "actual"),
            ("Total", 2024, 86.5, "EUR million", "actual"),
            ("Total", 2029, 214, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 73.2) ** (1 / 1) - 1 = 18.17% -> 18.2
            ("cagr|implied", "exact"),  # (214 / 86.5) ** (1 / 5) - 1 = 19.86% -> 19.9
        ],
    ),
    # 7. Conference keynote recap dated June 2025: North America's AI video verification and predictive maintenance
    #    for automatic doors and gates as "today's $1.9B" (2025, an estimate: the year is not over) and "a $4.5B
    #    opportunity by 2028", a 35% CAGR over the printed span that holds only by rounding, "more than double" as x2.
    #    Expected nowhere: the posting date, the 3,400 attendees, Halvorsen's own $612 million revenue, the 27% of its
    #    9,000 installer partners, the 18 months.
    dict(
        text=(
            "Recap: DoorTech Summit 2025, Amsterdam (posted June 12, 2025)\n"
            "In Tuesday's opening keynote, Halvorsen Access chief executive Mira Lindqvist told roughly 3,400 "
            "attendees that AI video verification and predictive maintenance for automatic doors and gates in North "
            "America is a $4.5B opportunity by 2028, up from today's $1.9B, a 35% CAGR between 2025 and 2028. "
            "\"That's more than double in three years,\" she said. Halvorsen's own revenue reached $612 million last "
            "year, and 27% of its 9,000 installer partners already sell AI-ready door operators. She expects the "
            "first retrofit kits for older revolving doors within 18 months."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2028, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2025, 2028, None, "stated"),
            ("multiple", 2, "multiple", 2025, 2028, 3.0),
        ],
        verdicts=[
            # (4.5 / 1.9) ** (1 / 3) - 1 = 33.30% -> 33, not 35; bounds (4.45 / 1.95) ** (1/3) - 1 = 31.66%,
            # (4.55 / 1.85) ** (1/3) - 1 = 34.98% -> 35 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Indian consultancy's sector note in US$ with FY forms: Asia-Pacific AI face recognition access control in
    #    housing estates in FY25 (2025, actual) and FY2030E (2030, in the series' unit: 1,720), a CAGR over a printed
    #    span, and Singapore's part whose share no reading reaches. Expected nowhere: the note's date, the rupee
    #    figures in crore and lakh crore (no observation), the 1.4 lakh gated communities, the US$ 410 reader price,
    #    the 38 developers covered.
    dict(
        text=(
            "Vantage Arc Advisory, Mumbai - Sector Note, 22 April 2025\n"
            "AI face recognition access control in Asia-Pacific housing estates\n"
            "The Asia-Pacific market for AI face recognition access control in residential estates stood at US$ 640 mn "
            "in FY25 and is projected to reach US$ 1.72 bn by FY2030E, a CAGR of 21.9% over FY25-FY2030E. Singapore "
            "contributed US$ 118 mn, or 19.4% of the FY25 total, helped by estate upgrades. India, which we track "
            "separately, is a ₹2,150 crore market today, small beside a residential construction sector of roughly "
            "₹11 lakh crore. India has about 1.4 lakh gated communities; the average AI reader sold for US$ 410 in "
            "FY25. Our coverage spans 38 listed developers."
        ),
        obs=[
            ("Total", 2025, 640, "USD million", "actual"),
            ("Total", 2030, 1720, "USD million", "estimate"),
            ("Singapore", 2025, 118, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2025, 2030, None, "stated"),
            ("share", 19.4, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,720 / 640) ** (1 / 5) - 1 = 21.86% -> 21.9
            # 118 / 640 = 18.44% -> 18.4, not 19.4; bounds 117.5 / 640.5 = 18.35%, 118.5 / 639.5 = 18.53% -> 19.4
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 9. Simplified Chinese industry news with full-width digits and punctuation: residential-estate AI face
    #    recognition access control in 2023 and 2024 with a 同比 rate that holds only by rounding, a 2027 forecast
    #    "突破９０亿元" (at its printed figure). Expected nowhere: the １２．６万 estates, the １８％ penetration, the
    #    leading maker's ２３．７亿元 revenue.
    dict(
        text=(
            "【安防产业观察】据鼎衡产业研究院最新发布的数据，２０２４年我国住宅小区AI人脸识别门禁市场规模达到"
            "４６．８亿元，同比增长２１．３％，２０２３年为３８．６亿元。报告指出，全国已有约１２．６万个小区完成"
            "门禁智能化改造，但渗透率仍仅为１８％左右。某门禁龙头企业２０２４年实现营业收入２３．７亿元。报告预计，"
            "到２０２７年该市场规模有望突破９０亿元。"
        ),
        obs=[
            ("Total", 2023, 38.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (46.8 / 38.6) ** (1 / 1) - 1 = 21.24% -> 21.2, not 21.3; bounds 46.75 / 38.65 - 1 = 20.96%,
            # 46.85 / 38.55 - 1 = 21.53% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. City housing bureau's notice in an official tone with years in Chinese numerals: AI face recognition access
    #     control and smart locks in old-estate renovation in 二〇二四年 and a 二〇三〇年 forecast with a CAGR over a
    #     printed span. Expected nowhere: the 1260 estates, the 41.3万 households, the 3000元 per-household subsidy and
    #     the 9.8亿元 of subsidies paid, the June 2025 deadline.
    dict(
        text=(
            "东海市住房和城乡建设局关于老旧小区智能安防改造工作进展的通报\n"
            "二〇二四年，全市老旧小区改造中AI人脸识别门禁及智能门锁市场规模为18.6亿元。经测算，预计二〇三〇年将达到"
            "52.4亿元，二〇二四年至二〇三〇年年均复合增长率为18.8%。二〇二四年全市共完成改造小区1260个，惠及居民"
            "41.3万户，市级财政按每户不超过3000元的标准给予补助，累计下达补助资金9.8亿元。各区县住房和城乡建设部门"
            "要于二〇二五年六月底前完成年度改造计划申报工作。"
        ),
        obs=[
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2030, 52.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.4 / 18.6) ** (1 / 6) - 1 = 18.84% -> 18.8
        ],
    ),
    # 11. 微信公众号 article with emoji, 敲黑板 / 划重点 and a 数据来源 line: China's AI smart lock market in 2024, a 2029
    #     forecast whose CAGR over the printed span no reading reaches, the 3D structured-light face lock part with its
    #     share. Expected nowhere: the list numbers, the white paper's title year, the 1950万套 sold at 1680元, the 14%
    #     penetration, the 67% of respondents, the brand's first-half revenue.
    dict(
        text=(
            "🔐 智能门锁也卷起了AI？一文看懂市场格局\n"
            "敲黑板！📌 划重点：\n"
            "1️⃣ 2024年中国AI智能门锁市场规模达128.6亿元，其中3D结构光人脸识别门锁为51.4亿元，占比40.0%。\n"
            "2️⃣ 预计2029年市场规模将达312亿元，2024-2029年年复合增长率19.6%。🚀\n"
            "3️⃣ 全年智能门锁销量约1950万套，均价1680元，渗透率仅14%左右。\n"
            "4️⃣ 问卷中67%的受访者表示下次换锁会选带AI识别的产品。某头部品牌上半年营收则为18.2亿元。\n"
            "数据来源：智研门锁研究中心《2025中国AI智能门锁行业白皮书》"
        ),
        obs=[
            ("Total", 2024, 128.6, "CNY 100 million", "actual"),
            ("Total", 2029, 312, "CNY 100 million", "estimate"),
            ("3D结构光人脸识别门锁", 2024, 51.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.0, "percent", 2024, 2024, None),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 51.4 / 128.6 = 39.97% -> 40.0
            # (312 / 128.6) ** (1 / 5) - 1 = 19.39% -> 19.4, not 19.6; bounds (311.5 / 128.65) ** (1/5) - 1 = 19.35%,
            # (312.5 / 128.55) ** (1/5) - 1 = 19.44% -> 19.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. 知乎-style answer ("谢邀", "利益相关"): the domestic AI video verification door-entry market in 2023 written
    #     wholly in Chinese numerals (三十五点六亿元 = 35.6) and 2024 in digits, a 同比 rate that holds only by
    #     rounding. Expected nowhere: the five years, the company's 两亿出头 revenue and 31% margin, the 40万 estates,
    #     the 300 installers.
    dict(
        text=(
            "谢邀。利益相关：在一家做门禁视频核验的公司干了五年，以下只代表个人观点。\n"
            "先说结论：AI视频核验门禁（可视对讲加AI人脸比对）这两年确实在涨。按澄川咨询的数据，2023年国内市场规模是"
            "三十五点六亿元，2024年到了44.1亿元，同比增长24.2%。但别被数字骗了，我们公司去年营收也就两亿出头，毛利率"
            "一度压到31%。全国装了可视对讲的小区大概有40万个，我们自己的安装工不到300人，旺季根本忙不过来。"
        ),
        obs=[
            ("Total", 2023, 35.6, "CNY 100 million", "actual"),
            ("Total", 2024, 44.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (44.1 / 35.6) ** (1 / 1) - 1 = 23.88% -> 23.9, not 24.2; bounds 44.05 / 35.65 - 1 = 23.56%,
            # 44.15 / 35.55 - 1 = 24.19% -> 24.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong-listed company's annual report, 管理層討論與分析 (Traditional), quoting a consultancy: China's AI
    #     predictive maintenance of automatic doors and turnstiles in 2024 ("約9.8億元", at its printed figure) and a
    #     2028 forecast with a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the section
    #     number, the ~410億元 automatic-door market, the company's 12.46億元 revenue and 18.3% 同比, its 2.87億元 AI
    #     service revenue and 46.5%, its 38.2% gross margin, the 36萬 devices and 412 service points.
    dict(
        text=(
            "第三節 管理層討論與分析\n"
            "一、行業回顧\n"
            "據華衡諮詢統計，2024年中國自動門及閘機AI預測性維護市場規模約為人民幣9.8億元，預計2028年將達到人民幣"
            "27.5億元，年複合增長率為29.4%。同期自動門整體市場規模約為人民幣410億元。\n"
            "二、業務回顧\n"
            "報告期內，本集團實現營業收入人民幣12.46億元，同比增長18.3%；其中AI運維服務收入人民幣2.87億元，同比增長"
            "46.5%；綜合毛利率為38.2%。截至報告期末，本集團累計接入自動門及閘機設備約36萬台，服務網點412個。"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2028, 27.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (27.5 / 9.8) ** (1 / 4) - 1 = 29.43% -> 29.4
        ],
    ),
    # 14. Hong Kong trade council's press release (Traditional) in 億港元 and 百萬港元: AI face recognition access
    #     control in residential and commercial buildings in 2023 and 2024 with 按年上升, the public housing part in
    #     百萬港元 with its share, a 2025 forecast ("約14.5億港元", at its printed figure) with 按年增長. Expected nowhere:
    #     the release date, the 4.2萬 buildings, the 一成 (a fraction in words), the 30億港元 building-renewal scheme, the
    #     0.8百萬港元 average retrofit cost.
    dict(
        text=(
            "香港樓宇保安科技發展局新聞稿（二月二十七日）\n"
            "香港樓宇保安科技發展局今日公布，2024年本港住宅及商業樓宇AI人面識別門禁系統市場規模達12.6億港元，按年"
            "上升16.7%（2023年：10.8億港元）。其中，公營房屋項目佔486百萬港元，約佔整體38.6%。發展局預計，2025年市場"
            "規模將按年增長15%至約14.5億港元。全港約有4.2萬幢私人住宅及商業樓宇，已安裝AI門禁的約佔一成。政府的樓宇"
            "更新資助計劃總額為30億港元，每幢樓宇的門禁改造平均費用約0.8百萬港元。"
        ),
        obs=[
            ("Total", 2023, 10.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 14.5, "HKD 100 million", "estimate"),
            ("公營房屋項目", 2024, 486, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.8) ** (1 / 1) - 1 = 16.67% -> 16.7
            ("arithmetic", "exact"),  # 486 / 1,260 = 38.57% -> 38.6
            ("cagr|implied", "exact"),  # (14.5 / 12.6) ** (1 / 1) - 1 = 15.08% -> 15
        ],
    ),
    # 15. Taiwan research institute's release (Traditional) in 新台幣億元 with 年增率 and 年複合成長率: Taiwan's AI smart
    #     lock output in 2023 and 2024 with a yoy rate, a 2029 forecast whose CAGR over the printed span holds only by
    #     rounding. Expected nowhere: the release date, the 新台幣1.2兆元 security industry, the 62萬套 shipped, the
    #     新台幣1.5萬元 unit price, the first-quarter 年增率 of 9%.
    dict(
        text=(
            "【財團法人台灣智慧居家產業研究所新聞稿】2025年5月8日\n"
            "本所今日發布AI智慧門鎖產業趨勢報告指出，台灣AI智慧門鎖市場2024年產值達新台幣46.2億元，年增率18.5%"
            "（2023年為新台幣39.0億元）；預估2029年將成長至新台幣108億元，2024至2029年年複合成長率達18.6%。相較之下，"
            "台灣整體安全監控產業產值約新台幣1.2兆元。2024年智慧門鎖出貨量約62萬套，平均單價約新台幣1.5萬元；今年第一季"
            "業者出貨年增率約9%。"
        ),
        obs=[
            ("Total", 2023, 39.0, "TWD 100 million", "actual"),
            ("Total", 2024, 46.2, "TWD 100 million", "actual"),
            ("Total", 2029, 108, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.2 / 39.0) ** (1 / 1) - 1 = 18.46% -> 18.5
            # (108 / 46.2) ** (1 / 5) - 1 = 18.51% -> 18.5, not 18.6; bounds (107.5 / 46.25) ** (1/5) - 1 = 18.37%,
            # (108.5 / 46.15) ** (1/5) - 1 = 18.65% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. LaTeX tabular pasted as text, caption with the unit (USD million): Israel's AI access control by segment for
    #     2023, 2024 and 2025E with a Total row; 2023 and 2024 add exactly, the 2025E total is reached by no reading.
    #     Expected nowhere: the table number, the source's date, the USD 2.1 billion security products market, the
    #     2,300 buildings and 46 integrators.
    dict(
        text=(
            "Table 3: AI access control market in Israel by segment (USD million)\n"
            "\\begin{tabular}{lrrr}\n"
            "\\hline\n"
            "Segment                              &   2023 &   2024 &  2025E \\\\\n"
            "\\hline\n"
            "AI face recognition access control   &   58.4 &   71.2 &   86.9 \\\\\n"
            "AI video verification for door entry &   31.7 &   38.9 &   47.6 \\\\\n"
            "AI gate and turnstile analytics      &   14.2 &   17.5 &   21.8 \\\\\n"
            "\\hline\n"
            "Total                                &  104.3 &  127.6 &  157.3 \\\\\n"
            "\\hline\n"
            "\\end{tabular}\n"
            "Source: Carmel Gate Research, March 2025. Israel's physical security products market (about USD 2.1 "
            "billion in 2024) is excluded; the survey covered 2,300 buildings and 46 integrators."
        ),
        obs=[
            ("AI face recognition access control", 2023, 58.4, "USD million", "actual"),
            ("AI face recognition access control", 2024, 71.2, "USD million", "actual"),
            ("AI face recognition access control", 2025, 86.9, "USD million", "estimate"),
            ("AI video verification for door entry", 2023, 31.7, "USD million", "actual"),
            ("AI video verification for door entry", 2024, 38.9, "USD million", "actual"),
            ("AI video verification for door entry", 2025, 47.6, "USD million", "estimate"),
            ("AI gate and turnstile analytics", 2023, 14.2, "USD million", "actual"),
            ("AI gate and turnstile analytics", 2024, 17.5, "USD million", "actual"),
            ("AI gate and turnstile analytics", 2025, 21.8, "USD million", "estimate"),
            ("Total", 2023, 104.3, "USD million", "actual"),
            ("Total", 2024, 127.6, "USD million", "actual"),
            ("Total", 2025, 157.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 31.7 + 14.2 = 104.3
            ("hierarchy", "exact"),  # 2024: 71.2 + 38.9 + 17.5 = 127.6
            # 2025E: 86.9 + 47.6 + 21.8 = 156.3, not 157.3; parts at most 156.45 and the total at least 157.25 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 17. reStructuredText grid table (EUR million): AI predictive maintenance of automatic doors and gates in Sweden
    #     and the Netherlands, 2024 and 2030F, a Total row and a "Share 2024" column: Sweden's 41% exact, the
    #     Netherlands' 60% only by rounding (the Total's 100% is no claim); rows add to the Total each year. Expected
    #     nowhere: the source's date, the EUR 1.6 billion door and gate service revenue, the 12,400 doors monitored.
    dict(
        text=(
            "AI predictive maintenance of automatic doors and gates, Sweden and the Netherlands (EUR million)\n"
            "+-------------+-------+-------+------------+\n"
            "| Country     | 2024  | 2030F | Share 2024 |\n"
            "+=============+=======+=======+============+\n"
            "| Sweden      | 38.3  | 104.2 | 41%        |\n"
            "+-------------+-------+-------+------------+\n"
            "| Netherlands | 56.2  | 148.5 | 60%        |\n"
            "+-------------+-------+-------+------------+\n"
            "| Total       | 94.5  | 252.7 | 100%       |\n"
            "+-------------+-------+-------+------------+\n"
            "Source: Noordhaven Analytics, 3 February 2025. Excludes EUR 1.6 billion of door and gate service revenue "
            "in the two countries; the panel monitored 12,400 automatic doors."
        ),
        obs=[
            ("Sweden", 2024, 38.3, "EUR million", "actual"),
            ("Sweden", 2030, 104.2, "EUR million", "estimate"),
            ("Netherlands", 2024, 56.2, "EUR million", "actual"),
            ("Netherlands", 2030, 148.5, "EUR million", "estimate"),
            ("Total", 2024, 94.5, "EUR million", "actual"),
            ("Total", 2030, 252.7, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.3 / 94.5 = 40.53% -> 41
            # 56.2 / 94.5 = 59.47% -> 59, not 60; bounds 56.15 / 94.55 = 59.39%, 56.25 / 94.45 = 59.56% -> 60 reached
            # only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 38.3 + 56.2 = 94.5
            ("hierarchy", "exact"),  # 2030F: 104.2 + 148.5 = 252.7
        ],
    ),
    # 18. Markdown table whose cells carry their units, years as rows (2023, 2024, 2026E, 2030E) and a CAGR row at the
    #     bottom: US office AI access control by technology with a Total column. Each column keeps the unit of its
    #     first cell, USD million ($1.09B is 1,090, $1.1B is 1,100); the face and Total CAGRs exact, the palm CAGR only
    #     by rounding; columns add to the Total each year. Expected nowhere: the source's date, the $9.4B of
    #     conventional access control hardware, the 41,000 office buildings, the Q1 2025 $212M bookings.
    dict(
        text=(
            "US office access control, AI segments (Brookfield Lane Partners, May 2025)\n"
            "| Year | AI face recognition | AI palm recognition | Total |\n"
            "|---|---|---|---|\n"
            "| 2023 | $640M | $220M | $860M |\n"
            "| 2024 | $790M | $300M | $1.09B |\n"
            "| 2026E | $1.12B | $480M | $1.6B |\n"
            "| 2030E | $2.05B | $1.1B | $3.15B |\n"
            "| CAGR 2023-30 | 18.1% | 25.9% | 20.4% |\n"
            "Note: excludes $9.4B of conventional access control hardware and installation across some 41,000 "
            "multi-tenant office buildings; Q1 2025 bookings of $212M at the five largest vendors are not included."
        ),
        obs=[
            ("AI face recognition", 2023, 640, "USD million", "actual"),
            ("AI face recognition", 2024, 790, "USD million", "actual"),
            ("AI face recognition", 2026, 1120, "USD million", "estimate"),
            ("AI face recognition", 2030, 2050, "USD million", "estimate"),
            ("AI palm recognition", 2023, 220, "USD million", "actual"),
            ("AI palm recognition", 2024, 300, "USD million", "actual"),
            ("AI palm recognition", 2026, 480, "USD million", "estimate"),
            ("AI palm recognition", 2030, 1100, "USD million", "estimate"),
            ("Total", 2023, 860, "USD million", "actual"),
            ("Total", 2024, 1090, "USD million", "actual"),
            ("Total", 2026, 1600, "USD million", "estimate"),
            ("Total", 2030, 3150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2023, 2030, None, "stated"),
            ("cagr", 25.9, "percent", 2023, 2030, None, "stated"),
            ("cagr", 20.4, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # face: (2,050 / 640) ** (1 / 7) - 1 = 18.09% -> 18.1
            # palm: (1,100 / 220) ** (1 / 7) - 1 = 25.8499% -> 25.8, not 25.9; bounds (1,050 / 220.5) ** (1/7) - 1 =
            # 24.98%, (1,150 / 219.5) ** (1/7) - 1 = 26.69% -> 25.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Total: (3,150 / 860) ** (1 / 7) - 1 = 20.38% -> 20.4
            ("hierarchy", "exact"),  # 2023: 640 + 220 = 860
            ("hierarchy", "exact"),  # 2024: 790 + 300 = 1,090 = $1.09B
            ("hierarchy", "exact"),  # 2026E: 1,120 + 480 = 1,600 = $1.6B
            ("hierarchy", "exact"),  # 2030E: 2,050 + 1,100 = 3,150 = $3.15B
        ],
    ),
    # 19. Chinese Markdown table (Traditional) with years as rows, a lone value column 規模（億元） (the market's Total,
    #     in 人民幣) and a 同比 column, a 注： line below: China's AI defect inspection in window and door manufacturing,
    #     2021-2025E; the 2022 and 2023 rates exact, 2024's only by rounding, 2025E's reached by no reading. Expected
    #     nowhere: the 7,800億元 door and window industry output, the 1.2萬 firms.
    dict(
        text=(
            "中國門窗製造AI缺陷檢測市場規模（人民幣）\n"
            "| 年份 | 規模（億元） | 同比 |\n"
            "|---|---|---|\n"
            "| 2021 | 6.8 | — |\n"
            "| 2022 | 8.9 | 30.9% |\n"
            "| 2023 | 11.4 | 28.1% |\n"
            "| 2024 | 14.2 | 25.1% |\n"
            "| 2025E | 17.3 | 24.8% |\n"
            "注：2025E為預測值；資料來源：華衡諮詢。同期中國門窗行業總產值約7,800億元，規模以上門窗企業約1.2萬家。"
        ),
        obs=[
            ("Total", 2021, 6.8, "CNY 100 million", "actual"),
            ("Total", 2022, 8.9, "CNY 100 million", "actual"),
            ("Total", 2023, 11.4, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2025, 17.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.9, "percent", 2021, 2022, 1.0),
            ("growth", 28.1, "percent", 2022, 2023, 1.0),
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9 / 6.8) ** (1 / 1) - 1 = 30.88% -> 30.9
            ("cagr|implied", "exact"),  # (11.4 / 8.9) ** (1 / 1) - 1 = 28.09% -> 28.1
            # (14.2 / 11.4) ** (1 / 1) - 1 = 24.56% -> 24.6, not 25.1; bounds 14.15 / 11.45 - 1 = 23.58%,
            # 14.25 / 11.35 - 1 = 25.55% -> 25.1 reached only by some reading
            ("cagr|implied", "rounding"),
            # (17.3 / 14.2) ** (1 / 1) - 1 = 21.83% -> 21.8, not 24.8; bounds 17.25 / 14.25 - 1 = 21.05%,
            # 17.35 / 14.15 - 1 = 22.61% -> 24.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Space-aligned table (USD million, thousands separators) with region group headers alone on a line, indented
    #     country rows, a subtotal per group and a grand Total: AI-enabled smart locks in 2024 and 2025F, every row
    #     expected under its printed label. The countries add to their subtotals and the subtotals to the Total in both
    #     years (2024: 1,284.6 + 162.4 = 1,447.0; 318.5 + 402.7 = 721.2; 512.3 + 64.8 = 577.1; 1,447.0 + 721.2 +
    #     577.1 = 2,745.3; 2025F: 1,498.2 + 190.7 = 1,688.9; 366.2 + 461.9 = 828.1; 590.4 + 77.5 = 667.9; 1,688.9 +
    #     828.1 + 667.9 = 3,184.9), but no hierarchy verdict: the check sums every row below the Total flatly, and the
    #     subtotals would count each country twice. Expected nowhere: the source's date, the 14.2 million
    #     conventional locks and their USD 11.8 billion, the USD 286 average price, the Q2 2025 USD 702.4 million.
    dict(
        text=(
            "AI-enabled smart locks: spending by region, USD million (Ostrander Vale Research, July 2025)\n"
            "                            2024       2025F\n"
            "Americas\n"
            "  United States          1,284.6     1,498.2\n"
            "  Canada                   162.4       190.7\n"
            "  Americas subtotal      1,447.0     1,688.9\n"
            "Europe\n"
            "  United Kingdom           318.5       366.2\n"
            "  Germany                  402.7       461.9\n"
            "  Europe subtotal          721.2       828.1\n"
            "Asia-Pacific\n"
            "  Japan                    512.3       590.4\n"
            "  Singapore                 64.8        77.5\n"
            "  Asia-Pacific subtotal    577.1       667.9\n"
            "Total                    2,745.3     3,184.9\n"
            "Note: excludes 14.2 million conventional locks shipped in these markets (USD 11.8 billion) and assumes an "
            "average AI smart lock price of USD 286; the Q2 2025 update put second-quarter spending at USD 702.4 "
            "million."
        ),
        obs=[
            ("United States", 2024, 1284.6, "USD million", "actual"),
            ("United States", 2025, 1498.2, "USD million", "estimate"),
            ("Canada", 2024, 162.4, "USD million", "actual"),
            ("Canada", 2025, 190.7, "USD million", "estimate"),
            ("Americas subtotal", 2024, 1447.0, "USD million", "actual"),
            ("Americas subtotal", 2025, 1688.9, "USD million", "estimate"),
            ("United Kingdom", 2024, 318.5, "USD million", "actual"),
            ("United Kingdom", 2025, 366.2, "USD million", "estimate"),
            ("Germany", 2024, 402.7, "USD million", "actual"),
            ("Germany", 2025, 461.9, "USD million", "estimate"),
            ("Europe subtotal", 2024, 721.2, "USD million", "actual"),
            ("Europe subtotal", 2025, 828.1, "USD million", "estimate"),
            ("Japan", 2024, 512.3, "USD million", "actual"),
            ("Japan", 2025, 590.4, "USD million", "estimate"),
            ("Singapore", 2024, 64.8, "USD million", "actual"),
            ("Singapore", 2025, 77.5, "USD million", "estimate"),
            ("Asia-Pacific subtotal", 2024, 577.1, "USD million", "actual"),
            ("Asia-Pacific subtotal", 2025, 667.9, "USD million", "estimate"),
            ("Total", 2024, 2745.3, "USD million", "actual"),
            ("Total", 2025, 3184.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 21. Boston research house's press release with a "By the numbers" box of em-dash lines: the global AI face
    #     recognition access control market in 2024 (actual) and 2030 (forecast), a CAGR over a printed span that holds
    #     only by rounding, the offices part with its share. Expected nowhere: the dateline, the report title's years,
    #     the 4.8 million readers shipped, the 62% of property managers (a survey), the $41B locks and access-control
    #     hardware revenue, the founding year and the 140 analysts.
    dict(
        text=(
            "NEWS RELEASE\n"
            "Boston, March 18, 2025 — Harborline Research today released Seeing Who's at the Door: AI Face Recognition "
            "Access Control 2025-2030, a study of face-matching readers and software sold to offices, housing estates "
            "and campuses.\n"
            "By the numbers\n"
            "$1.21B — global market, 2024\n"
            "$3.2B — global market, 2030\n"
            "17.5% — CAGR, 2024-2030\n"
            "$0.52B — offices, 2024 (43% of the total)\n"
            "4.8 million — face recognition readers shipped in 2024\n"
            "62% — property managers planning an upgrade by 2027\n"
            "$41B — worldwide lock and access-control hardware revenue in 2024\n"
            "About Harborline Research: founded in 2011, Harborline employs 140 analysts in Boston and Singapore."
        ),
        obs=[
            ("Total", 2024, 1.21, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
            ("Offices", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.2 / 1.21) ** (1 / 6) - 1 = 17.60% -> 17.6, not 17.5; bounds (3.15 / 1.215) ** (1/6) - 1 = 17.21%,
            # (3.25 / 1.205) ** (1/6) - 1 = 17.98% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.52 / 1.21 = 42.98% -> 43
        ],
    ),
    # 22. Swedish lock maker's chairman's statement quoting a consultancy: the European AI-enabled smart lock market in
    #     2023 and 2024 with its growth rate, and a 2029 forecast (EUR 1.4 billion, in the series' unit: 1400) whose
    #     stated CAGR no reading reaches. Expected nowhere: the annual report's year, the company's SEK 4,820 million
    #     net sales and 14.2% operating margin, the SEK 3.40 dividend per share, the 2,150 employees and eleven
    #     countries, the 38% order intake growth, the signing date.
    dict(
        text=(
            "Chairman's statement\n"
            "Nordvik Lås AB (publ), Annual Report 2024\n"
            "Dear shareholders,\n"
            "2024 was the year in which intelligence moved into the lock itself. According to Halvorsen & Berg "
            "Consulting, the European market for AI-enabled smart locks grew to EUR 612 million in 2024 from EUR 498 "
            "million in 2023, an increase of 22.9%. The consultancy expects the market to reach EUR 1.4 billion in "
            "2029, a compound annual growth rate of 19.5% over 2024-2029.\n"
            "Against this backdrop, Nordvik Lås grew net sales to SEK 4,820 million and lifted its operating margin "
            "to 14.2%. Order intake for our Vigil AI lock series rose 38%. The Board proposes a dividend of SEK 3.40 "
            "per share, and at year-end we employed 2,150 people in eleven countries.\n"
            "My thanks go to every colleague who made this possible.\n"
            "Stockholm, 12 March 2025\n"
            "Ingrid Falk, Chairman of the Board"
        ),
        obs=[
            ("Total", 2023, 498, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Total", 2029, 1400, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 498) ** (1 / 1) - 1 = 22.89% -> 22.9
            # (1400 / 612) ** (1 / 5) - 1 = 18.00% -> 18.0, not 19.5; bounds (1350 / 612.5) ** (1/5) - 1 = 17.12%,
            # (1450 / 611.5) ** (1/5) - 1 = 18.85% -> 19.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. A webinar's slide text in verbless bullets ("Slide 7 —"): the US market for AI video verification at door
    #     entry in 2024 and a 2029F figure, a "CAGR: 18.8%" with no printed span (inferred from the amounts' years), a
    #     multifamily part with its share. Expected nowhere: the recording date, the slide numbers, the Q1 2025 $0.31B
    #     (a quarter), the 1,200+ installers, the 57% of property managers (a survey), the $649 door station price.
    dict(
        text=(
            "Webinar: AI Video Verification at the Front Door, Market Briefing (recorded 22 May 2025)\n"
            "Slide 3 — Agenda\n"
            "• Market size and outlook\n"
            "• Segments\n"
            "• Q&A\n"
            "Slide 7 — US market, AI video verification for door entry systems\n"
            "• 2024: $1.1B\n"
            "• 2029F: $2.6B\n"
            "• CAGR: 18.8%\n"
            "• Source: Copperfield Analytics\n"
            "Slide 8 — Segments, 2024\n"
            "• Multifamily residential: $0.45B (41%)\n"
            "• Q1 2025 alone: $0.31B\n"
            "• 1,200+ installers certified\n"
            "Slide 9 — Buyer survey\n"
            "• 57% of property managers: video verification is a must-have\n"
            "• Average door station price: $649\n"
            "Slide 12 — Q&A"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
            ("Multifamily residential", 2024, 0.45, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2029, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.1) ** (1 / 5) - 1 = 18.77% -> 18.8
            ("arithmetic", "exact"),  # 0.45 / 1.1 = 40.91% -> 41
        ],
    ),
    # 24. Amsterdam news item with the currency after the number ("1.2 billion US dollars", "4.5 bn USD", "USD 4.5 bn",
    #     "640 million euros"): the global AI video verification for door entry market in 2023 and 2024 with its rate,
    #     a 2031 forecast with a CAGR over a printed span, and Europe's 2024 part in euros (an item of its own).
    #     Expected nowhere: the dateline, the commissioning firm's 86 million euros revenue and 24 million euros of
    #     first-quarter orders, the 2.3 million door stations, the 1,190 euros intercom price.
    dict(
        text=(
            "Dutch door-entry specialist sees an AI verification boom\n"
            "AMSTERDAM, 9 April 2025 — AI video verification for door entry systems is becoming a standard feature of "
            "apartment intercoms, according to a study by Leidsegracht Market Intelligence. The firm puts global sales "
            "at 1.2 billion US dollars in 2024, a rise of 24% from 0.97 billion US dollars in 2023, and forecasts 4.5 "
            "bn USD by 2031, a compound annual growth rate of 20.8% over 2024-2031. Europe accounted for 640 million "
            "euros of the 2024 total.\n"
            "Portavisie B.V., which commissioned the study, said its own 2024 revenue rose to 86 million euros and "
            "that it has installed 2.3 million door stations since 2015. \"A market of USD 4.5 bn in 2031 means every "
            "new apartment block will verify its visitors by video,\" said chief executive Maarten de Wit. Its "
            "flagship AI intercom sells for 1,190 euros, and first-quarter orders reached 24 million euros."
        ),
        obs=[
            ("Total", 2023, 0.97, "USD billion", "actual"),
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2031, 4.5, "USD billion", "estimate"),
            ("Europe", 2024, 640, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 0.97) ** (1 / 1) - 1 = 23.71% -> 24
            ("cagr|implied", "exact"),  # (4.5 / 1.2) ** (1 / 7) - 1 = 20.78% -> 20.8
        ],
    ),
    # 25. Swiss door and gate maker's media release with apostrophes as thousands separators: the global AI
    #     predictive maintenance market for automatic doors and gates in 2024 (USD 1'480 million) and 2030, a CAGR
    #     over a printed span that no reading reaches, Europe's part with its share. Expected nowhere: the dateline, the
    #     ticker, the CHF 1'250 million net sales (an aside, in a currency the table does not hold), the 380'000 doors,
    #     31 countries and 6'800 employees, the CHF 14 monthly module price.
    dict(
        text=(
            "Media release\n"
            "Baar, 4 June 2025 — Torwerk Holding AG (SIX: TORW), a Swiss maker of automatic doors and gates, today "
            "presented a study by Rigi Analytics on AI predictive maintenance of automatic doors and gates. The global "
            "market for such services reached USD 1'480 million in 2024 and is expected to grow to USD 3'260 million "
            "in 2030, a compound annual growth rate of 13.6% between 2024 and 2030. Europe is the largest region, with "
            "USD 512 million, or 34.6% of the 2024 market. (For comparison, Torwerk's own net sales were CHF 1'250 "
            "million in 2024.) Torwerk services some 380'000 doors in 31 countries and employs 6'800 people; its AI "
            "monitoring module costs CHF 14 per door per month."
        ),
        obs=[
            ("Total", 2024, 1480, "USD million", "actual"),
            ("Total", 2030, 3260, "USD million", "estimate"),
            ("Europe", 2024, 512, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2024, 2030, None, "stated"),
            ("share", 34.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3260 / 1480) ** (1 / 6) - 1 = 14.07% -> 14.1, not 13.6; bounds (3259.5 / 1480.5) ** (1/6) - 1 = 14.06%,
            # (3260.5 / 1479.5) ** (1/6) - 1 = 14.08% -> 13.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 512 / 1480 = 34.59% -> 34.6
        ],
    ),
    # 26. US broker's note in prose with "A" and "E" years and mn/bn: the US AI-enabled smart lock market at $845mn in
    #     '24A, $1.02bn in 2025E and $2.1bn in 2030E (in the series' unit: 1020 and 2100), a y/y rate and a CAGR
    #     over a printed span that holds only by rounding. Expected nowhere: the date, the 7% household penetration,
    #     the 3.4mn units and the $289 average selling price, the pick's Q2 revenue of $212mn and its +14%, the $68
    #     price target and its 22% upside.
    dict(
        text=(
            "Crestmoor Securities, US Building Technology, 14 July 2025\n"
            "AI smart locks: the door is only half open\n"
            "We size the US market for AI-enabled smart locks at $845mn in '24A, rising to $1.02bn in 2025E, up 21% "
            "y/y, and to $2.1bn by 2030E, a 2024-2030E CAGR of 16.6%. Penetration is still only 7% of US households, "
            "and we model 3.4mn AI lock units shipped in 2025E at an average selling price of $289. Our top pick, "
            "Lockridge Systems, reported Q2 revenue of $212mn (+14% y/y); we reiterate Buy with a $68 price target, "
            "22% upside."
        ),
        obs=[
            ("Total", 2024, 845, "USD million", "actual"),
            ("Total", 2025, 1020, "USD million", "estimate"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 845) ** (1 / 1) - 1 = 20.71% -> 21
            # (2100 / 845) ** (1 / 6) - 1 = 16.38% -> 16.4, not 16.6; bounds (2050 / 845.5) ** (1/6) - 1 = 15.91%,
            # (2150 / 844.5) ** (1/6) - 1 = 16.85% -> 16.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Intergovernmental housing agency's report paragraph in "US$ billions, constant 2023 prices": member
    #     economies' AI access control spending in 2024 and a 2030 projection with a CAGR over a printed span, and an
    #     Asia-Pacific part whose 44% share no reading reaches. Expected nowhere: the outlook's year and paragraph
    #     number, the price base year, the 27 member economies, the 0.012% of GDP, the US$ 96 billion of building
    #     security products, the 1.9 million buildings.
    dict(
        text=(
            "Organisation for Housing and Urban Technology, Housing Technology Outlook 2025, paragraph 5.21\n"
            "Across the 27 member economies, expenditure on AI-based access control for offices and residential "
            "buildings (face and palm recognition readers, video verification and the software that runs them) "
            "reached US$ 7.4 billion in 2024 (all figures in US$ billions, constant 2023 prices) and is projected at "
            "13.9 billion in 2030, a compound annual growth rate of 11.1% over 2024-2030. Asia-Pacific accounted for "
            "US$ 3.1 billion, or 44% of the total. Spending remains small relative to output, equivalent to 0.012% "
            "of members' combined GDP, and compares with some US$ 96 billion spent on building security products "
            "overall. About 1.9 million buildings in member economies now use some form of AI access control."
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2030, 13.9, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 3.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 11.1, "percent", 2024, 2030, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (13.9 / 7.4) ** (1 / 6) - 1 = 11.08% -> 11.1
            # 3.1 / 7.4 = 41.89% -> 42, not 44; bounds 3.05 / 7.45 = 40.94%, 3.15 / 7.35 = 42.86% -> 44 reached by
            # no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 28. Inspection-software vendor's marketing page with "10x", "3 out of 4 companies" and "up to 40% faster": a cited
    #     global market for AI defect inspection in window and door manufacturing, 2024 and 2030 ($1.05 billion, in the
    #     series' unit: 1050), with a CAGR over a printed span that holds only by rounding. Expected nowhere: the 10x,
    #     the 3 out of 4, the 40%, the 250 plants in 14 countries, the $1,500 price, the 24 hours.
    dict(
        text=(
            "VerraSight for Window and Door Makers\n"
            "Catch every defect before it ships.\n"
            "VerraSight's vision AI inspects frames, glazing and seals on the line, 10x faster than manual checks. 3 "
            "out of 4 companies that trial it buy a licence, and product changeovers are up to 40% faster.\n"
            "Why now? According to Brightmoor Analytics, the global market for AI defect inspection in window and "
            "door manufacturing will grow from $412 million in 2024 to $1.05 billion in 2030, a CAGR of 16.8% over "
            "2024-2030.\n"
            "More than 250 plants in 14 countries run VerraSight today. Plans start at $1,500 per camera per year. "
            "Book a demo and we reply within 24 hours."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9, not 16.8; bounds (1045 / 412.5) ** (1/6) - 1 = 16.76%,
            # (1055 / 411.5) ** (1/6) - 1 = 16.99% -> 16.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. 人民日报-style item (Simplified) with 万亿元 and 亿元: China's AI access control market in 2024 with its 比上年
    #     rate and the 2023 base, a housing-estate part with its share. Expected nowhere: the dateline, the 2.1个百分点
    #     (percentage points), the 1.1万亿元 security industry revenue, the 2,200万套 smart locks produced, the 5.6万个
    #     estates renovated and the 1,200亿元 renovation subsidy.
    dict(
        text=(
            "本报北京5月20日电（记者陈思远）记者从工业和信息化部获悉，2024年我国AI门禁系统市场规模达到268.4亿元，"
            "比上年增长18.6%，增速比上年加快2.1个百分点；2023年市场规模为226.3亿元。其中，住宅小区AI人脸识别门禁"
            "规模为97.6亿元，占36.4%。从更大范围看，我国安防产业总收入已超过1.1万亿元，智能门锁年产量约2,200万套。"
            "去年全国新开工改造城镇老旧小区5.6万个，中央财政安排补助资金1,200亿元，为门禁智能化升级提供了空间。"
        ),
        obs=[
            ("Total", 2023, 226.3, "CNY 100 million", "actual"),
            ("Total", 2024, 268.4, "CNY 100 million", "actual"),
            ("住宅小区AI人脸识别门禁", 2024, 97.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("share", 36.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268.4 / 226.3) ** (1 / 1) - 1 = 18.60% -> 18.6
            ("arithmetic", "exact"),  # 97.6 / 268.4 = 36.36% -> 36.4
        ],
    ),
    # 30. 券商研报 摘要 (Simplified): China's AI access control market in 2023 and 2024 with a 同比+23.5% that holds only by
    #     rounding, a 2030 forecast with "2024-2030E CAGR为". Expected nowhere: the report date, the company's 18.6亿元
    #     revenue and its yoy+31.2%, the 2.4亿元 net profit and yoy+27.8%, the 25Q1 4.1亿元 and yoy+29.5%, the EPS
    #     figures, the 目标价45.6元.
    dict(
        text=(
            "【华岳证券】智门科技深度报告摘要（2025年4月28日）\n"
            "投资要点：\n"
            "行业：AI门禁进入放量期。我们测算2024年中国AI门禁市场规模为152亿元，同比+23.5%（2023年为123亿元），"
            "预计2030年达到486亿元，2024-2030E CAGR为21.4%。\n"
            "公司：2024年实现营收18.6亿元，yoy+31.2%；归母净利润2.4亿元，yoy+27.8%；25Q1营收4.1亿元，yoy+29.5%。\n"
            "盈利预测与评级：预计公司2025-2027年EPS分别为1.52/1.98/2.51元，给予目标价45.6元，维持买入评级。\n"
            "风险提示：地产竣工不及预期，行业竞争加剧。"
        ),
        obs=[
            ("Total", 2023, 123, "CNY 100 million", "actual"),
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2030, 486, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (152 / 123) ** (1 / 1) - 1 = 23.58% -> 23.6, not 23.5; bounds 151.5 / 123.5 - 1 = 22.67%,
            # 152.5 / 122.5 - 1 = 24.49% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (486 / 152) ** (1 / 6) - 1 = 21.38% -> 21.4
        ],
    ),
    # 31. 政府采购 招标公告 (Simplified) quoting a 白皮书: the national smart-community AI face recognition access control
    #     market in 2024 (约97.3亿元, at its printed figure) and 2027, with a 2024-2027 CAGR that no reading reaches.
    #     Expected nowhere: the project number, the 预算金额（万元）1,280.00 and 最高限价 1,250.00, the 62 estates and 1,460
    #     doors, the 白皮书's title year, the 500万元 registered capital, the dates.
    dict(
        text=(
            "市住房和城乡建设局智慧社区AI人脸识别门禁改造项目公开招标公告\n"
            "项目编号：JSZC-2025-0417\n"
            "一、项目基本情况\n"
            "预算金额（万元）：1,280.00\n"
            "最高限价（万元）：1,250.00\n"
            "采购需求：为全市62个老旧小区的1,460个单元门安装AI人脸识别门禁及管理平台。\n"
            "二、项目背景\n"
            "据《2025中国智慧社区门禁白皮书》（云栖智库发布），2024年全国智慧社区AI人脸识别门禁市场规模约为97.3亿元，"
            "预计2027年将达到168亿元，2024-2027年年均复合增长率达22%。\n"
            "三、申请人的资格要求：注册资本不低于500万元。\n"
            "四、获取招标文件时间：2025年5月6日至2025年5月13日。"
        ),
        obs=[
            ("Total", 2024, 97.3, "CNY 100 million", "actual"),
            ("Total", 2027, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (168 / 97.3) ** (1 / 3) - 1 = 19.97% -> 20, not 22; bounds (167.5 / 97.35) ** (1/3) - 1 = 19.83%,
            # (168.5 / 97.25) ** (1/3) - 1 = 20.11% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Macau newspaper item (Traditional) in 億港元: the Hong Kong and Macau AI access control and smart lock market
    #     in 2023 and 2024 with a 按年 rate that holds only by rounding, and a 2026 forecast. Expected nowhere: the
    #     date, the 2.3億澳門元 Macau part (a currency the table does not hold), the 86 exhibitors, the 3,800 buildings,
    #     the 3,000澳門元 subsidy.
    dict(
        text=(
            "【本報訊】（2025年3月6日）本澳智能家居展昨日開幕。主辦單位引述香港調研機構嘉理研究的數據指，港澳兩地AI"
            "門禁及智能門鎖市場2024年規模達18.6億港元，按年增長14.9%，2023年為16.2億港元；預計2026年可達24億港元。"
            "其中澳門市場約2.3億澳門元。展會共有86家參展商，本澳約有3,800幢住宅樓宇仍使用傳統門禁。經濟及科技發展局"
            "表示，中小企業升級計劃每戶最高資助3,000澳門元。"
        ),
        obs=[
            ("Total", 2023, 16.2, "HKD 100 million", "actual"),
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2026, 24, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.6 / 16.2) ** (1 / 1) - 1 = 14.81% -> 14.8, not 14.9; bounds 18.55 / 16.25 - 1 = 14.15%,
            # 18.65 / 16.15 - 1 = 15.48% -> 14.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. 直播 transcript (Simplified, 家人们 and 老铁): China's AI smart lock market in 2023 and 2024 with its rate, the
    #     colloquial 将近三百个亿 beside the exact 286.7亿元 (the exact one expected), this year's 350亿左右 (an estimate,
    #     at its printed figure). Expected nowhere: the date, the 三百个亿, the 2,599 and 1,299 prices, the 3万台 stock,
    #     the 八千多单 orders, the 十万 viewers, the 前100单.
    dict(
        text=(
            "【直播回放文字稿 2025年6月18日晚】\n"
            "主播：家人们晚上好！老铁们点点关注啊。今天咱们聊聊AI智能锁。去年，也就是2024年，咱们国家AI智能锁市场多大？"
            "将近三百个亿！准确说是286.7亿元，比2023年的231.4亿元涨了23.9%，这是艾森智库的数据。今年呢，预计能冲到"
            "350亿左右。\n"
            "主播：咱们直播间这款AI人脸猫眼锁，原价2,599，今天到手价1,299！库存就3万台，上架五分钟卖了八千多单，十万个"
            "家人在线呢。\n"
            "主播：前100单再送上门安装，家人们冲！"
        ),
        obs=[
            ("Total", 2023, 231.4, "CNY 100 million", "actual"),
            ("Total", 2024, 286.7, "CNY 100 million", "actual"),
            ("Total", 2025, 350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286.7 / 231.4) ** (1 / 1) - 1 = 23.90% -> 23.9
        ],
    ),
    # 34. Hong Kong-listed company's voluntary 公告 (Traditional): China's AI defect inspection market for window and door
    #     making in 2022 and 2024 with a 年複合增長率 whose span only the amounts' years give (inferred), and a 2029
    #     forecast with a CAGR over a printed span. Expected nowhere: the stock code, the group's 人民幣9.86億元 revenue
    #     and its 同比增長31.2%, the 38.5% gross margin, the 120 manufacturers, the date.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
            "匠門智能科技控股有限公司（於開曼群島註冊成立之有限公司）（股份代號：2697）\n"
            "自願性公告：業務更新\n"
            "本公司董事會欣然宣佈，本集團截至2024年12月31日止年度的收入約為人民幣9.86億元，同比增長31.2%，毛利率為"
            "38.5%。根據獨立行業顧問恒睿諮詢的報告，中國AI門窗缺陷檢測市場規模由2022年的人民幣14.6億元增至2024年的"
            "人民幣23.5億元，年複合增長率為26.9%；預計2029年將達到人民幣67.9億元，2024年至2029年的年複合增長率為"
            "23.6%。本集團目前為超過120家門窗製造商提供AI視覺檢測服務。\n"
            "承董事會命\n"
            "主席 陳振邦\n"
            "香港，2025年3月28日"
        ),
        obs=[
            ("Total", 2022, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2029, 67.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2022, 2024, None, "inferred"),
            ("cagr", 23.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (23.5 / 14.6) ** (1 / 2) - 1 = 26.87% -> 26.9
            ("cagr|implied", "exact"),  # (67.9 / 23.5) ** (1 / 5) - 1 = 23.64% -> 23.6
        ],
    ),
    # 35. Taiwan 立法院 質詢 record (Traditional) with 委員： and 部長： speakers: Taiwan's AI access control and smart lock
    #     market in 2024 (新台幣42.6億元) and a 2028 forecast, with a 年複合成長率 over a printed span that no reading
    #     reaches. Expected nowhere: the session and meeting numbers, the date, the 2.3萬戶 social housing, the 3.5億元
    #     budget, the 新台幣40萬元 renovation subsidy, the one month.
    dict(
        text=(
            "立法院第11屆第3會期內政委員會第9次全體委員會議紀錄（2025年4月16日）\n"
            "林委員：部長，現在新建社宅都在裝AI人臉辨識門禁，台灣這個市場到底多大？\n"
            "部長：報告委員，根據台灣智慧建築產業研究院的調查，2024年國內AI門禁與智慧門鎖市場規模為新台幣42.6億元，"
            "預估2028年可達新台幣88億元，2024年至2028年年複合成長率為19%。\n"
            "林委員：那社宅呢？\n"
            "部長：目前興建中的社會住宅約2.3萬戶，今年編列預算3.5億元用於智慧門禁；另外老屋更新補助每案最高新台幣40萬元。\n"
            "林委員：電子鎖的資安要把關，請部長一個月內提出書面報告。"
        ),
        obs=[
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2028, 88, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (88 / 42.6) ** (1 / 4) - 1 = 19.89% -> 20, not 19; bounds (87.5 / 42.65) ** (1/4) - 1 = 19.68%,
            # (88.5 / 42.55) ** (1/4) - 1 = 20.09% -> 19 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. Markdown table (North America, USD million) with bold totals and footnote markers in cells, notes below: two
    #     segments and a Total row for 2024, 2025E and 2030E; 2024 adds exactly, 2025E only by rounding, 2030E by no
    #     reading. Expected nowhere: the table number, the note numbers, the superseded 598.0, the source's date, the
    #     USD 9.8 billion of door hardware, the 14,600 buildings.
    dict(
        text=(
            "Table 2. AI access control in offices and housing estates, North America (USD million)\n"
            "| Segment | 2024 | 2025E | 2030E |\n"
            "|---|---:|---:|---:|\n"
            "| Offices | 612.4¹ | 731.8 | 1,486.2 |\n"
            "| Housing estates | 622.1 | 744.9² | 1,702.5 |\n"
            "| Total | **1,234.5** | **1,476.6** | **3,198.7** |\n"
            "¹ Restated from 598.0 in last year's edition.\n"
            "² Includes build-to-rent blocks.\n"
            "Source: Pinecrest Advisory, June 2025. Excludes USD 9.8 billion of mechanical door hardware; based on "
            "14,600 buildings surveyed."
        ),
        obs=[
            ("Offices", 2024, 612.4, "USD million", "actual"),
            ("Offices", 2025, 731.8, "USD million", "estimate"),
            ("Offices", 2030, 1486.2, "USD million", "estimate"),
            ("Housing estates", 2024, 622.1, "USD million", "actual"),
            ("Housing estates", 2025, 744.9, "USD million", "estimate"),
            ("Housing estates", 2030, 1702.5, "USD million", "estimate"),
            ("Total", 2024, 1234.5, "USD million", "actual"),
            ("Total", 2025, 1476.6, "USD million", "estimate"),
            ("Total", 2030, 3198.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 612.4 + 622.1 = 1,234.5
            # 2025E: 731.8 + 744.9 = 1,476.7, not 1,476.6; parts at least 1,476.6 and the total at most 1,476.65 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            # 2030E: 1,486.2 + 1,702.5 = 3,188.7, not 3,198.7; parts at most 3,188.8 and the total at least 3,198.65 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. Markdown table (Germany, € thousand, thousands separators) with years across and a "CAGR 2024-30" column:
    #     residential and commercial AI-enabled smart locks and a Total row, each CAGR exact, rows adding to the Total
    #     each year. Expected nowhere: the source's date, the €4.1 billion lock and door hardware sales, the 1.35
    #     million AI locks installed, the €329 retail price.
    dict(
        text=(
            "Germany: AI-enabled smart locks by customer segment (€ thousand)\n"
            "| Segment | 2024 | 2027E | 2030E | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| Residential | 184,250 | 276,400 | 398,900 | 13.7% |\n"
            "| Commercial | 96,480 | 141,300 | 205,700 | 13.4% |\n"
            "| Total | 280,730 | 417,700 | 604,600 | 13.6% |\n"
            "Source: Elbtal Marktforschung GmbH, April 2025. Not included: total German lock and door hardware sales "
            "of €4.1 billion, the 1.35 million AI locks installed to date, an average retail price of €329."
        ),
        obs=[
            ("Residential", 2024, 184250, "EUR thousand", "actual"),
            ("Residential", 2027, 276400, "EUR thousand", "estimate"),
            ("Residential", 2030, 398900, "EUR thousand", "estimate"),
            ("Commercial", 2024, 96480, "EUR thousand", "actual"),
            ("Commercial", 2027, 141300, "EUR thousand", "estimate"),
            ("Commercial", 2030, 205700, "EUR thousand", "estimate"),
            ("Total", 2024, 280730, "EUR thousand", "actual"),
            ("Total", 2027, 417700, "EUR thousand", "estimate"),
            ("Total", 2030, 604600, "EUR thousand", "estimate"),
        ],
        claims=[
            ("cagr", 13.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (398,900 / 184,250) ** (1 / 6) - 1 = 13.74% -> 13.7
            ("cagr|implied", "exact"),  # (205,700 / 96,480) ** (1 / 6) - 1 = 13.45% (13.449) -> 13.4
            ("cagr|implied", "exact"),  # (604,600 / 280,730) ** (1 / 6) - 1 = 13.64% -> 13.6
            ("hierarchy", "exact"),  # 2024: 184,250 + 96,480 = 280,730
            ("hierarchy", "exact"),  # 2027E: 276,400 + 141,300 = 417,700
            ("hierarchy", "exact"),  # 2030E: 398,900 + 205,700 = 604,600
        ],
    ),
    # 38. CSV in long form with quoted numbers and a header carrying the unit in parentheses ("Market size (USD m)"):
    #     AI face and palm recognition access control in Japan, South Korea and Singapore and a Total row for 2024 and
    #     2025F; 2024 adds exactly, 2025F only by rounding. Expected nowhere: the export date, the readers installed
    #     column (counts), the USD 6.2 bn of conventional access control.
    dict(
        text=(
            "apac_palm_face_access.csv (Straits Insight Partners, exported 2 May 2025; F = forecast)\n"
            "Year,Market,\"Market size (USD m)\",\"Readers installed (000)\"\n"
            "2024,Japan,\"1,012.6\",\"1,840\"\n"
            "2024,South Korea,\"486.3\",\"920\"\n"
            "2024,Singapore,\"74.9\",\"131\"\n"
            "2024,Total,\"1,573.8\",\"2,891\"\n"
            "2025F,Japan,\"1,189.4\",\"2,150\"\n"
            "2025F,South Korea,\"571.0\",\"1,080\"\n"
            "2025F,Singapore,\"88.2\",\"152\"\n"
            "2025F,Total,\"1,848.7\",\"3,382\"\n"
            "note: AI face and palm recognition access control for offices and housing estates, hardware, software and "
            "services; excludes USD 6.2 bn of conventional access control"
        ),
        obs=[
            ("Japan", 2024, 1012.6, "USD million", "actual"),
            ("South Korea", 2024, 486.3, "USD million", "actual"),
            ("Singapore", 2024, 74.9, "USD million", "actual"),
            ("Total", 2024, 1573.8, "USD million", "actual"),
            ("Japan", 2025, 1189.4, "USD million", "estimate"),
            ("South Korea", 2025, 571.0, "USD million", "estimate"),
            ("Singapore", 2025, 88.2, "USD million", "estimate"),
            ("Total", 2025, 1848.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1,012.6 + 486.3 + 74.9 = 1,573.8
            # 2025F: 1,189.4 + 571.0 + 88.2 = 1,848.6, not 1,848.7; parts at most 1,848.75 and the total at least
            # 1,848.65 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Chinese table (Simplified) with a "单位：亿元" line above it and the 合计 row first: three segments for 2023,
    #     2024 and 2025E; 2023 and 2024 add exactly, 2025E by no reading. Expected nowhere: the table number, the
    #     source's date, the 约2,150亿元 conventional lock and hardware market, the 约1,850万套 smart locks shipped.
    dict(
        text=(
            "表3 中国AI门禁与智能门锁市场细分规模\n"
            "单位：亿元\n"
            "| 细分市场 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 合计 | 312.8 | 386.5 | 471.9 |\n"
            "| AI人脸识别门禁 | 141.2 | 171.6 | 205.3 |\n"
            "| 掌静脉识别门禁 | 18.4 | 27.9 | 41.2 |\n"
            "| AI智能门锁 | 153.2 | 187.0 | 222.4 |\n"
            "资料来源：鼎衡研究院，2025年5月。注：不含传统机械锁及门窗五金市场约2,150亿元；2024年智能门锁出货量约"
            "1,850万套。"
        ),
        obs=[
            ("合计", 2023, 312.8, "CNY 100 million", "actual"),
            ("合计", 2024, 386.5, "CNY 100 million", "actual"),
            ("合计", 2025, 471.9, "CNY 100 million", "estimate"),
            ("AI人脸识别门禁", 2023, 141.2, "CNY 100 million", "actual"),
            ("AI人脸识别门禁", 2024, 171.6, "CNY 100 million", "actual"),
            ("AI人脸识别门禁", 2025, 205.3, "CNY 100 million", "estimate"),
            ("掌静脉识别门禁", 2023, 18.4, "CNY 100 million", "actual"),
            ("掌静脉识别门禁", 2024, 27.9, "CNY 100 million", "actual"),
            ("掌静脉识别门禁", 2025, 41.2, "CNY 100 million", "estimate"),
            ("AI智能门锁", 2023, 153.2, "CNY 100 million", "actual"),
            ("AI智能门锁", 2024, 187.0, "CNY 100 million", "actual"),
            ("AI智能门锁", 2025, 222.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 141.2 + 18.4 + 153.2 = 312.8
            ("hierarchy", "exact"),  # 2024: 171.6 + 27.9 + 187.0 = 386.5
            # 2025E: 205.3 + 41.2 + 222.4 = 468.9, not 471.9; parts at most 469.05 and the total at least 471.85 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 40. Tab-separated table (Taiwan, Traditional labels, 新台幣億元) with years as columns, "n/a" and "–" cells and a
    #     "Notes:" line: three segments and a 合計 row; 2024 adds exactly, 2025F only by rounding, 2023 and 2030F have no
    #     checkable total (n/a, –). Expected nowhere: the n/a and – cells, the source's date, the 新台幣410億元 of
    #     conventional locks and door hardware, the 1.2萬 buildings.
    dict(
        text=(
            "台灣AI門禁與電子鎖市場規模（新台幣億元）\n"
            "項目\t2023\t2024\t2025F\t2030F\n"
            "辦公大樓AI門禁\t12.4\t15.1\t18.3\t–\n"
            "住宅社區AI門禁\t8.6\t11.2\t14.0\t–\n"
            "AI電子鎖\tn/a\t6.3\t7.9\t–\n"
            "合計\tn/a\t32.6\t40.3\t96.5\n"
            "Notes: n/a = not surveyed in 2023; – = no segment forecast published. Source: 北辰產業顧問, 2025年2月. "
            "Excludes conventional locks and door hardware (新台幣410億元); covers about 1.2萬 buildings."
        ),
        obs=[
            ("辦公大樓AI門禁", 2023, 12.4, "TWD 100 million", "actual"),
            ("辦公大樓AI門禁", 2024, 15.1, "TWD 100 million", "actual"),
            ("辦公大樓AI門禁", 2025, 18.3, "TWD 100 million", "estimate"),
            ("住宅社區AI門禁", 2023, 8.6, "TWD 100 million", "actual"),
            ("住宅社區AI門禁", 2024, 11.2, "TWD 100 million", "actual"),
            ("住宅社區AI門禁", 2025, 14.0, "TWD 100 million", "estimate"),
            ("AI電子鎖", 2024, 6.3, "TWD 100 million", "actual"),
            ("AI電子鎖", 2025, 7.9, "TWD 100 million", "estimate"),
            ("合計", 2024, 32.6, "TWD 100 million", "actual"),
            ("合計", 2025, 40.3, "TWD 100 million", "estimate"),
            ("合計", 2030, 96.5, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 15.1 + 11.2 + 6.3 = 32.6
            # 2025F: 18.3 + 14.0 + 7.9 = 40.2, not 40.3; parts at most 40.35 and the total at least 40.25 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 13, 'rounding': 16, 'exact': 55}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(NASDAQ:',
    'Forward-Looking Statements',
    '€642 million¹',
    '16.3%³',
    '€1 250 million',
    'EUR 2 480 million',
    'bn€',
    '2/5',
    '@KeyholeMetrics',
    '[13][14]',
    '[citation needed]',
    '📈',
    '💡',
    'a $4.5B opportunity by 2028',
    "today's $1.9B",
    'US$ 640 mn',
    'FY2030E',
    'crore',
    '４６．８亿元',
    '二〇二四年',
    '划重点',
    '数据来源：',
    '谢邀',
    '三十五点六亿元',
    '管理層討論與分析',
    '億港元',
    '百萬港元',
    '年複合成長率',
    '\\hline',
    '+=============+',
    '$860M',
    '規模（億元）',
    'Americas subtotal',
    '$3.2B — global market, 2030',
    '17.5% — CAGR, 2024-2030',
    "Chairman's statement",
    'Slide 7 —',
    '2029F: $2.6B',
    'CAGR: 18.8%',
    '1.2 billion US dollars',
    '4.5 bn USD',
    'USD 4.5 bn',
    '640 million euros',
    "CHF 1'250 million",
    "USD 1'480 million",
    "'24A",
    '2030E',
    'US$ billions, constant 2023 prices',
    '10x',
    '3 out of 4 companies',
    'up to 40% faster',
    '万亿元',
    '2024-2030E CAGR为',
    '同比+23.5%',
    'yoy+',
    '目标价',
    '预算金额（万元）',
    '億港元',
    '澳門元',
    '按年',
    '家人们',
    '老铁',
    '同比增長',
    '委員：',
    '部長：',
    '年複合成長率',
    '**1,234.5**',
    '612.4¹',
    '€ thousand',
    'CAGR 2024-30',
    'Market size (USD m)',
    '单位：亿元',
    'n/a',
    'Notes:',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 132
#: figures, 48 rates, 69 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 184, "rates_found": 48, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset267.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
