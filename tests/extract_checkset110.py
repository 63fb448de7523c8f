"""A hundred-and-tenth check set for the extractor, written blind: a market's history told over decades, in English
and Chinese (Simplified and Traditional) -- encyclopaedia-style overviews, anniversary features, textbook chapters
and retrospectives with figures for many years in one paragraph, years given as decades or eras, fiscal and calendar
years mixed, figures revised years later, growth over long spans, a peak and a fall; inflation-adjusted figures,
founding years, counts of firms, patents and employees, ages, percentage points and one company's sales are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. encyclopaedia-style entry (English prose): figures for 1995, 2005, a 2008 peak, "fell 32% in 2009",
    #    a 2018 figure "later revised to" a more precise one; founding year 1961, "a few dozen firms",
    #    "the 2010s" and a "2020 dollars" figure expected nowhere
    dict(
        text=(
            "Industrial robots \u2014 market history. The first programmable arm went to work on a New Jersey car "
            "line in 1961, and for two decades the trade was a curiosity served by a few dozen firms. Worldwide "
            "sales of industrial robots were worth $4.2 billion in 1995 and $6.1 billion in 2005, according to "
            "series kept by the Halvorsen Institute for Automation. Demand peaked at $7.35 billion in 2008, then "
            "fell 32% in 2009, to $5.0 billion, as carmakers froze investment. Growth resumed through the 2010s; "
            "the institute first put 2018 sales at $16.5 billion, a figure later revised to $16.74 billion. "
            "Measured in 2020 dollars, the 1995 market would be worth about $7.1 billion."
        ),
        obs=[
            ("Total", 1995, 4.2, "USD billion", "actual"),
            ("Total", 2005, 6.1, "USD billion", "actual"),
            ("Total", 2008, 7.35, "USD billion", "actual"),
            ("Total", 2009, 5.0, "USD billion", "actual"),
            ("Total", 2018, 16.74, "USD billion", "actual"),  # revised, most precise statement
        ],
        claims=[
            ("growth", -32, "percent", 2008, 2009, 1.0),  # "fell 32% in 2009"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.0 / 7.35 - 1 = -31.97% -> -32
        ],
    ),
    # 2. anniversary feature with dateline (English prose, GBP): 1990 and "fiscal 2005" figures, "more than
    #    doubling in fifteen years", "last year" = 2023 up 6% on 2022, "this year" = 2024 estimate; founder's age,
    #    headcount, company revenue and "two percentage points" expected nowhere
    dict(
        text=(
            "LONDON, 12 June 2024 \u2014 When Margaret Pellworth won her first staff-canteen contract in 1984 she "
            "was 29 and had two cooks. Forty years on, Pellworth Foods employs 14,000 people and booked revenue of "
            "\u00a3612 million in its last financial year. The market it grew up in has changed beyond "
            "recognition: the consultancy Brackley & Moor values UK contract catering at \u00a31.9 billion in 1990 "
            "and \u00a34.6 billion in fiscal 2005, more than doubling in fifteen years. After a pandemic slump the "
            "market reached \u00a37.2 billion last year, up 6% on the \u00a36.8 billion of 2022, and Brackley & "
            "Moor expects \u00a37.6 billion this year. Pellworth's share of the market has risen by two percentage "
            "points since 2019."
        ),
        obs=[
            ("Total", 1990, 1.9, "GBP billion", "actual"),
            ("Total", 2005, 4.6, "GBP billion", "actual"),
            ("Total", 2022, 6.8, "GBP billion", "actual"),
            ("Total", 2023, 7.2, "GBP billion", "actual"),
            ("Total", 2024, 7.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 1990, 2005, 15.0),  # "more than doubling in fifteen years"
            ("growth", 6, "percent", 2022, 2023, 1.0),  # "up 6% on the £6.8 billion of 2022"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.2 / 6.8 - 1 = 5.88% -> 6
        ],
    ),
    # 3. textbook case study (English prose): "In 1995 ... a decade later it had reached", a compound rate whose
    #    span only its amounts give (inferred, rounding); a region's amount and share (arithmetic); makers, patents,
    #    "the 1960s" / "the late 1980s" and percentage points expected nowhere
    dict(
        text=(
            "Case study 4.2: Dental implants. Titanium root-form implants were developed in Sweden in the 1960s, "
            "but a commercial market took shape only in the late 1980s. In 1995 the global market was worth $1.2 "
            "billion; a decade later it had reached $4.8 billion, which works out to compound growth of 14% a year. "
            "North America accounted for $1.9 billion of the 2005 total, or 40%. The number of implant makers rose "
            "from about 40 to more than 300 over the same period, and patent filings quadrupled. Students should "
            "note that Europe's share slipped by nine percentage points as American dentists caught up."
        ),
        obs=[
            ("Total", 1995, 1.2, "USD billion", "actual"),
            ("Total", 2005, 4.8, "USD billion", "actual"),
            ("North America", 2005, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 14, "percent", 1995, 2005, None, "inferred"),
            ("share", 40, "percent", 2005, 2005, None),
        ],
        verdicts=[
            # (4.8 / 1.2) ** (1/10) - 1 = 14.87% -> 15, not 14; bounds (4.75/1.25)**0.1-1 = 14.28% ..
            # (4.85/1.15)**0.1-1 = 15.48%: 14.28 rounds to 14 -> rounding
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 1.9 / 4.8 = 39.58% -> 40
        ],
    ),
    # 4. retrospective in a federation's annual review (English prose, EUR): a stated 2015-2023 CAGR its own
    #    figures contradict (inconsistent), a 2022 peak and "fell 13% in 2023" (exact); a quarter's sales,
    #    a survey answer ("one rider in four") and a "2005 euros" figure expected nowhere
    dict(
        text=(
            "Twenty years of the e-bike: a retrospective from the Velora Cycling Federation's 2024 annual review. "
            "In 2005 Europeans spent \u20ac0.9 billion on electric bicycles, most of them heavy Dutch city models. "
            "By 2015 the figure was \u20ac4.3 billion, and from 2015 to 2023 sales compounded at 24% a year, the "
            "federation's statisticians calculate, taking the market to a peak of \u20ac21.4 billion in 2022. Sales "
            "then fell 13% in 2023, to \u20ac18.6 billion, as dealers cleared pandemic-era stock; fourth-quarter "
            "sales alone were \u20ac3.1 billion. One rider in four surveyed by the federation said an e-bike had "
            "replaced a car journey. In 2005 euros, last year's market is worth about \u20ac13 billion."
        ),
        obs=[
            ("Total", 2005, 0.9, "EUR billion", "actual"),
            ("Total", 2015, 4.3, "EUR billion", "actual"),
            ("Total", 2022, 21.4, "EUR billion", "actual"),
            ("Total", 2023, 18.6, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 24, "percent", 2015, 2023, None, "stated"),  # "from 2015 to 2023 ... 24% a year"
            ("growth", -13, "percent", 2022, 2023, 1.0),  # "fell 13% in 2023"
        ],
        verdicts=[
            # (18.6 / 4.3) ** (1/8) - 1 = 20.09%; bounds (18.55/4.35)**(1/8)-1 = 19.88% ..
            # (18.65/4.25)**(1/8)-1 = 20.31%; 24 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 18.6 / 21.4 - 1 = -13.08% -> -13
        ],
    ),
    # 5. investor day (English prose): a company sizes its total addressable market over three decades in fiscal
    #    years, with a stated 2023-2028 CAGR (exact) and a 2028 target (estimate); the company's own revenue,
    #    founding year, share target, price target and upside expected nowhere
    dict(
        text=(
            "At its investor day in New York on 14 November 2024, Corveth Medical's chief executive, Dana Ilves, "
            "walked analysts through three decades of the infusion-pump business. The total addressable market for "
            "hospital infusion pumps, she said, was $1.1 billion in fiscal 1995, $3.0 billion in fiscal 2010 and "
            "$7.9 billion in fiscal 2023, and it should reach $11 billion by fiscal 2028, a 7% CAGR from 2023 to "
            "2028. Corveth, founded in 1979, booked revenue of $1.24 billion last fiscal year and aims to hold 20% "
            "of the market by 2028. Brokerage Kessling & Rowe kept its $145 price target, implying 18% upside."
        ),
        obs=[
            ("Total", 1995, 1.1, "USD billion", "actual"),
            ("Total", 2010, 3.0, "USD billion", "actual"),
            ("Total", 2023, 7.9, "USD billion", "actual"),
            ("Total", 2028, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 7, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11 / 7.9) ** (1/5) - 1 = 6.84% -> 7
        ],
    ),
    # 6. news feature on a Japanese market (English prose, yen): series opens in ¥ billion, later figures in
    #    ¥ trillion expected converted to JPY billion; "cut it 3.8% in 2020" exact only within rounding;
    #    studio count, an age and a salary expected nowhere
    dict(
        text=(
            "TOKYO \u2014 The Nakamori Animation Research Council has now tracked the domestic anime industry for "
            "more than two decades. Its first survey valued the market at \u00a51,093 billion in 2002, when some "
            "430 studios were active. Broadcasting, streaming and overseas licensing pushed the total to \u00a52.51 "
            "trillion by 2019; the pandemic then cut it 3.8% in 2020, to \u00a52.42 trillion. A record \u00a52.93 "
            "trillion followed in 2022. The council's chair, 71-year-old director Shoji Amemiya, notes that the "
            "average junior animator still earns less than \u00a52 million a year."
        ),
        obs=[
            ("Total", 2002, 1093, "JPY billion", "actual"),
            ("Total", 2019, 2510, "JPY billion", "actual"),
            ("Total", 2020, 2420, "JPY billion", "actual"),
            ("Total", 2022, 2930, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", -3.8, "percent", 2019, 2020, 1.0),
        ],
        verdicts=[
            # 2420 / 2510 - 1 = -3.59% -> -3.6, not -3.8; bounds 2415/2515-1 = -3.98% .. 2425/2505-1 = -3.19%;
            # -3.8 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. trade-press overview (English prose): "grew tenfold between 2005 and 2015" (multiple, no verdict) and a
    #    stated 2015-2022 compound annual rate (exact); a rupee figure, a founding year, "a multibillion-dollar
    #    opportunity" and a poll answer expected nowhere
    dict(
        text=(
            "From health-food shelf to supermarket staple: the global market for plant-based milk grew tenfold "
            "between 2005 and 2015, from $0.74 billion to $7.4 billion, according to Ashgrove Food Analytics. Oat "
            "drinks, pioneered by a Swedish firm founded in 1994, led the next leg: from 2015 to 2022 the market "
            "grew at a compound annual rate of 9.5%, reaching $14.0 billion. India's market, put at Rs 2,100 crore "
            "in 2022, is still small, though investors call it a multibillion-dollar opportunity. In an Ashgrove "
            "poll, 41% of shoppers said they buy a plant-based milk at least once a month."
        ),
        obs=[
            ("Total", 2005, 0.74, "USD billion", "actual"),
            ("Total", 2015, 7.4, "USD billion", "actual"),
            ("Total", 2022, 14.0, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 10, "multiple", 2005, 2015, 10.0),  # "grew tenfold"
            ("cagr", 9.5, "percent", 2015, 2022, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.0 / 7.4) ** (1/7) - 1 = 9.54% -> 9.5
        ],
    ),
    # 8. short history (English prose, USD): series opens in $ million, later $ billion figures expected in
    #    USD million; "more than fivefold between 2010 and 2020" (multiple); "jumped 30%" that its own amounts
    #    contradict (inconsistent); founding year, pet and carrier counts, real-terms "fourfold" expected nowhere
    dict(
        text=(
            "Pet insurance in America: a short history. The first policy was sold in 1982 to cover a television "
            "dog, and for a quarter of a century the business stayed marginal: the Ridgeway Pet Health Association "
            "puts gross written premiums at $310 million in 2008. The market grew more than fivefold between 2010 "
            "and 2020, when premiums reached $2.35 billion, and in 2021 they jumped 30% to $2.84 billion as "
            "pandemic adoptions fed through. The association counts 5.7 million insured pets and 24 carriers. "
            "Adjusted for inflation, premiums have risen rather less, about fourfold, since 2010."
        ),
        obs=[
            ("Total", 2008, 310, "USD million", "actual"),
            ("Total", 2020, 2350, "USD million", "actual"),
            ("Total", 2021, 2840, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2010, 2020, 10.0),  # "more than fivefold"
            ("growth", 30, "percent", 2020, 2021, 1.0),
        ],
        verdicts=[
            # 2840 / 2350 - 1 = 20.85%; bounds 2835/2355-1 = 20.38% .. 2845/2345-1 = 21.32%; 30 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. history piece (English prose): a stated "2010-2020 compound annual growth rate" (exact); a rival
    #    publisher's 2020 figure expected nowhere; a neighbouring market named beside it is its own item;
    #    operator counts and the 1999 "three" expected nowhere
    dict(
        text=(
            "A short history of commercial satellite imagery. When the first one-metre civilian pictures went on "
            "sale in 1999 the business was tiny: Fenwick Orbital Research puts global sales that year at $0.19 "
            "billion. By 2010 the market had reached $1.45 billion, and in 2020 it stood at $3.1 billion, a "
            "2010-2020 compound annual growth rate of 7.9%, Fenwick calculates. A rival tally by Osprey Geo "
            "Analytics puts 2020 sales at $3.6 billion. The neighbouring market for geospatial analytics software, "
            "worth $9.4 billion in 2020, has grown faster still. Fenwick counts 38 companies now operating imaging "
            "satellites, up from three in 1999."
        ),
        obs=[
            ("Total", 1999, 0.19, "USD billion", "actual"),
            ("Total", 2010, 1.45, "USD billion", "actual"),
            ("Total", 2020, 3.1, "USD billion", "actual"),
            ("Geospatial analytics software", 2020, 9.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 7.9, "percent", 2010, 2020, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 1.45) ** (1/10) - 1 = 7.89% -> 7.9
        ],
    ),
    # 10. encyclopaedia entry (Simplified Chinese prose, 亿元): 2010/2015/2020 figures and a stated
    #    "2015年至2020年" CAGR (exact); "首次突破1万亿元" converted into the 亿元 series at its printed figure;
    #    founding year 1980, "2000年代", firm and staff counts, 百分点 expected nowhere
    dict(
        text=(
            "快递业（中国）　1980年，中国邮政开办国际特快专递业务，此后近二十年间快递仍是邮政的附属业务。进入2000年代，"
            "民营快递企业大量涌现。据华衡物流研究院统计，2010年全国快递业务收入为574.6亿元，2015年增至2769.6亿元，"
            "2020年达到8795.4亿元，2015年至2020年年均复合增长率为26.0%。2021年，行业收入首次突破1万亿元。目前全国持证"
            "快递企业超过2万家，从业人员逾400万人；2020年同城快递收入占比较上年下降1.3个百分点。"
        ),
        obs=[
            ("Total", 2010, 574.6, "CNY 100 million", "actual"),
            ("Total", 2015, 2769.6, "CNY 100 million", "actual"),
            ("Total", 2020, 8795.4, "CNY 100 million", "actual"),
            ("Total", 2021, 10000, "CNY 100 million", "actual"),  # 突破1万亿元 = 10000 亿元
        ],
        claims=[
            ("cagr", 26.0, "percent", 2015, 2020, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8795.4 / 2769.6) ** (1/5) - 1 = 25.999% -> 26.0
        ],
    ),
    # 11. anniversary feature (Simplified Chinese prose, 亿元): "约9.2亿元" at its printed figure, "较2002年增长10倍"
    #    between two printed amounts (x11), a 2019 peak and a 2020 fall (exact), 2023 rebound vs 2022 (exact);
    #    screen count, a single film's takings and a first-quarter figure expected nowhere
    dict(
        text=(
            "【本报2024年3月讯】今年是华影学会成立四十周年。回顾我国电影市场的发展历程：2002年全国城市票房约9.2亿元，"
            "到2010年已达101.7亿元，较2002年增长10倍。2019年票房攀升至642.7亿元的历史峰值，2020年受疫情冲击骤降68.2%，"
            "仅为204.2亿元。2023年票房回升至549.2亿元，较2022年的300.7亿元增长82.6%。截至2023年底，全国银幕总数达8.6万"
            "块；当年票房冠军影片一部即收获45.4亿元。今年一季度，全国票房为163.9亿元。"
        ),
        obs=[
            ("Total", 2002, 9.2, "CNY 100 million", "actual"),
            ("Total", 2010, 101.7, "CNY 100 million", "actual"),
            ("Total", 2019, 642.7, "CNY 100 million", "actual"),
            ("Total", 2020, 204.2, "CNY 100 million", "actual"),
            ("Total", 2022, 300.7, "CNY 100 million", "actual"),
            ("Total", 2023, 549.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 11, "multiple", 2002, 2010, 8.0),  # 增长10倍 between two printed amounts -> x11
            ("growth", -68.2, "percent", 2019, 2020, 1.0),
            ("growth", 82.6, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 204.2 / 642.7 - 1 = -68.228% -> -68.2
            ("cagr|implied", "exact"),  # 549.2 / 300.7 - 1 = 82.64% -> 82.6
        ],
    ),
    # 12. anniversary review (Traditional Chinese prose, 新台幣億元): 2005/2015/2023 figures, a stated
    #    "2015至2023年" compound rate (exact), 今年 forecast (estimate); founding year, store count and the
    #    leading chain's revenue expected nowhere
    dict(
        text=(
            "【2024年5月・台北】台灣第一家連鎖便利商店於1979年開幕，四十五年來，超商已成為島內最密集的零售通路。據和曦產業"
            "研究所統計，便利商店市場規模在2005年為新台幣2,150億元，2015年增至3,060億元，2023年再創新高，達4,120億元，"
            "2015至2023年年複合成長率為3.8%。該所預估今年市場規模可望達4,300億元。全台超商門市已逾13,900家，龍頭業者去年"
            "營收約新台幣1,700億元。"
        ),
        obs=[
            ("Total", 2005, 2150, "TWD 100 million", "actual"),
            ("Total", 2015, 3060, "TWD 100 million", "actual"),
            ("Total", 2023, 4120, "TWD 100 million", "actual"),
            ("Total", 2024, 4300, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 3.8, "percent", 2015, 2023, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4120 / 3060) ** (1/8) - 1 = 3.79% -> 3.8
        ],
    ),
    # 13. industry retrospective (Traditional Chinese prose, 億港元): "其後十年間再翻一番" (x2, no verdict),
    #    "按年增長4.5%" exact only within rounding; "2000年代初", storage-unit and staff counts and a
    #    constant-price figure expected nowhere
    dict(
        text=(
            "香港迷你倉行業回顧：2000年代初，迷你倉多設於工業大廈，規模有限。據港澄顧問的資料，全港迷你倉市場規模於2008年"
            "為12.6億港元，2013年升至25.1億港元，其後十年間再翻一番，2023年達48.6億港元，按年增長4.5%，2022年為46.4億港元。"
            "業界估計全港現有迷你倉約2,300個、從業員逾5,000人。若以2008年價格計算，2023年市場規模僅約38億港元。"
        ),
        obs=[
            ("Total", 2008, 12.6, "HKD 100 million", "actual"),
            ("Total", 2013, 25.1, "HKD 100 million", "actual"),
            ("Total", 2022, 46.4, "HKD 100 million", "actual"),
            ("Total", 2023, 48.6, "HKD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2013, 2023, 10.0),  # 再翻一番
            ("growth", 4.5, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 48.6 / 46.4 - 1 = 4.74% -> 4.7, not 4.5; bounds 48.55/46.45-1 = 4.52% .. 48.65/46.35-1 = 4.96%;
            # 4.52 rounds to 4.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. ten-year look-back (Simplified Chinese prose): a series that opens in 万亿元 (CNY trillion), a stated
    #    "2015—2020年" CAGR of 约19% its own figures contradict (inconsistent), "约4.8万亿元" at printed figure,
    #    a 2025 forecast; births, 千亿级 and a survey answer expected nowhere
    dict(
        text=(
            "母婴消费十年回眸（2024年8月）。2010年代中期起，随着“全面二孩”政策落地，我国母婴市场进入快车道。据沐禾咨询测算，"
            "母婴市场规模2015年为2.0万亿元，2020年增至4.3万亿元，2015—2020年年均复合增长率约为19%。此后出生人口连续下滑，"
            "2023年出生人口仅902万人，但市场规模仍达约4.8万亿元；沐禾预计2025年将达到5.2万亿元。业内普遍认为，婴童护理是"
            "又一个千亿级赛道；沐禾调查显示，63%的家长愿意为进口奶粉支付溢价。"
        ),
        obs=[
            ("Total", 2015, 2.0, "CNY trillion", "actual"),
            ("Total", 2020, 4.3, "CNY trillion", "actual"),
            ("Total", 2023, 4.8, "CNY trillion", "actual"),
            ("Total", 2025, 5.2, "CNY trillion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2015, 2020, None, "stated"),
        ],
        verdicts=[
            # (4.3 / 2.0) ** (1/5) - 1 = 16.54%; bounds (4.25/2.05)**0.2-1 = 15.70% .. (4.35/1.95)**0.2-1 = 17.41%;
            # 19 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. English pipe table, year columns in five-year steps 1975-2020 (ten columns), three segment rows and a
    #    Total row that they add to (hierarchy exact); table number, title years, first-edition year expected nowhere
    dict(
        text=(
            "Table 2. Global hearing-aid market by product type, 1975-2020 (USD billion, nominal)\n"
            "| Type | 1975 | 1980 | 1985 | 1990 | 1995 | 2000 | 2005 | 2010 | 2015 | 2020 |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|\n"
            "| Behind-the-ear | 0.3 | 0.5 | 0.8 | 1.1 | 1.4 | 1.8 | 2.6 | 3.7 | 5.1 | 6.2 |\n"
            "| In-the-ear | 0.1 | 0.2 | 0.4 | 0.7 | 1.0 | 1.3 | 1.6 | 1.9 | 2.2 | 2.3 |\n"
            "| Other | 0.1 | 0.1 | 0.1 | 0.2 | 0.2 | 0.3 | 0.4 | 0.5 | 0.6 | 0.7 |\n"
            "| Total | 0.5 | 0.8 | 1.3 | 2.0 | 2.6 | 3.4 | 4.6 | 6.1 | 7.9 | 9.2 |\n"
            "Source: Lindqvist Audiology Review, 50th anniversary edition; the review was first published in 1974."
        ),
        obs=[
            ("Behind-the-ear", 1975, 0.3, "USD billion", "actual"),
            ("Behind-the-ear", 1980, 0.5, "USD billion", "actual"),
            ("Behind-the-ear", 1985, 0.8, "USD billion", "actual"),
            ("Behind-the-ear", 1990, 1.1, "USD billion", "actual"),
            ("Behind-the-ear", 1995, 1.4, "USD billion", "actual"),
            ("Behind-the-ear", 2000, 1.8, "USD billion", "actual"),
            ("Behind-the-ear", 2005, 2.6, "USD billion", "actual"),
            ("Behind-the-ear", 2010, 3.7, "USD billion", "actual"),
            ("Behind-the-ear", 2015, 5.1, "USD billion", "actual"),
            ("Behind-the-ear", 2020, 6.2, "USD billion", "actual"),
            ("In-the-ear", 1975, 0.1, "USD billion", "actual"),
            ("In-the-ear", 1980, 0.2, "USD billion", "actual"),
            ("In-the-ear", 1985, 0.4, "USD billion", "actual"),
            ("In-the-ear", 1990, 0.7, "USD billion", "actual"),
            ("In-the-ear", 1995, 1.0, "USD billion", "actual"),
            ("In-the-ear", 2000, 1.3, "USD billion", "actual"),
            ("In-the-ear", 2005, 1.6, "USD billion", "actual"),
            ("In-the-ear", 2010, 1.9, "USD billion", "actual"),
            ("In-the-ear", 2015, 2.2, "USD billion", "actual"),
            ("In-the-ear", 2020, 2.3, "USD billion", "actual"),
            ("Other", 1975, 0.1, "USD billion", "actual"),
            ("Other", 1980, 0.1, "USD billion", "actual"),
            ("Other", 1985, 0.1, "USD billion", "actual"),
            ("Other", 1990, 0.2, "USD billion", "actual"),
            ("Other", 1995, 0.2, "USD billion", "actual"),
            ("Other", 2000, 0.3, "USD billion", "actual"),
            ("Other", 2005, 0.4, "USD billion", "actual"),
            ("Other", 2010, 0.5, "USD billion", "actual"),
            ("Other", 2015, 0.6, "USD billion", "actual"),
            ("Other", 2020, 0.7, "USD billion", "actual"),
            ("Total", 1975, 0.5, "USD billion", "actual"),
            ("Total", 1980, 0.8, "USD billion", "actual"),
            ("Total", 1985, 1.3, "USD billion", "actual"),
            ("Total", 1990, 2.0, "USD billion", "actual"),
            ("Total", 1995, 2.6, "USD billion", "actual"),
            ("Total", 2000, 3.4, "USD billion", "actual"),
            ("Total", 2005, 4.6, "USD billion", "actual"),
            ("Total", 2010, 6.1, "USD billion", "actual"),
            ("Total", 2015, 7.9, "USD billion", "actual"),
            ("Total", 2020, 9.2, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            # column sums: .3+.1+.1=.5, .5+.2+.1=.8, .8+.4+.1=1.3, 1.1+.7+.2=2.0, 1.4+1.0+.2=2.6, 1.8+1.3+.3=3.4,
            # 2.6+1.6+.4=4.6, 3.7+1.9+.5=6.1, 5.1+2.2+.6=7.9, 6.2+2.3+.7=9.2 -> all equal the Total row -> exact
            ("hierarchy", "exact"),
        ],
    ),
    # 16. Simplified Chinese tab-separated vertical table, years 2011-2025E in rows, a lone value column headed by
    #    its unit only ("亿元" -> Total), E rows estimates; a stated 2016—2021 CAGR in the note (exact);
    #    table number and title years expected nowhere
    dict(
        text=(
            "表1 中国宠物食品市场规模（2011—2025E）\n"
            "年份\t亿元\n"
            "2011\t162\n"
            "2012\t195\n"
            "2013\t236\n"
            "2014\t285\n"
            "2015\t342\n"
            "2016\t410\n"
            "2017\t489\n"
            "2018\t576\n"
            "2019\t668\n"
            "2020\t781\n"
            "2021\t905\n"
            "2022\t1,032\n"
            "2023\t1,158\n"
            "2024E\t1,286\n"
            "2025E\t1,410\n"
            "注：2024E、2025E为预测值；2016—2021年年均复合增长率为17.2%。资料来源：瑞丰研究院。"
        ),
        obs=[
            ("Total", 2011, 162, "CNY 100 million", "actual"),
            ("Total", 2012, 195, "CNY 100 million", "actual"),
            ("Total", 2013, 236, "CNY 100 million", "actual"),
            ("Total", 2014, 285, "CNY 100 million", "actual"),
            ("Total", 2015, 342, "CNY 100 million", "actual"),
            ("Total", 2016, 410, "CNY 100 million", "actual"),
            ("Total", 2017, 489, "CNY 100 million", "actual"),
            ("Total", 2018, 576, "CNY 100 million", "actual"),
            ("Total", 2019, 668, "CNY 100 million", "actual"),
            ("Total", 2020, 781, "CNY 100 million", "actual"),
            ("Total", 2021, 905, "CNY 100 million", "actual"),
            ("Total", 2022, 1032, "CNY 100 million", "actual"),
            ("Total", 2023, 1158, "CNY 100 million", "actual"),
            ("Total", 2024, 1286, "CNY 100 million", "estimate"),
            ("Total", 2025, 1410, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2016, 2021, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 410) ** (1/5) - 1 = 17.16% -> 17.2
        ],
    ),
    # 17. English space-aligned vertical table (years in rows, five-year steps then yearly), columns Hardware,
    #    Software, Total (items = column headers); 2020 parts sum to 8.7 against a printed 8.8 (hierarchy rounding);
    #    founding year and vendor count in the note expected nowhere
    dict(
        text=(
            "North American point-of-sale systems market (USD billion)\n"
            "Year   Hardware   Software   Total\n"
            "2000      3.1        0.9       4.0\n"
            "2005      3.6        1.5       5.1\n"
            "2010      3.9        2.6       6.5\n"
            "2015      4.2        4.1       8.3\n"
            "2020      3.4        5.3       8.8\n"
            "2021      3.7        6.0       9.7\n"
            "2022      3.9        6.6      10.5\n"
            "2023      4.0        7.2      11.2\n"
            "Source: Brightwater Retail Tech Monitor. Software includes cloud subscriptions from 2015; the monitor "
            "began the series in 1999 with 12 vendors."
        ),
        obs=[
            ("Hardware", 2000, 3.1, "USD billion", "actual"),
            ("Hardware", 2005, 3.6, "USD billion", "actual"),
            ("Hardware", 2010, 3.9, "USD billion", "actual"),
            ("Hardware", 2015, 4.2, "USD billion", "actual"),
            ("Hardware", 2020, 3.4, "USD billion", "actual"),
            ("Hardware", 2021, 3.7, "USD billion", "actual"),
            ("Hardware", 2022, 3.9, "USD billion", "actual"),
            ("Hardware", 2023, 4.0, "USD billion", "actual"),
            ("Software", 2000, 0.9, "USD billion", "actual"),
            ("Software", 2005, 1.5, "USD billion", "actual"),
            ("Software", 2010, 2.6, "USD billion", "actual"),
            ("Software", 2015, 4.1, "USD billion", "actual"),
            ("Software", 2020, 5.3, "USD billion", "actual"),
            ("Software", 2021, 6.0, "USD billion", "actual"),
            ("Software", 2022, 6.6, "USD billion", "actual"),
            ("Software", 2023, 7.2, "USD billion", "actual"),
            ("Total", 2000, 4.0, "USD billion", "actual"),
            ("Total", 2005, 5.1, "USD billion", "actual"),
            ("Total", 2010, 6.5, "USD billion", "actual"),
            ("Total", 2015, 8.3, "USD billion", "actual"),
            ("Total", 2020, 8.8, "USD billion", "actual"),
            ("Total", 2021, 9.7, "USD billion", "actual"),
            ("Total", 2022, 10.5, "USD billion", "actual"),
            ("Total", 2023, 11.2, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            # sums: 4.0, 5.1, 6.5, 8.3 exact; 2020: 3.4 + 5.3 = 8.7 vs 8.8, max 3.45 + 5.35 = 8.8 -> reached only at
            # the bounds; 9.7, 10.5, 11.2 exact -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Traditional Chinese pipe table (新台幣億元), two-year-step columns ending in a 2025F forecast column,
    #    three segment rows and a 合計 row (hierarchy exact); a stated 2015至2023 compound rate for 合計 (exact);
    #    store count expected nowhere
    dict(
        text=(
            "台灣手搖飲市場規模（新台幣億元）\n"
            "| 項目 | 2015 | 2017 | 2019 | 2021 | 2023 | 2025F |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 茶飲 | 412 | 455 | 503 | 538 | 597 | 650 |\n"
            "| 咖啡 | 118 | 139 | 162 | 181 | 214 | 246 |\n"
            "| 其他 | 35 | 38 | 41 | 44 | 49 | 52 |\n"
            "| 合計 | 565 | 632 | 706 | 763 | 860 | 948 |\n"
            "資料來源：晴川產業研究院。2015至2023年合計年複合成長率約5.4%；全台門市約2.5萬家。"
        ),
        obs=[
            ("茶飲", 2015, 412, "TWD 100 million", "actual"),
            ("茶飲", 2017, 455, "TWD 100 million", "actual"),
            ("茶飲", 2019, 503, "TWD 100 million", "actual"),
            ("茶飲", 2021, 538, "TWD 100 million", "actual"),
            ("茶飲", 2023, 597, "TWD 100 million", "actual"),
            ("茶飲", 2025, 650, "TWD 100 million", "estimate"),
            ("咖啡", 2015, 118, "TWD 100 million", "actual"),
            ("咖啡", 2017, 139, "TWD 100 million", "actual"),
            ("咖啡", 2019, 162, "TWD 100 million", "actual"),
            ("咖啡", 2021, 181, "TWD 100 million", "actual"),
            ("咖啡", 2023, 214, "TWD 100 million", "actual"),
            ("咖啡", 2025, 246, "TWD 100 million", "estimate"),
            ("其他", 2015, 35, "TWD 100 million", "actual"),
            ("其他", 2017, 38, "TWD 100 million", "actual"),
            ("其他", 2019, 41, "TWD 100 million", "actual"),
            ("其他", 2021, 44, "TWD 100 million", "actual"),
            ("其他", 2023, 49, "TWD 100 million", "actual"),
            ("其他", 2025, 52, "TWD 100 million", "estimate"),
            ("合計", 2015, 565, "TWD 100 million", "actual"),
            ("合計", 2017, 632, "TWD 100 million", "actual"),
            ("合計", 2019, 706, "TWD 100 million", "actual"),
            ("合計", 2021, 763, "TWD 100 million", "actual"),
            ("合計", 2023, 860, "TWD 100 million", "actual"),
            ("合計", 2025, 948, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 5.4, "percent", 2015, 2023, None, "stated"),
        ],
        verdicts=[
            # 412+118+35=565, 455+139+38=632, 503+162+41=706, 538+181+44=763, 597+214+49=860, 650+246+52=948 -> exact
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (860 / 565) ** (1/8) - 1 = 5.39% -> 5.4
        ],
    ),
    # 19. Simplified Chinese space-aligned vertical table 2018-2023 with a unit-only value column ("亿元" -> Total)
    #    and a 同比增长 column (five year-on-year rates, all exact), plus a 2008 figure in the lead-in prose;
    #    user count (亿人) and a leading firm's revenue expected nowhere
    dict(
        text=(
            "据游研社统计，2008年我国游戏市场实际销售收入仅185.6亿元，此后十五年间规模扩大十余倍。近年数据如下：\n"
            "年份      亿元      同比增长\n"
            "2018    2144.4        —\n"
            "2019    2308.8      7.7%\n"
            "2020    2786.9     20.7%\n"
            "2021    2965.1      6.4%\n"
            "2022    2658.8    -10.3%\n"
            "2023    3029.6     13.9%\n"
            "2023年游戏用户规模达6.68亿人；头部企业游戏业务收入约1,800亿元。"
        ),
        obs=[
            ("Total", 2008, 185.6, "CNY 100 million", "actual"),
            ("Total", 2018, 2144.4, "CNY 100 million", "actual"),
            ("Total", 2019, 2308.8, "CNY 100 million", "actual"),
            ("Total", 2020, 2786.9, "CNY 100 million", "actual"),
            ("Total", 2021, 2965.1, "CNY 100 million", "actual"),
            ("Total", 2022, 2658.8, "CNY 100 million", "actual"),
            ("Total", 2023, 3029.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.7, "percent", 2018, 2019, 1.0),
            ("growth", 20.7, "percent", 2019, 2020, 1.0),
            ("growth", 6.4, "percent", 2020, 2021, 1.0),
            ("growth", -10.3, "percent", 2021, 2022, 1.0),
            ("growth", 13.9, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2308.8 / 2144.4 - 1 = 7.67% -> 7.7
            ("cagr|implied", "exact"),  # 2786.9 / 2308.8 - 1 = 20.71% -> 20.7
            ("cagr|implied", "exact"),  # 2965.1 / 2786.9 - 1 = 6.39% -> 6.4
            ("cagr|implied", "exact"),  # 2658.8 / 2965.1 - 1 = -10.33% -> -10.3
            ("cagr|implied", "exact"),  # 3029.6 / 2658.8 - 1 = 13.95% -> 13.9 (13.946)
        ],
    ),
    # 20. English pipe table in £ million (corner cell "GBP million"), five-year steps then 2019/2020/2023, two
    #    segment rows and a Total row, plus a "Total, 2023 prices" row (inflation-adjusted, expected nowhere);
    #    the 2015 column's parts (1,020 + 234 = 1,254) contradict its total 1,236 (hierarchy inconsistent);
    #    table number, a centenary and an admissions count ("1.64 billion") expected nowhere
    dict(
        text=(
            "Table 5 of the Harwick Screen Trust's centenary review sets out three decades of UK cinema-going. "
            "Figures are gross box-office takings in \u00a3 million; the last row restates them at 2023 prices. "
            "Admissions peaked at 1.64 billion in 1946.\n"
            "| GBP million | 1995 | 2000 | 2005 | 2010 | 2015 | 2019 | 2020 | 2023 |\n"
            "|---|---|---|---|---|---|---|---|---|\n"
            "| Multiplex chains | 268 | 431 | 598 | 790 | 1,020 | 1,021 | 242 | 795 |\n"
            "| Independent and other | 117 | 146 | 172 | 198 | 234 | 233 | 58 | 183 |\n"
            "| Total | 385 | 577 | 770 | 988 | 1,236 | 1,254 | 300 | 978 |\n"
            "| Total, 2023 prices | 735 | 968 | 1,145 | 1,290 | 1,480 | 1,420 | 335 | 978 |"
        ),
        obs=[
            ("Multiplex chains", 1995, 268, "GBP million", "actual"),
            ("Multiplex chains", 2000, 431, "GBP million", "actual"),
            ("Multiplex chains", 2005, 598, "GBP million", "actual"),
            ("Multiplex chains", 2010, 790, "GBP million", "actual"),
            ("Multiplex chains", 2015, 1020, "GBP million", "actual"),
            ("Multiplex chains", 2019, 1021, "GBP million", "actual"),
            ("Multiplex chains", 2020, 242, "GBP million", "actual"),
            ("Multiplex chains", 2023, 795, "GBP million", "actual"),
            ("Independent and other", 1995, 117, "GBP million", "actual"),
            ("Independent and other", 2000, 146, "GBP million", "actual"),
            ("Independent and other", 2005, 172, "GBP million", "actual"),
            ("Independent and other", 2010, 198, "GBP million", "actual"),
            ("Independent and other", 2015, 234, "GBP million", "actual"),
            ("Independent and other", 2019, 233, "GBP million", "actual"),
            ("Independent and other", 2020, 58, "GBP million", "actual"),
            ("Independent and other", 2023, 183, "GBP million", "actual"),
            ("Total", 1995, 385, "GBP million", "actual"),
            ("Total", 2000, 577, "GBP million", "actual"),
            ("Total", 2005, 770, "GBP million", "actual"),
            ("Total", 2010, 988, "GBP million", "actual"),
            ("Total", 2015, 1236, "GBP million", "actual"),
            ("Total", 2019, 1254, "GBP million", "actual"),
            ("Total", 2020, 300, "GBP million", "actual"),
            ("Total", 2023, 978, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 268+117=385, 431+146=577, 598+172=770, 790+198=988 exact; 2015: 1020+234 = 1254 vs 1236, at most
            # 1020.5+234.5 = 1255 and at least 1019.5+233.5 = 1253 against 1235.5..1236.5 -> inconsistent;
            # 1021+233=1254, 242+58=300, 795+183=978 exact
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. encyclopaedia overview (English): GBP series opening in "£ million", a later "£1.32 billion" converted;
    #    "more than quadrupled" (x4), stated 1998-2018 CAGR; founding year 1947, "late 1990s", "fewer than one dog in
    #    ten", an inflation-adjusted "2018 pounds" figure, counts of insurers and staff expected nowhere
    dict(
        text=(
            "Pet insurance in the United Kingdom traces its origins to 1947, when a small Hampshire underwriter began "
            "covering dogs against road accidents. For decades it stayed a niche product, and even in the late 1990s "
            "fewer than one dog in ten was insured. Gross written premiums reached £110 million in 1998, more than "
            "quadrupled to £480 million by 2008 and stood at £1.32 billion in 2018, a compound annual rate of 13.2% "
            "between 1998 and 2018, according to the Carrow Actuarial Society. Expressed in 2018 pounds, the 1998 "
            "premium pool would be worth roughly £185 million. The society counted 41 active insurers and about 1,600 "
            "specialist claims staff at the end of that period."
        ),
        obs=[
            ("Total", 1998, 110, "GBP million", "actual"),
            ("Total", 2008, 480, "GBP million", "actual"),
            ("Total", 2018, 1320, "GBP million", "actual"),  # £1.32 billion in the series' unit
        ],
        claims=[
            ("multiple", 4.0, "multiple", 1998, 2008, 10.0),  # "more than quadrupled"
            ("cagr", 13.2, "percent", 1998, 2018, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1320/110)**(1/20)-1 = 12**0.05-1 = 13.229% -> 13.2
        ],
    ),
    # 22. anniversary feature with dateline (English): USD series opening in "$ million"; a peak, then "fell 32% in
    #    2009" which its own amounts contradict; "last year" actual, "this year ... top $2 billion" estimate;
    #    exhibitors, founding year 1974, founder's age, "mid-2010s", "In 2023 dollars" figure expected nowhere
    dict(
        text=(
            "DULUTH, Minnesota, 12 June 2024 — When the Northern Paddle Expo first opened its doors in 1974, 38 "
            "exhibitors filled a school gymnasium; this week 410 are expected. The trade it serves has had an eventful "
            "half-century. Retail sales of canoes, kayaks and paddleboards in the United States and Canada rose from "
            "$310 million in 1990 to a peak of $1.46 billion in 2008, then fell 32% in 2009 to $1.02 billion as credit "
            "dried up, according to the expo's long-running dealer census. Sales did not regain their 2008 level until "
            "the mid-2010s and reached $1.9 billion last year; organisers expect this year's total to top $2 billion. "
            "In 2023 dollars, the 1990 figure would be about $730 million. Founder Ruth Anaya, now 81, still opens the "
            "show."
        ),
        obs=[
            ("Total", 1990, 310, "USD million", "actual"),
            ("Total", 2008, 1460, "USD million", "actual"),
            ("Total", 2009, 1020, "USD million", "actual"),
            ("Total", 2023, 1900, "USD million", "actual"),    # "last year" of a 2024 dateline
            ("Total", 2024, 2000, "USD million", "estimate"),  # "expect this year's total to top $2 billion"
        ],
        claims=[
            ("growth", -32.0, "percent", 2008, 2009, 1.0),
        ],
        verdicts=[
            # 1020/1460-1 = -30.137%; bounds 1.025/1.455-1 = -29.553%, 1.015/1.465-1 = -30.717% -> -32 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. annual-review retrospective (English, yen): fiscal and calendar years mixed; a fiscal-2004 figure "later
    #    revised to" a lower one (the revision is the observation); stated FY2010-FY2020 CAGR; a single maker's sales,
    #    survey publication year, retailer count expected nowhere
    dict(
        text=(
            "Annual Review 2024 | Twenty years of counting. The Kessel Institute's first survey, published in 2005, put "
            "Japan's home-fitness equipment market at ¥182 billion in fiscal 2004, a figure later revised to ¥176 "
            "billion once mail-order sales were reclassified. The market edged up to ¥205 billion in fiscal 2010 and "
            "then climbed at a compound 5.2% a year from fiscal 2010 to fiscal 2020, when gym closures lifted it to a "
            "record ¥341 billion. It has since cooled, to ¥298 billion in fiscal 2022, and the market came to ¥287 "
            "billion in calendar 2023. The largest maker, Mori Fitness, alone sold ¥41 billion of treadmills and "
            "rowers in fiscal 2020, and the institute's panel now covers about 1,200 retailers."
        ),
        obs=[
            ("Total", 2004, 176, "JPY billion", "actual"),  # revised figure; ¥182 billion expected nowhere
            ("Total", 2010, 205, "JPY billion", "actual"),
            ("Total", 2020, 341, "JPY billion", "actual"),
            ("Total", 2022, 298, "JPY billion", "actual"),
            ("Total", 2023, 287, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 5.2, "percent", 2010, 2020, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (341/205)**(1/10)-1 = 5.220% -> 5.2
        ],
    ),
    # 24. textbook chapter (English): "grew tenfold between 2005 and 2015" (x10, no verdict); a part (Europe) and the
    #    whole printed with "about 61%" reachable only within rounding; a CAGR whose span only its amounts give
    #    (inferred, 2015 -> 2022); chapter/exercise numbers, patents, "early 2000s", percentage points nowhere
    dict(
        text=(
            "Chapter 7 — Power electronics goes mainstream. The global market for solar inverters grew tenfold between "
            "2005 and 2015, from $0.9 billion to $9.4 billion, as feed-in tariffs spread from Germany to Italy, Japan "
            "and China. Europe was the centre of gravity for most of that period: in 2010 it bought $3.9 billion of the "
            "$6.3 billion sold worldwide, or about 61%. Patent filings tell the same story, rising from roughly 140 a "
            "year in the early 2000s to more than 2,300 by 2015. Chinese suppliers then pushed prices down by double "
            "digits most years, yet the market still compounded at 9% a year to reach $17.6 billion in 2022. Exercise "
            "7.3 asks students to explain why Europe's share fell by 38 percentage points over the following decade."
        ),
        obs=[
            ("Total", 2005, 0.9, "USD billion", "actual"),
            ("Total", 2015, 9.4, "USD billion", "actual"),
            ("Total", 2010, 6.3, "USD billion", "actual"),
            ("Europe", 2010, 3.9, "USD billion", "actual"),
            ("Total", 2022, 17.6, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 10.0, "multiple", 2005, 2015, 10.0),  # "grew tenfold"
            ("share", 61.0, "percent", 2010, 2010, None),
            ("cagr", 9.0, "percent", 2015, 2022, None, "inferred"),
        ],
        verdicts=[
            # 23.9/6.3 = 61.90% -> 62, not 61; bounds 3.85/6.35 = 60.63%, 3.95/6.25 = 63.20% -> 61 reachable
            ("arithmetic", "rounding"),
            # (17.6/9.4)**(1/7)-1 = 9.374% -> 9
            ("cagr|period", "exact"),
        ],
    ),
    # 25. investor day (English): a company sizes its total addressable market over decades (Total), USD series opening
    #    in "$ million"; "this year" estimate, 2030 target; stated 2024-2030 CAGR; the company's revenue, margin,
    #    headcount, price target and its upside, "multibillion-dollar opportunity", founding year nowhere
    dict(
        text=(
            "Halvard Systems Investor Day, 14 November 2024 — prepared remarks of chief executive Dana Okafor. When our "
            "founders started Halvard in 1996, the addressable market for warehouse automation was perhaps $400 "
            "million, mostly conveyors in a few hundred distribution centres. By 2014 it was an $8 billion market, and "
            "we size it at $41 billion this year. We believe it reaches $75 billion in 2030, a 10.6% CAGR from 2024 to "
            "2030. Halvard's own revenue was $2.3 billion last year with an adjusted operating margin of 18%, and we "
            "now employ 9,400 people. Several analysts have set price targets around $64, roughly 20% above where the "
            "shares trade today, and we see software as a further multibillion-dollar opportunity."
        ),
        obs=[
            ("Total", 1996, 400, "USD million", "actual"),
            ("Total", 2014, 8000, "USD million", "actual"),
            ("Total", 2024, 41000, "USD million", "estimate"),  # "this year"
            ("Total", 2030, 75000, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 10.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (75/41)**(1/6)-1 = 10.589% -> 10.6
        ],
    ),
    # 26. encyclopaedia entry (Simplified Chinese): 亿元 series with a later 万亿元 figure converted (1.27万亿 -> 12700);
    #    "较2001年增长了5倍" between two printed amounts = x6; stated 2015-2020 CAGR; "上世纪80年代", "1990年代末",
    #    firm and registration counts nowhere
    dict(
        text=(
            "中国医疗器械市场起步于上世纪80年代，1990年代末仍以进口设备为主。据瑞禾医药研究院统计，2001年市场规模约为"
            "200亿元，2010年增至1,200亿元，较2001年增长了5倍；2015年达到3,080亿元，2020年为7,721亿元，2015年至2020年间"
            "年均复合增长率为20.2%。2023年，市场规模达到1.27万亿元。截至2023年底，全国医疗器械生产企业超过3.2万家，"
            "相关有效注册证逾10万张。"
        ),
        obs=[
            ("Total", 2001, 200, "CNY 100 million", "actual"),
            ("Total", 2010, 1200, "CNY 100 million", "actual"),
            ("Total", 2015, 3080, "CNY 100 million", "actual"),
            ("Total", 2020, 7721, "CNY 100 million", "actual"),
            ("Total", 2023, 12700, "CNY 100 million", "actual"),  # 1.27万亿元 in the series' 亿元
        ],
        claims=[
            ("multiple", 6.0, "multiple", 2001, 2010, 9.0),  # 增长了5倍 between 200 and 1,200 -> x6
            ("cagr", 20.2, "percent", 2015, 2020, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7721/3080)**(1/5)-1 = 20.178% -> 20.2
        ],
    ),
    # 27. dated news anniversary piece (Simplified Chinese): 去年 = 2023 actual, 今年 = 2024 estimate; 同比增长 with
    #    both amounts; "四十余年", "2000年代", headcount, percentage points, a leading firm's revenue nowhere
    dict(
        text=(
            "本报杭州2024年9月10日电 电动自行车产业走过了四十余年。1998年，全国电动自行车销售额仅约9亿元；进入2000年代"
            "后，铅酸电池车型迅速普及。据中衡产业研究中心测算，2022年市场规模为1,520亿元，去年达到1,652亿元，同比增长"
            "8.7%，今年有望达到1,780亿元。行业从业人员约120万人，锂电车型渗透率较上年提高6个百分点。龙头企业天策车业"
            "去年营业收入为312亿元。"
        ),
        obs=[
            ("Total", 1998, 9, "CNY 100 million", "actual"),
            ("Total", 2022, 1520, "CNY 100 million", "actual"),
            ("Total", 2023, 1652, "CNY 100 million", "actual"),
            ("Total", 2024, 1780, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1652/1520-1 = 8.684% -> 8.7
        ],
    ),
    # 28. industry overview (Traditional Chinese, 新台幣億元): "翻了一倍" (x2, no verdict); stated 2015-2023 CAGR;
    #    "1990年代", inflation-adjusted 2023幣值 figure, shop count, cups per person, a chain's revenue nowhere
    dict(
        text=(
            "台灣咖啡市場的發展可追溯至1990年代的連鎖咖啡館熱潮。根據嵐山產業研究所的統計，市場規模由2005年的新台幣"
            "298億元，成長至2015年的612億元，十年間規模翻了一倍；2023年再攀升至新台幣873億元，2015至2023年的年複合成長率"
            "約4.5%。若以2023年幣值計算，2005年的規模約相當於新台幣380億元。目前全台咖啡店家數已超過1.8萬家，國人每年"
            "平均飲用約200杯咖啡；某連鎖品牌2023年營收約新台幣52億元。"
        ),
        obs=[
            ("Total", 2005, 298, "TWD 100 million", "actual"),
            ("Total", 2015, 612, "TWD 100 million", "actual"),
            ("Total", 2023, 873, "TWD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2005, 2015, 10.0),  # 翻了一倍
            ("cagr", 4.5, "percent", 2015, 2023, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (873/612)**(1/8)-1 = 4.540% -> 4.5
        ],
    ),
    # 29. retrospective (Traditional Chinese, 億港元): golden-era peak, a SARS trough, a part (港產片) and whole with a
    #    printed share, a pandemic fall (按年下跌62%); "九十年代初", 2019價格 figure, cinema counts nowhere
    dict(
        text=(
            "香港電影票房的黃金年代出現在九十年代初。據港影數據庫整理，1992年全港票房達12.4億港元，其後一路下滑，2003年"
            "受非典型肺炎影響跌至約8.9億港元。隨著大型影城相繼落成，票房於2019年回升至19.5億港元，其中港產片票房為2.9億"
            "港元，佔全年的14.9%。2020年受疫情影響，全年票房只有7.4億港元，按年下跌62%。若按2019年價格計算，1992年票房"
            "約相當於21億港元；全港戲院數目則由1992年的約120間減至2020年的60間。"
        ),
        obs=[
            ("Total", 1992, 12.4, "HKD 100 million", "actual"),
            ("Total", 2003, 8.9, "HKD 100 million", "actual"),
            ("Total", 2019, 19.5, "HKD 100 million", "actual"),
            ("港產片", 2019, 2.9, "HKD 100 million", "actual"),
            ("Total", 2020, 7.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("share", 14.9, "percent", 2019, 2019, None),
            ("growth", -62.0, "percent", 2019, 2020, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 2.9/19.5 = 14.872% -> 14.9
            ("cagr|implied", "exact"),  # 7.4/19.5-1 = -62.051% -> -62
        ],
    ),
    # 30. industry history (Traditional Chinese, 新台幣億元): 1997 peak, "2000年代" collapse, vinyl rebound with 年增15.5%
    #     reachable only within rounding; member-label count, percentage points nowhere
    dict(
        text=(
            "台灣唱片業在1997年達到高峰，當年實體唱片銷售額約新台幣123億元；隨著網路下載與盜版興起，2000年代市場急速"
            "萎縮，2015年僅剩10.6億元。近年黑膠唱片帶動回溫，據台灣音樂產業協進會統計，2021年實體唱片銷售額為11.2億元，"
            "2022年回升至12.9億元，年增15.5%。協進會目前有會員唱片公司約80家，串流平台付費訂閱戶比重較前一年增加4個"
            "百分點。"
        ),
        obs=[
            ("Total", 1997, 123, "TWD 100 million", "actual"),
            ("Total", 2015, 10.6, "TWD 100 million", "actual"),
            ("Total", 2021, 11.2, "TWD 100 million", "actual"),
            ("Total", 2022, 12.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.5, "percent", 2021, 2022, 1.0),
        ],
        verdicts=[
            # 32.9/11.2-1 = 15.179% -> 15.2, not 15.5; bounds 12.85/11.25-1 = 14.222%, 12.95/11.15-1 = 16.143%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. textbook chapter (Simplified Chinese): film's peak and fall; a stated 2001-2005 annual decline its own
    #     amounts contradict; founding year 1958, "上世纪90年代", 2010年价格 figure, shop count, a firm's sales nowhere
    dict(
        text=(
            "第五章 胶片时代的终结。乐凯公司成立于1958年，上世纪90年代国内胶卷市场迅速扩张。2001年，中国胶卷市场规模"
            "达到约68亿元的历史峰值；数码相机普及后，2005年已降至31亿元，教材引用的数据显示，2001年至2005年年均下降"
            "16.5%。到2010年，市场规模已不足5亿元。以2010年价格计算，2001年的峰值约合82亿元。当时全国冲印店一度多达"
            "18万家，柯丽达公司在华胶卷销售额一年就超过20亿元。"
        ),
        obs=[
            ("Total", 2001, 68, "CNY 100 million", "actual"),
            ("Total", 2005, 31, "CNY 100 million", "actual"),
            ("Total", 2010, 5, "CNY 100 million", "actual"),  # 不足5亿元, at its printed figure
        ],
        claims=[
            ("cagr", -16.5, "percent", 2001, 2005, None, "stated"),
        ],
        verdicts=[
            # (31/68)**(1/4)-1 = -17.830%; bounds (31.5/67.5)**0.25-1 = -17.348%, (30.5/68.5)**0.25-1 = -18.313%
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. five-year-plan review (Simplified Chinese): a series opening in 万亿元 (CNY trillion); 2015年至2020年间
    #     年均增长8.2% reachable only within rounding; "2000年代初", firm and headcount, percentage points, a leading
    #     firm's revenue nowhere
    dict(
        text=(
            "回顾“十三五”：中国家装市场在2015年至2020年间稳步扩张。据居研智库统计，2015年市场规模为1.1万亿元，2020年"
            "增至1.6万亿元，五年间年均增长8.2%。2000年代初，家装仍以马路游击队为主，正规企业寥寥无几；如今全行业企业超过"
            "15万家，从业人员逾1,600万人。线上获客渠道的占比在五年间提高了9个百分点，头部企业华筑家2020年营收约为180亿元。"
        ),
        obs=[
            ("Total", 2015, 1.1, "CNY trillion", "actual"),
            ("Total", 2020, 1.6, "CNY trillion", "actual"),
        ],
        claims=[
            ("cagr", 8.2, "percent", 2015, 2020, None, "stated"),
        ],
        verdicts=[
            # (1.6/1.1)**(1/5)-1 = 7.782% -> 7.8, not 8.2; bounds (1.55/1.15)**0.2-1 = 6.152%,
            # (1.65/1.05)**0.2-1 = 9.461% -> 8.2 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. annual-review feature (Simplified Chinese): 2012 figure revised (修订为 860 is the observation); "十年间增长了
    #     2倍" between two printed amounts = x3; stated 2017-2022 rate; a quarter's figure, firm count, a studio's
    #     revenue nowhere
    dict(
        text=(
            "《年度回顾》：十年动漫路。中国动漫产业协会最初公布的2012年产业总产值为880亿元，次年修订为860亿元。此后产业"
            "持续扩张，2017年总产值达到1,536亿元，2022年为2,580亿元，十年间增长了2倍；2017年至2022年年均增长10.9%。"
            "2023年一季度总产值约为650亿元。目前全国动漫企业约4,600家，头部企业玄光动画2022年营收为37亿元。"
        ),
        obs=[
            ("Total", 2012, 860, "CNY 100 million", "actual"),  # revised; 880 expected nowhere
            ("Total", 2017, 1536, "CNY 100 million", "actual"),
            ("Total", 2022, 2580, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2012, 2022, 10.0),  # 增长了2倍: 860 -> 2,580 is x3
            ("cagr", 10.9, "percent", 2017, 2022, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2580/1536)**(1/5)-1 = 10.929% -> 10.9
        ],
    ),
    # 34. dated news (Simplified Chinese): 去年 2023 actual with 同比下降; a second publisher's 2023 figure (205)
    #     nowhere; history back to 2011 and a 2021 peak; 今年 ... 左右 and 明年 estimates; pupil count, exam-entry
    #     decline, a maker's revenue nowhere
    dict(
        text=(
            "2024年3月18日，华川咨询发布钢琴行业报告称，去年中国钢琴市场规模为218亿元，较2022年的233亿元同比下降6.4%。"
            "另一家机构鼎原研究给出的去年市场规模则为205亿元。回顾过去，2011年市场规模仅约95亿元，2021年达到261亿元的"
            "峰值。华川预计，今年市场将企稳在220亿元左右，明年有望回升至230亿元。目前全国学琴儿童约3,000万人，考级报名"
            "人数去年下降18%；龙头厂商珠韵钢琴去年营收为19亿元。"
        ),
        obs=[
            ("Total", 2023, 218, "CNY 100 million", "actual"),
            ("Total", 2022, 233, "CNY 100 million", "actual"),
            ("Total", 2011, 95, "CNY 100 million", "actual"),
            ("Total", 2021, 261, "CNY 100 million", "actual"),
            ("Total", 2024, 220, "CNY 100 million", "estimate"),
            ("Total", 2025, 230, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -6.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 218/233-1 = -6.438% -> -6.4
        ],
    ),
    # 35. vertical pipe table (English), rows are years in five-year steps then annual, a lone column headed by its
    #     unit (Total); "2024e" estimate; stated 1985-2020 CAGR in a note; table number, title years, "2020 dollars"
    #     figure nowhere
    dict(
        text=(
            "Table 4.1 Global hearing-aid market, 1985–2024 (nominal)\n"
            "\n"
            "| Year  | USD billion |\n"
            "|-------|-------------|\n"
            "| 1985  | 1.2         |\n"
            "| 1990  | 1.7         |\n"
            "| 1995  | 2.3         |\n"
            "| 2000  | 3.1         |\n"
            "| 2005  | 4.4         |\n"
            "| 2010  | 5.6         |\n"
            "| 2015  | 7.3         |\n"
            "| 2020  | 8.9         |\n"
            "| 2021  | 10.6        |\n"
            "| 2022  | 11.2        |\n"
            "| 2023  | 12.0        |\n"
            "| 2024e | 12.7        |\n"
            "\n"
            "Source: Ostrander Audiology Review. Between 1985 and 2020 the market grew at a compound rate of 5.9% a "
            "year; in 2020 dollars the 1985 figure equals roughly $2.9 billion."
        ),
        obs=[
            ("Total", 1985, 1.2, "USD billion", "actual"),
            ("Total", 1990, 1.7, "USD billion", "actual"),
            ("Total", 1995, 2.3, "USD billion", "actual"),
            ("Total", 2000, 3.1, "USD billion", "actual"),
            ("Total", 2005, 4.4, "USD billion", "actual"),
            ("Total", 2010, 5.6, "USD billion", "actual"),
            ("Total", 2015, 7.3, "USD billion", "actual"),
            ("Total", 2020, 8.9, "USD billion", "actual"),
            ("Total", 2021, 10.6, "USD billion", "actual"),
            ("Total", 2022, 11.2, "USD billion", "actual"),
            ("Total", 2023, 12.0, "USD billion", "actual"),
            ("Total", 2024, 12.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 5.9, "percent", 1985, 2020, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9/1.2)**(1/35)-1 = 5.892% -> 5.9
        ],
    ),
    # 36. tab-separated table (English), regions x years in five-year steps with a total row labelled "World";
    #     2015's total reachable only within rounding; percentage points, admissions nowhere
    dict(
        text=(
            "Cinema box office by region, 2000–2023 (USD billion, nominal)\n"
            "Region\t2000\t2005\t2010\t2015\t2020\t2023\n"
            "North America\t7.7\t8.8\t10.6\t11.1\t2.2\t9.0\n"
            "Europe & Middle East\t4.4\t6.1\t9.6\t10.0\t2.9\t8.6\n"
            "Asia-Pacific\t3.9\t5.9\t8.1\t14.0\t6.3\t13.1\n"
            "Latin America\t0.9\t1.0\t2.8\t3.2\t0.8\t2.7\n"
            "World\t16.9\t21.8\t31.1\t38.4\t12.2\t33.4\n"
            "Note: Asia-Pacific's share of the world total rose by 13 percentage points between 2010 and 2023. "
            "Admissions peaked at 7.8 billion tickets in 2019."
        ),
        obs=[
            ("North America", 2000, 7.7, "USD billion", "actual"),
            ("North America", 2005, 8.8, "USD billion", "actual"),
            ("North America", 2010, 10.6, "USD billion", "actual"),
            ("North America", 2015, 11.1, "USD billion", "actual"),
            ("North America", 2020, 2.2, "USD billion", "actual"),
            ("North America", 2023, 9.0, "USD billion", "actual"),
            ("Europe & Middle East", 2000, 4.4, "USD billion", "actual"),
            ("Europe & Middle East", 2005, 6.1, "USD billion", "actual"),
            ("Europe & Middle East", 2010, 9.6, "USD billion", "actual"),
            ("Europe & Middle East", 2015, 10.0, "USD billion", "actual"),
            ("Europe & Middle East", 2020, 2.9, "USD billion", "actual"),
            ("Europe & Middle East", 2023, 8.6, "USD billion", "actual"),
            ("Asia-Pacific", 2000, 3.9, "USD billion", "actual"),
            ("Asia-Pacific", 2005, 5.9, "USD billion", "actual"),
            ("Asia-Pacific", 2010, 8.1, "USD billion", "actual"),
            ("Asia-Pacific", 2015, 14.0, "USD billion", "actual"),
            ("Asia-Pacific", 2020, 6.3, "USD billion", "actual"),
            ("Asia-Pacific", 2023, 13.1, "USD billion", "actual"),
            ("Latin America", 2000, 0.9, "USD billion", "actual"),
            ("Latin America", 2005, 1.0, "USD billion", "actual"),
            ("Latin America", 2010, 2.8, "USD billion", "actual"),
            ("Latin America", 2015, 3.2, "USD billion", "actual"),
            ("Latin America", 2020, 0.8, "USD billion", "actual"),
            ("Latin America", 2023, 2.7, "USD billion", "actual"),
            ("World", 2000, 16.9, "USD billion", "actual"),
            ("World", 2005, 21.8, "USD billion", "actual"),
            ("World", 2010, 31.1, "USD billion", "actual"),
            ("World", 2015, 38.4, "USD billion", "actual"),
            ("World", 2020, 12.2, "USD billion", "actual"),
            ("World", 2023, 33.4, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2000: 7.7+4.4+3.9+0.9 = 16.9
            ("hierarchy", "exact"),     # 2005: 8.8+6.1+5.9+1.0 = 21.8
            ("hierarchy", "exact"),     # 2010: 10.6+9.6+8.1+2.8 = 31.1
            ("hierarchy", "rounding"),  # 2015: 11.1+10.0+14.0+3.2 = 38.3 vs 38.4; parts' bounds 38.1..38.5
            ("hierarchy", "exact"),     # 2020: 2.2+2.9+6.3+0.8 = 12.2
            ("hierarchy", "exact"),     # 2023: 9.0+8.6+13.1+2.7 = 33.4
        ],
    ),
    # 37. space-aligned vertical table (Simplified Chinese), rows are years 2012-2023, a lone value column headed by
    #     its unit 亿元 (Total) and a 同比增长（%） column: 2013 reachable only within rounding, 2019's rate contradicted
    #     by its amounts; table number, clinic count nowhere
    dict(
        text=(
            "表3-2  中国宠物食品市场规模（2012—2023年）\n"
            "年份      亿元    同比增长（%）\n"
            "2012       325        —\n"
            "2013       398      22.7\n"
            "2014       472      18.6\n"
            "2015       551      16.7\n"
            "2016       640      16.2\n"
            "2017       735      14.8\n"
            "2018       862      17.3\n"
            "2019     1,003      13.6\n"
            "2020     1,141      13.8\n"
            "2021     1,290      13.1\n"
            "2022     1,508      16.9\n"
            "2023     1,650       9.4\n"
            "资料来源：泽川宠物研究。本表不含宠物医疗，全国宠物医院约2.3万家。"
        ),
        obs=[
            ("Total", 2012, 325, "CNY 100 million", "actual"),
            ("Total", 2013, 398, "CNY 100 million", "actual"),
            ("Total", 2014, 472, "CNY 100 million", "actual"),
            ("Total", 2015, 551, "CNY 100 million", "actual"),
            ("Total", 2016, 640, "CNY 100 million", "actual"),
            ("Total", 2017, 735, "CNY 100 million", "actual"),
            ("Total", 2018, 862, "CNY 100 million", "actual"),
            ("Total", 2019, 1003, "CNY 100 million", "actual"),
            ("Total", 2020, 1141, "CNY 100 million", "actual"),
            ("Total", 2021, 1290, "CNY 100 million", "actual"),
            ("Total", 2022, 1508, "CNY 100 million", "actual"),
            ("Total", 2023, 1650, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2012, 2013, 1.0),
            ("growth", 18.6, "percent", 2013, 2014, 1.0),
            ("growth", 16.7, "percent", 2014, 2015, 1.0),
            ("growth", 16.2, "percent", 2015, 2016, 1.0),
            ("growth", 14.8, "percent", 2016, 2017, 1.0),
            ("growth", 17.3, "percent", 2017, 2018, 1.0),
            ("growth", 13.6, "percent", 2018, 2019, 1.0),
            ("growth", 13.8, "percent", 2019, 2020, 1.0),
            ("growth", 13.1, "percent", 2020, 2021, 1.0),
            ("growth", 16.9, "percent", 2021, 2022, 1.0),
            ("growth", 9.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 2013: 398/325-1 = 22.462% -> 22.5, not 22.7; bounds 397.5/325.5-1 = 22.120%, 398.5/324.5-1 = 22.804%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),         # 2014: 472/398-1 = 18.593% -> 18.6
            ("cagr|implied", "exact"),         # 2015: 551/472-1 = 16.737% -> 16.7
            ("cagr|implied", "exact"),         # 2016: 640/551-1 = 16.152% -> 16.2
            ("cagr|implied", "exact"),         # 2017: 735/640-1 = 14.844% -> 14.8
            ("cagr|implied", "exact"),         # 2018: 862/735-1 = 17.279% -> 17.3
            # 2019: 1003/862-1 = 16.357%; bounds 16.232%..16.483% -> 13.6 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 2020: 1141/1003-1 = 13.759% -> 13.8
            ("cagr|implied", "exact"),         # 2021: 1290/1141-1 = 13.059% -> 13.1
            ("cagr|implied", "exact"),         # 2022: 1508/1290-1 = 16.899% -> 16.9
            ("cagr|implied", "exact"),         # 2023: 1650/1508-1 = 9.416% -> 9.4
        ],
    ),
    # 38. tab-separated table (Traditional Chinese, 新台幣億元), channels x years in five-year steps with a 合計 row;
    #     2013's total contradicts its rows; respondent count, percentage points nowhere
    dict(
        text=(
            "表二　台灣保健食品市場規模（按通路，新台幣億元）\n"
            "通路\t2008\t2013\t2018\t2023\n"
            "藥局\t248\t276\t301\t318\n"
            "量販與超市\t196\t242\t289\t335\n"
            "電視購物與網購\t88\t167\t305\t472\n"
            "直銷\t430\t478\t512\t497\n"
            "合計\t962\t1,173\t1,407\t1,622\n"
            "資料來源：禾風市場研究，調查涵蓋1,050家業者。直銷通路占比十年間減少約10個百分點。"
        ),
        obs=[
            ("藥局", 2008, 248, "TWD 100 million", "actual"),
            ("藥局", 2013, 276, "TWD 100 million", "actual"),
            ("藥局", 2018, 301, "TWD 100 million", "actual"),
            ("藥局", 2023, 318, "TWD 100 million", "actual"),
            ("量販與超市", 2008, 196, "TWD 100 million", "actual"),
            ("量販與超市", 2013, 242, "TWD 100 million", "actual"),
            ("量販與超市", 2018, 289, "TWD 100 million", "actual"),
            ("量販與超市", 2023, 335, "TWD 100 million", "actual"),
            ("電視購物與網購", 2008, 88, "TWD 100 million", "actual"),
            ("電視購物與網購", 2013, 167, "TWD 100 million", "actual"),
            ("電視購物與網購", 2018, 305, "TWD 100 million", "actual"),
            ("電視購物與網購", 2023, 472, "TWD 100 million", "actual"),
            ("直銷", 2008, 430, "TWD 100 million", "actual"),
            ("直銷", 2013, 478, "TWD 100 million", "actual"),
            ("直銷", 2018, 512, "TWD 100 million", "actual"),
            ("直銷", 2023, 497, "TWD 100 million", "actual"),
            ("合計", 2008, 962, "TWD 100 million", "actual"),
            ("合計", 2013, 1173, "TWD 100 million", "actual"),
            ("合計", 2018, 1407, "TWD 100 million", "actual"),
            ("合計", 2023, 1622, "TWD 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2008: 248+196+88+430 = 962
            ("hierarchy", "inconsistent"),  # 2013: 276+242+167+478 = 1163 vs 1,173; bounds 1160.5..1165.5
            ("hierarchy", "exact"),         # 2018: 301+289+305+512 = 1407
            ("hierarchy", "exact"),         # 2023: 318+335+472+497 = 1622
        ],
    ),
    # 39. space-aligned table (English), regions x years in five-year steps, 2025E and 2030F columns (estimates),
    #     a Total row, and a stated 2020-2030F CAGR line; capacity and employment nowhere
    dict(
        text=(
            "Offshore wind installation spending, 2005-2030F (USD billion). Cumulative capacity passed 75 GW in 2023 "
            "and the industry employs about 300,000 people.\n"
            "                  2005   2010   2015   2020   2025E   2030F\n"
            "Europe             0.9    3.1   11.8   17.5    24.0    38.0\n"
            "China              0.1    0.6    1.6   21.3    22.5    35.0\n"
            "Rest of world      0.1    0.2    0.5    1.9     6.8    20.0\n"
            "Total              1.1    3.9   13.9   40.7    53.3    93.0\n"
            "2020-2030F CAGR (Total): 8.6%"
        ),
        obs=[
            ("Europe", 2005, 0.9, "USD billion", "actual"),
            ("Europe", 2010, 3.1, "USD billion", "actual"),
            ("Europe", 2015, 11.8, "USD billion", "actual"),
            ("Europe", 2020, 17.5, "USD billion", "actual"),
            ("Europe", 2025, 24.0, "USD billion", "estimate"),
            ("Europe", 2030, 38.0, "USD billion", "estimate"),
            ("China", 2005, 0.1, "USD billion", "actual"),
            ("China", 2010, 0.6, "USD billion", "actual"),
            ("China", 2015, 1.6, "USD billion", "actual"),
            ("China", 2020, 21.3, "USD billion", "actual"),
            ("China", 2025, 22.5, "USD billion", "estimate"),
            ("China", 2030, 35.0, "USD billion", "estimate"),
            ("Rest of world", 2005, 0.1, "USD billion", "actual"),
            ("Rest of world", 2010, 0.2, "USD billion", "actual"),
            ("Rest of world", 2015, 0.5, "USD billion", "actual"),
            ("Rest of world", 2020, 1.9, "USD billion", "actual"),
            ("Rest of world", 2025, 6.8, "USD billion", "estimate"),
            ("Rest of world", 2030, 20.0, "USD billion", "estimate"),
            ("Total", 2005, 1.1, "USD billion", "actual"),
            ("Total", 2010, 3.9, "USD billion", "actual"),
            ("Total", 2015, 13.9, "USD billion", "actual"),
            ("Total", 2020, 40.7, "USD billion", "actual"),
            ("Total", 2025, 53.3, "USD billion", "estimate"),
            ("Total", 2030, 93.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 8.6, "percent", 2020, 2030, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2005: 0.9+0.1+0.1 = 1.1
            ("hierarchy", "exact"),     # 2010: 3.1+0.6+0.2 = 3.9
            ("hierarchy", "exact"),     # 2015: 11.8+1.6+0.5 = 13.9
            ("hierarchy", "exact"),     # 2020: 17.5+21.3+1.9 = 40.7
            ("hierarchy", "exact"),     # 2025E: 24.0+22.5+6.8 = 53.3
            ("hierarchy", "exact"),     # 2030F: 38.0+35.0+20.0 = 93.0
            ("cagr|implied", "exact"),  # (93.0/40.7)**(1/10)-1 = 8.615% -> 8.6
        ],
    ),
    # 40. tab-separated table (Simplified Chinese, 亿元), categories x years in five-year steps with a 总计 row; a
    #     share of 酸奶 in 2020 whose part and whole the table prints; "2000年代中期 ... 不足一成", firm counts nowhere
    dict(
        text=(
            "中国乳制品零售市场分品类规模（亿元）\n"
            "品类\t2000\t2005\t2010\t2015\t2020\n"
            "液态奶\t228\t640\t1,310\t2,205\t2,874\n"
            "奶粉\t190\t415\t820\t1,180\t1,236\n"
            "酸奶\t45\t118\t305\t820\t1,512\n"
            "其他\t32\t67\t145\t240\t763\n"
            "总计\t495\t1,240\t2,580\t4,445\t6,385\n"
            "2020年酸奶占总计的23.7%，而在2000年代中期这一比例还不足一成。主要乳企数量由2000年的约1,600家整合至2020年的"
            "约600家。"
        ),
        obs=[
            ("液态奶", 2000, 228, "CNY 100 million", "actual"),
            ("液态奶", 2005, 640, "CNY 100 million", "actual"),
            ("液态奶", 2010, 1310, "CNY 100 million", "actual"),
            ("液态奶", 2015, 2205, "CNY 100 million", "actual"),
            ("液态奶", 2020, 2874, "CNY 100 million", "actual"),
            ("奶粉", 2000, 190, "CNY 100 million", "actual"),
            ("奶粉", 2005, 415, "CNY 100 million", "actual"),
            ("奶粉", 2010, 820, "CNY 100 million", "actual"),
            ("奶粉", 2015, 1180, "CNY 100 million", "actual"),
            ("奶粉", 2020, 1236, "CNY 100 million", "actual"),
            ("酸奶", 2000, 45, "CNY 100 million", "actual"),
            ("酸奶", 2005, 118, "CNY 100 million", "actual"),
            ("酸奶", 2010, 305, "CNY 100 million", "actual"),
            ("酸奶", 2015, 820, "CNY 100 million", "actual"),
            ("酸奶", 2020, 1512, "CNY 100 million", "actual"),
            ("其他", 2000, 32, "CNY 100 million", "actual"),
            ("其他", 2005, 67, "CNY 100 million", "actual"),
            ("其他", 2010, 145, "CNY 100 million", "actual"),
            ("其他", 2015, 240, "CNY 100 million", "actual"),
            ("其他", 2020, 763, "CNY 100 million", "actual"),
            ("总计", 2000, 495, "CNY 100 million", "actual"),
            ("总计", 2005, 1240, "CNY 100 million", "actual"),
            ("总计", 2010, 2580, "CNY 100 million", "actual"),
            ("总计", 2015, 4445, "CNY 100 million", "actual"),
            ("总计", 2020, 6385, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 23.7, "percent", 2020, 2020, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2000: 228+190+45+32 = 495
            ("hierarchy", "exact"),   # 2005: 640+415+118+67 = 1240
            ("hierarchy", "exact"),   # 2010: 1310+820+305+145 = 2580
            ("hierarchy", "exact"),   # 2015: 2205+1180+820+240 = 4445
            ("hierarchy", "exact"),   # 2020: 2874+1236+1512+763 = 6385
            ("arithmetic", "exact"),  # 1512/6385 = 23.681% -> 23.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-tenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 9, 'exact': 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a figure later revised to',
    'fell 32% in 2009',
    'in fiscal 2005, more than doubling in fifteen years',
    'a decade later it had reached',
    'which works out to compound growth of 14% a year',
    'from 2015 to 2023 sales compounded at 24% a year',
    'total addressable market for hospital infusion pumps',
    '¥2.51 trillion',
    'grew tenfold between 2005 and 2015',
    'grew more than fivefold between 2010 and 2020',
    'A rival tally by Osprey Geo Analytics',
    '2015年至2020年年均复合增长率为26.0%',
    '首次突破1万亿元',
    '较2002年增长10倍',
    '2015至2023年年複合成長率為3.8%',
    '其後十年間再翻一番',
    '2015—2020年年均复合增长率约为19%',
    '| Total | 0.5 | 0.8 |',
    '2024E\t1,286',
    '| 合計 | 565 |',
    'more than quadrupled to £480 million',
    'a compound annual rate of 13.2% between 1998 and 2018',
    'then fell 32% in 2009 to $1.02 billion',
    'a figure later revised to ¥176 billion',
    'from fiscal 2010 to fiscal 2020',
    'grew tenfold between 2005 and 2015',
    'we size it at $41 billion this year',
    '较2001年增长了5倍',
    '2023年，市场规模达到1.27万亿元',
    '去年达到1,652亿元，同比增长',
    '十年間規模翻了一倍',
    '按年下跌62%',
    '2022年回升至12.9億元，年增15.5%',
    '2001年至2005年年均下降',
    '2015年市场规模为1.1万亿元',
    '次年修订为860亿元',
    '明年有望回升至230亿元',
    '| 2024e | 12.7        |',
    'World\t16.9\t21.8',
    '2025E   2030F',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor): 359 figures, 53 rates, 72 verdicts
#: and 2 false inconsistent
FLOORS = {"figures_found": 366, "rates_found": 59, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset110.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
