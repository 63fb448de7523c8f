"""A two-hundred-and-sixtieth check set for the extractor, written blind: AI in jewellery, watches and luxury goods: AI
authentication of second-hand handbags, watches and sneakers, AI diamond and gemstone grading, AI pricing for luxury
resale platforms, virtual try-on of rings, watches and eyewear, AI demand forecasting and clienteling for luxury houses;
sized in money by research houses, consultancies, jewellery and watch trade federations, luxury groups' capital-markets
days, brokers, customs and trade ministries, in the US, Canada, the UK, France, Switzerland (Swiss francs only as an
aside), Italy, Belgium, the UAE, India (rupees only as an aside), Japan, South Korea, mainland China, Taiwan and Hong
Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total luxury, jewellery or watch sales beside the AI part, counts of pieces authenticated, stores, carats and watches
exported, a watch's or a bag's price, an average selling price, a company's own revenue, orders or margin, a funding
round and valuation, a quarter's or a half-year's figures, survey percentages, a penetration rate, a gold price.

Snippets 1-20: Twenty snippets on AI in jewellery, watches and luxury goods: eight English prose texts (a PDF page with
a hyphen break, a US statistics bulletin with a range and its midpoint, a podcast transcript with spoken figures, a
Geneva press release with bold Key findings, a consultancy's executive summary with USD780m and CAGR '24-'29, an FAQ
page, an Australian government outlook with 2023-24 and 2029-30, a lower-case Reddit comment with an EDIT line), seven
Chinese prose texts (a 招股说明书 行业概览, a 新华社-style item mixing 万亿元 and 亿元, a Hong Kong broker's 晨報 with 【行業】 headings, a
政府工作报告 with 力争 and 翻一番, a 經濟日報-style story in 新台幣億元, a 施政報告 paragraph in 億港元, a 小红书 note with 3.5个亿) and five tables (a
long-form CSV, a markdown table under a spanning Market size header, a Japanese table with a Share 2030 column, a
Chinese table with years as rows, a Taiwan tab-separated table with 年增減 and 年增率). Left out: luxury, jewellery and watch
sales beside the AI part, counts of items, stones, stores and carats, prices, company revenue, margins and ratings,
funding rounds, quarter and half-year figures, surveys, penetration rates, month-on-month rates, gold prices, rupee and
Australian-dollar amounts, a superseded figure, a fund, money differences. Inconsistent: the press release's 47% share,
the 施政報告's 41% share, the Japanese table's 27.3% share, the Chinese table's 2025E 36.8%, the Taiwan table's 32.3%. Only
by rounding: the PDF's 39% share, the FAQ's 21%, the Australian 17.9 per cent, the 招股说明书's 37.8%, the 經濟日報 story's
26.5%, the spanning table's 2025E total, the Chinese table's 30.1%.

Snippets 21-40: Twenty snippets on AI in jewellery, watches and luxury goods: eight English prose texts (a UK
regulator's numbered consultation paper, a resale start-up's speaker notes with arrows, a try-on vendor's blog post on a
chart, an Antwerp grant call, an op-ed with amounts in words, a market update with a correction, an academic abstract
with an author-year source, a Canadian release in C$), seven Chinese prose texts (a 证券时报-style interview, a 白皮书 chapter,
a short-video 口播稿, a district 统计公报, a Taiwan institute's release, a Hong Kong broker note, a Hong Kong 招股書) and five
tables (a CSV with years as columns, a yen markdown table with Δ YoY and an index, a Chinese 指标 table, a Taiwan table
with ROC years, an Italian semicolon table with decimal commas). Left out: total luxury, resale and jewellery sales,
counts of items, stores, boutiques, firms and carats, watch, bag and gold prices and average selling prices, companies'
revenue, ARR, ratings and target prices, funding rounds, grant budgets, a quarter's and a half-year's figures, survey
answers, penetration rates, an index, a study's statistics, Canadian dollar amounts and their US dollar conversion, a
corrected wrong figure and fractions in words. Inconsistent: the Canadian 2024-2030 rate, the 白皮书's diamond share, the
broker note's 2024 growth, the yen table's 2024 Δ YoY and the Taiwan table's 2023 合計. Only by rounding: the deck's watch
CAGR, the market update's growth, the abstract's CAGR, the Taiwan release's 年複合成長率, the prospectus's 2024-2029 rate, the
CSV's 2025E Total and the 指标 table's 2024 同比增速.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Research house's outlook copied from a PDF page: a hyphen breaking "mar-" / "ket" and a "Page 4 of 12" line
    #    cutting a sentence in two; 2024 total (actual), a 2031 forecast with a CAGR over a printed span, and the
    #    watches part with its share, which holds only by rounding. Expected nowhere: the section number 3.2, the page
    #    line, the US$52 billion pre-owned personal luxury market, the 31 million items authenticated.
    dict(
        text=(
            "3.2 Authentication technology\n"
            "We estimate that spending on AI authentication of pre-owned luxury goods, meaning image and sensor models "
            "that check stitching, hardware, serial plates, movements and soles on handbags, watches and sneakers "
            "before resale, reached US$1.18 billion worldwide in 2024. Watches were the largest category at US$0.47 "
            "billion, about 39% of the mar-\n"
            "ket, because a single counterfeit movement can cost a dealer more than a year of fees. By 2031 we expect "
            "total spending to reach US$4.62 billion, a compound annual growth rate of 21.5% over 2024-2031, as "
            "platforms move from spot checks to authenticating every item they\n"
            "Page 4 of 12\n"
            "list. For scale, the pre-owned personal luxury market itself was worth some US$52 billion in 2024, and "
            "the platforms we track authenticated about 31 million items.\n"
            "Beaumont Carrel Research, Paris"
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Watches", 2024, 0.47, "USD billion", "actual"),
            ("Total", 2031, 4.62, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 21.5, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            # 0.47 / 1.18 = 39.83% -> 40, not 39; bounds 0.465 / 1.185 = 39.24%, 0.475 / 1.175 = 40.43% -> 39
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (4.62 / 1.18) ** (1 / 7) - 1 = 21.53% -> 21.5
        ],
    ),
    # 2. US statistics bulletin (experimental estimates, May 2025): 2024 spending as a range ("between $410 million
    #    and $470 million", two value claims) and its midpoint as the headline estimate (2024, past: actual), 2023's
    #    midpoint and the rate between them. Expected nowhere: the bulletin number 25-14, the $71.3 billion of jewelry
    #    store sales, the 14.6 million carats imported, the $127 million fourth quarter, the next release's date.
    dict(
        text=(
            "Federal Office of Commerce Statistics\n"
            "Statistical Bulletin 25-14, released May 15, 2025\n"
            "Experimental estimates: AI services in the U.S. jewelry and watch trade\n"
            "U.S. spending on AI diamond and gemstone grading, meaning machine-vision assessment of color, clarity and "
            "cut for loose stones sold by jewelers and laboratories, is estimated at between $410 million and $470 "
            "million in 2024. The midpoint, $440 million, is this bulletin's headline estimate and compares with a "
            "midpoint of $352 million in 2023, an increase of 25.0 percent. The width of the range reflects "
            "uncertainty over how laboratories split grading fees between human and automated work. For context, "
            "U.S. jewelry store sales were $71.3 billion in 2024 and 14.6 million carats of polished diamonds were "
            "imported; fourth-quarter grading spending alone was $127 million.\n"
            "Next release: November 2025."
        ),
        obs=[
            ("Total", 2023, 352, "USD million", "actual"),
            ("Total", 2024, 440, "USD million", "actual"),
        ],
        claims=[
            ("value", 410, "USD million", 2024, 2024, None),
            ("value", 470, "USD million", 2024, 2024, None),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (440 / 352) ** (1 / 1) - 1 = 25.00% -> 25.0
        ],
    ),
    # 3. Podcast transcript with timestamps and speakers (recorded March 2025): "one point four billion dollars last
    #    year" spoken in words (2024, actual), "$3.9 billion by 2029" in digits, and "23% a year" whose span only the
    #    amounts' years give (inferred). Expected nowhere: the episode number, the timestamps, the twelve-thousand-
    #    dollar watch, the 61% of surveyed shoppers, the $45 million round.
    dict(
        text=(
            "[00:00:04] MAYA: This is Luxe Signals, episode 57, recorded March 3, 2025. I'm Maya Ferrante, and with me "
            "is Idris Bello, who covers retail technology at Harlow Street Research in London.\n"
            "[00:12:31] MAYA: So how big is virtual try-on for rings, watches and eyewear right now?\n"
            "[00:12:36] IDRIS: Globally, about one point four billion dollars last year. That's brands and retailers "
            "paying for the AR and AI sizing that puts a watch on your wrist through the phone camera.\n"
            "[00:12:49] MAYA: And where does it go?\n"
            "[00:12:52] IDRIS: We have it at $3.9 billion by 2029. Call it 23% a year.\n"
            "[00:13:04] MAYA: Does anyone actually buy a twelve-thousand-dollar watch off a phone?\n"
            "[00:13:08] IDRIS: Some do. In our survey 61% of shoppers had tried it at least once, and Tryvo just "
            "raised $45 million to do it for eyewear."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2029, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.4) ** (1 / 5) - 1 = 22.74% -> 23
        ],
    ),
    # 4. Geneva press release whose "Key findings" are lines opening with a bold figure: 2024 total, a 2030
    #    projection, the CAGR over its printed span, and AI clienteling's 2024 amount with a 47% share reached by no
    #    reading. Expected nowhere: the 140 brands interviewed, the 68% of executives (a survey), the $390 billion
    #    personal luxury goods market, the CHF 4,900 report price (francs).
    dict(
        text=(
            "GENEVA, April 22, 2025 -- Alpine Horology & Luxury Insights today released Intelligent Maisons 2025, its "
            "annual study of how luxury houses use AI to forecast demand and run clienteling, based on interviews "
            "with 140 brands in Europe, the US and Asia.\n"
            "Key findings\n"
            "**$2.6B**: global spending by luxury houses on AI demand forecasting, allocation and clienteling tools "
            "in 2024\n"
            "**$7.9B**: projected spending in 2030\n"
            "**20.3%**: compound annual growth rate, 2024-2030\n"
            "**$1.15B**: AI clienteling (client books, next-best-offer prompts and outreach for sales associates) in "
            "2024, 47% of the total\n"
            "**68%**: share of executives who plan to raise AI budgets this year\n"
            "The tools serve a personal luxury goods market worth about $390 billion. The full report costs "
            "CHF 4,900."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
            ("AI clienteling", 2024, 1.15, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("share", 47, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.9 / 2.6) ** (1 / 6) - 1 = 20.35% (20.349) -> 20.3
            # 1.15 / 2.6 = 44.23% -> 44, not 47; bounds 1.145 / 2.65 = 43.21%, 1.155 / 2.55 = 45.29% -> 47 reached
            # by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 5. Consultancy's executive summary with no space after the currency ("USD780m", "USD2.0bn", "EUR410m") and a
    #    CAGR line "CAGR '24-'29: 21%" (span printed, stated); the series keeps USD million, so USD2.0bn is 2000;
    #    Europe's euro figure is an item of its own. Expected nowhere: the USD38bn of pre-owned GMV, the 9 percentage
    #    points, the 22 platforms, the USD1,450 average handbag, one marketplace's USD610m in Q1 2025.
    dict(
        text=(
            "Executive summary\n"
            "Resale platforms have turned pricing into a data problem. Our base case sizes global spend on AI pricing "
            "engines for pre-owned luxury, the models that set and adjust asking prices for handbags, watches and "
            "fine jewellery on consignment and marketplace platforms, at USD780m in 2024, rising to USD2.0bn by "
            "2029.\n"
            "CAGR '24-'29: 21%\n"
            "Europe is the second-largest region after North America, at EUR410m in 2024, led by consignment houses "
            "in Paris and Milan.\n"
            "The engines price roughly USD38bn of pre-owned luxury GMV and lifted sell-through by 9 percentage points "
            "in our sample of 22 platforms; the average handbag listed sells for about USD1,450. One marketplace told "
            "us its AI-priced sales reached USD610m in Q1 2025 alone.\n"
            "Harcourt Lane Consulting, June 2025"
        ),
        obs=[
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2029, 2000, "USD million", "estimate"),
            ("Europe", 2024, 410, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2000 / 780) ** (1 / 5) - 1 = 20.72% -> 21
        ],
    ),
    # 6. FAQ page of "Q:" / "A:" pairs: 2024 and 2023 totals in US$ billion with the rate between them, which holds
    #    only by rounding; India's part with its share. Expected nowhere: the ₹1,600 crore (rupees), the $5,200
    #    one-carat price, the 2.4 million stones, "a fifth" of certified stones (a fraction in words).
    dict(
        text=(
            "Frequently asked questions: AI grading of diamonds and gemstones\n"
            "Q: How big is the AI diamond and gemstone grading market?\n"
            "A: Kestrel Gem Analytics puts worldwide spending on AI grading of diamonds and coloured stones at $0.54 "
            "billion in 2024, up 21% from $0.45 billion in 2023.\n"
            "Q: Where is the money spent?\n"
            "A: Mostly in India. Cutting and polishing houses in Surat and Mumbai spent $0.19 billion, or 35% of the "
            "global total, roughly ₹1,600 crore at current exchange rates.\n"
            "Q: Does AI grading make diamonds cheaper?\n"
            "A: Not directly. A one-carat round brilliant still retails for around $5,200.\n"
            "Q: How many stones go through it?\n"
            "A: About 2.4 million in 2024, or roughly a fifth of certified stones."
        ),
        obs=[
            ("Total", 2023, 0.45, "USD billion", "actual"),
            ("Total", 2024, 0.54, "USD billion", "actual"),
            ("India", 2024, 0.19, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (0.54 / 0.45) ** (1 / 1) - 1 = 20.00% -> 20, not 21; bounds 0.535 / 0.455 - 1 = 17.58%,
            # 0.545 / 0.445 - 1 = 22.47% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.19 / 0.54 = 35.19% -> 35
        ],
    ),
    # 7. Australian government outlook with financial years "2023-24" and "2029-30" (counted as 2024 and 2030): the
    #    global market in US$ with a CAGR over the printed span, which holds only by rounding. Expected nowhere: the
    #    chapter number, the A$118 million and A$290 million of Australian spending (Australian dollars are not in the
    #    unit table), the 1.1 million carats exported, the 4,300 jewellery stores.
    dict(
        text=(
            "Australian Government, Department of Trade and Creative Industries\n"
            "Precious Goods and Technology Outlook, Chapter 3\n"
            "The department's modelling values the global market for AI in jewellery and watch retail, covering "
            "virtual try-on, AI valuation of pre-owned pieces and clienteling software, at US$2.8 billion in 2023-24. "
            "It is projected to reach US$7.4 billion in 2029-30, a compound annual growth rate of 17.9 per cent "
            "between 2023-24 and 2029-30. Australian retailers spent A$118 million on the same tools in 2023-24, and "
            "that figure is projected to reach A$290 million by 2029-30. Australia exported about 1.1 million carats "
            "of diamonds in 2023-24, and around 4,300 jewellery stores trade nationally."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (7.4 / 2.8) ** (1 / 6) - 1 = 17.58% -> 17.6, not 17.9; bounds (7.35 / 2.85) ** (1/6) - 1 = 17.10%,
            # (7.45 / 2.75) ** (1/6) - 1 = 18.07% -> 17.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Reddit-style comment in lower case with "~$400M" and "yoy", and an "EDIT:" line correcting 2023 to $305M
    #    (the corrected figure is expected); a 2025 forecast. Expected nowhere: the superseded $310M, the 9 million
    #    pairs, the $110 resale price of a pair, the subreddit and user names.
    dict(
        text=(
            "r/luxuryresale · u/legitcheck_dan\n"
            "ok since this keeps coming up in the daily thread: ai sneaker authentication in the us (the photo-based "
            "legit checks the big resale apps run before a pair ships) was ~$400M in 2024 per the harlan & moss "
            "retail note, up 31% yoy from $310M in 2023. they forecast ~$520M for 2025 but thats their number not "
            "mine. the apps pushed something like 9 million pairs through it in 2024 and a pair of pandas resells "
            "for like $110 now lol\n"
            "EDIT: misread their table, 2023 was $305M not $310M. so the 31% checks out"
        ),
        obs=[
            ("Total", 2023, 305, "USD million", "actual"),
            ("Total", 2024, 400, "USD million", "actual"),
            ("Total", 2025, 520, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (400 / 305) ** (1 / 1) - 1 = 31.15% -> 31
        ],
    ),
    # 9. 招股说明书 section 行业概览 (Simplified, 亿元) citing a consultancy: 由2019年的X增至2023年的Y，复合年增长率为Z%
    #    (span only from the amounts' years: inferred; holds only by rounding), 预计2028年 W with a 2023-2028 CAGR
    #    (span printed, stated). Expected nowhere: the section numbers, the 1,580亿元 and 2,860亿元 of second-hand
    #    luxury transactions, the company's 420万件 authenticated, its 2.73亿元 revenue and 46.5% gross margin.
    dict(
        text=(
            "第六节 业务与技术\n"
            "二、行业概览\n"
            "根据远澜咨询的报告，中国二手奢侈品AI鉴定服务（包括箱包、腕表及球鞋的图像识别鉴定与机器复核）的市场规模由"
            "2019年的3.2亿元增至2023年的11.4亿元，复合年增长率为37.8%，预计2028年将达到34.6亿元，2023年至2028年的"
            "复合年增长率为24.9%。同期，中国二手奢侈品交易规模由2019年的1,580亿元增至2023年的2,860亿元。2023年，本公司"
            "累计完成鉴定约420万件，实现营业收入2.73亿元，鉴定服务毛利率为46.5%。"
        ),
        obs=[
            ("Total", 2019, 3.2, "CNY 100 million", "actual"),
            ("Total", 2023, 11.4, "CNY 100 million", "actual"),
            ("Total", 2028, 34.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37.8, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 24.9, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (11.4 / 3.2) ** (1 / 4) - 1 = 37.38% -> 37.4, not 37.8; bounds (11.35 / 3.25) ** (1/4) - 1 = 36.70%,
            # (11.45 / 3.15) ** (1/4) - 1 = 38.08% -> 37.8 reached only by some reading
            ("cagr|period", "rounding"),
            ("cagr|implied", "exact"),  # (34.6 / 11.4) ** (1 / 5) - 1 = 24.86% -> 24.9
        ],
    ),
    # 10. 新华社-style news item (Simplified) mixing 万亿元 and 亿元: 2024 with 同比增长 and 上年's amount, a 2025
    #     forecast "超过50亿元" (approximate, at its printed figure). Expected nowhere: the 0.86万亿元 jewellery
    #     market, the 环比 6.8% (month on month), the 每克600元 gold price, the dateline.
    dict(
        text=(
            "新华社北京3月18日电（记者林晓岚）记者18日从中国珠宝产业数字化联盟获悉，2024年我国珠宝玉石首饰市场规模约"
            "0.86万亿元，其中人工智能在珠宝鉴定分级、智能定价和虚拟试戴等环节的应用市场规模达到42.7亿元，同比增长"
            "23.4%，上年为34.6亿元。联盟数据显示，2024年12月AI试戴服务调用量环比增长6.8%。受国际金价高企影响，国内金价"
            "一度突破每克600元，黄金首饰消费量有所下降。联盟预计，2025年相关AI应用市场规模将超过50亿元。"
        ),
        obs=[
            ("Total", 2023, 34.6, "CNY 100 million", "actual"),
            ("Total", 2024, 42.7, "CNY 100 million", "actual"),
            ("Total", 2025, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.7 / 34.6) ** (1 / 1) - 1 = 23.41% -> 23.4
        ],
    ),
    # 11. Hong Kong broker's morning digest (晨報, Traditional) with 【宏觀】【行業】【公司】【商品】 headings: the mainland
    #     try-on market in 億元人民幣 (CNY 100 million), 2023, 2024 and 預計 2025 with two 按年增長 rates. Expected
    #     nowhere: the CPI and PPI rates, the jeweller's 312億港元 revenue, 21.5% margin, rating and 14.2港元 target
    #     price, the 3,050美元 gold price.
    dict(
        text=(
            "港灣證券晨報 2025年4月9日\n"
            "【宏觀】內地3月CPI按年上升0.3%，PPI按年下跌2.5%。\n"
            "【行業】AI虛擬試戴：據本行估算，2024年內地珠寶、腕錶及眼鏡AI虛擬試戴市場規模為9.8億元人民幣，按年增長"
            "36.1%（2023年：7.2億元人民幣）；預計2025年將達13.1億元人民幣，按年增長33.7%。\n"
            "【公司】金緣珠寶2024年收入312億港元，毛利率21.5%，維持「買入」評級，目標價14.2港元。\n"
            "【商品】倫敦金現貨報每盎司3,050美元。"
        ),
        obs=[
            ("Total", 2023, 7.2, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 13.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.1, "percent", 2023, 2024, 1.0),
            ("growth", 33.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.2) ** (1 / 1) - 1 = 36.11% -> 36.1
            ("cagr|implied", "exact"),  # (13.1 / 9.8) ** (1 / 1) - 1 = 33.67% -> 33.7
        ],
    ),
    # 12. District 政府工作报告-style paragraph (Simplified, 亿元): 2024 size, and 力争到2027年 较2024年翻一番 (a doubling,
    #     x2 over three years, no verdict) to "47亿元以上" (a target: estimate, at its printed figure). Expected
    #     nowhere: the 1,800亿元 jewellery output, the 2,300 firms, the 10亿元 fund, the 2,000亿元 output target.
    dict(
        text=(
            "2024年，全区珠宝产业总产值突破1,800亿元，珠宝企业超过2,300家，人工智能珠宝鉴定、分级定价与定制设计应用"
            "市场规模达到23.6亿元。2025年，我们将深入实施“AI+珠宝”行动：设立规模10亿元的珠宝产业数字化转型基金，"
            "支持龙头企业建设AI鉴定与智能定价平台；力争到2027年，全区AI珠宝应用市场规模较2024年翻一番，达到47亿元以上，"
            "带动珠宝产业总产值迈上2,000亿元台阶。"
        ),
        obs=[
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("Total", 2027, 47, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 13. Taiwan 經濟日報-style story (Traditional, 新台幣億元): 2024 with 年成長率 and the 2023 base, 預估 2025 with
    #     its 年成長率, which holds only by rounding. Expected nowhere: the reporter's byline, the 新台幣45萬元 watch
    #     price, the 1,200 shops, the first half's 18% rise in transactions, the leading firm's 3.4億元 revenue.
    dict(
        text=(
            "【記者陳柏宇／台北報導】二手精品交易熱絡，AI鑑定與鑑價成為業者新戰場。台灣精品科技研究所最新統計，2024年"
            "台灣二手精品AI鑑定與鑑價服務市場規模達新台幣6.2億元，年成長率24.0%，2023年為5.0億元；預估2025年可達"
            "7.8億元，年成長率26.5%。業者指出，一只熱門款不鏽鋼運動錶的二手行情約新台幣45萬元，全台二手精品門市約"
            "1,200家，今年上半年交易件數年增18%；國內最大業者去年營收則為3.4億元。"
        ),
        obs=[
            ("Total", 2023, 5.0, "TWD 100 million", "actual"),
            ("Total", 2024, 6.2, "TWD 100 million", "actual"),
            ("Total", 2025, 7.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.2 / 5.0) ** (1 / 1) - 1 = 24.00% -> 24.0
            # (7.8 / 6.2) ** (1 / 1) - 1 = 25.81% -> 25.8, not 26.5; bounds 7.75 / 6.25 - 1 = 24.00%,
            # 7.85 / 6.15 - 1 = 27.64% -> 26.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong 施政報告-style paragraph (Traditional, 億港元, 約): 2024 and 2027 with 年均增長約20% (span only from
    #     the amounts' years: inferred); AI名錶鑑定's 2024 part with a 41% share reached by no reading. Expected
    #     nowhere: the paragraph number 128, the 950億港元 of jewellery and watch exports, the 5億港元 set aside.
    dict(
        text=(
            "《二〇二五年施政報告》（節錄）\n"
            "128. 香港是全球主要的珠寶及鐘錶貿易樞紐，2024年珠寶及鐘錶出口總值約950億港元。人工智能正改變這個行業："
            "業界估計，本港鑽石及寶石AI評級、名錶AI鑑定和二手奢侈品AI定價的市場規模，由2024年約8.6億港元增至2027年約"
            "15億港元，年均增長約20%。2024年的市場規模中，AI名錶鑑定約3.2億港元，佔約41%。政府會在創新及科技基金下預留"
            "5億港元，支持業界應用AI鑑定及區塊鏈溯源技術，並吸引更多國際拍賣行來港。"
        ),
        obs=[
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("Total", 2027, 15, "HKD 100 million", "estimate"),
            ("AI名錶鑑定", 2024, 3.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15 / 8.6) ** (1 / 3) - 1 = 20.37% -> 20
            # 3.2 / 8.6 = 37.21% -> 37, not 41; bounds 3.15 / 8.65 = 36.42%, 3.25 / 8.55 = 38.01% -> 41 reached by
            # no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 15. 小红书-style note (Simplified) with emojis, hashtags and a colloquial "3.5个亿" beside the report's exact
    #     3.52亿元 (the exact one expected), 今年 (2025, estimate) 4.6亿元 and 同比涨31%. Expected nowhere: the
    #     29,999元 ring price, the 12 stores, the 80% of commenters (a survey-like answer), the post's date.
    dict(
        text=(
            "💍姐妹们！AI试戴真的卷起来了‼️\n"
            "刚刷到一份行业报告：国内珠宝+眼镜的AI虚拟试戴市场，去年就有3.5个亿（报告原文是3.52亿元），今年预计冲到"
            "4.6亿元，同比涨31%🔥 我自己试了三家，戒指尺寸识别最准的那家，一枚1克拉钻戒标价29,999元😅 线下门店也才开了"
            "12家。评论区说80%的人试完还是要去柜台摸一摸，你们呢？\n"
            "#AI试戴 #珠宝 #小众宝藏\n"
            "编辑于 2025-03-12 上海"
        ),
        obs=[
            ("Total", 2024, 3.52, "CNY 100 million", "actual"),
            ("Total", 2025, 4.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.52) ** (1 / 1) - 1 = 30.68% -> 31
        ],
    ),
    # 16. CSV pasted as text (North America, USD million) in long, tidy form, "year,segment,value_usd_m", one row a
    #     line, with a Total segment each year whose values carry a thousands separator and are quoted; 2025 values
    #     are forecasts; the segments add to the Total both years. Expected nowhere: the appendix number, the 18.2
    #     million items authenticated, the $54 billion of resale GMV, the Q4 2024 value of 341.7.
    dict(
        text=(
            "Data appendix A3, copied as CSV (North America, AI authentication of pre-owned luxury; 2025 values are "
            "forecasts)\n"
            "year,segment,value_usd_m\n"
            "2024,Handbags,512.6\n"
            "2024,Watches,437.9\n"
            "2024,Sneakers,233.4\n"
            "2024,Total,\"1,183.9\"\n"
            "2025,Handbags,618.0\n"
            "2025,Watches,529.3\n"
            "2025,Sneakers,271.5\n"
            "2025,Total,\"1,418.8\"\n"
            "Values are vendor revenue from AI checks on handbags, watches and sneakers sold through resale platforms "
            "and consignment stores in the US and Canada. They exclude the 18.2 million items authenticated in 2024 "
            "and resale GMV of about $54 billion; Q4 2024 alone was 341.7. Source: Ridgemont Resale Analytics."
        ),
        obs=[
            ("Handbags", 2024, 512.6, "USD million", "actual"),
            ("Watches", 2024, 437.9, "USD million", "actual"),
            ("Sneakers", 2024, 233.4, "USD million", "actual"),
            ("Total", 2024, 1183.9, "USD million", "actual"),
            ("Handbags", 2025, 618.0, "USD million", "estimate"),
            ("Watches", 2025, 529.3, "USD million", "estimate"),
            ("Sneakers", 2025, 271.5, "USD million", "estimate"),
            ("Total", 2025, 1418.8, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 512.6 + 437.9 + 233.4 = 1,183.9
            ("hierarchy", "exact"),  # 2025: 618.0 + 529.3 + 271.5 = 1,418.8
        ],
    ),
    # 17. Markdown table (Antwerp and Dubai, USD bn) whose first header row spans the years with one title cell
    #     ("Market size (USD bn)") and whose second row holds 2023, 2024, 2025E; two stone types and a Total: 2023
    #     and 2024 add exactly, 2025E only by rounding. Expected nowhere: the exhibit number, the source's date, the
    #     USD 41bn of polished diamonds traded, the 9.8 million stones graded, the USD 65 per carat fee.
    dict(
        text=(
            "Exhibit 4. AI diamond and gemstone grading in Antwerp and Dubai, by stone type\n"
            "| Stone type | Market size (USD bn) | | |\n"
            "|---|---|---|---|\n"
            "| | 2023 | 2024 | 2025E |\n"
            "| Diamonds | 0.38 | 0.46 | 0.57 |\n"
            "| Coloured gemstones | 0.09 | 0.12 | 0.15 |\n"
            "| Total | 0.47 | 0.58 | 0.73 |\n"
            "Source: Scheldt & Gulf Gem Research, March 2025. The two hubs traded about USD 41bn of polished diamonds "
            "in 2024 and graded 9.8 million stones; Antwerp's grading fees average USD 65 per carat."
        ),
        obs=[
            ("Diamonds", 2023, 0.38, "USD billion", "actual"),
            ("Diamonds", 2024, 0.46, "USD billion", "actual"),
            ("Diamonds", 2025, 0.57, "USD billion", "estimate"),
            ("Coloured gemstones", 2023, 0.09, "USD billion", "actual"),
            ("Coloured gemstones", 2024, 0.12, "USD billion", "actual"),
            ("Coloured gemstones", 2025, 0.15, "USD billion", "estimate"),
            ("Total", 2023, 0.47, "USD billion", "actual"),
            ("Total", 2024, 0.58, "USD billion", "actual"),
            ("Total", 2025, 0.73, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 0.38 + 0.09 = 0.47
            ("hierarchy", "exact"),  # 2024: 0.46 + 0.12 = 0.58
            # 2025E: 0.57 + 0.15 = 0.72, not 0.73; parts at most 0.575 + 0.155 = 0.73 and the total at least 0.725 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Markdown table (Japan, ¥ billion) with years as columns "2024 | 2025F | 2030F", applications as rows, a Total
    #     row and a "Share 2030" column: rows add to the Total every year; two shares exact, the clienteling row's
    #     27.3% reached by no reading (24.3 mistyped); the Total's 100% is no claim. Expected nowhere: the source's
    #     date, the ¥2.6 trillion of personal luxury sales, the 1.3 million watches exported, the 5,400 boutiques.
    dict(
        text=(
            "Japan: AI in luxury retail by application, ¥ billion (F = forecast)\n"
            "| Application | 2024 | 2025F | 2030F | Share 2030 |\n"
            "|---|---|---|---|---|\n"
            "| Virtual try-on (rings, watches, eyewear) | 8.4 | 10.6 | 24.1 | 34.0% |\n"
            "| AI authentication and resale pricing | 11.2 | 13.9 | 29.5 | 41.7% |\n"
            "| Clienteling and demand forecasting | 6.3 | 7.8 | 17.2 | 27.3% |\n"
            "| Total | 25.9 | 32.3 | 70.8 | 100% |\n"
            "Source: Marunouchi Luxury Research, May 2025. Excludes ¥2.6 trillion of domestic personal luxury sales "
            "and the 1.3 million watches exported in 2024; about 5,400 luxury boutiques trade in Japan."
        ),
        obs=[
            ("Virtual try-on (rings, watches, eyewear)", 2024, 8.4, "JPY billion", "actual"),
            ("Virtual try-on (rings, watches, eyewear)", 2025, 10.6, "JPY billion", "estimate"),
            ("Virtual try-on (rings, watches, eyewear)", 2030, 24.1, "JPY billion", "estimate"),
            ("AI authentication and resale pricing", 2024, 11.2, "JPY billion", "actual"),
            ("AI authentication and resale pricing", 2025, 13.9, "JPY billion", "estimate"),
            ("AI authentication and resale pricing", 2030, 29.5, "JPY billion", "estimate"),
            ("Clienteling and demand forecasting", 2024, 6.3, "JPY billion", "actual"),
            ("Clienteling and demand forecasting", 2025, 7.8, "JPY billion", "estimate"),
            ("Clienteling and demand forecasting", 2030, 17.2, "JPY billion", "estimate"),
            ("Total", 2024, 25.9, "JPY billion", "actual"),
            ("Total", 2025, 32.3, "JPY billion", "estimate"),
            ("Total", 2030, 70.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 34.0, "percent", 2030, 2030, None),
            ("share", 41.7, "percent", 2030, 2030, None),
            ("share", 27.3, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 24.1 / 70.8 = 34.04% -> 34.0
            ("arithmetic", "exact"),  # 29.5 / 70.8 = 41.67% -> 41.7
            # 17.2 / 70.8 = 24.29% -> 24.3, not 27.3; bounds 17.15 / 70.85 = 24.21%, 17.25 / 70.75 = 24.38% -> 27.3
            # reached by no reading
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 8.4 + 11.2 + 6.3 = 25.9
            ("hierarchy", "exact"),  # 2025F: 10.6 + 13.9 + 7.8 = 32.3
            ("hierarchy", "exact"),  # 2030F: 24.1 + 29.5 + 17.2 = 70.8
        ],
    ),
    # 19. Chinese markdown table (Simplified, 亿元) whose rows are years (年份), with a lone 市场规模（亿元） column (the
    #     market's Total) and a 增速 column whose 2021 cell is "-": four YoY rates, 2024's 30.1% only by rounding,
    #     2025E's 36.8% by no reading. Expected nowhere: the table number, the 2,900亿元 of platform transactions, the
    #     12% AI pricing penetration rate.
    dict(
        text=(
            "表3：中国二手奢侈品平台AI定价市场规模及增速\n"
            "| 年份 | 市场规模（亿元） | 增速 |\n"
            "|---|---|---|\n"
            "| 2021 | 4.6 | - |\n"
            "| 2022 | 5.9 | 28.3% |\n"
            "| 2023 | 7.8 | 32.2% |\n"
            "| 2024 | 10.1 | 30.1% |\n"
            "| 2025E | 13.4 | 36.8% |\n"
            "资料来源：澄明研究院。注：E为预测值；2021年无可比口径，故不计增速。2024年二手奢侈品平台交易额约2,900亿元，"
            "AI定价渗透率约12%。"
        ),
        obs=[
            ("Total", 2021, 4.6, "CNY 100 million", "actual"),
            ("Total", 2022, 5.9, "CNY 100 million", "actual"),
            ("Total", 2023, 7.8, "CNY 100 million", "actual"),
            ("Total", 2024, 10.1, "CNY 100 million", "actual"),
            ("Total", 2025, 13.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2021, 2022, 1.0),
            ("growth", 32.2, "percent", 2022, 2023, 1.0),
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("growth", 36.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.9 / 4.6) ** (1 / 1) - 1 = 28.26% -> 28.3
            ("cagr|implied", "exact"),  # (7.8 / 5.9) ** (1 / 1) - 1 = 32.20% -> 32.2
            # (10.1 / 7.8) ** (1 / 1) - 1 = 29.49% -> 29.5, not 30.1; bounds 10.05 / 7.85 - 1 = 28.03%,
            # 10.15 / 7.75 - 1 = 30.97% -> 30.1 reached only by some reading
            ("cagr|implied", "rounding"),
            # (13.4 / 10.1) ** (1 / 1) - 1 = 32.67% -> 32.7, not 36.8; bounds 13.35 / 10.15 - 1 = 31.53%,
            # 13.45 / 10.05 - 1 = 33.83% -> 36.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣百萬元, TWD million) with 項目 rows, a 合計 row (its
    #     label the total's item) and 2023年 / 2024年 / 年增減 / 年增率 columns: four YoY rates, the try-on row's 32.3%
    #     reached by no reading (22.3 mistyped); rows add to 合計 both years. Expected nowhere: the table number, the
    #     年增減 differences (money differences), the 新台幣386億元 of watch imports.
    dict(
        text=(
            "表5 臺灣精品與珠寶鐘錶AI應用市場規模\n"
            "單位：新台幣百萬元\n"
            "項目\t2023年\t2024年\t年增減\t年增率\n"
            "AI名錶鑑定\t182.4\t231.6\t49.2\t27.0%\n"
            "AI鑽石與寶石分級\t96.5\t118.3\t21.8\t22.6%\n"
            "AI虛擬試戴\t64.7\t79.1\t14.4\t32.3%\n"
            "合計\t343.6\t429.0\t85.4\t24.9%\n"
            "資料來源：臺灣珠寶鐘錶科技協會；不含鐘錶進口值（2024年約新台幣386億元）及黃金飾品銷售。"
        ),
        obs=[
            ("AI名錶鑑定", 2023, 182.4, "TWD million", "actual"),
            ("AI名錶鑑定", 2024, 231.6, "TWD million", "actual"),
            ("AI鑽石與寶石分級", 2023, 96.5, "TWD million", "actual"),
            ("AI鑽石與寶石分級", 2024, 118.3, "TWD million", "actual"),
            ("AI虛擬試戴", 2023, 64.7, "TWD million", "actual"),
            ("AI虛擬試戴", 2024, 79.1, "TWD million", "actual"),
            ("合計", 2023, 343.6, "TWD million", "actual"),
            ("合計", 2024, 429.0, "TWD million", "actual"),
        ],
        claims=[
            ("growth", 27.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (231.6 / 182.4) ** (1 / 1) - 1 = 26.97% -> 27.0
            ("cagr|implied", "exact"),  # (118.3 / 96.5) ** (1 / 1) - 1 = 22.59% -> 22.6
            # (79.1 / 64.7) ** (1 / 1) - 1 = 22.26% -> 22.3, not 32.3; bounds 79.05 / 64.75 - 1 = 22.08%,
            # 79.15 / 64.65 - 1 = 22.43% -> 32.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (429.0 / 343.6) ** (1 / 1) - 1 = 24.85% -> 24.9
            ("hierarchy", "exact"),  # 2023年: 182.4 + 96.5 + 64.7 = 343.6
            ("hierarchy", "exact"),  # 2024年: 231.6 + 118.3 + 79.1 = 429.0
        ],
    ),
    # 21. UK regulator's consultation paper in numbered paragraphs (4.12-4.14, responses due November 2025): 2023 and
    #     2024 spend with a YoY rate, handbags' part with its share, a 2028 expectation (estimate). Expected nowhere:
    #     the paper's, chapter's and paragraphs' numbers, the £4.2 billion second-hand luxury market, the 1.9 million
    #     items, the £2,350 average handbag price, the response date.
    dict(
        text=(
            "Office for Consumer Markets Oversight\n"
            "Consultation Paper CP25/09: Authentication claims in the pre-owned luxury market\n"
            "Chapter 4: Market context\n"
            "4.12 Our market study estimates that UK consumers, dealers and resale platforms spent £86 million on "
            "AI-assisted authentication of pre-owned handbags, watches, trainers and fine jewellery in 2024, up 21% "
            "from £71 million in 2023.\n"
            "4.13 Handbags were the largest category, at £38 million or 44% of that spend. The services sit inside a "
            "second-hand luxury market we put at about £4.2 billion, in which roughly 1.9 million items changed hands "
            "last year; the average handbag sold on the platforms we examined fetched £2,350.\n"
            "4.14 Firms told us they expect AI authentication spending to reach £190 million by 2028. We would welcome "
            "views on whether providers should publish their models' error rates. Please respond by 14 November 2025."
        ),
        obs=[
            ("Total", 2023, 71, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Handbags", 2024, 38, "GBP million", "actual"),
            ("Total", 2028, 190, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 71) ** (1 / 1) - 1 = 21.13% -> 21
            ("arithmetic", "exact"),  # 38 / 86 = 44.19% -> 44
        ],
    ),
    # 22. Resale start-up's Series B deck, speaker notes as bullets with arrows: the global market 2024 -> 2030 with a
    #     CAGR (span printed: stated), exact; watches "$360m → $1.2bn" (the series keeps USD million, so 2030 is 1200)
    #     with a CAGR that holds only by rounding. Expected nowhere: the slide numbers, the ~$48bn pre-owned luxury
    #     market, the 710k items authenticated, the $11.6m ARR, the $32m round and its $240m pre-money valuation.
    dict(
        text=(
            "Ravelle Labs, Series B deck, speaker notes\n"
            "Slide 7 (Market)\n"
            "- Say it plainly: pre-owned luxury is still priced and authenticated by eye, and AI is taking over.\n"
            "- Global AI authentication and pricing for luxury resale, per Harrowgate Advisory: 2024: $1.46bn → 2030: "
            "$4.1bn (CAGR 19%).\n"
            "- Our wedge is watches: 2024: $360m → 2030: $1.2bn (CAGR 21%).\n"
            "- Context only, don't linger on it: the pre-owned luxury market itself is ~$48bn.\n"
            "Slide 8 (Traction)\n"
            "- 710k items authenticated last year, $11.6m ARR, and every one of them priced by the model.\n"
            "- The ask: $32m at a $240m pre-money valuation. Pause for questions before moving on."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
            ("Watches", 2024, 360, "USD million", "actual"),
            ("Watches", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.46) ** (1 / 6) - 1 = 18.78% -> 19
            # (1200 / 360) ** (1 / 6) - 1 = 22.22% -> 22, not 21; $1.2bn is printed to 0.1bn (100 million), bounds
            # (1150 / 360.5) ** (1/6) - 1 = 21.33%, (1250 / 359.5) ** (1/6) - 1 = 23.08% -> 21 reached only by some
            # reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Virtual try-on vendor's blog post (January 2025) describing a chart, "Figure 2: ... (USD million)", its bar
    #     values then given in the text without unit: five years (2025 a forecast), a YoY rate, a CAGR with its span
    #     printed, eyewear's part with its share. Expected nowhere: the figure number, the post's date, the 3.4
    #     million try-on sessions, the 2.3 times conversion, the company's €7.9 million revenue.
    dict(
        text=(
            "Lumiselle blog / Data notes, 21 January 2025\n"
            "What the try-on numbers say\n"
            "Figure 2: Spending by jewellery, watch and eyewear brands on AI virtual try-on, Europe, 2021-2025 (USD "
            "million)\n"
            "Read the bars in Figure 2 from left to right and they never dip: 54 in 2021, 78 in 2022, 109 in 2023 and "
            "151 in 2024, with our forecast bar for 2025 at 204. Growth was 38.5% in 2024 alone, and over 2021-2024 "
            "the compound rate works out at 41% a year. Eyewear is the biggest slice, at 62 of last year's 151, or 41%, "
            "ahead of rings and watches. Our own customers ran 3.4 million try-on sessions in 2024, and shoppers who "
            "used try-on converted 2.3 times as often as those who did not. We closed the year with revenue of €7.9 "
            "million, and we will publish the full dataset next month."
        ),
        obs=[
            ("Total", 2021, 54, "USD million", "actual"),
            ("Total", 2022, 78, "USD million", "actual"),
            ("Total", 2023, 109, "USD million", "actual"),
            ("Total", 2024, 151, "USD million", "actual"),
            ("Eyewear", 2024, 62, "USD million", "actual"),
            ("Total", 2025, 204, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
            ("cagr", 41, "percent", 2021, 2024, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (151 / 109) ** (1 / 1) - 1 = 38.53% -> 38.5
            ("cagr|implied", "exact"),  # (151 / 54) ** (1 / 3) - 1 = 40.88% -> 41
            ("arithmetic", "exact"),  # 62 / 151 = 41.06% -> 41
        ],
    ),
    # 24. Antwerp grant call (reference, deadline September 2025) citing the European market as background: 2024 and
    #     2029 with a CAGR whose span is printed; Belgium's part with its share. Expected nowhere: the call reference,
    #     the 84% of rough diamonds passing through Antwerp (no share of the market), the €2.4 million call budget,
    #     the €600,000 cap, the deadline.
    dict(
        text=(
            "Call for proposals ref. AGIF-2025-03\n"
            "Antwerp Gem Innovation Fund: AI grading of coloured gemstones\n"
            "Background. AI systems that grade diamonds and coloured gemstones from images and spectra are a "
            "fast-growing market. Scheldt Gem Economics estimates European spending on them at €118 million in 2024, "
            "rising to €265 million by 2029, a compound annual growth rate of 17.6% over 2024-2029. Belgian "
            "laboratories and traders accounted for €31 million, or 26%, of the 2024 total. Roughly 84% of the "
            "world's rough diamonds still pass through Antwerp, yet coloured stones are mostly graded by hand.\n"
            "Budget and conditions. The total budget of this call is €2.4 million; grants are capped at €600,000 per "
            "project. Consortia must include at least one grading laboratory. "
            "Proposals must be submitted by 30 September 2025."
        ),
        obs=[
            ("Total", 2024, 118, "EUR million", "actual"),
            ("Belgian laboratories and traders", 2024, 31, "EUR million", "actual"),
            ("Total", 2029, 265, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2029, None, "stated"),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 118) ** (1 / 5) - 1 = 17.56% -> 17.6
            ("arithmetic", "exact"),  # 31 / 118 = 26.27% -> 26
        ],
    ),
    # 25. Newspaper op-ed (March 2025) with amounts and rates in words: last year's (2024) and the year before's
    #     (2023) spend with a YoY rate, "approach one billion dollars by 2030" (approximate, at its printed figure,
    #     in the series' USD million). Expected nowhere: the byline date, "roughly a fifth" (a fraction in words), the
    #     fifty billion dollar resale trade, the nine thousand dollar fake watch, "one in three buyers" (a poll).
    dict(
        text=(
            "Opinion: A machine says your Rolex is real. Who checks the machine?\n"
            "By Theo Marchetti, 4 March 2025\n"
            "Americans spent about three hundred and fourteen million dollars last year on artificial-intelligence "
            "services that authenticate secondhand watches, handbags and sneakers, according to the resale analysts at "
            "Corbel Street Research. That was twelve per cent more than the two hundred and eighty million dollars "
            "spent the year before, and Corbel expects the figure to approach one billion dollars by 2030. Sneakers make "
            "up roughly a fifth of it. The resale trade these tools police is worth something like fifty billion "
            "dollars, and a convincing fake dive watch still changes hands for nine thousand dollars. One in three "
            "buyers in a recent poll said they trust a digital certificate more than a jeweller. I spent my working "
            "life behind a jeweller's counter, and I do not."
        ),
        obs=[
            ("Total", 2023, 280, "USD million", "actual"),
            ("Total", 2024, 314, "USD million", "actual"),
            ("Total", 2030, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (314 / 280) ** (1 / 1) - 1 = 12.14% -> 12
        ],
    ),
    # 26. Trade wire market update (June 2025) with a correction notice: the corrected $1.2 billion is 2024's figure
    #     and the earlier $1.4 billion is expected nowhere; a YoY rate that holds only by rounding; handbags' share
    #     with no amount printed (no verdict); a 2029 forecast. Expected nowhere: the dateline, the $1,840 average
    #     selling price, the first quarter's 31%, Velmont's $310 million revenue.
    dict(
        text=(
            "Market update: AI pricing engines for luxury resale\n"
            "Gemline Trade Wire, 9 June 2025\n"
            "Luxury resale platforms spent $1.2 billion in 2024 on AI engines that price pre-owned bags, watches and "
            "jewellery, up 25% from $0.97 billion a year earlier, according to Fenwick Hale Advisory. Handbags "
            "accounted for 38% of last year's spend. Fenwick Hale sees the market reaching $2.9 billion in 2029. The "
            "spending is growing faster than resale prices: the average selling price on the five largest platforms "
            "was $1,840 at the end of March, while first-quarter spending on pricing engines rose 31% on the year. One platform, Velmont, reported revenue of $310 million for 2024.\n"
            "Correction: an earlier version of this article said the market was worth $1.4 billion in 2024; the "
            "figure is $1.2 billion."
        ),
        obs=[
            ("Total", 2023, 0.97, "USD billion", "actual"),
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2029, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1.2 / 0.97) ** (1 / 1) - 1 = 23.71% -> 24, not 25; bounds (1.15 / 0.975) - 1 = 17.95%,
            # (1.25 / 0.965) - 1 = 29.53% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Academic abstract citing a market figure with an author-year reference: 2022 and a 2028 projection (the
    #     series keeps USD million, so 1050) with a CAGR to one decimal whose span only the amounts' years give
    #     (inferred); it holds only by rounding.
    #     Expected nowhere: the reference's year, the 1,240 stones, Cohen's κ of 0.86 and its 95% CI, the 3.4% and
    #     5.1% misgrading rates, the p-value.
    dict(
        text=(
            "Abstract\n"
            "Background: Automated grading of diamonds and coloured gemstones has moved from laboratory prototypes to "
            "commercial service; the global market for AI-based gem grading was valued at US$412 million in 2022 and "
            "is projected to reach US$1.05 billion by 2028, a compound annual growth rate of 17.0% (Moreau et al., "
            "2023). Methods: We compared a convolutional grading model with certified graders on 1,240 natural and "
            "laboratory-grown stones from laboratories in Antwerp, Mumbai and Ramat Gan. Results: Agreement on colour "
            "grade was high (Cohen's κ = 0.86, 95% CI 0.81-0.90), and the model misgraded clarity in 3.4% of stones, "
            "against 5.1% for human graders (p < 0.001). Conclusions: AI grading matches certified graders on colour "
            "and beats them on clarity, but market forecasts should not be read as evidence of accuracy."
        ),
        obs=[
            ("Total", 2022, 412, "USD million", "actual"),
            ("Total", 2028, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2022, 2028, None, "inferred"),
        ],
        verdicts=[
            # (1050 / 412) ** (1 / 6) - 1 = 16.87% -> 16.9, not 17.0; US$1.05 billion is printed to 10 million,
            # bounds (1045 / 412.5) ** (1/6) - 1 = 16.76%, (1055 / 411.5) ** (1/6) - 1 = 16.99% -> 17.0 reached only
            # by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 28. Canadian trade council's news release (Toronto, February 2025) in C$ with one figure also in US dollars in
    #     parentheses: the North American market it cites in US dollars (the first market named, the Total), 2023,
    #     2024 and a 2030 forecast, a YoY rate and "a compound annual rate of about 16%" whose span only the amounts'
    #     years give (inferred), reached by no reading. Expected nowhere: the C$64 million Canadian spend (Canadian
    #     dollars are not in the unit table) and its US$45 million conversion, the C$3.9 billion of jewellery sales,
    #     the C$5 million programme, the 310 stores.
    dict(
        text=(
            "Canadian Jewellery Technology Council\n"
            "NEWS RELEASE, TORONTO, February 18, 2025\n"
            "Canada's jewellers take AI authentication mainstream\n"
            "The North American market for AI authentication, diamond grading and resale pricing in jewellery and "
            "watches reached US$1.18 billion in 2024, up 19% from US$0.99 billion in 2023, and is forecast to hit "
            "US$2.7 billion by 2030, a compound annual rate of about 16%, according to Kestrel Bay Research. Canadian "
            "jewellers, pawnbrokers and resale platforms spent C$64 million (US$45 million) on such tools last year, "
            "the Council's own survey found, against total Canadian jewellery sales of about C$3.9 billion. "
            "\"Customers want proof, not promises,\" said Council chair Danielle Ouimet. Ottawa's C$5 million "
            "digital-adoption programme for small retailers has already helped 310 stores put the tools to work."
        ),
        obs=[
            ("Total", 2023, 0.99, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2030, 2.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.18 / 0.99) ** (1 / 1) - 1 = 19.19% -> 19
            # (2.7 / 1.18) ** (1 / 6) - 1 = 14.79% -> 15, not 16; bounds (2.65 / 1.185) ** (1/6) - 1 = 14.35%,
            # (2.75 / 1.175) ** (1/6) - 1 = 15.23% -> 16 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 29. 证券时报-style interview (Simplified, August 2025), lines opening 记者： and 答：: the interviewee sizes the
    #     market in 亿元 for 2023 and 2024 with a YoY rate, 箱包鉴定's part with its share, a 2027 forecast (约, at its
    #     printed figure) with a 年均复合增速 whose span only the amounts' years give (inferred). Expected nowhere: the
    #     dateline, the 420万件 items authenticated, the company's 3.1亿元 revenue, the first half's 40%, the 52% margin.
    dict(
        text=(
            "证券时报记者 沈知远（2025年8月12日）\n"
            "二手奢侈品交易火热，AI鉴定能否接住这波流量？记者日前专访了鉴真科技研究院院长周启明。\n"
            "记者：国内二手奢侈品AI鉴定与估价这个赛道现在有多大？\n"
            "答：按我们的测算，2024年市场规模约23.6亿元，比2023年的17.9亿元增长31.8%。其中箱包鉴定是大头，约11.2亿元，"
            "占比47%。\n"
            "记者：未来几年怎么看？\n"
            "答：我们预计2027年能到48亿元左右，年均复合增速在27%上下。\n"
            "记者：公司自身的业务情况呢？\n"
            "答：去年我们鉴定了约420万件商品，营收3.1亿元；今年上半年营收同比增长40%，毛利率大约52%。"
        ),
        obs=[
            ("Total", 2023, 17.9, "CNY 100 million", "actual"),
            ("Total", 2024, 23.6, "CNY 100 million", "actual"),
            ("箱包鉴定", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2027, 48, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("share", 47, "percent", 2024, 2024, None),
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.6 / 17.9) ** (1 / 1) - 1 = 31.84% -> 31.8
            ("arithmetic", "exact"),  # 11.2 / 23.6 = 47.46% -> 47
            ("cagr|period", "exact"),  # (48 / 23.6) ** (1 / 3) - 1 = 26.70% -> 27
        ],
    ),
    # 30. 行业白皮书 (Simplified) under 第二章 市场规模, "市场规模（2024年）：86.4亿元" before the text: 2023 and 2024 with a
    #     YoY rate, 钻石AI分级's part with a share (51.0%) reached by no reading, a 2028 forecast. Expected nowhere: the
    #     title's year, the chapter and section numbers, the 8,200亿元 of jewellery retail sales, the 1,200万克拉 of
    #     rough lab-grown diamonds, the 550元 gold price per gram.
    dict(
        text=(
            "中国珠宝玉石AI应用发展白皮书（2025）\n"
            "第二章 市场规模\n"
            "2.1 总体规模与结构\n"
            "市场规模（2024年）：86.4亿元\n"
            "据本白皮书编写组测算，2024年我国珠宝钻石AI分级检测与智能定价市场规模为86.4亿元，较2023年的70.2亿元增长"
            "23.1%。从结构看，钻石AI分级为第一大细分领域，规模41.5亿元，占比51.0%；彩色宝石与翡翠AI鉴定、智能定价系统"
            "紧随其后。预计到2028年，市场规模将达到195亿元。作为参照，2024年全国珠宝首饰零售额约8,200亿元，培育钻石毛坯"
            "产量约1,200万克拉，黄金年均价约每克550元。"
        ),
        obs=[
            ("Total", 2023, 70.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("钻石AI分级", 2024, 41.5, "CNY 100 million", "actual"),
            ("Total", 2028, 195, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 51.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 70.2) ** (1 / 1) - 1 = 23.08% -> 23.1
            # 41.5 / 86.4 = 48.03% -> 48.0, not 51.0; bounds 41.45 / 86.45 = 47.95%, 41.55 / 86.35 = 48.12% -> 51.0
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 31. Short-video 口播稿 (Simplified, recorded May 2025) with colloquial figures beside exact ones: 2023 and 2024
    #     with a YoY rate; this year's (2025, an estimate) "差不多七十个亿" at its printed 70 and "翻快一倍" (nearly
    #     doubling, x2 from 2024). Expected nowhere: the 30秒, the 3000多单 orders, the 九千九 ticket, the 780块 gold
    #     price per gram, 六成 of young buyers (a survey, in words).
    dict(
        text=(
            "【口播稿】30秒看懂AI试戴（2025年5月录制）\n"
            "（镜头推近，手上戴着三枚戒指）\n"
            "家人们，你们在手机上试戴过戒指、手表吗？我跟你说，这门生意现在可不小！2024年国内AI虚拟试戴市场，戒指、手表、"
            "眼镜全算上，规模是37.2亿元，2023年才21.5亿元，一年涨了73%。今年呢，机构说还能翻快一倍，差不多七十个亿！\n"
            "（切画面：直播间截图）\n"
            "你看这个直播间，一晚上卖了3000多单，客单价九千九。现在金价都冲到每克780块了，能先试再买，谁不愿意？据说六成"
            "年轻人买首饰前都会先试戴。\n"
            "好，记得点赞关注，我们下期见！"
        ),
        obs=[
            ("Total", 2023, 21.5, "CNY 100 million", "actual"),
            ("Total", 2024, 37.2, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 73, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (37.2 / 21.5) ** (1 / 1) - 1 = 73.02% -> 73
        ],
    ),
    # 32. District 统计公报 extract (Simplified, for 2024): 全年 AI spend with 比上年增长 (no 2023 amount printed: no
    #     verdict), a part with its own 增长 and its share of the whole. Expected nowhere: the section number, the 1,086
    #     firms, the 2,143.7亿元 industry revenue and its 4.2%, the 610吨 of gold jewellery, the 3,420 stores.
    dict(
        text=(
            "深圳市罗湖区2024年珠宝产业发展统计公报（节选）\n"
            "三、数字化与人工智能应用\n"
            "全年珠宝首饰企业在AI设计、智能鉴定与分级、需求预测等人工智能应用上的投入12.64亿元，比上年增长18.6%。其中，"
            "智能鉴定与分级投入5.08亿元，增长22.4%，占全部AI投入的40.2%。\n"
            "全年规模以上珠宝首饰企业1,086家，实现营业收入2,143.7亿元，比上年增长4.2%。黄金首饰加工量约610吨；年末全区"
            "珠宝门店3,420家。\n"
            "注：本公报部分数据为初步统计数。"
        ),
        obs=[
            ("Total", 2024, 12.64, "CNY 100 million", "actual"),
            ("智能鉴定与分级", 2024, 5.08, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 40.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.08 / 12.64 = 40.19% -> 40.2
        ],
    ),
    # 33. Taiwan research institute's release (Traditional, March 2025) in 新台幣億元: 2024 and a 2029 forecast (預估)
    #     with a 年複合成長率 (span printed) that holds only by rounding; a headline "成長逾1.5倍" (增长N倍 keeps its
    #     printed 1.5); a part. Expected nowhere: the release date, the 2,380億元 of luxury retail sales, the 1,150
    #     boutiques, the 23% adoption (a penetration rate), the 62% of respondents.
    dict(
        text=(
            "台灣產業經濟研究院新聞稿　2025年3月12日\n"
            "AI帶動精品與珠寶業精準經營　市場5年將成長逾1.5倍\n"
            "台經產研今（12）日發布研究指出，台灣精品、珠寶與鐘錶業者導入AI需求預測與顧客經營（clienteling）系統的市場"
            "規模，2024年為新台幣18.6億元，預估2029年將達新台幣47.0億元，2024至2029年年複合成長率為20.5%。其中AI需求"
            "預測系統2024年規模為7.9億元。研究團隊指出，國內精品零售總額約新台幣2,380億元，全台約1,150家精品門市中，已"
            "導入AI顧客經營系統者約23%；受訪業者有62%表示將於兩年內增加相關預算。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI需求預測系統", 2024, 7.9, "TWD 100 million", "actual"),
            ("Total", 2029, 47.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("multiple", 1.5, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # (47.0 / 18.6) ** (1 / 5) - 1 = 20.37% -> 20.4, not 20.5; bounds (46.95 / 18.65) ** (1/5) - 1 = 20.28%,
            # (47.05 / 18.55) ** (1/5) - 1 = 20.46% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Hong Kong broker note (Traditional, April 2025) in 億港元 with 按年升: 2023, 2024 and a 2025 forecast (料); the
    #     2024 按年升25% is reached by no reading, the 2025 22% is exact. Expected nowhere: the note's date, the first
    #     quarter's 11% fall in jewellery and watch retail sales, the US$3,300 gold price, the rating and its 15.8港元
    #     target price, the group's 186億港元 revenue.
    dict(
        text=(
            "盛峰證券（香港）行業速評　2025年4月22日\n"
            "珠寶鐘錶：轉售平台AI定價需求強勁\n"
            "我們估計，2024年香港奢侈品轉售平台的AI定價及鑑定服務市場規模為9.8億港元，按年升25%（2023年：7.6億港元）；"
            "2025年料按年升22%至12.0億港元，主要受惠於名錶及手袋寄賣量回升。不過，首季本港珠寶鐘錶零售額按年跌11%，金價"
            "亦處於每盎司3,300美元的高位，短期或抑制新品消費。我們維持對恒耀珠寶集團的「買入」評級，目標價15.8港元；該"
            "集團2024財年收益為186億港元。"
        ),
        obs=[
            ("Total", 2023, 7.6, "HKD 100 million", "actual"),
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("Total", 2025, 12.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (9.8 / 7.6) ** (1 / 1) - 1 = 28.95% -> 29, not 25; bounds 9.75 / 7.65 - 1 = 27.45%, 9.85 / 7.55 - 1 =
            # 30.46% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (12.0 / 9.8) ** (1 / 1) - 1 = 22.45% -> 22
        ],
    ),
    # 35. Hong Kong IPO prospectus (Traditional, 招股書) industry overview citing a consultancy: mainland 億元 (yuan)
    #     由2019年…增至2024年… with its 複合年增長率 (exact) and a 2029 forecast whose 2024-2029 rate holds only by
    #     rounding. Expected nowhere: the 2,180億元 and 4,050億元 of total second-hand luxury transactions, the group's
    #     2,310萬件 items authenticated and 5.2億元 revenue, the 68萬元 report fee.
    dict(
        text=(
            "行業概覽\n"
            "本節所載資料摘錄自我們委託獨立行業顧問卓遠諮詢編製的報告。中國二手奢侈品AI鑑定市場規模由2019年的4.2億元增至"
            "2024年的19.6億元，複合年增長率為36.1%，並預期將於2029年達到58.4億元，2024年至2029年的複合年增長率為24.5%。"
            "同期，中國二手奢侈品交易總額預期由2024年的2,180億元增至2029年的4,050億元。往績記錄期間，本集團累計完成鑑定"
            "約2,310萬件，於2024年的收益為人民幣5.2億元。本招股書所載卓遠諮詢報告的費用為人民幣68萬元。"
        ),
        obs=[
            ("Total", 2019, 4.2, "CNY 100 million", "actual"),
            ("Total", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2029, 58.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.1, "percent", 2019, 2024, None, "stated"),
            ("cagr", 24.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.6 / 4.2) ** (1 / 5) - 1 = 36.08% -> 36.1
            # (58.4 / 19.6) ** (1 / 5) - 1 = 24.40% -> 24.4, not 24.5; bounds (58.35 / 19.65) ** (1/5) - 1 = 24.32%,
            # (58.45 / 19.55) ** (1/5) - 1 = 24.49% -> 24.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. CSV pasted as text (USD million) with the years as columns "region,2023,2024,2025E" and a Total row: two
    #     regions and the Total in three years (2025E an estimate); the 2025E parts add to the Total only by
    #     rounding. Expected nowhere: the export date, the 1,940 boutiques, the $1,150 yearly seat price.
    dict(
        text=(
            "AI clienteling and demand-forecasting software bought by luxury fashion, jewellery and watch houses (USD "
            "million)\n"
            "region,2023,2024,2025E\n"
            "Europe,142.6,181.3,228.9\n"
            "Rest of world,97.8,120.4,151.7\n"
            "Total,240.4,301.7,380.5\n"
            "# Marlowe Retail Analytics export, pulled 2 June 2025. Spending by brands on AI software that predicts "
            "demand by store and suggests which clients to contact; covers 1,940 brand-owned boutiques and excludes "
            "clienteling seats sold at about $1,150 a year. Figures for 2025 are Marlowe's estimate."
        ),
        obs=[
            ("Europe", 2023, 142.6, "USD million", "actual"),
            ("Europe", 2024, 181.3, "USD million", "actual"),
            ("Europe", 2025, 228.9, "USD million", "estimate"),
            ("Rest of world", 2023, 97.8, "USD million", "actual"),
            ("Rest of world", 2024, 120.4, "USD million", "actual"),
            ("Rest of world", 2025, 151.7, "USD million", "estimate"),
            ("Total", 2023, 240.4, "USD million", "actual"),
            ("Total", 2024, 301.7, "USD million", "actual"),
            ("Total", 2025, 380.5, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.6 + 97.8 = 240.4
            ("hierarchy", "exact"),  # 2024: 181.3 + 120.4 = 301.7
            # 2025E: 228.9 + 151.7 = 380.6, not 380.5; parts at least 380.5 and the Total at most 380.55 -> reached
            # only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table (Japan, yen) whose rows are years, its lone value column headed by its unit only ("¥ bn",
    #     the Total), with a "Δ YoY" column and an "Index (2020=100)" column: four years (2025E an estimate) and four
    #     YoY rates; 2022's needs the unprinted 2021 (no verdict); 2024's +28.5% is reached by no reading. Expected
    #     nowhere: the index, the table number, the source's date, the 1.1 million used watches exported, the ¥1.46
    #     million average price.
    dict(
        text=(
            "Table 3. Japan: spending by watch dealers and resale platforms on AI authentication of pre-owned luxury "
            "watches\n"
            "| Year | ¥ bn | Δ YoY | Index (2020=100) |\n"
            "|---|---|---|---|\n"
            "| 2022 | 6.8 | +30.8% | 131 |\n"
            "| 2023 | 8.9 | +30.9% | 171 |\n"
            "| 2024 | 11.2 | +28.5% | 215 |\n"
            "| 2025E | 13.6 | +21.4% | 262 |\n"
            "Source: Ginza Horology Research, February 2025. E = estimate. Japan exported about 1.1 million used "
            "watches in 2024, at an average price of ¥1.46 million for the top three brands."
        ),
        obs=[
            ("Total", 2022, 6.8, "JPY billion", "actual"),
            ("Total", 2023, 8.9, "JPY billion", "actual"),
            ("Total", 2024, 11.2, "JPY billion", "actual"),
            ("Total", 2025, 13.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2021, 2022, 1.0),
            ("growth", 30.9, "percent", 2022, 2023, 1.0),
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9 / 6.8) ** (1 / 1) - 1 = 30.88% -> 30.9
            # (11.2 / 8.9) ** (1 / 1) - 1 = 25.84% -> 25.8, not 28.5; bounds 11.15 / 8.95 - 1 = 24.58%, 11.25 / 8.85 -
            # 1 = 27.12% -> 28.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (13.6 / 11.2) ** (1 / 1) - 1 = 21.43% -> 21.4
        ],
    ),
    # 38. Chinese tab-separated table (Simplified) with 指标 rows 市场规模（亿元）, 同比增速 and 渗透率 and year columns
    #     (2025年E an estimate): the 市场规模 row, labelled only by the market's size and its unit, is the Total; three
    #     YoY rates, 2024's 33.0% only by rounding. Expected nowhere: the 渗透率 row, the table number, the source's
    #     date, the 1,950亿元 of second-hand luxury transactions.
    dict(
        text=(
            "表5　中国二手奢侈品AI估价市场核心指标\n"
            "指标\t2022年\t2023年\t2024年\t2025年E\n"
            "市场规模（亿元）\t8.4\t11.9\t15.8\t20.3\n"
            "同比增速\t—\t41.7%\t33.0%\t28.5%\n"
            "渗透率\t3.1%\t4.2%\t5.6%\t7.0%\n"
            "资料来源：华研咨询，2025年1月；渗透率指经AI估价的二手奢侈品成交件数占比。2024年二手奢侈品成交额约1,950亿元。"
        ),
        obs=[
            ("Total", 2022, 8.4, "CNY 100 million", "actual"),
            ("Total", 2023, 11.9, "CNY 100 million", "actual"),
            ("Total", 2024, 15.8, "CNY 100 million", "actual"),
            ("Total", 2025, 20.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.7, "percent", 2022, 2023, 1.0),
            ("growth", 33.0, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.9 / 8.4) ** (1 / 1) - 1 = 41.67% -> 41.7
            # (15.8 / 11.9) ** (1 / 1) - 1 = 32.77% -> 32.8, not 33.0; bounds 15.75 / 11.95 - 1 = 31.80%,
            # 15.85 / 11.85 - 1 = 33.76% -> 33.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (20.3 / 15.8) ** (1 / 1) - 1 = 28.48% -> 28.5
        ],
    ),
    # 39. Traditional Chinese space-aligned table (Taiwan, 新台幣億元) whose years carry the ROC year too
    #     ("2024（民國113年）"), with a 合計 row (its label the total's item) and a 年增率 column: three YoY rates, all
    #     exact; the 2023 合計 of 6.8 is reached by no reading of its parts (sum 6.5). Expected nowhere: the table
    #     number, the ROC years, the source's date, the 1,020億元 of jewellery retail sales.
    dict(
        text=(
            "表2　臺灣珠寶鐘錶業AI應用市場規模（單位：新台幣億元）\n"
            "項目                  2023（民國112年）   2024（民國113年）   年增率\n"
            "AI鑽石與寶石分級             3.6                 4.5          25.0%\n"
            "AI名錶與精品鑑定             2.9                 3.7          27.6%\n"
            "合計                         6.8                 8.2          20.6%\n"
            "資料來源：臺灣珠寶鐘錶產業研究中心（2025年3月）；不含珠寶零售額（約新台幣1,020億元）及黃金飾品。"
        ),
        obs=[
            ("AI鑽石與寶石分級", 2023, 3.6, "TWD 100 million", "actual"),
            ("AI鑽石與寶石分級", 2024, 4.5, "TWD 100 million", "actual"),
            ("AI名錶與精品鑑定", 2023, 2.9, "TWD 100 million", "actual"),
            ("AI名錶與精品鑑定", 2024, 3.7, "TWD 100 million", "actual"),
            ("合計", 2023, 6.8, "TWD 100 million", "actual"),
            ("合計", 2024, 8.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.5 / 3.6) ** (1 / 1) - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (3.7 / 2.9) ** (1 / 1) - 1 = 27.59% -> 27.6
            ("cagr|implied", "exact"),  # (8.2 / 6.8) ** (1 / 1) - 1 = 20.59% -> 20.6
            # 2023: 3.6 + 2.9 = 6.5, not 6.8; parts at most 6.6 and the 合計 at least 6.75 -> reached by no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 4.5 + 3.7 = 8.2
        ],
    ),
    # 40. Italian semicolon-separated table (EUR thousand, "migliaia di euro") with decimal commas ("1.234,5" is
    #     1234.5, "22,5%" is 22.5 percent), a header line and a Totale row (its label the total's item): two segments
    #     and the Totale for 2023 and 2024 with a Var. % column; the rows add to the Totale. Expected nowhere: the
    #     table number, the source's date, the sector's 10,4 billion euro turnover, the 2.390 dollar gold price.
    dict(
        text=(
            "Tabella 4 – Italia: spesa delle imprese di gioielleria e orologeria in intelligenza artificiale "
            "(migliaia di euro)\n"
            "Segmento;2023;2024;Var. %\n"
            "Previsione della domanda e clienteling;1.234,5;1.512,0;22,5%\n"
            "Autenticazione e perizia con AI;876,4;1.095,8;25,0%\n"
            "Totale;2.110,9;2.607,8;23,5%\n"
            "Fonte: Osservatorio Orafo Digitale, aprile 2025. Esclusi il fatturato del comparto (10,4 miliardi di "
            "euro) e l'oro da investimento; prezzo medio dell'oro nel 2024: 2.390 dollari l'oncia."
        ),
        obs=[
            ("Previsione della domanda e clienteling", 2023, 1234.5, "EUR thousand", "actual"),
            ("Previsione della domanda e clienteling", 2024, 1512.0, "EUR thousand", "actual"),
            ("Autenticazione e perizia con AI", 2023, 876.4, "EUR thousand", "actual"),
            ("Autenticazione e perizia con AI", 2024, 1095.8, "EUR thousand", "actual"),
            ("Totale", 2023, 2110.9, "EUR thousand", "actual"),
            ("Totale", 2024, 2607.8, "EUR thousand", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1512.0 / 1234.5) ** (1 / 1) - 1 = 22.48% -> 22.5
            ("cagr|implied", "exact"),  # (1095.8 / 876.4) ** (1 / 1) - 1 = 25.03% -> 25.0
            ("cagr|implied", "exact"),  # (2607.8 / 2110.9) ** (1 / 1) - 1 = 23.54% -> 23.5
            ("hierarchy", "exact"),  # 2023: 1234.5 + 876.4 = 2110.9
            ("hierarchy", "exact"),  # 2024: 1512.0 + 1095.8 = 2607.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixtieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 10, 'rounding': 14, 'exact': 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Page 4 of 12',
    'between $410 million and $470 million',
    '[00:12:36] IDRIS:',
    '**$2.6B**:',
    "CAGR '24-'29: 21%",
    'Q: How big is',
    '2029-30',
    'EDIT:',
    '行业概览',
    '新华社北京',
    '【行業】',
    '翻一番',
    '新台幣6.2億元',
    '施政報告',
    '3.5个亿',
    'year,segment,value_usd_m',
    '| Stone type | Market size (USD bn) | | |',
    '| Share 2030 |',
    '| 年份 | 市场规模（亿元） | 增速 |',
    '項目\t2023年\t2024年\t年增減\t年增率',
    'Consultation Paper CP25/09',
    '2024: $1.46bn → 2030: $4.1bn (CAGR 19%)',
    'Figure 2:',
    'Call for proposals',
    'three hundred and fourteen million dollars',
    'Correction: an earlier version',
    '(Moreau et al., 2023)',
    'C$64 million (US$45 million)',
    '记者：',
    '市场规模（2024年）：',
    '差不多七十个亿',
    '比上年增长18.6%',
    '年複合成長率',
    '按年升25%',
    '本招股書',
    'region,2023,2024,2025E',
    '| Year | ¥ bn | Δ YoY | Index (2020=100) |',
    '市场规模（亿元）\t',
    '2024（民國113年）',
    'Totale;2.110,9;2.607,8;23,5%',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 121
#: figures, 43 rates, 54 verdicts and 4 false inconsistent
FLOORS = {"figures_found": 141, "rates_found": 59, "verdicts_right": 74}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset260.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
