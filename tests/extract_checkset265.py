"""A two-hundred-and-sixty-fifth check set for the extractor, written blind: AI in eyewear, optometry and eye care: AI
retinal-image screening in optometry chains and eye hospitals, AI lens and frame recommendation and virtual try-on at
eyewear retailers, AI myopia-management analytics for children, AI lens-manufacturing quality inspection, AI triage of
eye-clinic referrals; sized in money by research houses, optical trade associations, health ministries, eyewear makers'
investor days and brokers, in the US, the UK, France, Germany, Italy, Japan, South Korea, India, Singapore, mainland
China, Taiwan and Hong Kong. Distractors: total eyewear or eye-care market revenue beside the AI part, counts of
optometrists, stores, screenings and patients, a frame's price, a company's own revenue or margin, a funding round, a
quarter's figures, survey percentages, myopia prevalence rates.

Snippets 1-20: Twenty snippets on AI in eyewear, optometry and eye care: eight English prose texts (a US newswire
release with its NYSE ticker, About paragraph and forward-looking statements; a UK executive summary with superscript
footnote markers and page-numbered footnotes; a French agency's release in English with spaced thousands and M€ / bn€
forms; a numbered 1/5 thread on Japanese lens inspection; an encyclopedia paragraph with citation brackets; a Singapore
newsletter with bullets and emoji; a keynote recap sizing today's $1.9B against a $4.5B opportunity by 2028; an Indian
consultancy's FY note in US$ mn with crore asides), seven Chinese prose texts (full-width digits, years in Chinese
numerals, a WeChat article, a Zhihu answer in Traditional with an amount in Chinese numerals, a Hong Kong-listed annual
report's MD&A, a Hong Kong council release in 億港元 and 百萬港元, a Taiwan institute's release in 新台幣) and five tables (LaTeX,
reStructuredText grid, Markdown with units in cells and a CAGR row, a Chinese Markdown table by year, a space-aligned
regional table with group subtotals). Left out: company revenue and margins, funding rounds, a price target, quarters,
counts of optometrists, stores, screenings, lenses and attendees, survey percentages, myopia prevalence rates, total
eyewear and optical retail markets, rupee amounts, boilerplate years. Inconsistent: 1 (share), 3 (CAGR), 6 (growth), 11
(CAGR), 16 (2025e total), 18 (Total CAGR), 19 (2023 growth). Only by rounding: 2 (CAGR), 4, 8 (CAGR), 9, 14 (total
growth), 15 (CAGR), 17 (2030F total), 19 (2024 growth).

Snippets 21-40: Twenty snippets on AI in eyewear, optometry and eye care: eight English prose texts (a Boston research
firm's release with a By the numbers box, a UK optical retailer's chairman's statement, a webinar's slide text, a Munich
trade story with the currency after the number, a Swiss maker's release with apostrophe separators, a broker's note with
A and E years, an intergovernmental report in US$ billions at constant prices, a vendor's marketing page), seven Chinese
prose texts (a 人民日报-style item, a 券商研报 摘要, a 招标公告, a Macau newspaper item in 億港元, a 直播 transcript, a Hong Kong-listed
company's 公告, a 立法院 質詢 record) and five tables (a Markdown table with bold totals and footnote markers, a Markdown table
in € thousand with a CAGR column, a quoted CSV, a Chinese space-aligned table with its 合计 row first, a tab-separated
table with n/a cells). Left out: total eyewear and eye-health market figures, company revenue, dividends, margins and
profit forecasts, headcounts, store, clinic, optometrist and screening counts, frame and lens prices, tender budgets,
price targets, quarters, survey percentages, myopia prevalence rates, shares of GDP, percentage points, amounts in won,
rupees, CHF and 澳門元. Inconsistent: 22 (CAGR), 26 (CAGR), 28 (CAGR), 32 (按年), 37 (the total's CAGR), 39 (2024 合计). Only
by rounding: 21 (CAGR), 25 (Europe's share), 27 (CAGR), 29 (比上年), 30 (同比), 35 (年複合成長率), 36 (2030E total), 38
(Singapore's YoY), 40 (2025F total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US newswire press release from an AI screening vendor (NYSE: CSVT) with a dateline, an "About" paragraph and a
    #    forward-looking-statements paragraph: the US AI retinal-screening market in 2024 (actual) and a 2030 forecast
    #    printed in billions (expected in the series' unit, USD million: 1380), a stated CAGR over a printed span, and
    #    the optometry chains' part whose 62% share no reading reaches. Expected nowhere: the dateline, the 310 practice
    #    owners, the 2,300 locations, the 4.1 million screenings, the company's $186.4 million fiscal 2024 revenue and
    #    its 31% growth, the founding year, the 640 employees, the 1,500 additional locations and the years 2025-2027
    #    of the forward-looking statements, the Form 10-K year.
    dict(
        text=(
            "Clearsight Vision Technologies Sizes U.S. Market for AI Retinal Screening\n"
            "AUSTIN, Texas, March 18, 2025 (Meridian Newswire) -- Clearsight Vision Technologies, Inc. (NYSE: CSVT), "
            "a developer of AI software that reads retinal photographs, today released its annual market study. The "
            "study estimates that U.S. optometry chains, eye hospitals and independent practices spent $412 million "
            "on AI retinal-image screening in 2024. Clearsight expects the market to reach $1.38 billion by 2030, a "
            "compound annual growth rate of 22.3% from 2024 to 2030. Optometry chains accounted for $247 million of "
            "2024 spending, or 62% of the total. The study draws on interviews with 310 practice owners across 2,300 "
            "optometry locations, which together performed 4.1 million AI-assisted screenings last year. Separately, "
            "Clearsight reported fiscal 2024 revenue of $186.4 million, up 31%.\n"
            "About Clearsight Vision Technologies\n"
            "Founded in 2016 and headquartered in Austin, Clearsight Vision Technologies builds FDA-cleared software "
            "for diabetic retinopathy and glaucoma screening and employs 640 people.\n"
            "Forward-Looking Statements\n"
            "This press release contains forward-looking statements, including statements about the company's plan to "
            "bring its platform to 1,500 additional optometry locations between 2025 and 2027. Actual results may "
            "differ materially because of the risks described in the company's Annual Report on Form 10-K for the "
            "fiscal year ended December 31, 2024."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1380, "USD million", "estimate"),
            ("Optometry chains", 2024, 247, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1380 / 412) ** (1 / 6) - 1 = 22.32% -> 22.3
            # 247 / 412 = 59.95% -> 60, not 62; bounds 246.5 / 412.5 = 59.76%, 247.5 / 411.5 = 60.15% -> 62 reached by
            # no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 2. UK research house's executive summary with superscript footnote markers right after the figures and the
    #    footnotes printed at the end (each with its years and a page number): 2023 and 2024 with a year-on-year rate,
    #    a 2030 forecast whose 18.6% CAGR holds only by rounding, and the referral-triage part with its share.
    #    Expected nowhere: the report title's year, the footnote numbers, years and page numbers, the £5.1 billion
    #    optical sector, the 16,400 optometrists, the 13.2 million sight tests.
    dict(
        text=(
            "Halden Ridge Health Analytics: UK AI Eye Care Market Report 2025\n"
            "Executive summary\n"
            "The UK market for AI in eye care, covering retinal-image screening in optometry chains, triage of "
            "eye-clinic referrals and myopia-management analytics for children, was worth £148.6 million¹ in "
            "2024. That was 22.5%² more than the £121.3 million recorded in 2023. We forecast £412 "
            "million³ by 2030, a compound annual growth rate of 18.6%⁴ over 2024-2030. AI referral triage "
            "accounted for £53.9 million of the 2024 total, or 36.3%. For context, the UK optical sector turned "
            "over about £5.1 billion in 2024, and some 16,400 registered optometrists⁵ carried out 13.2 "
            "million NHS sight tests in England.\n"
            "¹ Halden Ridge supplier-revenue model covering 2019-2024 (p. 18).\n"
            "² Year-on-year change from 2023 to 2024 (p. 19).\n"
            "³ Base case of the 2025-2030 forecast (p. 42).\n"
            "⁴ Computed on the 2024 and 2030 values (p. 43).\n"
            "⁵ General Optical Council register at 31 March 2025 (p. 7)."
        ),
        obs=[
            ("Total", 2023, 121.3, "GBP million", "actual"),
            ("Total", 2024, 148.6, "GBP million", "actual"),
            ("Total", 2030, 412, "GBP million", "estimate"),
            ("AI referral triage", 2024, 53.9, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("share", 36.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (148.6 / 121.3) ** (1 / 1) - 1 = 22.51% -> 22.5
            # (412 / 148.6) ** (1 / 6) - 1 = 18.53% -> 18.5, not 18.6; bounds (411.5 / 148.65) ** (1/6) - 1 = 18.50%,
            # (412.5 / 148.55) ** (1/6) - 1 = 18.56% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 53.9 / 148.6 = 36.27% -> 36.3
        ],
    ),
    # 3. French agency's release in English with spaces as thousands separators ("EUR 1 085 million") and M€ / bn€
    #    forms: the European market in 2024 (actual) and 2030 (forecast) with a stated CAGR that no reading reaches,
    #    and France's part ("186 M€") with its 17% share. Expected nowhere: the dateline, the edition year, the 7.2 bn€
    #    French optical retail sales, the 13 000 shops, the 42 000 opticians, the €390 progressive lenses.
    dict(
        text=(
            "PRESS RELEASE\n"
            "Paris, 4 June 2025 - The French Agency for Digital Eye Health (AFSON) today published the 2025 edition of "
            "its Observatory of AI in Vision Care. The agency estimates that the European market for AI in optical "
            "retail and eye care, from lens recommendation and virtual try-on in opticians' shops to AI retinal "
            "screening, reached EUR 1 085 million in 2024. It expects the market to reach EUR 2 480 million in 2030, "
            "a compound annual growth rate of 15.6% over 2024-2030. France accounted for 186 M€ in 2024, or 17% "
            "of the European total. French optical retail sales came to 7.2 bn€ last year across some 13 000 "
            "shops employing 42 000 opticians, and a pair of progressive lenses sold for €390 on average."
        ),
        obs=[
            ("Total", 2024, 1085, "EUR million", "actual"),
            ("Total", 2030, 2480, "EUR million", "estimate"),
            ("France", 2024, 186, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2030, None, "stated"),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2480 / 1085) ** (1 / 6) - 1 = 14.77% -> 14.8, not 15.6; bounds (2479.5 / 1085.5) ** (1/6) - 1 = 14.76%,
            # (2480.5 / 1084.5) ** (1/6) - 1 = 14.78% -> 15.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 186 / 1085 = 17.14% -> 17
        ],
    ),
    # 4. A thread of five numbered posts (1/5 ... 5/5) with hashtags and @handles, one figure per post: Japan's AI
    #    lens-inspection spending in 2023 and 2024 (yen, JPY billion), a yoy rate that holds only by rounding, and a
    #    2030 forecast. Expected nowhere: the post date, the post numbers, the 410 million lenses, the like and repost
    #    counts.
    dict(
        text=(
            "Kenji Mori @kenji_lenslab · Apr 22, 2025\n"
            "1/5 \U0001f9f5 Japanese lens makers shipped about 410 million spectacle lenses last year and more of "
            "them are now checked by cameras, not people. #EyewearTech #AI\n"
            "2/5 Per @KoyoOptiResearch, spending on AI visual inspection in Japanese lens plants was ¥18.4 "
            "billion in 2023.\n"
            "3/5 In 2024 it reached ¥21.6 billion. #Manufacturing\n"
            "4/5 That's +17.6% yoy, mostly coating-defect and edging checks. @KoyoOptiResearch\n"
            "5/5 Their forecast: ¥52 billion by 2030. #LensTech /end\n"
            "♥ 214 ↻ 37"
        ),
        obs=[
            ("Total", 2023, 18.4, "JPY billion", "actual"),
            ("Total", 2024, 21.6, "JPY billion", "actual"),
            ("Total", 2030, 52, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (21.6 / 18.4) ** (1 / 1) - 1 = 17.39% -> 17.4, not 17.6; bounds 21.55 / 18.45 - 1 = 16.80%,
            # 21.65 / 18.35 - 1 = 17.98% -> 17.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. Encyclopedia-style paragraph with citation brackets right after the figures ([12], [13][14]) and a
    #    "[citation needed]" tag: mainland China's AI myopia-management analytics in 2021, 2023 and 2024 (CN¥ billion),
    #    a year-on-year rate and "more than double" its 2021 size (x2 over three years, no verdict). Expected nowhere:
    #    the citation numbers, the 52.7% myopia prevalence and its year, the 45,000 optometrists, the 2018 guideline
    #    year, the 600 million children's screenings.
    dict(
        text=(
            "AI-assisted myopia management\n"
            "In mainland China, the market for AI analytics used in myopia management for children, covering "
            "axial-length trend prediction, orthokeratology fitting software and school screening dashboards, was "
            "valued at CN¥1.42 billion in 2021[12] and CN¥2.36 billion in 2023. It reached CN¥3.05 "
            "billion in 2024,[13][14] growth of 29.2% in a year and more than double its 2021 size.[citation needed] "
            "The prevalence of myopia among Chinese children and adolescents was put at 52.7% in 2018,[15] the year a "
            "national prevention plan was issued, and the country had about 45,000 certified optometrists in "
            "2023.[16] Cumulative school vision screenings have exceeded 600 million.[17]"
        ),
        obs=[
            ("Total", 2021, 1.42, "CNY billion", "actual"),
            ("Total", 2023, 2.36, "CNY billion", "actual"),
            ("Total", 2024, 3.05, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.05 / 2.36) ** (1 / 1) - 1 = 29.24% -> 29.2
        ],
    ),
    # 6. Singapore email newsletter with a subject line, "•" bullets, emoji before lines and an unsubscribe footer:
    #    Asia-Pacific AI retinal screening in 2023 and 2024 (the subject's "US$1.1bn" is the 2024 figure, expected at
    #    its most precise statement, 1.12) with a yoy rate no reading reaches, a 2030 forecast with an exact CAGR, and
    #    Singapore's own 2024 spending (an item of its own, USD million). Expected nowhere: the issue number, the
    #    US$45 million Series B, the 64% of optometrists surveyed, the Q1 2025 US$310 million, the two years of the
    #    survey.
    dict(
        text=(
            "Subject: EyeTech Signal #47 - Asia-Pacific AI retinal screening tops US$1.1bn\n"
            "Hi there, this week's numbers come from Merlion Health Insights in Singapore.\n"
            "📈 • Asia-Pacific spending on AI retinal-image screening reached US$1.12 billion in 2024, up "
            "26.4% from US$0.91 billion in 2023.\n"
            "💡 • Merlion forecasts US$3.36 billion by 2030, a CAGR of 20.1% over 2024-2030.\n"
            "🏥 • Singapore's eye hospitals and optometry chains spent US$38 million of the 2024 total.\n"
            "💰 • Funding: Lumen Retina closed a US$45 million Series B led by regional investors.\n"
            "🗳 • Survey: 64% of optometrists in the region plan to add AI screening within two years.\n"
            "• First-quarter 2025 spending came to US$310 million.\n"
            "You are receiving this because you subscribed to EyeTech Signal. Unsubscribe or manage your preferences "
            "at any time."
        ),
        obs=[
            ("Total", 2023, 0.91, "USD billion", "actual"),
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 3.36, "USD billion", "estimate"),
            ("Singapore", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1.12 / 0.91) ** (1 / 1) - 1 = 23.08% -> 23.1, not 26.4; bounds 1.115 / 0.915 - 1 = 21.86%,
            # 1.125 / 0.905 - 1 = 24.31% -> 26.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (3.36 / 1.12) ** (1 / 6) - 1 = 20.09% -> 20.1
        ],
    ),
    # 7. Conference keynote recap dated October 2025: "a $4.5B opportunity by 2028" against "today's $1.9B" (today is
    #    the recap's year, 2025, not over, so an estimate like the 2028 forecast) and "roughly 33% a year" with no span
    #    printed (an inferred CAGR, its years from the amounts). Expected nowhere: the summit's date and year in its
    #    name, the 3,400 attendees, the speaker's firm's $212 million revenue last year, the 9,800 stores, the $289
    #    frame, the 18 months.
    dict(
        text=(
            "Recap: OptiVision Summit 2025, Las Vegas, October 14, 2025\n"
            "In Tuesday's opening keynote, Dana Whitfield, chief executive of Prismata Labs, told some 3,400 "
            "attendees that AI lens and frame recommendation and virtual try-on at eyewear retailers is \"a $4.5B "
            "opportunity by 2028\", up from today's $1.9B, growth of roughly 33% a year. Whitfield said Prismata's "
            "own revenue reached $212 million last year and that its try-on mirror now runs in 9,800 stores. She "
            "held up a $289 titanium frame that shoppers picked after a 40-second face scan and said retailers "
            "recover their set-up costs within 18 months."
        ),
        obs=[
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2028, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.5 / 1.9) ** (1 / 3) - 1 = 33.30% -> 33
        ],
    ),
    # 8. Indian consultancy's note in US$ with FY forms (FY24, FY25, FY2030E; fiscal years count as their number),
    #    rupee asides in crore and lakh crore (no observation) and "US$ 640 mn": FY24 and FY25 with an exact yoy rate,
    #    FY2030E with a CAGR that holds only by rounding. Expected nowhere: the dateline, the note number, the
    #    ₹1,780 crore and ₹9.4 lakh crore, the US$ 4.1 bn retail eyewear market given for scale, the 52,000
    #    optometrists, the chain's 2,600 stores.
    dict(
        text=(
            "Mumbai, 9 July 2025 - Sahyadri Advisory Partners, Healthcare Practice Note No. 14\n"
            "India's AI eye-care market, spanning retinal screening in hospital chains, AI triage of referrals and AI "
            "lens recommendation at optical retailers, stood at US$ 212 mn in FY25 (about ₹1,780 crore), up 24% "
            "from US$ 171 mn in FY24. We project US$ 640 mn by FY2030E, a CAGR of 24.8% over FY25-FY2030E. For scale, "
            "retail eyewear is a US$ 4.1 bn business and national health spending runs to roughly ₹9.4 lakh "
            "crore. India has about 52,000 optometrists, and its largest optical chain runs 2,600 stores."
        ),
        obs=[
            ("Total", 2024, 171, "USD million", "actual"),
            ("Total", 2025, 212, "USD million", "actual"),
            ("Total", 2030, 640, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 24.8, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 171) ** (1 / 1) - 1 = 23.98% -> 24
            # (640 / 212) ** (1 / 5) - 1 = 24.73% -> 24.7, not 24.8; bounds (639.5 / 212.5) ** (1/5) - 1 = 24.65%,
            # (640.5 / 211.5) ** (1/5) - 1 = 24.81% -> 24.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. Simplified Chinese news item with full-width digits and punctuation in the figures: 2023 and 2024 of AI lens
    #    and frame recommendation and virtual try-on in optical retail (亿元), a 同比 rate that holds only by rounding,
    #    and a 2027 forecast. Expected nowhere: the report title's year, the 980亿元 eyewear retail sales, the 3.2万家
    #    stores, the 580元 frame price, the 46% of shoppers surveyed.
    dict(
        text=(
            "本报讯（记者周明远）据镜界智库发布的"
            "《２０２５中国眼镜零售数字化报告》，"
            "２０２４年我国眼镜零售环节AI镜片与镜"
            "架推荐及虚拟试戴市场规模达到１２．５"
            "亿元，同比增长２３．４％，２０２３年"
            "为１０．１亿元。报告预计，２０２７年"
            "该市场规模将达２４．８亿元。同期全国"
            "眼镜零售总额约９８０亿元，门店约３．"
            "２万家，一副中端镜架平均售价５８０元"
            "；调查显示，４６％的消费者在配镜前使"
            "用过虚拟试戴。"
        ),
        obs=[
            ("Total", 2023, 10.1, "CNY 100 million", "actual"),
            ("Total", 2024, 12.5, "CNY 100 million", "actual"),
            ("Total", 2027, 24.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.5 / 10.1) ** (1 / 1) - 1 = 23.76% -> 23.8, not 23.4; bounds 12.45 / 10.15 - 1 = 22.66%,
            # 12.55 / 10.05 - 1 = 24.88% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Official notice (Simplified) with years in Chinese numerals (二〇二四年, 二〇三〇年) and amounts in Arabic
    #     digits: 2024 AI myopia-management analytics for children (actual), the school-screening part with its share,
    #     and a 2030 target with a stated CAGR over a printed span. Expected nowhere: the 1.21亿人次 screenings, the
    #     51.9% myopia rate and its 0.8 percentage points, the 8.7万 optometry staff.
    dict(
        text=(
            "全国儿童青少年视力健康数字化推进联席"
            "办公室通报：二〇二四年，全国儿童近视"
            "管理人工智能分析服务市场规模为38.6亿元"
            "，其中学校视力筛查场景AI分析服务15.2亿元"
            "，占比39.4%。预计到二〇三〇年，市场规模"
            "将达到112亿元，二〇二四年至二〇三〇年"
            "年均复合增长率为19.4%。二〇二四年全国共"
            "完成儿童青少年视力筛查1.21亿人次，总体"
            "近视率为51.9%，较上年下降0.8个百分点；全"
            "国持证验光人员约8.7万人。各地要继续推"
            "进视力档案数字化建设。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2030, 112, "CNY 100 million", "estimate"),
            ("学校视力筛查场景AI分析服务", 2024, 15.2,
             "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 39.4, "percent", 2024, 2024, None),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 15.2 / 38.6 = 39.38% -> 39.4
            ("cagr|implied", "exact"),  # (112 / 38.6) ** (1 / 6) - 1 = 19.43% -> 19.4
        ],
    ),
    # 11. 微信公众号 article (Simplified) with emoji, 敲黑板 and 划重点 and a "数据来源：" line: China's AI lens-manufacturing
    #     quality inspection in 2024 and a 2027 forecast with a CAGR whose span is not printed (inferred
    #     from the amounts' years, read as cagr|period) that no reading reaches. Expected nowhere: the
    #     white paper's title year, the 4.6亿片 lenses, the 3亿元 B round, the 1,200 inspectors, the 98.5% detection
    #     rate, the read and like counts.
    dict(
        text=(
            "🔥 AI验片上岗，镜片厂的质检员要转岗"
            "了？\n"
            "敲黑板👇 2024年，我国镜片制造AI视觉质"
            "检市场规模为9.8亿元，预计2027年将达到21.5"
            "亿元，年复合增长率31.6%。\n"
            "划重点📌 国内镜片年产量约4.6亿片，一"
            "家大厂过去要配1,200名目检工，AI设备的缺"
            "陷检出率已到98.5%。上个月，AI质检公司澄"
            "光智能刚完成3亿元B轮融资。💪\n"
            "数据来源：明衡产业研究院《2025中国镜片"
            "智能制造白皮书》\n"
            "阅读 1.2万 · 点赞 386"
        ),
        obs=[
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 21.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (21.5 / 9.8) ** (1 / 3) - 1 = 29.94% -> 29.9, not 31.6; bounds (21.45 / 9.85) ** (1/3) - 1 = 29.62%,
            # (21.55 / 9.75) ** (1/3) - 1 = 30.26% -> 31.6 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. 知乎-style answer in Traditional characters ("謝邀", "利益相關") with the 2024 amount wholly in Chinese
    #     numerals (三十五點六億元 = 35.6) and 2023 and 2020 in digits: AI fundus-image screening bought by eye hospitals,
    #     a 同比 rate and "近3倍" of 2020 (x3 over four years, no verdict). Expected nowhere: the edit date, the 18萬例
    #     screenings, the 30萬元 camera, the 1,200 eye hospitals, the 去年 of the writer's hospital.
    dict(
        text=(
            "如何看待AI眼底篩查在國內眼科醫院的普"
            "及？\n"
            "謝邀。利益相關：在一家眼科連鎖做資"
            "訊化，以下只代表個人看法。\n"
            "先說規模。按照睿目諮詢的口徑，2024年"
            "國內眼科醫院和視光中心採購AI眼底影像"
            "篩查的市場規模是三十五點六億元，2023年"
            "是27.9億元，同比增長了27.6%，差不多是2020年"
            "12億元的近3倍。\n"
            "我們院去年做了大概18萬例眼底篩查，一"
            "台眼底相機落地價也就30萬元左右。全國"
            "眼科專科醫院大概1,200家，大部分還沒有"
            "用上。\n"
            "編輯於 2025-05-12"
        ),
        obs=[
            ("Total", 2020, 12, "CNY 100 million", "actual"),
            ("Total", 2023, 27.9, "CNY 100 million", "actual"),
            ("Total", 2024, 35.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35.6 / 27.9) ** (1 / 1) - 1 = 27.60% -> 27.6
        ],
    ),
    # 13. Hong Kong-listed company's annual report, 管理層討論與分析 (Traditional), quoting a made-up consultancy (據恒觀諮詢):
    #     China's AI eye-clinic referral triage market in 2023 and 2024 and a 2029 forecast with a stated CAGR.
    #     Expected nowhere: the year-end date, the company's 營業收入 人民幣4.12億元 and its 同比 18.3%, the 46.2% gross
    #     margin, the 28 provinces and 364 hospitals, the 1,050 staff.
    dict(
        text=(
            "管理層討論與分析\n"
            "行業概覽\n"
            "據恒觀諮詢報告，中國AI眼科轉診分診市"
            "場規模由2023年的人民幣6.5億元增至"
            "2024年的人民幣8.6億元，預計將於2029年達到人"
            "民幣31.2億元，2024年至2029年的複合年增長率"
            "為29.4%。\n"
            "業務回顧\n"
            "截至2024年12月31日止年度，本集團實現營業"
            "收入人民幣4.12億元，同比增長18.3%；毛利率"
            "為46.2%。本集團的AI分診平台已覆蓋全國28個"
            "省份的364家醫院，僱員共1,050名。"
        ),
        obs=[
            ("Total", 2023, 6.5, "CNY 100 million", "actual"),
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2029, 31.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.2 / 8.6) ** (1 / 5) - 1 = 29.40% -> 29.4
        ],
    ),
    # 14. Hong Kong trade council's press release (Traditional) in 億港元 and 百萬港元 with 按年上升 / 按年增長: the 2023
    #     and 2024 market (HKD 100 million) with a rate that holds only by rounding, the retinal-screening part in
    #     百萬港元 (HKD million) with its share, and the try-on part's 2023 and 2024 with its own exact rate. Expected
    #     nowhere: the release date, the 2 400 optometrists, the 52億港元 optical retail sales, the first quarter's
    #     5.1%, the 1 380 shops.
    dict(
        text=(
            "香港視光科技發展局今日（六月十八日"
            "）公布，2024年香港AI眼科及眼鏡零售科技"
            "市場總值為12.4億港元，按年上升16.9%（2023年"
            "：10.6億港元）。其中，AI視網膜影像篩查"
            "服務的收益為486百萬港元，佔整體市場39.2%"
            "；AI虛擬試戴及鏡片推薦服務的收益按年"
            "增長24.2%至318百萬港元（2023年：256百萬港元）"
            "。發言人表示，全港註冊視光師約2 400名"
            "，眼鏡零售業全年銷貨價值約52億港元，"
            "分佈於約1 380間店舖；今年第一季眼鏡零"
            "售銷貨價值按年上升5.1%。"
        ),
        obs=[
            ("Total", 2023, 10.6, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("AI視網膜影像篩查服務", 2024, 486, "HKD million", "actual"),
            ("AI虛擬試戴及鏡片推薦服務", 2023, 256, "HKD million",
             "actual"),
            ("AI虛擬試戴及鏡片推薦服務", 2024, 318, "HKD million",
             "actual"),
        ],
        claims=[
            ("growth", 16.9, "percent", 2023, 2024, 1.0),
            ("share", 39.2, "percent", 2024, 2024, None),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.4 / 10.6) ** (1 / 1) - 1 = 16.98% -> 17.0, not 16.9; bounds 12.35 / 10.65 - 1 = 15.96%,
            # 12.45 / 10.55 - 1 = 18.01% -> 16.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 486 / 1,240 (12.4億港元) = 39.19% -> 39.2
            ("cagr|implied", "exact"),  # (318 / 256) ** (1 / 1) - 1 = 24.22% -> 24.2
        ],
    ),
    # 15. Taiwan research institute's release (Traditional) in 新台幣億元 with 年增率 and 年複合成長率: 2023 and 2024 with
    #     an exact rate, a 2030 forecast whose CAGR holds only by rounding. Expected nowhere: the release date, the
    #     新台幣1.6兆元 health spending, the 3,100 optical shops, the 28.6% share of shops surveyed, the 國小學童 myopia
    #     rate of 24.5%.
    dict(
        text=(
            "財團法人台灣視光智慧產業研究院新聞"
            "稿 2025年5月20日\n"
            "本院今日發布研究指出，台灣AI眼科與眼"
            "鏡智慧應用市場2024年規模達新台幣28.4億元"
            "，年增率21.4%，2023年為新台幣23.4億元；預估"
            "2030年將成長至新台幣86億元，2024至2030年年複"
            "合成長率20.4%。相較於全台約新台幣1.6兆元"
            "的醫療保健支出，此市場仍小；全台約3,100"
            "家眼鏡行中，受訪業者有28.6%已導入AI驗光"
            "輔助，國小學童近視率則為24.5%。"
        ),
        obs=[
            ("Total", 2023, 23.4, "TWD 100 million", "actual"),
            ("Total", 2024, 28.4, "TWD 100 million", "actual"),
            ("Total", 2030, 86, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("cagr", 20.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.4 / 23.4) ** (1 / 1) - 1 = 21.37% -> 21.4
            # (86 / 28.4) ** (1 / 6) - 1 = 20.28% -> 20.3, not 20.4; bounds (85.5 / 28.45) ** (1/6) - 1 = 20.13%,
            # (86.5 / 28.35) ** (1/6) - 1 = 20.43% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. LaTeX tabular pasted as text (& separators, \\ line ends, \hline, a caption line with the unit): Germany's AI
    #     eye-care segments in EUR million for 2024 and 2025e (an estimate column) with a Total row; 2024 adds exactly,
    #     the 2025e total is reached by no reading. Expected nowhere: the table number, the source date, the 11,900
    #     optician shops, the 7,600 ophthalmologists, the EUR 7.1 billion optical retail sales.
    dict(
        text=(
            "\\begin{table}[h]\n"
            "\\caption{Table 3: Germany, AI in eye care by segment (EUR million; 2025e = estimate)}\n"
            "\\begin{tabular}{lrr}\n"
            "\\hline\n"
            "Segment & 2024 & 2025e \\\\\n"
            "\\hline\n"
            "AI retinal-image screening                &    84.6 &   101.3 \\\\\n"
            "AI lens-manufacturing quality inspection  &    52.3 &    60.8 \\\\\n"
            "AI frame recommendation and virtual try-on &   37.9 &    46.2 \\\\\n"
            "\\hline\n"
            "Total                                     &   174.8 &   209.4 \\\\\n"
            "\\hline\n"
            "\\end{tabular}\n"
            "\\end{table}\n"
            "Source: Rheinblick Marktforschung GmbH, April 2025. Germany has about 11,900 optician shops and 7,600 "
            "ophthalmologists; optical retail sales of EUR 7.1 billion are not included."
        ),
        obs=[
            ("AI retinal-image screening", 2024, 84.6, "EUR million", "actual"),
            ("AI lens-manufacturing quality inspection", 2024, 52.3, "EUR million", "actual"),
            ("AI frame recommendation and virtual try-on", 2024, 37.9, "EUR million", "actual"),
            ("Total", 2024, 174.8, "EUR million", "actual"),
            ("AI retinal-image screening", 2025, 101.3, "EUR million", "estimate"),
            ("AI lens-manufacturing quality inspection", 2025, 60.8, "EUR million", "estimate"),
            ("AI frame recommendation and virtual try-on", 2025, 46.2, "EUR million", "estimate"),
            ("Total", 2025, 209.4, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 84.6 + 52.3 + 37.9 = 174.8
            # 2025e: 101.3 + 60.8 + 46.2 = 208.3, not 209.4; parts at most 208.45 and the total at least 209.35 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 17. reStructuredText grid table (+---+ borders, | cells, ===== under the header row): Italy's AI eye-care
    #     segments in EUR million for 2024 and 2030F with a Total row; 2024 adds exactly, 2030F only by rounding.
    #     Expected nowhere: the source date, the EUR 3.4 billion optical retail market, the 9,700 optical stores, the
    #     2.3 million children screened.
    dict(
        text=(
            "Italy: AI in eye care by segment, EUR million (2030F = forecast)\n"
            "\n"
            "+------------------------------------------+--------+--------+\n"
            "| Segment                                  | 2024   | 2030F  |\n"
            "+==========================================+========+========+\n"
            "| AI retinal screening in optometry chains | 41.7   | 128.5  |\n"
            "+------------------------------------------+--------+--------+\n"
            "| AI myopia-management analytics           | 18.2   | 66.9   |\n"
            "+------------------------------------------+--------+--------+\n"
            "| AI eye-clinic referral triage            | 12.6   | 47.3   |\n"
            "+------------------------------------------+--------+--------+\n"
            "| Total                                    | 72.5   | 242.8  |\n"
            "+------------------------------------------+--------+--------+\n"
            "\n"
            "Source: Studio Lagunare Ricerche, Milan, 2 May 2025. Excludes Italy's EUR 3.4 billion optical retail "
            "market (9,700 optical stores) and the 2.3 million children screened in schools."
        ),
        obs=[
            ("AI retinal screening in optometry chains", 2024, 41.7, "EUR million", "actual"),
            ("AI myopia-management analytics", 2024, 18.2, "EUR million", "actual"),
            ("AI eye-clinic referral triage", 2024, 12.6, "EUR million", "actual"),
            ("Total", 2024, 72.5, "EUR million", "actual"),
            ("AI retinal screening in optometry chains", 2030, 128.5, "EUR million", "estimate"),
            ("AI myopia-management analytics", 2030, 66.9, "EUR million", "estimate"),
            ("AI eye-clinic referral triage", 2030, 47.3, "EUR million", "estimate"),
            ("Total", 2030, 242.8, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 41.7 + 18.2 + 12.6 = 72.5
            # 2030F: 128.5 + 66.9 + 47.3 = 242.7, not 242.8; parts at most 242.85 and the total at least 242.75 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Markdown table whose cells carry their units ("$860M", "$2.4B"), years as rows (2024, 2030F) and a CAGR row
    #     at the bottom with its span: US AI retinal screening and AI virtual try-on with a Total column. Each column's
    #     series keeps its first unit, USD million from the 2024 row, so the 2030F billions are expected converted
    #     ("$3.1B" as 3100); two CAGRs are exact, the Total's is reached by no reading; the columns add to the Total
    #     each year. Expected nowhere: the note's date, the $48 price target and its 22% upside, the ~$42B US eyewear
    #     retail market, the 45,000 optometrists.
    dict(
        text=(
            "US AI eye care by segment (Bayshore Capital Markets, sector note, 3 March 2025)\n"
            "| Year | AI retinal screening | AI virtual try-on | Total |\n"
            "|---|---|---|---|\n"
            "| 2024 | $1,240M | $860M | $2,100M |\n"
            "| 2030F | $3.1B | $2.4B | $5.5B |\n"
            "| CAGR 2024-2030 | 16.5% | 18.7% | 19.2% |\n"
            "We keep our $48 price target on Lenscraft Group (22% upside). US eyewear retail is a ~$42B market served "
            "by some 45,000 optometrists."
        ),
        obs=[
            ("AI retinal screening", 2024, 1240, "USD million", "actual"),
            ("AI retinal screening", 2030, 3100, "USD million", "estimate"),
            ("AI virtual try-on", 2024, 860, "USD million", "actual"),
            ("AI virtual try-on", 2030, 2400, "USD million", "estimate"),
            ("Total", 2024, 2100, "USD million", "actual"),
            ("Total", 2030, 5500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3,100 / 1,240) ** (1 / 6) - 1 = 16.50% -> 16.5
            ("cagr|implied", "exact"),  # (2,400 / 860) ** (1 / 6) - 1 = 18.65% -> 18.7
            # (5,500 / 2,100) ** (1 / 6) - 1 = 17.41% -> 17.4, not 19.2; bounds (5,450 / 2,100.5) ** (1/6) - 1 =
            # 17.22%, (5,550 / 2,099.5) ** (1/6) - 1 = 17.59% -> 19.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 1,240 + 860 = 2,100
            ("hierarchy", "exact"),  # 2030F: 3,100 + 2,400 = 5,500 ($3.1B + $2.4B = $5.5B)
        ],
    ),
    # 19. Chinese Markdown table with years as rows (2020-2025E) and columns 规模（亿元） and 同比, a 注： line below:
    #     the lone size column is the market's own size (Total), 2025E an estimate; the 同比 rates are exact except
    #     2023 (no reading) and 2024 (only by rounding). Expected nowhere: the title's span years, the note's date, the
    #     980亿元 eyewear retail, the 312 institutions, the 52.7% myopia rate.
    dict(
        text=(
            "中国儿童近视管理AI分析服务市场规模"
            "（2020-2025E）\n"
            "| 年份 | 规模（亿元） | 同比 |\n"
            "|---|---|---|\n"
            "| 2020 | 6.2 | — |\n"
            "| 2021 | 8.1 | 30.6% |\n"
            "| 2022 | 10.4 | 28.4% |\n"
            "| 2023 | 12.9 | 25.9% |\n"
            "| 2024 | 16.3 | 26.6% |\n"
            "| 2025E | 20.1 | 23.3% |\n"
            "注：数据来自青禾视健研究院，2025年4月"
            "更新；2025E为预测值；口径不含约980亿元的"
            "眼镜零售及角膜塑形镜销售；样本覆盖312"
            "家医疗机构，同期儿童近视率52.7%。"
        ),
        obs=[
            ("Total", 2020, 6.2, "CNY 100 million", "actual"),
            ("Total", 2021, 8.1, "CNY 100 million", "actual"),
            ("Total", 2022, 10.4, "CNY 100 million", "actual"),
            ("Total", 2023, 12.9, "CNY 100 million", "actual"),
            ("Total", 2024, 16.3, "CNY 100 million", "actual"),
            ("Total", 2025, 20.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2020, 2021, 1.0),
            ("growth", 28.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.9, "percent", 2022, 2023, 1.0),
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.1 / 6.2 - 1 = 30.65% -> 30.6
            ("cagr|implied", "exact"),  # 10.4 / 8.1 - 1 = 28.40% -> 28.4
            # 12.9 / 10.4 - 1 = 24.04% -> 24.0, not 25.9; bounds 12.85 / 10.45 - 1 = 22.97%, 12.95 / 10.35 - 1 =
            # 25.12% -> 25.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            # 16.3 / 12.9 - 1 = 26.36% -> 26.4, not 26.6; bounds 16.25 / 12.95 - 1 = 25.48%, 16.35 / 12.85 - 1 =
            # 27.24% -> 26.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 20.1 / 16.3 - 1 = 23.31% -> 23.3
        ],
    ),
    # 20. Space-aligned table with region group header rows ("Americas" alone on a line, then indented country rows),
    #     a subtotal per group and a grand Total, thousands separators, USD million for 2024 and 2030F: every
    #     subtotal and the Total add exactly each year. Expected nowhere: the tracker's edition number and date, the
    #     USD 148 billion eyewear retail, the 380,000 optometrists.
    dict(
        text=(
            "AI eye-care spending by region, USD million (2030F = forecast)\n"
            "Northgate Ophthalmic Analytics, World AI Eye Care Tracker, edition 7, June 2025\n"
            "\n"
            "Region                         2024        2030F\n"
            "Americas\n"
            "  United States             1,146.2      3,412.8\n"
            "  Canada                       98.4        276.5\n"
            "Americas subtotal           1,244.6      3,689.3\n"
            "Europe\n"
            "  United Kingdom              212.5        598.4\n"
            "  Germany                     236.8        661.0\n"
            "  France                      174.3        497.6\n"
            "  Italy                        98.6        284.1\n"
            "Europe subtotal               722.2      2,041.1\n"
            "Asia-Pacific\n"
            "  Mainland China              512.7      1,730.2\n"
            "  Japan                       268.4        702.9\n"
            "  South Korea                 121.5        384.6\n"
            "  India                        86.9        341.8\n"
            "  Taiwan                       41.3        118.7\n"
            "  Hong Kong                    22.6         61.4\n"
            "  Singapore                    18.4         55.3\n"
            "Asia-Pacific subtotal       1,071.8      3,394.9\n"
            "Total                       3,038.6      9,125.3\n"
            "\n"
            "Not included: USD 148 billion of eyewear retail sales and the work of some 380,000 optometrists worldwide."
        ),
        obs=[
            ("United States", 2024, 1146.2, "USD million", "actual"),
            ("Canada", 2024, 98.4, "USD million", "actual"),
            ("Americas subtotal", 2024, 1244.6, "USD million", "actual"),
            ("United Kingdom", 2024, 212.5, "USD million", "actual"),
            ("Germany", 2024, 236.8, "USD million", "actual"),
            ("France", 2024, 174.3, "USD million", "actual"),
            ("Italy", 2024, 98.6, "USD million", "actual"),
            ("Europe subtotal", 2024, 722.2, "USD million", "actual"),
            ("Mainland China", 2024, 512.7, "USD million", "actual"),
            ("Japan", 2024, 268.4, "USD million", "actual"),
            ("South Korea", 2024, 121.5, "USD million", "actual"),
            ("India", 2024, 86.9, "USD million", "actual"),
            ("Taiwan", 2024, 41.3, "USD million", "actual"),
            ("Hong Kong", 2024, 22.6, "USD million", "actual"),
            ("Singapore", 2024, 18.4, "USD million", "actual"),
            ("Asia-Pacific subtotal", 2024, 1071.8, "USD million", "actual"),
            ("Total", 2024, 3038.6, "USD million", "actual"),
            ("United States", 2030, 3412.8, "USD million", "estimate"),
            ("Canada", 2030, 276.5, "USD million", "estimate"),
            ("Americas subtotal", 2030, 3689.3, "USD million", "estimate"),
            ("United Kingdom", 2030, 598.4, "USD million", "estimate"),
            ("Germany", 2030, 661.0, "USD million", "estimate"),
            ("France", 2030, 497.6, "USD million", "estimate"),
            ("Italy", 2030, 284.1, "USD million", "estimate"),
            ("Europe subtotal", 2030, 2041.1, "USD million", "estimate"),
            ("Mainland China", 2030, 1730.2, "USD million", "estimate"),
            ("Japan", 2030, 702.9, "USD million", "estimate"),
            ("South Korea", 2030, 384.6, "USD million", "estimate"),
            ("India", 2030, 341.8, "USD million", "estimate"),
            ("Taiwan", 2030, 118.7, "USD million", "estimate"),
            ("Hong Kong", 2030, 61.4, "USD million", "estimate"),
            ("Singapore", 2030, 55.3, "USD million", "estimate"),
            ("Asia-Pacific subtotal", 2030, 3394.9, "USD million", "estimate"),
            ("Total", 2030, 9125.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: Americas 1,146.2 + 98.4 = 1,244.6; Europe 212.5 + 236.8 + 174.3 + 98.6 = 722.2; Asia-Pacific
            # 512.7 + 268.4 + 121.5 + 86.9 + 41.3 + 22.6 + 18.4 = 1,071.8; Total 1,244.6 + 722.2 + 1,071.8 = 3,038.6
            ("hierarchy", "exact"),
            # 2030F: Americas 3,412.8 + 276.5 = 3,689.3; Europe 598.4 + 661.0 + 497.6 + 284.1 = 2,041.1; Asia-Pacific
            # 1,730.2 + 702.9 + 384.6 + 341.8 + 118.7 + 61.4 + 55.3 = 3,394.9; Total 3,689.3 + 2,041.1 + 3,394.9 =
            # 9,125.3
            ("hierarchy", "exact"),
        ],
    ),
    # 21. Boston research firm's press release with a "By the numbers" box (an em dash between figure and words): the
    #     2024 global AI retinal-screening market, a 2030 forecast and a CAGR over a printed span that holds only by
    #     rounding, optometry chains' part with its 38% share. Expected nowhere: the dateline, the report title's
    #     years, the $176B eyewear and eye-care retail, the 146M images, the 62% of optometrists (a survey) and its
    #     1,150 respondents, the founding year.
    dict(
        text=(
            "FOR IMMEDIATE RELEASE\n"
            "Boston, April 15, 2025 - Northgate Vision Analytics today released Seeing Further: AI Retinal Screening "
            "in Optometry 2025-2030, its study of software that grades fundus photographs and OCT scans for diabetic "
            "retinopathy, glaucoma and macular degeneration in optometry chains and eye hospitals.\n"
            "By the numbers\n"
            "$1.38B — global market, 2024\n"
            "$3.2B — global market, 2030\n"
            "15.1% — CAGR, 2024-2030\n"
            "$0.52B — optometry chains, 2024 (38% of the global market)\n"
            "$176B — global eyewear and eye-care retail, 2024\n"
            "146M — retinal images graded by AI in 2024\n"
            "62% — optometrists planning to adopt AI screening within two years (survey of 1,150)\n"
            "About Northgate Vision Analytics: founded in 2012, the firm has offices in Boston, London and Singapore."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
            ("Optometry chains", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (3.2 / 1.38) ** (1 / 6) - 1 = 15.05% -> 15.0, not 15.1; bounds (3.15 / 1.385) ** (1/6) - 1 = 14.68%,
            # (3.25 / 1.375) ** (1/6) - 1 = 15.42% -> 15.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.52 / 1.38 = 37.68% -> 38
        ],
    ),
    # 22. UK optical retailer's chairman's statement quoting a consultancy: the UK market for AI lens and frame
    #     recommendation and virtual try-on in 2023 and 2024 with its rise, and a 2029 forecast whose CAGR over the
    #     printed span no reading reaches. Expected nowhere: the report's year in its title, the group revenue of
    #     £612.4 million and its 6.1%, the 8.4p and 12.6p dividends, the 7,850 colleagues, the 2.3 million eye tests,
    #     the 418 stores, the date of the statement.
    dict(
        text=(
            "Harrowgate Optical plc\n"
            "Annual Report and Accounts 2024\n"
            "Chairman's statement\n"
            "It has been a year of steady progress. Group revenue rose 6.1% to £612.4 million, and the Board is "
            "recommending a final dividend of 8.4p per share, bringing the total for the year to 12.6p. Our 7,850 "
            "colleagues carried out 2.3 million eye tests across 418 stores.\n"
            "Digital tools are changing how customers choose their glasses. According to Pennant Vision Advisory, the "
            "UK market for AI lens and frame recommendation and virtual try-on grew to £48.6 million in 2024 from "
            "£39.2 million in 2023, a rise of 24.0%, and is forecast to reach £131 million by 2029, a compound annual "
            "growth rate of 23.5% over 2024-2029. We intend to take a leading position in that market.\n"
            "Sir Malcolm Drury\n"
            "Chairman\n"
            "11 March 2025"
        ),
        obs=[
            ("Total", 2023, 39.2, "GBP million", "actual"),
            ("Total", 2024, 48.6, "GBP million", "actual"),
            ("Total", 2029, 131, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 39.2) ** (1 / 1) - 1 = 23.98% -> 24.0
            # (131 / 48.6) ** (1 / 5) - 1 = 21.94% -> 21.9, not 23.5; bounds (130.5 / 48.65) ** (1/5) - 1 = 21.82%,
            # (131.5 / 48.55) ** (1/5) - 1 = 22.05% -> 23.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Webinar's slide text, bullet fragments without verbs: the global AI myopia-management analytics market in
    #     2024 and 2029F and a bare "CAGR: 18.8%" whose span only the years of its amounts give (inferred), East Asia's
    #     2024 part with its 56% share. Expected nowhere: the webinar's date, the slide numbers, the "about half" and
    #     80%+ myopia figures, the $350 lens price, the 14,000 clinics, the 45 minutes of Q&A.
    dict(
        text=(
            "Webinar: Myopia Management Meets AI (Optics Forward Live / 18 March 2025)\n"
            "Slide 3 — The myopia wave\n"
            "- About half the world's population myopic by 2050\n"
            "- Urban East Asia: 80%+ of school leavers myopic\n"
            "Slide 7 — Market size: AI myopia-management analytics (global)\n"
            "- 2024: $1.1B\n"
            "- 2029F: $2.6B\n"
            "- CAGR: 18.8%\n"
            "- Source: Brightwater Eye Economics\n"
            "Slide 8 — Where the money is\n"
            "- East Asia 2024: $0.62B\n"
            "- Share of global 2024: 56%\n"
            "- Avg. myopia-control spectacle lens: $350 a pair\n"
            "- 14,000 clinics tracking axial length with software\n"
            "Slide 12 — Q&A (45 min)"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
            ("East Asia", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2029, None, "inferred"),
            ("share", 56, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.1) ** (1 / 5) - 1 = 18.77% -> 18.8
            ("arithmetic", "exact"),  # 0.62 / 1.1 = 56.36% -> 56
        ],
    ),
    # 24. Munich trade story with the currency after the number ("1.2 billion US dollars", "4.5 bn USD", "640 million
    #     euros") and before it ("USD 0.41 bn", "USD 4.5 bn" repeated in a quote): the global market for AI quality
    #     inspection in lens manufacturing in 2024 and 2031 with a CAGR over the printed span, North America's part
    #     with its share, Europe's and Germany's 2024 spending in euros ("last year" = 2024). Expected nowhere: the
    #     dateline, Germany's "about a third" (a fraction in words), the 1.4 billion lenses a year, the 180,000-euro
    #     inspection station, the 2,600 employees, Kessler Optik's 3.1 billion euros of revenue.
    dict(
        text=(
            "Munich, 12 May 2025 - Machine vision is moving onto the lens production line. The global market for AI "
            "quality inspection in ophthalmic lens manufacturing reached 1.2 billion US dollars in 2024, according to "
            "Rheinfeld Optik Research, and is projected to hit 4.5 bn USD by 2031, a compound annual growth rate of "
            "20.8% from 2024 to 2031. North America took USD 0.41 bn of last year's total, or 34%. Europe accounted "
            "for 640 million euros of spending last year, with Germany alone at 210 million euros, about a third of "
            "the European figure. \"USD 4.5 bn by 2031 is, if anything, conservative,\" said Rheinfeld analyst Jana "
            "Hollweg. The world's lens plants turn out some 1.4 billion spectacle lenses a year, and a single inline "
            "inspection station costs around 180,000 euros. Bavarian lens maker Kessler Optik, which employs 2,600 "
            "people, reported revenue of 3.1 billion euros for 2024."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2031, 4.5, "USD billion", "estimate"),
            ("North America", 2024, 0.41, "USD billion", "actual"),
            ("Europe", 2024, 640, "EUR million", "actual"),
            ("Germany", 2024, 210, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2031, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.5 / 1.2) ** (1 / 7) - 1 = 20.78% -> 20.8
            ("arithmetic", "exact"),  # 0.41 / 1.2 = 34.17% -> 34
        ],
    ),
    # 25. Swiss maker's media release with apostrophes as thousands separators: the global market for AI referral
    #     triage and decision support in eye clinics in 2024 ("USD 1'480 million") and 2030 with a CAGR over the
    #     printed span, Europe's part whose 31% holds only by rounding. Expected nowhere: the dateline, the CHF
    #     1'250 million group sales (the company's own, in a currency the table does not hold), the 4'200 employees,
    #     the 38 countries, the CHF 2.40 dividend, the 1'100 practices, the six months.
    dict(
        text=(
            "Media release\n"
            "Zug, 3 June 2025 - Sentis Ophthalmic AG, which reported group sales of CHF 1'250 million for 2024, today "
            "launched TriageEye, software that ranks incoming eye-clinic referrals by urgency from retinal photographs "
            "and optometrists' notes. Citing Lakeshore Eye Research, Sentis said the global market for AI referral "
            "triage and decision support in eye clinics reached USD 1'480 million in 2024 and is expected to reach "
            "USD 3'915 million in 2030, a CAGR of 17.6% over 2024-2030. Europe accounted for USD 451 million, or 31%, "
            "of the 2024 market. Sentis employs 4'200 people in 38 countries and proposes a dividend of CHF 2.40 per "
            "share. Switzerland's 1'100 optometry practices will be offered the software free for six months."
        ),
        obs=[
            ("Total", 2024, 1480, "USD million", "actual"),
            ("Total", 2030, 3915, "USD million", "estimate"),
            ("Europe", 2024, 451, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3915 / 1480) ** (1 / 6) - 1 = 17.60% -> 17.6
            # 451 / 1480 = 30.47% -> 30, not 31; bounds 450.5 / 1480.5 = 30.43%, 451.5 / 1479.5 = 30.52% -> 31
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. Broker's note in prose with A and E years and mn/bn: the US market for AI frame recommendation and virtual
    #     try-on in '24A, 2025E with its y/y rate, and 2030E ("$1.9bn", in the series' unit: 1900) with a CAGR over
    #     the printed span that no reading reaches. Expected nowhere: the note's date, the ticker, Brightline's 3Q24
    #     revenue of $212mn and 14.2% margin, the 4,300 stores, Korea's KRW 86bn (won), the $48 and $44 price targets
    #     and the 21% upside.
    dict(
        text=(
            "Kestrel Bay Securities - Equity Research - 12 February 2025\n"
            "Brightline Optical (NYSE: BLOP): AI try-on moves from gimmick to checkout\n"
            "We size the US market for AI frame recommendation and virtual try-on at $612mn in '24A, rising 21.7% to "
            "$745mn in 2025E and reaching $1.9bn by 2030E, a 22.8% CAGR over 2024A-2030E. Brightline's 3Q24 revenue "
            "was $212mn with an adjusted EBITDA margin of 14.2%, and its 4,300 stores give it the widest fitting "
            "network in the country. South Korea is moving faster still: local estimates put that market at KRW 86bn "
            "in '24A. We raise our price target to $48 from $44 (21% upside) and reiterate Buy."
        ),
        obs=[
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2025, 745, "USD million", "estimate"),
            ("Total", 2030, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2024, 2025, 1.0),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (745 / 612) ** (1 / 1) - 1 = 21.73% -> 21.7
            # (1900 / 612) ** (1 / 6) - 1 = 20.78% -> 20.8, not 22.8; bounds ($1.9bn = 1900 +/- 50)
            # (1850 / 612.5) ** (1/6) - 1 = 20.23%, (1950 / 611.5) ** (1/6) - 1 = 21.32% -> 22.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Intergovernmental agency's report paragraph in "US$ billions, constant 2023 prices" (bare figures): AI
    #     eye-care spending in 2022, 2023 with its rise, a 2030 projection whose average annual rate over the printed
    #     span holds only by rounding, diabetic retinopathy screening's 2023 part with its share. Expected nowhere:
    #     the report title's year, the chapter, paragraph and box numbers, the 14 member economies, the 0.006% and
    #     6.8% of GDP, the 410 million people aged 60 or over, the 1.1 billion with vision impairment.
    dict(
        text=(
            "Asia-Pacific Health Economics Office\n"
            "Regional Eye Health Outlook 2025, Chapter 3\n"
            "3.14 Spending on AI-assisted eye-care services across the Office's 14 member economies (US$ billions, "
            "constant 2023 prices) rose from 2.31 in 2022 to 2.84 in 2023, an increase of 22.9%, and is projected to "
            "reach 6.10 in 2030, an average annual growth rate of 11.6% over 2023-2030. Diabetic retinopathy screening "
            "made up 1.12 of the 2023 total, or 39.4%. Even so, AI eye-care spending equals only about 0.006% of the "
            "members' combined GDP, against total health spending that averages 6.8% of GDP. Some 410 million people "
            "in the region are aged 60 or over, and an estimated 1.1 billion live with some form of vision impairment "
            "(see Box 3.2)."
        ),
        obs=[
            ("Total", 2022, 2.31, "USD billion", "actual"),
            ("Total", 2023, 2.84, "USD billion", "actual"),
            ("Total", 2030, 6.10, "USD billion", "estimate"),
            ("Diabetic retinopathy screening", 2023, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2022, 2023, 1.0),
            ("cagr", 11.6, "percent", 2023, 2030, None, "stated"),
            ("share", 39.4, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.84 / 2.31) ** (1 / 1) - 1 = 22.94% -> 22.9
            # (6.10 / 2.84) ** (1 / 7) - 1 = 11.54% -> 11.5, not 11.6; bounds (6.095 / 2.845) ** (1/7) - 1 = 11.50%,
            # (6.105 / 2.835) ** (1/7) - 1 = 11.58% -> 11.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.12 / 2.84 = 39.44% -> 39.4
        ],
    ),
    # 28. Vendor's marketing page citing a research house: the market for AI inspection in lens manufacturing in 2024
    #     and 2029 with a CAGR over the printed span that no reading reaches. Expected nowhere: the 10x, the "3 out
    #     of 4 companies", the "up to 40% faster", the 200 sample images, the 120+ plants in 18 countries, the $2,400
    #     monthly price.
    dict(
        text=(
            "LensSight AI: Catch every defect before it ships\n"
            "Our vision models inspect spectacle and contact lenses inline, at full line speed. Customers catch 10x "
            "more cosmetic defects per shift than with manual checks, and 3 out of 4 companies that trial LensSight "
            "sign a multi-year contract. Changeovers run up to 40% faster because the models learn a new lens design "
            "from 200 sample images.\n"
            "Why now? According to Halden Research, the market for AI inspection in spectacle and contact lens "
            "manufacturing will hit $870 million by 2029, growing at a 19.4% CAGR over 2024-2029 from $362 million "
            "in 2024.\n"
            "Trusted by 120+ lens plants in 18 countries. Plans start at $2,400 per line per month. Book a demo today."
        ),
        obs=[
            ("Total", 2024, 362, "USD million", "actual"),
            ("Total", 2029, 870, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (870 / 362) ** (1 / 5) - 1 = 19.17% -> 19.2, not 19.4; bounds (869.5 / 362.5) ** (1/5) - 1 = 19.12%,
            # (870.5 / 361.5) ** (1/5) - 1 = 19.22% -> 19.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. 人民日报-style item (Simplified) with 万亿元 and 亿元: China's AI fundus-image screening market in 2024 with
    #     its 比上年 rate (holding only by rounding) and the 2023 base. Expected nowhere: the dateline, the 1.3万亿元
    #     eye-health industry, the 4.1 and 0.8 个百分点, the 1200余家 eye hospitals, the 4.5万 optometrists, the
    #     3600万人次 screenings, the 51.9% myopia rate.
    dict(
        text=(
            "本报北京6月8日电（记者 李明远）国家卫生健康委员会有关负责人在全国眼健康工作推进会上介绍，我国眼健康产业总"
            "规模已超过1.3万亿元。2024年，我国人工智能眼底影像筛查市场规模达到58.6亿元，比上年增长31.2%，增速较上年"
            "提高4.1个百分点；2023年该市场规模为44.7亿元。目前全国共有眼科医院1200余家、验光师约4.5万人，2024年累计"
            "完成AI眼底筛查约3600万人次。全国儿童青少年总体近视率为51.9%，较上年下降0.8个百分点。"
        ),
        obs=[
            ("Total", 2023, 44.7, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (58.6 / 44.7) ** (1 / 1) - 1 = 31.10% -> 31.1, not 31.2; bounds 58.55 / 44.75 - 1 = 30.84%,
            # 58.65 / 44.65 - 1 = 31.35% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 券商研报 摘要 (Simplified): the AI lens and frame recommendation and virtual try-on market in 2023 and 2024
    #     with "同比+23.5%" (holding only by rounding) and a 2030E forecast with "2024-2030E CAGR为". Expected
    #     nowhere: the date and ticker, the company's 18.6亿元 revenue and its yoy+15.2%, the 25Q1 4.9亿元 and
    #     yoy+12.8%, the 1260家 stores, the 2.1/2.6/3.2亿元 profit forecasts, the 目标价42.5元, the PE 28倍.
    dict(
        text=(
            "【华泽证券研究所】明眸视光（605899.SH）深度报告摘要 2025年4月22日\n"
            "核心观点：AI验配推荐与虚拟试戴加速渗透。我们测算2024年国内AI镜片与镜架智能推荐及虚拟试戴市场规模为27.4亿元，"
            "同比+23.5%（2023年为22.2亿元）；预计2030E将达到96.8亿元，2024-2030E CAGR为23.4%。公司2024年实现营收18.6亿"
            "元，yoy+15.2%；25Q1营收4.9亿元，yoy+12.8%；全国直营门店1260家。我们预计公司2025-2027年归母净利润分别为"
            "2.1/2.6/3.2亿元，维持“买入”评级，目标价42.5元，对应2025年PE 28倍。\n"
            "风险提示：消费复苏不及预期，行业竞争加剧。"
        ),
        obs=[
            ("Total", 2023, 22.2, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("Total", 2030, 96.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (27.4 / 22.2) ** (1 / 1) - 1 = 23.42% -> 23.4, not 23.5; bounds 27.35 / 22.25 - 1 = 22.92%,
            # 27.45 / 22.15 - 1 = 23.93% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (96.8 / 27.4) ** (1 / 6) - 1 = 23.41% -> 23.4
        ],
    ),
    # 31. 政府采购 招标公告 (Simplified) quoting a 白皮书: the AI eye-referral triage market in 2024 and a 2027 forecast
    #     with a 年均复合增长率 whose span only the years of its amounts give (inferred). Expected nowhere: the project
    #     number, the 预算金额（万元）386.00 and 最高限价, the 1套 system, the 36个月, the 120万人次 visits, the 8.6万例
    #     referrals, the white paper's title year, the deadline, the phone number.
    dict(
        text=(
            "江东市眼科医院AI眼科转诊分诊系统采购项目招标公告\n"
            "项目编号：JDCG-2025-0417\n"
            "预算金额（万元）：386.00\n"
            "最高限价（万元）：386.00\n"
            "采购需求：AI眼科转诊分诊系统1套，含眼底影像智能判读模块、转诊优先级排序模块，服务期36个月。\n"
            "项目背景：我院年门诊量约120万人次，年转诊约8.6万例。据《中国眼科人工智能分诊应用白皮书（2025）》，2024年我国"
            "眼科转诊AI分诊市场规模为9.6亿元，预计2027年将达到21.3亿元，年均复合增长率为30.4%。\n"
            "投标截止时间：2025年7月15日9时30分\n"
            "联系人：王工 电话：0571-86902231"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 21.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21.3 / 9.6) ** (1 / 3) - 1 = 30.43% -> 30.4
        ],
    ),
    # 32. Macau newspaper item (Traditional) in 億港元 with a 澳門元 aside: Hong Kong's AI retinal-image screening
    #     market in 2023 and 2024 with a 按年 rate no reading reaches, and a 2027 forecast. Expected nowhere: the
    #     dateline, the 4,200萬澳門元 (a currency the table does not hold), the 260 optometrists, the 1,280澳門元
    #     frame price, the 約六成 myopia share (a fraction in words).
    dict(
        text=(
            "【澳門日報訊】2025年5月20日 本澳及香港的驗光及眼科診所正加快引入人工智能。香港研究機構港灣健康數據昨日發布"
            "報告指，香港AI視網膜影像篩查市場2024年規模為3.86億港元，按年增長19.4%，2023年為3.26億港元，預計2027年可達"
            "6.1億港元。報告又估計，澳門同類服務規模約4,200萬澳門元。澳門現有註冊驗光師約260名，本地一副中價鏡架均價約"
            "1,280澳門元，而本澳中學生近視比例約六成。"
        ),
        obs=[
            ("Total", 2023, 3.26, "HKD 100 million", "actual"),
            ("Total", 2024, 3.86, "HKD 100 million", "actual"),
            ("Total", 2027, 6.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (3.86 / 3.26) ** (1 / 1) - 1 = 18.40% -> 18.4, not 19.4; bounds 3.855 / 3.265 - 1 = 18.07%,
            # 3.865 / 3.255 - 1 = 18.74% -> 19.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. 直播 transcript (Simplified, 家人们, 老铁) with colloquial 亿 figures beside exact ones: the children's myopia
    #     management AI analytics market in 2024 at its exact 23.6亿元 (not "二十几个亿") against 2023 with its rate,
    #     and 2028 at 58.2亿元 (not "六十个亿"). Expected nowhere: the 1299元 and 699元 lens prices, the 3万多 buyers,
    #     the 10万 viewers, the 9.9元 coupons and their 500张, the 50% myopia rate.
    dict(
        text=(
            "【直播回放文字稿】\n"
            "主播：家人们，老铁们，晚上好！今天咱们聊聊孩子近视这件事。先说个数，咱们国家做儿童近视管理AI数据分析的这个"
            "市场，2024年差不多二十几个亿，准确说是23.6亿元，比2023年的18.1亿元涨了30.4%！机构预计到2028年能到58.2亿元，"
            "奔着六十个亿去了。\n"
            "主播：咱们直播间这款AI验光离焦镜片，原价1299元，今天只要699元，已经有3万多家人下单了！现在直播间10万人在线，"
            "9.9元验光券还剩最后500张。\n"
            "主播：现在中小学生近视率都超过50%了，老铁们抓紧给孩子安排上！"
        ),
        obs=[
            ("Total", 2023, 18.1, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("Total", 2028, 58.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 18.1) ** (1 / 1) - 1 = 30.39% -> 30.4
        ],
    ),
    # 34. Hong Kong-listed company's voluntary announcement (Traditional) quoting an industry consultant: China's AI
    #     lens-manufacturing quality inspection market in 2024 and 2029 (人民幣億元) with a 年複合增長率 over the printed
    #     span. Expected nowhere: the stock code, the company's 人民幣5.62億元 revenue and its 同比增長17.3%, the 41.6%
    #     gross margin, the 1,380 employees, the 2,600萬片 lenses, the year-end date, the announcement's date.
    dict(
        text=(
            "明視光學科技控股有限公司\n"
            "（於開曼群島註冊成立之有限公司）\n"
            "（股份代號：2389）\n"
            "自願性公告 業務更新\n"
            "本公司董事會欣然宣佈，本集團截至2024年12月31日止年度之收益為人民幣5.62億元，同比增長17.3%，毛利率為41.6%。"
            "本集團現有員工1,380名，年產樹脂鏡片約2,600萬片。\n"
            "根據獨立行業顧問灼見諮詢的資料，中國AI鏡片生產質量檢測市場規模預計由2024年的人民幣12.8億元增至2029年的人民幣"
            "34.5億元，2024年至2029年的年複合增長率為21.9%。\n"
            "承董事會命\n"
            "主席 陳浩然\n"
            "香港，2025年3月28日"
        ),
        obs=[
            ("Total", 2024, 12.8, "CNY 100 million", "actual"),
            ("Total", 2029, 34.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.5 / 12.8) ** (1 / 5) - 1 = 21.93% -> 21.9
        ],
    ),
    # 35. Taiwan 立法院 質詢 record (Traditional) with 委員： / 部長： speakers: Taiwan's AI fundus-image reading market
    #     in 2024 (約, at its printed figure) and 2030 (新台幣億元) with a 年複合成長率 over the printed span holding only
    #     by rounding, and "約為2024年的3倍" (x3 over six years). Expected nowhere: the session and meeting numbers, the
    #     230萬 diabetics, the 1,900 ophthalmologists, the 新台幣300元 fee, the 87.6% myopia rate.
    dict(
        text=(
            "立法院第11屆第3會期社會福利及衛生環境委員會第8次全體委員會議紀錄（中華民國114年5月14日）\n"
            "陳委員：部長，現在很多眼鏡行和眼科診所都在用AI看眼底照片，這個市場到底有多大？\n"
            "邱部長：根據本部委託台灣醫療AI產業研究中心的估算，台灣AI眼底影像判讀市場2024年約新台幣12.4億元，預估2030年"
            "達到38.7億元，2024年至2030年年複合成長率20.8%，屆時規模約為2024年的3倍。\n"
            "陳委員：全台糖尿病患者約230萬人，眼科醫師才1,900位左右，健保眼底檢查每次給付新台幣300元，夠嗎？\n"
            "邱部長：我們會檢討。另外高中職學生近視盛行率已達87.6%，本部會再加強學童視力保健。"
        ),
        obs=[
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2030, 38.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            # (38.7 / 12.4) ** (1 / 6) - 1 = 20.89% -> 20.9, not 20.8; bounds (38.65 / 12.45) ** (1/6) - 1 = 20.78%,
            # (38.75 / 12.35) ** (1/6) - 1 = 21.00% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown table (USD million) with bold totals and footnote markers in cells, the notes below: Greater China's
    #     AI retinal-image screening by region, 2024, 2025E and 2030E; the rows add to the Total exactly in 2024 and
    #     2025E, in 2030E only by rounding. Expected nowhere: the footnote numbers, the 23 public eye hospitals, the
    #     2,300 optometrists, the 4,800 optical shops, the source's date.
    dict(
        text=(
            "Greater China: AI retinal-image screening in optometry chains and eye hospitals (USD million)\n"
            "| Region | 2024 | 2025E | 2030E |\n"
            "|---|---|---|---|\n"
            "| Mainland China | 1,012.4¹ | 1,236.8 | 2,874.5 |\n"
            "| Taiwan | 58.7 | 70.2² | 146.3 |\n"
            "| Hong Kong | 46.3 | 54.9 | 109.8 |\n"
            "| **Total** | **1,117.4** | **1,361.9** | **3,130.7** |\n"
            "¹ Includes provincial diabetic-eye screening programmes run through optometry chains.\n"
            "² Excludes the in-house tools of 23 public eye hospitals.\n"
            "Hong Kong has some 2,300 registered optometrists; Taiwan about 4,800 optical shops.\n"
            "資料來源：澳亞視覺研究（Aoya Vision Research），2025年5月；數據經四捨五入。"
        ),
        obs=[
            ("Mainland China", 2024, 1012.4, "USD million", "actual"),
            ("Mainland China", 2025, 1236.8, "USD million", "estimate"),
            ("Mainland China", 2030, 2874.5, "USD million", "estimate"),
            ("Taiwan", 2024, 58.7, "USD million", "actual"),
            ("Taiwan", 2025, 70.2, "USD million", "estimate"),
            ("Taiwan", 2030, 146.3, "USD million", "estimate"),
            ("Hong Kong", 2024, 46.3, "USD million", "actual"),
            ("Hong Kong", 2025, 54.9, "USD million", "estimate"),
            ("Hong Kong", 2030, 109.8, "USD million", "estimate"),
            ("Total", 2024, 1117.4, "USD million", "actual"),
            ("Total", 2025, 1361.9, "USD million", "estimate"),
            ("Total", 2030, 3130.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1,012.4 + 58.7 + 46.3 = 1,117.4
            ("hierarchy", "exact"),  # 2025E: 1,236.8 + 70.2 + 54.9 = 1,361.9
            # 2030E: 2,874.5 + 146.3 + 109.8 = 3,130.6, not 3,130.7; parts at most 3,130.75 and the total at least
            # 3,130.65 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table in € thousand with thousands separators, years across and a "CAGR 2024-30" column: France's
    #     AI lens and frame recommendation and virtual try-on by channel; each channel's CAGR holds exactly, the
    #     Total's 19.6% by no reading; rows add to the Total each year. Expected nowhere: the source's date, the
    #     13,400 optician shops, the 47% of shoppers (a survey), the €135 frame price.
    dict(
        text=(
            "France: AI lens and frame recommendation and virtual try-on, by channel (€ thousand)\n"
            "| Channel | 2024 | 2025E | 2030E | CAGR 2024-30 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Optician chains | 38,420 | 45,960 | 104,850 | 18.2% |\n"
            "| Independent opticians | 9,870 | 11,940 | 31,260 | 21.2% |\n"
            "| Online eyewear retailers | 14,350 | 17,820 | 43,990 | 20.5% |\n"
            "| Total | 62,640 | 75,720 | 180,100 | 19.6% |\n"
            "Source: Cabinet Moreau Optique, Baromètre de l'optique connectée, April 2025. France counts about 13,400 "
            "optician shops; 47% of shoppers surveyed had tried a virtual try-on; the average frame sells for €135."
        ),
        obs=[
            ("Optician chains", 2024, 38420, "EUR thousand", "actual"),
            ("Optician chains", 2025, 45960, "EUR thousand", "estimate"),
            ("Optician chains", 2030, 104850, "EUR thousand", "estimate"),
            ("Independent opticians", 2024, 9870, "EUR thousand", "actual"),
            ("Independent opticians", 2025, 11940, "EUR thousand", "estimate"),
            ("Independent opticians", 2030, 31260, "EUR thousand", "estimate"),
            ("Online eyewear retailers", 2024, 14350, "EUR thousand", "actual"),
            ("Online eyewear retailers", 2025, 17820, "EUR thousand", "estimate"),
            ("Online eyewear retailers", 2030, 43990, "EUR thousand", "estimate"),
            ("Total", 2024, 62640, "EUR thousand", "actual"),
            ("Total", 2025, 75720, "EUR thousand", "estimate"),
            ("Total", 2030, 180100, "EUR thousand", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (104,850 / 38,420) ** (1 / 6) - 1 = 18.21% -> 18.2
            ("cagr|implied", "exact"),  # (31,260 / 9,870) ** (1 / 6) - 1 = 21.18% -> 21.2
            ("cagr|implied", "exact"),  # (43,990 / 14,350) ** (1 / 6) - 1 = 20.53% -> 20.5
            # (180,100 / 62,640) ** (1 / 6) - 1 = 19.25% (19.246) -> 19.2, not 19.6; bounds
            # (180,099.5 / 62,640.5) ** (1/6) - 1 and (180,100.5 / 62,639.5) ** (1/6) - 1 both 19.246% -> 19.6
            # reached by no reading
            ("cagr|implied", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 38,420 + 9,870 + 14,350 = 62,640
            ("hierarchy", "exact"),  # 2025E: 45,960 + 11,940 + 17,820 = 75,720
            ("hierarchy", "exact"),  # 2030E: 104,850 + 31,260 + 43,990 = 180,100
        ],
    ),
    # 38. CSV with quoted numbers and the unit in the header ("Market size (USD m)"), long form: AI triage of
    #     eye-clinic referrals in India and Singapore, 2023 and 2024, with a YoY column; India's and the Total's YoY
    #     hold exactly, Singapore's only by rounding; the countries add to the Total each year. Expected nowhere: the
    #     export date, India's INR 4.1 bn (rupees), the 410,000 screenings, the 1,250 clinics.
    dict(
        text=(
            "apac_ai_referral_triage.csv (Meridian Eye Data export, 2 April 2025)\n"
            "\"Country\",\"Year\",\"Market size (USD m)\",\"YoY growth (%)\"\n"
            "\"India\",\"2023\",\"38.4\",\"\"\n"
            "\"India\",\"2024\",\"49.7\",\"29.4\"\n"
            "\"Singapore\",\"2023\",\"12.6\",\"\"\n"
            "\"Singapore\",\"2024\",\"15.1\",\"20.2\"\n"
            "\"Total\",\"2023\",\"51.0\",\"\"\n"
            "\"Total\",\"2024\",\"64.8\",\"27.1\"\n"
            "note: AI triage of eye-clinic referrals only. India's 2024 figure is about INR 4.1 bn at the "
            "average rate. "
            "Singapore ran some 410,000 diabetic eye screenings in 2024. Panel of 1,250 clinics."
        ),
        obs=[
            ("India", 2023, 38.4, "USD million", "actual"),
            ("India", 2024, 49.7, "USD million", "actual"),
            ("Singapore", 2023, 12.6, "USD million", "actual"),
            ("Singapore", 2024, 15.1, "USD million", "actual"),
            ("Total", 2023, 51.0, "USD million", "actual"),
            ("Total", 2024, 64.8, "USD million", "actual"),
        ],
        claims=[
            ("growth", 29.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # India: (49.7 / 38.4) ** (1 / 1) - 1 = 29.43% -> 29.4
            # Singapore: 15.1 / 12.6 - 1 = 19.84% -> 19.8, not 20.2; bounds 15.05 / 12.65 - 1 = 18.97%,
            # 15.15 / 12.55 - 1 = 20.72% -> 20.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Total: (64.8 / 51.0) ** (1 / 1) - 1 = 27.06% -> 27.1
            ("hierarchy", "exact"),  # 2023: 38.4 + 12.6 = 51.0
            ("hierarchy", "exact"),  # 2024: 49.7 + 15.1 = 64.8
        ],
    ),
    # 39. Chinese space-aligned table with a "单位：亿元" line above it and the 合计 row first: China's eye-care AI
    #     segments in 2023, 2024 and 2025E; the segments add to 合计 in 2023 and 2025E, but 2024's 134.9 by no
    #     reading. Expected nowhere: the table number and title years, the 1,050亿元 eyewear retail, the 1,200余家
    #     eye hospitals, the source's date.
    dict(
        text=(
            "表2 中国眼科AI细分市场规模（2023-2025E）\n"
            "单位：亿元\n"
            "细分领域                 2023      2024      2025E\n"
            "合计                    102.6     134.9     167.7\n"
            "AI眼底影像筛查            44.7      58.6      75.3\n"
            "AI近视防控数据分析        18.1      23.6      30.2\n"
            "AI镜片质检                10.2      12.8      15.9\n"
            "AI验配推荐与虚拟试戴      22.2      27.4      33.8\n"
            "AI眼科转诊分诊             7.4       9.6      12.5\n"
            "注：2025E为预测值；不含眼镜零售（2024年约1,050亿元）；样本覆盖眼科医院1,200余家。\n"
            "资料来源：华泽证券研究所，2025年6月"
        ),
        obs=[
            ("合计", 2023, 102.6, "CNY 100 million", "actual"),
            ("合计", 2024, 134.9, "CNY 100 million", "actual"),
            ("合计", 2025, 167.7, "CNY 100 million", "estimate"),
            ("AI眼底影像筛查", 2023, 44.7, "CNY 100 million", "actual"),
            ("AI眼底影像筛查", 2024, 58.6, "CNY 100 million", "actual"),
            ("AI眼底影像筛查", 2025, 75.3, "CNY 100 million", "estimate"),
            ("AI近视防控数据分析", 2023, 18.1, "CNY 100 million", "actual"),
            ("AI近视防控数据分析", 2024, 23.6, "CNY 100 million", "actual"),
            ("AI近视防控数据分析", 2025, 30.2, "CNY 100 million", "estimate"),
            ("AI镜片质检", 2023, 10.2, "CNY 100 million", "actual"),
            ("AI镜片质检", 2024, 12.8, "CNY 100 million", "actual"),
            ("AI镜片质检", 2025, 15.9, "CNY 100 million", "estimate"),
            ("AI验配推荐与虚拟试戴", 2023, 22.2, "CNY 100 million", "actual"),
            ("AI验配推荐与虚拟试戴", 2024, 27.4, "CNY 100 million", "actual"),
            ("AI验配推荐与虚拟试戴", 2025, 33.8, "CNY 100 million", "estimate"),
            ("AI眼科转诊分诊", 2023, 7.4, "CNY 100 million", "actual"),
            ("AI眼科转诊分诊", 2024, 9.6, "CNY 100 million", "actual"),
            ("AI眼科转诊分诊", 2025, 12.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 44.7 + 18.1 + 10.2 + 22.2 + 7.4 = 102.6
            # 2024: 58.6 + 23.6 + 12.8 + 27.4 + 9.6 = 132.0, not 134.9; parts at most 132.25 and the total at least
            # 134.85 -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 75.3 + 30.2 + 15.9 + 33.8 + 12.5 = 167.7
        ],
    ),
    # 40. Tab-separated table, years as columns, with "n/a" and "–" cells and a "Notes:" line: AI triage of
    #     eye-clinic referrals in four European markets (EUR million), 2022-2025F; Italy and the Total have no 2022
    #     figure (no 2022 check); the markets add to the Total in 2023 and 2024 exactly, in 2025F only by rounding.
    #     Expected nowhere: the 1.17 exchange rate, the 1,900 eye clinics, the 38% of referrals flagged urgent, the
    #     source's date.
    dict(
        text=(
            "AI triage of eye-clinic referrals: selected European markets (EUR million)\n"
            "Market\t2022\t2023\t2024\t2025F\n"
            "Germany\t41.2\t52.6\t66.9\t83.5\n"
            "France\t28.7\t35.4\t44.8\t56.1\n"
            "Italy\tn/a\t14.3\t18.6\t23.9\n"
            "United Kingdom\t33.5\t40.8\t51.2\t63.7\n"
            "Total\t–\t143.1\t181.5\t227.3\n"
            "Notes: UK converted from GBP at 1.17 EUR per GBP. Italy not tracked before 2023, so no 2022 total. "
            "2025F = forecast; totals rounded. Germany's 1,900 eye clinics and the 38% of referrals flagged urgent are "
            "outside the scope.\n"
            "Source: Brenner & Castel Health Insights, 14 March 2025."
        ),
        obs=[
            ("Germany", 2022, 41.2, "EUR million", "actual"),
            ("Germany", 2023, 52.6, "EUR million", "actual"),
            ("Germany", 2024, 66.9, "EUR million", "actual"),
            ("Germany", 2025, 83.5, "EUR million", "estimate"),
            ("France", 2022, 28.7, "EUR million", "actual"),
            ("France", 2023, 35.4, "EUR million", "actual"),
            ("France", 2024, 44.8, "EUR million", "actual"),
            ("France", 2025, 56.1, "EUR million", "estimate"),
            ("Italy", 2023, 14.3, "EUR million", "actual"),
            ("Italy", 2024, 18.6, "EUR million", "actual"),
            ("Italy", 2025, 23.9, "EUR million", "estimate"),
            ("United Kingdom", 2022, 33.5, "EUR million", "actual"),
            ("United Kingdom", 2023, 40.8, "EUR million", "actual"),
            ("United Kingdom", 2024, 51.2, "EUR million", "actual"),
            ("United Kingdom", 2025, 63.7, "EUR million", "estimate"),
            ("Total", 2023, 143.1, "EUR million", "actual"),
            ("Total", 2024, 181.5, "EUR million", "actual"),
            ("Total", 2025, 227.3, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 52.6 + 35.4 + 14.3 + 40.8 = 143.1
            ("hierarchy", "exact"),  # 2024: 66.9 + 44.8 + 18.6 + 51.2 = 181.5
            # 2025F: 83.5 + 56.1 + 23.9 + 63.7 = 227.2, not 227.3; parts at most 227.4 and the total at least 227.25
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 13, 'rounding': 17, 'exact': 56}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '(NYSE: CSVT)',
    'About Clearsight',
    '¹',
    'EUR 1 085 million',
    '186 M€',
    'bn€',
    '1/5',
    '[13][14]',
    '[citation needed]',
    '📈',
    '💡',
    '•',
    'Unsubscribe',
    "today's $1.9B",
    'a $4.5B opportunity by 2028',
    'US$ 640 mn',
    'FY2030E',
    'crore',
    '１２．５亿元',
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
    '年複合成長率',
    '\\hline',
    '+=====',
    '$860M',
    '$2.4B',
    '规模（亿元）',
    '注：',
    'Americas subtotal',
    'By the numbers',
    '— CAGR, 2024-2030',
    'final dividend of 8.4p',
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
    '3 out of 4 companies',
    'up to 40% faster',
    '1.3万亿元',
    '比上年增长',
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
    '股份代號',
    '委員：',
    '部長：',
    '年複合成長率',
    '**1,117.4**',
    '1,012.4¹',
    'CAGR 2024-30',
    '€ thousand',
    'Market size (USD m)',
    '单位：亿元',
    'n/a',
    'Notes:',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 151
#: figures, 51 rates, 66 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 211, "rates_found": 52, "verdicts_right": 77}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset265.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
