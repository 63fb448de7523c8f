"""A two-hundred-and-seventy-ninth check set for the extractor, written blind: AI in paints, coatings and adhesives: AI
colour matching and formulation software for paint makers and body shops, machine-learning discovery of resins and
low-VOC formulations, AI quality inspection of coated surfaces and film thickness, AI-driven spray-painting robots, AI
demand planning for decorative paint retail, AI tools for adhesive and sealant selection. Sized in money by research
houses, coatings associations, chemical ministries, paint makers' capital-markets days, brokers and trade journals, in
the US, Mexico, the UK, Germany, Italy, Sweden, Switzerland, the Gulf, India, Japan, South Korea, mainland China, Taiwan
and Hong Kong.

Snippets 1-20: Twenty snippets on AI in paints, coatings and adhesives (colour matching and formulation software,
machine-learning resin and low-VOC discovery, AI inspection of coated surfaces and film thickness, AI spray-painting
robots, AI demand planning for decorative paint retail, AI adhesive and sealant selection): eight English prose texts (a
LinkedIn post with emoji and an arrow between two years, a press release in bullets with a dateline, an Indian research
firm's release with crore asides, a shareholder letter sizing the market it serves in fiscal years ended March 31, a
trade magazine feature with hyphenated amounts and a figure in words, a Swiss report in euros with CHF asides and a
part's share, a white paper with citation markers and notes, a news story with a correction notice), seven Chinese prose
texts (a WeChat article with 【】 heads and emoji, a broker's report summary with 我们预计 and 对应CAGR为, a provincial
government work report with 比上年增长 and a 10%以上 target, a Taiwan news item in 台幣億元 with 年增, a Hong Kong government press
release in 港幣億元 with 按年上升, a Hong Kong column in 億美元 with a 約合人民幣 aside and 年複合增長率, a Zhihu answer with 大概 and 左右 and a
second publisher's figure) and five tables (a fixed-width PDF table in US$ bn with a Total row, a vertical Markdown
table with a CAGR row, a table with asterisked estimate cells, a Simplified table in 亿元 with 2025E/2026E and 同比 rows, a
Traditional table in 億日圓 with 年度 and 預估). Left out: datelines, issue, exhibit, table and note numbers, counts of body
shops, plants, vendors, firms, stores and respondents, survey percentages, unit prices and subscription fees, funding
rounds, a company's own revenue, revenue growth, margin and share target, a price target and its upside, a penetration
rate, percentage points, a quarter's figure, a growth target floor, a second publisher's figure, a corrected wrong
figure, currency asides in rupees, francs and yuan, a share in words and whole-industry totals. Inconsistent: 7, 13, 17,
18. Only by rounding: 9, 15, 16, 19, 20.

Snippets 21-40: Twenty snippets on AI in paints, coatings and adhesives (colour matching and formulation software,
machine-learning resin and low-VOC discovery, coated-surface and film-thickness inspection, spray-painting robots,
demand planning for decorative paint retail, adhesive and sealant selection): eight English prose texts (a US
prospectus's Industry Overview with two CAGR spans, a Japanese IR briefing in ¥ billion by fiscal year, a keynote recap
with a trillion-dollar line, a think-tank brief with the currency after the number, a numbered thread, a UK written
answer in £m and £bn, a release in two scales, a podcast summary with this year and next year), seven Chinese prose
texts (a 招股说明书 行业概览 citing 弗若斯特沙利文, a 人民日报-style piece with 万亿元 and a share of GDP, a Taiwan 法說會 summary in 億元新台幣, a
36氪-style funding item in 亿美元, a city 统计公报, a Hong Kong release in 百萬港元, a Taiwan YouTuber's transcript) and five tables
(a CSV with quoted thousands and a CAGR column, a space-aligned capital-markets-day table with a Total addressable
market row, a Simplified Markdown table with an 占比 column, a Mexican table with declines in parentheses, a Traditional
vertical table in 百萬港元 with 按年變動(%)). Left out: datelines, question, issue, table and stock numbers, headcounts and
counts of firms, stores, robots, delegates and respondents, prices, dividends and exchange rates, companies' own
revenue, margins, EPS and orders, funding rounds and valuations, whole-industry and economy totals, GDP and its share,
penetration and survey percentages, percentage points, a trillion-dollar slogan and an amount in rupees. Inconsistent:
23, 31, 35, 39. Only by rounding: 22, 24, 26, 29, 33, 37, 40.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. LinkedIn post by an analyst with emoji, hashtags and an arrow between two years' figures ("📈 $1.2B (2024)
    #    ➡️ $4.1B (2030)"), its CAGR on a line of its own: the global market for AI colour-matching and formulation
    #    software for paint makers and body shops in 2024 and a 2030 forecast, the CAGR's span given only by the
    #    amounts' years (inferred). Expected nowhere: the 68% of the 420 body shops surveyed, the $9,000 a year of
    #    re-sprays, the $6,500 kit price.
    dict(
        text=(
            "Priya Raman · Coatings & Digital Analyst at Halvorsen Insights\n"
            "🎨 AI colour matching has stopped being a pilot project. Our new study sizes the global market for AI "
            "colour-matching and formulation software for paint makers and body shops:\n"
            "📈 $1.2B (2024) ➡️ $4.1B (2030)\n"
            "🚀 CAGR: 22.7%\n"
            "Why now? 68% of the 420 body shops we surveyed say re-sprays caused by colour mismatch cost them more "
            "than $9,000 a year, and a spectrophotometer-plus-AI kit now sells for under $6,500. 💡\n"
            "Full report link in the comments 👇 #AI #Coatings #ColourMatching #Refinish #PaintTech"
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.1 / 1.2) ** (1 / 6) - 1 = 22.73% -> 22.7
        ],
    ),
    # 2. Chicago press release with a dateline and its key figures in "•" bullets ("• 2024 market size: US$2.3
    #    billion"): the US market for AI-driven spray-painting robots in 2024, a 2025 forecast with its
    #    year-on-year rise and a 2031 forecast with a CAGR over a printed span. Expected nowhere: the dateline, the
    #    1,450 paint cells installed, the $185,000 price per cell, the 38 vendors profiled, the 240-page report.
    dict(
        text=(
            "CHICAGO, Feb. 11, 2025 /PRNewswire/ -- Brightline Automation Research today published its outlook for "
            "the US market for AI-driven spray-painting robots used in automotive, aerospace and general industrial "
            "finishing. Key figures:\n"
            "• 2024 market size: US$2.3 billion\n"
            "• 2025 forecast: US$2.8 billion (up 21.7% year on year)\n"
            "• 2031 forecast: US$6.9 billion\n"
            "• CAGR 2024-2031: 17.0%\n"
            "The study counts 1,450 AI-guided paint cells installed in US plants last year at an average price of "
            "$185,000 per cell, and profiles 38 robot and software vendors. The 240-page report is available from "
            "the company's website."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2025, 2.8, "USD billion", "estimate"),
            ("Total", 2031, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2024, 2025, 1.0),
            ("cagr", 17.0, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.8 / 2.3) ** (1 / 1) - 1 = 21.74% -> 21.7
            ("cagr|implied", "exact"),  # (6.9 / 2.3) ** (1 / 7) - 1 = 16.99% -> 17.0
        ],
    ),
    # 3. Pune research firm's release in US dollars with rupee asides in crore ("USD 1.2 billion (INR 10,000
    #    crore)"): the global market for machine-learning discovery of resins and low-VOC formulations in 2024 and
    #    a 2032 forecast with a CAGR over a printed span, and low-VOC waterborne formulation tools' part with its
    #    share. Expected nowhere: the dateline, the crore asides, the INR 70,000 crore Indian paint industry, the 14
    #    companies, the 260 R&D heads and their 57%, FY2026, the 190 analysts.
    dict(
        text=(
            "PUNE, India, March 3, 2025 -- Meridian Quant Research Pvt. Ltd. today released its study of the global "
            "market for machine-learning discovery of resins and low-VOC formulations. The market stood at USD 1.2 "
            "billion (INR 10,000 crore) in 2024 and is projected to reach USD 3.6 billion (INR 30,000 crore) by "
            "2032, a CAGR of 14.7% over 2024-2032. Low-VOC waterborne formulation tools accounted for USD 0.48 "
            "billion (INR 4,000 crore), or 40% of the 2024 total.\n"
            "India's paint industry, worth about INR 70,000 crore, has 14 companies running ML formulation pilots, "
            "and Meridian's survey of 260 R&D heads found 57% planning to raise AI budgets in FY2026.\n"
            "Meridian Quant Research has offices in Pune and Hyderabad and employs 190 analysts."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2032, 3.6, "USD billion", "estimate"),
            ("Low-VOC waterborne formulation tools", 2024, 0.48, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14.7, "percent", 2024, 2032, None, "stated"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 1.2) ** (1 / 8) - 1 = 14.72% -> 14.7
            ("arithmetic", "exact"),  # 0.48 / 1.2 = 40.00% -> 40
        ],
    ),
    # 4. Shareholder letter of an inspection-software company sizing the market it serves ("We estimate the market
    #    we serve ... at $2.6 billion in fiscal 2025"), fiscal years ended March 31 counted as their numbers: AI
    #    quality inspection of coated surfaces and film thickness in fiscal 2024 and 2025 with a rise, and a fiscal
    #    2029 expectation with "roughly 15% a year" whose span only the amounts' years give (inferred). Expected
    #    nowhere: the company's $212 million revenue and its 24% growth, the 1,140 customers in 31 countries, the
    #    12% share goal, the 61.3% gross margin, the 418 people, the letter's date.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2025, the year ended March 31, 2025, was the year AI inspection went from pilot lines to whole "
            "plants. Revenue grew 24% to $212 million, and we now serve 1,140 customers in 31 countries.\n"
            "We estimate the market we serve, AI quality inspection of coated surfaces and film thickness on "
            "automotive, aerospace and coil-coating lines, at $2.6 billion in fiscal 2025, up 18% from $2.2 billion "
            "in fiscal 2024. We expect it to reach $4.5 billion by fiscal 2029, compounding at roughly 15% a year, "
            "and our goal is a 12% share of it.\n"
            "Gross margin was 61.3%, and our team grew to 418 people.\n"
            "Helena Sörby, Chief Executive Officer\n"
            "Gothenburg, June 12, 2025"
        ),
        obs=[
            ("Total", 2024, 2.2, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "actual"),
            ("Total", 2029, 4.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 15, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.2) ** (1 / 1) - 1 = 18.18% -> 18
            ("cagr|period", "exact"),  # (4.5 / 2.6) ** (1 / 4) - 1 = 14.70% -> 15
        ],
    ),
    # 5. Trade magazine feature whose amounts are hyphenated adjectives ("a $3.2-billion market", "a $640-million
    #    segment") and a figure in words ("one-and-a-half billion dollars"): the global market for AI tools in
    #    industrial adhesives and sealants in 2020 and 2024 with an average rate over a printed span, and selection
    #    software's 2024 part. Expected nowhere: the issue number and date, "a fifth" (a share in words), the 23,000
    #    data sheets, the $48-million Series C, the $1,200 monthly licence.
    dict(
        text=(
            "ADHESIVES & SEALANTS TODAY · Issue 62, April 2025\n"
            "Picking the right glue used to take a binder of data sheets and a week of lab pulls. Now it takes a "
            "chatbot. AI tools for industrial adhesives and sealants, from selection assistants to dispense-path "
            "optimisation, made up a $3.2-billion market in 2024, Kestrel Materials Intelligence reckons, up from "
            "one-and-a-half billion dollars in 2020: an average 20.9% a year between 2020 and 2024.\n"
            "Selection software alone was a $640-million segment last year, about a fifth of the total. Tanager "
            "Bond, a Milwaukee start-up whose assistant indexes 23,000 product data sheets, closed a $48-million "
            "Series C in March, and its founder says a typical plant pays $1,200 a month for a licence."
        ),
        obs=[
            ("Total", 2020, 1.5, "USD billion", "actual"),
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Selection software", 2024, 640, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 1.5) ** (1 / 4) - 1 = 20.86% -> 20.9
        ],
    ),
    # 6. Zurich forum's report in euros with CHF asides in brackets: Europe's market for AI inspection of paint and
    #    powder-coat finishes and film thickness in 2023 and 2024 with a rise, and inline film-thickness gauging's
    #    part with its share. Expected nowhere: the dateline, the CHF asides, Switzerland's CHF 41 million, the 62
    #    member plants, the CHF 90,000 camera station, the CHF 1.9 billion Swiss coatings industry.
    dict(
        text=(
            "Zurich, 14 May 2025 - The Swiss Coatings Technology Forum (SCTF) today published its annual review of "
            "AI-based quality inspection of coated surfaces in Europe. The market for AI inspection of paint and "
            "powder-coat finishes and film thickness reached EUR 410 million (CHF 385 million) in 2024, 17.1% more "
            "than the EUR 350 million (CHF 334 million) of 2023. Inline film-thickness gauging accounted for EUR "
            "148 million (CHF 139 million), a 36% share of the total.\n"
            "Switzerland itself contributed CHF 41 million. The forum's 62 member plants each run at least one "
            "inline camera station, which costs about CHF 90,000.\n"
            "The wider Swiss paints and coatings industry turns over some CHF 1.9 billion a year."
        ),
        obs=[
            ("Total", 2023, 350, "EUR million", "actual"),
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Inline film-thickness gauging", 2024, 148, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.1, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (410 / 350) ** (1 / 1) - 1 = 17.14% -> 17.1
            ("arithmetic", "exact"),  # 148 / 410 = 36.10% -> 36
        ],
    ),
    # 7. Consultancy white paper whose figures carry citation markers ("$0.98 billion in 2024[3]", "grown 21%²")
    #    and a notes line at the end: global spending on AI demand planning for decorative paint retail in 2023 and
    #    2024 with a rise, and a 2032 projection with a CAGR over a printed span that no reading reaches. Expected
    #    nowhere: the 2,600 tinting bases, the 14 pilot retailers, the 31% fall in forecast error, the note numbers
    #    and n = 14, the title year.
    dict(
        text=(
            "AI Demand Planning in Decorative Paint Retail: A White Paper (Rowan & Lisle Consulting, 2025)\n"
            "Paint is a seasonal, weather-driven and colour-fragmented category: a mid-sized home-improvement chain "
            "may stock 2,600 tinting bases and can sizes per store. Global spending on AI demand planning for "
            "decorative paint retail reached $0.98 billion in 2024[3], having grown 21%² from $0.81 billion in "
            "2023[3]. It is projected at $4.1 billion by 2032[3], a 17.5% CAGR over 2024-2032[4].\n"
            "In our pilots with 14 retailers, forecast error on tinted SKUs fell by 31%[5].\n"
            "Notes: [3] Larchmont Advisory, Global Retail AI Tracker, 2025. [4] Larchmont Advisory, growth rate as "
            "published. [5] Rowan & Lisle client data, n = 14. ² Year on year, nominal US dollars."
        ),
        obs=[
            ("Total", 2023, 0.81, "USD billion", "actual"),
            ("Total", 2024, 0.98, "USD billion", "actual"),
            ("Total", 2032, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 17.5, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (0.98 / 0.81) ** (1 / 1) - 1 = 20.99% -> 21
            # (4.1 / 0.98) ** (1 / 8) - 1 = 19.59% -> 19.6, not 17.5; bounds (4.05 / 0.985) ** (1/8) - 1 = 19.33%,
            # (4.15 / 0.975) ** (1/8) - 1 = 19.85% -> 17.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Frankfurt news story with a correction notice at the end ("Correction: an earlier version of this story
    #    gave ... The correct figure is €212 million"), the dateline's 2025 making last year 2024: Germany's market
    #    for AI colour matching in automotive refinish in 2023 and 2024 with a rise, and a 2029 expectation with
    #    "about 13% a year" whose span only the amounts' years give (inferred). Expected nowhere: the dateline, the
    #    wrong €221 million, the 31,000 body shops and 9,400 users, the refinish supplier's €1.06 billion sales.
    dict(
        text=(
            "FRANKFURT, May 6, 2025 - Germany's market for AI colour matching in automotive refinish, the software "
            "and spectrophotometers body shops use to mix a repair paint to a car's faded original, was worth €212 "
            "million last year, up 14% from €186 million in 2023, the refinish trade association ZKL said on "
            "Tuesday. The association expects the market to reach €390 million by 2029, or about 13% a year.\n"
            "Of Germany's roughly 31,000 body shops, some 9,400 now use an AI colour tool, ZKL said. Lackwerk "
            "Rhein, the Cologne-based refinish supplier, reported 2024 sales of €1.06 billion.\n"
            "Correction: an earlier version of this story gave the 2024 market size as €221 million. The correct "
            "figure is €212 million."
        ),
        obs=[
            ("Total", 2023, 186, "EUR million", "actual"),
            ("Total", 2024, 212, "EUR million", "actual"),
            ("Total", 2029, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 186) ** (1 / 1) - 1 = 13.98% -> 14
            ("cagr|period", "exact"),  # (390 / 212) ** (1 / 5) - 1 = 12.96% -> 13
        ],
    ),
    # 9. 微信公众号 article (Simplified) with 【】 section heads and emoji: China's AI spray-painting robot market in
    #    2023 and 2024 with a 同比增长 that holds only by rounding, and 汽车涂装's 2024 part with its 占比. Expected
    #    nowhere: the 3亿元 B round, the 48万元 workstation price, the 1.2万台 installed.
    dict(
        text=(
            "【行业观察】🤖 AI喷涂机器人，正在改写涂装车间\n"
            "【市场规模】📊 据智涂研究院统计，2024年我国AI喷涂机器人市场规模达到86.5亿元，同比增长27.4%；2023年"
            "这一数字为67.8亿元。🔥\n"
            "【细分结构】🚗 汽车涂装仍是第一大应用，2024年规模35.6亿元，占比41.2%；家具和3C外壳涂装紧随其后。\n"
            "【企业动态】💰 深圳某喷涂机器人企业上月完成3亿元B轮融资，单台AI喷涂工作站均价约48万元，全国累计装机量"
            "已超过1.2万台。\n"
            "👉 点击关注，获取更多涂料行业干货！"
        ),
        obs=[
            ("Total", 2023, 67.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("汽车涂装", 2024, 35.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 41.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (86.5 / 67.8) ** (1 / 1) - 1 = 27.58% -> 27.6, not 27.4; bounds 86.45 / 67.85 - 1 = 27.41%,
            # 86.55 / 67.75 - 1 = 27.75% -> 27.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 35.6 / 86.5 = 41.16% -> 41.2
        ],
    ),
    # 10. 券商研报 summary (Simplified) with 我们测算, 我们预计, "2024-2030E" and "对应CAGR为": China's AI coatings
    #     formulation and resin R&D services market in 2024 and 2025E/2030E forecasts, the CAGR over a printed span.
    #     Expected nowhere: the covered company's 12.3亿元 revenue and 41.5% gross margin, the 48.6元 price target and
    #     its 32% upside, the 45% waterborne penetration rate.
    dict(
        text=(
            "【华岳证券】化工新材料：AI配方研发降本增效，低VOC涂料迎来加速期（买入，维持）\n"
            "投资要点：我们测算2024年中国AI涂料配方与树脂研发服务市场规模为18.4亿元。受益于低VOC法规趋严与机器学习"
            "高通量筛选普及，我们预计2025E/2030E市场规模分别达到23.5亿元/72.6亿元，2024-2030E对应CAGR为25.7%。\n"
            "重点公司：维持嘉涂科技“买入”评级，公司2024年营收12.3亿元，毛利率41.5%，目标价48.6元，较现价有32%"
            "上行空间。\n"
            "风险提示：下游需求不及预期；技术迭代风险；水性涂料渗透率（当前约45%）提升不及预期。"
        ),
        obs=[
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
            ("Total", 2025, 23.5, "CNY 100 million", "estimate"),
            ("Total", 2030, 72.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72.6 / 18.4) ** (1 / 6) - 1 = 25.71% -> 25.7
        ],
    ),
    # 11. 政府工作报告-style paragraph (Simplified) with 比上年增长: a province's AI coating inspection and smart
    #     colour-matching market in 2024 and AI涂层质检's part, each with a rise whose base is not printed (no
    #     verdict). Expected nowhere: the 326家 firms, the 15个 workshops, the 58% low-VOC output share, the target
    #     增长10%以上 (a floor), the 20家 factories.
    dict(
        text=(
            "2024年，全省涂料产业数字化、绿色化转型取得新进展。AI涂装检测与智能配色市场规模达到42.8亿元，比上年增长"
            "18.6%，其中AI涂层质检14.9亿元，比上年增长24.2%；规模以上涂料企业发展到326家，建成智能涂装示范车间15个，"
            "低VOC涂料产量占比提高到58%。\n"
            "2025年主要预期目标是：AI涂装检测与智能配色市场规模增长10%以上，新培育省级智能制造示范工厂20家。\n"
            "我们要坚持稳中求进，推动涂料产业向高端化、智能化、绿色化迈进。"
        ),
        obs=[
            ("Total", 2024, 42.8, "CNY 100 million", "actual"),
            ("AI涂层质检", 2024, 14.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 12. Taiwan news item (Traditional) with amounts written 台幣XX億元 and 年增X%: Taiwan's AI paint colour-matching
    #     and coating inspection market in 2023 and 2024 with a rise, and a 2025 forecast (預估) with its own rise.
    #     Expected nowhere: the (18) date, the 4,800家 body shops and 1,150家 adopters, the 台幣60萬元 system price,
    #     the 台幣520億元 coatings industry output.
    dict(
        text=(
            "【記者林雅婷／台北報導】汽車烤漆也開始靠AI調色。台灣塗裝科技研究中心今（18）日發布報告指出，台灣AI塗料"
            "調色與塗裝檢測市場2024年規模達台幣38.6億元，年增21.4%，2023年為台幣31.8億元；預估2025年將成長至台幣"
            "46億元，年增19.2%。\n"
            "報告指出，全台約4,800家汽車鈑噴廠中，已有約1,150家導入AI電腦調色，單套系統價格約台幣60萬元。\n"
            "國內塗料業整體產值則約台幣520億元，AI應用占比仍低。"
        ),
        obs=[
            ("Total", 2023, 31.8, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2025, 46, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.8) ** (1 / 1) - 1 = 21.38% -> 21.4
            ("cagr|implied", "exact"),  # (46 / 38.6) ** (1 / 1) - 1 = 19.17% -> 19.2
        ],
    ),
    # 13. Hong Kong 政府新聞公報 (Traditional) with 港幣X億元 and 按年上升, years in Chinese numerals (二○二四年): the
    #     market for AI demand-forecasting and replenishment services used by decorative paint retailers in 2023 and
    #     2024 with a rise that no reading reaches, and 雲端訂閱服務's 2024 part. Expected nowhere: the release date
    #     and time, the 第四季 港幣1.9億元 (a quarter), the 1,350間 shops and their 38%.
    dict(
        text=(
            "政府統計處今日（四月十日）公布二○二四年香港裝飾漆零售業AI需求規劃服務的統計數字。\n"
            "二○二四年，本港裝飾漆零售商採用的AI需求預測及補貨規劃服務市場總值為港幣6.8億元，較二○二三年的港幣6.05"
            "億元按年上升15.2%。其中雲端訂閱服務佔港幣4.1億元。\n"
            "二○二四年第四季的相關服務總值為港幣1.9億元。全港共有約1,350間油漆零售店，當中約38%已使用AI補貨系統。\n"
            "完\n"
            "二○二五年四月十日（星期四）\n"
            "香港時間16時30分"
        ),
        obs=[
            ("Total", 2023, 6.05, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("雲端訂閱服務", 2024, 4.1, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (6.8 / 6.05) ** (1 / 1) - 1 = 12.40% -> 12.4, not 15.2; bounds 6.75 / 6.055 - 1 = 11.48%,
            # 6.85 / 6.045 - 1 = 13.32% -> 15.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Hong Kong column (Traditional) in 億美元 with a 約合人民幣 aside and 年複合增長率: Greater China's AI
    #     spray-painting robot market in 2024 (約, at its printed figure) and a 2030 forecast, the rate's span given
    #     only by the amounts' years (inferred). Expected nowhere: the 人民幣133億元 aside, the 六台 arms and 兩個
    #     workers, the columnist's 二十年, the 30萬美元 arm, the payback of 兩年半, the 港幣120億元 local trade.
    dict(
        text=(
            "【智造前線】文：周卓謙\n"
            "上周到東莞一間塗裝廠參觀，車間裏六台噴塗機械臂由AI視覺自動規劃路徑，工人只剩兩個。據研究機構銳思亞洲的"
            "數字，大中華區AI噴塗機器人市場2024年規模約為18.5億美元（約合人民幣133億元），預計2030年將增至52億美元，"
            "年複合增長率達18.8%。\n"
            "筆者入行二十年，見證過不少「智能」概念來了又走，但這次廠方算過帳：一台機械臂連AI系統約30萬美元，兩年半"
            "就能回本。\n"
            "香港方面，本地塗裝及維修工程業每年生意額約港幣120億元，不過AI應用仍屬起步。"
        ),
        obs=[
            ("Total", 2024, 18.5, "USD 100 million", "actual"),
            ("Total", 2030, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (52 / 18.5) ** (1 / 6) - 1 = 18.80% -> 18.8
        ],
    ),
    # 15. 知乎 answer (Simplified) with 大概 and 左右 (at its printed figure) and a second publisher's figure beside the
    #     first: China's AI colour matching for automotive refinish in 2023 and 2024 by the first publisher, its
    #     同比增长 holding only by rounding, and a 2027 expectation (上下). Expected nowhere: the author's 8年, 弘图研究's
    #     31亿元, the 3万家 shops, the 5万元 subscription, the edit date.
    dict(
        text=(
            "谢邀，在涂料公司做了8年数字化，说点实在的。\n"
            "国内汽车修补漆AI调色（电脑配色+AI色差校正）这个市场，按艾维咨询的口径，2024年大概24亿元左右，2023年是"
            "19.6亿元，同比增长23.1%，他们预计2027年能到40亿元上下。\n"
            "另一家机构弘图研究给的2024年数字是31亿元，但它把调色设备硬件也算进去了，口径宽很多，别直接拿来比。\n"
            "全国4S店加上钣喷连锁大概3万家，一套AI调色软件一年订阅费5万元左右，你自己算算天花板在哪。\n"
            "（编辑于 2025-03-09 · 著作权归作者所有）"
        ),
        obs=[
            ("Total", 2023, 19.6, "CNY 100 million", "actual"),
            ("Total", 2024, 24, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (24 / 19.6) ** (1 / 1) - 1 = 22.45% -> 22.4, not 23.1; bounds 23.5 / 19.65 - 1 = 19.59%,
            # 24.5 / 19.55 - 1 = 25.32% -> 23.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Fixed-width text table copied from a PDF, columns set apart by spaces, the title line "(US$ bn)", years
    #     across (2030E a forecast), applications as rows and a Total row: 2023 and 2024 add exactly, 2030E only by
    #     rounding. Expected nowhere: the exhibit number, the source's date, the 57 vendors, the US$190 bn coatings
    #     industry.
    dict(
        text=(
            "Exhibit 4. Global AI in paints, coatings and adhesives, by application\n"
            "(US$ bn)\n"
            "Application                      2023    2024    2030E\n"
            "Colour matching & formulation    0.82    0.98     2.61\n"
            "Resin & low-VOC discovery        0.41    0.52     1.74\n"
            "Surface & film inspection        0.56    0.69     1.93\n"
            "Spray-painting robotics          0.95    1.12     2.88\n"
            "Total                            2.74    3.31     9.17\n"
            "Source: Oakridge Capital Markets estimates, January 2025; 57 vendors tracked. Excludes the c.US$190 bn "
            "global coatings industry."
        ),
        obs=[
            ("Colour matching & formulation", 2023, 0.82, "USD billion", "actual"),
            ("Colour matching & formulation", 2024, 0.98, "USD billion", "actual"),
            ("Colour matching & formulation", 2030, 2.61, "USD billion", "estimate"),
            ("Resin & low-VOC discovery", 2023, 0.41, "USD billion", "actual"),
            ("Resin & low-VOC discovery", 2024, 0.52, "USD billion", "actual"),
            ("Resin & low-VOC discovery", 2030, 1.74, "USD billion", "estimate"),
            ("Surface & film inspection", 2023, 0.56, "USD billion", "actual"),
            ("Surface & film inspection", 2024, 0.69, "USD billion", "actual"),
            ("Surface & film inspection", 2030, 1.93, "USD billion", "estimate"),
            ("Spray-painting robotics", 2023, 0.95, "USD billion", "actual"),
            ("Spray-painting robotics", 2024, 1.12, "USD billion", "actual"),
            ("Spray-painting robotics", 2030, 2.88, "USD billion", "estimate"),
            ("Total", 2023, 2.74, "USD billion", "actual"),
            ("Total", 2024, 3.31, "USD billion", "actual"),
            ("Total", 2030, 9.17, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.82 + 0.41 + 0.56 + 0.95 = 2.74
            ("hierarchy", "exact"),  # 2024: 0.98 + 0.52 + 0.69 + 1.12 = 3.31
            # 2030E: 2.61 + 1.74 + 1.93 + 2.88 = 9.16, not 9.17; parts at most 9.18 and the total at least 9.165 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown table whose rows are years (2025F and 2028F forecasts) and columns segments, each figure to its
    #     column's header, with a CAGR row over a printed span at the bottom: the UK's AI paint-shop technology by
    #     segment; colour matching and film-thickness inspection hold exactly, spray robotics' 19.5% by no reading.
    #     Expected nowhere: the table number, the 240 body shops and paint lines, the source's date.
    dict(
        text=(
            "UK AI paint-shop technology market by segment, £ million (Table 3)\n"
            "| Year | Colour matching | Film-thickness inspection | Spray robotics |\n"
            "|---|---|---|---|\n"
            "| 2023 | 38.9 | 25.6 | 19.8 |\n"
            "| 2024 | 46.2 | 31.4 | 22.7 |\n"
            "| 2025F | 54.6 | 38.1 | 26.0 |\n"
            "| 2028F | 88.5 | 67.9 | 41.0 |\n"
            "| CAGR 2024-28F | 17.6% | 21.3% | 19.5% |\n"
            "Source: Ashcombe Research survey of 240 UK body shops and OEM paint lines, March 2025."
        ),
        obs=[
            ("Colour matching", 2023, 38.9, "GBP million", "actual"),
            ("Colour matching", 2024, 46.2, "GBP million", "actual"),
            ("Colour matching", 2025, 54.6, "GBP million", "estimate"),
            ("Colour matching", 2028, 88.5, "GBP million", "estimate"),
            ("Film-thickness inspection", 2023, 25.6, "GBP million", "actual"),
            ("Film-thickness inspection", 2024, 31.4, "GBP million", "actual"),
            ("Film-thickness inspection", 2025, 38.1, "GBP million", "estimate"),
            ("Film-thickness inspection", 2028, 67.9, "GBP million", "estimate"),
            ("Spray robotics", 2023, 19.8, "GBP million", "actual"),
            ("Spray robotics", 2024, 22.7, "GBP million", "actual"),
            ("Spray robotics", 2025, 26.0, "GBP million", "estimate"),
            ("Spray robotics", 2028, 41.0, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88.5 / 46.2) ** (1 / 4) - 1 = 17.65% -> 17.6
            ("cagr|implied", "exact"),  # (67.9 / 31.4) ** (1 / 4) - 1 = 21.27% -> 21.3
            # (41.0 / 22.7) ** (1 / 4) - 1 = 15.93% -> 15.9, not 19.5; bounds (40.95 / 22.75) ** (1/4) - 1 = 15.83%,
            # (41.05 / 22.65) ** (1/4) - 1 = 16.03% -> 19.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 18. Table with footnote markers in its forecast cells ("1,234.5*") and a note line ("* estimate") under it:
    #     Europe's AI adhesive and sealant selection tools by country, 2023 and 2024 actual and 2025 estimated, with
    #     a Total row; 2023's total (984.7 against parts adding to 948.7) holds by no reading, 2024 and 2025 exactly.
    #     Expected nowhere: the source's date, the 1,900 formulators, the EUR 4,800 seat price.
    dict(
        text=(
            "Europe: AI adhesive and sealant selection tools, by country (EUR million)\n"
            "Country            2023       2024       2025\n"
            "Germany           402.7      468.3      538.9*\n"
            "Italy             176.4      204.8      236.0*\n"
            "Sweden             71.5       84.2       98.6*\n"
            "Rest of Europe    298.1      338.9      361.0*\n"
            "Total             984.7    1,096.2    1,234.5*\n"
            "* estimate\n"
            "Source: Nordvik Adhesion Analytics, April 2025; 1,900 formulators surveyed. Selection-software seats "
            "(about EUR 4,800 a year) are not counted separately."
        ),
        obs=[
            ("Germany", 2023, 402.7, "EUR million", "actual"),
            ("Germany", 2024, 468.3, "EUR million", "actual"),
            ("Germany", 2025, 538.9, "EUR million", "estimate"),
            ("Italy", 2023, 176.4, "EUR million", "actual"),
            ("Italy", 2024, 204.8, "EUR million", "actual"),
            ("Italy", 2025, 236.0, "EUR million", "estimate"),
            ("Sweden", 2023, 71.5, "EUR million", "actual"),
            ("Sweden", 2024, 84.2, "EUR million", "actual"),
            ("Sweden", 2025, 98.6, "EUR million", "estimate"),
            ("Rest of Europe", 2023, 298.1, "EUR million", "actual"),
            ("Rest of Europe", 2024, 338.9, "EUR million", "actual"),
            ("Rest of Europe", 2025, 361.0, "EUR million", "estimate"),
            ("Total", 2023, 984.7, "EUR million", "actual"),
            ("Total", 2024, 1096.2, "EUR million", "actual"),
            ("Total", 2025, 1234.5, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 402.7 + 176.4 + 71.5 + 298.1 = 948.7, not 984.7; parts at most 948.9 and the total at least
            # 984.65 -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 468.3 + 204.8 + 84.2 + 338.9 = 1096.2
            ("hierarchy", "exact"),  # 2025*: 538.9 + 236.0 + 98.6 + 361.0 = 1234.5
        ],
    ),
    # 19. Simplified table under "单位：亿元" with 2025E and 2026E columns, a 同比 row under each segment (blank for
    #     2024) and a 合计 row: China's AI colour matching and AI painting robots; each 同比 a year-on-year rate, the
    #     2026E robots' 23.4% only by rounding; 合计 adds exactly in every column. Expected nowhere: the table
    #     number, the 132家 sampled firms.
    dict(
        text=(
            "表5 中国AI涂料应用市场规模预测\n"
            "单位：亿元\n"
            "项目              2024      2025E      2026E\n"
            "AI调色配色        21.6       27.3       34.1\n"
            "  同比             —        26.4%      24.9%\n"
            "AI涂装机器人      86.5      108.2      133.6\n"
            "  同比             —        25.1%      23.4%\n"
            "合计             108.1      135.5      167.7\n"
            "资料来源：公司公告，华岳证券研究所；样本覆盖132家涂料企业。"
        ),
        obs=[
            ("AI调色配色", 2024, 21.6, "CNY 100 million", "actual"),
            ("AI调色配色", 2025, 27.3, "CNY 100 million", "estimate"),
            ("AI调色配色", 2026, 34.1, "CNY 100 million", "estimate"),
            ("AI涂装机器人", 2024, 86.5, "CNY 100 million", "actual"),
            ("AI涂装机器人", 2025, 108.2, "CNY 100 million", "estimate"),
            ("AI涂装机器人", 2026, 133.6, "CNY 100 million", "estimate"),
            ("合计", 2024, 108.1, "CNY 100 million", "actual"),
            ("合计", 2025, 135.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 167.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2024, 2025, 1.0),
            ("growth", 24.9, "percent", 2025, 2026, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
            ("growth", 23.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.3 / 21.6) ** (1 / 1) - 1 = 26.39% -> 26.4
            ("cagr|implied", "exact"),  # (34.1 / 27.3) ** (1 / 1) - 1 = 24.91% -> 24.9
            ("cagr|implied", "exact"),  # (108.2 / 86.5) ** (1 / 1) - 1 = 25.09% -> 25.1
            # (133.6 / 108.2) ** (1 / 1) - 1 = 23.48% -> 23.5, not 23.4; bounds 133.55 / 108.25 - 1 = 23.37%,
            # 133.65 / 108.15 - 1 = 23.58% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 2024: 21.6 + 86.5 = 108.1
            ("hierarchy", "exact"),  # 2025E: 27.3 + 108.2 = 135.5
            ("hierarchy", "exact"),  # 2026E: 34.1 + 133.6 = 167.7
        ],
    ),
    # 20. Traditional Chinese table in 億日圓 (JPY 100 million) with 年度 columns (2025年度 預估) and a 合計 row: Japan's
    #     AI painting robots, AI film inspection and AI colour-matching systems; 2023 and 2024 add exactly, 2025 (784
    #     against 785) only by rounding. Expected nowhere: the table number, the source's date, the 412家 member
    #     firms, the 1,200萬日圓 system price.
    dict(
        text=(
            "表3　日本AI塗裝與塗膜檢測市場規模\n"
            "單位：億日圓\n"
            "年度              2023年度    2024年度    2025年度(預估)\n"
            "AI塗裝機器人         312         368          431\n"
            "AI塗膜檢測           145         176          214\n"
            "AI調色系統            98         117          139\n"
            "合計                 555         661          785\n"
            "資料來源：日本塗裝技術協會（2025年5月）。會員企業412家；單套AI調色系統售價約1,200萬日圓，不計入市場規模。"
        ),
        obs=[
            ("AI塗裝機器人", 2023, 312, "JPY 100 million", "actual"),
            ("AI塗裝機器人", 2024, 368, "JPY 100 million", "actual"),
            ("AI塗裝機器人", 2025, 431, "JPY 100 million", "estimate"),
            ("AI塗膜檢測", 2023, 145, "JPY 100 million", "actual"),
            ("AI塗膜檢測", 2024, 176, "JPY 100 million", "actual"),
            ("AI塗膜檢測", 2025, 214, "JPY 100 million", "estimate"),
            ("AI調色系統", 2023, 98, "JPY 100 million", "actual"),
            ("AI調色系統", 2024, 117, "JPY 100 million", "actual"),
            ("AI調色系統", 2025, 139, "JPY 100 million", "estimate"),
            ("合計", 2023, 555, "JPY 100 million", "actual"),
            ("合計", 2024, 661, "JPY 100 million", "actual"),
            ("合計", 2025, 785, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年度: 312 + 145 + 98 = 555
            ("hierarchy", "exact"),  # 2024年度: 368 + 176 + 117 = 661
            # 2025年度(預估): 431 + 214 + 139 = 784, not 785; parts at most 785.5 and the total at least 784.5 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. US listing prospectus's "Industry Overview" citing a consultancy ("According to Larchmont") with CAGRs
    #     "from 2019 to 2024" and "from 2024 to 2029E": the US market for AI colour matching and formulation software
    #     for paint manufacturers and collision repair shops in 2019, 2024 and 2029E, both CAGRs exact. Expected
    #     nowhere: the report's date, the 34,800 collision repair shops and their 41% adoption, the issuer's $63.7
    #     million revenue, the 9,500,000 shares offered.
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "The information in this section is derived from an industry report commissioned by us and prepared by "
            "Larchmont Advisory Group, an independent consultancy, dated February 2025.\n"
            "According to Larchmont, the US market for AI colour matching and formulation software sold to paint "
            "manufacturers and collision repair shops grew from $412.0 million in 2019 to $1,036.5 million in 2024, "
            "a CAGR of 20.3% from 2019 to 2024, and is expected to reach $2,874.2 million in 2029E, a CAGR of 22.6% "
            "from 2024 to 2029E.\n"
            "There were approximately 34,800 collision repair shops in the US in 2024, of which Larchmont estimates "
            "41% had adopted spectrophotometer-linked software. Our revenue was $63.7 million in 2024. We are "
            "offering 9,500,000 shares of our Class A common stock in this offering."
        ),
        obs=[
            ("Total", 2019, 412.0, "USD million", "actual"),
            ("Total", 2024, 1036.5, "USD million", "actual"),
            ("Total", 2029, 2874.2, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2019, 2024, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1036.5 / 412.0) ** (1 / 5) - 1 = 20.26% -> 20.3
            ("cagr|implied", "exact"),  # (2874.2 / 1036.5) ** (1 / 5) - 1 = 22.63% -> 22.6
        ],
    ),
    # 22. Japanese paint maker's English results briefing in "¥ billion" with "FY2024 (ending March 2025)" (fiscal
    #     years counted by their number): the domestic market for AI colour-matching and paint-formulation software
    #     in FY2023 and FY2024 with a rise of 14.2% that holds only by rounding, and an FY2027 forecast. Expected
    #     nowhere: the briefing date, the group's ¥412.7 billion net sales, its +3.8% and 9.6% margin, the 2,350 body
    #     shops, the ¥48 dividend.
    dict(
        text=(
            "Kisaragi Paint Holdings Co., Ltd. - FY2024 Financial Results Briefing (May 14, 2025)\n"
            "Market environment: We estimate that the domestic market for AI colour-matching and paint-formulation "
            "software reached ¥18.6 billion in FY2024 (ending March 2025), up 14.2% from ¥16.3 billion in FY2023. "
            "We expect the market to expand to ¥29.4 billion in FY2027 as body shops replace manual toning.\n"
            "Group results: Net sales were ¥412.7 billion (+3.8% YoY) and the operating margin was 9.6%. Our AI "
            "toning system is now installed at 2,350 body shops in Japan. The annual dividend will be ¥48 per share."
        ),
        obs=[
            ("Total", 2023, 16.3, "JPY billion", "actual"),
            ("Total", 2024, 18.6, "JPY billion", "actual"),
            ("Total", 2027, 29.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.6 / 16.3) ** (1 / 1) - 1 = 14.11% -> 14.1, not 14.2; bounds 18.55 / 16.35 - 1 = 13.46%,
            # 18.65 / 16.25 - 1 = 14.77% -> 14.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Conference keynote recap with a boilerplate "a trillion-dollar opportunity" line: the European market for
    #     AI-driven spray-painting robots and vision-based film-thickness inspection in 2024 (EUR 640 million) and
    #     2029 (EUR 1.45 billion, in the series' unit: 1450) with "19.5% a year" whose span only the amounts' years
    #     give (inferred), reached by no reading. Expected nowhere: the forum's date, the trillion-dollar line, the
    #     1,900 delegates, the 27 paint lines, the EUR 350,000 vision cell, the 58% of the poll.
    dict(
        text=(
            "Keynote recap: Coatings Future Forum, Milan, 12 March 2025\n"
            "Opening day two, Valeria Conti, chief digital officer of Ardesia Vernici, told the 1,900 delegates that "
            "AI was \"a trillion-dollar opportunity for the whole materials economy\" before turning to numbers she "
            "could source. Citing Brandt & Lorenz, she put the European market for AI-driven spray-painting robots "
            "and vision-based film-thickness inspection at EUR 640 million in 2024 and said it would reach EUR 1.45 "
            "billion by 2029, growth she called \"19.5% a year, every year\".\n"
            "Ardesia runs 27 automated paint lines, and a single vision cell costs around EUR 350,000. In a live poll, "
            "58% of the room said they would pilot a painting robot within two years."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2029, 1450, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1450 / 640) ** (1 / 5) - 1 = 17.77% -> 17.8, not 19.5; bounds (1445 / 640.5) ** (1/5) - 1 = 17.67%,
            # (1455 / 639.5) ** (1/5) - 1 = 17.87% -> 19.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 24. Berlin think-tank brief with the currency after the number ("1.26 USD bn", "3.4 USD bn", "EUR 870 m"): the
    #     global market for machine-learning discovery of resins and low-VOC formulations in 2024 and 2030 with a
    #     CAGR over a printed span that holds only by rounding, and Europe's part in euros in 2023 and 2024 with an
    #     exact growth. Expected nowhere: the brief's number 14/2025, the 62 interviews and nine member states, the
    #     EUR 655 bn EU chemicals industry, the further 30% VOC cut.
    dict(
        text=(
            "Policy Brief 14/2025 - Berlin Institute for Industrial Transformation\n"
            "Machine learning is shortening the road to low-VOC paints. By our estimate, the global market for "
            "machine-learning discovery of resins and low-VOC formulations stood at 1.26 USD bn in 2024 and will "
            "reach 3.4 USD bn in 2030, a CAGR of 17.6% over 2024-2030. In Europe the same market came to EUR 870 m "
            "in 2024, up from EUR 702 m in 2023, or 23.9% growth.\n"
            "The brief draws on 62 interviews across nine member states. For scale, the EU chemicals industry sells "
            "about EUR 655 bn a year, and the planned Decopaint revision would cut permitted VOC content by a "
            "further 30%."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2030, 3.4, "USD billion", "estimate"),
            ("Europe", 2023, 702, "EUR million", "actual"),
            ("Europe", 2024, 870, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (3.4 / 1.26) ** (1 / 6) - 1 = 17.99% -> 18.0, not 17.6; bounds (3.35 / 1.265) ** (1/6) - 1 = 17.62%,
            # (3.45 / 1.255) ** (1/6) - 1 = 18.36% -> 17.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (870 / 702) ** (1 / 1) - 1 = 23.93% -> 23.9
        ],
    ),
    # 25. Thread of numbered posts ("1/", "2/", "3/", "4/"): US spend on AI demand-planning tools for decorative paint
    #     retail in 2022 and 2025 (both past at the thread's 2026 date) with "~16.7% a year" whose span only the
    #     amounts' years give (inferred), and tint-recipe forecasting's part of 2025 with its share. Expected nowhere:
    #     the post numbers and date, the flat store traffic, the 8,900 paint stores, the $62 gallon, the 3 vendors.
    dict(
        text=(
            "1/ Quick thread on AI demand planning for decorative paint retail in the US, because my DMs are full "
            "of it (12 Feb 2026).\n"
            "2/ Marlow Insights sizes US spend on AI demand-planning tools for paint retailers at $286M in 2022 and "
            "$455M in 2025. That is ~16.7% a year, in a category where store traffic was flat.\n"
            "3/ Tint-recipe forecasting is the hot corner: $97M of the 2025 figure, i.e. about 21% of the total.\n"
            "4/ Context: ~8,900 independent paint stores, a gallon of premium interior at $62, and only 3 vendors "
            "with real scale. Not advice."
        ),
        obs=[
            ("Total", 2022, 286, "USD million", "actual"),
            ("Total", 2025, 455, "USD million", "actual"),
            ("Tint-recipe forecasting", 2025, 97, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2022, 2025, None, "inferred"),
            ("share", 21, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (455 / 286) ** (1 / 3) - 1 = 16.74% -> 16.7
            ("arithmetic", "exact"),  # 97 / 455 = 21.32% -> 21
        ],
    ),
    # 26. UK parliamentary written answer in "£m" and "£bn" with the minister's name: the UK market for AI-enabled
    #     inspection of coated surfaces and film thickness in 2023 and 2024 with an increase of 18.6% that holds only
    #     by rounding, and a 2030 projection (£0.41bn, in the series' unit: 410). Expected nowhere: the question
    #     number and dates, the £3.2bn coatings sector turnover, the 11,000 people and 420 firms, the £4.5m awarded
    #     to 14 projects since 2022.
    dict(
        text=(
            "Artificial Intelligence: Paints and Coatings\n"
            "Question 28417, tabled 6 January 2025: To ask the Secretary of State for Business and Trade, what "
            "estimate his Department has made of the size of the UK market for AI inspection of coated surfaces.\n"
            "Answered on 14 January 2025 by Lucy Hartwell, Minister for Industry: Research commissioned by the "
            "Department estimates the UK market for AI-enabled inspection of coated surfaces and film thickness at "
            "£148m in 2023 and £176m in 2024, an increase of 18.6%, and projects £0.41bn by 2030. The wider UK "
            "coatings sector has a turnover of around £3.2bn and employs some 11,000 people across 420 firms. "
            "Innovate UK has awarded £4.5m to 14 projects in this area since 2022."
        ),
        obs=[
            ("Total", 2023, 148, "GBP million", "actual"),
            ("Total", 2024, 176, "GBP million", "actual"),
            ("Total", 2030, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (176 / 148) ** (1 / 1) - 1 = 18.92% -> 18.9, not 18.6; bounds 175.5 / 148.5 - 1 = 18.18%,
            # 176.5 / 147.5 - 1 = 19.66% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Detroit research release giving one series in two scales ("$2,400 million" for 2024, "$3.1 billion" for
    #     2026, in the series' unit: 3100): the global market for AI-driven spray-painting robots and path-planning
    #     software with a CAGR over a printed span, and automotive OEM lines' part of 2024 with its share, both exact.
    #     Expected nowhere: the release date, the 14,200 robots, the $185,000 average price, the $60 million Series C.
    dict(
        text=(
            "PRESS RELEASE - Detroit, September 9, 2025\n"
            "Okafor & Reyes Research today said the global market for AI-driven spray-painting robots and "
            "path-planning software reached $2,400 million in 2024 and is forecast to hit $3.1 billion in 2026, a "
            "CAGR of 13.7% between 2024 and 2026. Automotive OEM lines took $1,380 million of the 2024 total, or "
            "57.5%.\n"
            "The report counts 14,200 AI-equipped painting robots installed worldwide at an average price of "
            "$185,000. Separately, Detroit start-up Coatly closed a $60 million Series C this week."
        ),
        obs=[
            ("Total", 2024, 2400, "USD million", "actual"),
            ("Total", 2026, 3100, "USD million", "estimate"),
            ("Automotive OEM lines", 2024, 1380, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 13.7, "percent", 2024, 2026, None, "stated"),
            ("share", 57.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3100 / 2400) ** (1 / 2) - 1 = 13.65% -> 13.7
            ("arithmetic", "exact"),  # 1380 / 2400 = 57.50% -> 57.5
        ],
    ),
    # 28. Podcast interview summary in the third person ("Raman said ... would reach about $520 million this year")
    #     recorded 9 April 2025: the global market for AI adhesive and sealant selection tools last year (2024),
    #     this year (2025, an estimate) and next year (2026), with two year-on-year rates, both exact. Expected
    #     nowhere: the episode number and date, the 60-person firm, the 18,000 adhesive grades, India's ₹900 crore.
    dict(
        text=(
            "The Wet Edge, episode 212 (recorded 9 April 2025)\n"
            "This week's guest is Priya Raman, head of materials informatics at Bondline Analytics, a 60-person firm "
            "in Pune. Raman said the global market for AI tools that help engineers select adhesives and sealants "
            "would reach about $520 million this year, up roughly 21% from $430 million last year. She said she "
            "expects another 23% next year, to about $640 million, as car and electronics assemblers adopt them.\n"
            "She added that a typical design engineer chooses among some 18,000 commercial adhesive grades, and that "
            "India's own market for the tools is worth about ₹900 crore."
        ),
        obs=[
            ("Total", 2024, 430, "USD million", "actual"),
            ("Total", 2025, 520, "USD million", "estimate"),
            ("Total", 2026, 640, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("growth", 23, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 430) ** (1 / 1) - 1 = 20.93% -> 21
            ("cagr|implied", "exact"),  # (640 / 520) ** (1 / 1) - 1 = 23.08% -> 23
        ],
    ),
    # 29. 招股说明书 "行业概览" (Simplified) with "根据弗若斯特沙利文的资料" and "2019年至2024年的复合年增长率": China's AI
    #     paint formulation and computer colour-matching software market in 2019, 2024 and 2029 (约98亿元, at its
    #     printed figure), the first CAGR exact, the second only by rounding. Expected nowhere: the 2024年12月31日 date,
    #     the 2,100家 paint makers and 12万家 body shops, the issuer's rank and 3.46亿元 revenue, the 68万元 fee.
    dict(
        text=(
            "行业概览\n"
            "本节所载资料来源于我们委托弗若斯特沙利文编制的独立行业报告。根据弗若斯特沙利文的资料，中国AI涂料配方研发"
            "及电脑调色软件市场规模由2019年的8.6亿元增长至2024年的31.2亿元，2019年至2024年的复合年增长率为29.4%；"
            "预计到2029年将进一步增长至约98亿元，2024年至2029年的复合年增长率为25.6%。\n"
            "截至2024年12月31日，全国规模以上涂料生产企业约2,100家，汽车钣喷门店约12万家。按2024年收入计，我们在该"
            "市场排名第二，2024年营业收入为3.46亿元。我们就编制该报告向弗若斯特沙利文支付费用人民币68万元。"
        ),
        obs=[
            ("Total", 2019, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2029, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2019, 2024, None, "stated"),
            ("cagr", 25.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.2 / 8.6) ** (1 / 5) - 1 = 29.40% -> 29.4
            # (98 / 31.2) ** (1 / 5) - 1 = 25.72% -> 25.7, not 25.6; bounds (97.5 / 31.25) ** (1/5) - 1 = 25.55%,
            # (98.5 / 31.15) ** (1/5) - 1 = 25.89% -> 25.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 人民日报-style report (Simplified) with 万亿元 and a share of GDP: China's AI coated-surface quality and film-
    #     thickness inspection market in 2023 and 2024 with an exact 增长, and a 2027 forecast (突破50亿元, at its
    #     printed figure). Expected nowhere: the dateline, the 55万亿元 digital economy and its 42.8% of GDP, the 300条
    #     paint lines, the 3,500万吨 output, the 15.4万亿元 chemical industry revenue.
    dict(
        text=(
            "本报北京6月18日电 （记者 王晓岚）工业和信息化部最新数据显示，2024年我国数字经济规模超过55万亿元，"
            "占GDP比重达到42.8%。人工智能正加速走进涂料车间：2024年，我国涂层表面AI质量检测与膜厚检测市场规模达到"
            "23.7亿元，较2023年的18.8亿元增长26.1%，预计到2027年将突破50亿元。\n"
            "目前，全国已有超过300条汽车涂装线部署AI视觉检测系统。我国涂料年产量约3,500万吨，化工行业营业收入约"
            "15.4万亿元，为智能检测提供了广阔的应用场景。"
        ),
        obs=[
            ("Total", 2023, 18.8, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.7 / 18.8) ** (1 / 1) - 1 = 26.06% -> 26.1
        ],
    ),
    # 31. Taiwan 法說會 summary (Traditional) in "億元新台幣" with 年增率: Taiwan's AI painting-robot and coating-
    #     inspection market in 2023 and 2024 with a 年增率 of 27.3% that no reading reaches, and a 2025 forecast
    #     (預估, 61) whose 年增率 is exact. Expected nowhere: the stock code 4791 and the (21), the company's 152.3億元
    #     revenue, 28.6% gross margin, 4.12元 EPS and 3.2元 dividend, the 41% first-quarter orders.
    dict(
        text=(
            "永彩化工（4791）法說會重點整理\n"
            "永彩化工今（21）日舉行線上法說會。公司引述工研院產科國際所資料指出，台灣AI塗裝機器人與塗層檢測市場2024年"
            "規模達48.5億元新台幣，較2023年的36.9億元新台幣年增率27.3%；預估2025年可望成長至61億元新台幣，年增率約"
            "25.8%。\n"
            "公司2024年合併營收152.3億元新台幣，毛利率28.6%，每股盈餘4.12元，董事會決議配發現金股利每股3.2元。公司"
            "並表示，今年第一季AI塗裝相關訂單年增41%。"
        ),
        obs=[
            ("Total", 2023, 36.9, "TWD 100 million", "actual"),
            ("Total", 2024, 48.5, "TWD 100 million", "actual"),
            ("Total", 2025, 61, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (48.5 / 36.9) ** (1 / 1) - 1 = 31.44% -> 31.4, not 27.3; bounds 48.45 / 36.95 - 1 = 31.12%,
            # 48.55 / 36.85 - 1 = 31.75% -> 27.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (61 / 48.5) ** (1 / 1) - 1 = 25.77% -> 25.8
        ],
    ),
    # 32. 36氪-style funding item (Simplified) in 亿美元: the global AI paint and adhesive formulation platform market in
    #     2024 and 2028 (预计) with a 年复合增长率 whose span only the amounts' years give (inferred, exact), and
    #     "较2020年增长了4倍" as a multiple of 4 over four years. Expected nowhere: the 1.2亿元 B轮融资, the 15亿元 投后估值,
    #     the founding year 2019, the 80人 team, the 300余家 clients.
    dict(
        text=(
            "36氪获悉，AI涂料配方研发平台「析彩科技」近日完成1.2亿元人民币B轮融资，由远澄资本领投，投后估值约15亿元。"
            "析彩科技成立于2019年，团队约80人，已服务涂料及胶黏剂企业300余家。\n"
            "据行业研究机构Vantara测算，全球AI涂料与胶黏剂配方研发平台市场规模2024年约为11.8亿美元，较2020年增长了"
            "4倍；预计2028年将达到34.5亿美元，年复合增长率约30.8%。析彩科技创始人表示，本轮融资将主要用于海外市场拓展。"
        ),
        obs=[
            ("Total", 2024, 11.8, "USD 100 million", "actual"),
            ("Total", 2028, 34.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2020, 2024, 4),
            ("cagr", 30.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (34.5 / 11.8) ** (1 / 4) - 1 = 30.76% -> 30.8
        ],
    ),
    # 33. City 统计公报 excerpt (Simplified) with "增长18.6%，增速比上年提高3.2个百分点": the city's smart painting and
    #     AI coating-inspection market in 2023 (上年) and 2024 with a 增长 that holds only by rounding, and AI喷涂机器人's
    #     2024 part with its own 增长 (no base printed, no verdict). Expected nowhere: the 5,862.4亿元 GDP and its 6.1%,
    #     the 2,341家 firms, the 3.2个百分点, the 412.6万人 population.
    dict(
        text=(
            "临江市2024年国民经济和社会发展统计公报（摘录）\n"
            "全年全市地区生产总值5,862.4亿元，比上年增长6.1%。年末全市规模以上工业企业2,341家。\n"
            "全市智能涂装与AI涂层检测产业规模达到86.4亿元，上年为72.8亿元，增长18.6%，增速比上年提高3.2个百分点。"
            "其中，AI喷涂机器人产值31.5亿元，增长24.8%。年末全市常住人口412.6万人。"
        ),
        obs=[
            ("Total", 2023, 72.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("AI喷涂机器人", 2024, 31.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (86.4 / 72.8) ** (1 / 1) - 1 = 18.68% -> 18.7, not 18.6; bounds 86.35 / 72.85 - 1 = 18.53%,
            # 86.45 / 72.75 - 1 = 18.83% -> 18.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Hong Kong trade-association release (Traditional) in 百萬港元 with 按年增長: Hong Kong's AI paint tinting and
    #     decorative-paint demand-forecasting market in 2023 and 2024 with an exact 按年增長, and the retail-store AI
    #     tinting part of 2024 with its exact share. Expected nowhere: the release date and the 2025 survey title, the
    #     128 member firms, the 1,650 paint shops, the 312 respondents and their 62%.
    dict(
        text=(
            "香港塗料業商會新聞稿（2025年5月8日）\n"
            "香港塗料業商會今日發表《2025年香港塗料業數碼化調查》。調查估計，2024年香港AI油漆調色及裝修塗料需求預測服務"
            "市場規模為486.2百萬港元，按年增長12.4%，2023年則為432.6百萬港元。其中，零售門市AI調色服務佔市場的37.5%，"
            "即182.3百萬港元。\n"
            "商會現有128間會員公司，本港約有1,650間油漆零售店。受訪的312間商戶中，62%表示計劃於兩年內引入AI調色系統。"
        ),
        obs=[
            ("Total", 2023, 432.6, "HKD million", "actual"),
            ("Total", 2024, 486.2, "HKD million", "actual"),
            ("零售門市AI調色服務", 2024, 182.3, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486.2 / 432.6) ** (1 / 1) - 1 = 12.39% -> 12.4
            ("arithmetic", "exact"),  # 182.3 / 486.2 = 37.49% -> 37.5
        ],
    ),
    # 35. Taiwan YouTuber's video transcript (Traditional) opening "各位觀眾" with informal asides: Taiwan's AI computer
    #     colour-matching market for body shops in 2023 and 2024 with a 成長 of 32% that no reading reaches, and a
    #     2026 forecast (預估, 18億元左右, at its printed figure). Expected nowhere: the 158th episode, the 12萬
    #     subscribers, the 5,000家 body shops, the 80萬 machine, the 10年 car and its 6,500塊 repair.
    dict(
        text=(
            "各位觀眾大家好，歡迎回到《塗裝實驗室》，我是阿哲，今天是第158集！先謝謝大家，頻道上禮拜破12萬訂閱了（撒花）。\n"
            "好，講正題。根據一家研究機構的報告，台灣汽車鈑噴的AI電腦調色市場，2023年大概新台幣9.8億元，2024年衝到"
            "12.6億元，報告說成長了32%，欸可是我自己按計算機好像沒那麼多啦，你們自己算算看。\n"
            "然後他們預估2026年會到新台幣18億元左右。全台鈑噴廠大概5,000家，一台AI調色機要價80萬上下，我那台開了10年"
            "的車上次補漆就花了我6,500塊，真的很貴。"
        ),
        obs=[
            ("Total", 2023, 9.8, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2026, 18, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (12.6 / 9.8) ** (1 / 1) - 1 = 28.57% -> 29, not 32; bounds 12.55 / 9.85 - 1 = 27.41%,
            # 12.65 / 9.75 - 1 = 29.74% -> 32 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. CSV with quoted thousands ("\"1,234.5\"") under the header "Segment,2024,2025E,2030F,CAGR 2024-30": the
    #     global AI paints and coatings software and automation market by four segments and a Total row in 2024,
    #     2025E and 2030F, each row's stated CAGR exact and every column adding exactly. Expected nowhere: the issue
    #     number 7, the source's date, the 48 vendors tracked.
    dict(
        text=(
            "Global AI in paints and coatings software and automation, by segment (USD million)\n"
            "Segment,2024,2025E,2030F,CAGR 2024-30\n"
            "Colour matching and formulation,\"1,234.5\",\"1,452.0\",\"3,176.8\",17.1%\n"
            "Resin and low-VOC discovery,412.3,512.6,\"1,408.9\",22.7%\n"
            "Surface and film-thickness inspection,687.4,801.2,\"1,862.5\",18.1%\n"
            "Spray-painting robot AI,958.1,\"1,096.7\",\"2,231.4\",15.1%\n"
            "Total,\"3,292.3\",\"3,862.5\",\"8,679.6\",17.5%\n"
            "Source: Eastlake Analytics, Coatings AI Monitor issue 7 (March 2025); 48 vendors tracked."
        ),
        obs=[
            ("Colour matching and formulation", 2024, 1234.5, "USD million", "actual"),
            ("Colour matching and formulation", 2025, 1452.0, "USD million", "estimate"),
            ("Colour matching and formulation", 2030, 3176.8, "USD million", "estimate"),
            ("Resin and low-VOC discovery", 2024, 412.3, "USD million", "actual"),
            ("Resin and low-VOC discovery", 2025, 512.6, "USD million", "estimate"),
            ("Resin and low-VOC discovery", 2030, 1408.9, "USD million", "estimate"),
            ("Surface and film-thickness inspection", 2024, 687.4, "USD million", "actual"),
            ("Surface and film-thickness inspection", 2025, 801.2, "USD million", "estimate"),
            ("Surface and film-thickness inspection", 2030, 1862.5, "USD million", "estimate"),
            ("Spray-painting robot AI", 2024, 958.1, "USD million", "actual"),
            ("Spray-painting robot AI", 2025, 1096.7, "USD million", "estimate"),
            ("Spray-painting robot AI", 2030, 2231.4, "USD million", "estimate"),
            ("Total", 2024, 3292.3, "USD million", "actual"),
            ("Total", 2025, 3862.5, "USD million", "estimate"),
            ("Total", 2030, 8679.6, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3176.8 / 1234.5) ** (1 / 6) - 1 = 17.06% -> 17.1
            ("cagr|implied", "exact"),  # (1408.9 / 412.3) ** (1 / 6) - 1 = 22.73% -> 22.7
            ("cagr|implied", "exact"),  # (1862.5 / 687.4) ** (1 / 6) - 1 = 18.07% -> 18.1
            ("cagr|implied", "exact"),  # (2231.4 / 958.1) ** (1 / 6) - 1 = 15.13% -> 15.1
            ("cagr|implied", "exact"),  # (8679.6 / 3292.3) ** (1 / 6) - 1 = 17.53% -> 17.5
            ("hierarchy", "exact"),  # 2024: 1234.5 + 412.3 + 687.4 + 958.1 = 3292.3
            ("hierarchy", "exact"),  # 2025E: 1452.0 + 512.6 + 801.2 + 1096.7 = 3862.5
            ("hierarchy", "exact"),  # 2030F: 3176.8 + 1408.9 + 1862.5 + 2231.4 = 8679.6
        ],
    ),
    # 37. Capital-markets-day table, space-aligned with years as right-aligned columns (2026E and 2028E forecasts)
    #     and a "Total addressable market" row: Europe's addressable market for AI-enabled coatings services by
    #     three segments; 2024 and 2026E add exactly, 2028E only by rounding. Expected nowhere: the event's date,
    #     Nordvik's own EUR 38 million AI revenue, its 15% margin target, the 4,100 body-shop customers.
    dict(
        text=(
            "Nordvik Coatings AB - Capital Markets Day, Stockholm, 4 June 2025\n"
            "AI-enabled coatings services: addressable market in Europe (EUR million)\n"
            "                                       2024      2026E      2028E\n"
            "Body-shop colour matching               212        268        341\n"
            "Formulation and resin discovery          96        131        178\n"
            "Coated-surface inspection               143        181        232\n"
            "Total addressable market                451        580        752\n"
            "Nordvik's own AI service revenue was EUR 38 million in 2024; the target EBIT margin is 15%; the group "
            "serves 4,100 body-shop customers."
        ),
        obs=[
            ("Body-shop colour matching", 2024, 212, "EUR million", "actual"),
            ("Body-shop colour matching", 2026, 268, "EUR million", "estimate"),
            ("Body-shop colour matching", 2028, 341, "EUR million", "estimate"),
            ("Formulation and resin discovery", 2024, 96, "EUR million", "actual"),
            ("Formulation and resin discovery", 2026, 131, "EUR million", "estimate"),
            ("Formulation and resin discovery", 2028, 178, "EUR million", "estimate"),
            ("Coated-surface inspection", 2024, 143, "EUR million", "actual"),
            ("Coated-surface inspection", 2026, 181, "EUR million", "estimate"),
            ("Coated-surface inspection", 2028, 232, "EUR million", "estimate"),
            ("Total addressable market", 2024, 451, "EUR million", "actual"),
            ("Total addressable market", 2026, 580, "EUR million", "estimate"),
            ("Total addressable market", 2028, 752, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 212 + 96 + 143 = 451
            ("hierarchy", "exact"),  # 2026E: 268 + 131 + 181 = 580
            # 2028E: 341 + 178 + 232 = 751, not 752; parts at most 752.5 and the total at least 751.5 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. Simplified Markdown table under "单位：亿美元" with an 占比 column: the global AI coating quality-inspection
    #     market by four applications and a 合计 row in 2024 and 2030年E, each 2024 share exact (the 合计's 100.0% no
    #     claim) and both columns adding exactly. Expected nowhere: the source's date, the 46家 sample firms.
    dict(
        text=(
            "全球AI涂层质量检测市场细分结构\n"
            "单位：亿美元\n"
            "| 应用领域 | 2024年 | 2030年E | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 汽车原厂涂装 | 6.8 | 15.2 | 41.2% |\n"
            "| 汽车修补 | 4.1 | 8.9 | 24.8% |\n"
            "| 工业及防腐涂装 | 3.5 | 7.4 | 21.2% |\n"
            "| 建筑装饰涂料 | 2.1 | 5.3 | 12.7% |\n"
            "| 合计 | 16.5 | 36.8 | 100.0% |\n"
            "资料来源：某证券研究所，2025年3月；样本企业46家。"
        ),
        obs=[
            ("汽车原厂涂装", 2024, 6.8, "USD 100 million", "actual"),
            ("汽车原厂涂装", 2030, 15.2, "USD 100 million", "estimate"),
            ("汽车修补", 2024, 4.1, "USD 100 million", "actual"),
            ("汽车修补", 2030, 8.9, "USD 100 million", "estimate"),
            ("工业及防腐涂装", 2024, 3.5, "USD 100 million", "actual"),
            ("工业及防腐涂装", 2030, 7.4, "USD 100 million", "estimate"),
            ("建筑装饰涂料", 2024, 2.1, "USD 100 million", "actual"),
            ("建筑装饰涂料", 2030, 5.3, "USD 100 million", "estimate"),
            ("合计", 2024, 16.5, "USD 100 million", "actual"),
            ("合计", 2030, 36.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.2, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 12.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.8 / 16.5 = 41.21% -> 41.2
            ("arithmetic", "exact"),  # 4.1 / 16.5 = 24.85% -> 24.8 (24.848)
            ("arithmetic", "exact"),  # 3.5 / 16.5 = 21.21% -> 21.2
            ("arithmetic", "exact"),  # 2.1 / 16.5 = 12.73% -> 12.7
            ("hierarchy", "exact"),  # 2024: 6.8 + 4.1 + 3.5 + 2.1 = 16.5
            ("hierarchy", "exact"),  # 2030年E: 15.2 + 8.9 + 7.4 + 5.3 = 36.8
        ],
    ),
    # 39. Mexican table with declines in parentheses ("(3.2%)") in a Growth column: AI colour-matching and demand-
    #     planning software for paint retail by four channels and a Total row in 2023 and 2024; every growth exact
    #     but online's "(2.1%)", which no reading reaches, and both columns adding exactly. Expected nowhere: the table
    #     number, the 14,300 outlets, the MXN 18.3 exchange rate.
    dict(
        text=(
            "Table 5. Mexico: AI colour-matching and demand-planning software for paint retail, by channel "
            "(USD million)\n"
            "Channel                       2023      2024     Growth\n"
            "Home-improvement chains       48.2      56.9      18.0%\n"
            "Independent paint stores      31.5      30.5      (3.2%)\n"
            "Paint-maker owned stores      22.7      27.4      20.7%\n"
            "Online and marketplaces        9.6       9.2      (2.1%)\n"
            "Total                        112.0     124.0      10.7%\n"
            "Note: Mexico had about 14,300 paint retail outlets in 2024; peso figures converted at MXN 18.3 per USD."
        ),
        obs=[
            ("Home-improvement chains", 2023, 48.2, "USD million", "actual"),
            ("Home-improvement chains", 2024, 56.9, "USD million", "actual"),
            ("Independent paint stores", 2023, 31.5, "USD million", "actual"),
            ("Independent paint stores", 2024, 30.5, "USD million", "actual"),
            ("Paint-maker owned stores", 2023, 22.7, "USD million", "actual"),
            ("Paint-maker owned stores", 2024, 27.4, "USD million", "actual"),
            ("Online and marketplaces", 2023, 9.6, "USD million", "actual"),
            ("Online and marketplaces", 2024, 9.2, "USD million", "actual"),
            ("Total", 2023, 112.0, "USD million", "actual"),
            ("Total", 2024, 124.0, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
            ("growth", -2.1, "percent", 2023, 2024, 1.0),
            ("growth", 10.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (56.9 / 48.2) ** (1 / 1) - 1 = 18.05% -> 18.0
            ("cagr|implied", "exact"),  # (30.5 / 31.5) ** (1 / 1) - 1 = -3.17% -> -3.2
            ("cagr|implied", "exact"),  # (27.4 / 22.7) ** (1 / 1) - 1 = 20.70% -> 20.7
            # (9.2 / 9.6) ** (1 / 1) - 1 = -4.17% -> -4.2, not -2.1; bounds 9.15 / 9.65 - 1 = -5.18%,
            # 9.25 / 9.55 - 1 = -3.14% -> -2.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (124.0 / 112.0) ** (1 / 1) - 1 = 10.71% -> 10.7
            ("hierarchy", "exact"),  # 2023: 48.2 + 31.5 + 22.7 + 9.6 = 112.0
            ("hierarchy", "exact"),  # 2024: 56.9 + 30.5 + 27.4 + 9.2 = 124.0
        ],
    ),
    # 40. Traditional vertical table in 百萬港元 with a "按年變動(%)" column, years as rows and a lone value column
    #     headed by its unit (the market's Total): Hong Kong's AI decorative-paint demand-planning and tinting
    #     services from 2021 to 2024 and 2025(預測) (412), the 2022 decline and the 2023 and 2024 changes exact, the
    #     2025 change only by rounding. Expected nowhere: the table number, the source's date, the 312 respondents.
    dict(
        text=(
            "表3　香港AI裝修塗料需求規劃及調色服務市場規模\n"
            "年份              百萬港元      按年變動(%)\n"
            "2021                 301.7            —\n"
            "2022                 289.5         -4.0\n"
            "2023                 334.8         15.6\n"
            "2024                 372.9         11.4\n"
            "2025(預測)           412           10.4\n"
            "資料來源：香港塗料業商會（2025年5月）；受訪商戶312間。"
        ),
        obs=[
            ("Total", 2021, 301.7, "HKD million", "actual"),
            ("Total", 2022, 289.5, "HKD million", "actual"),
            ("Total", 2023, 334.8, "HKD million", "actual"),
            ("Total", 2024, 372.9, "HKD million", "actual"),
            ("Total", 2025, 412, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", -4.0, "percent", 2021, 2022, 1.0),
            ("growth", 15.6, "percent", 2022, 2023, 1.0),
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
            ("growth", 10.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (289.5 / 301.7) ** (1 / 1) - 1 = -4.04% -> -4.0
            ("cagr|implied", "exact"),  # (334.8 / 289.5) ** (1 / 1) - 1 = 15.65% -> 15.6 (15.648)
            ("cagr|implied", "exact"),  # (372.9 / 334.8) ** (1 / 1) - 1 = 11.38% -> 11.4
            # (412 / 372.9) ** (1 / 1) - 1 = 10.49% -> 10.5, not 10.4; bounds 411.5 / 372.95 - 1 = 10.34%,
            # 412.5 / 372.85 - 1 = 10.63% -> 10.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 8, 'rounding': 12, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '📈 $1.2B (2024) ➡️ $4.1B (2030)',
    '🚀 CAGR: 22.7%',
    '#ColourMatching',
    '/PRNewswire/',
    '• 2024 market size: US$2.3 billion',
    '• CAGR 2024-2031: 17.0%',
    'USD 1.2 billion (INR 10,000 crore)',
    'INR 70,000 crore',
    'We estimate the market we serve',
    'the year ended March 31, 2025',
    'in fiscal 2025',
    '$3.2-billion market',
    '$640-million segment',
    'one-and-a-half billion dollars',
    'EUR 410 million (CHF 385 million)',
    'a 36% share of the total',
    '$0.98 billion in 2024[3]',
    'grown 21%²',
    'Notes: [3]',
    'Correction: an earlier version of this story gave',
    'The correct figure is €212 million.',
    '【市场规模】',
    '📊',
    '占比41.2%',
    '我们预计',
    '2024-2030E对应CAGR为25.7%',
    '目标价48.6元',
    '比上年增长18.6%',
    '增长10%以上',
    '台幣38.6億元',
    '年增21.4%',
    '預估2025年',
    '港幣6.8億元',
    '按年上升15.2%',
    '18.5億美元',
    '約合人民幣133億元',
    '年複合增長率達18.8%',
    '大概24亿元左右',
    '另一家机构弘图研究',
    '(US$ bn)',
    '2030E',
    '| Year | Colour matching |',
    '| CAGR 2024-28F |',
    '2025F',
    '1,234.5*',
    '* estimate',
    '单位：亿元',
    '2025E',
    '同比',
    '單位：億日圓',
    '2025年度(預估)',
    '合計',
    'INDUSTRY OVERVIEW',
    'According to Larchmont',
    'from 2019 to 2024',
    'from 2024 to 2029E',
    '¥18.6 billion',
    'FY2024 (ending March 2025)',
    'Financial Results Briefing',
    'a trillion-dollar opportunity',
    'Keynote recap',
    'EUR 1.45 billion',
    '3.4 USD bn',
    'EUR 870 m',
    'Policy Brief 14/2025',
    '1/ ',
    '2/ ',
    '3/ ',
    '~16.7% a year',
    '£148m',
    '£0.41bn',
    'Minister for Industry',
    '$2,400 million',
    '$3.1 billion',
    'this year',
    'last year',
    'next year',
    'Raman said',
    '行业概览',
    '根据弗若斯特沙利文的资料',
    '2019年至2024年的复合年增长率',
    '万亿元',
    '占GDP比重',
    '法說會',
    '億元新台幣',
    '年增率',
    '亿美元',
    '投后估值',
    '融资',
    '增速比上年提高3.2个百分点',
    '统计公报',
    '百萬港元',
    '按年增長',
    '各位觀眾',
    'Segment,2024,2025E,2030F,CAGR 2024-30',
    '"1,234.5"',
    'Total addressable market',
    '2026E',
    '单位：亿美元',
    '占比',
    '| 合计 |',
    '(3.2%)',
    '(2.1%)',
    '按年變動(%)',
    '2025(預測)',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 188
#: figures, 60 rates, 84 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 188, "rates_found": 60, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0
