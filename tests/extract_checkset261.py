"""A two-hundred-and-sixty-first check set for the extractor, written blind: AI in jewellery, watches and luxury goods: AI
authentication of second-hand handbags, watches and sneakers, AI diamond and gemstone grading, AI pricing for luxury
resale platforms, virtual try-on of rings, watches and eyewear, AI demand forecasting and clienteling for luxury houses;
sized in money by research houses, consultancies, jewellery and watch trade federations, luxury groups' capital-markets
days, brokers, customs and trade ministries, in the US, Canada, the UK, France, Switzerland (Swiss francs only as an
aside), Italy, Belgium, the UAE, India (rupees only as an aside), Japan, South Korea, mainland China, Taiwan and Hong
Kong (currencies: US dollars, euros, pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out:
total luxury, jewellery or watch sales beside the AI part, counts of pieces authenticated, stores, carats and watches
exported, a watch's or a bag's price, an average selling price, a company's own revenue, orders or margin, a funding
round and valuation, a quarter's or a half-year's figures, survey percentages, a penetration rate, a gold price.

Snippets 1-20: Twenty snippets on AI in jewellery, watches and luxury goods: eight English prose texts (a UK outlook
copied from a PDF page, a US statistics bulletin with a range, a podcast transcript with a figure in words, a press
release with bold Key findings, a consultancy summary with EUR410m and CAGR '24-'29, an FAQ on Indian diamond grading,
an Australian government report in A$ with US$ equivalents, a lower-case forum comment with an EDIT line), seven Chinese
prose texts (a prospectus 行业概览, a 新华社-style item with 万亿元 and 环比, a broker digest with 【行业】 headings, a 政府工作报告 target
with 翻一番, a Taiwan business-daily story in 新台幣億元, a Hong Kong policy address in 億港元, a 小红书 note with 3.5个亿) and five
tables (a long-form CSV, a markdown table with a title cell over the years, a Japanese table with a Share 2030 column, a
Chinese table with years as rows, a Taiwan tab-separated table with 年增減). Left out: luxury, resale, jewellery and watch
sales, exports, counts of items, carats and stores, prices, fees, gold prices, company revenue and margins, funding
rounds, a quarter, a month-on-month rate, surveys, penetration, A$ and rupee amounts, a fund, a superseded figure.
Inconsistent: the summary's 47% dealer share, the comment's 25% after its EDIT, the digest's 62% ring share, the
exhibit's lab-grown 24.0%, the Taiwan table's 28.5%. Only by rounding: the PDF page's 18.0%, the release's 41%, the
FAQ's 39%, the prospectus's 30.4%, the Taiwan story's 23.4%, the Hong Kong 25%, the CSV's 2025 Total, the Japanese
table's 36.5%, the Chinese table's 26.3%.

Snippets 21-40: Twenty snippets on AI in jewellery, watches and luxury goods: eight English prose texts (a UK
consultation paper, capital-markets-day speaker notes with arrows, a grading start-up's blog describing a chart, an
Antwerp grant call, a US op-ed with figures in words, a resale update with a correction notice, an academic abstract
citing an author-year source, a Montreal release in C$), seven Chinese prose texts (a 证券时报-style interview, a white
paper's 第二章, a short-video script with colloquial figures, a district 统计公报, a Taiwan institute's release in 新台幣, a Hong
Kong broker note in 億港元, a prospectus's industry overview) and five tables (a CSV of regions by year, a markdown table
of years with YoY and index columns, a Simplified table of 指标 rows, a Taiwan table with ROC years, an Italian semicolon
table with decimal commas). Left out: total luxury, jewellery and pre-owned sales, counts of pieces, stones, carats,
frames, watches, firms and brands, bag, diamond and watch prices, average selling prices, companies' own revenue and
take rates, funding rounds, grant budgets, quarterly and half-year figures, survey percentages, penetration rates, a
gold price, an index, confidence intervals and p-values, a superseded figure and Canadian-dollar sums. Inconsistent: the
grant call's CAGR, the 统计公报 share, the broker's 2024 按年升, the markdown table's 2024 YoY and the Taiwan table's 2023 合計.
Only by rounding: the speaker notes' CAGR, the update's CAGR, the white paper's CAGR, the Taiwan 年複合成長率, the broker's
2025 growth, the CSV's 2025E total, the markdown 2023 YoY, the 指标 table's 2025E 同比增速 and the Italian 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. UK research outlook copied from a PDF page: "mar-" / "ket" and other words broken by hyphens, and a page line
    #    "Page 4 of 12" cutting the CAGR sentence in two; a YoY rise with both amounts, a part (Handbags) with its
    #    share, a 2029 forecast and a CAGR with its printed span that holds only by rounding. Expected nowhere: the
    #    page line, the £2.9 billion of pre-owned luxury sales, the 1.3 million items authenticated, the £1,150
    #    average selling price.
    dict(
        text=(
            "platforms have moved authentication from the back office to the listing page. Our estimate for the UK mar-\n"
            "ket for AI authentication of pre-owned luxury goods, covering hand-\n"
            "bags, watches and small leather goods, is £212 million for 2024, a\n"
            "rise of 24% on the £171 million recorded in 2023. Handbags account\n"
            "for £97 million, or 46% of the total, as resale sites match stitching,\n"
            "hardware and date stamps against image libraries of known fakes. We\n"
            "expect the market to reach £487 million by 2029, a compound annual\n"
            "Page 4 of 12\n"
            "growth rate of 18.0% over 2024-2029. For context, UK sales of pre-\n"
            "owned luxury goods came to roughly £2.9 billion in 2024, the three\n"
            "largest platforms authenticated some 1.3 million items, and the aver-\n"
            "age selling price of a pre-owned bag was £1,150."
        ),
        obs=[
            ("Total", 2023, 171, "GBP million", "actual"),
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Handbags", 2024, 97, "GBP million", "actual"),
            ("Total", 2029, 487, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
            ("cagr", 18.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 171) ** (1 / 1) - 1 = 23.98% -> 24
            ("arithmetic", "exact"),  # 97 / 212 = 45.75% -> 46
            # (487 / 212) ** (1 / 5) - 1 = 18.10% -> 18.1, not 18.0; bounds (486.5 / 212.5) ** (1/5) - 1 = 18.02%,
            # (487.5 / 211.5) ** (1/5) - 1 = 18.18% -> 18.0 (17.95-18.05) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 2. US statistics bulletin (numbered, with a release date): 2024 spending, and for 2025 a range "between $1.1
    #    billion and $1.3 billion" (two value claims) whose midpoint, $1.2 billion, is the year's estimate, with its
    #    rise over 2024. Expected nowhere: the bulletin number and release date, the $287 million fourth quarter, the
    #    $41.5 billion of gross merchandise value, the 12.8 million items listed, the 58% of platforms surveyed.
    dict(
        text=(
            "STATISTICAL BULLETIN No. 25-07, Retail Technology Series\n"
            "Office of Consumer Commerce Statistics, Washington, D.C. Released May 14, 2025\n"
            "AI pricing and authentication on luxury resale platforms\n"
            "U.S. resale platforms spent $1.02 billion in 2024 on machine-learning price recommendation, image-based "
            "authentication and fraud screening for pre-owned handbags, watches and jewelry. For 2025, the Office "
            "estimates spending of between $1.1 billion and $1.3 billion. The midpoint of that range, $1.2 billion, "
            "is the Office's central estimate and would be 17.6% above the 2024 level. Fourth-quarter 2024 spending "
            "alone was $287 million. The series excludes the platforms' gross merchandise value, about $41.5 billion "
            "in 2024, and the 12.8 million items they listed. In the Office's survey of platforms, 58% planned to "
            "raise AI budgets this year."
        ),
        obs=[
            ("Total", 2024, 1.02, "USD billion", "actual"),
            ("Total", 2025, 1.2, "USD billion", "estimate"),
        ],
        claims=[
            ("value", 1.1, "USD billion", 2025, 2025, None),
            ("value", 1.3, "USD billion", 2025, 2025, None),
            ("growth", 17.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.2 / 1.02) ** (1 / 1) - 1 = 17.65% -> 17.6
        ],
    ),
    # 3. Podcast transcript with timestamps and speakers (recorded March 2025): "about one point four billion dollars
    #    last year" (2024, actual, spoken in words), $4.6 billion by 2030 in digits, "22 percent a year" whose span only
    #    the amounts' years give (inferred), and Eyewear's $610 million with its share. Expected nowhere: the
    #    timestamps, the $9,800 solitaire, FitLens's $38 million Series B and $410 million valuation, the 31 percent
    #    of shoppers.
    dict(
        text=(
            "[00:12:31] MAYA REYES: Welcome back to The Carat Report, recorded here in New York in March 2025. Let's "
            "size it. What are brands spending on virtual try-on for rings, watches and glasses?\n"
            "[00:12:40] OLIVER GRANT: Globally, about one point four billion dollars last year. That's the "
            "camera-based try-on software that jewelers, watchmakers and eyewear brands license for their apps and "
            "sites. We have it at $4.6 billion by 2030, so call it 22 percent a year.\n"
            "[00:13:05] MAYA REYES: And who's the biggest buyer?\n"
            "[00:13:08] OLIVER GRANT: Eyewear, at roughly $610 million of that, about 44 percent. Frames are easy to "
            "render. Rings are harder, because a $9,800 solitaire has to sparkle right on a phone screen.\n"
            "[00:13:31] MAYA REYES: And the money keeps coming.\n"
            "[00:13:34] OLIVER GRANT: FitLens just closed a $38 million Series B at a $410 million valuation, and in "
            "our survey 31 percent of shoppers said they'd used try-on before buying."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Eyewear", 2024, 610, "USD million", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2030, None, "inferred"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.6 / 1.4) ** (1 / 6) - 1 = 21.93% -> 22
            ("arithmetic", "exact"),  # 610 / 1,400 = 43.57% -> 44
        ],
    ),
    # 4. Press release (Geneva and New York) whose Key findings are lines opening with a bold figure: 2024 and 2029
    #    spending, a CAGR with its printed span, Europe's part with a share that holds only by rounding. Expected
    #    nowhere: the dateline, the 72% of executives, the €364B personal luxury goods market, the 1,150 executives, 86
    #    houses and 14 countries.
    dict(
        text=(
            "GENEVA and NEW YORK, April 9, 2025 -- Maison Lumen Advisory today released Intelligent Luxury 2025, its "
            "annual study of what luxury houses spend on artificial intelligence for clienteling (the tools that tell "
            "a sales associate which client to call, and with what) and for demand forecasting.\n"
            "Key findings\n"
            "**$2.6B**: worldwide spending by luxury houses on AI clienteling and demand-forecasting software in 2024\n"
            "**$6.1B**: projected spending in 2029\n"
            "**18.6%**: compound annual growth, 2024-2029\n"
            "**$1.1B**: Europe's spending in 2024, 41% of the global total\n"
            "**72%**: executives who plan to give every store associate an AI assistant by 2026\n"
            "**€364B**: the personal luxury goods market in 2024\n"
            "The study is based on interviews with 1,150 executives at 86 houses in 14 countries."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2029, 6.1, "USD billion", "estimate"),
            ("Europe", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 2.6) ** (1 / 5) - 1 = 18.60% -> 18.6
            # 1.1 / 2.6 = 42.31% -> 42, not 41; bounds 1.05 / 2.65 = 39.62%, 1.15 / 2.55 = 45.10% -> 41 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. Paris consultancy's numbered executive summary with no space after the currency (EUR410m, EUR1.06bn) and
    #    "CAGR '24-'29: 21%": a YoY rise with both amounts, a dealers' part whose 47% share no reading reaches, and a
    #    2029 forecast in another scale, expected converted to the series' EUR million. Expected nowhere: the list
    #    numbers, the EUR9.8bn of pre-owned watch sales, the 2.1m pieces and EUR4,600 average, the CHF26.0bn of Swiss
    #    exports, Tickwise's USD45m round.
    dict(
        text=(
            "Executive summary\n"
            "1. Europe's market for AI authentication and pricing of pre-owned watches reached EUR410m in 2024, up "
            "from EUR338m in 2023 (+21%). Buyers are dealers, marketplaces and auction houses that use image models to "
            "match movements, dials and serials against reference databases and to price stock daily.\n"
            "2. Independent dealers remain the largest buyers at EUR176m, or 47% of the market.\n"
            "3. We forecast EUR1.06bn by 2029. CAGR '24-'29: 21%.\n"
            "4. Context: Europeans bought EUR9.8bn of pre-owned watches in 2024, about 2.1m pieces at an average of "
            "EUR4,600; Swiss watch exports ran at CHF26.0bn. Berlin start-up Tickwise raised USD45m in March.\n"
            "Prepared by Halvorsen & Roux Strategy, Paris, June 2025."
        ),
        obs=[
            ("Total", 2023, 338, "EUR million", "actual"),
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Independent dealers", 2024, 176, "EUR million", "actual"),
            ("Total", 2029, 1060, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 47, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (410 / 338) ** (1 / 1) - 1 = 21.30% -> 21
            # 176 / 410 = 42.93% -> 43, not 47; bounds 175.5 / 410.5 = 42.75%, 176.5 / 409.5 = 43.10% -> 47 reached
            # by no reading
            ("arithmetic", "inconsistent"),
            ("cagr|implied", "exact"),  # (1,060 / 410) ** (1 / 5) - 1 = 20.92% -> 21
        ],
    ),
    # 6. FAQ page on AI diamond grading in India (Q: / A: pairs), in US dollars: a YoY rise with both amounts, the
    #    lab-grown part with a 39% share reached only by rounding, a 2028 forecast with a CAGR over a printed span.
    #    Expected nowhere: the ₹1,520 crore (rupees), the 14 million stones scanned, the 19.6 million carats exported,
    #    the 12% penetration.
    dict(
        text=(
            "Frequently asked questions: AI diamond grading in India\n"
            "Q: How big is the AI diamond grading market in India?\n"
            "A: Gemtrace Research puts it at US$182 million in 2024, up 23% from US$148 million in 2023. That is "
            "roughly ₹1,520 crore.\n"
            "Q: Which segment is growing fastest?\n"
            "A: Lab-grown diamond grading, worth US$70 million in 2024, or 39% of the total, as growers send every "
            "stone through automated graders before certification.\n"
            "Q: What is the outlook?\n"
            "A: Gemtrace expects US$395 million by 2028, growth of about 21% a year over 2024-2028.\n"
            "Q: How many stones are we talking about?\n"
            "A: Grading labs scanned some 14 million stones in 2024, and India exported about 19.6 million carats of "
            "cut and polished diamonds.\n"
            "Q: Is AI grading already common?\n"
            "A: Not yet. Penetration among mid-sized cutting units is about 12%."
        ),
        obs=[
            ("Total", 2023, 148, "USD million", "actual"),
            ("Total", 2024, 182, "USD million", "actual"),
            ("Lab-grown diamond grading", 2024, 70, "USD million", "actual"),
            ("Total", 2028, 395, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 148) ** (1 / 1) - 1 = 22.97% -> 23
            # 70 / 182 = 38.46% -> 38, not 39; bounds 69.5 / 182.5 = 38.08%, 70.5 / 181.5 = 38.84% -> 39 (38.5-39.5)
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (395 / 182) ** (1 / 4) - 1 = 21.38% -> 21
        ],
    ),
    # 7. Australian government report in A$ with US$ equivalents in parentheses and financial years "2023-24" (the
    #    year to 30 June 2024, counted as 2024) and "2029-30" (2030): the US$ amounts are the observations, with a CAGR
    #    between the two printed years and the virtual try-on part. Expected nowhere: the A$84, A$229 and A$31 million
    #    (Australian dollars), the 4,300 stores and A$5.9 billion of jewellery and watch sales, the A$3,460 gold price,
    #    the US$0.655 exchange rate.
    dict(
        text=(
            "Jewellery and Watch Retailing: Technology Adoption Report 2025\n"
            "Chapter 3. Artificial intelligence\n"
            "Australian jewellers, watch retailers and resale platforms spent A$84 million (US$55 million) on AI tools "
            "in 2023-24, the year to 30 June 2024. The tools cover gemstone grading, virtual try-on, clienteling and "
            "stock forecasting. Spending is projected to reach A$229 million (US$150 million) in 2029-30, an average "
            "annual increase of 18.2% between 2023-24 and 2029-30. Virtual try-on was the largest category, at A$31 "
            "million (US$20 million) in 2023-24. By comparison, the sector's 4,300 specialist stores sold A$5.9 "
            "billion of jewellery and watches in 2023-24, and the gold price averaged A$3,460 an ounce. US dollar "
            "figures are converted at US$0.655 per Australian dollar.\n"
            "Office of Retail and Regional Industries, Canberra"
        ),
        obs=[
            ("Total", 2024, 55, "USD million", "actual"),
            ("Total", 2030, 150, "USD million", "estimate"),
            ("Virtual try-on", 2024, 20, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (in A$ the same: (229 / 84) ** (1 / 6) - 1 = 18.19%)
            ("cagr|implied", "exact"),  # (150 / 55) ** (1 / 6) - 1 = 18.20% -> 18.2
        ],
    ),
    # 8. Reddit-style comment in lower case: "~$400M" in 2024 "up 25% yoy from $320M", ~$1.1B by 2028 (expected
    #    converted to USD million), and an "EDIT:" line correcting 2023 to $330M (the corrected figure expected), which
    #    leaves the 25% reached by no reading. Expected nowhere: the superseded $320M, the $1,400 pair, the 4.2 million
    #    pairs checked, the 9% seller fee, the 14h post age.
    dict(
        text=(
            "r/LuxuryResale • u/deadstock_dan • 14h\n"
            "ok since everyone keeps asking. per the kestrel retail data report (feb 2025) the us market for ai "
            "sneaker authentication, meaning the photo, x-ray and stitch-pattern models the resale apps run, was "
            "~$400M in 2024, up 25% yoy from $320M in 2023. they have it at ~$1.1B by 2028 which sounds insane but "
            "ok. for scale a pair of og retro highs still goes for like $1,400, one app said it checked 4.2 million "
            "pairs last year, and the apps take a 9% seller fee so the authentication is basically baked in.\n"
            "EDIT: 2023 was $330M not $320M, misread the chart. rest stands"
        ),
        obs=[
            ("Total", 2023, 330, "USD million", "actual"),
            ("Total", 2024, 400, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (400 / 330) ** (1 / 1) - 1 = 21.21% -> 21, not 25; bounds 399.5 / 330.5 - 1 = 20.88%, 400.5 / 329.5 - 1
            # = 21.55% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Mainland 招股说明书 section 行业概览 (Simplified) citing a consultancy: 由2019年的3.2亿元增至2023年的9.1亿元 with
    #    its 2019年至2023年 CAGR (holds only by rounding), 预计2028年 31.6亿元 with a second stated CAGR, and a part
    #    (箱包鉴定). Expected nowhere: the section numbers, the 1,850亿元 of second-hand luxury sales, the 1,260万件
    #    items authenticated, the company's revenue of 2.1, 2.9 and 3.6亿元.
    dict(
        text=(
            "第五节 业务与技术\n"
            "一、行业概览\n"
            "根据睿观咨询的报告，中国二手奢侈品AI鉴定服务（包括箱包、腕表及珠宝首饰的图像识别鉴定与材质检测）市场规模由"
            "2019年的3.2亿元增至2023年的9.1亿元，2019年至2023年的复合年增长率为30.4%，预计2028年将达到31.6亿元，"
            "2023年至2028年的复合年增长率为28.3%。其中，箱包鉴定是最大的细分领域，2023年市场规模为5.2亿元。同期，"
            "中国二手奢侈品交易总额约为1,850亿元，全年经AI鉴定的商品约1,260万件。报告期内，本公司营业收入分别为2.1亿元、"
            "2.9亿元及3.6亿元。"
        ),
        obs=[
            ("Total", 2019, 3.2, "CNY 100 million", "actual"),
            ("Total", 2023, 9.1, "CNY 100 million", "actual"),
            ("Total", 2028, 31.6, "CNY 100 million", "estimate"),
            ("箱包鉴定", 2023, 5.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 30.4, "percent", 2019, 2023, None, "stated"),
            ("cagr", 28.3, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.1 / 3.2) ** (1 / 4) - 1 = 29.86% -> 29.9, not 30.4; bounds (9.05 / 3.25) ** (1/4) - 1 = 29.18%,
            # (9.15 / 3.15) ** (1/4) - 1 = 30.55% -> 30.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (31.6 / 9.1) ** (1 / 5) - 1 = 28.27% -> 28.3
        ],
    ),
    # 10. 新华社-style news item (Simplified, dated 2025年1月16日) mixing 万亿元 and 亿元: the AI part of the jewellery
    #     market in 2024 with 较上年的37.6亿元同比增长24.5%, and a part (AI钻石分级) with its share. Expected nowhere: the
    #     dateline, the 0.82万亿元 jewellery market, the 410万克拉 graded, the 环比 6.2% (month on month), the 600元 gold
    #     price.
    dict(
        text=(
            "新华社北京2025年1月16日电（记者王蕾）记者16日从中国珠宝首饰产业联合会获悉，2024年我国珠宝玉石首饰市场规模约"
            "0.82万亿元。其中，AI钻石分级、AI鉴定及智能定价等人工智能应用市场规模达到46.8亿元，较上年的37.6亿元同比增长"
            "24.5%；AI钻石分级为18.3亿元，占比39.1%。联合会数据显示，全年经AI设备分级的钻石约410万克拉；12月份，珠宝检测"
            "机构AI鉴定业务量环比增长6.2%。业内人士表示，金价年内多次突破每克600元，消费者对小克重、高工艺产品及鉴定服务"
            "的需求明显上升。"
        ),
        obs=[
            ("Total", 2023, 37.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI钻石分级", 2024, 18.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 39.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 37.6) ** (1 / 1) - 1 = 24.47% -> 24.5
            ("arithmetic", "exact"),  # 18.3 / 46.8 = 39.10% -> 39.1
        ],
    ),
    # 11. 券商晨报 digest (Simplified) with 【宏观】【行业】【公司】 headings before each short item: the virtual try-on
    #     market in 2024 and 2025 (预计) with 同比增长36.3%, and a part (戒指试戴) whose 62% share no reading reaches.
    #     Expected nowhere: the digest's date, the 768元 gold price and its 3.1% 环比, the 18% fall in rough imports,
    #     the company's 12% revenue growth, 31.5% margin and 42元 target price.
    dict(
        text=(
            "东岳证券研究所 晨会纪要（2025年6月12日）\n"
            "【宏观】5月上海金交所Au9999月均价为每克768元，环比上涨3.1%。\n"
            "【行业】AI虚拟试戴：我们测算，国内珠宝、腕表及眼镜AI虚拟试戴市场2024年规模为12.4亿元，2025年预计达到16.9亿元，"
            "同比增长36.3%。其中戒指试戴2024年为7.2亿元，占比62%，品牌小程序与直播间是主要场景。\n"
            "【行业】培育钻石：4月印度培育钻石毛坯进口量同比下降18%，国内批发价继续探底。\n"
            "【公司】金缘珠宝：2025年一季度营收同比增长12%，毛利率31.5%，维持“买入”评级，目标价42元。"
        ),
        obs=[
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2025, 16.9, "CNY 100 million", "estimate"),
            ("戒指试戴", 2024, 7.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.3, "percent", 2024, 2025, 1.0),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.9 / 12.4) ** (1 / 1) - 1 = 36.29% -> 36.3
            # 7.2 / 12.4 = 58.06% -> 58, not 62; bounds 7.15 / 12.45 = 57.43%, 7.25 / 12.35 = 58.70% -> 62 reached by
            # no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 12. Municipal 政府工作报告-style paragraph (Simplified): 2024年 29.6亿元, 力争到2027年突破60亿元、实现翻一番 (a
    #     doubling, x2 over three years, no verdict; the target at its printed figure, an estimate). Expected nowhere:
    #     the report's year, the 20亿元 industry fund, the 10家 firms, the 1,800亿元 jewellery trade target.
    dict(
        text=(
            "2025年市政府工作报告（摘要）\n"
            "今年，我们将大力发展时尚消费产业。实施珠宝首饰“人工智能+”行动，推动AI钻石分级、智能鉴定和虚拟试戴在全市珠宝"
            "集聚区规模化应用。2024年，全市珠宝AI应用产业规模已达29.6亿元，力争到2027年突破60亿元，实现翻一番。设立规模"
            "20亿元的珠宝时尚产业引导基金，培育10家以上专精特新企业，全年珠宝首饰交易额力争达到1,800亿元。"
        ),
        obs=[
            ("Total", 2024, 29.6, "CNY 100 million", "actual"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],  # a multiple gets no verdict (60 / 29.6 = 2.03)
    ),
    # 13. Taiwan 經濟日報-style story (Traditional, dated 2025年3月19日) in 新台幣億元: 去年 (2024) with 前年 (2023) and
    #     年成長率21.6%, a part (名錶鑑定) with its share, and 預估今年 (2025, an estimate) with a 年成長率 of 23.4% that
    #     holds only by rounding. Expected nowhere: the dateline, the 38萬元 average watch price, the gold price's 逾二成,
    #     the platform's 42億元 revenue, its 25家 stores.
    dict(
        text=(
            "經濟日報 2025年3月19日\n"
            "【記者林怡君／台北報導】二手精品平台加速導入AI鑑定與AI鑑價。台灣精品流通研究院昨（18）日發布報告指出，去年"
            "國內二手精品AI鑑定與鑑價服務市場規模達新台幣18.6億元，較前年的15.3億元年成長率21.6%；其中名錶鑑定占6.4億元，"
            "比重約34%。研究院預估，今年市場規模可望達22.9億元，年成長率23.4%。業者指出，熱門款二手名錶均價約新台幣38萬元，"
            "國際金價今年以來上漲逾二成；國內最大二手精品平台去年營收約42億元，門市增至25家。"
        ),
        obs=[
            ("Total", 2023, 15.3, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("名錶鑑定", 2024, 6.4, "TWD 100 million", "actual"),
            ("Total", 2025, 22.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("share", 34, "percent", 2024, 2024, None),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 15.3) ** (1 / 1) - 1 = 21.57% -> 21.6
            ("arithmetic", "exact"),  # 6.4 / 18.6 = 34.41% -> 34
            # (22.9 / 18.6) ** (1 / 1) - 1 = 23.12% -> 23.1, not 23.4; bounds 22.85 / 18.65 - 1 = 22.52%,
            # 22.95 / 18.55 - 1 = 23.72% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Hong Kong 施政報告-style paragraph (Traditional) in 億港元 with 約 throughout: 由2022年約4.1億港元增至2024年約6.3
    #     億港元, 平均每年增長約25% (span only from the amounts' years: inferred; holds only by rounding), 預計2027年約11
    #     億港元, and a part (鑽石分級). Expected nowhere: the paragraph number, the 2億港元 fund, the 480億港元 of watch
    #     exports and 620億港元 of jewellery exports.
    dict(
        text=(
            "（一百二十）香港是全球主要的鐘錶珠寶貿易及拍賣中心。政府會聯同業界推動應用人工智能，包括鑽石及寶石分級、名錶"
            "真偽鑑定和虛擬試戴。根據業界估算，本港相關人工智能應用的市場規模由2022年約4.1億港元增至2024年約6.3億港元，"
            "平均每年增長約25%，預計2027年可達約11億港元；當中鑽石分級一項2024年約為2.6億港元。為加快轉型，政府會預留2億"
            "港元推出「珠寶鐘錶科技配對基金」，資助中小企購置鑑定設備。2024年本港鐘錶出口總值約480億港元，珠寶首飾出口約"
            "620億港元。"
        ),
        obs=[
            ("Total", 2022, 4.1, "HKD 100 million", "actual"),
            ("Total", 2024, 6.3, "HKD 100 million", "actual"),
            ("Total", 2027, 11, "HKD 100 million", "estimate"),
            ("鑽石分級", 2024, 2.6, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 25, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            # (6.3 / 4.1) ** (1 / 2) - 1 = 23.96% -> 24, not 25; bounds (6.25 / 4.15) ** (1/2) - 1 = 22.72%,
            # (6.35 / 4.05) ** (1/2) - 1 = 25.22% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 15. 小红书-style note (Simplified) with emojis and hashtags, edited 2025-03-08: "3.5个亿" colloquially beside the
    #     report's exact 2024年3.46亿元 (the precise one expected), 今年 (2025) 4.6亿元 and a rise of 33%. Expected
    #     nowhere: the 3.5个亿, the 1.28万 bag price, the 99元 fee, the 120万件 authenticated, the 2亿元 B round.
    dict(
        text=(
            "二手包AI鉴定，真的是门大生意💰💰\n"
            "姐妹们！！我翻完了一份行业报告📑 二手奢侈品AI鉴定这个赛道去年已经3.5个亿了😱（报告原文：2024年市场规模3.46亿元），"
            "今年预计能到4.6亿元，一年涨33%🚀\n"
            "我上个月出的那只老花邮差包，二手价1.28万，走的就是AI+人工双鉴，鉴定费99元🙈 某鉴定平台说去年一共鉴定了120万件📦 "
            "据说刚拿了2亿元B轮…\n"
            "#二手奢侈品 #AI鉴定 #闲置变现\n"
            "编辑于 2025-03-08 上海"
        ),
        obs=[
            ("Total", 2024, 3.46, "CNY 100 million", "actual"),
            ("Total", 2025, 4.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.46) ** (1 / 1) - 1 = 32.95% -> 33
        ],
    ),
    # 16. CSV pasted as text in long, tidy form (year,segment,value_usd_m; one row a line) with a Total segment each
    #     year and the totals quoted for their thousands separator: 2024 adds exactly, 2025's Total only by rounding
    #     (parts 1,552.5 for 1,552.6). Expected nowhere: the file name's year, the USD 48.6bn of resale gross
    #     merchandise value, the per-item fees, the 9.6 million items authenticated.
    dict(
        text=(
            "Pasted from northbridge_ai_auth_2025.csv (global AI authentication of second-hand luxury goods, USD "
            "million):\n"
            "year,segment,value_usd_m\n"
            "2024,Handbags,612.4\n"
            "2024,Watches,431.8\n"
            "2024,Sneakers,240.3\n"
            "2024,Total,\"1,284.5\"\n"
            "2025,Handbags,748.9\n"
            "2025,Watches,522.6\n"
            "2025,Sneakers,281.0\n"
            "2025,Total,\"1,552.6\"\n"
            "Notes: 2025 rows are Northbridge Luxury Data forecasts; segment values cover image-based and sensor-based "
            "authentication bought by resale platforms, consignment stores and auction houses. Excludes resale gross "
            "merchandise value (USD 48.6bn in 2024), per-item authentication fees and the 9.6 million items "
            "authenticated in 2024."
        ),
        obs=[
            ("Handbags", 2024, 612.4, "USD million", "actual"),
            ("Watches", 2024, 431.8, "USD million", "actual"),
            ("Sneakers", 2024, 240.3, "USD million", "actual"),
            ("Total", 2024, 1284.5, "USD million", "actual"),
            ("Handbags", 2025, 748.9, "USD million", "estimate"),
            ("Watches", 2025, 522.6, "USD million", "estimate"),
            ("Sneakers", 2025, 281.0, "USD million", "estimate"),
            ("Total", 2025, 1552.6, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 612.4 + 431.8 + 240.3 = 1,284.5
            # 2025: 748.9 + 522.6 + 281.0 = 1,552.5, not 1,552.6; parts 1,552.35-1,552.65 against 1,552.55-1,552.65
            # -> met only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Markdown exhibit whose first header row has one title cell "Market size (USD bn)" over the years (2024,
    #     2027F, 2030F in a second header row), rows by stone type with a Total and a "CAGR 2024-30" column: four
    #     stated CAGRs, lab-grown's 24.0% reached by no reading; rows add to the Total each year. Expected nowhere: the
    #     exhibit number, the source's date, the USD 24bn polished diamond trade, the 3.1 million carats.
    dict(
        text=(
            "Exhibit 5: AI diamond and gemstone grading, worldwide, by stone type\n"
            "| Stone type | Market size (USD bn) | | | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| | 2024 | 2027F | 2030F | |\n"
            "| Natural diamonds | 0.62 | 0.95 | 1.41 | 14.7% |\n"
            "| Lab-grown diamonds | 0.31 | 0.58 | 1.02 | 24.0% |\n"
            "| Coloured gemstones | 0.18 | 0.27 | 0.40 | 14.2% |\n"
            "| Total | 1.11 | 1.80 | 2.83 | 16.9% |\n"
            "Source: Scheldt Gem Intelligence, Antwerp, June 2025; F = forecast. Grading fees and software only; "
            "excludes the polished diamond trade through Antwerp (USD 24bn in 2024) and the 3.1 million carats "
            "machine-graded in 2024."
        ),
        obs=[
            ("Natural diamonds", 2024, 0.62, "USD billion", "actual"),
            ("Natural diamonds", 2027, 0.95, "USD billion", "estimate"),
            ("Natural diamonds", 2030, 1.41, "USD billion", "estimate"),
            ("Lab-grown diamonds", 2024, 0.31, "USD billion", "actual"),
            ("Lab-grown diamonds", 2027, 0.58, "USD billion", "estimate"),
            ("Lab-grown diamonds", 2030, 1.02, "USD billion", "estimate"),
            ("Coloured gemstones", 2024, 0.18, "USD billion", "actual"),
            ("Coloured gemstones", 2027, 0.27, "USD billion", "estimate"),
            ("Coloured gemstones", 2030, 0.40, "USD billion", "estimate"),
            ("Total", 2024, 1.11, "USD billion", "actual"),
            ("Total", 2027, 1.80, "USD billion", "estimate"),
            ("Total", 2030, 2.83, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 14.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.41 / 0.62) ** (1 / 6) - 1 = 14.68% -> 14.7
            # (1.02 / 0.31) ** (1 / 6) - 1 = 21.96% -> 22.0, not 24.0; bounds (1.015 / 0.315) ** (1/6) - 1 = 21.53%,
            # (1.025 / 0.305) ** (1/6) - 1 = 22.39% -> 24.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (0.40 / 0.18) ** (1 / 6) - 1 = 14.23% -> 14.2
            ("cagr|implied", "exact"),  # (2.83 / 1.11) ** (1 / 6) - 1 = 16.88% -> 16.9
            ("hierarchy", "exact"),  # 2024: 0.62 + 0.31 + 0.18 = 1.11
            ("hierarchy", "exact"),  # 2027F: 0.95 + 0.58 + 0.27 = 1.80
            ("hierarchy", "exact"),  # 2030F: 1.41 + 1.02 + 0.40 = 2.83
        ],
    ),
    # 18. Markdown table (Japan, ¥ billion) with years as columns "2024 | 2025F | 2026F | 2030F", segments as rows, a
    #     Total row and a "Share 2030" column: three shares (eyewear's 36.5% only by rounding; the Total's 100.0% no
    #     claim); rows add to the Total each year. Expected nowhere: the source's year, the ¥500 billion eyewear retail
    #     market, the 1.9 million watches shipped.
    dict(
        text=(
            "Japan: spending on virtual try-on for rings, watches and eyewear (¥ billion)\n"
            "| Segment | 2024 | 2025F | 2026F | 2030F | Share 2030 |\n"
            "|---|---|---|---|---|---|\n"
            "| Rings and jewellery | 4.2 | 5.3 | 6.6 | 14.8 | 38.6% |\n"
            "| Watches | 2.9 | 3.6 | 4.4 | 9.5 | 24.8% |\n"
            "| Eyewear | 5.1 | 6.0 | 7.1 | 14.0 | 36.5% |\n"
            "| Total | 12.2 | 14.9 | 18.1 | 38.3 | 100.0% |\n"
            "Source: Shinonome Research Institute, Tokyo, 2025. Try-on software and services only; Japan's eyewear "
            "retail market of about ¥500 billion and the 1.9 million watches shipped in 2024 are not included."
        ),
        obs=[
            ("Rings and jewellery", 2024, 4.2, "JPY billion", "actual"),
            ("Rings and jewellery", 2025, 5.3, "JPY billion", "estimate"),
            ("Rings and jewellery", 2026, 6.6, "JPY billion", "estimate"),
            ("Rings and jewellery", 2030, 14.8, "JPY billion", "estimate"),
            ("Watches", 2024, 2.9, "JPY billion", "actual"),
            ("Watches", 2025, 3.6, "JPY billion", "estimate"),
            ("Watches", 2026, 4.4, "JPY billion", "estimate"),
            ("Watches", 2030, 9.5, "JPY billion", "estimate"),
            ("Eyewear", 2024, 5.1, "JPY billion", "actual"),
            ("Eyewear", 2025, 6.0, "JPY billion", "estimate"),
            ("Eyewear", 2026, 7.1, "JPY billion", "estimate"),
            ("Eyewear", 2030, 14.0, "JPY billion", "estimate"),
            ("Total", 2024, 12.2, "JPY billion", "actual"),
            ("Total", 2025, 14.9, "JPY billion", "estimate"),
            ("Total", 2026, 18.1, "JPY billion", "estimate"),
            ("Total", 2030, 38.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 38.6, "percent", 2030, 2030, None),
            ("share", 24.8, "percent", 2030, 2030, None),
            ("share", 36.5, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 14.8 / 38.3 = 38.64% -> 38.6
            ("arithmetic", "exact"),  # 9.5 / 38.3 = 24.80% -> 24.8
            # 14.0 / 38.3 = 36.55% -> 36.6, not 36.5; bounds 13.95 / 38.35 = 36.38%, 14.05 / 38.25 = 36.73% -> 36.5
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 2024: 4.2 + 2.9 + 5.1 = 12.2
            ("hierarchy", "exact"),  # 2025F: 5.3 + 3.6 + 6.0 = 14.9
            ("hierarchy", "exact"),  # 2026F: 6.6 + 4.4 + 7.1 = 18.1
            ("hierarchy", "exact"),  # 2030F: 14.8 + 9.5 + 14.0 = 38.3
        ],
    ),
    # 19. Chinese markdown table (Simplified) whose rows are years (年份) with a 市场规模（亿元） column (the market's
    #     Total) and a 增速 column whose first cell is "-": four YoY rates, 2023's 26.3% only by rounding; 2025E an
    #     estimate. Expected nowhere: the table number, the 5,200亿元 of store sales, the 180 brands.
    dict(
        text=(
            "表4 中国奢侈品牌AI客户经营与需求预测市场规模\n"
            "| 年份 | 市场规模（亿元） | 增速 |\n"
            "|---|---|---|\n"
            "| 2021 | 6.8 | - |\n"
            "| 2022 | 8.9 | 30.9% |\n"
            "| 2023 | 11.2 | 26.3% |\n"
            "| 2024 | 14.6 | 30.4% |\n"
            "| 2025E | 18.7 | 28.1% |\n"
            "资料来源：澄观研究院；注：E为预测值。统计范围为品牌方采购的AI客户经营（clienteling）、需求预测与智能补货软件及"
            "服务，以及面向高净值客户的AI私人顾问与会员分层工具；不含品牌门店零售额（2024年约5,200亿元）及品牌自身IT投入，"
            "样本覆盖在华经营的奢侈品牌约180个。"
        ),
        obs=[
            ("Total", 2021, 6.8, "CNY 100 million", "actual"),
            ("Total", 2022, 8.9, "CNY 100 million", "actual"),
            ("Total", 2023, 11.2, "CNY 100 million", "actual"),
            ("Total", 2024, 14.6, "CNY 100 million", "actual"),
            ("Total", 2025, 18.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.3, "percent", 2022, 2023, 1.0),
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9 / 6.8) ** (1 / 1) - 1 = 30.88% -> 30.9
            # (11.2 / 8.9) ** (1 / 1) - 1 = 25.84% -> 25.8, not 26.3; bounds 11.15 / 8.95 - 1 = 24.58%,
            # 11.25 / 8.85 - 1 = 27.12% -> 26.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (14.6 / 11.2) ** (1 / 1) - 1 = 30.36% -> 30.4
            ("cagr|implied", "exact"),  # (18.7 / 14.6) ** (1 / 1) - 1 = 28.08% -> 28.1
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣百萬元) with 項目 rows, a 合計 row (its label the
    #     total's item) and 2023年 / 2024年 / 年增減 / 年增率 columns: four YoY rates, virtual try-on's 28.5% reached by
    #     no reading; rows add to 合計 both years. Expected nowhere: the table number, the 年增減 differences (86, 91,
    #     63, 240), the 1,180億元 of jewellery and watch retail sales.
    dict(
        text=(
            "表6 臺灣鐘錶珠寶業AI應用市場規模（單位：新台幣百萬元）\n"
            "項目\t2023年\t2024年\t年增減\t年增率\n"
            "AI鑽石與寶石分級\t412\t498\t86\t20.9%\n"
            "AI名錶鑑定與鑑價\t356\t447\t91\t25.6%\n"
            "AI虛擬試戴\t238\t301\t63\t28.5%\n"
            "合計\t1,006\t1,246\t240\t23.9%\n"
            "資料來源：臺灣鐘錶珠寶科技協會2025年產業調查。統計範圍為業者採購之AI分級設備、鑑定及鑑價軟體與虛擬試戴服務，"
            "不含鐘錶珠寶零售額（2024年約新台幣1,180億元）及金價波動影響；年增減為兩年差額。"
        ),
        obs=[
            ("AI鑽石與寶石分級", 2023, 412, "TWD million", "actual"),
            ("AI鑽石與寶石分級", 2024, 498, "TWD million", "actual"),
            ("AI名錶鑑定與鑑價", 2023, 356, "TWD million", "actual"),
            ("AI名錶鑑定與鑑價", 2024, 447, "TWD million", "actual"),
            ("AI虛擬試戴", 2023, 238, "TWD million", "actual"),
            ("AI虛擬試戴", 2024, 301, "TWD million", "actual"),
            ("合計", 2023, 1006, "TWD million", "actual"),
            ("合計", 2024, 1246, "TWD million", "actual"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (498 / 412) ** (1 / 1) - 1 = 20.87% -> 20.9
            ("cagr|implied", "exact"),  # (447 / 356) ** (1 / 1) - 1 = 25.56% -> 25.6
            # (301 / 238) ** (1 / 1) - 1 = 26.47% -> 26.5, not 28.5; bounds 300.5 / 238.5 - 1 = 26.00%,
            # 301.5 / 237.5 - 1 = 26.95% -> 28.5 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1,246 / 1,006) ** (1 / 1) - 1 = 23.86% -> 23.9
            ("hierarchy", "exact"),  # 2023年: 412 + 356 + 238 = 1,006
            ("hierarchy", "exact"),  # 2024年: 498 + 447 + 301 = 1,246
        ],
    ),
    # 21. UK regulator's consultation paper with numbered paragraphs (4.12, 4.13): a 2022 and a 2024 figure with a
    #     CAGR whose span is printed, a part with its share, a 2028 forecast. Expected nowhere: the paper's reference
    #     CP25/07, the £3.1 billion of pre-owned luxury sales, the 1.4 million items authenticated, the 38% of
    #     consumers surveyed, the question number.
    dict(
        text=(
            "Consultation Paper CP25/07: Authentication of pre-owned luxury goods sold online\n"
            "4.12 Resale platforms increasingly rely on machine-learning models to authenticate second-hand handbags, "
            "watches and trainers before they are listed. Evidence submitted by Harrowgate Market Analytics puts UK "
            "spending on such AI authentication at £86 million in 2024, up from £58 million in 2022, a compound annual "
            "growth rate of 21.8% over 2022-2024. Online resale platforms accounted for £52 million, or 60%, of the "
            "2024 figure, with the remainder spent by consignment stores and auction houses.\n"
            "4.13 Harrowgate expects spending to reach £190 million by 2028. For context, UK sales of pre-owned luxury "
            "goods were about £3.1 billion in 2024, and respondents to our call for evidence reported authenticating "
            "1.4 million items. In our own survey, 38% of consumers said they would not buy without a physical "
            "inspection.\n"
            "4.14 Question 7: Should platforms disclose when an item has been authenticated by software alone?"
        ),
        obs=[
            ("Total", 2022, 58, "GBP million", "actual"),
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Online resale platforms", 2024, 52, "GBP million", "actual"),
            ("Total", 2028, 190, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21.8, "percent", 2022, 2024, None, "stated"),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 58) ** (1 / 2) - 1 = 21.77% -> 21.8
            ("arithmetic", "exact"),  # 52 / 86 = 60.47% -> 60
        ],
    ),
    # 22. Luxury group's capital-markets-day speaker notes with arrows ("2024: $1.2bn → 2029: $3.4bn (CAGR 24%)"): the
    #     addressable market and a second market (virtual try-on, in USD million), each with a stated CAGR; the 24%
    #     holds only by rounding. Expected nowhere: the slide number, the group's €19.8bn revenue, the 1,250
    #     boutiques, the 31% operating margin, the 15% share target.
    dict(
        text=(
            "Maison Vallorin Group - Capital Markets Day 2025 - Slide 14, speaker notes\n"
            "- Start with the addressable market, not with us.\n"
            "- AI clienteling and demand forecasting for luxury houses, worldwide: 2024: $1.2bn → 2029: $3.4bn "
            "(CAGR 24%)\n"
            "- Virtual try-on for rings, watches and eyewear: 2024: $310m → 2029: $980m (CAGR 26%)\n"
            "- Pause here. Group revenue last year was €19.8bn across 1,250 boutiques, so the AI budget looks small "
            "next to it. That is the point: the leverage is in the sell-through, not the spend.\n"
            "- Don't repeat the 31% operating margin, it was on slide 6.\n"
            "- Close: our ambition is to hold 15% of the clienteling market by 2029. Hand over to Claire for the "
            "watches division."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
            ("Virtual try-on for rings, watches and eyewear", 2024, 310, "USD million", "actual"),
            ("Virtual try-on for rings, watches and eyewear", 2029, 980, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (3.4 / 1.2) ** (1 / 5) - 1 = 23.16% -> 23, not 24; bounds (3.35 / 1.25) ** (1/5) - 1 = 21.79%,
            # (3.45 / 1.15) ** (1/5) - 1 = 24.57% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (980 / 310) ** (1 / 5) - 1 = 25.89% -> 26
        ],
    ),
    # 23. Grading start-up's blog post describing a chart ("Figure 2: ... (USD million)") whose values the text reads
    #     off as bare numbers: 2021, 2023 and a 2025 forecast ("this year"), a multiple and a CAGR with its span
    #     printed. Expected nowhere: the figure number, the 410,000 stones, the 1.2 million carats, the $5,400
    #     one-carat price, the $40 million Series B.
    dict(
        text=(
            "Facetlight Blog - 9 April 2025 - Why grading labs are buying GPUs\n"
            "Figure 2: Worldwide spending on AI diamond and gemstone grading, 2021-2025 (USD million)\n"
            "The bars in Figure 2 tell the story quickly. Spending stood at 48 in 2021, rose to 95 in 2023 and, on our "
            "forecast, will reach 170 this year: roughly 3.5 times the 2021 level, or a compound rate of 37% a year "
            "between 2021 and 2025. Most of it goes on imaging rigs and the models that read inclusions and fluorescence, "
            "not on the graders themselves. For scale, our own lab graded 410,000 stones last year, about 1.2 million "
            "carats in all, and the average one-carat round we saw listed at $5,400. We closed a $40 million Series B "
            "in January, so expect more charts like this one."
        ),
        obs=[
            ("Total", 2021, 48, "USD million", "actual"),
            ("Total", 2023, 95, "USD million", "actual"),
            ("Total", 2025, 170, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.5, "multiple", 2021, 2025, 4.0),
            ("cagr", 37, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (170 / 48) ** (1 / 4) - 1 = 37.18% -> 37
        ],
    ),
    # 24. Antwerp grant call for proposals citing the Belgian market as background: 2024 and a 2028 projection with a
    #     stated CAGR that no reading reaches. Expected nowhere: the call's reference, the 84% of the world's rough
    #     diamonds, the 21.6 million carats exported, the €2.5 million budget, the €400,000 cap per project.
    dict(
        text=(
            "Antwerp Diamond Innovation Fund - Call for Proposals ADIF/2025/03\n"
            "AI-assisted grading of polished diamonds and coloured gemstones\n"
            "Background. Grading remains the bottleneck of the Antwerp trade. According to Scheldt Economics, the "
            "Belgian market for AI-assisted diamond and gemstone grading was worth €34.5 million in 2024 and is "
            "projected to reach €61.0 million in 2028, a compound annual growth rate of 16.8% over 2024-2028. Around "
            "84% of the world's rough diamonds still pass through the city, and Belgian polished exports came to 21.6 "
            "million carats last year.\n"
            "Budget. The total budget of this call is €2.5 million; a single project may receive up to €400,000 and "
            "must start before 1 October 2025. Proposals are due by 30 June 2025."
        ),
        obs=[
            ("Total", 2024, 34.5, "EUR million", "actual"),
            ("Total", 2028, 61.0, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (61.0 / 34.5) ** (1 / 4) - 1 = 15.31% -> 15.3, not 16.8; bounds (60.95 / 34.55) ** (1/4) - 1 = 15.25%,
            # (61.05 / 34.45) ** (1/4) - 1 = 15.38% -> 16.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. US newspaper op-ed (dated March 2025) with amounts and the rate in words: "last year" (2024) three hundred
    #     million dollars, up twelve per cent from two hundred and sixty-eight million the year before (2023), and
    #     "a billion dollars by 2030" (expected in the series' USD million). Expected nowhere: the $11,000 bag, the
    #     19,000 counterfeit pieces seized, "one in five buyers" (a survey, in words), the op-ed's date.
    dict(
        text=(
            "OPINION - The camera says it's real. Who says the camera is right?\n"
            "By Dana Whitcombe, March 9, 2025\n"
            "Last year American resale platforms spent roughly three hundred million dollars teaching machines to tell "
            "a real handbag, watch or sneaker from a fake. That was up about twelve per cent from two hundred and "
            "sixty-eight million dollars the year before, and one industry adviser told me the bill could reach a "
            "billion dollars by 2030. I am not against the machines. But when a bag that retails for $11,000 is waved "
            "through by a phone camera and an algorithm, somebody should be accountable when it goes wrong. Customs "
            "seized some 19,000 counterfeit luxury pieces at the border last year, and one in five buyers I spoke to "
            "said they no longer trust the little green check mark. The industry's confidence is growing faster than "
            "its evidence."
        ),
        obs=[
            ("Total", 2023, 268, "USD million", "actual"),
            ("Total", 2024, 300, "USD million", "actual"),
            ("Total", 2030, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 268) ** (1 / 1) - 1 = 11.94% -> 12
        ],
    ),
    # 26. Resale market update with a correction notice: the corrected $1.2bn is 2024's figure, the earlier $1.4bn
    #     nowhere; a 2028 forecast with a stated CAGR (span "2024-28") that holds only by rounding; a part (watches,
    #     USD million) with its share. Expected nowhere: the $1.4bn, the first quarter's $420m GMV, the $890 average
    #     selling price, the 23% take rate, the update's date.
    dict(
        text=(
            "Luxury Resale Monitor - Market update, 14 May 2025\n"
            "AI pricing engines, which set and adjust asking prices for pre-owned bags, watches and jewellery, are now "
            "standard on the larger resale platforms. Brightwater Research sizes global spending on them at $1.2bn in "
            "2024 and expects $2.9bn in 2028, a compound annual rate of 25.5% over 2024-28. Watches account for $450m, "
            "or 37.5% of the 2024 total, because reference numbers and auction records make them the easiest category "
            "to model. One listed platform reported first-quarter gross merchandise value of $420m, with an average "
            "selling price of $890 and a 23% take rate.\n"
            "Correction: an earlier version of this article said $1.4bn; the figure is $1.2bn."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2028, 2.9, "USD billion", "estimate"),
            ("Watches", 2024, 450, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2.9 / 1.2) ** (1 / 4) - 1 = 24.68% -> 24.7, not 25.5; bounds (2.85 / 1.25) ** (1/4) - 1 = 22.88%,
            # (2.95 / 1.15) ** (1/4) - 1 = 26.56% -> 25.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 450 / 1,200 (USD million) = 37.50% -> 37.5
        ],
    ),
    # 27. Academic abstract citing a market figure with an author-year reference: 2022 and a 2027 projection (USD
    #     1.05 billion, expected in the series' USD million) with a stated CAGR. Expected nowhere: the 12,480 images,
    #     the 37 dealers, the 91.4% and 84.2% agreement, the 95% CI, the p-value.
    dict(
        text=(
            "Abstract. Automated grading of coloured gemstones remains less mature than diamond grading, even though "
            "the market for AI-assisted diamond and gemstone grading was estimated at USD 410 million in 2022 and is "
            "projected to reach USD 1.05 billion by 2027, a compound annual growth rate of 20.7% over 2022-2027 "
            "(Moreau et al., 2023). We trained a convolutional network on 12,480 images of sapphires and emeralds "
            "supplied by 37 dealers in Bangkok, Geneva and Antwerp. Colour-grade agreement with three senior graders "
            "reached 91.4% (95% CI 89.9-92.8), against 84.2% for a gradient-boosting baseline (p < 0.001). "
            "Misgrading fell most for stones above three carats. We discuss what this means for laboratories that "
            "issue reports for auction houses.\n"
            "Keywords: gemstone grading; computer vision; colour science; luxury retail"
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2027, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1050 / 410) ** (1 / 5) - 1 = 20.69% -> 20.7
        ],
    ),
    # 28. Montreal authentication firm's release in C$ (its round given also in US dollars in parentheses), citing a
    #     research house's North American market in US dollars: 2023, 2024 with YoY, and a 2029 forecast (US$1.45
    #     billion, expected in the series' USD million). Expected nowhere: the C$28 million round and its US$19.6
    #     million, the C$9.3 million revenue, Canada's C$61 million (Canadian dollars are not in the unit table), the
    #     dateline.
    dict(
        text=(
            "Vérilux raises C$28 million to expand AI authentication of pre-owned luxury goods\n"
            "MONTREAL, Feb. 11, 2025 - Vérilux Technologies Inc., whose computer-vision models authenticate "
            "second-hand handbags, watches and sneakers for resale platforms, today announced the close of a C$28 "
            "million (US$19.6 million) Series B round. The company's revenue rose to C$9.3 million in fiscal 2024. "
            "Citing Lakeshore Insights, Vérilux said spending on AI authentication of pre-owned luxury goods across "
            "North America reached US$640 million in 2024, up 21.4% from US$527 million in 2023, and is forecast to "
            "reach US$1.45 billion by 2029. Canada accounted for roughly C$61 million of the 2024 total. \"Every bag we "
            "scan teaches the model something a human expert would need years to learn,\" said chief executive "
            "Martine Roy-Desrosiers."
        ),
        obs=[
            ("Total", 2023, 527, "USD million", "actual"),
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2029, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 527) ** (1 / 1) - 1 = 21.44% -> 21.4
        ],
    ),
    # 29. 证券时报-style interview (Simplified, 记者：/答：): the interviewee sizes the mainland market for AI
    #     authentication of pre-owned luxury goods, 2023 and 2024 with YoY (约 31%), 有望 2027. Expected nowhere: the
    #     2,800亿元 of pre-owned luxury trade, the 600万件 authenticated, the 3万元 bag, the company's 1.6亿元 revenue.
    dict(
        text=(
            "证券时报记者 林晓舟\n"
            "记者：二手奢侈品鉴定这两年很热，AI在里面到底有多大的生意？\n"
            "答：按我们研究院的口径，2024年国内二手奢侈品AI鉴定市场规模大约是18.6亿元，比2023年的14.2亿元增长了31%左右。"
            "到2027年，这个市场有望达到40亿元。\n"
            "记者：和整个二手奢侈品交易相比呢？\n"
            "答：还很小。去年国内二手奢侈品交易额大概2,800亿元，头部平台一年鉴定的包袋、腕表超过600万件。一只经典款手袋"
            "现在二手也要卖到3万元以上，鉴错一次平台就要赔钱。\n"
            "记者：贵公司自己的业务呢？\n"
            "答：我们的鉴定中心去年营收1.6亿元，但今天更想谈行业。"
        ),
        obs=[
            ("Total", 2023, 14.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31
        ],
    ),
    # 30. Industry white paper (Simplified) under 第二章 市场规模, with 市场规模（2024年） before its amount: 2022 and 2024
    #     with a stated CAGR that holds only by rounding; a part (培育钻石AI分级) with its share. Expected nowhere: the
    #     chapter and section numbers, the 410万克拉 imported, the 1,200万克拉 of lab-grown rough, the 550元 gold price
    #     per gram, the 18% penetration.
    dict(
        text=(
            "第二章 市场规模\n"
            "2.1 总体规模\n"
            "市场规模（2024年）：27.5亿元。据本白皮书课题组测算，我国钻石及彩色宝石AI分级检测市场规模由2022年的16.3亿元"
            "增至2024年的27.5亿元，2022—2024年复合增长率为30.2%。其中，培育钻石AI分级11.2亿元，占比40.7%，成为增长最快"
            "的细分领域。同期，全国钻石进口量约410万克拉，培育钻石毛坯产量约1,200万克拉；黄金均价约每克550元。按检测"
            "件数计，行业AI分级渗透率约为18%。"
        ),
        obs=[
            ("Total", 2022, 16.3, "CNY 100 million", "actual"),
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("培育钻石AI分级", 2024, 11.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 30.2, "percent", 2022, 2024, None, "stated"),
            ("share", 40.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (27.5 / 16.3) ** (1 / 2) - 1 = 29.89% -> 29.9, not 30.2; bounds (27.45 / 16.35) ** (1/2) - 1 = 29.57%,
            # (27.55 / 16.25) ** (1/2) - 1 = 30.21% -> 30.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 11.2 / 27.5 = 40.73% -> 40.7
        ],
    ),
    # 31. Short-video script (Simplified, recorded March 2025) with colloquial figures beside exact ones: 去年 (2024)
    #     差不多一百个亿, precisely 97.6亿元 (the figure), 前年 (2023) 51.3亿元, 翻了快一倍 (x2) and 同比涨了90%, 明年
    #     (2026) 150亿元 forecast. Expected nowhere: the 一百个亿 as a second 2024 figure, the 两万多件 a day, the 十几万
    #     bag price, the 600元 gold price.
    dict(
        text=(
            "【口播稿】二手奢侈品AI定价（2025年3月录制）\n"
            "家人们，今天聊个冷门但很赚钱的赛道——二手奢侈品AI定价。你猜去年国内这块市场多大？差不多一百个亿！准确说是"
            "97.6亿元，前年才51.3亿元，翻了快一倍，同比涨了90%。为啥涨这么猛？以前收一只包给多少钱，全靠老师傅拍脑袋，"
            "现在拍几张照片，AI三秒出价。某头部平台一天就要估价两万多件，一只铂金包二手还能卖十几万。业内预计明年能冲到"
            "150亿元。关注我，下期聊聊金价破600一克以后，黄金回收怎么用AI。"
        ),
        obs=[
            ("Total", 2023, 51.3, "CNY 100 million", "actual"),
            ("Total", 2024, 97.6, "CNY 100 million", "actual"),
            ("Total", 2026, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),
            ("growth", 90, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97.6 / 51.3) ** (1 / 1) - 1 = 90.25% -> 90
        ],
    ),
    # 32. District 统计公报 paragraph (Simplified): 全年 market size 比上年增长 16.8% (the prior year not printed, no
    #     verdict); a part with its growth (no verdict) and a share no reading reaches. Expected nowhere: the
    #     bulletin's title year, the 4,126 jewellery firms and 386 using AI, the 1,862亿元 wholesale and retail sales
    #     and their 5.1%.
    dict(
        text=(
            "翠湾区2024年国民经济和社会发展统计公报（节选）\n"
            "七、特色产业\n"
            "全年，全区黄金珠宝产业人工智能应用（含AI鉴定检测、AI首饰设计及虚拟试戴）市场规模8.74亿元，比上年增长16.8%。"
            "其中，AI鉴定检测服务3.52亿元，增长22.4%，占全部AI应用市场规模的42.3%。年末全区黄金珠宝企业4,126家，其中"
            "应用人工智能技术的企业386家。全年黄金珠宝批发零售额1,862亿元，比上年增长5.1%。"
        ),
        obs=[
            ("Total", 2024, 8.74, "CNY 100 million", "actual"),
            ("AI鉴定检测服务", 2024, 3.52, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 42.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.52 / 8.74 = 40.27% -> 40.3, not 42.3; bounds 3.515 / 8.745 = 40.19%, 3.525 / 8.735 = 40.35% -> 42.3
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 33. Taiwan research institute's release (Traditional, 新台幣億元): 2024 and 預估 2028 with a 年複合成長率 whose span
    #     is printed, holding only by rounding; a part (名錶AI估價) with its share. Expected nowhere: the release date,
    #     the 新台幣1,200億元 of pre-owned luxury trade, the 62% of respondents, the 31萬只 watches imported.
    dict(
        text=(
            "新聞稿 臺灣精品流通產業研究所 2025年4月22日\n"
            "本所今（22）日發布「二手精品AI鑑價趨勢報告」。報告指出，國內二手精品交易平台導入AI定價與鑑價服務的市場規模，"
            "2024年為新台幣8.6億元，預估2028年將達新台幣19.4億元，2024至2028年年複合成長率為22.5%。其中，名錶AI估價"
            "2024年為新台幣3.2億元，占37.2%，為最大宗。相較之下，國內二手精品交易總額約新台幣1,200億元；本所調查亦顯示，"
            "62%的受訪消費者曾使用線上估價工具。2024年臺灣瑞士錶進口量約31萬只。"
        ),
        obs=[
            ("Total", 2024, 8.6, "TWD 100 million", "actual"),
            ("Total", 2028, 19.4, "TWD 100 million", "estimate"),
            ("名錶AI估價", 2024, 3.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2028, None, "stated"),
            ("share", 37.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (19.4 / 8.6) ** (1 / 4) - 1 = 22.554% -> 22.6, not 22.5; bounds (19.35 / 8.65) ** (1/4) - 1 = 22.30%,
            # (19.45 / 8.55) ** (1/4) - 1 = 22.81% -> 22.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 3.2 / 8.6 = 37.21% -> 37.2
        ],
    ),
    # 34. Macau and Hong Kong broker note (Traditional, 億港元) with 按年升: 2024 with 2023 in parentheses, its 32%
    #     reached by no reading; 預計 2025 with 約20%, only by rounding. Expected nowhere: the note's date, the
    #     兩成 fall in Swiss watch exports (in words), the 220萬只 watches, the 7萬港元 watch price, the first half's
    #     18%, the 12.6港元 target price.
    dict(
        text=(
            "澳港證券 行業快訊 2025年3月18日\n"
            "香港二手名錶AI鑑定：增長跑贏整體錶市\n"
            "我們估算，2024年香港二手名錶及手袋AI鑑定、估價服務市場規模約4.8億港元，按年升32%（2023年：3.8億港元），"
            "預計2025年按年再升約20%至5.8億港元。相比之下，2024年瑞士鐘錶對港出口額按年跌逾兩成，出口量約220萬只；"
            "一隻入門級瑞士名錶的二手成交價仍約7萬港元。重點公司上半年收入按年升18%，維持「買入」評級，目標價12.6港元。"
        ),
        obs=[
            ("Total", 2023, 3.8, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("Total", 2025, 5.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.8 / 3.8) ** (1 / 1) - 1 = 26.32% -> 26, not 32; bounds 4.75 / 3.85 - 1 = 23.38%, 4.85 / 3.75 - 1 =
            # 29.33% -> 32 reached by no reading
            ("cagr|implied", "inconsistent"),
            # (5.8 / 4.8) ** (1 / 1) - 1 = 20.83% -> 21, not 20; bounds 5.75 / 4.85 - 1 = 18.56%, 5.85 / 4.75 - 1 =
            # 23.16% -> 20 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 35. Hong Kong IPO prospectus's industry overview (Traditional, 億元人民幣) citing a consultancy: 由2020年…增至2024年
    #     with a 複合年增長率 whose span only the amounts' years give (inferred), and a 2029 forecast with a stated
    #     2024-2029 rate. Expected nowhere: the 4,700億元人民幣 of personal luxury spending, the group's 2.6億元人民幣
    #     revenue and its ranking, the 120 brands served.
    dict(
        text=(
            "行業概覽\n"
            "根據灼見諮詢的報告，中國內地奢侈品AI客戶經營解決方案（包括AI客戶關係管理、需求預測及個性化推薦）的市場規模"
            "由2020年的12.4億元人民幣增至2024年的38.9億元人民幣，複合年增長率為33.1%，並預期於2029年達到112.6億元"
            "人民幣，2024年至2029年的複合年增長率為23.7%。同期，中國內地個人奢侈品消費總額約為4,700億元人民幣。按2024年"
            "收入計，本集團於該市場排名第三，2024年收入為2.6億元人民幣。截至最後實際可行日期，我們服務逾120個奢侈品牌。"
        ),
        obs=[
            ("Total", 2020, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.9, "CNY 100 million", "actual"),
            ("Total", 2029, 112.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33.1, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 23.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.9 / 12.4) ** (1 / 4) - 1 = 33.09% -> 33.1
            ("cagr|implied", "exact"),  # (112.6 / 38.9) ** (1 / 5) - 1 = 23.69% -> 23.7
        ],
    ),
    # 36. CSV pasted as text (USD million) with the years as columns ("region,2023,2024,2025E") and a Total row: two
    #     regions and the Total; the rows add to the Total in 2023 and 2024, in 2025E only by rounding. Expected
    #     nowhere: the source's date, the 4.1 million frames, the USD 310 average frame price.
    dict(
        text=(
            "Luxury virtual try-on spend (rings, watches, eyewear), USD million\n"
            "region,2023,2024,2025E\n"
            "Europe,142.6,171.3,205.8\n"
            "North America,118.4,139.9,166.0\n"
            "Total,261.0,311.2,371.9\n"
            "Source: Corbel & Lane Advisory, June 2025. E = estimate. Spend by jewellery, watch and eyewear houses on "
            "AR try-on software, 3D product models and the AI that fits them to hands, wrists and faces; excludes the "
            "4.1 million premium frames sold online in 2024 at an average USD 310 each."
        ),
        obs=[
            ("Europe", 2023, 142.6, "USD million", "actual"),
            ("Europe", 2024, 171.3, "USD million", "actual"),
            ("Europe", 2025, 205.8, "USD million", "estimate"),
            ("North America", 2023, 118.4, "USD million", "actual"),
            ("North America", 2024, 139.9, "USD million", "actual"),
            ("North America", 2025, 166.0, "USD million", "estimate"),
            ("Total", 2023, 261.0, "USD million", "actual"),
            ("Total", 2024, 311.2, "USD million", "actual"),
            ("Total", 2025, 371.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 142.6 + 118.4 = 261.0
            ("hierarchy", "exact"),  # 2024: 171.3 + 139.9 = 311.2
            # 2025E: 205.8 + 166.0 = 371.8, not 371.9; a miss of 0.1 within 3 x 0.05 = 0.15 (each figure +/-0.05)
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Markdown table of years (Antwerp, € million, its lone value column headed by its unit: the Total) with a
    #     "Δ YoY" column and an "Index (2020=100)" column: 2021's YoY rests on an unprinted 2020 (no verdict); 2023's
    #     holds only by rounding, 2024's by no reading. Expected nowhere: the index column, the source's date, the
    #     1,450 graded lots.
    dict(
        text=(
            "Antwerp: AI diamond-grading services revenue\n"
            "| Year | € million | Δ YoY | Index (2020=100) |\n"
            "|---|---|---|---|\n"
            "| 2021 | 18.4 | +26.0% | 126.0 |\n"
            "| 2022 | 23.1 | +25.5% | 158.2 |\n"
            "| 2023 | 27.9 | +20.5% | 191.1 |\n"
            "| 2024 | 35.2 | +28.4% | 241.1 |\n"
            "| 2025E | 42.6 | +21.0% | 291.8 |\n"
            "Source: Scheldt Gem Observatory, March 2025; E = estimate. Revenue of Antwerp laboratories and traders from "
            "machine grading of colour, clarity and cut, including rented imaging stations. Average weekly graded lots "
            "in 2024: 1,450."
        ),
        obs=[
            ("Total", 2021, 18.4, "EUR million", "actual"),
            ("Total", 2022, 23.1, "EUR million", "actual"),
            ("Total", 2023, 27.9, "EUR million", "actual"),
            ("Total", 2024, 35.2, "EUR million", "actual"),
            ("Total", 2025, 42.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2020, 2021, 1.0),
            ("growth", 25.5, "percent", 2021, 2022, 1.0),
            ("growth", 20.5, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.1 / 18.4) ** (1 / 1) - 1 = 25.54% -> 25.5
            # (27.9 / 23.1) ** (1 / 1) - 1 = 20.78% -> 20.8, not 20.5; bounds 27.85 / 23.15 - 1 = 20.30%, 27.95 /
            # 23.05 - 1 = 21.26% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
            # (35.2 / 27.9) ** (1 / 1) - 1 = 26.16% -> 26.2, not 28.4; bounds 35.15 / 27.95 - 1 = 25.76%, 35.25 /
            # 27.85 - 1 = 26.57% -> 28.4 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (42.6 / 35.2) ** (1 / 1) - 1 = 21.02% -> 21.0
        ],
    ),
    # 38. Space-aligned Simplified table of 指标 rows (市场规模（亿元）, 同比增速, 渗透率) by year (2025年E, 2026年E
    #     estimates): the generic 市场规模 row is the market's Total; three YoY rates, the 2025E one only by rounding.
    #     Expected nowhere: the table number, the 渗透率 row, the 6,800亿元 of jewellery retail sales, the 1.2万家
    #     stores.
    dict(
        text=(
            "表2  中国珠宝首饰AI虚拟试戴市场主要指标\n"
            "指标                 2023年     2024年     2025年E     2026年E\n"
            "市场规模（亿元）        6.8        9.1        11.9        15.2\n"
            "同比增速               —        33.8%       31.2%       27.7%\n"
            "渗透率                2.1%       2.9%        3.8%        4.9%\n"
            "资料来源：鼎观产业研究院；E为预测值。渗透率为上线虚拟试戴功能的珠宝门店占比，2024年全国珠宝首饰零售额约"
            "6,800亿元，门店约1.2万家接入线上渠道。"
        ),
        obs=[
            ("Total", 2023, 6.8, "CNY 100 million", "actual"),
            ("Total", 2024, 9.1, "CNY 100 million", "actual"),
            ("Total", 2025, 11.9, "CNY 100 million", "estimate"),
            ("Total", 2026, 15.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2023, 2024, 1.0),
            ("growth", 31.2, "percent", 2024, 2025, 1.0),
            ("growth", 27.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.1 / 6.8) ** (1 / 1) - 1 = 33.82% -> 33.8
            # (11.9 / 9.1) ** (1 / 1) - 1 = 30.77% -> 30.8, not 31.2; bounds 11.85 / 9.15 - 1 = 29.51%, 11.95 / 9.05
            # - 1 = 32.04% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (15.2 / 11.9) ** (1 / 1) - 1 = 27.73% -> 27.7
        ],
    ),
    # 39. Tab-separated Traditional table (Taiwan, 新台幣億元) whose years carry the ROC year ("2024（民國113年）"),
    #     two applications and a 合計 row (its label the total's item) with a 年增率 column: three YoY rates, all
    #     exact; the 2023 合計 is reached by no reading of its rows. Expected nowhere: the table number, the ROC years,
    #     the source's date.
    dict(
        text=(
            "表4　臺灣珠寶鐘錶業AI應用市場規模（單位：新台幣億元）\n"
            "項目\t2023（民國112年）\t2024（民國113年）\t年增率\n"
            "AI鑽石與寶石分級\t2.4\t3.1\t29.2%\n"
            "AI名錶與精品鑑定\t3.6\t4.4\t22.2%\n"
            "合計\t6.3\t7.5\t19.0%\n"
            "資料來源：臺灣珠寶鐘錶產業協進會，2025年5月。說明：AI鑽石與寶石分級含影像分級設備及雲端判讀服務；AI名錶與"
            "精品鑑定含二手錶機芯辨識及手袋真偽鑑定；不含珠寶零售額及鐘錶進口只數。"
        ),
        obs=[
            ("AI鑽石與寶石分級", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI鑽石與寶石分級", 2024, 3.1, "TWD 100 million", "actual"),
            ("AI名錶與精品鑑定", 2023, 3.6, "TWD 100 million", "actual"),
            ("AI名錶與精品鑑定", 2024, 4.4, "TWD 100 million", "actual"),
            ("合計", 2023, 6.3, "TWD 100 million", "actual"),
            ("合計", 2024, 7.5, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.4) ** (1 / 1) - 1 = 29.17% -> 29.2
            ("cagr|implied", "exact"),  # (4.4 / 3.6) ** (1 / 1) - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (7.5 / 6.3) ** (1 / 1) - 1 = 19.05% -> 19.0
            # 2023: 2.4 + 3.6 = 6.0, not 6.3; bounds 5.9..6.1 (each row +/-0.05) against 6.25..6.35 -> 6.3 reached by
            # no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 3.1 + 4.4 = 7.5
        ],
    ),
    # 40. Italian semicolon-separated table (migliaia di euro) with decimal commas ("8.412,5", "21,7%"), a header line
    #     and a Totale row (its label the total's item): three YoY rates, all exact; the rows add to the Totale in
    #     2023, in 2024 only by rounding. Expected nowhere: the source's date, the 25,4 miliardi of personal luxury
    #     sales, the 1.180 mono-brand stores.
    dict(
        text=(
            "Osservatorio Lusso e Dati - AI per previsione della domanda e clienteling, maison italiane (migliaia di "
            "euro)\n"
            "Segmento;2023;2024;Var. %\n"
            "Previsione della domanda;8.412,5;10.236,0;21,7%\n"
            "Clienteling e CRM;5.930,2;7.118,4;20,0%\n"
            "Totale;14.342,7;17.354,5;21,0%\n"
            "Fonte: Osservatorio Lusso e Dati, aprile 2025. Spesa delle maison italiane di gioielleria, orologeria e "
            "pelletteria in software di intelligenza artificiale. Esclusi il fatturato dei beni di lusso personali in "
            "Italia (25,4 miliardi di euro) e i 1.180 negozi monomarca."
        ),
        obs=[
            ("Previsione della domanda", 2023, 8412.5, "EUR thousand", "actual"),
            ("Previsione della domanda", 2024, 10236.0, "EUR thousand", "actual"),
            ("Clienteling e CRM", 2023, 5930.2, "EUR thousand", "actual"),
            ("Clienteling e CRM", 2024, 7118.4, "EUR thousand", "actual"),
            ("Totale", 2023, 14342.7, "EUR thousand", "actual"),
            ("Totale", 2024, 17354.5, "EUR thousand", "actual"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10236.0 / 8412.5) ** (1 / 1) - 1 = 21.68% -> 21.7
            ("cagr|implied", "exact"),  # (7118.4 / 5930.2) ** (1 / 1) - 1 = 20.04% -> 20.0
            ("cagr|implied", "exact"),  # (17354.5 / 14342.7) ** (1 / 1) - 1 = 21.00% -> 21.0
            ("hierarchy", "exact"),  # 2023: 8412.5 + 5930.2 = 14342.7
            # 2024: 10236.0 + 7118.4 = 17354.4, not 17354.5; a miss of 0.1 within 3 x 0.05 = 0.15 (each figure +/-0.05)
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 10, 'rounding': 18, 'exact': 67}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Page 4 of 12',
    'between $1.1 billion and $1.3 billion',
    '[00:12:31] MAYA REYES:',
    '**$2.6B**:',
    "CAGR '24-'29: 21%",
    'Q: How big is',
    '2029-30',
    'EDIT:',
    '行业概览',
    '环比增长6.2%',
    '【行业】',
    '翻一番',
    '新台幣18.6億元',
    '億港元',
    '3.5个亿',
    'year,segment,value_usd_m',
    '| Market size (USD bn) |',
    '| Share 2030 |',
    '| 年份 | 市场规模（亿元） | 增速 |',
    '年增減',
    '4.12',
    '2024: $1.2bn → 2029: $3.4bn (CAGR 24%)',
    'Figure 2:',
    'Call for Proposals',
    'three hundred million dollars',
    'Correction: an earlier version',
    '(Moreau et al., 2023)',
    'C$28 million (US$19.6 million)',
    '记者：',
    '市场规模（2024年）',
    '差不多一百个亿',
    '比上年增长',
    '年複合成長率',
    '按年升',
    '複合年增長率',
    'region,2023,2024,2025E',
    '| Index (2020=100) |',
    '同比增速',
    '2024（民國113年）',
    'Totale;14.342,7',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 120
#: figures, 43 rates, 52 verdicts and 3 false inconsistent
FLOORS = {"figures_found": 137, "rates_found": 58, "verdicts_right": 71}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset261.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
