"""A two-hundred-and-fifty-second check set for the extractor, written blind: AI in laundry, dry cleaning and textile care:
AI stain recognition and garment sorting in industrial laundries, AI scheduling and route planning for laundry pick-up
and delivery apps, AI predictive maintenance of commercial washers and dryers, AI linen tracking for hotels and
hospitals, AI-powered smart washing machines' cloud services; sized in money by laundry and textile-care associations,
trade ministries, hospitality bodies, brokers, consultancies, research houses and laundry groups' investor days, in the
United States, Canada, the United Kingdom, Ireland, France, Germany, Belgium, Spain, Sweden (kronor only as an aside),
Japan, Singapore, India (rupees only as an aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros,
pounds, yen, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total laundry or dry-cleaning revenue
beside the AI part, numbers of machines, shops, garments or kilograms washed, a machine's price, a chain's own revenue
or margin, a funding round and valuation, a quarter's or a half-year's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in laundry, dry cleaning and textile care: eight English prose texts
(a Dublin hospital-linen tender notice with a YoY rate, a US laundromat podcast transcript sizing predictive maintenance
of washers and dryers with 'so roughly' a CAGR, a laundry-app newsletter with bullets and a bold **$1.2bn** converted to
USD million, an Antwerp research house's key findings with three regions' shares, a UK trade-magazine feature on hotel
linen tracking with 'from X in 2024 to Y by 2030', a LinkedIn post with emojis on smart washers' cloud services, a Tokyo
press release in FY2024/25-style fiscal years, a Clean Show keynote sizing a North American TAM beside a second house),
seven Chinese prose texts (a broker note with 2024A/2025E/2026E in its sentences, a Ningbo 政府工作报告 with a target, a
WeChat article with 【】 headings and a part's share, a Zhihu answer quoting two houses, a Taiwan ministry release in
新台幣億元, a Hong Kong prospectus in 億港元, a Taipei story with 去年/今年 and 成長3成) and five tables (markdown by country with
2024A/2025E/2026E and a CAGR column, tab-separated French uses with a unit column, space-aligned Asia-Pacific markets
with shares, a vertical Singapore table with YoY, a Traditional Chinese table with 合計 and 年增率). Left out: total laundry
and commercial-laundry revenue, washing-machine retail sales, counts of hospitals, laundromats, shops, machines,
garments, linen pieces, tonnes and kilograms washed, machine and service prices, a framework's value, firms' own
revenue, margins and share goals, funding rounds and valuations, quarter and half-year figures, survey answers, kronor
and rupees, a second house's figures, fractions in words. Inconsistent: the UK 21% CAGR, the Zhihu 24.6% YoY, Germany's
19.8% CAGR row, the Taiwan 2024年 合計. Only by rounding: the Nordics' 13% share, the Tokyo 18.4% CAGR, the broker's 26.3%,
the Ningbo 23.1%, the French 2024 Total, Japan's 21.4% share and Singapore's 2023 YoY.

Snippets 21-40: Twenty snippets on AI in laundry, dry cleaning and textile care (stain recognition and garment sorting
in industrial laundries, scheduling and route planning for pick-up and delivery apps, predictive maintenance of
commercial washers and dryers, linen tracking for hotels and hospitals, cloud services for smart washing machines):
eight English prose pieces (a Dublin tender notice, a Dusseldorf AGM Q&A sizing a TAM with this year and last year, a
British academic's op-ed with a tripling since 2020 and an inferred-span CAGR, a US forum post whose EDIT line corrects
the 2024 figure, a Singapore release with Key highlights bullets, a research blog with a $1.1-1.4 billion range for
2028, a Belgian trade body's review revising 2023, a Paris brief with numbers in words), seven Chinese prose pieces (a
People's Daily-style story, a Zhejiang notice with 力争到 and 翻一番, a startup story, a Taipei article in 新台幣億元, a Hong Kong
trade-council note in 億港元, broker call minutes with 2025E, a white paper with a 2030 range) and five tables (markdown
yen with H1/H2 and full-year columns, tab-separated Spanish euros with a share column, space-aligned Chinese with a 同比
column, a vertical Canadian table of years with a lone US$ column and E years, nested US markdown with a Total row).
Left out: total laundry and dry-cleaning turnover, counts of machines, shops, hotels, rooms, garments and kilograms,
machine prices, firms' own revenue, margins and targets, funding rounds and valuations, a quarter's and half-years'
figures, survey and penetration percentages, shares in words, rupees, a corrected misprint, a superseded 2023 figure,
contract values. Inconsistent: the tender's 17% CAGR, the AGM's 21%, the brief's nineteen per cent, the 路线规划 同比.
Rounding only: the forum's 41% share, the blog's 24%, the Zhejiang 21%, the Taipei 17%, the yen table's 2024 Total, the
Spanish 27.6% share and the Canadian 2026E YoY.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dublin tender (contract) notice for hospital linen tracking that sizes the market its programme buys into:
    #    YoY growth with both amounts (EUR million). Expected nowhere: the notice's date and reference number, the 48
    #    acute hospitals, the 19 million kilograms of linen washed a year, the framework's own €22 million value over
    #    four years (the programme's spend, not the market's yearly size), the tender deadline.
    dict(
        text=(
            "Contract notice - Health Service Executive, Dublin, 27 February 2025. Ref. HSE-PROC-2025-0418. Lot 2: "
            "AI-enabled linen tracking, RFID tagging and soiled-linen sorting for acute hospitals and their contract "
            "laundries. Market context: market sounding carried out for the HSE by Liffey Health Economics found that "
            "Irish hospitals and the laundries serving them spent \u20ac14.6 million on AI linen-tracking and sorting "
            "systems in 2024, up 21.7% from \u20ac12.0 million in 2023. The framework will serve 48 acute hospitals, "
            "which send some 19 million kilograms of linen a year to be washed, and has an estimated value of \u20ac22 "
            "million over its four-year term. Tenders must be received by 10 April 2025."
        ),
        obs=[
            ("Total", 2023, 12.0, "EUR million", "actual"),
            ("Total", 2024, 14.6, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 12.0) ** (1 / 1) - 1 = 21.67% -> 21.7
        ],
    ),
    # 2. US laundromat podcast transcript (speakers' names): "about $212 million" expected at its printed figure, "so
    #    roughly a 17% CAGR from 2024 to 2030" a CAGR with its printed span. Expected nowhere: the episode number and
    #    recording date, the $28,000 washer-extractor price, the 27,000 laundromats, the 30% cut in breakdowns (no share
    #    of the market).
    dict(
        text=(
            "Transcript - The Spin Cycle podcast, episode 112 (recorded 3 June 2025)\n"
            "DANA MERCER (host): So how big is this, really? Every laundromat owner I talk to says their machines now "
            "phone home.\n"
            "RAVI TALWAR (Ironbridge Analytics): We put U.S. spending on AI predictive maintenance for commercial washers "
            "and dryers, meaning the vibration sensors, the fault prediction and the parts forecasting, at about $212 "
            "million in 2024. By 2030 we see it at $550 million, so roughly a 17% CAGR from 2024 to 2030.\n"
            "DANA MERCER: And what does it save?\n"
            "RAVI TALWAR: Operators tell us breakdowns fall by about 30%. Set that against the hardware: a 60-pound "
            "washer-extractor still runs you around $28,000, and there are some 27,000 laundromats in the country."
        ),
        obs=[
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 550, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (550 / 212) ** (1 / 6) - 1 = 17.22% -> 17
        ],
    ),
    # 3. Laundry-app newsletter with bullet points: "• 2023: $960m", "• 2024: **$1.2bn**" (in bold, expected converted to
    #    the series' unit, USD million: 1200), a 2028 forecast (estimate); YoY with both amounts and a CAGR with its
    #    printed span. Expected nowhere: the issue number and date, FoldRun's $35m Series B and $310m valuation, the
    #    Q1 2025 order rise (a quarter's figure), the $1.95 per pound price.
    dict(
        text=(
            "The Lint Report, issue 87, 6 June 2025\n"
            "This week: the apps that collect your laundry are quietly turning into AI routing companies.\n"
            "\u2022 2023: $960m spent worldwide on AI route planning and scheduling for laundry pick-up and delivery apps "
            "(Quayside Research)\n"
            "\u2022 2024: **$1.2bn**, up 25% year on year\n"
            "\u2022 2028: $2.6bn forecast, a 21% CAGR over 2024-28\n"
            "\u2022 Funding: FoldRun raised a $35m Series B at a $310m valuation in May\n"
            "\u2022 Q1 2025: app orders in the ten biggest US cities up 38% on Q1 2024\n"
            "A typical wash-and-fold pick-up still costs about $1.95 per pound, so the software is where the margin is."
        ),
        obs=[
            ("Total", 2023, 960, "USD million", "actual"),
            ("Total", 2024, 1200, "USD million", "actual"),
            ("Total", 2028, 2600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1200 / 960) ** (1 / 1) - 1 = 25.00% -> 25
            ("cagr|implied", "exact"),  # (2600 / 1200) ** (1 / 4) - 1 = 21.32% -> 21
        ],
    ),
    # 4. Antwerp research house's "Key findings" list: a European total (EUR million) and three regions with amounts and
    #    shares; the Nordics' 13% holds only by rounding. Expected nowhere: the list numbers, the monitor's title year,
    #    the SEK 96 million (kronor, not in the unit table), the 212 operators surveyed and their 61% answer, the 9.2
    #    million tonnes of textiles washed.
    dict(
        text=(
            "Key findings - European Textile Care AI Monitor 2025, Scheldt & Vale Research, Antwerp\n"
            "1. Industrial laundries in Europe spent \u20ac186 million on AI stain recognition and garment sorting in "
            "2024.\n"
            "2. DACH led with \u20ac64 million, or 34% of the total.\n"
            "3. France and Benelux followed with \u20ac47 million (25%).\n"
            "4. The Nordics accounted for \u20ac23 million, about 13%; Swedish laundries alone reported SEK 96 million.\n"
            "5. 61% of the 212 operators surveyed plan to add AI sorting lines by 2027.\n"
            "6. Europe's industrial laundries washed roughly 9.2 million tonnes of textiles during the year."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("DACH", 2024, 64, "EUR million", "actual"),
            ("France and Benelux", 2024, 47, "EUR million", "actual"),
            ("Nordics", 2024, 23, "EUR million", "actual"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 64 / 186 = 34.41% -> 34
            ("arithmetic", "exact"),  # 47 / 186 = 25.27% -> 25
            # 23 / 186 = 12.37% -> 12, not 13; bounds 22.5 / 186.5 = 12.06%, 23.5 / 185.5 = 12.67% -> 13 reached only
            # by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. UK trade-magazine feature on hotel linen tracking: "from £38 million in 2024 to £104 million by 2030" (the 2030
    #    figure an estimate, "will climb"), a CAGR whose span only its amounts' years give; 21% is inconsistent.
    #    Expected nowhere: the issue month, the £1.1 billion hotels spend on laundry (total), the 40p tag price, the
    #    200-room hotel and its 12,000 pieces of linen, the 47% survey answer, "more than a tenth" (a fraction in words).
    dict(
        text=(
            "Laundry & Linen Journal, feature, September 2025. The tag that learns. Britain's hotel groups and the "
            "commercial laundries that serve them are moving from barcoded sheets to RFID chips read by machine-learning "
            "software that predicts losses, par levels and replacement dates. Spending on AI linen tracking for UK "
            "hotels will climb from \u00a338 million in 2024 to \u00a3104 million by 2030, according to Pennine "
            "Hospitality Analytics, a compound annual growth rate of 21%. That is a sliver of the roughly \u00a31.1 "
            "billion hotels spend on laundry each year. Each washable tag costs about 40p, and a 200-room hotel "
            "circulates some 12,000 pieces of linen. Pennine's survey found that 47% of hoteliers lose more than a "
            "tenth of their towels every year."
        ),
        obs=[
            ("Total", 2024, 38, "GBP million", "actual"),
            ("Total", 2030, 104, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (104 / 38) ** (1 / 6) - 1 = 18.27% -> 18, not 21; bounds (103.5 / 38.5) ** (1/6) - 1 = 17.92%,
            # (104.5 / 37.5) ** (1/6) - 1 = 18.63% -> 21 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 6. LinkedIn post with emojis and abbreviated amounts on smart washers' cloud services in Europe: "€450m" and
    #    "€362m", YoY with both amounts; "€1.1bn by 2030" expected converted to the series' unit (EUR million: 1100);
    #    "a ~16% CAGR" whose span only its amounts' years give. Expected nowhere: WashWise's USD 1.2 bn valuation, the
    #    68% poll answer, the post's date.
    dict(
        text=(
            "@ClaraWashTech on LinkedIn, 12 March 2025\n"
            "\U0001f9fa\U0001f4c8 Connected washers are becoming cloud businesses! Europe's market for AI cloud services "
            "on smart washing machines and dryers (cycle optimisation, detergent auto-dosing, remote diagnostics) hit "
            "\u20ac450m in 2024, up from \u20ac362m in 2023 (+24% YoY) \U0001f680 Kestrel Home Tech expects \u20ac1.1bn "
            "by 2030, a ~16% CAGR \U0001f4a1 Meanwhile our friends at WashWise just got valued at USD 1.2 bn "
            "\U0001f984 and 68% of owners in their poll say they open the app every week \U0001f605 "
            "#laundry #AI #smarthome"
        ),
        obs=[
            ("Total", 2023, 362, "EUR million", "actual"),
            ("Total", 2024, 450, "EUR million", "actual"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (450 / 362) ** (1 / 1) - 1 = 24.31% -> 24
            ("cagr|period", "exact"),  # (1100 / 450) ** (1 / 6) - 1 = 16.06% -> 16
        ],
    ),
    # 7. Tokyo press release in fiscal years spanning two calendar years (JPY billion): FY2023/24, FY2024/25 (the year
    #    to March 2025) and FY2029/30 count as 2023, 2024 and 2029 (their first number, as FY2024 = the year to March
    #    2025); YoY exact; the 18.4% CAGR with printed span holds only by rounding. Expected nowhere: the dateline, the
    #    72,000 dry-cleaning outlets, the ¥280 shirt price, the 410 operators surveyed and their 58% answer.
    dict(
        text=(
            "TOKYO, July 9, 2025 - Kanda Market Research Inc. today released its survey of AI in Japan's laundry and "
            "dry-cleaning industry. The market for AI stain recognition, garment sorting and finishing-line scheduling "
            "at industrial laundries and dry-cleaning plants reached \u00a58.4 billion in FY2024/25 (the year to March "
            "2025), up 16.7% from \u00a57.2 billion in FY2023/24. The firm forecasts \u00a519.4 billion in FY2029/30, a "
            "CAGR of 18.4% over FY2024/25 to FY2029/30. Japan has some 72,000 dry-cleaning outlets, and a business "
            "shirt costs about \u00a5280 to launder. The survey covered 410 operators; 58% said labour shortages were "
            "their main reason to automate."
        ),
        obs=[
            ("Total", 2023, 7.2, "JPY billion", "actual"),
            ("Total", 2024, 8.4, "JPY billion", "actual"),
            ("Total", 2029, 19.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.4 / 7.2) ** (1 / 1) - 1 = 16.67% -> 16.7
            # (19.4 / 8.4) ** (1 / 5) - 1 = 18.22% -> 18.2, not 18.4; bounds (19.35 / 8.45) ** (1/5) - 1 = 18.02%,
            # (19.45 / 8.35) ** (1/5) - 1 = 18.43% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Clean Show keynote summary: the speaker's company sizes a North American TAM (the market, Total, USD billion):
    #    2024 actual, "this year" 2025 an estimate, 2030 an estimate; YoY and CAGR with printed span both exact.
    #    Expected nowhere: the second house's $1.45 billion for 2025, the dateline, LinenLoop's $86 million revenue,
    #    the 40 million tagged pieces, its 15% share goal.
    dict(
        text=(
            "Keynote summary - Clean Show 2025, Las Vegas, 16 June 2025. Opening the show, LinenLoop chief executive "
            "Harriet Osei said the total addressable market for AI linen tracking and par-level forecasting at North "
            "American hotels and hospitals was $1.38 billion in 2024 and would reach $1.62 billion this year, up 17%, "
            "citing Waverly Research. Waverly sees the TAM at $3.1 billion by 2030, a 14% CAGR over 2025-2030. A second "
            "house, Pembury Analytics, puts this year's figure at $1.45 billion. LinenLoop booked $86 million of revenue "
            "last year and tags some 40 million pieces of linen; Osei said the company aims for a 15% share of the "
            "market by 2028."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2025, 1.62, "USD billion", "estimate"),
            ("Total", 2030, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
            ("cagr", 14, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.62 / 1.38) ** (1 / 1) - 1 = 17.39% -> 17
            ("cagr|implied", "exact"),  # (3.1 / 1.62) ** (1 / 5) - 1 = 13.86% -> 14
        ],
    ),
    # 9. Broker research note (Simplified) on AI stain recognition and garment sorting in industrial laundries, with
    #    2024A/2025E/2026E figures inside its sentences: two YoY rates, the 26.3% only by rounding. Expected nowhere:
    #    the report's date, the 约1.1万家 firms, the 约680万吨 of linen washed, the leader's revenue, gross margin,
    #    rating and target price, its half-year growth.
    dict(
        text=(
            "东岳证券研究所《工业洗涤AI：从看得见污渍到分得清衣物》（2025年8月）。我们测算，2024A国内工业洗涤与干洗"
            "工厂的AI污渍识别与智能分拣市场规模为11.6亿元，预计2025E、2026E分别达到14.9亿元、18.8亿元，同比增速分别"
            "为28.4%、26.3%。当前全国规模以上工业洗涤企业约1.1万家，年洗涤布草约680万吨，人工分拣仍是最大的用工环节。"
            "行业龙头洁智科技2024年营收3.2亿元，毛利率41%，首次覆盖给予“买入”评级，目标价36元；公司上半年营收同比"
            "增长33%。"
        ),
        obs=[
            ("Total", 2024, 11.6, "CNY 100 million", "actual"),
            ("Total", 2025, 14.9, "CNY 100 million", "estimate"),
            ("Total", 2026, 18.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2024, 2025, 1.0),
            ("growth", 26.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.9 / 11.6) ** (1 / 1) - 1 = 28.45% (28.448) -> 28.4
            # (18.8 / 14.9) ** (1 / 1) - 1 = 26.17% -> 26.2, not 26.3; bounds 18.75 / 14.95 - 1 = 25.42%,
            # 18.85 / 14.85 - 1 = 26.94% -> 26.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Ningbo 政府工作报告 paragraph (Simplified): 2023 and 2024 actuals, 同比增长23.1% only by rounding; the 2025 target
    #     (力争…突破, an estimate at its printed figure). Expected nowhere: the report's title year, the 约3,200家 shops,
    #     the 1.5万组 lockers, the 5家 firms with 亿元 revenue.
    dict(
        text=(
            "宁波市2025年政府工作报告（节选）：2024年，我们加快生活性服务业数字化转型，全市智慧洗衣产业（AI预约取送、"
            "路径规划与智能分拣）规模达到8.6亿元，比上年的7.0亿元同比增长23.1%；全市洗衣门店约3,200家，新增智能洗衣"
            "柜1.5万组。2025年，我们将实施“洁净城市”行动，力争全市智慧洗衣产业规模突破10.5亿元，培育年营业收入超亿元"
            "的洗涤企业5家。"
        ),
        obs=[
            ("Total", 2023, 7.0, "CNY 100 million", "actual"),
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2025, 10.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (8.6 / 7.0) ** (1 / 1) - 1 = 22.86% -> 22.9, not 23.1; bounds 8.55 / 7.05 - 1 = 21.28%,
            # 8.65 / 6.95 - 1 = 24.46% -> 23.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. WeChat-account article (Simplified) with 【】 headings on hotel and hospital linen tracking: YoY with both
    #     amounts, a part (医院布草追踪) with its share. Expected nowhere: 约六成 (a share in words), 布联科技's 1.2亿元
    #     round and 约15亿元 valuation, the 62% survey answer and its 8% loss rate.
    dict(
        text=(
            "【行业观察】酒店布草也用上了AI\n"
            "【市场规模】据云栖酒店研究院统计，2024年我国酒店与医院布草AI追踪（RFID芯片加AI盘点与损耗预测）市场规模"
            "为9.8亿元，较2023年的7.6亿元增长28.9%。\n"
            "【细分结构】其中，医院布草追踪市场规模为3.7亿元，占比37.8%；酒店布草追踪约占六成。\n"
            "【资本动态】今年5月，布联科技完成1.2亿元B轮融资，投后估值约15亿元。\n"
            "【调研数据】受访酒店中有62%表示布草年损耗率超过8%，丢失和提前报废是最大的成本。"
        ),
        obs=[
            ("Total", 2023, 7.6, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("医院布草追踪", 2024, 3.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("share", 37.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 7.6) ** (1 / 1) - 1 = 28.95% (28.947) -> 28.9
            ("arithmetic", "exact"),  # 3.7 / 9.8 = 37.76% -> 37.8
        ],
    ),
    # 12. Zhihu-style answer (Simplified) quoting two research houses on AI smart washing machines' cloud services: the
    #     first house's base, 2024 figure, target and rates are the snippet's; its 24.6% YoY is inconsistent, its 约22%
    #     CAGR with printed span exact. Expected nowhere: the second house's 21亿元 for 2024, the 2,341 upvotes, the
    #     约1,100亿元 washing-machine retail sales (total), the 约4,000元 price, the 约4,100万台 machines sold.
    dict(
        text=(
            "问：AI智能洗衣机的云服务到底算不算一门生意？\n"
            "答（家电行业从业者，2,341人赞同，发布于2025-03-14）：谢邀。先看两家机构的数据。智研家电咨询估算，2024年"
            "我国AI智能洗衣机云服务（程序推荐、智能投放、远程诊断与耗材订阅）市场规模为27.4亿元，比2023年的22.8亿元"
            "增长24.6%，并预计2028年达到61亿元，2024—2028年复合增长率约22%。另一家机构北辰数据则认为，2024年这一市场"
            "只有21亿元。作为参照，2024年国内洗衣机零售额约为1,100亿元，一台带AI投放功能的滚筒洗衣机售价约4,000元，"
            "去年全国洗衣机销量约4,100万台。"
        ),
        obs=[
            ("Total", 2023, 22.8, "CNY 100 million", "actual"),
            ("Total", 2024, 27.4, "CNY 100 million", "actual"),
            ("Total", 2028, 61, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (27.4 / 22.8) ** (1 / 1) - 1 = 20.18% -> 20.2, not 24.6; bounds 27.35 / 22.85 - 1 = 19.69%,
            # 27.45 / 22.75 - 1 = 20.66% -> 24.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (61 / 27.4) ** (1 / 4) - 1 = 22.15% -> 22
        ],
    ),
    # 13. Taiwan ministry news release (Traditional) in 新台幣億元 (TWD 100 million) on predictive maintenance, scheduling
    #     and garment recognition at laundries: 年增率 with both amounts, a CAGR with printed span, 預估 marking the 2027
    #     estimate. Expected nowhere: the dateline, the 約5,600家 laundries, the 約新台幣320億元 of laundry turnover
    #     (total), the 42家 subsidised firms.
    dict(
        text=(
            "經濟部商業發展署2025年6月18日新聞稿：國內洗衣業與布巾供應業者導入AI洗脫烘設備預測性維護、智慧排程及衣物"
            "辨識分揀的市場規模，2024年達新台幣6.3億元，較2023年的新台幣5.3億元年增率18.9%；預估2027年可望成長至"
            "新台幣10.8億元，2024至2027年年複合成長率約19.7%。署方表示，全台洗衣店約5,600家，洗衣業年營業額約新台幣"
            "320億元，今年已補助42家業者導入智慧設備，盼紓緩人力短缺。"
        ),
        obs=[
            ("Total", 2023, 5.3, "TWD 100 million", "actual"),
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2027, 10.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("cagr", 19.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.3 / 5.3) ** (1 / 1) - 1 = 18.87% -> 18.9
            ("cagr|implied", "exact"),  # (10.8 / 6.3) ** (1 / 3) - 1 = 19.68% -> 19.7
        ],
    ),
    # 14. Hong Kong listing prospectus industry section (Traditional) in 億港元 (HKD 100 million): a consultancy's two
    #     複合年增長率 with printed spans (2019-2024, 2024-2029), both exact; 預期 marks the 2029 estimate. Expected
    #     nowhere: the 約48億港元 of commercial laundry revenue (total), the 約2,100間 laundries, the 約520公噸 washed a
    #     day, the group's own 1.86億港元 revenue and its year-end date.
    dict(
        text=(
            "行業概覽－香港酒店及醫院布草洗滌AI應用市場。根據獨立行業顧問卓衡諮詢的資料，香港酒店及醫院布草AI追蹤、"
            "智能分揀及洗滌排程市場規模由2019年的1.2億港元增至2024年的2.9億港元，複合年增長率為19.3%。受惠於旅遊業"
            "復甦及公營醫院外判洗滌服務擴大，預期該市場規模將於2029年達到6.1億港元，2024年至2029年的複合年增長率為"
            "16.0%。2024年，香港商業洗滌業總收益約為48億港元，全港約有2,100間洗衣店，每日洗滌布草約520公噸。本集團於"
            "截至2024年12月31日止年度的收益為1.86億港元。"
        ),
        obs=[
            ("Total", 2019, 1.2, "HKD 100 million", "actual"),
            ("Total", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2029, 6.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2019, 2024, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 1.2) ** (1 / 5) - 1 = 19.30% -> 19.3
            ("cagr|implied", "exact"),  # (6.1 / 2.9) ** (1 / 5) - 1 = 16.03% -> 16.0
        ],
    ),
    # 15. Taipei newspaper story (Traditional, dated 2025) on AI pick-up scheduling for laundry-delivery platforms: 去年
    #     is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); 成長3成 is a 30% rise, exact.
    #     Expected nowhere: the first quarter's 45% order growth, the 6,000 self-service laundries, the NT$150 fee.
    dict(
        text=(
            "（記者林怡君／台北2025年4月7日報導）洗衣也能線上叫車！市調機構織研顧問指出，去年台灣洗衣外送平台的AI"
            "取送排程與路線規劃市場規模約新台幣6.3億元，今年在雙北與台中需求帶動下，可望成長3成至新台幣8.2億元。"
            "業者透露，今年第一季平台訂單量年增45%，目前全台自助洗衣店已超過6,000家，洗一袋衣物的外送費約新台幣150元，"
            "上班族與小家庭是主要客群。"
        ),
        obs=[
            ("Total", 2024, 6.3, "TWD 100 million", "actual"),
            ("Total", 2025, 8.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.2 / 6.3) ** (1 / 1) - 1 = 30.16% -> 30 (3成)
        ],
    ),
    # 16. Markdown table (AI predictive maintenance of commercial washers and dryers by country, USD million) with 2024A,
    #     2025E and 2026E columns, a CAGR 2024A-26E column (stated spans) and a Total row: Germany's 19.8% is
    #     inconsistent; rows add to the Total in every year; 2025E and 2026E are estimates. Expected nowhere: the table
    #     number, the source's month, the 1.9 million machines.
    dict(
        text=(
            "Table 2. AI predictive maintenance for commercial washers and dryers by country (USD million)\n"
            "| Market | 2024A | 2025E | 2026E | CAGR 2024A-26E |\n"
            "|---|---|---|---|---|\n"
            "| United States | 198.4 | 236.1 | 279.5 | 18.7% |\n"
            "| Canada | 21.6 | 25.9 | 30.8 | 19.4% |\n"
            "| United Kingdom | 34.2 | 40.3 | 47.1 | 17.4% |\n"
            "| Germany | 41.7 | 48.8 | 56.9 | 19.8% |\n"
            "| Japan | 29.5 | 34.6 | 40.4 | 17.0% |\n"
            "| Total | 325.4 | 385.7 | 454.7 | 18.2% |\n"
            "Source: Harrow & Finch Equipment Research, June 2025. A = actual, E = estimate. Covers some 1.9 million "
            "commercial machines in service."
        ),
        obs=[
            ("United States", 2024, 198.4, "USD million", "actual"),
            ("United States", 2025, 236.1, "USD million", "estimate"),
            ("United States", 2026, 279.5, "USD million", "estimate"),
            ("Canada", 2024, 21.6, "USD million", "actual"),
            ("Canada", 2025, 25.9, "USD million", "estimate"),
            ("Canada", 2026, 30.8, "USD million", "estimate"),
            ("United Kingdom", 2024, 34.2, "USD million", "actual"),
            ("United Kingdom", 2025, 40.3, "USD million", "estimate"),
            ("United Kingdom", 2026, 47.1, "USD million", "estimate"),
            ("Germany", 2024, 41.7, "USD million", "actual"),
            ("Germany", 2025, 48.8, "USD million", "estimate"),
            ("Germany", 2026, 56.9, "USD million", "estimate"),
            ("Japan", 2024, 29.5, "USD million", "actual"),
            ("Japan", 2025, 34.6, "USD million", "estimate"),
            ("Japan", 2026, 40.4, "USD million", "estimate"),
            ("Total", 2024, 325.4, "USD million", "actual"),
            ("Total", 2025, 385.7, "USD million", "estimate"),
            ("Total", 2026, 454.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2026, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (279.5 / 198.4) ** (1 / 2) - 1 = 18.69% -> 18.7
            ("cagr|implied", "exact"),  # (30.8 / 21.6) ** (1 / 2) - 1 = 19.41% -> 19.4
            ("cagr|implied", "exact"),  # (47.1 / 34.2) ** (1 / 2) - 1 = 17.35% (17.354) -> 17.4
            # (56.9 / 41.7) ** (1 / 2) - 1 = 16.81% -> 16.8, not 19.8; bounds (56.85 / 41.75) ** (1/2) - 1 = 16.69%,
            # (56.95 / 41.65) ** (1/2) - 1 = 16.93% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (40.4 / 29.5) ** (1 / 2) - 1 = 17.03% -> 17.0
            ("cagr|implied", "exact"),  # (454.7 / 325.4) ** (1 / 2) - 1 = 18.21% -> 18.2
            ("hierarchy", "exact"),  # 2024A: 198.4 + 21.6 + 34.2 + 41.7 + 29.5 = 325.4
            ("hierarchy", "exact"),  # 2025E: 236.1 + 25.9 + 40.3 + 48.8 + 34.6 = 385.7
            ("hierarchy", "exact"),  # 2026E: 279.5 + 30.8 + 47.1 + 56.9 + 40.4 = 454.7
        ],
    ),
    # 17. Tab-separated table (France) whose rows each state their unit in a column of their own: four AI uses and a
    #     Total in EUR million; the 2024 Total holds only by rounding; 2025F is an estimate. Expected nowhere: the
    #     garments row (million pieces, a count of garments), the industrial laundry turnover row (EUR billion, total
    #     laundry revenue), the 1,150 laundries covered.
    dict(
        text=(
            "France: AI in industrial laundry and textile care, by use\n"
            "Use\tUnit\t2023\t2024\t2025F\n"
            "AI stain recognition and garment sorting\tEUR million\t18.4\t23.1\t28.7\n"
            "AI linen tracking for hotels and hospitals\tEUR million\t12.9\t16.2\t20.1\n"
            "AI predictive maintenance of washers and dryers\tEUR million\t7.6\t9.4\t11.5\n"
            "AI pick-up and delivery scheduling\tEUR million\t3.8\t5.1\t6.7\n"
            "Total\tEUR million\t42.7\t53.9\t67.0\n"
            "Garments processed by industrial laundries\tmillion pieces\t412\t428\t441\n"
            "Industrial laundry turnover\tEUR billion\t2.9\t3.0\t3.1\n"
            "Source: Observatoire Lavandier, panel of 1,150 laundries. F = forecast."
        ),
        obs=[
            ("AI stain recognition and garment sorting", 2023, 18.4, "EUR million", "actual"),
            ("AI stain recognition and garment sorting", 2024, 23.1, "EUR million", "actual"),
            ("AI stain recognition and garment sorting", 2025, 28.7, "EUR million", "estimate"),
            ("AI linen tracking for hotels and hospitals", 2023, 12.9, "EUR million", "actual"),
            ("AI linen tracking for hotels and hospitals", 2024, 16.2, "EUR million", "actual"),
            ("AI linen tracking for hotels and hospitals", 2025, 20.1, "EUR million", "estimate"),
            ("AI predictive maintenance of washers and dryers", 2023, 7.6, "EUR million", "actual"),
            ("AI predictive maintenance of washers and dryers", 2024, 9.4, "EUR million", "actual"),
            ("AI predictive maintenance of washers and dryers", 2025, 11.5, "EUR million", "estimate"),
            ("AI pick-up and delivery scheduling", 2023, 3.8, "EUR million", "actual"),
            ("AI pick-up and delivery scheduling", 2024, 5.1, "EUR million", "actual"),
            ("AI pick-up and delivery scheduling", 2025, 6.7, "EUR million", "estimate"),
            ("Total", 2023, 42.7, "EUR million", "actual"),
            ("Total", 2024, 53.9, "EUR million", "actual"),
            ("Total", 2025, 67.0, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.4 + 12.9 + 7.6 + 3.8 = 42.7
            # 2024: 23.1 + 16.2 + 9.4 + 5.1 = 53.8, not 53.9; bounds 53.6..54.0 (each part +/-0.05) reach 53.85..53.95
            # -> 53.9 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 28.7 + 20.1 + 11.5 + 6.7 = 67.0
        ],
    ),
    # 18. Space-aligned table (Asia-Pacific AI cloud services for smart washing machines by market, USD million, 2024)
    #     with a share column and a Total row: seven shares (Japan's 21.4% holds only by rounding), rows add to the
    #     Total; the Total's 100.0% is no claim. Expected nowhere: the note number, the ₹510 crore (rupees, not in the
    #     unit table), the 31 million connected machines.
    dict(
        text=(
            "Asia-Pacific: AI cloud services for smart washing machines and dryers by market, 2024\n"
            "Market                    USD million     Share\n"
            "Mainland China                    412     52.3%\n"
            "Japan                             168     21.4%\n"
            "Taiwan                             37      4.7%\n"
            "Hong Kong                          24      3.0%\n"
            "Singapore                          15      1.9%\n"
            "India                              61      7.7%\n"
            "Rest of Asia-Pacific               71      9.0%\n"
            "Total                             788    100.0%\n"
            "Note 4: India converted from \u20b9510 crore; the region has about 31 million connected washing machines. "
            "Source: Marina Bay Appliance Research."
        ),
        obs=[
            ("Mainland China", 2024, 412, "USD million", "actual"),
            ("Japan", 2024, 168, "USD million", "actual"),
            ("Taiwan", 2024, 37, "USD million", "actual"),
            ("Hong Kong", 2024, 24, "USD million", "actual"),
            ("Singapore", 2024, 15, "USD million", "actual"),
            ("India", 2024, 61, "USD million", "actual"),
            ("Rest of Asia-Pacific", 2024, 71, "USD million", "actual"),
            ("Total", 2024, 788, "USD million", "actual"),
        ],
        claims=[
            ("share", 52.3, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
            ("share", 4.7, "percent", 2024, 2024, None),
            ("share", 3.0, "percent", 2024, 2024, None),
            ("share", 1.9, "percent", 2024, 2024, None),
            ("share", 7.7, "percent", 2024, 2024, None),
            ("share", 9.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 788 = 52.28% -> 52.3
            # 168 / 788 = 21.32% -> 21.3, not 21.4; bounds 167.5 / 788.5 = 21.24%, 168.5 / 787.5 = 21.40%
            # -> 21.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 37 / 788 = 4.70% -> 4.7
            ("arithmetic", "exact"),  # 24 / 788 = 3.05% (3.046) -> 3.0
            ("arithmetic", "exact"),  # 15 / 788 = 1.90% -> 1.9
            ("arithmetic", "exact"),  # 61 / 788 = 7.74% -> 7.7
            ("arithmetic", "exact"),  # 71 / 788 = 9.01% -> 9.0
            ("hierarchy", "exact"),  # 412 + 168 + 37 + 24 + 15 + 61 + 71 = 788
        ],
    ),
    # 19. Vertical markdown table (Singapore) whose rows are years, a lone value column headed by its unit only (Total,
    #     USD million) and a YoY column; 2025E and 2026E are estimates; the 2023 YoY of 26.1% holds only by rounding.
    #     Expected nowhere: the source's month and year, the 70,000 hotel rooms, the 2021 dash.
    dict(
        text=(
            "Singapore: AI linen tracking for hotels and hospitals\n"
            "| Year | USD million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 6.8 | - |\n"
            "| 2022 | 8.9 | 30.9% |\n"
            "| 2023 | 11.2 | 26.1% |\n"
            "| 2024 | 13.9 | 24.1% |\n"
            "| 2025E | 17.0 | 22.3% |\n"
            "| 2026E | 20.6 | 21.2% |\n"
            "Source: Merlion Hospitality Analytics, May 2025; Singapore's hotels hold about 70,000 rooms. E = estimate."
        ),
        obs=[
            ("Total", 2021, 6.8, "USD million", "actual"),
            ("Total", 2022, 8.9, "USD million", "actual"),
            ("Total", 2023, 11.2, "USD million", "actual"),
            ("Total", 2024, 13.9, "USD million", "actual"),
            ("Total", 2025, 17.0, "USD million", "estimate"),
            ("Total", 2026, 20.6, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.1, "percent", 2022, 2023, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
            ("growth", 21.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.9 / 6.8) ** (1 / 1) - 1 = 30.88% -> 30.9
            # (11.2 / 8.9) ** (1 / 1) - 1 = 25.84% -> 25.8, not 26.1; bounds 11.15 / 8.95 - 1 = 24.58%,
            # 11.25 / 8.85 - 1 = 27.12% -> 26.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (13.9 / 11.2) ** (1 / 1) - 1 = 24.11% -> 24.1
            ("cagr|implied", "exact"),  # (17.0 / 13.9) ** (1 / 1) - 1 = 22.30% -> 22.3
            ("cagr|implied", "exact"),  # (20.6 / 17.0) ** (1 / 1) - 1 = 21.18% -> 21.2
        ],
    ),
    # 20. Traditional Chinese tab-separated table (Taiwan, 新台幣億元 = TWD 100 million) with a 合計 row (its label is
    #     the total's item) and a 年增率 column: five YoY rates, all exact; the 2024年 合計 is inconsistent with its
    #     rows. Expected nowhere: the table number, the title's year span, the 約5,600家 laundries.
    dict(
        text=(
            "表5 2023—2024年臺灣洗衣與織品保養AI應用市場規模（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t年增率\n"
            "AI污漬辨識與衣物分揀\t2.4\t2.9\t20.8%\n"
            "飯店與醫院布巾AI追蹤\t1.8\t2.2\t22.2%\n"
            "洗脫烘設備AI預測性維護\t1.3\t1.6\t23.1%\n"
            "洗衣外送AI排程\t0.9\t1.2\t33.3%\n"
            "合計\t6.4\t8.3\t29.7%\n"
            "資料來源：織品保養產業研究中心；調查涵蓋約5,600家洗衣業者。"
        ),
        obs=[
            ("AI污漬辨識與衣物分揀", 2023, 2.4, "TWD 100 million", "actual"),
            ("AI污漬辨識與衣物分揀", 2024, 2.9, "TWD 100 million", "actual"),
            ("飯店與醫院布巾AI追蹤", 2023, 1.8, "TWD 100 million", "actual"),
            ("飯店與醫院布巾AI追蹤", 2024, 2.2, "TWD 100 million", "actual"),
            ("洗脫烘設備AI預測性維護", 2023, 1.3, "TWD 100 million", "actual"),
            ("洗脫烘設備AI預測性維護", 2024, 1.6, "TWD 100 million", "actual"),
            ("洗衣外送AI排程", 2023, 0.9, "TWD 100 million", "actual"),
            ("洗衣外送AI排程", 2024, 1.2, "TWD 100 million", "actual"),
            ("合計", 2023, 6.4, "TWD 100 million", "actual"),
            ("合計", 2024, 8.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 2.4) ** (1 / 1) - 1 = 20.83% -> 20.8
            ("cagr|implied", "exact"),  # (2.2 / 1.8) ** (1 / 1) - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),  # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # (1.2 / 0.9) ** (1 / 1) - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # (8.3 / 6.4) ** (1 / 1) - 1 = 29.69% -> 29.7
            ("hierarchy", "exact"),  # 2023年: 2.4 + 1.8 + 1.3 + 0.9 = 6.4
            # 2024年: 2.9 + 2.2 + 1.6 + 1.2 = 7.9, not 8.3; bounds 7.7..8.1 (each part +/-0.05) against 8.25..8.35
            # -> 8.3 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. Dublin tender notice (request for proposals) quoting the Irish market for AI linen tracking in hotels and
    #     hospitals (EUR million): YoY with both amounts; a CAGR with printed span that no reading gives
    #     (inconsistent). Expected nowhere: the tender reference and dates, the 26 hospitals, the 9.5 million
    #     kilograms of linen, the €2.4 million contract value.
    dict(
        text=(
            "TENDER NOTICE - Ref. HLS-2025-031, Dublin, 10 March 2025. The Health Linen Services Consortium invites "
            "proposals for an AI-enabled linen-tracking and laundry-scheduling platform to serve 26 acute hospitals. "
            "Bidders should note that Ireland's market for AI linen tracking in hotels and hospitals was valued at "
            "\u20ac38 million in 2024, up 19% from \u20ac32 million in 2023, according to the Irish Textile Care "
            "Federation, which forecasts \u20ac68 million by 2028, a compound annual growth rate of 17% over "
            "2024-2028. The participating hospitals send about 9.5 million kilograms of linen to contract laundries "
            "each year. The estimated contract value is \u20ac2.4 million over four years, and proposals must be "
            "received by 30 April 2025."
        ),
        obs=[
            ("Total", 2023, 32, "EUR million", "actual"),
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2028, 68, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38 / 32) ** (1 / 1) - 1 = 18.75% -> 19
            # (68 / 38) ** (1 / 4) - 1 = 15.66%; bounds (67.5 / 38.5) ** (1/4) - 1 = 15.07%,
            # (68.5 / 37.5) ** (1/4) - 1 = 16.26% -> never 17
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 22. Dusseldorf laundry group's AGM Q&A sizing a DACH TAM for AI predictive maintenance of commercial washers,
    #     dryers and ironers (EUR million): the TAM is the market (Total); "this year" is the meeting's year (2025,
    #     "about", printed figure, estimate), "last year" 2024 (actual); YoY with both amounts; a CAGR whose span only
    #     the amounts' years give (inferred) that no reading gives (inconsistent). Expected nowhere: the dateline,
    #     the group's service revenue and EBIT margin, the 41,000 connected machines, the €48,000 washer price.
    dict(
        text=(
            "Waschwerk Holding AG, Annual General Meeting, Dusseldorf, 21 May 2025. Excerpt from the shareholder "
            "Q&A.\n"
            "Q: You keep talking about predictive maintenance. How big is that market really?\n"
            "A (CEO Dr. Henrike Voss): We size the total addressable market for AI predictive maintenance of "
            "commercial washers, dryers and ironers in Germany, Austria and Switzerland at about \u20ac205 million "
            "this year, up 19% from \u20ac172 million last year. We think it grows at some 21% a year to reach "
            "\u20ac470 million in 2029.\n"
            "Q: And how much of that is yours?\n"
            "A: Our service revenue was \u20ac38.4 million last year at an 11.2% EBIT margin, and we now monitor "
            "around 41,000 connected machines. A new 60-kilogram washer-extractor lists at roughly \u20ac48,000, so "
            "customers want every one of them running."
        ),
        obs=[
            ("Total", 2024, 172, "EUR million", "actual"),
            ("Total", 2025, 205, "EUR million", "estimate"),
            ("Total", 2029, 470, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (205 / 172) ** (1 / 1) - 1 = 19.19% -> 19
            # (470 / 205) ** (1 / 4) - 1 = 23.05%; bounds (469.5 / 205.5) ** (1/4) - 1 = 22.94%,
            # (470.5 / 204.5) ** (1/4) - 1 = 23.16% -> never 21
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Op-ed by a British academic on AI stain recognition and garment sorting in UK industrial laundries (GBP
    #     million): "has tripled since 2020" is a multiple (x3, 2020-2024, period 4, no verdict); "a yearly pace of
    #     roughly 32%" is a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the £1.3
    #     billion sector turnover, the 2.4 million garments a week, the £850,000 tunnel washer.
    dict(
        text=(
            "Opinion: The robots have reached the laundry, and nobody noticed. By Professor Aisling Marr, School of "
            "Operations Management, University of Leeds.\n"
            "Britain's industrial laundries spent \u00a364 million on AI stain recognition and garment sorting in "
            "2024, according to the Textile Services Association. That spend has tripled since 2020, when it stood "
            "at \u00a321 million, a yearly pace of roughly 32%. Set beside the sector's \u00a31.3 billion turnover it "
            "still looks small, yet a single plant I visited in Yorkshire now runs 2.4 million garments a week past "
            "cameras that flag lipstick, rust and ink before the wash. The camera systems cost far less than the "
            "\u00a3850,000 tunnel washer they feed. The policy question is who trains the workers whose sorting "
            "jobs are disappearing."
        ),
        obs=[
            ("Total", 2020, 21, "GBP million", "actual"),
            ("Total", 2024, 64, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 32, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (64 / 21) ** (1 / 4) - 1 = 32.13% -> 32
        ],
    ),
    # 24. US forum post with an EDIT line correcting the 2024 figure, on AI scheduling and route planning in laundry
    #     pick-up and delivery apps (USD million): the corrected $286 million is the 2024 observation; YoY with both
    #     amounts; a part with its share, which holds only by rounding. Expected nowhere: the misprinted $268
    #     million, the 29,000 laundromats, the $38 order, the $60M Series C and $700M valuation.
    dict(
        text=(
            "r/laundromatowners - posted by u/spincycle_sam\n"
            "Saw a deck from Harbor Lane Research on the AI side of pickup-and-delivery. They put the US market for "
            "AI scheduling and route planning in laundry pickup and delivery apps at $212 million in 2023 and $268 "
            "million in 2024, so roughly 35% growth. Route optimisation alone was $119 million of the 2024 number, "
            "about 41%. For scale, there are something like 29,000 laundromats in the US and the average "
            "wash-dry-fold order runs about $38. One of the big apps just raised a $60M Series C at a $700M "
            "valuation, so the money is clearly there.\n"
            "EDIT: fat-fingered the 2024 figure, it's $286 million, not $268 million. The percentages are straight "
            "from the deck, so they stand."
        ),
        obs=[
            ("Total", 2023, 212, "USD million", "actual"),
            ("Total", 2024, 286, "USD million", "actual"),
            ("Route optimisation", 2024, 119, "USD million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 212) ** (1 / 1) - 1 = 34.91% -> 35
            # 119 / 286 = 41.61% -> 42, not 41; bounds 118.5 / 286.5 = 41.36%, 119.5 / 285.5 = 41.86%
            # -> 41 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Singapore press release with "Key highlights:" bullets on AI linen tracking for hotels and hospitals (USD
    #     million): a part with its share, a CAGR with printed span. Expected nowhere: the dateline, the 71% survey
    #     answer, the 180 hotels interviewed, the 67,000 rooms.
    dict(
        text=(
            "SINGAPORE, 9 July 2025 /PRNewswire/ -- Merlion Insight Partners today released its first study of AI "
            "linen tracking for hotels and hospitals in Singapore.\n"
            "Key highlights:\n"
            "- The market reached US$46.2 million in 2024.\n"
            "- Hotels accounted for US$28.6 million, or 62% of spending; hospitals and clinics made up the rest.\n"
            "- Spending is forecast to reach US$118.5 million by 2031, a CAGR of 14.4% from 2024 to 2031.\n"
            "- 71% of housekeeping managers surveyed said RFID-tagged linen losses fell after deployment.\n"
            "The study drew on interviews with 180 hotels operating some 67,000 rooms, as well as the island's "
            "public hospital clusters and their contract laundries."
        ),
        obs=[
            ("Total", 2024, 46.2, "USD million", "actual"),
            ("Hotels", 2024, 28.6, "USD million", "actual"),
            ("Total", 2031, 118.5, "USD million", "estimate"),
        ],
        claims=[
            ("share", 62, "percent", 2024, 2024, None),
            ("cagr", 14.4, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 28.6 / 46.2 = 61.90% -> 62
            ("cagr|implied", "exact"),  # (118.5 / 46.2) ** (1 / 7) - 1 = 14.40% -> 14.4
        ],
    ),
    # 26. Research house's blog on cloud services for AI-powered smart washing machines worldwide (USD billion): YoY
    #     with both amounts, holding only by rounding; the 2028 range gives two value claims (no observation).
    #     Expected nowhere: the dateline, the 38 million connected washers, the $1,300 flagship price, the $78
    #     billion household laundry appliance business, India's ₹2,400 crore (rupees are not in the unit table).
    dict(
        text=(
            "Sudsworth Analytics blog, 3 June 2025. Why the cloud bill for smart washers keeps climbing.\n"
            "By our count, cloud services for AI-powered smart washing machines (cycle recommendation, fabric "
            "recognition, remote diagnostics and detergent auto-reordering) earned vendors $0.74 billion worldwide "
            "in 2024, up 24% on the $0.60 billion of 2023. For 2028 we pencil in $1.1-1.4 billion, depending on how "
            "quickly manufacturers push owners onto paid subscription tiers. Roughly 38 million connected washers "
            "shipped last year, and a flagship front-loader with a built-in camera still retails near $1,300. "
            "Household laundry appliances as a whole are a $78 billion business, so software remains a thin slice "
            "of it. India is the wild card: a Pune house sizes its own market at about \u20b92,400 crore."
        ),
        obs=[
            ("Total", 2023, 0.60, "USD billion", "actual"),
            ("Total", 2024, 0.74, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 1.1, "USD billion", 2028, 2028, None),
            ("value", 1.4, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            # (0.74 / 0.60) ** (1 / 1) - 1 = 23.33% -> 23, not 24; bounds (0.735 / 0.605) - 1 = 21.49%,
            # (0.745 / 0.595) - 1 = 25.21% -> 24 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Belgian trade body's annual review restating the year before ("revised from €23.1 million to €24.0
    #     million"): the revised figure is the 2023 observation; YoY with both amounts; a part with its share.
    #     Expected nowhere: the review's title year, the superseded €23.1 million, the fourth quarter's €8.1
    #     million, the 112 member laundries, the €640 million turnover, the 1.9 million kilograms a week.
    dict(
        text=(
            "Belgian Textile Care Federation, Annual Review 2024. Our members' spending on AI-enabled garment "
            "sorting and stain recognition reached \u20ac27.4 million in 2024, up 14% on 2023, whose figure we have "
            "revised from \u20ac23.1 million to \u20ac24.0 million after late returns from members. Hospital linen "
            "processing accounted for \u20ac11.5 million, or 42% of the total, as hospital groups tendered for "
            "traceable, camera-inspected linen. In the fourth quarter alone, spending came to \u20ac8.1 million. "
            "The federation's 112 member laundries generated \u20ac640 million in turnover and processed about 1.9 "
            "million kilograms of textiles a week."
        ),
        obs=[
            ("Total", 2023, 24.0, "EUR million", "actual"),
            ("Total", 2024, 27.4, "EUR million", "actual"),
            ("Hospital linen processing", 2024, 11.5, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 24.0) ** (1 / 1) - 1 = 14.17% -> 14
            ("arithmetic", "exact"),  # 11.5 / 27.4 = 41.97% -> 42
        ],
    ),
    # 28. Paris news brief writing numbers in words (EUR million): "last year" is 2024 (the dateline's year 2025);
    #     "twelve per cent" YoY with both amounts; "one and a half billion euros" converted to the series' unit (1500
    #     EUR million, "pass", printed figure, estimate); "nineteen per cent" CAGR with printed span that no reading
    #     gives (inconsistent). Expected nowhere: the 4,800 shops, the two billion euros of turnover, the eight
    #     million euros raised by a start-up.
    dict(
        text=(
            "PARIS, 14 January 2025 (Brief) - France's market for AI in laundry and dry cleaning, from stain "
            "recognition and garment sorting to delivery scheduling, grew by twelve per cent last year to 412 "
            "million euros, from 368 million euros in 2023, the consultancy Lavandiere Conseil said on Tuesday. It "
            "expects the market to pass one and a half billion euros by 2032, a compound annual growth rate of "
            "nineteen per cent between 2024 and 2032. The country has about 4,800 dry-cleaning shops, whose "
            "combined turnover is some two billion euros a year. A Lyon start-up that sorts shirts by camera raised "
            "eight million euros this month."
        ),
        obs=[
            ("Total", 2023, 368, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2032, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 368) ** (1 / 1) - 1 = 11.96% -> 12
            # (1500 / 412) ** (1 / 8) - 1 = 17.53%; bounds (1450 / 412.5) ** (1/8) - 1 = 17.02%,
            # (1550 / 411.5) ** (1/8) - 1 = 18.03% -> never 19
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. People's Daily-style story (Simplified) on AI in China's industrial laundries (CNY 100 million): 同比 with
    #     both amounts, a CAGR with printed span. Expected nowhere: the dateline, the 2,800 laundry plants, the 3,000
    #     万公斤 of linen a day, the 2,100亿元 of industry revenue.
    dict(
        text=(
            "本报北京6月18日电(记者李明远)记者从中国洗染行业协会获悉:2024年我国工业洗涤领域人工智能应用市场规模"
            "达到31.6亿元,较2023年的26.7亿元同比增长18.4%,其中AI污渍识别与衣物智能分拣是增长最快的环节。协会"
            "预计,到2028年该市场规模将达到64.2亿元,2024—2028年复合增长率为19.4%。据介绍,目前全国规模以上洗涤"
            "工厂约2800家,日均洗涤布草超过3000万公斤,行业年营业收入约2100亿元。协会负责人表示,智能分拣设备正在"
            "从酒店布草向医疗织物、工装洗涤延伸,下一步将加快制定相关团体标准。"
        ),
        obs=[
            ("Total", 2023, 26.7, "CNY 100 million", "actual"),
            ("Total", 2024, 31.6, "CNY 100 million", "actual"),
            ("Total", 2028, 64.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 19.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.6 / 26.7) ** (1 / 1) - 1 = 18.35% -> 18.4
            ("cagr|implied", "exact"),  # (64.2 / 31.6) ** (1 / 4) - 1 = 19.39% -> 19.4
        ],
    ),
    # 30. Zhejiang provincial department's notice (Simplified): 约12.4亿元 (printed figure, actual), YoY with both
    #     amounts holding only by rounding; 力争到2027年 ... 翻一番 is a multiple (x2, 2024-2027, period 3, no verdict)
    #     and the 2027 target (25亿元以上, printed figure, estimate). Expected nowhere: the document number, the 10
    #     demonstration plants, the 500 service points, the 1.8万家 businesses.
    dict(
        text=(
            "浙江省商务厅关于推动洗染业智能化转型的通知(浙商务发〔2025〕27号)\n"
            "各市商务局:为加快人工智能技术在洗衣、干洗和布草洗涤领域的应用,现将有关事项通知如下。2024年,全省"
            "洗染业人工智能应用市场规模约12.4亿元,较上年的10.2亿元增长21%。力争到2027年,全省洗染业人工智能应用"
            "市场规模翻一番,达到25亿元以上,培育10家以上智能洗涤示范工厂,建成500个智慧洗衣服务网点。全省现有洗染"
            "经营主体约1.8万家,各地要结合实际,重点支持AI污渍识别、智能分拣和设备预测性维护项目。"
        ),
        obs=[
            ("Total", 2023, 10.2, "CNY 100 million", "actual"),
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (12.4 / 10.2) ** (1 / 1) - 1 = 21.57% -> 22, not 21; bounds (12.35 / 10.25) - 1 = 20.49%,
            # (12.45 / 10.15) - 1 = 22.66% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Tech-news startup story (Simplified) on AI stain recognition and garment sorting in China's industrial
    #     laundries (CNY 100 million): a CAGR with printed span. Expected nowhere: the 1.5亿元 Series B and the 12亿元
    #     valuation, the founding year, the 2,400 pieces an hour, the 60 plants, the company's 8,600万元 revenue.
    dict(
        text=(
            "【极客速递】工业洗涤AI分拣初创公司「衣识科技」宣布完成1.5亿元B轮融资,由远川资本领投,投后估值约12亿元。"
            "公司成立于2019年,其视觉分拣系统每小时可识别并分拣布草约2400件,已进入全国60余家洗涤工厂。据弘观咨询"
            "数据,2024年中国工业洗涤AI污渍识别与衣物分拣市场规模为9.4亿元,预计2028年将增至27.6亿元,2024—2028年"
            "年均复合增长率达30.9%。创始人透露,公司2024年营收约8600万元,本轮资金将主要用于医疗织物场景的模型"
            "训练和海外市场拓展。"
        ),
        obs=[
            ("Total", 2024, 9.4, "CNY 100 million", "actual"),
            ("Total", 2028, 27.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.6 / 9.4) ** (1 / 4) - 1 = 30.90% -> 30.9
        ],
    ),
    # 32. Taiwan tech-news article (Traditional) on smart washing machines' cloud services (TWD 100 million): 年增17%
    #     with both amounts, holding only by rounding; 2026 (預估, 突破, printed figure, estimate). Expected nowhere:
    #     the dateline, last year's 52萬台 of washers sold, the 新台幣3.2萬元 average price.
    dict(
        text=(
            "【科技新報/記者林佳蓉台北2025年3月12日報導】市調機構集思產業研究今日指出,台灣智慧洗衣機雲端服務市場"
            "2024年規模達新台幣18.5億元,年增17%,主要受AI衣物材質辨識、洗程推薦與遠端故障診斷帶動;2023年規模為"
            "新台幣15.9億元。該機構預估,2026年市場可望突破新台幣26億元,家電品牌正陸續推出付費訂閱方案。去年台灣"
            "洗衣機銷量約52萬台,搭載AI功能的機種平均售價約新台幣3.2萬元,仍明顯高於一般機種。"
        ),
        obs=[
            ("Total", 2023, 15.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.5, "TWD 100 million", "actual"),
            ("Total", 2026, 26, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (18.5 / 15.9) ** (1 / 1) - 1 = 16.35% -> 16, not 17; bounds (18.45 / 15.95) - 1 = 15.67%,
            # (18.55 / 15.85) - 1 = 17.03% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. Hong Kong trade-council research note (Traditional) on AI linen tracking and laundry scheduling for hotels
    #     and hospitals (HKD 100 million): 約6.8億港元 (printed figure), a part with its share, a CAGR with printed
    #     span. Expected nowhere: the note's date, 約三成 (a share in words), the 320 hotels, the 9萬 rooms, the 600
    #     公噸 of linen a day.
    dict(
        text=(
            "香港貿易發展局經貿研究:研究札記(2025年5月)\n"
            "香港酒店及醫院布草AI追蹤與洗滌排程服務市場2024年約為6.8億港元,其中酒店布草追蹤為2.9億港元,佔整體的"
            "43%;醫院及安老院舍布草管理則約佔三成。研究預期,市場規模於2028年將達11.6億港元,2024至2028年複合年"
            "增長率約為14%。本港目前約有320間持牌酒店,提供約9萬間客房,工業洗衣廠每日處理布草約600公噸,RFID晶片"
            "與影像辨識的結合正帶動新一輪投資。"
        ),
        obs=[
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("酒店布草追蹤", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2028, 11.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 14, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.9 / 6.8 = 42.65% -> 43
            ("cagr|implied", "exact"),  # (11.6 / 6.8) ** (1 / 4) - 1 = 14.28% -> 14
        ],
    ),
    # 34. Broker's conference-call minutes (Simplified) on AI predictive maintenance of commercial laundry equipment
    #     (CNY 100 million): 2024 actual, 2025E and 2026E estimates, two YoY rates with both amounts. Expected
    #     nowhere: the call's date, the 85万台 installed machines, the 3,000元 yearly upkeep, the covered company's
    #     first-quarter revenue, gross margin and target price, the 三成 cut in downtime.
    dict(
        text=(
            "申川证券家电组电话会议纪要(2025年4月16日)\n"
            "主题:商用洗衣设备AI预测性维护的市场空间\n"
            "Q:如何看待国内市场规模?\n"
            "A:我们测算2024年国内商用洗衣设备AI预测性维护市场规模为7.2亿元,2025E约9.5亿元,同比增长32%;2026E"
            "有望达到12.4亿元,同比增长31%。目前国内商用洗衣机保有量约85万台,单台年均维护费用约3000元,远程诊断"
            "可将停机时间缩短三成以上。\n"
            "Q:覆盖标的的情况?\n"
            "A:洁联股份一季度收入2.1亿元,毛利率36%,维持买入评级,目标价28.5元。"
        ),
        obs=[
            ("Total", 2024, 7.2, "CNY 100 million", "actual"),
            ("Total", 2025, 9.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 12.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
            ("growth", 31, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.5 / 7.2) ** (1 / 1) - 1 = 31.94% -> 32
            ("cagr|implied", "exact"),  # (12.4 / 9.5) ** (1 / 1) - 1 = 30.53% -> 31
        ],
    ),
    # 35. White paper (Simplified) on AI smart washing machines' cloud services (CNY 100 million): 约58亿元 (printed
    #     figure, actual), a part with its share; the 2030 range (约120亿—150亿元) gives two value claims (no
    #     observation). Expected nowhere: the white paper's title year, the 1,900万台 sold, the 45% connection rate
    #     (a penetration rate), the 62% survey answer.
    dict(
        text=(
            "《2025中国智慧洗护产业发展白皮书》显示,2024年我国AI智能洗衣机云服务市场规模约为58亿元,其中智能投放"
            "订阅服务为17.4亿元,占比30%,衣物识别、洗程推荐与远程运维构成其余部分。白皮书预计,到2030年该市场"
            "规模将达到约120亿—150亿元。白皮书还指出,2024年国内智能洗衣机销量约1900万台,联网率约45%,受访用户中"
            "有62%表示愿意为AI洗护方案付费,洗衣机品牌正由一次性硬件销售转向持续服务收费。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("智能投放订阅服务", 2024, 17.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 30, "percent", 2024, 2024, None),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
            ("value", 150, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.4 / 58 = 30.00% -> 30
        ],
    ),
    # 36. Markdown table (Japan, ¥ billion) whose columns are H1, H2 and full years: only the full-year columns are
    #     expected; rows add to the Total row, 2024 only by rounding. Expected nowhere: the table number, the
    #     half-year figures, the note's date.
    dict(
        text=(
            "Table 3: Japan, AI in commercial laundry and linen supply by application (\u00a5 billion)\n"
            "| Application | H1 2023 | H2 2023 | 2023 | H1 2024 | H2 2024 | 2024 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| Stain recognition and sorting | 2.1 | 2.4 | 4.5 | 2.6 | 2.9 | 5.5 |\n"
            "| Predictive maintenance | 1.5 | 1.7 | 3.2 | 1.8 | 2.0 | 3.8 |\n"
            "| Linen tracking | 0.9 | 1.0 | 1.9 | 1.1 | 1.3 | 2.4 |\n"
            "| Total | 4.5 | 5.1 | 9.6 | 5.5 | 6.3 | 11.8 |\n"
            "Source: Kanda Linen Research, July 2025. Half-year figures are unaudited; totals may not add because "
            "of rounding."
        ),
        obs=[
            ("Stain recognition and sorting", 2023, 4.5, "JPY billion", "actual"),
            ("Stain recognition and sorting", 2024, 5.5, "JPY billion", "actual"),
            ("Predictive maintenance", 2023, 3.2, "JPY billion", "actual"),
            ("Predictive maintenance", 2024, 3.8, "JPY billion", "actual"),
            ("Linen tracking", 2023, 1.9, "JPY billion", "actual"),
            ("Linen tracking", 2024, 2.4, "JPY billion", "actual"),
            ("Total", 2023, 9.6, "JPY billion", "actual"),
            ("Total", 2024, 11.8, "JPY billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.5 + 3.2 + 1.9 = 9.6
            # 2024: 5.5 + 3.8 + 2.4 = 11.7, not 11.8; bounds 11.55-11.85 -> 11.8 reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated table by segment (Spain, EUR million, 2024) with a "Share of total" column: four share claims
    #     (one holding only by rounding), the rows adding to the Total row; the Total's 100.0% is no claim. Expected
    #     nowhere: the table's source line and its date.
    dict(
        text=(
            "Spain: spending on AI in laundry and textile care by segment, 2024 (EUR million)\n"
            "Segment\t2024\tShare of total\n"
            "Industrial laundry sorting and stain recognition\t38.6\t34.2%\n"
            "Pick-up and delivery scheduling\t31.2\t27.6%\n"
            "Predictive maintenance of washers and dryers\t24.9\t22.1%\n"
            "Hotel and hospital linen tracking\t18.1\t16.0%\n"
            "Total\t112.8\t100.0%\n"
            "Note: Asociacion Iberica de Lavanderias, March 2025; excludes consumer smart washers."
        ),
        obs=[
            ("Industrial laundry sorting and stain recognition", 2024, 38.6, "EUR million", "actual"),
            ("Pick-up and delivery scheduling", 2024, 31.2, "EUR million", "actual"),
            ("Predictive maintenance of washers and dryers", 2024, 24.9, "EUR million", "actual"),
            ("Hotel and hospital linen tracking", 2024, 18.1, "EUR million", "actual"),
            ("Total", 2024, 112.8, "EUR million", "actual"),
        ],
        claims=[
            ("share", 34.2, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.6 / 112.8 = 34.22% -> 34.2
            # 31.2 / 112.8 = 27.66% -> 27.7, not 27.6; bounds 31.15 / 112.85 = 27.60%, 31.25 / 112.75 = 27.72%
            # -> 27.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 24.9 / 112.8 = 22.07% -> 22.1
            ("arithmetic", "exact"),  # 18.1 / 112.8 = 16.05% -> 16.0
            ("hierarchy", "exact"),  # 38.6 + 31.2 + 24.9 + 18.1 = 112.8
        ],
    ),
    # 38. Space-aligned Chinese table (Simplified, 亿元) of AI uses on laundry-to-door platforms with a 同比 column:
    #     four YoY claims (the 合计 row's too), one that no reading gives (inconsistent); the rows add to the 合计 row.
    #     Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表5 2023—2024年中国洗衣到家平台AI应用细分市场规模(单位:亿元)\n"
            "细分领域            2023年     2024年     同比\n"
            "AI取送调度          5.8        7.4        27.6%\n"
            "AI路线规划          3.9        5.1        34.8%\n"
            "AI衣物识别计价      2.6        3.2        23.1%\n"
            "合计                12.3       15.7       27.6%\n"
            "资料来源:洁道研究院;同比为2024年较2023年增速。"
        ),
        obs=[
            ("AI取送调度", 2023, 5.8, "CNY 100 million", "actual"),
            ("AI取送调度", 2024, 7.4, "CNY 100 million", "actual"),
            ("AI路线规划", 2023, 3.9, "CNY 100 million", "actual"),
            ("AI路线规划", 2024, 5.1, "CNY 100 million", "actual"),
            ("AI衣物识别计价", 2023, 2.6, "CNY 100 million", "actual"),
            ("AI衣物识别计价", 2024, 3.2, "CNY 100 million", "actual"),
            ("合计", 2023, 12.3, "CNY 100 million", "actual"),
            ("合计", 2024, 15.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 34.8, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.4 / 5.8 - 1 = 27.59% -> 27.6
            # 5.1 / 3.9 - 1 = 30.77%; bounds 5.05 / 3.95 - 1 = 27.85%, 5.15 / 3.85 - 1 = 33.77% -> never 34.8
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 3.2 / 2.6 - 1 = 23.08% -> 23.1
            ("cagr|implied", "exact"),  # 15.7 / 12.3 - 1 = 27.64% -> 27.6
            ("hierarchy", "exact"),  # 2023: 5.8 + 3.9 + 2.6 = 12.3
            ("hierarchy", "exact"),  # 2024: 7.4 + 5.1 + 3.2 = 15.7
        ],
    ),
    # 39. Vertical markdown table (Canada) whose rows are years, a lone value column headed by its unit only (US$
    #     million, the market's Total) and a YoY column; 2025E and 2026E are estimates; five YoY claims, the 2026E one
    #     holding only by rounding. Expected nowhere: the table's source line and its date.
    dict(
        text=(
            "Canada: AI predictive maintenance for commercial washers and dryers\n"
            "| Year | US$ million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 18.4 | - |\n"
            "| 2022 | 23.1 | 25.5% |\n"
            "| 2023 | 29.6 | 28.1% |\n"
            "| 2024 | 37.2 | 25.7% |\n"
            "| 2025E | 46.0 | 23.7% |\n"
            "| 2026E | 56.3 | 22.5% |\n"
            "Source: Northgate Research, Toronto, February 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 18.4, "USD million", "actual"),
            ("Total", 2022, 23.1, "USD million", "actual"),
            ("Total", 2023, 29.6, "USD million", "actual"),
            ("Total", 2024, 37.2, "USD million", "actual"),
            ("Total", 2025, 46.0, "USD million", "estimate"),
            ("Total", 2026, 56.3, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2021, 2022, 1.0),
            ("growth", 28.1, "percent", 2022, 2023, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.7, "percent", 2024, 2025, 1.0),
            ("growth", 22.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.1 / 18.4 - 1 = 25.54% -> 25.5
            ("cagr|implied", "exact"),  # 29.6 / 23.1 - 1 = 28.14% -> 28.1
            ("cagr|implied", "exact"),  # 37.2 / 29.6 - 1 = 25.68% -> 25.7
            ("cagr|implied", "exact"),  # 46.0 / 37.2 - 1 = 23.66% -> 23.7
            # 56.3 / 46.0 - 1 = 22.39% -> 22.4, not 22.5; bounds 56.25 / 46.05 - 1 = 22.15%,
            # 56.35 / 45.95 - 1 = 22.63% -> 22.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 40. Markdown table by segment (United States, USD million) whose sub-segments are indented under their segment,
    #     with a Total row: every row is an item under its printed label; each segment adds to its sub-segments and
    #     the Total to the segments, in both years. Expected nowhere: the table number and the source line's date.
    dict(
        text=(
            "Exhibit 7: US market for AI in laundry and textile care, by segment (USD million)\n"
            "| Segment | 2023 | 2024 |\n"
            "|---|---|---|\n"
            "| Industrial laundries | 148.2 | 181.5 |\n"
            "|   Stain recognition and garment sorting | 86.4 | 104.9 |\n"
            "|   Predictive maintenance | 61.8 | 76.6 |\n"
            "| Consumer laundry services | 97.5 | 126.3 |\n"
            "|   Pick-up and delivery scheduling | 58.1 | 75.2 |\n"
            "|   Route planning | 39.4 | 51.1 |\n"
            "| Total | 245.7 | 307.8 |\n"
            "Source: Cobblestone Partners estimates, April 2025; sub-segments are indented under their segment."
        ),
        obs=[
            ("Industrial laundries", 2023, 148.2, "USD million", "actual"),
            ("Industrial laundries", 2024, 181.5, "USD million", "actual"),
            ("Stain recognition and garment sorting", 2023, 86.4, "USD million", "actual"),
            ("Stain recognition and garment sorting", 2024, 104.9, "USD million", "actual"),
            ("Predictive maintenance", 2023, 61.8, "USD million", "actual"),
            ("Predictive maintenance", 2024, 76.6, "USD million", "actual"),
            ("Consumer laundry services", 2023, 97.5, "USD million", "actual"),
            ("Consumer laundry services", 2024, 126.3, "USD million", "actual"),
            ("Pick-up and delivery scheduling", 2023, 58.1, "USD million", "actual"),
            ("Pick-up and delivery scheduling", 2024, 75.2, "USD million", "actual"),
            ("Route planning", 2023, 39.4, "USD million", "actual"),
            ("Route planning", 2024, 51.1, "USD million", "actual"),
            ("Total", 2023, 245.7, "USD million", "actual"),
            ("Total", 2024, 307.8, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 86.4 + 61.8 = 148.2
            ("hierarchy", "exact"),  # 2024: 104.9 + 76.6 = 181.5
            ("hierarchy", "exact"),  # 2023: 58.1 + 39.4 = 97.5
            ("hierarchy", "exact"),  # 2024: 75.2 + 51.1 = 126.3
            ("hierarchy", "exact"),  # 2023: 148.2 + 97.5 = 245.7
            ("hierarchy", "exact"),  # 2024: 181.5 + 126.3 = 307.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 8, 'rounding': 14, 'exact': 84}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Contract notice - Health Service Executive',
    'so roughly a 17% CAGR from 2024 to 2030',
    '• 2024: **$1.2bn**, up 25% year on year',
    '4. The Nordics accounted for €23 million, about 13%',
    'from £38 million in 2024 to £104 million by 2030',
    'hit €450m in 2024',
    'FY2024/25 (the year to March 2025)',
    'A second house, Pembury Analytics',
    '预计2025E、2026E分别达到14.9亿元、18.8亿元',
    '【细分结构】',
    '可望成長3成至新台幣8.2億元',
    '| Market | 2024A | 2025E | 2026E | CAGR 2024A-26E |',
    '合計\t6.4\t8.3\t29.7%',
    'TENDER NOTICE - Ref. HLS-2025-031, Dublin, 10 March 2025.',
    'Q: You keep talking about predictive maintenance.',
    'That spend has tripled since 2020',
    "EDIT: fat-fingered the 2024 figure, it's $286 million, not $268 million.",
    'Key highlights:\n- The market reached US$46.2 million in 2024.',
    'For 2028 we pencil in $1.1-1.4 billion',
    'revised from €23.1 million to €24.0 million',
    'pass one and a half billion euros by 2032',
    '力争到2027年,全省洗染业人工智能应用市场规模翻一番',
    '2024年規模達新台幣18.5億元,年增17%',
    '2025E约9.5亿元,同比增长32%',
    '| Application | H1 2023 | H2 2023 | 2023 | H1 2024 | H2 2024 | 2024 |',
    'AI路线规划          3.9        5.1        34.8%',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 198
#: figures, 62 rates, 98 verdicts and 3 false inconsistent
#: after the readings chosen on it and the two-hundred-and-fifty-fourth set: 205, 66, 106 and 0
FLOORS = {"figures_found": 205, "rates_found": 66, "verdicts_right": 106}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset252.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
