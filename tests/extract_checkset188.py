"""A hundred-and-eighty-eighth check set for the extractor, written blind: AI in water, waste and recycling: AI leak
detection and smart metering for water utilities, AI optical sorting in recycling plants, AI route optimisation for
waste collection, AI for wastewater treatment control, AI monitoring of landfills and plastic flows; sized in money by
water and waste associations, utilities' and waste groups' capital-markets days, environment ministries' plans,
development banks, brokers and research houses in the Netherlands, Germany, Singapore, Israel, South Africa, Chile,
the United States, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole water or
waste-management market beside the AI part, tonnes collected or recycled, litres lost, households served, a utility's
own revenue or capex, tariffs per cubic metre, a funding round and valuation, a quarter's figures, a survey's
percentages, recycling rates.

Snippets 1-20: Twenty snippets on AI in water, waste and recycling. Eight are English prose: an Amsterdam wire
release, a Johannesburg broker note in fiscal years, a Singapore briefing with segment shares, a Tel Aviv news story
quoting two research houses, a Houston capital-markets-day transcript sizing a TAM, a German ministry strategy with a
2030 target, a Santiago note carrying a correction and a range, and an investor's blog post. Seven are Chinese prose
(three in Traditional characters) and five are tables: a markdown pipe table with E/F columns, a space-aligned year
table with a YoY column, a tab-separated 亿元 table with a 合计 row, a tab-separated fiscal-year table with a CAGR column
and a 新台幣百萬元 pipe table with shares. Distractors left out: whole water or wastewater markets, tonnes, cubic metres and
leakage rates, households, tariffs, recycling rates, survey percentages, funding rounds and valuations, own revenue
and capex, a quarter's figure, target prices, a second publisher's figure and a corrected error. The blog's 36% CAGR
and the year table's 2023 YoY are inconsistent; the broker's 18% CAGR, a 20.5% share, the 20% growth to this year, one
fiscal-table CAGR and the 2023 亿元 total hold only by rounding.

Snippets 21-40: Twenty snippets (21-40) on AI in water, waste and recycling: eight English prose pieces (a US hauler's
earnings call sizing a routing TAM, a development-bank working paper on Latin American leak detection, a social-media
thread, an Amsterdam article with a correction, an Israeli annual-report letter, German investor-day slide bullets, a
forum answer quoting two research houses, a Johannesburg note with a rand aside), seven Chinese prose pieces
(Xinhua-style release, provincial implementation plan, Taiwanese research-house release, Hong Kong press report, PTT
post, broker abstract with a 2027 range, results-briefing transcript; three in Traditional Chinese) and five tables
(markdown segments with a total, a tab-separated table headed by its unit with YoY, a space-aligned 合计 table, a
Santiago regional table with CAGRs, a Dutch statistics table with shares). Left out: whole water and waste markets,
tonnes, litres, households, tariffs, company revenue, capex and margins, quarters, funding rounds, surveys, recycling
and leakage rates, target prices, shares in words, a second publisher's 2024 figure, a superseded figure, rand and
peso amounts. Inconsistent: 23's 24% growth and 39's Middle East & Africa CAGR. Rounding only: 24's 16.7% CAGR, 26's
24% share, 33's 23% growth, 37's 2026F YoY, 40's sorting share and 36's 2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Amsterdam wire press release from a research house: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the edition number, cubic metres lost, the count of utilities and households.
    dict(
        text=(
            "AMSTERDAM, 4 February 2025 /GlobeNewswire/ -- Water utilities worldwide spent €1.86 billion on "
            "AI-based leak detection and smart-metering analytics in 2024, up 17.7% from €1.58 billion in 2023, "
            "according to the fifth Digital Water Barometer released today by Polderwater Research. The Delft-based "
            "firm, which interviewed 340 utilities serving some 410 million households, forecasts that spending will "
            "climb to €4.35 billion in 2030, implying average annual growth of 15.2% over 2024-2030. The prize is "
            "large: utilities still lose an estimated 126 billion cubic metres of treated water a year through leaks, "
            "theft and faulty meters, the barometer says."
        ),
        obs=[
            ("Total", 2023, 1.58, "EUR billion", "actual"),
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Total", 2030, 4.35, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.86 / 1.58) ** (1 / 1) - 1 = 17.72% -> 17.7
            ("cagr|implied", "exact"),  # (4.35 / 1.86) ** (1 / 6) - 1 = 15.21% -> 15.2
        ],
    ),
    # 2. Johannesburg broker sector note in fiscal years; CAGR span only from the amounts' years, "roughly 18%" while
    #    the amounts give 17.45%. Expected nowhere: the rand figure for South Africa, the covered company's revenue
    #    and growth, its target price and upside, tonnes processed, the note's date.
    dict(
        text=(
            "SA WASTE & RECYCLING | Sector note | Johannesburg, 18 March 2025\n"
            "Sorting gets a brain. We put the global market for AI-guided optical sorting equipment in "
            "materials-recovery facilities at US$1.32bn in FY2024 and model US$2.95bn by FY2029e - a CAGR of "
            "roughly 18%, as retrofits of older near-infrared lines give way to full vision-plus-robotics cells. "
            "South Africa barely registers: we estimate local spend at about R610m. Our preferred name, Kaapse "
            "Recycling Holdings (BUY, TP R38.50, 24% upside), grew FY2024 revenue 11% to R2.1bn as tonnes processed "
            "rose to 1.8mt."
        ),
        obs=[
            ("Total", 2024, 1.32, "USD billion", "actual"),
            ("Total", 2029, 2.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (2.95 / 1.32) ** (1 / 5) - 1 = 17.45% -> 17, not 18; bounds (2.945 / 1.325) ** (1/5) - 1 = 17.32%,
            # (2.955 / 1.315) ** (1/5) - 1 = 17.58% -> 18 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Singapore research briefing: a total and three segments with shares; the sludge share holds only by
    #    rounding; the 2029 figure in billions is converted to the series' USD million.
    #    Expected nowhere: the regional wastewater-treatment market, the plant count.
    dict(
        text=(
            "SINGAPORE, 9 July 2025 - Utilities and industrial operators in Asia-Pacific spent US$812 million on AI "
            "systems for wastewater-treatment control in 2024, according to a briefing from Merlion Water Analytics. "
            "Aeration optimisation took US$347 million, or 42.7% of the total; chemical-dosing control US$198 million "
            "(24.4%); and sludge-handling analytics US$166 million, or 20.5%. The money is still small next to the "
            "region's wastewater-treatment market as a whole, which Merlion puts at some US$68 billion, spread across "
            "more than 9,000 municipal plants. The firm expects AI control spending to reach US$1.9 billion in 2029."
        ),
        obs=[
            ("Total", 2024, 812, "USD million", "actual"),
            ("Aeration optimisation", 2024, 347, "USD million", "actual"),
            ("Chemical-dosing control", 2024, 198, "USD million", "actual"),
            ("Sludge-handling analytics", 2024, 166, "USD million", "actual"),
            ("Total", 2029, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("share", 42.7, "percent", 2024, 2024, None),
            ("share", 24.4, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 347 / 812 = 42.73% -> 42.7
            ("arithmetic", "exact"),  # 198 / 812 = 24.38% -> 24.4
            # 166 / 812 = 20.44% -> 20.4, not 20.5; bounds 165.5 / 812.5 = 20.37%, 166.5 / 811.5 = 20.52%
            # -> 20.5 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Tel Aviv news article quoting two research houses; series unit USD million, so the 2032 figure in billions
    #    is converted. Expected nowhere: the second house's 2024 figure, the Series C and valuation, Israel's
    #    share of water lost, the desalination plant count.
    dict(
        text=(
            "TEL AVIV, May 20 2025 - Israel's water companies learned to squeeze every drop out of five desalination "
            "plants; now they are exporting the software that finds the drops that get away. The global market for "
            "AI-driven acoustic and pressure-based leak detection reached US$720 million in 2024 and is projected to "
            "hit US$2.3 billion by 2032, a compound annual growth rate of 15.6%, according to Haifa-based research "
            "house Carmel Insight. Boston's Bluewater Metrics sees a bigger market today, putting 2024 at US$890 "
            "million. Local start-up AquaSonar raised a US$35 million Series C last month at a valuation of about "
            "US$400 million. Israeli utilities lose under 10% of the water they pump, against 30% or more in much of "
            "Europe."
        ),
        obs=[
            ("Total", 2024, 720, "USD million", "actual"),
            ("Total", 2032, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2300 / 720) ** (1 / 8) - 1 = 15.62% -> 15.6
        ],
    ),
    # 5. Houston capital-markets-day transcript: a waste group sizes its TAM "this year" (dateline 2024, so an
    #    estimate), a multiple and an inferred CAGR. Expected nowhere: the company's digital revenue and capex,
    #    tons collected, the truck count, the third-quarter figure.
    dict(
        text=(
            "Lone Star Waste Services - Capital Markets Day, Houston, November 13, 2024 - edited transcript\n"
            "DANA REYES, Chief Digital Officer: So where is the money? We size the total addressable market for AI "
            "route optimisation and fleet analytics in North American solid-waste collection at about $2.4 billion "
            "this year, and we think it more than doubles, to $5.1 billion by 2030. That's roughly 13% a year, and "
            "frankly we think that's conservative. In the third quarter alone haulers spent something like $640 "
            "million on it. For context, our own digital revenue was $186 million last year, we'll put $420 million "
            "of capex to work in 2025, and our 7,400 trucks collected 38 million tons."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "estimate"),
            ("Total", 2030, 5.1, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2030, 6.0),
            ("cagr", 13, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.1 / 2.4) ** (1 / 6) - 1 = 13.39% -> 13
        ],
    ),
    # 6. Berlin federal environment ministry strategy with a 2030 target and an annual growth rate whose span only
    #    the amounts' years give. Expected nowhere: the strategy's title year, the funding programme, the recycling
    #    rates, tonnes of plastic waste, the landfill count.
    dict(
        text=(
            "Berlin, 3 September 2025. With its Circular Digital Strategy 2030, adopted by the cabinet today, the "
            "Federal Environment Ministry wants Germany to lead in machine monitoring of waste. Spending on AI-based "
            "monitoring of landfills, sorting residues and plastic flows in Germany stood at EUR 148 million in 2024; "
            "the strategy aims to lift it to EUR 420 million by 2030, which the ministry says corresponds to growth of "
            "19% a year. A EUR 250 million funding programme will back pilots at some 300 closed landfills. The "
            "recycling rate for plastic packaging is to rise from 68% to 75%, and the 5.6 million tonnes of plastic "
            "waste Germany produces each year are to be tracked from bin to recycler."
        ),
        obs=[
            ("Total", 2024, 148, "EUR million", "actual"),
            ("Total", 2030, 420, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (420 / 148) ** (1 / 6) - 1 = 18.99% -> 19
        ],
    ),
    # 7. Santiago research note carrying a correction and a 2030 range; growth with both amounts.
    #    Expected nowhere: the erroneous 318, the note number, the peso tariff, the peso capex plan, litres lost.
    dict(
        text=(
            "Andes Utility Research | Note 2025/07 | Santiago, 14 April 2025\n"
            "Correction: an earlier version of this note gave the 2024 Latin American market for AI leak-detection "
            "and smart-metering analytics as US$318 million. The correct figure is US$381 million, up 24% on 2023's "
            "US$307 million. We now see the market at US$900 million to US$1,050 million in 2030, depending on how fast "
            "Brazil's privatised concessions roll out smart meters. Chile's sanitary companies, which bill around CLP "
            "1,050 per cubic metre, plan CLP 1.4 trillion of network capex; Santiago's grid still loses roughly 30 "
            "litres of every 100 it carries."
        ),
        obs=[
            ("Total", 2023, 307, "USD million", "actual"),
            ("Total", 2024, 381, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 900, "USD million", 2030, 2030, None),
            ("value", 1050, "USD million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (381 / 307) ** (1 / 1) - 1 = 24.10% -> 24
        ],
    ),
    # 8. Investor's blog post: approximate figures, a CAGR (span from the amounts' years) inconsistent with them,
    #    "next year" from the 2025 post. Expected nowhere: the recycling rate, the survey percentage, the funding
    #    round and valuation, the count of plants.
    dict(
        text=(
            "Picks and shovels for the recycling robots (posted March 2, 2025)\n"
            "I've been buying into recycling automation for three years, so here's my math. By my reckoning, U.S. "
            "materials-recovery facilities spent roughly $410 million on AI vision systems and robotic pickers in "
            "2022 and nearly $690 million in 2024 - compounding at about 36% a year. I think the market should top "
            "$1 billion next year. The national recycling rate has been stuck near 32% for a decade, and in one "
            "trade survey 61% of plant operators said they plan to add robots. The leading private picker maker "
            "raised $91 million last autumn at a valuation north of $1 billion, and it serves fewer than 400 of "
            "America's roughly 1,400 plants."
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2024, 690, "USD million", "actual"),
            ("Total", 2026, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 36, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            # (690 / 410) ** (1 / 2) - 1 = 29.73% -> 30, not 36; bounds (689.5 / 410.5) ** (1/2) - 1 = 29.60%,
            # (690.5 / 409.5) ** (1/2) - 1 = 29.85% -> 36 is out of reach (a typo)
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the report's title year, the leakage rate, water saved, the whole smart-water market.
    dict(
        text=(
            "华夏水务科技研究院日前发布的《2025中国智慧水务人工智能应用发展报告》显示，2024年我国供水领域人工智能漏损"
            "检测与智能计量市场规模达到86.4亿元，较2023年的70.2亿元同比增长23.1%。报告预计，到2029年该市场规模将增至"
            "243.5亿元，2024—2029年年均复合增长率为23.0%。报告指出，全国城市公共供水管网漏损率已降至9.5%左右，"
            "全年节水约16亿立方米；而整个智慧水务市场的规模已超过1800亿元，人工智能应用占比仍然偏低。"
        ),
        obs=[
            ("Total", 2023, 70.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2029, 243.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 23.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 70.2) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (243.5 / 86.4) ** (1 / 5) - 1 = 23.03% -> 23.0
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2024-2027); a part's target.
    #     Expected nowhere: the plan's title years, the count of firms, the recovery rate, tonnes handled.
    dict(
        text=(
            "杭州，2025年3月28日——浙江省日前印发《浙江省人工智能赋能固体废物治理行动方案（2025—2027年）》。方案提出，"
            "2024年全省垃圾分类收运与再生资源回收领域人工智能应用市场规模约为38亿元；到2027年，力争规模突破150亿元，"
            "较2024年增长3倍，其中智能分拣装备市场规模力争达到60亿元。同时培育10家以上骨干企业，全省生活垃圾回收利用"
            "率达到65%以上，年处理再生资源超过2000万吨。"
        ),
        obs=[
            ("Total", 2024, 38, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
            ("智能分拣装备", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[],
    ),
    # 11. Beijing wire story (Simplified) quoting two institutes; CAGR span only from the amounts' years.
    #     Expected nowhere: the second institute's 2024 figure, tonnes of refuse cleared, the sanitation-vehicle count.
    dict(
        text=(
            "新华社北京2025年6月12日电（记者 林晓）中环数智研究院12日发布报告称，2024年我国环卫领域人工智能路线优化"
            "与智能调度市场规模为52.6亿元，预计2030年将达到178亿元，年均复合增长率22.5%。另一家机构京华产业研究所的"
            "测算则更为乐观，认为2024年该市场规模已接近60亿元。报告显示，全国城市生活垃圾清运量已达2.6亿吨，"
            "环卫车辆保有量超过40万辆。"
        ),
        obs=[
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2030, 178, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (178 / 52.6) ** (1 / 6) - 1 = 22.53% -> 22.5
        ],
    ),
    # 12. Taiwanese association white paper (Traditional), 新台幣億元: YoY growth without its base (no verdict),
    #     CAGR with printed span. Expected nowhere: the white paper's year, the leakage rate, the household count,
    #     the tariff per 度.
    dict(
        text=(
            "台灣水資源科技協會今（15）日發表《2025台灣智慧水務產業白皮書》指出，2024年國內AI智慧水表與漏水偵測市場"
            "規模達新台幣42.8億元，年增18.6%；協會預估，2027年可望成長至新台幣71億元，2024至2027年複合成長率約18.4%。"
            "白皮書也提到，全台自來水漏水率仍有13.2%，約740萬戶用水戶中裝設智慧水表者不到一成，而每度水價約新台幣11元，"
            "長期偏低。"
        ),
        obs=[
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2027, 71, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 42.8) ** (1 / 3) - 1 = 18.38% -> 18.4
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a part and its share, a 2028 forecast.
    #     Expected nowhere: tonnes of municipal solid waste a day, the recycling rate, the per-bag charge.
    dict(
        text=(
            "【本報訊】（2025年8月5日）都市固體廢物收費一再押後，但本港廢物管理的「智能化」已悄悄起步。據香港環保科技"
            "研究中心最新報告，2024年本港廢物管理人工智能應用（包括智能回收機、垃圾車路線優化及堆填區監測）市場規模達"
            "8.6億港元，其中堆填區及轉運站監測佔2.3億港元，約佔27%。報告預計，至2028年整體市場可增至19.5億港元。"
            "本港每日棄置的都市固體廢物約11,000公噸，回收率約32%，而原定每個指定垃圾袋收費約1.1元。"
        ),
        obs=[
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("堆填區及轉運站監測", 2024, 2.3, "HKD 100 million", "actual"),
            ("Total", 2028, 19.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.3 / 8.6 = 26.74% -> 27
        ],
    ),
    # 14. Mainland story (Simplified) using 去年/今年 under a 2025 dateline: 去年 = 2024 (actual), 今年 = 2025
    #     (estimate); the growth to this year holds only by rounding. Expected nowhere: the treatment capacity in
    #     cubic metres, a listed firm's revenue, the survey percentage.
    dict(
        text=(
            "本报讯（2025年4月18日）记者从东方环境研究获悉，去年我国污水处理领域人工智能控制系统市场规模为31.5亿元，"
            "比上年的26.3亿元增长19.8%；今年有望达到38亿元左右，同比增长约20%。目前全国城镇污水处理能力已达每日2.3亿"
            "立方米。行业龙头清源智控去年营收12.7亿元，而一项针对水厂的调查显示，57%的受访污水厂计划在两年内上线智能"
            "曝气系统。"
        ),
        obs=[
            ("Total", 2023, 26.3, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 26.3) ** (1 / 1) - 1 = 19.77% -> 19.8
            # (38 / 31.5) ** (1 / 1) - 1 = 20.63% -> 21, not 20; bounds 37.5 / 31.55 - 1 = 18.86%,
            # 38.5 / 31.45 - 1 = 22.42% -> 20 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) on the mainland market in 億元人民幣, CAGR with printed span.
    #     Expected nowhere: the report date, the target price and upside, the covered company's revenue, tonnes of
    #     recycled resources.
    dict(
        text=(
            "【深度報告】華港證券｜環保行業｜2025年1月22日\n"
            "AI分選：再生資源的下一個拐點。我們測算，2024年中國再生資源AI光學分選設備市場規模約為64億元人民幣，預計"
            "2027年增至135億元人民幣，2024至2027年複合增長率28%。全國再生資源回收總量已達4億噸，但分選環節自動化率"
            "不足三成。首次覆蓋綠循科技，給予「買入」評級，目標價18.6港元，較現價有31%上行空間；預計公司2024年營收"
            "9.8億元人民幣。"
        ),
        obs=[
            ("Total", 2024, 64, "CNY 100 million", "actual"),
            ("Total", 2027, 135, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (135 / 64) ** (1 / 3) - 1 = 28.25% -> 28
        ],
    ),
    # 16. Rotterdam broker markdown pipe table with E/F columns and a total row; all four columns add exactly.
    #     Expected nowhere: the table number, the report date.
    dict(
        text=(
            "Rijnmond Capital Research | Rotterdam, 10 February 2025\n"
            "Table 3: Global AI-enabled waste and recycling technology spend by application (USD million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Optical sorting | 612 | 734 | 880 | 1,460 |\n"
            "| Route optimisation | 388 | 452 | 530 | 870 |\n"
            "| Landfill & emissions monitoring | 146 | 181 | 224 | 410 |\n"
            "| Total | 1,146 | 1,367 | 1,634 | 2,740 |\n"
            "\n"
            "Source: Rijnmond Capital Research estimates; E = estimate, F = forecast."
        ),
        obs=[
            ("Optical sorting", 2023, 612, "USD million", "actual"),
            ("Optical sorting", 2024, 734, "USD million", "actual"),
            ("Optical sorting", 2025, 880, "USD million", "estimate"),
            ("Optical sorting", 2028, 1460, "USD million", "estimate"),
            ("Route optimisation", 2023, 388, "USD million", "actual"),
            ("Route optimisation", 2024, 452, "USD million", "actual"),
            ("Route optimisation", 2025, 530, "USD million", "estimate"),
            ("Route optimisation", 2028, 870, "USD million", "estimate"),
            ("Landfill & emissions monitoring", 2023, 146, "USD million", "actual"),
            ("Landfill & emissions monitoring", 2024, 181, "USD million", "actual"),
            ("Landfill & emissions monitoring", 2025, 224, "USD million", "estimate"),
            ("Landfill & emissions monitoring", 2028, 410, "USD million", "estimate"),
            ("Total", 2023, 1146, "USD million", "actual"),
            ("Total", 2024, 1367, "USD million", "actual"),
            ("Total", 2025, 1634, "USD million", "estimate"),
            ("Total", 2028, 2740, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 388 + 146 = 1146
            ("hierarchy", "exact"),  # 2024: 734 + 452 + 181 = 1367
            ("hierarchy", "exact"),  # 2025E: 880 + 530 + 224 = 1634
            ("hierarchy", "exact"),  # 2028F: 1460 + 870 + 410 = 2740
        ],
    ),
    # 17. Singapore research house, space-aligned table with years as rows and a YoY column; the lone value column
    #     headed by its unit is the Total. The 2021 YoY has no printed base (no verdict); the 2023 YoY is a typo.
    #     Expected nowhere: the source line's date.
    dict(
        text=(
            "Southeast Asia: utility spend on AI leak detection and smart-metering analytics\n"
            "Year     USD million    YoY (%)\n"
            "2021            96.0       18.2\n"
            "2022           118.5       23.4\n"
            "2023           149.2       29.5\n"
            "2024           186.0       24.7\n"
            "2025F          229.5       23.4\n"
            "Source: Lion City Water Insights, Singapore, March 2025. F = forecast."
        ),
        obs=[
            ("Total", 2021, 96.0, "USD million", "actual"),
            ("Total", 2022, 118.5, "USD million", "actual"),
            ("Total", 2023, 149.2, "USD million", "actual"),
            ("Total", 2024, 186.0, "USD million", "actual"),
            ("Total", 2025, 229.5, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2020, 2021, 1.0),
            ("growth", 23.4, "percent", 2021, 2022, 1.0),
            ("growth", 29.5, "percent", 2022, 2023, 1.0),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.5 / 96.0 - 1 = 23.44% -> 23.4
            # 149.2 / 118.5 - 1 = 25.91% -> 25.9, not 29.5; bounds 149.15 / 118.55 - 1 = 25.81%,
            # 149.25 / 118.45 - 1 = 26.00% -> 29.5 is out of reach (a typo)
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 186.0 / 149.2 - 1 = 24.66% -> 24.7
            ("cagr|implied", "exact"),  # 229.5 / 186.0 - 1 = 23.39% -> 23.4
        ],
    ),
    # 18. Mainland research house, tab-separated Chinese table in 亿元 with a 合计 row; the 2023 total adds only by
    #     rounding. Expected nowhere: the table number.
    dict(
        text=(
            "表2 中国环境领域人工智能应用市场规模（亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\n"
            "智慧水务漏损管控\t28.4\t35.1\t43.6\t53.2\n"
            "污水处理智能控制\t17.9\t21.6\t26.8\t32.5\n"
            "智能分拣与回收\t22.3\t28.7\t36.2\t45.9\n"
            "环卫路线优化\t9.6\t12.1\t15.4\t19.6\n"
            "合计\t78.2\t97.6\t122.0\t151.2\n"
            "资料来源：申江环境研究院，E为预测值"
        ),
        obs=[
            ("智慧水务漏损管控", 2022, 28.4, "CNY 100 million", "actual"),
            ("智慧水务漏损管控", 2023, 35.1, "CNY 100 million", "actual"),
            ("智慧水务漏损管控", 2024, 43.6, "CNY 100 million", "actual"),
            ("智慧水务漏损管控", 2025, 53.2, "CNY 100 million", "estimate"),
            ("污水处理智能控制", 2022, 17.9, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2023, 21.6, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2024, 26.8, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2025, 32.5, "CNY 100 million", "estimate"),
            ("智能分拣与回收", 2022, 22.3, "CNY 100 million", "actual"),
            ("智能分拣与回收", 2023, 28.7, "CNY 100 million", "actual"),
            ("智能分拣与回收", 2024, 36.2, "CNY 100 million", "actual"),
            ("智能分拣与回收", 2025, 45.9, "CNY 100 million", "estimate"),
            ("环卫路线优化", 2022, 9.6, "CNY 100 million", "actual"),
            ("环卫路线优化", 2023, 12.1, "CNY 100 million", "actual"),
            ("环卫路线优化", 2024, 15.4, "CNY 100 million", "actual"),
            ("环卫路线优化", 2025, 19.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 78.2, "CNY 100 million", "actual"),
            ("合计", 2023, 97.6, "CNY 100 million", "actual"),
            ("合计", 2024, 122.0, "CNY 100 million", "actual"),
            ("合计", 2025, 151.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 28.4 + 17.9 + 22.3 + 9.6 = 78.2
            # 2023: 35.1 + 21.6 + 28.7 + 12.1 = 97.5, not 97.6; bounds 97.3 to 97.7 -> 97.6 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 43.6 + 26.8 + 36.2 + 15.4 = 122.0
            ("hierarchy", "exact"),  # 2025E: 53.2 + 32.5 + 45.9 + 19.6 = 151.2
        ],
    ),
    # 19. New York broker exhibit, tab-separated fiscal-year table with a CAGR FY24-26e column and a total row; the
    #     leak-detection CAGR holds only by rounding. Expected nowhere: the exhibit number.
    dict(
        text=(
            "Exhibit 4: US municipal water utilities' AI spend by function, fiscal years ending June (USD million)\n"
            "Function\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "Leak detection\t212\t251\t298\t352\t18.5%\n"
            "Smart-meter analytics\t174\t206\t247\t293\t19.3%\n"
            "Treatment optimisation\t95\t118\t146\t179\t23.2%\n"
            "Total\t481\t575\t691\t824\t19.7%\n"
            "Source: Hudson Ridge Securities estimates."
        ),
        obs=[
            ("Leak detection", 2023, 212, "USD million", "actual"),
            ("Leak detection", 2024, 251, "USD million", "actual"),
            ("Leak detection", 2025, 298, "USD million", "estimate"),
            ("Leak detection", 2026, 352, "USD million", "estimate"),
            ("Smart-meter analytics", 2023, 174, "USD million", "actual"),
            ("Smart-meter analytics", 2024, 206, "USD million", "actual"),
            ("Smart-meter analytics", 2025, 247, "USD million", "estimate"),
            ("Smart-meter analytics", 2026, 293, "USD million", "estimate"),
            ("Treatment optimisation", 2023, 95, "USD million", "actual"),
            ("Treatment optimisation", 2024, 118, "USD million", "actual"),
            ("Treatment optimisation", 2025, 146, "USD million", "estimate"),
            ("Treatment optimisation", 2026, 179, "USD million", "estimate"),
            ("Total", 2023, 481, "USD million", "actual"),
            ("Total", 2024, 575, "USD million", "actual"),
            ("Total", 2025, 691, "USD million", "estimate"),
            ("Total", 2026, 824, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (352 / 251) ** (1 / 2) - 1 = 18.42% -> 18.4, not 18.5; bounds (351.5 / 251.5) ** (1/2) - 1 = 18.22%,
            # (352.5 / 250.5) ** (1/2) - 1 = 18.62% -> 18.5 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (293 / 206) ** (1 / 2) - 1 = 19.26% -> 19.3
            ("cagr|implied", "exact"),  # (179 / 118) ** (1 / 2) - 1 = 23.16% -> 23.2
            ("cagr|implied", "exact"),  # (824 / 575) ** (1 / 2) - 1 = 19.71% -> 19.7
            ("hierarchy", "exact"),  # FY2023: 212 + 174 + 95 = 481
            ("hierarchy", "exact"),  # FY2024: 251 + 206 + 118 = 575
            ("hierarchy", "exact"),  # FY2025e: 298 + 247 + 146 = 691
            ("hierarchy", "exact"),  # FY2026e: 352 + 293 + 179 = 824
        ],
    ),
    # 20. Taipei research institute, Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row;
    #     the 100.0% total is no claim. Expected nowhere: the table number.
    dict(
        text=(
            "表5　2024年台灣環境AI應用市場規模（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| 智慧水表與漏水偵測 | 4,280 | 48.6% |\n"
            "| 污水處理AI控制 | 1,960 | 22.3% |\n"
            "| 資源回收AI分選 | 1,710 | 19.4% |\n"
            "| 垃圾清運路線優化 | 850 | 9.7% |\n"
            "| 合計 | 8,800 | 100.0% |\n"
            "資料來源：寶島產業科技研究所整理"
        ),
        obs=[
            ("智慧水表與漏水偵測", 2024, 4280, "TWD million", "actual"),
            ("污水處理AI控制", 2024, 1960, "TWD million", "actual"),
            ("資源回收AI分選", 2024, 1710, "TWD million", "actual"),
            ("垃圾清運路線優化", 2024, 850, "TWD million", "actual"),
            ("合計", 2024, 8800, "TWD million", "actual"),
        ],
        claims=[
            ("share", 48.6, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 19.4, "percent", 2024, 2024, None),
            ("share", 9.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4280 / 8800 = 48.64% -> 48.6
            ("arithmetic", "exact"),  # 1960 / 8800 = 22.27% -> 22.3
            ("arithmetic", "exact"),  # 1710 / 8800 = 19.43% -> 19.4
            ("arithmetic", "exact"),  # 850 / 8800 = 9.66% -> 9.7
            ("hierarchy", "exact"),  # 4280 + 1960 + 1710 + 850 = 8800
        ],
    ),
    # 21. US solid-waste hauler's Q4 2024 earnings-call transcript; the CEO sizes the TAM for AI route optimisation
    #     (Total); the CAGR's span comes only from the amounts' years. Expected nowhere: truck count, Q4 revenue and
    #     its growth, tons collected, the 9% fuel saving, the analyst's firm.
    dict(
        text=(
            "Harlow Ridge Waste Systems, Inc. (HRWS) Q4 2024 Earnings Call Transcript - February 13, 2025\n"
            "Operator: The next question is from Dana Whitcombe with Sable Point Securities. Your line is open.\n"
            "Dana Whitcombe: Thanks. You keep mentioning the routing software you bought last spring. Is that a "
            "product you sell to other haulers one day, and if so how big is that pond?\n"
            "Marcus Tell, Chairman and CEO: Good question, and yes, that's where our heads are. Across North American "
            "residential and commercial collection, the addressable market for AI route optimisation and what we call "
            "collection intelligence was roughly $1.6 billion in 2024. Our planning case has it at $3.9 billion by "
            "2030, so call it a 16% compound rate. On our own 5,800 trucks the models took about 9% out of fuel burn "
            "last year. Fourth-quarter revenue was $1.31 billion, up 6%, on 42 million tons collected for the year."
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.6) ** (1 / 6) - 1 = 16.01% -> 16
        ],
    ),
    # 22. Development-bank working-paper abstract on AI leak detection in Latin America; CAGR with printed span.
    #     Expected nowhere: the paper number, utility and country counts, the 38% non-revenue-water rate, cubic
    #     metres lost, the US$4.1 billion of lost revenue, the US$18 billion sector capex.
    dict(
        text=(
            "Banco Austral de Desarrollo | Working Paper Series BAD-WP-2025-07 | July 2025\n"
            "Listening to the Pipes: The Economics of AI Leak Detection in Latin American Water Utilities\n"
            "Abstract: Latin American utilities lose on average 38% of the water they produce before it reaches a "
            "paying customer, some 8.5 billion cubic metres a year, costing them about US$4.1 billion in forgone "
            "revenue. Drawing on procurement records from 212 utilities in 14 countries, we estimate that the region's "
            "spending on AI-based leak detection and pressure management came to US$286 million in 2023, a small "
            "fraction of the US$18 billion the sector invests annually. We project the market to reach US$742 million "
            "in 2030, implying a compound annual growth rate of 14.6% over 2023-2030, and show that the returns are "
            "highest where metering is already dense."
        ),
        obs=[
            ("Total", 2023, 286, "USD million", "actual"),
            ("Total", 2030, 742, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 14.6, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 286) ** (1 / 7) - 1 = 14.59% -> 14.6
        ],
    ),
    # 23. Social-media thread (March 2025) on AI optical sorting; "last year" = 2024; the printed 24% growth does not
    #     follow from $1.48B -> $1.74B; the forecast CAGR's span only from the amounts' years. Expected nowhere: the
    #     US recycling rate, tons through MRFs, the Series B and valuation, the tweet numbering.
    dict(
        text=(
            "@binfluencer_eng \u00b7 Mar 6, 2025\n"
            "1/ Everyone asks me if the robot arms at recycling plants are hype. Short thread with numbers from the "
            "new Greyling & Moss sorting report.\n"
            "2/ Global spend on AI optical sorting (hyperspectral cameras + deep-learning pickers on MRF lines) was "
            "$1.74B last year. They call that +24% on 2023's $1.48B.\n"
            "3/ Their forecast: $3.1B by 2028, a ~15.5% CAGR.\n"
            "4/ Context: the US recycling rate is still stuck around 32%, and MRFs handled roughly 67M tons.\n"
            "5/ VCs are paying attention. SortIQ just closed a $48M Series B at a $310M valuation. /end"
        ),
        obs=[
            ("Total", 2023, 1.48, "USD billion", "actual"),
            ("Total", 2024, 1.74, "USD billion", "actual"),
            ("Total", 2028, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 15.5, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (1.74 / 1.48) ** (1 / 1) - 1 = 17.57% -> 18, not 24; bounds (1.735 / 1.485) - 1 = 16.84%,
            # (1.745 / 1.475) - 1 = 18.31% -> 24 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (3.1 / 1.74) ** (1 / 4) - 1 = 15.53% -> 15.5
        ],
    ),
    # 24. Amsterdam web article with a correction: the corrected EUR 520 million is the 2024 figure; the series unit
    #     is EUR million, so EUR 1.31 billion (2030) is expected as 1310. The printed 16.7% holds only by rounding.
    #     Expected nowhere: the superseded EUR 580 million, the EUR 62 billion wastewater market, plant and water-board
    #     counts, the 25-40% energy share (no share of the market), the EUR 1.80 per cubic metre charge.
    dict(
        text=(
            "AMSTERDAM, 3 June 2025 - Dutch water boards were among the first to let software run the blowers. Now the "
            "rest of Europe is catching up. Spending on AI systems that control aeration, chemical dosing and sludge "
            "handling at wastewater treatment plants reached \u20ac520 million in 2024, according to Delft-based Delta "
            "Aqua Research, a sliver of a European wastewater treatment market worth some \u20ac62 billion a year. The "
            "firm expects AI control spending to hit \u20ac1.31 billion by 2030, a compound annual growth rate of 16.7% "
            "between 2024 and 2030. The logic is energy: aeration typically eats 25% to 40% of a plant's power bill, "
            "and Europe has roughly 18,000 plants serving more than 2,000 inhabitants. At Waterschap Lindeveld, one of "
            "the country's 21 water boards, households already pay about \u20ac1.80 per cubic metre in treatment "
            "charges.\n"
            "Correction, 4 June 2025: An earlier version of this article put 2024 spending on AI treatment control "
            "at \u20ac580 million. The correct figure is \u20ac520 million."
        ),
        obs=[
            ("Total", 2024, 520, "EUR million", "actual"),
            ("Total", 2030, 1310, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1310 / 520) ** (1 / 6) - 1 = 16.65% -> 16.6, not 16.7; bounds (1305 / 520.5) ** (1/6) - 1 = 16.56%,
            # (1315 / 519.5) ** (1/6) - 1 = 16.74% -> 16.7 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. Israeli leak-detection company's annual-report letter (2024 report, March 2025): "more than tripled since
    #     2019" is a x3 multiple 2019-2024; YoY growth with both amounts; a forecast CAGR whose span only the
    #     amounts' years give; the 2029 figure converted to the series unit (USD million). Expected nowhere: the
    #     company's revenue and growth, the shekel figure, litres saved, country and employee counts.
    dict(
        text=(
            "AquaSentry Technologies Ltd. - Annual Report 2024\n"
            "Letter to Shareholders\n"
            "Dear fellow shareholders,\n"
            "When we installed our first acoustic loggers in Haifa, leak detection meant a man with headphones walking "
            "the street at 2 a.m. Today the global market for AI-driven leak detection - acoustic sensors, satellite "
            "imagery and hydraulic models that learn - has more than tripled since 2019, reaching some $940 million in "
            "2024, up 19% from $790 million in 2023, by the count of Meridian Water Research. Meridian expects it to "
            "reach $2.3 billion by 2029, a compound rate of 19.6% a year. We intend to take more than our share. Our "
            "revenue grew 31% to $84.2 million (about NIS 310 million), our systems now run in 26 countries, and our "
            "customers tell us they saved roughly 41 billion litres of water last year. I thank our 410 employees.\n"
            "Tel Aviv, March 2025"
        ),
        obs=[
            ("Total", 2023, 790, "USD million", "actual"),
            ("Total", 2024, 940, "USD million", "actual"),
            ("Total", 2029, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 19.6, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (940 / 790) ** (1 / 1) - 1 = 18.99% -> 19
            ("cagr|period", "exact"),  # (2300 / 940) ** (1 / 5) - 1 = 19.60% -> 19.6
        ],
    ),
    # 26. German recycling group's capital-markets-day slide bullets: a European TAM with a stated CAGR and two
    #     segments with shares; the 24% share holds only by rounding. Expected nowhere: "roughly a third" (share in
    #     words), tonnes processed, group revenue, EBITDA margin, the 25% share ambition, capex, slide number.
    dict(
        text=(
            "Rheinkreis Recycling AG | Capital Markets Day 2025 | Essen, 18 September 2025\n"
            "Slide 14 - AI sorting: our next growth engine\n"
            "\u2022 Addressable market for AI-enabled sorting & material recognition in Europe: \u20ac2.4bn (2024) "
            "\u2192 \u20ac4.1bn (2028E); CAGR 2024-28E ~14%\n"
            "\u2022 Packaging waste lines: \u20ac1.1bn, 46% of the 2024 market\n"
            "\u2022 Construction & demolition: \u20ac0.59bn (24%)\n"
            "\u2022 Roughly a third of demand sits in the DACH region\n"
            "\u2022 Rheinkreis today: 14.2m t processed, revenue \u20ac6.8bn, adj. EBITDA margin 11.9%\n"
            "\u2022 Ambition: 25% share of the European AI sorting market by 2030; growth capex \u20ac450m over 2026-28"
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2028, 4.1, "EUR billion", "estimate"),
            ("Packaging waste lines", 2024, 1.1, "EUR billion", "actual"),
            ("Construction & demolition", 2024, 0.59, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.4) ** (1 / 4) - 1 = 14.33% -> 14
            ("arithmetic", "exact"),  # 1.1 / 2.4 = 45.83% -> 46
            # 0.59 / 2.4 = 24.58% -> 25, not 24; bounds 0.585 / 2.45 = 23.88%, 0.595 / 2.35 = 25.32%
            # -> 24 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Forum answer (November 2025) quoting two research houses; the first (base, target and rate given) is the
    #     snippet's figure. Expected nowhere: Harrowgate's $1.5 billion for 2024, households served, the meter price,
    #     the tariff, the 11% cut in water loss.
    dict(
        text=(
            "Re: Is AI analytics for smart water meters actually a big market or just vendor noise?\n"
            "Answer from hydro_ops_mike (distribution engineer, 14 yrs) \u00b7 Nov 2, 2025\n"
            "Depends whose numbers you trust. Bluewater Insight (the report our procurement team bought) puts AI "
            "analytics on smart water meters at $1.27 billion worldwide in 2024 and forecasts $3.05 billion by 2031, "
            "i.e. a 13.3% CAGR over 2024-2031. Harrowgate Research has 2024 at $1.5 billion, but they lump in some "
            "of the meter hardware, so I'd discount that. For a sense of scale at street level: my utility serves "
            "about 180,000 households, an AMI meter runs us $120-ish installed, and our tariff is $4.85 per 1,000 "
            "gallons. The leak alerts alone cut our apparent losses by 11% in the first year, which is what sold the "
            "board."
        ),
        obs=[
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Total", 2031, 3.05, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.05 / 1.27) ** (1 / 7) - 1 = 13.33% -> 13.3
        ],
    ),
    # 28. Johannesburg research-house note on sub-Saharan AI leak detection and meter analytics; stated CAGR span.
    #     Expected nowhere: the rand figure for South Africa (currency not in the unit table), the 41% non-revenue
    #     water, Johannesburg Water's capex, the target price and upside, the date.
    dict(
        text=(
            "KOPANO EQUITY RESEARCH | Water & Utilities | Johannesburg, 22 May 2025\n"
            "Counting every drop. We size the sub-Saharan African market for AI leak detection and smart-meter "
            "analytics at US$184m in 2024 and expect it to reach US$456m by 2029, a 2024-29 CAGR of 19.9%. South "
            "Africa is the single largest market; we estimate domestic spend at about R1.1bn this year, small beside "
            "the R6.2bn capital programme Johannesburg Water alone has tabled. Municipalities still lose 41% of "
            "supply as non-revenue water, so the payback case writes itself. We initiate on Umvula Systems with a "
            "BUY and a target price of R48.50, 22% upside."
        ),
        obs=[
            ("Total", 2024, 184, "USD million", "actual"),
            ("Total", 2029, 456, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (456 / 184) ** (1 / 5) - 1 = 19.90% -> 19.9
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY growth with both amounts; "突破160亿元" a 2027 estimate at its printed
    #     figure. Expected nowhere: the leakage rate, the city count, the whole water sector's 1万亿元 investment,
    #     treatment capacity.
    dict(
        text=(
            "新华社北京2025年4月18日电（记者 周海宁）记者18日从中国城镇供水排水协会获悉，2024年我国人工智能在智慧水务领域"
            "的应用市场规模达到86.4亿元，较2023年的69.9亿元同比增长23.6%。协会有关负责人介绍，管网漏损智能识别、"
            "水厂智能投药和污水处理精确曝气是目前落地最多的场景，全国已有超过300个城市开展智慧水务建设，城市公共供水"
            "管网漏损率降至9%以下。与全国水务行业年投资规模超过1万亿元相比，AI应用仍处于起步阶段。协会预计，到2027年，"
            "该市场规模将突破160亿元。"
        ),
        obs=[
            ("Total", 2023, 69.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 160, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 69.9) ** (1 / 1) - 1 = 23.61% -> 23.6
        ],
    ),
    # 30. Provincial implementation plan (Simplified): a 2027 target (estimate), "较2022年增长4倍" a x4 multiple
    #     2022-2027, a 2024 base. Expected nowhere: the document number, the plan's title years, firm and project
    #     counts, the 40% recovery rate, daily tonnes.
    dict(
        text=(
            "江苏省生态环境厅 江苏省工业和信息化厅关于印发《江苏省\u201c人工智能+固体废物治理\u201d行动实施方案"
            "（2025\u20142027年）》的通知\n苏环发〔2025〕37号\n"
            "二、主要目标\n"
            "到2027年，全省固体废物智能分选、环卫智能收运和填埋场智能监测等人工智能应用产业规模力争突破50亿元，"
            "较2022年增长4倍；培育20家以上骨干企业，建成30个以上示范项目，生活垃圾回收利用率达到40%以上，新增"
            "智能分选处理能力3万吨/日。2024年，全省相关产业规模约为18.5亿元，仍以设备集成为主，软件和数据服务占比偏低。"
        ),
        obs=[
            ("Total", 2024, 18.5, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese research-house release (Traditional): NT$ 億 amounts, stated CAGR, one segment with its share.
    #     Expected nowhere: the 55% recycling rate, tonnes recycled, the 62% survey answer, the date.
    dict(
        text=(
            "【台北訊】臺灣產業前瞻研究所（TIFI）今（15）日發布《2025循環經濟科技趨勢》報告指出，2024年台灣AI資源回收與"
            "智慧分選市場規模達新台幣38.6億元，其中光學分選設備占新台幣21.3億元，占比55.2%。TIFI預估，受惠於塑膠容器"
            "材質辨識需求升溫，2028年市場規模將成長至新台幣81.2億元，2024至2028年複合成長率（CAGR）達20.4%。TIFI資深"
            "產業分析師林佩君表示，台灣資源回收率已逾55%，全年回收量約360萬公噸，但分選仍高度仰賴人工；調查顯示，"
            "62%的回收業者計畫於三年內導入AI分選。（2025年7月15日）"
        ),
        obs=[
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("光學分選設備", 2024, 21.3, "TWD 100 million", "actual"),
            ("Total", 2028, 81.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 55.2, "percent", 2024, 2024, None),
            ("cagr", 20.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.3 / 38.6 = 55.18% -> 55.2
            ("cagr|implied", "exact"),  # (81.2 / 38.6) ** (1 / 4) - 1 = 20.43% -> 20.4
        ],
    ),
    # 32. Hong Kong press report (Traditional, September 2025): 去年 = 2024; 億港元 amounts; a CAGR whose span only
    #     the amounts' years give; one segment amount. Expected nowhere: "約佔三成" (share in words), daily tonnes,
    #     the levy per kilogram, the recycling-point count.
    dict(
        text=(
            "【港聞日報】2025年9月3日 \u2014 本港三個策略性堆填區預計於2030年代初相繼飽和，政府近年積極引入人工智能"
            "技術管理廢物。顧問公司瀚思研究最新報告指出，本港垃圾收集路線優化及堆填區監測等AI應用市場規模去年約為"
            "4.2億港元，預計2030年將增至11.5億港元，年均增長約18%。其中堆填區監測去年約1.3億港元，約佔三成。報告"
            "指出，本港每日棄置約1.1萬公噸都市固體廢物，而都市固體廢物收費以每公斤0.11元計算，收集車隊若能縮短"
            "行車路線，可大幅減少營運開支。目前全港約有5,000個回收點。"
        ),
        obs=[
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("堆填區監測", 2024, 1.3, "HKD 100 million", "actual"),
            ("Total", 2030, 11.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.5 / 4.2) ** (1 / 6) - 1 = 18.28% -> 18
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional, March 2025): 去年 = 2024; the 23% growth holds only by rounding of
    #     the coarse 12億. Expected nowhere: the 13% leakage rate, "約占四成" (share in words), years of experience,
    #     the company's revenue target, the water price per degree.
    dict(
        text=(
            "作者 waterboy77 (水管工)\n看板 Tech_Job\n標題 [心得] AI漏水偵測這塊到底有沒有搞頭\n"
            "時間 Sat Mar 15 21:04:33 2025\n\n"
            "在水務相關產業待了六年，來分享一下。台水的漏水率這幾年大概降到13%左右，但北部老管線還是一堆，"
            "所以AI聽音、壓力分析這些需求是真的。根據某研究機構的報告，台灣AI漏水偵測市場2023年大概新台幣12億，"
            "去年到了14.6億，成長23%，北部就約占四成。我們公司今年營收目標3億，老闆一直說要擴編。水價一度才11元"
            "上下，說真的要靠省水回本不容易，主要還是政府補助在撐。有興趣的板友可以私信。"
        ),
        obs=[
            ("Total", 2023, 12, "TWD 100 million", "actual"),
            ("Total", 2024, 14.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (14.6 / 12) ** (1 / 1) - 1 = 21.67% -> 22, not 23; bounds 14.55 / 12.5 - 1 = 16.40%,
            # 14.65 / 11.5 - 1 = 27.39% -> 23 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Brokerage research abstract (Simplified): YoY growth with both amounts, a 2027 range (two value claims, no
    #     obs). Expected nowhere: the rating, the target price, treatment capacity, the 50%-70% aeration energy
    #     share, the whole wastewater market's 1800亿元, the report date.
    dict(
        text=(
            "东沪证券 | 行业深度报告 | 2025年6月9日\n环保行业：AI赋能污水处理，精准控制打开成长空间\n"
            "投资评级：增持（维持）\n"
            "核心观点：我们测算2024年我国污水处理厂AI智能控制（精确曝气、智能加药、污泥调理）市场规模为41.3亿元，"
            "同比增长27%（2023年为32.5亿元），在约1800亿元的污水处理运营市场中渗透率仍低。全国城镇污水处理能力约2.3亿"
            "立方米/日，曝气能耗占厂区电耗的50%-70%，节能降碳考核趋严将推动存量水厂改造。我们预计2027年市场规模在"
            "85-110亿元之间。重点推荐清源智控（目标价12.6元）。"
        ),
        obs=[
            ("Total", 2023, 32.5, "CNY 100 million", "actual"),
            ("Total", 2024, 41.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.3 / 32.5) ** (1 / 1) - 1 = 27.08% -> 27
        ],
    ),
    # 35. Listed environmental-services company's 2024 results-briefing transcript (Simplified, May 2025): the
    #     general manager sizes the TAM (Total); CAGR "25%左右" with its span only from the amounts' years.
    #     Expected nowhere: the company's revenue and growth, Q1 orders, vehicle count, daily tonnes, the margin.
    dict(
        text=(
            "绿程环境（603792）2024年度暨2025年第一季度业绩说明会文字实录（2025年5月12日）\n"
            "投资者提问：公司反复提到AI智能调度，这块业务的天花板有多高？\n"
            "总经理 韩立新：谢谢您的问题。公司2024年实现营业收入48.6亿元，同比增长9.2%，一季度新签环卫服务订单"
            "7.3亿元，毛利率保持在22%左右。关于空间，我们内部测算，全国环卫作业AI路线优化与智能调度的潜在市场空间，"
            "2024年大约是62亿元，到2028年有望达到150亿元，年复合增速在25%左右。公司目前运营环卫车辆1.2万台，日均"
            "清运生活垃圾3.5万吨，这些数据就是我们训练调度模型的底气。"
        ),
        obs=[
            ("Total", 2024, 62, "CNY 100 million", "actual"),
            ("Total", 2028, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 62) ** (1 / 4) - 1 = 24.72% -> 25
        ],
    ),
    # 36. Markdown pipe table by segment with a total row (New York research house, March 2025); 2024 adds exactly,
    #     2025E only by rounding. Expected nowhere: the table number, the c.$890bn whole water market in the note.
    dict(
        text=(
            "Table 3: Global AI in water & waste management, by segment (USD million)\n\n"
            "| Segment | 2024 | 2025E |\n"
            "|---|---:|---:|\n"
            "| Leak detection & smart metering | 1,284.6 | 1,562.3 |\n"
            "| Wastewater treatment control | 742.8 | 913.5 |\n"
            "| Optical sorting | 1,736.2 | 2,051.9 |\n"
            "| Collection route optimisation | 968.4 | 1,147.6 |\n"
            "| Landfill & plastic-flow monitoring | 311.7 | 402.8 |\n"
            "| Total | 5,043.7 | 6,078.3 |\n\n"
            "Source: Vanterpool & Reyes, Water & Waste AI Monitor, March 2025. Note: excludes conventional meter "
            "hardware; the total water and wastewater market was c.$890bn in 2024."
        ),
        obs=[
            ("Leak detection & smart metering", 2024, 1284.6, "USD million", "actual"),
            ("Wastewater treatment control", 2024, 742.8, "USD million", "actual"),
            ("Optical sorting", 2024, 1736.2, "USD million", "actual"),
            ("Collection route optimisation", 2024, 968.4, "USD million", "actual"),
            ("Landfill & plastic-flow monitoring", 2024, 311.7, "USD million", "actual"),
            ("Total", 2024, 5043.7, "USD million", "actual"),
            ("Leak detection & smart metering", 2025, 1562.3, "USD million", "estimate"),
            ("Wastewater treatment control", 2025, 913.5, "USD million", "estimate"),
            ("Optical sorting", 2025, 2051.9, "USD million", "estimate"),
            ("Collection route optimisation", 2025, 1147.6, "USD million", "estimate"),
            ("Landfill & plastic-flow monitoring", 2025, 402.8, "USD million", "estimate"),
            ("Total", 2025, 6078.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 1284.6 + 742.8 + 1736.2 + 968.4 + 311.7 = 5043.7
            # 1562.3 + 913.5 + 2051.9 + 1147.6 + 402.8 = 6078.1, not 6078.3; bounds 6077.85 .. 6078.35
            # -> 6078.3 is reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated vertical table headed only by its unit (Total) with a YoY column (Singapore research house,
    #     February 2025); 2025E and 2026F are estimates; the 2026F YoY holds only by rounding. Expected nowhere:
    #     the daily water demand in the note.
    dict(
        text=(
            "Singapore: spend on AI-enabled water and used-water operations (PUB and private operators)\n"
            "Year\tUSD million\tYoY\n"
            "2021\t48.2\tn/a\n"
            "2022\t57.9\t20.1%\n"
            "2023\t71.4\t23.3%\n"
            "2024\t86.0\t20.4%\n"
            "2025E\t104.5\t21.5%\n"
            "2026F\t126.1\t20.6%\n"
            "Source: Merlion Utilities Research, February 2025. Singapore's water demand is about 440 million "
            "gallons a day."
        ),
        obs=[
            ("Total", 2021, 48.2, "USD million", "actual"),
            ("Total", 2022, 57.9, "USD million", "actual"),
            ("Total", 2023, 71.4, "USD million", "actual"),
            ("Total", 2024, 86.0, "USD million", "actual"),
            ("Total", 2025, 104.5, "USD million", "estimate"),
            ("Total", 2026, 126.1, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2021, 2022, 1.0),
            ("growth", 23.3, "percent", 2022, 2023, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
            ("growth", 20.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 57.9 / 48.2 - 1 = 20.12% -> 20.1
            ("cagr|implied", "exact"),  # 71.4 / 57.9 - 1 = 23.32% -> 23.3
            ("cagr|implied", "exact"),  # 86.0 / 71.4 - 1 = 20.45% -> 20.4
            ("cagr|implied", "exact"),  # 104.5 / 86.0 - 1 = 21.51% -> 21.5
            # 126.1 / 104.5 - 1 = 20.67% -> 20.7, not 20.6; bounds 126.05 / 104.55 - 1 = 20.56%,
            # 126.15 / 104.45 - 1 = 20.78% -> 20.6 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. Space-aligned Simplified Chinese table with a 合计 row (亿元), three year columns, 2025E estimates; all
    #     columns add exactly. Expected nowhere: the table number, the 2.6亿吨 collected in the note, the source date.
    dict(
        text=(
            "表2  中国AI固废与再生资源应用市场规模（亿元）\n"
            "细分领域              2023      2024     2025E\n"
            "智能垃圾分选          42.6      55.8      71.3\n"
            "环卫路线优化          28.4      35.1      43.9\n"
            "填埋场智能监测        11.7      14.9      19.2\n"
            "塑料流向追踪           6.3       9.2      13.4\n"
            "合计                  89.0     115.0     147.8\n"
            "资料来源：华沿研究院，2025年3月。注：2024年全国生活垃圾清运量约2.6亿吨。"
        ),
        obs=[
            ("智能垃圾分选", 2023, 42.6, "CNY 100 million", "actual"),
            ("环卫路线优化", 2023, 28.4, "CNY 100 million", "actual"),
            ("填埋场智能监测", 2023, 11.7, "CNY 100 million", "actual"),
            ("塑料流向追踪", 2023, 6.3, "CNY 100 million", "actual"),
            ("合计", 2023, 89.0, "CNY 100 million", "actual"),
            ("智能垃圾分选", 2024, 55.8, "CNY 100 million", "actual"),
            ("环卫路线优化", 2024, 35.1, "CNY 100 million", "actual"),
            ("填埋场智能监测", 2024, 14.9, "CNY 100 million", "actual"),
            ("塑料流向追踪", 2024, 9.2, "CNY 100 million", "actual"),
            ("合计", 2024, 115.0, "CNY 100 million", "actual"),
            ("智能垃圾分选", 2025, 71.3, "CNY 100 million", "estimate"),
            ("环卫路线优化", 2025, 43.9, "CNY 100 million", "estimate"),
            ("填埋场智能监测", 2025, 19.2, "CNY 100 million", "estimate"),
            ("塑料流向追踪", 2025, 13.4, "CNY 100 million", "estimate"),
            ("合计", 2025, 147.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 42.6 + 28.4 + 11.7 + 6.3 = 89.0
            ("hierarchy", "exact"),  # 55.8 + 35.1 + 14.9 + 9.2 = 115.0
            ("hierarchy", "exact"),  # 71.3 + 43.9 + 19.2 + 13.4 = 147.8
        ],
    ),
    # 39. Santiago research house's regional table with a CAGR column (April 2025); rows add exactly to the total in
    #     both columns; the Middle East & Africa CAGR is inconsistent with its amounts. Expected nowhere: the Chilean
    #     peso figure (currency not in the unit table), the 33% non-revenue water.
    dict(
        text=(
            "Andes Pacific Research - AI for water & waste management: market by region (USD million)\n"
            "Region                    2024     2030F    CAGR 2024-30\n"
            "---------------------------------------------------------\n"
            "North America            1,412     3,605       16.9%\n"
            "Europe                   1,186     2,874       15.9%\n"
            "Asia-Pacific             1,538     4,792       20.9%\n"
            "Latin America              297       781       17.5%\n"
            "Middle East & Africa       203       498       18.2%\n"
            "Total                    4,636    12,550       18.1%\n"
            "---------------------------------------------------------\n"
            "Santiago, April 2025. In Chile, sanitary utilities spent an estimated CLP 38 billion on AI tools in 2024, "
            "against non-revenue water of about 33%."
        ),
        obs=[
            ("North America", 2024, 1412, "USD million", "actual"),
            ("Europe", 2024, 1186, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1538, "USD million", "actual"),
            ("Latin America", 2024, 297, "USD million", "actual"),
            ("Middle East & Africa", 2024, 203, "USD million", "actual"),
            ("Total", 2024, 4636, "USD million", "actual"),
            ("North America", 2030, 3605, "USD million", "estimate"),
            ("Europe", 2030, 2874, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 4792, "USD million", "estimate"),
            ("Latin America", 2030, 781, "USD million", "estimate"),
            ("Middle East & Africa", 2030, 498, "USD million", "estimate"),
            ("Total", 2030, 12550, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3605 / 1412) ** (1 / 6) - 1 = 16.91% -> 16.9
            ("cagr|implied", "exact"),  # (2874 / 1186) ** (1 / 6) - 1 = 15.90% -> 15.9
            ("cagr|implied", "exact"),  # (4792 / 1538) ** (1 / 6) - 1 = 20.85% -> 20.9
            ("cagr|implied", "exact"),  # (781 / 297) ** (1 / 6) - 1 = 17.49% -> 17.5
            # (498 / 203) ** (1 / 6) - 1 = 16.13% -> 16.1, not 18.2; bounds (497.5 / 203.5) ** (1/6) - 1 = 16.07%,
            # (498.5 / 202.5) ** (1/6) - 1 = 16.20% -> 18.2 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (12550 / 4636) ** (1 / 6) - 1 = 18.06% -> 18.1
            ("hierarchy", "exact"),  # 1412 + 1186 + 1538 + 297 + 203 = 4636
            ("hierarchy", "exact"),  # 3605 + 2874 + 4792 + 781 + 498 = 12550
        ],
    ),
    # 40. Dutch statistics table with a share column (June 2025); rows add exactly to the total; the sorting share
    #     holds only by rounding; the total's 100.0 is no claim. Expected nowhere: the table number, respondent
    #     count, the 57% household recycling rate, the publication year in the title.
    dict(
        text=(
            "Water and Circularity Monitor 2025 - Bureau voor Water- en Circulariteitsstatistiek, The Hague\n"
            "Table 4.2 Spending on AI applications by water boards, drinking-water companies and waste operators, "
            "Netherlands, 2024\n"
            "Application                              EUR million   Share of total (%)\n"
            "Leak detection and network monitoring           38.4                27.6\n"
            "Smart metering analytics                        29.7                21.4\n"
            "Wastewater treatment control                    33.1                23.8\n"
            "Sorting and recycling                           26.2                18.9\n"
            "Collection logistics                            11.6                 8.3\n"
            "Total                                          139.0               100.0\n"
            "Based on returns from 52 organisations. The household waste recycling rate was 57% in 2024. "
            "Published 12 June 2025."
        ),
        obs=[
            ("Leak detection and network monitoring", 2024, 38.4, "EUR million", "actual"),
            ("Smart metering analytics", 2024, 29.7, "EUR million", "actual"),
            ("Wastewater treatment control", 2024, 33.1, "EUR million", "actual"),
            ("Sorting and recycling", 2024, 26.2, "EUR million", "actual"),
            ("Collection logistics", 2024, 11.6, "EUR million", "actual"),
            ("Total", 2024, 139.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("share", 18.9, "percent", 2024, 2024, None),
            ("share", 8.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.4 / 139.0 = 27.63% -> 27.6
            ("arithmetic", "exact"),  # 29.7 / 139.0 = 21.37% -> 21.4
            ("arithmetic", "exact"),  # 33.1 / 139.0 = 23.81% -> 23.8
            # 26.2 / 139.0 = 18.85% -> 18.8, not 18.9; bounds 26.15 / 139.05 = 18.81%, 26.25 / 138.95 = 18.89%
            # -> 18.9 is reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 11.6 / 139.0 = 8.35% -> 8.3
            ("hierarchy", "exact"),  # 38.4 + 29.7 + 33.1 + 26.2 + 11.6 = 139.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 11, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 17.7% from €1.58 billion in 2023',
    'implying average annual growth of 15.2% over 2024-2030',
    'model US$2.95bn by FY2029e - a CAGR of',
    'US$166 million, or 20.5%',
    'putting 2024 at US$890',
    'at about $2.4 billion this year',
    'it more than doubles, to $5.1 billion by 2030',
    'corresponds to growth of 19% a year',
    'The correct figure is US$381 million',
    'US$900 million to US$1,050 million in 2030',
    'nearly $690 million in 2024',
    'should top $1 billion next year',
    '2024—2029年年均复合增长率为23.0%',
    '力争规模突破150亿元',
    '较2024年增长3倍',
    '认为2024年该市场规模已接近60亿元',
    '規模達新台幣42.8億元，年增18.6%',
    '佔2.3億港元，約佔27%',
    '今年有望达到38亿元左右，同比增长约20%',
    '2024至2027年複合增長率28%',
    '| Total | 1,146 | 1,367 | 1,634 | 2,740 |',
    '2023           149.2       29.5',
    '合计\t78.2\t97.6\t122.0\t151.2',
    'CAGR FY24-26e',
    '| 污水處理AI控制 | 1,960 | 22.3% |',
    'collection intelligence was roughly $1.6 billion in 2024',
    'so call it a 16% compound rate',
    'compound annual growth rate of 14.6% over 2023-2030',
    "They call that +24% on 2023's $1.48B.",
    'The correct figure is €520 million.',
    'has more than tripled since 2019',
    'up 19% from $790 million in 2023',
    '€2.4bn (2024) → €4.1bn (2028E)',
    'Construction & demolition: €0.59bn (24%)',
    'Harrowgate Research has 2024 at $1.5 billion',
    'a 2024-29 CAGR of 19.9%',
    '较2023年的69.9亿元同比增长23.6%',
    '该市场规模将突破160亿元',
    '力争突破50亿元，较2022年增长4倍',
    '其中光學分選設備占新台幣21.3億元，占比55.2%',
    '去年約為4.2億港元，預計2030年將增至11.5億港元',
    '去年到了14.6億，成長23%',
    '预计2027年市场规模在85-110亿元之间',
    '年复合增速在25%左右',
    '| Total | 5,043.7 | 6,078.3 |',
    '2026F\t126.1\t20.6%',
    '合计                  89.0     115.0     147.8',
    'Middle East & Africa       203       498       18.2%',
    'EUR million   Share of total (%)',
)
LAYOUT = (40, 11, 13, 16)
#: the set's blind score (written without reading or running the extractor, and kept unread): 194
#: figures, 49 rates, 76 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-ninetieth set: 207, 56, 85 and 0
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (56)
FLOORS = {"figures_found": 207, "rates_found": 55, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset188.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
