"""A hundred-and-sixty-fourth check set for the extractor, written blind: AI in mining, oil and gas: AI for seismic
interpretation and reservoir modelling, predictive maintenance of drilling rigs, pumps and haul trucks, autonomous
haulage and drilling, AI ore sorting and grade control, AI for pipeline leak detection and refinery optimisation,
sized in money by energy-technology analysts, mining and petroleum associations, oilfield-services companies' investor
decks, consultancies, brokers, resources ministries and provincial mining plans, Australian, Canadian, Chilean, Gulf,
Norwegian and Chinese research houses. Distractors a careful reader leaves out: barrels per day and tonnes of ore, oil
prices, rig counts, a miner's or oil major's own revenue or capex, reserves, the number of autonomous trucks, a
quarter's figures, the whole mining or oilfield-services market beside the AI part.

Snippets 1-20: AI in mining, oil and gas: eight English prose pieces (a GlobeNewswire research-listing release on
global AI in oil and gas with a stated CAGR that only rounding reaches, a Perth broker note on autonomous haulage and
drilling with an inferred CAGR, "more than fivefold", a Pilbara truck count and a price target, a trade news article
on AI seismic interpretation quoting two publishers, an oilfield-services investor day sizing a predictive-maintenance
TAM with a regional share in rough figures and a 1.7x multiple, a Toronto yearbook on AI ore sorting with a revised
prior-year figure and a C$ aside, a Riyadh research house on GCC pipeline-leak and refinery AI with a range and a
riyal aside, an Oslo research house in euros with an inconsistent year-on-year rate, a NOK aside and a quarter's
figure, a Santiago research house on Chilean copper AI with "this year"/"last year" and pesos); seven Chinese prose
pieces (a Shanxi three-year action plan with 力争 targets and a document number, a broker note on mine autonomous
driving with 增长3倍, a price target and a quarter's figure, and in Traditional Chinese a Taipei CNA wire in 新台幣億元 with a
part and its share, a Hong Kong paper on a results briefing sizing a TAM in 億港元 beside the company's own revenue,
margin and share target, a Taiwan business paper quoting two research houses; then a Xinhua item on pipeline leak
monitoring with a part's share and a year-end review whose rate the amounts contradict); and five tables (a markdown
pipe broker exhibit with E columns and a total row off by one in a year, a space-aligned Japanese fiscal-year table in
yen, a tab-separated Australian table with years as rows and a YoY column, a tab-separated Simplified Chinese table
with 合计 and a unit line, and a space-aligned Traditional Chinese years-as-rows table with a lone 億美元 column and a YoY
column). Distractors: datelines, report titles and table numbers, document numbers, oil and copper prices, barrels per
day, tonnes of ore, coal and crude output, pipeline mileage, rig and truck counts, survey counts, companies' own
revenue, capex, margin, share target and price target, a quarter's figure, amounts in Canadian dollars, riyals, kroner
and pesos, a second publisher's figure, a superseded figure, shares in words.

Snippets 21-40: AI in mining, oil and gas (predictive maintenance of drilling rigs, frac pumps, haul trucks and
offshore installations, AI seismic interpretation and reservoir modelling, autonomous haulage and drilling, AI ore
sorting and grade control, pipeline leak detection, refinery optimisation). Eight English prose pieces (an
oilfield-services earnings call sizing its TAM with a 2030 range, a geoscience research abstract, a LinkedIn post from
Perth, investor-day slide bullets with an adjacent market, a Dubai wire story with riyal figures, a Vancouver web
article with a corrected figure, a pipeline-engineering forum answer mixing USD million and billion with a
contradicted rate, a Chilean copper miner's integrated report), seven Chinese prose pieces (a provincial smart-mine
plan, a broker's oil-and-gas AI note, a Xueqiu post on driverless mine trucks and a refining association report in
Simplified; a Taipei news story, a Hong Kong IPO report citing a prospectus and a Taiwan research-institute note in
Traditional) and five tables (a markdown table with an E column and a Total row, a tab-separated Australian table with
fiscal years, an F column and a CAGR column holding a digit typo, a space-aligned EUR table with years as rows and a
YoY column, a Simplified Chinese table with a 同比 column, a Traditional Chinese share table with its total row printed
first). Distractors: barrels per day, refining capacity and tonnes of copper, coal and ore; oil, iron-ore and copper
prices; rig counts; a company's own quarterly and yearly revenue, ARR, margins, capex, reserves, IPO size and share
price range; autonomous trucks counted; a quarter's figure; the whole oilfield-services or mining-services market
beside the AI part; riyal and krone amounts; a second publisher's figure; a superseded figure; shares in words;
penetration and adoption rates; report, slide, chapter and table numbers, plan title years.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. GlobeNewswire research-listing release; yoy exact, stated CAGR only reached by rounding; an upstream share
    # with no part amount (claim, no verdict). Nowhere: report title years, Brent $74, 102 million b/d, 38 profiles.
    dict(
        text=(
            "DUBLIN, Feb. 6, 2025 (GLOBE NEWSWIRE) -- The \u201cArtificial Intelligence in Oil and Gas - Global "
            "Market Report 2025-2030\u201d has been added to MarketVista Reports' catalogue. The global market "
            "for artificial intelligence in oil and gas was valued at $3.12 billion in 2024, 21% above the $2.58 "
            "billion recorded in 2023, and is projected to reach $8.9 billion by 2030, growing at a CAGR of 19.2% "
            "from 2024 to 2030. Upstream applications - chiefly seismic interpretation, reservoir characterisation "
            "and drilling optimisation - generated 46% of 2024 revenue. With Brent hovering around $74 a barrel and "
            "world demand above 102 million barrels per day, operators are leaning on machine learning to squeeze "
            "more out of existing assets, the report notes. It profiles 38 vendors, from cloud majors to "
            "specialist start-ups."
        ),
        obs=[
            ("Total", 2023, 2.58, "USD billion", "actual"),
            ("Total", 2024, 3.12, "USD billion", "actual"),
            ("Total", 2030, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 3.12 / 2.58 - 1 = 20.93% -> 21
            ("cagr|implied", "rounding"),  # (8.9 / 3.12) ** (1/6) - 1 = 19.09% -> 19.1, not 19.2;
                                           # bounds (8.85/3.125)**(1/6)-1 = 18.95% .. (8.95/3.115)**(1/6)-1 = 19.23%: 19.2 reached
        ],
    ),
    # 2. Perth broker note on autonomous haulage and drilling systems; CAGR whose span only the amounts' years give;
    # "more than fivefold" since 2019 as x5. Nowhere: 1,100 trucks, iron ore US$101/t, BHP capex, price target and upside, 1H25.
    dict(
        text=(
            "Bellbird Securities | Australian Mining Technology | 14 August 2025\n"
            "Autonomy is no longer a pilot. We size the global market for autonomous haulage and autonomous drilling "
            "systems (software, retrofit kits and the perception and fleet-control AI that runs them) at US$1.46bn in "
            "2024, a market that has grown more than fivefold since 2019, and we see it reaching US$3.9bn by 2029, "
            "implying growth of ~22% a year. More than 1,100 autonomous haul trucks now run in the Pilbara alone, "
            "and with iron ore at US$101/t miners are still prioritising productivity over expansion: BHP's FY26 "
            "capex guidance of US$11bn is essentially flat. Rocklane Systems' 1H25 revenue rose 19%; we maintain "
            "Outperform with a price target of A$14.20 (18% upside)."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2029, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),          # "more than fivefold" as x5, no verdict
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.9 / 1.46) ** (1/5) - 1 = 21.71% -> 22
        ],
    ),
    # 3. Trade news article on AI seismic interpretation and reservoir modelling quoting two publishers: Northgate
    # (base, target, rate) is the figure; Kestrel's $2.3 billion for 2024 is expected nowhere. A region with amount
    # and share. Nowhere: 38 seismic vessels, $40 million survey cost, 11 petabytes.
    dict(
        text=(
            "Offshore Technology Review, 2 June 2025 - Interpreters who once spent months picking faults by hand now "
            "let neural networks do the first pass. Northgate Energy Analytics puts the market for AI in seismic "
            "interpretation and reservoir modelling at $1.84 billion in 2024 and expects it to climb to $4.6 billion "
            "in 2030, a compound annual growth rate of 16.5% over 2024-2030. North America accounted for $0.71 "
            "billion of last year's spending, or 39%. Kestrel Insight, which also counts the cloud compute that "
            "operators rent for the job, sizes the same market at $2.3 billion for 2024. Either way, the money is "
            "small beside acquisition itself: a single large 3D survey can cost $40 million, and some 38 seismic "
            "vessels are active worldwide, one of them generating up to 11 petabytes of data a campaign."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
            ("North America", 2024, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 1.84) ** (1/6) - 1 = 16.50% -> 16.5
            ("arithmetic", "exact"),    # 0.71 / 1.84 = 38.59% -> 39
        ],
    ),
    # 4. Oilfield-services investor day: TAM ("this year" = 2025, estimate) is the Total; "roughly 1.7x" to 2028;
    # Middle East "about $2 billion, or 28%" only reached by rounding. Nowhere: own digital revenue, its doubling target,
    # 15% share target, 30% margin, 585 rigs, third-quarter orders.
    dict(
        text=(
            "HOUSTON, September 17, 2025 - Vantor Oilfield Services used its first investor day in four years to "
            "pitch itself as an AI company. Chief technology officer Maria Esteves told investors that the total "
            "addressable market for AI-driven predictive maintenance of drilling rigs, frac pumps and compressors is "
            "$7 billion this year and should reach roughly $12 billion in 2028 - about 1.7x today's level. The Middle "
            "East is the largest slice, at about $2 billion, or 28%. Vantor's own digital revenue was $1.9 billion "
            "in 2024; management aims to double it by 2028, win 15% of the addressable market and lift the segment's "
            "margin to 30%. Third-quarter digital orders came in at $610 million, even as the U.S. land rig count "
            "slipped to 585."
        ),
        obs=[
            ("Total", 2025, 7, "USD billion", "estimate"),
            ("Total", 2028, 12, "USD billion", "estimate"),
            ("Middle East", 2025, 2, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 1.7, "multiple", 2025, 2028, 3.0),
            ("share", 28, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "rounding"),  # 2 / 7 = 28.57% -> 29, not 28;
                                         # bounds 1.5/7.5 = 20.0% .. 2.5/6.5 = 38.46%: 28 reached
        ],
    ),
    # 5. Toronto research house yearbook on AI ore sorting and grade control: a revised 2023 figure (US$498m) is the
    # figure, the US$474m it corrects is nowhere; a part with amount and share. Nowhere: C$140m (CAD not held),
    # 1.9 billion tonnes of ore, 76 operations, the 2025 edition number.
    dict(
        text=(
            "TORONTO, March 4, 2025 - Global spending on AI-based ore sorting and grade control reached US$612 "
            "million in 2024, up 23% from a revised US$498 million in 2023, according to the 2025 edition of the "
            "Sensor Sorting & Mine Intelligence Yearbook published by Laurentian Minerals Research. Last year's "
            "edition had put 2023 at US$474 million; the upward revision reflects late-reported installations in "
            "Chile and Peru. X-ray transmission sorters accounted for US$251 million, or 41% of the total. Canadian "
            "mines spent C$140 million, the yearbook says, across 76 operations that together processed about 1.9 "
            "billion tonnes of ore."
        ),
        obs=[
            ("Total", 2023, 498, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("X-ray transmission sorters", 2024, 251, "USD million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 498 - 1 = 22.89% -> 23
            ("arithmetic", "exact"),    # 251 / 612 = 41.01% -> 41
        ],
    ),
    # 6. Riyadh research house on GCC pipeline-leak, corrosion and refinery AI; a country's part (own series, own unit)
    # with its share; a 2030 range gives two value claims. Nowhere: OMR 48 million (riyals not held), $82 oil,
    # 12 million b/d capacity, 31 refineries.
    dict(
        text=(
            "RIYADH, 11 February 2025 - Oil and gas operators in the six GCC states spent US$1.24 billion in 2024 "
            "on artificial intelligence for pipeline leak detection, corrosion prediction and refinery "
            "optimisation, Najd Energy Insights said in its annual review. Saudi Arabia alone accounted for US$583 "
            "million, or 47% of the regional total, while Oman's spending came to about 48 million riyals. The "
            "house expects regional spending to reach between US$2.9 billion and US$3.4 billion by 2030, depending "
            "on how quickly national oil companies move from pilots across their 31 refineries to fleet-wide "
            "deployment. The forecast assumes oil at US$82 a barrel and Saudi crude capacity held at 12 million "
            "barrels per day."
        ),
        obs=[
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Saudi Arabia", 2024, 583, "USD million", "actual"),
        ],
        claims=[
            ("share", 47, "percent", 2024, 2024, None),
            ("value", 2.9, "USD billion", 2030, 2030, None),
            ("value", 3.4, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 583 / 1240 = 47.02% -> 47
        ],
    ),
    # 7. Oslo research house in euros: the year-on-year rate is INCONSISTENT (742/604 gives 22.8%, printed 31% -
    # a typo as real reports carry); EUR 1.3 billion for 2027 converted to the series' EUR million; inferred CAGR.
    # Nowhere: NOK 3.9 billion (kroner not held), first-quarter EUR 215 million, 4.3 million boe/d, 52 fields.
    dict(
        text=(
            "OSLO, 19 May 2025 - European offshore operators spent EUR 742 million on artificial intelligence in "
            "2024 - digital twins, drilling automation and predictive maintenance of subsea pumps and compressors - "
            "up 31% from EUR 604 million in 2023, Fjordvik Analyse writes in its Offshore Digital Monitor. Operators "
            "on the Norwegian shelf accounted for NOK 3.9 billion of that, spread over 52 producing fields that "
            "together pump about 4.3 million barrels of oil equivalent a day. In the first quarter of 2025 alone "
            "spending reached EUR 215 million. Fjordvik sees the European market at EUR 1.3 billion by 2027, a "
            "compound 20.6% a year."
        ),
        obs=[
            ("Total", 2023, 604, "EUR million", "actual"),
            ("Total", 2024, 742, "EUR million", "actual"),
            ("Total", 2027, 1300, "EUR million", "estimate"),   # "EUR 1.3 billion" in the series' unit
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 20.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 742 / 604 - 1 = 22.85% -> 23, not 31;
                                               # bounds 741.5/604.5-1 = 22.66% .. 742.5/603.5-1 = 23.03%: 31 not reached
            ("cagr|period", "exact"),          # (1300 / 742) ** (1/3) - 1 = 20.55% -> 20.6
        ],
    ),
    # 8. Santiago research house on Chilean copper miners' AI spending: "last year" 2024 actual, "this year" 2025
    # estimate, a stated CAGR reached only by rounding, "roughly 2.5 times last year's level" x2.5 over 2024-2030.
    # Nowhere: 250 billion pesos (not held), 5.3 million tonnes, US$4.30/lb, Codelco's US$5 billion capex.
    dict(
        text=(
            "SANTIAGO, April 8, 2025 - Chile's copper miners are set to spend US$262 million this year on AI for "
            "grade control, autonomous drilling and predictive maintenance of haul trucks and mills, 22% more than "
            "the US$214 million they spent last year, according to a study by Centro Andino de Estudios Mineros. "
            "By 2030 the figure should reach US$530 million, a compound annual growth rate of 15.2% between 2025 "
            "and 2030 and roughly 2.5 times last year's level. This year's outlay is equivalent to some 250 billion "
            "pesos - small change beside Codelco's planned capital spending of about US$5 billion, or the value of "
            "the 5.3 million tonnes of copper the country mined last year at around US$4.30 a pound."
        ),
        obs=[
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2025, 262, "USD million", "estimate"),
            ("Total", 2030, 530, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 15.2, "percent", 2025, 2030, None, "stated"),
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 262 / 214 - 1 = 22.43% -> 22
            ("cagr|implied", "rounding"),  # (530 / 262) ** (1/5) - 1 = 15.13% -> 15.1, not 15.2;
                                           # bounds (529.5/262.5)**(1/5)-1 = 15.07% .. (530.5/261.5)**(1/5)-1 = 15.197%: 15.2 reached
        ],
    ),
    # 9. Shanxi provincial plan (Simplified): 2024 base actual, 力争 2027 targets (estimate, 突破 at printed figure),
    # a part's target, CAGR inferred from the amounts' years. Nowhere: plan title years 2025-2027, document number,
    # 1,500 working faces, 13亿吨 coal output.
    dict(
        text=(
            "山西省人民政府办公厅近日印发《山西省智能矿山建设三年行动方案（2025—2027年）》（晋政办发〔2025〕18号）。"
            "方案披露，2024年全省矿山人工智能应用（含智能采掘、AI视频安全监测、主运输系统预测性维护等）市场规模达到85亿元。"
            "方案提出，力争到2027年全省矿山AI应用市场规模突破200亿元，年均增长约33%；"
            "其中智能选煤与AI分选规模达到45亿元。到2027年，全省建成智能化采掘工作面1500处以上，"
            "煤炭产量稳定在13亿吨左右。"
        ),
        obs=[
            ("Total", 2024, 85, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
            ("智能选煤与AI分选", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (200 / 85) ** (1/3) - 1 = 33.01% -> 33
        ],
    ),
    # 10. Broker note (Simplified) on mine autonomous driving: 较2021年增长3倍 is x3 over 3 years; a stated CAGR.
    # Nowhere: the first quarter's 13亿元, the company's own revenue 9.7亿元, 400余座 mines, 目标价 and 上涨空间.
    dict(
        text=(
            "【华岳证券·矿山无人驾驶深度报告】2025年6月18日\n"
            "我们测算，2024年国内矿山无人驾驶（含矿卡线控改装、车路协同与AI调度系统）市场规模约48亿元，较2021年增长3倍；"
            "2025年一季度行业订单规模约13亿元，延续高景气。预计2026年市场规模将达到135亿元，2024—2026年年复合增速约68%。"
            "目前全国露天煤矿400余座，渗透率仍处低位。公司2024年营收9.7亿元，首次覆盖给予“买入”评级，"
            "目标价36.5元，较现价有28%上涨空间。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2026, 135, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),   # 增长3倍 keeps its printed 3
            ("cagr", 68, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (135 / 48) ** (1/2) - 1 = 67.71% -> 68
        ],
    ),
    # 11. Taipei CNA wire (Traditional) in 新台幣億元: yoy with both amounts, a part with its share, 今年 (2025)
    # estimate at its printed 突破 figure. Nowhere: dateline, 100萬桶 refining capacity, 120 firms surveyed, 6 sites.
    dict(
        text=(
            "（中央社記者林佳蓉台北2025年4月9日電）宏泰產業研究所今天發布報告指出，國內石化與煉油業導入AI製程優化、"
            "設備預知保養等解決方案的市場規模，2024年達新台幣38.6億元，較2023年的32.9億元成長17.3%；"
            "其中設備預知保養規模13.9億元，占比約36%。宏泰預估，今年市場規模可望突破45億元。"
            "報告調查120家業者，並指出台灣煉油產能約每日100萬桶，6大廠區多已完成感測器布建。"
        ),
        obs=[
            ("Total", 2023, 32.9, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2025, 45, "TWD 100 million", "estimate"),
            ("設備預知保養", 2024, 13.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 32.9 - 1 = 17.33% -> 17.3
            ("arithmetic", "exact"),    # 13.9 / 38.6 = 36.01% -> 36
        ],
    ),
    # 12. Hong Kong paper (Traditional) on an oilfield-services firm's interim results briefing: the TAM management
    # sizes is the market (Total) in 億港元; 去年 2024 actual, 今年 2025 and 明年 2026 estimates.
    # Nowhere: stock code, first-half revenue 18.6億港元 and its 12%, 34.5% margin, 5% share target, US$70 oil, 40萬口 wells.
    dict(
        text=(
            "【本報訊】2025年8月22日——港股上市油服商華昇能源科技（股份代號：1893）昨日舉行中期業績會。"
            "管理層估計，內地油氣田AI預測性維護及智能巡檢的可觸達市場規模今年約620億港元，按年增長約17%，"
            "去年約為532億港元；明年有望增至730億港元。集團上半年收入18.6億港元，按年增加12%，毛利率34.5%，"
            "並訂下三年內市佔率達5%的目標。管理層又指，國際油價徘徊於每桶70美元，內地在產油氣井約40萬口，"
            "老舊設備改造需求殷切。"
        ),
        obs=[
            ("Total", 2024, 532, "HKD 100 million", "actual"),
            ("Total", 2025, 620, "HKD 100 million", "estimate"),
            ("Total", 2026, 730, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 620 / 532 - 1 = 16.54% -> 17
        ],
    ),
    # 13. Taiwan business paper (Traditional) quoting two research houses: 聯亞 (base, target, rate) is the figure;
    # 寰宇's 31億美元 for 2024 is nowhere. Nowhere: 約三成 (share in words), US$100/t iron ore, the paper's date.
    dict(
        text=(
            "經濟日報 2025/07/15 記者陳柏宇／台北報導\n"
            "礦場無人化加速。聯亞產業研究中心最新報告估計，全球礦業自動化運輸與AI鑽孔系統市場2024年規模為28.4億美元，"
            "預估2029年將達71億美元，2024至2029年年複合成長率20.1%；澳洲占全球市場約三成。"
            "不過，另一家研調機構寰宇科技研究則估算2024年市場規模約31億美元，差異主要來自是否計入礦卡車體。"
            "在鐵礦砂價格每噸約100美元的環境下，礦商更重視以AI提升單位產能。"
        ),
        obs=[
            ("Total", 2024, 28.4, "USD 100 million", "actual"),
            ("Total", 2029, 71, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 28.4) ** (1/5) - 1 = 20.11% -> 20.1
        ],
    ),
    # 14. Xinhua item (Simplified) on pipeline inspection and leak monitoring: yoy with both amounts, a part with
    # amount and share. Nowhere: dateline, 19.5万公里 pipeline mileage.
    dict(
        text=(
            "新华社北京2025年3月12日电（记者周明远）记者从中国油气管道智能化产业联盟获悉，2024年我国油气管道智能巡检与泄漏监测"
            "市场规模达到63.5亿元，较2023年的51.1亿元增长24.3%。其中，泄漏预警系统规模为21.8亿元，占比34.3%，"
            "主要采用AI视频识别与分布式光纤传感技术。截至2024年底，全国油气长输管道总里程约19.5万公里。"
        ),
        obs=[
            ("Total", 2023, 51.1, "CNY 100 million", "actual"),
            ("Total", 2024, 63.5, "CNY 100 million", "actual"),
            ("泄漏预警系统", 2024, 21.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("share", 34.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63.5 / 51.1 - 1 = 24.27% -> 24.3
            ("arithmetic", "exact"),    # 21.8 / 63.5 = 34.33% -> 34.3
        ],
    ),
    # 15. Year-end review (Simplified, January 2025): the rate is INCONSISTENT (142/118 gives 20.3%, printed 25.6% -
    # as a rebased prior-year figure would leave it); 上年 = 2023; 今年 = 2025 estimate at its 突破 figure.
    # Nowhere: 约占...四成 (share in words), 2.13亿吨 crude, 2464亿立方米 gas.
    dict(
        text=(
            "【2024年度回顾】（2025年1月6日）回顾2024年，我国油气行业人工智能应用市场规模约为142亿元，较上年的118亿元增长25.6%，"
            "约占油气行业数字化投入的四成，油藏数值模拟、智能钻井与炼化装置优化是主要增量。"
            "全年原油产量2.13亿吨，天然气产量2464亿立方米。业内预计，今年该市场规模有望突破170亿元。"
        ),
        obs=[
            ("Total", 2023, 118, "CNY 100 million", "actual"),
            ("Total", 2024, 142, "CNY 100 million", "actual"),
            ("Total", 2025, 170, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 142 / 118 - 1 = 20.34% -> 20.3, not 25.6;
                                               # bounds 141.5/118.5-1 = 19.41% .. 142.5/117.5-1 = 21.28%: 25.6 not reached
        ],
    ),
    # 16. Markdown pipe broker exhibit, years as columns, E columns, a Total row; 2025E total prints 2,032 where the
    # rows add to 2,031 (rounding). Nowhere: exhibit number, Brent assumption, note date.
    dict(
        text=(
            "Harbourline Capital - Oilfield Services sector note, 9 October 2025\n"
            "Exhibit 7: AI spending in upstream oil & gas by application (US$ m)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Seismic interpretation | 412 | 498 | 603 | 728 |\n"
            "| Reservoir modelling | 356 | 431 | 522 | 634 |\n"
            "| Drilling optimisation | 287 | 352 | 436 | 540 |\n"
            "| Predictive maintenance | 301 | 377 | 470 | 581 |\n"
            "| Total | 1,356 | 1,658 | 2,032 | 2,483 |\n"
            "\n"
            "Source: Harbourline Capital estimates, company filings. Totals may not sum due to rounding. "
            "2026E assumes Brent at US$68/bbl."
        ),
        obs=[
            ("Seismic interpretation", 2023, 412, "USD million", "actual"),
            ("Seismic interpretation", 2024, 498, "USD million", "actual"),
            ("Seismic interpretation", 2025, 603, "USD million", "estimate"),
            ("Seismic interpretation", 2026, 728, "USD million", "estimate"),
            ("Reservoir modelling", 2023, 356, "USD million", "actual"),
            ("Reservoir modelling", 2024, 431, "USD million", "actual"),
            ("Reservoir modelling", 2025, 522, "USD million", "estimate"),
            ("Reservoir modelling", 2026, 634, "USD million", "estimate"),
            ("Drilling optimisation", 2023, 287, "USD million", "actual"),
            ("Drilling optimisation", 2024, 352, "USD million", "actual"),
            ("Drilling optimisation", 2025, 436, "USD million", "estimate"),
            ("Drilling optimisation", 2026, 540, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 301, "USD million", "actual"),
            ("Predictive maintenance", 2024, 377, "USD million", "actual"),
            ("Predictive maintenance", 2025, 470, "USD million", "estimate"),
            ("Predictive maintenance", 2026, 581, "USD million", "estimate"),
            ("Total", 2023, 1356, "USD million", "actual"),
            ("Total", 2024, 1658, "USD million", "actual"),
            ("Total", 2025, 2032, "USD million", "estimate"),
            ("Total", 2026, 2483, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412+356+287+301 = 1356 = 1,356
            ("hierarchy", "exact"),     # 2024: 498+431+352+377 = 1658 = 1,658
            ("hierarchy", "rounding"),  # 2025E: 603+522+436+470 = 2031, printed 2,032;
                                        # bounds 2031 - 4*0.5 = 2029 .. 2031 + 4*0.5 = 2033: 2,032 reached
            ("hierarchy", "exact"),     # 2026E: 728+634+540+581 = 2483 = 2,483
        ],
    ),
    # 17. Space-aligned Japanese research-house table in ¥ billion, fiscal years as columns (FY2025E, FY2026F
    # estimates), a Total row. Nowhere: table number, 63 sites interviewed, publication date, report title year.
    dict(
        text=(
            "Shinonome Research Institute, Plant AI Market 2025 (published 16 June 2025)\n"
            "Table 4  Japan: AI for refinery and petrochemical plant optimisation, by segment (¥ billion)\n"
            "\n"
            "Segment                     FY2023   FY2024   FY2025E   FY2026F\n"
            "Process optimisation          14.2     16.8      19.9      23.5\n"
            "Predictive maintenance         9.6     11.5      13.8      16.4\n"
            "Leak & tank monitoring         4.1      4.9       5.8       6.9\n"
            "Total                         27.9     33.2      39.5      46.8\n"
            "\n"
            "Note: fiscal years begin in April. Based on interviews at 63 refineries and crackers."
        ),
        obs=[
            ("Process optimisation", 2023, 14.2, "JPY billion", "actual"),
            ("Process optimisation", 2024, 16.8, "JPY billion", "actual"),
            ("Process optimisation", 2025, 19.9, "JPY billion", "estimate"),
            ("Process optimisation", 2026, 23.5, "JPY billion", "estimate"),
            ("Predictive maintenance", 2023, 9.6, "JPY billion", "actual"),
            ("Predictive maintenance", 2024, 11.5, "JPY billion", "actual"),
            ("Predictive maintenance", 2025, 13.8, "JPY billion", "estimate"),
            ("Predictive maintenance", 2026, 16.4, "JPY billion", "estimate"),
            ("Leak & tank monitoring", 2023, 4.1, "JPY billion", "actual"),
            ("Leak & tank monitoring", 2024, 4.9, "JPY billion", "actual"),
            ("Leak & tank monitoring", 2025, 5.8, "JPY billion", "estimate"),
            ("Leak & tank monitoring", 2026, 6.9, "JPY billion", "estimate"),
            ("Total", 2023, 27.9, "JPY billion", "actual"),
            ("Total", 2024, 33.2, "JPY billion", "actual"),
            ("Total", 2025, 39.5, "JPY billion", "estimate"),
            ("Total", 2026, 46.8, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 14.2+9.6+4.1 = 27.9
            ("hierarchy", "exact"),  # FY2024: 16.8+11.5+4.9 = 33.2
            ("hierarchy", "exact"),  # FY2025E: 19.9+13.8+5.8 = 39.5
            ("hierarchy", "exact"),  # FY2026F: 23.5+16.4+6.9 = 46.8
        ],
    ),
    # 18. Tab-separated Australian table with years as rows (figures go to the value columns' headers), F rows
    # estimates, a Total column and a Total YoY column (year-on-year growth claims). Nowhere: table number,
    # 112 mines, 1,150 autonomous trucks, the publication date.
    dict(
        text=(
            "Calder Resources Research, Perth - Mining Technology Outlook, 3 March 2025\n"
            "Table 2.1 Australia: spending on AI in mining operations (US$ million)\n"
            "Year\tAutonomous haulage & drilling\tOre sorting & grade control\tPredictive maintenance\tTotal\tTotal YoY (%)\n"
            "2022\t188\t64\t96\t348\t-\n"
            "2023\t231\t82\t118\t431\t23.9\n"
            "2024\t276\t103\t142\t521\t20.9\n"
            "2025F\t324\t127\t166\t617\t18.4\n"
            "2026F\t371\t152\t190\t713\t15.6\n"
            "F = forecast. Covers 112 operating mines; 1,150 autonomous trucks were in service at end-2024."
        ),
        obs=[
            ("Autonomous haulage & drilling", 2022, 188, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2023, 231, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2024, 276, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2025, 324, "USD million", "estimate"),
            ("Autonomous haulage & drilling", 2026, 371, "USD million", "estimate"),
            ("Ore sorting & grade control", 2022, 64, "USD million", "actual"),
            ("Ore sorting & grade control", 2023, 82, "USD million", "actual"),
            ("Ore sorting & grade control", 2024, 103, "USD million", "actual"),
            ("Ore sorting & grade control", 2025, 127, "USD million", "estimate"),
            ("Ore sorting & grade control", 2026, 152, "USD million", "estimate"),
            ("Predictive maintenance", 2022, 96, "USD million", "actual"),
            ("Predictive maintenance", 2023, 118, "USD million", "actual"),
            ("Predictive maintenance", 2024, 142, "USD million", "actual"),
            ("Predictive maintenance", 2025, 166, "USD million", "estimate"),
            ("Predictive maintenance", 2026, 190, "USD million", "estimate"),
            ("Total", 2022, 348, "USD million", "actual"),
            ("Total", 2023, 431, "USD million", "actual"),
            ("Total", 2024, 521, "USD million", "actual"),
            ("Total", 2025, 617, "USD million", "estimate"),
            ("Total", 2026, 713, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2022, 2023, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 18.4, "percent", 2024, 2025, 1.0),
            ("growth", 15.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 431 / 348 - 1 = 23.85% -> 23.9
            ("cagr|implied", "exact"),  # 521 / 431 - 1 = 20.88% -> 20.9
            ("cagr|implied", "exact"),  # 617 / 521 - 1 = 18.43% -> 18.4
            ("cagr|implied", "exact"),  # 713 / 617 - 1 = 15.56% -> 15.6
            ("hierarchy", "exact"),     # 2022: 188+64+96 = 348
            ("hierarchy", "exact"),     # 2023: 231+82+118 = 431
            ("hierarchy", "exact"),     # 2024: 276+103+142 = 521
            ("hierarchy", "exact"),     # 2025F: 324+127+166 = 617
            ("hierarchy", "exact"),     # 2026F: 371+152+190 = 713
        ],
    ),
    # 19. Tab-separated Simplified Chinese table, years as columns with 2025E/2026E, unit line 单位：亿元, a 合计 row
    # (its label as printed). Nowhere: 表3, the title years 2022—2026, the data cut-off date.
    dict(
        text=(
            "表3  2022—2026年我国智能矿山AI应用市场细分规模\n"
            "单位：亿元\n"
            "细分领域\t2022\t2023\t2024\t2025E\t2026E\n"
            "AI智能分选\t9.8\t13.6\t18.9\t25.7\t34.2\n"
            "无人驾驶矿卡\t21.5\t30.2\t41.8\t56.0\t73.1\n"
            "设备预测性维护\t12.4\t15.9\t20.3\t25.6\t31.8\n"
            "智能通风与安全监测\t7.3\t9.1\t11.2\t13.6\t16.3\n"
            "合计\t51.0\t68.8\t92.2\t120.9\t155.4\n"
            "资料来源：中国矿业智能化产业联盟，长垣证券研究所整理（数据截至2025年4月）；注：2025E、2026E为预测值。"
        ),
        obs=[
            ("AI智能分选", 2022, 9.8, "CNY 100 million", "actual"),
            ("AI智能分选", 2023, 13.6, "CNY 100 million", "actual"),
            ("AI智能分选", 2024, 18.9, "CNY 100 million", "actual"),
            ("AI智能分选", 2025, 25.7, "CNY 100 million", "estimate"),
            ("AI智能分选", 2026, 34.2, "CNY 100 million", "estimate"),
            ("无人驾驶矿卡", 2022, 21.5, "CNY 100 million", "actual"),
            ("无人驾驶矿卡", 2023, 30.2, "CNY 100 million", "actual"),
            ("无人驾驶矿卡", 2024, 41.8, "CNY 100 million", "actual"),
            ("无人驾驶矿卡", 2025, 56.0, "CNY 100 million", "estimate"),
            ("无人驾驶矿卡", 2026, 73.1, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2022, 12.4, "CNY 100 million", "actual"),
            ("设备预测性维护", 2023, 15.9, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 20.3, "CNY 100 million", "actual"),
            ("设备预测性维护", 2025, 25.6, "CNY 100 million", "estimate"),
            ("设备预测性维护", 2026, 31.8, "CNY 100 million", "estimate"),
            ("智能通风与安全监测", 2022, 7.3, "CNY 100 million", "actual"),
            ("智能通风与安全监测", 2023, 9.1, "CNY 100 million", "actual"),
            ("智能通风与安全监测", 2024, 11.2, "CNY 100 million", "actual"),
            ("智能通风与安全监测", 2025, 13.6, "CNY 100 million", "estimate"),
            ("智能通风与安全监测", 2026, 16.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 51.0, "CNY 100 million", "actual"),
            ("合计", 2023, 68.8, "CNY 100 million", "actual"),
            ("合计", 2024, 92.2, "CNY 100 million", "actual"),
            ("合计", 2025, 120.9, "CNY 100 million", "estimate"),
            ("合计", 2026, 155.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 9.8+21.5+12.4+7.3 = 51.0
            ("hierarchy", "exact"),  # 2023: 13.6+30.2+15.9+9.1 = 68.8
            ("hierarchy", "exact"),  # 2024: 18.9+41.8+20.3+11.2 = 92.2
            ("hierarchy", "exact"),  # 2025E: 25.7+56.0+25.6+13.6 = 120.9
            ("hierarchy", "exact"),  # 2026E: 34.2+73.1+31.8+16.3 = 155.4
        ],
    ),
    # 20. Space-aligned Traditional Chinese table, years as rows, a lone column headed by its unit only (億美元 ->
    # Total) and a YoY column; the 2024 rate (22.0) is reached only by rounding. Nowhere: 圖表5, the source date.
    dict(
        text=(
            "圖表5　全球油氣管線AI洩漏偵測市場規模\n"
            "年度        億美元     年增率(%)\n"
            "2022          6.8          -\n"
            "2023          8.3       22.1\n"
            "2024         10.1       22.0\n"
            "2025E        12.2       20.8\n"
            "2026F        14.6       19.7\n"
            "註：E為估計值，F為預測值。資料來源：環宇能源研究，2025年5月。"
        ),
        obs=[
            ("Total", 2022, 6.8, "USD 100 million", "actual"),
            ("Total", 2023, 8.3, "USD 100 million", "actual"),
            ("Total", 2024, 10.1, "USD 100 million", "actual"),
            ("Total", 2025, 12.2, "USD 100 million", "estimate"),
            ("Total", 2026, 14.6, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2022, 2023, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.8, "percent", 2024, 2025, 1.0),
            ("growth", 19.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 8.3 / 6.8 - 1 = 22.06% -> 22.1
            ("cagr|implied", "rounding"),  # 10.1 / 8.3 - 1 = 21.69% -> 21.7, not 22.0;
                                           # bounds 10.05/8.35-1 = 20.36% .. 10.15/8.25-1 = 23.03%: 22.0 reached
            ("cagr|implied", "exact"),     # 12.2 / 10.1 - 1 = 20.79% -> 20.8
            ("cagr|implied", "exact"),     # 14.6 / 12.2 - 1 = 19.67% -> 19.7
        ],
    ),
    # 21. Oilfield-services earnings call: the TAM the CEO sizes is the Total; "this year" (2025) an estimate, "last
    # year" (2024) actual, a 2030 range (two value claims). Nowhere: quarterly revenue $1.38bn and its -4%, rig count
    # 541, WTI $65, the >$300bn oilfield-services market, the call date.
    dict(
        text=(
            "Ironbark Energy Services (NYSE: IBES) third-quarter 2025 earnings call, October 23, 2025.\n"
            "Marcus Delane, President and CEO: \"Revenue for the quarter was $1.38 billion, down 4% sequentially, as "
            "the U.S. land rig count drifted down to 541 and WTI spent most of the quarter around $65. I want to spend "
            "a minute on why we keep investing through that. The oilfield-services market as a whole is north of "
            "$300 billion, but the piece we are built for is AI-based predictive maintenance for drilling rigs, frac "
            "pumps and artificial-lift equipment. We size that addressable market at about $6.2 billion this year, up "
            "from $5.1 billion last year, so roughly 20% growth, and we see it at somewhere between $11 billion and "
            "$13 billion by 2030.\""
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2025, 6.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("value", 11, "USD billion", 2030, 2030, None),
            ("value", 13, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # 6.2 / 5.1 - 1 = 21.57% -> 22, not 20; bounds 6.15 / 5.15 - 1 = 19.42% to 6.25 / 5.05 - 1 = 23.76%,
            # so 20 is reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Research abstract: a part with its share and amount, "more than threefold" (x3 over 7 years), a stated CAGR.
    # Nowhere: 3,400 km2 of surveys, 11 basins, 62% less interpretation time, volume and issue numbers.
    dict(
        text=(
            "Petroleum Geoscience Informatics, Vol. 9, No. 2 (2025). Abstract: Machine learning has moved from "
            "research pilots into routine seismic workflows. Combining vendor disclosures with licence data and "
            "interviews, we estimate that global spending on AI tools for seismic interpretation and reservoir "
            "modelling reached US$2.74 billion in 2024. Automated fault and horizon picking accounted for 38% of this, "
            "or US$1.04 billion. We project the market at US$8.9 billion in 2031, more than threefold its 2024 size, "
            "equivalent to a compound annual growth rate of 18.3% over 2024-2031. In a test on 3,400 km2 of 3D "
            "surveys from 11 basins, the models we reviewed cut interpretation time by 62%."
        ),
        obs=[
            ("Total", 2024, 2.74, "USD billion", "actual"),
            ("Automated fault and horizon picking", 2024, 1.04, "USD billion", "actual"),
            ("Total", 2031, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("multiple", 3, "multiple", 2024, 2031, 7.0),
            ("cagr", 18.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.04 / 2.74 = 37.96% -> 38
            ("cagr|implied", "exact"),  # (8.9 / 2.74) ** (1 / 7) - 1 = 18.33% -> 18.3
        ],
    ),
    # 23. LinkedIn post dated Aug 2025: "last year" = 2024; "a tripling" (x3, 2019-2024, period 5); "~25% a year"
    # whose span only the amounts' years give (inferred). Nowhere: Q2 ~US$1.1bn of contracts (a quarter, orders),
    # 2.1bn tonnes moved, iron ore US$101/t, the miner's 500+ autonomous trucks, hashtags.
    dict(
        text=(
            "Priya Raman · Mining automation consultant, Perth · 12 Aug 2025\n"
            "Autonomous haulage isn't a pilot any more. Global spend on autonomous haulage and drilling systems "
            "(software, retrofit kits, site integration) hit US$3.6bn last year. In 2019 it was ~US$1.2bn. That's a "
            "tripling, or ~25% a year compounded.\n"
            "Q2 alone saw ~US$1.1bn of contracts signed, and one Pilbara miner now runs more than 500 autonomous trucks "
            "that moved 2.1bn tonnes last year. With iron ore back at US$101/t, the business case only gets easier.\n"
            "#mining #automation #autonomoushaulage"
        ),
        obs=[
            ("Total", 2019, 1.2, "USD billion", "actual"),
            ("Total", 2024, 3.6, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2019, 2024, 5.0),
            ("cagr", 25, "percent", 2019, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.6 / 1.2) ** (1 / 5) - 1 = 24.57% -> 25
        ],
    ),
    # 24. Investor-day slide bullets: the TAM is the Total (2024 actual base, 2029E estimate), "~12% CAGR" whose span
    # only the amounts' years give (inferred), "1.75x" (period 5); an adjacent market is an item of its own name.
    # Nowhere: ARR $212M, 71% gross margin, 84 refineries, ~103 mb/d, slide number, the event date.
    dict(
        text=(
            "Velarion Digital | Investor Day 2025 | 4 June 2025\n"
            "Slide 9 - Where we play\n"
            "- Refinery optimisation AI: TAM $4.8B (2024) -> $8.4B (2029E); ~12% CAGR, 1.75x\n"
            "- Adjacent: pipeline leak-detection AI, ~$1.3B in 2024\n"
            "- Installed at 84 refineries, out of ~103 mb/d of global refining capacity\n"
            "- ARR $212M; non-GAAP gross margin 71%"
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2029, 8.4, "USD billion", "estimate"),
            ("Pipeline leak-detection AI", 2024, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 12, "percent", 2024, 2029, None, "inferred"),
            ("multiple", 1.75, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.4 / 4.8) ** (1 / 5) - 1 = 11.84% -> 12
        ],
    ),
    # 25. Dubai wire story: a year-on-year rate with both amounts, a stated CAGR 2024-2028, a share with no amount
    # (no verdict). Nowhere: Aramco's SAR 1.9bn (riyals, a company's budget), 16.5 million b/d, Brent $74, the
    # ~US$38bn oilfield-services spend, the dateline.
    dict(
        text=(
            "DUBAI, 3 March 2025 (Gulf Business Wire) - Spending on artificial intelligence by national oil companies "
            "and their contractors in the six GCC states rose 27% last year to US$1.92 billion, from US$1.51 billion in "
            "2023, Abu Dhabi-based Gulf Energy Analytics said on Monday. Saudi Arabia accounted for 44% of the "
            "regional total, with Saudi Aramco alone budgeting SAR 1.9 billion for digital programmes. The firm expects "
            "the market to reach US$4.1 billion in 2028, an average annual growth rate of 21% over 2024-2028, still a "
            "sliver of the roughly US$38 billion the region spends on oilfield services. GCC crude output is running "
            "near 16.5 million barrels a day, with Brent at about $74."
        ),
        obs=[
            ("Total", 2023, 1.51, "USD billion", "actual"),
            ("Total", 2024, 1.92, "USD billion", "actual"),
            ("Total", 2028, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.92 / 1.51 - 1 = 27.15% -> 27
            ("cagr|implied", "exact"),  # (4.1 / 1.92) ** (1 / 4) - 1 = 20.88% -> 21
        ],
    ),
    # 26. Vancouver web article with a correction: the corrected US$1.86bn is 2024's figure, the superseded US$1.68bn
    # nowhere; a part with "about 60%"; a stated CAGR. Nowhere: copper US$9,400/t, 0.6% ore grade, 90,000 tonnes a day.
    dict(
        text=(
            "Sorting the rock before it hits the mill\n"
            "Posted April 9, 2025 | Revised April 15, 2025\n"
            "Editor's note: This story has been revised. The 2024 market value is US$1.86 billion, not US$1.68 billion "
            "as originally reported.\n"
            "With copper near US$9,400 a tonne and head grades at many mines sliding below 0.6%, rejecting waste early "
            "pays. Vancouver-based Cordillera Mining Intelligence values the market for AI ore sorting and grade "
            "control at US$1.86 billion in 2024; sensor-based sorting accounted for US$1.12 billion of it, about 60%. "
            "The firm forecasts US$4.4 billion by 2030, a compound annual growth rate of 15.4% between 2024 and 2030. "
            "One Nevada operation it studied now screens 90,000 tonnes of ore a day."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Sensor-based sorting", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2030, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 60, "percent", 2024, 2024, None),
            ("cagr", 15.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.12 / 1.86 = 60.22% -> 60
            ("cagr|implied", "exact"),  # (4.4 / 1.86) ** (1 / 6) - 1 = 15.43% -> 15.4
        ],
    ),
    # 27. Forum answer: the series opens in USD million, so "$0.78 billion" and "about $1.5 billion" are expected as
    # 780 and 1500 USD million; the quoted 31% contradicts the amounts (a restated base, the poster suspects).
    # Nowhere: 2.8 million miles, 40% fewer false alarms, the poster's $85k Q3 budget, 37 points.
    dict(
        text=(
            "Re: Is AI leak detection for pipelines actually a big market or just vendor hype?\n"
            "Reply by hydrotest_hank (37 points): It's real money, though smaller than the marketing suggests. The "
            "figures most people quote are from Keystone Pipeline Analytics: $640 million in 2023 and $0.78 billion in "
            "2024, and they're forecasting about $1.5 billion by 2028. Their press release headline said the market "
            "grew 31% in 2024, which their own numbers don't support; my guess is they compared against a restated "
            "2023. The US alone has about 2.8 million miles of pipeline, so the runway is long. On our system the "
            "acoustic + ML package cut false alarms by 40%, and it ate most of our $85k Q3 budget."
        ),
        obs=[
            ("Total", 2023, 640, "USD million", "actual"),
            ("Total", 2024, 780, "USD million", "actual"),
            ("Total", 2028, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 780 / 640 - 1 = 21.88%; bounds 775 / 640.5 - 1 = 21.00% to 785 / 639.5 - 1 = 22.75%
            # (0.78 billion at half its last digit: 775 to 785 million); 31 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. A Chilean copper miner's integrated report: the market it quotes (Total), a part's share printed to one
    # decimal that only rounding reaches, a stated CAGR. Nowhere: own revenue US$11.6bn and capex US$2.9bn, 1.31 Mt
    # copper, reserves 3.4bn tonnes at 0.52% Cu, US$4.15/lb, the ~US$14bn mining-services market, chapter number.
    dict(
        text=(
            "Minera Altiplano S.A. - Integrated Report 2024. Chapter 4: Innovation and technology.\n"
            "In 2024 we produced 1.31 million tonnes of payable copper, generated revenue of US$11.6 billion and "
            "invested US$2.9 billion, and our ore reserves stood at 3.4 billion tonnes grading 0.52% Cu. Chile's "
            "mining equipment and services market exceeds US$14 billion a year; within it, we focus on AI-enabled "
            "grade control and ore sorting. According to Santiago consultancy Andes Mining Insight, this market in "
            "Chile reached US$412 million in 2024, of which ore sorting represented 46.2% (US$190 million). The "
            "consultancy expects US$780 million by 2028, roughly 17% a year between 2024 and 2028. The copper price "
            "averaged US$4.15/lb during the year."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Ore sorting", 2024, 190, "USD million", "actual"),
            ("Total", 2028, 780, "USD million", "estimate"),
        ],
        claims=[
            ("share", 46.2, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 190 / 412 = 46.12% -> 46.1, not 46.2; bounds 189.5 / 412.5 = 45.94% to 190.5 / 411.5 = 46.29%,
            # so 46.2 is reachable
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (780 / 412) ** (1 / 4) - 1 = 17.30% -> 17
        ],
    ),
    # 29. Provincial smart-mine plan (Simplified): a 2027 target (力争, estimate), the 2024 base, 2.7倍左右 (x2.7 over
    # 3 years), a stated rate over 2024-2027 that only rounding reaches. Nowhere: plan title years, 13亿吨 coal output,
    # 400 intelligent working faces, 30% robot replacement rate.
    dict(
        text=(
            "××省能源局关于印发《××省智能矿山建设三年行动计划（2025—2027年）》的通知\n"
            "……（二）主要目标。到2027年，全省原煤产量稳定在13亿吨左右，建成智能化采掘工作面400个以上，井下危险岗位"
            "机器人替代率达到30%；全省矿山人工智能应用（含智能综采、AI视频识别、设备预测性维护和无人驾驶运输）市场"
            "规模力争达到85亿元，是2024年32亿元的2.7倍左右，2024—2027年年均增长39%左右。"
        ),
        obs=[
            ("Total", 2024, 32, "CNY 100 million", "actual"),
            ("Total", 2027, 85, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2027, 3.0),
            ("cagr", 39, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (85 / 32) ** (1 / 3) - 1 = 38.49% -> 38, not 39; bounds (84.5 / 32.5) ** (1/3) - 1 = 37.51% to
            # (85.5 / 31.5) ** (1/3) - 1 = 39.49%, so 39 is reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Broker's note (Simplified): 2024 amount with its year-on-year rate and the 2023 base in brackets, a part with
    # its share and amount, a 2027 forecast. Nowhere: the 2025Q1 31亿元 (a quarter), Brent 75美元/桶, 2.13亿吨 crude
    # output, the company's 18.2亿元 revenue, target price 56.8元, report number.
    dict(
        text=(
            "【中汇证券｜油气行业AI应用深度报告】2025年6月9日　证券研究报告 ZH-2025-0609\n"
            "投资要点：在布伦特油价75美元/桶附近震荡、国内原油产量达2.13亿吨的背景下，油公司降本增效需求迫切。"
            "我们测算，2024年中国油气行业AI应用市场规模为128.6亿元，同比增长24.5%（2023年：103.3亿元），其中地震"
            "解释与油藏建模52.7亿元，占比41%；2025年一季度市场规模约31亿元。预计2027年市场规模将达到245亿元。"
            "首次覆盖某公司（2024年营收18.2亿元），给予“买入”评级，目标价56.8元。"
        ),
        obs=[
            ("Total", 2023, 103.3, "CNY 100 million", "actual"),
            ("Total", 2024, 128.6, "CNY 100 million", "actual"),
            ("地震解释与油藏建模", 2024, 52.7, "CNY 100 million", "actual"),
            ("Total", 2027, 245, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 128.6 / 103.3 - 1 = 24.49% -> 24.5
            ("arithmetic", "exact"),    # 52.7 / 128.6 = 40.98% -> 41
        ],
    ),
    # 31. Xueqiu post (Simplified) dated 2025-03: 去年 = 2024 at its printed 左右 figure, a second publisher's 62亿元
    # for 2024 nowhere, 增长约1.8倍 (x1.8, 2022-2024, period 2), 今年 (2025) 突破 figure an estimate. Nowhere: the
    # 1,500 driverless trucks in operation, 10万台 mine trucks, the post date.
    dict(
        text=(
            "雪球 · 矿山老王 · 2025-03-17 21:40\n"
            "聊聊矿区无人驾驶这条赛道。我跟踪的口径是矿卡无人驾驶解决方案（含车载套件、调度平台和运营服务），去年国内"
            "市场规模大概在58亿元左右，2022年只有21亿元，两年增长了约1.8倍。另一家咨询机构给的去年数字是62亿元，口径"
            "包含了宽体车改装，别混着看。目前全国矿区在运行的无人驾驶矿卡已经超过1500台，相对10万台的存量矿卡还早得很。"
            "今年行业规模有望突破80亿元。以上仅个人观点，不构成投资建议。"
        ),
        obs=[
            ("Total", 2022, 21, "CNY 100 million", "actual"),
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2025, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.8, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 32. Taipei news (Traditional): 新台幣億元, a year-on-year rate with both amounts, 今年 (2025) an estimate at its
    # printed 左右 figure. Nowhere: 六成 (a share in words), 72萬桶 per day, US$70 oil, 86 firms surveyed, the day (12).
    dict(
        text=(
            "【記者林思妤／台北報導】2025年8月12日　工研院產業科技國際策略發展所今（12）日發表調查指出，國內石化與"
            "煉油業導入AI製程最佳化與設備預測保養的市場規模，2024年達新台幣18.4億元，較2023年的15.2億元成長21.1%，"
            "其中煉油廠約占六成。調查共訪問86家業者。研究員表示，即使國際油價在每桶70美元上下徘徊、國內煉製產能約"
            "每日72萬桶，業者仍持續投資節能減碳，預估今年市場規模可達22億元左右。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2025, 22, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.4 / 15.2 - 1 = 21.05% -> 21.1
        ],
    ),
    # 33. Hong Kong IPO report (Traditional) citing a prospectus: 人民幣億元 (CNY 100 million); a CAGR whose span only
    # the amounts' years give (inferred, 2019-2024) and a stated one (2024-2029). Nowhere: the 12.6億港元 raise and
    # the 8.2-9.6港元 price range (the company's own), its 5.3億元 revenue and 41.2% gross margin, the date.
    dict(
        text=(
            "【香港財經新聞】2025年9月19日　內地智慧礦山方案商礦智科技今日起招股，擬集資約12.6億港元，招股價每股8.2至"
            "9.6港元，下月初掛牌。招股書引述行業顧問報告，中國礦山人工智能解決方案市場規模由2019年的人民幣38億元增至"
            "2024年的人民幣146億元，年複合增長率約30.9%；預計2029年可達人民幣462億元，2024年至2029年的年複合增長率為"
            "25.9%。公司2024年收入為人民幣5.3億元，毛利率41.2%。"
        ),
        obs=[
            ("Total", 2019, 38, "CNY 100 million", "actual"),
            ("Total", 2024, 146, "CNY 100 million", "actual"),
            ("Total", 2029, 462, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 30.9, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 25.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (146 / 38) ** (1 / 5) - 1 = 30.89% -> 30.9
            ("cagr|implied", "exact"),  # (462 / 146) ** (1 / 5) - 1 = 25.91% -> 25.9
        ],
    ),
    # 34. Taiwan research-institute note (Traditional): 億美元 (USD 100 million), a region's share with its amount, a
    # stated CAGR 2024-2030. Nowhere: 200萬公里 of pipeline, US$65 oil, the report number, the date.
    dict(
        text=(
            "【資策會MIC觀點｜報告編號MIC-2025-118】2025年10月\n"
            "油氣管線老化與監管趨嚴，帶動AI洩漏偵測需求。MIC估計，2024年全球油氣管線AI洩漏偵測市場規模約21.5億美元，"
            "其中北美占45%（約9.7億美元），為最大區域市場；預估2030年將達58億美元，2024至2030年年複合成長率18%。"
            "全球油氣管線總長約200萬公里，即使國際油價回落至每桶65美元，營運商對管線安全的投資仍難以削減。"
        ),
        obs=[
            ("Total", 2024, 21.5, "USD 100 million", "actual"),
            ("北美", 2024, 9.7, "USD 100 million", "actual"),
            ("Total", 2030, 58, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 45, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 9.7 / 21.5 = 45.12% -> 45
            ("cagr|implied", "exact"),  # (58 / 21.5) ** (1 / 6) - 1 = 17.99% -> 18
        ],
    ),
    # 35. Refining association report (Simplified): 较2020年增长2.5倍 (x2.5 over 4 years, no 2020 amount), a part with
    # its share and amount, a 2026 forecast. Nowhere: 约占四成 (a share in words), 9.5亿吨/年 refining capacity, the 23%
    # penetration rate, the report's title year.
    dict(
        text=(
            "中国石化行业智能制造联盟日前发布《2025中国炼化智能化发展报告》。报告显示，2024年我国炼化企业AI优化控制与"
            "预测性维护市场规模为47.3亿元，较2020年增长2.5倍。其中，先进过程控制与优化19.6亿元，占比41.4%；设备预测性"
            "维护约占四成。目前全国炼油能力约9.5亿吨/年，规模以上炼厂AI应用渗透率仅为23%。报告预计，2026年该市场规模将"
            "达到68亿元。"
        ),
        obs=[
            ("Total", 2024, 47.3, "CNY 100 million", "actual"),
            ("先进过程控制与优化", 2024, 19.6, "CNY 100 million", "actual"),
            ("Total", 2026, 68, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),
            ("share", 41.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19.6 / 47.3 = 41.44% -> 41.4
        ],
    ),
    # 36. Markdown table, years as columns with a 2026E column and a Total row; rows add to the total in 2023, 2024
    # and 2026E, and within rounding in 2025. Nowhere: the figure number, the source's year.
    dict(
        text=(
            "Figure 3. Global AI in oil and gas by application, 2023-2026E (US$ million)\n"
            "| Application | 2023 | 2024 | 2025 | 2026E |\n"
            "|:--|--:|--:|--:|--:|\n"
            "| Seismic interpretation & reservoir modelling | 2,310 | 2,740 | 3,205 | 3,790 |\n"
            "| Predictive maintenance (rigs, pumps, compressors) | 2,860 | 3,390 | 3,980 | 4,710 |\n"
            "| Pipeline leak detection | 520 | 610 | 720 | 850 |\n"
            "| Refinery optimisation | 1,940 | 2,180 | 2,470 | 2,830 |\n"
            "| Other | 415 | 480 | 560 | 655 |\n"
            "| Total | 8,045 | 9,400 | 10,936 | 12,835 |\n"
            "Note: 2026E = estimate. Totals may not add because of rounding. Source: Ridgeway Energy Analytics, 2026."
        ),
        obs=[
            ("Seismic interpretation & reservoir modelling", 2023, 2310, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2024, 2740, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2025, 3205, "USD million", "actual"),
            ("Seismic interpretation & reservoir modelling", 2026, 3790, "USD million", "estimate"),
            ("Predictive maintenance (rigs, pumps, compressors)", 2023, 2860, "USD million", "actual"),
            ("Predictive maintenance (rigs, pumps, compressors)", 2024, 3390, "USD million", "actual"),
            ("Predictive maintenance (rigs, pumps, compressors)", 2025, 3980, "USD million", "actual"),
            ("Predictive maintenance (rigs, pumps, compressors)", 2026, 4710, "USD million", "estimate"),
            ("Pipeline leak detection", 2023, 520, "USD million", "actual"),
            ("Pipeline leak detection", 2024, 610, "USD million", "actual"),
            ("Pipeline leak detection", 2025, 720, "USD million", "actual"),
            ("Pipeline leak detection", 2026, 850, "USD million", "estimate"),
            ("Refinery optimisation", 2023, 1940, "USD million", "actual"),
            ("Refinery optimisation", 2024, 2180, "USD million", "actual"),
            ("Refinery optimisation", 2025, 2470, "USD million", "actual"),
            ("Refinery optimisation", 2026, 2830, "USD million", "estimate"),
            ("Other", 2023, 415, "USD million", "actual"),
            ("Other", 2024, 480, "USD million", "actual"),
            ("Other", 2025, 560, "USD million", "actual"),
            ("Other", 2026, 655, "USD million", "estimate"),
            ("Total", 2023, 8045, "USD million", "actual"),
            ("Total", 2024, 9400, "USD million", "actual"),
            ("Total", 2025, 10936, "USD million", "actual"),
            ("Total", 2026, 12835, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 2310 + 2860 + 520 + 1940 + 415 = 8045
            ("hierarchy", "exact"),     # 2024: 2740 + 3390 + 610 + 2180 + 480 = 9400
            # 2025: 3205 + 3980 + 720 + 2470 + 560 = 10935, printed 10936; rows at +/-0.5 each span 10932.5 to
            # 10937.5, the total at +/-0.5 spans 10935.5 to 10936.5, so the two meet
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2026E: 3790 + 4710 + 850 + 2830 + 655 = 12835
        ],
    ),
    # 37. Tab-separated Australian table: fiscal-year columns (FY2024 -> 2024), an F column, a CAGR FY24-28 column
    # (span printed: stated); the ore-sorting row prints 12.8% where its amounts give 21.8% (transposed digits).
    # Nowhere: the June year-end, the source's year.
    dict(
        text=(
            "Australia: AI in mining by segment (US$ million)\n"
            "Segment\tFY2023\tFY2024\tFY2028F\tCAGR FY24-28\n"
            "Autonomous haulage & drilling\t612\t734\t1,398\t17.5%\n"
            "Predictive maintenance (haul trucks, crushers, conveyors)\t287\t341\t598\t15.1%\n"
            "Ore sorting & grade control\t164\t203\t447\t12.8%\n"
            "Total\t1,063\t1,278\t2,443\t17.6%\n"
            "Fiscal years end 30 June. FY2028F = forecast. Source: Southern Cross Resources Research, 2025."
        ),
        obs=[
            ("Autonomous haulage & drilling", 2023, 612, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2024, 734, "USD million", "actual"),
            ("Autonomous haulage & drilling", 2028, 1398, "USD million", "estimate"),
            ("Predictive maintenance (haul trucks, crushers, conveyors)", 2023, 287, "USD million", "actual"),
            ("Predictive maintenance (haul trucks, crushers, conveyors)", 2024, 341, "USD million", "actual"),
            ("Predictive maintenance (haul trucks, crushers, conveyors)", 2028, 598, "USD million", "estimate"),
            ("Ore sorting & grade control", 2023, 164, "USD million", "actual"),
            ("Ore sorting & grade control", 2024, 203, "USD million", "actual"),
            ("Ore sorting & grade control", 2028, 447, "USD million", "estimate"),
            ("Total", 2023, 1063, "USD million", "actual"),
            ("Total", 2024, 1278, "USD million", "actual"),
            ("Total", 2028, 2443, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 15.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 12.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1398 / 734) ** (1 / 4) - 1 = 17.48% -> 17.5
            ("cagr|implied", "exact"),  # (598 / 341) ** (1 / 4) - 1 = 15.08% -> 15.1
            # (447 / 203) ** (1 / 4) - 1 = 21.82%; bounds (446.5 / 203.5) ** (1/4) - 1 = 21.71% to
            # (447.5 / 202.5) ** (1/4) - 1 = 21.93%; 12.8 is out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (2443 / 1278) ** (1 / 4) - 1 = 17.58% -> 17.6
            ("hierarchy", "exact"),     # FY2023: 612 + 287 + 164 = 1063
            ("hierarchy", "exact"),     # FY2024: 734 + 341 + 203 = 1278
            ("hierarchy", "exact"),     # FY2028F: 1398 + 598 + 447 = 2443
        ],
    ),
    # 38. Space-aligned table with years as rows: a lone value column headed by its unit only (Total) and a YoY
    # column; 2023's 17.1% only rounding reaches. Nowhere: the NOK figure in the note (krone), the "-" of 2020.
    dict(
        text=(
            "Norwegian Continental Shelf: AI-based predictive maintenance for offshore installations\n"
            "Fjordline Energy Research, Stavanger, May 2025\n"
            "Year      EUR million     YoY\n"
            "2020            318.5       -\n"
            "2021            362.0   13.7%\n"
            "2022            425.4   17.5%\n"
            "2023            497.9   17.1%\n"
            "2024            581.6   16.8%\n"
            "2025E           668.0   14.9%\n"
            "2026F           761.5   14.0%\n"
            "Note: Covers condition monitoring of rotating equipment, subsea pumps and compressors. 2025E and 2026F "
            "are estimates. In Norwegian kroner the 2024 market was about NOK 6.8 billion."
        ),
        obs=[
            ("Total", 2020, 318.5, "EUR million", "actual"),
            ("Total", 2021, 362.0, "EUR million", "actual"),
            ("Total", 2022, 425.4, "EUR million", "actual"),
            ("Total", 2023, 497.9, "EUR million", "actual"),
            ("Total", 2024, 581.6, "EUR million", "actual"),
            ("Total", 2025, 668.0, "EUR million", "estimate"),
            ("Total", 2026, 761.5, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 13.7, "percent", 2020, 2021, 1.0),
            ("growth", 17.5, "percent", 2021, 2022, 1.0),
            ("growth", 17.1, "percent", 2022, 2023, 1.0),
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 14.9, "percent", 2024, 2025, 1.0),
            ("growth", 14.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 362.0 / 318.5 - 1 = 13.66% -> 13.7
            ("cagr|implied", "exact"),  # 425.4 / 362.0 - 1 = 17.51% -> 17.5
            # 497.9 / 425.4 - 1 = 17.04% -> 17.0, not 17.1; bounds 497.85 / 425.45 - 1 = 17.02% to
            # 497.95 / 425.35 - 1 = 17.07%, so 17.1 is reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 581.6 / 497.9 - 1 = 16.81% -> 16.8
            ("cagr|implied", "exact"),  # 668.0 / 581.6 - 1 = 14.86% -> 14.9
            ("cagr|implied", "exact"),  # 761.5 / 668.0 - 1 = 14.00% -> 14.0
        ],
    ),
    # 39. Simplified Chinese markdown table, years as columns with a 同比 column; the 合计 row carries its own label;
    # the AI video row's 20.0% only rounding reaches. Nowhere: table number, the 2025年3月 source date.
    dict(
        text=(
            "表4　中国智能矿山AI细分市场规模（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 同比 |\n"
            "| --- | --- | --- | --- |\n"
            "| 智能综采与掘进 | 41.6 | 52.3 | 25.7% |\n"
            "| 无人驾驶运输 | 28.4 | 39.7 | 39.8% |\n"
            "| AI视频识别与安全监测 | 22.9 | 27.5 | 20.0% |\n"
            "| 设备预测性维护 | 17.3 | 21.8 | 26.0% |\n"
            "| 合计 | 110.2 | 141.3 | 28.2% |\n"
            "资料来源：某煤炭信息研究院，2025年3月；同比按未取整数据计算。"
        ),
        obs=[
            ("智能综采与掘进", 2023, 41.6, "CNY 100 million", "actual"),
            ("智能综采与掘进", 2024, 52.3, "CNY 100 million", "actual"),
            ("无人驾驶运输", 2023, 28.4, "CNY 100 million", "actual"),
            ("无人驾驶运输", 2024, 39.7, "CNY 100 million", "actual"),
            ("AI视频识别与安全监测", 2023, 22.9, "CNY 100 million", "actual"),
            ("AI视频识别与安全监测", 2024, 27.5, "CNY 100 million", "actual"),
            ("设备预测性维护", 2023, 17.3, "CNY 100 million", "actual"),
            ("设备预测性维护", 2024, 21.8, "CNY 100 million", "actual"),
            ("合计", 2023, 110.2, "CNY 100 million", "actual"),
            ("合计", 2024, 141.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("growth", 39.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.3 / 41.6 - 1 = 25.72% -> 25.7
            ("cagr|implied", "exact"),  # 39.7 / 28.4 - 1 = 39.79% -> 39.8
            # 27.5 / 22.9 - 1 = 20.09% -> 20.1, not 20.0; bounds 27.45 / 22.95 - 1 = 19.61% to
            # 27.55 / 22.85 - 1 = 20.57%, so 20.0 is reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 21.8 / 17.3 - 1 = 26.01% -> 26.0
            ("cagr|implied", "exact"),  # 141.3 / 110.2 - 1 = 28.22% -> 28.2
            ("hierarchy", "exact"),     # 2023: 41.6 + 28.4 + 22.9 + 17.3 = 110.2
            ("hierarchy", "exact"),     # 2024: 52.3 + 39.7 + 27.5 + 21.8 = 141.3
        ],
    ),
    # 40. Traditional Chinese space-aligned table of one year's segments with shares, total row printed first
    # (label 總計, its 100.0% no claim); 預測性維護 prints 36.5% where its amounts give 36.45%. Nowhere: table
    # number, the note's date.
    dict(
        text=(
            "表2　2024年亞太地區油氣產業AI應用市場結構（單位：億美元）\n"
            "應用領域                市場規模     佔比\n"
            "總計                       105.9   100.0%\n"
            "預測性維護                  38.6    36.5%\n"
            "地震解釋與油藏建模          29.4    27.8%\n"
            "煉油製程最佳化              23.8    22.5%\n"
            "管線洩漏偵測                 7.9     7.5%\n"
            "其他                         6.2     5.9%\n"
            "註：佔比經四捨五入，加總未必等於100%。資料來源：台灣經濟研究院整理，2025年7月。"
        ),
        obs=[
            ("總計", 2024, 105.9, "USD 100 million", "actual"),
            ("預測性維護", 2024, 38.6, "USD 100 million", "actual"),
            ("地震解釋與油藏建模", 2024, 29.4, "USD 100 million", "actual"),
            ("煉油製程最佳化", 2024, 23.8, "USD 100 million", "actual"),
            ("管線洩漏偵測", 2024, 7.9, "USD 100 million", "actual"),
            ("其他", 2024, 6.2, "USD 100 million", "actual"),
        ],
        claims=[
            ("share", 36.5, "percent", 2024, 2024, None),
            ("share", 27.8, "percent", 2024, 2024, None),
            ("share", 22.5, "percent", 2024, 2024, None),
            ("share", 7.5, "percent", 2024, 2024, None),
            ("share", 5.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 38.6 / 105.9 = 36.45% -> 36.4, not 36.5; bounds 38.55 / 105.95 = 36.39% to 38.65 / 105.85 = 36.51%,
            # so 36.5 is reachable
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),    # 29.4 / 105.9 = 27.76% -> 27.8
            ("arithmetic", "exact"),    # 23.8 / 105.9 = 22.47% -> 22.5
            ("arithmetic", "exact"),    # 7.9 / 105.9 = 7.46% -> 7.5
            ("arithmetic", "exact"),    # 6.2 / 105.9 = 5.85% -> 5.9
            ("hierarchy", "exact"),     # 38.6 + 29.4 + 23.8 + 7.9 + 6.2 = 105.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 4, 'rounding': 12, 'exact': 83}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'growing at a CAGR of 19.2% from 2024 to 2030',
    'generated 46% of 2024 revenue',
    'a market that has grown more than fivefold since 2019',
    'implying growth of ~22% a year',
    'sizes the same market at $2.3 billion for 2024',
    'total addressable market for AI-driven predictive maintenance',
    "about 1.7x today's level",
    'up 23% from a revised US$498 million in 2023',
    'between US$2.9 billion and US$3.4 billion by 2030',
    'Fjordvik sees the European market at EUR 1.3 billion by 2027',
    '22% more than the US$214 million they spent last year',
    '力争到2027年全省矿山AI应用市场规模突破200亿元',
    '较2021年增长3倍',
    '較2023年的32.9億元成長17.3%',
    '可觸達市場規模今年約620億港元',
    '則估算2024年市場規模約31億美元',
    '占比34.3%',
    '较上年的118亿元增长25.6%',
    '| Total | 1,356 | 1,658 | 2,032 | 2,483 |',
    'Segment                     FY2023   FY2024   FY2025E   FY2026F',
    '2025F\t324\t127\t166\t617\t18.4',
    '合计\t51.0\t68.8\t92.2\t120.9\t155.4',
    '年度        億美元     年增率(%)',
    'We size that addressable market at about $6.2 billion this year',
    'somewhere between $11 billion and $13 billion by 2030',
    'more than threefold its 2024 size',
    'hit US$3.6bn last year',
    "That's a tripling, or ~25% a year compounded",
    'TAM $4.8B (2024) -> $8.4B (2029E); ~12% CAGR, 1.75x',
    'Adjacent: pipeline leak-detection AI, ~$1.3B in 2024',
    'rose 27% last year to US$1.92 billion, from US$1.51 billion in 2023',
    'not US$1.68 billion as originally reported',
    '$640 million in 2023 and $0.78 billion in 2024',
    'of which ore sorting represented 46.2% (US$190 million)',
    '是2024年32亿元的2.7倍左右',
    '同比增长24.5%（2023年：103.3亿元）',
    '两年增长了约1.8倍',
    '預估今年市場規模可達22億元左右',
    '由2019年的人民幣38億元增至2024年的人民幣146億元',
    '其中北美占45%（約9.7億美元）',
    '较2020年增长2.5倍',
    '| Total | 8,045 | 9,400 | 10,936 | 12,835 |',
    'CAGR FY24-28',
    'Year      EUR million     YoY',
    '總計                       105.9   100.0%',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 244
#: figures, 59 rates, 94 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-sixty-sixth set: 246, 63, 95 and 0
FLOORS = {"figures_found": 249, "rates_found": 63, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset164.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
