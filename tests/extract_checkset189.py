"""A hundred-and-eighty-ninth check set for the extractor, written blind: AI in water, waste and recycling: AI leak
detection and smart metering for water utilities, AI optical sorting in recycling plants, AI route optimisation for
waste collection, AI for wastewater treatment control, AI monitoring of landfills and plastic flows; sized in money by
water and waste associations, utilities' and waste groups' capital-markets days, environment ministries' plans,
development banks, brokers and research houses in the Netherlands, Germany, Singapore, Israel, South Africa, Chile,
the United States, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole water or
waste-management market beside the AI part, tonnes collected or recycled, litres lost, households served, a utility's
own revenue or capex, tariffs per cubic metre, a funding round and valuation, a quarter's figures, a survey's
percentages, recycling rates.

Snippets 1-20: Twenty snippets on AI in water, waste and recycling. Eight English prose pieces: an Amsterdam wire
release, a Johannesburg broker note in fiscal years, a Singapore briefing with segment shares, a Santiago article
quoting two research houses, a Houston investor-day transcript sizing a TAM with a 2.5x multiple, a German ministry
plan with a target, a Boston note carrying a correction and a 2030 range, and a Tel Aviv investor blog using last
year/this year. Seven Chinese pieces (three in Traditional Chinese): an industry report, a Zhejiang action plan with
力争 and 增长3倍, a wire story quoting two institutes, a Taiwanese association report, a Hong Kong story in 億港元, a Taipei
去年/今年 story and a broker deep-dive. Five tables: markdown E/F, space-aligned years-as-rows with YoY, tab-separated 亿元
with 合计, a fiscal-year table with a CAGR column, and a 新台幣百萬元 table with shares. Distractors left out: whole-industry
sizes, tonnes, litres, households, tariffs, company revenue and capex, funding rounds, quarters, surveys, recycling
rates, a second publisher's figure, a corrected-away figure. Inconsistent: snippet 6's 22.4%, 15's 25.8%, 17's 2025
YoY. Rounding only: 2, 3 (32.4%), 4, 13, 19 (two CAGRs) and 16's 2027F total.

Snippets 21-40: Twenty snippets (21-40) on AI in water, waste and recycling. English prose: a US earnings call sizing
a TAM, a development-bank working paper on Latin America, a Singapore social-media thread, a US web article with a
correction, a Dutch annual-report letter, German investor-day bullets, a South African forum answer, a Tel Aviv note
with a shekel aside. Chinese prose: a Xinhua-style release, a ministry plan, a Taiwanese institute release, a Hong
Kong press report, a PTT post (the last three Traditional), a brokerage abstract with a range, a results-briefing
transcript. Tables: a markdown segment table, a tab-separated vertical table headed by its unit with YoY, a
space-aligned 合计 table, a regional CAGR table, a Hong Kong statistics table with shares. Left out: whole water or
waste markets, tonnes, tariffs, recycling and leakage rates, company revenue, orders, capex, margins, quarters,
funding rounds, surveys, price targets, word shares, a second publisher's figure, the uncorrected figure.
Inconsistent: the 17.4% and 25% CAGRs, the 23.1% YoY. Rounding only: the 25% jump, the 41% and 18.3% shares, the 19.1%
and 18.9% CAGRs, the Asia-Pacific 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Amsterdam wire press release from a Delft research firm: YoY growth with both amounts, CAGR with printed span;
    #    series unit USD million, so the 2030 "$2.31 billion" is converted. Expected nowhere: the report's title year,
    #    non-revenue water in cubic metres, the Dutch 5% loss rate, the 148 companies and 39 countries.
    dict(
        text=(
            "AMSTERDAM, 3 February 2025 /PRNewswire/ -- Water utilities around the world spent $812 million on "
            "AI-based leak detection and pressure management in 2024, up 17.3% from $692 million in 2023, according "
            "to the Leakage Intelligence Monitor 2025, released today by Delft-based research firm Polder Analytics. "
            "The firm expects the segment to reach $2.31 billion by 2030, a compound annual growth rate of 19.0% over "
            "2024-2030. Non-revenue water - treated water lost to leaks, theft and faulty meters - still runs to an "
            "estimated 126 billion cubic metres a year, the report says; even Dutch networks, among the tightest "
            "anywhere, lose about 5% of what they pump. The study draws on interviews with 148 water companies in "
            "39 countries."
        ),
        obs=[
            ("Total", 2023, 692, "USD million", "actual"),
            ("Total", 2024, 812, "USD million", "actual"),
            ("Total", 2030, 2310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (812 / 692) ** (1 / 1) - 1 = 17.341% -> 17.3
            ("cagr|implied", "exact"),  # (2310 / 812) ** (1 / 6) - 1 = 19.035% -> 19.0
        ],
    ),
    # 2. Johannesburg broker sector note in fiscal years: CAGR whose span only the amounts' years give, printed
    #    "roughly 20%" while the amounts give 19.34%. Expected nowhere: the 70% budget share (not of this market), the
    #    undated US$1.3trn waste industry, tonnes collected, the company's rand revenue, capex, target price, upside.
    dict(
        text=(
            "SA ENVIRONMENTAL SERVICES | Sector report | Johannesburg, 20 January 2025\n"
            "Smarter trucks, fewer kilometres. We estimate the global market for AI route-optimisation software in "
            "waste collection at US$1.9bn in FY2024 and see it reaching US$4.6bn by FY2029e, a CAGR of roughly 20%. "
            "Collection is still the costliest link in the chain - up to 70% of a typical municipal waste budget - in "
            "an industry that turns over more than US$1.3trn a year. Locally, Johannesburg's city-owned collector "
            "handles about 1.4 million tonnes a year. Our preferred exposure, Kgotla Waste Holdings (BUY, TP R48.50, "
            "22% upside), lifted FY2024 revenue 12% to R3.2bn and plans R410m of fleet capex in FY2025."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (4.6 / 1.9) ** (1 / 5) - 1 = 19.34% -> 19, not 20; bounds (4.55 / 1.95) ** (1/5) - 1 = 18.47%,
            # (4.65 / 1.85) ** (1/5) - 1 = 20.24% -> 20 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Singapore research-institute briefing: a total and two segments with their shares, one share printed more
    #    precisely than its inputs allow. Expected nowhere: NEWater's 40% of demand, the S$3.69 tariff, the 86
    #    operators polled and the survey's 58%.
    dict(
        text=(
            "SINGAPORE, 9 April 2025 - Spending on AI control systems for municipal and industrial wastewater "
            "treatment in Southeast Asia reached US$2.5 billion in 2024, according to a briefing from the Lion City "
            "Water Institute. Aeration optimisation, which trims the blowers that eat up most of a plant's "
            "electricity, took US$0.8 billion, or 32.4% of the total; chemical-dosing control accounted for US$0.61 "
            "billion (24%). The institute expects the regional market to reach US$4.4 billion in 2028. Singapore's "
            "own NEWater plants can now meet up to 40% of the island's water demand, and most households pay S$3.69 "
            "per cubic metre. Of the 86 plant operators the institute polled, 58% said they planned to extend AI "
            "control within two years."
        ),
        obs=[
            ("Total", 2024, 2.5, "USD billion", "actual"),
            ("Aeration optimisation", 2024, 0.8, "USD billion", "actual"),
            ("Chemical-dosing control", 2024, 0.61, "USD billion", "actual"),
            ("Total", 2028, 4.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 32.4, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 0.8 / 2.5 = 32.00% -> 32.0, not 32.4; bounds 0.75 / 2.55 = 29.41%, 0.85 / 2.45 = 34.69% -> reachable
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 0.61 / 2.5 = 24.40% -> 24
        ],
    ),
    # 4. Santiago news article quoting two research houses; series unit USD million, so the 2032 "US$1.02 billion" is
    #    converted; the printed 25.6% holds only by rounding. Expected nowhere: the second house's 2024 figure
    #    (US$205 million), Chile's 10% recycling rate, the start-up's round and valuation.
    dict(
        text=(
            "SANTIAGO, 17 July 2025 - Chile's extended-producer-responsibility law is pushing recyclers to automate. "
            "Latin America's market for AI-guided optical sorting equipment stood at US$164 million in 2024 and "
            "should reach US$1.02 billion in 2032, compound annual growth of 25.6%, according to Andes Circular "
            "Research, a Santiago consultancy. Sao Paulo-based Mercado Verde Partners puts the 2024 figure higher, "
            "at about US$205 million. Chile recycles only around 10% of its household waste, and local start-up "
            "Clasifica.ai raised US$11 million this month at a valuation of US$60 million to retrofit its cameras "
            "on existing conveyor lines."
        ),
        obs=[
            ("Total", 2024, 164, "USD million", "actual"),
            ("Total", 2032, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2024, 2032, None, "inferred"),
        ],
        verdicts=[
            # (1020 / 164) ** (1 / 8) - 1 = 25.67% -> 25.7, not 25.6; bounds (1015 / 164.5) ** (1/8) - 1 = 25.54%,
            # (1025 / 163.5) ** (1/8) - 1 = 25.79% -> 25.6 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 5. Houston investor-day transcript: a waste group sizes its TAM (the market, Total) and a 2.5x multiple to 2029.
    #    Expected nowhere: tons collected, households, the company's revenue and capex, the third quarter's truck
    #    miles, the company's 15% share target.
    dict(
        text=(
            "Summit Waste Systems - Investor Day 2025 - Houston, 18 November 2025 - Transcript excerpt\n"
            "Dana Whitcombe, Chief Digital Officer: Let me size the prize for you. We put the total addressable "
            "market for AI in collection routing, bin-level sensing and sorting-line vision at roughly $6.4 billion "
            "in 2024. By 2029 we think it's about two and a half times that - call it 2.5x, or some $16 billion. "
            "For context, we collected 62 million tons last year from 4.1 million households, and this business did "
            "$14.8 billion of revenue on capex of $1.9 billion. In the third quarter alone our routing engine took 11 "
            "million truck miles out of the network. And we're not shy about it: we want 15% of that TAM by the end "
            "of the decade."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Total", 2029, 16, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[],
    ),
    # 6. Berlin environment ministry draft plan with a 2030 target; series unit EUR million, so the "EUR 1.25 billion"
    #    target is converted; the printed 22.4% is a typo for about 20.4%. Expected nowhere: the plan's title years,
    #    the measure number, the EUR 180 million of funding, the 9,000 plants, the EUR 2.10 charge per cubic metre.
    dict(
        text=(
            "Federal Ministry for the Environment, Berlin - National Water Strategy: Digitalisation Action Programme "
            "2025-2030 (draft of 5 June 2025)\n"
            "Measure 4.3 - Artificial intelligence in water management. The German market for AI applications in "
            "drinking-water supply and wastewater treatment was worth EUR 410 million in 2024. The Federal "
            "Government's target is for it to grow to EUR 1.25 billion by 2030, which corresponds to average annual "
            "growth of 22.4% between 2024 and 2030. EUR 180 million in federal funding will be made available for "
            "pilot projects; Germany operates around 9,000 municipal wastewater treatment plants. Drinking-water "
            "charges currently average about EUR 2.10 per cubic metre."
        ),
        obs=[
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2030, 1250, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1250 / 410) ** (1 / 6) - 1 = 20.42% -> 20.4, not 22.4; bounds (1245 / 410.5) ** (1/6) - 1 = 20.31%,
            # (1255 / 409.5) ** (1/6) - 1 = 20.52% -> 22.4 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. Boston research note carrying a correction and a 2030 range; YoY growth with both amounts.
    #    Expected nowhere: the withdrawn $1.62 billion, tons landfilled in 2018, the 14% share of methane emissions,
    #    the start-up's Series C.
    dict(
        text=(
            "Granite Ridge Research | Landfill Tech Monitor | Boston, 11 August 2025\n"
            "Correction: an earlier version of this note put the 2023 market at $1.62 billion; the correct figure is "
            "$1.26 billion. We regret the error.\n"
            "AI monitoring of landfills - methane-plume detection from drones and satellites, leachate analytics and "
            "fire-risk scoring - was a $1.49 billion market in 2024, up 18% on the year. We now expect it to land "
            "between $3.5 billion and $4.2 billion in 2030, depending on how hard the methane rules are enforced. "
            "US landfills took in roughly 146 million tons of municipal solid waste in 2018, and landfill gas still "
            "accounts for about 14% of the country's methane emissions. Plume-mapping start-up Skyvent closed a "
            "$38 million Series C in June."
        ),
        obs=[
            ("Total", 2023, 1.26, "USD billion", "actual"),
            ("Total", 2024, 1.49, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("value", 3.5, "USD billion", 2030, 2030, None),
            ("value", 4.2, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.49 / 1.26) ** (1 / 1) - 1 = 18.25% -> 18
        ],
    ),
    # 8. Tel Aviv venture investor's blog post: "last year" = 2024 (actual), "this year" = 2025 (estimate), approximate
    #    figures. Expected nowhere: Israel's ~90% wastewater reuse, the portfolio company's Series B and valuation,
    #    km of pipe, litres flagged in the first quarter.
    dict(
        text=(
            "Blue Delta Ventures blog - Tel Aviv, 14 May 2025 - Why we keep backing water AI\n"
            "Israel lost its water anxiety a decade ago - desalination and the reuse of close to 90% of its "
            "wastewater saw to that - but its utilities never stopped hunting leaks. Globally, analytics that turn "
            "smart-meter data into leak and theft alerts were roughly a $1.1 billion market last year. This year we "
            "think it passes $1.3 billion, growth of about 18%, and our own model has it near $2.6 billion by 2029. "
            "Our portfolio company Hydrosense raised a $24 million Series B in March at a $180 million post-money "
            "valuation; its sensors now sit on 3,400 km of pipe and flagged 2.7 billion litres of losses in the "
            "first quarter."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2025, 1.3, "USD billion", "estimate"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.3 / 1.1) ** (1 / 1) - 1 = 18.18% -> 18
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts and a CAGR with printed span, in 亿元.
    #    Expected nowhere: the report's title year, the 9% and 15% leakage rates, water prices per cubic metre,
    #    the 217 utilities surveyed.
    dict(
        text=(
            "《中国智慧水务人工智能应用发展报告（2025）》摘要\n"
            "报告显示，2024年我国供水管网AI漏损检测市场规模达到38.6亿元，较2023年的31.1亿元增长24.1%。"
            "随着各地加快推进供水管网漏损治理，预计到2029年该市场规模将达到112.4亿元，"
            "2024—2029年复合增长率为23.8%。目前全国城市公共供水管网漏损率仍在9%左右，部分老旧城区超过15%；"
            "居民生活用水价格多在每立方米2至4元之间。本次调研覆盖全国217家供水企业。"
        ),
        obs=[
            ("Total", 2023, 31.1, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2029, 112.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("cagr", 23.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 31.1) ** (1 / 1) - 1 = 24.12% -> 24.1
            ("cagr|implied", "exact"),  # (112.4 / 38.6) ** (1 / 5) - 1 = 23.83% -> 23.8
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2023-2027); a second
    #     market (智慧环卫AI应用) is its own item. Expected nowhere: the document number and title years, the 65%
    #     recycling rate, daily tonnage capacity, the 10亿元 revenue threshold and the 10 firms.
    dict(
        text=(
            "浙江省推进再生资源回收智能化行动方案（2024—2027年）\n"
            "浙政办发〔2024〕31号\n"
            "二、主要目标\n"
            "2023年，全省AI智能分拣及回收数字化产业规模为37.5亿元。力争到2027年，产业规模突破150亿元，"
            "较2023年增长3倍；智慧环卫AI应用规模力争达到60亿元。城乡生活垃圾回收利用率达到65%以上，"
            "再生资源日回收处理能力达到4.5万吨，培育年营业收入超10亿元的龙头企业10家。"
        ),
        obs=[
            ("Total", 2023, 37.5, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
            ("智慧环卫AI应用", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes: the first institute's base, target and rate are the
    #     snippet's; the CAGR's span is only inferred. Expected nowhere: the second institute's 2024 61亿元, the
    #     2,800 plants, daily capacity in cubic metres, the 10%-20% power saving.
    dict(
        text=(
            "中新财经北京6月5日电（记者 王悦）记者5日从中国水环境智能研究院获悉，2024年我国污水处理AI智能控制"
            "市场规模为52.3亿元。该院预计，到2030年这一市场将增长至168亿元，年均复合增长率约21.5%。"
            "另一家机构水联数据则估算，2024年该市场规模约为61亿元。据介绍，全国城镇污水处理厂已超过2800座，"
            "日处理能力约2.3亿立方米，AI精确曝气可节省电耗10%至20%。"
        ),
        obs=[
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2030, 168, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (168 / 52.3) ** (1 / 6) - 1 = 21.47% -> 21.5
        ],
    ),
    # 12. Taiwanese association white paper (Traditional) in 新台幣億元: YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the white paper's title year, the 86% billed-water ratio, losses in cubic metres, the
    #     NT$10.35 tariff per unit.
    dict(
        text=(
            "台灣智慧水資源產業協會《2025年度產業白皮書》\n"
            "根據本會調查，2024年台灣AI智慧水表與漏水偵測市場規模達新台幣42.7億元，較2023年的35.9億元成長18.9%。"
            "隨著自來水事業加速汰換老舊管線，本會預估2028年市場規模將上看新台幣78.2億元，"
            "2024至2028年年複合成長率為16.3%。台水去年售水率提升至約86%，但每年漏失水量仍超過5億立方公尺；"
            "目前基本水價為每度新台幣10.35元。"
        ),
        obs=[
            ("Total", 2023, 35.9, "TWD 100 million", "actual"),
            ("Total", 2024, 42.7, "TWD 100 million", "actual"),
            ("Total", 2028, 78.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("cagr", 16.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.7 / 35.9) ** (1 / 1) - 1 = 18.94% -> 18.9
            ("cagr|implied", "exact"),  # (78.2 / 42.7) ** (1 / 4) - 1 = 16.33% -> 16.3
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a part and its share, the share holding only by rounding.
    #     Expected nowhere: daily landfill tonnage, the 32% recycling rate, the start-up's 5,000萬港元 round.
    dict(
        text=(
            "【本報訊】2025年4月22日 — 都市固體廢物收費計劃押後實施，本港業界仍積極引入人工智能。據香港環保科技協會最新報告，"
            "2024年本港AI廢物管理及回收科技市場規模約18.6億港元，其中AI光學分揀設備佔7.9億港元，約佔43%。"
            "協會預計，市場規模到2027年可增至約31億港元。本港每日棄置於堆填區的都市固體廢物約1.1萬公噸，"
            "整體回收率僅約32%；本地初創「揀得」上月完成5,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("AI光學分揀設備", 2024, 7.9, "HKD 100 million", "actual"),
            ("Total", 2027, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 7.9 / 18.6 = 42.47% -> 42, not 43; bounds 7.85 / 18.65 = 42.09%, 7.95 / 18.55 = 42.86% -> 43 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Taipei news story (Traditional) using 去年/今年 with a 2025 dateline: 去年 = 2024 actual, 今年 = 2025 estimate.
    #     Expected nowhere: the 6,700 garbage trucks, tonnes collected, the 56% recycling rate, the first quarter's
    #     mileage cut (一成, a fraction in words).
    dict(
        text=(
            "【台北報導】2025年3月18日\n"
            "環境部推動垃圾清運數位化，AI路線優化成為各縣市清潔隊的新工具。台經智庫產業研究中心指出，"
            "去年台灣AI垃圾清運路線優化市場規模約新台幣6.8億元，今年可望成長19%至8.1億元，"
            "2027年有機會突破12億元。全台清潔隊目前約有6,700輛垃圾車，去年一般廢棄物清運量約830萬公噸，"
            "資源回收率已達56%。今年第一季，新北市清潔隊導入AI排程後，每車平均里程下降了約一成。"
        ),
        obs=[
            ("Total", 2024, 6.8, "TWD 100 million", "actual"),
            ("Total", 2025, 8.1, "TWD 100 million", "estimate"),
            ("Total", 2027, 12, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified) with a target price; the CAGR's span is only inferred and its 25.8%
    #     is a transposition of 28.5%. Expected nowhere: the stock code, the company's revenue, growth, margin and
    #     first-quarter revenue, its 20% share target, the PE multiple and target price.
    dict(
        text=(
            "【深度报告】绿源智选（688417）：AI光学分选龙头，受益再生资源政策加码\n"
            "华信证券研究所 2025年3月10日\n"
            "我们测算，2024年国内AI光学分选设备市场规模为46.5亿元，预计2027年达到98.7亿元，年均复合增长率25.8%。"
            "其中，塑料瓶片与废纸分选是最大的两个应用场景。公司2024年实现营业收入8.7亿元，同比增长31%，"
            "毛利率42.6%；2025年一季度实现收入2.1亿元。公司力争2027年国内市占率提升至20%。"
            "我们给予公司2025年35倍PE，对应目标价32.5元，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 46.5, "CNY 100 million", "actual"),
            ("Total", 2027, 98.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.8, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (98.7 / 46.5) ** (1 / 3) - 1 = 28.52% -> 28.5, not 25.8; bounds (98.65 / 46.55) ** (1/3) - 1 = 28.45%,
            # (98.75 / 46.45) ** (1/3) - 1 = 28.58% -> 25.8 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 16. Markdown pipe table (English) with E and F columns and a Total row; the 2027F total adds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3: Global market for AI in municipal solid waste, by application (US$ million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Optical sorting | 612 | 744 | 902 | 1,318 |\n"
            "| Route optimisation | 438 | 521 | 630 | 905 |\n"
            "| Landfill monitoring | 187 | 226 | 274 | 402 |\n"
            "| Total | 1,237 | 1,491 | 1,806 | 2,626 |\n"
            "\n"
            "Source: Rijnmond Circular Insights, Rotterdam, February 2025. E = estimate, F = forecast."
        ),
        obs=[
            ("Optical sorting", 2023, 612, "USD million", "actual"),
            ("Optical sorting", 2024, 744, "USD million", "actual"),
            ("Optical sorting", 2025, 902, "USD million", "estimate"),
            ("Optical sorting", 2027, 1318, "USD million", "estimate"),
            ("Route optimisation", 2023, 438, "USD million", "actual"),
            ("Route optimisation", 2024, 521, "USD million", "actual"),
            ("Route optimisation", 2025, 630, "USD million", "estimate"),
            ("Route optimisation", 2027, 905, "USD million", "estimate"),
            ("Landfill monitoring", 2023, 187, "USD million", "actual"),
            ("Landfill monitoring", 2024, 226, "USD million", "actual"),
            ("Landfill monitoring", 2025, 274, "USD million", "estimate"),
            ("Landfill monitoring", 2027, 402, "USD million", "estimate"),
            ("Total", 2023, 1237, "USD million", "actual"),
            ("Total", 2024, 1491, "USD million", "actual"),
            ("Total", 2025, 1806, "USD million", "estimate"),
            ("Total", 2027, 2626, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 438 + 187 = 1237 = 1,237
            ("hierarchy", "exact"),  # 2024: 744 + 521 + 226 = 1491 = 1,491
            ("hierarchy", "exact"),  # 2025E: 902 + 630 + 274 = 1806 = 1,806
            # 2027F: 1318 + 905 + 402 = 2625 vs 2,626; rows' bounds 2623.5-2626.5, total's 2625.5-2626.5 -> overlap
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (the market's Total) and a YoY
    #     column; the 2025F YoY (21.0%) is a typo for 20.1%. Expected nowhere: the outlook's date, the note's years.
    dict(
        text=(
            "Asia-Pacific: AI process control in wastewater treatment\n"
            "(Pan-Asia Infrastructure Bank, Water Sector Outlook, Singapore, 2 September 2025)\n"
            "\n"
            "Year       USD m      YoY\n"
            "2021         412        -\n"
            "2022         498    20.9%\n"
            "2023         597    19.9%\n"
            "2024         721    20.8%\n"
            "2025F        866    21.0%\n"
            "2026F      1,035    19.5%\n"
            "\n"
            "Note: 2025-26 are bank staff forecasts. Figures exclude civil works and the wider water-services market."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 597, "USD million", "actual"),
            ("Total", 2024, 721, "USD million", "actual"),
            ("Total", 2025, 866, "USD million", "estimate"),
            ("Total", 2026, 1035, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2021, 2022, 1.0),
            ("growth", 19.9, "percent", 2022, 2023, 1.0),
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 19.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 498 / 412 - 1 = 20.87% -> 20.9
            ("cagr|implied", "exact"),  # 597 / 498 - 1 = 19.88% -> 19.9
            ("cagr|implied", "exact"),  # 721 / 597 - 1 = 20.77% -> 20.8
            # 866 / 721 - 1 = 20.11% -> 20.1, not 21.0; bounds 865.5 / 721.5 - 1 = 19.96%, 866.5 / 720.5 - 1 = 20.26%
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1035 / 866 - 1 = 19.52% -> 19.5
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and an E column. Expected nowhere: the table number, the
    #     title's years, the source's date.
    dict(
        text=(
            "表2  2023—2025年中国智慧水务AI细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "管网漏损检测\t31.1\t38.6\t47.2\n"
            "智能水表数据分析\t18.4\t22.9\t28.1\n"
            "污水处理智能控制\t42.7\t52.3\t63.5\n"
            "水质预警与调度\t9.6\t11.8\t14.6\n"
            "合计\t101.8\t125.6\t153.4\n"
            "资料来源：华东水务研究中心，2025年1月"
        ),
        obs=[
            ("管网漏损检测", 2023, 31.1, "CNY 100 million", "actual"),
            ("管网漏损检测", 2024, 38.6, "CNY 100 million", "actual"),
            ("管网漏损检测", 2025, 47.2, "CNY 100 million", "estimate"),
            ("智能水表数据分析", 2023, 18.4, "CNY 100 million", "actual"),
            ("智能水表数据分析", 2024, 22.9, "CNY 100 million", "actual"),
            ("智能水表数据分析", 2025, 28.1, "CNY 100 million", "estimate"),
            ("污水处理智能控制", 2023, 42.7, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2024, 52.3, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2025, 63.5, "CNY 100 million", "estimate"),
            ("水质预警与调度", 2023, 9.6, "CNY 100 million", "actual"),
            ("水质预警与调度", 2024, 11.8, "CNY 100 million", "actual"),
            ("水质预警与调度", 2025, 14.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 101.8, "CNY 100 million", "actual"),
            ("合计", 2024, 125.6, "CNY 100 million", "actual"),
            ("合计", 2025, 153.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 31.1 + 18.4 + 42.7 + 9.6 = 101.8
            ("hierarchy", "exact"),  # 2024: 38.6 + 22.9 + 52.3 + 11.8 = 125.6
            ("hierarchy", "exact"),  # 2025E: 47.2 + 28.1 + 63.5 + 14.6 = 153.4
        ],
    ),
    # 19. Tab-separated fiscal-year broker exhibit (US$ bn) with a Total row and a CAGR FY24-26e column (stated span);
    #     two CAGRs hold only by rounding. Expected nowhere: the exhibit number, the source's date.
    dict(
        text=(
            "Exhibit 7: US AI waste-tech addressable market by segment, fiscal years (US$ bn)\n"
            "Segment\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "AI route optimisation\t1.42\t1.68\t2.01\t2.39\t19.3%\n"
            "AI optical sorting\t0.96\t1.17\t1.43\t1.74\t21.8%\n"
            "Landfill & emissions monitoring\t0.51\t0.60\t0.72\t0.86\t19.6%\n"
            "Total\t2.89\t3.45\t4.16\t4.99\t20.3%\n"
            "Source: Harlow & Finch Securities estimates, New York, 6 March 2025."
        ),
        obs=[
            ("AI route optimisation", 2023, 1.42, "USD billion", "actual"),
            ("AI route optimisation", 2024, 1.68, "USD billion", "actual"),
            ("AI route optimisation", 2025, 2.01, "USD billion", "estimate"),
            ("AI route optimisation", 2026, 2.39, "USD billion", "estimate"),
            ("AI optical sorting", 2023, 0.96, "USD billion", "actual"),
            ("AI optical sorting", 2024, 1.17, "USD billion", "actual"),
            ("AI optical sorting", 2025, 1.43, "USD billion", "estimate"),
            ("AI optical sorting", 2026, 1.74, "USD billion", "estimate"),
            ("Landfill & emissions monitoring", 2023, 0.51, "USD billion", "actual"),
            ("Landfill & emissions monitoring", 2024, 0.60, "USD billion", "actual"),
            ("Landfill & emissions monitoring", 2025, 0.72, "USD billion", "estimate"),
            ("Landfill & emissions monitoring", 2026, 0.86, "USD billion", "estimate"),
            ("Total", 2023, 2.89, "USD billion", "actual"),
            ("Total", 2024, 3.45, "USD billion", "actual"),
            ("Total", 2025, 4.16, "USD billion", "estimate"),
            ("Total", 2026, 4.99, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2026, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 1.42 + 0.96 + 0.51 = 2.89
            ("hierarchy", "exact"),  # FY2024: 1.68 + 1.17 + 0.60 = 3.45
            ("hierarchy", "exact"),  # FY2025e: 2.01 + 1.43 + 0.72 = 4.16
            ("hierarchy", "exact"),  # FY2026e: 2.39 + 1.74 + 0.86 = 4.99
            ("cagr|implied", "exact"),  # (2.39 / 1.68) ** (1 / 2) - 1 = 19.27% -> 19.3
            # (1.74 / 1.17) ** (1 / 2) - 1 = 21.95% -> not 21.8; bounds (1.735 / 1.175) ** (1/2) - 1 = 21.52%,
            # (1.745 / 1.165) ** (1/2) - 1 = 22.39% -> 21.8 reachable
            ("cagr|implied", "rounding"),
            # (0.86 / 0.60) ** (1 / 2) - 1 = 19.72% -> 19.7, not 19.6; bounds (0.855 / 0.605) ** (1/2) - 1 = 18.88%,
            # (0.865 / 0.595) ** (1/2) - 1 = 20.57% -> 19.6 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4.99 / 3.45) ** (1 / 2) - 1 = 20.27% -> 20.3
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100.0% is no claim).
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "表4：2024年台灣AI水資源管理應用市場結構（單位：新台幣百萬元）\n"
            "| 應用領域 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| 漏水偵測與管網監測 | 1,286 | 37.6% |\n"
            "| 智慧水表資料分析 | 947 | 27.7% |\n"
            "| 污水處理智慧控制 | 803 | 23.5% |\n"
            "| 水質監測與預警 | 384 | 11.2% |\n"
            "| 合計 | 3,420 | 100.0% |\n"
            "資料來源：台灣水環境科技研究中心，2025年5月"
        ),
        obs=[
            ("漏水偵測與管網監測", 2024, 1286, "TWD million", "actual"),
            ("智慧水表資料分析", 2024, 947, "TWD million", "actual"),
            ("污水處理智慧控制", 2024, 803, "TWD million", "actual"),
            ("水質監測與預警", 2024, 384, "TWD million", "actual"),
            ("合計", 2024, 3420, "TWD million", "actual"),
        ],
        claims=[
            ("share", 37.6, "percent", 2024, 2024, None),
            ("share", 27.7, "percent", 2024, 2024, None),
            ("share", 23.5, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 1286 + 947 + 803 + 384 = 3420 = 3,420
            ("arithmetic", "exact"),  # 1286 / 3420 = 37.60% -> 37.6
            ("arithmetic", "exact"),  # 947 / 3420 = 27.69% -> 27.7
            ("arithmetic", "exact"),  # 803 / 3420 = 23.48% -> 23.5
            ("arithmetic", "exact"),  # 384 / 3420 = 11.23% -> 11.2
        ],
    ),
    # 21. US water-tech earnings-call transcript; the CEO sizes the North American TAM, CAGR span only from the amounts.
    #     Expected nowhere: quarterly revenue and its growth, households served, full-year guidance, the broader
    #     water-infrastructure market, gallons lost per day.
    dict(
        text=(
            "Aquilent Systems, Inc. (NYSE: AQNT) Q3 2025 Earnings Call Transcript - October 30, 2025\n"
            "Dana Whitcombe, Chief Executive Officer: Thanks, operator, and good afternoon, everyone. Revenue for the "
            "quarter came in at $212.4 million, up 9% year over year, and we now sit behind just over 4.1 million "
            "metered households. We're raising full-year guidance to $830 million. Let me spend a minute on the "
            "opportunity, because I get asked about it on every call. We size the total addressable market for "
            "AI-driven leak detection and smart-meter analytics in North America at about $3.2 billion in 2024, and "
            "we think it gets to $7.5 billion by 2030 - call it a 15% compound rate. That sits inside a broader "
            "water-infrastructure market of roughly $140 billion, so we're not short of runway. And the problem isn't "
            "going away: U.S. utilities still lose something like six billion gallons of treated water every day."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 7.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.5 / 3.2) ** (1 / 6) - 1 = 15.25% -> 15
        ],
    ),
    # 22. Development-bank working-paper abstract (Chile / Latin America): a stated CAGR inconsistent with its amounts;
    #     the 2030 figure in billions is converted to the series' USD million.
    #     Expected nowhere: the paper number, the regional wastewater-treatment market, the 14 plants, the 12-18%
    #     energy saving, Chile's treatment coverage, the peso tariff per cubic metre.
    dict(
        text=(
            "IDB Working Paper Series No. IDB-WP-1587 (November 2024)\n"
            "Learning to Aerate: Artificial Intelligence and the Economics of Wastewater Treatment in Latin America\n"
            "Abstract: Wastewater utilities in Latin America are among the region's largest municipal electricity "
            "users. Drawing on procurement records and vendor interviews, we estimate that spending on AI-based process "
            "control in the region's wastewater treatment plants reached USD 410 million in 2023, a small slice of a "
            "regional wastewater treatment market of roughly USD 38 billion, and we project it to reach USD 1.1 "
            "billion by 2030, a compound annual growth rate of 17.4% over 2023-2030. Trials in 14 Chilean plants, "
            "where nearly all urban wastewater is already treated, cut aeration energy by 12-18%. Because Chilean "
            "sanitation tariffs average about CLP 1,050 per cubic metre, the savings accrue largely to regulated "
            "operators. JEL codes: Q25, L95, O33."
        ),
        obs=[
            ("Total", 2023, 410, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (1100 / 410) ** (1 / 7) - 1 = 15.14%; bounds (1050 / 410.5) ** (1/7) - 1 = 14.36%,
            # (1150 / 409.5) ** (1/7) - 1 = 15.89% -> 17.4 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Singapore analyst's social-media thread on AI optical sorting: a YoY jump that holds only by rounding and a
    #     multiple. Expected nowhere: "roughly a third" (a share in words), the landfill's closing year, recycling
    #     rates, the Series B and its valuation.
    dict(
        text=(
            "\U0001f9f5 Thread: the least-hyped AI market I track is the one that stares at rubbish all day. "
            "(SG-based, views my own, not investment advice)\n\n"
            "1/ Global spend on AI-guided optical sorters and vision retrofits at materials recovery facilities hit "
            "$1.9bn in 2024, vs $1.5bn in 2023 - a 25% jump, per Kestrel Circular's latest tracker.\n\n"
            "2/ Their base case has the market at 2.5x its 2024 size by 2028. Sounds aggressive until you do the "
            "labour maths on a manual picking line.\n\n"
            "3/ Asia-Pacific is roughly a third of spend. Here at home NEA keeps reminding us Semakau Landfill fills "
            "up by 2035.\n\n"
            "4/ Recycling rates barely move: our domestic recycling rate was 12% last year, and only ~9% of all "
            "plastic ever made has been recycled.\n\n"
            "5/ Deal flow: @SortMindAI closed a $48M Series B at a ~$350M post-money valuation this week. /end"
        ),
        obs=[
            ("Total", 2023, 1.5, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (1.9 / 1.5) - 1 = 26.67% -> 27, not 25; bounds 1.85 / 1.55 - 1 = 19.35%, 1.95 / 1.45 - 1 = 34.48%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. US web article on AI route optimisation for waste collection, carrying a correction (the corrected
    #     $480 million is the 2024 figure); the 2029 figure in billions is converted to USD million.
    #     Expected nowhere: the misstated $840 million, the whole waste industry, tons collected, trucks,
    #     the funding round.
    dict(
        text=(
            "Your garbage truck now takes orders from an algorithm\n"
            "By Marisa Okafor | Updated June 3, 2025\n"
            "Every weekday morning, 38 collection trucks leave a depot outside Columbus, Ohio, on routes that no "
            "dispatcher drew. The U.S. market for AI route-optimisation software in municipal and commercial waste "
            "collection reached $480 million in 2024, up 18% from $407 million a year earlier, according to "
            "Tollgate Research, which expects it to hit $1.05 billion by 2029. That is still a rounding error in a "
            "roughly $120 billion waste-management industry whose haulers collect about 292 million tons a year. "
            "Investors are paying attention anyway: Denver-based RouteIQ raised $35 million last month.\n"
            "Correction, June 3, 2025: An earlier version of this article misstated the size of the U.S. market for "
            "AI route-optimisation software in 2024. It was $480 million, not $840 million."
        ),
        obs=[
            ("Total", 2023, 407, "USD million", "actual"),
            ("Total", 2024, 480, "USD million", "actual"),
            ("Total", 2029, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 480 / 407 - 1 = 17.94% -> 18
        ],
    ),
    # 25. Dutch water group's annual-report letter; "last year" is 2024 (dateline 2025); a segment share that holds
    #     only by rounding; "double by 2029" is a x2 multiple. Expected nowhere: group revenue and its growth, capex,
    #     non-revenue water, "about a tenth" (a share in words), the tariff per cubic metre.
    dict(
        text=(
            "Annual Report 2024 | Letter from the Chief Executive\n"
            "Waterkracht Groep N.V., Amersfoort, 27 February 2025\n"
            "Dear shareholders,\n"
            "2024 was the year in which artificial intelligence moved out of our pilot plants and into our pipes. "
            "Group revenue rose 6% to EUR 1.87 billion and we invested a record EUR 412 million in our networks. "
            "We estimate that the European market for AI in water networks - leak detection, pressure management and "
            "smart-meter analytics - was worth some EUR 1.3 billion last year, of which smart-meter analytics "
            "accounted for EUR 0.55 billion, or roughly 41%. We expect that market to double by 2029. The "
            "Netherlands, where barely 5% of the water we pump is lost, represents about a tenth of it, and our "
            "customers pay an average of EUR 1.62 per cubic metre - among the lowest bills in Western Europe."
        ),
        obs=[
            ("Total", 2024, 1.3, "EUR billion", "actual"),
            ("Smart-meter analytics", 2024, 0.55, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            # 0.55 / 1.3 = 42.31% -> 42, not 41; bounds 0.545 / 1.35 = 40.37%, 0.555 / 1.25 = 44.40%
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. German waste group's capital-markets-day slide bullets: addressable market and its CAGR.
    #     Expected nowhere: tonnes handled, sites, the recycling rate, the company's share target, group revenue,
    #     EBITDA margin, capex.
    dict(
        text=(
            "Rheinwert Umwelt AG | Capital Markets Day 2025 | Cologne, 18 September 2025\n"
            "Slide 14 - Sorting 4.0: the AI opportunity\n"
            "\u2022 11.8 Mt of waste handled in 2024 across 63 sites\n"
            "\u2022 Addressable market for AI-enabled sorting & plant automation, DACH + Benelux: "
            "\u20ac2.4bn (2024) \u2192 \u20ac4.1bn (2029E)\n"
            "\u2022 Market CAGR 2024-29E: ~11%\n"
            "\u2022 German packaging recycling rate 2024: 68%\n"
            "\u2022 Our ambition: 15% share of the addressable market by 2029\n"
            "\u2022 Group revenue 2024: \u20ac3.6bn; adj. EBITDA margin 14.2%\n"
            "\u2022 Capex 2025E: \u20ac310m, of which \u20ac45m AI & robotics"
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("Total", 2029, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 11, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 2.4) ** (1 / 5) - 1 = 11.30% -> 11
        ],
    ),
    # 27. South African engineering-forum answer on AI landfill monitoring: a headline CAGR inconsistent with its
    #     amounts; a second publisher's 2023 figure. Expected nowhere: Methanix's $310 million, landfill sites,
    #     tonnes a day, the rand tender.
    dict(
        text=(
            "Re: Is there any decent market data on AI landfill gas monitoring?\n"
            "Posted by enviro_eng_jhb \u00bb Fri 14 Feb 2025, 09:12\n"
            "Short answer: it's small but it's moving fast. The most-cited public figure is from Veldhuis Research in "
            "Rotterdam: they put global spend on AI-based landfill and methane-emissions monitoring (drones, fixed "
            "sensors, satellite analytics) at $265 million in 2023 and reckon it'll be $1.02 billion by 2030. They "
            "headline that as a 25% CAGR for 2023-2030, which doesn't square with their own numbers if you run them. "
            "Methanix Insights is more generous and had 2023 at about $310 million, but their scope includes flare "
            "management.\n"
            "For SA context: we have roughly 500 licensed landfill sites, and Robinson Deep alone takes about 3,000 "
            "tonnes a day. Joburg's last monitoring tender was R38 million over three years, so don't expect the "
            "local slice to be big. Hope that helps."
        ),
        obs=[
            ("Total", 2023, 265, "USD million", "actual"),
            ("Total", 2030, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (1020 / 265) ** (1 / 7) - 1 = 21.23%; bounds (1015 / 265.5) ** (1/7) - 1 = 21.12%,
            # (1025 / 264.5) ** (1/7) - 1 = 21.35% -> 25 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Tel Aviv research-house sector note with an aside in shekels (not in the unit table).
    #     Expected nowhere: the NIS 420 million domestic spend, "roughly a quarter" (a share in words),
    #     non-revenue water, the funding round and valuation, the target price and upside.
    dict(
        text=(
            "Tel Aviv, 9 July 2025 | Sector note | Water technology | Sharon Keshet Research\n"
            "Leaks are data. We size the global market for AI-based leak detection and pressure management at "
            "US$1.64bn in 2024 and see it reaching US$2.97bn by 2028E, a CAGR of 16.0% over 2024-28E. Israeli "
            "vendors, from acoustic-sensor start-ups to satellite-analytics houses, already capture roughly a "
            "quarter of it. At home, Mekorot and the municipal water corporations plan to spend about NIS 420 "
            "million on network digitisation this year, although Israel's non-revenue water is already below 10%. "
            "Portfolio name AquaSignal (not rated) raised US$30m in May at a reported US$210m valuation. We "
            "reiterate Outperform on HydroSense (TP ILS 58, 22% upside)."
        ),
        obs=[
            ("Total", 2024, 1.64, "USD billion", "actual"),
            ("Total", 2028, 2.97, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.97 / 1.64) ** (1 / 4) - 1 = 16.005% -> 16.0
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY growth with both amounts, a 2027 forecast ("突破" at its printed
    #     figure). Expected nowhere: 约占四成 (a share in words), the report's title year, water supplied, the
    #     leakage rate, the whole water industry's 1.1万亿元.
    dict(
        text=(
            "新华社北京4月22日电（记者周立群）记者22日从中国城镇供水排水协会获悉，2024年我国供水和排水领域人工智能"
            "应用市场规模达到186亿元，比上年的150.6亿元增长23.5%。其中，管网漏损智能监测与智能水表数据分析约占四成。"
            "协会发布的《2025中国智慧水务发展报告》显示，2024年全国城市公共供水总量约680亿立方米，公共供水管网漏损率"
            "已降至9%以下。目前全国水务行业整体市场规模已超过1.1万亿元，人工智能应用的比重仍然偏低。协会预计，到2027年，"
            "供排水领域人工智能应用市场规模有望突破350亿元。"
        ),
        obs=[
            ("Total", 2023, 150.6, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 350, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 150.6 - 1 = 23.506% -> 23.5
        ],
    ),
    # 30. Ministry implementation plan (Simplified): a 2027 target and 较2022年增长3倍 (x3 over five years).
    #     Expected nowhere: the document number, the plan's title years, the collection rate, the electricity
    #     reduction, the count of firms.
    dict(
        text=(
            "住房和城乡建设部 生态环境部关于印发《城镇污水处理智能化提升行动实施方案（2025—2027年）》的通知\n"
            "建城〔2025〕31号\n"
            "各省、自治区住房和城乡建设厅、生态环境厅，直辖市住房和城乡建设（管）委、生态环境局：……\n"
            "二、主要目标\n"
            "到2027年，全国地级及以上城市污水处理厂基本完成智能化改造，人工智能在曝气、加药、污泥处理等过程控制中的"
            "应用市场规模达到300亿元以上，较2022年增长3倍；城市生活污水集中收集率达到73%以上，污水处理厂吨水电耗较"
            "2022年下降10%；培育50家以上专业化智能控制服务企业。"
        ),
        obs=[
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese industry-institute release (Traditional): YoY growth exact, a stated CAGR that holds only by
    #     rounding. Expected nowhere: the dateline, the leakage rate and its percentage points, the meter count.
    dict(
        text=(
            "【2025/03/18 台北訊】資通產業研究院（ICIR）今（18）日發布「水資源科技產業趨勢」研究指出，2024年台灣水務"
            "AI應用市場（涵蓋智慧水表資料分析、管線漏水偵測與管網壓力管理）規模達新台幣48.6億元，較2023年的40.1億元"
            "成長21.2%。ICIR資深產業分析師林怡君表示，在自來水事業加速汰換老舊管線的帶動下，預估2027年市場規模將達"
            "新台幣82億元，2024至2027年年複合成長率（CAGR）為19.1%。另據統計，台灣自來水公司2024年漏水率為12.9%，"
            "較十年前下降約5個百分點；全台智慧水表累計布建已逾65萬具。"
        ),
        obs=[
            ("Total", 2023, 40.1, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 82, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("cagr", 19.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 40.1 - 1 = 21.197% -> 21.2
            # (82 / 48.6) ** (1 / 3) - 1 = 19.049% -> 19.0, not 19.1; bounds (81.5 / 48.65) ** (1/3) - 1 = 18.77%,
            # (82.5 / 48.55) ** (1/3) - 1 = 19.33%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong press report (Traditional): 去年 = 2024, 今年 = 2025 (estimate), 億港元.
    #     Expected nowhere: the first quarter's contracts, tonnes to landfill, the ~三成 recycling rate,
    #     the 320 firms surveyed and the 57% answer.
    dict(
        text=(
            "（本報訊）2025年6月12日——香港環保科技協會昨日公布調查報告，估計本港AI智能回收分揀及垃圾收集路線優化"
            "市場去年規模約3.2億港元，今年可望增至4.1億港元，按年增長28%。協會主席陳家豪表示，垃圾收費雖然押後實施，"
            "但不少物業管理公司已率先引入AI智能回收箱，今年首季相關合約金額約9,800萬港元。報告又指，本港每日棄置於"
            "堆填區的都市固體廢物約11,000公噸，回收率僅約三成。在受訪的320間企業中，有57%表示未來兩年會增加相關投資。"
        ),
        obs=[
            ("Total", 2024, 3.2, "HKD 100 million", "actual"),
            ("Total", 2025, 4.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.1 / 3.2 - 1 = 28.125% -> 28
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): a CAGR whose span only the amounts' years give; 上看 a 2028 figure.
    #     Expected nowhere: the truck price, the cleaning-crew headcount, the recycling rate, the clock time.
    dict(
        text=(
            "作者 trashpanda0912 (垃圾浣熊)\n"
            "看板 Gossiping\n"
            "標題 [問卦] 垃圾車路線給AI排，這市場有多大？\n"
            "時間 Mon Aug 11 21:47:03 2025\n\n"
            "如題\n"
            "今天看到某研究機構的報告，說台灣AI垃圾清運路線優化加掩埋場監測的市場\n"
            "2022年才新台幣6.8億，2024年已經衝到11.3億，算起來年複合成長大概29%\n"
            "報告還說2028年上看新台幣25億\n"
            "但我家這邊垃圾車還是每天晚上7點準時唱少女的祈禱\n"
            "一台垃圾車動輒500萬，全台清潔隊員3萬多人\n"
            "環境部說資源回收率已經超過55%\n"
            "有沒有八卦？"
        ),
        obs=[
            ("Total", 2022, 6.8, "TWD 100 million", "actual"),
            ("Total", 2024, 11.3, "TWD 100 million", "actual"),
            ("Total", 2028, 25, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11.3 / 6.8) ** (1 / 2) - 1 = 28.91% -> 29
        ],
    ),
    # 34. Mainland brokerage research abstract (Simplified): a stated CAGR with both amounts and a 2027 range.
    #     Expected nowhere: the report date, tonnes recycled and the recycling rate, the company's revenue,
    #     the target price and its PE multiple.
    dict(
        text=(
            "华岳证券 | 环保设备行业深度报告 | 2025年3月12日\n"
            "AI光学分选：再生资源的“眼睛”\n"
            "投资要点：\n"
            "■ 市场快速扩容。我们测算，我国再生资源领域AI光学分选设备及产线智能化改造市场规模由2021年的35亿元增至"
            "2024年的约62亿元，2021-2024年复合增速21%。随着废塑料、废纸分拣中心加快“机器换人”，我们预计2027年"
            "市场规模有望达到110-130亿元。\n"
            "■ 回收体量仍有提升空间。2024年我国废塑料回收量约1900万吨，回收率约30%。\n"
            "■ 投资建议：首次覆盖明视环科，公司2024年营收9.6亿元，给予“买入”评级，目标价28.5元，对应2025年22倍PE。\n"
            "■ 风险提示：再生料价格波动；政策推进不及预期。"
        ),
        obs=[
            ("Total", 2021, 35, "CNY 100 million", "actual"),
            ("Total", 2024, 62, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 21, "percent", 2021, 2024, None, "stated"),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
            ("value", 130, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62 / 35) ** (1 / 3) - 1 = 20.997% -> 21
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): management sizes the market (Total), CAGR span
    #     only from the amounts. Expected nowhere: the segment's revenue and growth, new orders, the first quarter's
    #     revenue, the gross margin and its percentage points.
    dict(
        text=(
            "清源环境科技股份有限公司2024年度暨2025年第一季度业绩说明会文字实录（2025年5月9日）\n"
            "投资者提问：请问公司如何看待人工智能在污水处理厂过程控制领域的市场空间？\n"
            "董事长 许振华：感谢您的关注。按照我们内部的测算，国内污水处理厂精确曝气、智能加药、污泥脱水优化等AI控制"
            "系统的市场空间，2024年大概在120亿元，到2028年有望达到260亿元左右，年均复合增速在21%上下。公司2024年"
            "智慧水务板块实现营业收入4.3亿元，同比增长35%，新签订单6.1亿元；今年一季度该板块收入1.02亿元。\n"
            "投资者提问：该业务毛利率水平如何？\n"
            "财务总监 孙莉：2024年该板块毛利率为41.6%，较上年提升2.3个百分点。"
        ),
        obs=[
            ("Total", 2024, 120, "CNY 100 million", "actual"),
            ("Total", 2028, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (260 / 120) ** (1 / 4) - 1 = 21.32% -> 21
        ],
    ),
    # 36. Singapore research house, markdown pipe table by segment with a Total row and an F column; the 2024 total
    #     adds only by rounding. Expected nowhere: the table number, the wider APAC water and waste market, PUB's
    #     daily treatment capacity.
    dict(
        text=(
            "Merlion Environmental Insights | AI for Water & Waste: Asia-Pacific Market Monitor, May 2025\n"
            "Table 2: Asia-Pacific AI water and waste market by segment (US$ million)\n\n"
            "| Segment | 2023 | 2024 | 2028F |\n"
            "|---|---:|---:|---:|\n"
            "| Leak detection & smart metering | 412 | 498 | 1,046 |\n"
            "| Wastewater treatment control | 287 | 351 | 802 |\n"
            "| Optical sorting in recycling | 356 | 447 | 1,013 |\n"
            "| Waste collection route optimisation | 118 | 149 | 361 |\n"
            "| Landfill & plastic-flow monitoring | 64 | 83 | 227 |\n"
            "| Total | 1,237 | 1,529 | 3,449 |\n\n"
            "Note: Figures may not sum due to rounding. For scale, the wider APAC water and waste-management market "
            "is estimated at US$410 billion in 2024; Singapore's PUB alone treats about 1.9 million cubic metres of "
            "used water a day."
        ),
        obs=[
            ("Leak detection & smart metering", 2023, 412, "USD million", "actual"),
            ("Leak detection & smart metering", 2024, 498, "USD million", "actual"),
            ("Leak detection & smart metering", 2028, 1046, "USD million", "estimate"),
            ("Wastewater treatment control", 2023, 287, "USD million", "actual"),
            ("Wastewater treatment control", 2024, 351, "USD million", "actual"),
            ("Wastewater treatment control", 2028, 802, "USD million", "estimate"),
            ("Optical sorting in recycling", 2023, 356, "USD million", "actual"),
            ("Optical sorting in recycling", 2024, 447, "USD million", "actual"),
            ("Optical sorting in recycling", 2028, 1013, "USD million", "estimate"),
            ("Waste collection route optimisation", 2023, 118, "USD million", "actual"),
            ("Waste collection route optimisation", 2024, 149, "USD million", "actual"),
            ("Waste collection route optimisation", 2028, 361, "USD million", "estimate"),
            ("Landfill & plastic-flow monitoring", 2023, 64, "USD million", "actual"),
            ("Landfill & plastic-flow monitoring", 2024, 83, "USD million", "actual"),
            ("Landfill & plastic-flow monitoring", 2028, 227, "USD million", "estimate"),
            ("Total", 2023, 1237, "USD million", "actual"),
            ("Total", 2024, 1529, "USD million", "actual"),
            ("Total", 2028, 3449, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 287 + 356 + 118 + 64 = 1237 = 1,237
            # 2024: 498 + 351 + 447 + 149 + 83 = 1528 vs 1,529; rows' bounds 1525.5-1530.5 reach 1528.5-1529.5
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2028F: 1046 + 802 + 1013 + 361 + 227 = 3449 = 3,449
        ],
    ),
    # 37. South African water institute, tab-separated vertical table headed only by its unit (Total), with a YoY
    #     column; the 2023 YoY is inconsistent. Expected nowhere: the table number, the survey's title year, the
    #     exchange rate, non-revenue water, the municipalities count.
    dict(
        text=(
            "WISA Water Technology Survey 2025 - Table 4\n"
            "Municipal spending on AI leak detection and smart-meter analytics, South Africa\n"
            "Year\tUSD million\tYoY\n"
            "2020\t18.4\t-\n"
            "2021\t22.9\t24.5%\n"
            "2022\t27.6\t20.5%\n"
            "2023\t34.8\t23.1%\n"
            "2024\t41.2\t18.4%\n"
            "2025E\t50.3\t22.1%\n"
            "2026E\t61.0\t21.3%\n"
            "Notes: Converted at an average R18.3/US$. Non-revenue water averaged 47% of system input volume in "
            "2024. Based on returns from 144 municipalities."
        ),
        obs=[
            ("Total", 2020, 18.4, "USD million", "actual"),
            ("Total", 2021, 22.9, "USD million", "actual"),
            ("Total", 2022, 27.6, "USD million", "actual"),
            ("Total", 2023, 34.8, "USD million", "actual"),
            ("Total", 2024, 41.2, "USD million", "actual"),
            ("Total", 2025, 50.3, "USD million", "estimate"),
            ("Total", 2026, 61.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2020, 2021, 1.0),
            ("growth", 20.5, "percent", 2021, 2022, 1.0),
            ("growth", 23.1, "percent", 2022, 2023, 1.0),
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
            ("growth", 21.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.9 / 18.4 - 1 = 24.457% -> 24.5
            ("cagr|implied", "exact"),  # 27.6 / 22.9 - 1 = 20.524% -> 20.5
            # 34.8 / 27.6 - 1 = 26.087%; bounds 34.75 / 27.65 - 1 = 25.68%, 34.85 / 27.55 - 1 = 26.50% -> 23.1 out
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 41.2 / 34.8 - 1 = 18.391% -> 18.4
            ("cagr|implied", "exact"),  # 50.3 / 41.2 - 1 = 22.087% -> 22.1
            ("cagr|implied", "exact"),  # 61.0 / 50.3 - 1 = 21.272% -> 21.3
        ],
    ),
    # 38. Mainland association table, space-aligned Simplified Chinese with a 合计 row and an E column.
    #     Expected nowhere: the table number, the whole environmental industry's revenue.
    dict(
        text=(
            "表3  2022-2025年我国环保领域人工智能应用市场规模（亿元）\n"
            "细分领域                 2022年    2023年    2024年    2025E\n"
            "智慧水务（漏损/计量）       48.2      61.5      78.9      98.6\n"
            "污水处理智能控制            36.7      45.1      57.3      71.8\n"
            "垃圾分类与光学分选          29.4      38.0      49.6      63.2\n"
            "收运路线优化                12.1      15.8      20.4      26.5\n"
            "填埋场与塑料流向监测         6.3       8.2      10.9      14.7\n"
            "合计                      132.7     168.6     217.1     274.8\n"
            "资料来源：中国环境保护产业协会，华岳证券研究所整理。注：同期全国环保产业营业收入约2.2万亿元。"
        ),
        obs=[
            ("智慧水务（漏损/计量）", 2022, 48.2, "CNY 100 million", "actual"),
            ("智慧水务（漏损/计量）", 2023, 61.5, "CNY 100 million", "actual"),
            ("智慧水务（漏损/计量）", 2024, 78.9, "CNY 100 million", "actual"),
            ("智慧水务（漏损/计量）", 2025, 98.6, "CNY 100 million", "estimate"),
            ("污水处理智能控制", 2022, 36.7, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2023, 45.1, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2024, 57.3, "CNY 100 million", "actual"),
            ("污水处理智能控制", 2025, 71.8, "CNY 100 million", "estimate"),
            ("垃圾分类与光学分选", 2022, 29.4, "CNY 100 million", "actual"),
            ("垃圾分类与光学分选", 2023, 38.0, "CNY 100 million", "actual"),
            ("垃圾分类与光学分选", 2024, 49.6, "CNY 100 million", "actual"),
            ("垃圾分类与光学分选", 2025, 63.2, "CNY 100 million", "estimate"),
            ("收运路线优化", 2022, 12.1, "CNY 100 million", "actual"),
            ("收运路线优化", 2023, 15.8, "CNY 100 million", "actual"),
            ("收运路线优化", 2024, 20.4, "CNY 100 million", "actual"),
            ("收运路线优化", 2025, 26.5, "CNY 100 million", "estimate"),
            ("填埋场与塑料流向监测", 2022, 6.3, "CNY 100 million", "actual"),
            ("填埋场与塑料流向监测", 2023, 8.2, "CNY 100 million", "actual"),
            ("填埋场与塑料流向监测", 2024, 10.9, "CNY 100 million", "actual"),
            ("填埋场与塑料流向监测", 2025, 14.7, "CNY 100 million", "estimate"),
            ("合计", 2022, 132.7, "CNY 100 million", "actual"),
            ("合计", 2023, 168.6, "CNY 100 million", "actual"),
            ("合计", 2024, 217.1, "CNY 100 million", "actual"),
            ("合计", 2025, 274.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 48.2 + 36.7 + 29.4 + 12.1 + 6.3 = 132.7
            ("hierarchy", "exact"),  # 2023: 61.5 + 45.1 + 38.0 + 15.8 + 8.2 = 168.6
            ("hierarchy", "exact"),  # 2024: 78.9 + 57.3 + 49.6 + 20.4 + 10.9 = 217.1
            ("hierarchy", "exact"),  # 2025E: 98.6 + 71.8 + 63.2 + 26.5 + 14.7 = 274.8
        ],
    ),
    # 39. US research house, regional table with a CAGR column; the Middle East & Africa CAGR holds only by rounding.
    #     Expected nowhere: the exhibit number, the installed-plant count in the note.
    dict(
        text=(
            "Exhibit 3: AI wastewater treatment control software and services, by region (USD million)\n"
            "Region                    2024     2030F    CAGR 2024-30F\n"
            "North America              612     1,538        16.6%\n"
            "Europe                     538     1,262        15.3%\n"
            "Asia-Pacific               471     1,391        19.8%\n"
            "Latin America               96       262        18.2%\n"
            "Middle East & Africa        73       205        18.9%\n"
            "Global                   1,790     4,658        17.3%\n"
            "Source: Brightwater Analytics, Boston. Covers roughly 58,000 municipal and industrial treatment plants."
        ),
        obs=[
            ("North America", 2024, 612, "USD million", "actual"),
            ("North America", 2030, 1538, "USD million", "estimate"),
            ("Europe", 2024, 538, "USD million", "actual"),
            ("Europe", 2030, 1262, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 471, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1391, "USD million", "estimate"),
            ("Latin America", 2024, 96, "USD million", "actual"),
            ("Latin America", 2030, 262, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 73, "USD million", "actual"),
            ("Middle East & Africa", 2030, 205, "USD million", "estimate"),
            ("Global", 2024, 1790, "USD million", "actual"),
            ("Global", 2030, 4658, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1538 / 612) ** (1 / 6) - 1 = 16.60% -> 16.6
            ("cagr|implied", "exact"),  # (1262 / 538) ** (1 / 6) - 1 = 15.27% -> 15.3
            ("cagr|implied", "exact"),  # (1391 / 471) ** (1 / 6) - 1 = 19.78% -> 19.8
            ("cagr|implied", "exact"),  # (262 / 96) ** (1 / 6) - 1 = 18.21% -> 18.2
            # (205 / 73) ** (1 / 6) - 1 = 18.78% -> 18.8, not 18.9; bounds (204.5 / 73.5) ** (1/6) - 1 = 18.60%,
            # (205.5 / 72.5) ** (1/6) - 1 = 18.96%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (4658 / 1790) ** (1 / 6) - 1 = 17.28% -> 17.3
            ("hierarchy", "exact"),  # 2024: 612 + 538 + 471 + 96 + 73 = 1790 = 1,790
            ("hierarchy", "exact"),  # 2030F: 1538 + 1262 + 1391 + 262 + 205 = 4658 = 4,658
        ],
    ),
    # 40. Hong Kong official statistics table (HK$ million) with a share column; the 18.3% share holds only by
    #     rounding; the 100.0 total share is no claim. Expected nowhere: the table number, the establishments count,
    #     the note numbers.
    dict(
        text=(
            "Table 7.3  Receipts from AI-enabled waste management and recycling services by service type, 2024\n"
            "Service type                                        HK$ million    % share\n"
            "Smart-bin and collection route optimisation               184.6       38.0\n"
            "AI sorting at recycling facilities                        152.3       31.3\n"
            "Landfill and refuse transfer station monitoring            88.7       18.3\n"
            "Plastic and food-waste flow tracking                       60.6       12.5\n"
            "All service types                                         486.2      100.0\n"
            "Notes: (1) Figures may not add up to the total owing to rounding. (2) Compiled from returns of 1,240 "
            "establishments.\n"
            "Source: Census and Statistics Department, Hong Kong SAR"
        ),
        obs=[
            ("Smart-bin and collection route optimisation", 2024, 184.6, "HKD million", "actual"),
            ("AI sorting at recycling facilities", 2024, 152.3, "HKD million", "actual"),
            ("Landfill and refuse transfer station monitoring", 2024, 88.7, "HKD million", "actual"),
            ("Plastic and food-waste flow tracking", 2024, 60.6, "HKD million", "actual"),
            ("All service types", 2024, 486.2, "HKD million", "actual"),
        ],
        claims=[
            ("share", 38.0, "percent", 2024, 2024, None),
            ("share", 31.3, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
            ("share", 12.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 184.6 / 486.2 = 37.968% -> 38.0
            ("arithmetic", "exact"),  # 152.3 / 486.2 = 31.325% -> 31.3
            # 88.7 / 486.2 = 18.244% -> 18.2, not 18.3; bounds 88.65 / 486.25 = 18.231%, 88.75 / 486.15 = 18.256%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 60.6 / 486.2 = 12.464% -> 12.5
            ("hierarchy", "exact"),  # 184.6 + 152.3 + 88.7 + 60.6 = 486.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 13, 'exact': 64}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 17.3% from $692 million in 2023',
    'a compound annual growth rate of 19.0% over 2024-2030',
    'US$4.6bn by FY2029e, a CAGR of roughly 20%',
    'took US$0.8 billion, or 32.4% of the total',
    'should reach US$1.02 billion in 2032',
    'puts the 2024 figure higher, at about US$205 million',
    'call it 2.5x, or some $16 billion',
    'target is for it to grow to EUR 1.25 billion by 2030',
    'the correct figure is $1.26 billion',
    'between $3.5 billion and $4.2 billion in 2030',
    'roughly a $1.1 billion market last year',
    'This year we think it passes $1.3 billion',
    '较2023年的31.1亿元增长24.1%',
    '2024—2029年复合增长率为23.8%',
    '力争到2027年，产业规模突破150亿元',
    '较2023年增长3倍',
    '2024年该市场规模约为61亿元',
    '較2023年的35.9億元成長18.9%',
    '佔7.9億港元，約佔43%',
    '今年可望成長19%至8.1億元',
    '预计2027年达到98.7亿元，年均复合增长率25.8%',
    '| Total | 1,237 | 1,491 | 1,806 | 2,626 |',
    '2025F        866    21.0%',
    '合计\t101.8\t125.6\t153.4',
    'Segment\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e',
    '| 漏水偵測與管網監測 | 1,286 | 37.6% |',
    'at about $3.2 billion in 2024',
    'call it a 15% compound rate',
    'a compound annual growth rate of 17.4% over 2023-2030',
    'hit $1.9bn in 2024, vs $1.5bn in 2023 - a 25% jump',
    'at 2.5x its 2024 size by 2028',
    'up 18% from $407 million a year earlier',
    'It was $480 million, not $840 million.',
    'or roughly 41%. We expect that market to double by 2029',
    '€2.4bn (2024) → €4.1bn (2029E)',
    'Market CAGR 2024-29E: ~11%',
    'headline that as a 25% CAGR for 2023-2030',
    'had 2023 at about $310 million',
    'a CAGR of 16.0% over 2024-28E',
    '比上年的150.6亿元增长23.5%',
    '达到300亿元以上，较2022年增长3倍',
    '2024至2027年年複合成長率（CAGR）為19.1%',
    '市場去年規模約3.2億港元，今年可望增至4.1億港元',
    '2022年才新台幣6.8億，2024年已經衝到11.3億',
    '有望达到110-130亿元',
    '年均复合增速在21%上下',
    '| Total | 1,237 | 1,529 | 3,449 |',
    'Year\tUSD million\tYoY',
    '合计                      132.7',
    'CAGR 2024-30F',
    'station monitoring            88.7       18.3',
)
LAYOUT = (40, 10, 13, 17)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 53 rates, 75 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 207, "rates_found": 53, "verdicts_right": 77}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset189.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
