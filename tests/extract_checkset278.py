"""A two-hundred-and-seventy-eighth check set for the extractor, written blind: AI in paints, coatings and adhesives: AI
colour matching and formulation software for paint makers and body shops, machine-learning discovery of resins and
low-VOC formulations, AI quality inspection of coated surfaces and film thickness, AI-driven spray-painting robots, AI
demand planning for decorative paint retail, AI tools for adhesive and sealant selection. Sized in money by research
houses, coatings associations, chemical ministries, paint makers' capital-markets days, brokers and trade journals, in
the US, Mexico, the UK, Germany, Italy, Sweden, Switzerland, the Gulf, India, Japan, South Korea, mainland China, Taiwan
and Hong Kong.

Snippets 1-20: Twenty snippets on AI in paints, coatings and adhesives (AI colour matching and formulation,
machine-learning resin and low-VOC discovery, AI inspection of coated surfaces and film thickness, AI spray-painting
robots, AI demand planning for decorative paint retail, AI adhesive and sealant selection): eight English prose texts (a
LinkedIn post with emoji, hashtags and an arrow between two years, a US press release in bullets with a dateline, an
Indian research firm's release with crore asides, a shareholder letter sizing the market it serves beside its own
fiscal-year revenue, a trade magazine feature with hyphenated amounts and a figure in words, a Swiss association report
in euros with CHF asides, a white paper with citation markers and a notes line, a UK news story with a correction
notice), seven Chinese prose texts (a 微信公众号 article with 【】 heads and emoji, a 券商研报 summary with 我们预计 and 对应CAGR为, a
政府工作报告-style paragraph with 比上年增长 and a 增长10%以上 floor, a Taiwan news item in 台幣億元 with 年增, a Hong Kong 政府新聞公報 in 港幣億元
with 按年上升, a Hong Kong column in 億美元 with a 約合人民幣 aside and 年複合增長率, a 知乎 answer with 大概 and 左右 and a second publisher's
figure) and five tables (a fixed-width PDF table in US$ bn with a Total row, a vertical Markdown table in EUR million
with a CAGR row, a Mexican table in USD thousand with starred estimate cells, a Simplified 单位：亿元 table with 2025E and
2026E columns and 同比 rows, a Traditional 億日圓 table with 年度 and 預估 columns). Left out: datelines, issue, table, exhibit
and note numbers, report title years, counts of shops, dealers, customers, firms, plants, lines, robots and respondents,
headcounts, survey percentages, prices and subscription fees, funding rounds, companies' own revenue, revenue growth and
margins, a price target and its upside, whole-industry totals, R&D spend, currency asides in rupees, francs and
renminbi, a corrected wrong figure, a second publisher's figure, a growth floor, percentage points and shares given only
as fractions in words. Inconsistent: 2, 14, 16, 19. Only by rounding: 7, 9, 12, 16, 20.

Snippets 21-40: Twenty snippets on AI in paints, coatings and adhesives (colour matching and formulation software,
machine-learning resin and low-VOC discovery, AI inspection of coated surfaces and film thickness, AI spray-painting
robots, AI demand planning for decorative paint retail, AI adhesive and sealant selection): eight English prose texts (a
US listing prospectus's Industry Overview with two CAGR spans, a Japanese maker's English IR briefing in yen billions by
fiscal year, a keynote recap with a trillion-dollar line, a Stockholm think-tank brief with the currency after the
number, a numbered thread, a UK parliamentary written answer in £m and £bn, a Chicago release giving one series in
millions and billions, a podcast summary with this year and next year), seven Chinese prose texts (a Simplified
prospectus 行业概览 citing 弗若斯特沙利文, a 人民日报-style piece with 万亿元 and a share of GDP, a Taiwan 法說會 summary in 億元新台幣 with 年增率,
a 36氪-style funding item in 亿美元 with 估值 and 融资, a city 统计公报 with 增速比上年提高, a Hong Kong release in 百萬港元 with 按年增長, a
Taiwan YouTuber's transcript with 各位觀眾) and five tables (a CSV with quoted thousands and a CAGR column, a space-aligned
table with a Total addressable market row, a Simplified Markdown table in 亿美元 with 占比, a table with declines in
parentheses, a Traditional table in 百萬港元 with 按年變動(%)). Left out: datelines, report, question, episode, table and stock
numbers, consultancy fees, headcounts, counts of firms, shops, stores, labs, robots, attendees, respondents and
subscribers, ages, prices and licence fees, exchange rates and dividends, companies' own revenue, orders, margins, EPS
and capex, funding rounds and valuations, grant amounts and caps, whole-industry totals (coatings output, digital
economy, chemicals R&D), shares of GDP, percentage points, survey answers and penetration rates, shares given as
fractions in words, and amounts in rupees, won and Swiss francs. Inconsistent: 22, 32, 33, 37, 39. Only by rounding: 24,
25, 27, 35, 36, 40.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. LinkedIn post by an analyst with emoji, hashtags and an arrow between two years' figures ("📈 $1.2B (2024)
    #    ➡️ $4.1B (2030)"), its CAGR on a line of its own whose span only the amounts' years give (inferred): global
    #    AI colour-matching software for collision repair in 2024 and 2030, and mobile colour-matching apps' part with
    #    its share. Expected nowhere: the 37 shop owners and 6 of them, the $25M Series A.
    dict(
        text=(
            "Maya Ferreira-Lund • Coatings & Refinish Analyst\n"
            "AI colour matching for body shops is finally getting sized properly 🎨🚗\n"
            "Global AI colour-matching software for collision repair, per Brightline Insights:\n"
            "📈 $1.2B (2024) ➡️ $4.1B (2030)\n"
            "CAGR: 22.7%\n"
            "Mobile colour-matching apps: $0.5B of the 2024 number (42%) 📱\n"
            "I talked to 37 shop owners last month and 6 of them still mix by eye 👀 Chromalis just closed a $25M "
            "Series A.\n"
            "#AI #Coatings #Refinish #BodyShop #ColorMatching"
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
            ("Mobile colour-matching apps", 2024, 0.5, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2030, None, "inferred"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.1 / 1.2) ** (1 / 6) - 1 = 22.73% -> 22.7
            ("arithmetic", "exact"),  # 0.5 / 1.2 = 41.67% -> 42
        ],
    ),
    # 2. Detroit press release with a dateline and its key figures in "•" bullets ("• 2024 market size: US$2.3
    #    billion"): the US market for AI-driven spray-painting robots in 2024 and a 2031 forecast with a CAGR over a
    #    printed span that no reading reaches, and automotive's part with its share. Expected nowhere: the dateline,
    #    the 85 interviews, the 1,900 robot installations, the US$450,000 paint-cell price, the 60 employees and the
    #    founding year 2016.
    dict(
        text=(
            "DETROIT, May 6, 2025 /PRNewswire/ -- Larkspur Analytics today released its study of the US market for "
            "AI-driven spray-painting robots used in automotive, aerospace and general-industry finishing.\n"
            "• 2024 market size: US$2.3 billion\n"
            "• 2031 forecast: US$6.8 billion\n"
            "• CAGR 2024-2031: 15.2%\n"
            "• Automotive share of 2024: 61% (US$1.4 billion)\n"
            "The study draws on 85 interviews and covers 1,900 robot installations; a typical AI-enabled paint cell "
            "lists at about US$450,000. Larkspur, founded in 2016, employs 60 people."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2031, 6.8, "USD billion", "estimate"),
            ("Automotive", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2024, 2031, None, "stated"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (6.8 / 2.3) ** (1 / 7) - 1 = 16.75% -> 16.7, not 15.2; bounds (6.75 / 2.35) ** (1/7) - 1 = 16.27%,
            # (6.85 / 2.25) ** (1/7) - 1 = 17.24% -> 15.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.4 / 2.3 = 60.87% -> 61
        ],
    ),
    # 3. Pune research firm's release in US dollars with rupee asides in crore ("USD 310 million (INR 2,580
    #    crore)"): India's AI demand-planning and shade-forecasting software for decorative paint in FY2024 and a
    #    FY2030 forecast (USD 1.1 billion, in the series' unit: 1100) with a CAGR over a printed span, and
    #    tinting-machine analytics' part with its share. Expected nowhere: the dateline, the INR crore asides, the
    #    70,000 dealers and 1.2 lakh tinting machines, the INR 1,800 subscription.
    dict(
        text=(
            "Pune, 14 July 2025: Saffronline Research today said India's market for AI demand-planning and "
            "shade-forecasting software used by decorative paint makers and their dealer networks was valued at "
            "USD 310 million (INR 2,580 crore) in FY2024 and is projected to reach USD 1.1 billion (INR 9,150 crore) "
            "by FY2030, a CAGR of 23.5% over FY2024-FY2030.\n"
            "Tinting-machine analytics accounted for USD 96 million (INR 800 crore), or 31% of the FY2024 total.\n"
            "India has more than 70,000 paint dealers and about 1.2 lakh tinting machines installed; a dealer "
            "subscription costs around INR 1,800 a month."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
            ("Tinting-machine analytics", 2024, 96, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 310) ** (1 / 6) - 1 = 23.50% -> 23.5
            ("arithmetic", "exact"),  # 96 / 310 = 30.97% -> 31
        ],
    ),
    # 4. Inspection-software maker's shareholder letter sizing its market ("we estimate the market we serve at
    #    $2.9 billion in fiscal 2025", the fiscal year ended March 31, 2025, so an actual) with a fiscal 2028
    #    forecast and "roughly 20% a year" whose span only the amounts' years give (inferred). Expected nowhere: the
    #    company's $184.6 million revenue and its 31% rise, the 212 new and 1,140 total customer lines, the 64% gross
    #    margin, the letter's date.
    dict(
        text=(
            "To our shareholders,\n"
            "Fiscal 2025, our fiscal year ended March 31, 2025, was Veridane's best yet: revenue rose 31% to $184.6 "
            "million and we added 212 customers, bringing to 1,140 the coating lines that run our AI film-thickness "
            "and surface-defect inspection.\n"
            "We estimate the market we serve, AI inspection of coated surfaces across automotive, coil, appliance "
            "and aerospace finishing, at $2.9 billion in fiscal 2025, and we expect it to reach $5.0 billion by "
            "fiscal 2028, growth of roughly 20% a year.\n"
            "Our gross margin held at 64%.\n"
            "Ingrid Solvang, Chief Executive Officer, June 12, 2025"
        ),
        obs=[
            ("Total", 2025, 2.9, "USD billion", "actual"),
            ("Total", 2028, 5.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.0 / 2.9) ** (1 / 3) - 1 = 19.91% -> 20
        ],
    ),
    # 5. Trade magazine feature whose amounts are hyphenated adjectives ("a $640-million market last year", the issue
    #    dated April 2025 making it 2024; "a $210-million segment") with a 2030 figure spelled "one-and-a-half billion
    #    dollars" (in the series' unit: 1500) and "about 15% a year" whose span only the amounts' years give
    #    (inferred): AI formulation and materials-discovery software for paints, coatings and adhesives, with resin
    #    discovery and low-VOC reformulation tools as parts. Expected nowhere: the issue number 47, "a decade", the
    #    "roughly a third" in words, the $3.2-billion R&D spend of the top ten coatings makers, the 2,300
    #    formulators surveyed.
    dict(
        text=(
            "COATINGS TECHNOLOGY REVIEW, Issue 47, April 2025\n"
            "Formulators have long joked that a new low-VOC resin takes a decade and a lucky chemist. Machine "
            "learning is shortening the odds. Stellwater Consulting puts AI formulation and materials-discovery "
            "software for paints, coatings and adhesives at a $640-million market last year, and says it could be "
            "worth one-and-a-half billion dollars by 2030, growth of about 15% a year.\n"
            "Within it, resin discovery is a $210-million segment, roughly a third of spending, and low-VOC "
            "reformulation tools a $175-million one.\n"
            "That is still small beside the $3.2-billion the top ten coatings makers spend on R&D each year, and "
            "most of the 2,300 formulators surveyed by this magazine have yet to run a "
            "single experiment through any model."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1500, "USD million", "estimate"),
            ("Resin discovery", 2024, 210, "USD million", "actual"),
            ("Low-VOC reformulation tools", 2024, 175, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1500 / 640) ** (1 / 6) - 1 = 15.25% -> 15
        ],
    ),
    # 6. Swiss association report in euros with CHF asides in brackets ("EUR 84.0 million (CHF 79.1 million)"): the
    #    Swiss market for AI quality inspection of coated surfaces in 2023 and 2024 with its increase, and watch and
    #    precision-parts coating lines' part with its share. Expected nowhere: the dateline, the CHF asides, the 112
    #    member companies and 14,800 people, the EUR 1.9 billion (CHF 1.8 billion) Swiss paint and coatings sales.
    dict(
        text=(
            "Zurich, 3 June 2025. The annual AI monitor of the Swiss Coatings Industry Association finds that the "
            "Swiss market for AI-based quality inspection of coated surfaces, from film-thickness gauging to "
            "defect vision on painted parts, reached EUR 84.0 million (CHF 79.1 million) in 2024, up from EUR 71.5 "
            "million (CHF 68.6 million) in 2023, an increase of 17.5%.\n"
            "Watch and precision-parts coating lines made up EUR 31.2 million (CHF 29.4 million), a 37% share of "
            "the total.\n"
            "The association's 112 member companies employ about 14,800 people, and total Swiss paint and coatings "
            "sales came to EUR 1.9 billion (CHF 1.8 billion)."
        ),
        obs=[
            ("Total", 2023, 71.5, "EUR million", "actual"),
            ("Total", 2024, 84.0, "EUR million", "actual"),
            ("Watch and precision-parts coating lines", 2024, 31.2, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84.0 / 71.5) ** (1 / 1) - 1 = 17.48% -> 17.5
            ("arithmetic", "exact"),  # 31.2 / 84.0 = 37.14% -> 37
        ],
    ),
    # 7. White paper whose figures carry citation markers ("$4.1 billion[3]", "grown 23%²") and a notes line: the
    #    global market for AI-driven spray-painting and coating-application robots in 2023 and 2024 with a rise that
    #    holds only by rounding, and aerospace and defence finishing's part with its share. Expected nowhere: the
    #    section number, the note markers and numbers, the 1,400 paint shops polled and their 38%, the 26-month
    #    payback, the title year of the cited outlook.
    dict(
        text=(
            "Section 2: Market context\n"
            "AI-driven spray-painting and coating-application robots are moving from pilot cells to full lines. The "
            "global market for these systems reached $4.1 billion[3] in 2024, having grown 23%² from $3.4 "
            "billion[3] in 2023. Aerospace and defence finishing accounted for $0.62 billion[4], or 15% of the 2024 "
            "total.\n"
            "Adoption is uneven: of 1,400 paint shops polled in 2024, 38% reported at least one AI-guided "
            "applicator[5], and a typical retrofit pays back in 26 months[6].\n"
            "Notes: [3] Orrin & Blake Research, Coating Robotics Outlook 2025. [4] Company filings. [5] Fenmore "
            "survey. [6] Vendor case studies. ² Year-on-year, nominal US dollars."
        ),
        obs=[
            ("Total", 2023, 3.4, "USD billion", "actual"),
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Aerospace and defence finishing", 2024, 0.62, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.1 / 3.4) ** (1 / 1) - 1 = 20.59% -> 21, not 23; bounds 4.05 / 3.45 - 1 = 17.39%,
            # 4.15 / 3.35 - 1 = 23.88% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.62 / 4.1 = 15.12% -> 15
        ],
    ),
    # 8. Manchester news story with a correction notice at the end ("Correction: an earlier version of this story
    #    gave the 2024 market as £221 million. The correct figure is £212 million."): the UK market for AI demand
    #    planning in decorative paint retail in 2024 (the corrected figure) and a 2028 forecast with a compound rate
    #    whose span only the amounts' years give (inferred). Expected nowhere: the dateline, the wrong £221 million,
    #    the 1,100 stores and their 18% cut in unsold stock, the £2.6 billion decorative paint sales.
    dict(
        text=(
            "MANCHESTER, 9 September 2025 - British paint retailers are turning to machine learning to decide how "
            "much of each shade to stock. The UK market for AI demand-planning software in decorative paint retail "
            "was worth £212 million in 2024 and is forecast to grow to £390 million by 2028, a compound annual rate "
            "of 16.5%, according to Pennard Hale Consulting.\n"
            "Chalkhill Decorating Centres, which runs 1,100 stores, said its trial cut unsold tinted stock by 18%. "
            "Britain's decorative paint sales total about £2.6 billion a year.\n"
            "Correction: an earlier version of this story gave the 2024 market as £221 million. The correct figure "
            "is £212 million."
        ),
        obs=[
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2028, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (390 / 212) ** (1 / 4) - 1 = 16.46% -> 16.5
        ],
    ),
    # 9. 微信公众号 article (Simplified) with 【】 heads and emoji: China's AI colour-matching systems for vehicle
    #    refinish in 2023 and 2024 with 同比增长, a 2028 forecast (突破, at its printed 40), and 云端配方服务's part
    #    whose 占比 holds only by rounding. Expected nowhere: the 4.8万家 body shops, the 12万元 device price, the
    #    2亿元 B-round, 今年3月.
    dict(
        text=(
            "【市场规模】📊\n"
            "据智涂研究院最新数据，2024年中国汽车修补漆AI智能调色系统市场规模达到18.6亿元，同比增长27.4%，2023年"
            "为14.6亿元。预计到2028年，市场规模将突破40亿元🚀\n"
            "【细分赛道】\n"
            "其中，云端配方服务为7.4亿元，占比40.1%。\n"
            "【行业观察】💡\n"
            "目前全国约有4.8万家钣喷门店，一套AI调色设备售价约12万元；今年3月，某头部调色科技企业完成2亿元B轮融资。"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2028, 40, "CNY 100 million", "estimate"),
            ("云端配方服务", 2024, 7.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 40.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.6) ** (1 / 1) - 1 = 27.40% -> 27.4
            # 7.4 / 18.6 = 39.78% -> 39.8, not 40.1; bounds 7.35 / 18.65 = 39.41%, 7.45 / 18.55 = 40.16% -> 40.1
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 10. 券商研报 summary (Simplified) with "我们预计" and "2024-2030E ... 对应CAGR为": China's AI formulation
    #     platforms for coatings and adhesives from 2024 (the base) to 2030E with a CAGR over a printed span, and
    #     低VOC水性配方设计's part with its 占比. Expected nowhere: the 58.6元 price target and 23% upside, the
    #     company's 12.7亿元 revenue and 61.3% gross margin.
    dict(
        text=(
            "【华岳证券】AI涂料配方研发平台行业深度：数据驱动新材料研发\n"
            "我们预计2024-2030E中国AI涂料及胶粘剂配方研发市场规模将由23.5亿元增长至96.8亿元，对应CAGR为26.6%。"
            "其中低VOC水性配方设计2024年规模为8.2亿元，占比34.9%。\n"
            "重点推荐公司A：维持买入评级，目标价58.6元，较现价有23%上涨空间；公司2024年营收12.7亿元，毛利率61.3%。\n"
            "风险提示：下游涂料需求不及预期；研发投入回报周期长。"
        ),
        obs=[
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2030, 96.8, "CNY 100 million", "estimate"),
            ("低VOC水性配方设计", 2024, 8.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26.6, "percent", 2024, 2030, None, "stated"),
            ("share", 34.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96.8 / 23.5) ** (1 / 6) - 1 = 26.61% -> 26.6
            ("arithmetic", "exact"),  # 8.2 / 23.5 = 34.89% -> 34.9
        ],
    ),
    # 11. 政府工作报告-style paragraph (Simplified) with "比上年增长" and a target "增长10%以上": the province's AI
    #     coating-inspection and smart spray-painting market in 2024 against 上年's 12.4亿元. Expected nowhere: the
    #     386家 firms, the 1,280亿元 industry output, the 42条 lines, the 10%以上 floor for 2025.
    dict(
        text=(
            "2024年，全省涂料产业数字化转型取得积极成效。AI涂装质检与智能喷涂市场规模由上年的12.4亿元增至15.1亿元，"
            "比上年增长21.8%；全省规模以上涂料企业386家，实现工业总产值1,280亿元，新建智能涂装示范产线42条。2025年，"
            "我们将深入实施人工智能+先进制造行动，推动AI涂装市场规模增长10%以上，加快培育一批专精特新企业。"
        ),
        obs=[
            ("Total", 2023, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 15.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.1 / 12.4) ** (1 / 1) - 1 = 21.77% -> 21.8
        ],
    ),
    # 12. Taiwan news item (Traditional) with "台幣XX億元" and "年增X%" dated 2025 (去年 2024, 前年 2023, 今年 2025 an
    #     estimate): Taiwan's AI coating quality-inspection market with a 年增 that holds only by rounding, 膜厚量測與
    #     瑕疵辨識系統's part, and this year's forecast with its 年增. Expected nowhere: the date and time, the (18)
    #     day, the 台幣1,850億元 coatings industry, the 320條 lines, the 台幣600萬元 system price.
    dict(
        text=(
            "2025/03/18 14:05\n"
            "〔記者林怡君／台北報導〕工研院產科國際所今（18）日發布調查指出，台灣AI塗裝品質檢測市場去年規模達"
            "台幣42.5億元，年增18.3%，前年為台幣35.9億元；其中膜厚量測與瑕疵辨識系統為台幣17.2億元。今年在面板與"
            "車用零組件廠擴產帶動下，可望成長至台幣50.1億元，年增17.9%。\n"
            "國內塗料產業總產值約台幣1,850億元，目前導入AI檢測的產線約320條，單套系統平均報價約台幣600萬元。"
        ),
        obs=[
            ("Total", 2023, 35.9, "TWD 100 million", "actual"),
            ("Total", 2024, 42.5, "TWD 100 million", "actual"),
            ("Total", 2025, 50.1, "TWD 100 million", "estimate"),
            ("膜厚量測與瑕疵辨識系統", 2024, 17.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("growth", 17.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (42.5 / 35.9) ** (1 / 1) - 1 = 18.38% -> 18.4, not 18.3; bounds 42.45 / 35.95 - 1 = 18.08%,
            # 42.55 / 35.85 - 1 = 18.69% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (50.1 / 42.5) ** (1 / 1) - 1 = 17.88% -> 17.9
        ],
    ),
    # 13. Hong Kong 政府新聞公報 (Traditional) with "港幣X億元" and 按年上升: Hong Kong's AI paint, waterproofing and
    #     sealant selection services in 2023 and 2024, and AI外牆塗層劣化檢測服務's part with its share (約31%).
    #     Expected nowhere: the (星期五) date and time, the 1,250間 contractors, the 2.7萬幢 buildings aged 30年,
    #     the 港幣3,000萬元 funding.
    dict(
        text=(
            "香港AI建築塗料及密封膠選配服務市場持續增長\n"
            "創新科技及工業局今日公布，根據委託顧問的調查，2024年香港AI建築塗料、防水及密封膠選配服務市場規模為"
            "港幣6.8億元，按年上升13.3%（2023年：港幣6.0億元）。其中，AI外牆塗層劣化檢測服務佔港幣2.1億元，即約31%。\n"
            "目前本港約有1,250間註冊承建商，樓齡30年以上的私人樓宇約2.7萬幢。政府已預留港幣3,000萬元，資助業界試用相關技術。\n"
            "完\n"
            "2025年6月20日（星期五）\n"
            "香港時間16時30分"
        ),
        obs=[
            ("Total", 2023, 6.0, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("AI外牆塗層劣化檢測服務", 2024, 2.1, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 13.3, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 6.0) ** (1 / 1) - 1 = 13.33% -> 13.3
            ("arithmetic", "exact"),  # 2.1 / 6.8 = 30.88% -> 31
        ],
    ),
    # 14. Hong Kong column (Traditional) in 億美元 with a "約合人民幣" aside and 年複合增長率: Asia-Pacific AI
    #     spray-painting robots in 2024 (約38, at its printed figure) and a 2030 forecast, with a rate whose span only
    #     the amounts' years give (inferred) and that no reading reaches. Expected nowhere: the column's date, the
    #     人民幣273億元 aside, the 約佔一半 in words, the 80萬港元 robot price, the paint maker's 46億港元 revenue.
    dict(
        text=(
            "【科技專欄】AI噴塗機械人：油漆業的下一個戰場（2025年5月12日）\n"
            "據星嶺研究的報告，亞太區AI噴塗機械人市場2024年規模約38億美元（約合人民幣273億元），預計到2030年將增至"
            "112億美元，年複合增長率達21.5%。當中汽車原廠塗裝約佔一半。\n"
            "一台AI噴塗機械人連安裝約需80萬港元，本港一家上市油漆商去年營業額46億港元，筆者認為中小廠房仍難以負擔。"
        ),
        obs=[
            ("Total", 2024, 38, "USD 100 million", "actual"),
            ("Total", 2030, 112, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (112 / 38) ** (1 / 6) - 1 = 19.74% -> 19.7, not 21.5; bounds (111.5 / 38.5) ** (1/6) - 1 = 19.39%,
            # (112.5 / 37.5) ** (1/6) - 1 = 20.09% -> 21.5 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 15. 知乎 answer (Simplified) with informal "大概" and "左右" and a second publisher's 2024 figure set beside the
    #     first: China's AI adhesive and sealant selection tools in 2023 and 2024 (大概8.5亿元左右, at its printed
    #     figure) with a 23%左右 rise, and a 2027 forecast (15亿元上下). Expected nowhere: 弘景咨询's 10.2亿元, the
    #     3000万元 purchases, the 20万元 fee, the 30多家 peers and 三分之一, the edit date.
    dict(
        text=(
            "谢邀。做了几年胶粘剂选型，说点实在的。\n"
            "按智研睿达的口径，2024年国内AI胶粘剂与密封胶选型工具市场大概8.5亿元左右，2023年是6.9亿元，同比涨了23%"
            "左右；他们预计2027年能到15亿元上下。\n"
            "另一家机构弘景咨询给的2024年数字是10.2亿元，口径更宽，把MES里的配方模块也算进去了，不太可比。\n"
            "我们公司一年采购胶粘剂大概3000万元，选型软件一年服务费20万元左右。身边30多家同行里，真正用起来的不到三分之一。\n"
            "（编辑于 2025-04-02）"
        ),
        obs=[
            ("Total", 2023, 6.9, "CNY 100 million", "actual"),
            ("Total", 2024, 8.5, "CNY 100 million", "actual"),
            ("Total", 2027, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.5 / 6.9) ** (1 / 1) - 1 = 23.19% -> 23
        ],
    ),
    # 16. Fixed-width text table copied from a PDF, the title line ending "(US$ bn)", columns set apart by spaces
    #     (2025F and 2030F forecasts), applications as rows and a Total row: 2024 adds exactly, 2025F only by
    #     rounding, 2030F by no reading. Expected nowhere: the exhibit number, the source's year, the US$212 bn
    #     coatings industry.
    dict(
        text=(
            "Exhibit 7  Global AI in paints, coatings and adhesives by application (US$ bn)\n"
            "Application                       2024     2025F     2030F\n"
            "Colour matching & formulation     1.02      1.23      3.05\n"
            "Surface & film inspection         0.75      0.91      2.27\n"
            "Spray-painting robotics           1.36      1.63      3.94\n"
            "Total                             3.13      3.78      9.36\n"
            "Source: Haverleigh Partners estimates, 2025. Excludes the US$212 bn global coatings industry."
        ),
        obs=[
            ("Colour matching & formulation", 2024, 1.02, "USD billion", "actual"),
            ("Colour matching & formulation", 2025, 1.23, "USD billion", "estimate"),
            ("Colour matching & formulation", 2030, 3.05, "USD billion", "estimate"),
            ("Surface & film inspection", 2024, 0.75, "USD billion", "actual"),
            ("Surface & film inspection", 2025, 0.91, "USD billion", "estimate"),
            ("Surface & film inspection", 2030, 2.27, "USD billion", "estimate"),
            ("Spray-painting robotics", 2024, 1.36, "USD billion", "actual"),
            ("Spray-painting robotics", 2025, 1.63, "USD billion", "estimate"),
            ("Spray-painting robotics", 2030, 3.94, "USD billion", "estimate"),
            ("Total", 2024, 3.13, "USD billion", "actual"),
            ("Total", 2025, 3.78, "USD billion", "estimate"),
            ("Total", 2030, 9.36, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 1.02 + 0.75 + 1.36 = 3.13
            # 2025F: 1.23 + 0.91 + 1.63 = 3.77, not 3.78; parts at most 3.785 and the total at least 3.775 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
            # 2030F: 3.05 + 2.27 + 3.94 = 9.26, not 9.36; parts at most 9.275 and the total at least 9.355 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 17. Markdown table whose rows are years (vertical, 2029e a forecast) and whose columns are segments and a Total,
    #     in EUR million, with a "CAGR 2024-29" row at the bottom: Germany's AI-guided coating application and
    #     inspection; each year adds exactly and each column's CAGR holds exactly. Expected nowhere: the table
    #     number, the source's year, the 1,150 paint lines, the EUR 8.9 billion German paint industry.
    dict(
        text=(
            "Table 3: Germany, AI-guided coating application and inspection (EUR million)\n"
            "| Year | Automotive | General industry | Total |\n"
            "|---|---|---|---|\n"
            "| 2023 | 142.0 | 96.5 | 238.5 |\n"
            "| 2024 | 168.4 | 113.9 | 282.3 |\n"
            "| 2029e | 371.8 | 262.0 | 633.8 |\n"
            "| CAGR 2024-29 | 17.2% | 18.1% | 17.6% |\n"
            "Source: Lackforum Rhein-Main, 2025. Covers 1,150 paint lines; the EUR 8.9 billion German paint "
            "industry is not included."
        ),
        obs=[
            ("Automotive", 2023, 142.0, "EUR million", "actual"),
            ("Automotive", 2024, 168.4, "EUR million", "actual"),
            ("Automotive", 2029, 371.8, "EUR million", "estimate"),
            ("General industry", 2023, 96.5, "EUR million", "actual"),
            ("General industry", 2024, 113.9, "EUR million", "actual"),
            ("General industry", 2029, 262.0, "EUR million", "estimate"),
            ("Total", 2023, 238.5, "EUR million", "actual"),
            ("Total", 2024, 282.3, "EUR million", "actual"),
            ("Total", 2029, 633.8, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (371.8 / 168.4) ** (1 / 5) - 1 = 17.16% -> 17.2
            ("cagr|implied", "exact"),  # (262.0 / 113.9) ** (1 / 5) - 1 = 18.13% -> 18.1
            ("cagr|implied", "exact"),  # (633.8 / 282.3) ** (1 / 5) - 1 = 17.56% -> 17.6
            ("hierarchy", "exact"),  # 2023: 142.0 + 96.5 = 238.5
            ("hierarchy", "exact"),  # 2024: 168.4 + 113.9 = 282.3
            ("hierarchy", "exact"),  # 2029e: 371.8 + 262.0 = 633.8
        ],
    ),
    # 18. Mexican table in USD thousand with footnote markers in cells ("12,240.8*") and a note line ("* estimate")
    #     under it: AI colour-matching and tinting software by channel in 2023, 2024 and 2025 (the starred column an
    #     estimate) with a Total row; each year adds exactly. Expected nowhere: the 214 distributors, the 18.3 pesos
    #     per dollar, the source's year.
    dict(
        text=(
            "Mexico: AI colour-matching and tinting software sales by channel (USD thousand)\n"
            "Channel                 2023         2024         2025\n"
            "Automotive refinish     8,412.6      10,135.2     12,240.8*\n"
            "Decorative retail       5,904.1      7,318.7      9,071.5*\n"
            "Industrial OEM          3,260.4      3,877.9      4,602.3*\n"
            "Total                   17,577.1     21,331.8     25,914.6*\n"
            "* estimate\n"
            "Source: Camara Mexicana de Recubrimientos survey of 214 distributors (2025); peso sales converted at "
            "18.3 pesos per dollar."
        ),
        obs=[
            ("Automotive refinish", 2023, 8412.6, "USD thousand", "actual"),
            ("Automotive refinish", 2024, 10135.2, "USD thousand", "actual"),
            ("Automotive refinish", 2025, 12240.8, "USD thousand", "estimate"),
            ("Decorative retail", 2023, 5904.1, "USD thousand", "actual"),
            ("Decorative retail", 2024, 7318.7, "USD thousand", "actual"),
            ("Decorative retail", 2025, 9071.5, "USD thousand", "estimate"),
            ("Industrial OEM", 2023, 3260.4, "USD thousand", "actual"),
            ("Industrial OEM", 2024, 3877.9, "USD thousand", "actual"),
            ("Industrial OEM", 2025, 4602.3, "USD thousand", "estimate"),
            ("Total", 2023, 17577.1, "USD thousand", "actual"),
            ("Total", 2024, 21331.8, "USD thousand", "actual"),
            ("Total", 2025, 25914.6, "USD thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8,412.6 + 5,904.1 + 3,260.4 = 17,577.1
            ("hierarchy", "exact"),  # 2024: 10,135.2 + 7,318.7 + 3,877.9 = 21,331.8
            ("hierarchy", "exact"),  # 2025*: 12,240.8 + 9,071.5 + 4,602.3 = 25,914.6
        ],
    ),
    # 19. Simplified table under "单位：亿元" with 2024A, 2025E and 2026E columns and a 同比 row under each segment and
    #     the 合计: China's AI colour matching and formulation and AI coating inspection; every 同比 holds exactly but
    #     AI涂层质检's 2026E, which no reading reaches, and each year adds exactly. Expected nowhere: the table number,
    #     the source's date.
    dict(
        text=(
            "表5 中国AI涂装软件与服务市场规模预测\n"
            "单位：亿元\n"
            "项目              2024A     2025E     2026E\n"
            "AI调色与配方      21.6      27.3      34.1\n"
            "  同比            -         26.4%     24.9%\n"
            "AI涂层质检        14.2      17.9      22.0\n"
            "  同比            -         26.1%     25.9%\n"
            "合计              35.8      45.2      56.1\n"
            "  同比            -         26.3%     24.1%\n"
            "资料来源：公司公告，华岳证券研究所预测（2025年5月）"
        ),
        obs=[
            ("AI调色与配方", 2024, 21.6, "CNY 100 million", "actual"),
            ("AI调色与配方", 2025, 27.3, "CNY 100 million", "estimate"),
            ("AI调色与配方", 2026, 34.1, "CNY 100 million", "estimate"),
            ("AI涂层质检", 2024, 14.2, "CNY 100 million", "actual"),
            ("AI涂层质检", 2025, 17.9, "CNY 100 million", "estimate"),
            ("AI涂层质检", 2026, 22.0, "CNY 100 million", "estimate"),
            ("合计", 2024, 35.8, "CNY 100 million", "actual"),
            ("合计", 2025, 45.2, "CNY 100 million", "estimate"),
            ("合计", 2026, 56.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2024, 2025, 1.0),
            ("growth", 24.9, "percent", 2025, 2026, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
            ("growth", 25.9, "percent", 2025, 2026, 1.0),
            ("growth", 26.3, "percent", 2024, 2025, 1.0),
            ("growth", 24.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.3 / 21.6) ** (1 / 1) - 1 = 26.39% -> 26.4
            ("cagr|implied", "exact"),  # (34.1 / 27.3) ** (1 / 1) - 1 = 24.91% -> 24.9
            ("cagr|implied", "exact"),  # (17.9 / 14.2) ** (1 / 1) - 1 = 26.06% -> 26.1
            # (22.0 / 17.9) ** (1 / 1) - 1 = 22.91% -> 22.9, not 25.9; bounds 21.95 / 17.95 - 1 = 22.28%,
            # 22.05 / 17.85 - 1 = 23.53% -> 25.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (45.2 / 35.8) ** (1 / 1) - 1 = 26.26% -> 26.3
            ("cagr|implied", "exact"),  # (56.1 / 45.2) ** (1 / 1) - 1 = 24.12% -> 24.1
            ("hierarchy", "exact"),  # 2024A: 21.6 + 14.2 = 35.8
            ("hierarchy", "exact"),  # 2025E: 27.3 + 17.9 = 45.2
            ("hierarchy", "exact"),  # 2026E: 34.1 + 22.0 = 56.1
        ],
    ),
    # 20. Traditional table under "單位：億日圓" with 年度 columns (2025年度 預估) and a 合計 row: Japan's AI
    #     spray-painting robots and AI film-thickness inspection; 2023年度 and 2024年度 add exactly, 2025年度(預估)
    #     only by rounding. Expected nowhere: the table number, the source's date, the 160萬噸 paint shipments.
    dict(
        text=(
            "表3　日本AI塗裝機器人及塗膜檢測市場規模\n"
            "單位：億日圓\n"
            "年度                2023年度    2024年度    2025年度(預估)\n"
            "AI塗裝機器人          412         468          531\n"
            "塗膜厚度AI檢測        186         214          249\n"
            "合計                  598         682          781\n"
            "資料來源：日本塗料產業調查（2025年6月）；日本塗料年出貨量約160萬噸，未計入。"
        ),
        obs=[
            ("AI塗裝機器人", 2023, 412, "JPY 100 million", "actual"),
            ("AI塗裝機器人", 2024, 468, "JPY 100 million", "actual"),
            ("AI塗裝機器人", 2025, 531, "JPY 100 million", "estimate"),
            ("塗膜厚度AI檢測", 2023, 186, "JPY 100 million", "actual"),
            ("塗膜厚度AI檢測", 2024, 214, "JPY 100 million", "actual"),
            ("塗膜厚度AI檢測", 2025, 249, "JPY 100 million", "estimate"),
            ("合計", 2023, 598, "JPY 100 million", "actual"),
            ("合計", 2024, 682, "JPY 100 million", "actual"),
            ("合計", 2025, 781, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年度: 412 + 186 = 598
            ("hierarchy", "exact"),  # 2024年度: 468 + 214 = 682
            # 2025年度(預估): 531 + 249 = 780, not 781; parts at most 781.0 and the total at least 780.5 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. US listing prospectus's "Industry Overview" citing a commissioned consultancy report ("According to the
    #     Halberd Report"): the global market for AI colour-matching and formulation software in 2019, 2024 and a
    #     2029 forecast, with CAGRs over the printed spans "from 2019 to 2024" and "from 2024 to 2029E", both exact.
    #     Expected nowhere: the US$185,000 report fee, the US$182 billion paints and coatings industry, the 48,000
    #     collision repair shops and their 31% using spectrophotometers, the issuer's US$57.8 million revenue and its
    #     2,900 customer sites.
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "Unless otherwise indicated, the information in this section is derived from a report commissioned by "
            "us from Halberd & Crane Consulting for a fee of US$185,000 (the \"Halberd Report\").\n"
            "According to the Halberd Report, the global market for AI colour-matching and formulation software "
            "used by paint and coatings makers and automotive body shops grew from US$412.0 million in 2019 to "
            "US$1,046.3 million in 2024, representing a CAGR of 20.5% from 2019 to 2024, and is expected to reach "
            "US$2,860.5 million in 2029, representing a CAGR of 22.3% from 2024 to 2029E.\n"
            "By comparison, the global paints and coatings industry generated sales of approximately US$182 billion "
            "in 2024. There were approximately 48,000 collision repair shops in the United States in 2024, of which "
            "an estimated 31% used a digital spectrophotometer.\n"
            "Our revenue was US$57.8 million in 2024, and our software is installed at more than 2,900 customer "
            "sites."
        ),
        obs=[
            ("Total", 2019, 412.0, "USD million", "actual"),
            ("Total", 2024, 1046.3, "USD million", "actual"),
            ("Total", 2029, 2860.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2019, 2024, None, "stated"),
            ("cagr", 22.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1046.3 / 412.0) ** (1 / 5) - 1 = 20.49% -> 20.5
            ("cagr|implied", "exact"),  # (2860.5 / 1046.3) ** (1 / 5) - 1 = 22.28% -> 22.3
        ],
    ),
    # 22. Japanese coatings maker's English IR briefing in "¥ billion" with "FY2024 (ending March 2025)" (fiscal
    #     years counted as their numbers): the domestic market for AI spray-painting robots and automated coating
    #     lines the company sizes, FY2023 and FY2024 with a rise that holds, and an FY2027 forecast whose CAGR
    #     "from FY2024 to FY2027" no reading reaches. Expected nowhere: the briefing date, the ¥318.2 billion
    #     net sales and 8.7% operating margin, the ¥9.4 billion orders, the 1,260 robots installed, the ¥64
    #     dividend and the US$1 = ¥150 exchange-rate assumption.
    dict(
        text=(
            "Kashiwa Coatings Holdings, Inc. - Medium-Term Management Plan Briefing (May 21, 2025)\n"
            "Market environment: We estimate the domestic market for AI-driven spray-painting robots and automated "
            "coating lines at ¥48.6 billion in FY2024 (ending March 2025), up 14.1% from ¥42.6 billion in FY2023.\n"
            "We expect the market to reach ¥71.0 billion in FY2027, a CAGR of 14.5% from FY2024 to FY2027, as "
            "automotive and construction-machinery customers automate their paint shops.\n"
            "Our consolidated net sales were ¥318.2 billion in FY2024, with an operating margin of 8.7%; "
            "robot-related orders received totalled ¥9.4 billion.\n"
            "We installed 1,260 painting robots during the year and plan an annual dividend of ¥64 per share. "
            "Assumed exchange rate: US$1 = ¥150."
        ),
        obs=[
            ("Total", 2023, 42.6, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2027, 71.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.1, "percent", 2023, 2024, 1.0),
            ("cagr", 14.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 42.6) ** (1 / 1) - 1 = 14.08% -> 14.1
            # (71.0 / 48.6) ** (1 / 3) - 1 = 13.47% -> 13.5, not 14.5; bounds (70.95 / 48.65) ** (1/3) - 1 = 13.40%,
            # (71.05 / 48.55) ** (1/3) - 1 = 13.53% -> 14.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Conference keynote recap with a boilerplate "a trillion-dollar opportunity" line (expected nowhere): the
    #     global market for AI quality inspection of coated surfaces in 2024 and a 2030 forecast in another scale
    #     ($2.1 billion, in the series' unit: 2100), with "about 18% a year" whose span only the amounts' years give
    #     (inferred), exact. Expected nowhere: the summit date, the trillion-dollar line, the 3,200 attendees, the
    #     41 inspection cells, the $96 million orders, the ₹650 crore Indian market, the summit's 12th year.
    dict(
        text=(
            "Day one recap: CoatTech Summit 2025, Detroit (September 16)\n"
            "Opening the summit, Lumora Robotics chief executive Dana Whitcombe told the 3,200 attendees that AI "
            "in coatings is \"a trillion-dollar opportunity hiding in plain sight\". The numbers she actually put on "
            "the screen were more modest.\n"
            "Citing Brightwater Analytics, she said the global market for AI quality inspection of coated "
            "surfaces, from film-thickness gauging to defect detection on car bodies, was worth $780 million in "
            "2024 and should reach $2.1 billion by 2030, growth of about 18% a year.\n"
            "Lumora itself has 41 inspection cells running at eight plants and booked $96 million in orders last "
            "year. In India, she added, the market is still small at roughly ₹650 crore.\n"
            "The summit, now in its 12th year, continues through Thursday."
        ),
        obs=[
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2100 / 780) ** (1 / 6) - 1 = 17.95% -> 18
        ],
    ),
    # 24. Stockholm think-tank policy brief with the currency after the number ("EUR 870 m", "EUR 1.52 bn", the
    #     later figure in the series' unit: 1520): the European market for machine-learning discovery of resins
    #     and low-VOC formulations in 2024 and a 2029 projection, with "11.9% a year" whose span only the amounts'
    #     years give (inferred), holding only by rounding. Expected nowhere: the brief number, the 23 of 140 labs,
    #     the CHF 64 m Swiss spending, the 3.4 USD bn chemicals R&D software spending, the EUR 24 bn EU coatings
    #     output, the 30 g/l VOC limit and its year.
    dict(
        text=(
            "Bergstrom Institute for Industrial Policy, Stockholm - Policy Brief No. 14/2025\n"
            "Machine-learning discovery of resins and low-VOC formulations is moving from pilot to procurement. We "
            "size the European market for such tools at EUR 870 m in 2024 and project EUR 1.52 bn in 2029, a "
            "compound rate of 11.9% a year.\n"
            "Sweden and Switzerland together host 23 of the 140 formulation labs we surveyed; Swiss labs alone "
            "reported spending of CHF 64 m on such tools.\n"
            "For scale, global R&D software spending across the chemicals sector is about 3.4 USD bn, and EU "
            "coatings output is close to EUR 24 bn.\n"
            "The EU limit for VOCs in interior matt wall paints has stood at 30 g/l since 2010."
        ),
        obs=[
            ("Total", 2024, 870, "EUR million", "actual"),
            ("Total", 2029, 1520, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 11.9, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (1520 / 870) ** (1 / 5) - 1 = 11.81% -> 11.8, not 11.9; bounds (1515 / 870.5) ** (1/5) - 1 = 11.72%,
            # (1525 / 869.5) ** (1/5) - 1 = 11.89% -> 11.9 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 25. Analyst's thread of numbered posts ("1/", "2/", ...): the US market for AI demand planning in decorative
    #     paint retail in 2024 and 2030 ("$1.04B", in the series' unit: 1040) with a CAGR whose span only the
    #     amounts' years give (inferred), holding only by rounding, and big-box chains' part with its share,
    #     exact. Expected nowhere: the post numbers, the 18% of 600 surveyed owners, the ₩210bn Korean market, the
    #     top 50 colours and the 30% cut in out-of-stocks.
    dict(
        text=(
            "1/ Nobody sizes AI demand planning for decorative paint retail, so I pulled the numbers from Corliss "
            "Research's new deck. Short thread.\n"
            "2/ US market for AI demand-planning and replenishment tools in decorative paint retail: $310M in 2024, "
            "heading for $1.04B by 2030. That's a 22.5% CAGR.\n"
            "3/ Big-box home-improvement chains = $124M of the 2024 figure, 40% of the total. Independent paint "
            "stores are the laggards: only 18% of the 600 owners Corliss surveyed run any forecasting software.\n"
            "4/ South Korea is further along: Corliss puts it at ₩210bn. One chain I talked to cut out-of-stocks "
            "on its top 50 colours by 30%.\n"
            "5/ Not investment advice. I hold no positions in the names above."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2030, 1040, "USD million", "estimate"),
            ("Big-box home-improvement chains", 2024, 124, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2030, None, "inferred"),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1040 / 310) ** (1 / 6) - 1 = 22.35% -> 22.4, not 22.5; bounds (1035 / 310.5) ** (1/6) - 1 = 22.22%,
            # (1045 / 309.5) ** (1/6) - 1 = 22.48% -> 22.5 reached only by some reading
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 124 / 310 = 40.00% -> 40
        ],
    ),
    # 26. UK parliamentary written answer with "£m" and "£bn" and the answering minister's name: the UK market
    #     for AI inspection, colour matching and robotic spray-painting in coatings in 2023 and 2024 with "an
    #     increase of 19%", exact, and a 2030 expectation ("exceed £0.5bn", at its printed figure, in the series'
    #     unit: 500). Expected nowhere: the question number and dates, the £3.2bn industry turnover, the 11,000
    #     employees, the £14m grant funding, the 230 firms and the programme's start year.
    dict(
        text=(
            "Coatings Industry: Artificial Intelligence\n"
            "Question UIN 41872, tabled on 3 March 2025 by Helen Marsh MP: To ask the Secretary of State for "
            "Business and Trade, what estimate he has made of the size of the UK market for artificial "
            "intelligence in paint and coatings manufacturing.\n"
            "Answered by Oliver Brandt MP, Minister for Industry, on 11 March 2025:\n"
            "Estimates commissioned by the Department put the UK market for AI quality inspection, colour matching "
            "and robotic spray-painting in the coatings sector at £148m in 2023 and £176m in 2024, an increase of "
            "19%. On current trends it is expected to exceed £0.5bn by 2030.\n"
            "The UK paints and coatings industry has annual turnover of around £3.2bn and employs some 11,000 "
            "people. Since 2021 the Made Smarter programme has provided £14m in grant funding to 230 coatings firms."
        ),
        obs=[
            ("Total", 2023, 148, "GBP million", "actual"),
            ("Total", 2024, 176, "GBP million", "actual"),
            ("Total", 2030, 500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (176 / 148) ** (1 / 1) - 1 = 18.92% -> 19
        ],
    ),
    # 27. Chicago release giving one series in two scales ("$2,400 million" for 2024, "$3.1 billion" for 2026, in
    #     the series' unit: 3100): the worldwide market for AI colour matching in collision repair with a CAGR
    #     "between 2024 and 2026" that holds only by rounding. Expected nowhere: the release date, the 1,850 body
    #     shop owners and their 64%, the $1,290 licence, the 23,000 Mexican body shops, the founding year.
    dict(
        text=(
            "NEWS RELEASE - Chicago, February 26, 2025\n"
            "Pellham Insights sizes the AI colour-matching market for collision repair\n"
            "The worldwide market for AI colour-matching systems used by automotive body shops and refinish paint "
            "distributors reached $2,400 million in 2024, Pellham Insights said today, and is set to climb to $3.1 "
            "billion in 2026, a compound annual growth rate of 13.6% between 2024 and 2026.\n"
            "Pellham surveyed 1,850 body shop owners; 64% said mismatched repaints were their costliest rework. A "
            "typical cloud colour-matching licence costs $1,290 per seat a year.\n"
            "Mexico, with about 23,000 body shops, is the fastest-adopting market outside the US and Canada.\n"
            "Pellham Insights, founded in 2006, has offices in Chicago, Monterrey and Milan."
        ),
        obs=[
            ("Total", 2024, 2400, "USD million", "actual"),
            ("Total", 2026, 3100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (3100 / 2400) ** (1 / 2) - 1 = 13.65% -> 13.7, not 13.6; bounds (3050 / 2400.5) ** (1/2) - 1 = 12.72%,
            # (3150 / 2399.5) ** (1/2) - 1 = 14.58% -> 13.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Podcast episode summary in the third person ("Solberg said the ... market would reach ...") with "this
    #     year", "last year" and "next year" read from the recording date (2025): the European market for AI
    #     adhesive and sealant selection tools in 2024, 2025 (an estimate, the year not over) and 2026 ("top", at
    #     its printed figure), with two yearly rises, both exact. Expected nowhere: the episode number and date,
    #     the 14 chemists, the 3,000 bonding cases, "about a third" of specifiers, her age of 46 and 11 years.
    dict(
        text=(
            "The Finish Line, episode 87 (recorded June 4, 2025)\n"
            "Host Marcus Lee talks to Dr. Ingrid Solberg, head of adhesives research at Norrvik Analytics, about AI "
            "tools that help engineers pick adhesives and sealants.\n"
            "Solberg said the European market for AI adhesive and sealant selection tools would reach about EUR "
            "145 million this year, up roughly 23% from EUR 118 million last year, and she expected it to top EUR "
            "180 million next year, another 24% rise.\n"
            "She said her team of 14 chemists had tested the tools on more than 3,000 bonding cases, and that about "
            "a third of the specifiers she interviews still pick adhesives from printed data sheets.\n"
            "Solberg, 46, previously spent 11 years at a German sealant maker."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Total", 2025, 145, "EUR million", "estimate"),
            ("Total", 2026, 180, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("growth", 24, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (145 / 118) ** (1 / 1) - 1 = 22.88% -> 23
            ("cagr|implied", "exact"),  # (180 / 145) ** (1 / 1) - 1 = 24.14% -> 24
        ],
    ),
    # 29. 招股说明书 "行业概览" (Simplified) with "根据弗若斯特沙利文的资料": China's AI coatings formulation and smart
    #     colour-matching software market in 2019, 2024 and a 2029 forecast (预计) in 亿元, with "2019年至2024年的
    #     复合年增长率" and a 2024-2029 CAGR, both exact. Expected nowhere: the 人民币68万元 commissioning fee, the
    #     3,580万吨 output, the 2,100家 firms, the issuer's 3.26亿元 revenue and 71.3% gross margin.
    dict(
        text=(
            "行业概览\n"
            "本节所载资料来自我们委托弗若斯特沙利文编制的独立行业报告，委托费用为人民币68万元。\n"
            "根据弗若斯特沙利文的资料，中国AI涂料配方研发及智能调色软件市场规模由2019年的12.4亿元增至2024年的"
            "38.7亿元，2019年至2024年的复合年增长率为25.6%；预计到2029年将达到104.5亿元，2024年至2029年的复合年"
            "增长率为22.0%。\n"
            "同期，中国涂料行业总产量约为3,580万吨，规模以上涂料企业约2,100家。\n"
            "2024年，我们的收入为人民币3.26亿元，毛利率为71.3%。"
        ),
        obs=[
            ("Total", 2019, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2029, 104.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2019, 2024, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.7 / 12.4) ** (1 / 5) - 1 = 25.56% -> 25.6
            ("cagr|implied", "exact"),  # (104.5 / 38.7) ** (1 / 5) - 1 = 21.98% -> 22.0
        ],
    ),
    # 30. 人民日报-style piece (Simplified) with 万亿元 and a share of GDP (no share of the market): China's AI
    #     painting robots and smart spraying systems in 2023 and 2024 with 增长22.5%, exact, and a 2027 forecast
    #     (预计, 突破300亿元, at its printed figure). Expected nowhere: the dateline, the 12万亿元 digital-economy
    #     value added and its 10% of GDP, the 126家 demonstration factories, the 38台 robots per line, the 15% and
    #     30% savings.
    dict(
        text=(
            "本报北京1月12日电（记者李晓楠）工业和信息化部最新数据显示，2024年我国AI涂装机器人及智能喷涂系统市场"
            "规模达到186.5亿元，比2023年的152.3亿元增长22.5%，预计2027年将突破300亿元。\n"
            "智能涂装是制造业数字化转型的缩影。2024年我国数字经济核心产业增加值超过12万亿元，占GDP比重达到10%"
            "左右。\n"
            "目前全国已建成智能涂装示范工厂126家，汽车涂装线平均每条配备喷涂机器人38台。\n"
            "业内人士表示，AI涂装可使涂料利用率提高15%以上，VOCs排放减少30%。"
        ),
        obs=[
            ("Total", 2023, 152.3, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.5 / 152.3) ** (1 / 1) - 1 = 22.46% -> 22.5
        ],
    ),
    # 31. Taiwan 法說會 summary (Traditional) in "億元新台幣" with 年增率: the Taiwan market for AI film-thickness and
    #     surface-defect inspection the company sizes at its investor conference, 2023 and 2024 with a 年增率 and a
    #     2027 forecast (預估, 可望) with a 2024-2027 年複合成長率 (約17%), both exact. Expected nowhere: the stock
    #     code, the quarter, the 12.6億元 first-quarter revenue, the 38.2% gross margin, the 3.45元 EPS, the 180家
    #     customers and the 新台幣8億元 capex.
    dict(
        text=(
            "【法說會摘要】精塗科技（6853）2025年第一季法人說明會\n"
            "精塗科技董事長林志宏在法說會上表示，公司估計台灣AI塗層膜厚量測與表面瑕疵檢測市場2024年規模為42.5億元"
            "新台幣，年增率18.4%，2023年則為35.9億元新台幣；預估2027年可望達到68.0億元新台幣，2024至2027年年複合"
            "成長率約17%。\n"
            "精塗科技第一季營收12.6億元新台幣，毛利率38.2%，每股盈餘3.45元。\n"
            "公司目前服務面板、半導體及汽車零組件客戶約180家，今年資本支出預計約新台幣8億元。"
        ),
        obs=[
            ("Total", 2023, 35.9, "TWD 100 million", "actual"),
            ("Total", 2024, 42.5, "TWD 100 million", "actual"),
            ("Total", 2027, 68.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.5 / 35.9) ** (1 / 1) - 1 = 18.38% -> 18.4
            ("cagr|implied", "exact"),  # (68.0 / 42.5) ** (1 / 3) - 1 = 16.96% -> 17
        ],
    ),
    # 32. 36氪-style item (Simplified) in 亿美元 with a start-up's 估值 and B轮融资 (expected nowhere): the global market
    #     for AI adhesive and sealant selection tools in 2024 (约, at its printed figure) and a 2028 forecast, with
    #     a 年复合增长率 whose span only the amounts' years give (inferred) and that no reading reaches. Expected
    #     nowhere: the 5000万美元 round, the 6亿美元 valuation, the founding year, the 300家 customers, the 12万条
    #     data records.
    dict(
        text=(
            "36氪获悉，AI胶粘剂选型平台「粘智科技」近日完成5000万美元B轮融资，由某国际化工集团旗下基金领投，本轮"
            "融资后公司估值约6亿美元。\n"
            "据弗里斯研究院数据，2024年全球AI胶粘剂与密封胶选型工具市场规模约为4.2亿美元，预计2028年将增长至11.6"
            "亿美元，年复合增长率约为31%。\n"
            "粘智科技成立于2019年，目前已服务超过300家制造企业，平台收录胶粘剂性能数据超过12万条。\n"
            "创始人张弛表示，本轮资金将主要用于拓展日韩及东南亚市场。"
        ),
        obs=[
            ("Total", 2024, 4.2, "USD 100 million", "actual"),
            ("Total", 2028, 11.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (11.6 / 4.2) ** (1 / 4) - 1 = 28.91% -> 29, not 31; bounds (11.55 / 4.25) ** (1/4) - 1 = 28.40%,
            # (11.65 / 4.15) ** (1/4) - 1 = 29.44% -> 31 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 33. City 统计公报 (Simplified) with "增长15.2%，增速比上年提高3.2个百分点": the city's smart painting equipment
    #     and AI coating inspection industry output in 2024 against the 2023 base, a 增长 that no reading reaches.
    #     Expected nowhere: the bulletin's title year, the 3.2个百分点, the 1.8万亿元 industrial revenue, the 142家
    #     coatings firms and 37家 high-tech firms, the 4,860台 robots.
    dict(
        text=(
            "常州市2024年国民经济和社会发展统计公报（节选）\n"
            "全年全市智能涂装装备及AI涂层检测产业实现产值56.9亿元，增长15.2%，增速比上年提高3.2个百分点。2023年"
            "该产业产值为48.3亿元。\n"
            "全市规模以上工业企业实现营业收入1.8万亿元；年末拥有涂料生产企业142家，其中高新技术企业37家。\n"
            "全年新增工业机器人应用4,860台。"
        ),
        obs=[
            ("Total", 2023, 48.3, "CNY 100 million", "actual"),
            ("Total", 2024, 56.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (56.9 / 48.3) ** (1 / 1) - 1 = 17.81% -> 17.8, not 15.2; bounds 56.85 / 48.35 - 1 = 17.58%,
            # 56.95 / 48.25 - 1 = 18.03% -> 15.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Hong Kong trade-body release (Traditional) in 百萬港元 with 按年增長: Hong Kong's AI demand forecasting and
    #     smart colour-mixing services for paint retail in 2023 and 2024, exact. Expected nowhere: the release
    #     date, the 1,120間 shops and their 42%, the 1,500萬港元 subsidy cap, the two years and the telephone number.
    dict(
        text=(
            "香港塗料及建材業商會新聞稿（2025年4月8日）\n"
            "商會今日公布的研究顯示，2024年香港AI塗料零售需求預測及智能調色服務市場規模為486百萬港元，按年增長"
            "12.5%；2023年市場規模為432百萬港元。\n"
            "研究訪問了全港1,120間油漆及五金零售店，其中42%表示計劃於兩年內引入AI調色系統。\n"
            "政府「新型工業化資助計劃」每宗申請資助上限為1,500萬港元。查詢請致電2788 5678。"
        ),
        obs=[
            ("Total", 2023, 432, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (486 / 432) ** (1 / 1) - 1 = 12.50% -> 12.5
        ],
    ),
    # 35. Taiwan YouTuber's video transcript (Traditional) with "各位觀眾" and informal asides, 去年 and 今年 read
    #     from the stated month (2025): Taiwan's AI spray-painting robot market in 2024 (大概, at its printed
    #     figure) and 2025 (預估, an estimate) in 億台幣 with a 年增 that holds only by rounding. Expected nowhere:
    #     the date, the 350萬台幣 robot quote, "快一半" of labour saved, the 8萬 subscribers.
    dict(
        text=(
            "【逐字稿】各位觀眾大家好，歡迎回到「工業阿宏聊產業」，現在是2025年3月，今天來聊AI噴漆機器人。\n"
            "根據台灣智慧製造研究中心的資料（對，就是大家很愛引用的那份），台灣AI噴塗機器人市場去年大概是12.8億"
            "台幣，今年預估會衝到15.6億台幣，年增21.6%，成長真的很快啦。\n"
            "我去年參觀一間汽車烤漆廠，他們一台機器人報價大概350萬台幣，老闆說人力省了快一半。\n"
            "喔對了，頻道訂閱破8萬了，感謝大家！記得按讚分享開啟小鈴鐺。"
        ),
        obs=[
            ("Total", 2024, 12.8, "TWD 100 million", "actual"),
            ("Total", 2025, 15.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (15.6 / 12.8) ** (1 / 1) - 1 = 21.88% -> 21.9, not 21.6; bounds 15.55 / 12.85 - 1 = 21.01%,
            # 15.65 / 12.75 - 1 = 22.75% -> 21.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. CSV with quoted thousands ("\"1,184.6\"") under the header "Segment,2024,2025E,2030F,CAGR 2024-30": the
    #     AI spray-painting robot market by segment in USD million with a Total row and a CAGR for each row, all
    #     four exact; 2024 and 2030F add exactly, 2025E only by rounding. Expected nowhere: the source's date, the
    #     3,150 collaborative robots, the $186,000 average robot price.
    dict(
        text=(
            "AI spray-painting robot market by segment, USD million (source: Ravensworth Data, April 2025)\n"
            "Segment,2024,2025E,2030F,CAGR 2024-30\n"
            "Automotive OEM lines,\"1,184.6\",\"1,342.0\",\"2,618.3\",14.1%\n"
            "Automotive refinish,412.8,471.5,\"1,006.9\",16.0%\n"
            "General industrial,356.1,410.7,\"1,012.4\",19.0%\n"
            "Total,\"1,953.5\",\"2,224.3\",\"4,637.6\",15.5%\n"
            "Note: excludes 3,150 collaborative robots sold for adhesive dispensing; average robot price $186,000."
        ),
        obs=[
            ("Automotive OEM lines", 2024, 1184.6, "USD million", "actual"),
            ("Automotive OEM lines", 2025, 1342.0, "USD million", "estimate"),
            ("Automotive OEM lines", 2030, 2618.3, "USD million", "estimate"),
            ("Automotive refinish", 2024, 412.8, "USD million", "actual"),
            ("Automotive refinish", 2025, 471.5, "USD million", "estimate"),
            ("Automotive refinish", 2030, 1006.9, "USD million", "estimate"),
            ("General industrial", 2024, 356.1, "USD million", "actual"),
            ("General industrial", 2025, 410.7, "USD million", "estimate"),
            ("General industrial", 2030, 1012.4, "USD million", "estimate"),
            ("Total", 2024, 1953.5, "USD million", "actual"),
            ("Total", 2025, 2224.3, "USD million", "estimate"),
            ("Total", 2030, 4637.6, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Automotive OEM lines: (2618.3 / 1184.6) ** (1 / 6) - 1 = 14.13% -> 14.1
            ("cagr|implied", "exact"),  # Automotive refinish: (1006.9 / 412.8) ** (1 / 6) - 1 = 16.02% -> 16.0
            ("cagr|implied", "exact"),  # General industrial: (1012.4 / 356.1) ** (1 / 6) - 1 = 19.02% -> 19.0
            ("cagr|implied", "exact"),  # Total: (4637.6 / 1953.5) ** (1 / 6) - 1 = 15.50% -> 15.5
            ("hierarchy", "exact"),  # 2024: 1184.6 + 412.8 + 356.1 = 1953.5
            # 2025E: 1342.0 + 471.5 + 410.7 = 2224.2, not 2224.3; parts at most 2224.35 and the total at least
            # 2224.25 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2030F: 2618.3 + 1006.9 + 1012.4 = 4637.6
        ],
    ),
    # 37. Broker's space-aligned table with years as right-aligned columns (2025E and 2028E forecasts), segments as
    #     rows and a "Total addressable market" row (its own label): AI colour matching, formulation and surface
    #     inspection in Germany and Italy, EUR million; 2023, 2024 and 2028E add exactly, 2025E by no reading.
    #     Expected nowhere: the exhibit number, the source's date, the 1,900 in-house colour labs, the EUR 1 = USD
    #     1.08 rate.
    dict(
        text=(
            "Exhibit 12: AI colour-matching and formulation services, Germany and Italy (EUR million)\n"
            "                                  2023     2024    2025E    2028E\n"
            "Colour-matching software           184      226      271      452\n"
            "Formulation discovery               96      121      150      268\n"
            "Surface inspection                  71       88      109      197\n"
            "Total addressable market           351      435      545      917\n"
            "Source: Aldernay Partners estimates, June 2025; 2025E onwards are forecasts. Excludes 1,900 in-house "
            "colour labs; EUR 1 = USD 1.08."
        ),
        obs=[
            ("Colour-matching software", 2023, 184, "EUR million", "actual"),
            ("Colour-matching software", 2024, 226, "EUR million", "actual"),
            ("Colour-matching software", 2025, 271, "EUR million", "estimate"),
            ("Colour-matching software", 2028, 452, "EUR million", "estimate"),
            ("Formulation discovery", 2023, 96, "EUR million", "actual"),
            ("Formulation discovery", 2024, 121, "EUR million", "actual"),
            ("Formulation discovery", 2025, 150, "EUR million", "estimate"),
            ("Formulation discovery", 2028, 268, "EUR million", "estimate"),
            ("Surface inspection", 2023, 71, "EUR million", "actual"),
            ("Surface inspection", 2024, 88, "EUR million", "actual"),
            ("Surface inspection", 2025, 109, "EUR million", "estimate"),
            ("Surface inspection", 2028, 197, "EUR million", "estimate"),
            ("Total addressable market", 2023, 351, "EUR million", "actual"),
            ("Total addressable market", 2024, 435, "EUR million", "actual"),
            ("Total addressable market", 2025, 545, "EUR million", "estimate"),
            ("Total addressable market", 2028, 917, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 184 + 96 + 71 = 351
            ("hierarchy", "exact"),  # 2024: 226 + 121 + 88 = 435
            # 2025E: 271 + 150 + 109 = 530, not 545; parts at most 531.5 and the total at least 544.5 -> reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2028E: 452 + 268 + 197 = 917
        ],
    ),
    # 38. Simplified Markdown table under "单位：亿美元" with an 占比 column: the global AI paints, coatings and
    #     adhesives solutions market by segment in 2024 and 2030年E with a 合计 row (its 100.0% no claim), each
    #     segment's share exact and both years adding exactly. Expected nowhere: the title year, the source's
    #     date, the report number, the 312家 firms sampled.
    dict(
        text=(
            "2024年全球AI涂料与胶粘剂解决方案市场结构\n"
            "单位：亿美元\n"
            "| 细分领域 | 2024年 | 占比 | 2030年E |\n"
            "|---|---|---|---|\n"
            "| AI调色与配方软件 | 6.8 | 40.0% | 18.2 |\n"
            "| 涂层质量AI检测 | 5.1 | 30.0% | 13.9 |\n"
            "| AI喷涂机器人 | 3.6 | 21.2% | 9.4 |\n"
            "| 胶粘剂AI选型 | 1.5 | 8.8% | 4.6 |\n"
            "| 合计 | 17.0 | 100.0% | 46.1 |\n"
            "资料来源：华岳证券研究所，2025年5月；报告编号HY-2025-118；样本覆盖全球312家企业。"
        ),
        obs=[
            ("AI调色与配方软件", 2024, 6.8, "USD 100 million", "actual"),
            ("AI调色与配方软件", 2030, 18.2, "USD 100 million", "estimate"),
            ("涂层质量AI检测", 2024, 5.1, "USD 100 million", "actual"),
            ("涂层质量AI检测", 2030, 13.9, "USD 100 million", "estimate"),
            ("AI喷涂机器人", 2024, 3.6, "USD 100 million", "actual"),
            ("AI喷涂机器人", 2030, 9.4, "USD 100 million", "estimate"),
            ("胶粘剂AI选型", 2024, 1.5, "USD 100 million", "actual"),
            ("胶粘剂AI选型", 2030, 4.6, "USD 100 million", "estimate"),
            ("合计", 2024, 17.0, "USD 100 million", "actual"),
            ("合计", 2030, 46.1, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.0, "percent", 2024, 2024, None),
            ("share", 30.0, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 8.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # AI调色与配方软件: 6.8 / 17.0 = 40.00% -> 40.0
            ("arithmetic", "exact"),  # 涂层质量AI检测: 5.1 / 17.0 = 30.00% -> 30.0
            ("arithmetic", "exact"),  # AI喷涂机器人: 3.6 / 17.0 = 21.18% -> 21.2
            ("arithmetic", "exact"),  # 胶粘剂AI选型: 1.5 / 17.0 = 8.82% -> 8.8
            ("hierarchy", "exact"),  # 2024年: 6.8 + 5.1 + 3.6 + 1.5 = 17.0
            ("hierarchy", "exact"),  # 2030年E: 18.2 + 13.9 + 9.4 + 4.6 = 46.1
        ],
    ),
    # 39. Research table with a decline in parentheses ("(3.2%)", a negative rate) in its Growth column: AI demand
    #     planning for decorative paint retail by market, 2023 and 2024 in USD million with a Total row; the
    #     Gulf's 21.4% reached by no reading, the other rates and both years' sums exact. Expected nowhere: the
    #     table number, the 4,400 paint stores, the publication date, the INR 310 crore Indian market.
    dict(
        text=(
            "Table 4. AI demand-planning software for decorative paint retail, by market (USD million)\n"
            "Market            2023     2024     Growth\n"
            "United States    212.4    248.9      17.2%\n"
            "Mexico            18.6     18.0     (3.2%)\n"
            "United Kingdom    31.2     34.0       9.0%\n"
            "Gulf (GCC)         9.4     11.2      21.4%\n"
            "Total            271.6    312.1      14.9%\n"
            "Source: Tallis & Greer survey of 4,400 paint stores, published 12 March 2025. India (INR 310 crore) "
            "is not included."
        ),
        obs=[
            ("United States", 2023, 212.4, "USD million", "actual"),
            ("United States", 2024, 248.9, "USD million", "actual"),
            ("Mexico", 2023, 18.6, "USD million", "actual"),
            ("Mexico", 2024, 18.0, "USD million", "actual"),
            ("United Kingdom", 2023, 31.2, "USD million", "actual"),
            ("United Kingdom", 2024, 34.0, "USD million", "actual"),
            ("Gulf (GCC)", 2023, 9.4, "USD million", "actual"),
            ("Gulf (GCC)", 2024, 11.2, "USD million", "actual"),
            ("Total", 2023, 271.6, "USD million", "actual"),
            ("Total", 2024, 312.1, "USD million", "actual"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 9.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # United States: (248.9 / 212.4) ** (1 / 1) - 1 = 17.18% -> 17.2
            ("cagr|implied", "exact"),  # Mexico: (18.0 / 18.6) ** (1 / 1) - 1 = -3.23% -> -3.2
            ("cagr|implied", "exact"),  # United Kingdom: (34.0 / 31.2) ** (1 / 1) - 1 = 8.97% -> 9.0
            # Gulf (GCC): (11.2 / 9.4) ** (1 / 1) - 1 = 19.15% -> 19.1, not 21.4; bounds 11.15 / 9.45 - 1 = 17.99%,
            # 11.25 / 9.35 - 1 = 20.32% -> 21.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # Total: (312.1 / 271.6) ** (1 / 1) - 1 = 14.91% -> 14.9
            ("hierarchy", "exact"),  # 2023: 212.4 + 18.6 + 31.2 + 9.4 = 271.6
            ("hierarchy", "exact"),  # 2024: 248.9 + 18.0 + 34.0 + 11.2 = 312.1
        ],
    ),
    # 40. Traditional table in 百萬港元 with a "按年變動(%)" column: Hong Kong's AI colour and formulation services,
    #     AI coating inspection and AI painting robots in 2023 and 2024 with a 總計 row; the robots' 6.4 holds only
    #     by rounding, the other rates and both years' sums exact. Expected nowhere: the table number, the
    #     source's date, the 218間 firms, the 32億港元 architectural paint retail sales.
    dict(
        text=(
            "表三：香港AI塗料及塗層相關服務市場規模（百萬港元）\n"
            "項目                2023年    2024年    按年變動(%)\n"
            "AI調色及配方服務     318.4     362.9     14.0\n"
            "AI塗層質量檢測       142.6     171.8     20.5\n"
            "AI噴塗機械人          86.5      92.1      6.4\n"
            "總計                 547.5     626.8     14.5\n"
            "資料來源：香港塗料及建材業商會（2025年2月）。受訪企業共218間；本港建築塗料零售額約為32億港元，未計入上表。"
        ),
        obs=[
            ("AI調色及配方服務", 2023, 318.4, "HKD million", "actual"),
            ("AI調色及配方服務", 2024, 362.9, "HKD million", "actual"),
            ("AI塗層質量檢測", 2023, 142.6, "HKD million", "actual"),
            ("AI塗層質量檢測", 2024, 171.8, "HKD million", "actual"),
            ("AI噴塗機械人", 2023, 86.5, "HKD million", "actual"),
            ("AI噴塗機械人", 2024, 92.1, "HKD million", "actual"),
            ("總計", 2023, 547.5, "HKD million", "actual"),
            ("總計", 2024, 626.8, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 14.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2023, 2024, 1.0),
            ("growth", 6.4, "percent", 2023, 2024, 1.0),
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # AI調色及配方服務: (362.9 / 318.4) ** (1 / 1) - 1 = 13.98% -> 14.0
            ("cagr|implied", "exact"),  # AI塗層質量檢測: (171.8 / 142.6) ** (1 / 1) - 1 = 20.48% -> 20.5
            # AI噴塗機械人: (92.1 / 86.5) ** (1 / 1) - 1 = 6.47% -> 6.5, not 6.4; bounds 92.05 / 86.55 - 1 = 6.35%,
            # 92.15 / 86.45 - 1 = 6.59% -> 6.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 總計: (626.8 / 547.5) ** (1 / 1) - 1 = 14.48% -> 14.5
            ("hierarchy", "exact"),  # 2023年: 318.4 + 142.6 + 86.5 = 547.5
            ("hierarchy", "exact"),  # 2024年: 362.9 + 171.8 + 92.1 = 626.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-seventy-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 9, 'rounding': 11, 'exact': 79}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '📈 $1.2B (2024) ➡️ $4.1B (2030)',
    'CAGR: 22.7%',
    '#ColorMatching',
    '• 2024 market size: US$2.3 billion',
    '• CAGR 2024-2031:',
    '/PRNewswire/',
    'USD 310 million (INR 2,580 crore)',
    'FY2024',
    'FY2030',
    'estimate the market we serve',
    'fiscal year ended March 31',
    'fiscal 2028',
    '$640-million market',
    '$210-million segment',
    'one-and-a-half billion dollars',
    'EUR 84.0 million (CHF 79.1 million)',
    'a 37% share',
    '$4.1 billion[3]',
    'grown 23%²',
    'Notes:',
    'Correction:',
    'The correct figure is',
    '【市场规模】',
    '📊',
    '同比增长',
    '突破',
    '我们预计',
    '2024-2030E',
    '对应CAGR为',
    '目标价',
    '比上年增长',
    '增长10%以上',
    '台幣42.5億元',
    '年增',
    '去年',
    '港幣6.8億元',
    '按年上升',
    '億美元',
    '約合人民幣',
    '年複合增長率',
    '大概',
    '左右',
    '另一家机构',
    '(US$ bn)',
    '2025F',
    'Total',
    '| Year |',
    'CAGR 2024-29',
    '2029e',
    '12,240.8*',
    '* estimate',
    '单位：亿元',
    '2025E',
    '2026E',
    '同比',
    '單位：億日圓',
    '2025年度(預估)',
    '合計',
    'INDUSTRY OVERVIEW',
    'According to the Halberd Report',
    'from 2019 to 2024',
    'from 2024 to 2029E',
    'US$1,046.3 million',
    '¥48.6 billion',
    'FY2024 (ending March 2025)',
    'from FY2024 to FY2027',
    'a trillion-dollar opportunity',
    '$780 million in 2024',
    '$2.1 billion by 2030',
    'EUR 870 m',
    'EUR 1.52 bn',
    '3.4 USD bn',
    'CHF 64 m',
    '1/ ',
    '2/ ',
    '3/ ',
    '$1.04B',
    'Answered by Oliver Brandt MP',
    '£148m',
    '£0.5bn',
    '$2,400 million',
    '$3.1 billion',
    'this year',
    'next year',
    'Solberg said',
    '根据弗若斯特沙利文的资料',
    '2019年至2024年的复合年增长率',
    '行业概览',
    '万亿元',
    '占GDP比重',
    '億元新台幣',
    '年增率',
    '法說會',
    '亿美元',
    '估值',
    'B轮融资',
    '统计公报',
    '增速比上年提高3.2个百分点',
    '百萬港元',
    '按年增長',
    '各位觀眾',
    '億台幣',
    'Segment,2024,2025E,2030F,CAGR 2024-30',
    '"1,184.6"',
    'Total addressable market',
    '单位：亿美元',
    '占比',
    '| 合计 |',
    '(3.2%)',
    'Growth',
    '按年變動(%)',
    '總計',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 183
#: figures, 57 rates, 92 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 183, "rates_found": 57, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1
