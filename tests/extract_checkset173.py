"""A hundred-and-seventy-third check set for the extractor, written blind: AI in chemicals, materials and batteries: AI
materials discovery and materials informatics platforms, AI process control and optimisation in chemical plants,
battery-material and electrolyte screening with AI, self-driving labs and lab-automation software, AI for polymers,
catalysts and specialty formulations, sized in money by chemical-industry consultancies, trade associations, chemical
groups' capital-markets days, brokers, government new-materials plans, and research houses in Germany, Japan, Korea,
the United States and China. Distractors a careful reader leaves out: the whole chemicals or battery market beside the
AI part, a group's own sales or R&D budget, tonnes of output, plant capacity, numbers of compounds screened or patents
filed, a quarter's figures, feedstock and cathode prices.

Snippets 1-20: AI in chemicals, materials and batteries: eight English prose pieces (a Frankfurt Business Wire release
on European materials-informatics platforms with a year-on-year rate, a part with its share and a stated CAGR that
only some reading reaches, beside the whole European chemical industry's sales; a Seoul broker note on AI
battery-material and electrolyte screening with a CAGR whose span only its amounts' years give, a later figure in
another scale, won R&D, a cathode price, a quarter, molecules screened and a price target; a Reuters item on AI
process control in chemical plants quoting a second publisher; a chemical group's capital-markets-day TAM with a 2.6x
multiple beside its own sales, revenue goal, share ambition, margin and headcount; a Tokyo research house in fiscal
years and yen with a revised prior-year figure and a quarter; a Boston GlobeNewswire release on self-driving labs with
a more-than-fivefold multiple, a range and a funding round; a catalyst association yearbook with an inconsistent
year-on-year rate; and a London note on AI for polymers with last year / this year, 2.5 times, tonnes, naphtha and a
survey answer); seven Chinese prose pieces (a Simplified broker note with a rounding rate, a part and its share and a
stated CAGR beside the lithium-battery industry and a carbonate price; a provincial 行动方案 with 力争, 突破 and 增长3倍 beside
the new-materials output target; in Traditional Chinese a CNA wire in 新台幣億元 with a part and a stated CAGR, a Hong Kong
paper in 億港元 with 去年/今年, a part's share and a quarter, and a Taiwan business paper quoting two research houses with an
inconsistent rate; then a Xinhua item with 增长近2倍, 今年有望突破 and 约占四成, and a year-end review whose series starts in 万元 and
goes on in 亿元 with 增长超过2倍); and five tables (a markdown broker exhibit with 2025E/2027F columns, a Total row and a
CAGR note; a space-aligned Japanese fiscal-year table with e columns and a total only some reading reaches; a
tab-separated years-as-rows table with a lone unit-headed column and a YoY column including a decline; a space-aligned
Simplified Chinese table with a unit line and 合计; and a markdown Korean years-as-rows table with a Total column).
Distractors: datelines, exhibit, table, chapter and document numbers, report title years, counts of companies,
members, labs, projects, deployments and data scientists, molecules screened, patents, tonnes, cathode, carbonate and
naphtha prices, survey answers, an R&D intensity, a group's own sales, revenue goal, share ambition and margin, a
price target and upside, a funding round, quarters, won amounts, a second publisher's figure, a superseded figure and
whole chemicals, catalyst and battery markets beside the AI part.

Snippets 21-40: AI in chemicals, materials and batteries (materials informatics platforms, AI process control in
chemical plants, AI battery-material and electrolyte screening, self-driving labs, AI catalyst and polymer design).
Sources: a US software company's earnings call, a Korean institute's research abstract, a LinkedIn post, a German
chemical group's capital-markets-day release, a research house's web page with a corrected figure, a Japanese group's
investor-day slide bullets, a Korean ministry release, a forum answer, a Chinese provincial plan, a Chinese broker
note, Taiwanese and Hong Kong releases and annual-report text (Traditional Chinese), a PTT post, a Chinese group's
annual report, a Chinese alliance's statistics, and five tables (markdown, tab-separated and space-aligned; years as
columns and as rows; E/F columns, a YoY column, a CAGR column, share columns, total rows, notes). Distractors a
careful reader leaves out: company revenue, R&D budgets, margins, headcounts, customer and vendor counts, compounds
screened, patents, plant capacity in tonnes, lithium and LiPF6 prices, quarter figures, the whole
chemicals/catalyst/battery markets, amounts in won, second publishers' figures, superseded figures, fractions in
words, penetration rates, price targets and upside, report and table numbers.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Business Wire release (Frankfurt, 18 March 2025): "last year" = 2024, a part with its share, a stated CAGR only
    # some reading reaches. Nowhere: the monitor's title year, EUR 655 billion chemical-industry sales, 212 companies, 17 countries.
    dict(
        text=(
            "FRANKFURT AM MAIN, 18 March 2025 (Business Wire) -- Chemical and materials companies in Europe spent "
            "€1.24 billion on materials-informatics platforms last year, 19% more than the €1.04 billion they spent in "
            "2023, according to the Materials Informatics Monitor 2025, published today by Kessler & Aue Consulting. "
            "Polymer and specialty-formulation design remained the biggest use case at €0.47 billion, or 38% of the "
            "total. Kessler & Aue expects spending to reach €4.2 billion by 2030, a compound annual growth rate of 22.8% "
            "over 2024-2030 - still a rounding error next to the €655 billion in sales that Europe's chemical industry "
            "booked in 2024. The monitor is based on interviews with 212 companies in 17 countries."
        ),
        obs=[
            ("Total", 2023, 1.04, "EUR billion", "actual"),
            ("Total", 2024, 1.24, "EUR billion", "actual"),
            ("Total", 2030, 4.2, "EUR billion", "estimate"),
            ("Polymer and specialty-formulation design", 2024, 0.47, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.24 / 1.04 - 1 = 19.23% -> 19
            ("arithmetic", "exact"),       # 0.47 / 1.24 = 37.90% -> 38
            ("cagr|implied", "rounding"),  # (4.2 / 1.24) ** (1/6) - 1 = 22.55% -> 22.5, not 22.8;
                                           # bounds (4.15/1.245)**(1/6)-1 = 22.22% .. (4.25/1.235)**(1/6)-1 = 22.87%: 22.8 reached
        ],
    ),
    # 2. Seoul broker note (14 January 2025): a CAGR with no span printed (inferred), the 2029 figure printed in billions
    # converted to the series' USD million. Nowhere: "roughly a third" (fraction in words), KRW 1.1 trillion R&D (won, and
    # companies' own), the 4Q24 cathode price, 32 million molecules, the KRW 410,000 target price and 32% upside.
    dict(
        text=(
            "SEOUL, 14 January 2025 -- Hanbit Securities | Battery Materials (Overweight) | AI moves upstream. The "
            "global market for AI-driven battery-material and electrolyte screening - simulation software, cloud "
            "compute and contract discovery services - was worth US$620 million in 2024, and we forecast US$2.3 billion "
            "by 2029, a 30% CAGR. Roughly a third of that spend goes on electrolyte additives. For context, Korea's "
            "three cathode makers alone put KRW 1.1 trillion into R&D last year, and NCM811 cathode prices slid to "
            "US$21.4/kg in 4Q24. Our top pick, which screened 32 million candidate molecules in 2024, is rated Buy with "
            "a target price of KRW 410,000 (32% upside)."
        ),
        obs=[
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2029, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2300 / 620) ** (1/5) - 1 = 29.98% -> 30
        ],
    ),
    # 3. Reuters item (Houston, 10 June 2025) quoting two publishers: the first's base, target and stated CAGR (only some
    # reading reaches it). Nowhere: Linwood Research's $3.3 billion for 2024, the 6%-9% steam saving, the 1.5 million
    # tonne unit, the ~$5.7 trillion chemicals industry.
    dict(
        text=(
            "HOUSTON, June 10, 2025 (Reuters) - Spending on AI-based advanced process control and optimisation software "
            "by chemical and petrochemical plants will climb from $2.85 billion in 2024 to $7.6 billion in 2030, a "
            "compound annual growth rate of 17.9% over that period, Gulfstream Analytics said in a report on Tuesday. "
            "Operators running closed-loop AI on crackers and reformers typically cut steam use by 6% to 9%, the firm "
            "said, citing a 1.5 million tonne-a-year ethylene unit on the Gulf Coast. Not everyone measures the market "
            "the same way: Linwood Research, which also counts hardware and historian upgrades, puts last year's total "
            "at $3.3 billion. Either figure is a sliver of the roughly $5.7 trillion global chemicals industry."
        ),
        obs=[
            ("Total", 2024, 2.85, "USD billion", "actual"),
            ("Total", 2030, 7.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (7.6 / 2.85) ** (1/6) - 1 = 17.76% -> 17.8, not 17.9;
                                           # bounds (7.55/2.855)**(1/6)-1 = 17.60% .. (7.65/2.845)**(1/6)-1 = 17.92%: 17.9 reached
        ],
    ),
    # 4. Capital Markets Day (Ludwigshafen, 25 September 2025): the TAM is the Total, "this year" = 2025 estimate, a 2.6x
    # multiple, a part with its share. Nowhere: "since 2021", group sales EUR 17.8 billion, EUR 600 million revenue goal,
    # 15% share ambition, 18-20% EBITDA margin, 380 data scientists.
    dict(
        text=(
            "LUDWIGSHAFEN, 25 September 2025 - Rheinwerk Chemie used its first Capital Markets Day since 2021 to pitch "
            "AI-enabled formulation and catalyst design as a growth business. \"We size the addressable market at "
            "€3.4 billion this year and see it expanding roughly 2.6x, to €8.9 billion, by 2030,\" CFO Katrin Voss told "
            "investors. Catalyst design alone accounts for €1.1 billion of the 2025 figure, around 32%. Rheinwerk, which "
            "booked group sales of €17.8 billion in 2024, wants digital solutions to contribute €600 million of revenue "
            "by 2028, is aiming for a 15% share of the addressable market and expects an EBITDA margin of 18-20% for the "
            "unit. It employs 380 data scientists."
        ),
        obs=[
            ("Total", 2025, 3.4, "EUR billion", "estimate"),
            ("Total", 2030, 8.9, "EUR billion", "estimate"),
            ("Catalyst design", 2025, 1.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2025, 2030, 5.0),
            ("share", 32, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.1 / 3.4 = 32.35% -> 32
        ],
    ),
    # 5. Tokyo research house (9 October 2025), fiscal years in yen: a corrected prior-year figure, a year-on-year rate only
    # some reading reaches, a part's share. Nowhere: the superseded JPY 27.6 billion, April-June 2025 orders of
    # JPY 9.8 billion (a quarter), 1,240 projects.
    dict(
        text=(
            "TOKYO, 9 October 2025 - Japan's materials informatics (MI) market - software, data platforms and contract "
            "analysis sold to chemical, materials and battery makers - grew 21.8% year on year to ¥34.2 billion in "
            "fiscal 2024 (April 2024-March 2025), Sakura Research Institute said. In the same release the institute "
            "revised its fiscal 2023 figure up to ¥28.1 billion from the ¥27.6 billion it had published a year earlier. "
            "Cloud-based MI platforms brought in ¥13.9 billion, 40.6% of the fiscal 2024 total. The institute projects "
            "¥41.5 billion for fiscal 2025 and ¥96 billion by fiscal 2030. Orders in April-June 2025 alone came to "
            "¥9.8 billion, it added, across some 1,240 projects."
        ),
        obs=[
            ("Total", 2023, 28.1, "JPY billion", "actual"),
            ("Total", 2024, 34.2, "JPY billion", "actual"),
            ("Total", 2025, 41.5, "JPY billion", "estimate"),
            ("Total", 2030, 96, "JPY billion", "estimate"),
            ("Cloud-based MI platforms", 2024, 13.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("share", 40.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 34.2 / 28.1 - 1 = 21.71% -> 21.7, not 21.8;
                                           # bounds 34.15/28.15-1 = 21.31% .. 34.25/28.05-1 = 22.10%: 21.8 reached
            ("arithmetic", "exact"),       # 13.9 / 34.2 = 40.64% -> 40.6
        ],
    ),
    # 6. GlobeNewswire release (Boston, 4 February 2025): "more than fivefold" (x5 over 2019-2024), a part with its share,
    # a 2030 range (two value claims). Nowhere: 140 autonomous labs, the $110 million Series C.
    dict(
        text=(
            "BOSTON, Feb. 4, 2025 (GLOBE NEWSWIRE) -- The market for self-driving laboratories and lab-automation "
            "software in chemistry and materials R&D was valued at $1.92 billion in 2024, more than fivefold the "
            "$0.35 billion spent in 2019, according to a new study from Northfield Insights. Closed-loop "
            "experiment-planning software made up $0.71 billion, or 37%, of 2024 revenue, with robotic execution and "
            "data-capture layers taking the rest. Northfield sees the market reaching between $4.8 billion and "
            "$5.5 billion by 2030, depending on how fast pharma-style automation spreads to specialty chemicals. More "
            "than 140 autonomous labs now run worldwide; one start-up in the field closed a $110 million Series C in "
            "January."
        ),
        obs=[
            ("Total", 2019, 0.35, "USD billion", "actual"),
            ("Total", 2024, 1.92, "USD billion", "actual"),
            ("Closed-loop experiment-planning software", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),   # 1.92 / 0.35 = 5.49: "more than fivefold" -> x5, no verdict
            ("share", 37, "percent", 2024, 2024, None),
            ("value", 4.8, "USD billion", 2030, 2030, None),
            ("value", 5.5, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.71 / 1.92 = 36.98% -> 37
        ],
    ),
    # 7. Trade-association yearbook (2025 edition): an INCONSISTENT year-on-year rate (the amounts give about 21%, the
    # text prints 14%, as if a prior year's rate were carried over); a CAGR with no span printed; $1.1 billion converted
    # to the series' USD million. Nowhere: yearbook year, chapter 7, Table 7.3, $9.6 billion catalyst sales,
    # 86 members, 58% (survey answer), 312 patents.
    dict(
        text=(
            "From the 2025 Statistical Yearbook of the North American Catalyst Producers Association, chapter 7 "
            "(Digital tools), Table 7.3: Sales of AI-assisted catalyst design and screening software and services to "
            "catalyst producers rose 14% in 2024 to $510 million, from $420 million in 2023. The association projects "
            "$1.1 billion in 2028, compound annual growth of about 21%. By comparison, members' combined catalyst sales "
            "reached $9.6 billion. Of the 86 member companies, 58% reported running at least one AI screening project, "
            "and members filed 312 catalyst patents citing machine-learning methods."
        ),
        obs=[
            ("Total", 2023, 420, "USD million", "actual"),
            ("Total", 2024, 510, "USD million", "actual"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 510 / 420 - 1 = 21.43%, not 14;
                                               # bounds 509.5/420.5-1 = 21.17% .. 510.5/419.5-1 = 21.69%: 14 not reached
            ("cagr|period", "exact"),          # (1100 / 510) ** (1/4) - 1 = 21.19% -> 21
        ],
    ),
    # 8. London consultancy note (3 July 2025): "last year" = 2024 actual, "this year" = 2025 estimate, 2.5 times the
    # 2021 figure (x2.5 over 3 years). Nowhere: 2.1 million tonnes, naphtha $610 a tonne in the first quarter, 61% of
    # respondents (survey answer).
    dict(
        text=(
            "LONDON, 3 July 2025 - Polymer producers in the UK and continental Europe spent £310 million on AI for "
            "grade development, additive selection and recipe optimisation last year, 2.5 times the £124 million of "
            "2021, consultancy Harcourt Lowe says in a note out today. It expects the figure to rise about 24% to "
            "£385 million this year as compounders add machine-learning tools to their labs. The region still turned "
            "out 2.1 million tonnes of engineering plastics in 2024, and naphtha averaged $610 a tonne in the first "
            "quarter; in Harcourt Lowe's survey, 61% of respondents said data quality, not algorithms, was the main "
            "hurdle."
        ),
        obs=[
            ("Total", 2021, 124, "GBP million", "actual"),
            ("Total", 2024, 310, "GBP million", "actual"),
            ("Total", 2025, 385, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 385 / 310 - 1 = 24.19% -> 24
        ],
    ),
    # 9. Simplified Chinese broker note (8 April 2025): a year-on-year rate only some reading reaches, a part with its
    # share, a stated CAGR. Nowhere: 锂电池产业 1.2万亿元 (whole battery market), 碳酸锂 7.5万元/吨, 2000万个 molecules.
    dict(
        text=(
            "【华屹证券·新材料行业深度报告｜2025年4月8日】我们测算，2024年我国AI新材料研发（材料信息学）平台市场规模约48.6亿元，"
            "较2023年的36.9亿元同比增长31.6%；其中电池材料与电解液AI筛选约15.2亿元，占比31.3%。展望未来，我们预计2027年"
            "市场规模将达到112亿元，2024—2027年CAGR约32%。作为对照，2024年我国锂电池产业规模已超过1.2万亿元，碳酸锂均价约"
            "7.5万元/吨；头部平台全年累计筛选分子超过2000万个。风险提示：下游资本开支不及预期。"
        ),
        obs=[
            ("Total", 2023, 36.9, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 112, "CNY 100 million", "estimate"),
            ("电池材料与电解液AI筛选", 2024, 15.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("share", 31.3, "percent", 2024, 2024, None),
            ("cagr", 32, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 36.9 - 1 = 31.71% -> 31.7, not 31.6;
                                           # bounds 48.55/36.95-1 = 31.39% .. 48.65/36.85-1 = 32.02%: 31.6 reached
            ("arithmetic", "exact"),       # 15.2 / 48.6 = 31.28% -> 31.3
            ("cagr|implied", "exact"),     # (112 / 48.6) ** (1/3) - 1 = 32.09% -> 32
        ],
    ),
    # 10. Simplified Chinese provincial action plan (2024): 力争 ... 突破200亿元 a target (estimate), 较2023年增长3倍 (x3
    # over 4 years). Nowhere: the plan's title years, document number 〔2024〕112号, 30 platforms, 100 firms,
    # 新材料产业总产值 1.5万亿元 (whole market), R&D intensity 3.5%.
    dict(
        text=(
            "省工业和信息化厅日前印发《人工智能赋能新材料产业发展行动方案（2024—2027年）》（工信材〔2024〕112号）。方案提出，"
            "2023年全省人工智能+新材料服务市场规模约50亿元；到2027年，力争规模突破200亿元，较2023年增长3倍，建成AI for "
            "Science材料研发平台30个，培育专精特新企业100家，新材料产业总产值达到1.5万亿元。方案同时要求，重点企业研发投入"
            "强度不低于3.5%。"
        ),
        obs=[
            ("Total", 2023, 50, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2023, 2027, 4.0),  # 增长3倍 keeps N = 3 (200 / 50 = 4 times the level); no verdict
        ],
        verdicts=[],
    ),
    # 11. Traditional Chinese CNA wire (Taipei, 20 May 2025) in 新台幣億元: a year-on-year rate, a part with its share, a
    # stated CAGR with its span. Nowhere: 化學材料產業產值 新台幣1.6兆元 (whole industry), 180家業者, 近四成 (survey, words).
    dict(
        text=(
            "（中央社記者林佳穎台北2025年5月20日電）工研院產科國際所今天發布報告指出，台灣化工與材料業導入AI製程控制及配方"
            "最佳化的市場規模，2024年達新台幣58億元，較2023年的新台幣47億元年增23.4%；其中以製程控制與最佳化應用最多，達新台幣"
            "34億元，占比58.6%。工研院預估，2028年市場規模將成長至新台幣135億元，2024至2028年複合成長率（CAGR）為23.5%。"
            "報告也提到，台灣化學材料產業去年產值約新台幣1.6兆元，受訪的180家業者中有近四成已導入AI工具。"
        ),
        obs=[
            ("Total", 2023, 47, "TWD 100 million", "actual"),
            ("Total", 2024, 58, "TWD 100 million", "actual"),
            ("Total", 2028, 135, "TWD 100 million", "estimate"),
            ("製程控制與最佳化", 2024, 34, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("share", 58.6, "percent", 2024, 2024, None),
            ("cagr", 23.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 47 - 1 = 23.40% -> 23.4
            ("arithmetic", "exact"),    # 34 / 58 = 58.62% -> 58.6
            ("cagr|implied", "exact"),  # (135 / 58) ** (1/4) - 1 = 23.52% -> 23.5
        ],
    ),
    # 12. Traditional Chinese Hong Kong paper (18 August 2025) in 億港元: 去年 = 2024 actual, 前年 = 2023, 今年 = 2025
    # estimate, a part's share. Nowhere: 第二季 4.1億港元 (a quarter), 逾130間公司.
    dict(
        text=(
            "【信報財經新聞 2025年8月18日】本港及大灣區的自動化實驗室與AI材料研發軟件市場持續擴張。據本地顧問公司匯衡研究"
            "發表的報告，去年市場規模約12.6億港元，按年增長18%（前年為10.7億港元）；其中電池材料篩選佔3.9億港元，約佔31%。"
            "報告預計，今年市場可增至15.2億港元。單計第二季，相關合約金額約4.1億港元。目前科學園內有逾130間材料科技公司。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.2, "HKD 100 million", "estimate"),
            ("電池材料篩選", 2024, 3.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 10.7 - 1 = 17.76% -> 18
            ("arithmetic", "exact"),    # 3.9 / 12.6 = 30.95% -> 31
        ],
    ),
    # 13. Traditional Chinese Taiwan business paper (12 March 2025) quoting two research houses: an INCONSISTENT
    # year-on-year rate (amounts give about 39%, text prints 28%, perhaps the other house's basis), a stated CAGR.
    # Nowhere: 宏岳顧問's 9.1億美元 for 2024, 320萬噸 cathode shipments, the carbonate price.
    dict(
        text=(
            "〔經濟日報／記者黃敬倫／台北報導〕（2025年3月12日）研調機構凱鈞研究最新報告指出，全球AI電池材料研發市場（涵蓋"
            "電解液配方與正極材料的AI篩選、模擬軟體及委託研發服務）2024年規模達7.8億美元，較2023年的5.6億美元成長28%；預估"
            "2029年將上看26億美元，2024至2029年年複合成長率約27%。另一家研調機構宏岳顧問則估算，2024年市場規模為9.1億美元，"
            "差異主要來自是否納入實驗室硬體。凱鈞指出，去年正極材料出貨量約320萬噸，碳酸鋰價格一度跌破每噸1萬美元。"
        ),
        obs=[
            ("Total", 2023, 5.6, "USD 100 million", "actual"),
            ("Total", 2024, 7.8, "USD 100 million", "actual"),
            ("Total", 2029, 26, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 7.8 / 5.6 - 1 = 39.29%, not 28;
                                               # bounds 7.75/5.65-1 = 37.17% .. 7.85/5.55-1 = 41.44%: 28 not reached
            ("cagr|implied", "exact"),         # (26 / 7.8) ** (1/5) - 1 = 27.23% -> 27
        ],
    ),
    # 14. Simplified Chinese Xinhua item (Beijing, 3 September 2025): 去年 = 2024 actual, 增长近2倍 (x2 over 2021-2024, 2021
    # figure not printed), 今年有望突破 = 2025 estimate with its rate. Nowhere: 约占四成 (share in words),
    # 智能工厂200余家, 化工行业营业收入 16万亿元 (whole industry).
    dict(
        text=(
            "新华社北京2025年9月3日电（记者王悦）记者从中国化工信息化协会获悉，去年我国化工行业AI工艺优化与智能控制市场规模"
            "达到86亿元，较2021年增长近2倍，今年有望突破110亿元，同比增长约28%。其中石化领域约占四成。截至目前，全行业已建成"
            "智能工厂200余家；2024年化工行业营业收入约16万亿元。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2025, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 110 / 86 - 1 = 27.91% -> 28
        ],
    ),
    # 15. Simplified Chinese year-end review (6 January 2025): the series opens in 万元 (6800万元), so later 亿元 figures
    # are expected converted to CNY 10 thousand; 两年间增长超过2倍 (x2 over 2022-2024). Nowhere: the title's 2024, the
    # leader's revenue 0.8亿元 (a company's own), 430件 patents.
    dict(
        text=(
            "回望2024｜自动驾驶实验室软件：从“样板间”走向产线（2025年1月6日）据化工新材料研究院统计，国内面向化工与材料研发的"
            "自动驾驶实验室及实验室自动化软件市场，2022年规模仅约6800万元，2023年为1.2亿元，2024年已达2.1亿元，同比增长75%，"
            "两年间增长超过2倍。研究院预计，2025年市场规模将达到2.9亿元，同比增长约38%。不过，行业龙头全年营收仍不足0.8亿元，"
            "全年相关专利申请约430件。"
        ),
        obs=[
            ("Total", 2022, 6800, "CNY 10 thousand", "actual"),
            ("Total", 2023, 12000, "CNY 10 thousand", "actual"),
            ("Total", 2024, 21000, "CNY 10 thousand", "actual"),
            ("Total", 2025, 29000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 75, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2022, 2024, 2.0),  # 21000 / 6800 = 3.09 times the level; 增长超过2倍 -> x2, no verdict
            ("growth", 38, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21000 / 12000 - 1 = 75.00% -> 75
            ("cagr|implied", "exact"),  # 29000 / 21000 - 1 = 38.10% -> 38
        ],
    ),
    # 16. Markdown broker exhibit (12 March 2025), US$ mn, 2025E/2027F columns, Total row, CAGR in the note. Nowhere:
    # exhibit number 14, the note's in-house IT spend.
    dict(
        text=(
            "Exhibit 14: AI in chemicals & materials - global market by application (US$ mn)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Materials discovery & informatics | 1,180 | 1,460 | 1,820 | 2,950 |\n"
            "| Process control & optimisation | 2,310 | 2,740 | 3,220 | 4,480 |\n"
            "| Battery-material & electrolyte screening | 410 | 560 | 760 | 1,340 |\n"
            "| Self-driving labs & lab automation | 640 | 790 | 980 | 1,520 |\n"
            "| Total | 4,540 | 5,550 | 6,780 | 10,290 |\n"
            "Source: Calder Brothers Equity Research, 12 March 2025. Note: 2024-2027F CAGR of 23%; excludes chemical "
            "makers' in-house IT spend."
        ),
        obs=[
            ("Materials discovery & informatics", 2023, 1180, "USD million", "actual"),
            ("Materials discovery & informatics", 2024, 1460, "USD million", "actual"),
            ("Materials discovery & informatics", 2025, 1820, "USD million", "estimate"),
            ("Materials discovery & informatics", 2027, 2950, "USD million", "estimate"),
            ("Process control & optimisation", 2023, 2310, "USD million", "actual"),
            ("Process control & optimisation", 2024, 2740, "USD million", "actual"),
            ("Process control & optimisation", 2025, 3220, "USD million", "estimate"),
            ("Process control & optimisation", 2027, 4480, "USD million", "estimate"),
            ("Battery-material & electrolyte screening", 2023, 410, "USD million", "actual"),
            ("Battery-material & electrolyte screening", 2024, 560, "USD million", "actual"),
            ("Battery-material & electrolyte screening", 2025, 760, "USD million", "estimate"),
            ("Battery-material & electrolyte screening", 2027, 1340, "USD million", "estimate"),
            ("Self-driving labs & lab automation", 2023, 640, "USD million", "actual"),
            ("Self-driving labs & lab automation", 2024, 790, "USD million", "actual"),
            ("Self-driving labs & lab automation", 2025, 980, "USD million", "estimate"),
            ("Self-driving labs & lab automation", 2027, 1520, "USD million", "estimate"),
            ("Total", 2023, 4540, "USD million", "actual"),
            ("Total", 2024, 5550, "USD million", "actual"),
            ("Total", 2025, 6780, "USD million", "estimate"),
            ("Total", 2027, 10290, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10290 / 5550) ** (1/3) - 1 = 22.85% -> 23
            ("hierarchy", "exact"),     # 2023: 1180 + 2310 + 410 + 640 = 4540
            ("hierarchy", "exact"),     # 2024: 1460 + 2740 + 560 + 790 = 5550
            ("hierarchy", "exact"),     # 2025E: 1820 + 3220 + 760 + 980 = 6780
            ("hierarchy", "exact"),     # 2027F: 2950 + 4480 + 1340 + 1520 = 10290
        ],
    ),
    # 17. Space-aligned Japanese table, fiscal years in JPY billion, e columns, one total only some reading reaches.
    # Nowhere: table number 3, 1,100 deployments, the survey date.
    dict(
        text=(
            "Table 3  AI process optimisation for chemical plants, Japan, by application (¥ billion, fiscal years)\n"
            "                                    FY2022  FY2023  FY2024e  FY2025e\n"
            "Batch-process optimisation             3.1     3.8      4.6      5.5\n"
            "Continuous-process APC                 5.2     5.9      6.7      7.6\n"
            "Quality prediction & soft sensors      2.4     2.9      3.5      4.2\n"
            "Energy & utilities optimisation        1.6     1.9      2.3      2.8\n"
            "Total                                 12.3    14.6     17.1     20.1\n"
            "Note: e = estimate. Figures are rounded. Based on 1,100 deployments surveyed in November 2024 by Sakura "
            "Research Institute."
        ),
        obs=[
            ("Batch-process optimisation", 2022, 3.1, "JPY billion", "actual"),
            ("Batch-process optimisation", 2023, 3.8, "JPY billion", "actual"),
            ("Batch-process optimisation", 2024, 4.6, "JPY billion", "estimate"),
            ("Batch-process optimisation", 2025, 5.5, "JPY billion", "estimate"),
            ("Continuous-process APC", 2022, 5.2, "JPY billion", "actual"),
            ("Continuous-process APC", 2023, 5.9, "JPY billion", "actual"),
            ("Continuous-process APC", 2024, 6.7, "JPY billion", "estimate"),
            ("Continuous-process APC", 2025, 7.6, "JPY billion", "estimate"),
            ("Quality prediction & soft sensors", 2022, 2.4, "JPY billion", "actual"),
            ("Quality prediction & soft sensors", 2023, 2.9, "JPY billion", "actual"),
            ("Quality prediction & soft sensors", 2024, 3.5, "JPY billion", "estimate"),
            ("Quality prediction & soft sensors", 2025, 4.2, "JPY billion", "estimate"),
            ("Energy & utilities optimisation", 2022, 1.6, "JPY billion", "actual"),
            ("Energy & utilities optimisation", 2023, 1.9, "JPY billion", "actual"),
            ("Energy & utilities optimisation", 2024, 2.3, "JPY billion", "estimate"),
            ("Energy & utilities optimisation", 2025, 2.8, "JPY billion", "estimate"),
            ("Total", 2022, 12.3, "JPY billion", "actual"),
            ("Total", 2023, 14.6, "JPY billion", "actual"),
            ("Total", 2024, 17.1, "JPY billion", "estimate"),
            ("Total", 2025, 20.1, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2022: 3.1 + 5.2 + 2.4 + 1.6 = 12.3
            ("hierarchy", "rounding"),  # FY2023: 3.8 + 5.9 + 2.9 + 1.9 = 14.5, not 14.6;
                                        # bounds 14.5 - 4 x 0.05 = 14.3 .. 14.5 + 4 x 0.05 = 14.7: 14.6 reached
            ("hierarchy", "exact"),     # FY2024e: 4.6 + 6.7 + 3.5 + 2.3 = 17.1
            ("hierarchy", "exact"),     # FY2025e: 5.5 + 7.6 + 4.2 + 2.8 = 20.1
        ],
    ),
    # 18. Tab-separated table, years as rows, a lone column headed by its unit (the market's Total) and a YoY column with
    # a decline. Nowhere: report number NI-2291, the YoY column's dash.
    dict(
        text=(
            "North America: self-driving lab software & services revenue (Northfield Insights, report NI-2291)\n"
            "Year\tUS$ million\tYoY (%)\n"
            "2021\t412\t-\n"
            "2022\t538\t30.6\n"
            "2023\t516\t-4.1\n"
            "2024\t655\t26.9\n"
            "2025E\t842\t28.5\n"
            "2026F\t1,080\t28.3\n"
            "The 2023 dip reflects a post-pandemic pullback in pharma capex; 2025E-2026F are forecasts."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 538, "USD million", "actual"),
            ("Total", 2023, 516, "USD million", "actual"),
            ("Total", 2024, 655, "USD million", "actual"),
            ("Total", 2025, 842, "USD million", "estimate"),
            ("Total", 2026, 1080, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", -4.1, "percent", 2022, 2023, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
            ("growth", 28.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538 / 412 - 1 = 30.58% -> 30.6
            ("cagr|implied", "exact"),  # 516 / 538 - 1 = -4.09% -> -4.1
            ("cagr|implied", "exact"),  # 655 / 516 - 1 = 26.94% -> 26.9
            ("cagr|implied", "exact"),  # 842 / 655 - 1 = 28.55% (28.5496) -> 28.5
            ("cagr|implied", "exact"),  # 1080 / 842 - 1 = 28.27% -> 28.3
        ],
    ),
    # 19. Space-aligned Simplified Chinese table with a unit line (亿元), 2025E/2026E columns and a 合计 row (its label is
    # the item). Nowhere: 表3, 锂电池材料 1.2万亿元 in the note (whole market).
    dict(
        text=(
            "表3  我国化工新材料AI研发服务市场规模（按应用）\n"
            "单位：亿元\n"
            "应用领域            2023    2024   2025E   2026E\n"
            "AI催化剂设计         8.6    11.4    15.0    19.6\n"
            "AI高分子与配方      12.3    15.9    20.4    26.1\n"
            "AI电池材料筛选       9.8    15.2    21.7    30.5\n"
            "自动化实验室         6.1     8.3    11.2    15.0\n"
            "合计                36.8    50.8    68.3    91.2\n"
            "注：2025E、2026E为预测值；不含锂电池材料本身销售额（2024年约1.2万亿元）。资料来源：华屹证券研究所。"
        ),
        obs=[
            ("AI催化剂设计", 2023, 8.6, "CNY 100 million", "actual"),
            ("AI催化剂设计", 2024, 11.4, "CNY 100 million", "actual"),
            ("AI催化剂设计", 2025, 15.0, "CNY 100 million", "estimate"),
            ("AI催化剂设计", 2026, 19.6, "CNY 100 million", "estimate"),
            ("AI高分子与配方", 2023, 12.3, "CNY 100 million", "actual"),
            ("AI高分子与配方", 2024, 15.9, "CNY 100 million", "actual"),
            ("AI高分子与配方", 2025, 20.4, "CNY 100 million", "estimate"),
            ("AI高分子与配方", 2026, 26.1, "CNY 100 million", "estimate"),
            ("AI电池材料筛选", 2023, 9.8, "CNY 100 million", "actual"),
            ("AI电池材料筛选", 2024, 15.2, "CNY 100 million", "actual"),
            ("AI电池材料筛选", 2025, 21.7, "CNY 100 million", "estimate"),
            ("AI电池材料筛选", 2026, 30.5, "CNY 100 million", "estimate"),
            ("自动化实验室", 2023, 6.1, "CNY 100 million", "actual"),
            ("自动化实验室", 2024, 8.3, "CNY 100 million", "actual"),
            ("自动化实验室", 2025, 11.2, "CNY 100 million", "estimate"),
            ("自动化实验室", 2026, 15.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 36.8, "CNY 100 million", "actual"),
            ("合计", 2024, 50.8, "CNY 100 million", "actual"),
            ("合计", 2025, 68.3, "CNY 100 million", "estimate"),
            ("合计", 2026, 91.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.6 + 12.3 + 9.8 + 6.1 = 36.8
            ("hierarchy", "exact"),  # 2024: 11.4 + 15.9 + 15.2 + 8.3 = 50.8
            ("hierarchy", "exact"),  # 2025E: 15.0 + 20.4 + 21.7 + 11.2 = 68.3
            ("hierarchy", "exact"),  # 2026E: 19.6 + 26.1 + 30.5 + 15.0 = 91.2
        ],
    ),
    # 20. Markdown Korean table, years as rows: each value column's header is the item, the Total column the Total;
    # F rows are estimates. Nowhere: the exchange rate KRW 1,364/USD, 64 companies, the source's date.
    dict(
        text=(
            "Korea: spending on AI materials discovery by end market (USD million)\n"
            "| Year | Battery materials | Semiconductor & display materials | Specialty chemicals | Total |\n"
            "|------|------:|------:|------:|------:|\n"
            "| 2023 | 182 | 96 | 71 | 349 |\n"
            "| 2024 | 241 | 118 | 88 | 447 |\n"
            "| 2025F | 318 | 145 | 109 | 572 |\n"
            "| 2026F | 405 | 176 | 133 | 714 |\n"
            "Source: Korea Materials Data Consortium survey of 64 companies, November 2025; won figures converted at "
            "KRW 1,364/USD. F = forecast."
        ),
        obs=[
            ("Battery materials", 2023, 182, "USD million", "actual"),
            ("Battery materials", 2024, 241, "USD million", "actual"),
            ("Battery materials", 2025, 318, "USD million", "estimate"),
            ("Battery materials", 2026, 405, "USD million", "estimate"),
            ("Semiconductor & display materials", 2023, 96, "USD million", "actual"),
            ("Semiconductor & display materials", 2024, 118, "USD million", "actual"),
            ("Semiconductor & display materials", 2025, 145, "USD million", "estimate"),
            ("Semiconductor & display materials", 2026, 176, "USD million", "estimate"),
            ("Specialty chemicals", 2023, 71, "USD million", "actual"),
            ("Specialty chemicals", 2024, 88, "USD million", "actual"),
            ("Specialty chemicals", 2025, 109, "USD million", "estimate"),
            ("Specialty chemicals", 2026, 133, "USD million", "estimate"),
            ("Total", 2023, 349, "USD million", "actual"),
            ("Total", 2024, 447, "USD million", "actual"),
            ("Total", 2025, 572, "USD million", "estimate"),
            ("Total", 2026, 714, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 182 + 96 + 71 = 349
            ("hierarchy", "exact"),  # 2024: 241 + 118 + 88 = 447
            ("hierarchy", "exact"),  # 2025F: 318 + 145 + 109 = 572
            ("hierarchy", "exact"),  # 2026F: 405 + 176 + 133 = 714
        ],
    ),
    # 21. US materials-informatics vendor, Q3 earnings call: the TAM the company sizes is Total. Expected nowhere:
    #     quarterly revenue and its 22% growth, customer count, gross margin, next-quarter guidance.
    dict(
        text=(
            "Q3 2025 Earnings Call - November 6, 2025\n"
            "Dana Whitfield, Chief Executive Officer: Thanks, operator, and good afternoon. Revenue for the quarter "
            "came in at $41.2 million, up 22% year over year, gross margin was 71%, and we closed the quarter with "
            "312 enterprise customers. For Q4 we are guiding to $44 million to $45 million. I want to step back to "
            "the size of the prize. We size the total addressable market for materials informatics software and "
            "services at $3.2 billion in 2024, and we expect it to reach $9.8 billion by 2030 - roughly a 20.5% "
            "compound annual growth rate between 2024 and 2030. North America is about $1.35 billion of that 2024 "
            "figure, or 42%, with Europe and Japan close behind."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
            ("North America", 2024, 1.35, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 3.2) ** (1 / 6) - 1 = 20.51% -> 20.5
            ("arithmetic", "exact"),    # 1.35 / 3.2 = 42.19% -> 42
        ],
    ),
    # 22. Korean institute, research abstract: the 2030 figure printed in billions is converted to the series' unit
    #     (USD million). Expected nowhere: KRW spend, 32,000 formulations screened, the battery-cell market.
    dict(
        text=(
            "Abstract - Machine-learning-guided screening is changing how electrolytes, additives and cathode "
            "coatings are found. Using a bottom-up model of software licences, cloud compute and contract-research "
            "spend, we estimate the global market for AI-driven battery-material discovery at USD 412 million in "
            "2023 and project that it will reach USD 1.87 billion in 2030, a compound annual growth rate of 24.1% "
            "over 2023-2030. Korean firms' spend in this area came to about KRW 96 billion in 2023. As a case study, "
            "our own closed-loop workflow screened 32,000 candidate electrolyte formulations in 11 weeks. The "
            "lithium-ion cell market itself, which runs to well over USD 100 billion a year, lies outside the scope "
            "of these estimates."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2030, 1870, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1870 / 412) ** (1 / 7) - 1 = 24.11% -> 24.1
        ],
    ),
    # 23. LinkedIn post on self-driving labs: a multiple between two years and a CAGR whose span only the amounts'
    #     years give. Expected nowhere: 1,400 experiments, 3 hires.
    dict(
        text=(
            "Self-driving labs are no longer a conference curiosity. Numbers from the market note our team "
            "subscribes to: platforms for SDLs (robotics + orchestration software + AI experiment planners) were a "
            "$1.1B market in 2024 and should hit $2.9B in 2029. ~21% CAGR. That's 2.6x. On one rig we ran 1,400 "
            "experiments last month, no weekends off. We're hiring 3 automation engineers - DM me. "
            "#MaterialsAcceleration #SDL #AI4Science"
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
            ("multiple", 2.6, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.9 / 1.1) ** (1 / 5) - 1 = 21.40% -> 21
        ],
    ),
    # 24. German chemical group, capital-markets-day release: a stated CAGR reached only by rounding, and a share with
    #     part and whole. Expected nowhere: group sales, R&D budget, headcount, the European chemicals industry's
    #     sales, the group's own share target.
    dict(
        text=(
            "Ludwigshafen, 18 March 2025 - At its Capital Markets Day, Rhenania Chemie AG (group sales 2024: "
            "EUR 18.6 billion; R&D budget EUR 1.1 billion; some 41,000 employees) set out its digital strategy. "
            "Management put the addressable market for AI-based process control and optimisation in chemical "
            "plants at EUR 2.4 billion in 2024 and expects it to grow to EUR 4.1 billion by 2030, a compound annual "
            "growth rate of around 10% over 2024-2030. Europe accounts for EUR 0.92 billion of the 2024 figure, or "
            "38%. By comparison, the European chemical industry as a whole turns over about EUR 655 billion. "
            "Rhenania aims to win a 5% share of the AI process-control market by 2030."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2030, 4.1, "EUR billion", "estimate"),
            ("Europe", 2024, 0.92, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 10, "percent", 2024, 2030, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.1 / 2.4) ** (1 / 6) - 1 = 9.34% -> 9, not 10; bounds (4.05 / 2.45) -> 8.74% .. (4.15 / 2.35) -> 9.94%
            # -> 10 reached only at the upper edge
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 0.92 / 2.4 = 38.33% -> 38
        ],
    ),
    # 25. US research house web page with a correction: the revised 2024 figure is the figure; the old one is expected
    #     nowhere. The CAGR was left at its pre-revision value, so it is inconsistent with the printed amounts.
    #     Expected nowhere: report ID, title years, vendor and interview counts.
    dict(
        text=(
            "AI in Chemicals Market Size, Share & Trends Report, 2025-2030 (Report ID: CHM-4471)\n"
            "Last updated 12 June 2025. Correction: an earlier version of this summary put the 2024 market at "
            "$1.62 billion; the figure has been revised to $1.46 billion after double-counted services revenue was "
            "removed. The market is forecast to reach $4.3 billion in 2030, registering a CAGR of 17.6% from 2024 to "
            "2030. Process optimisation held a 46% share in 2024. The study profiles 27 vendors and draws on 140 "
            "interviews."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.3 / 1.46) ** (1 / 6) - 1 = 19.73%; bounds (4.25 / 1.465) -> 19.42% .. (4.35 / 1.455) -> 20.02%;
            # 17.6 out of reach (it matches the superseded base: (4.3 / 1.62) ** (1/6) - 1 = 17.67%)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Japanese chemical group, investor-day slide bullets: fiscal years count as their number; CAGR with no span
    #     printed is inferred. Expected nowhere: own MI-linked sales, share target, candidates screened, patents.
    dict(
        text=(
            "Slide 14 - Materials Informatics: market opportunity (IR Day, 27 May 2025)\n"
            "- Japan MI market (software, data services, contract MI): JPY 38.5 billion in FY2024 -> "
            "JPY 112 billion in FY2030E\n"
            "- CAGR ~19%\n"
            "- Polymers & specialty formulations: JPY 15.2 billion in FY2024, 39% of the market\n"
            "- Our MI-linked sales FY2024: JPY 2.1 billion; target 15% share by FY2030\n"
            "- 6,800 polymer candidates screened per month; 41 MI patents filed in FY2024\n"
            "Source: company estimates based on an external survey"
        ),
        obs=[
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Total", 2030, 112, "JPY billion", "estimate"),
            ("Polymers & specialty formulations", 2024, 15.2, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "inferred"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (112 / 38.5) ** (1 / 6) - 1 = 19.48% -> 19
            ("arithmetic", "exact"),   # 15.2 / 38.5 = 39.48% -> 39
        ],
    ),
    # 27. Korean ministry release: "last year" is 2024, "this year" 2025 (an estimate); "top US$1 billion" is kept at
    #     its printed figure, converted to the series' USD million. Expected nowhere: won amounts, company count.
    dict(
        text=(
            "SEJONG, April 2, 2025 (Ministry of Trade, Industry and Energy) - The ministry said on Wednesday it will "
            "put 120 billion won into AI-based materials and battery R&D platforms through 2028 and support 50 "
            "companies. The domestic market for such platforms was put at 410 billion won. Citing its own survey, "
            "the ministry said the global market for AI in battery-material development was US$780 million last "
            "year, up 31% from US$595 million in 2023, and is expected to top US$1 billion this year. Cell and "
            "cathode makers accounted for 57% of that spending."
        ),
        obs=[
            ("Total", 2023, 595, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2025, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 57, "percent", 2024, 2024, None),  # part not printed: no arithmetic verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 780 / 595 - 1 = 31.09% -> 31
        ],
    ),
    # 28. Forum answer on AI catalyst design: a range gives two value claims; a second publisher's 2023 figure is
    #     expected nowhere. Also nowhere: upvotes, a quarter's deal value, the catalyst market, the 2% penetration.
    dict(
        text=(
            "Q: How big is the market for AI-driven catalyst design, really?\n"
            "A (PhD, chemical engineering - 1.2k upvotes): Depends whose numbers you trust. Catalyx Insights put it "
            "at $640M in 2023 and sees $2,100-2,400M by 2032. Meridian Research had $710M for 2023, but they lump "
            "in generic process-simulation licences, so I'd ignore that one. Deal value in Q1 2024 alone was $95M, "
            "which is noisy. For context, the catalyst market itself is ~$35B, so AI is still under 2% of it."
        ),
        obs=[
            ("Total", 2023, 640, "USD million", "actual"),
        ],
        claims=[
            ("value", 2100, "USD million", 2032, 2032, None),
            ("value", 2400, "USD million", 2032, 2032, None),
        ],
        verdicts=[],
    ),
    # 29. Provincial plan (Simplified): a 力争 target with 突破 is an estimate at its printed figure; 增长2倍 is x2; the
    #     CAGR's span comes only from its amounts' years. Expected nowhere: plan title years, total new-materials
    #     output, counts of firms and pilot platforms.
    dict(
        text=(
            "（2025年2月）近日印发的《浙江省“人工智能+新材料”创新发展行动方案（2025—2027年）》提出，到2027年，"
            "力争全省AI赋能新材料研发服务市场规模突破300亿元，年均增长36%左右。方案显示，2024年全省该市场规模约为"
            "118亿元，较2021年增长2倍；同期全省新材料产业总产值超过1.2万亿元。方案同时提出，培育50家以上“AI+材料”"
            "骨干企业，建设10个以上中试验证平台。"
        ),
        obs=[
            ("Total", 2024, 118, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36, "percent", 2024, 2027, None, "inferred"),
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 118) ** (1 / 3) - 1 = 36.48% -> 36
        ],
    ),
    # 30. Broker note (Simplified): year-on-year rate, stated CAGR, share with part and whole. Expected nowhere:
    #     lithium-carbonate and LiPF6 prices, electrolyte shipments in tonnes, rating, price target and its upside.
    dict(
        text=(
            "【华晟化工｜深度报告】AI for Science重塑电池材料研发（2025年3月10日）\n"
            "核心观点：我们测算，2024年国内AI辅助电池材料研发（含电解液配方筛选、正极材料高通量计算与自动化验证）"
            "市场规模约26.4亿元，同比增长41%（2023年为18.7亿元）；预计2028年达到98亿元，2024-2028年CAGR为39%。"
            "其中电解液筛选2024年约9.8亿元，占比37%。当前碳酸锂价格已跌至7.5万元/吨，六氟磷酸锂约5.6万元/吨，"
            "行业电解液出货量达150万吨。维持“买入”评级，目标价48元，对应上涨空间26%。"
        ),
        obs=[
            ("Total", 2023, 18.7, "CNY 100 million", "actual"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
            ("Total", 2028, 98, "CNY 100 million", "estimate"),
            ("电解液筛选", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("cagr", 39, "percent", 2024, 2028, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26.4 / 18.7 - 1 = 41.18% -> 41
            ("cagr|implied", "exact"),  # (98 / 26.4) ** (1 / 4) - 1 = 38.81% -> 39
            ("arithmetic", "exact"),    # 9.8 / 26.4 = 37.12% -> 37
        ],
    ),
    # 31. Taiwanese research institute release (Traditional): TWD 100 million; a stated CAGR reached only by rounding.
    #     Expected nowhere: the chemical-materials industry's output, the <1% penetration, patent count.
    dict(
        text=(
            "【台北訊】產業科技研究院產業情報中心2025年3月18日發布研究指出，台灣AI材料研發服務市場規模2024年達"
            "新台幣42.6億元，預估2027年將成長至新台幣88億元，2024至2027年年複合成長率達28%。分析師表示，"
            "台灣化學材料產業產值約新台幣1.5兆元，AI滲透率仍不到1%，成長空間可觀；國內企業去年申請相關專利逾320件。"
        ),
        obs=[
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2027, 88, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (88 / 42.6) ** (1 / 3) - 1 = 27.36% -> 27, not 28; bounds (87.5 / 42.65) -> 27.07% ..
            # (88.5 / 42.55) -> 27.65% -> 28 reached only at the upper edge
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong-listed company's annual report, industry overview (Traditional): HKD 100 million; 增長1.5倍 is x1.5;
    #     a stated CAGR. Expected nowhere: the group's revenue and gross margin.
    dict(
        text=(
            "行業概覽（摘錄自本公司2024年年報）\n"
            "根據獨立行業顧問的資料，香港及粵港澳大灣區化學與材料實驗室自動化軟件市場規模由2021年的5.1億港元增至"
            "2024年的12.8億港元，增長1.5倍，並預期於2029年達到34.6億港元，2024年至2029年的複合年增長率為22.0%。"
            "本集團2024年收益為港幣3.27億元，毛利率為58.3%。"
        ),
        obs=[
            ("Total", 2021, 5.1, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2029, 34.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2021, 2024, 3.0),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.6 / 12.8) ** (1 / 5) - 1 = 22.00% -> 22.0
        ],
    ),
    # 33. PTT forum post (Traditional) on Japan's MI market: 億日圓 is JPY 100 million; 去年 = 2024, 今年 = 2025 (estimate).
    #     Expected nowhere: the second research firm's 520, companies' MI revenue, won, a price target and upside.
    dict(
        text=(
            "[心得] 日本MI（材料資訊學）這塊真的在起飛\n"
            "發文時間：2025/05/02\n"
            "整理一下日系研調機構的數字：日本MI相關市場去年約410億日圓，今年預估成長18%，來到約484億日圓，"
            "2030年上看1,000億日圓。另一家調查公司口徑比較寬，去年算出來是520億日圓，參考就好。順帶一提，"
            "那幾家大化工廠的MI專案營收都還不到百億日圓，韓國那邊的市場大概1.1兆韓元。我自己持有的那檔，"
            "券商目標價喊到3,200日圓，上檔空間23%，大家自己判斷。"
        ),
        obs=[
            ("Total", 2024, 410, "JPY 100 million", "actual"),
            ("Total", 2025, 484, "JPY 100 million", "estimate"),
            ("Total", 2030, 1000, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 484 / 410 - 1 = 18.05% -> 18
        ],
    ),
    # 34. Chinese chemical group's annual report (Simplified): the market the company sizes; 增长约3.4倍 is x3.4; a
    #     stated CAGR. Expected nowhere: 约占四成 (fraction in words), own revenue, R&D spend, MDI capacity in tonnes.
    dict(
        text=(
            "第三节 管理层讨论与分析　一、报告期内公司所处行业情况\n"
            "据公司研究院测算，国内化工行业AI过程控制与优化（先进控制+AI、数字孪生、智能排产等）市场空间2023年为"
            "82亿元，2024年增至约109亿元，较2020年的25亿元增长约3.4倍；预计2025年有望超过150亿元，2023—2025年"
            "复合增速约35%。其中，炼化一体化装置约占四成。报告期内，公司实现营业收入1,826.3亿元，研发投入43.1亿元，"
            "MDI产能达到340万吨/年。"
        ),
        obs=[
            ("Total", 2020, 25, "CNY 100 million", "actual"),
            ("Total", 2023, 82, "CNY 100 million", "actual"),
            ("Total", 2024, 109, "CNY 100 million", "actual"),
            ("Total", 2025, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2020, 2024, 4.0),
            ("cagr", 35, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 82) ** (1 / 2) - 1 = 35.25% -> 35
        ],
    ),
    # 35. Industry alliance statistics (Simplified): a decline is a negative rate, reached only by rounding; a share
    #     with part and whole; a second publisher's 2024 figure is expected nowhere; so is the count of firms surveyed.
    dict(
        text=(
            "中国化工软件产业联盟2025年4月发布的《化工行业工业软件发展报告（2025）》显示，2024年我国化工领域AI"
            "催化剂设计与模拟软件市场规模为9.6亿元，较上年的10.1亿元下降4.0%，主要受部分头部企业预算推迟影响；"
            "其中国产软件占比31%，约3.0亿元。另据某咨询机构口径，该市场2024年为11.2亿元。报告预计，2025年市场将"
            "恢复增长，规模达到10.5亿元左右。本次报告共调研企业216家。"
        ),
        obs=[
            ("Total", 2023, 10.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2025, 10.5, "CNY 100 million", "estimate"),
            ("国产软件", 2024, 3.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -4.0, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 9.6 / 10.1 - 1 = -4.95% -> -5.0, not -4.0; bounds (9.55 / 10.15) -> -5.91% .. (9.65 / 10.05) -> -3.98%
            # -> -4.0 reached only at the upper edge
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 3.0 / 9.6 = 31.25% -> 31
        ],
    ),
    # 36. German association table (markdown, years as columns, E columns, total row): hierarchy per year; 2028E adds
    #     to 417 against a printed 418. Expected nowhere: table and report numbers, member-company count.
    dict(
        text=(
            "Table 3. AI-enabled materials discovery spending by application, Germany (EUR million)\n"
            "| Application | 2023 | 2024 | 2025E | 2028E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Polymers and plastics | 58 | 71 | 86 | 142 |\n"
            "| Catalysts | 34 | 42 | 51 | 83 |\n"
            "| Battery materials | 27 | 38 | 52 | 104 |\n"
            "| Coatings & specialty formulations | 41 | 48 | 57 | 88 |\n"
            "| Total | 160 | 199 | 246 | 418 |\n"
            "Note: survey of 184 member companies, published February 2025 (report no. 12/2025). E = association "
            "forecast. Figures are rounded; totals may not add."
        ),
        obs=[
            ("Polymers and plastics", 2023, 58, "EUR million", "actual"),
            ("Polymers and plastics", 2024, 71, "EUR million", "actual"),
            ("Polymers and plastics", 2025, 86, "EUR million", "estimate"),
            ("Polymers and plastics", 2028, 142, "EUR million", "estimate"),
            ("Catalysts", 2023, 34, "EUR million", "actual"),
            ("Catalysts", 2024, 42, "EUR million", "actual"),
            ("Catalysts", 2025, 51, "EUR million", "estimate"),
            ("Catalysts", 2028, 83, "EUR million", "estimate"),
            ("Battery materials", 2023, 27, "EUR million", "actual"),
            ("Battery materials", 2024, 38, "EUR million", "actual"),
            ("Battery materials", 2025, 52, "EUR million", "estimate"),
            ("Battery materials", 2028, 104, "EUR million", "estimate"),
            ("Coatings & specialty formulations", 2023, 41, "EUR million", "actual"),
            ("Coatings & specialty formulations", 2024, 48, "EUR million", "actual"),
            ("Coatings & specialty formulations", 2025, 57, "EUR million", "estimate"),
            ("Coatings & specialty formulations", 2028, 88, "EUR million", "estimate"),
            ("Total", 2023, 160, "EUR million", "actual"),
            ("Total", 2024, 199, "EUR million", "actual"),
            ("Total", 2025, 246, "EUR million", "estimate"),
            ("Total", 2028, 418, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 58 + 34 + 27 + 41 = 160
            ("hierarchy", "exact"),     # 2024: 71 + 42 + 38 + 48 = 199
            ("hierarchy", "exact"),     # 2025E: 86 + 51 + 52 + 57 = 246
            ("hierarchy", "rounding"),  # 2028E: 142 + 83 + 104 + 88 = 417 vs 418; bounds 415 .. 419 (each row +-0.5)
        ],
    ),
    # 37. Japanese research house, tab-separated, years as rows, a lone column headed by its unit (Total) and a YoY
    #     column; 2026F's 16.3% is reached only by rounding. Expected nowhere: the Apr-Jun quarter, vendor count.
    dict(
        text=(
            "AI process-control software for chemical plants, Japan market size\n"
            "Fiscal year\tJPY billion\tYoY change\n"
            "2021\t8.4\t-\n"
            "2022\t9.7\t15.5%\n"
            "2023\t11.6\t19.6%\n"
            "2024\t13.9\t19.8%\n"
            "2025F\t16.3\t17.3%\n"
            "2026F\t18.9\t16.3%\n"
            "Note: fiscal years end in March. F = forecast. Based on a survey of 62 vendors; Tokyo, October 2025. "
            "Apr-Jun 2025 quarter: JPY 3.7 billion (preliminary)."
        ),
        obs=[
            ("Total", 2021, 8.4, "JPY billion", "actual"),
            ("Total", 2022, 9.7, "JPY billion", "actual"),
            ("Total", 2023, 11.6, "JPY billion", "actual"),
            ("Total", 2024, 13.9, "JPY billion", "actual"),
            ("Total", 2025, 16.3, "JPY billion", "estimate"),
            ("Total", 2026, 18.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 15.5, "percent", 2021, 2022, 1.0),
            ("growth", 19.6, "percent", 2022, 2023, 1.0),
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.3, "percent", 2024, 2025, 1.0),
            ("growth", 16.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 9.7 / 8.4 - 1 = 15.48% -> 15.5
            ("cagr|implied", "exact"),     # 11.6 / 9.7 - 1 = 19.59% -> 19.6
            ("cagr|implied", "exact"),     # 13.9 / 11.6 - 1 = 19.83% -> 19.8
            ("cagr|implied", "exact"),     # 16.3 / 13.9 - 1 = 17.27% -> 17.3
            # 18.9 / 16.3 - 1 = 15.95% -> 16.0, not 16.3; bounds (18.85 / 16.35) -> 15.29% .. (18.95 / 16.25) -> 16.62%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 38. Chinese research institute table (Simplified, space-aligned, 亿元): segments, 合计 row, 2025E column and a
    #     2024 share column; the 100.0% total is no claim. Expected nowhere: report number.
    dict(
        text=(
            "表2  中国AI+化工新材料研发平台市场结构（单位：亿元）\n"
            "细分领域              2023     2024     2025E    2024年占比\n"
            "高分子材料            21.4     28.9     38.6       36.9%\n"
            "催化剂                12.7     16.2     21.0       20.7%\n"
            "电池材料              18.3     24.6     33.8       31.4%\n"
            "精细化学品配方         6.9      8.6     11.2       11.0%\n"
            "合计                  59.3     78.3    104.6      100.0%\n"
            "注：2025E为预测值；数据四舍五入。资料来源：某研究院，2025年1月，报告编号CR-2025-017。"
        ),
        obs=[
            ("高分子材料", 2023, 21.4, "CNY 100 million", "actual"),
            ("高分子材料", 2024, 28.9, "CNY 100 million", "actual"),
            ("高分子材料", 2025, 38.6, "CNY 100 million", "estimate"),
            ("催化剂", 2023, 12.7, "CNY 100 million", "actual"),
            ("催化剂", 2024, 16.2, "CNY 100 million", "actual"),
            ("催化剂", 2025, 21.0, "CNY 100 million", "estimate"),
            ("电池材料", 2023, 18.3, "CNY 100 million", "actual"),
            ("电池材料", 2024, 24.6, "CNY 100 million", "actual"),
            ("电池材料", 2025, 33.8, "CNY 100 million", "estimate"),
            ("精细化学品配方", 2023, 6.9, "CNY 100 million", "actual"),
            ("精细化学品配方", 2024, 8.6, "CNY 100 million", "actual"),
            ("精细化学品配方", 2025, 11.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 59.3, "CNY 100 million", "actual"),
            ("合计", 2024, 78.3, "CNY 100 million", "actual"),
            ("合计", 2025, 104.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.9, "percent", 2024, 2024, None),
            ("share", 20.7, "percent", 2024, 2024, None),
            ("share", 31.4, "percent", 2024, 2024, None),
            ("share", 11.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 28.9 / 78.3 = 36.91% -> 36.9
            ("arithmetic", "exact"),  # 16.2 / 78.3 = 20.69% -> 20.7
            ("arithmetic", "exact"),  # 24.6 / 78.3 = 31.42% -> 31.4
            ("arithmetic", "exact"),  # 8.6 / 78.3 = 10.98% -> 11.0
            ("hierarchy", "exact"),   # 2023: 21.4 + 12.7 + 18.3 + 6.9 = 59.3
            ("hierarchy", "exact"),   # 2024: 28.9 + 16.2 + 24.6 + 8.6 = 78.3
            ("hierarchy", "exact"),   # 2025E: 38.6 + 21.0 + 33.8 + 11.2 = 104.6
        ],
    ),
    # 39. Korean broker exhibit (markdown, countries as rows, F column, CAGR column, World total row): South Korea's
    #     CAGR carries a transposition typo (21.4 for 24.1) and is inconsistent. Expected nowhere: exhibit number,
    #     report date, the won price target and its upside.
    dict(
        text=(
            "Exhibit 7: AI materials-informatics platforms - market by country (USD million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|:--|--:|--:|--:|\n"
            "| United States | 612 | 1,890 | 20.7% |\n"
            "| Germany | 148 | 402 | 18.1% |\n"
            "| Japan | 196 | 575 | 19.6% |\n"
            "| South Korea | 87 | 318 | 21.4% |\n"
            "| China | 254 | 1,020 | 26.1% |\n"
            "| Rest of world | 203 | 545 | 17.9% |\n"
            "| World | 1,500 | 4,750 | 21.2% |\n"
            "Note: F = forecast. Source: Hanbit Securities Research, report dated 14 January 2025. "
            "Target price KRW 85,000 (31% upside)."
        ),
        obs=[
            ("United States", 2024, 612, "USD million", "actual"),
            ("United States", 2030, 1890, "USD million", "estimate"),
            ("Germany", 2024, 148, "USD million", "actual"),
            ("Germany", 2030, 402, "USD million", "estimate"),
            ("Japan", 2024, 196, "USD million", "actual"),
            ("Japan", 2030, 575, "USD million", "estimate"),
            ("South Korea", 2024, 87, "USD million", "actual"),
            ("South Korea", 2030, 318, "USD million", "estimate"),
            ("China", 2024, 254, "USD million", "actual"),
            ("China", 2030, 1020, "USD million", "estimate"),
            ("Rest of world", 2024, 203, "USD million", "actual"),
            ("Rest of world", 2030, 545, "USD million", "estimate"),
            ("World", 2024, 1500, "USD million", "actual"),
            ("World", 2030, 4750, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1890 / 612) ** (1 / 6) - 1 = 20.68% -> 20.7
            ("cagr|implied", "exact"),  # (402 / 148) ** (1 / 6) - 1 = 18.12% -> 18.1
            ("cagr|implied", "exact"),  # (575 / 196) ** (1 / 6) - 1 = 19.65% -> 19.6
            # (318 / 87) ** (1 / 6) - 1 = 24.11%; bounds (317.5 / 87.5) -> 23.96% .. (318.5 / 86.5) -> 24.27%;
            # 21.4 out of reach (digits transposed)
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (1020 / 254) ** (1 / 6) - 1 = 26.07% -> 26.1
            ("cagr|implied", "exact"),  # (545 / 203) ** (1 / 6) - 1 = 17.89% -> 17.9
            ("cagr|implied", "exact"),  # (4750 / 1500) ** (1 / 6) - 1 = 21.18% -> 21.2
            ("hierarchy", "exact"),     # 2024: 612 + 148 + 196 + 87 + 254 + 203 = 1500
            ("hierarchy", "exact"),     # 2030F: 1890 + 402 + 575 + 318 + 1020 + 545 = 4750
        ],
    ),
    # 40. Taiwanese institute table (Traditional, years as rows, two value columns named by segment, TWD million, E/F
    #     rows): each column's header is the item; 成長約3.8倍 is x3.8. Expected nowhere: a quarter's figure, the count
    #     of firms interviewed, the table number.
    dict(
        text=(
            "表4　台灣AI化工應用市場規模（單位：新台幣百萬元）\n"
            "| 年度 | AI電池材料篩選 | AI化工製程優化 |\n"
            "|---|---|---|\n"
            "| 2022 | 310 | 1,240 |\n"
            "| 2023 | 455 | 1,480 |\n"
            "| 2024 | 640 | 1,760 |\n"
            "| 2025(E) | 880 | 2,090 |\n"
            "| 2026(F) | 1,170 | 2,450 |\n"
            "註：E為預估值，F為預測值；AI電池材料篩選2022至2026年將成長約3.8倍。2025年第一季AI化工製程優化市場為"
            "新台幣468百萬元。資料來源：產業科技研究院（2025年6月），受訪廠商128家。"
        ),
        obs=[
            ("AI電池材料篩選", 2022, 310, "TWD million", "actual"),
            ("AI電池材料篩選", 2023, 455, "TWD million", "actual"),
            ("AI電池材料篩選", 2024, 640, "TWD million", "actual"),
            ("AI電池材料篩選", 2025, 880, "TWD million", "estimate"),
            ("AI電池材料篩選", 2026, 1170, "TWD million", "estimate"),
            ("AI化工製程優化", 2022, 1240, "TWD million", "actual"),
            ("AI化工製程優化", 2023, 1480, "TWD million", "actual"),
            ("AI化工製程優化", 2024, 1760, "TWD million", "actual"),
            ("AI化工製程優化", 2025, 2090, "TWD million", "estimate"),
            ("AI化工製程優化", 2026, 2450, "TWD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.8, "multiple", 2022, 2026, 4.0),
        ],
        verdicts=[],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 10, 'exact': 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'spent €1.24 billion on materials-informatics platforms last year',
    'a compound annual growth rate of 22.8% over 2024-2030',
    'we forecast US$2.3 billion by 2029, a 30% CAGR',
    'Roughly a third of that spend',
    "puts last year's total at $3.3 billion",
    'We size the addressable market at €3.4 billion this year',
    'expanding roughly 2.6x, to €8.9 billion, by 2030',
    'revised its fiscal 2023 figure up to ¥28.1 billion from the ¥27.6 billion',
    'more than fivefold the $0.35 billion spent in 2019',
    'between $4.8 billion and $5.5 billion by 2030',
    'rose 14% in 2024 to $510 million, from $420 million in 2023',
    '2.5 times the £124 million of 2021',
    '较2023年的36.9亿元同比增长31.6%',
    '力争规模突破200亿元，较2023年增长3倍',
    '2024年達新台幣58億元，較2023年的新台幣47億元年增23.4%',
    '去年市場規模約12.6億港元，按年增長18%（前年為10.7億港元）',
    '另一家研調機構宏岳顧問則估算，2024年市場規模為9.1億美元',
    '较2021年增长近2倍，今年有望突破110亿元',
    '2022年规模仅约6800万元',
    '| Year | Battery materials | Semiconductor & display materials',
    'Year\tUS$ million\tYoY (%)',
    '合计                36.8',
    'We size the total addressable market for materials informatics',
    'roughly a 20.5% compound annual growth rate between 2024 and 2030',
    'project that it will reach USD 1.87 billion in 2030',
    'about KRW 96 billion in 2023',
    "~21% CAGR. That's 2.6x.",
    'a compound annual growth rate of around 10% over 2024-2030',
    'the figure has been revised to $1.46 billion',
    'JPY 38.5 billion in FY2024 -> JPY 112 billion in FY2030E',
    'US$780 million last year, up 31% from US$595 million in 2023',
    'expected to top US$1 billion this year',
    'sees $2,100-2,400M by 2032',
    'Meridian Research had $710M for 2023',
    '力争全省AI赋能新材料研发服务市场规模突破300亿元',
    '较2021年增长2倍',
    '同比增长41%（2023年为18.7亿元）',
    '目标价48元，对应上涨空间26%',
    '預估2027年將成長至新台幣88億元',
    '增長1.5倍',
    '日本MI相關市場去年約410億日圓，今年預估成長18%',
    '炼化一体化装置约占四成',
    '较上年的10.1亿元下降4.0%',
    '2026F\t18.9\t16.3%',
    '| South Korea | 87 | 318 | 21.4% |',
    '合计                  59.3     78.3    104.6      100.0%',
    '| 2025(E) | 880 | 2,090 |',
)
LAYOUT = (40, 15, 14, 11)
#: the set's blind score (written without reading or running the extractor, and kept unread): 253
#: figures, 56 rates, 89 verdicts and 1 false inconsistent
#: after the readings chosen on the hundred-and-seventy-second and -fourth sets
#: (it kept unread): 253, 56, 89 and 1
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (57)
FLOORS = {"figures_found": 255, "rates_found": 57, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset173.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
