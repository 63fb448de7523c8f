"""A two-hundred-and-sixty-sixth check set for the extractor, written blind: AI in locks, doors, windows and access
control: AI face and palm recognition access control in offices and housing estates, AI-enabled smart locks, AI video
verification for door entry systems, AI predictive maintenance of automatic doors and gates, AI defect inspection in
window and door manufacturing; sized in money by research houses, security-industry associations, housing ministries,
lock makers' capital-markets days and brokers, in the US, Canada, the UK, Germany, Sweden, the Netherlands, Israel,
Japan, South Korea, Singapore, mainland China, Taiwan and Hong Kong. Distractors: total lock, door or security-products
revenue beside the AI part, counts of locks shipped, doors installed, installers and buildings, a lock's unit price, a
company's own revenue, orders or margin, a funding round and valuation, a quarter's or half-year's figures, survey
percentages, a penetration rate, a renovation subsidy.

Snippets 1-20: Twenty snippets on AI in locks, doors, windows and access control: eight English prose texts (a Chicago
lock maker's NYSE press release with boilerplate and forward-looking statements, a UK executive summary with footnote
markers, a Paris agency's English release on Germany with space thousands separators and bn€/M€, a numbered post thread
on Sweden, an encyclopedia paragraph on Israel with citation brackets, a Singapore email newsletter with bullets and
emoji, a US keynote recap with today's $1.9B, a Mumbai consultancy's FY note on South Korea in US$ mn), seven Chinese
prose texts (full-width digits, a Hong Kong association's statement with 二〇二四年 years, a 微信公众号 article, a 知乎 answer with
三十五点六亿元, a Hong Kong-listed lock maker's 管理層討論與分析, a Hong Kong trade-council release in 億港元 and 百萬港元, a Taiwan
institute's release in 新台幣億元) and five tables (a LaTeX tabular for Germany, a reStructuredText grid table for Japan, a
US Markdown table with $B/$M cells and a CAGR row, a Chinese Markdown table with 规模（亿元） and 同比, a space-aligned regional
table with group subtotals). Left out: lock makers' own revenue, margins and orders, a funding round and valuation,
counts of locks, buildings, installers, factories and attendees, lock prices, survey and penetration percentages,
renovation subsidies, quarterly exports and spending, whole lock, door and security markets, rupee and won asides,
datelines, footnote pages and issue numbers. Inconsistent: 3, 7, 12, 14, 16, 19. Only by rounding: 1, 2, 6, 9, 13, 15,
17, 19, 20.

Snippets 21-40: Twenty snippets on AI in locks, doors, windows and access control: eight English prose texts (a press
release with a By the numbers box, a lock maker's chairman's statement, a webinar's slide text, a trade item with the
currency after the number, a Swiss release with apostrophe separators, a Korean analyst's note with A and E years, an
agency's chapter at constant prices, a vendor's marketing page), seven Chinese prose texts (a 人民日报-style item, a 券商研报
摘要, a 招标公告 quoting a 白皮书, a Macau newspaper item in 億港元, a 直播 transcript, a Hong Kong listed company's 公告, a Taiwan 立法院
質詢 record) and five tables (a Markdown table with bold totals and footnote markers, a Markdown table in € thousand with
a CAGR column, a quoted CSV, a Chinese table under 单位：亿元 with its 合计 row first, a tab-separated Hong Kong table with n/a
cells). Left out: datelines, slide, table and session numbers, company revenue, dividends, margins and headcounts,
quarters, price targets, unit prices, survey and penetration percentages, counts of readers, locks, doors, sites and
installers, the total security, lock and door markets, renovation subsidies, procurement budgets, the Macau market in
patacas, a GDP share. Inconsistent: 22 (CAGR), 26 (CAGR), 27 (year-on-year rate), 35 (CAGR), 37 (the 2025 total), 39
(the 2024 合计). Only by rounding: 21 (share), 23 (share), 28 (CAGR), 29 (the 2025 rate), 32 (year-on-year rate), 36 (the
2025E total), 38 (the 2024 total), 40 (the 2025F total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago lock maker's newswire press release "(NYSE: BGSS)" with a dateline, an "About" paragraph and a
    #    forward-looking-statements paragraph: the US market for AI face and palm recognition access control in 2023
    #    and 2024 with a YoY rate, a 2030 forecast with a CAGR over a printed span, and a part (palm recognition
    #    readers, in USD million) whose 22.7% share holds only by rounding. Expected nowhere: the dateline, the 640
    #    property managers and their 58%, the 4,800 buildings, Brightgate's $2.14 billion net sales and 17.6% margin,
    #    the founding year, the 9,300 employees and 2,100 dealers, the 350 dealers and the years 2025-2027 and 2026 of
    #    the forward-looking statements.
    dict(
        text=(
            "CHICAGO, March 18, 2025 /Wirefront/ -- Brightgate Security Systems, Inc. (NYSE: BGSS), a maker of "
            "commercial locks and access control hardware, today released a study it commissioned from Harlow & Finch "
            "Research on AI face and palm recognition access control in US offices and apartment buildings. The study "
            "sizes the US market at $1.38 billion in 2024, up 19.0% from $1.16 billion in 2023, and forecasts $3.05 "
            "billion by 2030, a compound annual growth rate of 14.1% over 2024-2030. Palm recognition readers made up "
            "$312 million of the 2024 total, or 22.7%. The researchers surveyed 640 property managers, 58% of whom "
            "plan to replace card readers within three years.\n"
            "\"Our dealers fitted AI readers in more than 4,800 buildings last year,\" said Dana Whitcomb, "
            "Brightgate's "
            "chief executive. Brightgate reported fiscal 2024 net sales of $2.14 billion and an adjusted operating "
            "margin of 17.6%.\n"
            "About Brightgate Security Systems\n"
            "Founded in 1921 and based in Chicago, Brightgate employs about 9,300 people and sells through 2,100 "
            "authorized dealers in North America.\n"
            "Forward-Looking Statements\n"
            "This release contains forward-looking statements, including statements about Brightgate's plan to add "
            "350 dealers between 2025 and 2027 and its financial targets for fiscal 2026. Actual results may differ "
            "materially from those expressed or implied, and Brightgate undertakes no obligation to update them."
        ),
        obs=[
            ("Total", 2023, 1.16, "USD billion", "actual"),
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2030, 3.05, "USD billion", "estimate"),
            ("Palm recognition readers", 2024, 312, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("cagr", 14.1, "percent", 2024, 2030, None, "stated"),
            ("share", 22.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.38 / 1.16) ** (1 / 1) - 1 = 18.97% -> 19.0
            ("cagr|implied", "exact"),  # (3.05 / 1.38) ** (1 / 6) - 1 = 14.13% -> 14.1
            # 312 / 1,380 = 22.61% -> 22.6, not 22.7; bounds 311.5 / 1,385 = 22.49%, 312.5 / 1,375 = 22.73% -> 22.7
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. UK research house's executive summary with footnote markers right after the figures ("£214.6 million¹",
    #    "14.0%³") and the footnotes printed at the end with their own years and page numbers: UK AI video verification
    #    for door entry systems in 2024, a 2031 forecast whose 14.0% CAGR holds only by rounding, and the social
    #    housing part with its share. Expected nowhere: the footnote markers and numbers, the footnotes' fieldwork
    #    months and years, the 2025-2031 model's years and the page numbers, the £1.2 billion door entry systems
    #    market, the 2.9 million door entry panels.
    dict(
        text=(
            "Executive summary\n"
            "UK spending on AI video verification for door entry systems, meaning video intercoms that match a "
            "visitor's face or a courier's parcel label before the door is released, reached £214.6 million¹ in 2024. "
            "We forecast £539 million² by 2031, a compound annual growth rate of 14.0%³ over 2024-2031. Social housing "
            "landlords accounted for £71.3 million⁴ of the 2024 spending, a 33.2% share. For comparison, the wider UK "
            "door entry systems market is worth about £1.2 billion, and some 2.9 million door entry panels are fitted "
            "to blocks of flats across the country.\n"
            "¹ Ravensworth Analytics installer panel, fieldwork October 2024 to January 2025, p. 12.\n"
            "² Ravensworth base-case forecast, 2025-2031 model, p. 27.\n"
            "³ Calculated on the 2024 and 2031 values; see methodology, p. 41.\n"
            "⁴ Housing associations and local authorities, 2024 returns, p. 19."
        ),
        obs=[
            ("Total", 2024, 214.6, "GBP million", "actual"),
            ("Total", 2031, 539, "GBP million", "estimate"),
            ("Social housing landlords", 2024, 71.3, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2024, 2031, None, "stated"),
            ("share", 33.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (539 / 214.6) ** (1 / 7) - 1 = 14.06% -> 14.1, not 14.0; bounds (538.5 / 214.65) ** (1/7) - 1 = 14.04%,
            # (539.5 / 214.55) ** (1/7) - 1 = 14.08% -> 14.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 71.3 / 214.6 = 33.22% -> 33.2
        ],
    ),
    # 3. Paris economic agency's release in English on Germany, with spaces as thousands separators ("€1 250 million",
    #    "1 150 installers") and "bn€" / "M€" forms: 2024 (EUR 486 million), a 2030 forecast whose 17.8% CAGR is
    #    reached by no reading, and the automatic door and gate maintenance part (138 M€) with its share. Expected
    #    nowhere: the dateline, the 6.4 bn€ lock, door hardware and access control sector, the 1 150 installers, the
    #    41 million dwellings, the study's €2 480 000 cost, the 2026 update.
    dict(
        text=(
            "Paris, 4 February 2025 - The Agence Orléane d'Études Économiques (AOEE) today published its study of "
            "artificial intelligence in German building access. The German market for AI-enabled access control and "
            "smart locks reached EUR 486 million in 2024 and should reach €1 250 million in 2030, a compound annual "
            "growth rate of 17.8% over 2024-2030, according to the agency. AI predictive maintenance of automatic "
            "doors and gates accounted for 138 M€ in 2024, or 28.4% of the market. By comparison, the German lock, "
            "door hardware and access control sector as a whole generated 6.4 bn€. The agency interviewed 1 150 "
            "installers and notes that Germany counts some 41 million dwellings. The study, which cost €2 480 000, "
            "will be updated in 2026."
        ),
        obs=[
            ("Total", 2024, 486, "EUR million", "actual"),
            ("Total", 2030, 1250, "EUR million", "estimate"),
            ("AI predictive maintenance of automatic doors and gates", 2024, 138, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("share", 28.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1,250 / 486) ** (1 / 6) - 1 = 17.05% -> 17.1, not 17.8; bounds (1,249.5 / 486.5) ** (1/6) - 1 = 17.02%,
            # (1,250.5 / 485.5) ** (1/6) - 1 = 17.08% -> 17.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 138 / 486 = 28.40% -> 28.4
        ],
    ),
    # 4. Thread of five numbered posts ("1/5" ... "5/5") with hashtags and @handles, one figure per post, on Sweden's
    #    AI face and palm recognition access control (in euros): 2024, the 2023 base with a YoY rate, a 2029 forecast
    #    with a CAGR over a printed span. Expected nowhere: the post numbers, the 62% of housing associations and the
    #    2027 of their plans (a survey), the 1.1 million fob readers, the 38 pages, the €45M funding round and the
    #    €380M valuation.
    dict(
        text=(
            "1/5 New numbers on AI door access in Swedish housing. @ScandiaPropData puts Sweden's market for AI face "
            "and palm recognition access control in apartment blocks and offices at €174M in 2024. #proptech "
            "#accesscontrol\n"
            "2/5 That is up 23.4% from €141M in 2023, driven by tenant-owner associations swapping key fobs for face "
            "readers. #Sweden\n"
            "3/5 Their forecast: €410M by 2029, an 18.7% CAGR over 2024-29. @nordlock_insights is more bullish but "
            "uses another definition.\n"
            "4/5 Context: 62% of the housing associations they surveyed plan to upgrade door entry by 2027, and "
            "roughly 1.1 million fob readers are still in use.\n"
            "5/5 Full 38-page report via @ScandiaPropData. Also this week smart-lock start-up Lindqvarn raised €45M "
            "at a €380M valuation. #smartlocks #AI"
        ),
        obs=[
            ("Total", 2023, 141, "EUR million", "actual"),
            ("Total", 2024, 174, "EUR million", "actual"),
            ("Total", 2029, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (174 / 141) ** (1 / 1) - 1 = 23.40% -> 23.4
            ("cagr|implied", "exact"),  # (410 / 174) ** (1 / 5) - 1 = 18.70% -> 18.7
        ],
    ),
    # 5. Encyclopedia-style paragraph on Israel with citation brackets right after the figures ("[12]", "[13][14]") and
    #    a "[citation needed]" tag: 2023 and 2024 with a YoY rate, a 2030 projection with a CAGR over a printed span.
    #    Expected nowhere: the citation numbers, the 60% of new Tel Aviv projects (a penetration rate), the 4,500
    #    people and 120 companies, the US$52 million funding round and the US$430 million valuation.
    dict(
        text=(
            "AI access control in Israel\n"
            "The Israeli market for artificial-intelligence-based access control, which covers face recognition "
            "turnstiles, palm readers and AI video verification at building entrances, was valued at US$318 million "
            "in 2023[12] and US$366 million in 2024,[13][14] an increase of 15.1%.[13] Analysts at the Tel Aviv firm "
            "Carmel Vantage project the market to reach US$720 million by 2030, a compound annual growth rate of 11.9% "
            "for 2024–2030.[15] Office towers account for most installations, and about 60% of new residential "
            "projects in Tel Aviv include AI door entry.[citation needed] The sector employs roughly 4,500 people in "
            "some 120 companies.[16] In 2024 the Herzliya start-up Ofek Vision raised US$52 million in a funding round "
            "that valued it at US$430 million.[17]"
        ),
        obs=[
            ("Total", 2023, 318, "USD million", "actual"),
            ("Total", 2024, 366, "USD million", "actual"),
            ("Total", 2030, 720, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 15.1, "percent", 2023, 2024, 1.0),
            ("cagr", 11.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (366 / 318) ** (1 / 1) - 1 = 15.09% -> 15.1
            ("cagr|implied", "exact"),  # (720 / 366) ** (1 / 6) - 1 = 11.94% -> 11.9
        ],
    ),
    # 6. Singapore email newsletter with a subject line, "•" bullets with 📈 and 💡 before them and an unsubscribe
    #    footer: 2023 and 2024 with a YoY rate that holds only by rounding, a 2030 forecast with a CAGR over a
    #    printed span, the condominium part with its share. Expected nowhere: the issue number 87, the 14% penetration
    #    rate, the S$3,000 renovation grant, the S$890 lock price, the 3-minute read time, the 12,400 readers, the
    #    postal address.
    dict(
        text=(
            "Subject: Door Tech Weekly #87 - Singapore's AI access market tops US$96M\n"
            "From: Door Tech Weekly <newsletter@doortechweekly.example>\n"
            "Hi there,\n"
            "Here's what caught our eye this week:\n"
            "📈 • Singapore's market for AI face and palm recognition access control in offices and condominiums "
            "reached US$96.4 million in 2024, up 18.6% from US$81.2 million in 2023, according to Merlion Spire "
            "Research.\n"
            "📈 • Merlion Spire expects US$212 million by 2030, a CAGR of 14.0% between 2024 and 2030.\n"
            "💡 • Condominium estates made up US$27.5 million of the 2024 figure, or 28.5%.\n"
            "💡 • Penetration is still low: AI readers guard only 14% of private estates' entrances.\n"
            "• A town council renovation grant now covers up to S$3,000 per flat for door and lock upgrades, and a "
            "face-unlock smart lock costs about S$890 installed.\n"
            "Read time: 3 min. You are receiving this because you subscribed to Door Tech Weekly (12,400 readers).\n"
            "Unsubscribe - Update preferences - 8 Marina View, #14-02, Singapore 018960"
        ),
        obs=[
            ("Total", 2023, 81.2, "USD million", "actual"),
            ("Total", 2024, 96.4, "USD million", "actual"),
            ("Total", 2030, 212, "USD million", "estimate"),
            ("Condominium estates", 2024, 27.5, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("cagr", 14.0, "percent", 2024, 2030, None, "stated"),
            ("share", 28.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (96.4 / 81.2) ** (1 / 1) - 1 = 18.72% -> 18.7, not 18.6; bounds 96.35 / 81.25 - 1 = 18.58%,
            # 96.45 / 81.15 - 1 = 18.85% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (212 / 96.4) ** (1 / 6) - 1 = 14.04% -> 14.0
            ("arithmetic", "exact"),  # 27.5 / 96.4 = 28.53% -> 28.5
        ],
    ),
    # 7. Conference keynote recap dated October 9, 2025: US AI-enabled smart locks as "a $4.5B opportunity by 2028"
    #    from "today's $1.9B" (2025, the recap's year, an estimate as the year is not over), and a yearly growth rate
    #    whose span only the years of its amounts give (inferred), reached by no reading. Expected nowhere: the
    #    date, the expo's year, the 3,200 attendees, Keyvance's own $612 million revenue and 2.3 million locks
    #    shipped, the $249 average lock price, the 44% of renters (a survey), the 640 exhibitors.
    dict(
        text=(
            "Keynote recap: SecureBuild Expo 2025, Las Vegas, October 9, 2025\n"
            "Before a packed hall of about 3,200 attendees, Keyvance chief executive Priya Raman called AI-enabled "
            "smart locks for US homes and apartments \"a $4.5B opportunity by 2028\", up from today's $1.9B. She said "
            "the market would compound at 31% a year to get there, as face unlock and AI video verification at the "
            "front door move from luxury rentals into mainstream housing. Keyvance itself booked $612 million in "
            "revenue last year and shipped 2.3 million locks, at an average selling price of $249. Raman also showed "
            "a survey in which 44% of renters said they would pay more for face unlock. The expo floor counted 640 "
            "exhibitors this year."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2028, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (4.5 / 1.9) ** (1 / 3) - 1 = 33.30% -> 33, not 31; bounds (4.45 / 1.95) ** (1/3) - 1 = 31.66%,
            # (4.55 / 1.85) ** (1/3) - 1 = 34.98% -> 31 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 8. Mumbai consultancy's sector note (dated 14 July 2026) on South Korea in US$ with FY forms: "US$ 538 mn" in
    #    FY24, "US$ 640 mn" in FY25 with a YoY rate, "US$ 1.46 bn" in FY2030E (in the series' unit: 1460) with a CAGR
    #    over a printed span. Expected nowhere: the date, the ₹1,150 crore Indian market and the ₹2.4 lakh crore
    #    building-products industry (rupees), the KRW 890 billion (won), the 1,900 factories and their 23%, the 14
    #    listed suppliers, the 21x FY27E multiple, the 18% upside.
    dict(
        text=(
            "Vantara Advisory, Mumbai - Sector Note, 14 July 2026\n"
            "South Korea: AI defect inspection in window and door manufacturing\n"
            "We size South Korea's market for AI vision inspection of window frames, door leaves and glazing units at "
            "US$ 640 mn in FY25, up 19.0% from US$ 538 mn in FY24, roughly KRW 890 billion at the average exchange "
            "rate. We expect US$ 1.46 bn by FY2030E, a CAGR of 17.9% over FY25-FY30E. For perspective, the comparable "
            "Indian market is still small at about ₹1,150 crore, within a domestic building-products industry of "
            "roughly ₹2.4 lakh crore. Korea has some 1,900 window and door factories, of which about 23% use any "
            "machine vision today. Our coverage universe of 14 listed suppliers trades at 21x FY27E earnings, and our "
            "top pick carries a target price implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 538, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "actual"),
            ("Total", 2030, 1460, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2024, 2025, 1.0),
            ("cagr", 17.9, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 538) ** (1 / 1) - 1 = 18.96% -> 19.0
            ("cagr|implied", "exact"),  # (1,460 / 640) ** (1 / 5) - 1 = 17.93% -> 17.9
        ],
    ),
    # 9. Simplified Chinese industry item with full-width digits and punctuation in the figures ("４８．６亿元",
    #    "２１．３％"): 2024 with a 同比 rate that holds only by rounding and the 2023 base, a 2027 forecast with a CAGR
    #    over a printed span. Expected nowhere: the 12.6万 estates retrofitted, the 3200元 unit price, the 67% of
    #    property firms (a survey) and their two years, a maker's 11.2亿元 own revenue.
    dict(
        text=(
            "【智慧社区】据华衡产业研究院发布的《中国社区人脸识别门禁市场监测报告》，２０２４年我国住宅小区AI人脸识别门禁市场"
            "规模达到４８．６亿元，同比增长２１．３％，２０２３年为４０．１亿元。报告预计，到２０２７年市场规模将达到８６．９亿元，"
            "２０２４—２０２７年年均复合增长率为２１．４％。截至２０２４年底，全国已有约１２．６万个小区完成门禁智能化改造，单套"
            "门禁设备均价约３２００元；受访物业企业中有６７％计划在未来两年内升级门禁系统。某头部厂商２０２４年门禁业务营收"
            "１１．２亿元。"
        ),
        obs=[
            ("Total", 2023, 40.1, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 86.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (48.6 / 40.1) ** (1 / 1) - 1 = 21.20% -> 21.2, not 21.3; bounds 48.55 / 40.15 - 1 = 20.92%,
            # 48.65 / 40.05 - 1 = 21.47% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (86.9 / 48.6) ** (1 / 3) - 1 = 21.37% -> 21.4
        ],
    ),
    # 10. Hong Kong security-technology association's statement (Traditional) in an official tone with years in
    #     Chinese numerals (二〇二三年, 二〇二四年, 二〇三〇年) and amounts in Arabic digits, in 億港元: 2024 with its rate
    #     over 2023, a 2030 forecast with a CAGR over a printed span. Expected nowhere: the report title's 二〇二五年,
    #     the 4,300 buildings, the 2.1萬 practitioners, the 600萬港元 building renovation subsidy.
    dict(
        text=(
            "香港樓宇保安科技協會今日公布《二〇二五年行業概況》。協會估計，二〇二四年本港住宅及商業樓宇人工智能門禁系統"
            "（包括人臉識別及掌靜脈識別）市場規模為12.6億港元，較二〇二三年的10.9億港元增長15.6%。協會預計，至二〇三〇年"
            "市場規模將達29.8億港元，二〇二四年至二〇三〇年的年均複合增長率為15.4%。截至二〇二四年底，全港約有4,300幢"
            "私人住宅大廈已安裝人工智能門禁，業界從業員約2.1萬人。另外，政府的樓宇更新資助計劃為每幢合資格大廈提供最多"
            "600萬港元資助。"
        ),
        obs=[
            ("Total", 2023, 10.9, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2030, 29.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.9) ** (1 / 1) - 1 = 15.60% -> 15.6
            ("cagr|implied", "exact"),  # (29.8 / 12.6) ** (1 / 6) - 1 = 15.43% -> 15.4
        ],
    ),
    # 11. 微信公众号 article (Simplified) with emoji, 敲黑板 and 划重点 and a "数据来源：" line: China's AI smart lock market
    #     in 2024, the 3D face recognition part whose 38.8% share holds only by rounding, a 2025 forecast with 同比.
    #     Expected nowhere: the 2150万套 shipments, the 1580元 average price, the 18% fitting rate (a penetration
    #     rate), a brand's 3亿元 "618" sales and its 45%, the white paper's title year.
    dict(
        text=(
            "🔥AI智能门锁，下一个百亿赛道？\n"
            "敲黑板！先说结论👇\n"
            "划重点①：2024年中国AI智能门锁市场规模达到186.4亿元，其中搭载3D结构光人脸识别的AI门锁规模为72.2亿元，"
            "占比38.8%。\n"
            "划重点②：预计2025年市场规模将达到223亿元，同比增长19.6%。\n"
            "💡另外，2024年智能门锁全渠道出货量约2150万套，线上均价约1580元，AI门锁在新房精装修市场的配套率约为18%。"
            "某品牌“618”期间销售额突破3亿元，同比增长45%。\n"
            "👉觉得有用就点个“在看”吧～\n"
            "数据来源：青鸾智库《2025中国智能门锁行业白皮书》"
        ),
        obs=[
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("搭载3D结构光人脸识别的AI门锁", 2024, 72.2, "CNY 100 million", "actual"),
            ("Total", 2025, 223, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.8, "percent", 2024, 2024, None),
            ("growth", 19.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 72.2 / 186.4 = 38.73% -> 38.7, not 38.8; bounds 72.15 / 186.45 = 38.70%, 72.25 / 186.35 = 38.77% ->
            # 38.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (223 / 186.4) ** (1 / 1) - 1 = 19.64% -> 19.6
        ],
    ),
    # 12. 知乎-style answer (Simplified) opening with 谢邀 and 利益相关: China's AI predictive maintenance of automatic
    #     doors and barrier gates in 2024 written wholly in Chinese numerals (大约是三十五点六亿元, expected at its
    #     printed figure) and a 2028 forecast in digits, with a CAGR over a printed span reached by no reading.
    #     Expected nowhere: the six years, the 1200万樘 doors, the 八九百块 controller price, the 2亿元 funding round and
    #     the 15亿元 valuation, the edit date.
    dict(
        text=(
            "谢邀。利益相关：在一家做自动门控制器的公司干了六年，说点行内人的看法。\n"
            "先上数据。按照澄岳咨询的口径，2024年国内自动门和道闸的AI预测性维护市场规模大约是三十五点六亿元，他们预计"
            "2028年能到78.2亿元，2024到2028年的复合增速写的是23.5%。说实话这个增速我自己拿计算器按了一下，对不上，"
            "大家引用的时候留个心眼。\n"
            "再说点背景：全国自动门保有量大概1200万樘，道闸另算；一台平移门控制器出厂价也就八九百块。去年有家做门控AI的"
            "创业公司融了2亿元，投后估值15亿元，说明资本还是看好的。\n"
            "编辑于 2025-03-02"
        ),
        obs=[
            ("Total", 2024, 35.6, "CNY 100 million", "actual"),
            ("Total", 2028, 78.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (78.2 / 35.6) ** (1 / 4) - 1 = 21.74% -> 21.7, not 23.5; bounds (78.15 / 35.65) ** (1/4) - 1 = 21.68%,
            # (78.25 / 35.55) ** (1/4) - 1 = 21.80% -> 23.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Hong Kong-listed lock maker's 年報 管理層討論與分析 excerpt (Traditional) quoting a made-up consultancy (據睿衡諮詢):
    #     China's AI face recognition access control and smart lock market in 2024 and a 2029 forecast, whose 21.3%
    #     CAGR holds only by rounding. Expected nowhere: the year-end date, the group's own 營業收入 人民幣18.6億元 and its
    #     同比 12.4%, the 38.2% gross margin and 1.6 percentage points, the 310萬套 locks delivered, the 1,800 projects.
    dict(
        text=(
            "管理層討論與分析\n"
            "行業概覽\n"
            "據獨立市場研究機構睿衡諮詢的資料，中國AI人臉識別門禁及智能門鎖市場規模預計將由2024年的人民幣152.3億元增長"
            "至2029年的人民幣399億元，2024年至2029年的年複合增長率為21.3%，主要受惠於住宅小區門禁改造及精裝修房配套率"
            "提升。\n"
            "業務回顧\n"
            "截至2024年12月31日止年度，本集團營業收入為人民幣18.6億元，同比增長12.4%；毛利率為38.2%，較上年上升1.6個"
            "百分點。年內本集團交付智能門鎖約310萬套，服務住宅項目逾1,800個。"
        ),
        obs=[
            ("Total", 2024, 152.3, "CNY 100 million", "actual"),
            ("Total", 2029, 399, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (399 / 152.3) ** (1 / 5) - 1 = 21.24% -> 21.2, not 21.3; bounds (398.5 / 152.35) ** (1/5) - 1 = 21.20%,
            # (399.5 / 152.25) ** (1/5) - 1 = 21.28% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong trade council's press release (Traditional) in 億港元 and 百萬港元 with 按年增長 / 按年上升: 2024 with
    #     its rate over 2023, the AI video-verification door intercom part (532百萬港元, HKD million) whose 29.8% share
    #     is reached by no reading. Expected nowhere: the release date, the first quarter's 1,265百萬港元 exports and
    #     their 8.3% (a quarter), the 18 countries and regions, the 420 exhibitors, the 2萬 buyers.
    dict(
        text=(
            "香港智能建築貿易發展局新聞稿（2025年4月16日）\n"
            "貿發局今日公布的研究顯示，2024年香港智能門鎖及人工智能門禁市場規模為18.4億港元，按年增長16.5%，2023年為"
            "15.8億港元。其中，具人工智能視像核證功能的門口對講系統銷售額達532百萬港元，佔整體市場29.8%。另外，本港今年"
            "首季智能門鎖出口額為1,265百萬港元，按年上升8.3%。今年的香港國際保安科技展將有來自18個國家及地區約420家"
            "展商參展，預計吸引逾2萬名買家。"
        ),
        obs=[
            ("Total", 2023, 15.8, "HKD 100 million", "actual"),
            ("Total", 2024, 18.4, "HKD 100 million", "actual"),
            ("具人工智能視像核證功能的門口對講系統", 2024, 532, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("share", 29.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 15.8) ** (1 / 1) - 1 = 16.46% -> 16.5
            # 532 / 1,840 = 28.91% -> 28.9, not 29.8; bounds 531.5 / 1,845 = 28.81%, 532.5 / 1,835 = 29.02% -> 29.8
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 15. Taiwan research institute's release (Traditional) in 新台幣億元 with 年增率 and 年複合成長率: Taiwan's AI defect
    #     inspection in window and door manufacturing in 2023 and 2024, whose 18.3% 年增率 holds only by rounding, and
    #     a 2030 forecast with a CAGR over a printed span. Expected nowhere: the (10)日 date, the 新台幣1.2兆元 door,
    #     window and hardware output, the 1,350 firms, the 12% of lines (a penetration rate), the 新台幣1,000萬元
    #     subsidy per case.
    dict(
        text=(
            "財團法人臺灣智慧居安產業研究院今（10）日發布研究指出，臺灣門窗製造業導入AI瑕疵檢測的市場規模2024年達新台幣"
            "32.5億元，年增率18.3%，2023年為27.5億元；預估2030年將成長至新台幣86.0億元，2024至2030年年複合成長率達17.6%。"
            "相較之下，國內門窗及五金產業總產值約新台幣1.2兆元，業者約1,350家，目前僅約12%的產線導入AI檢測。研究院並指出，"
            "經濟部產業升級轉型補助每案最高新台幣1,000萬元，可望加速導入。"
        ),
        obs=[
            ("Total", 2023, 27.5, "TWD 100 million", "actual"),
            ("Total", 2024, 32.5, "TWD 100 million", "actual"),
            ("Total", 2030, 86.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (32.5 / 27.5) ** (1 / 1) - 1 = 18.18% -> 18.2, not 18.3; bounds 32.45 / 27.55 - 1 = 17.79%,
            # 32.55 / 27.45 - 1 = 18.58% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (86.0 / 32.5) ** (1 / 6) - 1 = 17.61% -> 17.6
        ],
    ),
    # 16. LaTeX tabular pasted as text (& separators, \\ line ends, \hline, a caption with the unit, EUR million):
    #     Germany's AI access control by technology, columns 2024, 2025E, 2030E, a Total row: 2024 and 2030E add
    #     exactly, 2025E is off by 5.0 (no reading). Expected nowhere: the table number, the EUR 4.1 billion mechanical
    #     lock and door hardware market, the 2,300 installer interviews.
    dict(
        text=(
            "% pasted from Kessler Marktanalyse, Table 3\n"
            "\\begin{table}[h]\n"
            "\\caption{Germany: AI access control market by technology, EUR million}\n"
            "\\begin{tabular}{l|r|r|r}\n"
            "\\hline\n"
            "Technology & 2024 & 2025E & 2030E \\\\\n"
            "\\hline\n"
            "AI face recognition access control & 212.4 & 251.8 & 538.6 \\\\\n"
            "AI palm vein access control & 46.7 & 58.9 & 161.2 \\\\\n"
            "AI video verification for door entry & 97.5 & 112.3 & 214.9 \\\\\n"
            "\\hline\n"
            "Total & 356.6 & 428.0 & 914.7 \\\\\n"
            "\\hline\n"
            "\\end{tabular}\n"
            "\\end{table}\n"
            "Note: excludes Germany's EUR 4.1 billion mechanical lock and door hardware market; based on 2,300 "
            "installer interviews."
        ),
        obs=[
            ("AI face recognition access control", 2024, 212.4, "EUR million", "actual"),
            ("AI face recognition access control", 2025, 251.8, "EUR million", "estimate"),
            ("AI face recognition access control", 2030, 538.6, "EUR million", "estimate"),
            ("AI palm vein access control", 2024, 46.7, "EUR million", "actual"),
            ("AI palm vein access control", 2025, 58.9, "EUR million", "estimate"),
            ("AI palm vein access control", 2030, 161.2, "EUR million", "estimate"),
            ("AI video verification for door entry", 2024, 97.5, "EUR million", "actual"),
            ("AI video verification for door entry", 2025, 112.3, "EUR million", "estimate"),
            ("AI video verification for door entry", 2030, 214.9, "EUR million", "estimate"),
            ("Total", 2024, 356.6, "EUR million", "actual"),
            ("Total", 2025, 428.0, "EUR million", "estimate"),
            ("Total", 2030, 914.7, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 212.4 + 46.7 + 97.5 = 356.6
            # 2025E: 251.8 + 58.9 + 112.3 = 423.0, not 428.0; parts at most 423.15 and the total at least 427.95 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2030E: 538.6 + 161.2 + 214.9 = 914.7
        ],
    ),
    # 17. reStructuredText grid table (+---+ borders, | cells, +===+ under the header row) from a broker's notes on lock
    #     makers' capital-markets days: Japan's AI-enabled smart locks by building type in JPY billion, columns 2023,
    #     2024, 2025F, a Total row: 2023 and 2025F add exactly, 2024 only by rounding. Expected nowhere: the table
    #     number, the 1.26 million locks shipped, the ¥42,000 retail price.
    dict(
        text=(
            "Table 2. Japan: AI-enabled smart locks by building type (JPY billion)\n"
            "\n"
            "+-------------------+-------+-------+-------+\n"
            "| Building type     | 2023  | 2024  | 2025F |\n"
            "+===================+=======+=======+=======+\n"
            "| Condominiums      | 14.6  | 17.9  | 21.8  |\n"
            "+-------------------+-------+-------+-------+\n"
            "| Rental apartments | 6.2   | 7.8   | 9.7   |\n"
            "+-------------------+-------+-------+-------+\n"
            "| Offices           | 9.3   | 11.1  | 13.4  |\n"
            "+-------------------+-------+-------+-------+\n"
            "| Total             | 30.1  | 36.9  | 44.9  |\n"
            "+-------------------+-------+-------+-------+\n"
            "\n"
            "Source: Hoshimura Securities, notes from lock makers' capital-markets days. About 1.26 million "
            "smart locks "
            "were shipped in 2024; a typical face-recognition lock retails at ¥42,000."
        ),
        obs=[
            ("Condominiums", 2023, 14.6, "JPY billion", "actual"),
            ("Condominiums", 2024, 17.9, "JPY billion", "actual"),
            ("Condominiums", 2025, 21.8, "JPY billion", "estimate"),
            ("Rental apartments", 2023, 6.2, "JPY billion", "actual"),
            ("Rental apartments", 2024, 7.8, "JPY billion", "actual"),
            ("Rental apartments", 2025, 9.7, "JPY billion", "estimate"),
            ("Offices", 2023, 9.3, "JPY billion", "actual"),
            ("Offices", 2024, 11.1, "JPY billion", "actual"),
            ("Offices", 2025, 13.4, "JPY billion", "estimate"),
            ("Total", 2023, 30.1, "JPY billion", "actual"),
            ("Total", 2024, 36.9, "JPY billion", "actual"),
            ("Total", 2025, 44.9, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.6 + 6.2 + 9.3 = 30.1
            # 2024: 17.9 + 7.8 + 11.1 = 36.8, not 36.9; parts at most 36.95 and the total at least 36.85 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 21.8 + 9.7 + 13.4 = 44.9
        ],
    ),
    # 18. Markdown table whose cells carry their units ("$860M", "$1.15B"), years as rows and a "CAGR 2024-29" row at
    #     the bottom: US AI smart locks, AI video door entry and Total, each series in USD million (its first printed
    #     unit), so "$1.15B", "$1.40B", "$1.44B", "$1.03B" and "$2.47B" are 1150, 1400, 1440, 1030 and 2470; each year's
    #     row adds exactly and each CAGR holds. Expected nowhere: the title's years, the $11.6B conventional lock sales,
    #     the 5.4 million doorbell cameras, the Q1 2025 $290M (a quarter).
    dict(
        text=(
            "US AI door access spending, 2023-2029 (Northfield Brokerage estimates)\n"
            "| Year | AI smart locks | AI video door entry | Total |\n"
            "|---|---|---|---|\n"
            "| 2023 | $610M | $340M | $950M |\n"
            "| 2024 | $720M | $430M | $1.15B |\n"
            "| 2025F | $860M | $540M | $1.40B |\n"
            "| 2029F | $1.44B | $1.03B | $2.47B |\n"
            "| CAGR 2024-29 | 14.9% | 19.1% | 16.5% |\n"
            "Excludes $11.6B of conventional residential lock sales and the 5.4 million doorbell cameras sold in 2024. "
            "Q1 2025 spending was $290M."
        ),
        obs=[
            ("AI smart locks", 2023, 610, "USD million", "actual"),
            ("AI smart locks", 2024, 720, "USD million", "actual"),
            ("AI smart locks", 2025, 860, "USD million", "estimate"),
            ("AI smart locks", 2029, 1440, "USD million", "estimate"),
            ("AI video door entry", 2023, 340, "USD million", "actual"),
            ("AI video door entry", 2024, 430, "USD million", "actual"),
            ("AI video door entry", 2025, 540, "USD million", "estimate"),
            ("AI video door entry", 2029, 1030, "USD million", "estimate"),
            ("Total", 2023, 950, "USD million", "actual"),
            ("Total", 2024, 1150, "USD million", "actual"),
            ("Total", 2025, 1400, "USD million", "estimate"),
            ("Total", 2029, 2470, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # AI smart locks: (1,440 / 720) ** (1 / 5) - 1 = 14.87% -> 14.9
            ("cagr|implied", "exact"),  # AI video door entry: (1,030 / 430) ** (1 / 5) - 1 = 19.09% -> 19.1
            ("cagr|implied", "exact"),  # Total: (2,470 / 1,150) ** (1 / 5) - 1 = 16.52% -> 16.5
            ("hierarchy", "exact"),  # 2023: 610 + 340 = 950
            ("hierarchy", "exact"),  # 2024: 720 + 430 = 1,150
            ("hierarchy", "exact"),  # 2025F: 860 + 540 = 1,400
            ("hierarchy", "exact"),  # 2029F: 1,440 + 1,030 = 2,470
        ],
    ),
    # 19. Chinese Markdown table with years as rows and columns 规模（亿元） (the market's Total) and 同比, a 注： line
    #     below: China's AI defect inspection in window and door manufacturing, 2021-2026E; the 2024 同比 is reached by
    #     no reading and the 2025E one only by rounding. Expected nowhere: the title's years, the 6200亿元 industry
    #     revenue, the 1.8万 firms.
    dict(
        text=(
            "中国门窗制造AI缺陷检测市场规模（2021-2026E）\n"
            "| 年份 | 规模（亿元） | 同比 |\n"
            "|---|---|---|\n"
            "| 2021 | 8.6 | — |\n"
            "| 2022 | 11.4 | 32.6% |\n"
            "| 2023 | 14.7 | 28.9% |\n"
            "| 2024 | 18.9 | 29.6% |\n"
            "| 2025E | 23.5 | 24.6% |\n"
            "| 2026E | 28.7 | 22.1% |\n"
            "注：2025E、2026E为预测值；数据来源：岭川证券研究所。门窗行业规模以上企业营业收入约6200亿元、相关企业约1.8万家，"
            "不在统计口径内。"
        ),
        obs=[
            ("Total", 2021, 8.6, "CNY 100 million", "actual"),
            ("Total", 2022, 11.4, "CNY 100 million", "actual"),
            ("Total", 2023, 14.7, "CNY 100 million", "actual"),
            ("Total", 2024, 18.9, "CNY 100 million", "actual"),
            ("Total", 2025, 23.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 28.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2021, 2022, 1.0),
            ("growth", 28.9, "percent", 2022, 2023, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
            ("growth", 22.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.4 / 8.6 - 1 = 32.56% -> 32.6
            ("cagr|implied", "exact"),  # 14.7 / 11.4 - 1 = 28.95% -> 28.9 (28.947)
            # 18.9 / 14.7 - 1 = 28.57% -> 28.6, not 29.6; bounds 18.85 / 14.75 - 1 = 27.80%, 18.95 / 14.65 - 1 = 29.35%
            # -> 29.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            # 23.5 / 18.9 - 1 = 24.34% -> 24.3, not 24.6; bounds 23.45 / 18.95 - 1 = 23.75%, 23.55 / 18.85 - 1 = 24.93%
            # -> 24.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 28.7 / 23.5 - 1 = 22.13% -> 22.1
        ],
    ),
    # 20. Space-aligned table with thousands separators from a lock maker's capital-markets day pack: region group
    #     headers alone on a line ("Americas", "Europe", "Asia-Pacific"), indented country rows, a subtotal per group
    #     and a Total, in USD million, columns 2024 and 2025E: 2024 adds exactly, 2025E only by rounding (subtotals add
    #     to 3,437.0 against a printed 3,437.1). Expected nowhere: the table and slide numbers, the 4.8 million locks
    #     shipped, the USD 9,870 million lock revenue of the five largest makers.
    dict(
        text=(
            "Table 5: AI-enabled smart locks and access control revenue by region (USD million; 2025E = estimate)\n"
            "\n"
            "Region                        2024        2025E\n"
            "Americas\n"
            "    United States          1,412.6      1,618.9\n"
            "    Canada                   163.8        189.2\n"
            "  Americas subtotal        1,576.4      1,808.1\n"
            "Europe\n"
            "    United Kingdom           268.3        305.6\n"
            "    Germany                  331.7        377.4\n"
            "    Netherlands               94.2        108.9\n"
            "    Sweden                    77.5         89.6\n"
            "  Europe subtotal            771.7        881.5\n"
            "Asia-Pacific\n"
            "    Japan                    402.9        458.3\n"
            "    South Korea              188.4        217.7\n"
            "    Singapore                 61.3         71.4\n"
            "  Asia-Pacific subtotal      652.6        747.4\n"
            "Total                      3,000.7      3,437.1\n"
            "\n"
            "Source: Ostermalm Lock Group capital-markets day, slide 14. Excludes the 4.8 million locks shipped and "
            "the USD 9,870 million total lock revenue of the five largest makers."
        ),
        obs=[
            ("United States", 2024, 1412.6, "USD million", "actual"),
            ("United States", 2025, 1618.9, "USD million", "estimate"),
            ("Canada", 2024, 163.8, "USD million", "actual"),
            ("Canada", 2025, 189.2, "USD million", "estimate"),
            ("Americas subtotal", 2024, 1576.4, "USD million", "actual"),
            ("Americas subtotal", 2025, 1808.1, "USD million", "estimate"),
            ("United Kingdom", 2024, 268.3, "USD million", "actual"),
            ("United Kingdom", 2025, 305.6, "USD million", "estimate"),
            ("Germany", 2024, 331.7, "USD million", "actual"),
            ("Germany", 2025, 377.4, "USD million", "estimate"),
            ("Netherlands", 2024, 94.2, "USD million", "actual"),
            ("Netherlands", 2025, 108.9, "USD million", "estimate"),
            ("Sweden", 2024, 77.5, "USD million", "actual"),
            ("Sweden", 2025, 89.6, "USD million", "estimate"),
            ("Europe subtotal", 2024, 771.7, "USD million", "actual"),
            ("Europe subtotal", 2025, 881.5, "USD million", "estimate"),
            ("Japan", 2024, 402.9, "USD million", "actual"),
            ("Japan", 2025, 458.3, "USD million", "estimate"),
            ("South Korea", 2024, 188.4, "USD million", "actual"),
            ("South Korea", 2025, 217.7, "USD million", "estimate"),
            ("Singapore", 2024, 61.3, "USD million", "actual"),
            ("Singapore", 2025, 71.4, "USD million", "estimate"),
            ("Asia-Pacific subtotal", 2024, 652.6, "USD million", "actual"),
            ("Asia-Pacific subtotal", 2025, 747.4, "USD million", "estimate"),
            ("Total", 2024, 3000.7, "USD million", "actual"),
            ("Total", 2025, 3437.1, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 1,412.6 + 163.8 = 1,576.4; 268.3 + 331.7 + 94.2 + 77.5 = 771.7; 402.9 + 188.4 + 61.3 = 652.6;
            # 1,576.4 + 771.7 + 652.6 = 3,000.7
            ("hierarchy", "exact"),
            # 2025E: 1,618.9 + 189.2 = 1,808.1; 305.6 + 377.4 + 108.9 + 89.6 = 881.5; 458.3 + 217.7 + 71.4 = 747.4;
            # 1,808.1 + 881.5 + 747.4 = 3,437.0, not 3,437.1; subtotals at most 3,437.15 (the nine countries at most
            # 3,437.45) and the total at least 3,437.05 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Texas research house's press release with a "By the numbers" box of em-dash lines: the 2024 global market
    #     for AI face and palm recognition access control, a 2030 forecast with a CAGR over a printed span, and palm
    #     recognition's 2024 part whose 26% holds only by rounding. Expected nowhere: the dateline, the report title's
    #     years, the 4.8 million readers shipped, the 62% of facility managers (a survey), the $249 reader price, the
    #     founding year and the 140 analysts.
    dict(
        text=(
            "NEWS RELEASE\n"
            "Austin, Texas, February 18, 2025 - Corridor Insight Partners today released Faces at the Door: AI "
            "Biometric Access Control 2025-2030, a study of face and palm recognition readers and software sold to "
            "office landlords and housing estates.\n"
            "By the numbers\n"
            "$1.24B — global market, 2024\n"
            "$3.2B — global market, 2030\n"
            "17.1% — CAGR, 2024-2030\n"
            "$0.33B — palm recognition, 2024 (26% of the market)\n"
            "4.8 million — biometric readers shipped in 2024\n"
            "62% — facility managers planning a pilot by 2026\n"
            "$249 — average selling price of an entry-level face reader\n"
            "About Corridor Insight Partners: founded in 2011, the firm employs 140 analysts in Austin and Toronto."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
            ("Palm recognition", 2024, 0.33, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 1.24) ** (1 / 6) - 1 = 17.12% -> 17.1
            # 0.33 / 1.24 = 26.61% -> 27, not 26; bounds 0.325 / 1.245 = 26.10%, 0.335 / 1.235 = 27.13% -> 26 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 22. Swedish lock maker's chairman's statement in its annual report quoting Brightwater Consulting: Europe's AI
    #     smart lock market in 2024 (EUR million) and 2029 (printed as EUR 1.95 billion, expected in the series' unit:
    #     1950), with a CAGR over a printed span that no reading reaches. Expected nowhere: the SEK 14.2 billion net
    #     sales, the 6% organic growth, the SEK 4.60 dividend per share, the 9,800 colleagues in 31 countries, the
    #     company's 31% connected-lock sales growth, the 42 housing developers, the signature date.
    dict(
        text=(
            "Chairman's statement\n"
            "Dear shareholders,\n"
            "2024 was a year of steady progress for Norrhamn Security Group. Net sales rose to SEK 14.2 billion, "
            "organic growth was 6%, and the Board proposes a dividend of SEK 4.60 per share. Our 9,800 colleagues in "
            "31 countries delivered this in a soft housing market.\n"
            "The opportunity I find most exciting is intelligence at the door itself. According to Brightwater "
            "Consulting, the European market for AI-enabled smart locks, locks that learn residents' routines and "
            "flag forced-entry attempts, was worth EUR 842 million in 2024 and is expected to reach EUR 1.95 billion "
            "in 2029, a compound annual growth rate of 19.8% over 2024-2029. Our own connected-lock sales grew 31% "
            "last year, and we now supply 42 of Europe's largest housing developers.\n"
            "Johan Ekdahl, Chairman\n"
            "Stockholm, 12 March 2025"
        ),
        obs=[
            ("Total", 2024, 842, "EUR million", "actual"),
            ("Total", 2029, 1950, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1950 / 842) ** (1 / 5) - 1 = 18.29% -> 18.3, not 19.8; bounds (1945 / 842.5) ** (1 / 5) - 1 = 18.22%,
            # (1955 / 841.5) ** (1 / 5) - 1 = 18.36% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Webinar slide text with "Slide N —" headings and verbless bullets: the US market for AI video verification
    #     in door entry systems in 2024 and 2029F with a bare "CAGR: 18.8%" (no span printed, so inferred from the
    #     amounts' years), and multifamily buildings' 2024 part whose 57% holds only by rounding. Expected nowhere:
    #     the webinar date, the slide numbers, the Q1 2025 $0.29B, the 41% of attendees (a poll), the 312
    #     registrants and the 58 minutes.
    dict(
        text=(
            "Webinar transcript: AI Video Verification at the Front Door (Harbourline Research) 9 April 2025\n"
            "Slide 6 — Agenda\n"
            "Slide 7 — US market for AI video verification in door entry systems\n"
            "2024: $1.1B\n"
            "2029F: $2.6B\n"
            "CAGR: 18.8%\n"
            "Slide 8 — Where the money goes\n"
            "Multifamily buildings 2024: $0.62B — 57% of spend\n"
            "Q1 2025: $0.29B ahead of plan\n"
            "Slide 9 — Poll results\n"
            "41% of attendees plan a pilot this year\n"
            "Slide 10 — Questions from 312 registrants in 58 minutes"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
            ("Multifamily buildings", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2029, None, "inferred"),
            ("share", 57, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.1) ** (1 / 5) - 1 = 18.77% -> 18.8
            # 0.62 / 1.1 = 56.36% -> 56, not 57; bounds 0.615 / 1.15 = 53.48%, 0.625 / 1.05 = 59.52% -> 57 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 24. Trade newsletter item with the currency after the number: the global market for AI video verification in
    #     door entry systems in 2024 ("1.26 billion US dollars") and 2030 ("3.1 bn USD") with a CAGR over a printed
    #     span, and apartment buildings' 2024 part ("USD 0.47 bn") with its share. Expected nowhere: the dateline,
    #     Rheinsprech's 640 million euros of revenue, its 1.9 million door stations, the 389-euro list price.
    dict(
        text=(
            "Door entry goes smart (Berlin, 7 May 2025). Berlin-based consultancy Ostwerk Analytik puts the global "
            "market for AI video verification in door entry systems at 1.26 billion US dollars in 2024. It forecasts "
            "3.1 bn USD in 2030, a compound annual growth rate of 16.2% from 2024 to 2030. Apartment buildings are "
            "the largest buyers: they spent USD 0.47 bn in 2024, or 37.3% of the total. Intercom maker Rheinsprech "
            "GmbH, which booked 640 million euros in revenue last year, says 1.9 million of its door stations now "
            "ship with a camera; a basic video door station lists at 389 euros."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
            ("Apartment buildings", 2024, 0.47, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2030, None, "stated"),
            ("share", 37.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.26) ** (1 / 6) - 1 = 16.19% -> 16.2
            ("arithmetic", "exact"),  # 0.47 / 1.26 = 37.30% -> 37.3
        ],
    ),
    # 25. Swiss door-automation group's media release with apostrophes as thousands separators: the global market
    #     for AI predictive maintenance of automatic doors and gates in 2024 and 2030 (USD million) with a CAGR over
    #     a printed span, and Europe's 2024 part with its share. Expected nowhere: the dateline, the SIX ticker, the
    #     CHF 1'250 million sales, the 23'000 doors monitored in 14 countries, the 1'850 employees, the date of the
    #     first-half orders.
    dict(
        text=(
            "Media release\n"
            "Zug, 3 June 2025 - Alpentor Holding AG (SIX: ALPT), which reported sales of CHF 1'250 million for 2024, "
            "today presented a study by its analytics unit on AI predictive maintenance of automatic doors and gates. "
            "The global market for such services reached USD 1'480 million in 2024 and is forecast to grow to USD "
            "3'260 million by 2030, a compound annual growth rate of 14.1% over the period 2024 to 2030. Europe "
            "accounted for USD 618 million, or 41.8% of the 2024 total. Alpentor itself monitors 23'000 doors in 14 "
            "countries and employs 1'850 people. First-half orders will be published on 24 July."
        ),
        obs=[
            ("Total", 2024, 1480, "USD million", "actual"),
            ("Total", 2030, 3260, "USD million", "estimate"),
            ("Europe", 2024, 618, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.1, "percent", 2024, 2030, None, "stated"),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3260 / 1480) ** (1 / 6) - 1 = 14.07% -> 14.1
            ("arithmetic", "exact"),  # 618 / 1480 = 41.76% -> 41.8
        ],
    ),
    # 26. Broker's analyst note on Korea's AI smart locks in US$ with "A" and "E" years and mn/bn: '23A and '24A
    #     with a yoy rate, 2025E, and 2030E (printed US$1.15bn, expected in the series' unit: 1150) with a CAGR over
    #     a printed span that no reading reaches. Expected nowhere: the 14x P/E, the KRW 48,000 target price and its
    #     24% upside, the 2.1mn locks shipped, the 11.2% OP margin, the 1Q25 sales.
    dict(
        text=(
            "Korea access tech: AI smart locks keep compounding\n"
            "We size Korea's AI-enabled smart lock market at US$412mn in '24A, up 21.2% yoy from US$340mn in '23A. "
            "We model US$498mn for 2025E and US$1.15bn by 2030E, a 2024-30E CAGR of 21.5%. Our top pick Hanul "
            "Doorlock trades on 14x 2025E P/E, and we raise our target price to KRW 48,000 (24% upside). The company "
            "shipped 2.1mn locks in 2024 at an OP margin of 11.2%, and its 1Q25 sales were US$96mn."
        ),
        obs=[
            ("Total", 2023, 340, "USD million", "actual"),
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2025, 498, "USD million", "estimate"),
            ("Total", 2030, 1150, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 340) ** (1 / 1) - 1 = 21.18% -> 21.2
            # (1150 / 412) ** (1 / 6) - 1 = 18.66% -> 18.7, not 21.5; bounds (1145 / 412.5) ** (1 / 6) - 1 = 18.55%,
            # (1155 / 411.5) ** (1 / 6) - 1 = 18.77% -> 21.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Intergovernmental agency's report chapter in "US$ billions, constant 2023 prices": member economies'
    #     spending on AI access control for housing in 2022 and 2023 with a rate that no reading reaches, and a 2030
    #     projection with an average annual rate over a printed span. Expected nowhere: the chapter number, the
    #     0.01% of GDP, the US$ 58 trillion GDP, the 11 member economies, the 30% renovation subsidy.
    dict(
        text=(
            "Chapter 3. Smart entry in the housing stock\n"
            "The Secretariat's estimates, in US$ billions, constant 2023 prices, show member-economy spending on "
            "AI-based access control for apartment blocks and housing estates rising from 2.41 in 2022 to 2.84 in "
            "2023, an increase of 18.4%. On current policies, spending is projected to reach 6.90 in 2030, an average "
            "annual growth rate of 13.5% over 2023-2030. Even then, the market would amount to less than 0.01% of "
            "members' combined GDP of about US$ 58 trillion. Public renovation programmes in 11 member economies "
            "subsidise up to 30% of the cost of entry-system upgrades."
        ),
        obs=[
            ("Total", 2022, 2.41, "USD billion", "actual"),
            ("Total", 2023, 2.84, "USD billion", "actual"),
            ("Total", 2030, 6.90, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2022, 2023, 1.0),
            ("cagr", 13.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.84 / 2.41) ** (1 / 1) - 1 = 17.84% -> 17.8, not 18.4; bounds 2.835 / 2.415 - 1 = 17.39%,
            # 2.845 / 2.405 - 1 = 18.30% -> 18.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (6.90 / 2.84) ** (1 / 7) - 1 = 13.52% -> 13.5
        ],
    ),
    # 28. Vendor's marketing page for inspection cameras citing Northgate Analytics: the global market for AI
    #     defect inspection in window and door manufacturing in 2024 and 2031 (USD billion) with a CAGR over a
    #     printed span that holds only by rounding. Expected nowhere: the "up to 40% faster", the "10x", the "3 out
    #     of 4 companies", the $1,450 plan price, the 120+ manufacturers in 18 countries.
    dict(
        text=(
            "Glassline Vision: inspection AI for window and door plants\n"
            "Spot every scratch, seal gap and warped frame before it ships. Our cameras inspect up to 40% faster than "
            "manual checks and catch 10x more micro-defects. 3 out of 4 companies that ran a pilot in 2024 rolled it "
            "out to a second line.\n"
            "Why now? According to Northgate Analytics, the global market for AI defect inspection in window and door "
            "manufacturing will grow from $0.39 billion in 2024 to $1.02 billion by 2031, a CAGR of 15.0% over "
            "2024-2031.\n"
            "Book a demo today. Plans start at $1,450 per line per month. Trusted by 120+ manufacturers in 18 "
            "countries."
        ),
        obs=[
            ("Total", 2024, 0.39, "USD billion", "actual"),
            ("Total", 2031, 1.02, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (1.02 / 0.39) ** (1 / 7) - 1 = 14.72% -> 14.7, not 15.0; bounds (1.015 / 0.395) ** (1 / 7) - 1 = 14.43%,
            # (1.025 / 0.385) ** (1 / 7) - 1 = 15.01% -> 15.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. 人民日报-style item (Simplified) with 万亿元 and 亿元: China's AI face recognition access control market in
    #     2023 and 2024 with a 比上年 rate, and a 2025 forecast whose 增速 holds only by rounding. Expected nowhere:
    #     the dateline, the 1.12万亿元 security industry output and its 5.6%, the 1860万套 smart locks sold, the
    #     4.3万个 housing estates retrofitted.
    dict(
        text=(
            "本报北京1月20日电（记者李明远）记者从中国智能门禁产业联盟获悉：2024年全国安防行业总产值约1.12万亿元，比上年"
            "增长5.6%。其中，AI人脸识别门禁市场规模达到186.4亿元，比上年增长24.6%，2023年为149.6亿元；预计2025年将达到"
            "229亿元，增速22.6%。全年智能门锁销量1860万套，全国累计完成老旧小区门禁改造4.3万个。"
        ),
        obs=[
            ("Total", 2023, 149.6, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2025, 229, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 149.6) ** (1 / 1) - 1 = 24.60% -> 24.6
            # (229 / 186.4) ** (1 / 1) - 1 = 22.85% -> 22.9, not 22.6; bounds 228.5 / 186.45 - 1 = 22.55%,
            # 229.5 / 186.35 - 1 = 23.16% -> 22.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 券商研报 摘要 (Simplified): China's AI smart lock market in 2023 and 2024 with "同比+23.5%", a 2030E forecast
    #     with "2024-2030E CAGR为". Expected nowhere: the 18% 渗透率, the leader's 46.3亿元 revenue and its yoy+18.2%,
    #     the 25Q1 10.8亿元 and its 15.1%, the 2150万套 shipments, the 42.6元 目标价.
    dict(
        text=(
            "【华岳证券】AI智能门锁行业深度：从能开门到会看门\n"
            "投资要点：我们测算2024年中国AI智能门锁市场规模为312亿元，同比+23.5%（2023年为252.6亿元）；预计2030E达到"
            "986亿元，2024-2030E CAGR为21.1%。2024年AI门锁在智能门锁中的渗透率仅为18%，全年智能门锁出货量约2150万套。"
            "龙头公司2024年营收46.3亿元，yoy+18.2%，25Q1营收10.8亿元，同比+15.1%。首次覆盖给予“买入”评级，目标价42.6元。"
            "风险提示：地产竣工不及预期。"
        ),
        obs=[
            ("Total", 2023, 252.6, "CNY 100 million", "actual"),
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2030, 986, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 252.6) ** (1 / 1) - 1 = 23.52% -> 23.5
            ("cagr|implied", "exact"),  # (986 / 312) ** (1 / 6) - 1 = 21.14% -> 21.1
        ],
    ),
    # 31. 政府采购 招标公告 (Simplified) quoting a 白皮书: China's community AI access control market in 2024 and a 2027
    #     forecast with a rounded 年均复合增长率 over a printed span. Expected nowhere: the 项目编号, the 预算金额（万元）
    #     1286.50 and 最高限价 1280.00, the 36 housing estates, the 1420 门禁点位, the 180日历天, the white paper's
    #     title year, the bid deadline.
    dict(
        text=(
            "滨江市住房和城乡建设局老旧小区AI人脸识别门禁改造项目公开招标公告\n"
            "项目编号：BJZC-2025-0417\n"
            "预算金额（万元）：1286.50\n"
            "最高限价（万元）：1280.00\n"
            "采购需求：为全市36个老旧小区安装AI人脸识别门禁点位1420个，工期180日历天。\n"
            "项目背景：据《2025中国智慧社区门禁白皮书》，2024年全国社区AI门禁市场规模为97.3亿元，预计2027年将达到168亿元，"
            "2024-2027年年均复合增长率约20%。\n"
            "投标截止时间：2025年5月20日9时30分（北京时间）。"
        ),
        obs=[
            ("Total", 2024, 97.3, "CNY 100 million", "actual"),
            ("Total", 2027, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 97.3) ** (1 / 3) - 1 = 19.97% -> 20
        ],
    ),
    # 32. Macau newspaper item (Traditional) on Hong Kong's AI face and palm recognition access control market in
    #     億港元: 2023 and 2024 with an 按年 rate that holds only by rounding, a 2025 forecast. Expected nowhere: the
    #     date, the Macau market of 2.3億澳門元 (a currency the unit table does not hold), the 3萬澳門元 renovation
    #     subsidy, the 4,800幢 buildings.
    dict(
        text=(
            "【本報訊】（濠江日報 2025年4月14日）香港智慧建築研究社昨日發表報告指，香港AI人臉及掌紋辨識門禁市場2024年規模"
            "達12.6億港元，按年增長19.5%，2023年為10.6億港元；預計2025年增至14.9億港元。報告又估計，澳門同類市場規模約"
            "2.3億澳門元。特區政府樓宇維修資助計劃每戶資助上限為3萬澳門元，本澳目前約有4,800幢大廈。"
        ),
        obs=[
            ("Total", 2023, 10.6, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 14.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 10.6) ** (1 / 1) - 1 = 18.87% -> 18.9, not 19.5; bounds 12.55 / 10.65 - 1 = 17.84%,
            # 12.65 / 10.55 - 1 = 19.91% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. 直播 transcript (Simplified) with 家人们 and 老铁: China's AI palm-vein smart lock market, colloquial 亿
    #     figures ("将近一百个亿", "一百二十来个亿") beside exact ones (the exact ones expected): 2023 and 2024 with a
    #     同比 rate, this year's (2025) forecast with its rate. Expected nowhere: the broadcast date, the 5万多人
    #     online, the 1299元 price, the 500单 and 3000单, the 3分钟, the 两千多万把 smart locks a year.
    dict(
        text=(
            "【直播回放文字稿】2025年3月15日“锁哥聊智能家居”直播间\n"
            "锁哥：家人们晚上好！老铁们先把关注点一点。今天聊聊AI掌静脉智能锁这个赛道。去年咱们国家这个市场多大？将近一百个亿！"
            "我给大家念一下报告原文，知锁研究院说2024年市场规模是96.8亿元，2023年是78.5亿元，同比增长23.3%。今年呢，他们"
            "预测能到一百二十来个亿，准确数字是118.6亿元，增长22.5%。\n"
            "锁哥：直播间现在5万多人在线，今天这款锁到手价1299元，前500单再送上门安装，上架3分钟已经卖了3000单！全国一年卖"
            "两千多万把智能锁，家人们冲！"
        ),
        obs=[
            ("Total", 2023, 78.5, "CNY 100 million", "actual"),
            ("Total", 2024, 96.8, "CNY 100 million", "actual"),
            ("Total", 2025, 118.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96.8 / 78.5) ** (1 / 1) - 1 = 23.31% -> 23.3
            ("cagr|implied", "exact"),  # (118.6 / 96.8) ** (1 / 1) - 1 = 22.52% -> 22.5
        ],
    ),
    # 34. Hong Kong listed company's voluntary announcement (公告, Traditional) quoting a made-up consultancy: China's
    #     AI video door intercom market in 2023 and 2024 (人民幣億元) with a 同比 rate, a 2027 forecast. Expected
    #     nowhere: the 股份代號, the group's 12.36億元 revenue and its 同比增長 9.8%, the 34.5% gross margin, the
    #     1,286 employees, the balance-sheet date and the announcement date.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
            "安門智能科技控股有限公司（股份代號：2879）\n"
            "自願性公告：業務更新\n"
            "董事會欣然宣佈，根據獨立研究機構睿衡諮詢的報告，中國AI視頻門禁對講市場規模由2023年的人民幣50.2億元增至2024年"
            "的人民幣58.4億元，同比增長16.3%，預計2027年將達到人民幣96.5億元。本集團2024年收入為人民幣12.36億元，同比增長"
            "9.8%，毛利率為34.5%。截至2024年12月31日，本集團共有員工1,286名。\n"
            "承董事會命 主席 陳志遠\n"
            "香港，2025年3月28日"
        ),
        obs=[
            ("Total", 2023, 50.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("Total", 2027, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.4 / 50.2) ** (1 / 1) - 1 = 16.33% -> 16.3
        ],
    ),
    # 35. Taiwan 立法院 質詢 record (Traditional) with 委員： / 部長： speakers: Taiwan's AI access control and smart
    #     lock market in 2024 and 2030 (新台幣億元) with a 年複合成長率 over a printed span that no reading reaches.
    #     Expected nowhere: the 第11屆第3會期 and 第5次 session numbers, the 900萬戶 homes, the 新台幣5萬元 renovation
    #     subsidy, the 三個月 deadline.
    dict(
        text=(
            "立法院第11屆第3會期內政委員會第5次全體委員會議紀錄（節錄）\n"
            "陳委員：部長，根據台灣智慧建築產業研究所的報告，國內AI門禁與智慧門鎖市場2024年是新台幣42.8億元，2030年預估"
            "會到115億元，2024到2030年的年複合成長率18.6%。市場成長這麼快，內政部的資安規範跟上了嗎？\n"
            "部長：委員，我們有注意到。目前全國約900萬戶住宅，老舊公寓更新的補助每戶最高新台幣5萬元，我們會把門禁設備的資安"
            "檢測納入補助條件。\n"
            "陳委員：那請部長三個月內提出書面報告。"
        ),
        obs=[
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2030, 115, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (115 / 42.8) ** (1 / 6) - 1 = 17.91% -> 17.9, not 18.6; bounds (114.5 / 42.85) ** (1 / 6) - 1 = 17.80%,
            # (115.5 / 42.75) ** (1 / 6) - 1 = 18.02% -> 18.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. Markdown table (US and Canada, USD million) with bold totals and footnote markers in cells, the notes below:
    #     three channels and a Total row for 2023, 2024 and 2025E; 2023 and 2024 add exactly, 2025E only by
    #     rounding. Expected nowhere: the 731.2 before restatement, the 1.42 million housing starts, the report's
    #     edition year, the USD 7.9 billion mechanical lock revenue, the 14.6 million smart locks installed.
    dict(
        text=(
            "US and Canada: AI-enabled smart lock revenue by channel (USD million)\n"
            "| Channel | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Retail and e-commerce | 612.4 | 738.9¹ | 861.2 |\n"
            "| Homebuilders and new construction | 284.7 | 341.5 | 402.8² |\n"
            "| Multifamily property managers | 198.3 | 262.7 | 341.6 |\n"
            "| Total | **1,095.4** | **1,343.1** | **1,605.7** |\n"
            "¹ Restated from 731.2 after a retailer's late filing.\n"
            "² Assumes 1.42 million US and Canadian housing starts in 2025.\n"
            "Source: Ridgeway Lock Monitor, 2025 edition. Excludes mechanical lock revenue of USD 7.9 billion and the "
            "14.6 million smart locks installed."
        ),
        obs=[
            ("Retail and e-commerce", 2023, 612.4, "USD million", "actual"),
            ("Retail and e-commerce", 2024, 738.9, "USD million", "actual"),
            ("Retail and e-commerce", 2025, 861.2, "USD million", "estimate"),
            ("Homebuilders and new construction", 2023, 284.7, "USD million", "actual"),
            ("Homebuilders and new construction", 2024, 341.5, "USD million", "actual"),
            ("Homebuilders and new construction", 2025, 402.8, "USD million", "estimate"),
            ("Multifamily property managers", 2023, 198.3, "USD million", "actual"),
            ("Multifamily property managers", 2024, 262.7, "USD million", "actual"),
            ("Multifamily property managers", 2025, 341.6, "USD million", "estimate"),
            ("Total", 2023, 1095.4, "USD million", "actual"),
            ("Total", 2024, 1343.1, "USD million", "actual"),
            ("Total", 2025, 1605.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612.4 + 284.7 + 198.3 = 1,095.4
            ("hierarchy", "exact"),  # 2024: 738.9 + 341.5 + 262.7 = 1,343.1
            # 2025E: 861.2 + 402.8 + 341.6 = 1,605.6, not 1,605.7; parts at most 1,605.75 and the total at least
            # 1,605.65 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table (Netherlands, € thousand, thousands separators) with years across and a "CAGR 2024-30"
    #     column: three segments and a Total for 2024, 2025 and 2030 (forecasts); every CAGR exact, 2024 and 2030 add
    #     exactly, the 2025 total (110,240 for 110,420) by no reading. Expected nowhere: the source's date, the
    #     €1.6 billion Dutch security products market, the 7,900 installers.
    dict(
        text=(
            "Netherlands: AI access control for offices and housing, by segment (€ thousand)\n"
            "| Segment | 2024 | 2025 | 2030 | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| Offices | 48,620 | 57,340 | 118,900 | 16.1% |\n"
            "| Housing corporations | 31,480 | 38,150 | 92,600 | 19.7% |\n"
            "| Public buildings | 12,760 | 14,930 | 27,400 | 13.6% |\n"
            "| Total | 92,860 | 110,240 | 238,900 | 17.1% |\n"
            "Source: Polder Security Research, March 2025. 2025 and 2030 are forecasts. Not included: the €1.6 "
            "billion Dutch security products market and its 7,900 installers."
        ),
        obs=[
            ("Offices", 2024, 48620, "EUR thousand", "actual"),
            ("Offices", 2025, 57340, "EUR thousand", "estimate"),
            ("Offices", 2030, 118900, "EUR thousand", "estimate"),
            ("Housing corporations", 2024, 31480, "EUR thousand", "actual"),
            ("Housing corporations", 2025, 38150, "EUR thousand", "estimate"),
            ("Housing corporations", 2030, 92600, "EUR thousand", "estimate"),
            ("Public buildings", 2024, 12760, "EUR thousand", "actual"),
            ("Public buildings", 2025, 14930, "EUR thousand", "estimate"),
            ("Public buildings", 2030, 27400, "EUR thousand", "estimate"),
            ("Total", 2024, 92860, "EUR thousand", "actual"),
            ("Total", 2025, 110240, "EUR thousand", "estimate"),
            ("Total", 2030, 238900, "EUR thousand", "estimate"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 13.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Offices: (118,900 / 48,620) ** (1 / 6) - 1 = 16.07% -> 16.1
            ("cagr|implied", "exact"),  # Housing corporations: (92,600 / 31,480) ** (1 / 6) - 1 = 19.70% -> 19.7
            ("cagr|implied", "exact"),  # Public buildings: (27,400 / 12,760) ** (1 / 6) - 1 = 13.58% -> 13.6
            ("cagr|implied", "exact"),  # Total: (238,900 / 92,860) ** (1 / 6) - 1 = 17.06% -> 17.1
            ("hierarchy", "exact"),  # 2024: 48,620 + 31,480 + 12,760 = 92,860
            # 2025: 57,340 + 38,150 + 14,930 = 110,420, not 110,240; parts at most 110,421.5 and at least 110,418.5,
            # the total between 110,239.5 and 110,240.5 -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2030: 118,900 + 92,600 + 27,400 = 238,900
        ],
    ),
    # 38. CSV in long form with quoted numbers and the unit in the header ("Market size (USD m)"): AI predictive
    #     maintenance of automatic doors and gates in Canada and the United States with a Total each year for 2023,
    #     2024 and 2025F; 2023 and 2025F add exactly, 2024 only by rounding. Expected nowhere: the export date, the
    #     3.4 million automatic doors, Maple Gate's CAD 18 million revenue, the 260 installers surveyed.
    dict(
        text=(
            "Maple Gate Research export 2 May 2025: AI predictive maintenance of automatic doors and gates\n"
            "\"Region\",\"Year\",\"Market size (USD m)\"\n"
            "\"Canada\",\"2023\",\"84.6\"\n"
            "\"United States\",\"2023\",\"1,126.3\"\n"
            "\"Total\",\"2023\",\"1,210.9\"\n"
            "\"Canada\",\"2024\",\"101.2\"\n"
            "\"United States\",\"2024\",\"1,318.7\"\n"
            "\"Total\",\"2024\",\"1,419.8\"\n"
            "\"Canada\",\"2025F\",\"119.5\"\n"
            "\"United States\",\"2025F\",\"1,532.4\"\n"
            "\"Total\",\"2025F\",\"1,651.9\"\n"
            "Footnote: F = forecast. The base covers 3.4 million automatic doors. Maple Gate's own revenue (CAD 18 "
            "million) and its survey of 260 installers are not part of the data."
        ),
        obs=[
            ("Canada", 2023, 84.6, "USD million", "actual"),
            ("United States", 2023, 1126.3, "USD million", "actual"),
            ("Total", 2023, 1210.9, "USD million", "actual"),
            ("Canada", 2024, 101.2, "USD million", "actual"),
            ("United States", 2024, 1318.7, "USD million", "actual"),
            ("Total", 2024, 1419.8, "USD million", "actual"),
            ("Canada", 2025, 119.5, "USD million", "estimate"),
            ("United States", 2025, 1532.4, "USD million", "estimate"),
            ("Total", 2025, 1651.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 84.6 + 1,126.3 = 1,210.9
            # 2024: 101.2 + 1,318.7 = 1,419.9, not 1,419.8; parts at least 1,419.8 and the total at most 1,419.85 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 119.5 + 1,532.4 = 1,651.9
        ],
    ),
    # 39. Chinese table (Simplified) under "单位：亿元" with the 合计 row first, columns aligned by spaces: China's AI
    #     defect inspection in window and door manufacturing by application for 2023, 2024 and 2025年E; 2023 and
    #     2025年E add exactly, the 2024 合计 (37.4 for 36.9) by no reading. Expected nowhere: the table number, the
    #     6,800亿元 door and window industry output, the 1.2万家 firms.
    dict(
        text=(
            "表3 中国AI门窗缺陷检测市场规模（按应用）\n"
            "单位：亿元\n"
            "项目                    2023年    2024年    2025年E\n"
            "合计                      28.6      37.4      46.8\n"
            "铝合金门窗型材检测        12.4      15.8      19.7\n"
            "玻璃及中空玻璃检测         9.7      12.6      16.2\n"
            "五金及密封件检测           6.5       8.5      10.9\n"
            "资料来源：鼎研咨询。门窗行业总产值约6,800亿元、规模以上企业1.2万家未计入。"
        ),
        obs=[
            ("合计", 2023, 28.6, "CNY 100 million", "actual"),
            ("合计", 2024, 37.4, "CNY 100 million", "actual"),
            ("合计", 2025, 46.8, "CNY 100 million", "estimate"),
            ("铝合金门窗型材检测", 2023, 12.4, "CNY 100 million", "actual"),
            ("铝合金门窗型材检测", 2024, 15.8, "CNY 100 million", "actual"),
            ("铝合金门窗型材检测", 2025, 19.7, "CNY 100 million", "estimate"),
            ("玻璃及中空玻璃检测", 2023, 9.7, "CNY 100 million", "actual"),
            ("玻璃及中空玻璃检测", 2024, 12.6, "CNY 100 million", "actual"),
            ("玻璃及中空玻璃检测", 2025, 16.2, "CNY 100 million", "estimate"),
            ("五金及密封件检测", 2023, 6.5, "CNY 100 million", "actual"),
            ("五金及密封件检测", 2024, 8.5, "CNY 100 million", "actual"),
            ("五金及密封件检测", 2025, 10.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.4 + 9.7 + 6.5 = 28.6
            # 2024: 15.8 + 12.6 + 8.5 = 36.9, not 37.4; parts at most 37.05 and the total at least 37.35 -> reached
            # by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025年E: 19.7 + 16.2 + 10.9 = 46.8
        ],
    ),
    # 40. Tab-separated Hong Kong table (HKD million, Traditional title) with years as columns, a "Sites 2024" count
    #     column holding "n/a" and "–" cells, and a "Notes:" line: three segments and a Total for 2023, 2024 and
    #     2025F; 2023 and 2024 add exactly, 2025F only by rounding. Expected nowhere: the Sites column (1,240, 380
    #     buildings), the HK$4.2 billion of conventional lock and door hardware sales, the source's year.
    dict(
        text=(
            "香港AI門禁及智能門鎖市場 Hong Kong AI access control and smart lock market (HKD million)\n"
            "Segment\t2023\t2024\t2025F\tSites 2024\n"
            "Housing estates\t486.2\t571.8\t668.5\t1,240\n"
            "Offices\t312.7\t356.4\t402.9\tn/a\n"
            "Hotels and retail\t98.4\t117.3\t138.6\t380\n"
            "Total\t897.3\t1,045.5\t1,210.1\t–\n"
            "Notes: n/a = not available; – = not applicable. Sites are buildings with at least one AI reader. "
            "Excludes HK$4.2 billion of conventional lock and door hardware sales. Source: Victoria Harbour Security "
            "Research, 2025."
        ),
        obs=[
            ("Housing estates", 2023, 486.2, "HKD million", "actual"),
            ("Housing estates", 2024, 571.8, "HKD million", "actual"),
            ("Housing estates", 2025, 668.5, "HKD million", "estimate"),
            ("Offices", 2023, 312.7, "HKD million", "actual"),
            ("Offices", 2024, 356.4, "HKD million", "actual"),
            ("Offices", 2025, 402.9, "HKD million", "estimate"),
            ("Hotels and retail", 2023, 98.4, "HKD million", "actual"),
            ("Hotels and retail", 2024, 117.3, "HKD million", "actual"),
            ("Hotels and retail", 2025, 138.6, "HKD million", "estimate"),
            ("Total", 2023, 897.3, "HKD million", "actual"),
            ("Total", 2024, 1045.5, "HKD million", "actual"),
            ("Total", 2025, 1210.1, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 486.2 + 312.7 + 98.4 = 897.3
            ("hierarchy", "exact"),  # 2024: 571.8 + 356.4 + 117.3 = 1,045.5
            # 2025F: 668.5 + 402.9 + 138.6 = 1,210.0, not 1,210.1; parts at most 1,210.15 and the total at least
            # 1,210.05 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 12, 'rounding': 18, 'exact': 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(NYSE: BGSS)',
    'About Brightgate Security Systems',
    '£214.6 million¹',
    '€1 250 million',
    'bn€',
    '138 M€',
    '2/5',
    '[13][14]',
    '[citation needed]',
    '📈 •',
    '💡',
    'Unsubscribe',
    'a $4.5B opportunity by 2028',
    "today's $1.9B",
    'US$ 640 mn',
    'FY2030E',
    'crore',
    '４８．６亿元',
    '二〇二四年',
    '划重点',
    '敲黑板',
    '数据来源：',
    '谢邀',
    '利益相关',
    '三十五点六亿元',
    '管理層討論與分析',
    '億港元',
    '百萬港元',
    '按年增長',
    '新台幣',
    '年複合成長率',
    '\\hline',
    '+===',
    '$860M',
    'CAGR 2024-29',
    '规模（亿元）',
    '注：',
    'Americas subtotal',
    'By the numbers',
    '— CAGR, 2024-2030',
    "Chairman's statement",
    'Slide 7 —',
    '2029F: $2.6B',
    '1.26 billion US dollars',
    '3.1 bn USD',
    'USD 0.47 bn',
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
    '比上年',
    '2024-2030E CAGR为',
    '同比+23.5%',
    'yoy+',
    '目标价',
    '预算金额（万元）',
    '白皮书',
    '億港元',
    '澳門元',
    '按年',
    '家人们',
    '老铁',
    '股份代號',
    '委員：',
    '部長：',
    '年複合成長率',
    '**1,343.1**',
    '738.9¹',
    'CAGR 2024-30',
    '€ thousand',
    '"Market size (USD m)"',
    '单位：亿元',
    '合计',
    'n/a',
    'Notes:',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 139
#: figures, 54 rates, 72 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 207, "rates_found": 55, "verdicts_right": 87}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset266.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
