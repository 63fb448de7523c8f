"""A two-hundred-and-sixty-fourth check set for the extractor, written blind: AI in eyewear, optometry and eye care: AI
retinal-image screening in optometry chains and eye hospitals, AI lens and frame recommendation and virtual try-on at
eyewear retailers, AI myopia-management analytics for children, AI lens-manufacturing quality inspection, AI triage of
eye-clinic referrals; sized in money by research houses, optical trade associations, health ministries, eyewear makers'
investor days and brokers, in the US, the UK, France, Germany, Italy, Japan, South Korea, India, Singapore, mainland
China, Taiwan and Hong Kong. Distractors: total eyewear or eye-care market revenue beside the AI part, counts of
optometrists, stores, screenings and patients, a frame's price, a company's own revenue or margin, a funding round, a
quarter's figures, survey percentages, myopia prevalence rates.

Snippets 1-20: Twenty snippets on AI in eyewear, optometry and eye care: eight English prose texts (a NASDAQ newswire
release on US retinal screening with About and forward-looking paragraphs, a report's executive summary with superscript
footnotes on virtual try-on, a French agency's English release with space thousands separators and bn€, a numbered 1/5
thread on Japan's myopia analytics in yen, an encyclopedia paragraph on UK referral triage with citation brackets, a
German lens-inspection newsletter with bullets and emoji, a Singapore keynote recap with "today's $1.9B", an Indian
consultancy note in US$ with FY forms), seven Chinese prose texts (full-width digits, years in Chinese numerals, a
WeChat article, a Zhihu answer with an amount in Chinese numerals, a Hong Kong-listed maker's MD&A, a Hong Kong council
release in HK dollars, a Taiwan institute's release in NT dollars) and five tables (LaTeX, reStructuredText grid,
Markdown with units in the cells, a Chinese Markdown table with 同比, a space-aligned regional table with subtotals). Left
out: datelines, report and issue numbers, company revenue, margins, quarters and funding rounds, counts of optometrists,
stores, clinics, screenings and patients, survey percentages, myopia prevalence, frame and screening prices, whole
eyewear and eye-care markets, rupee and won amounts. Inconsistent: 1 (CAGR), 5 (growth), 10 (CAGR), 12 (growth), 16
(2028E total), 19 (2024 同比). Only by rounding: 2 (share), 3 (share), 6 (CAGR), 9 (growth), 11 (share), 13 (2024-2029
CAGR), 16 (2025E total), 17 (2024 total), 18 (virtual try-on CAGR), 19 (2022 同比), 20 (2025F total).

Snippets 21-40: Twenty snippets on AI in eyewear, optometry and eye care: eight English prose texts (a press release
with a By the numbers box, a listed optical retailer's chairman's statement, a webinar's slide text, a news item with
the currency after the number, a Swiss firm's release with apostrophe thousands separators, an analyst's note with A and
E years and mn/bn, an intergovernmental agency's paragraph in US$ billions at constant prices, a vendor's marketing
page), seven Chinese prose texts (a 人民日报-style item with 万亿元 and 比上年, a 券商研报 摘要 with CAGR为 and yoy+, a 招标公告 quoting a
白皮书, a Macau item in 億港元 with 按年, a 直播 transcript with colloquial 亿, a Hong Kong-listed company's 公告 in Traditional, a
立法院 質詢 record) and five tables (Markdown with bold totals and footnote markers, Markdown in € thousand with a CAGR
column, a CSV with quoted numbers, a Chinese table under 单位：亿元 with 合计 first, a tab-separated table with n/a and –
cells). Left out: total eyewear and eye-care market revenue, companies' own revenue, dividends and margins, counts of
optometrists, stores, children, screenings and staff, frame and lens prices, funding rounds, quarters, survey and poll
percentages, myopia prevalence, price targets, procurement budgets, a share of GDP and percentage points. Inconsistent:
22 (share), 24, 28, 32 and 35 (rates), 38 (2025 total). Only by rounding: 21, 26 and 31 (CAGRs), 29 (比上年 rate), 36, 37,
39 and 40 (one year's total each).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Newswire release from a NASDAQ-listed screening-software maker (dateline, About paragraph, forward-looking
    #    statements naming 2025, 2026 and 400 locations): the US AI retinal-image screening market in 2023 and 2024
    #    with a YoY rate, and a 2030 forecast ("$1.87 billion", in the series' unit: 1870) whose 20.9% CAGR over a
    #    printed span no reading reaches. Expected nowhere: the dateline, the company's $48.2 million revenue, the
    #    1,150 locations, the 2.3 million screenings, the $78 billion US eye care market, the founding year, the 320
    #    employees, the 14 of 20 chains, the 2025 and 2026 targets and the 400 store locations.
    dict(
        text=(
            "Lumenra Vision Puts US Market for AI Retinal Screening in Optometry at $612 Million\n"
            "CHICAGO, March 18, 2025 /PRNewswire/ -- Lumenra Vision, Inc. (NASDAQ: LMNV), a developer of AI "
            "retinal-image analysis software for optometry chains and eye hospitals, today released its annual US AI "
            "Eye Screening Market Monitor. The study puts the US market for AI retinal-image screening at $612 "
            "million in 2024, up 26.4% from $484 million in 2023, as optometry chains added automated "
            "diabetic-retinopathy and glaucoma-risk reads to routine eye exams. Lumenra expects the market to reach "
            "$1.87 billion by 2030, a compound annual growth rate of 20.9% over 2024-2030.\n"
            "\"Screening is moving from the hospital to the high street,\" said Dana Whitcombe, Lumenra's chief "
            "executive. Lumenra's own revenue rose to $48.2 million in 2024, and its software now runs in 1,150 "
            "optometry locations that performed 2.3 million AI-assisted screenings last year. The wider US eye care "
            "market, at about $78 billion, is still dominated by exams, eyewear and surgery.\n"
            "About Lumenra Vision\n"
            "Founded in 2016 and based in Chicago, Lumenra Vision employs 320 people and serves 14 of the 20 largest "
            "US optometry chains.\n"
            "Forward-Looking Statements\n"
            "This press release contains forward-looking statements, including statements about market growth, the "
            "company's financial targets for 2025 and 2026 and its plan to add 400 store locations by the end of "
            "2026. Actual results may differ materially from those expressed or implied in these statements."
        ),
        obs=[
            ("Total", 2023, 484, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 1870, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 484) ** (1 / 1) - 1 = 26.45% -> 26.4
            # (1870 / 612) ** (1 / 6) - 1 = 20.46% -> 20.5, not 20.9; bounds (1865 / 612.5) ** (1 / 6) - 1 = 20.39%,
            # (1875 / 611.5) ** (1 / 6) - 1 = 20.53% -> 20.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 2. Research report's executive summary with superscript footnote markers right after the figures and the
    #    footnotes printed at the end (each with its own years and page): the global market for AI lens and frame
    #    recommendation and virtual try-on at eyewear retailers in 2024, a 2030 forecast with a CAGR over a printed
    #    span, and virtual try-on's part whose 58% share holds only by rounding. Expected nowhere: the footnote
    #    numbers, their years (2022-2024, 2025-2030, 2024) and pages, the 46% of shoppers (a survey), the 6,200
    #    respondents, the $265 frame price, the $168 billion eyewear market.
    dict(
        text=(
            "Executive Summary\n"
            "Global spending by eyewear retailers on AI lens and frame recommendation and virtual try-on reached "
            "$1.42 billion¹ in 2024. We forecast $3.96 billion² by 2030, a compound annual growth rate of 18.6%³ over "
            "2024-2030. Virtual try-on tools accounted for $0.81 billion of the 2024 total, or 58%⁴, with "
            "recommendation engines making up the rest. Retailers tell us that 46% of online frame shoppers now use "
            "a try-on tool before buying⁵, and the average prescription frame sold online costs $265. For scale, "
            "global eyewear sales came to roughly $168 billion in 2024.\n"
            "¹ Harlow & Pike Retail Insight, Retail AI Tracker, vendor data 2022-2024, p. 7.\n"
            "² Harlow & Pike forecast model, base case 2025-2030, p. 19.\n"
            "³ Computed on the 2024 and 2030 values, p. 21.\n"
            "⁴ Segment split from 2024 vendor revenues, p. 9.\n"
            "⁵ Online survey of 6,200 shoppers fielded in late 2024, p. 33."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 3.96, "USD billion", "estimate"),
            ("Virtual try-on tools", 2024, 0.81, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.96 / 1.42) ** (1 / 6) - 1 = 18.64% -> 18.6
            # 0.81 / 1.42 = 57.04% -> 57, not 58; bounds 0.805 / 1.425 = 56.49%, 0.815 / 1.415 = 57.60% -> 58 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 3. French research agency's release in English with spaces as thousands separators ("€1 250 million", "EUR 286
    #    million") and "bn€" / "M€" forms: the European AI eye-care software market in 2023 and 2024 with a YoY rate,
    #    a 2028 forecast ("2.48 bn€", in the series' unit: 2480) with a CAGR over a printed span, and France's part
    #    whose 22.8% share holds only by rounding. Expected nowhere: the dateline, the 7.1 bn€ French optical retail
    #    sales, the 13 600 optician shops, the 1 850 opticians surveyed and their 64%, the 2026 of the survey, the
    #    42 M€ funding round.
    dict(
        text=(
            "Paris, 9 April 2025 - Agence Optivision Conseil (AOC), the French research agency for optical and "
            "eye-health markets, today published its annual review of AI software in European eye care. The "
            "European market for AI eye-care software, covering retinal screening, myopia analytics, lens and frame "
            "recommendation and referral triage, reached €1 250 million in 2024, up 20.9% from €1 034 million in "
            "2023. AOC expects it to reach 2.48 bn€ in 2028, a compound annual growth rate of 18.7% between 2024 and "
            "2028. France accounted for EUR 286 million of the 2024 total, a 22.8% share.\n"
            "By comparison, French optical retail sales came to about 7.1 bn€ last year across 13 600 optician shops. "
            "Of the 1 850 opticians AOC surveyed, 64% plan to offer AI retinal screening by 2026, and a Lyon start-up "
            "raised 42 M€ in March to build it."
        ),
        obs=[
            ("Total", 2023, 1034, "EUR million", "actual"),
            ("Total", 2024, 1250, "EUR million", "actual"),
            ("Total", 2028, 2480, "EUR million", "estimate"),
            ("France", 2024, 286, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2028, None, "stated"),
            ("share", 22.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1250 / 1034) ** (1 / 1) - 1 = 20.89% -> 20.9
            ("cagr|implied", "exact"),  # (2480 / 1250) ** (1 / 4) - 1 = 18.68% -> 18.7
            # 286 / 1250 = 22.88% -> 22.9, not 22.8; bounds 285.5 / 1250.5 = 22.83%, 286.5 / 1249.5 = 22.93% -> 22.8
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Thread of five numbered posts (1/5 ... 5/5) with hashtags and @handles, one figure a post: Japan's AI
    #    myopia-management analytics market for children in 2023 and 2024 (¥ billion) with a YoY rate, a 2030
    #    forecast and "about 19.3% a year" whose span only the amounts' years give (inferred). Expected nowhere: the
    #    post numbers, the 76% of 17-year-olds (a prevalence rate), the 9,800 eye clinics, the ¥150,000 lens price.
    dict(
        text=(
            "1/5 Quick thread on Japan's market for AI myopia-management analytics for kids (axial-length tracking, "
            "progression forecasts, treatment response) 🧵 #myopia #AIeyecare #Japan\n"
            "2/5 Per @SakuraVisionLab's new report, the market was ¥11.6 billion in 2023.\n"
            "3/5 2024 came in at ¥14.2 billion, +22.4% yoy. Paediatric clinics in Tokyo and Osaka led the uptake.\n"
            "4/5 Their 2030 forecast is ¥41.0 billion, which works out to about 19.3% a year. @OptoJapanNews has the "
            "charts.\n"
            "5/5 Why it matters: roughly 76% of Japanese 17-year-olds are myopic, Japan has some 9,800 eye clinics, "
            "and ortho-k lenses still cost families ¥150,000 a pair. #kidsvision"
        ),
        obs=[
            ("Total", 2023, 11.6, "JPY billion", "actual"),
            ("Total", 2024, 14.2, "JPY billion", "actual"),
            ("Total", 2030, 41.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22.4
            ("cagr|period", "exact"),  # (41.0 / 14.2) ** (1 / 6) - 1 = 19.33% -> 19.3
        ],
    ),
    # 5. Encyclopedia-style paragraph with citation brackets right after the figures and a "citation needed" tag: UK
    #    spending on AI triage of eye-clinic referrals in 2023 and 2024 with a growth rate no reading reaches.
    #    Expected nowhere: the citation numbers, the 7.6 million referrals, the 16,000 optometrists, South Korea's
    #    ₩52 billion (won: no observation), the £5.4 billion UK eye-care market.
    dict(
        text=(
            "AI referral triage in ophthalmology is the use of machine-learning models to sort referrals from "
            "community optometrists to hospital eye services by urgency. In the United Kingdom, spending on such "
            "systems was estimated at £38.5 million in 2023[12] and £47.9 million in 2024,[13][14] growth of "
            "24.9%.[citation needed] Around 7.6 million referrals a year pass from optometrists to NHS eye "
            "clinics,[15] and the country has some 16,000 registered optometrists.[16] In South Korea a comparable "
            "market was put at ₩52 billion in 2024.[17] The UK's wider eye-care market, including sight tests and "
            "spectacles, is worth about £5.4 billion.[18]"
        ),
        obs=[
            ("Total", 2023, 38.5, "GBP million", "actual"),
            ("Total", 2024, 47.9, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (47.9 / 38.5) ** (1 / 1) - 1 = 24.42% -> 24.4, not 24.9; bounds 47.85 / 38.55 - 1 = 24.12%,
            # 47.95 / 38.45 - 1 = 24.71% -> 24.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. Email newsletter (subject line, "•" bullets with 📈 / 💡 / 🔍 before them, unsubscribe footer): Germany's AI
    #    quality-inspection market in ophthalmic lens manufacturing in 2023 and 2024 with a YoY rate, a 2029 forecast
    #    whose 13.1% CAGR holds only by rounding, and surface-defect detection's part with its share. Expected
    #    nowhere: the issue number and send date, the lens maker's Q1 2025 revenue of €62.4 million, the €35 million
    #    Series B, the 11,300 optician stores, the 12.8 million pairs of glasses.
    dict(
        text=(
            "Subject: Lens Lab Weekly #87 - AI inspection keeps climbing\n"
            "Sent 12 May 2025\n"
            "Hi there, here is what moved in AI for lens manufacturing this week.\n"
            "📈 • Germany's market for AI quality inspection in ophthalmic lens manufacturing reached €214 million "
            "in 2024, up 17.6% from €182 million in 2023, according to Rheinoptik Marktforschung.\n"
            "💡 • Rheinoptik expects €395 million by 2029, a CAGR of 13.1% for 2024-2029.\n"
            "🔍 • Surface-defect detection was the largest segment at €88 million, or 41.1% of the 2024 market.\n"
            "• Lens maker Vossberg Optik reported Q1 2025 revenue of €62.4 million, and inspection start-up "
            "Klarsicht AI closed a €35 million Series B.\n"
            "• Germany's 11,300 optician stores sold about 12.8 million pairs of glasses last year.\n"
            "You are receiving this because you subscribed at lenslabweekly.de. Unsubscribe or manage your "
            "preferences. Lens Lab Weekly, Hamburg."
        ),
        obs=[
            ("Total", 2023, 182, "EUR million", "actual"),
            ("Total", 2024, 214, "EUR million", "actual"),
            ("Total", 2029, 395, "EUR million", "estimate"),
            ("Surface-defect detection", 2024, 88, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("cagr", 13.1, "percent", 2024, 2029, None, "stated"),
            ("share", 41.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 182) ** (1 / 1) - 1 = 17.58% -> 17.6
            # (395 / 214) ** (1 / 5) - 1 = 13.04% -> 13.0, not 13.1; bounds (394.5 / 214.5) ** (1 / 5) - 1 = 12.96%,
            # (395.5 / 213.5) ** (1 / 5) - 1 = 13.12% -> 13.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 88 / 214 = 41.12% -> 41.1
        ],
    ),
    # 7. Conference keynote recap dated 16 October 2025: Asia-Pacific AI in eyewear retail as "a $4.5B opportunity
    #    by 2028" from "today's $1.9B" (2025, the base of the forecast: actual), "roughly 2.4x" (x2.4 over 3 years,
    #    no verdict) and "about 33% a year" whose span only the amounts' years give (inferred). Expected nowhere: the
    #    recap date, the 2,400 attendees, the speaker firm's $312 million revenue and $86 million third quarter, the
    #    140 retail clients in 11 markets.
    dict(
        text=(
            "Recap: Day one keynote at VisionTech Summit Singapore\n"
            "Posted 16 October 2025\n"
            "Opening the summit, Priya Raman, chief executive of Lenscape Technologies, told an audience of about "
            "2,400 that AI in eyewear retail across Asia-Pacific, from frame recommendation to virtual try-on "
            "mirrors, is \"a $4.5B opportunity by 2028\", up from today's $1.9B. That is roughly 2.4x, or about 33% "
            "a year, she said, pointing to try-on mirrors in Singapore and Hong Kong malls and to AI lens "
            "recommendation at Japanese and Korean chains. Lenscape itself booked $312 million in revenue last fiscal "
            "year and $86 million in the third quarter, Raman added, and now counts 140 retail clients in 11 markets."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "actual"),
            ("Total", 2028, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2025, 2028, 3.0),
            ("cagr", 33, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.5 / 1.9) ** (1 / 3) - 1 = 33.30% -> 33
        ],
    ),
    # 8. Indian consultancy's sector note in US$ with FY forms (FY24, FY25, FY2030E, FY25-FY30E): India's AI eye
    #    screening market in FY24 and FY25 ("US$ 640 mn") with a YoY rate, a FY2030E forecast ("US$ 2.1 bn", in the
    #    series' unit: 2100) with a CAGR over a printed span, and diabetic-retinopathy screening's part with its
    #    share. Expected nowhere: the note's date, the ₹5,450 crore and ₹18,000 crore (rupees: no observation), the
    #    46,000 optometrists, the 101 million adults with diabetes, the chain's ₹2,130 crore revenue and 17.4% EBITDA
    #    margin.
    dict(
        text=(
            "Nivaran Advisory, Mumbai. Sector note, 24 June 2025\n"
            "India: AI eye screening in optometry and eye hospitals\n"
            "India's market for AI retinal and anterior-segment screening stood at US$ 640 mn in FY25 (roughly "
            "₹5,450 crore), up 25.0% from US$ 512 mn in FY24. We project US$ 2.1 bn by FY2030E, a CAGR of 26.8% over "
            "FY25-FY30E. Diabetic-retinopathy screening made up US$ 245 mn, or 38% of FY25 spending. Demand rests on "
            "46,000 practising optometrists and 101 million adults with diabetes, while organised eyewear retail is "
            "already a ₹18,000 crore business. Listed chain ClearSight Opticals posted FY25 revenue of ₹2,130 crore "
            "at an EBITDA margin of 17.4%."
        ),
        obs=[
            ("Total", 2024, 512, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
            ("Diabetic-retinopathy screening", 2025, 245, "USD million", "actual"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
            ("cagr", 26.8, "percent", 2025, 2030, None, "stated"),
            ("share", 38, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 512) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (2100 / 640) ** (1 / 5) - 1 = 26.83% -> 26.8
            ("arithmetic", "exact"),  # 245 / 640 = 38.28% -> 38
        ],
    ),
    # 9. Simplified Chinese news item with full-width digits and punctuation in every figure: China's AI retinal-
    #    image screening market in 2023 and 2024 with a 同比 rate that holds only by rounding, and a 2027 forecast
    #    with a CAGR over a printed span. Expected nowhere: the dateline, the 6800家 stores and hospitals, the 4100万人次
    #    screenings, the listed chain's 218.6亿元 营业收入.
    dict(
        text=(
            "【财经快讯】２０２５年３月６日，华瞳眼健康产业研究院发布报告称，２０２４年我国眼科ＡＩ视网膜影像筛查"
            "市场规模达到１２．５亿元，同比增长２３．４％，２０２３年为１０．１亿元。报告预计，２０２７年市场规模将"
            "达到２４．６亿元，２０２４－２０２７年年均复合增长率为２５．３％。目前全国开展ＡＩ眼底筛查的视光门店"
            "和眼科医院已超过６８００家，全年完成筛查约４１００万人次。某上市眼科连锁集团２０２４年营业收入为"
            "２１８．６亿元。"
        ),
        obs=[
            ("Total", 2023, 10.1, "CNY 100 million", "actual"),
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("Total", 2027, 24.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 25.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (12.5 / 10.1) ** (1 / 1) - 1 = 23.76% -> 23.8, not 23.4; bounds 12.45 / 10.15 - 1 = 22.66%,
            # 12.55 / 10.05 - 1 = 24.88% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (24.6 / 12.5) ** (1 / 3) - 1 = 25.32% -> 25.3
        ],
    ),
    # 10. Official bulletin (Simplified) with years in Chinese numerals and amounts in Arabic digits: the national
    #     AI myopia-prevention analytics market for children in 2023 and 2024 with a growth rate, and a 2030 forecast
    #     whose 23.6% CAGR over a printed span no reading reaches. Expected nowhere: the 51.9% myopia rate, the 0.8个
    #     百分点, the 1.1亿人次 screenings, the 18.6万所 schools.
    dict(
        text=(
            "全国儿童青少年视力健康数据中心关于近视防控人工智能分析服务发展情况的通报\n"
            "二〇二四年，全国儿童青少年近视防控人工智能分析服务市场规模为28.6亿元，比二〇二三年的21.9亿元增长"
            "30.6%。经测算，到二〇三〇年，市场规模预计将达到96.0亿元，二〇二四年至二〇三〇年年均复合增长率为"
            "23.6%。二〇二四年，全国儿童青少年总体近视率为51.9%，比上年下降0.8个百分点；全年通过人工智能系统完成"
            "屈光筛查1.1亿人次，覆盖中小学校18.6万所。各地要进一步规范数据采集，确保筛查质量。"
        ),
        obs=[
            ("Total", 2023, 21.9, "CNY 100 million", "actual"),
            ("Total", 2024, 28.6, "CNY 100 million", "actual"),
            ("Total", 2030, 96.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.6 / 21.9) ** (1 / 1) - 1 = 30.59% -> 30.6
            # (96.0 / 28.6) ** (1 / 6) - 1 = 22.36% -> 22.4, not 23.6; bounds (95.95 / 28.65) ** (1 / 6) - 1 = 22.32%,
            # (96.05 / 28.55) ** (1 / 6) - 1 = 22.41% -> 23.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. 微信公众号 article (Simplified) with emoji, 敲黑板 and 划重点 and a 数据来源 line: China's AI lens and frame
    #     recommendation and virtual try-on market in 2023 and 2024 ("约为18.3亿元", at its printed figure) with a
    #     同比 rate, online virtual try-on's part whose 41.8% share holds only by rounding, and 2026 "有望突破30亿元" (at
    #     its printed figure). Expected nowhere: the 1000亿元 eyewear retail market, the 8.5万家 stores, the 62% of
    #     consumers (a survey), the 1299元 frame price, the white paper title's 2025.
    dict(
        text=(
            "🔥AI试戴火了！一文看懂眼镜店里的AI生意\n"
            "敲黑板👇 2024年，我国眼镜零售AI镜片与镜框推荐及虚拟试戴市场规模约为18.3亿元，较2023年的13.9亿元同比"
            "增长31.7%。\n"
            "划重点📌 其中，线上虚拟试戴规模为7.6亿元，占比41.8%，已成为第一大细分。\n"
            "小编还注意到，全国眼镜零售市场规模已超过1000亿元，门店约8.5万家；问卷调查显示，62%的消费者愿意先在线"
            "试戴再到店配镜。一副热门品牌钛架镜框售价约1299元。\n"
            "预计到2026年，这一市场有望突破30亿元💪\n"
            "数据来源：镜界智库《2025中国眼镜零售数字化白皮书》"
        ),
        obs=[
            ("Total", 2023, 13.9, "CNY 100 million", "actual"),
            ("Total", 2024, 18.3, "CNY 100 million", "actual"),
            ("Total", 2026, 30, "CNY 100 million", "estimate"),
            ("线上虚拟试戴", 2024, 7.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.3 / 13.9) ** (1 / 1) - 1 = 31.65% -> 31.7
            # 7.6 / 18.3 = 41.53% -> 41.5, not 41.8; bounds 7.55 / 18.35 = 41.14%, 7.65 / 18.25 = 41.92% -> 41.8
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 12. 知乎-style answer in Traditional characters (謝邀, 利益相關, an edit date): mainland China's AI eye-referral
    #     triage market in 2024 wholly in Chinese numerals (三十五點六億元 -> 35.6) and 2023 in digits, a 同比 rate no
    #     reading reaches, and 2027 "在72億元上下" (at its printed figure). Expected nowhere: the edit date, the 4.8萬
    #     eye doctors, the 3000萬人次 referrals, the company's 1.3億 revenue and 2億元 B-round.
    dict(
        text=(
            "AI做眼科轉診分診，國內市場到底有多大？\n"
            "謝邀。利益相關：本人在一家做眼科AI分診的公司做產品，以下只代表個人看法。\n"
            "先說結論：按青禾諮詢的口徑，2024年國內AI眼科轉診分診市場大約是三十五點六億元，2023年是27.4億元，"
            "同比增長32.5%。2027年業內普遍預期在72億元上下。\n"
            "幾個背景數字：全國眼科醫生大概4.8萬人，基層醫院每年轉診眼科患者超過3000萬人次；我們公司去年營收1.3億，"
            "剛拿了2億元B輪。別被融資新聞帶節奏，真正付費的還是醫院。\n"
            "編輯於 2025-03-02"
        ),
        obs=[
            ("Total", 2023, 27.4, "CNY 100 million", "actual"),
            ("Total", 2024, 35.6, "CNY 100 million", "actual"),
            ("Total", 2027, 72, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (35.6 / 27.4) ** (1 / 1) - 1 = 29.93% -> 29.9, not 32.5; bounds 35.55 / 27.45 - 1 = 29.51%,
            # 35.65 / 27.35 - 1 = 30.35% -> 32.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Hong Kong-listed lens inspection maker's 年報 管理層討論與分析 (Traditional) quoting a made-up consultancy:
    #     mainland China's AI lens-manufacturing quality-inspection market in 2020 and 2024 (人民幣億元) with a CAGR
    #     over a printed span, and a 2029 forecast whose 24.2% CAGR holds only by rounding. Expected nowhere: the
    #     year-end date, the group's 4.62億元 營業收入 and its 同比 18.3%, the 41.2% 毛利率, the 37 factories, the 2.6億片
    #     lenses inspected.
    dict(
        text=(
            "管理層討論與分析\n"
            "行業概覽\n"
            "據鼎衡行業諮詢報告，中國內地AI鏡片製造質量檢測市場規模由2020年的人民幣6.8億元增至2024年的人民幣19.7億元，"
            "2020年至2024年的年複合增長率為30.5%；預計於2029年將達到人民幣58.4億元，2024年至2029年的年複合增長率為"
            "24.2%。\n"
            "業務回顧\n"
            "截至2024年12月31日止年度，本集團營業收入為人民幣4.62億元，同比增長18.3%；毛利率為41.2%。年內本集團AI"
            "檢測設備已部署於國內37家鏡片工廠，累計檢測鏡片逾2.6億片。"
        ),
        obs=[
            ("Total", 2020, 6.8, "CNY 100 million", "actual"),
            ("Total", 2024, 19.7, "CNY 100 million", "actual"),
            ("Total", 2029, 58.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.5, "percent", 2020, 2024, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.7 / 6.8) ** (1 / 4) - 1 = 30.46% -> 30.5
            # (58.4 / 19.7) ** (1 / 5) - 1 = 24.28% -> 24.3, not 24.2; bounds (58.35 / 19.75) ** (1 / 5) - 1 = 24.19%,
            # (58.45 / 19.65) ** (1 / 5) - 1 = 24.36% -> 24.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong eye-care technology council's press release (Traditional) in 億港元 and 百萬港元 with 按年上升 /
    #     按年增長: the Hong Kong AI eye-imaging screening and referral triage market in 2023 and 2024 (HKD 100
    #     million) with a YoY rate, and optical shops' AI retinal screening (HKD million) in 2023 and 2024 with its own
    #     YoY rate and its share of the whole. Expected nowhere: the release date, the survey title's 2025, the 412
    #     shops and clinics surveyed, the 2,400 optometrists, the 58億港元 eyewear retail sales, the HK$280-450 fee.
    dict(
        text=(
            "香港眼科及視光科技業議會新聞稿\n"
            "2025年3月20日（星期四）\n"
            "議會今日公布《2025年香港智能眼睛護理市場調查》結果。2024年，香港AI眼科影像篩查及轉介分流服務市場規模"
            "達12.6億港元，按年上升18.9%（2023年：10.6億港元）。當中，視光店AI視網膜篩查服務收益為386百萬港元，"
            "按年增長24.1%（2023年：311百萬港元），佔整體市場30.6%。\n"
            "是次調查訪問了412間視光店及眼科診所。全港現有註冊視光師約2,400名，眼鏡零售業全年銷貨價值約58億港元；"
            "一次AI視網膜篩查收費一般為港幣280元至450元。"
        ),
        obs=[
            ("Total", 2023, 10.6, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("視光店AI視網膜篩查服務", 2023, 311, "HKD million", "actual"),
            ("視光店AI視網膜篩查服務", 2024, 386, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("share", 30.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.6) ** (1 / 1) - 1 = 18.87% -> 18.9
            ("cagr|implied", "exact"),  # (386 / 311) ** (1 / 1) - 1 = 24.12% -> 24.1
            ("arithmetic", "exact"),  # 386 / 1,260 (12.6億港元) = 30.63% -> 30.6
        ],
    ),
    # 15. Taiwan research institute's release (Traditional) in 新台幣億元 with 年增率 and 年複合成長率: Taiwan's AI
    #     optometry and eye-care applications market in 2023 and 2024 with its 年增率, and a 2028 forecast with a CAGR
    #     over a printed span. Expected nowhere: the release date, the 4,800 optical shops, the 23.9% and 七成 myopia
    #     rates, the 新台幣0.23兆元 medical-device output, the chain's 新台幣38.6億元 revenue and 6.2% 年增.
    dict(
        text=(
            "台灣視光科技產業研究所新聞稿 2025/04/15\n"
            "研究所今日發布最新調查指出，台灣AI視光與眼科醫療應用市場（含AI眼底影像判讀、兒童近視管理分析與視光"
            "門市AI配鏡推薦）2024年規模達新台幣42.8億元，年增率19.6%，2023年為新台幣35.8億元；預估2028年將成長至"
            "新台幣86.5億元，2024至2028年年複合成長率19.2%。研究所指出，全台眼鏡行約4,800家，國小學童近視盛行率約"
            "23.9%，高中生則逾七成；台灣醫療器材產業2024年產值約新台幣0.23兆元，某眼鏡連鎖通路2024年營收新台幣"
            "38.6億元、年增6.2%。"
        ),
        obs=[
            ("Total", 2023, 35.8, "TWD 100 million", "actual"),
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2028, 86.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.8 / 35.8) ** (1 / 1) - 1 = 19.55% -> 19.6
            ("cagr|implied", "exact"),  # (86.5 / 42.8) ** (1 / 4) - 1 = 19.23% -> 19.2
        ],
    ),
    # 16. LaTeX tabular pasted as text (& separators, \\ line ends, \hline, caption line with the unit): AI eye-care
    #     software in Germany, France and Italy (EUR million) for 2024, 2025E and 2028E with a Total row; 2024 adds
    #     exactly, 2025E only by rounding, 2028E by no reading. Expected nowhere: the table number, the source's date,
    #     the EUR 28.4 billion optical retail sales, the 61,000 optometrists and opticians.
    dict(
        text=(
            "Table 3: AI eye-care software market by country, EUR million (2025E and 2028E are estimates)\n"
            "\\begin{tabular}{l|rrr}\n"
            "\\hline\n"
            "Country & 2024 & 2025E & 2028E \\\\\n"
            "\\hline\n"
            "Germany & 184.6 & 212.3 & 318.9 \\\\\n"
            "France & 142.8 & 165.1 & 251.4 \\\\\n"
            "Italy & 88.3 & 101.7 & 152.6 \\\\\n"
            "\\hline\n"
            "Total & 415.7 & 479.2 & 727.9 \\\\\n"
            "\\hline\n"
            "\\end{tabular}\n"
            "Source: Castellane & Moro Research, March 2025. Excludes EUR 28.4 billion of optical retail sales in the "
            "three countries and the 61,000 optometrists and opticians they employ."
        ),
        obs=[
            ("Germany", 2024, 184.6, "EUR million", "actual"),
            ("France", 2024, 142.8, "EUR million", "actual"),
            ("Italy", 2024, 88.3, "EUR million", "actual"),
            ("Total", 2024, 415.7, "EUR million", "actual"),
            ("Germany", 2025, 212.3, "EUR million", "estimate"),
            ("France", 2025, 165.1, "EUR million", "estimate"),
            ("Italy", 2025, 101.7, "EUR million", "estimate"),
            ("Total", 2025, 479.2, "EUR million", "estimate"),
            ("Germany", 2028, 318.9, "EUR million", "estimate"),
            ("France", 2028, 251.4, "EUR million", "estimate"),
            ("Italy", 2028, 152.6, "EUR million", "estimate"),
            ("Total", 2028, 727.9, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 184.6 + 142.8 + 88.3 = 415.7
            # 2025E: 212.3 + 165.1 + 101.7 = 479.1, not 479.2; parts at most 479.25 and the total at least 479.15 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            # 2028E: 318.9 + 251.4 + 152.6 = 722.9, not 727.9; parts 722.75 to 723.05, total 727.85 to 727.95 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 17. reStructuredText grid table (+---+ borders, | cells, +===+ under the header row): Japan's AI inspection in
    #     ophthalmic lens manufacturing by application (¥ billion) in 2023 and 2024 with a Total row; 2023 adds
    #     exactly, 2024 only by rounding. Expected nowhere: the report number, the 96 million lenses shipped, the ¥2.1
    #     billion Series C.
    dict(
        text=(
            "Japan: AI inspection in ophthalmic lens manufacturing, by application (¥ billion)\n"
            "+----------------------------------+-------+-------+\n"
            "| Application                      | 2023  | 2024  |\n"
            "+==================================+=======+=======+\n"
            "| Surface defect detection         | 6.42  | 7.58  |\n"
            "+----------------------------------+-------+-------+\n"
            "| Coating and tint inspection      | 3.17  | 3.86  |\n"
            "+----------------------------------+-------+-------+\n"
            "| Edging and mounting verification | 1.95  | 2.31  |\n"
            "+----------------------------------+-------+-------+\n"
            "| Total                            | 11.54 | 13.76 |\n"
            "+----------------------------------+-------+-------+\n"
            "Source: Hoshino Optical Research, report no. 24-117. Japanese lens makers shipped about 96 million "
            "lenses in 2024; one inspection start-up raised a ¥2.1 billion Series C in January."
        ),
        obs=[
            ("Surface defect detection", 2023, 6.42, "JPY billion", "actual"),
            ("Surface defect detection", 2024, 7.58, "JPY billion", "actual"),
            ("Coating and tint inspection", 2023, 3.17, "JPY billion", "actual"),
            ("Coating and tint inspection", 2024, 3.86, "JPY billion", "actual"),
            ("Edging and mounting verification", 2023, 1.95, "JPY billion", "actual"),
            ("Edging and mounting verification", 2024, 2.31, "JPY billion", "actual"),
            ("Total", 2023, 11.54, "JPY billion", "actual"),
            ("Total", 2024, 13.76, "JPY billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.42 + 3.17 + 1.95 = 11.54
            # 2024: 7.58 + 3.86 + 2.31 = 13.75, not 13.76; parts at most 13.765 and the total at least 13.755 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Markdown table whose cells carry their units ("$1.24B", "$860M"), years as rows (2025E and 2030E
    #     estimates), one column per segment (no total) and a CAGR row at the bottom: each segment's series keeps the
    #     unit of its first cell (virtual try-on USD billion; frame and lens recommendation USD million, their later
    #     "$1.02B", "$2.31B" and "$1.09B" as 1020, 2310 and 1090); the frame and lens CAGRs hold exactly, virtual
    #     try-on's 19.6% only by rounding. Expected nowhere: the source's date, the $71B US optical retail sales, the
    #     $189 average frame price.
    dict(
        text=(
            "US eyewear retail: AI virtual try-on and frame and lens recommendation spending (E = estimate)\n"
            "| Year | Virtual try-on | Frame recommendation | Lens recommendation |\n"
            "|---|---|---|---|\n"
            "| 2024 | $1.24B | $860M | $410M |\n"
            "| 2025E | $1.47B | $1.02B | $486M |\n"
            "| 2030E | $3.61B | $2.31B | $1.09B |\n"
            "| CAGR 2024-2030E | 19.6% | 17.9% | 17.7% |\n"
            "Source: Redfern Retail Analytics, May 2025. US optical retail sales were about $71B in 2024; the average "
            "frame sold online cost $189."
        ),
        obs=[
            ("Virtual try-on", 2024, 1.24, "USD billion", "actual"),
            ("Virtual try-on", 2025, 1.47, "USD billion", "estimate"),
            ("Virtual try-on", 2030, 3.61, "USD billion", "estimate"),
            ("Frame recommendation", 2024, 860, "USD million", "actual"),
            ("Frame recommendation", 2025, 1020, "USD million", "estimate"),
            ("Frame recommendation", 2030, 2310, "USD million", "estimate"),
            ("Lens recommendation", 2024, 410, "USD million", "actual"),
            ("Lens recommendation", 2025, 486, "USD million", "estimate"),
            ("Lens recommendation", 2030, 1090, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # Virtual try-on: (3.61 / 1.24) ** (1 / 6) - 1 = 19.49% -> 19.5, not 19.6; bounds (3.605 / 1.245) ** (1 / 6)
            # - 1 = 19.39%, (3.615 / 1.235) ** (1 / 6) - 1 = 19.60% -> 19.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Frame recommendation: (2310 / 860) ** (1 / 6) - 1 = 17.90% -> 17.9
            ("cagr|implied", "exact"),  # Lens recommendation: (1090 / 410) ** (1 / 6) - 1 = 17.70% -> 17.7
        ],
    ),
    # 19. Chinese Markdown table (Simplified) with years as rows and the columns 规模（亿元） and 同比 (a lone size
    #     column: the market's Total), a 注 line below: China's AI refraction and lens-fitting recommendation market in
    #     optical stores, 2020 to 2025E; the 2021, 2023 and 2025E 同比 hold exactly, 2022's only by rounding, 2024's
    #     by no reading. Expected nowhere: the 1,050亿元 eyewear retail sales, the 3,200家 stores in the sample.
    dict(
        text=(
            "中国视光门店AI验光与配镜推荐市场规模\n"
            "| 年份 | 规模（亿元） | 同比 |\n"
            "|---|---|---|\n"
            "| 2020 | 3.24 | — |\n"
            "| 2021 | 4.57 | 41.0% |\n"
            "| 2022 | 5.93 | 29.9% |\n"
            "| 2023 | 7.81 | 31.7% |\n"
            "| 2024 | 10.12 | 27.6% |\n"
            "| 2025E | 12.94 | 27.9% |\n"
            "注：2025E为预测值；规模不含镜片、镜架销售收入（2024年全国眼镜零售额约1,050亿元）；样本覆盖约3,200家视光"
            "门店。资料来源：瞳观研究。"
        ),
        obs=[
            ("Total", 2020, 3.24, "CNY 100 million", "actual"),
            ("Total", 2021, 4.57, "CNY 100 million", "actual"),
            ("Total", 2022, 5.93, "CNY 100 million", "actual"),
            ("Total", 2023, 7.81, "CNY 100 million", "actual"),
            ("Total", 2024, 10.12, "CNY 100 million", "actual"),
            ("Total", 2025, 12.94, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2020, 2021, 1.0),
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 31.7, "percent", 2022, 2023, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.57 / 3.24) ** (1 / 1) - 1 = 41.05% -> 41.0
            # (5.93 / 4.57) ** (1 / 1) - 1 = 29.76% -> 29.8, not 29.9; bounds 5.925 / 4.575 - 1 = 29.51%,
            # 5.935 / 4.565 - 1 = 30.01% -> 29.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (7.81 / 5.93) ** (1 / 1) - 1 = 31.70% -> 31.7
            # (10.12 / 7.81) ** (1 / 1) - 1 = 29.58% -> 29.6, not 27.6; bounds 10.115 / 7.815 - 1 = 29.43%,
            # 10.125 / 7.805 - 1 = 29.72% -> 27.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (12.94 / 10.12) ** (1 / 1) - 1 = 27.87% -> 27.9
        ],
    ),
    # 20. Space-aligned table (USD million, thousands separators) with region group headers alone on a line
    #     ("Americas", "Europe", "Asia-Pacific"), indented country rows, a subtotal per group and a grand Total, for
    #     2024 and 2025F, one hierarchy verdict for each subtotal and the Total each year: every subtotal and the 2024
    #     Total add exactly, the 2025F Total only by rounding.
    #     Expected nowhere: the source's date, the USD 152 billion eyewear retail sales, the 38 vendors surveyed.
    dict(
        text=(
            "AI eye-care software spending by region, USD million (2025F = forecast)\n"
            "                              2024        2025F\n"
            "Americas\n"
            "    United States          1,284.6      1,532.1\n"
            "    Canada                    96.4        113.8\n"
            "    Americas subtotal      1,381.0      1,645.9\n"
            "Europe\n"
            "    United Kingdom           212.7        248.3\n"
            "    Germany                  231.5        268.9\n"
            "    France                   176.2        204.5\n"
            "    Italy                     98.3        113.6\n"
            "    Europe subtotal          718.7        835.3\n"
            "Asia-Pacific\n"
            "    Japan                    264.8        305.2\n"
            "    South Korea              118.5        141.7\n"
            "    India                     86.9        112.4\n"
            "    Mainland China           402.6        498.3\n"
            "    Asia-Pacific subtotal    872.8      1,057.6\n"
            "Total                      2,972.5      3,538.9\n"
            "Source: Meridian Lane Partners, 14 July 2025, from 38 vendors surveyed. Excludes USD 152 billion of "
            "eyewear retail sales."
        ),
        obs=[
            ("United States", 2024, 1284.6, "USD million", "actual"),
            ("Canada", 2024, 96.4, "USD million", "actual"),
            ("Americas subtotal", 2024, 1381.0, "USD million", "actual"),
            ("United Kingdom", 2024, 212.7, "USD million", "actual"),
            ("Germany", 2024, 231.5, "USD million", "actual"),
            ("France", 2024, 176.2, "USD million", "actual"),
            ("Italy", 2024, 98.3, "USD million", "actual"),
            ("Europe subtotal", 2024, 718.7, "USD million", "actual"),
            ("Japan", 2024, 264.8, "USD million", "actual"),
            ("South Korea", 2024, 118.5, "USD million", "actual"),
            ("India", 2024, 86.9, "USD million", "actual"),
            ("Mainland China", 2024, 402.6, "USD million", "actual"),
            ("Asia-Pacific subtotal", 2024, 872.8, "USD million", "actual"),
            ("Total", 2024, 2972.5, "USD million", "actual"),
            ("United States", 2025, 1532.1, "USD million", "estimate"),
            ("Canada", 2025, 113.8, "USD million", "estimate"),
            ("Americas subtotal", 2025, 1645.9, "USD million", "estimate"),
            ("United Kingdom", 2025, 248.3, "USD million", "estimate"),
            ("Germany", 2025, 268.9, "USD million", "estimate"),
            ("France", 2025, 204.5, "USD million", "estimate"),
            ("Italy", 2025, 113.6, "USD million", "estimate"),
            ("Europe subtotal", 2025, 835.3, "USD million", "estimate"),
            ("Japan", 2025, 305.2, "USD million", "estimate"),
            ("South Korea", 2025, 141.7, "USD million", "estimate"),
            ("India", 2025, 112.4, "USD million", "estimate"),
            ("Mainland China", 2025, 498.3, "USD million", "estimate"),
            ("Asia-Pacific subtotal", 2025, 1057.6, "USD million", "estimate"),
            ("Total", 2025, 3538.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024 Americas subtotal: 1,284.6 + 96.4 = 1,381.0
            ("hierarchy", "exact"),  # 2024 Europe subtotal: 212.7 + 231.5 + 176.2 + 98.3 = 718.7
            ("hierarchy", "exact"),  # 2024 Asia-Pacific subtotal: 264.8 + 118.5 + 86.9 + 402.6 = 872.8
            ("hierarchy", "exact"),  # 2024 Total: 1,381.0 + 718.7 + 872.8 = 2,972.5
            ("hierarchy", "exact"),  # 2025F Americas subtotal: 1,532.1 + 113.8 = 1,645.9
            ("hierarchy", "exact"),  # 2025F Europe subtotal: 248.3 + 268.9 + 204.5 + 113.6 = 835.3
            ("hierarchy", "exact"),  # 2025F Asia-Pacific subtotal: 305.2 + 141.7 + 112.4 + 498.3 = 1,057.6
            # 2025F Total: 1,645.9 + 835.3 + 1,057.6 = 3,538.8 (the ten countries too), not 3,538.9; the subtotals at
            # most 3,538.95 (the countries at most 3,539.3) and the total at least 3,538.85 -> reached only by some
            # reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Boston research house's press release with a "By the numbers" box of em-dash lines: the 2024 global market
    #     for AI retinal-image screening in optometry, a 2030 forecast, a CAGR over a printed span reached only by
    #     rounding, North America's part with its share. Expected nowhere: the dateline, the report title's years, the
    #     $168B global eyewear market, the 230 million eye exams, the 62% of optometrists (a survey), the $48M Series B.
    dict(
        text=(
            "FOR IMMEDIATE RELEASE\n"
            "Boston, February 18, 2025 — Harborview Optic Analytics today published AI Retinal Screening in "
            "Optometry 2025-2030, which tracks software that reads fundus photographs and OCT scans in optometry "
            "chains and eye hospitals and flags diabetic retinopathy, glaucoma and macular degeneration for referral.\n"
            "By the numbers\n"
            "$1.22B — global market, 2024\n"
            "$3.2B — global market, 2030\n"
            "17.5% — CAGR, 2024-2030\n"
            "$0.44B — North America, 2024 (36% of the global total)\n"
            "$168B — global eyewear market for comparison\n"
            "230 million — eye exams performed worldwide each year\n"
            "62% — optometrists planning to add AI screening within two years\n"
            "Harborview also notes that Lumiscan Health closed a $48M Series B in January to expand its retinal AI "
            "into pharmacy-based eye clinics."
        ),
        obs=[
            ("Total", 2024, 1.22, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
            ("North America", 2024, 0.44, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.2 / 1.22) ** (1 / 6) - 1 = 17.44% -> 17.4, not 17.5; bounds (3.15 / 1.225) ** (1/6) - 1 = 17.05%,
            # (3.25 / 1.215) ** (1/6) - 1 = 17.82% -> 17.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.44 / 1.22 = 36.07% -> 36
        ],
    ),
    # 22. UK-listed optical retailer's chairman's statement quoting a consultancy: the UK market for AI lens and frame
    #     recommendation and virtual try-on in 2024, a 2029 forecast with a CAGR over a printed span, and virtual
    #     try-on tools' part whose printed 43% share no reading reaches. Expected nowhere: the group's £412.6 million
    #     revenue and its 6.2% rise, the 8.4p final dividend, the 318 stores, the 3,950 colleagues, the 2.1 million
    #     eye tests, the annual report's year.
    dict(
        text=(
            "Lumora Vision Holdings plc, Annual Report 2024\n"
            "Chairman's statement\n"
            "Dear shareholders, this was a year in which technology moved from the back office to the consulting room. "
            "Group revenue rose 6.2% to £412.6 million, and the Board recommends a final dividend of 8.4p per share. "
            "Our 3,950 colleagues carried out 2.1 million eye tests across 318 stores. The opportunity ahead is "
            "considerable: Fenwick Halden Consulting estimates that the UK market for AI lens and frame recommendation "
            "and virtual try-on was worth £74.5 million in 2024 and forecasts £182 million by 2029, a compound annual "
            "growth rate of 19.6% over 2024-2029. Virtual try-on tools alone accounted for £29.8 million of the 2024 "
            "market, or 43%, and we intend to take a leading part of that growth.\n"
            "Sir Malcolm Reddaway, Chairman"
        ),
        obs=[
            ("Total", 2024, 74.5, "GBP million", "actual"),
            ("Total", 2029, 182, "GBP million", "estimate"),
            ("Virtual try-on tools", 2024, 29.8, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 74.5) ** (1 / 5) - 1 = 19.56% -> 19.6
            # 29.8 / 74.5 = 40.00% -> 40, not 43; bounds 29.75 / 74.55 = 39.91%, 29.85 / 74.45 = 40.09% -> 43 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 23. Webinar slide text with verbless bullets: the 2024 global market for AI myopia-management analytics, a
    #     2029F forecast and a CAGR whose span only the years of its amounts give (inferred), China's part with its
    #     share. Expected nowhere: the webinar's date, the slide numbers, the 80-90% myopia prevalence, the 5 million
    #     children enrolled, the 64% poll answer, the speaker's $12.3M Q4 revenue.
    dict(
        text=(
            "Webinar: Data-driven myopia control for children (14 May 2025)\n"
            "Slide 3 — Why now\n"
            "- Myopia prevalence among East Asian school-leavers: 80-90%\n"
            "- Children enrolled in myopia-control programmes worldwide: 5 million\n"
            "Slide 7 — Market size, AI myopia-management analytics (global)\n"
            "- 2024: $1.1B\n"
            "- 2029F: $2.6B\n"
            "- CAGR: 18.8%\n"
            "- Source: Tidewell Paediatric Vision Research\n"
            "Slide 8 — Regional split\n"
            "- China: $0.42B in 2024, 38% of global\n"
            "Slide 9 — Poll\n"
            "- 64% of attendees already track axial length in clinic\n"
            "Slide 12 — About us\n"
            "- Q4 revenue: $12.3M"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
            ("China", 2024, 0.42, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2029, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.1) ** (1 / 5) - 1 = 18.77% -> 18.8
            ("arithmetic", "exact"),  # 0.42 / 1.1 = 38.18% -> 38
        ],
    ),
    # 24. News item with the currency after the number: the 2024 global market for AI lens-manufacturing quality
    #     inspection, a 2030 forecast whose printed 17.4% no reading reaches, and Europe as a second market (its 2030
    #     figure in billion euros converted to the series' EUR million). Expected nowhere: the lens maker's USD 4.5 bn
    #     revenue, the 2.3 billion spectacle lenses, the 0.8% defect rate, the 14 plants.
    dict(
        text=(
            "Machine vision is taking over the final check on the spectacle-lens production line. According to "
            "Brennan Lowe Industrial Research, the global market for AI quality inspection in ophthalmic lens "
            "manufacturing was worth 1.24 billion US dollars in 2024 and is expected to reach 2.93 bn USD in 2030, "
            "a compound annual growth rate of 17.4% over 2024-2030. Europe, home to several large freeform lens "
            "plants, accounted for 640 million euros in 2024 and is forecast to reach 1.45 billion euros by 2030. "
            "The industry produces some 2.3 billion spectacle lenses a year, and inspectors still reject about 0.8% "
            "of them by eye. One leading lens maker, with revenue of USD 4.5 bn and 14 plants, says automated "
            "inspection has become a board-level priority."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 2.93, "USD billion", "estimate"),
            ("Europe", 2024, 640, "EUR million", "actual"),
            ("Europe", 2030, 1450, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.93 / 1.24) ** (1 / 6) - 1 = 15.41% -> 15.4, not 17.4; bounds (2.925 / 1.245) ** (1/6) - 1 = 15.30%,
            # (2.935 / 1.235) ** (1/6) - 1 = 15.52% -> 17.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. Swiss eye-care software firm's release with apostrophes as thousands separators: the 2024 global market for
    #     AI retinal-image screening, a 2031 forecast with a CAGR over a printed span, Europe's part with its share.
    #     Expected nowhere: the dateline, the firm's CHF 1'250 million net sales, the 2'340 employees, the 1'100
    #     practices, the CHF 2.40 dividend.
    dict(
        text=(
            "Zug, 3 June 2025 - Alpenoptik Vision AG (SIX: AOVN), whose net sales reached CHF 1'250 million last "
            "year, today presented its strategy for AI-assisted retinal screening. Citing Rhein Alpen Market "
            "Intelligence, the company sizes the global market for AI retinal-image screening in optometry practices "
            "and eye hospitals at USD 1'480 million in 2024, growing to USD 4'115 million in 2031, a compound annual "
            "growth rate of 15.7% over 2024-2031. Europe accounted for USD 412 million of the 2024 market, or 27.8%. "
            "Alpenoptik's platform is already used in 1'100 practices, and the group employs 2'340 people. The Board "
            "proposes a dividend of CHF 2.40 per share."
        ),
        obs=[
            ("Total", 2024, 1480, "USD million", "actual"),
            ("Total", 2031, 4115, "USD million", "estimate"),
            ("Europe", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 15.7, "percent", 2024, 2031, None, "stated"),
            ("share", 27.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4115 / 1480) ** (1 / 7) - 1 = 15.73% -> 15.7
            ("arithmetic", "exact"),  # 412 / 1480 = 27.84% -> 27.8
        ],
    ),
    # 26. Broker's note on an Indian optical retailer in prose with A and E years and mn/bn: India's AI retinal
    #     screening market in '24A, 2025E with a yoy rate, 2030E in bn (converted to the series' USD million), and a
    #     CAGR over a printed span reached only by rounding. Expected nowhere: the note's date, the 2,150 stores, the
    #     17.9% EBITDA margin, the 3QFY25 revenue growth of 14%, the target price and its 18% upside.
    dict(
        text=(
            "Netralaya Optics (BUY, TP INR 1,480, 18% upside) - 12 Feb 2025, Carrow Peak Securities\n"
            "AI screening is the next leg. We size India's market for AI retinal-image screening in optical stores and "
            "eye hospitals at $142mn in '24A, rising to $181mn in 2025E (27.5% yoy) and $0.52bn by 2030E, a 24.0% "
            "CAGR over 2024-30E. Netralaya, with 2,150 stores and a 17.9% EBITDA margin, grew 3QFY25 revenue 14% and "
            "is best placed to monetise screening at the counter."
        ),
        obs=[
            ("Total", 2024, 142, "USD million", "actual"),
            ("Total", 2025, 181, "USD million", "estimate"),
            ("Total", 2030, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2024, 2025, 1.0),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (181 / 142) ** (1 / 1) - 1 = 27.46% -> 27.5
            # (520 / 142) ** (1 / 6) - 1 = 24.15% -> 24.2, not 24.0; bounds (515 / 142.5) ** (1/6) - 1 = 23.88%,
            # (525 / 141.5) ** (1/6) - 1 = 24.42% -> 24.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Intergovernmental agency's report paragraph in US$ billions at constant 2023 prices: AI eye-care spending in
    #     member economies in 2022 and 2023 with a yoy rate, a 2030 projection with a CAGR over a printed span, and
    #     retinal-image screening's part with its share. Expected nowhere: the chapter and report numbers, the 12
    #     member economies, the 6.8% of GDP, the 1.1 billion people with vision impairment, the US$118 billion of
    #     eye-care spending.
    dict(
        text=(
            "Asia-Pacific Health Economics Organisation, Regional Health Outlook 2025, Chapter 6\n"
            "6.4 Artificial intelligence in eye care. All amounts in this section are in US$ billions, constant 2023 "
            "prices. Spending on AI retinal-image screening and AI triage of eye-clinic referrals across the 12 member "
            "economies rose from 2.31 in 2022 to 2.84 in 2023, an increase of 22.9%, and the Secretariat projects it "
            "at 6.10 by 2030, an average real growth rate of 11.5% a year over 2023-2030. Retinal-image screening "
            "accounted for 1.12 of the 2023 total, or 39%. The sums remain small beside total eye-care spending of "
            "some 118, while health expenditure as a whole averaged 6.8% of GDP and about 1.1 billion people in the "
            "region live with some vision impairment."
        ),
        obs=[
            ("Total", 2022, 2.31, "USD billion", "actual"),
            ("Total", 2023, 2.84, "USD billion", "actual"),
            ("Total", 2030, 6.10, "USD billion", "estimate"),
            ("Retinal-image screening", 2023, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2022, 2023, 1.0),
            ("cagr", 11.5, "percent", 2023, 2030, None, "stated"),
            ("share", 39, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.84 / 2.31) ** (1 / 1) - 1 = 22.94% -> 22.9
            ("cagr|implied", "exact"),  # (6.10 / 2.84) ** (1 / 7) - 1 = 11.54% -> 11.5
            ("arithmetic", "exact"),  # 1.12 / 2.84 = 39.44% -> 39
        ],
    ),
    # 28. Vendor's marketing page citing a research house: the 2024 global market for AI triage of eye-clinic
    #     referrals, a 2031 figure in billions (converted to the series' USD million) and a printed 21.4% CAGR no
    #     reading reaches. Expected nowhere: the 10x, the 3 out of 4 companies, the up to 40% faster, the 1,200
    #     clinics, the $49 per seat price.
    dict(
        text=(
            "ClearPath Triage by Oculyne\n"
            "Triage eye-clinic referrals 10x faster. Our AI reads the referral letter and the attached retinal images "
            "and ranks every case by urgency, so glaucoma and wet AMD patients are seen first.\n"
            "Why it matters: according to Brightwater Eye Market Research, the global market for AI triage of "
            "eye-clinic referrals will grow from $412 million in 2024 to $1.36 billion by 2031, a CAGR of 21.4% over "
            "2024-2031.\n"
            "3 out of 4 companies in our pilot cut their referral backlog within a quarter, with sign-off up to 40% "
            "faster. Trusted by 1,200 clinics. Plans start at $49 per seat per month."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2031, 1360, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # (1360 / 412) ** (1 / 7) - 1 = 18.60% -> 18.6, not 21.4; bounds (1355 / 412.5) ** (1/7) - 1 = 18.52%,
            # (1365 / 411.5) ** (1/7) - 1 = 18.68% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. 人民日报-style item (Simplified) with 万亿元 and 亿元: the 2024 AI fundus-image screening market with its 比上年
    #     rate reached only by rounding against the printed 2023 base, and the optometry-chain channel's part with its
    #     share. Expected nowhere: the dateline, the 1.3万亿元 eye-health industry, the 3.1个百分点, the 4.5万家 optical
    #     shops, the 51.9% myopia rate, the 1.2亿人次 screenings.
    dict(
        text=(
            "本报北京1月20日电（记者 陈思远）记者从中国眼健康产业联盟获悉，我国眼健康相关产业规模已超过1.3万亿元。"
            "2024年，我国人工智能眼底影像筛查市场规模达到38.6亿元，比上年增长24.7%，增速比上年加快3.1个百分点；2023年"
            "该市场规模为31.0亿元。其中，视光连锁门店渠道规模为15.2亿元，占39.4%。目前全国眼镜店约4.5万家，儿童青少年"
            "总体近视率为51.9%，全年开展视力筛查1.2亿人次。"
        ),
        obs=[
            ("Total", 2023, 31.0, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("视光连锁门店渠道", 2024, 15.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 39.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (38.6 / 31.0) ** (1 / 1) - 1 = 24.52% -> 24.5, not 24.7; bounds 38.55 / 31.05 - 1 = 24.15%,
            # 38.65 / 30.95 - 1 = 24.88% -> 24.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 15.2 / 38.6 = 39.38% -> 39.4
        ],
    ),
    # 30. 券商研报 摘要 (Simplified): China's AI myopia-prevention analytics market in 2023 and 2024 with 同比+, 2025E with
    #     yoy+, 2030E with a 2024-2030E CAGR. Expected nowhere: the report date, the company's 6.85亿元 revenue and its
    #     同比+31.2%, the 目标价 58.20元 and its upside, the 860家 partner stores.
    dict(
        text=(
            "【明远证券】睿视科技（688xxx）深度报告摘要 2025年3月6日\n"
            "AI近视防控进入放量期。我们测算2024年国内AI近视防控数据分析市场规模为21.0亿元，同比+23.5%（2023年为17.0"
            "亿元）；预计2025E达26.6亿元，yoy+26.7%；2030E达80.4亿元，2024-2030E CAGR为25.1%。公司2024年实现营收6.85"
            "亿元，同比+31.2%，合作视光门店达860家。维持“买入”评级，目标价58.20元，较现价有32%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 17.0, "CNY 100 million", "actual"),
            ("Total", 2024, 21.0, "CNY 100 million", "actual"),
            ("Total", 2025, 26.6, "CNY 100 million", "estimate"),
            ("Total", 2030, 80.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("growth", 26.7, "percent", 2024, 2025, 1.0),
            ("cagr", 25.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.0 / 17.0) ** (1 / 1) - 1 = 23.53% -> 23.5
            ("cagr|implied", "exact"),  # (26.6 / 21.0) ** (1 / 1) - 1 = 26.67% -> 26.7
            ("cagr|implied", "exact"),  # (80.4 / 21.0) ** (1 / 6) - 1 = 25.08% -> 25.1
        ],
    ),
    # 31. 政府采购 招标公告 (Simplified) quoting a 白皮书: China's ophthalmic AI screening market in 2024, a 2027 forecast
    #     and a CAGR over a printed span reached only by rounding. Expected nowhere: the 项目编号, the 预算金额（万元）
    #     386.50 and the 最高限价, the 12万 students, the 12个月 service term, the 白皮书's title year.
    dict(
        text=(
            "江州市教育局儿童青少年近视AI筛查服务采购项目招标公告\n"
            "项目编号：JZCG-2025-0417\n"
            "预算金额（万元）：386.50\n"
            "最高限价（万元）：386.50\n"
            "采购需求：为全市中小学生约12万人提供AI眼底影像及屈光筛查服务，服务期限12个月。\n"
            "项目背景：据《2025中国眼科人工智能产业发展白皮书》显示，2024年我国眼科AI筛查市场规模为52.3亿元，预计2027年"
            "将达到96.8亿元，2024-2027年年均复合增长率为22.7%，基层学校筛查需求持续释放。"
        ),
        obs=[
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2027, 96.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (96.8 / 52.3) ** (1 / 3) - 1 = 22.78% -> 22.8, not 22.7; bounds (96.75 / 52.35) ** (1/3) - 1 = 22.72%,
            # (96.85 / 52.25) ** (1/3) - 1 = 22.84% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Macau newspaper item (Traditional) in 億港元: the Hong Kong and Macau market for AI referral triage and
    #     retinal screening in 2023 and 2024 with a 按年 rate no reading reaches, a 2026 forecast. Expected nowhere: the
    #     dateline, the 13.0億澳門元 aside, the 約40名 ophthalmologists, the 120間 optical shops, the 2,800澳門元 lens
    #     price, the 學童近視率 of 62%.
    dict(
        text=(
            "【本報訊】2025年3月10日 澳門視光業界昨日舉行年會。據港澳視光科技研究所發表的報告，香港及澳門AI眼科轉介分流"
            "與視網膜影像篩查市場2024年規模達12.6億港元（約合13.0億澳門元），按年增長18.9%，2023年為10.4億港元；預計"
            "2026年將增至18.3億港元。本澳現有眼科醫生約40名、視光店約120間，一副漸進鏡片平均售價約2,800澳門元，而本澳"
            "學童近視率已達62%。"
        ),
        obs=[
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2026, 18.3, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 10.4) ** (1 / 1) - 1 = 21.15% -> 21.2, not 18.9; bounds 12.55 / 10.45 - 1 = 20.10%,
            # 12.65 / 10.35 - 1 = 22.22% -> 18.9 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. 直播 transcript (Simplified) with 家人们 and 老铁: the 2024 AI frame-recommendation and virtual try-on market
    #     at its exact 23.68亿元 (the colloquial 差不多24个亿 is the same year), 2023 at 18.95亿元 (not the 19个亿) with
    #     its 25% rate, and 2025 (今年) at its approximate 30个亿左右. Expected nowhere: the 199元 frame, the 3万多 buyers,
    #     the 1200家 stores, the 100元 coupon, the 618 date.
    dict(
        text=(
            "【直播文字实录】2025年6月18日 晚8点 明眸眼镜官方直播间\n"
            "主播：家人们晚上好！老铁们先点个关注。今天跟大家聊聊AI配镜，你们知道这个市场有多大吗？根据睿瞳咨询的数据，"
            "2024年中国AI镜片镜架推荐和虚拟试戴市场规模是23.68亿元，差不多24个亿！2023年才18.95亿元，也就19个亿出头，"
            "一年涨了25%。今年，也就是2025年，能冲到30个亿左右。\n"
            "主播：好，上链接！这款钛架镜框只要199元，下单再送100元券，已经有3万多老铁拍了。我们家全国1200家门店都能用"
            "AI试戴，家人们冲！"
        ),
        obs=[
            ("Total", 2023, 18.95, "CNY 100 million", "actual"),
            ("Total", 2024, 23.68, "CNY 100 million", "actual"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.68 / 18.95) ** (1 / 1) - 1 = 24.96% -> 25
        ],
    ),
    # 34. Hong Kong-listed lens maker's voluntary 公告 (Traditional): mainland China's AI lens-manufacturing quality
    #     inspection market in 2023 and 2024 with a 按年 rate, a 2029 forecast with a CAGR over a printed span and a
    #     multiple (2.7倍). Expected nowhere: the 股份代號, the group's 人民幣12.46億元 revenue and its 同比增長8.7%, the
    #     5間 plants, the announcement date.
    dict(
        text=(
            "晶朗光學控股有限公司（股份代號：2318）自願性公告 業務更新 2025年4月8日\n"
            "本公司董事會欣然宣佈，本集團2024年收入為人民幣12.46億元，同比增長8.7%，旗下5間鏡片廠房已全面導入AI視覺"
            "檢測系統。據弘景諮詢統計，2024年中國內地鏡片製造AI視覺質檢市場規模為人民幣14.3億元，按年增長23.3%，2023年"
            "為人民幣11.6億元；預計2029年將達人民幣38.7億元，2024-2029年複合增長率22.0%，屆時市場規模將是2024年的2.7倍。"
            "本公告僅供參考，股東及潛在投資者買賣本公司股份時務請審慎行事。"
        ),
        obs=[
            ("Total", 2023, 11.6, "CNY 100 million", "actual"),
            ("Total", 2024, 14.3, "CNY 100 million", "actual"),
            ("Total", 2029, 38.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
            ("multiple", 2.7, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.3 / 11.6) ** (1 / 1) - 1 = 23.28% -> 23.3
            ("cagr|implied", "exact"),  # (38.7 / 14.3) ** (1 / 5) - 1 = 22.03% -> 22.0
        ],
    ),
    # 35. Taiwan 立法院 質詢 record (Traditional) with 委員： and 部長： speakers: Taiwan's AI fundus-image reading market
    #     in 新台幣億元, 2024 and a 2030 forecast with a 年複合成長率 no reading reaches. Expected nowhere: the session and
    #     meeting numbers, the ROC date, the 4,800 optometrists, the 學童近視盛行率 of 70%, the 1.2億元 budget for this
    #     year.
    dict(
        text=(
            "立法院第11屆第3會期社會福利及衛生環境委員會第5次全體委員會議紀錄（中華民國114年3月12日）\n"
            "委員：部長，根據臺灣視光AI產業協進會的報告，國內AI眼底影像判讀市場2024年是新台幣9.6億元，2030年預估會到"
            "32.4億元，年複合成長率24.5%，部會有沒有跟上？\n"
            "部長：謝謝委員。我們注意到這個趨勢，目前全國驗光師大約4,800人，國小學童近視盛行率約70%，基層篩檢需求很大。"
            "今年本部編列新台幣1.2億元推動AI輔助篩檢試辦計畫。\n"
            "委員：請部長三個月內提出書面報告。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2030, 32.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (32.4 / 9.6) ** (1 / 6) - 1 = 22.47% -> 22.5, not 24.5; bounds (32.35 / 9.65) ** (1/6) - 1 = 22.34%,
            # (32.45 / 9.55) ** (1/6) - 1 = 22.61% -> 24.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. Markdown table (US, USD million) with bold totals and footnote markers in cells, notes below: three care
    #     settings and the Total for 2023, 2024 and 2025F; 2023 and 2024 add exactly, 2025F only by rounding. Expected
    #     nowhere: the footnote numbers, the 2,100 stores, the $78 billion eye-care services market, the 44,000
    #     optometrists, the source's date.
    dict(
        text=(
            "US AI retinal-image screening revenue by care setting (USD million)\n"
            "| Care setting | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| Optometry chains | 412.8¹ | 508.6 | 622.4 |\n"
            "| Eye hospitals and ophthalmology clinics | 296.5 | 351.2 | 418.7 |\n"
            "| Primary care and retail pharmacies | 88.3 | 117.9 | 156.2² |\n"
            "| **Total** | **797.6** | **977.7** | **1,197.4** |\n"
            "¹ Restated to include the 2,100 stores of a chain acquired in 2023.\n"
            "² Forecast assumes Medicare coverage of autonomous diabetic-eye exams.\n"
            "Source: Redwater Health Insights, April 2025. The $78 billion US eye-care services market and the "
            "country's 44,000 optometrists are shown for scale only."
        ),
        obs=[
            ("Optometry chains", 2023, 412.8, "USD million", "actual"),
            ("Optometry chains", 2024, 508.6, "USD million", "actual"),
            ("Optometry chains", 2025, 622.4, "USD million", "estimate"),
            ("Eye hospitals and ophthalmology clinics", 2023, 296.5, "USD million", "actual"),
            ("Eye hospitals and ophthalmology clinics", 2024, 351.2, "USD million", "actual"),
            ("Eye hospitals and ophthalmology clinics", 2025, 418.7, "USD million", "estimate"),
            ("Primary care and retail pharmacies", 2023, 88.3, "USD million", "actual"),
            ("Primary care and retail pharmacies", 2024, 117.9, "USD million", "actual"),
            ("Primary care and retail pharmacies", 2025, 156.2, "USD million", "estimate"),
            ("Total", 2023, 797.6, "USD million", "actual"),
            ("Total", 2024, 977.7, "USD million", "actual"),
            ("Total", 2025, 1197.4, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.8 + 296.5 + 88.3 = 797.6
            ("hierarchy", "exact"),  # 2024: 508.6 + 351.2 + 117.9 = 977.7
            # 2025F: 622.4 + 418.7 + 156.2 = 1,197.3, not 1,197.4; parts at most 1,197.45 and the total at least
            # 1,197.35 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table (France, € thousand) with thousands separators, years across and a "CAGR 2024-30" column:
    #     three retail channels and the Total for 2024, 2025E and 2030E, each row's CAGR over 2024-2030; 2024 and
    #     2025E add exactly, 2030E only by rounding. Expected nowhere: the 12,300 optical shops, the €7.4 billion
    #     French optical retail market, the €189 average frame price, the source's date.
    dict(
        text=(
            "France: AI frame recommendation and virtual try-on at optical retailers (€ thousand)\n"
            "| Channel | 2024 | 2025E | 2030E | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Optical chains | 48,250 | 57,900 | 128,600 | 17.7% |\n"
            "| Independent opticians | 12,480 | 14,870 | 33,950 | 18.2% |\n"
            "| Online eyewear retailers | 9,730 | 12,150 | 31,400 | 21.6% |\n"
            "| Total | 70,460 | 84,920 | 193,951 | 18.4% |\n"
            "Source: Observatoire Lumière Optique, May 2025. France counts about 12,300 optical shops; the €7.4 "
            "billion "
            "optical retail market and the €189 average frame price are excluded."
        ),
        obs=[
            ("Optical chains", 2024, 48250, "EUR thousand", "actual"),
            ("Optical chains", 2025, 57900, "EUR thousand", "estimate"),
            ("Optical chains", 2030, 128600, "EUR thousand", "estimate"),
            ("Independent opticians", 2024, 12480, "EUR thousand", "actual"),
            ("Independent opticians", 2025, 14870, "EUR thousand", "estimate"),
            ("Independent opticians", 2030, 33950, "EUR thousand", "estimate"),
            ("Online eyewear retailers", 2024, 9730, "EUR thousand", "actual"),
            ("Online eyewear retailers", 2025, 12150, "EUR thousand", "estimate"),
            ("Online eyewear retailers", 2030, 31400, "EUR thousand", "estimate"),
            ("Total", 2024, 70460, "EUR thousand", "actual"),
            ("Total", 2025, 84920, "EUR thousand", "estimate"),
            ("Total", 2030, 193951, "EUR thousand", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (128,600 / 48,250) ** (1 / 6) - 1 = 17.75% -> 17.7
            ("cagr|implied", "exact"),  # (33,950 / 12,480) ** (1 / 6) - 1 = 18.15% -> 18.2
            ("cagr|implied", "exact"),  # (31,400 / 9,730) ** (1 / 6) - 1 = 21.56% -> 21.6
            ("cagr|implied", "exact"),  # (193,951 / 70,460) ** (1 / 6) - 1 = 18.38% -> 18.4
            ("hierarchy", "exact"),  # 2024: 48,250 + 12,480 + 9,730 = 70,460
            ("hierarchy", "exact"),  # 2025E: 57,900 + 14,870 + 12,150 = 84,920
            # 2030E: 128,600 + 33,950 + 31,400 = 193,950, not 193,951; parts at most 193,951.5 and the total at least
            # 193,950.5 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. CSV in long form with quoted numbers and the unit in the header ("Market size (USD m)"): Asia-Pacific AI
    #     retinal screening and referral triage, two segments and a Total for 2024 and 2025 (a forecast); 2024 adds
    #     exactly, 2025's printed total no reading reaches. Expected nowhere: the export date, the USD 38.5 bn eyewear
    #     retail market, the 214 hospitals surveyed.
    dict(
        text=(
            "apac_ai_eye_triage.csv (Tanjong Data Partners, Singapore, export 7 April 2025; 2025 = forecast)\n"
            "Year,Segment,\"Market size (USD m)\"\n"
            "2024,\"AI retinal-image screening\",\"1,046.2\"\n"
            "2024,\"AI referral triage\",\"318.4\"\n"
            "2024,\"Total\",\"1,364.6\"\n"
            "2025,\"AI retinal-image screening\",\"1,238.7\"\n"
            "2025,\"AI referral triage\",\"374.2\"\n"
            "2025,\"Total\",\"1,621.9\"\n"
            "note: built from a survey of 214 hospitals and optometry chains; excludes the USD 38.5 bn regional "
            "eyewear retail market"
        ),
        obs=[
            ("AI retinal-image screening", 2024, 1046.2, "USD million", "actual"),
            ("AI referral triage", 2024, 318.4, "USD million", "actual"),
            ("Total", 2024, 1364.6, "USD million", "actual"),
            ("AI retinal-image screening", 2025, 1238.7, "USD million", "estimate"),
            ("AI referral triage", 2025, 374.2, "USD million", "estimate"),
            ("Total", 2025, 1621.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1,046.2 + 318.4 = 1,364.6
            # 2025: 1,238.7 + 374.2 = 1,612.9, not 1,621.9; parts at most 1,613.0 and the total at least 1,621.85 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 39. Chinese table (Simplified) under a "单位：亿元" line with the 合计 row first: four segments for 2023年, 2024年
    #     and 2025年E; 2023 and 2025E add exactly, 2024 only by rounding. Expected nowhere: the source's date, the
    #     1,050亿元 eyewear retail total, the 5万 optometrists.
    dict(
        text=(
            "表：中国眼科与视光AI市场规模（按细分领域）\n"
            "单位：亿元\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 合计 | 78.1 | 98.8 | 124.9 |\n"
            "| AI眼底影像筛查 | 34.2 | 42.9 | 53.6 |\n"
            "| AI近视防控数据分析 | 18.5 | 23.1 | 29.4 |\n"
            "| AI验配推荐与虚拟试戴 | 15.8 | 20.4 | 26.1 |\n"
            "| AI镜片质检 | 9.6 | 12.3 | 15.8 |\n"
            "资料来源：华瞳研究院，2025年5月。注：不含眼镜零售总额约1,050亿元；全国验光从业人员约5万人。"
        ),
        obs=[
            ("合计", 2023, 78.1, "CNY 100 million", "actual"),
            ("合计", 2024, 98.8, "CNY 100 million", "actual"),
            ("合计", 2025, 124.9, "CNY 100 million", "estimate"),
            ("AI眼底影像筛查", 2023, 34.2, "CNY 100 million", "actual"),
            ("AI眼底影像筛查", 2024, 42.9, "CNY 100 million", "actual"),
            ("AI眼底影像筛查", 2025, 53.6, "CNY 100 million", "estimate"),
            ("AI近视防控数据分析", 2023, 18.5, "CNY 100 million", "actual"),
            ("AI近视防控数据分析", 2024, 23.1, "CNY 100 million", "actual"),
            ("AI近视防控数据分析", 2025, 29.4, "CNY 100 million", "estimate"),
            ("AI验配推荐与虚拟试戴", 2023, 15.8, "CNY 100 million", "actual"),
            ("AI验配推荐与虚拟试戴", 2024, 20.4, "CNY 100 million", "actual"),
            ("AI验配推荐与虚拟试戴", 2025, 26.1, "CNY 100 million", "estimate"),
            ("AI镜片质检", 2023, 9.6, "CNY 100 million", "actual"),
            ("AI镜片质检", 2024, 12.3, "CNY 100 million", "actual"),
            ("AI镜片质检", 2025, 15.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年: 34.2 + 18.5 + 15.8 + 9.6 = 78.1
            # 2024年: 42.9 + 23.1 + 20.4 + 12.3 = 98.7, not 98.8; parts at most 98.9 and the total at least 98.75 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025年E: 53.6 + 29.4 + 26.1 + 15.8 = 124.9
        ],
    ),
    # 40. Tab-separated table (Taiwan, NT$ million) with Traditional row labels, years as columns, a "–" cell, an
    #     "n/a" cell and a "Notes:" line: three segments and 合計 for 2023, 2024 and 2025F with a CAGR 2023-25F column;
    #     2023 (the try-on segment not yet tracked) and 2025F add exactly, 2024 only by rounding. Expected nowhere: the
    #     NT$38.6 billion eyewear retail sales, the 4,900 optometrists, the source's date.
    dict(
        text=(
            "Taiwan: AI eye-care software by segment (NT$ million)\n"
            "Segment\t2023\t2024\t2025F\tCAGR 2023-25F\n"
            "AI眼底影像篩檢\t412\t498\t603\t21.0%\n"
            "AI近視管理分析\t236\t301\t384\t27.6%\n"
            "AI驗配推薦與虛擬試戴\t–\t88\t131\tn/a\n"
            "合計\t648\t888\t1,118\t31.4%\n"
            "Notes: – = not tracked before its commercial launch in 2024; n/a = not meaningful; 2025F = forecast. "
            "Taiwan eyewear retail sales of about NT$38.6 billion and the 4,900 licensed optometrists are not "
            "included. "
            "Source: Formosa Vision Economics, 15 May 2025."
        ),
        obs=[
            ("AI眼底影像篩檢", 2023, 412, "TWD million", "actual"),
            ("AI眼底影像篩檢", 2024, 498, "TWD million", "actual"),
            ("AI眼底影像篩檢", 2025, 603, "TWD million", "estimate"),
            ("AI近視管理分析", 2023, 236, "TWD million", "actual"),
            ("AI近視管理分析", 2024, 301, "TWD million", "actual"),
            ("AI近視管理分析", 2025, 384, "TWD million", "estimate"),
            ("AI驗配推薦與虛擬試戴", 2024, 88, "TWD million", "actual"),
            ("AI驗配推薦與虛擬試戴", 2025, 131, "TWD million", "estimate"),
            ("合計", 2023, 648, "TWD million", "actual"),
            ("合計", 2024, 888, "TWD million", "actual"),
            ("合計", 2025, 1118, "TWD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2023, 2025, None, "stated"),
            ("cagr", 27.6, "percent", 2023, 2025, None, "stated"),
            ("cagr", 31.4, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (603 / 412) ** (1 / 2) - 1 = 20.98% -> 21.0
            ("cagr|implied", "exact"),  # (384 / 236) ** (1 / 2) - 1 = 27.56% -> 27.6
            ("cagr|implied", "exact"),  # (1,118 / 648) ** (1 / 2) - 1 = 31.351% -> 31.4
            ("hierarchy", "exact"),  # 2023: 412 + 236 = 648 (the try-on segment "–", not yet tracked)
            # 2024: 498 + 301 + 88 = 887, not 888; parts at most 888.5 and the total at least 887.5 -> reached only
            # by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 603 + 384 + 131 = 1,118
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 12, 'rounding': 19, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(NASDAQ:',
    'About Lumenra Vision',
    'Forward-Looking Statements',
    '$1.42 billion¹',
    '€1 250 million',
    'bn€',
    'M€',
    '2/5',
    '@SakuraVisionLab',
    '[13][14]',
    '[citation needed]',
    '📈',
    '💡',
    'Unsubscribe',
    'a $4.5B opportunity by 2028',
    "today's $1.9B",
    'US$ 640 mn',
    'FY2030E',
    'crore',
    '１２．５亿元',
    '２３．４％',
    '二〇二四年',
    '划重点',
    '敲黑板',
    '数据来源：',
    '謝邀',
    '利益相關',
    '三十五點六億元',
    '管理層討論與分析',
    '億港元',
    '百萬港元',
    '按年上升',
    '按年增長',
    '新台幣',
    '年複合成長率',
    '\\hline',
    '+=====',
    '$860M',
    '$1.24B',
    '| CAGR 2024-2030E |',
    '规模（亿元）',
    '注：',
    'Americas subtotal',
    '$3.2B — global market, 2030',
    '17.5% — CAGR, 2024-2030',
    'Slide 7 —',
    '2029F: $2.6B',
    'CAGR: 18.8%',
    '1.24 billion US dollars',
    '2.93 bn USD',
    'USD 4.5 bn',
    '640 million euros',
    "USD 1'480 million",
    "CHF 1'250 million",
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
    '億港元',
    '澳門元',
    '按年',
    '家人们',
    '老铁',
    '公告',
    '委員：',
    '部長：',
    '年複合成長率',
    '**1,197.4**',
    '412.8¹',
    '€ thousand',
    'CAGR 2024-30',
    'Market size (USD m)',
    '单位：亿元',
    '| 合计 |',
    'n/a',
    'Notes:',
    '\t2025F\t',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 144
#: figures, 59 rates, 70 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 212, "rates_found": 60, "verdicts_right": 94}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset264.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
